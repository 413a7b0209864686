/* What Spry does on purpose differently from CPython (docs/LEGACY_API.md): boxing of tagged
 * ints, and the Limited API functions that fail or abort by design. Spry only: no CPython
 * twin (tests/abi/CMakeLists.txt). */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "abi_test.h"

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
        cmocka_unit_test(test_limited_differences),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
