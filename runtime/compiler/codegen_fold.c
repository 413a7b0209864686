/* codegen_fold.c — constant folding, as CPython 3.11's AST optimizer does it.
 *
 * Folded: unary and binary operators on constants, tuples of constants, subscripts of
 * constants, `__debug__`. The operation runs on the real objects (so results are exactly
 * Python's); an operation that raises is simply not folded (it raises at run time), and
 * size limits keep `x * 10**9`-style constants out of code objects: integer results stay
 * under 128 bits, repeated strings/bytes under 4096 items, repeated tuples under 256 items
 * (and 1024 items in total when nested).
 */
#include "spry.h"
#include "compiler/codegen.h"

#define MAX_INT_SIZE 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096
#define MAX_TOTAL_ITEMS 1024

/* Bits in |v| (0 for 0); v is an int. */
static size_t num_bits(Ref v) {
    if (ref_is_int(v)) {
        int64_t x = ref_int(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return u ? (size_t)(64 - __builtin_clzll(u)) : 0;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    size_t n = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    mpz_clear(z);
    return n;
}

static bool is_int(Ref v) { return int_check(v); }

static intptr_t seq_len(Ref v) {
    Type *tp = ref_type(v);
    if (tp == &tuple_type) return tuple_size(ref_obj(v));
    if (tp == &frozenset_type) return set_size(ref_obj(v));
    if (tp == &str_type) return STR(ref_obj(v))->length;
    if (tp == &bytes_type) return bytes_size(ref_obj(v));
    return -1;
}

static intptr_t check_complexity(Ref obj, intptr_t limit) {
    Type *tp = ref_type(obj);
    if (tp == &tuple_type) {
        Object *t = ref_obj(obj);
        limit -= tuple_size(t);
        for (intptr_t i = 0; limit >= 0 && i < tuple_size(t); i++)
            limit = check_complexity(tuple_get(t, i), limit);
    } else if (tp == &frozenset_type) {
        Object *s = ref_obj(obj);
        limit -= set_size(s);
        intptr_t pos = 0;
        Ref item;
        while (limit >= 0 && set_next(s, &pos, &item)) limit = check_complexity(item, limit);
    }
    return limit;
}

/* Small non-negative value of an int, or -1 if negative or huge. */
static int64_t small_value(Ref v) {
    int overflow = 0;
    int64_t n = int_as_i64_overflow(v, &overflow);
    if (overflow) return overflow > 0 ? INT64_MAX : -1;
    return n;
}

static Ref safe_multiply(Thread *t, Ref v, Ref w) {
    Type *tv = ref_type(v), *tw = ref_type(w);
    if (is_int(v) && is_int(w)) {
        if (int_sign(v) && int_sign(w) && num_bits(v) + num_bits(w) > MAX_INT_SIZE) return REF_NULL;
    } else if (is_int(v) && (tw == &tuple_type || tw == &frozenset_type)) {
        intptr_t size = seq_len(w);
        if (size) {
            int64_t n = small_value(v);
            if (n < 0 || n > MAX_COLLECTION_SIZE / size) return REF_NULL;
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0) return REF_NULL;
        }
    } else if (is_int(v) && (tw == &str_type || tw == &bytes_type)) {
        intptr_t size = seq_len(w);
        if (size) {
            int64_t n = small_value(v);
            if (n < 0 || n > MAX_STR_SIZE / size) return REF_NULL;
        }
    } else if (is_int(w) && (tv == &tuple_type || tv == &frozenset_type || tv == &str_type ||
                             tv == &bytes_type)) {
        return safe_multiply(t, w, v);
    }
    return obj_binop(t, v, w, NB_MULTIPLY);
}

static Ref safe_power(Thread *t, Ref v, Ref w) {
    if (is_int(v) && is_int(w) && int_sign(v) && int_sign(w) > 0) {
        size_t vbits = num_bits(v);
        int64_t wbits = small_value(w);
        if (wbits < 0 || (int64_t)vbits > MAX_INT_SIZE / wbits) return REF_NULL;
    }
    return obj_binop(t, v, w, NB_POWER);
}

static Ref safe_lshift(Thread *t, Ref v, Ref w) {
    if (is_int(v) && is_int(w) && int_sign(v) && int_sign(w)) {
        size_t vbits = num_bits(v);
        int64_t wbits = small_value(w);
        if (wbits < 0 || wbits > MAX_INT_SIZE || (int64_t)vbits > MAX_INT_SIZE - wbits)
            return REF_NULL;
    }
    return obj_binop(t, v, w, NB_LSHIFT);
}

static Ref fold_binop(Thread *t, AstOperator op, Ref l, Ref r) {
    switch (op) {
    case AST_Add: return obj_binop(t, l, r, NB_ADD);
    case AST_Sub: return obj_binop(t, l, r, NB_SUBTRACT);
    case AST_Mult: return safe_multiply(t, l, r);
    case AST_Div: return obj_binop(t, l, r, NB_TRUE_DIVIDE);
    case AST_FloorDiv: return obj_binop(t, l, r, NB_FLOOR_DIVIDE);
    case AST_Mod: {
        Type *tl = ref_type(l);
        if (tl == &str_type || tl == &bytes_type) return REF_NULL;
        return obj_binop(t, l, r, NB_REMAINDER);
    }
    case AST_Pow: return safe_power(t, l, r);
    case AST_LShift: return safe_lshift(t, l, r);
    case AST_RShift: return obj_binop(t, l, r, NB_RSHIFT);
    case AST_BitOr: return obj_binop(t, l, r, NB_OR);
    case AST_BitXor: return obj_binop(t, l, r, NB_XOR);
    case AST_BitAnd: return obj_binop(t, l, r, NB_AND);
    case AST_MatMult: return REF_NULL;
    }
    return REF_NULL;
}

/* The result of a folding operation: errors are swallowed (left for run time). */
static Ref settle(Compiler *c, Ref v) {
    if (ref_is_null(v) && err_occurred(c->t)) {
        if (err_matches(c->t, &exc_KeyboardInterrupt)) return REF_NULL;
        err_clear(c->t);
    }
    return v;
}

/* A frozenset constant from a tuple of constants, built as CPython's constant merging
 * leaves it: CPython rebuilds every frozenset constant from its own iteration order, and
 * that second table is what `{1, 2, 3}` displays and `x in {...}` tests iterate, so the
 * order a set display prints in depends on it. */
Object *cg_frozenset_const(Compiler *c, Ref items) {
    Object *first = frozenset_new(c->t, items);
    if (!first) return NULL;
    Object *order = tuple_from_iterable(c->t, ref_from_obj(first));
    obj_decref(first);
    if (!order) return NULL;
    Object *fs = frozenset_new(c->t, ref_from_obj(order));
    obj_decref(order);
    return fs;
}

Ref cg_fold_sequence_const(Compiler *c, AstExprSeq *elts, bool as_frozenset) {
    int n = elts->n;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == AST_Starred) return REF_NULL;
    Ref stackbuf[16];
    Ref *items = n <= 16 ? stackbuf : mem_alloc(c->t, sizeof(Ref) * (size_t)n);
    if (!items) return REF_NULL;
    int k = 0;
    Ref result = REF_NULL;
    for (; k < n; k++) {
        items[k] = cg_fold(c, elts->items[k]);
        if (ref_is_null(items[k])) goto done;
    }
    {
        Object *tup = tuple_from_array_steal(c->t, items, n);
        k = 0;
        if (!tup) goto done;
        if (as_frozenset) {
            Object *fs = cg_frozenset_const(c, ref_from_obj(tup));
            obj_decref(tup);
            if (!fs) {
                result = settle(c, REF_NULL);   /* unhashable element: not a constant */
                goto done;
            }
            result = ref_from_obj(fs);
        } else {
            result = ref_from_obj(tup);
        }
    }
done:
    for (int i = 0; i < k; i++) ref_close(items[i]);
    if (items != stackbuf) mem_free(items);
    return result;
}

Ref cg_fold(Compiler *c, AstExpr *e) {
    Thread *t = c->t;
    switch (e->kind) {
    case AST_Constant:
        return cg_constant_value(c, &e->v.Constant.value);
    case AST_Name:
        if (e->v.Name.ctx == AST_Load && strcmp(e->v.Name.id, "__debug__") == 0) return REF_TRUE;
        return REF_NULL;
    case AST_UnaryOp: {
        if (!rec_enter(t, " during compilation")) return REF_NULL;
        Ref v = cg_fold(c, e->v.UnaryOp.operand);
        rec_leave(t);
        if (ref_is_null(v)) return REF_NULL;
        Ref r;
        switch (e->v.UnaryOp.op) {
        case AST_Invert: r = obj_invert(t, v); break;
        case AST_Not: r = obj_not(t, v); break;
        case AST_UAdd: r = obj_pos(t, v); break;
        case AST_USub: r = obj_neg(t, v); break;
        default: r = REF_NULL; break;
        }
        ref_close(v);
        return settle(c, r);
    }
    case AST_BinOp: {
        if (!rec_enter(t, " during compilation")) return REF_NULL;
        Ref l = cg_fold(c, e->v.BinOp.left);
        if (ref_is_null(l)) {
            rec_leave(t);
            return REF_NULL;
        }
        Ref r = cg_fold(c, e->v.BinOp.right);
        rec_leave(t);
        if (ref_is_null(r)) {
            ref_close(l);
            return REF_NULL;
        }
        Ref v = fold_binop(t, e->v.BinOp.op, l, r);
        ref_close(l);
        ref_close(r);
        return settle(c, v);
    }
    case AST_Tuple: {
        if (e->v.Tuple.ctx != AST_Load) return REF_NULL;
        if (!rec_enter(t, " during compilation")) return REF_NULL;
        Ref v = cg_fold_sequence_const(c, &e->v.Tuple.elts, false);
        rec_leave(t);
        return v;
    }
    case AST_Subscript: {
        if (e->v.Subscript.ctx != AST_Load || e->v.Subscript.slice->kind == AST_Slice) return REF_NULL;
        if (!rec_enter(t, " during compilation")) return REF_NULL;
        Ref v = cg_fold(c, e->v.Subscript.value);
        if (ref_is_null(v)) {
            rec_leave(t);
            return REF_NULL;
        }
        Ref k = cg_fold(c, e->v.Subscript.slice);
        rec_leave(t);
        if (ref_is_null(k)) {
            ref_close(v);
            return REF_NULL;
        }
        Ref r = obj_getitem(t, v, k);
        ref_close(v);
        ref_close(k);
        return settle(c, r);
    }
    default:
        return REF_NULL;
    }
}
