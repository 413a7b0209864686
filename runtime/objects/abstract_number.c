/* The number protocol: binary/in-place/ternary operators with CPython's dispatch rules
 * (left slot, right slot, right first when its type is a subclass), unary operators,
 * __index__/__int__/__float__ conversions with their result checks, and divmod. */
#include "spry.h"

/* ---- binary operators ---------------------------------------------------------------------- */

/* a op b through the nb slots of both types; REF_NOTIMPLEMENTED if neither handles it. */
static Ref binary_op1(Thread *t, Ref a, Ref b, int op) {
    Type *ta = ref_type(a), *tb = ref_type(b);
    BinaryFn slotv = ta->nb[op];
    BinaryFn slotw = tb != ta ? tb->nb[op] : NULL;
    if (slotw == slotv) slotw = NULL;
    Ref r;
    if (slotv) {
        if (slotw && type_is_subtype(tb, ta)) {
            r = slotw(t, a, b);
            if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
            slotw = NULL;
        }
        r = slotv(t, a, b);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    if (slotw) return slotw(t, a, b);
    return REF_NOTIMPLEMENTED;
}

static bool is_sequence_kind(Type *tp) {
    return type_has_flag(tp, TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_UNICODE_SUBCLASS |
                                 TPFLAG_BYTES_SUBCLASS) ||
           type_is_subtype(tp, &bytearray_type);
}

/* The messages sequences give when + or * find no partner (str/list/tuple/bytes). */
static bool sequence_error(Thread *t, Ref a, Ref b, int op) {
    Type *ta = ref_type(a), *tb = ref_type(b);
    if (op == NB_ADD && is_sequence_kind(ta)) {
        const char *kind = type_has_flag(ta, TPFLAG_UNICODE_SUBCLASS) ? "str"
                         : type_has_flag(ta, TPFLAG_LIST_SUBCLASS)    ? "list"
                         : type_has_flag(ta, TPFLAG_TUPLE_SUBCLASS)   ? "tuple"
                                                                      : NULL;
        if (kind)
            err_format(t, &exc_TypeError, "can only concatenate %s (not \"%T\") to %s", kind, b, kind);
        else
            err_format(t, &exc_TypeError, "can't concat %T to %T", b, a);
        return true;
    }
    if (op == NB_MULTIPLY) {
        if (is_sequence_kind(ta) && !tb->index) {
            err_format(t, &exc_TypeError, "can't multiply sequence by non-int of type '%T'", b);
            return true;
        }
        if (is_sequence_kind(tb) && !ta->index) {
            err_format(t, &exc_TypeError, "can't multiply sequence by non-int of type '%T'", a);
            return true;
        }
    }
    return false;
}

static Ref binop_error(Thread *t, Ref a, Ref b, int op, bool inplace) {
    if (sequence_error(t, a, b, op)) return REF_NULL;
    const char *sym = op == NB_POWER && !inplace ? "** or pow()" : obj_binop_symbol(op);
    const char *eq = inplace ? "=" : "";
    if (op == NB_RSHIFT && !inplace && ref_type(a) == &cfunction_type &&
        ((CFunctionObj *)ref_obj(a))->def && strcmp(((CFunctionObj *)ref_obj(a))->def->name, "print") == 0)
        return err_format(t, &exc_TypeError,
                          "unsupported operand type(s) for %s: '%T' and '%T'. Did you mean "
                          "\"print(<message>, file=<output_stream>)\"?",
                          sym, a, b);
    return err_format(t, &exc_TypeError, "unsupported operand type(s) for %s%s: '%T' and '%T'", sym,
                      eq, a, b);
}

Ref obj_binop(Thread *t, Ref a, Ref b, int op) {
    if (ref_is_int(a) && ref_is_int(b)) {
        switch (op) {
        case NB_ADD: return int_add(t, a, b);
        case NB_SUBTRACT: return int_sub(t, a, b);
        case NB_MULTIPLY: return int_mul(t, a, b);
        default: break;
        }
    }
    Ref r = binary_op1(t, a, b, op);
    if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    return binop_error(t, a, b, op, false);
}

Ref obj_binop_after_left(Thread *t, Ref a, Ref b, int op) {
    bool inplace = op >= NB_INPLACE_OFFSET;
    if (inplace) op -= NB_INPLACE_OFFSET;
    Type *ta = ref_type(a), *tb = ref_type(b);
    BinaryFn slotw = tb != ta ? tb->nb[op] : NULL;
    if (slotw && slotw != ta->nb[op]) {
        Ref r = slotw(t, a, b);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    return binop_error(t, a, b, op, inplace);
}

Ref obj_inplace_op(Thread *t, Ref a, Ref b, int op) {
    if (ref_is_int(a) && ref_is_int(b)) return obj_binop(t, a, b, op);
    BinaryFn f = ref_type(a)->nb_inplace[op];
    if (f) {
        Ref r = f(t, a, b);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    Ref r = binary_op1(t, a, b, op);
    if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    return binop_error(t, a, b, op, true);
}

Ref obj_power3(Thread *t, Ref a, Ref b, Ref m) {
    if (ref_is_null(m) || ref_is_none(m)) return obj_binop(t, a, b, NB_POWER);
    Type *ta = ref_type(a), *tb = ref_type(b), *tm = ref_type(m);
    TernaryFn slotv = ta->power3;
    TernaryFn slotw = tb != ta ? tb->power3 : NULL;
    if (slotw == slotv) slotw = NULL;
    Ref r;
    if (slotv) {
        if (slotw && type_is_subtype(tb, ta)) {
            r = slotw(t, a, b, m);
            if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
            slotw = NULL;
        }
        r = slotv(t, a, b, m);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    if (slotw) {
        r = slotw(t, a, b, m);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    TernaryFn slotz = tm->power3;
    if (slotz && slotz != ta->power3 && slotz != tb->power3) {
        r = slotz(t, a, b, m);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    return err_format(t, &exc_TypeError,
                      "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
}

Ref obj_divmod(Thread *t, Ref a, Ref b) {
    Type *ta = ref_type(a), *tb = ref_type(b);
    bool try_other = ta != tb;
    Ref r;
    if (try_other && type_is_subtype(tb, ta)) {
        Ref mine = type_lookup(tb, ID(__rdivmod__)), theirs = type_lookup(ta, ID(__rdivmod__));
        if (!ref_is_null(mine) && !ref_is(mine, theirs)) {
            r = obj_call_special(t, b, ID(__rdivmod__), &a, 1);
            if (ref_is_null(r) && err_occurred(t)) return r;
            if (!ref_is_null(r) && !ref_is(r, REF_NOTIMPLEMENTED)) return r;
            try_other = false;
        }
    }
    r = obj_call_special(t, a, ID(__divmod__), &b, 1);
    if (ref_is_null(r) && err_occurred(t)) return r;
    if (!ref_is_null(r) && !ref_is(r, REF_NOTIMPLEMENTED)) return r;
    if (try_other) {
        r = obj_call_special(t, b, ID(__rdivmod__), &a, 1);
        if (ref_is_null(r) && err_occurred(t)) return r;
        if (!ref_is_null(r) && !ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    return err_format(t, &exc_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'",
                      a, b);
}

/* ---- unary operators ------------------------------------------------------------------------ */

Ref obj_neg(Thread *t, Ref a) {
    if (ref_is_int(a) && ref_int(a) != REF_INT_MIN) return ref_from_int(-ref_int(a));
    UnaryFn f = ref_type(a)->neg;
    if (f) return f(t, a);
    return err_format(t, &exc_TypeError, "bad operand type for unary -: '%T'", a);
}

Ref obj_pos(Thread *t, Ref a) {
    if (ref_is_int(a)) return a;
    UnaryFn f = ref_type(a)->pos;
    if (f) return f(t, a);
    return err_format(t, &exc_TypeError, "bad operand type for unary +: '%T'", a);
}

Ref obj_invert(Thread *t, Ref a) {
    if (ref_is_int(a)) return ref_from_int(~ref_int(a));
    UnaryFn f = ref_type(a)->invert;
    if (f) return f(t, a);
    return err_format(t, &exc_TypeError, "bad operand type for unary ~: '%T'", a);
}

Ref obj_abs(Thread *t, Ref a) {
    if (ref_is_int(a) && ref_int(a) != REF_INT_MIN)
        return ref_from_int(ref_int(a) < 0 ? -ref_int(a) : ref_int(a));
    UnaryFn f = ref_type(a)->abs;
    if (f) return f(t, a);
    return err_format(t, &exc_TypeError, "bad operand type for abs(): '%T'", a);
}

/* ---- conversions ---------------------------------------------------------------------------- */

Ref obj_index(Thread *t, Ref a) {
    if (ref_is_int(a) || int_check_exact(a)) return ref_dup(a);
    if (int_check(a)) return ref_dup(a);
    UnaryFn f = ref_type(a)->index;
    if (!f) return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", a);
    Ref r = f(t, a);
    if (ref_is_null(r) || ref_is_int(r) || int_check_exact(r)) return r;
    if (!int_check(r)) {
        err_format(t, &exc_TypeError, "__index__ returned non-int (type %T)", r);
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

intptr_t obj_as_ssize(Thread *t, Ref a, Type *exc) {
    if (ref_is_int(a)) return (intptr_t)ref_int(a);
    Ref i = obj_index(t, a);
    if (ref_is_null(i)) return -1;
    int overflow = 0;
    int64_t v = int_as_i64_overflow(i, &overflow);
    ref_close(i);
    if (!overflow) return (intptr_t)v;
    if (!exc) return overflow < 0 ? INTPTR_MIN : INTPTR_MAX;
    err_format(t, exc, "cannot fit '%T' into an index-sized integer", a);
    return -1;
}

/* An exact int with the value of the int (subclass) r; steals r. */
static Ref exact_int(Thread *t, Ref r) {
    if (ref_is_int(r) || int_check_exact(r)) return r;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(r, z);
    Ref e = int_from_mpz(t, z);
    mpz_clear(z);
    ref_close(r);
    return e;
}

Ref obj_int(Thread *t, Ref a) {
    if (ref_is_int(a) || int_check_exact(a)) return ref_dup(a);
    Type *tp = ref_type(a);
    if (tp->int_) {
        Ref r = tp->int_(t, a);
        if (ref_is_null(r)) return r;
        if (!int_check(r)) {
            err_format(t, &exc_TypeError, "__int__ returned non-int (type %T)", r);
            ref_close(r);
            return REF_NULL;
        }
        return exact_int(t, r);
    }
    if (tp->index) {
        Ref r = obj_index(t, a);
        return ref_is_null(r) ? r : exact_int(t, r);
    }
    Ref trunc = obj_lookup_special(t, a, ID(__trunc__));
    if (!ref_is_null(trunc)) {
        Ref r = obj_call0(t, trunc);
        ref_close(trunc);
        if (ref_is_null(r)) return r;
        if (int_check(r)) return exact_int(t, r);
        if (!ref_type(r)->index) {
            err_format(t, &exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
            ref_close(r);
            return REF_NULL;
        }
        Ref i = obj_index(t, r);
        ref_close(r);
        return ref_is_null(i) ? i : exact_int(t, i);
    }
    if (err_occurred(t)) return REF_NULL;
    if (str_check(a)) {
        intptr_t len;
        const char *s = str_utf8(t, ref_obj(a), &len);
        if (!s) return REF_NULL;
        return int_from_string(t, s, (size_t)len, 10);
    }
    if (bytes_check(a)) return int_from_string(t, bytes_data(ref_obj(a)), (size_t)bytes_size(ref_obj(a)), 10);
    return err_format(t, &exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%T'",
                      a);
}

Ref obj_float(Thread *t, Ref a) {
    if (float_check_exact(a)) return ref_dup(a);
    Type *tp = ref_type(a);
    if (tp->float_) {
        Ref r = tp->float_(t, a);
        if (ref_is_null(r)) return r;
        if (float_check_exact(r)) return r;
        if (!ref_type_is(r, &float_type)) {
            err_format(t, &exc_TypeError, "%s.__float__ returned non-float (type %T)", tp->tp_name, r);
            ref_close(r);
            return REF_NULL;
        }
        double v = float_value(r);
        ref_close(r);
        return float_from_double(t, v);
    }
    if (ref_type_is(a, &float_type)) return float_from_double(t, float_value(a));
    if (tp->index) {
        Ref i = obj_index(t, a);
        if (ref_is_null(i)) return i;
        double v = int_as_double(t, i);
        ref_close(i);
        if (v == -1.0 && err_occurred(t)) return REF_NULL;
        return float_from_double(t, v);
    }
    if (str_check(a) || bytes_check(a) || ref_type_is(a, &bytearray_type))
        return obj_call1(t, ref_immortal(&float_type), a);
    return err_format(t, &exc_TypeError, "float() argument must be a string or a real number, not '%T'",
                      a);
}
