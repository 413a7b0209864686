/* The sys module. */
#include <float.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/io.h"
#include "modules/modules.h"
#include "objects/namespace.h"
#include "objects/structseq.h"
#include "vm/frame.h"
#include "vm/trace.h"
#include "spry.h"
#include "legacy/legacy_import.h"

#define SPRY_VERSION "0.1.0"

/* ---- struct sequences ------------------------------------------------------------------- */

static const MemberDef version_info_fields[] = {
    STRUCTSEQ_FIELD(0, "major", NULL), STRUCTSEQ_FIELD(1, "minor", NULL),
    STRUCTSEQ_FIELD(2, "micro", NULL), STRUCTSEQ_FIELD(3, "releaselevel", NULL),
    STRUCTSEQ_FIELD(4, "serial", NULL), {NULL, 0, 0, 0, NULL}};
Type sys_version_info_type = {STRUCTSEQ_TYPE_INIT("sys.version_info", version_info_fields)};

static const MemberDef float_info_fields[] = {
    STRUCTSEQ_FIELD(0, "max", NULL), STRUCTSEQ_FIELD(1, "max_exp", NULL),
    STRUCTSEQ_FIELD(2, "max_10_exp", NULL), STRUCTSEQ_FIELD(3, "min", NULL),
    STRUCTSEQ_FIELD(4, "min_exp", NULL), STRUCTSEQ_FIELD(5, "min_10_exp", NULL),
    STRUCTSEQ_FIELD(6, "dig", NULL), STRUCTSEQ_FIELD(7, "mant_dig", NULL),
    STRUCTSEQ_FIELD(8, "epsilon", NULL), STRUCTSEQ_FIELD(9, "radix", NULL),
    STRUCTSEQ_FIELD(10, "rounds", NULL), {NULL, 0, 0, 0, NULL}};
Type sys_float_info_type = {STRUCTSEQ_TYPE_INIT("sys.float_info", float_info_fields)};

static const MemberDef int_info_fields[] = {
    STRUCTSEQ_FIELD(0, "bits_per_digit", NULL), STRUCTSEQ_FIELD(1, "sizeof_digit", NULL),
    STRUCTSEQ_FIELD(2, "default_max_str_digits", NULL),
    STRUCTSEQ_FIELD(3, "str_digits_check_threshold", NULL), {NULL, 0, 0, 0, NULL}};
Type sys_int_info_type = {STRUCTSEQ_TYPE_INIT("sys.int_info", int_info_fields)};

static const MemberDef hash_info_fields[] = {
    STRUCTSEQ_FIELD(0, "width", NULL), STRUCTSEQ_FIELD(1, "modulus", NULL),
    STRUCTSEQ_FIELD(2, "inf", NULL), STRUCTSEQ_FIELD(3, "nan", NULL),
    STRUCTSEQ_FIELD(4, "imag", NULL), STRUCTSEQ_FIELD(5, "algorithm", NULL),
    STRUCTSEQ_FIELD(6, "hash_bits", NULL), STRUCTSEQ_FIELD(7, "seed_bits", NULL),
    STRUCTSEQ_FIELD(8, "cutoff", NULL), {NULL, 0, 0, 0, NULL}};
Type sys_hash_info_type = {STRUCTSEQ_TYPE_INIT("sys.hash_info", hash_info_fields)};

/* sys.flags: the 18 fields below, all 0 for now. */
#define NFLAGS 18
static const MemberDef flags_fields[] = {
    STRUCTSEQ_FIELD(0, "debug", NULL), STRUCTSEQ_FIELD(1, "inspect", NULL),
    STRUCTSEQ_FIELD(2, "interactive", NULL), STRUCTSEQ_FIELD(3, "optimize", NULL),
    STRUCTSEQ_FIELD(4, "dont_write_bytecode", NULL), STRUCTSEQ_FIELD(5, "no_user_site", NULL),
    STRUCTSEQ_FIELD(6, "no_site", NULL), STRUCTSEQ_FIELD(7, "ignore_environment", NULL),
    STRUCTSEQ_FIELD(8, "verbose", NULL), STRUCTSEQ_FIELD(9, "bytes_warning", NULL),
    STRUCTSEQ_FIELD(10, "quiet", NULL), STRUCTSEQ_FIELD(11, "hash_randomization", NULL),
    STRUCTSEQ_FIELD(12, "isolated", NULL), STRUCTSEQ_FIELD(13, "dev_mode", NULL),
    STRUCTSEQ_FIELD(14, "utf8_mode", NULL), STRUCTSEQ_FIELD(15, "warn_default_encoding", NULL),
    STRUCTSEQ_FIELD(16, "safe_path", NULL), STRUCTSEQ_FIELD(17, "int_max_str_digits", NULL),
    {NULL, 0, 0, 0, NULL}};
Type sys_flags_type = {STRUCTSEQ_TYPE_INIT("sys.flags", flags_fields)};

static const MemberDef unraisable_hook_args_fields[] = {
    STRUCTSEQ_FIELD(0, "exc_type", NULL), STRUCTSEQ_FIELD(1, "exc_value", NULL),
    STRUCTSEQ_FIELD(2, "exc_traceback", NULL), STRUCTSEQ_FIELD(3, "err_msg", NULL),
    STRUCTSEQ_FIELD(4, "object", NULL), {NULL, 0, 0, 0, NULL}};
Type sys_unraisable_hook_args_type = {STRUCTSEQ_TYPE_INIT("UnraisableHookArgs", unraisable_hook_args_fields)};

/* ---- functions ------------------------------------------------------------------------------ */

static Ref sys_exit(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "exit", nargs, kw, 0, 1)) return REF_NULL;
    /* As raising SystemExit with one value: None means no args, a tuple is the args. */
    Ref exc;
    if (nargs == 0 || ref_is_none(args[0])) exc = exc_new(t, &exc_SystemExit, NULL, 0);
    else if (tuple_check_exact(args[0]))
        exc = exc_new(t, &exc_SystemExit, tuple_items(ref_obj(args[0])), (size_t)tuple_size(ref_obj(args[0])));
    else exc = exc_new(t, &exc_SystemExit, args, 1);
    return ref_is_null(exc) ? REF_NULL : err_raise(t, exc);
}

static Ref sys_getrecursionlimit(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "getrecursionlimit", nargs, kw)) return REF_NULL;
    return ref_from_int(t->interp->recursion_limit);
}

static Ref sys_setrecursionlimit(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "setrecursionlimit", nargs, kw)) return REF_NULL;
    if (!int_check(args[0]) || ref_type(args[0]) == &bool_type) {
        if (ref_type(args[0]) == &float_type)
            return err_set(t, &exc_TypeError, "'float' object cannot be interpreted as an integer");
        if (!int_check(args[0]))
            return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    }
    int overflow = 0;
    int64_t n = int_as_i64_overflow(args[0], &overflow);
    if (overflow || n > INT_MAX) return err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
    if (n < 1) return err_set(t, &exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= t->depth)
        return err_format(t, &exc_RecursionError,
                          "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                          (int)n, t->depth);
    t->interp->recursion_limit = (int)n;
    return REF_NONE;
}

static Ref sys_getrefcount(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "getrefcount", nargs, kw)) return REF_NULL;
    if (!ref_is_obj(args[0])) return int_from_i64(t, (int64_t)REFCNT_IMMORTAL);
    Object *o = ref_obj(args[0]);
    intptr_t n = o->ob_refcnt;
    if (obj_is_deferred(o) && !obj_is_immortal(o)) n -= REFCNT_DEFERRED;
    return int_from_i64(t, n + 1);
}

static Ref sys_getsizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"object", "default", NULL};
    static const ArgSpec spec = {"getsizeof", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    Ref meth = obj_lookup_special(t, a[0], ID(__sizeof__));
    if (ref_is_null(meth)) {
        if (err_occurred(t)) return REF_NULL;
        if (!ref_is_null(a[1])) return ref_dup(a[1]);
        return err_format(t, &exc_TypeError, "Type %N doesn't define __sizeof__", ref_type(a[0]));
    }
    Ref size = obj_call0(t, meth);
    ref_close(meth);
    if (ref_is_null(size)) {
        if (!ref_is_null(a[1]) && err_matches(t, &exc_TypeError)) {
            err_clear(t);
            return ref_dup(a[1]);
        }
        return REF_NULL;
    }
    if (ref_is_int(size) && ref_is_obj(a[0]) && type_has_flag(ref_type(a[0]), TPFLAG_HAVE_GC)) {
        Ref r = ref_from_int(ref_int(size) + (int64_t)sizeof(GCHeader));
        return r;
    }
    return size;
}

static Ref sys_intern(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "intern", nargs, kw)) return REF_NULL;
    if (!str_check_exact(args[0]))
        return err_format(t, &exc_TypeError, "intern() argument must be str, not %T", args[0]);
    obj_incref(ref_obj(args[0]));
    return ref_from_obj(str_intern(t, ref_obj(args[0])));
}

static Ref handled(Thread *t) {
    for (ExcInfo *e = t->exc_info; e; e = e->prev)
        if (!ref_is_null(e->exc) && !ref_is_none(e->exc)) return e->exc;
    return REF_NULL;
}

static Ref sys_exc_info(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "exc_info", nargs, kw)) return REF_NULL;
    Ref exc = handled(t);
    if (ref_is_null(exc)) return ref_from_obj(tuple_pack(t, 3, REF_NONE, REF_NONE, REF_NONE));
    Object *tb = EXC_OBJ(exc)->traceback;
    return ref_from_obj(tuple_pack(t, 3, ref_from_obj((Object *)ref_type(exc)), exc,
                                   tb ? ref_from_obj(tb) : REF_NONE));
}

static Ref sys_exception(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "exception", nargs, kw)) return REF_NULL;
    Ref exc = handled(t);
    return ref_is_null(exc) ? REF_NONE : ref_dup(exc);
}

static Ref sys_getframe(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "_getframe", nargs, kw, 0, 1)) return REF_NULL;
    intptr_t depth = 0;
    if (nargs && !arg_ssize(t, args[0], &depth)) return REF_NULL;
    Object *f = eval_frame_object(t, (int)depth);
    if (!f) return err_occurred(t) ? REF_NULL : err_set(t, &exc_ValueError, "call stack is not deep enough");
    return ref_from_obj(f);
}

static Ref sys_displayhook(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "displayhook", nargs, kw)) return REF_NULL;
    Ref v = args[0];
    if (ref_is_none(v)) return REF_NONE;
    Object *b = t->interp->builtins;
    Object *us = str_intern_cstr(t, "_");
    if (!us || dict_set_str(t, b, us, REF_NONE) < 0) {
        obj_xdecref(us);
        return REF_NULL;
    }
    Ref text = obj_repr(t, v);
    Object *out = sys_get(t, "stdout");
    if (ref_is_null(text) || !out) {
        obj_decref(us);
        ref_close(text);
        return ref_is_null(text) ? REF_NULL : err_set(t, &exc_RuntimeError, "lost sys.stdout");
    }
    Object *nl = str_from_cstr(t, "\n");
    Ref r1 = obj_call_method(t, ref_from_obj(out), ID(write), &text, 1);
    Ref r2 = ref_is_null(r1) || !nl ? REF_NULL : obj_call_method(t, ref_from_obj(out), ID(write), (Ref[]){ref_from_obj(nl)}, 1);
    ref_close(text);
    obj_xdecref(nl);
    ref_close(r1);
    if (ref_is_null(r2)) {
        obj_decref(us);
        return REF_NULL;
    }
    ref_close(r2);
    int rc = dict_set_str(t, b, us, v);
    obj_decref(us);
    return rc < 0 ? REF_NULL : REF_NONE;
}

static Ref sys_excepthook(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "excepthook", nargs, kw, 3, 3)) return REF_NULL;
    Ref v = args[1], tb = args[2];
    if (exc_check(v) && !EXC_OBJ(v)->traceback && ref_is_obj(tb) && !ref_is_none(tb) &&
        ref_type(tb) == &traceback_type) {
        obj_incref(ref_obj(tb));
        EXC_OBJ(v)->traceback = ref_obj(tb);
    }
    err_print_exception(t, ref_dup(v));
    return REF_NONE;
}

static Ref sys_unraisablehook(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "unraisablehook", nargs, kw)) return REF_NULL;
    if (ref_type(args[0]) != &sys_unraisable_hook_args_type)
        return err_set(t, &exc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    Object *a = ref_obj(args[0]);
    Ref exc = tuple_get(a, 1);
    if (ref_is_none(exc)) exc = tuple_get(a, 0);
    err_print_unraisable(t, exc, tuple_get(a, 3), tuple_get(a, 4));
    return REF_NONE;
}

static Ref sys_const_str(Thread *t, const char *s, const char *fname, size_t nargs, Object *kw) {
    if (!args_none(t, fname, nargs, kw)) return REF_NULL;
    return ref_from_obj(str_from_cstr(t, s));
}

static Ref sys_getdefaultencoding(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return sys_const_str(t, "utf-8", "getdefaultencoding", nargs, kw);
}

static Ref sys_getfilesystemencoding(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return sys_const_str(t, "utf-8", "getfilesystemencoding", nargs, kw);
}

static Ref sys_getfilesystemencodeerrors(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return sys_const_str(t, "surrogateescape", "getfilesystemencodeerrors", nargs, kw);
}

static Ref sys_settrace(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "settrace", nargs, kw)) return REF_NULL;
    return trace_set(t, args[0], false) < 0 ? REF_NULL : REF_NONE;
}

static Ref sys_gettrace(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "gettrace", nargs, kw)) return REF_NULL;
    return trace_get(t, false);
}

static Ref sys_setprofile(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "setprofile", nargs, kw)) return REF_NULL;
    return trace_set(t, args[0], true) < 0 ? REF_NULL : REF_NONE;
}

static Ref sys_getprofile(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "getprofile", nargs, kw)) return REF_NULL;
    return trace_get(t, true);
}

static Ref sys_noop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) { return REF_NONE; }

static Ref sys_false(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "is_finalizing", nargs, kw)) return REF_NULL;
    return REF_FALSE;
}

static Ref sys_getswitchinterval(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "getswitchinterval", nargs, kw)) return REF_NULL;
    return float_from_double(t, (double)t->interp->switch_interval_us / 1e6);
}

static Ref sys_setswitchinterval(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "setswitchinterval", nargs, kw)) return REF_NULL;
    if (!int_check(args[0]) && !float_check(args[0]))
        return err_format(t, &exc_TypeError, "must be real number, not %T", args[0]);
    double d = float_as_double(t, args[0]);
    if (d == -1.0 && err_occurred(t)) return REF_NULL;
    if (!(d > 0)) return err_set(t, &exc_ValueError, "switch interval must be strictly positive");
    double us = d * 1e6;
    t->interp->switch_interval_us = us > 1e12 ? (long)1e12 : (long)us;
    return REF_NONE;
}

static Ref sys_get_int_max_str_digits(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "get_int_max_str_digits", nargs, kw)) return REF_NULL;
    return ref_from_int(t->interp->int_max_str_digits);
}

static Ref sys_set_int_max_str_digits(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"maxdigits", NULL};
    static const ArgSpec spec = {"set_int_max_str_digits", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    intptr_t n;
    if (!arg_ssize(t, a[0], &n)) return REF_NULL;
    if (n != 0 && n < 640)
        return err_set(t, &exc_ValueError, "maxdigits must be 0 or larger than 640");
    t->interp->int_max_str_digits = (int)n;
    return REF_NONE;
}

static const MethodDef sys_methods[] = {
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {"displayhook", sys_displayhook, 0, NULL},
    {"excepthook", sys_excepthook, 0, NULL},
    {"unraisablehook", sys_unraisablehook, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, NULL},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, NULL},
    {"settrace", sys_settrace, 0, NULL},
    {"gettrace", sys_gettrace, 0, NULL},
    {"setprofile", sys_setprofile, 0, NULL},
    {"getprofile", sys_getprofile, 0, NULL},
    {"audit", sys_noop, 0, NULL},
    {"addaudithook", sys_noop, 0, NULL},
    {"is_finalizing", sys_false, 0, NULL},
    {"getswitchinterval", sys_getswitchinterval, 0, NULL},
    {"setswitchinterval", sys_setswitchinterval, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- module creation --------------------------------------------------------------------- */

static int add(Thread *t, Object *m, const char *name, Ref v) {
    if (ref_is_null(v)) return -1;
    int r = module_add_ref(t, m, name, v);
    ref_close(v);
    return r;
}

static Ref cstr(Thread *t, const char *s) { return ref_from_obj(str_from_cstr(t, s)); }

static Ref make_structseq(Thread *t, Type *type, Ref *vals, int n) {
    Object *o = structseq_new(t, type, vals);
    for (int i = 0; i < n; i++) ref_close(vals[i]);
    return ref_from_obj(o);
}

static Ref make_version_info(Thread *t) {
    Ref v[5] = {ref_from_int(3), ref_from_int(11), ref_from_int(7), cstr(t, "final"), ref_from_int(0)};
    return make_structseq(t, &sys_version_info_type, v, 5);
}

static Ref make_float_info(Thread *t) {
    Ref v[11] = {float_from_double(t, DBL_MAX), ref_from_int(DBL_MAX_EXP), ref_from_int(DBL_MAX_10_EXP),
                 float_from_double(t, DBL_MIN), ref_from_int(DBL_MIN_EXP), ref_from_int(DBL_MIN_10_EXP),
                 ref_from_int(DBL_DIG), ref_from_int(DBL_MANT_DIG), float_from_double(t, DBL_EPSILON),
                 ref_from_int(FLT_RADIX), ref_from_int(FLT_ROUNDS)};
    return make_structseq(t, &sys_float_info_type, v, 11);
}

static Ref make_int_info(Thread *t) {
    Ref v[4] = {ref_from_int(30), ref_from_int(4), ref_from_int(4300), ref_from_int(640)};
    return make_structseq(t, &sys_int_info_type, v, 4);
}

static Ref make_hash_info(Thread *t) {
    Ref v[9] = {ref_from_int(64), ref_from_int(((int64_t)1 << 61) - 1), ref_from_int(314159), ref_from_int(0),
                ref_from_int(1000003), cstr(t, "siphash13"), ref_from_int(64), ref_from_int(128),
                ref_from_int(0)};
    return make_structseq(t, &sys_hash_info_type, v, 9);
}

static Ref make_flags(Thread *t) {
    Ref v[NFLAGS];
    for (size_t i = 0; i < NFLAGS; i++) v[i] = ref_from_int(0);
    /* hash_randomization stays 0: string hashes use a fixed key (docs/DIFFERENCES.md) */
    v[17] = ref_from_int(-1);     /* int_max_str_digits: default */
    return make_structseq(t, &sys_flags_type, v, (int)NFLAGS);
}

static Ref make_implementation(Thread *t) {
    Object *ns = namespace_new(t);
    if (!ns) return REF_NULL;
    Ref vi = make_version_info(t);
    Ref name = cstr(t, "spry"), tag = REF_NONE;
    int rc = (ref_is_null(vi) || ref_is_null(name)) ? -1 : 0;
    if (rc == 0) rc = dict_set_cstr(t, namespace_dict(ns), "name", name);
    if (rc == 0) rc = dict_set_cstr(t, namespace_dict(ns), "cache_tag", tag);
    if (rc == 0) rc = dict_set_cstr(t, namespace_dict(ns), "version", vi);
    if (rc == 0) rc = dict_set_cstr(t, namespace_dict(ns), "hexversion", ref_from_int(0x030B07F0));
    if (rc == 0) rc = dict_set_cstr(t, namespace_dict(ns), "_multiarch", cstr(t, "x86_64-linux-gnu"));
    ref_close(vi);
    ref_close(name);
    if (rc < 0) {
        obj_decref(ns);
        return REF_NULL;
    }
    return ref_from_obj(ns);
}

static Ref make_builtin_module_names(Thread *t) {
    static const char *const names[] = {
        "builtins", "sys",
#define BUILTIN_MODULE(name, fn) #name,
#include "modules/builtin_modules.def"
#undef BUILTIN_MODULE
    };
    size_t n = sizeof names / sizeof names[0];
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    for (size_t i = 0; i < n; i++) {
        Ref s = cstr(t, names[i]);
        if (ref_is_null(s) || list_append_steal(t, lst, s) < 0) {
            obj_decref(lst);
            return REF_NULL;
        }
    }
    for (size_t i = 0; legacy_inittab_name(i); i++) {  /* PyImport_AppendInittab's */
        Ref s = cstr(t, legacy_inittab_name(i));
        if (ref_is_null(s) || list_append_steal(t, lst, s) < 0) {
            obj_decref(lst);
            return REF_NULL;
        }
    }
    if (list_sort(t, lst, REF_NULL, false) < 0) {
        obj_decref(lst);
        return REF_NULL;
    }
    Object *tup = list_as_tuple(t, lst);
    obj_decref(lst);
    return ref_from_obj(tup);
}

static Ref make_executable(Thread *t) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) return cstr(t, "");
    buf[n] = '\0';
    return cstr(t, buf);
}

static Ref make_prefix(Thread *t) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) return cstr(t, "/usr/local");
    buf[n] = '\0';
    for (int i = 0; i < 2; i++) {
        char *slash = strrchr(buf, '/');
        if (slash) *slash = '\0';
    }
    return cstr(t, buf[0] ? buf : "/");
}

int sys_set_xoptions(Thread *t, int n, const char *const *opts) {
    Object *d = dict_new(t);
    if (!d) return -1;
    for (int i = 0; i < n; i++) {
        const char *opt = opts[i];
        const char *eq = strchr(opt, '=');
        Object *key = str_from_utf8(t, opt, eq ? eq - opt : (intptr_t)strlen(opt));
        Ref val = eq ? cstr(t, eq + 1) : REF_TRUE;
        int rc = key && !ref_is_null(val) ? dict_set(t, d, ref_from_obj(key), val) : -1;
        obj_xdecref(key);
        ref_close(val);
        if (rc < 0) {
            obj_decref(d);
            return -1;
        }
    }
    int rc = dict_set_cstr(t, t->interp->sysdict, "_xoptions", ref_from_obj(d));
    obj_decref(d);
    return rc;
}

static int append_warnoption(Thread *t, Object *list, const char *s, size_t n) {
    Object *opt = str_from_utf8(t, s, (intptr_t)n);
    if (!opt) return -1;
    int rc = list_append(t, list, ref_from_obj(opt));
    obj_decref(opt);
    return rc;
}

int sys_set_warnoptions(Thread *t, const char *env, int n, const char *const *opts) {
    Object *list = sys_get(t, "warnoptions");
    if (!list || !list_check(ref_from_obj(list))) return 0;
    for (const char *s = env; s && *s;) {
        const char *comma = strchr(s, ',');
        size_t len = comma ? (size_t)(comma - s) : strlen(s);
        if (len && append_warnoption(t, list, s, len) < 0) return -1;
        s += len + (comma != NULL);
    }
    for (int i = 0; i < n; i++)
        if (append_warnoption(t, list, opts[i], strlen(opts[i])) < 0) return -1;
    return 0;
}

int sys_set_unbuffered(Thread *t) {
    Ref sys = dict_get_cstr(t, t->interp->modules, "sys");
    if (ref_is_null(sys)) return err_occurred(t) ? -1 : 0;
    int rc = io_install_std_streams(t, ref_obj(sys), true);
    ref_close(sys);
    return rc;
}

Object *sys_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "sys");
    if (!m) return NULL;
    ((Module *)m)->is_builtin = true;
    if (module_add_functions(t, m, sys_methods) < 0) goto fail;
    t->interp->sysdict = module_dict(m);
    if (t->interp->int_max_str_digits == 0) t->interp->int_max_str_digits = 4300;
    Ref path = ref_from_obj(list_new(t, 0));
    if (add(t, m, "path", path) < 0 ||
        module_add_ref(t, m, "modules", ref_from_obj(t->interp->modules)) < 0 ||
        add(t, m, "argv", ref_from_obj(list_new(t, 0))) < 0 ||
        add(t, m, "orig_argv", ref_from_obj(list_new(t, 0))) < 0 ||
        add(t, m, "meta_path", ref_from_obj(list_new(t, 0))) < 0 ||
        add(t, m, "path_hooks", ref_from_obj(list_new(t, 0))) < 0 ||
        add(t, m, "path_importer_cache", ref_from_obj(dict_new(t))) < 0 ||
        add(t, m, "warnoptions", ref_from_obj(list_new(t, 0))) < 0 ||
        add(t, m, "_xoptions", ref_from_obj(dict_new(t))) < 0 ||
        add(t, m, "version", cstr(t, "3.11.7 (main, Spry " SPRY_VERSION ") [GCC]")) < 0 ||
        add(t, m, "version_info", make_version_info(t)) < 0 ||
        add(t, m, "hexversion", ref_from_int(0x030B07F0)) < 0 ||
        add(t, m, "api_version", ref_from_int(1013)) < 0 ||
        add(t, m, "implementation", make_implementation(t)) < 0 ||
        add(t, m, "platform", cstr(t, "linux")) < 0 ||
        add(t, m, "byteorder", cstr(t, "little")) < 0 ||
        add(t, m, "maxsize", int_from_i64(t, INT64_MAX)) < 0 ||
        add(t, m, "maxunicode", ref_from_int(0x10FFFF)) < 0 ||
        add(t, m, "float_info", make_float_info(t)) < 0 ||
        add(t, m, "int_info", make_int_info(t)) < 0 ||
        add(t, m, "hash_info", make_hash_info(t)) < 0 ||
        add(t, m, "flags", make_flags(t)) < 0 ||
        add(t, m, "float_repr_style", cstr(t, "short")) < 0 ||
        add(t, m, "builtin_module_names", make_builtin_module_names(t)) < 0 ||
        add(t, m, "executable", make_executable(t)) < 0 ||
        add(t, m, "_base_executable", make_executable(t)) < 0 ||
        add(t, m, "prefix", make_prefix(t)) < 0 ||
        add(t, m, "base_prefix", make_prefix(t)) < 0 ||
        add(t, m, "exec_prefix", make_prefix(t)) < 0 ||
        add(t, m, "base_exec_prefix", make_prefix(t)) < 0 ||
        add(t, m, "platlibdir", cstr(t, "lib")) < 0 ||
        add(t, m, "abiflags", cstr(t, "")) < 0 ||
        add(t, m, "copyright", cstr(t, "Copyright (c) the Spry developers.")) < 0 ||
        module_add_ref(t, m, "dont_write_bytecode", REF_TRUE) < 0 ||
        module_add_ref(t, m, "pycache_prefix", REF_NONE) < 0)
        goto fail;
    /* The hooks as originally installed. */
    Ref dh = dict_get_cstr(t, module_dict(m), "displayhook");
    Ref eh = dict_get_cstr(t, module_dict(m), "excepthook");
    Ref uh = dict_get_cstr(t, module_dict(m), "unraisablehook");
    int rc = module_add_ref(t, m, "__displayhook__", dh) < 0 || module_add_ref(t, m, "__excepthook__", eh) < 0 ||
             module_add_ref(t, m, "__unraisablehook__", uh) < 0;
    ref_close(dh);
    ref_close(eh);
    ref_close(uh);
    if (rc) goto fail;
    return m;
fail:
    obj_decref(m);
    return NULL;
}

/* ---- used by the command line and the import system ------------------------------------- */

Object *sys_get(Thread *t, const char *name) {
    if (!t->interp->sysdict) return NULL;
    Ref r = dict_get_cstr(t, t->interp->sysdict, name);
    if (ref_is_null(r)) {
        err_clear(t);
        return NULL;
    }
    Object *o = ref_is_obj(r) ? ref_obj(r) : NULL;
    ref_close(r); /* borrowed: sys's dict keeps it alive */
    return o;
}

int sys_set_argv(Thread *t, int argc, char **argv, const char *path0) {
    Object *lst = list_new(t, 0);
    if (!lst) return -1;
    for (int i = 0; i < argc; i++) {
        Object *s = str_from_utf8(t, argv[i], (intptr_t)strlen(argv[i]));
        if (!s) {
            err_clear(t);
            s = str_from_latin1(t, argv[i], (intptr_t)strlen(argv[i]));
        }
        if (!s || list_append_steal(t, lst, ref_from_obj(s)) < 0) {
            obj_decref(lst);
            return -1;
        }
    }
    if (argc == 0) {
        Object *s = str_from_cstr(t, "");
        if (!s || list_append_steal(t, lst, ref_from_obj(s)) < 0) {
            obj_decref(lst);
            return -1;
        }
    }
    int rc = dict_set_cstr(t, t->interp->sysdict, "argv", ref_from_obj(lst));
    obj_decref(lst);
    if (rc < 0) return -1;
    Object *orig = list_new(t, 0);
    if (!orig) return -1;
    for (int i = 0; i < t->interp->argc; i++) {
        Object *s = str_from_utf8(t, t->interp->argv[i], (intptr_t)strlen(t->interp->argv[i]));
        if (!s || list_append_steal(t, orig, ref_from_obj(s)) < 0) {
            err_clear(t);
            break;
        }
    }
    dict_set_cstr(t, t->interp->sysdict, "orig_argv", ref_from_obj(orig));
    obj_decref(orig);
    Object *path = sys_get(t, "path");
    if (!path || !list_check(ref_from_obj(path))) return 0;
    Object *p0 = str_from_cstr(t, path0);
    if (!p0 || list_insert(t, path, 0, ref_from_obj(p0)) < 0) {
        obj_xdecref(p0);
        return -1;
    }
    obj_decref(p0);
    /* PYTHONPATH entries follow the script directory, as in CPython. */
    const char *env = getenv("PYTHONPATH");
    intptr_t at = 1;
    while (env && *env) {
        const char *colon = strchr(env, ':');
        size_t len = colon ? (size_t)(colon - env) : strlen(env);
        if (len) {
            Object *s = str_from_utf8(t, env, (intptr_t)len);
            if (!s || list_insert(t, path, at++, ref_from_obj(s)) < 0) {
                obj_xdecref(s);
                return -1;
            }
            obj_decref(s);
        }
        env = colon ? colon + 1 : NULL;
    }
    return 0;
}

void sys_flush_std_streams(Thread *t) {
    const char *names[] = {"stderr", "stdout"};
    Ref saved = err_fetch(t);
    for (int i = 1; i >= 0; i--) {
        Object *s = sys_get(t, names[i]);
        if (!s || ref_is_none(ref_from_obj(s))) continue;
        Ref r = obj_call_method(t, ref_from_obj(s), ID(flush), NULL, 0);
        if (ref_is_null(r)) err_clear(t);
        ref_close(r);
    }
    err_restore(t, saved);
}
