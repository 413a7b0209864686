/* Builtins that run or inspect code: eval, exec, compile, __build_class__, __import__,
 * globals, locals, vars, dir. */
#include <string.h>

#include "modules/ast_module.h"
#include "modules/builtins.h"
#include "modules/import.h"
#include "modules/modules.h"
#include "vm/frame.h"
#include "spry.h"

/* compile() flag: return the syntax tree (ast.PyCF_ONLY_AST). */
#define PYCF_ONLY_AST 0x400
/* compile() flag: type comments are part of the grammar (ast.PyCF_TYPE_COMMENTS). */
#define PYCF_TYPE_COMMENTS 0x1000
/* Every flag compile() accepts: the PyCF_* options and the CO_FUTURE_* bits. */
#define PYCF_KNOWN 0x1FE7610

/* Source compiled by compile()/exec()/eval() inherits the calling code's
 * `from __future__ import annotations` (compile() unless dont_inherit). */
static int inherited_future(Thread *t) {
    return t->frame && (t->frame->code->flags & CO_FUTURE_ANNOTATIONS) ? COMPILE_FLAG_FUTURE_ANNOTATIONS : 0;
}

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* Source text of a str/bytes/bytearray argument as UTF-8 (borrowed from `src` or from
 * the returned *holder, which the caller closes). */
static const char *source_text(Thread *t, const char *fname, Ref src, intptr_t *len, bool code_ok) {
    if (str_check(src)) return str_utf8(t, ref_obj(src), len);
    if (bytes_check(src)) {
        *len = bytes_size(ref_obj(src));
        return bytes_data(ref_obj(src));
    }
    if (ref_type_is(src, &bytearray_type)) {
        *len = ((VarObject *)ref_obj(src))->ob_size;
        return ((ByteArray *)ref_obj(src))->start;
    }
    if (code_ok)
        err_format(t, &exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    else
        err_format(t, &exc_TypeError, "%s() arg 1 must be a string, bytes or AST object", fname);
    return NULL;
}

static bool mapping_check(Ref r) {
    Type *tp = ref_type(r);
    return tp->getitem != NULL;
}

/* The (globals, locals) for eval/exec: defaults from the calling frame; a globals dict
 * gains __builtins__ when it lacks one. Both returned borrowed. */
static int resolve_namespaces(Thread *t, const char *fname, Ref g, Ref l, Object **globals, Ref *locals) {
    bool g_none = ref_is_null(g) || ref_is_none(g), l_none = ref_is_null(l) || ref_is_none(l);
    bool is_eval = strcmp(fname, "eval") == 0;
    if (!g_none && !dict_check(g)) {
        if (is_eval)
            err_set(t, &exc_TypeError, !l_none || ref_type(g)->getitem == NULL
                                           ? "globals must be a dict"
                                           : "globals must be a real dict; try eval(expr, {}, mapping)");
        else
            err_format(t, &exc_TypeError, "%s() globals must be a dict, not %T", fname, g);
        return -1;
    }
    if (!l_none && !mapping_check(l)) {
        if (is_eval) err_set(t, &exc_TypeError, "locals must be a mapping");
        else err_format(t, &exc_TypeError, "locals must be a mapping or None, not %T", l);
        return -1;
    }
    if (g_none) {
        *globals = eval_current_globals(t);
        if (!*globals) {
            err_format(t, &exc_SystemError, "%s(): no globals available", fname);
            return -1;
        }
        if (l_none) {
            *locals = eval_current_locals(t);
            if (ref_is_null(*locals)) *locals = ref_from_obj(*globals);
            else ref_close(*locals); /* borrowed: the frame keeps its locals */
        } else {
            *locals = l;
        }
    } else {
        *globals = ref_obj(g);
        *locals = l_none ? g : l;
    }
    int has = dict_contains(t, *globals, ref_from_obj(ID(__builtins__)));
    if (has < 0) return -1;
    if (!has && dict_set_str(t, *globals, ID(__builtins__), ref_from_obj(t->interp->builtins)) < 0) return -1;
    return 0;
}

static Ref run_code(Thread *t, Object *code, Object *globals, Ref locals) {
    Object *lmap = ref_is_null(locals) ? NULL : ref_obj(locals);
    return eval_code(t, code, globals, lmap);
}

static Ref eval_or_exec(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool is_eval) {
    Ref a[3] = {REF_NULL, REF_NULL, REF_NULL};
    intptr_t nkw = kw ? tuple_size(kw) : 0;
    if (is_eval) {
        if (nkw) return err_set(t, &exc_TypeError, "eval() takes no keyword arguments");
        if (nargs < 1 || nargs > 3)
            return err_format(t, &exc_TypeError, "eval expected at %s %d argument%s, got %zu",
                              nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
    } else {
        /* exec(source, globals=None, locals=None, /, *, closure=None) */
        for (intptr_t k = 0; k < nkw; k++) {
            Object *name = ref_obj(tuple_get(kw, k));
            if (str_eq_cstr(name, "closure")) {
                Ref c = args[nargs + (size_t)k];
                if (!ref_is_none(c))
                    return err_set(t, &exc_TypeError, "closure can only be used when source is a code object");
                continue;
            }
            return err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for exec()", name);
        }
        if (nargs < 1) return err_format(t, &exc_TypeError, "exec() takes at least 1 positional argument (0 given)");
        if (nargs > 3) return err_format(t, &exc_TypeError, "exec() takes at most 3 positional arguments (%zu given)", nargs);
    }
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    Object *globals;
    Ref locals;
    if (resolve_namespaces(t, fname, a[1], a[2], &globals, &locals) < 0) return REF_NULL;
    if (ref_type(a[0]) == &code_type) {
        Ref r = run_code(t, ref_obj(a[0]), globals, locals);
        if (ref_is_null(r) || is_eval) return r;
        ref_close(r); /* exec() of a code object returns None, whatever the code returns */
        return REF_NONE;
    }
    intptr_t len;
    const char *src = source_text(t, fname, a[0], &len, true);
    if (!src) return REF_NULL;
    if (is_eval) {
        while (len > 0 && (*src == ' ' || *src == '\t')) src++, len--;
    }
    if (memchr(src, '\0', (size_t)len))
        return err_set(t, &exc_SyntaxError, "source code string cannot contain null bytes");
    Object *fn = str_from_cstr(t, "<string>");
    if (!fn) return REF_NULL;
    int flags = (str_check(a[0]) ? COMPILE_FLAG_STR_INPUT : 0) | inherited_future(t);
    Object *code = compile_source(t, src, (size_t)len, fn, is_eval ? COMPILE_EVAL : COMPILE_EXEC, flags);
    obj_decref(fn);
    if (!code) return REF_NULL;
    Ref r = run_code(t, code, globals, locals);
    obj_decref(code);
    if (ref_is_null(r) || is_eval) return r;
    ref_close(r);
    return REF_NONE;
}

FN(builtin_eval) { return eval_or_exec(t, "eval", args, nargs, kw, true); }
FN(builtin_exec) { return eval_or_exec(t, "exec", args, nargs, kw, false); }

FN(builtin_compile) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version", NULL};
    static const ArgSpec spec = {"compile", names, 3, 6};
    Ref a[7];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!str_check(a[2])) return err_format(t, &exc_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    int mode;
    if (str_eq_cstr(ref_obj(a[2]), "exec")) mode = COMPILE_EXEC;
    else if (str_eq_cstr(ref_obj(a[2]), "eval")) mode = COMPILE_EVAL;
    else if (str_eq_cstr(ref_obj(a[2]), "single")) mode = COMPILE_SINGLE;
    else return err_set(t, &exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    intptr_t flags = 0;
    if (!ref_is_null(a[3]) && !arg_ssize(t, a[3], &flags)) return REF_NULL;
    if (flags & ~(intptr_t)PYCF_KNOWN) return err_set(t, &exc_ValueError, "compile(): unrecognised flags");
    bool only_ast = (flags & PYCF_ONLY_AST) != 0;
    int future = (flags & CO_FUTURE_ANNOTATIONS) ? COMPILE_FLAG_FUTURE_ANNOTATIONS : 0;
    int dont_inherit = ref_is_null(a[4]) ? 0 : obj_truthy(t, a[4]);
    if (dont_inherit < 0) return REF_NULL;
    if (!dont_inherit) future |= inherited_future(t);
    Ref filename = a[1];
    Object *fn;
    if (str_check(filename)) {
        fn = ref_obj(filename);
        obj_incref(fn);
    } else if (bytes_check(filename)) {
        fn = str_from_utf8(t, bytes_data(ref_obj(filename)), bytes_size(ref_obj(filename)));
        if (!fn) return REF_NULL;
    } else {
        return err_format(t, &exc_TypeError, "expected str, bytes or os.PathLike object, not %T", filename);
    }
    if (ref_type(a[0]) == &code_type) {
        obj_decref(fn);
        return ref_dup(a[0]);
    }
    int is_ast = str_check(a[0]) || bytes_check(a[0]) ? 0 : ast_is_node_object(t, a[0]);
    if (is_ast) {
        Object *code = NULL;
        if (is_ast > 0 && only_ast) code = ref_obj(ref_dup(a[0]));
        else if (is_ast > 0) code = ast_compile_object(t, a[0], fn, mode, future);
        obj_decref(fn);
        return ref_from_obj(code);
    }
    intptr_t len;
    const char *src = source_text(t, "compile", a[0], &len, false);
    if (!src) {
        obj_decref(fn);
        return REF_NULL;
    }
    if (memchr(src, '\0', (size_t)len)) {
        obj_decref(fn);
        return err_set(t, &exc_SyntaxError, "source code string cannot contain null bytes");
    }
    int cflags = str_check(a[0]) ? COMPILE_FLAG_STR_INPUT : 0;
    if (flags & PYCF_TYPE_COMMENTS) cflags |= COMPILE_FLAG_TYPE_COMMENTS;
    cflags |= future;
    if (only_ast) {
        Ref tree = ast_parse_object(t, src, (size_t)len, fn, mode, cflags);
        obj_decref(fn);
        return tree;
    }
    Object *code = compile_source(t, src, (size_t)len, fn, mode, cflags);
    obj_decref(fn);
    return ref_from_obj(code);
}

FN(builtin_import) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    static const ArgSpec spec = {"__import__", names, 1, -1};
    Ref a[5];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!str_check(a[0])) return err_set(t, &exc_TypeError, "module name must be a string");
    Object *globals = (!ref_is_null(a[1]) && dict_check(a[1])) ? ref_obj(a[1]) : NULL;
    intptr_t level = 0;
    if (!ref_is_null(a[4]) && !arg_ssize(t, a[4], &level)) return REF_NULL;
    return import_module_level(t, ref_obj(a[0]), globals, a[3], (int)level);
}

FN(builtin_globals) {
    if (!args_none(t, "globals", nargs, kw)) return REF_NULL;
    Object *g = eval_current_globals(t);
    return g ? ref_new(g) : REF_NONE;
}

FN(builtin_locals) {
    if (!args_none(t, "locals", nargs, kw)) return REF_NULL;
    Ref l = eval_current_locals(t);
    if (ref_is_null(l) && !err_occurred(t)) {
        Object *g = eval_current_globals(t);
        return g ? ref_new(g) : REF_NONE;
    }
    return l;
}

FN(builtin_vars) {
    if (!args_count(t, "vars", nargs, kw, 0, 1)) return REF_NULL;
    if (nargs == 0) return builtin_locals(t, self, args, 0, NULL);
    Ref d = obj_lookup_attr(t, args[0], ID(__dict__));
    if (ref_is_null(d) && !err_occurred(t))
        return err_set(t, &exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

FN(builtin_dir) {
    if (!args_count(t, "dir", nargs, kw, 0, 1)) return REF_NULL;
    Ref names;
    if (nargs == 0) {
        Ref l = builtin_locals(t, self, NULL, 0, NULL);
        if (ref_is_null(l)) return REF_NULL;
        names = dict_check(l) ? ref_from_obj(dict_keys_list(t, ref_obj(l))) : ref_from_obj(list_from_iterable(t, l));
        ref_close(l);
    } else {
        Ref meth = obj_lookup_special(t, args[0], ID(__dir__));
        if (ref_is_null(meth)) {
            if (!err_occurred(t)) err_set(t, &exc_TypeError, "object does not provide __dir__");
            return REF_NULL;
        }
        Ref r = obj_call0(t, meth);
        ref_close(meth);
        if (ref_is_null(r)) return REF_NULL;
        names = ref_from_obj(list_from_iterable(t, r));
        ref_close(r);
    }
    if (ref_is_null(names)) return REF_NULL;
    if (list_sort(t, ref_obj(names), REF_NULL, false) < 0) {
        ref_close(names);
        return REF_NULL;
    }
    return names;
}

/* ---- __build_class__ --------------------------------------------------------------------- */

/* Bases after PEP 560's __mro_entries__; *changed tells whether any base was replaced. */
static Object *update_bases(Thread *t, const Ref *bases, size_t n, bool *changed) {
    *changed = false;
    Object *out = list_new(t, 0);
    if (!out) return NULL;
    Object *orig = tuple_from_array(t, bases, (intptr_t)n);
    if (!orig) goto fail;
    for (size_t i = 0; i < n; i++) {
        Ref b = bases[i];
        if (type_check(b)) {
            if (list_append(t, out, b) < 0) goto fail;
            continue;
        }
        Ref meth = obj_lookup_attr(t, b, ID(__mro_entries__));
        if (ref_is_null(meth)) {
            if (err_occurred(t) || list_append(t, out, b) < 0) goto fail;
            continue;
        }
        Ref entries = obj_call1(t, meth, ref_from_obj(orig));
        ref_close(meth);
        if (ref_is_null(entries)) goto fail;
        if (!tuple_check(entries)) {
            ref_close(entries);
            err_set(t, &exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        *changed = true;
        int rc = list_extend(t, out, entries);
        ref_close(entries);
        if (rc < 0) goto fail;
    }
    obj_decref(orig);
    return out;
fail:
    obj_xdecref(orig);
    obj_decref(out);
    return NULL;
}

/* The most derived metaclass of `meta` and the bases' types. */
static Ref calculate_metaclass(Thread *t, Ref meta, Object *bases) {
    Type *winner = (Type *)ref_obj(meta);
    for (intptr_t i = 0; i < tuple_size(bases); i++) {
        Type *bt = ref_type(tuple_get(bases, i));
        if (type_is_subtype(winner, bt)) continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        return err_set(t, &exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                       "subclass of the metaclasses of all its bases");
    }
    return ref_new((Object *)winner);
}

FN(builtin_build_class) {
    if (nargs < 2) return err_set(t, &exc_TypeError, "__build_class__: not enough arguments");
    Ref func = args[0], name = args[1];
    if (ref_type(func) != &function_type) return err_set(t, &exc_TypeError, "__build_class__: func must be a function");
    if (!str_check(name)) return err_set(t, &exc_TypeError, "__build_class__: name is not a string");
    bool changed;
    Object *base_list = update_bases(t, args + 2, nargs - 2, &changed);
    if (!base_list) return REF_NULL;
    Object *bases = list_as_tuple(t, base_list);
    obj_decref(base_list);
    if (!bases) return REF_NULL;

    /* Keywords: metaclass= is taken out; the rest go to __prepare__, the metaclass and
     * __init_subclass__. */
    Ref meta = REF_NULL;
    Object *kwargs = dict_new(t);
    Ref ns = REF_NULL, cell = REF_NULL, cls = REF_NULL;
    if (!kwargs) goto done;
    intptr_t nkw = kw ? tuple_size(kw) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        Ref k = tuple_get(kw, i), v = args[nargs + (size_t)i];
        if (str_eq(ref_obj(k), ID(metaclass))) meta = ref_dup(v);
        else if (dict_set(t, kwargs, k, v) < 0) goto done;
    }
    bool is_class = false;
    if (ref_is_null(meta)) {
        meta = tuple_size(bases) == 0 ? ref_immortal(&type_type) : ref_new((Object *)ref_type(tuple_get(bases, 0)));
        is_class = true;
    } else {
        is_class = type_check(meta);
    }
    if (is_class) {
        Ref winner = calculate_metaclass(t, meta, bases);
        if (ref_is_null(winner)) goto done;
        REF_SETREF(meta, winner);
    }
    /* namespace = meta.__prepare__(name, bases, **kwargs) */
    Ref prepare = obj_lookup_attr(t, meta, ID(__prepare__));
    if (ref_is_null(prepare)) {
        if (err_occurred(t)) goto done;
        ns = ref_from_obj(dict_new(t));
    } else {
        Object *pargs = tuple_pack(t, 2, name, ref_from_obj(bases));
        ns = pargs ? obj_call_tuple_dict(t, prepare, pargs, kwargs) : REF_NULL;
        obj_xdecref(pargs);
        ref_close(prepare);
    }
    if (ref_is_null(ns)) goto done;
    if (!mapping_check(ns)) {
        if (is_class)
            err_format(t, &exc_TypeError, "%s.__prepare__() must return a mapping, not %T",
                       type_name((Type *)ref_obj(meta)), ns);
        else
            err_format(t, &exc_TypeError, "<metaclass>.__prepare__() must return a mapping, not %T", ns);
        goto done;
    }
    cell = eval_class_body(t, ref_obj(func), ref_obj(ns));
    if (ref_is_null(cell)) goto done;
    if (changed) {
        Object *orig = tuple_from_array(t, args + 2, (intptr_t)(nargs - 2));
        int rc = orig ? obj_setitem(t, ns, ref_from_obj(ID(__orig_bases__)), ref_from_obj(orig)) : -1;
        obj_xdecref(orig);
        if (rc < 0) goto done;
    }
    Object *margs = tuple_pack(t, 3, name, ref_from_obj(bases), ns);
    cls = margs ? obj_call_tuple_dict(t, meta, margs, kwargs) : REF_NULL;
    obj_xdecref(margs);
    if (!ref_is_null(cls) && ref_type(cell) == &cell_type && type_check(cls)) {
        Ref contents = obj_lookup_attr(t, cell, ID(cell_contents));
        if (ref_is_null(contents)) {
            if (err_occurred(t)) err_clear(t);
            err_format(t, &exc_RuntimeError,
                       "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                       name, cls);
            REF_SETREF(cls, REF_NULL);
        } else if (!ref_is(contents, cls)) {
            err_format(t, &exc_TypeError, "__class__ set to %R defining %R as %R", contents, name, cls);
            REF_SETREF(cls, REF_NULL);
        }
        ref_close(contents);
    }
done:
    ref_close(cell);
    ref_close(ns);
    ref_close(meta);
    obj_xdecref(kwargs);
    obj_decref(bases);
    return cls;
}

static const MethodDef exec_methods[] = {
    {"__build_class__", builtin_build_class, 0, NULL},
    {"__import__", builtin_import, 0, NULL},
    {"compile", builtin_compile, 0, NULL},
    {"dir", builtin_dir, 0, NULL},
    {"eval", builtin_eval, 0, NULL},
    {"exec", builtin_exec, 0, NULL},
    {"globals", builtin_globals, 0, NULL},
    {"locals", builtin_locals, 0, NULL},
    {"vars", builtin_vars, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int builtins_exec_add(Thread *t, Object *module) { return module_add_functions(t, module, exec_methods); }
