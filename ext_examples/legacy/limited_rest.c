/* The last Limited API functions Spry added (docs/LEGACY_API.md), where their behaviour is
 * CPython's: locale conversions, path configuration, pending calls and fork hooks, the
 * lock and thread-state swaps, frames, locals and tracebacks, struct sequences,
 * memoryviews of raw memory, instance dicts, GC resizing, slot wrappers, the charmap codec,
 * escape decoding and frozen modules. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>
#include <string.h>

/* Deprecated functions are among those under test. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

static PyObject *locale_roundtrip(PyObject *self, PyObject *arg) {
    const char *s = PyBytes_AsString(arg);
    if (!s) return NULL;
    size_t n = 0;
    wchar_t *w = Py_DecodeLocale(s, &n);
    if (!w) return PyErr_NoMemory();
    PyObject *text = PyUnicode_FromWideChar(w, (Py_ssize_t)n);
    size_t err = 0;
    char *back = Py_EncodeLocale(w, &err);
    PyMem_RawFree(w);
    PyObject *res = Py_BuildValue("(Nny)", text, (Py_ssize_t)n, back);
    PyMem_Free(back);
    return res;
}

static PyObject *encode_error_pos(PyObject *self, PyObject *arg) {
    Py_ssize_t n;
    wchar_t *w = PyUnicode_AsWideCharString(arg, &n);
    if (!w) return NULL;
    size_t pos = 0;
    char *out = Py_EncodeLocale(w, &pos);
    PyMem_Free(w);
    if (out) {
        PyObject *b = PyBytes_FromString(out);
        PyMem_Free(out);
        return b;
    }
    return PyLong_FromSize_t(pos);
}

static PyObject *wide(const wchar_t *w) {
    if (!w) Py_RETURN_NONE;
    return PyUnicode_FromWideChar(w, -1);
}

static PyObject *path_config(PyObject *self, PyObject *unused) {
    return Py_BuildValue("(NNNNN)", wide(Py_GetPrefix()), wide(Py_GetExecPrefix()), wide(Py_GetProgramFullPath()),
                         wide(Py_GetPythonHome()), wide(Py_GetPath()));
}

static PyObject *set_names(PyObject *self, PyObject *unused) {
    Py_SetProgramName(L"limited-rest");
    Py_SetPythonHome(L"/opt/spry-home");
    PyObject *r = Py_BuildValue("(NN)", wide(Py_GetProgramName()), wide(Py_GetPythonHome()));
    Py_SetPythonHome(NULL);
    return r;
}

static PyObject *set_path(PyObject *self, PyObject *unused) {
    Py_SetPath(L"/a:/b");
    return wide(Py_GetPath());
}

static int pending_append(void *arg) {
    PyObject *r = PyObject_CallMethod((PyObject *)arg, "append", "s", "ran");
    Py_XDECREF(r);
    return r ? 0 : -1;
}

static PyObject *pending(PyObject *self, PyObject *list) {
    if (Py_AddPendingCall(pending_append, list) < 0 || Py_AddPendingCall(pending_append, list) < 0) {
        PyErr_SetString(PyExc_RuntimeError, "could not add");
        return NULL;
    }
    for (int i = 0; i < 100 && PyList_GET_SIZE(list) < 2; i++)
        if (Py_MakePendingCalls() < 0) return NULL;
    return PyLong_FromSsize_t(PyList_GET_SIZE(list));
}

static PyObject *fork_hooks(PyObject *self, PyObject *unused) {
    PyOS_BeforeFork();
    PyOS_AfterFork_Parent();
    Py_RETURN_NONE;
}

static PyObject *lock_and_swap(PyObject *self, PyObject *unused) {
    PyEval_ReleaseLock();
    PyEval_AcquireLock();
    PyThreadState *me = PyThreadState_Get();
    PyThreadState *old = PyThreadState_Swap(NULL);
    PyThreadState *back = PyThreadState_Swap(old);
    int async = PyThreadState_SetAsyncExc((unsigned long)-7, PyExc_ValueError);
    return Py_BuildValue("(iii)", old == me, back == NULL, async);
}

static PyObject *get_locals(PyObject *self, PyObject *unused) {
    PyObject *l = PyEval_GetLocals();
    return Py_XNewRef(l);
}

static PyObject *eval_code_ex(PyObject *self, PyObject *args) {
    PyObject *code, *globals, *pos, *kw, *defs, *kwdefs = NULL;
    if (!PyArg_ParseTuple(args, "OO!O!O!O!|O", &code, &PyDict_Type, &globals, &PyTuple_Type, &pos, &PyDict_Type, &kw,
                          &PyTuple_Type, &defs, &kwdefs))
        return NULL;
    Py_ssize_t i = 0, k = 0;
    PyObject *kws[16], *key, *value;
    while (k < 8 && PyDict_Next(kw, &i, &key, &value)) {
        kws[2 * k] = key;
        kws[2 * k + 1] = value;
        k++;
    }
    PyObject *posv[8], *defv[8];
    Py_ssize_t npos = PyTuple_GET_SIZE(pos) < 8 ? PyTuple_GET_SIZE(pos) : 8;
    Py_ssize_t ndef = PyTuple_GET_SIZE(defs) < 8 ? PyTuple_GET_SIZE(defs) : 8;
    for (Py_ssize_t j = 0; j < npos; j++) posv[j] = PyTuple_GET_ITEM(pos, j);
    for (Py_ssize_t j = 0; j < ndef; j++) defv[j] = PyTuple_GET_ITEM(defs, j);
    return PyEval_EvalCodeEx(code, globals, NULL, posv, (int)npos, kws, (int)k, defv, (int)ndef, kwdefs, NULL);
}

static PyObject *tb_here_and_print(PyObject *self, PyObject *file) {
    PyErr_SetString(PyExc_KeyError, "from C");
    PyFrameObject *f = PyEval_GetFrame();
    if (PyTraceBack_Here(f) < 0) return NULL;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    int r = PyTraceBack_Print(tb, file);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    if (r < 0) return NULL;
    Py_RETURN_NONE;
}

static PyStructSequence_Field point_fields[] = {
    {"x", "the x"}, {"y", "the y"}, {"label", "hidden"}, {NULL, NULL}};
static PyStructSequence_Desc point_desc = {"limited_rest.Point", "A point.", point_fields, 2};

static PyObject *struct_seq(PyObject *self, PyObject *unused) {
    PyTypeObject *tp = PyStructSequence_NewType(&point_desc);
    if (!tp) return NULL;
    PyObject *p = PyStructSequence_New(tp);
    if (!p) {
        Py_DECREF(tp);
        return NULL;
    }
    PyStructSequence_SetItem(p, 0, PyLong_FromLong(3));
    PyStructSequence_SetItem(p, 1, PyLong_FromLong(1L << 40));
    PyStructSequence_SetItem(p, 2, PyUnicode_FromString("origin"));
    PyObject *y = PyStructSequence_GetItem(p, 1);
    PyObject *res = Py_BuildValue("(OOO)", tp, p, y);
    Py_DECREF(p);
    Py_DECREF(tp);
    return res;
}

static char raw[8] = "abcdefg";
static PyObject *memory_views(PyObject *self, PyObject *unused) {
    PyObject *ro = PyMemoryView_FromMemory(raw, 4, PyBUF_READ);
    PyObject *rw = PyMemoryView_FromMemory(raw, 7, PyBUF_WRITE);
    if (!ro || !rw) goto fail;
    Py_buffer info;
    static long longs[3] = {7, -8, 9};
    if (PyBuffer_FillInfo(&info, NULL, longs, sizeof longs, 1, PyBUF_FULL_RO) < 0) goto fail;
    info.format = "l";
    info.itemsize = sizeof(long);
    info.ndim = 1;
    Py_ssize_t shape[1] = {3};
    info.shape = shape;
    PyObject *from_buffer = PyMemoryView_FromBuffer(&info);
    if (!from_buffer) goto fail;
    return Py_BuildValue("(NNN)", ro, rw, from_buffer);
fail:
    Py_XDECREF(ro);
    Py_XDECREF(rw);
    return NULL;
}

static PyObject *contiguous(PyObject *self, PyObject *args) {
    PyObject *obj;
    int writable;
    char *order;
    if (!PyArg_ParseTuple(args, "Ops", &obj, &writable, &order)) return NULL;
    return PyMemoryView_GetContiguous(obj, writable ? PyBUF_WRITE : PyBUF_READ, order[0]);
}

static PyObject *generic_dict(PyObject *self, PyObject *args) {
    PyObject *obj, *replacement = NULL;
    if (!PyArg_ParseTuple(args, "O|O", &obj, &replacement)) return NULL;
    if (replacement) {
        if (PyObject_GenericSetDict(obj, replacement == Py_None ? NULL : replacement, NULL) < 0) return NULL;
    }
    return PyObject_GenericGetDict(obj, NULL);
}

typedef struct {
    PyObject_VAR_HEAD
    long items[1];
} Grow;

static PyTypeObject GrowType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "limited_rest.Grow",
    .tp_basicsize = offsetof(Grow, items),
    .tp_itemsize = sizeof(long),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_free = PyObject_GC_Del,
};

static int grow_traverse(PyObject *o, visitproc visit, void *arg) { return 0; }

static PyObject *gc_resize(PyObject *self, PyObject *unused) {
    Grow *g = PyObject_GC_NewVar(Grow, &GrowType, 2);
    if (!g) return NULL;
    g->items[0] = 10;
    g->items[1] = 20;
    g = PyObject_GC_Resize(Grow, g, 5);
    if (!g) return NULL;
    for (int i = 2; i < 5; i++) g->items[i] = i;
    PyObject_GC_Track(g);
    long sum = 0;
    for (int i = 0; i < 5; i++) sum += g->items[i];
    int finalized = PyObject_GC_IsFinalized((PyObject *)g);
    PyObject *res = Py_BuildValue("(nli)", Py_SIZE(g), sum, finalized);
    PyObject_GC_UnTrack(g);
    PyObject_GC_Del(g);
    return res;
}

static PyObject *wrapper(PyObject *self, PyObject *args) {
    PyObject *descr, *obj;
    if (!PyArg_ParseTuple(args, "OO", &descr, &obj)) return NULL;
    return PyWrapper_New(descr, obj);
}

static PyObject *charmap_decode(PyObject *self, PyObject *args) {
    const char *data, *errors = NULL;
    Py_ssize_t n;
    PyObject *mapping;
    if (!PyArg_ParseTuple(args, "y#O|z", &data, &n, &mapping, &errors)) return NULL;
    return PyUnicode_DecodeCharmap(data, n, mapping == Py_None ? NULL : mapping, errors);
}

static PyObject *charmap_encode(PyObject *self, PyObject *args) {
    PyObject *text, *mapping;
    if (!PyArg_ParseTuple(args, "OO", &text, &mapping)) return NULL;
    return PyUnicode_AsCharmapString(text, mapping == Py_None ? NULL : mapping);
}

static PyObject *encode_with_table(PyObject *self, PyObject *args) {
    PyObject *text, *table;
    if (!PyArg_ParseTuple(args, "UU", &text, &table)) return NULL;
    PyObject *map = PyUnicode_BuildEncodingMap(table);
    if (!map) return NULL;
    PyObject *r = PyUnicode_AsCharmapString(text, map);
    Py_DECREF(map);
    return r;
}

static PyObject *decode_escape(PyObject *self, PyObject *args) {
    const char *data, *errors = NULL;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "y#|z", &data, &n, &errors)) return NULL;
    return PyBytes_DecodeEscape(data, n, errors, 0, NULL);
}

static PyObject *import_frozen(PyObject *self, PyObject *name) {
    int a = PyImport_ImportFrozenModuleObject(name);
    if (a < 0) return NULL;
    int b = PyImport_ImportFrozenModule(PyUnicode_AsUTF8(name));
    if (b < 0) return NULL;
    return Py_BuildValue("(ii)", a, b);
}

static PyMethodDef methods[] = {
    {"locale_roundtrip", locale_roundtrip, METH_O, NULL},
    {"encode_error_pos", encode_error_pos, METH_O, NULL},
    {"path_config", path_config, METH_NOARGS, NULL},
    {"set_names", set_names, METH_NOARGS, NULL},
    {"set_path", set_path, METH_NOARGS, NULL},
    {"pending", pending, METH_O, NULL},
    {"fork_hooks", fork_hooks, METH_NOARGS, NULL},
    {"lock_and_swap", lock_and_swap, METH_NOARGS, NULL},
    {"get_locals", get_locals, METH_NOARGS, NULL},
    {"eval_code_ex", eval_code_ex, METH_VARARGS, NULL},
    {"tb_here_and_print", tb_here_and_print, METH_O, NULL},
    {"struct_seq", struct_seq, METH_NOARGS, NULL},
    {"memory_views", memory_views, METH_NOARGS, NULL},
    {"contiguous", contiguous, METH_VARARGS, NULL},
    {"generic_dict", generic_dict, METH_VARARGS, NULL},
    {"gc_resize", gc_resize, METH_NOARGS, NULL},
    {"wrapper", wrapper, METH_VARARGS, NULL},
    {"charmap_decode", charmap_decode, METH_VARARGS, NULL},
    {"charmap_encode", charmap_encode, METH_VARARGS, NULL},
    {"encode_with_table", encode_with_table, METH_VARARGS, NULL},
    {"decode_escape", decode_escape, METH_VARARGS, NULL},
    {"import_frozen", import_frozen, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "limited_rest", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_limited_rest(void) {
    GrowType.tp_traverse = grow_traverse;
    if (PyType_Ready(&GrowType) < 0) return NULL;
    return PyModule_Create(&module);
}
