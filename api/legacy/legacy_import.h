/* What the import system (runtime/modules/import.c) needs from the legacy C-API shim:
 * finding and loading extension modules. Internal; does not pull in Python.h. */
#ifndef SPRY_API_LEGACY_IMPORT_H
#define SPRY_API_LEGACY_IMPORT_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif
#include "core/object.h"

/* File name suffixes of extension modules, most preferred first, NULL-terminated. */
extern const char *const legacy_extension_suffixes[];
/* dlopen()s `path`, calls PyInit_<last name component> and initializes the module
 * (single- or multi-phase). The module (new reference; not yet in sys.modules) or REF_NULL
 * with ImportError/SystemError set. */
Ref legacy_load_extension(Thread *t, Object *fullname, const char *path);

#endif
