/* The _ctypes module object: the functions of ctypes_*.c, _CData and the dlopen modes. See
 * modules/ctypes.h for the split. */
#include <dlfcn.h>

#include "modules/ctypes.h"
#include "modules/modules.h"
#include "spry.h"

static int add_int(Thread *t, Object *m, const char *name, int64_t v) {
    Ref r = int_from_i64(t, v);
    if (ref_is_null(r)) return -1;
    int rc = module_add_ref(t, m, name, r);
    ref_close(r);
    return rc;
}

Object *ctypes_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_ctypes");
    if (!m) return NULL;
    const MethodDef *tables[] = {ct_memory_functions, ct_simple_functions, ct_struct_functions, ct_ffitype_functions,
                                 ct_call_functions, ct_callback_functions, ct_dl_functions, ct_items_functions};
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < sizeof tables / sizeof tables[0]; i++) rc = module_add_functions(t, m, tables[i]);
    if (rc == 0) rc = module_add_ref(t, m, "_CData", ref_immortal(&ct_cdata_type));
    if (rc == 0) rc = add_int(t, m, "RTLD_LOCAL", RTLD_LOCAL);
    if (rc == 0) rc = add_int(t, m, "RTLD_GLOBAL", RTLD_GLOBAL);
    if (rc == 0) rc = add_int(t, m, "RTLD_NOW", RTLD_NOW);
    if (rc == 0) rc = add_int(t, m, "RTLD_LAZY", RTLD_LAZY);
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
