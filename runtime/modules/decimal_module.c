/* _decimal_core: the type _DecimalBase that decimal.Decimal derives from (the storage of
 * a Decimal) and the fast paths of construction, str(), + - * / // % divmod, ** (integral
 * exponents), unary - + abs, comparisons and quantize. Each slot falls back to the Python
 * method decimal.py defines for the same job (named in the tables below) when its fast
 * path declines. */
#include "modules/decimal_core.h"
#include "modules/modules.h"
#include "objects/shape.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static inline bool is_dec(Ref r) {
    if (!ref_is_obj(r)) return false;
    /* decimal.Decimal derives directly from the base: no walk up its bases */
    Type *tp = ref_type(r);
    return tp->tp_base == &decimal_base_type || type_is_subtype(tp, &decimal_base_type);
}

Type *dec_first_subclass(Type *cls, Type *base) {
    while (cls != base && cls->tp_base != base) cls = cls->tp_base;
    return cls;
}

Type *dec_result_class(Type *cls) { return dec_first_subclass(cls, &decimal_base_type); }

/* Freed Decimals of the plain layout (decimal.Decimal's: nothing past the Dec fields, no
 * GC header) wait on the thread's free list (t->dec_freelist, linked through ob_type),
 * so arithmetic rarely reaches the allocator. */
#define DEC_FREELIST_MAX 100

static bool plain_layout(Type *cls) {
    return cls->tp_basicsize == (intptr_t)sizeof(Dec) && !type_has_flag(cls, TPFLAG_HAVE_GC);
}

static Object *dec_take_free(Thread *t, Type *cls) {
    Object *o = t->dec_freelist;
    if (!o || !plain_layout(cls)) return NULL;
    t->dec_freelist = (Object *)o->ob_type;
    t->dec_freelist_len--;
    o->ob_refcnt = 1;
    o->ob_type = cls;
    if (type_has_flag(cls, TPFLAG_HEAPTYPE)) obj_incref((Object *)cls);
    return o;
}

void decimal_release_freelist(Thread *t) {
    while (t->dec_freelist) {
        Object *o = t->dec_freelist;
        t->dec_freelist = (Object *)o->ob_type;
        mem_free(o);
    }
    t->dec_freelist_len = 0;
}

static Ref dec_alloc(Thread *t, Type *cls, int sign, Ref coef, Ref exp, bool special) {
    Object *o = dec_take_free(t, cls);
    if (!o && !(o = instance_alloc(t, cls))) return REF_NULL;
    Dec *d = (Dec *)o;
    d->coef = ref_dup(coef);
    d->exp = ref_dup(exp);
    d->sign = (uint8_t)sign;
    d->special = special;
    if (type_has_flag(cls, TPFLAG_HAVE_GC)) gc_track(o);
    return ref_from_obj(o);
}

Ref dec_new_finite(Thread *t, Type *cls, int sign, Ref coef, int64_t exp) {
    return dec_alloc(t, cls, sign, coef, ref_from_int(exp), false);
}

/* The two low limbs of |z|. */
static unsigned __int128 low_limbs(mpz_srcptr z) {
    return (unsigned __int128)mpz_getlimbn(z, 1) << 64 | mpz_getlimbn(z, 0);
}

Ref dec_from_num(Thread *t, Type *cls, DecNum *x) {
    if (x->inf) {
        Object *f = str_from_cstr(t, "F");
        if (!f) return REF_NULL;
        Ref r = dec_alloc(t, cls, x->sign, ref_from_int(0), ref_from_obj(f), true);
        obj_decref(f);
        return r;
    }
    Ref coef;
    if (mpz_size(x->coef) <= 2) {
        coef = int_from_mag128(t, false, low_limbs(x->coef));
    } else {
        /* the int takes over x's digits: no copy */
        Int *o = int_alloc(t);
        if (!o) return REF_NULL;
        mpz_swap(o->z, x->coef);
        coef = ref_from_obj(&o->ob);
    }
    if (ref_is_null(coef)) return REF_NULL;
    Ref r = dec_new_finite(t, cls, x->sign, coef, x->exp);
    ref_close(coef);
    return r;
}

/* x's coefficient: a read-only view of the magnitude of the int c. */
static inline void view_magnitude(DecNum *x, Ref c) {
    if (ref_is_int(c)) {
        int64_t i = ref_int(c);
        x->limb = i < 0 ? (mp_limb_t)(-(uint64_t)i) : (mp_limb_t)i;
        x->coef[0] = ((mpz_t)MPZ_ROINIT_N(&x->limb, x->limb != 0))[0];
    } else {
        IntView unused;      /* a big int's digits are its own */
        mpz_srcptr z = int_view(c, &unused);
        x->coef[0] = ((mpz_t)MPZ_ROINIT_N((mp_limb_t *)mpz_limbs_read(z), (mp_size_t)mpz_size(z)))[0];
    }
}

bool dec_load(Ref v, DecNum *x) {
    x->inf = false;
    if (!is_dec(v)) {
        if (!ref_is_int(v) && !(ref_is_obj(v) && int_check_exact(v))) return false;
        view_magnitude(x, v);
        x->sign = int_sign(v) < 0;
        x->exp = 0;
        return true;
    }
    Dec *d = DEC(v);
    if (d->special || !ref_is_int(d->exp)) return false;
    int64_t e = ref_int(d->exp);
    if (e > DEC_EXP_LIMIT || e < -DEC_EXP_LIMIT) return false;
    view_magnitude(x, d->coef);
    x->sign = d->sign;
    x->exp = e;
    return true;
}

/* The magnitude of the int c when it is below 2**128. */
static inline bool small_magnitude(Ref c, unsigned __int128 *out) {
    if (ref_is_int(c)) {
        int64_t i = ref_int(c);
        *out = i < 0 ? -(uint64_t)i : (uint64_t)i;
        return true;
    }
    mpz_srcptr z = ((Int *)ref_obj(c))->z;
    if (mpz_size(z) > 2) return false;
    *out = low_limbs(z);
    return true;
}

bool dec_small_load(Ref v, DecSmall *x) {
    if (!is_dec(v)) {
        if (!ref_is_int(v) && !(ref_is_obj(v) && int_check_exact(v))) return false;
        x->sign = int_sign(v) < 0;
        x->exp = 0;
        return small_magnitude(v, &x->coef);
    }
    Dec *d = DEC(v);
    if (d->special || !ref_is_int(d->exp)) return false;
    int64_t e = ref_int(d->exp);
    if (e > DEC_EXP_LIMIT || e < -DEC_EXP_LIMIT) return false;
    x->sign = d->sign;
    x->exp = e;
    return small_magnitude(d->coef, &x->coef);
}

Ref dec_from_small(Thread *t, Type *cls, const DecSmall *x) {
    Ref coef = int_from_mag128(t, false, x->coef);
    if (ref_is_null(coef)) return REF_NULL;
    Ref r = dec_new_finite(t, cls, x->sign, coef, x->exp);
    ref_close(coef);
    return r;
}

/* ---- falling back to Python --------------------------------------------------------- */

Ref dec_call_py(Thread *t, Ref self, const char *name, const Ref *args, size_t nargs) {
    Object *n = str_from_cstr(t, name);
    if (!n) return REF_NULL;
    Ref r = obj_call_method(t, self, n, args, nargs);
    obj_decref(n);
    return r;
}

/* The current context of cls's Decimals read into *ctx (ctx->obj owned by the caller
 * through *holder): 1 usable, 0 use Python, -1 error. */
static int current(Thread *t, Type *cls, DecCtx *ctx, Ref *holder) {
    *holder = dec_current_context(t, cls);
    if (ref_is_null(*holder)) return -1;
    return dec_read_context(*holder, ctx);
}

/* Runs one fast path: 1 result in *out, 0 declined, -1 error. */
typedef int (*FastOp)(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *out, unsigned *conds);
typedef int (*SmallOp)(const DecSmall *a, const DecSmall *b, const DecCtx *ctx, DecSmall *out,
                       unsigned *conds);

static int sub_op(DecNum *a, DecNum *b, const DecCtx *ctx, DecNum *out, unsigned *conds) {
    b->sign ^= 1;
    return dec_fast_add(a, b, ctx, out, conds);
}

static int small_sub(const DecSmall *a, const DecSmall *b, const DecCtx *ctx, DecSmall *out,
                     unsigned *conds) {
    DecSmall negated = *b;
    negated.sign ^= 1;
    return dec_small_add(a, &negated, ctx, out, conds);
}

/* a op b in machine arithmetic when both coefficients are small: 1 result in *out, 0
 * declined, -1 error. */
static int run_small(Thread *t, Type *cls, Ref a, Ref b, SmallOp op, const DecCtx *ctx, Ref *out) {
    DecSmall x, y, z;
    unsigned conds;
    if (!dec_small_load(a, &x) || !dec_small_load(b, &y) || !op(&x, &y, ctx, &z, &conds) ||
        dec_signal(ctx, conds))
        return 0;
    *out = dec_from_small(t, cls, &z);
    return ref_is_null(*out) ? -1 : 1;
}

/* a op b for two fast-path operands of class cls, or REF_NULL without an error when
 * the fast path declines. */
static Ref run_fast(Thread *t, Type *cls, Ref a, Ref b, SmallOp small, FastOp op) {
    DecNum x, y, z;
    Ref result = REF_NULL, holder = REF_NULL;
    DecCtx ctx;
    if (current(t, cls, &ctx, &holder) == 1 && run_small(t, cls, a, b, small, &ctx, &result) == 0 &&
        dec_load(a, &x) && dec_load(b, &y)) {
        unsigned conds = 0;
        dec_num_init(&z);
        int rc = op(&x, &y, &ctx, &z, &conds);
        if (rc == 1 && !dec_signal(&ctx, conds)) result = dec_from_num(t, cls, &z);
        dec_num_clear(&z);
    }
    if (!ref_is_null(holder)) ref_close(holder);
    return result;
}

enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_COUNT };
static const FastOp fast_ops[OP_COUNT] = {dec_fast_add, sub_op, dec_fast_multiply, dec_fast_divide};
static const SmallOp small_ops[OP_COUNT] = {dec_small_add, small_sub, dec_small_multiply,
                                            dec_small_divide};
static const char *const py_forward[OP_COUNT] = {"_add_py", "_sub_py", "_mul_py", "_truediv_py"};
static const char *const py_reflected[OP_COUNT] = {"_radd_py", "_rsub_py", "_rmul_py", "_rtruediv_py"};

static Ref binop(Thread *t, Ref a, Ref b, int op) {
    bool forward = is_dec(a);
    Ref self = forward ? a : b, other = forward ? b : a;
    Ref r = run_fast(t, dec_result_class(ref_type(self)), a, b, small_ops[op], fast_ops[op]);
    if (!ref_is_null(r) || err_occurred(t)) return r;
    return dec_call_py(t, self, forward ? py_forward[op] : py_reflected[op], &other, 1);
}

static Ref dec_add(Thread *t, Ref a, Ref b) { return binop(t, a, b, OP_ADD); }
static Ref dec_sub(Thread *t, Ref a, Ref b) { return binop(t, a, b, OP_SUB); }
static Ref dec_mul(Thread *t, Ref a, Ref b) { return binop(t, a, b, OP_MUL); }
static Ref dec_truediv(Thread *t, Ref a, Ref b) { return binop(t, a, b, OP_DIV); }

/* ---- integer division ------------------------------------------------------------- */

enum { DM_QUOTIENT = 1, DM_REMAINDER = 2, DM_BOTH = 3 };

/* a // b, a % b or both (a tuple) for fast-path operands, or REF_NULL (without an error
 * when declined). */
static Ref divmod_fast(Thread *t, Type *cls, Ref a, Ref b, int which) {
    DecNum x, y, q, r;
    if (!dec_load(a, &x) || !dec_load(b, &y)) return REF_NULL;
    Ref result = REF_NULL, holder = REF_NULL;
    DecCtx ctx;
    unsigned conds = 0;
    dec_num_init(&q);
    dec_num_init(&r);
    if (current(t, cls, &ctx, &holder) == 1 && dec_fast_divmod(&x, &y, &ctx, &q, &r, &conds) == 1 &&
        !dec_signal(&ctx, conds)) {
        if (which == DM_QUOTIENT) {
            result = dec_from_num(t, cls, &q);
        } else if (which == DM_REMAINDER) {
            result = dec_from_num(t, cls, &r);
        } else {
            Ref qr = dec_from_num(t, cls, &q);
            Ref rr = ref_is_null(qr) ? REF_NULL : dec_from_num(t, cls, &r);
            Object *pair = ref_is_null(rr) ? NULL : tuple_pack(t, 2, qr, rr);
            if (pair) result = ref_from_obj(pair);
            if (!ref_is_null(qr)) ref_close(qr);
            if (!ref_is_null(rr)) ref_close(rr);
        }
    }
    dec_num_clear(&q);
    dec_num_clear(&r);
    if (!ref_is_null(holder)) ref_close(holder);
    return result;
}

static const char *const py_divmod_forward[] = {NULL, "_floordiv_py", "_mod_py", "_divmod_py"};
static const char *const py_divmod_reflected[] = {NULL, "_rfloordiv_py", "_rmod_py", "_rdivmod_py"};

static Ref divmod_op(Thread *t, Ref a, Ref b, int which) {
    bool forward = is_dec(a);
    Ref self = forward ? a : b, other = forward ? b : a;
    Ref r = divmod_fast(t, dec_result_class(ref_type(self)), a, b, which);
    if (!ref_is_null(r) || err_occurred(t)) return r;
    return dec_call_py(t, self, (forward ? py_divmod_forward : py_divmod_reflected)[which], &other, 1);
}

static Ref dec_floordiv(Thread *t, Ref a, Ref b) { return divmod_op(t, a, b, DM_QUOTIENT); }
static Ref dec_mod(Thread *t, Ref a, Ref b) { return divmod_op(t, a, b, DM_REMAINDER); }

static Ref dec_divmod_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_count(t, "__divmod__", nargs, kwnames, 1, 1)) return REF_NULL;
    return divmod_op(t, self, args[0], DM_BOTH);
}

static Ref dec_rdivmod_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_count(t, "__rdivmod__", nargs, kwnames, 1, 1)) return REF_NULL;
    return divmod_op(t, args[0], self, DM_BOTH);
}

/* ---- power -------------------------------------------------------------------------- */

/* base ** exponent for an integral exponent (dec_fast_power), or REF_NULL (without an
 * error when declined). */
static Ref pow_fast(Thread *t, Type *cls, Ref base, Ref exponent) {
    DecNum a, b, z;
    int64_t n;
    if (!dec_load(base, &a) || !dec_load(exponent, &b) ||
        !dec_small_integral(&b, DEC_SHIFT_LIMIT, &n))
        return REF_NULL;
    Ref result = REF_NULL, holder = REF_NULL;
    DecCtx ctx;
    unsigned conds = 0;
    dec_num_init(&z);
    if (current(t, cls, &ctx, &holder) == 1 && dec_fast_power(&a, n, &ctx, &z, &conds) == 1 &&
        !dec_signal(&ctx, conds))
        result = dec_from_num(t, cls, &z);
    dec_num_clear(&z);
    if (!ref_is_null(holder)) ref_close(holder);
    return result;
}

static Ref dec_pow(Thread *t, Ref a, Ref b) {
    bool forward = is_dec(a);
    Ref self = forward ? a : b, other = forward ? b : a;
    Ref r = pow_fast(t, dec_result_class(ref_type(self)), a, b);
    if (!ref_is_null(r) || err_occurred(t)) return r;
    return dec_call_py(t, self, forward ? "_pow_py" : "_rpow_py", &other, 1);
}

/* pow(a, b, m): Python's job whenever there is a modulus. */
static Ref dec_power3(Thread *t, Ref a, Ref b, Ref m) {
    if (ref_is_null(m) || ref_is_none(m)) return dec_pow(t, a, b);
    Ref args[2] = {is_dec(a) ? b : a, m};
    if (is_dec(a)) return dec_call_py(t, a, "_pow_py", args, 2);
    if (is_dec(b)) return dec_call_py(t, b, "_rpow_py", args, 2);
    return REF_NOTIMPLEMENTED;
}

/* ---- unary operators ---------------------------------------------------------------- */

enum { UN_NEG, UN_POS, UN_ABS };
static const char *const py_unary[] = {"_neg_py", "_pos_py", "_abs_py"};

/* The sign of -x, +x or abs(x) for x of sign `sign`. */
static int unary_sign(int which, int sign, bool zero, int rounding) {
    if (which == UN_NEG) return zero ? rounding == RND_FLOOR && !sign : !sign;
    if (which == UN_POS) return zero ? rounding == RND_FLOOR && sign : sign;
    return 0;
}

/* -self, +self or abs(self) when self needs no rounding and raises nothing under ctx:
 * a new Decimal sharing self's coefficient (ints never change), or REF_NULL without an
 * error when it may need more. */
static Ref unary_shared(Thread *t, Type *cls, Ref self, int which, const DecCtx *ctx) {
    Dec *d = DEC(self);
    if (d->special || !ref_is_int(d->exp)) return REF_NULL;
    int64_t e = ref_int(d->exp), prec = ctx->prec;
    int64_t top = ctx->clamp ? ctx->emax - prec + 1 : ctx->emax;
    bool zero = ref_is_int(d->coef) && ref_int(d->coef) == 0;
    if (zero) {
        if (e < ctx->emin - prec + 1 || e > top) return REF_NULL;
    } else {
        int64_t lo, hi;
        if (ref_is_int(d->coef)) {
            lo = hi = dec_ndigits_u64((uint64_t)ref_int(d->coef));
        } else {
            IntView unused;
            dec_ndigits_bounds(int_view(d->coef, &unused), &lo, &hi);
        }
        /* as dec_finish: no rounding, no overflow, not subnormal, nothing to clamp */
        if (hi > prec || e + hi - 1 > ctx->emax || e + lo - 1 < ctx->emin ||
            (ctx->clamp && e > top))
            return REF_NULL;
    }
    return dec_alloc(t, cls, unary_sign(which, d->sign, zero, ctx->rounding), d->coef, d->exp, false);
}

/* -self, +self or abs(self) rounded to ctx, or REF_NULL (without an error when declined). */
static Ref unary_fast(Thread *t, Type *cls, Ref self, int which, const DecCtx *ctx) {
    Ref shared = unary_shared(t, cls, self, which, ctx);
    if (!ref_is_null(shared) || err_occurred(t)) return shared;
    unsigned conds;
    DecSmall s;
    if (dec_small_load(self, &s)) {
        s.sign = unary_sign(which, s.sign, s.coef == 0, ctx->rounding);
        if (dec_small_finish(&s, ctx, ctx->rounding, &conds))
            return dec_signal(ctx, conds) ? REF_NULL : dec_from_small(t, cls, &s);
    }
    DecNum v, x;
    if (!dec_load(self, &v)) return REF_NULL;
    /* rounded in place: x is v's own copy */
    dec_num_init(&x);
    mpz_set(x.coef, v.coef);
    x.sign = unary_sign(which, v.sign, mpz_sgn(x.coef) == 0, ctx->rounding);
    x.exp = v.exp;
    conds = dec_finish(&x, ctx, ctx->rounding);
    Ref result = dec_signal(ctx, conds) ? REF_NULL : dec_from_num(t, cls, &x);
    dec_num_clear(&x);
    return result;
}

static Ref unary(Thread *t, Ref self, int which) {
    Type *cls = dec_result_class(ref_type(self));
    Ref result = REF_NULL, holder = REF_NULL;
    DecCtx ctx;
    if (current(t, cls, &ctx, &holder) == 1) result = unary_fast(t, cls, self, which, &ctx);
    if (!ref_is_null(holder)) ref_close(holder);
    if (!ref_is_null(result) || err_occurred(t)) return result;
    return dec_call_py(t, self, py_unary[which], NULL, 0);
}

static Ref dec_neg(Thread *t, Ref a) { return unary(t, a, UN_NEG); }
static Ref dec_pos(Thread *t, Ref a) { return unary(t, a, UN_POS); }
static Ref dec_abs(Thread *t, Ref a) { return unary(t, a, UN_ABS); }

/* ---- comparisons -------------------------------------------------------------------- */

static const char *const py_compare[] = {"_lt_py", "_le_py", "_eq_py", "_ne_py", "_gt_py", "_ge_py"};

/* The order of the finite Decimal x and the float f, or 2 when Python decides (a NaN or
 * an infinity, or a trapped FloatOperation). Like CPython, == and != only record the
 * FloatOperation flag, while an ordering signals it. */
static int compare_float(Thread *t, Type *cls, DecNum *x, double f, int op, bool *failed) {
    Ref holder = REF_NULL;
    DecCtx ctx;
    DecNum y;
    int c = 2;
    int rc = current(t, cls, &ctx, &holder);
    if (rc < 0) *failed = true;
    if (rc == 1) {
        if (op == CMP_EQ || op == CMP_NE)
            ctx.obj->flag_bits |= SIG_FLOAT;
        else if (dec_signal(&ctx, SIG_FLOAT))
            rc = 0;
    }
    dec_num_init(&y);
    if (rc == 1 && dec_num_from_double(f, &y)) c = dec_compare(x, &y);
    dec_num_clear(&y);
    if (!ref_is_null(holder)) ref_close(holder);
    return c;
}

static Ref dec_richcompare(Thread *t, Ref a, Ref b, int op) {
    DecNum x, y;
    int c = 2;
    if (dec_load(a, &x)) {
        if (dec_load(b, &y)) {
            c = dec_compare(&x, &y);
        } else if (float_check(b) && isfinite(float_value(b))) {
            bool failed = false;
            c = compare_float(t, dec_result_class(ref_type(a)), &x, float_value(b), op, &failed);
            if (failed) return REF_NULL;
        }
    }
    if (c == 2) return dec_call_py(t, a, py_compare[op], &b, 1);
    switch (op) {
    case CMP_LT: return ref_from_bool(c < 0);
    case CMP_LE: return ref_from_bool(c <= 0);
    case CMP_EQ: return ref_from_bool(c == 0);
    case CMP_NE: return ref_from_bool(c != 0);
    case CMP_GT: return ref_from_bool(c > 0);
    default: return ref_from_bool(c >= 0);
    }
}

/* ---- quantize ----------------------------------------------------------------------- */

/* self quantized to the exponent of the Decimal q by mode, or REF_NULL (without an error
 * when declined). */
static Ref rescale_fast(Thread *t, Type *cls, Ref self, Ref q, int mode, const DecCtx *ctx) {
    unsigned conds = 0;
    DecSmall a, b, s;
    if (dec_small_load(self, &a) && dec_small_load(q, &b) &&
        dec_small_rescale(&a, b.exp, mode, ctx, &s, &conds))
        return dec_signal(ctx, conds) ? REF_NULL : dec_from_small(t, cls, &s);
    DecNum x, e, z;
    if (!dec_load(self, &x) || !dec_load(q, &e)) return REF_NULL;
    dec_num_init(&z);
    Ref result = REF_NULL;
    if (dec_fast_rescale(&x, e.exp, mode, ctx, &z, &conds) == 1 && !dec_signal(ctx, conds))
        result = dec_from_num(t, cls, &z);
    dec_num_clear(&z);
    return result;
}

static Ref dec_quantize(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"exp", "rounding", "context", NULL};
    const ArgSpec spec = {NULL, names, 1, 3};  /* CPython: "function ..." */
    Ref v[3] = {REF_NULL, REF_NULL, REF_NULL};
    if (!kwnames && (nargs == 1 || nargs == 2)) {
        /* the usual call, quantize(exp[, rounding]), needs no parsing */
        v[0] = args[0];
        if (nargs == 2) v[1] = args[1];
    } else if (!args_parse(t, &spec, args, nargs, kwnames, v)) {
        return REF_NULL;
    }
    Type *cls = dec_result_class(ref_type(self));
    bool given_rounding = !ref_is_null(v[1]) && !ref_is_none(v[1]);
    int mode = given_rounding ? dec_rounding_of(v[1]) : -1;
    Ref result = REF_NULL, holder = REF_NULL;
    DecCtx ctx;
    bool plain_context = ref_is_null(v[2]) || ref_is_none(v[2]);
    if (plain_context && (!given_rounding || mode >= 0) && is_dec(v[0]) &&
        current(t, cls, &ctx, &holder) == 1)
        result = rescale_fast(t, cls, self, v[0], mode >= 0 ? mode : ctx.rounding, &ctx);
    if (!ref_is_null(holder)) ref_close(holder);
    if (!ref_is_null(result) || err_occurred(t)) return result;
    Object *n = str_from_cstr(t, "_quantize_py");
    if (!n) return REF_NULL;
    result = obj_call_method_kw(t, self, n, args, nargs, kwnames);
    obj_decref(n);
    return result;
}

/* ---- strings ------------------------------------------------------------------------ */

/* The decimal digits of c >= 0 into buf (room for 21 characters), or into a new buffer
 * (*heap, to be freed) for a big int; returns the digits. */
static const char *coef_digits(Ref c, char *buf, char **heap, size_t *len) {
    *heap = NULL;
    if (ref_is_int(c)) {
        uint64_t v = (uint64_t)ref_int(c);
        char *p = buf + 21;
        do {
            *--p = (char)('0' + v % 10);
            v /= 10;
        } while (v);
        *len = (size_t)(buf + 21 - p);
        return p;
    }
    mpz_srcptr z = ((Int *)ref_obj(c))->z;
    /* our own buffer: mpz_get_str(NULL, ...) would allocate with GMP's allocator */
    *heap = malloc(mpz_sizeinbase(z, 10) + 2);
    if (!*heap) return NULL;
    mpz_get_str(*heap, 10, z);
    *len = strlen(*heap);
    return *heap;
}

/* str() or to_eng_string() of a finite Decimal (decimal.py's _to_string); the context
 * (for its capitals) is read only when there is an exponent to print, from ctx, or the
 * current context when ctx is REF_NULL. REF_NULL without an error: use Python. */
static Ref finite_str(Thread *t, Ref self, bool eng, Ref ctx) {
    Dec *d = DEC(self);
    char small[21], *heap;
    size_t len;
    const char *digits = coef_digits(d->coef, small, &heap, &len);
    if (!digits) return err_no_memory(t);
    int64_t nd = (int64_t)len, e = ref_int(d->exp), left = e + nd, dot;
    if (e <= 0 && left > -6)
        dot = left;
    else if (!eng)
        dot = 1;
    else if (ref_is_int(d->coef) && ref_int(d->coef) == 0)
        dot = ((left + 1) % 3 + 3) % 3 - 1;
    else
        dot = ((left - 1) % 3 + 3) % 3 + 1;
    bool capitals = true;
    if (left != dot) {
        Ref holder = ref_is_null(ctx) ? dec_current_context(t, dec_result_class(ref_type(self))) : ref_dup(ctx);
        DecCtx c;
        int rc = ref_is_null(holder) ? -1 : dec_read_context(holder, &c);
        if (rc == 1) capitals = c.obj->capitals != 0;
        if (!ref_is_null(holder)) ref_close(holder);
        if (rc != 1) {
            free(heap);
            return REF_NULL;
        }
    }
    /* sign, "0." and up to 6 zeros, digits, up to 2 padding zeros, '.', and an exponent of
     * at most 21 characters */
    char stack[128];
    size_t cap = (size_t)nd + 40;
    char *buf = cap <= sizeof stack ? stack : malloc(cap);
    Ref result = REF_NULL;
    if (buf) {
        size_t n = 0;
        if (d->sign) buf[n++] = '-';
        if (dot <= 0) {
            buf[n++] = '0';
            buf[n++] = '.';
            for (int64_t i = 0; i < -dot; i++) buf[n++] = '0';
            memcpy(buf + n, digits, (size_t)nd);
            n += (size_t)nd;
        } else if (dot >= nd) {
            memcpy(buf + n, digits, (size_t)nd);
            n += (size_t)nd;
            for (int64_t i = nd; i < dot; i++) buf[n++] = '0';
        } else {
            memcpy(buf + n, digits, (size_t)dot);
            n += (size_t)dot;
            buf[n++] = '.';
            memcpy(buf + n, digits + dot, (size_t)(nd - dot));
            n += (size_t)(nd - dot);
        }
        if (left != dot)
            n += (size_t)snprintf(buf + n, cap - n, "%c%+lld", capitals ? 'E' : 'e',
                                  (long long)(left - dot));
        Object *s = str_from_ascii(t, buf, (intptr_t)n);
        if (s) result = ref_from_obj(s);
        if (buf != stack) free(buf);
    } else {
        err_no_memory(t);
    }
    free(heap);
    return result;
}

static bool str_in_c(Dec *d) {
    return !d->special && ref_is_int(d->exp) && ref_int(d->exp) <= DEC_EXP_LIMIT &&
           ref_int(d->exp) >= -DEC_EXP_LIMIT;
}

static Ref dec_str(Thread *t, Ref self) {
    Ref r = str_in_c(DEC(self)) ? finite_str(t, self, false, REF_NULL) : REF_NULL;
    if (!ref_is_null(r) || err_occurred(t)) return r;
    return dec_call_py(t, self, "_str_py", NULL, 0);
}

static Ref dec_to_eng_string(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"context", NULL};
    const ArgSpec spec = {NULL, names, 0, 1};
    Ref v[1];
    if (!args_parse(t, &spec, args, nargs, kwnames, v)) return REF_NULL;
    Ref ctx = ref_is_null(v[0]) || ref_is_none(v[0]) ? REF_NULL : v[0];
    if (!ref_is_null(ctx) && !type_is_subtype(ref_type(ctx), &decimal_context_base_type))
        return err_set(t, &exc_TypeError, "optional argument must be a context");
    Ref r = str_in_c(DEC(self)) ? finite_str(t, self, true, ctx) : REF_NULL;
    if (!ref_is_null(r) || err_occurred(t)) return r;
    Object *n = str_from_cstr(t, "_to_eng_string_py");
    if (!n) return REF_NULL;
    r = obj_call_method_kw(t, self, n, args, nargs, kwnames);
    obj_decref(n);
    return r;
}

static Ref dec_repr(Thread *t, Ref self) {
    Ref s = dec_str(t, self);
    if (ref_is_null(s)) return REF_NULL;
    Object *r = str_from_format(t, "Decimal('%U')", ref_obj(s));
    ref_close(s);
    return r ? ref_from_obj(r) : REF_NULL;
}

static Ref dec_format_m(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (nargs == 1 && !kwnames && str_check_exact(args[0])) {
        Ref ctx = dec_current_context(t, dec_result_class(ref_type(self)));
        if (ref_is_null(ctx)) return REF_NULL;
        Ref r = dec_format(t, self, ref_obj(args[0]), ctx);
        ref_close(ctx);
        if (!ref_is_null(r) || err_occurred(t)) return r;
    }
    Object *n = str_from_cstr(t, "_format_py");
    if (!n) return REF_NULL;
    Ref r = obj_call_method_kw(t, self, n, args, nargs, kwnames);
    obj_decref(n);
    return r;
}

/* ---- construction ------------------------------------------------------------------- */

/* A Decimal from an ASCII string in the plain form [sign] digits [. digits] [e [sign]
 * digits] (no spaces, underscores, infinities or NaNs; an exponent of at most 15 digits,
 * far inside the limits decimal.py's _parse checks), or REF_NULL without an error for
 * anything else. */
static Ref parse_plain(Thread *t, Type *cls, Object *s) {
    if (STR(s)->kind != 1) return REF_NULL;
    const char *p = str_data(s), *end = p + str_len(s);
    int sign = 0;
    if (p < end && (*p == '+' || *p == '-')) sign = *p++ == '-';
    size_t cap = (size_t)(end - p) + 1;
    char stack[64];
    char *digits = cap <= sizeof stack ? stack : malloc(cap);
    if (!digits) return err_no_memory(t);
    size_t nd = 0, nfrac = 0;
    uint64_t value = 0;      /* the digits' value while there are at most 18 */
    bool ok = true, dot = false;
    for (; p < end && *p != 'e' && *p != 'E'; p++) {
        if (*p >= '0' && *p <= '9') {
            value = value * 10 + (uint64_t)(*p - '0');
            digits[nd++] = *p;
            nfrac += dot;
        } else if (*p == '.' && !dot) {
            dot = true;
        } else {
            ok = false;
            break;
        }
    }
    int64_t exp = 0;
    if (ok && p < end) {
        p++;
        int esign = 1;
        if (p < end && (*p == '+' || *p == '-')) esign = *p++ == '-' ? -1 : 1;
        ok = p < end && end - p <= 15;
        for (; ok && p < end; p++) {
            if (*p < '0' || *p > '9') ok = false;
            else exp = exp * 10 + (*p - '0');
        }
        exp *= esign;
    }
    Ref result = REF_NULL;
    if (ok && nd > 0) {
        digits[nd] = '\0';
        Ref coef = REF_NULL;
        if (nd <= 18) {
            coef = ref_from_int((int64_t)value);
        } else {
            mpz_t z;
            mpz_init_set_str(z, digits, 10);
            coef = int_from_mpz(t, z);
            mpz_clear(z);
        }
        if (!ref_is_null(coef)) {
            result = dec_new_finite(t, cls, sign, coef, exp - (int64_t)nfrac);
            ref_close(coef);
        }
    }
    if (digits != stack) free(digits);
    return result;
}

/* The exact value of f as a Decimal of class cls, or REF_NULL without an error for an
 * infinity or a NaN. */
static Ref exact_float(Thread *t, Type *cls, double f) {
    DecNum x;
    dec_num_init(&x);
    Ref r = dec_num_from_double(f, &x) ? dec_from_num(t, cls, &x) : REF_NULL;
    dec_num_clear(&x);
    return r;
}

/* Decimal.from_float(f) for an int or a float. */
static Ref dec_from_float(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "Decimal.from_float", nargs, kwnames)) return REF_NULL;
    Type *type = (Type *)ref_obj(cls);
    if (dec_result_class(type) == type && float_check(args[0])) {
        Ref r = exact_float(t, type, float_value(args[0]));
        if (!ref_is_null(r) || err_occurred(t)) return r;
    }
    return dec_call_py(t, cls, "_from_float_py", args, 1);
}

static Ref dec_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (nargs == 1 && !kwnames && dec_result_class(type) == type) {
        Ref v = args[0];
        if (ref_is_int(v)) {
            int64_t i = ref_int(v);
            return dec_new_finite(t, type, i < 0, ref_from_int(i < 0 ? -i : i), 0);
        }
        if (str_check_exact(v)) {
            Ref r = parse_plain(t, type, ref_obj(v));
            if (!ref_is_null(r) || err_occurred(t)) return r;
        }
        if (ref_is_obj(v) && ref_type(v) == type) return ref_dup(v);
        if (float_check(v)) {
            /* the FloatOperation flag first: when it is trapped, Python raises */
            Ref r = REF_NULL, holder = REF_NULL;
            DecCtx ctx;
            if (current(t, type, &ctx, &holder) == 1 && !dec_signal(&ctx, SIG_FLOAT))
                r = exact_float(t, type, float_value(v));
            if (!ref_is_null(holder)) ref_close(holder);
            if (!ref_is_null(r) || err_occurred(t)) return r;
        }
    }
    Ref fallback = obj_getattr_cstr(t, ref_from_obj(&type->ob_base.ob_base), "_new_py");
    if (ref_is_null(fallback)) return REF_NULL;
    Ref r = obj_call(t, fallback, args, nargs, kwnames);
    ref_close(fallback);
    return r;
}

static Ref dec_from_parts(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_count(t, "_from_parts", nargs, kwnames, 3, 4)) return REF_NULL;
    bool special = nargs == 4 && ref_is_obj(args[3]) && ref_is(args[3], REF_TRUE);
    if (!ref_is_int(args[0]) || !int_check(args[1]) || (!special && !int_check(args[2])) ||
        (special && !str_check_exact(args[2])))
        return err_set(t, &exc_TypeError, "_from_parts: bad parts");
    return dec_alloc(t, (Type *)ref_obj(cls), ref_int(args[0]) != 0, args[1], args[2], special);
}

/* ---- the type ----------------------------------------------------------------------- */

static void dec_dealloc(Object *o) {
    Dec *d = (Dec *)o;
    ref_close(d->coef);
    ref_close(d->exp);
    Type *cls = o->ob_type;
    Thread *t = plain_layout(cls) ? thread_current() : NULL;
    if (t && t->dec_freelist_len < DEC_FREELIST_MAX) {
        o->ob_type = (Type *)t->dec_freelist;
        t->dec_freelist = o;
        t->dec_freelist_len++;
        /* what obj_free would have done besides freeing the memory */
        if (type_has_flag(cls, TPFLAG_HEAPTYPE)) obj_decref((Object *)cls);
        return;
    }
    cls->tp_free(o);
}

static Ref get_sign(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_from_int(DEC(self)->sign);
}
static Ref get_coef(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_dup(DEC(self)->coef);
}
static Ref get_exp(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_dup(DEC(self)->exp);
}
static Ref get_is_special(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_from_bool(DEC(self)->special);
}

static const GetSetDef dec_getsets[] = {
    {"_sign", get_sign, NULL, NULL, NULL},
    {"_coef", get_coef, NULL, NULL, NULL},
    {"_exp", get_exp, NULL, NULL, NULL},
    {"_is_special", get_is_special, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef dec_methods[] = {
    {"quantize", dec_quantize, 0, "Quantize self so its exponent is the same as that of exp."},
    {"to_eng_string", dec_to_eng_string, 0, "Convert to an engineering-type string."},
    {"__format__", dec_format_m, 0, "Format a Decimal according to a format spec."},
    {"__divmod__", dec_divmod_m, 0, "Return divmod(self, value)."},
    {"__rdivmod__", dec_rdivmod_m, 0, "Return divmod(value, self)."},
    {"from_float", dec_from_float, METH_CLASS, "Class method that converts a float to a decimal number, exactly."},
    {"_from_parts", dec_from_parts, METH_CLASS, "A Decimal from (sign, coefficient, exponent[, special])."},
    {NULL, NULL, 0, NULL},
};

Type decimal_base_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_decimal_core.DecimalBase",
    .tp_basicsize = sizeof(Dec),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_dealloc = dec_dealloc,
    .tp_free = obj_free,
    .new_ = dec_tp_new,
    .repr = dec_repr,
    .str = dec_str,
    .richcompare = dec_richcompare,
    .neg = dec_neg,
    .pos = dec_pos,
    .abs = dec_abs,
    .hash = dec_hash,
    .bool_ = dec_bool,
    .int_ = dec_int,
    .nb = {[NB_ADD] = dec_add, [NB_SUBTRACT] = dec_sub, [NB_MULTIPLY] = dec_mul,
           [NB_TRUE_DIVIDE] = dec_truediv, [NB_POWER] = dec_pow, [NB_FLOOR_DIVIDE] = dec_floordiv,
           [NB_REMAINDER] = dec_mod},
    .power3 = dec_power3,
    .methods = dec_methods,
    .getsets = dec_getsets,
};

/* _use_c_names(Decimal, Context), run once both classes are complete: like CPython's C
 * types, the two classes keep __name__ 'Decimal' and 'Context' but show as
 * 'decimal.Decimal' and 'decimal.Context' in messages (their tp_name) ... */
static Ref use_c_names(Thread *t, Ref module, const Ref *args, size_t nargs, Object *kwnames) {
    (void)module;
    if (!args_count(t, "_use_c_names", nargs, kwnames, 2, 2)) return REF_NULL;
    static const char *const names[2] = {"decimal.Decimal", "decimal.Context"};
    Type *const bases[2] = {&decimal_base_type, &decimal_context_base_type};
    for (int i = 0; i < 2; i++) {
        if (!ref_type_is(args[i], &type_type) || ((Type *)ref_obj(args[i]))->tp_base != bases[i] ||
            !type_has_flag((Type *)ref_obj(args[i]), TPFLAG_HEAPTYPE))
            return err_set(t, &exc_TypeError, "_use_c_names: Decimal and Context expected");
    }
    /* ... and, like them, refuse to have their attributes set or deleted */
    for (int i = 0; i < 2; i++) {
        ((Type *)ref_obj(args[i]))->tp_name = names[i];
        ((Type *)ref_obj(args[i]))->tp_flags |= TPFLAG_IMMUTABLETYPE;
    }
    /* Decimal adds nothing to the base's instances (and, as in CPython, its class
     * attributes are not meant to change): they die by the base's dealloc directly,
     * without subtype_dealloc's walk. Its subclasses still go through subtype_dealloc,
     * which ends at this dealloc. */
    Type *dec = (Type *)ref_obj(args[0]);
    if (plain_layout(dec) && !dec->tp_finalize && !dec->tp_weaklistoffset && !dec->tp_dictoffset) {
        dec->tp_dealloc = dec_dealloc;
        dec->tp_traverse = NULL;
        dec->tp_clear = NULL;
    }
    return REF_NONE;
}

static const MethodDef module_functions[] = {
    {"_use_c_names", use_c_names, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *decimal_core_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_decimal_core");
    if (!m) return NULL;
    Object *bad_signal = str_from_cstr(t, dec_bad_signal_message);
    int rc = bad_signal ? module_add_ref(t, m, "BAD_SIGNAL", ref_from_obj(bad_signal)) : -1;
    if (bad_signal) obj_decref(bad_signal);
    if (rc < 0 || module_add_functions(t, m, module_functions) < 0 ||
        module_add_ref(t, m, "DecimalBase", ref_immortal(&decimal_base_type)) < 0 ||
        module_add_ref(t, m, "ContextBase", ref_immortal(&decimal_context_base_type)) < 0 ||
        module_add_ref(t, m, "SignalDictBase", ref_immortal(&decimal_signal_dict_base_type)) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
