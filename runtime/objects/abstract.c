/* The abstract object protocol (objects/abstract.h): repr/str/hash/truth, comparison,
 * subscripts, containment, length, iteration, isinstance/issubclass, unpacking.
 * Numbers are in abstract_number.c, calls and attributes in abstract_call.c. */
#include "spry.h"
#include "objects/formatspec.h"

/* ---- repr / str / ascii / format ---------------------------------------------------------- */

Ref obj_repr(Thread *t, Ref o) {
    Type *tp = ref_type(o);
    if (!tp->repr) return object_default_repr(t, o);
    if (!rec_enter(t, " while getting the repr of an object")) return REF_NULL;
    Ref r = tp->repr(t, o);
    rec_leave(t);
    if (ref_is_null(r)) return r;
    if (!str_check(r)) {
        err_format(t, &exc_TypeError, "__repr__ returned non-string (type %T)", r);
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

Ref obj_str(Thread *t, Ref o) {
    if (str_check_exact(o)) return ref_dup(o);
    Type *tp = ref_type(o);
    if (!tp->str) return obj_repr(t, o);
    if (!rec_enter(t, " while getting the str of an object")) return REF_NULL;
    Ref r = tp->str(t, o);
    rec_leave(t);
    if (ref_is_null(r)) return r;
    if (!str_check(r)) {
        err_format(t, &exc_TypeError, "__str__ returned non-string (type %T)", r);
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

Ref obj_ascii(Thread *t, Ref o) {
    Ref r = obj_repr(t, o);
    if (ref_is_null(r)) return r;
    Object *s = ref_obj(r);
    if (STR(s)->ascii) return r;
    intptr_t n = STR(s)->length, out = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(s, i);
        out += c < 128 ? 1 : c < 256 ? 4 : c < 65536 ? 6 : 10;
    }
    char *buf = mem_alloc(t, (size_t)out + 1);
    if (!buf) {
        ref_close(r);
        return REF_NULL;
    }
    char *p = buf;
    static const char hex[] = "0123456789abcdef";
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(s, i);
        if (c < 128) {
            *p++ = (char)c;
            continue;
        }
        int digits = c < 256 ? 2 : c < 65536 ? 4 : 8;
        *p++ = '\\';
        *p++ = c < 256 ? 'x' : c < 65536 ? 'u' : 'U';
        for (int d = digits - 1; d >= 0; d--) *p++ = hex[(c >> (4 * d)) & 15];
    }
    Object *res = str_from_latin1(t, buf, p - buf);
    mem_free(buf);
    ref_close(r);
    return ref_from_obj(res);
}

Ref obj_format(Thread *t, Ref o, Ref spec) {
    Ref sp = ref_is_null(spec) ? ref_immortal(str_empty()) : spec;
    if (str_check_exact(o) && STR(ref_obj(sp))->length == 0) return ref_dup(o);
    /* The built-in types' own __format__ (they cannot be replaced), without a method call. */
    if (str_check(sp)) {
        Object *spec_str = ref_obj(sp);
        if (ref_is_int(o) || ref_type(o) == &int_type) return ref_from_obj(int_format(t, o, spec_str));
        if (float_check_exact(o))
            return STR(spec_str)->length == 0 ? obj_str(t, o) : ref_from_obj(float_format(t, float_value(o), spec_str));
        if (str_check_exact(o)) return ref_from_obj(fmtspec_format_str(t, ref_obj(o), spec_str));
    }
    Ref meth = obj_lookup_special(t, o, ID(__format__));
    if (ref_is_null(meth)) {
        if (err_occurred(t)) return REF_NULL;
        return err_format(t, &exc_TypeError, "Type %s doesn't define __format__", ref_type(o)->tp_name);
    }
    Ref r = obj_call1(t, meth, sp);
    ref_close(meth);
    if (ref_is_null(r)) return r;
    if (!str_check(r)) {
        err_format(t, &exc_TypeError, "__format__ must return a str, not %T", r);
        ref_close(r);
        return REF_NULL;
    }
    return r;
}

/* ---- hash / truth -------------------------------------------------------------------------- */

int64_t hash_not_implemented(Thread *t, Ref self) {
    err_format(t, &exc_TypeError, "unhashable type: '%T'", self);
    return -1;
}

int64_t obj_hash(Thread *t, Ref o) {
    if (ref_is_int(o)) return int_hash(o);
    if (str_check_exact(o)) return str_hash(ref_obj(o));
    HashFn f = ref_type(o)->hash;
    if (!f) return hash_not_implemented(t, o);
    return f(t, o);
}

int obj_truthy(Thread *t, Ref o) {
    if (ref_is_int(o)) return ref_int(o) != 0;
    if (ref_is_object(o, &bool_true_obj)) return 1;
    if (ref_is_object(o, &bool_false_obj) || ref_is_none(o)) return 0;
    Type *tp = ref_type(o);
    if (tp->bool_) return tp->bool_(t, o);
    if (tp->len) {
        intptr_t n = tp->len(t, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

Ref obj_not(Thread *t, Ref o) {
    int r = obj_truthy(t, o);
    return r < 0 ? REF_NULL : ref_from_bool(!r);
}

/* ---- comparison ---------------------------------------------------------------------------- */

static const int swapped_op[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const op_text[6] = {"<", "<=", "==", "!=", ">", ">="};

static Ref do_richcompare(Thread *t, Ref a, Ref b, int op) {
    Type *ta = ref_type(a), *tb = ref_type(b);
    bool checked_reverse = false;
    Ref r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(t, b, a, swapped_op[op]);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(t, a, b, op);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(t, b, a, swapped_op[op]);
        if (!ref_is(r, REF_NOTIMPLEMENTED)) return r;
    }
    switch (op) {
    case CMP_EQ: return ref_from_bool(ref_is(a, b));
    case CMP_NE: return ref_from_bool(!ref_is(a, b));
    default:
        return err_format(t, &exc_TypeError, "'%s' not supported between instances of '%T' and '%T'",
                          op_text[op], a, b);
    }
}

Ref obj_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (ref_is_int(a) && ref_is_int(b)) {
        int64_t x = ref_int(a), y = ref_int(b);
        bool r;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return ref_from_bool(r);
    }
    if (!rec_enter(t, " in comparison")) return REF_NULL;
    Ref r = do_richcompare(t, a, b, op);
    rec_leave(t);
    return r;
}

int obj_richcompare_bool(Thread *t, Ref a, Ref b, int op) {
    if (ref_is(a, b)) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    if ((op == CMP_EQ || op == CMP_NE) && tuple_check_exact(a) && tuple_check_exact(b)) {
        int k = tuple_items_equal(t, ref_obj(a), ref_obj(b));
        return k < 0 ? k : op == CMP_EQ ? k : !k;
    }
    Ref r = obj_richcompare(t, a, b, op);
    if (ref_is_null(r)) return -1;
    int v = ref_is_object(r, &bool_true_obj) ? 1 : ref_is_object(r, &bool_false_obj) ? 0 : obj_truthy(t, r);
    ref_close(r);
    return v;
}

int obj_eq(Thread *t, Ref a, Ref b) { return obj_richcompare_bool(t, a, b, CMP_EQ); }

/* ---- subscripts, containment, length ------------------------------------------------------ */

Ref obj_getitem(Thread *t, Ref o, Ref key) {
    Type *tp = ref_type(o);
    if (tp->getitem) return tp->getitem(t, o, key);
    if (type_check(o)) {
        if (ref_obj(o) == (Object *)&type_type) return generic_alias_new(t, o, key);
        Ref meth = obj_lookup_attr(t, o, ID(__class_getitem__));
        if (!ref_is_null(meth)) {
            Ref r = obj_call1(t, meth, key);
            ref_close(meth);
            return r;
        }
        if (err_occurred(t)) return REF_NULL;
        return err_format(t, &exc_TypeError, "type '%s' is not subscriptable",
                          type_name((Type *)ref_obj(o)));
    }
    return err_format(t, &exc_TypeError, "'%T' object is not subscriptable", o);
}

int obj_setitem(Thread *t, Ref o, Ref key, Ref value) {
    SetItemFn f = ref_type(o)->setitem;
    if (f) return f(t, o, key, value);
    err_format(t, &exc_TypeError, "'%T' object does not support item assignment", o);
    return -1;
}

int obj_delitem(Thread *t, Ref o, Ref key) {
    SetItemFn f = ref_type(o)->setitem;
    if (f) return f(t, o, key, REF_NULL);
    /* CPython words it per path: an index into something with sequence methods, or not. */
    bool seq_index = ref_type(o)->getitem && (ref_is_int(key) || ref_type(key)->index);
    err_format(t, &exc_TypeError, seq_index ? "'%T' object doesn't support item deletion"
                                            : "'%T' object does not support item deletion", o);
    return -1;
}

int obj_contains(Thread *t, Ref container, Ref item) {
    ContainsFn f = ref_type(container)->contains;
    if (f) return f(t, container, item);
    Type *tp = ref_type(container);
    if (!tp->iter && !tp->getitem) {
        err_format(t, &exc_TypeError, "argument of type '%T' is not iterable", container);
        return -1;
    }
    Ref it = obj_iter(t, container);
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

intptr_t obj_len(Thread *t, Ref o) {
    LenFn f = ref_type(o)->len;
    if (f) return f(t, o);
    err_format(t, &exc_TypeError, "object of type '%T' has no len()", o);
    return -1;
}

intptr_t obj_length_hint(Thread *t, Ref o, intptr_t dflt) {
    if (ref_type(o)->len) {
        intptr_t n = obj_len(t, o);
        if (n >= 0) return n;
        if (!err_matches(t, &exc_TypeError)) return -1;
        err_clear(t);
    }
    Ref hint = obj_lookup_special(t, o, ID(__length_hint__));
    if (ref_is_null(hint)) return err_occurred(t) ? -1 : dflt;
    Ref r = obj_call0(t, hint);
    ref_close(hint);
    if (ref_is_null(r)) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            return dflt;
        }
        return -1;
    }
    if (ref_is(r, REF_NOTIMPLEMENTED)) return dflt;
    if (!int_check(r)) {
        err_format(t, &exc_TypeError, "__length_hint__ must be an integer, not %T", r);
        ref_close(r);
        return -1;
    }
    intptr_t n = obj_as_ssize(t, r, &exc_OverflowError);
    ref_close(r);
    if (n == -1 && err_occurred(t)) return -1;
    if (n < 0) {
        err_set(t, &exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* ---- iteration ----------------------------------------------------------------------------- */

Ref obj_iter(Thread *t, Ref o) {
    Type *tp = ref_type(o);
    if (tp->iter) {
        Ref it = tp->iter(t, o);
        if (ref_is_null(it)) return it;
        if (!ref_type(it)->iternext) {
            err_format(t, &exc_TypeError, "iter() returned non-iterator of type '%T'", it);
            ref_close(it);
            return REF_NULL;
        }
        return it;
    }
    if (tp->getitem && !type_has_flag(tp, TPFLAG_DICT_SUBCLASS))
        return ref_from_obj(seq_iter_new(t, o));
    return err_format(t, &exc_TypeError, "'%T' object is not iterable", o);
}

Ref obj_next(Thread *t, Ref it) {
    IterNextFn f = ref_type(it)->iternext;
    if (!f) return err_format(t, &exc_TypeError, "'%T' object is not an iterator", it);
    Ref r = f(t, it);
    if (ref_is_null(r) && err_matches(t, &exc_StopIteration)) err_clear(t);
    return r;
}

int obj_unpack(Thread *t, Ref iterable, intptr_t n, Ref *out) {
    if (tuple_check_exact(iterable) || list_check_exact(iterable)) {
        Object *o = ref_obj(iterable);
        intptr_t len = tuple_check_exact(iterable) ? tuple_size(o) : list_size(o);
        Ref *items = tuple_check_exact(iterable) ? tuple_items(o) : list_items(o);
        if (len < n) {
            err_format(t, &exc_ValueError, "not enough values to unpack (expected %zd, got %zd)", n, len);
            return -1;
        }
        if (len > n) {
            err_format(t, &exc_ValueError, "too many values to unpack (expected %zd)", n);
            return -1;
        }
        for (intptr_t i = 0; i < n; i++) out[i] = ref_dup(items[i]);
        return 0;
    }
    Type *tp = ref_type(iterable);
    if (!tp->iter && !tp->getitem) {
        err_format(t, &exc_TypeError, "cannot unpack non-iterable %T object", iterable);
        return -1;
    }
    Ref it = obj_iter(t, iterable);
    if (ref_is_null(it)) return -1;
    intptr_t i = 0;
    for (; i < n; i++) {
        Ref x = obj_next(t, it);
        if (ref_is_null(x)) {
            if (!err_occurred(t))
                err_format(t, &exc_ValueError, "not enough values to unpack (expected %zd, got %zd)", n, i);
            goto fail;
        }
        out[i] = x;
    }
    Ref extra = obj_next(t, it);
    if (!ref_is_null(extra)) {
        ref_close(extra);
        err_format(t, &exc_ValueError, "too many values to unpack (expected %zd)", n);
        goto fail;
    }
    if (err_occurred(t)) goto fail;
    ref_close(it);
    return 0;
fail:
    for (intptr_t j = 0; j < i; j++) ref_close(out[j]);
    ref_close(it);
    return -1;
}

/* ---- isinstance / issubclass -------------------------------------------------------------- */

/* The __bases__ of a "class-like" object (a new reference), or REF_NULL (no error unless
 * a real error happened) if it has none that is a tuple. */
static Ref abstract_get_bases(Thread *t, Ref cls) {
    Ref b = obj_lookup_attr(t, cls, ID(__bases__));
    if (!ref_is_null(b) && !tuple_check(b)) {
        ref_close(b);
        return REF_NULL;
    }
    return b;
}

static int abstract_issubclass(Thread *t, Ref derived, Ref cls) {
    for (;;) {
        if (ref_is(derived, cls)) return 1;
        Ref bases = abstract_get_bases(t, derived);
        if (ref_is_null(bases)) return err_occurred(t) ? -1 : 0;
        intptr_t n = tuple_size(ref_obj(bases));
        if (n == 0) {
            ref_close(bases);
            return 0;
        }
        if (n == 1) {
            derived = tuple_get(ref_obj(bases), 0);
            ref_close(bases);  /* the class keeps its bases alive */
            continue;
        }
        for (intptr_t i = 0; i < n; i++) {
            if (!rec_enter(t, " in __subclasscheck__")) {
                ref_close(bases);
                return -1;
            }
            int r = abstract_issubclass(t, tuple_get(ref_obj(bases), i), cls);
            rec_leave(t);
            if (r != 0) {
                ref_close(bases);
                return r;
            }
        }
        ref_close(bases);
        return 0;
    }
}

static int recursive_isinstance(Thread *t, Ref inst, Ref cls) {
    if (type_check(cls)) {
        if (ref_type_is(inst, (Type *)ref_obj(cls))) return 1;
        Ref c = obj_lookup_attr(t, inst, ID(__class__));
        if (ref_is_null(c)) return err_occurred(t) ? -1 : 0;
        int r = 0;
        if (!ref_is_object(c, ref_type(inst)) && type_check(c))
            r = type_is_subtype((Type *)ref_obj(c), (Type *)ref_obj(cls));
        ref_close(c);
        return r;
    }
    Ref b = abstract_get_bases(t, cls);
    if (ref_is_null(b)) {
        if (!err_occurred(t))
            err_set(t, &exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    ref_close(b);
    Ref c = obj_lookup_attr(t, inst, ID(__class__));
    if (ref_is_null(c)) return err_occurred(t) ? -1 : 0;
    int r = abstract_issubclass(t, c, cls);
    ref_close(c);
    return r;
}

static int union_args_check(Thread *t, Ref o, Ref cls, int (*check)(Thread *, Ref, Ref)) {
    Ref args = obj_getattr(t, cls, ID(__args__));
    if (ref_is_null(args)) return -1;
    int r = check(t, o, args);
    ref_close(args);
    return r;
}

/* Calls a __instancecheck__/__subclasscheck__ hook (stolen) on arg: 1, 0 or -1. */
static int call_check_hook(Thread *t, Ref checker, Ref arg, const char *where) {
    if (!rec_enter(t, where)) {
        ref_close(checker);
        return -1;
    }
    Ref r = obj_call1(t, checker, arg);
    rec_leave(t);
    ref_close(checker);
    if (ref_is_null(r)) return -1;
    int b = obj_truthy(t, r);
    ref_close(r);
    return b;
}

int obj_isinstance(Thread *t, Ref o, Ref cls) {
    if (ref_is_object(cls, ref_type(o))) return 1;
    if (ref_is_obj(cls) && ref_type(cls) == &type_type) return recursive_isinstance(t, o, cls);
    if (ref_is_obj(cls) && ref_type(cls) == &union_type)
        return union_args_check(t, o, cls, obj_isinstance);
    if (tuple_check(cls)) {
        Object *tup = ref_obj(cls);
        if (!rec_enter(t, " in __instancecheck__")) return -1;
        int r = 0;
        for (intptr_t i = 0; i < tuple_size(tup) && r == 0; i++)
            r = obj_isinstance(t, o, tuple_get(tup, i));
        rec_leave(t);
        return r;
    }
    Ref checker = obj_lookup_special(t, cls, ID(__instancecheck__));
    if (!ref_is_null(checker)) return call_check_hook(t, checker, o, " in __instancecheck__");
    if (err_occurred(t)) return -1;
    return recursive_isinstance(t, o, cls);
}

static int recursive_issubclass(Thread *t, Ref derived, Ref cls) {
    if (type_check(cls) && type_check(derived))
        return type_is_subtype((Type *)ref_obj(derived), (Type *)ref_obj(cls));
    Ref b = abstract_get_bases(t, derived);
    if (ref_is_null(b)) {
        if (!err_occurred(t)) err_set(t, &exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    ref_close(b);
    b = abstract_get_bases(t, cls);
    if (ref_is_null(b)) {
        if (!err_occurred(t))
            err_set(t, &exc_TypeError,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    ref_close(b);
    return abstract_issubclass(t, derived, cls);
}

int obj_issubclass(Thread *t, Ref derived, Ref cls) {
    if (ref_is_obj(cls) && ref_type(cls) == &type_type) {
        if (ref_is(derived, cls)) return 1;
        return recursive_issubclass(t, derived, cls);
    }
    if (ref_is_obj(cls) && ref_type(cls) == &union_type)
        return union_args_check(t, derived, cls, obj_issubclass);
    if (tuple_check(cls)) {
        Object *tup = ref_obj(cls);
        if (!rec_enter(t, " in __subclasscheck__")) return -1;
        int r = 0;
        for (intptr_t i = 0; i < tuple_size(tup) && r == 0; i++)
            r = obj_issubclass(t, derived, tuple_get(tup, i));
        rec_leave(t);
        return r;
    }
    Ref checker = obj_lookup_special(t, cls, ID(__subclasscheck__));
    if (!ref_is_null(checker)) return call_check_hook(t, checker, derived, " in __subclasscheck__");
    if (err_occurred(t)) return -1;
    return recursive_issubclass(t, derived, cls);
}

/* ---- dir ------------------------------------------------------------------------------------ */

Ref obj_dir(Thread *t, Ref o) {
    Ref meth = obj_lookup_special(t, o, ID(__dir__));
    if (ref_is_null(meth)) {
        if (!err_occurred(t)) err_set(t, &exc_TypeError, "object does not provide __dir__");
        return REF_NULL;
    }
    Ref r = obj_call0(t, meth);
    ref_close(meth);
    if (ref_is_null(r)) return r;
    Object *l = list_from_iterable(t, r);
    ref_close(r);
    if (!l) return REF_NULL;
    if (list_sort(t, l, REF_NULL, false) < 0) {
        obj_decref(l);
        return REF_NULL;
    }
    return ref_from_obj(l);
}
