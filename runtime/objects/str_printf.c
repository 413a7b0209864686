/* printf-style formatting: str % args and bytes % args (PEP 461).
 *
 * One engine serves both: the format is read as code points (str) or bytes, output goes to
 * a StrBuilder or a BytesBuf. Numbers are laid out here (sign, '#' prefix, precision
 * zeros, '0'/'-' padding) from digit strings: GMP gives the digits of any int, snprintf
 * the body of a float (whose padding Python does itself: '%05f' % inf is '00inf'). */
#include <math.h>
#include <stdio.h>

#include "spry.h"
#include "objects/float_digits.h"

#define F_LJUST 1
#define F_SIGN 2
#define F_BLANK 4
#define F_ALT 8
#define F_ZERO 16

typedef struct Printf {
    Thread *t;
    bool bytes;
    Object *fmt;              /* str mode */
    const uint8_t *bfmt;      /* bytes mode */
    intptr_t fmtlen;
    StrBuilder sb;
    BytesBuf bb;
    Ref args;                 /* current argument source (borrowed or `owned`) */
    bool args_owned;
    Ref orig_args;
    intptr_t arglen, argidx;  /* arglen -1: one non-tuple argument */
    Ref dict;                 /* mapping for %(key)s, or REF_NULL */
} Printf;

static uint32_t fmt_at(Printf *p, intptr_t i) {
    return p->bytes ? p->bfmt[i] : str_char_at(p->fmt, i);
}

/* ---- output --------------------------------------------------------------------------------- */

static bool out_ascii(Printf *p, const char *s, intptr_t n) {
    return p->bytes ? bytes_buf_put(p->t, &p->bb, s, n) : str_builder_put_ascii(p->t, &p->sb, s, n);
}

static bool out_repeat(Printf *p, char c, intptr_t n) {
    if (n <= 0) return true;
    if (p->bytes) {
        if (!bytes_buf_reserve(p->t, &p->bb, n)) return false;
        memset(p->bb.data + p->bb.len, c, (size_t)n);
        p->bb.len += n;
        return true;
    }
    return str_builder_repeat(p->t, &p->sb, (uint8_t)c, n);
}

static bool out_char(Printf *p, uint32_t c) {
    return p->bytes ? bytes_buf_putc(p->t, &p->bb, (int)c) : str_builder_putc(p->t, &p->sb, c);
}

/* ---- arguments ------------------------------------------------------------------------------ */

static Ref next_arg(Printf *p) {
    if (p->argidx < p->arglen) {
        intptr_t i = p->argidx++;
        if (p->arglen < 0) return p->args;
        return tuple_get(ref_obj(p->args), i);
    }
    return err_set(p->t, &exc_TypeError, "not enough arguments for format string");
}

/* ---- numbers ------------------------------------------------------------------------------ */

/* Lays out sign + prefix + (precision zeros) + digits within width, as Python's % does. */
static bool out_number(Printf *p, int flags, intptr_t width, intptr_t prec, char sign,
                       const char *prefix, const char *digits, intptr_t ndigits) {
    intptr_t nprefix = (intptr_t)strlen(prefix);
    intptr_t zeros = prec > ndigits ? prec - ndigits : 0;
    intptr_t body = (sign ? 1 : 0) + nprefix + zeros + ndigits;
    intptr_t padn = width > body ? width - body : 0;
    if (!(flags & F_LJUST) && !(flags & F_ZERO) && !out_repeat(p, ' ', padn)) return false;
    if (sign && !out_char(p, (uint8_t)sign)) return false;
    if (!out_ascii(p, prefix, nprefix)) return false;
    if (!(flags & F_LJUST) && (flags & F_ZERO) && !out_repeat(p, '0', padn)) return false;
    if (!out_repeat(p, '0', zeros) || !out_ascii(p, digits, ndigits)) return false;
    if ((flags & F_LJUST) && !out_repeat(p, ' ', padn)) return false;
    return true;
}

static bool is_number(Ref v) {
    if (ref_is_int(v)) return true;
    Type *tp = ref_type(v);
    return tp->index || tp->int_ || tp->float_ || type_is_subtype(tp, &complex_type);
}

static bool format_int(Printf *p, Ref v, uint32_t conv, int flags, intptr_t width, intptr_t prec) {
    Thread *t = p->t;
    Ref iv;
    if (int_check(v)) {
        iv = ref_dup(v);
    } else {
        if (!is_number(v)) goto wrongtype;
        if (conv == 'x' || conv == 'X' || conv == 'o') {
            iv = obj_index(t, v);
            if (ref_is_null(iv)) {
                if (err_matches(t, &exc_TypeError)) {
                    err_clear(t);
                    goto wrongtype;
                }
                return false;
            }
        } else {
            iv = obj_int(t, v);
            if (ref_is_null(iv)) return false;
        }
    }
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(iv, z);
    ref_close(iv);
    char sign = 0;
    if (mpz_sgn(z) < 0) {
        sign = '-';
        mpz_neg(z, z);
    } else if (flags & F_SIGN) {
        sign = '+';
    } else if (flags & F_BLANK) {
        sign = ' ';
    }
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char small[80];
    char *buf = cap <= sizeof small ? small : mem_alloc(t, cap);
    if (!buf) {
        mpz_clear(z);
        return false;
    }
    mpz_get_str(buf, base, z);
    mpz_clear(z);
    intptr_t n = (intptr_t)strlen(buf);
    if (conv == 'X')
        for (intptr_t i = 0; i < n; i++)
            if (buf[i] >= 'a' && buf[i] <= 'f') buf[i] = (char)(buf[i] - 32);
    const char *prefix = "";
    if (flags & F_ALT) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
    bool ok = out_number(p, flags, width, prec, sign, prefix, buf, n);
    if (buf != small) mem_free(buf);
    return ok;
wrongtype:
    if (conv == 'x' || conv == 'X' || conv == 'o')
        err_format(t, &exc_TypeError, "%%%c format: an integer is required, not %T", (int)conv, v);
    else
        err_format(t, &exc_TypeError, "%%%c format: a real number is required, not %T", (int)conv, v);
    return false;
}

static bool format_float(Printf *p, Ref v, uint32_t conv, int flags, intptr_t width, intptr_t prec) {
    Thread *t = p->t;
    double x;
    if (ref_is_obj(v) && ref_type(v) == &float_type) {
        x = float_value(v);
    } else {
        if (!is_number(v) || type_is_subtype(ref_type(v), &complex_type)) {
            err_format(t, &exc_TypeError, "must be real number, not %T", v);
            return false;
        }
        x = float_as_double(t, v);
        if (x == -1.0 && err_occurred(t)) return false;
    }
    if (prec < 0) prec = 6;
    char sign = 0;
    if (signbit(x) && !isnan(x)) {
        sign = '-';
        x = -x;
    } else if (flags & F_SIGN) {
        sign = '+';
    } else if (flags & F_BLANK) {
        sign = ' ';
    }
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    char cfmt[16];
    int k = 0;
    cfmt[k++] = '%';
    if (flags & F_ALT) cfmt[k++] = '#';
    cfmt[k++] = '.';
    cfmt[k++] = '*';
    cfmt[k++] = (char)conv;
    cfmt[k] = 0;
    char small[128];
    char *buf = small;
    size_t cap = sizeof small;
    if (isnan(x) || isinf(x)) {
        strcpy(small, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else if ((conv != 'f' && conv != 'F') || prec > 17 ||
               float_fixed_text(x, (int)prec, (flags & F_ALT) != 0, small) < 0) {
        int n = snprintf(small, sizeof small, cfmt, (int)(prec > 1000000 ? 1000000 : prec), x);
        if (n >= (int)sizeof small) {
            cap = (size_t)n + 1;
            buf = mem_alloc(t, cap);
            if (!buf) return false;
            snprintf(buf, cap, cfmt, (int)(prec > 1000000 ? 1000000 : prec), x);
        }
    }
    bool ok = out_number(p, flags, width, -1, sign, "", buf, (intptr_t)strlen(buf));
    if (buf != small) mem_free(buf);
    return ok;
}

/* ---- text ---------------------------------------------------------------------------------------- */

/* A converted piece of text, padded: str mode (s is a str) or bytes mode (data/len). */
static bool out_text(Printf *p, Object *s, const char *data, intptr_t len, int flags, intptr_t width,
                     intptr_t prec) {
    intptr_t n = s ? str_len(s) : len;
    if (prec >= 0 && prec < n) n = prec;
    intptr_t padn = width > n ? width - n : 0;
    if (!(flags & F_LJUST) && !out_repeat(p, ' ', padn)) return false;
    bool ok = s ? str_builder_put_substr(p->t, &p->sb, s, 0, n) : bytes_buf_put(p->t, &p->bb, data, n);
    if (!ok) return false;
    if ((flags & F_LJUST) && !out_repeat(p, ' ', padn)) return false;
    return true;
}

/* %s/%r/%a/%b in bytes mode: the bytes to insert (new reference to a bytes-like object). */
static Ref bytes_arg(Printf *p, Ref v, uint32_t conv) {
    Thread *t = p->t;
    if (conv == 'r' || conv == 'a') {
        Ref r = obj_ascii(t, v);
        if (ref_is_null(r)) return REF_NULL;
        Object *b = codecs_encode(t, ref_obj(r), "ascii", "strict");
        ref_close(r);
        return ref_from_obj(b);
    }
    ByteView bv;
    if (bytes_view(v, &bv)) return ref_dup(v);
    Ref m = obj_lookup_special(t, v, ID(__bytes__));
    if (!ref_is_null(m)) {
        Ref r = obj_call0(t, m);
        ref_close(m);
        if (ref_is_null(r)) return REF_NULL;
        if (!bytes_check(r)) {
            err_format(t, &exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            ref_close(r);
            return REF_NULL;
        }
        return r;
    }
    if (err_occurred(t)) return REF_NULL;
    return err_format(t, &exc_TypeError,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
}

static bool format_char(Printf *p, Ref v, int flags, intptr_t width) {
    Thread *t = p->t;
    uint32_t c;
    if (p->bytes) {
        ByteView bv;
        if (bytes_view(v, &bv) && !str_check(v)) {
            if (bv.len != 1) goto bad_bytes;
            c = (uint8_t)bv.data[0];
        } else if (int_check(v)) {
            int overflow = 0;
            int64_t x = int_as_i64_overflow(v, &overflow);
            if (overflow || x < 0 || x > 255) {
                err_set(t, &exc_OverflowError, "%c arg not in range(256)");
                return false;
            }
            c = (uint32_t)x;
        } else {
            goto bad_bytes;
        }
        char ch = (char)c;
        return out_text(p, NULL, &ch, 1, flags, width, -1);
    bad_bytes:
        err_set(t, &exc_TypeError, "%c requires an integer in range(256) or a single byte");
        return false;
    }
    if (str_check(v)) {
        if (str_len(ref_obj(v)) != 1) goto bad;
        c = str_char_at(ref_obj(v), 0);
    } else if (int_check(v)) {
        int overflow = 0;
        int64_t x = int_as_i64_overflow(v, &overflow);
        if (overflow || x < 0 || x > 0x10ffff) {
            err_set(t, &exc_OverflowError, "%c arg not in range(0x110000)");
            return false;
        }
        c = (uint32_t)x;
    } else {
        goto bad;
    }
    Object *s = str_from_char(t, c);
    if (!s) return false;
    bool ok = out_text(p, s, NULL, 0, flags, width, -1);
    obj_decref(s);
    return ok;
bad:
    err_set(t, &exc_TypeError, "%c requires int or char");
    return false;
}

/* ---- the engine ---------------------------------------------------------------------------- */

/* A '*' width (any C ssize_t) or precision (a C int) taken from the arguments. */
static bool parse_star(Printf *p, intptr_t *out, bool precision) {
    Ref v = next_arg(p);
    if (ref_is_null(v)) return false;
    if (!int_check(v)) {
        err_set(p->t, &exc_TypeError, "* wants int");
        return false;
    }
    int overflow = 0;
    int64_t x = int_as_i64_overflow(v, &overflow);
    if (precision && (overflow || x > INT_MAX || x < INT_MIN)) {
        err_set(p->t, &exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    if (overflow) {
        err_set(p->t, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (x == INT64_MIN) {
        err_no_memory(p->t);   /* its absolute value is no ssize_t: too wide to build */
        return false;
    }
    *out = x;
    return true;
}

static bool run(Printf *p) {
    Thread *t = p->t;
    intptr_t i = 0, n = p->fmtlen;
    while (i < n) {
        intptr_t lit = i;
        while (i < n && fmt_at(p, i) != '%') i++;
        if (i > lit) {
            bool ok = p->bytes ? bytes_buf_put(t, &p->bb, p->bfmt + lit, i - lit)
                               : str_builder_put_substr(t, &p->sb, p->fmt, lit, i);
            if (!ok) return false;
        }
        if (i >= n) break;
        i++;  /* past '%' */
        if (i < n && fmt_at(p, i) == '%') {
            if (!out_char(p, '%')) return false;
            i++;
            continue;
        }
        /* mapping key */
        if (i < n && fmt_at(p, i) == '(') {
            if (ref_is_null(p->dict)) {
                err_set(t, &exc_TypeError, "format requires a mapping");
                return false;
            }
            intptr_t start = ++i, depth = 1;
            while (i < n && depth > 0) {
                uint32_t c = fmt_at(p, i);
                if (c == ')') depth--;
                else if (c == '(') depth++;
                i++;
            }
            if (depth > 0) {
                err_set(t, &exc_ValueError, "incomplete format key");
                return false;
            }
            Object *key = p->bytes ? bytes_from(t, p->bfmt + start, i - 1 - start)
                                   : str_substr(t, p->fmt, start, i - 1);
            if (!key) return false;
            Ref v = obj_getitem(t, p->dict, ref_from_obj(key));
            obj_decref(key);
            if (ref_is_null(v)) return false;
            if (p->args_owned) ref_close(p->args);
            p->args = v;
            p->args_owned = true;
            p->arglen = -1;
            p->argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t c = fmt_at(p, i);
            if (c == '-') flags |= F_LJUST;
            else if (c == '+') flags |= F_SIGN;
            else if (c == ' ') flags |= F_BLANK;
            else if (c == '#') flags |= F_ALT;
            else if (c == '0') flags |= F_ZERO;
            else break;
        }
        intptr_t width = -1, prec = -1;
        if (i < n && fmt_at(p, i) == '*') {
            if (!parse_star(p, &width, false)) return false;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            i++;
        } else {
            while (i < n && fmt_at(p, i) >= '0' && fmt_at(p, i) <= '9') {
                if (width < 0) width = 0;
                if (width > (INTPTR_MAX - 9) / 10) {
                    err_set(t, &exc_ValueError, "width too big");
                    return false;
                }
                width = width * 10 + (fmt_at(p, i++) - '0');
            }
        }
        if (i < n && fmt_at(p, i) == '.') {
            i++;
            prec = 0;
            if (i < n && fmt_at(p, i) == '*') {
                if (!parse_star(p, &prec, true)) return false;
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < n && fmt_at(p, i) >= '0' && fmt_at(p, i) <= '9') {
                    if (prec > (INTPTR_MAX - 9) / 10) {
                        err_set(t, &exc_ValueError, "precision too big");
                        return false;
                    }
                    prec = prec * 10 + (fmt_at(p, i++) - '0');
                }
            }
        }
        while (i < n && (fmt_at(p, i) == 'h' || fmt_at(p, i) == 'l' || fmt_at(p, i) == 'L')) i++;
        if (i >= n) {
            err_set(t, &exc_ValueError, "incomplete format");
            return false;
        }
        uint32_t conv = fmt_at(p, i++);
        if (conv == '%') {
            err_format(t, &exc_ValueError, "unsupported format character '%%' (0x25) at index %zd", i - 1);
            return false;
        }
        bool known = conv == 's' || conv == 'r' || conv == 'a' || conv == 'd' || conv == 'i' ||
                     conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o' || conv == 'e' ||
                     conv == 'E' || conv == 'f' || conv == 'F' || conv == 'g' || conv == 'G' ||
                     conv == 'c' || (p->bytes && conv == 'b');
        if (!known) {
            err_format(t, &exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                       (int)conv, (unsigned)conv, i - 1);
            return false;
        }
        Ref v = next_arg(p);
        if (ref_is_null(v)) return false;
        bool ok;
        switch (conv) {
        case 's': case 'r': case 'a': case 'b':
            if (p->bytes) {
                Ref b = bytes_arg(p, v, conv);
                if (ref_is_null(b)) return false;
                ByteView bv;
                bytes_view(b, &bv);
                ok = out_text(p, NULL, bv.data, bv.len, flags, width, prec);
                ref_close(b);
            } else {
                Ref s = conv == 's' ? obj_str(t, v) : conv == 'r' ? obj_repr(t, v) : obj_ascii(t, v);
                if (ref_is_null(s)) return false;
                ok = out_text(p, ref_obj(s), NULL, 0, flags, width, prec);
                ref_close(s);
            }
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            ok = format_int(p, v, conv == 'i' || conv == 'u' ? 'd' : conv, flags, width, prec);
            break;
        case 'c':
            ok = format_char(p, v, flags, width);
            break;
        default:
            ok = format_float(p, v, conv, flags, width, prec);
            break;
        }
        if (!ok) return false;
    }
    if (p->argidx < p->arglen && ref_is_null(p->dict)) {
        err_set(t, &exc_TypeError, p->bytes ? "not all arguments converted during bytes formatting"
                                            : "not all arguments converted during string formatting");
        return false;
    }
    return true;
}

static void setup_args(Printf *p, Ref args) {
    p->orig_args = args;
    p->args = args;
    p->args_owned = false;
    p->dict = REF_NULL;
    if (tuple_check(args)) {
        p->arglen = tuple_size(ref_obj(args));
        p->argidx = 0;
    } else {
        p->arglen = -1;
        p->argidx = -2;
    }
    if (!tuple_check(args) && !str_check(args) && !bytes_check(args) && !ref_is_int(args) &&
        ref_type(args)->getitem)
        p->dict = args;
}

Object *str_printf(Thread *t, Object *fmt, Ref args) {
    Printf p = {.t = t, .bytes = false, .fmt = fmt, .fmtlen = str_len(fmt)};
    str_builder_init(&p.sb);
    setup_args(&p, args);
    bool ok = run(&p);
    if (p.args_owned) ref_close(p.args);
    if (!ok) {
        str_builder_discard(&p.sb);
        return NULL;
    }
    return str_builder_finish(t, &p.sb);
}

Object *bytes_printf(Thread *t, const char *fmt, intptr_t len, Ref args, bool bytearray) {
    Printf p = {.t = t, .bytes = true, .bfmt = (const uint8_t *)fmt, .fmtlen = len};
    bytes_buf_init(&p.bb);
    setup_args(&p, args);
    bool ok = run(&p);
    if (p.args_owned) ref_close(p.args);
    if (!ok) {
        bytes_buf_discard(&p.bb);
        return NULL;
    }
    return bytearray ? bytes_buf_finish_bytearray(t, &p.bb) : bytes_buf_finish(t, &p.bb);
}
