/* Python node objects -> Spry's C syntax tree (compile() of an AST object), walking the
 * node table of compiler/ast_schema.h. Type errors are CPython's (TypeError/ValueError
 * with its words); the structural checks live in ast_validate.c. */
#include <math.h>
#include <string.h>

#include "compiler/compile.h"
#include "modules/ast_module.h"
#include "spry.h"

typedef struct Conv {
    AstClasses *c;
    Thread *t;
    Arena *a;
} Conv;

static int node_from_object(Conv *v, AstSort sort, Ref obj, void **out);

static char *arena_utf8(Conv *v, Object *s) {
    intptr_t len;
    const char *u = str_utf8(v->t, s, &len);
    return u ? arena_strndup(v->a, u, (size_t)len) : NULL;
}

/* A C int from an int object: ValueError for a non-int, OverflowError past C int. */
static int c_int_from_object(Conv *v, Ref obj, int *out) {
    if (!int_check(obj)) {
        err_format(v->t, &exc_ValueError, "invalid integer value: %R", obj);
        return -1;
    }
    int overflow = 0;
    int64_t n = int_as_i64_overflow(obj, &overflow);
    if (overflow || n < INT32_MIN || n > INT32_MAX) {
        err_set(v->t, &exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* ---- constants ------------------------------------------------------------------------------- */
/* 1: stored in *out; 0: a valid constant the C tree cannot hold as one literal (negative
 * int, complex with a real part, tuple, frozenset: constant_expr_fill's); -1: TypeError set. */
static int constant_from_object(Conv *v, Ref obj, AstConstant *out) {
    Thread *t = v->t;
    memset(out, 0, sizeof *out);
    if (ref_is_none(obj)) out->kind = AST_CONST_NONE;
    else if (ref_is(obj, REF_TRUE)) out->kind = AST_CONST_TRUE;
    else if (ref_is(obj, REF_FALSE)) out->kind = AST_CONST_FALSE;
    else if (ref_is(obj, REF_ELLIPSIS)) out->kind = AST_CONST_ELLIPSIS;
    else if (int_check_exact(obj)) {
        if (int_sign(obj) < 0) return 0;
        Object *digits = int_to_decimal_str(t, obj);
        if (!digits) return -1;
        out->kind = AST_CONST_INT;
        out->i.base = 10;
        out->i.digits = arena_utf8(v, digits);
        obj_decref(digits);
        if (!out->i.digits) return -1;
    } else if (float_check_exact(obj)) {
        out->kind = AST_CONST_FLOAT;
        out->f = float_value(obj);
    } else if (complex_check_exact(obj)) {
        const Complex *z = (const Complex *)ref_obj(obj);
        if (z->real != 0.0 || signbit(z->real)) return 0;
        out->kind = AST_CONST_IMAG;
        out->f = z->imag;
    } else if (str_check_exact(obj)) {
        intptr_t len;
        const char *u = str_utf8(t, ref_obj(obj), &len);
        if (!u) return -1;
        out->kind = AST_CONST_STR;
        out->s.data = arena_strndup(v->a, u, (size_t)len);
        out->s.len = (size_t)len;
    } else if (bytes_check_exact(obj)) {
        out->kind = AST_CONST_BYTES;
        out->s.data = arena_strndup(v->a, bytes_data(ref_obj(obj)), (size_t)bytes_size(ref_obj(obj)));
        out->s.len = (size_t)bytes_size(ref_obj(obj));
    } else if (tuple_check_exact(obj) || ref_type(obj) == &frozenset_type) {
        return 0;
    } else {
        err_format(t, &exc_TypeError, "got an invalid type in Constant: %s", ref_type(obj)->tp_name);
        return -1;
    }
    return 1;
}

static AstExpr *expr_like(Conv *v, const AstExpr *pos, AstExprKind kind) {
    AstExpr *e = arena_alloc(v->a, sizeof *e);
    *e = *pos;
    memset(&e->v, 0, sizeof e->v);
    e->kind = kind;
    return e;
}

static int constant_expr_fill(Conv *v, Ref obj, AstExpr *e);

/* The items of a tuple or frozenset constant as constant expressions. */
static int constant_items_fill(Conv *v, Ref container, const AstExpr *pos, AstExprSeq *out) {
    Thread *t = v->t;
    Object *items = tuple_check_exact(container) ? (obj_incref(ref_obj(container)), ref_obj(container))
                                                 : tuple_from_iterable(t, container);
    if (!items) return -1;
    intptr_t n = tuple_size(items);
    out->n = (int)n;
    out->items = arena_alloc(v->a, sizeof(AstExpr *) * (size_t)(n ? n : 1));
    int r = 0;
    for (intptr_t i = 0; i < n && r == 0; i++) {
        out->items[i] = expr_like(v, pos, AST_Constant);
        if (!rec_enter(t, " during compilation")) {
            r = -1;
            break;
        }
        r = constant_expr_fill(v, tuple_get(items, i), out->items[i]) < 0 ? -1 : 0;
        rec_leave(t);
    }
    obj_decref(items);
    return r;
}

/* Constant(value) into `e` (positions already set): a literal, or for the values the C
 * tree has no literal for, the expression that evaluates to them (-5 as USub 5, 1+2j
 * as 1.0 + 2j, (1, 2) as a Load tuple of constants, a frozenset as a FROZENSET constant
 * of item expressions); codegen folds those back. */
static int constant_expr_fill(Conv *v, Ref obj, AstExpr *e) {
    Thread *t = v->t;
    int r = constant_from_object(v, obj, &e->v.Constant.value);
    if (r != 0) return r < 0 ? -1 : 0;
    e->v.Constant.kind = NULL;
    if (int_check_exact(obj) || float_check_exact(obj)) {
        Ref neg = int_check_exact(obj) ? int_neg(t, obj) : float_from_double(t, -float_value(obj));
        if (ref_is_null(neg)) return -1;
        AstExpr *operand = expr_like(v, e, AST_Constant);
        r = constant_expr_fill(v, neg, operand);
        ref_close(neg);
        e->kind = AST_UnaryOp;
        e->v.UnaryOp.op = AST_USub;
        e->v.UnaryOp.operand = operand;
        return r;
    }
    if (complex_check_exact(obj)) {
        const Complex *z = (const Complex *)ref_obj(obj);
        Ref re = float_from_double(t, z->real), im = complex_from_doubles(t, 0.0, z->imag);
        AstExpr *left = expr_like(v, e, AST_Constant), *right = expr_like(v, e, AST_Constant);
        r = ref_is_null(re) || ref_is_null(im) ? -1 : 0;
        if (r == 0) r = constant_expr_fill(v, re, left);
        if (r == 0) r = constant_expr_fill(v, im, right);
        ref_close(re);
        ref_close(im);
        e->kind = AST_BinOp;
        e->v.BinOp.left = left;
        e->v.BinOp.op = AST_Add;
        e->v.BinOp.right = right;
        return r;
    }
    if (tuple_check_exact(obj)) {
        if (constant_items_fill(v, obj, e, &e->v.Tuple.elts) < 0) return -1;
        e->kind = AST_Tuple;
        e->v.Tuple.ctx = AST_Load;
        return 0;
    }
    e->v.Constant.value.kind = AST_CONST_FROZENSET;
    return constant_items_fill(v, obj, e, &e->v.Constant.value.set);
}

/* ---- fields ---------------------------------------------------------------------------------- */
static int enum_from_object(Conv *v, AstSort sort, Ref obj, int *out) {
    int s = sort - AS_EXPR_CONTEXT;
    for (int k = 1; k < AST_MAX_ENUM && !ref_is_null(v->c->enum_cls[s][k]); k++) {
        int r = obj_isinstance(v->t, obj, v->c->enum_cls[s][k]);
        if (r < 0) return -1;
        if (r) {
            *out = k;
            return 0;
        }
    }
    err_format(v->t, &exc_TypeError, "expected some sort of %s, but got %R", ast_sort_name(sort), obj);
    return -1;
}

/* One element or one non-list field value into `slot`. A None node is stored as NULL
 * (the caller and ast_validate.c judge where that is allowed). */
static int value_from_object(Conv *v, AstSort sort, Ref obj, void *slot) {
    Thread *t = v->t;
    if (ast_sort_is_node(sort)) return node_from_object(v, sort, obj, (void **)slot);
    if (ast_sort_is_enum(sort)) return enum_from_object(v, sort, obj, (int *)slot);
    switch (sort) {
    case AS_IDENTIFIER:
    case AS_STRING:
        if (ref_is_none(obj)) {
            *(const char **)slot = NULL;
            return 0;
        }
        if (!str_check(obj)) {
            err_format(t, &exc_TypeError, "AST %s must be of type str", ast_sort_name(sort));
            return -1;
        }
        return (*(const char **)slot = arena_utf8(v, ref_obj(obj))) ? 0 : -1;
    case AS_INT:
        if (ref_is_none(obj)) {
            *(int *)slot = 0;
            return 0;
        }
        return c_int_from_object(v, obj, (int *)slot);
    default: {
        int r = constant_from_object(v, obj, (AstConstant *)slot);
        if (r == 0) err_set(t, &exc_ValueError, "MatchSingleton can only contain True, False and None");
        return r > 0 ? 0 : -1;
    }
    }
}

static int seq_from_object(Conv *v, const AstNodeDesc *d, const AstFieldDesc *f, Ref obj, AstAnySeq *out) {
    if (!list_check(obj)) {
        err_format(v->t, &exc_TypeError, "%s field \"%s\" must be a list, not a %s", d->name, f->name,
                   ref_type(obj)->tp_name);
        return -1;
    }
    Object *list = ref_obj(obj);
    intptr_t n = list_size(list);
    size_t elem = f->sort == AS_CMPOP ? sizeof(int) : sizeof(void *);
    char *items = arena_alloc(v->a, elem * (size_t)(n ? n : 1));
    for (intptr_t i = 0; i < n && i < list_size(list); i++) {
        Ref item = ref_dup(list_items(list)[i]);
        int r = value_from_object(v, (AstSort)f->sort, item, items + elem * (size_t)i);
        ref_close(item);
        if (r < 0) return -1;
    }
    out->n = (int)(n < list_size(list) ? n : list_size(list));
    out->items = items;
    return 0;
}

static int field_from_object(Conv *v, const AstNodeDesc *d, int fi, Ref obj, char *node) {
    const AstFieldDesc *f = &d->fields[fi];
    Ref val = obj_lookup_attr(v->t, obj, v->c->field[d - ast_node_descs][fi]);
    if (ref_is_null(val)) {
        if (err_occurred(v->t)) return -1;
        if (f->quant == AQ_OPT) return 0;
        err_format(v->t, &exc_TypeError, "required field \"%s\" missing from %s", f->name, d->name);
        return -1;
    }
    void *slot = node + f->offset;
    int r;
    if (f->quant == AQ_SEQ) r = seq_from_object(v, d, f, val, slot);
    else if (f->sort == AS_CONSTANT && d->sort == AS_EXPR) r = constant_expr_fill(v, val, (AstExpr *)node);
    else if (ref_is_none(val) && f->quant == AQ_ONE && f->sort != AS_CONSTANT && !ast_sort_is_enum(f->sort)) {
        err_format(v->t, &exc_ValueError, "field '%s' is required for %s", f->name, d->name);
        r = -1;
    } else r = value_from_object(v, (AstSort)f->sort, val, slot);
    ref_close(val);
    return r;
}

/* ---- nodes ----------------------------------------------------------------------------------- */
static int positions_from_object(Conv *v, AstSort sort, Ref obj, int pos[4]) {
    for (int p = 0; p < 4; p++) {
        Ref val = obj_lookup_attr(v->t, obj, v->c->pos[p]);
        if (ref_is_null(val) || ref_is_none(val)) {
            if (err_occurred(v->t)) return -1;
            if (p < 2) {
                err_format(v->t, &exc_TypeError, "required field \"%s\" missing from %s",
                           p ? "col_offset" : "lineno", ast_sort_name(sort));
                return -1;
            }
            pos[p] = pos[p - 2]; /* no end position: the start's */
            continue;
        }
        int r = c_int_from_object(v, val, &pos[p]);
        ref_close(val);
        if (r < 0) return -1;
    }
    return 0;
}

/* The entry of the class of `obj` among `sort`'s classes; -1 with TypeError if none. */
static int desc_of_object(Conv *v, AstSort sort, Ref obj) {
    for (int i = 0; i < ast_node_desc_count; i++) {
        if (ast_node_descs[i].sort != sort) continue;
        int r = obj_isinstance(v->t, obj, v->c->cls[i]);
        if (r < 0) return -1;
        if (r) return i;
    }
    err_format(v->t, &exc_TypeError, "expected some sort of %s, but got %R", ast_sort_name(sort), obj);
    return -1;
}

static int node_from_object(Conv *v, AstSort sort, Ref obj, void **out) {
    Thread *t = v->t;
    *out = NULL;
    if (ref_is_none(obj)) return 0;
    if (!rec_enter(t, " during compilation")) return -1;
    int pos[4] = {0, 0, 0, 0}, rc = -1;
    const AstNodeDesc *any = ast_node_desc(sort, ast_sort_has_kind(sort) ? 1 : 0);
    if (any && any->pos >= 0 && positions_from_object(v, sort, obj, pos) < 0) goto done;
    int di = ast_sort_is_node(sort) && sort >= AS_ARGUMENTS ? (int)(any - ast_node_descs)
                                                           : desc_of_object(v, sort, obj);
    if (di < 0) goto done;
    const AstNodeDesc *d = &ast_node_descs[di];
    char *node = arena_alloc(v->a, d->size);
    if (ast_sort_has_kind(sort)) *(int *)node = d->kind;
    if (d->pos >= 0) memcpy(node + d->pos, pos, sizeof pos);
    for (int f = 0; f < d->nfields; f++) {
        if (field_from_object(v, d, f, obj, node) < 0) goto done;
        if (ast_sort_has_kind(sort) && *(int *)node != d->kind) break; /* a rewritten Constant */
    }
    *out = node;
    rc = 0;
done:
    rec_leave(t);
    return rc;
}

AstMod *ast_mod_from_object(AstClasses *c, Arena *a, Ref obj, int mode) {
    static const char *const expected[] = {"Module", "Expression", "Interactive"};
    Conv v = {c, c->t, a};
    int want = ast_desc_index(AS_MOD, mode == COMPILE_EVAL ? AST_Expression
                                      : mode == COMPILE_SINGLE ? AST_Interactive : AST_Module);
    int r = obj_isinstance(c->t, obj, c->cls[want]);
    if (r <= 0) {
        if (r == 0)
            err_format(c->t, &exc_TypeError, "expected %s node, got %s", expected[mode], ref_type(obj)->tp_name);
        return NULL;
    }
    jmp_buf oom;
    jmp_buf *outer = arena_set_on_fail(a, &oom);
    int depth = c->t->depth;
    if (setjmp(oom)) {
        arena_set_on_fail(a, outer);
        c->t->depth = depth;
        err_no_memory(c->t);
        return NULL;
    }
    void *mod;
    r = node_from_object(&v, AS_MOD, obj, &mod);
    arena_set_on_fail(a, outer);
    if (r < 0) return NULL;
    return ast_validate(c->t, mod) < 0 ? NULL : mod;
}
