#ifndef SPRY_MODULES_WARNINGS_H
#define SPRY_MODULES_WARNINGS_H
#include "spry.h"

/* err_warn (core/error.h) naming the object the warning is about, as warnings.warn's
 * `source`: the printed warning then adds CPython's tracemalloc hint. */
int err_warn_source(Thread *t, Type *category, const char *msg, int stacklevel, Ref source);

#endif
