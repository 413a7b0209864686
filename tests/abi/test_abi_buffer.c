/* Buffer protocol (object.h/abstract.h): PyObject_GetBuffer with each request flag,
 * PyBuffer_Release, PyBuffer_FillInfo, contiguity helpers, memoryviews over buffers. */
#include "abi_test.h"

static void test_bytes_buffer(void **state) {
    PyObject *b = PyBytes_FromString("abc");
    Py_buffer view;
    assert_int_equal(PyObject_GetBuffer(b, &view, PyBUF_SIMPLE), 0);
    assert_int_equal(view.len, 3);
    assert_memory_equal(view.buf, "abc", 3);
    assert_int_equal(view.readonly, 1);
    PyBuffer_Release(&view);
    assert_null(view.obj);
    assert_int_equal(PyObject_GetBuffer(b, &view, PyBUF_WRITABLE), -1);
    expect_error(PyExc_BufferError, "Object is not writable.");
    assert_int_equal(PyObject_GetBuffer(Py_None, &view, PyBUF_SIMPLE), -1);
    expect_error(PyExc_TypeError, "a bytes-like object is required, not 'NoneType'");
    Py_DECREF(b);

}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes_buffer),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
