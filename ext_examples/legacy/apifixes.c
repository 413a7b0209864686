/* Corners of the C API that once went wrong in Spry: strided buffer requests on
 * memoryviews, optional nested tuple units in PyArg_ParseTupleAndKeywords, and the byte
 * order the UTF-16/UTF-32 decoders report after reading a BOM. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* layout(obj, flags) -> (ndim, shape or None, strides or None, len, itemsize, format, items)
 * where items lists every item's first byte in C order, walked through shape and strides
 * (or flat when the view has no strides). */
static PyObject *layout(PyObject *self, PyObject *args) {
    PyObject *obj;
    int flags;
    if (!PyArg_ParseTuple(args, "Oi", &obj, &flags)) return NULL;
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, flags) < 0) return NULL;
    PyObject *shape = Py_NewRef(Py_None), *strides = Py_NewRef(Py_None), *items = PyList_New(0);
    if (view.shape) {
        Py_SETREF(shape, PyTuple_New(view.ndim));
        for (int i = 0; i < view.ndim; i++) PyTuple_SET_ITEM(shape, i, PyLong_FromSsize_t(view.shape[i]));
    }
    if (view.strides) {
        Py_SETREF(strides, PyTuple_New(view.ndim));
        for (int i = 0; i < view.ndim; i++) PyTuple_SET_ITEM(strides, i, PyLong_FromSsize_t(view.strides[i]));
    }
    Py_ssize_t count = view.itemsize ? view.len / view.itemsize : 0;
    Py_ssize_t idx[8] = {0};
    for (Py_ssize_t k = 0; k < count && view.ndim <= 8; k++) {
        const unsigned char *p;
        if (view.strides) {
            p = PyBuffer_GetPointer(&view, idx);
            for (int d = view.ndim - 1; d >= 0; d--) {
                if (++idx[d] < view.shape[d]) break;
                idx[d] = 0;
            }
        } else {
            p = (const unsigned char *)view.buf + k * view.itemsize;
        }
        PyObject *v = PyLong_FromLong(*p);
        PyList_Append(items, v);
        Py_DECREF(v);
    }
    PyObject *r = Py_BuildValue("(iNNnnzN)", view.ndim, shape, strides, view.len, view.itemsize,
                                view.format, items);
    PyBuffer_Release(&view);
    return r;
}

/* poke(obj, offset, value): writes a byte through a PyBUF_FULL view at item `offset` of the
 * first dimension. */
static PyObject *poke(PyObject *self, PyObject *args) {
    PyObject *obj;
    Py_ssize_t offset;
    int value;
    if (!PyArg_ParseTuple(args, "Oni", &obj, &offset, &value)) return NULL;
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_FULL) < 0) return NULL;
    ((unsigned char *)view.buf)[offset * view.strides[0]] = (unsigned char)value;
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

/* point(x, (a, b)=(-1, -2), *, label="p", pair=(0, 0.0)) */
static PyObject *point(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"x", "ab", "label", "pair", NULL};
    int x, a = -1, b = -2, n = 0;
    double d = 0.0;
    const char *label = "p";
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i|(ii)$s(id):point", names, &x, &a, &b, &label, &n, &d))
        return NULL;
    return Py_BuildValue("(iiisid)", x, a, b, label, n, d);
}

/* skip(a, s=..., z=..., o=..., n=...): every unit after '|' is skipped when missing. */
static PyObject *skip(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"a", "s", "z", "o", "n", NULL};
    int a;
    const char *s = "none";
    Py_ssize_t slen = -1;
    const char *z = NULL;
    PyObject *o = Py_None;
    int n = 7;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i|s#zO!i:skip", names, &a, &s, &slen, &z,
                                     &PyLong_Type, &o, &n))
        return NULL;
    return Py_BuildValue("(isnzOi)", a, s, slen, z, o, n);
}

/* encoded(mode, obj[, room]): obj through the es/et units (mode 0: es in latin-1, 1: et,
 * 2: es# into a new buffer, 3: es# into a caller's buffer of `room` bytes) -> the bytes
 * produced (and length). */
static PyObject *encoded(PyObject *self, PyObject *args) {
    int mode;
    PyObject *obj;
    Py_ssize_t room = 0, len = -1;
    char *out = NULL, local[8];
    if (!PyArg_ParseTuple(args, "iO|n", &mode, &obj, &room)) return NULL;
    PyObject *wrapped = PyTuple_Pack(1, obj);
    if (!wrapped) return NULL;
    int ok;
    if (mode == 0) ok = PyArg_ParseTuple(wrapped, "es:encoded", "latin-1", &out);
    else if (mode == 1) ok = PyArg_ParseTuple(wrapped, "et:encoded", "latin-1", &out);
    else if (mode == 2) ok = PyArg_ParseTuple(wrapped, "es#:encoded", NULL, &out, &len);
    else {
        out = local;
        len = room;
        ok = PyArg_ParseTuple(wrapped, "es#:encoded", "utf-8", &out, &len);
    }
    Py_DECREF(wrapped);
    if (!ok) return NULL;
    PyObject *r = len >= 0 ? Py_BuildValue("(y#n)", out, len, len) : Py_BuildValue("(y)", out);
    if (out != local) PyMem_Free(out);
    return r;
}

/* utf(bits, data, byteorder[, stateful]) -> (text, byteorder after, consumed or None) */
static PyObject *utf(PyObject *self, PyObject *args) {
    int bits, bo, stateful = 0;
    const char *data;
    Py_ssize_t len, consumed = -1;
    if (!PyArg_ParseTuple(args, "iy#i|p", &bits, &data, &len, &bo, &stateful)) return NULL;
    PyObject *text;
    if (bits == 16)
        text = stateful ? PyUnicode_DecodeUTF16Stateful(data, len, "strict", &bo, &consumed)
                        : PyUnicode_DecodeUTF16(data, len, "strict", &bo);
    else
        text = stateful ? PyUnicode_DecodeUTF32Stateful(data, len, "strict", &bo, &consumed)
                        : PyUnicode_DecodeUTF32(data, len, "strict", &bo);
    if (!text) return NULL;
    if (!stateful) return Py_BuildValue("(Ni)", text, bo);
    return Py_BuildValue("(Nin)", text, bo, consumed);
}

static PyMethodDef methods[] = {
    {"layout", layout, METH_VARARGS, NULL},
    {"poke", poke, METH_VARARGS, NULL},
    {"point", (PyCFunction)(void (*)(void))point, METH_VARARGS | METH_KEYWORDS, NULL},
    {"skip", (PyCFunction)(void (*)(void))skip, METH_VARARGS | METH_KEYWORDS, NULL},
    {"utf", utf, METH_VARARGS, NULL},
    {"encoded", encoded, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "apifixes", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_apifixes(void) {
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    if (PyModule_AddIntConstant(m, "SIMPLE", PyBUF_SIMPLE) < 0 || PyModule_AddIntConstant(m, "ND", PyBUF_ND) < 0 ||
        PyModule_AddIntConstant(m, "STRIDES", PyBUF_STRIDES) < 0 ||
        PyModule_AddIntConstant(m, "FULL", PyBUF_FULL) < 0 || PyModule_AddIntConstant(m, "FULL_RO", PyBUF_FULL_RO) < 0 ||
        PyModule_AddIntConstant(m, "RECORDS_RO", PyBUF_RECORDS_RO) < 0 ||
        PyModule_AddIntConstant(m, "C_CONTIGUOUS", PyBUF_C_CONTIGUOUS) < 0 ||
        PyModule_AddIntConstant(m, "F_CONTIGUOUS", PyBUF_F_CONTIGUOUS) < 0 ||
        PyModule_AddIntConstant(m, "ANY_CONTIGUOUS", PyBUF_ANY_CONTIGUOUS) < 0 ||
        PyModule_AddIntConstant(m, "FORMAT", PyBUF_FORMAT) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
