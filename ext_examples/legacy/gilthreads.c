/* An extension that releases the GIL around blocking work and calls back into Python from
 * threads it starts itself (plain pthreads, unknown to the interpreter until they call
 * PyGILState_Ensure). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>
#include <time.h>

static void sleep_seconds(double s) {
    struct timespec ts;
    ts.tv_sec = (time_t)s;
    ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) != 0) {
    }
}

/* sleep_released(seconds): sleeps with the GIL released, so other Python threads run. */
static PyObject *sleep_released(PyObject *self, PyObject *arg) {
    (void)self;
    double s = PyFloat_AsDouble(arg);
    if (s == -1.0 && PyErr_Occurred()) return NULL;
    Py_BEGIN_ALLOW_THREADS
    sleep_seconds(s);
    Py_END_ALLOW_THREADS
    Py_RETURN_NONE;
}

/* sleep_blocked(seconds): sleeps holding the GIL (for contrast). */
static PyObject *sleep_blocked(PyObject *self, PyObject *arg) {
    (void)self;
    double s = PyFloat_AsDouble(arg);
    if (s == -1.0 && PyErr_Occurred()) return NULL;
    sleep_seconds(s);
    Py_RETURN_NONE;
}

/* gil_state(): (PyGILState_Check(), whether this thread has a thread state, and the same
 * two after a nested Ensure/Release pair, which must change nothing). */
static PyObject *gil_state(PyObject *self, PyObject *noargs) {
    (void)self;
    (void)noargs;
    int held = PyGILState_Check();
    int has_state = PyGILState_GetThisThreadState() != NULL;
    PyGILState_STATE s = PyGILState_Ensure();
    int inner = PyGILState_Check() && s == PyGILState_LOCKED;
    PyGILState_Release(s);
    int after = PyGILState_Check();
    return Py_BuildValue("(iiii)", held, has_state, inner, after);
}

typedef struct Worker {
    pthread_t tid;
    PyObject *callback;
    long index;
    long calls;
    int failures;
    int state_before, state_inside, state_after; /* had a thread state at that point */
} Worker;

static void *worker_main(void *arg) {
    Worker *w = arg;
    w->state_before = PyGILState_GetThisThreadState() != NULL;
    for (long i = 0; i < w->calls; i++) {
        PyGILState_STATE s = PyGILState_Ensure();
        w->state_inside = PyGILState_GetThisThreadState() != NULL && PyGILState_Check();
        PyObject *r = PyObject_CallFunction(w->callback, "ll", w->index, i);
        if (r)
            Py_DECREF(r);
        else {
            w->failures++;
            PyErr_Clear();
        }
        PyGILState_Release(s);
    }
    w->state_after = PyGILState_GetThisThreadState() != NULL;
    return NULL;
}

/* call_from_threads(callback, nthreads, calls): starts nthreads pthreads; each calls
 * callback(thread_index, call_index) `calls` times, taking the GIL with PyGILState_Ensure.
 * Returns (failed calls, threads that had a state before their first Ensure, threads whose
 * state was there inside, threads that still had one after the last Release). */
static PyObject *call_from_threads(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *callback;
    int nthreads;
    long calls;
    if (!PyArg_ParseTuple(args, "Oil:call_from_threads", &callback, &nthreads, &calls)) return NULL;
    if (nthreads < 1 || nthreads > 64) {
        PyErr_SetString(PyExc_ValueError, "nthreads must be in 1..64");
        return NULL;
    }
    Worker workers[64];
    int started = 0;
    Py_BEGIN_ALLOW_THREADS
    for (int k = 0; k < nthreads; k++) {
        Worker *w = &workers[k];
        w->callback = callback;
        w->index = k;
        w->calls = calls;
        w->failures = w->state_before = w->state_inside = w->state_after = 0;
        if (pthread_create(&w->tid, NULL, worker_main, w) != 0) break;
        started++;
    }
    for (int k = 0; k < started; k++) pthread_join(workers[k].tid, NULL);
    Py_END_ALLOW_THREADS
    if (started < nthreads) {
        PyErr_SetString(PyExc_RuntimeError, "can't start new thread");
        return NULL;
    }
    int failures = 0, before = 0, inside = 0, after = 0;
    for (int k = 0; k < nthreads; k++) {
        failures += workers[k].failures;
        before += workers[k].state_before;
        inside += workers[k].state_inside;
        after += workers[k].state_after;
    }
    return Py_BuildValue("(iiii)", failures, before, inside, after);
}

static PyMethodDef gilthreads_methods[] = {
    {"sleep_released", sleep_released, METH_O, "Sleep with the GIL released."},
    {"sleep_blocked", sleep_blocked, METH_O, "Sleep holding the GIL."},
    {"gil_state", gil_state, METH_NOARGS, "PyGILState_Check and friends."},
    {"call_from_threads", call_from_threads, METH_VARARGS, "Call back from new pthreads."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef gilthreads_module = {
    PyModuleDef_HEAD_INIT, "gilthreads", "GIL release and PyGILState_Ensure from C threads.", -1,
    gilthreads_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_gilthreads(void) { return PyModule_Create(&gilthreads_module); }
