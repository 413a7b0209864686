/* Fast exact conversions between doubles and decimal text, used by float repr, fixed-point
 * formatting and float(str). Owner: objects/float_digits.c. Each function either produces
 * the exactly right answer or declines (returns false / -1), leaving the caller to its
 * general (libc-based) path. */
#ifndef SPRY_OBJECTS_FLOAT_DIGITS_H
#define SPRY_OBJECTS_FLOAT_DIGITS_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif
#include <stdbool.h>
#include <stdint.h>

/* The shortest decimal f * 10**exp10 (f without trailing zeros) that reads back as v, the
 * closest to v among equally short ones (ties to an even f). v must be finite and > 0;
 * declines subnormals. */
bool float_shortest_decimal(double v, uint64_t *f, int *exp10);

/* The text of "%.*f" % (prec, a) (a >= 0 finite; '#' keeps the point when prec is 0),
 * correctly rounded, into out. Returns its length, or -1 when a or prec is out of the
 * fast range (a >= 2**63 or prec > 17). */
#define FLOAT_FIXED_MAX 48
int float_fixed_text(double a, int prec, bool alternate, char out[FLOAT_FIXED_MAX]);

/* Parses s (NUL-terminated: digits, an optional '.' and digits, an optional exponent; no
 * sign, no underscores) when one exact IEEE operation gives the correctly rounded value
 * (at most 19 significant digits, value below 2**53, power of ten up to 22). */
bool float_parse_fast(const char *s, double *out);

#endif
