/* Integers crossing into C and back, on the paths the shim makes fast: every integer format
 * unit of PyArg_ParseTuple (tagged ints are stored without a box), keyword values (from a
 * call site and from a ** dict), boxes outside the small-int cache, and boxes kept by C. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *units(PyObject *self, PyObject *args) {
    unsigned char b, B;
    short h;
    unsigned short H;
    int i;
    unsigned int I;
    long l;
    unsigned long k;
    long long L;
    unsigned long long K;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "bBhHiIlkLKn:units", &b, &B, &h, &H, &i, &I, &l, &k, &L, &K, &n))
        return NULL;
    return Py_BuildValue("(iiiiiIlkLKn)", b, B, h, H, i, I, l, k, L, K, n);
}

static PyObject *kw(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"a", "b", "c", "d", NULL};
    long a, b = -1;
    PyObject *c = Py_None;
    int d = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l|lO$i:kw", names, &a, &b, &c, &d)) return NULL;
    return Py_BuildValue("(llOi)", a, b, c, d);
}

/* kw's parsing applied to a tuple and a dict built by Python code (whose values the
 * runtime may hold unboxed). */
static PyObject *kw_from(PyObject *self, PyObject *args) {
    PyObject *tuple, *dict;
    if (!PyArg_ParseTuple(args, "O!O!:kw_from", &PyTuple_Type, &tuple, &PyDict_Type, &dict)) return NULL;
    return kw(self, tuple, dict);
}

/* Positional-only first parameter, then one that is positional or keyword. */
static PyObject *posonly(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"", "y", NULL};
    long x, y = 10;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l|l:posonly", names, &x, &y)) return NULL;
    return PyLong_FromLong(x * y);
}

static PyObject *echo(PyObject *self, PyObject *arg) { return Py_NewRef(arg); }

/* The value as C sees it, and a fresh int made from it. */
static PyObject *roundtrip(PyObject *self, PyObject *arg) {
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(arg, &overflow);
    if (v == -1 && PyErr_Occurred()) return NULL;
    if (overflow) return PyUnicode_FromFormat("overflow %d", overflow);
    return PyLong_FromLongLong(v);
}

static PyObject *kept;

/* Keeps its argument and a new int in a C-owned list; kept() returns that list. */
static PyObject *keep(PyObject *self, PyObject *arg) {
    PyObject *twice = PyNumber_Add(arg, arg);
    if (!twice) return NULL;
    int r = PyList_Append(kept, arg) < 0 || PyList_Append(kept, twice) < 0 ? -1 : 0;
    Py_DECREF(twice);
    if (r < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *get_kept(PyObject *self, PyObject *unused) { return Py_NewRef(kept); }

static PyObject *fast_pair(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "fast_pair() takes 2 arguments");
        return NULL;
    }
    long long a = PyLong_AsLongLong(args[0]);
    if (a == -1 && PyErr_Occurred()) return NULL;
    long long b = PyLong_AsLongLong(args[1]);
    if (b == -1 && PyErr_Occurred()) return NULL;
    return Py_BuildValue("(LL)", a / 2 - b, b - a / 2);
}

static PyMethodDef intargs_methods[] = {
    {"units", units, METH_VARARGS, NULL},
    {"kw", (PyCFunction)(void (*)(void))kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"kw_from", kw_from, METH_VARARGS, NULL},
    {"posonly", (PyCFunction)(void (*)(void))posonly, METH_VARARGS | METH_KEYWORDS, NULL},
    {"echo", echo, METH_O, NULL},
    {"roundtrip", roundtrip, METH_O, NULL},
    {"keep", keep, METH_O, NULL},
    {"kept", get_kept, METH_NOARGS, NULL},
    {"fast_pair", (PyCFunction)(void (*)(void))fast_pair, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef intargs_module = {
    PyModuleDef_HEAD_INIT, "intargs", NULL, -1, intargs_methods,
};

PyMODINIT_FUNC PyInit_intargs(void) {
    kept = PyList_New(0);
    if (!kept) return NULL;
    return PyModule_Create(&intargs_module);
}
