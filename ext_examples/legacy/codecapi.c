/* Wrappers over the bytes/bytearray/memoryview additions, the codec registry and the
 * Unicode error accessors of the Limited API, compared with CPython by codecapi_test.py. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *bytes_ops(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) return NULL;
    PyObject *fa = PyBytes_FromObject(a);
    if (!fa) return NULL;
    PyObject *acc = PyBytes_FromString("<");
    PyBytes_ConcatAndDel(&acc, Py_NewRef(fa));
    PyObject *ba = PyByteArray_FromObject(fa);
    PyObject *cat = ba ? PyByteArray_Concat(ba, b) : NULL;
    if (!cat) {
        Py_DECREF(fa);
        Py_XDECREF(acc);
        Py_XDECREF(ba);
        return NULL;
    }
    int resized = PyByteArray_Resize(cat, 2);
    PyObject *mv = PyMemoryView_FromObject(fa);
    PyObject *r = Py_BuildValue("(NNNNiNN)", fa, acc, ba, cat, resized, PyBytes_Repr(b, 1),
                                mv ? PyObject_CallMethod(mv, "tolist", NULL) : NULL);
    Py_XDECREF(mv);
    return r;
}

static PyObject *from_object(PyObject *self, PyObject *o) {
    (void)self;
    return PyBytes_FromObject(o);
}

static PyObject *codec_ops(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    const char *encoding;
    if (!PyArg_ParseTuple(args, "Us", &text, &encoding)) return NULL;
    PyObject *enc = PyCodec_Encode(text, encoding, NULL);
    if (!enc) return NULL;
    PyObject *dec = PyCodec_Decode(enc, encoding, "strict");
    PyObject *encoder = PyCodec_Encoder(encoding), *decoder = PyCodec_Decoder(encoding);
    PyObject *ienc = PyCodec_IncrementalEncoder(encoding, "strict");
    PyObject *chunk = ienc ? PyObject_CallMethod(ienc, "encode", "(O)", text) : NULL;
    PyObject *r = Py_BuildValue("(NNiiiN)", enc, dec, PyCodec_KnownEncoding(encoding), encoder && PyCallable_Check(encoder),
                                decoder && PyCallable_Check(decoder), chunk);
    Py_XDECREF(encoder);
    Py_XDECREF(decoder);
    Py_XDECREF(ienc);
    return r;
}

static PyObject *known(PyObject *self, PyObject *args) {
    (void)self;
    const char *encoding;
    if (!PyArg_ParseTuple(args, "s", &encoding)) return NULL;
    return PyBool_FromLong(PyCodec_KnownEncoding(encoding));
}

static PyObject *handlers(PyObject *self, PyObject *exc) {
    (void)self;
    PyObject *out = PyList_New(0);
    PyObject *(*fns[])(PyObject *) = {PyCodec_IgnoreErrors, PyCodec_ReplaceErrors, PyCodec_BackslashReplaceErrors,
                                      PyCodec_XMLCharRefReplaceErrors, PyCodec_StrictErrors};
    for (size_t i = 0; out && i < sizeof fns / sizeof fns[0]; i++) {
        PyObject *r = fns[i](exc);
        if (!r) {
            PyObject *t, *v, *tb;
            PyErr_Fetch(&t, &v, &tb);
            r = PyUnicode_FromString(((PyTypeObject *)t)->tp_name);
            Py_XDECREF(t);
            Py_XDECREF(v);
            Py_XDECREF(tb);
        }
        if (!r || PyList_Append(out, r) < 0) Py_CLEAR(out);
        Py_XDECREF(r);
    }
    return out;
}

static PyObject *decode_error(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    PyObject *e = PyUnicodeDecodeError_Create("utf-8", "ab\xff", 3, 2, 3, "invalid start byte");
    if (!e) return NULL;
    Py_ssize_t start, end;
    if (PyUnicodeDecodeError_GetStart(e, &start) < 0 || PyUnicodeDecodeError_GetEnd(e, &end) < 0 ||
        PyUnicodeDecodeError_SetReason(e, "changed") < 0 || PyUnicodeDecodeError_SetStart(e, 1) < 0 ||
        PyUnicodeDecodeError_SetEnd(e, 2) < 0) {
        Py_DECREF(e);
        return NULL;
    }
    PyObject *r = Py_BuildValue("(nnNNNN)", start, end, PyUnicodeDecodeError_GetObject(e),
                                PyUnicodeDecodeError_GetReason(e), PyUnicodeDecodeError_GetEncoding(e),
                                PyObject_Str(e));
    Py_DECREF(e);
    return r;
}

static PyObject *encode_error(PyObject *self, PyObject *e) {
    (void)self;
    Py_ssize_t start, end;
    if (PyUnicodeEncodeError_GetStart(e, &start) < 0 || PyUnicodeEncodeError_GetEnd(e, &end) < 0) return NULL;
    return Py_BuildValue("(nnNNN)", start, end, PyUnicodeEncodeError_GetObject(e), PyUnicodeEncodeError_GetReason(e),
                         PyUnicodeEncodeError_GetEncoding(e));
}

static PyMethodDef codecapi_methods[] = {
    {"bytes_ops", bytes_ops, METH_VARARGS, NULL},
    {"from_object", from_object, METH_O, NULL},
    {"codec_ops", codec_ops, METH_VARARGS, NULL},
    {"known", known, METH_VARARGS, NULL},
    {"handlers", handlers, METH_O, NULL},
    {"decode_error", decode_error, METH_NOARGS, NULL},
    {"encode_error", encode_error, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef codecapi_module = {
    PyModuleDef_HEAD_INIT, "codecapi", NULL, -1, codecapi_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_codecapi(void) { return PyModule_Create(&codecapi_module); }
