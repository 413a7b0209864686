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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_capsules),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
