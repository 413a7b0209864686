/* _ctypes foreign calls: Signature objects (a prepared ffi_cif: result type, argument
 * types, fixed or variadic) and call(), which calls a C function pointer with arguments
 * already stored in C memory. The interpreter lock is released around the call (unless
 * the caller asks to keep it, as PyDLL does), so other threads run meanwhile and callbacks
 * from the foreign code take it back (ctypes_callback.c). */
#include <errno.h>
#include <string.h>

#include "modules/ctypes.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* call() flags, as ctypes/_cdata.py passes them. */
#define CALL_KEEP_LOCK 1         /* PyDLL: the function uses the Python C API */
#define CALL_USE_ERRNO 2         /* swap errno with the thread's ctypes errno around the call */

static void signature_dealloc(Object *o) {
    CtSignature *s = (CtSignature *)o;
    mem_free(s->arg_types);
    obj_xdecref(s->keep);
    o->ob_type->tp_free(o);
}

Type ct_signature_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_ctypes.Signature",
    .tp_basicsize = sizeof(CtSignature),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = signature_dealloc,
    .tp_free = obj_free,
};

static ffi_type *ffitype_of(Thread *t, Ref v) {
    if (ref_is_none(v)) return &ffi_type_void;
    if (ref_type(v) != &ct_ffitype_type) return (ffi_type *)ref_obj(err_set(t, &exc_TypeError, "FFIType expected"));
    return ((CtFFIType *)ref_obj(v))->type;
}

/* signature(restype, argtypes, nfixed) -> a Signature. restype is an FFIType or None
 * (void), argtypes a tuple of FFITypes; nfixed < 0 for a fixed-argument function, else
 * the number of fixed arguments of a variadic one. */
FN(ct_signature) {
    intptr_t nfixed;
    if (!args_count(t, "signature", nargs, kw, 3, 3) || !arg_ssize(t, args[2], &nfixed)) return REF_NULL;
    if (!tuple_check(args[1])) return err_set(t, &exc_TypeError, "signature() expects a tuple of argument types");
    Object *argtypes = ref_obj(args[1]);
    intptr_t n = tuple_size(argtypes);
    ffi_type *rtype = ffitype_of(t, args[0]);
    if (!rtype) return REF_NULL;
    CtSignature *s = (CtSignature *)obj_alloc(t, &ct_signature_type, sizeof(CtSignature));
    if (!s) return REF_NULL;
    s->keep = tuple_pack(t, 2, args[0], args[1]);
    s->arg_types = mem_calloc(t, (size_t)n + 1, sizeof(ffi_type *));
    if (!s->keep || !s->arg_types) {
        obj_decref(&s->ob);
        return REF_NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        s->arg_types[i] = ffitype_of(t, tuple_items(argtypes)[i]);
        if (!s->arg_types[i] || s->arg_types[i] == &ffi_type_void) {
            obj_decref(&s->ob);
            return err_occurred(t) ? REF_NULL : err_set(t, &exc_TypeError, "an argument cannot be void");
        }
    }
    ffi_status st = nfixed < 0 ? ffi_prep_cif(&s->cif, FFI_DEFAULT_ABI, (unsigned)n, rtype, s->arg_types)
                               : ffi_prep_cif_var(&s->cif, FFI_DEFAULT_ABI, (unsigned)nfixed, (unsigned)n, rtype, s->arg_types);
    if (st != FFI_OK) {
        obj_decref(&s->ob);
        return err_set(t, &exc_RuntimeError, "ffi_prep_cif failed");
    }
    return ref_from_obj(&s->ob);
}

/* What one call needs, gathered before the lock is released. */
typedef struct ForeignCall {
    ffi_cif *cif;
    void (*fn)(void);
    void *result;
    void **values;
    int errno_value;
    bool use_errno;
} ForeignCall;

static void do_call(ForeignCall *c) {
    if (c->use_errno) errno = c->errno_value;
    ffi_call(c->cif, c->fn, c->result, c->values);
    if (c->use_errno) c->errno_value = errno;
}

/* call(signature, function, addresses, result_address, flags, errno) -> the thread's new
 * ctypes errno when flags has CALL_USE_ERRNO, else None. `addresses` holds, per argument,
 * the address of its value; the result is stored at result_address (ignored for void). */
FN(ct_call) {
    char *fn, *result;
    uint64_t flags;
    int64_t errno_in;
    if (!args_count(t, "call", nargs, kw, 6, 6)) return REF_NULL;
    if (ref_type(args[0]) != &ct_signature_type) return err_set(t, &exc_TypeError, "Signature expected");
    CtSignature *s = (CtSignature *)ref_obj(args[0]);
    if (!ct_address(t, args[1], &fn) || !ct_address(t, args[3], &result) || !ct_uint64(t, args[4], &flags)) return REF_NULL;
    errno_in = int_as_i64(t, args[5]);
    if (errno_in == -1 && err_occurred(t)) return REF_NULL;
    if (!fn) return err_set(t, &exc_ValueError, "NULL pointer access");
    if (!tuple_check(args[2]) || tuple_size(ref_obj(args[2])) != (intptr_t)s->cif.nargs)
        return err_set(t, &exc_TypeError, "call() expects one address per argument");

    Object *addrs = ref_obj(args[2]);
    void *small[16];
    void **values = s->cif.nargs <= 16 ? small : mem_alloc(t, s->cif.nargs * sizeof(void *));
    if (!values) return REF_NULL;
    for (unsigned i = 0; i < s->cif.nargs; i++) {
        char *a;
        if (!ct_address(t, tuple_items(addrs)[i], &a)) {
            if (values != small) mem_free(values);
            return REF_NULL;
        }
        values[i] = a;
    }
    /* Integral results narrower than a register come back widened to ffi_arg. */
    ffi_type *rtype = s->cif.rtype;
    bool widened = rtype->type != FFI_TYPE_STRUCT && rtype->type != FFI_TYPE_VOID && rtype->size < sizeof(ffi_arg);
    union { ffi_arg word; char bytes[sizeof(ffi_arg)]; } word = {0};

    ForeignCall c = {&s->cif, (void (*)(void))(uintptr_t)fn, widened ? (void *)&word : (void *)result, values,
                     (int)errno_in, (flags & CALL_USE_ERRNO) != 0};
    if (flags & CALL_KEEP_LOCK) {
        do_call(&c);
    } else {
        thread_release(t);
        do_call(&c);
        thread_reacquire(t);
    }
    if (values != small) mem_free(values);
    if (widened) ct_narrow_result(rtype, &word, result);
    if (err_occurred(t)) return REF_NULL; /* a PyDLL function may raise */
    return c.use_errno ? ref_from_int(c.errno_value) : ref_dup(REF_NONE);
}

const MethodDef ct_call_functions[] = {
    {"signature", ct_signature, 0, NULL},
    {"call", ct_call, 0, NULL},
    {NULL, NULL, 0, NULL},
};
