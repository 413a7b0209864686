/* Functions and methods made from PyMethodDef tables: what their objects are (the
 * interpreter's own builtin_function_or_method / method_descriptor types), how they name,
 * bind, compare, hash and pickle themselves. Used by funcident_test.py. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *twice(PyObject *mod, PyObject *arg) { return PyNumber_Add(arg, arg); }

static PyObject *pair(PyObject *mod, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"a", "b", NULL};
    PyObject *a, *b = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|O:pair", names, &a, &b)) return NULL;
    return PyTuple_Pack(2, a, b);
}

/* The kwargs dict itself (kept by the caller), and what PyDict_Next / PyDict_GetItemString
 * read from one. */
static PyObject *kwdict(PyObject *mod, PyObject *args, PyObject *kwargs) {
    return kwargs ? Py_NewRef(kwargs) : PyDict_New();
}
static PyObject *kwitems(PyObject *mod, PyObject *args, PyObject *kwargs) {
    PyObject *list = PyList_New(0);
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    while (list && kwargs && PyDict_Next(kwargs, &pos, &k, &v)) {
        PyObject *pair = PyTuple_Pack(2, k, v);
        if (!pair || PyList_Append(list, pair) < 0) Py_CLEAR(list);
        Py_XDECREF(pair);
    }
    PyObject *x = kwargs ? PyDict_GetItemString(kwargs, "x") : NULL;
    if (list && x && PyList_Append(list, x) < 0) Py_CLEAR(list);
    return list;
}

/* A function made at run time with PyCFunction_New: no module name. */
static PyMethodDef loose_def = {"loose", twice, METH_O, "loose(x)\n--\n\nMade by PyCFunction_New."};
static PyObject *make_loose(PyObject *mod, PyObject *self) {
    return PyCFunction_New(&loose_def, self == Py_None ? NULL : self);
}

/* What PyCFunction_GetSelf / GetFlags report for a function object. */
static PyObject *cfunc_info(PyObject *mod, PyObject *f) {
    if (!PyCFunction_Check(f)) return Py_BuildValue("s", "not a PyCFunction");
    PyObject *self = PyCFunction_GetSelf(f);
    return Py_BuildValue("(Oi)", self ? self : Py_None, PyCFunction_GetFlags(f));
}

/* cfunc_call(f, *args, **kwargs): calls f's C function the way C code holding only
 * PyCFunction_GetFunction / GetSelf / GetFlags would, in the convention GetFlags reports. */
static PyObject *cfunc_call(PyObject *mod, PyObject *args, PyObject *kwargs) {
    PyObject *f = PyTuple_GET_ITEM(args, 0);
    if (!PyCFunction_Check(f)) return Py_BuildValue("s", "not a PyCFunction");
    PyCFunction fn = PyCFunction_GetFunction(f);
    if (!fn) return NULL;
    PyObject *self = PyCFunction_GetSelf(f);
    int flags = PyCFunction_GetFlags(f) & ~(METH_CLASS | METH_STATIC | METH_COEXIST);
    PyObject *rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (!rest) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(rest), nkw = kwargs ? PyDict_GET_SIZE(kwargs) : 0;
    PyObject *res = NULL;
    if (flags == METH_NOARGS) {
        res = fn(self, NULL);
    } else if (flags == METH_O) {
        res = fn(self, PyTuple_GET_ITEM(rest, 0));
    } else if (flags == METH_VARARGS) {
        res = fn(self, rest);
    } else if (flags == (METH_VARARGS | METH_KEYWORDS)) {
        res = ((PyCFunctionWithKeywords)(void (*)(void))fn)(self, rest, kwargs);
    } else if (flags == METH_FASTCALL || flags == (METH_FASTCALL | METH_KEYWORDS)) {
        PyObject *stack[16];
        PyObject *names = nkw ? PyTuple_New(nkw) : NULL;
        Py_ssize_t i = 0, pos = 0;
        PyObject *k, *v;
        for (; i < n && i < 16; i++) stack[i] = PyTuple_GET_ITEM(rest, i);
        while (kwargs && i < 16 && PyDict_Next(kwargs, &pos, &k, &v)) {
            PyTuple_SET_ITEM(names, i - n, Py_NewRef(k));
            stack[i++] = v;
        }
        if (flags == METH_FASTCALL)
            res = ((_PyCFunctionFast)(void (*)(void))fn)(self, stack, n);
        else
            res = ((_PyCFunctionFastWithKeywords)(void (*)(void))fn)(self, stack, n, names);
        Py_XDECREF(names);
    } else {
        PyErr_Format(PyExc_SystemError, "cfunc_call: flags %d", flags);
    }
    Py_DECREF(rest);
    return res;
}

/* PyCFunction_GetSelf's answer (None for NULL). */
static PyObject *cfunc_self(PyObject *mod, PyObject *f) {
    if (!PyCFunction_Check(f)) return Py_BuildValue("s", "not a PyCFunction");
    PyObject *self = PyCFunction_GetSelf(f);
    return Py_NewRef(self ? self : Py_None);
}

typedef struct {
    PyObject_HEAD
    long value;
} ThingObject;

static PyObject *thing_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    long v = 0;
    if (!PyArg_ParseTuple(args, "|l", &v)) return NULL;
    ThingObject *self = (ThingObject *)type->tp_alloc(type, 0);
    if (self) self->value = v;
    return (PyObject *)self;
}

static PyObject *thing_repr(PyObject *self) { return PyUnicode_FromFormat("Thing(%ld)", ((ThingObject *)self)->value); }

static PyObject *thing_get(PyObject *self, PyObject *unused) { return PyLong_FromLong(((ThingObject *)self)->value); }

static PyObject *thing_make(PyObject *cls, PyObject *arg) {
    return PyObject_CallFunctionObjArgs(cls, arg, NULL);
}

static PyObject *thing_static(PyObject *null, PyObject *args) { return PyLong_FromSsize_t(PyTuple_GET_SIZE(args)); }

static PyObject *thing_owner(PyObject *self, PyTypeObject *defining, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames) {
    return Py_NewRef((PyObject *)defining);
}

static PyMethodDef thing_methods[] = {
    {"get", thing_get, METH_NOARGS, "get($self, /)\n--\n\nThe value."},
    {"make", thing_make, METH_O | METH_CLASS, "make($type, v, /)\n--\n\nA new Thing."},
    {"count", thing_static, METH_VARARGS | METH_STATIC, "Counts its arguments."},
    {"owner", (PyCFunction)(void (*)(void))thing_owner, METH_METHOD | METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL},
};

static PyTypeObject ThingType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "funcident.Thing",
    .tp_basicsize = sizeof(ThingObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_new = thing_new,
    .tp_repr = thing_repr,
    .tp_methods = thing_methods,
};

static PyMethodDef funcident_methods[] = {
    {"twice", twice, METH_O, "twice($module, x, /)\n--\n\nx + x."},
    {"pair", (PyCFunction)(void (*)(void))pair, METH_VARARGS | METH_KEYWORDS, "Packs a and b."},
    {"make_loose", make_loose, METH_O, NULL},
    {"kwdict", (PyCFunction)(void (*)(void))kwdict, METH_VARARGS | METH_KEYWORDS, NULL},
    {"kwitems", (PyCFunction)(void (*)(void))kwitems, METH_VARARGS | METH_KEYWORDS, NULL},
    {"cfunc_info", cfunc_info, METH_O, NULL},
    {"cfunc_call", (PyCFunction)(void (*)(void))cfunc_call, METH_VARARGS | METH_KEYWORDS, NULL},
    {"cfunc_self", cfunc_self, METH_O, NULL},
    {NULL},
};

static struct PyModuleDef funcident_module = {
    PyModuleDef_HEAD_INIT, "funcident", "Function and method objects.", -1, funcident_methods,
};

PyMODINIT_FUNC PyInit_funcident(void) {
    if (PyType_Ready(&ThingType) < 0) return NULL;
    PyObject *m = PyModule_Create(&funcident_module);
    if (!m) return NULL;
    if (PyModule_AddObjectRef(m, "Thing", (PyObject *)&ThingType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
