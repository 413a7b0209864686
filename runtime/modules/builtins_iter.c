/* Builtins that consume iterables: all, any, iter, next, aiter, anext, min, max, sum,
 * sorted. */
#include <math.h>

#include "modules/builtins.h"
#include "modules/modules.h"
#include "vm/anext_awaitable.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

static Ref all_any(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, bool want) {
    if (!args_one(t, fname, nargs, kw)) return REF_NULL;
    Ref it = obj_iter(t, args[0]);
    if (ref_is_null(it)) return REF_NULL;
    Ref item;
    while (!ref_is_null(item = obj_next(t, it))) {
        int b = obj_truthy(t, item);
        ref_close(item);
        if (b < 0) {
            ref_close(it);
            return REF_NULL;
        }
        if (b == want) {
            ref_close(it);
            return ref_from_bool(want);
        }
    }
    ref_close(it);
    return err_occurred(t) ? REF_NULL : ref_from_bool(!want);
}

FN(builtin_all) { return all_any(t, "all", args, nargs, kw, false); }
FN(builtin_any) { return all_any(t, "any", args, nargs, kw, true); }

FN(builtin_iter) {
    if (!args_count(t, "iter", nargs, kw, 1, 2)) return REF_NULL;
    if (nargs == 1) return obj_iter(t, args[0]);
    if (!obj_callable(args[0])) return err_set(t, &exc_TypeError, "iter(v, w): v must be callable");
    return ref_from_obj(callable_iter_new(t, args[0], args[1]));
}

FN(builtin_next) {
    if (!args_count(t, "next", nargs, kw, 1, 2)) return REF_NULL;
    Ref it = args[0];
    IterNextFn fn = ref_type(it)->iternext;
    if (!fn) return err_format(t, &exc_TypeError, "'%T' object is not an iterator", it);
    Ref r = fn(t, it);
    if (!ref_is_null(r)) return r;
    if (err_occurred(t)) {
        if (nargs == 2 && err_matches(t, &exc_StopIteration)) {
            err_clear(t);
            return ref_dup(args[1]);
        }
        return REF_NULL;
    }
    if (nargs == 2) return ref_dup(args[1]);
    Ref exc = exc_new(t, &exc_StopIteration, NULL, 0);
    return ref_is_null(exc) ? REF_NULL : err_raise(t, exc);
}

FN(builtin_aiter) {
    if (!args_one(t, "aiter", nargs, kw)) return REF_NULL;
    Ref meth = obj_lookup_special(t, args[0], ID(__aiter__));
    if (ref_is_null(meth)) {
        if (err_occurred(t)) return REF_NULL;
        return err_format(t, &exc_TypeError, "'%T' object is not an async iterable", args[0]);
    }
    Ref r = obj_call0(t, meth);
    ref_close(meth);
    return r;
}

FN(builtin_anext) {
    if (!args_count(t, "anext", nargs, kw, 1, 2)) return REF_NULL;
    Ref meth = obj_lookup_special(t, args[0], ID(__anext__));
    if (ref_is_null(meth)) {
        if (err_occurred(t)) return REF_NULL;
        return err_format(t, &exc_TypeError, "'%T' object is not an async iterator", args[0]);
    }
    Ref r = obj_call0(t, meth);
    ref_close(meth);
    if (nargs == 1 || ref_is_null(r))
        return r;
    Ref wrapper = anext_awaitable_new(t, r, args[1]);
    ref_close(r);
    return wrapper;
}

/* Is k better than best for min()/max()? Two small ints compare without a call. */
static inline int min_max_better(Thread *t, Ref k, Ref best, int op) {
    if (ref_is_int(k) && ref_is_int(best))
        return op == CMP_LT ? ref_int(k) < ref_int(best) : ref_int(k) > ref_int(best);
    return obj_richcompare_bool(t, k, best, op);
}

/* min()/max() without a key over the arguments, or over the items of one exact list or
 * tuple (read by index, as its iterator would: a comparison may change the list). The
 * result, or REF_NULL with an exception, or REF_NULL with none for an empty list. */
static Ref min_max_items(Thread *t, const Ref *args, size_t nargs, int op) {
    Object *seq = nargs == 1 ? ref_obj(args[0]) : NULL;
    bool is_list = seq && list_check_exact(args[0]);
    Ref best = REF_NULL;
    for (intptr_t i = 0;; i++) {
        Ref item;
        if (!seq) {
            if ((size_t)i >= nargs) break;
            item = ref_dup(args[i]);
        } else if (is_list) {
            if (i >= list_size(seq)) break;
            item = ref_dup(list_items(seq)[i]);
        } else {
            if (i >= tuple_size(seq)) break;
            item = ref_dup(tuple_items(seq)[i]);
        }
        if (ref_is_null(best)) {
            best = item;
            continue;
        }
        int better = min_max_better(t, item, best, op);
        if (better < 0) {
            ref_close(item);
            ref_close(best);
            return REF_NULL;
        }
        if (better) REF_SETREF(best, item);
        else ref_close(item);
    }
    return best;
}

/* min()/max(): `op` is CMP_LT for min, CMP_GT for max. */
static Ref min_max(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, int op) {
    Ref key = REF_NULL, dflt = REF_NULL;
    intptr_t nkw = kw ? tuple_size(kw) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        Object *k = ref_obj(tuple_get(kw, i));
        Ref v = args[nargs + (size_t)i];
        if (str_eq_cstr(k, "key")) key = v;
        else if (str_eq_cstr(k, "default")) dflt = v;
        else return err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, fname);
    }
    if (nargs == 0) return err_format(t, &exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (!ref_is_null(key) && ref_is_none(key)) key = REF_NULL;
    if (ref_is_null(key) && (nargs > 1 ? ref_is_null(dflt)
                                       : list_check_exact(args[0]) || tuple_check_exact(args[0]))) {
        Ref best = min_max_items(t, args, nargs, op);
        if (!ref_is_null(best) || err_occurred(t)) return best;
        if (!ref_is_null(dflt)) return ref_dup(dflt);
        return err_format(t, &exc_ValueError, "%s() arg is an empty sequence", fname);
    }
    Ref it;
    if (nargs == 1) {
        it = obj_iter(t, args[0]);
    } else {
        if (!ref_is_null(dflt))
            return err_format(t, &exc_TypeError,
                              "Cannot specify a default for %s() with multiple positional arguments", fname);
        Object *tup = tuple_from_array(t, args, (intptr_t)nargs);
        it = tup ? obj_iter(t, ref_from_obj(tup)) : REF_NULL;
        obj_xdecref(tup);
    }
    if (ref_is_null(it)) return REF_NULL;
    Ref best = REF_NULL, best_key = REF_NULL, item;
    while (!ref_is_null(item = obj_next(t, it))) {
        Ref k = ref_is_null(key) ? ref_dup(item) : obj_call1(t, key, item);
        if (ref_is_null(k)) {
            ref_close(item);
            goto fail;
        }
        if (ref_is_null(best)) {
            best = item;
            best_key = k;
            continue;
        }
        int better = obj_richcompare_bool(t, k, best_key, op);
        if (better < 0) {
            ref_close(item);
            ref_close(k);
            goto fail;
        }
        if (better) {
            REF_SETREF(best, item);
            REF_SETREF(best_key, k);
        } else {
            ref_close(item);
            ref_close(k);
        }
    }
    if (err_occurred(t)) goto fail;
    ref_close(it);
    ref_close(best_key);
    if (ref_is_null(best)) {
        if (!ref_is_null(dflt)) return ref_dup(dflt);
        return err_format(t, &exc_ValueError, "%s() arg is an empty sequence", fname);
    }
    return best;
fail:
    ref_close(it);
    ref_close(best);
    ref_close(best_key);
    return REF_NULL;
}

FN(builtin_min) { return min_max(t, "min", args, nargs, kw, CMP_LT); }
FN(builtin_max) { return min_max(t, "max", args, nargs, kw, CMP_GT); }

FN(builtin_sum) {
    static const char *const names[] = {"", "start", NULL};
    static const ArgSpec spec = {"sum", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    Ref start = ref_is_null(a[1]) ? ref_from_int(0) : a[1];
    if (str_check(start)) return err_set(t, &exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (bytes_check(start)) return err_set(t, &exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (ref_type_is(start, &bytearray_type))
        return err_set(t, &exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Ref it = obj_iter(t, a[0]);
    if (ref_is_null(it)) return REF_NULL;
    Ref total = ref_dup(start), item;
    /* Fast paths: small ints add without allocating; floats accumulate in a double. */
    while (!ref_is_null(item = obj_next(t, it))) {
        if (ref_is_int(total) && ref_is_int(item)) {
            int64_t s;
            if (!__builtin_add_overflow(ref_int(total), ref_int(item), &s) && ref_int_fits(s)) {
                total = ref_from_int(s);
                continue;
            }
        }
        if (float_check_exact(total) && (float_check_exact(item) || ref_is_int(item))) {
            double acc = float_value(total);
            ref_close(total);
            for (;;) {
                acc += float_check_exact(item) ? float_value(item) : (double)ref_int(item);
                ref_close(item);
                item = obj_next(t, it);
                if (ref_is_null(item) || !(float_check_exact(item) || ref_is_int(item))) break;
            }
            total = float_from_double(t, acc);
            if (ref_is_null(total) || ref_is_null(item)) {
                ref_close(item);
                if (ref_is_null(total)) goto fail;
                break;
            }
        }
        Ref next = obj_binop(t, total, item, NB_ADD);
        ref_close(item);
        ref_close(total);
        total = next;
        if (ref_is_null(total)) goto fail;
    }
    if (err_occurred(t)) {
        ref_close(total);
        goto fail;
    }
    ref_close(it);
    return total;
fail:
    ref_close(it);
    return REF_NULL;
}

FN(builtin_sorted) {
    if (nargs != 1) {
        if (nargs == 0) return err_set(t, &exc_TypeError, "sorted expected 1 argument, got 0");
        return err_format(t, &exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    }
    Ref key = REF_NULL;
    bool reverse = false;
    intptr_t nkw = kw ? tuple_size(kw) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        Object *k = ref_obj(tuple_get(kw, i));
        Ref v = args[nargs + (size_t)i];
        if (str_eq_cstr(k, "key")) {
            key = ref_is_none(v) ? REF_NULL : v;
        } else if (str_eq_cstr(k, "reverse")) {
            int b = obj_truthy(t, v);
            if (b < 0) return REF_NULL;
            reverse = b;
        } else {
            return err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for sort()", k);
        }
    }
    Object *lst = list_from_iterable(t, args[0]);
    if (!lst) return REF_NULL;
    if (list_sort(t, lst, key, reverse) < 0) {
        obj_decref(lst);
        return REF_NULL;
    }
    return ref_from_obj(lst);
}

static const MethodDef iter_methods[] = {
    {"aiter", builtin_aiter, 0, NULL},
    {"all", builtin_all, 0, NULL},
    {"anext", builtin_anext, 0, NULL},
    {"any", builtin_any, 0, NULL},
    {"iter", builtin_iter, 0, NULL},
    {"max", builtin_max, 0, NULL},
    {"min", builtin_min, 0, NULL},
    {"next", builtin_next, 0, NULL},
    {"sorted", builtin_sorted, 0, NULL},
    {"sum", builtin_sum, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int builtins_iter_add(Thread *t, Object *module) { return module_add_functions(t, module, iter_methods); }
