/* Wrappers over the str functions of the Limited API that mirror str's methods, the wide
 * and UCS-4 conversions and the filesystem codecs, compared with CPython by strops_test.py. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *methods(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *s, *sep;
    if (!PyArg_ParseTuple(args, "UU", &s, &sep)) return NULL;
    Py_ssize_t n = PyUnicode_GetLength(s);
    return Py_BuildValue("(NNNNNNNnnnnnnniN)", PyUnicode_Split(s, sep, -1), PyUnicode_Split(s, NULL, 1),
                         PyUnicode_RSplit(s, sep, 1), PyUnicode_Splitlines(s, 1), PyUnicode_Partition(s, sep),
                         PyUnicode_RPartition(s, sep), PyUnicode_Replace(s, sep, sep, 1),
                         PyUnicode_Count(s, sep, 0, n), PyUnicode_Find(s, sep, 0, n, 1),
                         PyUnicode_Find(s, sep, 0, n, -1), PyUnicode_FindChar(s, 'a', 1, n, 1),
                         PyUnicode_FindChar(s, 0x1F600, 0, n, -1), PyUnicode_Tailmatch(s, sep, 0, n, -1),
                         PyUnicode_Tailmatch(s, sep, 0, n, 1), PyUnicode_IsIdentifier(s),
                         PyUnicode_RichCompare(s, sep, Py_LT));
}

static PyObject *misc(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *fmt, *fargs, *obj;
    if (!PyArg_ParseTuple(args, "OOO", &fmt, &fargs, &obj)) return NULL;
    PyObject *acc = PyUnicode_FromString("ab");
    PyUnicode_Append(&acc, fmt);
    PyUnicode_AppendAndDel(&acc, PyUnicode_FromString("!"));
    PyObject *conv = PyUnicode_FromObject(obj);
    if (!conv) return NULL;
    return Py_BuildValue("(NNNs)", acc, PyUnicode_Format(fmt, fargs), conv, PyUnicode_GetDefaultEncoding());
}

static PyObject *wide(PyObject *self, PyObject *s) {
    (void)self;
    Py_ssize_t n;
    wchar_t *w = PyUnicode_AsWideCharString(s, &n);
    if (!w) return NULL;
    PyObject *back = PyUnicode_FromWideChar(w, n);
    Py_UCS4 buf[8];
    Py_UCS4 *u = PyUnicode_AsUCS4(s, buf, 8, 1);
    PyObject *first = u ? PyLong_FromUnsignedLong(buf[0]) : NULL;
    if (!u) PyErr_Clear();
    Py_UCS4 *copy = PyUnicode_AsUCS4Copy(s);
    unsigned long last = copy && n ? copy[n - 1] : 0;
    wchar_t small[3];
    Py_ssize_t copied = PyUnicode_AsWideChar(s, small, 3);
    PyMem_Free(w);
    PyMem_Free(copy);
    return Py_BuildValue("(nNNkn)", n, back, first ? first : Py_NewRef(Py_None), last, copied);
}

static PyObject *fs(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *path;
    const char *raw;
    Py_ssize_t rawlen;
    if (!PyArg_ParseTuple(args, "Oy#", &path, &raw, &rawlen)) return NULL;
    PyObject *b = NULL, *s = NULL;
    if (!PyUnicode_FSConverter(path, &b)) return NULL;
    if (!PyUnicode_FSDecoder(path, &s)) {
        Py_DECREF(b);
        return NULL;
    }
    PyObject *dec = PyUnicode_DecodeFSDefaultAndSize(raw, rawlen);
    PyObject *enc = dec ? PyUnicode_EncodeFSDefault(dec) : NULL;
    return Py_BuildValue("(NNNNN)", b, s, dec, enc, PyUnicode_DecodeLocale("loc\xc3\xa9", NULL));
}

static PyObject *codecs(PyObject *self, PyObject *s) {
    (void)self;
    PyObject *u16 = PyUnicode_AsUTF16String(s), *u32 = PyUnicode_AsUTF32String(s);
    if (!u16 || !u32) return NULL;
    int le = -1;
    PyObject *r = Py_BuildValue(
        "(NNNN)", PyUnicode_DecodeUTF16(PyBytes_AS_STRING(u16), PyBytes_GET_SIZE(u16), NULL, NULL),
        PyUnicode_DecodeUTF32(PyBytes_AS_STRING(u32), PyBytes_GET_SIZE(u32), "strict", NULL),
        PyUnicode_DecodeUTF16("a\0b\0", 4, NULL, &le), PyUnicode_FromEncodedObject(u16, "utf-16", NULL));
    Py_DECREF(u16);
    Py_DECREF(u32);
    return r;
}

static PyObject *from_object(PyObject *self, PyObject *o) {
    (void)self;
    return PyUnicode_FromObject(o);
}

static PyObject *fspath(PyObject *self, PyObject *o) {
    (void)self;
    return PyOS_FSPath(o);
}

static PyMethodDef strops_methods[] = {
    {"methods", methods, METH_VARARGS, NULL},
    {"misc", misc, METH_VARARGS, NULL},
    {"wide", wide, METH_O, NULL},
    {"fs", fs, METH_VARARGS, NULL},
    {"codecs", codecs, METH_O, NULL},
    {"from_object", from_object, METH_O, NULL},
    {"fspath", fspath, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef strops_module = {
    PyModuleDef_HEAD_INIT, "strops", NULL, -1, strops_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_strops(void) { return PyModule_Create(&strops_module); }
