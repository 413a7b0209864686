/* symtable.c — building and analysing scopes (see symtable.h).
 *
 * Pass 1 walks the AST and records DEF_* flags per scope. Pass 2 (analyze) resolves each
 * name top-down with the sets CPython uses: `bound` (names bound in enclosing function
 * scopes), `global` (names known global), and, bottom-up, `free` (names the children need
 * from outside). Set semantics are kept identical to CPython's so that corner cases
 * (class scopes, __class__, globals declared in nested functions) classify the same way.
 */
#include "spry.h"
#include "compiler/symtable.h"
#include "compiler/codegen.h"

#include <stdarg.h>
#include <stdio.h>

/* ---- small string sets (arena-backed, open addressing with tombstones) --------------- */
typedef struct StrSet {
    const char **keys;
    int cap, n;
} StrSet;

static const char set_tomb[] = "";

static unsigned str_hash_c(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void sset_init(Arena *a, StrSet *s, int cap) {
    int c = 8;
    while (c < cap * 2) c <<= 1;
    s->keys = arena_alloc(a, sizeof(char *) * (size_t)c);
    s->cap = c;
    s->n = 0;
}

static int sset_find(const StrSet *s, const char *k) {
    if (!s || !s->cap) return -1;
    unsigned i = str_hash_c(k) & (unsigned)(s->cap - 1);
    for (;;) {
        const char *e = s->keys[i];
        if (!e) return -1;
        if (e != set_tomb && strcmp(e, k) == 0) return (int)i;
        i = (i + 1) & (unsigned)(s->cap - 1);
    }
}

static bool sset_has(const StrSet *s, const char *k) { return sset_find(s, k) >= 0; }

static void sset_add(Arena *a, StrSet *s, const char *k) {
    if (sset_has(s, k)) return;
    if ((s->n + 1) * 2 > s->cap) {
        StrSet ns;
        sset_init(a, &ns, s->n + 1);
        for (int i = 0; i < s->cap; i++)
            if (s->keys[i] && s->keys[i] != set_tomb) sset_add(a, &ns, s->keys[i]);
        *s = ns;
    }
    unsigned i = str_hash_c(k) & (unsigned)(s->cap - 1);
    while (s->keys[i] && s->keys[i] != set_tomb) i = (i + 1) & (unsigned)(s->cap - 1);
    s->keys[i] = k;
    s->n++;
}

static void sset_discard(StrSet *s, const char *k) {
    int i = sset_find(s, k);
    if (i >= 0) {
        s->keys[i] = set_tomb;
        s->n--;
    }
}

static void sset_copy(Arena *a, StrSet *dst, const StrSet *src) {
    sset_init(a, dst, src ? src->n : 0);
    if (!src) return;
    for (int i = 0; i < src->cap; i++)
        if (src->keys[i] && src->keys[i] != set_tomb) sset_add(a, dst, src->keys[i]);
}

static void sset_update(Arena *a, StrSet *dst, const StrSet *src) {
    for (int i = 0; i < src->cap; i++)
        if (src->keys[i] && src->keys[i] != set_tomb) sset_add(a, dst, src->keys[i]);
}

#define SET_FOREACH(s, var)                                                                \
    for (int var##_i = 0; var##_i < (s)->cap; var##_i++)                                   \
        for (const char *var = (s)->keys[var##_i]; var && var != set_tomb; var = NULL)

/* ---- builder state ----------------------------------------------------------------------- */
typedef struct Builder {
    Thread *t;
    Arena *a;
    Object *filename;
    const char *src;
    size_t len;
    SymTable *st;
    Scope *cur;
    Scope *global;           /* the module scope */
    const char *private_name;
    bool failed;
} Builder;

/* Each symbol remembers where its global/nonlocal directive was, for later errors. */
typedef struct Directive {
    const char *name;
    const Scope *scope;
    int lineno, col, end_lineno, end_col;
    struct Directive *next;
} Directive;

typedef struct Loc4 {
    int lineno, col, end_lineno, end_col;
} Loc4;
#define L4(n) ((Loc4){(n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset})

static Directive *directives_head(SymTable *st) { return (Directive *)st->directives; }

static int st_error(Builder *b, Loc4 l, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int st_error(Builder *b, Loc4 l, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!b->failed)
        compile_set_syntax_error(b->t, b->filename, b->src, b->len, msg, l.lineno, l.col,
                                 l.end_lineno, l.end_col);
    b->failed = true;
    return -1;
}

/* ---- scopes and symbols ----------------------------------------------------------------- */
Symbol *scope_symbol(Scope *s, const char *name) {
    if (!s->nslots) return NULL;
    unsigned i = str_hash_c(name) & (unsigned)(s->nslots - 1);
    for (;;) {
        int k = s->slots[i];
        if (!k) return NULL;
        if (strcmp(s->syms[k - 1].name, name) == 0) return &s->syms[k - 1];
        i = (i + 1) & (unsigned)(s->nslots - 1);
    }
}

int scope_name_scope(Scope *s, const char *name) {
    Symbol *sym = scope_symbol(s, name);
    return sym ? sym->scope : SC_NONE;
}

static void scope_rehash(Arena *a, Scope *s, int nslots) {
    s->slots = arena_alloc(a, sizeof(int) * (size_t)nslots);
    s->nslots = nslots;
    for (int k = 0; k < s->nsyms; k++) {
        unsigned i = str_hash_c(s->syms[k].name) & (unsigned)(nslots - 1);
        while (s->slots[i]) i = (i + 1) & (unsigned)(nslots - 1);
        s->slots[i] = k + 1;
    }
}

static Symbol *scope_add_symbol(Arena *a, Scope *s, const char *name) {
    Symbol *sym = scope_symbol(s, name);
    if (sym) return sym;
    if (s->nsyms == s->capsyms) {
        int nc = s->capsyms ? s->capsyms * 2 : 8;
        Symbol *ns = arena_alloc(a, sizeof(Symbol) * (size_t)nc);
        if (s->nsyms) memcpy(ns, s->syms, sizeof(Symbol) * (size_t)s->nsyms);
        s->syms = ns;
        s->capsyms = nc;
    }
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->scope = SC_NONE;
    if (s->nsyms * 2 > s->nslots) scope_rehash(a, s, s->nslots ? s->nslots * 2 : 16);
    else {
        unsigned i = str_hash_c(name) & (unsigned)(s->nslots - 1);
        while (s->slots[i]) i = (i + 1) & (unsigned)(s->nslots - 1);
        s->slots[i] = s->nsyms;
    }
    return sym;
}

static void map_put(SymTable *st, const void *key, Scope *s) {
    if ((st->nused + 1) * 2 > st->nmap) {
        int nc = st->nmap ? st->nmap * 2 : 64;
        const void **nk = arena_alloc(st->arena, sizeof(void *) * (size_t)nc);
        Scope **nv = arena_alloc(st->arena, sizeof(Scope *) * (size_t)nc);
        for (int i = 0; i < st->nmap; i++) {
            if (!st->keys[i]) continue;
            unsigned h = (unsigned)(((uintptr_t)st->keys[i] >> 4) * 2654435761u) & (unsigned)(nc - 1);
            while (nk[h]) h = (h + 1) & (unsigned)(nc - 1);
            nk[h] = st->keys[i];
            nv[h] = st->vals[i];
        }
        st->keys = nk;
        st->vals = nv;
        st->nmap = nc;
    }
    unsigned h = (unsigned)(((uintptr_t)key >> 4) * 2654435761u) & (unsigned)(st->nmap - 1);
    while (st->keys[h]) h = (h + 1) & (unsigned)(st->nmap - 1);
    st->keys[h] = key;
    st->vals[h] = s;
    st->nused++;
}

Scope *symtable_lookup(SymTable *st, const void *key) {
    if (!st->nmap) return NULL;
    unsigned h = (unsigned)(((uintptr_t)key >> 4) * 2654435761u) & (unsigned)(st->nmap - 1);
    while (st->keys[h]) {
        if (st->keys[h] == key) return st->vals[h];
        h = (h + 1) & (unsigned)(st->nmap - 1);
    }
    return NULL;
}

const char *symtable_mangle(Arena *a, const char *private_name, const char *name) {
    if (!private_name || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    /* Names ending in two underscores (dunders, and `__` itself) and dotted names
     * (import) are left alone. */
    if (name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*private_name == '_') private_name++;
    if (!*private_name) return name;
    size_t pn = strlen(private_name);
    char *r = arena_alloc(a, pn + n + 2);
    r[0] = '_';
    memcpy(r + 1, private_name, pn);
    memcpy(r + 1 + pn, name, n + 1);
    return r;
}

static Scope *enter_scope(Builder *b, ScopeType type, const char *name, const void *key,
                          int lineno, int col, int end_lineno, int end_col) {
    Scope *s = arena_alloc(b->a, sizeof(Scope));
    s->type = type;
    s->name = name;
    s->key = key;
    s->parent = b->cur;
    s->lineno = lineno;
    s->col_offset = col;
    s->end_lineno = end_lineno;
    s->end_col_offset = end_col;
    Scope *p = b->cur;
    if (p) {
        if (p->nested || p->type == SCOPE_FUNCTION) s->nested = true;
        if (p->nchildren == p->capchildren) {
            int nc = p->capchildren ? p->capchildren * 2 : 4;
            Scope **ns = arena_alloc(b->a, sizeof(Scope *) * (size_t)nc);
            if (p->nchildren) memcpy(ns, p->children, sizeof(Scope *) * (size_t)p->nchildren);
            p->children = ns;
            p->capchildren = nc;
        }
        p->children[p->nchildren++] = s;
    }
    map_put(b->st, key, s);
    b->cur = s;
    return s;
}

static void exit_scope(Builder *b) { b->cur = b->cur->parent; }

static void record_directive(Builder *b, const char *name, Loc4 l) {
    Directive *d = arena_alloc(b->a, sizeof(Directive));
    d->name = name;
    d->scope = b->cur;
    d->lineno = l.lineno;
    d->col = l.col;
    d->end_lineno = l.end_lineno;
    d->end_col = l.end_col;
    d->next = directives_head(b->st);
    b->st->directives = d;
}

static Loc4 directive_loc(SymTable *st, const Scope *s, const char *name) {
    for (Directive *d = directives_head(st); d; d = d->next)
        if (d->scope == s && strcmp(d->name, name) == 0) {
            /* the list is newest-first; keep looking for the earliest */
            Loc4 l = {d->lineno, d->col, d->end_lineno, d->end_col};
            for (Directive *e = d->next; e; e = e->next)
                if (e->scope == s && strcmp(e->name, name) == 0)
                    l = (Loc4){e->lineno, e->col, e->end_lineno, e->end_col};
            return l;
        }
    return (Loc4){s->lineno, s->col_offset, s->end_lineno, s->end_col_offset};
}

/* Adds `flag` to the (mangled) name in scope `s`. */
static int add_def_in(Builder *b, Scope *s, const char *name, int flag, Loc4 l) {
    const char *m = symtable_mangle(b->a, b->private_name, name);
    Symbol *sym = scope_add_symbol(b->a, s, m);
    int val = sym->flags;
    if ((flag & DEF_PARAM) && (val & DEF_PARAM))
        return st_error(b, l, "duplicate argument '%s' in function definition", name);
    val |= flag;
    if (s->comp_iter_target_active) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return st_error(b, l,
                            "comprehension inner loop cannot rebind assignment expression "
                            "target '%s'", name);
        val |= DEF_COMP_ITER;
    }
    sym->flags = val;
    if (flag & DEF_PARAM) {
        if (s->nparams == s->capparams) {
            int nc = s->capparams ? s->capparams * 2 : 8;
            const char **np = arena_alloc(b->a, sizeof(char *) * (size_t)nc);
            if (s->nparams) memcpy(np, s->params, sizeof(char *) * (size_t)s->nparams);
            s->params = np;
            s->capparams = nc;
        }
        s->params[s->nparams++] = m;
    } else if (flag & DEF_GLOBAL) {
        /* As CPython: a global declaration anywhere also marks the module's symbol. */
        Symbol *g = scope_add_symbol(b->a, b->global, m);
        g->flags |= flag;
    }
    return 0;
}

static int add_def(Builder *b, const char *name, int flag, Loc4 l) {
    return add_def_in(b, b->cur, name, flag, l);
}

static int lookup_flags(Builder *b, const char *name) {
    Symbol *s = scope_symbol(b->cur, symtable_mangle(b->a, b->private_name, name));
    return s ? s->flags : 0;
}

/* ---- pass 1: the visitor ------------------------------------------------------------------ */
static int v_stmt(Builder *b, AstStmt *s);
static int v_expr(Builder *b, AstExpr *e);
static int v_pattern(Builder *b, AstPattern *p);

static int v_stmts(Builder *b, AstStmtSeq *seq) {
    for (int i = 0; i < seq->n; i++) TRY(v_stmt(b, seq->items[i]));
    return 0;
}

static int v_exprs(Builder *b, AstExprSeq *seq) {
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i]) TRY(v_expr(b, seq->items[i]));
    return 0;
}

static int v_params(Builder *b, AstArgSeq *args) {
    for (int i = 0; i < args->n; i++) TRY(add_def(b, args->items[i]->arg, DEF_PARAM, L4(args->items[i])));
    return 0;
}

static int v_arguments(Builder *b, AstArguments *a) {
    TRY(v_params(b, &a->posonlyargs));
    TRY(v_params(b, &a->args));
    TRY(v_params(b, &a->kwonlyargs));
    if (a->vararg) {
        TRY(add_def(b, a->vararg->arg, DEF_PARAM, L4(a->vararg)));
        b->cur->varargs = true;
    }
    if (a->kwarg) {
        TRY(add_def(b, a->kwarg->arg, DEF_PARAM, L4(a->kwarg)));
        b->cur->varkeywords = true;
    }
    return 0;
}

static int v_annotation(Builder *b, AstExpr *e) { return e ? v_expr(b, e) : 0; }

static int v_argannotations(Builder *b, AstArgSeq *args) {
    for (int i = 0; i < args->n; i++) TRY(v_annotation(b, args->items[i]->annotation));
    return 0;
}

static int v_annotations(Builder *b, AstArguments *a, AstExpr *returns) {
    TRY(v_argannotations(b, &a->posonlyargs));
    TRY(v_argannotations(b, &a->args));
    if (a->vararg) TRY(v_annotation(b, a->vararg->annotation));
    if (a->kwarg) TRY(v_annotation(b, a->kwarg->annotation));
    TRY(v_argannotations(b, &a->kwonlyargs));
    return v_annotation(b, returns);
}

static int v_alias(Builder *b, AstAlias *al) {
    const char *store = al->asname;
    if (!store) {
        const char *dot = strchr(al->name, '.');
        store = dot ? arena_strndup(b->a, al->name, (size_t)(dot - al->name)) : al->name;
    }
    if (strcmp(al->name, "*") == 0) {
        if (b->cur->type != SCOPE_MODULE)
            return st_error(b, L4(al), "import * only allowed at module level");
        return 0;
    }
    return add_def(b, store, DEF_IMPORT, L4(al));
}

static int v_stmt(Builder *b, AstStmt *s) {
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: {
        AstArguments *a = s->v.FunctionDef.args;
        TRY(add_def(b, s->v.FunctionDef.name, DEF_LOCAL, L4(s)));
        TRY(v_exprs(b, &a->defaults));
        TRY(v_exprs(b, &a->kw_defaults));
        TRY(v_annotations(b, a, s->v.FunctionDef.returns));
        TRY(v_exprs(b, &s->v.FunctionDef.decorator_list));
        Scope *sc = enter_scope(b, SCOPE_FUNCTION, s->v.FunctionDef.name, s, s->lineno,
                                s->col_offset, s->end_lineno, s->end_col_offset);
        if (s->kind == AST_AsyncFunctionDef) sc->coroutine = true;
        TRY(v_arguments(b, a));
        TRY(v_stmts(b, &s->v.FunctionDef.body));
        exit_scope(b);
        return 0;
    }
    case AST_ClassDef: {
        TRY(add_def(b, s->v.ClassDef.name, DEF_LOCAL, L4(s)));
        TRY(v_exprs(b, &s->v.ClassDef.bases));
        for (int i = 0; i < s->v.ClassDef.keywords.n; i++)
            TRY(v_expr(b, s->v.ClassDef.keywords.items[i]->value));
        TRY(v_exprs(b, &s->v.ClassDef.decorator_list));
        enter_scope(b, SCOPE_CLASS, s->v.ClassDef.name, s, s->lineno, s->col_offset,
                    s->end_lineno, s->end_col_offset);
        const char *saved = b->private_name;
        b->private_name = s->v.ClassDef.name;
        int r = v_stmts(b, &s->v.ClassDef.body);
        b->private_name = saved;
        exit_scope(b);
        return r;
    }
    case AST_Return:
        if (s->v.Return.value) {
            TRY(v_expr(b, s->v.Return.value));
            b->cur->returns_value = true;
        }
        return 0;
    case AST_Delete:
        return v_exprs(b, &s->v.Delete.targets);
    case AST_Assign:
        TRY(v_exprs(b, &s->v.Assign.targets));
        return v_expr(b, s->v.Assign.value);
    case AST_AnnAssign: {
        AstExpr *tg = s->v.AnnAssign.target;
        if (tg->kind == AST_Name) {
            int cur = lookup_flags(b, tg->v.Name.id);
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && b->cur != b->global && s->v.AnnAssign.simple)
                return st_error(b, L4(s),
                                (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                   : "annotated name '%s' can't be nonlocal",
                                tg->v.Name.id);
            if (s->v.AnnAssign.simple) TRY(add_def(b, tg->v.Name.id, DEF_ANNOT | DEF_LOCAL, L4(tg)));
            else if (s->v.AnnAssign.value) TRY(add_def(b, tg->v.Name.id, DEF_LOCAL, L4(tg)));
        } else {
            TRY(v_expr(b, tg));
        }
        TRY(v_annotation(b, s->v.AnnAssign.annotation));
        if (s->v.AnnAssign.value) TRY(v_expr(b, s->v.AnnAssign.value));
        return 0;
    }
    case AST_AugAssign:
        TRY(v_expr(b, s->v.AugAssign.target));
        return v_expr(b, s->v.AugAssign.value);
    case AST_For:
    case AST_AsyncFor:
        TRY(v_expr(b, s->v.For.target));
        TRY(v_expr(b, s->v.For.iter));
        TRY(v_stmts(b, &s->v.For.body));
        return v_stmts(b, &s->v.For.orelse);
    case AST_While:
        TRY(v_expr(b, s->v.While.test));
        TRY(v_stmts(b, &s->v.While.body));
        return v_stmts(b, &s->v.While.orelse);
    case AST_If:
        TRY(v_expr(b, s->v.If.test));
        TRY(v_stmts(b, &s->v.If.body));
        return v_stmts(b, &s->v.If.orelse);
    case AST_Match:
        TRY(v_expr(b, s->v.Match.subject));
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            AstMatchCase *mc = s->v.Match.cases.items[i];
            TRY(v_pattern(b, mc->pattern));
            if (mc->guard) TRY(v_expr(b, mc->guard));
            TRY(v_stmts(b, &mc->body));
        }
        return 0;
    case AST_Raise:
        if (s->v.Raise.exc) TRY(v_expr(b, s->v.Raise.exc));
        if (s->v.Raise.cause) TRY(v_expr(b, s->v.Raise.cause));
        return 0;
    case AST_Try:
    case AST_TryStar:
        TRY(v_stmts(b, &s->v.Try.body));
        TRY(v_stmts(b, &s->v.Try.orelse));
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            AstExceptHandler *h = s->v.Try.handlers.items[i];
            if (h->type) TRY(v_expr(b, h->type));
            if (h->name) TRY(add_def(b, h->name, DEF_LOCAL, L4(h)));
            TRY(v_stmts(b, &h->body));
        }
        return v_stmts(b, &s->v.Try.finalbody);
    case AST_Assert:
        TRY(v_expr(b, s->v.Assert.test));
        if (s->v.Assert.msg) TRY(v_expr(b, s->v.Assert.msg));
        return 0;
    case AST_Import:
        for (int i = 0; i < s->v.Import.names.n; i++) TRY(v_alias(b, s->v.Import.names.items[i]));
        return 0;
    case AST_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.n; i++)
            TRY(v_alias(b, s->v.ImportFrom.names.items[i]));
        return 0;
    case AST_Global:
    case AST_Nonlocal: {
        bool is_global = s->kind == AST_Global;
        AstIdentSeq *names = is_global ? &s->v.Global.names : &s->v.Nonlocal.names;
        for (int i = 0; i < names->n; i++) {
            const char *name = names->items[i];
            int cur = lookup_flags(b, name);
            if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
                const char *fmt;
                if (cur & DEF_PARAM)
                    fmt = is_global ? "name '%s' is parameter and global"
                                    : "name '%s' is parameter and nonlocal";
                else if (cur & DEF_USE)
                    fmt = is_global ? "name '%s' is used prior to global declaration"
                                    : "name '%s' is used prior to nonlocal declaration";
                else if (cur & DEF_ANNOT)
                    fmt = is_global ? "annotated name '%s' can't be global"
                                    : "annotated name '%s' can't be nonlocal";
                else
                    fmt = is_global ? "name '%s' is assigned to before global declaration"
                                    : "name '%s' is assigned to before nonlocal declaration";
                return st_error(b, L4(s), fmt, name);
            }
            TRY(add_def(b, name, is_global ? DEF_GLOBAL : DEF_NONLOCAL, L4(s)));
            record_directive(b, symtable_mangle(b->a, b->private_name, name), L4(s));
        }
        return 0;
    }
    case AST_Expr:
        return v_expr(b, s->v.Expr.value);
    case AST_Pass:
    case AST_Break:
    case AST_Continue:
        return 0;
    case AST_With:
    case AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.n; i++) {
            AstWithItem *it = s->v.With.items.items[i];
            TRY(v_expr(b, it->context_expr));
            if (it->optional_vars) TRY(v_expr(b, it->optional_vars));
        }
        return v_stmts(b, &s->v.With.body);
    }
    return 0;
}

static int extend_namedexpr_scope(Builder *b, AstExpr *target) {
    const char *name = target->v.Name.id;
    for (Scope *s = b->cur; s; s = s->parent) {
        if (s->comprehension) {
            Symbol *sym = scope_symbol(s, symtable_mangle(b->a, b->private_name, name));
            if (sym && (sym->flags & DEF_COMP_ITER))
                return st_error(b, L4(target),
                                "assignment expression cannot rebind comprehension iteration "
                                "variable '%s'", name);
            continue;
        }
        if (s->type == SCOPE_FUNCTION) {
            Symbol *sym = scope_symbol(s, symtable_mangle(b->a, b->private_name, name));
            if (sym && (sym->flags & DEF_GLOBAL)) TRY(add_def(b, name, DEF_GLOBAL, L4(target)));
            else TRY(add_def(b, name, DEF_NONLOCAL, L4(target)));
            record_directive(b, symtable_mangle(b->a, b->private_name, name), L4(target));
            return add_def_in(b, s, name, DEF_LOCAL, L4(target));
        }
        if (s->type == SCOPE_MODULE) {
            TRY(add_def(b, name, DEF_GLOBAL, L4(target)));
            record_directive(b, symtable_mangle(b->a, b->private_name, name), L4(target));
            return add_def_in(b, s, name, DEF_GLOBAL, L4(target));
        }
        if (s->type == SCOPE_CLASS)
            return st_error(b, L4(target),
                            "assignment expression within a comprehension cannot be used in "
                            "a class body");
    }
    return 0;
}

static int v_comprehension(Builder *b, AstExpr *e, const char *scope_name,
                           AstComprehensionSeq *gens, AstExpr *elt, AstExpr *value) {
    bool is_generator = e->kind == AST_GeneratorExp;
    AstComprehension *outer = gens->items[0];
    b->cur->comp_iter_expr++;
    int r = v_expr(b, outer->iter);
    b->cur->comp_iter_expr--;
    TRY(r);
    Scope *sc = enter_scope(b, SCOPE_FUNCTION, scope_name, e, e->lineno, e->col_offset,
                            e->end_lineno, e->end_col_offset);
    sc->comprehension = true;
    sc->comp_kind = e->kind;
    sc->is_genexp = is_generator;
    if (outer->is_async) sc->coroutine = true;
    TRY(add_def(b, ".0", DEF_PARAM, L4(e)));
    sc->comp_iter_target_active = true;
    r = v_expr(b, outer->target);
    sc->comp_iter_target_active = false;
    TRY(r);
    TRY(v_exprs(b, &outer->ifs));
    for (int i = 1; i < gens->n; i++) {
        AstComprehension *g = gens->items[i];
        sc->comp_iter_target_active = true;
        r = v_expr(b, g->target);
        sc->comp_iter_target_active = false;
        TRY(r);
        sc->comp_iter_expr++;
        r = v_expr(b, g->iter);
        sc->comp_iter_expr--;
        TRY(r);
        TRY(v_exprs(b, &g->ifs));
        if (g->is_async) sc->coroutine = true;
    }
    if (value) TRY(v_expr(b, value));
    TRY(v_expr(b, elt));
    sc->generator = is_generator;
    bool is_async = sc->coroutine && !is_generator;
    exit_scope(b);
    if (is_async) b->cur->coroutine = true;
    return 0;
}

static int comprehension_yield_error(Builder *b, AstExpr *e) {
    const char *what = "generator expression";
    switch (b->cur->comp_kind) {
    case AST_ListComp: what = "list comprehension"; break;
    case AST_SetComp: what = "set comprehension"; break;
    case AST_DictComp: what = "dict comprehension"; break;
    default: break;
    }
    return st_error(b, L4(e), "'yield' inside %s", what);
}

static int v_expr(Builder *b, AstExpr *e) {
    if (!rec_enter(b->t, " during compilation")) {
        b->failed = true;
        return -1;
    }
    int r = 0;
    switch (e->kind) {
    case AST_NamedExpr:
        if (b->cur->comp_iter_expr > 0) {
            r = st_error(b, L4(e), "assignment expression cannot be used in a comprehension "
                                   "iterable expression");
            break;
        }
        if (b->cur->comprehension && (r = extend_namedexpr_scope(b, e->v.NamedExpr.target)) < 0)
            break;
        if ((r = v_expr(b, e->v.NamedExpr.value)) < 0) break;
        r = v_expr(b, e->v.NamedExpr.target);
        break;
    case AST_BoolOp:
        r = v_exprs(b, &e->v.BoolOp.values);
        break;
    case AST_BinOp:
        if ((r = v_expr(b, e->v.BinOp.left)) < 0) break;
        r = v_expr(b, e->v.BinOp.right);
        break;
    case AST_UnaryOp:
        r = v_expr(b, e->v.UnaryOp.operand);
        break;
    case AST_Lambda: {
        AstArguments *a = e->v.Lambda.args;
        if ((r = v_exprs(b, &a->defaults)) < 0) break;
        if ((r = v_exprs(b, &a->kw_defaults)) < 0) break;
        Scope *sc = enter_scope(b, SCOPE_FUNCTION, "lambda", e, e->lineno, e->col_offset,
                                e->end_lineno, e->end_col_offset);
        sc->is_lambda = true;
        if ((r = v_arguments(b, a)) < 0) break;
        r = v_expr(b, e->v.Lambda.body);
        exit_scope(b);
        break;
    }
    case AST_IfExp:
        if ((r = v_expr(b, e->v.IfExp.test)) < 0) break;
        if ((r = v_expr(b, e->v.IfExp.body)) < 0) break;
        r = v_expr(b, e->v.IfExp.orelse);
        break;
    case AST_Dict:
        if ((r = v_exprs(b, &e->v.Dict.keys)) < 0) break;
        r = v_exprs(b, &e->v.Dict.values);
        break;
    case AST_Set:
        r = v_exprs(b, &e->v.Set.elts);
        break;
    case AST_GeneratorExp:
        r = v_comprehension(b, e, "genexpr", &e->v.GeneratorExp.generators,
                            e->v.GeneratorExp.elt, NULL);
        break;
    case AST_ListComp:
        r = v_comprehension(b, e, "listcomp", &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
        break;
    case AST_SetComp:
        r = v_comprehension(b, e, "setcomp", &e->v.SetComp.generators, e->v.SetComp.elt, NULL);
        break;
    case AST_DictComp:
        r = v_comprehension(b, e, "dictcomp", &e->v.DictComp.generators, e->v.DictComp.key,
                            e->v.DictComp.value);
        break;
    case AST_Yield:
    case AST_YieldFrom:
        if (e->v.Yield.value && (r = v_expr(b, e->v.Yield.value)) < 0) break;
        b->cur->generator = true;
        if (b->cur->comprehension) r = comprehension_yield_error(b, e);
        break;
    case AST_Await:
        if ((r = v_expr(b, e->v.Await.value)) < 0) break;
        b->cur->coroutine = true;
        break;
    case AST_Compare:
        if ((r = v_expr(b, e->v.Compare.left)) < 0) break;
        r = v_exprs(b, &e->v.Compare.comparators);
        break;
    case AST_Call:
        if ((r = v_expr(b, e->v.Call.func)) < 0) break;
        if ((r = v_exprs(b, &e->v.Call.args)) < 0) break;
        for (int i = 0; i < e->v.Call.keywords.n && r == 0; i++)
            r = v_expr(b, e->v.Call.keywords.items[i]->value);
        break;
    case AST_FormattedValue:
        if ((r = v_expr(b, e->v.FormattedValue.value)) < 0) break;
        if (e->v.FormattedValue.format_spec) r = v_expr(b, e->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr:
        r = v_exprs(b, &e->v.JoinedStr.values);
        break;
    case AST_Constant:
        break;
    case AST_Attribute:
        r = v_expr(b, e->v.Attribute.value);
        break;
    case AST_Subscript:
        if ((r = v_expr(b, e->v.Subscript.value)) < 0) break;
        r = v_expr(b, e->v.Subscript.slice);
        break;
    case AST_Starred:
        r = v_expr(b, e->v.Starred.value);
        break;
    case AST_Slice:
        if (e->v.Slice.lower && (r = v_expr(b, e->v.Slice.lower)) < 0) break;
        if (e->v.Slice.upper && (r = v_expr(b, e->v.Slice.upper)) < 0) break;
        if (e->v.Slice.step) r = v_expr(b, e->v.Slice.step);
        break;
    case AST_Name:
        if ((r = add_def(b, e->v.Name.id, e->v.Name.ctx == AST_Load ? DEF_USE : DEF_LOCAL, L4(e))) < 0)
            break;
        /* super() implicitly uses the __class__ cell. */
        if (e->v.Name.ctx == AST_Load && b->cur->type == SCOPE_FUNCTION &&
            strcmp(e->v.Name.id, "super") == 0)
            r = add_def(b, "__class__", DEF_USE, L4(e));
        break;
    case AST_List:
        r = v_exprs(b, &e->v.List.elts);
        break;
    case AST_Tuple:
        r = v_exprs(b, &e->v.Tuple.elts);
        break;
    }
    rec_leave(b->t);
    return r;
}

static int v_pattern(Builder *b, AstPattern *p) {
    switch (p->kind) {
    case AST_MatchValue:
        return v_expr(b, p->v.MatchValue.value);
    case AST_MatchSingleton:
        return 0;
    case AST_MatchSequence:
        for (int i = 0; i < p->v.MatchSequence.patterns.n; i++)
            TRY(v_pattern(b, p->v.MatchSequence.patterns.items[i]));
        return 0;
    case AST_MatchStar:
        if (p->v.MatchStar.name) return add_def(b, p->v.MatchStar.name, DEF_LOCAL, L4(p));
        return 0;
    case AST_MatchMapping:
        TRY(v_exprs(b, &p->v.MatchMapping.keys));
        for (int i = 0; i < p->v.MatchMapping.patterns.n; i++)
            TRY(v_pattern(b, p->v.MatchMapping.patterns.items[i]));
        if (p->v.MatchMapping.rest) return add_def(b, p->v.MatchMapping.rest, DEF_LOCAL, L4(p));
        return 0;
    case AST_MatchClass:
        TRY(v_expr(b, p->v.MatchClass.cls));
        for (int i = 0; i < p->v.MatchClass.patterns.n; i++)
            TRY(v_pattern(b, p->v.MatchClass.patterns.items[i]));
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.n; i++)
            TRY(v_pattern(b, p->v.MatchClass.kwd_patterns.items[i]));
        return 0;
    case AST_MatchAs:
        if (p->v.MatchAs.pattern) TRY(v_pattern(b, p->v.MatchAs.pattern));
        if (p->v.MatchAs.name) return add_def(b, p->v.MatchAs.name, DEF_LOCAL, L4(p));
        return 0;
    case AST_MatchOr:
        for (int i = 0; i < p->v.MatchOr.patterns.n; i++)
            TRY(v_pattern(b, p->v.MatchOr.patterns.items[i]));
        return 0;
    }
    return 0;
}

/* ---- pass 2: analysis ---------------------------------------------------------------------- */
static int analyze_name(Builder *b, Scope *s, Symbol *sym, StrSet *bound, StrSet *local,
                        StrSet *free, StrSet *global) {
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return st_error(b, *(Loc4[]){directive_loc(b->st, s, name)},
                            "name '%s' is nonlocal and global", name);
        sym->scope = SC_GLOBAL_EXPLICIT;
        sset_add(b->a, global, name);
        if (bound) sset_discard(bound, name);
        return 0;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound)
            return st_error(b, *(Loc4[]){directive_loc(b->st, s, name)},
                            "nonlocal declaration not allowed at module level");
        if (!sset_has(bound, name))
            return st_error(b, *(Loc4[]){directive_loc(b->st, s, name)},
                            "no binding for nonlocal '%s' found", name);
        sym->scope = SC_FREE;
        s->has_free = true;
        sset_add(b->a, free, name);
        return 0;
    }
    if (flags & DEF_BOUND) {
        sym->scope = SC_LOCAL;
        sset_add(b->a, local, name);
        sset_discard(global, name);
        return 0;
    }
    if (bound && sset_has(bound, name)) {
        sym->scope = SC_FREE;
        s->has_free = true;
        sset_add(b->a, free, name);
        return 0;
    }
    if (global && sset_has(global, name)) {
        sym->scope = SC_GLOBAL_IMPLICIT;
        return 0;
    }
    if (s->nested) s->has_free = true;
    sym->scope = SC_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(Builder *b, Scope *s, StrSet *bound, StrSet *free, StrSet *global);

static int analyze_block(Builder *b, Scope *s, StrSet *bound, StrSet *free, StrSet *global) {
    Arena *a = b->a;
    StrSet local, newbound, newglobal, newfree, allfree;
    sset_init(a, &local, 8);
    sset_init(a, &newfree, 8);
    sset_init(a, &allfree, 8);
    if (s->type == SCOPE_CLASS) {
        sset_copy(a, &newglobal, global);
        if (bound) sset_copy(a, &newbound, bound);
        else sset_init(a, &newbound, 8);
    }
    for (int i = 0; i < s->nsyms; i++)
        TRY(analyze_name(b, s, &s->syms[i], bound, &local, free, global));
    if (s->type != SCOPE_CLASS) {
        sset_init(a, &newbound, 8);
        if (s->type == SCOPE_FUNCTION) sset_update(a, &newbound, &local);
        if (bound) sset_update(a, &newbound, bound);
        sset_copy(a, &newglobal, global);
    } else {
        sset_add(a, &newbound, "__class__");
    }
    for (int i = 0; i < s->nchildren; i++) {
        Scope *ch = s->children[i];
        StrSet cb, cg, cf;
        sset_copy(a, &cb, &newbound);
        sset_copy(a, &cg, &newglobal);
        sset_init(a, &cf, 8);
        TRY(analyze_block(b, ch, &cb, &cf, &cg));
        sset_update(a, &allfree, &cf);
        if (ch->has_free || ch->child_free) s->child_free = true;
    }
    sset_update(a, &newfree, &allfree);
    if (s->type == SCOPE_FUNCTION) {
        /* analyze_cells: locals that children need become cells */
        for (int i = 0; i < s->nsyms; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->scope != SC_LOCAL || !sset_has(&newfree, sym->name)) continue;
            sym->scope = SC_CELL;
            sset_discard(&newfree, sym->name);
        }
    } else if (s->type == SCOPE_CLASS) {
        if (sset_has(&newfree, "__class__")) {
            sset_discard(&newfree, "__class__");
            s->needs_class_closure = true;
        }
    }
    /* update_symbols: record free variables the children need from further out */
    SET_FOREACH(&newfree, name) {
        Symbol *sym = scope_symbol(s, name);
        if (sym) {
            if (s->type == SCOPE_CLASS && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
                sym->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !sset_has(bound, name)) continue;
        sym = scope_add_symbol(a, s, name);
        sym->scope = SC_FREE;
    }
    sset_update(a, free, &newfree);
    return 0;
}

SymTable *symtable_build(Thread *t, Arena *a, AstMod *mod, Object *filename, const char *src,
                         size_t len) {
    SymTable *st = arena_alloc(a, sizeof(SymTable));
    st->arena = a;
    Builder b = {.t = t, .a = a, .filename = filename, .src = src, .len = len, .st = st};
    Scope *top = enter_scope(&b, SCOPE_MODULE, "top", mod, 0, 0, 0, 0);
    st->top = top;
    b.global = top;
    int r = 0;
    switch (mod->kind) {
    case AST_Module: r = v_stmts(&b, &mod->v.Module.body); break;
    case AST_Interactive: r = v_stmts(&b, &mod->v.Interactive.body); break;
    case AST_Expression: r = v_expr(&b, mod->v.Expression.body); break;
    default: break;
    }
    if (r < 0 || b.failed) {
        if (!err_occurred(t)) err_set(t, &exc_SystemError, "symtable failed");
        return NULL;
    }
    StrSet global, free;
    sset_init(a, &global, 8);
    sset_init(a, &free, 8);
    if (analyze_block(&b, top, NULL, &free, &global) < 0 || b.failed) return NULL;
    return st;
}
