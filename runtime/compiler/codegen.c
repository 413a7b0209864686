/* codegen.c — compiler units, blocks, instruction emission, names and constants.
 *
 * A Unit is one code object under construction. Its name tables hold C strings (arena);
 * they become str objects only when the unit is assembled. Constants are runtime objects
 * from the start (folding produces them), deduplicated with CPython's notion of constant
 * identity: same type and same value, where 0.0 and -0.0 (or 1 and 1.0 and True) differ.
 */
#include "spry.h"
#include "compiler/codegen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- name tables ---------------------------------------------------------------------- */
static unsigned hash_cstr(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

int names_find(const NameTable *nt, const char *name) {
    if (!nt->nslots) return -1;
    unsigned i = hash_cstr(name) & (unsigned)(nt->nslots - 1);
    for (;;) {
        int k = nt->slots[i];
        if (!k) return -1;
        if (strcmp(nt->names[k - 1], name) == 0) return k - 1;
        i = (i + 1) & (unsigned)(nt->nslots - 1);
    }
}

static void names_rehash(Arena *a, NameTable *nt, int nslots) {
    nt->slots = arena_alloc(a, sizeof(int) * (size_t)nslots);
    nt->nslots = nslots;
    for (int k = 0; k < nt->n; k++) {
        unsigned i = hash_cstr(nt->names[k]) & (unsigned)(nslots - 1);
        while (nt->slots[i]) i = (i + 1) & (unsigned)(nslots - 1);
        nt->slots[i] = k + 1;
    }
}

int names_add(Arena *a, NameTable *nt, const char *name) {
    int k = names_find(nt, name);
    if (k >= 0) return k;
    if (nt->n == nt->cap) {
        int nc = nt->cap ? nt->cap * 2 : 8;
        const char **nn = arena_alloc(a, sizeof(char *) * (size_t)nc);
        if (nt->n) memcpy(nn, nt->names, sizeof(char *) * (size_t)nt->n);
        nt->names = nn;
        nt->cap = nc;
    }
    nt->names[nt->n++] = name;
    if (nt->n * 2 > nt->nslots) names_rehash(a, nt, nt->nslots ? nt->nslots * 2 : 16);
    else {
        unsigned i = hash_cstr(name) & (unsigned)(nt->nslots - 1);
        while (nt->slots[i]) i = (i + 1) & (unsigned)(nt->nslots - 1);
        nt->slots[i] = nt->n;
    }
    return nt->n - 1;
}

/* ---- errors ------------------------------------------------------------------------------- */
static int error_va(Compiler *c, Loc loc, const char *fmt, va_list ap) {
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    compile_set_syntax_error(c->t, c->filename, c->src, c->srclen, msg, loc.lineno, loc.col,
                             loc.end_lineno, loc.end_col);
    return -1;
}

int cg_error_at(Compiler *c, Loc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = error_va(c, loc, fmt, ap);
    va_end(ap);
    return r;
}

int cg_error(Compiler *c, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = error_va(c, c->u->loc, fmt, ap);
    va_end(ap);
    return r;
}

/* A SyntaxWarning at loc; an "error" filter turns it into a SyntaxError there. */
int cg_warn_at(Compiler *c, Loc loc, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Object *filename = c->filename;
    if (filename) obj_incref(filename);
    else if (!(filename = str_from_cstr(c->t, "<string>"))) return -1;
    int rc = err_warn_explicit(c->t, &exc_SyntaxWarning, msg, filename, loc.lineno);
    obj_decref(filename);
    if (rc == 0) return 0;
    if (!err_matches(c->t, &exc_SyntaxWarning)) return -1;
    err_clear(c->t);
    compile_set_syntax_error(c->t, c->filename, c->src, c->srclen, msg, loc.lineno, loc.col,
                             loc.end_lineno, loc.end_col);
    return -1;
}

/* ---- blocks and emission ------------------------------------------------------------------ */
Block *cg_new_block(Compiler *c) {
    Block *b = arena_alloc(c->arena, sizeof(Block));
    b->startdepth = -1;
    b->all_next = c->u->all_blocks;
    c->u->all_blocks = b;
    return b;
}

void cg_use_block(Compiler *c, Block *b) {
    Block *cur = c->u->cur;
    b->next = cur->next;
    cur->next = b;
    c->u->cur = b;
}

void cg_use_next_block(Compiler *c, Block *b) { cg_use_block(c, b); }

bool cg_is_jump(int op) {
    switch (op) {
    case PSEUDO_JUMP: case PSEUDO_JUMP_NO_INTERRUPT: case JUMP_FORWARD: case JUMP_BACKWARD:
    case JUMP_BACKWARD_NO_INTERRUPT: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SEND:
    case PSEUDO_SETUP_FINALLY: case PSEUDO_SETUP_CLEANUP: case PSEUDO_SETUP_WITH:
        return true;
    default:
        return false;
    }
}

bool cg_is_terminator(int op) {
    switch (op) {
    case PSEUDO_JUMP: case PSEUDO_JUMP_NO_INTERRUPT: case JUMP_FORWARD: case JUMP_BACKWARD:
    case JUMP_BACKWARD_NO_INTERRUPT: case RETURN_VALUE: case RAISE_VARARGS: case RERAISE:
        return true;
    default:
        return false;
    }
}

static Instr *add_instr(Compiler *c) {
    Unit *u = c->u;
    Block *b = u->cur;
    if (b->n && cg_is_terminator(b->instrs[b->n - 1].op)) {
        /* Code after an unconditional exit goes to a fresh (unreachable) block. */
        Block *nb = cg_new_block(c);
        cg_use_block(c, nb);
        b = nb;
    }
    if (b->n == b->cap) {
        int nc = b->cap ? b->cap * 2 : 16;
        Instr *ni = arena_alloc(c->arena, sizeof(Instr) * (size_t)nc);
        if (b->n) memcpy(ni, b->instrs, sizeof(Instr) * (size_t)b->n);
        b->instrs = ni;
        b->cap = nc;
    }
    Instr *in = &b->instrs[b->n++];
    in->loc = u->loc;
    return in;
}

int cg_emit(Compiler *c, int op, int arg) {
    Instr *in = add_instr(c);
    in->op = op;
    in->arg = arg;
    return 0;
}

int cg_emit_jump(Compiler *c, int op, Block *target) {
    Instr *in = add_instr(c);
    in->op = op;
    in->arg = 0;
    in->target = target;
    return 0;
}

Loc cg_set_loc(Compiler *c, Loc loc) {
    Loc old = c->u->loc;
    c->u->loc = loc;
    return old;
}

/* ---- constants ------------------------------------------------------------------------------ */
static bool const_equal(Ref a, Ref b);

static bool const_equal(Ref a, Ref b) {
    if (ref_is(a, b)) {
        /* identical objects are equal constants, except that the float NaN bit pattern
           check below would also say so */
        return true;
    }
    if (ref_is_int(a) || ref_is_int(b)) {
        if (ref_type(a) != &int_type || ref_type(b) != &int_type) return false;
        return int_compare(a, b) == 0;
    }
    Type *ta = ref_type(a), *tb = ref_type(b);
    if (ta != tb) return false;
    if (ta == &int_type) return int_compare(a, b) == 0;
    if (ta == &float_type) {
        double x = float_value(a), y = float_value(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (ta == &complex_type) {
        Complex *x = (Complex *)ref_obj(a), *y = (Complex *)ref_obj(b);
        return memcmp(&x->real, &y->real, sizeof(double)) == 0 &&
               memcmp(&x->imag, &y->imag, sizeof(double)) == 0;
    }
    if (ta == &str_type) return str_eq(ref_obj(a), ref_obj(b));
    if (ta == &bytes_type) {
        Object *x = ref_obj(a), *y = ref_obj(b);
        return bytes_size(x) == bytes_size(y) &&
               memcmp(bytes_data(x), bytes_data(y), (size_t)bytes_size(x)) == 0;
    }
    if (ta == &tuple_type) {
        Object *x = ref_obj(a), *y = ref_obj(b);
        if (tuple_size(x) != tuple_size(y)) return false;
        for (intptr_t i = 0; i < tuple_size(x); i++)
            if (!const_equal(tuple_get(x, i), tuple_get(y, i))) return false;
        return true;
    }
    if (ta == &frozenset_type) {
        Object *x = ref_obj(a), *y = ref_obj(b);
        if (set_size(x) != set_size(y)) return false;
        intptr_t px = 0, py = 0;
        Ref kx, ky;
        while (set_next(x, &px, &kx)) {
            if (!set_next(y, &py, &ky) || !const_equal(kx, ky)) return false;
        }
        return true;
    }
    return false;
}

static uint64_t const_hash(Ref v) {
    if (ref_is_int(v)) return (uint64_t)ref_int(v) * 0x9E3779B97F4A7C15ull;
    Type *tp = ref_type(v);
    if (tp == &int_type) return (uint64_t)int_hash(v) * 0x9E3779B97F4A7C15ull;
    if (tp == &str_type) return (uint64_t)str_hash(ref_obj(v));
    if (tp == &float_type) {
        double d = float_value(v);
        uint64_t u;
        memcpy(&u, &d, sizeof u);
        return u * 0x9E3779B97F4A7C15ull + 1;
    }
    if (tp == &bytes_type) {
        Object *b = ref_obj(v);
        uint64_t h = 1469598103934665603ull;
        for (intptr_t i = 0; i < bytes_size(b); i++) h = (h ^ (uint8_t)bytes_data(b)[i]) * 1099511628211ull;
        return h + 2;
    }
    if (tp == &tuple_type) {
        Object *t = ref_obj(v);
        uint64_t h = 0x345678 + (uint64_t)tuple_size(t);
        for (intptr_t i = 0; i < tuple_size(t); i++) h = (h ^ const_hash(tuple_get(t, i))) * 1000003ull;
        return h;
    }
    if (tp == &frozenset_type) return (uint64_t)set_size(ref_obj(v)) * 77 + 3;
    if (tp == &complex_type) {
        Complex *x = (Complex *)ref_obj(v);
        uint64_t a, b;
        memcpy(&a, &x->real, 8);
        memcpy(&b, &x->imag, 8);
        return a * 31 + b + 5;
    }
    return (uint64_t)(ref_obj(v)) >> 4;
}

/* Constant index: a small open-addressing table over u->consts, kept in the Unit's
 * spare fields (arena memory). */
typedef struct ConstIndex {
    int *slots;
    int nslots;
} ConstIndex;

static ConstIndex *const_index(Compiler *c) {
    return (ConstIndex *)c->u->const_index;
}

static void const_index_insert(Compiler *c, ConstIndex *ci, int k) {
    unsigned i = (unsigned)const_hash(c->u->consts[k]) & (unsigned)(ci->nslots - 1);
    while (ci->slots[i]) i = (i + 1) & (unsigned)(ci->nslots - 1);
    ci->slots[i] = k + 1;
}

static bool all_name_chars(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return false;
    }
    return true;
}

/* CPython interns every constant string that looks like an identifier, folded ones
 * ("ab" * 2) and those inside constant tuples too. Steals v; returns the constant to
 * keep, or REF_NULL. A tuple is only changed in place while nothing else holds it. */
static Ref intern_name_strings(Thread *t, Ref v) {
    if (str_check_exact(v)) {
        Object *s = ref_obj(v);
        if (STR(s)->interned || !STR(s)->ascii || !all_name_chars(str_data(s), (size_t)str_len(s)))
            return v;
        s = str_intern(t, s);
        return s ? ref_from_obj(s) : REF_NULL;
    }
    if (tuple_check_exact(v) && ref_obj(v)->ob_refcnt == 1) {
        Object *tup = ref_obj(v);
        for (intptr_t i = 0; i < tuple_size(tup); i++) {
            Ref item = intern_name_strings(t, tuple_items(tup)[i]);
            tuple_items(tup)[i] = item;
            if (ref_is_null(item)) {
                obj_decref(tup);
                return REF_NULL;
            }
        }
    }
    return v;
}

int cg_add_const_steal(Compiler *c, Ref v) {
    if (ref_is_null(v)) return -1;
    v = intern_name_strings(c->t, v);
    if (ref_is_null(v)) return -1;
    Unit *u = c->u;
    ConstIndex *ci = const_index(c);
    if (!ci) {
        ci = arena_alloc(c->arena, sizeof(ConstIndex));
        ci->nslots = 16;
        ci->slots = arena_alloc(c->arena, sizeof(int) * 16);
        u->const_index = ci;
    }
    unsigned i = (unsigned)const_hash(v) & (unsigned)(ci->nslots - 1);
    while (ci->slots[i]) {
        int k = ci->slots[i] - 1;
        if (const_equal(u->consts[k], v)) {
            ref_close(v);
            return k;
        }
        i = (i + 1) & (unsigned)(ci->nslots - 1);
    }
    if (u->nconsts == u->cap_consts) {
        int nc = u->cap_consts ? u->cap_consts * 2 : 16;
        Ref *n = mem_realloc(c->t, u->consts, sizeof(Ref) * (size_t)nc);
        if (!n) {
            ref_close(v);
            return -1;
        }
        u->consts = n;
        u->cap_consts = nc;
    }
    int k = u->nconsts++;
    u->consts[k] = v;
    if (u->nconsts * 2 > ci->nslots) {
        ci->nslots *= 2;
        ci->slots = arena_alloc(c->arena, sizeof(int) * (size_t)ci->nslots);
        for (int j = 0; j < u->nconsts; j++) const_index_insert(c, ci, j);
    } else {
        ci->slots[i] = k + 1;
    }
    return k;
}

int cg_add_const(Compiler *c, Ref v) { return cg_add_const_steal(c, ref_dup(v)); }

int cg_emit_const_steal(Compiler *c, Ref v) {
    int k = cg_add_const_steal(c, v);
    if (k < 0) return -1;
    return cg_emit(c, LOAD_CONST, k);
}

int cg_emit_const(Compiler *c, Ref v) { return cg_emit_const_steal(c, ref_dup(v)); }

int cg_add_name(Compiler *c, const char *name) { return names_add(c->arena, &c->u->names, name); }

int cg_emit_name(Compiler *c, int op, const char *name) {
    return cg_emit(c, op, cg_add_name(c, name));
}

Object *cg_str(Compiler *c, const char *s) {
    Object *o = str_from_utf8(c->t, s, (intptr_t)strlen(s));
    if (!o) return NULL;
    return str_intern(c->t, o);
}


Ref cg_constant_value(Compiler *c, const AstConstant *k) {
    if (k->kind == AST_CONST_FROZENSET) {
        AstExprSeq items = k->set;
        Ref fs = cg_fold_sequence_const(c, &items, true);
        if (ref_is_null(fs) && !err_occurred(c->t))
            err_set(c->t, &exc_SystemError, "frozenset constant with a non-constant item");
        return fs;
    }
    return ast_constant_object(c->t, k);
}

Ref ast_constant_object(Thread *t, const AstConstant *k) {
    switch (k->kind) {
    case AST_CONST_NONE: return REF_NONE;
    case AST_CONST_TRUE: return REF_TRUE;
    case AST_CONST_FALSE: return REF_FALSE;
    case AST_CONST_ELLIPSIS: return REF_ELLIPSIS;
    case AST_CONST_INT: {
        int64_t v;
        if (ast_int_to_i64(k, &v)) return int_from_i64(t, v);
        return int_from_string(t, k->i.digits, strlen(k->i.digits), k->i.base);
    }
    case AST_CONST_FLOAT: return float_from_double(t, k->f);
    case AST_CONST_IMAG: return complex_from_doubles(t, 0.0, k->f);
    case AST_CONST_STR: {
        Object *s = str_from_utf8(t, k->s.data, (intptr_t)k->s.len);
        if (!s) return REF_NULL;
        /* CPython interns constant strings that look like identifiers. */
        if (all_name_chars(k->s.data, k->s.len)) s = str_intern(t, s);
        return ref_from_obj(s);
    }
    case AST_CONST_BYTES: return ref_from_obj(bytes_from(t, k->s.data, (intptr_t)k->s.len));
    case AST_CONST_FROZENSET: break;   /* needs a compiler to fold its items: cg_constant_value */
    }
    return err_set(t, &exc_SystemError, "unknown constant kind");
}

bool cg_is_docstring(const AstStmtSeq *body) {
    if (body->n == 0) return false;
    AstStmt *s = body->items[0];
    return s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant &&
           s->v.Expr.value->v.Constant.value.kind == AST_CONST_STR;
}

/* ---- names ------------------------------------------------------------------------------------ */
const char *cg_mangle(Compiler *c, const char *name) {
    return symtable_mangle(c->arena, c->u->private_name, name);
}

int cg_deref_index(Compiler *c, const char *name) {
    Unit *u = c->u;
    int k = names_find(&u->cellvars, name);
    if (k >= 0) return k;
    k = names_find(&u->freevars, name);
    if (k >= 0) return u->cellvars.n + k;
    return -1;
}

int cg_nameop(Compiler *c, const char *name, AstExprContext ctx) {
    Unit *u = c->u;
    if (strcmp(name, "__debug__") == 0) {
        if (ctx == AST_Store) return cg_error(c, "cannot assign to __debug__");
        if (ctx == AST_Del) return cg_error(c, "cannot delete __debug__");
    }
    const char *mangled = cg_mangle(c, name);
    int scope = scope_name_scope(u->ste, mangled);
    enum { OP_NAME, OP_FAST, OP_GLOBAL, OP_DEREF } optype = OP_NAME;
    bool function_block = u->ste->type == SCOPE_FUNCTION;
    switch (scope) {
    case SC_FREE:
    case SC_CELL: optype = OP_DEREF; break;
    case SC_LOCAL: if (function_block) optype = OP_FAST; break;
    case SC_GLOBAL_IMPLICIT: if (function_block) optype = OP_GLOBAL; break;
    case SC_GLOBAL_EXPLICIT: optype = OP_GLOBAL; break;
    default: break;
    }
    switch (optype) {
    case OP_DEREF: {
        int k = cg_deref_index(c, mangled);
        if (k < 0) return cg_error(c, "internal error: no cell for '%s'", mangled);
        int op = ctx == AST_Load ? (u->ste->type == SCOPE_CLASS ? LOAD_CLASSDEREF : LOAD_DEREF)
               : ctx == AST_Store ? STORE_DEREF : DELETE_DEREF;
        return cg_emit(c, op, k);
    }
    case OP_FAST: {
        int k = names_add(c->arena, &u->varnames, mangled);
        return cg_emit(c, ctx == AST_Load ? LOAD_FAST : ctx == AST_Store ? STORE_FAST : DELETE_FAST, k);
    }
    case OP_GLOBAL: {
        int k = cg_add_name(c, mangled);
        if (ctx == AST_Load) return cg_emit(c, LOAD_GLOBAL, k << 1);
        return cg_emit(c, ctx == AST_Store ? STORE_GLOBAL : DELETE_GLOBAL, k);
    }
    case OP_NAME:
    default: {
        int k = cg_add_name(c, mangled);
        return cg_emit(c, ctx == AST_Load ? LOAD_NAME : ctx == AST_Store ? STORE_NAME : DELETE_NAME, k);
    }
    }
}

/* ---- frame blocks ------------------------------------------------------------------------------ */
int cg_push_fblock(Compiler *c, FBlockKind kind, Block *b, Block *exit, const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) return cg_error(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    f->loc = u->loc;
    return 0;
}

void cg_pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* ---- units ---------------------------------------------------------------------------------------- */
static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void add_sorted(Compiler *c, NameTable *nt, const char **names, int n) {
    qsort(names, (size_t)n, sizeof(char *), cmp_cstr);
    for (int i = 0; i < n; i++) names_add(c->arena, nt, names[i]);
}

static const char *concat3(Arena *a, const char *x, const char *y, const char *z) {
    size_t lx = strlen(x), ly = strlen(y), lz = strlen(z);
    char *r = arena_alloc(a, lx + ly + lz + 1);
    memcpy(r, x, lx);
    memcpy(r + lx, y, ly);
    memcpy(r + lx + ly, z, lz + 1);
    return r;
}

static void set_qualname(Compiler *c, Unit *u) {
    Unit *parent = u->parent;
    const char *base = NULL;
    if (parent && parent->kind != UNIT_MODULE) {
        bool force_global = false;
        if (u->kind == UNIT_FUNCTION || u->kind == UNIT_ASYNC_FUNCTION || u->kind == UNIT_CLASS) {
            const char *m = symtable_mangle(c->arena, parent->private_name, u->name);
            if (scope_name_scope(parent->ste, m) == SC_GLOBAL_EXPLICIT) force_global = true;
        }
        if (!force_global) {
            if (parent->kind == UNIT_FUNCTION || parent->kind == UNIT_ASYNC_FUNCTION ||
                parent->kind == UNIT_LAMBDA)
                base = concat3(c->arena, parent->qualname, ".<locals>", "");
            else
                base = parent->qualname;
        }
    }
    u->qualname = base ? concat3(c->arena, base, ".", u->name) : u->name;
}

int unit_enter(Compiler *c, UnitKind kind, const char *name, const void *key, int lineno) {
    Unit *u = arena_alloc(c->arena, sizeof(Unit));
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->ste = symtable_lookup(c->st, key);
    if (!u->ste) return err_set(c->t, &exc_SystemError, "compiler: unknown scope"), -1;
    u->private_name = c->u ? c->u->private_name : NULL;
    u->firstlineno = lineno;
    u->loc = LOC_NONE;
    Scope *ste = u->ste;
    for (int i = 0; i < ste->nparams; i++) names_add(c->arena, &u->varnames, ste->params[i]);
    const char **tmp = arena_alloc(c->arena, sizeof(char *) * (size_t)(ste->nsyms + 1));
    int n = 0;
    for (int i = 0; i < ste->nsyms; i++)
        if (ste->syms[i].scope == SC_CELL) tmp[n++] = ste->syms[i].name;
    if (ste->needs_class_closure) tmp[n++] = "__class__";
    add_sorted(c, &u->cellvars, tmp, n);
    n = 0;
    for (int i = 0; i < ste->nsyms; i++)
        if (ste->syms[i].scope == SC_FREE || (ste->syms[i].flags & DEF_FREE_CLASS))
            tmp[n++] = ste->syms[i].name;
    add_sorted(c, &u->freevars, tmp, n);
    c->u = u;
    if (kind != UNIT_MODULE) set_qualname(c, u);
    else u->qualname = name;
    c->nest_depth++;
    Block *b = cg_new_block(c);
    u->entry = u->cur = b;
    if (kind == UNIT_MODULE) u->loc = LOC_NONE;
    else u->loc = (Loc){lineno, lineno, -1, -1};
    TRY(cg_emit(c, RESUME, 0));
    return 0;
}

void unit_free(Compiler *c, Unit *u) {
    for (int i = 0; i < u->nconsts; i++) ref_close(u->consts[i]);
    mem_free(u->consts);
    u->consts = NULL;
    u->nconsts = 0;
    if (u->doc) obj_decref(u->doc);
    u->doc = NULL;
}

void unit_leave(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    c->nest_depth--;
    unit_free(c, u);
}
