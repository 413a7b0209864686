/* Wrappers over the import, module-file, frame and old call helpers of the Limited API,
 * and the C function accessors, compared with CPython by importapi_test.py. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* The old call helpers are deprecated; this example checks that they still work. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

static PyObject *import_level(PyObject *self, PyObject *args) {
    (void)self;
    const char *name;
    PyObject *fromlist;
    if (!PyArg_ParseTuple(args, "sO", &name, &fromlist)) return NULL;
    PyObject *m = PyImport_ImportModuleLevel(name, PyEval_GetGlobals(), NULL, fromlist, 0);
    if (!m) return NULL;
    PyObject *r = PyModule_GetNameObject(m);
    Py_DECREF(m);
    return r;
}

static PyObject *get_module(PyObject *self, PyObject *name) {
    (void)self;
    PyObject *m = PyImport_GetModule(name);
    if (!m) {
        if (PyErr_Occurred()) return NULL;
        Py_RETURN_NONE;
    }
    return m;
}

static PyObject *add_and_exec(PyObject *self, PyObject *args) {
    (void)self;
    const char *name, *source;
    if (!PyArg_ParseTuple(args, "ss", &name, &source)) return NULL;
    PyObject *added = PyImport_AddModule("importapi_added");
    if (!added) return NULL;
    PyObject *again = PyImport_AddModule("importapi_added");
    PyObject *code = Py_CompileString(source, "<exec>", Py_file_input);
    if (!code) return NULL;
    PyObject *m = PyImport_ExecCodeModuleEx(name, code, "/virtual/path.py");
    Py_DECREF(code);
    if (!m) return NULL;
    PyObject *file = PyModule_GetFilenameObject(m);
    PyObject *r = Py_BuildValue("(iNN)", added == again, m, file);
    return r;
}

static PyObject *no_file(PyObject *self, PyObject *m) {
    (void)self;
    return PyModule_GetFilenameObject(m);
}

static PyObject *func_info(PyObject *self, PyObject *f) {
    (void)self;
    return Py_BuildValue("(ss)", PyEval_GetFuncName(f), PyEval_GetFuncDesc(f));
}

static PyObject *old_calls(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *f, *obj;
    if (!PyArg_ParseTuple(args, "OO", &f, &obj)) return NULL;
    PyObject *tup = Py_BuildValue("(ii)", 1, 2);
    PyObject *kw = Py_BuildValue("{si}", "c", 3);
    PyObject *a = PyEval_CallObjectWithKeywords(f, tup, kw);
    PyObject *b = PyEval_CallObjectWithKeywords(f, NULL, NULL);
    PyObject *c = PyEval_CallFunction(f, "i", 7);
    PyObject *d = PyEval_CallMethod(obj, "upper", NULL);
    Py_XDECREF(tup);
    Py_XDECREF(kw);
    return Py_BuildValue("(NNNN)", a, b, c, d);
}

static PyObject *self_of(PyObject *self, PyObject *f) {
    (void)self;
    PyObject *s = PyCFunction_GetSelf(f);
    int flags = PyCFunction_GetFlags(f);
    return Py_BuildValue("(Oi)", s ? s : Py_None, flags);
}

static PyMethodDef extra_def = {"made_here", (PyCFunction)(void (*)(void))self_of, METH_O, NULL};

static PyObject *make_function(PyObject *self, PyObject *bound) {
    (void)self;
    PyObject *f = PyCFunction_New(&extra_def, bound);
    if (!f) return NULL;
    PyObject *r = PyObject_CallOneArg(f, f);
    int same = PyCFunction_GetFunction(f) == (PyCFunction)(void (*)(void))self_of;
    PyObject *call_args = PyTuple_Pack(1, f);
    PyObject *called = call_args ? PyCFunction_Call(f, call_args, NULL) : NULL;
    Py_XDECREF(call_args);
    Py_DECREF(f);
    return Py_BuildValue("(NiN)", r, same, called);
}

static PyObject *magic(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    return Py_BuildValue("(ls)", PyImport_GetMagicNumber(), PyImport_GetMagicTag());
}

static PyMethodDef importapi_methods[] = {
    {"import_level", import_level, METH_VARARGS, NULL},
    {"get_module", get_module, METH_O, NULL},
    {"add_and_exec", add_and_exec, METH_VARARGS, NULL},
    {"no_file", no_file, METH_O, NULL},
    {"func_info", func_info, METH_O, NULL},
    {"old_calls", old_calls, METH_VARARGS, NULL},
    {"self_of", self_of, METH_O, NULL},
    {"make_function", make_function, METH_O, NULL},
    {"magic", magic, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef importapi_module = {
    PyModuleDef_HEAD_INIT, "importapi", NULL, -1, importapi_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_importapi(void) { return PyModule_Create(&importapi_module); }
