/* Argument binding for native functions, with CPython's messages. */
#include <string.h>

#include "spry.h"

bool args_no_kw(Thread *t, const char *fname, Object *kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) {
        err_format(t, &exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

bool args_count(Thread *t, const char *fname, size_t nargs, Object *kwnames, size_t min,
                size_t max) {
    if (!args_no_kw(t, fname, kwnames)) return false;
    if (nargs >= min && nargs <= max) return true;
    if (min == max)
        err_format(t, &exc_TypeError, "%s expected %zu argument%s, got %zu", fname, min,
                   min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        err_format(t, &exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname,
                   min, min == 1 ? "" : "s", nargs);
    else
        err_format(t, &exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname,
                   max, max == 1 ? "" : "s", nargs);
    return false;
}

bool args_none(Thread *t, const char *fname, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, fname, kwnames)) return false;
    if (nargs == 0) return true;
    err_format(t, &exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    return false;
}

bool args_one(Thread *t, const char *fname, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, fname, kwnames)) return false;
    if (nargs == 1) return true;
    err_format(t, &exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
}

static int count_params(const ArgSpec *spec) {
    int n = 0;
    while (spec->names[n]) n++;
    return n;
}

/* 3.11's wording for C functions, with the bare function name */
static bool bad_keyword(Thread *t, const char *fname, Object *name) {
    if (!fname) {
        err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for this function",
                   name);
        return false;
    }
    const char *dot = strrchr(fname, '.');
    err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", name,
               dot ? dot + 1 : fname);
    return false;
}

bool args_parse(Thread *t, const ArgSpec *spec, const Ref *args, size_t nargs,
                Object *kwnames, Ref *out) {
    int nparams = count_params(spec);
    int npos = spec->npositional < 0 ? nparams : spec->npositional;
    /* An unnamed spec speaks of "function", as CPython's C functions parsed without a name */
    const char *fname = spec->fname ? spec->fname : "function";
    const char *parens = spec->fname ? "()" : "";
    for (int i = 0; i < nparams; i++) out[i] = REF_NULL;
    /* As CPython: more arguments (of either kind) than parameters is checked first. */
    size_t ngiven = nargs + (kwnames ? (size_t)tuple_size(kwnames) : 0);
    if (ngiven > (size_t)nparams) {
        err_format(t, &exc_TypeError, "%s%s takes at most %d %sargument%s (%zu given)", fname,
                   parens, nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s",
                   ngiven);
        return false;
    }
    if (nargs > (size_t)npos) {
        if (npos == 0)
            err_format(t, &exc_TypeError, "%s%s takes no positional arguments", fname, parens);
        else
            err_format(t, &exc_TypeError, "%s%s takes %s %d positional argument%s (%zu given)",
                       fname, parens, npos == spec->nrequired ? "exactly" : "at most", npos,
                       npos == 1 ? "" : "s", nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Object *unknown = NULL;
    for (intptr_t k = 0; k < nkw; k++) {
        Object *name = ref_obj(tuple_get(kwnames, k));
        int found = -1;
        for (int i = 0; i < nparams; i++) {
            if (spec->names[i][0] && str_eq_cstr(name, spec->names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            if (!unknown) unknown = name;
            if (spec->fname) break;
            continue;
        }
        if (!ref_is_null(out[found])) {
            err_format(t, &exc_TypeError,
                       "argument for %s%s given by name ('%s') and position (%d)", fname, parens,
                       spec->names[found], found + 1);
            return false;
        }
        out[found] = args[nargs + (size_t)k];
    }
    /* A named spec reports an unknown keyword at once; an unnamed one (like CPython's
     * unnamed parsing) only after the missing arguments. */
    if (unknown && spec->fname) return bad_keyword(t, spec->fname, unknown);
    for (int i = 0; i < spec->nrequired; i++) {
        if (ref_is_null(out[i])) {
            if (spec->names[i][0])
                err_format(t, &exc_TypeError, "%s%s missing required argument '%s' (pos %d)",
                           fname, parens, spec->names[i], i + 1);
            else
                err_format(t, &exc_TypeError, "%s%s takes at least %d positional argument%s (%zu given)",
                           fname, parens, spec->nrequired, spec->nrequired == 1 ? "" : "s", nargs);
            return false;
        }
    }
    if (unknown) return bad_keyword(t, NULL, unknown);
    return true;
}

bool arg_ssize(Thread *t, Ref v, intptr_t *out) {
    if (ref_is_int(v)) {
        *out = (intptr_t)ref_int(v);
        return true;
    }
    intptr_t r = obj_as_ssize(t, v, &exc_OverflowError);
    if (r == -1 && err_occurred(t)) return false;
    *out = r;
    return true;
}

bool arg_str(Thread *t, const char *fname, const char *argname, Ref v) {
    if (str_check(v)) return true;
    err_format(t, &exc_TypeError, "%s() argument '%s' must be str, not %T", fname, argname, v);
    return false;
}
