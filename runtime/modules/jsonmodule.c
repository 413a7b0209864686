/* The _json accelerator: the string scanner and the string encoders that the json
 * package (runtime/lib/json) uses instead of its pure-Python versions when this module
 * is importable. Messages and error positions are CPython 3.11's. */
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

static const MethodDef json_methods[] = {
    {"scanstring", json_scanstring, 0, NULL},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0, NULL},
    {"encode_basestring", json_encode_basestring, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *json_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_json");
    if (!m) return NULL;
    if (module_add_functions(t, m, json_methods) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
