/* Raising and inspecting exceptions.
 *
 * The exception being raised lives in t->exc as one normalized exception object (never a
 * (type, value, traceback) triple). A failing function sets it and returns REF_NULL / -1 /
 * NULL; callers propagate by returning their own failure value. Iteration exhaustion is
 * REF_NULL *without* an exception (no StopIteration object is made on that path).
 *
 * Messages use str_from_vformat's conversions: printf's (%d %i %u %ld %lld %zd %zu %x
 * %c %s %p %%) plus %R (a Ref: its repr()), %S (a Ref: its str()), %T (a Ref: its type's
 * name, e.g. `'%T' object is not iterable`), %U (an Object* str), %N (a Type*: its name).
 */
#ifndef SPRY_CORE_ERROR_H
#define SPRY_CORE_ERROR_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include <stdarg.h>

#include "core/state.h"

/* Raise `type(msg)`. All return REF_NULL so that `return err_set(...)` reads well. */
Ref err_set(Thread *t, Type *type, const char *msg);
Ref err_format(Thread *t, Type *type, const char *fmt, ...);
Ref err_vformat(Thread *t, Type *type, const char *fmt, va_list ap);
/* Raise `type(value)` (value borrowed; a tuple value is NOT unpacked into args). */
Ref err_set_value(Thread *t, Type *type, Ref value);
/* Raise an exception instance (stolen). Sets __context__ from the handled exception. */
Ref err_raise(Thread *t, Ref exc);
Ref err_no_memory(Thread *t);
/* OSError subclass chosen from errno (FileNotFoundError, ...) with strerror text. */
Ref err_from_errno(Thread *t, Type *type, const char *filename);

static inline bool err_occurred(Thread *t) { return !ref_is_null(t->exc); }
/* Is the raised exception an instance of `type`? (false if none is raised) */
bool err_matches(Thread *t, Type *type);
/* Take the raised exception (owned) and clear it; REF_NULL if none. */
static inline Ref err_fetch(Thread *t) {
    Ref e = t->exc;
    t->exc = REF_NULL;
    return e;
}
/* Re-raise an exception taken with err_fetch (stolen; REF_NULL clears). */
void err_restore(Thread *t, Ref exc);
void err_clear(Thread *t);

/* Prints an exception as the top level does (traceback, chained exceptions) to
 * sys.stderr. Used for uncaught exceptions and "Exception ignored in" reports. */
void err_print_exception(Thread *t, Ref exc);
/* "Exception ignored in: <obj>" + traceback, for errors that cannot propagate
 * (__del__, weakref callbacks). Clears the raised exception. */
void err_write_unraisable(Thread *t, Ref obj);

/* Issue a warning through the warnings module (defined in modules/warnings.c):
 * warnings.warn(msg, category, stacklevel), stacklevel 1 being the running Python
 * frame. 0, or -1 with an exception set when a filter turned the warning into an error. */
int err_warn(Thread *t, Type *category, const char *msg, int stacklevel);
/* warnings.warn_explicit(msg, category, filename, lineno): a warning about a place in
 * source (compile-time warnings); the module is derived from filename. */
int err_warn_explicit(Thread *t, Type *category, const char *msg, Object *filename, int lineno);

/* SystemError for a C function that broke the protocol (NULL without exception, ...). */
Ref err_bad_internal_call(Thread *t, const char *where);

#endif
