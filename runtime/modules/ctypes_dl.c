/* _ctypes library loading: dlopen, dlsym and dlclose, with dlerror()'s text as the message
 * (OSError for a library, AttributeError for a symbol), as CPython reports them. */
#include <dlfcn.h>

#include "modules/ctypes.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

static Ref dl_error(Thread *t, Type *type) {
    const char *msg = dlerror();
    return err_set(t, type, msg ? msg : "unknown dlopen error");
}

/* dlopen(name or None, mode) -> the library's handle (None: the program itself). */
FN(ct_dlopen) {
    uint64_t mode;
    if (!args_count(t, "dlopen", nargs, kw, 2, 2) || !ct_uint64(t, args[1], &mode)) return REF_NULL;
    const char *name = NULL;
    if (!ref_is_none(args[0])) {
        if (!str_check(args[0])) return err_format(t, &exc_TypeError, "expected str or None, not %T", args[0]);
        name = str_utf8(t, ref_obj(args[0]), NULL);
        if (!name) return REF_NULL;
    }
    void *h = dlopen(name, (int)mode);
    if (!h) return dl_error(t, &exc_OSError);
    return ct_address_ref(t, h);
}

/* dlsym(handle, name) -> the symbol's address. */
FN(ct_dlsym) {
    char *h;
    if (!args_count(t, "dlsym", nargs, kw, 2, 2) || !ct_address(t, args[0], &h)) return REF_NULL;
    if (!str_check(args[1])) return err_format(t, &exc_TypeError, "expected str, not %T", args[1]);
    const char *name = str_utf8(t, ref_obj(args[1]), NULL);
    if (!name) return REF_NULL;
    dlerror();
    void *p = dlsym(h, name);
    if (!p) return dl_error(t, &exc_AttributeError);
    return ct_address_ref(t, p);
}

FN(ct_dlclose) {
    char *h;
    if (!args_count(t, "dlclose", nargs, kw, 1, 1) || !ct_address(t, args[0], &h)) return REF_NULL;
    if (dlclose(h) != 0) return dl_error(t, &exc_OSError);
    return ref_dup(REF_NONE);
}

const MethodDef ct_dl_functions[] = {
    {"dlopen", ct_dlopen, 0, NULL},
    {"dlsym", ct_dlsym, 0, NULL},
    {"dlclose", ct_dlclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};
