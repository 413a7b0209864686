/* import.h and moduleobject.h: multi-phase initialization driven from C (PyModule_FromDefAndSpec,
 * PyModule_ExecDef) and its failures, single-phase modules and PyState_*, the module
 * accessors and PyModule_Add* errors, PyImport_* and running code. */
#include "abi_test.h"

static int exec_ok(PyObject *m) { return PyModule_AddIntConstant(m, "answer", 42); }
static int exec_fail(PyObject *m) {
    PyErr_SetString(PyExc_ValueError, "exec failed");
    return -1;
}
static int exec_silent(PyObject *m) { return -1; }
static PyModuleDef_Slot ok_slots[] = {{Py_mod_exec, exec_ok}, {0, NULL}};
static PyModuleDef_Slot fail_slots[] = {{Py_mod_exec, exec_fail}, {0, NULL}};
static PyModuleDef_Slot silent_slots[] = {{Py_mod_exec, exec_silent}, {0, NULL}};
static PyModuleDef ok_def = {PyModuleDef_HEAD_INIT, "mp_ok", "doc!", 8, NULL, ok_slots};
static PyModuleDef fail_def = {PyModuleDef_HEAD_INIT, "mp_fail", NULL, 0, NULL, fail_slots};
static PyModuleDef silent_def = {PyModuleDef_HEAD_INIT, "mp_silent", NULL, 0, NULL, silent_slots};
static PyModuleDef single_def = {PyModuleDef_HEAD_INIT, "single", NULL, -1, NULL};

static void test_multi_phase(void **state) {
    PyObject *spec = py_eval("__import__('types').SimpleNamespace(name='spec_name')");
    PyObject *m = PyModule_FromDefAndSpec(&ok_def, spec);
    assert_non_null(m);
    assert_int_equal(PyModule_ExecDef(m, &ok_def), 0);
    PyObject *r = PyObject_GetAttrString(m, "answer");
    assert_int_equal(PyLong_AsLong(r), 42);
    Py_DECREF(r);
    assert_string_equal(PyModule_GetName(m), "spec_name");   /* the spec names it */
    assert_non_null(PyModule_GetState(m));
    assert_ptr_equal(PyModule_GetDef(m), &ok_def);
    r = PyObject_GetAttrString(m, "__doc__");
    assert_str(r, "doc!");
    Py_DECREF(r);
    PyObject *mf = PyModule_FromDefAndSpec(&fail_def, spec);
    assert_int_equal(PyModule_ExecDef(mf, &fail_def), -1);
    expect_error(PyExc_ValueError, "exec failed");
    PyObject *ms = PyModule_FromDefAndSpec(&silent_def, spec);
    assert_int_equal(PyModule_ExecDef(ms, &silent_def), -1);
    expect_error(PyExc_SystemError, "execution of module spec_name failed without setting an exception");
    PyObject *five = PyLong_FromLong(5);
    assert_null(PyModule_FromDefAndSpec(&ok_def, five));
    expect_error(PyExc_AttributeError, "'int' object has no attribute 'name'");
    assert_ptr_equal(PyModuleDef_Init(&ok_def), (PyObject *)&ok_def);
    Py_DECREF(five); Py_DECREF(ms); Py_DECREF(mf); Py_DECREF(m); Py_DECREF(spec);
}

static void test_single_phase_and_state(void **state) {
    PyObject *m = PyModule_Create(&single_def), *r;
    assert_null(PyModule_GetState(m));   /* m_size -1: no state */
    r = PyModule_GetNameObject(m);
    assert_str(r, "single");
    Py_DECREF(r);
    assert_null(PyState_FindModule(&single_def));
    assert_int_equal(PyState_AddModule(m, &single_def), 0);
    assert_ptr_equal(PyState_FindModule(&single_def), m);
    assert_int_equal(PyState_RemoveModule(&single_def), 0);
    assert_null(PyState_FindModule(&single_def));
    assert_int_equal(PyState_AddModule(m, &ok_def), -1);
    expect_error(PyExc_SystemError, "PyState_AddModule called on module with slots");
    Py_DECREF(m);
}

static void test_module_accessors(void **state) {
    PyObject *five = PyLong_FromLong(5), *m = PyModule_New("accessed"), *r;
    assert_null(PyModule_GetName(five));
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    assert_null(PyModule_GetDict(five));
    assert_true(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
    assert_null(PyModule_GetState(five));
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    PyObject *nameless = py_eval("__import__('types').ModuleType('x')");
    assert_int_equal(PyObject_DelAttrString(nameless, "__name__"), 0);
    assert_null(PyModule_GetNameObject(nameless));
    expect_error(PyExc_SystemError, "nameless module");
    assert_null(PyModule_GetFilenameObject(nameless));
    expect_error(PyExc_SystemError, "module filename missing");
    Py_DECREF(nameless);
    assert_int_equal(PyModule_AddIntConstant(five, "x", 1), -1);
    expect_error(PyExc_TypeError, "PyModule_AddObjectRef() first argument must be a module");
    assert_int_equal(PyModule_AddObject(m, "x", NULL), -1);
    expect_error(PyExc_SystemError, "PyModule_AddObjectRef() must be called with an exception raised if value is NULL");
    assert_int_equal(PyModule_AddStringConstant(m, "s", "\xff"), -1);
    expect_error(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    assert_int_equal(PyModule_AddType(m, &PyLong_Type), 0);
    r = PyObject_GetAttrString(m, "int");
    assert_ptr_equal(r, &PyLong_Type);
    Py_DECREF(r);
    assert_int_equal(PyModule_SetDocString(m, "d"), 0);
    r = PyObject_GetAttrString(m, "__doc__");
    assert_str(r, "d");
    Py_DECREF(r);
    PyObject *name = PyUnicode_FromString("nm2");
    r = PyModule_NewObject(name);
    assert_repr(r, "<module 'nm2'>");
    Py_DECREF(r);
    Py_DECREF(name); Py_DECREF(m); Py_DECREF(five);
}

static void test_imports(void **state) {
    PyObject *five = PyLong_FromLong(5), *r;
    assert_null(PyImport_ImportModule("no_such_mod"));
    expect_error(PyExc_ModuleNotFoundError, "No module named 'no_such_mod'");
    assert_null(PyImport_ImportModule("os.nope"));
    expect_error(PyExc_ModuleNotFoundError, "No module named 'os.nope'; 'os' is not a package");
    assert_null(PyImport_ImportModule(""));
    expect_error(PyExc_ValueError, "Empty module name");
    assert_null(PyImport_Import(five));
    expect_error(PyExc_TypeError, "module name must be a string");
    r = PyImport_ImportModuleLevel("json", NULL, NULL, NULL, 0);
    assert_non_null(r);
    Py_DECREF(r);
    assert_null(PyImport_ImportModuleLevel("x", NULL, NULL, NULL, 1));
    expect_error(PyExc_KeyError, "\"'__name__' not in globals\"");
    assert_null(PyImport_ImportModuleLevel("", NULL, NULL, NULL, 0));
    expect_error(PyExc_ValueError, "Empty module name");
    assert_null(PyImport_ImportModuleLevel("json", NULL, NULL, NULL, -1));
    expect_error(PyExc_ValueError, "level must be >= 0");
    PyObject *added = PyImport_AddModule("added_mod");   /* borrowed */
    PyObject *name = PyUnicode_FromString("added_mod");
    r = PyImport_GetModule(name);
    assert_ptr_equal(r, added);
    Py_DECREF(r);
    Py_DECREF(name);
    name = PyUnicode_FromString("never_imported");
    assert_null(PyImport_GetModule(name));
    assert_null(PyErr_Occurred());
    Py_DECREF(name);
    assert_null(PyImport_ReloadModule(five));
    expect_error(PyExc_TypeError, "reload() argument must be a module");
    assert_null(PyImport_ReloadModule(added));
    expect_error(PyExc_ModuleNotFoundError, "spec not found for the module 'added_mod'");
    PyObject *code = Py_CompileString("1/0", "<c>", Py_file_input);
    assert_null(PyImport_ExecCodeModule("codemod2", code));
    expect_error(PyExc_ZeroDivisionError, "division by zero");
    name = PyUnicode_FromString("codemod2");
    assert_null(PyImport_GetModule(name));   /* removed again */
    Py_DECREF(name);
    Py_DECREF(code);
    code = Py_CompileString("z = 3", "<c>", Py_file_input);
    r = PyImport_ExecCodeModule("codemod", code);
    PyObject *z = PyObject_GetAttrString(r, "z");
    assert_int_equal(PyLong_AsLong(z), 3);
    PyObject *file = PyModule_GetFilenameObject(r);   /* the code's co_filename */
    assert_string_equal(PyUnicode_AsUTF8(file), "<c>");
    Py_DECREF(file); Py_DECREF(z); Py_DECREF(r); Py_DECREF(code);
    assert_null(Py_CompileString("1 +", "<s>", Py_eval_input));
    expect_error(PyExc_SyntaxError, "invalid syntax (<s>, line 1)");
    /* A function type parses but makes no code. */
    assert_null(Py_CompileString("(int, str) -> None", "<s>", Py_func_type_input));
    expect_error(PyExc_RuntimeError, "this compiler does not handle FunctionTypes");
    assert_null(Py_CompileString("x = 1", "<s>", Py_func_type_input));
    expect_error(PyExc_SyntaxError, "invalid syntax (<s>, line 1)");
#ifdef ABI_SPRY
    /* Any other start symbol (undefined behaviour in CPython 3.11) is refused. */
    assert_null(Py_CompileString("1", "<s>", 999));
    expect_error(PyExc_SystemError, "bad argument to internal function");
    assert_null(Py_CompileString("1", "<s>", 0));
    expect_error(PyExc_SystemError, "bad argument to internal function");
#endif
    PyObject *g = PyDict_New();
    assert_null(PyRun_String("undefined_name", Py_eval_input, g, NULL));
    expect_error(PyExc_NameError, "name 'undefined_name' is not defined");
    Py_DECREF(g);
    Py_DECREF(five);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_multi_phase),
        cmocka_unit_test(test_single_phase_and_state),
        cmocka_unit_test(test_module_accessors),
        cmocka_unit_test(test_imports),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
