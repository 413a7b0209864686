/* The buffer protocol seen from an extension: PyObject_GetBuffer/PyBuffer_Release on the
 * built-in exporters (bytes, bytearray, memoryview, array.array). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* info(obj, flags) -> (len, itemsize, readonly, format, ndim, shape, first byte or None) */
static PyObject *info(PyObject *self, PyObject *args) {
    PyObject *obj;
    int flags;
    if (!PyArg_ParseTuple(args, "Oi", &obj, &flags)) return NULL;
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, flags) < 0) return NULL;
    PyObject *shape = view.shape ? PyLong_FromSsize_t(view.shape[0]) : Py_NewRef(Py_None);
    PyObject *first = view.len ? PyLong_FromLong(((unsigned char *)view.buf)[0]) : Py_NewRef(Py_None);
    PyObject *r = Py_BuildValue("(nniziNN)", view.len, view.itemsize, view.readonly, view.format, view.ndim,
                                shape, first);
    PyBuffer_Release(&view);
    return r;
}

/* poke(obj, value): writes value into the first byte through a writable buffer. */
static PyObject *poke(PyObject *self, PyObject *args) {
    PyObject *obj;
    int value;
    if (!PyArg_ParseTuple(args, "Oi", &obj, &value)) return NULL;
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_WRITABLE) < 0) return NULL;
    if (view.len) ((unsigned char *)view.buf)[0] = (unsigned char)value;
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

static PyObject *check(PyObject *self, PyObject *obj) { return PyBool_FromLong(PyObject_CheckBuffer(obj)); }

static PyMethodDef methods[] = {
    {"info", info, METH_VARARGS, NULL},
    {"poke", poke, METH_VARARGS, NULL},
    {"check", check, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moddef = {PyModuleDef_HEAD_INIT, "bufview", NULL, -1, methods};

PyMODINIT_FUNC PyInit_bufview(void) {
    PyObject *m = PyModule_Create(&moddef);
    if (!m) return NULL;
    if (PyModule_AddIntConstant(m, "SIMPLE", PyBUF_SIMPLE) < 0 ||
        PyModule_AddIntConstant(m, "FULL_RO", PyBUF_FULL_RO) < 0 ||
        PyModule_AddIntConstant(m, "RECORDS", PyBUF_RECORDS) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
