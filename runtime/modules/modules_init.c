/* Per-interpreter start-up and shutdown of the module system. */
#include "modules/builtins.h"
#include "modules/io.h"
#include "modules/modules.h"
#include "spry.h"

Object *sys_module_create(Thread *t);

static int register_module(Thread *t, const char *name, Object *m) {
    int rc = dict_set_cstr(t, t->interp->modules, name, ref_from_obj(m));
    return rc;
}

int modules_interp_init(Thread *t) {
    Interp *interp = t->interp;
    interp->modules = dict_new(t);
    if (!interp->modules) return -1;

    Object *sys = sys_module_create(t);
    if (!sys) return -1;
    int rc = register_module(t, "sys", sys);
    if (rc == 0) rc = io_install_std_streams(t, sys, false);
    obj_decref(sys);
    if (rc < 0) return -1;

    Object *builtins = builtins_module_create(t);
    if (!builtins) return -1;
    ((Module *)builtins)->is_builtin = true;
    interp->builtins = module_dict(builtins);
    obj_incref(interp->builtins);
    rc = register_module(t, "builtins", builtins);
    obj_decref(builtins);
    if (rc < 0) return -1;
    if (builtins_add_site_objects(t) < 0) return -1;

    Object *main_mod = module_new_cstr(t, "__main__");
    if (!main_mod) return -1;
    rc = dict_set_str(t, module_dict(main_mod), ID(__builtins__), ref_from_obj(builtins));
    if (rc == 0) rc = register_module(t, "__main__", main_mod);
    obj_decref(main_mod);
    return rc;
}

void modules_interp_fini(Thread *t) {
    /* Non-daemon threads are waited for first, as CPython does (threading._shutdown). */
    Ref threading = dict_get_cstr(t, t->interp->modules, "threading");
    if (!ref_is_null(threading)) {
        Ref r = obj_call_method(t, threading, ID(_shutdown), NULL, 0);
        if (ref_is_null(r)) err_write_unraisable(t, threading);
        ref_close(r);
        ref_close(threading);
    }
    err_clear(t);
    /* atexit callbacks registered through the atexit module run here (in reverse order). */
    Ref m = dict_get_cstr(t, t->interp->modules, "atexit");
    if (!ref_is_null(m)) {
        Ref r = obj_call_method(t, m, ID(_run_exitfuncs), NULL, 0);
        if (ref_is_null(r)) err_clear(t);
        ref_close(r);
        ref_close(m);
    } else {
        err_clear(t);
    }
    interp_begin_finalizing(t->interp);
    io_flush_all(t);
    sys_flush_std_streams(t);
}
