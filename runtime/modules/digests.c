/* MD5, SHA-1 and SHA-256/224 written from RFC 1321 and FIPS 180-4 (see digests.h). */
#include <string.h>

#include "modules/digests.h"

typedef void (*BlockFn)(uint32_t h[8], const unsigned char *block);

static uint32_t rotl(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static uint32_t load_be(const unsigned char *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static uint32_t load_le(const unsigned char *p) {
    return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
}

/* Buffers input into 64-byte blocks; whole blocks of the input are compressed in place. */
static void block_update(Digest32 *s, const void *data, size_t len, BlockFn block) {
    const unsigned char *p = data;
    s->len += len;
    if (s->buflen) {
        size_t take = 64 - s->buflen;
        if (take > len) take = len;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        len -= take;
        if (s->buflen < 64) return;
        block(s->h, s->buf);
        s->buflen = 0;
    }
    for (; len >= 64; p += 64, len -= 64) block(s->h, p);
    memcpy(s->buf, p, len);
    s->buflen = len;
}

/* Appends the 0x80 marker, zero padding and the 64-bit bit length (big- or little-endian),
 * compressing the last block(s). */
static void block_pad(Digest32 *s, BlockFn block, int little_endian) {
    uint64_t bits = s->len << 3;
    s->buf[s->buflen++] = 0x80;
    if (s->buflen > 56) {
        memset(s->buf + s->buflen, 0, 64 - s->buflen);
        block(s->h, s->buf);
        s->buflen = 0;
    }
    memset(s->buf + s->buflen, 0, 56 - s->buflen);
    for (int i = 0; i < 8; i++)
        s->buf[56 + i] = (unsigned char)(bits >> (little_endian ? 8 * i : 56 - 8 * i));
    block(s->h, s->buf);
    s->buflen = 0;
}

static void store_words(const uint32_t *h, int n, unsigned char *out, int little_endian) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < 4; j++)
            out[4 * i + j] = (unsigned char)(h[i] >> (little_endian ? 8 * j : 24 - 8 * j));
}

static void init_words(Digest32 *s, const uint32_t *iv, int n) {
    memset(s, 0, sizeof *s);
    memcpy(s->h, iv, (size_t)n * sizeof(uint32_t));
}

/* ---- MD5 ------------------------------------------------------------------------------ */

static const uint32_t md5_k[64] = {
    0xd76aa478U, 0xe8c7b756U, 0x242070dbU, 0xc1bdceeeU, 0xf57c0fafU, 0x4787c62aU, 0xa8304613U,
    0xfd469501U, 0x698098d8U, 0x8b44f7afU, 0xffff5bb1U, 0x895cd7beU, 0x6b901122U, 0xfd987193U,
    0xa679438eU, 0x49b40821U, 0xf61e2562U, 0xc040b340U, 0x265e5a51U, 0xe9b6c7aaU, 0xd62f105dU,
    0x02441453U, 0xd8a1e681U, 0xe7d3fbc8U, 0x21e1cde6U, 0xc33707d6U, 0xf4d50d87U, 0x455a14edU,
    0xa9e3e905U, 0xfcefa3f8U, 0x676f02d9U, 0x8d2a4c8aU, 0xfffa3942U, 0x8771f681U, 0x6d9d6122U,
    0xfde5380cU, 0xa4beea44U, 0x4bdecfa9U, 0xf6bb4b60U, 0xbebfbc70U, 0x289b7ec6U, 0xeaa127faU,
    0xd4ef3085U, 0x04881d05U, 0xd9d4d039U, 0xe6db99e5U, 0x1fa27cf8U, 0xc4ac5665U, 0xf4292244U,
    0x432aff97U, 0xab9423a7U, 0xfc93a039U, 0x655b59c3U, 0x8f0ccc92U, 0xffeff47dU, 0x85845dd1U,
    0x6fa87e4fU, 0xfe2ce6e0U, 0xa3014314U, 0x4e0811a1U, 0xf7537e82U, 0xbd3af235U, 0x2ad7d2bbU,
    0xeb86d391U,
};

/* Per-round left rotations: four per group of sixteen steps. */
static const unsigned char md5_shift[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

static void md5_block(uint32_t h[8], const unsigned char *p) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++) x[i] = load_le(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g, round = i / 16;
        if (round == 0) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (round == 1) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (round == 2) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        uint32_t next = b + rotl(a + f + md5_k[i] + x[g], md5_shift[round * 4 + (i & 3)]);
        a = d;
        d = c;
        c = b;
        b = next;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

void md5_init(Digest32 *s) {
    static const uint32_t iv[4] = {0x67452301U, 0xefcdab89U, 0x98badcfeU, 0x10325476U};
    init_words(s, iv, 4);
}

void md5_update(Digest32 *s, const void *data, size_t len) { block_update(s, data, len, md5_block); }

void md5_final(Digest32 *s, unsigned char out[16]) {
    block_pad(s, md5_block, 1);
    store_words(s->h, 4, out, 1);
}

/* ---- SHA-1 ---------------------------------------------------------------------------- */

static void sha1_block(uint32_t h[8], const unsigned char *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = load_be(p + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999U;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1U;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdcU;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6U;
        }
        uint32_t tmp = rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

void sha1_init(Digest32 *s) {
    static const uint32_t iv[5] = {0x67452301U, 0xefcdab89U, 0x98badcfeU, 0x10325476U, 0xc3d2e1f0U};
    init_words(s, iv, 5);
}

void sha1_update(Digest32 *s, const void *data, size_t len) { block_update(s, data, len, sha1_block); }

void sha1_final(Digest32 *s, unsigned char out[20]) {
    block_pad(s, sha1_block, 0);
    store_words(s->h, 5, out, 0);
}

/* ---- SHA-256 / SHA-224 ---------------------------------------------------------------- */

static const uint32_t sha256_k[64] = {
    0x428a2f98U, 0x71374491U, 0xb5c0fbcfU, 0xe9b5dba5U, 0x3956c25bU, 0x59f111f1U, 0x923f82a4U,
    0xab1c5ed5U, 0xd807aa98U, 0x12835b01U, 0x243185beU, 0x550c7dc3U, 0x72be5d74U, 0x80deb1feU,
    0x9bdc06a7U, 0xc19bf174U, 0xe49b69c1U, 0xefbe4786U, 0x0fc19dc6U, 0x240ca1ccU, 0x2de92c6fU,
    0x4a7484aaU, 0x5cb0a9dcU, 0x76f988daU, 0x983e5152U, 0xa831c66dU, 0xb00327c8U, 0xbf597fc7U,
    0xc6e00bf3U, 0xd5a79147U, 0x06ca6351U, 0x14292967U, 0x27b70a85U, 0x2e1b2138U, 0x4d2c6dfcU,
    0x53380d13U, 0x650a7354U, 0x766a0abbU, 0x81c2c92eU, 0x92722c85U, 0xa2bfe8a1U, 0xa81a664bU,
    0xc24b8b70U, 0xc76c51a3U, 0xd192e819U, 0xd6990624U, 0xf40e3585U, 0x106aa070U, 0x19a4c116U,
    0x1e376c08U, 0x2748774cU, 0x34b0bcb5U, 0x391c0cb3U, 0x4ed8aa4aU, 0x5b9cca4fU, 0x682e6ff3U,
    0x748f82eeU, 0x78a5636fU, 0x84c87814U, 0x8cc70208U, 0x90befffaU, 0xa4506cebU, 0xbef9a3f7U,
    0xc67178f2U,
};

static void sha256_block_portable(uint32_t h[8], const unsigned char *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = load_be(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                      sha256_k[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

#if defined(__x86_64__)
#include <immintrin.h>

/* The same compression with the x86 SHA extensions (Intel's SHA-NI): SHA256RNDS2 does two
 * rounds on the state held as ABEF and CDGH, SHA256MSG1/MSG2 extend the message schedule
 * four words at a time. */
__attribute__((target("sha,sse4.1"))) static void sha256_block_ni(uint32_t h[8],
                                                                  const unsigned char *p) {
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)h), 0xB1);
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(h + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);
    __m128i abef0 = abef, cdgh0 = cdgh;
    __m128i m[4];   /* the schedule's last 16 words, four to a vector, in a ring */
    for (int g = 0; g < 16; g++) {
        __m128i w;
        if (g < 4) {
            w = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * g)), bswap);
        } else {
            __m128i prev = m[(g + 3) & 3];
            w = _mm_sha256msg1_epu32(m[g & 3], m[(g + 1) & 3]);
            w = _mm_add_epi32(w, _mm_alignr_epi8(prev, m[(g + 2) & 3], 4));
            w = _mm_sha256msg2_epu32(w, prev);
        }
        m[g & 3] = w;
        __m128i wk = _mm_add_epi32(w, _mm_loadu_si128((const __m128i *)(sha256_k + 4 * g)));
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E));
    }
    abef = _mm_add_epi32(abef, abef0);
    cdgh = _mm_add_epi32(cdgh, cdgh0);
    __m128i abef_lanes = _mm_shuffle_epi32(abef, 0x1B);   /* lanes a, b, e, f */
    __m128i ghcd_lanes = _mm_shuffle_epi32(cdgh, 0xB1);   /* lanes g, h, c, d */
    _mm_storeu_si128((__m128i *)h, _mm_blend_epi16(abef_lanes, ghcd_lanes, 0xF0));
    _mm_storeu_si128((__m128i *)(h + 4), _mm_alignr_epi8(ghcd_lanes, abef_lanes, 8));
}
#endif

static void sha256_block(uint32_t h[8], const unsigned char *p) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1")) {
        sha256_block_ni(h, p);
        return;
    }
#endif
    sha256_block_portable(h, p);
}

void sha224_init(Digest32 *s) {
    static const uint32_t iv[8] = {0xc1059ed8U, 0x367cd507U, 0x3070dd17U, 0xf70e5939U,
                                   0xffc00b31U, 0x68581511U, 0x64f98fa7U, 0xbefa4fa4U};
    init_words(s, iv, 8);
}

void sha256_init(Digest32 *s) {
    static const uint32_t iv[8] = {0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
                                   0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U};
    init_words(s, iv, 8);
}

void sha256_update(Digest32 *s, const void *data, size_t len) { block_update(s, data, len, sha256_block); }

void sha256_final(Digest32 *s, unsigned char out[32]) {
    block_pad(s, sha256_block, 0);
    store_words(s->h, 8, out, 0);
}
