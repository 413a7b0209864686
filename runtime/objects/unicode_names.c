/* Character names (see unicode_db.h): the listed names of Unicode 14.0 stored as word
 * numbers (tools/gen_unicode.py -> unicode_names.h), the computed ones (CJK unified
 * ideographs, Hangul syllables), the formal aliases and the named sequences. Used by
 * unicodedata and by the compiler for \N{...} escapes. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "spry.h"
#include "objects/unicode_db.h"

#include "unicode_names.h"

#define HANGUL_BASE 0xAC00
#define HANGUL_COUNT 11172
#define JAMO_T_COUNT 28
#define JAMO_N (21 * JAMO_T_COUNT)
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool in_cjk_range(uint32_t cp) {
    for (size_t i = 0; i < COUNT(ucd_cjk_ranges); i++)
        if (cp >= ucd_cjk_ranges[i][0] && cp <= ucd_cjk_ranges[i][1]) return true;
    return false;
}

bool unicode_name(uint32_t cp, char *buf, size_t size) {
    if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
        uint32_t s = cp - HANGUL_BASE;
        snprintf(buf, size, "HANGUL SYLLABLE %s%s%s", ucd_jamo_l[s / JAMO_N], ucd_jamo_v[(s % JAMO_N) / JAMO_T_COUNT],
                 ucd_jamo_t[s % JAMO_T_COUNT]);
        return true;
    }
    if (in_cjk_range(cp)) {
        snprintf(buf, size, "CJK UNIFIED IDEOGRAPH-%X", cp);
        return true;
    }
    size_t lo = 0, hi = COUNT(ucd_name_cps);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ucd_name_cps[mid] < cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo >= COUNT(ucd_name_cps) || ucd_name_cps[lo] != cp) return false;
    const uint16_t *seq = &ucd_name_data[ucd_name_offsets[lo]];
    size_t len = 0;
    for (uint16_t i = 0; i < seq[0]; i++) {
        const char *w = ucd_words + ucd_word_offsets[seq[1 + i]];
        size_t wl = strlen(w);
        if (len + wl + 2 > size) return false;
        if (i) buf[len++] = ' ';
        memcpy(buf + len, w, wl);
        len += wl;
    }
    buf[len] = 0;
    return true;
}

static int hexdigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The code point of a computed name (CJK ideographs, Hangul syllables), or -1. */
static int64_t lookup_computed(const char *name) {
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (strncmp(name, cjk, sizeof cjk - 1) == 0) {
        const char *h = name + sizeof cjk - 1;
        size_t n = strlen(h);
        if (n != 4 && n != 5) return -1;
        uint32_t cp = 0;
        for (size_t i = 0; i < n; i++) {
            int d = hexdigit(h[i]);
            if (d < 0) return -1;
            cp = cp * 16 + (uint32_t)d;
        }
        return in_cjk_range(cp) ? (int64_t)cp : -1;
    }
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (strncmp(name, hangul, sizeof hangul - 1) == 0) {
        char buf[UNICODE_NAME_MAX];
        for (uint32_t s = 0; s < HANGUL_COUNT; s++) {
            unicode_name(HANGUL_BASE + s, buf, sizeof buf);
            if (strcmp(buf, name) == 0) return HANGUL_BASE + s;
        }
    }
    return -1;
}

/* The listed name equal to `name`, by walking every name word by word. */
static int64_t lookup_listed(const char *name) {
    for (size_t k = 0; k < COUNT(ucd_name_cps); k++) {
        const uint16_t *seq = &ucd_name_data[ucd_name_offsets[k]];
        const char *p = name;
        bool ok = true;
        for (uint16_t i = 0; ok && i < seq[0]; i++) {
            if (i && *p++ != ' ') ok = false;
            const char *w = ucd_words + ucd_word_offsets[seq[1 + i]];
            size_t wl = strlen(w);
            if (ok && strncmp(p, w, wl) != 0) ok = false;
            p += wl;
        }
        if (ok && *p == 0) return ucd_name_cps[k];
    }
    return -1;
}

/* `name` upper-cased into buf; false when too long. */
static bool upper_name(const char *name, size_t n, char buf[UNICODE_NAME_MAX]) {
    if (n >= UNICODE_NAME_MAX) return false;
    for (size_t i = 0; i < n; i++) buf[i] = (char)toupper((unsigned char)name[i]);
    buf[n] = 0;
    return true;
}

int64_t unicode_lookup_name(const char *name, size_t n) {
    char buf[UNICODE_NAME_MAX];
    if (!upper_name(name, n, buf) || memchr(name, 0, n)) return -1;
    int64_t cp = lookup_computed(buf);
    if (cp < 0) cp = lookup_listed(buf);
    for (size_t i = 0; cp < 0 && i < COUNT(ucd_aliases); i++)
        if (strcmp(ucd_aliases[i].name, buf) == 0) cp = ucd_aliases[i].cp;
    return cp;
}

const uint32_t *unicode_named_sequence(const char *name, size_t n, size_t *len) {
    char buf[UNICODE_NAME_MAX];
    if (!upper_name(name, n, buf)) return NULL;
    for (size_t i = 0; i < COUNT(ucd_sequences); i++)
        if (strcmp(ucd_sequences[i].name, buf) == 0) {
            *len = ucd_sequences[i].len;
            return &ucd_sequence_cps[ucd_sequences[i].start];
        }
    return NULL;
}

int unicode_name_lookup_hook(void *ctx, const char *name, size_t n, unsigned *cp) {
    (void)ctx;
    int64_t c = unicode_lookup_name(name, n);
    if (c < 0) return 0;
    *cp = (unsigned)c;
    return 1;
}
