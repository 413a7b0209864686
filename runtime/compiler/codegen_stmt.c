/* codegen_stmt.c — statements (CPython 3.11's sequences; see codegen.h). */
#include "spry.h"
#include "compiler/codegen.h"

/* ---- bodies ------------------------------------------------------------------------------- */
bool cg_find_ann(AstStmtSeq *body) {
    for (int i = 0; i < body->n; i++) {
        AstStmt *s = body->items[i];
        switch (s->kind) {
        case AST_AnnAssign:
            return true;
        case AST_For:
        case AST_AsyncFor:
            if (cg_find_ann(&s->v.For.body) || cg_find_ann(&s->v.For.orelse)) return true;
            break;
        case AST_While:
            if (cg_find_ann(&s->v.While.body) || cg_find_ann(&s->v.While.orelse)) return true;
            break;
        case AST_If:
            if (cg_find_ann(&s->v.If.body) || cg_find_ann(&s->v.If.orelse)) return true;
            break;
        case AST_With:
        case AST_AsyncWith:
            if (cg_find_ann(&s->v.With.body)) return true;
            break;
        case AST_Try:
        case AST_TryStar:
            for (int j = 0; j < s->v.Try.handlers.n; j++)
                if (cg_find_ann(&s->v.Try.handlers.items[j]->body)) return true;
            if (cg_find_ann(&s->v.Try.body) || cg_find_ann(&s->v.Try.finalbody) ||
                cg_find_ann(&s->v.Try.orelse))
                return true;
            break;
        case AST_Match:
            for (int j = 0; j < s->v.Match.cases.n; j++)
                if (cg_find_ann(&s->v.Match.cases.items[j]->body)) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

int cg_body(Compiler *c, AstStmtSeq *body) {
    for (int i = 0; i < body->n; i++) TRY(cg_stmt(c, body->items[i]));
    return 0;
}

/* Module and class bodies: SETUP_ANNOTATIONS, the docstring into __doc__, statements. */
int cg_module_body(Compiler *c, AstStmtSeq *body, bool is_module) {
    if (is_module && body->n) cg_set_loc(c, LOC_OF(body->items[0]));
    if (cg_find_ann(body)) TRY(cg_emit(c, SETUP_ANNOTATIONS, 0));
    if (!body->n) return 0;
    int i = 0;
    if (cg_is_docstring(body)) {
        i = 1;
        AstStmt *st = body->items[0];
        cg_set_loc(c, LOC_OF(st));
        TRY(cg_expr(c, st->v.Expr.value));
        cg_set_loc(c, LOC_NONE);
        TRY(cg_nameop(c, "__doc__", AST_Store));
    }
    for (; i < body->n; i++) TRY(cg_stmt(c, body->items[i]));
    return 0;
}

/* ---- simple statements ------------------------------------------------------------------- */
static int compile_assign(Compiler *c, AstStmt *s) {
    int n = s->v.Assign.targets.n;
    TRY(cg_expr(c, s->v.Assign.value));
    for (int i = 0; i < n; i++) {
        if (i < n - 1) TRY(cg_emit(c, COPY, 1));
        TRY(cg_expr(c, s->v.Assign.targets.items[i]));
    }
    return 0;
}

static void loc_to_attr(Compiler *c, AstExpr *attr) {
    Loc *l = &c->u->loc;
    if (l->lineno != attr->end_lineno) {
        l->lineno = attr->end_lineno;
        int len = (int)strlen(attr->v.Attribute.attr);
        if (len <= attr->end_col_offset) l->col = attr->end_col_offset - len;
        else l->col = l->end_col = -1;
        if (l->end_lineno < l->lineno) l->end_lineno = l->lineno;
        if (l->lineno == l->end_lineno && l->end_col < l->col) l->end_col = l->col;
    }
}

static int compile_augassign(Compiler *c, AstStmt *s) {
    AstExpr *e = s->v.AugAssign.target;
    Loc stmt_loc = c->u->loc;
    cg_set_loc(c, LOC_OF(e));
    switch (e->kind) {
    case AST_Attribute:
        TRY(cg_expr(c, e->v.Attribute.value));
        TRY(cg_emit(c, COPY, 1));
        loc_to_attr(c, e);
        TRY(cg_emit_name(c, LOAD_ATTR, cg_mangle(c, e->v.Attribute.attr)));
        break;
    case AST_Subscript:
        TRY(cg_expr(c, e->v.Subscript.value));
        TRY(cg_expr(c, e->v.Subscript.slice));
        TRY(cg_emit(c, COPY, 2));
        TRY(cg_emit(c, COPY, 2));
        TRY(cg_emit(c, BINARY_SUBSCR, 0));
        break;
    case AST_Name:
        TRY(cg_nameop(c, e->v.Name.id, AST_Load));
        break;
    default:
        return cg_error(c, "'%s' is an illegal expression for augmented assignment",
                        ast_expr_name(e->kind));
    }
    cg_set_loc(c, stmt_loc);
    TRY(cg_expr(c, s->v.AugAssign.value));
    TRY(cg_emit(c, BINARY_OP, cg_binop_arg(s->v.AugAssign.op, true)));
    cg_set_loc(c, LOC_OF(e));
    switch (e->kind) {
    case AST_Attribute:
        loc_to_attr(c, e);
        TRY(cg_emit(c, SWAP, 2));
        return cg_emit_name(c, STORE_ATTR, cg_mangle(c, e->v.Attribute.attr));
    case AST_Subscript:
        TRY(cg_emit(c, SWAP, 3));
        TRY(cg_emit(c, SWAP, 2));
        return cg_emit(c, STORE_SUBSCR, 0);
    default:
        return cg_nameop(c, e->v.Name.id, AST_Store);
    }
}

static int check_ann_subscr(Compiler *c, AstExpr *e) {
    if (e->kind == AST_Slice) {
        if (e->v.Slice.lower) TRY(cg_check_ann_expr(c, e->v.Slice.lower));
        if (e->v.Slice.upper) TRY(cg_check_ann_expr(c, e->v.Slice.upper));
        if (e->v.Slice.step) TRY(cg_check_ann_expr(c, e->v.Slice.step));
        return 0;
    }
    if (e->kind == AST_Tuple) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++) TRY(check_ann_subscr(c, e->v.Tuple.elts.items[i]));
        return 0;
    }
    return cg_check_ann_expr(c, e);
}

int cg_annassign(Compiler *c, AstStmt *s) {
    AstExpr *targ = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        TRY(cg_expr(c, s->v.AnnAssign.value));
        TRY(cg_expr(c, targ));
    }
    bool mod_or_class = c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
    switch (targ->kind) {
    case AST_Name:
        if (strcmp(targ->v.Name.id, "__debug__") == 0) return cg_error(c, "cannot assign to __debug__");
        if (s->v.AnnAssign.simple && mod_or_class) {
            if (c->future_annotations) TRY(cg_emit_const_steal(c, cg_annotation_text(c, s->v.AnnAssign.annotation)));
            else TRY(cg_expr(c, s->v.AnnAssign.annotation));
            TRY(cg_emit_name(c, LOAD_NAME, "__annotations__"));
            Object *m = cg_str(c, cg_mangle(c, targ->v.Name.id));
            if (!m) return -1;
            TRY(cg_emit_const_steal(c, ref_from_obj(m)));
            TRY(cg_emit(c, STORE_SUBSCR, 0));
        }
        break;
    case AST_Attribute:
        if (!s->v.AnnAssign.value) TRY(cg_check_ann_expr(c, targ->v.Attribute.value));
        break;
    case AST_Subscript:
        if (!s->v.AnnAssign.value) {
            TRY(cg_check_ann_expr(c, targ->v.Subscript.value));
            TRY(check_ann_subscr(c, targ->v.Subscript.slice));
        }
        break;
    default:
        return cg_error(c, "invalid annotation target");
    }
    if (!s->v.AnnAssign.simple && !c->future_annotations && mod_or_class)
        TRY(cg_check_ann_expr(c, s->v.AnnAssign.annotation));
    return 0;
}

static int import_as(Compiler *c, const char *name, const char *asname) {
    const char *dot = strchr(name, '.');
    if (dot) {
        for (;;) {
            const char *pos = dot + 1;
            dot = strchr(pos, '.');
            size_t n = dot ? (size_t)(dot - pos) : strlen(pos);
            TRY(cg_emit_name(c, IMPORT_FROM, arena_strndup(c->arena, pos, n)));
            if (!dot) break;
            TRY(cg_emit(c, SWAP, 2));
            TRY(cg_emit(c, POP_TOP, 0));
        }
        TRY(cg_nameop(c, asname, AST_Store));
        return cg_emit(c, POP_TOP, 0);
    }
    return cg_nameop(c, asname, AST_Store);
}

int cg_import(Compiler *c, AstStmt *s) {
    for (int i = 0; i < s->v.Import.names.n; i++) {
        AstAlias *al = s->v.Import.names.items[i];
        TRY(cg_emit_const(c, ref_from_int(0)));
        TRY(cg_emit_const(c, REF_NONE));
        TRY(cg_emit_name(c, IMPORT_NAME, al->name));
        if (al->asname) {
            TRY(import_as(c, al->name, al->asname));
        } else {
            const char *dot = strchr(al->name, '.');
            const char *store = dot ? arena_strndup(c->arena, al->name, (size_t)(dot - al->name)) : al->name;
            TRY(cg_nameop(c, store, AST_Store));
        }
    }
    return 0;
}

int cg_import_from(Compiler *c, AstStmt *s) {
    int n = s->v.ImportFrom.names.n;
    TRY(cg_emit_const_steal(c, int_from_i64(c->t, s->v.ImportFrom.level)));
    if (s->lineno > c->future_lineno && s->v.ImportFrom.module &&
        strcmp(s->v.ImportFrom.module, "__future__") == 0)
        return cg_error(c, "from __future__ imports must occur at the beginning of the file");
    Object *names = tuple_new(c->t, n);
    if (!names) return -1;
    for (int i = 0; i < n; i++) {
        Object *nm = cg_str(c, s->v.ImportFrom.names.items[i]->name);
        if (!nm) {
            for (int j = i; j < n; j++) tuple_items(names)[j] = REF_NONE;
            obj_decref(names);
            return -1;
        }
        tuple_items(names)[i] = ref_from_obj(nm);
    }
    TRY(cg_emit_const_steal(c, ref_from_obj(names)));
    TRY(cg_emit_name(c, IMPORT_NAME, s->v.ImportFrom.module ? s->v.ImportFrom.module : ""));
    for (int i = 0; i < n; i++) {
        AstAlias *al = s->v.ImportFrom.names.items[i];
        if (i == 0 && al->name[0] == '*') return cg_emit(c, IMPORT_STAR, 0);
        TRY(cg_emit_name(c, IMPORT_FROM, al->name));
        TRY(cg_nameop(c, al->asname ? al->asname : al->name, AST_Store));
    }
    return cg_emit(c, POP_TOP, 0);
}

static int compile_assert(Compiler *c, AstStmt *s) {
    const AstExpr *test = s->v.Assert.test;
    if (test->kind == AST_Tuple && test->v.Tuple.elts.n > 0)
        TRY(cg_warn_at(c, LOC_OF(s), "assertion is always true, perhaps remove parentheses?"));
    Block *end = cg_new_block(c);
    TRY(cg_jump_if(c, s->v.Assert.test, end, true));
    TRY(cg_emit(c, LOAD_ASSERTION_ERROR, 0));
    if (s->v.Assert.msg) {
        TRY(cg_expr(c, s->v.Assert.msg));
        TRY(cg_emit(c, CALL, 0));
    }
    TRY(cg_emit(c, RAISE_VARARGS, 1));
    cg_use_block(c, end);
    return 0;
}

static int stmt_expr(Compiler *c, AstExpr *value) {
    if (c->interactive && c->nest_depth <= 1) {
        TRY(cg_expr(c, value));
        return cg_emit(c, PRINT_EXPR, 0);
    }
    if (value->kind == AST_Constant) return cg_emit(c, NOP, 0);
    TRY(cg_expr(c, value));
    cg_set_loc(c, LOC_NONE);
    return cg_emit(c, POP_TOP, 0);
}

/* ---- compound statements ------------------------------------------------------------------ */
static int compile_if(Compiler *c, AstStmt *s) {
    Block *end = cg_new_block(c);
    Block *next = s->v.If.orelse.n ? cg_new_block(c) : end;
    TRY(cg_jump_if(c, s->v.If.test, next, false));
    TRY(cg_body(c, &s->v.If.body));
    if (s->v.If.orelse.n) {
        cg_set_loc(c, LOC_NONE);
        TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
        cg_use_block(c, next);
        TRY(cg_body(c, &s->v.If.orelse));
    }
    cg_use_block(c, end);
    return 0;
}

static int compile_while(Compiler *c, AstStmt *s) {
    Block *loop = cg_new_block(c), *body = cg_new_block(c), *anchor = cg_new_block(c),
          *end = cg_new_block(c);
    cg_use_block(c, loop);
    TRY(cg_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL));
    TRY(cg_jump_if(c, s->v.While.test, anchor, false));
    cg_use_block(c, body);
    TRY(cg_body(c, &s->v.While.body));
    cg_set_loc(c, LOC_OF(s));
    TRY(cg_jump_if(c, s->v.While.test, body, true));
    cg_pop_fblock(c);
    cg_use_block(c, anchor);
    TRY(cg_body(c, &s->v.While.orelse));
    cg_use_block(c, end);
    return 0;
}

static int compile_for(Compiler *c, AstStmt *s) {
    Block *start = cg_new_block(c), *body = cg_new_block(c), *cleanup = cg_new_block(c),
          *end = cg_new_block(c);
    TRY(cg_push_fblock(c, FB_FOR_LOOP, start, end, NULL));
    TRY(cg_iter_operand(c, s->v.For.iter));
    TRY(cg_emit(c, GET_ITER, 0));
    cg_use_block(c, start);
    TRY(cg_emit_jump(c, FOR_ITER, cleanup));
    cg_use_block(c, body);
    TRY(cg_expr(c, s->v.For.target));
    TRY(cg_body(c, &s->v.For.body));
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit_jump(c, PSEUDO_JUMP, start));
    cg_use_block(c, cleanup);
    cg_pop_fblock(c);
    TRY(cg_body(c, &s->v.For.orelse));
    cg_use_block(c, end);
    return 0;
}

static int compile_async_for(Compiler *c, AstStmt *s) {
    if (c->u->kind != UNIT_ASYNC_FUNCTION) return cg_error(c, "'async for' outside async function");
    Block *start = cg_new_block(c), *except = cg_new_block(c), *end = cg_new_block(c);
    TRY(cg_expr(c, s->v.AsyncFor.iter));
    TRY(cg_emit(c, GET_AITER, 0));
    cg_use_block(c, start);
    TRY(cg_push_fblock(c, FB_FOR_LOOP, start, end, NULL));
    TRY(cg_emit_jump(c, PSEUDO_SETUP_FINALLY, except));
    TRY(cg_emit(c, GET_ANEXT, 0));
    TRY(cg_emit_const(c, REF_NONE));
    TRY(cg_add_yield_from(c, true));
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    TRY(cg_expr(c, s->v.AsyncFor.target));
    TRY(cg_body(c, &s->v.AsyncFor.body));
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit_jump(c, PSEUDO_JUMP, start));
    cg_pop_fblock(c);
    cg_use_block(c, except);
    cg_set_loc(c, LOC_OF(s->v.AsyncFor.iter));
    TRY(cg_emit(c, END_ASYNC_FOR, 0));
    TRY(cg_body(c, &s->v.AsyncFor.orelse));
    cg_use_block(c, end);
    return 0;
}

static int compile_raise(Compiler *c, AstStmt *s) {
    int n = 0;
    if (s->v.Raise.exc) {
        TRY(cg_expr(c, s->v.Raise.exc));
        n++;
        if (s->v.Raise.cause) {
            TRY(cg_expr(c, s->v.Raise.cause));
            n++;
        }
    }
    return cg_emit(c, RAISE_VARARGS, n);
}

int cg_stmt(Compiler *c, AstStmt *s) {
    if (!rec_enter(c->t, " during compilation")) return -1;
    cg_set_loc(c, LOC_OF(s));
    int r;
    switch (s->kind) {
    case AST_FunctionDef: r = cg_function_def(c, s, false); break;
    case AST_AsyncFunctionDef: r = cg_function_def(c, s, true); break;
    case AST_ClassDef: r = cg_class_def(c, s); break;
    case AST_Return: r = cg_return(c, s); break;
    case AST_Delete: r = cg_exprs(c, &s->v.Delete.targets); break;
    case AST_Assign: r = compile_assign(c, s); break;
    case AST_AugAssign: r = compile_augassign(c, s); break;
    case AST_AnnAssign: r = cg_annassign(c, s); break;
    case AST_For: r = compile_for(c, s); break;
    case AST_AsyncFor: r = compile_async_for(c, s); break;
    case AST_While: r = compile_while(c, s); break;
    case AST_If: r = compile_if(c, s); break;
    case AST_Match: r = cg_match(c, s); break;
    case AST_Raise: r = compile_raise(c, s); break;
    case AST_Try: r = cg_try(c, s); break;
    case AST_TryStar: r = cg_try_star(c, s); break;
    case AST_Assert: r = compile_assert(c, s); break;
    case AST_Import: r = cg_import(c, s); break;
    case AST_ImportFrom: r = cg_import_from(c, s); break;
    case AST_Global:
    case AST_Nonlocal: r = 0; break;
    case AST_Expr: r = stmt_expr(c, s->v.Expr.value); break;
    case AST_Pass: r = cg_emit(c, NOP, 0); break;
    case AST_Break: r = cg_break(c, s); break;
    case AST_Continue: r = cg_continue(c, s); break;
    case AST_With: r = cg_with(c, s, 0, false); break;
    case AST_AsyncWith: r = cg_with(c, s, 0, true); break;
    default:
        err_set(c->t, &exc_SystemError, "compiler: unknown statement");
        r = -1;
        break;
    }
    rec_leave(c->t);
    return r;
}
