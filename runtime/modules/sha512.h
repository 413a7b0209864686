/* SHA-512 (FIPS 180-4), a small self-contained implementation used by random.seed() for
 * str/bytes seeds and by hashlib. Owner: runtime/modules. */
#ifndef SPRY_MODULES_SHA512_H
#define SPRY_MODULES_SHA512_H
#include <stddef.h>
#include <stdint.h>

typedef struct Sha512 {
    uint64_t h[8];
    uint64_t len_lo, len_hi; /* message length in bytes (128-bit) */
    unsigned char buf[128];
    size_t buflen;
} Sha512;

void sha512_init(Sha512 *s);
/* SHA-384: SHA-512 from other initial values; its digest is the first 48 bytes that
 * sha512_final writes. */
void sha384_init(Sha512 *s);
void sha512_update(Sha512 *s, const void *data, size_t len);
void sha512_final(Sha512 *s, unsigned char out[64]);
/* One-shot digest. */
void sha512_digest(const void *data, size_t len, unsigned char out[64]);

#endif
