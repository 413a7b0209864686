/* ast.h — Spry's abstract syntax tree: a mirror of Python 3.11's `ast` module.
 *
 * The parser (parser.h) produces this tree; symtable and codegen consume it.
 * The tree does not depend on the object system: identifiers are C strings
 * and constants are plain C data (see AstConstant).
 *
 * Conventions
 * -----------
 * - Node kinds, field names and field order are exactly those of CPython
 *   3.11's `ast` module (Lib/ast.py, Parser/Python.asdl), so `ast.dump`
 *   output can be reproduced field by field (see ast_dump()).
 * - Every node lives in one Arena (below): the whole tree, its strings and
 *   its arrays are freed by one arena_free(). Nodes are never freed one by one.
 * - A Python `expr?` (optional) field is a NULL pointer when absent; an
 *   `identifier?` is a NULL string.
 * - A Python list field `xs` is a sequence struct `{ int n; T **items; }`
 *   (AstExprSeq etc.): n elements, items[0..n-1]. An empty list has n == 0
 *   (items may then be NULL). Two lists hold NULL elements, as in CPython:
 *   Dict.keys (NULL for a `**mapping` entry) and arguments.kw_defaults (NULL
 *   for a keyword-only parameter without default).
 * - Identifiers are NUL-terminated UTF-8 strings (not NFKC-normalized yet:
 *   TODO(#parser-nfkc)). Identifier strings may be shared between nodes.
 * - Positions (the `lineno, col_offset, end_lineno, end_col_offset` fields of
 *   stmt, expr, pattern, arg, keyword, alias and excepthandler nodes) follow
 *   CPython: lines are 1-based; columns are 0-based *UTF-8 byte* offsets into
 *   the line; the end column is exclusive.
 * - Nodes of every kind are accessed like CPython's C AST: e.g. for an
 *   AstExpr *e of kind AST_BinOp, e->v.BinOp.left.
 */
#ifndef SPRY_INTERNAL
#error "internal header"
#endif
#ifndef SPRY_COMPILER_AST_H
#define SPRY_COMPILER_AST_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- Arena ------------------------------------------------------------
 * A bump allocator. Everything allocated from it is released together by
 * arena_free(). Allocations are zero-filled and aligned for any C type.
 * arena_alloc() never returns NULL: on out-of-memory it calls arena_fail(),
 * which longjmps to the buffer installed with arena_set_on_fail() (the
 * parser and compiler entry points install one and raise MemoryError) or,
 * with none installed, aborts. */
typedef struct Arena Arena;

/* NULL when out of memory. */
Arena *arena_new(void);
/* Install the unwind target for arena_fail(); returns the previous one. */
jmp_buf *arena_set_on_fail(Arena *a, jmp_buf *to);
_Noreturn void arena_fail(Arena *a);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size);
/* Copy n bytes and append a NUL. */
char *arena_strndup(Arena *a, const char *s, size_t n);
/* Total bytes handed out (for statistics / tests). */
size_t arena_used(const Arena *a);

/* ---- Sequences -------------------------------------------------------- */
typedef struct AstMod AstMod;
typedef struct AstStmt AstStmt;
typedef struct AstExpr AstExpr;
typedef struct AstComprehension AstComprehension;
typedef struct AstExceptHandler AstExceptHandler;
typedef struct AstArguments AstArguments;
typedef struct AstArg AstArg;
typedef struct AstKeyword AstKeyword;
typedef struct AstAlias AstAlias;
typedef struct AstWithItem AstWithItem;
typedef struct AstMatchCase AstMatchCase;
typedef struct AstPattern AstPattern;
typedef struct AstTypeIgnore AstTypeIgnore;

#define AST_SEQ(Name, T) \
    typedef struct Name { \
        int n; \
        T *items; \
    } Name
AST_SEQ(AstStmtSeq, AstStmt *);
AST_SEQ(AstExprSeq, AstExpr *);
AST_SEQ(AstComprehensionSeq, AstComprehension *);
AST_SEQ(AstExceptHandlerSeq, AstExceptHandler *);
AST_SEQ(AstArgSeq, AstArg *);
AST_SEQ(AstKeywordSeq, AstKeyword *);
AST_SEQ(AstAliasSeq, AstAlias *);
AST_SEQ(AstWithItemSeq, AstWithItem *);
AST_SEQ(AstMatchCaseSeq, AstMatchCase *);
AST_SEQ(AstPatternSeq, AstPattern *);
AST_SEQ(AstTypeIgnoreSeq, AstTypeIgnore *);
AST_SEQ(AstIdentSeq, const char *);   /* list of identifiers */
AST_SEQ(AstCmpOpSeq, int);            /* list of AstCmpOp values */
#undef AST_SEQ

/* The four position fields shared by located nodes (see Conventions). */
#define AST_POSITION_FIELDS int lineno, col_offset, end_lineno, end_col_offset

/* ---- Small enums (values start at 1, as in CPython) -------------------- */
typedef enum AstExprContext { AST_Load = 1, AST_Store, AST_Del } AstExprContext;
typedef enum AstBoolOp { AST_And = 1, AST_Or } AstBoolOp;
typedef enum AstOperator {
    AST_Add = 1, AST_Sub, AST_Mult, AST_MatMult, AST_Div, AST_Mod, AST_Pow,
    AST_LShift, AST_RShift, AST_BitOr, AST_BitXor, AST_BitAnd, AST_FloorDiv
} AstOperator;
typedef enum AstUnaryOp { AST_Invert = 1, AST_Not, AST_UAdd, AST_USub } AstUnaryOp;
typedef enum AstCmpOp {
    AST_Eq = 1, AST_NotEq, AST_Lt, AST_LtE, AST_Gt, AST_GtE, AST_Is, AST_IsNot,
    AST_In, AST_NotIn
} AstCmpOp;

/* ---- Constants ----------------------------------------------------------
 * The value of a Constant expression (and of MatchSingleton), without
 * runtime objects.
 *   NONE, TRUE, FALSE, ELLIPSIS   no payload.
 *   INT    `i.digits`: the literal's digits in base `i.base` (2, 8, 10 or 16)
 *          without prefix or underscores, lowercase, leading zeros removed
 *          ("0" for zero); e.g. 0xFF_FF -> base 16, "ffff". Never negative
 *          (`-1` is UnaryOp(USub, Constant 1)). See ast_int_to_i64() and
 *          ast_int_to_decimal().
 *   FLOAT  `f`: strtod() of the underscore-free literal (may be inf).
 *   IMAG   `f`: the imaginary part of a complex literal such as 2.5j
 *          (the real part is +0.0).
 *   STR    `s.data`/`s.len`: the decoded string (escapes processed, adjacent
 *          literals concatenated) as UTF-8, NUL-terminated for convenience
 *          (may contain embedded NULs: always use `len`). Lone surrogates
 *          U+D800..U+DFFF (only possible from \ud800-style escapes) are
 *          encoded as three bytes like any other BMP code point
 *          (generalized UTF-8, "WTF-8"); a surrogate *pair* written as two
 *          escapes stays two separate 3-byte sequences, as in CPython.
 *   BYTES  `s.data`/`s.len`: the raw bytes (NUL-terminated, may contain NULs).
 */
typedef enum AstConstKind {
    AST_CONST_NONE = 1, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT, AST_CONST_FLOAT, AST_CONST_IMAG, AST_CONST_STR, AST_CONST_BYTES,
    AST_CONST_FROZENSET         /* only from compile() of a Python tree */
} AstConstKind;

typedef struct AstConstant {
    AstConstKind kind;
    union {
        struct { const char *digits; int base; } i;  /* INT */
        double f;                                    /* FLOAT, IMAG */
        struct { const char *data; size_t len; } s;  /* STR, BYTES */
        AstExprSeq set;     /* FROZENSET: the items, as expressions codegen folds */
    };
} AstConstant;

/* INT helpers. ast_int_to_i64 returns 1 and stores the value if it fits in
 * int64_t, else 0. ast_int_to_decimal returns the value's decimal digits
 * (arena-allocated, NUL-terminated). */
int ast_int_to_i64(const AstConstant *c, int64_t *out);
char *ast_int_to_decimal(Arena *a, const AstConstant *c);

/* ---- mod --------------------------------------------------------------- */
typedef enum AstModKind {
    AST_Module = 1, AST_Interactive, AST_Expression, AST_FunctionType
} AstModKind;

struct AstTypeIgnore {            /* TypeIgnore(int lineno, string tag) */
    int lineno;
    const char *tag;
};

struct AstMod {
    AstModKind kind;
    union {
        struct { AstStmtSeq body; AstTypeIgnoreSeq type_ignores; } Module;
        struct { AstStmtSeq body; } Interactive;
        struct { AstExpr *body; } Expression;
        struct { AstExprSeq argtypes; AstExpr *returns; } FunctionType; /* never produced */
    } v;
};

/* ---- stmt -------------------------------------------------------------- */
typedef enum AstStmtKind {
    AST_FunctionDef = 1, AST_AsyncFunctionDef, AST_ClassDef, AST_Return,
    AST_Delete, AST_Assign, AST_AugAssign, AST_AnnAssign, AST_For,
    AST_AsyncFor, AST_While, AST_If, AST_With, AST_AsyncWith, AST_Match,
    AST_Raise, AST_Try, AST_TryStar, AST_Assert, AST_Import, AST_ImportFrom,
    AST_Global, AST_Nonlocal, AST_Expr, AST_Pass, AST_Break, AST_Continue
} AstStmtKind;

struct AstStmt {
    AstStmtKind kind;
    AST_POSITION_FIELDS;
    union {
        /* FunctionDef and AsyncFunctionDef share this layout.
         * returns: annotation after '->' or NULL. type_comment: always NULL. */
        struct {
            const char *name;
            AstArguments *args;
            AstStmtSeq body;
            AstExprSeq decorator_list;
            AstExpr *returns;
            const char *type_comment;
        } FunctionDef, AsyncFunctionDef;
        struct {
            const char *name;
            AstExprSeq bases;
            AstKeywordSeq keywords;
            AstStmtSeq body;
            AstExprSeq decorator_list;
        } ClassDef;
        struct { AstExpr *value; } Return;            /* value may be NULL */
        struct { AstExprSeq targets; } Delete;        /* targets have ctx Del */
        /* a = b = value: targets [a, b] (ctx Store). type_comment: NULL. */
        struct { AstExprSeq targets; AstExpr *value; const char *type_comment; } Assign;
        struct { AstExpr *target; AstOperator op; AstExpr *value; } AugAssign;
        /* simple = 1 iff target is a Name not enclosed in parentheses.
         * value may be NULL (`x: int`). */
        struct { AstExpr *target; AstExpr *annotation; AstExpr *value; int simple; } AnnAssign;
        /* For and AsyncFor share this layout. orelse: the `else:` body. */
        struct {
            AstExpr *target;
            AstExpr *iter;
            AstStmtSeq body;
            AstStmtSeq orelse;
            const char *type_comment;
        } For, AsyncFor;
        struct { AstExpr *test; AstStmtSeq body; AstStmtSeq orelse; } While;
        /* elif chains are nested Ifs in orelse, as in CPython. */
        struct { AstExpr *test; AstStmtSeq body; AstStmtSeq orelse; } If;
        /* With and AsyncWith share this layout. */
        struct { AstWithItemSeq items; AstStmtSeq body; const char *type_comment; } With, AsyncWith;
        struct { AstExpr *subject; AstMatchCaseSeq cases; } Match;
        struct { AstExpr *exc; AstExpr *cause; } Raise;   /* both optional */
        /* Try and TryStar (`except*`) share this layout. */
        struct {
            AstStmtSeq body;
            AstExceptHandlerSeq handlers;
            AstStmtSeq orelse;
            AstStmtSeq finalbody;
        } Try, TryStar;
        struct { AstExpr *test; AstExpr *msg; } Assert;   /* msg optional */
        struct { AstAliasSeq names; } Import;
        /* module is NULL for `from . import x`; level = number of dots. */
        struct { const char *module; AstAliasSeq names; int level; } ImportFrom;
        struct { AstIdentSeq names; } Global;
        struct { AstIdentSeq names; } Nonlocal;
        struct { AstExpr *value; } Expr;
        /* Pass, Break, Continue: no fields. */
    } v;
};

/* ---- expr -------------------------------------------------------------- */
typedef enum AstExprKind {
    AST_BoolOp = 1, AST_NamedExpr, AST_BinOp, AST_UnaryOp, AST_Lambda,
    AST_IfExp, AST_Dict, AST_Set, AST_ListComp, AST_SetComp, AST_DictComp,
    AST_GeneratorExp, AST_Await, AST_Yield, AST_YieldFrom, AST_Compare,
    AST_Call, AST_FormattedValue, AST_JoinedStr, AST_Constant, AST_Attribute,
    AST_Subscript, AST_Starred, AST_Name, AST_List, AST_Tuple, AST_Slice
} AstExprKind;

struct AstExpr {
    AstExprKind kind;
    AST_POSITION_FIELDS;
    union {
        /* a or b or c: one BoolOp with values [a, b, c]. */
        struct { AstBoolOp op; AstExprSeq values; } BoolOp;
        struct { AstExpr *target; AstExpr *value; } NamedExpr;  /* target: Name, Store */
        struct { AstExpr *left; AstOperator op; AstExpr *right; } BinOp;
        struct { AstUnaryOp op; AstExpr *operand; } UnaryOp;
        struct { AstArguments *args; AstExpr *body; } Lambda;
        struct { AstExpr *test; AstExpr *body; AstExpr *orelse; } IfExp;
        /* keys.n == values.n; keys.items[i] is NULL for `**values[i]`. */
        struct { AstExprSeq keys; AstExprSeq values; } Dict;
        struct { AstExprSeq elts; } Set;
        /* ListComp, SetComp, GeneratorExp share this layout. */
        struct { AstExpr *elt; AstComprehensionSeq generators; } ListComp, SetComp, GeneratorExp;
        struct { AstExpr *key; AstExpr *value; AstComprehensionSeq generators; } DictComp;
        struct { AstExpr *value; } Await;
        struct { AstExpr *value; } Yield;             /* value may be NULL */
        struct { AstExpr *value; } YieldFrom;
        /* a < b <= c: left a, ops [Lt, LtE], comparators [b, c]. */
        struct { AstExpr *left; AstCmpOpSeq ops; AstExprSeq comparators; } Compare;
        /* args may contain Starred; keywords with arg NULL are `**x`. */
        struct { AstExpr *func; AstExprSeq args; AstKeywordSeq keywords; } Call;
        /* conversion: -1 (none) or 's', 'r', 'a'.
         * format_spec: NULL or a JoinedStr. */
        struct { AstExpr *value; int conversion; AstExpr *format_spec; } FormattedValue;
        /* values: Constant(STR) and FormattedValue nodes (adjacent literal
         * text merged, no empty Constants). As in CPython 3.11, these parts
         * carry the position of the whole string literal (all concatenated
         * tokens); a format_spec JoinedStr and its literal parts carry the
         * position of the one token containing them; the expressions inside
         * replacement fields have their true positions. */
        struct { AstExprSeq values; } JoinedStr;
        /* kind: "u" when the first token of the (concatenated) string
         * literal has a lowercase u prefix (also on the literal parts of
         * a JoinedStr), else NULL. */
        struct { AstConstant value; const char *kind; } Constant;
        struct { AstExpr *value; const char *attr; AstExprContext ctx; } Attribute;
        /* slice: any expr; a Slice or a Tuple possibly containing Slices. */
        struct { AstExpr *value; AstExpr *slice; AstExprContext ctx; } Subscript;
        struct { AstExpr *value; AstExprContext ctx; } Starred;
        struct { const char *id; AstExprContext ctx; } Name;
        struct { AstExprSeq elts; AstExprContext ctx; } List;
        struct { AstExprSeq elts; AstExprContext ctx; } Tuple;
        struct { AstExpr *lower; AstExpr *upper; AstExpr *step; } Slice;  /* all optional */
    } v;
};

/* ---- other node types -------------------------------------------------- */
struct AstComprehension {          /* for target in iter if ifs... */
    AstExpr *target;
    AstExpr *iter;
    AstExprSeq ifs;
    int is_async;
};

struct AstExceptHandler {          /* ExceptHandler(type?, name?, body) */
    AST_POSITION_FIELDS;
    AstExpr *type;
    const char *name;
    AstStmtSeq body;
};

/* def f(a, /, b, c=1, *args, d, e=2, **kw):
 *   posonlyargs [a]; args [b, c]; defaults [1] (the defaults of the *last*
 *   positional parameters, posonly included); vararg args; kwonlyargs [d, e];
 *   kw_defaults [NULL, 2] (same length as kwonlyargs); kwarg kw. */
struct AstArguments {
    AstArgSeq posonlyargs;
    AstArgSeq args;
    AstArg *vararg;
    AstArgSeq kwonlyargs;
    AstExprSeq kw_defaults;
    AstArg *kwarg;
    AstExprSeq defaults;
};

struct AstArg {                    /* arg(arg, annotation?, type_comment?) */
    AST_POSITION_FIELDS;
    const char *arg;
    AstExpr *annotation;
    const char *type_comment;      /* always NULL */
};

struct AstKeyword {                /* arg=value, or **value when arg is NULL */
    AST_POSITION_FIELDS;
    const char *arg;
    AstExpr *value;
};

struct AstAlias {                  /* name [as asname]; name may be dotted or "*" */
    AST_POSITION_FIELDS;
    const char *name;
    const char *asname;
};

struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars;        /* NULL without `as` */
};

struct AstMatchCase {
    AstPattern *pattern;
    AstExpr *guard;                /* NULL without `if` */
    AstStmtSeq body;
};

/* ---- pattern ----------------------------------------------------------- */
typedef enum AstPatternKind {
    AST_MatchValue = 1, AST_MatchSingleton, AST_MatchSequence, AST_MatchMapping,
    AST_MatchClass, AST_MatchStar, AST_MatchAs, AST_MatchOr
} AstPatternKind;

struct AstPattern {
    AstPatternKind kind;
    AST_POSITION_FIELDS;
    union {
        struct { AstExpr *value; } MatchValue;
        /* value.kind is AST_CONST_NONE, AST_CONST_TRUE or AST_CONST_FALSE. */
        struct { AstConstant value; } MatchSingleton;
        struct { AstPatternSeq patterns; } MatchSequence;
        /* {k1: p1, **rest}: keys [k1], patterns [p1], rest "rest" (or NULL). */
        struct { AstExprSeq keys; AstPatternSeq patterns; const char *rest; } MatchMapping;
        /* C(p1, x=p2): cls C, patterns [p1], kwd_attrs ["x"], kwd_patterns [p2]. */
        struct {
            AstExpr *cls;
            AstPatternSeq patterns;
            AstIdentSeq kwd_attrs;
            AstPatternSeq kwd_patterns;
        } MatchClass;
        struct { const char *name; } MatchStar;       /* name NULL for *_ */
        /* `_`: pattern NULL, name NULL. `x`: pattern NULL, name "x".
         * `p as x`: pattern p, name "x". */
        struct { AstPattern *pattern; const char *name; } MatchAs;
        struct { AstPatternSeq patterns; } MatchOr;
    } v;
};

#undef AST_POSITION_FIELDS

/* ---- Names and dumping --------------------------------------------------- */
/* The Python class names, e.g. ast_expr_name(AST_BinOp) == "BinOp". */
const char *ast_mod_name(AstModKind k);
const char *ast_stmt_name(AstStmtKind k);
const char *ast_expr_name(AstExprKind k);
const char *ast_pattern_name(AstPatternKind k);
const char *ast_operator_name(AstOperator op);
const char *ast_unaryop_name(AstUnaryOp op);
const char *ast_boolop_name(AstBoolOp op);
const char *ast_cmpop_name(AstCmpOp op);
const char *ast_context_name(AstExprContext ctx);

/* Write the tree to `out` exactly as CPython's
 * `ast.dump(tree, include_attributes=...)` prints it (one line, no newline). */
void ast_dump(FILE *out, const AstMod *mod, int include_attributes);

/* The text `from __future__ import annotations` stores for an annotation: the
 * expression written back from the tree, as CPython does (arena-allocated UTF-8). */
char *ast_expr_unparse(Arena *a, const AstExpr *e);

/* Python's repr() of a constant (as ast.dump shows it), arena-allocated. */
char *ast_constant_repr(Arena *a, const AstConstant *c);

#endif /* SPRY_COMPILER_AST_H */
