/* float and complex. Owner: objects/float.c, objects/complex.c. */
#ifndef SPRY_OBJECTS_FLOAT_H
#define SPRY_OBJECTS_FLOAT_H
#include "core/object.h"

typedef struct Float {
    Object ob;
    double value;
} Float;

typedef struct Complex {
    Object ob;
    double real, imag;
} Complex;

extern Type float_type, complex_type;

static inline bool float_check_exact(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &float_type; }
Ref float_from_double(Thread *t, double v);
static inline double float_value(Ref r) { return ((Float *)ref_obj(r))->value; }
/* float(x) conversion of any value (float, int, __float__, __index__): -1.0 + error set
 * on failure (check err_occurred). */
double float_as_double(Thread *t, Ref r);
/* repr(float): shortest string that round-trips, Python's formatting rules. */
Object *float_repr_str(Thread *t, double v);
int64_t float_hash(double v);                     /* CPython's numeric hash */
Ref complex_from_doubles(Thread *t, double real, double imag);

#endif
