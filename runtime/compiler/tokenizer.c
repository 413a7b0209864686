/* tokenizer.c — Python 3.11 tokenizer. See tokenizer.h.
 *
 * Error positions imitate CPython 3.11, whose tokenizer reports most errors
 * at its read position ("cur") after backing up the offending character.
 * Error offsets stored in err_col/err_end_col are CPython's 1-based offsets
 * but counted in bytes; the parser converts them to characters.
 */
#include "compiler/tokenizer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define TABSIZE 8

/* ---- UTF-8 and Unicode classification ----------------------------------- */

int tok_utf8_decode(const char *s, size_t n, int *clen)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0) { *clen = 0; return -1; }
    unsigned c = u[0];
    if (c < 0x80) { *clen = 1; return (int)c; }
    int len;
    unsigned cp, min;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    else { *clen = 1; return -1; }
    if ((size_t)len > n) { *clen = 1; return -1; }
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) { *clen = 1; return -1; }
        cp = (cp << 6) | (u[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF) { *clen = 1; return -1; }
    *clen = len;
    return (int)cp;
}

int tok_utf8_encode(unsigned cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int tok_utf8_count(const char *s, size_t n)
{
    int count = 0;
    size_t i = 0;
    while (i < n) {
        int clen;
        tok_utf8_decode(s + i, n - i, &clen);
        if (clen <= 0) clen = 1;
        i += (size_t)clen;
        count++;
    }
    return count;
}

typedef struct CpRange { unsigned lo, hi; } CpRange;

static int in_ranges(unsigned cp, const CpRange *r, size_t n)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].lo) hi = mid;
        else if (cp > r[mid].hi) lo = mid + 1;
        else return 1;
    }
    return 0;
}

/* Non-printable code points (categories Cc, Cf, Zs, Zl, Zp, Cs, Co), sorted. */
static const CpRange nonprintable[] = {
    {0x00, 0x1F}, {0x7F, 0xA0}, {0xAD, 0xAD}, {0x600, 0x605}, {0x61C, 0x61C},
    {0x6DD, 0x6DD}, {0x70F, 0x70F}, {0x890, 0x891}, {0x8E2, 0x8E2},
    {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F},
    {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF},
    {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB}, {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
    {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
    {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xF0000, 0x10FFFF},
};

int tok_is_printable(unsigned cp)
{
    if (cp == ' ') return 1;
    return !in_ranges(cp, nonprintable, sizeof nonprintable / sizeof nonprintable[0]);
}

/* Non-ASCII code points that are neither XID_Start nor XID_Continue
 * (approximation: punctuation, symbols, spaces, controls), sorted. */
static const CpRange not_identifier[] = {
    {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF},
    {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2C2, 0x2C5}, {0x2D2, 0x2DF},
    {0x2E5, 0x2EB}, {0x2ED, 0x2ED}, {0x2EF, 0x2FF}, {0x375, 0x375},
    {0x37E, 0x37E}, {0x384, 0x385}, {0x387, 0x387}, {0x3F6, 0x3F6},
    {0x482, 0x482}, {0x55A, 0x55F}, {0x589, 0x58A}, {0x58D, 0x58F},
    {0x5BE, 0x5BE}, {0x5C0, 0x5C0}, {0x5C3, 0x5C3}, {0x5C6, 0x5C6},
    {0x5F3, 0x5F4}, {0x600, 0x60F}, {0x61B, 0x61F}, {0x66A, 0x66D},
    {0x6D4, 0x6D4}, {0x6DD, 0x6DE}, {0x6E9, 0x6E9}, {0x6FD, 0x6FE},
    {0x700, 0x70F}, {0x964, 0x965}, {0x970, 0x970}, {0xE3F, 0xE3F},
    {0xE4F, 0xE4F}, {0xE5A, 0xE5B}, {0x1680, 0x1680}, {0x180E, 0x180E},
    {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x2070}, {0x2072, 0x207E},
    {0x2080, 0x208F}, {0x20A0, 0x20CF}, {0x2100, 0x2101}, {0x2103, 0x2106},
    {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2117}, {0x211E, 0x2123},
    {0x2125, 0x2125}, {0x2127, 0x2127}, {0x2129, 0x2129}, {0x212E, 0x212E},
    {0x213A, 0x213B}, {0x2140, 0x2144}, {0x214A, 0x214D}, {0x214F, 0x215F},
    {0x2189, 0x2BFF}, {0x2CE5, 0x2CEA}, {0x2CF9, 0x2CFF}, {0x2D70, 0x2D70},
    {0x2E00, 0x2E7F}, {0x2E80, 0x2FFF}, {0x3000, 0x3004}, {0x3008, 0x3020},
    {0x3030, 0x3030}, {0x3036, 0x3037}, {0x303D, 0x303F}, {0x309B, 0x309C},
    {0x30A0, 0x30A0}, {0x30FB, 0x30FB}, {0x3190, 0x319F}, {0x31C0, 0x31EF},
    {0x3200, 0x33FF}, {0x4DC0, 0x4DFF}, {0xA490, 0xA4CF}, {0xA4FE, 0xA4FF},
    {0xA60D, 0xA60F}, {0xA673, 0xA673}, {0xA67E, 0xA67E}, {0xA6F2, 0xA6F7},
    {0xA700, 0xA716}, {0xA720, 0xA721}, {0xA789, 0xA78A}, {0xA828, 0xA82B},
    {0xA830, 0xA839}, {0xA874, 0xA877}, {0xD800, 0xF8FF}, {0xFB29, 0xFB29},
    {0xFD3E, 0xFD4F}, {0xFDFC, 0xFDFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE32},
    {0xFE35, 0xFE4C}, {0xFE50, 0xFE6F}, {0xFEFF, 0xFEFF}, {0xFF01, 0xFF0F},
    {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65},
    {0xFFE0, 0xFFFF}, {0x1D000, 0x1D164}, {0x1D16A, 0x1D16C},
    {0x1D183, 0x1D184}, {0x1D18C, 0x1D1A9}, {0x1D1AE, 0x1D241},
    {0x1D245, 0x1D3FF}, {0x1F000, 0x1FBFF}, {0xE0000, 0xE00FF},
    {0xF0000, 0x10FFFF},
};

/* Non-ASCII code points that may continue but not start an identifier:
 * combining marks and digits (approximation), sorted. */
static const CpRange continue_only[] = {
    {0xB7, 0xB7}, {0x300, 0x36F}, {0x483, 0x487}, {0x591, 0x5BD},
    {0x5BF, 0x5BF}, {0x5C1, 0x5C2}, {0x5C4, 0x5C5}, {0x5C7, 0x5C7},
    {0x610, 0x61A}, {0x64B, 0x669}, {0x670, 0x670}, {0x6D6, 0x6DC},
    {0x6DF, 0x6E4}, {0x6E7, 0x6E8}, {0x6EA, 0x6ED}, {0x6F0, 0x6F9},
    {0x900, 0x903}, {0x93A, 0x93C}, {0x93E, 0x94F}, {0x951, 0x957},
    {0x962, 0x963}, {0x966, 0x96F}, {0x1DC0, 0x1DFF}, {0x203F, 0x2040},
    {0x2054, 0x2054}, {0x20D0, 0x20DC}, {0x20E1, 0x20E1}, {0x20E5, 0x20F0},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFE33, 0xFE34}, {0xFE4D, 0xFE4F},
    {0xFF10, 0xFF19}, {0xFF3F, 0xFF3F}, {0x1D7CE, 0x1D7FF},
    {0xE0100, 0xE01EF},
};

int tok_is_id_continue(unsigned cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               (cp >= '0' && cp <= '9') || cp == '_';
    return !in_ranges(cp, not_identifier, sizeof not_identifier / sizeof not_identifier[0]);
}

int tok_is_id_start(unsigned cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return tok_is_id_continue(cp) &&
           !in_ranges(cp, continue_only, sizeof continue_only / sizeof continue_only[0]);
}

/* ---- names ---------------------------------------------------------------- */

static const char *const type_names[TOK__COUNT] = {
    [TOK_ENDMARKER] = "ENDMARKER", [TOK_NAME] = "NAME", [TOK_NUMBER] = "NUMBER",
    [TOK_STRING] = "STRING", [TOK_NEWLINE] = "NEWLINE", [TOK_INDENT] = "INDENT",
    [TOK_DEDENT] = "DEDENT",
#define TOK_X(name, s) [TOK_##name] = #name,
    TOK_OPERATORS(TOK_X)
#undef TOK_X
    [TOK_ERRORTOKEN] = "ERRORTOKEN",
};

static const char *const op_spellings[TOK__COUNT] = {
#define TOK_X(name, s) [TOK_##name] = s,
    TOK_OPERATORS(TOK_X)
#undef TOK_X
};

static const char *const keyword_spellings[KW__COUNT] = {
    [KW_NONE_] = "",
#define TOK_X(k) [KW_##k] = #k,
    TOK_KEYWORDS(TOK_X)
#undef TOK_X
};

const char *tok_type_name(TokType type)
{
    return (unsigned)type < TOK__COUNT ? type_names[type] : "?";
}

const char *tok_op_spelling(TokType type)
{
    return (unsigned)type < TOK__COUNT && op_spellings[type] ? op_spellings[type] : "";
}

const char *tok_keyword_spelling(int kw)
{
    return kw > 0 && kw < KW__COUNT ? keyword_spellings[kw] : "";
}

static int keyword_lookup(const char *s, size_t n)
{
    if (n < 2 || n > 8 || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == 'F' ||
                            s[0] == 'N' || s[0] == 'T'))
        return 0;
    for (int k = 1; k < KW__COUNT; k++) {
        const char *kw = keyword_spellings[k];
        if (kw[0] == s[0] && strlen(kw) == n && memcmp(kw, s, n) == 0)
            return k;
    }
    return 0;
}

/* ---- source preparation ----------------------------------------------------- */

/* Look for a PEP 263 coding cookie in one line; copies the name into out. */
static int find_cookie(const char *line, const char *end, char *out, size_t outsize)
{
    const char *p = line;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p >= end || *p != '#') return 0;
    for (; p + 6 <= end; p++) {
        if (memcmp(p, "coding", 6) == 0 && p + 6 < end && (p[6] == ':' || p[6] == '=')) {
            const char *q = p + 7;
            while (q < end && (*q == ' ' || *q == '\t')) q++;
            size_t n = 0;
            while (q < end && n + 1 < outsize &&
                   ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
                    (*q >= '0' && *q <= '9') || *q == '-' || *q == '_' || *q == '.'))
                out[n++] = *q++;
            out[n] = 0;
            return n > 0;
        }
    }
    return 0;
}

/* Normalize an encoding name the way CPython's tokenizer does for the
 * common cases: returns "utf-8", "latin-1" or the name unchanged. */
static const char *normalize_encoding(char *name)
{
    char buf[64];
    size_t i;
    for (i = 0; name[i] && i < sizeof buf - 1; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c == '_') c = '-';
        buf[i] = c;
    }
    buf[i] = 0;
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0 || strcmp(buf, "utf8") == 0)
        return "utf-8";
    if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 ||
        strcmp(buf, "iso-latin-1") == 0 || strncmp(buf, "latin-1-", 8) == 0 ||
        strncmp(buf, "iso-8859-1-", 11) == 0 || strncmp(buf, "iso-latin-1-", 12) == 0)
        return "latin-1";
    if (strcmp(buf, "ascii") == 0 || strcmp(buf, "us-ascii") == 0)
        return "utf-8";
    return name;
}

char *tok_prepare_source(Arena *a, const char *src, size_t len, int decode,
                         size_t *out_len, char *msg, size_t msgsize)
{
    int latin1 = 0;
    if (decode) {
        if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
            src += 3;
            len -= 3;
        }
        /* coding cookie on line 1 or 2 */
        const char *end = src + len;
        const char *l1e = memchr(src, '\n', len);
        if (!l1e) l1e = end;
        char name[64];
        int found = find_cookie(src, l1e, name, sizeof name);
        if (!found && l1e < end) {
            /* only if line 1 is blank or a comment */
            const char *p = src;
            while (p < l1e && (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r')) p++;
            if (p == l1e || *p == '#') {
                const char *l2 = l1e + 1;
                const char *l2e = memchr(l2, '\n', (size_t)(end - l2));
                if (!l2e) l2e = end;
                found = find_cookie(l2, l2e, name, sizeof name);
            }
        }
        if (found) {
            const char *enc = normalize_encoding(name);
            if (strcmp(enc, "latin-1") == 0) latin1 = 1;
            else if (strcmp(enc, "utf-8") != 0) {
                snprintf(msg, msgsize, "unknown encoding: %s", name);
                return NULL;
            }
        }
    }
    /* worst case: every byte doubles (latin-1) plus final newline and NUL */
    char *out = arena_alloc(a, len * 2 + 2);
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            out[o++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else if (latin1 && c >= 0x80) {
            o += (size_t)tok_utf8_encode(c, out + o);
        } else {
            out[o++] = (char)c;
        }
    }
    if (o > 0 && out[o - 1] != '\n') out[o++] = '\n';
    out[o] = 0;
    *out_len = o;
    return out;
}

/* ---- tokenizer ------------------------------------------------------------ */

void tok_init(Tokenizer *t, const char *buf, size_t len)
{
    memset(t, 0, sizeof *t);
    t->buf = buf;
    t->end = buf + len;
    t->cur = buf;
    t->line_start = buf;
    t->lineno = 1;
    t->atbol = 1;
    t->last_was_newline = 1;
}

static int nextc(Tokenizer *t)
{
    if (t->cur >= t->end) { t->cur = t->end + 1; return -1; }  /* EOF: cur past end */
    unsigned char c = (unsigned char)*t->cur++;
    if (c == '\n') {
        t->lineno++;
        t->line_start = t->cur;
    }
    return c;
}

static void backup(Tokenizer *t, int c)
{
    if (c == -1) { t->cur = t->end; return; }
    t->cur--;
    if (c == '\n') {
        /* find the previous line start */
        t->lineno--;
        const char *p = t->cur;
        while (p > t->buf && p[-1] != '\n') p--;
        t->line_start = p;
    }
}

static int peekc(Tokenizer *t)
{
    return t->cur < t->end ? (unsigned char)*t->cur : -1;
}

static const char *line_of(Tokenizer *t, const char *p)
{
    while (p > t->buf && p[-1] != '\n') p--;
    return p;
}

static TokType error_at(Tokenizer *t, int kind, int lineno, const char *line,
                        int col, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* col/end_col: CPython offsets in bytes (1-based; end may be 0 or -1). */
static TokType error_at(Tokenizer *t, int kind, int lineno, const char *line,
                        int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->err_msg, sizeof t->err_msg, fmt, ap);
    va_end(ap);
    t->err_kind = kind;
    t->err_lineno = lineno;
    t->err_end_lineno = lineno;
    t->err_col = col;
    t->err_end_col = end_col;
    t->err_line = line;
    t->done = 1;
    return TOK_ERRORTOKEN;
}

/* Error at the read position, as CPython's syntaxerror(): offset =
 * column of cur (bytes before cur), end offset the same. */
static TokType error_cur(Tokenizer *t, const char *msg)
{
    int col = (int)(t->cur - t->line_start);
    return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start, col, col, "%s", msg);
}

static int is_potential_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_potential_id_char(int c)
{
    return is_potential_id_start(c) || (c >= '0' && c <= '9');
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* After a number: a following identifier character is an error, except
 * the keywords that may legally follow a number (1if x else y). */
static int verify_end_of_number(Tokenizer *t, int c, const char *kind)
{
    const char *p = t->cur;   /* just after c */
    int ok = 0;
    const char *rest = p;
    size_t avail = (size_t)(t->end - rest);
#define LA(s) (avail >= sizeof(s) - 1 && memcmp(rest, s, sizeof(s) - 1) == 0)
    if (c == 'a') ok = LA("nd");
    else if (c == 'e') ok = LA("lse");
    else if (c == 'f') ok = LA("or");
    else if (c == 'i') ok = avail >= 1 && (rest[0] == 'f' || rest[0] == 'n' || rest[0] == 's');
    else if (c == 'o') ok = LA("r");
    else if (c == 'n') ok = LA("ot");
#undef LA
    if (ok) {
        backup(t, c);
        return 1;
    }
    if (c >= 0 && c < 128 && is_potential_id_char(c)) {
        backup(t, c);
        char buf[64];
        snprintf(buf, sizeof buf, "invalid %s literal", kind);
        error_cur(t, buf);
        return 0;
    }
    backup(t, c);
    return 1;
}

/* Read digits with single underscores between them. The first digit has
 * been read already (c). Returns the first char after the digits (read),
 * or -2 after reporting an error. */
static int decimal_tail(Tokenizer *t)
{
    int c;
    for (;;) {
        do { c = nextc(t); } while (is_digit(c));
        if (c != '_') break;
        c = nextc(t);
        if (!is_digit(c)) {
            backup(t, c);
            error_cur(t, "invalid decimal literal");
            return -2;
        }
    }
    return c;
}

/* Scan a number starting at c (already read). Returns TOK_NUMBER or
 * TOK_ERRORTOKEN. */
static TokType scan_number(Tokenizer *t, int c, const char *start)
{
    if (c == '0') {
        c = nextc(t);
        if (c == 'x' || c == 'X') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (!is_xdigit(c)) {
                    backup(t, c);
                    return error_cur(t, "invalid hexadecimal literal");
                }
                do { c = nextc(t); } while (is_xdigit(c));
            } while (c == '_');
            if (!verify_end_of_number(t, c, "hexadecimal")) return TOK_ERRORTOKEN;
            return TOK_NUMBER;
        }
        if (c == 'o' || c == 'O') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (c < '0' || c >= '8') {
                    if (is_digit(c)) {
                        return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start,
                                        (int)(t->cur - t->line_start), (int)(t->cur - t->line_start),
                                        "invalid digit '%c' in octal literal", c);
                    }
                    backup(t, c);
                    return error_cur(t, "invalid octal literal");
                }
                do { c = nextc(t); } while (c >= '0' && c < '8');
            } while (c == '_');
            if (is_digit(c)) {
                return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start,
                                (int)(t->cur - t->line_start), (int)(t->cur - t->line_start),
                                "invalid digit '%c' in octal literal", c);
            }
            if (!verify_end_of_number(t, c, "octal")) return TOK_ERRORTOKEN;
            return TOK_NUMBER;
        }
        if (c == 'b' || c == 'B') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (c != '0' && c != '1') {
                    if (is_digit(c)) {
                        return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start,
                                        (int)(t->cur - t->line_start), (int)(t->cur - t->line_start),
                                        "invalid digit '%c' in binary literal", c);
                    }
                    backup(t, c);
                    return error_cur(t, "invalid binary literal");
                }
                do { c = nextc(t); } while (c == '0' || c == '1');
            } while (c == '_');
            if (is_digit(c)) {
                return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start,
                                (int)(t->cur - t->line_start), (int)(t->cur - t->line_start),
                                "invalid digit '%c' in binary literal", c);
            }
            if (!verify_end_of_number(t, c, "binary")) return TOK_ERRORTOKEN;
            return TOK_NUMBER;
        }
        /* decimal starting with 0: only zeros allowed, unless float/imag */
        int nonzero = 0;
        for (;;) {
            if (c == '_') {
                c = nextc(t);
                if (!is_digit(c)) {
                    backup(t, c);
                    return error_cur(t, "invalid decimal literal");
                }
            }
            if (c != '0') break;
            c = nextc(t);
        }
        const char *zeros_end = t->cur;
        if (is_digit(c)) {
            nonzero = 1;
            c = decimal_tail(t);
            if (c == -2) return TOK_ERRORTOKEN;
        }
        if (c == '.') {
            c = nextc(t);
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            backup(t, c);
            return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start,
                            (int)(start - t->line_start) + 1, (int)(zeros_end - t->line_start),
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
        }
        if (!verify_end_of_number(t, c, "decimal")) return TOK_ERRORTOKEN;
        return TOK_NUMBER;
    }
    /* decimal */
    if (c != '.') {
        c = decimal_tail(t);
        if (c == -2) return TOK_ERRORTOKEN;
        if (c == '.') {
            c = nextc(t);
            goto fraction;
        }
        if (c == 'e' || c == 'E') goto exponent;
        if (c == 'j' || c == 'J') goto imaginary;
        if (!verify_end_of_number(t, c, "decimal")) return TOK_ERRORTOKEN;
        return TOK_NUMBER;
    }
    /* ".5": c is '.', next is a digit (checked by caller) */
    c = nextc(t);
fraction:
    if (is_digit(c)) {
        c = decimal_tail(t);
        if (c == -2) return TOK_ERRORTOKEN;
    }
    if (c == 'e' || c == 'E') goto exponent;
    if (c == 'j' || c == 'J') goto imaginary;
    if (!verify_end_of_number(t, c, "decimal")) return TOK_ERRORTOKEN;
    return TOK_NUMBER;
exponent: {
        int e = c;
        c = nextc(t);
        if (c == '+' || c == '-') {
            c = nextc(t);
            if (!is_digit(c)) {
                backup(t, c);
                return error_cur(t, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(t, c);
            if (!verify_end_of_number(t, e, "decimal")) return TOK_ERRORTOKEN;
            /* "1else": the number ends before the 'e' (verify backed it up) */
            return TOK_NUMBER;
        }
        c = decimal_tail(t);
        if (c == -2) return TOK_ERRORTOKEN;
        if (c == 'j' || c == 'J') goto imaginary;
        if (!verify_end_of_number(t, c, "decimal")) return TOK_ERRORTOKEN;
        return TOK_NUMBER;
    }
imaginary:
    c = nextc(t);
    if (!verify_end_of_number(t, c, "imaginary")) return TOK_ERRORTOKEN;
    return TOK_NUMBER;
}

/* Check a scanned identifier for invalid characters. */
static TokType verify_identifier(Tokenizer *t, const char *start, const char *end)
{
    const char *p = start;
    int first = 1;
    while (p < end) {
        int clen;
        int cp = tok_utf8_decode(p, (size_t)(end - p), &clen);
        if (cp < 0) {
            t->cur = p + 1;
            return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start,
                            (int)(p - t->line_start) + 1, (int)(p - t->line_start) + 1,
                            "(unicode error) 'utf-8' codec can't decode byte 0x%02x: invalid start byte",
                            (unsigned char)*p);
        }
        int ok = first ? tok_is_id_start((unsigned)cp) : tok_is_id_continue((unsigned)cp);
        if (!ok) {
            t->cur = p + clen;
            int col = (int)(p - t->line_start) + 1;
            if (!tok_is_printable((unsigned)cp))
                return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start, col, col,
                                "invalid non-printable character U+%04X", (unsigned)cp);
            return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start, col, col,
                            "invalid character '%.*s' (U+%04X)", clen, p, (unsigned)cp);
        }
        first = 0;
        p += clen;
    }
    return TOK_NAME;
}

static TokType scan_string(Tokenizer *t, int quote, const char *start, int start_lineno,
                           const char *start_line)
{
    int quote_size = 1;
    int c = nextc(t);
    if (c == quote) {
        c = nextc(t);
        if (c == quote) quote_size = 3;
        else {
            backup(t, c);
            return TOK_STRING;   /* empty string */
        }
    } else {
        backup(t, c);
    }
    int end_quotes = 0;
    while (end_quotes != quote_size) {
        c = nextc(t);
        if (c == -1 || (quote_size == 1 && c == '\n')) {
            int col = (int)(start - start_line) + 1;
            if (quote_size == 3) {
                t->eof_in_string = 1;
                t->cur = t->end;
                return error_at(t, TOK_ERR_SYNTAX, start_lineno, start_line, col, col,
                                "unterminated triple-quoted string literal (detected at line %d)",
                                t->lineno - 1 > start_lineno ? t->lineno - 1 : start_lineno);
            }
            int detected = c == '\n' ? t->lineno - 1 : t->lineno;
            return error_at(t, TOK_ERR_SYNTAX, start_lineno, start_line, col, col,
                            "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) end_quotes++;
        else {
            end_quotes = 0;
            if (c == '\\') {
                c = nextc(t);   /* skip escaped char (incl. newline) */
                if (c == -1) { backup(t, c); }
            }
        }
    }
    return TOK_STRING;
}

static TokType tok_get(Tokenizer *t, Token *tk)
{
    int c;
    int blankline = 0;
    tk->kw = 0;
    tk->start = tk->end = NULL;

nextline:
    blankline = 0;
    if (t->atbol) {
        /* indentation */
        int col = 0, altcol = 0;
        t->atbol = 0;
        for (;;) {
            c = nextc(t);
            if (c == ' ') { col++; altcol++; }
            else if (c == '\t') { col = (col / TABSIZE + 1) * TABSIZE; altcol++; }
            else if (c == '\f') { col = altcol = 0; }
            else break;
        }
        backup(t, c);
        if (c == '#' || c == '\n' || c == -1) {
            /* blank line (or comment-only): no indentation change */
            blankline = 1;
            if (c == -1 && col == 0) blankline = 0;   /* plain EOF */
        }
        if (!blankline && t->level == 0) {
            if (col == t->indstack[t->indent]) {
                if (altcol != t->altindstack[t->indent])
                    return error_at(t, TOK_ERR_TAB, t->lineno, t->line_start, 1, 0,
                                    "inconsistent use of tabs and spaces in indentation");
            } else if (col > t->indstack[t->indent]) {
                if (t->indent + 1 >= TOK_MAXINDENT)
                    return error_at(t, TOK_ERR_INDENT, t->lineno, t->line_start, 1, 0,
                                    "too many levels of indentation");
                if (altcol <= t->altindstack[t->indent])
                    return error_at(t, TOK_ERR_TAB, t->lineno, t->line_start, 1, 0,
                                    "inconsistent use of tabs and spaces in indentation");
                t->pendin++;
                t->indent++;
                t->indstack[t->indent] = col;
                t->altindstack[t->indent] = altcol;
            } else {
                while (t->indent > 0 && col < t->indstack[t->indent]) {
                    t->pendin--;
                    t->indent--;
                }
                if (col != t->indstack[t->indent]) {
                    /* CPython reports this after reading the whole line */
                    const char *eol = memchr(t->cur, '\n', (size_t)(t->end - t->cur));
                    int len = eol ? (int)(eol - t->line_start) + 1 : (int)(t->end - t->line_start);
                    return error_at(t, TOK_ERR_INDENT, t->lineno, t->line_start, len + 1, -1,
                                    "unindent does not match any outer indentation level");
                }
                if (altcol != t->altindstack[t->indent])
                    return error_at(t, TOK_ERR_TAB, t->lineno, t->line_start, 1, 0,
                                    "inconsistent use of tabs and spaces in indentation");
            }
        }
    }

    tk->start = t->cur;
    tk->line_start = t->line_start;
    tk->lineno = tk->end_lineno = t->lineno;
    /* pending INDENT/DEDENT */
    if (t->pendin != 0) {
        tk->col_offset = tk->end_col_offset = -1;
        tk->start = tk->end = t->cur;
        if (t->pendin < 0) {
            t->pendin++;
            return TOK_DEDENT;
        }
        t->pendin--;
        return TOK_INDENT;
    }

again:
    /* skip spaces */
    do { c = nextc(t); } while (c == ' ' || c == '\t' || c == '\f');
    tk->start = t->cur - 1;
    tk->line_start = t->line_start;
    tk->lineno = t->lineno;

    /* comment */
    if (c == '#') {
        while (c != -1 && c != '\n') c = nextc(t);
        /* fall through to newline handling with c == '\n' or EOF */
        tk->start = t->cur - 1;
        tk->line_start = c == '\n' ? line_of(t, t->cur - 1) : t->line_start;
        tk->lineno = c == '\n' ? t->lineno - 1 : t->lineno;
    }

    if (c == -1) {
        t->cur = t->end;
        tk->start = tk->end = t->end;
        tk->line_start = t->line_start;
        tk->lineno = tk->end_lineno = t->lineno;
        tk->col_offset = tk->end_col_offset = (int)(t->end - t->line_start);
        if (t->level > 0) return TOK_ENDMARKER;   /* parser reports "never closed" */
        if (!t->last_was_newline) {
            /* (cannot happen: the source always ends in '\n') */
            t->last_was_newline = 1;
            return TOK_NEWLINE;
        }
        if (t->indent > 0) {
            t->indent--;
            tk->col_offset = tk->end_col_offset = -1;
            return TOK_DEDENT;
        }
        t->done = 1;
        return TOK_ENDMARKER;
    }

    /* identifier / keyword / string prefix */
    if (is_potential_id_start(c)) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = 1;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = 1;
            else break;
            c = nextc(t);
            if (c == '"' || c == '\'') {
                TokType r = scan_string(t, c, tk->start, tk->lineno, tk->line_start);
                tk->end = t->cur;
                return r;
            }
        }
        int nonascii = 0;
        while (is_potential_id_char(c)) {
            if (c >= 128) nonascii = 1;
            c = nextc(t);
        }
        backup(t, c);
        tk->end = t->cur;
        if (nonascii) {
            TokType r = verify_identifier(t, tk->start, tk->end);
            if (r != TOK_NAME) return r;
        }
        tk->kw = keyword_lookup(tk->start, (size_t)(tk->end - tk->start));
        return TOK_NAME;
    }

    /* newline */
    if (c == '\n') {
        t->atbol = 1;
        if (blankline || t->level > 0) goto nextline;
        if (t->last_was_newline) goto nextline;   /* e.g. after a lone comment */
        tk->end = t->cur - 1;   /* NEWLINE: start == end, as in CPython */
        tk->start = t->cur - 1;
        t->cont_line = 0;
        return TOK_NEWLINE;
    }

    /* period or number starting with period */
    if (c == '.') {
        c = nextc(t);
        if (is_digit(c)) {
            backup(t, c);
            TokType r = scan_number(t, '.', tk->start);
            tk->end = t->cur;
            return r;
        }
        if (c == '.') {
            int c2 = nextc(t);
            if (c2 == '.') {
                tk->end = t->cur;
                return TOK_ELLIPSIS;
            }
            backup(t, c2);
        }
        backup(t, c);
        tk->end = t->cur;
        return TOK_DOT;
    }

    if (is_digit(c)) {
        TokType r = scan_number(t, c, tk->start);
        tk->end = t->cur;
        return r;
    }

    if (c == '"' || c == '\'') {
        TokType r = scan_string(t, c, tk->start, tk->lineno, tk->line_start);
        tk->end = t->cur;
        return r;
    }

    /* line continuation */
    if (c == '\\') {
        c = nextc(t);
        if (c != '\n') {
            int col = (int)(t->cur - t->line_start) + (c == -1 ? 0 : 0);
            if (c == -1) {
                t->eof_in_continuation = 1;
                return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start, col + 1, -1,
                                "unexpected EOF while parsing");
            }
            return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start, col + 1, 0,
                            "unexpected character after line continuation character");
        }
        c = peekc(t);
        if (c == -1) {
            const char *ls = line_of(t, t->cur - 1);
            t->eof_in_continuation = 1;
            return error_at(t, TOK_ERR_SYNTAX, t->lineno - 1, ls,
                            (int)(t->cur - ls) + 1, -1, "unexpected EOF while parsing");
        }
        t->cont_line = 1;
        goto again;
    }

    /* operators: longest match */
    {
        int c2 = nextc(t);
        int c3 = nextc(t);
        TokType ty = TOK_ERRORTOKEN;
        int n = 0;
#define OP3(a, b, d, T) if (c == a && c2 == b && c3 == d) { ty = T; n = 3; } else
#define OP2(a, b, T) if (c == a && c2 == b) { ty = T; n = 2; } else
        OP3('*', '*', '=', TOK_DOUBLESTAREQUAL)
        OP3('/', '/', '=', TOK_DOUBLESLASHEQUAL)
        OP3('<', '<', '=', TOK_LEFTSHIFTEQUAL)
        OP3('>', '>', '=', TOK_RIGHTSHIFTEQUAL)
        OP2('=', '=', TOK_EQEQUAL) OP2('!', '=', TOK_NOTEQUAL) OP2('<', '>', TOK_NOTEQUAL)
        OP2('<', '=', TOK_LESSEQUAL) OP2('>', '=', TOK_GREATEREQUAL)
        OP2('<', '<', TOK_LEFTSHIFT) OP2('>', '>', TOK_RIGHTSHIFT)
        OP2('*', '*', TOK_DOUBLESTAR) OP2('+', '=', TOK_PLUSEQUAL)
        OP2('-', '=', TOK_MINEQUAL) OP2('*', '=', TOK_STAREQUAL)
        OP2('/', '=', TOK_SLASHEQUAL) OP2('%', '=', TOK_PERCENTEQUAL)
        OP2('&', '=', TOK_AMPEREQUAL) OP2('|', '=', TOK_VBAREQUAL)
        OP2('^', '=', TOK_CIRCUMFLEXEQUAL) OP2('/', '/', TOK_DOUBLESLASH)
        OP2('@', '=', TOK_ATEQUAL) OP2('-', '>', TOK_RARROW)
        OP2(':', '=', TOK_COLONEQUAL) {
            n = 1;
            switch (c) {
            case '(': ty = TOK_LPAR; break;
            case ')': ty = TOK_RPAR; break;
            case '[': ty = TOK_LSQB; break;
            case ']': ty = TOK_RSQB; break;
            case '{': ty = TOK_LBRACE; break;
            case '}': ty = TOK_RBRACE; break;
            case ':': ty = TOK_COLON; break;
            case ',': ty = TOK_COMMA; break;
            case ';': ty = TOK_SEMI; break;
            case '+': ty = TOK_PLUS; break;
            case '-': ty = TOK_MINUS; break;
            case '*': ty = TOK_STAR; break;
            case '/': ty = TOK_SLASH; break;
            case '|': ty = TOK_VBAR; break;
            case '&': ty = TOK_AMPER; break;
            case '<': ty = TOK_LESS; break;
            case '>': ty = TOK_GREATER; break;
            case '=': ty = TOK_EQUAL; break;
            case '%': ty = TOK_PERCENT; break;
            case '~': ty = TOK_TILDE; break;
            case '^': ty = TOK_CIRCUMFLEX; break;
            case '@': ty = TOK_AT; break;
            case '!': ty = TOK_EXCLAMATION; break;
            default: n = 0;
            }
        }
#undef OP3
#undef OP2
        if (n < 3) backup(t, c3);
        if (n < 2) backup(t, c2);
        if (n == 0) {
            /* stray character: '$', '?', '`', control characters... */
            int col = (int)(tk->start - t->line_start) + 1;
            if (!tok_is_printable((unsigned)c))
                return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start, col, col,
                                "invalid non-printable character U+%04X", (unsigned)c);
            return error_at(t, TOK_ERR_SYNTAX, t->lineno, t->line_start, col, col,
                            "invalid character '%c' (U+%04X)", c, (unsigned)c);
        }
        tk->end = t->cur;
        /* bracket bookkeeping */
        if (ty == TOK_LPAR || ty == TOK_LSQB || ty == TOK_LBRACE) {
            if (t->level >= TOK_MAXLEVEL)
                return error_cur(t, "too many nested parentheses");
            t->parenstack[t->level] = (char)c;
            t->parenlineno[t->level] = t->lineno;
            t->parencol[t->level] = (int)(tk->start - t->line_start);
            t->parenline[t->level] = t->line_start;
            t->level++;
        } else if (ty == TOK_RPAR || ty == TOK_RSQB || ty == TOK_RBRACE) {
            if (t->level == 0)
                return error_cur(t, c == ')' ? "unmatched ')'" : c == ']' ? "unmatched ']'" : "unmatched '}'");
            t->level--;
            int open = t->parenstack[t->level];
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                char msg[128];
                if (t->parenlineno[t->level] != t->lineno)
                    snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                             "parenthesis '%c' on line %d", c, open, t->parenlineno[t->level]);
                else
                    snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening "
                             "parenthesis '%c'", c, open);
                return error_cur(t, msg);
            }
        }
        return ty;
    }
}

TokType tok_next(Tokenizer *t, Token *out)
{
    if (t->done) {
        memset(out, 0, sizeof *out);
        out->type = t->err_kind ? TOK_ERRORTOKEN : TOK_ENDMARKER;
        out->start = out->end = t->end;
        out->line_start = t->line_start;
        out->lineno = out->end_lineno = t->lineno;
        return out->type;
    }
    TokType ty = tok_get(t, out);
    out->type = ty;
    if (ty == TOK_ERRORTOKEN) {
        out->start = out->end = t->cur <= t->end ? t->cur : t->end;
        out->line_start = t->line_start;
        out->lineno = out->end_lineno = t->lineno;
        out->col_offset = out->end_col_offset = (int)(out->start - t->line_start);
        return ty;
    }
    if (ty != TOK_INDENT && ty != TOK_DEDENT) {
        if (!out->end) out->end = t->cur;
        out->col_offset = (int)(out->start - out->line_start);
        /* end position: the line containing out->end */
        out->end_lineno = out->lineno;
        const char *ls = out->line_start;
        for (const char *p = out->start; p < out->end; p++) {
            if (*p == '\n') {
                out->end_lineno++;
                ls = p + 1;
            }
        }
        out->end_col_offset = (int)(out->end - ls);
    }
    if (ty != TOK_ENDMARKER && ty != TOK_INDENT && ty != TOK_DEDENT)
        t->last_was_newline = ty == TOK_NEWLINE;
    return ty;
}
