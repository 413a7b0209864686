/* Limited API functions added for real extensions: strided buffer copies and the old buffer
 * accessors, PyState_* and the state dicts, frames, stateful decoders and the deprecated
 * codec helpers, str writes and resizes, sys lists, files, signals, float formatting,
 * SyntaxError locations, codec streams, importers, mappingproxy, GenericAlias and
 * descriptors. Each function here returns what it saw, for the test to print. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <structmember.h>

/* The old buffer and codec helpers are deprecated in CPython: calling them is the point. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

static struct PyModuleDef limited_more_module;

/* A 2x3 matrix of shorts, viewed with strides in C order, Fortran order and transposed. */
static PyObject *strided(PyObject *self, PyObject *unused) {
    short data[6] = {1, 2, 3, 4, 5, 6};
    Py_ssize_t shape[2] = {2, 3}, strides[2];
    PyBuffer_FillContiguousStrides(2, shape, strides, sizeof(short), 'C');
    Py_ssize_t fs[2];
    PyBuffer_FillContiguousStrides(2, shape, fs, sizeof(short), 'F');
    Py_buffer view = {.buf = data, .len = sizeof data, .itemsize = sizeof(short), .ndim = 2,
                      .shape = shape, .strides = strides, .format = "h", .readonly = 1};
    Py_ssize_t idx[2] = {1, 2};
    short at = *(short *)PyBuffer_GetPointer(&view, idx);
    short c[6], f[6];
    if (PyBuffer_ToContiguous(c, &view, sizeof c, 'C') < 0 || PyBuffer_ToContiguous(f, &view, sizeof f, 'F') < 0)
        return NULL;
    /* Write the C-ordered copy back through a transposed (3x2, Fortran-strided) view. */
    short back[6] = {0};
    Py_ssize_t tshape[2] = {3, 2}, tstrides[2];
    PyBuffer_FillContiguousStrides(2, tshape, tstrides, sizeof(short), 'F');
    Py_buffer tview = {.buf = back, .len = sizeof back, .itemsize = sizeof(short), .ndim = 2,
                       .shape = tshape, .strides = tstrides, .format = "h"};
    if (PyBuffer_FromContiguous(&tview, c, sizeof c, 'C') < 0) return NULL;
    if (PyBuffer_ToContiguous(c, &view, 3, 'C') == 0) return NULL;
    PyObject *err = PyErr_Occurred() ? PyObject_Str(PyErr_Occurred()) : NULL;
    PyErr_Clear();
    PyObject *r = Py_BuildValue("((nn)(nn)i(hhhhhh)(hhhhhh)(hhhhhh)N)", strides[0], strides[1], fs[0], fs[1], at,
                                c[0], c[1], c[2], c[3], c[4], c[5], f[0], f[1], f[2], f[3], f[4], f[5],
                                back[0], back[1], back[2], back[3], back[4], back[5], err);
    return r;
}

static PyObject *size_from_format(PyObject *self, PyObject *arg) {
    Py_ssize_t n = PyBuffer_SizeFromFormat(PyUnicode_AsUTF8(arg));
    if (n < 0) return NULL;
    return PyLong_FromSsize_t(n);
}

static PyObject *copy_data(PyObject *self, PyObject *args) {
    PyObject *dest, *src;
    if (!PyArg_ParseTuple(args, "OO", &dest, &src)) return NULL;
    if (PyObject_CopyData(dest, src) < 0) return NULL;
    return Py_NewRef(dest);
}

static PyObject *old_buffers(PyObject *self, PyObject *arg) {
    const char *chars;
    const void *ro;
    void *rw;
    Py_ssize_t n1, n2, n3 = -1;
    if (PyObject_AsCharBuffer(arg, &chars, &n1) < 0 || PyObject_AsReadBuffer(arg, &ro, &n2) < 0) return NULL;
    PyObject *rw_error = NULL;
    if (PyObject_AsWriteBuffer(arg, &rw, &n3) == 0) {
        if (n3 > 0) ((char *)rw)[0] = 'W';
    } else {
        rw_error = PyObject_Str(PyErr_Occurred());
        PyErr_Clear();
    }
    return Py_BuildValue("(y#ninN)", chars, n1, n2, (const char *)ro == chars, n3,
                         rw_error ? rw_error : Py_NewRef(Py_None));
}

static PyObject *check_read_buffer(PyObject *self, PyObject *arg) { return PyBool_FromLong(PyObject_CheckReadBuffer(arg)); }

/* PyState_*: import registered the module; remove it (twice), find nothing, add it back. */
static PyObject *state(PyObject *self, PyObject *unused) {
    int found = PyState_FindModule(&limited_more_module) == self;
    int r1 = PyState_RemoveModule(&limited_more_module);
    PyObject *after = PyState_FindModule(&limited_more_module);
    int r2 = PyState_RemoveModule(&limited_more_module);
    int r3 = PyState_AddModule(self, &limited_more_module);
    return Py_BuildValue("(iiOiii)", found, r1, after ? Py_True : Py_False, r2, r3,
                         PyState_FindModule(&limited_more_module) == self);
}

/* The interpreter's and this thread's dicts: the same dict on every call. */
static PyObject *state_dicts(PyObject *self, PyObject *key) {
    PyObject *idict = PyInterpreterState_GetDict(PyInterpreterState_Get());
    PyObject *tdict = PyThreadState_GetDict();
    if (!idict || !tdict) return PyUnicode_FromString("no dict");
    PyObject *ic = PyDict_GetItemWithError(idict, key);
    PyObject *tc = PyDict_GetItemWithError(tdict, key);
    long icount = ic ? PyLong_AsLong(ic) + 1 : 1, tcount = tc ? PyLong_AsLong(tc) + 1 : 1;
    PyObject *iv = PyLong_FromLong(icount), *tv = PyLong_FromLong(tcount);
    int r = !iv || !tv || PyDict_SetItem(idict, key, iv) < 0 || PyDict_SetItem(tdict, key, tv) < 0;
    Py_XDECREF(iv);
    Py_XDECREF(tv);
    if (r) return NULL;
    return Py_BuildValue("(llO)", icount, tcount, idict == tdict ? Py_True : Py_False);
}

/* The calling Python frame: code name and line, two ways. */
static PyObject *frame_info(PyObject *self, PyObject *unused) {
    PyFrameObject *f = PyEval_GetFrame();
    PyFrameObject *g = PyThreadState_GetFrame(PyThreadState_Get());
    if (!f || !g) return PyUnicode_FromString("no frame");
    PyCodeObject *code = PyFrame_GetCode(f);
    PyObject *name = PyObject_GetAttrString((PyObject *)code, "co_name");
    PyObject *r = Py_BuildValue("(Nii)", name, PyFrame_GetLineNumber(f), f == g);
    Py_DECREF(code);
    Py_DECREF(g);
    return r;
}

/* Stateful decoding of a byte string fed in chunks of `step` bytes. */
static PyObject *decode_chunks(PyObject *self, PyObject *args) {
    const char *kind, *data;
    Py_ssize_t size, step;
    if (!PyArg_ParseTuple(args, "sy#n", &kind, &data, &size, &step)) return NULL;
    PyObject *parts = PyList_New(0);
    Py_ssize_t pos = 0, pending = 0;
    while (parts && pos < size) {
        Py_ssize_t take = pending + step <= size - pos ? pending + step : size - pos, used = 0;
        int bo = 0;
        PyObject *s = !strcmp(kind, "utf-8")    ? PyUnicode_DecodeUTF8Stateful(data + pos, take, "strict", &used)
                      : !strcmp(kind, "utf-16") ? PyUnicode_DecodeUTF16Stateful(data + pos, take, "strict", &bo, &used)
                      : !strcmp(kind, "utf-32") ? PyUnicode_DecodeUTF32Stateful(data + pos, take, "strict", &bo, &used)
                                                : PyUnicode_DecodeUTF7Stateful(data + pos, take, "strict", &used);
        if (!s) {
            Py_DECREF(parts);
            return NULL;
        }
        if (PyList_Append(parts, s) < 0) Py_CLEAR(parts);
        Py_DECREF(s);
        pos += used;
        pending = take - used;
        if (take == size - pos + used && used == 0) break;   /* an incomplete end: stop */
    }
    if (!parts) return NULL;
    PyObject *whole = !strcmp(kind, "utf-8") ? PyUnicode_DecodeUTF8Stateful(data, size, "replace", NULL)
                                             : PyUnicode_FromString("-");
    return Py_BuildValue("(NnN)", parts, pos, whole);
}

static PyObject *codec_helpers(PyObject *self, PyObject *arg) {
    PyObject *a = PyUnicode_AsEncodedObject(arg, "swapcase", NULL);
    PyObject *b = a ? PyUnicode_AsEncodedUnicode(arg, "swapcase", NULL) : NULL;
    PyObject *c = b ? PyUnicode_AsDecodedObject(arg, "swapcase", NULL) : NULL;
    PyObject *d = c ? PyUnicode_AsDecodedUnicode(arg, "swapcase", NULL) : NULL;
    if (!d) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        Py_XDECREF(c);
        return NULL;
    }
    PyObject *bad = PyUnicode_AsEncodedUnicode(arg, "utf-8", NULL);
    PyObject *err = bad ? NULL : PyObject_Str(PyErr_Occurred());
    PyErr_Clear();
    Py_XDECREF(bad);
    return Py_BuildValue("(NNNNNn)", a, b, c, d, err ? err : Py_NewRef(Py_None), PyUnicode_GetSize(arg));
}

/* A fresh str written char by char, then resized both ways. */
static PyObject *write_and_resize(PyObject *self, PyObject *unused) {
    PyObject *s = PyUnicode_New(4, 0xFF);
    if (!s) return NULL;
    const char *text = "ab\xe9z";
    for (int i = 0; i < 4; i++)
        if (PyUnicode_WriteChar(s, i, (unsigned char)text[i]) < 0) {
            Py_DECREF(s);
            return NULL;
        }
    PyObject *errs = PyList_New(0);
    Py_UCS4 bad_chars[] = {0x100, 'x'};
    Py_ssize_t bad_index[] = {0, 9};
    for (int i = 0; i < 2; i++) {
        if (PyUnicode_WriteChar(s, bad_index[i], bad_chars[i]) == 0) return NULL;
        PyObject *e = PyUnicode_FromFormat("%s: %S", ((PyTypeObject *)PyErr_Occurred())->tp_name, PyErr_Occurred());
        PyErr_Clear();
        PyList_Append(errs, e);
        Py_DECREF(e);
    }
    PyObject *copy = PyUnicode_Substring(s, 0, 4);
    if (PyUnicode_Resize(&s, 2) < 0) return NULL;
    PyObject *longer = PyUnicode_New(1, 0x7F);
    PyUnicode_WriteChar(longer, 0, 'q');
    if (PyUnicode_Resize(&longer, 3) < 0 || PyUnicode_WriteChar(longer, 1, 'r') < 0 ||
        PyUnicode_WriteChar(longer, 2, 's') < 0)
        return NULL;
    PyObject *shared = Py_NewRef(copy);
    if (PyUnicode_WriteChar(copy, 0, 'X') == 0) return NULL;
    PyObject *e = PyObject_Str(PyErr_Occurred());
    PyErr_Clear();
    Py_DECREF(shared);
    return Py_BuildValue("(NNNNN)", copy, s, longer, errs, e);
}

static PyObject *sys_lists(PyObject *self, PyObject *unused) {
    PySys_ResetWarnOptions();
    int before = PySys_HasWarnOptions();
    PySys_AddWarnOption(L"ignore::DeprecationWarning");
    PyObject *opt = PyUnicode_FromString("error::UserWarning");
    PySys_AddWarnOptionUnicode(opt);
    Py_DECREF(opt);
    int after = PySys_HasWarnOptions();
    PySys_AddXOption(L"spry_test_flag");
    PySys_AddXOption(L"spry_test_value=42");
    wchar_t *argv[] = {L"/opt/tool/run.py", L"--verbose", L"x"};
    PySys_SetArgvEx(3, argv, 0);
    PyObject *argv1 = Py_NewRef(PySys_GetObject("argv"));
    PyObject *path = Py_NewRef(PySys_GetObject("path"));
    PySys_SetPath(L"/a:/b/c:");
    PyObject *newpath = Py_NewRef(PySys_GetObject("path"));
    PySys_SetArgv(1, argv);
    PyObject *first = PyList_GetItem(PySys_GetObject("path"), 0);
    PyObject *argv2 = Py_NewRef(PySys_GetObject("argv"));
    PySys_SetArgvEx(0, NULL, 1);
    PyObject *first2 = PyList_GetItem(PySys_GetObject("path"), 0);
    PyObject *argv3 = Py_NewRef(PySys_GetObject("argv"));
    PySys_SetObject("path", path);
    Py_DECREF(path);
    PyObject *w = PySys_GetObject("warnoptions");
    PyObject *r = Py_BuildValue("(iiONNONON)", before, after, w, argv1, newpath, first, argv2, first2, argv3);
    PySys_ResetWarnOptions();
    return r;
}

static PyObject *file_lines(PyObject *self, PyObject *args) {
    int fd, n;
    if (!PyArg_ParseTuple(args, "ii", &fd, &n)) return NULL;
    PyObject *f = PyFile_FromFd(fd, "ignored", "r", -1, "utf-8", NULL, NULL, 0);
    if (!f) return NULL;
    PyObject *lines = PyList_New(0);
    for (;;) {
        PyObject *line = PyFile_GetLine(f, n);
        if (!line) {
            PyObject *e = PyObject_Str(PyErr_Occurred());
            PyErr_Clear();
            PyList_Append(lines, e);
            Py_DECREF(e);
            break;
        }
        int end = PyUnicode_GET_LENGTH(line) == 0;
        PyList_Append(lines, line);
        Py_DECREF(line);
        if (end) break;
    }
    Py_DECREF(f);
    return lines;
}

static void at_exit(void) {
    printf("Py_AtExit function ran\n");
    fflush(stdout);
}

static PyObject *process(PyObject *self, PyObject *unused) {
    int registered = Py_AtExit(at_exit);
    PyOS_sighandler_t old = PyOS_setsig(SIGUSR2, SIG_IGN);
    PyOS_sighandler_t now = PyOS_getsig(SIGUSR2);
    PyOS_sighandler_t back = PyOS_setsig(SIGUSR2, old);
    return Py_BuildValue("(iiiii)", registered, old == SIG_DFL, now == SIG_IGN, back == SIG_IGN,
                         PyOS_InterruptOccurred());
}

static PyObject *double_to_string(PyObject *self, PyObject *args) {
    double v;
    const char *code;
    int precision, flags;
    if (!PyArg_ParseTuple(args, "dsii", &v, &code, &precision, &flags)) return NULL;
    int type = -1;
    char *s = PyOS_double_to_string(v, code[0], precision, flags, &type);
    if (!s) return NULL;
    PyObject *r = Py_BuildValue("(si)", s, type);
    PyMem_Free(s);
    return r;
}

static PyObject *syntax_location(PyObject *self, PyObject *args) {
    const char *filename;
    int lineno, col;
    if (!PyArg_ParseTuple(args, "zii", &filename, &lineno, &col)) return NULL;
    PyErr_SetString(PyExc_SyntaxError, "bad thing");
    if (col == -2) PyErr_SyntaxLocation(filename, lineno);
    else PyErr_SyntaxLocationEx(filename, lineno, col);
    return NULL;
}

static PyObject *program_text(PyObject *self, PyObject *args) {
    const char *filename;
    int lineno;
    if (!PyArg_ParseTuple(args, "si", &filename, &lineno)) return NULL;
    PyObject *r = PyErr_ProgramText(filename, lineno);
    if (!r && !PyErr_Occurred()) Py_RETURN_NONE;
    return r;
}

static PyObject *streams(PyObject *self, PyObject *args) {
    PyObject *in, *out;
    if (!PyArg_ParseTuple(args, "OO", &in, &out)) return NULL;
    PyObject *reader = PyCodec_StreamReader("utf-16-le", in, NULL);
    PyObject *writer = reader ? PyCodec_StreamWriter("utf-16-le", out, "strict") : NULL;
    PyObject *text = writer ? PyObject_CallMethod(reader, "read", NULL) : NULL;
    PyObject *w = text ? PyObject_CallMethod(writer, "write", "O", text) : NULL;
    PyObject *r = w ? Py_NewRef(text) : NULL;
    Py_XDECREF(w);
    Py_XDECREF(text);
    Py_XDECREF(writer);
    Py_XDECREF(reader);
    return r;
}

static PyObject *get_importer(PyObject *self, PyObject *path) { return PyImport_GetImporter(path); }

static PyObject *proxy(PyObject *self, PyObject *mapping) { return PyDictProxy_New(mapping); }

static PyObject *generic_alias(PyObject *self, PyObject *args) {
    PyObject *origin, *params;
    if (!PyArg_ParseTuple(args, "OO", &origin, &params)) return NULL;
    return Py_GenericAlias(origin, params);
}

typedef struct {
    PyObject_HEAD
    int count;
} Counter;

static PyObject *counter_get(PyObject *self, void *closure) { return PyLong_FromLong(((Counter *)self)->count * 10); }

static PyGetSetDef tens_def = {"tens", counter_get, NULL, "count times ten", NULL};
static PyMemberDef count_def = {"count", T_INT, offsetof(Counter, count), 0, "the count"};

static PyTypeObject CounterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "limited_more.Counter",
    .tp_basicsize = sizeof(Counter),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
};

/* Descriptors made outside any type's tables, then used by hand on a Counter. */
static PyObject *descriptors(PyObject *self, PyObject *unused) {
    PyObject *tens = PyDescr_NewGetSet(&CounterType, &tens_def);
    PyObject *count = PyDescr_NewMember(&CounterType, &count_def);
    PyObject *c = PyObject_CallNoArgs((PyObject *)&CounterType);
    if (!tens || !count || !c) return NULL;
    PyObject *seven = PyLong_FromLong(7);
    PyObject *get = PyObject_GetAttrString(count, "__set__");
    PyObject *set = get ? PyObject_CallFunctionObjArgs(get, c, seven, NULL) : NULL;
    Py_XDECREF(get);
    Py_DECREF(seven);
    if (!set) return NULL;
    Py_DECREF(set);
    PyObject *v1 = PyObject_CallMethod(tens, "__get__", "OO", c, (PyObject *)&CounterType);
    PyObject *v2 = PyObject_CallMethod(count, "__get__", "OO", c, (PyObject *)&CounterType);
    PyObject *name = PyObject_GetAttrString(tens, "__name__");
    PyObject *doc = PyObject_GetAttrString(count, "__doc__");
    PyObject *r = Py_BuildValue("(NNNN)", v1, v2, name, doc);
    Py_DECREF(tens);
    Py_DECREF(count);
    Py_DECREF(c);
    return r;
}

static PyMethodDef methods[] = {
    {"strided", strided, METH_NOARGS, NULL},
    {"size_from_format", size_from_format, METH_O, NULL},
    {"copy_data", copy_data, METH_VARARGS, NULL},
    {"old_buffers", old_buffers, METH_O, NULL},
    {"check_read_buffer", check_read_buffer, METH_O, NULL},
    {"state", state, METH_NOARGS, NULL},
    {"state_dicts", state_dicts, METH_O, NULL},
    {"frame_info", frame_info, METH_NOARGS, NULL},
    {"decode_chunks", decode_chunks, METH_VARARGS, NULL},
    {"codec_helpers", codec_helpers, METH_O, NULL},
    {"write_and_resize", write_and_resize, METH_NOARGS, NULL},
    {"sys_lists", sys_lists, METH_NOARGS, NULL},
    {"file_lines", file_lines, METH_VARARGS, NULL},
    {"process", process, METH_NOARGS, NULL},
    {"double_to_string", double_to_string, METH_VARARGS, NULL},
    {"syntax_location", syntax_location, METH_VARARGS, NULL},
    {"program_text", program_text, METH_VARARGS, NULL},
    {"streams", streams, METH_VARARGS, NULL},
    {"get_importer", get_importer, METH_O, NULL},
    {"proxy", proxy, METH_O, NULL},
    {"generic_alias", generic_alias, METH_VARARGS, NULL},
    {"descriptors", descriptors, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef limited_more_module = {
    PyModuleDef_HEAD_INIT, "limited_more", NULL, -1, methods,
};

PyMODINIT_FUNC PyInit_limited_more(void) {
    if (PyType_Ready(&CounterType) < 0) return NULL;
    return PyModule_Create(&limited_more_module);
}
