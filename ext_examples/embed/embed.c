/* A C program embedding the interpreter through the C API, built from this one source
 * against Spry (libspry) and against CPython 3.11 (libpython3.11); both runs must print the
 * same. */
#include <Python.h>

/* Evaluates `expr` in `globals` and prints its repr, or the exception. */
static void show(const char *expr, PyObject *globals) {
    PyObject *v = PyRun_String(expr, Py_eval_input, globals, globals);
    if (!v) {
        PyErr_Print();
        return;
    }
    PyObject *r = PyObject_Repr(v);
    printf("%s = %s\n", expr, r ? PyUnicode_AsUTF8(r) : "<repr failed>");
    Py_XDECREF(r);
    Py_DECREF(v);
}

/* Modules the program links in, registered before Py_Initialize. */
static PyObject *counter_next(PyObject *self, PyObject *noargs) {
    (void)noargs;
    long *count = PyModule_GetState(self);
    return PyLong_FromLong(++*count);
}
static PyMethodDef counter_methods[] = {
    {"next", counter_next, METH_NOARGS, "The next number."},
    {NULL, NULL, 0, NULL},
};
static struct PyModuleDef counter_def = {
    PyModuleDef_HEAD_INIT, "embedded_counter", "Counts.", sizeof(long), counter_methods, NULL, NULL, NULL, NULL,
};
static PyObject *PyInit_embedded_counter(void) { return PyModule_Create(&counter_def); }

static int phases_exec(PyObject *m) { return PyModule_AddStringConstant(m, "how", "multi-phase"); }
static PyModuleDef_Slot phases_slots[] = {{Py_mod_exec, (void *)phases_exec}, {0, NULL}};
static struct PyModuleDef phases_def = {
    PyModuleDef_HEAD_INIT, "embedded_phases", NULL, 0, NULL, phases_slots, NULL, NULL, NULL,
};
static PyObject *PyInit_embedded_phases(void) { return PyModuleDef_Init(&phases_def); }
static PyObject *PyInit_embedded_broken(void) {
    PyErr_SetString(PyExc_RuntimeError, "embedded_broken refuses");
    return NULL;
}
static struct _inittab more_modules[] = {
    {"embedded_phases", PyInit_embedded_phases},
    {"embedded_broken", PyInit_embedded_broken},
    {NULL, NULL},
};

int main(void) {
    printf("initialized before: %d\n", Py_IsInitialized());
    printf("append inittab: %d\n", PyImport_AppendInittab("embedded_counter", PyInit_embedded_counter));
    printf("extend inittab: %d\n", PyImport_ExtendInittab(more_modules));
    Py_Initialize();
    printf("initialized after: %d\n", Py_IsInitialized());
    fflush(stdout);

    if (PyRun_SimpleString("import sys\nx = sum(range(10))\nprint('x is', x, flush=True)") != 0) return 1;
    /* An uncaught exception is printed with its traceback and reported as -1. */
    printf("failing string: %d\n", PyRun_SimpleString("1 / 0"));
    fflush(stdout);
    PyCompilerFlags flags = {0, 11};
    printf("with flags: %d\n", PyRun_SimpleStringFlags("print('flags', x * 2, flush=True)", &flags));
    fflush(stdout);

    PyObject *globals = PyDict_New();
    if (!globals) return 1;
    show("2 ** 70", globals);
    show("[c.upper() for c in 'abc']", globals);
    show("undefined_name", globals);

    PyObject *v = PyRun_StringFlags("x * 3", Py_eval_input, globals, globals, NULL);
    printf("PyRun_StringFlags without x: %s\n", v ? "value" : "NULL");
    PyErr_Clear();
    PyObject *code = Py_CompileStringFlags("y = 6 * 7\nz = y + 1\n", "<embedded>", Py_file_input, &flags);
    PyObject *res = code ? PyEval_EvalCode(code, globals, globals) : NULL;
    if (!res) return 1;
    Py_DECREF(res);
    Py_DECREF(code);
    show("(y, z)", globals);
    PyObject *bad = Py_CompileString("def (", "<embedded>", Py_file_input);
    printf("syntax error compiles to NULL: %d\n", bad == NULL);
    fflush(stdout);
    PyErr_Print();

    PyObject *math = PyImport_ImportModule("math");
    PyObject *r = math ? PyObject_CallMethod(math, "gcd", "ii", 84, 36) : NULL;
    printf("math.gcd(84, 36) = %ld\n", r ? PyLong_AsLong(r) : -1L);
    Py_XDECREF(r);
    Py_XDECREF(math);
    PyObject *missing = PyImport_ImportModule("no_such_module_here");
    printf("missing module: %d\n", missing == NULL);
    fflush(stdout);
    PyErr_Print();

    if (PyRun_SimpleString(
            "import sys, embedded_counter, embedded_phases\n"
            "print(embedded_counter.next(), embedded_counter.next(), embedded_counter.__name__)\n"
            "print(embedded_counter, embedded_counter.__spec__.origin)\n"
            "print(hasattr(embedded_counter, '__file__'), sys.modules['embedded_counter'] is embedded_counter)\n"
            "print(embedded_phases.how, embedded_phases.__spec__.origin)\n"
            "print([n for n in sys.builtin_module_names if n.startswith('embedded_')])\n"
            "import importlib.util\n"
            "print(importlib.util.find_spec('embedded_counter').origin)\n"
            "try:\n"
            "    import embedded_broken\n"
            "except RuntimeError as e:\n"
            "    print('RuntimeError:', e)\n"
            "print('embedded_broken' in sys.modules)\n") != 0)
        return 1;
    fflush(stdout);

    Py_DECREF(globals);
    printf("finalize: %d\n", Py_FinalizeEx());
    return 0;
}
