/* The import system: __import__, finding modules (built-in C modules, frozen Python
 * modules, then sys.path / a package's __path__), executing them, and -m.
 *
 * Semantics follow CPython's importlib for what programs can observe: sys.modules caching
 * (a module is entered before its code runs, so circular imports see the partial module,
 * and removed again if its code fails), submodules bound as attributes of their parent,
 * relative imports resolved from __package__ / __name__, fromlist handling, and
 * ModuleNotFoundError("No module named 'x'"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/code_image.h"
#include "modules/frozen.h"
#include "modules/import.h"
#include "modules/modules.h"
#include "modules/modulespec.h"
#include "objects/namespace.h"
#include "spry.h"
#include "legacy/legacy_import.h"

typedef struct BuiltinModule {
    const char *name;
    Object *(*create)(Thread *t);
} BuiltinModule;

static const BuiltinModule builtin_modules[] = {
#define BUILTIN_MODULE(name, fn) {#name, fn},
#include "modules/builtin_modules.def"
#undef BUILTIN_MODULE
    {NULL, NULL},
};

static Object *sys_modules(Thread *t) { return t->interp->modules; }

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *import_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)size, f) != (size_t)size) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[size] = '\0';
        *len = (size_t)size;
    }
    return buf;
}

/* Runs code as the body of `module`. 0 or -1. */
static int exec_code_in(Thread *t, Object *module, Object *code) {
    Object *d = module_dict(module);
    if (dict_set_str(t, d, ID(__builtins__), ref_from_obj(t->interp->builtins)) < 0) return -1;
    Ref r = eval_code(t, code, d, d);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

/* Runs source as the body of `module`. 0 or -1. */
static int exec_source_in(Thread *t, Object *module, const char *src, size_t len, Object *filename) {
    Object *code = compile_source(t, src, len, filename, COMPILE_EXEC, 0);
    if (!code) return -1;
    int rc = exec_code_in(t, module, code);
    obj_decref(code);
    return rc;
}

/* The code of a frozen module from its build-time image; NULL (no exception) when there
 * is none or it does not load, and the source is compiled instead. */
static Object *frozen_prepared_code(Thread *t, const FrozenModule *m) {
    size_t i = (size_t)(m - frozen_modules);
    if (i >= frozen_image_count || strcmp(frozen_images[i].name, m->name) != 0) return NULL;
    Object *code = code_image_load(t, frozen_images[i].data, frozen_images[i].size, true);
    if (!code) err_clear(t);
    return code;
}

/* ---- finding --------------------------------------------------------------------------- */

typedef enum { FOUND_NONE, FOUND_BUILTIN, FOUND_FROZEN, FOUND_SOURCE, FOUND_EXTENSION, FOUND_NAMESPACE } FoundKind;

typedef struct Found {
    FoundKind kind;
    const BuiltinModule *builtin;
    const FrozenModule *frozen;
    char *path;          /* source file (FOUND_SOURCE) or shared library (FOUND_EXTENSION) */
    char *package_dir;   /* directory of a package, else NULL */
    Object *ns_path;     /* FOUND_NAMESPACE: list of the portions' directories */
} Found;

static void found_free(Found *f) {
    free(f->path);
    free(f->package_dir);
    obj_xdecref(f->ns_path);
}

const FrozenModule *import_find_frozen(const char *name) {
    for (const FrozenModule *m = frozen_modules; m->name; m++)
        if (strcmp(m->name, name) == 0) return m;
    return NULL;
}

/* Looks for `last` (the final name component) in each directory of `search` (a list).
 * -1 on error, else 0 with f->kind set (FOUND_NONE if absent). */
/* Records a directory without __init__.py as a portion of a namespace package (PEP 420);
 * used only if no regular module or package of that name is found on the whole path. */
static int add_namespace_portion(Thread *t, Found *f, const char *dir) {
    if (!f->ns_path && !(f->ns_path = list_new(t, 0))) return -1;
    Object *s = str_from_cstr(t, dir);
    return s ? list_append_steal(t, f->ns_path, ref_from_obj(s)) : -1;
}

static int find_in_path(Thread *t, Ref search, const char *last, Found *f) {
    if (!list_check(search)) return 0;
    Object *lst = ref_obj(search);
    for (intptr_t i = 0; i < list_size(lst); i++) {
        Ref entry = list_items(lst)[i];
        if (!str_check(entry)) continue;
        const char *dir = str_utf8(t, ref_obj(entry), NULL);
        if (!dir) return -1;
        /* A relative entry is taken from the current directory, so __file__ is absolute
         * as CPython's FileFinder makes it ('' and '.' are the directory itself). */
        char absdir[PATH_MAX];
        if (dir[0] != '/') {
            bool here = !*dir || strcmp(dir, ".") == 0;
            if (!getcwd(absdir, sizeof absdir)) continue;
            if (!here) {
                size_t used = strlen(absdir);
                if ((size_t)snprintf(absdir + used, sizeof absdir - used, "/%s", dir) >= sizeof absdir - used)
                    continue;
            }
            dir = absdir;
        }
        size_t need = strlen(dir) + strlen(last) + 32;
        char *buf = malloc(need);
        if (!buf) {
            err_no_memory(t);
            return -1;
        }
        snprintf(buf, need, "%s/%s", dir, last);
        bool portion = false;
        if (is_dir(buf)) {
            portion = true;
            char *init = malloc(need);
            if (!init) {
                free(buf);
                err_no_memory(t);
                return -1;
            }
            snprintf(init, need, "%s/__init__.py", buf);
            if (is_file(init)) {
                f->kind = FOUND_SOURCE;
                f->path = init;
                f->package_dir = buf;
                obj_xdecref(f->ns_path);
                f->ns_path = NULL;
                return 0;
            }
            free(init);
        }
        char *portion_dir = portion ? strdup(buf) : NULL;
        /* Extension modules come before source files, as CPython's FileFinder orders its
         * loaders. */
        for (const char *const *suffix = legacy_extension_suffixes; *suffix; suffix++) {
            size_t ext_need = strlen(dir) + strlen(last) + strlen(*suffix) + 2;
            char *ext = malloc(ext_need);
            if (!ext) {
                free(buf);
                err_no_memory(t);
                return -1;
            }
            snprintf(ext, ext_need, "%s/%s%s", dir, last, *suffix);
            if (is_file(ext)) {
                free(buf);
                free(portion_dir);
                obj_xdecref(f->ns_path);
                f->ns_path = NULL;
                f->kind = FOUND_EXTENSION;
                f->path = ext;
                return 0;
            }
            free(ext);
        }
        snprintf(buf, need, "%s/%s.py", dir, last);
        if (is_file(buf)) {
            free(portion_dir);
            obj_xdecref(f->ns_path);
            f->ns_path = NULL;
            f->kind = FOUND_SOURCE;
            f->path = buf;
            return 0;
        }
        free(buf);
        int rc = portion_dir ? add_namespace_portion(t, f, portion_dir) : 0;
        free(portion_dir);
        if (rc < 0) return -1;
    }
    if (f->ns_path) f->kind = FOUND_NAMESPACE;
    return 0;
}

static int find_module(Thread *t, const char *fullname, Ref parent_path, Found *f) {
    memset(f, 0, sizeof *f);
    if (!strchr(fullname, '.')) {
        for (const BuiltinModule *b = builtin_modules; b->name; b++) {
            if (strcmp(b->name, fullname) == 0) {
                f->kind = FOUND_BUILTIN;
                f->builtin = b;
                return 0;
            }
        }
        if (legacy_inittab_has(fullname)) {  /* f->builtin stays NULL */
            f->kind = FOUND_BUILTIN;
            return 0;
        }
    }
    const FrozenModule *fz = import_find_frozen(fullname);
    if (fz) {
        f->kind = FOUND_FROZEN;
        f->frozen = fz;
        return 0;
    }
    const char *last = strrchr(fullname, '.');
    last = last ? last + 1 : fullname;
    if (!ref_is_null(parent_path)) return find_in_path(t, parent_path, last, f);
    Object *path = sys_get(t, "path");
    if (!path) return 0;
    return find_in_path(t, ref_from_obj(path), last, f);
}

/* ---- loading ----------------------------------------------------------------------------- */

static int set_str_attr(Thread *t, Object *d, Object *key, const char *value) {
    Object *s = str_from_cstr(t, value);
    if (!s) return -1;
    int r = dict_set_str(t, d, key, ref_from_obj(s));
    obj_decref(s);
    return r;
}

/* Fills __file__, __path__, __package__ for a module about to run. */
static int init_module_attrs(Thread *t, Object *m, const char *fullname, const Found *f) {
    Object *d = module_dict(m);
    bool package = f->package_dir || (f->frozen && f->frozen->is_package);
    if (f->path && set_str_attr(t, d, ID(__file__), f->path) < 0) return -1;
    if (package) {
        Object *lst = list_new(t, 0);
        if (!lst) return -1;
        if (f->package_dir) {
            Object *s = str_from_cstr(t, f->package_dir);
            if (!s || list_append_steal(t, lst, ref_from_obj(s)) < 0) {
                obj_decref(lst);
                return -1;
            }
        }
        int r = dict_set_str(t, d, ID(__path__), ref_from_obj(lst));
        obj_decref(lst);
        if (r < 0) return -1;
        return set_str_attr(t, d, ID(__package__), fullname);
    }
    const char *dot = strrchr(fullname, '.');
    Object *pkg = str_from_utf8(t, fullname, dot ? dot - fullname : 0);
    if (!pkg) return -1;
    int r = dict_set_str(t, d, ID(__package__), ref_from_obj(pkg));
    obj_decref(pkg);
    return r;
}

/* The loader and spec for what was found (new references), or NULL with an exception. */
static Object *spec_for(Thread *t, Object *fullname, const Found *f, Object **loader_out) {
    Type *lt = f->kind == FOUND_BUILTIN ? &builtinimporter_type
             : f->kind == FOUND_FROZEN ? &frozenimporter_type : &sourcefileloader_type;
    const char *origin = f->kind == FOUND_BUILTIN ? "built-in" : f->kind == FOUND_FROZEN ? "frozen" : f->path;
    bool package = f->package_dir || (f->frozen && f->frozen->is_package);
    Object *loader = modulespec_loader_new(t, lt, fullname, f->path);
    Object *spec = loader ? modulespec_new(t, fullname, loader, origin, f->package_dir, package) : NULL;
    if (!spec) {
        obj_xdecref(loader);
        return NULL;
    }
    *loader_out = loader;
    return spec;
}

/* Sets m.__spec__ and m.__loader__ for what was found; returns the spec (borrowed from
 * the module's dict) or NULL with an exception. */
static Object *attach_spec(Thread *t, Object *m, Object *fullname, const Found *f) {
    Object *loader = NULL;
    Object *spec = spec_for(t, fullname, f, &loader);
    Object *d = module_dict(m);
    int rc = spec ? dict_set_str(t, d, ID(__spec__), ref_from_obj(spec)) : -1;
    if (rc == 0) rc = dict_set_str(t, d, ID(__loader__), ref_from_obj(loader));
    obj_xdecref(loader);
    obj_xdecref(spec);
    return rc < 0 ? NULL : spec;
}

/* While a module's code runs its spec says so (`from m import x` reports a circular
 * import from it). */
static void mark_initializing(Thread *t, Object *spec, bool on) {
    Object *d = namespace_dict(spec);
    if (on) {
        if (dict_set_cstr(t, d, "_initializing", REF_TRUE) < 0) err_clear(t);
    } else {
        Object *key = str_from_cstr(t, "_initializing");
        if (!key || dict_del(t, d, ref_from_obj(key)) < 0) err_clear(t);
        obj_xdecref(key);
    }
}

/* Creates, registers and runs the module found. New reference or REF_NULL. */
/* A namespace package (PEP 420): no code, __path__ lists its portions, no __file__. */
static Ref load_namespace_package(Thread *t, Object *fullname, Found *f) {
    Object *m = module_new(t, fullname);
    if (!m) return REF_NULL;
    Object *d = module_dict(m);
    Object *loader = modulespec_loader_new(t, &namespaceloader_type, fullname, NULL);
    Object *spec = loader ? modulespec_new(t, fullname, loader, NULL, NULL, true) : NULL;
    int rc = spec ? 0 : -1;
    if (rc == 0) {
        /* the spec's search locations are the package's __path__ itself */
        rc = dict_set_cstr(t, namespace_dict(spec), "submodule_search_locations", ref_from_obj(f->ns_path));
    }
    if (rc == 0) rc = dict_set_str(t, d, ID(__path__), ref_from_obj(f->ns_path));
    if (rc == 0) rc = dict_set_str(t, d, ID(__package__), ref_from_obj(fullname));
    if (rc == 0) rc = dict_set_str(t, d, ID(__file__), REF_NONE);
    if (rc == 0) rc = dict_set_str(t, d, ID(__spec__), ref_from_obj(spec));
    if (rc == 0) rc = dict_set_str(t, d, ID(__loader__), ref_from_obj(loader));
    if (rc == 0) rc = dict_set(t, sys_modules(t), ref_from_obj(fullname), ref_from_obj(m));
    obj_xdecref(loader);
    obj_xdecref(spec);
    if (rc < 0) {
        obj_decref(m);
        return REF_NULL;
    }
    return ref_from_obj(m);
}

/* A frozen module's code: its prepared image, or its source compiled when the image is
 * refused. New reference, or NULL with an exception set. */
static Object *frozen_code(Thread *t, const FrozenModule *m) {
    Object *code = frozen_prepared_code(t, m);
    if (code) return code;
    Object *fn = str_from_format(t, "<frozen %s>", m->name);
    if (!fn) return NULL;
    code = compile_source(t, m->source, m->size, fn, COMPILE_EXEC, 0);
    obj_decref(fn);
    return code;
}

Object *import_frozen_code(Thread *t, const char *name) {
    const FrozenModule *m = import_find_frozen(name);
    if (!m) return err_format(t, &exc_ImportError, "no frozen module named %s", name), NULL;
    return frozen_code(t, m);
}

/* Runs what was found in module m: a frozen module's code or a .py file. */
static int exec_found_in(Thread *t, Object *m, const Found *f) {
    if (f->kind == FOUND_FROZEN) {
        Object *code = frozen_code(t, f->frozen);
        if (!code) return -1;
        int rc = exec_code_in(t, m, code);
        obj_decref(code);
        return rc;
    }
    size_t len;
    char *src = import_read_file(f->path, &len);
    if (!src) {
        err_from_errno(t, &exc_OSError, f->path);
        return -1;
    }
    Object *fn = str_from_cstr(t, f->path);
    int rc = fn ? exec_source_in(t, m, src, len, fn) : -1;
    obj_xdecref(fn);
    free(src);
    return rc;
}

static Ref load_module(Thread *t, Object *fullname, Found *f) {
    const char *name = str_utf8(t, fullname, NULL);
    if (!name) return REF_NULL;
    Object *m;
    if (f->kind == FOUND_NAMESPACE) return load_namespace_package(t, fullname, f);
    if (f->kind == FOUND_BUILTIN) {
        if (f->builtin) {
            m = import_ready_module_types(t, name) < 0 ? NULL : f->builtin->create(t);
        } else {  /* from the legacy API's inittab: usually, but not always, a module */
            Ref mod = legacy_load_inittab(t, fullname);
            m = ref_is_null(mod) ? NULL : ref_obj(mod);
        }
        if (!m) return REF_NULL;
        bool is_module = ref_type_is(ref_from_obj(m), &module_type);
        if (is_module) ((Module *)m)->is_builtin = true;
        if ((is_module && !attach_spec(t, m, fullname, f)) ||
            dict_set(t, sys_modules(t), ref_from_obj(fullname), ref_from_obj(m)) < 0) {
            obj_decref(m);
            return REF_NULL;
        }
        return ref_from_obj(m);
    }
    if (f->kind == FOUND_EXTENSION) {
        Ref mod = legacy_load_extension(t, fullname, f->path);
        if (ref_is_null(mod)) return REF_NULL;
        const char *dot = strrchr(name, '.');
        Object *pkg = ref_type_is(mod, &module_type) ? str_from_utf8(t, name, dot ? dot - name : 0) : NULL;
        if ((ref_type_is(mod, &module_type) &&
             (!pkg || dict_set_str(t, module_dict(ref_obj(mod)), ID(__package__), ref_from_obj(pkg)) < 0)) ||
            dict_set(t, sys_modules(t), ref_from_obj(fullname), mod) < 0) {
            obj_xdecref(pkg);
            ref_close(mod);
            return REF_NULL;
        }
        obj_xdecref(pkg);
        return mod;
    }
    m = module_new(t, fullname);
    if (!m) return REF_NULL;
    Object *spec = init_module_attrs(t, m, name, f) < 0 ? NULL : attach_spec(t, m, fullname, f);
    if (!spec || dict_set(t, sys_modules(t), ref_from_obj(fullname), ref_from_obj(m)) < 0) {
        obj_decref(m);
        return REF_NULL;
    }
    obj_incref(spec);
    mark_initializing(t, spec, true);
    int rc = exec_found_in(t, m, f);
    Ref exc = err_fetch(t);
    mark_initializing(t, spec, false);
    obj_decref(spec);
    if (rc < 0) {
        dict_del(t, sys_modules(t), ref_from_obj(fullname));
        err_clear(t);
        err_restore(t, exc);
        obj_decref(m);
        return REF_NULL;
    }
    err_restore(t, exc);
    obj_decref(m);
    /* A module may replace itself in sys.modules; the entry is what import returns. */
    Ref entry = dict_get(t, sys_modules(t), ref_from_obj(fullname));
    if (ref_is_null(entry) && !err_occurred(t))
        err_format(t, &exc_ImportError, "Loaded module %U not found in sys.modules", fullname);
    return entry;
}

static Ref module_not_found(Thread *t, Object *name) {
    Object *msg = str_from_format(t, "No module named %R", ref_from_obj(name));
    if (!msg) return REF_NULL;
    Ref args[1] = {ref_from_obj(msg)};
    Ref exc = exc_new(t, &exc_ModuleNotFoundError, args, 1);
    obj_decref(msg);
    if (ref_is_null(exc)) return REF_NULL;
    REF_SETREF(((ImportErrorExc *)ref_obj(exc))->name, ref_new(name));
    return err_raise(t, exc);
}

/* Imports one absolute dotted name whose parent (if any) is already imported. */
static Ref import_one(Thread *t, Object *fullname) {
    Ref mod = dict_get(t, sys_modules(t), ref_from_obj(fullname));
    if (!ref_is_null(mod) || err_occurred(t)) {
        if (ref_is_none(mod)) {
            ref_close(mod);
            Object *msg = str_from_format(t, "import of %U halted; None in sys.modules", fullname);
            if (!msg) return REF_NULL;
            Ref exc = exc_new(t, &exc_ModuleNotFoundError, (Ref[]){ref_from_obj(msg)}, 1);
            obj_decref(msg);
            if (ref_is_null(exc)) return REF_NULL;
            REF_SETREF(((ImportErrorExc *)ref_obj(exc))->name, ref_new(fullname));
            return err_raise(t, exc);
        }
        return mod;
    }
    const char *name = str_utf8(t, fullname, NULL);
    if (!name) return REF_NULL;
    const char *dot = strrchr(name, '.');
    Ref parent = REF_NULL, parent_path = REF_NULL;
    if (dot) {
        Object *pname = str_from_utf8(t, name, dot - name);
        if (!pname) return REF_NULL;
        parent = dict_get(t, sys_modules(t), ref_from_obj(pname));
        obj_decref(pname);
        if (ref_is_null(parent)) return err_occurred(t) ? REF_NULL : module_not_found(t, fullname);
        parent_path = obj_lookup_attr(t, parent, ID(__path__));
        if (ref_is_null(parent_path)) {
            if (err_occurred(t)) {
                ref_close(parent);
                return REF_NULL;
            }
            Object *pname = str_from_utf8(t, name, dot - name);
            Object *msg = pname ? str_from_format(t, "No module named %R; %R is not a package",
                                                  ref_from_obj(fullname), ref_from_obj(pname))
                                : NULL;
            obj_xdecref(pname);
            ref_close(parent);
            if (!msg) return REF_NULL;
            Ref exc = exc_new(t, &exc_ModuleNotFoundError, (Ref[]){ref_from_obj(msg)}, 1);
            obj_decref(msg);
            if (!ref_is_null(exc)) REF_SETREF(((ImportErrorExc *)ref_obj(exc))->name, ref_new(fullname));
            return err_raise(t, exc);
        }
    }
    Found f;
    if (find_module(t, name, parent_path, &f) < 0) {
        ref_close(parent);
        ref_close(parent_path);
        return REF_NULL;
    }
    ref_close(parent_path);
    if (f.kind == FOUND_NONE) {
        ref_close(parent);
        return module_not_found(t, fullname);
    }
    mod = load_module(t, fullname, &f);
    found_free(&f);
    if (!ref_is_null(mod) && !ref_is_null(parent)) {
        Object *child = str_from_cstr(t, dot + 1);
        if (!child || obj_setattr(t, parent, child, mod) < 0) {
            REF_SETREF(mod, REF_NULL);
        }
        obj_xdecref(child);
    }
    ref_close(parent);
    return mod;
}

/* Imports every prefix of a dotted absolute name; returns the last module. */
static Ref import_absolute(Thread *t, Object *fullname) {
    Ref mod = dict_get(t, sys_modules(t), ref_from_obj(fullname));
    if (!ref_is_null(mod) && !ref_is_none(mod)) return mod;
    ref_close(mod);
    if (err_occurred(t)) return REF_NULL;
    intptr_t len;
    const char *name = str_utf8(t, fullname, &len);
    if (!name) return REF_NULL;
    Ref last = REF_NULL;
    for (intptr_t i = 0; i <= len; i++) {
        if (i < len && name[i] != '.') continue;
        Object *prefix = str_from_utf8(t, name, i);
        if (!prefix) {
            ref_close(last);
            return REF_NULL;
        }
        prefix = str_intern(t, prefix);
        ref_close(last);
        last = import_one(t, prefix);
        obj_decref(prefix);
        if (ref_is_null(last)) return REF_NULL;
    }
    return last;
}

/* The package relative imports in `globals` are relative to (new str), per __package__,
 * else __name__ (+ whether __path__ is set). */
static Object *calc_package(Thread *t, Object *globals) {
    Ref pkg = dict_get_str(t, globals, ID(__package__));
    if (!ref_is_null(pkg) && !ref_is_none(pkg)) {
        if (!str_check(pkg)) {
            ref_close(pkg);
            err_set(t, &exc_TypeError, "package must be a string");
            return NULL;
        }
        return ref_obj(pkg);
    }
    ref_close(pkg);
    if (err_occurred(t)) return NULL;
    Ref name = dict_get_str(t, globals, ID(__name__));
    if (ref_is_null(name)) {
        if (!err_occurred(t)) err_set(t, &exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    Ref path = dict_get_str(t, globals, ID(__path__));
    if (!ref_is_null(path)) {
        ref_close(path);
        return ref_obj(name);
    }
    intptr_t len;
    const char *s = str_utf8(t, ref_obj(name), &len);
    const char *dot = s ? strrchr(s, '.') : NULL;
    Object *res = str_from_utf8(t, s ? s : "", dot ? dot - s : 0);
    ref_close(name);
    return res;
}

static Object *resolve_name(Thread *t, Object *name, Object *globals, int level) {
    if (!globals) {
        err_set(t, &exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    Object *package = calc_package(t, globals);
    if (!package) return NULL;
    intptr_t plen;
    const char *p = str_utf8(t, package, &plen);
    if (!p) {
        obj_decref(package);
        return NULL;
    }
    if (plen == 0) {
        obj_decref(package);
        err_set(t, &exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    intptr_t end = plen;
    for (int i = 1; i < level; i++) {
        while (end > 0 && p[end - 1] != '.') end--;
        if (end == 0) {
            obj_decref(package);
            err_set(t, &exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        end--;
    }
    Object *res;
    if (str_check_exact(ref_from_obj(name)) && STR(name)->length == 0)
        res = str_from_utf8(t, p, end);
    else
        res = str_from_format(t, "%.*s.%U", (int)end, p, name);
    obj_decref(package);
    return res ? str_intern(t, res) : NULL;
}

/* Handles `from package import a, b`: imports submodules named in fromlist that are not
 * attributes yet. */
static int handle_fromlist(Thread *t, Ref module, Ref fromlist, bool recursive) {
    Object *items = tuple_from_iterable(t, fromlist);
    if (!items) return -1;
    Ref modname = obj_getattr(t, module, ID(__name__));
    if (ref_is_null(modname)) {
        obj_decref(items);
        return -1;
    }
    int rc = 0;
    for (intptr_t i = 0; i < tuple_size(items) && rc == 0; i++) {
        Ref item = tuple_get(items, i);
        if (!str_check(item)) {
            err_format(t, &exc_TypeError, "Item in %s.__all__ must be str, not %T",
                       str_utf8_lossy(ref_obj(modname)), item);
            rc = -1;
            break;
        }
        if (str_eq_cstr(ref_obj(item), "*")) {
            if (recursive) continue;
            Ref all = obj_lookup_attr(t, module, ID(__all__));
            if (!ref_is_null(all)) {
                rc = handle_fromlist(t, module, all, true);
                ref_close(all);
            } else if (err_occurred(t)) {
                rc = -1;
            }
            continue;
        }
        int has = obj_hasattr(t, module, ref_obj(item));
        if (has < 0) {
            rc = -1;
            break;
        }
        if (has) continue;
        Object *sub = str_from_format(t, "%S.%S", modname, item);
        if (!sub) {
            rc = -1;
            break;
        }
        sub = str_intern(t, sub);
        Ref m = import_absolute(t, sub);
        if (ref_is_null(m)) {
            /* A missing submodule is fine: the name may be an attribute created later, and
             * the IMPORT_FROM instruction reports it. */
            if (err_matches(t, &exc_ModuleNotFoundError)) {
                Ref exc = err_fetch(t);
                Ref ename = ((ImportErrorExc *)ref_obj(exc))->name;
                if (!ref_is_null(ename) && str_check(ename) && str_eq(ref_obj(ename), sub)) {
                    ref_close(exc);
                } else {
                    err_restore(t, exc);
                    rc = -1;
                }
            } else {
                rc = -1;
            }
        }
        ref_close(m);
        obj_decref(sub);
    }
    ref_close(modname);
    obj_decref(items);
    return rc;
}

Ref import_module_level(Thread *t, Object *name, Object *globals, Ref fromlist, int level) {
    if (level < 0) return err_set(t, &exc_ValueError, "level must be >= 0");
    Object *abs_name;
    if (level > 0) {
        abs_name = resolve_name(t, name, globals, level);
        if (!abs_name) return REF_NULL;
    } else {
        if (STR(name)->length == 0) return err_set(t, &exc_ValueError, "Empty module name");
        obj_incref(name);
        abs_name = name;
    }
    Ref mod = import_absolute(t, abs_name);
    if (ref_is_null(mod)) {
        obj_decref(abs_name);
        return REF_NULL;
    }
    bool has_fromlist = false;
    if (!ref_is_null(fromlist) && !ref_is_none(fromlist)) {
        int b = obj_truthy(t, fromlist);
        if (b < 0) {
            obj_decref(abs_name);
            ref_close(mod);
            return REF_NULL;
        }
        has_fromlist = b;
    }
    if (has_fromlist) {
        obj_decref(abs_name);
        int is_pkg = obj_hasattr(t, mod, ID(__path__));
        if (is_pkg > 0 && handle_fromlist(t, mod, fromlist, false) < 0) {
            ref_close(mod);
            return REF_NULL;
        }
        if (is_pkg < 0) REF_SETREF(mod, REF_NULL);
        return mod;
    }
    /* No fromlist: return the top-level package of what was named. */
    intptr_t nlen;
    const char *n = str_utf8(t, name, &nlen);
    const char *dot = n ? strchr(n, '.') : NULL;
    if (level == 0 && !dot) {
        obj_decref(abs_name);
        return mod;
    }
    if (level > 0 && nlen == 0) {
        obj_decref(abs_name);
        return mod;
    }
    intptr_t cut = dot ? nlen - (dot - n) : 0;
    intptr_t alen;
    const char *a = str_utf8(t, abs_name, &alen);
    Object *top = str_from_utf8(t, a, alen - cut);
    obj_decref(abs_name);
    ref_close(mod);
    if (!top) return REF_NULL;
    Ref res = dict_get(t, sys_modules(t), ref_from_obj(top));
    if (ref_is_null(res) && !err_occurred(t))
        err_format(t, &exc_KeyError, "%R not in sys.modules as expected", ref_from_obj(top));
    obj_decref(top);
    return res;
}

Ref import_module(Thread *t, const char *name) {
    Object *s = str_intern_cstr(t, name);
    if (!s) return REF_NULL;
    Ref m = import_absolute(t, s);
    obj_decref(s);
    return m;
}

/* ---- -m -------------------------------------------------------------------------------- */

int import_run_module_as_main(Thread *t, const char *name) {
    size_t nlen = strlen(name);
    /* Import the parent packages first, as runpy does. */
    const char *dot = strrchr(name, '.');
    Ref parent_path = REF_NULL;
    if (dot) {
        char *parent = strndup(name, (size_t)(dot - name));
        Ref p = import_module(t, parent);
        free(parent);
        if (ref_is_null(p)) return -1;
        parent_path = obj_lookup_attr(t, p, ID(__path__));
        ref_close(p);
        if (ref_is_null(parent_path) && err_occurred(t)) return -1;
    }
    Found f;
    if (find_module(t, name, parent_path, &f) < 0) {
        ref_close(parent_path);
        return -1;
    }
    ref_close(parent_path);
    if (f.kind == FOUND_NONE || f.kind == FOUND_BUILTIN) {
        found_free(&f);
        fprintf(stderr, "%s: No module named %s\n", t->interp->argv ? t->interp->argv[0] : "spry", name);
        sys_flush_std_streams(t);
        Ref code = ref_from_int(1);
        Ref exc = exc_new(t, &exc_SystemExit, &code, 1);
        if (!ref_is_null(exc)) err_raise(t, exc);
        return -1;
    }
    if (f.package_dir || f.kind == FOUND_NAMESPACE || (f.frozen && f.frozen->is_package)) {
        /* A package runs its __main__ submodule. */
        found_free(&f);
        char *sub = malloc(nlen + 10);
        if (!sub) {
            err_no_memory(t);
            return -1;
        }
        snprintf(sub, nlen + 10, "%s.__main__", name);
        Ref pkg = import_module(t, name);
        if (ref_is_null(pkg)) {
            free(sub);
            return -1;
        }
        ref_close(pkg);
        int rc = import_run_module_as_main(t, sub);
        free(sub);
        return rc;
    }
    Ref main_mod = dict_get_str(t, sys_modules(t), ID(__main__));
    if (ref_is_null(main_mod)) {
        found_free(&f);
        if (!err_occurred(t)) err_set(t, &exc_RuntimeError, "no __main__ module");
        return -1;
    }
    Object *m = ref_obj(main_mod);
    Object *d = module_dict(m);
    int rc = 0;
    Object *pkgname = str_from_utf8(t, name, dot ? dot - name : 0);
    if (!pkgname || dict_set_str(t, d, ID(__package__), ref_from_obj(pkgname)) < 0) rc = -1;
    obj_xdecref(pkgname);
    /* __spec__ and __loader__ are the module's own (runpy's behaviour): name 'pkg.mod'. */
    Object *fullname = rc == 0 ? str_from_cstr(t, name) : NULL;
    if (!fullname || !attach_spec(t, m, fullname, &f)) rc = -1;
    obj_xdecref(fullname);
    Object *argv = sys_get(t, "argv");
    const char *file = f.path ? f.path : name;
    if (rc == 0 && f.path && set_str_attr(t, d, ID(__file__), f.path) < 0) rc = -1;
    if (rc == 0 && argv && list_check(ref_from_obj(argv)) && list_size(argv) > 0) {
        Object *s = str_from_cstr(t, file);
        if (!s) rc = -1;
        else REF_SETREF(list_items(argv)[0], ref_from_obj(s));
    }
    if (rc == 0) rc = exec_found_in(t, m, &f);
    ref_close(main_mod);
    found_free(&f);
    return rc;
}

/* ---- the _imp module: finding without loading, for importlib ----------------------------- */

/* Finds name (str) on path (a list, or None for the top level); 0, or -1 with an error. */
static int imp_find(Thread *t, const Ref *args, const char *fname, Found *f, const char **name) {
    if (!str_check(args[0])) {
        err_format(t, &exc_TypeError, "%s() argument 1 must be str, not %T", fname, args[0]);
        return -1;
    }
    *name = str_utf8(t, ref_obj(args[0]), NULL);
    if (!*name) return -1;
    return find_module(t, *name, ref_is_none(args[1]) ? REF_NULL : args[1], f);
}

/* _imp.find_spec(name, path): the ModuleSpec import would use, or None. */
static Ref imp_find_spec(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "find_spec", nargs, kw, 2, 2)) return REF_NULL;
    Found f;
    const char *name;
    if (imp_find(t, args, "find_spec", &f, &name) < 0) return REF_NULL;
    Object *fullname = ref_obj(args[0]), *loader = NULL, *spec = NULL;
    if (f.kind == FOUND_NONE) {
        found_free(&f);
        return REF_NONE;
    }
    if (f.kind == FOUND_NAMESPACE) {
        loader = modulespec_loader_new(t, &namespaceloader_type, fullname, NULL);
        spec = loader ? modulespec_new(t, fullname, loader, NULL, NULL, true) : NULL;
        if (spec && dict_set_cstr(t, namespace_dict(spec), "submodule_search_locations",
                                  ref_from_obj(f.ns_path)) < 0)
            OBJ_SETREF(spec, NULL);
    } else {
        spec = spec_for(t, fullname, &f, &loader);
    }
    obj_xdecref(loader);
    found_free(&f);
    return ref_from_obj(spec);
}

/* _imp.exec_spec(spec, module): runs the module's code again in module (reload). */
static Ref imp_exec_spec(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "exec_spec", nargs, kw, 2, 2)) return REF_NULL;
    if (!ref_type_is(args[1], &module_type))
        return err_format(t, &exc_TypeError, "exec_spec() argument 2 must be module, not %T", args[1]);
    Ref name = obj_getattr_cstr(t, args[0], "name");
    if (ref_is_null(name)) return REF_NULL;
    Ref parent_path = REF_NONE;
    Ref find_args[2] = {name, REF_NONE};
    Object *m = ref_obj(args[1]);
    Ref result = REF_NULL;
    Found f;
    const char *cname;
    if (str_check(name)) {
        const char *n = str_utf8(t, ref_obj(name), NULL);
        const char *dot = n ? strrchr(n, '.') : NULL;
        if (dot) {
            Object *parent = str_from_utf8(t, n, dot - n);
            Ref pm = parent ? dict_get(t, sys_modules(t), ref_from_obj(parent)) : REF_NULL;
            obj_xdecref(parent);
            if (!ref_is_null(pm)) {
                parent_path = obj_getattr_cstr(t, pm, "__path__");
                ref_close(pm);
                if (ref_is_null(parent_path)) {
                    err_clear(t);
                    parent_path = REF_NONE;
                }
            }
        }
    }
    find_args[1] = parent_path;
    if (imp_find(t, find_args, "exec_spec", &f, &cname) == 0) {
        int rc = f.kind == FOUND_FROZEN || f.kind == FOUND_SOURCE ? exec_found_in(t, m, &f) : 0;
        result = rc < 0 ? REF_NULL : REF_NONE;
        found_free(&f);
    }
    ref_close(parent_path);
    ref_close(name);
    return result;
}

/* _imp.extension_suffixes(): the file suffixes of loadable C extensions, preferred first. */
static Ref imp_extension_suffixes(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "extension_suffixes", nargs, kw)) return REF_NULL;
    Object *lst = list_new(t, 0);
    for (const char *const *suffix = legacy_extension_suffixes; lst && *suffix; suffix++) {
        Object *s = str_from_cstr(t, *suffix);
        if (!s || list_append_steal(t, lst, ref_from_obj(s)) < 0) OBJ_SETREF(lst, NULL);
    }
    return ref_from_obj(lst);
}

/* _imp._frozen_module_names(): the dotted names of every frozen module, in table order
 * (importlib.resources lists a frozen package's files from them). */
static Ref imp_frozen_module_names(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "_frozen_module_names", nargs, kw)) return REF_NULL;
    Object *lst = list_new(t, 0);
    for (const FrozenModule *m = frozen_modules; lst && m->name; m++) {
        Object *s = str_from_cstr(t, m->name);
        if (!s || list_append_steal(t, lst, ref_from_obj(s)) < 0) OBJ_SETREF(lst, NULL);
    }
    return ref_from_obj(lst);
}

static const MethodDef imp_methods[] = {
    {"find_spec", imp_find_spec, 0, NULL},
    {"exec_spec", imp_exec_spec, 0, NULL},
    {"extension_suffixes", imp_extension_suffixes, 0, NULL},
    {"_frozen_module_names", imp_frozen_module_names, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *imp_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_imp");
    if (m && module_add_functions(t, m, imp_methods) < 0) OBJ_SETREF(m, NULL);
    return m;
}
