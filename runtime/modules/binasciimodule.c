/* The binascii module: conversions between binary data and ASCII encodings (hex,
 * base64, CRC-32, CRC-CCITT), with CPython 3.11's messages. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "modules/checksum.h"
#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

Type exc_BinasciiError = {
    TYPE_HEAD_INIT,
    .tp_name = "binascii.Error",
    .tp_basicsize = sizeof(BaseExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_ValueError,
};

Type exc_BinasciiIncomplete = {
    TYPE_HEAD_INIT,
    .tp_name = "binascii.Incomplete",
    .tp_basicsize = sizeof(BaseExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_Exception,
};

/* Input of the a2b_* functions: a bytes-like object or an ASCII-only str. */
static bool ascii_input(Thread *t, Ref v, ByteView *out) {
    if (str_check(v)) {
        Object *s = ref_obj(v);
        if (!STR(s)->ascii) {
            err_set(t, &exc_ValueError, "string argument should contain only ASCII characters");
            return false;
        }
        out->data = (const char *)str_data(s);
        out->len = str_len(s);
        return true;
    }
    if (bytes_view(v, out)) return true;
    err_format(t, &exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%T'", v);
    return false;
}

static const char hexdigits[] = "0123456789abcdef";

static Ref hexlify_impl(Thread *t, const Ref *args, size_t nargs, Object *kw, const char *fname) {
    static const char *const names[] = {"data", "sep", "bytes_per_sep", NULL};
    ArgSpec spec = {fname, names, 1, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, a[0], &bv)) return REF_NULL;
    char sep = 0;
    intptr_t per = 1;
    if (!ref_is_null(a[1])) {
        ByteView sv;
        if (str_check(a[1])) {
            Object *s = ref_obj(a[1]);
            if (str_len(s) != 1) return err_set(t, &exc_ValueError, "sep must be length 1.");
            uint32_t c = str_char_at(s, 0);
            if (c > 127) return err_set(t, &exc_ValueError, "sep must be ASCII.");
            sep = (char)c;
        } else if (bytes_view(a[1], &sv)) {
            if (sv.len != 1) return err_set(t, &exc_ValueError, "sep must be length 1.");
            sep = sv.data[0];
        } else {
            return err_format(t, &exc_TypeError, "sep must be str or bytes.");
        }
    }
    if (!ref_is_null(a[2]) && !arg_ssize(t, a[2], &per)) return REF_NULL;
    intptr_t n = bv.len;
    intptr_t abs_per = per < 0 ? -per : per;
    intptr_t nsep = 0;
    if (sep && abs_per > 0 && n > 0) nsep = (n - 1) / abs_per;
    Object *out = bytes_new_uninit(t, n * 2 + nsep);
    if (!out) return REF_NULL;
    char *o = bytes_data(out);
    const unsigned char *d = (const unsigned char *)bv.data;
    if (nsep == 0) {
        for (intptr_t i = 0; i < n; i++) {
            *o++ = hexdigits[d[i] >> 4];
            *o++ = hexdigits[d[i] & 15];
        }
    } else {
        /* per > 0: groups counted from the right; per < 0: from the left */
        intptr_t first = per > 0 ? n - nsep * abs_per : abs_per;
        for (intptr_t i = 0; i < n; i++) {
            if (i > 0 && ((per > 0 && (i - first) % abs_per == 0 && i >= first) ||
                          (per < 0 && i % abs_per == 0)))
                *o++ = sep;
            *o++ = hexdigits[d[i] >> 4];
            *o++ = hexdigits[d[i] & 15];
        }
    }
    return ref_from_obj(out);
}

FN(ba_hexlify) { return hexlify_impl(t, args, nargs, kw, "hexlify"); }
FN(ba_b2a_hex) { return hexlify_impl(t, args, nargs, kw, "b2a_hex"); }

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Ref unhexlify_impl(Thread *t, const Ref *args, size_t nargs, Object *kw, const char *fname) {
    static const char *const names[] = {"hexstr", NULL};
    ArgSpec spec = {fname, names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!ascii_input(t, a[0], &bv)) return REF_NULL;
    if (bv.len % 2) return err_set(t, &exc_BinasciiError, "Odd-length string");
    Object *out = bytes_new_uninit(t, bv.len / 2);
    if (!out) return REF_NULL;
    const unsigned char *d = (const unsigned char *)bv.data;
    for (intptr_t i = 0; i < bv.len; i += 2) {
        int hi = hexval(d[i]), lo = hexval(d[i + 1]);
        if (hi < 0 || lo < 0) {
            obj_decref(out);
            return err_set(t, &exc_BinasciiError, "Non-hexadecimal digit found");
        }
        bytes_data(out)[i / 2] = (char)(hi * 16 + lo);
    }
    return ref_from_obj(out);
}

FN(ba_unhexlify) { return unhexlify_impl(t, args, nargs, kw, "unhexlify"); }
FN(ba_a2b_hex) { return unhexlify_impl(t, args, nargs, kw, "a2b_hex"); }

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

FN(ba_b2a_base64) {
    static const char *const names[] = {"", "newline", NULL};
    static const ArgSpec spec = {"b2a_base64", names, 1, 1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, a[0], &bv)) return REF_NULL;
    int newline = 1;
    if (!ref_is_null(a[1])) {
        newline = obj_truthy(t, a[1]);
        if (newline < 0) return REF_NULL;
    }
    intptr_t n = bv.len;
    intptr_t outlen = (n + 2) / 3 * 4 + (newline ? 1 : 0);
    Object *out = bytes_new_uninit(t, outlen);
    if (!out) return REF_NULL;
    char *o = bytes_data(out);
    const unsigned char *d = (const unsigned char *)bv.data;
    intptr_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = ((uint32_t)d[i] << 16) | ((uint32_t)d[i + 1] << 8) | d[i + 2];
        *o++ = b64chars[(v >> 18) & 63];
        *o++ = b64chars[(v >> 12) & 63];
        *o++ = b64chars[(v >> 6) & 63];
        *o++ = b64chars[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)d[i] << 16;
        *o++ = b64chars[(v >> 18) & 63];
        *o++ = b64chars[(v >> 12) & 63];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        uint32_t v = ((uint32_t)d[i] << 16) | ((uint32_t)d[i + 1] << 8);
        *o++ = b64chars[(v >> 18) & 63];
        *o++ = b64chars[(v >> 12) & 63];
        *o++ = b64chars[(v >> 6) & 63];
        *o++ = '=';
    }
    if (newline) *o++ = '\n';
    return ref_from_obj(out);
}

FN(ba_a2b_base64) {
    static const char *const names[] = {"", "strict_mode", NULL};
    static const ArgSpec spec = {"a2b_base64", names, 1, 1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!ascii_input(t, a[0], &bv)) return REF_NULL;
    int strict = 0;
    if (!ref_is_null(a[1])) {
        strict = obj_truthy(t, a[1]);
        if (strict < 0) return REF_NULL;
    }
    const unsigned char *d = (const unsigned char *)bv.data;
    intptr_t n = bv.len;
    Object *out = bytes_new_uninit(t, n / 4 * 3 + 3);
    if (!out) return REF_NULL;
    unsigned char *o = (unsigned char *)bytes_data(out), *start = o;
    int quad = 0, pads = 0;
    bool padding_started = false;
    unsigned leftchar = 0;
    const char *err = NULL;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == '=') {
            padding_started = true;
            if (strict && i == 0) {
                err = "Leading padding not allowed";
                break;
            }
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) err = "Excess data after padding";
                goto done;
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict) {
                err = "Only base64 data is allowed";
                break;
            }
            continue;
        }
        if (strict && padding_started) {
            err = "Discontinuous padding not allowed";
            break;
        }
        pads = 0;
        switch (quad) {
        case 0:
            quad = 1;
            leftchar = (unsigned)v;
            break;
        case 1:
            quad = 2;
            *o++ = (unsigned char)((leftchar << 2) | ((unsigned)v >> 4));
            leftchar = (unsigned)v & 0x0f;
            break;
        case 2:
            quad = 3;
            *o++ = (unsigned char)((leftchar << 4) | ((unsigned)v >> 2));
            leftchar = (unsigned)v & 0x03;
            break;
        default:
            quad = 0;
            *o++ = (unsigned char)((leftchar << 6) | (unsigned)v);
            leftchar = 0;
            break;
        }
    }
    if (!err && quad != 0) {
        if (quad == 1) {
            char buf[160];
            snprintf(buf, sizeof buf,
                     "Invalid base64-encoded string: number of data characters (%zd) cannot be 1 more "
                     "than a multiple of 4",
                     (intptr_t)((o - start) / 3 * 4 + 1));
            obj_decref(out);
            return err_set(t, &exc_BinasciiError, buf);
        }
        err = "Incorrect padding";
    }
done:
    if (err) {
        obj_decref(out);
        return err_set(t, &exc_BinasciiError, err);
    }
    Object *res = bytes_from(t, start, o - start);
    obj_decref(out);
    return ref_from_obj(res);
}

FN(ba_crc32) {
    static const char *const names[] = {"", "", NULL};
    static const ArgSpec spec = {"crc32", names, 1, 2};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, a[0], &bv)) return REF_NULL;
    uint32_t crc;
    if (!checksum_start(t, a[1], 0xffffffffU, 0, &crc)) return REF_NULL;
    return int_from_u64(t, checksum_crc32(crc, bv.data, bv.len));
}

FN(ba_crc_hqx) {
    static const char *const names[] = {"", "", NULL};
    static const ArgSpec spec = {"crc_hqx", names, 2, 2};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, a[0], &bv)) return REF_NULL;
    uint32_t crc;
    if (!checksum_start(t, a[1], 0xffffU, 0, &crc)) return REF_NULL;
    const unsigned char *p = (const unsigned char *)bv.data;
    for (intptr_t i = 0; i < bv.len; i++) {
        crc ^= (uint32_t)p[i] << 8;
        for (int k = 0; k < 8; k++) crc = (crc & 0x8000U) ? ((crc << 1) ^ 0x1021U) : (crc << 1);
        crc &= 0xffffU;
    }
    return int_from_u64(t, crc);
}

FN(ba_b2a_uu) {
    static const char *const names[] = {"", "backtick", NULL};
    static const ArgSpec spec = {"b2a_uu", names, 1, 1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, a[0], &bv)) return REF_NULL;
    int backtick = 0;
    if (!ref_is_null(a[1])) {
        backtick = obj_truthy(t, a[1]);
        if (backtick < 0) return REF_NULL;
    }
    if (bv.len > 45) return err_set(t, &exc_BinasciiError, "At most 45 bytes at once");
    intptr_t n = bv.len;
    char out[2 + 60 + 1];
    intptr_t o = 0;
    out[o++] = backtick && n == 0 ? '`' : (char)(' ' + n);
    const unsigned char *d = (const unsigned char *)bv.data;
    uint32_t leftchar = 0;
    int leftbits = 0;
    for (intptr_t i = 0; i < n || leftbits != 0; i++) {
        leftchar = (leftchar << 8) | (i < n ? d[i] : 0);
        leftbits += 8;
        while (leftbits >= 6) {
            unsigned v = (leftchar >> (leftbits - 6)) & 0x3f;
            leftbits -= 6;
            out[o++] = backtick && v == 0 ? '`' : (char)(' ' + v);
        }
        leftchar &= (1U << leftbits) - 1;
    }
    out[o++] = '\n';
    return ref_from_obj(bytes_from(t, out, o));
}

FN(ba_a2b_uu) {
    if (!args_one(t, "a2b_uu", nargs, kw)) return REF_NULL;
    ByteView bv;
    if (!ascii_input(t, args[0], &bv)) return REF_NULL;
    const unsigned char *d = (const unsigned char *)bv.data;
    intptr_t len = bv.len, pos = 0;
    unsigned first = len > 0 ? d[0] : 0;
    intptr_t bin_len = (intptr_t)((first - ' ') & 077);
    pos = 1;
    unsigned char out[64];
    intptr_t o = 0;
    uint32_t leftchar = 0;
    int leftbits = 0;
    for (; bin_len > 0; pos++) {
        unsigned c = pos < len ? d[pos] : 0;
        if (c == '\n' || c == '\r' || pos >= len) {
            c = 0;
        } else {
            if (c < ' ' || c > ' ' + 64) return err_set(t, &exc_BinasciiError, "Illegal char");
            c = (c - ' ') & 077;
        }
        leftchar = (leftchar << 6) | c;
        leftbits += 6;
        if (leftbits >= 8) {
            leftbits -= 8;
            out[o++] = (unsigned char)((leftchar >> leftbits) & 0xff);
            leftchar &= (1U << leftbits) - 1;
            bin_len--;
        }
    }
    for (; pos < len; pos++) {
        unsigned c = d[pos];
        if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r')
            return err_set(t, &exc_BinasciiError, "Trailing garbage");
    }
    return ref_from_obj(bytes_from(t, out, o));
}

#define QP_MAXLINESIZE 76

static bool qp_put(Thread *t, BytesBuf *b, int c) { return bytes_buf_putc(t, b, c); }

static bool qp_soft_break(Thread *t, BytesBuf *b, bool crlf) {
    return qp_put(t, b, '=') && (!crlf || qp_put(t, b, '\r')) && qp_put(t, b, '\n');
}

static bool qp_hex(Thread *t, BytesBuf *b, unsigned c) {
    static const char up[] = "0123456789ABCDEF";
    return qp_put(t, b, up[(c >> 4) & 15]) && qp_put(t, b, up[c & 15]);
}

FN(ba_b2a_qp) {
    static const char *const names[] = {"data", "quotetabs", "istext", "header", NULL};
    static const ArgSpec spec = {"b2a_qp", names, 1, -1};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, a[0], &bv)) return REF_NULL;
    int flags[3] = {0, 1, 0};
    for (int i = 0; i < 3; i++)
        if (!ref_is_null(a[i + 1])) {
            flags[i] = obj_truthy(t, a[i + 1]);
            if (flags[i] < 0) return REF_NULL;
        }
    bool quotetabs = flags[0], istext = flags[1], header = flags[2];
    const unsigned char *d = (const unsigned char *)bv.data;
    intptr_t n = bv.len, in = 0, linelen = 0;
    const unsigned char *nl = n ? memchr(d, '\n', (size_t)n) : NULL;
    bool crlf = nl && nl > d && nl[-1] == '\r';
    BytesBuf b;
    bytes_buf_init(&b);
    while (in < n) {
        unsigned c = d[in];
        bool encode = c > 126 || c == '=' || (header && c == '_') ||
                      (c == '.' && linelen == 0 &&
                       (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0)) ||
                      (!istext && (c == '\r' || c == '\n')) ||
                      ((c == '\t' || c == ' ') && in + 1 == n) ||
                      (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
        if (encode) {
            if (linelen + 3 >= QP_MAXLINESIZE) {
                if (!qp_soft_break(t, &b, crlf)) return REF_NULL;
                linelen = 0;
            }
            if (!qp_put(t, &b, '=') || !qp_hex(t, &b, c)) return REF_NULL;
            in++;
            linelen += 3;
        } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
            linelen = 0;
            if (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\t')) {
                unsigned ch = (unsigned char)b.data[b.len - 1];
                b.data[b.len - 1] = '=';
                if (!qp_hex(t, &b, ch)) return REF_NULL;
            }
            if ((crlf && !qp_put(t, &b, '\r')) || !qp_put(t, &b, '\n')) return REF_NULL;
            in += c == '\r' ? 2 : 1;
        } else {
            if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= QP_MAXLINESIZE) {
                if (!qp_soft_break(t, &b, crlf)) return REF_NULL;
                linelen = 0;
            }
            linelen++;
            if (!qp_put(t, &b, header && c == ' ' ? '_' : (int)c)) return REF_NULL;
            in++;
        }
    }
    return ref_from_obj(bytes_buf_finish(t, &b));
}

FN(ba_a2b_qp) {
    static const char *const names[] = {"data", "header", NULL};
    static const ArgSpec spec = {"a2b_qp", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    if (!ascii_input(t, a[0], &bv)) return REF_NULL;
    int header = 0;
    if (!ref_is_null(a[1])) {
        header = obj_truthy(t, a[1]);
        if (header < 0) return REF_NULL;
    }
    const unsigned char *d = (const unsigned char *)bv.data;
    intptr_t n = bv.len, in = 0;
    BytesBuf b;
    bytes_buf_init(&b);
    while (in < n) {
        unsigned c = d[in];
        if (c == '=') {
            in++;
            if (in >= n) break;
            if (d[in] == '\n' || d[in] == '\r') {
                if (d[in] != '\n')
                    while (in < n && d[in] != '\n') in++;
                if (in < n) in++;
            } else if (d[in] == '=') {
                if (!qp_put(t, &b, '=')) return REF_NULL;
                in++;
            } else if (in + 1 < n && hexval(d[in]) >= 0 && hexval(d[in + 1]) >= 0) {
                int ch = hexval(d[in]) << 4 | hexval(d[in + 1]);
                in += 2;
                if (!qp_put(t, &b, ch)) return REF_NULL;
            } else {
                if (!qp_put(t, &b, '=')) return REF_NULL;
            }
        } else if (header && c == '_') {
            if (!qp_put(t, &b, ' ')) return REF_NULL;
            in++;
        } else {
            if (!qp_put(t, &b, (int)c)) return REF_NULL;
            in++;
        }
    }
    return ref_from_obj(bytes_buf_finish(t, &b));
}

static const MethodDef binascii_methods[] = {
    {"hexlify", ba_hexlify, 0, NULL},
    {"b2a_hex", ba_b2a_hex, 0, NULL},
    {"unhexlify", ba_unhexlify, 0, NULL},
    {"a2b_hex", ba_a2b_hex, 0, NULL},
    {"b2a_base64", ba_b2a_base64, 0, NULL},
    {"a2b_base64", ba_a2b_base64, 0, NULL},
    {"crc32", ba_crc32, 0, NULL},
    {"crc_hqx", ba_crc_hqx, 0, NULL},
    {"b2a_uu", ba_b2a_uu, 0, NULL},
    {"a2b_uu", ba_a2b_uu, 0, NULL},
    {"b2a_qp", ba_b2a_qp, 0, NULL},
    {"a2b_qp", ba_a2b_qp, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void binascii_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    type_ready(t, &exc_BinasciiError);
    type_ready(t, &exc_BinasciiIncomplete);
    err_clear(t);
    err_restore(t, saved);
}

Object *binascii_module_create(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, binascii_ready_types);
    Object *m = module_new_cstr(t, "binascii");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, binascii_methods);
    if (rc == 0) rc = module_add_ref(t, m, "Error", ref_immortal(&exc_BinasciiError));
    if (rc == 0) rc = module_add_ref(t, m, "Incomplete", ref_immortal(&exc_BinasciiIncomplete));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
