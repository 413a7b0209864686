/* Thin wrappers over the sequence, mapping, set, slice, iterator, weakref and exception
 * functions of the Limited API, so a Python script can compare their results with
 * CPython's. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *seq_ops(PyObject *self, PyObject *o) {
    (void)self;
    PyObject *first = PySequence_GetItem(o, 0), *last = PySequence_GetItem(o, -1);
    if (!first || !last) {
        Py_XDECREF(first);
        Py_XDECREF(last);
        return NULL;
    }
    PyObject *r = Py_BuildValue("(NNNnnii)", PySequence_Concat(o, o), PySequence_Repeat(o, 2),
                                PySequence_GetSlice(o, 1, 3), PySequence_Count(o, first),
                                PySequence_Index(o, last), PySequence_In(o, first), PySequence_In(o, last));
    Py_DECREF(first);
    Py_DECREF(last);
    return r;
}

static PyObject *seq_index(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *o, *v;
    if (!PyArg_ParseTuple(args, "OO", &o, &v)) return NULL;
    Py_ssize_t i = PySequence_Index(o, v);
    return i < 0 ? NULL : PyLong_FromSsize_t(i);
}

static PyObject *seq_mutate(PyObject *self, PyObject *list) {
    (void)self;
    PyObject *nines = Py_BuildValue("[iii]", 9, 9, 9);
    if (!nines) return NULL;
    int rc = PySequence_SetSlice(list, 0, 2, nines);
    Py_DECREF(nines);
    if (rc < 0 || PySequence_DelItem(list, -1) < 0 || PySequence_DelSlice(list, 0, 1) < 0 ||
        PyList_SetSlice(list, 1, 2, NULL) < 0)
        return NULL;
    PyObject *grown = PySequence_InPlaceConcat(list, list);
    if (!grown) return NULL;
    Py_DECREF(grown);
    return PySequence_InPlaceRepeat(list, 2);
}

static PyObject *map_ops(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *m, *key;
    if (!PyArg_ParseTuple(args, "OO", &m, &key)) return NULL;
    int has = PyMapping_HasKey(m, key), has_a = PyMapping_HasKeyString(m, "a");
    Py_ssize_t n = PyMapping_Length(m);
    PyObject *one = PyLong_FromLong(1);
    if (!one || PyMapping_SetItemString(m, "z", one) < 0) {
        Py_XDECREF(one);
        return NULL;
    }
    Py_DECREF(one);
    if (has_a && PyObject_DelItemString(m, "a") < 0) return NULL;
    return Py_BuildValue("(iinNN)", has, has_a, n, PyMapping_Items(m), PyMapping_Values(m));
}

static PyObject *set_ops(PyObject *self, PyObject *iterable) {
    (void)self;
    PyObject *s = PySet_New(iterable);
    if (!s) return NULL;
    PyObject *k = PyLong_FromLong(99);
    int added = PySet_Add(s, k);
    int has = PySet_Contains(s, k), discarded = PySet_Discard(s, k), again = PySet_Discard(s, k);
    Py_DECREF(k);
    Py_ssize_t size = PySet_Size(s);
    PyObject *frozen = PyFrozenSet_New(s);
    PyObject *popped = size ? PySet_Pop(s) : Py_NewRef(Py_None);
    int cleared = PySet_Clear(s);
    PyObject *r = Py_BuildValue("(iiiinNNin)", added, has, discarded, again, size, frozen, popped, cleared,
                                PySet_Size(s));
    Py_DECREF(s);
    return r;
}

static PyObject *set_errors(PyObject *self, PyObject *o) {
    (void)self;
    int add = PySet_Add(o, Py_None);
    PyObject *t = NULL, *v = NULL, *tb = NULL;
    PyErr_Fetch(&t, &v, &tb);
    PyObject *r = Py_BuildValue("(iO)", add, t ? t : Py_None);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return r;
}

static PyObject *inplace_ops(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    return Py_BuildValue("(NNNNNNNNNN)", PyNumber_InPlaceAnd(a, b), PyNumber_InPlaceOr(a, b),
                         PyNumber_InPlaceXor(a, b), PyNumber_InPlaceLshift(a, b), PyNumber_InPlaceRshift(a, b),
                         PyNumber_InPlaceFloorDivide(a, b), PyNumber_InPlaceTrueDivide(a, b),
                         PyNumber_InPlaceRemainder(a, b), PyNumber_InPlacePower(a, b, Py_None),
                         PyNumber_InPlacePower(a, b, PyLong_FromLong(7)));
}

static PyObject *to_base(PyObject *self, PyObject *n) {
    (void)self;
    return Py_BuildValue("(NNNN)", PyNumber_ToBase(n, 2), PyNumber_ToBase(n, 8), PyNumber_ToBase(n, 10),
                         PyNumber_ToBase(n, 16));
}

static PyObject *slice_ops(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *s;
    Py_ssize_t length, start, stop, step, n;
    if (!PyArg_ParseTuple(args, "On", &s, &length)) return NULL;
    if (!PySlice_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "not a slice");
        return NULL;
    }
    if (PySlice_GetIndicesEx(s, length, &start, &stop, &step, &n) < 0) return NULL;
    Py_ssize_t s2, e2, st2;
    int old = PySlice_GetIndices(s, length, &s2, &e2, &st2);
    return Py_BuildValue("(nnnni)", start, stop, step, n, old);
}

static PyObject *make_slice(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *a, *b, *c;
    if (!PyArg_ParseTuple(args, "OOO", &a, &b, &c)) return NULL;
    return PySlice_New(a == Py_None ? NULL : a, b, c == Py_None ? NULL : c);
}

static PyObject *iter_ops(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *seq, *callable, *sentinel;
    if (!PyArg_ParseTuple(args, "OOO", &seq, &callable, &sentinel)) return NULL;
    PyObject *a = PySeqIter_New(seq), *b = PyCallIter_New(callable, sentinel);
    PyObject *r = a && b ? Py_BuildValue("(NN)", PySequence_List(a), PySequence_List(b)) : NULL;
    Py_XDECREF(a);
    Py_XDECREF(b);
    return r;
}

static PyObject *send(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *it, *value, *result = NULL;
    if (!PyArg_ParseTuple(args, "OO", &it, &value)) return NULL;
    PySendResult kind = PyIter_Send(it, value, &result);
    if (kind == PYGEN_ERROR) return NULL;
    return Py_BuildValue("(sN)", kind == PYGEN_NEXT ? "next" : "return", result);
}

static PyObject *weak_ops(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *o, *callback;
    if (!PyArg_ParseTuple(args, "OO", &o, &callback)) return NULL;
    PyObject *r = PyWeakref_NewRef(o, callback);
    if (!r) return NULL;
    PyObject *p = PyWeakref_NewProxy(o, NULL);
    if (!p) {
        Py_DECREF(r);
        return NULL;
    }
    int same = PyWeakref_GetObject(r) == o;
    return Py_BuildValue("(NNi)", r, p, same);
}

static PyObject *weak_target(PyObject *self, PyObject *r) {
    (void)self;
    return Py_NewRef(PyWeakref_GetObject(r));
}

static PyObject *exc_ops(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *e, *cause, *context;
    if (!PyArg_ParseTuple(args, "OOO", &e, &cause, &context)) return NULL;
    PyException_SetCause(e, Py_NewRef(cause));
    PyException_SetContext(e, Py_NewRef(context));
    PyObject *c = PyException_GetCause(e), *x = PyException_GetContext(e);
    PyObject *tb = PyException_GetTraceback(e);
    int bad_tb = PyException_SetTraceback(e, Py_True);
    PyErr_Clear();
    PyObject *r = Py_BuildValue("(NNNis)", c, x, tb ? tb : Py_NewRef(Py_None), bad_tb,
                                PyExceptionClass_Name((PyObject *)Py_TYPE(e)));
    return r;
}

static PyObject *file_descriptor(PyObject *self, PyObject *o) {
    (void)self;
    int fd = PyObject_AsFileDescriptor(o);
    return fd < 0 ? NULL : PyLong_FromLong(fd);
}

static PyObject *merge_pairs(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *d, *seq;
    int override;
    if (!PyArg_ParseTuple(args, "O!Oi", &PyDict_Type, &d, &seq, &override)) return NULL;
    if (PyDict_MergeFromSeq2(d, seq, override) < 0) return NULL;
    return Py_NewRef(d);
}

static PyObject *async_iter(PyObject *self, PyObject *o) {
    (void)self;
    PyObject *it = PyObject_GetAIter(o);
    if (!it) return NULL;
    PyObject *r = Py_BuildValue("(ii)", PyAIter_Check(it), PyAIter_Check(o) && it == o);
    Py_DECREF(it);
    return r;
}

static PyObject *refcounts(PyObject *self, PyObject *o) {
    (void)self;
    Py_ssize_t before = Py_REFCNT(o);
    _Py_IncRef(o);
    Py_ssize_t up = Py_REFCNT(o);
    _Py_DecRef(o);
    return Py_BuildValue("(ni)", up - before, Py_REFCNT(o) == before);
}

static PyMethodDef protocols_methods[] = {
    {"file_descriptor", file_descriptor, METH_O, NULL},
    {"merge_pairs", merge_pairs, METH_VARARGS, NULL},
    {"async_iter", async_iter, METH_O, NULL},
    {"refcounts", refcounts, METH_O, NULL},
    {"seq_ops", seq_ops, METH_O, NULL},
    {"seq_index", seq_index, METH_VARARGS, NULL},
    {"seq_mutate", seq_mutate, METH_O, NULL},
    {"map_ops", map_ops, METH_VARARGS, NULL},
    {"set_ops", set_ops, METH_O, NULL},
    {"set_errors", set_errors, METH_O, NULL},
    {"inplace_ops", inplace_ops, METH_VARARGS, NULL},
    {"to_base", to_base, METH_O, NULL},
    {"slice_ops", slice_ops, METH_VARARGS, NULL},
    {"make_slice", make_slice, METH_VARARGS, NULL},
    {"iter_ops", iter_ops, METH_VARARGS, NULL},
    {"send", send, METH_VARARGS, NULL},
    {"weak_ops", weak_ops, METH_VARARGS, NULL},
    {"weak_target", weak_target, METH_O, NULL},
    {"exc_ops", exc_ops, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef protocols_module = {
    PyModuleDef_HEAD_INIT, "protocols", NULL, -1, protocols_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_protocols(void) { return PyModule_Create(&protocols_module); }
