/* cmocka tests of the legacy C API (api/legacy), through Python.h only, one group per
 * area: objects and boxing, numbers, strings and bytes, containers, exceptions, argument
 * parsing and value building, types and modules, capsules. Expected messages are
 * CPython 3.11's. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "structmember.h"

static int setup(void **state) {
    Py_Initialize();
    return Py_IsInitialized() ? 0 : -1;
}

/* The message of the raised exception (cleared) must equal `msg`, its type `type`. */
static void expect_error(PyObject *type, const char *msg) {
    PyObject *t, *v, *tb;
    assert_non_null(PyErr_Occurred());
    PyErr_Fetch(&t, &v, &tb);
    assert_ptr_equal(t, type);
    PyObject *s = PyObject_Str(v);
    assert_non_null(s);
    assert_string_equal(PyUnicode_AsUTF8(s), msg);
    Py_DECREF(s);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    assert_null(PyErr_Occurred());
}

static PyObject *builtin(const char *name) {
    PyObject *f = PyDict_GetItemString(PyEval_GetBuiltins(), name);
    assert_non_null(f);
    return f;
}

/* ---- objects, boxing, reference counts ---------------------------------------------------- */
static void test_boxing(void **state) {
    PyObject *a = PyLong_FromLong(7), *b = PyLong_FromLong(7);
    assert_ptr_equal(a, b);                        /* cached immortal box */
    assert_true(Py_REFCNT(a) >= _Py_IMMORTAL_REFCNT);
    Py_INCREF(a);
    Py_DECREF(a);
    Py_DECREF(a);
    Py_DECREF(b);
    assert_true(Py_REFCNT(a) >= _Py_IMMORTAL_REFCNT);
    PyObject *big = PyLong_FromLong(100000);
    assert_int_equal(Py_REFCNT(big), 1);
    assert_true(PyLong_CheckExact(big));
    PyObject *sum = PyNumber_Add(big, a);
    assert_int_equal(PyLong_AsLong(sum), 100007);
    Py_DECREF(sum);
    Py_DECREF(big);
    assert_true(Py_None->ob_refcnt >= _Py_IMMORTAL_REFCNT);
    assert_true(PyBool_Check(Py_True) && Py_True != Py_False);
    assert_ptr_equal(Py_TYPE(Py_None), Py_TYPE(Py_None));
}

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

/* ---- numbers ------------------------------------------------------------------------------ */
static void test_numbers(void **state) {
    PyObject *v = PyLong_FromLongLong(LLONG_MAX);
    assert_int_equal(PyLong_AsLongLong(v), LLONG_MAX);
    PyObject *one = PyLong_FromLong(1), *w = PyNumber_Add(v, one);
    int overflow;
    assert_int_equal(PyLong_AsLongAndOverflow(w, &overflow), -1);
    assert_int_equal(overflow, 1);
    assert_int_equal(PyLong_AsLong(w), -1);
    expect_error(PyExc_OverflowError, "Python int too large to convert to C long");
    assert_int_equal(PyLong_AsUnsignedLongLong(w), 1ULL << 63);
    PyObject *neg = PyLong_FromLong(-1);
    assert_int_equal(PyLong_AsUnsignedLong(neg), (unsigned long)-1);
    expect_error(PyExc_OverflowError, "can't convert negative value to unsigned int");
    assert_int_equal(PyLong_AsSize_t(neg), (size_t)-1);
    expect_error(PyExc_OverflowError, "can't convert negative value to size_t");
    assert_int_equal(PyLong_AsUnsignedLongMask(neg), ULONG_MAX);
    PyObject *s = PyUnicode_FromString("x");
    assert_int_equal(PyLong_AsLong(s), -1);
    expect_error(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    assert_int_equal(PyLong_AsSsize_t(s), -1);
    expect_error(PyExc_TypeError, "an integer is required");
    PyObject *f = PyFloat_FromDouble(2.5);
    assert_true(PyFloat_AsDouble(f) == 2.5);
    assert_true(PyFloat_AS_DOUBLE(f) == 2.5);
    PyObject *p = PyNumber_Multiply(f, one);
    assert_true(PyFloat_AsDouble(p) == 2.5);
    unsigned char bytes[] = {0xff, 0xff};
    PyObject *m = _PyLong_FromByteArray(bytes, 2, 1, 1);
    assert_int_equal(PyLong_AsLong(m), -1);
    PyObject *u = _PyLong_FromByteArray(bytes, 2, 1, 0);
    assert_int_equal(PyLong_AsLong(u), 65535);
    PyObject *ll = PyLong_FromUnsignedLongLong(ULLONG_MAX);
    assert_true(PyLong_AsUnsignedLongLong(ll) == ULLONG_MAX);
    Py_DECREF(ll); Py_DECREF(u); Py_DECREF(m); Py_DECREF(p); Py_DECREF(f); Py_DECREF(s);
    Py_DECREF(neg); Py_DECREF(w); Py_DECREF(one); Py_DECREF(v);
}

/* ---- strings and bytes ---------------------------------------------------------------------- */
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

/* ---- containers ------------------------------------------------------------------------------ */
static void test_containers(void **state) {
    /* A list made by Python code holds tagged ints: GET_ITEM boxes them in place. */
    PyObject *r = PyObject_CallFunction(builtin("range"), "ii", 2000, 2003);
    PyObject *l = PySequence_List(r);
    PyObject *x = PyList_GET_ITEM(l, 0);
    assert_ptr_equal(x, PyList_GET_ITEM(l, 0));
    assert_int_equal(PyLong_AsLong(x), 2000);
    assert_null(PyList_GetItem(l, 3));
    expect_error(PyExc_IndexError, "list index out of range");
    PyObject *t = PySequence_Tuple(l);
    assert_int_equal(PyTuple_GET_SIZE(t), 3);
    assert_int_equal(PyLong_AsLong(PyTuple_GetItem(t, 2)), 2002);
    assert_null(PyTuple_GetItem(t, 5));
    expect_error(PyExc_IndexError, "tuple index out of range");
    PyObject *tn = PyTuple_New(2);
    PyTuple_SET_ITEM(tn, 0, PyLong_FromLong(1));
    PyTuple_SET_ITEM(tn, 1, PyUnicode_FromString("a"));
    PyObject *rep = PyObject_Repr(tn);
    assert_string_equal(PyUnicode_AsUTF8(rep), "(1, 'a')");

    PyObject *d = PyDict_New();
    PyObject *k = PyUnicode_FromString("k");
    PyObject *v = PyLong_FromLong(123456);
    assert_int_equal(PyDict_SetItem(d, k, v), 0);
    Py_DECREF(v);
    PyObject *got = PyDict_GetItem(d, k);   /* borrowed */
    assert_int_equal(PyLong_AsLong(got), 123456);
    assert_ptr_equal(got, PyDict_GetItemString(d, "k"));
    assert_null(PyDict_GetItemString(d, "missing"));
    assert_null(PyErr_Occurred());
    PyObject *missing = PyUnicode_FromString("missing");
    assert_int_equal(PyDict_DelItem(d, missing), -1);
    expect_error(PyExc_KeyError, "'missing'");
    assert_null(PyDict_GetItem(d, l));      /* unhashable key: error swallowed */
    assert_null(PyErr_Occurred());
    assert_null(PyDict_GetItemWithError(d, l));
    expect_error(PyExc_TypeError, "unhashable type: 'list'");
    Py_ssize_t pos = 0;
    PyObject *kk, *vv;
    int count = 0;
    while (PyDict_Next(d, &pos, &kk, &vv)) count++;
    assert_int_equal(count, 1);
    assert_int_equal(PyDict_Size(d), 1);
    Py_DECREF(missing); Py_DECREF(k); Py_DECREF(d); Py_DECREF(rep); Py_DECREF(tn);
    Py_DECREF(t); Py_DECREF(l); Py_DECREF(r);
}

/* ---- exceptions --------------------------------------------------------------------------------- */
static void test_errors(void **state) {
    assert_null(PyErr_Occurred());
    PyErr_SetString(PyExc_ValueError, "boom");
    assert_ptr_equal(PyErr_Occurred(), PyExc_ValueError);
    assert_true(PyErr_ExceptionMatches(PyExc_Exception));
    assert_false(PyErr_ExceptionMatches(PyExc_TypeError));
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    assert_null(PyErr_Occurred());
    PyErr_NormalizeException(&t, &v, &tb);
    assert_true(PyExceptionInstance_Check(v));
    PyErr_Restore(t, v, tb);
    expect_error(PyExc_ValueError, "boom");
    /* Restoring an unnormalized (type, value) pair. */
    PyErr_Restore(Py_NewRef(PyExc_KeyError), PyUnicode_FromString("key"), NULL);
    expect_error(PyExc_KeyError, "'key'");
    assert_null(PyErr_Format(PyExc_TypeError, "%s: %d %R", "x", 3, Py_None));
    expect_error(PyExc_TypeError, "x: 3 None");
    PyObject *exc = PyErr_NewException("mod.MyError", PyExc_RuntimeError, NULL);
    assert_non_null(exc);
    assert_true(PyExceptionClass_Check(exc));
    PyErr_SetString(exc, "mine");
    assert_true(PyErr_ExceptionMatches(PyExc_RuntimeError));
    expect_error(exc, "mine");
    PyObject *mod = PyObject_GetAttrString(exc, "__module__");
    assert_string_equal(PyUnicode_AsUTF8(mod), "mod");
    Py_DECREF(mod);
    Py_DECREF(exc);
    assert_null(PyErr_NoMemory());
    assert_true(PyErr_ExceptionMatches(PyExc_MemoryError));
    PyErr_Clear();
}

/* ---- argument parsing and building ------------------------------------------------------------ */
static void test_args(void **state) {
    PyObject *args = Py_BuildValue("(isd)", 5, "txt", 1.5);
    int i = 0;
    const char *s = NULL;
    double d = 0;
    assert_true(PyArg_ParseTuple(args, "isd:f", &i, &s, &d));
    assert_int_equal(i, 5);
    assert_string_equal(s, "txt");
    assert_true(d == 1.5);
    assert_false(PyArg_ParseTuple(args, "ii:f", &i, &i));
    expect_error(PyExc_TypeError, "f() takes exactly 2 arguments (3 given)");
    assert_false(PyArg_ParseTuple(args, "iid:f", &i, &i, &d));
    expect_error(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    assert_false(PyArg_ParseTuple(args, "sss:f", &s, &s, &s));
    expect_error(PyExc_TypeError, "f() argument 1 must be str, not int");
    assert_false(PyArg_ParseTuple(args, "i|i", &i, &i));
    expect_error(PyExc_TypeError, "function takes at most 2 arguments (3 given)");
    Py_DECREF(args);

    static char *kwlist[] = {"a", "b", NULL};
    PyObject *pos = Py_BuildValue("(i)", 1), *kw = Py_BuildValue("{s:i}", "b", 2);
    int a = 0, b = 0;
    assert_true(PyArg_ParseTupleAndKeywords(pos, kw, "i|i:g", kwlist, &a, &b));
    assert_int_equal(a, 1);
    assert_int_equal(b, 2);
    PyObject *bad = Py_BuildValue("{s:i}", "c", 2);
    assert_false(PyArg_ParseTupleAndKeywords(pos, bad, "i|i:g", kwlist, &a, &b));
    expect_error(PyExc_TypeError, "'c' is an invalid keyword argument for g()");
    PyObject *empty = PyTuple_New(0);
    assert_false(PyArg_ParseTupleAndKeywords(empty, NULL, "i|i:g", kwlist, &a, &b));
    expect_error(PyExc_TypeError, "g() missing required argument 'a' (pos 1)");
    PyObject *dup = Py_BuildValue("{s:i}", "a", 2);
    assert_false(PyArg_ParseTupleAndKeywords(pos, dup, "i|i:g", kwlist, &a, &b));
    expect_error(PyExc_TypeError, "argument for g() given by name ('a') and position (1)");

    PyObject *bv = Py_BuildValue("[i,(s#,N),{s:O}]", 1, "abc", (Py_ssize_t)2, PyLong_FromLong(9), "n", Py_None);
    PyObject *rep = PyObject_Repr(bv);
    assert_string_equal(PyUnicode_AsUTF8(rep), "[1, ('ab', 9), {'n': None}]");
    PyObject *none = Py_BuildValue("");
    assert_ptr_equal(none, Py_None);
    PyObject *single = Py_BuildValue("i", 4);
    assert_true(PyLong_Check(single));
    PyObject *a1, *a2 = NULL;
    assert_true(PyArg_UnpackTuple(pos, "h", 1, 2, &a1, &a2));
    assert_null(a2);
    assert_false(PyArg_UnpackTuple(pos, "h", 2, 2, &a1, &a2));
    expect_error(PyExc_TypeError, "h expected 2 arguments, got 1");
    Py_DECREF(single); Py_DECREF(none); Py_DECREF(rep); Py_DECREF(bv); Py_DECREF(dup);
    Py_DECREF(empty); Py_DECREF(bad); Py_DECREF(kw); Py_DECREF(pos);
}

/* ---- types and modules ------------------------------------------------------------------------ */
typedef struct {
    PyObject_HEAD
    int value;
} PointObject;

static PyObject *point_get(PyObject *self, PyObject *unused) { return PyLong_FromLong(((PointObject *)self)->value); }
static PyMethodDef point_methods[] = {{"get", point_get, METH_NOARGS, NULL}, {NULL}};
static PyMemberDef point_members[] = {{"value", T_INT, offsetof(PointObject, value), 0, NULL}, {NULL}};
static PyType_Slot point_slots[] = {
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_methods, point_methods},
    {Py_tp_members, point_members},
    {0, NULL},
};
static PyType_Spec point_spec = {"testmod.Point", sizeof(PointObject), 0, Py_TPFLAGS_DEFAULT, point_slots};

static PyModuleDef testmod_def = {PyModuleDef_HEAD_INIT, "testmod", "doc", 0, NULL};

static void test_types_modules(void **state) {
    PyObject *m = PyModule_Create(&testmod_def);
    assert_non_null(m);
    assert_string_equal(PyModule_GetName(m), "testmod");
    PyObject *tp = PyType_FromModuleAndSpec(m, &point_spec, NULL);
    assert_non_null(tp);
    assert_true(PyType_Check(tp));
    assert_ptr_equal(PyType_GetModule((PyTypeObject *)tp), m);
    assert_ptr_equal(PyType_GetModuleByDef((PyTypeObject *)tp, &testmod_def), m);
    assert_int_equal(PyModule_AddType(m, (PyTypeObject *)tp), 0);
    assert_int_equal(PyModule_AddIntConstant(m, "X", 3), 0);
    PyObject *obj = PyObject_CallNoArgs(tp);
    assert_non_null(obj);
    ((PointObject *)obj)->value = 41;
    PyObject *v = PyObject_CallMethod(obj, "get", NULL);
    assert_int_equal(PyLong_AsLong(v), 41);
    PyObject *n = PyLong_FromLong(5);
    assert_int_equal(PyObject_SetAttrString(obj, "value", n), 0);
    assert_int_equal(((PointObject *)obj)->value, 5);
    assert_int_equal(PyType_Ready((PyTypeObject *)tp), 0);   /* readying again: no-op */
    PyObject *x = PyObject_GetAttrString(m, "X");
    assert_int_equal(PyLong_AsLong(x), 3);
    PyObject *pt = PyObject_GetAttrString(m, "Point");
    assert_ptr_equal(pt, tp);
    assert_int_equal(PyModule_AddObjectRef(m, "Y", NULL), -1);
    expect_error(PyExc_SystemError, "PyModule_AddObjectRef() must be called with an exception raised if value is NULL");
    PyObject *mod = PyImport_ImportModule("no_such_module_xyz");
    assert_null(mod);
    expect_error(PyExc_ModuleNotFoundError, "No module named 'no_such_module_xyz'");
    Py_DECREF(pt); Py_DECREF(x); Py_DECREF(n); Py_DECREF(v); Py_DECREF(obj); Py_DECREF(tp); Py_DECREF(m);
}

static void destructor_count(PyObject *cap) { (*(int *)PyCapsule_GetPointer(cap, "t.cap"))++; }

static void test_capsules(void **state) {
    int calls = 0;
    PyObject *c = PyCapsule_New(&calls, "t.cap", destructor_count);
    assert_ptr_equal(PyCapsule_GetPointer(c, "t.cap"), &calls);
    assert_true(PyCapsule_IsValid(c, "t.cap"));
    assert_false(PyCapsule_IsValid(c, "other"));
    assert_null(PyCapsule_GetPointer(c, "other"));
    expect_error(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name");
    assert_null(PyCapsule_New(NULL, "x", NULL));
    expect_error(PyExc_ValueError, "PyCapsule_New called with null pointer");
    Py_DECREF(c);
    assert_int_equal(calls, 1);
}

/* ---- buffers and running code ------------------------------------------------------------------ */
static void test_buffers_and_run(void **state) {
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

/* ---- what Spry provides with a documented difference (docs/LEGACY_API.md) ----------------- */
/* Runs fn in a forked child: it must die of SIGABRT (a fatal error). */
static void expect_fatal(void (*fn)(void)) {
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        fclose(stderr);   /* the child's fatal message is expected */
        fn();
        _exit(0);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
}
static void clear_main_state(void) { PyThreadState_Clear(PyThreadState_Get()); }
static void delete_current_state(void) { PyThreadState_Delete(PyThreadState_Get()); }
static void clear_interp(void) { PyInterpreterState_Clear(PyInterpreterState_Get()); }
static void delete_interp(void) { PyInterpreterState_Delete(PyInterpreterState_Get()); }
static void end_interp(void) { Py_EndInterpreter(PyThreadState_Get()); }

static void test_limited_differences(void **state) {
    char *argv[] = {"prog", "-c", "pass", NULL};
    assert_int_equal(Py_BytesMain(3, argv), 2);
    wchar_t *wargv[] = {L"prog", NULL};
    assert_int_equal(Py_Main(1, wargv), 2);

    assert_null(PyThreadState_New(PyInterpreterState_Get()));
    assert_null(Py_NewInterpreter());
    assert_null(PyInterpreterState_New());
    expect_error(PyExc_RuntimeError, "PyInterpreterState_New: not supported by Spry (use the interpreters module)");
    expect_fatal(clear_main_state);
    expect_fatal(delete_current_state);
    expect_fatal(clear_interp);
    expect_fatal(delete_interp);
    expect_fatal(end_interp);

    assert_null(PyEval_EvalFrame(PyEval_GetFrame()));
    expect_error(PyExc_SystemError, "PyEval_EvalFrame: Spry cannot evaluate a frame object");
    assert_null(PyEval_EvalFrameEx(NULL, 0));
    expect_error(PyExc_SystemError, "PyEval_EvalFrame: Spry cannot evaluate a frame object");
    assert_null(PyEval_GetLocals());   /* no Python frame runs */
    expect_error(PyExc_SystemError, "frame does not exist");

    /* The fork hooks of the child side, in this (parent) process: they only run the hooks. */
    PyObject *g = PyDict_New();
    PyObject *r = PyRun_String("import os\nseen = []\n"
                               "os.register_at_fork(after_in_child=lambda: seen.append('child'))\n",
                               Py_file_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    PyOS_AfterFork_Child();
    PyOS_AfterFork();
    assert_int_equal(PyList_Size(PyDict_GetItemString(g, "seen")), 2);
    Py_DECREF(g);

    /* Pending calls need the lock; GC finalization marks do not exist. */
    PyThreadState *ts = PyEval_SaveThread();
    assert_int_equal(Py_AddPendingCall(NULL, NULL), -1);
    PyEval_RestoreThread(ts);
    assert_int_equal(PyThreadState_SetAsyncExc(PyThreadState_GetID(ts), PyExc_ValueError), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_boxing),
        cmocka_unit_test(test_object_protocol),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_containers),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_args),
        cmocka_unit_test(test_types_modules),
        cmocka_unit_test(test_capsules),
        cmocka_unit_test(test_buffers_and_run),
        cmocka_unit_test(test_limited_differences),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
