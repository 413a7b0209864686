/* parser_internal.h — shared between parser.c, parser_stmt.c, parser_expr.c
 * and parser_string.c. Not for use outside the parser.
 *
 * The parser works like CPython's PEG parser in two passes: the first pass
 * parses without the "invalid_*" checks; if it fails, a second pass
 * (Parser.invalid_pass) re-parses with the checks that produce specific
 * error messages. If the second pass finds nothing specific, a generic
 * "invalid syntax" is reported at the furthest token the first pass
 * fetched. Tokens are fetched lazily and kept, so backtracking is cheap.
 *
 * Conventions of the rule functions (p_*):
 *   - return the node on success, with p->pos after the construct;
 *   - return NULL on failure with p->pos unchanged (restore it!);
 *   - on a hard error, p->error is set and they return NULL; callers
 *     check ERR(p) after any failure and propagate.
 */
#ifndef SPRY_INTERNAL
#error "internal header"
#endif
#ifndef SPRY_COMPILER_PARSER_INTERNAL_H
#define SPRY_COMPILER_PARSER_INTERNAL_H

#include <stddef.h>
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/tokenizer.h"

#define PARSER_MAX_DEPTH 3000   /* nested rule levels before "too complex" */
#define TOKBLOCK 256            /* tokens per storage block */

/* A token as kept by the parser: the tokenizer's Token plus the read
 * position at the time (for errors at INDENT/DEDENT/ENDMARKER, which CPython
 * reports at the tokenizer's read position). */
typedef struct PToken {
    Token t;
    int cur_lineno;          /* tokenizer line at the time */
    int cur_col;             /* byte column of the read position */
    const char *cur_line;    /* start of that line */
    int level;               /* bracket level after this token */
} PToken;

/* Memo of rule results at a token position (second pass only; keeps the
 * invalid_* probes, which re-parse prefixes, from going exponential). */
enum { MEMO_DISJUNCTION = 1, MEMO_BITWISE_OR, MEMO_EXPRESSION, MEMO_STAR_EXPRESSIONS, MEMO_ATOM };
typedef struct MemoEntry {
    int pos, rule;
    AstExpr *res;
    int end;
} MemoEntry;

typedef struct Parser Parser;
struct Parser {
    Arena *arena;
    Tokenizer *tok;
    PToken **blocks;         /* token storage (malloc'd array of arena blocks) */
    int nblocks;
    int ntoks;               /* tokens fetched so far ("fill") */
    int pos;                 /* current token index */
    int invalid_pass;        /* second pass: run the invalid_* checks */
    int error;               /* an error has been recorded in *err */
    SyntaxErrorInfo *err;
    int depth;
    int mode;
    const char *filename;
    /* f-string expression sub-parsers */
    Parser *parent;          /* non-NULL in a sub-parser */
    int line_offset;         /* added to token line numbers */
    int col_offset;          /* added to columns of tokens on the first line */
    int fstring_depth;       /* nesting of f-strings (limit 2 in 3.11) */
    const ParseOptions *opts;  /* never NULL */
    MemoEntry *memo;         /* open-addressing table (malloc'd), second pass */
    int memo_cap, memo_n;
    int memo_on;
    int raw_msg;             /* set while recording a tokenizer error */
    int skip_invalid_once;   /* next expression: no invalid_expression at its top */
    const char *escape_warned_upto;  /* last invalid escape warned about (backtracking
                                        re-decodes strings; warn once) */
    AstTypeIgnoreSeq type_ignores;   /* the TYPE_IGNORE tokens met, in order */
    int type_ignores_cap;
};

int memo_get(Parser *p, int rule, AstExpr **res);
void memo_put(Parser *p, int rule, int pos, AstExpr *res);

/* ---- tokens (parser.c) ---- */
PToken *ptok(Parser *p, int i);                /* fetch token i (lazily) */
static inline PToken *cur(Parser *p) { return ptok(p, p->pos); }
static inline TokType cur_type(Parser *p) { return ptok(p, p->pos)->t.type; }
int ptok_is(Parser *p, int i, TokType type);
int at(Parser *p, TokType type);               /* current token has type */
int at_kw(Parser *p, int kw);                  /* current token is keyword kw */
int at_soft(Parser *p, const char *name);      /* current token is NAME `name` */
int accept(Parser *p, TokType type);           /* consume if at(type) */
int accept_kw(Parser *p, int kw);
PToken *last_tok(Parser *p);                   /* token before pos */
int expect_forced(Parser *p, TokType type, const char *spelling);  /* &&'x' */

#define ERR(p) ((p)->error)

/* ---- errors (parser.c) ---- */
/* Positions are 0-based byte columns as in tokens/nodes (CPython's
 * RAISE_ERROR_KNOWN_LOCATION): offset = col + 1 converted to characters.
 * end_col < 0 means "none" (reported as CPython does, i.e. end_col + 1). */
void *raise_at(Parser *p, int kind, int lineno, int col, int end_lineno, int end_col,
               const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* RAISE_SYNTAX_ERROR: at the last fetched token. */
void *raise_last(Parser *p, int kind, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a): the range of node a. */
void *raise_expr(Parser *p, const AstExpr *a, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the start of a to the end of b. */
void *raise_range(Parser *p, int l1, int c1, int l2, int c2, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void *raise_tok(Parser *p, const PToken *t, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* RAISE_SYNTAX_ERROR_STARTING_FROM(t): from t to the last fetched token. */
void *raise_from_tok(Parser *p, const PToken *t, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* raise "too complex" when the nesting limit is reached; returns 1 if so */
int depth_enter(Parser *p);
static inline void depth_leave(Parser *p) { p->depth--; }

/* ---- node construction (parser.c) ---- */
void *pmalloc(Parser *p, size_t n);
AstExpr *new_expr(Parser *p, AstExprKind k, const PToken *start);  /* end set by finish */
AstStmt *new_stmt(Parser *p, AstStmtKind k, const PToken *start);
AstPattern *new_pattern(Parser *p, AstPatternKind k, const PToken *start);
/* set end position from the last consumed token */
#define FINISH(p, n) do { PToken *lt_ = last_tok(p); (n)->end_lineno = lt_->t.end_lineno; \
    (n)->end_col_offset = lt_->t.end_col_offset; } while (0)
#define COPY_START(dst, src) do { (dst)->lineno = (src)->lineno; (dst)->col_offset = (src)->col_offset; } while (0)
#define COPY_END(dst, src) do { (dst)->end_lineno = (src)->end_lineno; (dst)->end_col_offset = (src)->end_col_offset; } while (0)
const char *tok_ident(Parser *p, const PToken *t);   /* NAME token text, interned per parse */
AstExpr *name_expr(Parser *p, const PToken *t, AstExprContext ctx);

/* growable sequence: PUSH(p, seq, cap, item) with `int cap` kept by caller */
void *seq_grow(Parser *p, void *items, int n, int *cap, size_t elsize);
#define PUSH(p, seq, cap, item) do { \
        if ((seq).n == (cap)) (seq).items = seq_grow((p), (seq).items, (seq).n, &(cap), sizeof *(seq).items); \
        (seq).items[(seq).n++] = (item); \
    } while (0)

/* ---- targets (parser.c) ---- */
enum { TARGETS_STAR = 1, TARGETS_DEL, TARGETS_FOR };
const char *expr_name_for_error(const AstExpr *e);
/* Set ctx on a valid target (recursively); returns 0 if e is not a valid
 * target of that kind. */
int set_context(AstExpr *e, AstExprContext ctx);
const AstExpr *invalid_target(const AstExpr *e, int type);
/* RAISE_SYNTAX_ERROR_INVALID_TARGET */
void *raise_invalid_target(Parser *p, int type, const AstExpr *e);

/* ---- rules: expressions (parser_expr.c) ---- */
AstExpr *p_expression(Parser *p);
AstExpr *p_expressions(Parser *p);             /* expression (',' expression)* [','] */
AstExpr *p_star_expressions(Parser *p);
AstExpr *p_star_expression(Parser *p);
AstExpr *p_named_expression(Parser *p);
AstExpr *p_star_named_expression(Parser *p);
AstExpr *p_disjunction(Parser *p);
AstExpr *p_bitwise_or(Parser *p);
AstExpr *p_yield_expr(Parser *p);
AstExpr *p_primary(Parser *p);
AstExpr *p_atom(Parser *p);
AstExpr *p_slices(Parser *p);
AstExpr *p_star_targets(Parser *p);            /* parse + validate star targets */
AstExpr *p_strings(Parser *p);                 /* parser_string.c */
int p_for_if_clauses(Parser *p, AstComprehensionSeq *out);
/* call arguments after '(' (not consuming ')'); returns 0 on failure.
 * allow_genexp: a lone generator expression argument (calls, not classes) */
int p_arguments(Parser *p, AstExprSeq *args, AstKeywordSeq *kws, int allow_genexp);
AstArguments *empty_arguments(Parser *p);
AstArguments *p_lambda_params(Parser *p);      /* parser_stmt.c (shared with def) */
AstArguments *p_params(Parser *p);
/* star_expressions for f-string sub-parsers */
AstExpr *p_fstring_expr(Parser *p);

/* ---- statements (parser_stmt.c) ---- */
int p_statements(Parser *p, AstStmtSeq *out);    /* statement+ until no more */
int p_statement_newline(Parser *p, AstStmtSeq *out);
AstStmt *p_match_stmt(Parser *p);

/* ---- strings (parser_string.c) ---- */
/* Parse the expression text [expr_start, expr_end) of an f-string
 * replacement field with a sub-parser, as "(expr)" with its '(' placed at
 * (lineno, col) of the file (parser.c). */
AstExpr *fstring_compile_expr(Parser *p, const char *expr_start, const char *expr_end,
                              int lineno, int col);

#endif /* SPRY_COMPILER_PARSER_INTERNAL_H */
