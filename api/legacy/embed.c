/* Embedding: starting the interpreter from a C program, and the table of modules such a
 * program links in (PyImport_AppendInittab) before it does. */
#include "legacy.h"
#include "modules/modules.h"

/* The inittab: what PyImport_AppendInittab/ExtendInittab recorded, in order. It lives in
 * spry_runtime (written only before the first interpreter exists, read-only afterwards). */
struct LegacyInittab {
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
