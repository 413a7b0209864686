/* Private to objects/int*.c, bool.c, float*.c, complex.c and modules/mathmodule.c: helpers
 * shared between the numbers files. Not a contract; owner: the numbers engineer. */
#ifndef SPRY_OBJECTS_INT_IMPL_H
#define SPRY_OBJECTS_INT_IMPL_H
#include "objects/int.h"
#include "objects/float.h"
#include "objects/formatspec.h"

/* Is `v` within the 63-bit tagged range (a GMP view of it)? Sets *out if so. */
static inline bool int_mpz_fits_tag(mpz_srcptr z, int64_t *out) {
    size_t n = mpz_size(z);
    if (n == 0) {
        *out = 0;
        return true;
    }
    if (n > 1) return false;
    mp_limb_t l = mpz_getlimbn(z, 0);
    bool neg = mpz_sgn(z) < 0;
    if (l > (mp_limb_t)REF_INT_MAX + (neg ? 1 : 0)) return false;
    *out = neg ? (int64_t)(-(uint64_t)l) : (int64_t)l;
    return true;
}

/* Correctly rounded frexp of an mpz (see int_frexp). */
double int_mpz_frexp(mpz_srcptr z, int64_t *e);
/* Rounds the exact value z * 2**exp to the nearest double (ties to even), subnormals and
 * overflow included: *overflow set (and HUGE_VAL returned) if it does not fit. */
double int_mpz_ldexp_rounded(mpz_srcptr z, int64_t exp, bool *overflow);
/* The digit-limit check of int -> decimal text; -1 with ValueError. */
int int_check_str_digits(Thread *t, mpz_srcptr z);
/* ValueError "Exceeds the limit (...) ... value has N digits ..." when over the limit. */
int int_check_parse_digits(Thread *t, size_t ndigits, int base);

/* TypeError "'x' is an invalid keyword argument for f()" for a keyword not in spec. */
bool num_check_kwnames(Thread *t, const ArgSpec *spec, Object *kwnames);

/* int.__round__, int.__format__ and friends need these. */
Ref int_round_impl(Thread *t, Ref self, Ref ndigits);

/* Slots and methods defined in the split files. */
Ref int_richcompare(Thread *t, Ref a, Ref b, int op);
int64_t int_hash_slot(Thread *t, Ref a);
Ref int_repr(Thread *t, Ref a);
int int_bool(Thread *t, Ref a);
void int_dealloc(Object *o);

Ref int_nb_add(Thread *t, Ref a, Ref b);
Ref int_nb_sub(Thread *t, Ref a, Ref b);
Ref int_nb_mul(Thread *t, Ref a, Ref b);
Ref int_nb_floordiv(Thread *t, Ref a, Ref b);
Ref int_nb_mod(Thread *t, Ref a, Ref b);
Ref int_nb_truediv(Thread *t, Ref a, Ref b);
Ref int_nb_pow(Thread *t, Ref a, Ref b);
Ref int_nb_lshift(Thread *t, Ref a, Ref b);
Ref int_nb_rshift(Thread *t, Ref a, Ref b);
Ref int_nb_and(Thread *t, Ref a, Ref b);
Ref int_nb_or(Thread *t, Ref a, Ref b);
Ref int_nb_xor(Thread *t, Ref a, Ref b);
Ref int_power3(Thread *t, Ref a, Ref b, Ref m);
Ref int_nb_divmod(Thread *t, Ref a, Ref b);
Ref int_pos_slot(Thread *t, Ref a);
Ref int_float_slot(Thread *t, Ref a);

/* Python's float formatting, shared by float and complex (objects/float_format.c).
 * Formats v like format(v, spec) for one of the types e E f F g G n % r(repr) and 0
 * (the '' type) into a mem_alloc'd ASCII buffer, no sign for v >= 0 (sign handling is the
 * caller's: *negative reports it). add_dot_0: repr-style ".0" for integral results. */
char *float_format_digits(Thread *t, double v, uint32_t type, intptr_t precision,
                          bool alternate, bool add_dot_0, bool no_neg_zero,
                          bool *negative, size_t *len_out);
/* format(v, spec) for a float value with an already parsed spec (types e E f F g G n %
 * and none); type_name is for "Unknown format code" messages. */
Object *float_format_spec(Thread *t, double v, const FormatSpec *spec, const char *type_name);
/* float.__round__ with ndigits: correctly rounded (ties to even on the exact value). */
Ref float_round_ndigits(Thread *t, double x, int64_t ndigits);
/* x ** y with Python's float rules: ZeroDivisionError for 0.0 to a negative power,
 * OverflowError (34, ...), a complex result for a negative base and fractional power. */
Ref float_pow_doubles(Thread *t, double x, double y);
/* float.hex() text. */
Object *float_hex_str(Thread *t, double v);
/* float.fromhex(s) parsing: false with ValueError/OverflowError set. */
bool float_from_hex_text(Thread *t, const char *s, size_t len, double *out);

/* The repr of v as a mem_alloc'd C string (shortest round trip). */
char *float_repr_cstr(Thread *t, double v, size_t *len_out);

/* Parses Python's float syntax (digits with underscores, inf, infinity, nan; no
 * surrounding white space) from s[0..len). false if malformed. */
bool float_parse_text(const char *s, size_t len, double *out);

/* Writes the digits of m in `base` (2..16, lowercase) so that they end just before
 * `end`; returns where they start. 64 bytes before `end` always suffice. */
static inline char *u64_digits(uint64_t m, unsigned base, char *end) {
    do {
        *--end = "0123456789abcdef"[m % base];
        m /= base;
    } while (m);
    return end;
}

#endif
