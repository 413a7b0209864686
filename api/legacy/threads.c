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
