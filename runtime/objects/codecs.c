/* The built-in codecs: utf-8 (and -sig), utf-16 and utf-32 (LE/BE/with BOM), latin-1 and
 * ascii, each with the standard error handlers. Error ranges, reasons and the names in
 * UnicodeError messages follow CPython 3.11 (e.g. a run of unencodable characters is one
 * error for ascii/latin-1/utf-8; UTF-8 decoding reports maximal invalid subparts). */
#include <ctype.h>
#include <stdio.h>

#include "spry.h"
#include "modules/modules.h"
#include "objects/unicode_db.h"

enum {
    EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_SURROGATEESCAPE, EH_SURROGATEPASS,
    EH_XMLCHARREF, EH_NAMEREPLACE, EH_UNKNOWN
};

static int handler_of(const char *errors) {
    if (!errors || !strcmp(errors, "strict")) return EH_STRICT;
    if (!strcmp(errors, "ignore")) return EH_IGNORE;
    if (!strcmp(errors, "replace")) return EH_REPLACE;
    if (!strcmp(errors, "backslashreplace")) return EH_BACKSLASH;
    if (!strcmp(errors, "surrogateescape")) return EH_SURROGATEESCAPE;
    if (!strcmp(errors, "surrogatepass")) return EH_SURROGATEPASS;
    if (!strcmp(errors, "xmlcharrefreplace")) return EH_XMLCHARREF;
    if (!strcmp(errors, "namereplace")) return EH_NAMEREPLACE;
    return EH_UNKNOWN;
}

/* ---- handlers registered with codecs.register_error ------------------------------------------ */

/* Raises the pending UnicodeError through the handler registered as `errors` (LookupError
 * if there is none) and returns its replacement: a str, or for encoding also bytes. The
 * codecs here resume right after the error, so a handler must return exc.end (or the
 * same position counted from the end) as its new position. */
static Ref call_registered_handler(Thread *t, const char *errors, bool decoding, intptr_t len) {
    Ref exc = err_fetch(t);
    Ref codecs = import_module(t, "codecs");
    Ref lookup = ref_is_null(codecs) ? REF_NULL : obj_getattr_cstr(t, codecs, "lookup_error");
    ref_close(codecs);
    Object *name = ref_is_null(lookup) ? NULL : str_from_cstr(t, errors);
    Ref handler = name ? obj_call1(t, lookup, ref_from_obj(name)) : REF_NULL;
    ref_close(lookup);
    obj_xdecref(name);
    Ref res = ref_is_null(handler) ? REF_NULL : obj_call1(t, handler, exc);
    ref_close(handler);
    Ref repl = REF_NULL;
    if (!ref_is_null(res)) {
        Object *tup = ref_obj(res);
        bool shaped = tuple_check(res) && tuple_size(tup) == 2 && ref_is_int(tuple_get(tup, 1)) &&
                      (str_check(tuple_get(tup, 0)) || (!decoding && bytes_check(tuple_get(tup, 0))));
        if (!shaped) {
            err_set(t, &exc_TypeError, decoding ? "decoding error handler must return (str, int) tuple"
                                                : "encoding error handler must return (str/bytes, int) tuple");
        } else {
            intptr_t end = 0, newpos = ref_int(tuple_get(tup, 1));
            Ref end_ref = obj_getattr_cstr(t, exc, "end");
            if (!ref_is_null(end_ref)) {
                end = ref_is_int(end_ref) ? ref_int(end_ref) : -1;
                ref_close(end_ref);
                if (newpos < 0) newpos += len;
                if (newpos == end) repl = ref_dup(tuple_get(tup, 0));
                else err_format(t, &exc_NotImplementedError,
                                "error handler '%s' resumes at position %zd, not at the end of the error "
                                "(%zd): Spry's built-in codecs do not support that", errors, newpos, end);
            }
        }
        ref_close(res);
    }
    ref_close(exc);
    return repl;
}

/* ---- exceptions ------------------------------------------------------------------------- */

void codecs_raise_decode_error(Thread *t, const char *encoding, const char *data, intptr_t len,
                               intptr_t start, intptr_t end, const char *reason) {
    Object *enc = str_from_cstr(t, encoding);
    Object *obj = enc ? bytes_from(t, data, len) : NULL;
    Object *rsn = obj ? str_from_cstr(t, reason) : NULL;
    if (rsn) {
        Ref args[5] = {ref_from_obj(enc), ref_from_obj(obj), ref_from_int(start),
                       ref_from_int(end), ref_from_obj(rsn)};
        Ref exc = exc_new(t, &exc_UnicodeDecodeError, args, 5);
        if (!ref_is_null(exc)) err_raise(t, exc);
    }
    obj_xdecref(enc);
    obj_xdecref(obj);
    obj_xdecref(rsn);
}

void codecs_raise_encode_error(Thread *t, const char *encoding, Object *str, intptr_t start,
                               intptr_t end, const char *reason) {
    Object *enc = str_from_cstr(t, encoding);
    Object *rsn = enc ? str_from_cstr(t, reason) : NULL;
    if (rsn) {
        Ref args[5] = {ref_from_obj(enc), ref_new(str), ref_from_int(start), ref_from_int(end),
                       ref_from_obj(rsn)};
        Ref exc = exc_new(t, &exc_UnicodeEncodeError, args, 5);
        ref_close(args[1]);
        if (!ref_is_null(exc)) err_raise(t, exc);
    }
    obj_xdecref(enc);
    obj_xdecref(rsn);
}

/* ---- decoding errors -------------------------------------------------------------------- */

typedef struct Decoder {
    Thread *t;
    const char *encoding;
    const char *errors;
    int handler;
    const char *data;
    intptr_t len;
    StrBuilder out;
} Decoder;

/* Handles the invalid input data[start:end]; the caller resumes at `end`. 0 or -1. */
static int dec_error(Decoder *d, intptr_t start, intptr_t end, const char *reason) {
    Thread *t = d->t;
    static const char hex[] = "0123456789abcdef";
    switch (d->handler) {
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        return str_builder_putc(t, &d->out, 0xfffd) ? 0 : -1;
    case EH_BACKSLASH:
        for (intptr_t i = start; i < end; i++) {
            uint8_t c = (uint8_t)d->data[i];
            char buf[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            if (!str_builder_put_ascii(t, &d->out, buf, 4)) return -1;
        }
        return 0;
    case EH_SURROGATEESCAPE:
        for (intptr_t i = start; i < end; i++)
            if ((uint8_t)d->data[i] < 128) goto strict;
        for (intptr_t i = start; i < end; i++)
            if (!str_builder_putc(t, &d->out, 0xdc00 + (uint8_t)d->data[i])) return -1;
        return 0;
    case EH_XMLCHARREF:
    case EH_NAMEREPLACE:
        str_builder_discard(&d->out);
        err_set(t, &exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case EH_UNKNOWN: {
        codecs_raise_decode_error(t, d->encoding, d->data, d->len, start, end, reason);
        Ref repl = call_registered_handler(t, d->errors, true, d->len);
        bool ok = !ref_is_null(repl) && str_builder_put_str(t, &d->out, ref_obj(repl));
        ref_close(repl);
        if (ok) return 0;
        str_builder_discard(&d->out);
        return -1;
    }
    default:
        break;
    }
strict:
    str_builder_discard(&d->out);
    codecs_raise_decode_error(t, d->encoding, d->data, d->len, start, end, reason);
    return -1;
}

static Object *dec_finish(Decoder *d) { return str_builder_finish(d->t, &d->out); }

/* ---- UTF-8 -------------------------------------------------------------------------------- */

static inline bool is_cont(uint8_t c) { return (c & 0xc0) == 0x80; }

Object *codecs_utf8_decode(Thread *t, const char *s, intptr_t len, const char *errors) {
    Decoder d = {t, "utf-8", errors, handler_of(errors), s, len};
    str_builder_init(&d.out);
    const uint8_t *p = (const uint8_t *)s;
    intptr_t i = 0;
    if (!str_builder_reserve(t, &d.out, len, 0)) return NULL;
    while (i < len) {
        uint8_t c = p[i];
        if (c < 0x80) {
            intptr_t j = i + 1;
            while (j < len && p[j] < 0x80) j++;
            if (!str_builder_put_ascii(t, &d.out, s + i, j - i)) return NULL;
            i = j;
            continue;
        }
        int need;
        uint8_t lo = 0x80, hi = 0xbf;
        uint32_t cp;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            cp = c & 0x0f;
            if (c == 0xe0) lo = 0xa0;
            if (c == 0xed) hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            cp = c & 0x07;
            if (c == 0xf0) lo = 0x90;
            if (c == 0xf4) hi = 0x8f;
        } else {
            if (dec_error(&d, i, i + 1, "invalid start byte") < 0) return NULL;
            i++;
            continue;
        }
        /* surrogatepass: an encoded surrogate ED A0..BF 80..BF is accepted as is */
        if (c == 0xed && d.handler == EH_SURROGATEPASS && i + 2 < len && p[i + 1] >= 0xa0 &&
            p[i + 1] <= 0xbf && is_cont(p[i + 2])) {
            cp = 0xd000 | ((uint32_t)(p[i + 1] & 0x3f) << 6) | (p[i + 2] & 0x3f);
            if (!str_builder_putc(t, &d.out, cp)) return NULL;
            i += 3;
            continue;
        }
        intptr_t k = 1;
        bool bad = false;
        for (; k <= need; k++) {
            if (i + k >= len) break;
            uint8_t cc = p[i + k];
            if (k == 1 ? (cc < lo || cc > hi) : !is_cont(cc)) {
                bad = true;
                break;
            }
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (bad) {
            if (dec_error(&d, i, i + k, "invalid continuation byte") < 0) return NULL;
            i += k;
            continue;
        }
        if (k <= need) {  /* ran out of input in the middle of a valid prefix */
            if (dec_error(&d, i, len, "unexpected end of data") < 0) return NULL;
            i = len;
            continue;
        }
        if (!str_builder_putc(t, &d.out, cp)) return NULL;
        i += need + 1;
    }
    return dec_finish(&d);
}

/* ---- encoding -------------------------------------------------------------------------------- */

typedef struct Encoder {
    Thread *t;
    const char *encoding;
    const char *errors;
    int handler;
    Object *str;
    int unit;          /* 1 (bytes), 2 (UTF-16) or 4 (UTF-32) */
    bool big_endian;
    BytesBuf out;
} Encoder;

static bool enc_unit(Encoder *e, uint32_t v) {
    if (e->unit == 1) return bytes_buf_putc(e->t, &e->out, (int)v);
    unsigned char b[4];
    if (e->unit == 2) {
        if (e->big_endian) { b[0] = (unsigned char)(v >> 8); b[1] = (unsigned char)v; }
        else { b[0] = (unsigned char)v; b[1] = (unsigned char)(v >> 8); }
        return bytes_buf_put(e->t, &e->out, b, 2);
    }
    for (int i = 0; i < 4; i++) b[e->big_endian ? 3 - i : i] = (unsigned char)(v >> (8 * i));
    return bytes_buf_put(e->t, &e->out, b, 4);
}

static bool enc_ascii(Encoder *e, const char *s) {
    for (; *s; s++)
        if (!enc_unit(e, (uint8_t)*s)) return false;
    return true;
}

/* Writes a registered handler's replacement for str[start:end]: bytes as they are, a str
 * only if this codec can encode it (else the original error, as CPython reports it). */
static int enc_replacement(Encoder *e, Object *repl, intptr_t start, intptr_t end, const char *reason) {
    Thread *t = e->t;
    if (bytes_check(ref_from_obj(repl)))
        return bytes_buf_put(t, &e->out, bytes_data(repl), bytes_size(repl)) ? 0 : -1;
    bool utf8 = strcmp(e->encoding, "utf-8") == 0;
    if (utf8) {
        intptr_t n;
        const char *u = str_utf8(t, repl, &n);
        return u && bytes_buf_put(t, &e->out, u, n) ? 0 : -1;
    }
    uint32_t limit = e->unit == 4 ? 0x10ffff : e->unit == 2 ? 0xffff
                   : strcmp(e->encoding, "latin-1") == 0 ? 0xff : 0x7f;
    for (intptr_t i = 0; i < str_len(repl); i++) {
        uint32_t c = str_char_at(repl, i);
        if (c > limit) {
            codecs_raise_encode_error(t, e->encoding, e->str, start, end, reason);
            return -1;
        }
        if (!enc_unit(e, c)) return -1;
    }
    return 0;
}

/* Handles the unencodable str[start:end] (surrogatepass is the codec's business). */
static int enc_error(Encoder *e, intptr_t start, intptr_t end, const char *reason) {
    Thread *t = e->t;
    Object *s = e->str;
    char buf[32];
    switch (e->handler) {
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        for (intptr_t i = start; i < end; i++)
            if (!enc_unit(e, '?')) return -1;
        return 0;
    case EH_BACKSLASH:
    case EH_NAMEREPLACE:
        for (intptr_t i = start; i < end; i++) {
            uint32_t c = str_char_at(s, i);
            if (c <= 0xff) snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c <= 0xffff) snprintf(buf, sizeof buf, "\\u%04x", c);
            else snprintf(buf, sizeof buf, "\\U%08x", c);
            if (!enc_ascii(e, buf)) return -1;
        }
        return 0;
    case EH_XMLCHARREF:
        for (intptr_t i = start; i < end; i++) {
            snprintf(buf, sizeof buf, "&#%u;", str_char_at(s, i));
            if (!enc_ascii(e, buf)) return -1;
        }
        return 0;
    case EH_SURROGATEESCAPE:
        for (intptr_t i = start; i < end; i++) {
            uint32_t c = str_char_at(s, i);
            if (c < 0xdc80 || c > 0xdcff) {
                /* as CPython: the error covers the rest of the run, from the first
                 * character that is not an escaped byte */
                start = i;
                goto strict;
            }
            if (!bytes_buf_putc(t, &e->out, (int)(c - 0xdc00))) return -1;
        }
        return 0;
    case EH_UNKNOWN: {
        codecs_raise_encode_error(t, e->encoding, s, start, end, reason);
        Ref repl = call_registered_handler(t, e->errors, false, str_len(s));
        int rc = ref_is_null(repl) ? -1 : enc_replacement(e, ref_obj(repl), start, end, reason);
        ref_close(repl);
        if (rc < 0) bytes_buf_discard(&e->out);
        return rc;
    }
    default:
        break;
    }
strict:
    bytes_buf_discard(&e->out);
    codecs_raise_encode_error(t, e->encoding, s, start, end, reason);
    return -1;
}

static bool is_surrogate(uint32_t c) { return c >= 0xd800 && c < 0xe000; }

Object *codecs_utf8_encode(Thread *t, Object *s, const char *errors) {
    intptr_t n = str_len(s);
    if (STR(s)->ascii) return bytes_from(t, str_data(s), n);
    Encoder e = {t, "utf-8", errors, handler_of(errors), s, 1, false};
    bytes_buf_init(&e.out);
    if (!bytes_buf_reserve(t, &e.out, n * 2)) return NULL;
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_read(kind, d, i);
        unsigned char b[4];
        int k;
        if (c < 0x80) {
            b[0] = (unsigned char)c;
            k = 1;
        } else if (c < 0x800) {
            b[0] = (unsigned char)(0xc0 | (c >> 6));
            b[1] = (unsigned char)(0x80 | (c & 0x3f));
            k = 2;
        } else if (c < 0x10000) {
            if (is_surrogate(c) && e.handler != EH_SURROGATEPASS) {
                intptr_t j = i + 1;
                while (j < n && is_surrogate(str_read(kind, d, j))) j++;
                if (enc_error(&e, i, j, "surrogates not allowed") < 0) return NULL;
                i = j - 1;
                continue;
            }
            b[0] = (unsigned char)(0xe0 | (c >> 12));
            b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            b[2] = (unsigned char)(0x80 | (c & 0x3f));
            k = 3;
        } else {
            b[0] = (unsigned char)(0xf0 | (c >> 18));
            b[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
            b[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
            b[3] = (unsigned char)(0x80 | (c & 0x3f));
            k = 4;
        }
        if (!bytes_buf_put(t, &e.out, b, k)) return NULL;
    }
    return bytes_buf_finish(t, &e.out);
}

/* latin-1 (limit 256) and ascii (limit 128). */
static Object *charmap_encode(Thread *t, Object *s, const char *errors, uint32_t limit,
                              const char *name, const char *reason) {
    intptr_t n = str_len(s);
    if (STR(s)->ascii || (limit == 256 && STR(s)->kind == 1))
        return bytes_from(t, str_data(s), n);
    Encoder e = {t, name, errors, handler_of(errors), s, 1, false};
    bytes_buf_init(&e.out);
    if (!bytes_buf_reserve(t, &e.out, n)) return NULL;
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_read(kind, d, i);
        if (c < limit) {
            if (!bytes_buf_putc(t, &e.out, (int)c)) return NULL;
            continue;
        }
        intptr_t j = i + 1;
        while (j < n && str_read(kind, d, j) >= limit) j++;
        if (enc_error(&e, i, j, reason) < 0) return NULL;
        i = j - 1;
    }
    return bytes_buf_finish(t, &e.out);
}

static Object *ascii_decode(Thread *t, const char *s, intptr_t len, const char *errors) {
    intptr_t i = 0;
    while (i < len && (uint8_t)s[i] < 128) i++;
    if (i == len) return str_from_ascii(t, s, len);
    Decoder d = {t, "ascii", errors, handler_of(errors), s, len};
    str_builder_init(&d.out);
    if (!str_builder_put_ascii(t, &d.out, s, i)) return NULL;
    for (; i < len; i++) {
        uint8_t c = (uint8_t)s[i];
        if (c < 128) {
            if (!str_builder_putc(t, &d.out, c)) return NULL;
        } else if (dec_error(&d, i, i + 1, "ordinal not in range(128)") < 0) {
            return NULL;
        }
    }
    return dec_finish(&d);
}

/* ---- unicode_escape and raw_unicode_escape decoding ------------------------------------ */

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The n hex digits at s[i..]: the value, or -1 with *stop at the first non-digit. */
static long hex_digits(const char *s, intptr_t len, intptr_t i, int n, intptr_t *stop) {
    long v = 0;
    for (int k = 0; k < n; k++) {
        int h = i + k < len ? hex_value((uint8_t)s[i + k]) : -1;
        if (h < 0) {
            *stop = i + k;
            return -1;
        }
        v = v * 16 + h;
    }
    *stop = i + n;
    return v;
}

/* A \x, \u or \U escape whose digits start at i (the backslash at start): the code point
 * is written, or the error handled; returns where decoding goes on, -1 on error. */
static intptr_t dec_hex_escape(Decoder *d, intptr_t start, intptr_t i, int n, const char *truncated,
                               const char *too_big) {
    intptr_t stop;
    long v = hex_digits(d->data, d->len, i, n, &stop);
    if (v < 0) return dec_error(d, start, stop, truncated) < 0 ? -1 : stop;
    if (v > 0x10ffff) return dec_error(d, start, stop, too_big) < 0 ? -1 : stop;
    return str_builder_putc(d->t, &d->out, (uint32_t)v) ? stop : -1;
}

static intptr_t dec_named_escape(Decoder *d, intptr_t start) {
    const char *s = d->data;
    intptr_t i = start + 2;
    if (i >= d->len || s[i] != '{') return dec_error(d, start, i, "malformed \\N character escape") < 0 ? -1 : i;
    const char *close = memchr(s + i, '}', (size_t)(d->len - i));
    if (!close || close == s + i + 1) {
        intptr_t end = close ? close - s + 1 : i + 1;
        return dec_error(d, start, end, "malformed \\N character escape") < 0 ? -1 : end;
    }
    intptr_t end = close - s + 1;
    unsigned cp;
    if (!unicode_name_lookup_hook(NULL, s + i + 1, (size_t)(close - s - i - 1), &cp))
        return dec_error(d, start, end, "unknown Unicode character name") < 0 ? -1 : end;
    return str_builder_putc(d->t, &d->out, cp) ? end : -1;
}

/* One escape of unicode_escape at data[start] == '\\'; returns where decoding goes on. */
static intptr_t dec_escape(Decoder *d, intptr_t start) {
    const char *s = d->data;
    Thread *t = d->t;
    intptr_t i = start + 1;
    if (i >= d->len) return dec_error(d, start, i, "\\ at end of string") < 0 ? -1 : i;
    uint8_t c = (uint8_t)s[i++];
    uint32_t out;
    switch (c) {
    case '\n': return i;
    case '\\': case '\'': case '"': out = c; break;
    case 'a': out = 7; break;
    case 'b': out = 8; break;
    case 'f': out = 12; break;
    case 'n': out = 10; break;
    case 'r': out = 13; break;
    case 't': out = 9; break;
    case 'v': out = 11; break;
    case 'x': return dec_hex_escape(d, start, i, 2, "truncated \\xXX escape", "");
    case 'u': return dec_hex_escape(d, start, i, 4, "truncated \\uXXXX escape", "");
    case 'U': return dec_hex_escape(d, start, i, 8, "truncated \\UXXXXXXXX escape", "illegal Unicode character");
    case 'N': return dec_named_escape(d, start);
    default:
        if (c >= '0' && c <= '7') {
            out = c - '0';
            for (int k = 0; k < 2 && i < d->len && s[i] >= '0' && s[i] <= '7'; k++) out = out * 8 + (uint32_t)(s[i++] - '0');
            if (out > 0377) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.*s'", (int)(i - start - 1), s + start + 1);
                if (err_warn(t, &exc_DeprecationWarning, msg, 1) < 0) return -1;
            }
            break;
        }
        {
            char msg[64];
            snprintf(msg, sizeof msg, c < 0x80 ? "invalid escape sequence '\\%c'" : "invalid escape sequence '\\x%02x'", c);
            if (err_warn(t, &exc_DeprecationWarning, msg, 1) < 0) return -1;
        }
        if (!str_builder_putc(t, &d->out, '\\') || !str_builder_putc(t, &d->out, c)) return -1;
        return i;
    }
    return str_builder_putc(t, &d->out, out) ? i : -1;
}

/* unicode_escape: Python-literal escapes, other bytes as latin-1. raw_unicode_escape: only
 * \uXXXX and \UXXXXXXXX after an odd run of backslashes. */
static Object *unicode_escape_decode(Thread *t, const char *s, intptr_t len, const char *errors, bool raw) {
    Decoder d = {t, raw ? "rawunicodeescape" : "unicodeescape", errors, handler_of(errors), s, len};
    str_builder_init(&d.out);
    intptr_t i = 0;
    while (i < len) {
        uint8_t c = (uint8_t)s[i];
        if (c != '\\') {
            if (!str_builder_putc(t, &d.out, c)) return NULL;
            i++;
            continue;
        }
        if (!raw) {
            i = dec_escape(&d, i);
        } else if (i + 1 < len && (s[i + 1] == 'u' || s[i + 1] == 'U')) {
            bool big = s[i + 1] == 'U';
            i = dec_hex_escape(&d, i, i + 2, big ? 8 : 4, big ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape",
                               "\\Uxxxxxxxx out of range");
        } else {
            /* a backslash stands for itself, and so does the one after it */
            intptr_t n = i + 1 < len && s[i + 1] == '\\' ? 2 : 1;
            if (!str_builder_put_ascii(t, &d.out, s + i, n)) return NULL;
            i += n;
        }
        if (i < 0) {
            str_builder_discard(&d.out);
            return NULL;
        }
    }
    return dec_finish(&d);
}

/* ---- cp1252 (Windows Western European): latin-1 but for 0x80..0x9F ------------------------ */

/* Code points of bytes 0x80..0x9F; 0 where the byte is undefined. */
static const uint16_t cp1252_high[32] = {
    0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017d, 0x0000,
    0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x0000, 0x017e, 0x0178,
};

static int cp1252_byte(uint32_t c) {
    if (c < 0x80 || (c >= 0xa0 && c < 0x100)) return (int)c;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] && cp1252_high[i] == c) return 0x80 + i;
    return -1;
}

static Object *cp1252_encode(Thread *t, Object *s, const char *errors) {
    intptr_t n = str_len(s);
    if (STR(s)->ascii) return bytes_from(t, str_data(s), n);
    Encoder e = {t, "charmap", errors, handler_of(errors), s, 1, false};
    bytes_buf_init(&e.out);
    if (!bytes_buf_reserve(t, &e.out, n)) return NULL;
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    for (intptr_t i = 0; i < n; i++) {
        int b = cp1252_byte(str_read(kind, d, i));
        if (b >= 0) {
            if (!bytes_buf_putc(t, &e.out, b)) return NULL;
            continue;
        }
        intptr_t j = i + 1;
        while (j < n && cp1252_byte(str_read(kind, d, j)) < 0) j++;
        if (enc_error(&e, i, j, "character maps to <undefined>") < 0) return NULL;
        i = j - 1;
    }
    return bytes_buf_finish(t, &e.out);
}

static Object *cp1252_decode(Thread *t, const char *s, intptr_t len, const char *errors) {
    Decoder d = {t, "charmap", errors, handler_of(errors), s, len};
    str_builder_init(&d.out);
    for (intptr_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)s[i];
        bool high = c >= 0x80 && c < 0xa0;
        if (high && !cp1252_high[c - 0x80]) {
            if (dec_error(&d, i, i + 1, "character maps to <undefined>") < 0) return NULL;
        } else if (!str_builder_putc(t, &d.out, high ? cp1252_high[c - 0x80] : c)) {
            return NULL;
        }
    }
    return dec_finish(&d);
}

/* ---- UTF-16 / UTF-32 ------------------------------------------------------------------ */

/* byteorder: -1 little, 1 big, 0 detect from a BOM (default little, the native order). */
static Object *utf16_decode(Thread *t, const char *s, intptr_t len, const char *errors, int byteorder) {
    const uint8_t *p = (const uint8_t *)s;
    intptr_t i = 0;
    if (byteorder == 0) {
        byteorder = -1;
        if (len >= 2 && p[0] == 0xff && p[1] == 0xfe) i = 2;
        else if (len >= 2 && p[0] == 0xfe && p[1] == 0xff) {
            byteorder = 1;
            i = 2;
        }
    }
    bool be = byteorder > 0;
    Decoder d = {t, be ? "utf-16-be" : "utf-16-le", errors, handler_of(errors), s, len};
    str_builder_init(&d.out);
#define U16(k) (be ? (uint32_t)(p[k] << 8 | p[(k) + 1]) : (uint32_t)(p[(k) + 1] << 8 | p[k]))
    while (i + 1 < len) {
        uint32_t u = U16(i);
        if (u < 0xd800 || u > 0xdfff) {
            if (!str_builder_putc(t, &d.out, u)) return NULL;
            i += 2;
            continue;
        }
        if (u >= 0xdc00) {
            if (d.handler == EH_SURROGATEPASS) {
                if (!str_builder_putc(t, &d.out, u)) return NULL;
            } else if (dec_error(&d, i, i + 2, "illegal encoding") < 0) {
                return NULL;
            }
            i += 2;
            continue;
        }
        if (i + 3 >= len) {
            if (d.handler == EH_SURROGATEPASS) {
                if (!str_builder_putc(t, &d.out, u)) return NULL;
                i += 2;
                continue;
            }
            if (dec_error(&d, i, len, "unexpected end of data") < 0) return NULL;
            i = len;
            break;
        }
        uint32_t u2 = U16(i + 2);
        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
            if (!str_builder_putc(t, &d.out, 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00))) return NULL;
            i += 4;
            continue;
        }
        if (d.handler == EH_SURROGATEPASS) {
            if (!str_builder_putc(t, &d.out, u)) return NULL;
        } else if (dec_error(&d, i, i + 2, "illegal UTF-16 surrogate") < 0) {
            return NULL;
        }
        i += 2;
    }
#undef U16
    if (i < len && dec_error(&d, i, len, "truncated data") < 0) return NULL;
    return dec_finish(&d);
}

static Object *utf32_decode(Thread *t, const char *s, intptr_t len, const char *errors, int byteorder) {
    const uint8_t *p = (const uint8_t *)s;
    intptr_t i = 0;
    if (byteorder == 0) {
        byteorder = -1;
        if (len >= 4 && p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0) i = 4;
        else if (len >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff) {
            byteorder = 1;
            i = 4;
        }
    }
    bool be = byteorder > 0;
    Decoder d = {t, be ? "utf-32-be" : "utf-32-le", errors, handler_of(errors), s, len};
    str_builder_init(&d.out);
    for (; i + 3 < len; i += 4) {
        uint32_t c = be ? (uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 | (uint32_t)p[i + 2] << 8 | p[i + 3]
                        : (uint32_t)p[i + 3] << 24 | (uint32_t)p[i + 2] << 16 | (uint32_t)p[i + 1] << 8 | p[i];
        if (c > 0x10ffff) {
            if (dec_error(&d, i, i + 4, "code point not in range(0x110000)") < 0) return NULL;
        } else if (is_surrogate(c) && d.handler != EH_SURROGATEPASS) {
            if (dec_error(&d, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)") < 0)
                return NULL;
        } else if (!str_builder_putc(t, &d.out, c)) {
            return NULL;
        }
    }
    if (i < len && dec_error(&d, i, len, "truncated data") < 0) return NULL;
    return dec_finish(&d);
}

/* unit 2 or 4; byteorder as above (0: native little-endian with a BOM). */
static Object *utf16_32_encode(Thread *t, Object *s, const char *errors, int unit, int byteorder) {
    const char *name = unit == 2 ? (byteorder == 0 ? "utf-16" : byteorder < 0 ? "utf-16-le" : "utf-16-be")
                                 : (byteorder == 0 ? "utf-32" : byteorder < 0 ? "utf-32-le" : "utf-32-be");
    Encoder e = {t, name, errors, handler_of(errors), s, unit, byteorder > 0};
    bytes_buf_init(&e.out);
    intptr_t n = str_len(s);
    if (!bytes_buf_reserve(t, &e.out, (n + 1) * unit)) return NULL;
    if (byteorder == 0 && !enc_unit(&e, 0xfeff)) return NULL;
    int kind = STR(s)->kind;
    const void *d = str_data(s);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_read(kind, d, i);
        if (is_surrogate(c) && e.handler != EH_SURROGATEPASS) {
            if (enc_error(&e, i, i + 1, "surrogates not allowed") < 0) return NULL;
            continue;
        }
        bool ok;
        if (unit == 2 && c >= 0x10000)
            ok = enc_unit(&e, 0xd800 + ((c - 0x10000) >> 10)) && enc_unit(&e, 0xdc00 + ((c - 0x10000) & 0x3ff));
        else
            ok = enc_unit(&e, c);
        if (!ok) return NULL;
    }
    return bytes_buf_finish(t, &e.out);
}

/* ---- names -------------------------------------------------------------------------------- */

typedef struct CodecAlias {
    const char *alias;
    const char *codec;
} CodecAlias;

static const CodecAlias codec_aliases[] = {
    {"utf_8", "utf-8"}, {"utf8", "utf-8"}, {"u8", "utf-8"}, {"utf", "utf-8"},
    {"utf8_ucs2", "utf-8"}, {"utf8_ucs4", "utf-8"}, {"cp65001", "utf-8"},
    {"utf_8_sig", "utf-8-sig"}, {"utf8_sig", "utf-8-sig"},
    {"latin_1", "latin-1"}, {"latin1", "latin-1"}, {"latin", "latin-1"}, {"l1", "latin-1"},
    {"iso_8859_1", "latin-1"}, {"iso8859_1", "latin-1"}, {"8859", "latin-1"},
    {"cp819", "latin-1"}, {"iso_ir_100", "latin-1"}, {"iso_8859_1_1987", "latin-1"},
    {"csisolatin1", "latin-1"}, {"ibm819", "latin-1"},
    {"ascii", "ascii"}, {"us_ascii", "ascii"}, {"646", "ascii"}, {"us", "ascii"},
    {"ansi_x3.4_1968", "ascii"}, {"ansi_x3_4_1968", "ascii"}, {"ansi_x3.4_1986", "ascii"},
    {"cp367", "ascii"}, {"csascii", "ascii"}, {"ibm367", "ascii"}, {"iso646_us", "ascii"},
    {"iso_646.irv_1991", "ascii"}, {"iso_ir_6", "ascii"},
    {"cp1252", "cp1252"}, {"windows_1252", "cp1252"}, {"1252", "cp1252"},
    {"utf_16", "utf-16"}, {"utf16", "utf-16"}, {"u16", "utf-16"},
    {"utf_16_le", "utf-16-le"}, {"utf_16le", "utf-16-le"}, {"unicodelittleunmarked", "utf-16-le"},
    {"utf_16_be", "utf-16-be"}, {"utf_16be", "utf-16-be"}, {"unicodebigunmarked", "utf-16-be"},
    {"utf_32", "utf-32"}, {"utf32", "utf-32"}, {"u32", "utf-32"},
    {"utf_32_le", "utf-32-le"}, {"utf_32le", "utf-32-le"},
    {"utf_32_be", "utf-32-be"}, {"utf_32be", "utf-32-be"},
    {"unicode_escape", "unicode-escape"}, {"raw_unicode_escape", "raw-unicode-escape"},
};

/* unicode_escape (raw = false) and raw_unicode_escape encoding: Python-literal escapes
 * (\\t \\n \\r \\\\ \\xhh \\uhhhh \\Uhhhhhhhh) for what is not printable ASCII; the raw form
 * writes code points below 256 as they are and escapes only the others. */
static Object *unicode_escape_encode(Thread *t, Object *str, bool raw) {
    static const char hex[] = "0123456789abcdef";
    BytesBuf out;
    bytes_buf_init(&out);
    for (intptr_t i = 0; i < str_len(str); i++) {
        uint32_t c = str_char_at(str, i);
        char buf[10];
        int n = 0;
        if (raw ? c < 0x100 : (c >= 0x20 && c < 0x7f && c != '\\')) {
            buf[n++] = (char)c;
        } else if (!raw && (c == '\\' || c == '\t' || c == '\n' || c == '\r')) {
            buf[n++] = '\\';
            buf[n++] = c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else {
            int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            buf[n++] = '\\';
            buf[n++] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int k = digits - 1; k >= 0; k--) buf[n++] = hex[(c >> (4 * k)) & 15];
        }
        if (!bytes_buf_put(t, &out, buf, n)) {
            bytes_buf_discard(&out);
            return NULL;
        }
    }
    return bytes_buf_finish(t, &out);
}

const char *codecs_normalize(const char *encoding, char *buf, size_t bufsize) {
    if (!encoding) return "utf-8";
    /* As encodings.normalize_encoding: lower case, runs of punctuation/space -> '_'. */
    size_t n = 0;
    bool pending = false;
    for (const char *p = encoding; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.') {
            if (pending && n > 0) {
                if (n + 1 >= bufsize) return NULL;
                buf[n++] = '_';
            }
            pending = false;
            if (n + 1 >= bufsize) return NULL;
            buf[n++] = (char)tolower(c);
        } else {
            pending = true;
        }
    }
    buf[n] = 0;
    for (size_t i = 0; i < sizeof codec_aliases / sizeof codec_aliases[0]; i++)
        if (!strcmp(buf, codec_aliases[i].alias)) return codec_aliases[i].codec;
    return NULL;
}

/* ---- codecs written in Python ------------------------------------------------------------
 * An encoding the C codecs lack is looked up in the codec registry (codecs.lookup, reached
 * through builtins.__import__ as the objects layer may not call the import system); only
 * text encodings may serve str.encode and bytes.decode. */
static Ref registry_codec(Thread *t, const char *encoding, const char *use) {
    Ref imp = dict_get_cstr(t, t->interp->builtins, "__import__");
    if (ref_is_null(imp)) return err_format(t, &exc_LookupError, "unknown encoding: %s", encoding);
    Object *name = str_from_cstr(t, "codecs");
    Ref mod = name ? obj_call1(t, imp, ref_from_obj(name)) : REF_NULL;
    ref_close(imp);
    if (name) obj_decref(name);
    if (ref_is_null(mod)) return REF_NULL;
    Object *enc = str_from_cstr(t, encoding);
    Ref fn = enc ? obj_getattr_cstr(t, mod, "lookup") : REF_NULL;
    Ref info = ref_is_null(fn) ? REF_NULL : obj_call1(t, fn, ref_from_obj(enc));
    ref_close(fn);
    ref_close(mod);
    if (enc) obj_decref(enc);
    if (ref_is_null(info)) return REF_NULL;
    Ref is_text = obj_getattr_cstr(t, info, "_is_text_encoding");
    int text = ref_is_null(is_text) ? (err_clear(t), 1) : obj_truthy(t, is_text);
    ref_close(is_text);
    if (text <= 0) {
        ref_close(info);
        if (text == 0)
            err_format(t, &exc_LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                       encoding, use);
        return REF_NULL;
    }
    return info;
}

/* info.encode(arg, errors)[0] (or decode), which must be of type `want`. */
static Object *registry_call(Thread *t, const char *encoding, const char *use, Ref arg, const char *errors,
                             Type *want) {
    Ref info = registry_codec(t, encoding, use);
    if (ref_is_null(info)) return NULL;
    Object *err = str_from_cstr(t, errors ? errors : "strict");
    Ref fn = err ? obj_getattr_cstr(t, info, use) : REF_NULL;
    ref_close(info);
    Ref r = ref_is_null(fn) ? REF_NULL : obj_call2(t, fn, arg, ref_from_obj(err));
    ref_close(fn);
    if (err) obj_decref(err);
    if (ref_is_null(r)) return NULL;
    if (!tuple_check(r) || tuple_size(ref_obj(r)) != 2) {
        err_format(t, &exc_TypeError, "%s must return a tuple (object, integer)",
                   want == &bytes_type ? "encoder" : "decoder");
        ref_close(r);
        return NULL;
    }
    Ref v = tuple_get(ref_obj(r), 0);
    if (!ref_type_is(v, want)) {
        err_format(t, &exc_TypeError, "'%s' %s returned '%s' instead of '%s'; use codecs.%s() to %s to arbitrary types",
                   encoding, want == &bytes_type ? "encoder" : "decoder", ref_type(v)->tp_name,
                   want == &bytes_type ? "bytes" : "str", use, use);
        ref_close(r);
        return NULL;
    }
    Object *out = ref_obj(ref_dup(v));
    ref_close(r);
    return out;
}

Object *codecs_encode(Thread *t, Object *str, const char *encoding, const char *errors) {
    char buf[64];
    const char *c = codecs_normalize(encoding, buf, sizeof buf);
    if (!c) return registry_call(t, encoding, "encode", ref_from_obj(str), errors, &bytes_type);
    if (!strcmp(c, "utf-8")) return codecs_utf8_encode(t, str, errors);
    if (!strcmp(c, "latin-1")) return charmap_encode(t, str, errors, 256, "latin-1", "ordinal not in range(256)");
    if (!strcmp(c, "ascii")) return charmap_encode(t, str, errors, 128, "ascii", "ordinal not in range(128)");
    if (!strcmp(c, "cp1252")) return cp1252_encode(t, str, errors);
    if (!strcmp(c, "unicode-escape")) return unicode_escape_encode(t, str, false);
    if (!strcmp(c, "raw-unicode-escape")) return unicode_escape_encode(t, str, true);
    if (!strcmp(c, "utf-8-sig")) {
        Object *b = codecs_utf8_encode(t, str, errors);
        if (!b) return NULL;
        BytesBuf out;
        bytes_buf_init(&out);
        if (!bytes_buf_put(t, &out, "\xef\xbb\xbf", 3) ||
            !bytes_buf_put(t, &out, bytes_data(b), bytes_size(b))) {
            obj_decref(b);
            return NULL;
        }
        obj_decref(b);
        return bytes_buf_finish(t, &out);
    }
    if (!strncmp(c, "utf-16", 6) || !strncmp(c, "utf-32", 6)) {
        int unit = c[4] == '1' ? 2 : 4;
        int order = c[6] == 0 ? 0 : c[7] == 'l' ? -1 : 1;
        return utf16_32_encode(t, str, errors, unit, order);
    }
    err_format(t, &exc_LookupError, "unknown encoding: %s", encoding);
    return NULL;
}

Object *codecs_decode(Thread *t, const char *data, intptr_t len, const char *encoding,
                      const char *errors) {
    char buf[64];
    const char *c = codecs_normalize(encoding, buf, sizeof buf);
    if (!c) {
        Object *b = bytes_from(t, data, len);
        Object *r = b ? registry_call(t, encoding, "decode", ref_from_obj(b), errors, &str_type) : NULL;
        if (b) obj_decref(b);
        return r;
    }
    if (!strcmp(c, "utf-8")) {
        if (handler_of(errors) != EH_SURROGATEPASS) {
            /* fast path: valid input never consults the handler */
            intptr_t i = 0;
            while (i < len && (uint8_t)data[i] < 128) i++;
            if (i == len) return str_from_ascii(t, data, len);
        }
        return codecs_utf8_decode(t, data, len, errors);
    }
    if (!strcmp(c, "latin-1")) return str_from_latin1(t, data, len);
    if (!strcmp(c, "ascii")) return ascii_decode(t, data, len, errors);
    if (!strcmp(c, "cp1252")) return cp1252_decode(t, data, len, errors);
    if (!strcmp(c, "unicode-escape")) return unicode_escape_decode(t, data, len, errors, false);
    if (!strcmp(c, "raw-unicode-escape")) return unicode_escape_decode(t, data, len, errors, true);
    if (!strcmp(c, "utf-8-sig")) {
        if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) {
            /* error positions are relative to the data after the BOM, as CPython's */
            return codecs_utf8_decode(t, data + 3, len - 3, errors);
        }
        return codecs_utf8_decode(t, data, len, errors);
    }
    if (!strncmp(c, "utf-16", 6) || !strncmp(c, "utf-32", 6)) {
        int order = c[6] == 0 ? 0 : c[7] == 'l' ? -1 : 1;
        return c[4] == '1' ? utf16_decode(t, data, len, errors, order)
                           : utf32_decode(t, data, len, errors, order);
    }
    err_format(t, &exc_LookupError, "unknown encoding: %s", encoding);
    return NULL;
}
