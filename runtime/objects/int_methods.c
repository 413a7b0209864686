/* int's methods, attributes, constructor and the type object. */
#include "spry.h"
#include "objects/int_impl.h"

/* Argument Clinic's wording for an unknown keyword ("'x' is an invalid keyword argument
 * for int()"), checked before args_parse so built-ins read like CPython's. */
bool num_check_kwnames(Thread *t, const ArgSpec *spec, Object *kwnames) {
    if (!kwnames) return true;
    for (intptr_t i = 0; i < tuple_size(kwnames); i++) {
        Object *k = ref_obj(tuple_get(kwnames, i));
        bool known = false;
        for (const char *const *n = spec->names; *n && !known; n++)
            known = **n && str_eq_cstr(k, *n);
        if (!known) {
            err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                       spec->fname);
            return false;
        }
    }
    return true;
}

/* ---- int(x=0, /, base=10) ------------------------------------------------------------- */

static const char *const int_new_names[] = {"", "base", NULL};
static const ArgSpec int_new_spec = {"int", int_new_names, 0, -1};

static Ref int_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Ref a[2];
    if (!num_check_kwnames(t, &int_new_spec, kwnames) ||
        !args_parse(t, &int_new_spec, args, nargs, kwnames, a))
        return REF_NULL;
    Ref v;
    if (ref_is_null(a[1])) {
        v = ref_is_null(a[0]) ? ref_from_int(0) : int_from_object(t, a[0]);
    } else {
        if (ref_is_null(a[0])) return err_set(t, &exc_TypeError, "int() missing string argument");
        intptr_t base = obj_as_ssize(t, a[1], NULL);
        if (base == -1 && err_occurred(t)) return REF_NULL;
        if (base != 0 && (base < 2 || base > 36))
            return err_set(t, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        v = int_from_object_base(t, a[0], (int)base);
    }
    if (ref_is_null(v) || type == &int_type) return v;
    Ref r = int_subtype_new(t, type, v);
    ref_close(v);
    return r;
}

/* ---- simple methods and attributes ------------------------------------------------------ */

static Ref int_self(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "int method", nargs, kwnames)) return REF_NULL;
    return int_exact(t, self);
}

static Ref int_get_self(Thread *t, Ref self, void *closure) { return int_exact(t, self); }
static Ref int_get_zero(Thread *t, Ref self, void *closure) { return ref_from_int(0); }
static Ref int_get_one(Thread *t, Ref self, void *closure) { return ref_from_int(1); }

static Ref int_bit_length_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "bit_length", nargs, kw)) return REF_NULL;
    return int_from_u64(t, int_bit_length(self));
}

static Ref int_bit_count_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "bit_count", nargs, kw)) return REF_NULL;
    if (ref_is_int(self)) {
        int64_t v = ref_int(self);
        return ref_from_int(__builtin_popcountll(v < 0 ? -(uint64_t)v : (uint64_t)v));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, ((Int *)ref_obj(self))->z);
    mp_bitcnt_t n = mpz_popcount(a);
    mpz_clear(a);
    return int_from_u64(t, n);
}

static Ref int_as_integer_ratio(Thread *t, Ref self, const Ref *args, size_t nargs,
                                Object *kw) {
    if (!args_none(t, "as_integer_ratio", nargs, kw)) return REF_NULL;
    Ref items[2] = {int_exact(t, self), ref_from_int(1)};
    if (ref_is_null(items[0])) return REF_NULL;
    return ref_from_obj(tuple_from_array_steal(t, items, 2));
}

static Ref int_getnewargs(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__getnewargs__", nargs, kw)) return REF_NULL;
    Ref v = int_exact(t, self);
    if (ref_is_null(v)) return REF_NULL;
    return ref_from_obj(tuple_from_array_steal(t, &v, 1));
}

static Ref int_sizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "__sizeof__", nargs, kw)) return REF_NULL;
    uint64_t nd = (int_bit_length(self) + 29) / 30;
    if (nd == 0) nd = 1;
    int64_t extra = 0;
    if (ref_is_obj(self)) extra = ref_obj(self)->ob_type->tp_basicsize - (int64_t)sizeof(Int);
    return int_from_i64(t, 24 + 4 * (int64_t)nd + extra);
}

static Ref int_format_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__format__", nargs, kw)) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return ref_from_obj(int_format(t, self, ref_obj(args[0])));
}

static Ref int_divmod_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__divmod__", nargs, kw)) return REF_NULL;
    return int_nb_divmod(t, self, args[0]);
}

static Ref int_rdivmod_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__rdivmod__", nargs, kw)) return REF_NULL;
    return int_nb_divmod(t, args[0], self);
}

/* round(int, ndigits): ndigits >= 0 leaves the value; a negative one rounds to a multiple
 * of 10**-ndigits, ties to even. */
Ref int_round_impl(Thread *t, Ref self, Ref ndigits) {
    if (ref_is_null(ndigits) || ref_is_none(ndigits)) return int_exact(t, self);
    Ref nd = obj_index(t, ndigits);
    if (ref_is_null(nd)) return REF_NULL;
    int sgn = int_sign(nd);
    if (sgn >= 0) {
        ref_close(nd);
        return int_exact(t, self);
    }
    IntView vs;
    mpz_srcptr z = int_view(self, &vs);
    int overflow;
    int64_t n = int_as_i64_overflow(nd, &overflow);
    ref_close(nd);
    if (overflow || mpz_sgn(z) == 0 || (uint64_t)-n > mpz_sizeinbase(z, 10) + 1)
        return ref_from_int(0);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    mpz_fdiv_qr(q, r, z, p);          /* z = q*p + r, 0 <= r < p */
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    Ref res = int_from_mpz(t, q);
    mpz_clears(p, q, r, NULL);
    return res;
}

static Ref int_round_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "__round__", nargs, kw, 0, 1)) return REF_NULL;
    return int_round_impl(t, self, nargs ? args[0] : REF_NULL);
}

/* ---- to_bytes / from_bytes ------------------------------------------------------------ */

static int parse_byteorder(Thread *t, const char *fname, Ref v, bool *little) {
    if (ref_is_null(v)) {
        *little = false;
        return 0;
    }
    if (!str_check(v)) {
        err_format(t, &exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
        return -1;
    }
    if (str_eq_cstr(ref_obj(v), "little")) *little = true;
    else if (str_eq_cstr(ref_obj(v), "big")) *little = false;
    else {
        err_set(t, &exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static const char *const to_bytes_names[] = {"length", "byteorder", "signed", NULL};
static const ArgSpec to_bytes_spec = {"to_bytes", to_bytes_names, 0, 2};

static Ref int_to_bytes(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref a[3];
    if (!num_check_kwnames(t, &to_bytes_spec, kw) ||
        !args_parse(t, &to_bytes_spec, args, nargs, kw, a))
        return REF_NULL;
    intptr_t length = 1;
    if (!ref_is_null(a[0])) {
        length = obj_as_ssize(t, a[0], &exc_OverflowError);
        if (length == -1 && err_occurred(t)) return REF_NULL;
    }
    if (length < 0) return err_set(t, &exc_ValueError, "length argument must be non-negative");
    bool little, is_signed = false;
    if (parse_byteorder(t, "to_bytes", a[1], &little) < 0) return REF_NULL;
    if (!ref_is_null(a[2])) {
        int b = obj_truthy(t, a[2]);
        if (b < 0) return REF_NULL;
        is_signed = b;
    }
    IntView vs;
    mpz_srcptr z = int_view(self, &vs);
    if (mpz_sgn(z) < 0 && !is_signed)
        return err_set(t, &exc_OverflowError, "can't convert negative int to unsigned");
    /* Range check: the two's complement value must fit in 8*length bits. */
    mpz_t u;
    mpz_init(u);
    bool fits;
    if (mpz_sgn(z) < 0) {
        /* -2**(8L-1) <= z  <=>  ~z = -z-1 < 2**(8L-1) */
        mpz_com(u, z);
        fits = length > 0 && mpz_sizeinbase(u, 2) <= (size_t)length * 8 - 1 + (mpz_sgn(u) == 0);
        if (fits) {
            mpz_set_ui(u, 1);
            mpz_mul_2exp(u, u, (mp_bitcnt_t)length * 8);
            mpz_add(u, u, z);
        }
    } else {
        size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
        fits = bits + (is_signed ? 1 : 0) <= (size_t)length * 8 || bits == 0;
        mpz_set(u, z);
    }
    if (!fits) {
        mpz_clear(u);
        return err_set(t, &exc_OverflowError, "int too big to convert");
    }
    Object *b = bytes_new_uninit(t, length);
    if (!b) {
        mpz_clear(u);
        return REF_NULL;
    }
    unsigned char *d = (unsigned char *)bytes_data(b);
    memset(d, 0, (size_t)length);
    size_t count = 0;
    if (mpz_sgn(u)) {
        size_t need = (mpz_sizeinbase(u, 2) + 7) / 8;
        /* Big-endian into the tail, or little-endian into the head. */
        if (little)
            mpz_export(d, &count, -1, 1, 0, 0, u);
        else
            mpz_export(d + (size_t)length - need, &count, 1, 1, 0, 0, u);
    }
    mpz_clear(u);
    return ref_from_obj(b);
}

static const char *const from_bytes_names[] = {"bytes", "byteorder", "signed", NULL};
static const ArgSpec from_bytes_spec = {"from_bytes", from_bytes_names, 1, 2};

static Ref int_from_bytes(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kw) {
    Ref a[3];
    if (!num_check_kwnames(t, &from_bytes_spec, kw) ||
        !args_parse(t, &from_bytes_spec, args, nargs, kw, a))
        return REF_NULL;
    bool little, is_signed = false;
    if (parse_byteorder(t, "from_bytes", a[1], &little) < 0) return REF_NULL;
    if (!ref_is_null(a[2])) {
        int b = obj_truthy(t, a[2]);
        if (b < 0) return REF_NULL;
        is_signed = b;
    }
    Ref data;
    if (ref_is_obj(a[0]) && ref_obj(a[0])->ob_type == &bytes_type)
        data = ref_dup(a[0]);
    else if (str_check(a[0]) || int_check(a[0]))   /* bytes() would encode / zero-fill */
        return err_format(t, &exc_TypeError, "cannot convert '%T' object to bytes", a[0]);
    else
        data = obj_call1(t, ref_immortal(&bytes_type), a[0]);
    if (ref_is_null(data)) return REF_NULL;
    Object *bo = ref_obj(data);
    size_t n = (size_t)bytes_size(bo);
    Int *o = int_alloc(t);
    if (!o) {
        ref_close(data);
        return REF_NULL;
    }
    if (n) mpz_import(o->z, n, little ? -1 : 1, 1, 0, 0, bytes_data(bo));
    if (is_signed && n) {
        unsigned char top = (unsigned char)bytes_data(bo)[little ? n - 1 : 0];
        if (top & 0x80) {
            mpz_t p;
            mpz_init_set_ui(p, 1);
            mpz_mul_2exp(p, p, (mp_bitcnt_t)n * 8);
            mpz_sub(o->z, o->z, p);
            mpz_clear(p);
        }
    }
    ref_close(data);
    Ref v = int_normalize(t, o);
    if (ref_is_null(v)) return v;
    if (ref_is_object(cls, &int_type)) return v;
    Ref r = obj_call1(t, cls, v);
    ref_close(v);
    return r;
}

/* ---- the type ------------------------------------------------------------------------- */

static const MethodDef int_methods[] = {
    {"conjugate", int_self, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length_m, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count_m, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, 0, "Return integer ratio."},
    {"__trunc__", int_self, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_self, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_self, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_round_m, 0, "Rounding an Integral returns itself.\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {"__format__", int_format_m, 0, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof, 0, "Returns size in memory, in bytes."},
    {"__divmod__", int_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", int_rdivmod_m, 0, "Return divmod(value, self)."},
    {NULL},
};

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL},
};

static Ref int_neg_slot(Thread *t, Ref a) { return int_neg(t, a); }
static Ref int_abs_slot(Thread *t, Ref a) { return int_abs(t, a); }
static Ref int_invert_slot(Thread *t, Ref a) { return int_invert(t, a); }

Type int_type = {
    TYPE_HEAD_INIT,
    .tp_name = "int",
    .tp_basicsize = sizeof(Int),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_LONG_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
              "Convert a number or string to an integer, or return 0 if no arguments\n"
              "are given.",
    .tp_dealloc = int_dealloc,
    .tp_free = obj_free,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .bool_ = int_bool,
    .neg = int_neg_slot,
    .pos = int_pos_slot,
    .abs = int_abs_slot,
    .invert = int_invert_slot,
    .index = int_pos_slot,
    .int_ = int_pos_slot,
    .float_ = int_float_slot,
    .nb = {
        [NB_ADD] = int_nb_add,
        [NB_SUBTRACT] = int_nb_sub,
        [NB_MULTIPLY] = int_nb_mul,
        [NB_FLOOR_DIVIDE] = int_nb_floordiv,
        [NB_REMAINDER] = int_nb_mod,
        [NB_TRUE_DIVIDE] = int_nb_truediv,
        [NB_POWER] = int_nb_pow,
        [NB_LSHIFT] = int_nb_lshift,
        [NB_RSHIFT] = int_nb_rshift,
        [NB_AND] = int_nb_and,
        [NB_OR] = int_nb_or,
        [NB_XOR] = int_nb_xor,
    },
    .power3 = int_power3,
    .methods = int_methods,
    .getsets = int_getsets,
};
