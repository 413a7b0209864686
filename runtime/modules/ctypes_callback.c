/* _ctypes callbacks: Closure objects, C function pointers (libffi closures) that call a
 * Python function. Arguments of fundamental types are converted here; the others are
 * copied into ctypes instances by Python functions ctypes/_cdata.py supplies, which also
 * reports exceptions (the function's, or converting its result) as CPython does.
 *
 * Foreign code may call a closure on the thread that called into it, after the call
 * released the interpreter lock (the usual case: qsort), while the lock is still held
 * (PyDLL functions), or on a thread of its own. The first two run the handler, taking the
 * lock back if needed; an OS thread Spry has never seen gets a Thread of the closure's
 * interpreter for the duration of the call, as PyGILState_Ensure gives one. */
#include <stdio.h>
#include <string.h>

#include "core/gc.h"
#include "modules/ctypes.h"
#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct CtClosure {
    Object ob;
    ffi_closure *closure;        /* NULL until prepared */
    void *code;                  /* the C function pointer */
    CtSignature *sig;
    Ref func;                    /* the Python callable */
    Object *codes;               /* str: per argument its fundamental code, or 'A' */
    Object *copiers;             /* tuple: per 'A' argument (ctypes class, its size) to copy into */
    char rcode;                  /* the result's fundamental code; 0: void */
    Ref report;                  /* report(doing, func, exception) */
    Interp *interp;              /* where func runs */
} CtClosure;

/* Reports the raised exception through c->report ("calling" or "converting result of"). */
static void report_error(Thread *t, CtClosure *c, const char *doing) {
    Ref exc = err_fetch(t);
    Object *what = str_from_cstr(t, doing);
    Ref r = what ? obj_call(t, c->report, (Ref[]){ref_from_obj(what), c->func, exc}, 3, NULL) : REF_NULL;
    if (ref_is_null(r)) err_write_unraisable(t, c->func);
    ref_close(r);
    obj_xdecref(what);
    ref_close(exc);
}

/* Runs c->func on the C arguments, storing its result at ret (already zeroed). */
static void run_callback(Thread *t, CtClosure *c, ffi_cif *cif, void *ret, void **args) {
    if (ref_is_null(c->func)) return; /* cleared by the collector: nothing left to call */
    Ref small[8];
    Ref *vals = cif->nargs <= 8 ? small : mem_calloc(t, cif->nargs, sizeof(Ref));
    if (!vals) {
        report_error(t, c, "calling");
        return;
    }
    unsigned ready = 0;
    for (; ready < cif->nargs; ready++) {
        char code = (char)str_char_at(c->codes, ready);
        Ref v;
        if (code == 'A') {
            /* libffi's size and ctypes' may differ (_pack_): the instance gets ctypes' */
            Object *pair = ref_obj(tuple_items(c->copiers)[ready]);
            v = ct_copy_instance(t, tuple_items(pair)[0], args[ready], ref_int(tuple_items(pair)[1]),
                                 (intptr_t)cif->arg_types[ready]->size);
        } else {
            v = ct_load_value(t, code, args[ready]);
        }
        if (ref_is_null(v)) break;
        vals[ready] = v;
    }
    Ref result = ready == cif->nargs ? obj_call(t, c->func, vals, cif->nargs, NULL) : REF_NULL;
    for (unsigned i = 0; i < ready; i++) ref_close(vals[i]);
    if (vals != small) mem_free(vals);
    if (ref_is_null(result)) {
        report_error(t, c, "calling");
        return;
    }
    if (c->rcode && !ref_is_none(result)) {
        /* a ctypes instance stands for its value */
        bool plain = int_check(result) || float_check(result) || bytes_check(result) || str_check(result);
        Ref value = plain ? ref_dup(result) : obj_getattr_cstr(t, result, "value");
        Ref keep = REF_NULL;
        if (ref_is_null(value) || !ct_store_value(t, c->rcode, ret, value, &keep)) report_error(t, c, "converting result of");
        ref_close(keep);
        ref_close(value);
    }
    ref_close(result);
}

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
    run_callback(t, c, cif, widened ? (void *)narrow.bytes : ret, args);
    if (widened) ct_widen_result(rtype, narrow.bytes, ret);

    if (made) {
        thread_drop_python_state(t);
        thread_delete_current(t);
    } else if (!had_lock) {
        thread_release(t);
    }
}

/* The references that can close a cycle (func may well refer to the function pointer
 * object that keeps this closure alive). */
static int closure_traverse(Object *o, VisitFn visit, void *arg) {
    CtClosure *c = (CtClosure *)o;
    int rc = ref_is_obj(c->func) ? visit(ref_obj(c->func), arg) : 0;
    if (!rc && ref_is_obj(c->report)) rc = visit(ref_obj(c->report), arg);
    if (!rc && c->copiers) rc = visit(c->copiers, arg);
    return rc;
}

static int closure_clear(Object *o) {
    CtClosure *c = (CtClosure *)o;
    Ref func = c->func, report = c->report;
    Object *copiers = c->copiers;
    c->func = c->report = REF_NULL;
    c->copiers = NULL;
    ref_close(func);
    ref_close(report);
    obj_xdecref(copiers);
    return 0;
}

static void closure_dealloc(Object *o) {
    CtClosure *c = (CtClosure *)o;
    gc_untrack(o);
    if (c->closure) ffi_closure_free(c->closure);
    obj_xdecref(&c->sig->ob);
    obj_xdecref(c->codes);
    closure_clear(o);
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
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = closure_dealloc,
    .tp_traverse = closure_traverse,
    .tp_clear = closure_clear,
    .tp_free = obj_free,
    .getsets = closure_getsets,
};

/* closure(signature, func, codes, copiers, result_code, report) -> a Closure whose address
 * is a C function of that signature calling func (see CtClosure for the other parts). */
FN(ct_closure) {
    if (!args_count(t, "closure", nargs, kw, 6, 6)) return REF_NULL;
    if (ref_type(args[0]) != &ct_signature_type) return err_set(t, &exc_TypeError, "Signature expected");
    CtSignature *sig = (CtSignature *)ref_obj(args[0]);
    if (!str_check(args[2]) || str_len(ref_obj(args[2])) != (intptr_t)sig->cif.nargs || !tuple_check(args[3]) ||
        tuple_size(ref_obj(args[3])) != (intptr_t)sig->cif.nargs || !str_check(args[4]) || str_len(ref_obj(args[4])) > 1)
        return err_set(t, &exc_TypeError, "closure() expects a code and a copier per argument and a result code");
    char rcode = str_len(ref_obj(args[4])) ? (char)str_char_at(ref_obj(args[4]), 0) : 0;
    size_t size, align;
    for (intptr_t i = 0; i <= str_len(ref_obj(args[2])); i++) {
        char code = i < str_len(ref_obj(args[2])) ? (char)str_char_at(ref_obj(args[2]), i) : rcode;
        if (code && code != 'A' && !ct_simple_layout(code, &size, &align))
            return err_format(t, &exc_ValueError, "unknown ctypes type code '%c'", code);
        if (code == 'A') {
            Ref pair = tuple_items(ref_obj(args[3]))[i];
            if (!tuple_check(pair) || tuple_size(ref_obj(pair)) != 2 || !ref_is_int(tuple_items(ref_obj(pair))[1]) ||
                ref_int(tuple_items(ref_obj(pair))[1]) < 0)
                return err_set(t, &exc_TypeError, "closure() expects (class, size) for each copied argument");
        }
    }
    CtClosure *c = (CtClosure *)obj_alloc(t, &ct_closure_type, sizeof(CtClosure));
    if (!c) return REF_NULL;
    c->sig = sig;
    obj_incref(&sig->ob);
    c->func = ref_dup(args[1]);
    c->codes = ref_obj(args[2]);
    obj_incref(c->codes);
    c->copiers = ref_obj(args[3]);
    obj_incref(c->copiers);
    c->rcode = rcode;
    c->report = ref_dup(args[5]);
    c->interp = t->interp;
    gc_track(&c->ob);
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
