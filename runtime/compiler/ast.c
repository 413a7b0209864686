/* ast.c — arena, node names, integer helpers and ast.dump-compatible printing. */
#include "compiler/ast.h"
#include "compiler/tokenizer.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- Arena ----------------------------------------------------------------
 * A list of chunks; allocations bump a pointer in the newest chunk. Large
 * requests get a chunk of their own. */
typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} ArenaChunk;

struct Arena {
    ArenaChunk *head;
    size_t total;
    jmp_buf *on_fail;   /* where arena_fail() unwinds to; NULL: abort */
};

#define ARENA_CHUNK 65536

Arena *arena_new(void)
{
    Arena *a = malloc(sizeof *a);
    if (!a) return NULL;
    a->head = NULL;
    a->total = 0;
    a->on_fail = NULL;
    return a;
}

jmp_buf *arena_set_on_fail(Arena *a, jmp_buf *to)
{
    jmp_buf *old = a->on_fail;
    a->on_fail = to;
    return old;
}

_Noreturn void arena_fail(Arena *a)
{
    if (a->on_fail) longjmp(*a->on_fail, 1);
    fputs("spry: out of memory in compiler arena\n", stderr);
    abort();
}

void arena_free(Arena *a)
{
    if (!a) return;
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *n = c->next;
        free(c);
        c = n;
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    ArenaChunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t csize = size > ARENA_CHUNK / 4 ? size : ARENA_CHUNK;
        ArenaChunk *n = size > SIZE_MAX / 2 ? NULL : malloc(sizeof *n + csize);
        if (!n) arena_fail(a);
        n->size = csize;
        n->used = 0;
        if (c && size > ARENA_CHUNK / 4) {
            /* keep bumping in the current chunk: put the big one behind it */
            n->next = c->next;
            c->next = n;
        } else {
            n->next = c;
            a->head = n;
        }
        c = n;
    }
    void *p = c->data + c->used;
    c->used += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

size_t arena_used(const Arena *a)
{
    return a->total;
}

/* ---- names ------------------------------------------------------------------ */

static const char *const mod_names[] = {
    NULL, "Module", "Interactive", "Expression", "FunctionType",
};
static const char *const stmt_names[] = {
    NULL, "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete",
    "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With",
    "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import",
    "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
};
static const char *const expr_names[] = {
    NULL, "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict",
    "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield",
    "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant",
    "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
};
static const char *const pattern_names[] = {
    NULL, "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
    "MatchClass", "MatchStar", "MatchAs", "MatchOr",
};
static const char *const operator_names[] = {
    NULL, "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
    "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv",
};
static const char *const unaryop_names[] = { NULL, "Invert", "Not", "UAdd", "USub" };
static const char *const boolop_names[] = { NULL, "And", "Or" };
static const char *const cmpop_names[] = {
    NULL, "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const context_names[] = { NULL, "Load", "Store", "Del" };

#define NAME_LOOKUP(table, k) \
    ((unsigned)(k) < sizeof(table) / sizeof(table[0]) && table[k] ? table[k] : "?")

const char *ast_mod_name(AstModKind k) { return NAME_LOOKUP(mod_names, k); }
const char *ast_stmt_name(AstStmtKind k) { return NAME_LOOKUP(stmt_names, k); }
const char *ast_expr_name(AstExprKind k) { return NAME_LOOKUP(expr_names, k); }
const char *ast_pattern_name(AstPatternKind k) { return NAME_LOOKUP(pattern_names, k); }
const char *ast_operator_name(AstOperator op) { return NAME_LOOKUP(operator_names, op); }
const char *ast_unaryop_name(AstUnaryOp op) { return NAME_LOOKUP(unaryop_names, op); }
const char *ast_boolop_name(AstBoolOp op) { return NAME_LOOKUP(boolop_names, op); }
const char *ast_cmpop_name(AstCmpOp op) { return NAME_LOOKUP(cmpop_names, op); }
const char *ast_context_name(AstExprContext ctx) { return NAME_LOOKUP(context_names, ctx); }
#undef NAME_LOOKUP

/* ---- integers --------------------------------------------------------------- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 0;
}

int ast_int_to_i64(const AstConstant *c, int64_t *out)
{
    uint64_t v = 0;
    uint64_t base = (uint64_t)c->i.base;
    for (const char *p = c->i.digits; *p; p++) {
        uint64_t d = (uint64_t)digit_value(*p);
        if (v > (UINT64_MAX - d) / base) return 0;
        v = v * base + d;
        if (v > (uint64_t)INT64_MAX) return 0;
    }
    *out = (int64_t)v;
    return 1;
}

char *ast_int_to_decimal(Arena *a, const AstConstant *c)
{
    if (c->i.base == 10) return arena_strndup(a, c->i.digits, strlen(c->i.digits));
    /* little-endian limbs in base 10^9 */
    size_t n = strlen(c->i.digits);
    size_t cap = n + 2;
    uint32_t *limbs = arena_alloc(a, cap * sizeof *limbs);
    size_t nl = 1;
    limbs[0] = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t carry = (uint64_t)digit_value(c->i.digits[i]);
        for (size_t j = 0; j < nl; j++) {
            uint64_t v = (uint64_t)limbs[j] * (uint64_t)c->i.base + carry;
            limbs[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs[nl++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    char *out = arena_alloc(a, nl * 9 + 1);
    size_t o = (size_t)sprintf(out, "%u", limbs[nl - 1]);
    for (size_t j = nl - 1; j-- > 0;) o += (size_t)sprintf(out + o, "%09u", limbs[j]);
    return out;
}

/* ---- reprs -------------------------------------------------------------------- */

typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

static void sb_putn(StrBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = malloc(cap);
        if (!d) {
            fputs("spry: out of memory printing an AST\n", stderr);
            abort();
        }
        if (b->data) {
            memcpy(d, b->data, b->len);
            free(b->data);
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void sb_puts(StrBuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

static void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(StrBuf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    sb_putn(b, tmp, (size_t)n);
}

/* Python's repr(float) ('r' format): shortest round-tripping digits;
 * exponent notation when the decimal point position is < -3 or > 16. */
static void float_repr(StrBuf *b, double x, int add_dot_0)
{
    if (isnan(x)) { sb_puts(b, "nan"); return; }
    if (isinf(x)) { sb_puts(b, x > 0 ? "inf" : "-inf"); return; }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        if (strtod(tmp, NULL) == x) break;
    }
    /* tmp: [-]d[.ddd]e[+-]XX */
    const char *p = tmp;
    if (*p == '-') { sb_puts(b, "-"); p++; }
    char digits[32];
    int nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    int decpt = exp + 1;
    if (x == 0) decpt = 1;
    if (decpt <= -4 || decpt > 16) {
        sb_putn(b, digits, 1);
        if (nd > 1) {
            sb_puts(b, ".");
            sb_putn(b, digits + 1, (size_t)nd - 1);
        }
        sb_printf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (decpt <= 0) {
        sb_puts(b, "0.");
        for (int i = 0; i < -decpt; i++) sb_puts(b, "0");
        sb_putn(b, digits, (size_t)nd);
    } else if (decpt >= nd) {
        sb_putn(b, digits, (size_t)nd);
        for (int i = nd; i < decpt; i++) sb_puts(b, "0");
        if (add_dot_0) sb_puts(b, ".0");
    } else {
        sb_putn(b, digits, (size_t)decpt);
        sb_puts(b, ".");
        sb_putn(b, digits + decpt, (size_t)(nd - decpt));
    }
}

static void str_repr(StrBuf *b, const char *s, size_t len, int is_bytes)
{
    int has_sq = memchr(s, '\'', len) != NULL;
    int has_dq = memchr(s, '"', len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    if (is_bytes) sb_puts(b, "b");
    sb_putn(b, &q, 1);
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') {
            char e[2] = {'\\', (char)c};
            sb_putn(b, e, 2);
            i++;
        } else if (c == '\n') { sb_puts(b, "\\n"); i++; }
        else if (c == '\r') { sb_puts(b, "\\r"); i++; }
        else if (c == '\t') { sb_puts(b, "\\t"); i++; }
        else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
            sb_printf(b, "\\x%02x", c);
            i++;
        } else if (c < 0x80) {
            sb_putn(b, (const char *)&s[i], 1);
            i++;
        } else {
            int clen;
            int cp = tok_utf8_decode(s + i, len - i, &clen);
            if (cp < 0) {
                sb_printf(b, "\\x%02x", c);
                i++;
                continue;
            }
            if (tok_is_printable((unsigned)cp)) sb_putn(b, s + i, (size_t)clen);
            else if (cp < 0x100) sb_printf(b, "\\x%02x", (unsigned)cp);
            else if (cp < 0x10000) sb_printf(b, "\\u%04x", (unsigned)cp);
            else sb_printf(b, "\\U%08x", (unsigned)cp);
            i += (size_t)clen;
        }
    }
    sb_putn(b, &q, 1);
}

static void constant_repr(StrBuf *b, const AstConstant *c)
{
    switch (c->kind) {
    case AST_CONST_NONE: sb_puts(b, "None"); break;
    case AST_CONST_TRUE: sb_puts(b, "True"); break;
    case AST_CONST_FALSE: sb_puts(b, "False"); break;
    case AST_CONST_ELLIPSIS: sb_puts(b, "Ellipsis"); break;
    case AST_CONST_INT: {
        Arena *tmp = arena_new();
        sb_puts(b, ast_int_to_decimal(tmp, c));
        arena_free(tmp);
        break;
    }
    case AST_CONST_FLOAT: float_repr(b, c->f, 1); break;
    case AST_CONST_IMAG: float_repr(b, c->f, 0); sb_puts(b, "j"); break;
    case AST_CONST_STR: str_repr(b, c->s.data, c->s.len, 0); break;
    case AST_CONST_BYTES: str_repr(b, c->s.data, c->s.len, 1); break;
    case AST_CONST_FROZENSET: sb_puts(b, "frozenset(...)"); break;
    }
}

char *ast_constant_repr(Arena *a, const AstConstant *c)
{
    StrBuf b = {0};
    constant_repr(&b, c);
    char *r = arena_strndup(a, b.data ? b.data : "", b.len);
    free(b.data);
    return r;
}

/* ---- ast.dump ----------------------------------------------------------------
 * One line: Cls(field=value, ..., lineno=.., col_offset=.., end_lineno=..,
 * end_col_offset=..). Optional fields whose value is None are omitted. */

typedef struct Dumper {
    StrBuf b;
    int attrs;
} Dumper;

static void d_expr(Dumper *d, const AstExpr *e);
static void d_stmt(Dumper *d, const AstStmt *s);
static void d_pattern(Dumper *d, const AstPattern *p);

/* Node framing: open "Name(", fields, close ")". `first` tracks the comma. */
#define OPEN(name) do { sb_puts(&d->b, name); sb_puts(&d->b, "("); int first_ = 1; (void)first_
#define FIELD(fname) do { if (!first_) sb_puts(&d->b, ", "); first_ = 0; sb_puts(&d->b, fname "="); } while (0)
#define POS(n) do { if (d->attrs) { FIELD("lineno"); sb_printf(&d->b, "%d", (n)->lineno); \
    FIELD("col_offset"); sb_printf(&d->b, "%d", (n)->col_offset); \
    FIELD("end_lineno"); sb_printf(&d->b, "%d", (n)->end_lineno); \
    FIELD("end_col_offset"); sb_printf(&d->b, "%d", (n)->end_col_offset); } } while (0)
#define CLOSE() sb_puts(&d->b, ")"); } while (0)

static void d_str(Dumper *d, const char *s)
{
    if (!s) sb_puts(&d->b, "None");
    else str_repr(&d->b, s, strlen(s), 0);
}

static void d_ctx(Dumper *d, AstExprContext ctx)
{
    sb_puts(&d->b, ast_context_name(ctx));
    sb_puts(&d->b, "()");
}

static void d_expr_or_none(Dumper *d, const AstExpr *e)
{
    if (e) d_expr(d, e);
    else sb_puts(&d->b, "None");
}

#define D_SEQ(fn, seq) do { sb_puts(&d->b, "["); \
    for (int i_ = 0; i_ < (seq).n; i_++) { if (i_) sb_puts(&d->b, ", "); fn(d, (seq).items[i_]); } \
    sb_puts(&d->b, "]"); } while (0)

static void d_stmts(Dumper *d, AstStmtSeq s) { D_SEQ(d_stmt, s); }
static void d_exprs(Dumper *d, AstExprSeq s) { D_SEQ(d_expr_or_none, s); }
static void d_idents(Dumper *d, AstIdentSeq s) { D_SEQ(d_str, s); }
static void d_patterns(Dumper *d, AstPatternSeq s) { D_SEQ(d_pattern, s); }

static void d_arg(Dumper *d, const AstArg *a)
{
    OPEN("arg");
    FIELD("arg"); d_str(d, a->arg);
    if (a->annotation) { FIELD("annotation"); d_expr(d, a->annotation); }
    if (a->type_comment) { FIELD("type_comment"); d_str(d, a->type_comment); }
    POS(a);
    CLOSE();
}

static void d_arguments(Dumper *d, const AstArguments *a)
{
    OPEN("arguments");
    FIELD("posonlyargs"); D_SEQ(d_arg, a->posonlyargs);
    FIELD("args"); D_SEQ(d_arg, a->args);
    if (a->vararg) { FIELD("vararg"); d_arg(d, a->vararg); }
    FIELD("kwonlyargs"); D_SEQ(d_arg, a->kwonlyargs);
    FIELD("kw_defaults"); d_exprs(d, a->kw_defaults);
    if (a->kwarg) { FIELD("kwarg"); d_arg(d, a->kwarg); }
    FIELD("defaults"); d_exprs(d, a->defaults);
    CLOSE();
}

static void d_keyword(Dumper *d, const AstKeyword *k)
{
    OPEN("keyword");
    if (k->arg) { FIELD("arg"); d_str(d, k->arg); }
    FIELD("value"); d_expr(d, k->value);
    POS(k);
    CLOSE();
}

static void d_alias(Dumper *d, const AstAlias *a)
{
    OPEN("alias");
    FIELD("name"); d_str(d, a->name);
    if (a->asname) { FIELD("asname"); d_str(d, a->asname); }
    POS(a);
    CLOSE();
}

static void d_withitem(Dumper *d, const AstWithItem *w)
{
    OPEN("withitem");
    FIELD("context_expr"); d_expr(d, w->context_expr);
    if (w->optional_vars) { FIELD("optional_vars"); d_expr(d, w->optional_vars); }
    CLOSE();
}

static void d_comprehension(Dumper *d, const AstComprehension *c)
{
    OPEN("comprehension");
    FIELD("target"); d_expr(d, c->target);
    FIELD("iter"); d_expr(d, c->iter);
    FIELD("ifs"); d_exprs(d, c->ifs);
    FIELD("is_async"); sb_printf(&d->b, "%d", c->is_async);
    CLOSE();
}

static void d_handler(Dumper *d, const AstExceptHandler *h)
{
    OPEN("ExceptHandler");
    if (h->type) { FIELD("type"); d_expr(d, h->type); }
    if (h->name) { FIELD("name"); d_str(d, h->name); }
    FIELD("body"); d_stmts(d, h->body);
    POS(h);
    CLOSE();
}

static void d_match_case(Dumper *d, const AstMatchCase *m)
{
    OPEN("match_case");
    FIELD("pattern"); d_pattern(d, m->pattern);
    if (m->guard) { FIELD("guard"); d_expr(d, m->guard); }
    FIELD("body"); d_stmts(d, m->body);
    CLOSE();
}

static void d_pattern(Dumper *d, const AstPattern *p)
{
    OPEN(ast_pattern_name(p->kind));
    switch (p->kind) {
    case AST_MatchValue:
        FIELD("value"); d_expr(d, p->v.MatchValue.value);
        break;
    case AST_MatchSingleton:
        FIELD("value"); constant_repr(&d->b, &p->v.MatchSingleton.value);
        break;
    case AST_MatchSequence:
        FIELD("patterns"); d_patterns(d, p->v.MatchSequence.patterns);
        break;
    case AST_MatchMapping:
        FIELD("keys"); d_exprs(d, p->v.MatchMapping.keys);
        FIELD("patterns"); d_patterns(d, p->v.MatchMapping.patterns);
        if (p->v.MatchMapping.rest) { FIELD("rest"); d_str(d, p->v.MatchMapping.rest); }
        break;
    case AST_MatchClass:
        FIELD("cls"); d_expr(d, p->v.MatchClass.cls);
        FIELD("patterns"); d_patterns(d, p->v.MatchClass.patterns);
        FIELD("kwd_attrs"); d_idents(d, p->v.MatchClass.kwd_attrs);
        FIELD("kwd_patterns"); d_patterns(d, p->v.MatchClass.kwd_patterns);
        break;
    case AST_MatchStar:
        if (p->v.MatchStar.name) { FIELD("name"); d_str(d, p->v.MatchStar.name); }
        break;
    case AST_MatchAs:
        if (p->v.MatchAs.pattern) { FIELD("pattern"); d_pattern(d, p->v.MatchAs.pattern); }
        if (p->v.MatchAs.name) { FIELD("name"); d_str(d, p->v.MatchAs.name); }
        break;
    case AST_MatchOr:
        FIELD("patterns"); d_patterns(d, p->v.MatchOr.patterns);
        break;
    }
    POS(p);
    CLOSE();
}

static void d_expr(Dumper *d, const AstExpr *e)
{
    OPEN(ast_expr_name(e->kind));
    switch (e->kind) {
    case AST_BoolOp:
        FIELD("op"); sb_puts(&d->b, ast_boolop_name(e->v.BoolOp.op)); sb_puts(&d->b, "()");
        FIELD("values"); d_exprs(d, e->v.BoolOp.values);
        break;
    case AST_NamedExpr:
        FIELD("target"); d_expr(d, e->v.NamedExpr.target);
        FIELD("value"); d_expr(d, e->v.NamedExpr.value);
        break;
    case AST_BinOp:
        FIELD("left"); d_expr(d, e->v.BinOp.left);
        FIELD("op"); sb_puts(&d->b, ast_operator_name(e->v.BinOp.op)); sb_puts(&d->b, "()");
        FIELD("right"); d_expr(d, e->v.BinOp.right);
        break;
    case AST_UnaryOp:
        FIELD("op"); sb_puts(&d->b, ast_unaryop_name(e->v.UnaryOp.op)); sb_puts(&d->b, "()");
        FIELD("operand"); d_expr(d, e->v.UnaryOp.operand);
        break;
    case AST_Lambda:
        FIELD("args"); d_arguments(d, e->v.Lambda.args);
        FIELD("body"); d_expr(d, e->v.Lambda.body);
        break;
    case AST_IfExp:
        FIELD("test"); d_expr(d, e->v.IfExp.test);
        FIELD("body"); d_expr(d, e->v.IfExp.body);
        FIELD("orelse"); d_expr(d, e->v.IfExp.orelse);
        break;
    case AST_Dict:
        FIELD("keys"); d_exprs(d, e->v.Dict.keys);
        FIELD("values"); d_exprs(d, e->v.Dict.values);
        break;
    case AST_Set:
        FIELD("elts"); d_exprs(d, e->v.Set.elts);
        break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_GeneratorExp:
        FIELD("elt"); d_expr(d, e->v.ListComp.elt);
        FIELD("generators"); D_SEQ(d_comprehension, e->v.ListComp.generators);
        break;
    case AST_DictComp:
        FIELD("key"); d_expr(d, e->v.DictComp.key);
        FIELD("value"); d_expr(d, e->v.DictComp.value);
        FIELD("generators"); D_SEQ(d_comprehension, e->v.DictComp.generators);
        break;
    case AST_Await:
        FIELD("value"); d_expr(d, e->v.Await.value);
        break;
    case AST_Yield:
        if (e->v.Yield.value) { FIELD("value"); d_expr(d, e->v.Yield.value); }
        break;
    case AST_YieldFrom:
        FIELD("value"); d_expr(d, e->v.YieldFrom.value);
        break;
    case AST_Compare:
        FIELD("left"); d_expr(d, e->v.Compare.left);
        FIELD("ops");
        sb_puts(&d->b, "[");
        for (int i = 0; i < e->v.Compare.ops.n; i++) {
            if (i) sb_puts(&d->b, ", ");
            sb_puts(&d->b, ast_cmpop_name(e->v.Compare.ops.items[i]));
            sb_puts(&d->b, "()");
        }
        sb_puts(&d->b, "]");
        FIELD("comparators"); d_exprs(d, e->v.Compare.comparators);
        break;
    case AST_Call:
        FIELD("func"); d_expr(d, e->v.Call.func);
        FIELD("args"); d_exprs(d, e->v.Call.args);
        FIELD("keywords"); D_SEQ(d_keyword, e->v.Call.keywords);
        break;
    case AST_FormattedValue:
        FIELD("value"); d_expr(d, e->v.FormattedValue.value);
        FIELD("conversion"); sb_printf(&d->b, "%d", e->v.FormattedValue.conversion);
        if (e->v.FormattedValue.format_spec) {
            FIELD("format_spec"); d_expr(d, e->v.FormattedValue.format_spec);
        }
        break;
    case AST_JoinedStr:
        FIELD("values"); d_exprs(d, e->v.JoinedStr.values);
        break;
    case AST_Constant:
        FIELD("value"); constant_repr(&d->b, &e->v.Constant.value);
        if (e->v.Constant.kind) { FIELD("kind"); d_str(d, e->v.Constant.kind); }
        break;
    case AST_Attribute:
        FIELD("value"); d_expr(d, e->v.Attribute.value);
        FIELD("attr"); d_str(d, e->v.Attribute.attr);
        FIELD("ctx"); d_ctx(d, e->v.Attribute.ctx);
        break;
    case AST_Subscript:
        FIELD("value"); d_expr(d, e->v.Subscript.value);
        FIELD("slice"); d_expr(d, e->v.Subscript.slice);
        FIELD("ctx"); d_ctx(d, e->v.Subscript.ctx);
        break;
    case AST_Starred:
        FIELD("value"); d_expr(d, e->v.Starred.value);
        FIELD("ctx"); d_ctx(d, e->v.Starred.ctx);
        break;
    case AST_Name:
        FIELD("id"); d_str(d, e->v.Name.id);
        FIELD("ctx"); d_ctx(d, e->v.Name.ctx);
        break;
    case AST_List:
        FIELD("elts"); d_exprs(d, e->v.List.elts);
        FIELD("ctx"); d_ctx(d, e->v.List.ctx);
        break;
    case AST_Tuple:
        FIELD("elts"); d_exprs(d, e->v.Tuple.elts);
        FIELD("ctx"); d_ctx(d, e->v.Tuple.ctx);
        break;
    case AST_Slice:
        if (e->v.Slice.lower) { FIELD("lower"); d_expr(d, e->v.Slice.lower); }
        if (e->v.Slice.upper) { FIELD("upper"); d_expr(d, e->v.Slice.upper); }
        if (e->v.Slice.step) { FIELD("step"); d_expr(d, e->v.Slice.step); }
        break;
    }
    POS(e);
    CLOSE();
}

static void d_stmt(Dumper *d, const AstStmt *s)
{
    OPEN(ast_stmt_name(s->kind));
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        FIELD("name"); d_str(d, s->v.FunctionDef.name);
        FIELD("args"); d_arguments(d, s->v.FunctionDef.args);
        FIELD("body"); d_stmts(d, s->v.FunctionDef.body);
        FIELD("decorator_list"); d_exprs(d, s->v.FunctionDef.decorator_list);
        if (s->v.FunctionDef.returns) { FIELD("returns"); d_expr(d, s->v.FunctionDef.returns); }
        if (s->v.FunctionDef.type_comment) { FIELD("type_comment"); d_str(d, s->v.FunctionDef.type_comment); }
        break;
    case AST_ClassDef:
        FIELD("name"); d_str(d, s->v.ClassDef.name);
        FIELD("bases"); d_exprs(d, s->v.ClassDef.bases);
        FIELD("keywords"); D_SEQ(d_keyword, s->v.ClassDef.keywords);
        FIELD("body"); d_stmts(d, s->v.ClassDef.body);
        FIELD("decorator_list"); d_exprs(d, s->v.ClassDef.decorator_list);
        break;
    case AST_Return:
        if (s->v.Return.value) { FIELD("value"); d_expr(d, s->v.Return.value); }
        break;
    case AST_Delete:
        FIELD("targets"); d_exprs(d, s->v.Delete.targets);
        break;
    case AST_Assign:
        FIELD("targets"); d_exprs(d, s->v.Assign.targets);
        FIELD("value"); d_expr(d, s->v.Assign.value);
        if (s->v.Assign.type_comment) { FIELD("type_comment"); d_str(d, s->v.Assign.type_comment); }
        break;
    case AST_AugAssign:
        FIELD("target"); d_expr(d, s->v.AugAssign.target);
        FIELD("op"); sb_puts(&d->b, ast_operator_name(s->v.AugAssign.op)); sb_puts(&d->b, "()");
        FIELD("value"); d_expr(d, s->v.AugAssign.value);
        break;
    case AST_AnnAssign:
        FIELD("target"); d_expr(d, s->v.AnnAssign.target);
        FIELD("annotation"); d_expr(d, s->v.AnnAssign.annotation);
        if (s->v.AnnAssign.value) { FIELD("value"); d_expr(d, s->v.AnnAssign.value); }
        FIELD("simple"); sb_printf(&d->b, "%d", s->v.AnnAssign.simple);
        break;
    case AST_For:
    case AST_AsyncFor:
        FIELD("target"); d_expr(d, s->v.For.target);
        FIELD("iter"); d_expr(d, s->v.For.iter);
        FIELD("body"); d_stmts(d, s->v.For.body);
        FIELD("orelse"); d_stmts(d, s->v.For.orelse);
        if (s->v.For.type_comment) { FIELD("type_comment"); d_str(d, s->v.For.type_comment); }
        break;
    case AST_While:
        FIELD("test"); d_expr(d, s->v.While.test);
        FIELD("body"); d_stmts(d, s->v.While.body);
        FIELD("orelse"); d_stmts(d, s->v.While.orelse);
        break;
    case AST_If:
        FIELD("test"); d_expr(d, s->v.If.test);
        FIELD("body"); d_stmts(d, s->v.If.body);
        FIELD("orelse"); d_stmts(d, s->v.If.orelse);
        break;
    case AST_With:
    case AST_AsyncWith:
        FIELD("items"); D_SEQ(d_withitem, s->v.With.items);
        FIELD("body"); d_stmts(d, s->v.With.body);
        if (s->v.With.type_comment) { FIELD("type_comment"); d_str(d, s->v.With.type_comment); }
        break;
    case AST_Match:
        FIELD("subject"); d_expr(d, s->v.Match.subject);
        FIELD("cases"); D_SEQ(d_match_case, s->v.Match.cases);
        break;
    case AST_Raise:
        if (s->v.Raise.exc) { FIELD("exc"); d_expr(d, s->v.Raise.exc); }
        if (s->v.Raise.cause) { FIELD("cause"); d_expr(d, s->v.Raise.cause); }
        break;
    case AST_Try:
    case AST_TryStar:
        FIELD("body"); d_stmts(d, s->v.Try.body);
        FIELD("handlers"); D_SEQ(d_handler, s->v.Try.handlers);
        FIELD("orelse"); d_stmts(d, s->v.Try.orelse);
        FIELD("finalbody"); d_stmts(d, s->v.Try.finalbody);
        break;
    case AST_Assert:
        FIELD("test"); d_expr(d, s->v.Assert.test);
        if (s->v.Assert.msg) { FIELD("msg"); d_expr(d, s->v.Assert.msg); }
        break;
    case AST_Import:
        FIELD("names"); D_SEQ(d_alias, s->v.Import.names);
        break;
    case AST_ImportFrom:
        if (s->v.ImportFrom.module) { FIELD("module"); d_str(d, s->v.ImportFrom.module); }
        FIELD("names"); D_SEQ(d_alias, s->v.ImportFrom.names);
        FIELD("level"); sb_printf(&d->b, "%d", s->v.ImportFrom.level);
        break;
    case AST_Global:
        FIELD("names"); d_idents(d, s->v.Global.names);
        break;
    case AST_Nonlocal:
        FIELD("names"); d_idents(d, s->v.Nonlocal.names);
        break;
    case AST_Expr:
        FIELD("value"); d_expr(d, s->v.Expr.value);
        break;
    case AST_Pass:
    case AST_Break:
    case AST_Continue:
        break;
    }
    POS(s);
    CLOSE();
}

static void d_type_ignore(Dumper *d, const AstTypeIgnore *t)
{
    OPEN("TypeIgnore");
    FIELD("lineno"); sb_printf(&d->b, "%d", t->lineno);
    FIELD("tag"); d_str(d, t->tag);
    CLOSE();
}

void ast_dump(FILE *out, const AstMod *mod, int include_attributes)
{
    Dumper dd = {{0}, include_attributes};
    Dumper *d = &dd;
    OPEN(ast_mod_name(mod->kind));
    switch (mod->kind) {
    case AST_Module:
        FIELD("body"); d_stmts(d, mod->v.Module.body);
        FIELD("type_ignores"); D_SEQ(d_type_ignore, mod->v.Module.type_ignores);
        break;
    case AST_Interactive:
        FIELD("body"); d_stmts(d, mod->v.Interactive.body);
        break;
    case AST_Expression:
        FIELD("body"); d_expr(d, mod->v.Expression.body);
        break;
    case AST_FunctionType:
        FIELD("argtypes"); d_exprs(d, mod->v.FunctionType.argtypes);
        FIELD("returns"); d_expr(d, mod->v.FunctionType.returns);
        break;
    }
    CLOSE();
    if (dd.b.data) fwrite(dd.b.data, 1, dd.b.len, out);
    free(dd.b.data);
}

#undef OPEN
#undef FIELD
#undef POS
#undef CLOSE
#undef D_SEQ

/* ---- annotations as text ------------------------------------------------------
 * `from __future__ import annotations` stores each annotation as the text of its
 * expression, written back from the tree (not copied from the source): one space
 * around binary operators, ", " between items, parentheses only where precedence
 * needs them. */

enum {
    PR_TUPLE = 1, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};
#define PR_BOR PR_EXPR

static void un_expr(StrBuf *b, const AstExpr *e, int level);

static void un_open(StrBuf *b, int cond) { if (cond) sb_puts(b, "("); }
static void un_close(StrBuf *b, int cond) { if (cond) sb_puts(b, ")"); }

static void un_seq(StrBuf *b, const AstExprSeq *s, int level)
{
    for (int i = 0; i < s->n; i++) {
        if (i) sb_puts(b, ", ");
        un_expr(b, s->items[i], level);
    }
}

static int binop_precedence(AstOperator op)
{
    switch (op) {
    case AST_Add: case AST_Sub: return PR_ARITH;
    case AST_LShift: case AST_RShift: return PR_SHIFT;
    case AST_BitOr: return PR_BOR;
    case AST_BitXor: return PR_BXOR;
    case AST_BitAnd: return PR_BAND;
    case AST_Pow: return PR_POWER;
    default: return PR_TERM;
    }
}

static const char *binop_symbol(AstOperator op)
{
    static const char *const symbols[] = {
        NULL, "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
    };
    return symbols[op];
}

static const char *cmpop_symbol(AstCmpOp op)
{
    static const char *const symbols[] = {
        NULL, "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in",
    };
    return symbols[op];
}

static void un_arguments(StrBuf *b, const AstArguments *a)
{
    int first = 1;
    int npos = a->posonlyargs.n + a->args.n;
    for (int i = 0; i < npos; i++) {
        const AstArg *arg = i < a->posonlyargs.n ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.n];
        if (!first) sb_puts(b, ", ");
        first = 0;
        sb_puts(b, arg->arg);
        int d = i - (npos - a->defaults.n);
        if (d >= 0) {
            sb_puts(b, "=");
            un_expr(b, a->defaults.items[d], PR_TEST);
        }
        if (i + 1 == a->posonlyargs.n) sb_puts(b, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        if (!first) sb_puts(b, ", ");
        first = 0;
        sb_puts(b, "*");
        if (a->vararg) sb_puts(b, a->vararg->arg);
    }
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        sb_puts(b, ", ");
        sb_puts(b, a->kwonlyargs.items[i]->arg);
        if (a->kw_defaults.items[i]) {
            sb_puts(b, "=");
            un_expr(b, a->kw_defaults.items[i], PR_TEST);
        }
    }
    if (a->kwarg) {
        if (!first) sb_puts(b, ", ");
        sb_puts(b, "**");
        sb_puts(b, a->kwarg->arg);
    }
}

static void un_comprehensions(StrBuf *b, const AstComprehensionSeq *gens)
{
    for (int i = 0; i < gens->n; i++) {
        const AstComprehension *g = gens->items[i];
        sb_puts(b, g->is_async ? " async for " : " for ");
        un_expr(b, g->target, PR_TUPLE);
        sb_puts(b, " in ");
        un_expr(b, g->iter, PR_TEST + 1);
        for (int k = 0; k < g->ifs.n; k++) {
            sb_puts(b, " if ");
            un_expr(b, g->ifs.items[k], PR_TEST + 1);
        }
    }
}

static void un_fstring_part(StrBuf *b, const AstExpr *e);

/* The inside of an f-string: literal text with its braces doubled, and the fields. */
static void un_fstring_body(StrBuf *b, const AstExpr *e)
{
    if (e->kind == AST_JoinedStr) {
        for (int i = 0; i < e->v.JoinedStr.values.n; i++) un_fstring_part(b, e->v.JoinedStr.values.items[i]);
    } else {
        un_fstring_part(b, e);
    }
}

static void un_fstring_part(StrBuf *b, const AstExpr *e)
{
    if (e->kind == AST_Constant && e->v.Constant.value.kind == AST_CONST_STR) {
        const char *s = e->v.Constant.value.s.data;
        for (size_t i = 0; i < e->v.Constant.value.s.len; i++)
            sb_putn(b, s[i] == '{' ? "{{" : s[i] == '}' ? "}}" : s + i, s[i] == '{' || s[i] == '}' ? 2 : 1);
        return;
    }
    if (e->kind != AST_FormattedValue) return;
    StrBuf inner = {0};
    un_expr(&inner, e->v.FormattedValue.value, PR_TEST + 1);
    sb_puts(b, inner.data && inner.data[0] == '{' ? "{ " : "{");
    if (inner.data) sb_putn(b, inner.data, inner.len);
    free(inner.data);
    if (e->v.FormattedValue.conversion > 0) sb_printf(b, "!%c", e->v.FormattedValue.conversion);
    if (e->v.FormattedValue.format_spec) {
        sb_puts(b, ":");
        un_fstring_body(b, e->v.FormattedValue.format_spec);
    }
    sb_puts(b, "}");
}

static void un_constant(StrBuf *b, const AstExpr *e)
{
    const AstConstant *c = &e->v.Constant.value;
    if (c->kind == AST_CONST_ELLIPSIS) {
        sb_puts(b, "...");
        return;
    }
    if ((c->kind == AST_CONST_FLOAT || c->kind == AST_CONST_IMAG) && isinf(c->f)) {
        /* an overflowing literal stands for infinity */
        sb_puts(b, c->kind == AST_CONST_IMAG ? "1e309j" : "1e309");
        return;
    }
    if (e->v.Constant.kind) sb_puts(b, e->v.Constant.kind);
    constant_repr(b, c);
}

static void un_expr(StrBuf *b, const AstExpr *e, int level)
{
    int pr;
    switch (e->kind) {
    case AST_BoolOp:
        pr = e->v.BoolOp.op == AST_And ? PR_AND : PR_OR;
        un_open(b, level > pr);
        for (int i = 0; i < e->v.BoolOp.values.n; i++) {
            if (i) sb_puts(b, e->v.BoolOp.op == AST_And ? " and " : " or ");
            un_expr(b, e->v.BoolOp.values.items[i], pr + 1);
        }
        un_close(b, level > pr);
        break;
    case AST_BinOp: {
        pr = binop_precedence(e->v.BinOp.op);
        int right_assoc = e->v.BinOp.op == AST_Pow;
        un_open(b, level > pr);
        un_expr(b, e->v.BinOp.left, pr + right_assoc);
        sb_printf(b, " %s ", binop_symbol(e->v.BinOp.op));
        un_expr(b, e->v.BinOp.right, pr + !right_assoc);
        un_close(b, level > pr);
        break;
    }
    case AST_UnaryOp:
        pr = e->v.UnaryOp.op == AST_Not ? PR_NOT : PR_FACTOR;
        un_open(b, level > pr);
        sb_puts(b, e->v.UnaryOp.op == AST_Not ? "not " : e->v.UnaryOp.op == AST_Invert ? "~"
                   : e->v.UnaryOp.op == AST_UAdd ? "+" : "-");
        un_expr(b, e->v.UnaryOp.operand, pr);
        un_close(b, level > pr);
        break;
    case AST_Lambda: {
        un_open(b, level > PR_TEST);
        StrBuf args = {0};
        un_arguments(&args, e->v.Lambda.args);
        sb_puts(b, args.len ? "lambda " : "lambda");
        if (args.data) sb_putn(b, args.data, args.len);
        free(args.data);
        sb_puts(b, ": ");
        un_expr(b, e->v.Lambda.body, PR_TEST);
        un_close(b, level > PR_TEST);
        break;
    }
    case AST_IfExp:
        un_open(b, level > PR_TEST);
        un_expr(b, e->v.IfExp.body, PR_TEST + 1);
        sb_puts(b, " if ");
        un_expr(b, e->v.IfExp.test, PR_TEST + 1);
        sb_puts(b, " else ");
        un_expr(b, e->v.IfExp.orelse, PR_TEST);
        un_close(b, level > PR_TEST);
        break;
    case AST_Dict:
        sb_puts(b, "{");
        for (int i = 0; i < e->v.Dict.values.n; i++) {
            if (i) sb_puts(b, ", ");
            if (e->v.Dict.keys.items[i]) {
                un_expr(b, e->v.Dict.keys.items[i], PR_TEST);
                sb_puts(b, ": ");
                un_expr(b, e->v.Dict.values.items[i], PR_TEST);
            } else {
                sb_puts(b, "**");
                un_expr(b, e->v.Dict.values.items[i], PR_EXPR);
            }
        }
        sb_puts(b, "}");
        break;
    case AST_Set:
        if (e->v.Set.elts.n == 0) {
            sb_puts(b, "{*()}");
            break;
        }
        sb_puts(b, "{");
        un_seq(b, &e->v.Set.elts, PR_TEST);
        sb_puts(b, "}");
        break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_GeneratorExp: {
        const char *open = e->kind == AST_ListComp ? "[" : e->kind == AST_SetComp ? "{" : "(";
        const char *close = e->kind == AST_ListComp ? "]" : e->kind == AST_SetComp ? "}" : ")";
        sb_puts(b, open);
        un_expr(b, e->v.ListComp.elt, PR_TEST);
        un_comprehensions(b, &e->v.ListComp.generators);
        sb_puts(b, close);
        break;
    }
    case AST_DictComp:
        sb_puts(b, "{");
        un_expr(b, e->v.DictComp.key, PR_TEST);
        sb_puts(b, ": ");
        un_expr(b, e->v.DictComp.value, PR_TEST);
        un_comprehensions(b, &e->v.DictComp.generators);
        sb_puts(b, "}");
        break;
    case AST_Await:
        un_open(b, level > PR_AWAIT);
        sb_puts(b, "await ");
        un_expr(b, e->v.Await.value, PR_ATOM);
        un_close(b, level > PR_AWAIT);
        break;
    case AST_Yield:
        sb_puts(b, e->v.Yield.value ? "(yield " : "(yield");
        if (e->v.Yield.value) un_expr(b, e->v.Yield.value, PR_TEST);
        sb_puts(b, ")");
        break;
    case AST_YieldFrom:
        sb_puts(b, "(yield from ");
        un_expr(b, e->v.YieldFrom.value, PR_TEST);
        sb_puts(b, ")");
        break;
    case AST_Compare:
        un_open(b, level > PR_CMP);
        un_expr(b, e->v.Compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.Compare.ops.n; i++) {
            sb_printf(b, " %s ", cmpop_symbol(e->v.Compare.ops.items[i]));
            un_expr(b, e->v.Compare.comparators.items[i], PR_CMP + 1);
        }
        un_close(b, level > PR_CMP);
        break;
    case AST_Call: {
        un_expr(b, e->v.Call.func, PR_ATOM);
        const AstExprSeq *args = &e->v.Call.args;
        if (args->n == 1 && e->v.Call.keywords.n == 0 && args->items[0]->kind == AST_GeneratorExp) {
            un_expr(b, args->items[0], PR_TEST);  /* f(x for x in y): its own parentheses */
            break;
        }
        sb_puts(b, "(");
        un_seq(b, args, PR_TEST);
        for (int i = 0; i < e->v.Call.keywords.n; i++) {
            const AstKeyword *k = e->v.Call.keywords.items[i];
            if (i || args->n) sb_puts(b, ", ");
            if (k->arg) sb_printf(b, "%s=", k->arg);
            else sb_puts(b, "**");
            un_expr(b, k->value, PR_TEST);
        }
        sb_puts(b, ")");
        break;
    }
    case AST_FormattedValue:
    case AST_JoinedStr: {
        StrBuf body = {0};
        un_fstring_body(&body, e);
        sb_puts(b, "f");
        str_repr(b, body.data ? body.data : "", body.len, 0);
        free(body.data);
        break;
    }
    case AST_Constant: un_constant(b, e); break;
    case AST_Attribute: {
        const AstExpr *v = e->v.Attribute.value;
        un_expr(b, v, PR_ATOM);
        /* `3.real` would read as a float */
        sb_puts(b, v->kind == AST_Constant && v->v.Constant.value.kind == AST_CONST_INT ? " ." : ".");
        sb_puts(b, e->v.Attribute.attr);
        break;
    }
    case AST_Subscript: {
        const AstExpr *s = e->v.Subscript.slice;
        un_expr(b, e->v.Subscript.value, PR_ATOM);
        sb_puts(b, "[");
        if (s->kind == AST_Tuple && s->v.Tuple.elts.n) {
            un_seq(b, &s->v.Tuple.elts, PR_TEST);
            if (s->v.Tuple.elts.n == 1) sb_puts(b, ",");
        } else {
            un_expr(b, s, PR_TUPLE);
        }
        sb_puts(b, "]");
        break;
    }
    case AST_Starred:
        sb_puts(b, "*");
        un_expr(b, e->v.Starred.value, PR_EXPR);
        break;
    case AST_Name: sb_puts(b, e->v.Name.id); break;
    case AST_List:
        sb_puts(b, "[");
        un_seq(b, &e->v.List.elts, PR_TEST);
        sb_puts(b, "]");
        break;
    case AST_Tuple:
        if (e->v.Tuple.elts.n == 0) {
            sb_puts(b, "()");
            break;
        }
        un_open(b, level > PR_TUPLE);
        un_seq(b, &e->v.Tuple.elts, PR_TEST);
        if (e->v.Tuple.elts.n == 1) sb_puts(b, ",");
        un_close(b, level > PR_TUPLE);
        break;
    case AST_Slice:
        if (e->v.Slice.lower) un_expr(b, e->v.Slice.lower, PR_TEST);
        sb_puts(b, ":");
        if (e->v.Slice.upper) un_expr(b, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            sb_puts(b, ":");
            un_expr(b, e->v.Slice.step, PR_TEST);
        }
        break;
    case AST_NamedExpr:
        un_open(b, level > PR_TUPLE);
        un_expr(b, e->v.NamedExpr.target, PR_ATOM);
        sb_puts(b, " := ");
        un_expr(b, e->v.NamedExpr.value, PR_ATOM);
        un_close(b, level > PR_TUPLE);
        break;
    }
}

char *ast_expr_unparse(Arena *a, const AstExpr *e)
{
    StrBuf b = {0};
    un_expr(&b, e, PR_TEST);
    char *r = arena_strndup(a, b.data ? b.data : "", b.len);
    free(b.data);
    return r;
}
