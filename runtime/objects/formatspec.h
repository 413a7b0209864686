/* The format-spec mini-language of format()/str.format()/f-strings:
 *
 *     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * parsed into a FormatSpec, plus the padding/alignment/grouping helpers that int, float,
 * complex and str __format__ share. Owner: objects/formatspec.c (numbers engineer).
 *
 * Text is handled as code points (the fill may be any code point); results are new str
 * objects. Every error is CPython 3.11's ValueError text, word for word. */
#ifndef SPRY_OBJECTS_FORMATSPEC_H
#define SPRY_OBJECTS_FORMATSPEC_H
#include "core/object.h"

typedef struct FormatSpec {
    uint32_t fill;        /* fill code point: ' ' by default, '0' with the '0' flag */
    char align;           /* '<' '>' '^' '=': resolved (the caller's default if none given) */
    bool align_given;     /* an explicit alignment character was present */
    bool fill_given;      /* an explicit fill character was present */
    char sign;            /* '+', '-' or ' ': '-' if none given */
    bool sign_given;
    bool no_neg_zero;     /* 'z': coerce negative zero to positive (floats) */
    bool alternate;       /* '#' */
    bool zero_pad;        /* the '0' flag in front of width was present */
    intptr_t width;       /* -1: not given */
    char grouping;        /* ',' or '_', or 0 */
    intptr_t precision;   /* -1: not given */
    uint32_t type;        /* presentation type: the caller's default if none given
                             (0 is a fine default meaning "none", as float's '') */
    bool type_given;
} FormatSpec;

/* Parses the whole str `spec` (an exact or subclass str). `type_name` is the object's
 * type name for "Invalid format specifier '...' for object of type 'int'"; default_type
 * and default_align fill in absent fields ('s'/'<' for str, 'd'/'>' for int, 0/'>' for
 * float and complex). Checks what CPython checks at parse time: missing precision, too
 * many digits, ',' with '_', grouping vs. type ("Cannot specify ',' with 'x'.").
 * Returns 0, or -1 with ValueError set. */
int fmtspec_parse(Thread *t, Object *spec, const char *type_name, uint32_t default_type,
                  char default_align, FormatSpec *out);
/* Same over UTF-8 text (ASCII specs from C code). */
int fmtspec_parse_utf8(Thread *t, const char *spec, size_t len, const char *type_name,
                       uint32_t default_type, char default_align, FormatSpec *out);

/* Raises ValueError "Unknown format code 'x' for object of type 'int'"; returns NULL. */
Object *fmtspec_unknown_code(Thread *t, uint32_t type, const char *type_name);

/* str.__format__(s, spec) in full: parse with defaults 's' and '<', validate (sign, '#',
 * '=', 'z' not allowed; only type 's'), truncate to precision, pad to width. Returns a
 * new str; for an empty spec the result is s itself (new reference) when s is an exact
 * str, else an exact-str copy. */
Object *fmtspec_format_str(Thread *t, Object *s, Object *spec);
/* The second half of the above for an already parsed spec: validation, truncation, pad. */
Object *fmtspec_pad_str(Thread *t, Object *s, const FormatSpec *spec);

/* Pads an already formatted text (ASCII, len bytes) to spec->width with spec->fill and
 * spec->align ('=' behaves as '>'). Ignores sign/grouping/precision. */
Object *fmtspec_pad_ascii(Thread *t, const FormatSpec *spec, const char *s, size_t len);

/* Lays out a formatted number, CPython style:
 *     [sign][prefix][zero or fill padding for '='][grouped int digits][rest]
 * sign_char: '-', '+', ' ' or 0 (none). prefix: "0x" etc. (ASCII). digits: the integer
 * part's digits (ASCII), grouped every `group_every` digits (3 or 4) with spec->grouping
 * when that is set. rest: everything after the integer digits (".25e+10", "%", "inf" —
 * pass "inf"/"nan" as rest with no digits so they are not grouped). With '=' alignment and
 * a '0' fill, the padding zeros are grouped too, as CPython does ('010,' -> 00,001,234).
 * Returns a new str or NULL with an exception. */
Object *fmtspec_pad_number(Thread *t, const FormatSpec *spec, char sign_char,
                           const char *prefix, size_t nprefix, const char *digits,
                           size_t ndigits, const char *rest, size_t nrest, int group_every);

#endif
