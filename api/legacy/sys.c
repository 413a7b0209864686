/* Legacy C API: the sys module and interpreter facts (PySys_*, Py_Get*, the recursion
 * limit, repr recursion guards, fatal errors), file writes, and the PyOS_ string helpers. */
#include <float.h>
#include <strings.h>

#include "legacy.h"
#include "modules/modules.h"

#define T_ legacy_thread()

/* ---- sys ------------------------------------------------------------------------------------ */
PyObject *PySys_GetObject(const char *name) { return (PyObject *)sys_get(T_, name); }   /* borrowed */
int PySys_SetObject(const char *name, PyObject *v) {
    Thread *t = T_;
    if (v) return dict_set_cstr(t, t->interp->sysdict, name, legacy_ref(v));
    Object *k = str_from_cstr(t, name);
    if (!k) return -1;
    int r = dict_del(t, t->interp->sysdict, ref_from_obj(k));
    if (r < 0 && err_matches(t, &exc_KeyError)) {
        err_clear(t);
        r = 0;
    }
    obj_decref(k);
    return r;
}
PyObject *PySys_GetXOptions(void) { return PySys_GetObject("_xoptions"); }

int PyFile_WriteObject(PyObject *obj, PyObject *f, int flags) {
    if (!f) {
        PyErr_SetString(PyExc_TypeError, "writeobject with NULL file");
        return -1;
    }
    PyObject *s = flags & Py_PRINT_RAW ? PyObject_Str(obj) : PyObject_Repr(obj);
    PyObject *r = s ? PyObject_CallMethod(f, "write", "(O)", s) : NULL;
    Py_XDECREF(s);
    Py_XDECREF(r);
    return r ? 0 : -1;
}
int PyFile_WriteString(const char *s, PyObject *f) {
    if (!f) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "null file for PyFile_WriteString");
        return -1;
    }
    if (PyErr_Occurred()) return -1;
    PyObject *r = PyObject_CallMethod(f, "write", "(s)", s);
    Py_XDECREF(r);
    return r ? 0 : -1;
}

/* Writes text to sys.<stream>, or to the C stream when sys has none; a pending exception
 * survives, and errors are swallowed, as CPython's PySys_Write* do. */
static void sys_write(const char *stream, FILE *fallback, PyObject *text) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyObject *f = PySys_GetObject(stream);
    if (!text || !f || f == Py_None || PyFile_WriteObject(text, f, Py_PRINT_RAW) < 0) {
        const char *s = text ? PyUnicode_AsUTF8(text) : NULL;
        if (s) fputs(s, fallback);
    }
    PyErr_Restore(type, value, tb);
}
static void sys_write_format(const char *stream, FILE *fallback, const char *fmt, va_list va, bool python_format) {
    PyObject *text;
    if (python_format) {
        text = PyUnicode_FromFormatV(fmt, va);
    } else {
        char buf[1001];   /* CPython truncates PySys_WriteStdout's output to 1000 bytes */
        vsnprintf(buf, sizeof buf, fmt, va);
        text = PyUnicode_DecodeUTF8(buf, (Py_ssize_t)strlen(buf), "surrogateescape");
    }
    if (!text) PyErr_Clear();
    sys_write(stream, fallback, text);
    Py_XDECREF(text);
}
void PySys_WriteStdout(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    sys_write_format("stdout", stdout, fmt, va, false);
    va_end(va);
}
void PySys_WriteStderr(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    sys_write_format("stderr", stderr, fmt, va, false);
    va_end(va);
}
void PySys_FormatStdout(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    sys_write_format("stdout", stdout, fmt, va, true);
    va_end(va);
}
void PySys_FormatStderr(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    sys_write_format("stderr", stderr, fmt, va, true);
    va_end(va);
}

/* ---- interpreter facts ---------------------------------------------------------------------- */
/* The text of sys.<name> (the str lives in sys as long as the interpreter), or fallback. */
static const char *sys_text(const char *name, const char *fallback) {
    PyObject *v = legacy_thread() ? PySys_GetObject(name) : NULL;
    const char *s = v && PyUnicode_Check(v) ? PyUnicode_AsUTF8(v) : NULL;
    return s ? s : fallback;
}
const char *Py_GetVersion(void) { return sys_text("version", PY_VERSION); }
const char *Py_GetCopyright(void) { return sys_text("copyright", ""); }
const char *Py_GetPlatform(void) { return sys_text("platform", "linux"); }
const char *Py_GetCompiler(void) { return "[GCC]"; }
const char *Py_GetBuildInfo(void) { return "main, Spry"; }
int Py_GetRecursionLimit(void) { return T_->interp->recursion_limit; }
void Py_SetRecursionLimit(int limit) { T_->interp->recursion_limit = limit; }
int Py_ReprEnter(PyObject *o) { return repr_enter(T_, legacy_ref(o)); }
void Py_ReprLeave(PyObject *o) { repr_leave(T_, legacy_ref(o)); }
void Py_FatalError(const char *msg) {
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: %s\n", msg);
    fflush(stderr);
    abort();
}
void Py_Exit(int status) {
    Py_FinalizeEx();
    exit(status);
}
double PyFloat_GetMax(void) { return DBL_MAX; }
double PyFloat_GetMin(void) { return DBL_MIN; }
PyObject *PyFloat_GetInfo(void) { return Py_XNewRef(PySys_GetObject("float_info")); }
PyObject *PyLong_GetInfo(void) { return Py_XNewRef(PySys_GetObject("int_info")); }

/* ---- PyOS_ string helpers ------------------------------------------------------------------- */
int PyOS_mystricmp(const char *a, const char *b) { return strcasecmp(a, b); }
int PyOS_mystrnicmp(const char *a, const char *b, Py_ssize_t n) { return n <= 0 ? 0 : strncasecmp(a, b, (size_t)n); }
long PyOS_strtol(const char *s, char **end, int base) { return strtol(s, end, base); }
unsigned long PyOS_strtoul(const char *s, char **end, int base) { return strtoul(s, end, base); }
double PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception) {
    char *end;
    errno = 0;
    double v = (*s == ' ' || *s == '\t' || *s == '\n') ? 0.0 : strtod(s, &end);
    if ((*s == ' ' || *s == '\t' || *s == '\n') || end == s || (!endptr && *end)) {
        PyErr_Format(PyExc_ValueError, "could not convert string to float: '%.200s'", s);
        if (endptr) *endptr = (char *)s;
        return -1.0;
    }
    if (errno == ERANGE && (v == HUGE_VAL || v == -HUGE_VAL) && overflow_exception) {
        PyErr_Format(overflow_exception, "value too large to convert to float: '%.200s'", s);
        if (endptr) *endptr = (char *)s;
        return -1.0;
    }
    if (endptr) *endptr = end;
    return v;
}
