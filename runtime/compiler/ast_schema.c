/* ast_schema.c — the node table of ast_schema.h: Python 3.11's ASDL, field by field. */
#include "compiler/ast_schema.h"

#include <stddef.h>
#include <string.h>

#define ONE AQ_ONE
#define OPT AQ_OPT
#define SEQ AQ_SEQ

/* A field `path` of the union `v` (or a plain member) of struct type T. */
#define VF(T, name, sort, q, path) {name, sort, q, offsetof(T, v.path)}
#define PF(T, name, sort, q, member) {name, sort, q, offsetof(T, member)}
#define NFIELDS(a) ((unsigned char)(sizeof(a) / sizeof(a[0])))

/* ---- mod ---- */
static const AstFieldDesc f_Module[] = {
    VF(AstMod, "body", AS_STMT, SEQ, Module.body),
    VF(AstMod, "type_ignores", AS_TYPE_IGNORE, SEQ, Module.type_ignores),
};
static const AstFieldDesc f_Interactive[] = {VF(AstMod, "body", AS_STMT, SEQ, Interactive.body)};
static const AstFieldDesc f_Expression[] = {VF(AstMod, "body", AS_EXPR, ONE, Expression.body)};
static const AstFieldDesc f_FunctionType[] = {
    VF(AstMod, "argtypes", AS_EXPR, SEQ, FunctionType.argtypes),
    VF(AstMod, "returns", AS_EXPR, ONE, FunctionType.returns),
};

/* ---- stmt ---- */
#define S(name, sort, q, path) VF(AstStmt, name, sort, q, path)
static const AstFieldDesc f_FunctionDef[] = {
    S("name", AS_IDENTIFIER, ONE, FunctionDef.name),
    S("args", AS_ARGUMENTS, ONE, FunctionDef.args),
    S("body", AS_STMT, SEQ, FunctionDef.body),
    S("decorator_list", AS_EXPR, SEQ, FunctionDef.decorator_list),
    S("returns", AS_EXPR, OPT, FunctionDef.returns),
    S("type_comment", AS_STRING, OPT, FunctionDef.type_comment),
};
static const AstFieldDesc f_ClassDef[] = {
    S("name", AS_IDENTIFIER, ONE, ClassDef.name),
    S("bases", AS_EXPR, SEQ, ClassDef.bases),
    S("keywords", AS_KEYWORD, SEQ, ClassDef.keywords),
    S("body", AS_STMT, SEQ, ClassDef.body),
    S("decorator_list", AS_EXPR, SEQ, ClassDef.decorator_list),
};
static const AstFieldDesc f_Return[] = {S("value", AS_EXPR, OPT, Return.value)};
static const AstFieldDesc f_Delete[] = {S("targets", AS_EXPR, SEQ, Delete.targets)};
static const AstFieldDesc f_Assign[] = {
    S("targets", AS_EXPR, SEQ, Assign.targets),
    S("value", AS_EXPR, ONE, Assign.value),
    S("type_comment", AS_STRING, OPT, Assign.type_comment),
};
static const AstFieldDesc f_AugAssign[] = {
    S("target", AS_EXPR, ONE, AugAssign.target),
    S("op", AS_OPERATOR, ONE, AugAssign.op),
    S("value", AS_EXPR, ONE, AugAssign.value),
};
static const AstFieldDesc f_AnnAssign[] = {
    S("target", AS_EXPR, ONE, AnnAssign.target),
    S("annotation", AS_EXPR, ONE, AnnAssign.annotation),
    S("value", AS_EXPR, OPT, AnnAssign.value),
    S("simple", AS_INT, ONE, AnnAssign.simple),
};
static const AstFieldDesc f_For[] = {
    S("target", AS_EXPR, ONE, For.target),
    S("iter", AS_EXPR, ONE, For.iter),
    S("body", AS_STMT, SEQ, For.body),
    S("orelse", AS_STMT, SEQ, For.orelse),
    S("type_comment", AS_STRING, OPT, For.type_comment),
};
static const AstFieldDesc f_While[] = {
    S("test", AS_EXPR, ONE, While.test),
    S("body", AS_STMT, SEQ, While.body),
    S("orelse", AS_STMT, SEQ, While.orelse),
};
static const AstFieldDesc f_If[] = {
    S("test", AS_EXPR, ONE, If.test),
    S("body", AS_STMT, SEQ, If.body),
    S("orelse", AS_STMT, SEQ, If.orelse),
};
static const AstFieldDesc f_With[] = {
    S("items", AS_WITHITEM, SEQ, With.items),
    S("body", AS_STMT, SEQ, With.body),
    S("type_comment", AS_STRING, OPT, With.type_comment),
};
static const AstFieldDesc f_Match[] = {
    S("subject", AS_EXPR, ONE, Match.subject),
    S("cases", AS_MATCH_CASE, SEQ, Match.cases),
};
static const AstFieldDesc f_Raise[] = {
    S("exc", AS_EXPR, OPT, Raise.exc),
    S("cause", AS_EXPR, OPT, Raise.cause),
};
static const AstFieldDesc f_Try[] = {
    S("body", AS_STMT, SEQ, Try.body),
    S("handlers", AS_EXCEPTHANDLER, SEQ, Try.handlers),
    S("orelse", AS_STMT, SEQ, Try.orelse),
    S("finalbody", AS_STMT, SEQ, Try.finalbody),
};
static const AstFieldDesc f_Assert[] = {
    S("test", AS_EXPR, ONE, Assert.test),
    S("msg", AS_EXPR, OPT, Assert.msg),
};
static const AstFieldDesc f_Import[] = {S("names", AS_ALIAS, SEQ, Import.names)};
static const AstFieldDesc f_ImportFrom[] = {
    S("module", AS_IDENTIFIER, OPT, ImportFrom.module),
    S("names", AS_ALIAS, SEQ, ImportFrom.names),
    S("level", AS_INT, OPT, ImportFrom.level),
};
static const AstFieldDesc f_Global[] = {S("names", AS_IDENTIFIER, SEQ, Global.names)};
static const AstFieldDesc f_Nonlocal[] = {S("names", AS_IDENTIFIER, SEQ, Nonlocal.names)};
static const AstFieldDesc f_Expr[] = {S("value", AS_EXPR, ONE, Expr.value)};
#undef S

/* ---- expr ---- */
#define E(name, sort, q, path) VF(AstExpr, name, sort, q, path)
static const AstFieldDesc f_BoolOp[] = {
    E("op", AS_BOOLOP, ONE, BoolOp.op),
    E("values", AS_EXPR, SEQ, BoolOp.values),
};
static const AstFieldDesc f_NamedExpr[] = {
    E("target", AS_EXPR, ONE, NamedExpr.target),
    E("value", AS_EXPR, ONE, NamedExpr.value),
};
static const AstFieldDesc f_BinOp[] = {
    E("left", AS_EXPR, ONE, BinOp.left),
    E("op", AS_OPERATOR, ONE, BinOp.op),
    E("right", AS_EXPR, ONE, BinOp.right),
};
static const AstFieldDesc f_UnaryOp[] = {
    E("op", AS_UNARYOP, ONE, UnaryOp.op),
    E("operand", AS_EXPR, ONE, UnaryOp.operand),
};
static const AstFieldDesc f_Lambda[] = {
    E("args", AS_ARGUMENTS, ONE, Lambda.args),
    E("body", AS_EXPR, ONE, Lambda.body),
};
static const AstFieldDesc f_IfExp[] = {
    E("test", AS_EXPR, ONE, IfExp.test),
    E("body", AS_EXPR, ONE, IfExp.body),
    E("orelse", AS_EXPR, ONE, IfExp.orelse),
};
static const AstFieldDesc f_Dict[] = {
    E("keys", AS_EXPR, SEQ, Dict.keys),
    E("values", AS_EXPR, SEQ, Dict.values),
};
static const AstFieldDesc f_Set[] = {E("elts", AS_EXPR, SEQ, Set.elts)};
static const AstFieldDesc f_ListComp[] = {
    E("elt", AS_EXPR, ONE, ListComp.elt),
    E("generators", AS_COMPREHENSION, SEQ, ListComp.generators),
};
static const AstFieldDesc f_DictComp[] = {
    E("key", AS_EXPR, ONE, DictComp.key),
    E("value", AS_EXPR, ONE, DictComp.value),
    E("generators", AS_COMPREHENSION, SEQ, DictComp.generators),
};
static const AstFieldDesc f_Await[] = {E("value", AS_EXPR, ONE, Await.value)};
static const AstFieldDesc f_Yield[] = {E("value", AS_EXPR, OPT, Yield.value)};
static const AstFieldDesc f_YieldFrom[] = {E("value", AS_EXPR, ONE, YieldFrom.value)};
static const AstFieldDesc f_Compare[] = {
    E("left", AS_EXPR, ONE, Compare.left),
    E("ops", AS_CMPOP, SEQ, Compare.ops),
    E("comparators", AS_EXPR, SEQ, Compare.comparators),
};
static const AstFieldDesc f_Call[] = {
    E("func", AS_EXPR, ONE, Call.func),
    E("args", AS_EXPR, SEQ, Call.args),
    E("keywords", AS_KEYWORD, SEQ, Call.keywords),
};
static const AstFieldDesc f_FormattedValue[] = {
    E("value", AS_EXPR, ONE, FormattedValue.value),
    E("conversion", AS_INT, ONE, FormattedValue.conversion),
    E("format_spec", AS_EXPR, OPT, FormattedValue.format_spec),
};
static const AstFieldDesc f_JoinedStr[] = {E("values", AS_EXPR, SEQ, JoinedStr.values)};
static const AstFieldDesc f_Constant[] = {
    E("value", AS_CONSTANT, ONE, Constant.value),
    E("kind", AS_STRING, OPT, Constant.kind),
};
static const AstFieldDesc f_Attribute[] = {
    E("value", AS_EXPR, ONE, Attribute.value),
    E("attr", AS_IDENTIFIER, ONE, Attribute.attr),
    E("ctx", AS_EXPR_CONTEXT, ONE, Attribute.ctx),
};
static const AstFieldDesc f_Subscript[] = {
    E("value", AS_EXPR, ONE, Subscript.value),
    E("slice", AS_EXPR, ONE, Subscript.slice),
    E("ctx", AS_EXPR_CONTEXT, ONE, Subscript.ctx),
};
static const AstFieldDesc f_Starred[] = {
    E("value", AS_EXPR, ONE, Starred.value),
    E("ctx", AS_EXPR_CONTEXT, ONE, Starred.ctx),
};
static const AstFieldDesc f_Name[] = {
    E("id", AS_IDENTIFIER, ONE, Name.id),
    E("ctx", AS_EXPR_CONTEXT, ONE, Name.ctx),
};
static const AstFieldDesc f_List[] = {
    E("elts", AS_EXPR, SEQ, List.elts),
    E("ctx", AS_EXPR_CONTEXT, ONE, List.ctx),
};
static const AstFieldDesc f_Tuple[] = {
    E("elts", AS_EXPR, SEQ, Tuple.elts),
    E("ctx", AS_EXPR_CONTEXT, ONE, Tuple.ctx),
};
static const AstFieldDesc f_Slice[] = {
    E("lower", AS_EXPR, OPT, Slice.lower),
    E("upper", AS_EXPR, OPT, Slice.upper),
    E("step", AS_EXPR, OPT, Slice.step),
};
#undef E

/* ---- pattern ---- */
#define P(name, sort, q, path) VF(AstPattern, name, sort, q, path)
static const AstFieldDesc f_MatchValue[] = {P("value", AS_EXPR, ONE, MatchValue.value)};
static const AstFieldDesc f_MatchSingleton[] = {P("value", AS_CONSTANT, ONE, MatchSingleton.value)};
static const AstFieldDesc f_MatchSequence[] = {P("patterns", AS_PATTERN, SEQ, MatchSequence.patterns)};
static const AstFieldDesc f_MatchMapping[] = {
    P("keys", AS_EXPR, SEQ, MatchMapping.keys),
    P("patterns", AS_PATTERN, SEQ, MatchMapping.patterns),
    P("rest", AS_IDENTIFIER, OPT, MatchMapping.rest),
};
static const AstFieldDesc f_MatchClass[] = {
    P("cls", AS_EXPR, ONE, MatchClass.cls),
    P("patterns", AS_PATTERN, SEQ, MatchClass.patterns),
    P("kwd_attrs", AS_IDENTIFIER, SEQ, MatchClass.kwd_attrs),
    P("kwd_patterns", AS_PATTERN, SEQ, MatchClass.kwd_patterns),
};
static const AstFieldDesc f_MatchStar[] = {P("name", AS_IDENTIFIER, OPT, MatchStar.name)};
static const AstFieldDesc f_MatchAs[] = {
    P("pattern", AS_PATTERN, OPT, MatchAs.pattern),
    P("name", AS_IDENTIFIER, OPT, MatchAs.name),
};
static const AstFieldDesc f_MatchOr[] = {P("patterns", AS_PATTERN, SEQ, MatchOr.patterns)};
#undef P

/* ---- the one-class types ---- */
static const AstFieldDesc f_ExceptHandler[] = {
    PF(AstExceptHandler, "type", AS_EXPR, OPT, type),
    PF(AstExceptHandler, "name", AS_IDENTIFIER, OPT, name),
    PF(AstExceptHandler, "body", AS_STMT, SEQ, body),
};
static const AstFieldDesc f_TypeIgnore[] = {
    PF(AstTypeIgnore, "lineno", AS_INT, ONE, lineno),
    PF(AstTypeIgnore, "tag", AS_STRING, ONE, tag),
};
static const AstFieldDesc f_arguments[] = {
    PF(AstArguments, "posonlyargs", AS_ARG, SEQ, posonlyargs),
    PF(AstArguments, "args", AS_ARG, SEQ, args),
    PF(AstArguments, "vararg", AS_ARG, OPT, vararg),
    PF(AstArguments, "kwonlyargs", AS_ARG, SEQ, kwonlyargs),
    PF(AstArguments, "kw_defaults", AS_EXPR, SEQ, kw_defaults),
    PF(AstArguments, "kwarg", AS_ARG, OPT, kwarg),
    PF(AstArguments, "defaults", AS_EXPR, SEQ, defaults),
};
static const AstFieldDesc f_arg[] = {
    PF(AstArg, "arg", AS_IDENTIFIER, ONE, arg),
    PF(AstArg, "annotation", AS_EXPR, OPT, annotation),
    PF(AstArg, "type_comment", AS_STRING, OPT, type_comment),
};
static const AstFieldDesc f_keyword[] = {
    PF(AstKeyword, "arg", AS_IDENTIFIER, OPT, arg),
    PF(AstKeyword, "value", AS_EXPR, ONE, value),
};
static const AstFieldDesc f_alias[] = {
    PF(AstAlias, "name", AS_IDENTIFIER, ONE, name),
    PF(AstAlias, "asname", AS_IDENTIFIER, OPT, asname),
};
static const AstFieldDesc f_withitem[] = {
    PF(AstWithItem, "context_expr", AS_EXPR, ONE, context_expr),
    PF(AstWithItem, "optional_vars", AS_EXPR, OPT, optional_vars),
};
static const AstFieldDesc f_match_case[] = {
    PF(AstMatchCase, "pattern", AS_PATTERN, ONE, pattern),
    PF(AstMatchCase, "guard", AS_EXPR, OPT, guard),
    PF(AstMatchCase, "body", AS_STMT, SEQ, body),
};
static const AstFieldDesc f_comprehension[] = {
    PF(AstComprehension, "target", AS_EXPR, ONE, target),
    PF(AstComprehension, "iter", AS_EXPR, ONE, iter),
    PF(AstComprehension, "ifs", AS_EXPR, SEQ, ifs),
    PF(AstComprehension, "is_async", AS_INT, ONE, is_async),
};

/* Entries: a class with fields `f`, or none (NULL). */
#define NODE(T, sort, kind, name, f, pos) {name, sort, kind, sizeof(T), pos, NFIELDS(f), f}
#define BARE(T, sort, kind, name, pos) {name, sort, kind, sizeof(T), pos, 0, NULL}
#define MOD(k, f) NODE(AstMod, AS_MOD, AST_##k, #k, f, -1)
#define STMT(k, f) NODE(AstStmt, AS_STMT, AST_##k, #k, f, offsetof(AstStmt, lineno))
#define STMT0(k) BARE(AstStmt, AS_STMT, AST_##k, #k, offsetof(AstStmt, lineno))
#define EXPR(k, f) NODE(AstExpr, AS_EXPR, AST_##k, #k, f, offsetof(AstExpr, lineno))
#define PAT(k, f) NODE(AstPattern, AS_PATTERN, AST_##k, #k, f, offsetof(AstPattern, lineno))
#define ONECLASS(T, sort, name, f, pos) NODE(T, sort, 0, name, f, pos)

const AstNodeDesc ast_node_descs[] = {
    MOD(Module, f_Module), MOD(Interactive, f_Interactive), MOD(Expression, f_Expression),
    MOD(FunctionType, f_FunctionType),

    STMT(FunctionDef, f_FunctionDef), STMT(AsyncFunctionDef, f_FunctionDef),
    STMT(ClassDef, f_ClassDef), STMT(Return, f_Return), STMT(Delete, f_Delete),
    STMT(Assign, f_Assign), STMT(AugAssign, f_AugAssign), STMT(AnnAssign, f_AnnAssign),
    STMT(For, f_For), STMT(AsyncFor, f_For), STMT(While, f_While), STMT(If, f_If),
    STMT(With, f_With), STMT(AsyncWith, f_With), STMT(Match, f_Match), STMT(Raise, f_Raise),
    STMT(Try, f_Try), STMT(TryStar, f_Try), STMT(Assert, f_Assert), STMT(Import, f_Import),
    STMT(ImportFrom, f_ImportFrom), STMT(Global, f_Global), STMT(Nonlocal, f_Nonlocal),
    STMT(Expr, f_Expr), STMT0(Pass), STMT0(Break), STMT0(Continue),

    EXPR(BoolOp, f_BoolOp), EXPR(NamedExpr, f_NamedExpr), EXPR(BinOp, f_BinOp),
    EXPR(UnaryOp, f_UnaryOp), EXPR(Lambda, f_Lambda), EXPR(IfExp, f_IfExp), EXPR(Dict, f_Dict),
    EXPR(Set, f_Set), EXPR(ListComp, f_ListComp), EXPR(SetComp, f_ListComp),
    EXPR(DictComp, f_DictComp), EXPR(GeneratorExp, f_ListComp), EXPR(Await, f_Await),
    EXPR(Yield, f_Yield), EXPR(YieldFrom, f_YieldFrom), EXPR(Compare, f_Compare),
    EXPR(Call, f_Call), EXPR(FormattedValue, f_FormattedValue), EXPR(JoinedStr, f_JoinedStr),
    EXPR(Constant, f_Constant), EXPR(Attribute, f_Attribute), EXPR(Subscript, f_Subscript),
    EXPR(Starred, f_Starred), EXPR(Name, f_Name), EXPR(List, f_List), EXPR(Tuple, f_Tuple),
    EXPR(Slice, f_Slice),

    PAT(MatchValue, f_MatchValue), PAT(MatchSingleton, f_MatchSingleton),
    PAT(MatchSequence, f_MatchSequence), PAT(MatchMapping, f_MatchMapping),
    PAT(MatchClass, f_MatchClass), PAT(MatchStar, f_MatchStar), PAT(MatchAs, f_MatchAs),
    PAT(MatchOr, f_MatchOr),

    ONECLASS(AstExceptHandler, AS_EXCEPTHANDLER, "ExceptHandler", f_ExceptHandler,
             offsetof(AstExceptHandler, lineno)),
    ONECLASS(AstTypeIgnore, AS_TYPE_IGNORE, "TypeIgnore", f_TypeIgnore, -1),
    ONECLASS(AstArguments, AS_ARGUMENTS, "arguments", f_arguments, -1),
    ONECLASS(AstArg, AS_ARG, "arg", f_arg, offsetof(AstArg, lineno)),
    ONECLASS(AstKeyword, AS_KEYWORD, "keyword", f_keyword, offsetof(AstKeyword, lineno)),
    ONECLASS(AstAlias, AS_ALIAS, "alias", f_alias, offsetof(AstAlias, lineno)),
    ONECLASS(AstWithItem, AS_WITHITEM, "withitem", f_withitem, -1),
    ONECLASS(AstMatchCase, AS_MATCH_CASE, "match_case", f_match_case, -1),
    ONECLASS(AstComprehension, AS_COMPREHENSION, "comprehension", f_comprehension, -1),
};
const int ast_node_desc_count = (int)(sizeof(ast_node_descs) / sizeof(ast_node_descs[0]));

const char *ast_sort_name(AstSort sort)
{
    static const char *const names[AS_COUNT] = {
        "mod", "stmt", "expr", "pattern", "excepthandler", "type_ignore", "arguments", "arg",
        "keyword", "alias", "withitem", "match_case", "comprehension", "expr_context",
        "boolop", "operator", "unaryop", "cmpop", "identifier", "string", "int", "constant",
    };
    return (unsigned)sort < AS_COUNT ? names[sort] : "?";
}

const char *ast_enum_member_name(AstSort sort, int kind)
{
    const char *name = "?";
    switch (sort) {
    case AS_EXPR_CONTEXT: name = ast_context_name((AstExprContext)kind); break;
    case AS_BOOLOP: name = ast_boolop_name((AstBoolOp)kind); break;
    case AS_OPERATOR: name = ast_operator_name((AstOperator)kind); break;
    case AS_UNARYOP: name = ast_unaryop_name((AstUnaryOp)kind); break;
    case AS_CMPOP: name = ast_cmpop_name((AstCmpOp)kind); break;
    default: break;
    }
    return kind >= 1 && strcmp(name, "?") != 0 ? name : NULL;
}

const AstNodeDesc *ast_node_desc(AstSort sort, int kind)
{
    for (int i = 0; i < ast_node_desc_count; i++)
        if (ast_node_descs[i].sort == sort && ast_node_descs[i].kind == kind) return &ast_node_descs[i];
    return NULL;
}
