/* int and bool. Small ints are tagged Refs (core/ref.h); larger ones are heap `Int`s
 * holding a GMP integer. Every operation accepts both forms and returns the tagged form
 * whenever the result fits in 63 bits. Owner: objects/int.c, objects/bool.c. */
#ifndef SPRY_OBJECTS_INT_H
#define SPRY_OBJECTS_INT_H
#include <gmp.h>
#include "core/object.h"
#include "core/state.h"

typedef struct Int {
    Object ob;
    mpz_t z;
    /* Room for a value of up to two limbs, which z then views read-only (GMP's roinit
     * convention, _mp_alloc == 0: mpz_clear frees nothing, and the Int, like every Int
     * once made, is never a GMP output). See int_from_mag128. */
    mp_limb_t small[2];
} Int;

extern Type int_type, bool_type;
/* True and False: immortal, statically allocated, their mpz set up by runtime_init. */
extern Int bool_true_obj, bool_false_obj;

#define REF_TRUE ref_immortal(&bool_true_obj)
#define REF_FALSE ref_immortal(&bool_false_obj)
static inline Ref ref_from_bool(bool b) { return b ? REF_TRUE : REF_FALSE; }

/* Is r an int (tagged, heap, bool or subclass)? Exact: tagged or exact heap int. */
bool int_check(Ref r);
bool int_check_exact(Ref r);

Ref int_from_i64(Thread *t, int64_t v);
Ref int_from_u64(Thread *t, uint64_t v);
Ref int_from_mpz(Thread *t, const mpz_t z);       /* copies; normalizes to tagged */
Ref int_from_double(Thread *t, double d);          /* truncates; errors on inf/nan */
/* int(text, base) semantics incl. underscores/whitespace; ValueError with CPython's
 * message on bad input. base 0 = by prefix. */
Ref int_from_string(Thread *t, const char *s, size_t len, int base);

/* Exact value as int64; OverflowError ("Python int too large to convert to C long")
 * when it does not fit. r must be an int. Returns -1 with the error set on failure. */
int64_t int_as_i64(Thread *t, Ref r);
/* Same, but sets *overflow to +1/-1 instead of raising when out of range. */
int64_t int_as_i64_overflow(Ref r, int *overflow);
double int_as_double(Thread *t, Ref r);            /* OverflowError if too large */
/* Sets z (initialized by the caller) to the value of the int r. */
void int_to_mpz(Ref r, mpz_t z);
int int_sign(Ref r);                               /* -1, 0, 1 */

/* Python semantics on ints (floor division/modulo, arbitrary size). */
Ref int_add(Thread *t, Ref a, Ref b);
Ref int_sub(Thread *t, Ref a, Ref b);
Ref int_mul(Thread *t, Ref a, Ref b);
int int_compare(Ref a, Ref b);                     /* -1, 0, 1; both must be ints */
int64_t int_hash(Ref r);
Object *int_to_decimal_str(Thread *t, Ref r);      /* str(int) */

/* ---- additions by the numbers engineer (objects/int*.c) ------------------------------- */

/* Default of Interp.int_max_str_digits (sys.set_int_max_str_digits); the smallest
 * non-zero limit sys accepts is INT_MAX_STR_DIGITS_THRESHOLD. */
#define INT_MAX_STR_DIGITS_DEFAULT 4300
#define INT_MAX_STR_DIGITS_THRESHOLD 640

/* Called once by runtime_init() before types are readied (True/False's values). */
void int_runtime_init(void);

/* A read-only GMP view of any int (tagged or heap) without allocating: `v` provides the
 * storage for a tagged value. Valid while r lives; never pass it as a GMP output. */
typedef struct IntView {
    mpz_t z;
    mp_limb_t limb;
} IntView;
static inline mpz_srcptr int_view(Ref r, IntView *v) {
    if (ref_is_int(r)) {
        int64_t x = ref_int(r);
        v->limb = x < 0 ? (mp_limb_t)(-(uint64_t)x) : (mp_limb_t)x;
        return mpz_roinit_n(v->z, &v->limb, x < 0 ? -1 : x > 0 ? 1 : 0);
    }
    return ((Int *)ref_obj(r))->z;
}

/* The int -mag (neg) or mag: tagged when it fits, else an Int holding its limbs inline
 * (no GMP allocation). */
Ref int_from_mag128(Thread *t, bool neg, unsigned __int128 mag);
/* Makes o's mpz view v in o's inline limb (for Ints built outside int.c: static boxes). */
static inline void int_set_inline(Int *o, int64_t v) {
    o->small[0] = v < 0 ? -(uint64_t)v : (uint64_t)v;
    o->z->_mp_alloc = 0;
    o->z->_mp_size = v < 0 ? -1 : v > 0;
    o->z->_mp_d = o->small;
}

/* Freed exact Ints whose limbs live inline (nothing for GMP to free; z keeps viewing them:
 * _mp_d == small, _mp_alloc == 0, as everywhere such Ints are made) wait on the thread's
 * free list (t->int_freelist, linked through ob_type), at most INT_FREELIST_MAX of them;
 * int_release_freelist empties it when the thread ends. Inline here for the legacy C
 * API, whose boxes come and go on every call. */
#define INT_FREELIST_MAX 100
void int_release_freelist(Thread *t);
/* An Int off t's free list (refcount 1, value unset); NULL when the list is empty. */
static inline Int *int_freelist_pop(Thread *t) {
    Object *o = t->int_freelist;
    if (!o) return NULL;
    t->int_freelist = (Object *)o->ob_type;
    t->int_freelist_len--;
    o->ob_refcnt = 1;
    o->ob_type = &int_type;
    return (Int *)o;
}
/* Takes o, an unreferenced exact Int with inline limbs; false (o untouched) when full. */
static inline bool int_freelist_push(Thread *t, Object *o) {
    if (t->int_freelist_len >= INT_FREELIST_MAX) return false;
    o->ob_type = (Type *)t->int_freelist;
    t->int_freelist = o;
    t->int_freelist_len++;
    return true;
}

/* A heap Int holding v with its limb inline, even when v would fit a tagged Ref (the boxes
 * the legacy C API hands out). NULL with MemoryError on failure. */
Object *int_box_i64_alloc(Thread *t, int64_t v);   /* the same, the free list empty */
static inline Object *int_box_i64(Thread *t, int64_t v) {
    Int *o = int_freelist_pop(t);
    if (!o) return int_box_i64_alloc(t, v);
    /* A listed Int still views its inline limbs (_mp_d == small, _mp_alloc == 0). */
    o->small[0] = v < 0 ? -(uint64_t)v : (uint64_t)v;
    o->z->_mp_size = v < 0 ? -1 : v > 0;
    return &o->ob;
}
/* Drops a reference to o; the last one to a box puts it straight back on t's free list
 * (what int_dealloc does, without going through obj_dealloc). */
static inline void int_box_release(Thread *t, Object *o) {
    Int *i = (Int *)o;
    if (o->ob_refcnt == 1 && o->ob_type == &int_type && i->z->_mp_d == i->small && int_freelist_push(t, o)) return;
    obj_decref(o);
}

/* Steals a freshly computed Int: returns it, or the equal tagged Ref (freeing it) when the
 * value fits in 63 bits. NULL gives REF_NULL. */
Ref int_normalize(Thread *t, Int *o);
/* A new exact-int heap object with value 0 (for results computed into its mpz). */
Int *int_alloc(Thread *t);
/* Largest value we agree to build, in GMP limbs (GMP's own mpz limit is INT_MAX limbs). */
#define INT_MAX_LIMBS ((uint64_t)1 << 30)
/* int_alloc with room for a result of `limbs` limbs reserved up front: MemoryError (NULL)
 * instead of a GMP abort when that much memory, or GMP's scratch space for it, is not
 * available. */
Int *int_alloc_limbs(Thread *t, uint64_t limbs);
/* Limbs of |r| (tagged values count one). */
static inline uint64_t int_limbs(Ref r) {
    return ref_is_int(r) ? 1 : (uint64_t)mpz_size(((Int *)ref_obj(r))->z);
}

/* The remaining operators, Python semantics; both operands must be ints. */
Ref int_floordiv(Thread *t, Ref a, Ref b);        /* ZeroDivisionError on 0 */
Ref int_mod(Thread *t, Ref a, Ref b);
Ref int_divmod(Thread *t, Ref a, Ref b);          /* a tuple */
Ref int_true_divide(Thread *t, Ref a, Ref b);     /* correctly rounded float */
Ref int_pow(Thread *t, Ref a, Ref b, Ref m /* REF_NULL or None: no modulus */);
Ref int_neg(Thread *t, Ref a);
Ref int_invert(Thread *t, Ref a);
Ref int_lshift(Thread *t, Ref a, Ref b);
Ref int_rshift(Thread *t, Ref a, Ref b);
Ref int_and(Thread *t, Ref a, Ref b);
Ref int_or(Thread *t, Ref a, Ref b);
Ref int_xor(Thread *t, Ref a, Ref b);
Ref int_abs(Thread *t, Ref a);
/* An exact int with the value of an int subclass instance (dup for exact ints). */
Ref int_exact(Thread *t, Ref r);

/* Bits of |r| (int.bit_length). */
uint64_t int_bit_length(Ref r);
/* Correctly rounded conversion: r == m * 2**e with 0.5 <= |m| < 1 (m == 0 for 0), m
 * rounded to 53 bits (then possibly == 1.0, exponent adjusted). Never fails. */
double int_frexp(Ref r, int64_t *e);

/* int(x) for one argument; int(x, base) for a str/bytes/bytearray x. */
Ref int_from_object(Thread *t, Ref x);
Ref int_from_object_base(Thread *t, Ref x, int base);
/* int(s, base) for a str object: Unicode decimal digits and white space are accepted;
 * the error message shows repr(s). */
Ref int_from_str_obj(Thread *t, Object *s, int base);
/* An instance of an int subclass `type` with value v (borrowed). */
Ref int_subtype_new(Thread *t, Type *type, Ref v);

/* Text of an int in base 2, 8, 10 or 16 with Python's prefix when `prefix` ("0b", "0o",
 * "0x"; the sign goes first: -0x1f). Base 10 honours int_max_str_digits. */
Object *int_to_base_str(Thread *t, Ref r, int base, bool prefix);
/* format(int, spec) / int.__format__. spec is a str. */
Object *int_format(Thread *t, Ref r, Object *spec);

/* Maps a str's Unicode decimal digits to ASCII and its white space to ' ' (non-ASCII
 * characters that are neither become 0x7f): the canonical text int(), float() and
 * complex() parse. Returns a mem_alloc'd NUL-terminated buffer (mem_free it). */
char *int_numeric_ascii(Thread *t, Object *s, size_t *len_out);

#endif
