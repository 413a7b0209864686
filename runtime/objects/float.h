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

/* ---- additions by the numbers engineer (objects/float*.c, objects/complex.c) ---------- */

bool float_check(Ref r);                          /* float or subclass */
bool complex_check(Ref r);                        /* complex or subclass */
static inline bool complex_check_exact(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &complex_type; }
/* float(x) for one argument (str/bytes parsing, __float__, __index__). */
Ref float_from_object(Thread *t, Ref x);
/* float(s) for a str: Python's float syntax, Unicode digits/space accepted;
 * ValueError "could not convert string to float: '...'". */
Ref float_from_str_obj(Thread *t, Object *s);
/* format(float, spec) / float.__format__: spec is a str. */
Object *float_format(Thread *t, double v, Object *spec);
/* complex(x) / complex(real, imag) semantics and repr. */
Ref complex_from_object(Thread *t, Ref real, Ref imag /* REF_NULL: not given */);
Object *complex_repr_str(Thread *t, double real, double imag);
/* (ar + ai*j) ** (br + bi*j) with Python's rules and errors. */
Ref complex_pow_values(Thread *t, double ar, double ai, double br, double bi);

#endif
