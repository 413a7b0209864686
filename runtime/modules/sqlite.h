/* _sqlite3, the C core of the sqlite3 package (runtime/lib/sqlite3/) over Debian's
 * libsqlite3: a Database handle, its prepared Statements, user functions, aggregates and
 * collations, and the DB-API exception classes. Connection, Cursor, Row, adapters and
 * converters are the Python layer's. Owner: runtime/modules (sqlite_*.c). */
#ifndef SPRY_MODULES_SQLITE_H
#define SPRY_MODULES_SQLITE_H
#include <sqlite3.h>

#include "spry.h"

typedef struct SqliteDb {
    Object ob;
    sqlite3 *db;        /* NULL once closed */
    Object *trace;      /* set_trace_callback's callable, or NULL */
    Object *progress;   /* set_progress_handler's callable, or NULL */
    Object *authorizer; /* set_authorizer's callable, or NULL */
} SqliteDb;

typedef struct SqliteStmt {
    Object ob;
    SqliteDb *owner; /* keeps the handle alive while the statement exists */
    sqlite3_stmt *st; /* NULL for SQL with no statement (only comments or blanks) */
    bool is_dml;      /* INSERT, UPDATE, DELETE or REPLACE: opens a transaction */
} SqliteStmt;

extern Type sqlite_db_type, sqlite_stmt_type, sqlite_blob_type;
extern Type exc_SqliteWarning, exc_SqliteError, exc_SqliteInterfaceError, exc_SqliteDatabaseError,
    exc_SqliteDataError, exc_SqliteOperationalError, exc_SqliteIntegrityError, exc_SqliteInternalError,
    exc_SqliteProgrammingError, exc_SqliteNotSupportedError;

/* A BlobHandle on row `row` of table.column in database `name` of d (sqlite_blob.c). */
Ref sqlite_blob_open(Thread *t, SqliteDb *d, const char *table, const char *column, int64_t row, bool readonly,
                     const char *name);

/* Raises the DB-API exception for db's last error (class by its result code, message from
 * sqlite3_errmsg, with sqlite_errorcode and sqlite_errorname set). Returns REF_NULL. */
Ref sqlite_raise(Thread *t, sqlite3 *db);
/* Skips the blanks and SQL comments at p. */
const char *sqlite_skip_blank(const char *p);
/* The Python value of an SQLite value (int, float, str, bytes or None). */
Ref sqlite_value_to_ref(Thread *t, sqlite3_value *v);

/* Registration of Python callables as SQL functions, aggregates and collations
 * (sqlite_callbacks.c); a collation callable None removes the collation. -1 with an
 * exception set. */
int sqlite_create_function(Thread *t, sqlite3 *db, Object *name, int narg, Ref func, bool deterministic);
int sqlite_create_aggregate(Thread *t, sqlite3 *db, Object *name, int narg, Ref cls);
int sqlite_create_collation(Thread *t, sqlite3 *db, Object *name, Ref func);
/* set_trace_callback (called with each statement's SQL as run) and set_progress_handler
 * (called every n virtual-machine steps; a true result aborts the statement); None
 * clears. The callable is kept in d. -1 with an exception set. */
int sqlite_set_trace(Thread *t, SqliteDb *d, Ref func);
int sqlite_set_progress(Thread *t, SqliteDb *d, Ref func, int n);
/* set_authorizer: func(action, arg1, arg2, database, trigger_or_view) returns SQLITE_OK,
 * SQLITE_DENY or SQLITE_IGNORE for each access a statement being prepared makes
 * (anything else, or an exception, denies). None clears. */
int sqlite_set_authorizer(Thread *t, SqliteDb *d, Ref func);

#endif
