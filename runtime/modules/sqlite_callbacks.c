/* Python callables run by SQLite: SQL functions, aggregates (a class with step() and
 * finalize()) and collations. Each registration holds a reference to its callable,
 * dropped by SQLite's destructor callback when the registration is replaced or the handle
 * closes. Exceptions raised inside are reported to SQLite as errors, as CPython does with
 * tracebacks disabled. SQLite runs statements with the interpreter lock released
 * (sqlite_stmt.c, sqlite_db.c): a callback takes it back while it runs Python code. */
#include <string.h>

#include "modules/modules.h"
#include "modules/sqlite.h"

static void drop_callable(void *p) { obj_decref((Object *)p); }

/* argv as a new tuple of Python values, or NULL with an exception set. */
static Object *args_tuple(Thread *t, int argc, sqlite3_value **argv) {
    Object *tup = tuple_new(t, argc);
    for (int i = 0; tup && i < argc; i++) {
        Ref v = sqlite_value_to_ref(t, argv[i]);
        if (ref_is_null(v)) {
            obj_decref(tup);
            return NULL;
        }
        tuple_items(tup)[i] = v;
    }
    return tup;
}

/* Hands a Python result to SQLite; false (with an exception set) for one it cannot take. */
static bool set_result(Thread *t, sqlite3_context *ctx, Ref r) {
    ByteView bv;
    if (ref_is_none(r)) {
        sqlite3_result_null(ctx);
    } else if (int_check(r)) {
        int overflow = 0;
        int64_t x = int_as_i64_overflow(r, &overflow);
        if (overflow) {
            err_set(t, &exc_OverflowError, "Python int too large to convert to SQLite INTEGER");
            return false;
        }
        sqlite3_result_int64(ctx, x);
    } else if (float_check(r)) {
        sqlite3_result_double(ctx, float_value(r));
    } else if (str_check(r)) {
        intptr_t len;
        const char *s = str_utf8(t, ref_obj(r), &len);
        if (!s) return false;
        sqlite3_result_text64(ctx, s, (sqlite3_uint64)len, SQLITE_TRANSIENT, SQLITE_UTF8);
    } else if (bytes_view(r, &bv)) {
        sqlite3_result_blob64(ctx, bv.data, (sqlite3_uint64)bv.len, SQLITE_TRANSIENT);
    } else {
        err_format(t, &exc_SqliteProgrammingError, "User-defined functions cannot return '%s' values to SQLite",
                   type_name(ref_type(r)));
        return false;
    }
    return true;
}

/* Takes the interpreter lock for a callback unless the caller holds it; returns whether
 * the callback must let it go again (callback_leave). */
static bool callback_enter(Thread *t) {
    if (thread_holds_lock(t)) return false;
    thread_reacquire(t);
    return true;
}

static void callback_leave(Thread *t, bool release) {
    if (release) thread_release(t);
}

/* Whether sqlite3.enable_callback_tracebacks(True) is in force (the Python layer keeps
 * the flag in this module, as _callback_tracebacks). */
static bool tracebacks_enabled(Thread *t) {
    Ref mod = import_module(t, "_sqlite3");
    Ref flag = ref_is_null(mod) ? REF_NULL : obj_getattr_cstr(t, mod, "_callback_tracebacks");
    int on = ref_is_null(flag) ? 0 : obj_truthy(t, flag);
    ref_close(flag);
    ref_close(mod);
    return on > 0;
}

/* Disposes of the exception a callback raised: printed as unraisable, naming the
 * callable, when tracebacks are enabled, else dropped. */
static void report(Thread *t, Object *callable) {
    Ref exc = err_fetch(t);
    bool print = tracebacks_enabled(t);
    err_clear(t);
    err_restore(t, exc);
    if (print) err_write_unraisable(t, ref_from_obj(callable));
    else err_clear(t);
}

/* Reports a failed callback to SQLite (MemoryError and OverflowError as SQLite's own
 * out-of-memory and too-big errors), then disposes of the exception. */
static void fail(Thread *t, sqlite3_context *ctx, const char *msg) {
    if (err_matches(t, &exc_MemoryError)) sqlite3_result_error_nomem(ctx);
    else if (err_matches(t, &exc_OverflowError)) sqlite3_result_error_toobig(ctx);
    else sqlite3_result_error(ctx, msg, -1);
    report(t, sqlite3_user_data(ctx));
}

static void call_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    Thread *t = thread_current();
    bool release = callback_enter(t);
    Object *args = args_tuple(t, argc, argv);
    Ref r = args ? obj_call_tuple_dict(t, ref_from_obj(sqlite3_user_data(ctx)), args, NULL) : REF_NULL;
    obj_xdecref(args);
    if (ref_is_null(r) || !set_result(t, ctx, r)) fail(t, ctx, "user-defined function raised exception");
    ref_close(r);
    callback_leave(t, release);
}

int sqlite_create_function(Thread *t, sqlite3 *db, Object *name, int narg, Ref func, bool deterministic) {
    const char *cname = str_utf8(t, name, NULL);
    if (!cname) return -1;
    int flags = SQLITE_UTF8 | (deterministic ? SQLITE_DETERMINISTIC : 0);
    /* None too is registered as given: calling it fails, as in CPython */
    obj_incref(ref_obj(func));
    int rc = sqlite3_create_function_v2(db, cname, narg, flags, ref_obj(func), call_function, NULL, NULL,
                                        drop_callable);
    if (rc != SQLITE_OK) {
        err_set(t, &exc_SqliteOperationalError, "Error creating function");
        return -1;
    }
    return 0;
}

/* ---- aggregates: one instance of the class per group, kept in SQLite's context ---- */

static void aggregate_step_locked(Thread *t, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    Ref *inst = sqlite3_aggregate_context(ctx, sizeof(Ref));
    if (!inst) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (ref_is_null(*inst)) {
        *inst = obj_call0(t, ref_from_obj(sqlite3_user_data(ctx)));
        if (ref_is_null(*inst)) {
            fail(t, ctx, "user-defined aggregate's '__init__' method raised error");
            return;
        }
    }
    Ref step = obj_getattr_cstr(t, *inst, "step");
    Object *args = ref_is_null(step) ? NULL : args_tuple(t, argc, argv);
    Ref r = args ? obj_call_tuple_dict(t, step, args, NULL) : REF_NULL;
    obj_xdecref(args);
    ref_close(step);
    if (ref_is_null(r)) fail(t, ctx, "user-defined aggregate's 'step' method raised error");
    ref_close(r);
}

static void aggregate_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    Thread *t = thread_current();
    bool release = callback_enter(t);
    aggregate_step_locked(t, ctx, argc, argv);
    callback_leave(t, release);
}

static void aggregate_final(sqlite3_context *ctx) {
    Thread *t = thread_current();
    Ref *inst = sqlite3_aggregate_context(ctx, 0);
    if (!inst || ref_is_null(*inst)) return; /* no row, or __init__ failed: NULL */
    bool release = callback_enter(t);
    /* an error from a step stays the statement's error */
    Ref saved = err_fetch(t);
    Ref fin = obj_getattr_cstr(t, *inst, "finalize");
    Ref r = ref_is_null(fin) ? REF_NULL : obj_call0(t, fin);
    ref_close(fin);
    if (ref_is_null(r) || !set_result(t, ctx, r)) fail(t, ctx, "user-defined aggregate's 'finalize' method raised error");
    ref_close(r);
    ref_close(*inst);
    *inst = REF_NULL;
    err_restore(t, saved);
    callback_leave(t, release);
}

int sqlite_create_aggregate(Thread *t, sqlite3 *db, Object *name, int narg, Ref cls) {
    const char *cname = str_utf8(t, name, NULL);
    if (!cname) return -1;
    obj_incref(ref_obj(cls));
    int rc = sqlite3_create_function_v2(db, cname, narg, SQLITE_UTF8, ref_obj(cls), NULL, aggregate_step,
                                        aggregate_final, drop_callable);
    if (rc != SQLITE_OK) {
        err_set(t, &exc_SqliteOperationalError, "Error creating aggregate");
        return -1;
    }
    return 0;
}

/* ---- collations ---- */

static int collate(void *func, int n1, const void *s1, int n2, const void *s2) {
    Thread *t = thread_current();
    bool release = callback_enter(t);
    Ref saved = err_fetch(t);
    Object *a = str_from_utf8(t, s1, n1);
    Object *b = a ? str_from_utf8(t, s2, n2) : NULL;
    Ref r = b ? obj_call2(t, ref_from_obj(func), ref_from_obj(a), ref_from_obj(b)) : REF_NULL;
    obj_xdecref(a);
    obj_xdecref(b);
    int result = 0;
    if (!ref_is_null(r) && int_check(r)) result = int_sign(r);
    ref_close(r);
    err_clear(t);
    err_restore(t, saved);
    callback_leave(t, release);
    return result;
}

int sqlite_create_collation(Thread *t, sqlite3 *db, Object *name, Ref func) {
    const char *cname = str_utf8(t, name, NULL);
    if (!cname) return -1;
    int rc;
    if (ref_is_none(func)) {
        rc = sqlite3_create_collation_v2(db, cname, SQLITE_UTF8, NULL, NULL, NULL);
    } else {
        obj_incref(ref_obj(func));
        rc = sqlite3_create_collation_v2(db, cname, SQLITE_UTF8, ref_obj(func), collate, drop_callable);
    }
    if (rc != SQLITE_OK) {
        sqlite_raise(t, db);
        return -1;
    }
    return 0;
}

/* ---- trace and progress callbacks ---- */

static int trace_statement(unsigned type, void *func, void *stmt, void *sql) {
    if (type != SQLITE_TRACE_STMT) return 0;
    Thread *t = thread_current();
    bool release = callback_enter(t);
    Ref saved = err_fetch(t);
    /* the statement as run, with its parameters' values in it */
    char *expanded = sqlite3_expanded_sql(stmt);
    const char *text = expanded ? expanded : (const char *)sql;
    Object *str = str_from_utf8(t, text, (intptr_t)strlen(text));
    sqlite3_free(expanded);
    Ref r = str ? obj_call1(t, ref_from_obj(func), ref_from_obj(str)) : REF_NULL;
    obj_xdecref(str);
    if (ref_is_null(r)) report(t, func);
    ref_close(r);
    err_restore(t, saved);
    callback_leave(t, release);
    return 0;
}

int sqlite_set_trace(Thread *t, SqliteDb *d, Ref func) {
    (void)t;
    if (ref_is_none(func)) {
        sqlite3_trace_v2(d->db, SQLITE_TRACE_STMT, NULL, NULL);
        OBJ_SETREF(d->trace, NULL);
        return 0;
    }
    obj_incref(ref_obj(func));
    OBJ_SETREF(d->trace, ref_obj(func));
    sqlite3_trace_v2(d->db, SQLITE_TRACE_STMT, trace_statement, d->trace);
    return 0;
}

static int progress_tick(void *func) {
    Thread *t = thread_current();
    bool release = callback_enter(t);
    Ref saved = err_fetch(t);
    Ref r = obj_call0(t, ref_from_obj(func));
    int abort = 1; /* an exception aborts the statement too */
    if (!ref_is_null(r)) abort = obj_truthy(t, r);
    if (abort < 0 || ref_is_null(r)) {
        report(t, func);
        abort = 1;
    }
    ref_close(r);
    err_restore(t, saved);
    callback_leave(t, release);
    return abort;
}

int sqlite_set_progress(Thread *t, SqliteDb *d, Ref func, int n) {
    (void)t;
    if (ref_is_none(func)) {
        sqlite3_progress_handler(d->db, 0, NULL, NULL);
        OBJ_SETREF(d->progress, NULL);
        return 0;
    }
    obj_incref(ref_obj(func));
    OBJ_SETREF(d->progress, ref_obj(func));
    sqlite3_progress_handler(d->db, n, progress_tick, d->progress);
    return 0;
}

/* ---- the authorizer ---- */

static Ref text_or_none(Thread *t, const char *s) {
    if (!s) return REF_NONE;
    Object *o = str_from_utf8(t, s, (intptr_t)strlen(s));
    return o ? ref_from_obj(o) : REF_NULL;
}

static int authorize(void *func, int action, const char *a1, const char *a2, const char *db, const char *src) {
    Thread *t = thread_current();
    bool release = callback_enter(t);
    Ref saved = err_fetch(t);
    Ref args[5] = {ref_from_int(action), text_or_none(t, a1), text_or_none(t, a2), text_or_none(t, db),
                   text_or_none(t, src)};
    bool ok = true;
    for (int i = 1; i < 5; i++) ok = ok && !ref_is_null(args[i]);
    Ref r = ok ? obj_call(t, ref_from_obj(func), args, 5, NULL) : REF_NULL;
    for (int i = 1; i < 5; i++) ref_close(args[i]);
    int verdict = SQLITE_DENY;
    if (ref_is_null(r)) {
        report(t, func);
    } else if (int_check(r)) {
        int overflow = 0;
        int64_t v = int_as_i64_overflow(r, &overflow);
        if (!overflow && v >= INT32_MIN && v <= INT32_MAX) verdict = (int)v;
    }
    ref_close(r);
    err_restore(t, saved);
    callback_leave(t, release);
    return verdict;
}

int sqlite_set_authorizer(Thread *t, SqliteDb *d, Ref func) {
    bool clear = ref_is_none(func);
    if (!clear) obj_incref(ref_obj(func));
    int rc = sqlite3_set_authorizer(d->db, clear ? NULL : authorize, clear ? NULL : ref_obj(func));
    OBJ_SETREF(d->authorizer, clear ? NULL : ref_obj(func));
    if (rc != SQLITE_OK) {
        err_set(t, &exc_SqliteOperationalError, "Error setting authorizer callback");
        return -1;
    }
    return 0;
}
