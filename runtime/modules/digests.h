/* MD5 (RFC 1321), SHA-1, SHA-224 and SHA-256 (FIPS 180-4): the 64-byte-block message
 * digests behind hashlib. SHA-384/512 live in sha512.h. Owner: runtime/modules. */
#ifndef SPRY_MODULES_DIGESTS_H
#define SPRY_MODULES_DIGESTS_H
#include <stddef.h>
#include <stdint.h>

/* State of any 64-byte-block digest: up to eight 32-bit chaining words, the message
 * length so far and the pending partial block. */
typedef struct Digest32 {
    uint32_t h[8];
    uint64_t len;
    unsigned char buf[64];
    size_t buflen;
} Digest32;

void md5_init(Digest32 *s);
void md5_update(Digest32 *s, const void *data, size_t len);
void md5_final(Digest32 *s, unsigned char out[16]);

void sha1_init(Digest32 *s);
void sha1_update(Digest32 *s, const void *data, size_t len);
void sha1_final(Digest32 *s, unsigned char out[20]);

/* SHA-224 shares SHA-256's update and final (the final writes 32 bytes; SHA-224's digest
 * is the first 28). */
void sha224_init(Digest32 *s);
void sha256_init(Digest32 *s);
void sha256_update(Digest32 *s, const void *data, size_t len);
void sha256_final(Digest32 *s, unsigned char out[32]);

#endif
