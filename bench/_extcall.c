/* The extension behind bench/ext_call_overhead.py: trivial functions for each calling
 * convention and a small type with a method, a getset property, a length and an item
 * slot. Built from this one source against Spry's Python.h and against CPython's. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *noargs(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    Py_RETURN_NONE;
}

static PyObject *onearg(PyObject *self, PyObject *arg) {
    (void)self;
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(v + 1);
}

static PyObject *fastcall(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "fastcall() takes 2 arguments");
        return NULL;
    }
    long a = PyLong_AsLong(args[0]);
    if (a == -1 && PyErr_Occurred()) return NULL;
    long b = PyLong_AsLong(args[1]);
    if (b == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *varargs(PyObject *self, PyObject *args) {
    (void)self;
    long a, b;
    if (!PyArg_ParseTuple(args, "ll:varargs", &a, &b)) return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *keywords(PyObject *self, PyObject *args, PyObject *kwargs) {
    (void)self;
    static char *names[] = {"a", "b", NULL};
    long a, b = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l|l:keywords", names, &a, &b)) return NULL;
    return PyLong_FromLong(a + b);
}

typedef struct {
    PyObject_HEAD
    long value;
    Py_ssize_t size;
} Box;

static PyObject *box_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    long value = 0;
    static char *names[] = {"value", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|l:Box", names, &value)) return NULL;
    Box *b = (Box *)type->tp_alloc(type, 0);
    if (!b) return NULL;
    b->value = value;
    b->size = 10;
    return (PyObject *)b;
}

static PyObject *box_get(PyObject *self, PyObject *unused) {
    (void)unused;
    return PyLong_FromLong(((Box *)self)->value);
}

static PyObject *box_value(PyObject *self, void *closure) {
    (void)closure;
    return PyLong_FromLong(((Box *)self)->value);
}

static Py_ssize_t box_len(PyObject *self) { return ((Box *)self)->size; }

static PyObject *box_item(PyObject *self, Py_ssize_t i) {
    if (i < 0 || i >= ((Box *)self)->size) {
        PyErr_SetString(PyExc_IndexError, "Box index out of range");
        return NULL;
    }
    return PyLong_FromSsize_t(((Box *)self)->value + i);
}

static PyMethodDef box_methods[] = {
    {"get", box_get, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef box_getset[] = {
    {"value", box_value, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PySequenceMethods box_as_sequence = {
    .sq_length = box_len,
    .sq_item = box_item,
};

static PyTypeObject BoxType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_extcall.Box",
    .tp_basicsize = sizeof(Box),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = box_new,
    .tp_methods = box_methods,
    .tp_getset = box_getset,
    .tp_as_sequence = &box_as_sequence,
};

static PyMethodDef extcall_methods[] = {
    {"noargs", noargs, METH_NOARGS, NULL},
    {"onearg", onearg, METH_O, NULL},
    {"fastcall", (PyCFunction)(void (*)(void))fastcall, METH_FASTCALL, NULL},
    {"varargs", varargs, METH_VARARGS, NULL},
    {"keywords", (PyCFunction)(void (*)(void))keywords, METH_VARARGS | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef extcall_module = {
    PyModuleDef_HEAD_INIT, "_extcall", NULL, -1, extcall_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__extcall(void) {
    if (PyType_Ready(&BoxType) < 0) return NULL;
    PyObject *m = PyModule_Create(&extcall_module);
    if (!m) return NULL;
    if (PyModule_AddObjectRef(m, "Box", (PyObject *)&BoxType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
