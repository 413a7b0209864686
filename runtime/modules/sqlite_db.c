/* _sqlite3.Database: one open SQLite connection handle, with what the Python layer's
 * Connection needs of it. */
#include <math.h>
#include <string.h>

#include "modules/sqlite.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)
#define DB(r) ((SqliteDb *)ref_obj(r))

/* The handle, or NULL with ProgrammingError when it was closed. */
static sqlite3 *open_db(Thread *t, Ref self) {
    sqlite3 *db = DB(self)->db;
    if (!db) err_set(t, &exc_SqliteProgrammingError, "Cannot operate on a closed database.");
    return db;
}

/* A str argument as UTF-8 without NUL characters; NULL with an exception set. */
static const char *sql_text(Thread *t, Ref v, const char *fname, intptr_t *len) {
    if (!str_check(v))
        return err_format(t, &exc_TypeError, "%s() argument 1 must be str, not %T", fname, v), NULL;
    const char *s = str_utf8(t, ref_obj(v), len);
    if (s && (intptr_t)strlen(s) != *len) {
        err_set(t, &exc_SqliteProgrammingError, "the query contains a null character");
        return NULL;
    }
    return s;
}

static Ref db_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"database", "timeout", "uri", NULL};
    static const ArgSpec spec = {"Database", names, 1, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    const char *path;
    if (str_check(a[0])) {
        intptr_t len;
        if (!(path = str_utf8(t, ref_obj(a[0]), &len))) return REF_NULL;
    } else if (bytes_check(a[0])) {
        path = bytes_data(ref_obj(a[0]));
    } else {
        return err_format(t, &exc_TypeError, "database must be str or bytes, not %T", a[0]);
    }
    double timeout = 5.0;
    if (!ref_is_null(a[1])) {
        timeout = float_as_double(t, a[1]);
        if (timeout == -1.0 && err_occurred(t)) return REF_NULL;
    }
    int uri = ref_is_null(a[2]) ? 0 : obj_truthy(t, a[2]);
    if (uri < 0) return REF_NULL;
    SqliteDb *d = (SqliteDb *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!d) return REF_NULL;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | (uri ? SQLITE_OPEN_URI : 0);
    thread_release(t);
    int rc = sqlite3_open_v2(path, &d->db, flags, NULL);
    thread_reacquire(t);
    if (rc != SQLITE_OK) {
        if (d->db) sqlite_raise(t, d->db);
        else err_no_memory(t);
        obj_decref(&d->ob);
        return REF_NULL;
    }
    double ms = timeout * 1000.0;
    sqlite3_busy_timeout(d->db, ms > INT32_MAX ? INT32_MAX : ms < 0 ? 0 : (int)ms);
    return ref_from_obj(&d->ob);
}

static void db_dealloc(Object *o) {
    SqliteDb *d = (SqliteDb *)o;
    if (d->db) sqlite3_close_v2(d->db);
    obj_xdecref(d->trace);
    obj_xdecref(d->progress);
    obj_xdecref(d->authorizer);
    o->ob_type->tp_free(o);
}

FN(db_close) {
    (void)args;
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    SqliteDb *d = DB(self);
    if (d->db) {
        /* _v2: statements still alive keep a zombie handle until they are finalized */
        int rc = sqlite3_close_v2(d->db);
        if (rc != SQLITE_OK) return sqlite_raise(t, d->db);
        d->db = NULL;
    }
    return REF_NONE;
}

const char *sqlite_skip_blank(const char *p) {
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n') p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            if (!end) return p + strlen(p);
            p = end + 2;
        } else {
            return p;
        }
    }
}

/* Does the statement begin (after blanks and comments) with a data-changing keyword? */
static bool sql_is_dml(const char *sql) {
    static const char *const verbs[] = {"insert", "update", "delete", "replace"};
    const char *p = sqlite_skip_blank(sql);
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (sqlite3_strnicmp(p, verbs[i], (int)strlen(verbs[i])) == 0) return true;
    return false;
}

FN(db_prepare) {
    if (!args_count(t, "prepare", nargs, kw, 1, 1)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    intptr_t len;
    const char *sql = db ? sql_text(t, args[0], "execute", &len) : NULL;
    if (!sql) return REF_NULL;
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    if (sqlite3_prepare_v2(db, sql, (int)len + 1, &st, &tail) != SQLITE_OK) return sqlite_raise(t, db);
    if (tail && *sqlite_skip_blank(tail)) {
        sqlite3_finalize(st);
        return err_set(t, &exc_SqliteProgrammingError, "You can only execute one statement at a time.");
    }
    SqliteStmt *s = (SqliteStmt *)obj_alloc(t, &sqlite_stmt_type, sizeof(SqliteStmt));
    if (!s) {
        sqlite3_finalize(st);
        return REF_NULL;
    }
    obj_incref(ref_obj(self));
    s->owner = DB(self);
    s->st = st;
    s->is_dml = sql_is_dml(sql);
    return ref_from_obj(&s->ob);
}

/* Runs each statement of sql in turn, stepping through its rows. SQLITE_OK or the error. */
static int run_script(sqlite3 *db, const char *sql, intptr_t len) {
    for (;;) {
        sqlite3_stmt *st = NULL;
        const char *tail = NULL;
        int rc = sqlite3_prepare_v2(db, sql, (int)len + 1, &st, &tail);
        if (rc != SQLITE_OK) return rc;
        if (st) {
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            rc = sqlite3_finalize(st);
            if (rc != SQLITE_OK) return rc;
        }
        if (!tail || !*tail) return SQLITE_OK;
        len -= tail - sql;
        sql = tail;
    }
}

FN(db_exec) {
    if (!args_count(t, "exec", nargs, kw, 1, 1)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    intptr_t len;
    const char *sql = db ? sql_text(t, args[0], "executescript", &len) : NULL;
    if (!sql) return REF_NULL;
    thread_release(t);
    int rc = run_script(db, sql, len);
    thread_reacquire(t);
    if (rc != SQLITE_OK) {
        /* a failing user function leaves its Python exception behind: the SQL error wins */
        err_clear(t);
        return sqlite_raise(t, db);
    }
    return REF_NONE;
}

FN(db_changes) {
    (void)args;
    if (!args_none(t, "changes", nargs, kw)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    return db ? int_from_i64(t, sqlite3_changes64(db)) : REF_NULL;
}

FN(db_total_changes) {
    (void)args;
    if (!args_none(t, "total_changes", nargs, kw)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    return db ? int_from_i64(t, sqlite3_total_changes64(db)) : REF_NULL;
}

FN(db_last_insert_rowid) {
    (void)args;
    if (!args_none(t, "last_insert_rowid", nargs, kw)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    return db ? int_from_i64(t, sqlite3_last_insert_rowid(db)) : REF_NULL;
}

FN(db_in_transaction) {
    (void)args;
    if (!args_none(t, "in_transaction", nargs, kw)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    return db ? ref_from_bool(!sqlite3_get_autocommit(db)) : REF_NULL;
}

FN(db_interrupt) {
    (void)args;
    if (!args_none(t, "interrupt", nargs, kw)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    if (!db) return REF_NULL;
    sqlite3_interrupt(db);
    return REF_NONE;
}

/* (name, narg) of create_function/create_aggregate; false with an exception set. */
static bool name_narg(Thread *t, Ref name, Ref narg_arg, const char *fname, int *narg) {
    if (!str_check(name)) {
        err_format(t, &exc_TypeError, "%s() argument 'name' must be str, not %T", fname, name);
        return false;
    }
    intptr_t n;
    if (!arg_ssize(t, narg_arg, &n)) return false;
    if (n < -1 || n > 127) n = 128; /* SQLite rejects it: its error is the one to show */
    *narg = (int)n;
    return true;
}

FN(db_create_function) {
    static const char *const names[] = {"name", "narg", "func", "deterministic", NULL};
    static const ArgSpec spec = {"create_function", names, 3, -1};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int narg;
    sqlite3 *db = open_db(t, self);
    if (!db || !name_narg(t, a[0], a[1], "create_function", &narg)) return REF_NULL;
    int det = ref_is_null(a[3]) ? 0 : obj_truthy(t, a[3]);
    if (det < 0) return REF_NULL;
    if (sqlite_create_function(t, db, ref_obj(a[0]), narg, a[2], det) < 0) return REF_NULL;
    return REF_NONE;
}

FN(db_create_aggregate) {
    static const char *const names[] = {"name", "n_arg", "aggregate_class", NULL};
    static const ArgSpec spec = {"create_aggregate", names, 3, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int narg;
    sqlite3 *db = open_db(t, self);
    if (!db || !name_narg(t, a[0], a[1], "create_aggregate", &narg)) return REF_NULL;
    if (sqlite_create_aggregate(t, db, ref_obj(a[0]), narg, a[2]) < 0) return REF_NULL;
    return REF_NONE;
}

FN(db_create_collation) {
    if (!args_count(t, "create_collation", nargs, kw, 2, 2)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    if (!db) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "create_collation() argument 1 must be str, not %T", args[0]);
    if (!ref_is_none(args[1]) && !obj_callable(args[1])) return err_set(t, &exc_TypeError, "parameter must be callable");
    if (sqlite_create_collation(t, db, ref_obj(args[0]), args[1]) < 0) return REF_NULL;
    return REF_NONE;
}

FN(db_set_trace_callback) {
    if (!args_count(t, "set_trace_callback", nargs, kw, 1, 1)) return REF_NULL;
    if (!open_db(t, self)) return REF_NULL;
    return sqlite_set_trace(t, DB(self), args[0]) < 0 ? REF_NULL : REF_NONE;
}

FN(db_set_authorizer) {
    if (!args_count(t, "set_authorizer", nargs, kw, 1, 1)) return REF_NULL;
    if (!open_db(t, self)) return REF_NULL;
    return sqlite_set_authorizer(t, DB(self), args[0]) < 0 ? REF_NULL : REF_NONE;
}

FN(db_set_progress_handler) {
    if (!args_count(t, "set_progress_handler", nargs, kw, 2, 2)) return REF_NULL;
    intptr_t n;
    if (!open_db(t, self) || !arg_ssize(t, args[1], &n)) return REF_NULL;
    if (n > INT32_MAX) n = INT32_MAX;
    return sqlite_set_progress(t, DB(self), args[0], (int)n) < 0 ? REF_NULL : REF_NONE;
}

/* backup(target, pages, progress, name, sleep): copies database `name` of this handle
 * over target's main database, `pages` pages per step (<= 0: all), calling
 * progress(status, remaining, pagecount) after each step and sleeping `sleep` seconds
 * when the source is busy. */
FN(db_backup) {
    static const char *const names[] = {"target", "pages", "progress", "name", "sleep", NULL};
    static const ArgSpec spec = {"backup", names, 5, -1};
    Ref a[5];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    if (!db) return REF_NULL;
    if (!ref_is_obj(a[0]) || ref_obj(a[0])->ob_type != &sqlite_db_type)
        return err_format(t, &exc_TypeError, "backup() target must be a Database, not %T", a[0]);
    sqlite3 *target = open_db(t, a[0]);
    intptr_t pages;
    if (!target || !arg_ssize(t, a[1], &pages)) return REF_NULL;
    if (pages <= 0 || pages > INT32_MAX) pages = -1;
    intptr_t len;
    const char *name = str_check(a[3]) ? str_utf8(t, ref_obj(a[3]), &len) : NULL;
    if (!name) return err_occurred(t) ? REF_NULL : err_format(t, &exc_TypeError, "backup() argument 'name' must be str, not %T", a[3]);
    double sleep_s = float_as_double(t, a[4]);
    if (sleep_s == -1.0 && err_occurred(t)) return REF_NULL;
    int sleep_ms = sleep_s <= 0 ? 0 : sleep_s * 1000.0 > INT32_MAX ? INT32_MAX : (int)(sleep_s * 1000.0);

    sqlite3_backup *bk = sqlite3_backup_init(target, "main", db, name);
    if (!bk) return sqlite_raise(t, target);
    int rc;
    do {
        thread_release(t);
        rc = sqlite3_backup_step(bk, (int)pages);
        thread_reacquire(t);
        if (!ref_is_none(a[2])) {
            Ref status[3] = {ref_from_int(rc), ref_from_int(sqlite3_backup_remaining(bk)),
                             ref_from_int(sqlite3_backup_pagecount(bk))};
            Ref r = obj_call(t, a[2], status, 3, NULL);
            if (ref_is_null(r)) {
                sqlite3_backup_finish(bk);
                return REF_NULL;
            }
            ref_close(r);
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            thread_release(t);
            sqlite3_sleep(sleep_ms);
            thread_reacquire(t);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    thread_release(t);
    rc = sqlite3_backup_finish(bk);
    thread_reacquire(t);
    if (rc != SQLITE_OK) return sqlite_raise(t, target);
    return REF_NONE;
}

/* limit(category, new_value): sqlite3_limit, the old value; new_value < 0 only reads. */
FN(db_limit) {
    if (!args_count(t, "limit", nargs, kw, 2, 2)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    intptr_t category, value;
    if (!db || !arg_ssize(t, args[0], &category) || !arg_ssize(t, args[1], &value)) return REF_NULL;
    if (category < INT32_MIN || category > INT32_MAX || sqlite3_limit(db, (int)category, -1) == -1)
        return err_set(t, &exc_SqliteProgrammingError, "'category' is out of bounds");
    if (value > INT32_MAX) value = INT32_MAX;
    if (value < -1) value = -1;
    return ref_from_int(sqlite3_limit(db, (int)category, (int)value));
}

/* blob_open(table, column, row, readonly, name) -> BlobHandle */
FN(db_blob_open) {
    if (!args_count(t, "blob_open", nargs, kw, 5, 5)) return REF_NULL;
    sqlite3 *db = open_db(t, self);
    if (!db) return REF_NULL;
    const char *text[3];
    const int which[3] = {0, 1, 4};
    for (int i = 0; i < 3; i++) {
        Ref v = args[which[i]];
        if (!str_check(v)) return err_format(t, &exc_TypeError, "blobopen() argument must be str, not %T", v);
        if (!(text[i] = str_utf8(t, ref_obj(v), NULL))) return REF_NULL;
    }
    if (!int_check(args[2]))
        return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", args[2]);
    int64_t row = int_as_i64(t, args[2]);
    int readonly = obj_truthy(t, args[3]);
    if ((row == -1 && err_occurred(t)) || readonly < 0) return REF_NULL;
    return sqlite_blob_open(t, DB(self), text[0], text[1], row, readonly, text[2]);
}

static Ref db_get_closed(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_from_bool(DB(self)->db == NULL);
}

static const MethodDef db_methods[] = {
    {"close", db_close, 0, "Closes the handle (statements still alive keep it until they go)."},
    {"prepare", db_prepare, 0, "prepare(sql) -> Statement for exactly one SQL statement."},
    {"exec", db_exec, 0, "exec(sql): runs every statement of an SQL script."},
    {"changes", db_changes, 0, "Rows changed by the last INSERT, UPDATE or DELETE."},
    {"total_changes", db_total_changes, 0, "Rows changed since the handle was opened."},
    {"last_insert_rowid", db_last_insert_rowid, 0, "The rowid of the last row inserted."},
    {"in_transaction", db_in_transaction, 0, "Whether a transaction is open."},
    {"interrupt", db_interrupt, 0, "Aborts the statement running on this handle."},
    {"create_function", db_create_function, 0, "create_function(name, narg, func, deterministic)"},
    {"create_aggregate", db_create_aggregate, 0, "create_aggregate(name, n_arg, aggregate_class)"},
    {"create_collation", db_create_collation, 0, "create_collation(name, callable or None)"},
    {"set_trace_callback", db_set_trace_callback, 0, "set_trace_callback(callable or None)"},
    {"set_authorizer", db_set_authorizer, 0, "set_authorizer(callable or None)"},
    {"set_progress_handler", db_set_progress_handler, 0, "set_progress_handler(callable or None, n)"},
    {"backup", db_backup, 0, "backup(target, pages, progress, name, sleep)"},
    {"blob_open", db_blob_open, 0, "blob_open(table, column, row, readonly, name) -> BlobHandle"},
    {"limit", db_limit, 0, "limit(category, new_value) -> the old value (new_value -1: unchanged)"},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef db_getsets[] = {
    {"closed", db_get_closed, NULL, "Whether close() was called.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type sqlite_db_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_sqlite3.Database",
    .tp_basicsize = sizeof(SqliteDb),
    .tp_doc = "Database(database, timeout=5.0, uri=False): an open SQLite handle.",
    .tp_dealloc = db_dealloc,
    .tp_free = obj_free,
    .new_ = db_new,
    .methods = db_methods,
    .getsets = db_getsets,
};
