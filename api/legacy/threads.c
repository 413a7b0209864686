/* Threads and "the GIL" for legacy extensions: Spry's per-interpreter lock stands in for it.
 *
 * A PyThreadState* is the Thread itself. PyGILState_Ensure on an OS thread Spry has never
 * seen (one an extension started) gives it a Thread of the main interpreter, as CPython
 * does; the outermost matching PyGILState_Release deletes that Thread again. */
#include "legacy.h"
#include "modules/modules.h"

static void fatal_no_thread(const char *func) {
    fprintf(stderr,
            "Fatal Python error: %s: the function must be called with the GIL held, but the GIL "
            "is released (the current Python thread state is NULL)\n",
            func);
    abort();
}

PyGILState_STATE PyGILState_Ensure(void) {
    Thread *t = legacy_thread();
    if (!t) {
        Interp *main = __atomic_load_n(&spry_runtime.main_interp, __ATOMIC_ACQUIRE);
        if (!main) {
            fputs("Fatal Python error: PyGILState_Ensure: no interpreter (Py_Initialize was not "
                  "called)\n", stderr);
            abort();
        }
        t = thread_new(main);
        if (!t) {
            fputs("Fatal Python error: PyGILState_Ensure: out of memory creating a thread "
                  "state\n", stderr);
            abort();
        }
        t->gilstate_made = true;
        thread_start(t);
        t->gilstate_depth = 1;
        return PyGILState_UNLOCKED;
    }
    t->gilstate_depth++;
    if (thread_holds_lock(t)) return PyGILState_LOCKED;
    thread_reacquire(t);
    return PyGILState_UNLOCKED;
}

void PyGILState_Release(PyGILState_STATE state) {
    Thread *t = legacy_thread();
    if (!t || t->gilstate_depth <= 0) {
        fputs("Fatal Python error: PyGILState_Release: auto-releasing thread-state, but no "
              "thread-state for this thread\n", stderr);
        abort();
    }
    if (--t->gilstate_depth == 0 && t->gilstate_made) {
        thread_drop_python_state(t);
        thread_delete_current(t);
        return;
    }
    if (state == PyGILState_UNLOCKED) thread_release(t);
}

PyThreadState *PyGILState_GetThisThreadState(void) { return (PyThreadState *)legacy_thread(); }

int PyGILState_Check(void) {
    Thread *t = legacy_thread();
    return t && thread_holds_lock(t);
}

PyThreadState *PyEval_SaveThread(void) {
    Thread *t = legacy_thread();
    if (!t) fatal_no_thread("PyEval_SaveThread");
    thread_release(t);
    return (PyThreadState *)t;
}

void PyEval_RestoreThread(PyThreadState *ts) {
    if (!ts) fatal_no_thread("PyEval_RestoreThread");
    thread_reacquire((Thread *)ts);
}

PyThreadState *PyThreadState_Get(void) {
    Thread *t = legacy_thread();
    if (!t) fatal_no_thread("PyThreadState_Get");
    return (PyThreadState *)t;
}

/* Threads always exist in Spry; since 3.9 these only remain for old callers. */
void PyEval_InitThreads(void) {}
int PyEval_ThreadsInitialized(void) { return 1; }

void PyEval_AcquireThread(PyThreadState *ts) { PyEval_RestoreThread(ts); }
void PyEval_ReleaseThread(PyThreadState *ts) {
    if (!ts) fatal_no_thread("PyEval_ReleaseThread");
    thread_release((Thread *)ts);
}
/* A PyInterpreterState* is Spry's Interp. */
PyInterpreterState *PyInterpreterState_Get(void) { return PyThreadState_GetInterpreter(PyThreadState_Get()); }
PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *ts) {
    return (PyInterpreterState *)((Thread *)ts)->interp;
}
int64_t PyInterpreterState_GetID(PyInterpreterState *interp) { return ((Interp *)interp)->id; }
uint64_t PyThreadState_GetID(PyThreadState *ts) { return ((Thread *)ts)->ident; }

/* Deprecated since 3.2: the lock of the current thread state, which stays current. */
void PyEval_AcquireLock(void) {
    Thread *t = legacy_thread();
    if (!t) fatal_no_thread("PyEval_AcquireLock");
    thread_reacquire(t);
}
void PyEval_ReleaseLock(void) {
    Thread *t = legacy_thread();
    if (t) thread_release(t);
}

/* ---- thread and interpreter states made by hand ---------------------------------------------
 * A Spry thread state belongs to the OS thread it was made on (its memory heap is that
 * thread's) and is made by `threading` or PyGILState_Ensure; interpreters are made by the
 * `interpreters` module. So making them here fails as CPython's functions do when they
 * cannot (NULL), and only swapping a thread's own state in and out works. */
PyThreadState *PyThreadState_New(PyInterpreterState *interp) {
    (void)interp;
    return NULL;
}
PyInterpreterState *PyInterpreterState_New(void) {
    PyErr_SetString(PyExc_RuntimeError, "PyInterpreterState_New: not supported by Spry (use the interpreters module)");
    return NULL;
}
PyThreadState *Py_NewInterpreter(void) { return NULL; }

static void fatal_not_made_here(const char *func) {
    fprintf(stderr, "Fatal Python error: %s: Spry frees its thread and interpreter states itself\n", func);
    abort();
}
void PyThreadState_Clear(PyThreadState *ts) {
    (void)ts;
    fatal_not_made_here("PyThreadState_Clear");
}
void PyThreadState_Delete(PyThreadState *ts) {
    if ((Thread *)ts == legacy_thread()) {
        fputs("Fatal Python error: PyThreadState_Delete: tstate is still current\n", stderr);
        abort();
    }
    fatal_not_made_here("PyThreadState_Delete");
}
void PyInterpreterState_Clear(PyInterpreterState *interp) {
    (void)interp;
    fatal_not_made_here("PyInterpreterState_Clear");
}
void PyInterpreterState_Delete(PyInterpreterState *interp) {
    (void)interp;
    fatal_not_made_here("PyInterpreterState_Delete");
}
void Py_EndInterpreter(PyThreadState *ts) {
    (void)ts;
    fatal_not_made_here("Py_EndInterpreter");
}

/* NULL makes no state current (the lock stays held, as in CPython); a state of another OS
 * thread cannot run here. */
PyThreadState *PyThreadState_Swap(PyThreadState *ts) {
    Thread *old = legacy_thread(), *t = (Thread *)ts;
    if (t && t != old && t->ident != (unsigned long)pthread_self()) {
        fputs("Fatal Python error: PyThreadState_Swap: the thread state belongs to another OS thread\n", stderr);
        abort();
    }
    thread_set_current(t);
    return (PyThreadState *)old;
}

/* Spry has no asynchronous exceptions between threads (only signals interrupt the main
 * thread): no thread is modified, as for an unknown id. */
int PyThreadState_SetAsyncExc(unsigned long id, PyObject *exc) {
    (void)id;
    (void)exc;
    return 0;
}
