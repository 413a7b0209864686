/* The Unicode character database: per-code-point properties for str methods, repr, the
 * tokenizer and the codecs. Owner: objects/unicode_db.c; the tables are generated at build
 * time by tools/gen_unicode.py (from Debian's Unicode data files, restricted to Unicode
 * 14.0.0 as CPython 3.11) into build/generated/unicode_tables.h.
 *
 * Every code point maps (through a two-level index) to one shared UnicodeRecord. The
 * predicates below answer exactly what CPython's per-character str predicates answer:
 * unicode_isspace(c) == chr(c).isspace(), unicode_isprintable(c) == chr(c).isprintable(),
 * ... Case mappings are the full ones (SpecialCasing): up to 3 code points. */
#ifndef SPRY_OBJECTS_UNICODE_DB_H
#define SPRY_OBJECTS_UNICODE_DB_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct UnicodeRecord {
    uint8_t category;      /* index into the general category names ("Lu", ...) */
    uint16_t flags;        /* UDB_* */
    int8_t decimal, digit; /* -1: none */
    uint16_t numeric;      /* index into the numeric values; 0xFFFF: none */
    int32_t upper, lower, title, fold; /* deltas, or ext offsets with UDB_EXTENDED_CASE */
} UnicodeRecord;

#define UDB_ALPHA (1 << 0)
#define UDB_DECIMAL (1 << 1)
#define UDB_DIGIT (1 << 2)
#define UDB_NUMERIC (1 << 3)
#define UDB_LOWER (1 << 4)
#define UDB_UPPER (1 << 5)
#define UDB_TITLE (1 << 6)
#define UDB_SPACE (1 << 7)
#define UDB_PRINTABLE (1 << 8)
#define UDB_XID_START (1 << 9)
#define UDB_XID_CONTINUE (1 << 10)
#define UDB_CASED (1 << 11)
#define UDB_CASE_IGNORABLE (1 << 12)
#define UDB_EXTENDED_CASE (1 << 13)
#define UDB_LINEBREAK (1 << 14)

/* The record of a code point (anything >= 0x110000 reads as unassigned). */
const UnicodeRecord *unicode_record(uint32_t cp);
static inline bool unicode_has(uint32_t cp, unsigned flag) { return (unicode_record(cp)->flags & flag) != 0; }

static inline bool unicode_isspace(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
    return unicode_has(cp, UDB_SPACE);
}
static inline bool unicode_islinebreak(uint32_t cp) { return unicode_has(cp, UDB_LINEBREAK); }
static inline bool unicode_isprintable(uint32_t cp) {
    if (cp < 128) return cp >= 0x20 && cp < 0x7f;
    return unicode_has(cp, UDB_PRINTABLE);
}
static inline bool unicode_isalpha(uint32_t cp) { return unicode_has(cp, UDB_ALPHA); }
static inline bool unicode_isdecimal(uint32_t cp) { return unicode_has(cp, UDB_DECIMAL); }
static inline bool unicode_isdigit(uint32_t cp) { return unicode_has(cp, UDB_DIGIT); }
static inline bool unicode_isnumeric(uint32_t cp) { return unicode_has(cp, UDB_NUMERIC); }
static inline bool unicode_isalnum(uint32_t cp) {
    return unicode_has(cp, UDB_ALPHA | UDB_DECIMAL | UDB_DIGIT | UDB_NUMERIC);
}
static inline bool unicode_islower(uint32_t cp) { return unicode_has(cp, UDB_LOWER); }
static inline bool unicode_isupper(uint32_t cp) { return unicode_has(cp, UDB_UPPER); }
static inline bool unicode_istitle(uint32_t cp) { return unicode_has(cp, UDB_TITLE); }
static inline bool unicode_iscased(uint32_t cp) { return unicode_has(cp, UDB_CASED); }
static inline bool unicode_iscaseignorable(uint32_t cp) { return unicode_has(cp, UDB_CASE_IGNORABLE); }
/* Identifier characters (PEP 3131): XID_Start plus '_', XID_Continue. */
static inline bool unicode_isxidstart(uint32_t cp) { return cp == '_' || unicode_has(cp, UDB_XID_START); }
static inline bool unicode_isxidcontinue(uint32_t cp) { return unicode_has(cp, UDB_XID_CONTINUE); }

/* Numeric values: -1 (or -1.0) when the character has none. */
int unicode_decimal(uint32_t cp);
int unicode_digit(uint32_t cp);
double unicode_numeric(uint32_t cp);
/* Two-letter general category ("Lu", "Cn", ...). */
const char *unicode_category(uint32_t cp);
const char *unicode_version(void);

/* Full case mappings: write 1..3 code points to out, return how many. */
int unicode_to_upper(uint32_t cp, uint32_t out[3]);
int unicode_to_lower(uint32_t cp, uint32_t out[3]);
int unicode_to_title(uint32_t cp, uint32_t out[3]);
int unicode_to_fold(uint32_t cp, uint32_t out[3]);

/* ---- names (objects/unicode_names.c) ---- */
#define UNICODE_NAME_MAX 256
/* cp's name into buf (NUL-terminated); false when it has none (aliases are never names). */
bool unicode_name(uint32_t cp, char *buf, size_t size);
/* The code point named `name` (n bytes, any case), formal aliases included; -1 if none. */
int64_t unicode_lookup_name(const char *name, size_t n);
/* The code points of the named sequence `name` (any case), *len of them; NULL if none. */
const uint32_t *unicode_named_sequence(const char *name, size_t n, size_t *len);
/* unicode_lookup_name in the shape of ParseOptions.unicode_name_lookup (\N{...}). */
int unicode_name_lookup_hook(void *ctx, const char *name, size_t n, unsigned *cp);

#endif
