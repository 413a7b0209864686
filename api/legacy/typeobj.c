/* Legacy C API: types defined by extensions (PyType_Ready, PyType_FromSpec), their slots
 * adapted onto Spry's Ref-convention slots, members and getsets, and the built-in
 * function and method-descriptor objects made from PyMethodDef. */
#include "legacy.h"
#include "objects/cfunction_doc.h"
#include "structmember.h"

#define R(o) legacy_ref(o)

/* ---- crossing helpers ------------------------------------------------------------------ */
/* A borrowed Ref as a PyObject* the caller must Py_DECREF (tagged ints get a box). */
static PyObject *in(Thread *t, Ref r) { return legacy_box(t, ref_dup(r)); }
static PyObject *self_of(Ref r) { return (PyObject *)ref_obj(r); }

/* The nearest type in tp's base chain defined through the legacy API (it carries the
 * inherited tp_* function pointers). */
static PyTypeObject *legacy_base(Type *tp) {
    for (; tp; tp = tp->tp_base)
        if (type_has_flag(tp, TPFLAG_SPRY_LEGACY)) return (PyTypeObject *)tp;
    return NULL;
}
#define LB(r) legacy_base(ref_type(r))

/* Positional Refs + kwnames to an args tuple and a kwargs dict (NULL when no keywords). */
static int vc_to_tuple_dict(Thread *t, const Ref *args, size_t nargs, Object *kwnames,
                            Object **tup, Object **kw) {
    *kw = NULL;
    *tup = tuple_from_args(t, args, (intptr_t)nargs);
    if (!*tup) return -1;
    if (kwnames && tuple_size(kwnames)) {
        *kw = t->legacy_kwargs_spare;
        t->legacy_kwargs_spare = NULL;
        if (!*kw && !(*kw = dict_new_presized(t, tuple_size(kwnames)))) goto fail;
        /* Tagged values stay tagged: the dict API boxes them in place when C code reads
         * them (PyDict_GetItem, PyDict_Next), and PyArg_Parse* converts them directly. */
        if (dict_set_kwargs(t, *kw, kwnames, args + nargs) < 0) goto fail;
    }
    return 0;
fail:
    obj_decref(*tup);
    obj_xdecref(*kw);
    return -1;
}

/* Releases what vc_to_tuple_dict made once the callee returned. A kwargs dict the callee
 * kept no reference to is emptied and kept as the thread's spare: most keyword calls then
 * allocate no dict. */
static void vc_release(Thread *t, Object *tup, Object *kw) {
    tuple_release_args(t, tup);
    if (!kw) return;
    if (kw->ob_refcnt == 1 && !t->legacy_kwargs_spare && dict_clear_for_reuse(kw) &&
        !t->legacy_kwargs_spare) {   /* (releasing the values may have run a keyword call) */
        t->legacy_kwargs_spare = kw;
        return;
    }
    obj_decref(kw);
}

/* A slot's result. CPython checks no slot's NULL: its eval loop reports the missing
 * exception without naming anyone. */
static Ref result(Thread *t, PyObject *res, Ref culprit) {
    if (!res && !err_occurred(t)) return err_set(t, &exc_SystemError, "error return without exception set");
    return legacy_result(t, res, culprit);
}

/* ---- slot adapters (Spry slot -> legacy tp_* function) ---------------------------------- */
static Ref ad_repr(Thread *t, Ref self) { return result(t, LB(self)->tp_repr(self_of(self)), self); }
static Ref ad_str(Thread *t, Ref self) { return result(t, LB(self)->tp_str(self_of(self)), self); }
static int64_t ad_hash(Thread *t, Ref self) {
    Py_hash_t h = LB(self)->tp_hash(self_of(self));
    if (h == -1 && !err_occurred(t)) h = -2;
    return h;
}
static Ref ad_richcompare(Thread *t, Ref a, Ref b, int op) {
    PyTypeObject *lb = LB(a);
    if (!lb || !lb->tp_richcompare) return REF_NOTIMPLEMENTED;
    PyObject *pb = in(t, b);
    if (!pb) return REF_NULL;
    PyObject *r = lb->tp_richcompare(self_of(a), pb, op);
    Py_DECREF(pb);
    return result(t, r, a);
}
static Ref ad_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Object *tup, *kw;
    if (vc_to_tuple_dict(t, args, nargs, kwnames, &tup, &kw) < 0) return REF_NULL;
    PyObject *r = LB(self)->tp_call(self_of(self), (PyObject *)tup, (PyObject *)kw);
    vc_release(t, tup, kw);
    return result(t, r, self);
}
static Ref ad_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    PyTypeObject *lb = legacy_base(type);
    if (!type->tp_alloc) type->tp_alloc = (void *)PyType_GenericAlloc;
    Object *tup, *kw;
    if (vc_to_tuple_dict(t, args, nargs, kwnames, &tup, &kw) < 0) return REF_NULL;
    PyObject *r = lb->tp_new((PyTypeObject *)type, (PyObject *)tup, (PyObject *)kw);
    vc_release(t, tup, kw);
    return result(t, r, ref_immortal(type));
}
static int ad_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Object *tup, *kw;
    if (vc_to_tuple_dict(t, args, nargs, kwnames, &tup, &kw) < 0) return -1;
    int r = LB(self)->tp_init(self_of(self), (PyObject *)tup, (PyObject *)kw);
    vc_release(t, tup, kw);
    if (r < 0 && !err_occurred(t)) err_set(t, &exc_SystemError, "error return without exception set");
    return r < 0 ? -1 : 0;
}
static Ref ad_iter(Thread *t, Ref self) { return result(t, LB(self)->tp_iter(self_of(self)), self); }
static Ref ad_iternext(Thread *t, Ref self) {
    PyObject *r = LB(self)->tp_iternext(self_of(self));
    if (!r) {
        if (err_matches(t, &exc_StopIteration)) {
            /* StopIteration with a value must survive for generators; plain iterators
             * end silently. */
            Ref e = err_fetch(t);
            ref_close(e);
        }
        return REF_NULL;
    }
    return legacy_unbox(r);
}
static Ref ad_getattro(Thread *t, Ref self, Object *name) {
    return result(t, LB(self)->tp_getattro(self_of(self), (PyObject *)name), self);
}
static int ad_setattro(Thread *t, Ref self, Object *name, Ref value) {
    PyObject *v = ref_is_null(value) ? NULL : in(t, value);
    if (!ref_is_null(value) && !v) return -1;
    int r = LB(self)->tp_setattro(self_of(self), (PyObject *)name, v);
    Py_XDECREF(v);
    return r < 0 ? -1 : 0;
}
static Ref ad_descr_get(Thread *t, Ref descr, Ref obj, Ref type) {
    PyObject *o = ref_is_null(obj) ? NULL : in(t, obj);
    PyObject *r = LB(descr)->tp_descr_get(self_of(descr), o, ref_is_null(type) ? NULL : self_of(type));
    Py_XDECREF(o);
    return result(t, r, descr);
}
static int ad_descr_set(Thread *t, Ref descr, Ref obj, Ref value) {
    PyObject *o = in(t, obj);
    PyObject *v = ref_is_null(value) ? NULL : in(t, value);
    int r = LB(descr)->tp_descr_set(self_of(descr), o, v);
    Py_XDECREF(o);
    Py_XDECREF(v);
    return r < 0 ? -1 : 0;
}
static intptr_t ad_len(Thread *t, Ref self) {
    PyTypeObject *lb = LB(self);
    lenfunc f = lb->tp_as_mapping && lb->tp_as_mapping->mp_length ? lb->tp_as_mapping->mp_length
                                                                  : lb->tp_as_sequence->sq_length;
    Py_ssize_t n = f(self_of(self));
    return n < 0 ? -1 : n;
}
static Ref ad_getitem(Thread *t, Ref self, Ref key) {
    PyTypeObject *lb = LB(self);
    if (lb->tp_as_mapping && lb->tp_as_mapping->mp_subscript) {
        PyObject *k = in(t, key);
        if (!k) return REF_NULL;
        PyObject *r = lb->tp_as_mapping->mp_subscript(self_of(self), k);
        Py_DECREF(k);
        return result(t, r, self);
    }
    if (!int_check(key) && !ref_type(key)->index)
        return err_format(t, &exc_TypeError, "sequence index must be integer, not '%T'", key);
    intptr_t i = obj_as_ssize(t, key, &exc_IndexError);
    if (i == -1 && err_occurred(t)) return REF_NULL;
    if (i < 0 && lb->tp_as_sequence->sq_length) {
        Py_ssize_t n = lb->tp_as_sequence->sq_length(self_of(self));
        if (n < 0) return REF_NULL;
        i += n;
    }
    return result(t, lb->tp_as_sequence->sq_item(self_of(self), i), self);
}
static int ad_setitem(Thread *t, Ref self, Ref key, Ref value) {
    PyTypeObject *lb = LB(self);
    PyObject *v = ref_is_null(value) ? NULL : in(t, value);
    if (!ref_is_null(value) && !v) return -1;
    int r;
    if (lb->tp_as_mapping && lb->tp_as_mapping->mp_ass_subscript) {
        PyObject *k = in(t, key);
        r = k ? lb->tp_as_mapping->mp_ass_subscript(self_of(self), k, v) : -1;
        Py_XDECREF(k);
    } else {
        intptr_t i = obj_as_ssize(t, key, &exc_IndexError);
        if (i == -1 && err_occurred(t)) r = -1;
        else {
            if (i < 0 && lb->tp_as_sequence->sq_length) {
                Py_ssize_t n = lb->tp_as_sequence->sq_length(self_of(self));
                i += n < 0 ? 0 : n;
            }
            r = lb->tp_as_sequence->sq_ass_item(self_of(self), i, v);
        }
    }
    Py_XDECREF(v);
    return r < 0 ? -1 : 0;
}
static int ad_contains(Thread *t, Ref self, Ref item) {
    PyObject *v = in(t, item);
    if (!v) return -1;
    int r = LB(self)->tp_as_sequence->sq_contains(self_of(self), v);
    Py_DECREF(v);
    return r;
}
static int ad_bool(Thread *t, Ref self) { return LB(self)->tp_as_number->nb_bool(self_of(self)); }

#define UNARY_AD(name, field)                                                              \
    static Ref name(Thread *t, Ref self) {                                                 \
        return result(t, LB(self)->tp_as_number->field(self_of(self)), self);              \
    }
UNARY_AD(ad_neg, nb_negative)
UNARY_AD(ad_pos, nb_positive)
UNARY_AD(ad_abs, nb_absolute)
UNARY_AD(ad_invert, nb_invert)
UNARY_AD(ad_index, nb_index)
UNARY_AD(ad_int, nb_int)
UNARY_AD(ad_float, nb_float)

/* Binary number slots: called as nb[op](a, b) for `a op b` and its reflection, like
 * CPython's nb_* slots. The legacy function is taken from the operand that has one. */
static binaryfunc nb_field(PyTypeObject *lb, size_t off) {
    if (!lb || !lb->tp_as_number) return NULL;
    return *(binaryfunc *)((char *)lb->tp_as_number + off);
}
static Ref binary_ad(Thread *t, Ref a, Ref b, size_t off) {
    binaryfunc f = ref_is_obj(a) ? nb_field(LB(a), off) : NULL;
    if (!f && ref_is_obj(b)) f = nb_field(LB(b), off);
    if (!f) return REF_NOTIMPLEMENTED;
    PyObject *pa = in(t, a), *pb = pa ? in(t, b) : NULL;
    PyObject *r = pb ? f(pa, pb) : NULL;
    Py_XDECREF(pa);
    Py_XDECREF(pb);
    return result(t, r, ref_is_obj(a) ? a : b);
}
#define BINARY_AD(name, field)                                                             \
    static Ref name(Thread *t, Ref a, Ref b) { return binary_ad(t, a, b, offsetof(PyNumberMethods, field)); }
BINARY_AD(ad_add, nb_add) BINARY_AD(ad_sub, nb_subtract) BINARY_AD(ad_mul, nb_multiply)
BINARY_AD(ad_rem, nb_remainder) BINARY_AD(ad_lshift, nb_lshift) BINARY_AD(ad_rshift, nb_rshift)
BINARY_AD(ad_and, nb_and) BINARY_AD(ad_xor, nb_xor) BINARY_AD(ad_or, nb_or)
BINARY_AD(ad_floordiv, nb_floor_divide) BINARY_AD(ad_truediv, nb_true_divide)
BINARY_AD(ad_matmul, nb_matrix_multiply)
BINARY_AD(ad_iadd, nb_inplace_add) BINARY_AD(ad_isub, nb_inplace_subtract)
BINARY_AD(ad_imul, nb_inplace_multiply) BINARY_AD(ad_irem, nb_inplace_remainder)
BINARY_AD(ad_ilshift, nb_inplace_lshift) BINARY_AD(ad_irshift, nb_inplace_rshift)
BINARY_AD(ad_iand, nb_inplace_and) BINARY_AD(ad_ixor, nb_inplace_xor)
BINARY_AD(ad_ior, nb_inplace_or) BINARY_AD(ad_ifloordiv, nb_inplace_floor_divide)
BINARY_AD(ad_itruediv, nb_inplace_true_divide) BINARY_AD(ad_imatmul, nb_inplace_matrix_multiply)
static Ref ad_pow(Thread *t, Ref a, Ref b) {
    ternaryfunc f = NULL;
    PyTypeObject *la = ref_is_obj(a) ? LB(a) : NULL, *lbb = ref_is_obj(b) ? LB(b) : NULL;
    if (la && la->tp_as_number) f = la->tp_as_number->nb_power;
    if (!f && lbb && lbb->tp_as_number) f = lbb->tp_as_number->nb_power;
    if (!f) return REF_NOTIMPLEMENTED;
    PyObject *pa = in(t, a), *pb = pa ? in(t, b) : NULL;
    PyObject *r = pb ? f(pa, pb, Py_None) : NULL;
    Py_XDECREF(pa);
    Py_XDECREF(pb);
    return result(t, r, ref_is_obj(a) ? a : b);
}

/* Fills Spry's slots of `tp` from its legacy tp_* functions. */
static void install_adapters(PyTypeObject *lt) {
    Type *tp = (Type *)lt;
    if (lt->tp_repr) tp->repr = ad_repr;
    if (lt->tp_str) tp->str = ad_str;
    if (lt->tp_hash) {
        if ((void *)lt->tp_hash == (void *)PyObject_HashNotImplemented) tp->hash = hash_not_implemented;
        else tp->hash = ad_hash;
    }
    if (lt->tp_richcompare) tp->richcompare = ad_richcompare;
    if (lt->tp_call) tp->call = ad_call;
    if (lt->tp_new) tp->new_ = ad_new;
    if (lt->tp_init) tp->init = ad_init;
    if (lt->tp_iter) tp->iter = ad_iter;
    if (lt->tp_iternext) tp->iternext = ad_iternext;
    if (lt->tp_getattro && (void *)lt->tp_getattro != (void *)PyObject_GenericGetAttr) tp->getattro = ad_getattro;
    if (lt->tp_setattro && (void *)lt->tp_setattro != (void *)PyObject_GenericSetAttr) tp->setattro = ad_setattro;
    if (lt->tp_descr_get) tp->descr_get = ad_descr_get;
    if (lt->tp_descr_set) tp->descr_set = ad_descr_set;
    PyMappingMethods *mp = lt->tp_as_mapping;
    PySequenceMethods *sq = lt->tp_as_sequence;
    PyNumberMethods *nb = lt->tp_as_number;
    if ((mp && mp->mp_length) || (sq && sq->sq_length)) tp->len = ad_len;
    if ((mp && mp->mp_subscript) || (sq && sq->sq_item)) tp->getitem = ad_getitem;
    if ((mp && mp->mp_ass_subscript) || (sq && sq->sq_ass_item)) tp->setitem = ad_setitem;
    if (sq && sq->sq_contains) tp->contains = ad_contains;
    if (nb) {
        if (nb->nb_bool) tp->bool_ = ad_bool;
        if (nb->nb_negative) tp->neg = ad_neg;
        if (nb->nb_positive) tp->pos = ad_pos;
        if (nb->nb_absolute) tp->abs = ad_abs;
        if (nb->nb_invert) tp->invert = ad_invert;
        if (nb->nb_index) tp->index = ad_index;
        if (nb->nb_int) tp->int_ = ad_int;
        if (nb->nb_float) tp->float_ = ad_float;
#define NB(field, op, fn) if (nb->field) tp->nb[op] = fn;
#define NBI(field, op, fn) if (nb->field) tp->nb_inplace[op] = fn;
        NB(nb_add, NB_ADD, ad_add) NB(nb_subtract, NB_SUBTRACT, ad_sub)
        NB(nb_multiply, NB_MULTIPLY, ad_mul) NB(nb_remainder, NB_REMAINDER, ad_rem)
        NB(nb_lshift, NB_LSHIFT, ad_lshift) NB(nb_rshift, NB_RSHIFT, ad_rshift)
        NB(nb_and, NB_AND, ad_and) NB(nb_xor, NB_XOR, ad_xor) NB(nb_or, NB_OR, ad_or)
        NB(nb_floor_divide, NB_FLOOR_DIVIDE, ad_floordiv)
        NB(nb_true_divide, NB_TRUE_DIVIDE, ad_truediv)
        NB(nb_matrix_multiply, NB_MATRIX_MULTIPLY, ad_matmul)
        NB(nb_power, NB_POWER, ad_pow)
        NBI(nb_inplace_add, NB_ADD, ad_iadd) NBI(nb_inplace_subtract, NB_SUBTRACT, ad_isub)
        NBI(nb_inplace_multiply, NB_MULTIPLY, ad_imul)
        NBI(nb_inplace_remainder, NB_REMAINDER, ad_irem)
        NBI(nb_inplace_lshift, NB_LSHIFT, ad_ilshift) NBI(nb_inplace_rshift, NB_RSHIFT, ad_irshift)
        NBI(nb_inplace_and, NB_AND, ad_iand) NBI(nb_inplace_xor, NB_XOR, ad_ixor)
        NBI(nb_inplace_or, NB_OR, ad_ior)
        NBI(nb_inplace_floor_divide, NB_FLOOR_DIVIDE, ad_ifloordiv)
        NBI(nb_inplace_true_divide, NB_TRUE_DIVIDE, ad_itruediv)
        NBI(nb_inplace_matrix_multiply, NB_MATRIX_MULTIPLY, ad_imatmul)
#undef NB
#undef NBI
    }
}

/* ---- members ------------------------------------------------------------------------------- */
PyObject *PyMember_GetOne(const char *addr, PyMemberDef *m) {
    const char *p = addr + m->offset;
    switch (m->type) {
    case T_BOOL: return PyBool_FromLong(*(const char *)p);
    case T_BYTE: return PyLong_FromLong(*(const signed char *)p);
    case T_UBYTE: return PyLong_FromLong(*(const unsigned char *)p);
    case T_SHORT: return PyLong_FromLong(*(const short *)p);
    case T_USHORT: return PyLong_FromLong(*(const unsigned short *)p);
    case T_INT: return PyLong_FromLong(*(const int *)p);
    case T_UINT: return PyLong_FromUnsignedLong(*(const unsigned int *)p);
    case T_LONG: return PyLong_FromLong(*(const long *)p);
    case T_ULONG: return PyLong_FromUnsignedLong(*(const unsigned long *)p);
    case T_PYSSIZET: return PyLong_FromSsize_t(*(const Py_ssize_t *)p);
    case T_FLOAT: return PyFloat_FromDouble(*(const float *)p);
    case T_DOUBLE: return PyFloat_FromDouble(*(const double *)p);
    case T_STRING:
        if (!*(char *const *)p) Py_RETURN_NONE;
        return PyUnicode_FromString(*(char *const *)p);
    case T_STRING_INPLACE: return PyUnicode_FromString(p);
    case T_CHAR: return PyUnicode_FromStringAndSize(p, 1);
    case T_OBJECT: {
        PyObject *v = *(PyObject *const *)p;
        return Py_NewRef(v ? v : Py_None);
    }
    case T_OBJECT_EX: {
        PyObject *v = *(PyObject *const *)p;
        if (!v) {
            PyErr_Format(PyExc_AttributeError, "'%.200s' object has no attribute '%s'",
                         ((PyObject *)addr)->ob_type->tp_name, m->name);
            return NULL;
        }
        return Py_NewRef(v);
    }
    case T_LONGLONG: return PyLong_FromLongLong(*(const long long *)p);
    case T_ULONGLONG: return PyLong_FromUnsignedLongLong(*(const unsigned long long *)p);
    case T_NONE: Py_RETURN_NONE;
    default:
        PyErr_SetString(PyExc_SystemError, "bad memberdescr type");
        return NULL;
    }
}

int PyMember_SetOne(char *addr, PyMemberDef *m, PyObject *v) {
    char *p = addr + m->offset;
    if (m->flags & READONLY) {
        PyErr_SetString(PyExc_AttributeError, "readonly attribute");
        return -1;
    }
    if (!v) {
        if (m->type == T_OBJECT_EX) {
            if (!*(PyObject **)p) {
                PyErr_SetString(PyExc_AttributeError, m->name);
                return -1;
            }
        } else if (m->type != T_OBJECT) {
            PyErr_SetString(PyExc_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
    }
    switch (m->type) {
    case T_BOOL:
        if (!PyBool_Check(v)) {
            PyErr_SetString(PyExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)p = v == Py_True;
        return 0;
    case T_OBJECT: case T_OBJECT_EX: {
        PyObject *old = *(PyObject **)p;
        *(PyObject **)p = v ? Py_NewRef(v) : NULL;
        Py_XDECREF(old);
        return 0;
    }
    case T_FLOAT: case T_DOUBLE: {
        double d = PyFloat_AsDouble(v);
        if (d == -1.0 && PyErr_Occurred()) return -1;
        if (m->type == T_FLOAT) *(float *)p = (float)d;
        else *(double *)p = d;
        return 0;
    }
    case T_CHAR: {
        Py_ssize_t n;
        const char *s;
        if (!PyUnicode_Check(v) || !(s = PyUnicode_AsUTF8AndSize(v, &n)) || n != 1) {
            if (!PyErr_Occurred()) PyErr_BadArgument();
            return -1;
        }
        *p = s[0];
        return 0;
    }
    case T_STRING: case T_STRING_INPLACE:
        PyErr_SetString(PyExc_TypeError, "readonly attribute");
        return -1;
    default: break;
    }
    /* Integer kinds. */
    if (m->type == T_ULONGLONG || m->type == T_ULONG) {
        unsigned long long u = PyLong_AsUnsignedLongLong(v);
        if (u == (unsigned long long)-1 && PyErr_Occurred()) return -1;
        if (m->type == T_ULONG) *(unsigned long *)p = (unsigned long)u;
        else *(unsigned long long *)p = u;
        return 0;
    }
    /* Each kind converts as CPython's does, for its overflow message. */
    long long x = m->type == T_LONGLONG ? PyLong_AsLongLong(v)
                  : m->type == T_PYSSIZET ? PyLong_AsSsize_t(v) : PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred()) return -1;
    /* The value is stored, then a RuntimeWarning says what was lost (as in CPython). */
#define TRUNCATED(cond, what) \
    if ((cond) && PyErr_WarnEx(PyExc_RuntimeWarning, "Truncation of value to " what, 1) < 0) return -1
    switch (m->type) {
    case T_BYTE:
        *(signed char *)p = (signed char)x;
        TRUNCATED(x > CHAR_MAX || x < CHAR_MIN, "char");
        break;
    case T_UBYTE:
        *(unsigned char *)p = (unsigned char)x;
        TRUNCATED(x > UCHAR_MAX || x < 0, "unsigned char");
        break;
    case T_SHORT:
        *(short *)p = (short)x;
        TRUNCATED(x > SHRT_MAX || x < SHRT_MIN, "short");
        break;
    case T_USHORT:
        *(unsigned short *)p = (unsigned short)x;
        TRUNCATED(x > USHRT_MAX || x < 0, "unsigned short");
        break;
    case T_INT:
        *(int *)p = (int)x;
        TRUNCATED(x > INT_MAX || x < INT_MIN, "int");
        break;
    case T_UINT:
        *(unsigned int *)p = (unsigned int)x;
        if (x < 0 && PyErr_WarnEx(PyExc_RuntimeWarning, "Writing negative value into unsigned field", 1) < 0)
            return -1;
        TRUNCATED(x < 0 || x > UINT_MAX, "unsigned int");
        break;
#undef TRUNCATED
    case T_LONG: *(long *)p = (long)x; break;
    case T_PYSSIZET: *(Py_ssize_t *)p = (Py_ssize_t)x; break;
    case T_LONGLONG: *(long long *)p = x; break;
    default:
        PyErr_Format(PyExc_SystemError, "bad memberdescr type for %s", m->name);
        return -1;
    }
    return 0;
}

static Ref member_get(Thread *t, Ref self, void *closure) {
    return legacy_unbox(PyMember_GetOne((const char *)ref_obj(self), (PyMemberDef *)closure));
}
static int member_set(Thread *t, Ref self, Ref value, void *closure) {
    PyObject *v = ref_is_null(value) ? NULL : in(t, value);
    if (!ref_is_null(value) && !v) return -1;
    int r = PyMember_SetOne((char *)ref_obj(self), (PyMemberDef *)closure, v);
    Py_XDECREF(v);
    return r < 0 ? -1 : 0;
}
static Ref getset_get(Thread *t, Ref self, void *closure) {
    PyGetSetDef *g = closure;
    if (!g->get)
        return err_format(t, &exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                          g->name, ref_type(self)->tp_name);
    return result(t, g->get(self_of(self), g->closure), self);
}
static int getset_set(Thread *t, Ref self, Ref value, void *closure) {
    PyGetSetDef *g = closure;
    if (!g->set) {
        err_format(t, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                   g->name, ref_type(self)->tp_name);
        return -1;
    }
    PyObject *v = ref_is_null(value) ? NULL : in(t, value);
    if (!ref_is_null(value) && !v) return -1;
    int r = g->set(self_of(self), v, g->closure);
    Py_XDECREF(v);
    return r < 0 ? -1 : 0;
}

/* Spry GetSetDefs for a type's tp_getset and tp_members (process lifetime, like the
 * static type they belong to). */
static GetSetDef *make_getsets(Thread *t, PyTypeObject *lt) {
    size_t n = 0;
    for (PyGetSetDef *g = lt->tp_getset; g && g->name; g++) n++;
    for (PyMemberDef *m = lt->tp_members; m && m->name; m++) n++;
    if (!n) return NULL;
    GetSetDef *defs = calloc(n + 1, sizeof *defs);
    if (!defs) {
        err_no_memory(t);
        return NULL;
    }
    size_t i = 0;
    for (PyGetSetDef *g = lt->tp_getset; g && g->name; g++, i++)
        defs[i] = (GetSetDef){g->name, getset_get, getset_set, g->doc, g};
    for (PyMemberDef *m = lt->tp_members; m && m->name; m++, i++)
        defs[i] = (GetSetDef){m->name, member_get, member_set, m->doc, m};
    return defs;
}

/* Descriptors made by hand: their defs live as long as the process, like the tables of the
 * static types they usually come from. */
static PyObject *getset_descr(PyTypeObject *type, GetSetDef def) {
    Thread *t = legacy_thread();
    GetSetDef *copy = malloc(sizeof *copy);
    if (!copy) return PyErr_NoMemory();
    *copy = def;
    return (PyObject *)descr_new_getset(t, (Type *)type, copy);
}
PyObject *PyDescr_NewGetSet(PyTypeObject *type, PyGetSetDef *g) {
    return getset_descr(type, (GetSetDef){g->name, getset_get, getset_set, g->doc, g});
}
PyObject *PyDescr_NewMember(PyTypeObject *type, PyMemberDef *m) {
    return getset_descr(type, (GetSetDef){m->name, member_get, member_set, m->doc, m});
}

/* ---- PyMethodDef calls -------------------------------------------------------------------- */
/* How CPython names a builtin in argument errors: "module.name()" for module functions,
 * "Type.name()" for methods, "name()" otherwise. */
static Object *func_str(Thread *t, PyMethodDef *ml, PyObject *self, PyTypeObject *cls) {
    if (self && PyModule_Check(self)) {
        Ref n = dict_get_str(t, module_dict((Object *)self), ID(__name__));
        if (!ref_is_null(n) && str_check(n)) {
            Object *s = str_from_format(t, "%U.%s()", ref_obj(n), ml->ml_name);
            ref_close(n);
            return s;
        }
        ref_close(n);
        err_clear(t);
        return str_from_format(t, "%s()", ml->ml_name);
    }
    Type *owner = cls ? (Type *)cls : self ? (PyType_Check(self) ? (Type *)self : (Type *)Py_TYPE(self)) : NULL;
    if (!owner) return str_from_format(t, "%s()", ml->ml_name);
    Object *q = type_qualname(t, owner);
    if (!q) return NULL;
    Object *s = str_from_format(t, "%U.%s()", q, ml->ml_name);
    obj_decref(q);
    return s;
}
static void arg_error(Thread *t, PyMethodDef *ml, PyObject *self, PyTypeObject *cls, const char *fmt, size_t n) {
    Object *name = func_str(t, ml, self, cls);
    if (!name) return;
    err_format(t, &exc_TypeError, fmt, name, n);
    obj_decref(name);
}
/* Arguments cross borrowed, as CPython passes them (the value stack holds them for the
 * call); only the boxes of tagged ints are released after. */
static inline PyObject *arg_in(Thread *t, Ref r) {
    return ref_is_int(r) ? legacy_box_int(t, ref_int(r)) : (PyObject *)ref_obj(r);
}
static inline void args_done(Thread *t, const Ref *args, PyObject *const *boxed, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (ref_is_int(args[i])) int_box_release(t, (Object *)boxed[i]);
}
static inline SPRY_ALWAYS_INLINE PyObject *call_fastcall(PyMethodDef *ml, int flags, PyObject *self,
                                                         PyTypeObject *cls, PyObject *const *boxed, size_t nargs,
                                                         Object *kwnames, size_t nkw) {
    if (flags == METH_FASTCALL)
        return ((_PyCFunctionFast)(void (*)(void))ml->ml_meth)(self, boxed, (Py_ssize_t)nargs);
    if (flags & METH_METHOD)
        return ((PyCMethod)(void (*)(void))ml->ml_meth)(self, cls, boxed, nargs, (PyObject *)kwnames);
    return ((_PyCFunctionFastWithKeywords)(void (*)(void))ml->ml_meth)(self, boxed, (Py_ssize_t)nargs,
                                                                      nkw ? (PyObject *)kwnames : NULL);
}

/* What call_fast leaves: argument counts or keywords a convention refuses, METH_FASTCALL
 * with more than FAST_MAX arguments, METH_METHOD, bad flags. */
static Ref call_rest(Thread *t, PyMethodDef *ml, PyObject *self, PyTypeObject *cls, const Ref *args,
                     size_t nargs, Object *kwnames, Ref callable) {
    int flags = ml->ml_flags & ~(METH_CLASS | METH_STATIC | METH_COEXIST);
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    switch (flags) {
    case METH_NOARGS:
        if (nkw) goto no_kw;
        arg_error(t, ml, self, cls, "%U takes no arguments (%zu given)", nargs);
        return REF_NULL;
    case METH_O:
        if (nkw) goto no_kw;
        arg_error(t, ml, self, cls, "%U takes exactly one argument (%zu given)", nargs);
        return REF_NULL;
    case METH_VARARGS:
        goto no_kw;
    case METH_FASTCALL:
    case METH_FASTCALL | METH_KEYWORDS:
    case METH_METHOD | METH_FASTCALL | METH_KEYWORDS: {
        if (nkw && !(flags & METH_KEYWORDS)) goto no_kw;
        size_t total = nargs + nkw;
        PyObject **boxed = mem_alloc(t, (total ? total : 1) * sizeof(PyObject *));
        if (!boxed) return REF_NULL;
        for (size_t i = 0; i < total; i++)
            if (!(boxed[i] = arg_in(t, args[i]))) {
                args_done(t, args, boxed, i);
                mem_free(boxed);
                return REF_NULL;
            }
        PyObject *res = call_fastcall(ml, flags, self, cls, boxed, nargs, kwnames, nkw);
        args_done(t, args, boxed, total);
        mem_free(boxed);
        return legacy_result(t, res, callable);
    }
    default:
        err_format(t, &exc_SystemError, "%s() method: bad call flags", ml->ml_name);
        return REF_NULL;
    }
no_kw:
    /* CPython names a METH_VARARGS function object by its bare name here. */
    if (flags == METH_VARARGS && ref_type(callable) == &cfunction_type)
        err_format(t, &exc_TypeError, "%s() takes no keyword arguments", ml->ml_name);
    else
        arg_error(t, ml, self, cls, "%U takes no keyword arguments", 0);
    return REF_NULL;
}

/* A PyMethodDef called with Spry's vectorcall arguments. Inlined into the two entry points
 * below; the common calls never enter call_rest's frame. */
#define FAST_MAX 6
static inline SPRY_ALWAYS_INLINE Ref call_fast(Thread *t, PyMethodDef *ml, PyObject *self, PyTypeObject *cls,
                                               const Ref *args, size_t nargs, Object *kwnames, Ref callable) {
    int flags = ml->ml_flags & ~(METH_CLASS | METH_STATIC | METH_COEXIST);
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    PyObject *res;
    if ((flags == METH_FASTCALL || flags == (METH_FASTCALL | METH_KEYWORDS)) &&
        (!nkw || flags != METH_FASTCALL) && nargs + nkw <= FAST_MAX) {
        size_t total = nargs + nkw;
        PyObject *boxed[FAST_MAX];
        for (size_t i = 0; i < total; i++)
            if (!(boxed[i] = arg_in(t, args[i]))) {
                args_done(t, args, boxed, i);
                return REF_NULL;
            }
        res = call_fastcall(ml, flags, self, cls, boxed, nargs, kwnames, nkw);
        args_done(t, args, boxed, total);
    } else if (flags == METH_NOARGS && nargs == 0 && !nkw) {
        res = ml->ml_meth(self, NULL);
    } else if (flags == METH_O && nargs == 1 && !nkw) {
        PyObject *a = arg_in(t, args[0]);
        if (!a) return REF_NULL;
        res = ml->ml_meth(self, a);
        args_done(t, args, &a, 1);
    } else if ((flags == METH_VARARGS && !nkw) || flags == (METH_VARARGS | METH_KEYWORDS)) {
        Object *tup, *kw;
        if (vc_to_tuple_dict(t, args, nargs, kwnames, &tup, &kw) < 0) return REF_NULL;
        if (flags & METH_KEYWORDS)
            res = ((PyCFunctionWithKeywords)(void (*)(void))ml->ml_meth)(self, (PyObject *)tup, (PyObject *)kw);
        else
            res = ml->ml_meth(self, (PyObject *)tup);
        vc_release(t, tup, kw);
    } else {
        return call_rest(t, ml, self, cls, args, nargs, kwnames, callable);
    }
    return legacy_result(t, res, callable);
}
#undef FAST_MAX

/* ---- functions and method descriptors for PyMethodDef ----------------------------------
 * They are the runtime's builtin_function_or_method and method_descriptor objects
 * carrying a PyMethodDef (objects/type.h); here is how they are made and called. */
const char *legacy_methoddef_name(const PyMethodDef *ml) { return ml->ml_name; }
const char *legacy_methoddef_doc(const PyMethodDef *ml) { return ml->ml_doc; }

#define CF(r) ((CFunctionObj *)ref_obj(r))
static PyObject *cf_self(const CFunctionObj *f) { return ref_is_null(f->self) ? NULL : self_of(f->self); }

PyObject *PyCMethod_New(PyMethodDef *ml, PyObject *self, PyObject *module, PyTypeObject *cls) {
    Thread *t = legacy_thread();
    Ref s = self && !(ml->ml_flags & METH_STATIC) ? R(self) : REF_NULL;
    return (PyObject *)cfunction_new_legacy(t, ml, s, (Object *)module, (Type *)cls);
}
PyObject *PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module) {
    return PyCMethod_New(ml, self, module, NULL);
}
#undef PyCFunction_New
PyObject *PyCFunction_New(PyMethodDef *ml, PyObject *self) { return PyCMethod_New(ml, self, NULL, NULL); }
/* A builtin_function_or_method: one made from a PyMethodDef, or one of Spry's own built-ins
 * (`def` set), which take their arguments as METH_FASTCALL | METH_KEYWORDS does. NULL and
 * SystemError for anything else. */
static CFunctionObj *as_cfunction(PyObject *op) {
    if (op && Py_TYPE(op) == &PyCFunction_Type) return (CFunctionObj *)op;
    PyErr_BadInternalCall();
    return NULL;
}
PyCFunction PyCFunction_GetFunction(PyObject *op) {
    CFunctionObj *f = as_cfunction(op);
    if (!f) return NULL;
    return f->def ? legacy_runtime_cfunction_pointer(legacy_thread(), f->def) : f->ml->ml_meth;
}
PyObject *PyCFunction_GetSelf(PyObject *op) {
    CFunctionObj *f = as_cfunction(op);
    if (!f) return NULL;
    /* A self that is a tagged int is boxed in place: the function keeps the box. */
    return f->def ? legacy_box_slot(legacy_thread(), &f->self) : cf_self(f);   /* borrowed */
}
int PyCFunction_GetFlags(PyObject *op) {
    CFunctionObj *f = as_cfunction(op);
    if (!f) return -1;
    return f->def ? METH_FASTCALL | METH_KEYWORDS | f->def->flags : f->ml->ml_flags;
}
PyObject *PyCFunction_Call(PyObject *callable, PyObject *args, PyObject *kwargs) {
    return PyObject_Call(callable, args, kwargs);
}

Ref legacy_cfunction_call(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames) {
    CFunctionObj *f = CF(callable);
    return call_fast(t, (PyMethodDef *)f->ml, cf_self(f), (PyTypeObject *)f->cls, args, nargs, kwnames, callable);
}
/* A method of int called on a tagged self: self needs a box (seldom: int has no PyMethodDef
 * of its own). */
static Ref method_call_boxed(Thread *t, MethodDescr *d, const Ref *args, size_t nargs, Object *kwnames, Ref descr) {
    PyObject *self = arg_in(t, args[0]);
    if (!self) return REF_NULL;
    Ref r = call_fast(t, (PyMethodDef *)d->ml, self, (PyTypeObject *)d->d.type, args + 1, nargs - 1, kwnames, descr);
    args_done(t, args, &self, 1);
    return r;
}
Ref legacy_method_call(Thread *t, Ref descr, const Ref *args, size_t nargs, Object *kwnames) {
    MethodDescr *d = (MethodDescr *)ref_obj(descr);
    if (ref_is_int(args[0])) return method_call_boxed(t, d, args, nargs, kwnames, descr);
    return call_fast(t, (PyMethodDef *)d->ml, (PyObject *)ref_obj(args[0]), (PyTypeObject *)d->d.type, args + 1,
                     nargs - 1, kwnames, descr);
}
static Object *lmd_new(Thread *t, Type *type, PyMethodDef *ml) {
    Object *name = str_intern_cstr(t, ml->ml_name);
    if (!name) return NULL;
    Object *d = descr_new_legacy_method(t, type, ml, name, ml->ml_flags & METH_CLASS);
    obj_decref(name);
    return d;
}
PyObject *PyDescr_NewMethod(PyTypeObject *type, PyMethodDef *ml) {
    return (PyObject *)lmd_new(legacy_thread(), (Type *)type, ml);
}
PyObject *PyDescr_NewClassMethod(PyTypeObject *type, PyMethodDef *ml) {
    return (PyObject *)lmd_new(legacy_thread(), (Type *)type, ml);
}

/* Adds the descriptors of a PyMethodDef table to a type's dict. */
static int add_legacy_methods(Thread *t, Type *type, PyMethodDef *methods) {
    for (PyMethodDef *ml = methods; ml && ml->ml_name; ml++) {
        Object *name = str_intern_cstr(t, ml->ml_name);
        if (!name) return -1;
        if (!(ml->ml_flags & METH_COEXIST) && dict_contains(t, type->tp_dict, ref_from_obj(name)) == 1) {
            obj_decref(name);
            continue;
        }
        Object *d;
        if (ml->ml_flags & METH_STATIC) {
            PyObject *f = PyCMethod_New(ml, NULL, NULL, (PyTypeObject *)type);
            d = f ? staticmethod_new(t, R(f)) : NULL;
            Py_XDECREF(f);
        } else {
            d = lmd_new(t, type, ml);
        }
        int r = d ? dict_set(t, type->tp_dict, ref_from_obj(name), ref_from_obj(d)) : -1;
        obj_xdecref(d);
        obj_decref(name);
        if (r < 0) return -1;
    }
    return 0;
}

/* ---- capsules and module definitions as objects ------------------------------------------ */
typedef struct Capsule {
    Object ob;
    void *pointer;
    const char *name;
    PyCapsule_Destructor destructor;
    void *context;
} Capsule;
static void capsule_dealloc(Object *o) {
    Capsule *c = (Capsule *)o;
    if (c->destructor) c->destructor((PyObject *)o);
    o->ob_type->tp_free(o);
}
static Ref capsule_repr(Thread *t, Ref self) {
    Capsule *c = (Capsule *)ref_obj(self);
    if (c->name)
        return ref_from_obj(str_from_format(t, "<capsule object \"%s\" at %p>", c->name, (void *)c));
    return ref_from_obj(str_from_format(t, "<capsule object NULL at %p>", (void *)c));
}
Type _spry_legacy_capsule_type = {
    TYPE_HEAD_INIT,
    .tp_name = "PyCapsule",
    .tp_basicsize = sizeof(Capsule),
    .tp_dealloc = capsule_dealloc,
    .repr = capsule_repr,
};
Type _spry_legacy_moduledef_type = {
    TYPE_HEAD_INIT,
    .tp_name = "moduledef",
    .tp_basicsize = sizeof(PyModuleDef),
};

static bool name_matches(const char *a, const char *b) {
    return a == b || (a && b && !strcmp(a, b));
}
PyObject *PyCapsule_New(void *pointer, const char *name, PyCapsule_Destructor destructor) {
    Thread *t = legacy_thread();
    if (!pointer) {
        err_set(t, &exc_ValueError, "PyCapsule_New called with null pointer");
        return NULL;
    }
    if (legacy_ready_internal_types(t) < 0) return NULL;
    Capsule *c = (Capsule *)obj_alloc(t, &_spry_legacy_capsule_type, sizeof(Capsule));
    if (!c) return NULL;
    c->pointer = pointer;
    c->name = name;
    c->destructor = destructor;
    return (PyObject *)c;
}
static Capsule *capsule_check(PyObject *o, const char *what) {
    if (!o || Py_TYPE(o) != (PyTypeObject *)&_spry_legacy_capsule_type || !((Capsule *)o)->pointer) {
        PyErr_Format(PyExc_ValueError, "%s called with invalid PyCapsule object", what);
        return NULL;
    }
    return (Capsule *)o;
}
void *PyCapsule_GetPointer(PyObject *o, const char *name) {
    Capsule *c = capsule_check(o, "PyCapsule_GetPointer");
    if (!c) return NULL;
    if (!name_matches(c->name, name)) {
        PyErr_SetString(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name");
        return NULL;
    }
    return c->pointer;
}
const char *PyCapsule_GetName(PyObject *o) {
    Capsule *c = capsule_check(o, "PyCapsule_GetName");
    return c ? c->name : NULL;
}
PyCapsule_Destructor PyCapsule_GetDestructor(PyObject *o) {
    Capsule *c = capsule_check(o, "PyCapsule_GetDestructor");
    return c ? c->destructor : NULL;
}
void *PyCapsule_GetContext(PyObject *o) {
    Capsule *c = capsule_check(o, "PyCapsule_GetContext");
    return c ? c->context : NULL;
}
int PyCapsule_SetPointer(PyObject *o, void *pointer) {
    if (!pointer) {
        PyErr_SetString(PyExc_ValueError, "PyCapsule_SetPointer called with null pointer");
        return -1;
    }
    Capsule *c = capsule_check(o, "PyCapsule_SetPointer");
    if (!c) return -1;
    c->pointer = pointer;
    return 0;
}
int PyCapsule_SetName(PyObject *o, const char *name) {
    Capsule *c = capsule_check(o, "PyCapsule_SetName");
    if (!c) return -1;
    c->name = name;
    return 0;
}
int PyCapsule_SetDestructor(PyObject *o, PyCapsule_Destructor destructor) {
    Capsule *c = capsule_check(o, "PyCapsule_SetDestructor");
    if (!c) return -1;
    c->destructor = destructor;
    return 0;
}
int PyCapsule_SetContext(PyObject *o, void *context) {
    Capsule *c = capsule_check(o, "PyCapsule_SetContext");
    if (!c) return -1;
    c->context = context;
    return 0;
}
int PyCapsule_IsValid(PyObject *o, const char *name) {
    return o && Py_TYPE(o) == (PyTypeObject *)&_spry_legacy_capsule_type && ((Capsule *)o)->pointer &&
           name_matches(((Capsule *)o)->name, name);
}
void *PyCapsule_Import(const char *name, int no_block) {
    char *path = strdup(name);
    if (!path) {
        PyErr_NoMemory();
        return NULL;
    }
    char *dot = strchr(path, '.');
    if (dot) *dot = 0;
    PyObject *obj = PyImport_ImportModule(path);
    if (!obj) PyErr_Format(PyExc_ImportError, "PyCapsule_Import could not import module \"%s\"", path);
    char *rest = dot ? dot + 1 : NULL;
    while (obj && rest) {
        char *next = strchr(rest, '.');
        if (next) *next++ = 0;
        PyObject *o2 = PyObject_GetAttrString(obj, rest);
        Py_DECREF(obj);
        obj = o2;
        rest = next;
    }
    free(path);
    if (!obj) return NULL;
    void *r = NULL;
    if (PyCapsule_IsValid(obj, name)) r = ((Capsule *)obj)->pointer;
    else PyErr_Format(PyExc_AttributeError, "PyCapsule_Import \"%s\" is not valid", name);
    Py_DECREF(obj);
    return r;
}

int legacy_ready_internal_types(Thread *t) {
    if (type_ready(t, &_spry_legacy_capsule_type) < 0 || type_ready(t, &_spry_legacy_moduledef_type) < 0)
        return -1;
    return 0;
}

/* ---- PyType_Ready ---------------------------------------------------------------------------- */
static PyObject *object_alloc_default(PyTypeObject *type, Py_ssize_t n) { return PyType_GenericAlloc(type, n); }

#define INHERIT(f) if (!lt->f) lt->f = lb->f
int PyType_Ready(PyTypeObject *lt) {
    Thread *t = legacy_thread();
    Type *tp = (Type *)lt;
    if (type_has_flag(tp, TPFLAG_READY)) return 0;
    if (legacy_ready_internal_types(t) < 0) return -1;
    if (!((Object *)tp)->ob_type) ((Object *)tp)->ob_type = &type_type;
    ((Object *)tp)->ob_refcnt = REFCNT_IMMORTAL;
    tp->tp_flags |= TPFLAG_SPRY_LEGACY;
    if (!lt->tp_base) lt->tp_base = (PyTypeObject *)&object_type;
    if (!type_has_flag((Type *)lt->tp_base, TPFLAG_READY) && PyType_Ready(lt->tp_base) < 0) return -1;
    if (!type_has_flag((Type *)lt->tp_base, TPFLAG_BASETYPE)) {
        err_format(t, &exc_TypeError, "type '%s' is not an acceptable base type", lt->tp_base->tp_name);
        return -1;
    }
    PyTypeObject *lb = legacy_base((Type *)lt->tp_base);
    if (lb) {
        INHERIT(tp_repr); INHERIT(tp_str); INHERIT(tp_hash); INHERIT(tp_call);
        INHERIT(tp_richcompare); INHERIT(tp_iter); INHERIT(tp_iternext); INHERIT(tp_init);
        INHERIT(tp_new); INHERIT(tp_alloc); INHERIT(tp_getattro); INHERIT(tp_setattro);
        INHERIT(tp_descr_get); INHERIT(tp_descr_set); INHERIT(tp_as_number);
        INHERIT(tp_as_sequence); INHERIT(tp_as_mapping); INHERIT(tp_as_buffer);
    }
    if (!lt->tp_alloc) lt->tp_alloc = object_alloc_default;
    install_adapters(lt);
    if (!tp->getsets && (lt->tp_getset || lt->tp_members)) {
        tp->getsets = make_getsets(t, lt);
        if (!tp->getsets && err_occurred(t)) return -1;
    }
    if (!tp->tp_dict) {
        tp->tp_dict = dict_new(t);
        if (!tp->tp_dict) return -1;
    }
    if (add_legacy_methods(t, tp, lt->tp_methods) < 0) return -1;
    if (type_ready(t, tp) < 0) return -1;
    return 0;
}

PyObject *PyType_GenericNew(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    allocfunc alloc = type->tp_alloc ? type->tp_alloc : PyType_GenericAlloc;
    return alloc(type, 0);
}

/* ---- PyType_FromSpec ----------------------------------------------------------------------- */
/* A type made from a spec: the type object with room for its method tables and the module
 * it belongs to. Types from specs are process-wide and immortal in Spry. */
typedef struct SpecType {
    PyTypeObject type;
    PyNumberMethods nb;
    PySequenceMethods sq;
    PyMappingMethods mp;
    PyAsyncMethods am;
    PyBufferProcs bf;
    PyObject *module;
    char name[];
} SpecType;
#define SPEC_MAGIC ((PyObject *)(uintptr_t)0x5059535045437970ull)

static SpecType *spec_type(PyTypeObject *tp) {
    return tp->tp_cache == SPEC_MAGIC ? (SpecType *)tp : NULL;
}

PyObject *PyType_FromModuleAndSpec(PyObject *module, PyType_Spec *spec, PyObject *bases) {
    Thread *t = legacy_thread();
    bool types = bases && (PyType_Check(bases) || PyTuple_Check(bases));
    for (Py_ssize_t i = 0; types && PyTuple_Check(bases) && i < PyTuple_GET_SIZE(bases); i++)
        types = PyType_Check(PyTuple_GET_ITEM(bases, i));
    if (bases && !types) {
        PyErr_SetString(PyExc_TypeError, "bases must be types");
        return NULL;
    }
    size_t nlen = strlen(spec->name);
    SpecType *st = calloc(1, sizeof(SpecType) + nlen + 1);
    if (!st) return PyErr_NoMemory();
    memcpy(st->name, spec->name, nlen + 1);
    PyTypeObject *lt = &st->type;
    lt->ob_base.ob_base.ob_type = &PyType_Type;
    lt->ob_base.ob_base.ob_refcnt = _Py_IMMORTAL_REFCNT;
    lt->tp_name = st->name;
    lt->tp_basicsize = spec->basicsize;
    lt->tp_itemsize = spec->itemsize;
    lt->tp_flags = (spec->flags & ~Py_TPFLAGS_HEAPTYPE) | TPFLAG_SPRY_SPEC;
    lt->tp_cache = SPEC_MAGIC;
    st->module = module ? Py_NewRef(module) : NULL;
    if (bases) {
        if (PyTuple_Check(bases)) lt->tp_base = PyTuple_GET_SIZE(bases) ? (PyTypeObject *)PyTuple_GET_ITEM(bases, 0) : NULL;
        else lt->tp_base = (PyTypeObject *)bases;
    }
    PyObject *base_tuple = bases && PyTuple_Check(bases) ? bases : NULL;
    for (PyType_Slot *s = spec->slots; s && s->slot; s++) {
        void *p = s->pfunc;
        switch (s->slot) {
#define NBS(id, f) case Py_nb_##f: st->nb.nb_##f = p; lt->tp_as_number = &st->nb; break;
        NBS(0, absolute) NBS(0, add) NBS(0, and) NBS(0, bool) NBS(0, divmod) NBS(0, float)
        NBS(0, floor_divide) NBS(0, index) NBS(0, inplace_add) NBS(0, inplace_and)
        NBS(0, inplace_floor_divide) NBS(0, inplace_lshift) NBS(0, inplace_multiply)
        NBS(0, inplace_or) NBS(0, inplace_power) NBS(0, inplace_remainder) NBS(0, inplace_rshift)
        NBS(0, inplace_subtract) NBS(0, inplace_true_divide) NBS(0, inplace_xor) NBS(0, int)
        NBS(0, invert) NBS(0, lshift) NBS(0, multiply) NBS(0, negative) NBS(0, or)
        NBS(0, positive) NBS(0, power) NBS(0, remainder) NBS(0, rshift) NBS(0, subtract)
        NBS(0, true_divide) NBS(0, xor) NBS(0, matrix_multiply) NBS(0, inplace_matrix_multiply)
#undef NBS
#define SQS(f) case Py_sq_##f: st->sq.sq_##f = p; lt->tp_as_sequence = &st->sq; break;
        SQS(ass_item) SQS(concat) SQS(contains) SQS(inplace_concat) SQS(inplace_repeat)
        SQS(item) SQS(length) SQS(repeat)
#undef SQS
#define MPS(f) case Py_mp_##f: st->mp.mp_##f = p; lt->tp_as_mapping = &st->mp; break;
        MPS(ass_subscript) MPS(length) MPS(subscript)
#undef MPS
        case Py_am_await: st->am.am_await = p; lt->tp_as_async = &st->am; break;
        case Py_am_aiter: st->am.am_aiter = p; lt->tp_as_async = &st->am; break;
        case Py_am_anext: st->am.am_anext = p; lt->tp_as_async = &st->am; break;
        case Py_am_send: st->am.am_send = p; lt->tp_as_async = &st->am; break;
        case Py_bf_getbuffer: st->bf.bf_getbuffer = p; lt->tp_as_buffer = &st->bf; break;
        case Py_bf_releasebuffer: st->bf.bf_releasebuffer = p; lt->tp_as_buffer = &st->bf; break;
        case Py_tp_alloc: lt->tp_alloc = p; break;
        case Py_tp_base: lt->tp_base = p; break;
        case Py_tp_bases:
            if (PyTuple_Check((PyObject *)p) && PyTuple_GET_SIZE((PyObject *)p))
                lt->tp_base = (PyTypeObject *)PyTuple_GET_ITEM((PyObject *)p, 0);
            if (!bases && PyTuple_Check((PyObject *)p)) base_tuple = p;
            break;
        case Py_tp_call: lt->tp_call = p; break;
        case Py_tp_clear: lt->tp_clear = p; break;
        case Py_tp_dealloc: lt->tp_dealloc = p; break;
        case Py_tp_del: lt->tp_del = p; break;
        case Py_tp_descr_get: lt->tp_descr_get = p; break;
        case Py_tp_descr_set: lt->tp_descr_set = p; break;
        case Py_tp_doc: lt->tp_doc = p ? strdup(p) : NULL; break;
        case Py_tp_getattr: lt->tp_getattr = p; break;
        case Py_tp_getattro: lt->tp_getattro = p; break;
        case Py_tp_hash: lt->tp_hash = p; break;
        case Py_tp_init: lt->tp_init = p; break;
        case Py_tp_is_gc: lt->tp_is_gc = p; break;
        case Py_tp_iter: lt->tp_iter = p; break;
        case Py_tp_iternext: lt->tp_iternext = p; break;
        case Py_tp_methods: lt->tp_methods = p; break;
        case Py_tp_new: lt->tp_new = p; break;
        case Py_tp_repr: lt->tp_repr = p; break;
        case Py_tp_richcompare: lt->tp_richcompare = p; break;
        case Py_tp_setattr: lt->tp_setattr = p; break;
        case Py_tp_setattro: lt->tp_setattro = p; break;
        case Py_tp_str: lt->tp_str = p; break;
        case Py_tp_traverse: lt->tp_traverse = p; break;
        case Py_tp_members: lt->tp_members = p; break;
        case Py_tp_getset: lt->tp_getset = p; break;
        case Py_tp_free: lt->tp_free = p; break;
        case Py_tp_finalize: lt->tp_finalize = p; break;
        default:
            err_format(t, &exc_RuntimeError, "invalid slot offset");
            free(st);
            return NULL;
        }
    }
    /* Several bases must not conflict: the instance layout is that of the one whose
     * layout the others' are part of, and all of them make the MRO (C3, with its
     * errors). */
    bool several = base_tuple && PyTuple_GET_SIZE(base_tuple) > 1;
    if (several) {
        Type *best = type_best_base(t, (Object *)base_tuple);
        if (!best) {
            free(st);
            return NULL;
        }
        lt->tp_base = (PyTypeObject *)best;
        lt->tp_bases = Py_NewRef(base_tuple);
    }
    /* __module__ is the name up to its last dot; a name without one gets no __module__
     * (type.__module__ raises AttributeError), as in CPython, which warns. */
    const char *dot = strrchr(spec->name, '.');
    if (!dot && PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "builtin type %.200s has no __module__ attribute",
                                 spec->name) < 0) {
        free(st);
        return NULL;
    }
    Type *tp = (Type *)lt;
    if (dot) {
        Object *modname = str_from_utf8(t, spec->name, dot - spec->name);
        tp->tp_dict = modname ? dict_new(t) : NULL;
        if (!tp->tp_dict || dict_set_str(t, tp->tp_dict, ID(__module__), ref_from_obj(modname)) < 0) {
            obj_xdecref(modname);
            return NULL;
        }
        obj_decref(modname);
    }
    if (PyType_Ready(lt) < 0) return NULL;
    for (Py_ssize_t i = 0; several && i < PyTuple_GET_SIZE(base_tuple); i++) {
        Type *b = (Type *)PyTuple_GET_ITEM(base_tuple, i);
        if (b != (Type *)lt->tp_base && type_add_subclass(t, b, tp) < 0) return NULL;
    }
    /* A spec type is a heap type to CPython: its attributes may be set unless it asks to be
     * immutable, and without tp_new it inherits even object's (only a static type directly
     * under object is then not instantiable). */
    if (!(spec->flags & Py_TPFLAGS_IMMUTABLETYPE)) tp->tp_flags &= ~TPFLAG_IMMUTABLETYPE;
    if (!tp->new_ && !type_has_flag(tp, TPFLAG_DISALLOW_INSTANTIATION)) tp->new_ = object_type.new_;
    return Py_NewRef((PyObject *)lt);
}
PyObject *PyType_FromSpecWithBases(PyType_Spec *spec, PyObject *bases) {
    return PyType_FromModuleAndSpec(NULL, spec, bases);
}
PyObject *PyType_FromSpec(PyType_Spec *spec) { return PyType_FromModuleAndSpec(NULL, spec, NULL); }

void *PyType_GetSlot(PyTypeObject *tp, int slot) {
    switch (slot) {
    case Py_tp_new: return tp->tp_new;
    case Py_tp_alloc: return tp->tp_alloc;
    case Py_tp_free: return tp->tp_free;
    case Py_tp_dealloc: return tp->tp_dealloc;
    case Py_tp_init: return tp->tp_init;
    case Py_tp_repr: return tp->tp_repr;
    case Py_tp_str: return tp->tp_str;
    case Py_tp_call: return tp->tp_call;
    case Py_tp_hash: return tp->tp_hash;
    case Py_tp_iter: return tp->tp_iter;
    case Py_tp_iternext: return tp->tp_iternext;
    case Py_tp_traverse: return tp->tp_traverse;
    case Py_tp_clear: return tp->tp_clear;
    case Py_tp_base: return tp->tp_base;
    case Py_tp_doc: return (void *)tp->tp_doc;
    case Py_tp_methods: return tp->tp_methods;
    case Py_tp_members: return tp->tp_members;
    case Py_tp_getset: return tp->tp_getset;
    default:
        PyErr_BadInternalCall();
        return NULL;
    }
}
PyObject *PyType_GetModule(PyTypeObject *tp) {
    SpecType *st = spec_type(tp);
    if (!st && !PyType_HasFeature(tp, Py_TPFLAGS_HEAPTYPE)) {
        PyErr_Format(PyExc_TypeError, "PyType_GetModule: Type '%s' is not a heap type", tp->tp_name);
        return NULL;
    }
    if (!st || !st->module) {
        PyErr_Format(PyExc_TypeError, "PyType_GetModule: Type '%s' has no associated module", tp->tp_name);
        return NULL;
    }
    return st->module;
}
void *PyType_GetModuleState(PyTypeObject *tp) {
    PyObject *m = PyType_GetModule(tp);
    return m ? PyModule_GetState(m) : NULL;
}
PyObject *PyType_GetModuleByDef(PyTypeObject *tp, PyModuleDef *def) {
    for (Type *k = (Type *)tp; k; k = k->tp_base) {
        SpecType *st = spec_type((PyTypeObject *)k);
        if (st && st->module && PyModule_GetDef(st->module) == def) return st->module;
    }
    PyErr_Format(PyExc_TypeError, "PyType_GetModuleByDef: No superclass of '%s' has the given module",
                 type_name((Type *)tp));
    return NULL;
}
PyObject *PyType_GetName(PyTypeObject *tp) { return PyUnicode_FromString(type_name((Type *)tp)); }
PyObject *PyType_GetQualName(PyTypeObject *tp) { return (PyObject *)type_qualname(legacy_thread(), (Type *)tp); }
