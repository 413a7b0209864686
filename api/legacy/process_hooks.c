/* Legacy C API: pending calls and the fork hooks. */
#include "legacy.h"

/* ---- pending calls ----------------------------------------------------------------------
 * Queued in the interpreter's legacy state as (func, arg) address pairs. Spry's eval loop
 * has no hook for them, so they run when Py_MakePendingCalls is called, in the order
 * added; queuing needs the interpreter lock (no queue is shared with lock-free callers). */
#define PENDING_KEY "pending_calls"

int Py_AddPendingCall(int (*func)(void *), void *arg) {
    Thread *t = legacy_thread();
    if (!t || !thread_holds_lock(t)) return -1;
    PyObject *state = (PyObject *)legacy_interp_state(t);
    PyObject *queue = state ? PyDict_GetItemString(state, PENDING_KEY) : NULL;
    if (state && !queue) {
        queue = PyList_New(0);
        if (queue && PyDict_SetItemString(state, PENDING_KEY, queue) < 0) Py_CLEAR(queue);
        Py_XDECREF(queue);   /* the state keeps it */
    }
    PyObject *entry = queue ? Py_BuildValue("(NN)", PyLong_FromVoidPtr((void *)(uintptr_t)func), PyLong_FromVoidPtr(arg))
                            : NULL;
    int r = entry ? PyList_Append(queue, entry) : -1;
    Py_XDECREF(entry);
    if (r < 0) err_clear(t);
    return r;
}

/* Runs the queued calls; a call returning -1 (with an exception) stops the run, leaving the
 * rest queued. */
int Py_MakePendingCalls(void) {
    Thread *t = legacy_thread();
    PyObject *state = t ? (PyObject *)t->interp->legacy_state : NULL;
    PyObject *queue = state ? PyDict_GetItemString(state, PENDING_KEY) : NULL;
    while (queue && PyList_GET_SIZE(queue) > 0) {
        PyObject *entry = PyList_GET_ITEM(queue, 0);
        int (*func)(void *) = (int (*)(void *))(uintptr_t)PyLong_AsVoidPtr(PyTuple_GET_ITEM(entry, 0));
        void *arg = PyLong_AsVoidPtr(PyTuple_GET_ITEM(entry, 1));
        if (PySequence_DelItem(queue, 0) < 0) return -1;
        if (func(arg) < 0) return -1;
    }
    return 0;
}

/* ---- fork: the os.register_at_fork hooks (runtime/lib/os.py) -------------------------------- */
static void run_fork_hooks(const char *kind) {
    PyObject *os = PyImport_ImportModule("os");
    PyObject *r = os ? PyObject_CallMethod(os, "_run_fork_hooks", "s", kind) : NULL;
    if (!r) PyErr_WriteUnraisable(NULL);
    Py_XDECREF(r);
    Py_XDECREF(os);
}
void PyOS_BeforeFork(void) { run_fork_hooks("before"); }
void PyOS_AfterFork_Parent(void) { run_fork_hooks("after_in_parent"); }
void PyOS_AfterFork_Child(void) { run_fork_hooks("after_in_child"); }
void PyOS_AfterFork(void) { PyOS_AfterFork_Child(); }
