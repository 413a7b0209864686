/* longobject.h: PyLong_As and From for every C integer type, their overflow and type
 * errors, negative values for unsigned types, __index__ users, byte-array conversions. */
#include "abi_test.h"

static PyObject *big, *nbig, *minus1, *flt, *idx, *badidx;

static int setup(void **state) {
    if (abi_setup(state)) return -1;
    big = py_eval("2**64");
    nbig = py_eval("-2**64");
    minus1 = py_eval("-1");
    flt = py_eval("2.5");
    idx = py_eval("type('I', (), {'__index__': lambda s: 7})()");
    badidx = py_eval("type('B', (), {'__index__': lambda s: 'no'})()");
    return 0;
}

/* PyLong_AsLong/LongLong/_PyLong_AsInt and the AndOverflow forms take __index__. */
static void test_signed(void **state) {
    assert_int_equal(PyLong_AsLong(big), -1);
    expect_error(PyExc_OverflowError, "Python int too large to convert to C long");
    assert_int_equal(PyLong_AsLong(nbig), -1);
    expect_error(PyExc_OverflowError, "Python int too large to convert to C long");
    assert_int_equal(PyLong_AsLong(flt), -1);
    expect_error(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    assert_int_equal(PyLong_AsLong(idx), 7);
    assert_int_equal(PyLong_AsLong(badidx), -1);
    expect_error(PyExc_TypeError, "__index__ returned non-int (type str)");
    assert_int_equal(PyLong_AsLong(Py_True), 1);
    assert_int_equal(PyLong_AsLong(NULL), -1);
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();

    assert_int_equal(PyLong_AsLongLong(big), -1);
    expect_error(PyExc_OverflowError, "int too big to convert");
    assert_int_equal(PyLong_AsLongLong(nbig), -1);
    expect_error(PyExc_OverflowError, "int too big to convert");
    assert_int_equal(PyLong_AsLongLong(idx), 7);
    assert_int_equal(PyLong_AsLongLong(badidx), -1);
    expect_error(PyExc_TypeError, "__index__ returned non-int (type str)");

    PyObject *v = py_eval("2**31");
    assert_int_equal(_PyLong_AsInt(v), -1);
    expect_error(PyExc_OverflowError, "Python int too large to convert to C int");
    Py_DECREF(v);
    v = py_eval("-2**31");
    assert_int_equal(_PyLong_AsInt(v), INT_MIN);
    Py_DECREF(v);
    assert_int_equal(_PyLong_AsInt(flt), -1);
    expect_error(PyExc_TypeError, "'float' object cannot be interpreted as an integer");

    int overflow = 7;
    assert_int_equal(PyLong_AsLongAndOverflow(big, &overflow), -1);
    assert_int_equal(overflow, 1);
    assert_int_equal(PyLong_AsLongAndOverflow(nbig, &overflow), -1);
    assert_int_equal(overflow, -1);
    assert_null(PyErr_Occurred());
    assert_int_equal(PyLong_AsLongAndOverflow(idx, &overflow), 7);
    assert_int_equal(overflow, 0);
    overflow = 7;
    assert_int_equal(PyLong_AsLongAndOverflow(flt, &overflow), -1);
    assert_int_equal(overflow, 0);
    expect_error(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    v = py_eval("2**63");
    assert_int_equal(PyLong_AsLongLongAndOverflow(v, &overflow), -1);
    assert_int_equal(overflow, 1);
    Py_DECREF(v);
    v = py_eval("-2**63");
    assert_true(PyLong_AsLongLongAndOverflow(v, &overflow) == LLONG_MIN);
    assert_int_equal(overflow, 0);
    Py_DECREF(v);
}

/* Ssize_t, the unsigned types and double take ints only (no __index__). */
static void test_exact_int_only(void **state) {
    assert_int_equal(PyLong_AsSsize_t(big), -1);
    expect_error(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    assert_int_equal(PyLong_AsSsize_t(nbig), -1);
    expect_error(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    assert_int_equal(PyLong_AsSsize_t(idx), -1);
    expect_error(PyExc_TypeError, "an integer is required");

    assert_true(PyLong_AsUnsignedLong(big) == (unsigned long)-1);
    expect_error(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
    assert_true(PyLong_AsUnsignedLong(minus1) == (unsigned long)-1);
    expect_error(PyExc_OverflowError, "can't convert negative value to unsigned int");
    assert_true(PyLong_AsUnsignedLong(idx) == (unsigned long)-1);
    expect_error(PyExc_TypeError, "an integer is required");

    assert_true(PyLong_AsUnsignedLongLong(big) == (unsigned long long)-1);
    expect_error(PyExc_OverflowError, "int too big to convert");
    assert_true(PyLong_AsUnsignedLongLong(minus1) == (unsigned long long)-1);
    expect_error(PyExc_OverflowError, "can't convert negative int to unsigned");
    assert_true(PyLong_AsUnsignedLongLong(flt) == (unsigned long long)-1);
    expect_error(PyExc_TypeError, "an integer is required");

    assert_true(PyLong_AsSize_t(big) == (size_t)-1);
    expect_error(PyExc_OverflowError, "Python int too large to convert to C size_t");
    assert_true(PyLong_AsSize_t(minus1) == (size_t)-1);
    expect_error(PyExc_OverflowError, "can't convert negative value to size_t");
    assert_true(PyLong_AsSize_t(idx) == (size_t)-1);
    expect_error(PyExc_TypeError, "an integer is required");

    PyObject *v = py_eval("2**1100");
    assert_true(PyLong_AsDouble(v) == -1.0);
    expect_error(PyExc_OverflowError, "int too large to convert to float");
    Py_DECREF(v);
    v = py_eval("2**53 + 1");
    assert_true(PyLong_AsDouble(v) == 9007199254740992.0);   /* rounds to even */
    Py_DECREF(v);
    assert_true(PyLong_AsDouble(idx) == -1.0);
    expect_error(PyExc_TypeError, "an integer is required");

    assert_null(PyLong_AsVoidPtr(big));
    expect_error(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
    assert_null(PyLong_AsVoidPtr(flt));
    expect_error(PyExc_TypeError, "an integer is required");
    assert_ptr_equal(PyLong_AsVoidPtr(minus1), (void *)(intptr_t)-1);
    v = PyLong_FromVoidPtr((void *)0x1234);
    assert_int_equal(PyLong_AsLong(v), 0x1234);
    assert_ptr_equal(PyLong_AsVoidPtr(v), (void *)0x1234);
    Py_DECREF(v);
}

/* The Mask forms wrap around and take __index__. */
static void test_masks(void **state) {
    assert_true(PyLong_AsUnsignedLongMask(big) == 0);
    PyObject *v = py_eval("2**64 + 5");
    assert_true(PyLong_AsUnsignedLongMask(v) == 5);
    Py_DECREF(v);
    assert_true(PyLong_AsUnsignedLongMask(minus1) == ULONG_MAX);
    assert_true(PyLong_AsUnsignedLongMask(idx) == 7);
    assert_true(PyLong_AsUnsignedLongMask(flt) == (unsigned long)-1);
    expect_error(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    assert_true(PyLong_AsUnsignedLongMask(badidx) == (unsigned long)-1);
    expect_error(PyExc_TypeError, "__index__ returned non-int (type str)");
    v = py_eval("-2**64 - 3");
    assert_true(PyLong_AsUnsignedLongLongMask(v) == ULLONG_MAX - 2);
    Py_DECREF(v);
    assert_true(PyLong_AsUnsignedLongLongMask(idx) == 7);
}

/* Every From, at the ends of each C type. */
static void test_from(void **state) {
    PyObject *v;
    v = PyLong_FromLong(LONG_MIN);
    assert_str(v, "-9223372036854775808");
    Py_DECREF(v);
    v = PyLong_FromUnsignedLong(ULONG_MAX);
    assert_str(v, "18446744073709551615");
    assert_true(PyLong_AsUnsignedLong(v) == ULONG_MAX);
    Py_DECREF(v);
    v = PyLong_FromLongLong(LLONG_MIN);
    assert_true(PyLong_AsLongLong(v) == LLONG_MIN);
    Py_DECREF(v);
    v = PyLong_FromUnsignedLongLong(ULLONG_MAX);
    assert_true(PyLong_AsUnsignedLongLong(v) == ULLONG_MAX);
    Py_DECREF(v);
    v = PyLong_FromSsize_t(PY_SSIZE_T_MIN);
    assert_true(PyLong_AsSsize_t(v) == PY_SSIZE_T_MIN);
    Py_DECREF(v);
    v = PyLong_FromSize_t(SIZE_MAX);
    assert_true(PyLong_AsSize_t(v) == SIZE_MAX);
    Py_DECREF(v);
    v = PyLong_FromDouble(-2.7);
    assert_int_equal(PyLong_AsLong(v), -2);
    Py_DECREF(v);
    v = PyLong_FromDouble(1e20);
    assert_str(v, "100000000000000000000");
    Py_DECREF(v);
    assert_null(PyLong_FromDouble(-HUGE_VAL));
    expect_error(PyExc_OverflowError, "cannot convert float infinity to integer");
    assert_null(PyLong_FromDouble(NAN));
    expect_error(PyExc_ValueError, "cannot convert float NaN to integer");
    v = PyLong_FromVoidPtr(NULL);
    assert_int_equal(PyLong_AsLong(v), 0);
    Py_DECREF(v);
    v = PyBool_FromLong(42);
    assert_ptr_equal(v, Py_True);
    Py_DECREF(v);
    v = py_eval("type('S', (int,), {})(5)");
    assert_true(PyLong_Check(v));
    assert_false(PyLong_CheckExact(v));
    assert_int_equal(PyLong_AsLong(v), 5);
    assert_true(PyLong_AsDouble(v) == 5.0);
    Py_DECREF(v);
    assert_true(PyLong_Check(Py_True));
}

static void test_from_string(void **state) {
    char *end = NULL;
    PyObject *v = PyLong_FromString("  12_3  ", &end, 10);
    assert_int_equal(PyLong_AsLong(v), 123);
    assert_int_equal(*end, '\0');
    Py_DECREF(v);
    v = PyLong_FromString("0x1f", NULL, 0);
    assert_int_equal(PyLong_AsLong(v), 31);
    Py_DECREF(v);
    v = PyLong_FromString("z", NULL, 36);
    assert_int_equal(PyLong_AsLong(v), 35);
    Py_DECREF(v);
    v = PyLong_FromString("99999999999999999999999", NULL, 10);
    assert_str(v, "99999999999999999999999");
    Py_DECREF(v);
    assert_null(PyLong_FromString("x", NULL, 10));
    expect_error(PyExc_ValueError, "invalid literal for int() with base 10: 'x'");
    assert_null(PyLong_FromString("", NULL, 10));
    expect_error(PyExc_ValueError, "invalid literal for int() with base 10: ''");
    assert_null(PyLong_FromString("012", NULL, 0));
    expect_error(PyExc_ValueError, "invalid literal for int() with base 0: '012'");
    assert_null(PyLong_FromString("1 2", NULL, 10));
    expect_error(PyExc_ValueError, "invalid literal for int() with base 10: '1 2'");
    assert_null(PyLong_FromString("12", NULL, 1));
    expect_error(PyExc_ValueError, "int() arg 2 must be >= 2 and <= 36");
    assert_null(PyLong_FromString("12", NULL, 37));
    expect_error(PyExc_ValueError, "int() arg 2 must be >= 2 and <= 36");

    PyObject *s = py_eval("'\\u0661\\u0662'");   /* Arabic-Indic digits */
    v = PyLong_FromUnicodeObject(s, 10);
    assert_int_equal(PyLong_AsLong(v), 12);
    Py_DECREF(v);
    Py_DECREF(s);
    s = PyUnicode_FromString("ag");
    assert_null(PyLong_FromUnicodeObject(s, 16));
    expect_error(PyExc_ValueError, "invalid literal for int() with base 16: 'ag'");
    assert_null(PyLong_FromUnicodeObject(s, 40));
    expect_error(PyExc_ValueError, "int() arg 2 must be >= 2 and <= 36");
    Py_DECREF(s);
}

static void test_byte_arrays(void **state) {
    unsigned char buf[8];
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)big, buf, 8, 1, 0), -1);
    expect_error(PyExc_OverflowError, "int too big to convert");
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)minus1, buf, 8, 1, 0), -1);
    expect_error(PyExc_OverflowError, "can't convert negative int to unsigned");
    PyObject *v = PyLong_FromLong(128);
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)v, buf, 1, 1, 1), -1);
    expect_error(PyExc_OverflowError, "int too big to convert");
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)v, buf, 1, 1, 0), 0);
    assert_int_equal(buf[0], 0x80);
    Py_DECREF(v);
    v = PyLong_FromLong(-129);
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)v, buf, 1, 1, 1), -1);
    expect_error(PyExc_OverflowError, "int too big to convert");
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)v, buf, 2, 1, 1), 0);
    assert_int_equal(buf[0], 0x7f);
    assert_int_equal(buf[1], 0xff);
    Py_DECREF(v);
    v = PyLong_FromLong(-128);
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)v, buf, 1, 1, 1), 0);
    assert_int_equal(buf[0], 0x80);
    Py_DECREF(v);
    v = PyLong_FromLong(258);
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)v, buf, 3, 0, 0), 0);
    assert_memory_equal(buf, "\x00\x01\x02", 3);
    Py_DECREF(v);
    v = PyLong_FromLong(0);
    memset(buf, 0xaa, sizeof buf);
    assert_int_equal(_PyLong_AsByteArray((PyLongObject *)v, buf, 2, 0, 1), 0);
    assert_memory_equal(buf, "\x00\x00", 2);
    Py_DECREF(v);

    unsigned char ff[] = {0xff, 0xff};
    v = _PyLong_FromByteArray(ff, 2, 1, 1);
    assert_int_equal(PyLong_AsLong(v), -1);
    Py_DECREF(v);
    v = _PyLong_FromByteArray(ff, 2, 1, 0);
    assert_int_equal(PyLong_AsLong(v), 65535);
    Py_DECREF(v);
    v = _PyLong_FromByteArray((const unsigned char *)"\x01\x02", 2, 0, 0);
    assert_int_equal(PyLong_AsLong(v), 258);
    Py_DECREF(v);
    v = _PyLong_FromByteArray(NULL, 0, 1, 1);
    assert_int_equal(PyLong_AsLong(v), 0);
    Py_DECREF(v);
}

static void test_info(void **state) {
    PyObject *info = PyLong_GetInfo();
    assert_non_null(info);
    PyObject *d = PyObject_GetAttrString(info, "default_max_str_digits");
    assert_int_equal(PyLong_AsLong(d), 4300);
    Py_DECREF(d);
    Py_DECREF(info);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_signed),
        cmocka_unit_test(test_exact_int_only),
        cmocka_unit_test(test_masks),
        cmocka_unit_test(test_from),
        cmocka_unit_test(test_from_string),
        cmocka_unit_test(test_byte_arrays),
        cmocka_unit_test(test_info),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
