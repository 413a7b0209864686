/* object.h and abstract.h's object protocol: repr/str, attributes, comparison, truth,
 * iteration, calls, running code. */
#include "abi_test.h"

static void test_object_protocol(void **state) {
    PyObject *l = PyObject_CallFunction(builtin("list"), "((iii))", 3, 1, 2);
    assert_non_null(l);
    PyObject *r = PyObject_Repr(l);
    assert_string_equal(PyUnicode_AsUTF8(r), "[3, 1, 2]");
    Py_DECREF(r);
    assert_int_equal(PyObject_Length(l), 3);
    PyObject *sorted = PyObject_CallMethod(l, "sort", NULL);
    assert_ptr_equal(sorted, Py_None);
    Py_DECREF(sorted);
    PyObject *zero = PyLong_FromLong(0);
    PyObject *first = PyObject_GetItem(l, zero);
    assert_int_equal(PyLong_AsLong(first), 1);
    Py_DECREF(first);
    assert_int_equal(PyObject_RichCompareBool(zero, zero, Py_EQ), 1);
    assert_int_equal(PyObject_IsTrue(l), 1);
    assert_int_equal(PyObject_HasAttrString(l, "append"), 1);
    assert_int_equal(PyObject_HasAttrString(l, "nope"), 0);
    assert_null(PyObject_GetAttrString(l, "nope"));
    expect_error(PyExc_AttributeError, "'list' object has no attribute 'nope'");
    PyObject *it = PyObject_GetIter(l), *item;
    long total = 0;
    while ((item = PyIter_Next(it))) {
        total += PyLong_AsLong(item);
        Py_DECREF(item);
    }
    assert_null(PyErr_Occurred());
    assert_int_equal(total, 6);
    Py_DECREF(it);
    Py_DECREF(zero);
    Py_DECREF(l);
    assert_int_equal(PyObject_Hash(Py_None) == -1, 0);
}

static void test_run_code(void **state) {
    assert_int_equal(PyRun_SimpleString("legacy_x = 6 * 7"), 0);
    PyObject *g = PyDict_New();
    PyObject *r = PyRun_String("21 * 2", Py_eval_input, g, g);
    assert_int_equal(PyLong_AsLong(r), 42);
    Py_DECREF(r);
    r = PyRun_String("def f(a):\n    return a + 1\ny = f(1)\n", Py_file_input, g, g);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    assert_int_equal(PyLong_AsLong(PyDict_GetItemString(g, "y")), 2);
    assert_null(PyRun_String("1 +", Py_eval_input, g, g));
    assert_true(PyErr_ExceptionMatches(PyExc_Exception));
    PyErr_Clear();
    Py_DECREF(g);

    _Py_IDENTIFIER(upper);
    PyObject *s = PyUnicode_FromString("abc");
    PyObject *u = _PyObject_CallMethodId(s, &PyId_upper, NULL);
    assert_string_equal(PyUnicode_AsUTF8(u), "ABC");
    Py_ssize_t i = 7;
    assert_int_equal(_PyEval_SliceIndex(Py_None, &i), 1);
    assert_int_equal(i, 7);
    assert_int_equal(_PyEval_SliceIndex(s, &i), 0);
    expect_error(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
    Py_DECREF(u);
    Py_DECREF(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_object_protocol),
        cmocka_unit_test(test_run_code),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
