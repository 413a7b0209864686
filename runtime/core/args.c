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

bool args_parse(Thread *t, const ArgSpec *spec, const Ref *args, size_t nargs,
                Object *kwnames, Ref *out) {
    int nparams = count_params(spec);
    int npos = spec->npositional < 0 ? nparams : spec->npositional;
    for (int i = 0; i < nparams; i++) out[i] = REF_NULL;
    /* As CPython: more arguments (of either kind) than parameters is checked first. */
    size_t ngiven = nargs + (kwnames ? (size_t)tuple_size(kwnames) : 0);
    if (ngiven > (size_t)nparams) {
        err_format(t, &exc_TypeError, "%s() takes at most %d %sargument%s (%zu given)",
                   spec->fname, nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s",
                   ngiven);
        return false;
    }
    if (nargs > (size_t)npos) {
        if (npos == 0)
            err_format(t, &exc_TypeError, "%s() takes no positional arguments", spec->fname);
        else
            err_format(t, &exc_TypeError, "%s() takes %s %d positional argument%s (%zu given)",
                       spec->fname, npos == spec->nrequired ? "exactly" : "at most", npos,
                       npos == 1 ? "" : "s", nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
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
            /* 3.11's wording for C functions, with the bare function name */
            const char *dot = strrchr(spec->fname, '.');
            err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", name,
                       dot ? dot + 1 : spec->fname);
            return false;
        }
        if (!ref_is_null(out[found])) {
            err_format(t, &exc_TypeError,
                       "argument for %s() given by name ('%s') and position (%d)", spec->fname,
                       spec->names[found], found + 1);
            return false;
        }
        out[found] = args[nargs + (size_t)k];
    }
    for (int i = 0; i < spec->nrequired; i++) {
        if (ref_is_null(out[i])) {
            if (spec->names[i][0])
                err_format(t, &exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                           spec->fname, spec->names[i], i + 1);
            else
                err_format(t, &exc_TypeError, "%s() takes at least %d positional argument%s (%zu given)",
                           spec->fname, spec->nrequired, spec->nrequired == 1 ? "" : "s", nargs);
            return false;
        }
    }
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
