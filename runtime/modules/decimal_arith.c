/* _decimal_core: exact arithmetic on finite values and rounding to a context, the C
 * twins of decimal.py's _finish, _round_int, _add, _multiply, _divide, _rescale and
 * _compare_finite (same steps, same conditions, in the same cases). */
#include "modules/decimal_core.h"

#include <math.h>

const uint64_t dec_pow10_u64[20] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
    100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
    10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
    100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL,
};

void dec_num_init(DecNum *x) {
    x->sign = 0;
    x->exp = 0;
    x->inf = false;
    /* room for 190 digits up front: a result grows through several steps (a quotient at
     * 60-odd digits of precision starts as a dividend of 130-odd) */
    mpz_init2(x->coef, 640);
}

void dec_num_clear(DecNum *x) { mpz_clear(x->coef); }

int64_t dec_ndigits_u64(uint64_t v) {
    if (v < 10) return 1;
    /* 1233 / 4096 ~ log10(2): with b bits, v has t or t + 1 digits */
    int t = (64 - __builtin_clzll(v)) * 1233 >> 12;
    return t + (v >= dec_pow10_u64[t]);
}

/* p = 10**k, k >= 0. */
static void set_pow10(mpz_ptr p, int64_t k) {
    if (k < 20) {
        mpz_set_ui(p, dec_pow10_u64[k]);
    } else if (k < 39) {
        mpz_set_ui(p, dec_pow10_u64[19]);
        mpz_mul_ui(p, p, dec_pow10_u64[k - 19]);
    } else {
        mpz_ui_pow_ui(p, 10, (unsigned long)k);
    }
}

/* ---- dividing by one word ----------------------------------------------------------------
 * Coefficients here are a few limbs long, so mpz_fdiv_q_ui's generic entry and its fresh
 * reciprocal per call cost more than the division itself. This is the 2-by-1 division by a
 * normalized divisor with a precomputed reciprocal (Moeller and Granlund, "Improved
 * division by invariant integers", IEEE Trans. Computers, 2011). */

typedef unsigned __int128 u128;

/* (hi, lo) / d for a normalized d (top bit set) of reciprocal v, hi < d: the quotient,
 * and the remainder into *r. */
static inline uint64_t div_2by1(uint64_t hi, uint64_t lo, uint64_t d, uint64_t v, uint64_t *r) {
    u128 p = (u128)v * hi + ((u128)hi << 64 | lo);
    uint64_t q = (uint64_t)(p >> 64) + 1, rem = lo - q * d;
    if (rem > (uint64_t)p) {
        q--;
        rem += d;
    }
    if (rem >= d) {
        q++;
        rem -= d;
    }
    *r = rem;
    return q;
}

/* q = a / d for the n limbs of a (q may be a, or NULL for the remainder alone); returns
 * a % d. */
static uint64_t limbs_div_word(mp_limb_t *q, const mp_limb_t *a, mp_size_t n, uint64_t d) {
    if (!n) return 0;
    /* the dividend shifted left with d; (x >> 1) >> (63 - s) is x >> (64 - s), 0 for s = 0 */
    int s = __builtin_clzll(d);
    uint64_t dn = d << s, v = (uint64_t)(((u128)~dn << 64 | ~(uint64_t)0) / dn);
    uint64_t top = a[n - 1], r = (top >> 1) >> (63 - s);
    for (mp_size_t i = n - 1; i > 0; i--) {
        uint64_t next = a[i - 1];
        uint64_t digit = div_2by1(r, top << s | (next >> 1) >> (63 - s), dn, v, &r);
        if (q) q[i] = digit;
        top = next;
    }
    uint64_t digit = div_2by1(r, top << s, dn, v, &r);
    if (q) q[0] = digit;
    return r >> s;
}

/* z /= d in place (z >= 0, d > 0); returns the remainder. */
static uint64_t div_word(mpz_ptr z, uint64_t d) {
    mp_size_t n = (mp_size_t)mpz_size(z);
    if (!n) return 0;
    mp_limb_t *p = mpz_limbs_modify(z, n);
    uint64_t r = limbs_div_word(p, p, n, d);
    mpz_limbs_finish(z, n);
    return r;
}

/* z % d (z >= 0, d > 0). */
static uint64_t mod_word(mpz_srcptr z, uint64_t d) {
    return limbs_div_word(NULL, mpz_limbs_read(z), (mp_size_t)mpz_size(z), d);
}

int64_t dec_ndigits_u128(unsigned __int128 v) {
    uint64_t high = (uint64_t)(v >> 64);
    if (!high) return dec_ndigits_u64((uint64_t)v);
    /* as dec_ndigits_u64: v >= 2**64 has t or t + 1 digits, 19 <= t <= 38 */
    int t = (128 - __builtin_clzll(high)) * 1233 >> 12;
    return t + (v >= dec_pow10_u128(t));
}

int64_t dec_ndigits(mpz_srcptr c) {
    if (mpz_size(c) <= 1) return dec_ndigits_u64(mpz_get_ui(c));
    if (mpz_size(c) == 2)
        return dec_ndigits_u128((unsigned __int128)mpz_getlimbn(c, 1) << 64 | mpz_getlimbn(c, 0));
    /* n = mpz_sizeinbase is exact or one too many. With b bits, 2**(b-1) <= c < 2**b:
     * the bit length settles it unless 10**(n-1) falls between those two powers. */
    int64_t n = (int64_t)mpz_sizeinbase(c, 10);
    double bits_of_pow = (double)(n - 1) * 3.321928094887362;   /* log2(10**(n-1)) */
    int64_t b = (int64_t)mpz_sizeinbase(c, 2);
    if ((double)(b - 1) >= bits_of_pow + 1e-6) return n;
    if ((double)b <= bits_of_pow - 1e-6) return n - 1;
    if (mpz_size(c) <= 1 << 14) {
        /* then log10(c) from its leading bits (error below 1e-10 at this size), unless
         * c lies too close to 10**(n-1) */
        long e;
        double m = mpz_get_d_2exp(&e, c);
        double l = log10(m) + (double)e * 0.30102999566398119521 - (double)(n - 1);
        if (l > 1e-9) return n;
        if (l < -1e-9) return n - 1;
    }
    mpz_t p;
    mpz_init(p);
    set_pow10(p, n - 1);
    if (mpz_cmp(c, p) < 0) n--;
    mpz_clear(p);
    return n;
}

void dec_ndigits_bounds(mpz_srcptr c, int64_t *lo, int64_t *hi) {
    if (mpz_size(c) <= 2) {
        *lo = *hi = dec_ndigits(c);
        return;
    }
    /* mpz_sizeinbase is exact or one too many */
    *hi = (int64_t)mpz_sizeinbase(c, 10);
    *lo = *hi - 1;
}

void dec_mul_pow10(mpz_ptr z, int64_t k) {
    if (k <= 0) return;
    /* up to a few hundred digits, word-sized steps beat building the power */
    if (k <= 190) {
        for (; k >= 19; k -= 19) mpz_mul_ui(z, z, dec_pow10_u64[19]);
        if (k) mpz_mul_ui(z, z, dec_pow10_u64[k]);
        return;
    }
    mpz_t p;
    mpz_init(p);
    set_pow10(p, k);
    mpz_mul(z, z, p);
    mpz_clear(p);
}

/* Removes up to `most` (> 0) trailing decimal zeros of c > 0; returns how many. */
static int64_t strip_zeros(mpz_ptr c, int64_t most) {
    int64_t n = 0;
    if (mpz_size(c) <= 1) {
        uint64_t v = mpz_get_ui(c);
        while (n < most && v % 10 == 0) {
            v /= 10;
            n++;
        }
        mpz_set_ui(c, v);
        return n;
    }
    /* count the zeros 19 digits at a time, then divide once per 19 */
    for (;;) {
        uint64_t low = mod_word(c, dec_pow10_u64[19]);
        int64_t z = 0;
        while (z < 19 && n + z < most && low % 10 == 0) {
            low /= 10;
            z++;
        }
        if (z) mpz_divexact_ui(c, c, dec_pow10_u64[z]);
        n += z;
        if (z < 19 || n == most) return n;
    }
}

static unsigned mod5_if_05up(mpz_srcptr q, int mode) {
    return mode == RND_05UP ? (unsigned)mpz_fdiv_ui(q, 5) : 1;
}

bool dec_round_up(int mode, int cmp_half, bool q_odd, unsigned q_mod5, int sign) {
    switch (mode) {
    case RND_HALF_EVEN: return cmp_half > 0 || (cmp_half == 0 && q_odd);
    case RND_DOWN: return false;
    case RND_HALF_UP: return cmp_half >= 0;
    case RND_HALF_DOWN: return cmp_half > 0;
    case RND_UP: return true;
    case RND_CEILING: return !sign;
    case RND_FLOOR: return sign != 0;
    default: return q_mod5 == 0;  /* RND_05UP */
    }
}

unsigned dec_round_int(mpz_ptr c, int64_t drop, int mode, int sign) {
    if (drop < 20 && mpz_size(c) <= 1) {
        uint64_t v = mpz_get_ui(c), p = dec_pow10_u64[drop];
        uint64_t q = v / p, r = v % p;
        if (r == 0) {
            mpz_set_ui(c, q);
            return 0;
        }
        uint64_t half = p >> 1;
        int cmp = r > half ? 1 : r < half ? -1 : 0;
        bool up = dec_round_up(mode, cmp, q & 1, (unsigned)(q % 5), sign);
        mpz_set_ui(c, q + up);
        return up ? DEC_DROPPED_NONZERO | DEC_ROUNDED_UP : DEC_DROPPED_NONZERO;
    }
    if (drop <= 95) {
        /* up to five word-sized divisions: the dropped part is hi * 10**(drop - rest) +
         * lo, hi being its top `rest` digits, compared with half of 10**drop through hi
         * first (lo only says whether it is zero) */
        bool lo = false;
        int64_t rest = drop;
        for (; rest > 19; rest -= 19) lo |= div_word(c, dec_pow10_u64[19]) != 0;
        uint64_t p = dec_pow10_u64[rest], hi = div_word(c, p), half = p >> 1;
        if (hi == 0 && !lo) return 0;
        int cmp = hi > half ? 1 : hi < half ? -1 : lo;
        if (!dec_round_up(mode, cmp, mpz_odd_p(c), mod5_if_05up(c, mode), sign))
            return DEC_DROPPED_NONZERO;
        mpz_add_ui(c, c, 1);
        return DEC_DROPPED_NONZERO | DEC_ROUNDED_UP;
    }
    mpz_t p, r;
    mpz_init(p);
    mpz_init(r);
    set_pow10(p, drop);
    mpz_fdiv_qr(c, r, c, p);
    unsigned done = 0;
    if (mpz_sgn(r) != 0) {
        done = DEC_DROPPED_NONZERO;
        mpz_fdiv_q_2exp(p, p, 1);
        int cmp = mpz_cmp(r, p);
        if (dec_round_up(mode, cmp, mpz_odd_p(c), mod5_if_05up(c, mode), sign)) {
            mpz_add_ui(c, c, 1);
            done |= DEC_ROUNDED_UP;
        }
    }
    mpz_clear(p);
    mpz_clear(r);
    return done;
}

static unsigned overflow(DecNum *x, const DecCtx *ctx) {
    int r = ctx->rounding;
    if (r == RND_HALF_UP || r == RND_HALF_EVEN || r == RND_HALF_DOWN || r == RND_UP ||
        (r == RND_CEILING && !x->sign) || (r == RND_FLOOR && x->sign)) {
        x->inf = true;
        mpz_set_ui(x->coef, 0);
    } else {
        mpz_ui_pow_ui(x->coef, 10, (unsigned long)ctx->prec);
        mpz_sub_ui(x->coef, x->coef, 1);
        x->exp = ctx->emax - ctx->prec + 1;
    }
    return SIG_OVERFLOW | SIG_INEXACT | SIG_ROUNDED;
}

/* Whether c, just rounded up to `kept` digits or more, became 10**kept. Such a power ends
 * in min(kept, 64) zero bits, which filters out all but a few cases cheaply. */
static bool carried(mpz_srcptr c, int64_t kept) {
    mp_limb_t low = mpz_getlimbn(c, 0);
    if (kept < 64 && (low & (((mp_limb_t)1 << kept) - 1))) return false;
    if (kept >= 64 && low) return false;
    return dec_ndigits(c) > kept;
}

/* Rounds the finite nonzero x of n digits to ctx by mode (dec_finish without the clamp):
 * false when it overflowed (x is then the overflow's result). */
static bool round_to_context(DecNum *x, const DecCtx *ctx, int mode, int64_t n, unsigned *conds) {
    int64_t prec = ctx->prec;
    int64_t adj = x->exp + n - 1;
    if (adj > ctx->emax) {
        *conds = overflow(x, ctx);
        return false;
    }
    int64_t target = n > prec ? x->exp + n - prec : x->exp;
    bool subnormal = adj < ctx->emin;
    int64_t etiny = ctx->emin - prec + 1;
    if (subnormal && target < etiny) target = etiny;
    if (target > x->exp) {
        int64_t drop = target - x->exp;
        unsigned done = dec_round_int(x->coef, drop, mode, x->sign);
        bool inexact = done != 0;
        x->exp = target;
        bool zero = mpz_sgn(x->coef) == 0;
        /* n - drop digits are left (or none: then the coefficient is 0 or 1), one more
         * when rounding up carried into a new digit */
        int64_t kept = n - drop > 1 ? n - drop : 1;
        if ((done & DEC_ROUNDED_UP) && n - drop >= 1 && carried(x->coef, kept)) kept++;
        if (!zero && kept > prec) {
            /* the rounding carried into a new digit: 10**prec, a zero to drop */
            mpz_tdiv_q_ui(x->coef, x->coef, 10);
            x->exp++;
            kept--;
        }
        if (x->exp + kept - 1 > ctx->emax) {
            *conds = overflow(x, ctx);
            return false;
        }
        if (subnormal) {
            *conds |= SIG_SUBNORMAL;
            if (inexact) {
                *conds |= SIG_UNDERFLOW;
                if (zero) *conds |= SIG_CLAMPED;
            }
        }
        if (inexact) *conds |= SIG_INEXACT;
        *conds |= SIG_ROUNDED;
    } else if (subnormal) {
        *conds |= SIG_SUBNORMAL;
    }
    return true;
}

unsigned dec_finish(DecNum *x, const DecCtx *ctx, int mode) {
    int64_t prec = ctx->prec;
    unsigned conds = 0;
    if (mpz_sgn(x->coef) == 0) {
        int64_t etiny = ctx->emin - prec + 1;
        int64_t top = ctx->clamp ? ctx->emax - prec + 1 : ctx->emax;
        int64_t ne = x->exp < etiny ? etiny : x->exp > top ? top : x->exp;
        if (ne != x->exp) conds |= SIG_CLAMPED;
        x->exp = ne;
        return conds;
    }
    int64_t lo, hi;
    dec_ndigits_bounds(x->coef, &lo, &hi);
    /* the exact count only matters when x may need rounding or lie out of range */
    bool plain = hi <= prec && x->exp + hi - 1 <= ctx->emax && x->exp + lo - 1 >= ctx->emin;
    if (!plain && !round_to_context(x, ctx, mode, lo == hi ? hi : dec_ndigits(x->coef), &conds))
        return conds;
    if (ctx->clamp) {
        int64_t top = ctx->emax - prec + 1;
        if (x->exp > top) {
            dec_mul_pow10(x->coef, x->exp - top);
            x->exp = top;
            conds |= SIG_CLAMPED;
        }
    }
    return conds;
}

/* The signed coefficient of v scaled to exponent e (<= v's), into z. */
static void aligned(mpz_ptr z, const DecNum *v, int64_t e) {
    mpz_set(z, v->coef);
    dec_mul_pow10(z, v->exp - e);
    if (v->sign) mpz_neg(z, z);
}

int dec_fast_add(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *out, unsigned *conds) {
    DecNum sticky;
    if (mpz_sgn(a->coef) && mpz_sgn(b->coef)) {
        /* An operand far below the other's last significant digit only matters as a
         * sticky digit: stand in a 1 just below that digit, so the alignment stays small. */
        DecNum *hi = a->exp > b->exp ? a : b, *lo = hi == a ? b : a;
        if (hi->exp != lo->exp) {
            /* with mpz_sizeinbase's counts (exact or one too many) taken on the safe side */
            int64_t floor_ = hi->exp + (int64_t)mpz_sizeinbase(hi->coef, 10) - 1 - ctx->prec - 2;
            if (floor_ > hi->exp) floor_ = hi->exp;
            if (lo->exp + (int64_t)mpz_sizeinbase(lo->coef, 10) < floor_) {
                sticky.sign = lo->sign;
                sticky.exp = floor_ - 1;
                sticky.limb = 1;
                mpz_roinit_n(sticky.coef, &sticky.limb, 1);
                if (lo == a) a = &sticky;
                else b = &sticky;
            }
        }
    }
    int64_t e = a->exp < b->exp ? a->exp : b->exp;
    if (a->exp - e > DEC_SHIFT_LIMIT || b->exp - e > DEC_SHIFT_LIMIT) return 0;
    /* the operand at exponent e adds in as it is; the other one is scaled down to e */
    DecNum *scaled = a->exp == e ? b : a, *plain = scaled == a ? b : a;
    aligned(out->coef, scaled, e);
    if (plain->sign)
        mpz_sub(out->coef, out->coef, plain->coef);
    else
        mpz_add(out->coef, out->coef, plain->coef);
    out->exp = e;
    int s = mpz_sgn(out->coef);
    if (s == 0) {
        if (a->sign && b->sign)
            out->sign = 1;
        else
            out->sign = a->sign != b->sign && ctx->rounding == RND_FLOOR;
    } else {
        out->sign = s < 0;
        mpz_abs(out->coef, out->coef);
    }
    *conds = dec_finish(out, ctx, ctx->rounding);
    return 1;
}

int dec_fast_multiply(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *out, unsigned *conds) {
    out->sign = a->sign ^ b->sign;
    mpz_mul(out->coef, a->coef, b->coef);
    out->exp = a->exp + b->exp;
    *conds = dec_finish(out, ctx, ctx->rounding);
    return 1;
}

static uint64_t gcd_u64(uint64_t x, uint64_t y) {
    if (!x) return y;
    if (!y) return x;
    int common = __builtin_ctzll(x | y);
    x >>= __builtin_ctzll(x);
    do {
        y >>= __builtin_ctzll(y);
        if (x > y) {
            uint64_t s = x;
            x = y;
            y = s;
        }
        y -= x;
    } while (y);
    return x << common;
}

/* The smallest k >= 0 for which b divides a * 10**k, when it is at most `most`; else -1.
 * Such a k exists exactly when b / gcd(a, b) is a product of twos and fives. */
static int64_t exact_shift(mpz_srcptr a, uint64_t b, int64_t most) {
    uint64_t r = mod_word(a, b);
    if (r == 0) return 0;
    uint64_t rest = b / gcd_u64(r, b);
    int64_t twos = __builtin_ctzll(rest), fives = 0;
    rest >>= twos;
    for (; rest % 5 == 0; rest /= 5) fives++;
    int64_t k = twos > fives ? twos : fives;
    return rest == 1 && k <= most ? k : -1;
}

int dec_fast_divide(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *out, unsigned *conds) {
    if (mpz_sgn(b->coef) == 0) return 0;
    out->sign = a->sign ^ b->sign;
    int64_t ideal = a->exp - b->exp;
    if (mpz_sgn(a->coef) == 0) {
        mpz_set_ui(out->coef, 0);
        out->exp = ideal;
        *conds = dec_finish(out, ctx, ctx->rounding);
        return 1;
    }
    /* prec + 1 digits of the quotient at least (more only cost time) */
    int64_t a_lo, a_hi, b_lo, b_hi;
    dec_ndigits_bounds(a->coef, &a_lo, &a_hi);
    dec_ndigits_bounds(b->coef, &b_lo, &b_hi);
    int64_t shift = ctx->prec + b_hi - a_lo + 1;
    if (shift < 0) shift = 0;
    if (shift > DEC_SHIFT_LIMIT) return 0;
    bool exact, one_limb = mpz_size(b->coef) == 1;
    if (one_limb) {
        /* An exact quotient is computed at its final exponent, which beats stripping its
         * zeros. A divisor of twos and fives divides exactly (given the room), so that
         * exponent comes first; for others exactness is rare: a zero remainder. */
        uint64_t divisor = mpz_getlimbn(b->coef, 0), odd = divisor >> __builtin_ctzll(divisor);
        while (odd % 5 == 0) odd /= 5;
        int64_t k = odd == 1 ? exact_shift(a->coef, divisor, shift) : -1;
        if (k < 0) {
            mpz_set(out->coef, a->coef);
            dec_mul_pow10(out->coef, shift);
            if (div_word(out->coef, divisor) == 0) k = exact_shift(a->coef, divisor, shift);
        }
        exact = k >= 0;
        if (exact) {
            shift = k;
            mpz_set(out->coef, a->coef);
            dec_mul_pow10(out->coef, shift);
            mpz_divexact_ui(out->coef, out->coef, divisor);
        }
    } else {
        mpz_set(out->coef, a->coef);
        dec_mul_pow10(out->coef, shift);
        mpz_t r;
        mpz_init(r);
        mpz_fdiv_qr(out->coef, r, out->coef, b->coef);
        exact = mpz_sgn(r) == 0;
        mpz_clear(r);
    }
    if (!exact) {
        /* a sticky 1 digit stands for the nonzero remainder */
        mpz_mul_ui(out->coef, out->coef, 10);
        mpz_add_ui(out->coef, out->coef, 1);
        shift++;
    }
    out->exp = ideal - shift;
    if (exact && !one_limb && out->exp < ideal) out->exp += strip_zeros(out->coef, ideal - out->exp);
    *conds = dec_finish(out, ctx, ctx->rounding);
    return 1;
}

/* With clamp set, a quantized exponent above Etop comes down to it (the coefficient
 * padded with zeros, which always fits the precision here). */
static void clamp_rescaled(DecNum *x, const DecCtx *ctx, unsigned *conds) {
    int64_t top = ctx->emax - ctx->prec + 1;
    if (ctx->clamp && x->exp > top) {
        dec_mul_pow10(x->coef, x->exp - top);
        x->exp = top;
        *conds |= SIG_CLAMPED;
    }
}

int dec_fast_rescale(DecNum *a, int64_t exp, int mode, const DecCtx *ctx, DecNum *out,
                     unsigned *conds) {
    /* out-of-range exponents and too many digits are InvalidOperation: Python's job */
    if (exp > ctx->emax || exp < ctx->emin - ctx->prec + 1) return 0;
    out->sign = a->sign;
    out->exp = exp;
    *conds = 0;
    if (mpz_sgn(a->coef) == 0) {
        mpz_set_ui(out->coef, 0);
        clamp_rescaled(out, ctx, conds);
        return 1;
    }
    bool inexact = false;
    mpz_set(out->coef, a->coef);
    if (exp >= a->exp) {
        if (exp > a->exp) inexact = dec_round_int(out->coef, exp - a->exp, mode, a->sign) != 0;
    } else {
        if (a->exp - exp + dec_ndigits(a->coef) > ctx->prec) return 0;
        dec_mul_pow10(out->coef, a->exp - exp);
    }
    int64_t n = dec_ndigits(out->coef);
    if (n > ctx->prec || (mpz_sgn(out->coef) && exp + n - 1 > ctx->emax)) return 0;
    if (mpz_sgn(out->coef) && exp + n - 1 < ctx->emin) *conds |= SIG_SUBNORMAL;
    if (inexact) *conds |= SIG_INEXACT;
    if (exp > a->exp) *conds |= SIG_ROUNDED;
    clamp_rescaled(out, ctx, conds);
    return 1;
}

int dec_compare(DecNum *a, DecNum *b) {
    int za = mpz_sgn(a->coef) == 0, zb = mpz_sgn(b->coef) == 0;
    if (za) return zb ? 0 : b->sign ? 1 : -1;
    if (zb) return a->sign ? -1 : 1;
    if (a->sign != b->sign) return a->sign ? -1 : 1;
    int64_t a_lo, a_hi, b_lo, b_hi;
    dec_ndigits_bounds(a->coef, &a_lo, &a_hi);
    dec_ndigits_bounds(b->coef, &b_lo, &b_hi);
    int r;
    if (a->exp + a_lo > b->exp + b_hi) {
        r = 1;          /* a's adjusted exponent is the larger whatever the exact counts */
    } else if (b->exp + b_lo > a->exp + a_hi) {
        r = -1;
    } else {
        int64_t adj_a = a->exp + (a_lo == a_hi ? a_hi : dec_ndigits(a->coef));
        int64_t adj_b = b->exp + (b_lo == b_hi ? b_hi : dec_ndigits(b->coef));
        if (adj_a != adj_b) {
            r = adj_a > adj_b ? 1 : -1;
        } else {
            int64_t e = a->exp < b->exp ? a->exp : b->exp;
            mpz_t x, y;
            mpz_init_set(x, a->coef);
            mpz_init_set(y, b->coef);
            dec_mul_pow10(x, a->exp - e);
            dec_mul_pow10(y, b->exp - e);
            r = mpz_cmp(x, y);
            r = (r > 0) - (r < 0);
            mpz_clear(x);
            mpz_clear(y);
        }
    }
    return a->sign ? -r : r;
}

bool dec_small_integral(const DecNum *b, int64_t limit, int64_t *n) {
    /* c * 10 below stays inside 64 bits */
    if (limit > DEC_SHIFT_LIMIT) limit = DEC_SHIFT_LIMIT;
    if (mpz_size(b->coef) > 1) return false;
    uint64_t c = mpz_get_ui(b->coef);
    if (b->exp < 0) {
        /* a coefficient below 2**64 has at most 20 digits: anything lower is a fraction */
        if (b->exp < -19 || c % dec_pow10_u64[-b->exp]) return false;
        c /= dec_pow10_u64[-b->exp];
    } else {
        for (int64_t e = 0; e < b->exp && c <= (uint64_t)limit; e++) c *= 10;
    }
    if (c > (uint64_t)limit) return false;
    *n = b->sign ? -(int64_t)c : (int64_t)c;
    return true;
}

int dec_fast_power(DecNum *a, int64_t n, const DecCtx *ctx, DecNum *out, unsigned *conds) {
    /* decimal.py's _power for an integral exponent whose exact power stays small: that
     * power rounded once, or 1 divided by it */
    uint64_t m = n < 0 ? -(uint64_t)n : (uint64_t)n;
    uint64_t digits = (uint64_t)dec_ndigits(a->coef) * m;
    if (n == 0 || mpz_sgn(a->coef) == 0 || digits > (uint64_t)(4 * ctx->prec + 200) ||
        digits > DEC_SHIFT_LIMIT ||
        a->exp > DEC_EXP_LIMIT / (int64_t)m || a->exp < -DEC_EXP_LIMIT / (int64_t)m)
        return 0;
    int rsign = (m & 1) ? a->sign : 0;
    mpz_pow_ui(out->coef, a->coef, (unsigned long)m);
    out->exp = a->exp * (int64_t)m;
    out->sign = rsign;
    if (n > 0) {
        *conds = dec_finish(out, ctx, ctx->rounding);
        return 1;
    }
    DecNum one;
    one.sign = 0;
    one.exp = 0;
    one.limb = 1;
    mpz_roinit_n(one.coef, &one.limb, 1);
    DecNum denom = *out;
    /* denom keeps the power's digits; out gets a fresh coefficient for the quotient */
    mpz_init(out->coef);
    int rc = dec_fast_divide(&one, &denom, ctx, out, conds);
    mpz_clear(denom.coef);
    return rc;
}

int dec_fast_divmod(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *q, DecNum *r, unsigned *conds) {
    /* decimal.py's _divmod for finite operands: an integral quotient of at most prec digits
     * (exponent 0, not rounded) and the exact remainder, rounded at the smaller exponent */
    if (mpz_sgn(b->coef) == 0) return 0;
    int64_t e = a->exp < b->exp ? a->exp : b->exp;
    if (a->exp - e > DEC_SHIFT_LIMIT || b->exp - e > DEC_SHIFT_LIMIT) return 0;
    q->sign = a->sign ^ b->sign;
    q->exp = 0;
    mpz_set_ui(q->coef, 0);
    if (mpz_sgn(a->coef) == 0) {
        mpz_set_ui(r->coef, 0);
    } else {
        int64_t adj_a = a->exp + dec_ndigits(a->coef), adj_b = b->exp + dec_ndigits(b->coef);
        if (adj_a - adj_b > ctx->prec + 1) return 0;
        mpz_set(r->coef, a->coef);
        dec_mul_pow10(r->coef, a->exp - e);
        if (adj_a >= adj_b) {
            mpz_t y;
            mpz_init_set(y, b->coef);
            dec_mul_pow10(y, b->exp - e);
            mpz_tdiv_qr(q->coef, r->coef, r->coef, y);
            mpz_clear(y);
            if (mpz_sgn(q->coef) && dec_ndigits(q->coef) > ctx->prec) return 0;
        }
    }
    r->sign = a->sign;
    r->exp = e;
    *conds = dec_finish(r, ctx, ctx->rounding);
    return 1;
}
