/* The builtins module: simple functions and the module's namespace. The functions that
 * run code (eval, exec, compile, __build_class__, __import__, globals, locals, vars, dir)
 * live in builtins_exec.c; the ones that consume iterables in builtins_iter.c. */
#include <string.h>

#include "modules/builtins.h"
#include "modules/import.h"
#include "modules/io.h"
#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

FN(builtin_abs) {
    if (!args_one(t, "abs", nargs, kw)) return REF_NULL;
    return obj_abs(t, args[0]);
}

FN(builtin_ascii) {
    if (!args_one(t, "ascii", nargs, kw)) return REF_NULL;
    return obj_ascii(t, args[0]);
}

FN(builtin_repr) {
    if (!args_one(t, "repr", nargs, kw)) return REF_NULL;
    return obj_repr(t, args[0]);
}

/* bin/oct/hex: the digits of index(x) with their prefix (never x.__format__). */
static Ref format_base(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, int base) {
    if (!args_one(t, fname, nargs, kw)) return REF_NULL;
    Ref n = obj_index(t, args[0]);
    if (ref_is_null(n)) return REF_NULL;
    Object *s = int_to_base_str(t, n, base, true);
    ref_close(n);
    return s ? ref_from_obj(s) : REF_NULL;
}

FN(builtin_bin) { return format_base(t, "bin", args, nargs, kw, 2); }
FN(builtin_oct) { return format_base(t, "oct", args, nargs, kw, 8); }
FN(builtin_hex) { return format_base(t, "hex", args, nargs, kw, 16); }

FN(builtin_callable) {
    if (!args_one(t, "callable", nargs, kw)) return REF_NULL;
    return ref_from_bool(obj_callable(args[0]));
}

FN(builtin_chr) {
    if (!args_one(t, "chr", nargs, kw)) return REF_NULL;
    Ref v = args[0];
    if (!int_check(v)) {
        if (ref_type(v) == &float_type)
            return err_set(t, &exc_TypeError, "'float' object cannot be interpreted as an integer");
        Ref i = obj_index(t, v);
        if (ref_is_null(i)) return REF_NULL;
        Ref r = builtin_chr(t, self, &i, 1, NULL);
        ref_close(i);
        return r;
    }
    int overflow = 0;
    int64_t c = int_as_i64_overflow(v, &overflow);
    if (overflow) return err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF) return err_set(t, &exc_ValueError, "chr() arg not in range(0x110000)");
    uint32_t cp = (uint32_t)c;
    return ref_from_obj(str_from_ucs4(t, &cp, 1));
}

FN(builtin_ord) {
    if (!args_one(t, "ord", nargs, kw)) return REF_NULL;
    Ref v = args[0];
    if (str_check(v)) {
        intptr_t n = STR(ref_obj(v))->length;
        if (n != 1)
            return err_format(t, &exc_TypeError, "ord() expected a character, but string of length %zd found", n);
        return ref_from_int(str_char_at(ref_obj(v), 0));
    }
    if (bytes_check(v) || ref_type_is(v, &bytearray_type)) {
        intptr_t n = bytes_check(v) ? bytes_size(ref_obj(v)) : ((VarObject *)ref_obj(v))->ob_size;
        if (n != 1)
            return err_format(t, &exc_TypeError, "ord() expected a character, but string of length %zd found", n);
        const char *data = bytes_check(v) ? bytes_data(ref_obj(v)) : ((ByteArray *)ref_obj(v))->start;
        return ref_from_int((unsigned char)data[0]);
    }
    return err_format(t, &exc_TypeError, "ord() expected string of length 1, but %T found", v);
}

FN(builtin_divmod) {
    if (!args_count(t, "divmod", nargs, kw, 2, 2)) return REF_NULL;
    return builtins_divmod(t, args[0], args[1]);
}

/* divmod dispatches by name: __divmod__ on the left, then __rdivmod__ on the right (the
 * right first when its type is a proper subclass of the left's). */
Ref builtins_divmod(Thread *t, Ref a, Ref b) {
    Type *ta = ref_type(a), *tb = ref_type(b);
    bool right_first = ta != tb && type_is_subtype(tb, ta);
    for (int pass = 0; pass < 2; pass++) {
        bool use_right = (pass == 0) == right_first;
        if (use_right && ta == tb && pass == 1) break;
        Ref target = use_right ? b : a, other = use_right ? a : b;
        Ref meth = obj_lookup_special(t, target, use_right ? ID(__rdivmod__) : ID(__divmod__));
        if (ref_is_null(meth)) {
            if (err_occurred(t)) return REF_NULL;
            continue;
        }
        Ref r = obj_call1(t, meth, other);
        ref_close(meth);
        if (ref_is_null(r) || !ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    return err_format(t, &exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      type_name(ta), type_name(tb));
}

FN(builtin_format) {
    if (!args_count(t, "format", nargs, kw, 1, 2)) return REF_NULL;
    if (nargs == 2 && !str_check(args[1]))
        return err_format(t, &exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    return obj_format(t, args[0], nargs == 2 ? args[1] : REF_NULL);
}

FN(builtin_getattr) {
    if (!args_count(t, "getattr", nargs, kw, 2, 3)) return REF_NULL;
    if (!str_check(args[1])) return err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    if (nargs == 3) {
        Ref r = obj_lookup_attr(t, args[0], ref_obj(args[1]));
        if (ref_is_null(r) && !err_occurred(t)) return ref_dup(args[2]);
        return r;
    }
    return obj_getattr(t, args[0], ref_obj(args[1]));
}

FN(builtin_hasattr) {
    if (!args_count(t, "hasattr", nargs, kw, 2, 2)) return REF_NULL;
    if (!str_check(args[1])) return err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    int r = obj_hasattr(t, args[0], ref_obj(args[1]));
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

FN(builtin_setattr) {
    if (!args_count(t, "setattr", nargs, kw, 3, 3)) return REF_NULL;
    if (!str_check(args[1]))
        return err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    return obj_setattr(t, args[0], ref_obj(args[1]), args[2]) < 0 ? REF_NULL : REF_NONE;
}

FN(builtin_delattr) {
    if (!args_count(t, "delattr", nargs, kw, 2, 2)) return REF_NULL;
    if (!str_check(args[1]))
        return err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    return obj_delattr(t, args[0], ref_obj(args[1])) < 0 ? REF_NULL : REF_NONE;
}

FN(builtin_hash) {
    if (!args_one(t, "hash", nargs, kw)) return REF_NULL;
    int64_t h = obj_hash(t, args[0]);
    if (h == -1 && err_occurred(t)) return REF_NULL;
    return int_from_i64(t, h);
}

/* id(): an object's address; a small int's tagged word, which is odd and so never
 * collides with an object's (aligned) address. */
FN(builtin_id) {
    if (!args_one(t, "id", nargs, kw)) return REF_NULL;
    Ref v = args[0];
    uintptr_t bits = ref_is_int(v) ? (uintptr_t)ref_int(v) * 2 + 1 : (uintptr_t)ref_obj(v);
    return int_from_u64(t, bits);
}

FN(builtin_isinstance) {
    if (!args_count(t, "isinstance", nargs, kw, 2, 2)) return REF_NULL;
    int r = obj_isinstance(t, args[0], args[1]);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

FN(builtin_issubclass) {
    if (!args_count(t, "issubclass", nargs, kw, 2, 2)) return REF_NULL;
    int r = obj_issubclass(t, args[0], args[1]);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

FN(builtin_len) {
    if (!args_one(t, "len", nargs, kw)) return REF_NULL;
    intptr_t n = obj_len(t, args[0]);
    return n < 0 ? REF_NULL : int_from_i64(t, n);
}

FN(builtin_pow) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    static const ArgSpec spec = {"pow", names, 2, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (ref_is_null(a[2]) || ref_is_none(a[2])) return obj_binop(t, a[0], a[1], NB_POWER);
    return obj_power3(t, a[0], a[1], a[2]);
}

FN(builtin_round) {
    static const char *const names[] = {"number", "ndigits", NULL};
    static const ArgSpec spec = {"round", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    Ref meth = obj_lookup_special(t, a[0], ID(__round__));
    if (ref_is_null(meth)) {
        if (err_occurred(t)) return REF_NULL;
        return err_format(t, &exc_TypeError, "type %s doesn't define __round__ method", type_name(ref_type(a[0])));
    }
    Ref r = (ref_is_null(a[1]) || ref_is_none(a[1])) ? obj_call0(t, meth) : obj_call1(t, meth, a[1]);
    ref_close(meth);
    return r;
}

static int write_str(Thread *t, Ref file, Ref s) {
    Ref r = obj_call_method(t, file, ID(write), &s, 1);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

FN(builtin_print) {
    /* print(*objects, sep=' ', end='\n', file=None, flush=False) */
    Ref sep = REF_NULL, end = REF_NULL, file = REF_NULL, flush = REF_NULL;
    intptr_t nkw = kw ? tuple_size(kw) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        Object *k = ref_obj(tuple_get(kw, i));
        Ref v = args[nargs + (size_t)i];
        if (str_eq_cstr(k, "sep")) sep = v;
        else if (str_eq_cstr(k, "end")) end = v;
        else if (str_eq_cstr(k, "file")) file = v;
        else if (str_eq_cstr(k, "flush")) flush = v;
        else return err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (!ref_is_null(sep) && !ref_is_none(sep) && !str_check(sep))
        return err_format(t, &exc_TypeError, "sep must be None or a string, not %T", sep);
    if (!ref_is_null(end) && !ref_is_none(end) && !str_check(end))
        return err_format(t, &exc_TypeError, "end must be None or a string, not %T", end);
    Ref out = file;
    if (ref_is_null(out) || ref_is_none(out)) {
        Object *so = sys_get(t, "stdout");
        if (!so || ref_is_none(ref_from_obj(so))) return REF_NONE;
        out = ref_from_obj(so);
    }
    ref_dup(out); /* the stream must outlive a write that rebinds sys.stdout */
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            Ref s = (ref_is_null(sep) || ref_is_none(sep)) ? REF_NULL : sep;
            int rc;
            if (ref_is_null(s)) {
                Object *sp = str_from_cstr(t, " ");
                rc = sp ? write_str(t, out, ref_from_obj(sp)) : -1;
                obj_xdecref(sp);
            } else {
                rc = write_str(t, out, s);
            }
            if (rc < 0) goto fail;
        }
        Ref s = str_check_exact(args[i]) ? ref_dup(args[i]) : obj_str(t, args[i]);
        if (ref_is_null(s)) goto fail;
        int rc = write_str(t, out, s);
        ref_close(s);
        if (rc < 0) goto fail;
    }
    if (ref_is_null(end) || ref_is_none(end)) {
        Object *nl = str_from_cstr(t, "\n");
        int rc = nl ? write_str(t, out, ref_from_obj(nl)) : -1;
        obj_xdecref(nl);
        if (rc < 0) goto fail;
    } else if (write_str(t, out, end) < 0) {
        goto fail;
    }
    if (!ref_is_null(flush)) {
        int f = obj_truthy(t, flush);
        if (f < 0) goto fail;
        if (f) {
            Ref r = obj_call_method(t, out, ID(flush), NULL, 0);
            if (ref_is_null(r)) goto fail;
            ref_close(r);
        }
    }
    ref_close(out);
    return REF_NONE;
fail:
    ref_close(out);
    return REF_NULL;
}

FN(builtin_input) {
    if (!args_count(t, "input", nargs, kw, 0, 1)) return REF_NULL;
    Object *out = sys_get(t, "stdout"), *in = sys_get(t, "stdin");
    if (!in || ref_is_none(ref_from_obj(in))) return err_set(t, &exc_RuntimeError, "input(): lost sys.stdin");
    if (nargs == 1 && out) {
        Ref p = obj_str(t, args[0]);
        if (ref_is_null(p)) return REF_NULL;
        int rc = write_str(t, ref_from_obj(out), p);
        ref_close(p);
        if (rc < 0) return REF_NULL;
    }
    if (out) {
        Ref r = obj_call_method(t, ref_from_obj(out), ID(flush), NULL, 0);
        if (ref_is_null(r)) return REF_NULL;
        ref_close(r);
    }
    Ref line = obj_call_method(t, ref_from_obj(in), ID(readline), NULL, 0);
    if (ref_is_null(line)) return REF_NULL;
    if (!str_check(line)) {
        ref_close(line);
        return err_set(t, &exc_TypeError, "object.readline() returned non-string");
    }
    Object *s = ref_obj(line);
    intptr_t n = STR(s)->length;
    if (n == 0) {
        ref_close(line);
        return err_set(t, &exc_EOFError, "EOF when reading a line");
    }
    if (str_char_at(s, n - 1) == '\n') {
        Object *trimmed = str_substr(t, s, 0, n - 1);
        ref_close(line);
        return ref_from_obj(trimmed);
    }
    return line;
}

FN(builtin_breakpoint) { return REF_NONE; }

FN(builtin_help) {
    Object *out = sys_get(t, "stdout");
    if (!out) return REF_NONE;
    Object *s = str_from_cstr(t, nargs ? "No interactive help is available in Spry yet.\n"
                                       : "Type help(object) for help about object.\n");
    int rc = s ? write_str(t, ref_from_obj(out), ref_from_obj(s)) : -1;
    obj_xdecref(s);
    return rc < 0 ? REF_NULL : REF_NONE;
}

/* exit()/quit(): as the site module's Quitter, they close stdin and raise SystemExit. */
FN(builtin_exit) {
    if (!args_count(t, "exit", nargs, kw, 0, 1)) return REF_NULL;
    Ref exc = exc_new(t, &exc_SystemExit, args, nargs);
    return ref_is_null(exc) ? REF_NULL : err_raise(t, exc);
}

static const MethodDef builtin_methods[] = {
    {"abs", builtin_abs, 0, "Return the absolute value of the argument."},
    {"ascii", builtin_ascii, 0, NULL},
    {"bin", builtin_bin, 0, NULL},
    {"breakpoint", builtin_breakpoint, 0, NULL},
    {"callable", builtin_callable, 0, NULL},
    {"chr", builtin_chr, 0, NULL},
    {"delattr", builtin_delattr, 0, NULL},
    {"divmod", builtin_divmod, 0, NULL},
    {"format", builtin_format, 0, NULL},
    {"getattr", builtin_getattr, 0, NULL},
    {"hasattr", builtin_hasattr, 0, NULL},
    {"hash", builtin_hash, 0, NULL},
    {"help", builtin_help, 0, NULL},
    {"hex", builtin_hex, 0, NULL},
    {"id", builtin_id, 0, NULL},
    {"input", builtin_input, 0, NULL},
    {"isinstance", builtin_isinstance, 0, NULL},
    {"issubclass", builtin_issubclass, 0, NULL},
    {"len", builtin_len, 0, "Return the number of items in a container."},
    {"oct", builtin_oct, 0, NULL},
    {"ord", builtin_ord, 0, NULL},
    {"pow", builtin_pow, 0, NULL},
    {"print", builtin_print, 0, NULL},
    {"repr", builtin_repr, 0, NULL},
    {"round", builtin_round, 0, NULL},
    {"setattr", builtin_setattr, 0, NULL},
    {"exit", builtin_exit, 0, NULL},
    {"quit", builtin_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* What site.py adds to builtins in CPython: the frozen module _sitebuiltins's objects,
 * from its build-time code image (compiling it here was a tenth of start-up). */
int builtins_add_site_objects(Thread *t) {
    Object *b = t->interp->builtins;
    Object *g = dict_new(t);
    if (!g) return -1;
    int rc = -1;
    Object *name = str_from_cstr(t, "_sitebuiltins");
    Ref help_fn = dict_get_cstr(t, b, "help");
    if (!name || ref_is_null(help_fn) || dict_set_str(t, g, ID(__name__), ref_from_obj(name)) < 0 ||
        dict_set_cstr(t, g, "__builtins__", ref_from_obj(b)) < 0 || dict_set_cstr(t, g, "_help", help_fn) < 0)
        goto done;
    Object *code = import_frozen_code(t, "_sitebuiltins");
    if (!code) goto done;
    Ref r = eval_code(t, code, g, g);
    obj_decref(code);
    if (ref_is_null(r)) goto done;
    ref_close(r);
    static const char *const names[] = {"exit", "quit", "help", "copyright", "credits", "license"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        Ref v = dict_get_cstr(t, g, names[i]);
        if (ref_is_null(v)) goto done;
        int e = dict_set_cstr(t, b, names[i], v);
        ref_close(v);
        if (e < 0) goto done;
    }
    rc = 0;
done:
    ref_close(help_fn);
    obj_xdecref(name);
    obj_decref(g);
    return rc;
}

static const struct {
    const char *name;
    Type *type;
} builtin_types[] = {
    {"bool", &bool_type}, {"bytearray", &bytearray_type}, {"bytes", &bytes_type},
    {"classmethod", &classmethod_type}, {"complex", &complex_type}, {"dict", &dict_type},
    {"enumerate", &enumerate_type}, {"filter", &filter_type}, {"float", &float_type},
    {"frozenset", &frozenset_type}, {"int", &int_type}, {"list", &list_type},
    {"map", &map_type}, {"memoryview", &memoryview_type}, {"object", &object_type},
    {"property", &property_type}, {"range", &range_type}, {"reversed", &reversed_type},
    {"set", &set_type}, {"slice", &slice_type}, {"staticmethod", &staticmethod_type},
    {"str", &str_type}, {"super", &super_type}, {"tuple", &tuple_type}, {"type", &type_type},
    {"zip", &zip_type},
#define EXC(name, base, layout) {#name, &exc_##name},
#include "objects/exceptions.def"
#undef EXC
    {"EnvironmentError", &exc_OSError}, {"IOError", &exc_OSError},
};

Object *builtins_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "builtins");
    if (!m) return NULL;
    if (module_add_functions(t, m, builtin_methods) < 0 || builtins_exec_add(t, m) < 0 ||
        builtins_iter_add(t, m) < 0 || io_builtins_add(t, m) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (module_add_ref(t, m, builtin_types[i].name, ref_immortal(builtin_types[i].type)) < 0) goto fail;
    if (module_add_ref(t, m, "None", REF_NONE) < 0 || module_add_ref(t, m, "True", REF_TRUE) < 0 ||
        module_add_ref(t, m, "False", REF_FALSE) < 0 || module_add_ref(t, m, "Ellipsis", REF_ELLIPSIS) < 0 ||
        module_add_ref(t, m, "NotImplemented", REF_NOTIMPLEMENTED) < 0 ||
        module_add_ref(t, m, "__debug__", REF_TRUE) < 0)
        goto fail;
    return m;
fail:
    obj_decref(m);
    return NULL;
}
