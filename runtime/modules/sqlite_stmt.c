/* _sqlite3.Statement: one prepared statement of a Database; binds parameters, steps, and
 * returns rows as tuples of Python values. */
#include <string.h>

#include "modules/sqlite.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)
#define STMT(r) ((SqliteStmt *)ref_obj(r))

static void stmt_dealloc(Object *o) {
    SqliteStmt *s = (SqliteStmt *)o;
    if (s->st) sqlite3_finalize(s->st);
    obj_xdecref(&s->owner->ob);
    o->ob_type->tp_free(o);
}

/* Binds one value to parameter i (1-based); -1 with an exception set. */
static int bind_value(Thread *t, sqlite3_stmt *st, int i, Ref v) {
    int rc;
    ByteView bv;
    if (ref_is_none(v)) {
        rc = sqlite3_bind_null(st, i);
    } else if (int_check(v)) {
        int overflow = 0;
        int64_t x = int_as_i64_overflow(v, &overflow);
        if (overflow) {
            err_set(t, &exc_OverflowError, "Python int too large to convert to SQLite INTEGER");
            return -1;
        }
        rc = sqlite3_bind_int64(st, i, x);
    } else if (float_check(v)) {
        rc = sqlite3_bind_double(st, i, float_value(v));
    } else if (str_check(v)) {
        intptr_t len;
        const char *s = str_utf8(t, ref_obj(v), &len);
        if (!s) return -1;
        rc = sqlite3_bind_text64(st, i, s, (sqlite3_uint64)len, SQLITE_TRANSIENT, SQLITE_UTF8);
    } else if (bytes_view(v, &bv)) {
        rc = sqlite3_bind_blob64(st, i, bv.data, (sqlite3_uint64)bv.len, SQLITE_TRANSIENT);
    } else {
        err_format(t, &exc_SqliteProgrammingError, "Error binding parameter %d: type '%s' is not supported", i,
                   type_name(ref_type(v)));
        return -1;
    }
    if (rc != SQLITE_OK) {
        sqlite_raise(t, sqlite3_db_handle(st));
        return -1;
    }
    return 0;
}

/* How bind() adapts parameters: adapt(value) for every value, except values of exactly
 * int, float, str or bytearray unless plain is set; no adaptation when adapt is None. */
typedef struct Adapter {
    Ref adapt;
    bool plain;
} Adapter;

/* Binds one parameter after adapting it; -1 with an exception set. */
static int bind_adapted(Thread *t, sqlite3_stmt *st, int i, Ref v, const Adapter *ad) {
    Type *type = ref_type(v);
    bool skip = ref_is_none(ad->adapt) ||
                (!ad->plain && (type == &int_type || type == &float_type || type == &str_type || type == &bytearray_type));
    if (skip) return bind_value(t, st, i, v);
    Ref adapted = obj_call1(t, ad->adapt, v);
    if (ref_is_null(adapted)) return -1;
    int rc = bind_value(t, st, i, adapted);
    ref_close(adapted);
    return rc;
}

static int bind_sequence(Thread *t, sqlite3_stmt *st, Ref params, int count, const Adapter *ad) {
    intptr_t n = obj_len(t, params);
    if (n < 0) return -1;
    if (n != count) {
        err_format(t, &exc_SqliteProgrammingError,
                   "Incorrect number of bindings supplied. The current statement uses %d, and there are %zd "
                   "supplied.",
                   count, n);
        return -1;
    }
    for (int i = 0; i < count; i++) {
        Ref v = obj_getitem(t, params, ref_from_int(i));
        if (ref_is_null(v)) return -1;
        int rc = bind_adapted(t, st, i + 1, v, ad);
        ref_close(v);
        if (rc < 0) return -1;
    }
    return 0;
}

static int bind_named(Thread *t, sqlite3_stmt *st, Ref params, int count, const Adapter *ad) {
    for (int i = 1; i <= count; i++) {
        const char *name = sqlite3_bind_parameter_name(st, i);
        if (!name) {
            err_format(t, &exc_SqliteProgrammingError,
                       "Binding %d has no name, but you supplied a dictionary (which has only names).", i);
            return -1;
        }
        Object *key = str_from_cstr(t, name + 1); /* without its ':', '@' or '$' */
        if (!key) return -1;
        Ref v = obj_getitem(t, params, ref_from_obj(key));
        obj_decref(key);
        if (ref_is_null(v)) {
            if (err_matches(t, &exc_KeyError)) {
                err_clear(t);
                err_format(t, &exc_SqliteProgrammingError, "You did not supply a value for binding parameter %s.",
                           name);
            }
            return -1;
        }
        int rc = bind_adapted(t, st, i, v, ad);
        ref_close(v);
        if (rc < 0) return -1;
    }
    return 0;
}

/* bind(parameters, adapt, adapt_plain): see Adapter. */
FN(stmt_bind) {
    if (!args_count(t, "bind", nargs, kw, 3, 3)) return REF_NULL;
    sqlite3_stmt *st = STMT(self)->st;
    if (!st) return REF_NONE;
    Ref params = args[0];
    int plain = obj_truthy(t, args[2]);
    if (plain < 0) return REF_NULL;
    Adapter ad = {args[1], plain};
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    int count = sqlite3_bind_parameter_count(st);
    int rc;
    if (dict_check(params)) rc = bind_named(t, st, params, count, &ad);
    else if (ref_type(params)->getitem) rc = bind_sequence(t, st, params, count, &ad);
    else return err_set(t, &exc_SqliteProgrammingError, "parameters are of unsupported type");
    return rc < 0 ? REF_NULL : REF_NONE;
}

FN(stmt_step) {
    (void)args;
    if (!args_none(t, "step", nargs, kw)) return REF_NULL;
    sqlite3_stmt *st = STMT(self)->st;
    if (!st) return REF_FALSE;
    if (!STMT(self)->owner->db) return err_set(t, &exc_SqliteProgrammingError, "Cannot operate on a closed database.");
    /* other threads run while SQLite works or waits for a lock (busy timeout) */
    thread_release(t);
    int rc = sqlite3_step(st);
    thread_reacquire(t);
    if (rc == SQLITE_ROW) return REF_TRUE;
    if (rc == SQLITE_DONE) return REF_FALSE;
    /* a failing user function leaves its Python exception behind: the SQL error wins */
    err_clear(t);
    sqlite_raise(t, sqlite3_db_handle(st));
    sqlite3_reset(st);
    return REF_NULL;
}

FN(stmt_reset) {
    (void)args;
    if (!args_none(t, "reset", nargs, kw)) return REF_NULL;
    if (STMT(self)->st) sqlite3_reset(STMT(self)->st);
    return REF_NONE;
}

/* Column i of the current row as text_factory makes it (None: str). */
static Ref column_text(Thread *t, sqlite3_stmt *st, int i, Ref text_factory) {
    const char *s = (const char *)sqlite3_column_text(st, i);
    int n = sqlite3_column_bytes(st, i);
    if (!s) return err_no_memory(t);
    if (ref_is_object(text_factory, (Object *)&bytes_type)) return ref_from_obj(bytes_from(t, s, n));
    if (!ref_is_none(text_factory)) {
        Object *raw = bytes_from(t, s, n);
        if (!raw) return REF_NULL;
        Ref r = obj_call1(t, text_factory, ref_from_obj(raw));
        obj_decref(raw);
        return r;
    }
    Object *text = str_from_utf8(t, s, n);
    if (text) return ref_from_obj(text);
    if (!err_matches(t, &exc_UnicodeDecodeError)) return REF_NULL;
    err_clear(t);
    Object *shown = codecs_utf8_decode(t, s, n, "replace");
    if (!shown) return REF_NULL;
    err_format(t, &exc_SqliteOperationalError, "Could not decode to UTF-8 column '%s' with text '%U'",
               sqlite3_column_name(st, i), shown);
    obj_decref(shown);
    return REF_NULL;
}

static Ref column_value(Thread *t, sqlite3_stmt *st, int i, Ref text_factory, Ref converter) {
    int type = sqlite3_column_type(st, i);
    if (type == SQLITE_NULL) return REF_NONE;
    if (!ref_is_none(converter)) {
        const void *p = sqlite3_column_blob(st, i);
        Object *raw = bytes_from(t, p ? p : "", sqlite3_column_bytes(st, i));
        if (!raw) return REF_NULL;
        Ref r = obj_call1(t, converter, ref_from_obj(raw));
        obj_decref(raw);
        return r;
    }
    switch (type) {
    case SQLITE_INTEGER: return int_from_i64(t, sqlite3_column_int64(st, i));
    case SQLITE_FLOAT: return float_from_double(t, sqlite3_column_double(st, i));
    case SQLITE_TEXT: return column_text(t, st, i, text_factory);
    default: {
        const void *p = sqlite3_column_blob(st, i);
        return ref_from_obj(bytes_from(t, p ? p : "", sqlite3_column_bytes(st, i)));
    }
    }
}

/* row(text_factory, converters): the current row as a tuple; converters is None or a
 * tuple with a callable (or None) per column, given the column's bytes. */
FN(stmt_row) {
    if (!args_count(t, "row", nargs, kw, 2, 2)) return REF_NULL;
    sqlite3_stmt *st = STMT(self)->st;
    int n = st ? sqlite3_data_count(st) : 0;
    Ref converters = args[1];
    if (!ref_is_none(converters) && (!tuple_check(converters) || tuple_size(ref_obj(converters)) < n))
        return err_set(t, &exc_TypeError, "converters must be None or a tuple with one item per column");
    Object *row = tuple_new(t, n);
    if (!row) return REF_NULL;
    for (int i = 0; i < n; i++) {
        Ref conv = ref_is_none(converters) ? REF_NONE : tuple_items(ref_obj(converters))[i];
        Ref v = column_value(t, st, i, args[0], conv);
        if (ref_is_null(v)) {
            obj_decref(row);
            return REF_NULL;
        }
        tuple_items(row)[i] = v;
    }
    return ref_from_obj(row);
}

/* A tuple with one str (or None) per result column, from `get`. */
static Ref column_strings(Thread *t, sqlite3_stmt *st, const char *(*get)(sqlite3_stmt *, int)) {
    int n = st ? sqlite3_column_count(st) : 0;
    Object *names = tuple_new(t, n);
    if (!names) return REF_NULL;
    for (int i = 0; i < n; i++) {
        const char *s = get(st, i);
        Object *name = s ? str_from_utf8(t, s, (intptr_t)strlen(s)) : NULL;
        if (s && !name) {
            obj_decref(names);
            return REF_NULL;
        }
        tuple_items(names)[i] = name ? ref_from_obj(name) : REF_NONE;
    }
    return ref_from_obj(names);
}

FN(stmt_columns) {
    (void)args;
    if (!args_none(t, "columns", nargs, kw)) return REF_NULL;
    return column_strings(t, STMT(self)->st, sqlite3_column_name);
}

FN(stmt_decltypes) {
    (void)args;
    if (!args_none(t, "decltypes", nargs, kw)) return REF_NULL;
    return column_strings(t, STMT(self)->st, sqlite3_column_decltype);
}

FN(stmt_readonly) {
    (void)args;
    if (!args_none(t, "readonly", nargs, kw)) return REF_NULL;
    sqlite3_stmt *st = STMT(self)->st;
    return ref_from_bool(!st || sqlite3_stmt_readonly(st));
}

static Ref stmt_get_is_dml(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_from_bool(STMT(self)->is_dml);
}

static const GetSetDef stmt_getsets[] = {
    {"is_dml", stmt_get_is_dml, NULL, "Whether the statement is an INSERT, UPDATE, DELETE or REPLACE.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef stmt_methods[] = {
    {"bind", stmt_bind, 0,
     "bind(parameters, adapt, adapt_plain): a sequence, or a dict for named parameters, each value passed "
     "through adapt (None: as it is)."},
    {"step", stmt_step, 0, "step() -> True when a row is ready, False when the statement is done."},
    {"reset", stmt_reset, 0, "Makes the statement ready to run again (releasing its locks)."},
    {"row", stmt_row, 0, "row(text_factory, converters) -> the current row as a tuple."},
    {"columns", stmt_columns, 0, "The result columns' names."},
    {"decltypes", stmt_decltypes, 0, "The result columns' declared types (None for expressions)."},
    {"readonly", stmt_readonly, 0, "Whether the statement leaves the database unchanged."},
    {NULL, NULL, 0, NULL},
};

Type sqlite_stmt_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_sqlite3.Statement",
    .tp_basicsize = sizeof(SqliteStmt),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_doc = "A prepared SQL statement (made by Database.prepare).",
    .tp_dealloc = stmt_dealloc,
    .tp_free = obj_free,
    .methods = stmt_methods,
    .getsets = stmt_getsets,
};
