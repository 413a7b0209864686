/* pyerrors.h: setting, fetching, normalizing and formatting exceptions, warnings. */
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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
