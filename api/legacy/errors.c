/* Legacy C API: exceptions. Spry keeps one normalized exception object per thread; the
 * (type, value, traceback) triple of the C API is derived from it. */
#include <signal.h>

#include "legacy.h"

#define T_ legacy_thread()
#define R(o) legacy_ref(o)

static bool is_exc_type(PyObject *o) { return o && exc_type_check(R(o)); }

void PyErr_SetObject(PyObject *type, PyObject *value) {
    Thread *t = T_;
    if (!is_exc_type(type)) {
        err_format(t, &exc_SystemError, "_PyErr_SetObject: exception %R is not a BaseException subclass",
                   type ? R(type) : REF_NONE);
        return;
    }
    if (value && exc_check(R(value)) && type_is_subtype(ref_type(R(value)), (Type *)type)) {
        Py_INCREF(value);
        err_raise(t, legacy_unbox(value));
        return;
    }
    Ref exc;
    if (!value || value == Py_None) exc = exc_new(t, (Type *)type, NULL, 0);
    else if (tuple_check(R(value)))
        exc = exc_new(t, (Type *)type, tuple_items((Object *)value), tuple_size((Object *)value));
    else {
        Ref a = R(value);
        exc = exc_new(t, (Type *)type, &a, 1);
    }
    if (!ref_is_null(exc)) err_raise(t, exc);
}
void PyErr_SetNone(PyObject *type) { PyErr_SetObject(type, NULL); }
void PyErr_SetString(PyObject *type, const char *msg) {
    Thread *t = T_;
    Object *s = str_from_cstr(t, msg);
    if (!s) return;
    PyErr_SetObject(type, (PyObject *)s);
    obj_decref(s);
}
PyObject *PyErr_FormatV(PyObject *type, const char *fmt, va_list va) {
    PyObject *s = PyUnicode_FromFormatV(fmt, va);
    if (!s) return NULL;
    PyErr_SetObject(type, s);
    Py_DECREF(s);
    return NULL;
}
PyObject *PyErr_Format(PyObject *type, const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    PyErr_FormatV(type, fmt, va);
    va_end(va);
    return NULL;
}
PyObject *PyErr_Occurred(void) {
    Thread *t = T_;
    if (!t || ref_is_null(t->exc)) return NULL;
    return (PyObject *)ref_type(t->exc);
}
void PyErr_Clear(void) { err_clear(T_); }
void PyErr_Fetch(PyObject **ptype, PyObject **pvalue, PyObject **ptb) {
    Thread *t = T_;
    Ref e = err_fetch(t);
    if (ref_is_null(e)) {
        *ptype = *pvalue = *ptb = NULL;
        return;
    }
    PyObject *v = legacy_box(t, e);
    *pvalue = v;
    *ptype = Py_NewRef((PyObject *)Py_TYPE(v));
    Object *tb = ((BaseExc *)v)->traceback;
    *ptb = tb ? Py_NewRef((PyObject *)tb) : NULL;
}
void PyErr_Restore(PyObject *type, PyObject *value, PyObject *tb) {
    Thread *t = T_;
    if (!type) {
        Py_XDECREF(value);
        Py_XDECREF(tb);
        err_clear(t);
        return;
    }
    PyObject *exc = value;
    if (!exc || !exc_check(R(exc))) {
        Ref args = value && value != Py_None ? R(value) : REF_NULL;
        Ref e;
        if (!ref_is_null(args) && tuple_check(args))
            e = exc_new(t, (Type *)type, tuple_items(ref_obj(args)), tuple_size(ref_obj(args)));
        else
            e = exc_new(t, (Type *)type, ref_is_null(args) ? NULL : &args, ref_is_null(args) ? 0 : 1);
        Py_XDECREF(value);
        exc = legacy_box(t, e);
        if (!exc) {
            Py_XDECREF(tb);
            Py_DECREF(type);
            return;
        }
    }
    if (tb) exc_set_traceback((Object *)exc, (Object *)tb);
    Py_DECREF(type);
    err_restore(t, legacy_unbox(exc));
}
void PyErr_NormalizeException(PyObject **ptype, PyObject **pvalue, PyObject **ptb) {
    Thread *t = T_;
    if (!*ptype || (*pvalue && exc_check(R(*pvalue)))) return;
    Ref args = *pvalue && *pvalue != Py_None ? R(*pvalue) : REF_NULL;
    Ref e;
    if (!ref_is_null(args) && tuple_check(args))
        e = exc_new(t, (Type *)*ptype, tuple_items(ref_obj(args)), tuple_size(ref_obj(args)));
    else
        e = exc_new(t, (Type *)*ptype, ref_is_null(args) ? NULL : &args, ref_is_null(args) ? 0 : 1);
    if (ref_is_null(e)) {
        /* Replace the triple with the exception raised while normalizing. */
        Py_XDECREF(*pvalue);
        Py_XDECREF(*ptype);
        PyErr_Fetch(ptype, pvalue, ptb);
        return;
    }
    Py_XDECREF(*pvalue);
    *pvalue = legacy_box(t, e);
}
int PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc) {
    if (!given || !exc) return 0;
    if (tuple_check(R(exc))) {
        for (intptr_t i = 0; i < tuple_size((Object *)exc); i++) {
            Ref item = tuple_get((Object *)exc, i);
            if (ref_is_obj(item) && PyErr_GivenExceptionMatches(given, (PyObject *)ref_obj(item))) return 1;
        }
        return 0;
    }
    if (exc_check(R(given))) given = (PyObject *)Py_TYPE(given);
    if (exc_type_check(R(given)) && exc_type_check(R(exc)))
        return type_is_subtype((Type *)given, (Type *)exc);
    return given == exc;
}
int PyErr_ExceptionMatches(PyObject *exc) { return PyErr_GivenExceptionMatches(PyErr_Occurred(), exc); }
PyObject *PyErr_NoMemory(void) {
    err_no_memory(T_);
    return NULL;
}
int PyErr_BadArgument(void) {
    err_set(T_, &exc_TypeError, "bad argument type for built-in operation");
    return 0;
}
void PyErr_BadInternalCall(void) { err_set(T_, &exc_SystemError, "bad argument to internal function"); }
void PyErr_Print(void) {
    Thread *t = T_;
    Ref e = err_fetch(t);
    if (!ref_is_null(e)) {
        err_print_exception(t, e);
        ref_close(e);
    }
}
void PyErr_WriteUnraisable(PyObject *obj) { err_write_unraisable(T_, obj ? R(obj) : REF_NONE); }
int PyErr_WarnEx(PyObject *category, const char *msg, Py_ssize_t stacklevel) {
    Type *cat = category ? (Type *)category : &exc_RuntimeWarning;
    return err_warn(T_, cat, msg, stacklevel > INT_MAX ? INT_MAX : (int)stacklevel);
}
int PyErr_WarnFormat(PyObject *category, Py_ssize_t stacklevel, const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    PyObject *s = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    const char *msg = s ? PyUnicode_AsUTF8(s) : NULL;
    int rc = msg ? PyErr_WarnEx(category, msg, stacklevel) : -1;
    Py_XDECREF(s);
    return rc;
}
PyObject *PyErr_NewException(const char *name, PyObject *base, PyObject *dict) {
    Thread *t = T_;
    const char *dot = strrchr(name, '.');
    if (!dot) {
        err_set(t, &exc_SystemError, "PyErr_NewException: name must be module.class");
        return NULL;
    }
    Object *d = dict ? (Object *)dict : dict_new(t);
    if (!d) return NULL;
    /* The module part of the name becomes __module__ unless the given dict has one. */
    Ref known = dict ? dict_get_str(t, d, ID(__module__)) : REF_NULL;
    if (ref_is_null(known)) {
        Object *mod = err_occurred(t) ? NULL : str_from_utf8(t, name, dot - name);
        if (!mod || dict_set_str(t, d, ID(__module__), ref_from_obj(mod)) < 0) {
            obj_xdecref(mod);
            if (!dict) obj_decref(d);
            return NULL;
        }
        obj_decref(mod);
    }
    ref_close(known);
    Object *bases;
    if (!base) bases = tuple_pack(t, 1, ref_immortal(&exc_Exception));
    else if (tuple_check(R(base))) bases = (Object *)Py_NewRef(base);
    else bases = tuple_pack(t, 1, R(base));
    Object *cname = bases ? str_from_cstr(t, dot + 1) : NULL;
    Ref r = REF_NULL;
    if (cname) {
        Ref args[3] = {ref_from_obj(cname), ref_from_obj(bases), ref_from_obj(d)};
        r = obj_call(t, ref_immortal(&type_type), args, 3, NULL);
    }
    obj_xdecref(cname);
    obj_xdecref(bases);
    if (!dict) obj_decref(d);
    return legacy_box(t, r);
}
PyObject *PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base, PyObject *dict) {
    PyObject *e = PyErr_NewException(name, base, dict);
    if (e && doc) {
        PyObject *s = PyUnicode_FromString(doc);
        if (!s || PyObject_SetAttrString(e, "__doc__", s) < 0) {
            Py_XDECREF(s);
            Py_DECREF(e);
            return NULL;
        }
        Py_DECREF(s);
    }
    return e;
}
int PyErr_CheckSignals(void) { return eval_handle_signals(T_); }
PyObject *PyErr_GetHandledException(void) {
    Thread *t = T_;
    for (ExcInfo *e = t->exc_info; e; e = e->prev)
        if (!ref_is_null(e->exc) && !ref_is_none(e->exc)) return legacy_box(t, ref_dup(e->exc));
    return NULL;
}

/* ---- OSError with file names, ImportError with name and path ------------------------------- */
/* type(errno, strerror(errno)[, filename, None, filename2]) raised; always NULL. */
static PyObject *errno_error(PyObject *type, PyObject *filename, PyObject *filename2) {
    int e = errno;
    const char *text = e ? strerror(e) : "Error";   /* errno was not set */
    PyObject *args = filename || filename2
                         ? Py_BuildValue("(isOOO)", e, text, filename ? filename : Py_None, Py_None,
                                         filename2 ? filename2 : Py_None)
                         : Py_BuildValue("(is)", e, text);
    PyObject *exc = args ? PyObject_Call(type, args, NULL) : NULL;
    Py_XDECREF(args);
    if (exc) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
    return NULL;
}
PyObject *PyErr_SetFromErrno(PyObject *type) { return errno_error(type, NULL, NULL); }
PyObject *PyErr_SetFromErrnoWithFilenameObject(PyObject *type, PyObject *filename) {
    return errno_error(type, filename, NULL);
}
PyObject *PyErr_SetFromErrnoWithFilenameObjects(PyObject *type, PyObject *filename, PyObject *filename2) {
    return errno_error(type, filename, filename2);
}
PyObject *PyErr_SetFromErrnoWithFilename(PyObject *type, const char *filename) {
    int e = errno;
    PyObject *name = filename ? PyUnicode_DecodeFSDefault(filename) : NULL;
    if (filename && !name) return NULL;
    errno = e;
    errno_error(type, name, NULL);
    Py_XDECREF(name);
    return NULL;
}
PyObject *PyErr_SetImportErrorSubclass(PyObject *exception, PyObject *msg, PyObject *name, PyObject *path) {
    if (!PyType_Check(exception) || !PyType_IsSubtype((PyTypeObject *)exception, (PyTypeObject *)PyExc_ImportError)) {
        PyErr_SetString(PyExc_TypeError, "expected a subclass of ImportError");
        return NULL;
    }
    if (!msg) {
        PyErr_SetString(PyExc_TypeError, "expected a message argument");
        return NULL;
    }
    PyObject *kw = Py_BuildValue("{sOsO}", "name", name ? name : Py_None, "path", path ? path : Py_None);
    PyObject *args = kw ? PyTuple_Pack(1, msg) : NULL;
    PyObject *exc = args ? PyObject_Call(exception, args, kw) : NULL;
    Py_XDECREF(kw);
    Py_XDECREF(args);
    if (exc) {
        PyErr_SetObject(exception, exc);
        Py_DECREF(exc);
    }
    return NULL;
}
PyObject *PyErr_SetImportError(PyObject *msg, PyObject *name, PyObject *path) {
    return PyErr_SetImportErrorSubclass(PyExc_ImportError, msg, name, path);
}

/* ---- the handled exception (sys.exc_info()) ------------------------------------------------ */
void PyErr_SetHandledException(PyObject *exc) {
    Thread *t = T_;
    if (!t->exc_info) return;   /* no frame is handling anything: nowhere to record it */
    REF_SETREF(t->exc_info->exc, exc && exc != Py_None ? ref_new((Object *)exc) : REF_NONE);
}
/* None for each part when nothing is handled, as CPython 3.11. */
void PyErr_GetExcInfo(PyObject **type, PyObject **value, PyObject **tb) {
    PyObject *e = PyErr_GetHandledException();
    *type = Py_NewRef(e ? (PyObject *)Py_TYPE(e) : Py_None);
    *tb = e ? PyException_GetTraceback(e) : NULL;
    if (!*tb) *tb = Py_NewRef(Py_None);
    *value = e ? e : Py_NewRef(Py_None);
}
void PyErr_SetExcInfo(PyObject *type, PyObject *value, PyObject *tb) {
    PyErr_SetHandledException(value);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
}

/* ---- warnings, printing, interrupts -------------------------------------------------------- */
int PyErr_WarnExplicit(PyObject *category, const char *msg, const char *filename, int lineno,
                       const char *module, PyObject *registry) {
    (void)module;
    (void)registry;
    Thread *t = T_;
    Object *fn = str_from_cstr(t, filename ? filename : "sys");
    if (!fn) return -1;
    int r = err_warn_explicit(t, category ? (Type *)category : &exc_RuntimeWarning, msg, fn, lineno);
    obj_decref(fn);
    return r;
}
int PyErr_ResourceWarning(PyObject *source, Py_ssize_t stacklevel, const char *fmt, ...) {
    (void)source;
    va_list va;
    va_start(va, fmt);
    PyObject *s = PyUnicode_FromFormatV(fmt, va);
    va_end(va);
    const char *msg = s ? PyUnicode_AsUTF8(s) : NULL;
    int r = msg ? PyErr_WarnEx(PyExc_ResourceWarning, msg, stacklevel) : -1;
    Py_XDECREF(s);
    return r;
}
void PyErr_PrintEx(int set_sys_last_vars) {
    (void)set_sys_last_vars;
    PyErr_Print();
}
void PyErr_Display(PyObject *type, PyObject *value, PyObject *tb) {
    (void)type;
    (void)tb;
    if (value) err_print_exception(T_, R(value));
}
int PyErr_SetInterruptEx(int signum) {
    if (signum < 1 || signum >= 65) return -1;
    Interp *main = __atomic_load_n(&spry_runtime.main_interp, __ATOMIC_ACQUIRE);
    if (main) interp_trip_signal(main, signum);
    return 0;
}
void PyErr_SetInterrupt(void) { PyErr_SetInterruptEx(SIGINT); }

/* ---- locating a SyntaxError -------------------------------------------------------------- */
/* Line `lineno` (1-based) of the file, newline included, or NULL (no exception) when the
 * file or the line is missing. */
PyObject *PyErr_ProgramText(const char *filename, int lineno) {
    if (!filename || lineno <= 0) return NULL;
    FILE *fp = fopen(filename, "rb");
    if (!fp) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = -1;
    for (int i = 0; i < lineno; i++)
        if ((n = getline(&line, &cap, fp)) < 0) break;
    fclose(fp);
    PyObject *r = n >= 0 ? PyUnicode_DecodeUTF8(line, n, "replace") : NULL;
    free(line);
    if (!r) PyErr_Clear();
    return r;
}

/* Sets the current exception's lineno, offset (None for col_offset < 0) and filename, and a
 * SyntaxError's missing text from the file. */
void PyErr_SyntaxLocationEx(const char *filename, int lineno, int col_offset) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (!value) {
        PyErr_Restore(type, value, tb);
        return;
    }
    PyObject *num = PyLong_FromLong(lineno);
    if (!num || PyObject_SetAttrString(value, "lineno", num) < 0) PyErr_Clear();
    Py_XDECREF(num);
    PyObject *off = col_offset >= 0 ? PyLong_FromLong(col_offset) : Py_NewRef(Py_None);
    if (!off || PyObject_SetAttrString(value, "offset", off) < 0) PyErr_Clear();
    Py_XDECREF(off);
    if (filename) {
        PyObject *name = PyUnicode_DecodeFSDefault(filename);
        if (!name || PyObject_SetAttrString(value, "filename", name) < 0) PyErr_Clear();
        Py_XDECREF(name);
        if (PyObject_TypeCheck(value, (PyTypeObject *)PyExc_SyntaxError)) {
            PyObject *text = PyObject_GetAttrString(value, "text");
            if (text == Py_None) {
                PyObject *line = PyErr_ProgramText(filename, lineno);
                if (line && PyObject_SetAttrString(value, "text", line) < 0) PyErr_Clear();
                Py_XDECREF(line);
            }
            if (!text) PyErr_Clear();
            Py_XDECREF(text);
        }
    }
    PyErr_Restore(type, value, tb);
}
void PyErr_SyntaxLocation(const char *filename, int lineno) { PyErr_SyntaxLocationEx(filename, lineno, -1); }

/* The pending exception (if any) gets (exc, val, tb), stolen, as its context; without one
 * pending, they become the pending exception. */
void _PyErr_ChainExceptions(PyObject *exc, PyObject *val, PyObject *tb) {
    if (!exc) return;
    if (!PyErr_Occurred()) {
        PyErr_Restore(exc, val, tb);
        return;
    }
    PyObject *t2, *v2, *tb2;
    PyErr_NormalizeException(&exc, &val, &tb);
    if (tb) PyException_SetTraceback(val, tb);
    Py_DECREF(exc);
    Py_XDECREF(tb);
    PyErr_Fetch(&t2, &v2, &tb2);
    PyErr_NormalizeException(&t2, &v2, &tb2);
    PyException_SetContext(v2, val);
    PyErr_Restore(t2, v2, tb2);
}
