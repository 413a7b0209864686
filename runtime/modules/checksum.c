/* Checksums over Debian's zlib (see checksum.h). zlib takes lengths as unsigned int, so
 * longer inputs are fed in pieces. */
#include <limits.h>
#include <zlib.h>

#include "modules/checksum.h"
#include "spry.h"

typedef uLong (*ZlibChecksum)(uLong value, const Bytef *buf, uInt len);

static uint32_t run_checksum(ZlibChecksum fn, uint32_t value, const void *data, intptr_t len) {
    const Bytef *p = data;
    uLong v = value;
    while (len > 0) {
        uInt n = len > (intptr_t)UINT_MAX ? UINT_MAX : (uInt)len;
        v = fn(v, p, n);
        p += n;
        len -= (intptr_t)n;
    }
    return (uint32_t)v;
}

uint32_t checksum_crc32(uint32_t crc, const void *data, intptr_t len) { return run_checksum(crc32, crc, data, len); }

uint32_t checksum_adler32(uint32_t adler, const void *data, intptr_t len) {
    return run_checksum(adler32, adler, data, len);
}

bool checksum_start(Thread *t, Ref v, uint32_t mask, uint32_t dflt, uint32_t *out) {
    if (ref_is_null(v)) {
        *out = dflt;
        return true;
    }
    if (!int_check(v)) {
        err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    mpz_t z, m;
    mpz_init(z);
    mpz_init_set_ui(m, mask);
    int_to_mpz(v, z);
    mpz_and(z, z, m);
    *out = (uint32_t)mpz_get_ui(z);
    mpz_clear(z);
    mpz_clear(m);
    return true;
}
