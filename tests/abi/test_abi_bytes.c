/* bytesobject.h and bytearrayobject.h: access and its type errors, construction from
 * objects, PyBytes_FromFormat's own (narrower) conversions, concatenation, resizing. */
#include "abi_test.h"

/* The formats below include conversions 3.11 does not know, on purpose. */
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"

static void expect_bad_internal_call(void) {
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
}

static void test_access(void **state) {
    PyObject *b = PyBytes_FromStringAndSize("ab\0c", 4), *s = PyUnicode_FromString("x");
    PyObject *ba = PyByteArray_FromStringAndSize("xy", 2);
    assert_int_equal(PyBytes_GET_SIZE(b), 4);
    assert_int_equal(PyBytes_AS_STRING(b)[3], 'c');
    char *buf;
    Py_ssize_t n;
    assert_int_equal(PyBytes_AsStringAndSize(b, &buf, NULL), -1);
    expect_error(PyExc_ValueError, "embedded null byte");
    assert_int_equal(PyBytes_AsStringAndSize(b, &buf, &n), 0);
    assert_int_equal(n, 4);
    assert_int_equal(PyBytes_AsStringAndSize(s, &buf, &n), -1);
    expect_error(PyExc_TypeError, "expected bytes, str found");
    assert_null(PyBytes_AsString(s));
    expect_error(PyExc_TypeError, "expected bytes, str found");
    assert_int_equal(PyBytes_Size(ba), -1);
    expect_error(PyExc_TypeError, "expected bytes, bytearray found");
    assert_null(PyBytes_FromStringAndSize("ab", -1));
    expect_error(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
    assert_int_equal(_PyBytes_Resize(&b, 2), 0);
    assert_int_equal(PyBytes_Size(b), 2);
    assert_int_equal(_PyBytes_Resize(&b, 5), 0);
    assert_int_equal(PyBytes_GET_SIZE(b), 5);
    assert_int_equal(_PyBytes_Resize(&b, -1), -1);
    assert_null(b);
    expect_bad_internal_call();

    assert_string_equal(PyByteArray_AsString(ba), "xy");
    assert_int_equal(PyByteArray_Resize(ba, 5), 0);
    assert_int_equal(PyByteArray_Size(ba), 5);
    assert_null(PyByteArray_FromStringAndSize("ab", -1));
    expect_error(PyExc_SystemError, "Negative size passed to PyByteArray_FromStringAndSize");
    assert_null(PyByteArray_FromObject(s));
    expect_error(PyExc_TypeError, "string argument without an encoding");
    assert_null(PyByteArray_Concat(ba, s));
    expect_error(PyExc_TypeError, "can't concat str to bytearray");
    PyObject *a = PyBytes_FromString("a"), *c = PyByteArray_Concat(a, a);
    assert_repr(c, "bytearray(b'aa')");
    Py_DECREF(c); Py_DECREF(a); Py_DECREF(ba); Py_DECREF(s);
}

static void test_from_object(void **state) {
    PyObject *o, *r;
    const char *bad[][3] = {
        {"[1, 300]", "ValueError", "bytes must be in range(0, 256)"},
        {"5", "TypeError", "cannot convert 'int' object to bytes"},
        {"'x'", "TypeError", "cannot convert 'str' object to bytes"},
        {"['a']", "TypeError", "'str' object cannot be interpreted as an integer"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        o = py_eval(bad[i][0]);
        assert_null(PyBytes_FromObject(o));
        expect_error(bad[i][1][0] == 'V' ? PyExc_ValueError : PyExc_TypeError, bad[i][2]);
        Py_DECREF(o);
    }
    o = py_eval("memoryview(b'mv')");
    r = PyBytes_FromObject(o);
    assert_repr(r, "b'mv'");
    Py_DECREF(r);
    Py_DECREF(o);
    o = py_eval("b\"'\\\"\"");
    r = PyBytes_Repr(o, 1);
    assert_str(r, "b'\\'\"'");
    Py_DECREF(r);
    Py_DECREF(o);
    assert_null(PyBytes_DecodeEscape("\\x4", 3, NULL, 0, NULL));
    expect_error(PyExc_ValueError, "invalid \\x escape at position 0");
    r = PyBytes_DecodeEscape("a\\n\\x41", 7, NULL, 0, NULL);
    assert_repr(r, "b'a\\nA'");
    Py_DECREF(r);
}

/* PyBytes_FromFormat is not PyUnicode_FromFormat: widths are skipped, no object
 * conversions, %s is copied byte for byte, %c takes 0..255. */
static void test_from_format(void **state) {
    PyObject *f;
#define FMT(want, ...)                                                \
    f = PyBytes_FromFormat(__VA_ARGS__);                              \
    assert_non_null(f);                                               \
    assert_int_equal(PyBytes_GET_SIZE(f), sizeof want - 1);           \
    assert_memory_equal(PyBytes_AS_STRING(f), want, sizeof want - 1); \
    Py_DECREF(f)
    FMT("5-str-\xc8-ff--1-0x10|3|ab|%U", "%d-%s-%c-%x-%zd-%p|%5d|%.2s|%U", 5, "str", 200, 255,
        (Py_ssize_t)-1, (void *)0x10, 3, "abc", Py_None);
    FMT("[1][2][3][-4][5][6][-7][8][9]", "[%5d][%.3d][%05d][%ld][%lu][%zu][%zd][%i][%u]", 1, 2, 3, -4L,
        5UL, (size_t)6, (Py_ssize_t)-7, 8, 9u);
    FMT("[%lld]", "[%lld]", 1LL);
    FMT("[ab][c][abc][1]", "[%8s][%.1s][%.0s][%-3d]", "ab", "cd", "abc", 1);
    FMT("\xff\xfe", "%s", "\xff\xfe");
    FMT("[%][ff][%X]", "[%%][%x][%X]", 255, 255);
    FMT("a%", "a%");
#undef FMT
    assert_null(PyBytes_FromFormat("[%c]", 256));
    expect_error(PyExc_OverflowError, "PyBytes_FromFormatV(): %c format expects an integer in range [0; 255]");
}

static void test_concat(void **state) {
    PyObject *c = PyBytes_FromString("ab"), *cd = PyBytes_FromString("cd"), *s = PyUnicode_FromString("x");
    PyBytes_Concat(&c, cd);
    assert_repr(c, "b'abcd'");
    PyBytes_Concat(&c, s);
    assert_null(c);
    expect_error(PyExc_TypeError, "can't concat str to bytes");
    c = PyBytes_FromString("ab");
    PyBytes_ConcatAndDel(&c, PyByteArray_FromStringAndSize("!", 1));   /* any buffer */
    assert_repr(c, "b'ab!'");
    PyBytes_Concat(&c, NULL);
    assert_null(c);
    Py_DECREF(s);
    Py_DECREF(cd);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_access),
        cmocka_unit_test(test_from_object),
        cmocka_unit_test(test_from_format),
        cmocka_unit_test(test_concat),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
