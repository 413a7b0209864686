/* The checks compile() makes on a tree built in Python before code generation, which
 * trusts the parser's invariants: expression contexts, non-empty bodies, paired lists
 * of equal length, ... Messages are CPython 3.11's (ValueError). */
#include <string.h>

#include "modules/ast_module.h"
#include "spry.h"

static int check_node(Thread *t, AstSort sort, const void *node, AstExprContext want);

static int fail(Thread *t, const char *fmt, const char *a, const char *b) {
    err_format(t, &exc_ValueError, fmt, a, b);
    return -1;
}

/* The context the expressions of field f of node d must have (`own`: d's own context). */
static AstExprContext field_context(const AstNodeDesc *d, const AstFieldDesc *f, AstExprContext own) {
    const char *n = f->name;
    switch (d->sort) {
    case AS_STMT:
        if (d->kind == AST_Delete) return AST_Del;
        if (strcmp(n, "targets") == 0 || strcmp(n, "target") == 0) return AST_Store;
        return AST_Load;
    case AS_EXPR:
        if (d->kind == AST_NamedExpr && strcmp(n, "target") == 0) return AST_Store;
        if (d->kind == AST_Starred || d->kind == AST_List || d->kind == AST_Tuple) return own;
        return AST_Load;
    case AS_COMPREHENSION: return strcmp(n, "target") == 0 ? AST_Store : AST_Load;
    case AS_WITHITEM: return strcmp(n, "optional_vars") == 0 ? AST_Store : AST_Load;
    default: return AST_Load;
    }
}

static int check_stmt(Thread *t, const AstNodeDesc *d, const AstStmt *s) {
    for (int f = 0; f < d->nfields; f++) {
        const AstFieldDesc *fd = &d->fields[f];
        const char *n = fd->name;
        if (fd->quant != AQ_SEQ || strcmp(n, "orelse") == 0 || strcmp(n, "finalbody") == 0 ||
            strcmp(n, "handlers") == 0 || strcmp(n, "decorator_list") == 0 || strcmp(n, "bases") == 0 ||
            strcmp(n, "keywords") == 0)
            continue;
        if (((const AstAnySeq *)((const char *)s + fd->offset))->n == 0)
            return fail(t, "empty %s on %s", n, d->name);
    }
    switch (s->kind) {
    case AST_Try:
    case AST_TryStar:
        if (s->v.Try.handlers.n == 0 && s->v.Try.finalbody.n == 0)
            return fail(t, "%s has neither except handlers nor finalbody", d->name, "");
        if (s->v.Try.handlers.n == 0 && s->v.Try.orelse.n)
            return fail(t, "%s has orelse but no except handlers", d->name, "");
        break;
    case AST_Raise:
        if (!s->v.Raise.exc && s->v.Raise.cause) return fail(t, "Raise with cause but no exception", "", "");
        break;
    case AST_ImportFrom:
        if (s->v.ImportFrom.level < 0) return fail(t, "Negative ImportFrom level", "", "");
        break;
    default: break;
    }
    return 0;
}

static int check_expr(Thread *t, const AstNodeDesc *d, const AstExpr *e, AstExprContext want) {
    static const char *const ctx_names[] = {"?", "Load", "Store", "Del"};
    AstExprContext own = AST_Load;
    switch (e->kind) {
    case AST_Attribute: own = e->v.Attribute.ctx; break;
    case AST_Subscript: own = e->v.Subscript.ctx; break;
    case AST_Starred: own = e->v.Starred.ctx; break;
    case AST_Name: own = e->v.Name.ctx; break;
    case AST_List: own = e->v.List.ctx; break;
    case AST_Tuple: own = e->v.Tuple.ctx; break;
    default:
        if (want != AST_Load)
            return fail(t, "expression which can't be assigned to in %s context", ctx_names[want], "");
        break;
    }
    if (own != want) return fail(t, "expression must have %s context but has %s instead", ctx_names[want], ctx_names[own]);
    switch (e->kind) {
    case AST_Name: {
        const char *id = e->v.Name.id;
        if (strcmp(id, "None") == 0 || strcmp(id, "True") == 0 || strcmp(id, "False") == 0)
            return fail(t, "identifier field can't represent '%s' constant", id, "");
        break;
    }
    case AST_BoolOp:
        if (e->v.BoolOp.values.n < 2) return fail(t, "BoolOp with less than 2 values", "", "");
        break;
    case AST_Dict:
        if (e->v.Dict.keys.n != e->v.Dict.values.n)
            return fail(t, "Dict doesn't have the same number of keys as values", "", "");
        break;
    case AST_Compare:
        if (e->v.Compare.comparators.n == 0) return fail(t, "Compare with no comparators", "", "");
        if (e->v.Compare.comparators.n != e->v.Compare.ops.n)
            return fail(t, "Compare has a different number of comparators and operands", "", "");
        break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_GeneratorExp:
        if (e->v.ListComp.generators.n == 0) return fail(t, "comprehension with no generators", "", "");
        break;
    case AST_DictComp:
        if (e->v.DictComp.generators.n == 0) return fail(t, "comprehension with no generators", "", "");
        break;
    case AST_NamedExpr:
        if (e->v.NamedExpr.target->kind != AST_Name) return fail(t, "NamedExpr target must be a Name", "", "");
        break;
    case AST_FormattedValue:
        if (e->v.FormattedValue.format_spec && e->v.FormattedValue.format_spec->kind != AST_JoinedStr)
            return fail(t, "FormattedValue format_spec must be a JoinedStr", "", "");
        break;
    default: break;
    }
    (void)d;
    return 0;
}

static int check_pattern(Thread *t, const AstPattern *p) {
    switch (p->kind) {
    case AST_MatchSingleton: {
        AstConstKind k = p->v.MatchSingleton.value.kind;
        if (k != AST_CONST_NONE && k != AST_CONST_TRUE && k != AST_CONST_FALSE)
            return fail(t, "MatchSingleton can only contain True, False and None", "", "");
        break;
    }
    case AST_MatchMapping:
        if (p->v.MatchMapping.keys.n != p->v.MatchMapping.patterns.n)
            return fail(t, "MatchMapping doesn't have the same number of keys as patterns", "", "");
        break;
    case AST_MatchClass:
        if (p->v.MatchClass.kwd_attrs.n != p->v.MatchClass.kwd_patterns.n)
            return fail(t, "MatchClass doesn't have the same number of keyword attributes as patterns", "", "");
        break;
    case AST_MatchAs:
        if (p->v.MatchAs.pattern && !p->v.MatchAs.name)
            return fail(t, "MatchAs must specify a target name if a pattern is given", "", "");
        break;
    default: break;
    }
    return 0;
}

static int check_arguments(Thread *t, const AstArguments *a) {
    if (a->defaults.n > a->posonlyargs.n + a->args.n)
        return fail(t, "more positional defaults than args on arguments", "", "");
    if (a->kw_defaults.n != a->kwonlyargs.n)
        return fail(t, "length of kwonlyargs is not the same as kw_defaults on arguments", "", "");
    return 0;
}

/* May field f hold None items? Only Dict.keys and arguments.kw_defaults. */
static bool none_items_allowed(const AstNodeDesc *d, const AstFieldDesc *f) {
    return (d->sort == AS_EXPR && d->kind == AST_Dict && strcmp(f->name, "keys") == 0) ||
           (d->sort == AS_ARGUMENTS && strcmp(f->name, "kw_defaults") == 0);
}

static int check_fields(Thread *t, const AstNodeDesc *d, const char *node, AstExprContext own) {
    for (int f = 0; f < d->nfields; f++) {
        const AstFieldDesc *fd = &d->fields[f];
        AstSort sort = (AstSort)fd->sort;
        if (!ast_sort_is_node(sort)) continue;
        AstExprContext ctx = field_context(d, fd, own);
        const char *slot = node + fd->offset;
        if (fd->quant != AQ_SEQ) {
            const void *child = *(const void *const *)slot;
            if (child && check_node(t, sort, child, ctx) < 0) return -1;
            continue;
        }
        const AstAnySeq *seq = (const AstAnySeq *)slot;
        for (int i = 0; i < seq->n; i++) {
            const void *child = ((const void *const *)seq->items)[i];
            if (!child) {
                if (none_items_allowed(d, fd)) continue;
                return fail(t, "None disallowed in %s list", sort == AS_STMT ? "statement" : "expression", "");
            }
            if (check_node(t, sort, child, ctx) < 0) return -1;
        }
    }
    return 0;
}

static int check_node(Thread *t, AstSort sort, const void *node, AstExprContext want) {
    int kind = ast_sort_has_kind(sort) ? *(const int *)node : 0;
    const AstNodeDesc *d = ast_node_desc(sort, kind);
    if (!d) return 0;
    if (!rec_enter(t, " during compilation")) return -1;
    int r = 0;
    AstExprContext own = want;
    switch (sort) {
    case AS_STMT: r = check_stmt(t, d, node); break;
    case AS_EXPR: r = check_expr(t, d, node, want); break;
    case AS_PATTERN: r = check_pattern(t, node); break;
    case AS_ARGUMENTS: r = check_arguments(t, node); break;
    case AS_EXCEPTHANDLER:
    case AS_MATCH_CASE:
        if (((const AstAnySeq *)((const char *)node + d->fields[d->nfields - 1].offset))->n == 0)
            r = fail(t, "empty body on %s", d->name, "");
        break;
    default: break;
    }
    if (r == 0) r = check_fields(t, d, node, own);
    rec_leave(t);
    return r;
}

int ast_validate(Thread *t, const AstMod *mod) {
    return check_node(t, AS_MOD, mod, AST_Load);
}
