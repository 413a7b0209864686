/* The _json accelerator: the string scanner and the string encoders that the json
 * package (runtime/lib/json) uses instead of its pure-Python versions when this module
 * is importable. Messages and error positions are CPython 3.11's. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* Raises json.decoder.JSONDecodeError(msg, doc, pos). Always returns REF_NULL. */
static Ref json_decode_error(Thread *t, const char *msg, Object *doc, intptr_t pos) {
    Ref mod = import_module(t, "json.decoder");
    if (ref_is_null(mod)) return REF_NULL;
    Ref type = obj_getattr_cstr(t, mod, "JSONDecodeError");
    ref_close(mod);
    if (ref_is_null(type)) return REF_NULL;
    Object *m = str_from_cstr(t, msg);
    Ref exc = REF_NULL;
    if (m) {
        Ref call_args[3] = {ref_from_obj(m), ref_from_obj(doc), ref_from_int(pos)};
        exc = obj_call(t, type, call_args, 3, NULL);
        obj_decref(m);
    }
    ref_close(type);
    if (!ref_is_null(exc)) err_raise(t, exc);
    return REF_NULL;
}

static int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* The 4 hex digits at s[pos..pos+4) (all in range), or -1. */
static int32_t hex4(int kind, const void *data, intptr_t pos) {
    int32_t v = 0;
    for (intptr_t i = pos; i < pos + 4; i++) {
        int d = hex_value(str_read(kind, data, i));
        if (d < 0) return -1;
        v = v << 4 | d;
    }
    return v;
}

static uint32_t simple_escape(uint32_t c) {
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
    }
}

/* Decodes the JSON string whose opening quote is at end - 1. On success stores the index
 * after the closing quote in *next_out and returns the decoded str. */
static Object *json_scan_string(Thread *t, Object *s, intptr_t end, bool strict, intptr_t *next_out) {
    intptr_t n = str_len(s);
    int kind = STR(s)->kind;
    const void *data = str_data(s);
    intptr_t begin = end - 1;
    if (end < 0 || end > n) {
        err_set(t, &exc_ValueError, "end is out of bounds");
        return NULL;
    }
    StrBuilder b;
    str_builder_init(&b);
    bool used_builder = false;
    for (;;) {
        intptr_t i = end;
        uint32_t c = 0;
        for (; i < n; i++) {
            c = str_read(kind, data, i);
            if (c == '"' || c == '\\') break;
            if (c <= 0x1f && strict) {
                str_builder_discard(&b);
                json_decode_error(t, "Invalid control character at", s, i);
                return NULL;
            }
        }
        if (i == n) goto unterminated;
        if (c == '"' && !used_builder) {
            /* No escapes at all: one slice of the document. */
            *next_out = i + 1;
            return str_substr(t, s, end, i);
        }
        used_builder = true;
        if (i > end && !str_builder_put_substr(t, &b, s, end, i)) goto fail;
        if (c == '"') {
            *next_out = i + 1;
            return str_builder_finish(t, &b);
        }
        intptr_t esc = i + 1; /* the character after the backslash */
        if (esc == n) goto unterminated;
        uint32_t e = str_read(kind, data, esc);
        uint32_t out;
        if (e != 'u') {
            out = simple_escape(e);
            if (!out) {
                str_builder_discard(&b);
                json_decode_error(t, "Invalid \\escape", s, i);
                return NULL;
            }
            end = esc + 1;
        } else {
            end = esc + 5;
            int32_t v = end >= n ? -1 : hex4(kind, data, esc + 1);
            if (v < 0) {
                str_builder_discard(&b);
                json_decode_error(t, "Invalid \\uXXXX escape", s, esc);
                return NULL;
            }
            out = (uint32_t)v;
            if (out >= 0xd800 && out <= 0xdbff && end + 6 < n &&
                str_read(kind, data, end) == '\\' && str_read(kind, data, end + 1) == 'u') {
                int32_t low = hex4(kind, data, end + 2);
                if (low < 0) {
                    str_builder_discard(&b);
                    json_decode_error(t, "Invalid \\uXXXX escape", s, end + 1);
                    return NULL;
                }
                if (low >= 0xdc00 && low <= 0xdfff) {
                    out = 0x10000 + (((out - 0xd800) << 10) | ((uint32_t)low - 0xdc00));
                    end += 6;
                }
            }
        }
        if (!str_builder_putc(t, &b, out)) goto fail;
    }
unterminated:
    str_builder_discard(&b);
    json_decode_error(t, "Unterminated string starting at", s, begin);
    return NULL;
fail:
    str_builder_discard(&b);
    return NULL;
}

FN(json_scanstring) {
    (void)self;
    if (!args_no_kw(t, "scanstring", kw)) return REF_NULL;
    if (nargs < 2 || nargs > 3)
        return err_format(t, &exc_TypeError, "scanstring() takes at %s %d arguments (%zd given)",
                          nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, (intptr_t)nargs);
    Ref a[3] = {args[0], args[1], nargs == 3 ? args[2] : REF_NULL};
    if (!str_check(a[0]))
        return err_format(t, &exc_TypeError, "first argument must be a string, not %T", a[0]);
    intptr_t end = obj_as_ssize(t, a[1], &exc_OverflowError);
    if (end == -1 && err_occurred(t)) return REF_NULL;
    int strict = 1;
    if (!ref_is_null(a[2]) && (strict = obj_truthy(t, a[2])) < 0) return REF_NULL;
    intptr_t next;
    Object *res = json_scan_string(t, ref_obj(a[0]), end, strict, &next);
    if (!res) return REF_NULL;
    Ref items[2] = {ref_from_obj(res), ref_from_int(next)};
    Object *tup = tuple_from_array(t, items, 2);
    obj_decref(res);
    return tup ? ref_from_obj(tup) : REF_NULL;
}

static const char hex_digits[] = "0123456789abcdef";

static bool put_u_escape(Thread *t, StrBuilder *b, uint32_t c) {
    char buf[6] = {'\\', 'u', hex_digits[(c >> 12) & 0xf], hex_digits[(c >> 8) & 0xf],
                   hex_digits[(c >> 4) & 0xf], hex_digits[c & 0xf]};
    return str_builder_put_ascii(t, b, buf, 6);
}

/* Appends c escaped for JSON: the short escapes, \uXXXX for other control characters
 * and, when ascii_only, for everything outside ' '..'~' (as a surrogate pair above the
 * BMP). */
static bool put_escaped(Thread *t, StrBuilder *b, uint32_t c, bool ascii_only) {
    switch (c) {
    case '"': return str_builder_put_ascii(t, b, "\\\"", 2);
    case '\\': return str_builder_put_ascii(t, b, "\\\\", 2);
    case '\b': return str_builder_put_ascii(t, b, "\\b", 2);
    case '\f': return str_builder_put_ascii(t, b, "\\f", 2);
    case '\n': return str_builder_put_ascii(t, b, "\\n", 2);
    case '\r': return str_builder_put_ascii(t, b, "\\r", 2);
    case '\t': return str_builder_put_ascii(t, b, "\\t", 2);
    default: break;
    }
    if (c < 0x20 || (ascii_only && c > '~' && c < 0x10000)) return put_u_escape(t, b, c);
    if (ascii_only && c >= 0x10000) {
        uint32_t v = c - 0x10000;
        return put_u_escape(t, b, 0xd800 | (v >> 10)) && put_u_escape(t, b, 0xdc00 | (v & 0x3ff));
    }
    return str_builder_putc(t, b, c);
}

static bool needs_escape(uint32_t c, bool ascii_only) {
    return c < 0x20 || c == '"' || c == '\\' || (ascii_only && c > '~');
}

/* Appends the JSON string literal for s (quotes included) to b. */
static bool json_put_string(Thread *t, StrBuilder *b, Object *s, bool ascii_only) {
    intptr_t n = str_len(s);
    int kind = STR(s)->kind;
    const void *data = str_data(s);
    if (!str_builder_putc(t, b, '"')) return false;
    intptr_t run = 0; /* start of the pending run of characters needing no escape */
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_read(kind, data, i);
        if (!needs_escape(c, ascii_only)) continue;
        if (i > run && !str_builder_put_substr(t, b, s, run, i)) return false;
        if (!put_escaped(t, b, c, ascii_only)) return false;
        run = i + 1;
    }
    if (n > run && !str_builder_put_substr(t, b, s, run, n)) return false;
    return str_builder_putc(t, b, '"');
}

static Ref encode_string(Thread *t, const Ref *args, size_t nargs, Object *kw, const char *fname,
                         bool ascii_only) {
    if (!args_no_kw(t, fname, kw)) return REF_NULL;
    if (nargs != 1)
        return err_format(t, &exc_TypeError, "%s() takes exactly one argument (%zd given)", fname,
                          (intptr_t)nargs);
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "first argument must be a string, not %T", args[0]);
    StrBuilder b;
    str_builder_init(&b);
    if (!json_put_string(t, &b, ref_obj(args[0]), ascii_only)) {
        str_builder_discard(&b);
        return REF_NULL;
    }
    Object *res = str_builder_finish(t, &b);
    return res ? ref_from_obj(res) : REF_NULL;
}

FN(json_encode_basestring_ascii) {
    (void)self;
    return encode_string(t, args, nargs, kw, "encode_basestring_ascii", true);
}

FN(json_encode_basestring) {
    (void)self;
    return encode_string(t, args, nargs, kw, "encode_basestring", false);
}

/* ---- make_scanner: the decoder's scan_once ---------------------------------------------- */

typedef struct Scanner {
    Object ob;
    bool strict;
    Ref object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    Object *memo;              /* dict: keys seen in this document, so equal keys are shared */
} Scanner;
extern Type json_scanner_type;
#define SCANNER(o) ((Scanner *)(o))

static bool is_json_space(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* What one scan works on: the document, its characters, and the scanner's settings. */
typedef struct Scan {
    Scanner *sc;
    Object *s;
    int kind;
    const void *data;
    intptr_t n;
    bool strict;
} Scan;

static intptr_t skip_space(const Scan *c, intptr_t i) {
    while (i < c->n && is_json_space(str_read(c->kind, c->data, i))) i++;
    return i;
}

static bool is_digit_at(const Scan *c, intptr_t i) {
    uint32_t ch = str_read(c->kind, c->data, i);
    return ch >= '0' && ch <= '9';
}

static intptr_t skip_digits(const Scan *c, intptr_t i) {
    while (i < c->n && is_digit_at(c, i)) i++;
    return i;
}

static bool matches_at(const Scan *c, intptr_t i, const char *word) {
    for (; *word; word++, i++)
        if (i >= c->n || str_read(c->kind, c->data, i) != (uint32_t)*word) return false;
    return true;
}

static Ref stop_at(Thread *t, intptr_t idx) {
    return err_set_value(t, &exc_StopIteration, ref_from_int(idx));
}

/* The number at start (JSON's grammar), converted by parse_int/parse_float. */
static Ref scan_number(Thread *t, const Scan *c, intptr_t start, intptr_t *next) {
    intptr_t i = start;
    if (str_read(c->kind, c->data, i) == '-' && ++i >= c->n) return stop_at(t, start);
    uint32_t first = str_read(c->kind, c->data, i);
    if (first >= '1' && first <= '9') i = skip_digits(c, i + 1);
    else if (first == '0') i++;
    else return stop_at(t, start);
    bool is_float = false;
    if (i < c->n - 1 && str_read(c->kind, c->data, i) == '.' && is_digit_at(c, i + 1)) {
        is_float = true;
        i = skip_digits(c, i + 2);
    }
    if (i < c->n - 1 && (str_read(c->kind, c->data, i) | 0x20) == 'e') {
        intptr_t e_start = i++;
        uint32_t sign = str_read(c->kind, c->data, i);
        if (i < c->n - 1 && (sign == '-' || sign == '+')) i++;
        i = skip_digits(c, i);
        if (is_digit_at(c, i - 1)) is_float = true;
        else i = e_start;
    }
    *next = i;
    Ref hook = is_float ? c->sc->parse_float : c->sc->parse_int;
    bool builtin = ref_is_obj(hook) && (void *)ref_obj(hook) == (void *)(is_float ? &float_type : &int_type);
    if (!is_float && builtin && i - start <= 18) {
        /* Fits a tagged int: no string at all. */
        int64_t v = 0;
        intptr_t d = start + (str_read(c->kind, c->data, start) == '-');
        for (; d < i; d++) v = v * 10 + (int64_t)(str_read(c->kind, c->data, d) - '0');
        return ref_from_int(str_read(c->kind, c->data, start) == '-' ? -v : v);
    }
    Object *text = str_substr(t, c->s, start, i);
    if (!text) return REF_NULL;
    Ref r;
    if (builtin) r = is_float ? float_from_str_obj(t, text) : int_from_str_obj(t, text, 10);
    else r = obj_call1(t, hook, ref_from_obj(text));
    obj_decref(text);
    return r;
}

static Ref scan_value(Thread *t, const Scan *c, intptr_t idx, intptr_t *next);

static Ref decode_error_ref(Thread *t, const char *msg, const Scan *c, intptr_t pos) {
    return json_decode_error(t, msg, c->s, pos);
}

/* The array whose '[' is at idx - 1. */
static Ref scan_array(Thread *t, const Scan *c, intptr_t idx, intptr_t *next) {
    Object *list = list_new(t, 0);
    if (!list) return REF_NULL;
    idx = skip_space(c, idx);
    if (idx < c->n && str_read(c->kind, c->data, idx) == ']') {
        *next = idx + 1;
        return ref_from_obj(list);
    }
    for (;;) {
        Ref v = scan_value(t, c, idx, &idx);
        if (ref_is_null(v) || list_append_steal(t, list, v) < 0) goto fail;
        idx = skip_space(c, idx);
        uint32_t ch = idx < c->n ? str_read(c->kind, c->data, idx) : 0;
        if (ch == ']') break;
        if (ch != ',') {
            decode_error_ref(t, "Expecting ',' delimiter", c, idx);
            goto fail;
        }
        idx = skip_space(c, idx + 1);
    }
    *next = idx + 1;
    return ref_from_obj(list);
fail:
    obj_decref(list);
    return REF_NULL;
}

/* At a '"': the object's key (shared through the memo), then ':' and white space. */
static Ref scan_key(Thread *t, const Scan *c, intptr_t idx, intptr_t *next) {
    Object *key = json_scan_string(t, c->s, idx + 1, c->strict, &idx);
    if (!key) return REF_NULL;
    Ref shared = dict_setdefault(t, c->sc->memo, ref_from_obj(key), ref_from_obj(key));
    obj_decref(key);
    if (ref_is_null(shared)) return REF_NULL;
    idx = skip_space(c, idx);
    if (idx >= c->n || str_read(c->kind, c->data, idx) != ':') {
        ref_close(shared);
        return decode_error_ref(t, "Expecting ':' delimiter", c, idx);
    }
    *next = skip_space(c, idx + 1);
    return shared;
}

/* The object handed on: the dict, or what object_hook makes of it. */
static Ref finish_object(Thread *t, const Scan *c, Object *d) {
    if (ref_is(c->sc->object_hook, REF_NONE)) return ref_from_obj(d);
    Ref r = obj_call1(t, c->sc->object_hook, ref_from_obj(d));
    obj_decref(d);
    return r;
}

/* The object whose '{' is at idx - 1. Its pairs go straight into a dict, or, for an
 * object_pairs_hook, into a list of (key, value) tuples handed to the hook. */
static Ref scan_object(Thread *t, const Scan *c, intptr_t idx, intptr_t *next) {
    bool want_pairs = !ref_is(c->sc->object_pairs_hook, REF_NONE);
    Object *acc = want_pairs ? list_new(t, 0) : dict_new(t);
    if (!acc) return REF_NULL;
    idx = skip_space(c, idx);
    if (idx >= c->n || str_read(c->kind, c->data, idx) != '}') {
        for (;;) {
            if (idx >= c->n || str_read(c->kind, c->data, idx) != '"') {
                decode_error_ref(t, "Expecting property name enclosed in double quotes", c, idx);
                goto fail;
            }
            Ref key = scan_key(t, c, idx, &idx);
            if (ref_is_null(key)) goto fail;
            Ref v = scan_value(t, c, idx, &idx);
            if (ref_is_null(v)) {
                ref_close(key);
                goto fail;
            }
            if (want_pairs) {
                Ref kv[2] = {key, v};
                Object *pair = tuple_from_array_steal(t, kv, 2);
                if (!pair || list_append_steal(t, acc, ref_from_obj(pair)) < 0) goto fail;
            } else {
                int r = dict_set(t, acc, key, v);
                ref_close(key);
                ref_close(v);
                if (r < 0) goto fail;
            }
            idx = skip_space(c, idx);
            uint32_t ch = idx < c->n ? str_read(c->kind, c->data, idx) : 0;
            if (ch == '}') break;
            if (ch != ',') {
                decode_error_ref(t, "Expecting ',' delimiter", c, idx);
                goto fail;
            }
            idx = skip_space(c, idx + 1);
        }
    }
    *next = idx + 1;
    if (!want_pairs) return finish_object(t, c, acc);
    Ref r = obj_call1(t, c->sc->object_pairs_hook, ref_from_obj(acc));
    obj_decref(acc);
    return r;
fail:
    obj_decref(acc);
    return REF_NULL;
}

static Ref scan_constant(Thread *t, const Scan *c, const char *name, intptr_t idx, intptr_t *next) {
    *next = idx + (intptr_t)strlen(name);
    Object *s = str_from_cstr(t, name);
    if (!s) return REF_NULL;
    Ref r = obj_call1(t, c->sc->parse_constant, ref_from_obj(s));
    obj_decref(s);
    return r;
}

/* Any JSON value at idx; StopIteration(idx) when none starts there. */
static Ref scan_value(Thread *t, const Scan *c, intptr_t idx, intptr_t *next) {
    if (idx >= c->n) return stop_at(t, idx);
    Ref r;
    switch (str_read(c->kind, c->data, idx)) {
    case '"': {
        Object *s = json_scan_string(t, c->s, idx + 1, c->strict, next);
        return s ? ref_from_obj(s) : REF_NULL;
    }
    case '{':
        if (!rec_enter(t, " while decoding a JSON object from a unicode string")) return REF_NULL;
        r = scan_object(t, c, idx + 1, next);
        rec_leave(t);
        return r;
    case '[':
        if (!rec_enter(t, " while decoding a JSON array from a unicode string")) return REF_NULL;
        r = scan_array(t, c, idx + 1, next);
        rec_leave(t);
        return r;
    case 'n':
        if (!matches_at(c, idx, "null")) break;
        *next = idx + 4;
        return REF_NONE;
    case 't':
        if (!matches_at(c, idx, "true")) break;
        *next = idx + 4;
        return REF_TRUE;
    case 'f':
        if (!matches_at(c, idx, "false")) break;
        *next = idx + 5;
        return REF_FALSE;
    case 'N':
        if (!matches_at(c, idx, "NaN")) break;
        return scan_constant(t, c, "NaN", idx, next);
    case 'I':
        if (!matches_at(c, idx, "Infinity")) break;
        return scan_constant(t, c, "Infinity", idx, next);
    case '-':
        if (!matches_at(c, idx, "-Infinity")) break;
        return scan_constant(t, c, "-Infinity", idx, next);
    default:
        break;
    }
    return scan_number(t, c, idx, next);
}

static Ref scanner_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"string", "idx", NULL};
    static const ArgSpec spec = {"scan_once", names, 2, 2};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!str_check(a[0]))
        return err_format(t, &exc_TypeError, "first argument must be a string, not %T", a[0]);
    intptr_t idx = obj_as_ssize(t, a[1], &exc_OverflowError);
    if (idx == -1 && err_occurred(t)) return REF_NULL;
    if (idx < 0) return err_set(t, &exc_ValueError, "idx cannot be negative");
    Scanner *sc = SCANNER(ref_obj(self));
    Object *s = ref_obj(a[0]);
    Scan c = {sc, s, STR(s)->kind, str_data(s), str_len(s), sc->strict};
    intptr_t next = idx;
    Ref v = scan_value(t, &c, idx, &next);
    dict_clear(sc->memo);
    if (ref_is_null(v)) return REF_NULL;
    Ref items[2] = {v, ref_from_int(next)};
    Object *tup = tuple_from_array_steal(t, items, 2);
    return tup ? ref_from_obj(tup) : REF_NULL;
}

/* make_scanner(context): reads the decoder's settings once. */
static Ref scanner_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    (void)type;
    static const char *const names[] = {"context", NULL};
    static const ArgSpec spec = {"make_scanner", names, 1, 1};
    Ref ctx;
    if (!args_parse(t, &spec, args, nargs, kw, &ctx)) return REF_NULL;
    Scanner *sc = (Scanner *)obj_alloc(t, &json_scanner_type, sizeof(Scanner));
    if (!sc) return REF_NULL;
    static const char *const attrs[] = {"object_hook", "object_pairs_hook", "parse_float",
                                        "parse_int", "parse_constant"};
    Ref *slots[] = {&sc->object_hook, &sc->object_pairs_hook, &sc->parse_float,
                        &sc->parse_int, &sc->parse_constant};
    Ref strict = obj_getattr_cstr(t, ctx, "strict");
    int truth = ref_is_null(strict) ? -1 : obj_truthy(t, strict);
    ref_close(strict);
    sc->strict = truth > 0;
    sc->memo = dict_new(t);
    bool ok = truth >= 0 && sc->memo;
    for (size_t i = 0; ok && i < sizeof attrs / sizeof attrs[0]; i++) {
        Ref v = obj_getattr_cstr(t, ctx, attrs[i]);
        if (ref_is_null(v)) ok = false;
        else *slots[i] = v;
    }
    gc_track(&sc->ob);
    if (!ok) {
        obj_decref(&sc->ob);
        return REF_NULL;
    }
    return ref_from_obj(&sc->ob);
}

static int scanner_traverse(Object *o, VisitFn visit, void *arg) {
    Scanner *sc = SCANNER(o);
    Ref fields[] = {sc->object_hook, sc->object_pairs_hook, sc->parse_float, sc->parse_int,
                    sc->parse_constant};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        int r;
        if (ref_is_obj(fields[i]) && (r = visit(ref_obj(fields[i]), arg))) return r;
    }
    return sc->memo ? visit(sc->memo, arg) : 0;
}

static int scanner_clear(Object *o) {
    Scanner *sc = SCANNER(o);
    Ref *fields[] = {&sc->object_hook, &sc->object_pairs_hook, &sc->parse_float, &sc->parse_int,
                     &sc->parse_constant};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        Ref v = *fields[i];
        *fields[i] = REF_NULL;
        ref_close(v);
    }
    OBJ_SETREF(sc->memo, NULL);
    return 0;
}

static void scanner_dealloc(Object *o) {
    gc_untrack(o);
    scanner_clear(o);
    o->ob_type->tp_free(o);
}

static const MemberDef scanner_members[] = {
    {"strict", MEMBER_T_BOOL, offsetof(Scanner, strict), MEMBER_READONLY, NULL},
    {"object_hook", MEMBER_T_REF, offsetof(Scanner, object_hook), MEMBER_READONLY, NULL},
    {"object_pairs_hook", MEMBER_T_REF, offsetof(Scanner, object_pairs_hook), MEMBER_READONLY, NULL},
    {"parse_float", MEMBER_T_REF, offsetof(Scanner, parse_float), MEMBER_READONLY, NULL},
    {"parse_int", MEMBER_T_REF, offsetof(Scanner, parse_int), MEMBER_READONLY, NULL},
    {"parse_constant", MEMBER_T_REF, offsetof(Scanner, parse_constant), MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

Type json_scanner_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_json.Scanner",
    .tp_basicsize = sizeof(Scanner),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = scanner_dealloc,
    .tp_traverse = scanner_traverse,
    .tp_clear = scanner_clear,
    .tp_free = obj_free,
    .new_ = scanner_new,
    .call = scanner_call,
    .members = scanner_members,
};

/* ---- make_encoder: the one-shot encoder of JSONEncoder.encode ----------------------------
 * With its nine arguments it is CPython's C encoder (indent ignored). Spry's json.encoder
 * passes a tenth, the indent text, for one-shot encoding with an indent: the encoder then
 * writes what json.encoder's Python _iterencode would, messages included. */

typedef struct Encoder {
    Object ob;
    Ref markers;               /* dict of id -> object being encoded, or None */
    Ref default_fn, encoder, indent;
    Object *key_separator, *item_separator;
    Object *indent_text;       /* NULL: one line */
    bool sort_keys, skipkeys, allow_nan;
    bool ascii_only, fast_strings; /* encoder is one of this module's string encoders */
} Encoder;
#define ENCODER(o) ((Encoder *)(o))
extern Type json_encoder_type;

static bool encode_value(Thread *t, Encoder *e, StrBuilder *b, Ref o, intptr_t level);

static bool encode_str(Thread *t, Encoder *e, StrBuilder *b, Ref s) {
    if (e->fast_strings) return json_put_string(t, b, ref_obj(s), e->ascii_only);
    Ref r = obj_call1(t, e->encoder, s);
    if (ref_is_null(r)) return false;
    bool ok = str_check(r);
    if (!ok) err_format(t, &exc_TypeError, "encoder() must return a string, not %T", r);
    else ok = str_builder_put_str(t, b, ref_obj(r));
    ref_close(r);
    return ok;
}

/* float.__repr__ for finite values; NaN and the infinities as JavaScript spells them. */
static Object *float_text(Thread *t, Encoder *e, Ref f) {
    double v = float_value(f);
    if (isfinite(v)) return float_repr_str(t, v);
    if (!e->allow_nan) {
        if (e->indent_text) /* _iterencode's message names the value */
            err_format(t, &exc_ValueError, "Out of range float values are not JSON compliant: %R", f);
        else
            err_set(t, &exc_ValueError, "Out of range float values are not JSON compliant");
        return NULL;
    }
    return str_from_cstr(t, v != v ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
}

static bool put_owned(Thread *t, StrBuilder *b, Object *s) {
    if (!s) return false;
    bool ok = str_builder_put_str(t, b, s);
    obj_decref(s);
    return ok;
}

/* int.__repr__, also for subclasses such as IntEnum members. */
static bool put_int(Thread *t, StrBuilder *b, Ref o) {
    if (ref_is_int(o)) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)ref_int(o));
        return str_builder_put_ascii(t, b, buf, n);
    }
    return put_owned(t, b, int_to_decimal_str(t, o));
}

/* Records o in markers (ValueError if it is already being encoded); *key gets its id. */
static bool mark(Thread *t, Encoder *e, Ref o, Ref *key) {
    *key = REF_NULL;
    if (ref_is(e->markers, REF_NONE)) return true;
    *key = int_from_u64(t, (uintptr_t)ref_obj(o));
    if (ref_is_null(*key)) return false;
    int r = dict_contains(t, ref_obj(e->markers), *key);
    if (r == 0) r = dict_set(t, ref_obj(e->markers), *key, o) < 0 ? -1 : 0;
    else if (r > 0) err_set(t, &exc_ValueError, "Circular reference detected");
    if (r == 0) return true;
    ref_close(*key);
    *key = REF_NULL;
    return false;
}

static bool unmark(Thread *t, Encoder *e, Ref key) {
    if (ref_is_null(key)) return true;
    int r = dict_del(t, ref_obj(e->markers), key);
    ref_close(key);
    return r >= 0;
}

/* With an indent: a line break and `level` indents; else nothing. */
static bool put_newline_indent(Thread *t, Encoder *e, StrBuilder *b, intptr_t level) {
    if (!e->indent_text) return true;
    if (!str_builder_putc(t, b, '\n')) return false;
    for (intptr_t i = 0; i < level; i++)
        if (!str_builder_put_str(t, b, e->indent_text)) return false;
    return true;
}

static bool put_item_separator(Thread *t, Encoder *e, StrBuilder *b, intptr_t level) {
    return str_builder_put_str(t, b, e->item_separator) && put_newline_indent(t, e, b, level);
}

static bool encode_sequence(Thread *t, Encoder *e, StrBuilder *b, Ref o, intptr_t level) {
    Object *seq = ref_obj(o);
    bool is_list = list_check(o);
    intptr_t n = is_list ? list_size(seq) : tuple_size(seq);
    if (n == 0) return str_builder_put_ascii(t, b, "[]", 2);
    Ref key;
    if (!mark(t, e, o, &key)) return false;
    bool ok = str_builder_putc(t, b, '[') && put_newline_indent(t, e, b, level + 1);
    /* A list may shrink while its items' default() runs: re-read the size each time. */
    for (intptr_t i = 0; ok && i < (is_list ? list_size(seq) : n); i++) {
        if (i > 0 && !put_item_separator(t, e, b, level + 1)) ok = false;
        Ref item = ref_dup(is_list ? list_items(seq)[i] : tuple_get(seq, i));
        ok = ok && encode_value(t, e, b, item, level + 1);
        ref_close(item);
    }
    ok = ok && put_newline_indent(t, e, b, level) && str_builder_putc(t, b, ']');
    if (!ok) {
        ref_close(key);
        return false;
    }
    return unmark(t, e, key);
}

/* A dict key as JSON text (a str), REF_NONE to skip it, REF_NULL on error. */
static Ref key_text(Thread *t, Encoder *e, Ref k) {
    if (str_check(k)) return ref_dup(k);
    Object *s;
    if (float_check(k)) s = float_text(t, e, k);
    else if (ref_is(k, REF_TRUE)) s = str_from_cstr(t, "true");
    else if (ref_is(k, REF_FALSE)) s = str_from_cstr(t, "false");
    else if (ref_is(k, REF_NONE)) s = str_from_cstr(t, "null");
    else if (int_check(k)) s = int_to_decimal_str(t, k);
    else if (e->skipkeys) return REF_NONE;
    else
        return err_format(t, &exc_TypeError, "keys must be str, int, float, bool or None, not %s",
                          ref_type(k)->tp_name);
    return s ? ref_from_obj(s) : REF_NULL;
}

static bool encode_dict(Thread *t, Encoder *e, StrBuilder *b, Ref o, intptr_t level) {
    if (dict_size(ref_obj(o)) == 0) return str_builder_put_ascii(t, b, "{}", 2);
    Ref marker;
    if (!mark(t, e, o, &marker)) return false;
    Object *items = dict_items_list(t, ref_obj(o));
    bool ok = items && (!e->sort_keys || list_sort(t, items, REF_NULL, false) >= 0);
    ok = ok && str_builder_putc(t, b, '{') && put_newline_indent(t, e, b, level + 1);
    bool first = true;
    for (intptr_t i = 0; ok && i < list_size(items); i++) {
        Object *kv = ref_obj(list_items(items)[i]);
        Ref k = key_text(t, e, tuple_get(kv, 0));
        if (ref_is_null(k)) ok = false;
        else if (!ref_is(k, REF_NONE)) {
            ok = (first || put_item_separator(t, e, b, level + 1)) &&
                 encode_str(t, e, b, k) && str_builder_put_str(t, b, e->key_separator) &&
                 encode_value(t, e, b, tuple_get(kv, 1), level + 1);
            first = false;
        }
        ref_close(k);
    }
    obj_xdecref(items);
    ok = ok && put_newline_indent(t, e, b, level) && str_builder_putc(t, b, '}');
    if (!ok) {
        ref_close(marker);
        return false;
    }
    return unmark(t, e, marker);
}

static bool encode_value(Thread *t, Encoder *e, StrBuilder *b, Ref o, intptr_t level) {
    if (ref_is(o, REF_NONE)) return str_builder_put_ascii(t, b, "null", 4);
    if (ref_is(o, REF_TRUE)) return str_builder_put_ascii(t, b, "true", 4);
    if (ref_is(o, REF_FALSE)) return str_builder_put_ascii(t, b, "false", 5);
    if (str_check(o)) return encode_str(t, e, b, o);
    if (int_check(o)) return put_int(t, b, o);
    if (float_check(o)) return put_owned(t, b, float_text(t, e, o));
    bool ok;
    if (list_check(o) || tuple_check(o) || dict_check(o)) {
        if (!rec_enter(t, " while encoding a JSON object")) return false;
        ok = dict_check(o) ? encode_dict(t, e, b, o, level) : encode_sequence(t, e, b, o, level);
        rec_leave(t);
        return ok;
    }
    Ref key;
    if (!mark(t, e, o, &key)) return false;
    Ref replacement = obj_call1(t, e->default_fn, o);
    ok = !ref_is_null(replacement) && rec_enter(t, " while encoding a JSON object");
    if (ok) {
        ok = encode_value(t, e, b, replacement, level);
        rec_leave(t);
    }
    ref_close(replacement);
    if (!ok) {
        ref_close(key);
        return false;
    }
    return unmark(t, e, key);
}

static Ref encoder_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"obj", "_current_indent_level", NULL};
    static const ArgSpec spec = {"_iterencode", names, 2, 2};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    StrBuilder b;
    str_builder_init(&b);
    if (!encode_value(t, ENCODER(ref_obj(self)), &b, a[0], 0)) {
        str_builder_discard(&b);
        return REF_NULL;
    }
    Object *s = str_builder_finish(t, &b);
    if (!s) return REF_NULL;
    /* CPython 3.11 hands back a list holding the one chunk. */
    Object *chunks = list_new(t, 0);
    if (!chunks || list_append_steal(t, chunks, ref_from_obj(s)) < 0) {
        if (!chunks) obj_decref(s);
        obj_xdecref(chunks);
        return REF_NULL;
    }
    return ref_from_obj(chunks);
}

static bool is_own_function(Ref f, Ref (*fn)(Thread *, Ref, const Ref *, size_t, Object *)) {
    return ref_is_obj(f) && ref_obj(f)->ob_type == &cfunction_type &&
           ((CFunctionObj *)ref_obj(f))->def && ((CFunctionObj *)ref_obj(f))->def->fn == fn;
}

static Ref encoder_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    (void)type;
    static const char *const names[] = {"markers", "default", "encoder", "indent", "key_separator",
                                        "item_separator", "sort_keys", "skipkeys", "allow_nan",
                                        "indent_text", NULL};
    static const ArgSpec spec = {"make_encoder", names, 9, 10};
    Ref a[10];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!ref_is(a[0], REF_NONE) && !dict_check(a[0]))
        return err_format(t, &exc_TypeError, "make_encoder() argument 1 must be dict or None, not %T",
                          a[0]);
    for (int i = 4; i <= 5; i++)
        if (!str_check(a[i]))
            return err_format(t, &exc_TypeError, "make_encoder() argument %d must be str, not %T",
                              i + 1, a[i]);
    if (!ref_is_null(a[9]) && !str_check(a[9]))
        return err_format(t, &exc_TypeError, "make_encoder() argument 10 must be str, not %T", a[9]);
    int flags[3];
    for (int i = 0; i < 3; i++)
        if ((flags[i] = obj_truthy(t, a[6 + i])) < 0) return REF_NULL;
    Encoder *e = (Encoder *)obj_alloc(t, &json_encoder_type, sizeof(Encoder));
    if (!e) return REF_NULL;
    e->markers = ref_dup(a[0]);
    e->default_fn = ref_dup(a[1]);
    e->encoder = ref_dup(a[2]);
    e->indent = ref_dup(a[3]);
    e->key_separator = ref_obj(ref_dup(a[4]));
    e->item_separator = ref_obj(ref_dup(a[5]));
    e->indent_text = ref_is_null(a[9]) ? NULL : ref_obj(ref_dup(a[9]));
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->ascii_only = is_own_function(a[2], json_encode_basestring_ascii);
    e->fast_strings = e->ascii_only || is_own_function(a[2], json_encode_basestring);
    gc_track(&e->ob);
    return ref_from_obj(&e->ob);
}

static int encoder_traverse(Object *o, VisitFn visit, void *arg) {
    Encoder *e = ENCODER(o);
    Ref fields[] = {e->markers, e->default_fn, e->encoder, e->indent};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        int r;
        if (ref_is_obj(fields[i]) && (r = visit(ref_obj(fields[i]), arg))) return r;
    }
    return 0;
}

static int encoder_clear(Object *o) {
    Encoder *e = ENCODER(o);
    Ref *fields[] = {&e->markers, &e->default_fn, &e->encoder, &e->indent};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        Ref v = *fields[i];
        *fields[i] = REF_NULL;
        ref_close(v);
    }
    return 0;
}

static void encoder_dealloc(Object *o) {
    gc_untrack(o);
    encoder_clear(o);
    obj_xdecref(ENCODER(o)->key_separator);
    obj_xdecref(ENCODER(o)->item_separator);
    obj_xdecref(ENCODER(o)->indent_text);
    o->ob_type->tp_free(o);
}

static const MemberDef encoder_members[] = {
    {"markers", MEMBER_T_REF, offsetof(Encoder, markers), MEMBER_READONLY, NULL},
    {"default", MEMBER_T_REF, offsetof(Encoder, default_fn), MEMBER_READONLY, NULL},
    {"encoder", MEMBER_T_REF, offsetof(Encoder, encoder), MEMBER_READONLY, NULL},
    {"indent", MEMBER_T_REF, offsetof(Encoder, indent), MEMBER_READONLY, NULL},
    {"key_separator", MEMBER_T_OBJECT, offsetof(Encoder, key_separator), MEMBER_READONLY, NULL},
    {"item_separator", MEMBER_T_OBJECT, offsetof(Encoder, item_separator), MEMBER_READONLY, NULL},
    {"sort_keys", MEMBER_T_BOOL, offsetof(Encoder, sort_keys), MEMBER_READONLY, NULL},
    {"skipkeys", MEMBER_T_BOOL, offsetof(Encoder, skipkeys), MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

Type json_encoder_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_json.Encoder",
    .tp_basicsize = sizeof(Encoder),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = encoder_dealloc,
    .tp_traverse = encoder_traverse,
    .tp_clear = encoder_clear,
    .tp_free = obj_free,
    .new_ = encoder_new,
    .call = encoder_call,
    .members = encoder_members,
};

static const MethodDef json_methods[] = {
    {"scanstring", json_scanstring, 0, NULL},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0, NULL},
    {"encode_basestring", json_encode_basestring, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *json_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_json");
    if (!m) return NULL;
    if (module_add_functions(t, m, json_methods) < 0 ||
        module_add_ref(t, m, "make_scanner", ref_immortal(&json_scanner_type)) < 0 ||
        module_add_ref(t, m, "make_encoder", ref_immortal(&json_encoder_type)) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
