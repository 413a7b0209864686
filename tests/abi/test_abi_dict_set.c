/* dictobject.h and setobject.h: lookups that swallow errors and those that do not,
 * unhashable keys, PyDict_Next, merging and its errors, sets and frozensets, and the
 * SystemError for an object of the wrong type. */
#include "abi_test.h"

static void expect_bad_internal_call(void) {
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
}

static void test_dict_lookup(void **state) {
    PyObject *d = py_eval("{'a': 1, 2: 'b', 'big': 123456}"), *l = PyList_New(0);
    PyObject *t = py_eval("(1, [])");
    assert_null(PyDict_GetItem(d, l));      /* unhashable key: error swallowed */
    assert_null(PyErr_Occurred());
    assert_null(PyDict_GetItemWithError(d, l));
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PyDict_SetItem(d, l, l), -1);
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PyDict_SetItem(d, t, l), -1);
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PyDict_DelItem(d, l), -1);
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PyDict_Contains(d, l), -1);
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_null(PyDict_SetDefault(d, l, l));
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    PyObject *zz = PyUnicode_FromString("zz");
    assert_int_equal(PyDict_DelItem(d, zz), -1);
    expect_error(PyExc_KeyError, "'zz'");
    assert_int_equal(PyDict_DelItemString(d, "zz"), -1);
    expect_error(PyExc_KeyError, "'zz'");
    assert_null(PyDict_GetItemString(d, "zz"));
    assert_null(PyErr_Occurred());
    assert_int_equal(PyDict_SetItemString(d, "\xff", l), -1);
    expect_error(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    PyObject *got = PyDict_GetItemString(d, "big");   /* borrowed, stays valid */
    assert_ptr_equal(got, PyDict_GetItemString(d, "big"));
    assert_int_equal(PyLong_AsLong(got), 123456);
    PyObject *a = PyUnicode_FromString("a");
    assert_int_equal(PyDict_Contains(d, a), 1);
    PyObject *n = PyUnicode_FromString("n"), *zero = PyLong_FromLong(0), *one = PyLong_FromLong(1);
    assert_ptr_equal(PyDict_SetDefault(d, n, zero), zero);
    assert_ptr_equal(PyDict_SetDefault(d, n, one), zero);

    /* The wrong type: SystemError (PyDict_GetItem still swallows it). */
    assert_int_equal(PyDict_SetItem(l, l, l), -1);
    expect_bad_internal_call();
    assert_null(PyDict_GetItem(l, l));
    assert_null(PyErr_Occurred());
    assert_null(PyDict_GetItemWithError(l, l));
    expect_bad_internal_call();
    assert_int_equal(PyDict_Size(l), -1);
    expect_bad_internal_call();
    assert_null(PyDict_Keys(l));   /* used to read the list as a dict */
    expect_bad_internal_call();
    assert_null(PyDict_Values(l));
    expect_bad_internal_call();
    assert_null(PyDict_Items(l));
    expect_bad_internal_call();
    assert_null(PyDict_Copy(l));
    expect_bad_internal_call();
    assert_int_equal(PyDict_DelItem(l, a), -1);
    expect_bad_internal_call();
    assert_int_equal(PyDict_Merge(l, d, 1), -1);
    expect_bad_internal_call();
    Py_DECREF(one); Py_DECREF(zero); Py_DECREF(n); Py_DECREF(a); Py_DECREF(zz);
    Py_DECREF(t); Py_DECREF(l); Py_DECREF(d);
}

static void test_dict_next_and_views(void **state) {
    PyObject *d = py_eval("{'a': 1, 5000: 7000, 'c': [3]}");
    Py_ssize_t pos = 0;
    PyObject *k, *v;
    int count = 0;
    long sum = 0;
    while (PyDict_Next(d, &pos, &k, &v)) {
        count++;
        if (PyLong_Check(k)) sum += PyLong_AsLong(k) + PyLong_AsLong(v);
    }
    assert_int_equal(count, 3);
    assert_int_equal(sum, 12000);
    pos = 0;
    assert_true(PyDict_Next(d, &pos, NULL, NULL));
    PyObject *l = PyList_New(0);
    pos = 0;
    assert_false(PyDict_Next(l, &pos, &k, &v));
    assert_null(PyErr_Occurred());
    Py_DECREF(l);
    PyObject *r = PyDict_Keys(d);
    assert_repr(r, "['a', 5000, 'c']");
    Py_DECREF(r);
    r = PyDict_Values(d);
    assert_repr(r, "[1, 7000, [3]]");
    Py_DECREF(r);
    r = PyDict_Items(d);
    assert_repr(r, "[('a', 1), (5000, 7000), ('c', [3])]");
    Py_DECREF(r);
    r = PyDict_Copy(d);
    assert_repr(r, "{'a': 1, 5000: 7000, 'c': [3]}");
    assert_int_equal(PyDict_Size(r), 3);
    PyDict_Clear(r);
    assert_int_equal(PyDict_Size(r), 0);
    Py_DECREF(r);
    r = PyDictProxy_New(d);
    assert_repr(r, "mappingproxy({'a': 1, 5000: 7000, 'c': [3]})");
    Py_DECREF(r);
    l = PyList_New(0);
    assert_null(PyDictProxy_New(l));
    expect_error(PyExc_TypeError, "mappingproxy() argument must be a mapping, not list");
    Py_DECREF(l);
    Py_DECREF(d);
}

static void test_dict_merge(void **state) {
    PyObject *d = py_eval("{'a': 1}"), *o;
    o = py_eval("[1]");
    assert_int_equal(PyDict_Update(d, o), -1);
    expect_error(PyExc_AttributeError, "'list' object has no attribute 'keys'");
    Py_DECREF(o);
    o = py_eval("[(1, 2, 3)]");
    assert_int_equal(PyDict_MergeFromSeq2(d, o, 1), -1);
    expect_error(PyExc_ValueError, "dictionary update sequence element #0 has length 3; 2 is required");
    Py_DECREF(o);
    o = py_eval("[1]");
    assert_int_equal(PyDict_MergeFromSeq2(d, o, 1), -1);
    expect_error(PyExc_TypeError, "cannot convert dictionary update sequence element #0 to a sequence");
    Py_DECREF(o);
    o = py_eval("[(5, 6), ('a', 2)]");
    assert_int_equal(PyDict_MergeFromSeq2(d, o, 0), 0);
    assert_repr(d, "{'a': 1, 5: 6}");
    Py_DECREF(o);
    o = py_eval("{'a': 9}");
    assert_int_equal(PyDict_Merge(d, o, 0), 0);
    assert_repr(d, "{'a': 1, 5: 6}");
    assert_int_equal(PyDict_Merge(d, o, 1), 0);
    assert_repr(d, "{'a': 9, 5: 6}");
    Py_DECREF(o);
    o = py_eval("type('M', (), {'keys': lambda s: ['q'], '__getitem__': lambda s, k: k * 2})()");
    assert_int_equal(PyDict_Update(d, o), 0);
    assert_repr(d, "{'a': 9, 5: 6, 'q': 'qq'}");
    Py_DECREF(o);
    Py_DECREF(d);
}

static void test_sets(void **state) {
    PyObject *s = py_eval("{1, 2}"), *l = PyList_New(0), *o;
    o = py_eval("[1, 1, 2]");
    PyObject *r = PySet_New(o);
    assert_repr(r, "{1, 2}");
    Py_DECREF(r);
    Py_DECREF(o);
    r = PySet_New(NULL);
    assert_repr(r, "set()");
    Py_DECREF(r);
    o = PyLong_FromLong(5);
    assert_null(PySet_New(o));
    expect_error(PyExc_TypeError, "'int' object is not iterable");
    Py_DECREF(o);
    o = py_eval("[[]]");
    assert_null(PyFrozenSet_New(o));
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    Py_DECREF(o);
    assert_int_equal(PySet_Add(s, l), -1);
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PySet_Discard(s, l), -1);
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    assert_int_equal(PySet_Contains(s, l), -1);
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    PyObject *one = PyLong_FromLong(1), *nine = PyLong_FromLong(9), *two = PyLong_FromLong(2);
    assert_int_equal(PySet_Discard(s, nine), 0);
    assert_int_equal(PySet_Discard(s, one), 1);
    assert_int_equal(PySet_Contains(s, two), 1);
    PyObject *p = PySet_Pop(s);
    assert_int_equal(PyLong_AsLong(p), 2);
    Py_DECREF(p);
    assert_null(PySet_Pop(s));
    expect_error(PyExc_KeyError, "'pop from an empty set'");
    assert_int_equal(PySet_Add(s, one), 0);
    assert_int_equal(PySet_Clear(s), 0);
    assert_int_equal(PySet_Size(s), 0);
    /* A new frozenset may be filled (nobody else holds it yet). */
    PyObject *fs = PyFrozenSet_New(NULL);
    assert_int_equal(PySet_Add(fs, two), 0);
    assert_repr(fs, "frozenset({2})");
    assert_int_equal(PySet_Size(fs), 1);
    assert_int_equal(PySet_Discard(fs, two), -1);
    expect_bad_internal_call();
    assert_int_equal(PySet_Add(l, l), -1);
    expect_bad_internal_call();
    assert_int_equal(PySet_Size(l), -1);
    expect_bad_internal_call();
    assert_int_equal(PySet_Clear(l), -1);
    expect_bad_internal_call();
    assert_int_equal(PySet_Contains(l, l), -1);
    expect_bad_internal_call();
    Py_DECREF(fs); Py_DECREF(two); Py_DECREF(nine); Py_DECREF(one); Py_DECREF(l); Py_DECREF(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dict_lookup),
        cmocka_unit_test(test_dict_next_and_views),
        cmocka_unit_test(test_dict_merge),
        cmocka_unit_test(test_sets),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
