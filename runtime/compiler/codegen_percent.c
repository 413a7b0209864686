/* codegen_percent.c — `'...' % (a, b)` compiled as the f-string it means, as CPython
 * 3.11's AST optimizer does.
 *
 * When the left operand is a str constant whose only conversions are %s, %r and %a
 * (flags from "-+ #0", at most two width digits, an optional '.' with at most two
 * precision digits; `%%` is a literal percent) and the right operand is a tuple display,
 * not all constants and without starred items, with exactly one item per conversion, the
 * expression becomes the literal pieces and one FORMAT_VALUE per item: each item is
 * formatted as soon as it is evaluated, and an error in its __str__/__repr__ points at
 * the item, as in CPython.
 */
#include "spry.h"
#include "compiler/codegen.h"

typedef struct Piece {
    const char *text;          /* a literal (`%%` collapsed), or NULL for a conversion */
    size_t len;
    int oparg;                 /* FORMAT_VALUE's: 1 str, 2 repr, 3 ascii; | 4 with spec */
    char spec[12];             /* [>]width[.precision] */
} Piece;

/* Reads one conversion after its '%' at *pos into u; false if it is not a simple one. */
static bool parse_conversion(const char *p, size_t len, size_t *pos, Piece *u) {
    size_t i = *pos;
    bool left = false;
    while (i < len && (p[i] == '-' || p[i] == '+' || p[i] == ' ' || p[i] == '#' || p[i] == '0')) {
        left |= p[i] == '-';
        i++;
    }
    int width = -1, prec = -1, digits = 0;
    while (i < len && p[i] >= '0' && p[i] <= '9') {
        width = (width < 0 ? 0 : width) * 10 + (p[i++] - '0');
        if (++digits > 2) return false;
    }
    if (i < len && p[i] == '.') {
        i++;
        prec = digits = 0;
        while (i < len && p[i] >= '0' && p[i] <= '9') {
            prec = prec * 10 + (p[i++] - '0');
            if (++digits > 2) return false;
        }
    }
    if (i >= len || (p[i] != 's' && p[i] != 'r' && p[i] != 'a')) return false;
    u->text = NULL;
    u->oparg = p[i] == 's' ? 1 : p[i] == 'r' ? 2 : 3;
    *pos = i + 1;
    char *s = u->spec;
    if (width > 0 && !left) *s++ = '>';
    if (width >= 0) s += sprintf(s, "%d", width);
    if (prec >= 0) s += sprintf(s, ".%d", prec);
    *s = 0;
    if (u->spec[0]) u->oparg |= 4;
    return true;
}

/* Splits the format into pieces (buf holds the literals' text); -1 if it does not apply. */
static int split_format(const char *p, size_t len, char *buf, Piece *pieces, int *nconv) {
    int n = 0;
    size_t lit = 0, start = 0;
    *nconv = 0;
    for (size_t i = 0; i < len;) {
        if (p[i] != '%' || (i + 1 < len && p[i + 1] == '%')) {
            buf[lit++] = p[i];
            i += p[i] == '%' ? 2 : 1;
            continue;
        }
        i++;
        if (lit > start) pieces[n++] = (Piece){.text = buf + start, .len = lit - start};
        start = lit;
        if (!parse_conversion(p, len, &i, &pieces[n++])) return -1;
        ++*nconv;
    }
    if (lit > start) pieces[n++] = (Piece){.text = buf + start, .len = lit - start};
    return n;
}

static int emit_const_str(Compiler *c, const char *s, size_t n) {
    Object *o = str_from_utf8(c->t, s, (intptr_t)n);
    if (!o) return -1;
    return cg_emit_const_steal(c, ref_from_obj(o));
}

int cg_percent_format(Compiler *c, AstExpr *e) {
    AstExpr *left = e->v.BinOp.left, *right = e->v.BinOp.right;
    if (e->v.BinOp.op != AST_Mod || left->kind != AST_Constant ||
        left->v.Constant.value.kind != AST_CONST_STR || right->kind != AST_Tuple)
        return 0;
    AstExprSeq *items = &right->v.Tuple.elts;
    for (int i = 0; i < items->n; i++)
        if (items->items[i]->kind == AST_Starred) return 0;
    const char *p = left->v.Constant.value.s.data;
    size_t len = left->v.Constant.value.s.len;
    /* each conversion takes at least two bytes: at most len + 1 pieces */
    char *buf = arena_alloc(c->arena, len + 1);
    Piece *pieces = arena_alloc(c->arena, sizeof(Piece) * (len + 1));
    if (!buf || !pieces) return err_no_memory(c->t), -1;
    int nconv, n = split_format(p, len, buf, pieces, &nconv);
    if (n < 0 || nconv != items->n) return 0;
    Ref k = cg_fold(c, right);   /* a tuple constant: CPython leaves the `%` */
    if (!ref_is_null(k)) {
        ref_close(k);
        return 0;
    }
    if (err_occurred(c->t)) return -1;

    bool join = n > STACK_USE_GUARD;    /* as a long f-string: ''.join([...]) */
    if (join) {
        TRY(emit_const_str(c, "", 0));
        TRY(cg_emit_name(c, LOAD_METHOD, "join"));
        TRY(cg_emit(c, BUILD_LIST, 0));
    }
    for (int i = 0, item = 0; i < n; i++) {
        Piece *u = &pieces[i];
        if (u->text) {
            /* the literals have no location of their own (no line events) */
            Loc old = cg_set_loc(c, LOC_NONE);
            int r = emit_const_str(c, u->text, u->len);
            c->u->loc = old;
            TRY(r);
        } else {
            AstExpr *x = items->items[item++];
            Loc old = cg_set_loc(c, LOC_OF(x));
            int r = cg_expr(c, x);
            if (r == 0 && u->spec[0]) r = emit_const_str(c, u->spec, strlen(u->spec));
            if (r == 0) r = cg_emit(c, FORMAT_VALUE, u->oparg);
            c->u->loc = old;
            TRY(r);
        }
        if (join) TRY(cg_emit(c, LIST_APPEND, 1));
    }
    if (join) TRY(cg_emit(c, CALL, 1));
    else if (n != 1) TRY(cg_emit(c, BUILD_STRING, n));
    return 1;
}
