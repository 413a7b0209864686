/* modsupport.h: PyArg_ParseTuple/Parse/ParseTupleAndKeywords with every format unit and its
 * errors, PyArg_UnpackTuple, _PyArg_CheckPositional/NoKeywords/NoPositional, Py_BuildValue
 * with every unit and its format errors. */
#include <wchar.h>

#include "abi_test.h"

/* Replaces *slot (released) by v: keeps the last arguments alive while their pointers
 * (s, y units) are checked. */
static PyObject *hold(PyObject **slot, PyObject *v) {
    Py_XDECREF(*slot);
    return *slot = v;
}
static PyObject *held_args, *held_kwargs;
/* PyArg_ParseTuple over the tuple a Python expression gives. */
#define PARSE(args, ...) PyArg_ParseTuple(hold(&held_args, py_eval(args)), __VA_ARGS__)

static int conv_fail(PyObject *o, void *p) {
    PyErr_SetString(PyExc_ValueError, "conv says no");
    return 0;
}
static int conv_silent(PyObject *o, void *p) { return 0; }
static int conv_store(PyObject *o, void *p) {
    *(PyObject **)p = o;
    return 1;
}

static void test_integer_units(void **state) {
    unsigned char B;
    short h;
    unsigned short H;
    int i;
    unsigned int I;
    long l;
    unsigned long k;
    long long LL;
    unsigned long long K;
    Py_ssize_t n;
    assert_false(PARSE("(256,)", "b:f", &B));
    expect_error(PyExc_OverflowError, "unsigned byte integer is greater than maximum");
    assert_false(PARSE("(-1,)", "b:f", &B));
    expect_error(PyExc_OverflowError, "unsigned byte integer is less than minimum");
    assert_true(PARSE("(255,)", "b:f", &B));
    assert_int_equal(B, 255);
    assert_false(PARSE("(2.0,)", "b:f", &B));
    expect_error(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    assert_true(PARSE("(-1,)", "B:f", &B));   /* B, H, I, k, K: no range check */
    assert_int_equal(B, 255);
    assert_true(PARSE("(2**70 + 3,)", "B:f", &B));
    assert_int_equal(B, 3);
    assert_false(PARSE("(32768,)", "h:f", &h));
    expect_error(PyExc_OverflowError, "signed short integer is greater than maximum");
    assert_false(PARSE("(-32769,)", "h:f", &h));
    expect_error(PyExc_OverflowError, "signed short integer is less than minimum");
    assert_false(PARSE("(2**70,)", "h:f", &h));
    expect_error(PyExc_OverflowError, "Python int too large to convert to C long");
    assert_true(PARSE("(-1,)", "H:f", &H));
    assert_int_equal(H, 65535);
    assert_false(PARSE("(2**31,)", "i:f", &i));
    expect_error(PyExc_OverflowError, "signed integer is greater than maximum");
    assert_false(PARSE("(-2**31-1,)", "i:f", &i));
    expect_error(PyExc_OverflowError, "signed integer is less than minimum");
    assert_false(PARSE("(None,)", "i:f", &i));
    expect_error(PyExc_TypeError, "'NoneType' object cannot be interpreted as an integer");
    assert_true(PARSE("(type('I', (), {'__index__': lambda s: 9})(),)", "i:f", &i));
    assert_int_equal(i, 9);
    assert_true(PARSE("(-1,)", "I:f", &I));
    assert_true(I == UINT_MAX);
    assert_false(PARSE("(2.0,)", "I:f", &I));
    expect_error(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    assert_false(PARSE("(2**64,)", "l:f", &l));
    expect_error(PyExc_OverflowError, "Python int too large to convert to C long");
    assert_true(PARSE("(-1,)", "k:f", &k));
    assert_true(k == ULONG_MAX);
    assert_false(PARSE("(2.0,)", "k:f", &k));   /* k and K want an int, not __index__ */
    expect_error(PyExc_TypeError, "f() argument 1 must be int, not float");
    assert_false(PARSE("(2**64,)", "L:f", &LL));
    expect_error(PyExc_OverflowError, "int too big to convert");
    assert_true(PARSE("(-2**63,)", "L:f", &LL));
    assert_true(LL == LLONG_MIN);
    assert_true(PARSE("(-1,)", "K:f", &K));
    assert_true(K == ULLONG_MAX);
    assert_false(PARSE("(2.0,)", "K:f", &K));
    expect_error(PyExc_TypeError, "f() argument 1 must be int, not float");
    assert_false(PARSE("(2**64,)", "n:f", &n));
    expect_error(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    assert_true(PARSE("(-5,)", "n:f", &n));
    assert_int_equal(n, -5);
}

static void test_char_float_object_units(void **state) {
    char c;
    int C, p;
    float f;
    double d;
    Py_complex D;
    PyObject *o;
    assert_true(PARSE("(bytearray(b'y'),)", "c:f", &c));
    assert_int_equal(c, 'y');
    assert_false(PARSE("('x',)", "c:f", &c));
    expect_error(PyExc_TypeError, "f() argument 1 must be a byte string of length 1, not str");
    assert_false(PARSE("(b'xy',)", "c:f", &c));
    expect_error(PyExc_TypeError, "f() argument 1 must be a byte string of length 1, not bytes");
    assert_true(PARSE("('\\u20ac',)", "C:f", &C));
    assert_int_equal(C, 0x20ac);
    assert_false(PARSE("(b'x',)", "C:f", &C));
    expect_error(PyExc_TypeError, "f() argument 1 must be a unicode character, not bytes");
    assert_false(PARSE("('xy',)", "C:f", &C));
    expect_error(PyExc_TypeError, "f() argument 1 must be a unicode character, not str");
    assert_true(PARSE("(3,)", "f:f", &f));
    assert_true(f == 3.0f);
    assert_false(PARSE("('x',)", "f:f", &f));
    expect_error(PyExc_TypeError, "must be real number, not str");
    assert_false(PARSE("(2**2000,)", "d:f", &d));
    expect_error(PyExc_OverflowError, "int too large to convert to float");
    assert_true(PARSE("(1+2j,)", "D:f", &D));
    assert_true(D.real == 1.0 && D.imag == 2.0);
    assert_true(PARSE("(3,)", "D:f", &D));
    assert_true(D.real == 3.0 && D.imag == 0.0);
    assert_false(PARSE("('x',)", "D:f", &D));
    expect_error(PyExc_TypeError, "must be real number, not str");
    assert_true(PARSE("([],)", "p:f", &p));
    assert_int_equal(p, 0);
    assert_false(PARSE("(type('X', (), {'__bool__': lambda s: 1/0})(),)", "p:f", &p));
    expect_error(PyExc_ZeroDivisionError, "division by zero");
    assert_false(PARSE("(1,)", "O!:f", &PyList_Type, &o));
    expect_error(PyExc_TypeError, "f() argument 1 must be list, not int");
    assert_true(PARSE("([],)", "O!:f", &PyList_Type, &o));
    assert_false(PARSE("(1,)", "O&:f", conv_fail, &o));
    expect_error(PyExc_ValueError, "conv says no");
    assert_false(PARSE("(1,)", "O&:f", conv_silent, &o));
    expect_error(PyExc_SystemError, "f() argument 1 (unspecified)");
    assert_false(PARSE("((1,),)", "(O&):f", conv_silent, &o));
    expect_error(PyExc_SystemError, "f() argument 1, item 0 (unspecified)");
    assert_false(PARSE("(1,)", "O&;mm", conv_silent, &o));
    expect_error(PyExc_SystemError, "mm");
    assert_true(PARSE("(1,)", "O&:f", conv_store, &o));
    assert_false(PARSE("(1,)", "S:f", &o));
    expect_error(PyExc_TypeError, "f() argument 1 must be bytes, not int");
    assert_false(PARSE("(b'',)", "U:f", &o));
    expect_error(PyExc_TypeError, "f() argument 1 must be str, not bytes");
    assert_false(PARSE("(b'',)", "Y:f", &o));
    expect_error(PyExc_TypeError, "f() argument 1 must be bytearray, not bytes");
    int i;
    assert_false(PARSE("(1,)", "q:f", &i));
    expect_error(PyExc_SystemError, "f() argument 1 (impossible<bad format char>)");
    assert_false(PARSE("(1,)", "w:f", &i));
    expect_error(PyExc_SystemError, "f() argument 1 (invalid use of 'w' format character)");
}

static void test_string_units(void **state) {
    const char *s;
    Py_ssize_t len;
    Py_buffer view;
    assert_false(PARSE("('a\\0b',)", "s:f", &s));
    expect_error(PyExc_ValueError, "embedded null character");
    assert_false(PARSE("(b'ab',)", "s:f", &s));
    expect_error(PyExc_TypeError, "f() argument 1 must be str, not bytes");
    assert_false(PARSE("(None,)", "s:f", &s));
    expect_error(PyExc_TypeError, "f() argument 1 must be str, not None");
    assert_false(PARSE("('\\ud800',)", "s:f", &s));
    expect_error(PyExc_UnicodeEncodeError, "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
    assert_true(PARSE("('a\\0b',)", "s#:f", &s, &len));
    assert_int_equal(len, 3);
    assert_true(PARSE("(b'ab',)", "s#:f", &s, &len));
    assert_int_equal(len, 2);
    assert_false(PARSE("(bytearray(b'ab'),)", "s#:f", &s, &len));
    expect_error(PyExc_TypeError, "f() argument 1 must be read-only bytes-like object, not bytearray");
    assert_false(PARSE("(1,)", "s#:f", &s, &len));
    expect_error(PyExc_TypeError, "a bytes-like object is required, not 'int'");
    assert_true(PARSE("(None,)", "z:f", &s));
    assert_null(s);
    assert_false(PARSE("(1,)", "z:f", &s));
    expect_error(PyExc_TypeError, "f() argument 1 must be str or None, not int");
    len = 9;
    assert_true(PARSE("(None,)", "z#:f", &s, &len));
    assert_int_equal(len, 0);
    assert_false(PARSE("(1,)", "z#:f", &s, &len));
    expect_error(PyExc_TypeError, "a bytes-like object is required, not 'int'");
    assert_true(PARSE("(None,)", "z*:f", &view));
    assert_null(view.buf);
    assert_false(PARSE("(1,)", "z*:f", &view));
    expect_error(PyExc_TypeError, "a bytes-like object is required, not 'int'");
    assert_true(PARSE("('\\xe9',)", "s*:f", &view));
    assert_int_equal(view.len, 2);   /* UTF-8 */
    PyBuffer_Release(&view);
    assert_false(PARSE("(1,)", "s*:f", &view));
    expect_error(PyExc_TypeError, "a bytes-like object is required, not 'int'");
    assert_false(PARSE("(b'a\\0b',)", "y:f", &s));
    expect_error(PyExc_ValueError, "embedded null byte");
    assert_false(PARSE("('ab',)", "y:f", &s));
    expect_error(PyExc_TypeError, "a bytes-like object is required, not 'str'");
    assert_false(PARSE("(bytearray(b'a'),)", "y:f", &s));
    expect_error(PyExc_TypeError, "f() argument 1 must be read-only bytes-like object, not bytearray");
    assert_false(PARSE("(memoryview(b'ab'),)", "y#:f", &s, &len));
    expect_error(PyExc_TypeError, "f() argument 1 must be read-only bytes-like object, not memoryview");
    assert_false(PARSE("('ab',)", "y*:f", &view));
    expect_error(PyExc_TypeError, "a bytes-like object is required, not 'str'");
    PyObject *ba = py_eval("bytearray(b'abc')");
    PyObject *args = PyTuple_Pack(1, ba);
    assert_true(PyArg_ParseTuple(args, "y*:f", &view));
    assert_int_equal(view.len, 3);
    /* The buffer is held: the bytearray cannot be resized until it is released. */
    assert_int_equal(PyByteArray_Resize(ba, 10), -1);
    expect_error(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
    PyBuffer_Release(&view);
    assert_true(PyArg_ParseTuple(args, "w*:f", &view));
    assert_int_equal(view.readonly, 0);
    ((char *)view.buf)[0] = 'X';
    PyBuffer_Release(&view);
    assert_string_equal(PyByteArray_AsString(ba), "Xbc");
    Py_DECREF(args);
    Py_DECREF(ba);
    assert_true(PARSE("(__import__('array').array('b', [1, 2]),)", "y*:f", &view));
    assert_int_equal(view.len, 2);
    PyBuffer_Release(&view);
    assert_false(PARSE("(b'abc',)", "w*:f", &view));
    expect_error(PyExc_TypeError, "f() argument 1 must be read-write bytes-like object, not bytes");
}

static void test_encoded_units(void **state) {
    char *es = NULL;
    assert_false(PARSE("('\\u20ac',)", "es:f", "latin-1", &es));
    expect_error(PyExc_UnicodeEncodeError, "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)");
    assert_true(PARSE("('\\u20ac',)", "es:f", "utf-8", &es));
    assert_string_equal(es, "\xe2\x82\xac");
    PyMem_Free(es);
    es = NULL;
    assert_false(PARSE("(1,)", "es:f", "utf-8", &es));
    expect_error(PyExc_TypeError, "f() argument 1 must be str, not int");
    assert_false(PARSE("('x',)", "es:f", "nope", &es));
    expect_error(PyExc_LookupError, "unknown encoding: nope");
    assert_false(PARSE("(b'x\\0',)", "et:f", "utf-8", &es));
    expect_error(PyExc_TypeError, "f() argument 1 must be encoded string without null bytes, not bytes");
    char small[2];
    char *sp = small;
    Py_ssize_t len = sizeof small;
    assert_false(PARSE("('abc',)", "es#:f", "utf-8", &sp, &len));
    expect_error(PyExc_ValueError, "encoded string too long (3, maximum length 1)");
}

/* Py_UNICODE units (wchar_t), deprecated in 3.11: each conversion warns first. */
static void test_py_unicode_units(void **state) {
    static char *kw[] = {"a", "b", NULL};
    const Py_UNICODE *u = NULL, *z = NULL;
    Py_ssize_t len = 0, zlen = 9;
    PyObject *g = py_exec("import warnings\nsaved = warnings.filters[:]\nwarnings.simplefilter('error')\n");
    assert_false(PARSE("('abc',)", "u:f", &u));
    expect_error(PyExc_DeprecationWarning, "getargs: The 'u' format is deprecated. Use 'U' instead.");
    assert_false(PARSE("(1,)", "Z#:f", &z, &zlen));
    expect_error(PyExc_DeprecationWarning, "getargs: The 'Z' format is deprecated. Use 'U' instead.");
    PyObject *r = PyRun_String("warnings.simplefilter('ignore')", Py_eval_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);

    assert_true(PARSE("('ab\\xe9\\u20ac\\U0001f600',)", "u:f", &u));
    assert_int_equal(wcslen(u), 5);
    assert_true(u[0] == L'a' && u[2] == 0xe9 && u[3] == 0x20ac && u[4] == 0x1f600 && u[5] == 0);
    assert_true(PARSE("('x\\udc80',)", "u#:f", &u, &len));
    assert_int_equal(len, 2);
    assert_true(u[1] == 0xdc80 && u[2] == 0);
    assert_true(PARSE("('',)", "u:f", &u));
    assert_true(u[0] == 0);
    assert_false(PARSE("('a\\0b',)", "u:f", &u));
    expect_error(PyExc_ValueError, "embedded null character");
    assert_true(PARSE("('a\\0b',)", "u#:f", &u, &len));
    assert_int_equal(len, 3);
    assert_true(u[1] == 0 && u[2] == L'b');
    assert_false(PARSE("(None,)", "u:f", &u));
    expect_error(PyExc_TypeError, "f() argument 1 must be str, not None");
    assert_false(PARSE("(b'x',)", "u#:f", &u, &len));
    expect_error(PyExc_TypeError, "f() argument 1 must be str, not bytes");
    assert_true(PARSE("(None,)", "Z:f", &z));
    assert_null(z);
    assert_true(PARSE("(None,)", "Z#:f", &z, &zlen));
    assert_null(z);
    assert_int_equal(zlen, 0);
    assert_true(PARSE("('\\xe9t\\xe9',)", "Z#:f", &z, &zlen));
    assert_int_equal(zlen, 3);
    assert_true(z[0] == 0xe9 && z[2] == 0xe9 && z[3] == 0);
    assert_false(PARSE("(1,)", "Z:f", &z));
    expect_error(PyExc_TypeError, "f() argument 1 must be str or None, not int");
    assert_false(PARSE("('a\\0',)", "Z:f", &z));
    expect_error(PyExc_ValueError, "embedded null character");
    /* A str subclass; the same string asked twice gives the same text. */
    PyObject *sub = py_eval("type('S', (str,), {})('sub\\u0101')");
    PyObject *args = PyTuple_Pack(1, sub);
    assert_true(PyArg_ParseTuple(args, "u:f", &u));
    assert_true(PyArg_ParseTuple(args, "u#:f", &z, &len));
    assert_int_equal(len, 4);
    assert_true(wcscmp(u, z) == 0 && u[3] == 0x101);
    Py_DECREF(args);
    Py_DECREF(sub);
    /* By keyword, and skipped when not given. */
    zlen = 9;
    z = NULL;
    assert_true(PyArg_ParseTupleAndKeywords(hold(&held_args, py_eval("()")), hold(&held_kwargs, py_eval("{'a': 'kw'}")),
                                            "u|Z#:g", kw, &u, &z, &zlen));
    assert_true(wcscmp(u, L"kw") == 0 && z == NULL && zlen == 9);
    assert_true(PyArg_ParseTupleAndKeywords(hold(&held_args, py_eval("('p',)")), hold(&held_kwargs, py_eval("{'b': 'bb'}")),
                                            "u|Z#:g", kw, &u, &z, &zlen));
    assert_true(wcscmp(u, L"p") == 0 && wcscmp(z, L"bb") == 0 && zlen == 2);
    assert_false(PyArg_ParseTupleAndKeywords(hold(&held_args, py_eval("('p',)")), hold(&held_kwargs, py_eval("{'b': 2}")),
                                             "u|Z#:g", kw, &u, &z, &zlen));
    expect_error(PyExc_TypeError, "g() argument 2 must be str or None, not int");
    r = PyRun_String("warnings.filters[:] = saved", Py_file_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    Py_DECREF(g);
}

static void test_tuples_and_counts(void **state) {
    int i, j, k;
    assert_true(PARSE("(([1], 2),)", "((i)i):f", &i, &j));
    assert_int_equal(i, 1);
    assert_int_equal(j, 2);
    assert_false(PARSE("(1,)", "(ii):f", &i, &j));
    expect_error(PyExc_TypeError, "f() argument 1 must be 2-item sequence, not int");
    assert_false(PARSE("((1,),)", "(ii):f", &i, &j));
    expect_error(PyExc_TypeError, "f() argument 1 must be sequence of length 2, not 1");
    assert_false(PARSE("((1, 'a'),)", "(ii):f", &i, &j));
    expect_error(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    assert_false(PARSE("('a',)", "i;custom message", &i));   /* ';' only replaces count errors' */
    expect_error(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    assert_false(PARSE("(1, 2)", "i;custom message", &i));
    expect_error(PyExc_TypeError, "custom message");
    assert_false(PARSE("()", "i:f", &i));
    expect_error(PyExc_TypeError, "f() takes exactly 1 argument (0 given)");
    assert_false(PARSE("()", "ii|i:f", &i, &j, &k));
    expect_error(PyExc_TypeError, "f() takes at least 2 arguments (0 given)");
    assert_false(PARSE("(1, 2, 3)", "i|i:f", &i, &j));
    expect_error(PyExc_TypeError, "f() takes at most 2 arguments (3 given)");
    assert_false(PARSE("(1, 2)", ":f"));
    expect_error(PyExc_TypeError, "f() takes exactly 0 arguments (2 given)");
    assert_false(PARSE("(1, 2)", ""));
    expect_error(PyExc_TypeError, "function takes exactly 0 arguments (2 given)");
    assert_false(PARSE("()", "i", &i));
    expect_error(PyExc_TypeError, "function takes exactly 1 argument (0 given)");
    j = 77;
    assert_true(PARSE("(1,)", "i|i:f", &i, &j));
    assert_int_equal(j, 77);   /* a missing optional argument leaves its variable alone */
    assert_false(PARSE("[1]", "i:f", &i));
    expect_error(PyExc_SystemError, "new style getargs format but argument is not a tuple");

    PyObject *five = PyLong_FromLong(5);
    assert_true(PyArg_Parse(five, "i", &i));
    assert_int_equal(i, 5);
    PyObject *s = PyUnicode_FromString("a");
    assert_false(PyArg_Parse(s, "i", &i));
    expect_error(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    Py_DECREF(s);
    Py_DECREF(five);
}

static void test_keywords(void **state) {
    static char *kw[] = {"a", "b", "c", NULL};
    static char *posonly[] = {"", "b", NULL};
    int a = 0, b = 0, c = 0;
    PyObject *a0 = PyTuple_New(0), *a1 = py_eval("(1,)"), *a2 = py_eval("(1, 2)");
    PyObject *a4 = py_eval("(1, 2, 3, 4)");
#define KW(args, kwargs, ...) PyArg_ParseTupleAndKeywords(args, hold(&held_kwargs, kwargs), __VA_ARGS__)
    assert_false(KW(a2, NULL, "i|$ii:g", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "g() takes at most 1 positional argument (2 given)");
    assert_false(KW(a1, NULL, "$ii:g", kw, &a, &b));
    expect_error(PyExc_TypeError, "g() takes no positional arguments");
    assert_true(KW(a1, py_eval("{'c': 3}"), "i|i$i:g", kw, &a, &b, &c));
    assert_int_equal(c, 3);
    /* Keyword-only parameters before any '|' are required. */
    assert_false(KW(a1, NULL, "i$ii:g", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "g() missing required argument 'b' (pos 2)");
    assert_false(KW(a1, py_eval("{'c': 1}"), "i$ii:g", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "g() missing required argument 'b' (pos 2)");
    assert_false(KW(a4, NULL, "i|ii:g", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "g() takes at most 3 arguments (4 given)");
    assert_false(KW(a0, py_eval("{'a': 1, 'd': 2}"), "i|ii:g", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "'d' is an invalid keyword argument for g()");
    assert_false(KW(a0, py_eval("{1: 2}"), "i|ii:g", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "g() missing required argument 'a' (pos 1)");
    assert_false(KW(a0, py_eval("{'a': 1, 'b': 'x'}"), "i|ii:g", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    assert_false(KW(a0, py_eval("{'a': 1, 'z': 1}"), "i|ii", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "'z' is an invalid keyword argument for this function");
    assert_false(KW(a0, NULL, "i|ii", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "function missing required argument 'a' (pos 1)");
    assert_false(KW(a2, py_eval("{'b': 2}"), "i|ii", kw, &a, &b, &c));
    expect_error(PyExc_TypeError, "argument for function given by name ('b') and position (2)");
    assert_false(KW(a0, py_eval("{'b': 1}"), "i|i:g", posonly, &a, &b));
    expect_error(PyExc_TypeError, "g() takes at least 1 positional argument (0 given)");
    assert_false(KW(a1, py_eval("{'': 1}"), "i|i:g", posonly, &a, &b));
    expect_error(PyExc_TypeError, "'' is an invalid keyword argument for g()");
    /* Once the arguments given are used up, extra kwlist entries go unnoticed. */
    assert_true(KW(a0, NULL, "|i:g", posonly, &a));
    assert_true(KW(a1, py_eval("{}"), "i|i:g", kw, &a, &b));
    assert_false(KW(a1, py_eval("[]"), "i|i:g", kw, &a, &b));
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
#undef KW
    Py_DECREF(a0); Py_DECREF(a1); Py_DECREF(a2); Py_DECREF(a4);
}

/* Flat formats of single-output units on well-formed calls (Spry parses them in one pass):
 * the same outputs, untouched outputs for optional parameters not given, and the same
 * argument numbers in conversion errors as the general walk. */
static void test_flat_formats(void **state) {
    static char *kw[] = {"a", "b", "c", NULL}, *kw2[] = {"a", "b", NULL};
    long a = -7, b = -7;
    double c = -7;
    PyObject *o = NULL;
    PyObject *a1 = py_eval("(1,)"), *a2 = py_eval("(1, 123456789)");
#define KW(args, kwargs, ...) PyArg_ParseTupleAndKeywords(args, hold(&held_kwargs, kwargs), __VA_ARGS__)
    assert_true(KW(a1, py_eval("{'c': 2.5}"), "l|ld:g", kw, &a, &b, &c));
    assert_int_equal(a, 1);
    assert_int_equal(b, -7);
    assert_true(c == 2.5);
    assert_true(KW(a1, py_eval("{'b': 123456789}"), "l|O:g", kw2, &a, &o));
    assert_int_equal(PyLong_AsLong(o), 123456789);
    assert_true(KW(a2, NULL, "lO|d:g", kw, &a, &o, &c));
    assert_int_equal(PyLong_AsLong(o), 123456789);
    assert_false(KW(a1, py_eval("{'b': 5}"), "l|U:g", kw2, &a, &o));
    expect_error(PyExc_TypeError, "g() argument 2 must be str, not int");
    assert_false(KW(a2, NULL, "lU:g", kw2, &a, &o));
    expect_error(PyExc_TypeError, "g() argument 2 must be str, not int");
    assert_false(KW(a1, py_eval("{'c': 5}"), "l|l$U", kw, &a, &b, &o));
    expect_error(PyExc_TypeError, "argument 3 must be str, not int");
#undef KW
    assert_true(PARSE("(3, 123456789)", "lO:f", &a, &o));
    assert_int_equal(a, 3);
    assert_int_equal(PyLong_AsLong(o), 123456789);
    assert_false(PARSE("(3, 4)", "lU:f", &a, &o));
    expect_error(PyExc_TypeError, "f() argument 2 must be str, not int");
    assert_false(PARSE("(3, 4)", "lU;custom message", &a, &o));
    expect_error(PyExc_TypeError, "custom message");
    Py_DECREF(a1);
    Py_DECREF(a2);
}

static void test_unpack_and_checks(void **state) {
    PyObject *a0 = PyTuple_New(0), *a2 = py_eval("(1, 2)"), *a3 = py_eval("(1, 2, 3)");
    PyObject *u1 = NULL, *u2 = NULL;
    assert_true(PyArg_UnpackTuple(a2, "h", 1, 2, &u1, &u2));
    assert_int_equal(PyLong_AsLong(u2), 2);
    assert_false(PyArg_UnpackTuple(a0, "h", 1, 2, &u1, &u2));
    expect_error(PyExc_TypeError, "h expected at least 1 argument, got 0");
    assert_false(PyArg_UnpackTuple(a0, "h", 2, 2, &u1, &u2));
    expect_error(PyExc_TypeError, "h expected 2 arguments, got 0");
    assert_false(PyArg_UnpackTuple(a3, "h", 1, 2, &u1, &u2));
    expect_error(PyExc_TypeError, "h expected at most 2 arguments, got 3");
    assert_false(PyArg_UnpackTuple(a3, "h", 1, 1, &u1));
    expect_error(PyExc_TypeError, "h expected 1 argument, got 3");
    assert_false(PyArg_UnpackTuple(a0, NULL, 1, 1, &u1));
    expect_error(PyExc_TypeError, "unpacked tuple should have 1 element, but has 0");
    PyObject *l = PyList_New(0);
    assert_false(PyArg_UnpackTuple(l, "h", 1, 1, &u1));
    expect_error(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple");
    Py_DECREF(l);

    assert_true(_PyArg_CheckPositional("cp", 1, 1, 2));
    assert_false(_PyArg_CheckPositional("cp", 0, 1, 2));
    expect_error(PyExc_TypeError, "cp expected at least 1 argument, got 0");
    assert_false(_PyArg_CheckPositional("cp", 0, 2, 2));
    expect_error(PyExc_TypeError, "cp expected 2 arguments, got 0");
    assert_false(_PyArg_CheckPositional("cp", 3, 1, 2));
    expect_error(PyExc_TypeError, "cp expected at most 2 arguments, got 3");
    assert_false(_PyArg_CheckPositional("cp", 2, 0, 1));
    expect_error(PyExc_TypeError, "cp expected at most 1 argument, got 2");
    assert_false(_PyArg_CheckPositional(NULL, 3, 1, 1));
    expect_error(PyExc_TypeError, "unpacked tuple should have 1 element, but has 3");

    PyObject *kw = py_eval("{'a': 1}"), *empty = PyDict_New();
    assert_false(_PyArg_NoKeywords("nk", kw));
    expect_error(PyExc_TypeError, "nk() takes no keyword arguments");
    assert_true(_PyArg_NoKeywords("nk", NULL));
    assert_true(_PyArg_NoKeywords("nk", empty));
    assert_false(_PyArg_NoPositional("np", a2));
    expect_error(PyExc_TypeError, "np() takes no positional arguments");
    assert_true(_PyArg_NoPositional("np", a0));
    Py_DECREF(empty); Py_DECREF(kw); Py_DECREF(a0); Py_DECREF(a2); Py_DECREF(a3);
}

static PyObject *make_str(void *p) { return PyUnicode_FromString(p); }

/* Py_BuildValue's result must have repr `want`. */
static void expect_built(PyObject *v, const char *want) {
    assert_repr(v, want);
    Py_DECREF(v);
}

static void test_build_value(void **state) {
    expect_built(Py_BuildValue(""), "None");
    expect_built(Py_BuildValue("()"), "()");
    expect_built(Py_BuildValue("i", 1), "1");
    expect_built(Py_BuildValue("ii", 1, 2), "(1, 2)");
    expect_built(Py_BuildValue("(i)", 1), "(1,)");
    expect_built(Py_BuildValue("[]"), "[]");
    expect_built(Py_BuildValue("{}"), "{}");
    expect_built(Py_BuildValue("bBhHiIlkLKn", -1, 255, -2, 65535, -3, 4000000000u, -4L, ULONG_MAX,
                               -5LL, ULLONG_MAX, (Py_ssize_t)-6),
                 "(-1, 255, -2, 65535, -3, 4000000000, -4, 18446744073709551615, -5, 18446744073709551615, -6)");
    expect_built(Py_BuildValue("B", -1), "-1");
    expect_built(Py_BuildValue("H", -1), "4294967295");   /* read as unsigned int */
    expect_built(Py_BuildValue("c", 200), "b'\\xc8'");
    expect_built(Py_BuildValue("C", 0x20ac), "'\xe2\x82\xac'");
    assert_null(Py_BuildValue("C", 0x110000));
    expect_error(PyExc_ValueError, "chr() arg not in range(0x110000)");
    expect_built(Py_BuildValue("(dfD)", 1.5, 2.5, &(Py_complex){1, -2}), "(1.5, 2.5, (1-2j))");
    expect_built(Py_BuildValue("s", NULL), "None");
    expect_built(Py_BuildValue("s#", NULL, (Py_ssize_t)3), "None");
    expect_built(Py_BuildValue("z#", "abc", (Py_ssize_t)2), "'ab'");
    expect_built(Py_BuildValue("U#", "uv", (Py_ssize_t)1), "'u'");
    expect_built(Py_BuildValue("s#", "ab", (Py_ssize_t)-1), "'ab'");
    expect_built(Py_BuildValue("y#", "b\0c", (Py_ssize_t)3), "b'b\\x00c'");
    expect_built(Py_BuildValue("y", NULL), "None");
    assert_null(Py_BuildValue("s", "\xff"));
    expect_error(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    expect_built(Py_BuildValue("u", L"w\u20ac"), "'w\xe2\x82\xac'");
    expect_built(Py_BuildValue("u#", L"wxyz", (Py_ssize_t)2), "'wx'");
    expect_built(Py_BuildValue("S", Py_None), "None");
    expect_built(Py_BuildValue("O&", make_str, (void *)"zz"), "'zz'");
    expect_built(Py_BuildValue("i, i :i\ti", 1, 2, 3, 4), "(1, 2, 3, 4)");
    expect_built(Py_BuildValue("{s:i,s:i}", "a", 1, "b", 2), "{'a': 1, 'b': 2}");
    expect_built(Py_BuildValue("((((i))))", 7), "((((7,),),),)");
    expect_built(Py_BuildValue("[[]]"), "[[]]");
    PyObject *n = PyLong_FromLong(123456);
    expect_built(Py_BuildValue("[i,(s#,N),{s:O}]", 1, "abc", (Py_ssize_t)2, n, "n", Py_None),
                 "[1, ('ab', 123456), {'n': None}]");

    assert_null(Py_BuildValue("O", NULL));
    expect_error(PyExc_SystemError, "NULL object passed to Py_BuildValue");
    assert_null(Py_BuildValue("(iO)", 1, NULL));
    expect_error(PyExc_SystemError, "NULL object passed to Py_BuildValue");
    assert_null(Py_BuildValue("[iN]", 1, NULL));
    expect_error(PyExc_SystemError, "NULL object passed to Py_BuildValue");
    PyErr_SetString(PyExc_KeyError, "pending");   /* NULL with an exception: that one stays */
    assert_null(Py_BuildValue("(O)", NULL));
    expect_error(PyExc_KeyError, "'pending'");
    assert_null(Py_BuildValue("q", 1));
    expect_error(PyExc_SystemError, "bad format char passed to Py_BuildValue");
    assert_null(Py_BuildValue("(i", 1));
    expect_error(PyExc_SystemError, "unmatched paren in format");
    assert_null(Py_BuildValue("(i]", 1));
    expect_error(PyExc_SystemError, "unmatched paren in format");
    assert_null(Py_BuildValue("[i", 1));
    expect_error(PyExc_SystemError, "unmatched paren in format");
    assert_null(Py_BuildValue("{i}", 1));
    expect_error(PyExc_SystemError, "Bad dict format");
    assert_null(Py_BuildValue("{i:i,i}", 1, 2, 3));
    expect_error(PyExc_SystemError, "Bad dict format");
    PyObject *l = PyList_New(0);
    assert_null(Py_BuildValue("{O:i}", l, 1));
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    Py_DECREF(l);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_integer_units),
        cmocka_unit_test(test_char_float_object_units),
        cmocka_unit_test(test_string_units),
        cmocka_unit_test(test_encoded_units),
        cmocka_unit_test(test_py_unicode_units),
        cmocka_unit_test(test_tuples_and_counts),
        cmocka_unit_test(test_keywords),
        cmocka_unit_test(test_flat_formats),
        cmocka_unit_test(test_unpack_and_checks),
        cmocka_unit_test(test_build_value),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
