/* tupleobject.h and listobject.h: item access and its bounds, slices, packing, resizing,
 * sorting, and the SystemError every function gives for an object of the wrong type. */
#include "abi_test.h"

/* CPython's message names its source line: only the type is compared. */
static void expect_bad_internal_call(void) {
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
}

static void test_tuple(void **state) {
    PyObject *t = py_eval("(1, 2, 3)"), *l = py_eval("[1]");
    assert_null(PyTuple_GetItem(t, 3));
    expect_error(PyExc_IndexError, "tuple index out of range");
    assert_null(PyTuple_GetItem(t, -1));
    expect_error(PyExc_IndexError, "tuple index out of range");
    assert_null(PyTuple_GetItem(l, 0));
    expect_bad_internal_call();
    assert_int_equal(PyTuple_Size(l), -1);
    expect_bad_internal_call();
    assert_null(PyTuple_GetSlice(l, 0, 1));   /* used to read the list as a tuple */
    expect_bad_internal_call();
    assert_null(PyTuple_New(-1));
    expect_bad_internal_call();
    PyObject *s = PyTuple_GetSlice(t, 1, 100);
    assert_repr(s, "(2, 3)");
    Py_DECREF(s);
    s = PyTuple_GetSlice(t, -5, 2);
    assert_repr(s, "(1, 2)");
    Py_DECREF(s);
    s = PyTuple_Pack(0);
    assert_repr(s, "()");
    Py_DECREF(s);

    PyObject *t2 = PyTuple_New(2);
    assert_int_equal(PyTuple_SetItem(t2, 2, PyLong_FromLong(5)), -1);
    expect_error(PyExc_IndexError, "tuple assignment index out of range");
    assert_int_equal(PyTuple_SetItem(t2, 0, PyLong_FromLong(5)), 0);
    assert_int_equal(PyTuple_SetItem(l, 0, PyLong_FromLong(5)), -1);
    expect_bad_internal_call();
    PyTuple_SET_ITEM(t2, 1, PyUnicode_FromString("a"));
    assert_repr(t2, "(5, 'a')");
    /* A tuple someone else holds may not change. */
    Py_INCREF(t2);
    assert_int_equal(PyTuple_SetItem(t2, 0, PyLong_FromLong(6)), -1);
    expect_bad_internal_call();
    Py_DECREF(t2);

    /* A tagged int inside a tuple made by Python code is boxed once, in place. */
    PyObject *big = py_eval("(2000, 2001)");
    assert_ptr_equal(PyTuple_GET_ITEM(big, 0), PyTuple_GET_ITEM(big, 0));
    assert_int_equal(PyLong_AsLong(PyTuple_GetItem(big, 1)), 2001);
    Py_DECREF(big);

    assert_int_equal(_PyTuple_Resize(&t2, 1), 0);
    assert_repr(t2, "(5,)");
    assert_int_equal(_PyTuple_Resize(&t2, 3), 0);
    assert_int_equal(PyTuple_GET_SIZE(t2), 3);
    PyTuple_SET_ITEM(t2, 1, PyLong_FromLong(1));
    PyTuple_SET_ITEM(t2, 2, PyLong_FromLong(2));
    assert_repr(t2, "(5, 1, 2)");
    Py_DECREF(t2);
    PyObject *notuple = PyList_New(0);
    assert_int_equal(_PyTuple_Resize(&notuple, 1), -1);
    assert_null(notuple);
    expect_bad_internal_call();
    Py_DECREF(l);
    Py_DECREF(t);
}

static void test_list(void **state) {
    PyObject *l = py_eval("[1, 2, 3]"), *t = py_eval("(1,)"), *s = PyUnicode_FromString("x");
    assert_null(PyList_GetItem(l, 3));
    expect_error(PyExc_IndexError, "list index out of range");
    assert_null(PyList_GetItem(l, -1));
    expect_error(PyExc_IndexError, "list index out of range");
    assert_null(PyList_GetItem(t, 0));
    expect_bad_internal_call();
    assert_int_equal(PyList_SetItem(l, 5, PyLong_FromLong(9)), -1);
    expect_error(PyExc_IndexError, "list assignment index out of range");
    assert_int_equal(PyList_SetItem(t, 0, PyLong_FromLong(9)), -1);
    expect_bad_internal_call();
    assert_int_equal(PyList_Insert(l, -100, PyLong_FromLong(0)), 0);
    assert_int_equal(PyList_Insert(l, 100, PyLong_FromLong(4)), 0);
    assert_repr(l, "[0, 1, 2, 3, 4]");
    assert_int_equal(PyList_Insert(l, 0, NULL), -1);
    expect_bad_internal_call();
    assert_int_equal(PyList_Append(l, NULL), -1);
    expect_bad_internal_call();
    assert_int_equal(PyList_Append(t, s), -1);
    expect_bad_internal_call();
    PyObject *sl = PyList_GetSlice(l, 1, 3);
    assert_repr(sl, "[1, 2]");
    Py_DECREF(sl);
    assert_null(PyList_GetSlice(t, 0, 1));
    expect_bad_internal_call();
    assert_int_equal(PyList_SetSlice(l, 0, 2, NULL), 0);
    assert_repr(l, "[2, 3, 4]");
    PyObject *five = PyLong_FromLong(5), *ab = PyUnicode_FromString("ab");
    assert_int_equal(PyList_SetSlice(l, 0, 1, five), -1);
    expect_error(PyExc_TypeError, "can only assign an iterable");
    assert_int_equal(PyList_SetSlice(l, 0, 1, ab), 0);
    assert_repr(l, "['a', 'b', 3, 4]");
    assert_int_equal(PyList_Sort(l), -1);
    expect_error(PyExc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    assert_int_equal(PyList_Sort(t), -1);
    expect_bad_internal_call();
    assert_int_equal(PyList_Reverse(l), 0);
    assert_repr(l, "[4, 3, 'b', 'a']");
    assert_int_equal(PyList_Reverse(t), -1);
    expect_bad_internal_call();
    PyObject *tup = PyList_AsTuple(l);
    assert_repr(tup, "(4, 3, 'b', 'a')");
    Py_DECREF(tup);
    assert_null(PyList_AsTuple(t));
    expect_bad_internal_call();
    assert_null(PyList_New(-1));
    expect_bad_internal_call();
    assert_int_equal(PyList_Size(t), -1);
    expect_bad_internal_call();
    Py_DECREF(ab); Py_DECREF(five); Py_DECREF(s); Py_DECREF(t); Py_DECREF(l);

    /* A list made by Python code holds tagged ints: GET_ITEM boxes them in place. */
    PyObject *r = PyObject_CallFunction(builtin("range"), "ii", 2000, 2003);
    l = PySequence_List(r);
    PyObject *x = PyList_GET_ITEM(l, 0);
    assert_ptr_equal(x, PyList_GET_ITEM(l, 0));
    assert_int_equal(PyLong_AsLong(x), 2000);
    t = PySequence_Tuple(l);
    assert_int_equal(PyTuple_GET_SIZE(t), 3);
    assert_int_equal(PyLong_AsLong(PyTuple_GetItem(t, 2)), 2002);
    Py_DECREF(t); Py_DECREF(l); Py_DECREF(r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tuple),
        cmocka_unit_test(test_list),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
