/* _ctypes item access: the native __getitem__ of pointer classes. p[i], with i a small int
 * and p pointing to a fundamental type (its class's _item_code_), reads the value here;
 * anything else (slices, pointers to aggregates, index objects) goes to the Python method
 * _slow_getitem (ctypes/_cdata.py). Callbacks taking pointers (qsort's comparison) index
 * them on every call, so this runs no Python frame. */
#include <string.h>

#include "modules/ctypes.h"
#include "spry.h"

static Ref pointer_getitem(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref code = nargs == 1 && !kw && ref_is_int(args[0]) ? type_lookup(ref_type(self), ID(_item_code_)) : REF_NULL;
    size_t size, align;
    if (!ref_is_null(code) && str_check(code) && str_len(ref_obj(code)) == 1 &&
        ct_simple_layout((char)str_char_at(ref_obj(code), 0), &size, &align)) {
        char *cell, *target;
        if (!ct_instance_address(t, self, &cell)) return REF_NULL;
        memcpy(&target, cell, sizeof target);
        if (!target) return err_set(t, &exc_ValueError, "NULL pointer access");
        return ct_load_value(t, (char)str_char_at(ref_obj(code), 0), target + ref_int(args[0]) * (intptr_t)size);
    }
    return obj_call_method_kw(t, self, ID(_slow_getitem), args, nargs, kw);
}

static const MethodDef pointer_getitem_def = {"__getitem__", pointer_getitem, 0, "Return self[key]."};

/* install_getitem(cls): cls.__getitem__ = the native one above (cls: ctypes' _Pointer). */
static Ref ct_install_getitem(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "install_getitem", nargs, kw, 1, 1)) return REF_NULL;
    if (!type_check(args[0])) return err_set(t, &exc_TypeError, "install_getitem() expects a class");
    Object *descr = descr_new_method(t, (Type *)ref_obj(args[0]), &pointer_getitem_def);
    if (!descr) return REF_NULL;
    int rc = obj_setattr(t, args[0], ID(__getitem__), ref_from_obj(descr));
    obj_decref(descr);
    return rc < 0 ? REF_NULL : ref_dup(REF_NONE);
}

const MethodDef ct_items_functions[] = {
    {"install_getitem", ct_install_getitem, 0, NULL},
    {NULL, NULL, 0, NULL},
};
