/* parser.c — parser driver: token buffer, error reporting, node helpers,
 * assignment-target checks and the parse_source() entry point.
 * The grammar rules live in parser_stmt.c, parser_expr.c, parser_string.c. */
#include "compiler/parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tokens ----------------------------------------------------------------- */

static void tokenizer_error(Parser *p);
static void raise_unclosed_paren(Parser *p);

/* A "# type: ignore<tag>" comment: kept for the Module's type_ignores, unseen by the
 * grammar. */
static void record_type_ignore(Parser *p, const Token *tk)
{
    AstTypeIgnore *ti = arena_alloc(p->arena, sizeof *ti);
    ti->lineno = tk->lineno + p->line_offset;
    ti->tag = arena_strndup(p->arena, tk->start, (size_t)(tk->end - tk->start));
    PUSH(p, p->type_ignores, p->type_ignores_cap, ti);
}

/* Fetch the next token from the tokenizer into slot p->ntoks. */
static PToken *fetch(Parser *p)
{
    int i = p->ntoks;
    if (i / TOKBLOCK >= p->nblocks) {
        int nb = p->nblocks ? p->nblocks * 2 : 16;
        PToken **blocks = realloc(p->blocks, (size_t)nb * sizeof *blocks);
        if (!blocks) arena_fail(p->arena);
        for (int b = p->nblocks; b < nb; b++) blocks[b] = NULL;
        p->blocks = blocks;
        p->nblocks = nb;
    }
    if (!p->blocks[i / TOKBLOCK])
        p->blocks[i / TOKBLOCK] = arena_alloc(p->arena, TOKBLOCK * sizeof(PToken));
    PToken *pt = &p->blocks[i / TOKBLOCK][i % TOKBLOCK];
    Tokenizer *t = p->tok;
    while (tok_next(t, &pt->t) == TOK_TYPE_IGNORE) record_type_ignore(p, &pt->t);
    pt->cur_lineno = t->lineno;
    pt->cur_line = t->line_start;
    pt->cur_col = (int)(t->cur - t->line_start);
    pt->level = t->level;
    if (t->end == t->buf && pt->t.type == TOK_ENDMARKER) {
        /* empty input: CPython has not read a line yet (line 0) */
        pt->t.lineno = pt->t.end_lineno = pt->cur_lineno = 0;
        pt->t.col_offset = pt->t.end_col_offset = -1;
        pt->cur_col = 0;
    } else if ((pt->t.type == TOK_ENDMARKER || pt->t.type == TOK_DEDENT || pt->t.implicit) &&
               t->cur >= t->end && t->end > t->buf && t->end[-1] == '\n') {
        /* at EOF CPython is still on the last line, after its newline */
        const char *ls = t->end - 1;
        while (ls > t->buf && ls[-1] != '\n') ls--;
        pt->cur_line = ls;
        pt->cur_lineno = t->lineno - 1;
        pt->cur_col = (int)(t->end - ls);
        if (pt->t.type == TOK_ENDMARKER) {
            pt->t.lineno = pt->t.end_lineno = pt->cur_lineno;
            pt->t.col_offset = pt->t.end_col_offset = -1;
            pt->t.line_start = ls;
        }
    }
    if (pt->t.type == TOK_ENDMARKER) pt->t.col_offset = pt->t.end_col_offset = -1;
    if (p->line_offset || p->col_offset) {
        if (pt->t.lineno == 1 && pt->t.col_offset >= 0) pt->t.col_offset += p->col_offset;
        if (pt->t.end_lineno == 1 && pt->t.end_col_offset >= 0) pt->t.end_col_offset += p->col_offset;
        pt->t.lineno += p->line_offset;
        pt->t.end_lineno += p->line_offset;
    }
    p->ntoks++;
    if (!p->error) {
        if (pt->t.type == TOK_ERRORTOKEN) tokenizer_error(p);
        else if (pt->t.type == TOK_ENDMARKER && t->level > 0) {
            pt->t.type = TOK_ERRORTOKEN;
            raise_unclosed_paren(p);
        }
    } else if (pt->t.type == TOK_ENDMARKER && t->level > 0) {
        pt->t.type = TOK_ERRORTOKEN;
    }
    return pt;
}

PToken *ptok(Parser *p, int i)
{
    while (i >= p->ntoks) {
        if (p->ntoks > 0) {
            PToken *last = &p->blocks[(p->ntoks - 1) / TOKBLOCK][(p->ntoks - 1) % TOKBLOCK];
            if (last->t.type == TOK_ENDMARKER || last->t.type == TOK_ERRORTOKEN) return last;
        }
        fetch(p);
    }
    return &p->blocks[i / TOKBLOCK][i % TOKBLOCK];
}

int ptok_is(Parser *p, int i, TokType type) { return ptok(p, i)->t.type == type; }
int at(Parser *p, TokType type) { return cur(p)->t.type == type; }

int at_kw(Parser *p, int kw)
{
    PToken *t = cur(p);
    return t->t.type == TOK_NAME && t->t.kw == kw;
}

int at_soft(Parser *p, const char *name)
{
    PToken *t = cur(p);
    size_t n = strlen(name);
    return t->t.type == TOK_NAME && (size_t)(t->t.end - t->t.start) == n &&
           memcmp(t->t.start, name, n) == 0;
}

int accept(Parser *p, TokType type)
{
    if (at(p, type)) {
        p->pos++;
        return 1;
    }
    return 0;
}

int accept_kw(Parser *p, int kw)
{
    if (at_kw(p, kw)) {
        p->pos++;
        return 1;
    }
    return 0;
}

PToken *last_tok(Parser *p)
{
    return ptok(p, p->pos > 0 ? p->pos - 1 : 0);
}

/* &&'x': the token must be there, else SyntaxError "expected 'x'" at the
 * token found (start and end at its start, as CPython 3.11). */
int expect_forced(Parser *p, TokType type, const char *spelling)
{
    if (accept(p, type)) return 1;
    if (ERR(p)) return 0;
    PToken *t = cur(p);
    if (t->t.col_offset < 0) {
        raise_last(p, SYNERR_SYNTAX, "expected '%s'", spelling);
        return 0;
    }
    raise_at(p, SYNERR_SYNTAX, t->t.lineno, t->t.col_offset, t->t.end_lineno, t->t.end_col_offset,
             "expected '%s'", spelling);
    return 0;
}

int depth_enter(Parser *p)
{
    if (++p->depth > PARSER_MAX_DEPTH) {
        if (!p->error) {
            p->error = 1;
            p->err->kind = SYNERR_MEMORY;
            snprintf(p->err->msg, sizeof p->err->msg, "%s",
                     "Parser stack overflowed - Python source too complex to parse");
            p->err->lineno = p->err->offset = p->err->end_lineno = p->err->end_offset = 0;
            p->err->text = NULL;
        }
        p->depth--;
        return 1;
    }
    return 0;
}

/* ---- memo ---------------------------------------------------------------------- */

static unsigned memo_hash(int rule, int pos) { return (unsigned)pos * 2654435761u + (unsigned)rule * 40503u; }

int memo_get(Parser *p, int rule, AstExpr **res)
{
    if (!p->memo_on || !p->memo) return 0;
    unsigned mask = (unsigned)p->memo_cap - 1;
    for (unsigned h = memo_hash(rule, p->pos) & mask;; h = (h + 1) & mask) {
        MemoEntry *e = &p->memo[h];
        if (e->rule == 0) return 0;
        if (e->rule == rule && e->pos == p->pos) {
            *res = e->res;
            if (e->res) p->pos = e->end;
            return 1;
        }
    }
}

void memo_put(Parser *p, int rule, int pos, AstExpr *res)
{
    /* A failure found with the invalid_* checks switched off (inside
     * expression_without_invalid) is not kept, so that a later parse of the
     * same text with the checks on still runs them; successes are kept.
     * This reproduces which specific errors CPython 3.11 reports. */
    if (!p->memo_on || (!res && !p->invalid_pass)) return;
    if ((p->memo_n + 1) * 2 > p->memo_cap) {
        int nc = p->memo_cap ? p->memo_cap * 2 : 1024;
        MemoEntry *nm = calloc((size_t)nc, sizeof *nm);
        if (!nm) arena_fail(p->arena);
        for (int i = 0; i < p->memo_cap; i++) {
            MemoEntry *e = &p->memo[i];
            if (!e->rule) continue;
            unsigned mask = (unsigned)nc - 1;
            unsigned h = memo_hash(e->rule, e->pos) & mask;
            while (nm[h].rule) h = (h + 1) & mask;
            nm[h] = *e;
        }
        free(p->memo);
        p->memo = nm;
        p->memo_cap = nc;
    }
    unsigned mask = (unsigned)p->memo_cap - 1;
    unsigned h = memo_hash(rule, pos) & mask;
    while (p->memo[h].rule) {
        if (p->memo[h].rule == rule && p->memo[h].pos == pos) break;
        h = (h + 1) & mask;
    }
    if (!p->memo[h].rule) p->memo_n++;
    p->memo[h].rule = rule;
    p->memo[h].pos = pos;
    p->memo[h].res = res;
    p->memo[h].end = p->pos;
}

/* ---- errors ------------------------------------------------------------------ */

/* Start of line `lineno` (1-based, in this parser's own buffer). */
static const char *find_line(Parser *p, int lineno)
{
    const char *s = p->tok->buf, *e = p->tok->end;
    for (int l = 1; l < lineno && s < e; l++) {
        const char *nl = memchr(s, '\n', (size_t)(e - s));
        if (!nl) break;
        s = nl + 1;
    }
    return s;
}

static int line_len(Parser *p, const char *ls)
{
    const char *e = p->tok->end;
    const char *nl = memchr(ls, '\n', (size_t)(e - ls));
    return nl ? (int)(nl - ls) + 1 : (int)(e - ls);
}

/* CPython byte offset (1-based) -> character offset on the given line.
 * Tokenizer errors: the characters before the offset, plus one. */
static int to_chars(Parser *p, const char *ls, int off)
{
    if (off <= 0 || !ls) return off;
    int len = line_len(p, ls);
    int b = off - 1;
    if (b > len) return off - len + tok_utf8_count(ls, (size_t)len);
    return tok_utf8_count(ls, (size_t)b) + 1;
}

/* Parser errors, as CPython's _PyPegen_byte_offset_to_character_offset:
 * both offsets are measured on the error's *first* line (without its
 * newline), decoding min(off, len + 1) bytes (the extra one is the NUL). */
static int to_chars_parser(Parser *p, const char *ls, int off)
{
    if (off <= 0 || !ls) return off;
    int len = line_len(p, ls);
    if (len > 0 && ls[len - 1] == '\n') len--;
    int b = off > len + 1 ? len + 1 : off;
    if (b > len) return tok_utf8_count(ls, (size_t)len) + (b - len);
    return tok_utf8_count(ls, (size_t)b);
}

/* Record an error. lineno is in this parser's own buffer numbering (for a
 * sub-parser, before the line offset is added); off/end_off are CPython's
 * byte offsets (1-based; values <= 0 are reported as they are). */
static void set_error_raw(Parser *p, int kind, int lineno, int off, int end_lineno, int end_off,
                          const char *msg)
{
    if (p->error) return;
    p->error = 1;
    SyntaxErrorInfo *err = p->err;
    memset(err, 0, sizeof *err);
    err->kind = kind;
    const char *prefix = p->parent && !p->raw_msg ? "f-string: " : "";
    if (p->parent && strncmp(msg, "f-string", 8) == 0) prefix = "";
    snprintf(err->msg, sizeof err->msg, "%s%s", prefix, msg);
    const char *ls = lineno > 0 ? find_line(p, lineno) : NULL;
    const char *els = end_lineno > 0 ? (end_lineno == lineno ? ls : find_line(p, end_lineno)) : NULL;
    err->lineno = lineno + p->line_offset;
    err->end_lineno = end_lineno > 0 ? end_lineno + p->line_offset : end_lineno;
    if (p->raw_msg) {
        err->offset = to_chars(p, ls, off);
        err->end_offset = to_chars(p, els, end_off);
    } else {
        err->offset = to_chars_parser(p, ls, off);
        err->end_offset = to_chars_parser(p, ls, end_off);
    }
    if (ls && ls < p->tok->end) {
        err->text = arena_strndup(p->arena, ls, (size_t)line_len(p, ls));
    } else if (ls) {
        err->text = NULL;
    }
}

/* Undo the sub-parser column shift (errors in f-string expressions are
 * reported relative to the "(expr)" text, as in CPython 3.11). */
static int own_line(Parser *p, int lineno) { return lineno - p->line_offset; }
static int own_col(Parser *p, int lineno, int col)
{
    return (p->col_offset && lineno - p->line_offset == 1 && col >= 0) ? col - p->col_offset : col;
}

static void *vraise_at(Parser *p, int kind, int lineno, int col, int end_lineno, int end_col,
                       const char *fmt, va_list ap)
{
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    int l1 = own_line(p, lineno), l2 = own_line(p, end_lineno);
    int c1 = own_col(p, lineno, col), c2 = own_col(p, end_lineno, end_col);
    set_error_raw(p, kind, l1, c1 + 1, l2, c2 + 1, msg);
    return NULL;
}

void *raise_at(Parser *p, int kind, int lineno, int col, int end_lineno, int end_col,
               const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vraise_at(p, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *raise_range(Parser *p, int l1, int c1, int l2, int c2, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vraise_at(p, SYNERR_SYNTAX, l1, c1, l2, c2, fmt, ap);
    va_end(ap);
    return NULL;
}

void *raise_expr(Parser *p, const AstExpr *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vraise_at(p, SYNERR_SYNTAX, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

void *raise_tok(Parser *p, const PToken *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vraise_at(p, SYNERR_SYNTAX, t->t.lineno, t->t.col_offset, t->t.end_lineno, t->t.end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

static void *vraise_last(Parser *p, int kind, const char *fmt, va_list ap)
{
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    PToken *t = ptok(p, p->ntoks > 0 ? p->ntoks - 1 : 0);
    if (t->t.col_offset < 0) {
        /* INDENT/DEDENT/ENDMARKER: CPython uses the tokenizer's read position */
        int l = own_line(p, t->t.lineno);
        if (t->cur_lineno > 0 && t->t.type != TOK_ENDMARKER) l = t->cur_lineno;
        else if (t->t.type == TOK_ENDMARKER) l = t->cur_lineno;
        set_error_raw(p, kind, l, t->cur_col, l, -1, msg);
    } else {
        int l1 = own_line(p, t->t.lineno), l2 = own_line(p, t->t.end_lineno);
        set_error_raw(p, kind, l1, own_col(p, t->t.lineno, t->t.col_offset) + 1, l2,
                      own_col(p, t->t.end_lineno, t->t.end_col_offset) + 1, msg);
    }
    return NULL;
}

void *raise_last(Parser *p, int kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vraise_last(p, kind, fmt, ap);
    va_end(ap);
    return NULL;
}

void *raise_from_tok(Parser *p, const PToken *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    /* CURRENT_POS: the tokenizer's read position (end of the last token) */
    PToken *l = ptok(p, p->ntoks > 0 ? p->ntoks - 1 : 0);
    int end_col = l->t.col_offset >= 0 ? l->t.end_col_offset - 1 : -2;
    vraise_at(p, SYNERR_SYNTAX, t->t.lineno, t->t.col_offset, l->t.end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

static void tokenizer_error(Parser *p)
{
    Tokenizer *t = p->tok;
    int kind = t->err_kind == TOK_ERR_TAB ? SYNERR_TAB
             : t->err_kind == TOK_ERR_INDENT ? SYNERR_INDENTATION : SYNERR_SYNTAX;
    p->raw_msg = 1;
    set_error_raw(p, kind, t->err_lineno, t->err_col, t->err_end_lineno, t->err_end_col, t->err_msg);
    p->raw_msg = 0;
    /* the errors CPython's tokenizer raises itself show their line without its newline */
    char *text = p->err->text;
    size_t n = text && !t->err_deferred && kind == SYNERR_SYNTAX ? strlen(text) : 0;
    if (n && text[n - 1] == '\n') text[n - 1] = 0;
    if (t->eof_in_string || t->eof_in_continuation) p->err->incomplete = 1;
}

static void raise_unclosed_paren(Parser *p)
{
    p->raw_msg = 1;
    Tokenizer *t = p->tok;
    int l = t->parenlineno[t->level - 1];
    int c = t->parencol[t->level - 1];
    char msg[64];
    snprintf(msg, sizeof msg, "'%c' was never closed", t->parenstack[t->level - 1]);
    set_error_raw(p, SYNERR_SYNTAX, l, c + 1, l, 0, msg);
    p->raw_msg = 0;
    p->err->incomplete = 1;
}

const char *parse_error_kind_name(int kind)
{
    switch (kind) {
    case SYNERR_INDENTATION: return "IndentationError";
    case SYNERR_TAB: return "TabError";
    case SYNERR_MEMORY: return "MemoryError";
    default: return "SyntaxError";
    }
}

/* ---- nodes --------------------------------------------------------------------- */

void *pmalloc(Parser *p, size_t n) { return arena_alloc(p->arena, n); }

AstExpr *new_expr(Parser *p, AstExprKind k, const PToken *start)
{
    AstExpr *e = arena_alloc(p->arena, sizeof *e);
    e->kind = k;
    if (start) {
        e->lineno = start->t.lineno;
        e->col_offset = start->t.col_offset;
    }
    return e;
}

AstStmt *new_stmt(Parser *p, AstStmtKind k, const PToken *start)
{
    AstStmt *s = arena_alloc(p->arena, sizeof *s);
    s->kind = k;
    if (start) {
        s->lineno = start->t.lineno;
        s->col_offset = start->t.col_offset;
    }
    return s;
}

AstPattern *new_pattern(Parser *p, AstPatternKind k, const PToken *start)
{
    AstPattern *n = arena_alloc(p->arena, sizeof *n);
    n->kind = k;
    if (start) {
        n->lineno = start->t.lineno;
        n->col_offset = start->t.col_offset;
    }
    return n;
}

/* NFKC for the compatibility characters most likely in identifiers.
 * TODO(#parser-nfkc): full NFKC normalization (compatibility decompositions
 * and canonical composition) needs the Unicode tables. */
static unsigned nfkc_simple(unsigned cp, const char **multi)
{
    *multi = NULL;
    if (cp >= 0xFF10 && cp <= 0xFF19) return cp - 0xFF10 + '0';
    if (cp >= 0xFF21 && cp <= 0xFF3A) return cp - 0xFF21 + 'A';
    if (cp >= 0xFF41 && cp <= 0xFF5A) return cp - 0xFF41 + 'a';
    switch (cp) {
    case 0xFF3F: return '_';
    case 0xAA: return 'a';
    case 0xBA: return 'o';
    case 0xB5: return 0x3BC;
    case 0x17F: return 's';
    case 0x2071: return 'i';
    case 0x207F: return 'n';
    case 0xFB00: *multi = "ff"; return 0;
    case 0xFB01: *multi = "fi"; return 0;
    case 0xFB02: *multi = "fl"; return 0;
    case 0xFB03: *multi = "ffi"; return 0;
    case 0xFB04: *multi = "ffl"; return 0;
    case 0xFB05: case 0xFB06: *multi = "st"; return 0;
    default: return cp;
    }
}

const char *tok_ident(Parser *p, const PToken *t)
{
    const char *s = t->t.start;
    size_t n = (size_t)(t->t.end - t->t.start);
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) ascii = 0;
    if (ascii) return arena_strndup(p->arena, s, n);
    char *out = arena_alloc(p->arena, n * 3 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int clen;
        int cp = tok_utf8_decode(s + i, n - i, &clen);
        if (cp < 0) {
            out[o++] = s[i++];
            continue;
        }
        const char *multi;
        unsigned m = nfkc_simple((unsigned)cp, &multi);
        if (multi) {
            memcpy(out + o, multi, strlen(multi));
            o += strlen(multi);
        } else {
            o += (size_t)tok_utf8_encode(m, out + o);
        }
        i += (size_t)clen;
    }
    out[o] = 0;
    return out;
}

AstExpr *name_expr(Parser *p, const PToken *t, AstExprContext ctx)
{
    AstExpr *e = new_expr(p, AST_Name, t);
    e->v.Name.id = tok_ident(p, t);
    e->v.Name.ctx = ctx;
    e->end_lineno = t->t.end_lineno;
    e->end_col_offset = t->t.end_col_offset;
    return e;
}

void *seq_grow(Parser *p, void *items, int n, int *cap, size_t elsize)
{
    int nc = *cap ? *cap * 2 : 4;
    void *ni = arena_alloc(p->arena, (size_t)nc * elsize);
    if (n) memcpy(ni, items, (size_t)n * elsize);
    *cap = nc;
    return ni;
}

/* ---- targets --------------------------------------------------------------------- */

const char *expr_name_for_error(const AstExpr *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

int set_context(AstExpr *e, AstExprContext ctx)
{
    switch (e->kind) {
    case AST_Name: e->v.Name.ctx = ctx; return 1;
    case AST_Attribute: e->v.Attribute.ctx = ctx; return 1;
    case AST_Subscript: e->v.Subscript.ctx = ctx; return 1;
    case AST_Starred:
        if (ctx == AST_Del) return 0;
        e->v.Starred.ctx = ctx;
        return set_context(e->v.Starred.value, ctx);
    case AST_Tuple:
    case AST_List: {
        AstExprSeq *elts = e->kind == AST_Tuple ? &e->v.Tuple.elts : &e->v.List.elts;
        for (int i = 0; i < elts->n; i++)
            if (!set_context(elts->items[i], ctx)) return 0;
        if (e->kind == AST_Tuple) e->v.Tuple.ctx = ctx;
        else e->v.List.ctx = ctx;
        return 1;
    }
    default:
        return 0;
    }
}

const AstExpr *invalid_target(const AstExpr *e, int type)
{
    if (!e) return NULL;
    switch (e->kind) {
    case AST_List:
    case AST_Tuple: {
        const AstExprSeq *elts = e->kind == AST_Tuple ? &e->v.Tuple.elts : &e->v.List.elts;
        for (int i = 0; i < elts->n; i++) {
            const AstExpr *c = invalid_target(elts->items[i], type);
            if (c) return c;
        }
        return NULL;
    }
    case AST_Starred:
        if (type == TARGETS_DEL) return e;
        return invalid_target(e->v.Starred.value, type);
    case AST_Compare:
        if (type == TARGETS_FOR) {
            if (e->v.Compare.ops.items[0] == AST_In) return invalid_target(e->v.Compare.left, type);
            return NULL;
        }
        return e;
    case AST_Name:
    case AST_Subscript:
    case AST_Attribute:
        return NULL;
    default:
        return e;
    }
}

void *raise_invalid_target(Parser *p, int type, const AstExpr *e)
{
    const AstExpr *inv = invalid_target(e, type);
    if (inv) {
        return raise_expr(p, inv, type == TARGETS_DEL ? "cannot delete %s" : "cannot assign to %s",
                          expr_name_for_error(inv));
    }
    return NULL;   /* no specific target: the generic error applies */
}

AstArguments *empty_arguments(Parser *p)
{
    return arena_alloc(p->arena, sizeof(AstArguments));
}

/* ---- driver ------------------------------------------------------------------------ */

static AstMod *parse_start(Parser *p)
{
    AstMod *m = arena_alloc(p->arena, sizeof *m);
    switch (p->mode) {
    case PARSE_EVAL: {
        m->kind = AST_Expression;
        AstExpr *e = p_expressions(p);
        if (!e) return NULL;
        while (accept(p, TOK_NEWLINE)) {}
        if (!at(p, TOK_ENDMARKER)) return NULL;
        m->v.Expression.body = e;
        return m;
    }
    case PARSE_SINGLE: {
        m->kind = AST_Interactive;
        if (!p_statement_newline(p, &m->v.Interactive.body)) return NULL;
        return m;
    }
    default: {
        m->kind = AST_Module;
        if (!p_statements(p, &m->v.Module.body)) {
            if (ERR(p)) return NULL;
        }
        if (!at(p, TOK_ENDMARKER)) return NULL;
        m->v.Module.type_ignores = p->type_ignores;
        return m;
    }
    }
}

/* After a parser (not tokenizer) error: tokenize the rest of the source;
 * a tokenizer error there takes precedence, as in CPython. */
static void check_rest_of_source(Parser *p)
{
    if (p->tok->done) return;
    int err_line = ptok(p, p->ntoks - 1)->t.lineno - p->line_offset;
    Tokenizer *t = p->tok;
    for (;;) {
        Token tk;
        TokType ty = tok_next(t, &tk);
        if (ty == TOK_ERRORTOKEN) {
            if (t->err_deferred) return;   /* only errors CPython raises directly */
            p->error = 0;
            tokenizer_error(p);
            return;
        }
        if (ty == TOK_ENDMARKER) {
            if (t->level > 0 && err_line > t->parenlineno[t->level - 1]) {
                p->error = 0;
                raise_unclosed_paren(p);
            }
            return;
        }
    }
}

static AstMod *run_parser(Parser *p)
{
    AstMod *m = parse_start(p);
    if (m && !p->error) return m;
    if (p->error) {
        if (!p->tok->err_kind && p->err->kind != SYNERR_MEMORY && !p->parent) check_rest_of_source(p);
        return NULL;
    }
    /* second pass with the invalid_* checks */
    int last = p->ntoks - 1;
    p->pos = 0;
    p->depth = 0;
    p->invalid_pass = 1;
    p->memo_on = 1;
    m = parse_start(p);
    if (!p->error) {
        PToken *lt = ptok(p, last);
        if (p->error) {
            /* fetching raised a tokenizer error */
        } else if (lt->t.type == TOK_INDENT || lt->t.type == TOK_DEDENT) {
            /* no look at the rest of the source for these (as CPython) */
            raise_last(p, SYNERR_INDENTATION, lt->t.type == TOK_INDENT ? "unexpected indent"
                                                                        : "unexpected unindent");
            return NULL;
        } else {
            int col = lt->t.col_offset, end = lt->t.end_col_offset;
            if (col < 0) {
                /* ENDMARKER: CPython reports col_offset + 1 = 0 */
                set_error_raw(p, SYNERR_SYNTAX, lt->t.lineno - p->line_offset, 0,
                              lt->t.lineno - p->line_offset, 0, "invalid syntax");
            } else {
                raise_at(p, SYNERR_SYNTAX, lt->t.lineno, col, lt->t.end_lineno, end, "invalid syntax");
            }
            if (lt->t.type == TOK_ENDMARKER) p->err->incomplete = 1;
        }
    }
    if (!p->tok->err_kind && p->err->kind != SYNERR_MEMORY && !p->parent) check_rest_of_source(p);
    return NULL;
}

/* Used by parser_string.c for f-string expressions: parse `src` (already
 * wrapped in parentheses) with a child parser sharing arena and error. */
AstExpr *fstring_compile_expr(Parser *p, const char *expr_start, const char *expr_end,
                              int lineno, int col)
{
    size_t n = (size_t)(expr_end - expr_start);
    char *buf = arena_alloc(p->arena, n + 4);
    buf[0] = '(';
    memcpy(buf + 1, expr_start, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\n';
    buf[n + 3] = 0;
    Tokenizer *tk = arena_alloc(p->arena, sizeof *tk);
    tok_init(tk, buf, n + 3);
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.tok = tk;
    sub.err = p->err;
    sub.mode = PARSE_EVAL;
    sub.filename = p->filename;
    sub.parent = p;
    sub.line_offset = lineno - 1;
    sub.col_offset = col;
    sub.depth = p->depth;
    sub.fstring_depth = p->fstring_depth;
    sub.opts = p->opts;
    sub.invalid_pass = 0;
    AstExpr *e = NULL;
    for (int pass = 0; pass < 2 && !e; pass++) {
        sub.pos = 0;
        sub.invalid_pass = pass;
        sub.memo_on = pass;
        e = p_fstring_expr(&sub);
        if (e && !sub.error) {
            while (accept(&sub, TOK_NEWLINE)) {}
            if (!at(&sub, TOK_ENDMARKER)) e = NULL;
        }
        if (sub.error) break;
    }
    if (!e && !sub.error) {
        /* generic error at the furthest token */
        int last = sub.ntoks - 1;
        PToken *lt = ptok(&sub, last);
        if (!sub.error) {
            if (lt->t.col_offset < 0)
                set_error_raw(&sub, SYNERR_SYNTAX, lt->cur_lineno, lt->cur_col, lt->cur_lineno, -1, "invalid syntax");
            else
                raise_at(&sub, SYNERR_SYNTAX, lt->t.lineno, lt->t.col_offset, lt->t.end_lineno,
                         lt->t.end_col_offset, "invalid syntax");
        }
    }
    free(sub.blocks);
    free(sub.memo);
    if (sub.error) {
        p->error = 1;
        return NULL;
    }
    return e;
}

/* Tokenize and parse; running out of memory anywhere inside unwinds here and
 * reports SYNERR_MEMORY (the parser holds no objects, only arena and malloc'd
 * blocks that the caller frees). */
static AstMod *parse_guarded(Parser *p, const char *src, size_t len)
{
    jmp_buf oom;
    jmp_buf *outer = arena_set_on_fail(p->arena, &oom);
    if (setjmp(oom)) {
        arena_set_on_fail(p->arena, outer);
        memset(p->err, 0, sizeof *p->err);
        p->err->kind = SYNERR_MEMORY;
        return NULL;
    }
    AstMod *m = NULL;
    size_t blen;
    char msg[128];
    char *buf = tok_prepare_source(p->arena, src, len, !p->opts->str_input, p->mode == PARSE_FILE,
                                   &blen, msg, sizeof msg);
    if (!buf) {
        static const char unknown[] = "unknown encoding: ";
        p->err->kind = SYNERR_SYNTAX;
        if (p->opts->script_file && strncmp(msg, unknown, sizeof unknown - 1) == 0)
            snprintf(p->err->msg, sizeof p->err->msg, "encoding problem: %s", msg + sizeof unknown - 1);
        else
            snprintf(p->err->msg, sizeof p->err->msg, "%s", msg);
        p->err->offset = -1;
        p->err->whole_source = 1;
    } else {
        p->tok = arena_alloc(p->arena, sizeof *p->tok);
        tok_init(p->tok, buf, blen);
        p->tok->warn = p->opts->warn;
        p->tok->warn_ctx = p->opts->warn_ctx;
        p->tok->type_comments = p->opts->type_comments;
        m = run_parser(p);
    }
    arena_set_on_fail(p->arena, outer);
    return m;
}

AstMod *parse_source_ex(Arena *a, const char *src, size_t len, const char *filename,
                        int mode, const ParseOptions *opts, SyntaxErrorInfo *err)
{
    static const ParseOptions default_opts;
    if (!opts) opts = &default_opts;
    memset(err, 0, sizeof *err);
    if (memchr(src, 0, len)) {
        /* CPython 3.11.7: SyntaxError without a location */
        err->kind = SYNERR_SYNTAX;
        snprintf(err->msg, sizeof err->msg, "source code string cannot contain null bytes");
        return NULL;
    }
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = a;
    p.err = err;
    p.mode = mode;
    p.filename = filename;
    p.opts = opts;
    AstMod *m = parse_guarded(&p, src, len);
    free(p.blocks);
    free(p.memo);
    return m;
}

AstMod *parse_source(Arena *a, const char *src, size_t len, const char *filename,
                     int mode, SyntaxErrorInfo *err)
{
    return parse_source_ex(a, src, len, filename, mode, NULL, err);
}
