/* A minimal extension module, built out of tree against the installed Spry (and, for the
 * expected output, against CPython 3.11's headers). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *greet_hello(PyObject *self, PyObject *args) {
    const char *who;
    int times = 1;
    if (!PyArg_ParseTuple(args, "s|i:hello", &who, &times)) return NULL;
    return PyUnicode_FromFormat("hello %s x%d", who, times);
}

static PyObject *greet_total(PyObject *self, PyObject *seq) {
    PyObject *fast = PySequence_Fast(seq, "total() needs a sequence");
    if (!fast) return NULL;
    long sum = 0;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(fast); i++) {
        long v = PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, i));
        if (v == -1 && PyErr_Occurred()) {
            Py_DECREF(fast);
            return NULL;
        }
        sum += v;
    }
    Py_DECREF(fast);
    return PyLong_FromLong(sum);
}

static PyMethodDef greet_methods[] = {
    {"hello", greet_hello, METH_VARARGS, "hello(who, times=1)"},
    {"total", greet_total, METH_O, "total(ints)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef greet_module = {
    PyModuleDef_HEAD_INIT, "greet", "Out-of-tree example.", -1, greet_methods,
};

PyMODINIT_FUNC PyInit_greet(void) {
    PyObject *m = PyModule_Create(&greet_module);
    if (m && PyModule_AddIntConstant(m, "ANSWER", 42) < 0) Py_CLEAR(m);
    return m;
}
