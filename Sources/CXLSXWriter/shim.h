// libxlsxwriter (libxlsxwriter-dev): real Excel workbooks for `econ export --format xlsx`.
#include <xlsxwriter.h>
