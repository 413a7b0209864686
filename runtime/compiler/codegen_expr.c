/* codegen_expr.c — expressions, assignment targets, calls, conditions.
 *
 * Sequences follow CPython 3.11's compiler (same instructions, same order, same source
 * locations), minus PRECALL. Every expression sets the current location to its own span
 * while it is compiled and restores the parent's afterwards, so an instruction carries the
 * span of the node it implements (BINARY_OP: the BinOp, CALL: the Call, ...).
 */
#include "spry.h"
#include "compiler/codegen.h"


static int expr1(Compiler *c, AstExpr *e);

int cg_expr(Compiler *c, AstExpr *e) {
    if (!rec_enter(c->t, " during compilation")) return -1;
    Loc old = cg_set_loc(c, LOC_OF(e));
    int r = expr1(c, e);
    c->u->loc = old;
    rec_leave(c->t);
    return r;
}

int cg_exprs(Compiler *c, AstExprSeq *es) {
    for (int i = 0; i < es->n; i++) TRY(cg_expr(c, es->items[i]));
    return 0;
}

static int binop_arg(AstOperator op) {
    switch (op) {
    case AST_Add: return NB_ADD;
    case AST_Sub: return NB_SUBTRACT;
    case AST_Mult: return NB_MULTIPLY;
    case AST_MatMult: return NB_MATRIX_MULTIPLY;
    case AST_Div: return NB_TRUE_DIVIDE;
    case AST_Mod: return NB_REMAINDER;
    case AST_Pow: return NB_POWER;
    case AST_LShift: return NB_LSHIFT;
    case AST_RShift: return NB_RSHIFT;
    case AST_BitOr: return NB_OR;
    case AST_BitXor: return NB_XOR;
    case AST_BitAnd: return NB_AND;
    case AST_FloorDiv: return NB_FLOOR_DIVIDE;
    }
    return NB_ADD;
}

int cg_binop_arg(AstOperator op, bool inplace) {
    return binop_arg(op) + (inplace ? NB_INPLACE_OFFSET : 0);
}

static int emit_compare(Compiler *c, int op) {
    switch (op) {
    case AST_Eq: return cg_emit(c, COMPARE_OP, CMP_EQ);
    case AST_NotEq: return cg_emit(c, COMPARE_OP, CMP_NE);
    case AST_Lt: return cg_emit(c, COMPARE_OP, CMP_LT);
    case AST_LtE: return cg_emit(c, COMPARE_OP, CMP_LE);
    case AST_Gt: return cg_emit(c, COMPARE_OP, CMP_GT);
    case AST_GtE: return cg_emit(c, COMPARE_OP, CMP_GE);
    case AST_Is: return cg_emit(c, IS_OP, 0);
    case AST_IsNot: return cg_emit(c, IS_OP, 1);
    case AST_In: return cg_emit(c, CONTAINS_OP, 0);
    case AST_NotIn: return cg_emit(c, CONTAINS_OP, 1);
    }
    return -1;
}

/* ---- constants and containers ------------------------------------------------------------ */
static bool has_starred(AstExprSeq *elts) {
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == AST_Starred) return true;
    return false;
}

/* Compiles the `in` operand / for-loop iterable as CPython's fold_iter: a list display
 * becomes a tuple (constant if possible), a constant set display a frozenset. */
int cg_iter_operand(Compiler *c, AstExpr *e) {
    if (e->kind == AST_List && !has_starred(&e->v.List.elts)) {
        Ref k = cg_fold_sequence_const(c, &e->v.List.elts, false);
        if (!ref_is_null(k)) {
            Loc old = cg_set_loc(c, LOC_OF(e));
            int r = cg_emit_const_steal(c, k);
            c->u->loc = old;
            return r;
        }
        if (err_occurred(c->t)) return -1;
        Loc old = cg_set_loc(c, LOC_OF(e));
        int r = cg_exprs(c, &e->v.List.elts);
        if (r == 0) r = e->v.List.elts.n == 0 ? cg_emit_const_steal(c, ref_new(tuple_empty()))
                                               : cg_emit(c, BUILD_TUPLE, e->v.List.elts.n);
        c->u->loc = old;
        return r;
    }
    if (e->kind == AST_Set) {
        Ref k = cg_fold_sequence_const(c, &e->v.Set.elts, true);
        if (!ref_is_null(k)) {
            Loc old = cg_set_loc(c, LOC_OF(e));
            int r = cg_emit_const_steal(c, k);
            c->u->loc = old;
            return r;
        }
        if (err_occurred(c->t)) return -1;
    }
    return cg_expr(c, e);
}

static int starunpack_helper(Compiler *c, AstExprSeq *elts, int pushed, int build, int add,
                             int extend, bool tuple) {
    int n = elts->n;
    if (n > 2) {
        Ref k = cg_fold_sequence_const(c, elts, false);
        if (!ref_is_null(k)) {
            if (tuple) return cg_emit_const_steal(c, k);
            if (add == SET_ADD) {
                Object *fs = cg_frozenset_const(c, k);
                ref_close(k);
                if (!fs) return -1;
                k = ref_from_obj(fs);
            }
            TRY(cg_emit(c, build, pushed));
            TRY(cg_emit_const_steal(c, k));
            return cg_emit(c, extend, 1);
        }
        if (err_occurred(c->t)) return -1;
    }
    bool big = n + pushed > STACK_USE_GUARD;
    bool seen_star = has_starred(elts);
    if (!seen_star && !big) {
        TRY(cg_exprs(c, elts));
        if (tuple) {
            if (n + pushed == 0) return cg_emit_const_steal(c, ref_new(tuple_empty()));
            return cg_emit(c, BUILD_TUPLE, n + pushed);
        }
        return cg_emit(c, build, n + pushed);
    }
    bool built = false;
    if (big) {
        TRY(cg_emit(c, build, pushed));
        built = true;
    }
    for (int i = 0; i < n; i++) {
        AstExpr *elt = elts->items[i];
        if (elt->kind == AST_Starred) {
            if (!built) {
                TRY(cg_emit(c, build, i + pushed));
                built = true;
            }
            TRY(cg_expr(c, elt->v.Starred.value));
            TRY(cg_emit(c, extend, 1));
        } else {
            TRY(cg_expr(c, elt));
            if (built) TRY(cg_emit(c, add, 1));
        }
    }
    if (tuple) TRY(cg_emit(c, LIST_TO_TUPLE, 0));
    return 0;
}

int cg_unpack_helper(Compiler *c, AstExprSeq *elts) {
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        AstExpr *elt = elts->items[i];
        if (elt->kind == AST_Starred && !seen_star) {
            if (i >= (1 << 8) || (n - i - 1) >= (1 << 23))
                return cg_error(c, "too many expressions in star-unpacking assignment");
            TRY(cg_emit(c, UNPACK_EX, i + ((n - i - 1) << 8)));
            seen_star = true;
        } else if (elt->kind == AST_Starred) {
            return cg_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) TRY(cg_emit(c, UNPACK_SEQUENCE, n));
    return 0;
}

static int assignment_helper(Compiler *c, AstExprSeq *elts) {
    TRY(cg_unpack_helper(c, elts));
    for (int i = 0; i < elts->n; i++) {
        AstExpr *elt = elts->items[i];
        TRY(cg_expr(c, elt->kind == AST_Starred ? elt->v.Starred.value : elt));
    }
    return 0;
}

static bool all_const(Compiler *c, AstExprSeq *es, int begin, int end) {
    for (int i = begin; i < end; i++) {
        AstExpr *e = es->items[i];
        if (!e) return false;
        Ref k = cg_fold(c, e);
        if (ref_is_null(k)) return false;
        ref_close(k);
    }
    return true;
}

static int subdict(Compiler *c, AstExpr *e, int begin, int end) {
    int n = end - begin;
    AstExprSeq *keys = &e->v.Dict.keys, *values = &e->v.Dict.values;
    if (n > 1 && all_const(c, keys, begin, end)) {
        for (int i = begin; i < end; i++) TRY(cg_expr(c, values->items[i]));
        Object *tup = tuple_new(c->t, n);
        if (!tup) return -1;
        for (int i = begin; i < end; i++) {
            Ref k = cg_fold(c, keys->items[i]);
            if (ref_is_null(k)) {
                for (int j = i; j < end; j++) tuple_items(tup)[j - begin] = REF_NONE;
                obj_decref(tup);
                if (!err_occurred(c->t)) err_set(c->t, &exc_SystemError, "subdict fold");
                return -1;
            }
            tuple_items(tup)[i - begin] = k;
        }
        TRY(cg_emit_const_steal(c, ref_from_obj(tup)));
        return cg_emit(c, BUILD_CONST_KEY_MAP, n);
    }
    for (int i = begin; i < end; i++) {
        TRY(cg_expr(c, keys->items[i]));
        TRY(cg_expr(c, values->items[i]));
    }
    return cg_emit(c, BUILD_MAP, n);
}

static int compile_dict(Compiler *c, AstExpr *e) {
    int n = e->v.Dict.values.n, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        bool unpack = e->v.Dict.keys.items[i] == NULL;
        if (unpack) {
            if (elements) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict) TRY(cg_emit(c, DICT_UPDATE, 1));
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                TRY(cg_emit(c, BUILD_MAP, 0));
                have_dict = true;
            }
            TRY(cg_expr(c, e->v.Dict.values.items[i]));
            TRY(cg_emit(c, DICT_UPDATE, 1));
        } else if (elements * 2 > STACK_USE_GUARD) {
            TRY(subdict(c, e, i - elements, i + 1));
            if (have_dict) TRY(cg_emit(c, DICT_UPDATE, 1));
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        TRY(subdict(c, e, n - elements, n));
        if (have_dict) TRY(cg_emit(c, DICT_UPDATE, 1));
        have_dict = true;
    }
    if (!have_dict) TRY(cg_emit(c, BUILD_MAP, 0));
    return 0;
}

/* ---- comparisons and conditions ---------------------------------------------------------- */
/* ---- compile-time warnings about literals (CPython 3.11's check_compare/check_caller) ---- */
/* The type a literal expression evaluates to, or NULL for other expressions. Tuples of
 * literals count as CPython folds them into constants first. */
static const char *literal_type_name(const AstExpr *e) {
    switch (e->kind) {
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case AST_CONST_NONE: return "NoneType";
        case AST_CONST_TRUE: case AST_CONST_FALSE: return "bool";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        case AST_CONST_INT: return "int";
        case AST_CONST_FLOAT: return "float";
        case AST_CONST_IMAG: return "complex";
        case AST_CONST_STR: return "str";
        case AST_CONST_BYTES: return "bytes";
        case AST_CONST_FROZENSET: return "frozenset";
        default: return NULL;
        }
    case AST_Tuple: return "tuple";
    case AST_List: case AST_ListComp: return "list";
    case AST_Dict: case AST_DictComp: return "dict";
    case AST_Set: case AST_SetComp: return "set";
    case AST_GeneratorExp: return "generator";
    case AST_Lambda: return "function";
    case AST_JoinedStr: case AST_FormattedValue: return "str";
    default: return NULL;
    }
}

/* Whether `is` against e is suspicious: a literal other than the singletons. */
static bool is_literal_operand(const AstExpr *e) {
    if (e->kind == AST_Tuple) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++) {
            const AstExpr *x = e->v.Tuple.elts.items[i];
            if (x->kind != AST_Constant && !(x->kind == AST_Tuple && is_literal_operand(x))) return false;
        }
        return true;
    }
    if (e->kind != AST_Constant) return false;
    int k = e->v.Constant.value.kind;
    return k != AST_CONST_NONE && k != AST_CONST_TRUE && k != AST_CONST_FALSE && k != AST_CONST_ELLIPSIS;
}

/* SyntaxWarning for `x is <literal>` (and `is not`). */
static int cg_check_compare(Compiler *c, AstExpr *e) {
    bool left = is_literal_operand(e->v.Compare.left);
    for (int i = 0; i < e->v.Compare.ops.n; i++) {
        int op = e->v.Compare.ops.items[i];
        bool right = is_literal_operand(e->v.Compare.comparators.items[i]);
        if ((op == AST_Is || op == AST_IsNot) && (left || right))
            return cg_warn_at(c, LOC_OF(e), op == AST_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                         : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 0;
}

static int check_caller(Compiler *c, AstExpr *call) {
    const AstExpr *f = call->v.Call.func;
    if (f->kind == AST_Lambda) return 0;
    const char *type = literal_type_name(f);
    if (!type) return 0;
    return cg_warn_at(c, LOC_OF(call), "'%.200s' object is not callable; perhaps you missed a comma?", type);
}

static int compile_compare(Compiler *c, AstExpr *e) {
    TRY(cg_check_compare(c, e));
    int n = e->v.Compare.ops.n - 1;
    TRY(cg_expr(c, e->v.Compare.left));
    if (n == 0) {
        int op = e->v.Compare.ops.items[0];
        if (op == AST_In || op == AST_NotIn) TRY(cg_iter_operand(c, e->v.Compare.comparators.items[0]));
        else TRY(cg_expr(c, e->v.Compare.comparators.items[0]));
        return emit_compare(c, op);
    }
    Block *cleanup = cg_new_block(c);
    for (int i = 0; i < n; i++) {
        TRY(cg_expr(c, e->v.Compare.comparators.items[i]));
        TRY(cg_emit(c, SWAP, 2));
        TRY(cg_emit(c, COPY, 2));
        TRY(emit_compare(c, e->v.Compare.ops.items[i]));
        TRY(cg_emit_jump(c, JUMP_IF_FALSE_OR_POP, cleanup));
    }
    int op = e->v.Compare.ops.items[n];
    if (op == AST_In || op == AST_NotIn) TRY(cg_iter_operand(c, e->v.Compare.comparators.items[n]));
    else TRY(cg_expr(c, e->v.Compare.comparators.items[n]));
    TRY(emit_compare(c, op));
    Block *end = cg_new_block(c);
    TRY(cg_emit_jump(c, PSEUDO_JUMP_NO_INTERRUPT, end));
    cg_use_block(c, cleanup);
    TRY(cg_emit(c, SWAP, 2));
    TRY(cg_emit(c, POP_TOP, 0));
    cg_use_block(c, end);
    return 0;
}

int cg_jump_if(Compiler *c, AstExpr *e, Block *next, bool cond) {
    switch (e->kind) {
    case AST_UnaryOp:
        if (e->v.UnaryOp.op == AST_Not) return cg_jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case AST_BoolOp: {
        AstExprSeq *s = &e->v.BoolOp.values;
        int n = s->n - 1;
        bool cond2 = e->v.BoolOp.op == AST_Or;
        Block *next2 = next;
        if (cond2 != cond) next2 = cg_new_block(c);
        for (int i = 0; i < n; i++) TRY(cg_jump_if(c, s->items[i], next2, cond2));
        TRY(cg_jump_if(c, s->items[n], next, cond));
        if (next2 != next) cg_use_block(c, next2);
        return 0;
    }
    case AST_IfExp: {
        Block *end = cg_new_block(c), *next2 = cg_new_block(c);
        TRY(cg_jump_if(c, e->v.IfExp.test, next2, false));
        TRY(cg_jump_if(c, e->v.IfExp.body, next, cond));
        Loc old = cg_set_loc(c, LOC_NONE);
        TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
        c->u->loc = old;
        cg_use_block(c, next2);
        TRY(cg_jump_if(c, e->v.IfExp.orelse, next, cond));
        cg_use_block(c, end);
        return 0;
    }
    case AST_Compare: {
        /* As CPython 3.11: a comparison used as a condition gives its span to the jump
           and to what the statement emits next (an assert's raise points at the test). */
        cg_set_loc(c, LOC_OF(e));
        int n = e->v.Compare.ops.n - 1;
        if (n > 0) {
            TRY(cg_check_compare(c, e));
            Block *cleanup = cg_new_block(c);
            TRY(cg_expr(c, e->v.Compare.left));
            for (int i = 0; i < n; i++) {
                TRY(cg_expr(c, e->v.Compare.comparators.items[i]));
                TRY(cg_emit(c, SWAP, 2));
                TRY(cg_emit(c, COPY, 2));
                TRY(emit_compare(c, e->v.Compare.ops.items[i]));
                TRY(cg_emit_jump(c, POP_JUMP_IF_FALSE, cleanup));
            }
            int op = e->v.Compare.ops.items[n];
            if (op == AST_In || op == AST_NotIn) TRY(cg_iter_operand(c, e->v.Compare.comparators.items[n]));
            else TRY(cg_expr(c, e->v.Compare.comparators.items[n]));
            TRY(emit_compare(c, op));
            TRY(cg_emit_jump(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next));
            Block *end = cg_new_block(c);
            Loc old = cg_set_loc(c, LOC_NONE);
            TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
            c->u->loc = old;
            cg_use_block(c, cleanup);
            TRY(cg_emit(c, POP_TOP, 0));
            if (!cond) {
                old = cg_set_loc(c, LOC_NONE);
                TRY(cg_emit_jump(c, PSEUDO_JUMP, next));
                c->u->loc = old;
            }
            cg_use_block(c, end);
            return 0;
        }
        break;
    }
    default:
        break;
    }
    /* A constant condition jumps unconditionally or not at all (CPython's CFG optimizer
       does the same after the fact); the dead branch is dropped by the assembler. */
    Ref k = cg_fold(c, e);
    if (!ref_is_null(k)) {
        int truth = obj_truthy(c->t, k);
        ref_close(k);
        if (truth < 0) return -1;
        if ((truth != 0) == cond) return cg_emit_jump(c, PSEUDO_JUMP, next);
        return 0;
    }
    if (err_occurred(c->t)) return -1;
    TRY(cg_expr(c, e));
    return cg_emit_jump(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
}

/* ---- calls ------------------------------------------------------------------------------------------ */
static int validate_keywords(Compiler *c, AstKeywordSeq *kws) {
    for (int i = 0; i < kws->n; i++) {
        AstKeyword *k = kws->items[i];
        if (!k->arg) continue;
        for (int j = i + 1; j < kws->n; j++) {
            AstKeyword *o = kws->items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0)
                return cg_error_at(c, LOC_OF(o), "keyword argument repeated: %s", k->arg);
        }
    }
    return 0;
}

static int kw_names(Compiler *c, AstKeywordSeq *kws, int begin, int end) {
    Object *tup = tuple_new(c->t, end - begin);
    if (!tup) return -1;
    for (int i = begin; i < end; i++) {
        Object *s = cg_str(c, kws->items[i]->arg);
        if (!s) {
            for (int j = i; j < end; j++) tuple_items(tup)[j - begin] = REF_NONE;
            obj_decref(tup);
            return -1;
        }
        tuple_items(tup)[i - begin] = ref_from_obj(s);
    }
    return cg_add_const_steal(c, ref_from_obj(tup));
}

static int subkwargs(Compiler *c, AstKeywordSeq *kws, int begin, int end) {
    int n = end - begin;
    if (n > 1) {
        for (int i = begin; i < end; i++) TRY(cg_expr(c, kws->items[i]->value));
        int k = kw_names(c, kws, begin, end);
        if (k < 0) return -1;
        TRY(cg_emit(c, LOAD_CONST, k));
        return cg_emit(c, BUILD_CONST_KEY_MAP, n);
    }
    for (int i = begin; i < end; i++) {
        Object *s = cg_str(c, kws->items[i]->arg);
        if (!s) return -1;
        TRY(cg_emit_const_steal(c, ref_from_obj(s)));
        TRY(cg_expr(c, kws->items[i]->value));
    }
    return cg_emit(c, BUILD_MAP, n);
}

int cg_call_helper(Compiler *c, int n, AstExprSeq *args, AstKeywordSeq *kws) {
    TRY(validate_keywords(c, kws));
    int nelts = args->n, nkw = kws->n;
    bool ex = nelts + nkw * 2 > STACK_USE_GUARD;
    for (int i = 0; i < nelts && !ex; i++)
        if (args->items[i]->kind == AST_Starred) ex = true;
    for (int i = 0; i < nkw && !ex; i++)
        if (!kws->items[i]->arg) ex = true;
    if (!ex) {
        TRY(cg_exprs(c, args));
        if (nkw) {
            for (int i = 0; i < nkw; i++) TRY(cg_expr(c, kws->items[i]->value));
            int k = kw_names(c, kws, 0, nkw);
            if (k < 0) return -1;
            TRY(cg_emit(c, KW_NAMES, k));
        }
        return cg_emit(c, CALL, n + nelts + nkw);
    }
    if (n == 0 && nelts == 1 && args->items[0]->kind == AST_Starred)
        TRY(cg_expr(c, args->items[0]->v.Starred.value));
    else
        TRY(starunpack_helper(c, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true));
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            AstKeyword *kw = kws->items[i];
            if (!kw->arg) {
                if (nseen) {
                    TRY(subkwargs(c, kws, i - nseen, i));
                    if (have_dict) TRY(cg_emit(c, DICT_MERGE, 1));
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    TRY(cg_emit(c, BUILD_MAP, 0));
                    have_dict = true;
                }
                TRY(cg_expr(c, kw->value));
                TRY(cg_emit(c, DICT_MERGE, 1));
            } else {
                nseen++;
            }
        }
        if (nseen) {
            TRY(subkwargs(c, kws, nkw - nseen, nkw));
            if (have_dict) TRY(cg_emit(c, DICT_MERGE, 1));
        }
    }
    return cg_emit(c, CALL_FUNCTION_EX, nkw > 0);
}

/* CPython 3.11's update_start_location_to_match_attr: an attribute access on a later line
 * than its object is located at the attribute name. */
static void loc_to_attr(Compiler *c, AstExpr *attr) {
    Loc *l = &c->u->loc;
    if (l->lineno != attr->end_lineno) {
        l->lineno = attr->end_lineno;
        int len = (int)strlen(attr->v.Attribute.attr);
        if (len <= attr->end_col_offset) l->col = attr->end_col_offset - len;
        else l->col = l->end_col = -1;
        if (l->end_lineno < l->lineno) l->end_lineno = l->lineno;
        if (l->lineno == l->end_lineno && l->end_col < l->col) l->end_col = l->col;
    }
}

static int method_call(Compiler *c, AstExpr *e) {
    AstExpr *meth = e->v.Call.func;
    AstExprSeq *args = &e->v.Call.args;
    AstKeywordSeq *kws = &e->v.Call.keywords;
    if (meth->kind != AST_Attribute || meth->v.Attribute.ctx != AST_Load) return 1;
    int argsl = args->n, kwdsl = kws->n;
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUARD) return 1;
    for (int i = 0; i < argsl; i++)
        if (args->items[i]->kind == AST_Starred) return 1;
    for (int i = 0; i < kwdsl; i++)
        if (!kws->items[i]->arg) return 1;
    TRY(validate_keywords(c, kws));
    TRY(cg_expr(c, meth->v.Attribute.value));
    /* LOAD_METHOD (and KW_NAMES) get the attribute's span, CALL the call's; both start
       at the attribute name when it is on a later line than the object (as 3.11). */
    Loc old = cg_set_loc(c, LOC_OF(meth));
    loc_to_attr(c, meth);
    TRY(cg_emit_name(c, LOAD_METHOD, cg_mangle(c, meth->v.Attribute.attr)));
    TRY(cg_exprs(c, args));
    if (kwdsl) {
        for (int i = 0; i < kwdsl; i++) TRY(cg_expr(c, kws->items[i]->value));
        int k = kw_names(c, kws, 0, kwdsl);
        if (k < 0) return -1;
        TRY(cg_emit(c, KW_NAMES, k));
    }
    cg_set_loc(c, LOC_OF(e));
    loc_to_attr(c, meth);
    TRY(cg_emit(c, CALL, argsl + kwdsl));
    c->u->loc = old;
    return 0;
}

static int compile_call(Compiler *c, AstExpr *e) {
    TRY(check_caller(c, e));
    int r = method_call(c, e);
    if (r <= 0) return r;
    Loc old = cg_set_loc(c, LOC_OF(e->v.Call.func));
    TRY(cg_emit(c, PUSH_NULL, 0));
    c->u->loc = old;
    TRY(cg_expr(c, e->v.Call.func));
    return cg_call_helper(c, 0, &e->v.Call.args, &e->v.Call.keywords);
}

/* ---- yield / await ------------------------------------------------------------------------------ */
int cg_add_yield_from(Compiler *c, bool await) {
    Block *start = cg_new_block(c), *resume = cg_new_block(c), *exit = cg_new_block(c);
    cg_use_block(c, start);
    TRY(cg_emit_jump(c, SEND, exit));
    cg_use_block(c, resume);
    TRY(cg_emit(c, YIELD_VALUE, 0));
    TRY(cg_emit(c, RESUME, await ? 3 : 2));
    TRY(cg_emit_jump(c, PSEUDO_JUMP_NO_INTERRUPT, start));
    cg_use_block(c, exit);
    return 0;
}

bool cg_is_async_context(Compiler *c) {
    return c->u->kind == UNIT_ASYNC_FUNCTION || c->u->kind == UNIT_COMPREHENSION;
}

/* ---- f-strings ------------------------------------------------------------------------------------ */
static int formatted_value(Compiler *c, AstExpr *e) {
    TRY(cg_expr(c, e->v.FormattedValue.value));
    int oparg = 0;
    switch (e->v.FormattedValue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
    }
    if (e->v.FormattedValue.format_spec) {
        TRY(cg_expr(c, e->v.FormattedValue.format_spec));
        oparg |= 4;
    }
    return cg_emit(c, FORMAT_VALUE, oparg);
}

static int joined_str(Compiler *c, AstExpr *e) {
    AstExprSeq *vals = &e->v.JoinedStr.values;
    if (vals->n > STACK_USE_GUARD) {
        TRY(cg_emit_const_steal(c, ref_new(str_empty())));
        TRY(cg_emit_name(c, LOAD_METHOD, "join"));
        TRY(cg_emit(c, BUILD_LIST, 0));
        for (int i = 0; i < vals->n; i++) {
            TRY(cg_expr(c, vals->items[i]));
            TRY(cg_emit(c, LIST_APPEND, 1));
        }
        return cg_emit(c, CALL, 1);
    }
    TRY(cg_exprs(c, vals));
    if (vals->n != 1) TRY(cg_emit(c, BUILD_STRING, vals->n));
    return 0;
}

static int compile_slice(Compiler *c, AstExpr *s) {
    int n = 2;
    if (s->v.Slice.lower) TRY(cg_expr(c, s->v.Slice.lower));
    else TRY(cg_emit_const(c, REF_NONE));
    if (s->v.Slice.upper) TRY(cg_expr(c, s->v.Slice.upper));
    else TRY(cg_emit_const(c, REF_NONE));
    if (s->v.Slice.step) {
        n++;
        TRY(cg_expr(c, s->v.Slice.step));
    }
    return cg_emit(c, BUILD_SLICE, n);
}

/* ---- the dispatcher ---------------------------------------------------------------------------- */
static int expr1(Compiler *c, AstExpr *e) {
    /* constant folding first: BinOp/UnaryOp/Tuple/... of constants, __debug__ */
    switch (e->kind) {
    case AST_BinOp: case AST_UnaryOp: case AST_Tuple: case AST_Subscript: case AST_Name: {
        if ((e->kind == AST_Tuple && e->v.Tuple.ctx != AST_Load) ||
            (e->kind == AST_Subscript && e->v.Subscript.ctx != AST_Load) ||
            (e->kind == AST_Name && e->v.Name.ctx != AST_Load))
            break;
        Ref k = cg_fold(c, e);
        if (!ref_is_null(k)) return cg_emit_const_steal(c, k);
        if (err_occurred(c->t)) return -1;
        break;
    }
    default:
        break;
    }
    switch (e->kind) {
    case AST_NamedExpr:
        TRY(cg_expr(c, e->v.NamedExpr.value));
        TRY(cg_emit(c, COPY, 1));
        return cg_expr(c, e->v.NamedExpr.target);
    case AST_BoolOp: {
        Block *end = cg_new_block(c);
        AstExprSeq *s = &e->v.BoolOp.values;
        int op = e->v.BoolOp.op == AST_And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < s->n - 1; i++) {
            TRY(cg_expr(c, s->items[i]));
            TRY(cg_emit_jump(c, op, end));
        }
        TRY(cg_expr(c, s->items[s->n - 1]));
        cg_use_block(c, end);
        return 0;
    }
    case AST_BinOp: {
        int r = cg_percent_format(c, e);
        if (r) return r < 0 ? -1 : 0;
        TRY(cg_expr(c, e->v.BinOp.left));
        TRY(cg_expr(c, e->v.BinOp.right));
        return cg_emit(c, BINARY_OP, binop_arg(e->v.BinOp.op));
    }
    case AST_UnaryOp:
        TRY(cg_expr(c, e->v.UnaryOp.operand));
        switch (e->v.UnaryOp.op) {
        case AST_Invert: return cg_emit(c, UNARY_INVERT, 0);
        case AST_Not: return cg_emit(c, UNARY_NOT, 0);
        case AST_UAdd: return cg_emit(c, UNARY_POSITIVE, 0);
        case AST_USub: return cg_emit(c, UNARY_NEGATIVE, 0);
        }
        return -1;
    case AST_Lambda:
        return cg_lambda(c, e);
    case AST_IfExp: {
        Block *end = cg_new_block(c), *next = cg_new_block(c);
        TRY(cg_jump_if(c, e->v.IfExp.test, next, false));
        TRY(cg_expr(c, e->v.IfExp.body));
        Loc old = cg_set_loc(c, LOC_NONE);
        TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
        c->u->loc = old;
        cg_use_block(c, next);
        TRY(cg_expr(c, e->v.IfExp.orelse));
        cg_use_block(c, end);
        return 0;
    }
    case AST_Dict:
        return compile_dict(c, e);
    case AST_Set:
        return starunpack_helper(c, &e->v.Set.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp:
    case AST_GeneratorExp:
        return cg_comprehension(c, e);
    case AST_Yield:
        if (c->u->ste->type != SCOPE_FUNCTION) return cg_error(c, "'yield' outside function");
        if (e->v.Yield.value) TRY(cg_expr(c, e->v.Yield.value));
        else TRY(cg_emit_const(c, REF_NONE));
        if (c->u->ste->coroutine) TRY(cg_emit(c, ASYNC_GEN_WRAP, 0));
        TRY(cg_emit(c, YIELD_VALUE, 0));
        return cg_emit(c, RESUME, 1);
    case AST_YieldFrom:
        if (c->u->ste->type != SCOPE_FUNCTION) return cg_error(c, "'yield' outside function");
        if (c->u->kind == UNIT_ASYNC_FUNCTION) return cg_error(c, "'yield from' inside async function");
        TRY(cg_expr(c, e->v.YieldFrom.value));
        TRY(cg_emit(c, GET_YIELD_FROM_ITER, 0));
        TRY(cg_emit_const(c, REF_NONE));
        return cg_add_yield_from(c, false);
    case AST_Await:
        if (c->u->ste->type != SCOPE_FUNCTION) return cg_error(c, "'await' outside function");
        if (!cg_is_async_context(c)) return cg_error(c, "'await' outside async function");
        TRY(cg_expr(c, e->v.Await.value));
        TRY(cg_emit(c, GET_AWAITABLE, 0));
        TRY(cg_emit_const(c, REF_NONE));
        return cg_add_yield_from(c, true);
    case AST_Compare:
        return compile_compare(c, e);
    case AST_Call:
        return compile_call(c, e);
    case AST_FormattedValue:
        return formatted_value(c, e);
    case AST_JoinedStr:
        return joined_str(c, e);
    case AST_Constant:
        return cg_emit_const_steal(c, cg_constant_value(c, &e->v.Constant.value));
    case AST_Attribute: {
        TRY(cg_expr(c, e->v.Attribute.value));
        loc_to_attr(c, e);
        const char *name = cg_mangle(c, e->v.Attribute.attr);
        switch (e->v.Attribute.ctx) {
        case AST_Load: return cg_emit_name(c, LOAD_ATTR, name);
        case AST_Store: return cg_emit_name(c, STORE_ATTR, name);
        case AST_Del: return cg_emit_name(c, DELETE_ATTR, name);
        }
        return -1;
    }
    case AST_Subscript:
        TRY(cg_expr(c, e->v.Subscript.value));
        TRY(cg_expr(c, e->v.Subscript.slice));
        switch (e->v.Subscript.ctx) {
        case AST_Load: return cg_emit(c, BINARY_SUBSCR, 0);
        case AST_Store: return cg_emit(c, STORE_SUBSCR, 0);
        case AST_Del: return cg_emit(c, DELETE_SUBSCR, 0);
        }
        return -1;
    case AST_Starred:
        if (e->v.Starred.ctx == AST_Store)
            return cg_error(c, "starred assignment target must be in a list or tuple");
        return cg_error(c, "can't use starred expression here");
    case AST_Slice:
        return compile_slice(c, e);
    case AST_Name:
        return cg_nameop(c, e->v.Name.id, e->v.Name.ctx);
    case AST_List:
        switch (e->v.List.ctx) {
        case AST_Store: return assignment_helper(c, &e->v.List.elts);
        case AST_Del: return cg_exprs(c, &e->v.List.elts);
        default:
            return starunpack_helper(c, &e->v.List.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
        }
    case AST_Tuple:
        switch (e->v.Tuple.ctx) {
        case AST_Store: return assignment_helper(c, &e->v.Tuple.elts);
        case AST_Del: return cg_exprs(c, &e->v.Tuple.elts);
        default:
            return starunpack_helper(c, &e->v.Tuple.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
    }
    return err_set(c->t, &exc_SystemError, "compiler: unknown expression kind"), -1;
}

int cg_assign_target(Compiler *c, AstExpr *target) { return cg_expr(c, target); }

/* Validates an annotation target expression for `x.y: int` forms (evaluates the object
 * so that errors surface, as CPython does for non-simple targets). */
int cg_check_ann_expr(Compiler *c, AstExpr *e) {
    TRY(cg_expr(c, e));
    return cg_emit(c, POP_TOP, 0);
}
