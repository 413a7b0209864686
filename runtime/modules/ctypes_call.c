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

/* One argument's C value, when call() converts it from Python (long double needs 16 bytes). */
typedef union ArgSlot {
    long double ld;
    void *p;
    char bytes[16];
} ArgSlot;

/* Fills values[i] for each argument: a fundamental code converts the Python value into
 * slots[i] (keep[i] holding what a pointer points into); code 'A' takes the value as the
 * address of the argument's C memory (aggregates and ctypes instances passed by value). */
static bool prepare_args(Thread *t, Object *codes, const Ref *vals, intptr_t n, ArgSlot *slots, void **values,
                         Ref *keep) {
    for (intptr_t i = 0; i < n; i++) {
        char code = (char)str_char_at(codes, i);
        if (code == 'A') {
            char *a;
            if (!ct_address(t, vals[i], &a)) return false;
            values[i] = a;
            continue;
        }
        if (!ct_store_value(t, code, slots[i].bytes, vals[i], &keep[i])) return false;
        values[i] = slots[i].bytes;
    }
    return true;
}

/* What call() and the fast __call__ share: the arguments (s->cif.nargs codes and values),
 * the result's code (0: stored at `result`, or void), CALL_* flags and the errno to set. */
typedef struct CallRequest {
    CtSignature *s;
    char *fn;
    Object *codes;
    const Ref *vals;
    char rcode;
    char *result;
    uint64_t flags;
    int errno_in;
} CallRequest;

static Ref call_prepared(Thread *t, const CallRequest *rq) {
    CtSignature *s = rq->s;
    unsigned n = s->cif.nargs;
    ArgSlot small_slots[8];
    void *small_values[8];
    Ref small_keep[8];
    ArgSlot *slots = small_slots;
    void **values = small_values;
    Ref *keep = small_keep;
    if (n > 8) {
        slots = mem_calloc(t, n, sizeof(ArgSlot));
        values = slots ? mem_calloc(t, n, sizeof(void *)) : NULL;
        keep = values ? mem_calloc(t, n, sizeof(Ref)) : NULL;
    }
    Ref r = REF_NULL;
    if (keep) {
        for (unsigned i = 0; i < n; i++) keep[i] = REF_NULL;
        /* Results narrower than a register come back widened to ffi_arg (ctypes_simple.c). */
        ffi_type *rtype = s->cif.rtype;
        bool widened = rtype->type != FFI_TYPE_STRUCT && rtype->type != FFI_TYPE_VOID && rtype->size < sizeof(ffi_arg);
        ArgSlot word = {0}, narrow = {0};
        void *rvalue = widened || rq->rcode ? (void *)&word : (void *)rq->result;
        if (prepare_args(t, rq->codes, rq->vals, n, slots, values, keep)) {
            ForeignCall c = {&s->cif, (void (*)(void))(uintptr_t)rq->fn, rvalue, values, rq->errno_in,
                             (rq->flags & CALL_USE_ERRNO) != 0};
            if (rq->flags & CALL_KEEP_LOCK) {
                do_call(&c);
            } else {
                thread_release(t);
                do_call(&c);
                thread_reacquire(t);
            }
            if (widened) ct_narrow_result(rtype, &word, rq->rcode ? (void *)&narrow : (void *)rq->result);
            if (err_occurred(t)) {
                /* a PyDLL function raised */
            } else if (rq->rcode) {
                r = ct_load_value(t, rq->rcode, widened ? narrow.bytes : word.bytes);
            } else {
                r = ref_dup(REF_NONE);
            }
            if (!ref_is_null(r) && c.use_errno) {
                Object *pair = tuple_pack(t, 2, r, ref_from_int(c.errno_value));
                ref_close(r);
                r = pair ? ref_from_obj(pair) : REF_NULL;
            }
        }
        for (unsigned i = 0; i < n; i++) ref_close(keep[i]);
    }
    if (n > 8) {
        mem_free(slots);
        mem_free(values);
        mem_free(keep);
    }
    return r;
}

static bool result_code_arg(Thread *t, Ref v, char *out) {
    if (!str_check(v) || str_len(ref_obj(v)) > 1) {
        err_set(t, &exc_TypeError, "call() expects a result code");
        return false;
    }
    *out = str_len(ref_obj(v)) ? (char)str_char_at(ref_obj(v), 0) : 0;
    return true;
}

/* call(signature, function, codes, values, result_code, result_address, flags, errno):
 * calls the C function with one argument per character of `codes` (see prepare_args).
 * The result is returned as a Python value when result_code names a fundamental code, else
 * stored at result_address ('' and 0 for void). With CALL_USE_ERRNO the return value is
 * (result, the thread's new ctypes errno). */
FN(ct_call) {
    CallRequest rq;
    if (!args_count(t, "call", nargs, kw, 8, 8)) return REF_NULL;
    if (ref_type(args[0]) != &ct_signature_type) return err_set(t, &exc_TypeError, "Signature expected");
    rq.s = (CtSignature *)ref_obj(args[0]);
    if (!ct_address(t, args[1], &rq.fn) || !ct_address(t, args[5], &rq.result) || !ct_uint64(t, args[6], &rq.flags) ||
        !result_code_arg(t, args[4], &rq.rcode))
        return REF_NULL;
    int64_t errno_in = int_as_i64(t, args[7]);
    if (errno_in == -1 && err_occurred(t)) return REF_NULL;
    rq.errno_in = (int)errno_in;
    if (!rq.fn) return err_set(t, &exc_ValueError, "NULL pointer access");
    intptr_t n = rq.s->cif.nargs;
    if (!str_check(args[2]) || !tuple_check(args[3]) || str_len(ref_obj(args[2])) != n ||
        tuple_size(ref_obj(args[3])) != n)
        return err_set(t, &exc_TypeError, "call() expects one code and one value per argument");
    rq.codes = ref_obj(args[2]);
    rq.vals = tuple_items(ref_obj(args[3]));
    return call_prepared(t, &rq);
}

/* ---- the fast __call__ of function pointers ---------------------------------------------
 * ctypes/_cdata.py caches on a function pointer, in `_fast`, what a call whose arguments
 * all pass directly needs: (nargs, per argument the tuple of accepted Python types,
 * signature, codes, result code, flags, needs_finish). This method runs such calls without
 * entering Python; any other call goes to the Python method `_slow_call`. */

enum { FAST_NARGS, FAST_ACCEPTED, FAST_SIG, FAST_CODES, FAST_RCODE, FAST_FLAGS, FAST_FINISH, FAST_LEN };

static bool accepted(Ref arg, Ref types) {
    if (!tuple_check(types)) return false;
    Object *tp = (Object *)ref_type(arg);
    for (intptr_t i = 0; i < tuple_size(ref_obj(types)); i++)
        if (ref_obj(tuple_items(ref_obj(types))[i]) == tp) return true;
    return false;
}

/* The request of a fast call, or false (no exception) when the call must take the slow path. */
static bool fast_request(Thread *t, Ref self, Ref fast, const Ref *args, size_t nargs, CallRequest *rq, bool *finish) {
    if (!tuple_check_exact(fast) || tuple_size(ref_obj(fast)) != FAST_LEN) return false;
    Ref *f = tuple_items(ref_obj(fast));
    if (!ref_is_int(f[FAST_NARGS]) || ref_int(f[FAST_NARGS]) != (int64_t)nargs || !tuple_check(f[FAST_ACCEPTED]) ||
        tuple_size(ref_obj(f[FAST_ACCEPTED])) != (intptr_t)nargs || ref_type(f[FAST_SIG]) != &ct_signature_type ||
        !str_check(f[FAST_CODES]) || str_len(ref_obj(f[FAST_CODES])) != (intptr_t)nargs ||
        !str_check(f[FAST_RCODE]) || str_len(ref_obj(f[FAST_RCODE])) > 1 || !ref_is_int(f[FAST_FLAGS]))
        return false;
    rq->s = (CtSignature *)ref_obj(f[FAST_SIG]);
    if (rq->s->cif.nargs != nargs) return false;
    for (size_t i = 0; i < nargs; i++)
        if (!accepted(args[i], tuple_items(ref_obj(f[FAST_ACCEPTED]))[i])) return false;
    rq->codes = ref_obj(f[FAST_CODES]);
    rq->vals = args;
    rq->rcode = str_len(ref_obj(f[FAST_RCODE])) ? (char)str_char_at(ref_obj(f[FAST_RCODE]), 0) : 0;
    rq->result = NULL;
    rq->flags = (uint64_t)ref_int(f[FAST_FLAGS]);
    rq->errno_in = 0;
    *finish = ref_is_object(f[FAST_FINISH], &bool_true_obj);
    return !(rq->flags & CALL_USE_ERRNO) && (rq->rcode || rq->s->cif.rtype->type == FFI_TYPE_VOID);
}

static Ref funcptr_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref fast = kw ? REF_NULL : obj_getattr(t, self, ID(_fast));
    if (ref_is_null(fast) && err_occurred(t)) return REF_NULL;
    CallRequest rq;
    bool finish = false;
    bool ok = !ref_is_null(fast) && fast_request(t, self, fast, args, nargs, &rq, &finish);
    Ref r = REF_NULL;
    if (ok) {
        char *cell = NULL;
        ok = ct_instance_address(t, self, &cell);
        if (ok) {
            memcpy(&rq.fn, cell, sizeof rq.fn);
            r = rq.fn ? call_prepared(t, &rq) : err_set(t, &exc_ValueError, "NULL pointer access");
        }
        if (!ref_is_null(r) && finish) {
            Object *argtuple = tuple_from_array(t, args, (intptr_t)nargs);
            Ref pair[2] = {argtuple ? ref_from_obj(argtuple) : REF_NULL, r};
            Ref finished = argtuple ? obj_call_method(t, self, ID(_finish), pair, 2) : REF_NULL;
            obj_xdecref(argtuple);
            ref_close(r);
            r = finished;
        }
    } else if (!err_occurred(t)) {
        r = obj_call_method_kw(t, self, ID(_slow_call), args, nargs, kw);
    }
    ref_close(fast);
    return r;
}

static const MethodDef funcptr_call_def = {"__call__", funcptr_call, 0, "Call self as a function."};

/* install_call(cls): cls.__call__ = the fast call above (cls: ctypes' CFuncPtr). */
FN(ct_install_call) {
    if (!args_count(t, "install_call", nargs, kw, 1, 1)) return REF_NULL;
    if (!type_check(args[0])) return err_set(t, &exc_TypeError, "install_call() expects a class");
    Object *descr = descr_new_method(t, (Type *)ref_obj(args[0]), &funcptr_call_def);
    if (!descr) return REF_NULL;
    int rc = obj_setattr(t, args[0], ID(__call__), ref_from_obj(descr));
    obj_decref(descr);
    return rc < 0 ? REF_NULL : ref_dup(REF_NONE);
}

const MethodDef ct_call_functions[] = {
    {"signature", ct_signature, 0, NULL},
    {"call", ct_call, 0, NULL},
    {"install_call", ct_install_call, 0, NULL},
    {NULL, NULL, 0, NULL},
};
