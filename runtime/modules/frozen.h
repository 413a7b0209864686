/* Modules written in Python under runtime/lib, frozen into the binary at build time by
 * tools/freeze_modules.py. */
#ifndef SPRY_MODULES_FROZEN_H
#define SPRY_MODULES_FROZEN_H
#include <stdbool.h>
#include <stddef.h>

typedef struct FrozenModule {
    const char *name;        /* dotted module name; NULL ends the table */
    const char *source;      /* UTF-8 source text */
    size_t size;
    bool is_package;
} FrozenModule;

extern const FrozenModule frozen_modules[];

#endif
