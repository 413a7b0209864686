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

/* A strided memoryview gives what each request can take, and CPython's BufferError for the
 * rest; an array's format and item size come through when asked for. */
static void test_requests(void **state) {
    PyObject *mv = py_eval("memoryview(b'abcdef')[::2]");
    PyObject *m2 = py_eval("memoryview(bytearray(range(12))).cast('B', (3, 4))");
    PyObject *arr = py_eval("__import__('array').array('i', [1, 2, 3])");
    Py_buffer v;
    assert_int_equal(PyObject_GetBuffer(mv, &v, PyBUF_SIMPLE), -1);
    expect_error(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    assert_int_equal(PyObject_GetBuffer(mv, &v, PyBUF_ND), -1);
    expect_error(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    assert_int_equal(PyObject_GetBuffer(mv, &v, PyBUF_C_CONTIGUOUS), -1);
    expect_error(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    assert_int_equal(PyObject_GetBuffer(mv, &v, PyBUF_STRIDES), 0);
    assert_int_equal(v.strides[0], 2);
    assert_int_equal(v.ndim, 1);
    char out[4];
    assert_int_equal(PyBuffer_ToContiguous(out, &v, 3, 'C'), 0);
    assert_memory_equal(out, "ace", 3);
    PyBuffer_Release(&v);
    assert_int_equal(PyObject_GetBuffer(m2, &v, PyBUF_ND), 0);
    assert_int_equal(v.shape[1], 4);
    assert_null(v.strides);
    PyBuffer_Release(&v);
    assert_int_equal(PyObject_GetBuffer(m2, &v, PyBUF_SIMPLE), 0);
    assert_int_equal(v.len, 12);
    PyBuffer_Release(&v);
    assert_int_equal(PyObject_GetBuffer(arr, &v, PyBUF_FORMAT), 0);
    assert_string_equal(v.format, "i");
    assert_int_equal(v.itemsize, 4);
    assert_int_equal(v.len, 12);
    PyBuffer_Release(&v);
    assert_int_equal(PyObject_GetBuffer(arr, &v, PyBUF_SIMPLE), 0);
    assert_null(v.format);
    assert_int_equal(v.itemsize, 4);
    PyBuffer_Release(&v);
    assert_int_equal(PyObject_GetBuffer(arr, &v, PyBUF_FULL_RO), 0);
    assert_int_equal(v.shape[0], 3);
    assert_int_equal(v.strides[0], 4);
    assert_true(PyBuffer_IsContiguous(&v, 'C') && PyBuffer_IsContiguous(&v, 'F') && PyBuffer_IsContiguous(&v, 'A'));
    PyBuffer_Release(&v);
    PyObject *r = PyObject_CallMethod(mv, "release", NULL);
    Py_DECREF(r);
    assert_int_equal(PyObject_GetBuffer(mv, &v, PyBUF_SIMPLE), -1);
    expect_error(PyExc_ValueError, "operation forbidden on released memoryview object");
    Py_DECREF(arr); Py_DECREF(m2); Py_DECREF(mv);
}

static void test_exports_and_helpers(void **state) {
    PyObject *ba = PyByteArray_FromStringAndSize("abcd", 4), *b = PyBytes_FromString("abcd");
    Py_buffer v;
    assert_int_equal(PyObject_GetBuffer(ba, &v, PyBUF_WRITABLE), 0);
    assert_int_equal(v.readonly, 0);
    assert_int_equal(PyByteArray_Resize(ba, 10), -1);
    expect_error(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
    PyBuffer_Release(&v);
    assert_int_equal(PyByteArray_Resize(ba, 10), 0);
    char mem[4] = "wxyz";
    assert_int_equal(PyBuffer_FillInfo(&v, NULL, mem, 4, 1, PyBUF_WRITABLE), -1);
    expect_error(PyExc_BufferError, "Object is not writable.");
    assert_int_equal(PyBuffer_FillInfo(NULL, NULL, mem, 4, 1, 0), -1);
    expect_error(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete");
    assert_int_equal(PyBuffer_FillInfo(&v, NULL, mem, 4, 0, PyBUF_FULL), 0);
    assert_string_equal(v.format, "B");
    assert_int_equal(v.shape[0], 4);
    assert_int_equal(v.strides[0], 1);
    assert_null(v.obj);
    assert_int_equal(PyBuffer_SizeFromFormat("3d"), 24);
    assert_int_equal(PyBuffer_SizeFromFormat("q?"), 9);
    PyObject *i5 = PyLong_FromLong(5), *mv;
    assert_false(PyObject_CheckBuffer(i5));
    assert_null(PyMemoryView_FromObject(i5));
    expect_error(PyExc_TypeError, "memoryview: a bytes-like object is required, not 'int'");
    PyObject *strided = py_eval("memoryview(b'abcdef')[::2]");
    mv = PyMemoryView_GetContiguous(strided, PyBUF_READ, 'C');   /* a copy */
    PyObject *bytes = PyObject_CallMethod(mv, "tobytes", NULL);
    assert_repr(bytes, "b'ace'");
    Py_DECREF(bytes);
    Py_DECREF(mv);
    assert_null(PyMemoryView_GetContiguous(strided, PyBUF_WRITE, 'C'));
    expect_error(PyExc_BufferError, "underlying buffer is not writable");
    Py_DECREF(strided);
    mv = PyMemoryView_FromMemory(mem, 4, PyBUF_READ);
    PyObject *ro = PyObject_GetAttrString(mv, "readonly");
    assert_ptr_equal(ro, Py_True);
    Py_DECREF(ro);
    Py_DECREF(mv);
    Py_buffer fv;
    PyBuffer_FillInfo(&fv, NULL, NULL, 2, 1, PyBUF_FULL_RO);
    assert_null(PyMemoryView_FromBuffer(&fv));
    expect_error(PyExc_ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL");
    assert_int_equal(PyObject_CopyData(ba, b), 0);
    assert_int_equal(PyObject_CopyData(b, ba), -1);
    expect_error(PyExc_BufferError, "Object is not writable.");
    PyObject *small = PyByteArray_FromStringAndSize(NULL, 2);
    assert_int_equal(PyObject_CopyData(small, b), -1);
    expect_error(PyExc_BufferError, "destination is too small to receive data from source");
    Py_DECREF(small); Py_DECREF(i5); Py_DECREF(b); Py_DECREF(ba);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes_buffer),
        cmocka_unit_test(test_requests),
        cmocka_unit_test(test_exports_and_helpers),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
