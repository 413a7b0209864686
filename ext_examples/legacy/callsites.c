/* Call sites that specialize (CALL_LEGACY, CALL_LEGACY_METHOD): module functions of each
 * calling convention and a type whose methods use each one, so that callsites_test.py can
 * run hot loops over them and swap in callables of other kinds mid-loop. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *noargs(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    return PyUnicode_FromString("noargs");
}

static PyObject *one(PyObject *self, PyObject *arg) {
    (void)self;
    return Py_BuildValue("(sO)", "one", arg);
}

static PyObject *fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    PyObject *t = PyTuple_New(nargs + 1);
    if (!t) return NULL;
    PyTuple_SET_ITEM(t, 0, PyUnicode_FromString("fast"));
    for (Py_ssize_t i = 0; i < nargs; i++) PyTuple_SET_ITEM(t, i + 1, Py_NewRef(args[i]));
    return t;
}

/* (tag, positional args..., {keyword: value}) */
static PyObject *pack_kw(const char *tag, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *kw = PyDict_New();
    if (!kw) return NULL;
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        if (PyDict_SetItem(kw, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0) {
            Py_DECREF(kw);
            return NULL;
        }
    }
    PyObject *t = PyTuple_New(nargs + 2);
    if (!t) {
        Py_DECREF(kw);
        return NULL;
    }
    PyTuple_SET_ITEM(t, 0, PyUnicode_FromString(tag));
    for (Py_ssize_t i = 0; i < nargs; i++) PyTuple_SET_ITEM(t, i + 1, Py_NewRef(args[i]));
    PyTuple_SET_ITEM(t, nargs + 1, kw);
    return t;
}

static PyObject *fast_kw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    (void)self;
    return pack_kw("fast_kw", args, nargs, kwnames);
}

static PyObject *varargs(PyObject *self, PyObject *args) {
    (void)self;
    return Py_BuildValue("(sO)", "varargs", args);
}

static PyObject *varargs_kw(PyObject *self, PyObject *args, PyObject *kwargs) {
    (void)self;
    return Py_BuildValue("(sOO)", "varargs_kw", args, kwargs ? kwargs : Py_None);
}

/* Returns NULL without an exception after n calls, to show the SystemError at a hot site. */
static PyObject *countdown(PyObject *self, PyObject *arg) {
    (void)self;
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred()) return NULL;
    if (n == 0) return NULL;
    return PyLong_FromLong(n - 1);
}

typedef struct {
    PyObject_HEAD
    long value;
} Counter;

static PyObject *counter_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    long value = 0;
    static char *names[] = {"value", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|l:Counter", names, &value)) return NULL;
    Counter *c = (Counter *)type->tp_alloc(type, 0);
    if (!c) return NULL;
    c->value = value;
    return (PyObject *)c;
}

static PyObject *counter_get(PyObject *self, PyObject *unused) {
    (void)unused;
    return PyLong_FromLong(((Counter *)self)->value);
}

static PyObject *counter_add(PyObject *self, PyObject *arg) {
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) return NULL;
    ((Counter *)self)->value += v;
    return PyLong_FromLong(((Counter *)self)->value);
}

static PyObject *counter_fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    (void)self;
    return pack_kw("Counter.fast", args, nargs, kwnames);
}

static PyObject *counter_var(PyObject *self, PyObject *args, PyObject *kwargs) {
    return Py_BuildValue("(slOO)", "Counter.var", ((Counter *)self)->value, args, kwargs ? kwargs : Py_None);
}

static PyObject *counter_kind(PyObject *cls, PyObject *arg) {
    return Py_BuildValue("(sO)", ((PyTypeObject *)cls)->tp_name, arg);
}

static PyMethodDef counter_methods[] = {
    {"get", counter_get, METH_NOARGS, NULL},
    {"add", counter_add, METH_O, NULL},
    {"fast", (PyCFunction)(void (*)(void))counter_fast, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"var", (PyCFunction)(void (*)(void))counter_var, METH_VARARGS | METH_KEYWORDS, NULL},
    {"kind", counter_kind, METH_O | METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject CounterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "callsites.Counter",
    .tp_basicsize = sizeof(Counter),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = counter_new,
    .tp_methods = counter_methods,
};

static PyMethodDef callsites_methods[] = {
    {"noargs", noargs, METH_NOARGS, NULL},
    {"one", one, METH_O, NULL},
    {"fast", (PyCFunction)(void (*)(void))fast, METH_FASTCALL, NULL},
    {"fast_kw", (PyCFunction)(void (*)(void))fast_kw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"varargs", varargs, METH_VARARGS, NULL},
    {"varargs_kw", (PyCFunction)(void (*)(void))varargs_kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"countdown", countdown, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef callsites_module = {
    PyModuleDef_HEAD_INIT, "callsites", NULL, -1, callsites_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_callsites(void) {
    if (PyType_Ready(&CounterType) < 0) return NULL;
    PyObject *m = PyModule_Create(&callsites_module);
    if (!m) return NULL;
    if (PyModule_AddObjectRef(m, "Counter", (PyObject *)&CounterType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
