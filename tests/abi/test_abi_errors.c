/* pyerrors.h: setting, fetching, normalizing and formatting exceptions, warnings. */
#include <errno.h>
#include <signal.h>

#include "abi_test.h"

static void test_errors(void **state) {
    assert_null(PyErr_Occurred());
    PyErr_SetString(PyExc_ValueError, "boom");
    assert_ptr_equal(PyErr_Occurred(), PyExc_ValueError);
    assert_true(PyErr_ExceptionMatches(PyExc_Exception));
    assert_false(PyErr_ExceptionMatches(PyExc_TypeError));
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    assert_null(PyErr_Occurred());
    PyErr_NormalizeException(&t, &v, &tb);
    assert_true(PyExceptionInstance_Check(v));
    PyErr_Restore(t, v, tb);
    expect_error(PyExc_ValueError, "boom");
    /* Restoring an unnormalized (type, value) pair. */
    PyErr_Restore(Py_NewRef(PyExc_KeyError), PyUnicode_FromString("key"), NULL);
    expect_error(PyExc_KeyError, "'key'");
    assert_null(PyErr_Format(PyExc_TypeError, "%s: %d %R", "x", 3, Py_None));
    expect_error(PyExc_TypeError, "x: 3 None");
    PyObject *exc = PyErr_NewException("mod.MyError", PyExc_RuntimeError, NULL);
    assert_non_null(exc);
    assert_true(PyExceptionClass_Check(exc));
    PyErr_SetString(exc, "mine");
    assert_true(PyErr_ExceptionMatches(PyExc_RuntimeError));
    expect_error(exc, "mine");
    PyObject *mod = PyObject_GetAttrString(exc, "__module__");
    assert_string_equal(PyUnicode_AsUTF8(mod), "mod");
    Py_DECREF(mod);
    Py_DECREF(exc);
    assert_null(PyErr_NoMemory());
    assert_true(PyErr_ExceptionMatches(PyExc_MemoryError));
    PyErr_Clear();
}

/* The same (type, value) pairs CPython normalizes lazily give the same exception once
 * normalized (Spry normalizes when the error is set: docs/LEGACY_API.md). */
static void test_normalize(void **state) {
    PyObject *t, *v, *tb;
    PyObject *pair = py_eval("(1, 2)");
    PyErr_SetObject(PyExc_KeyError, pair);
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    assert_ptr_equal(t, PyExc_KeyError);
    PyObject *args = PyObject_GetAttrString(v, "args");
    assert_repr(args, "(1, 2)");
    Py_DECREF(args);
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
    Py_DECREF(pair);
    PyErr_SetObject(PyExc_ValueError, NULL);
    expect_error(PyExc_ValueError, "");
    PyObject *sub = py_eval("KeyError('sub')");
    PyErr_SetObject(PyExc_LookupError, sub);   /* an instance of a subclass stays itself */
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    assert_ptr_equal(t, PyExc_KeyError);
    assert_ptr_equal(v, sub);
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
    Py_DECREF(sub);
    PyObject *sup = py_eval("LookupError('sup')");
    PyErr_SetObject(PyExc_KeyError, sup);      /* one of a base class becomes the argument */
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    assert_ptr_equal(t, PyExc_KeyError);
    assert_repr(v, "KeyError(LookupError('sup'))");
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
    Py_DECREF(sup);
    t = v = tb = NULL;
    PyErr_NormalizeException(&t, &v, &tb);
    assert_null(t);
    PyObject *five = PyLong_FromLong(5);
    PyErr_SetObject(five, NULL);
    expect_error(PyExc_SystemError, "_PyErr_SetObject: exception 5 is not a BaseException subclass");
    PyErr_SetString((PyObject *)&PyLong_Type, "x");
    expect_error(PyExc_SystemError, "_PyErr_SetObject: exception <class 'int'> is not a BaseException subclass");
    PyErr_SetNone(PyExc_StopIteration);
    expect_error(PyExc_StopIteration, "");
    assert_false(PyErr_ExceptionMatches(PyExc_Exception));   /* nothing pending */
    PyObject *classes = py_eval("(ValueError, LookupError)"), *inst = py_eval("KeyError()");
    assert_true(PyErr_GivenExceptionMatches(PyExc_KeyError, classes));
    assert_true(PyErr_GivenExceptionMatches(inst, PyExc_LookupError));
    assert_false(PyErr_GivenExceptionMatches(NULL, PyExc_KeyError));
    assert_false(PyErr_GivenExceptionMatches(five, PyExc_KeyError));
    Py_DECREF(inst); Py_DECREF(classes); Py_DECREF(five);
}

static void test_format_and_errno(void **state) {
    PyObject *r = PyUnicode_FromString("r");
    assert_null(PyErr_Format(PyExc_TypeError, "%s|%d|%R|%S|%U|%zd|%c|%x|%p|%V|%5d|%.2s", "s", -3, r, r, r,
                             (Py_ssize_t)9, 65, 255, (void *)0x20, NULL, "v", 7, "abc"));
    expect_error(PyExc_TypeError, "s|-3|'r'|r|r|9|A|ff|0x20|v|    7|ab");
    assert_null(PyErr_Format(PyExc_ValueError, "[%-5d]", 1));   /* 3.11 has no '-' flag */
    expect_error(PyExc_ValueError, "[%-5d]");
    Py_DECREF(r);
    errno = ENOENT;
    assert_null(PyErr_SetFromErrno(PyExc_OSError));
    expect_error(PyExc_FileNotFoundError, "[Errno 2] No such file or directory");
    errno = ENOENT;
    assert_null(PyErr_SetFromErrnoWithFilename(PyExc_OSError, "/nope"));
    expect_error(PyExc_FileNotFoundError, "[Errno 2] No such file or directory: '/nope'");
    errno = EACCES;
    PyObject *fn = PyUnicode_FromString("/x");
    assert_null(PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, fn));
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    assert_ptr_equal(t, PyExc_PermissionError);
    PyObject *a = PyObject_GetAttrString(v, "filename");
    assert_ptr_equal(a, fn);
    Py_DECREF(a);
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
    Py_DECREF(fn);
    errno = 0;
    assert_null(PyErr_SetFromErrno(PyExc_OSError));
    expect_error(PyExc_OSError, "[Errno 0] Error");
    assert_int_equal(PyErr_BadArgument(), 0);
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    PyErr_BadInternalCall();
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
}

static void test_warnings(void **state) {
    PyObject *g = py_exec("import warnings\nwarnings.simplefilter('error')\n");
    assert_int_equal(PyErr_WarnEx(PyExc_UserWarning, "w1", 1), -1);
    expect_error(PyExc_UserWarning, "w1");
    assert_int_equal(PyErr_WarnEx(NULL, "w2", 1), -1);   /* no category: RuntimeWarning */
    expect_error(PyExc_RuntimeWarning, "w2");
    assert_int_equal(PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "w%d %R", 3, Py_None), -1);
    expect_error(PyExc_DeprecationWarning, "w3 None");
    assert_int_equal(PyErr_WarnExplicit(PyExc_UserWarning, "w5", "f.py", 3, "mod", NULL), -1);
    expect_error(PyExc_UserWarning, "w5");
    assert_int_equal(PyErr_WarnExplicit(NULL, "w6", "f.py", 3, "mod", NULL), -1);
    expect_error(PyExc_RuntimeWarning, "w6");
    assert_int_equal(PyErr_ResourceWarning(NULL, 1, "res %d", 1), -1);
    expect_error(PyExc_ResourceWarning, "res 1");
    Py_DECREF(g);
    g = py_exec("import warnings\nwarnings.simplefilter('ignore')\n");
    assert_int_equal(PyErr_WarnEx(PyExc_UserWarning, "w7", 1), 0);
    assert_null(PyErr_Occurred());
    Py_DECREF(g);
    g = py_exec("import warnings\nwarnings.resetwarnings()\n");
    Py_DECREF(g);
}

static void test_new_exception(void **state) {
    PyObject *e = PyErr_NewException("mod.MyError", NULL, NULL);
    PyObject *bases = PyObject_GetAttrString(e, "__bases__");
    assert_repr(bases, "(<class 'Exception'>,)");
    Py_DECREF(bases);
    Py_DECREF(e);
    assert_null(PyErr_NewException("noDot", NULL, NULL));
    expect_error(PyExc_SystemError, "PyErr_NewException: name must be module.class");
    PyObject *b = py_eval("(KeyError, ValueError)");
    e = PyErr_NewException("a.b.C", b, NULL);
    assert_repr(e, "<class 'a.b.C'>");
    Py_DECREF(e);
    Py_DECREF(b);
    PyObject *d = py_eval("{'x': 1}");
    e = PyErr_NewException("a.D", NULL, d);   /* __module__ goes into the given dict */
    assert_repr(e, "<class 'a.D'>");
    Py_DECREF(e);
    Py_DECREF(d);
    PyObject *five = PyLong_FromLong(5);
    assert_null(PyErr_NewException("a.E", five, NULL));
    expect_error(PyExc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    Py_DECREF(five);
    e = PyErr_NewExceptionWithDoc("m.Doc", "the doc", NULL, NULL);
    PyObject *doc = PyObject_GetAttrString(e, "__doc__");
    assert_str(doc, "the doc");
    Py_DECREF(doc);
    Py_DECREF(e);
}

static PyObject *null_without_error(PyObject *self, PyObject *unused) { return NULL; }
static PyObject *result_with_error(PyObject *self, PyObject *unused) {
    PyErr_SetString(PyExc_ValueError, "pending");
    return Py_NewRef(Py_None);
}
static PyMethodDef bad_defs[] = {
    {"nullfn", null_without_error, METH_NOARGS, NULL},
    {"resfn", result_with_error, METH_NOARGS, NULL},
    {NULL},
};
static PyModuleDef bad_module = {PyModuleDef_HEAD_INIT, "em", NULL, -1, bad_defs};

static void test_misbehaving_functions(void **state) {
    PyObject *m = PyModule_Create(&bad_module);
    PyObject *f = PyObject_GetAttrString(m, "nullfn");
    assert_null(PyObject_CallNoArgs(f));
    expect_error(PyExc_SystemError, "<built-in function nullfn> returned NULL without setting an exception");
    Py_DECREF(f);
    f = PyObject_GetAttrString(m, "resfn");
    assert_null(PyObject_CallNoArgs(f));
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    assert_str(v, "<built-in function resfn> returned a result with an exception set");
    PyObject *ctx = PyException_GetCause(v);   /* chained to the pending one */
    assert_repr(ctx, "ValueError('pending')");
    Py_DECREF(ctx);
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
    Py_DECREF(f);
    Py_DECREF(m);
}

static void test_context_and_chaining(void **state) {
    PyObject *t, *v, *tb, *t2, *v2, *tb2;
    PyErr_SetString(PyExc_ValueError, "ctx");
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    PyErr_SetString(PyExc_KeyError, "new");
    PyErr_Fetch(&t2, &v2, &tb2);
    PyErr_NormalizeException(&t2, &v2, &tb2);
    PyException_SetContext(v2, Py_NewRef(v));
    PyException_SetCause(v2, Py_NewRef(v));
    PyObject *c = PyException_GetContext(v2);
    assert_ptr_equal(c, v);
    Py_DECREF(c);
    c = PyObject_GetAttrString(v2, "__suppress_context__");
    assert_ptr_equal(c, Py_True);   /* setting a cause suppresses the context */
    Py_DECREF(c);
    PyObject *five = PyLong_FromLong(5);
    assert_int_equal(PyException_SetTraceback(v2, five), -1);
    expect_error(PyExc_TypeError, "__traceback__ must be a traceback or None");
    assert_int_equal(PyException_SetTraceback(v2, Py_None), 0);
    Py_DECREF(five);
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb); Py_XDECREF(t2); Py_XDECREF(v2); Py_XDECREF(tb2);
    assert_null(PyErr_GetHandledException());

    PyErr_SetString(PyExc_ValueError, "second");
    _PyErr_ChainExceptions(Py_NewRef(PyExc_KeyError), PyUnicode_FromString("first"), NULL);
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    assert_repr(v, "ValueError('second')");
    c = PyException_GetContext(v);
    assert_repr(c, "KeyError('first')");
    Py_DECREF(c);
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
    _PyErr_ChainExceptions(Py_NewRef(PyExc_KeyError), PyUnicode_FromString("alone"), NULL);
    expect_error(PyExc_KeyError, "'alone'");
}

/* An extension looping in C sees signals through PyErr_CheckSignals, which runs the
 * Python handlers. */
static void test_check_signals(void **state) {
    PyObject *g = py_exec("import signal\n"
                          "hits = []\n"
                          "def note(sig, frame): hits.append(sig)\n"
                          "def fail(sig, frame): raise ValueError('from handler')\n"
                          "signal.signal(signal.SIGUSR1, note)\n");
    assert_int_equal(PyErr_CheckSignals(), 0);
    assert_repr(PyDict_GetItemString(g, "hits"), "[]");
    raise(SIGUSR1);
    assert_int_equal(PyErr_CheckSignals(), 0);
    assert_null(PyErr_Occurred());
    assert_repr(PyDict_GetItemString(g, "hits"), "[10]");
    assert_int_equal(PyErr_CheckSignals(), 0);   /* once only */
    assert_repr(PyDict_GetItemString(g, "hits"), "[10]");

    PyObject *r = PyRun_String("signal.signal(signal.SIGUSR1, fail)", Py_eval_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    raise(SIGUSR1);
    assert_int_equal(PyErr_CheckSignals(), -1);
    expect_error(PyExc_ValueError, "from handler");
    assert_int_equal(PyErr_CheckSignals(), 0);

    raise(SIGINT);   /* default_int_handler */
    assert_int_equal(PyErr_CheckSignals(), -1);
    expect_error(PyExc_KeyboardInterrupt, "");
    r = PyRun_String("signal.signal(signal.SIGUSR1, signal.SIG_DFL)", Py_eval_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    Py_DECREF(g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_normalize),
        cmocka_unit_test(test_format_and_errno),
        cmocka_unit_test(test_warnings),
        cmocka_unit_test(test_new_exception),
        cmocka_unit_test(test_misbehaving_functions),
        cmocka_unit_test(test_context_and_chaining),
        cmocka_unit_test(test_check_signals),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
