/* Legacy C API: state kept for C code per interpreter and per thread (PyState_*, the
 * interpreter and thread dicts), and the running Python frames seen from C. */
#include "legacy.h"
#include "vm/frame.h"
#include "vm/vm.h"

Object *legacy_interp_state(Thread *t) {
    Interp *in = t->interp;
    if (!in->legacy_state) in->legacy_state = dict_new(t);
    return in->legacy_state;
}

/* ---- PyState_*: single-phase modules found by their PyModuleDef ------------------------- */
/* The key of def's module in the interpreter's state: its address, as an int. */
static PyObject *def_key(PyModuleDef *def) { return PyLong_FromVoidPtr(def); }

int PyState_AddModule(PyObject *module, PyModuleDef *def) {
    Thread *t = legacy_thread();
    if (!def) {
        err_set(t, &exc_SystemError, "module definition is NULL");
        return -1;
    }
    if (def->m_slots) {
        err_set(t, &exc_SystemError, "PyState_AddModule called on module with slots");
        return -1;
    }
    if (PyState_FindModule(def) == module) {
        char msg[80];
        snprintf(msg, sizeof msg, "PyState_AddModule: module %p already added", (void *)module);
        Py_FatalError(msg);
    }
    Object *state = legacy_interp_state(t);
    PyObject *key = state ? def_key(def) : NULL;
    int r = key ? dict_set(t, state, legacy_ref(key), legacy_ref(module)) : -1;
    Py_XDECREF(key);
    return r;
}

PyObject *PyState_FindModule(PyModuleDef *def) {
    Thread *t = legacy_thread();
    if (def->m_slots || !t->interp->legacy_state) return NULL;
    PyObject *key = def_key(def);
    if (!key) return NULL;
    Ref m = dict_get(t, t->interp->legacy_state, legacy_ref(key));
    Py_DECREF(key);
    if (ref_is_null(m)) return NULL;
    ref_close(m);   /* borrowed: the state keeps it */
    return (PyObject *)ref_obj(m);
}

int PyState_RemoveModule(PyModuleDef *def) {
    Thread *t = legacy_thread();
    if (def->m_slots) {
        err_set(t, &exc_SystemError, "PyState_RemoveModule called on module with slots");
        return -1;
    }
    Object *state = t->interp->legacy_state;
    PyObject *key = def_key(def);
    if (!key) return -1;
    int found = state ? dict_contains(t, state, legacy_ref(key)) : 0;
    int r = found > 0 ? (dict_del(t, state, legacy_ref(key)) < 0 ? -1 : 0) : found;   /* twice is fine */
    Py_DECREF(key);
    return r;
}

/* ---- dicts for C code's own data ---------------------------------------------------------- */
PyObject *PyInterpreterState_GetDict(PyInterpreterState *interp) {
    Thread *t = legacy_thread();
    if ((Interp *)interp != t->interp) return NULL;   /* another interpreter's objects */
    Object *state = legacy_interp_state(t);
    if (!state) {
        err_clear(t);
        return NULL;
    }
    Ref d = dict_get_cstr(t, state, "interpreter dict");
    if (!ref_is_null(d)) {
        ref_close(d);
        return (PyObject *)ref_obj(d);
    }
    Object *nd = dict_new(t);
    int r = nd ? dict_set_cstr(t, state, "interpreter dict", ref_from_obj(nd)) : -1;
    obj_xdecref(nd);
    if (r < 0) err_clear(t);
    return r < 0 ? NULL : (PyObject *)nd;
}

/* The thread's dict lives among its _thread._local dicts (keyed there by ints), under a str
 * key, so it dies with the thread like theirs. */
PyObject *PyThreadState_GetDict(void) {
    Thread *t = legacy_thread();
    if (!t) return NULL;
    if (!t->local_dicts && !(t->local_dicts = dict_new(t))) {
        err_clear(t);
        return NULL;
    }
    Ref d = dict_get_cstr(t, t->local_dicts, "PyThreadState_GetDict");
    if (!ref_is_null(d)) {
        ref_close(d);
        return (PyObject *)ref_obj(d);
    }
    Object *nd = dict_new(t);
    int r = nd ? dict_set_cstr(t, t->local_dicts, "PyThreadState_GetDict", ref_from_obj(nd)) : -1;
    obj_xdecref(nd);
    if (r < 0) err_clear(t);
    return r < 0 ? NULL : (PyObject *)nd;
}

/* ---- frames -------------------------------------------------------------------------------- */
PyFrameObject *PyEval_GetFrame(void) {
    Thread *t = legacy_thread();
    if (!t->frame) return NULL;
    Object *f = frame_get_object(t, t->frame);   /* borrowed: the frame keeps it */
    if (!f) err_clear(t);
    return (PyFrameObject *)f;
}

/* The running frame's locals: borrowed, the frame keeps the dict (a snapshot refreshed at
 * each call for a function's frame, as CPython's). */
PyObject *PyEval_GetLocals(void) {
    Thread *t = legacy_thread();
    if (!t->frame) {
        PyErr_SetString(PyExc_SystemError, "frame does not exist");
        return NULL;
    }
    Ref l = frame_locals(t, t->frame);
    if (ref_is_null(l)) return NULL;
    ref_close(l);
    return (PyObject *)ref_obj(l);
}

/* A Spry frame object records a frame that ran (or runs) in the interpreter's own frame
 * stack; it cannot be handed back to the evaluator to run again. */
PyObject *PyEval_EvalFrameEx(PyFrameObject *f, int throwflag) {
    (void)f;
    (void)throwflag;
    PyErr_SetString(PyExc_SystemError, "PyEval_EvalFrame: Spry cannot evaluate a frame object");
    return NULL;
}
PyObject *PyEval_EvalFrame(PyFrameObject *f) { return PyEval_EvalFrameEx(f, 0); }

/* ---- tracebacks --------------------------------------------------------------------------------- */
/* Adds an entry for `frame` to the traceback of the exception being raised. */
int PyTraceBack_Here(PyFrameObject *frame) {
    Thread *t = legacy_thread();
    Frame *f = frame_of_object((Object *)frame);
    if (f) return traceback_here(t, f);
    if (!err_occurred(t) || !exc_check(t->exc)) return 0;
    Ref exc = err_fetch(t);
    Object *tb = traceback_new(t, EXC_OBJ(exc)->traceback, (Object *)frame, -1, PyFrame_GetLineNumber(frame));
    if (tb) exc_set_traceback(ref_obj(exc), tb);
    err_restore(t, exc);
    return tb ? 0 : -1;
}

/* "Traceback (most recent call last):" and the entries of tb, written to file (traceback.print_tb's). */
int PyTraceBack_Print(PyObject *tb, PyObject *file) {
    if (!tb) return 0;
    if (Py_TYPE(tb) != (PyTypeObject *)&traceback_type) {
        PyErr_BadInternalCall();
        return -1;
    }
    if (PyFile_WriteString("Traceback (most recent call last):\n", file) < 0) return -1;
    PyObject *mod = PyImport_ImportModule("traceback");
    PyObject *r = mod ? PyObject_CallMethod(mod, "print_tb", "OOO", tb, Py_None, file) : NULL;
    Py_XDECREF(mod);
    if (!r) return -1;
    Py_DECREF(r);
    return 0;
}

PyFrameObject *PyThreadState_GetFrame(PyThreadState *ts) {
    Thread *t = (Thread *)ts;
    if (!t->frame) return NULL;
    Object *f = frame_get_object(t, t->frame);
    if (!f) {
        err_clear(t);
        return NULL;
    }
    obj_incref(f);
    return (PyFrameObject *)f;
}

PyCodeObject *PyFrame_GetCode(PyFrameObject *frame) {
    Code *co = frame_code((Object *)frame);
    obj_incref((Object *)co);
    return (PyCodeObject *)co;
}

int PyFrame_GetLineNumber(PyFrameObject *frame) { return frame_lineno((Object *)frame); }
