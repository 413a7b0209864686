/* Raising exceptions: the thread's current exception and implicit chaining. */
#include <errno.h>
#include <string.h>

#include "spry.h"

/* The innermost exception being handled, or REF_NULL. */
static Ref handled_exception(Thread *t) {
    for (ExcInfo *e = t->exc_info; e; e = e->prev)
        if (!ref_is_null(e->exc) && !ref_is_none(e->exc)) return e->exc;
    return REF_NULL;
}

/* Sets exc.__context__ to the exception being handled, cutting any cycle that would
 * make (as CPython does: the old link to exc further down the chain is removed). */
static void chain_context(Thread *t, Object *exc) {
    Ref ctx = handled_exception(t);
    if (ref_is_null(ctx) || ref_obj(ctx) == exc) return;
    Object *o = ref_obj(ctx);
    while (o) {
        BaseExc *b = (BaseExc *)o;
        if (b->context == exc) {
            OBJ_SETREF(b->context, NULL);
            break;
        }
        o = b->context;
    }
    obj_incref(ref_obj(ctx));
    exc_set_context(exc, ref_obj(ctx));
}

Ref err_raise(Thread *t, Ref exc) {
    if (ref_is_null(exc)) return REF_NULL;
    chain_context(t, ref_obj(exc));
    ref_close(t->exc);
    t->exc = exc;
    return REF_NULL;
}

Ref err_set_value(Thread *t, Type *type, Ref value) {
    Ref exc = ref_is_null(value) ? exc_new(t, type, NULL, 0) : exc_new(t, type, &value, 1);
    if (ref_is_null(exc)) return REF_NULL;
    return err_raise(t, exc);
}

Ref err_set(Thread *t, Type *type, const char *msg) {
    Object *s = str_from_cstr(t, msg);
    if (!s) return REF_NULL;
    err_set_value(t, type, ref_from_obj(s));
    obj_decref(s);
    return REF_NULL;
}

Ref err_vformat(Thread *t, Type *type, const char *fmt, va_list ap) {
    Object *s = str_from_vformat(t, fmt, ap);
    if (!s) return REF_NULL;
    err_set_value(t, type, ref_from_obj(s));
    obj_decref(s);
    return REF_NULL;
}

Ref err_format(Thread *t, Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    err_vformat(t, type, fmt, ap);
    va_end(ap);
    return REF_NULL;
}

Ref err_no_memory(Thread *t) {
    /* Making the MemoryError may itself fail; then the thread keeps whatever it has. */
    Ref exc = exc_new(t, &exc_MemoryError, NULL, 0);
    if (!ref_is_null(exc)) err_raise(t, exc);
    return REF_NULL;
}

Ref err_from_errno(Thread *t, Type *type, const char *filename) {
    int e = errno;
    Ref args[3];
    args[0] = ref_from_int(e);
    Object *msg = str_from_cstr(t, strerror(e));
    if (!msg) return REF_NULL;
    args[1] = ref_from_obj(msg);
    size_t n = 2;
    Object *fn = NULL;
    if (filename) {
        fn = str_from_cstr(t, filename);
        if (!fn) {
            obj_decref(msg);
            return REF_NULL;
        }
        args[n++] = ref_from_obj(fn);
    }
    Ref exc = exc_new(t, type, args, n);
    obj_decref(msg);
    obj_xdecref(fn);
    if (ref_is_null(exc)) return REF_NULL;
    return err_raise(t, exc);
}

bool err_matches(Thread *t, Type *type) {
    return !ref_is_null(t->exc) && type_is_subtype(ref_type(t->exc), type);
}

void err_restore(Thread *t, Ref exc) {
    ref_close(t->exc);
    t->exc = exc;
}

void err_clear(Thread *t) {
    ref_close(t->exc);
    t->exc = REF_NULL;
}

Ref err_bad_internal_call(Thread *t, const char *where) {
    return err_format(t, &exc_SystemError, "%s: bad argument to internal function", where);
}
