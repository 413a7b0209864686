/* _decimal_core: SignalDictBase, ctx.flags and ctx.traps as mappings signal class -> bool
 * over the bits of a ContextBase (as CPython's SignalDictMixin). decimal.py's SignalDict
 * derives from it and from collections.abc.MutableMapping, which adds keys(), items(),
 * get(), ==, pop() and the rest on top of the item access here. */
#include "modules/decimal_core.h"
#include "objects/shape.h"

const char dec_bad_signal_message[] =
    "valid values for signals are:\n"
    "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
    "   Clamped]";

#define SD(r) ((DecSignalDict *)ref_obj(r))

Object *dec_signal_dict_new(Thread *t, Type *cls, DecContext *ctx, bool traps) {
    /* a class attribute (every context copy makes two views: no attribute protocol) */
    Ref signals = type_lookup(cls, ID(_signals));
    if (ref_is_null(signals) || !ref_type_is(signals, &tuple_type) ||
        tuple_size(ref_obj(signals)) != SIG_COUNT) {
        err_set(t, &exc_TypeError, "decimal: SignalDict._signals must hold the signals");
        return NULL;
    }
    signals = ref_dup(signals);
    Object *o = instance_alloc(t, cls);
    if (!o) {
        ref_close(signals);
        return NULL;
    }
    DecSignalDict *d = (DecSignalDict *)o;
    d->ctx = ctx;
    d->traps = traps;
    d->signals = signals;
    if (type_has_flag(cls, TPFLAG_HAVE_GC)) gc_track(o);
    return o;
}

static void sd_dealloc(Object *o) {
    ref_close(((DecSignalDict *)o)->signals);
    o->ob_type->tp_free(o);
}

/* The viewed bits, or NULL with an error set when the context is gone. */
static uint32_t *bits_of(Thread *t, Ref self) {
    DecSignalDict *d = SD(self);
    if (!d->ctx) {
        err_set(t, &exc_ValueError, "invalid signal dict");
        return NULL;
    }
    return d->traps ? &d->ctx->trap_bits : &d->ctx->flag_bits;
}

/* The bit of the signal class key, or 0 (not a signal). */
static uint32_t bit_of(Ref self, Ref key) {
    Object *sigs = ref_obj(SD(self)->signals);
    for (int i = 0; i < SIG_COUNT; i++)
        if (ref_is(tuple_get(sigs, i), key)) return 1u << i;
    return 0;
}

static Ref sd_getitem(Thread *t, Ref self, Ref key) {
    uint32_t bit = bit_of(self, key), *bits = bits_of(t, self);
    if (!bits) return REF_NULL;
    if (!bit) return err_set(t, &exc_KeyError, dec_bad_signal_message);
    return ref_from_bool((*bits & bit) != 0);
}

static int sd_setitem(Thread *t, Ref self, Ref key, Ref value) {
    if (ref_is_null(value)) {
        err_set(t, &exc_ValueError, "signal keys cannot be deleted");
        return -1;
    }
    uint32_t bit = bit_of(self, key), *bits = bits_of(t, self);
    if (!bits) return -1;
    if (!bit) {
        err_set(t, &exc_KeyError, dec_bad_signal_message);
        return -1;
    }
    int on = obj_truthy(t, value);
    if (on < 0) return -1;
    *bits = on ? *bits | bit : *bits & ~bit;
    return 0;
}

static intptr_t sd_len(Thread *t, Ref self) {
    (void)t, (void)self;
    return SIG_COUNT;
}

static Ref sd_iter(Thread *t, Ref self) { return obj_iter(t, SD(self)->signals); }

/* copy(): a plain dict, as CPython's. */
static Ref sd_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args;
    if (!args_none(t, "copy", nargs, kwnames)) return REF_NULL;
    uint32_t *bits = bits_of(t, self);
    if (!bits) return REF_NULL;
    Object *d = dict_new(t);
    if (!d) return REF_NULL;
    Object *sigs = ref_obj(SD(self)->signals);
    for (int i = 0; i < SIG_COUNT; i++)
        if (dict_set(t, d, tuple_get(sigs, i), ref_from_bool((*bits >> i) & 1)) < 0) {
            obj_decref(d);
            return REF_NULL;
        }
    return ref_from_obj(d);
}

static const MethodDef sd_methods[] = {
    {"copy", sd_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type decimal_signal_dict_base_type = {
    TYPE_HEAD_INIT,
    .tp_name = "decimal.SignalDictMixin",
    .tp_basicsize = sizeof(DecSignalDict),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_MAPPING,
    .tp_dealloc = sd_dealloc,
    .tp_free = obj_free,
    .getitem = sd_getitem,
    .setitem = sd_setitem,
    .len = sd_len,
    .iter = sd_iter,
    .methods = sd_methods,
};
