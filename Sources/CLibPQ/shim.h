// libpq, PostgreSQL's own C client (Debian: libpq-dev).
#include <postgresql/libpq-fe.h>
