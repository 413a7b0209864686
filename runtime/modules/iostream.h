/* The standard streams: text streams over a file descriptor with UTF-8 encoding and
 * CPython's buffering (line-buffered on a terminal and for stderr, block-buffered
 * otherwise). The full io module is a later issue; this is what sys.stdin/stdout/stderr
 * and print() need. Owner: runtime/modules/iostream.c. */
#ifndef SPRY_MODULES_IOSTREAM_H
#define SPRY_MODULES_IOSTREAM_H
#include "core/object.h"

extern Type textstream_type;

/* errors: "strict" or "backslashreplace"; mode "r" or "w". */
Object *textstream_new(Thread *t, int fd, const char *name, const char *mode, const char *errors,
                       bool line_buffering);

/* Every write goes straight to the file descriptor (the -u option). */
void textstream_set_write_through(Object *stream, bool on);

#endif
