/* _decimal_core: format(Decimal, spec) for finite values and ASCII specs, the C twin of
 * decimal.py's _format (same parse, same rounding to the context's mode, same layout).
 * Special values, non-ASCII fills and anything the parse does not accept go to
 * decimal.py's _format_py, which also raises the errors. */
#include "modules/decimal_core.h"

#include <stdio.h>
#include <stdlib.h>

/* Larger widths, precisions or exponents than this, or longer results, are left to
 * Python. */
#define FMT_NUMBER_LIMIT 100000

typedef struct FormatSpec {
    char fill, align, sign, type;       /* align and type 0 when absent */
    char given_type;                    /* type as written (n and N become g and G) */
    bool z, zero, group;
    int64_t width, precision;           /* -1 when absent */
} FormatSpec;

/* Reads a run of digits at s[*i] into *out (-1 when there is none): false when too big. */
static bool read_number(const char *s, size_t n, size_t *i, int64_t *out) {
    *out = -1;
    if (*i >= n || s[*i] < '0' || s[*i] > '9') return true;
    int64_t v = 0;
    for (; *i < n && s[*i] >= '0' && s[*i] <= '9'; (*i)++) {
        v = v * 10 + (s[*i] - '0');
        if (v > FMT_NUMBER_LIMIT) return false;
    }
    *out = v;
    return true;
}

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* CPython's grammar [[fill]align][z][sign][z][0][width][,][.precision][type] (one z at
 * most; no 0 flag after an explicit alignment, no width starting with 0, no grouping with
 * n or N): false for anything it rejects, which Python then reports. */
static bool parse_spec(const char *s, size_t n, FormatSpec *sp) {
    for (size_t k = 0; k < n; k++)
        if ((unsigned char)s[k] >= 0x80) return false;
    size_t i = 0;
    sp->fill = ' ';
    sp->align = 0;
    if (n >= 2 && is_align(s[1])) {
        sp->fill = s[0];
        sp->align = s[1];
        i = 2;
    } else if (n >= 1 && is_align(s[0])) {
        sp->align = s[0];
        i = 1;
    }
    sp->z = i < n && s[i] == 'z';
    if (sp->z) i++;
    sp->sign = '-';
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp->sign = s[i++];
    if (!sp->z && i < n && s[i] == 'z') {
        sp->z = true;
        i++;
    }
    sp->zero = i < n && s[i] == '0';
    if (sp->zero) {
        if (sp->align) return false;
        i++;
    }
    if (i < n && s[i] == '0') return false;
    if (!read_number(s, n, &i, &sp->width)) return false;
    sp->group = i < n && s[i] == ',';
    if (sp->group) i++;
    sp->precision = -1;
    if (i < n && s[i] == '.') {
        i++;
        if (!read_number(s, n, &i, &sp->precision) || sp->precision < 0) return false;
    }
    sp->type = i < n ? s[i++] : 0;
    if (i != n || (sp->type && !strchr("eEfFgGnN%", sp->type))) return false;
    if (sp->group && (sp->type == 'n' || sp->type == 'N')) return false;
    sp->given_type = sp->type;
    if (sp->zero) {
        sp->fill = '0';
        sp->align = '=';
    }
    if (!sp->align) sp->align = '>';
    if (sp->type == 'n') sp->type = 'g';
    if (sp->type == 'N') sp->type = 'G';
    return true;
}

/* decimal.py's _round_to_digits: coef (exponent *exp) to exactly ndig digits. */
static void round_to_digits(mpz_ptr coef, int64_t *exp, int64_t ndig, int mode, int sign) {
    if (mpz_sgn(coef) == 0) return;
    int64_t n = dec_ndigits(coef);
    if (n > ndig) {
        dec_round_int(coef, n - ndig, mode, sign);
        *exp += n - ndig;
        if (dec_ndigits(coef) > ndig) {
            mpz_tdiv_q_ui(coef, coef, 10);
            (*exp)++;
        }
    } else {
        dec_mul_pow10(coef, ndig - n);
        *exp -= ndig - n;
    }
}

/* decimal.py's _rescale_fmt: coef (exponent *exp) at exponent target. */
static void rescale(mpz_ptr coef, int64_t *exp, int64_t target, int mode, int sign) {
    if (target > *exp)
        dec_round_int(coef, target - *exp, mode, sign);
    else
        dec_mul_pow10(coef, *exp - target);
    *exp = target;
}

/* The text of a laid-out number, built up in one buffer. */
typedef struct Text {
    char *p;
    size_t n;
} Text;

static void put(Text *b, const char *s, size_t n) {
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void put_run(Text *b, char c, size_t n) {
    memset(b->p + b->n, c, n);
    b->n += n;
}

/* The integer part, len digits of which the first `have` come from digits and the rest
 * are zeros; with grouping, a ',' every three digits after enough leading zeros to make
 * the result at least min_width long (decimal.py's _group). */
static void put_intpart(Text *b, const char *digits, size_t have, size_t len, bool group,
                        size_t min_width) {
    size_t total = len;
    while (group && total + (total - 1) / 3 < min_width) total++;
    for (size_t k = 0; k < total; k++) {
        if (group && k && (total - k) % 3 == 0) b->p[b->n++] = ',';
        size_t i = k - (total - len);     /* index into the integer part, when k reaches it */
        b->p[b->n++] = k < total - len || i >= have ? '0' : digits[i];
    }
}

/* format(d, spec) for a finite d read into x (x's coefficient is ours to change). */
static Ref format_finite(Thread *t, DecNum *x, const FormatSpec *sp, const DecCtx *ctx,
                         bool capitals) {
    char type = sp->type;
    bool negative = x->sign;
    int64_t exp = x->exp + (type == '%' ? 2 : 0);
    int mode = ctx->rounding;
    bool was_zero = mpz_sgn(x->coef) == 0;
    if (type == 'e' || type == 'E') {
        if (sp->precision >= 0) round_to_digits(x->coef, &exp, sp->precision + 1, mode, x->sign);
    } else if (type == 'f' || type == 'F' || type == '%') {
        if (sp->precision >= 0) rescale(x->coef, &exp, -sp->precision, mode, x->sign);
    } else if (sp->precision >= 0) {
        int64_t p = sp->precision ? sp->precision : 1;
        if (dec_ndigits(x->coef) > p) round_to_digits(x->coef, &exp, p, mode, x->sign);
    }
    bool zero = mpz_sgn(x->coef) == 0;
    /* z turns -0 into 0; like CPython 3.11, a value that only rounds to zero counts for
     * the types e, f, g and % as written (not E, F, G, n, N or none) */
    if (sp->z && zero && (was_zero || (sp->given_type && strchr("efg%", sp->given_type))))
        negative = false;
    /* our own buffer: mpz_get_str(NULL, ...) would allocate with GMP's allocator */
    char *digits = malloc(mpz_sizeinbase(x->coef, 10) + 2);
    if (!digits) return err_no_memory(t);
    mpz_get_str(digits, 10, x->coef);
    int64_t nd = (int64_t)strlen(digits), left = exp + nd, dot;
    bool sci_type = type == 'e' || type == 'E', fixed_type = type == 'f' || type == 'F' || type == '%';
    if (sci_type)
        dot = zero && sp->precision >= 0 ? 1 - sp->precision : 1;
    else if (fixed_type)
        dot = !zero || left < 1 ? left : 1;
    else
        dot = exp <= 0 && left > -6 ? left : 1;
    if (zero && sci_type && sp->precision < 0) dot = 1;
    /* the integer part, the zeros after the point, the fraction digits */
    int64_t int_len = dot <= 0 ? 1 : dot, lead_zeros = dot <= 0 ? -dot : 0;
    int64_t frac_digits = dot <= 0 ? nd : dot >= nd ? 0 : nd - dot;
    int64_t expo = left - dot;
    bool with_exp = (sci_type || type == 'g' || type == 'G' || !type) && (expo != 0 || sci_type);
    char echar = !type ? (capitals ? 'E' : 'e') : (type == 'E' || type == 'G') ? 'E' : 'e';
    char exp_text[24];
    size_t exp_len = with_exp ? (size_t)snprintf(exp_text, sizeof exp_text, "%c%+lld", echar, (long long)expo) : 0;
    size_t tail_len = (lead_zeros + frac_digits ? 1 + (size_t)(lead_zeros + frac_digits) : 0) + exp_len +
                      (type == '%');
    const char *signstr = negative ? "-" : sp->sign == '-' ? "" : sp->sign == '+' ? "+" : " ";
    size_t sign_len = strlen(signstr);
    size_t min_group = 0;
    if (sp->group && sp->zero && sp->fill == '0' && sp->align == '=' && sp->width > 0 &&
        sp->width > (int64_t)(sign_len + tail_len))
        min_group = (size_t)sp->width - sign_len - tail_len;
    size_t int_text = sp->group ? (size_t)int_len + (size_t)int_len / 2 + min_group + 2 : (size_t)int_len;
    size_t cap = sign_len + int_text + tail_len + (sp->width > 0 ? (size_t)sp->width : 0) + 1;
    Ref result = REF_NULL;
    if (cap > 4 * FMT_NUMBER_LIMIT) {
        free(digits);
        return REF_NULL;       /* Python builds it */
    }
    /* the body (integer part and tail) first, then the padding around sign and body */
    char *body = malloc(cap), *out = malloc(cap);
    if (body && out) {
        Text b = {body, 0};
        /* the integer part: digits[0:dot] and zeros when dot > nd, "0" when dot <= 0 */
        put_intpart(&b, dot <= 0 ? "0" : digits, dot <= 0 ? 1 : (size_t)(dot < nd ? dot : nd),
                    (size_t)int_len, sp->group, min_group);
        if (lead_zeros + frac_digits) {
            put(&b, ".", 1);
            put_run(&b, '0', (size_t)lead_zeros);
            put(&b, digits + (dot <= 0 ? 0 : dot), (size_t)frac_digits);
        }
        put(&b, exp_text, exp_len);
        if (type == '%') put(&b, "%", 1);
        /* decimal.py's _pad */
        Text o = {out, 0};
        size_t total = sign_len + b.n;
        size_t pad = sp->width > 0 && (int64_t)total < sp->width ? (size_t)sp->width - total : 0;
        size_t before = sp->align == '<' || sp->align == '=' ? 0 : sp->align == '^' ? pad / 2 : pad;
        put_run(&o, sp->fill, before);
        put(&o, signstr, sign_len);
        if (sp->align == '=') put_run(&o, sp->fill, pad);
        put(&o, body, b.n);
        if (sp->align == '<' || sp->align == '^') put_run(&o, sp->fill, pad - before);
        Object *s = str_from_ascii(t, out, (intptr_t)o.n);
        if (s) result = ref_from_obj(s);
    } else {
        err_no_memory(t);
    }
    free(body);
    free(out);
    free(digits);
    return result;
}

Ref dec_format(Thread *t, Ref self, Object *spec, Ref ctx_ref) {
    FormatSpec sp;
    DecNum v, x;
    DecCtx ctx;
    if (STR(spec)->kind != 1 || !parse_spec(str_data(spec), (size_t)str_len(spec), &sp) ||
        !dec_load(self, &v) || v.exp > FMT_NUMBER_LIMIT || v.exp < -FMT_NUMBER_LIMIT ||
        dec_read_context(ctx_ref, &ctx) != 1)
        return REF_NULL;
    dec_num_init(&x);
    mpz_set(x.coef, v.coef);
    x.sign = v.sign;
    x.exp = v.exp;
    Ref r = format_finite(t, &x, &sp, &ctx, ctx.obj->capitals != 0);
    dec_num_clear(&x);
    return r;
}
