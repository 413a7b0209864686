/* parser_string.c — string literals: prefixes, escape decoding, implicit
 * concatenation, and f-strings (JoinedStr / FormattedValue) with the
 * Python 3.11 rules (the expression text of a replacement field cannot
 * contain a backslash or '#', nor reuse the enclosing quote). */
#include "compiler/parser_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- byte buffer ----------------------------------------------------------------- */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_put(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = arena_alloc(p->arena, cap);
        if (b->len) memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void buf_putc(Parser *p, Buf *b, char c) { buf_put(p, b, &c, 1); }

static void buf_put_cp(Parser *p, Buf *b, unsigned cp)
{
    char tmp[4];
    int n = tok_utf8_encode(cp, tmp);
    buf_put(p, b, tmp, (size_t)n);
}

/* ---- \N{...} names ------------------------------------------------------------
 * TODO(#parser-unicode-names): only a small table of common names; the full
 * Unicode name database belongs with unicodedata. */
typedef struct UName { const char *name; unsigned cp; } UName;
static const UName unicode_names[] = {
    {"NULL", 0x0}, {"CHARACTER TABULATION", 0x9}, {"LINE FEED", 0xA}, {"CARRIAGE RETURN", 0xD},
    {"ESCAPE", 0x1B}, {"SPACE", 0x20}, {"EXCLAMATION MARK", 0x21}, {"QUOTATION MARK", 0x22},
    {"NUMBER SIGN", 0x23}, {"DOLLAR SIGN", 0x24}, {"PERCENT SIGN", 0x25}, {"AMPERSAND", 0x26},
    {"APOSTROPHE", 0x27}, {"LEFT PARENTHESIS", 0x28}, {"RIGHT PARENTHESIS", 0x29},
    {"ASTERISK", 0x2A}, {"PLUS SIGN", 0x2B}, {"COMMA", 0x2C}, {"HYPHEN-MINUS", 0x2D},
    {"FULL STOP", 0x2E}, {"SOLIDUS", 0x2F}, {"COLON", 0x3A}, {"SEMICOLON", 0x3B},
    {"LESS-THAN SIGN", 0x3C}, {"EQUALS SIGN", 0x3D}, {"GREATER-THAN SIGN", 0x3E},
    {"QUESTION MARK", 0x3F}, {"COMMERCIAL AT", 0x40}, {"REVERSE SOLIDUS", 0x5C},
    {"LOW LINE", 0x5F}, {"GRAVE ACCENT", 0x60}, {"TILDE", 0x7E}, {"DELETE", 0x7F},
    {"NO-BREAK SPACE", 0xA0}, {"SECTION SIGN", 0xA7}, {"COPYRIGHT SIGN", 0xA9},
    {"REGISTERED SIGN", 0xAE}, {"DEGREE SIGN", 0xB0}, {"PLUS-MINUS SIGN", 0xB1},
    {"MICRO SIGN", 0xB5}, {"PILCROW SIGN", 0xB6}, {"MIDDLE DOT", 0xB7},
    {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7},
    {"LATIN SMALL LETTER SHARP S", 0xDF}, {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3}, {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER EPSILON", 0x3B5}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER OMEGA", 0x3C9},
    {"GREEK CAPITAL LETTER DELTA", 0x394}, {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9}, {"ZERO WIDTH SPACE", 0x200B},
    {"ZERO WIDTH JOINER", 0x200D}, {"EN DASH", 0x2013}, {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"BULLET", 0x2022}, {"HORIZONTAL ELLIPSIS", 0x2026}, {"EURO SIGN", 0x20AC},
    {"LEFTWARDS ARROW", 0x2190}, {"UPWARDS ARROW", 0x2191}, {"RIGHTWARDS ARROW", 0x2192},
    {"DOWNWARDS ARROW", 0x2193}, {"INFINITY", 0x221E}, {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606}, {"SNOWMAN", 0x2603}, {"CHECK MARK", 0x2713},
    {"HEAVY CHECK MARK", 0x2714}, {"BALLOT X", 0x2717}, {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
    {"BOX DRAWINGS LIGHT VERTICAL", 0x2502}, {"FULL BLOCK", 0x2588},
    {"REPLACEMENT CHARACTER", 0xFFFD}, {"BYTE ORDER MARK", 0xFEFF},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF}, {"GRINNING FACE", 0x1F600},
    {"SNAKE", 0x1F40D}, {"PILE OF POO", 0x1F4A9},
};

static int lookup_unicode_name(const char *s, size_t n, unsigned *cp)
{
    for (size_t i = 0; i < sizeof unicode_names / sizeof unicode_names[0]; i++) {
        const char *nm = unicode_names[i].name;
        if (strlen(nm) != n) continue;
        size_t j;
        for (j = 0; j < n; j++) {
            char c = s[j];
            if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
            if (c != nm[j]) break;
        }
        if (j == n) {
            *cp = unicode_names[i].cp;
            return 1;
        }
    }
    return 0;
}

/* ---- escape decoding -------------------------------------------------------------- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode a (non-raw) literal piece s[0..n) into b. is_bytes: bytes escapes.
 * Returns 0 after raising an error. */
static int decode_escapes(Parser *p, Buf *b, const char *s, size_t n, int is_bytes)
{
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c != '\\') {
            size_t j = i;
            while (j < n && s[j] != '\\') j++;
            buf_put(p, b, s + i, j - i);
            i = j;
            continue;
        }
        size_t esc = i;
        i++;
        if (i >= n) {
            /* trailing backslash (only reachable in f-string pieces) */
            buf_putc(p, b, '\\');
            break;
        }
        c = s[i++];
        switch (c) {
        case '\n': break;
        case '\\': buf_putc(p, b, '\\'); break;
        case '\'': buf_putc(p, b, '\''); break;
        case '"': buf_putc(p, b, '"'); break;
        case 'a': buf_putc(p, b, '\a'); break;
        case 'b': buf_putc(p, b, '\b'); break;
        case 'f': buf_putc(p, b, '\f'); break;
        case 'n': buf_putc(p, b, '\n'); break;
        case 'r': buf_putc(p, b, '\r'); break;
        case 't': buf_putc(p, b, '\t'); break;
        case 'v': buf_putc(p, b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (unsigned)(s[i++] - '0');
            if (is_bytes) buf_putc(p, b, (char)(v & 0xFF));
            else buf_put_cp(p, b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (is_bytes && c != 'x') {
                buf_putc(p, b, '\\');
                buf_putc(p, b, c);
                break;
            }
            unsigned v = 0;
            int k;
            for (k = 0; k < digits && i < n && hexval(s[i]) >= 0; k++) v = v * 16 + (unsigned)hexval(s[i++]);
            if (k < digits) {
                if (is_bytes) {
                    raise_last(p, SYNERR_SYNTAX, "(value error) invalid \\x escape at position %zu", esc);
                } else {
                    raise_last(p, SYNERR_SYNTAX,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                               "%zu-%zu: truncated \\%s escape",
                               esc, i - 1, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                }
                return 0;
            }
            if (is_bytes) {
                buf_putc(p, b, (char)v);
            } else {
                if (v > 0x10FFFF) {
                    raise_last(p, SYNERR_SYNTAX,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                               "%zu-%zu: illegal Unicode character", esc, i - 1);
                    return 0;
                }
                buf_put_cp(p, b, v);
            }
            break;
        }
        case 'N':
            if (!is_bytes) {
                unsigned cp;
                if (i < n && s[i] == '{') {
                    size_t j = i + 1;
                    while (j < n && s[j] != '}') j++;
                    if (j < n && lookup_unicode_name(s + i + 1, j - i - 1, &cp)) {
                        buf_put_cp(p, b, cp);
                        i = j + 1;
                        break;
                    }
                    raise_last(p, SYNERR_SYNTAX,
                               "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                               "%zu-%zu: unknown Unicode character name", esc, j < n ? j : n - 1);
                    return 0;
                }
                raise_last(p, SYNERR_SYNTAX,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                           "%zu-%zu: malformed \\N character escape", esc, i - 1);
                return 0;
            }
            buf_putc(p, b, '\\');
            buf_putc(p, b, c);
            break;
        default:
            /* invalid escape: kept as is (a DeprecationWarning in CPython) */
            buf_putc(p, b, '\\');
            buf_putc(p, b, c);
            break;
        }
    }
    return 1;
}

/* ---- tokens ------------------------------------------------------------------------ */

typedef struct StrTok {
    PToken *tok;
    int is_bytes, is_raw, is_f, is_u;
    const char *body, *body_end;  /* between the quotes */
} StrTok;

static void split_string_token(PToken *t, StrTok *s)
{
    const char *q = t->t.start;
    memset(s, 0, sizeof *s);
    s->tok = t;
    s->is_u = *q == 'u';
    while (*q != '\'' && *q != '"') {
        switch (*q) {
        case 'b': case 'B': s->is_bytes = 1; break;
        case 'r': case 'R': s->is_raw = 1; break;
        case 'f': case 'F': s->is_f = 1; break;
        default: break;
        }
        q++;
    }
    size_t qlen = (size_t)(t->t.end - q) >= 6 && q[0] == q[1] && q[1] == q[2] ? 3 : 1;
    s->body = q + qlen;
    s->body_end = t->t.end - qlen;
}

/* ---- f-strings ---------------------------------------------------------------------- */

typedef struct FState {
    Parser *p;
    PToken *first, *last;     /* whole concatenation: positions of parts */
    PToken *lit_first, *lit_last;   /* positions of literal Constants */
    int kind_u;
    AstExprSeq values;
    int cap;
    Buf lit;                  /* pending literal text */
    int has_lit;
} FState;

static void set_whole_pos(FState *fs, AstExpr *e)
{
    e->lineno = fs->first->t.lineno;
    e->col_offset = fs->first->t.col_offset;
    e->end_lineno = fs->last->t.end_lineno;
    e->end_col_offset = fs->last->t.end_col_offset;
}

static void set_pos(AstExpr *e, PToken *first, PToken *last)
{
    e->lineno = first->t.lineno;
    e->col_offset = first->t.col_offset;
    e->end_lineno = last->t.end_lineno;
    e->end_col_offset = last->t.end_col_offset;
}

static AstExpr *str_constant(FState *fs, const char *data, size_t len)
{
    AstExpr *e = new_expr(fs->p, AST_Constant, NULL);
    set_pos(e, fs->lit_first, fs->lit_last);
    e->v.Constant.value.kind = AST_CONST_STR;
    e->v.Constant.value.s.data = data;
    e->v.Constant.value.s.len = len;
    e->v.Constant.kind = fs->kind_u ? "u" : NULL;
    return e;
}

static void flush_literal(FState *fs, AstExprSeq *vals, int *cap, Buf *lit)
{
    if (lit->len) {
        AstExpr *c = str_constant(fs, lit->data, lit->len);
        PUSH(fs->p, *vals, *cap, c);
    }
    lit->data = NULL;
    lit->len = lit->cap = 0;
}

/* The location of source pointer `ptr` inside string token t of parser p:
 * the real (file) line and byte column. */
static void locate(Parser *p, PToken *t, const char *ptr, int *line, int *col)
{
    int own_line = t->t.lineno - p->line_offset;
    const char *ls = t->t.line_start;
    for (const char *q = t->t.start; q < ptr; q++) {
        if (*q == '\n') {
            own_line++;
            ls = q + 1;
        }
    }
    *line = own_line + p->line_offset;
    *col = (int)(ptr - ls) + (own_line == 1 ? p->col_offset : 0);
}

static int fstring_parse(FState *fs, StrTok *st, const char **pos, const char *end, int recurse_lvl,
                         AstExprSeq *vals, int *cap, Buf *lit);

/* One replacement field; *pos is just after '{'. */
static int fstring_expr(FState *fs, StrTok *st, const char **pos, const char *end, int recurse_lvl,
                        AstExprSeq *vals, int *cap, Buf *lit)
{
    Parser *p = fs->p;
    const char *s = *pos;
    const char *brace = s - 1;
    if (recurse_lvl >= 2) {
        raise_last(p, SYNERR_SYNTAX, "f-string: expressions nested too deeply");
        return 0;
    }
    const char *expr_start = s;
    char quote = 0;
    int string_type = 0;
    int depth = 0;
    char parens[TOK_MAXLEVEL];
    char ch = 0;
    for (; s < end; s++) {
        ch = *s;
        if (ch == '\\') {
            raise_last(p, SYNERR_SYNTAX, "f-string expression part cannot include a backslash");
            return 0;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= TOK_MAXLEVEL) {
                raise_last(p, SYNERR_SYNTAX, "f-string: too many nested parenthesis");
                return 0;
            }
            parens[depth++] = ch;
        } else if (ch == '#') {
            raise_last(p, SYNERR_SYNTAX, "f-string expression part cannot include '#'");
            return 0;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char next = s[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                raise_last(p, SYNERR_SYNTAX, "f-string: unmatched '%c'", ch);
                return 0;
            }
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                raise_last(p, SYNERR_SYNTAX,
                           "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open);
                return 0;
            }
        }
    }
    const char *expr_end = s;
    if (quote) {
        raise_last(p, SYNERR_SYNTAX, "f-string: unterminated string");
        return 0;
    }
    if (depth) {
        raise_last(p, SYNERR_SYNTAX, "f-string: unmatched '%c'", parens[depth - 1]);
        return 0;
    }
    if (s >= end) {
        raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
        return 0;
    }
    /* empty expression? */
    {
        const char *q = expr_start;
        while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) q++;
        if (q == expr_end) {
            if (ch == '!' || ch == ':' || ch == '=')
                raise_last(p, SYNERR_SYNTAX, "f-string: expression required before '%c'", ch);
            else
                raise_last(p, SYNERR_SYNTAX, "f-string: empty expression not allowed");
            return 0;
        }
    }
    /* compile the expression: "(" at the position of '{' */
    int line, col;
    locate(p, st->tok, brace, &line, &col);
    {
        /* a newline right after '{' (only whitespace between) resets the column */
        const char *q = brace + 1;
        while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\f')) q++;
        if (q < expr_end && *q == '\n') col = 0;
    }
    p->fstring_depth++;
    AstExpr *value = fstring_compile_expr(p, expr_start, expr_end, line, col, st->tok);
    p->fstring_depth--;
    if (!value) return 0;

    /* self-documenting '=' */
    int conversion = -1;
    int debug = 0;
    if (*s == '=') {
        debug = 1;
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) s++;
        buf_put(p, lit, expr_start, (size_t)(s - expr_start));
        if (s >= end) {
            raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
            return 0;
        }
    }
    if (*s == '!') {
        s++;
        if (s >= end) {
            raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
            return 0;
        }
        char c = *s++;
        if (c != 's' && c != 'r' && c != 'a') {
            raise_last(p, SYNERR_SYNTAX, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return 0;
        }
        conversion = c;
    }
    if (s >= end) {
        raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
        return 0;
    }
    AstExpr *spec = NULL;
    if (*s == ':') {
        s++;
        if (s >= end) {
            raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
            return 0;
        }
        AstExprSeq svals = {0};
        int scap = 0;
        Buf slit = {0};
        /* the format spec and its literal parts are positioned at the
         * current token, not the whole concatenation (CPython 3.11) */
        PToken *saved_first = fs->lit_first, *saved_last = fs->lit_last;
        fs->lit_first = fs->lit_last = st->tok;
        int ok = fstring_parse(fs, st, &s, end, recurse_lvl + 1, &svals, &scap, &slit);
        if (ok) {
            flush_literal(fs, &svals, &scap, &slit);
            spec = new_expr(p, AST_JoinedStr, NULL);
            set_pos(spec, st->tok, st->tok);
            spec->v.JoinedStr.values = svals;
        }
        fs->lit_first = saved_first;
        fs->lit_last = saved_last;
        if (!ok) return 0;
    }
    if (s >= end || *s != '}') {
        raise_last(p, SYNERR_SYNTAX, "f-string: expecting '}'");
        return 0;
    }
    s++;
    if (debug && conversion == -1 && !spec) conversion = 'r';
    /* emit pending literal (including the debug text) then the value */
    flush_literal(fs, vals, cap, lit);
    AstExpr *fv = new_expr(p, AST_FormattedValue, NULL);
    set_whole_pos(fs, fv);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    PUSH(p, *vals, *cap, fv);
    *pos = s;
    return 1;
}

/* Literal text and replacement fields until `end` (top level) or an
 * unmatched '}' (format spec). */
static int fstring_parse(FState *fs, StrTok *st, const char **pos, const char *end, int recurse_lvl,
                         AstExprSeq *vals, int *cap, Buf *lit)
{
    Parser *p = fs->p;
    const char *s = *pos;
    while (s < end) {
        const char *lstart = s;
        const char *lend = NULL;
        int doubled = 0;
        while (s < end) {
            char ch = *s++;
            if (!st->is_raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {}
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse_lvl == 0) {
                    if (s < end && *s == ch) {
                        lend = s;   /* keep one brace */
                        s++;
                        doubled = 1;
                        break;
                    }
                    if (ch == '}') {
                        raise_last(p, SYNERR_SYNTAX, "f-string: single '}' is not allowed");
                        return 0;
                    }
                }
                s--;
                break;
            }
        }
        if (!lend) lend = s;
        if (lend > lstart) {
            if (st->is_raw) buf_put(p, lit, lstart, (size_t)(lend - lstart));
            else if (!decode_escapes(p, lit, lstart, (size_t)(lend - lstart), 0)) return 0;
        }
        if (doubled) continue;
        if (s >= end) break;
        if (*s == '}') {
            /* end of a format spec */
            break;
        }
        /* '{' */
        s++;
        if (!fstring_expr(fs, st, &s, end, recurse_lvl, vals, cap, lit)) return 0;
    }
    *pos = s;
    return 1;
}

/* ---- strings: STRING+ ---------------------------------------------------------------- */

AstExpr *p_strings(Parser *p)
{
    int start = p->pos;
    if (!at(p, TOK_STRING)) return NULL;
    int n = 0;
    while (ptok_is(p, start + n, TOK_STRING)) n++;
    p->pos = start + n;
    cur(p);   /* the token after the strings is fetched (error positions) */
    StrTok *toks = arena_alloc(p->arena, (size_t)n * sizeof *toks);
    int any_bytes = 0, any_str = 0, any_f = 0;
    for (int i = 0; i < n; i++) {
        split_string_token(ptok(p, start + i), &toks[i]);
        if (toks[i].is_bytes) any_bytes = 1;
        else any_str = 1;
        if (toks[i].is_f) any_f = 1;
    }
    if (any_bytes && any_str) return raise_last(p, SYNERR_SYNTAX, "cannot mix bytes and nonbytes literals");
    FState fs;
    memset(&fs, 0, sizeof fs);
    fs.p = p;
    fs.first = toks[0].tok;
    fs.last = toks[n - 1].tok;
    fs.lit_first = fs.first;
    fs.lit_last = fs.last;
    fs.kind_u = toks[0].is_u;
    if (any_bytes) {
        Buf b = {0};
        buf_put(p, &b, "", 0);
        for (int i = 0; i < n; i++) {
            StrTok *st = &toks[i];
            for (const char *q = st->body; q < st->body_end; q++) {
                if ((unsigned char)*q >= 0x80) {
                    PToken *t = st->tok;
                    return raise_at(p, SYNERR_SYNTAX, t->t.lineno, t->t.col_offset, t->t.end_lineno,
                                    t->t.end_col_offset, "bytes can only contain ASCII literal characters");
                }
            }
            if (st->is_raw) buf_put(p, &b, st->body, (size_t)(st->body_end - st->body));
            else if (!decode_escapes(p, &b, st->body, (size_t)(st->body_end - st->body), 1)) return NULL;
        }
        AstExpr *e = new_expr(p, AST_Constant, NULL);
        set_whole_pos(&fs, e);
        e->v.Constant.value.kind = AST_CONST_BYTES;
        e->v.Constant.value.s.data = b.data;
        e->v.Constant.value.s.len = b.len;
        return e;
    }
    if (!any_f) {
        Buf b = {0};
        buf_put(p, &b, "", 0);
        for (int i = 0; i < n; i++) {
            StrTok *st = &toks[i];
            if (st->is_raw) buf_put(p, &b, st->body, (size_t)(st->body_end - st->body));
            else if (!decode_escapes(p, &b, st->body, (size_t)(st->body_end - st->body), 0)) return NULL;
        }
        AstExpr *e = str_constant(&fs, b.data, b.len);
        return e;
    }
    AstExprSeq vals = {0};
    int cap = 0;
    Buf lit = {0};
    for (int i = 0; i < n; i++) {
        StrTok *st = &toks[i];
        if (!st->is_f) {
            if (st->is_raw) buf_put(p, &lit, st->body, (size_t)(st->body_end - st->body));
            else if (!decode_escapes(p, &lit, st->body, (size_t)(st->body_end - st->body), 0)) return NULL;
            continue;
        }
        const char *s = st->body;
        if (!fstring_parse(&fs, st, &s, st->body_end, 0, &vals, &cap, &lit)) return NULL;
        if (s < st->body_end) {
            /* a '}' that closes nothing at top level */
            return raise_last(p, SYNERR_SYNTAX, "f-string: single '}' is not allowed");
        }
    }
    flush_literal(&fs, &vals, &cap, &lit);
    AstExpr *e = new_expr(p, AST_JoinedStr, NULL);
    set_whole_pos(&fs, e);
    e->v.JoinedStr.values = vals;
    return e;
}
