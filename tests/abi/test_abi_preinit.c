/* cmocka: the path configuration set before Py_Initialize (the pre-start settings in
 * api/legacy/embed.c) is what the interpreter starts with. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <wchar.h>

#define PY_SSIZE_T_CLEAN
#include "Python.h"

static int setup(void **state) {
    assert_true(wcscmp(Py_GetProgramName(), L"python3") == 0);
    assert_null(Py_GetPythonHome());
    assert_null(Py_GetPrefix());
    Py_SetProgramName(L"embedder");
    Py_SetPythonHome(L"/opt/home");
    Py_SetPath(L"/first:/second");
    Py_Initialize();
    return Py_IsInitialized() ? 0 : -1;
}

static void test_settings_before_start(void **state) {
    assert_true(wcscmp(Py_GetProgramName(), L"embedder") == 0);
    assert_true(wcscmp(Py_GetPythonHome(), L"/opt/home") == 0);
    assert_true(wcscmp(Py_GetPath(), L"/first:/second") == 0);
    PyObject *path = PySys_GetObject("path");
    assert_non_null(path);
    assert_int_equal(PyList_Size(path), 2);
    assert_string_equal(PyUnicode_AsUTF8(PyList_GetItem(path, 1)), "/second");
    /* After the start a setting goes to the interpreter; the pre-start one stays behind it. */
    Py_SetProgramName(L"later");
    assert_true(wcscmp(Py_GetProgramName(), L"later") == 0);
    Py_SetProgramName(NULL);
    assert_true(wcscmp(Py_GetProgramName(), L"embedder") == 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_settings_before_start),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
