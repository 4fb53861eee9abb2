// libpq, PostgreSQL's own client library (libpq-dev), for the PostgreSQL store engine.
#include <libpq-fe.h>
