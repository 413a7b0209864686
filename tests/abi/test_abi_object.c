/* object.h and abstract.h's object protocol: repr/str, attributes, comparison, truth,
 * iteration, calls, running code. */
#include "abi_test.h"

static void test_object_protocol(void **state) {
    PyObject *l = PyObject_CallFunction(builtin("list"), "((iii))", 3, 1, 2);
    assert_non_null(l);
    PyObject *r = PyObject_Repr(l);
    assert_string_equal(PyUnicode_AsUTF8(r), "[3, 1, 2]");
    Py_DECREF(r);
    assert_int_equal(PyObject_Length(l), 3);
    PyObject *sorted = PyObject_CallMethod(l, "sort", NULL);
    assert_ptr_equal(sorted, Py_None);
    Py_DECREF(sorted);
    PyObject *zero = PyLong_FromLong(0);
    PyObject *first = PyObject_GetItem(l, zero);
    assert_int_equal(PyLong_AsLong(first), 1);
    Py_DECREF(first);
    assert_int_equal(PyObject_RichCompareBool(zero, zero, Py_EQ), 1);
    assert_int_equal(PyObject_IsTrue(l), 1);
    assert_int_equal(PyObject_HasAttrString(l, "append"), 1);
    assert_int_equal(PyObject_HasAttrString(l, "nope"), 0);
    assert_null(PyObject_GetAttrString(l, "nope"));
    expect_error(PyExc_AttributeError, "'list' object has no attribute 'nope'");
    PyObject *it = PyObject_GetIter(l), *item;
    long total = 0;
    while ((item = PyIter_Next(it))) {
        total += PyLong_AsLong(item);
        Py_DECREF(item);
    }
    assert_null(PyErr_Occurred());
    assert_int_equal(total, 6);
    Py_DECREF(it);
    Py_DECREF(zero);
    Py_DECREF(l);
    assert_int_equal(PyObject_Hash(Py_None) == -1, 0);
}

static void test_run_code(void **state) {
    assert_int_equal(PyRun_SimpleString("legacy_x = 6 * 7"), 0);
    PyObject *g = PyDict_New();
    PyObject *r = PyRun_String("21 * 2", Py_eval_input, g, g);
    assert_int_equal(PyLong_AsLong(r), 42);
    Py_DECREF(r);
    r = PyRun_String("def f(a):\n    return a + 1\ny = f(1)\n", Py_file_input, g, g);
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    assert_int_equal(PyLong_AsLong(PyDict_GetItemString(g, "y")), 2);
    assert_null(PyRun_String("1 +", Py_eval_input, g, g));
    assert_true(PyErr_ExceptionMatches(PyExc_Exception));
    PyErr_Clear();
    Py_DECREF(g);

    _Py_IDENTIFIER(upper);
    PyObject *s = PyUnicode_FromString("abc");
    PyObject *u = _PyObject_CallMethodId(s, &PyId_upper, NULL);
    assert_string_equal(PyUnicode_AsUTF8(u), "ABC");
    Py_ssize_t i = 7;
    assert_int_equal(_PyEval_SliceIndex(Py_None, &i), 1);
    assert_int_equal(i, 7);
    assert_int_equal(_PyEval_SliceIndex(s, &i), 0);
    expect_error(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
    Py_DECREF(u);
    Py_DECREF(s);
}

/* A class whose special methods return the wrong types: CPython's TypeErrors. */
static void test_bad_special_methods(void **state) {
    PyObject *bad = py_eval("type('B', (), {'__repr__': lambda s: 5, '__str__': lambda s: 6, '__bytes__': lambda s: 7,"
                            " '__hash__': lambda s: 'h', '__bool__': lambda s: 2, '__len__': lambda s: -1,"
                            " '__format__': lambda s, f: 8, '__dir__': lambda s: 9})()");
    assert_null(PyObject_Repr(bad));
    expect_error(PyExc_TypeError, "__repr__ returned non-string (type int)");
    assert_null(PyObject_Str(bad));
    expect_error(PyExc_TypeError, "__str__ returned non-string (type int)");
    assert_null(PyObject_ASCII(bad));
    expect_error(PyExc_TypeError, "__repr__ returned non-string (type int)");
    assert_null(PyObject_Bytes(bad));
    expect_error(PyExc_TypeError, "__bytes__ returned non-bytes (type int)");
    assert_int_equal(PyObject_Hash(bad), -1);
    expect_error(PyExc_TypeError, "__hash__ method should return an integer");
    assert_int_equal(PyObject_IsTrue(bad), -1);
    expect_error(PyExc_TypeError, "__bool__ should return bool, returned int");
    assert_int_equal(PyObject_Not(bad), -1);
    expect_error(PyExc_TypeError, "__bool__ should return bool, returned int");
    assert_int_equal(PyObject_Length(bad), -1);
    expect_error(PyExc_ValueError, "__len__() should return >= 0");
    assert_null(PyObject_Format(bad, NULL));
    expect_error(PyExc_TypeError, "__format__ must return a str, not int");
    assert_null(PyObject_Dir(bad));
    expect_error(PyExc_TypeError, "'int' object is not iterable");
    Py_DECREF(bad);
}

static void test_null_and_bytes(void **state) {
    PyObject *r = PyObject_Repr(NULL);
    assert_str(r, "<NULL>");
    Py_DECREF(r);
    r = PyObject_Str(NULL);
    assert_str(r, "<NULL>");
    Py_DECREF(r);
    r = PyObject_Bytes(NULL);
    assert_string_equal(PyBytes_AsString(r), "<NULL>");
    Py_DECREF(r);
    PyObject *s = PyUnicode_FromString("ab"), *i5 = PyLong_FromLong(5), *l = py_eval("[1]");
    assert_null(PyObject_Bytes(s));   /* not bytes(s): no encoding */
    expect_error(PyExc_TypeError, "cannot convert 'str' object to bytes");
    assert_null(PyObject_Bytes(i5));  /* not bytes(5) */
    expect_error(PyExc_TypeError, "cannot convert 'int' object to bytes");
    r = PyObject_Bytes(l);
    assert_repr(r, "b'\\x01'");
    Py_DECREF(r);
    assert_int_equal(PyObject_Hash(l), -1);
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    PyObject *spec = PyUnicode_FromString("x>4");
    r = PyObject_Format(i5, spec);
    assert_str(r, "xxx5");
    Py_DECREF(r);
    Py_DECREF(spec);
    spec = PyUnicode_FromString("q");
    assert_null(PyObject_Format(i5, spec));
    expect_error(PyExc_ValueError, "Unknown format code 'q' for object of type 'int'");
    Py_DECREF(spec);
    spec = PyUnicode_FromString("5");
    assert_null(PyObject_Format(l, spec));
    expect_error(PyExc_TypeError, "unsupported format string passed to list.__format__");
    Py_DECREF(spec);
    assert_null(PyObject_Dir(NULL));   /* no Python frame runs */
    expect_error(PyExc_SystemError, "frame does not exist");
    assert_null(PyObject_Init(NULL, &PyLong_Type));
    expect_error(PyExc_MemoryError, "");
    Py_DECREF(l); Py_DECREF(i5); Py_DECREF(s);
}

static void test_attributes(void **state) {
    PyObject *i5 = PyLong_FromLong(5), *l = PyList_New(0), *r;
    assert_null(PyObject_GetAttr(i5, i5));
    expect_error(PyExc_TypeError, "attribute name must be string, not 'int'");
    assert_int_equal(PyObject_SetAttrString(i5, "x", i5), -1);
    expect_error(PyExc_AttributeError, "'int' object has no attribute 'x'");
    assert_int_equal(PyObject_SetAttrString(i5, "real", i5), -1);
    expect_error(PyExc_AttributeError, "attribute 'real' of 'int' objects is not writable");
    assert_int_equal(PyObject_SetAttr(l, i5, i5), -1);
    expect_error(PyExc_TypeError, "attribute name must be string, not 'int'");
    assert_int_equal(PyObject_DelAttrString(l, "append"), -1);
    expect_error(PyExc_AttributeError, "'list' object attribute 'append' is read-only");
    assert_int_equal(PyObject_DelAttrString(Py_None, "x"), -1);
    expect_error(PyExc_AttributeError, "'NoneType' object has no attribute 'x'");
    assert_int_equal(PyObject_HasAttrString(i5, "real"), 1);
    assert_int_equal(PyObject_HasAttr(i5, i5), 0);
    PyObject *raiser = py_eval("type('R', (), {'__getattr__': lambda s, n: 1/0})()");
    assert_int_equal(PyObject_HasAttrString(raiser, "x"), 0);   /* any error swallowed */
    assert_null(PyErr_Occurred());
    assert_null(PyObject_GetAttrString(raiser, "x"));
    expect_error(PyExc_ZeroDivisionError, "division by zero");
    PyObject *nope = PyUnicode_FromString("nope"), *x = PyUnicode_FromString("x");
    assert_int_equal(_PyObject_LookupAttr(i5, nope, &r), 0);   /* AttributeError swallowed */
    assert_null(r);
    assert_null(PyErr_Occurred());
    assert_int_equal(_PyObject_LookupAttr(raiser, x, &r), -1);  /* others not */
    expect_error(PyExc_ZeroDivisionError, "division by zero");
    PyObject *real = PyUnicode_FromString("real");
    assert_int_equal(_PyObject_LookupAttr(i5, real, &r), 1);
    assert_int_equal(PyLong_AsLong(r), 5);
    Py_DECREF(r);
    assert_null(PyObject_GenericGetAttr(i5, nope));
    expect_error(PyExc_AttributeError, "'int' object has no attribute 'nope'");
    assert_int_equal(PyObject_GenericSetAttr(i5, x, i5), -1);
    expect_error(PyExc_AttributeError, "'int' object has no attribute 'x'");
    PyObject *inst = py_eval("type('O', (), {})()");
    assert_int_equal(PyObject_GenericSetAttr(inst, i5, i5), -1);
    expect_error(PyExc_TypeError, "attribute name must be string, not 'int'");
    Py_DECREF(inst); Py_DECREF(real); Py_DECREF(x); Py_DECREF(nope); Py_DECREF(raiser);
    Py_DECREF(l); Py_DECREF(i5);
}

static void test_compare_and_isinstance(void **state) {
    PyObject *i5 = PyLong_FromLong(5), *s = PyUnicode_FromString("ab"), *r;
    assert_null(PyObject_RichCompare(i5, s, Py_LT));
    expect_error(PyExc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    r = PyObject_RichCompare(i5, s, Py_NE);
    assert_ptr_equal(r, Py_True);
    Py_DECREF(r);
    assert_int_equal(PyObject_RichCompareBool(i5, s, Py_GE), -1);
    expect_error(PyExc_TypeError, "'>=' not supported between instances of 'int' and 'str'");
    PyObject *nan = PyFloat_FromDouble(NAN), *nan2 = PyFloat_FromDouble(NAN);
    assert_int_equal(PyObject_RichCompareBool(nan, nan, Py_EQ), 1);   /* identity first */
    assert_int_equal(PyObject_RichCompareBool(nan, nan, Py_NE), 0);
    assert_int_equal(PyObject_RichCompareBool(nan, nan2, Py_EQ), 0);
    Py_DECREF(nan2); Py_DECREF(nan);
    assert_int_equal(PyObject_IsInstance(i5, i5), -1);
    expect_error(PyExc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    PyObject *nested = py_eval("(str, (int,))");
    assert_int_equal(PyObject_IsInstance(i5, nested), 1);
    Py_DECREF(nested);
    assert_int_equal(PyObject_IsSubclass(i5, (PyObject *)&PyLong_Type), -1);
    expect_error(PyExc_TypeError, "issubclass() arg 1 must be a class");
    assert_int_equal(PyObject_IsSubclass((PyObject *)&PyBool_Type, i5), -1);
    expect_error(PyExc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    PyObject *meta = py_eval("type('M', (type,), {'__instancecheck__': lambda c, o: 1/0})('X', (), {})");
    assert_int_equal(PyObject_IsInstance(i5, meta), -1);
    expect_error(PyExc_ZeroDivisionError, "division by zero");
    Py_DECREF(meta);
    assert_true(PyObject_TypeCheck(Py_True, &PyLong_Type));
    assert_false(PyCallable_Check(i5));
    assert_true(PyCallable_Check(builtin("len")));
    Py_DECREF(s); Py_DECREF(i5);
}

static void test_calls(void **state) {
    PyObject *len = builtin("len"), *max = builtin("max"), *i5 = PyLong_FromLong(5), *r;
    PyObject *l = py_eval("[1]"), *s = PyUnicode_FromString("ab");
    assert_null(PyObject_CallObject(i5, NULL));
    expect_error(PyExc_TypeError, "'int' object is not callable");
    PyObject *two = py_eval("(1, 2)");
    assert_null(PyObject_Call(len, two, NULL));
    expect_error(PyExc_TypeError, "len() takes exactly one argument (2 given)");
    Py_DECREF(two);
    assert_null(PyObject_CallNoArgs(len));
    expect_error(PyExc_TypeError, "len() takes exactly one argument (0 given)");
    assert_null(PyObject_CallOneArg(len, i5));
    expect_error(PyExc_TypeError, "object of type 'int' has no len()");
    r = PyObject_CallFunction(max, "ii", 1, 3);
    assert_int_equal(PyLong_AsLong(r), 3);
    Py_DECREF(r);
    assert_null(PyObject_CallFunction(max, "i", 1));   /* one value: not a tuple of arguments */
    expect_error(PyExc_TypeError, "'int' object is not iterable");
    r = PyObject_CallFunction(len, "(s)", "abc");
    assert_int_equal(PyLong_AsLong(r), 3);
    Py_DECREF(r);
    assert_null(PyObject_CallMethod(l, "index", "i", 9));
    expect_error(PyExc_ValueError, "9 is not in list");
    assert_null(PyObject_CallMethod(l, "nope", NULL));
    expect_error(PyExc_AttributeError, "'list' object has no attribute 'nope'");
    assert_null(PyObject_CallMethod(NULL, "x", NULL));
    expect_error(PyExc_SystemError, "null argument to internal routine");
    PyObject *seven = PyLong_FromLong(7);
    r = PyObject_CallFunctionObjArgs(max, i5, seven, NULL);
    assert_ptr_equal(r, seven);
    Py_DECREF(r);
    PyObject *upper = PyUnicode_FromString("upper"), *nope = PyUnicode_FromString("nope");
    r = PyObject_CallMethodObjArgs(s, upper, NULL);
    assert_str(r, "AB");
    Py_DECREF(r);
    assert_null(PyObject_CallMethodObjArgs(s, nope, NULL));
    expect_error(PyExc_AttributeError, "'str' object has no attribute 'nope'");
    PyObject *args[] = {NULL, PyUnicode_FromString("a"), PyUnicode_FromString("b")};
    r = PyObject_Vectorcall(max, args + 1, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
    assert_str(r, "b");
    Py_DECREF(r);
    PyObject *key = py_eval("('key',)");
    assert_null(PyObject_Vectorcall(builtin("sorted"), args + 1, 1, key));   /* key='a' */
    expect_error(PyExc_TypeError, "'str' object is not callable");
    assert_null(PyObject_Vectorcall(builtin("sorted"), args + 1, 0, key));
    expect_error(PyExc_TypeError, "sorted expected 1 argument, got 0");
    Py_DECREF(key);
    PyObject *kw = py_eval("{'k': 1}");
    r = PyObject_VectorcallDict(builtin("dict"), NULL, 0, kw);
    assert_repr(r, "{'k': 1}");
    Py_DECREF(r);
    Py_DECREF(kw);
    Py_DECREF(args[1]); Py_DECREF(args[2]);
    Py_DECREF(nope); Py_DECREF(upper); Py_DECREF(seven); Py_DECREF(s); Py_DECREF(l); Py_DECREF(i5);
}

static void test_repr_enter(void **state) {
    PyObject *l = PyList_New(0);
    assert_int_equal(Py_ReprEnter(l), 0);
    assert_int_equal(Py_ReprEnter(l), 1);   /* already being shown */
    Py_ReprLeave(l);
    assert_int_equal(Py_ReprEnter(l), 0);
    Py_ReprLeave(l);
    Py_DECREF(l);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_object_protocol),
        cmocka_unit_test(test_run_code),
        cmocka_unit_test(test_bad_special_methods),
        cmocka_unit_test(test_null_and_bytes),
        cmocka_unit_test(test_attributes),
        cmocka_unit_test(test_compare_and_isinstance),
        cmocka_unit_test(test_calls),
        cmocka_unit_test(test_repr_enter),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
