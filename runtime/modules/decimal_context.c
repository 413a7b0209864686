/* _decimal_core: ContextBase (the storage of a decimal.Context), what the fast paths need
 * of a context (the current one, its limits, recording conditions in its flags) and its
 * copy. Decimal._c_support, set by decimal.py, is the pair (the ContextVar of the current
 * context, getcontext). */
#include "modules/decimal_core.h"
#include "modules/modules.h"
#include "objects/shape.h"

static const char *const rounding_names[RND_COUNT] = {
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_DOWN", "ROUND_HALF_UP",
    "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
};

static const intptr_t rounding_lengths[RND_COUNT] = {13, 11, 8, 10, 13, 15, 15, 10};

int dec_rounding_of(Ref r) {
    if (!str_check_exact(r)) return -1;
    Object *s = ref_obj(r);
    /* decimal.py's constants are the interned names themselves */
    if (s == ID(ROUND_HALF_EVEN)) return RND_HALF_EVEN;
    if (s == ID(ROUND_HALF_UP)) return RND_HALF_UP;
    if (s == ID(ROUND_DOWN)) return RND_DOWN;
    if (s == ID(ROUND_CEILING)) return RND_CEILING;
    if (s == ID(ROUND_FLOOR)) return RND_FLOOR;
    if (s == ID(ROUND_UP)) return RND_UP;
    if (s == ID(ROUND_HALF_DOWN)) return RND_HALF_DOWN;
    if (s == ID(ROUND_05UP)) return RND_05UP;
    /* every name is "ROUND_" and at least two more characters */
    intptr_t n = str_len(s);
    if (STR(s)->kind != 1 || n < 8 || memcmp(str_data(s), "ROUND_", 6) != 0) return -1;
    for (int i = 0; i < RND_COUNT; i++)
        if (n == rounding_lengths[i] && memcmp(str_data(s) + 6, rounding_names[i] + 6, (size_t)n - 6) == 0)
            return i;
    return -1;
}

#define CTX(r) ((DecContext *)ref_obj(r))

/* ---- the type ContextBase ----------------------------------------------------------- */

/* A context of class type with the default values, its flags and traps viewed by signal
 * dicts of class view_class (none when view_class is NULL). */
static DecContext *ctx_alloc(Thread *t, Type *type, Type *view_class) {
    Object *o = instance_alloc(t, type);
    if (!o) return NULL;
    DecContext *c = (DecContext *)o;
    c->prec = 28;
    c->emin = -999999;
    c->emax = 999999;
    c->capitals = 1;
    c->clamp = 0;
    c->rounding = RND_HALF_EVEN;
    c->usable = true;
    c->flag_bits = c->trap_bits = 0;
    c->flags_view = c->traps_view = NULL;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    if (view_class && (!(c->flags_view = dec_signal_dict_new(t, view_class, c, false)) ||
                       !(c->traps_view = dec_signal_dict_new(t, view_class, c, true)))) {
        obj_decref(o);
        return NULL;
    }
    return c;
}

static Ref ctx_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    /* decimal.py's Context names the class of its signal dicts */
    Ref view_class = REF_NULL;
    if (type != &decimal_context_base_type) {
        view_class = obj_getattr_cstr(t, ref_from_obj(&type->ob_base.ob_base), "_signal_dict");
        if (ref_is_null(view_class)) return REF_NULL;
        if (!ref_type_is(view_class, &type_type) ||
            !type_is_subtype((Type *)ref_obj(view_class), &decimal_signal_dict_base_type)) {
            ref_close(view_class);
            return err_set(t, &exc_TypeError, "decimal: Context._signal_dict must be a SignalDict class");
        }
    }
    DecContext *c = ctx_alloc(t, type, ref_is_null(view_class) ? NULL : (Type *)ref_obj(view_class));
    ref_close(view_class);
    return c ? ref_from_obj(&c->ob) : REF_NULL;
}

static int ctx_traverse(Object *o, VisitFn visit, void *arg) {
    DecContext *c = (DecContext *)o;
    int r;
    if (c->flags_view && (r = visit(c->flags_view, arg))) return r;
    return c->traps_view ? visit(c->traps_view, arg) : 0;
}

/* Drops a view, which stops viewing c. */
static void drop_view(Object **view) {
    Object *v = *view;
    if (!v) return;
    *view = NULL;
    ((DecSignalDict *)v)->ctx = NULL;
    obj_decref(v);
}

static int ctx_clear(Object *o) {
    DecContext *c = (DecContext *)o;
    drop_view(&c->flags_view);
    drop_view(&c->traps_view);
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

/* The ranges Context's setters allow; anything else is left to Python. */
static bool in_fast_range(const DecContext *c) {
    const int64_t max = 999999999999999999;
    return c->prec >= 1 && c->prec <= max && c->emax >= 0 && c->emax <= max && c->emin <= 0 &&
           c->emin >= -max && !(c->clamp & ~1);
}

static int set_int(Thread *t, Ref self, Ref value, void *closure) {
    if (ref_is_null(value) || !ref_is_int(value)) {
        err_set(t, &exc_TypeError, "an integer is required");
        return -1;
    }
    *int_field(self, closure) = ref_int(value);
    CTX(self)->usable = in_fast_range(CTX(self));
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

/* flags and traps: the views, by offset */
static Ref get_view(Thread *t, Ref self, void *closure) {
    Object *v = *(Object **)((char *)ref_obj(self) + (intptr_t)closure);
    if (!v) return err_set(t, &exc_AttributeError, "context is not initialized");
    return ref_new(v);
}

/* _flag_bits and _trap_bits: the masks themselves, by offset */
static uint32_t *bits_field(Ref self, void *closure) {
    return (uint32_t *)((char *)ref_obj(self) + (intptr_t)closure);
}

static Ref get_bits(Thread *t, Ref self, void *closure) {
    (void)t;
    return ref_from_int(*bits_field(self, closure));
}

static int set_bits(Thread *t, Ref self, Ref value, void *closure) {
    if (ref_is_null(value) || !ref_is_int(value) || ref_int(value) < 0 || ref_int(value) > SIG_ALL) {
        err_set(t, &exc_TypeError, "a signal mask is required");
        return -1;
    }
    *bits_field(self, closure) = (uint32_t)ref_int(value);
    return 0;
}

#define INT_FIELD(name, field) {name, get_int, set_int, NULL, (void *)offsetof(DecContext, field)}
#define VIEW_FIELD(name, field) {name, get_view, NULL, NULL, (void *)offsetof(DecContext, field)}
#define BITS_FIELD(name, field) {name, get_bits, set_bits, NULL, (void *)offsetof(DecContext, field)}

static const GetSetDef ctx_getsets[] = {
    INT_FIELD("prec", prec),
    INT_FIELD("Emin", emin),
    INT_FIELD("Emax", emax),
    INT_FIELD("capitals", capitals),
    INT_FIELD("clamp", clamp),
    {"rounding", get_rounding, set_rounding, NULL, NULL},
    VIEW_FIELD("flags", flags_view),
    VIEW_FIELD("traps", traps_view),
    BITS_FIELD("_flag_bits", flag_bits),
    BITS_FIELD("_trap_bits", trap_bits),
    {NULL, NULL, NULL, NULL, NULL},
};

static Ref ctx_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args;
    if (!args_none(t, "copy", nargs, kwnames)) return REF_NULL;
    DecContext *src = CTX(self);
    /* a copy is a plain decimal.Context, whatever subclass self is */
    Type *cls = dec_first_subclass(ref_type(self), &decimal_context_base_type);
    DecContext *c = ctx_alloc(t, cls, src->flags_view ? src->flags_view->ob_type : NULL);
    if (!c) return REF_NULL;
    c->prec = src->prec;
    c->emin = src->emin;
    c->emax = src->emax;
    c->capitals = src->capitals;
    c->clamp = src->clamp;
    c->rounding = src->rounding;
    c->usable = src->usable;
    c->flag_bits = src->flag_bits;
    c->trap_bits = src->trap_bits;
    return ref_from_obj(&c->ob);
}

static Ref clear_bits(Thread *t, Ref self, size_t nargs, Object *kwnames, const char *name,
                      uint32_t *bits) {
    (void)self;
    if (!args_none(t, name, nargs, kwnames)) return REF_NULL;
    *bits = 0;
    return REF_NONE;
}

static Ref ctx_clear_flags(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args;
    return clear_bits(t, self, nargs, kwnames, "clear_flags", &CTX(self)->flag_bits);
}

static Ref ctx_clear_traps(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args;
    return clear_bits(t, self, nargs, kwnames, "clear_traps", &CTX(self)->trap_bits);
}

/* _signal(bits): records the signals `bits` in the flags; returns those of them trapped. */
static Ref ctx_signal(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_count(t, "_signal", nargs, kwnames, 1, 1)) return REF_NULL;
    if (!ref_is_int(args[0]) || ref_int(args[0]) < 0 || ref_int(args[0]) > SIG_ALL)
        return err_set(t, &exc_TypeError, "a signal mask is required");
    DecContext *c = CTX(self);
    uint32_t bits = (uint32_t)ref_int(args[0]);
    c->flag_bits |= bits;
    return ref_from_int(bits & c->trap_bits);
}

static const MethodDef ctx_methods[] = {
    {"copy", ctx_copy, 0, "Return a duplicate of the context with all flags cleared."},
    {"__copy__", ctx_copy, 0, NULL},
    {"clear_flags", ctx_clear_flags, 0, "Reset all flags to False."},
    {"clear_traps", ctx_clear_traps, 0, "Set all traps to False."},
    {"_signal", ctx_signal, 0, NULL},
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

/* Decimal._c_support of the result class cls (borrowed), or NULL with an error set. The
 * thread keeps the last one found, borrowed like the type cache's entries, under cls's
 * version tag: an interpreter never hands a tag out twice, and a class whose attributes
 * change gets a new one, so while the tag matches the class's dict holds the tuple. */
static Object *support(Thread *t, Type *cls) {
    unsigned tag = cls->tp_version_tag;
    if (tag == t->dec_support_tag && tag && type_has_flag(cls, TPFLAG_VALID_VERSION_TAG))
        return t->dec_support;
    Ref s = type_lookup(cls, ID(_c_support));
    if (ref_is_null(s) || !ref_is_obj(s) || ref_type(s) != &tuple_type ||
        tuple_size(ref_obj(s)) != 2) {
        err_set(t, &exc_RuntimeError, "decimal: Decimal._c_support is missing");
        return NULL;
    }
    if (tag && type_has_flag(cls, TPFLAG_VALID_VERSION_TAG)) {
        t->dec_support = ref_obj(s);
        t->dec_support_tag = tag;
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
    /* decimal.Context derives directly from the base: no walk up its bases */
    if (!ref_is_obj(ctx) || (ref_type(ctx)->tp_base != &decimal_context_base_type &&
                             !type_is_subtype(ref_type(ctx), &decimal_context_base_type)))
        return 0;
    DecContext *c = CTX(ctx);
    if (!c->usable) return 0;
    out->obj = c;
    out->prec = c->prec;
    out->emin = c->emin;
    out->emax = c->emax;
    out->rounding = c->rounding;
    out->clamp = (int)c->clamp;
    return 1;
}

int dec_signal(const DecCtx *ctx, unsigned conds) {
    if (conds & ctx->obj->trap_bits) return 1;
    ctx->obj->flag_bits |= conds;
    return 0;
}
