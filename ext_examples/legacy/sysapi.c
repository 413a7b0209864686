/* Wrappers over the sys, error, capsule, thread-state and PyOS_ functions of the Limited
 * API, compared with CPython by sysapi_test.py. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>

static PyObject *errno_errors(PyObject *self, PyObject *args) {
    (void)self;
    int which;
    PyObject *name;
    if (!PyArg_ParseTuple(args, "iO", &which, &name)) return NULL;
    errno = ENOENT;
    if (which == 0) return PyErr_SetFromErrnoWithFilename(PyExc_OSError, "missing.txt");
    if (which == 1) return PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, name);
    errno = EEXIST;
    return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, name, name);
}

static PyObject *import_error(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *msg, *name, *path;
    if (!PyArg_ParseTuple(args, "OOO", &msg, &name, &path)) return NULL;
    return PyErr_SetImportError(msg, name == Py_None ? NULL : name, path == Py_None ? NULL : path);
}

static PyObject *exc_info(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    PyObject *t, *v, *tb;
    PyErr_GetExcInfo(&t, &v, &tb);
    PyObject *r = Py_BuildValue("(OOi)", t ? t : Py_None, v ? v : Py_None, tb != NULL);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return r;
}

static PyObject *warn(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    if (PyErr_WarnExplicit(PyExc_UserWarning, "explicit warning", "somefile.py", 42, NULL, NULL) < 0) return NULL;
    if (PyErr_ResourceWarning(NULL, 1, "resource %d", 7) < 0) return NULL;
    Py_RETURN_NONE;
}

static int destroyed;
static void capsule_gone(PyObject *c) {
    (void)c;
    destroyed++;
}

static PyObject *capsules(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    static int a = 1, b = 2, ctx = 3;
    PyObject *c = PyCapsule_New(&a, "first", NULL);
    if (!c) return NULL;
    int ok = PyCapsule_SetPointer(c, &b) == 0 && PyCapsule_SetName(c, "second") == 0 &&
             PyCapsule_SetContext(c, &ctx) == 0 && PyCapsule_SetDestructor(c, capsule_gone) == 0;
    int *p = PyCapsule_GetPointer(c, "second");
    int *x = PyCapsule_GetContext(c);
    int same_destructor = PyCapsule_GetDestructor(c) == capsule_gone;
    int bad = PyCapsule_SetPointer(c, NULL);
    PyErr_Clear();
    Py_DECREF(c);
    return Py_BuildValue("(iiiiii)", ok, p ? *p : -1, x ? *x : -1, same_destructor, bad, destroyed);
}

static PyObject *sys_ops(PyObject *self, PyObject *value) {
    (void)self;
    if (PySys_SetObject("spry_test_attr", value) < 0) return NULL;
    PyObject *back = PySys_GetObject("spry_test_attr");
    int same = back == value;
    if (PySys_SetObject("spry_test_attr", NULL) < 0) return NULL;
    PyObject *gone = PySys_GetObject("spry_test_attr");
    PySys_WriteStdout("write %d %s\n", 5, "five");
    PySys_FormatStdout("format %R %S\n", value, value);
    PySys_WriteStderr("to stderr\n");
    PyObject *out = PySys_GetObject("stdout");
    if (PyFile_WriteString("file string\n", out) < 0 || PyFile_WriteObject(value, out, 0) < 0 ||
        PyFile_WriteString("\n", out) < 0 || PyFile_WriteObject(value, out, Py_PRINT_RAW) < 0 ||
        PyFile_WriteString("\n", out) < 0)
        return NULL;
    int limit = Py_GetRecursionLimit();
    Py_SetRecursionLimit(limit + 1);
    int limit2 = Py_GetRecursionLimit();
    Py_SetRecursionLimit(limit);
    return Py_BuildValue("(iiiOss)", same, gone == NULL, limit2 - limit, PySys_GetXOptions() ? Py_True : Py_False,
                         Py_GetPlatform(), strncmp(Py_GetVersion(), "3.11", 4) == 0 ? "3.11" : "other");
}

static PyObject *repr_guard(PyObject *self, PyObject *o) {
    (void)self;
    int first = Py_ReprEnter(o);
    int again = Py_ReprEnter(o);
    if (first == 0) Py_ReprLeave(o);
    int after = Py_ReprEnter(o);
    if (after == 0) Py_ReprLeave(o);
    return Py_BuildValue("(iii)", first, again, after);
}

static PyObject *os_ops(PyObject *self, PyObject *args) {
    (void)self;
    const char *s;
    if (!PyArg_ParseTuple(args, "s", &s)) return NULL;
    char *end;
    double d = PyOS_string_to_double(s, &end, NULL);
    if (d == -1.0 && PyErr_Occurred()) return NULL;
    double strict = PyOS_string_to_double(s, NULL, PyExc_OverflowError);
    PyObject *strict_v = strict == -1.0 && PyErr_Occurred() ? NULL : PyFloat_FromDouble(strict);
    if (!strict_v) {
        PyObject *t, *v, *tb;
        PyErr_Fetch(&t, &v, &tb);
        strict_v = PyObject_Str(v);
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
    }
    return Py_BuildValue("(dsNlkii)", d, end, strict_v, PyOS_strtol("-0x1f", NULL, 0), PyOS_strtoul("777", NULL, 8),
                         PyOS_mystricmp("HeLLo", "hello"), PyOS_mystrnicmp("abcX", "ABCy", 3));
}

static PyObject *thread_info(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    PyThreadState *ts = PyThreadState_Get();
    int same = PyThreadState_GetInterpreter(ts) == PyInterpreterState_Get();
    PyEval_ReleaseThread(ts);
    PyEval_AcquireThread(ts);
    return Py_BuildValue("(iL)", same, (long long)PyInterpreterState_GetID(PyInterpreterState_Get()));
}

static PyMethodDef sysapi_methods[] = {
    {"errno_errors", errno_errors, METH_VARARGS, NULL},
    {"import_error", import_error, METH_VARARGS, NULL},
    {"exc_info", exc_info, METH_NOARGS, NULL},
    {"warn", warn, METH_NOARGS, NULL},
    {"capsules", capsules, METH_NOARGS, NULL},
    {"sys_ops", sys_ops, METH_O, NULL},
    {"repr_guard", repr_guard, METH_O, NULL},
    {"os_ops", os_ops, METH_VARARGS, NULL},
    {"thread_info", thread_info, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef sysapi_module = {
    PyModuleDef_HEAD_INIT, "sysapi", NULL, -1, sysapi_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_sysapi(void) { return PyModule_Create(&sysapi_module); }
