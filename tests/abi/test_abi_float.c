/* floatobject.h and complexobject.h: PyFloat_AsDouble through __float__ and __index__ and
 * its errors, PyFloat_FromString, PyOS_double_to_string/string_to_double, complex values. */
#include "abi_test.h"

static void test_as_double(void **state) {
    PyObject *o = PyUnicode_FromString("x");
    assert_true(PyFloat_AsDouble(o) == -1.0);
    expect_error(PyExc_TypeError, "must be real number, not str");
    Py_DECREF(o);
    o = py_eval("2**2000");
    assert_true(PyFloat_AsDouble(o) == -1.0);
    expect_error(PyExc_OverflowError, "int too large to convert to float");
    Py_DECREF(o);
    o = py_eval("type('F', (), {'__float__': lambda s: 1.5})()");
    assert_true(PyFloat_AsDouble(o) == 1.5);
    Py_DECREF(o);
    o = py_eval("type('G', (), {'__float__': lambda s: 1})()");
    assert_true(PyFloat_AsDouble(o) == -1.0);
    expect_error(PyExc_TypeError, "G.__float__ returned non-float (type int)");
    Py_DECREF(o);
    o = py_eval("type('H', (), {'__index__': lambda s: 7})()");
    assert_true(PyFloat_AsDouble(o) == 7.0);
    Py_DECREF(o);
    o = py_eval("type('T', (), {'__float__': lambda s: type('K', (float,), {})(3.5)})()");
    assert_true(PyFloat_AsDouble(o) == 3.5);
    Py_DECREF(o);
    assert_true(PyFloat_AsDouble(NULL) == -1.0);
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    o = PyFloat_FromDouble(2.5);
    assert_true(PyFloat_AS_DOUBLE(o) == 2.5);
    assert_true(PyFloat_CheckExact(o));
    Py_DECREF(o);
    assert_true(PyFloat_GetMax() == 1.7976931348623157e+308);
    assert_true(PyFloat_GetMin() == 2.2250738585072014e-308);
    o = PyFloat_GetInfo();
    PyObject *dig = PyObject_GetAttrString(o, "dig");
    assert_int_equal(PyLong_AsLong(dig), 15);
    Py_DECREF(dig);
    Py_DECREF(o);
}

static void test_from_string(void **state) {
    const char *ok[][2] = {{"' 1.5 '", "1.5"}, {"b'2.5'", "2.5"}, {"'1_0.5'", "10.5"}, {"'\\u0661.5'", "1.5"},
                           {"bytearray(b'-3')", "-3.0"}};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        PyObject *s = py_eval(ok[i][0]), *f = PyFloat_FromString(s);
        assert_repr(f, ok[i][1]);
        Py_DECREF(f);
        Py_DECREF(s);
    }
    PyObject *s = PyUnicode_FromString("x");
    assert_null(PyFloat_FromString(s));
    expect_error(PyExc_ValueError, "could not convert string to float: 'x'");
    Py_DECREF(s);
    s = PyLong_FromLong(5);
    assert_null(PyFloat_FromString(s));
    expect_error(PyExc_TypeError, "float() argument must be a string or a real number, not 'int'");
    Py_DECREF(s);
}

static void test_os_conversions(void **state) {
    const struct { double v; char code; int prec, flags; const char *want; } cases[] = {
        {1.5, 'r', 0, 0, "1.5"},
        {1e22, 'r', 0, 0, "1e+22"},
        {2.5, 'f', 3, Py_DTSF_SIGN, "+2.500"},
        {1.0, 'g', 5, Py_DTSF_ADD_DOT_0, "1.0"},
        {HUGE_VAL, 'r', 0, 0, "inf"},
        {0.5, 'e', 2, Py_DTSF_ALT, "5.00e-01"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = PyOS_double_to_string(cases[i].v, cases[i].code, cases[i].prec, cases[i].flags, NULL);
        assert_string_equal(s, cases[i].want);
        PyMem_Free(s);
    }
    assert_true(PyOS_string_to_double("1.5", NULL, NULL) == 1.5);
    assert_true(PyOS_string_to_double("1.5x", NULL, NULL) == -1.0);
    expect_error(PyExc_ValueError, "could not convert string to float: '1.5x'");
    char *end;
    assert_true(PyOS_string_to_double("1.5x", &end, NULL) == 1.5);
    assert_string_equal(end, "x");
    assert_true(PyOS_string_to_double("1e999", NULL, NULL) == HUGE_VAL);
    assert_true(PyOS_string_to_double("1e999", NULL, PyExc_OverflowError) == -1.0);
    expect_error(PyExc_OverflowError, "value too large to convert to float: '1e999'");
    assert_true(PyOS_string_to_double(" 1.5", NULL, NULL) == -1.0);
    expect_error(PyExc_ValueError, "could not convert string to float: ' 1.5'");
    assert_true(isnan(PyOS_string_to_double("nan", NULL, NULL)));
}

static void test_complex(void **state) {
    PyObject *c = PyComplex_FromDoubles(1, 2), *s = PyUnicode_FromString("x"), *o;
    assert_repr(c, "(1+2j)");
    assert_true(PyComplex_RealAsDouble(c) == 1.0 && PyComplex_ImagAsDouble(c) == 2.0);
    assert_true(PyComplex_RealAsDouble(s) == -1.0);
    expect_error(PyExc_TypeError, "must be real number, not str");
    assert_true(PyComplex_ImagAsDouble(s) == 0.0);   /* no error for a non-complex */
    assert_null(PyErr_Occurred());
    Py_complex v = PyComplex_AsCComplex(c);
    assert_true(v.real == 1.0 && v.imag == 2.0);
    v = PyComplex_AsCComplex(s);
    assert_true(v.real == -1.0);
    expect_error(PyExc_TypeError, "must be real number, not str");
    o = py_eval("type('C', (), {'__complex__': lambda s: 1+2j})()");
    v = PyComplex_AsCComplex(o);
    assert_true(v.imag == 2.0);
    Py_DECREF(o);
    o = py_eval("type('C', (), {'__complex__': lambda s: 5})()");
    v = PyComplex_AsCComplex(o);
    assert_true(v.real == -1.0);
    expect_error(PyExc_TypeError, "__complex__ returned non-complex (type int)");
    Py_DECREF(o);
    o = PyLong_FromLong(3);
    v = PyComplex_AsCComplex(o);
    assert_true(v.real == 3.0 && v.imag == 0.0);
    Py_DECREF(o);
    Py_DECREF(s);
    Py_DECREF(c);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_as_double),
        cmocka_unit_test(test_from_string),
        cmocka_unit_test(test_os_conversions),
        cmocka_unit_test(test_complex),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
