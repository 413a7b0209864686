/* An extension that breaks the C API's rules the way buggy extensions do. Each mistake must
 * surface as the exception CPython raises, never as a crash. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
} ThingObject;

/* Returns NULL but forgets to set an exception. */
static PyObject *null_no_exc(PyObject *self, PyObject *unused) { return NULL; }

/* Sets an exception and still returns a value. */
static PyObject *result_with_exc(PyObject *self, PyObject *arg) {
    PyErr_SetString(PyExc_ValueError, "left behind");
    return Py_NewRef(arg);
}

static PyObject *thing_null(PyObject *self, PyObject *unused) { return NULL; }

static PyMethodDef thing_methods[] = {
    {"null", thing_null, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ThingType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "misbehave.Thing",
    .tp_basicsize = sizeof(ThingObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_methods = thing_methods,
};

/* Readying a type again is harmless: 0, and the type is unchanged. */
static PyObject *ready_again(PyObject *self, PyObject *unused) {
    int first = PyType_Ready(&ThingType);
    int second = PyType_Ready(&ThingType);
    return Py_BuildValue("(ii)", first, second);
}

static PyMethodDef misbehave_methods[] = {
    {"null_no_exc", null_no_exc, METH_NOARGS, NULL},
    {"result_with_exc", result_with_exc, METH_O, NULL},
    {"ready_again", ready_again, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef misbehave_module = {
    PyModuleDef_HEAD_INIT, "misbehave", NULL, -1, misbehave_methods,
};

PyMODINIT_FUNC PyInit_misbehave(void) {
    if (PyType_Ready(&ThingType) < 0 || PyType_Ready(&ThingType) < 0) return NULL;
    PyObject *m = PyModule_Create(&misbehave_module);
    if (m && PyModule_AddObjectRef(m, "Thing", (PyObject *)&ThingType) < 0) Py_CLEAR(m);
    return m;
}
