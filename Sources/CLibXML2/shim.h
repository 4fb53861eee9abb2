// libxml2's HTML parser (libxml2-dev), the parser lxml uses: saved web pages become article text.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers clash with the ICU that Foundation ships. econ
// never touches the encoding handlers that ICU appears in (libxml2 converts encodings itself), so
// the headers are read without it.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlreader.h>

/// xmlFree is a global function pointer, which Swift 6 will not read without a data-race warning.
static inline void econ_xmlFree(void *pointer) { xmlFree(pointer); }
