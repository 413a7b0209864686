/* Slots and dunders: the table linking each Type slot to its special method names, the
 * wrappers that expose a C slot as a method (`int.__add__`), and the generic slot
 * functions that make a Python class's dunders fill its slots.
 *
 * A heap type's slot is recomputed from what the MRO shows for the slot's names
 * (update_slot): if every name found is a wrapper around the same C function, the slot is
 * that function (class MyList(list) keeps list's getitem); if some name is anything else
 * (a Python function, None, ...), the slot is the generic function that calls the dunder;
 * if nothing is found the slot is NULL. */
#include "spry.h"

#define ID_OFF(n) offsetof(RuntimeIds, id_##n)
#define SLOT_OFF(f) offsetof(Type, f)
#define NB_OFF(op) (offsetof(Type, nb) + (size_t)(op) * sizeof(BinaryFn))
#define NBI_OFF(op) (offsetof(Type, nb_inplace) + (size_t)(op) * sizeof(BinaryFn))

static inline void **slot_ptr(Type *type, size_t off) { return (void **)((char *)type + off); }

/* ---- calling dunders ---------------------------------------------------------------------- */

/* Calls the special method `name` found on type(self) (not the instance), self prepended.
 * *found = false (and REF_NULL, no error) when the type has no such attribute. */
static Ref call_dunder(Thread *t, Ref self, Object *name, const Ref *args, size_t nargs,
                       Object *kwnames, bool *found) {
    Type *tp = ref_type(self);
    Ref descr = type_lookup(tp, name);
    if (ref_is_null(descr)) {
        *found = false;
        return REF_NULL;
    }
    *found = true;
    descr = ref_dup(descr);
    Type *dt = ref_type(descr);
    Ref r;
    if (type_has_flag(dt, TPFLAG_METHOD_DESCRIPTOR)) {
        r = obj_call_prepend(t, descr, self, args, nargs, kwnames);
    } else if (dt->descr_get) {
        Ref bound = dt->descr_get(t, descr, self, ref_from_obj((Object *)tp));
        r = ref_is_null(bound) ? REF_NULL : obj_call(t, bound, args, nargs, kwnames);
        ref_close(bound);
    } else {
        r = obj_call(t, descr, args, nargs, kwnames);
    }
    ref_close(descr);
    return r;
}

/* Dunder call where a missing method means NotImplemented. */
static Ref call_maybe(Thread *t, Ref self, Object *name, const Ref *args, size_t nargs) {
    bool found;
    Ref r = call_dunder(t, self, name, args, nargs, NULL, &found);
    if (!found) return REF_NOTIMPLEMENTED;
    return r;
}

/* Dunder call where the method must exist (it did when the slot was chosen). */
static Ref call_must(Thread *t, Ref self, Object *name, const Ref *args, size_t nargs) {
    bool found;
    Ref r = call_dunder(t, self, name, args, nargs, NULL, &found);
    if (!found) {
        err_set_value(t, &exc_AttributeError, ref_from_obj((Object *)name));
        return REF_NULL;
    }
    return r;
}

Ref obj_call_special(Thread *t, Ref o, Object *name, const Ref *args, size_t nargs) {
    bool found;
    return call_dunder(t, o, name, args, nargs, NULL, &found);
}

/* ---- generic slots (Python classes) ------------------------------------------------------- */

static Ref slot_tp_repr(Thread *t, Ref self) { return call_must(t, self, ID(__repr__), NULL, 0); }
static Ref slot_tp_str(Thread *t, Ref self) { return call_must(t, self, ID(__str__), NULL, 0); }

static int64_t slot_tp_hash(Thread *t, Ref self) {
    Ref f = type_lookup(ref_type(self), ID(__hash__));
    if (ref_is_null(f) || ref_is_none(f)) return hash_not_implemented(t, self);
    Ref r = call_must(t, self, ID(__hash__), NULL, 0);
    if (ref_is_null(r)) return -1;
    if (!int_check(r)) {
        ref_close(r);
        err_set(t, &exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* As CPython: a result that fits in a machine word is the hash itself; only larger
     * ints are hashed again. */
    int overflow = 0;
    int64_t h = int_as_i64_overflow(r, &overflow);
    if (overflow) h = int_hash(r);
    ref_close(r);
    return h == -1 ? -2 : h;
}

static const size_t cmp_names[6] = {ID_OFF(__lt__), ID_OFF(__le__), ID_OFF(__eq__),
                                    ID_OFF(__ne__), ID_OFF(__gt__), ID_OFF(__ge__)};
#define ID_AT(off) (*(Object **)((char *)&spry_runtime.ids + (off)))

static Ref slot_tp_richcompare(Thread *t, Ref self, Ref other, int op) {
    return call_maybe(t, self, ID_AT(cmp_names[op]), &other, 1);
}

static Ref slot_tp_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    bool found;
    Ref r = call_dunder(t, self, ID(__call__), args, nargs, kwnames, &found);
    if (!found) return err_format(t, &exc_TypeError, "'%T' object is not callable", self);
    return r;
}

static bool is_wrapper_of(Ref d, void *fn) {
    return ref_is_obj(d) && ref_type(d) == &wrapper_descr_type &&
           ((WrapperDescr *)ref_obj(d))->wrapped == fn;
}

static Ref slot_tp_getattr_hook(Thread *t, Ref self, Object *name) {
    Type *tp = ref_type(self);
    Ref getattribute = type_lookup(tp, ID(__getattribute__));
    Ref r;
    Ref nm = ref_from_obj((Object *)name);
    if (ref_is_null(getattribute) || is_wrapper_of(getattribute, (void *)object_generic_getattr)) {
        r = object_generic_getattr_or_null(t, self, name);
        if (!ref_is_null(r)) return r;
        Ref getattr = type_lookup(tp, ID(__getattr__));
        if (err_occurred(t)) {
            /* a descriptor's AttributeError goes to __getattr__ too */
            if (ref_is_null(getattr) || !err_matches(t, &exc_AttributeError)) return REF_NULL;
            err_clear(t);
        } else if (ref_is_null(getattr)) {
            return object_attribute_error(t, self, name);
        }
        return call_must(t, self, ID(__getattr__), &nm, 1);
    }
    r = call_must(t, self, ID(__getattribute__), &nm, 1);
    if (!ref_is_null(r) || !err_matches(t, &exc_AttributeError)) return r;
    Ref getattr = type_lookup(tp, ID(__getattr__));
    if (ref_is_null(getattr)) return r;
    err_clear(t);
    return call_must(t, self, ID(__getattr__), &nm, 1);
}

static int slot_tp_setattro(Thread *t, Ref self, Object *name, Ref value) {
    Ref args[2] = {ref_from_obj((Object *)name), value};
    Ref r = ref_is_null(value) ? call_must(t, self, ID(__delattr__), args, 1)
                               : call_must(t, self, ID(__setattr__), args, 2);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

static Ref slot_tp_descr_get(Thread *t, Ref self, Ref obj, Ref type) {
    Ref args[2] = {ref_is_null(obj) ? REF_NONE : obj, ref_is_null(type) ? REF_NONE : type};
    return call_must(t, self, ID(__get__), args, 2);
}

static int slot_tp_descr_set(Thread *t, Ref self, Ref obj, Ref value) {
    Ref args[2] = {obj, value};
    Ref r = ref_is_null(value) ? call_must(t, self, ID(__delete__), args, 1)
                               : call_must(t, self, ID(__set__), args, 2);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

static int slot_tp_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    bool found;
    Ref r = call_dunder(t, self, ID(__init__), args, nargs, kwnames, &found);
    if (!found) return 0;
    if (ref_is_null(r)) return -1;
    if (!ref_is_none(r)) {
        err_format(t, &exc_TypeError, "__init__() should return None, not '%T'", r);
        ref_close(r);
        return -1;
    }
    return 0;
}

static Ref slot_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Ref f = obj_getattr(t, ref_from_obj((Object *)type), ID(__new__));
    if (ref_is_null(f)) return REF_NULL;
    Ref r = obj_call_prepend(t, f, ref_from_obj((Object *)type), args, nargs, kwnames);
    ref_close(f);
    return r;
}

static void slot_tp_finalize(Object *o) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    Ref self = ref_from_obj(o);
    Ref r = call_maybe(t, self, ID(__del__), NULL, 0);
    if (ref_is_null(r)) {
        Ref del = type_lookup(ref_type(self), ID(__del__));
        err_write_unraisable(t, del);
    } else {
        ref_close(r);
    }
    err_restore(t, saved);
}

static Ref slot_tp_iter(Thread *t, Ref self) {
    Ref f = type_lookup(ref_type(self), ID(__iter__));
    if (ref_is_none(f)) return err_format(t, &exc_TypeError, "'%T' object is not iterable", self);
    return call_must(t, self, ID(__iter__), NULL, 0);
}

static Ref slot_tp_iternext(Thread *t, Ref self) {
    Ref r = call_must(t, self, ID(__next__), NULL, 0);
    if (ref_is_null(r) && err_matches(t, &exc_StopIteration)) err_clear(t);
    return r;
}

static intptr_t slot_tp_len(Thread *t, Ref self) {
    Ref r = call_must(t, self, ID(__len__), NULL, 0);
    if (ref_is_null(r)) return -1;
    Ref i = obj_index(t, r);
    ref_close(r);
    if (ref_is_null(i)) return -1;
    if (int_sign(i) < 0) {
        ref_close(i);
        err_set(t, &exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    int overflow = 0;
    int64_t n = int_as_i64_overflow(i, &overflow);
    ref_close(i);
    if (overflow) {
        err_set(t, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return (intptr_t)n;
}

static Ref slot_tp_getitem(Thread *t, Ref self, Ref key) {
    return call_must(t, self, ID(__getitem__), &key, 1);
}

static int slot_tp_setitem(Thread *t, Ref self, Ref key, Ref value) {
    Ref args[2] = {key, value};
    Ref r = ref_is_null(value) ? call_must(t, self, ID(__delitem__), args, 1)
                               : call_must(t, self, ID(__setitem__), args, 2);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

static int slot_tp_contains(Thread *t, Ref self, Ref item) {
    Ref f = type_lookup(ref_type(self), ID(__contains__));
    if (ref_is_none(f)) {
        err_format(t, &exc_TypeError, "'%T' object is not a container", self);
        return -1;
    }
    if (ref_is_null(f)) {
        /* removed since the slot was set: search by iteration */
        Ref it = obj_iter(t, self);
        if (ref_is_null(it)) return -1;
        for (;;) {
            Ref x = obj_next(t, it);
            if (ref_is_null(x)) {
                ref_close(it);
                return err_occurred(t) ? -1 : 0;
            }
            int eq = obj_richcompare_bool(t, x, item, CMP_EQ);
            ref_close(x);
            if (eq != 0) {
                ref_close(it);
                return eq;
            }
        }
    }
    Ref r = call_must(t, self, ID(__contains__), &item, 1);
    if (ref_is_null(r)) return -1;
    int b = obj_truthy(t, r);
    ref_close(r);
    return b;
}

static int slot_tp_bool(Thread *t, Ref self) {
    Ref r = call_must(t, self, ID(__bool__), NULL, 0);
    if (ref_is_null(r)) return -1;
    if (ref_is_object(r, &bool_true_obj)) return 1;
    if (ref_is_object(r, &bool_false_obj)) return 0;
    err_format(t, &exc_TypeError, "__bool__ should return bool, returned %T", r);
    ref_close(r);
    return -1;
}

#define UNARY_SLOT(fn, id)                                                                   \
    static Ref fn(Thread *t, Ref self) { return call_must(t, self, ID(id), NULL, 0); }
UNARY_SLOT(slot_nb_neg, __neg__)
UNARY_SLOT(slot_nb_pos, __pos__)
UNARY_SLOT(slot_nb_abs, __abs__)
UNARY_SLOT(slot_nb_invert, __invert__)
UNARY_SLOT(slot_nb_index, __index__)
UNARY_SLOT(slot_nb_int, __int__)
UNARY_SLOT(slot_nb_float, __float__)
UNARY_SLOT(slot_am_await, __await__)
UNARY_SLOT(slot_am_aiter, __aiter__)
UNARY_SLOT(slot_am_anext, __anext__)

/* ---- binary number slots ------------------------------------------------------------------ */

typedef struct NbNames { size_t l, r, i; const char *sym; } NbNames;
static const NbNames nb_names[NB_BINARY_COUNT] = {
    [NB_ADD] = {ID_OFF(__add__), ID_OFF(__radd__), ID_OFF(__iadd__), "+"},
    [NB_AND] = {ID_OFF(__and__), ID_OFF(__rand__), ID_OFF(__iand__), "&"},
    [NB_FLOOR_DIVIDE] = {ID_OFF(__floordiv__), ID_OFF(__rfloordiv__), ID_OFF(__ifloordiv__), "//"},
    [NB_LSHIFT] = {ID_OFF(__lshift__), ID_OFF(__rlshift__), ID_OFF(__ilshift__), "<<"},
    [NB_MATRIX_MULTIPLY] = {ID_OFF(__matmul__), ID_OFF(__rmatmul__), ID_OFF(__imatmul__), "@"},
    [NB_MULTIPLY] = {ID_OFF(__mul__), ID_OFF(__rmul__), ID_OFF(__imul__), "*"},
    [NB_REMAINDER] = {ID_OFF(__mod__), ID_OFF(__rmod__), ID_OFF(__imod__), "%"},
    [NB_OR] = {ID_OFF(__or__), ID_OFF(__ror__), ID_OFF(__ior__), "|"},
    [NB_POWER] = {ID_OFF(__pow__), ID_OFF(__rpow__), ID_OFF(__ipow__), "**"},
    [NB_RSHIFT] = {ID_OFF(__rshift__), ID_OFF(__rrshift__), ID_OFF(__irshift__), ">>"},
    [NB_SUBTRACT] = {ID_OFF(__sub__), ID_OFF(__rsub__), ID_OFF(__isub__), "-"},
    [NB_TRUE_DIVIDE] = {ID_OFF(__truediv__), ID_OFF(__rtruediv__), ID_OFF(__itruediv__), "/"},
    [NB_XOR] = {ID_OFF(__xor__), ID_OFF(__rxor__), ID_OFF(__ixor__), "^"},
};

const char *obj_binop_symbol(int op) {
    return op >= 0 && op < NB_BINARY_COUNT ? nb_names[op].sym : "?";
}

/* Does `right`'s type define rname differently from `left`'s? */
static bool method_is_overloaded(Type *left, Type *right, Object *rname) {
    Ref b = type_lookup(right, rname);
    if (ref_is_null(b)) return false;
    Ref a = type_lookup(left, rname);
    if (ref_is_null(a)) return true;
    return !ref_is(a, b);
}

/* CPython's rule for a Python class's binary dunders, called as nb[op](a, b) when a or b
 * is of a class using this slot: try the reflected method first when b's class is a
 * subclass of a's overriding it; NotImplemented passes on to the other side. */
static Ref slot_binop(Thread *t, Ref self, Ref other, int op, BinaryFn me) {
    Type *ts = ref_type(self), *to = ref_type(other);
    Object *lname = ID_AT(nb_names[op].l), *rname = ID_AT(nb_names[op].r);
    bool do_other = ts != to && to->nb[op] == me && !ref_is_null(type_lookup(to, rname));
    if (ts->nb[op] == me) {
        if (do_other && type_is_subtype(to, ts) && method_is_overloaded(ts, to, rname)) {
            Ref r = call_maybe(t, other, rname, &self, 1);
            if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
            do_other = false;
        }
        Ref r = call_maybe(t, self, lname, &other, 1);
        if (!ref_is(r, REF_NOTIMPLEMENTED) || ts == to) return r;
    }
    if (do_other) return call_maybe(t, other, rname, &self, 1);
    return REF_NOTIMPLEMENTED;
}

#define BIN_SLOT(fn, op)                                                                     \
    static Ref fn(Thread *t, Ref a, Ref b) { return slot_binop(t, a, b, op, fn); }         \
    static Ref fn##_i(Thread *t, Ref a, Ref b) {                                             \
        return call_maybe(t, a, ID_AT(nb_names[op].i), &b, 1);                              \
    }
BIN_SLOT(slot_nb_add, NB_ADD)
BIN_SLOT(slot_nb_and, NB_AND)
BIN_SLOT(slot_nb_floordiv, NB_FLOOR_DIVIDE)
BIN_SLOT(slot_nb_lshift, NB_LSHIFT)
BIN_SLOT(slot_nb_matmul, NB_MATRIX_MULTIPLY)
BIN_SLOT(slot_nb_mul, NB_MULTIPLY)
BIN_SLOT(slot_nb_mod, NB_REMAINDER)
BIN_SLOT(slot_nb_or, NB_OR)
BIN_SLOT(slot_nb_pow, NB_POWER)
BIN_SLOT(slot_nb_rshift, NB_RSHIFT)
BIN_SLOT(slot_nb_sub, NB_SUBTRACT)
BIN_SLOT(slot_nb_truediv, NB_TRUE_DIVIDE)
BIN_SLOT(slot_nb_xor, NB_XOR)

static const BinaryFn python_binop_slots[NB_BINARY_COUNT] = {
    [NB_ADD] = slot_nb_add, [NB_AND] = slot_nb_and, [NB_FLOOR_DIVIDE] = slot_nb_floordiv,
    [NB_LSHIFT] = slot_nb_lshift, [NB_MATRIX_MULTIPLY] = slot_nb_matmul,
    [NB_MULTIPLY] = slot_nb_mul, [NB_REMAINDER] = slot_nb_mod, [NB_OR] = slot_nb_or,
    [NB_POWER] = slot_nb_pow, [NB_RSHIFT] = slot_nb_rshift, [NB_SUBTRACT] = slot_nb_sub,
    [NB_TRUE_DIVIDE] = slot_nb_truediv, [NB_XOR] = slot_nb_xor,
};

Ref type_python_binop(Type *tp, int op) {
    if (tp->nb[op] != python_binop_slots[op]) return REF_NULL;
    return type_lookup(tp, ID_AT(nb_names[op].l));
}

/* pow(a, b, m): only a's __pow__ is tried with three arguments. */
static Ref slot_nb_power3(Thread *t, Ref a, Ref b, Ref m) {
    if (ref_type(a)->power3 != slot_nb_power3) return REF_NOTIMPLEMENTED;
    Ref args[2] = {b, m};
    return call_maybe(t, a, ID(__pow__), args, 2);
}

/* ---- wrappers (C slot -> method) ---------------------------------------------------------- */

static bool check_nargs(Thread *t, const SlotDef *d, size_t nargs, Object *kwnames, size_t n) {
    if (kwnames && tuple_size(kwnames)) {
        err_format(t, &exc_TypeError, "wrapper %U() takes no keyword arguments", slotdef_name(d));
        return false;
    }
    if (nargs != n) {
        err_format(t, &exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s",
                   nargs);
        return false;
    }
    return true;
}

#define WRAPPER(fn)                                                                          \
    static Ref fn(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames,       \
                  const SlotDef *d, void *wrapped)

WRAPPER(wrap_unary) {
    if (!check_nargs(t, d, nargs, kwnames, 0)) return REF_NULL;
    return ((UnaryFn)wrapped)(t, self);
}

WRAPPER(wrap_hash) {
    if (!check_nargs(t, d, nargs, kwnames, 0)) return REF_NULL;
    int64_t h = ((HashFn)wrapped)(t, self);
    if (h == -1 && err_occurred(t)) return REF_NULL;
    return int_from_i64(t, h);
}

WRAPPER(wrap_richcmp) {
    if (!check_nargs(t, d, nargs, kwnames, 1)) return REF_NULL;
    return ((RichCmpFn)wrapped)(t, self, args[0], d->arg);
}

WRAPPER(wrap_call) { return ((CallFn)wrapped)(t, self, args, nargs, kwnames); }

WRAPPER(wrap_next) {
    if (!check_nargs(t, d, nargs, kwnames, 0)) return REF_NULL;
    Ref r = ((IterNextFn)wrapped)(t, self);
    if (ref_is_null(r) && !err_occurred(t)) err_set_value(t, &exc_StopIteration, REF_NULL);
    return r;
}

WRAPPER(wrap_descr_get) {
    if (kwnames && tuple_size(kwnames)) return check_nargs(t, d, 0, kwnames, 0), REF_NULL;
    if (nargs < 1 || nargs > 2) {
        return err_format(t, &exc_TypeError, "__get__ expected at %s %d argument%s, got %zu",
                          nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2,
                          nargs < 1 ? "" : "s", nargs);
    }
    Ref obj = ref_is_none(args[0]) ? REF_NULL : args[0];
    Ref type = nargs > 1 && !ref_is_none(args[1]) ? args[1] : REF_NULL;
    if (ref_is_null(obj) && ref_is_null(type))
        return err_set(t, &exc_TypeError, "__get__(None, None) is invalid");
    return ((DescrGetFn)wrapped)(t, self, obj, type);
}

static Ref none_or_null(int r) { return r < 0 ? REF_NULL : REF_NONE; }

WRAPPER(wrap_descr_set) {
    if (!check_nargs(t, d, nargs, kwnames, 2)) return REF_NULL;
    return none_or_null(((DescrSetFn)wrapped)(t, self, args[0], args[1]));
}

WRAPPER(wrap_descr_delete) {
    if (!check_nargs(t, d, nargs, kwnames, 1)) return REF_NULL;
    return none_or_null(((DescrSetFn)wrapped)(t, self, args[0], REF_NULL));
}

WRAPPER(wrap_init) { return none_or_null(((InitFn)wrapped)(t, self, args, nargs, kwnames)); }

WRAPPER(wrap_len) {
    if (!check_nargs(t, d, nargs, kwnames, 0)) return REF_NULL;
    intptr_t n = ((LenFn)wrapped)(t, self);
    if (n < 0) return REF_NULL;
    return int_from_i64(t, n);
}

WRAPPER(wrap_setitem) {
    if (!check_nargs(t, d, nargs, kwnames, 2)) return REF_NULL;
    return none_or_null(((SetItemFn)wrapped)(t, self, args[0], args[1]));
}

WRAPPER(wrap_delitem) {
    if (!check_nargs(t, d, nargs, kwnames, 1)) return REF_NULL;
    return none_or_null(((SetItemFn)wrapped)(t, self, args[0], REF_NULL));
}

WRAPPER(wrap_contains) {
    if (!check_nargs(t, d, nargs, kwnames, 1)) return REF_NULL;
    int r = ((ContainsFn)wrapped)(t, self, args[0]);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

WRAPPER(wrap_inquiry) {
    if (!check_nargs(t, d, nargs, kwnames, 0)) return REF_NULL;
    int r = ((InquiryFn)wrapped)(t, self);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

WRAPPER(wrap_binary_l) {
    if (!check_nargs(t, d, nargs, kwnames, 1)) return REF_NULL;
    return ((BinaryFn)wrapped)(t, self, args[0]);
}

WRAPPER(wrap_binary_r) {
    if (!check_nargs(t, d, nargs, kwnames, 1)) return REF_NULL;
    return ((BinaryFn)wrapped)(t, args[0], self);
}

static bool pow_args(Thread *t, const SlotDef *d, size_t nargs, Object *kwnames) {
    if (kwnames && tuple_size(kwnames)) return check_nargs(t, d, 0, kwnames, 0);
    if (nargs < 1 || nargs > 2) {
        err_format(t, &exc_TypeError, "expected %s argument%s, got %zu", nargs < 1 ? "1" : "2",
                   nargs < 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

WRAPPER(wrap_ternary) {
    if (!pow_args(t, d, nargs, kwnames)) return REF_NULL;
    if (nargs == 1 || ref_is_none(args[1])) return ((BinaryFn)wrapped)(t, self, args[0]);
    TernaryFn p3 = ref_type(self)->power3;
    return p3 ? p3(t, self, args[0], args[1]) : REF_NOTIMPLEMENTED;
}

WRAPPER(wrap_ternary_r) {
    if (!pow_args(t, d, nargs, kwnames)) return REF_NULL;
    if (nargs == 1 || ref_is_none(args[1])) return ((BinaryFn)wrapped)(t, args[0], self);
    TernaryFn p3 = ref_type(self)->power3;
    return p3 ? p3(t, args[0], self, args[1]) : REF_NOTIMPLEMENTED;
}

WRAPPER(wrap_ipow) {
    if (!pow_args(t, d, nargs, kwnames)) return REF_NULL;
    return ((BinaryFn)wrapped)(t, self, args[0]);
}

static bool attr_name_arg(Thread *t, Ref name) {
    if (!str_check(name)) {
        err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", name);
        return false;
    }
    return true;
}

/* object.__setattr__(SomeType, ...) must not bypass type's own setattr. */
static bool hackcheck(Thread *t, Ref self, void *wrapped, const char *what) {
    if (type_check(self) && wrapped == (void *)object_generic_setattr) {
        err_format(t, &exc_TypeError, "can't apply this %s to %s object", what,
                   ref_type(self)->tp_name);
        return false;
    }
    return true;
}

WRAPPER(wrap_getattr) {
    if (!check_nargs(t, d, nargs, kwnames, 1) || !attr_name_arg(t, args[0])) return REF_NULL;
    return ((GetAttrFn)wrapped)(t, self, ref_obj(args[0]));
}

WRAPPER(wrap_setattr) {
    if (!check_nargs(t, d, nargs, kwnames, 2) || !attr_name_arg(t, args[0])) return REF_NULL;
    if (!hackcheck(t, self, wrapped, "__setattr__")) return REF_NULL;
    return none_or_null(((SetAttrFn)wrapped)(t, self, ref_obj(args[0]), args[1]));
}

WRAPPER(wrap_delattr) {
    if (!check_nargs(t, d, nargs, kwnames, 1) || !attr_name_arg(t, args[0])) return REF_NULL;
    if (!hackcheck(t, self, wrapped, "__delattr__")) return REF_NULL;
    return none_or_null(((SetAttrFn)wrapped)(t, self, ref_obj(args[0]), REF_NULL));
}

WRAPPER(wrap_del) {
    if (!check_nargs(t, d, nargs, kwnames, 0)) return REF_NULL;
    ((DeallocFn)wrapped)(ref_obj(self));
    return err_occurred(t) ? REF_NULL : REF_NONE;
}

/* ---- the table ------------------------------------------------------------------------------ */

#define ROW(name, off, gen, wrap, doc) {ID_OFF(name), off, (void *)(gen), wrap, 0, doc}
#define CMPROW(name, op, doc)                                                                \
    {ID_OFF(name), SLOT_OFF(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, op, doc}
#define BINROWS(op, gen, l, r)                                                               \
    {ID_OFF(l), NB_OFF(op), (void *)gen, wrap_binary_l, op, "Return self" #l "value."},    \
    {ID_OFF(r), NB_OFF(op), (void *)gen, wrap_binary_r, op, "Return value" #r "self."}
#define IROW(op, gen, name) {ID_OFF(name), NBI_OFF(op), (void *)gen##_i, wrap_binary_l, op, NULL}

/* Rows of one slot are adjacent (update_slot processes them as a group). */
const SlotDef type_slotdefs[] = {
    ROW(__getattribute__, SLOT_OFF(getattro), slot_tp_getattr_hook, wrap_getattr,
        "Return getattr(self, name)."),
    ROW(__getattr__, SLOT_OFF(getattro), slot_tp_getattr_hook, NULL, NULL),
    ROW(__setattr__, SLOT_OFF(setattro), slot_tp_setattro, wrap_setattr,
        "Implement setattr(self, name, value)."),
    ROW(__delattr__, SLOT_OFF(setattro), slot_tp_setattro, wrap_delattr,
        "Implement delattr(self, name)."),
    ROW(__repr__, SLOT_OFF(repr), slot_tp_repr, wrap_unary, "Return repr(self)."),
    ROW(__hash__, SLOT_OFF(hash), slot_tp_hash, wrap_hash, "Return hash(self)."),
    ROW(__call__, SLOT_OFF(call), slot_tp_call, wrap_call, "Call self as a function."),
    ROW(__str__, SLOT_OFF(str), slot_tp_str, wrap_unary, "Return str(self)."),
    CMPROW(__lt__, CMP_LT, "Return self<value."),
    CMPROW(__le__, CMP_LE, "Return self<=value."),
    CMPROW(__eq__, CMP_EQ, "Return self==value."),
    CMPROW(__ne__, CMP_NE, "Return self!=value."),
    CMPROW(__gt__, CMP_GT, "Return self>value."),
    CMPROW(__ge__, CMP_GE, "Return self>=value."),
    ROW(__iter__, SLOT_OFF(iter), slot_tp_iter, wrap_unary, "Implement iter(self)."),
    ROW(__next__, SLOT_OFF(iternext), slot_tp_iternext, wrap_next, "Implement next(self)."),
    ROW(__get__, SLOT_OFF(descr_get), slot_tp_descr_get, wrap_descr_get,
        "Return an attribute of instance, which is of type owner."),
    ROW(__set__, SLOT_OFF(descr_set), slot_tp_descr_set, wrap_descr_set,
        "Set an attribute of instance to value."),
    ROW(__delete__, SLOT_OFF(descr_set), slot_tp_descr_set, wrap_descr_delete,
        "Delete an attribute of instance."),
    ROW(__init__, SLOT_OFF(init), slot_tp_init, wrap_init,
        "Initialize self.  See help(type(self)) for accurate signature."),
    ROW(__new__, SLOT_OFF(new_), slot_tp_new, NULL, NULL),
    ROW(__del__, SLOT_OFF(tp_finalize), slot_tp_finalize, wrap_del, "Called when the instance is about to be destroyed."),
    ROW(__await__, SLOT_OFF(await_), slot_am_await, wrap_unary, "Return an iterator to be used in await expression."),
    ROW(__aiter__, SLOT_OFF(aiter), slot_am_aiter, wrap_unary, "Return an awaitable, that resolves in asynchronous iterator."),
    ROW(__anext__, SLOT_OFF(anext), slot_am_anext, wrap_unary, "Return a value or raise StopAsyncIteration."),
    BINROWS(NB_ADD, slot_nb_add, __add__, __radd__),
    BINROWS(NB_SUBTRACT, slot_nb_sub, __sub__, __rsub__),
    BINROWS(NB_MULTIPLY, slot_nb_mul, __mul__, __rmul__),
    BINROWS(NB_REMAINDER, slot_nb_mod, __mod__, __rmod__),
    {ID_OFF(__pow__), NB_OFF(NB_POWER), (void *)slot_nb_pow, wrap_ternary, NB_POWER,
     "Return pow(self, value, mod)."},
    {ID_OFF(__rpow__), NB_OFF(NB_POWER), (void *)slot_nb_pow, wrap_ternary_r, NB_POWER,
     "Return pow(value, self, mod)."},
    {ID_OFF(__pow__), SLOT_OFF(power3), (void *)slot_nb_power3, NULL, NB_POWER, NULL},
    ROW(__neg__, SLOT_OFF(neg), slot_nb_neg, wrap_unary, "-self"),
    ROW(__pos__, SLOT_OFF(pos), slot_nb_pos, wrap_unary, "+self"),
    ROW(__abs__, SLOT_OFF(abs), slot_nb_abs, wrap_unary, "abs(self)"),
    ROW(__bool__, SLOT_OFF(bool_), slot_tp_bool, wrap_inquiry, "True if self else False"),
    ROW(__invert__, SLOT_OFF(invert), slot_nb_invert, wrap_unary, "~self"),
    BINROWS(NB_LSHIFT, slot_nb_lshift, __lshift__, __rlshift__),
    BINROWS(NB_RSHIFT, slot_nb_rshift, __rshift__, __rrshift__),
    BINROWS(NB_AND, slot_nb_and, __and__, __rand__),
    BINROWS(NB_XOR, slot_nb_xor, __xor__, __rxor__),
    BINROWS(NB_OR, slot_nb_or, __or__, __ror__),
    ROW(__int__, SLOT_OFF(int_), slot_nb_int, wrap_unary, "int(self)"),
    ROW(__float__, SLOT_OFF(float_), slot_nb_float, wrap_unary, "float(self)"),
    IROW(NB_ADD, slot_nb_add, __iadd__),
    IROW(NB_SUBTRACT, slot_nb_sub, __isub__),
    IROW(NB_MULTIPLY, slot_nb_mul, __imul__),
    IROW(NB_REMAINDER, slot_nb_mod, __imod__),
    {ID_OFF(__ipow__), NBI_OFF(NB_POWER), (void *)slot_nb_pow_i, wrap_ipow, NB_POWER, NULL},
    IROW(NB_LSHIFT, slot_nb_lshift, __ilshift__),
    IROW(NB_RSHIFT, slot_nb_rshift, __irshift__),
    IROW(NB_AND, slot_nb_and, __iand__),
    IROW(NB_XOR, slot_nb_xor, __ixor__),
    IROW(NB_OR, slot_nb_or, __ior__),
    BINROWS(NB_FLOOR_DIVIDE, slot_nb_floordiv, __floordiv__, __rfloordiv__),
    BINROWS(NB_TRUE_DIVIDE, slot_nb_truediv, __truediv__, __rtruediv__),
    IROW(NB_FLOOR_DIVIDE, slot_nb_floordiv, __ifloordiv__),
    IROW(NB_TRUE_DIVIDE, slot_nb_truediv, __itruediv__),
    ROW(__index__, SLOT_OFF(index), slot_nb_index, wrap_unary, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BINROWS(NB_MATRIX_MULTIPLY, slot_nb_matmul, __matmul__, __rmatmul__),
    IROW(NB_MATRIX_MULTIPLY, slot_nb_matmul, __imatmul__),
    ROW(__len__, SLOT_OFF(len), slot_tp_len, wrap_len, "Return len(self)."),
    ROW(__getitem__, SLOT_OFF(getitem), slot_tp_getitem, wrap_binary_l, "Return self[key]."),
    ROW(__setitem__, SLOT_OFF(setitem), slot_tp_setitem, wrap_setitem, "Set self[key] to value."),
    ROW(__delitem__, SLOT_OFF(setitem), slot_tp_setitem, wrap_delitem, "Delete self[key]."),
    ROW(__contains__, SLOT_OFF(contains), slot_tp_contains, wrap_contains, "Return key in self."),
    {0, 0, NULL, NULL, 0, NULL},
};

static bool row_end(const SlotDef *d) { return d->name_off == 0 && d->slot_off == 0; }

/* ---- static types: exposing their C slots --------------------------------------------------- */

static const MethodDef tp_new_def = {
    "__new__", type_tp_new_wrapper, 0,
    "Create and return a new object.  See help(type) for accurate signature."};

/* Sequences concatenate with `+` through their add slot, but as in CPython (where that is
 * sq_concat) they have no __radd__: `x + seq` is x's business. */
static bool concatenates(const Type *type) {
    return (type->tp_flags & (TPFLAG_SEQUENCE | TPFLAG_UNICODE_SUBCLASS | TPFLAG_BYTES_SUBCLASS)) != 0 ||
           type == &bytearray_type;
}

int type_add_slot_wrappers(Thread *t, Type *type) {
    Object *dict = type->tp_dict;
    for (const SlotDef *d = type_slotdefs; !row_end(d); d++) {
        void *fn = *slot_ptr(type, d->slot_off);
        if (!fn) continue;
        Object *name = slotdef_name(d);
        if (d->slot_off == SLOT_OFF(new_)) {
            int has = dict_contains(t, dict, ref_immortal(name));
            if (has < 0) return -1;
            if (has) continue;
            Object *f = cfunction_new(t, &tp_new_def, ref_immortal(type), NULL);
            if (!f) return -1;
            int r = dict_set_str(t, dict, name, ref_from_obj(f));
            obj_decref(f);
            if (r < 0) return -1;
            continue;
        }
        if (!d->wrapper) continue;
        if (d->slot_off == SLOT_OFF(hash) && fn == (void *)hash_not_implemented) {
            if (dict_set_str(t, dict, name, REF_NONE) < 0) return -1;
            continue;
        }
        if (name == ID(__radd__) && concatenates(type)) continue;
        int has = dict_contains(t, dict, ref_immortal(name));
        if (has < 0) return -1;
        if (has) continue;
        Object *w = descr_new_wrapper(t, type, d, fn);
        if (!w) return -1;
        int r = dict_set_str(t, dict, name, ref_from_obj(w));
        obj_decref(w);
        if (r < 0) return -1;
    }
    return 0;
}

/* ---- heap types: choosing each slot --------------------------------------------------------- */

/* Recomputes the slot at the group of rows starting at `first`; returns the row after it. */
static const SlotDef *update_slot_group(Type *type, const SlotDef *first) {
    size_t off = first->slot_off;
    void *specific = NULL, *generic = NULL;
    bool use_generic = false;
    const SlotDef *d = first;
    for (; !row_end(d) && d->slot_off == off; d++) {
        Ref descr = type_lookup(type, slotdef_name(d));
        if (ref_is_null(descr)) continue;
        void *cand = NULL;
        Type *dt = ref_is_obj(descr) ? ref_type(descr) : NULL;
        if (dt == &wrapper_descr_type) {
            WrapperDescr *w = (WrapperDescr *)ref_obj(descr);
            if (w->slot->slot_off == off && type_is_subtype(type, w->d.type))
                cand = w->wrapped;
            else if (off == SLOT_OFF(power3) && w->slot->slot_off == NB_OFF(NB_POWER) &&
                     w->slot->wrapper == wrap_ternary && type_is_subtype(type, w->d.type))
                cand = (void *)w->d.type->power3;
        } else if (off == SLOT_OFF(new_) && dt == &cfunction_type) {
            CFunctionObj *f = (CFunctionObj *)ref_obj(descr);
            if (f->def && f->def->fn == type_tp_new_wrapper && type_check(f->self))
                cand = (void *)((Type *)ref_obj(f->self))->new_;
        } else if (off == SLOT_OFF(hash) && ref_is_none(descr)) {
            cand = (void *)hash_not_implemented;
        }
        if (cand) {
            if (!specific) specific = cand;
            else if (specific != cand) use_generic = true;
        } else {
            use_generic = true;
        }
        if (!generic) generic = d->generic;
    }
    void *v = use_generic ? generic : specific;
    *slot_ptr(type, off) = v;
    return d;
}

void type_fixup_slots(Type *type, bool recurse) {
    if (!type_has_flag(type, TPFLAG_HEAPTYPE)) return;
    for (const SlotDef *d = type_slotdefs; !row_end(d);) d = update_slot_group(type, d);
    if (recurse && type->extra)
        for (intptr_t i = 0; i < type->extra->nsubclasses; i++)
            type_fixup_slots(type->extra->subclasses[i], true);
}

static void update_slot_recursive(Type *type, const SlotDef *group) {
    if (!type_has_flag(type, TPFLAG_HEAPTYPE)) return;
    update_slot_group(type, group);
    if (type->extra)
        for (intptr_t i = 0; i < type->extra->nsubclasses; i++)
            update_slot_recursive(type->extra->subclasses[i], group);
}

bool type_update_slot(Type *type, Object *name) {
    bool any = false;
    const SlotDef *group = type_slotdefs;
    for (const SlotDef *d = type_slotdefs; !row_end(d); d++) {
        if (d == type_slotdefs || d->slot_off != d[-1].slot_off) group = d;
        if (!str_eq(slotdef_name(d), name)) continue;
        any = true;
        update_slot_recursive(type, group);
    }
    return any;
}

/* ---- __new__ of static types --------------------------------------------------------------- */

Ref type_tp_new_wrapper(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Type *type = (Type *)ref_obj(self);
    if (nargs < 1)
        return err_format(t, &exc_TypeError, "%s.__new__(): not enough arguments", type->tp_name);
    Ref arg0 = args[0];
    if (!type_check(arg0))
        return err_format(t, &exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                          type->tp_name, ref_type(arg0)->tp_name);
    Type *sub = (Type *)ref_obj(arg0);
    if (!type_is_subtype(sub, type))
        return err_format(t, &exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          type->tp_name, sub->tp_name, sub->tp_name, type->tp_name);
    /* The nearest non-Python base of sub must use this very constructor. */
    Type *staticbase = sub;
    while (staticbase && staticbase->new_ == slot_tp_new) staticbase = staticbase->tp_base;
    if (staticbase && staticbase->new_ != type->new_)
        return err_format(t, &exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                          type->tp_name, sub->tp_name, staticbase->tp_name);
    Ref r = type->new_(t, sub, args + 1, nargs - 1, kwnames);
    if (!ref_is_null(r)) {
        Type *rt = ref_type(r);
        if (type_has_flag(rt, TPFLAG_HEAPTYPE) && type_has_flag(rt, TPFLAG_HAVE_GC) &&
            !gc_is_tracked(ref_obj(r)))
            gc_track(ref_obj(r));
    }
    return r;
}
