/* Warnings raised by C code: err_warn / err_warn_explicit hand the warning to the frozen
 * warnings module (runtime/lib/warnings.py), which applies the filters and prints. When
 * that module cannot be imported (start-up, shutdown) the warning is printed as the
 * default filter would. */
#include <stdio.h>

#include "modules/modules.h"
#include "modules/warnings.h"
#include "spry.h"

static void print_fallback(Type *category, const char *msg) {
    fprintf(stderr, "%s: %s\n", type_name(category), msg);
}

/* A warning turned into an exception by an "error" filter leaves warnings.py's frames
 * on its traceback; raised from C it must start bare, as CPython's does. */
static void drop_traceback_of_raised(Thread *t) {
    if (err_occurred(t)) exc_set_traceback(ref_obj(t->exc), NULL);
}

/* warnings.<fn>(*args); 0, or -1 with the exception set. */
static int call_warnings(Thread *t, const char *fn, const Ref *args, size_t nargs,
                         Type *category, const char *msg) {
    Ref mod = import_module(t, "warnings");
    if (ref_is_null(mod)) {
        err_clear(t);
        print_fallback(category, msg);
        return 0;
    }
    Ref f = obj_getattr_cstr(t, mod, fn);
    ref_close(mod);
    if (ref_is_null(f)) return -1;
    Ref r = obj_call(t, f, args, nargs, NULL);
    ref_close(f);
    if (ref_is_null(r)) {
        drop_traceback_of_raised(t);
        return -1;
    }
    ref_close(r);
    return 0;
}

int err_warn_source(Thread *t, Type *category, const char *msg, int stacklevel, Ref source) {
    Object *text = str_from_cstr(t, msg);
    if (!text) return -1;
    Ref args[4] = {ref_from_obj(text), ref_from_obj((Object *)category), ref_from_int(stacklevel),
                   source};
    int rc = call_warnings(t, "warn", args, 4, category, msg);
    obj_decref(text);
    return rc;
}

int err_warn(Thread *t, Type *category, const char *msg, int stacklevel) {
    return err_warn_source(t, category, msg, stacklevel, REF_NONE);
}

int err_warn_explicit(Thread *t, Type *category, const char *msg, Object *filename, int lineno) {
    Object *text = str_from_cstr(t, msg);
    if (!text) return -1;
    Ref args[4] = {ref_from_obj(text), ref_from_obj((Object *)category), ref_from_obj(filename),
                   ref_from_int(lineno)};
    int rc = call_warnings(t, "warn_explicit", args, 4, category, msg);
    obj_decref(text);
    return rc;
}
