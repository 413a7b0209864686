/* The object header, the type object, and reference counting.
 *
 * Every heap object starts with `Object` (ob_refcnt, ob_type), laid out like CPython's
 * PyObject, so an object's address is a valid PyObject* for legacy extensions. Objects of
 * types with TPFLAG_HAVE_GC carry a GCHeader immediately *before* that address.
 *
 * `Type` starts with exactly the field sequence of CPython 3.11's PyTypeObject (so
 * extensions that read tp_name, tp_free, tp_flags, ... work unchanged, and a static
 * PyTypeObject compiled against Spry's Python.h has room for Spry's part, which that
 * header declares as an opaque tail). Fields in that prefix that only the legacy shim
 * uses are `void *` here; Spry itself dispatches through the slots of the second part,
 * which use the Ref calling convention:
 *
 *   - every function that can fail or allocate takes `Thread *t` first;
 *   - arguments are borrowed, results are new references;
 *   - failure is REF_NULL (or -1 for int/intptr_t results) with an exception set on t.
 */
#ifndef SPRY_CORE_OBJECT_H
#define SPRY_CORE_OBJECT_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include <stddef.h>
#include <stdint.h>

#include "core/ref.h"

/* The reference-count operations are on every path of the interpreter loop, a function
 * large enough that the compiler would otherwise stop inlining them. */
#define SPRY_ALWAYS_INLINE __attribute__((always_inline))

typedef struct Thread Thread;
typedef struct Interp Interp;
typedef struct Type Type;

struct Object {
    intptr_t ob_refcnt;
    Type *ob_type;
};

typedef struct VarObject {
    Object ob_base;
    intptr_t ob_size;
} VarObject;

/* In front of every object whose type has TPFLAG_HAVE_GC; owned by core/gc.c. */
typedef struct GCHeader {
    uintptr_t gc_next;
    uintptr_t gc_prev;
} GCHeader;

/* ---- slot signatures (Ref calling convention) ---------------------------------------- */
typedef Ref (*UnaryFn)(Thread *t, Ref a);
typedef Ref (*BinaryFn)(Thread *t, Ref a, Ref b);
typedef Ref (*TernaryFn)(Thread *t, Ref a, Ref b, Ref c);
typedef int (*InquiryFn)(Thread *t, Ref a);                  /* 1 true, 0 false, -1 error */
typedef intptr_t (*LenFn)(Thread *t, Ref a);                 /* -1 error */
typedef int64_t (*HashFn)(Thread *t, Ref a);                 /* -1 error (never a hash) */
typedef Ref (*RichCmpFn)(Thread *t, Ref a, Ref b, int op);   /* op: CMP_LT ... CMP_GE */
typedef Ref (*GetAttrFn)(Thread *t, Ref obj, Object *name);  /* name is an exact str */
typedef int (*SetAttrFn)(Thread *t, Ref obj, Object *name, Ref value); /* NULL value: del */
typedef int (*SetItemFn)(Thread *t, Ref obj, Ref key, Ref value);      /* NULL value: del */
typedef int (*ContainsFn)(Thread *t, Ref container, Ref item);
typedef Ref (*DescrGetFn)(Thread *t, Ref descr, Ref obj /* NULL: via class */, Ref type);
typedef int (*DescrSetFn)(Thread *t, Ref descr, Ref obj, Ref value /* NULL: delete */);
/* Calls use the vectorcall convention: args[0..nargs) positional, then one value per
 * name in kwnames (a tuple of str, or NULL). */
typedef Ref (*CallFn)(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames);
typedef Ref (*NewFn)(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames);
typedef int (*InitFn)(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
/* Iteration: REF_NULL *without* an exception means exhausted (no StopIteration object). */
typedef Ref (*IterNextFn)(Thread *t, Ref it);
/* The buffer protocol (objects/bytes.h): fill *view (an export of obj's memory, writable
 * when asked) and return 0, or -1 with BufferError set; release ends that export. */
typedef struct BufferView BufferView;
typedef int (*GetBufferFn)(Thread *t, Ref obj, BufferView *view, bool writable);
typedef void (*ReleaseBufferFn)(Object *obj, BufferView *view);

/* Legacy-compatible signatures, used by both sides (no Thread needed). */
typedef void (*DeallocFn)(Object *o);
typedef int (*VisitFn)(Object *o, void *arg);
typedef int (*TraverseFn)(Object *o, VisitFn visit, void *arg);
typedef int (*ClearFn)(Object *o);
typedef void (*FreeFn)(void *p);

/* Rich comparison ops: CPython's values (Py_LT ... Py_GE), also COMPARE_OP's. */
enum { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

/* Binary number ops, indexing Type.nb and Type.nb_inplace. The values are CPython 3.11's
 * BINARY_OP opargs (NB_INPLACE_X = NB_X + NB_INPLACE_OFFSET). */
enum {
    NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
    NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9,
    NB_SUBTRACT = 10, NB_TRUE_DIVIDE = 11, NB_XOR = 12,
    NB_BINARY_COUNT = 13,
    NB_INPLACE_OFFSET = 13,
};

/* Native methods, attributes and members of built-in types (Spry's own convention; the
 * legacy shim adapts PyMethodDef & co. onto these). */
typedef Ref (*CFunction)(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
typedef struct MethodDef {
    const char *name;
    CFunction fn;
    int flags;          /* METH_CLASS, METH_STATIC, METH_COEXIST; 0 for plain methods */
    const char *doc;
} MethodDef;
#define METH_CLASS 0x0010
#define METH_STATIC 0x0020
#define METH_COEXIST 0x0040

typedef Ref (*GetterFn)(Thread *t, Ref self, void *closure);
typedef int (*SetterFn)(Thread *t, Ref self, Ref value /* NULL: delete */, void *closure);
typedef struct GetSetDef {
    const char *name;
    GetterFn get;
    SetterFn set;       /* NULL: read-only */
    const char *doc;
    void *closure;
} GetSetDef;

/* Members: a field at a fixed offset. Kinds are structmember.h's T_* values. */
typedef struct MemberDef {
    const char *name;
    int kind;
    intptr_t offset;
    int flags;          /* MEMBER_READONLY */
    const char *doc;
} MemberDef;
#define MEMBER_T_INT 1
#define MEMBER_T_DOUBLE 4
#define MEMBER_T_OBJECT 6  /* Object* field; None when NULL */
#define MEMBER_T_BOOL 14
#define MEMBER_T_SSIZE 19
#define MEMBER_T_OBJECT_EX 16 /* Object* field; AttributeError when NULL */
#define MEMBER_T_REF 100   /* Spry: a Ref field */
#define MEMBER_READONLY 1

/* Type flags: CPython's bit values. */
#define TPFLAG_MANAGED_DICT (1UL << 4)
#define TPFLAG_SEQUENCE (1UL << 5)
#define TPFLAG_MAPPING (1UL << 6)
#define TPFLAG_DISALLOW_INSTANTIATION (1UL << 7)
#define TPFLAG_IMMUTABLETYPE (1UL << 8)
#define TPFLAG_HEAPTYPE (1UL << 9)
#define TPFLAG_BASETYPE (1UL << 10)
#define TPFLAG_HAVE_VECTORCALL (1UL << 11)
#define TPFLAG_READY (1UL << 12)
#define TPFLAG_READYING (1UL << 13)
#define TPFLAG_HAVE_GC (1UL << 14)
#define TPFLAG_METHOD_DESCRIPTOR (1UL << 17)
#define TPFLAG_VALID_VERSION_TAG (1UL << 19)
#define TPFLAG_IS_ABSTRACT (1UL << 20)
#define TPFLAG_LONG_SUBCLASS (1UL << 24)
#define TPFLAG_LIST_SUBCLASS (1UL << 25)
#define TPFLAG_TUPLE_SUBCLASS (1UL << 26)
#define TPFLAG_BYTES_SUBCLASS (1UL << 27)
#define TPFLAG_UNICODE_SUBCLASS (1UL << 28)
#define TPFLAG_DICT_SUBCLASS (1UL << 29)
#define TPFLAG_BASE_EXC_SUBCLASS (1UL << 30)
#define TPFLAG_TYPE_SUBCLASS (1UL << 31)
/* Spry's own, in bits CPython 3.11 leaves unused. */
#define TPFLAG_SPRY_LEGACY (1UL << 0)     /* defined through the legacy C API */
/* A legacy type made by PyType_FromSpec: a heap type to CPython (its attributes may be set
 * unless immutable; the C API reports Py_TPFLAGS_HEAPTYPE), static to Spry (immortal). */
#define TPFLAG_SPRY_SPEC (1UL << 2)

struct Type {
    /* ---- CPython 3.11 PyTypeObject prefix: same fields, same order ---- */
    VarObject ob_base;
    const char *tp_name;          /* "module.Name" for static types; see type_name() */
    intptr_t tp_basicsize, tp_itemsize;
    DeallocFn tp_dealloc;         /* frees the object: decref children, then tp_free */
    intptr_t tp_vectorcall_offset;
    void *tp_getattr, *tp_setattr, *tp_as_async, *tp_repr, *tp_as_number,
        *tp_as_sequence, *tp_as_mapping, *tp_hash, *tp_call, *tp_str, *tp_getattro,
        *tp_setattro, *tp_as_buffer;
    unsigned long tp_flags;
    const char *tp_doc;
    TraverseFn tp_traverse;       /* visits every Object* the instance owns (GC types) */
    ClearFn tp_clear;
    void *tp_richcompare;
    intptr_t tp_weaklistoffset;
    void *tp_iter, *tp_iternext, *tp_methods, *tp_members, *tp_getset;
    Type *tp_base;
    Object *tp_dict;              /* the type's namespace: a dict */
    void *tp_descr_get, *tp_descr_set;
    intptr_t tp_dictoffset;
    void *tp_init, *tp_alloc, *tp_new;
    FreeFn tp_free;               /* releases the memory of an object of this type */
    void *tp_is_gc;
    Object *tp_bases;             /* tuple of types */
    Object *tp_mro;               /* tuple of types */
    void *tp_cache, *tp_subclasses, *tp_weaklist, *tp_del;
    unsigned int tp_version_tag;  /* 0: none assigned; changes when the type changes */
    DeallocFn tp_finalize;        /* __del__ (PEP 442) */
    void *tp_vectorcall;

    /* ---- Spry's part: slots in the Ref calling convention; NULL = not supported ---- */
    UnaryFn repr, str;
    HashFn hash;
    RichCmpFn richcompare;
    CallFn call;
    GetAttrFn getattro;
    SetAttrFn setattro;
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    NewFn new_;
    InitFn init;
    UnaryFn iter;
    IterNextFn iternext;
    LenFn len;
    BinaryFn getitem;             /* both sequence and mapping subscript */
    SetItemFn setitem;
    ContainsFn contains;
    InquiryFn bool_;
    UnaryFn neg, pos, abs, invert, index, int_, float_;
    BinaryFn nb[NB_BINARY_COUNT];         /* called as nb[op](a, b) for a op b and its
                                             reflection alike, as CPython's nb_* slots */
    BinaryFn nb_inplace[NB_BINARY_COUNT];
    TernaryFn power3;                     /* pow(a, b, m) */
    UnaryFn await_, aiter, anext;
    GetBufferFn getbuffer;
    ReleaseBufferFn releasebuffer;

    /* Definitions the type's dict is filled from when it is readied. */
    const MethodDef *methods;
    const GetSetDef *getsets;
    const MemberDef *members;

    /* Owned by the type machinery (objects/type.c): instance layout, shapes, legacy
     * adapters. Opaque to everyone else. */
    struct TypeExtra *extra;
};

/* ---- reference counting ---------------------------------------------------------------- */

void obj_dealloc(Object *o);  /* calls tp_dealloc; defined in core/object.c */

static inline SPRY_ALWAYS_INLINE bool obj_is_immortal(const Object *o) { return o->ob_refcnt >= REFCNT_IMMORTAL; }

/* The upper 32 bits of a refcount, read on their own: comparing them with a 32-bit
 * immediate is one instruction, where the 64-bit bounds need a constant in a register.
 * Immortal is high >= 2**28 (2**60), deferred-or-immortal is high >= 2**8 (2**40). */
typedef int32_t __attribute__((may_alias)) RefcntHalf;
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "refcount halves assume little-endian");
_Static_assert(REFCNT_IMMORTAL == (intptr_t)1 << 60 && REFCNT_DEFERRED == (intptr_t)1 << 40,
               "refcnt_high bounds below follow these");
static inline SPRY_ALWAYS_INLINE int32_t refcnt_high(const Object *o) {
    return ((const RefcntHalf *)&o->ob_refcnt)[1];
}

static inline SPRY_ALWAYS_INLINE void obj_incref(Object *o) {
    if (refcnt_high(o) < (1 << 28)) o->ob_refcnt++;
}

/* The last counted reference to a deferred object went (core/gc.c). */
void obj_deferred_released(Object *o);

/* Deferred and immortal objects share the first test (any count of 2**32 or more), so
 * that it costs ordinary objects nothing more than the immortality test did. Immortal
 * objects (interned strings, None, small tuples) are the common ones past it: they leave
 * at the next test, on the upper half alone. */
static inline SPRY_ALWAYS_INLINE void obj_decref(Object *o) {
    if (__builtin_expect(refcnt_high(o) != 0, 0)) {
        if (refcnt_high(o) >= (1 << 28)) return;
        intptr_t n = o->ob_refcnt;
        if (n < REFCNT_DEFERRED) {
            o->ob_refcnt = n - 1;   /* an ordinary object with a huge count */
        } else if ((o->ob_refcnt = n - 1) == REFCNT_DEFERRED) {
            obj_deferred_released(o);
        }
        return;
    }
    if (--o->ob_refcnt == 0) obj_dealloc(o);
}

/* Immortal, or counted with deferral: a Ref to it on the value stack needs no counting. */
static inline SPRY_ALWAYS_INLINE bool obj_is_deferred(const Object *o) {
    return o->ob_refcnt >= REFCNT_DEFERRED;
}

/* Makes o (not yet shared with other threads) use deferred reference counting. */
static inline void obj_set_deferred(Object *o) {
    if (!obj_is_deferred(o)) o->ob_refcnt += REFCNT_DEFERRED;
}

static inline void obj_xdecref(Object *o) {
    if (o) obj_decref(o);
}

/* Replaces *slot with v (owned) and drops the old value: the safe order for a field that
 * a finalizer could observe. */
#define OBJ_SETREF(slot, v)                                                                \
    do {                                                                                   \
        Object *old_ = (Object *)(slot);                                                   \
        (slot) = (v);                                                                      \
        obj_xdecref(old_);                                                                 \
    } while (0)

/* A new reference to the same value. (With no tag bits set, the Ref is the pointer: no
 * masking on these paths.) */
static inline SPRY_ALWAYS_INLINE Ref ref_dup(Ref r) {
    if ((r.bits & REF_TAG_MASK) == 0 && r.bits != 0) obj_incref((Object *)r.bits);
    return r;
}

/* A reference to o for the callable slots of a call on the value stack: uncounted when o
 * is deferred or immortal. Only the CALL instructions consume those slots: they run the
 * function inline or hand a ref_counted to C code (docs/GC.md, deferred reference
 * counting). Nothing else may see an uncounted Ref to a deferred object. */
static inline SPRY_ALWAYS_INLINE Ref ref_for_call(Object *o) {
    if (obj_is_deferred(o)) return (Ref){(uintptr_t)o | REF_TAG_BORROWED};
    o->ob_refcnt++;
    return ref_from_obj(o);
}

/* r (stolen) made counted if it was an uncounted Ref to a deferred object: for the
 * callable slot of a call about to be handed to C code, which may keep it. */
static inline SPRY_ALWAYS_INLINE Ref ref_counted(Ref r) {
    if ((r.bits & REF_TAG_MASK) == REF_TAG_BORROWED && !obj_is_immortal(ref_obj(r))) {
        ref_obj(r)->ob_refcnt++;
        r.bits &= ~REF_TAG_MASK;
    }
    return r;
}

/* ref_for_call of any Ref (REF_NULL, small ints and uncounted Refs pass through). */
static inline SPRY_ALWAYS_INLINE Ref ref_dup_for_call(Ref r) {
    if ((r.bits & REF_TAG_MASK) == 0 && r.bits != 0) return ref_for_call((Object *)r.bits);
    return r;
}

/* Drops a reference; REF_NULL and small ints are fine. */
static inline SPRY_ALWAYS_INLINE void ref_close(Ref r) {
    if ((r.bits & REF_TAG_MASK) == 0 && r.bits != 0) obj_decref((Object *)r.bits);
}

#define REF_SETREF(slot, v)                                                                \
    do {                                                                                   \
        Ref old_ = (slot);                                                                 \
        (slot) = (v);                                                                      \
        ref_close(old_);                                                                   \
    } while (0)

/* An owned Ref from a borrowed object pointer. */
static inline Ref ref_new(Object *o) {
    obj_incref(o);
    return ref_from_obj(o);
}

/* ---- types of values --------------------------------------------------------------------- */

extern Type int_type;

/* The type of any non-null value, small ints included. */
static inline Type *ref_type(Ref r) { return ref_is_int(r) ? &int_type : ref_obj(r)->ob_type; }

static inline bool type_has_flag(const Type *tp, unsigned long f) { return (tp->tp_flags & f) != 0; }

/* ---- allocation (core/object.c, core/gc.c) -------------------------------------------- */

/* Allocates `size` bytes for an object of `type` from the thread's heap, with refcount 1
 * and ob_type set (a heap type gains a reference). Memory beyond the header is zeroed.
 * Types with TPFLAG_HAVE_GC get a GCHeader in front; the object starts untracked.
 * On failure: MemoryError set, NULL returned. */
Object *obj_alloc(Thread *t, Type *type, size_t size);
/* Same, but only ob_refcnt and ob_type are set: the caller initializes the rest (for
 * objects whose whole body is written at once, such as str data). */
Object *obj_alloc_uninit(Thread *t, Type *type, size_t size);
/* Same for a VarObject with `nitems` items of type->tp_itemsize after tp_basicsize. */
Object *obj_alloc_var(Thread *t, Type *type, intptr_t nitems);
/* Releases an object's memory (the default tp_free); drops the heap-type reference
 * taken by obj_alloc. Untracks GC objects. */
void obj_free(void *o);

/* The largest single allocation worth attempting: RAM plus swap. mimalloc maps memory with
 * MAP_NORESERVE, so the kernel grants any size and a request beyond this would only fail
 * later, by the OOM killer, when touched; refusing it up front gives MemoryError instead
 * (as CPython's malloc gets from the kernel). Each Thread keeps it in max_request. */
size_t mem_max_request(void);

/* Raw memory from the calling thread's heap (mimalloc). NULL + MemoryError on failure. */
void *mem_alloc(Thread *t, size_t size);
void *mem_calloc(Thread *t, size_t count, size_t size);
void *mem_realloc(Thread *t, void *p, size_t size);
void mem_free(void *p);
/* Unmaps the thread's spare buffer mapping (thread teardown). */
void mem_release_spare(Thread *t);

#endif
