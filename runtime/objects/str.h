/* str: compact PEP 393 strings. Owner: objects/str*.c.
 *
 * Code points are stored inline after the header, `kind` bytes each (1: latin-1, 2: UCS-2,
 * 4: UCS-4), always the narrowest kind that fits, NUL-terminated. `utf8` caches the UTF-8
 * form (for an ASCII string it points at the inline data itself). Lone surrogates are
 * valid str contents; their "UTF-8" (WTF-8) form is only used internally. */
#ifndef SPRY_OBJECTS_STR_H
#define SPRY_OBJECTS_STR_H
#include <stdarg.h>
#include "core/object.h"

typedef struct Str {
    Object ob;
    intptr_t length;       /* in code points */
    int64_t hash;          /* -1: not computed yet */
    uint8_t kind;          /* 1, 2 or 4 */
    uint8_t ascii;         /* every code point < 128 */
    uint8_t interned;      /* 1: in an interpreter's table; 2: process-wide (the
                              one-character strings, "", the identifiers and the names
                              interned at start-up; no two of them have the same text) */
    uint8_t _reserved;
    intptr_t utf8_length;
    char *utf8;            /* NULL until first asked for; NUL-terminated */
} Str;

extern Type str_type;

#define STR(o) ((Str *)(o))
static inline void *str_data(Object *s) { return (void *)(STR(s) + 1); }
static inline uint32_t str_read(int kind, const void *data, intptr_t i) {
    return kind == 1 ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
static inline uint32_t str_char_at(Object *s, intptr_t i) { return str_read(STR(s)->kind, str_data(s), i); }
bool str_check(Ref r);                            /* str or subclass */
static inline bool str_check_exact(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &str_type; }

/* Constructors return a new reference, or NULL with MemoryError/UnicodeDecodeError. */
Object *str_from_utf8(Thread *t, const char *s, intptr_t len);  /* strict; WTF-8 accepted */
Object *str_from_cstr(Thread *t, const char *s);
Object *str_from_latin1(Thread *t, const char *s, intptr_t len);
Object *str_from_ucs4(Thread *t, const uint32_t *cps, intptr_t len);
Object *str_new_uninit(Thread *t, intptr_t length, uint32_t maxchar); /* fill, then use */
Object *str_from_format(Thread *t, const char *fmt, ...);   /* conversions: core/error.h */
Object *str_from_vformat(Thread *t, const char *fmt, va_list ap);
Object *str_empty(void);                          /* the immortal "" */

/* The UTF-8 form (cached in the object; valid while the str lives). NULL + error if the
 * string has lone surrogates and strict is needed: use str_utf8_lossy for messages. */
const char *str_utf8(Thread *t, Object *s, intptr_t *len_out);
const char *str_utf8_lossy(Object *s);           /* never fails; for diagnostics */

int64_t str_hash(Object *s);
bool str_eq_data(Object *a, Object *b);           /* str_eq past the inline tests */
/* exact content equality */
static inline bool str_eq(Object *a, Object *b) {
    if (a == b) return true;
    /* (tables of different interpreters -- the boot one's -- may hold equal copies) */
    if ((((Str *)a)->interned & ((Str *)b)->interned) == 2) return false;
    return str_eq_data(a, b);
}
bool str_eq_cstr(Object *s, const char *ascii);
int str_compare(Object *a, Object *b);            /* -1, 0, 1 by code point */
Object *str_concat(Thread *t, Object *a, Object *b);
/* a + b, growing a in place; only for a uniquely owned exact str (see str.c). NULL, with
 * no exception, when not possible. */
Object *str_append_in_place(Thread *t, Object *a, Object *b);
Object *str_substr(Thread *t, Object *s, intptr_t start, intptr_t end);
/* s[start:stop:step] for bounds as slice_unpack gives them. */
Object *str_get_range(Thread *t, Object *s, intptr_t start, intptr_t stop, intptr_t step);
/* The interned copy of s for t's interpreter (steals s, returns a new reference). */
Object *str_intern(Thread *t, Object *s);
Object *str_intern_cstr(Thread *t, const char *s);

/* str.join, repr(str) with Python's quoting, format(str, spec). */
Object *str_join(Thread *t, Object *sep, Ref iterable);
Object *str_repr(Thread *t, Object *s);


/* ---- additions (text engineer) ------------------------------------------------------- */

/* Representation invariants (every str object, subclasses included):
 *   - kind is canonical: 1 iff max code point < 256, 2 iff < 65536, else 4; `ascii` iff
 *     max < 128. Equal strings therefore have equal kinds and equal data bytes, which is
 *     what str_eq and str_hash rely on.
 *   - data[length] == 0 in the string's kind.
 *   - utf8 is NULL, the data itself (ascii), or a mem_alloc'd UTF-8 copy freed with the
 *     string. `_reserved` bit STR_UTF8_WTF8 marks a cached form containing surrogates
 *     (made by str_utf8_lossy): str_utf8 refuses it.
 *   - instances of str subclasses use the same inline layout: the subclass's instance
 *     dict must live outside tp_basicsize (managed dict) and __slots__ storage is not
 *     supported by this layout.
 * Process-wide immortal strings (identifiers, "", the 256 one-character latin-1 strings
 * and the names interned while readying the static types) have hash and utf8 filled at start-up, so no interpreter ever writes them. */
#define STR_UTF8_WTF8 1
#define STR_WCHAR_KEPT 2   /* interp->str_wchar_forms holds the string's wchar_t form */

/* The string as a NUL-terminated wchar_t array (the legacy API's deprecated Py_UNICODE),
 * valid while the string lives; *len gets its length. NULL with MemoryError. */
const wchar_t *str_wchar(Thread *t, Object *s, intptr_t *len);
/* Drops the wchar_t form of a dying string (STR_WCHAR_KEPT set). */
void str_wchar_forget(Object *s);

extern Type str_iter_type;

/* Called once by runtime_init (before types are readied): "", the latin-1 singletons and
 * every ID() identifier as immortal interned strings; fills spry_runtime.ids_by_text. */
void str_runtime_init(Thread *boot);

static inline void str_write(int kind, void *data, intptr_t i, uint32_t c) {
    if (kind == 1) ((uint8_t *)data)[i] = (uint8_t)c;
    else if (kind == 2) ((uint16_t *)data)[i] = (uint16_t)c;
    else ((uint32_t *)data)[i] = c;
}
static inline intptr_t str_len(Object *s) { return STR(s)->length; }
static inline int str_kind_for(uint32_t maxchar) { return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4; }

/* One code point as a str (cached immortal objects for U+0000..U+00FF). */
Object *str_from_char(Thread *t, uint32_t cp);
/* A canonical str from `len` code points stored `kind` bytes each (narrows as needed). */
Object *str_from_kind_data(Thread *t, int kind, const void *data, intptr_t len);
/* Largest code point of s[start:end]. */
uint32_t str_max_char(Object *s, intptr_t start, intptr_t end);
/* A bound on s's largest code point, without scanning: a str built with it has s's kind. */
static inline uint32_t str_max_char_bound(Object *s) {
    return STR(s)->ascii ? 127 : STR(s)->kind == 1 ? 255 : STR(s)->kind == 2 ? 0xffff : 0x10ffff;
}
/* Copies s into dst (an str_new_uninit result at least as wide) from code point `at`. */
void str_copy_into(Object *dst, intptr_t at, Object *s);
/* str(x) for a str subclass instance: an exact str with the same text. */
Object *str_exact_copy(Thread *t, Object *s);
/* An instance of str subclass `type` with the text of exact str s (for str.__new__). */
Object *str_new_subtype(Thread *t, Type *type, Object *s);
/* The keyed hash used for str and bytes (never -1). */
int64_t str_hash_bytes(const void *data, size_t len);
/* An ASCII/latin-1 C string of known length to a str (no decoding). */
Object *str_from_ascii(Thread *t, const char *s, intptr_t len);
/* Code point s[i] as a Python value (the one-character str). */
Ref str_getitem_index(Thread *t, Object *s, intptr_t i);

/* Builder: appends code points, widening its buffer's kind on demand, then makes one
 * canonical str. On any failure the builder is discarded (no leak) and NULL/false is
 * returned with the exception set. */
typedef struct StrBuilder {
    void *buf;
    intptr_t len, cap;
    int kind;
    uint32_t maxchar;
} StrBuilder;
void str_builder_init(StrBuilder *b);
void str_builder_discard(StrBuilder *b);
bool str_builder_reserve(Thread *t, StrBuilder *b, intptr_t extra, uint32_t maxchar);
bool str_builder_putc(Thread *t, StrBuilder *b, uint32_t c);
bool str_builder_repeat(Thread *t, StrBuilder *b, uint32_t c, intptr_t n);
bool str_builder_put_ascii(Thread *t, StrBuilder *b, const char *s, intptr_t n);
bool str_builder_put_cstr(Thread *t, StrBuilder *b, const char *s); /* ASCII */
bool str_builder_put_utf8(Thread *t, StrBuilder *b, const char *s, intptr_t n);
bool str_builder_put_str(Thread *t, StrBuilder *b, Object *s);
bool str_builder_put_substr(Thread *t, StrBuilder *b, Object *s, intptr_t start, intptr_t end);
/* Appends obj's str() / repr() / ascii(). */
bool str_builder_put_obj_str(Thread *t, StrBuilder *b, Ref obj);
Object *str_builder_finish(Thread *t, StrBuilder *b);

/* Searching (objects/str_methods.c): index of needle in hay[start:end] or -1. */
intptr_t str_find_sub(Object *hay, Object *needle, intptr_t start, intptr_t end, bool reverse);
intptr_t str_count_sub(Object *hay, Object *needle, intptr_t start, intptr_t end, intptr_t max);
/* repr of one code-point sequence with Python's quoting; `ascii_only` escapes every
 * non-ASCII code point as ascii() does. */
Object *str_repr_ex(Thread *t, Object *s, bool ascii_only);
/* ascii(x)'s escaping applied to an existing repr string. */
Object *str_ascii_escape(Thread *t, Object *s);
Object *str_format_method(Thread *t, Object *fmt, const Ref *args, size_t nargs,
                          Object *kwnames, Ref mapping);     /* objects/str_format.c */
Object *str_printf(Thread *t, Object *fmt, Ref args);       /* objects/str_printf.c */
Object *bytes_printf(Thread *t, const char *fmt, intptr_t len, Ref args, bool bytearray);

/* ---- codecs (objects/codecs.c) ---------------------------------------------------------
 * Built-in codecs: utf-8, utf-8-sig, utf-16(-le/-be), utf-32(-le/-be), latin-1, ascii,
 * with the error handlers strict, ignore, replace, backslashreplace, surrogateescape,
 * surrogatepass, xmlcharrefreplace. Names are normalized as CPython's encodings package
 * does ("UTF8", "utf_8", "latin1", ...). NULL encoding/errors mean "utf-8"/"strict".
 * Errors: LookupError "unknown encoding: x", "unknown error handler name 'x'",
 * UnicodeEncodeError/UnicodeDecodeError with CPython's fields. */
Object *codecs_encode(Thread *t, Object *str, const char *encoding, const char *errors);
Object *codecs_decode(Thread *t, const char *data, intptr_t len, const char *encoding,
                      const char *errors);
/* The canonical codec name for an encoding name ("utf-8", "latin-1", ...), NULL if not a
 * built-in codec (no exception set). */
const char *codecs_normalize(const char *encoding, char *buf, size_t bufsize);
/* Decodes UTF-8 with an error handler. */
Object *codecs_utf8_decode(Thread *t, const char *s, intptr_t len, const char *errors);
/* Encodes s to UTF-8 into a new bytes object. */
Object *codecs_utf8_encode(Thread *t, Object *s, const char *errors);
/* Raises UnicodeDecodeError(encoding, data, start, end, reason). */
void codecs_raise_decode_error(Thread *t, const char *encoding, const char *data, intptr_t len,
                               intptr_t start, intptr_t end, const char *reason);
void codecs_raise_encode_error(Thread *t, const char *encoding, Object *str, intptr_t start,
                               intptr_t end, const char *reason);

#endif
