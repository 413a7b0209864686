/* Source to code object. Owner: runtime/compiler (symtable.c, codegen*.c, compile.c). */
#ifndef SPRY_COMPILER_COMPILE_H
#define SPRY_COMPILER_COMPILE_H
#include "core/object.h"

enum { COMPILE_EXEC = 0, COMPILE_EVAL = 1, COMPILE_SINGLE = 2 };
/* Flag for the REPL: report incomplete input (open block/bracket/string at EOF) as
 * SyntaxError with the `incomplete` marker so the caller can ask for more lines. */
#define COMPILE_FLAG_INCOMPLETE_OK 0x1
/* The source is the UTF-8 of a str (compile(str), exec(str)): a coding cookie in it is
 * ignored, as CPython ignores it for already-decoded text. */
#define COMPILE_FLAG_STR_INPUT 0x2
/* The source is the main script read from its file (spry file.py): a bad coding cookie
 * is reported as CPython's file tokenizer does, without a position. */
#define COMPILE_FLAG_SCRIPT 0x4
/* Type comments are part of the grammar (compile()'s ast.PyCF_TYPE_COMMENTS). */
#define COMPILE_FLAG_TYPE_COMMENTS 0x8
/* `from __future__ import annotations` is in effect from the start: compile() was given
 * its flag, or inherits it from the code calling compile()/exec()/eval(). */
#define COMPILE_FLAG_FUTURE_ANNOTATIONS 0x10

/* Compiles UTF-8 source. Returns a code object (new reference) or NULL with SyntaxError
 * (IndentationError, TabError) set, fields filled as CPython fills them. */
Object *compile_source(Thread *t, const char *src, size_t len, Object *filename, int mode,
                       int flags);
/* The two halves of compile_source, for the ast module: parse into a tree allocated in
 * `a` (NULL with SyntaxError set), and compile such a tree (`src` may be NULL when the
 * tree did not come from source text). */
struct Arena;
struct AstMod;
struct AstMod *compile_parse(Thread *t, struct Arena *a, const char *src, size_t len,
                             Object *filename, int mode, int flags);
Object *compile_tree(Thread *t, struct Arena *a, struct AstMod *mod, Object *filename, int mode, int flags,
                     const char *src, size_t len);
/* True if the raised SyntaxError means "input incomplete" (REPL continuation). */
bool compile_error_is_incomplete(Thread *t);

#endif
