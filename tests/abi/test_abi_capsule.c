/* pycapsule.h: names, pointers, destructors, contexts and their errors. */
#include "abi_test.h"

static void destructor_count(PyObject *cap) { (*(int *)PyCapsule_GetPointer(cap, "t.cap"))++; }

static void test_capsules(void **state) {
    int calls = 0;
    PyObject *c = PyCapsule_New(&calls, "t.cap", destructor_count);
    assert_ptr_equal(PyCapsule_GetPointer(c, "t.cap"), &calls);
    assert_true(PyCapsule_IsValid(c, "t.cap"));
    assert_false(PyCapsule_IsValid(c, "other"));
    assert_null(PyCapsule_GetPointer(c, "other"));
    expect_error(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name");
    assert_null(PyCapsule_New(NULL, "x", NULL));
    expect_error(PyExc_ValueError, "PyCapsule_New called with null pointer");
    Py_DECREF(c);
    assert_int_equal(calls, 1);
}

static void test_not_a_capsule(void **state) {
    int x = 0;
    PyObject *i5 = PyLong_FromLong(5), *unnamed = PyCapsule_New(&x, NULL, NULL), *c = PyCapsule_New(&x, "m.cap", NULL);
    assert_ptr_equal(PyCapsule_GetPointer(unnamed, NULL), &x);
    assert_null(PyCapsule_GetPointer(unnamed, "x"));
    expect_error(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name");
    assert_null(PyCapsule_GetPointer(c, NULL));
    expect_error(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name");
    assert_null(PyCapsule_GetPointer(i5, "m.cap"));
    expect_error(PyExc_ValueError, "PyCapsule_GetPointer called with invalid PyCapsule object");
    assert_null(PyCapsule_GetName(i5));
    expect_error(PyExc_ValueError, "PyCapsule_GetName called with invalid PyCapsule object");
    assert_null(PyCapsule_GetContext(i5));
    expect_error(PyExc_ValueError, "PyCapsule_GetContext called with invalid PyCapsule object");
    assert_null(PyCapsule_GetDestructor(i5));
    expect_error(PyExc_ValueError, "PyCapsule_GetDestructor called with invalid PyCapsule object");
    assert_int_equal(PyCapsule_SetPointer(c, NULL), -1);
    expect_error(PyExc_ValueError, "PyCapsule_SetPointer called with null pointer");
    assert_int_equal(PyCapsule_SetPointer(i5, &x), -1);
    expect_error(PyExc_ValueError, "PyCapsule_SetPointer called with invalid PyCapsule object");
    assert_int_equal(PyCapsule_SetName(i5, "n"), -1);
    expect_error(PyExc_ValueError, "PyCapsule_SetName called with invalid PyCapsule object");
    assert_int_equal(PyCapsule_SetContext(i5, &x), -1);
    expect_error(PyExc_ValueError, "PyCapsule_SetContext called with invalid PyCapsule object");
    assert_int_equal(PyCapsule_SetDestructor(i5, NULL), -1);
    expect_error(PyExc_ValueError, "PyCapsule_SetDestructor called with invalid PyCapsule object");
    assert_int_equal(PyCapsule_SetContext(c, &x), 0);
    assert_ptr_equal(PyCapsule_GetContext(c), &x);
    assert_int_equal(PyCapsule_SetName(c, "m.other"), 0);
    assert_string_equal(PyCapsule_GetName(c), "m.other");
    assert_true(PyCapsule_IsValid(c, "m.other"));
    assert_false(PyCapsule_IsValid(i5, NULL));
    assert_false(PyCapsule_IsValid(NULL, NULL));
    assert_null(PyErr_Occurred());
    assert_true(PyCapsule_CheckExact(c));
    Py_DECREF(c); Py_DECREF(unnamed); Py_DECREF(i5);
}

static int shared;

static void test_import(void **state) {
    assert_null(PyCapsule_Import("nosuchmod.cap", 0));
    expect_error(PyExc_ImportError, "PyCapsule_Import could not import module \"nosuchmod\"");
    assert_null(PyCapsule_Import("sys.maxsize", 0));
    expect_error(PyExc_AttributeError, "PyCapsule_Import \"sys.maxsize\" is not valid");
    assert_null(PyCapsule_Import("sys", 0));
    expect_error(PyExc_AttributeError, "PyCapsule_Import \"sys\" is not valid");
    assert_null(PyCapsule_Import("os.path.nope", 0));
    expect_error(PyExc_AttributeError, "module 'posixpath' has no attribute 'nope'");
    PyObject *m = PyImport_AddModule("capmod");   /* borrowed, registered in sys.modules */
    assert_int_equal(PyModule_AddObject(m, "cap", PyCapsule_New(&shared, "capmod.cap", NULL)), 0);
    assert_int_equal(PyModule_AddObject(m, "wrong", PyCapsule_New(&shared, "capmod.other", NULL)), 0);
    assert_ptr_equal(PyCapsule_Import("capmod.cap", 0), &shared);
    assert_null(PyCapsule_Import("capmod.wrong", 0));
    expect_error(PyExc_AttributeError, "PyCapsule_Import \"capmod.wrong\" is not valid");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_capsules),
        cmocka_unit_test(test_not_a_capsule),
        cmocka_unit_test(test_import),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
