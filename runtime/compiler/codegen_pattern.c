/* codegen_pattern.c — match statements (PEP 634), CPython 3.11's compilation scheme.
 *
 * While a pattern is matched, the stack holds (bottom to top): the subject copy for the
 * next case, the values captured so far (stored to their names only once the whole
 * pattern matched), and `on_top` working items. A failing check jumps to fail_pop[k],
 * the entry of a chain of POP_TOPs that removes exactly the k items above the case's
 * subject copy.
 */
#include "spry.h"
#include "compiler/codegen.h"

typedef struct Stores {
    const char **names;
    int n, cap;
} Stores;

typedef struct PCtx {
    Stores stores;
    bool allow_irrefutable;
    Block **fail_pop;
    int fail_pop_size, fail_pop_cap;
    int on_top;
} PCtx;

static void stores_append(Compiler *c, Stores *s, const char *name) {
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 8;
        const char **nn = arena_alloc(c->arena, sizeof(char *) * (size_t)nc);
        if (s->n) memcpy(nn, s->names, sizeof(char *) * (size_t)s->n);
        s->names = nn;
        s->cap = nc;
    }
    s->names[s->n++] = name;
}

static int stores_index(const Stores *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->names[i], name) == 0) return i;
    return -1;
}

static bool is_wildcard(const AstPattern *p) { return p->kind == AST_MatchAs && !p->v.MatchAs.name && !p->v.MatchAs.pattern; }
static bool is_wildcard_star(const AstPattern *p) { return p->kind == AST_MatchStar && !p->v.MatchStar.name; }

static int pattern(Compiler *c, AstPattern *p, PCtx *pc);

static void ensure_fail_pop(Compiler *c, PCtx *pc, int n) {
    int size = n + 1;
    if (size <= pc->fail_pop_size) return;
    if (size > pc->fail_pop_cap) {
        int nc = size * 2;
        Block **nb = arena_alloc(c->arena, sizeof(Block *) * (size_t)nc);
        if (pc->fail_pop_size) memcpy(nb, pc->fail_pop, sizeof(Block *) * (size_t)pc->fail_pop_size);
        pc->fail_pop = nb;
        pc->fail_pop_cap = nc;
    }
    while (pc->fail_pop_size < size) pc->fail_pop[pc->fail_pop_size++] = cg_new_block(c);
}

static int jump_to_fail_pop(Compiler *c, PCtx *pc, int op) {
    int pops = pc->on_top + pc->stores.n;
    ensure_fail_pop(c, pc, pops);
    return cg_emit_jump(c, op, pc->fail_pop[pops]);
}

static int emit_and_reset_fail_pop(Compiler *c, PCtx *pc) {
    if (!pc->fail_pop_size) return 0;
    while (--pc->fail_pop_size) {
        cg_use_block(c, pc->fail_pop[pc->fail_pop_size]);
        TRY(cg_emit(c, POP_TOP, 0));
    }
    cg_use_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->fail_pop_size = pc->fail_pop_cap = 0;
    return 0;
}

static int rotate(Compiler *c, int count) {
    while (1 < count) TRY(cg_emit(c, SWAP, count--));
    return 0;
}

static int store_name(Compiler *c, const char *name, PCtx *pc) {
    if (!name) return cg_emit(c, POP_TOP, 0);
    if (strcmp(name, "__debug__") == 0) return cg_error(c, "cannot assign to __debug__");
    if (stores_index(&pc->stores, name) >= 0)
        return cg_error(c, "multiple assignments to name '%s' in pattern", name);
    TRY(rotate(c, pc->on_top + pc->stores.n + 1));
    stores_append(c, &pc->stores, name);
    return 0;
}

static int subpattern(Compiler *c, AstPattern *p, PCtx *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    TRY(pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

static int emit_index_const(Compiler *c, intptr_t v) {
    return cg_emit_const_steal(c, int_from_i64(c->t, v));
}

/* ---- sequences ---------------------------------------------------------------------------- */
static int unpack_helper(Compiler *c, AstPatternSeq *elts) {
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        AstPattern *elt = elts->items[i];
        if (elt->kind == AST_MatchStar && !seen_star) {
            if (i >= (1 << 8) || (n - i - 1) >= (1 << 23))
                return cg_error(c, "too many expressions in star-unpacking sequence pattern");
            TRY(cg_emit(c, UNPACK_EX, i + ((n - i - 1) << 8)));
            seen_star = true;
        } else if (elt->kind == AST_MatchStar) {
            return cg_error(c, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star) TRY(cg_emit(c, UNPACK_SEQUENCE, n));
    return 0;
}

static int sequence_unpack(Compiler *c, AstPatternSeq *patterns, PCtx *pc) {
    TRY(unpack_helper(c, patterns));
    int size = patterns->n;
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, patterns->items[i], pc));
    }
    return 0;
}

static int sequence_subscr(Compiler *c, AstPatternSeq *patterns, int star, PCtx *pc) {
    pc->on_top++;
    int size = patterns->n;
    for (int i = 0; i < size; i++) {
        AstPattern *p = patterns->items[i];
        if (is_wildcard(p) || i == star) continue;
        TRY(cg_emit(c, COPY, 1));
        if (i < star) {
            TRY(emit_index_const(c, i));
        } else {
            TRY(cg_emit(c, GET_LEN, 0));
            TRY(emit_index_const(c, size - i));
            TRY(cg_emit(c, BINARY_OP, NB_SUBTRACT));
        }
        TRY(cg_emit(c, BINARY_SUBSCR, 0));
        TRY(subpattern(c, p, pc));
    }
    pc->on_top--;
    return cg_emit(c, POP_TOP, 0);
}

static int pattern_sequence(Compiler *c, AstPattern *p, PCtx *pc) {
    AstPatternSeq *patterns = &p->v.MatchSequence.patterns;
    int size = patterns->n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        AstPattern *q = patterns->items[i];
        if (q->kind == AST_MatchStar) {
            if (star >= 0) return cg_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_wildcard_star(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;
    TRY(cg_emit(c, MATCH_SEQUENCE, 0));
    TRY(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    if (star < 0) {
        TRY(cg_emit(c, GET_LEN, 0));
        TRY(emit_index_const(c, size));
        TRY(cg_emit(c, COMPARE_OP, CMP_EQ));
        TRY(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    } else if (size - 1 > 0) {
        TRY(cg_emit(c, GET_LEN, 0));
        TRY(emit_index_const(c, size - 1));
        TRY(cg_emit(c, COMPARE_OP, CMP_GE));
        TRY(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) return cg_emit(c, POP_TOP, 0);
    if (star_wildcard) return sequence_subscr(c, patterns, star, pc);
    return sequence_unpack(c, patterns, pc);
}

/* ---- mappings ------------------------------------------------------------------------------- */
static int pattern_mapping(Compiler *c, AstPattern *p, PCtx *pc) {
    AstExprSeq *keys = &p->v.MatchMapping.keys;
    AstPatternSeq *patterns = &p->v.MatchMapping.patterns;
    int size = keys->n;
    if (size != patterns->n)
        return cg_error(c, "keys (%d) / patterns (%d) length mismatch in mapping pattern", size,
                        patterns->n);
    const char *star_target = p->v.MatchMapping.rest;
    pc->on_top++;
    TRY(cg_emit(c, MATCH_MAPPING, 0));
    TRY(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    if (!size && !star_target) {
        pc->on_top--;
        return cg_emit(c, POP_TOP, 0);
    }
    if (size) {
        TRY(cg_emit(c, GET_LEN, 0));
        TRY(emit_index_const(c, size));
        TRY(cg_emit(c, COMPARE_OP, CMP_GE));
        TRY(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    }
    /* keys: literals (checked for duplicates) or attribute lookups */
    Ref *seen = size ? mem_calloc(c->t, (size_t)size, sizeof(Ref)) : NULL;
    if (size && !seen) return -1;
    int nseen = 0, r = 0;
    for (int i = 0; i < size && r == 0; i++) {
        AstExpr *key = keys->items[i];
        if (!key) {
            cg_set_loc(c, LOC_OF(patterns->items[i]));
            r = cg_error(c, "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            break;
        }
        Ref k = key->kind == AST_Attribute ? REF_NULL : cg_fold(c, key);
        if (!ref_is_null(k)) {
            for (int j = 0; j < nseen; j++) {
                int eq = obj_richcompare_bool(c->t, seen[j], k, CMP_EQ);
                if (eq < 0) {
                    r = -1;
                    break;
                }
                if (eq) {
                    Ref rep = obj_repr(c->t, k);
                    if (ref_is_null(rep)) {
                        r = -1;
                        break;
                    }
                    r = cg_error(c, "mapping pattern checks duplicate key (%s)",
                                 str_utf8_lossy(ref_obj(rep)));
                    ref_close(rep);
                    break;
                }
            }
            if (r == 0) seen[nseen++] = k;
            else ref_close(k);
        } else if (err_occurred(c->t)) {
            r = -1;
        } else if (key->kind != AST_Attribute) {
            r = cg_error(c, "mapping pattern keys may only match literals and attribute lookups");
        }
        if (r == 0) r = cg_expr(c, key);
    }
    for (int j = 0; j < nseen; j++) ref_close(seen[j]);
    mem_free(seen);
    TRY(r);
    TRY(cg_emit(c, BUILD_TUPLE, size));
    TRY(cg_emit(c, MATCH_KEYS, 0));
    pc->on_top += 2;
    TRY(cg_emit(c, COPY, 1));
    TRY(cg_emit_const(c, REF_NONE));
    TRY(cg_emit(c, IS_OP, 1));
    TRY(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    TRY(cg_emit(c, UNPACK_SEQUENCE, size));
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, patterns->items[i], pc));
    }
    pc->on_top -= 2;
    if (star_target) {
        TRY(cg_emit(c, BUILD_MAP, 0));
        TRY(cg_emit(c, SWAP, 3));
        TRY(cg_emit(c, DICT_UPDATE, 2));
        TRY(cg_emit(c, UNPACK_SEQUENCE, size));
        while (size) {
            TRY(cg_emit(c, COPY, 1 + size--));
            TRY(cg_emit(c, SWAP, 2));
            TRY(cg_emit(c, DELETE_SUBSCR, 0));
        }
        return store_name(c, star_target, pc);
    }
    TRY(cg_emit(c, POP_TOP, 0));
    return cg_emit(c, POP_TOP, 0);
}

/* ---- classes --------------------------------------------------------------------------------- */
static int pattern_class(Compiler *c, AstPattern *p, PCtx *pc) {
    AstPatternSeq *patterns = &p->v.MatchClass.patterns;
    AstIdentSeq *attrs = &p->v.MatchClass.kwd_attrs;
    AstPatternSeq *kwd_patterns = &p->v.MatchClass.kwd_patterns;
    int nargs = patterns->n, nattrs = attrs->n;
    if (nattrs != kwd_patterns->n)
        return cg_error(c, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern",
                        nattrs, kwd_patterns->n);
    if (nattrs) {
        for (int i = 0; i < nattrs; i++) {
            const char *attr = attrs->items[i];
            cg_set_loc(c, LOC_OF(kwd_patterns->items[i]));
            if (strcmp(attr, "__debug__") == 0) return cg_error(c, "cannot assign to __debug__");
            for (int j = i + 1; j < nattrs; j++) {
                if (strcmp(attr, attrs->items[j]) == 0) {
                    cg_set_loc(c, LOC_OF(kwd_patterns->items[j]));
                    return cg_error(c, "attribute name repeated in class pattern: %s", attr);
                }
            }
        }
        cg_set_loc(c, LOC_OF(p));
    }
    TRY(cg_expr(c, p->v.MatchClass.cls));
    Object *names = tuple_new(c->t, nattrs);
    if (!names) return -1;
    for (int i = 0; i < nattrs; i++) {
        Object *s = cg_str(c, attrs->items[i]);
        if (!s) {
            for (int j = i; j < nattrs; j++) tuple_items(names)[j] = REF_NONE;
            obj_decref(names);
            return -1;
        }
        tuple_items(names)[i] = ref_from_obj(s);
    }
    TRY(cg_emit_const_steal(c, ref_from_obj(names)));
    TRY(cg_emit(c, MATCH_CLASS, nargs));
    TRY(cg_emit(c, COPY, 1));
    TRY(cg_emit_const(c, REF_NONE));
    TRY(cg_emit(c, IS_OP, 1));
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE));
    TRY(cg_emit(c, UNPACK_SEQUENCE, nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        AstPattern *q = i < nargs ? patterns->items[i] : kwd_patterns->items[i - nargs];
        if (is_wildcard(q)) {
            TRY(cg_emit(c, POP_TOP, 0));
            continue;
        }
        TRY(subpattern(c, q, pc));
    }
    return 0;
}

/* ---- or-patterns ------------------------------------------------------------------------------ */
static int pattern_or(Compiler *c, AstPattern *p, PCtx *pc) {
    Block *end = cg_new_block(c);
    int size = p->v.MatchOr.patterns.n;
    PCtx old = *pc;
    Stores control = {0};
    bool have_control = false;
    for (int i = 0; i < size; i++) {
        AstPattern *alt = p->v.MatchOr.patterns.items[i];
        cg_set_loc(c, LOC_OF(alt));
        pc->stores = (Stores){0};
        pc->allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = pc->fail_pop_cap = 0;
        pc->on_top = 0;
        TRY(cg_emit(c, COPY, 1));
        TRY(pattern(c, alt, pc));
        int nstores = pc->stores.n;
        if (!have_control) {
            control = pc->stores;
            have_control = true;
        } else if (nstores != control.n) {
            return cg_error(c, "alternative patterns bind different names");
        } else if (nstores) {
            for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                const char *name = control.names[icontrol];
                int istores = stores_index(&pc->stores, name);
                if (istores < 0) return cg_error(c, "alternative patterns bind different names");
                if (icontrol != istores) {
                    int rotations = istores + 1;
                    /* rotated = stores[:rotations]; del stores[:rotations];
                       stores[icontrol-istores:icontrol-istores] = rotated */
                    const char **tmp = arena_alloc(c->arena, sizeof(char *) * (size_t)nstores);
                    const char **s = pc->stores.names;
                    int k = 0;
                    int rest_n = nstores - rotations;
                    int ins = icontrol - istores;
                    for (int j = 0; j < ins; j++) tmp[k++] = s[rotations + j];
                    for (int j = 0; j < rotations; j++) tmp[k++] = s[j];
                    for (int j = ins; j < rest_n; j++) tmp[k++] = s[rotations + j];
                    memcpy(s, tmp, sizeof(char *) * (size_t)nstores);
                    while (rotations--) TRY(rotate(c, icontrol + 1));
                }
            }
        }
        TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
        TRY(emit_and_reset_fail_pop(c, pc));
    }
    *pc = old;
    TRY(cg_emit(c, POP_TOP, 0));
    TRY(jump_to_fail_pop(c, pc, PSEUDO_JUMP));
    cg_use_block(c, end);
    int nstores = control.n;
    int nrots = nstores + 1 + pc->on_top + pc->stores.n;
    for (int i = 0; i < nstores; i++) {
        TRY(rotate(c, nrots));
        const char *name = control.names[i];
        if (stores_index(&pc->stores, name) >= 0)
            return cg_error(c, "multiple assignments to name '%s' in pattern", name);
        stores_append(c, &pc->stores, name);
    }
    return cg_emit(c, POP_TOP, 0);
}

/* ---- the rest ------------------------------------------------------------------------------------ */
static int pattern_value(Compiler *c, AstPattern *p, PCtx *pc) {
    AstExpr *value = p->v.MatchValue.value;
    if (value->kind != AST_Attribute) {
        Ref k = cg_fold(c, value);
        if (ref_is_null(k)) {
            if (err_occurred(c->t)) return -1;
            return cg_error(c, "patterns may only match literals and attribute lookups");
        }
        ref_close(k);
    }
    TRY(cg_expr(c, value));
    TRY(cg_emit(c, COMPARE_OP, CMP_EQ));
    return jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
}

static int pattern_singleton(Compiler *c, AstPattern *p, PCtx *pc) {
    TRY(cg_emit_const_steal(c, cg_constant_value(c, &p->v.MatchSingleton.value)));
    TRY(cg_emit(c, IS_OP, 0));
    return jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
}

static int pattern_as(Compiler *c, AstPattern *p, PCtx *pc) {
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                return cg_error(c, "name capture '%s' makes remaining patterns unreachable",
                                p->v.MatchAs.name);
            return cg_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    TRY(cg_emit(c, COPY, 1));
    TRY(pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, p->v.MatchAs.name, pc);
}

static int pattern(Compiler *c, AstPattern *p, PCtx *pc) {
    cg_set_loc(c, LOC_OF(p));
    if (!rec_enter(c->t, " during compilation")) return -1;
    int r;
    switch (p->kind) {
    case AST_MatchValue: r = pattern_value(c, p, pc); break;
    case AST_MatchSingleton: r = pattern_singleton(c, p, pc); break;
    case AST_MatchSequence: r = pattern_sequence(c, p, pc); break;
    case AST_MatchMapping: r = pattern_mapping(c, p, pc); break;
    case AST_MatchClass: r = pattern_class(c, p, pc); break;
    case AST_MatchStar: r = store_name(c, p->v.MatchStar.name, pc); break;
    case AST_MatchAs: r = pattern_as(c, p, pc); break;
    case AST_MatchOr: r = pattern_or(c, p, pc); break;
    default: r = cg_error(c, "invalid match pattern node in AST (kind=%d)", p->kind); break;
    }
    rec_leave(c->t);
    return r;
}

int cg_match(Compiler *c, AstStmt *s) {
    TRY(cg_expr(c, s->v.Match.subject));
    Block *end = cg_new_block(c);
    int cases = s->v.Match.cases.n;
    AstMatchCase *m = s->v.Match.cases.items[cases - 1];
    bool has_default = is_wildcard(m->pattern) && cases > 1;
    PCtx pc = {0};
    for (int i = 0; i < cases - has_default; i++) {
        m = s->v.Match.cases.items[i];
        cg_set_loc(c, LOC_OF(m->pattern));
        if (i != cases - has_default - 1) TRY(cg_emit(c, COPY, 1));
        pc.stores = (Stores){0};
        pc.allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc.fail_pop = NULL;
        pc.fail_pop_size = pc.fail_pop_cap = 0;
        pc.on_top = 0;
        TRY(pattern(c, m->pattern, &pc));
        for (int n = 0; n < pc.stores.n; n++) TRY(cg_nameop(c, pc.stores.names[n], AST_Store));
        if (m->guard) {
            ensure_fail_pop(c, &pc, 0);
            TRY(cg_jump_if(c, m->guard, pc.fail_pop[0], false));
        }
        if (i != cases - has_default - 1) TRY(cg_emit(c, POP_TOP, 0));
        TRY(cg_body(c, &m->body));
        TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
        cg_set_loc(c, LOC_OF(m->pattern));
        TRY(emit_and_reset_fail_pop(c, &pc));
    }
    if (has_default) {
        m = s->v.Match.cases.items[cases - 1];
        cg_set_loc(c, LOC_OF(m->pattern));
        if (cases == 1) TRY(cg_emit(c, POP_TOP, 0));
        else TRY(cg_emit(c, NOP, 0));
        if (m->guard) TRY(cg_jump_if(c, m->guard, end, false));
        TRY(cg_body(c, &m->body));
    }
    cg_use_block(c, end);
    return 0;
}
