/* Code images: a module's compiled code, prepared at build time so importing a frozen
 * module needs no parser and no compiler (docs/CODE_IMAGE.md). Owner: modules/code_image.c.
 *
 * An image is a 16-byte header -- "SPCI", CODE_IMAGE_MAGIC (the opcode-table hash), the
 * payload's length and its CRC-32, each u32 little-endian -- then the payload: the
 * module's code object in marshal format 4. The image is read-only data shared by every
 * interpreter; loading builds new objects for the calling interpreter. */
#ifndef SPRY_MODULES_CODE_IMAGE_H
#define SPRY_MODULES_CODE_IMAGE_H
#include "core/object.h"

#define CODE_IMAGE_HEADER_SIZE 16

/* The image of a code object: a new bytes object, or NULL with an exception. */
Object *code_image_build(Thread *t, Object *code);
/* The code object in an image (new reference), or NULL with ImportError when the image
 * is damaged, truncated or made for another instruction set. `linked`: the image is part
 * of this build's own read-only data (frozen_images), which skips the CRC and the
 * instruction check -- a damaged binary is not something an image can guard against --
 * but never the magic and length checks. */
Object *code_image_load(Thread *t, const uint8_t *data, size_t size, bool linked);

#endif
