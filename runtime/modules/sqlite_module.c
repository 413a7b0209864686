/* _sqlite3: the DB-API exception classes, error mapping and the module object. */
#include <pthread.h>

#include "modules/modules.h"
#include "modules/sqlite.h"

#define SQLITE_EXC(cname, pyname, base)                                                   \
    Type cname = {                                                                        \
        TYPE_HEAD_INIT,                                                                   \
        .tp_name = "sqlite3." pyname,                                                     \
        .tp_basicsize = sizeof(BaseExc),                                                  \
        .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,                           \
        .tp_dictoffset = offsetof(BaseExc, dict),                                         \
        .tp_base = &(base),                                                               \
    }
SQLITE_EXC(exc_SqliteWarning, "Warning", exc_Exception);
SQLITE_EXC(exc_SqliteError, "Error", exc_Exception);
SQLITE_EXC(exc_SqliteInterfaceError, "InterfaceError", exc_SqliteError);
SQLITE_EXC(exc_SqliteDatabaseError, "DatabaseError", exc_SqliteError);
SQLITE_EXC(exc_SqliteDataError, "DataError", exc_SqliteDatabaseError);
SQLITE_EXC(exc_SqliteOperationalError, "OperationalError", exc_SqliteDatabaseError);
SQLITE_EXC(exc_SqliteIntegrityError, "IntegrityError", exc_SqliteDatabaseError);
SQLITE_EXC(exc_SqliteInternalError, "InternalError", exc_SqliteDatabaseError);
SQLITE_EXC(exc_SqliteProgrammingError, "ProgrammingError", exc_SqliteDatabaseError);
SQLITE_EXC(exc_SqliteNotSupportedError, "NotSupportedError", exc_SqliteDatabaseError);

static Type *const exception_types[] = {
    &exc_SqliteWarning, &exc_SqliteError, &exc_SqliteInterfaceError, &exc_SqliteDatabaseError,
    &exc_SqliteDataError, &exc_SqliteOperationalError, &exc_SqliteIntegrityError, &exc_SqliteInternalError,
    &exc_SqliteProgrammingError, &exc_SqliteNotSupportedError,
};

/* The symbolic names of result codes, for sqlite_errorname. */
static const struct {
    int code;
    const char *name;
} code_names[] = {
    {SQLITE_OK, "SQLITE_OK"}, {SQLITE_ERROR, "SQLITE_ERROR"}, {SQLITE_INTERNAL, "SQLITE_INTERNAL"},
    {SQLITE_PERM, "SQLITE_PERM"}, {SQLITE_ABORT, "SQLITE_ABORT"}, {SQLITE_BUSY, "SQLITE_BUSY"},
    {SQLITE_LOCKED, "SQLITE_LOCKED"}, {SQLITE_NOMEM, "SQLITE_NOMEM"}, {SQLITE_READONLY, "SQLITE_READONLY"},
    {SQLITE_INTERRUPT, "SQLITE_INTERRUPT"}, {SQLITE_IOERR, "SQLITE_IOERR"}, {SQLITE_CORRUPT, "SQLITE_CORRUPT"},
    {SQLITE_NOTFOUND, "SQLITE_NOTFOUND"}, {SQLITE_FULL, "SQLITE_FULL"}, {SQLITE_CANTOPEN, "SQLITE_CANTOPEN"},
    {SQLITE_PROTOCOL, "SQLITE_PROTOCOL"}, {SQLITE_EMPTY, "SQLITE_EMPTY"}, {SQLITE_SCHEMA, "SQLITE_SCHEMA"},
    {SQLITE_TOOBIG, "SQLITE_TOOBIG"}, {SQLITE_CONSTRAINT, "SQLITE_CONSTRAINT"},
    {SQLITE_MISMATCH, "SQLITE_MISMATCH"}, {SQLITE_MISUSE, "SQLITE_MISUSE"}, {SQLITE_NOLFS, "SQLITE_NOLFS"},
    {SQLITE_AUTH, "SQLITE_AUTH"}, {SQLITE_FORMAT, "SQLITE_FORMAT"}, {SQLITE_RANGE, "SQLITE_RANGE"},
    {SQLITE_NOTADB, "SQLITE_NOTADB"}, {SQLITE_NOTICE, "SQLITE_NOTICE"}, {SQLITE_WARNING, "SQLITE_WARNING"},
    {SQLITE_ROW, "SQLITE_ROW"}, {SQLITE_DONE, "SQLITE_DONE"},
    {SQLITE_CONSTRAINT_CHECK, "SQLITE_CONSTRAINT_CHECK"},
    {SQLITE_CONSTRAINT_COMMITHOOK, "SQLITE_CONSTRAINT_COMMITHOOK"},
    {SQLITE_CONSTRAINT_FOREIGNKEY, "SQLITE_CONSTRAINT_FOREIGNKEY"},
    {SQLITE_CONSTRAINT_FUNCTION, "SQLITE_CONSTRAINT_FUNCTION"},
    {SQLITE_CONSTRAINT_NOTNULL, "SQLITE_CONSTRAINT_NOTNULL"},
    {SQLITE_CONSTRAINT_PRIMARYKEY, "SQLITE_CONSTRAINT_PRIMARYKEY"},
    {SQLITE_CONSTRAINT_TRIGGER, "SQLITE_CONSTRAINT_TRIGGER"},
    {SQLITE_CONSTRAINT_UNIQUE, "SQLITE_CONSTRAINT_UNIQUE"}, {SQLITE_CONSTRAINT_VTAB, "SQLITE_CONSTRAINT_VTAB"},
    {SQLITE_CONSTRAINT_ROWID, "SQLITE_CONSTRAINT_ROWID"},
    {SQLITE_CANTOPEN_ISDIR, "SQLITE_CANTOPEN_ISDIR"}, {SQLITE_READONLY_DBMOVED, "SQLITE_READONLY_DBMOVED"},
    {SQLITE_BUSY_SNAPSHOT, "SQLITE_BUSY_SNAPSHOT"}, {SQLITE_LOCKED_SHAREDCACHE, "SQLITE_LOCKED_SHAREDCACHE"},
};

static const struct {
    int id;
    const char *name;
} limit_names[] = {
    {SQLITE_LIMIT_LENGTH, "SQLITE_LIMIT_LENGTH"}, {SQLITE_LIMIT_SQL_LENGTH, "SQLITE_LIMIT_SQL_LENGTH"},
    {SQLITE_LIMIT_COLUMN, "SQLITE_LIMIT_COLUMN"}, {SQLITE_LIMIT_EXPR_DEPTH, "SQLITE_LIMIT_EXPR_DEPTH"},
    {SQLITE_LIMIT_COMPOUND_SELECT, "SQLITE_LIMIT_COMPOUND_SELECT"}, {SQLITE_LIMIT_VDBE_OP, "SQLITE_LIMIT_VDBE_OP"},
    {SQLITE_LIMIT_FUNCTION_ARG, "SQLITE_LIMIT_FUNCTION_ARG"}, {SQLITE_LIMIT_ATTACHED, "SQLITE_LIMIT_ATTACHED"},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, "SQLITE_LIMIT_LIKE_PATTERN_LENGTH"},
    {SQLITE_LIMIT_VARIABLE_NUMBER, "SQLITE_LIMIT_VARIABLE_NUMBER"},
    {SQLITE_LIMIT_TRIGGER_DEPTH, "SQLITE_LIMIT_TRIGGER_DEPTH"},
    {SQLITE_LIMIT_WORKER_THREADS, "SQLITE_LIMIT_WORKER_THREADS"},
};

/* The authorizer's action codes and verdicts. */
static const struct {
    int code;
    const char *name;
} auth_names[] = {
    {SQLITE_DENY, "SQLITE_DENY"}, {SQLITE_IGNORE, "SQLITE_IGNORE"},
    {SQLITE_CREATE_INDEX, "SQLITE_CREATE_INDEX"}, {SQLITE_CREATE_TABLE, "SQLITE_CREATE_TABLE"},
    {SQLITE_CREATE_TEMP_INDEX, "SQLITE_CREATE_TEMP_INDEX"}, {SQLITE_CREATE_TEMP_TABLE, "SQLITE_CREATE_TEMP_TABLE"},
    {SQLITE_CREATE_TEMP_TRIGGER, "SQLITE_CREATE_TEMP_TRIGGER"}, {SQLITE_CREATE_TEMP_VIEW, "SQLITE_CREATE_TEMP_VIEW"},
    {SQLITE_CREATE_TRIGGER, "SQLITE_CREATE_TRIGGER"}, {SQLITE_CREATE_VIEW, "SQLITE_CREATE_VIEW"},
    {SQLITE_DELETE, "SQLITE_DELETE"}, {SQLITE_DROP_INDEX, "SQLITE_DROP_INDEX"}, {SQLITE_DROP_TABLE, "SQLITE_DROP_TABLE"},
    {SQLITE_DROP_TEMP_INDEX, "SQLITE_DROP_TEMP_INDEX"}, {SQLITE_DROP_TEMP_TABLE, "SQLITE_DROP_TEMP_TABLE"},
    {SQLITE_DROP_TEMP_TRIGGER, "SQLITE_DROP_TEMP_TRIGGER"}, {SQLITE_DROP_TEMP_VIEW, "SQLITE_DROP_TEMP_VIEW"},
    {SQLITE_DROP_TRIGGER, "SQLITE_DROP_TRIGGER"}, {SQLITE_DROP_VIEW, "SQLITE_DROP_VIEW"},
    {SQLITE_INSERT, "SQLITE_INSERT"}, {SQLITE_PRAGMA, "SQLITE_PRAGMA"}, {SQLITE_READ, "SQLITE_READ"},
    {SQLITE_SELECT, "SQLITE_SELECT"}, {SQLITE_TRANSACTION, "SQLITE_TRANSACTION"}, {SQLITE_UPDATE, "SQLITE_UPDATE"},
    {SQLITE_ATTACH, "SQLITE_ATTACH"}, {SQLITE_DETACH, "SQLITE_DETACH"}, {SQLITE_ALTER_TABLE, "SQLITE_ALTER_TABLE"},
    {SQLITE_REINDEX, "SQLITE_REINDEX"}, {SQLITE_ANALYZE, "SQLITE_ANALYZE"},
    {SQLITE_CREATE_VTABLE, "SQLITE_CREATE_VTABLE"}, {SQLITE_DROP_VTABLE, "SQLITE_DROP_VTABLE"},
    {SQLITE_FUNCTION, "SQLITE_FUNCTION"}, {SQLITE_SAVEPOINT, "SQLITE_SAVEPOINT"},
    {SQLITE_RECURSIVE, "SQLITE_RECURSIVE"},
};

static Type *exception_for(int code) {
    switch (code & 0xff) {
    case SQLITE_INTERNAL:
    case SQLITE_NOTFOUND: return &exc_SqliteInternalError;
    case SQLITE_NOMEM: return &exc_MemoryError;
    case SQLITE_ERROR:
    case SQLITE_PERM:
    case SQLITE_ABORT:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_INTERRUPT:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PROTOCOL:
    case SQLITE_EMPTY:
    case SQLITE_SCHEMA: return &exc_SqliteOperationalError;
    case SQLITE_CORRUPT: return &exc_SqliteDatabaseError;
    case SQLITE_TOOBIG: return &exc_SqliteDataError;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH: return &exc_SqliteIntegrityError;
    case SQLITE_MISUSE:
    case SQLITE_RANGE: return &exc_SqliteInterfaceError;
    default: return &exc_SqliteDatabaseError;
    }
}

static const char *code_name(int code) {
    for (size_t i = 0; i < sizeof code_names / sizeof code_names[0]; i++)
        if (code_names[i].code == code) return code_names[i].name;
    for (size_t i = 0; i < sizeof code_names / sizeof code_names[0]; i++)
        if (code_names[i].code == (code & 0xff)) return code_names[i].name;
    return "unknown error code";
}

/* exc.<name> = value (value stolen); -1 with an exception set. */
static int set_attr_steal(Thread *t, Ref exc, const char *name, Ref value) {
    Object *key = str_from_cstr(t, name);
    int rc = key && !ref_is_null(value) ? obj_setattr(t, exc, key, value) : -1;
    obj_xdecref(key);
    ref_close(value);
    return rc;
}

Ref sqlite_raise(Thread *t, sqlite3 *db) {
    int code = sqlite3_extended_errcode(db);
    Type *type = exception_for(code);
    if (type == &exc_MemoryError) return err_no_memory(t);
    err_set(t, type, sqlite3_errmsg(db));
    Ref exc = err_fetch(t);
    Object *name = str_from_cstr(t, code_name(code));
    if (set_attr_steal(t, exc, "sqlite_errorcode", ref_from_int(code)) < 0 ||
        set_attr_steal(t, exc, "sqlite_errorname", name ? ref_from_obj(name) : REF_NULL) < 0) {
        ref_close(exc);
        return REF_NULL;
    }
    err_restore(t, exc);
    return REF_NULL;
}

Ref sqlite_value_to_ref(Thread *t, sqlite3_value *v) {
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return int_from_i64(t, sqlite3_value_int64(v));
    case SQLITE_FLOAT: return float_from_double(t, sqlite3_value_double(v));
    case SQLITE_TEXT: {
        const char *s = (const char *)sqlite3_value_text(v);
        Object *o = str_from_utf8(t, s ? s : "", sqlite3_value_bytes(v));
        return o ? ref_from_obj(o) : REF_NULL;
    }
    case SQLITE_BLOB: {
        Object *o = bytes_from(t, sqlite3_value_blob(v), sqlite3_value_bytes(v));
        return o ? ref_from_obj(o) : REF_NULL;
    }
    default: return REF_NONE;
    }
}

static Ref sqlite_complete(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    if (!args_count(t, "complete_statement", nargs, kw, 1, 1)) return REF_NULL;
    if (!str_check(args[0])) return err_format(t, &exc_TypeError, "complete_statement() argument must be str, not %T", args[0]);
    const char *sql = str_utf8(t, ref_obj(args[0]), NULL);
    return sql ? ref_from_bool(sqlite3_complete(sql)) : REF_NULL;
}

static const MethodDef sqlite_functions[] = {
    {"complete_statement", sqlite_complete, 0, "Whether the SQL text ends a complete statement."},
    {NULL, NULL, 0, NULL},
};

static void sqlite_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    for (size_t i = 0; i < sizeof exception_types / sizeof exception_types[0]; i++) type_ready(t, exception_types[i]);
    err_clear(t);
    err_restore(t, saved);
}

Object *sqlite_module_create(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, sqlite_ready_types);
    Object *m = module_new_cstr(t, "_sqlite3");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, sqlite_functions);
    for (size_t i = 0; rc == 0 && i < sizeof exception_types / sizeof exception_types[0]; i++) {
        const char *name = exception_types[i]->tp_name + sizeof "sqlite3." - 1;
        rc = module_add_ref(t, m, name, ref_immortal(exception_types[i]));
    }
    if (rc == 0) rc = module_add_ref(t, m, "Database", ref_immortal(&sqlite_db_type));
    if (rc == 0) rc = module_add_ref(t, m, "Statement", ref_immortal(&sqlite_stmt_type));
    if (rc == 0) rc = module_add_ref(t, m, "sqlite_version_number", ref_from_int(sqlite3_libversion_number()));
    if (rc == 0) rc = module_add_ref(t, m, "threadsafe", ref_from_int(sqlite3_threadsafe()));
    if (rc == 0) rc = module_add_ref(t, m, "_callback_tracebacks", REF_FALSE);
    /* the result codes (SQLITE_OK, SQLITE_CONSTRAINT_UNIQUE, ...), limit categories and
     * the authorizer's codes */
    for (size_t i = 0; rc == 0 && i < sizeof code_names / sizeof code_names[0]; i++)
        rc = module_add_ref(t, m, code_names[i].name, ref_from_int(code_names[i].code));
    for (size_t i = 0; rc == 0 && i < sizeof limit_names / sizeof limit_names[0]; i++)
        rc = module_add_ref(t, m, limit_names[i].name, ref_from_int(limit_names[i].id));
    for (size_t i = 0; rc == 0 && i < sizeof auth_names / sizeof auth_names[0]; i++)
        rc = module_add_ref(t, m, auth_names[i].name, ref_from_int(auth_names[i].code));
    Object *version = rc == 0 ? str_from_cstr(t, sqlite3_libversion()) : NULL;
    if (version) {
        rc = module_add_ref(t, m, "sqlite_version", ref_from_obj(version));
        obj_decref(version);
    }
    if (rc < 0 || !version) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
