/* unicodeobject.h: PEP 393 macros, creation, PyUnicode_FromFormat, codecs and their errors. */
#include "abi_test.h"

static void test_strings(void **state) {
    PyObject *s = PyUnicode_FromString("h\xc3\xa9llo");
    assert_int_equal(PyUnicode_GET_LENGTH(s), 5);
    assert_int_equal(PyUnicode_KIND(s), PyUnicode_1BYTE_KIND);
    assert_int_equal(PyUnicode_READ_CHAR(s, 1), 0xe9);
    assert_int_equal(PyUnicode_MAX_CHAR_VALUE(s), 0xff);
    Py_ssize_t n;
    assert_string_equal(PyUnicode_AsUTF8AndSize(s, &n), "h\xc3\xa9llo");
    assert_int_equal(n, 6);
    PyObject *e = PyUnicode_FromString("\xe2\x82\xac");
    assert_int_equal(PyUnicode_KIND(e), PyUnicode_2BYTE_KIND);
    assert_int_equal(PyUnicode_READ(PyUnicode_KIND(e), PyUnicode_DATA(e), 0), 0x20ac);
    PyObject *f = PyUnicode_FromFormat("%s=%d %R %S %zd %c", "x", -5, s, e, (Py_ssize_t)12, 'z');
    assert_string_equal(PyUnicode_AsUTF8(f), "x=-5 'h\xc3\xa9llo' \xe2\x82\xac 12 z");
    PyObject *nw = PyUnicode_New(3, 0x10ffff);
    assert_int_equal(PyUnicode_KIND(nw), PyUnicode_4BYTE_KIND);
    for (int i = 0; i < 3; i++) PyUnicode_WRITE(PyUnicode_KIND(nw), PyUnicode_DATA(nw), i, 0x1f600 + i);
    assert_int_equal(PyUnicode_ReadChar(nw, 2), 0x1f602);
    assert_int_equal(PyUnicode_CompareWithASCIIString(PyUnicode_FromString("abc"), "abd"), -1);
    assert_null(PyUnicode_FromStringAndSize("\xff", 1));
    assert_true(PyErr_ExceptionMatches(PyExc_UnicodeDecodeError));
    PyErr_Clear();
    PyObject *b = PyBytes_FromStringAndSize("ab\0c", 4);
    assert_int_equal(PyBytes_GET_SIZE(b), 4);
    assert_int_equal(PyBytes_AS_STRING(b)[3], 'c');
    char *buf;
    assert_int_equal(PyBytes_AsStringAndSize(b, &buf, NULL), -1);
    expect_error(PyExc_ValueError, "embedded null byte");
    assert_int_equal(_PyBytes_Resize(&b, 2), 0);
    assert_int_equal(PyBytes_Size(b), 2);
    assert_null(PyBytes_AsString(s));
    expect_error(PyExc_TypeError, "expected bytes, str found");
    Py_DECREF(b); Py_DECREF(nw); Py_DECREF(f); Py_DECREF(e); Py_DECREF(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strings),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
