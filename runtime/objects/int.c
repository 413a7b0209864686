/* int: representation, conversions, hashing, comparison, and text <-> int.
 * Arithmetic is in int_ops.c, methods and the type object in int_methods.c, format() in
 * int_format.c.
 *
 * Values that fit in 63 bits are tagged Refs; everything else is a heap Int whose mpz
 * holds the value. Every result goes through int_normalize/int_from_mpz so that a value
 * that fits always comes back tagged. */
#include "spry.h"
#include "objects/int_impl.h"

#include <math.h>
#include <mimalloc.h>
#include <stdio.h>
#include <stdlib.h>

/* True and False: read-only mpz values pointing at constant limbs (GMP's "roinit"
 * convention: _mp_alloc == 0), so they need no allocation and are never written. */
static const mp_limb_t one_limb = 1;
static const mp_limb_t zero_limb = 0;
Int bool_true_obj = {
    .ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &bool_type},
    .z = {{._mp_alloc = 0, ._mp_size = 1, ._mp_d = (mp_limb_t *)&one_limb}},
};
Int bool_false_obj = {
    .ob = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &bool_type},
    .z = {{._mp_alloc = 0, ._mp_size = 0, ._mp_d = (mp_limb_t *)&zero_limb}},
};

/* GMP's own allocations go to mimalloc. GMP cannot report a failure to its caller, so
 * these abort; code that may build a big value first reserves it with int_alloc_limbs,
 * which turns an impossible size into MemoryError before GMP runs. */
static _Noreturn void gmp_out_of_memory(size_t n) {
    fprintf(stderr, "spry: out of memory in a big-int operation (%zu bytes)\n", n);
    abort();
}

static void *gmp_alloc(size_t n) {
    void *p = mi_malloc(n);
    if (!p) gmp_out_of_memory(n);
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    void *q = mi_realloc(p, n);
    if (!q) gmp_out_of_memory(n);
    return q;
}

static void gmp_free(void *p, size_t n) {
    (void)n;
    mi_free(p);
}

void int_runtime_init(void) {
    /* True/False are initialized statically (see above). */
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

/* ---- allocation and normalization ------------------------------------------------------ */

Int *int_alloc(Thread *t) {
    Int *o = (Int *)obj_alloc(t, &int_type, sizeof(Int));
    if (!o) return NULL;
    mpz_init(o->z);
    return o;
}

/* Results above this many limbs also check that GMP's scratch space is available. */
#define INT_SCRATCH_CHECK_LIMBS ((uint64_t)1 << 15)

Int *int_alloc_limbs(Thread *t, uint64_t limbs) {
    if (limbs > INT_MAX_LIMBS) {
        err_no_memory(t);
        return NULL;
    }
    Int *o = int_alloc(t);
    if (!o || limbs <= 2) return o;
    size_t bytes = (size_t)limbs * sizeof(mp_limb_t);
    mp_limb_t *d = mi_malloc(bytes);
    if (d && limbs > INT_SCRATCH_CHECK_LIMBS) {
        /* Multiplication and powering need temporaries about the size of the result. */
        void *scratch = bytes <= SIZE_MAX / 2 ? mi_malloc(2 * bytes) : NULL;
        if (!scratch) {
            mi_free(d);
            d = NULL;
        }
        mi_free(scratch);
    }
    if (!d) {
        obj_decref(&o->ob);
        err_no_memory(t);
        return NULL;
    }
    o->z->_mp_d = d;
    o->z->_mp_alloc = (int)limbs;
    return o;
}

static Int *int_inline_alloc(Thread *t) {
    Int *o = int_freelist_pop(t);
    return o ? o : (Int *)obj_alloc(t, &int_type, sizeof(Int));
}

void int_release_freelist(Thread *t) {
    while (t->int_freelist) {
        Object *o = t->int_freelist;
        t->int_freelist = (Object *)o->ob_type;
        o->ob_type = &int_type;     /* obj_free reads the type's flags: undo the chaining */
        obj_free(o);
    }
    t->int_freelist_len = 0;
}

void int_dealloc(Object *o) {
    Int *i = (Int *)o;
    if (i->z->_mp_d == i->small) {
        Thread *t = thread_current();
        if (t && o->ob_type == &int_type && int_freelist_push(t, o)) return;
    } else {
        mpz_clear(i->z);
    }
    o->ob_type->tp_free(o);
}

Object *int_box_i64_alloc(Thread *t, int64_t v) {
    Int *o = (Int *)obj_alloc(t, &int_type, sizeof(Int));
    if (!o) return NULL;
    int_set_inline(o, v);
    return &o->ob;
}

Ref int_normalize(Thread *t, Int *o) {
    if (!o) return REF_NULL;
    int64_t v;
    if (int_mpz_fits_tag(o->z, &v)) {
        obj_decref(&o->ob);
        return ref_from_int(v);
    }
    return ref_from_obj(&o->ob);
}

Ref int_from_mag128(Thread *t, bool neg, unsigned __int128 mag) {
    if (mag <= (unsigned __int128)REF_INT_MAX + neg)
        return ref_from_int(neg ? (int64_t)(-(uint64_t)mag) : (int64_t)mag);
    Int *o = int_inline_alloc(t);
    if (!o) return REF_NULL;
    o->small[0] = (mp_limb_t)mag;
    o->small[1] = (mp_limb_t)(mag >> 64);
    int n = o->small[1] ? 2 : 1;
    o->z->_mp_alloc = 0;
    o->z->_mp_size = neg ? -n : n;
    o->z->_mp_d = o->small;
    return ref_from_obj(&o->ob);
}

Ref int_from_mpz(Thread *t, const mpz_t z) {
    int64_t v;
    if (int_mpz_fits_tag(z, &v)) return ref_from_int(v);
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_set(o->z, z);
    return ref_from_obj(&o->ob);
}

Ref int_from_i64(Thread *t, int64_t v) {
    if (ref_int_fits(v)) return ref_from_int(v);
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_set_si(o->z, (long)v);
    return ref_from_obj(&o->ob);
}

Ref int_from_u64(Thread *t, uint64_t v) {
    if (v <= (uint64_t)REF_INT_MAX) return ref_from_int((int64_t)v);
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_set_ui(o->z, (unsigned long)v);
    return ref_from_obj(&o->ob);
}

Ref int_from_double(Thread *t, double d) {
    if (isinf(d)) return err_set(t, &exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return err_set(t, &exc_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (d >= -4611686018427387904.0 && d < 4611686018427387904.0)
        return ref_from_int((int64_t)d);
    Int *o = int_alloc(t);
    if (!o) return REF_NULL;
    mpz_set_d(o->z, d);
    return int_normalize(t, o);
}

Ref int_exact(Thread *t, Ref r) {
    if (ref_is_int(r) || ref_obj(r)->ob_type == &int_type) return ref_dup(r);
    return int_from_mpz(t, ((Int *)ref_obj(r))->z);
}

Ref int_subtype_new(Thread *t, Type *type, Ref v) {
    Int *o = (Int *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    mpz_init(o->z);
    int_to_mpz(v, o->z);
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(&o->ob);
    return ref_from_obj(&o->ob);
}

/* ---- checks and conversions ------------------------------------------------------------- */

bool int_check(Ref r) {
    return ref_is_int(r) ||
           (ref_is_obj(r) && type_has_flag(ref_obj(r)->ob_type, TPFLAG_LONG_SUBCLASS));
}

bool int_check_exact(Ref r) {
    return ref_is_int(r) || (ref_is_obj(r) && ref_obj(r)->ob_type == &int_type);
}

int64_t int_as_i64_overflow(Ref r, int *overflow) {
    *overflow = 0;
    if (ref_is_int(r)) return ref_int(r);
    mpz_srcptr z = ((Int *)ref_obj(r))->z;
    if (mpz_fits_slong_p(z)) return mpz_get_si(z);
    *overflow = mpz_sgn(z);
    return -1;
}

int64_t int_as_i64(Thread *t, Ref r) {
    int overflow;
    int64_t v = int_as_i64_overflow(r, &overflow);
    if (overflow) {
        err_set(t, &exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return v;
}

void int_to_mpz(Ref r, mpz_t z) {
    if (ref_is_int(r))
        mpz_set_si(z, (long)ref_int(r));
    else
        mpz_set(z, ((Int *)ref_obj(r))->z);
}

int int_sign(Ref r) {
    if (ref_is_int(r)) {
        int64_t v = ref_int(r);
        return v < 0 ? -1 : v > 0;
    }
    return mpz_sgn(((Int *)ref_obj(r))->z);
}

uint64_t int_bit_length(Ref r) {
    if (ref_is_int(r)) {
        int64_t v = ref_int(r);
        uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
        return m ? 64 - (uint64_t)__builtin_clzll(m) : 0;
    }
    mpz_srcptr z = ((Int *)ref_obj(r))->z;
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

/* Bits [k, k+n) of |z| (n <= 64), read straight from the limbs. */
static uint64_t mpz_bits_at(mpz_srcptr z, size_t k, unsigned n) {
    size_t idx = k / 64;
    unsigned off = (unsigned)(k % 64);
    uint64_t v = (uint64_t)mpz_getlimbn(z, (mp_size_t)idx) >> off;
    if (off && idx + 1 < mpz_size(z))
        v |= (uint64_t)mpz_getlimbn(z, (mp_size_t)idx + 1) << (64 - off);
    return n == 64 ? v : v & (((uint64_t)1 << n) - 1);
}

/* Is any bit of |z| below position k set? */
static bool mpz_low_bits_nonzero(mpz_srcptr z, size_t k) {
    if (k == 0 || mpz_sgn(z) == 0) return false;
    return mpz_scan1(z, 0) < k;
}

/* Rounds |z| to `keep` significant bits (ties to even, honouring everything below):
 * returns the rounded top bits as an integer (< 2**keep, or == 2**keep after a carry) and
 * the number of bits dropped in *shift. Reads at most 64 bits. */
static uint64_t mpz_round_top(mpz_srcptr z, unsigned keep, int64_t *shift) {
    size_t nbits = mpz_sizeinbase(z, 2);
    if (nbits <= keep) {
        *shift = 0;
        return mpz_bits_at(z, 0, (unsigned)nbits);
    }
    size_t drop = nbits - keep;
    uint64_t top = mpz_bits_at(z, drop, keep);
    bool half = (mpz_getlimbn(z, (mp_size_t)((drop - 1) / 64)) >> ((drop - 1) % 64)) & 1; /* of |z| */
    bool sticky = mpz_low_bits_nonzero(z, drop - 1);
    if (half && (sticky || (top & 1))) top++;
    *shift = (int64_t)drop;
    return top;
}

double int_mpz_frexp(mpz_srcptr z, int64_t *e) {
    int sgn = mpz_sgn(z);
    if (sgn == 0) {
        *e = 0;
        return 0.0;
    }
    int64_t shift;
    uint64_t top = mpz_round_top(z, 53, &shift);
    int ex;
    double m = frexp((double)top, &ex);  /* exact: top <= 2**53 */
    *e = ex + shift;
    return sgn < 0 ? -m : m;
}

double int_frexp(Ref r, int64_t *e) {
    IntView v;
    return int_mpz_frexp(int_view(r, &v), e);
}

double int_mpz_ldexp_rounded(mpz_srcptr z, int64_t exp, bool *overflow) {
    *overflow = false;
    int sgn = mpz_sgn(z);
    if (sgn == 0) return 0.0;
    int64_t nbits = (int64_t)mpz_sizeinbase(z, 2);
    /* value in [2**(nbits-1+exp), 2**(nbits+exp)); the lowest representable bit of the
     * result is 2**max(nbits+exp-53, -1074). */
    int64_t top_exp = nbits + exp;
    if (top_exp > 1025) {
        *overflow = true;
        return sgn < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    int64_t lsb = top_exp - 53 > -1074 ? top_exp - 53 : -1074;
    int64_t keep = top_exp - lsb;          /* significant bits kept (<= 53) */
    double r;
    if (keep <= 0) {
        /* Below half the smallest subnormal, or exactly around it. */
        if (keep == 0) {
            /* value in [2**(lsb-1), 2**lsb): rounds to 2**lsb unless exactly the half. */
            bool exact_half = !mpz_low_bits_nonzero(z, (size_t)(nbits - 1));
            r = exact_half ? 0.0 : ldexp(1.0, (int)lsb);
        } else {
            r = 0.0;
        }
    } else {
        int64_t shift;
        uint64_t top = mpz_round_top(z, (unsigned)keep, &shift);
        r = ldexp((double)top, (int)(exp + shift));
    }
    if (isinf(r)) *overflow = true;
    return sgn < 0 ? -r : r;
}

double int_as_double(Thread *t, Ref r) {
    if (ref_is_int(r)) return (double)ref_int(r);
    int64_t e;
    double m = int_frexp(r, &e);
    if (e > 1024) {
        err_set(t, &exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return ldexp(m, (int)e);
}

/* ---- comparison and hashing --------------------------------------------------------- */

int int_compare(Ref a, Ref b) {
    if (ref_is_int(a) && ref_is_int(b)) {
        int64_t x = ref_int(a), y = ref_int(b);
        return (x > y) - (x < y);
    }
    IntView va, vb;
    int c = mpz_cmp(int_view(a, &va), int_view(b, &vb));
    return (c > 0) - (c < 0);
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t int_hash(Ref r) {
    uint64_t m;
    bool neg;
    if (ref_is_int(r)) {
        int64_t v = ref_int(r);
        neg = v < 0;
        m = (neg ? -(uint64_t)v : (uint64_t)v) % HASH_MODULUS;
    } else {
        mpz_srcptr z = ((Int *)ref_obj(r))->z;
        neg = mpz_sgn(z) < 0;
        m = mpz_tdiv_ui(z, HASH_MODULUS);
    }
    int64_t h = neg ? -(int64_t)m : (int64_t)m;
    return h == -1 ? -2 : h;
}

/* ---- int -> text ------------------------------------------------------------------- */

static int max_str_digits(Thread *t) { return t->interp->int_max_str_digits; }

int int_check_str_digits(Thread *t, mpz_srcptr z) {
    int limit = max_str_digits(t);
    if (limit <= 0) return 0;
    size_t nbits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    if (nbits <= 64) return 0;
    /* A lower bound of the digit count first (cheap), then the exact count. */
    size_t lower = (size_t)((double)(nbits - 1) * 0.30102) + 1;
    size_t ndigits = lower;
    if (lower <= (size_t)limit) {
        ndigits = mpz_sizeinbase(z, 10);   /* exact or one too big */
        if (ndigits > (size_t)limit) {
            /* Decide exactly: compare with 10**limit. */
            mpz_t p;
            mpz_init(p);
            mpz_ui_pow_ui(p, 10, (unsigned long)limit);
            int c = mpz_cmpabs(z, p);
            mpz_clear(p);
            ndigits = c >= 0 ? (size_t)limit + 1 : (size_t)limit;
        }
    }
    if (ndigits > (size_t)limit) {
        err_format(t, &exc_ValueError,
                   "Exceeds the limit (%d digits) for integer string conversion; use "
                   "sys.set_int_max_str_digits() to increase the limit",
                   limit);
        return -1;
    }
    return 0;
}

Object *int_to_decimal_str(Thread *t, Ref r) {
    if (ref_is_int(r)) {
        int64_t v = ref_int(r);
        char buf[66];
        char *start = u64_digits(v < 0 ? 0 - (uint64_t)v : (uint64_t)v, 10, buf + sizeof buf);
        if (v < 0) *--start = '-';
        return str_from_latin1(t, start, buf + sizeof buf - start);
    }
    mpz_srcptr z = ((Int *)ref_obj(r))->z;
    if (mpz_fits_slong_p(z)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%ld", mpz_get_si(z));
        return str_from_latin1(t, buf, n);
    }
    if (int_check_str_digits(t, z) < 0) return NULL;
    size_t cap = mpz_sizeinbase(z, 10) + 2;
    char *buf = mem_alloc(t, cap);
    if (!buf) return NULL;
    mpz_get_str(buf, 10, z);
    Object *s = str_from_latin1(t, buf, (intptr_t)strlen(buf));
    mem_free(buf);
    return s;
}

Ref int_repr(Thread *t, Ref a) { return ref_from_obj(int_to_decimal_str(t, a)); }

/* ---- text -> int ------------------------------------------------------------------- */

/* The first code point of each run of ten Unicode decimal digits (category Nd) outside
 * ASCII, as of Unicode 14 (CPython 3.11). */
static const uint32_t decimal_zeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
    0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,
    0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,
    0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0,
    0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t c) {
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static int unicode_decimal(uint32_t c) {
    size_t lo = 0, hi = sizeof decimal_zeros / sizeof decimal_zeros[0];
    while (lo < hi) {   /* last zero <= c */
        size_t mid = (lo + hi) / 2;
        if (decimal_zeros[mid] <= c) lo = mid + 1; else hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t z = decimal_zeros[lo - 1];
    return c - z < 10 ? (int)(c - z) : -1;
}

char *int_numeric_ascii(Thread *t, Object *s, size_t *len_out) {
    intptr_t n = STR(s)->length;
    char *buf = mem_alloc(t, (size_t)n + 1);
    if (!buf) return NULL;
    int kind = STR(s)->kind;
    const void *data = str_data(s);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_read(kind, data, i);
        if (c < 128) {
            buf[i] = (char)c;
        } else if (unicode_space(c)) {
            buf[i] = ' ';
        } else {
            int d = unicode_decimal(c);
            buf[i] = d >= 0 ? (char)('0' + d) : 0x7f;
        }
    }
    buf[n] = 0;
    *len_out = (size_t)n;
    return buf;
}

static bool ascii_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

int int_check_parse_digits(Thread *t, size_t ndigits, int base) {
    int limit = max_str_digits(t);
    if ((base & (base - 1)) == 0 || limit <= 0 || ndigits <= (size_t)limit) return 0;
    err_format(t, &exc_ValueError,
               "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
               "digits; use sys.set_int_max_str_digits() to increase the limit",
               limit, ndigits);
    return -1;
}

/* Parses s[0..len) as int(s, base). Returns the value; REF_NULL with *bad set for a
 * malformed literal (the caller words the message), REF_NULL with an exception for the
 * digit limit or memory. */
static Ref parse_int(Thread *t, const char *s, size_t len, int base, bool *bad) {
    const char *p = s, *end = s + len;
    *bad = false;
    while (p < end && ascii_space(*p)) p++;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    bool after_prefix = false, base0_zero = false;
    if (base == 0) {
        if (end - p >= 2 && p[0] == '0') {
            char c = p[1] | 0x20;
            base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        } else {
            base = 10;
        }
        if (base == 10 && p < end && *p == '0') base0_zero = true;
    }
    if (end - p >= 2 && p[0] == '0') {
        char c = p[1] | 0x20;
        if ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b')) {
            p += 2;
            after_prefix = true;
        }
    }
    /* Digits with single underscores between them (or right after a prefix). */
    const char *digits_start = p;
    size_t ndigits = 0;
    bool prev_underscore = false, nonzero = false;
    while (p < end) {
        if (*p == '_') {
            if (prev_underscore || (ndigits == 0 && !after_prefix)) goto bad;
            prev_underscore = true;
            p++;
            continue;
        }
        int d = digit_value(*p);
        if (d >= base) break;
        if (d) nonzero = true;
        ndigits++;
        prev_underscore = false;
        p++;
    }
    const char *digits_end = p;
    if (prev_underscore || ndigits == 0) goto bad;
    while (p < end && ascii_space(*p)) p++;
    if (p != end) goto bad;
    if (base0_zero && nonzero) goto bad;   /* "010" is not a base-0 literal */
    if (int_check_parse_digits(t, ndigits, base) < 0) return REF_NULL;

    if (ndigits <= 12 || (base <= 10 && ndigits <= 18)) {
        int64_t v = 0;
        for (const char *q = digits_start; q < digits_end; q++)
            if (*q != '_') v = v * base + digit_value(*q);
        return ref_from_int(neg ? -v : v);
    }
    char *clean = mem_alloc(t, ndigits + 1);
    if (!clean) return REF_NULL;
    size_t k = 0;
    for (const char *q = digits_start; q < digits_end; q++)
        if (*q != '_') clean[k++] = *q;
    clean[k] = 0;
    Int *o = int_alloc(t);
    if (!o) {
        mem_free(clean);
        return REF_NULL;
    }
    mpz_set_str(o->z, clean, base);
    mem_free(clean);
    if (neg) mpz_neg(o->z, o->z);
    return int_normalize(t, o);
bad:
    *bad = true;
    return REF_NULL;
}

static Ref bad_base(Thread *t) {
    return err_set(t, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
}

Ref int_from_string(Thread *t, const char *s, size_t len, int base) {
    if (base != 0 && (base < 2 || base > 36)) return bad_base(t);
    bool bad;
    Ref r = parse_int(t, s, len, base, &bad);
    if (bad) {
        Object *text = str_from_utf8(t, s, (intptr_t)(len > 200 ? 200 : len));
        if (!text) return REF_NULL;
        err_format(t, &exc_ValueError, "invalid literal for int() with base %d: %R", base,
                   ref_from_obj(text));
        obj_decref(text);
        return REF_NULL;
    }
    return r;
}

Ref int_from_str_obj(Thread *t, Object *s, int base) {
    if (base != 0 && (base < 2 || base > 36)) return bad_base(t);
    size_t len;
    char *buf = int_numeric_ascii(t, s, &len);
    if (!buf) return REF_NULL;
    bool bad;
    Ref r = parse_int(t, buf, len, base, &bad);
    mem_free(buf);
    if (bad) {
        Object *shown = STR(s)->length > 200 ? str_substr(t, s, 0, 200) : (obj_incref(s), s);
        if (!shown) return REF_NULL;
        err_format(t, &exc_ValueError, "invalid literal for int() with base %d: %R", base,
                   ref_from_obj(shown));
        obj_decref(shown);
        return REF_NULL;
    }
    return r;
}

/* int(b"...", base) and bytearray: ASCII text; the message shows the bytes repr. */
static Ref int_from_bytes_text(Thread *t, Ref orig, const char *s, size_t len, int base) {
    if (base != 0 && (base < 2 || base > 36)) return bad_base(t);
    bool bad;
    Ref r = parse_int(t, s, len, base, &bad);
    if (bad)
        return err_format(t, &exc_ValueError, "invalid literal for int() with base %d: %R",
                          base, orig);
    return r;
}

Ref int_from_object_base(Thread *t, Ref x, int base) {
    if (str_check(x)) return int_from_str_obj(t, ref_obj(x), base);
    if (ref_is_obj(x) && ref_type_is(x, &bytes_type))
        return int_from_bytes_text(t, x, bytes_data(ref_obj(x)),
                                   (size_t)bytes_size(ref_obj(x)), base);
    if (ref_is_obj(x) && ref_type_is(x, &bytearray_type)) {
        ByteArray *ba = (ByteArray *)ref_obj(x);
        return int_from_bytes_text(t, x, ba->start, (size_t)ba->ob.ob_size, base);
    }
    return err_set(t, &exc_TypeError, "int() can't convert non-string with explicit base");
}

/* Checks a dunder's result is an int; converts subclasses to exact ints (as CPython
 * does, with a DeprecationWarning we do not emit). */
static Ref check_int_result(Thread *t, Ref r, const char *dunder) {
    if (ref_is_null(r)) return r;
    if (int_check_exact(r)) return r;
    if (int_check(r)) {
        Ref e = int_exact(t, r);
        ref_close(r);
        return e;
    }
    err_format(t, &exc_TypeError, "%s returned non-int (type %T)", dunder, r);
    ref_close(r);
    return REF_NULL;
}

Ref int_from_object(Thread *t, Ref x) {
    if (int_check_exact(x)) return ref_dup(x);
    Type *tp = ref_type(x);
    if (tp->int_) return check_int_result(t, tp->int_(t, x), "__int__");
    if (tp->index) return check_int_result(t, tp->index(t, x), "__index__");
    Ref trunc = obj_lookup_special(t, x, ID(__trunc__));
    if (!ref_is_null(trunc)) {
        Ref r = obj_call0(t, trunc);
        ref_close(trunc);
        if (ref_is_null(r)) return r;
        if (int_check(r)) return check_int_result(t, r, "__trunc__");
        Type *rt = ref_type(r);
        Ref i = REF_NULL;
        if (rt->index) {
            i = check_int_result(t, rt->index(t, r), "__index__");
        } else {
            err_format(t, &exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
        }
        ref_close(r);
        return i;
    }
    if (err_occurred(t)) return REF_NULL;
    if (str_check(x) || (ref_is_obj(x) && (ref_type_is(x, &bytes_type) ||
                                           ref_type_is(x, &bytearray_type))))
        return int_from_object_base(t, x, 10);
    return err_format(t, &exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real "
                      "number, not '%T'",
                      x);
}
