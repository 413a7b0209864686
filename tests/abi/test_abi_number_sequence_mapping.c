/* abstract.h's number, sequence and mapping protocols: each operation's result or CPython's
 * error, PyNumber_Index/Long/Float/AsSsize_t/ToBase, in-place forms, the sequence functions
 * on mappings and non-sequences, the mapping functions, length hints and iterators. */
#include "abi_test.h"

typedef PyObject *(*binaryfn)(PyObject *, PyObject *);
typedef PyObject *(*unaryfn)(PyObject *);

/* fn(eval(a), eval(b)) has repr `want`, or raises exc with message `want`. */
static void binop(binaryfn fn, const char *a, const char *b, PyObject *exc, const char *want) {
    PyObject *x = py_eval(a), *y = py_eval(b), *r = fn(x, y);
    if (exc) {
        assert_null(r);
        expect_error(exc, want);
    } else {
        assert_repr(r, want);
        Py_DECREF(r);
    }
    Py_DECREF(y);
    Py_DECREF(x);
}
static void unop(unaryfn fn, const char *a, PyObject *exc, const char *want) {
    PyObject *x = py_eval(a), *r = fn(x);
    if (exc) {
        assert_null(r);
        expect_error(exc, want);
    } else {
        assert_repr(r, want);
        Py_DECREF(r);
    }
    Py_DECREF(x);
}

static void test_number_errors(void **state) {
    PyObject *TE = PyExc_TypeError, *ZE = PyExc_ZeroDivisionError, *VE = PyExc_ValueError;
    binop(PyNumber_Add, "5", "'ab'", TE, "unsupported operand type(s) for +: 'int' and 'str'");
    binop(PyNumber_Subtract, "'ab'", "'ab'", TE, "unsupported operand type(s) for -: 'str' and 'str'");
    binop(PyNumber_Multiply, "'ab'", "2.5", TE, "can't multiply sequence by non-int of type 'float'");
    binop(PyNumber_Multiply, "2", "[1, 2]", NULL, "[1, 2, 1, 2]");
    binop(PyNumber_TrueDivide, "5", "0", ZE, "division by zero");
    binop(PyNumber_FloorDivide, "5", "0", ZE, "integer division or modulo by zero");
    binop(PyNumber_Remainder, "5", "0", ZE, "integer modulo by zero");
    binop(PyNumber_Divmod, "5", "0", ZE, "integer division or modulo by zero");
    binop(PyNumber_Divmod, "2.5", "0.0", ZE, "float divmod()");
    binop(PyNumber_Lshift, "5", "-1", VE, "negative shift count");
    binop(PyNumber_Rshift, "5", "-1", VE, "negative shift count");
    binop(PyNumber_And, "2.5", "5", TE, "unsupported operand type(s) for &: 'float' and 'int'");
    binop(PyNumber_Or, "'ab'", "None", TE, "unsupported operand type(s) for |: 'str' and 'NoneType'");
    binop(PyNumber_Xor, "[]", "[]", TE, "unsupported operand type(s) for ^: 'list' and 'list'");
    binop(PyNumber_MatrixMultiply, "5", "5", TE, "unsupported operand type(s) for @: 'int' and 'int'");
    binop(PyNumber_InPlaceAdd, "(1, 2)", "[3]", TE, "can only concatenate tuple (not \"list\") to tuple");
    binop(PyNumber_InPlaceAdd, "5", "'ab'", TE, "unsupported operand type(s) for +=: 'int' and 'str'");
    binop(PyNumber_InPlaceSubtract, "'ab'", "'ab'", TE, "unsupported operand type(s) for -=: 'str' and 'str'");
    binop(PyNumber_InPlaceTrueDivide, "5", "0", ZE, "division by zero");
    binop(PyNumber_InPlaceOr, "{'a': 1}", "{'b': 2}", NULL, "{'a': 1, 'b': 2}");
    unop(PyNumber_Negative, "'ab'", TE, "bad operand type for unary -: 'str'");
    unop(PyNumber_Positive, "[]", TE, "bad operand type for unary +: 'list'");
    unop(PyNumber_Invert, "2.5", TE, "bad operand type for unary ~: 'float'");
    unop(PyNumber_Absolute, "'ab'", TE, "bad operand type for abs(): 'str'");
    unop(PyNumber_Index, "2.5", TE, "'float' object cannot be interpreted as an integer");
    unop(PyNumber_Long, "'ab'", VE, "invalid literal for int() with base 10: 'ab'");
    unop(PyNumber_Long, "[]", TE, "int() argument must be a string, a bytes-like object or a real number, not 'list'");
    unop(PyNumber_Long, "2.5", NULL, "2");
    unop(PyNumber_Long, "type('T', (), {'__trunc__': lambda s: 3})()", NULL, "3");
    unop(PyNumber_Float, "'ab'", VE, "could not convert string to float: 'ab'");
    unop(PyNumber_Float, "[]", TE, "float() argument must be a string or a real number, not 'list'");
    unop(PyNumber_Float, "'1e5'", NULL, "100000.0");

    PyObject *three = PyLong_FromLong(3), *zero = PyLong_FromLong(0), *five = PyLong_FromLong(5);
    PyObject *m1 = PyLong_FromLong(-1), *f = PyFloat_FromDouble(2.5), *r;
    r = PyNumber_Power(five, m1, three);   /* modular inverse */
    assert_int_equal(PyLong_AsLong(r), 2);
    Py_DECREF(r);
    assert_null(PyNumber_Power(five, three, zero));
    expect_error(VE, "pow() 3rd argument cannot be 0");
    assert_null(PyNumber_Power(f, five, three));
    expect_error(TE, "pow() 3rd argument not allowed unless all arguments are integers");
    PyObject *fz = PyFloat_FromDouble(0.0);
    assert_null(PyNumber_Power(fz, m1, Py_None));
    expect_error(ZE, "0.0 cannot be raised to a negative power");
    Py_DECREF(fz);
    /* PyNumber_Index gives an exact int, also for a bool. */
    r = PyNumber_Index(Py_True);
    assert_true(PyLong_CheckExact(r));
    assert_int_equal(PyLong_AsLong(r), 1);
    Py_DECREF(r);
    PyObject *big = py_eval("2**70"), *nbig = py_eval("-2**70");
    assert_true(PyNumber_AsSsize_t(big, NULL) == PY_SSIZE_T_MAX);   /* clipped */
    assert_true(PyNumber_AsSsize_t(nbig, NULL) == PY_SSIZE_T_MIN);
    assert_int_equal(PyNumber_AsSsize_t(big, PyExc_OverflowError), -1);
    expect_error(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
    assert_int_equal(PyNumber_AsSsize_t(big, PyExc_IndexError), -1);
    expect_error(PyExc_IndexError, "cannot fit 'int' into an index-sized integer");
    assert_int_equal(PyNumber_AsSsize_t(f, NULL), -1);
    expect_error(TE, "'float' object cannot be interpreted as an integer");
    Py_DECREF(nbig);
    Py_DECREF(big);
    r = PyNumber_ToBase(five, 2);
    assert_str(r, "0b101");
    Py_DECREF(r);
    assert_null(PyNumber_ToBase(five, 3));
    expect_error(PyExc_SystemError, "PyNumber_ToBase: base must be 2, 8, 10 or 16");
    assert_null(PyNumber_ToBase(f, 16));
    expect_error(TE, "'float' object cannot be interpreted as an integer");
    r = PyNumber_ToBase(m1, 16);
    assert_str(r, "-0x1");
    Py_DECREF(r);
    r = PyNumber_InPlacePower(five, three, Py_None);
    assert_int_equal(PyLong_AsLong(r), 125);
    Py_DECREF(r);
    PyObject *s = PyUnicode_FromString("ab"), *c = PyComplex_FromDoubles(0, 1);
    assert_false(PyNumber_Check(s));
    assert_true(PyNumber_Check(f));
    assert_true(PyNumber_Check(c));
    assert_false(PyIndex_Check(f));
    assert_true(PyIndex_Check(five));
    Py_DECREF(c); Py_DECREF(s); Py_DECREF(f); Py_DECREF(m1); Py_DECREF(five); Py_DECREF(zero); Py_DECREF(three);
}

static void test_sequences(void **state) {
    PyObject *TE = PyExc_TypeError;
    PyObject *l = py_eval("[1, 2, 3]"), *t = py_eval("(1, 2)"), *d = py_eval("{'a': 1}");
    PyObject *i5 = PyLong_FromLong(5), *r;
    assert_false(PySequence_Check(d));
    assert_true(PySequence_Check(l));
    assert_int_equal(PySequence_Size(i5), -1);
    expect_error(TE, "object of type 'int' has no len()");
    assert_int_equal(PySequence_Size(d), -1);
    expect_error(TE, "dict is not a sequence");
    PyObject *set = py_eval("{1, 2}");
    assert_int_equal(PySequence_Size(set), 2);
    Py_DECREF(set);
    binop(PySequence_Concat, "[1]", "(2,)", TE, "can only concatenate list (not \"tuple\") to list");
    binop(PySequence_Concat, "5", "[1]", TE, "'int' object can't be concatenated");
    binop(PySequence_Concat, "{}", "{}", TE, "'dict' object can't be concatenated");
    binop(PySequence_InPlaceConcat, "5", "[1]", TE, "'int' object can't be concatenated");
    r = PySequence_Repeat(l, -1);
    assert_repr(r, "[]");
    Py_DECREF(r);
    assert_null(PySequence_Repeat(i5, 2));   /* not 10 */
    expect_error(TE, "'int' object can't be repeated");
    assert_null(PySequence_Repeat(d, 2));
    expect_error(TE, "'dict' object can't be repeated");
    assert_null(PySequence_InPlaceRepeat(i5, 2));
    expect_error(TE, "'int' object can't be repeated");
    r = PySequence_GetItem(l, -1);
    assert_int_equal(PyLong_AsLong(r), 3);
    Py_DECREF(r);
    assert_null(PySequence_GetItem(l, 10));
    expect_error(PyExc_IndexError, "list index out of range");
    assert_null(PySequence_GetItem(d, 0));
    expect_error(TE, "dict is not a sequence");
    assert_null(PySequence_GetItem(i5, 0));
    expect_error(TE, "'int' object does not support indexing");
    r = PySequence_GetSlice(l, 1, 100);
    assert_repr(r, "[2, 3]");
    Py_DECREF(r);
    assert_null(PySequence_GetSlice(i5, 0, 1));
    expect_error(TE, "'int' object is unsliceable");
    assert_int_equal(PySequence_SetItem(t, 0, i5), -1);
    expect_error(TE, "'tuple' object does not support item assignment");
    assert_int_equal(PySequence_SetItem(l, 10, i5), -1);
    expect_error(PyExc_IndexError, "list assignment index out of range");
    assert_int_equal(PySequence_SetItem(i5, 0, i5), -1);
    expect_error(TE, "'int' object does not support item assignment");
    assert_int_equal(PySequence_SetItem(d, 0, i5), -1);   /* not d[0] = 5 */
    expect_error(TE, "dict is not a sequence");
    assert_int_equal(PySequence_DelItem(t, 0), -1);
    expect_error(TE, "'tuple' object doesn't support item deletion");
    assert_int_equal(PySequence_DelItem(l, 10), -1);
    expect_error(PyExc_IndexError, "list assignment index out of range");
    assert_int_equal(PySequence_SetSlice(t, 0, 1, l), -1);
    expect_error(TE, "'tuple' object doesn't support slice assignment");
    assert_int_equal(PySequence_DelSlice(t, 0, 1), -1);
    expect_error(TE, "'tuple' object doesn't support slice deletion");
    assert_int_equal(PySequence_SetSlice(l, 0, 1, i5), -1);
    expect_error(TE, "can only assign an iterable");
    PyObject *two = PyLong_FromLong(2), *nn = PyLong_FromLong(99);
    assert_int_equal(PySequence_Count(l, two), 1);
    assert_int_equal(PySequence_Count(i5, i5), -1);
    expect_error(TE, "argument of type 'int' is not iterable");
    assert_int_equal(PySequence_Contains(l, two), 1);
    assert_int_equal(PySequence_Contains(i5, i5), -1);
    expect_error(TE, "argument of type 'int' is not iterable");
    assert_int_equal(PySequence_Index(l, nn), -1);
    expect_error(PyExc_ValueError, "sequence.index(x): x not in sequence");
    assert_int_equal(PySequence_Index(i5, i5), -1);
    expect_error(TE, "argument of type 'int' is not iterable");
    r = PySequence_Tuple(d);
    assert_repr(r, "('a',)");
    Py_DECREF(r);
    assert_null(PySequence_List(i5));
    expect_error(TE, "'int' object is not iterable");
    assert_null(PySequence_Fast(i5, "not a seq"));
    expect_error(TE, "not a seq");
    r = PySequence_Fast(t, "x");
    assert_ptr_equal(r, t);
    assert_int_equal(PySequence_Fast_GET_SIZE(r), 2);
    Py_DECREF(r);
    Py_DECREF(nn); Py_DECREF(two); Py_DECREF(i5); Py_DECREF(d); Py_DECREF(t); Py_DECREF(l);
}

static void test_mappings(void **state) {
    PyObject *TE = PyExc_TypeError;
    PyObject *d = py_eval("{'a': 1}"), *l = py_eval("[1]"), *t = py_eval("(1,)"), *i5 = PyLong_FromLong(5), *r;
    assert_true(PyMapping_Check(d));
    assert_true(PyMapping_Check(l));   /* anything with __getitem__ */
    assert_false(PyMapping_Check(i5));
    assert_int_equal(PyMapping_Size(i5), -1);
    expect_error(TE, "object of type 'int' has no len()");
    assert_null(PyMapping_Keys(l));
    expect_error(PyExc_AttributeError, "'list' object has no attribute 'keys'");
    PyObject *m = py_eval("type('M', (), {'values': lambda s: 5, 'items': lambda s: iter([(1, 2)])})()");
    assert_null(PyMapping_Values(m));
    expect_error(TE, "M.values() returned a non-iterable (type int)");
    r = PyMapping_Items(m);
    assert_repr(r, "[(1, 2)]");
    Py_DECREF(r);
    Py_DECREF(m);
    assert_null(PyMapping_GetItemString(d, "zz"));
    expect_error(PyExc_KeyError, "'zz'");
    assert_null(PyMapping_GetItemString(d, "\xff"));
    expect_error(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    assert_null(PyMapping_GetItemString(i5, "a"));
    expect_error(TE, "'int' object is not subscriptable");
    assert_int_equal(PyMapping_SetItemString(t, "q", i5), -1);
    expect_error(TE, "'tuple' object does not support item assignment");
    assert_int_equal(PyMapping_HasKeyString(d, "zz"), 0);
    assert_int_equal(PyMapping_HasKey(d, l), 0);   /* errors swallowed */
    assert_null(PyErr_Occurred());
    assert_int_equal(PyMapping_DelItemString(d, "zz"), -1);
    expect_error(PyExc_KeyError, "'zz'");
    assert_int_equal(PyMapping_DelItem(d, l), -1);
    expect_error(TE, "unhashable type: 'list'");
    assert_int_equal(PyMapping_DelItem(t, i5), -1);
    expect_error(TE, "'tuple' object doesn't support item deletion");
    assert_int_equal(PyObject_DelItem(i5, i5), -1);
    expect_error(TE, "'int' object does not support item deletion");
    PyObject *s = PyUnicode_FromString("s"), *zero = PyLong_FromLong(0);
    assert_null(PyObject_GetItem(l, s));
    expect_error(TE, "list indices must be integers or slices, not str");
    assert_int_equal(PyObject_SetItem(s, zero, i5), -1);
    expect_error(TE, "'str' object does not support item assignment");
    r = PyObject_GetItem((PyObject *)&PyList_Type, i5);   /* __class_getitem__ */
    assert_repr(r, "list[5]");
    Py_DECREF(r);
    Py_DECREF(zero); Py_DECREF(s); Py_DECREF(i5); Py_DECREF(t); Py_DECREF(l); Py_DECREF(d);
}

static void test_length_hint_and_iterators(void **state) {
    PyObject *o = PyLong_FromLong(5);
    assert_int_equal(PyObject_LengthHint(o, 7), 7);
    assert_null(PyObject_GetIter(o));
    expect_error(PyExc_TypeError, "'int' object is not iterable");
    assert_false(PyIter_Check(o));
    Py_DECREF(o);
    o = py_eval("iter([1, 2])");
    assert_int_equal(PyObject_LengthHint(o, 7), 2);
    assert_true(PyIter_Check(o));
    Py_DECREF(o);
    o = py_eval("type('H', (), {'__length_hint__': lambda s: -1})()");
    assert_int_equal(PyObject_LengthHint(o, 7), -1);
    expect_error(PyExc_ValueError, "__length_hint__() should return >= 0");
    Py_DECREF(o);
    o = py_eval("type('H', (), {'__length_hint__': lambda s: 'x'})()");
    assert_int_equal(PyObject_LengthHint(o, 7), -1);
    expect_error(PyExc_TypeError, "__length_hint__ must be an integer, not str");
    Py_DECREF(o);
    o = py_eval("type('H', (), {'__len__': lambda s: 1/0})()");
    assert_int_equal(PyObject_LengthHint(o, 7), -1);
    expect_error(PyExc_ZeroDivisionError, "division by zero");
    Py_DECREF(o);
    o = py_eval("type('I', (), {'__iter__': lambda s: 5})()");
    assert_null(PyObject_GetIter(o));
    expect_error(PyExc_TypeError, "iter() returned non-iterator of type 'int'");
    Py_DECREF(o);
    o = py_eval("type('I', (), {'__next__': lambda s: 1/0, '__iter__': lambda s: s})()");
    assert_null(PyIter_Next(o));
    expect_error(PyExc_ZeroDivisionError, "division by zero");
    Py_DECREF(o);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_errors),
        cmocka_unit_test(test_sequences),
        cmocka_unit_test(test_mappings),
        cmocka_unit_test(test_length_hint_and_iterators),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
