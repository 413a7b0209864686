/* _decimal_core: what the fast paths need of a decimal.Context (a Python object): the
 * current one, its precision, exponent limits, rounding and clamp, and recording the
 * conditions an operation raised in its flags. Decimal._c_support, set by decimal.py,
 * is the tuple (the ContextVar of the current context, getcontext, the signal classes
 * in COND_* order). */
#include "modules/decimal_core.h"

static const char *const rounding_names[RND_COUNT] = {
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_DOWN", "ROUND_HALF_UP",
    "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
};

int dec_rounding_of(Ref r) {
    if (!str_check_exact(r)) return -1;
    for (int i = 0; i < RND_COUNT; i++)
        if (str_eq_cstr(ref_obj(r), rounding_names[i])) return i;
    return -1;
}

/* Decimal._c_support (borrowed), or NULL with an error set. */
static Object *support(Thread *t, Type *cls) {
    Ref s = type_lookup(cls, ID(_c_support));
    if (ref_is_null(s) || !ref_is_obj(s) || ref_type(s) != &tuple_type ||
        tuple_size(ref_obj(s)) != 3) {
        err_set(t, &exc_RuntimeError, "decimal: Decimal._c_support is missing");
        return NULL;
    }
    return ref_obj(s);
}

Ref dec_current_context(Thread *t, Type *cls) {
    Object *sup = support(t, cls);
    if (!sup) return REF_NULL;
    Ref dflt = REF_NONE;
    Ref ctx = obj_call_method(t, tuple_get(sup, 0), ID(get), &dflt, 1);
    if (ref_is_null(ctx) || !ref_is_none(ctx)) return ctx;
    return obj_call0(t, tuple_get(sup, 1));
}

/* An int attribute of ctx that fits a machine word: 1, 0 (not so), -1 error. */
static int int_attr(Thread *t, Ref ctx, Object *name, int64_t *out) {
    Ref v = obj_getattr(t, ctx, name);
    if (ref_is_null(v)) return -1;
    bool ok = ref_is_int(v);
    if (ok) *out = ref_int(v);
    ref_close(v);
    return ok;
}

int dec_read_context(Thread *t, Ref ctx, DecCtx *out) {
    int64_t clamp;
    int rc;
    out->obj = ctx;
    if ((rc = int_attr(t, ctx, ID(prec), &out->prec)) != 1) return rc;
    if ((rc = int_attr(t, ctx, ID(Emin), &out->emin)) != 1) return rc;
    if ((rc = int_attr(t, ctx, ID(Emax), &out->emax)) != 1) return rc;
    if ((rc = int_attr(t, ctx, ID(clamp), &clamp)) != 1) return rc;
    Ref r = obj_getattr(t, ctx, ID(rounding));
    if (ref_is_null(r)) return -1;
    out->rounding = dec_rounding_of(r);
    ref_close(r);
    out->clamp = clamp != 0;
    /* the ranges Context's setters allow; anything else is left to Python */
    const int64_t max = 999999999999999999;
    return out->rounding >= 0 && out->prec >= 1 && out->prec <= max && out->emax >= 0 &&
           out->emax <= max && out->emin <= 0 && out->emin >= -max && (clamp == 0 || clamp == 1);
}

/* ctx's flags or traps as a dict (new reference), or REF_NULL (error set or not a dict). */
static Ref signal_dict(Thread *t, Ref ctx, Object *name) {
    Ref d = obj_getattr(t, ctx, name);
    if (!ref_is_null(d) && !dict_check(d)) {
        ref_close(d);
        return REF_NULL;
    }
    return d;
}

int dec_signal(Thread *t, Type *cls, const DecCtx *ctx, unsigned conds) {
    if (!conds) return 0;
    Object *sup = support(t, cls);
    if (!sup) return -1;
    Ref sigs = tuple_get(sup, 2);
    if (!ref_is_obj(sigs) || ref_type(sigs) != &tuple_type || tuple_size(ref_obj(sigs)) != COND_COUNT)
        return 1;
    Ref traps = signal_dict(t, ctx->obj, ID(traps));
    if (ref_is_null(traps)) return err_occurred(t) ? -1 : 1;
    int rc = 0;
    for (int i = 0; i < COND_COUNT && rc == 0; i++) {
        if (!(conds & (1u << i))) continue;
        Ref v = dict_get(t, ref_obj(traps), tuple_get(ref_obj(sigs), i));
        if (ref_is_null(v)) {
            rc = err_occurred(t) ? -1 : 1;
            break;
        }
        rc = obj_truthy(t, v);
        ref_close(v);
    }
    ref_close(traps);
    if (rc != 0) return rc;
    Ref flags = signal_dict(t, ctx->obj, ID(flags));
    if (ref_is_null(flags)) return err_occurred(t) ? -1 : 1;
    for (int i = 0; i < COND_COUNT && rc == 0; i++)
        if (conds & (1u << i)) rc = dict_set(t, ref_obj(flags), tuple_get(ref_obj(sigs), i), REF_TRUE);
    ref_close(flags);
    return rc;
}
