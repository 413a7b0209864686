/* parser_stmt.c — statement rules of the Python 3.11 grammar: simple and
 * compound statements, blocks, parameters, imports, and match statements
 * with their patterns. */
#include "compiler/parser_internal.h"

#include <string.h>

#define FAIL(p, start) do { (p)->pos = (start); return NULL; } while (0)

static int p_block(Parser *p, AstStmtSeq *out, const char *what, int kw_lineno);
static int p_statement(Parser *p, AstStmtSeq *out, int *cap);

/* Position end from the last token that is not NEWLINE/INDENT/DEDENT. */
static PToken *last_nonws(Parser *p)
{
    int i = p->pos - 1;
    while (i > 0) {
        TokType t = ptok(p, i)->t.type;
        if (t != TOK_NEWLINE && t != TOK_INDENT && t != TOK_DEDENT && t != TOK_ENDMARKER) break;
        i--;
    }
    return ptok(p, i < 0 ? 0 : i);
}

#define FINISH_WS(p, n) do { PToken *lt_ = last_nonws(p); (n)->end_lineno = lt_->t.end_lineno; \
    (n)->end_col_offset = lt_->t.end_col_offset; } while (0)

static int at_name(Parser *p)
{
    PToken *t = cur(p);
    return t->t.type == TOK_NAME && !t->t.kw;
}

static int at_augassign(Parser *p, AstOperator *op)
{
    switch (cur_type(p)) {
    case TOK_PLUSEQUAL: *op = AST_Add; return 1;
    case TOK_MINEQUAL: *op = AST_Sub; return 1;
    case TOK_STAREQUAL: *op = AST_Mult; return 1;
    case TOK_ATEQUAL: *op = AST_MatMult; return 1;
    case TOK_SLASHEQUAL: *op = AST_Div; return 1;
    case TOK_PERCENTEQUAL: *op = AST_Mod; return 1;
    case TOK_AMPEREQUAL: *op = AST_BitAnd; return 1;
    case TOK_VBAREQUAL: *op = AST_BitOr; return 1;
    case TOK_CIRCUMFLEXEQUAL: *op = AST_BitXor; return 1;
    case TOK_LEFTSHIFTEQUAL: *op = AST_LShift; return 1;
    case TOK_RIGHTSHIFTEQUAL: *op = AST_RShift; return 1;
    case TOK_DOUBLESTAREQUAL: *op = AST_Pow; return 1;
    case TOK_DOUBLESLASHEQUAL: *op = AST_FloorDiv; return 1;
    default: return 0;
    }
}

/* ---- parameters ------------------------------------------------------------------ */

/* An optional TYPE_COMMENT token here (only made with type_comments on): its text, or
 * NULL when there is none. */
static const char *accept_type_comment(Parser *p)
{
    if (!at(p, TOK_TYPE_COMMENT)) return NULL;
    PToken *tc = cur(p);
    p->pos++;
    return arena_strndup(p->arena, tc->t.start, (size_t)(tc->t.end - tc->t.start));
}

static AstArg *make_arg(Parser *p, PToken *name)
{
    AstArg *a = pmalloc(p, sizeof *a);
    a->lineno = name->t.lineno;
    a->col_offset = name->t.col_offset;
    a->arg = tok_ident(p, name);
    a->end_lineno = name->t.end_lineno;
    a->end_col_offset = name->t.end_col_offset;
    return a;
}

/* param: NAME [':' expression]  (star: ':' star_expression allowed) */
static AstArg *p_param(Parser *p, int lambda, int star)
{
    int start = p->pos;
    if (!at_name(p)) return NULL;
    PToken *n = cur(p);
    p->pos++;
    AstArg *a = make_arg(p, n);
    if (!lambda && accept(p, TOK_COLON)) {
        AstExpr *ann = star ? p_star_expression(p) : p_expression(p);
        if (!ann) FAIL(p, start);
        a->annotation = ann;
        FINISH(p, a);
    }
    return a;
}

static AstArguments *parse_parameters(Parser *p, int lambda)
{
    TokType close = lambda ? TOK_COLON : TOK_RPAR;
    int start = p->pos;
    AstArguments *args = pmalloc(p, sizeof *args);
    int cap_args = 0, cap_def = 0, cap_kw = 0, cap_kwd = 0;
    int seen_default = 0, seen_slash = 0, seen_star = 0;
    while (!at(p, close)) {
        PToken *t = cur(p);
        AstArg *last = NULL;   /* the parameter a type comment after it describes */
        if (args->kwarg) {
            /* nothing may follow **kwargs */
            if (t->t.type == TOK_NAME || t->t.type == TOK_STAR || t->t.type == TOK_DOUBLESTAR ||
                t->t.type == TOK_SLASH) {
                if (t->t.type == TOK_NAME) {
                    AstArg *a = p_param(p, lambda, 0);
                    if (a) return raise_at(p, SYNERR_SYNTAX, a->lineno, a->col_offset, a->end_lineno,
                                           a->end_col_offset, "arguments cannot follow var-keyword argument");
                    FAIL(p, start);
                }
                return raise_tok(p, t, "arguments cannot follow var-keyword argument");
            }
            FAIL(p, start);
        }
        if (t->t.type == TOK_SLASH) {
            if (seen_slash) return raise_tok(p, t, "/ may appear only once");
            if (seen_star) return raise_tok(p, t, "/ must be ahead of *");
            if (args->args.n == 0) FAIL(p, start);
            p->pos++;
            seen_slash = 1;
            args->posonlyargs = args->args;
            args->args.n = 0;
            args->args.items = NULL;
            cap_args = 0;
            if (!at(p, close) && !at(p, TOK_COMMA)) {
                if (at(p, TOK_STAR) && p->invalid_pass)
                    return raise_tok(p, cur(p), "expected comma between / and *");
                FAIL(p, start);
            }
        } else if (t->t.type == TOK_STAR) {
            if (seen_star) {
                if (ptok_is(p, p->pos + 1, TOK_NAME) || ptok_is(p, p->pos + 1, TOK_COMMA))
                    return raise_tok(p, t, "* argument may appear only once");
                FAIL(p, start);
            }
            p->pos++;
            seen_star = 1;
            if (at(p, TOK_COMMA) && ptok_is(p, p->pos + 1, TOK_TYPE_COMMENT))
                return raise_tok(p, ptok(p, p->pos + 1), "bare * has associated type comment");
            if (at(p, TOK_COMMA)) {
                if (ptok_is(p, p->pos + 1, close) || ptok_is(p, p->pos + 1, TOK_DOUBLESTAR)) {
                    if (lambda) {
                        p->pos++;
                        cur(p);
                        return raise_last(p, SYNERR_SYNTAX, "named arguments must follow bare *");
                    }
                    return raise_tok(p, t, "named arguments must follow bare *");
                }
            } else if (at(p, close)) {
                if (lambda) return raise_last(p, SYNERR_SYNTAX, "named arguments must follow bare *");
                return raise_tok(p, t, "named arguments must follow bare *");
            } else {
                AstArg *a = p_param(p, lambda, 1);
                if (!a) FAIL(p, start);
                args->vararg = last = a;
                if (at(p, TOK_EQUAL))
                    return raise_tok(p, cur(p), "var-positional argument cannot have default value");
            }
        } else if (t->t.type == TOK_DOUBLESTAR) {
            p->pos++;
            AstArg *a = p_param(p, lambda, 0);
            if (!a) FAIL(p, start);
            args->kwarg = last = a;
            if (at(p, TOK_EQUAL))
                return raise_tok(p, cur(p), "var-keyword argument cannot have default value");
        } else if (t->t.type == TOK_NAME && !t->t.kw) {
            AstArg *a = p_param(p, lambda, 0);
            if (!a) FAIL(p, start);
            last = a;
            AstExpr *def = NULL;
            if (accept(p, TOK_EQUAL)) {
                if (at(p, TOK_COMMA) || at(p, TOK_RPAR)) {
                    /* invalid_default: '=' &(')'|',') */
                    if (p->invalid_pass) return raise_tok(p, ptok(p, p->pos - 1), "expected default value expression");
                    FAIL(p, start);
                }
                if (at(p, close)) FAIL(p, start);
                def = p_expression(p);
                if (!def) FAIL(p, start);
            }
            if (!seen_star) {
                if (def) {
                    PUSH(p, args->defaults, cap_def, def);
                    seen_default = 1;
                } else if (seen_default) {
                    /* only a complete param_no_default (followed by ',' or the end) */
                    if (!at(p, TOK_COMMA) && !at(p, close)) FAIL(p, start);
                    return raise_at(p, SYNERR_SYNTAX, a->lineno, a->col_offset, a->end_lineno,
                                    a->end_col_offset, "non-default argument follows default argument");
                }
                PUSH(p, args->args, cap_args, a);
            } else {
                PUSH(p, args->kwonlyargs, cap_kw, a);
                PUSH(p, args->kw_defaults, cap_kwd, def);
            }
        } else if (t->t.type == TOK_LPAR && p->invalid_pass) {
            /* (a, b): parenthesized parameters */
            int save = p->pos;
            p->pos++;
            int n = 0;
            while (at_name(p)) {
                p->pos++;
                n++;
                if (!accept(p, TOK_COMMA)) break;
            }
            if (n && at(p, TOK_RPAR)) {
                PToken *rp = cur(p);
                return raise_range(p, t->t.lineno, t->t.col_offset, rp->t.end_lineno, rp->t.end_col_offset,
                                   lambda ? "Lambda expression parameters cannot be parenthesized"
                                          : "Function parameters cannot be parenthesized");
            }
            p->pos = save;
            FAIL(p, start);
        } else {
            FAIL(p, start);
        }
        /* param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')' */
        int comma = accept(p, TOK_COMMA);
        if (last && (comma || ptok_is(p, p->pos + 1, close))) last->type_comment = accept_type_comment(p);
        if (!comma) break;
    }
    if (!at(p, close)) FAIL(p, start);
    return args;
}

AstArguments *p_params(Parser *p) { return parse_parameters(p, 0); }
AstArguments *p_lambda_params(Parser *p) { return parse_parameters(p, 1); }

/* ---- simple statements ------------------------------------------------------------- */

static AstExpr *p_annotated_rhs(Parser *p)
{
    if (at_kw(p, KW_yield)) return p_yield_expr(p);
    return p_star_expressions(p);
}

static int is_single_target(const AstExpr *e)
{
    return e->kind == AST_Name || e->kind == AST_Attribute || e->kind == AST_Subscript;
}

/* invalid_assignment (second pass), at the statement start. Returns 1 if
 * an error was raised. */
static int invalid_assignment(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    /* invalid_ann_assign_target ':' expression */
    if (st->t.type == TOK_LPAR || st->t.type == TOK_LSQB) {
        int depth = 0;
        while (ptok_is(p, p->pos, TOK_LPAR) && ptok_is(p, p->pos + 1, TOK_LPAR)) {
            p->pos++;
            depth++;
        }
        AstExpr *a = p_atom(p);
        if (ERR(p)) return 1;
        int ok = a && (a->kind == AST_List || (a->kind == AST_Tuple && ptok(p, p->pos - 1)->t.type == TOK_RPAR));
        for (int i = 0; ok && i < depth; i++) ok = accept(p, TOK_RPAR);
        if (ok && accept(p, TOK_COLON)) {
            AstExpr *b = p_expression(p);
            if (ERR(p)) return 1;
            if (b) {
                raise_expr(p, a, "only single target (not %s) can be annotated",
                           a->kind == AST_List ? "list" : "tuple");
                return 1;
            }
        }
        p->pos = start;
    }
    /* star_named_expression ',' star_named_expressions* ':' expression */
    AstExpr *a = p_star_named_expression(p);
    if (ERR(p)) return 1;
    if (a && accept(p, TOK_COMMA)) {
        /* star_named_expressions*: comma lists, possibly juxtaposed */
        for (;;) {
            AstExpr *b = p_star_named_expression(p);
            if (ERR(p)) return 1;
            if (!b) break;
            accept(p, TOK_COMMA);
        }
        if (accept(p, TOK_COLON)) {
            AstExpr *b = p_expression(p);
            if (ERR(p)) return 1;
            if (b) {
                raise_expr(p, a, "only single target (not tuple) can be annotated");
                return 1;
            }
        }
    }
    p->pos = start;
    /* expression ':' expression */
    a = p_expression(p);
    if (ERR(p)) return 1;
    if (a && accept(p, TOK_COLON)) {
        AstExpr *b = p_expression(p);
        if (ERR(p)) return 1;
        if (b) {
            raise_expr(p, a, "illegal target for annotation");
            return 1;
        }
    }
    p->pos = start;
    /* (star_targets '=')* a=star_expressions '='  |  ... a=yield_expr '=' */
    for (;;) {
        int save = p->pos;
        AstExpr *t = p_star_expressions(p);
        if (ERR(p)) return 1;
        if (t && at(p, TOK_EQUAL) && !invalid_target(t, TARGETS_STAR)) {
            p->pos++;
            continue;
        }
        p->pos = save;
        break;
    }
    int after_targets = p->pos;
    a = p_star_expressions(p);
    if (ERR(p)) return 1;
    if (a && at(p, TOK_EQUAL)) {
        raise_invalid_target(p, TARGETS_STAR, a);
        return 1;
    }
    p->pos = after_targets;
    if (at_kw(p, KW_yield)) {
        a = p_yield_expr(p);
        if (ERR(p)) return 1;
        if (a && at(p, TOK_EQUAL)) {
            raise_expr(p, a, "assignment to yield expression not possible");
            return 1;
        }
    }
    p->pos = start;
    /* star_expressions augassign (yield_expr | star_expressions) */
    a = p_star_expressions(p);
    if (ERR(p)) return 1;
    AstOperator op;
    if (a && at_augassign(p, &op)) {
        p->pos++;
        AstExpr *b = p_annotated_rhs(p);
        if (ERR(p)) return 1;
        if (b) {
            raise_expr(p, a, "'%s' is an illegal expression for augmented assignment", expr_name_for_error(a));
            return 1;
        }
    }
    p->pos = start;
    return 0;
}

/* assignment | star_expressions */
static AstStmt *p_expr_stmt(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    /* NAME ':' expression ['=' annotated_rhs] */
    if (at_name(p) && ptok_is(p, p->pos + 1, TOK_COLON)) {
        p->pos += 2;
        AstExpr *ann = p_expression(p);
        if (ann) {
            AstExpr *val = NULL;
            if (accept(p, TOK_EQUAL)) {
                val = p_annotated_rhs(p);
                if (!val) goto fallback;
            }
            AstStmt *s = new_stmt(p, AST_AnnAssign, st);
            s->v.AnnAssign.target = name_expr(p, st, AST_Store);
            s->v.AnnAssign.annotation = ann;
            s->v.AnnAssign.value = val;
            s->v.AnnAssign.simple = 1;
            FINISH(p, s);
            return s;
        }
        goto fallback;
    }
    AstExpr *e;
    if (at_kw(p, KW_yield)) e = p_yield_expr(p);
    else e = p_star_expressions(p);
    if (!e) goto fallback;
    if (at(p, TOK_COLON) && e->kind != AST_Yield && e->kind != AST_YieldFrom) {
        /* ('(' single_target ')' | single_subscript_attribute_target) ':' ... */
        int parenthesized = st->t.type == TOK_LPAR;
        if (!is_single_target(e) || (e->kind == AST_Name && !parenthesized)) goto fallback;
        p->pos++;
        AstExpr *ann = p_expression(p);
        if (!ann) goto fallback;
        AstExpr *val = NULL;
        if (accept(p, TOK_EQUAL)) {
            val = p_annotated_rhs(p);
            if (!val) goto fallback;
        }
        set_context(e, AST_Store);
        AstStmt *s = new_stmt(p, AST_AnnAssign, st);
        s->v.AnnAssign.target = e;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.value = val;
        s->v.AnnAssign.simple = 0;
        FINISH(p, s);
        return s;
    }
    if (at(p, TOK_EQUAL)) {
        AstExprSeq targets = {0};
        int cap = 0;
        AstExpr *value = e;
        while (accept(p, TOK_EQUAL)) {
            PUSH(p, targets, cap, value);
            value = p_annotated_rhs(p);
            if (!value) goto fallback;
        }
        for (int i = 0; i < targets.n; i++) {
            AstExpr *t = targets.items[i];
            if (t->kind == AST_Yield || t->kind == AST_YieldFrom || !set_context(t, AST_Store))
                goto fallback;
        }
        AstStmt *s = new_stmt(p, AST_Assign, st);
        s->v.Assign.targets = targets;
        s->v.Assign.value = value;
        s->v.Assign.type_comment = accept_type_comment(p);
        FINISH(p, s);
        return s;
    }
    AstOperator op;
    if (at_augassign(p, &op)) {
        if (!is_single_target(e)) goto fallback;
        p->pos++;
        AstExpr *val = p_annotated_rhs(p);
        if (!val) goto fallback;
        set_context(e, AST_Store);
        AstStmt *s = new_stmt(p, AST_AugAssign, st);
        s->v.AugAssign.target = e;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = val;
        FINISH(p, s);
        return s;
    }
    if (p->invalid_pass) {
        p->pos = start;
        if (invalid_assignment(p)) return NULL;
        if (at_kw(p, KW_yield)) e = p_yield_expr(p);
        else e = p_star_expressions(p);
        if (!e) FAIL(p, start);
    }
    {
        AstStmt *s = new_stmt(p, AST_Expr, st);
        s->v.Expr.value = e;
        FINISH(p, s);
        return s;
    }
fallback:
    if (ERR(p)) return NULL;
    p->pos = start;
    if (p->invalid_pass) {
        if (invalid_assignment(p)) return NULL;
        p->pos = start;
        /* star_expressions alone (an expression statement) */
        e = at_kw(p, KW_yield) ? p_yield_expr(p) : p_star_expressions(p);
        if (e && !ERR(p)) {
            AstStmt *s = new_stmt(p, AST_Expr, st);
            s->v.Expr.value = e;
            FINISH(p, s);
            return s;
        }
        if (ERR(p)) return NULL;
    }
    FAIL(p, start);
}

/* dotted_name: NAME ('.' NAME)* -> "a.b.c" */
static const char *p_dotted_name(Parser *p)
{
    if (!at_name(p)) return NULL;
    int start = p->pos;
    size_t len = 0;
    for (;;) {
        PToken *t = cur(p);
        len += (size_t)(t->t.end - t->t.start) + 1;
        p->pos++;
        if (at(p, TOK_DOT) && ptok(p, p->pos + 1)->t.type == TOK_NAME && !ptok(p, p->pos + 1)->t.kw)
            p->pos++;
        else
            break;
    }
    char *s = arena_alloc(p->arena, len + 1);
    size_t o = 0;
    for (int i = start; i < p->pos; i++) {
        PToken *t = ptok(p, i);
        if (t->t.type == TOK_DOT) {
            s[o++] = '.';
            continue;
        }
        memcpy(s + o, t->t.start, (size_t)(t->t.end - t->t.start));
        o += (size_t)(t->t.end - t->t.start);
    }
    s[o] = 0;
    return s;
}

static AstAlias *make_alias(Parser *p, PToken *st, const char *name)
{
    AstAlias *a = pmalloc(p, sizeof *a);
    a->lineno = st->t.lineno;
    a->col_offset = st->t.col_offset;
    a->name = name;
    if (accept_kw(p, KW_as)) {
        if (!at_name(p)) return NULL;
        a->asname = tok_ident(p, cur(p));
        p->pos++;
    }
    FINISH(p, a);
    return a;
}

static AstStmt *p_import(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    if (accept_kw(p, KW_import)) {
        AstStmt *s = new_stmt(p, AST_Import, st);
        int cap = 0;
        do {
            PToken *nt = cur(p);
            const char *name = p_dotted_name(p);
            if (!name) FAIL(p, start);
            AstAlias *a = make_alias(p, nt, name);
            if (!a) FAIL(p, start);
            PUSH(p, s->v.Import.names, cap, a);
        } while (accept(p, TOK_COMMA));
        FINISH(p, s);
        return s;
    }
    /* from */
    p->pos++;
    int level = 0;
    for (;;) {
        if (accept(p, TOK_DOT)) level++;
        else if (accept(p, TOK_ELLIPSIS)) level += 3;
        else break;
    }
    const char *module = NULL;
    if (!at_kw(p, KW_import)) {
        module = p_dotted_name(p);
        if (!module) FAIL(p, start);
    } else if (level == 0) {
        FAIL(p, start);
    }
    if (!accept_kw(p, KW_import)) FAIL(p, start);
    AstStmt *s = new_stmt(p, AST_ImportFrom, st);
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.level = level;
    int cap = 0;
    if (at(p, TOK_STAR)) {
        PToken *t = cur(p);
        p->pos++;
        AstAlias *a = pmalloc(p, sizeof *a);
        a->lineno = t->t.lineno;
        a->col_offset = t->t.col_offset;
        a->end_lineno = t->t.end_lineno;
        a->end_col_offset = t->t.end_col_offset;
        a->name = "*";
        PUSH(p, s->v.ImportFrom.names, cap, a);
    } else {
        int paren = accept(p, TOK_LPAR);
        do {
            if (paren && at(p, TOK_RPAR)) break;
            if (!at_name(p)) {
                if (!paren && s->v.ImportFrom.names.n && p->invalid_pass && at(p, TOK_NEWLINE))
                    return raise_last(p, SYNERR_SYNTAX, "trailing comma not allowed without surrounding parentheses");
                FAIL(p, start);
            }
            PToken *nt = cur(p);
            p->pos++;
            AstAlias *a = make_alias(p, nt, tok_ident(p, nt));
            if (!a) FAIL(p, start);
            PUSH(p, s->v.ImportFrom.names, cap, a);
        } while (accept(p, TOK_COMMA));
        if (paren) {
            if (!accept(p, TOK_RPAR)) FAIL(p, start);
        } else if (ptok(p, p->pos - 1)->t.type == TOK_COMMA) {
            if (p->invalid_pass && at(p, TOK_NEWLINE))
                return raise_last(p, SYNERR_SYNTAX, "trailing comma not allowed without surrounding parentheses");
            FAIL(p, start);
        }
    }
    FINISH(p, s);
    return s;
}

static AstStmt *p_names_stmt(Parser *p, AstStmtKind kind)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    AstStmt *s = new_stmt(p, kind, st);
    AstIdentSeq *names = kind == AST_Global ? &s->v.Global.names : &s->v.Nonlocal.names;
    int cap = 0;
    do {
        if (!at_name(p)) FAIL(p, start);
        PUSH(p, *names, cap, tok_ident(p, cur(p)));
        p->pos++;
    } while (accept(p, TOK_COMMA));
    FINISH(p, s);
    return s;
}

/* del_targets: ','.del_target+ [','] */
static AstStmt *p_del(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    AstStmt *s = new_stmt(p, AST_Delete, st);
    int cap = 0;
    int ok = 1;
    for (;;) {
        AstExpr *e = p_primary(p);
        if (!e) {
            ok = 0;
            break;
        }
        if (!set_context(e, AST_Del)) {
            ok = 0;
            break;
        }
        PUSH(p, s->v.Delete.targets, cap, e);
        if (!accept(p, TOK_COMMA)) break;
        if (at(p, TOK_SEMI) || at(p, TOK_NEWLINE)) break;
    }
    if (ok && (at(p, TOK_SEMI) || at(p, TOK_NEWLINE))) {
        FINISH(p, s);
        return s;
    }
    if (ERR(p)) return NULL;
    if (p->invalid_pass) {
        /* invalid_del_stmt: 'del' a=star_expressions */
        p->pos = start + 1;
        AstExpr *a = p_star_expressions(p);
        if (ERR(p)) return NULL;
        if (a) return raise_invalid_target(p, TARGETS_DEL, a);
    }
    FAIL(p, start);
}

static AstStmt *p_simple_stmt(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    if (st->t.type == TOK_NAME) {
        switch (st->t.kw) {
        case KW_return: {
            p->pos++;
            AstStmt *s = new_stmt(p, AST_Return, st);
            if (!at(p, TOK_NEWLINE) && !at(p, TOK_SEMI)) {
                s->v.Return.value = p_star_expressions(p);
                if (ERR(p)) return NULL;
            }
            FINISH(p, s);
            return s;
        }
        case KW_import:
        case KW_from:
            return p_import(p);
        case KW_raise: {
            p->pos++;
            AstStmt *s = new_stmt(p, AST_Raise, st);
            if (!at(p, TOK_NEWLINE) && !at(p, TOK_SEMI)) {
                AstExpr *e = p_expression(p);
                if (e) {
                    s->v.Raise.exc = e;
                    if (accept_kw(p, KW_from)) {
                        s->v.Raise.cause = p_expression(p);
                        if (!s->v.Raise.cause) FAIL(p, start);
                    }
                } else if (ERR(p)) {
                    return NULL;
                }
            }
            FINISH(p, s);
            return s;
        }
        case KW_pass:
        case KW_break:
        case KW_continue: {
            p->pos++;
            AstStmt *s = new_stmt(p, st->t.kw == KW_pass ? AST_Pass : st->t.kw == KW_break ? AST_Break
                                                                                          : AST_Continue, st);
            FINISH(p, s);
            return s;
        }
        case KW_del:
            return p_del(p);
        case KW_assert: {
            p->pos++;
            AstStmt *s = new_stmt(p, AST_Assert, st);
            s->v.Assert.test = p_expression(p);
            if (!s->v.Assert.test) FAIL(p, start);
            if (accept(p, TOK_COMMA)) {
                s->v.Assert.msg = p_expression(p);
                if (!s->v.Assert.msg) FAIL(p, start);
            }
            FINISH(p, s);
            return s;
        }
        case KW_global:
            return p_names_stmt(p, AST_Global);
        case KW_nonlocal:
            return p_names_stmt(p, AST_Nonlocal);
        default:
            break;
        }
    }
    return p_expr_stmt(p);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int p_simple_stmts(Parser *p, AstStmtSeq *out, int *cap)
{
    int start = p->pos;
    int n0 = out->n;
    for (;;) {
        AstStmt *s = p_simple_stmt(p);
        if (!s) {
            out->n = n0;
            p->pos = start;
            return 0;
        }
        PUSH(p, *out, *cap, s);
        if (!accept(p, TOK_SEMI)) break;
        if (at(p, TOK_NEWLINE)) break;
    }
    if (!accept(p, TOK_NEWLINE)) {
        out->n = n0;
        p->pos = start;
        return 0;
    }
    return 1;
}

/* ---- blocks ------------------------------------------------------------------------- */

/* block: NEWLINE INDENT statements DEDENT | simple_stmts. `what`/`kw_lineno`
 * name the statement for "expected an indented block after ...". */
static int p_block(Parser *p, AstStmtSeq *out, const char *what, int kw_lineno)
{
    int start = p->pos;
    out->n = 0;
    out->items = NULL;
    int cap = 0;
    if (at(p, TOK_NEWLINE)) {
        if (!ptok_is(p, p->pos + 1, TOK_INDENT)) {
            if (ERR(p)) return 0;
            p->pos++;
            if (what) raise_last(p, SYNERR_INDENTATION, "expected an indented block after %s on line %d",
                                 what, kw_lineno);
            else raise_last(p, SYNERR_INDENTATION, "expected an indented block");
            TokType nt = cur(p)->t.type;
            if (nt == TOK_ENDMARKER || (nt == TOK_DEDENT && p->tok->cur >= p->tok->end))
                p->err->incomplete = 1;
            return 0;
        }
        p->pos += 2;
        if (depth_enter(p)) return 0;
        while (!at(p, TOK_DEDENT)) {
            if (!p_statement(p, out, &cap)) {
                depth_leave(p);
                p->pos = start;
                return 0;
            }
        }
        depth_leave(p);
        p->pos++;
        return 1;
    }
    if (!p_simple_stmts(p, out, &cap)) {
        p->pos = start;
        return 0;
    }
    return 1;
}

/* "expected ':'" when the header line ends without a colon */
static int expect_colon(Parser *p)
{
    if (accept(p, TOK_COLON)) return 1;
    if (at(p, TOK_NEWLINE) && !ERR(p)) raise_last(p, SYNERR_SYNTAX, "expected ':'");
    return 0;
}

static int p_else_block(Parser *p, AstStmtSeq *out)
{
    PToken *kw = cur(p);
    p->pos++;
    if (!expect_forced(p, TOK_COLON, ":")) return 0;
    return p_block(p, out, "'else' statement", kw->t.lineno);
}

/* ---- compound statements --------------------------------------------------------------- */

static AstStmt *p_if_stmt(Parser *p, int elif)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    AstExpr *test = p_named_expression(p);
    if (!test) FAIL(p, start);
    if (!expect_colon(p)) FAIL(p, start);
    AstStmt *s = new_stmt(p, AST_If, st);
    s->v.If.test = test;
    if (!p_block(p, &s->v.If.body, elif ? "'elif' statement" : "'if' statement", st->t.lineno)) FAIL(p, start);
    if (at_kw(p, KW_elif)) {
        AstStmt *e = p_if_stmt(p, 1);
        if (!e) FAIL(p, start);
        int cap = 0;
        PUSH(p, s->v.If.orelse, cap, e);
    } else if (at_kw(p, KW_else)) {
        if (!p_else_block(p, &s->v.If.orelse)) FAIL(p, start);
    }
    FINISH_WS(p, s);
    return s;
}

static AstStmt *p_while_stmt(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    AstExpr *test = p_named_expression(p);
    if (!test) FAIL(p, start);
    if (!expect_colon(p)) FAIL(p, start);
    AstStmt *s = new_stmt(p, AST_While, st);
    s->v.While.test = test;
    if (!p_block(p, &s->v.While.body, "'while' statement", st->t.lineno)) FAIL(p, start);
    if (at_kw(p, KW_else) && !p_else_block(p, &s->v.While.orelse)) FAIL(p, start);
    FINISH_WS(p, s);
    return s;
}

static AstStmt *p_for_stmt(Parser *p, PToken *st, int is_async)
{
    int start = p->pos;
    PToken *kw = cur(p);
    p->pos++;
    AstExpr *target = p_star_targets(p);
    if (!target || !accept_kw(p, KW_in)) {
        if (ERR(p)) return NULL;
        if (p->invalid_pass) {
            /* invalid_for_target */
            p->pos = start + 1;
            AstExpr *a = p_star_expressions(p);
            if (ERR(p)) return NULL;
            if (a && invalid_target(a, TARGETS_FOR)) return raise_invalid_target(p, TARGETS_FOR, a);
        }
        FAIL(p, start);
    }
    AstExpr *iter = p_star_expressions(p);
    if (!iter) FAIL(p, start);
    if (!expect_colon(p)) FAIL(p, start);
    AstStmt *s = new_stmt(p, is_async ? AST_AsyncFor : AST_For, st);
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.type_comment = accept_type_comment(p);
    if (!p_block(p, &s->v.For.body, "'for' statement", kw->t.lineno)) FAIL(p, start);
    if (at_kw(p, KW_else) && !p_else_block(p, &s->v.For.orelse)) FAIL(p, start);
    FINISH_WS(p, s);
    return s;
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static AstWithItem *p_with_item(Parser *p)
{
    int start = p->pos;
    AstExpr *e = p_expression(p);
    if (!e) return NULL;
    AstWithItem *w = pmalloc(p, sizeof *w);
    w->context_expr = e;
    if (at_kw(p, KW_as)) {
        int save = p->pos;
        p->pos++;
        AstExpr *t;
        if (at(p, TOK_STAR)) {
            PToken *s = cur(p);
            p->pos++;
            AstExpr *v = p_bitwise_or(p);
            t = NULL;
            if (v) {
                t = new_expr(p, AST_Starred, s);
                t->v.Starred.value = v;
                FINISH(p, t);
            }
        } else {
            t = p_bitwise_or(p);
        }
        if (t && (at(p, TOK_COMMA) || at(p, TOK_RPAR) || at(p, TOK_COLON))) {
            if (set_context(t, AST_Store)) {
                w->optional_vars = t;
                return w;
            }
            if (p->invalid_pass) {
                /* invalid_with_item: expression 'as' a=expression */
                p->pos = save + 1;
                AstExpr *a = p_expression(p);
                if (a && (at(p, TOK_COMMA) || at(p, TOK_RPAR) || at(p, TOK_COLON)))
                    return raise_invalid_target(p, TARGETS_STAR, a);
            }
        }
        if (ERR(p)) return NULL;
        FAIL(p, start);
    }
    return w;
}

/* invalid_with_stmt: 'with' ','.(expression ['as' star_target])+ NEWLINE
 * -> "expected ':'" (items after `at`, second pass) */
static void invalid_with_stmt(Parser *p, int at_pos)
{
    int save = p->pos;
    p->pos = at_pos;
    for (;;) {
        if (!p_expression(p)) break;
        if (accept_kw(p, KW_as)) {
            accept(p, TOK_STAR);
            if (!p_bitwise_or(p)) break;
        }
        if (!accept(p, TOK_COMMA)) {
            if (at(p, TOK_NEWLINE) && !ERR(p)) {
                raise_last(p, SYNERR_SYNTAX, "expected ':'");
                return;
            }
            break;
        }
    }
    if (!ERR(p)) p->pos = save;
}

static AstStmt *p_with_stmt(Parser *p, PToken *st, int is_async)
{
    int start = p->pos;
    PToken *kw = cur(p);
    p->pos++;
    AstStmt *s = new_stmt(p, is_async ? AST_AsyncWith : AST_With, st);
    int cap = 0;
    /* '(' ','.with_item+ ','? ')' ':' */
    int parenthesized = 0;
    if (at(p, TOK_LPAR)) {
        int save = p->pos;
        p->pos++;
        int ok = 0;
        for (;;) {
            AstWithItem *w = p_with_item(p);
            if (!w) break;
            PUSH(p, s->v.With.items, cap, w);
            if (!accept(p, TOK_COMMA)) {
                ok = accept(p, TOK_RPAR);
                break;
            }
            if (accept(p, TOK_RPAR)) {
                ok = 1;
                break;
            }
        }
        if (ERR(p)) return NULL;
        /* this form has no type comment: with one, (a, b) is the one item's expression */
        parenthesized = ok && at(p, TOK_COLON) && !ptok_is(p, p->pos + 1, TOK_TYPE_COMMENT);
        if (!parenthesized) {
            p->pos = save;
            s->v.With.items.n = 0;
            s->v.With.items.items = NULL;
            cap = 0;
        }
    }
    while (!parenthesized) {
        AstWithItem *w = p_with_item(p);
        if (!w) {
            if (ERR(p)) return NULL;
            if (p->invalid_pass) invalid_with_stmt(p, start + 1);
            FAIL(p, start);
        }
        PUSH(p, s->v.With.items, cap, w);
        if (!accept(p, TOK_COMMA)) break;
    }
    if (!expect_colon(p)) FAIL(p, start);
    if (!parenthesized) s->v.With.type_comment = accept_type_comment(p);
    if (!p_block(p, &s->v.With.body, "'with' statement", kw->t.lineno)) FAIL(p, start);
    FINISH_WS(p, s);
    return s;
}

static AstExceptHandler *p_except_block(Parser *p, int *star)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    *star = 0;
    if (at(p, TOK_STAR)) {
        *star = 1;
        p->pos++;
        if (at(p, TOK_COLON) || at(p, TOK_NEWLINE)) {
            if (p->invalid_pass) return raise_last(p, SYNERR_SYNTAX, "expected one or more exception types");
            FAIL(p, start);
        }
    }
    AstExceptHandler *h = pmalloc(p, sizeof *h);
    h->lineno = st->t.lineno;
    h->col_offset = st->t.col_offset;
    if (at(p, TOK_NEWLINE)) {
        if (p->invalid_pass) return raise_last(p, SYNERR_SYNTAX, "expected ':'");
        FAIL(p, start);
    }
    if (!at(p, TOK_COLON)) {
        h->type = p_expression(p);
        if (!h->type) FAIL(p, start);
        if (at(p, TOK_COMMA)) {
            /* except A, B: -> Tuple ... only with parentheses in 3.11 */
            if (p->invalid_pass) {
                int save = p->pos;
                p->pos++;
                AstExpr *rest = p_expressions(p);
                if (rest && accept_kw(p, KW_as) && at_name(p)) {
                    p->pos++;
                    if (at(p, TOK_COLON)) {
                        PToken *l = ptok(p, p->ntoks - 1);
                        return raise_range(p, h->type->lineno, h->type->col_offset, l->t.end_lineno,
                                           l->t.end_col_offset - 1, "multiple exception types must be parenthesized");
                    }
                }
                if (ERR(p)) return NULL;
                p->pos = save;
                if (rest) {
                    p->pos++;
                    p_expressions(p);
                    if (at(p, TOK_COLON)) {
                        PToken *l = ptok(p, p->ntoks - 1);
                        return raise_range(p, h->type->lineno, h->type->col_offset, l->t.end_lineno,
                                           l->t.end_col_offset - 1, "multiple exception types must be parenthesized");
                    }
                }
            }
            FAIL(p, start);
        }
        if (accept_kw(p, KW_as)) {
            if (!at_name(p)) FAIL(p, start);
            h->name = tok_ident(p, cur(p));
            p->pos++;
        }
    }
    if (!expect_colon(p)) {
        if (p->invalid_pass && !ERR(p) && at(p, TOK_DOT)) {
            /* except E as e.x: */
        }
        FAIL(p, start);
    }
    if (!p_block(p, &h->body, *star ? "'except*' statement" : "'except' statement", st->t.lineno))
        FAIL(p, start);
    FINISH_WS(p, h);
    return h;
}

static AstStmt *p_try_stmt(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    if (!expect_forced(p, TOK_COLON, ":")) return NULL;
    AstStmt *s = new_stmt(p, AST_Try, st);
    if (!p_block(p, &s->v.Try.body, "'try' statement", st->t.lineno)) FAIL(p, start);
    int cap = 0;
    int kind = -1;   /* 0 except, 1 except* */
    while (at_kw(p, KW_except)) {
        PToken *ex = cur(p);
        int star = ptok_is(p, p->pos + 1, TOK_STAR);
        if (kind != -1 && star != kind) {
            if (p->invalid_pass) {
                if (star)
                    return raise_range(p, ex->t.lineno, ex->t.col_offset, ptok(p, p->pos + 1)->t.end_lineno,
                                       ptok(p, p->pos + 1)->t.end_col_offset,
                                       "cannot have both 'except' and 'except*' on the same 'try'");
                return raise_tok(p, ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            FAIL(p, start);
        }
        AstExceptHandler *h = p_except_block(p, &star);
        if (!h) FAIL(p, start);
        kind = star;
        PUSH(p, s->v.Try.handlers, cap, h);
    }
    if (kind == 1) s->kind = AST_TryStar;
    if (kind != -1 && at_kw(p, KW_else)) {
        if (!p_else_block(p, &s->v.Try.orelse)) FAIL(p, start);
    }
    if (at_kw(p, KW_finally)) {
        PToken *f = cur(p);
        p->pos++;
        if (!expect_forced(p, TOK_COLON, ":")) return NULL;
        if (!p_block(p, &s->v.Try.finalbody, "'finally' statement", f->t.lineno)) FAIL(p, start);
    } else if (kind == -1) {
        if (p->invalid_pass) return raise_last(p, SYNERR_SYNTAX, "expected 'except' or 'finally' block");
        FAIL(p, start);
    }
    FINISH_WS(p, s);
    return s;
}

/* func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT; NULL when
 * there is none (or after the error for two of them). */
static const char *p_func_type_comment(Parser *p)
{
    int i = p->pos;
    if (ptok_is(p, i, TOK_NEWLINE) && ptok_is(p, i + 1, TOK_TYPE_COMMENT) &&
        ptok_is(p, i + 2, TOK_NEWLINE) && ptok_is(p, i + 3, TOK_INDENT)) {
        p->pos++;
        return accept_type_comment(p);
    }
    if (ptok_is(p, i, TOK_TYPE_COMMENT) && ptok_is(p, i + 1, TOK_NEWLINE) &&
        ptok_is(p, i + 2, TOK_TYPE_COMMENT) && ptok_is(p, i + 3, TOK_NEWLINE) &&
        ptok_is(p, i + 4, TOK_INDENT)) {
        p->pos = i + 5;
        raise_last(p, SYNERR_SYNTAX, "Cannot have two type comments on def");
        return NULL;
    }
    return accept_type_comment(p);
}

static AstStmt *p_function_def(Parser *p, AstExprSeq decorators, PToken *st, int is_async)
{
    int start = p->pos;
    PToken *kw = cur(p);
    p->pos++;
    if (!at_name(p)) FAIL(p, start);
    PToken *name = cur(p);
    p->pos++;
    if (!expect_forced(p, TOK_LPAR, "(")) return NULL;
    AstArguments *args;
    if (at(p, TOK_RPAR)) {
        args = empty_arguments(p);
    } else {
        args = p_params(p);
        if (!args) FAIL(p, start);
    }
    if (!accept(p, TOK_RPAR)) FAIL(p, start);
    AstExpr *returns = NULL;
    if (at(p, TOK_RARROW)) {
        int save = p->pos;
        p->pos++;
        returns = p_expression(p);
        if (!returns) {
            if (ERR(p)) return NULL;
            p->pos = save;
        }
    }
    if (!expect_forced(p, TOK_COLON, ":")) return NULL;
    const char *type_comment = p_func_type_comment(p);
    if (ERR(p)) return NULL;
    AstStmt *s = new_stmt(p, is_async ? AST_AsyncFunctionDef : AST_FunctionDef, st);
    s->v.FunctionDef.type_comment = type_comment;
    s->v.FunctionDef.name = tok_ident(p, name);
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.returns = returns;
    s->v.FunctionDef.decorator_list = decorators;
    if (!p_block(p, &s->v.FunctionDef.body, "function definition", kw->t.lineno)) FAIL(p, start);
    FINISH_WS(p, s);
    return s;
}

static AstStmt *p_class_def(Parser *p, AstExprSeq decorators)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    if (!at_name(p)) FAIL(p, start);
    PToken *name = cur(p);
    p->pos++;
    AstStmt *s = new_stmt(p, AST_ClassDef, st);
    s->v.ClassDef.name = tok_ident(p, name);
    s->v.ClassDef.decorator_list = decorators;
    if (accept(p, TOK_LPAR)) {
        if (!p_arguments(p, &s->v.ClassDef.bases, &s->v.ClassDef.keywords, 0)) FAIL(p, start);
        if (!accept(p, TOK_RPAR)) FAIL(p, start);
    }
    if (!expect_colon(p)) FAIL(p, start);
    if (!p_block(p, &s->v.ClassDef.body, "class definition", st->t.lineno)) FAIL(p, start);
    FINISH_WS(p, s);
    return s;
}

static AstStmt *p_decorated(Parser *p)
{
    int start = p->pos;
    AstExprSeq decs = {0};
    int cap = 0;
    while (accept(p, TOK_AT)) {
        AstExpr *d = p_named_expression(p);
        if (!d || !accept(p, TOK_NEWLINE)) FAIL(p, start);
        PUSH(p, decs, cap, d);
    }
    if (at_kw(p, KW_def)) return p_function_def(p, decs, cur(p), 0);
    if (at_kw(p, KW_async) && ptok(p, p->pos + 1)->t.kw == KW_def) {
        PToken *st = cur(p);
        p->pos++;
        return p_function_def(p, decs, st, 1);
    }
    if (at_kw(p, KW_class)) return p_class_def(p, decs);
    FAIL(p, start);
}

static AstStmt *p_compound_stmt(Parser *p)
{
    PToken *t = cur(p);
    if (t->t.type == TOK_AT) return p_decorated(p);
    if (t->t.type != TOK_NAME) return NULL;
    switch (t->t.kw) {
    case KW_def: return p_function_def(p, (AstExprSeq){0}, t, 0);
    case KW_if: return p_if_stmt(p, 0);
    case KW_class: return p_class_def(p, (AstExprSeq){0});
    case KW_with: return p_with_stmt(p, t, 0);
    case KW_for: return p_for_stmt(p, t, 0);
    case KW_try: return p_try_stmt(p);
    case KW_while: return p_while_stmt(p);
    case KW_async: {
        PToken *n = ptok(p, p->pos + 1);
        int start = p->pos;
        if (n->t.type != TOK_NAME) return NULL;
        AstStmt *s = NULL;
        p->pos++;
        if (n->t.kw == KW_def) s = p_function_def(p, (AstExprSeq){0}, t, 1);
        else if (n->t.kw == KW_with) s = p_with_stmt(p, t, 1);
        else if (n->t.kw == KW_for) s = p_for_stmt(p, t, 1);
        if (!s) p->pos = start;
        return s;
    }
    case 0:
        if (at_soft(p, "match")) return p_match_stmt(p);
        return NULL;
    default:
        return NULL;
    }
}

static int p_statement(Parser *p, AstStmtSeq *out, int *cap)
{
    AstStmt *s = p_compound_stmt(p);
    if (s) {
        PUSH(p, *out, *cap, s);
        return 1;
    }
    if (ERR(p)) return 0;
    return p_simple_stmts(p, out, cap);
}

int p_statements(Parser *p, AstStmtSeq *out)
{
    int cap = 0;
    out->n = 0;
    out->items = NULL;
    while (!at(p, TOK_ENDMARKER)) {
        if (!p_statement(p, out, &cap)) return 0;
    }
    return 1;
}

/* statement_newline (single mode): compound_stmt NEWLINE | simple_stmts |
 * NEWLINE | ENDMARKER */
int p_statement_newline(Parser *p, AstStmtSeq *out)
{
    int cap = 0;
    out->n = 0;
    out->items = NULL;
    if (at(p, TOK_NEWLINE) || at(p, TOK_ENDMARKER)) {
        PToken *t = cur(p);
        if (at(p, TOK_NEWLINE)) p->pos++;
        AstStmt *s = new_stmt(p, AST_Pass, t);
        FINISH(p, s);
        if (t->t.type == TOK_ENDMARKER) return 0;
        PUSH(p, *out, cap, s);
        return 1;
    }
    AstStmt *s = p_compound_stmt(p);
    if (s) {
        PUSH(p, *out, cap, s);
        accept(p, TOK_NEWLINE);
    } else {
        if (ERR(p)) return 0;
        if (!p_simple_stmts(p, out, &cap)) return 0;
    }
    if (ERR(p)) return 0;
    /* only blank lines and comments may follow (CPython's bad_single_statement
     * looks at the raw text after the tokenizer's position) */
    const char *q = p->tok->cur, *e = p->tok->end;
    for (;;) {
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f')) q++;
        if (q >= e) break;
        if (*q != '#') {
            raise_last(p, SYNERR_SYNTAX, "multiple statements found while compiling a single statement");
            return 0;
        }
        while (q < e && *q != '\n') q++;
    }
    return 1;
}

/* ---- match statement ------------------------------------------------------------------ */

static AstPattern *p_pattern(Parser *p);
static AstPattern *p_closed_pattern(Parser *p);

static int is_name(const PToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->t.type == TOK_NAME && !t->t.kw && (size_t)(t->t.end - t->t.start) == n &&
           memcmp(t->t.start, s, n) == 0;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
static PToken *p_capture_target(Parser *p)
{
    PToken *t = cur(p);
    if (t->t.type != TOK_NAME || t->t.kw || is_name(t, "_")) return NULL;
    PToken *n = ptok(p, p->pos + 1);
    if (n->t.type == TOK_DOT || n->t.type == TOK_LPAR || n->t.type == TOK_EQUAL) return NULL;
    p->pos++;
    return t;
}

/* name_or_attr: NAME ('.' NAME)* */
static AstExpr *p_name_or_attr(Parser *p)
{
    if (!at_name(p)) return NULL;
    AstExpr *e = name_expr(p, cur(p), AST_Load);
    p->pos++;
    while (at(p, TOK_DOT) && ptok(p, p->pos + 1)->t.type == TOK_NAME && !ptok(p, p->pos + 1)->t.kw) {
        PToken *n = ptok(p, p->pos + 1);
        p->pos += 2;
        AstExpr *a = new_expr(p, AST_Attribute, NULL);
        COPY_START(a, e);
        a->v.Attribute.value = e;
        a->v.Attribute.attr = tok_ident(p, n);
        a->v.Attribute.ctx = AST_Load;
        FINISH(p, a);
        e = a;
    }
    return e;
}

static AstExpr *number_tok(Parser *p)
{
    if (!at(p, TOK_NUMBER)) return NULL;
    return p_atom(p);
}

static int is_imag(const AstExpr *e)
{
    return e->kind == AST_Constant && e->v.Constant.value.kind == AST_CONST_IMAG;
}

/* signed_number / complex_number -> expression (for literal patterns and
 * mapping keys). Returns NULL if not a number here. */
static AstExpr *p_signed_number_expr(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    AstExpr *n;
    if (at(p, TOK_MINUS)) {
        p->pos++;
        AstExpr *v = number_tok(p);
        if (!v) FAIL(p, start);
        n = new_expr(p, AST_UnaryOp, st);
        n->v.UnaryOp.op = AST_USub;
        n->v.UnaryOp.operand = v;
        FINISH(p, n);
    } else {
        n = number_tok(p);
        if (!n) return NULL;
    }
    if (at(p, TOK_PLUS) || at(p, TOK_MINUS)) {
        PToken *op = cur(p);
        AstExpr *real = n->kind == AST_UnaryOp ? n->v.UnaryOp.operand : n;
        p->pos++;
        AstExpr *imag = number_tok(p);
        if (!imag) FAIL(p, start);
        if (is_imag(real)) return raise_expr(p, real, "real number required in complex literal");
        if (!is_imag(imag)) return raise_expr(p, imag, "imaginary number required in complex literal");
        AstExpr *b = new_expr(p, AST_BinOp, st);
        b->v.BinOp.left = n;
        b->v.BinOp.op = op->t.type == TOK_PLUS ? AST_Add : AST_Sub;
        b->v.BinOp.right = imag;
        FINISH(p, b);
        return b;
    }
    return n;
}

/* literal_expr | attr, for mapping keys */
static AstExpr *p_mapping_key(Parser *p)
{
    PToken *t = cur(p);
    if (t->t.type == TOK_NUMBER || t->t.type == TOK_MINUS) return p_signed_number_expr(p);
    if (t->t.type == TOK_STRING) return p_strings(p);
    if (t->t.type == TOK_NAME && (t->t.kw == KW_None || t->t.kw == KW_True || t->t.kw == KW_False))
        return p_atom(p);
    if (at_name(p)) {
        int start = p->pos;
        AstExpr *e = p_name_or_attr(p);
        if (e && e->kind == AST_Attribute) return e;
        FAIL(p, start);
    }
    return NULL;
}

static AstPattern *value_pattern(Parser *p, PToken *st, AstExpr *v)
{
    AstPattern *pt = new_pattern(p, AST_MatchValue, st);
    pt->v.MatchValue.value = v;
    FINISH(p, pt);
    return pt;
}

/* maybe_star_pattern: '*' (capture | '_') | pattern */
static AstPattern *p_maybe_star_pattern(Parser *p)
{
    if (at(p, TOK_STAR)) {
        int start = p->pos;
        PToken *st = cur(p);
        p->pos++;
        AstPattern *pt = new_pattern(p, AST_MatchStar, st);
        PToken *n = p_capture_target(p);
        if (n) pt->v.MatchStar.name = tok_ident(p, n);
        else if (is_name(cur(p), "_")) p->pos++;
        else FAIL(p, start);
        FINISH(p, pt);
        return pt;
    }
    return p_pattern(p);
}

/* comma-separated maybe_star_patterns until `close` (not consumed) */
static int p_pattern_list(Parser *p, AstPatternSeq *out, int *cap, TokType close)
{
    while (!at(p, close)) {
        AstPattern *pt = p_maybe_star_pattern(p);
        if (!pt) return 0;
        PUSH(p, *out, *cap, pt);
        if (!accept(p, TOK_COMMA)) break;
    }
    return 1;
}

static AstPattern *p_class_pattern(Parser *p, PToken *st, AstExpr *cls)
{
    int start = p->pos;
    p->pos++;   /* ( */
    AstPattern *pt = new_pattern(p, AST_MatchClass, st);
    pt->v.MatchClass.cls = cls;
    int c1 = 0, c2 = 0, c3 = 0;
    AstPattern *first_kw_pos = NULL, *last_kw_pos = NULL;
    while (!at(p, TOK_RPAR)) {
        if (at_name(p) && ptok_is(p, p->pos + 1, TOK_EQUAL)) {
            PToken *n = cur(p);
            p->pos += 2;
            AstPattern *v = p_pattern(p);
            if (!v) FAIL(p, start);
            PUSH(p, pt->v.MatchClass.kwd_attrs, c2, tok_ident(p, n));
            PUSH(p, pt->v.MatchClass.kwd_patterns, c3, v);
        } else {
            AstPattern *v = p_pattern(p);
            if (!v) FAIL(p, start);
            if (pt->v.MatchClass.kwd_attrs.n) {
                if (!first_kw_pos) first_kw_pos = v;
                last_kw_pos = v;
            } else {
                PUSH(p, pt->v.MatchClass.patterns, c1, v);
            }
        }
        if (!accept(p, TOK_COMMA)) break;
    }
    if (!at(p, TOK_RPAR)) FAIL(p, start);
    if (first_kw_pos) {
        if (p->invalid_pass)
            return raise_range(p, first_kw_pos->lineno, first_kw_pos->col_offset, last_kw_pos->end_lineno,
                               last_kw_pos->end_col_offset, "positional patterns follow keyword patterns");
        FAIL(p, start);
    }
    p->pos++;
    FINISH(p, pt);
    return pt;
}

static AstPattern *p_mapping_pattern(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    AstPattern *pt = new_pattern(p, AST_MatchMapping, st);
    int ck = 0, cp = 0;
    while (!at(p, TOK_RBRACE)) {
        if (at(p, TOK_DOUBLESTAR)) {
            PToken *ds = cur(p);
            p->pos++;
            PToken *n = p_capture_target(p);
            if (!n) FAIL(p, start);
            pt->v.MatchMapping.rest = tok_ident(p, n);
            accept(p, TOK_COMMA);
            (void)ds;
            if (!at(p, TOK_RBRACE)) FAIL(p, start);
            break;
        }
        AstExpr *k = p_mapping_key(p);
        if (!k || !accept(p, TOK_COLON)) FAIL(p, start);
        AstPattern *v = p_pattern(p);
        if (!v) FAIL(p, start);
        PUSH(p, pt->v.MatchMapping.keys, ck, k);
        PUSH(p, pt->v.MatchMapping.patterns, cp, v);
        if (!accept(p, TOK_COMMA)) break;
    }
    if (!accept(p, TOK_RBRACE)) FAIL(p, start);
    FINISH(p, pt);
    return pt;
}

static AstPattern *p_closed_pattern(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    switch (st->t.type) {
    case TOK_NUMBER:
    case TOK_MINUS: {
        AstExpr *v = p_signed_number_expr(p);
        if (!v) return NULL;
        if (v->kind != AST_BinOp && (at(p, TOK_PLUS) || at(p, TOK_MINUS))) FAIL(p, start);
        return value_pattern(p, st, v);
    }
    case TOK_STRING: {
        AstExpr *v = p_strings(p);
        if (!v) return NULL;
        return value_pattern(p, st, v);
    }
    case TOK_NAME: {
        if (st->t.kw == KW_None || st->t.kw == KW_True || st->t.kw == KW_False) {
            p->pos++;
            AstPattern *pt = new_pattern(p, AST_MatchSingleton, st);
            pt->v.MatchSingleton.value.kind = st->t.kw == KW_None ? AST_CONST_NONE
                                            : st->t.kw == KW_True ? AST_CONST_TRUE : AST_CONST_FALSE;
            FINISH(p, pt);
            return pt;
        }
        if (st->t.kw) return NULL;
        PToken *n = p_capture_target(p);
        if (n) {
            AstPattern *pt = new_pattern(p, AST_MatchAs, st);
            pt->v.MatchAs.name = tok_ident(p, n);
            FINISH(p, pt);
            return pt;
        }
        if (is_name(st, "_") && !ptok_is(p, p->pos + 1, TOK_DOT) && !ptok_is(p, p->pos + 1, TOK_LPAR) &&
            !ptok_is(p, p->pos + 1, TOK_EQUAL)) {
            p->pos++;
            AstPattern *pt = new_pattern(p, AST_MatchAs, st);
            FINISH(p, pt);
            return pt;
        }
        AstExpr *e = p_name_or_attr(p);
        if (!e) return NULL;
        if (at(p, TOK_LPAR)) return p_class_pattern(p, st, e);
        if (e->kind == AST_Attribute && !at(p, TOK_DOT) && !at(p, TOK_EQUAL)) return value_pattern(p, st, e);
        FAIL(p, start);
    }
    case TOK_LPAR: {
        p->pos++;
        if (accept(p, TOK_RPAR)) {
            AstPattern *pt = new_pattern(p, AST_MatchSequence, st);
            FINISH(p, pt);
            return pt;
        }
        AstPattern *first = p_maybe_star_pattern(p);
        if (!first) FAIL(p, start);
        if (first->kind != AST_MatchStar && accept(p, TOK_RPAR)) return first;   /* group */
        if (!accept(p, TOK_COMMA)) FAIL(p, start);
        AstPattern *pt = new_pattern(p, AST_MatchSequence, st);
        int cap = 0;
        PUSH(p, pt->v.MatchSequence.patterns, cap, first);
        if (!p_pattern_list(p, &pt->v.MatchSequence.patterns, &cap, TOK_RPAR) || !accept(p, TOK_RPAR))
            FAIL(p, start);
        FINISH(p, pt);
        return pt;
    }
    case TOK_LSQB: {
        p->pos++;
        AstPattern *pt = new_pattern(p, AST_MatchSequence, st);
        int cap = 0;
        if (!p_pattern_list(p, &pt->v.MatchSequence.patterns, &cap, TOK_RSQB) || !accept(p, TOK_RSQB))
            FAIL(p, start);
        FINISH(p, pt);
        return pt;
    }
    case TOK_LBRACE:
        return p_mapping_pattern(p);
    default:
        return NULL;
    }
}

/* or_pattern: '|'.closed_pattern+ */
static AstPattern *p_or_pattern(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    if (depth_enter(p)) return NULL;
    AstPattern *a = p_closed_pattern(p);
    depth_leave(p);
    if (!a) return NULL;
    if (!at(p, TOK_VBAR)) return a;
    AstPattern *pt = new_pattern(p, AST_MatchOr, st);
    int cap = 0;
    PUSH(p, pt->v.MatchOr.patterns, cap, a);
    while (accept(p, TOK_VBAR)) {
        if (depth_enter(p)) return NULL;
        AstPattern *b = p_closed_pattern(p);
        depth_leave(p);
        if (!b) FAIL(p, start);
        PUSH(p, pt->v.MatchOr.patterns, cap, b);
    }
    FINISH(p, pt);
    return pt;
}

/* pattern: or_pattern 'as' pattern_capture_target | or_pattern */
static AstPattern *p_pattern(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    AstPattern *a = p_or_pattern(p);
    if (!a) return NULL;
    if (at_kw(p, KW_as)) {
        p->pos++;
        PToken *n = p_capture_target(p);
        if (!n) {
            if (p->invalid_pass) {
                if (is_name(cur(p), "_")) return raise_tok(p, cur(p), "cannot use '_' as a target");
                AstExpr *e = p_expression(p);
                if (e) return raise_expr(p, e, "invalid pattern target");
            }
            FAIL(p, start);
        }
        AstPattern *pt = new_pattern(p, AST_MatchAs, st);
        pt->v.MatchAs.pattern = a;
        pt->v.MatchAs.name = tok_ident(p, n);
        FINISH(p, pt);
        return pt;
    }
    return a;
}

/* patterns: open_sequence_pattern | pattern */
static AstPattern *p_patterns(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    AstPattern *a = p_maybe_star_pattern(p);
    if (!a) return NULL;
    if (!at(p, TOK_COMMA)) {
        if (a->kind == AST_MatchStar) FAIL(p, start);
        return a;
    }
    p->pos++;
    AstPattern *pt = new_pattern(p, AST_MatchSequence, st);
    int cap = 0;
    PUSH(p, pt->v.MatchSequence.patterns, cap, a);
    while (!at(p, TOK_COLON) && !at_kw(p, KW_if)) {
        AstPattern *b = p_maybe_star_pattern(p);
        if (!b) FAIL(p, start);
        PUSH(p, pt->v.MatchSequence.patterns, cap, b);
        if (!accept(p, TOK_COMMA)) break;
    }
    FINISH(p, pt);
    return pt;
}

static AstMatchCase *p_case_block(Parser *p)
{
    int start = p->pos;
    PToken *kw = cur(p);
    if (!at_soft(p, "case")) return NULL;
    p->pos++;
    AstPattern *pat = p_patterns(p);
    if (!pat) FAIL(p, start);
    AstExpr *guard = NULL;
    if (accept_kw(p, KW_if)) {
        guard = p_named_expression(p);
        if (!guard) FAIL(p, start);
    }
    if (!expect_colon(p)) FAIL(p, start);
    AstMatchCase *c = pmalloc(p, sizeof *c);
    c->pattern = pat;
    c->guard = guard;
    if (!p_block(p, &c->body, "'case' statement", kw->t.lineno)) FAIL(p, start);
    return c;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
AstStmt *p_match_stmt(Parser *p)
{
    int start = p->pos;
    PToken *st = cur(p);
    p->pos++;
    /* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    PToken *sst = cur(p);
    AstExpr *subject = p_star_named_expression(p);
    if (!subject) FAIL(p, start);
    if (at(p, TOK_COMMA)) {
        AstExprSeq elts = {0};
        int cap = 0;
        PUSH(p, elts, cap, subject);
        while (accept(p, TOK_COMMA)) {
            AstExpr *b = p_star_named_expression(p);
            if (!b) {
                if (ERR(p)) return NULL;
                break;
            }
            PUSH(p, elts, cap, b);
        }
        subject = new_expr(p, AST_Tuple, sst);
        subject->v.Tuple.elts = elts;
        subject->v.Tuple.ctx = AST_Load;
        FINISH(p, subject);
    } else if (subject->kind == AST_Starred) {
        FAIL(p, start);
    }
    if (!at(p, TOK_COLON)) {
        if (p->invalid_pass && at(p, TOK_NEWLINE) && !ERR(p))
            return raise_last(p, SYNERR_SYNTAX, "expected ':'");
        FAIL(p, start);
    }
    p->pos++;
    if (!at(p, TOK_NEWLINE)) FAIL(p, start);
    if (!ptok_is(p, p->pos + 1, TOK_INDENT)) {
        if (ERR(p)) return NULL;
        p->pos++;
        raise_last(p, SYNERR_INDENTATION, "expected an indented block after 'match' statement on line %d",
                   st->t.lineno);
        return NULL;
    }
    p->pos += 2;
    AstStmt *s = new_stmt(p, AST_Match, st);
    s->v.Match.subject = subject;
    int cap = 0;
    while (!at(p, TOK_DEDENT)) {
        AstMatchCase *c = p_case_block(p);
        if (!c) {
            if (ERR(p)) return NULL;
            FAIL(p, start);
        }
        PUSH(p, s->v.Match.cases, cap, c);
    }
    p->pos++;
    FINISH_WS(p, s);
    return s;
}
