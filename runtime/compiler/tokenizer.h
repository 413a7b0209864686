/* tokenizer.h — Python 3.11 tokenizer (source bytes -> tokens).
 *
 * Produces tokens one at a time (tok_next), so that, as in CPython, a parse
 * error early in a file is reported before a tokenizer error later on.
 * The source handed to tok_init must already be UTF-8 with '\n' newlines
 * (tok_prepare_source does that: BOM, coding cookie, \r\n / \r
 * translation, and for file input a final newline). Without a final
 * newline (eval/single input, as CPython) the last NEWLINE is implicit and,
 * like INDENT/DEDENT, has col_offset -1.
 *
 * Token text is not copied: Token.start/.end point into the source buffer.
 * f-strings are single STRING tokens (as in 3.11); the parser splits them.
 * Keywords are NAME tokens with Token.kw set (soft keywords match/case/_
 * are plain NAMEs). Comments, blank lines and newlines inside brackets
 * produce no tokens.
 *
 * Positions: lineno 1-based; col_offset/end_col_offset 0-based byte offsets
 * from the start of the token's first/last line (CPython semantics). INDENT
 * and DEDENT have col_offset == end_col_offset == -1 as in CPython.
 */
#ifndef SPRY_INTERNAL
#error "internal header"
#endif
#ifndef SPRY_COMPILER_TOKENIZER_H
#define SPRY_COMPILER_TOKENIZER_H

#include <stddef.h>
#include "compiler/ast.h"

/* A warning about the source (invalid escapes, a keyword glued to a number), of the
 * Python category given. Returns 0 to go on, or -1 (no exception) when a warnings filter
 * turned it into an error: the caller then fails with a SyntaxError carrying `msg`. */
typedef enum { TOK_WARN_DEPRECATION, TOK_WARN_SYNTAX } TokWarnCategory;
typedef int (*TokWarnFn)(void *ctx, TokWarnCategory category, const char *msg, int lineno);

#define TOK_MAXINDENT 100   /* "too many levels of indentation" */
#define TOK_MAXLEVEL 200    /* "too many nested parentheses" */

/* X-macro: token name, spelling (operators) */
#define TOK_OPERATORS(X) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":") \
    X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") \
    X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") X(LBRACE, "{") X(RBRACE, "}") \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") \
    X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") \
    X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=") \
    X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=") \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//") \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->") \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=") X(EXCLAMATION, "!") \
    X(UNKNOWN_OP, "")  /* $ ? ` : an OP no rule accepts (CPython: generic error) */

typedef enum TokType {
    TOK_ENDMARKER = 0,
    TOK_NAME,
    TOK_NUMBER,
    TOK_STRING,
    TOK_NEWLINE,
    TOK_INDENT,
    TOK_DEDENT,
#define TOK_X(name, s) TOK_##name,
    TOK_OPERATORS(TOK_X)
#undef TOK_X
    /* only with Tokenizer.type_comments: "# type: <text>" comments, the token's text
     * being <text>; "# type: ignore<tag>" ones are TYPE_IGNOREs with the tag as text */
    TOK_TYPE_COMMENT,
    TOK_TYPE_IGNORE,
    TOK_ERRORTOKEN,
    TOK__COUNT
} TokType;

/* Keywords (Token.kw for NAME tokens; 0 = not a keyword). */
#define TOK_KEYWORDS(X) \
    X(False) X(None) X(True) X(and) X(as) X(assert) X(async) X(await) \
    X(break) X(class) X(continue) X(def) X(del) X(elif) X(else) X(except) \
    X(finally) X(for) X(from) X(global) X(if) X(import) X(in) X(is) \
    X(lambda) X(nonlocal) X(not) X(or) X(pass) X(raise) X(return) X(try) \
    X(while) X(with) X(yield)

typedef enum TokKeyword {
    KW_NONE_ = 0,
#define TOK_X(k) KW_##k,
    TOK_KEYWORDS(TOK_X)
#undef TOK_X
    KW__COUNT
} TokKeyword;

typedef struct Token {
    TokType type;
    int kw;                     /* TokKeyword for NAME, else 0 */
    const char *start, *end;    /* text in the source buffer */
    const char *line_start;     /* start of the token's first line */
    int lineno, col_offset, end_lineno, end_col_offset;
    int implicit;               /* NEWLINE made up at EOF (no source text) */
} Token;

/* Error kinds reported by the tokenizer (match parser.h SYNERR_*). */
enum { TOK_ERR_SYNTAX = 1, TOK_ERR_INDENT = 2, TOK_ERR_TAB = 3 };

typedef struct Tokenizer {
    const char *buf, *end;      /* whole source, '\n' newlines, NUL at *end */
    const char *cur;            /* next character to read */
    const char *line_start;     /* start of the current line */
    const char *chunk_start;    /* CPython's tok->buf: start of the line where
                                   the last multi-line string began, or of the
                                   current line (used by one error offset) */
    const char *prev_chunk_start;  /* chunk_start before the last newline */
    int in_string;              /* scanning the body of a string literal */
    int lineno;
    int atbol;                  /* at the beginning of a logical line */
    int pendin;                 /* > 0: INDENTs to emit, < 0: DEDENTs */
    int indent;                 /* top of the indentation stacks */
    int indstack[TOK_MAXINDENT + 1];
    int altindstack[TOK_MAXINDENT + 1];  /* tabs counted as one column */
    int level;                  /* bracket nesting */
    char parenstack[TOK_MAXLEVEL];
    int parenlineno[TOK_MAXLEVEL];
    int parencol[TOK_MAXLEVEL];          /* byte column of the bracket */
    const char *parenline[TOK_MAXLEVEL]; /* line start of the bracket */
    int cont_line;              /* current line continues a previous one */
    int last_was_newline;       /* last token emitted was NEWLINE (or none yet) */
    int done;                   /* ENDMARKER or error returned */
    int eof_in_continuation;    /* error was EOF right after a backslash */
    int eof_in_string;          /* error was EOF inside a triple-quoted string */
    int err_deferred;           /* error is a status code in CPython (see tokenizer.c) */
    /* error (valid when tok_next returned TOK_ERRORTOKEN) */
    int err_kind;               /* TOK_ERR_* */
    char err_msg[256];
    int err_lineno, err_col;    /* err_col: 0-based byte column; -1 if unknown */
    int err_end_lineno, err_end_col;
    const char *err_line;       /* start of the error's line */
    TokWarnFn warn;             /* NULL: no warnings */
    void *warn_ctx;
    int type_comments;          /* make TYPE_COMMENT/TYPE_IGNORE tokens (ast type_comments) */
} Tokenizer;

/* Normalize raw source: skip a UTF-8 BOM, decode a latin-1/cp1252 coding
 * cookie to UTF-8, translate \r\n and \r to \n, append a final \n if
 * missing and `add_newline` (file input), NUL-terminate. `decode` = 0 when
 * the text is already decoded (str input: cookies are then ignored).
 * Returns the new buffer (arena) and its length, or NULL with an error
 * message in msg (e.g. "unknown encoding: cp999"). */
char *tok_prepare_source(Arena *a, const char *src, size_t len, int decode, int add_newline,
                         size_t *out_len, char *msg, size_t msgsize);

void tok_init(Tokenizer *t, const char *buf, size_t len);

/* Fill *out with the next token and return its type. On an error returns
 * TOK_ERRORTOKEN with err_* set; every later call returns TOK_ERRORTOKEN. */
TokType tok_next(Tokenizer *t, Token *out);

/* Name of a token type, e.g. "NAME", "LPAR"; spelling of an operator. */
const char *tok_type_name(TokType type);
const char *tok_op_spelling(TokType type);
const char *tok_keyword_spelling(int kw);

/* UTF-8 helpers shared with the parser. tok_utf8_decode reads one code
 * point at s (at most n bytes), stores its byte length in *clen, and returns
 * it, or -1 for an invalid sequence (surrogates are accepted).
 * tok_utf8_encode writes cp (<= 0x10FFFF, surrogates allowed) and returns
 * the number of bytes (1..4). */
int tok_utf8_decode(const char *s, size_t n, int *clen);
int tok_utf8_encode(unsigned cp, char *out);
/* Number of code points in the n bytes at s (each invalid byte counts 1). */
int tok_utf8_count(const char *s, size_t n);
/* Can cp start / continue an identifier? (XID_Start / XID_Continue of
 * Unicode 14.0, as CPython 3.11; identifiers are not NFKC-normalized yet:
 * TODO(#parser-nfkc).) */
int tok_is_id_start(unsigned cp);
int tok_is_id_continue(unsigned cp);
/* Is cp printable in the sense of str.isprintable()? */
int tok_is_printable(unsigned cp);

#endif /* SPRY_COMPILER_TOKENIZER_H */
