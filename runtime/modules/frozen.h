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

/* The prepared code of frozen_modules[i] (a code image, modules/code_image.h), made at
 * build time by tools/freeze_images.c: frozen_images[i] for i < frozen_image_count, in
 * frozen_modules' order. The stage-1 build that makes them has none. */
typedef struct FrozenImage {
    const char *name;
    const unsigned char *data;
    size_t size;
} FrozenImage;

extern const FrozenImage frozen_images[];
extern const size_t frozen_image_count;

#endif
