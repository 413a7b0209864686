/* int and bool. Small ints are tagged Refs (core/ref.h); larger ones are heap `Int`s
 * holding a GMP integer. Every operation accepts both forms and returns the tagged form
 * whenever the result fits in 63 bits. Owner: objects/int.c, objects/bool.c. */
#ifndef SPRY_OBJECTS_INT_H
#define SPRY_OBJECTS_INT_H
#include <gmp.h>
#include "core/object.h"

typedef struct Int {
    Object ob;
    mpz_t z;
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

#endif
