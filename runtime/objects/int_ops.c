/* int arithmetic: tagged fast paths with overflow checks, GMP otherwise. Every result is
 * normalized, so a value that fits in 63 bits comes back tagged. */
#include "spry.h"
#include "objects/int_impl.h"

#include <math.h>

static Ref no_memory(Thread *t) { return err_no_memory(t); }

static uint64_t max_limbs(Ref a, Ref b) {
    uint64_t la = int_limbs(a), lb = int_limbs(b);
    return la > lb ? la : lb;
}

/* ---- ints of one or two limbs --------------------------------------------------------- *
 * Values just past the tagged range (64-bit hashes and generator states, products of two
 * tagged ints) are computed here in 128-bit arithmetic: no GMP call, and a result of up
 * to two limbs lives inside its Int. */

/* r (an int of any form) as a 128-bit value when |r| < 2**127. */
static inline bool int_as_i128(Ref r, __int128 *out) {
    if (ref_is_int(r)) {
        *out = ref_int(r);
        return true;
    }
    mpz_srcptr z = ((Int *)ref_obj(r))->z;
    int n = z->_mp_size < 0 ? -z->_mp_size : z->_mp_size;
    __int128 mag;
    if (n == 0) mag = 0;
    else if (n == 1) mag = (__int128)z->_mp_d[0];
    else if (n == 2 && z->_mp_d[1] >> 63 == 0) mag = (__int128)z->_mp_d[1] << 64 | z->_mp_d[0];
    else return false;
    *out = z->_mp_size < 0 ? -mag : mag;
    return true;
}

static inline Ref int_from_i128(Thread *t, __int128 v) {
    return int_from_mag128(t, v < 0, v < 0 ? -(unsigned __int128)v : (unsigned __int128)v);
}

/* Both operands as 128-bit values (neither is tagged-only: that case is the caller's). */
#define BOTH_I128(a, b, x, y) (int_as_i128((a), &(x)) && int_as_i128((b), &(y)))

static inline unsigned __int128 mag128(__int128 v) {
    return v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
}

/* ---- + - * ---------------------------------------------------------------------------- */

Ref int_add(Thread *t, Ref a, Ref b) {
    if (ref_is_int(a) && ref_is_int(b)) {
        int64_t r = ref_int(a) + ref_int(b);   /* cannot overflow int64: both are 63-bit */
        return int_from_i64(t, r);
    }
    __int128 x, y, r;
    if (BOTH_I128(a, b, x, y) && !__builtin_add_overflow(x, y, &r)) return int_from_i128(t, r);
    IntView va, vb;
    Int *o = int_alloc_limbs(t, max_limbs(a, b) + 1);
    if (!o) return REF_NULL;
    mpz_add(o->z, int_view(a, &va), int_view(b, &vb));
    return int_normalize(t, o);
}

Ref int_sub(Thread *t, Ref a, Ref b) {
    if (ref_is_int(a) && ref_is_int(b)) return int_from_i64(t, ref_int(a) - ref_int(b));
    __int128 x, y, r;
    if (BOTH_I128(a, b, x, y) && !__builtin_sub_overflow(x, y, &r)) return int_from_i128(t, r);
    IntView va, vb;
    Int *o = int_alloc_limbs(t, max_limbs(a, b) + 1);
    if (!o) return REF_NULL;
    mpz_sub(o->z, int_view(a, &va), int_view(b, &vb));
    return int_normalize(t, o);
}

Ref int_mul(Thread *t, Ref a, Ref b) {
    if (ref_is_int(a) && ref_is_int(b)) {
        int64_t r;
        if (!__builtin_mul_overflow(ref_int(a), ref_int(b), &r)) return int_from_i64(t, r);
    }
    __int128 x, y;
    if (BOTH_I128(a, b, x, y) && mag128(x) >> 64 == 0 && mag128(y) >> 64 == 0) {
        unsigned __int128 mx = mag128(x), my = mag128(y);
        return int_from_mag128(t, (x < 0) != (y < 0) && mx && my, mx * my);
    }
    IntView va, vb;
    Int *o = int_alloc_limbs(t, int_limbs(a) + int_limbs(b));
    if (!o) return REF_NULL;
    mpz_mul(o->z, int_view(a, &va), int_view(b, &vb));
    return int_normalize(t, o);
}

Ref int_neg(Thread *t, Ref a) {
    if (ref_is_int(a)) return int_from_i64(t, -ref_int(a));
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_neg(o->z, ((Int *)ref_obj(a))->z);
    return int_normalize(t, o);
}

Ref int_abs(Thread *t, Ref a) {
    if (int_sign(a) < 0) return int_neg(t, a);
    return int_exact(t, a);
}

Ref int_invert(Thread *t, Ref a) {
    if (ref_is_int(a)) return ref_from_int(~ref_int(a));
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_com(o->z, ((Int *)ref_obj(a))->z);
    return int_normalize(t, o);
}

/* ---- division -------------------------------------------------------------------------- */

static int64_t floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

static int64_t floormod64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

Ref int_floordiv(Thread *t, Ref a, Ref b) {
    if (int_sign(b) == 0)
        return err_set(t, &exc_ZeroDivisionError, "integer division or modulo by zero");
    if (ref_is_int(a) && ref_is_int(b)) return int_from_i64(t, floordiv64(ref_int(a), ref_int(b)));
    __int128 x, y;
    if (BOTH_I128(a, b, x, y)) {
        __int128 q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return int_from_i128(t, q);
    }
    IntView va, vb;
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_fdiv_q(o->z, int_view(a, &va), int_view(b, &vb));
    return int_normalize(t, o);
}

Ref int_mod(Thread *t, Ref a, Ref b) {
    if (int_sign(b) == 0) return err_set(t, &exc_ZeroDivisionError, "integer modulo by zero");
    if (ref_is_int(a) && ref_is_int(b)) return ref_from_int(floormod64(ref_int(a), ref_int(b)));
    __int128 x, y;
    if (BOTH_I128(a, b, x, y)) {
        __int128 r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return int_from_i128(t, r);
    }
    IntView va, vb;
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_fdiv_r(o->z, int_view(a, &va), int_view(b, &vb));
    return int_normalize(t, o);
}

Ref int_divmod(Thread *t, Ref a, Ref b) {
    if (int_sign(b) == 0)
        return err_set(t, &exc_ZeroDivisionError, "integer division or modulo by zero");
    Ref q, r;
    if (ref_is_int(a) && ref_is_int(b)) {
        q = int_from_i64(t, floordiv64(ref_int(a), ref_int(b)));
        r = ref_from_int(floormod64(ref_int(a), ref_int(b)));
    } else {
        IntView va, vb;
        Int *oq = int_alloc(t), *or_ = int_alloc(t);
        if (!oq || !or_) {
            if (oq) obj_decref(&oq->ob);
            if (or_) obj_decref(&or_->ob);
            return REF_NULL;
        }
        mpz_fdiv_qr(oq->z, or_->z, int_view(a, &va), int_view(b, &vb));
        q = int_normalize(t, oq);
        r = int_normalize(t, or_);
    }
    if (ref_is_null(q)) return REF_NULL;
    Ref items[2] = {q, r};
    return ref_from_obj(tuple_from_array_steal(t, items, 2));
}

/* a / b correctly rounded: the quotient is computed with 2+ extra bits and a sticky bit,
 * then rounded once to the precision the result's exponent allows (subnormals too). */
Ref int_true_divide(Thread *t, Ref a, Ref b) {
    if (int_sign(b) == 0) return err_set(t, &exc_ZeroDivisionError, "division by zero");
    if (ref_is_int(a) && ref_is_int(b)) {
        int64_t x = ref_int(a), y = ref_int(b);
        const int64_t lim = (int64_t)1 << 53;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim)
            return float_from_double(t, (double)x / (double)y);
    }
    IntView va, vb;
    mpz_srcptr za = int_view(a, &va), zb = int_view(b, &vb);
    if (mpz_sgn(za) == 0) {
        return float_from_double(t, mpz_sgn(zb) < 0 ? -0.0 : 0.0);
    }
    int64_t na = (int64_t)mpz_sizeinbase(za, 2), nb = (int64_t)mpz_sizeinbase(zb, 2);
    int64_t e = na - nb;                    /* |a/b| in [2**(e-1), 2**(e+1)) */
    if (e > 1025) goto overflow;
    if (e < -1080) {
        bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
        return float_from_double(t, neg ? -0.0 : 0.0);
    }
    /* Q = floor(|a| / (|b| * 2**s)) with s chosen so Q has at least 55 bits, or enough
     * bits below the subnormal quantum. */
    int64_t s = e - 56;
    if (s < -1074 - 3) s = -1074 - 3;
    mpz_t q, r, num, den;
    mpz_inits(q, r, num, den, NULL);
    mpz_abs(num, za);
    mpz_abs(den, zb);
    if (s >= 0)
        mpz_mul_2exp(den, den, (mp_bitcnt_t)s);
    else
        mpz_mul_2exp(num, num, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, r, num, den);
    /* Fold the remainder into a sticky bit below Q's lowest bit. */
    mpz_mul_2exp(q, q, 1);
    if (mpz_sgn(r)) mpz_setbit(q, 0);
    bool ovf;
    double d = int_mpz_ldexp_rounded(q, s - 1, &ovf);
    mpz_clears(q, r, num, den, NULL);
    if (ovf) goto overflow;
    if ((mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0)) d = -d;
    return float_from_double(t, d);
overflow:
    return err_set(t, &exc_OverflowError, "integer division result too large for a float");
}

/* ---- power ------------------------------------------------------------------------------ */

static Ref int_pow_mod(Thread *t, Ref a, Ref b, Ref m) {
    IntView va, vb, vm;
    mpz_srcptr za = int_view(a, &va), zb = int_view(b, &vb), zm = int_view(m, &vm);
    if (mpz_sgn(zm) == 0) return err_set(t, &exc_ValueError, "pow() 3rd argument cannot be 0");
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_t mabs, base;
    mpz_init(mabs);
    mpz_init(base);
    mpz_abs(mabs, zm);
    mpz_set(base, za);
    if (mpz_sgn(zb) < 0) {
        if (!mpz_invert(base, base, mabs) && mpz_cmp_ui(mabs, 1) != 0) {
            mpz_clear(mabs);
            mpz_clear(base);
            obj_decref(&o->ob);
            return err_set(t, &exc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_t eabs;
        mpz_init(eabs);
        mpz_neg(eabs, zb);
        if (mpz_cmp_ui(mabs, 1) == 0) mpz_set_ui(base, 0);
        mpz_powm(o->z, base, eabs, mabs);
        mpz_clear(eabs);
    } else {
        mpz_powm(o->z, base, zb, mabs);
    }
    /* The result takes the modulus's sign (Python's %). */
    if (mpz_sgn(zm) < 0 && mpz_sgn(o->z) != 0) mpz_sub(o->z, o->z, mabs);
    mpz_clear(mabs);
    mpz_clear(base);
    return int_normalize(t, o);
}

Ref int_pow(Thread *t, Ref a, Ref b, Ref m) {
    if (!ref_is_null(m) && !ref_is_none(m)) return int_pow_mod(t, a, b, m);
    if (int_sign(b) < 0) {
        /* Negative exponent: float(a) ** float(b), never complex, never overflowing. */
        double x = int_as_double(t, a);
        if (x == -1.0 && err_occurred(t)) return REF_NULL;
        double y = int_as_double(t, b);
        if (y == -1.0 && err_occurred(t)) return REF_NULL;
        if (x == 0.0)
            return err_set(t, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from_double(t, pow(x, y));
    }
    IntView va, vb;
    mpz_srcptr za = int_view(a, &va), zb = int_view(b, &vb);
    /* Bases 0, 1, -1 take any exponent. */
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(zb) == 0) return ref_from_int(1);
        if (mpz_sgn(za) >= 0) return int_exact(t, a);
        return ref_from_int(mpz_odd_p(zb) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(zb)) return no_memory(t);
    unsigned long n = mpz_get_ui(zb);
    if (ref_is_int(a)) {
        /* Square-and-multiply in int64 while it does not overflow. */
        int64_t base = ref_int(a), acc = 1;
        unsigned long k = n;
        bool ok = true;
        while (k) {
            if (k & 1 && __builtin_mul_overflow(acc, base, &acc)) { ok = false; break; }
            k >>= 1;
            if (k && __builtin_mul_overflow(base, base, &base)) { ok = false; break; }
        }
        if (ok) return int_from_i64(t, acc);
    }
    uint64_t bits = mpz_sizeinbase(za, 2);
    if (n > INT_MAX_LIMBS * GMP_NUMB_BITS / bits) return no_memory(t);
    Int *o = int_alloc_limbs(t, bits * n / GMP_NUMB_BITS + 1);
    if (!o) return REF_NULL;
    mpz_pow_ui(o->z, za, n);
    return int_normalize(t, o);
}

/* ---- shifts and bitwise ------------------------------------------------------------------ */

Ref int_lshift(Thread *t, Ref a, Ref b) {
    if (int_sign(b) < 0) return err_set(t, &exc_ValueError, "negative shift count");
    if (int_sign(a) == 0) return ref_from_int(0);
    int overflow;
    int64_t n = int_as_i64_overflow(b, &overflow);
    if (overflow || (uint64_t)n / GMP_NUMB_BITS > INT_MAX_LIMBS) return no_memory(t);
    if (ref_is_int(a) && n < 63) {
        int64_t v = ref_int(a);
        int64_t r = (int64_t)((uint64_t)v << n);
        if ((r >> n) == v) return int_from_i64(t, r);
    }
    IntView va;
    Int *o = int_alloc_limbs(t, int_limbs(a) + (uint64_t)n / GMP_NUMB_BITS + 1);
    if (!o) return REF_NULL;
    mpz_mul_2exp(o->z, int_view(a, &va), (mp_bitcnt_t)n);
    return int_normalize(t, o);
}

Ref int_rshift(Thread *t, Ref a, Ref b) {
    if (int_sign(b) < 0) return err_set(t, &exc_ValueError, "negative shift count");
    int overflow;
    int64_t n = int_as_i64_overflow(b, &overflow);
    if (overflow || (uint64_t)n >= int_bit_length(a)) return ref_from_int(int_sign(a) < 0 ? -1 : 0);
    if (ref_is_int(a)) return ref_from_int(ref_int(a) >> n);   /* arithmetic = floor */
    __int128 x;
    if (int_as_i128(a, &x)) return int_from_i128(t, x >> n);   /* n < 127 here */
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_fdiv_q_2exp(o->z, ((Int *)ref_obj(a))->z, (mp_bitcnt_t)n);
    return int_normalize(t, o);
}

#define BITWISE(name, op, gmpfn)                                                           \
    Ref name(Thread *t, Ref a, Ref b) {                                                    \
        if (ref_is_int(a) && ref_is_int(b)) return ref_from_int(ref_int(a) op ref_int(b)); \
        __int128 x, y;                                                                     \
        if (BOTH_I128(a, b, x, y)) return int_from_i128(t, x op y);                        \
        IntView va, vb;                                                                    \
        Int *o = int_alloc_limbs(t, max_limbs(a, b) + 1);                                  \
        if (!o) return REF_NULL;                                                           \
        gmpfn(o->z, int_view(a, &va), int_view(b, &vb));                                   \
        return int_normalize(t, o);                                                        \
    }
BITWISE(int_and, &, mpz_and)
BITWISE(int_or, |, mpz_ior)
BITWISE(int_xor, ^, mpz_xor)

/* ---- number slots: both operands must be ints, else NotImplemented ---------------------- */

#define BINSLOT(slot, fn)                                                                  \
    Ref slot(Thread *t, Ref a, Ref b) {                                                    \
        if (!int_check(a) || !int_check(b)) return REF_NOTIMPLEMENTED;                     \
        return fn(t, a, b);                                                                \
    }
BINSLOT(int_nb_add, int_add)
BINSLOT(int_nb_sub, int_sub)
BINSLOT(int_nb_mul, int_mul)
BINSLOT(int_nb_floordiv, int_floordiv)
BINSLOT(int_nb_mod, int_mod)
BINSLOT(int_nb_truediv, int_true_divide)
BINSLOT(int_nb_lshift, int_lshift)
BINSLOT(int_nb_rshift, int_rshift)
BINSLOT(int_nb_and, int_and)
BINSLOT(int_nb_or, int_or)
BINSLOT(int_nb_xor, int_xor)
BINSLOT(int_nb_divmod, int_divmod)

Ref int_nb_pow(Thread *t, Ref a, Ref b) {
    if (!int_check(a) || !int_check(b)) return REF_NOTIMPLEMENTED;
    return int_pow(t, a, b, REF_NULL);
}

Ref int_power3(Thread *t, Ref a, Ref b, Ref m) {
    if (!int_check(a) || !int_check(b)) return REF_NOTIMPLEMENTED;
    if (!ref_is_null(m) && !ref_is_none(m) && !int_check(m)) return REF_NOTIMPLEMENTED;
    return int_pow(t, a, b, m);
}

Ref int_pos_slot(Thread *t, Ref a) { return int_exact(t, a); }

Ref int_float_slot(Thread *t, Ref a) {
    double d = int_as_double(t, a);
    if (d == -1.0 && err_occurred(t)) return REF_NULL;
    return float_from_double(t, d);
}

int int_bool(Thread *t, Ref a) { return int_sign(a) != 0; }

Ref int_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!int_check(a) || !int_check(b)) return REF_NOTIMPLEMENTED;
    int c = int_compare(a, b);
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return ref_from_bool(r);
}

int64_t int_hash_slot(Thread *t, Ref a) { return int_hash(a); }
