/* parser.h — Python 3.11 source text -> AST (ast.h).
 *
 * The parser is a hand-written recursive-descent parser with backtracking
 * (PEG-style, over a lazily filled token array from tokenizer.h). It covers
 * the full 3.11 grammar and reports CPython 3.11's error messages and
 * positions for the common errors. It uses no global state and no runtime
 * objects: all memory comes from the Arena passed in.
 *
 * Like CPython it parses in two passes: a fast one, and on failure a second
 * one with the extra checks that produce the specific messages ("expected
 * ':'", "Perhaps you forgot a comma?", ...); a generic "invalid syntax"
 * points at the furthest token the first pass read. Nesting is bounded
 * (PARSER_MAX_DEPTH rule levels, 200 brackets, 100 indentation levels), so
 * deep input gives an error, never a C stack overflow. Not supported yet:
 * source encodings other than UTF-8/latin-1/cp1252, NFKC normalization of
 * identifiers beyond common compatibility characters, \N{...} names outside
 * a small built-in table (see ParseOptions.unicode_name_lookup).
 *
 * Usage:
 *     Arena *a = arena_new();
 *     SyntaxErrorInfo err;
 *     AstMod *m = parse_source(a, src, len, "<string>", PARSE_FILE, &err);
 *     if (!m) report(err.kind, err.msg, err.lineno, err.offset, err.text);
 *     ... use m ...
 *     arena_free(a);        // frees the tree and err.text
 */
#ifndef SPRY_INTERNAL
#error "internal header"
#endif
#ifndef SPRY_COMPILER_PARSER_H
#define SPRY_COMPILER_PARSER_H

#include "compiler/ast.h"
#include "compiler/tokenizer.h"

/* parse modes, as compile()'s 'exec' / 'eval' / 'single' */
enum {
    PARSE_FILE = 0,     /* -> AST_Module      */
    PARSE_EVAL = 1,     /* -> AST_Expression  */
    PARSE_SINGLE = 2,   /* -> AST_Interactive (one REPL statement) */
};

/* SyntaxErrorInfo.kind: which exception class to raise */
enum {
    SYNERR_SYNTAX = 1,        /* SyntaxError      */
    SYNERR_INDENTATION = 2,   /* IndentationError */
    SYNERR_TAB = 3,           /* TabError         */
    SYNERR_MEMORY = 4,        /* MemoryError (e.g. nesting too deep for the parser) */
};

typedef struct SyntaxErrorInfo {
    int kind;                 /* SYNERR_* */
    char msg[256];            /* CPython's exact message text */
    /* As SyntaxError.lineno/.offset/.end_lineno/.end_offset of CPython 3.11
     * for str input: lines 1-based, offsets 1-based in *characters* (code
     * points); CPython's quirks are kept (end_offset -1 or 0 for some
     * tokenizer errors, offsets past the line end). 0 where CPython has
     * None. */
    int lineno, offset;
    int end_lineno, end_offset;
    char *text;               /* the offending source line (arena-allocated,
                                 with its newline), or NULL */
    /* Set when the error is only due to the input ending early: EOF inside an
     * open bracket, a triple-quoted string, after a backslash continuation,
     * or in an indented block that still expects lines. A REPL shows a
     * continuation prompt instead of the error when this is set. */
    int incomplete;
    /* Set when the error is about the source as a whole (its coding cookie): CPython
     * reports it at line 0, offset -1. */
    int whole_source;
} SyntaxErrorInfo;

/* Optional settings for parse_source_ex. Zero-initialize. */
typedef struct ParseOptions {
    /* Source text is already decoded (a str, as in compile(str)): a coding
     * cookie is then ignored. */
    int str_input;
    /* Resolve a \N{name} escape (`name` is n bytes, not NUL-terminated, in
     * any case): return 1 and set *cp, or 0 if unknown. NULL: only the
     * parser's built-in table of common names is available. */
    int (*unicode_name_lookup)(void *ctx, const char *name, size_t n, unsigned *cp);
    void *lookup_ctx;
    /* Report a warning about the source at `lineno`: a DeprecationWarning for an
     * invalid escape sequence, a SyntaxWarning for a number glued to a keyword.
     * See TokWarnFn. NULL: no warnings. */
    TokWarnFn warn;
    void *warn_ctx;
    /* The main script, read from its file: an unknown coding cookie is then an
     * "encoding problem: X", as CPython's file tokenizer words it. */
    int script_file;
    /* Collect type comments (ast.parse(type_comments=True)): "# type:" comments fill
     * the type_comment fields where the grammar allows them (anywhere else they are a
     * syntax error), "# type: ignore" ones the Module's type_ignores. */
    int type_comments;
} ParseOptions;

/* Parse `len` bytes of source (UTF-8; a BOM is skipped; a coding cookie
 * naming utf-8, latin-1/iso-8859-1 or cp1252 is honoured, other encodings
 * are a SyntaxError "unknown encoding: X"; NUL bytes are a SyntaxError as in
 * CPython 3.11). PARSE_FILE input gets an implicit final newline, as
 * compile(..., 'exec'). `src` need not be NUL-terminated. `filename` is used
 * only for messages and may be NULL. Returns the tree, or NULL with *err
 * filled in. `err` must not be NULL. parse_source() is parse_source_ex()
 * with default options (bytes input). */
AstMod *parse_source(Arena *a, const char *src, size_t len, const char *filename,
                     int mode, SyntaxErrorInfo *err);
AstMod *parse_source_ex(Arena *a, const char *src, size_t len, const char *filename,
                        int mode, const ParseOptions *opts, SyntaxErrorInfo *err);

/* The exception class name for an error kind: "SyntaxError", ... */
const char *parse_error_kind_name(int kind);

#endif /* SPRY_COMPILER_PARSER_H */
