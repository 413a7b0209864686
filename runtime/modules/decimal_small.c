/* _decimal_core: + - * / and quantize on coefficients below 2**128 in machine arithmetic,
 * tried before the mpz paths of decimal_arith.c. Each one takes only the cases where
 * every intermediate value fits and the result is a normal number inside the context's
 * range; for anything else it returns 0 and the mpz path computes the same operation
 * from scratch, so the two never disagree on a result or a condition. */
#include "modules/decimal_core.h"

typedef unsigned __int128 u128;

/* The largest number of digits an intermediate value may have: 10**38 < 2**128. */
#define SMALL_DIGITS 38

/* q = c / 10**k and r = c % 10**k (k <= 38), in 64-bit steps when c allows. */
static u128 div_pow10(u128 c, int64_t k, u128 *r) {
    if (!(c >> 64) && k < 20) {
        uint64_t v = (uint64_t)c, p = dec_pow10_u64[k];
        *r = v % p;
        return v / p;
    }
    u128 p = dec_pow10_u128(k), q = c / p;
    *r = c - q * p;
    return q;
}

/* c with its last `drop` (<= 38) digits rounded away by mode; *inexact says whether any
 * of them was nonzero. */
static u128 round_off(u128 c, int64_t drop, int mode, int sign, bool *inexact) {
    u128 r, q = div_pow10(c, drop, &r);
    *inexact = r != 0;
    if (r) {
        u128 half = dec_pow10_u128(drop) >> 1;
        int cmp = r > half ? 1 : r < half ? -1 : 0;
        if (dec_round_up(mode, cmp, (unsigned)q & 1, mode == RND_05UP ? (unsigned)(q % 5) : 1, sign))
            q++;
    }
    return q;
}

/* Removes up to `most` trailing zeros of q != 0; returns how many. */
static int64_t strip_zeros(u128 *q, int64_t most) {
    int64_t n = 0;
    while (n < most) {
        /* the zeros of the low 19 digits, counted in 64 bits */
        u128 low;
        div_pow10(*q, 19, &low);
        uint64_t v = (uint64_t)low;
        int64_t z = 0;
        if (v == 0) {
            z = 19;
        } else {
            for (; v % 10 == 0; v /= 10) z++;
        }
        if (z > most - n) z = most - n;
        if (z == 0) break;
        u128 unused;
        *q = div_pow10(*q, z, &unused);
        n += z;
        if (z < 19) break;
    }
    return n;
}

int dec_small_finish(DecSmall *x, const DecCtx *ctx, int mode, unsigned *conds) {
    int64_t prec = ctx->prec;
    *conds = 0;
    if (x->coef == 0) {
        /* a zero only moves when its exponent is out of range: the mpz path does that */
        int64_t top = ctx->clamp ? ctx->emax - prec + 1 : ctx->emax;
        return x->exp >= ctx->emin - prec + 1 && x->exp <= top;
    }
    int64_t n = dec_ndigits_u128(x->coef);
    int64_t adj = x->exp + n - 1;
    if (adj > ctx->emax || adj < ctx->emin) return 0;
    if (n > prec) {
        int64_t drop = n - prec;     /* <= 38: n <= 39 and prec >= 1 */
        bool inexact;
        u128 q = round_off(x->coef, drop, mode, x->sign, &inexact);
        if (inexact) *conds = SIG_INEXACT;
        x->exp += drop;
        if (q == dec_pow10_u128(prec)) {
            /* the rounding carried into a new digit */
            q /= 10;
            x->exp++;
        }
        x->coef = q;
        *conds |= SIG_ROUNDED;
        if (x->exp + prec - 1 > ctx->emax) return 0;
    }
    return !ctx->clamp || x->exp <= ctx->emax - prec + 1;
}

/* c * 10**k when that stays below 10**38 (so that two of them add up below 2**128). */
static bool scale_up(u128 c, int64_t k, u128 *out) {
    if (k > SMALL_DIGITS || c >= dec_pow10_u128(SMALL_DIGITS - k)) return false;
    *out = k ? c * dec_pow10_u128(k) : c;
    return true;
}

int dec_small_add(const DecSmall *a, const DecSmall *b, const DecCtx *ctx, DecSmall *out,
                  unsigned *conds) {
    int64_t e = a->exp < b->exp ? a->exp : b->exp;
    u128 x, y;
    if (!scale_up(a->coef, a->exp - e, &x) || !scale_up(b->coef, b->exp - e, &y)) return 0;
    out->exp = e;
    if (a->sign == b->sign) {
        /* both below 10**38: the sum stays below 2**128 */
        out->coef = x + y;
        out->sign = a->sign;
    } else if (x != y) {
        out->coef = x > y ? x - y : y - x;
        out->sign = x > y ? a->sign : b->sign;
    } else {
        out->coef = 0;
        out->sign = ctx->rounding == RND_FLOOR;
    }
    return dec_small_finish(out, ctx, ctx->rounding, conds);
}

int dec_small_multiply(const DecSmall *a, const DecSmall *b, const DecCtx *ctx, DecSmall *out,
                       unsigned *conds) {
    if (a->coef && b->coef && dec_ndigits_u128(a->coef) + dec_ndigits_u128(b->coef) > SMALL_DIGITS)
        return 0;
    out->sign = a->sign ^ b->sign;
    out->coef = a->coef * b->coef;
    out->exp = a->exp + b->exp;
    return dec_small_finish(out, ctx, ctx->rounding, conds);
}

/* For b = 2**i * 5**j below 2**64: the smallest k >= 0 for which b divides a * 10**k
 * (a != 0); -1 for any other b. */
static int64_t exact_shift(u128 a, u128 b) {
    if (b >> 64) return -1;
    uint64_t odd = (uint64_t)b;
    int64_t twos = __builtin_ctzll(odd), fives = 0;
    odd >>= twos;
    for (; odd % 5 == 0; odd /= 5) fives++;
    if (odd != 1) return -1;
    int64_t a_twos = (uint64_t)a ? __builtin_ctzll((uint64_t)a) : 64 + __builtin_ctzll((uint64_t)(a >> 64));
    int64_t a_fives = 0;
    for (; a_fives < fives && a % 5 == 0; a /= 5) a_fives++;
    int64_t k = twos - a_twos > fives - a_fives ? twos - a_twos : fives - a_fives;
    return k > 0 ? k : 0;
}

int dec_small_divide(const DecSmall *a, const DecSmall *b, const DecCtx *ctx, DecSmall *out,
                     unsigned *conds) {
    if (b->coef == 0) return 0;
    out->sign = a->sign ^ b->sign;
    int64_t ideal = a->exp - b->exp;
    if (a->coef == 0) {
        out->coef = 0;
        out->exp = ideal;
        return dec_small_finish(out, ctx, ctx->rounding, conds);
    }
    /* as dec_fast_divide: prec + 1 digits of the quotient at least, and a sticky digit */
    int64_t shift = ctx->prec + dec_ndigits_u128(b->coef) - dec_ndigits_u128(a->coef) + 1;
    if (shift < 0) shift = 0;
    u128 num;
    /* a divisor of twos and fives: the exact quotient at its exponent when it fits, even
     * where prec + 1 digits would not */
    int64_t k = exact_shift(a->coef, b->coef);
    if (k >= 0 && k <= shift && scale_up(a->coef, k, &num)) {
        out->coef = num / b->coef;
        out->exp = ideal - k;
        return dec_small_finish(out, ctx, ctx->rounding, conds);
    }
    if (shift > SMALL_DIGITS || !scale_up(a->coef, shift, &num)) return 0;
    u128 q = num / b->coef;
    bool exact = q * b->coef == num;
    if (!exact) {
        if (q >= dec_pow10_u128(SMALL_DIGITS - 1)) return 0;
        q = q * 10 + 1;
        shift++;
    }
    out->exp = ideal - shift;
    /* an exact quotient goes back toward the ideal exponent while it ends in zeros */
    if (exact && out->exp < ideal) out->exp += strip_zeros(&q, ideal - out->exp);
    out->coef = q;
    return dec_small_finish(out, ctx, ctx->rounding, conds);
}

int dec_small_rescale(const DecSmall *a, int64_t exp, int mode, const DecCtx *ctx, DecSmall *out,
                      unsigned *conds) {
    /* the checks of dec_fast_rescale; a clamped or subnormal result is left to it */
    int64_t top = ctx->clamp ? ctx->emax - ctx->prec + 1 : ctx->emax;
    if (exp > top || exp < ctx->emin - ctx->prec + 1) return 0;
    out->sign = a->sign;
    out->exp = exp;
    *conds = 0;
    if (a->coef == 0) {
        out->coef = 0;
        return 1;
    }
    if (exp >= a->exp) {
        int64_t drop = exp - a->exp;
        if (drop > SMALL_DIGITS) return 0;
        bool inexact = false;
        out->coef = drop ? round_off(a->coef, drop, mode, a->sign, &inexact) : a->coef;
        if (inexact) *conds = SIG_INEXACT;
        if (drop) *conds |= SIG_ROUNDED;
    } else if (a->exp - exp + dec_ndigits_u128(a->coef) > ctx->prec ||
               !scale_up(a->coef, a->exp - exp, &out->coef)) {
        return 0;
    }
    if (out->coef == 0) return 1;
    int64_t n = dec_ndigits_u128(out->coef);
    return n <= ctx->prec && exp + n - 1 <= ctx->emax && exp + n - 1 >= ctx->emin;
}
