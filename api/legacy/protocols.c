/* Legacy C API: the rest of the sequence and mapping protocols, sets, slices, iterators,
 * weak references and exception attributes (Limited API functions not covered elsewhere). */
#include "legacy.h"
#include "objects/weakref.h"

#define T_ legacy_thread()
#define R(o) legacy_ref(o)
static inline PyObject *out(Thread *t, Ref r) { return legacy_box(t, r); }
static inline PyObject *outo(Object *o) { return (PyObject *)o; }

static PyObject *bad_call(void) {
    PyErr_BadInternalCall();
    return NULL;
}

/* ---- sequences ------------------------------------------------------------------------------ */
bool legacy_not_sequence(PyObject *o, const char *other) {
    if (!o) {
        PyErr_BadInternalCall();
        return true;
    }
    if (PySequence_Check(o)) return false;
    if (((Type *)Py_TYPE(o))->getitem) PyErr_Format(PyExc_TypeError, "%.200s is not a sequence", Py_TYPE(o)->tp_name);
    else PyErr_Format(PyExc_TypeError, other, Py_TYPE(o)->tp_name);
    return true;
}
/* Concatenation and repetition start from a sequence. */
static bool not_a_sequence(PyObject *a, const char *other) {
    if (a && PySequence_Check(a)) return false;
    PyErr_Format(PyExc_TypeError, other, a ? Py_TYPE(a)->tp_name : "NULL");
    return true;
}
PyObject *PySequence_Concat(PyObject *a, PyObject *b) {
    return not_a_sequence(a, "'%.200s' object can't be concatenated") ? NULL : PyNumber_Add(a, b);
}
PyObject *PySequence_InPlaceConcat(PyObject *a, PyObject *b) {
    return not_a_sequence(a, "'%.200s' object can't be concatenated") ? NULL : PyNumber_InPlaceAdd(a, b);
}
PyObject *PySequence_Repeat(PyObject *o, Py_ssize_t n) {
    Thread *t = T_;
    if (not_a_sequence(o, "'%.200s' object can't be repeated")) return NULL;
    return out(t, obj_binop(t, R(o), ref_from_int(n), NB_MULTIPLY));
}
PyObject *PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t n) {
    Thread *t = T_;
    if (not_a_sequence(o, "'%.200s' object can't be repeated")) return NULL;
    return out(t, obj_inplace_op(t, R(o), ref_from_int(n), NB_MULTIPLY));
}

/* o[i:j] as a slice object (new reference). */
static Object *index_slice(Thread *t, Py_ssize_t i, Py_ssize_t j) {
    return slice_new(t, ref_from_int(i), ref_from_int(j), REF_NULL);
}
PyObject *PySequence_GetSlice(PyObject *o, Py_ssize_t i, Py_ssize_t j) {
    Thread *t = T_;
    if (!o || !((Type *)Py_TYPE(o))->getitem) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is unsliceable", o ? Py_TYPE(o)->tp_name : "NULL");
        return NULL;
    }
    Object *s = index_slice(t, i, j);
    if (!s) return NULL;
    Ref r = obj_getitem(t, R(o), ref_from_obj(s));
    obj_decref(s);
    return out(t, r);
}
PyObject *PySlice_New(PyObject *start, PyObject *stop, PyObject *step) {
    return outo(slice_new(T_, start ? R(start) : REF_NULL, stop ? R(stop) : REF_NULL, step ? R(step) : REF_NULL));
}
int PySequence_SetSlice(PyObject *o, Py_ssize_t i, Py_ssize_t j, PyObject *v) {
    Thread *t = T_;
    if (!o || !((Type *)Py_TYPE(o))->setitem) {
        PyErr_Format(PyExc_TypeError, v ? "'%.200s' object doesn't support slice assignment"
                                        : "'%.200s' object doesn't support slice deletion",
                     o ? Py_TYPE(o)->tp_name : "NULL");
        return -1;
    }
    Object *s = index_slice(t, i, j);
    if (!s) return -1;
    int r = v ? obj_setitem(t, R(o), ref_from_obj(s), R(v)) : obj_delitem(t, R(o), ref_from_obj(s));
    obj_decref(s);
    return r;
}
int PySequence_DelSlice(PyObject *o, Py_ssize_t i, Py_ssize_t j) { return PySequence_SetSlice(o, i, j, NULL); }
int PyList_SetSlice(PyObject *list, Py_ssize_t i, Py_ssize_t j, PyObject *v) {
    if (!PyList_Check(list)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return PySequence_SetSlice(list, i, j, v);
}
int PySequence_DelItem(PyObject *o, Py_ssize_t i) {
    Thread *t = T_;
    if (legacy_not_sequence(o, "'%.200s' object doesn't support item deletion")) return -1;
    if (i < 0) {
        intptr_t n = obj_len(t, R(o));
        if (n < 0) err_clear(t);
        else i += n;
    }
    return obj_delitem(t, R(o), ref_from_int(i));
}

/* How often v occurs in o (count), or where first (index): -1 with an error. */
static Py_ssize_t seq_search(PyObject *o, PyObject *v, bool first) {
    Thread *t = T_;
    Ref it = obj_iter(t, R(o));
    if (ref_is_null(it)) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_format(t, &exc_TypeError, "argument of type '%s' is not iterable", Py_TYPE(o)->tp_name);
        }
        return -1;
    }
    Py_ssize_t n = 0, i = 0;
    for (;; i++) {
        Ref item = obj_next(t, it);
        if (ref_is_null(item)) break;
        int eq = obj_richcompare_bool(t, item, R(v), Py_EQ);
        ref_close(item);
        if (eq < 0) {
            ref_close(it);
            return -1;
        }
        if (eq && first) {
            ref_close(it);
            return i;
        }
        n += eq;
    }
    ref_close(it);
    if (err_occurred(t)) return -1;
    if (first) {
        err_set(t, &exc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return n;
}
Py_ssize_t PySequence_Count(PyObject *o, PyObject *v) { return seq_search(o, v, false); }
Py_ssize_t PySequence_Index(PyObject *o, PyObject *v) { return seq_search(o, v, true); }
int PySequence_In(PyObject *o, PyObject *v) { return PySequence_Contains(o, v); }

/* ---- mappings ------------------------------------------------------------------------------- */
Py_ssize_t PyMapping_Length(PyObject *o) { return PyMapping_Size(o); }
int PyMapping_HasKey(PyObject *o, PyObject *key) {
    PyObject *v = PyObject_GetItem(o, key);
    if (!v) {
        PyErr_Clear();
        return 0;
    }
    Py_DECREF(v);
    return 1;
}
int PyMapping_HasKeyString(PyObject *o, const char *key) {
    PyObject *v = PyMapping_GetItemString(o, key);
    if (!v) {
        PyErr_Clear();
        return 0;
    }
    Py_DECREF(v);
    return 1;
}
int PyMapping_SetItemString(PyObject *o, const char *key, PyObject *v) {
    PyObject *k = PyUnicode_FromString(key);
    if (!k) return -1;
    int r = PyObject_SetItem(o, k, v);
    Py_DECREF(k);
    return r;
}
/* list(o.<name>()) -- dicts answer directly. */
static PyObject *mapping_view_list(PyObject *o, Object *name) {
    Thread *t = T_;
    Ref v = obj_call_method(t, R(o), name, NULL, 0);
    if (ref_is_null(v)) return NULL;
    Ref it = obj_iter(t, v);
    if (ref_is_null(it) && err_matches(t, &exc_TypeError)) {
        err_clear(t);
        err_format(t, &exc_TypeError, "%s.%U() returned a non-iterable (type %T)",
                   type_name((Type *)Py_TYPE(o)), R((PyObject *)name), v);
    }
    Object *l = ref_is_null(it) ? NULL : list_from_iterable(t, it);
    ref_close(it);
    ref_close(v);
    return outo(l);
}
PyObject *PyMapping_Items(PyObject *o) {
    return PyDict_CheckExact(o) ? PyDict_Items(o) : mapping_view_list(o, ID(items));
}
PyObject *PyMapping_Values(PyObject *o) {
    return PyDict_CheckExact(o) ? PyDict_Values(o) : mapping_view_list(o, ID(values));
}
int PyObject_DelItemString(PyObject *o, const char *key) {
    PyObject *k = PyUnicode_FromString(key);
    if (!k) return -1;
    int r = PyObject_DelItem(o, k);
    Py_DECREF(k);
    return r;
}

/* ---- sets ----------------------------------------------------------------------------------- */
static bool any_set(PyObject *o) { return o && set_check(R(o)); }
static bool mutable_set(PyObject *o) { return o && ref_type_is(R(o), &set_type); }
PyObject *PySet_New(PyObject *iterable) { return outo(set_new(T_, iterable ? R(iterable) : REF_NULL)); }
PyObject *PyFrozenSet_New(PyObject *iterable) {
    return outo(frozenset_new(T_, iterable ? R(iterable) : REF_NULL));
}
Py_ssize_t PySet_Size(PyObject *s) {
    if (!any_set(s)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return obj_len(T_, R(s));
}
int PySet_Contains(PyObject *s, PyObject *key) {
    if (!any_set(s)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_contains(T_, (Object *)s, R(key));
}
int PySet_Add(PyObject *s, PyObject *key) {
    /* Filling a fresh frozenset is allowed, as in CPython. */
    if (!any_set(s) || (!mutable_set(s) && Py_REFCNT(s) != 1)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_add(T_, (Object *)s, R(key));
}
int PySet_Discard(PyObject *s, PyObject *key) {
    if (!mutable_set(s)) {
        PyErr_BadInternalCall();
        return -1;
    }
    return set_discard(T_, (Object *)s, R(key));
}
PyObject *PySet_Pop(PyObject *s) {
    if (!mutable_set(s)) return bad_call();
    Thread *t = T_;
    return out(t, set_pop(t, (Object *)s));
}
int PySet_Clear(PyObject *s) {
    if (!mutable_set(s)) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyObject *r = PyObject_CallMethod(s, "clear", NULL);
    Py_XDECREF(r);
    return r ? 0 : -1;
}

/* ---- slices --------------------------------------------------------------------------------- */
/* A slice part (int or __index__, clamped to Py_ssize_t) as _PyEval_SliceIndex: 1, or 0 with
 * an error. */
static int slice_index(Ref r, Py_ssize_t *out_) {
    if (ref_is_int(r)) {
        *out_ = (Py_ssize_t)ref_int(r);
        return 1;
    }
    return _PyEval_SliceIndex((PyObject *)ref_obj(r), out_);
}
int PySlice_Unpack(PyObject *s, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step) {
    if (!s || !slice_check(R(s))) {
        PyErr_BadInternalCall();
        return -1;
    }
    Thread *t = T_;
    Slice *sl = (Slice *)s;
    if (ref_is_none(sl->step)) {
        *step = 1;
    } else {
        if (!slice_index(sl->step, step)) return -1;
        if (*step == 0) {
            err_set(t, &exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -PY_SSIZE_T_MAX) *step = -PY_SSIZE_T_MAX;
    }
    if (ref_is_none(sl->start)) *start = *step < 0 ? PY_SSIZE_T_MAX : 0;
    else if (!slice_index(sl->start, start)) return -1;
    if (ref_is_none(sl->stop)) *stop = *step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
    else if (!slice_index(sl->stop, stop)) return -1;
    return 0;
}
Py_ssize_t PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step) {
    return slice_adjust(length, start, stop, step);
}
int PySlice_GetIndicesEx(PyObject *s, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
                         Py_ssize_t *step, Py_ssize_t *slicelength) {
    if (PySlice_Unpack(s, start, stop, step) < 0) return -1;
    *slicelength = PySlice_AdjustIndices(length, start, stop, *step);
    return 0;
}
/* The pre-3.0 form: int (or None) parts only, negative ones counted from the end, no
 * clamping; -1 (no error for bad parts) when a part is not an int or out of range. */
static int old_slice_part(Ref r, Py_ssize_t none_value, Py_ssize_t length, bool from_end, Py_ssize_t *out_) {
    if (ref_is_none(r)) {
        *out_ = none_value;
        return 0;
    }
    if (!int_check(r)) return -1;
    *out_ = ref_is_int(r) ? (Py_ssize_t)ref_int(r) : PyLong_AsSsize_t((PyObject *)ref_obj(r));
    if (*out_ == -1 && PyErr_Occurred()) return -1;
    if (from_end && *out_ < 0) *out_ += length;
    return 0;
}
int PySlice_GetIndices(PyObject *s, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step) {
    Slice *sl = (Slice *)s;
    if (old_slice_part(sl->step, 1, length, false, step) < 0) return -1;
    if (old_slice_part(sl->start, *step < 0 ? length - 1 : 0, length, true, start) < 0 ||
        old_slice_part(sl->stop, *step < 0 ? -1 : length, length, true, stop) < 0)
        return -1;
    return *stop > length || *start >= length || *step == 0 ? -1 : 0;
}

/* ---- iterators ------------------------------------------------------------------------------ */
PyObject *PySeqIter_New(PyObject *seq) { return outo(seq_iter_new(T_, R(seq))); }
PyObject *PyCallIter_New(PyObject *callable, PyObject *sentinel) {
    return outo(callable_iter_new(T_, R(callable), R(sentinel)));
}
PySendResult PyIter_Send(PyObject *iter, PyObject *arg, PyObject **result) {
    Thread *t = T_;
    Ref r;
    if (arg == Py_None && ((Type *)Py_TYPE(iter))->iternext) {
        r = obj_next(t, R(iter));
    } else {
        r = obj_call_method(t, R(iter), ID(send), (Ref[]){R(arg)}, 1);
    }
    if (!ref_is_null(r)) {
        *result = out(t, r);
        return *result ? PYGEN_NEXT : PYGEN_ERROR;
    }
    if (!err_occurred(t)) {
        *result = Py_NewRef(Py_None);
        return PYGEN_RETURN;
    }
    if (err_matches(t, &exc_StopIteration)) {
        Ref exc = err_fetch(t);
        Ref value = ((StopIterationExc *)ref_obj(exc))->value;
        *result = out(t, ref_is_null(value) ? REF_NONE : ref_dup(value));
        ref_close(exc);
        return *result ? PYGEN_RETURN : PYGEN_ERROR;
    }
    *result = NULL;
    return PYGEN_ERROR;
}

/* ---- weak references ------------------------------------------------------------------------ */
PyObject *PyWeakref_NewRef(PyObject *ob, PyObject *callback) {
    Thread *t = T_;
    return out(t, weakref_new(t, &weakref_type, R(ob), callback && callback != Py_None ? R(callback) : REF_NULL));
}
PyObject *PyWeakref_NewProxy(PyObject *ob, PyObject *callback) {
    Thread *t = T_;
    Type *tp = PyCallable_Check(ob) ? &weakcallableproxy_type : &weakproxy_type;
    return out(t, weakref_new(t, tp, R(ob), callback && callback != Py_None ? R(callback) : REF_NULL));
}
PyObject *PyWeakref_GetObject(PyObject *ref) {
    Type *tp = ref ? (Type *)Py_TYPE(ref) : NULL;
    if (!tp || (!type_is_subtype(tp, &weakref_type) && tp != &weakproxy_type && tp != &weakcallableproxy_type))
        return bad_call();
    Object *o = ((WeakRef *)ref)->wr_object;
    return o ? (PyObject *)o : Py_None;   /* borrowed */
}
void PyObject_ClearWeakRefs(PyObject *o) {
    if (o) weakref_clear_refs((Object *)o);
}

/* ---- exception attributes ------------------------------------------------------------------- */
static BaseExc *exc_of(PyObject *e) { return (BaseExc *)e; }
PyObject *PyException_GetCause(PyObject *e) { return Py_XNewRef((PyObject *)exc_of(e)->cause); }
PyObject *PyException_GetContext(PyObject *e) { return Py_XNewRef((PyObject *)exc_of(e)->context); }
PyObject *PyException_GetTraceback(PyObject *e) { return Py_XNewRef((PyObject *)exc_of(e)->traceback); }
/* The setters steal their argument, as CPython's do. */
void PyException_SetCause(PyObject *e, PyObject *cause) { exc_set_cause((Object *)e, (Object *)cause); }
void PyException_SetContext(PyObject *e, PyObject *ctx) { exc_set_context((Object *)e, (Object *)ctx); }
int PyException_SetTraceback(PyObject *e, PyObject *tb) {
    if (tb == Py_None) tb = NULL;
    else if (!tb || strcmp(Py_TYPE(tb)->tp_name, "traceback") != 0) {
        PyErr_SetString(PyExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exc_set_traceback((Object *)e, (Object *)Py_XNewRef(tb));
    return 0;
}
const char *PyExceptionClass_Name(PyObject *cls) { return ((PyTypeObject *)cls)->tp_name; }

/* ---- odds and ends ---------------------------------------------------------------------------- */
void _Py_IncRef(PyObject *o) { Py_INCREF(o); }
void _Py_DecRef(PyObject *o) { Py_DECREF(o); }
void _PyErr_BadInternalCall(const char *filename, int lineno) {
    PyErr_Format(PyExc_SystemError, "%s:%d: bad argument to internal function", filename, lineno);
}
unsigned int PyType_ClearCache(void) { return 0; }   /* Spry's method cache needs no flushing */
int PyAIter_Check(PyObject *o) {
    Type *tp = (Type *)Py_TYPE(o);
    return tp->anext != NULL;
}
PyObject *PyObject_GetAIter(PyObject *o) {
    Thread *t = T_;
    Type *tp = (Type *)Py_TYPE(o);
    if (!tp->aiter) {
        err_format(t, &exc_TypeError, "'%s' object is not an async iterable", tp->tp_name);
        return NULL;
    }
    PyObject *it = out(t, tp->aiter(t, R(o)));
    if (it && !PyAIter_Check(it)) {
        err_format(t, &exc_TypeError, "aiter() returned not an async iterator of type '%s'", Py_TYPE(it)->tp_name);
        Py_DECREF(it);
        return NULL;
    }
    return it;
}
/* The file descriptor of an int or of an object with fileno(). */
int PyObject_AsFileDescriptor(PyObject *o) {
    PyObject *v;
    if (PyLong_Check(o)) {
        v = Py_NewRef(o);
    } else {
        PyObject *m = PyObject_GetAttrString(o, "fileno");
        if (!m) {
            if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
                PyErr_Clear();
                PyErr_SetString(PyExc_TypeError, "argument must be an int, or have a fileno() method.");
            }
            return -1;
        }
        v = PyObject_CallNoArgs(m);
        Py_DECREF(m);
        if (!v) return -1;
        if (!PyLong_Check(v)) {
            PyErr_SetString(PyExc_TypeError, "fileno() returned a non-integer");
            Py_DECREF(v);
            return -1;
        }
    }
    int of;
    long fd = PyLong_AsLongAndOverflow(v, &of);
    Py_DECREF(v);
    if (fd == -1 && PyErr_Occurred()) return -1;
    if (of || fd > INT_MAX || fd < 0) {
        if (of || fd > INT_MAX) PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        else PyErr_Format(PyExc_ValueError, "file descriptor cannot be a negative integer (%ld)", fd);
        return -1;
    }
    return (int)fd;
}
/* d.update(seq2) for a sequence of pairs, keeping existing keys when override is 0. */
int PyDict_MergeFromSeq2(PyObject *d, PyObject *seq2, int override) {
    PyObject *it = PyObject_GetIter(seq2);
    if (!it) return -1;
    Py_ssize_t i = 0;
    PyObject *item;
    for (; (item = PyIter_Next(it)); i++) {
        PyObject *pair = PySequence_Fast(item, "");
        if (!pair) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError, "cannot convert dictionary update sequence element #%zd to a sequence", i);
            goto fail;
        }
        if (PySequence_Fast_GET_SIZE(pair) != 2) {
            PyErr_Format(PyExc_ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required", i,
                         PySequence_Fast_GET_SIZE(pair));
            Py_DECREF(pair);
            goto fail;
        }
        PyObject *k = PySequence_Fast_GET_ITEM(pair, 0), *v = PySequence_Fast_GET_ITEM(pair, 1);
        int has = override ? 0 : PyDict_Contains(d, k);
        int r = has < 0 ? -1 : has ? 0 : PyDict_SetItem(d, k, v);
        Py_DECREF(pair);
        if (r < 0) goto fail;
        Py_DECREF(item);
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
fail:
    Py_DECREF(item);
    Py_DECREF(it);
    return -1;
}
PyObject *Py_GenericAlias(PyObject *origin, PyObject *args) {
    Thread *t = T_;
    return legacy_box(t, generic_alias_new(t, R(origin), R(args)));
}
