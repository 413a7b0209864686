/* The import system's entry points for builtins.__import__ and importlib. Owner:
 * runtime/modules/import.c. */
#ifndef SPRY_MODULES_IMPORT_H
#define SPRY_MODULES_IMPORT_H
#include "core/object.h"

/* __import__(name, globals, locals, fromlist, level) semantics. globals may be NULL for
 * level 0. */
Ref import_module_level(Thread *t, Object *name, Object *globals, Ref fromlist, int level);

#endif
