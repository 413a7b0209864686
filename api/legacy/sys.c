/* Legacy C API: the sys module and interpreter facts (PySys_*, Py_Get*, the recursion
 * limit, repr recursion guards, fatal errors), file writes, and the PyOS_ string helpers. */
#include <float.h>
#include <math.h>
#include <signal.h>
#include <stdatomic.h>
#include <strings.h>
#include <wchar.h>

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

/* ---- sys lists and dicts C code may edit (after Py_Initialize) ---------------------------- */
/* sys.<name> as a list (borrowed), made empty when missing. NULL + error. */
static PyObject *sys_list(const char *name) {
    PyObject *l = PySys_GetObject(name);
    if (l && PyList_Check(l)) return l;
    PyObject *nl = PyList_New(0);
    if (!nl || PySys_SetObject(name, nl) < 0) {
        Py_XDECREF(nl);
        return NULL;
    }
    Py_DECREF(nl);   /* sys keeps it */
    return nl;
}
void PySys_AddWarnOptionUnicode(PyObject *option) {
    PyObject *l = sys_list("warnoptions");
    if (!l || PyList_Append(l, option) < 0) PyErr_Clear();
}
void PySys_AddWarnOption(const wchar_t *s) {
    PyObject *o = PyUnicode_FromWideChar(s, -1);
    if (!o) {
        PyErr_Clear();
        return;
    }
    PySys_AddWarnOptionUnicode(o);
    Py_DECREF(o);
}
void PySys_ResetWarnOptions(void) {
    PyObject *l = PySys_GetObject("warnoptions");
    if (l && PyList_Check(l) && PyList_SetSlice(l, 0, PyList_GET_SIZE(l), NULL) < 0) PyErr_Clear();
}
int PySys_HasWarnOptions(void) {
    PyObject *l = PySys_GetObject("warnoptions");
    return l && PyList_Check(l) && PyList_GET_SIZE(l) > 0;
}
/* "name=value" sets sys._xoptions[name] = value, "name" sets it to True. */
void PySys_AddXOption(const wchar_t *s) {
    const wchar_t *eq = wcschr(s, L'=');
    PyObject *opts = PySys_GetObject("_xoptions");
    PyObject *name = PyUnicode_FromWideChar(s, eq ? eq - s : -1);
    PyObject *value = eq ? PyUnicode_FromWideChar(eq + 1, -1) : Py_NewRef(Py_True);
    if (!opts || !PyDict_Check(opts) || !name || !value || PyDict_SetItem(opts, name, value) < 0) PyErr_Clear();
    Py_XDECREF(name);
    Py_XDECREF(value);
}
/* sys.path from a ':'-separated list of directories. */
void PySys_SetPath(const wchar_t *path) {
    PyObject *list = PyList_New(0);
    for (const wchar_t *p = path; list; p++) {
        const wchar_t *end = wcschr(p, L':');
        PyObject *dir = PyUnicode_FromWideChar(p, end ? end - p : (Py_ssize_t)wcslen(p));
        if (!dir || PyList_Append(list, dir) < 0) Py_CLEAR(list);
        Py_XDECREF(dir);
        if (!end) break;
        p = end;
    }
    if (!list || PySys_SetObject("path", list) < 0) Py_FatalError("can't create sys.path");
    Py_DECREF(list);
}
/* sys.argv from argv ([''] when empty); updatepath puts the script's directory (or '' for
 * none) in front of sys.path, as running the script would. */
void PySys_SetArgvEx(int argc, wchar_t **argv, int updatepath) {
    PyObject *list = PyList_New(0);
    for (int i = 0; list && i < (argc > 0 ? argc : 1); i++) {
        PyObject *a = PyUnicode_FromWideChar(argc > 0 ? argv[i] : L"", -1);
        if (!a || PyList_Append(list, a) < 0) Py_CLEAR(list);
        Py_XDECREF(a);
    }
    if (!list || PySys_SetObject("argv", list) < 0) Py_FatalError("can't assign sys.argv");
    Py_DECREF(list);
    if (!updatepath) return;
    const wchar_t *script = argc > 0 ? argv[0] : L"";
    const wchar_t *slash = wcsrchr(script, L'/');
    bool plain = wcscmp(script, L"-c") == 0 || wcscmp(script, L"-m") == 0 || !slash;
    PyObject *dir = plain ? PyUnicode_FromString("")
                          : PyUnicode_FromWideChar(script, slash == script ? 1 : slash - script);
    PyObject *path = PySys_GetObject("path");
    if (!dir || !path || !PyList_Check(path) || PyList_Insert(path, 0, dir) < 0) PyErr_Clear();
    Py_XDECREF(dir);
}
void PySys_SetArgv(int argc, wchar_t **argv) { PySys_SetArgvEx(argc, argv, 1); }

/* ---- files ---------------------------------------------------------------------------------- */
PyObject *PyFile_FromFd(int fd, const char *name, const char *mode, int buffering, const char *encoding,
                        const char *errors, const char *newline, int closefd) {
    (void)name;   /* as CPython: the file's name is fd */
    PyObject *io = PyImport_ImportModule("io");
    if (!io) return NULL;
    PyObject *f = PyObject_CallMethod(io, "open", "isizzzi", fd, mode, buffering, encoding, errors, newline,
                                      closefd);
    Py_DECREF(io);
    return f;
}
PyObject *PyFile_GetLine(PyObject *f, int n) {
    if (!f) {
        PyErr_BadInternalCall();
        return NULL;
    }
    PyObject *line = n <= 0 ? PyObject_CallMethod(f, "readline", NULL) : PyObject_CallMethod(f, "readline", "i", n);
    if (line && !PyBytes_Check(line) && !PyUnicode_Check(line)) {
        Py_DECREF(line);
        PyErr_SetString(PyExc_TypeError, "object.readline() returned non-string");
        return NULL;
    }
    if (!line || n >= 0) return line;
    /* n < 0: one line without its newline; EOFError at the end. */
    Py_ssize_t len = PyBytes_Check(line) ? PyBytes_GET_SIZE(line) : PyUnicode_GET_LENGTH(line);
    if (len == 0) {
        Py_DECREF(line);
        PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
        return NULL;
    }
    bool nl = PyBytes_Check(line) ? PyBytes_AS_STRING(line)[len - 1] == '\n'
                                  : PyUnicode_READ_CHAR(line, len - 1) == '\n';
    if (!nl) return line;
    PyObject *cut = PyBytes_Check(line) ? PyBytes_FromStringAndSize(PyBytes_AS_STRING(line), len - 1)
                                        : PyUnicode_Substring(line, 0, len - 1);
    Py_DECREF(line);
    return cut;
}

/* ---- the process ---------------------------------------------------------------------------- */
/* Functions to run when the process exits, after the interpreter has finished. */
int Py_AtExit(void (*func)(void)) { return atexit(func) == 0 ? 0 : -1; }

int PyOS_InterruptOccurred(void) {
    Thread *t = T_;
    Interp *in = t->interp;
    if (t != in->main_thread || in != __atomic_load_n(&spry_runtime.main_interp, __ATOMIC_ACQUIRE)) return 0;
    return atomic_exchange(&in->signal_tripped[SIGINT], 0) != 0;
}

PyOS_sighandler_t PyOS_getsig(int sig) {
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) == -1) return SIG_ERR;
    return sa.sa_handler;
}
PyOS_sighandler_t PyOS_setsig(int sig, PyOS_sighandler_t handler) {
    struct sigaction sa, old;
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    if (sigaction(sig, &sa, &old) == -1) return SIG_ERR;
    return old.sa_handler;
}

/* repr, or printf's formats with CPython's spelling of the special values and flags. */
char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type) {
    char buf[512];
    const char *lower = strchr("efgr", format_code);
    if (!strchr("eEfFgGr", format_code) || (format_code == 'r' && precision != 0)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if ((flags & Py_DTSF_NO_NEG_0) && val == 0.0) val = 0.0;
    const char *sign = signbit(val) && !isnan(val) ? "-" : flags & Py_DTSF_SIGN ? "+" : "";
    double mag = fabs(val);
    if (type) *type = isnan(val) ? Py_DTST_NAN : isinf(val) ? Py_DTST_INFINITE : Py_DTST_FINITE;
    if (!isfinite(val)) {
        snprintf(buf, sizeof buf, "%s%s", sign, isnan(val) ? (lower ? "nan" : "NAN") : (lower ? "inf" : "INF"));
    } else if (format_code == 'r') {
        PyObject *f = PyFloat_FromDouble(mag);
        PyObject *r = f ? PyObject_Repr(f) : NULL;
        Py_XDECREF(f);
        const char *s = r ? PyUnicode_AsUTF8(r) : NULL;
        if (!s) {
            Py_XDECREF(r);
            return NULL;
        }
        size_t n = strlen(s);
        /* repr adds ".0" to integral values; the bare format does not. */
        if (!(flags & Py_DTSF_ADD_DOT_0) && n > 2 && !strcmp(s + n - 2, ".0")) n -= 2;
        snprintf(buf, sizeof buf, "%s%.*s", sign, (int)n, s);
        Py_DECREF(r);
    } else {
        char fmt[8];
        snprintf(fmt, sizeof fmt, "%%%s.*%c", flags & Py_DTSF_ALT ? "#" : "", format_code);
        char digits[400];
        snprintf(digits, sizeof digits, fmt, precision, mag);
        bool plain = !strpbrk(digits, ".eE");
        snprintf(buf, sizeof buf, "%s%s%s", sign, digits, plain && (flags & Py_DTSF_ADD_DOT_0) ? ".0" : "");
    }
    char *out = PyMem_Malloc(strlen(buf) + 1);
    if (!out) {
        PyErr_NoMemory();
        return NULL;
    }
    strcpy(out, buf);
    return out;
}
