/* importlib's ModuleSpec and the loader objects, as the import system fills a module's
 * __spec__ and __loader__. Owner: runtime/modules/modulespec.c. */
#ifndef SPRY_MODULES_MODULESPEC_H
#define SPRY_MODULES_MODULESPEC_H
#include "core/object.h"

extern Type modulespec_type, sourcefileloader_type, builtinimporter_type, frozenimporter_type,
    namespaceloader_type;

/* A loader of `loader_type` for module `name` (path may be NULL), and a spec. New refs. */
Object *modulespec_loader_new(Thread *t, Type *loader_type, Object *name, const char *path);
Object *modulespec_new(Thread *t, Object *name, Object *loader, const char *origin,
                       const char *package_dir, bool is_package);

#endif
