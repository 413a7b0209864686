/* compile.c — source text to code object: parse, check __future__ imports, build the
 * symbol table, generate and assemble the module's code (see codegen.h). */
#include "spry.h"
#include "compiler/codegen.h"
#include "compiler/parser.h"
#include "objects/unicode_db.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- SyntaxError construction --------------------------------------------------------- */
static bool is_real_filename(Object *filename) {
    if (!filename) return false;
    const char *f = str_utf8_lossy(filename);
    return f && f[0] != '<';
}

/* The text of line `lineno` (1-based) including its newline, malloc'd; NULL if absent. */
static char *line_text(const char *src, size_t len, int lineno) {
    if (!src || lineno < 1) return NULL;
    size_t pos = 0;
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF)
        pos = 3;
    for (int l = 1; l < lineno; l++) {
        while (pos < len && src[pos] != '\n') pos++;
        if (pos >= len) return NULL;
        pos++;
    }
    if (pos > len) return NULL;
    size_t end = pos;
    while (end < len && src[end] != '\n') end++;
    if (end < len) end++;
    char *r = malloc(end - pos + 1);
    if (!r) return NULL;
    memcpy(r, src + pos, end - pos);
    r[end - pos] = 0;
    return r;
}

void compile_set_syntax_error(Thread *t, Object *filename, const char *src, size_t len,
                              const char *msg, int lineno, int col, int end_lineno,
                              int end_col) {
    char *text = is_real_filename(filename) ? line_text(src, len, lineno) : NULL;
    Ref exc = exc_syntax_error_new(t, &exc_SyntaxError, msg, filename, lineno, col + 1, text,
                                   end_lineno, end_col + 1);
    free(text);
    if (!ref_is_null(exc)) err_raise(t, exc);
}

/* An error about the source as a whole (its encoding): SyntaxError(msg, (filename, 0, -1,
 * None)) as CPython raises it, or for the main script just SyntaxError(msg). */
static void raise_whole_source_error(Thread *t, Object *filename, const char *msg, int flags) {
    Object *m = str_from_cstr(t, msg);
    if (!m) return;
    Object *info = NULL;
    if (!(flags & COMPILE_FLAG_SCRIPT))
        info = tuple_pack(t, 4, filename ? ref_from_obj(filename) : REF_NONE, ref_from_int(0),
                          ref_from_int(-1), REF_NONE);
    Ref exc = REF_NULL;
    if (flags & COMPILE_FLAG_SCRIPT) exc = exc_new(t, &exc_SyntaxError, (Ref[]){ref_from_obj(m)}, 1);
    else if (info) exc = exc_new(t, &exc_SyntaxError, (Ref[]){ref_from_obj(m), ref_from_obj(info)}, 2);
    obj_decref(m);
    if (info) obj_decref(info);
    if (!ref_is_null(exc)) err_raise(t, exc);
}

static void raise_parse_error(Thread *t, Object *filename, const SyntaxErrorInfo *e, int flags) {
    Type *type = &exc_SyntaxError;
    switch (e->kind) {
    case SYNERR_INDENTATION: type = &exc_IndentationError; break;
    case SYNERR_TAB: type = &exc_TabError; break;
    case SYNERR_MEMORY:
        err_no_memory(t);
        return;
    default: break;
    }
    const char *msg = e->msg;
    if ((flags & COMPILE_FLAG_INCOMPLETE_OK) && e->incomplete) {
        type = &exc_SyntaxError;
        msg = "incomplete input";
    }
    if (e->whole_source) {
        raise_whole_source_error(t, filename, msg, flags);
        return;
    }
    Ref exc = exc_syntax_error_new(t, type, msg, filename, e->lineno, e->offset, e->text,
                                   e->end_lineno, e->end_offset);
    if (!ref_is_null(exc)) err_raise(t, exc);
}

bool compile_error_is_incomplete(Thread *t) {
    if (!err_matches(t, &exc_SyntaxError)) return false;
    SyntaxErrorExc *e = (SyntaxErrorExc *)ref_obj(t->exc);
    return ref_is_obj(e->msg) && str_check(e->msg) && str_eq_cstr(ref_obj(e->msg), "incomplete input");
}

/* ---- __future__ ------------------------------------------------------------------------ */
static int future_check(Compiler *c, AstStmt *s) {
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
        "annotations", NULL,
    };
    for (int i = 0; i < s->v.ImportFrom.names.n; i++) {
        const char *f = s->v.ImportFrom.names.items[i]->name;
        bool ok = false;
        for (int k = 0; known[k]; k++)
            if (strcmp(f, known[k]) == 0) ok = true;
        if (strcmp(f, "annotations") == 0) c->future_annotations = true;
        if (ok) continue;
        char msg[200];
        if (strcmp(f, "braces") == 0) snprintf(msg, sizeof msg, "not a chance");
        else snprintf(msg, sizeof msg, "future feature %.100s is not defined", f);
        compile_set_syntax_error(c->t, c->filename, c->src, c->srclen, msg, s->lineno,
                                 s->col_offset, s->lineno, -1);
        return -1;
    }
    return 0;
}

static int future_parse(Compiler *c, AstMod *mod) {
    AstStmtSeq *body;
    if (mod->kind == AST_Module) body = &mod->v.Module.body;
    else if (mod->kind == AST_Interactive) body = &mod->v.Interactive.body;
    else return 0;
    int i = cg_is_docstring(body) ? 1 : 0, prev_line = 0;
    bool done = false;
    for (; i < body->n; i++) {
        AstStmt *s = body->items[i];
        if (done && s->lineno > prev_line) return 0;
        prev_line = s->lineno;
        if (s->kind == AST_ImportFrom && s->v.ImportFrom.module &&
            strcmp(s->v.ImportFrom.module, "__future__") == 0) {
            if (done) {
                compile_set_syntax_error(c->t, c->filename, c->src, c->srclen,
                                         "from __future__ imports must occur at the beginning of the file",
                                         s->lineno, s->col_offset, s->lineno, -1);
                return -1;
            }
            TRY(future_check(c, s));
            c->future_lineno = s->lineno;
        } else {
            done = true;
        }
    }
    return 0;
}

/* ---- annotations under `from __future__ import annotations` ------------------------------ */
Ref cg_annotation_text(Compiler *c, const AstExpr *ann) {
    const char *text = ast_expr_unparse(c->arena, ann);
    return ref_from_obj(str_from_utf8(c->t, text, (intptr_t)strlen(text)));
}

/* ---- the driver -------------------------------------------------------------------------------- */
static Object *compile_mod(Compiler *c, AstMod *mod) {
    if (future_parse(c, mod) < 0) return NULL;
    c->st = symtable_build(c->t, c->arena, mod, c->filename, c->src, c->srclen);
    if (!c->st) return NULL;
    if (unit_enter(c, UNIT_MODULE, "<module>", mod, 1) < 0) return NULL;
    Object *co = NULL;
    int r = 0;
    bool add_none = true;
    switch (mod->kind) {
    case AST_Module:
        r = cg_module_body(c, &mod->v.Module.body, true);
        break;
    case AST_Interactive:
        if (cg_find_ann(&mod->v.Interactive.body)) r = cg_emit(c, SETUP_ANNOTATIONS, 0);
        c->interactive = true;
        if (r == 0) r = cg_body(c, &mod->v.Interactive.body);
        break;
    case AST_Expression:
        r = cg_expr(c, mod->v.Expression.body);
        add_none = false;
        break;
    default:
        err_set(c->t, &exc_SystemError, "compile: unsupported module kind");
        r = -1;
        break;
    }
    if (r == 0) co = cg_assemble(c, add_none);
    unit_leave(c);
    return co;
}

/* compile_mod, with running out of arena memory unwinding here as MemoryError. What the
 * unfinished units hold is leaked: rare, and safer than freeing half-built state. */
static Object *compile_guarded(Compiler *c, AstMod *mod) {
    jmp_buf oom;
    int depth = c->t->depth;
    jmp_buf *outer = arena_set_on_fail(c->arena, &oom);
    if (setjmp(oom)) {
        arena_set_on_fail(c->arena, outer);
        c->t->depth = depth;
        err_no_memory(c->t);
        return NULL;
    }
    Object *co = compile_mod(c, mod);
    arena_set_on_fail(c->arena, outer);
    return co;
}

/* ---- warnings from the parser ------------------------------------------------------------- */
typedef struct ParseWarnCtx {
    Thread *t;
    Object *filename;
} ParseWarnCtx;

/* A warning from the parser; -1 (and no exception) when a filter made it an error, which
 * the parser reports as a SyntaxError. */
static int parse_warn(void *ctx, TokWarnCategory category, const char *msg, int lineno) {
    ParseWarnCtx *w = ctx;
    Type *type = category == TOK_WARN_SYNTAX ? &exc_SyntaxWarning : &exc_DeprecationWarning;
    int rc = err_warn_explicit(w->t, type, msg, w->filename, lineno);
    if (rc < 0) err_clear(w->t);
    return rc;
}

AstMod *compile_parse(Thread *t, Arena *a, const char *src, size_t len, Object *filename,
                      int mode, int flags) {
    SyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    const char *fname = filename ? str_utf8_lossy(filename) : "<string>";
    int pmode = mode == COMPILE_EVAL ? PARSE_EVAL : mode == COMPILE_SINGLE ? PARSE_SINGLE : PARSE_FILE;
    Object *warn_filename = filename;
    if (warn_filename) obj_incref(warn_filename);
    else if (!(warn_filename = str_from_cstr(t, "<string>"))) return NULL;
    ParseWarnCtx wctx = {t, warn_filename};
    ParseOptions opts = {.str_input = (flags & COMPILE_FLAG_STR_INPUT) != 0,
                         .unicode_name_lookup = unicode_name_lookup_hook, .warn = parse_warn,
                         .warn_ctx = &wctx, .script_file = (flags & COMPILE_FLAG_SCRIPT) != 0,
                         .type_comments = (flags & COMPILE_FLAG_TYPE_COMMENTS) != 0};
    AstMod *mod = parse_source_ex(a, src, len, fname, pmode, &opts, &err);
    obj_decref(warn_filename);
    if (!mod && !err_occurred(t)) raise_parse_error(t, filename, &err, flags);
    return mod;
}

Object *compile_tree(Thread *t, Arena *a, AstMod *mod, Object *filename, int mode, int flags,
                     const char *src, size_t len) {
    Compiler c = {
        .t = t, .arena = a, .filename = filename, .src = src, .srclen = len, .mode = mode,
        .future_annotations = (flags & COMPILE_FLAG_FUTURE_ANNOTATIONS) != 0,
    };
    return compile_guarded(&c, mod);
}

Object *compile_source(Thread *t, const char *src, size_t len, Object *filename, int mode,
                       int flags) {
    Arena *a = arena_new();
    if (!a) {
        err_no_memory(t);
        return NULL;
    }
    AstMod *mod = compile_parse(t, a, src, len, filename, mode, flags);
    Object *co = mod ? compile_tree(t, a, mod, filename, mode, flags, src, len) : NULL;
    arena_free(a);
    return co;
}
