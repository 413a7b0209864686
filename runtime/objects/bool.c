/* bool: the int subclass with exactly two immortal instances, True and False (defined in
 * int.c next to their values). & | ^ between two bools give a bool; everything else is
 * int arithmetic. */
#include "spry.h"
#include "objects/int_impl.h"

static bool is_bool(Ref r) { return ref_is_object(r, &bool_true_obj) || ref_is_object(r, &bool_false_obj); }

static Ref bool_repr(Thread *t, Ref a) {
    return ref_from_obj(str_from_cstr(t, ref_is_object(a, &bool_true_obj) ? "True" : "False"));
}

static Ref bool_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "bool", kwnames)) return REF_NULL;
    if (!args_count(t, "bool", nargs, NULL, 0, 1)) return REF_NULL;
    if (nargs == 0) return REF_FALSE;
    int b = obj_truthy(t, args[0]);
    if (b < 0) return REF_NULL;
    return ref_from_bool(b);
}

static Ref bool_and(Thread *t, Ref a, Ref b) {
    if (is_bool(a) && is_bool(b))
        return ref_from_bool(ref_is_object(a, &bool_true_obj) && ref_is_object(b, &bool_true_obj));
    return int_nb_and(t, a, b);
}

static Ref bool_or(Thread *t, Ref a, Ref b) {
    if (is_bool(a) && is_bool(b))
        return ref_from_bool(ref_is_object(a, &bool_true_obj) || ref_is_object(b, &bool_true_obj));
    return int_nb_or(t, a, b);
}

static Ref bool_xor(Thread *t, Ref a, Ref b) {
    if (is_bool(a) && is_bool(b))
        return ref_from_bool(ref_is_object(a, &bool_true_obj) != ref_is_object(b, &bool_true_obj));
    return int_nb_xor(t, a, b);
}

Type bool_type = {
    TYPE_HEAD_INIT,
    .tp_name = "bool",
    .tp_basicsize = sizeof(Int),
    .tp_flags = TPFLAG_LONG_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .tp_doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
              "The builtins True and False are the only two instances of the class bool.\n"
              "The class bool is a subclass of the class int, and cannot be subclassed.",
    .tp_base = &int_type,
    .tp_dealloc = int_dealloc,
    .tp_free = obj_free,
    .repr = bool_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .new_ = bool_new,
    .bool_ = int_bool,
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
        [NB_AND] = bool_and,
        [NB_OR] = bool_or,
        [NB_XOR] = bool_xor,
    },
    .power3 = int_power3,
};
