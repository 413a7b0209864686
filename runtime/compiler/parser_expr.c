/* parser_expr.c — expression rules of the Python 3.11 grammar: operators,
 * primaries, atoms and displays, comprehensions, call arguments, slices,
 * lambda, and assignment targets. Rule names follow Grammar/python.gram. */
#include "compiler/parser_internal.h"

#include <stdlib.h>
#include <string.h>

static AstExpr *p_inversion(Parser *p);
static AstExpr *p_factor(Parser *p);
static AstExpr *p_lambdef(Parser *p);

#define FAIL(p, start) do { (p)->pos = (start); return NULL; } while (0)

/* SOFT_KEYWORD as CPython 3.11 matches it: a NAME whose text is a *prefix*
 * of "match", "case" or "_" (it compares only the token's length). */
static int is_soft_keyword(const PToken *t)
{
    size_t n = (size_t)(t->t.end - t->t.start);
    return t->t.type == TOK_NAME && !t->t.kw && n > 0 &&
           ((n <= 5 && memcmp(t->t.start, "match", n) == 0) ||
            (n <= 4 && memcmp(t->t.start, "case", n) == 0) ||
            (n == 1 && t->t.start[0] == '_'));
}

static AstExpr *make_binop(Parser *p, PToken *st, AstExpr *l, AstOperator op, AstExpr *r)
{
    AstExpr *e = new_expr(p, AST_BinOp, st);
    FINISH(p, e);
    e->v.BinOp.left = l;
    e->v.BinOp.op = op;
    e->v.BinOp.right = r;
    return e;
}

static AstExpr *make_tuple(Parser *p, AstExprSeq elts, const PToken *start, AstExprContext ctx)
{
    AstExpr *e = new_expr(p, AST_Tuple, start);
    e->v.Tuple.elts = elts;
    e->v.Tuple.ctx = ctx;
    FINISH(p, e);
    return e;
}

static int is_legacy_name(const AstExpr *a)
{
    return a->kind == AST_Name &&
           (strcmp(a->v.Name.id, "print") == 0 || strcmp(a->v.Name.id, "exec") == 0);
}

/* ---- expression --------------------------------------------------------------- */

/* expression_without_invalid: the expression rule with the invalid_* checks off */
static AstExpr *expression_without_invalid(Parser *p)
{
    int saved = p->invalid_pass;
    p->invalid_pass = 0;
    AstExpr *e = p_expression(p);
    p->invalid_pass = saved;
    return e;
}

/* invalid_expression and invalid_legacy_expression (second pass). `a` is
 * the disjunction parsed at `start`; p->pos is after it. Returns 1 if an
 * error was raised. */
static int invalid_expression(Parser *p, int start, AstExpr *a)
{
    int after = p->pos;
    PToken *st = ptok(p, start);
    int name_string = st->t.type == TOK_NAME && !st->t.kw && ptok_is(p, start + 1, TOK_STRING);
    if (!name_string && !is_soft_keyword(st)) {
        AstExpr *b = expression_without_invalid(p);
        if (ERR(p)) return 1;
        if (b && !is_legacy_name(a) && last_tok(p)->level != 0) {
            raise_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                        "invalid syntax. Perhaps you forgot a comma?");
            return 1;
        }
        p->pos = after;
    }
    if (at_kw(p, KW_if)) {
        p->pos++;
        AstExpr *b = p_disjunction(p);
        if (ERR(p)) return 1;
        if (b && !at_kw(p, KW_else) && !at(p, TOK_COLON)) {
            raise_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                        "expected 'else' after 'if' expression");
            return 1;
        }
        p->pos = after;
    }
    /* invalid_legacy_expression: a=NAME !'(' b=star_expressions, an error
     * when a is print/exec. (b is parsed for any NAME, as CPython does: the
     * tokens it fetches matter for the later "was never closed" check.) */
    if (st->t.type == TOK_NAME && !st->t.kw && after == start + 1 && !at(p, TOK_LPAR)) {
        AstExpr *b = p_star_expressions(p);
        if (ERR(p)) return 1;
        if (b && is_legacy_name(a)) {
            raise_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                        "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                        a->v.Name.id, a->v.Name.id);
            return 1;
        }
        p->pos = after;
    }
    return 0;
}

static AstExpr *expression_impl(Parser *p)
{
    int skip = p->skip_invalid_once;
    p->skip_invalid_once = 0;
    if (at_kw(p, KW_lambda)) return p_lambdef(p);
    int start = p->pos;
    AstExpr *a = p_disjunction(p);
    if (!a) return NULL;
    int after_a = p->pos;
    if (p->invalid_pass && !skip && invalid_expression(p, start, a)) return NULL;
    if (at_kw(p, KW_if)) {
        p->pos++;
        AstExpr *b = p_disjunction(p);
        if (b && accept_kw(p, KW_else)) {
            AstExpr *c = p_expression(p);
            if (c) {
                AstExpr *e = new_expr(p, AST_IfExp, ptok(p, start));
                FINISH(p, e);
                e->v.IfExp.test = b;
                e->v.IfExp.body = a;
                e->v.IfExp.orelse = c;
                return e;
            }
        }
        if (ERR(p)) return NULL;
        p->pos = after_a;
    }
    return a;
}

AstExpr *p_expression(Parser *p)
{
    AstExpr *res;
    if (memo_get(p, MEMO_EXPRESSION, &res)) return res;
    int start = p->pos;
    if (depth_enter(p)) return NULL;
    res = expression_impl(p);
    depth_leave(p);
    if (ERR(p)) return NULL;
    if (!res) p->pos = start;
    memo_put(p, MEMO_EXPRESSION, start, res);
    return res;
}

/* expressions: expression (',' expression)* [','] */
AstExpr *p_expressions(Parser *p)
{
    PToken *st = cur(p);
    AstExpr *a = p_expression(p);
    if (!a) return NULL;
    if (!at(p, TOK_COMMA)) return a;
    AstExprSeq elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, a);
    while (accept(p, TOK_COMMA)) {
        int save = p->pos;
        AstExpr *b = p_expression(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            break;
        }
        PUSH(p, elts, cap, b);
    }
    return make_tuple(p, elts, st, AST_Load);
}

/* star_expression: '*' bitwise_or | expression */
AstExpr *p_star_expression(Parser *p)
{
    if (at(p, TOK_STAR)) {
        int start = p->pos;
        PToken *st = cur(p);
        p->pos++;
        AstExpr *v = p_bitwise_or(p);
        if (!v) FAIL(p, start);
        AstExpr *e = new_expr(p, AST_Starred, st);
        e->v.Starred.value = v;
        e->v.Starred.ctx = AST_Load;
        FINISH(p, e);
        return e;
    }
    return p_expression(p);
}

/* star_expressions: star_expression (',' star_expression)* [','] */
static AstExpr *star_expressions_impl(Parser *p)
{
    PToken *st = cur(p);
    AstExpr *a = p_star_expression(p);
    if (!a) return NULL;
    if (!at(p, TOK_COMMA)) return a;
    AstExprSeq elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, a);
    while (accept(p, TOK_COMMA)) {
        int save = p->pos;
        AstExpr *b = p_star_expression(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            break;
        }
        PUSH(p, elts, cap, b);
    }
    return make_tuple(p, elts, st, AST_Load);
}

AstExpr *p_star_expressions(Parser *p)
{
    AstExpr *res;
    if (memo_get(p, MEMO_STAR_EXPRESSIONS, &res)) return res;
    int start = p->pos;
    res = star_expressions_impl(p);
    if (ERR(p)) return NULL;
    memo_put(p, MEMO_STAR_EXPRESSIONS, start, res);
    return res;
}

/* invalid_named_expression (second pass). Returns 1 if an error was raised. */
static int invalid_named_expression(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    /* a=expression ':=' expression */
    AstExpr *a = p_expression(p);
    if (ERR(p)) return 1;
    if (a && accept(p, TOK_COLONEQUAL)) {
        AstExpr *b = p_expression(p);
        if (ERR(p)) return 1;
        if (b) {
            raise_expr(p, a, "cannot use assignment expressions with %s", expr_name_for_error(a));
            return 1;
        }
    }
    p->pos = start;
    /* a=NAME '=' b=bitwise_or !('='|':=') */
    if (st->t.type == TOK_NAME && !st->t.kw && ptok_is(p, start + 1, TOK_EQUAL)) {
        p->pos = start + 2;
        AstExpr *b = p_bitwise_or(p);
        if (ERR(p)) return 1;
        if (b && !at(p, TOK_EQUAL) && !at(p, TOK_COLONEQUAL)) {
            raise_range(p, st->t.lineno, st->t.col_offset, b->end_lineno, b->end_col_offset,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return 1;
        }
        p->pos = start;
    }
    /* !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') */
    int excluded = 0;
    if (st->t.type == TOK_NAME && (st->t.kw == KW_True || st->t.kw == KW_None || st->t.kw == KW_False)) {
        excluded = 1;
    } else if (st->t.type == TOK_LSQB || st->t.type == TOK_LPAR) {
        AstExpr *at0 = p_atom(p);
        if (ERR(p)) return 1;
        if (at0 && (at0->kind == AST_List || at0->kind == AST_GeneratorExp ||
                    (at0->kind == AST_Tuple && at0->col_offset == st->t.col_offset &&
                     at0->lineno == st->t.lineno)))
            excluded = 1;
        p->pos = start;
    }
    if (!excluded) {
        AstExpr *x = p_bitwise_or(p);
        if (ERR(p)) return 1;
        if (x && accept(p, TOK_EQUAL)) {
            AstExpr *y = p_bitwise_or(p);
            if (ERR(p)) return 1;
            if (y && !at(p, TOK_EQUAL) && !at(p, TOK_COLONEQUAL)) {
                raise_expr(p, x, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           expr_name_for_error(x));
                return 1;
            }
        }
    }
    p->pos = start;
    return 0;
}

/* named_expression: NAME ':=' ~ expression | invalid_named_expression | expression !':=' */
AstExpr *p_named_expression(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    if (st->t.type == TOK_NAME && !st->t.kw && ptok_is(p, start + 1, TOK_COLONEQUAL)) {
        p->pos += 2;
        AstExpr *v = p_expression(p);
        if (!v) FAIL(p, start);
        AstExpr *e = new_expr(p, AST_NamedExpr, st);
        e->v.NamedExpr.target = name_expr(p, st, AST_Store);
        e->v.NamedExpr.value = v;
        FINISH(p, e);
        return e;
    }
    if (p->invalid_pass && invalid_named_expression(p)) return NULL;
    AstExpr *e = p_expression(p);
    if (!e) return NULL;
    if (at(p, TOK_COLONEQUAL)) FAIL(p, start);
    return e;
}

/* star_named_expression: '*' bitwise_or | named_expression */
AstExpr *p_star_named_expression(Parser *p)
{
    if (at(p, TOK_STAR)) {
        int start = p->pos;
        PToken *st = cur(p);
        p->pos++;
        AstExpr *v = p_bitwise_or(p);
        if (!v) FAIL(p, start);
        AstExpr *e = new_expr(p, AST_Starred, st);
        e->v.Starred.value = v;
        e->v.Starred.ctx = AST_Load;
        FINISH(p, e);
        return e;
    }
    return p_named_expression(p);
}

/* ---- boolean / comparison --------------------------------------------------- */

static AstExpr *boolop_chain(Parser *p, int kw, AstBoolOp op, AstExpr *(*sub)(Parser *))
{
    PToken *st = cur(p);
    AstExpr *a = sub(p);
    if (!a) return NULL;
    if (!at_kw(p, kw)) return a;
    AstExprSeq vals = {0};
    int cap = 0;
    PUSH(p, vals, cap, a);
    while (at_kw(p, kw)) {
        int save = p->pos;
        p->pos++;
        AstExpr *b = sub(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            break;
        }
        PUSH(p, vals, cap, b);
    }
    if (vals.n == 1) return a;
    AstExpr *e = new_expr(p, AST_BoolOp, st);
    FINISH(p, e);
    e->v.BoolOp.op = op;
    e->v.BoolOp.values = vals;
    return e;
}

static AstExpr *p_conjunction(Parser *p)
{
    return boolop_chain(p, KW_and, AST_And, p_inversion);
}

AstExpr *p_disjunction(Parser *p)
{
    AstExpr *res;
    if (memo_get(p, MEMO_DISJUNCTION, &res)) return res;
    int start = p->pos;
    res = boolop_chain(p, KW_or, AST_Or, p_conjunction);
    if (ERR(p)) return NULL;
    if (!res) p->pos = start;
    memo_put(p, MEMO_DISJUNCTION, start, res);
    return res;
}

static AstExpr *p_comparison(Parser *p);

static AstExpr *p_inversion(Parser *p)
{
    if (at_kw(p, KW_not)) {
        int start = p->pos;
        PToken *st = cur(p);
        p->pos++;
        if (depth_enter(p)) return NULL;
        AstExpr *v = p_inversion(p);
        depth_leave(p);
        if (!v) FAIL(p, start);
        AstExpr *e = new_expr(p, AST_UnaryOp, st);
        e->v.UnaryOp.op = AST_Not;
        e->v.UnaryOp.operand = v;
        FINISH(p, e);
        return e;
    }
    return p_comparison(p);
}

/* one comparison operator at the current position (0 if none); sets *ntok */
static AstCmpOp cmp_op(Parser *p, int *ntok)
{
    PToken *t = cur(p);
    *ntok = 1;
    switch (t->t.type) {
    case TOK_EQEQUAL: return AST_Eq;
    case TOK_NOTEQUAL:
        if (t->t.end - t->t.start == 2 && t->t.start[0] == '<') return 0;   /* <> */
        return AST_NotEq;
    case TOK_LESSEQUAL: return AST_LtE;
    case TOK_LESS: return AST_Lt;
    case TOK_GREATEREQUAL: return AST_GtE;
    case TOK_GREATER: return AST_Gt;
    case TOK_NAME:
        if (t->t.kw == KW_in) return AST_In;
        if (t->t.kw == KW_not && ptok(p, p->pos + 1)->t.type == TOK_NAME &&
            ptok(p, p->pos + 1)->t.kw == KW_in) {
            *ntok = 2;
            return AST_NotIn;
        }
        if (t->t.kw == KW_is) {
            if (ptok(p, p->pos + 1)->t.type == TOK_NAME && ptok(p, p->pos + 1)->t.kw == KW_not) {
                *ntok = 2;
                return AST_IsNot;
            }
            return AST_Is;
        }
        return 0;
    default:
        return 0;
    }
}

static AstExpr *p_comparison(Parser *p)
{
    PToken *st = cur(p);
    AstExpr *a = p_bitwise_or(p);
    if (!a) return NULL;
    AstCmpOpSeq ops = {0};
    AstExprSeq comps = {0};
    int cap1 = 0, cap2 = 0;
    for (;;) {
        int ntok;
        AstCmpOp op = cmp_op(p, &ntok);
        if (!op) break;
        int save = p->pos;
        p->pos += ntok;
        AstExpr *b = p_bitwise_or(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            break;
        }
        PUSH(p, ops, cap1, (int)op);
        PUSH(p, comps, cap2, b);
    }
    if (!ops.n) return a;
    AstExpr *e = new_expr(p, AST_Compare, st);
    FINISH(p, e);
    e->v.Compare.left = a;
    e->v.Compare.ops = ops;
    e->v.Compare.comparators = comps;
    return e;
}

/* ---- binary operators ----------------------------------------------------------- */

static AstExpr *p_term(Parser *p)
{
    PToken *st = cur(p);
    AstExpr *a = p_factor(p);
    if (!a) return NULL;
    for (;;) {
        AstOperator op;
        switch (cur_type(p)) {
        case TOK_STAR: op = AST_Mult; break;
        case TOK_SLASH: op = AST_Div; break;
        case TOK_DOUBLESLASH: op = AST_FloorDiv; break;
        case TOK_PERCENT: op = AST_Mod; break;
        case TOK_AT: op = AST_MatMult; break;
        default: return a;
        }
        int save = p->pos;
        p->pos++;
        AstExpr *b = p_factor(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            return a;
        }
        a = make_binop(p, st, a, op, b);
    }
}

static AstExpr *p_sum(Parser *p)
{
    PToken *st = cur(p);
    AstExpr *a = p_term(p);
    if (!a) return NULL;
    for (;;) {
        AstOperator op;
        switch (cur_type(p)) {
        case TOK_PLUS: op = AST_Add; break;
        case TOK_MINUS: op = AST_Sub; break;
        default: return a;
        }
        int save = p->pos;
        p->pos++;
        AstExpr *b = p_term(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            return a;
        }
        a = make_binop(p, st, a, op, b);
    }
}

static AstExpr *p_shift_expr(Parser *p)
{
    PToken *st = cur(p);
    AstExpr *a = p_sum(p);
    if (!a) return NULL;
    for (;;) {
        AstOperator op;
        switch (cur_type(p)) {
        case TOK_LEFTSHIFT: op = AST_LShift; break;
        case TOK_RIGHTSHIFT: op = AST_RShift; break;
        default: return a;
        }
        int save = p->pos;
        p->pos++;
        AstExpr *b = p_sum(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            return a;
        }
        a = make_binop(p, st, a, op, b);
    }
}

static AstExpr *binop_level(Parser *p, TokType tt, AstOperator op, AstExpr *(*sub)(Parser *))
{
    PToken *st = cur(p);
    AstExpr *a = sub(p);
    if (!a) return NULL;
    while (at(p, tt)) {
        int save = p->pos;
        p->pos++;
        AstExpr *b = sub(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            return a;
        }
        a = make_binop(p, st, a, op, b);
    }
    return a;
}

static AstExpr *p_bitwise_and(Parser *p) { return binop_level(p, TOK_AMPER, AST_BitAnd, p_shift_expr); }
static AstExpr *p_bitwise_xor(Parser *p) { return binop_level(p, TOK_CIRCUMFLEX, AST_BitXor, p_bitwise_and); }

AstExpr *p_bitwise_or(Parser *p)
{
    AstExpr *res;
    if (memo_get(p, MEMO_BITWISE_OR, &res)) return res;
    int start = p->pos;
    res = binop_level(p, TOK_VBAR, AST_BitOr, p_bitwise_xor);
    if (ERR(p)) return NULL;
    if (!res) p->pos = start;
    memo_put(p, MEMO_BITWISE_OR, start, res);
    return res;
}

/* factor: ('+' | '-' | '~') factor | power */
static AstExpr *p_power(Parser *p);

static AstExpr *p_factor(Parser *p)
{
    AstUnaryOp op;
    switch (cur_type(p)) {
    case TOK_PLUS: op = AST_UAdd; break;
    case TOK_MINUS: op = AST_USub; break;
    case TOK_TILDE: op = AST_Invert; break;
    default: return p_power(p);
    }
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    if (depth_enter(p)) return NULL;
    AstExpr *v = p_factor(p);
    depth_leave(p);
    if (!v) FAIL(p, start);
    AstExpr *e = new_expr(p, AST_UnaryOp, st);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = v;
    FINISH(p, e);
    return e;
}

/* power: await_primary '**' factor | await_primary */
static AstExpr *p_power(Parser *p)
{
    PToken *st0 = cur(p);
    AstExpr *a;
    if (at_kw(p, KW_await)) {
        int start = p->pos;
        PToken *st = cur(p);
        p->pos++;
        AstExpr *v = p_primary(p);
        if (!v) FAIL(p, start);
        a = new_expr(p, AST_Await, st);
        a->v.Await.value = v;
        FINISH(p, a);
    } else {
        a = p_primary(p);
        if (!a) return NULL;
    }
    if (at(p, TOK_DOUBLESTAR)) {
        int save = p->pos;
        p->pos++;
        if (depth_enter(p)) return NULL;
        AstExpr *b = p_factor(p);
        depth_leave(p);
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            return a;
        }
        return make_binop(p, st0, a, AST_Pow, b);
    }
    return a;
}

/* ---- primary ------------------------------------------------------------------ */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static AstExpr *p_slice(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    AstExpr *lower = NULL;
    if (st->t.type == TOK_NAME && !st->t.kw && ptok_is(p, start + 1, TOK_COLONEQUAL))
        return p_named_expression(p);
    if (!at(p, TOK_COLON)) {
        if (p->invalid_pass && invalid_named_expression(p)) return NULL;
        lower = p_expression(p);
        if (ERR(p)) return NULL;
        if (!lower) return NULL;
        if (!at(p, TOK_COLON)) {
            if (at(p, TOK_COLONEQUAL)) FAIL(p, start);
            return lower;
        }
    }
    if (at(p, TOK_COLON)) {
        p->pos++;
        AstExpr *upper = NULL, *step = NULL;
        if (!at(p, TOK_COLON) && !at(p, TOK_RSQB) && !at(p, TOK_COMMA)) {
            upper = p_expression(p);
            if (ERR(p)) return NULL;
        }
        if (accept(p, TOK_COLON)) {
            if (!at(p, TOK_RSQB) && !at(p, TOK_COMMA)) {
                step = p_expression(p);
                if (ERR(p)) return NULL;
            }
        }
        AstExpr *e = new_expr(p, AST_Slice, st);
        e->v.Slice.lower = lower;
        e->v.Slice.upper = upper;
        e->v.Slice.step = step;
        FINISH(p, e);
        return e;
    }
    FAIL(p, start);
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
AstExpr *p_slices(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    AstExpr *a = NULL;
    if (!at(p, TOK_STAR)) {
        a = p_slice(p);
        if (!a) return NULL;
        if (!at(p, TOK_COMMA)) return a;
    }
    AstExprSeq elts = {0};
    int cap = 0;
    if (a) PUSH(p, elts, cap, a);
    else p->pos = start;
    int first = a == NULL;
    for (;;) {
        if (!first && !accept(p, TOK_COMMA)) break;
        int save = p->pos;
        AstExpr *b;
        if (at(p, TOK_STAR)) {
            PToken *s = cur(p);
            p->pos++;
            AstExpr *v = p_expression(p);
            if (!v) {
                if (ERR(p)) return NULL;
                p->pos = save;
                b = NULL;
            } else {
                b = new_expr(p, AST_Starred, s);
                b->v.Starred.value = v;
                b->v.Starred.ctx = AST_Load;
                FINISH(p, b);
            }
        } else {
            b = p_slice(p);
        }
        if (!b) {
            if (ERR(p)) return NULL;
            p->pos = save;
            if (first) FAIL(p, start);
            break;
        }
        first = 0;
        PUSH(p, elts, cap, b);
    }
    return make_tuple(p, elts, st, AST_Load);
}

/* Arguments of a call, after '(' (at index lpar). Stops before ')'.
 * A lone generator expression argument becomes a GeneratorExp spanning
 * the parentheses. Returns 1 on success. */
int p_arguments(Parser *p, AstExprSeq *args, AstKeywordSeq *kws, int allow_genexp)
{
    int capa = 0, capk = 0;
    int seen_kw = 0, seen_dstar = 0;
    int lpar = p->pos - 1;
    int start = p->pos;
    while (!at(p, TOK_RPAR)) {
        PToken *t = cur(p);
        if (t->t.type == TOK_STAR) {
            p->pos++;
            AstExpr *v = seen_dstar ? NULL : p_expression(p);
            if (!v || seen_dstar) {
                /* invalid_arguments: args ',' a='*' */
                if (p->invalid_pass && !ERR(p) && (args->n || kws->n))
                    raise_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
                p->pos = start;
                return 0;
            }
            if (p->invalid_pass && at(p, TOK_EQUAL)) {
                /* invalid_starred_expression / generic */
                p->pos = start;
                return 0;
            }
            AstExpr *e = new_expr(p, AST_Starred, t);
            e->v.Starred.value = v;
            e->v.Starred.ctx = AST_Load;
            FINISH(p, e);
            PUSH(p, *args, capa, e);
        } else if (t->t.type == TOK_DOUBLESTAR) {
            p->pos++;
            AstExpr *v = p_expression(p);
            if (!v) {
                p->pos = start;
                return 0;
            }
            AstKeyword *k = pmalloc(p, sizeof *k);
            k->lineno = t->t.lineno;
            k->col_offset = t->t.col_offset;
            k->value = v;
            FINISH(p, k);
            PUSH(p, *kws, capk, k);
            seen_kw = seen_dstar = 1;
        } else if (t->t.type == TOK_NAME &&
                   (!t->t.kw || t->t.kw == KW_True || t->t.kw == KW_False || t->t.kw == KW_None) &&
                   ptok_is(p, p->pos + 1, TOK_EQUAL) && !(ptok_is(p, p->pos + 2, TOK_EQUAL))) {
            PToken *eq = ptok(p, p->pos + 1);
            if (t->t.kw) {
                if (p->invalid_pass && (t->t.kw == KW_True || t->t.kw == KW_False || t->t.kw == KW_None))
                    raise_range(p, t->t.lineno, t->t.col_offset, eq->t.end_lineno, eq->t.end_col_offset,
                                "cannot assign to %s", tok_keyword_spelling(t->t.kw));
                p->pos = start;
                return 0;
            }
            p->pos += 2;
            AstExpr *v = p_expression(p);
            if (!v) {
                p->pos = start;
                return 0;
            }
            if (p->invalid_pass && (at_kw(p, KW_for) || (at_kw(p, KW_async) && ptok(p, p->pos + 1)->t.kw == KW_for))) {
                AstComprehensionSeq gens = {0};
                if (p_for_if_clauses(p, &gens)) {
                    raise_range(p, t->t.lineno, t->t.col_offset, eq->t.end_lineno, eq->t.end_col_offset,
                                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                p->pos = start;
                return 0;
            }
            AstKeyword *k = pmalloc(p, sizeof *k);
            k->lineno = t->t.lineno;
            k->col_offset = t->t.col_offset;
            k->arg = tok_ident(p, t);
            k->value = v;
            FINISH(p, k);
            PUSH(p, *kws, capk, k);
            seen_kw = 1;
        } else {
            int save = p->pos;
            AstExpr *e;
            if (t->t.type == TOK_NAME && !t->t.kw && ptok_is(p, p->pos + 1, TOK_COLONEQUAL)) {
                e = p_named_expression(p);
            } else {
                e = p_expression(p);
                if (e && at(p, TOK_COLONEQUAL)) e = NULL;
            }
            if (!e) {
                p->pos = start;
                return 0;
            }
            if (at_kw(p, KW_for) || (at_kw(p, KW_async) && ptok(p, p->pos + 1)->t.kw == KW_for)) {
                AstComprehensionSeq gens = {0};
                if (!allow_genexp && !p->invalid_pass) {
                    p->pos = start;
                    return 0;
                }
                if (!p_for_if_clauses(p, &gens)) {
                    p->pos = start;
                    return 0;
                }
                if (allow_genexp && args->n == 0 && kws->n == 0 && save == start && at(p, TOK_RPAR)) {
                    PToken *lp = ptok(p, lpar);
                    AstExpr *g = new_expr(p, AST_GeneratorExp, lp);
                    g->v.GeneratorExp.elt = e;
                    g->v.GeneratorExp.generators = gens;
                    PToken *rp = cur(p);
                    g->end_lineno = rp->t.end_lineno;
                    g->end_col_offset = rp->t.end_col_offset;
                    PUSH(p, *args, capa, g);
                    return 1;
                }
                if (p->invalid_pass) {
                    AstComprehension *lc = gens.items[gens.n - 1];
                    AstExpr *li = lc->ifs.n ? lc->ifs.items[lc->ifs.n - 1] : lc->iter;
                    if (args->n + kws->n > 0 || at(p, TOK_COMMA)) {
                        raise_range(p, e->lineno, e->col_offset, li->end_lineno, li->end_col_offset,
                                    "Generator expression must be parenthesized");
                    }
                }
                p->pos = start;
                return 0;
            }
            if (at(p, TOK_EQUAL)) {
                if (p->invalid_pass) {
                    PToken *eq = cur(p);
                    raise_range(p, e->lineno, e->col_offset, eq->t.end_lineno, eq->t.end_col_offset,
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                p->pos = start;
                return 0;
            }
            if (seen_kw) {
                if (p->invalid_pass) {
                    /* a=args ',' args: the second args runs to its end
                     * before the error is raised at the last token read */
                    while (accept(p, TOK_COMMA)) {
                        if (at(p, TOK_STAR) || at(p, TOK_DOUBLESTAR)) p->pos++;
                        else if (cur(p)->t.type == TOK_NAME && ptok_is(p, p->pos + 1, TOK_EQUAL)) p->pos += 2;
                        if (!p_expression(p)) break;
                    }
                    if (ERR(p)) return 0;
                    cur(p);
                    raise_last(p, SYNERR_SYNTAX, seen_dstar ? "positional argument follows keyword argument unpacking"
                                                            : "positional argument follows keyword argument");
                }
                p->pos = start;
                return 0;
            }
            PUSH(p, *args, capa, e);
        }
        if (!accept(p, TOK_COMMA)) break;
    }
    return 1;
}

AstExpr *p_primary(Parser *p)
{
    PToken *st = cur(p);
    AstExpr *a = p_atom(p);
    if (!a) return NULL;
    for (;;) {
        PToken *t = cur(p);
        if (t->t.type == TOK_DOT) {
            PToken *n = ptok(p, p->pos + 1);
            if (n->t.type != TOK_NAME || n->t.kw) break;
            p->pos += 2;
            AstExpr *e = new_expr(p, AST_Attribute, st);
            e->v.Attribute.value = a;
            e->v.Attribute.attr = tok_ident(p, n);
            e->v.Attribute.ctx = AST_Load;
            FINISH(p, e);
            a = e;
        } else if (t->t.type == TOK_LPAR) {
            int save = p->pos;
            p->pos++;
            AstExprSeq args = {0};
            AstKeywordSeq kws = {0};
            if (!p_arguments(p, &args, &kws, 1) || !accept(p, TOK_RPAR)) {
                if (ERR(p)) return NULL;
                p->pos = save;
                break;
            }
            AstExpr *e = new_expr(p, AST_Call, st);
            e->v.Call.func = a;
            e->v.Call.args = args;
            e->v.Call.keywords = kws;
            FINISH(p, e);
            a = e;
        } else if (t->t.type == TOK_LSQB) {
            int save = p->pos;
            p->pos++;
            AstExpr *s = p_slices(p);
            if (!s || !accept(p, TOK_RSQB)) {
                if (ERR(p)) return NULL;
                p->pos = save;
                break;
            }
            AstExpr *e = new_expr(p, AST_Subscript, st);
            e->v.Subscript.value = a;
            e->v.Subscript.slice = s;
            e->v.Subscript.ctx = AST_Load;
            FINISH(p, e);
            a = e;
        } else {
            break;
        }
    }
    return a;
}

/* ---- numbers ------------------------------------------------------------------ */

static AstExpr *make_number(Parser *p, PToken *t)
{
    size_t n = (size_t)(t->t.end - t->t.start);
    char *buf = arena_alloc(p->arena, n + 1);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (t->t.start[i] != '_') buf[m++] = t->t.start[i];
    buf[m] = 0;
    AstExpr *e = new_expr(p, AST_Constant, t);
    e->end_lineno = t->t.end_lineno;
    e->end_col_offset = t->t.end_col_offset;
    AstConstant *c = &e->v.Constant.value;
    if (m > 0 && (buf[m - 1] == 'j' || buf[m - 1] == 'J')) {
        buf[m - 1] = 0;
        c->kind = AST_CONST_IMAG;
        c->f = strtod(buf, NULL);
        return e;
    }
    if (m > 1 && buf[0] == '0' && strchr("xXoObB", buf[1])) {
        c->kind = AST_CONST_INT;
        c->i.base = buf[1] == 'x' || buf[1] == 'X' ? 16 : buf[1] == 'o' || buf[1] == 'O' ? 8 : 2;
        char *d = buf + 2;
        while (d[0] == '0' && d[1]) d++;
        for (char *q = d; *q; q++)
            if (*q >= 'A' && *q <= 'F') *q = (char)(*q - 'A' + 'a');
        c->i.digits = d;
        return e;
    }
    if (strpbrk(buf, ".eE")) {
        c->kind = AST_CONST_FLOAT;
        c->f = strtod(buf, NULL);
        return e;
    }
    c->kind = AST_CONST_INT;
    c->i.base = 10;
    char *d = buf;
    while (d[0] == '0' && d[1]) d++;
    c->i.digits = d;
    return e;
}

/* ---- atoms -------------------------------------------------------------------- */

/* Elements of a list/tuple/set display after the first, up to `close`. */
static int display_rest(Parser *p, AstExprSeq *elts, int *cap, TokType close)
{
    while (accept(p, TOK_COMMA)) {
        if (at(p, close)) break;
        AstExpr *b = p_star_named_expression(p);
        if (!b) return 0;
        PUSH(p, *elts, *cap, b);
    }
    return 1;
}

/* invalid_comprehension (second pass) after `[a` / `(a` / `{a` */
static int invalid_comprehension(Parser *p, PToken *open, AstExpr *a)
{
    if (a->kind == AST_Starred && (at_kw(p, KW_for) || at_kw(p, KW_async))) {
        AstComprehensionSeq g = {0};
        int save = p->pos;
        if (p_for_if_clauses(p, &g)) {
            raise_expr(p, a, "iterable unpacking cannot be used in comprehension");
            return 1;
        }
        if (ERR(p)) return 1;
        p->pos = save;
    }
    if (open->t.type != TOK_LPAR && at(p, TOK_COMMA)) {
        int save = p->pos;
        p->pos++;
        if (at_kw(p, KW_for) || at_kw(p, KW_async)) {
            PToken *comma = ptok(p, save);
            AstComprehensionSeq g = {0};
            if (p_for_if_clauses(p, &g)) {
                raise_range(p, a->lineno, a->col_offset, comma->t.end_lineno, comma->t.end_col_offset,
                            "did you forget parentheses around the comprehension target?");
                return 1;
            }
            if (ERR(p)) return 1;
        } else {
            AstExpr *last = NULL;
            for (;;) {
                AstExpr *b = p_star_named_expression(p);
                if (!b) break;
                last = b;
                if (!accept(p, TOK_COMMA)) break;
            }
            if (ERR(p)) return 1;
            if (last && (at_kw(p, KW_for) || at_kw(p, KW_async))) {
                AstComprehensionSeq g = {0};
                if (p_for_if_clauses(p, &g)) {
                    raise_range(p, a->lineno, a->col_offset, last->end_lineno, last->end_col_offset,
                                "did you forget parentheses around the comprehension target?");
                    return 1;
                }
                if (ERR(p)) return 1;
            }
        }
        p->pos = save;
    }
    return 0;
}

static AstExpr *comp_node(Parser *p, AstExprKind k, PToken *open, AstExpr *elt, AstComprehensionSeq gens)
{
    AstExpr *e = new_expr(p, k, open);
    e->v.ListComp.elt = elt;
    e->v.ListComp.generators = gens;
    FINISH(p, e);
    return e;
}

static AstExpr *p_paren_atom(Parser *p)
{
    int start = p->pos;
    PToken *open = cur(p);
    p->pos++;
    if (accept(p, TOK_RPAR)) return make_tuple(p, (AstExprSeq){0}, open, AST_Load);
    if (at_kw(p, KW_yield)) {
        AstExpr *y = p_yield_expr(p);
        if (y && accept(p, TOK_RPAR)) return y;
        FAIL(p, start);
    }
    if (at(p, TOK_DOUBLESTAR) && p->invalid_pass) {
        PToken *ds = cur(p);
        p->pos++;
        AstExpr *v = p_expression(p);
        if (v && at(p, TOK_RPAR)) return raise_tok(p, ds, "cannot use double starred expression here");
        if (ERR(p)) return NULL;
        FAIL(p, start);
    }
    AstExpr *a = p_star_named_expression(p);
    if (!a) FAIL(p, start);
    if (at(p, TOK_COMMA)) {
        AstExprSeq elts = {0};
        int cap = 0;
        PUSH(p, elts, cap, a);
        if (!display_rest(p, &elts, &cap, TOK_RPAR) || !accept(p, TOK_RPAR)) {
            if (ERR(p)) return NULL;
            FAIL(p, start);
        }
        return make_tuple(p, elts, open, AST_Load);
    }
    if (accept(p, TOK_RPAR)) {
        if (a->kind == AST_Starred) {
            if (p->invalid_pass) return raise_expr(p, a, "cannot use starred expression here");
            FAIL(p, start);
        }
        return a;
    }
    if (at_kw(p, KW_for) || (at_kw(p, KW_async) && ptok(p, p->pos + 1)->t.kw == KW_for)) {
        if (a->kind == AST_Starred || a->kind == AST_NamedExpr) {
            /* genexp allows assignment_expression but not starred */
        }
        if (a->kind != AST_Starred) {
            AstComprehensionSeq gens = {0};
            if (p_for_if_clauses(p, &gens) && accept(p, TOK_RPAR))
                return comp_node(p, AST_GeneratorExp, open, a, gens);
            if (ERR(p)) return NULL;
        } else if (p->invalid_pass && invalid_comprehension(p, open, a)) {
            return NULL;
        }
    }
    FAIL(p, start);
}

static AstExpr *p_list_atom(Parser *p)
{
    int start = p->pos;
    PToken *open = cur(p);
    p->pos++;
    if (accept(p, TOK_RSQB)) {
        AstExpr *e = new_expr(p, AST_List, open);
        e->v.List.ctx = AST_Load;
        FINISH(p, e);
        return e;
    }
    AstExpr *a = p_star_named_expression(p);
    if (!a) FAIL(p, start);
    if (at_kw(p, KW_for) || (at_kw(p, KW_async) && ptok(p, p->pos + 1)->t.kw == KW_for)) {
        if (a->kind == AST_Starred) {
            if (p->invalid_pass) invalid_comprehension(p, open, a);
            FAIL(p, start);
        }
        AstComprehensionSeq gens = {0};
        if (p_for_if_clauses(p, &gens) && accept(p, TOK_RSQB))
            return comp_node(p, AST_ListComp, open, a, gens);
        FAIL(p, start);
    }
    if (p->invalid_pass && at(p, TOK_COMMA) && invalid_comprehension(p, open, a)) return NULL;
    AstExprSeq elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, a);
    if (!display_rest(p, &elts, &cap, TOK_RSQB) || !accept(p, TOK_RSQB)) {
        if (ERR(p)) return NULL;
        FAIL(p, start);
    }
    AstExpr *e = new_expr(p, AST_List, open);
    e->v.List.elts = elts;
    e->v.List.ctx = AST_Load;
    FINISH(p, e);
    return e;
}

/* dict item: '**' bitwise_or | expression ':' expression. *key NULL for **. */
static int p_dict_item(Parser *p, AstExpr **key, AstExpr **value)
{
    int start = p->pos;
    if (accept(p, TOK_DOUBLESTAR)) {
        *key = NULL;
        *value = p_bitwise_or(p);
        if (!*value) {
            p->pos = start;
            return 0;
        }
        return 1;
    }
    /* A key after the first pair is checked by CPython's invalid_kvpair
     * ("':' expected after dictionary key") before the expression-level
     * checks get a chance: parse it with those off. */
    if (start > 0 && ptok(p, start - 1)->t.type == TOK_COMMA)
        p->skip_invalid_once = 1;   /* only at the key's top level */
    *key = p_expression(p);
    p->skip_invalid_once = 0;
    if (!*key) return 0;
    if (!accept(p, TOK_COLON)) {
        p->pos = start;
        return 0;
    }
    *value = p_expression(p);
    if (!*value) {
        p->pos = start;
        return 0;
    }
    return 1;
}

/* invalid_double_starred_kvpairs / invalid_kvpair (second pass) */
static void invalid_dict(Parser *p, int first_item)
{
    int save = p->pos;
    p->pos = first_item;
    int npairs = 0;
    for (;;) {
        if (accept(p, TOK_DOUBLESTAR)) {
            if (!p_bitwise_or(p)) break;
        } else {
            AstExpr *k = p_expression(p);
            if (!k) break;
            if (!at(p, TOK_COLON)) {
                if (npairs >= 1)
                    raise_at(p, SYNERR_SYNTAX, k->lineno, k->end_col_offset - 1, k->end_lineno, -1,
                             "':' expected after dictionary key");
                break;
            }
            PToken *colon = cur(p);
            p->pos++;
            if (at(p, TOK_STAR)) {
                PToken *st = cur(p);
                p->pos++;
                if (p_bitwise_or(p))
                    raise_from_tok(p, st, "cannot use a starred expression in a dictionary value");
                break;
            }
            if (at(p, TOK_RBRACE) || at(p, TOK_COMMA)) {
                raise_tok(p, colon, "expression expected after dictionary key and ':'");
                break;
            }
            if (!p_expression(p)) break;
        }
        npairs++;
        if (!accept(p, TOK_COMMA)) break;
    }
    if (!ERR(p)) p->pos = save;
}

static AstExpr *p_brace_atom(Parser *p)
{
    int start = p->pos;
    PToken *open = cur(p);
    p->pos++;
    if (accept(p, TOK_RBRACE)) {
        AstExpr *e = new_expr(p, AST_Dict, open);
        FINISH(p, e);
        return e;
    }
    int first_item = p->pos;
    PToken *ft = cur(p);
    AstExpr *k = NULL, *v = NULL;
    AstExpr *a = NULL;   /* first set element */
    int is_dict = 0, is_dstar = 0;
    if (ft->t.type == TOK_DOUBLESTAR) {
        if (!p_dict_item(p, &k, &v)) {
            if (ERR(p)) return NULL;
            FAIL(p, start);
        }
        is_dict = is_dstar = 1;
    } else if (ft->t.type == TOK_STAR || (ft->t.type == TOK_NAME && !ft->t.kw && ptok_is(p, first_item + 1, TOK_COLONEQUAL))) {
        a = p_star_named_expression(p);
    } else {
        /* one parse of the first expression serves both a dict key and a
         * set element (re-parsing would be exponential in nesting) */
        if (p->invalid_pass && !ptok_is(p, first_item + 1, TOK_COLON)) {
            int save = p->pos;
            AstExpr *probe = p_expression(p);
            if (ERR(p)) return NULL;
            int colon = probe && at(p, TOK_COLON);
            p->pos = save;
            if (!colon && invalid_named_expression(p)) return NULL;
        }
        AstExpr *e = p_expression(p);
        if (e && at(p, TOK_COLON)) {
            p->pos++;
            k = e;
            v = p_expression(p);
            if (!v) {
                if (ERR(p)) return NULL;
                if (p->invalid_pass) {
                    invalid_dict(p, first_item);
                    if (ERR(p)) return NULL;
                }
                FAIL(p, start);
            }
            is_dict = 1;
        } else if (e && !at(p, TOK_COLONEQUAL)) {
            a = e;
        }
    }
    if (ERR(p)) return NULL;
    if (is_dict) {
        if (!is_dstar && (at_kw(p, KW_for) || (at_kw(p, KW_async) && ptok(p, p->pos + 1)->t.kw == KW_for))) {
            AstComprehensionSeq gens = {0};
            if (p_for_if_clauses(p, &gens) && accept(p, TOK_RBRACE)) {
                AstExpr *e = new_expr(p, AST_DictComp, open);
                e->v.DictComp.key = k;
                e->v.DictComp.value = v;
                e->v.DictComp.generators = gens;
                FINISH(p, e);
                return e;
            }
            if (ERR(p)) return NULL;
            FAIL(p, start);
        }
        if (is_dstar && p->invalid_pass && (at_kw(p, KW_for) || at_kw(p, KW_async))) {
            AstComprehensionSeq gens = {0};
            if (p_for_if_clauses(p, &gens) && at(p, TOK_RBRACE))
                return raise_tok(p, ft, "dict unpacking cannot be used in dict comprehension");
            if (ERR(p)) return NULL;
            FAIL(p, start);
        }
        AstExprSeq keys = {0}, vals = {0};
        int ck = 0, cv = 0;
        PUSH(p, keys, ck, k);
        PUSH(p, vals, cv, v);
        int ok = 1;
        while (accept(p, TOK_COMMA)) {
            if (at(p, TOK_RBRACE)) break;
            if (!p_dict_item(p, &k, &v)) {
                ok = 0;
                break;
            }
            PUSH(p, keys, ck, k);
            PUSH(p, vals, cv, v);
        }
        if (ok && accept(p, TOK_RBRACE)) {
            AstExpr *e = new_expr(p, AST_Dict, open);
            e->v.Dict.keys = keys;
            e->v.Dict.values = vals;
            FINISH(p, e);
            return e;
        }
        if (ERR(p)) return NULL;
        if (p->invalid_pass) {
            invalid_dict(p, first_item);
            if (ERR(p)) return NULL;
        }
        FAIL(p, start);
    }
    /* set or setcomp */
    if (!a) {
        if (ERR(p)) return NULL;
        if (p->invalid_pass) {
            invalid_dict(p, first_item);
            if (ERR(p)) return NULL;
        }
        FAIL(p, start);
    }
    if (at_kw(p, KW_for) || (at_kw(p, KW_async) && ptok(p, p->pos + 1)->t.kw == KW_for)) {
        if (a->kind == AST_Starred) {
            if (p->invalid_pass) invalid_comprehension(p, open, a);
            FAIL(p, start);
        }
        AstComprehensionSeq gens = {0};
        if (p_for_if_clauses(p, &gens) && accept(p, TOK_RBRACE))
            return comp_node(p, AST_SetComp, open, a, gens);
        FAIL(p, start);
    }
    if (p->invalid_pass && at(p, TOK_COMMA) && invalid_comprehension(p, open, a)) return NULL;
    AstExprSeq elts = {0};
    int cap = 0;
    PUSH(p, elts, cap, a);
    if (!display_rest(p, &elts, &cap, TOK_RBRACE) || !accept(p, TOK_RBRACE)) {
        if (ERR(p)) return NULL;
        if (p->invalid_pass) {
            invalid_dict(p, first_item);
            if (ERR(p)) return NULL;
        }
        FAIL(p, start);
    }
    AstExpr *e = new_expr(p, AST_Set, open);
    e->v.Set.elts = elts;
    FINISH(p, e);
    return e;
}

static AstExpr *constant(Parser *p, PToken *t, AstConstKind k)
{
    AstExpr *e = new_expr(p, AST_Constant, t);
    e->v.Constant.value.kind = k;
    e->end_lineno = t->t.end_lineno;
    e->end_col_offset = t->t.end_col_offset;
    return e;
}

static AstExpr *atom_impl(Parser *p);

AstExpr *p_atom(Parser *p)
{
    AstExpr *res;
    PToken *t = cur(p);
    if (t->t.type != TOK_LPAR && t->t.type != TOK_LSQB && t->t.type != TOK_LBRACE) return atom_impl(p);
    if (memo_get(p, MEMO_ATOM, &res)) return res;
    int start = p->pos;
    res = atom_impl(p);
    if (ERR(p)) return NULL;
    if (!res) p->pos = start;
    memo_put(p, MEMO_ATOM, start, res);
    return res;
}

static AstExpr *atom_impl(Parser *p)
{
    PToken *t = cur(p);
    switch (t->t.type) {
    case TOK_NAME:
        switch (t->t.kw) {
        case 0:
            p->pos++;
            return name_expr(p, t, AST_Load);
        case KW_True: p->pos++; return constant(p, t, AST_CONST_TRUE);
        case KW_False: p->pos++; return constant(p, t, AST_CONST_FALSE);
        case KW_None: p->pos++; return constant(p, t, AST_CONST_NONE);
        default: return NULL;
        }
    case TOK_NUMBER:
        p->pos++;
        return make_number(p, t);
    case TOK_STRING:
        return p_strings(p);
    case TOK_ELLIPSIS:
        p->pos++;
        return constant(p, t, AST_CONST_ELLIPSIS);
    case TOK_LPAR: {
        if (depth_enter(p)) return NULL;
        AstExpr *e = p_paren_atom(p);
        depth_leave(p);
        return e;
    }
    case TOK_LSQB: {
        if (depth_enter(p)) return NULL;
        AstExpr *e = p_list_atom(p);
        depth_leave(p);
        return e;
    }
    case TOK_LBRACE: {
        if (depth_enter(p)) return NULL;
        AstExpr *e = p_brace_atom(p);
        depth_leave(p);
        return e;
    }
    default:
        return NULL;
    }
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
AstExpr *p_yield_expr(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    if (!accept_kw(p, KW_yield)) return NULL;
    if (accept_kw(p, KW_from)) {
        AstExpr *v = p_expression(p);
        if (!v) FAIL(p, start);
        AstExpr *e = new_expr(p, AST_YieldFrom, st);
        e->v.YieldFrom.value = v;
        FINISH(p, e);
        return e;
    }
    AstExpr *v = p_star_expressions(p);
    if (ERR(p)) return NULL;
    AstExpr *e = new_expr(p, AST_Yield, st);
    e->v.Yield.value = v;
    FINISH(p, e);
    return e;
}

/* ---- lambda ------------------------------------------------------------------- */

static AstExpr *p_lambdef(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    AstArguments *args = NULL;
    if (!at(p, TOK_COLON)) {
        args = p_lambda_params(p);
        if (!args) FAIL(p, start);
    } else {
        args = empty_arguments(p);
    }
    if (!accept(p, TOK_COLON)) FAIL(p, start);
    AstExpr *body = p_expression(p);
    if (!body) FAIL(p, start);
    AstExpr *e = new_expr(p, AST_Lambda, st);
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    FINISH(p, e);
    return e;
}

/* ---- comprehensions ------------------------------------------------------------- */

/* The target list of a for loop / comprehension, up to 'in': elements are
 * ['*'] primary (like CPython's t_primary-based star_target, this stops at
 * operators); a comma makes a Tuple. Not validated. */
static AstExpr *for_targets_raw(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    AstExprSeq elts = {0};
    int cap = 0;
    int comma = 0;
    for (;;) {
        AstExpr *e;
        if (at(p, TOK_STAR)) {
            PToken *s = cur(p);
            p->pos++;
            AstExpr *v = p_primary(p);
            if (!v) break;
            e = new_expr(p, AST_Starred, s);
            e->v.Starred.value = v;
            e->v.Starred.ctx = AST_Load;
            FINISH(p, e);
        } else {
            e = p_primary(p);
            if (!e) break;
        }
        PUSH(p, elts, cap, e);
        if (!at(p, TOK_COMMA)) break;
        p->pos++;
        comma = 1;
    }
    if (ERR(p)) return NULL;
    if (elts.n == 0) FAIL(p, start);
    if (elts.n == 1 && !comma) return elts.items[0];
    return make_tuple(p, elts, st, AST_Load);
}

/* star_targets followed by 'in' (for statement / comprehension). In the
 * second pass, an invalid target raises the CPython error. */
AstExpr *p_star_targets(Parser *p)
{
    int start = p->pos;
    AstExpr *t = for_targets_raw(p);
    if (!t) return NULL;
    if (!set_context(t, AST_Store)) {
        if (p->invalid_pass) {
            /* invalid_for_target: 'for' a=star_expressions */
            p->pos = start;
            AstExpr *a = p_star_expressions(p);
            if (ERR(p)) return NULL;
            if (a) return raise_invalid_target(p, TARGETS_FOR, a);
        }
        FAIL(p, start);
    }
    return t;
}

int p_for_if_clauses(Parser *p, AstComprehensionSeq *out)
{
    int start = p->pos;
    int cap = 0;
    out->n = 0;
    out->items = NULL;
    for (;;) {
        int is_async = 0;
        int cstart = p->pos;
        if (at_kw(p, KW_async) && ptok(p, p->pos + 1)->t.kw == KW_for) {
            is_async = 1;
            p->pos++;
        }
        if (!accept_kw(p, KW_for)) {
            p->pos = cstart;
            break;
        }
        AstExpr *target = p_star_targets(p);
        if (!target || !accept_kw(p, KW_in)) {
            if (ERR(p)) return 0;
            if (p->invalid_pass) {
                /* invalid_for_target */
                p->pos = cstart + is_async + 1;
                AstExpr *a = p_star_expressions(p);
                if (ERR(p)) return 0;
                if (a && invalid_target(a, TARGETS_FOR)) {
                    raise_invalid_target(p, TARGETS_FOR, a);
                    return 0;
                }
            }
            p->pos = start;
            return 0;
        }
        AstExpr *iter = p_disjunction(p);
        if (!iter) {
            p->pos = start;
            return 0;
        }
        AstComprehension *c = pmalloc(p, sizeof *c);
        c->target = target;
        c->iter = iter;
        c->is_async = is_async;
        int capi = 0;
        while (at_kw(p, KW_if)) {
            int save = p->pos;
            p->pos++;
            AstExpr *cond = p_disjunction(p);
            if (!cond) {
                if (ERR(p)) return 0;
                p->pos = save;
                break;
            }
            PUSH(p, c->ifs, capi, cond);
        }
        PUSH(p, *out, cap, c);
    }
    if (out->n == 0) {
        p->pos = start;
        return 0;
    }
    return 1;
}

/* f-string replacement field: the "(expr)" text is parsed as star_expressions. */
AstExpr *p_fstring_expr(Parser *p)
{
    return p_star_expressions(p);
}
