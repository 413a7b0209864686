/* Legacy C API: module objects (single- and multi-phase initialization), imports, and
 * loading extension modules from shared libraries. */
#include <dlfcn.h>

#include "legacy.h"
#include "modules/modules.h"
#include "objects/namespace.h"
#include "modules/import.h"
#include "vm/eval.h"
#include "vm/vm.h"
#include "vm/frame.h"

#define T_ legacy_thread()
#define R(o) legacy_ref(o)

const char *const legacy_extension_suffixes[] = {
    SPRY_EXT_SUFFIX,  /* set by CMakeLists.txt, installed as spry-config --extension-suffix */
    ".cpython-311-x86_64-linux-gnu.so",
    ".abi3.so",
    ".so",
    NULL,
};

static Module *as_module(PyObject *m) {
    if (!m || !PyModule_Check(m)) {
        PyErr_BadInternalCall();
        return NULL;
    }
    return (Module *)m;
}
/* The same for the accessors CPython words as a bad argument (TypeError). */
static Module *module_arg(PyObject *m) {
    if (!m || !PyModule_Check(m)) {
        PyErr_BadArgument();
        return NULL;
    }
    return (Module *)m;
}

PyObject *PyModule_NewObject(PyObject *name) { return (PyObject *)module_new(T_, (Object *)name); }
PyObject *PyModule_New(const char *name) { return (PyObject *)module_new_cstr(T_, name); }
PyObject *PyModule_GetDict(PyObject *m) {
    Module *mod = as_module(m);
    return mod ? (PyObject *)mod->dict : NULL;
}
/* The str m.__dict__[key] (new reference), or SystemError `missing` when absent. */
static PyObject *module_str_attr(PyObject *m, Object *key, const char *missing) {
    Module *mod = module_arg(m);
    if (!mod) return NULL;
    Thread *t = T_;
    Ref v = dict_get_str(t, mod->dict, key);
    if (ref_is_null(v) || !str_check(v)) {
        ref_close(v);
        if (!err_occurred(t)) err_set(t, &exc_SystemError, missing);
        return NULL;
    }
    return legacy_box(t, v);
}
/* Its text, kept alive by the module's dict. */
static const char *module_str_attr_text(PyObject *m, Object *key, const char *missing) {
    PyObject *v = module_str_attr(m, key, missing);
    if (!v) return NULL;
    Py_DECREF(v);
    return PyUnicode_AsUTF8(v);
}
PyObject *PyModule_GetNameObject(PyObject *m) { return module_str_attr(m, ID(__name__), "nameless module"); }
const char *PyModule_GetName(PyObject *m) { return module_str_attr_text(m, ID(__name__), "nameless module"); }
void *PyModule_GetState(PyObject *m) {
    Module *mod = module_arg(m);
    return mod ? mod->native_state : NULL;
}
PyModuleDef *PyModule_GetDef(PyObject *m) {
    Module *mod = module_arg(m);
    return mod ? (PyModuleDef *)mod->native_def : NULL;
}
int PyModule_AddObjectRef(PyObject *m, const char *name, PyObject *value) {
    if (!m || !PyModule_Check(m)) {
        PyErr_SetString(PyExc_TypeError, "PyModule_AddObjectRef() first argument must be a module");
        return -1;
    }
    Module *mod = (Module *)m;
    if (!value) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_SystemError, "PyModule_AddObjectRef() must be called with an exception raised if value is NULL");
        return -1;
    }
    return PyDict_SetItemString((PyObject *)mod->dict, name, value);
}
int PyModule_AddObject(PyObject *m, const char *name, PyObject *value) {
    int r = PyModule_AddObjectRef(m, name, value);
    if (r == 0) Py_DECREF(value);
    return r;
}
int PyModule_AddIntConstant(PyObject *m, const char *name, long value) {
    PyObject *v = PyLong_FromLong(value);
    if (!v) return -1;
    int r = PyModule_AddObjectRef(m, name, v);
    Py_DECREF(v);
    return r;
}
int PyModule_AddStringConstant(PyObject *m, const char *name, const char *value) {
    PyObject *v = PyUnicode_FromString(value);
    if (!v) return -1;
    int r = PyModule_AddObjectRef(m, name, v);
    Py_DECREF(v);
    return r;
}
int PyModule_AddType(PyObject *m, PyTypeObject *type) {
    if (PyType_Ready(type) < 0) return -1;
    return PyModule_AddObjectRef(m, type_name((Type *)type), (PyObject *)type);
}
int PyModule_AddFunctions(PyObject *m, PyMethodDef *functions) {
    Module *mod = as_module(m);
    if (!mod) return -1;
    PyObject *name = PyModule_GetNameObject(m);
    if (!name) return -1;
    for (PyMethodDef *ml = functions; ml && ml->ml_name; ml++) {
        if (ml->ml_flags & (METH_CLASS | METH_STATIC)) {
            PyErr_SetString(PyExc_ValueError, "module functions cannot set METH_CLASS or METH_STATIC");
            Py_DECREF(name);
            return -1;
        }
        PyObject *f = PyCFunction_NewEx(ml, m, name);
        if (!f || PyDict_SetItemString((PyObject *)mod->dict, ml->ml_name, f) < 0) {
            Py_XDECREF(f);
            Py_DECREF(name);
            return -1;
        }
        Py_DECREF(f);
    }
    Py_DECREF(name);
    return 0;
}
int PyModule_SetDocString(PyObject *m, const char *doc) {
    PyObject *v = PyUnicode_FromString(doc);
    if (!v) return -1;
    int r = PyObject_SetAttrString(m, "__doc__", v);
    Py_DECREF(v);
    return r;
}

static int module_init_from_def(Thread *t, PyObject *m, PyModuleDef *def) {
    Module *mod = (Module *)m;
    mod->native_def = def;
    if (def->m_size > 0 && !mod->native_state) {
        mod->native_state = mem_calloc(t, 1, (size_t)def->m_size);
        if (!mod->native_state) return -1;
    }
    if (def->m_methods && PyModule_AddFunctions(m, def->m_methods) < 0) return -1;
    if (def->m_doc && PyModule_SetDocString(m, def->m_doc) < 0) return -1;
    return 0;
}

PyObject *PyModule_Create2(PyModuleDef *def, int apiver) {
    Thread *t = T_;
    (void)apiver;
    if (legacy_ready_internal_types(t) < 0) return NULL;
    if (def->m_slots) {
        PyErr_Format(PyExc_SystemError, "module %s: PyModule_Create is incompatible with m_slots", def->m_name);
        return NULL;
    }
    PyObject *m = PyModule_New(def->m_name);
    if (!m) return NULL;
    if (module_init_from_def(t, m, def) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

PyObject *PyModuleDef_Init(PyModuleDef *def) {
    Thread *t = T_;
    if (legacy_ready_internal_types(t) < 0) return NULL;
    def->m_base.ob_base.ob_type = (PyTypeObject *)&_spry_legacy_moduledef_type;
    def->m_base.ob_base.ob_refcnt = _Py_IMMORTAL_REFCNT;
    return (PyObject *)def;
}

PyObject *PyModule_FromDefAndSpec2(PyModuleDef *def, PyObject *spec, int apiver) {
    Thread *t = T_;
    (void)apiver;
    PyObject *name = PyObject_GetAttrString(spec, "name");
    if (!name) return NULL;
    PyObject *(*create)(PyObject *, PyModuleDef *) = NULL;
    for (PyModuleDef_Slot *s = def->m_slots; s && s->slot; s++) {
        if (s->slot == Py_mod_create) {
            if (create) {
                PyErr_Format(PyExc_SystemError, "module %U has multiple create slots", name);
                Py_DECREF(name);
                return NULL;
            }
            create = (PyObject *(*)(PyObject *, PyModuleDef *))s->value;
        } else if (s->slot != Py_mod_exec) {
            PyErr_Format(PyExc_SystemError, "module %U uses unknown slot ID %i", name, s->slot);
            Py_DECREF(name);
            return NULL;
        }
    }
    PyObject *m = create ? create(spec, def) : PyModule_NewObject(name);
    if (!m) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_SystemError, "creation of module %U failed without setting an exception", name);
        Py_DECREF(name);
        return NULL;
    }
    if (PyErr_Occurred()) {
        PyErr_Format(PyExc_SystemError, "creation of module %U raised unreported exception", name);
        Py_DECREF(name);
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(name);
    if (PyModule_Check(m) && module_init_from_def(t, m, def) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

int PyModule_ExecDef(PyObject *m, PyModuleDef *def) {
    for (PyModuleDef_Slot *s = def->m_slots; s && s->slot; s++) {
        if (s->slot != Py_mod_exec) continue;
        int (*exec)(PyObject *) = (int (*)(PyObject *))s->value;
        int r = exec(m);
        if (r != 0) {
            /* Named after the module (its spec's name), not the def. */
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_SystemError, "execution of module %s failed without setting an exception",
                             PyModule_GetName(m));
            return -1;
        }
        if (PyErr_Occurred()) {
            PyErr_Format(PyExc_SystemError, "execution of module %s raised unreported exception", PyModule_GetName(m));
            return -1;
        }
    }
    return 0;
}

/* ---- imports -------------------------------------------------------------------------------- */
PyObject *PyImport_ImportModule(const char *name) {
    Thread *t = T_;
    if (!*name) {
        err_set(t, &exc_ValueError, "Empty module name");
        return NULL;
    }
    return legacy_box(t, import_module(t, name));
}
PyObject *PyImport_Import(PyObject *name) {
    if (!name || !PyUnicode_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "module name must be a string");
        return NULL;
    }
    const char *s = PyUnicode_AsUTF8(name);
    return s ? PyImport_ImportModule(s) : NULL;
}
PyObject *PyImport_GetModuleDict(void) { return (PyObject *)T_->interp->modules; }
PyObject *PyEval_GetBuiltins(void) { return (PyObject *)T_->interp->builtins; }
PyObject *PyImport_ImportModuleNoBlock(const char *name) { return PyImport_ImportModule(name); }
PyObject *PyImport_ImportModuleLevelObject(PyObject *name, PyObject *globals, PyObject *locals,
                                           PyObject *fromlist, int level) {
    (void)locals;
    Thread *t = T_;
    if (!name || !PyUnicode_Check(name)) {
        err_set(t, &exc_TypeError, "module name must be a string");
        return NULL;
    }
    if (level < 0) {
        err_set(t, &exc_ValueError, "level must be >= 0");
        return NULL;
    }
    Object *g = globals && PyDict_Check(globals) ? (Object *)globals : NULL;
    return legacy_box(t, import_module_level(t, (Object *)name, g, fromlist ? R(fromlist) : REF_NULL, level));
}
PyObject *PyImport_ImportModuleLevel(const char *name, PyObject *globals, PyObject *locals, PyObject *fromlist,
                                     int level) {
    PyObject *n = PyUnicode_FromString(name);
    if (!n) return NULL;
    PyObject *r = PyImport_ImportModuleLevelObject(n, globals, locals, fromlist, level);
    Py_DECREF(n);
    return r;
}
/* sys.modules[name], a new reference; NULL without an error when absent. */
PyObject *PyImport_GetModule(PyObject *name) {
    Thread *t = T_;
    return legacy_box(t, dict_get(t, t->interp->modules, R(name)));
}
/* sys.modules[name], created empty if absent: borrowed (sys.modules keeps it). */
PyObject *PyImport_AddModuleObject(PyObject *name) {
    Thread *t = T_;
    Ref m = dict_get(t, t->interp->modules, R(name));
    if (ref_is_null(m)) {
        if (err_occurred(t)) return NULL;
        Object *mod = module_new(t, (Object *)name);
        if (!mod || dict_set(t, t->interp->modules, R(name), ref_from_obj(mod)) < 0) {
            obj_xdecref(mod);
            return NULL;
        }
        m = ref_from_obj(mod);
    }
    Object *o = ref_obj(m);
    ref_close(m);
    return (PyObject *)o;
}
PyObject *PyImport_AddModule(const char *name) {
    PyObject *n = PyUnicode_FromString(name);
    if (!n) return NULL;
    PyObject *r = PyImport_AddModuleObject(n);
    Py_DECREF(n);
    return r;
}
/* Runs code object co as module `name` (created or reused in sys.modules), with __file__
 * = pathname when given: a new reference to the module, or NULL (and the module is dropped
 * from sys.modules). */
PyObject *PyImport_ExecCodeModuleObject(PyObject *name, PyObject *co, PyObject *pathname, PyObject *cpathname) {
    (void)cpathname;
    PyObject *m = PyImport_AddModuleObject(name);
    if (!m) return NULL;
    PyObject *d = PyModule_GetDict(m);
    /* Without a pathname, __file__ is the code's co_filename, as CPython's. */
    PyObject *file = pathname ? Py_NewRef(pathname) : PyObject_GetAttrString(co, "co_filename");
    int rc = file ? PyDict_SetItemString(d, "__file__", file) : -1;
    Py_XDECREF(file);
    if (rc < 0) return NULL;
    PyObject *r = PyEval_EvalCode(co, d, d);
    if (!r) {
        PyObject *t, *v, *tb;
        PyErr_Fetch(&t, &v, &tb);
        if (PyDict_DelItem(PyImport_GetModuleDict(), name) < 0) PyErr_Clear();
        PyErr_Restore(t, v, tb);
        return NULL;
    }
    Py_DECREF(r);
    return PyImport_GetModule(name);
}
PyObject *PyImport_ExecCodeModuleWithPathnames(const char *name, PyObject *co, const char *pathname,
                                               const char *cpathname) {
    (void)cpathname;
    PyObject *n = PyUnicode_FromString(name);
    PyObject *p = n && pathname ? PyUnicode_DecodeFSDefault(pathname) : NULL;
    PyObject *r = n && (p || !pathname) ? PyImport_ExecCodeModuleObject(n, co, p, NULL) : NULL;
    Py_XDECREF(n);
    Py_XDECREF(p);
    return r;
}
PyObject *PyImport_ExecCodeModuleEx(const char *name, PyObject *co, const char *pathname) {
    return PyImport_ExecCodeModuleWithPathnames(name, co, pathname, NULL);
}
PyObject *PyImport_ExecCodeModule(const char *name, PyObject *co) {
    return PyImport_ExecCodeModuleWithPathnames(name, co, NULL, NULL);
}
PyObject *PyImport_ReloadModule(PyObject *m) {
    PyObject *importlib = PyImport_ImportModule("importlib");
    PyObject *r = importlib ? PyObject_CallMethod(importlib, "reload", "(O)", m) : NULL;
    Py_XDECREF(importlib);
    return r;
}
long PyImport_GetMagicNumber(void) { return 3495; }   /* CPython 3.11's bytecode magic */
const char *PyImport_GetMagicTag(void) { return "cpython-311"; }

PyObject *PyModule_GetFilenameObject(PyObject *m) {
    return module_str_attr(m, ID(__file__), "module filename missing");
}
const char *PyModule_GetFilename(PyObject *m) {
    return module_str_attr_text(m, ID(__file__), "module filename missing");
}

/* ---- the calling frame and old call helpers -------------------------------------------------- */
PyObject *PyEval_GetGlobals(void) {
    Thread *t = T_;
    return t->frame ? (PyObject *)t->frame->globals : NULL;   /* borrowed */
}
static bool is_function(PyObject *f) {
    return PyCFunction_Check(f) || ref_type_is(R(f), &function_type);
}
/* Names the function objects keep (a fresh __name__ str would die on return). */
const char *PyEval_GetFuncName(PyObject *f) {
    if (PyCFunction_Check(f)) {
        CFunctionObj *cf = (CFunctionObj *)f;
        return cf->def ? cf->def->name : cf->ml->ml_name;
    }
    if (ref_type_is(R(f), &function_type)) {
        const char *s = str_utf8(T_, ((Function *)f)->name, NULL);
        if (s) return s;
        PyErr_Clear();
    }
    return Py_TYPE(f)->tp_name;
}
const char *PyEval_GetFuncDesc(PyObject *f) {
    return is_function(f) || ref_type_is(R(f), &method_type) ? "()" : " object";
}
PyObject *PyEval_CallObjectWithKeywords(PyObject *callable, PyObject *args, PyObject *kwargs) {
    if (args && !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    if (kwargs && !PyDict_Check(kwargs)) {
        PyErr_SetString(PyExc_TypeError, "keyword list must be a dictionary");
        return NULL;
    }
    if (args) return PyObject_Call(callable, args, kwargs);
    PyObject *empty = PyTuple_New(0);
    PyObject *r = empty ? PyObject_Call(callable, empty, kwargs) : NULL;
    Py_XDECREF(empty);
    return r;
}
/* callable(*Py_VaBuildValue(format)) -- a single value is the only argument. */
static PyObject *call_built(PyObject *callable, const char *format, va_list va) {
    PyObject *args = Py_VaBuildValue(format ? format : "()", va);
    if (!args) return NULL;
    if (!PyTuple_Check(args)) {
        PyObject *one = PyTuple_Pack(1, args);
        Py_DECREF(args);
        if (!one) return NULL;
        args = one;
    }
    PyObject *r = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return r;
}
PyObject *PyEval_CallFunction(PyObject *callable, const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = call_built(callable, format, va);
    va_end(va);
    return r;
}
PyObject *PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...) {
    PyObject *m = PyObject_GetAttrString(obj, name);
    if (!m) return NULL;
    va_list va;
    va_start(va, format);
    PyObject *r = call_built(m, format, va);
    va_end(va);
    Py_DECREF(m);
    return r;
}

/* ---- loading ---------------------------------------------------------------------------------- */
/* A minimal ModuleSpec for Py_mod_create functions: a namespace with name and origin. */
static PyObject *make_spec(Thread *t, Object *fullname, const char *path) {
    Object *ns = namespace_new(t);
    if (!ns) return NULL;
    Object *origin = str_from_cstr(t, path ? path : "built-in");
    if (!origin || dict_set_cstr(t, namespace_dict(ns), "name", ref_from_obj(fullname)) < 0 ||
        dict_set_cstr(t, namespace_dict(ns), "origin", ref_from_obj(origin)) < 0) {
        obj_xdecref(origin);
        obj_decref(ns);
        return NULL;
    }
    obj_decref(origin);
    return (PyObject *)ns;
}

/* ImportError carrying the module's name and file, as CPython's PyErr_SetImportError. */
static Ref no_export_function(Thread *t, Object *fullname, const char *path, const char *sym) {
    Object *msg = str_from_format(t, "dynamic module does not define module export function (%s)", sym);
    if (!msg) return REF_NULL;
    Ref exc = exc_new(t, &exc_ImportError, (Ref[]){ref_from_obj(msg)}, 1);
    obj_decref(msg);
    Object *file = ref_is_null(exc) ? NULL : str_from_cstr(t, path);
    if (!file) {
        ref_close(exc);
        return REF_NULL;
    }
    ImportErrorExc *e = (ImportErrorExc *)ref_obj(exc);
    REF_SETREF(e->name, ref_new(fullname));
    REF_SETREF(e->path, ref_from_obj(file));
    return err_raise(t, exc);
}

Ref legacy_load_extension(Thread *t, Object *fullname, const char *path) {
    const char *full = str_utf8(t, fullname, NULL);
    if (!full) return REF_NULL;
    const char *last = strrchr(full, '.');
    last = last ? last + 1 : full;
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *msg = dlerror();
        return err_format(t, &exc_ImportError, "%s", msg ? msg : "dlopen failed");
    }
    char sym[256];
    snprintf(sym, sizeof sym, "PyInit_%s", last);
    PyObject *(*init)(void) = (PyObject * (*)(void)) dlsym(handle, sym);
    if (!init) return no_export_function(t, fullname, path, sym);
    /* The library stays loaded for the life of the process, as under CPython. */
    return legacy_module_from_init(t, fullname, init, path);
}

/* m.__file__ = path (nothing for a built-in module, path NULL); steals m, NULL on failure. */
static PyObject *set_file(Thread *t, PyObject *m, const char *path) {
    if (!path || !PyModule_Check(m)) return m;
    Object *file = str_from_cstr(t, path);
    if (!file || dict_set_str(t, module_dict((Object *)m), ID(__file__), ref_from_obj(file)) < 0) {
        obj_xdecref(file);
        Py_DECREF(m);
        return NULL;
    }
    obj_decref(file);
    return m;
}

Ref legacy_module_from_init(Thread *t, Object *fullname, PyObject *(*init)(void), const char *path) {
    const char *full = str_utf8(t, fullname, NULL);
    if (!full) return REF_NULL;
    const char *last = strrchr(full, '.');
    last = last ? last + 1 : full;
    if (legacy_ready_internal_types(t) < 0) return REF_NULL;
    PyObject *res = init();
    if (!res) {
        if (!err_occurred(t))
            err_format(t, &exc_SystemError, "initialization of %s failed without raising an exception", last);
        return REF_NULL;
    }
    if (err_occurred(t)) {
        Ref cause = err_fetch(t);
        err_format(t, &exc_SystemError, "initialization of %s raised unreported exception", last);
        if (!ref_is_null(t->exc)) exc_set_cause(ref_obj(t->exc), ref_obj(cause));
        else ref_close(cause);
        Py_DECREF(res);
        return REF_NULL;
    }
    PyObject *m;
    if (Py_TYPE(res) == (PyTypeObject *)&_spry_legacy_moduledef_type) {
        /* Multi-phase: create, then run the exec slots. */
        PyModuleDef *def = (PyModuleDef *)res;
        PyObject *spec = make_spec(t, fullname, path);
        if (!spec) return REF_NULL;
        m = PyModule_FromDefAndSpec2(def, spec, PYTHON_API_VERSION);
        Py_DECREF(spec);
        if (!m || !(m = set_file(t, m, path))) return REF_NULL;
        if (PyModule_ExecDef(m, def) < 0) {
            Py_DECREF(m);
            return REF_NULL;
        }
        return legacy_unbox(m);
    }
    /* Single-phase: the module object itself. */
    m = res;
    if (!PyModule_Check(m)) return legacy_unbox(m);
    PyModuleDef *def = PyModule_GetDef(m);
    if (def && strcmp(def->m_name, last) == 0 && last != full) {
        /* Named within its package, as CPython's package context does. */
        if (dict_set_str(t, module_dict((Object *)m), ID(__name__), ref_from_obj(fullname)) < 0) {
            Py_DECREF(m);
            return REF_NULL;
        }
    }
    /* PyState_FindModule finds it from now on, as in CPython. */
    if (def && !def->m_slots && PyState_AddModule(m, def) < 0) {
        Py_DECREF(m);
        return REF_NULL;
    }
    return (m = set_file(t, m, path)) ? legacy_unbox(m) : REF_NULL;
}

/* The finder for a sys.path entry: sys.path_importer_cache's, else the first of
 * sys.path_hooks that accepts it (then cached), else None. */
PyObject *PyImport_GetImporter(PyObject *path) {
    PyObject *cache = PySys_GetObject("path_importer_cache");
    PyObject *hooks = PySys_GetObject("path_hooks");
    if (!cache || !hooks || !PyDict_Check(cache) || !PyList_Check(hooks)) {
        PyErr_SetString(PyExc_RuntimeError, "lost sys.path_importer_cache or sys.path_hooks");
        return NULL;
    }
    PyObject *found = PyDict_GetItemWithError(cache, path);
    if (found) return Py_NewRef(found);
    if (PyErr_Occurred()) return NULL;
    for (Py_ssize_t i = 0; i < PyList_Size(hooks); i++) {
        PyObject *finder = PyObject_CallOneArg(PyList_GetItem(hooks, i), path);
        if (finder) {
            int r = PyDict_SetItem(cache, path, finder);
            if (r < 0) Py_CLEAR(finder);
            return finder;
        }
        if (!PyErr_ExceptionMatches(PyExc_ImportError)) return NULL;
        PyErr_Clear();
    }
    Py_RETURN_NONE;
}

/* Imports a module of Spry's frozen standard library (1), or says it is not one (0). The
 * module is imported once, as any other: a second call returns the module already in
 * sys.modules rather than running its code again as CPython does. */
int PyImport_ImportFrozenModuleObject(PyObject *name) {
    PyObject *imp = PyImport_ImportModule("_imp");
    PyObject *names = imp ? PyObject_CallMethod(imp, "_frozen_module_names", NULL) : NULL;
    Py_XDECREF(imp);
    int r = names ? PySequence_Contains(names, name) : -1;
    Py_XDECREF(names);
    if (r <= 0) return r;
    PyObject *m = PyImport_Import(name);
    if (!m) return -1;
    Py_DECREF(m);
    return 1;
}
int PyImport_ImportFrozenModule(const char *name) {
    PyObject *s = PyUnicode_FromString(name);
    if (!s) return -1;
    int r = PyImport_ImportFrozenModuleObject(s);
    Py_DECREF(s);
    return r;
}
