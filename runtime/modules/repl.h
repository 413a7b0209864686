/* The interactive prompt. Owner: runtime/modules/repl.c (+ lineedit.c). */
#ifndef SPRY_MODULES_REPL_H
#define SPRY_MODULES_REPL_H
#include "core/object.h"

/* Reads, compiles (COMPILE_SINGLE, continuation lines while the input is incomplete),
 * runs and echoes statements against `globals` until EOF. Uses line editing and history
 * when stdin is a terminal. Returns 0 at EOF, or -1 with SystemExit (or another
 * exception that must end the process) set. */
int repl_run(Thread *t, Object *globals, bool banner);

#endif
