/* Docstrings that open with "name(signature)\n--\n\n": the signature block becomes
 * __text_signature__ (what inspect.signature() reads) and the rest __doc__, for module
 * functions, methods and bound methods alike. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *scale(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"", "factor", "clamp", NULL};
    double x, factor = 2.0;
    PyObject *clamp = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "d|d$O:scale", names, &x, &factor, &clamp))
        return NULL;
    return PyFloat_FromDouble(x * factor);
}

static PyObject *echo_args(PyObject *self, PyObject *args) { return Py_NewRef(args); }

static PyObject *echo_one(PyObject *self, PyObject *arg) { return Py_NewRef(arg); }

static PyMethodDef textsig_functions[] = {
    {"scale", (PyCFunction)(void (*)(void))scale, METH_VARARGS | METH_KEYWORDS,
     "scale($module, x, factor=2.0, /, *, clamp=None)\n--\n\nx times factor."},
    {"pick", echo_args, METH_VARARGS,
     "pick($module, /, *items, key='', default=(1, -2), flag=True)\n--\n\nThe arguments."},
    {"plain", echo_one, METH_O, "plain(x) -> x, with no signature block."},
    {NULL, NULL, 0, NULL},
};

static PyMethodDef gauge_methods[] = {
    {"read", echo_args, METH_VARARGS, "read($self, unit='mm', /)\n--\n\nThe reading."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject gauge_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "textsig.Gauge",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_methods = gauge_methods,
};

static struct PyModuleDef textsig_module = {
    PyModuleDef_HEAD_INIT, "textsig", "Text signatures for inspect.", -1, textsig_functions,
};

PyMODINIT_FUNC PyInit_textsig(void) {
    if (PyType_Ready(&gauge_type) < 0) return NULL;
    PyObject *m = PyModule_Create(&textsig_module);
    if (!m) return NULL;
    if (PyModule_AddObjectRef(m, "Gauge", (PyObject *)&gauge_type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
