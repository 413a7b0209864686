/* Shared between the builtins module's files. Owner: runtime/modules/builtins*.c. */
#ifndef SPRY_MODULES_BUILTINS_H
#define SPRY_MODULES_BUILTINS_H
#ifndef SPRY_INTERNAL
#error "internal header"
#endif
#include "core/object.h"

int builtins_exec_add(Thread *t, Object *module);   /* eval, exec, compile, __build_class__, ... */
int builtins_iter_add(Thread *t, Object *module);   /* all, any, min, max, sum, sorted, ... */
Ref builtins_divmod(Thread *t, Ref a, Ref b);
/* exit, quit, help, copyright, credits, license as the site module makes them (objects
 * with a helpful repr). Runs once the builtins dict is installed. */
int builtins_add_site_objects(Thread *t);

#endif
