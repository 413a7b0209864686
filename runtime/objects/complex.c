/* complex: a pair of doubles. Division uses Smith's algorithm and powers use repeated
 * squaring for small integral exponents (as CPython, so results agree to the bit). */
#include "spry.h"
#include "objects/int_impl.h"
#include "objects/formatspec.h"

#include <math.h>

typedef struct CVal {
    double re, im;
} CVal;

#define CPX(r) ((Complex *)ref_obj(r))

Ref complex_from_doubles(Thread *t, double real, double imag) {
    Complex *c = (Complex *)obj_alloc(t, &complex_type, sizeof(Complex));
    if (!c) return REF_NULL;
    c->real = real;
    c->imag = imag;
    return ref_from_obj(&c->ob);
}

static Ref complex_subtype_new(Thread *t, Type *type, CVal v) {
    if (type == &complex_type) return complex_from_doubles(t, v.re, v.im);
    Complex *c = (Complex *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!c) return REF_NULL;
    c->real = v.re;
    c->imag = v.im;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(&c->ob);
    return ref_from_obj(&c->ob);
}

static void complex_dealloc(Object *o) { o->ob_type->tp_free(o); }

bool complex_check(Ref r) {
    return ref_is_obj(r) && (ref_obj(r)->ob_type == &complex_type ||
                             type_is_subtype(ref_obj(r)->ob_type, &complex_type));
}

/* Operand conversion: 1 ok, 0 NotImplemented, -1 error. */
static int to_cval(Thread *t, Ref v, CVal *out) {
    if (complex_check(v)) {
        *out = (CVal){CPX(v)->real, CPX(v)->imag};
        return 1;
    }
    if (float_check(v)) {
        *out = (CVal){float_value(v), 0.0};
        return 1;
    }
    if (int_check(v)) {
        double d = int_as_double(t, v);
        if (d == -1.0 && err_occurred(t)) return -1;
        *out = (CVal){d, 0.0};
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                                                           \
    CVal x, y;                                                                             \
    do {                                                                                   \
        int ca_ = to_cval(t, a, &x);                                                       \
        if (ca_ <= 0) return ca_ < 0 ? REF_NULL : REF_NOTIMPLEMENTED;                      \
        int cb_ = to_cval(t, b, &y);                                                       \
        if (cb_ <= 0) return cb_ < 0 ? REF_NULL : REF_NOTIMPLEMENTED;                      \
    } while (0)

static Ref from_cval(Thread *t, CVal v) { return complex_from_doubles(t, v.re, v.im); }

static CVal c_prod(CVal a, CVal b) {
    return (CVal){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* Smith's algorithm; *zero set for a zero divisor. */
static CVal c_quot(CVal a, CVal b, bool *zero) {
    double abs_bre = fabs(b.re), abs_bim = fabs(b.im);
    CVal r;
    if (abs_bre >= abs_bim) {
        if (abs_bre == 0.0) {
            *zero = true;
            return (CVal){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        r.re = (a.re + a.im * ratio) / denom;
        r.im = (a.im - a.re * ratio) / denom;
    } else if (abs_bim >= abs_bre) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN;   /* at least one NaN in b */
    }
    return r;
}

static CVal c_powu(CVal x, long n) {
    CVal r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

/* errs: 0 ok, 1 domain (zero to a negative/complex power), 2 range. */
static CVal c_pow(CVal a, CVal b, int *errs) {
    if (b.re == 0.0 && b.im == 0.0) return (CVal){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *errs = 1;
        return (CVal){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    /* cos/sin of an infinite phase is a domain error of the C library, which CPython
     * reports as the zero-power error; keep that behaviour. */
    if (isinf(phase)) *errs = 1;
    return (CVal){len * cos(phase), len * sin(phase)};
}

Ref complex_pow_values(Thread *t, double ar, double ai, double br, double bi) {
    CVal a = {ar, ai}, b = {br, bi}, p;
    int errs = 0;
    long n = fabs(b.re) <= 100.0 ? (long)b.re : 1000;
    if (b.im == 0.0 && b.re == (double)n) {
        if (n >= 0) {
            p = c_powu(a, n);
        } else {
            bool zero = false;
            p = c_quot((CVal){1.0, 0.0}, c_powu(a, -n), &zero);
            if (zero) errs = 1;
        }
    } else {
        p = c_pow(a, b, &errs);
    }
    if (!errs && (isinf(p.re) || isinf(p.im))) errs = 2;
    if (errs == 1)
        return err_set(t, &exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errs == 2) return err_set(t, &exc_OverflowError, "complex exponentiation");
    return from_cval(t, p);
}

static Ref complex_add(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    return from_cval(t, (CVal){x.re + y.re, x.im + y.im});
}

static Ref complex_sub(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    return from_cval(t, (CVal){x.re - y.re, x.im - y.im});
}

static Ref complex_mul(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    return from_cval(t, c_prod(x, y));
}

static Ref complex_div(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    bool zero = false;
    CVal q = c_quot(x, y, &zero);
    if (zero) return err_set(t, &exc_ZeroDivisionError, "complex division by zero");
    return from_cval(t, q);
}

static Ref complex_pow(Thread *t, Ref a, Ref b) {
    CONVERT_BOTH(a, b, x, y);
    return complex_pow_values(t, x.re, x.im, y.re, y.im);
}

static Ref complex_power3(Thread *t, Ref a, Ref b, Ref m) {
    if (!ref_is_null(m) && !ref_is_none(m)) return err_set(t, &exc_ValueError, "complex modulo");
    return complex_pow(t, a, b);
}

static Ref complex_neg(Thread *t, Ref a) { return complex_from_doubles(t, -CPX(a)->real, -CPX(a)->imag); }

static Ref complex_pos(Thread *t, Ref a) {
    if (ref_obj(a)->ob_type == &complex_type) return ref_dup(a);
    return complex_from_doubles(t, CPX(a)->real, CPX(a)->imag);
}

static Ref complex_abs(Thread *t, Ref a) {
    double re = CPX(a)->real, im = CPX(a)->imag;
    double r;
    if (isinf(re) || isinf(im)) r = HUGE_VAL;
    else if (isnan(re) || isnan(im)) r = NAN;
    else {
        r = hypot(re, im);
        if (isinf(r)) return err_set(t, &exc_OverflowError, "absolute value too large");
    }
    return float_from_double(t, r);
}

static int complex_bool(Thread *t, Ref a) { return CPX(a)->real != 0.0 || CPX(a)->imag != 0.0; }

static int64_t part_hash(Ref self, double v) {
    if (isnan(v)) {
        uintptr_t y = (uintptr_t)ref_obj(self);
        y = (y >> 4) | (y << (8 * sizeof(y) - 4));
        return (int64_t)y;
    }
    return float_hash(v);
}

static int64_t complex_hash(Thread *t, Ref a) {
    uint64_t hr = (uint64_t)part_hash(a, CPX(a)->real);
    uint64_t hi = (uint64_t)part_hash(a, CPX(a)->imag);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

static Ref complex_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return REF_NOTIMPLEMENTED;
    bool swapped = !complex_check(a);
    Ref c = swapped ? b : a, o = swapped ? a : b;
    double re = CPX(c)->real, im = CPX(c)->imag;
    bool eq;
    if (complex_check(o)) {
        eq = re == CPX(o)->real && im == CPX(o)->imag;
    } else if (float_check(o)) {
        eq = im == 0.0 && re == float_value(o);
    } else if (int_check(o)) {
        if (im != 0.0 || isnan(re)) {
            eq = false;
        } else {
            IntView v;
            eq = mpz_cmp_d(int_view(o, &v), re) == 0;
        }
    } else {
        return REF_NOTIMPLEMENTED;
    }
    return ref_from_bool(op == CMP_EQ ? eq : !eq);
}

/* ---- repr and format ------------------------------------------------------------------ */

/* Appends one part: sign (forced '+' when `plus`) and repr-style digits. */
static bool append_part(Thread *t, char **buf, size_t *len, double v, uint32_t type,
                        intptr_t prec, bool alternate, bool plus, char sign_opt,
                        bool no_neg_zero) {
    bool neg;
    size_t n;
    char *d = float_format_digits(t, v, type, prec, alternate, false, no_neg_zero, &neg, &n);
    if (!d) return false;
    char *nb = mem_realloc(t, *buf, *len + n + 3);
    if (!nb) {
        mem_free(d);
        return false;
    }
    *buf = nb;
    char sign = neg ? '-' : plus ? '+' : (sign_opt == '-' ? 0 : sign_opt);
    if (sign) nb[(*len)++] = sign;
    memcpy(nb + *len, d, n);
    *len += n;
    mem_free(d);
    return true;
}

/* The text of a complex for a spec (no padding): parts, 'j', parentheses. */
static char *complex_text(Thread *t, double re, double im, uint32_t type, intptr_t prec,
                          bool alternate, char sign_opt, bool no_neg_zero, bool *parens,
                          size_t *len_out) {
    bool skip_re = false;
    *parens = false;
    if (type == 0) {
        type = prec < 0 ? 'r' : 'g';
        *parens = true;
        if (re == 0.0 && !signbit(re)) skip_re = true;
    }
    if (type == 'n') type = 'g';
    char *buf = mem_alloc(t, 4);
    if (!buf) return NULL;
    size_t len = 0;
    if (skip_re) *parens = false;
    if (*parens) buf[len++] = '(';
    if (!skip_re && !append_part(t, &buf, &len, re, type, prec, alternate, false, sign_opt,
                                 no_neg_zero))
        goto fail;
    if (!append_part(t, &buf, &len, im, type, prec, alternate, !skip_re, sign_opt, no_neg_zero))
        goto fail;
    buf[len++] = 'j';
    if (*parens) buf[len++] = ')';
    *len_out = len;
    return buf;
fail:
    mem_free(buf);
    return NULL;
}

Object *complex_repr_str(Thread *t, double real, double imag) {
    bool parens;
    size_t n;
    char *s = complex_text(t, real, imag, 0, -1, false, '-', false, &parens, &n);
    if (!s) return NULL;
    Object *r = str_from_latin1(t, s, (intptr_t)n);
    mem_free(s);
    return r;
}

static Ref complex_repr(Thread *t, Ref a) {
    return ref_from_obj(complex_repr_str(t, CPX(a)->real, CPX(a)->imag));
}

static Object *complex_format(Thread *t, Ref self, Object *spec) {
    FormatSpec fs;
    if (fmtspec_parse(t, spec, "complex", 0, '>', &fs) < 0) return NULL;
    switch (fs.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: return fmtspec_unknown_code(t, fs.type, "complex");
    }
    if (fs.fill == '0') {
        err_set(t, &exc_ValueError, "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (fs.align == '=') {
        err_set(t, &exc_ValueError,
                "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    double re = CPX(self)->real, im = CPX(self)->imag;
    Object *out;
    if (fs.grouping) {
        /* Group each part separately, then pad the whole. */
        FormatSpec part = fs;
        part.width = -1;
        part.align = '>';
        uint32_t type = fs.type ? fs.type : (fs.precision < 0 ? 'r' : 'g');
        bool skip_re = fs.type == 0 && re == 0.0 && !signbit(re);
        bool parens = fs.type == 0 && !skip_re;
        Object *pieces[2] = {NULL, NULL};
        for (int i = skip_re ? 1 : 0; i < 2; i++) {
            double v = i ? im : re;
            bool neg;
            size_t n;
            char *d = float_format_digits(t, v, type == 'n' ? 'g' : type, fs.precision,
                                          fs.alternate, false, fs.no_neg_zero, &neg, &n);
            if (!d) goto fail;
            size_t nint = 0;
            while (nint < n && d[nint] >= '0' && d[nint] <= '9') nint++;
            char sign = neg ? '-' : (i == 1 && !skip_re) ? '+' : (fs.sign == '-' ? 0 : fs.sign);
            pieces[i] = fmtspec_pad_number(t, &part, sign, "", 0, d, nint, d + nint, n - nint, 3);
            mem_free(d);
            if (!pieces[i]) goto fail;
        }
        out = str_from_format(t, "%s%U%U%s", parens ? "(" : "",
                              pieces[0] ? pieces[0] : str_empty(), pieces[1],
                              parens ? "j)" : "j");
        obj_xdecref(pieces[0]);
        obj_xdecref(pieces[1]);
        if (!out) return NULL;
        goto pad;
    fail:
        obj_xdecref(pieces[0]);
        obj_xdecref(pieces[1]);
        return NULL;
    } else {
        bool parens;
        size_t n;
        char *s = complex_text(t, re, im, fs.type, fs.precision, fs.alternate, fs.sign,
                               fs.no_neg_zero, &parens, &n);
        if (!s) return NULL;
        out = str_from_latin1(t, s, (intptr_t)n);
        mem_free(s);
        if (!out) return NULL;
    }
pad:;
    FormatSpec ps = fs;
    ps.type = 's';
    ps.precision = -1;
    ps.sign_given = false;
    ps.alternate = false;
    ps.no_neg_zero = false;
    Object *r = fmtspec_pad_str(t, out, &ps);
    obj_decref(out);
    return r;
}

/* ---- construction ------------------------------------------------------------------- */

static bool cspace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Length of the longest float literal (no sign) at p: digits/underscores, '.', exponent,
 * or inf/infinity/nan. 0 if none. */
static size_t scan_float(const char *p, const char *end) {
    const char *s = p;
    size_t n = (size_t)(end - p);
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int i = 0; i < 3; i++) {
        size_t m = strlen(words[i]);
        if (n >= m) {
            size_t k = 0;
            while (k < m && (p[k] | 0x20) == words[i][k]) k++;
            if (k == m) return m;
        }
    }
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) p++;
    if (p < end && *p == '.') {
        p++;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '_')) p++;
    }
    if (p == s) return 0;
    if (p < end && (*p | 0x20) == 'e') {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) q++;
        const char *d = q;
        while (q < end && ((*q >= '0' && *q <= '9') || *q == '_')) q++;
        if (q > d) p = q;
    }
    return (size_t)(p - s);
}

/* A signed number at *pp; false if malformed. */
static bool read_number(const char **pp, const char *end, double *out) {
    const char *p = *pp;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    size_t n = scan_float(p, end);
    if (n == 0 || !float_parse_text(p, n, out)) return false;
    if (neg) *out = -*out;
    *pp = p + n;
    return true;
}

static bool parse_complex_text(const char *s, size_t len, CVal *out) {
    const char *p = s, *end = s + len;
    while (p < end && cspace(*p)) p++;
    while (end > p && cspace(end[-1])) end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')') return false;
        p++, end--;
        while (p < end && cspace(*p)) p++;
        while (end > p && cspace(end[-1])) end--;
    }
    if (p == end) return false;
    double x = 0.0, y = 0.0;
    /* A bare "j", "+j", "-j". */
    const char *q = p;
    if (q < end && (*q == '+' || *q == '-')) q++;
    if (q < end && (*q | 0x20) == 'j' && q + 1 == end) {
        *out = (CVal){0.0, *p == '-' ? -1.0 : 1.0};
        return true;
    }
    if (!read_number(&p, end, &x)) return false;
    if (p == end) {
        *out = (CVal){x, 0.0};
        return true;
    }
    if ((*p | 0x20) == 'j') {
        if (p + 1 != end) return false;
        *out = (CVal){0.0, x};
        return true;
    }
    if (*p != '+' && *p != '-') return false;
    bool neg = *p == '-';
    const char *r = p + 1;
    if (r < end && (*r | 0x20) == 'j' && r + 1 == end) {
        *out = (CVal){x, neg ? -1.0 : 1.0};
        return true;
    }
    if (r < end && (*r == '+' || *r == '-')) return false;
    if (!read_number(&p, end, &y)) return false;
    if (p + 1 != end || (*p | 0x20) != 'j') return false;
    *out = (CVal){x, y};
    return true;
}

static Ref complex_from_str(Thread *t, Type *type, Object *s) {
    size_t len;
    char *buf = int_numeric_ascii(t, s, &len);
    if (!buf) return REF_NULL;
    CVal v;
    bool ok = parse_complex_text(buf, len, &v);
    mem_free(buf);
    if (!ok) return err_set(t, &exc_ValueError, "complex() arg is a malformed string");
    return complex_subtype_new(t, type, v);
}

/* __complex__ of r if it has one: 1 found (*out set), 0 not, -1 error. */
static int try_dunder_complex(Thread *t, Ref r, CVal *out) {
    if (complex_check_exact(r)) return 0;
    Ref m = obj_lookup_special(t, r, ID(__complex__));
    if (ref_is_null(m)) return err_occurred(t) ? -1 : 0;
    Ref res = obj_call0(t, m);
    ref_close(m);
    if (ref_is_null(res)) return -1;
    if (!complex_check(res)) {
        err_format(t, &exc_TypeError, "__complex__ returned non-complex (type %T)", res);
        ref_close(res);
        return -1;
    }
    *out = (CVal){CPX(res)->real, CPX(res)->imag};
    ref_close(res);
    return 1;
}

static bool is_number(Ref r) {
    if (complex_check(r) || float_check(r) || int_check(r)) return true;
    Type *tp = ref_type(r);
    return tp->float_ || tp->index;
}

static Ref complex_new_impl(Thread *t, Type *type, Ref r, Ref i) {
    if (ref_is_null(r)) r = ref_from_int(0);
    if (str_check(r)) {
        if (!ref_is_null(i))
            return err_set(t, &exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_str(t, type, ref_obj(r));
    }
    if (!ref_is_null(i) && str_check(i))
        return err_set(t, &exc_TypeError, "complex() second arg can't be a string");
    if (ref_is_null(i) && type == &complex_type && complex_check_exact(r)) return ref_dup(r);

    CVal cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    int got = try_dunder_complex(t, r, &cr);
    if (got < 0) return REF_NULL;
    if (got) {
        cr_is_complex = true;
    } else if (complex_check(r)) {
        cr = (CVal){CPX(r)->real, CPX(r)->imag};
        cr_is_complex = true;
    } else {
        if (!is_number(r))
            return err_format(t, &exc_TypeError,
                              "complex() first argument must be a string or a number, not '%T'", r);
        cr.re = float_as_double(t, r);
        if (cr.re == -1.0 && err_occurred(t)) return REF_NULL;
    }
    if (ref_is_null(i)) {
        ci.re = cr.im;
    } else if (complex_check(i)) {
        ci = (CVal){CPX(i)->real, CPX(i)->imag};
        ci_is_complex = true;
    } else {
        if (!is_number(i))
            return err_format(t, &exc_TypeError,
                              "complex() second argument must be a number, not '%T'", i);
        ci.re = float_as_double(t, i);
        if (ci.re == -1.0 && err_occurred(t)) return REF_NULL;
    }
    if (ci_is_complex) cr.re -= ci.im;
    if (cr_is_complex && !ref_is_null(i)) ci.re += cr.im;
    return complex_subtype_new(t, type, (CVal){cr.re, ci.re});
}

Ref complex_from_object(Thread *t, Ref real, Ref imag) {
    return complex_new_impl(t, &complex_type, real, imag);
}

static const char *const complex_new_names[] = {"real", "imag", NULL};
static const ArgSpec complex_new_spec = {"complex", complex_new_names, 0, -1};

static Ref complex_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Ref a[2];
    if (!num_check_kwnames(t, &complex_new_spec, kwnames) ||
        !args_parse(t, &complex_new_spec, args, nargs, kwnames, a))
        return REF_NULL;
    return complex_new_impl(t, type, a[0], a[1]);
}

/* ---- methods ------------------------------------------------------------------------- */

static Ref complex_conjugate(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "conjugate", nargs, kw)) return REF_NULL;
    return complex_from_doubles(t, CPX(self)->real, -CPX(self)->imag);
}

static Ref complex_getnewargs(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__getnewargs__", nargs, kw)) return REF_NULL;
    Ref items[2] = {float_from_double(t, CPX(self)->real), float_from_double(t, CPX(self)->imag)};
    if (ref_is_null(items[0]) || ref_is_null(items[1])) {
        ref_close(items[0]);
        ref_close(items[1]);
        return REF_NULL;
    }
    return ref_from_obj(tuple_from_array_steal(t, items, 2));
}

static Ref complex_complex_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__complex__", nargs, kw)) return REF_NULL;
    return complex_pos(t, self);
}

static Ref complex_format_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__format__", nargs, kw)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (STR(ref_obj(args[0]))->length == 0) return obj_str(t, self);
    return ref_from_obj(complex_format(t, self, ref_obj(args[0])));
}

static const MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__format__", complex_format_m, 0, "Convert to a string according to format_spec."},
    {"__complex__", complex_complex_m, 0, "Convert this value to exact type complex."},
    {NULL},
};

static const MemberDef complex_members[] = {
    {"real", MEMBER_T_DOUBLE, offsetof(Complex, real), MEMBER_READONLY, "the real part of a complex number"},
    {"imag", MEMBER_T_DOUBLE, offsetof(Complex, imag), MEMBER_READONLY, "the imaginary part of a complex number"},
    {NULL},
};

Type complex_type = {
    TYPE_HEAD_INIT,
    .tp_name = "complex",
    .tp_basicsize = sizeof(Complex),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.",
    .tp_dealloc = complex_dealloc,
    .tp_free = obj_free,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .bool_ = complex_bool,
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .nb = {
        [NB_ADD] = complex_add,
        [NB_SUBTRACT] = complex_sub,
        [NB_MULTIPLY] = complex_mul,
        [NB_TRUE_DIVIDE] = complex_div,
        [NB_POWER] = complex_pow,
    },
    .power3 = complex_power3,
    .methods = complex_methods,
    .members = complex_members,
};
