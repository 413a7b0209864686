/* Embedding: starting the interpreter from a C program, and the table of modules such a
 * program links in (PyImport_AppendInittab) before it does. */
#include <wchar.h>

#include "legacy.h"
#include "modules/modules.h"

/* The settings made before Py_Initialize: the inittab (what PyImport_AppendInittab/
 * ExtendInittab recorded, in order) and Py_SetProgramName/PythonHome/Path's values. It
 * lives in spry_runtime (written only before the first interpreter exists, read-only
 * afterwards). */
struct LegacyInittab {
    wchar_t *program_name, *python_home, *path;   /* owned, NULL when not set */
    size_t len;
    struct _inittab entries[];
};

static void fatal_after_init(const char *func) {
    fprintf(stderr, "Fatal Python error: %s: %s() may not be called after Py_Initialize()\n", func, func);
    abort();
}

int PyImport_ExtendInittab(struct _inittab *newtab) {
    if (__atomic_load_n(&spry_runtime.main_interp, __ATOMIC_ACQUIRE)) fatal_after_init("PyImport_ExtendInittab");
    size_t add = 0;
    while (newtab[add].name) add++;
    if (add == 0) return 0;
    struct LegacyInittab *old = spry_runtime.legacy_inittab;
    size_t len = old ? old->len : 0;
    struct LegacyInittab *tab = realloc(old, sizeof *tab + (len + add) * sizeof tab->entries[0]);
    if (!tab) return -1;
    if (!old) tab->program_name = tab->python_home = tab->path = NULL;
    memcpy(&tab->entries[len], newtab, add * sizeof newtab[0]);
    tab->len = len + add;
    spry_runtime.legacy_inittab = tab;
    return 0;
}

int PyImport_AppendInittab(const char *name, PyObject *(*initfunc)(void)) {
    if (__atomic_load_n(&spry_runtime.main_interp, __ATOMIC_ACQUIRE)) fatal_after_init("PyImport_AppendInittab");
    struct _inittab entry[2] = {{name, initfunc}, {NULL, NULL}};
    return PyImport_ExtendInittab(entry);
}

static PyObject *(*inittab_find(const char *name))(void) {
    const struct LegacyInittab *tab = spry_runtime.legacy_inittab;
    for (size_t i = 0; tab && i < tab->len; i++)
        if (strcmp(tab->entries[i].name, name) == 0) return tab->entries[i].initfunc;
    return NULL;
}

bool legacy_inittab_has(const char *name) { return inittab_find(name) != NULL; }

Ref legacy_load_inittab(Thread *t, Object *fullname) {
    const char *name = str_utf8(t, fullname, NULL);
    if (!name) return REF_NULL;
    PyObject *(*init)(void) = inittab_find(name);
    if (!init) return err_format(t, &exc_ImportError, "no built-in module named %s", name);
    return legacy_module_from_init(t, fullname, init, NULL);
}

const char *legacy_inittab_name(size_t i) {
    const struct LegacyInittab *tab = spry_runtime.legacy_inittab;
    return tab && i < tab->len ? tab->entries[i].name : NULL;
}

/* ---- path configuration (deprecated in 3.11, still in the Limited API) ----------------------
 * Set before Py_Initialize, a value goes to the pre-start settings; afterwards, to the
 * interpreter's legacy state (as a bytes object holding the wide string, so the pointer
 * Py_Get* hands out lives as long as the interpreter). */
static wchar_t **prestart_slot(const char *key) {
    struct LegacyInittab *tab = spry_runtime.legacy_inittab;
    if (!tab) {
        tab = calloc(1, sizeof *tab);
        if (!tab) return NULL;
        spry_runtime.legacy_inittab = tab;
    }
    return strcmp(key, "program_name") == 0 ? &tab->program_name
           : strcmp(key, "python_home") == 0 ? &tab->python_home : &tab->path;
}
static const wchar_t *prestart_value(const char *key) {
    const struct LegacyInittab *tab = spry_runtime.legacy_inittab;
    if (!tab) return NULL;
    return strcmp(key, "program_name") == 0 ? tab->program_name
           : strcmp(key, "python_home") == 0 ? tab->python_home : tab->path;
}

/* Keeps a copy of s (NULL: forget it) under key in the interpreter's legacy state; the
 * copy's address, or NULL. */
static const wchar_t *keep_wide(Thread *t, const char *key, const wchar_t *s, size_t n) {
    PyObject *state = (PyObject *)legacy_interp_state(t);
    if (!state) return NULL;
    if (!s) {
        if (PyDict_GetItemString(state, key) && PyDict_DelItemString(state, key) < 0) err_clear(t);
        return NULL;
    }
    PyObject *b = PyBytes_FromStringAndSize((const char *)s, (Py_ssize_t)((n + 1) * sizeof(wchar_t)));
    int r = b ? PyDict_SetItemString(state, key, b) : -1;
    Py_XDECREF(b);
    if (r < 0) {
        err_clear(t);
        return NULL;
    }
    return (const wchar_t *)PyBytes_AS_STRING(b);
}
static const wchar_t *kept_wide(Thread *t, const char *key) {
    PyObject *state = (PyObject *)t->interp->legacy_state;
    PyObject *b = state ? PyDict_GetItemString(state, key) : NULL;
    return b ? (const wchar_t *)PyBytes_AS_STRING(b) : NULL;
}

static void set_config(const char *key, const wchar_t *value) {
    Thread *t = legacy_thread();
    if (t) {
        keep_wide(t, key, value, value ? wcslen(value) : 0);
        return;
    }
    wchar_t **slot = prestart_slot(key);
    if (!slot) return;
    free(*slot);
    *slot = value ? wcsdup(value) : NULL;
}
void Py_SetProgramName(const wchar_t *name) { set_config("program_name", name); }
void Py_SetPythonHome(const wchar_t *home) { set_config("python_home", home); }
void Py_SetPath(const wchar_t *path) { set_config("path", path); }

/* A setting: the value set after or before Py_Initialize, else NULL. */
static wchar_t *get_config(const char *key) {
    Thread *t = legacy_thread();
    const wchar_t *v = t ? kept_wide(t, key) : NULL;
    return (wchar_t *)(v ? v : prestart_value(key));
}
/* The str attribute sys.<name> as a wide string kept under key ("" when it is missing). */
static wchar_t *sys_wide(Thread *t, const char *key, const char *name) {
    const wchar_t *v = kept_wide(t, key);
    if (v) return (wchar_t *)v;
    PyObject *o = PySys_GetObject(name);
    Py_ssize_t n = 0;
    wchar_t *w = o && PyUnicode_Check(o) ? PyUnicode_AsWideCharString(o, &n) : NULL;
    if (!w) err_clear(t);
    v = keep_wide(t, key, w ? w : L"", w ? (size_t)n : 0);
    PyMem_Free(w);
    return (wchar_t *)v;
}

wchar_t *Py_GetProgramName(void) {
    wchar_t *v = get_config("program_name");
    return v ? v : (wchar_t *)L"python3";
}
wchar_t *Py_GetPythonHome(void) { return get_config("python_home"); }
wchar_t *Py_GetPrefix(void) {
    Thread *t = legacy_thread();
    return t ? sys_wide(t, "prefix", "prefix") : NULL;
}
wchar_t *Py_GetExecPrefix(void) {
    Thread *t = legacy_thread();
    return t ? sys_wide(t, "exec_prefix", "exec_prefix") : NULL;
}
wchar_t *Py_GetProgramFullPath(void) {
    Thread *t = legacy_thread();
    return t ? sys_wide(t, "executable", "executable") : NULL;
}
/* The search path set by Py_SetPath, else sys.path joined with ':'. */
wchar_t *Py_GetPath(void) {
    wchar_t *v = get_config("path");
    Thread *t = legacy_thread();
    if (v || !t) return v;
    PyObject *sep = PyUnicode_FromString(":"), *path = PySys_GetObject("path");
    PyObject *joined = sep && path ? PyUnicode_Join(sep, path) : NULL;
    Py_XDECREF(sep);
    Py_ssize_t n = 0;
    wchar_t *w = joined ? PyUnicode_AsWideCharString(joined, &n) : NULL;
    Py_XDECREF(joined);
    if (!w) err_clear(t);
    const wchar_t *kept = keep_wide(t, "sys_path_joined", w ? w : L"", w ? (size_t)n : 0);
    PyMem_Free(w);
    return (wchar_t *)kept;
}

/* Py_SetPath before Py_Initialize: sys.path is that path split at ':'. */
static int prestart_path_to_sys(Thread *t) {
    const wchar_t *p = prestart_value("path");
    if (!p) return 0;
    PyObject *s = PyUnicode_FromWideChar(p, -1), *sep = PyUnicode_FromString(":");
    PyObject *parts = s && sep ? PyUnicode_Split(s, sep, -1) : NULL;
    Py_XDECREF(s);
    Py_XDECREF(sep);
    int r = parts ? PySys_SetObject("path", parts) : -1;
    Py_XDECREF(parts);
    if (r < 0) err_clear(t);
    return r;
}

void Py_InitializeEx(int initsigs) {
    (void)initsigs;
    if (legacy_thread()) return;
    runtime_init();
    Thread *t = interp_new();
    if (!t) {
        fprintf(stderr, "Fatal Python error: Py_Initialize: could not create the interpreter\n");
        abort();
    }
    thread_set_current(t);
    if (prestart_path_to_sys(t) < 0) {
        fprintf(stderr, "Fatal Python error: Py_Initialize: could not set sys.path\n");
        abort();
    }
}
void Py_Initialize(void) { Py_InitializeEx(1); }
int Py_FinalizeEx(void) {
    /* Waits for non-daemon threads, runs atexit callbacks and flushes sys.stdout/stderr, as
     * CPython does; the interpreter itself stays until the process exits (its objects may
     * still be referenced by C code). */
    Thread *t = legacy_thread();
    if (t && !t->interp->finalizing) modules_interp_fini(t);
    fflush(stdout);
    fflush(stderr);
    return 0;
}
void Py_Finalize(void) { Py_FinalizeEx(); }

/* ---- locale conversions for the command line and paths ---------------------------------
 * Spry's file system encoding is UTF-8 whatever the locale (as CPython's UTF-8 mode):
 * undecodable bytes become lone surrogates U+DC80..U+DCFF (surrogateescape) and back. */
wchar_t *Py_DecodeLocale(const char *arg, size_t *size) {
    size_t n = strlen(arg);
    wchar_t *out = PyMem_RawMalloc((n + 1) * sizeof(wchar_t));
    if (!out) {
        if (size) *size = (size_t)-1;
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)arg, *end = p + n;
    size_t k = 0;
    while (p < end) {
        unsigned c = *p;
        int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        bool ok = len > 0 && p + len <= end;
        for (int i = 1; ok && i < len; i++) {
            if ((p[i] & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        /* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
        static const uint32_t min_of_len[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (ok && (cp < min_of_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
        if (!ok) {
            out[k++] = (wchar_t)(0xDC00 + c);
            p++;
            continue;
        }
        out[k++] = (wchar_t)cp;
        p += len;
    }
    out[k] = 0;
    if (size) *size = k;
    return out;
}

char *Py_EncodeLocale(const wchar_t *text, size_t *error_pos) {
    size_t n = wcslen(text);
    char *out = PyMem_Malloc(n * 4 + 1);
    if (!out) {
        if (error_pos) *error_pos = (size_t)-1;
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = (uint32_t)text[i];
        if (c >= 0xDC80 && c <= 0xDCFF) {
            out[k++] = (char)(c - 0xDC00);
        } else if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
            PyMem_Free(out);
            if (error_pos) *error_pos = i;
            return NULL;
        } else if (c < 0x80) {
            out[k++] = (char)c;
        } else if (c < 0x800) {
            out[k++] = (char)(0xC0 | (c >> 6));
            out[k++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[k++] = (char)(0xE0 | (c >> 12));
            out[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[k++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[k++] = (char)(0xF0 | (c >> 18));
            out[k++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[k] = 0;
    if (error_pos) *error_pos = (size_t)-1;
    return out;
}

/* The command line is the spry executable's (runtime/main.c), which libspry.a does not
 * contain: an embedding program cannot hand its argv to it. */
int Py_BytesMain(int argc, char **argv) {
    (void)argc;
    fprintf(stderr, "%s: Py_BytesMain is not available in libspry: run the spry executable\n",
            argc > 0 && argv[0] ? argv[0] : "python");
    return 2;
}
int Py_Main(int argc, wchar_t **argv) {
    (void)argc;
    (void)argv;
    return Py_BytesMain(0, NULL);
}
