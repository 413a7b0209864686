/* Legacy C API: the buffer protocol, running Python code from C (embedding), and the
 * private helpers real extensions still call (_Py_IDENTIFIER, _PyEval_SliceIndex). */
#include "legacy.h"
#include "vm/vm.h"

#define R(o) legacy_ref(o)

/* ---- buffers --------------------------------------------------------------------------------- */
int PyBuffer_FillInfo(Py_buffer *view, PyObject *obj, void *buf, Py_ssize_t len, int readonly,
                      int flags) {
    if (!view) {
        PyErr_SetString(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete");
        return -1;
    }
    if ((flags & PyBUF_WRITABLE) == PyBUF_WRITABLE && readonly == 1) {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = obj ? Py_NewRef(obj) : NULL;
    view->buf = buf;
    view->len = len;
    view->readonly = readonly;
    view->itemsize = 1;
    view->format = (flags & PyBUF_FORMAT) == PyBUF_FORMAT ? "B" : NULL;
    view->ndim = 1;
    view->shape = (flags & PyBUF_ND) == PyBUF_ND ? &view->len : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? &view->itemsize : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}

static PyBufferProcs *buffer_procs(PyObject *obj) {
    for (Type *tp = (Type *)Py_TYPE(obj); tp; tp = tp->tp_base)
        if (type_has_flag(tp, TPFLAG_SPRY_LEGACY)) return ((PyTypeObject *)tp)->tp_as_buffer;
    return NULL;
}

int PyObject_CheckBuffer(PyObject *obj) {
    PyBufferProcs *bp = buffer_procs(obj);
    return (bp && bp->bf_getbuffer) || ((Type *)Py_TYPE(obj))->getbuffer != NULL;
}

/* A runtime view lent to a legacy consumer: the export, and the shape and stride its
 * Py_buffer points at. Lives in view->internal until PyBuffer_Release. */
typedef struct LentView {
    BufferView view;
    Py_ssize_t shape, stride;
} LentView;

/* The NUL-terminated format string of a struct format character. */
static const char *format_string(char f) {
    static const char *const formats[] = {"b", "B", "c", "?", "h", "H", "i", "I", "l", "L",
                                          "q", "Q", "n", "N", "f", "d", "P", "u", "w"};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (formats[i][0] == f) return formats[i];
    return "B";
}

static bool wants(int flags, int request) { return (flags & request) == request; }

/* Why a memoryview of this layout cannot satisfy the request `flags` (CPython's checks, in
 * its order), or NULL. */
static const char *memoryview_refusal(const MemoryLayout *lay, int flags) {
    if (wants(flags, PyBUF_C_CONTIGUOUS) && !lay->c_contiguous) return "memoryview: underlying buffer is not C-contiguous";
    if (wants(flags, PyBUF_F_CONTIGUOUS) && !lay->f_contiguous)
        return "memoryview: underlying buffer is not Fortran contiguous";
    if (wants(flags, PyBUF_ANY_CONTIGUOUS) && !lay->c_contiguous && !lay->f_contiguous)
        return "memoryview: underlying buffer is not contiguous";
    if (!wants(flags, PyBUF_STRIDES) && !lay->c_contiguous) return "memoryview: underlying buffer is not C-contiguous";
    if (!wants(flags, PyBUF_ND) && wants(flags, PyBUF_FORMAT))
        return "memoryview: cannot cast to unsigned bytes if the format flag is present";
    return NULL;
}

/* A memoryview lends its items in any layout: shape and strides as far as the request
 * takes them (without PyBUF_ND, the memory as one run of bytes). */
static int memoryview_buffer(Thread *t, PyObject *obj, Py_buffer *view, int flags) {
    LentView *lent = mem_alloc(t, sizeof(LentView));
    if (!lent) return -1;
    MemoryLayout lay;
    if (memoryview_export(t, R(obj), &lent->view, &lay, wants(flags, PyBUF_WRITABLE)) < 0) {
        mem_free(lent);
        return -1;
    }
    const char *why = memoryview_refusal(&lay, flags);
    if (why) {
        buffer_release(&lent->view);
        mem_free(lent);
        err_set(t, &exc_BufferError, why);
        return -1;
    }
    BufferView *v = &lent->view;
    view->obj = Py_NewRef(obj);
    view->buf = v->data;
    view->len = v->len;
    view->readonly = v->readonly;
    view->itemsize = v->itemsize;
    view->format = wants(flags, PyBUF_FORMAT) ? (char *)format_string(v->format) : NULL;
    bool shaped = wants(flags, PyBUF_ND);
    view->ndim = shaped ? lay.ndim : 1;
    view->shape = shaped ? (Py_ssize_t *)lay.shape : NULL;
    view->strides = wants(flags, PyBUF_STRIDES) ? (Py_ssize_t *)lay.strides : NULL;
    view->suboffsets = NULL;
    view->internal = lent;
    return 0;
}

int PyObject_GetBuffer(PyObject *obj, Py_buffer *view, int flags) {
    PyBufferProcs *bp = buffer_procs(obj);
    if (bp && bp->bf_getbuffer) return bp->bf_getbuffer(obj, view, flags);
    Thread *t = legacy_thread();
    if (Py_TYPE(obj) == (PyTypeObject *)&memoryview_type) return memoryview_buffer(t, obj, view, flags);
    LentView *lent = mem_alloc(t, sizeof(LentView));
    if (!lent) return -1;
    if (obj_get_buffer(t, R(obj), &lent->view, (flags & PyBUF_WRITABLE) == PyBUF_WRITABLE) < 0) {
        mem_free(lent);
        return -1;
    }
    BufferView *v = &lent->view;
    PyBuffer_FillInfo(view, obj, v->data, v->len, v->readonly, flags);
    view->itemsize = v->itemsize;
    if (view->format) view->format = (char *)format_string(v->format);
    lent->shape = v->len / v->itemsize;
    lent->stride = v->itemsize;
    if (view->shape) view->shape = &lent->shape;
    if (view->strides) view->strides = &lent->stride;
    view->internal = lent;
    return 0;
}

void PyBuffer_Release(Py_buffer *view) {
    PyObject *obj = view->obj;
    if (!obj) return;
    PyBufferProcs *bp = buffer_procs(obj);
    if (bp && bp->bf_releasebuffer) {
        bp->bf_releasebuffer(obj, view);
    } else if (!(bp && bp->bf_getbuffer) && view->internal) {
        LentView *lent = view->internal;
        buffer_release(&lent->view);
        mem_free(lent);
        view->internal = NULL;
    }
    view->obj = NULL;
    Py_DECREF(obj);
}

/* Is the memory laid out with the last index varying fastest ('C'), the first ('F'), or
 * either ('A')? Dimensions of length 1 do not matter, an empty view is contiguous. */
static bool contiguous_in(const Py_buffer *view, bool fortran) {
    if (view->len == 0) return true;
    if (!view->strides) {   /* C order by definition: Fortran too when at most one dim is > 1 */
        int big = 0;
        for (int i = 0; fortran && i < view->ndim; i++) big += view->shape && view->shape[i] > 1;
        return big <= 1;
    }
    Py_ssize_t expect = view->itemsize;
    for (int k = 0; k < view->ndim; k++) {
        int i = fortran ? k : view->ndim - 1 - k;
        if (view->shape[i] > 1 && view->strides[i] != expect) return false;
        expect *= view->shape[i];
    }
    return true;
}
int PyBuffer_IsContiguous(const Py_buffer *view, char order) {
    if (view->suboffsets) return 0;
    if (order == 'C') return contiguous_in(view, false);
    if (order == 'F') return contiguous_in(view, true);
    if (order == 'A') return contiguous_in(view, false) || contiguous_in(view, true);
    return 0;
}

/* ---- running code --------------------------------------------------------------------------- */
/* __main__'s dict, creating the module on first use (embedding). Borrowed. */
static Object *main_dict(Thread *t) {
    Ref m = dict_get_cstr(t, t->interp->modules, "__main__");
    if (ref_is_null(m)) {
        if (err_occurred(t)) return NULL;
        Object *mod = module_new_cstr(t, "__main__");
        if (!mod) return NULL;
        if (dict_set_cstr(t, module_dict(mod), "__builtins__", ref_from_obj(t->interp->builtins)) < 0 ||
            dict_set_cstr(t, t->interp->modules, "__main__", ref_from_obj(mod)) < 0) {
            obj_decref(mod);
            return NULL;
        }
        m = ref_from_obj(mod);
    }
    Object *d = ref_type_is(m, &module_type) ? module_dict(ref_obj(m)) : NULL;
    ref_close(m);   /* sys.modules keeps it */
    if (!d) err_set(t, &exc_RuntimeError, "__main__ is not a module");
    return d;
}

/* Py_func_type_input: the source is parsed (ast's func_type mode, with its SyntaxError),
 * but a function type makes no code, as in CPython. */
static PyObject *func_type_code(const char *str, const char *filename) {
    PyObject *ast = PyImport_ImportModule("ast");
    PyObject *tree = ast ? PyObject_CallMethod(ast, "parse", "sss", str, filename, "func_type") : NULL;
    Py_XDECREF(ast);
    if (!tree) return NULL;
    Py_DECREF(tree);
    PyErr_SetString(PyExc_RuntimeError, "this compiler does not handle FunctionTypes");
    return NULL;
}

PyObject *Py_CompileString(const char *str, const char *filename, int start) {
    Thread *t = legacy_thread();
    if (start == Py_func_type_input) return func_type_code(str, filename);
    if (start != Py_file_input && start != Py_eval_input && start != Py_single_input) {
        PyErr_BadInternalCall();   /* CPython 3.11's behaviour is undefined here */
        return NULL;
    }
    int mode = start == Py_eval_input ? COMPILE_EVAL : start == Py_single_input ? COMPILE_SINGLE : COMPILE_EXEC;
    Object *fn = str_from_cstr(t, filename);
    if (!fn) return NULL;
    Object *code = compile_source(t, str, strlen(str), fn, mode, COMPILE_FLAG_STR_INPUT);
    obj_decref(fn);
    return (PyObject *)code;
}

PyObject *PyEval_EvalCode(PyObject *code, PyObject *globals, PyObject *locals) {
    Thread *t = legacy_thread();
    if (!globals || !dict_check(R(globals))) {
        PyErr_SetString(PyExc_SystemError, "globals must be a dict");
        return NULL;
    }
    if (dict_contains(t, (Object *)globals, ref_immortal(ID(__builtins__))) == 0 &&
        dict_set_str(t, (Object *)globals, ID(__builtins__), ref_from_obj(t->interp->builtins)) < 0)
        return NULL;
    return legacy_box(t, eval_code(t, (Object *)code, (Object *)globals, (Object *)locals));
}

static PyObject *array_tuple(PyObject *const *items, int n) {
    PyObject *tup = PyTuple_New(n);
    for (int i = 0; tup && i < n; i++) PyTuple_SET_ITEM(tup, i, Py_NewRef(items[i]));
    return tup;
}

/* A function's code runs as a function made from it, with these arguments, defaults and
 * closure, as CPython's does (locals then plays no part). */
PyObject *PyEval_EvalCodeEx(PyObject *co, PyObject *globals, PyObject *locals, PyObject *const *args, int argc,
                            PyObject *const *kws, int kwc, PyObject *const *defs, int defc, PyObject *kwdefs,
                            PyObject *closure) {
    Thread *t = legacy_thread();
    if (!globals || !dict_check(R(globals))) {
        PyErr_SetString(PyExc_SystemError, "globals must be a dict");
        return NULL;
    }
    if (Py_TYPE(co) != (PyTypeObject *)&code_type) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (!(CODE((Object *)co)->flags & CO_OPTIMIZED) && argc == 0 && kwc == 0 && defc == 0 && !kwdefs && !closure)
        return PyEval_EvalCode(co, globals, locals);   /* module-level code: locals apply */
    Function *fn = (Function *)function_new(t, (Object *)co, (Object *)globals, NULL);
    if (!fn) return NULL;
    PyObject *res = NULL, *posargs = NULL, *kwargs = NULL;
    if (defc > 0 && !(fn->defaults = (Object *)array_tuple(defs, defc))) goto done;
    if (kwdefs) fn->kwdefaults = (Object *)Py_NewRef(kwdefs);
    if (closure) fn->closure = (Object *)Py_NewRef(closure);
    posargs = array_tuple(args, argc);
    kwargs = kwc > 0 ? PyDict_New() : NULL;
    if (!posargs || (kwc > 0 && !kwargs)) goto done;
    for (int i = 0; i < kwc; i++)
        if (PyDict_SetItem(kwargs, kws[2 * i], kws[2 * i + 1]) < 0) goto done;
    res = PyObject_Call((PyObject *)fn, posargs, kwargs);
done:
    Py_XDECREF(posargs);
    Py_XDECREF(kwargs);
    Py_DECREF((PyObject *)fn);
    return res;
}

PyObject *PyRun_String(const char *str, int start, PyObject *globals, PyObject *locals) {
    PyObject *code = Py_CompileString(str, "<string>", start);
    if (!code) return NULL;
    PyObject *r = PyEval_EvalCode(code, globals, locals);
    Py_DECREF(code);
    return r;
}

int PyRun_SimpleString(const char *command) {
    Thread *t = legacy_thread();
    Object *d = main_dict(t);
    if (!d) {
        PyErr_Print();
        return -1;
    }
    PyObject *r = PyRun_String(command, Py_file_input, (PyObject *)d, (PyObject *)d);
    if (!r) {
        PyErr_Print();
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

/* Spry's compiler takes no PyCF_* flags yet: refusing them beats ignoring them. */
static int no_compiler_flags(PyCompilerFlags *flags) {
    if (!flags || flags->cf_flags == 0) return 0;
    PyErr_Format(PyExc_SystemError, "unsupported compiler flags 0x%x", flags->cf_flags);
    return -1;
}
PyObject *Py_CompileStringFlags(const char *str, const char *filename, int start, PyCompilerFlags *flags) {
    return no_compiler_flags(flags) < 0 ? NULL : Py_CompileString(str, filename, start);
}
PyObject *PyRun_StringFlags(const char *str, int start, PyObject *globals, PyObject *locals,
                            PyCompilerFlags *flags) {
    return no_compiler_flags(flags) < 0 ? NULL : PyRun_String(str, start, globals, locals);
}
int PyRun_SimpleStringFlags(const char *command, PyCompilerFlags *flags) {
    if (no_compiler_flags(flags) < 0) {
        PyErr_Print();
        return -1;
    }
    return PyRun_SimpleString(command);
}

/* ---- private helpers ----------------------------------------------------------------------- */
PyObject *_PyUnicode_FromId(_Py_Identifier *id) {
    /* Interned strings live as long as the interpreter; the identifier keeps a borrowed
     * pointer only as a hint that is re-validated by interning again. */
    return PyUnicode_InternFromString(id->string);
}

PyObject *_PyObject_CallMethodId(PyObject *obj, _Py_Identifier *name, const char *format, ...) {
    PyObject *m = PyObject_GetAttrString(obj, name->string);
    if (!m) return NULL;
    va_list va;
    va_start(va, format);
    PyObject *args = format && *format ? legacy_build_value_v(format, &va, 0) : PyTuple_New(0);
    va_end(va);
    PyObject *r = NULL;
    if (args) {
        r = PyTuple_Check(args) ? PyObject_Call(m, args, NULL) : PyObject_CallOneArg(m, args);
        Py_DECREF(args);
    }
    Py_DECREF(m);
    return r;
}

PyObject *_PyObject_GetAttrId(PyObject *obj, _Py_Identifier *name) {
    return PyObject_GetAttrString(obj, name->string);
}

int _PyEval_SliceIndex(PyObject *v, Py_ssize_t *pi) {
    if (v == NULL || v == Py_None) return 1;
    if (!PyIndex_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return 0;
    }
    Py_ssize_t x = PyNumber_AsSsize_t(v, NULL);
    if (x == -1 && PyErr_Occurred()) return 0;
    *pi = x;
    return 1;
}
