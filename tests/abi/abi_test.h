/* Shared by the tests/abi cmocka programs. Each program is built twice (tests/abi/
 * CMakeLists.txt): against Spry's Python.h with ABI_SPRY defined, and against CPython
 * 3.11's headers and libpython, so every expectation a test states is checked on CPython
 * too. Checks of what Spry does on purpose differently sit under #ifdef ABI_SPRY. */
#ifndef ABI_TEST_H
#define ABI_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#define PY_SSIZE_T_CLEAN
#include "Python.h"

static inline int abi_setup(void **state) {
    Py_Initialize();
    return Py_IsInitialized() ? 0 : -1;
}

/* The pending exception (then cleared) must be of exactly `type`, with str() `msg`. */
static inline void expect_error(PyObject *type, const char *msg) {
    PyObject *t, *v, *tb;
    assert_non_null(PyErr_Occurred());
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    if (t != type) {
        PyObject *r = PyObject_Repr(v);
        fail_msg("expected %s, got %s", ((PyTypeObject *)type)->tp_name, r ? PyUnicode_AsUTF8(r) : "?");
    }
    PyObject *s = PyObject_Str(v);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), msg);
    Py_DECREF(s);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    assert_null(PyErr_Occurred());
}

/* A borrowed reference to builtins.<name>. */
static inline PyObject *builtin(const char *name) {
    PyObject *f = PyDict_GetItemString(PyEval_GetBuiltins(), name);
    assert_non_null(f);
    return f;
}

/* Runs Python statements in a fresh namespace and returns it (new reference). */
static inline PyObject *py_exec(const char *src) {
    PyObject *g = PyDict_New();
    assert_non_null(g);
    assert_int_equal(PyDict_SetItemString(g, "__builtins__", PyEval_GetBuiltins()), 0);
    PyObject *r = PyRun_String(src, Py_file_input, g, g);
    if (!r) PyErr_Print();
    assert_non_null(r);
    Py_DECREF(r);
    return g;
}

/* The value of a Python expression (new reference). */
static inline PyObject *py_eval(const char *expr) {
    PyObject *g = py_exec("");
    PyObject *r = PyRun_String(expr, Py_eval_input, g, g);
    if (!r) PyErr_Print();
    assert_non_null(r);
    Py_DECREF(g);
    return r;
}

/* str(o) equals `want` (o is not consumed). */
static inline void assert_str(PyObject *o, const char *want) {
    assert_non_null(o);
    PyObject *s = PyObject_Str(o);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), want);
    Py_DECREF(s);
}

/* repr(o) equals `want` (o is not consumed). */
static inline void assert_repr(PyObject *o, const char *want) {
    assert_non_null(o);
    PyObject *s = PyObject_Repr(o);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), want);
    Py_DECREF(s);
}

#endif
