/* module objects. Owner: objects/module.c. */
#ifndef SPRY_OBJECTS_MODULE_H
#define SPRY_OBJECTS_MODULE_H
#include "core/object.h"

typedef struct Module {
    Object ob;
    Object *dict;
    void *native_state;        /* legacy/handle extension module state, or NULL */
    const void *native_def;
    bool is_builtin;           /* a C module of builtin_modules.def: repr says (built-in) */
    Object *weakreflist;
} Module;

extern Type module_type;
Object *module_new(Thread *t, Object *name /* str */);
Object *module_new_cstr(Thread *t, const char *name);
static inline Object *module_dict(Object *m) { return ((Module *)m)->dict; }
/* Adds functions from a NULL-terminated MethodDef table as module functions. */
int module_add_functions(Thread *t, Object *module, const MethodDef *defs);
int module_add_ref(Thread *t, Object *module, const char *name, Ref value);  /* borrowed */

#endif
