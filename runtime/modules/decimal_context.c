/* _decimal_core: ContextBase (the storage of a decimal.Context), what the fast paths need
 * of a context (the current one, its limits, recording conditions in its flags) and its
 * copy. Decimal._c_support, set by decimal.py, is the tuple (the ContextVar of the current
 * context, getcontext, the signal classes in COND_* order). */
#include "modules/decimal_core.h"
#include "modules/modules.h"
#include "objects/shape.h"

static const char *const rounding_names[RND_COUNT] = {
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_DOWN", "ROUND_HALF_UP",
    "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
};

int dec_rounding_of(Ref r) {
    if (!str_check_exact(r)) return -1;
    Object *s = ref_obj(r);
    /* every name is "ROUND_" and at least two more characters */
    intptr_t n = str_len(s);
    if (STR(s)->kind != 1 || n < 8 || memcmp(str_data(s), "ROUND_", 6) != 0) return -1;
    for (int i = 0; i < RND_COUNT; i++)
        if ((size_t)n == strlen(rounding_names[i]) &&
            memcmp(str_data(s), rounding_names[i], (size_t)n) == 0)
            return i;
    return -1;
}

#define CTX(r) ((DecContext *)ref_obj(r))

/* ---- the type ContextBase ----------------------------------------------------------- */

static DecContext *ctx_alloc(Thread *t, Type *type) {
    Object *o = instance_alloc(t, type);
    if (!o) return NULL;
    DecContext *c = (DecContext *)o;
    c->prec = 28;
    c->emin = -999999;
    c->emax = 999999;
    c->capitals = 1;
    c->clamp = 0;
    c->rounding = RND_HALF_EVEN;
    c->flags = REF_NULL;
    c->traps = REF_NULL;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    return c;
}

static Ref ctx_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    DecContext *c = ctx_alloc(t, type);
    return c ? ref_from_obj(&c->ob) : REF_NULL;
}

static int ctx_traverse(Object *o, VisitFn visit, void *arg) {
    DecContext *c = (DecContext *)o;
    int r;
    if (ref_is_obj(c->flags) && (r = visit(ref_obj(c->flags), arg))) return r;
    if (ref_is_obj(c->traps) && (r = visit(ref_obj(c->traps), arg))) return r;
    return 0;
}

static int ctx_clear(Object *o) {
    DecContext *c = (DecContext *)o;
    REF_SETREF(c->flags, REF_NULL);
    REF_SETREF(c->traps, REF_NULL);
    return 0;
}

static void ctx_dealloc(Object *o) {
    ctx_clear(o);
    o->ob_type->tp_free(o);
}

/* The int fields, by offset. */
static int64_t *int_field(Ref self, void *closure) {
    return (int64_t *)((char *)ref_obj(self) + (intptr_t)closure);
}

static Ref get_int(Thread *t, Ref self, void *closure) {
    return int_from_i64(t, *int_field(self, closure));
}

static int set_int(Thread *t, Ref self, Ref value, void *closure) {
    if (ref_is_null(value) || !ref_is_int(value)) {
        err_set(t, &exc_TypeError, "an integer is required");
        return -1;
    }
    *int_field(self, closure) = ref_int(value);
    return 0;
}

static Ref get_rounding(Thread *t, Ref self, void *closure) {
    (void)closure;
    Object *s = str_intern_cstr(t, rounding_names[CTX(self)->rounding]);
    return s ? ref_from_obj(s) : REF_NULL;
}

static int set_rounding(Thread *t, Ref self, Ref value, void *closure) {
    (void)closure;
    int mode = ref_is_null(value) ? -1 : dec_rounding_of(value);
    if (mode < 0) {
        err_set(t, &exc_TypeError, "invalid rounding mode");
        return -1;
    }
    CTX(self)->rounding = mode;
    return 0;
}

/* flags and traps, by offset */
static Ref *ref_field(Ref self, void *closure) {
    return (Ref *)((char *)ref_obj(self) + (intptr_t)closure);
}

static Ref get_dict(Thread *t, Ref self, void *closure) {
    Ref v = *ref_field(self, closure);
    if (ref_is_null(v)) return err_set(t, &exc_AttributeError, "context is not initialized");
    return ref_dup(v);
}

static int set_dict(Thread *t, Ref self, Ref value, void *closure) {
    if (ref_is_null(value) || !dict_check(value)) {
        err_set(t, &exc_TypeError, "a signal dict is required");
        return -1;
    }
    REF_SETREF(*ref_field(self, closure), ref_dup(value));
    return 0;
}

#define INT_FIELD(name, field) {name, get_int, set_int, NULL, (void *)offsetof(DecContext, field)}
#define DICT_FIELD(name, field) {name, get_dict, set_dict, NULL, (void *)offsetof(DecContext, field)}

static const GetSetDef ctx_getsets[] = {
    INT_FIELD("prec", prec),
    INT_FIELD("Emin", emin),
    INT_FIELD("Emax", emax),
    INT_FIELD("capitals", capitals),
    INT_FIELD("clamp", clamp),
    {"rounding", get_rounding, set_rounding, NULL, NULL},
    DICT_FIELD("flags", flags),
    DICT_FIELD("traps", traps),
    {NULL, NULL, NULL, NULL, NULL},
};

/* A copy of a signal dict, type(d)(d) (new reference), checked to be a dict. */
static Ref copy_signal_dict(Thread *t, Ref d) {
    if (ref_is_null(d)) return err_set(t, &exc_AttributeError, "context is not initialized");
    Ref r = obj_call(t, ref_from_obj(&ref_type(d)->ob_base.ob_base), &d, 1, NULL);
    if (!ref_is_null(r) && !dict_check(r)) {
        ref_close(r);
        return err_set(t, &exc_TypeError, "a signal dict is required");
    }
    return r;
}

static Ref ctx_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args;
    if (!args_none(t, "copy", nargs, kwnames)) return REF_NULL;
    DecContext *src = CTX(self);
    /* a copy is a plain decimal.Context, whatever subclass self is */
    DecContext *c = ctx_alloc(t, dec_first_subclass(ref_type(self), &decimal_context_base_type));
    if (!c) return REF_NULL;
    Ref r = ref_from_obj(&c->ob);
    c->prec = src->prec;
    c->emin = src->emin;
    c->emax = src->emax;
    c->capitals = src->capitals;
    c->clamp = src->clamp;
    c->rounding = src->rounding;
    c->flags = copy_signal_dict(t, src->flags);
    if (!ref_is_null(c->flags)) c->traps = copy_signal_dict(t, src->traps);
    if (ref_is_null(c->traps)) {
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

static const MethodDef ctx_methods[] = {
    {"copy", ctx_copy, 0, "Return a duplicate of the context with all flags cleared."},
    {"__copy__", ctx_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type decimal_context_base_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_decimal_core.ContextBase",
    .tp_basicsize = sizeof(DecContext),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_dealloc = ctx_dealloc,
    .tp_traverse = ctx_traverse,
    .tp_clear = ctx_clear,
    .tp_free = obj_free,
    .new_ = ctx_tp_new,
    .methods = ctx_methods,
    .getsets = ctx_getsets,
};

/* ---- what the fast paths read ------------------------------------------------------- */

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
    Ref ctx = contextvar_lookup(t, tuple_get(sup, 0));
    if (!ref_is_null(ctx) || err_occurred(t)) return ctx;
    return obj_call0(t, tuple_get(sup, 1));
}

int dec_read_context(Ref ctx, DecCtx *out) {
    if (!ref_is_obj(ctx) || !type_is_subtype(ref_type(ctx), &decimal_context_base_type)) return 0;
    DecContext *c = CTX(ctx);
    /* the ranges Context's setters allow; anything else is left to Python */
    const int64_t max = 999999999999999999;
    if (!dict_check(c->flags) || !dict_check(c->traps) || c->prec < 1 || c->prec > max ||
        c->emax < 0 || c->emax > max || c->emin > 0 || c->emin < -max || (c->clamp & ~1))
        return 0;
    out->obj = c;
    out->prec = c->prec;
    out->emin = c->emin;
    out->emax = c->emax;
    out->rounding = c->rounding;
    out->clamp = (int)c->clamp;
    return 1;
}

int dec_signal(Thread *t, Type *cls, const DecCtx *ctx, unsigned conds) {
    if (!conds) return 0;
    Object *sup = support(t, cls);
    if (!sup) return -1;
    Ref sigs = tuple_get(sup, 2);
    if (!ref_is_obj(sigs) || ref_type(sigs) != &tuple_type || tuple_size(ref_obj(sigs)) != COND_COUNT)
        return 1;
    Object *traps = ref_obj(ctx->obj->traps), *flags = ref_obj(ctx->obj->flags);
    int rc = 0;
    for (int i = 0; i < COND_COUNT && rc == 0; i++) {
        if (!(conds & (1u << i))) continue;
        Ref v = dict_get(t, traps, tuple_get(ref_obj(sigs), i));
        if (ref_is_null(v)) return err_occurred(t) ? -1 : 1;
        rc = obj_truthy(t, v);
        ref_close(v);
    }
    for (int i = 0; i < COND_COUNT && rc == 0; i++)
        if (conds & (1u << i)) rc = dict_set(t, flags, tuple_get(ref_obj(sigs), i), REF_TRUE);
    return rc;
}
