/* codegen_func.c — functions, lambdas, classes and comprehensions: everything that
 * creates a nested code object and a function from it (MAKE_FUNCTION with defaults,
 * keyword defaults, annotations and closure). */
#include "spry.h"
#include "compiler/codegen.h"

/* ---- closures -------------------------------------------------------------------------- */
static int make_closure(Compiler *c, Object *co, int flags, const NameTable *child_free) {
    if (child_free->n) {
        for (int i = 0; i < child_free->n; i++) {
            const char *name = child_free->names[i];
            int k = cg_deref_index(c, name);
            if (k < 0) {
                obj_decref(co);
                err_format(c->t, &exc_SystemError, "compiler: closure lookup of '%s' failed in %s",
                           name, c->u->name);
                return -1;
            }
            TRY(cg_emit(c, LOAD_CLOSURE, k));
        }
        flags |= 0x08;
        TRY(cg_emit(c, BUILD_TUPLE, child_free->n));
    }
    TRY(cg_emit_const_steal(c, ref_from_obj(co)));
    return cg_emit(c, MAKE_FUNCTION, flags);
}

int cg_make_closure(Compiler *c, Object *co, int flags, const char *qualname) {
    (void)qualname;
    NameTable empty = {0};
    return make_closure(c, co, flags, &empty);
}

/* ---- arguments --------------------------------------------------------------------------- */
static int check_debug_args_seq(Compiler *c, AstArgSeq *args) {
    for (int i = 0; i < args->n; i++)
        if (strcmp(args->items[i]->arg, "__debug__") == 0)
            return cg_error(c, "cannot assign to __debug__");
    return 0;
}

static int check_debug_args(Compiler *c, AstArguments *a) {
    TRY(check_debug_args_seq(c, &a->posonlyargs));
    TRY(check_debug_args_seq(c, &a->args));
    if (a->vararg && strcmp(a->vararg->arg, "__debug__") == 0)
        return cg_error(c, "cannot assign to __debug__");
    TRY(check_debug_args_seq(c, &a->kwonlyargs));
    if (a->kwarg && strcmp(a->kwarg->arg, "__debug__") == 0)
        return cg_error(c, "cannot assign to __debug__");
    return 0;
}

/* Pushes defaults / kw-defaults; returns the MAKE_FUNCTION flags or -1. */
static int default_arguments(Compiler *c, AstArguments *a) {
    int flags = 0;
    if (a->defaults.n) {
        Ref k = cg_fold_sequence_const(c, &a->defaults, false);
        if (!ref_is_null(k)) {
            TRY(cg_emit_const_steal(c, k));
        } else {
            if (err_occurred(c->t)) return -1;
            TRY(cg_exprs(c, &a->defaults));
            TRY(cg_emit(c, BUILD_TUPLE, a->defaults.n));
        }
        flags |= 0x01;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        AstExpr *d = a->kw_defaults.items[i];
        if (!d) continue;
        TRY(cg_expr(c, d));
        nkw++;
    }
    if (nkw) {
        Object *keys = tuple_new(c->t, nkw);
        if (!keys) return -1;
        int j = 0;
        for (int i = 0; i < a->kwonlyargs.n; i++) {
            if (!a->kw_defaults.items[i]) continue;
            Object *s = cg_str(c, cg_mangle(c, a->kwonlyargs.items[i]->arg));
            if (!s) {
                for (; j < nkw; j++) tuple_items(keys)[j] = REF_NONE;
                obj_decref(keys);
                return -1;
            }
            tuple_items(keys)[j++] = ref_from_obj(s);
        }
        TRY(cg_emit_const_steal(c, ref_from_obj(keys)));
        TRY(cg_emit(c, BUILD_CONST_KEY_MAP, nkw));
        flags |= 0x02;
    }
    return flags;
}

static int argannotation(Compiler *c, const char *id, AstExpr *ann, int *len) {
    if (!ann) return 0;
    Object *m = cg_str(c, cg_mangle(c, id));
    if (!m) return -1;
    TRY(cg_emit_const_steal(c, ref_from_obj(m)));
    if (c->future_annotations) {
        TRY(cg_emit_const_steal(c, cg_annotation_text(c, ann)));
    } else if (ann->kind == AST_Starred) {
        TRY(cg_expr(c, ann->v.Starred.value));
        TRY(cg_emit(c, UNPACK_SEQUENCE, 1));
    } else {
        TRY(cg_expr(c, ann));
    }
    *len += 2;
    return 0;
}

static int argannotations(Compiler *c, AstArgSeq *args, int *len) {
    for (int i = 0; i < args->n; i++)
        TRY(argannotation(c, args->items[i]->arg, args->items[i]->annotation, len));
    return 0;
}

/* Pushes the annotations tuple; returns 1 if pushed, 0 if none, -1 on error. */
static int visit_annotations(Compiler *c, AstArguments *a, AstExpr *returns) {
    int len = 0;
    TRY(argannotations(c, &a->args, &len));
    TRY(argannotations(c, &a->posonlyargs, &len));
    if (a->vararg) TRY(argannotation(c, a->vararg->arg, a->vararg->annotation, &len));
    TRY(argannotations(c, &a->kwonlyargs, &len));
    if (a->kwarg) TRY(argannotation(c, a->kwarg->arg, a->kwarg->annotation, &len));
    TRY(argannotation(c, "return", returns, &len));
    if (len) {
        TRY(cg_emit(c, BUILD_TUPLE, len));
        return 1;
    }
    return 0;
}

static void set_argcounts(Unit *u, AstArguments *a) {
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonlyargcount = a->posonlyargs.n;
    u->kwonlyargcount = a->kwonlyargs.n;
}

static int apply_decorators(Compiler *c, AstExprSeq *decos) {
    Loc old = c->u->loc;
    for (int i = decos->n - 1; i >= 0; i--) {
        cg_set_loc(c, LOC_OF(decos->items[i]));
        TRY(cg_emit(c, CALL, 0));
    }
    c->u->loc = old;
    return 0;
}

/* ---- def ------------------------------------------------------------------------------------- */
int cg_function_def(Compiler *c, AstStmt *s, bool is_async) {
    AstArguments *args = s->v.FunctionDef.args;
    AstExprSeq *decos = &s->v.FunctionDef.decorator_list;
    AstStmtSeq *body = &s->v.FunctionDef.body;
    TRY(check_debug_args(c, args));
    TRY(cg_exprs(c, decos));
    int firstlineno = decos->n ? decos->items[0]->lineno : s->lineno;
    int flags = default_arguments(c, args);
    if (flags < 0) return -1;
    int ann = visit_annotations(c, args, s->v.FunctionDef.returns);
    if (ann < 0) return -1;
    if (ann) flags |= 0x04;
    TRY(unit_enter(c, is_async ? UNIT_ASYNC_FUNCTION : UNIT_FUNCTION, s->v.FunctionDef.name, s,
                   firstlineno));
    Unit *u = c->u;
    int i = 0;
    if (cg_is_docstring(body)) {
        Ref d = cg_constant_value(c, &body->items[0]->v.Expr.value->v.Constant.value);
        if (ref_is_null(d)) {
            unit_leave(c);
            return -1;
        }
        u->doc = ref_obj(d);
        i = 1;
    }
    set_argcounts(u, args);
    for (; i < body->n; i++) {
        if (cg_stmt(c, body->items[i]) < 0) {
            unit_leave(c);
            return -1;
        }
    }
    Object *co = cg_assemble(c, true);
    NameTable child_free = u->freevars;
    unit_leave(c);
    if (!co) return -1;
    TRY(make_closure(c, co, flags, &child_free));
    TRY(apply_decorators(c, decos));
    return cg_nameop(c, s->v.FunctionDef.name, AST_Store);
}

int cg_lambda(Compiler *c, AstExpr *e) {
    AstArguments *args = e->v.Lambda.args;
    TRY(check_debug_args(c, args));
    int flags = default_arguments(c, args);
    if (flags < 0) return -1;
    TRY(unit_enter(c, UNIT_LAMBDA, "<lambda>", e, e->lineno));
    Unit *u = c->u;
    set_argcounts(u, args);
    Object *co = NULL;
    if (cg_expr(c, e->v.Lambda.body) == 0) {
        if (u->ste->generator) {
            co = cg_assemble(c, false);
        } else if (cg_emit(c, RETURN_VALUE, 0) == 0) {
            co = cg_assemble(c, true);
        }
    }
    NameTable child_free = u->freevars;
    unit_leave(c);
    if (!co) return -1;
    return make_closure(c, co, flags, &child_free);
}

/* ---- class ----------------------------------------------------------------------------------- */
int cg_class_def(Compiler *c, AstStmt *s) {
    AstExprSeq *decos = &s->v.ClassDef.decorator_list;
    TRY(cg_exprs(c, decos));
    int firstlineno = decos->n ? decos->items[0]->lineno : s->lineno;
    TRY(unit_enter(c, UNIT_CLASS, s->v.ClassDef.name, s, firstlineno));
    Unit *u = c->u;
    u->private_name = s->v.ClassDef.name;
    Object *co = NULL;
    do {
        if (cg_nameop(c, "__name__", AST_Load) < 0) break;
        if (cg_nameop(c, "__module__", AST_Store) < 0) break;
        Object *qn = cg_str(c, u->qualname);
        if (!qn || cg_emit_const_steal(c, ref_from_obj(qn)) < 0) break;
        if (cg_nameop(c, "__qualname__", AST_Store) < 0) break;
        if (cg_module_body(c, &s->v.ClassDef.body, false) < 0) break;
        cg_set_loc(c, LOC_NONE);
        if (u->ste->needs_class_closure) {
            int k = names_find(&u->cellvars, "__class__");
            if (k < 0) {
                err_set(c->t, &exc_SystemError, "compiler: no __class__ cell");
                break;
            }
            if (cg_emit(c, LOAD_CLOSURE, k) < 0) break;
            if (cg_emit(c, COPY, 1) < 0) break;
            if (cg_nameop(c, "__classcell__", AST_Store) < 0) break;
        } else {
            if (cg_emit_const(c, REF_NONE) < 0) break;
        }
        if (cg_emit(c, RETURN_VALUE, 0) < 0) break;
        co = cg_assemble(c, true);
    } while (0);
    NameTable child_free = u->freevars;
    unit_leave(c);
    if (!co) return -1;
    TRY(cg_emit(c, PUSH_NULL, 0));
    TRY(cg_emit(c, LOAD_BUILD_CLASS, 0));
    TRY(make_closure(c, co, 0, &child_free));
    Object *nm = cg_str(c, s->v.ClassDef.name);
    if (!nm) return -1;
    TRY(cg_emit_const_steal(c, ref_from_obj(nm)));
    TRY(cg_call_helper(c, 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords));
    TRY(apply_decorators(c, decos));
    return cg_nameop(c, s->v.ClassDef.name, AST_Store);
}

/* ---- comprehensions -------------------------------------------------------------------------- */
typedef enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP } CompType;

static int comp_generator(Compiler *c, AstComprehensionSeq *gens, int gen_index, int depth,
                          AstExpr *elt, AstExpr *val, CompType type);

static int comp_yield_or_add(Compiler *c, AstExpr *elt, AstExpr *val, CompType type, int depth) {
    switch (type) {
    case COMP_GENEXP:
        TRY(cg_expr(c, elt));
        if (c->u->ste->coroutine) TRY(cg_emit(c, ASYNC_GEN_WRAP, 0));
        TRY(cg_emit(c, YIELD_VALUE, 0));
        TRY(cg_emit(c, RESUME, 1));
        return cg_emit(c, POP_TOP, 0);
    case COMP_LISTCOMP:
        TRY(cg_expr(c, elt));
        return cg_emit(c, LIST_APPEND, depth + 1);
    case COMP_SETCOMP:
        TRY(cg_expr(c, elt));
        return cg_emit(c, SET_ADD, depth + 1);
    case COMP_DICTCOMP:
        TRY(cg_expr(c, elt));
        TRY(cg_expr(c, val));
        return cg_emit(c, MAP_ADD, depth + 1);
    }
    return -1;
}

static int sync_comp_generator(Compiler *c, AstComprehensionSeq *gens, int gen_index, int depth,
                               AstExpr *elt, AstExpr *val, CompType type) {
    Block *start = cg_new_block(c), *if_cleanup = cg_new_block(c), *anchor = cg_new_block(c);
    AstComprehension *gen = gens->items[gen_index];
    if (gen_index == 0) {
        c->u->argcount = 1;
        TRY(cg_emit(c, LOAD_FAST, 0));
    } else {
        /* the `for y in [f(x)]` idiom binds without a loop */
        AstExprSeq *elts = NULL;
        if (gen->iter->kind == AST_List) elts = &gen->iter->v.List.elts;
        else if (gen->iter->kind == AST_Tuple) elts = &gen->iter->v.Tuple.elts;
        if (elts && elts->n == 1 && elts->items[0]->kind != AST_Starred) {
            Ref k = cg_fold_sequence_const(c, elts, false);
            if (ref_is_null(k)) {
                if (err_occurred(c->t)) return -1;
                TRY(cg_expr(c, elts->items[0]));
                start = NULL;
            } else {
                ref_close(k);
            }
        }
        if (start) {
            TRY(cg_iter_operand(c, gen->iter));
            TRY(cg_emit(c, GET_ITER, 0));
        }
    }
    if (start) {
        depth++;
        cg_use_block(c, start);
        TRY(cg_emit_jump(c, FOR_ITER, anchor));
    }
    TRY(cg_expr(c, gen->target));
    for (int i = 0; i < gen->ifs.n; i++) TRY(cg_jump_if(c, gen->ifs.items[i], if_cleanup, false));
    if (++gen_index < gens->n) TRY(comp_generator(c, gens, gen_index, depth, elt, val, type));
    if (gen_index >= gens->n) TRY(comp_yield_or_add(c, elt, val, type, depth));
    cg_use_block(c, if_cleanup);
    if (start) {
        TRY(cg_emit_jump(c, PSEUDO_JUMP, start));
        cg_use_block(c, anchor);
    }
    return 0;
}

static int async_comp_generator(Compiler *c, AstComprehensionSeq *gens, int gen_index, int depth,
                                AstExpr *elt, AstExpr *val, CompType type) {
    Block *start = cg_new_block(c), *except = cg_new_block(c), *if_cleanup = cg_new_block(c);
    AstComprehension *gen = gens->items[gen_index];
    if (gen_index == 0) {
        c->u->argcount = 1;
        TRY(cg_emit(c, LOAD_FAST, 0));
    } else {
        TRY(cg_expr(c, gen->iter));
        TRY(cg_emit(c, GET_AITER, 0));
    }
    cg_use_block(c, start);
    TRY(cg_push_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start, NULL, NULL));
    TRY(cg_emit_jump(c, PSEUDO_SETUP_FINALLY, except));
    TRY(cg_emit(c, GET_ANEXT, 0));
    TRY(cg_emit_const(c, REF_NONE));
    TRY(cg_add_yield_from(c, true));
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    TRY(cg_expr(c, gen->target));
    for (int i = 0; i < gen->ifs.n; i++) TRY(cg_jump_if(c, gen->ifs.items[i], if_cleanup, false));
    depth++;
    if (++gen_index < gens->n) TRY(comp_generator(c, gens, gen_index, depth, elt, val, type));
    if (gen_index >= gens->n) TRY(comp_yield_or_add(c, elt, val, type, depth));
    cg_use_block(c, if_cleanup);
    TRY(cg_emit_jump(c, PSEUDO_JUMP, start));
    cg_pop_fblock(c);
    cg_use_block(c, except);
    return cg_emit(c, END_ASYNC_FOR, 0);
}

static int comp_generator(Compiler *c, AstComprehensionSeq *gens, int gen_index, int depth,
                          AstExpr *elt, AstExpr *val, CompType type) {
    if (gens->items[gen_index]->is_async)
        return async_comp_generator(c, gens, gen_index, depth, elt, val, type);
    return sync_comp_generator(c, gens, gen_index, depth, elt, val, type);
}

int cg_comprehension(Compiler *c, AstExpr *e) {
    CompType type;
    const char *name;
    AstComprehensionSeq *gens;
    AstExpr *elt, *val = NULL;
    switch (e->kind) {
    case AST_GeneratorExp:
        type = COMP_GENEXP, name = "<genexpr>", gens = &e->v.GeneratorExp.generators;
        elt = e->v.GeneratorExp.elt;
        break;
    case AST_ListComp:
        type = COMP_LISTCOMP, name = "<listcomp>", gens = &e->v.ListComp.generators;
        elt = e->v.ListComp.elt;
        break;
    case AST_SetComp:
        type = COMP_SETCOMP, name = "<setcomp>", gens = &e->v.SetComp.generators;
        elt = e->v.SetComp.elt;
        break;
    default:
        type = COMP_DICTCOMP, name = "<dictcomp>", gens = &e->v.DictComp.generators;
        elt = e->v.DictComp.key;
        val = e->v.DictComp.value;
        break;
    }
    UnitKind outer_kind = c->u->kind;
    AstComprehension *outermost = gens->items[0];
    TRY(unit_enter(c, UNIT_COMPREHENSION, name, e, e->lineno));
    Unit *u = c->u;
    cg_set_loc(c, LOC_OF(e));
    bool is_async_gen = u->ste->coroutine;
    Object *co = NULL;
    do {
        if (is_async_gen && type != COMP_GENEXP && outer_kind != UNIT_ASYNC_FUNCTION &&
            outer_kind != UNIT_COMPREHENSION) {
            cg_error(c, "asynchronous comprehension outside of an asynchronous function");
            break;
        }
        if (type != COMP_GENEXP) {
            int op = type == COMP_LISTCOMP ? BUILD_LIST : type == COMP_SETCOMP ? BUILD_SET : BUILD_MAP;
            if (cg_emit(c, op, 0) < 0) break;
        }
        if (comp_generator(c, gens, 0, 0, elt, val, type) < 0) break;
        if (type != COMP_GENEXP && cg_emit(c, RETURN_VALUE, 0) < 0) break;
        co = cg_assemble(c, true);
    } while (0);
    NameTable child_free = u->freevars;
    unit_leave(c);
    if (!co) return -1;
    TRY(make_closure(c, co, 0, &child_free));
    TRY(cg_iter_operand(c, outermost->iter));
    TRY(cg_emit(c, outermost->is_async ? GET_AITER : GET_ITER, 0));
    TRY(cg_emit(c, CALL, 0));
    if (is_async_gen && type != COMP_GENEXP) {
        TRY(cg_emit(c, GET_AWAITABLE, 0));
        TRY(cg_emit_const(c, REF_NONE));
        TRY(cg_add_yield_from(c, true));
    }
    return 0;
}
