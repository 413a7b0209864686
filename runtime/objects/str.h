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
    uint8_t interned;
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
bool str_eq(Object *a, Object *b);                /* exact content equality */
bool str_eq_cstr(Object *s, const char *ascii);
int str_compare(Object *a, Object *b);            /* -1, 0, 1 by code point */
Object *str_concat(Thread *t, Object *a, Object *b);
Object *str_substr(Thread *t, Object *s, intptr_t start, intptr_t end);
/* The interned copy of s for t's interpreter (steals s, returns a new reference). */
Object *str_intern(Thread *t, Object *s);
Object *str_intern_cstr(Thread *t, const char *s);

/* str.join, repr(str) with Python's quoting, format(str, spec). */
Object *str_join(Thread *t, Object *sep, Ref iterable);
Object *str_repr(Thread *t, Object *s);

#endif
