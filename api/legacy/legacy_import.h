/* What the import system (runtime/modules/import.c) needs from the legacy C-API shim:
 * finding and loading extension modules. Internal; does not pull in Python.h. */
#ifndef SPRY_API_LEGACY_IMPORT_H
#define SPRY_API_LEGACY_IMPORT_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
/* Modules an embedding program registered with PyImport_AppendInittab (built-in modules
 * to the import system): whether `name` is one; the i-th name, NULL past the end; and
 * initializing one (a new reference to the module, not yet in sys.modules). */
bool legacy_inittab_has(const char *name);
const char *legacy_inittab_name(size_t i);
Ref legacy_load_inittab(Thread *t, Object *fullname);

#endif
#include "core/object.h"

/* File name suffixes of extension modules, most preferred first, NULL-terminated. */
extern const char *const legacy_extension_suffixes[];
/* dlopen()s `path`, calls PyInit_<last name component> and initializes the module
 * (single- or multi-phase). The module (new reference; not yet in sys.modules) or REF_NULL
 * with ImportError/SystemError set. */
Ref legacy_load_extension(Thread *t, Object *fullname, const char *path);

/* Modules an embedding program registered with PyImport_AppendInittab (built-in modules
 * to the import system): whether `name` is one; the i-th name, NULL past the end; and
 * initializing one (a new reference to the module, not yet in sys.modules). */
bool legacy_inittab_has(const char *name);
const char *legacy_inittab_name(size_t i);
Ref legacy_load_inittab(Thread *t, Object *fullname);

#endif
