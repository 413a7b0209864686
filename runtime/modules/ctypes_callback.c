/* _ctypes callbacks: Closure objects, C function pointers (libffi closures) that call a
 * Python handler. The handler gets the addresses of the C arguments and of the result
 * slot (ctypes/_cdata.py converts both ways and reports the user function's exceptions).
 *
 * Foreign code may call a closure on the thread that called into it, after the call
 * released the interpreter lock (the usual case: qsort), while the lock is still held
 * (PyDLL functions), or on a thread of its own. The first two run the handler, taking the
 * lock back if needed; an OS thread Spry has never seen gets a Thread of the closure's
 * interpreter for the duration of the call, as PyGILState_Ensure gives one. */
#include <stdio.h>
#include <string.h>

#include "modules/ctypes.h"
#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct CtClosure {
    Object ob;
    ffi_closure *closure;        /* NULL until prepared */
    void *code;                  /* the C function pointer */
    CtSignature *sig;
    Ref handler;
    Interp *interp;              /* where the handler runs */
} CtClosure;

static void closure_entry(ffi_cif *cif, void *ret, void **args, void *userdata) {
    CtClosure *c = userdata;
    ffi_type *rtype = cif->rtype;
    bool widened = rtype->type != FFI_TYPE_STRUCT && rtype->type != FFI_TYPE_VOID && rtype->size < sizeof(ffi_arg);
    if (rtype->type != FFI_TYPE_VOID) memset(ret, 0, widened ? sizeof(ffi_arg) : rtype->size);
    Thread *t = thread_current();
    bool made = false, had_lock = false;
    if (!t) {
        t = thread_new(c->interp);
        if (!t) {
            fputs("ctypes: out of memory making a thread state for a callback; it returns 0\n", stderr);
            return;
        }
        thread_start(t);
        made = had_lock = true;
    } else {
        had_lock = thread_holds_lock(t);
        if (!had_lock) thread_reacquire(t);
    }

    union { ffi_arg word; char bytes[sizeof(ffi_arg)]; } narrow = {0};
    Object *addrs = tuple_new(t, cif->nargs);
    Ref res_addr = ct_address_ref(t, widened ? (void *)&narrow : ret);
    bool ok = addrs && !ref_is_null(res_addr);
    for (unsigned i = 0; ok && i < cif->nargs; i++) {
        Ref a = ct_address_ref(t, args[i]);
        ok = !ref_is_null(a);
        if (ok) tuple_items(addrs)[i] = a;
    }
    Ref r = ok ? obj_call2(t, c->handler, ref_from_obj(addrs), res_addr) : REF_NULL;
    if (ref_is_null(r)) err_write_unraisable(t, c->handler);
    ref_close(r);
    ref_close(res_addr);
    obj_xdecref(addrs);
    if (widened) ct_widen_result(rtype, narrow.bytes, ret);

    if (made) {
        thread_drop_python_state(t);
        thread_delete_current(t);
    } else if (!had_lock) {
        thread_release(t);
    }
}

static void closure_dealloc(Object *o) {
    CtClosure *c = (CtClosure *)o;
    if (c->closure) ffi_closure_free(c->closure);
    obj_xdecref(&c->sig->ob);
    ref_close(c->handler);
    o->ob_type->tp_free(o);
}

static Ref closure_address(Thread *t, Ref self, void *closure) {
    return ct_address_ref(t, ((CtClosure *)ref_obj(self))->code);
}

static const GetSetDef closure_getsets[] = {
    {"address", closure_address, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type ct_closure_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_ctypes.Closure",
    .tp_basicsize = sizeof(CtClosure),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = closure_dealloc,
    .tp_free = obj_free,
    .getsets = closure_getsets,
};

/* closure(signature, handler) -> a Closure whose address is a C function of that
 * signature calling handler(argument_addresses, result_address). */
FN(ct_closure) {
    if (!args_count(t, "closure", nargs, kw, 2, 2)) return REF_NULL;
    if (ref_type(args[0]) != &ct_signature_type) return err_set(t, &exc_TypeError, "Signature expected");
    CtClosure *c = (CtClosure *)obj_alloc(t, &ct_closure_type, sizeof(CtClosure));
    if (!c) return REF_NULL;
    c->sig = (CtSignature *)ref_obj(args[0]);
    obj_incref(&c->sig->ob);
    c->handler = ref_dup(args[1]);
    c->interp = t->interp;
    c->closure = ffi_closure_alloc(sizeof(ffi_closure), &c->code);
    if (!c->closure) {
        obj_decref(&c->ob);
        return err_no_memory(t);
    }
    if (ffi_prep_closure_loc(c->closure, &c->sig->cif, closure_entry, c, c->code) != FFI_OK) {
        obj_decref(&c->ob);
        return err_set(t, &exc_RuntimeError, "ffi_prep_closure failed");
    }
    return ref_from_obj(&c->ob);
}

const MethodDef ct_callback_functions[] = {
    {"closure", ct_closure, 0, NULL},
    {NULL, NULL, 0, NULL},
};
