/* PyCFunction_GetFunction for the runtime's own built-ins (`len`, `[].append`, ...), which
 * have no PyCFunction: they are Spry CFunctions (object.h). Such a function is handed out
 * as one of a fixed pool of compiled thunks with CPython's METH_FASTCALL | METH_KEYWORDS
 * signature (what PyCFunction_GetFlags reports for them). The interpreter records which
 * runtime MethodDef each thunk it has handed out stands for, so the pointer works when
 * called with PyCFunction_GetSelf's result, as in CPython. When the pool is used up,
 * PyCFunction_GetFunction fails with SystemError. */
#include "legacy.h"

typedef PyObject *(*ThunkFn)(PyObject *, PyObject *const *, Py_ssize_t, PyObject *);

/* Interp.legacy_state[THUNKS_KEY]: a list whose item k is the address (int) of the
 * MethodDef thunk k stands for. */
#define THUNKS_KEY "spry.cfunction_thunks"

static PyObject *thunk_defs(Thread *t, bool create) {
    Object *state = legacy_interp_state(t);
    if (!state) return NULL;
    PyObject *list = PyDict_GetItemString((PyObject *)state, THUNKS_KEY);
    if (list || !create) return list;   /* borrowed */
    list = PyList_New(0);
    int r = list ? PyDict_SetItemString((PyObject *)state, THUNKS_KEY, list) : -1;
    Py_XDECREF(list);
    return r < 0 ? NULL : list;
}

/* Calls the MethodDef of thunk k with the boxed arguments of the C convention. */
static PyObject *thunk_call(int k, PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    Thread *t = legacy_thread();
    PyObject *defs = thunk_defs(t, false);
    if (!defs || k >= PyList_GET_SIZE(defs)) {
        err_set(t, &exc_SystemError, "PyCFunction_GetFunction: function pointer of another interpreter");
        return NULL;
    }
    const MethodDef *def = PyLong_AsVoidPtr(PyList_GET_ITEM(defs, k));
    size_t total = (size_t)nargs + (kwnames ? (size_t)PyTuple_GET_SIZE(kwnames) : 0);
    Ref small[8];
    Ref *refs = total <= 8 ? small : mem_alloc(t, total * sizeof(Ref));
    if (!refs) return NULL;
    for (size_t i = 0; i < total; i++) refs[i] = legacy_ref_norm(args[i]);
    Ref s = self ? legacy_ref_norm(self) : REF_NULL;
    Ref r = def->fn(t, s, refs, (size_t)nargs, (Object *)kwnames);
    if (refs != small) mem_free(refs);
    return legacy_box(t, r);
}

#define THUNK(a, b)                                                                                     \
    static PyObject *thunk_##a##b(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kw) { \
        return thunk_call(a * 8 + b, self, args, nargs, kw);                                           \
    }
#define THUNK_ROW(a) THUNK(a, 0) THUNK(a, 1) THUNK(a, 2) THUNK(a, 3) THUNK(a, 4) THUNK(a, 5) THUNK(a, 6) THUNK(a, 7)
THUNK_ROW(0) THUNK_ROW(1) THUNK_ROW(2) THUNK_ROW(3) THUNK_ROW(4) THUNK_ROW(5) THUNK_ROW(6) THUNK_ROW(7)
#define THUNK_REFS(a) thunk_##a##0, thunk_##a##1, thunk_##a##2, thunk_##a##3, \
                      thunk_##a##4, thunk_##a##5, thunk_##a##6, thunk_##a##7
static const ThunkFn thunks[] = {THUNK_REFS(0), THUNK_REFS(1), THUNK_REFS(2), THUNK_REFS(3),
                                 THUNK_REFS(4), THUNK_REFS(5), THUNK_REFS(6), THUNK_REFS(7)};
#define NTHUNKS ((Py_ssize_t)(sizeof thunks / sizeof thunks[0]))

PyCFunction legacy_runtime_cfunction_pointer(Thread *t, const MethodDef *def) {
    PyObject *defs = thunk_defs(t, true);
    if (!defs) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(defs), k = 0;
    while (k < n && PyLong_AsVoidPtr(PyList_GET_ITEM(defs, k)) != def) k++;
    if (k == n) {
        if (n == NTHUNKS) {
            err_format(t, &exc_SystemError, "PyCFunction_GetFunction: no pointer left for built-in %s()",
                       def->name);
            return NULL;
        }
        PyObject *addr = PyLong_FromVoidPtr((void *)def);
        int r = addr ? PyList_Append(defs, addr) : -1;
        Py_XDECREF(addr);
        if (r < 0) return NULL;
    }
    return (PyCFunction)(void (*)(void))thunks[k];
}
