/* _decimal_core: a Decimal as a number of the numeric tower: hash() (equal to the hash of
 * an equal int, float or Fraction), truth, int() and the exact value of a float; special
 * values go to decimal.py's _hash_py and _integral_part. */
#include "modules/decimal_core.h"

#include <math.h>

/* Hashes are residues modulo the Mersenne prime 2**61 - 1, as for every number type. */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
/* The inverse of 10 modulo HASH_MODULUS: 10**(HASH_MODULUS - 2) mod HASH_MODULUS. */
#define HASH_10_INVERSE ((uint64_t)2075258708292324556)

static uint64_t mul_mod(uint64_t a, uint64_t b) {
    return (uint64_t)((unsigned __int128)a * b % HASH_MODULUS);
}

static uint64_t pow_mod(uint64_t base, uint64_t e) {
    uint64_t r = 1;
    for (; e; e >>= 1) {
        if (e & 1) r = mul_mod(r, base);
        base = mul_mod(base, base);
    }
    return r;
}

int64_t dec_hash(Thread *t, Ref self) {
    Dec *d = DEC(self);
    if (d->special || !ref_is_int(d->exp)) {
        Ref r = dec_call_py(t, self, "_hash_py", NULL, 0);
        if (ref_is_null(r)) return -1;
        int64_t h = obj_hash(t, r);
        ref_close(r);
        return h;
    }
    int64_t e = ref_int(d->exp);
    IntView view;
    uint64_t h = mpz_fdiv_ui(int_view(d->coef, &view), HASH_MODULUS);
    h = mul_mod(h, e >= 0 ? pow_mod(10, (uint64_t)e) : pow_mod(HASH_10_INVERSE, -(uint64_t)e));
    int64_t signed_h = d->sign ? -(int64_t)h : (int64_t)h;
    return signed_h == -1 ? -2 : signed_h;
}

int dec_bool(Thread *t, Ref self) {
    (void)t;
    Dec *d = DEC(self);
    return d->special || int_sign(d->coef) != 0;
}

Ref dec_int(Thread *t, Ref self) {
    Dec *d = DEC(self);
    if (d->special || !ref_is_int(d->exp) || ref_int(d->exp) > DEC_SHIFT_LIMIT ||
        ref_int(d->exp) < -DEC_EXP_LIMIT)
        return dec_call_py(t, self, "_integral_part", NULL, 0);
    int64_t e = ref_int(d->exp);
    IntView view;
    mpz_srcptr c = int_view(d->coef, &view);
    if (e < 0 && -e > dec_ndigits(c)) return ref_from_int(0);
    mpz_t z, p;
    mpz_init(z);
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)(e >= 0 ? e : -e));
    if (e >= 0)
        mpz_mul(z, c, p);
    else
        mpz_tdiv_q(z, c, p);
    if (d->sign) mpz_neg(z, z);
    Ref r = int_from_mpz(t, z);
    mpz_clear(z);
    mpz_clear(p);
    return r;
}

bool dec_num_from_double(double f, DecNum *x) {
    if (!isfinite(f)) return false;
    x->sign = signbit(f) != 0;
    x->inf = false;
    int e2;
    double m = frexp(fabs(f), &e2);
    /* f = mantissa * 2**e2 with an integral 53-bit mantissa */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    e2 -= 53;
    if (mant == 0) {
        mpz_set_ui(x->coef, 0);
        x->exp = 0;
        return true;
    }
    int tz = __builtin_ctzll(mant);
    if (e2 >= 0) {
        mpz_set_ui(x->coef, mant);
        mpz_mul_2exp(x->coef, x->coef, (mp_bitcnt_t)e2);
        x->exp = 0;
        return true;
    }
    /* m / 2**k in lowest terms is m * 5**k / 10**k */
    int shed = tz < -e2 ? tz : -e2;
    mant >>= shed;
    int k = -e2 - shed;
    mpz_ui_pow_ui(x->coef, 5, (unsigned long)k);
    mpz_mul_ui(x->coef, x->coef, mant);
    x->exp = -k;
    return true;
}
