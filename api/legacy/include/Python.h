/* Spry's Python.h: the CPython 3.11 C API, source-compatible, over Spry's runtime.
 *
 * A heap object's address is a valid PyObject*. Small ints that Spry keeps tagged inside
 * references are boxed into heap ints when they cross into C. This header never includes
 * Spry's internal headers; the implementation lives in the .c files of api/legacy.
 *
 * Differences from CPython visible to C code:
 *   - PyTuple_GET_ITEM, PyList_GET_ITEM and the other item macros are functions (they box
 *     a tagged int in place); taking their address works.
 *   - PyExc_* are constant expressions (not variables): `&PyExc_TypeError` is not valid.
 *   - Py_INCREF/Py_DECREF leave immortal objects (refcount >= 2**60) untouched.
 */
#ifndef Py_PYTHON_H
#define Py_PYTHON_H

#include <assert.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <pthread.h>
#include <sys/types.h>
#include <unistd.h>
#include <wchar.h>

#include "patchlevel.h"
#include "pyport.h"
#include "typeslots.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==== object.h ========================================================================== */
typedef struct _typeobject PyTypeObject;

typedef struct _object {
    Py_ssize_t ob_refcnt;
    PyTypeObject *ob_type;
} PyObject;

typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size;
} PyVarObject;

#define _PyObject_EXTRA_INIT
#define PyObject_HEAD PyObject ob_base;
#define PyObject_VAR_HEAD PyVarObject ob_base;
#define PyObject_HEAD_INIT(type) {1, (type)},
#define PyVarObject_HEAD_INIT(type, size) {PyObject_HEAD_INIT(type)(size)},
#define Py_INVALID_SIZE ((Py_ssize_t)-1)

#define _PyObject_CAST(op) ((PyObject *)(op))
#define _PyVarObject_CAST(op) ((PyVarObject *)(op))
#define _PyObject_CAST_CONST(op) ((const PyObject *)(op))

/* Objects with at least this refcount are immortal (PEP 683): never counted, never freed. */
#define _Py_IMMORTAL_REFCNT ((Py_ssize_t)1 << 60)

static inline Py_ssize_t _Py_REFCNT(const PyObject *ob) { return ob->ob_refcnt; }
#define Py_REFCNT(ob) _Py_REFCNT(_PyObject_CAST_CONST(ob))
static inline PyTypeObject *_Py_TYPE(const PyObject *ob) { return ob->ob_type; }
#define Py_TYPE(ob) _Py_TYPE(_PyObject_CAST_CONST(ob))
static inline Py_ssize_t _Py_SIZE(const PyVarObject *ob) { return ob->ob_size; }
#define Py_SIZE(ob) _Py_SIZE((const PyVarObject *)(ob))
static inline int _Py_IS_TYPE(const PyObject *ob, const PyTypeObject *type) { return ob->ob_type == type; }
#define Py_IS_TYPE(ob, type) _Py_IS_TYPE(_PyObject_CAST_CONST(ob), (type))
static inline void _Py_SET_REFCNT(PyObject *ob, Py_ssize_t refcnt) { ob->ob_refcnt = refcnt; }
#define Py_SET_REFCNT(ob, refcnt) _Py_SET_REFCNT(_PyObject_CAST(ob), (refcnt))
static inline void _Py_SET_TYPE(PyObject *ob, PyTypeObject *type) { ob->ob_type = type; }
#define Py_SET_TYPE(ob, type) _Py_SET_TYPE(_PyObject_CAST(ob), (type))
static inline void _Py_SET_SIZE(PyVarObject *ob, Py_ssize_t size) { ob->ob_size = size; }
#define Py_SET_SIZE(ob, size) _Py_SET_SIZE(_PyVarObject_CAST(ob), (size))

typedef PyObject *(*unaryfunc)(PyObject *);
typedef PyObject *(*binaryfunc)(PyObject *, PyObject *);
typedef PyObject *(*ternaryfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*inquiry)(PyObject *);
typedef Py_ssize_t (*lenfunc)(PyObject *);
typedef PyObject *(*ssizeargfunc)(PyObject *, Py_ssize_t);
typedef PyObject *(*ssizessizeargfunc)(PyObject *, Py_ssize_t, Py_ssize_t);
typedef int (*ssizeobjargproc)(PyObject *, Py_ssize_t, PyObject *);
typedef int (*ssizessizeobjargproc)(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
typedef int (*objobjargproc)(PyObject *, PyObject *, PyObject *);
typedef int (*objobjproc)(PyObject *, PyObject *);
typedef int (*visitproc)(PyObject *, void *);
typedef int (*traverseproc)(PyObject *, visitproc, void *);
typedef void (*freefunc)(void *);
typedef void (*destructor)(PyObject *);
typedef PyObject *(*getattrfunc)(PyObject *, char *);
typedef PyObject *(*getattrofunc)(PyObject *, PyObject *);
typedef int (*setattrfunc)(PyObject *, char *, PyObject *);
typedef int (*setattrofunc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*reprfunc)(PyObject *);
typedef Py_hash_t (*hashfunc)(PyObject *);
typedef PyObject *(*richcmpfunc)(PyObject *, PyObject *, int);
typedef PyObject *(*getiterfunc)(PyObject *);
typedef PyObject *(*iternextfunc)(PyObject *);
typedef PyObject *(*descrgetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*descrsetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*initproc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*newfunc)(PyTypeObject *, PyObject *, PyObject *);
typedef PyObject *(*allocfunc)(PyTypeObject *, Py_ssize_t);
typedef PyObject *(*vectorcallfunc)(PyObject *callable, PyObject *const *args, size_t nargsf,
                                    PyObject *kwnames);
typedef PyObject *(*PyCFunction)(PyObject *, PyObject *);
typedef PyObject *(*_PyCFunctionFast)(PyObject *, PyObject *const *, Py_ssize_t);
typedef PyObject *(*PyCFunctionWithKeywords)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*_PyCFunctionFastWithKeywords)(PyObject *, PyObject *const *, Py_ssize_t,
                                                  PyObject *);
typedef PyObject *(*PyCMethod)(PyObject *, PyTypeObject *, PyObject *const *, size_t, PyObject *);
typedef PyObject *(*getter)(PyObject *, void *);
typedef int (*setter)(PyObject *, PyObject *, void *);

typedef struct bufferinfo {
    void *buf;
    PyObject *obj;
    Py_ssize_t len;
    Py_ssize_t itemsize;
    int readonly;
    int ndim;
    char *format;
    Py_ssize_t *shape;
    Py_ssize_t *strides;
    Py_ssize_t *suboffsets;
    void *internal;
} Py_buffer;
typedef int (*getbufferproc)(PyObject *, Py_buffer *, int);
typedef void (*releasebufferproc)(PyObject *, Py_buffer *);

#define PyBUF_MAX_NDIM 64
#define PyBUF_SIMPLE 0
#define PyBUF_WRITABLE 0x0001
#define PyBUF_WRITEABLE PyBUF_WRITABLE
#define PyBUF_FORMAT 0x0004
#define PyBUF_ND 0x0008
#define PyBUF_STRIDES (0x0010 | PyBUF_ND)
#define PyBUF_C_CONTIGUOUS (0x0020 | PyBUF_STRIDES)
#define PyBUF_F_CONTIGUOUS (0x0040 | PyBUF_STRIDES)
#define PyBUF_ANY_CONTIGUOUS (0x0080 | PyBUF_STRIDES)
#define PyBUF_INDIRECT (0x0100 | PyBUF_STRIDES)
#define PyBUF_CONTIG (PyBUF_ND | PyBUF_WRITABLE)
#define PyBUF_CONTIG_RO (PyBUF_ND)
#define PyBUF_STRIDED (PyBUF_STRIDES | PyBUF_WRITABLE)
#define PyBUF_STRIDED_RO (PyBUF_STRIDES)
#define PyBUF_RECORDS (PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT)
#define PyBUF_RECORDS_RO (PyBUF_STRIDES | PyBUF_FORMAT)
#define PyBUF_FULL (PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT)
#define PyBUF_FULL_RO (PyBUF_INDIRECT | PyBUF_FORMAT)
#define PyBUF_READ 0x100
#define PyBUF_WRITE 0x200

typedef struct {
    binaryfunc nb_add;
    binaryfunc nb_subtract;
    binaryfunc nb_multiply;
    binaryfunc nb_remainder;
    binaryfunc nb_divmod;
    ternaryfunc nb_power;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    unaryfunc nb_absolute;
    inquiry nb_bool;
    unaryfunc nb_invert;
    binaryfunc nb_lshift;
    binaryfunc nb_rshift;
    binaryfunc nb_and;
    binaryfunc nb_xor;
    binaryfunc nb_or;
    unaryfunc nb_int;
    void *nb_reserved;
    unaryfunc nb_float;
    binaryfunc nb_inplace_add;
    binaryfunc nb_inplace_subtract;
    binaryfunc nb_inplace_multiply;
    binaryfunc nb_inplace_remainder;
    ternaryfunc nb_inplace_power;
    binaryfunc nb_inplace_lshift;
    binaryfunc nb_inplace_rshift;
    binaryfunc nb_inplace_and;
    binaryfunc nb_inplace_xor;
    binaryfunc nb_inplace_or;
    binaryfunc nb_floor_divide;
    binaryfunc nb_true_divide;
    binaryfunc nb_inplace_floor_divide;
    binaryfunc nb_inplace_true_divide;
    unaryfunc nb_index;
    binaryfunc nb_matrix_multiply;
    binaryfunc nb_inplace_matrix_multiply;
} PyNumberMethods;

typedef struct {
    lenfunc sq_length;
    binaryfunc sq_concat;
    ssizeargfunc sq_repeat;
    ssizeargfunc sq_item;
    void *was_sq_slice;
    ssizeobjargproc sq_ass_item;
    void *was_sq_ass_slice;
    objobjproc sq_contains;
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;
} PySequenceMethods;

typedef struct {
    lenfunc mp_length;
    binaryfunc mp_subscript;
    objobjargproc mp_ass_subscript;
} PyMappingMethods;

typedef enum { PYGEN_RETURN = 0, PYGEN_ERROR = -1, PYGEN_NEXT = 1 } PySendResult;
typedef PySendResult (*sendfunc)(PyObject *iter, PyObject *value, PyObject **result);
typedef struct {
    unaryfunc am_await;
    unaryfunc am_aiter;
    unaryfunc am_anext;
    sendfunc am_send;
} PyAsyncMethods;

typedef struct {
    getbufferproc bf_getbuffer;
    releasebufferproc bf_releasebuffer;
} PyBufferProcs;

struct PyMethodDef {
    const char *ml_name;
    PyCFunction ml_meth;
    int ml_flags;
    const char *ml_doc;
};
typedef struct PyMethodDef PyMethodDef;

typedef struct PyMemberDef {
    const char *name;
    int type;
    Py_ssize_t offset;
    int flags;
    const char *doc;
} PyMemberDef;

typedef struct PyGetSetDef {
    const char *name;
    getter get;
    setter set;
    const char *doc;
    void *closure;
} PyGetSetDef;

/* Size of Spry's own part of a type object, after CPython's fields (checked by the shim). */
#define _SPRY_TYPE_TAIL_SIZE 488

#ifndef Py_LIMITED_API
struct _typeobject {
    PyObject_VAR_HEAD
    const char *tp_name;
    Py_ssize_t tp_basicsize, tp_itemsize;
    destructor tp_dealloc;
    Py_ssize_t tp_vectorcall_offset;
    getattrfunc tp_getattr;
    setattrfunc tp_setattr;
    PyAsyncMethods *tp_as_async;
    reprfunc tp_repr;
    PyNumberMethods *tp_as_number;
    PySequenceMethods *tp_as_sequence;
    PyMappingMethods *tp_as_mapping;
    hashfunc tp_hash;
    ternaryfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;
    PyBufferProcs *tp_as_buffer;
    unsigned long tp_flags;
    const char *tp_doc;
    traverseproc tp_traverse;
    inquiry tp_clear;
    richcmpfunc tp_richcompare;
    Py_ssize_t tp_weaklistoffset;
    getiterfunc tp_iter;
    iternextfunc tp_iternext;
    struct PyMethodDef *tp_methods;
    struct PyMemberDef *tp_members;
    struct PyGetSetDef *tp_getset;
    PyTypeObject *tp_base;
    PyObject *tp_dict;
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    Py_ssize_t tp_dictoffset;
    initproc tp_init;
    allocfunc tp_alloc;
    newfunc tp_new;
    freefunc tp_free;
    inquiry tp_is_gc;
    PyObject *tp_bases;
    PyObject *tp_mro;
    PyObject *tp_cache;
    PyObject *tp_subclasses;
    PyObject *tp_weaklist;
    destructor tp_del;
    unsigned int tp_version_tag;
    destructor tp_finalize;
    vectorcallfunc tp_vectorcall;
    /* Spry's part (opaque; zero in a static type until PyType_Ready). */
    void *_spry_tail[_SPRY_TYPE_TAIL_SIZE / sizeof(void *)];
};

typedef struct _heaptypeobject PyHeapTypeObject;
#endif

typedef struct {
    int slot;
    void *pfunc;
} PyType_Slot;

typedef struct {
    const char *name;
    int basicsize;
    int itemsize;
    unsigned int flags;
    PyType_Slot *slots;
} PyType_Spec;

/* Type flags. */
#define Py_TPFLAGS_MANAGED_DICT (1UL << 4)
#define Py_TPFLAGS_SEQUENCE (1UL << 5)
#define Py_TPFLAGS_MAPPING (1UL << 6)
#define Py_TPFLAGS_DISALLOW_INSTANTIATION (1UL << 7)
#define Py_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define Py_TPFLAGS_HEAPTYPE (1UL << 9)
#define Py_TPFLAGS_BASETYPE (1UL << 10)
#define Py_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define _Py_TPFLAGS_HAVE_VECTORCALL Py_TPFLAGS_HAVE_VECTORCALL
#define Py_TPFLAGS_READY (1UL << 12)
#define Py_TPFLAGS_READYING (1UL << 13)
#define Py_TPFLAGS_HAVE_GC (1UL << 14)
#define Py_TPFLAGS_HAVE_STACKLESS_EXTENSION 0
#define Py_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define Py_TPFLAGS_VALID_VERSION_TAG (1UL << 19)
#define Py_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define _Py_TPFLAGS_MATCH_SELF (1UL << 22)
#define Py_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define Py_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define Py_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define Py_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define Py_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define Py_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define Py_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define Py_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
#define Py_TPFLAGS_DEFAULT Py_TPFLAGS_HAVE_STACKLESS_EXTENSION
#define Py_TPFLAGS_HAVE_FINALIZE (1UL << 0)
#define Py_TPFLAGS_HAVE_VERSION_TAG (1UL << 18)

PyAPI_FUNC(unsigned long) PyType_GetFlags(PyTypeObject *);
static inline int PyType_HasFeature(PyTypeObject *type, unsigned long feature) {
    return (PyType_GetFlags(type) & feature) != 0;
}
#define PyType_FastSubclass(type, flag) PyType_HasFeature((type), (flag))

/* Rich comparison opcodes. */
#define Py_LT 0
#define Py_LE 1
#define Py_EQ 2
#define Py_NE 3
#define Py_GT 4
#define Py_GE 5

/* Reference counting. */
PyAPI_FUNC(void) _Py_Dealloc(PyObject *);
static inline void _Py_INCREF(PyObject *op) {
    if (op->ob_refcnt < _Py_IMMORTAL_REFCNT) op->ob_refcnt++;
}
/* Reports an object whose reference count went negative, then aborts (debug builds). */
PyAPI_FUNC(void) _Py_NegativeRefcount(const char *file, int line, PyObject *op);
#ifdef SPRY_DEBUG
/* -DSPRY_DEBUG: every release checks for one reference too many, naming the call site. */
static inline void _Py_DECREF_AT(const char *file, int line, PyObject *op) {
    if (op->ob_refcnt >= _Py_IMMORTAL_REFCNT) return;
    if (--op->ob_refcnt == 0) _Py_Dealloc(op);
    else if (op->ob_refcnt < 0) _Py_NegativeRefcount(file, line, op);
}
static inline void _Py_XDECREF_AT(const char *file, int line, PyObject *op) {
    if (op) _Py_DECREF_AT(file, line, op);
}
#define _Py_DECREF(op) _Py_DECREF_AT(__FILE__, __LINE__, op)
#define _Py_XDECREF(op) _Py_XDECREF_AT(__FILE__, __LINE__, op)
#else
static inline void _Py_DECREF(PyObject *op) {
    if (op->ob_refcnt >= _Py_IMMORTAL_REFCNT) return;
    if (--op->ob_refcnt == 0) _Py_Dealloc(op);
}
static inline void _Py_XDECREF(PyObject *op) { if (op) _Py_DECREF(op); }
#endif
#define Py_INCREF(op) _Py_INCREF(_PyObject_CAST(op))
#define Py_DECREF(op) _Py_DECREF(_PyObject_CAST(op))
static inline void _Py_XINCREF(PyObject *op) { if (op) _Py_INCREF(op); }
#define Py_XINCREF(op) _Py_XINCREF(_PyObject_CAST(op))
#define Py_XDECREF(op) _Py_XDECREF(_PyObject_CAST(op))
#define Py_CLEAR(op)                                                                       \
    do {                                                                                   \
        PyObject *_py_tmp = _PyObject_CAST(op);                                            \
        if (_py_tmp != NULL) {                                                             \
            (op) = NULL;                                                                   \
            Py_DECREF(_py_tmp);                                                            \
        }                                                                                  \
    } while (0)
#define Py_SETREF(op, op2)                                                                 \
    do {                                                                                   \
        PyObject *_py_tmp = _PyObject_CAST(op);                                            \
        (op) = (op2);                                                                      \
        Py_DECREF(_py_tmp);                                                                \
    } while (0)
#define Py_XSETREF(op, op2)                                                                \
    do {                                                                                   \
        PyObject *_py_tmp = _PyObject_CAST(op);                                            \
        (op) = (op2);                                                                      \
        Py_XDECREF(_py_tmp);                                                               \
    } while (0)
PyAPI_FUNC(void) Py_IncRef(PyObject *);
PyAPI_FUNC(void) Py_DecRef(PyObject *);
static inline PyObject *_Py_NewRef(PyObject *obj) { Py_INCREF(obj); return obj; }
static inline PyObject *_Py_XNewRef(PyObject *obj) { Py_XINCREF(obj); return obj; }
#define Py_NewRef(obj) _Py_NewRef(_PyObject_CAST(obj))
#define Py_XNewRef(obj) _Py_XNewRef(_PyObject_CAST(obj))

/* Singletons and built-in types: Spry's own statics, under CPython's names. */
#define _SPRY_DATA(ctype, pyname, spryname) PyAPI_DATA(ctype) pyname __asm__(#spryname)
_SPRY_DATA(PyObject, _Py_NoneStruct, none_obj);
_SPRY_DATA(PyObject, _Py_NotImplementedStruct, notimplemented_obj);
_SPRY_DATA(PyObject, _Py_EllipsisObject, ellipsis_obj);
#define Py_None (&_Py_NoneStruct)
#define Py_NotImplemented (&_Py_NotImplementedStruct)
#define Py_Ellipsis (&_Py_EllipsisObject)
#define Py_Is(x, y) ((x) == (y))
#define Py_IsNone(x) Py_Is((x), Py_None)
#define Py_RETURN_NONE return Py_NewRef(Py_None)
#define Py_RETURN_NOTIMPLEMENTED return Py_NewRef(Py_NotImplemented)
#define Py_RETURN_RICHCOMPARE(val1, val2, op)                                              \
    do {                                                                                   \
        switch (op) {                                                                      \
        case Py_EQ: if ((val1) == (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE;                 \
        case Py_NE: if ((val1) != (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE;                 \
        case Py_LT: if ((val1) < (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE;                  \
        case Py_GT: if ((val1) > (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE;                  \
        case Py_LE: if ((val1) <= (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE;                 \
        case Py_GE: if ((val1) >= (val2)) Py_RETURN_TRUE; Py_RETURN_FALSE;                 \
        default: Py_UNREACHABLE();                                                         \
        }                                                                                  \
    } while (0)

_SPRY_DATA(PyTypeObject, PyType_Type, type_type);
_SPRY_DATA(PyTypeObject, PyBaseObject_Type, object_type);
_SPRY_DATA(PyTypeObject, PyLong_Type, int_type);
_SPRY_DATA(PyTypeObject, PyBool_Type, bool_type);
_SPRY_DATA(PyTypeObject, PyFloat_Type, float_type);
_SPRY_DATA(PyTypeObject, PyComplex_Type, complex_type);
_SPRY_DATA(PyTypeObject, PyUnicode_Type, str_type);
_SPRY_DATA(PyTypeObject, PyBytes_Type, bytes_type);
_SPRY_DATA(PyTypeObject, PyByteArray_Type, bytearray_type);
_SPRY_DATA(PyTypeObject, PyMemoryView_Type, memoryview_type);
_SPRY_DATA(PyTypeObject, PyTuple_Type, tuple_type);
_SPRY_DATA(PyTypeObject, PyList_Type, list_type);
_SPRY_DATA(PyTypeObject, PyDict_Type, dict_type);
_SPRY_DATA(PyTypeObject, PySet_Type, set_type);
_SPRY_DATA(PyTypeObject, PyFrozenSet_Type, frozenset_type);
_SPRY_DATA(PyTypeObject, PyModule_Type, module_type);
_SPRY_DATA(PyTypeObject, PySlice_Type, slice_type);
_SPRY_DATA(PyTypeObject, PyRange_Type, range_type);
_SPRY_DATA(PyTypeObject, PyCFunction_Type, cfunction_type);
_SPRY_DATA(PyTypeObject, PyCapsule_Type, _spry_legacy_capsule_type);
_SPRY_DATA(PyTypeObject, PyModuleDef_Type, _spry_legacy_moduledef_type);

PyAPI_FUNC(int) PyType_IsSubtype(PyTypeObject *, PyTypeObject *);
static inline int PyObject_TypeCheck(PyObject *ob, PyTypeObject *type) {
    return Py_IS_TYPE(ob, type) || PyType_IsSubtype(Py_TYPE(ob), type);
}
#define PyObject_TypeCheck(ob, type) PyObject_TypeCheck(_PyObject_CAST(ob), (type))
#define PyType_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TYPE_SUBCLASS)
#define PyType_CheckExact(op) Py_IS_TYPE((op), &PyType_Type)

PyAPI_FUNC(int) PyType_Ready(PyTypeObject *);
PyAPI_FUNC(PyObject *) PyType_GenericAlloc(PyTypeObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyType_GenericNew(PyTypeObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyType_FromSpec(PyType_Spec *);
PyAPI_FUNC(PyObject *) PyType_FromSpecWithBases(PyType_Spec *, PyObject *);
PyAPI_FUNC(PyObject *) PyType_FromModuleAndSpec(PyObject *, PyType_Spec *, PyObject *);
PyAPI_FUNC(void *) PyType_GetSlot(PyTypeObject *, int);
PyAPI_FUNC(PyObject *) PyType_GetModule(PyTypeObject *);
PyAPI_FUNC(void *) PyType_GetModuleState(PyTypeObject *);
PyAPI_FUNC(PyObject *) PyType_GetName(PyTypeObject *);
PyAPI_FUNC(PyObject *) PyType_GetQualName(PyTypeObject *);
PyAPI_FUNC(void) PyType_Modified(PyTypeObject *);

/* Generic object protocol. */
PyAPI_FUNC(PyObject *) PyObject_Repr(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Str(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_ASCII(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Bytes(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_RichCompare(PyObject *, PyObject *, int);
PyAPI_FUNC(int) PyObject_RichCompareBool(PyObject *, PyObject *, int);
PyAPI_FUNC(PyObject *) PyObject_GetAttrString(PyObject *, const char *);
PyAPI_FUNC(int) PyObject_SetAttrString(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyObject_HasAttrString(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyObject_GetAttr(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_SetAttr(PyObject *, PyObject *, PyObject *);
#ifndef Py_LIMITED_API
PyAPI_FUNC(int) _PyObject_LookupAttr(PyObject *, PyObject *, PyObject **);
#endif
PyAPI_FUNC(int) PyObject_HasAttr(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_DelAttr(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_DelAttrString(PyObject *, const char *);
#define PyObject_DelAttrString(o, n) PyObject_SetAttrString((o), (n), NULL)
#define PyObject_DelAttr(o, n) PyObject_SetAttr((o), (n), NULL)
PyAPI_FUNC(PyObject *) PyObject_GenericGetAttr(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_GenericSetAttr(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyObject_SelfIter(PyObject *);
PyAPI_FUNC(Py_hash_t) PyObject_Hash(PyObject *);
PyAPI_FUNC(Py_hash_t) PyObject_HashNotImplemented(PyObject *);
PyAPI_FUNC(int) PyObject_IsTrue(PyObject *);
PyAPI_FUNC(int) PyObject_Not(PyObject *);
PyAPI_FUNC(int) PyCallable_Check(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Dir(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Type(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyObject_Size(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyObject_Length(PyObject *);
#ifndef Py_LIMITED_API
PyAPI_FUNC(Py_ssize_t) PyObject_LengthHint(PyObject *, Py_ssize_t);
#endif
PyAPI_FUNC(PyObject *) PyObject_GetItem(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_SetItem(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_DelItem(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyObject_GetIter(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Format(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_IsInstance(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_IsSubclass(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_Print(PyObject *, FILE *, int);
#define Py_PRINT_RAW 1

/* Calls. */
#define PY_VECTORCALL_ARGUMENTS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
static inline Py_ssize_t PyVectorcall_NARGS(size_t n) { return (Py_ssize_t)(n & ~PY_VECTORCALL_ARGUMENTS_OFFSET); }
PyAPI_FUNC(PyObject *) PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs);
PyAPI_FUNC(PyObject *) PyObject_CallObject(PyObject *callable, PyObject *args);
PyAPI_FUNC(PyObject *) PyObject_CallNoArgs(PyObject *func);
PyAPI_FUNC(PyObject *) PyObject_CallOneArg(PyObject *func, PyObject *arg);
PyAPI_FUNC(PyObject *) PyObject_CallFunction(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...);
PyAPI_FUNC(PyObject *) PyObject_CallFunctionObjArgs(PyObject *callable, ...);
PyAPI_FUNC(PyObject *) PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...);
PyAPI_FUNC(PyObject *) PyObject_CallMethodNoArgs(PyObject *self, PyObject *name);
PyAPI_FUNC(PyObject *) PyObject_CallMethodOneArg(PyObject *self, PyObject *name, PyObject *arg);
PyAPI_FUNC(PyObject *) PyObject_Vectorcall(PyObject *callable, PyObject *const *args,
                                           size_t nargsf, PyObject *kwnames);
PyAPI_FUNC(PyObject *) PyObject_VectorcallDict(PyObject *callable, PyObject *const *args,
                                               size_t nargsf, PyObject *kwdict);
PyAPI_FUNC(PyObject *) PyObject_VectorcallMethod(PyObject *name, PyObject *const *args,
                                                 size_t nargsf, PyObject *kwnames);
PyAPI_FUNC(PyObject *) _PyObject_CallFunction_SizeT(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) _PyObject_CallMethod_SizeT(PyObject *obj, const char *name, const char *format, ...);
#define _PyObject_Vectorcall PyObject_Vectorcall
#define _PyObject_CallNoArg PyObject_CallNoArgs

/* ==== memory ============================================================================= */
PyAPI_FUNC(void *) PyMem_Malloc(size_t);
PyAPI_FUNC(void *) PyMem_Calloc(size_t, size_t);
PyAPI_FUNC(void *) PyMem_Realloc(void *, size_t);
PyAPI_FUNC(void) PyMem_Free(void *);
PyAPI_FUNC(void *) PyMem_RawMalloc(size_t);
PyAPI_FUNC(void *) PyMem_RawCalloc(size_t, size_t);
PyAPI_FUNC(void *) PyMem_RawRealloc(void *, size_t);
PyAPI_FUNC(void) PyMem_RawFree(void *);
PyAPI_FUNC(void *) PyObject_Malloc(size_t);
PyAPI_FUNC(void *) PyObject_Calloc(size_t, size_t);
PyAPI_FUNC(void *) PyObject_Realloc(void *, size_t);
PyAPI_FUNC(void) PyObject_Free(void *);
#define PyMem_New(type, n) ((type *)PyMem_Malloc((n) * sizeof(type)))
#define PyMem_Resize(p, type, n) ((p) = (type *)PyMem_Realloc((p), (n) * sizeof(type)))
#define PyMem_Del PyMem_Free
#define PyMem_DEL PyMem_Free
#define PyMem_MALLOC PyMem_Malloc
#define PyMem_REALLOC PyMem_Realloc
#define PyMem_FREE PyMem_Free
#define PyMem_NEW PyMem_New
#define PyMem_RESIZE PyMem_Resize
#define PyObject_MALLOC PyObject_Malloc
#define PyObject_REALLOC PyObject_Realloc
#define PyObject_FREE PyObject_Free
#define PyObject_Del PyObject_Free
#define PyObject_DEL PyObject_Free

PyAPI_FUNC(PyObject *) PyObject_Init(PyObject *, PyTypeObject *);
PyAPI_FUNC(PyVarObject *) PyObject_InitVar(PyVarObject *, PyTypeObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) _PyObject_New(PyTypeObject *);
PyAPI_FUNC(PyVarObject *) _PyObject_NewVar(PyTypeObject *, Py_ssize_t);
#define PyObject_New(type, typeobj) ((type *)_PyObject_New(typeobj))
#define PyObject_NewVar(type, typeobj, n) ((type *)_PyObject_NewVar((typeobj), (n)))
#define PyObject_NEW PyObject_New
#define PyObject_NEW_VAR PyObject_NewVar
PyAPI_FUNC(PyObject *) _PyObject_GC_New(PyTypeObject *);
PyAPI_FUNC(PyVarObject *) _PyObject_GC_NewVar(PyTypeObject *, Py_ssize_t);
#define PyObject_GC_New(type, typeobj) ((type *)_PyObject_GC_New(typeobj))
#define PyObject_GC_NewVar(type, typeobj, n) ((type *)_PyObject_GC_NewVar((typeobj), (n)))
PyAPI_FUNC(void) PyObject_GC_Track(void *);
PyAPI_FUNC(void) PyObject_GC_UnTrack(void *);
PyAPI_FUNC(void) PyObject_GC_Del(void *);
PyAPI_FUNC(int) PyObject_GC_IsTracked(PyObject *);
PyAPI_FUNC(int) PyObject_IS_GC(PyObject *);
#define Py_VISIT(op)                                                                       \
    do {                                                                                   \
        if (op) {                                                                          \
            int vret = visit(_PyObject_CAST(op), arg);                                     \
            if (vret) return vret;                                                         \
        }                                                                                  \
    } while (0)

/* ==== numbers ============================================================================ */
typedef struct _longobject PyLongObject;
_SPRY_DATA(struct _longobject, _Py_FalseStruct, bool_false_obj);
_SPRY_DATA(struct _longobject, _Py_TrueStruct, bool_true_obj);
#define Py_False ((PyObject *)&_Py_FalseStruct)
#define Py_True ((PyObject *)&_Py_TrueStruct)
#define Py_IsTrue(x) Py_Is((x), Py_True)
#define Py_IsFalse(x) Py_Is((x), Py_False)
#define Py_RETURN_TRUE return Py_NewRef(Py_True)
#define Py_RETURN_FALSE return Py_NewRef(Py_False)
#define PyBool_Check(x) Py_IS_TYPE((x), &PyBool_Type)
PyAPI_FUNC(PyObject *) PyBool_FromLong(long);

#define PyLong_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS)
#define PyLong_CheckExact(op) Py_IS_TYPE((op), &PyLong_Type)
PyAPI_FUNC(PyObject *) PyLong_FromLong(long);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLong(unsigned long);
PyAPI_FUNC(PyObject *) PyLong_FromSize_t(size_t);
PyAPI_FUNC(PyObject *) PyLong_FromSsize_t(Py_ssize_t);
PyAPI_FUNC(PyObject *) PyLong_FromLongLong(long long);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLongLong(unsigned long long);
PyAPI_FUNC(PyObject *) PyLong_FromDouble(double);
PyAPI_FUNC(PyObject *) PyLong_FromString(const char *, char **, int);
PyAPI_FUNC(PyObject *) PyLong_FromUnicodeObject(PyObject *, int);
PyAPI_FUNC(PyObject *) PyLong_FromVoidPtr(void *);
PyAPI_FUNC(long) PyLong_AsLong(PyObject *);
PyAPI_FUNC(long) PyLong_AsLongAndOverflow(PyObject *, int *);
PyAPI_FUNC(long long) PyLong_AsLongLong(PyObject *);
PyAPI_FUNC(long long) PyLong_AsLongLongAndOverflow(PyObject *, int *);
PyAPI_FUNC(Py_ssize_t) PyLong_AsSsize_t(PyObject *);
PyAPI_FUNC(size_t) PyLong_AsSize_t(PyObject *);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLong(PyObject *);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLong(PyObject *);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLongMask(PyObject *);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLongMask(PyObject *);
PyAPI_FUNC(double) PyLong_AsDouble(PyObject *);
PyAPI_FUNC(void *) PyLong_AsVoidPtr(PyObject *);
PyAPI_FUNC(int) _PyLong_Sign(PyObject *);
PyAPI_FUNC(PyObject *) _PyLong_FromByteArray(const unsigned char *, size_t, int, int);
PyAPI_FUNC(int) _PyLong_AsByteArray(PyLongObject *, unsigned char *, size_t, int, int);
PyAPI_FUNC(int) _PyLong_AsInt(PyObject *);

#define PyFloat_Check(op) PyObject_TypeCheck((op), &PyFloat_Type)
#define PyFloat_CheckExact(op) Py_IS_TYPE((op), &PyFloat_Type)
PyAPI_FUNC(PyObject *) PyFloat_FromDouble(double);
PyAPI_FUNC(PyObject *) PyFloat_FromString(PyObject *);
PyAPI_FUNC(double) PyFloat_AsDouble(PyObject *);
#ifndef Py_LIMITED_API
typedef struct { PyObject_HEAD double ob_fval; } PyFloatObject;
#define PyFloat_AS_DOUBLE(op) (((PyFloatObject *)(op))->ob_fval)
typedef struct { double real; double imag; } Py_complex;
typedef struct { PyObject_HEAD Py_complex cval; } PyComplexObject;
PyAPI_FUNC(Py_complex) PyComplex_AsCComplex(PyObject *);
#endif
#define PyComplex_Check(op) PyObject_TypeCheck((op), &PyComplex_Type)
#define PyComplex_CheckExact(op) Py_IS_TYPE((op), &PyComplex_Type)
PyAPI_FUNC(PyObject *) PyComplex_FromDoubles(double, double);
PyAPI_FUNC(double) PyComplex_RealAsDouble(PyObject *);
PyAPI_FUNC(double) PyComplex_ImagAsDouble(PyObject *);

PyAPI_FUNC(int) PyNumber_Check(PyObject *);
PyAPI_FUNC(int) PyIndex_Check(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Add(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Subtract(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Multiply(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_MatrixMultiply(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_FloorDivide(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_TrueDivide(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Remainder(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Divmod(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Power(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Negative(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Positive(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Absolute(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Invert(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Lshift(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Rshift(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_And(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Xor(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Or(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceAdd(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceSubtract(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceMultiply(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceMatrixMultiply(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceFloorDivide(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceTrueDivide(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceRemainder(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceLshift(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceRshift(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceAnd(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceXor(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceOr(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_InPlacePower(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_ToBase(PyObject *, int);
PyAPI_FUNC(PyObject *) PyNumber_Index(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyNumber_AsSsize_t(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Long(PyObject *);
PyAPI_FUNC(PyObject *) PyNumber_Float(PyObject *);

/* ==== strings ============================================================================ */
typedef uint32_t Py_UCS4;
typedef uint16_t Py_UCS2;
typedef uint8_t Py_UCS1;
typedef wchar_t Py_UNICODE;
#define PyUnicode_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS)
#define PyUnicode_CheckExact(op) Py_IS_TYPE((op), &PyUnicode_Type)
PyAPI_FUNC(PyObject *) PyUnicode_FromString(const char *);
PyAPI_FUNC(PyObject *) PyUnicode_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormat(const char *, ...);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormatV(const char *, va_list);
PyAPI_FUNC(PyObject *) PyUnicode_FromOrdinal(int);
PyAPI_FUNC(PyObject *) PyUnicode_FromKindAndData(int, const void *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF8(const char *, Py_ssize_t, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeLatin1(const char *, Py_ssize_t, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeASCII(const char *, Py_ssize_t, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_Decode(const char *, Py_ssize_t, const char *, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF8String(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsASCIIString(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsLatin1String(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsEncodedString(PyObject *, const char *, const char *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8AndSize(PyObject *, Py_ssize_t *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyUnicode_GetLength(PyObject *);
PyAPI_FUNC(Py_UCS4) PyUnicode_ReadChar(PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_Concat(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_Join(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_Substring(PyObject *, Py_ssize_t, Py_ssize_t);
/* api/legacy/unicode_ops.c */
PyAPI_FUNC(PyObject *) PyUnicode_Split(PyObject *, PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_RSplit(PyObject *, PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_Splitlines(PyObject *, int);
PyAPI_FUNC(PyObject *) PyUnicode_Partition(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_RPartition(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_Replace(PyObject *, PyObject *, PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_Translate(PyObject *, PyObject *, const char *);
PyAPI_FUNC(Py_ssize_t) PyUnicode_Count(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PyUnicode_Find(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int);
PyAPI_FUNC(Py_ssize_t) PyUnicode_FindChar(PyObject *, Py_UCS4, Py_ssize_t, Py_ssize_t, int);
PyAPI_FUNC(Py_ssize_t) PyUnicode_Tailmatch(PyObject *, PyObject *, Py_ssize_t, Py_ssize_t, int);
PyAPI_FUNC(int) PyUnicode_IsIdentifier(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_RichCompare(PyObject *, PyObject *, int);
PyAPI_FUNC(PyObject *) PyUnicode_Format(PyObject *, PyObject *);
PyAPI_FUNC(void) PyUnicode_Append(PyObject **, PyObject *);
PyAPI_FUNC(void) PyUnicode_AppendAndDel(PyObject **, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_FromObject(PyObject *);
Py_DEPRECATED(3.10) PyAPI_FUNC(void) PyUnicode_InternImmortal(PyObject **);
PyAPI_FUNC(const char *) PyUnicode_GetDefaultEncoding(void);
PyAPI_FUNC(Py_UCS4 *) PyUnicode_AsUCS4(PyObject *, Py_UCS4 *, Py_ssize_t, int);
PyAPI_FUNC(Py_UCS4 *) PyUnicode_AsUCS4Copy(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyUnicode_AsWideChar(PyObject *, wchar_t *, Py_ssize_t);
PyAPI_FUNC(wchar_t *) PyUnicode_AsWideCharString(PyObject *, Py_ssize_t *);
PyAPI_FUNC(PyObject *) PyUnicode_FromWideChar(const wchar_t *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeFSDefault(const char *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeFSDefaultAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeFSDefault(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeLocale(const char *, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeLocaleAndSize(const char *, Py_ssize_t, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_EncodeLocale(PyObject *, const char *);
#define Py_CLEANUP_SUPPORTED 0x20000
PyAPI_FUNC(int) PyUnicode_FSConverter(PyObject *, void *);
PyAPI_FUNC(int) PyUnicode_FSDecoder(PyObject *, void *);
PyAPI_FUNC(PyObject *) PyOS_FSPath(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_FromEncodedObject(PyObject *, const char *, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF16(const char *, Py_ssize_t, const char *, int *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF32(const char *, Py_ssize_t, const char *, int *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF7(const char *, Py_ssize_t, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUnicodeEscape(const char *, Py_ssize_t, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeRawUnicodeEscape(const char *, Py_ssize_t, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF16String(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF32String(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsUnicodeEscapeString(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_AsRawUnicodeEscapeString(PyObject *);
PyAPI_FUNC(int) PyUnicode_CompareWithASCIIString(PyObject *, const char *);
PyAPI_FUNC(int) PyUnicode_Compare(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_InternFromString(const char *);
PyAPI_FUNC(void) PyUnicode_InternInPlace(PyObject **);
PyAPI_FUNC(PyObject *) PyUnicode_New(Py_ssize_t, Py_UCS4);
PyAPI_FUNC(int) PyUnicode_Contains(PyObject *, PyObject *);
#ifndef Py_LIMITED_API
/* PEP 393 access over Spry's str layout: header, then the code points. */
typedef struct {
    PyObject_HEAD
    Py_ssize_t length;
    Py_hash_t hash;
    uint8_t kind;
    uint8_t ascii;
    uint8_t interned;
    uint8_t _reserved;
    Py_ssize_t utf8_length;
    char *utf8;
} _SpryStrObject;
enum PyUnicode_Kind { PyUnicode_WCHAR_KIND = 0, PyUnicode_1BYTE_KIND = 1, PyUnicode_2BYTE_KIND = 2,
                      PyUnicode_4BYTE_KIND = 4 };
#define PyUnicode_IS_READY(op) 1
#define PyUnicode_READY(op) 0
#define PyUnicode_GET_LENGTH(op) (((_SpryStrObject *)(op))->length)
#define PyUnicode_KIND(op) ((int)((_SpryStrObject *)(op))->kind)
#define PyUnicode_DATA(op) ((void *)(((_SpryStrObject *)(op)) + 1))
#define PyUnicode_IS_ASCII(op) (((_SpryStrObject *)(op))->ascii)
#define PyUnicode_IS_COMPACT_ASCII(op) PyUnicode_IS_ASCII(op)
#define PyUnicode_1BYTE_DATA(op) ((Py_UCS1 *)PyUnicode_DATA(op))
#define PyUnicode_2BYTE_DATA(op) ((Py_UCS2 *)PyUnicode_DATA(op))
#define PyUnicode_4BYTE_DATA(op) ((Py_UCS4 *)PyUnicode_DATA(op))
static inline Py_UCS4 PyUnicode_READ(int kind, const void *data, Py_ssize_t index) {
    return kind == 1 ? ((const Py_UCS1 *)data)[index]
         : kind == 2 ? ((const Py_UCS2 *)data)[index] : ((const Py_UCS4 *)data)[index];
}
static inline void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value) {
    if (kind == 1) ((Py_UCS1 *)data)[index] = (Py_UCS1)value;
    else if (kind == 2) ((Py_UCS2 *)data)[index] = (Py_UCS2)value;
    else ((Py_UCS4 *)data)[index] = value;
}
#define PyUnicode_READ_CHAR(op, i) PyUnicode_READ(PyUnicode_KIND(op), PyUnicode_DATA(op), (i))
#define PyUnicode_MAX_CHAR_VALUE(op)                                                       \
    (PyUnicode_IS_ASCII(op) ? 0x7f : PyUnicode_KIND(op) == 1 ? 0xff                        \
     : PyUnicode_KIND(op) == 2 ? 0xffff : 0x10ffff)
#define PyUnicode_GET_SIZE(op) PyUnicode_GET_LENGTH(op)
#endif

#define PyBytes_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(op) Py_IS_TYPE((op), &PyBytes_Type)
PyAPI_FUNC(PyObject *) PyBytes_FromString(const char *);
PyAPI_FUNC(PyObject *) PyBytes_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyBytes_FromFormat(const char *, ...);
PyAPI_FUNC(char *) PyBytes_AsString(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyBytes_Size(PyObject *);
PyAPI_FUNC(int) PyBytes_AsStringAndSize(PyObject *, char **, Py_ssize_t *);
PyAPI_FUNC(void) PyBytes_Concat(PyObject **, PyObject *);
PyAPI_FUNC(int) _PyBytes_Resize(PyObject **, Py_ssize_t);
#ifndef Py_LIMITED_API
typedef struct { PyObject_VAR_HEAD Py_hash_t ob_shash; char ob_sval[1]; } PyBytesObject;
#define PyBytes_AS_STRING(op) (((PyBytesObject *)(op))->ob_sval)
#define PyBytes_GET_SIZE(op) Py_SIZE(op)
#endif
#define PyByteArray_Check(op) PyObject_TypeCheck((op), &PyByteArray_Type)
PyAPI_FUNC(PyObject *) PyByteArray_FromStringAndSize(const char *, Py_ssize_t);
PyAPI_FUNC(char *) PyByteArray_AsString(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyByteArray_Size(PyObject *);

/* ==== containers ========================================================================= */
#define PyTuple_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TUPLE_SUBCLASS)
#define PyTuple_CheckExact(op) Py_IS_TYPE((op), &PyTuple_Type)
PyAPI_FUNC(PyObject *) PyTuple_New(Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PyTuple_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(PyObject *) PyTuple_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) _PyTuple_Resize(PyObject **, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t, ...);
#ifndef Py_LIMITED_API
PyAPI_FUNC(PyObject *) _SpryTuple_GET_ITEM(PyObject *, Py_ssize_t);
PyAPI_FUNC(void) _SpryTuple_SET_ITEM(PyObject *, Py_ssize_t, PyObject *);
#define PyTuple_GET_ITEM(op, i) _SpryTuple_GET_ITEM(_PyObject_CAST(op), (i))
#define PyTuple_SET_ITEM(op, i, v) _SpryTuple_SET_ITEM(_PyObject_CAST(op), (i), _PyObject_CAST(v))
#define PyTuple_GET_SIZE(op) Py_SIZE(op)
#endif

#define PyList_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LIST_SUBCLASS)
#define PyList_CheckExact(op) Py_IS_TYPE((op), &PyList_Type)
PyAPI_FUNC(PyObject *) PyList_New(Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PyList_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyList_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Insert(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PyList_Append(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) PyList_Sort(PyObject *);
PyAPI_FUNC(int) PyList_Reverse(PyObject *);
PyAPI_FUNC(PyObject *) PyList_AsTuple(PyObject *);
#ifndef Py_LIMITED_API
PyAPI_FUNC(PyObject *) _SpryList_GET_ITEM(PyObject *, Py_ssize_t);
PyAPI_FUNC(void) _SpryList_SET_ITEM(PyObject *, Py_ssize_t, PyObject *);
#define PyList_GET_ITEM(op, i) _SpryList_GET_ITEM(_PyObject_CAST(op), (i))
#define PyList_SET_ITEM(op, i, v) _SpryList_SET_ITEM(_PyObject_CAST(op), (i), _PyObject_CAST(v))
#define PyList_GET_SIZE(op) Py_SIZE(op)
#endif

#define PyDict_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_DICT_SUBCLASS)
#define PyDict_CheckExact(op) Py_IS_TYPE((op), &PyDict_Type)
PyAPI_FUNC(PyObject *) PyDict_New(void);
PyAPI_FUNC(PyObject *) PyDict_GetItem(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyDict_GetItemWithError(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyDict_GetItemString(PyObject *, const char *);
PyAPI_FUNC(int) PyDict_SetItem(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyDict_SetItemString(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyDict_DelItem(PyObject *, PyObject *);
PyAPI_FUNC(int) PyDict_DelItemString(PyObject *, const char *);
PyAPI_FUNC(int) PyDict_Contains(PyObject *, PyObject *);
PyAPI_FUNC(Py_ssize_t) PyDict_Size(PyObject *);
#ifndef Py_LIMITED_API
#define PyDict_GET_SIZE(mp) PyDict_Size(_PyObject_CAST(mp))
#endif
PyAPI_FUNC(int) PyDict_Next(PyObject *, Py_ssize_t *, PyObject **, PyObject **);
PyAPI_FUNC(PyObject *) PyDict_Keys(PyObject *);
PyAPI_FUNC(PyObject *) PyDict_Values(PyObject *);
PyAPI_FUNC(PyObject *) PyDict_Items(PyObject *);
PyAPI_FUNC(PyObject *) PyDict_Copy(PyObject *);
PyAPI_FUNC(void) PyDict_Clear(PyObject *);
PyAPI_FUNC(int) PyDict_Update(PyObject *, PyObject *);
PyAPI_FUNC(int) PyDict_Merge(PyObject *, PyObject *, int);
PyAPI_FUNC(PyObject *) PyDict_SetDefault(PyObject *, PyObject *, PyObject *);

PyAPI_FUNC(PyObject *) PyIter_Next(PyObject *);
PyAPI_FUNC(int) PyIter_Check(PyObject *);
PyAPI_FUNC(Py_ssize_t) PySequence_Size(PyObject *);
PyAPI_FUNC(Py_ssize_t) PySequence_Length(PyObject *);
PyAPI_FUNC(int) PySequence_Check(PyObject *);
PyAPI_FUNC(PyObject *) PySequence_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PySequence_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PySequence_Contains(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PySequence_Tuple(PyObject *);
PyAPI_FUNC(PyObject *) PySequence_List(PyObject *);
PyAPI_FUNC(PyObject *) PySequence_Fast(PyObject *, const char *);
#define PySequence_Fast_GET_SIZE(o) Py_SIZE(o)
#define PySequence_Fast_GET_ITEM(o, i)                                                     \
    (PyList_Check(o) ? PyList_GET_ITEM((o), (i)) : PyTuple_GET_ITEM((o), (i)))
PyAPI_FUNC(int) PyMapping_Check(PyObject *);
PyAPI_FUNC(Py_ssize_t) PyMapping_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyMapping_GetItemString(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyMapping_Keys(PyObject *);

/* api/legacy/bytes_codecs.c */
PyAPI_FUNC(PyObject *) PyBytes_FromObject(PyObject *);
PyAPI_FUNC(PyObject *) PyBytes_Repr(PyObject *, int);
PyAPI_FUNC(void) PyBytes_ConcatAndDel(PyObject **, PyObject *);
PyAPI_FUNC(PyObject *) PyBytes_FromFormatV(const char *, va_list);
PyAPI_FUNC(PyObject *) PyByteArray_FromObject(PyObject *);
PyAPI_FUNC(PyObject *) PyByteArray_Concat(PyObject *, PyObject *);
PyAPI_FUNC(int) PyByteArray_Resize(PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PyMemoryView_FromObject(PyObject *);
PyAPI_FUNC(PyObject *) PyCodec_Encode(PyObject *, const char *, const char *);
PyAPI_FUNC(PyObject *) PyCodec_Decode(PyObject *, const char *, const char *);
PyAPI_FUNC(int) PyCodec_KnownEncoding(const char *);
PyAPI_FUNC(PyObject *) PyCodec_Encoder(const char *);
PyAPI_FUNC(PyObject *) PyCodec_Decoder(const char *);
PyAPI_FUNC(PyObject *) PyCodec_IncrementalEncoder(const char *, const char *);
PyAPI_FUNC(PyObject *) PyCodec_IncrementalDecoder(const char *, const char *);
PyAPI_FUNC(int) PyCodec_Register(PyObject *);
PyAPI_FUNC(int) PyCodec_Unregister(PyObject *);
PyAPI_FUNC(int) PyCodec_RegisterError(const char *, PyObject *);
PyAPI_FUNC(PyObject *) PyCodec_LookupError(const char *);
PyAPI_FUNC(PyObject *) PyCodec_StrictErrors(PyObject *);
PyAPI_FUNC(PyObject *) PyCodec_IgnoreErrors(PyObject *);
PyAPI_FUNC(PyObject *) PyCodec_ReplaceErrors(PyObject *);
PyAPI_FUNC(PyObject *) PyCodec_XMLCharRefReplaceErrors(PyObject *);
PyAPI_FUNC(PyObject *) PyCodec_BackslashReplaceErrors(PyObject *);
PyAPI_FUNC(PyObject *) PyCodec_NameReplaceErrors(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicodeDecodeError_Create(const char *, const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t,
                                                   const char *);
#define _SPRY_UNICODE_ERROR_API(prefix)                                                    \
    PyAPI_FUNC(PyObject *) prefix##_GetObject(PyObject *);                                 \
    PyAPI_FUNC(PyObject *) prefix##_GetReason(PyObject *);                                 \
    PyAPI_FUNC(int) prefix##_GetStart(PyObject *, Py_ssize_t *);                           \
    PyAPI_FUNC(int) prefix##_GetEnd(PyObject *, Py_ssize_t *);                             \
    PyAPI_FUNC(int) prefix##_SetStart(PyObject *, Py_ssize_t);                             \
    PyAPI_FUNC(int) prefix##_SetEnd(PyObject *, Py_ssize_t);                               \
    PyAPI_FUNC(int) prefix##_SetReason(PyObject *, const char *);
_SPRY_UNICODE_ERROR_API(PyUnicodeDecodeError)
_SPRY_UNICODE_ERROR_API(PyUnicodeEncodeError)
_SPRY_UNICODE_ERROR_API(PyUnicodeTranslateError)
#undef _SPRY_UNICODE_ERROR_API
PyAPI_FUNC(PyObject *) PyUnicodeDecodeError_GetEncoding(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicodeEncodeError_GetEncoding(PyObject *);

/* api/legacy/protocols.c */
PyAPI_FUNC(PyObject *) PySequence_Concat(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PySequence_InPlaceConcat(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PySequence_Repeat(PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PySequence_InPlaceRepeat(PyObject *, Py_ssize_t);
PyAPI_FUNC(PyObject *) PySequence_GetSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) PySequence_SetSlice(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
PyAPI_FUNC(int) PySequence_DelSlice(PyObject *, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) PySequence_DelItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PySequence_Count(PyObject *, PyObject *);
PyAPI_FUNC(Py_ssize_t) PySequence_Index(PyObject *, PyObject *);
PyAPI_FUNC(int) PySequence_In(PyObject *, PyObject *);
PyAPI_FUNC(int) PyList_SetSlice(PyObject *, Py_ssize_t, Py_ssize_t, PyObject *);
PyAPI_FUNC(Py_ssize_t) PyMapping_Length(PyObject *);
PyAPI_FUNC(int) PyMapping_HasKey(PyObject *, PyObject *);
PyAPI_FUNC(int) PyMapping_HasKeyString(PyObject *, const char *);
PyAPI_FUNC(int) PyMapping_SetItemString(PyObject *, const char *, PyObject *);
PyAPI_FUNC(PyObject *) PyMapping_Items(PyObject *);
PyAPI_FUNC(PyObject *) PyMapping_Values(PyObject *);
PyAPI_FUNC(int) PyObject_DelItemString(PyObject *, const char *);
#define PyMapping_DelItemString(o, key) PyObject_DelItemString((o), (key))
#define PyMapping_DelItem(o, key) PyObject_DelItem((o), (key))
#define PyAnySet_CheckExact(o) (Py_IS_TYPE((o), &PySet_Type) || Py_IS_TYPE((o), &PyFrozenSet_Type))
#define PyAnySet_Check(o) (PyAnySet_CheckExact(o) || PyType_IsSubtype(Py_TYPE(o), &PySet_Type) || \
                           PyType_IsSubtype(Py_TYPE(o), &PyFrozenSet_Type))
#define PySet_Check(o) (Py_IS_TYPE((o), &PySet_Type) || PyType_IsSubtype(Py_TYPE(o), &PySet_Type))
#define PyFrozenSet_CheckExact(o) Py_IS_TYPE((o), &PyFrozenSet_Type)
#define PyFrozenSet_Check(o) (PyFrozenSet_CheckExact(o) || PyType_IsSubtype(Py_TYPE(o), &PyFrozenSet_Type))
PyAPI_FUNC(PyObject *) PySet_New(PyObject *);
PyAPI_FUNC(PyObject *) PyFrozenSet_New(PyObject *);
PyAPI_FUNC(Py_ssize_t) PySet_Size(PyObject *);
PyAPI_FUNC(int) PySet_Contains(PyObject *, PyObject *);
PyAPI_FUNC(int) PySet_Add(PyObject *, PyObject *);
PyAPI_FUNC(int) PySet_Discard(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PySet_Pop(PyObject *);
PyAPI_FUNC(int) PySet_Clear(PyObject *);
#define PySlice_Check(o) Py_IS_TYPE((o), &PySlice_Type)
PyAPI_FUNC(PyObject *) PySlice_New(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PySlice_Unpack(PyObject *, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *);
PyAPI_FUNC(Py_ssize_t) PySlice_AdjustIndices(Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t);
PyAPI_FUNC(int) PySlice_GetIndicesEx(PyObject *, Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *,
                                     Py_ssize_t *);
PyAPI_FUNC(int) PySlice_GetIndices(PyObject *, Py_ssize_t, Py_ssize_t *, Py_ssize_t *, Py_ssize_t *);
PyAPI_FUNC(PyObject *) PySeqIter_New(PyObject *);
PyAPI_FUNC(PyObject *) PyCallIter_New(PyObject *, PyObject *);
PyAPI_FUNC(PySendResult) PyIter_Send(PyObject *, PyObject *, PyObject **);
PyAPI_FUNC(PyObject *) PyWeakref_NewRef(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyWeakref_NewProxy(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyWeakref_GetObject(PyObject *);
PyAPI_FUNC(void) PyObject_ClearWeakRefs(PyObject *);
PyAPI_FUNC(PyObject *) PyException_GetCause(PyObject *);
PyAPI_FUNC(PyObject *) PyException_GetContext(PyObject *);
PyAPI_FUNC(PyObject *) PyException_GetTraceback(PyObject *);
PyAPI_FUNC(void) PyException_SetCause(PyObject *, PyObject *);
PyAPI_FUNC(void) PyException_SetContext(PyObject *, PyObject *);
PyAPI_FUNC(int) PyException_SetTraceback(PyObject *, PyObject *);
PyAPI_FUNC(const char *) PyExceptionClass_Name(PyObject *);
PyAPI_FUNC(void) _Py_IncRef(PyObject *);
PyAPI_FUNC(void) _Py_DecRef(PyObject *);
PyAPI_FUNC(void) _PyErr_BadInternalCall(const char *, int);
PyAPI_FUNC(unsigned int) PyType_ClearCache(void);
PyAPI_FUNC(int) PyAIter_Check(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_GetAIter(PyObject *);
PyAPI_FUNC(int) PyObject_AsFileDescriptor(PyObject *);
PyAPI_FUNC(int) PyDict_MergeFromSeq2(PyObject *, PyObject *, int);

/* ==== exceptions ========================================================================= */
#define _SPRY_EXC(name) PyAPI_DATA(PyTypeObject) _SpryExc_##name __asm__("exc_" #name)
#define _SPRY_EXCOBJ(name) ((PyObject *)&_SpryExc_##name)
_SPRY_EXC(BaseException); _SPRY_EXC(Exception); _SPRY_EXC(TypeError); _SPRY_EXC(ValueError);
_SPRY_EXC(KeyError); _SPRY_EXC(IndexError); _SPRY_EXC(AttributeError); _SPRY_EXC(RuntimeError);
_SPRY_EXC(OverflowError); _SPRY_EXC(ZeroDivisionError); _SPRY_EXC(MemoryError);
_SPRY_EXC(SystemError); _SPRY_EXC(ImportError); _SPRY_EXC(StopIteration); _SPRY_EXC(OSError);
_SPRY_EXC(NotImplementedError); _SPRY_EXC(LookupError); _SPRY_EXC(ArithmeticError);
_SPRY_EXC(AssertionError); _SPRY_EXC(NameError); _SPRY_EXC(UnicodeError);
_SPRY_EXC(UnicodeDecodeError); _SPRY_EXC(UnicodeEncodeError); _SPRY_EXC(BufferError);
_SPRY_EXC(KeyboardInterrupt); _SPRY_EXC(SystemExit); _SPRY_EXC(RecursionError);
_SPRY_EXC(Warning); _SPRY_EXC(DeprecationWarning); _SPRY_EXC(RuntimeWarning);
_SPRY_EXC(UserWarning); _SPRY_EXC(FileNotFoundError); _SPRY_EXC(EOFError);
_SPRY_EXC(ModuleNotFoundError); _SPRY_EXC(FloatingPointError); _SPRY_EXC(GeneratorExit);
_SPRY_EXC(BaseExceptionGroup); _SPRY_EXC(UnboundLocalError); _SPRY_EXC(BlockingIOError);
_SPRY_EXC(ChildProcessError); _SPRY_EXC(ConnectionError); _SPRY_EXC(BrokenPipeError);
_SPRY_EXC(ConnectionAbortedError); _SPRY_EXC(ConnectionRefusedError);
_SPRY_EXC(ConnectionResetError); _SPRY_EXC(FileExistsError); _SPRY_EXC(InterruptedError);
_SPRY_EXC(IsADirectoryError); _SPRY_EXC(NotADirectoryError); _SPRY_EXC(PermissionError);
_SPRY_EXC(ProcessLookupError); _SPRY_EXC(TimeoutError); _SPRY_EXC(ReferenceError);
_SPRY_EXC(StopAsyncIteration); _SPRY_EXC(SyntaxError); _SPRY_EXC(IndentationError);
_SPRY_EXC(TabError); _SPRY_EXC(UnicodeTranslateError); _SPRY_EXC(BytesWarning);
_SPRY_EXC(EncodingWarning); _SPRY_EXC(FutureWarning); _SPRY_EXC(ImportWarning);
_SPRY_EXC(PendingDeprecationWarning); _SPRY_EXC(ResourceWarning); _SPRY_EXC(SyntaxWarning);
_SPRY_EXC(UnicodeWarning);
#define PyExc_BaseExceptionGroup _SPRY_EXCOBJ(BaseExceptionGroup)
#define PyExc_UnboundLocalError _SPRY_EXCOBJ(UnboundLocalError)
#define PyExc_BlockingIOError _SPRY_EXCOBJ(BlockingIOError)
#define PyExc_ChildProcessError _SPRY_EXCOBJ(ChildProcessError)
#define PyExc_ConnectionError _SPRY_EXCOBJ(ConnectionError)
#define PyExc_BrokenPipeError _SPRY_EXCOBJ(BrokenPipeError)
#define PyExc_ConnectionAbortedError _SPRY_EXCOBJ(ConnectionAbortedError)
#define PyExc_ConnectionRefusedError _SPRY_EXCOBJ(ConnectionRefusedError)
#define PyExc_ConnectionResetError _SPRY_EXCOBJ(ConnectionResetError)
#define PyExc_FileExistsError _SPRY_EXCOBJ(FileExistsError)
#define PyExc_InterruptedError _SPRY_EXCOBJ(InterruptedError)
#define PyExc_IsADirectoryError _SPRY_EXCOBJ(IsADirectoryError)
#define PyExc_NotADirectoryError _SPRY_EXCOBJ(NotADirectoryError)
#define PyExc_PermissionError _SPRY_EXCOBJ(PermissionError)
#define PyExc_ProcessLookupError _SPRY_EXCOBJ(ProcessLookupError)
#define PyExc_TimeoutError _SPRY_EXCOBJ(TimeoutError)
#define PyExc_ReferenceError _SPRY_EXCOBJ(ReferenceError)
#define PyExc_StopAsyncIteration _SPRY_EXCOBJ(StopAsyncIteration)
#define PyExc_SyntaxError _SPRY_EXCOBJ(SyntaxError)
#define PyExc_IndentationError _SPRY_EXCOBJ(IndentationError)
#define PyExc_TabError _SPRY_EXCOBJ(TabError)
#define PyExc_UnicodeTranslateError _SPRY_EXCOBJ(UnicodeTranslateError)
#define PyExc_BytesWarning _SPRY_EXCOBJ(BytesWarning)
#define PyExc_EncodingWarning _SPRY_EXCOBJ(EncodingWarning)
#define PyExc_FutureWarning _SPRY_EXCOBJ(FutureWarning)
#define PyExc_ImportWarning _SPRY_EXCOBJ(ImportWarning)
#define PyExc_PendingDeprecationWarning _SPRY_EXCOBJ(PendingDeprecationWarning)
#define PyExc_ResourceWarning _SPRY_EXCOBJ(ResourceWarning)
#define PyExc_SyntaxWarning _SPRY_EXCOBJ(SyntaxWarning)
#define PyExc_UnicodeWarning _SPRY_EXCOBJ(UnicodeWarning)
#define PyExc_BaseException _SPRY_EXCOBJ(BaseException)
#define PyExc_Exception _SPRY_EXCOBJ(Exception)
#define PyExc_TypeError _SPRY_EXCOBJ(TypeError)
#define PyExc_ValueError _SPRY_EXCOBJ(ValueError)
#define PyExc_KeyError _SPRY_EXCOBJ(KeyError)
#define PyExc_IndexError _SPRY_EXCOBJ(IndexError)
#define PyExc_AttributeError _SPRY_EXCOBJ(AttributeError)
#define PyExc_RuntimeError _SPRY_EXCOBJ(RuntimeError)
#define PyExc_OverflowError _SPRY_EXCOBJ(OverflowError)
#define PyExc_ZeroDivisionError _SPRY_EXCOBJ(ZeroDivisionError)
#define PyExc_MemoryError _SPRY_EXCOBJ(MemoryError)
#define PyExc_SystemError _SPRY_EXCOBJ(SystemError)
#define PyExc_ImportError _SPRY_EXCOBJ(ImportError)
#define PyExc_StopIteration _SPRY_EXCOBJ(StopIteration)
#define PyExc_OSError _SPRY_EXCOBJ(OSError)
#define PyExc_IOError _SPRY_EXCOBJ(OSError)
#define PyExc_EnvironmentError _SPRY_EXCOBJ(OSError)
#define PyExc_NotImplementedError _SPRY_EXCOBJ(NotImplementedError)
#define PyExc_LookupError _SPRY_EXCOBJ(LookupError)
#define PyExc_ArithmeticError _SPRY_EXCOBJ(ArithmeticError)
#define PyExc_AssertionError _SPRY_EXCOBJ(AssertionError)
#define PyExc_NameError _SPRY_EXCOBJ(NameError)
#define PyExc_UnicodeError _SPRY_EXCOBJ(UnicodeError)
#define PyExc_UnicodeDecodeError _SPRY_EXCOBJ(UnicodeDecodeError)
#define PyExc_UnicodeEncodeError _SPRY_EXCOBJ(UnicodeEncodeError)
#define PyExc_BufferError _SPRY_EXCOBJ(BufferError)
#define PyExc_KeyboardInterrupt _SPRY_EXCOBJ(KeyboardInterrupt)
#define PyExc_SystemExit _SPRY_EXCOBJ(SystemExit)
#define PyExc_RecursionError _SPRY_EXCOBJ(RecursionError)
#define PyExc_Warning _SPRY_EXCOBJ(Warning)
#define PyExc_DeprecationWarning _SPRY_EXCOBJ(DeprecationWarning)
#define PyExc_RuntimeWarning _SPRY_EXCOBJ(RuntimeWarning)
#define PyExc_UserWarning _SPRY_EXCOBJ(UserWarning)
#define PyExc_FileNotFoundError _SPRY_EXCOBJ(FileNotFoundError)
#define PyExc_EOFError _SPRY_EXCOBJ(EOFError)
#define PyExc_ModuleNotFoundError _SPRY_EXCOBJ(ModuleNotFoundError)
#define PyExc_FloatingPointError _SPRY_EXCOBJ(FloatingPointError)
#define PyExc_GeneratorExit _SPRY_EXCOBJ(GeneratorExit)

PyAPI_FUNC(void) PyErr_SetString(PyObject *, const char *);
PyAPI_FUNC(void) PyErr_SetObject(PyObject *, PyObject *);
PyAPI_FUNC(void) PyErr_SetNone(PyObject *);
PyAPI_FUNC(PyObject *) PyErr_Format(PyObject *, const char *, ...);
PyAPI_FUNC(PyObject *) PyErr_FormatV(PyObject *, const char *, va_list);
PyAPI_FUNC(PyObject *) PyErr_Occurred(void);
PyAPI_FUNC(void) PyErr_Clear(void);
PyAPI_FUNC(void) PyErr_Fetch(PyObject **, PyObject **, PyObject **);
PyAPI_FUNC(void) PyErr_Restore(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(void) PyErr_NormalizeException(PyObject **, PyObject **, PyObject **);
PyAPI_FUNC(int) PyErr_ExceptionMatches(PyObject *);
PyAPI_FUNC(int) PyErr_GivenExceptionMatches(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyErr_NoMemory(void);
PyAPI_FUNC(int) PyErr_BadArgument(void);
PyAPI_FUNC(void) PyErr_BadInternalCall(void);
PyAPI_FUNC(PyObject *) PyErr_SetFromErrno(PyObject *);
PyAPI_FUNC(void) PyErr_Print(void);
PyAPI_FUNC(void) PyErr_WriteUnraisable(PyObject *);
PyAPI_FUNC(int) PyErr_WarnEx(PyObject *, const char *, Py_ssize_t);
PyAPI_FUNC(int) PyErr_WarnFormat(PyObject *, Py_ssize_t, const char *, ...);
PyAPI_FUNC(void) _PyErr_ChainExceptions(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyErr_NewException(const char *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyErr_NewExceptionWithDoc(const char *, const char *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyErr_CheckSignals(void);
PyAPI_FUNC(PyObject *) PyErr_GetHandledException(void);
PyAPI_FUNC(void) PyErr_SetHandledException(PyObject *);
PyAPI_FUNC(void) PyErr_GetExcInfo(PyObject **, PyObject **, PyObject **);
PyAPI_FUNC(void) PyErr_SetExcInfo(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyErr_SetFromErrnoWithFilename(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyErr_SetFromErrnoWithFilenameObject(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyErr_SetFromErrnoWithFilenameObjects(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyErr_SetImportError(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyErr_SetImportErrorSubclass(PyObject *, PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyErr_WarnExplicit(PyObject *, const char *, const char *, int, const char *, PyObject *);
PyAPI_FUNC(int) PyErr_ResourceWarning(PyObject *, Py_ssize_t, const char *, ...);
PyAPI_FUNC(void) PyErr_PrintEx(int);
PyAPI_FUNC(void) PyErr_Display(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyErr_SetInterruptEx(int);
PyAPI_FUNC(void) PyErr_SetInterrupt(void);
#define PyExceptionClass_Check(x)                                                          \
    (PyType_Check(x) && PyType_FastSubclass((PyTypeObject *)(x), Py_TPFLAGS_BASE_EXC_SUBCLASS))
#define PyExceptionInstance_Check(x)                                                       \
    PyType_FastSubclass(Py_TYPE(x), Py_TPFLAGS_BASE_EXC_SUBCLASS)

/* ==== functions, methods, modules ========================================================= */
#define METH_VARARGS 0x0001
#define METH_KEYWORDS 0x0002
#define METH_NOARGS 0x0004
#define METH_O 0x0008
#define METH_CLASS 0x0010
#define METH_STATIC 0x0020
#define METH_COEXIST 0x0040
#define METH_FASTCALL 0x0080
#define METH_METHOD 0x0200
#define _PyCFunction_CAST(func) ((PyCFunction)(void (*)(void))(func))
#define PyCFunction_Check(op) PyObject_TypeCheck((op), &PyCFunction_Type)
PyAPI_FUNC(PyObject *) PyCFunction_NewEx(PyMethodDef *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyCMethod_New(PyMethodDef *, PyObject *, PyObject *, PyTypeObject *);
#define PyCFunction_New(ml, self) PyCFunction_NewEx((ml), (self), NULL)
PyAPI_FUNC(PyCFunction) PyCFunction_GetFunction(PyObject *);
PyAPI_FUNC(PyObject *) PyCFunction_GetSelf(PyObject *);
PyAPI_FUNC(int) PyCFunction_GetFlags(PyObject *);
PyAPI_FUNC(PyObject *) PyCFunction_Call(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyDescr_NewMethod(PyTypeObject *, PyMethodDef *);
PyAPI_FUNC(PyObject *) PyDescr_NewClassMethod(PyTypeObject *, PyMethodDef *);

typedef struct PyModuleDef_Base {
    PyObject_HEAD
    PyObject *(*m_init)(void);
    Py_ssize_t m_index;
    PyObject *m_copy;
} PyModuleDef_Base;
#define PyModuleDef_HEAD_INIT {PyObject_HEAD_INIT(NULL) NULL, 0, NULL}
typedef struct PyModuleDef_Slot {
    int slot;
    void *value;
} PyModuleDef_Slot;
#define Py_mod_create 1
#define Py_mod_exec 2
typedef struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    Py_ssize_t m_size;
    PyMethodDef *m_methods;
    PyModuleDef_Slot *m_slots;
    traverseproc m_traverse;
    inquiry m_clear;
    freefunc m_free;
} PyModuleDef;

#define PYTHON_API_VERSION 1013
#define PYTHON_ABI_VERSION 3
#define PyModule_Check(op) PyObject_TypeCheck((op), &PyModule_Type)
#define PyModule_CheckExact(op) Py_IS_TYPE((op), &PyModule_Type)
PyAPI_FUNC(PyObject *) PyModule_Create2(PyModuleDef *, int);
#define PyModule_Create(module) PyModule_Create2((module), PYTHON_API_VERSION)
PyAPI_FUNC(PyObject *) PyModule_FromDefAndSpec2(PyModuleDef *, PyObject *, int);
#define PyModule_FromDefAndSpec(def, spec) PyModule_FromDefAndSpec2((def), (spec), PYTHON_API_VERSION)
PyAPI_FUNC(int) PyModule_ExecDef(PyObject *, PyModuleDef *);
PyAPI_FUNC(PyObject *) PyModuleDef_Init(PyModuleDef *);
PyAPI_FUNC(PyObject *) PyModule_New(const char *);
PyAPI_FUNC(PyObject *) PyModule_NewObject(PyObject *);
PyAPI_FUNC(PyObject *) PyModule_GetDict(PyObject *);
PyAPI_FUNC(const char *) PyModule_GetName(PyObject *);
PyAPI_FUNC(PyObject *) PyModule_GetNameObject(PyObject *);
PyAPI_FUNC(void *) PyModule_GetState(PyObject *);
PyAPI_FUNC(PyModuleDef *) PyModule_GetDef(PyObject *);
PyAPI_FUNC(int) PyModule_AddObject(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyModule_AddObjectRef(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyModule_AddIntConstant(PyObject *, const char *, long);
PyAPI_FUNC(int) PyModule_AddStringConstant(PyObject *, const char *, const char *);
PyAPI_FUNC(int) PyModule_AddType(PyObject *, PyTypeObject *);
PyAPI_FUNC(int) PyModule_AddFunctions(PyObject *, PyMethodDef *);
PyAPI_FUNC(int) PyModule_SetDocString(PyObject *, const char *);
#define PyModule_AddIntMacro(m, c) PyModule_AddIntConstant((m), #c, (c))
#define PyModule_AddStringMacro(m, c) PyModule_AddStringConstant((m), #c, (c))
PyAPI_FUNC(PyObject *) PyType_GetModuleByDef(PyTypeObject *, PyModuleDef *);

PyAPI_FUNC(PyObject *) PyImport_ImportModule(const char *);
PyAPI_FUNC(PyObject *) PyImport_Import(PyObject *);
PyAPI_FUNC(PyObject *) PyImport_GetModuleDict(void);
#ifndef Py_LIMITED_API
struct _inittab {
    const char *name;
    PyObject *(*initfunc)(void);
};
PyAPI_FUNC(int) PyImport_ExtendInittab(struct _inittab *newtab);
#endif
PyAPI_FUNC(int) PyImport_AppendInittab(const char *name, PyObject *(*initfunc)(void));
PyAPI_FUNC(PyObject *) PyEval_GetBuiltins(void);
PyAPI_FUNC(PyObject *) PyEval_GetGlobals(void);
PyAPI_FUNC(const char *) PyEval_GetFuncName(PyObject *);
PyAPI_FUNC(const char *) PyEval_GetFuncDesc(PyObject *);
Py_DEPRECATED(3.9) PyAPI_FUNC(PyObject *) PyEval_CallObjectWithKeywords(PyObject *, PyObject *, PyObject *);
Py_DEPRECATED(3.9) PyAPI_FUNC(PyObject *) PyEval_CallFunction(PyObject *, const char *, ...);
Py_DEPRECATED(3.9) PyAPI_FUNC(PyObject *) PyEval_CallMethod(PyObject *, const char *, const char *, ...);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleNoBlock(const char *);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleLevel(const char *, PyObject *, PyObject *, PyObject *, int);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleLevelObject(PyObject *, PyObject *, PyObject *, PyObject *, int);
#define PyImport_ImportModuleEx(n, g, l, f) PyImport_ImportModuleLevel((n), (g), (l), (f), 0)
PyAPI_FUNC(PyObject *) PyImport_GetModule(PyObject *);
PyAPI_FUNC(PyObject *) PyImport_AddModuleObject(PyObject *);
PyAPI_FUNC(PyObject *) PyImport_AddModule(const char *);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModule(const char *, PyObject *);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModuleEx(const char *, PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModuleWithPathnames(const char *, PyObject *, const char *, const char *);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModuleObject(PyObject *, PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyImport_ReloadModule(PyObject *);
PyAPI_FUNC(long) PyImport_GetMagicNumber(void);
PyAPI_FUNC(const char *) PyImport_GetMagicTag(void);
PyAPI_FUNC(PyObject *) PyModule_GetFilenameObject(PyObject *);
Py_DEPRECATED(3.2) PyAPI_FUNC(const char *) PyModule_GetFilename(PyObject *);

/* ==== argument parsing and value building ================================================= */
PyAPI_FUNC(int) PyArg_ParseTuple(PyObject *, const char *, ...);
PyAPI_FUNC(int) PyArg_ParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, ...);
PyAPI_FUNC(int) PyArg_VaParse(PyObject *, const char *, va_list);
PyAPI_FUNC(int) PyArg_VaParseTupleAndKeywords(PyObject *, PyObject *, const char *, char **, va_list);
PyAPI_FUNC(int) PyArg_Parse(PyObject *, const char *, ...);
PyAPI_FUNC(int) PyArg_UnpackTuple(PyObject *, const char *, Py_ssize_t, Py_ssize_t, ...);
PyAPI_FUNC(int) PyArg_ValidateKeywordArguments(PyObject *);
PyAPI_FUNC(int) _PyArg_ParseTuple_SizeT(PyObject *, const char *, ...);
PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywords_SizeT(PyObject *, PyObject *, const char *, char **, ...);
PyAPI_FUNC(int) _PyArg_CheckPositional(const char *, Py_ssize_t, Py_ssize_t, Py_ssize_t);
PyAPI_FUNC(int) _PyArg_NoKeywords(const char *, PyObject *);
PyAPI_FUNC(int) _PyArg_NoPositional(const char *, PyObject *);
PyAPI_FUNC(PyObject *) Py_BuildValue(const char *, ...);
PyAPI_FUNC(PyObject *) _Py_BuildValue_SizeT(const char *, ...);
PyAPI_FUNC(PyObject *) Py_VaBuildValue(const char *, va_list);
#ifdef PY_SSIZE_T_CLEAN
#define PyArg_ParseTuple _PyArg_ParseTuple_SizeT
#define PyArg_ParseTupleAndKeywords _PyArg_ParseTupleAndKeywords_SizeT
#define Py_BuildValue _Py_BuildValue_SizeT
#define PyObject_CallFunction _PyObject_CallFunction_SizeT
#define PyObject_CallMethod _PyObject_CallMethod_SizeT
#endif

/* ==== capsules, GIL, misc ================================================================ */
typedef void (*PyCapsule_Destructor)(PyObject *);
PyAPI_FUNC(PyObject *) PyCapsule_New(void *, const char *, PyCapsule_Destructor);
PyAPI_FUNC(void *) PyCapsule_GetPointer(PyObject *, const char *);
PyAPI_FUNC(const char *) PyCapsule_GetName(PyObject *);
PyAPI_FUNC(int) PyCapsule_IsValid(PyObject *, const char *);
PyAPI_FUNC(PyCapsule_Destructor) PyCapsule_GetDestructor(PyObject *);
PyAPI_FUNC(void *) PyCapsule_GetContext(PyObject *);
PyAPI_FUNC(int) PyCapsule_SetPointer(PyObject *, void *);
PyAPI_FUNC(int) PyCapsule_SetName(PyObject *, const char *);
PyAPI_FUNC(int) PyCapsule_SetDestructor(PyObject *, PyCapsule_Destructor);
PyAPI_FUNC(int) PyCapsule_SetContext(PyObject *, void *);
PyAPI_FUNC(void *) PyCapsule_Import(const char *, int);
#define PyCapsule_CheckExact(op) Py_IS_TYPE((op), &PyCapsule_Type)

typedef struct _ts PyThreadState;
typedef enum { PyGILState_LOCKED, PyGILState_UNLOCKED } PyGILState_STATE;
PyAPI_FUNC(PyGILState_STATE) PyGILState_Ensure(void);
PyAPI_FUNC(void) PyGILState_Release(PyGILState_STATE);
PyAPI_FUNC(PyThreadState *) PyEval_SaveThread(void);
PyAPI_FUNC(void) PyEval_RestoreThread(PyThreadState *);
PyAPI_FUNC(PyThreadState *) PyThreadState_Get(void);
PyAPI_FUNC(PyThreadState *) PyGILState_GetThisThreadState(void);
PyAPI_FUNC(int) PyGILState_Check(void);
Py_DEPRECATED(3.9) PyAPI_FUNC(void) PyEval_InitThreads(void);
Py_DEPRECATED(3.9) PyAPI_FUNC(int) PyEval_ThreadsInitialized(void);
PyAPI_FUNC(void) PyEval_AcquireThread(PyThreadState *);
PyAPI_FUNC(void) PyEval_ReleaseThread(PyThreadState *);
typedef struct _is PyInterpreterState;
/* api/legacy/pythread.c */
typedef void *PyThread_type_lock;
typedef enum PyLockStatus { PY_LOCK_FAILURE = 0, PY_LOCK_ACQUIRED = 1, PY_LOCK_INTR } PyLockStatus;
#define WAIT_LOCK 1
#define NOWAIT_LOCK 0
#define PYTHREAD_INVALID_THREAD_ID ((unsigned long)-1)
typedef struct _Py_tss_t {
    int _is_initialized;
    pthread_key_t _key;
} Py_tss_t;
#define Py_tss_NEEDS_INIT {0}
PyAPI_FUNC(void) PyThread_init_thread(void);
PyAPI_FUNC(unsigned long) PyThread_start_new_thread(void (*)(void *), void *);
PyAPI_FUNC(void) PyThread_exit_thread(void) __attribute__((__noreturn__));
PyAPI_FUNC(unsigned long) PyThread_get_thread_ident(void);
PyAPI_FUNC(unsigned long) PyThread_get_thread_native_id(void);
PyAPI_FUNC(size_t) PyThread_get_stacksize(void);
PyAPI_FUNC(int) PyThread_set_stacksize(size_t);
PyAPI_FUNC(PyObject *) PyThread_GetInfo(void);
PyAPI_FUNC(PyThread_type_lock) PyThread_allocate_lock(void);
PyAPI_FUNC(void) PyThread_free_lock(PyThread_type_lock);
PyAPI_FUNC(int) PyThread_acquire_lock(PyThread_type_lock, int);
PyAPI_FUNC(PyLockStatus) PyThread_acquire_lock_timed(PyThread_type_lock, long long, int);
PyAPI_FUNC(void) PyThread_release_lock(PyThread_type_lock);
PyAPI_FUNC(Py_tss_t *) PyThread_tss_alloc(void);
PyAPI_FUNC(void) PyThread_tss_free(Py_tss_t *);
PyAPI_FUNC(int) PyThread_tss_is_created(Py_tss_t *);
PyAPI_FUNC(int) PyThread_tss_create(Py_tss_t *);
PyAPI_FUNC(void) PyThread_tss_delete(Py_tss_t *);
PyAPI_FUNC(int) PyThread_tss_set(Py_tss_t *, void *);
PyAPI_FUNC(void *) PyThread_tss_get(Py_tss_t *);
Py_DEPRECATED(3.7) PyAPI_FUNC(int) PyThread_create_key(void);
Py_DEPRECATED(3.7) PyAPI_FUNC(void) PyThread_delete_key(int);
Py_DEPRECATED(3.7) PyAPI_FUNC(int) PyThread_set_key_value(int, void *);
Py_DEPRECATED(3.7) PyAPI_FUNC(void *) PyThread_get_key_value(int);
Py_DEPRECATED(3.7) PyAPI_FUNC(void) PyThread_delete_key_value(int);
Py_DEPRECATED(3.7) PyAPI_FUNC(void) PyThread_ReInitTLS(void);
PyAPI_FUNC(Py_ssize_t) PyGC_Collect(void);
PyAPI_FUNC(int) PyGC_Enable(void);
PyAPI_FUNC(int) PyGC_Disable(void);
PyAPI_FUNC(int) PyGC_IsEnabled(void);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Get(void);
PyAPI_FUNC(PyInterpreterState *) PyThreadState_GetInterpreter(PyThreadState *);
PyAPI_FUNC(int64_t) PyInterpreterState_GetID(PyInterpreterState *);
PyAPI_FUNC(uint64_t) PyThreadState_GetID(PyThreadState *);
#define Py_BEGIN_ALLOW_THREADS { PyThreadState *_save; _save = PyEval_SaveThread();
#define Py_BLOCK_THREADS PyEval_RestoreThread(_save);
#define Py_UNBLOCK_THREADS _save = PyEval_SaveThread();
#define Py_END_ALLOW_THREADS PyEval_RestoreThread(_save); }

PyAPI_FUNC(int) PyOS_snprintf(char *, size_t, const char *, ...);
PyAPI_FUNC(int) PyOS_vsnprintf(char *, size_t, const char *, va_list);
PyAPI_FUNC(int) Py_EnterRecursiveCall(const char *);
PyAPI_FUNC(void) Py_LeaveRecursiveCall(void);
PyAPI_FUNC(int) Py_IsInitialized(void);
/* api/legacy/sys.c */
PyAPI_FUNC(PyObject *) PySys_GetObject(const char *);
PyAPI_FUNC(int) PySys_SetObject(const char *, PyObject *);
PyAPI_FUNC(PyObject *) PySys_GetXOptions(void);
PyAPI_FUNC(void) PySys_WriteStdout(const char *, ...);
PyAPI_FUNC(void) PySys_WriteStderr(const char *, ...);
PyAPI_FUNC(void) PySys_FormatStdout(const char *, ...);
PyAPI_FUNC(void) PySys_FormatStderr(const char *, ...);
PyAPI_FUNC(int) PyFile_WriteObject(PyObject *, PyObject *, int);
PyAPI_FUNC(int) PyFile_WriteString(const char *, PyObject *);
PyAPI_FUNC(const char *) Py_GetVersion(void);
PyAPI_FUNC(const char *) Py_GetPlatform(void);
PyAPI_FUNC(const char *) Py_GetCopyright(void);
PyAPI_FUNC(const char *) Py_GetCompiler(void);
PyAPI_FUNC(const char *) Py_GetBuildInfo(void);
PyAPI_FUNC(int) Py_GetRecursionLimit(void);
PyAPI_FUNC(void) Py_SetRecursionLimit(int);
PyAPI_FUNC(int) Py_ReprEnter(PyObject *);
PyAPI_FUNC(void) Py_ReprLeave(PyObject *);
PyAPI_FUNC(void) Py_FatalError(const char *) __attribute__((__noreturn__));
PyAPI_FUNC(void) Py_Exit(int) __attribute__((__noreturn__));
PyAPI_FUNC(double) PyFloat_GetMax(void);
PyAPI_FUNC(double) PyFloat_GetMin(void);
PyAPI_FUNC(PyObject *) PyFloat_GetInfo(void);
PyAPI_FUNC(PyObject *) PyLong_GetInfo(void);
PyAPI_FUNC(int) PyOS_mystricmp(const char *, const char *);
PyAPI_FUNC(int) PyOS_mystrnicmp(const char *, const char *, Py_ssize_t);
#define PyOS_strnicmp PyOS_mystrnicmp
#define PyOS_stricmp PyOS_mystricmp
PyAPI_FUNC(long) PyOS_strtol(const char *, char **, int);
PyAPI_FUNC(unsigned long) PyOS_strtoul(const char *, char **, int);
PyAPI_FUNC(double) PyOS_string_to_double(const char *, char **, PyObject *);
PyAPI_FUNC(void) Py_Initialize(void);
PyAPI_FUNC(void) Py_InitializeEx(int);
PyAPI_FUNC(int) Py_FinalizeEx(void);
PyAPI_FUNC(void) Py_Finalize(void);

/* ==== buffers, running code, private helpers ============================================= */
PyAPI_FUNC(int) PyObject_CheckBuffer(PyObject *);
PyAPI_FUNC(int) PyObject_GetBuffer(PyObject *, Py_buffer *, int);
PyAPI_FUNC(void) PyBuffer_Release(Py_buffer *);
PyAPI_FUNC(int) PyBuffer_FillInfo(Py_buffer *, PyObject *, void *, Py_ssize_t, int, int);
PyAPI_FUNC(int) PyBuffer_IsContiguous(const Py_buffer *, char);

#define Py_single_input 256
#define Py_file_input 257
#define Py_eval_input 258
#define Py_func_type_input 345
PyAPI_FUNC(PyObject *) Py_CompileString(const char *, const char *, int);
PyAPI_FUNC(PyObject *) PyEval_EvalCode(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyRun_String(const char *, int, PyObject *, PyObject *);
PyAPI_FUNC(int) PyRun_SimpleString(const char *);
/* Compiler flags: only none (NULL or cf_flags 0) is accepted; others raise SystemError. */
typedef struct {
    int cf_flags;
    int cf_feature_version;
} PyCompilerFlags;
#define _PyCompilerFlags_INIT {0, 11}
PyAPI_FUNC(PyObject *) Py_CompileStringFlags(const char *, const char *, int, PyCompilerFlags *);
PyAPI_FUNC(PyObject *) PyRun_StringFlags(const char *, int, PyObject *, PyObject *, PyCompilerFlags *);
PyAPI_FUNC(int) PyRun_SimpleStringFlags(const char *, PyCompilerFlags *);

typedef struct _Py_Identifier {
    const char *string;
    Py_ssize_t index;
} _Py_Identifier;
#define _Py_static_string_init(value) { .string = (value), .index = -1 }
#define _Py_static_string(varname, value) static _Py_Identifier varname = _Py_static_string_init(value)
#define _Py_IDENTIFIER(varname) _Py_static_string(PyId_##varname, #varname)
PyAPI_FUNC(PyObject *) _PyUnicode_FromId(_Py_Identifier *);
PyAPI_FUNC(PyObject *) _PyObject_CallMethodId(PyObject *, _Py_Identifier *, const char *, ...);
PyAPI_FUNC(PyObject *) _PyObject_GetAttrId(PyObject *, _Py_Identifier *);
PyAPI_FUNC(int) _PyEval_SliceIndex(PyObject *, Py_ssize_t *);

/* ==== more of the Limited API (buffers.c, state.c, unicode_ops.c, sys.c, errors.c, ...) ==== */
PyAPI_FUNC(void *) PyBuffer_GetPointer(const Py_buffer *, const Py_ssize_t *);
PyAPI_FUNC(Py_ssize_t) PyBuffer_SizeFromFormat(const char *);
PyAPI_FUNC(void) PyBuffer_FillContiguousStrides(int, Py_ssize_t *, Py_ssize_t *, int, char);
PyAPI_FUNC(int) PyBuffer_ToContiguous(void *, const Py_buffer *, Py_ssize_t, char);
PyAPI_FUNC(int) PyBuffer_FromContiguous(const Py_buffer *, const void *, Py_ssize_t, char);
PyAPI_FUNC(int) PyObject_CopyData(PyObject *, PyObject *);
PyAPI_FUNC(int) PyObject_AsCharBuffer(PyObject *, const char **, Py_ssize_t *);
PyAPI_FUNC(int) PyObject_AsReadBuffer(PyObject *, const void **, Py_ssize_t *);
PyAPI_FUNC(int) PyObject_AsWriteBuffer(PyObject *, void **, Py_ssize_t *);
PyAPI_FUNC(int) PyObject_CheckReadBuffer(PyObject *);

PyAPI_FUNC(int) PyState_AddModule(PyObject *, PyModuleDef *);
PyAPI_FUNC(PyObject *) PyState_FindModule(PyModuleDef *);
PyAPI_FUNC(int) PyState_RemoveModule(PyModuleDef *);
PyAPI_FUNC(PyObject *) PyInterpreterState_GetDict(PyInterpreterState *);
PyAPI_FUNC(PyObject *) PyThreadState_GetDict(void);
/* Frames and code objects are opaque: only these functions look inside. */
typedef struct _frame PyFrameObject;
typedef struct PyCodeObject PyCodeObject;
PyAPI_FUNC(PyFrameObject *) PyEval_GetFrame(void);
PyAPI_FUNC(PyFrameObject *) PyThreadState_GetFrame(PyThreadState *);
PyAPI_FUNC(PyCodeObject *) PyFrame_GetCode(PyFrameObject *);
PyAPI_FUNC(int) PyFrame_GetLineNumber(PyFrameObject *);

PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF8Stateful(const char *, Py_ssize_t, const char *, Py_ssize_t *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF16Stateful(const char *, Py_ssize_t, const char *, int *, Py_ssize_t *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF32Stateful(const char *, Py_ssize_t, const char *, int *, Py_ssize_t *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF7Stateful(const char *, Py_ssize_t, const char *, Py_ssize_t *);
PyAPI_FUNC(PyObject *) PyUnicode_AsEncodedObject(PyObject *, const char *, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_AsEncodedUnicode(PyObject *, const char *, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_AsDecodedObject(PyObject *, const char *, const char *);
PyAPI_FUNC(PyObject *) PyUnicode_AsDecodedUnicode(PyObject *, const char *, const char *);
PyAPI_FUNC(int) PyUnicode_WriteChar(PyObject *, Py_ssize_t, Py_UCS4);
PyAPI_FUNC(int) PyUnicode_Resize(PyObject **, Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PyUnicode_GetSize(PyObject *);

PyAPI_FUNC(void) PySys_AddWarnOption(const wchar_t *);
PyAPI_FUNC(void) PySys_AddWarnOptionUnicode(PyObject *);
PyAPI_FUNC(void) PySys_ResetWarnOptions(void);
PyAPI_FUNC(int) PySys_HasWarnOptions(void);
PyAPI_FUNC(void) PySys_AddXOption(const wchar_t *);
PyAPI_FUNC(void) PySys_SetPath(const wchar_t *);
PyAPI_FUNC(void) PySys_SetArgvEx(int, wchar_t **, int);
PyAPI_FUNC(void) PySys_SetArgv(int, wchar_t **);
PyAPI_FUNC(PyObject *) PyFile_FromFd(int, const char *, const char *, int, const char *, const char *,
                                     const char *, int);
PyAPI_FUNC(PyObject *) PyFile_GetLine(PyObject *, int);
PyAPI_FUNC(int) Py_AtExit(void (*)(void));
PyAPI_FUNC(int) PyOS_InterruptOccurred(void);
typedef void (*PyOS_sighandler_t)(int);
PyAPI_FUNC(PyOS_sighandler_t) PyOS_getsig(int);
PyAPI_FUNC(PyOS_sighandler_t) PyOS_setsig(int, PyOS_sighandler_t);
#define Py_DTSF_SIGN 0x01
#define Py_DTSF_ADD_DOT_0 0x02
#define Py_DTSF_ALT 0x04
#define Py_DTSF_NO_NEG_0 0x08
#define Py_DTST_FINITE 0
#define Py_DTST_INFINITE 1
#define Py_DTST_NAN 2
PyAPI_FUNC(char *) PyOS_double_to_string(double, char, int, int, int *);

PyAPI_FUNC(void) PyErr_SyntaxLocation(const char *, int);
PyAPI_FUNC(void) PyErr_SyntaxLocationEx(const char *, int, int);
PyAPI_FUNC(PyObject *) PyErr_ProgramText(const char *, int);
PyAPI_FUNC(PyObject *) PyCodec_StreamReader(const char *, PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyCodec_StreamWriter(const char *, PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyImport_GetImporter(PyObject *);
PyAPI_FUNC(PyObject *) PyDictProxy_New(PyObject *);
PyAPI_FUNC(PyObject *) Py_GenericAlias(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyDescr_NewGetSet(PyTypeObject *, PyGetSetDef *);
PyAPI_FUNC(PyObject *) PyDescr_NewMember(PyTypeObject *, PyMemberDef *);

/* The rest of the 3.11 Limited API; docs/LEGACY_API.md says what Spry does where CPython's
 * behaviour cannot apply. */
PyAPI_FUNC(int) Py_Main(int argc, wchar_t **argv);
PyAPI_FUNC(int) Py_BytesMain(int argc, char **argv);
PyAPI_FUNC(void) Py_SetProgramName(const wchar_t *);
PyAPI_FUNC(void) Py_SetPythonHome(const wchar_t *);
PyAPI_FUNC(void) Py_SetPath(const wchar_t *);
PyAPI_FUNC(wchar_t *) Py_GetProgramName(void);
PyAPI_FUNC(wchar_t *) Py_GetPythonHome(void);
PyAPI_FUNC(wchar_t *) Py_GetProgramFullPath(void);
PyAPI_FUNC(wchar_t *) Py_GetPrefix(void);
PyAPI_FUNC(wchar_t *) Py_GetExecPrefix(void);
PyAPI_FUNC(wchar_t *) Py_GetPath(void);
PyAPI_FUNC(wchar_t *) Py_DecodeLocale(const char *arg, size_t *size);
PyAPI_FUNC(char *) Py_EncodeLocale(const wchar_t *text, size_t *error_pos);
PyAPI_FUNC(int) Py_AddPendingCall(int (*func)(void *), void *arg);
PyAPI_FUNC(int) Py_MakePendingCalls(void);
PyAPI_FUNC(void) PyOS_BeforeFork(void);
PyAPI_FUNC(void) PyOS_AfterFork_Parent(void);
PyAPI_FUNC(void) PyOS_AfterFork_Child(void);
PyAPI_FUNC(void) PyOS_AfterFork(void);
PyAPI_FUNC(void) PyEval_AcquireLock(void);
PyAPI_FUNC(void) PyEval_ReleaseLock(void);
PyAPI_FUNC(PyThreadState *) PyThreadState_New(PyInterpreterState *);
PyAPI_FUNC(void) PyThreadState_Clear(PyThreadState *);
PyAPI_FUNC(void) PyThreadState_Delete(PyThreadState *);
PyAPI_FUNC(PyThreadState *) PyThreadState_Swap(PyThreadState *);
PyAPI_FUNC(int) PyThreadState_SetAsyncExc(unsigned long, PyObject *);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_New(void);
PyAPI_FUNC(void) PyInterpreterState_Clear(PyInterpreterState *);
PyAPI_FUNC(void) PyInterpreterState_Delete(PyInterpreterState *);
PyAPI_FUNC(PyThreadState *) Py_NewInterpreter(void);
PyAPI_FUNC(void) Py_EndInterpreter(PyThreadState *);
PyAPI_FUNC(PyObject *) PyEval_GetLocals(void);
PyAPI_FUNC(PyObject *) PyEval_EvalFrame(PyFrameObject *);
PyAPI_FUNC(PyObject *) PyEval_EvalFrameEx(PyFrameObject *, int);
PyAPI_FUNC(PyObject *) PyEval_EvalCodeEx(PyObject *co, PyObject *globals, PyObject *locals,
                                         PyObject *const *args, int argc, PyObject *const *kwds,
                                         int kwdc, PyObject *const *defs, int defc, PyObject *kwdefs,
                                         PyObject *closure);
PyAPI_FUNC(int) PyTraceBack_Here(PyFrameObject *);
PyAPI_FUNC(int) PyTraceBack_Print(PyObject *, PyObject *);

typedef struct PyStructSequence_Field {
    const char *name;
    const char *doc;
} PyStructSequence_Field;
typedef struct PyStructSequence_Desc {
    const char *name;
    const char *doc;
    PyStructSequence_Field *fields;
    int n_in_sequence;
} PyStructSequence_Desc;
PyAPI_DATA(const char * const) PyStructSequence_UnnamedField;
PyAPI_FUNC(PyTypeObject *) PyStructSequence_NewType(PyStructSequence_Desc *desc);
PyAPI_FUNC(PyObject *) PyStructSequence_New(PyTypeObject *type);
PyAPI_FUNC(void) PyStructSequence_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(PyObject *) PyStructSequence_GetItem(PyObject *, Py_ssize_t);

PyAPI_FUNC(PyObject *) PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags);
PyAPI_FUNC(PyObject *) PyMemoryView_FromBuffer(const Py_buffer *info);
PyAPI_FUNC(PyObject *) PyMemoryView_GetContiguous(PyObject *base, int buffertype, char order);
PyAPI_FUNC(PyObject *) PyObject_GenericGetDict(PyObject *, void *);
PyAPI_FUNC(int) PyObject_GenericSetDict(PyObject *, PyObject *, void *);
PyAPI_FUNC(int) PyObject_GC_IsFinalized(PyObject *);
PyAPI_FUNC(PyVarObject *) _PyObject_GC_Resize(PyVarObject *, Py_ssize_t);
#define PyObject_GC_Resize(type, op, n) ((type *)_PyObject_GC_Resize((PyVarObject *)(op), (n)))
PyAPI_FUNC(PyObject *) PyWrapper_New(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeCharmap(const char *string, Py_ssize_t length, PyObject *mapping,
                                               const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsCharmapString(PyObject *unicode, PyObject *mapping);
PyAPI_FUNC(PyObject *) PyUnicode_BuildEncodingMap(PyObject *string);
PyAPI_FUNC(PyObject *) PyBytes_DecodeEscape(const char *, Py_ssize_t, const char *, Py_ssize_t, const char *);
PyAPI_FUNC(int) PyImport_ImportFrozenModuleObject(PyObject *name);
PyAPI_FUNC(int) PyImport_ImportFrozenModule(const char *name);

#define PyDoc_VAR(name) static const char name[]
#define PyDoc_STRVAR(name, str) PyDoc_VAR(name) = PyDoc_STR(str)
#define PyDoc_STR(str) str

#ifdef __cplusplus
#define PyMODINIT_FUNC extern "C" __attribute__((visibility("default"))) PyObject *
#else
#define PyMODINIT_FUNC __attribute__((visibility("default"))) PyObject *
#endif

#ifdef __cplusplus
}
#endif
#endif /* !Py_PYTHON_H */
