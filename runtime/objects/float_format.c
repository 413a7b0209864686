/* float -> text: repr (shortest round trip), format(), round(), hex(), and the text
 * parsers float() and float.fromhex() rely on.
 *
 * Digit generation leans on the C library's correctly rounded conversions (glibc's printf
 * and strtod are exact): the shortest repr is the first precision whose %e output reads
 * back as the same double; Python's layout rules are then applied to those digits. */
#include "spry.h"
#include "objects/int_impl.h"
#include "objects/formatspec.h"
#include "objects/float_digits.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* A growable ASCII buffer on the thread's heap. */
typedef struct Buf {
    Thread *t;
    char *p;
    size_t len, cap;
    bool failed;
} Buf;

static void buf_reserve(Buf *b, size_t extra) {
    if (b->failed || b->len + extra + 1 <= b->cap) return;
    size_t cap = (b->cap ? b->cap * 2 : 64);
    while (cap < b->len + extra + 1) cap *= 2;
    char *np = mem_realloc(b->t, b->p, cap);
    if (!np) {
        b->failed = true;
        return;
    }
    b->p = np;
    b->cap = cap;
}

static void buf_put(Buf *b, const char *s, size_t n) {
    buf_reserve(b, n);
    if (b->failed) return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void buf_putc(Buf *b, char c, size_t count) {
    buf_reserve(b, count);
    if (b->failed) return;
    memset(b->p + b->len, c, count);
    b->len += count;
    b->p[b->len] = 0;
}

static void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[64];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        buf_put(b, small, (size_t)n);
        return;
    }
    buf_reserve(b, (size_t)n);
    if (b->failed) return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* Significant digits of v > 0 (finite) with `ndig` digits, correctly rounded, into
 * digits[] (no trailing zeros stripped); returns decpt: v ~ 0.DIGITS * 10**decpt. */
static int digits_e(double v, int ndig, char *digits) {
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%.*e", ndig - 1, v);
    int k = 0;
    const char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[k++] = *p;
    digits[k] = 0;
    return atoi(p + 1) + 1;
}

static bool digits_round_trip(const char *digits, int decpt, double v) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, "0.%se%d", digits, decpt);
    return strtod(tmp, NULL) == v;
}

/* Adds delta (+1 or -1) in the last place of the n-digit string d; false when the result
 * would change the number of digits (a carry out of 99..9, or a leading zero). */
static bool bump_last_digit(char *d, int n, int delta) {
    int i = n - 1;
    while (i >= 0) {
        int c = d[i] - '0' + delta;
        if (c >= 0 && c <= 9) {
            d[i] = (char)('0' + c);
            return d[0] != '0';
        }
        d[i] = delta > 0 ? '0' : '9';
        i--;
    }
    return false;
}

/* Shortest digits that round-trip (v > 0, finite), trailing zeros removed. At each
 * length the correctly rounded digits are tried first; at a power of two the rounding
 * interval below v is half as wide, so a neighbour one unit up (or down) in the last
 * place may round-trip when the nearest value does not (repr(2**-24) == 5.960464477539063e-08). */
static bool round_trips_at(double v, int p, char *digits, int *decpt) {
    *decpt = digits_e(v, p, digits);
    if (p == 17 || digits_round_trip(digits, *decpt, v)) return true;
    char alt[24];
    for (int delta = 1; delta >= -1; delta -= 2) {
        memcpy(alt, digits, (size_t)p + 1);
        if (bump_last_digit(alt, p, delta) && digits_round_trip(alt, *decpt, v)) {
            memcpy(digits, alt, (size_t)p + 1);
            return true;
        }
    }
    return false;
}

static int shortest_digits(double v, char *digits, int *ndigits) {
    uint64_t f;
    int exp10;
    if (float_shortest_decimal(v, &f, &exp10)) {
        char rev[24];
        int n = 0;
        do {
            rev[n++] = (char)('0' + (int)(f % 10));
            f /= 10;
        } while (f);
        for (int i = 0; i < n; i++) digits[i] = rev[n - 1 - i];
        digits[n] = 0;
        *ndigits = n;
        return n + exp10;
    }
    int decpt = 0;
    /* When 15 correctly rounded digits do not round-trip, no shorter length does: the
     * search starts above. When they do, a shorter correctly rounded length would have
     * rounded to these same digits followed by zeros: stripping them is enough, except
     * at a power of two (whose lopsided rounding interval may admit a shorter neighbour)
     * and for subnormals (too few bits for the argument): those search from 1 digit. */
    int exp;
    bool full_search = frexp(v, &exp) == 0.5 || v < DBL_MIN;
    if (round_trips_at(v, 15, digits, &decpt)) {
        if (full_search)
            for (int p = 1; p <= 15; p++)
                if (round_trips_at(v, p, digits, &decpt)) break;
    } else {
        for (int p = 16; p <= 17; p++)
            if (round_trips_at(v, p, digits, &decpt)) break;
    }
    int n = (int)strlen(digits);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *ndigits = n;
    return decpt;
}

/* Lays out digits D (n of them) with decimal point position decpt, CPython's way.
 * min_sig: pad with zeros to this many significant digits ('#' with 'g').
 * add_dot_0: ".0" after an integral fixed-notation result. */
static void layout(Buf *b, const char *d, int n, int decpt, bool use_exp, char echar,
                   int min_sig, bool alternate, bool add_dot_0) {
    if (use_exp) {
        int exp = decpt - 1;
        buf_put(b, d, 1);
        int rest = n - 1;
        int want = min_sig - 1 > rest ? min_sig - 1 : rest;
        if (want > 0 || alternate) buf_putc(b, '.', 1);
        buf_put(b, d + 1, (size_t)rest);
        if (want > rest) buf_putc(b, '0', (size_t)(want - rest));
        buf_printf(b, "%c%c%02d", echar, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return;
    }
    /* fixed */
    if (decpt <= 0) {
        buf_putc(b, '0', 1);
    } else if (decpt >= n) {
        buf_put(b, d, (size_t)n);
        buf_putc(b, '0', (size_t)(decpt - n));
    } else {
        buf_put(b, d, (size_t)decpt);
    }
    int frac_len = 0;
    size_t dot_at = b->len;
    buf_putc(b, '.', 1);
    if (decpt < 0) {
        buf_putc(b, '0', (size_t)-decpt);
        frac_len += -decpt;
    }
    if (decpt < n) {
        int from = decpt > 0 ? decpt : 0;
        buf_put(b, d + from, (size_t)(n - from));
        frac_len += n - from;
    }
    int sig_frac = decpt > 0 ? min_sig - decpt : min_sig + (decpt < 0 ? -decpt : 0);
    if (min_sig > 0 && sig_frac > frac_len) {
        buf_putc(b, '0', (size_t)(sig_frac - frac_len));
        frac_len = sig_frac;
    }
    if (frac_len == 0) {
        if (add_dot_0) buf_putc(b, '0', 1);
        else if (!alternate && !b->failed) {
            b->len = dot_at;   /* drop the '.' */
            b->p[b->len] = 0;
        }
    }
}

/* Is the formatted text (digits, '.', exponent) a zero? For 'z'. */
static bool text_is_zero(const char *s) {
    for (; *s && *s != 'e' && *s != 'E' && *s != '%'; s++)
        if (*s >= '1' && *s <= '9') return false;
    return true;
}

char *float_format_digits(Thread *t, double v, uint32_t type, intptr_t precision,
                          bool alternate, bool add_dot_0, bool no_neg_zero,
                          bool *negative, size_t *len_out) {
    Buf b = {.t = t};
    bool upper = type == 'E' || type == 'F' || type == 'G';
    *negative = !isnan(v) && signbit(v);
    double a = fabs(v);
    if (!isfinite(v)) {
        const char *s = isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        buf_put(&b, s, 3);
        if (type == '%') buf_putc(&b, '%', 1);
        goto done;
    }
    if (type == '%') a *= 100.0;
    if (precision > INT32_MAX / 2) {
        err_set(t, &exc_ValueError, "precision too big");
        mem_free(b.p);
        return NULL;
    }
    int prec = (int)precision;
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case '%': {
        char fixed[FLOAT_FIXED_MAX];
        int nfixed = type == 'e' || type == 'E' ? -1 : float_fixed_text(a, prec < 0 ? 6 : prec, alternate, fixed);
        if (nfixed >= 0) {
            buf_put(&b, fixed, (size_t)nfixed);
            if (type == '%') buf_putc(&b, '%', 1);
            break;
        }
        char fmt[8] = {'%', '#', '.', '*', (char)(type == '%' ? 'f' : type), 0};
        if (!alternate) memmove(fmt + 1, fmt + 2, 4);
        buf_printf(&b, fmt, prec < 0 ? 6 : prec, a);
        if (type == '%') buf_putc(&b, '%', 1);
        break;
    }
    case 'g': case 'G': case 'n': {
        if (prec < 0) prec = 6;
        if (prec == 0) prec = 1;
        char *d = mem_alloc(t, (size_t)prec + 48);
        if (!d) {
            mem_free(b.p);
            return NULL;
        }
        int decpt;
        if (a == 0.0) {
            strcpy(d, "0");   /* zero: one digit, decimal point after it */
            decpt = 1;
        } else if (prec <= 17) {
            decpt = digits_e(a, prec, d);
        } else {
            /* More digits than a %e of small precision: exact digits via a wider %e. */
            char *tmp = mem_alloc(t, (size_t)prec + 48);
            if (!tmp) {
                mem_free(d);
                mem_free(b.p);
                return NULL;
            }
            snprintf(tmp, (size_t)prec + 48, "%.*e", prec - 1, a);
            int k = 0;
            const char *p = tmp;
            for (; *p && *p != 'e'; p++)
                if (*p >= '0' && *p <= '9') d[k++] = *p;
            d[k] = 0;
            decpt = atoi(p + 1) + 1;
            mem_free(tmp);
        }
        int n = (int)strlen(d);
        while (n > 1 && d[n - 1] == '0') n--;
        bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec);
        layout(&b, d, n, decpt, use_exp, upper ? 'E' : 'e', alternate ? prec : 0, alternate,
               add_dot_0);
        mem_free(d);
        break;
    }
    default: { /* 'r': repr */
        if (a == 0.0) {
            buf_put(&b, add_dot_0 ? "0.0" : "0", add_dot_0 ? 3 : 1);
            break;
        }
        char d[32];
        int n;
        int decpt = shortest_digits(a, d, &n);
        bool use_exp = decpt <= -4 || decpt > 16;
        layout(&b, d, n, decpt, use_exp, 'e', 0, alternate, add_dot_0);
        break;
    }
    }
done:
    if (b.failed) {
        mem_free(b.p);
        err_no_memory(t);
        return NULL;
    }
    if (no_neg_zero && *negative && text_is_zero(b.p)) *negative = false;
    *len_out = b.len;
    return b.p;
}

char *float_repr_cstr(Thread *t, double v, size_t *len_out) {
    bool neg;
    size_t n;
    char *s = float_format_digits(t, v, 'r', 0, false, true, false, &neg, &n);
    if (!s || !neg) {
        *len_out = n;
        return s;
    }
    char *r = mem_alloc(t, n + 2);
    if (r) {
        r[0] = '-';
        memcpy(r + 1, s, n + 1);
        *len_out = n + 1;
    }
    mem_free(s);
    return r;
}

Object *float_repr_str(Thread *t, double v) {
    size_t n;
    char *s = float_repr_cstr(t, v, &n);
    if (!s) return NULL;
    Object *r = str_from_latin1(t, s, (intptr_t)n);
    mem_free(s);
    return r;
}

Object *float_format_spec(Thread *t, double v, const FormatSpec *spec, const char *type_name) {
    uint32_t type = spec->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return fmtspec_unknown_code(t, type, type_name);
    }
    bool add_dot_0 = false;
    intptr_t prec = spec->precision;
    if (type == 0) {
        add_dot_0 = true;
        type = prec < 0 ? 'r' : 'g';
    }
    bool neg;
    size_t n;
    char *s = float_format_digits(t, v, type, prec, spec->alternate, add_dot_0,
                                  spec->no_neg_zero, &neg, &n);
    if (!s) return NULL;
    size_t nint = 0;
    while (nint < n && s[nint] >= '0' && s[nint] <= '9') nint++;
    char sign = neg ? '-' : spec->sign == '-' ? 0 : spec->sign;
    Object *r = fmtspec_pad_number(t, spec, sign, "", 0, s, nint, s + nint, n - nint, 3);
    mem_free(s);
    return r;
}

/* ---- round(x, ndigits) ------------------------------------------------------------- */

Ref float_round_ndigits(Thread *t, double x, int64_t ndigits) {
    /* Beyond these every double is already rounded (or rounds to zero). */
    const int64_t ndigits_max = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t ndigits_min = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || x == 0.0 || ndigits > ndigits_max) return float_from_double(t, x);
    if (ndigits < ndigits_min) return float_from_double(t, 0.0 * x);
    /* x = m * 2**e exactly; y = x * 10**ndigits; R = round-half-even(y); result =
     * R / 10**ndigits correctly rounded by strtod of "Re-ndigits". */
    int e;
    double fr = frexp(fabs(x), &e);
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_set_d(num, ldexp(fr, 53));
    e -= 53;
    mpz_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)(ndigits < 0 ? -ndigits : ndigits));
    if (ndigits >= 0) mpz_mul(num, num, p);
    else mpz_mul(den, den, p);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    size_t cap = mpz_sizeinbase(q, 10) + 32;
    char *text = mem_alloc(t, cap);
    Ref res = REF_NULL;
    if (text) {
        mpz_get_str(text, 10, q);
        size_t k = strlen(text);
        snprintf(text + k, cap - k, "e%lld", (long long)-ndigits);
        double y = strtod(text, NULL);
        mem_free(text);
        if (isinf(y))
            err_set(t, &exc_OverflowError, "rounded value too large to represent");
        else
            res = float_from_double(t, signbit(x) ? -y : y);
    }
    mpz_clears(num, den, q, r, p, NULL);
    return res;
}

/* ---- hex ----------------------------------------------------------------------------- */

Object *float_hex_str(Thread *t, double v) {
    if (!isfinite(v) || v == 0.0) {
        if (v == 0.0) return str_from_cstr(t, signbit(v) ? "-0x0.0p+0" : "0x0.0p+0");
        return float_repr_str(t, v);
    }
    int e;
    double m = frexp(fabs(v), &e);      /* [0.5, 1) */
    /* Normal: one leading 1 digit, exponent e-1. Subnormal: leading 0, exponent -1022. */
    int shift = 1;
    if (e - 1 < DBL_MIN_EXP - 1) shift = 1 - (DBL_MIN_EXP - 1 - (e - 1));
    m = ldexp(m, shift);
    e -= shift;
    char buf[40];
    int k = 0;
    if (signbit(v)) buf[k++] = '-';
    buf[k++] = '0';
    buf[k++] = 'x';
    int lead = (int)m;
    buf[k++] = (char)('0' + lead);
    m -= lead;
    buf[k++] = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int d = (int)m;
        buf[k++] = "0123456789abcdef"[d];
        m -= d;
    }
    k += snprintf(buf + k, sizeof buf - (size_t)k, "p%+d", e);
    return str_from_latin1(t, buf, k);
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool match_ci(const char *s, size_t n, const char *word) {
    size_t m = strlen(word);
    if (n != m) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

bool float_from_hex_text(Thread *t, const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    size_t n = (size_t)(end - p);
    if (match_ci(p, n, "inf") || match_ci(p, n, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (match_ci(p, n, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    /* Validate: hexdigits ['.' hexdigits] ['p' [sign] digits], at least one hex digit. */
    const char *m0 = p;
    int ndig = 0;
    while (p < end && hexval(*p) >= 0) p++, ndig++;
    if (p < end && *p == '.') {
        p++;
        while (p < end && hexval(*p) >= 0) p++, ndig++;
    }
    const char *m1 = p;
    if (ndig == 0) goto invalid;
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        if (p < end && (*p == '+' || *p == '-')) p++;
        const char *d0 = p;
        while (p < end && *p >= '0' && *p <= '9') p++;
        if (p == d0) goto invalid;
    }
    if (p != end) goto invalid;
    /* Hand the canonical form to strtod, which rounds hex input correctly. */
    size_t mlen = (size_t)(m1 - m0), elen = (size_t)(end - m1);
    char *text = mem_alloc(t, mlen + elen + 8);
    if (!text) return false;
    size_t k = 0;
    text[k++] = '0';
    text[k++] = 'x';
    memcpy(text + k, m0, mlen);
    k += mlen;
    if (elen) {
        memcpy(text + k, m1, elen);
        k += elen;
    }
    text[k] = 0;
    double v = strtod(text, NULL);
    mem_free(text);
    if (isinf(v)) {
        err_set(t, &exc_OverflowError, "hexadecimal value too large to represent as a float");
        return false;
    }
    *out = neg ? -v : v;
    return true;
invalid:
    err_set(t, &exc_ValueError, "invalid hexadecimal floating-point string");
    return false;
}

/* ---- float(str) syntax -------------------------------------------------------------- */

/* digit (['_'] digit)*: advances *pp; false if no digit or a misplaced underscore. */
static bool digitpart(const char **pp, const char *end, char *out, size_t *k) {
    const char *p = *pp;
    if (p >= end || *p < '0' || *p > '9') return false;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            out[(*k)++] = *p++;
        } else if (*p == '_' && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            p++;
        } else {
            break;
        }
    }
    *pp = p;
    return true;
}

bool float_parse_text(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    size_t n = (size_t)(end - p);
    if (match_ci(p, n, "inf") || match_ci(p, n, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (match_ci(p, n, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    char small[64];
    char *clean = n + 2 <= sizeof small ? small : malloc(n + 2);
    if (!clean) return false;
    size_t k = 0;
    bool ok = false;
    bool int_digits = digitpart(&p, end, clean, &k);
    if (p < end && *p == '.') {
        clean[k++] = *p++;
        bool frac_digits = p < end && *p >= '0' && *p <= '9' && digitpart(&p, end, clean, &k);
        if (!int_digits && !frac_digits) goto out;
    } else if (!int_digits) {
        goto out;
    }
    if (p < end && (*p | 0x20) == 'e') {
        clean[k++] = *p++;
        if (p < end && (*p == '+' || *p == '-')) clean[k++] = *p++;
        if (!digitpart(&p, end, clean, &k)) goto out;
    }
    if (p != end) goto out;
    clean[k] = 0;
    double v;
    if (!float_parse_fast(clean, &v)) v = strtod(clean, NULL);
    *out = neg ? -v : v;
    ok = true;
out:
    if (clean != small) free(clean);
    return ok;
}
