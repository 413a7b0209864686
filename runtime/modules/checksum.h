/* CRC-32 and Adler-32 shared by zlib and binascii (both computed by Debian's zlib), and
 * the conversion of their optional start value. Owner: runtime/modules. */
#ifndef SPRY_MODULES_CHECKSUM_H
#define SPRY_MODULES_CHECKSUM_H
#include "core/object.h"

uint32_t checksum_crc32(uint32_t crc, const void *data, intptr_t len);
uint32_t checksum_adler32(uint32_t adler, const void *data, intptr_t len);
/* *out = v & mask for an int v (any size, negative ones in two's complement); dflt when
 * v is REF_NULL. TypeError for a non-int. */
bool checksum_start(Thread *t, Ref v, uint32_t mask, uint32_t dflt, uint32_t *out);

#endif
