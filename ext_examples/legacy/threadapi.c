/* PyThread_* (threads, locks, thread-specific storage) and PyGC_*, compared with CPython
 * by threadapi_test.py. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct Job {
    PyThread_type_lock done;
    PyObject *results;   /* list */
    Py_tss_t *key;
    long index;
    int saw_own_value;
} Job;

static void job_main(void *arg) {
    Job *j = arg;
    PyThread_tss_set(j->key, (void *)(j->index + 100));
    PyGILState_STATE s = PyGILState_Ensure();
    PyObject *v = PyLong_FromLong(j->index * j->index);
    if (v) {
        PyList_Append(j->results, v);
        Py_DECREF(v);
    }
    PyGILState_Release(s);
    j->saw_own_value = PyThread_tss_get(j->key) == (void *)(j->index + 100);
    PyThread_release_lock(j->done);
}

static PyObject *run_threads(PyObject *self, PyObject *arg) {
    (void)self;
    long n = PyLong_AsLong(arg);
    if (n < 1 || n > 16) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "1..16 threads");
        return NULL;
    }
    PyObject *results = PyList_New(0);
    Py_tss_t *key = PyThread_tss_alloc();
    if (!results || !key || PyThread_tss_create(key) < 0) {
        Py_XDECREF(results);
        PyThread_tss_free(key);
        return PyErr_NoMemory();
    }
    PyThread_tss_set(key, (void *)7);
    Job jobs[16];
    for (long i = 0; i < n; i++) {
        jobs[i] = (Job){PyThread_allocate_lock(), results, key, i, 0};
        PyThread_acquire_lock(jobs[i].done, WAIT_LOCK);
        if (PyThread_start_new_thread(job_main, &jobs[i]) == PYTHREAD_INVALID_THREAD_ID) {
            PyErr_SetString(PyExc_RuntimeError, "can't start new thread");
            return NULL;
        }
    }
    int own = 0;
    Py_BEGIN_ALLOW_THREADS
    for (long i = 0; i < n; i++) {
        PyThread_acquire_lock(jobs[i].done, WAIT_LOCK);
        PyThread_free_lock(jobs[i].done);
        own += jobs[i].saw_own_value;
    }
    Py_END_ALLOW_THREADS
    int mine = PyThread_tss_get(key) == (void *)7;
    int created = PyThread_tss_is_created(key);
    PyThread_tss_free(key);
    if (PyList_Sort(results) < 0) {
        Py_DECREF(results);
        return NULL;
    }
    return Py_BuildValue("(Niii)", results, own, mine, created);
}

static PyObject *lock_ops(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    PyThread_type_lock l = PyThread_allocate_lock();
    if (!l) return PyErr_NoMemory();
    int first = PyThread_acquire_lock(l, NOWAIT_LOCK);
    int second = PyThread_acquire_lock(l, NOWAIT_LOCK);
    PyLockStatus timed = PyThread_acquire_lock_timed(l, 20000, 0);
    PyThread_release_lock(l);
    PyLockStatus again = PyThread_acquire_lock_timed(l, 20000, 0);
    PyThread_release_lock(l);
    PyThread_free_lock(l);
    return Py_BuildValue("(iiii)", first, second, (int)timed, (int)again);
}

static PyObject *ident(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    return PyLong_FromUnsignedLong(PyThread_get_thread_ident());
}

static PyObject *gc_ops(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    int was = PyGC_Disable();
    int now = PyGC_IsEnabled();
    int was2 = PyGC_Enable();
    Py_ssize_t collected = PyGC_Collect();
    return Py_BuildValue("(iiiii)", was, now, was2, PyGC_IsEnabled(), collected >= 0);
}

static PyMethodDef threadapi_methods[] = {
    {"run_threads", run_threads, METH_O, NULL},
    {"lock_ops", lock_ops, METH_NOARGS, NULL},
    {"ident", ident, METH_NOARGS, NULL},
    {"gc_ops", gc_ops, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef threadapi_module = {
    PyModuleDef_HEAD_INIT, "threadapi", NULL, -1, threadapi_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_threadapi(void) { return PyModule_Create(&threadapi_module); }
