/* object.h's type API: PyType_Ready, PyType_FromSpec and slots, members, methods. */
#include "abi_test.h"
#include "structmember.h"

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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_types_modules),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
