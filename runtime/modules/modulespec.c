/* ModuleSpec and loaders: attribute bags (SimpleNamespace layout) with CPython's reprs.
 * The import system marks a spec `_initializing` while the module's code runs, which is
 * how `from m import x` tells a circular import from a missing name. */
#include <stdlib.h>

#include "modules/frozen.h"
#include "modules/import.h"
#include "modules/modulespec.h"
#include "objects/namespace.h"
#include "spry.h"

static Ref spec_repr(Thread *t, Ref self) {
    Object *d = namespace_dict(ref_obj(self));
    Ref name = dict_get_cstr(t, d, "name"), loader = dict_get_cstr(t, d, "loader");
    Ref origin = dict_get_cstr(t, d, "origin"), locs = dict_get_cstr(t, d, "submodule_search_locations");
    bool has_origin = !ref_is_null(origin) && !ref_is_none(origin);
    bool has_locs = !ref_is_null(locs) && !ref_is_none(locs);
    Object *s;
    if (has_origin && has_locs)
        s = str_from_format(t, "ModuleSpec(name=%R, loader=%R, origin=%R, submodule_search_locations=%R)",
                            name, loader, origin, locs);
    else if (has_origin)
        s = str_from_format(t, "ModuleSpec(name=%R, loader=%R, origin=%R)", name, loader, origin);
    else if (has_locs)
        s = str_from_format(t, "ModuleSpec(name=%R, loader=%R, submodule_search_locations=%R)", name, loader, locs);
    else
        s = str_from_format(t, "ModuleSpec(name=%R, loader=%R)", name, loader);
    ref_close(name);
    ref_close(loader);
    ref_close(origin);
    ref_close(locs);
    return ref_from_obj(s);
}

/* spec.parent: the package for a package, else the name up to its last dot. */
static Ref spec_parent(Thread *t, Ref self, void *c) {
    Object *d = namespace_dict(ref_obj(self));
    Ref name = dict_get_cstr(t, d, "name"), locs = dict_get_cstr(t, d, "submodule_search_locations");
    Ref res;
    if (ref_is_null(name) || !str_check(name)) {
        res = REF_NONE;
    } else if (!ref_is_null(locs) && !ref_is_none(locs)) {
        res = ref_dup(name);
    } else {
        intptr_t len;
        const char *n = str_utf8(t, ref_obj(name), &len);
        const char *dot = n ? strrchr(n, '.') : NULL;
        res = ref_from_obj(str_from_utf8(t, n ? n : "", dot ? dot - n : 0));
    }
    ref_close(name);
    ref_close(locs);
    return res;
}

static Ref spec_has_location(Thread *t, Ref self, void *c) {
    Ref v = dict_get_cstr(t, namespace_dict(ref_obj(self)), "_has_location");
    if (ref_is_null(v)) return REF_FALSE;
    return v;
}

static const GetSetDef spec_getsets[] = {
    {"parent", spec_parent, NULL, NULL, NULL},
    {"has_location", spec_has_location, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None), binding its
 * arguments as CPython's (a Python function there) does, with the same messages. */
static int spec_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"name", "loader", "origin", "loader_state", "is_package"};
    Ref vals[5] = {REF_NULL, REF_NULL, REF_NULL, REF_NULL, REF_NULL};
    for (size_t i = 0; i < nargs && i < 2; i++) vals[i] = args[i];
    intptr_t nkw = kw ? tuple_size(kw) : 0;
    int kwonly_given = 0;
    for (intptr_t i = 0; i < nkw; i++) {
        Object *key = ref_obj(tuple_get(kw, i));
        int p = 0;
        while (p < 5 && !str_eq_cstr(key, names[p])) p++;
        if (p == 5) {
            err_format(t, &exc_TypeError, "ModuleSpec.__init__() got an unexpected keyword argument '%U'", key);
            return -1;
        }
        if (!ref_is_null(vals[p])) {
            err_format(t, &exc_TypeError, "ModuleSpec.__init__() got multiple values for argument '%s'", names[p]);
            return -1;
        }
        vals[p] = args[nargs + (size_t)i];
        kwonly_given += p >= 2;
    }
    if (nargs > 2) {
        if (kwonly_given)
            err_format(t, &exc_TypeError,
                       "ModuleSpec.__init__() takes 3 positional arguments but %zu positional arguments "
                       "(and %d keyword-only argument%s) were given",
                       nargs + 1, kwonly_given, kwonly_given == 1 ? "" : "s");
        else
            err_format(t, &exc_TypeError, "ModuleSpec.__init__() takes 3 positional arguments but %zu were given",
                       nargs + 1);
        return -1;
    }
    if (ref_is_null(vals[0]) || ref_is_null(vals[1])) {
        if (ref_is_null(vals[0]) && ref_is_null(vals[1]))
            err_set(t, &exc_TypeError, "ModuleSpec.__init__() missing 2 required positional arguments: 'name' and 'loader'");
        else
            err_format(t, &exc_TypeError, "ModuleSpec.__init__() missing 1 required positional argument: '%s'",
                       ref_is_null(vals[0]) ? "name" : "loader");
        return -1;
    }
    int is_package = ref_is_null(vals[4]) ? 0 : obj_truthy(t, vals[4]);
    if (is_package < 0) return -1;
    Object *locs = is_package ? list_new(t, 0) : NULL;
    if (is_package && !locs) return -1;
    Object *d = namespace_dict(ref_obj(self));
    int rc = 0;
    for (int p = 0; p < 4 && rc == 0; p++)
        rc = dict_set_cstr(t, d, names[p], ref_is_null(vals[p]) ? REF_NONE : vals[p]);
    if (rc == 0) rc = dict_set_cstr(t, d, "submodule_search_locations", locs ? ref_from_obj(locs) : REF_NONE);
    if (rc == 0) rc = dict_set_cstr(t, d, "cached", REF_NONE);
    if (rc == 0) rc = dict_set_cstr(t, d, "_has_location", REF_FALSE);
    obj_xdecref(locs);
    return rc;
}

Type modulespec_type = {
    TYPE_HEAD_INIT,
    .tp_name = "ModuleSpec",
    .tp_basicsize = sizeof(Namespace),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_base = &namespace_type,
    .init = spec_init,
    .repr = spec_repr,
    .getsets = spec_getsets,
};

static Ref loader_repr(Thread *t, Ref self) {
    Type *tp = ref_type(self);
    return ref_from_obj(str_from_format(t, "<%s object at %p>", tp->tp_name, (void *)ref_obj(self)));
}

/* ---- get_source(fullname): what linecache and inspect ask a loader for ---------------------- */

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

static const char *name_arg(Thread *t, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "get_source", nargs, kw)) return NULL;
    if (!str_check(args[0])) {
        err_format(t, &exc_TypeError, "get_source() argument must be str, not %T", args[0]);
        return NULL;
    }
    return str_utf8(t, ref_obj(args[0]), NULL);
}

/* Spry freezes its whole standard library and keeps the text: a frozen module's source is
 * that text (CPython, whose stdlib is mostly source files, returns their text too; only for
 * its few frozen modules it has none). None for a name that is not frozen. */
FN(frozen_get_source) {
    const char *name = name_arg(t, args, nargs, kw);
    if (!name) return REF_NULL;
    const FrozenModule *fz = import_find_frozen(name);
    if (!fz) return REF_NONE;
    return ref_from_obj(str_from_utf8(t, fz->source, (intptr_t)fz->size));
}

/* The file's text, decoded as UTF-8 with universal newlines (as importlib's decode_source). */
FN(sourcefile_get_source) {
    const char *name = name_arg(t, args, nargs, kw);
    if (!name) return REF_NULL;
    Ref path = dict_get_cstr(t, namespace_dict(ref_obj(self)), "path");
    if (ref_is_null(path) || !str_check(path)) {
        ref_close(path);
        return err_occurred(t) ? REF_NULL : err_set(t, &exc_ImportError, "source not available through get_data()");
    }
    const char *p = str_utf8(t, ref_obj(path), NULL);
    size_t len = 0;
    char *src = p ? import_read_file(p, &len) : NULL;
    ref_close(path);
    if (!src) return err_occurred(t) ? REF_NULL : err_set(t, &exc_ImportError, "source not available through get_data()");
    size_t out = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            src[out++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else {
            src[out++] = src[i];
        }
    }
    Object *text = str_from_utf8(t, src, (intptr_t)out);
    free(src);
    return ref_from_obj(text);
}

FN(builtin_get_source) { return name_arg(t, args, nargs, kw) ? REF_NONE : REF_NULL; }

FN(namespace_get_source) {
    return name_arg(t, args, nargs, kw) ? ref_from_obj(str_from_cstr(t, "")) : REF_NULL;
}

#undef FN

#define LOADER_TYPE(cname, pyname, get_source)                                              \
    static const MethodDef cname##_methods[] = {                                           \
        {"get_source", get_source, 0, NULL},                                               \
        {NULL, NULL, 0, NULL},                                                             \
    };                                                                                     \
    Type cname = {                                                                         \
        TYPE_HEAD_INIT,                                                                    \
        .tp_name = pyname,                                                                 \
        .tp_basicsize = sizeof(Namespace),                                                 \
        .tp_flags = TPFLAG_HAVE_GC,                                                        \
        .tp_base = &namespace_type,                                                        \
        .repr = loader_repr,                                                               \
        .methods = cname##_methods,                                                        \
    };
LOADER_TYPE(sourcefileloader_type, "_frozen_importlib_external.SourceFileLoader", sourcefile_get_source)
LOADER_TYPE(builtinimporter_type, "_frozen_importlib.BuiltinImporter", builtin_get_source)
LOADER_TYPE(frozenimporter_type, "_frozen_importlib.FrozenImporter", frozen_get_source)
LOADER_TYPE(namespaceloader_type, "_frozen_importlib_external.NamespaceLoader", namespace_get_source)
#undef LOADER_TYPE

static Object *bag_new(Thread *t, Type *type) {
    return ref_obj_or_null(type->new_(t, type, NULL, 0, NULL));
}

Object *modulespec_loader_new(Thread *t, Type *loader_type, Object *name, const char *path) {
    Object *l = bag_new(t, loader_type);
    if (!l) return NULL;
    Object *d = namespace_dict(l);
    int rc = dict_set_cstr(t, d, "name", ref_from_obj(name));
    if (rc == 0 && path) {
        Object *p = str_from_cstr(t, path);
        rc = p ? dict_set_cstr(t, d, "path", ref_from_obj(p)) : -1;
        obj_xdecref(p);
    }
    if (rc < 0) {
        obj_decref(l);
        return NULL;
    }
    return l;
}

Object *modulespec_new(Thread *t, Object *name, Object *loader, const char *origin,
                       const char *package_dir, bool is_package) {
    Object *s = bag_new(t, &modulespec_type);
    if (!s) return NULL;
    Object *d = namespace_dict(s);
    Object *orig = origin ? str_from_cstr(t, origin) : NULL;
    Object *locs = is_package ? list_new(t, 0) : NULL;
    int rc = (origin && !orig) || (is_package && !locs) ? -1 : 0;
    if (rc == 0 && locs && package_dir) {
        Object *p = str_from_cstr(t, package_dir);
        rc = p ? list_append_steal(t, locs, ref_from_obj(p)) : -1;
    }
    bool located = origin && origin[0] == '/';
    if (rc == 0) rc = dict_set_cstr(t, d, "name", ref_from_obj(name));
    if (rc == 0) rc = dict_set_cstr(t, d, "loader", loader ? ref_from_obj(loader) : REF_NONE);
    if (rc == 0) rc = dict_set_cstr(t, d, "origin", orig ? ref_from_obj(orig) : REF_NONE);
    if (rc == 0) rc = dict_set_cstr(t, d, "loader_state", REF_NONE);
    if (rc == 0) rc = dict_set_cstr(t, d, "submodule_search_locations", locs ? ref_from_obj(locs) : REF_NONE);
    if (rc == 0) rc = dict_set_cstr(t, d, "cached", REF_NONE);
    if (rc == 0) rc = dict_set_cstr(t, d, "_has_location", ref_from_bool(located));
    obj_xdecref(orig);
    obj_xdecref(locs);
    if (rc < 0) {
        obj_decref(s);
        return NULL;
    }
    return s;
}
