/* pymem.h and objimpl.h: the PyMem and PyObject allocators and their limits; pystate.h: the GIL,
 * PyGILState_* from a thread Spry has never seen, Py_BEGIN/END_ALLOW_THREADS in it letting the
 * main thread run Python, PyOS_snprintf and the string comparisons. */
#include <pthread.h>
#include <semaphore.h>

#include "abi_test.h"

static void test_allocators(void **state) {
    void *p = PyMem_Malloc(0);   /* never NULL for 0 */
    assert_non_null(p);
    p = PyMem_Realloc(p, 100);
    assert_non_null(p);
    PyMem_Free(p);
    PyMem_Free(NULL);
    /* Beyond PY_SSIZE_T_MAX: NULL, without an exception. */
    assert_null(PyMem_Malloc((size_t)PY_SSIZE_T_MAX + 1));
    assert_null(PyMem_Calloc(2, (size_t)PY_SSIZE_T_MAX));
    assert_null(PyObject_Malloc((size_t)PY_SSIZE_T_MAX + 1));
    assert_null(PyErr_Occurred());
    p = PyMem_RawMalloc(0);
    assert_non_null(p);
    PyMem_RawFree(p);
    p = PyMem_RawCalloc(0, 0);
    assert_non_null(p);
    PyMem_RawFree(p);
    p = PyObject_Malloc(0);
    assert_non_null(p);
    PyObject_Free(p);
    int *c = PyObject_Calloc(3, sizeof(int));
    assert_int_equal(c[0] | c[1] | c[2], 0);
    PyObject_Free(c);
    p = PyObject_Realloc(NULL, 8);
    assert_non_null(p);
    PyObject_Free(p);
    int *arr = PyMem_New(int, 4);
    assert_non_null(arr);
    arr[3] = 7;
    PyMem_Resize(arr, int, 8);   /* assigns arr */
    assert_int_equal(arr[3], 7);
    PyMem_Del(arr);
    assert_null(PyMem_New(int, PY_SSIZE_T_MAX));   /* the size overflows */
}

typedef struct {
    PyObject *globals;
    sem_t released, resume;
    int checks[4];
    PyObject *dummy;
} Shared;

static void *worker(void *arg) {
    Shared *sh = arg;
    PyGILState_STATE s = PyGILState_Ensure();
    sh->checks[0] = PyGILState_Check();
    PyGILState_STATE nested = PyGILState_Ensure();
    sh->checks[1] = nested == PyGILState_LOCKED;
    PyGILState_Release(nested);
    sh->dummy = PyRun_String("threading.current_thread().name.startswith('Dummy-')", Py_eval_input,
                             sh->globals, sh->globals);
    sh->checks[2] = PyThreadState_Get() == PyGILState_GetThisThreadState();
    Py_BEGIN_ALLOW_THREADS
    sh->checks[3] = PyGILState_Check();
    sem_post(&sh->released);   /* the main thread runs Python now */
    sem_wait(&sh->resume);
    Py_END_ALLOW_THREADS
    PyGILState_Release(s);
    return NULL;
}

static void test_gil_from_a_new_thread(void **state) {
    assert_true(PyGILState_Check());
    PyGILState_STATE st = PyGILState_Ensure();
    assert_int_equal(st, PyGILState_LOCKED);
    PyGILState_Release(st);
    Shared sh = {.globals = py_exec("import threading\n")};
    sem_init(&sh.released, 0, 0);
    sem_init(&sh.resume, 0, 0);
    PyThreadState *ts = PyEval_SaveThread();
    assert_false(PyGILState_Check());
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, worker, &sh), 0);
    sem_wait(&sh.released);
    /* The worker is inside Py_BEGIN_ALLOW_THREADS: the lock is free for this thread. */
    PyEval_RestoreThread(ts);
    PyObject *r = PyRun_String("sum(range(10))", Py_eval_input, sh.globals, sh.globals);
    assert_int_equal(PyLong_AsLong(r), 45);
    Py_DECREF(r);
    ts = PyEval_SaveThread();
    sem_post(&sh.resume);
    assert_int_equal(pthread_join(th, NULL), 0);
    PyEval_RestoreThread(ts);
    assert_true(PyGILState_Check());
    assert_true(sh.checks[0] && sh.checks[1] && sh.checks[2]);
    assert_false(sh.checks[3]);
    assert_ptr_equal(sh.dummy, Py_True);   /* threading saw a Dummy thread */
    Py_DECREF(sh.dummy);
    Py_DECREF(sh.globals);
    sem_destroy(&sh.released);
    sem_destroy(&sh.resume);
}

static void test_os_strings(void **state) {
    char buf[8];
    assert_int_equal(PyOS_snprintf(buf, sizeof buf, "%d-%s", 12345, "abcdef"), 12);
    assert_string_equal(buf, "12345-a");
    assert_int_equal(PyOS_snprintf(buf, 0, "x"), 1);
    assert_int_equal(PyOS_stricmp("AbC", "abc"), 0);
    assert_int_equal(PyOS_mystrnicmp("ABx", "aby", 2), 0);
    assert_true(PyOS_mystricmp("a", "b") < 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_allocators),
        cmocka_unit_test(test_gil_from_a_new_thread),
        cmocka_unit_test(test_os_strings),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
