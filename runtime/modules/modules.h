/* Built-in modules implemented in C: their creation functions (see builtin_modules.def).
 * Owner: runtime/modules. */
#ifndef SPRY_MODULES_MODULES_H
#define SPRY_MODULES_MODULES_H
#include "core/object.h"

#define BUILTIN_MODULE(name, fn) Object *fn(Thread *t);
#include "modules/builtin_modules.def"
#undef BUILTIN_MODULE

#endif
