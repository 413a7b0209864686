/* Binding the arguments of native functions (vectorcall convention) to parameters, with
 * CPython's TypeError messages. Owner: core/args.c. */
#ifndef SPRY_CORE_ARGS_H
#define SPRY_CORE_ARGS_H
#include "core/object.h"

typedef struct ArgSpec {
    const char *fname;          /* as shown in messages, e.g. "sorted" or "str.split";
                                   NULL: "function" (CPython's unnamed parsing) */
    const char *const *names;   /* parameter names, NULL-terminated; a name "" marks a
                                   positional-only parameter */
    int nrequired;              /* how many leading parameters are required */
    int npositional;            /* how many may be given positionally (-1: all) */
} ArgSpec;

/* Fills out[i] with the borrowed argument for parameter i, or REF_NULL when not given.
 * Raises TypeError ("f() takes at most 2 arguments (3 given)", "f() missing required
 * argument 'x' (pos 1)", "f() got an unexpected keyword argument 'y'", "argument for f()
 * given by name ('x') and position (1)") and returns false on mismatch. */
bool args_parse(Thread *t, const ArgSpec *spec, const Ref *args, size_t nargs,
                Object *kwnames, Ref *out);

/* Quick checks for positional-only functions.
 * args_no_kw: "f() takes no keyword arguments".
 * args_count: "f expected at least 1 argument, got 0" / "f expected at most 2 arguments,
 * got 3" / "f expected 1 argument, got 2" (the builtins' style). */
bool args_no_kw(Thread *t, const char *fname, Object *kwnames);
bool args_count(Thread *t, const char *fname, size_t nargs, Object *kwnames, size_t min,
                size_t max);
/* Method style: "f() takes no arguments (1 given)", "f() takes exactly one argument
 * (0 given)". */
bool args_none(Thread *t, const char *fname, size_t nargs, Object *kwnames);
bool args_one(Thread *t, const char *fname, size_t nargs, Object *kwnames);

/* Conversions with CPython's messages. */
bool arg_ssize(Thread *t, Ref v, intptr_t *out);           /* via __index__; OverflowError */
bool arg_str(Thread *t, const char *fname, const char *argname, Ref v); /* must be str */

#endif
