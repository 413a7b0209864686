/* The legacy shim's core: boxing ints across the boundary, reference counting, memory,
 * the generic object protocol and calls. */
#include <pthread.h>

#include "legacy.h"

_Static_assert(sizeof(PyTypeObject) == sizeof(Type), "Python.h's PyTypeObject has Type's size");
_Static_assert(offsetof(PyTypeObject, tp_vectorcall) == offsetof(Type, tp_vectorcall),
               "Python.h's PyTypeObject prefix matches Type's");
_Static_assert(sizeof(PyObject) == sizeof(Object), "PyObject is Object");
_Static_assert(_Py_IMMORTAL_REFCNT == REFCNT_IMMORTAL, "same immortality threshold");

/* ---- boxes for tagged ints -----------------------------------------------------------------
 * A box holds its one limb in the Int's inline room and views it read-only (GMP's roinit
 * convention, _mp_alloc == 0: mpz_clear frees nothing; a box is never a GMP output).
 * Process-wide immortal boxes for -5..1024 are built once; other values get a box from
 * int_box_i64 (recycled through the thread's free list of such Ints). */
#define BOX_MIN LEGACY_BOX_MIN
#define BOX_MAX LEGACY_BOX_MAX
#define BOX_COUNT (BOX_MAX - BOX_MIN + 1)
Int legacy_small_box_storage[BOX_COUNT];

/* Each box gets its type last, with release order: a box whose type is set is complete. */
static void init_boxes(void) {
    for (int i = 0; i < BOX_COUNT; i++) {
        Int *b = &legacy_small_box_storage[i];
        b->ob.ob_refcnt = REFCNT_IMMORTAL;
        int_set_inline(b, i + BOX_MIN);
        __atomic_store_n(&b->ob.ob_type, &int_type, __ATOMIC_RELEASE);
    }
}
void legacy_small_boxes_init(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_boxes);
}

Ref legacy_unbox(PyObject *o) {
    if (!o) return REF_NULL;
    int64_t v;
    if (legacy_small_int(o, &v) && ref_int_fits(v)) {
        obj_decref((Object *)o);
        return ref_from_int(v);
    }
    return ref_from_obj((Object *)o);
}

PyObject *legacy_box_slot(Thread *t, Ref *slot) {
    if (ref_is_null(*slot)) return NULL;
    if (ref_is_int(*slot)) {
        PyObject *b = legacy_box(t, *slot);
        if (!b) return NULL;
        *slot = ref_from_obj((Object *)b);
        return b;
    }
    return (PyObject *)ref_obj(*slot);
}

Ref legacy_result_error(Thread *t, PyObject *res, Ref callable) {
    if (!res) {
        if (!err_occurred(t))
            err_format(t, &exc_SystemError, "%R returned NULL without setting an exception", callable);
        return REF_NULL;
    }
    if (err_occurred(t)) {
        Ref cause = err_fetch(t);
        Py_DECREF(res);
        err_format(t, &exc_SystemError, "%R returned a result with an exception set", callable);
        if (!ref_is_null(t->exc)) exc_set_cause(ref_obj(t->exc), ref_obj(cause));
        else ref_close(cause);
        return REF_NULL;
    }
    return legacy_unbox(res);
}

/* ---- reference counting and memory --------------------------------------------------- */
void _Py_Dealloc(PyObject *op) { obj_dealloc((Object *)op); }
/* The object's memory may already be reused: report only what the header still says. */
void _Py_NegativeRefcount(const char *file, int line, PyObject *op) {
    fprintf(stderr, "%s:%d: Py_DECREF: object has negative ref count\n"
            "object address  : %p\nobject refcount : %zd\nobject type name: %s\n"
            "Fatal Python error: _Py_NegativeRefcount: reference released once too often\n",
            file, line, (void *)op, op->ob_refcnt, Py_TYPE(op)->tp_name);
    abort();
}
void Py_IncRef(PyObject *op) { Py_XINCREF(op); }
void Py_DecRef(PyObject *op) { Py_XDECREF(op); }

void *PyMem_RawMalloc(size_t n) { return malloc(n ? n : 1); }
void *PyMem_RawCalloc(size_t n, size_t s) { return calloc(n ? n : 1, s ? s : 1); }
void *PyMem_RawRealloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void PyMem_RawFree(void *p) { free(p); }

/* PyMem_* and PyObject_Malloc come from the calling thread's heap; no exception is set
 * on failure (as CPython). */
static void *heap_alloc(size_t n, bool zero) {
    Thread *t = legacy_thread();
    void *p = zero ? mem_calloc(t, 1, n ? n : 1) : mem_alloc(t, n ? n : 1);
    if (!p) err_clear(t);
    return p;
}
void *PyMem_Malloc(size_t n) { return heap_alloc(n, false); }
void *PyMem_Calloc(size_t n, size_t s) {
    if (s && n > SIZE_MAX / s) return NULL;
    return heap_alloc(n * s, true);
}
void *PyMem_Realloc(void *p, size_t n) {
    Thread *t = legacy_thread();
    void *q = mem_realloc(t, p, n ? n : 1);
    if (!q) err_clear(t);
    return q;
}
void PyMem_Free(void *p) { mem_free(p); }
void *PyObject_Malloc(size_t n) { return PyMem_Malloc(n); }
void *PyObject_Calloc(size_t n, size_t s) { return PyMem_Calloc(n, s); }
void *PyObject_Realloc(void *p, size_t n) { return PyMem_Realloc(p, n); }
void PyObject_Free(void *p) { mem_free(p); }

/* ---- allocation of objects ---------------------------------------------------------------- */
PyObject *PyType_GenericAlloc(PyTypeObject *type, Py_ssize_t nitems) {
    Thread *t = legacy_thread();
    Type *tp = (Type *)type;
    Object *o = tp->tp_itemsize ? obj_alloc_var(t, tp, nitems + 1) : obj_alloc(t, tp, (size_t)tp->tp_basicsize);
    if (!o) return NULL;
    if (tp->tp_itemsize) ((VarObject *)o)->ob_size = nitems;
    if (type_has_flag(tp, TPFLAG_HAVE_GC)) gc_track(o);
    return (PyObject *)o;
}

PyObject *_PyObject_New(PyTypeObject *type) {
    Thread *t = legacy_thread();
    return (PyObject *)obj_alloc(t, (Type *)type, (size_t)((Type *)type)->tp_basicsize);
}
PyVarObject *_PyObject_NewVar(PyTypeObject *type, Py_ssize_t n) {
    Thread *t = legacy_thread();
    VarObject *o = (VarObject *)obj_alloc_var(t, (Type *)type, n);
    if (o) o->ob_size = n;
    return (PyVarObject *)o;
}
PyObject *_PyObject_GC_New(PyTypeObject *type) { return _PyObject_New(type); }
PyVarObject *_PyObject_GC_NewVar(PyTypeObject *type, Py_ssize_t n) { return _PyObject_NewVar(type, n); }
/* NULL (a failed allocation passed on): MemoryError, as in CPython. */
PyObject *PyObject_Init(PyObject *o, PyTypeObject *type) {
    if (!o) return PyErr_NoMemory();
    o->ob_type = type;
    o->ob_refcnt = 1;
    if (type_has_flag((Type *)type, TPFLAG_HEAPTYPE)) Py_INCREF(type);
    return o;
}
PyVarObject *PyObject_InitVar(PyVarObject *o, PyTypeObject *type, Py_ssize_t n) {
    if (!PyObject_Init((PyObject *)o, type)) return NULL;
    o->ob_size = n;
    return o;
}
void PyObject_GC_Track(void *o) { gc_track((Object *)o); }
void PyObject_GC_UnTrack(void *o) { gc_untrack((Object *)o); }
void PyObject_GC_Del(void *o) { obj_free(o); }
int PyObject_IS_GC(PyObject *o) { return type_has_flag((Type *)Py_TYPE(o), TPFLAG_HAVE_GC); }
int PyObject_GC_IsTracked(PyObject *o) {
    if (!PyObject_IS_GC(o)) return 0;
    GCHeader *h = (GCHeader *)o - 1;
    return h->gc_next != 0;
}

/* ---- the object protocol ------------------------------------------------------------------ */
#define T_ legacy_thread()
/* A Spry result (owned Ref) as a new PyObject*. */
static inline PyObject *out(Thread *t, Ref r) { return legacy_box(t, r); }
static PyObject *null_arg(void) {
    Thread *t = legacy_thread();
    if (!err_occurred(t)) err_set(t, &exc_SystemError, "null argument to internal routine");
    return NULL;
}
#define R(o) legacy_ref(o)

/* NULL reads "<NULL>", as in CPython. */
PyObject *PyObject_Repr(PyObject *o) {
    Thread *t = T_;
    return o ? out(t, obj_repr(t, R(o))) : PyUnicode_FromString("<NULL>");
}
PyObject *PyObject_Str(PyObject *o) {
    Thread *t = T_;
    return o ? out(t, obj_str(t, R(o))) : PyUnicode_FromString("<NULL>");
}
PyObject *PyObject_ASCII(PyObject *o) {
    Thread *t = T_;
    return o ? out(t, obj_ascii(t, R(o))) : PyUnicode_FromString("<NULL>");
}
/* __bytes__, else what PyBytes_FromObject takes (never a str or an int count). */
PyObject *PyObject_Bytes(PyObject *o) {
    if (!o) return PyBytes_FromString("<NULL>");
    if (PyBytes_CheckExact(o)) return Py_NewRef(o);
    Thread *t = T_;
    Ref m = obj_lookup_special(t, R(o), ID(__bytes__));
    if (ref_is_null(m)) return err_occurred(t) ? NULL : PyBytes_FromObject(o);
    Ref r = obj_call0(t, m);
    ref_close(m);
    if (!ref_is_null(r) && !bytes_check(r)) {
        err_format(t, &exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        ref_close(r);
        return NULL;
    }
    return out(t, r);
}
PyObject *PyObject_Format(PyObject *o, PyObject *spec) {
    Thread *t = T_;
    return out(t, obj_format(t, R(o), spec ? R(spec) : REF_NULL));
}
PyObject *PyObject_RichCompare(PyObject *a, PyObject *b, int op) {
    Thread *t = T_;
    return out(t, obj_richcompare(t, R(a), R(b), op));
}
int PyObject_RichCompareBool(PyObject *a, PyObject *b, int op) {
    return obj_richcompare_bool(T_, R(a), R(b), op);
}
PyObject *PyObject_GetAttr(PyObject *o, PyObject *name) {
    Thread *t = T_;
    if (!str_check(R(name))) {
        err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", R(name));
        return NULL;
    }
    return out(t, obj_getattr(t, R(o), (Object *)name));
}
PyObject *PyObject_GetAttrString(PyObject *o, const char *name) {
    Thread *t = T_;
    return out(t, obj_getattr_cstr(t, R(o), name));
}
int PyObject_SetAttr(PyObject *o, PyObject *name, PyObject *v) {
    Thread *t = T_;
    if (!str_check(R(name))) {
        err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", R(name));
        return -1;
    }
    if (!v) return obj_delattr(t, R(o), (Object *)name);
    return obj_setattr(t, R(o), (Object *)name, legacy_ref_norm(v));
}
int PyObject_SetAttrString(PyObject *o, const char *name, PyObject *v) {
    Thread *t = T_;
    Object *s = str_intern_cstr(t, name);
    if (!s) return -1;
    int r = v ? obj_setattr(t, R(o), s, legacy_ref_norm(v)) : obj_delattr(t, R(o), s);
    obj_decref(s);
    return r;
}
#undef PyObject_DelAttr
#undef PyObject_DelAttrString
int PyObject_DelAttr(PyObject *o, PyObject *name) { return PyObject_SetAttr(o, name, NULL); }
int PyObject_DelAttrString(PyObject *o, const char *name) { return PyObject_SetAttrString(o, name, NULL); }
/* TypeError unless name is a str. */
static bool bad_attr_name(Thread *t, PyObject *name) {
    if (name && str_check(R(name))) return false;
    err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", R(name));
    return true;
}
int _PyObject_LookupAttr(PyObject *o, PyObject *name, PyObject **result) {
    Thread *t = T_;
    *result = NULL;
    if (bad_attr_name(t, name)) return -1;
    Ref r = obj_lookup_attr(t, R(o), (Object *)name);
    if (ref_is_null(r)) return err_occurred(t) ? -1 : 0;
    *result = legacy_box(t, r);
    return *result ? 1 : -1;
}
int PyObject_HasAttr(PyObject *o, PyObject *name) {
    Thread *t = T_;
    if (!str_check(R(name))) return 0;
    int r = obj_hasattr(t, R(o), (Object *)name);
    if (r < 0) {
        err_clear(t);
        return 0;
    }
    return r;
}
int PyObject_HasAttrString(PyObject *o, const char *name) {
    PyObject *v = PyObject_GetAttrString(o, name);
    if (!v) {
        err_clear(T_);
        return 0;
    }
    Py_DECREF(v);
    return 1;
}
PyObject *PyObject_GenericGetAttr(PyObject *o, PyObject *name) {
    Thread *t = T_;
    if (bad_attr_name(t, name)) return NULL;
    return out(t, object_generic_getattr(t, R(o), (Object *)name));
}
int PyObject_GenericSetAttr(PyObject *o, PyObject *name, PyObject *v) {
    Thread *t = T_;
    if (bad_attr_name(t, name)) return -1;
    return object_generic_setattr(t, R(o), (Object *)name, v ? R(v) : REF_NULL);
}
PyObject *PyObject_SelfIter(PyObject *o) { return Py_NewRef(o); }
Py_hash_t PyObject_Hash(PyObject *o) { return (Py_hash_t)obj_hash(T_, R(o)); }
Py_hash_t PyObject_HashNotImplemented(PyObject *o) {
    Thread *t = T_;
    err_format(t, &exc_TypeError, "unhashable type: '%T'", R(o));
    return -1;
}
int PyObject_IsTrue(PyObject *o) { return obj_truthy(T_, R(o)); }
int PyObject_Not(PyObject *o) {
    int r = obj_truthy(T_, R(o));
    return r < 0 ? r : !r;
}
int PyCallable_Check(PyObject *o) { return o && obj_callable(R(o)); }
PyObject *PyObject_Dir(PyObject *o) {
    Thread *t = T_;
    if (!o) {   /* the sorted names of the running frame's locals */
        PyObject *locals = PyEval_GetLocals();
        PyObject *names = locals ? PyMapping_Keys(locals) : NULL;
        if (names && PyList_Sort(names) < 0) Py_CLEAR(names);
        return names;
    }
    Ref dir = dict_get_cstr(t, t->interp->builtins, "dir");
    if (ref_is_null(dir)) return NULL;
    Ref r = o ? obj_call1(t, dir, R(o)) : obj_call0(t, dir);
    ref_close(dir);
    return out(t, r);
}
PyObject *PyObject_Type(PyObject *o) { return Py_NewRef((PyObject *)Py_TYPE(o)); }
Py_ssize_t PyObject_Size(PyObject *o) { return obj_len(T_, R(o)); }
Py_ssize_t PyObject_Length(PyObject *o) { return obj_len(T_, R(o)); }
Py_ssize_t PyObject_LengthHint(PyObject *o, Py_ssize_t dflt) { return obj_length_hint(T_, R(o), dflt); }
PyObject *PyObject_GetItem(PyObject *o, PyObject *k) {
    if (!o || !k) return null_arg();
    Thread *t = T_;
    return out(t, obj_getitem(t, R(o), R(k)));
}
int PyObject_SetItem(PyObject *o, PyObject *k, PyObject *v) {
    return obj_setitem(T_, R(o), legacy_ref_norm(k), legacy_ref_norm(v));
}
int PyObject_DelItem(PyObject *o, PyObject *k) { return obj_delitem(T_, R(o), R(k)); }
PyObject *PyObject_GetIter(PyObject *o) { Thread *t = T_; return out(t, obj_iter(t, R(o))); }
int PyObject_IsInstance(PyObject *o, PyObject *cls) { return obj_isinstance(T_, R(o), R(cls)); }
int PyObject_IsSubclass(PyObject *d, PyObject *cls) { return obj_issubclass(T_, R(d), R(cls)); }
int PyObject_Print(PyObject *o, FILE *fp, int flags) {
    Thread *t = T_;
    Ref s = (flags & Py_PRINT_RAW) ? obj_str(t, R(o)) : obj_repr(t, R(o));
    if (ref_is_null(s)) return -1;
    const char *u = str_utf8(t, ref_obj(s), NULL);
    if (u) fputs(u, fp);
    ref_close(s);
    return u ? 0 : -1;
}
PyObject *PyIter_Next(PyObject *it) { Thread *t = T_; return out(t, obj_next(t, R(it))); }
int PyIter_Check(PyObject *o) { return Py_TYPE(o) && ((Type *)Py_TYPE(o))->iternext != NULL; }

unsigned long PyType_GetFlags(PyTypeObject *type) {
    unsigned long f = ((Type *)type)->tp_flags;
    return f & TPFLAG_SPRY_SPEC ? (f & ~TPFLAG_SPRY_SPEC) | Py_TPFLAGS_HEAPTYPE : f;
}
int PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b) { return type_is_subtype((Type *)a, (Type *)b); }
void PyType_Modified(PyTypeObject *type) { type_modified((Type *)type); }

/* ---- calls ---------------------------------------------------------------------------------- */
PyObject *PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs) {
    Thread *t = T_;
    if (!args || !tuple_check(R(args))) {
        err_set(t, &exc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    if (kwargs && !dict_check(R(kwargs))) {
        err_set(t, &exc_TypeError, "keyword list must be a dictionary");
        return NULL;
    }
    return out(t, obj_call_tuple_dict(t, R(callable), (Object *)args, (Object *)kwargs));
}
PyObject *PyObject_CallObject(PyObject *callable, PyObject *args) {
    Thread *t = T_;
    if (!args) return out(t, obj_call0(t, R(callable)));
    return PyObject_Call(callable, args, NULL);
}
PyObject *PyObject_CallNoArgs(PyObject *f) { Thread *t = T_; return out(t, obj_call0(t, R(f))); }
PyObject *PyObject_CallOneArg(PyObject *f, PyObject *a) { Thread *t = T_; return out(t, obj_call1(t, R(f), R(a))); }

PyObject *PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf,
                              PyObject *kwnames) {
    Thread *t = T_;
    /* A PyObject* array is a Ref array: untagged (owned-form) pointers, borrowed here. */
    _Static_assert(sizeof(Ref) == sizeof(PyObject *), "Ref is pointer-sized");
    const Ref *refs = (const Ref *)(const void *)args;
    return out(t, obj_call(t, R(callable), refs, (size_t)PyVectorcall_NARGS(nargsf), (Object *)kwnames));
}
PyObject *PyObject_VectorcallDict(PyObject *callable, PyObject *const *args, size_t nargsf,
                                  PyObject *kwdict) {
    Thread *t = T_;
    size_t n = (size_t)PyVectorcall_NARGS(nargsf);
    Object *tup = tuple_from_array(t, (const Ref *)(const void *)args, (intptr_t)n);
    if (!tup) return NULL;
    Ref r = obj_call_tuple_dict(t, R(callable), tup, (Object *)kwdict);
    obj_decref(tup);
    return out(t, r);
}
PyObject *PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf,
                                    PyObject *kwnames) {
    Thread *t = T_;
    size_t n = (size_t)PyVectorcall_NARGS(nargsf);
    const Ref *refs = (const Ref *)(const void *)args;
    return out(t, obj_call_method_kw(t, refs[0], (Object *)name, refs + 1, n - 1, (Object *)kwnames));
}
PyObject *PyObject_CallMethodNoArgs(PyObject *self, PyObject *name) {
    Thread *t = T_;
    return out(t, obj_call_method(t, R(self), (Object *)name, NULL, 0));
}
PyObject *PyObject_CallMethodOneArg(PyObject *self, PyObject *name, PyObject *arg) {
    Thread *t = T_;
    Ref a = R(arg);
    return out(t, obj_call_method(t, R(self), (Object *)name, &a, 1));
}

static PyObject *call_varargs(PyObject *callable, va_list va) {
    Thread *t = T_;
    Ref items[16];
    size_t n = 0;
    PyObject *a;
    while ((a = va_arg(va, PyObject *)) != NULL) {
        if (n == 16) {
            err_set(t, &exc_SystemError, "too many arguments (Spry supports 16)");
            return NULL;
        }
        items[n++] = R(a);
    }
    return out(t, obj_call(t, R(callable), items, n, NULL));
}
PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...) {
    va_list va;
    va_start(va, callable);
    PyObject *r = call_varargs(callable, va);
    va_end(va);
    return r;
}
PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...) {
    PyObject *m = PyObject_GetAttr(obj, name);
    if (!m) return NULL;
    va_list va;
    va_start(va, name);
    PyObject *r = call_varargs(m, va);
    va_end(va);
    Py_DECREF(m);
    return r;
}

/* Calls with a Py_BuildValue format: a tuple result is the argument list. */
static PyObject *call_format(PyObject *callable, const char *format, va_list *va, int sizet) {
    if (!format || !*format) return PyObject_CallNoArgs(callable);
    PyObject *args = legacy_build_value_v(format, va, sizet);
    if (!args) return NULL;
    PyObject *r;
    if (PyTuple_Check(args)) r = PyObject_Call(callable, args, NULL);
    else r = PyObject_CallOneArg(callable, args);
    Py_DECREF(args);
    return r;
}
#undef PyObject_CallFunction
#undef PyObject_CallMethod
PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_format(callable, format, &va, 0);
    va_end(va);
    return r;
}
PyObject *_PyObject_CallFunction_SizeT(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_format(callable, format, &va, 1);
    va_end(va);
    return r;
}
static PyObject *call_method_format(PyObject *obj, const char *name, const char *format,
                                    va_list *va, int sizet) {
    if (!obj || !name) {
        PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return NULL;
    }
    PyObject *m = PyObject_GetAttrString(obj, name);
    if (!m) return NULL;
    PyObject *r = call_format(m, format, va, sizet);
    Py_DECREF(m);
    return r;
}
PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_format(obj, name, format, &va, 0);
    va_end(va);
    return r;
}
PyObject *_PyObject_CallMethod_SizeT(PyObject *obj, const char *name, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_format(obj, name, format, &va, 1);
    va_end(va);
    return r;
}

/* ---- recursion, misc -------------------------------------------------------------------- */
int Py_EnterRecursiveCall(const char *where) { return rec_enter(T_, where) ? 0 : -1; }
void Py_LeaveRecursiveCall(void) { rec_leave(T_); }
int Py_IsInitialized(void) { return legacy_thread() != NULL; }
int PyOS_vsnprintf(char *buf, size_t n, const char *fmt, va_list va) {
    return vsnprintf(buf, n, fmt, va);
}
int PyOS_snprintf(char *buf, size_t n, const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    int r = vsnprintf(buf, n, fmt, va);
    va_end(va);
    return r;
}

/* ---- GC resizing, instance dicts, slot wrappers ----------------------------------------------- */
/* CPython requires op untracked or tracked alike; the memory moves, as with realloc. */
PyVarObject *_PyObject_GC_Resize(PyVarObject *op, Py_ssize_t nitems) {
    Thread *t = legacy_thread();
    Type *tp = (Type *)Py_TYPE(op);
    if (nitems < 0 || !tp->tp_itemsize) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Object *moved = obj_alloc_var(t, tp, nitems + 1);
    if (!moved) return NULL;
    bool tracked = PyObject_GC_IsTracked((PyObject *)op);
    if (tracked) gc_untrack((Object *)op);
    Py_ssize_t keep = op->ob_size < nitems ? op->ob_size : nitems;
    memcpy(moved, op, (size_t)(tp->tp_basicsize + keep * tp->tp_itemsize));
    obj_free(op);   /* drops the type reference the new allocation took */
    ((VarObject *)moved)->ob_size = nitems;
    if (tracked) gc_track(moved);
    return (PyVarObject *)moved;
}
/* Spry's collector keeps no "finalized" mark: an object it has finalized is freed, so a
 * live object reads as not finalized. */
int PyObject_GC_IsFinalized(PyObject *op) {
    (void)op;
    return 0;
}

/* The instance dict at the type's dict offset (materialized from inline values first). */
PyObject *PyObject_GenericGetDict(PyObject *obj, void *context) {
    (void)context;
    Thread *t = legacy_thread();
    if (!object_dict_ptr(R(obj))) {
        PyErr_SetString(PyExc_AttributeError, "This object has no __dict__");
        return NULL;
    }
    Object *d = object_get_dict(t, R(obj));
    return d ? Py_NewRef((PyObject *)d) : NULL;
}
int PyObject_GenericSetDict(PyObject *obj, PyObject *value, void *context) {
    (void)context;
    Thread *t = legacy_thread();
    Object **dp = object_dict_ptr(R(obj));
    if (!dp) {
        PyErr_SetString(PyExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (!value) {
        PyErr_SetString(PyExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!PyDict_Check(value)) {
        PyErr_Format(PyExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'", Py_TYPE(value)->tp_name);
        return -1;
    }
    if (!object_get_dict(t, R(obj))) return -1;   /* inline values moved out first */
    OBJ_SETREF(*dp, (Object *)Py_NewRef(value));
    return 0;
}

/* A slot wrapper bound to self (what `descr.__get__(self)` gives: a method-wrapper). */
PyObject *PyWrapper_New(PyObject *descr, PyObject *self) {
    Thread *t = legacy_thread();
    if (Py_TYPE(descr) != (PyTypeObject *)&wrapper_descr_type) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Descr *d = (Descr *)descr;
    if (!ref_type_is(R(self), d->type)) {
        PyErr_Format(PyExc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                     (PyObject *)d->name, d->type->tp_name, Py_TYPE(self)->tp_name);
        return NULL;
    }
    return out(t, wrapper_descr_type.descr_get(t, R(descr), R(self), ref_from_obj((Object *)Py_TYPE(self))));
}
