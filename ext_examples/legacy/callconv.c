/* An extension module written the way real ones are: one function per calling convention,
 * plus argument parsing, value building, errors and the common object APIs. Builds
 * unchanged against CPython's and Spry's Python.h. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *noargs(PyObject *self, PyObject *unused) { return PyUnicode_FromString("noargs called"); }

static PyObject *one(PyObject *self, PyObject *arg) {
    return PyUnicode_FromFormat("one(%R) of type %s", arg, Py_TYPE(arg)->tp_name);
}

static PyObject *add(PyObject *self, PyObject *args) {
    long a, b;
    if (!PyArg_ParseTuple(args, "ll:add", &a, &b)) return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *greet(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"name", "greeting", "times", NULL};
    const char *name, *greeting = "Hello";
    int times = 1;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "s|si:greet", kwlist, &name, &greeting, &times))
        return NULL;
    PyObject *list = PyList_New(0);
    if (!list) return NULL;
    for (int i = 0; i < times; i++) {
        PyObject *s = PyUnicode_FromFormat("%s, %s!", greeting, name);
        if (!s || PyList_Append(list, s) < 0) {
            Py_XDECREF(s);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(s);
    }
    return list;
}

static PyObject *fast_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    PyObject *total = PyLong_FromLong(0);
    for (Py_ssize_t i = 0; i < nargs && total; i++) {
        PyObject *t = PyNumber_Add(total, args[i]);
        Py_DECREF(total);
        total = t;
    }
    return total;
}

static PyObject *fast_kw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *d = PyDict_New();
    if (!d) return NULL;
    for (Py_ssize_t i = 0; i < nkw; i++) {
        if (PyDict_SetItem(d, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0) {
            Py_DECREF(d);
            return NULL;
        }
    }
    return Py_BuildValue("(nN)", nargs, d);
}

static PyObject *build(PyObject *self, PyObject *unused) {
    return Py_BuildValue("(iis#)[d,s]{s:i,s:O}", 1, -2, "abcdef", (Py_ssize_t)3, 2.5, "x", "k", 7,
                         "none", Py_None);
}

static PyObject *sizes(PyObject *self, PyObject *args) {
    unsigned char b;
    short h;
    int i;
    long long L;
    double d;
    if (!PyArg_ParseTuple(args, "bhiLd", &b, &h, &i, &L, &d)) return NULL;
    return Py_BuildValue("(ihiLd)", (int)b, h, i, L, d);
}

static PyObject *raise_value(PyObject *self, PyObject *arg) {
    return PyErr_Format(PyExc_ValueError, "bad value: %R (%d)", arg, 42);
}

static PyObject *as_long(PyObject *self, PyObject *arg) {
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLong(v * 2);
}

static PyObject *list_ops(PyObject *self, PyObject *arg) {
    if (!PyList_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "expected a list");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(arg);
    PyObject *rev = PyTuple_New(n);
    if (!rev) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(arg, i);
        Py_INCREF(item);
        PyTuple_SET_ITEM(rev, n - 1 - i, item);
    }
    return rev;
}

static PyObject *dict_ops(PyObject *self, PyObject *arg) {
    if (!PyDict_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "expected a dict");
        return NULL;
    }
    PyObject *key, *value, *out = PyList_New(0);
    Py_ssize_t pos = 0;
    while (out && PyDict_Next(arg, &pos, &key, &value)) {
        PyObject *pair = PyTuple_Pack(2, value, key);
        if (!pair || PyList_Append(out, pair) < 0) {
            Py_XDECREF(pair);
            Py_CLEAR(out);
            break;
        }
        Py_DECREF(pair);
    }
    PyObject *x = PyDict_GetItemString(arg, "x");
    if (out && x && PyList_Append(out, x) < 0) Py_CLEAR(out);
    return out;
}

static PyObject *call_back(PyObject *self, PyObject *args) {
    PyObject *func, *arg;
    if (!PyArg_UnpackTuple(args, "call_back", 2, 2, &func, &arg)) return NULL;
    return PyObject_CallFunctionObjArgs(func, arg, arg, NULL);
}

static PyObject *str_info(PyObject *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "expected str");
        return NULL;
    }
    Py_ssize_t n;
    const char *u = PyUnicode_AsUTF8AndSize(arg, &n);
    if (!u) return NULL;
    int kind = PyUnicode_KIND(arg);
    Py_UCS4 first = PyUnicode_GET_LENGTH(arg) ? PyUnicode_READ_CHAR(arg, 0) : 0;
    return Py_BuildValue("(nnikN)", PyUnicode_GET_LENGTH(arg), n, kind, (unsigned long)first,
                         PyBytes_FromStringAndSize(u, n));
}

static PyObject *bad_null(PyObject *self, PyObject *unused) { return NULL; }

static PyObject *overflow(PyObject *self, PyObject *arg) {
    int v;
    if (!PyArg_Parse(arg, "i", &v)) return NULL;
    return PyLong_FromLong(v);
}

/* Keeps its arguments tuple past the call (the caller gets it back). */
static PyObject *keep_args(PyObject *self, PyObject *args) { return Py_NewRef(args); }
/* Keeps its keyword arguments dict (None when there is none). */
static PyObject *keep_kwargs(PyObject *self, PyObject *args, PyObject *kwargs) {
    return Py_NewRef(kwargs ? kwargs : Py_None);
}

static PyMethodDef callconv_methods[] = {
    {"noargs", noargs, METH_NOARGS, "Takes no arguments."},
    {"one", one, METH_O, "Takes one argument."},
    {"add", add, METH_VARARGS, "add(a, b)"},
    {"greet", (PyCFunction)(void (*)(void))greet, METH_VARARGS | METH_KEYWORDS, "greet(name, greeting='Hello', times=1)"},
    {"fast_sum", (PyCFunction)(void (*)(void))fast_sum, METH_FASTCALL, NULL},
    {"fast_kw", (PyCFunction)(void (*)(void))fast_kw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"build", build, METH_NOARGS, NULL},
    {"sizes", sizes, METH_VARARGS, NULL},
    {"raise_value", raise_value, METH_O, NULL},
    {"as_long", as_long, METH_O, NULL},
    {"list_ops", list_ops, METH_O, NULL},
    {"dict_ops", dict_ops, METH_O, NULL},
    {"call_back", call_back, METH_VARARGS, NULL},
    {"str_info", str_info, METH_O, NULL},
    {"bad_null", bad_null, METH_NOARGS, NULL},
    {"overflow", overflow, METH_O, NULL},
    {"keep_args", keep_args, METH_VARARGS, NULL},
    {"keep_kwargs", (PyCFunction)(void (*)(void))keep_kwargs, METH_VARARGS | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef callconv_module = {
    PyModuleDef_HEAD_INIT, "callconv", "Every calling convention.", -1, callconv_methods,
};

PyMODINIT_FUNC PyInit_callconv(void) {
    PyObject *m = PyModule_Create(&callconv_module);
    if (!m) return NULL;
    if (PyModule_AddIntConstant(m, "ANSWER", 42) < 0 ||
        PyModule_AddStringConstant(m, "NAME", "callconv") < 0) {
        Py_DECREF(m);
        return NULL;
    }
    PyObject *err = PyErr_NewException("callconv.Error", NULL, NULL);
    if (PyModule_AddObject(m, "Error", err) < 0) {
        Py_XDECREF(err);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
