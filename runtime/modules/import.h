/* The import system's entry points for builtins.__import__ and importlib. Owner:
 * runtime/modules/import.c. */
#ifndef SPRY_MODULES_IMPORT_H
#define SPRY_MODULES_IMPORT_H
#include "core/object.h"

/* __import__(name, globals, locals, fromlist, level) semantics. globals may be NULL for
 * level 0. */
Ref import_module_level(Thread *t, Object *name, Object *globals, Ref fromlist, int level);

/* A file's whole contents, NUL-terminated (malloc'd; free()), or NULL with errno set. */
char *import_read_file(const char *path, size_t *len);
/* The frozen module (runtime/lib) of that dotted name, or NULL. */
struct FrozenModule;
const struct FrozenModule *import_find_frozen(const char *name);
/* The code of the frozen module `name` (its build-time image, else its compiled source),
 * for running it without importing it. New reference, or NULL with an exception set. */
Object *import_frozen_code(Thread *t, const char *name);
/* Readies the types modules/module_types.def lists for the built-in module `module`
 * (once per process), before the module is created. 0, or -1 with an exception set. */
int import_ready_module_types(Thread *t, const char *module);

#endif
