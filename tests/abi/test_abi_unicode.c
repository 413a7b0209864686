/* unicodeobject.h: PEP 393 macros, creation, PyUnicode_FromFormat, codecs and their errors. */
#include "abi_test.h"

static void test_pep393(void **state) {
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
    Py_DECREF(nw); Py_DECREF(f); Py_DECREF(e); Py_DECREF(s);
}

static void test_pep393_errors(void **state) {
    assert_null(PyUnicode_New(3, 0x110000));
    expect_error(PyExc_SystemError, "invalid maximum character passed to PyUnicode_New");
    assert_null(PyUnicode_New(-1, 10));
    expect_error(PyExc_SystemError, "Negative size passed to PyUnicode_New");
    PyObject *a = PyUnicode_New(1, 127), *l = PyUnicode_New(1, 128), *w = PyUnicode_New(1, 0x10000);
    assert_int_equal(PyUnicode_KIND(a), PyUnicode_1BYTE_KIND);
    assert_true(PyUnicode_IS_ASCII(a));
    assert_false(PyUnicode_IS_ASCII(l));
    assert_int_equal(PyUnicode_MAX_CHAR_VALUE(a), 127);
    assert_int_equal(PyUnicode_KIND(w), PyUnicode_4BYTE_KIND);
    assert_int_equal(PyUnicode_MAX_CHAR_VALUE(w), 0x10ffff);
    assert_int_equal(PyUnicode_READY(a), 0);
    Py_DECREF(a); Py_DECREF(l); Py_DECREF(w);
    PyObject *s = PyUnicode_FromString("h\xc3\xa9llo"), *five = PyLong_FromLong(5);
    assert_true(PyUnicode_ReadChar(s, 9) == (Py_UCS4)-1);
    expect_error(PyExc_IndexError, "string index out of range");
    assert_int_equal(PyUnicode_GetLength(five), -1);
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    PyObject *k = PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, (Py_UCS2[]){0x41, 0x20ac}, 2);
    assert_string_equal(PyUnicode_AsUTF8(k), "A\xe2\x82\xac");
    Py_DECREF(k);
    assert_null(PyUnicode_FromKindAndData(3, "x", 1));
    expect_error(PyExc_SystemError, "invalid kind");
    assert_null(PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, (Py_UCS4[]){0x110000}, 1));
    expect_error(PyExc_SystemError, "invalid maximum character passed to PyUnicode_New");
    assert_null(PyUnicode_FromOrdinal(0x110000));
    expect_error(PyExc_ValueError, "chr() arg not in range(0x110000)");
    Py_UCS4 b4[2];
    assert_null(PyUnicode_AsUCS4(s, b4, 2, 1));
    expect_error(PyExc_SystemError, "string is longer than the buffer");
    Py_UCS4 *u4 = PyUnicode_AsUCS4Copy(s);
    assert_int_equal(u4[1], 0xe9);
    assert_int_equal(u4[5], 0);
    PyMem_Free(u4);
    wchar_t wb[3];
    assert_int_equal(PyUnicode_AsWideChar(s, wb, 3), 3);
    assert_int_equal(wb[1], 0xe9);
    assert_int_equal(PyUnicode_AsWideChar(s, NULL, 0), 6);
    assert_int_equal(PyUnicode_AsWideChar(five, wb, 3), -1);
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    PyObject *fw = PyUnicode_FromWideChar(L"wxyz", 2);
    assert_str(fw, "wx");
    Py_DECREF(fw);
    Py_DECREF(five);
    Py_DECREF(s);
}

/* PyUnicode_FromFormat: every conversion of 3.11, with width and precision. */
static void test_from_format(void **state) {
    PyObject *s = PyUnicode_FromString("h\xc3\xa9llo"), *e = PyUnicode_FromString("\xe2\x82\xac"), *f;
#define FMT(want, ...)                               \
    f = PyUnicode_FromFormat(__VA_ARGS__);           \
    assert_non_null(f);                              \
    assert_string_equal(PyUnicode_AsUTF8(f), want);  \
    Py_DECREF(f)
    FMT("%|\xe2\x82\xac|-1|4000000000|-2|-3|18446744073709551615|-9223372036854775808|-4|18446744073709551615|-5|-6|7|8|ff",
        "%%|%c|%d|%u|%ld|%li|%lu|%lld|%lli|%llu|%zd|%zi|%zu|%i|%x", 0x20ac, -1, 4000000000u, -2L, -3L,
        ULONG_MAX, LLONG_MIN, -4LL, ULLONG_MAX, (Py_ssize_t)-5, (Py_ssize_t)-6, (size_t)7, 8, 255);
    FMT("h\xc3\xa9|\xe2\x82\xac|\xe2\x82\xac|y|h\xc3\xa9llo|'h\xc3\xa9llo'|'h\\xe9llo'", "%s|%U|%V|%V|%S|%R|%A",
        "h\xc3\xa9", e, e, "x", NULL, "y", s, s, s);
    FMT("[   42][00042][007][  007][      ab][ab][    \xe2\x82\xac]['h\xc3\xa9]['h\\xe9llo'][h]",
        "[%5d][%05d][%.3d][%5.3d][%8s][%.2s][%5.1U][%.3R][%10A][%.1S]", 42, 42, 7, 7, "ab", "abc", e, s, s, s);
    FMT("[   ff][    3][    3][xy][    \xe2\x82\xac][0x1]", "[%5x][%5zd][%5u][%.2V][%5V][%3p]", 255,
        (Py_ssize_t)3, 3u, NULL, "xyz", e, "xyz", (void *)1);
    FMT("0x1234", "%p", (void *)0x1234);
    FMT("[z]", "[%4c]", 'z');                 /* no width for %c */
    FMT("[\xef\xbf\xbd]", "[%.1s]", "\xc3\xa9x");   /* %s precision counts bytes */
    FMT("\xef\xbf\xbd", "%s", "\xff");
    /* An unknown conversion: the rest of the format is copied, its arguments not read. */
    FMT("a%qb%d", "a%qb%d", 5);
    FMT("a%", "a%");
    FMT("[%-5d][%d]", "[%-5d][%d]", 42, 1);
    FMT("[%X]", "[%X]", 255);
    FMT("[%lx]", "[%lx]", 255L);
    FMT("[%*d]", "[%*d]", 5, 3);
    FMT("[%ls]", "[%ls]", L"w");
    FMT("[%+d]", "[%+d]", 3);
    FMT("%hd", "%hd", (short)-1);
    FMT("%o", "%o", 8);
#undef FMT
    assert_null(PyUnicode_FromFormat("%c", 0x110000));
    expect_error(PyExc_OverflowError, "character argument not in range(0x110000)");
    PyObject *bad = py_eval("type('R', (), {'__repr__': lambda s: 1/0})()");
    assert_null(PyUnicode_FromFormat("%R", bad));
    expect_error(PyExc_ZeroDivisionError, "division by zero");
    Py_DECREF(bad);
    Py_DECREF(e);
    Py_DECREF(s);
}

/* The functions that mirror str's methods check their str arguments as CPython does. */
static void test_methods(void **state) {
    PyObject *s = PyUnicode_FromString("h\xc3\xa9llo"), *five = PyLong_FromLong(5);
    PyObject *ll = PyUnicode_FromString("l"), *big_l = PyUnicode_FromString("L"), *r;
    assert_int_equal(PyUnicode_FindChar(s, 'l', 0, 5, 1), 2);
    assert_int_equal(PyUnicode_FindChar(s, 'l', 0, 5, -1), 3);
    assert_int_equal(PyUnicode_FindChar(s, 'z', 0, 5, 1), -1);
    assert_int_equal(PyUnicode_Find(s, five, 0, 5, 1), -2);
    expect_error(PyExc_TypeError, "must be str, not int");
    assert_int_equal(PyUnicode_Find(five, s, 0, 5, 1), -2);
    expect_error(PyExc_TypeError, "must be str, not int");
    assert_int_equal(PyUnicode_Count(s, ll, 0, 5), 2);
    assert_int_equal(PyUnicode_Count(s, five, 0, 5), -1);
    expect_error(PyExc_TypeError, "must be str, not int");
    r = PyUnicode_Replace(s, ll, big_l, 1);
    assert_str(r, "h\xc3\xa9Llo");
    Py_DECREF(r);
    assert_null(PyUnicode_Replace(s, five, big_l, 1));
    expect_error(PyExc_TypeError, "must be str, not int");
    assert_null(PyUnicode_Split(s, five, -1));
    expect_error(PyExc_TypeError, "must be str, not int");
    PyObject *empty = PyUnicode_FromString("");
    assert_null(PyUnicode_Split(s, empty, -1));
    expect_error(PyExc_ValueError, "empty separator");
    Py_DECREF(empty);
    PyObject *abc = PyUnicode_FromString("a,b,c"), *comma = PyUnicode_FromString(",");
    r = PyUnicode_RSplit(abc, comma, 1);
    assert_repr(r, "['a,b', 'c']");
    Py_DECREF(r);
    assert_null(PyUnicode_Splitlines(five, 0));
    expect_error(PyExc_TypeError, "must be str, not int");
    assert_int_equal(PyUnicode_Tailmatch(s, five, 0, 5, 1), -1);
    expect_error(PyExc_TypeError, "must be str, not int");
    PyObject *items = py_eval("['a', 1]");
    assert_null(PyUnicode_Join(comma, items));
    expect_error(PyExc_TypeError, "sequence item 1: expected str instance, int found");
    assert_null(PyUnicode_Join(comma, five));
    expect_error(PyExc_TypeError, "can only join an iterable");
    Py_DECREF(items);
    assert_null(PyUnicode_Concat(s, five));
    expect_error(PyExc_TypeError, "can only concatenate str (not \"int\") to str");
    assert_null(PyUnicode_Concat(five, s));
    expect_error(PyExc_TypeError, "must be str, not int");
    assert_int_equal(PyUnicode_Contains(s, five), -1);
    expect_error(PyExc_TypeError, "'in <string>' requires string as left operand, not int");
    assert_int_equal(PyUnicode_Contains(five, s), -1);
    expect_error(PyExc_TypeError, "must be str, not int");
    assert_int_equal(PyUnicode_Compare(s, five), -1);
    expect_error(PyExc_TypeError, "Can't compare str and int");
    assert_int_equal(PyUnicode_CompareWithASCIIString(abc, "a,b,d"), -1);
    r = PyUnicode_RichCompare(s, five, Py_EQ);
    assert_ptr_equal(r, Py_NotImplemented);
    Py_DECREF(r);
    r = PyUnicode_RichCompare(s, s, Py_LE);
    assert_ptr_equal(r, Py_True);
    Py_DECREF(r);
    PyObject *fmt = PyUnicode_FromString("%s %s"), *one = py_eval("('a',)");
    assert_null(PyUnicode_Format(fmt, one));
    expect_error(PyExc_TypeError, "not enough arguments for format string");
    Py_DECREF(one); Py_DECREF(fmt);
    assert_null(PyUnicode_FromObject(five));
    expect_error(PyExc_TypeError, "Can't convert 'int' object to str implicitly");
    assert_null(PyUnicode_FromEncodedObject(s, "utf-8", "strict"));
    expect_error(PyExc_TypeError, "decoding str is not supported");
    assert_null(PyUnicode_FromEncodedObject(five, NULL, NULL));
    expect_error(PyExc_TypeError, "decoding to str: need a bytes-like object, int found");
    assert_ptr_equal(PyUnicode_InternFromString("ab"), PyUnicode_InternFromString("ab"));
    Py_DECREF(comma); Py_DECREF(abc); Py_DECREF(big_l); Py_DECREF(ll); Py_DECREF(five); Py_DECREF(s);
}

static void test_codecs(void **state) {
    PyObject *s = PyUnicode_FromString("h\xc3\xa9llo"), *e = PyUnicode_FromString("\xe2\x82\xac");
    PyObject *sur = py_eval("'a\\ud800b'"), *five = PyLong_FromLong(5), *b;
    assert_null(PyUnicode_AsUTF8(sur));
    expect_error(PyExc_UnicodeEncodeError, "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed");
    assert_null(PyUnicode_AsUTF8(five));
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    assert_null(PyUnicode_AsUTF8String(five));
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    assert_null(PyUnicode_AsASCIIString(s));
    expect_error(PyExc_UnicodeEncodeError, "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
    assert_null(PyUnicode_AsLatin1String(e));
    expect_error(PyExc_UnicodeEncodeError, "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)");
    b = PyUnicode_AsEncodedString(s, "ascii", "replace");
    assert_string_equal(PyBytes_AsString(b), "h?llo");
    Py_DECREF(b);
    b = PyUnicode_AsEncodedString(s, "ascii", "xmlcharrefreplace");
    assert_string_equal(PyBytes_AsString(b), "h&#233;llo");
    Py_DECREF(b);
    assert_null(PyUnicode_AsEncodedString(s, "ascii", "bogus"));
    expect_error(PyExc_LookupError, "unknown error handler name 'bogus'");
    assert_null(PyUnicode_AsEncodedString(s, "nope", NULL));
    expect_error(PyExc_LookupError, "unknown encoding: nope");
    assert_null(PyUnicode_AsEncodedString(s, "rot13", NULL));
    expect_error(PyExc_LookupError, "'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs");
    assert_null(PyUnicode_DecodeUTF8("a\xffz", 3, "strict"));
    expect_error(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    const char *handlers[][2] = {{"replace", "a\xef\xbf\xbdz"}, {"ignore", "az"}, {"backslashreplace", "a\\xffz"}};
    for (int i = 0; i < 3; i++) {
        PyObject *d = PyUnicode_DecodeUTF8("a\xffz", 3, handlers[i][0]);
        assert_str(d, handlers[i][1]);
        Py_DECREF(d);
    }
    PyObject *d = PyUnicode_DecodeUTF8("a\xffz", 3, "surrogateescape");
    assert_int_equal(PyUnicode_ReadChar(d, 1), 0xdcff);
    Py_DECREF(d);
    assert_null(PyUnicode_DecodeUTF8("a\xe2\x82", 3, "strict"));
    expect_error(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    assert_null(PyUnicode_DecodeUTF8("a\xffz", 3, "bogus"));
    expect_error(PyExc_LookupError, "unknown error handler name 'bogus'");
    Py_ssize_t consumed;
    d = PyUnicode_DecodeUTF8Stateful("a\xe2\x82", 3, "strict", &consumed);
    assert_str(d, "a");
    assert_int_equal(consumed, 1);
    Py_DECREF(d);
    assert_null(PyUnicode_DecodeASCII("a\x80", 2, "strict"));
    expect_error(PyExc_UnicodeDecodeError, "'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)");
    assert_null(PyUnicode_Decode("abc", 3, "nope", NULL));
    expect_error(PyExc_LookupError, "unknown encoding: nope");
    assert_null(PyUnicode_Decode("abc", 3, "rot13", NULL));
    expect_error(PyExc_LookupError, "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
    d = PyUnicode_Decode("\xff\xfe\x41\x00", 4, "utf-16", NULL);
    assert_str(d, "A");
    Py_DECREF(d);
    assert_null(PyUnicode_FromStringAndSize("abc", -1));
    expect_error(PyExc_SystemError, "Negative size passed to PyUnicode_FromStringAndSize");
    assert_null(PyUnicode_FromString("\xe2\x82"));
    expect_error(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    assert_null(PyUnicode_DecodeUnicodeEscape("\\u20", 4, NULL));
    expect_error(PyExc_UnicodeDecodeError, "'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape");
    b = PyUnicode_AsUnicodeEscapeString(e);
    assert_string_equal(PyBytes_AsString(b), "\\u20ac");
    Py_DECREF(b);
    assert_null(PyUnicode_EncodeFSDefault(sur));
    expect_error(PyExc_UnicodeEncodeError, "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed");
    d = PyUnicode_DecodeFSDefault("a\xff");
    assert_int_equal(PyUnicode_ReadChar(d, 1), 0xdcff);
    Py_DECREF(d);
    Py_DECREF(five); Py_DECREF(sur); Py_DECREF(e); Py_DECREF(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pep393),
        cmocka_unit_test(test_pep393_errors),
        cmocka_unit_test(test_from_format),
        cmocka_unit_test(test_methods),
        cmocka_unit_test(test_codecs),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
