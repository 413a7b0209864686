/* codegen_exc.c — try/except/finally, except*, with, and the unwinding done by
 * return/break/continue through them.
 *
 * Exception handling uses CPython 3.11's scheme: SETUP_FINALLY / SETUP_CLEANUP /
 * SETUP_WITH pseudo instructions push a handler for the code that follows until the
 * matching POP_BLOCK; the assembler turns that into the exception table. A handler is
 * entered with the stack unwound to the depth at its SETUP plus the exception (and, for
 * CLEANUP/WITH, the offset of the raising instruction below it: `lasti`). Handlers that
 * run Python code push the previous handled exception (PUSH_EXC_INFO) and restore it on
 * the way out (POP_EXCEPT), so sys.exc_info() is right inside them.
 */
#include "spry.h"
#include "compiler/codegen.h"

static int pop_except_and_reraise(Compiler *c) {
    TRY(cg_emit(c, COPY, 3));
    TRY(cg_emit(c, POP_EXCEPT, 0));
    return cg_emit(c, RERAISE, 1);
}

static int call_exit_with_nones(Compiler *c) {
    TRY(cg_emit_const(c, REF_NONE));
    TRY(cg_emit_const(c, REF_NONE));
    TRY(cg_emit_const(c, REF_NONE));
    return cg_emit(c, CALL, 2);
}

/* ---- unwinding -------------------------------------------------------------------------------- */
static int unwind_fblock(Compiler *c, FBlock *info, bool preserve_tos) {
    switch (info->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR:
        return 0;
    case FB_FOR_LOOP:
        if (preserve_tos) TRY(cg_emit(c, SWAP, 2));
        return cg_emit(c, POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return cg_emit(c, PSEUDO_POP_BLOCK, 0);
    case FB_FINALLY_TRY:
        TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
        if (preserve_tos) TRY(cg_push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL));
        TRY(cg_body(c, (AstStmtSeq *)info->datum));
        if (preserve_tos) cg_pop_fblock(c);
        cg_set_loc(c, LOC_NONE);
        return 0;
    case FB_FINALLY_END:
        if (preserve_tos) TRY(cg_emit(c, SWAP, 2));
        TRY(cg_emit(c, POP_TOP, 0));
        if (preserve_tos) TRY(cg_emit(c, SWAP, 2));
        TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
        return cg_emit(c, POP_EXCEPT, 0);
    case FB_WITH:
    case FB_ASYNC_WITH:
        cg_set_loc(c, LOC_OF((AstStmt *)info->datum));
        TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
        if (preserve_tos) TRY(cg_emit(c, SWAP, 2));
        TRY(call_exit_with_nones(c));
        if (info->kind == FB_ASYNC_WITH) {
            TRY(cg_emit(c, GET_AWAITABLE, 2));
            TRY(cg_emit_const(c, REF_NONE));
            TRY(cg_add_yield_from(c, true));
        }
        TRY(cg_emit(c, POP_TOP, 0));
        cg_set_loc(c, LOC_NONE);
        return 0;
    case FB_HANDLER_CLEANUP:
        if (info->datum) TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
        if (preserve_tos) TRY(cg_emit(c, SWAP, 2));
        TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
        TRY(cg_emit(c, POP_EXCEPT, 0));
        if (info->datum) {
            TRY(cg_emit_const(c, REF_NONE));
            TRY(cg_nameop(c, (const char *)info->datum, AST_Store));
            TRY(cg_nameop(c, (const char *)info->datum, AST_Del));
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos) TRY(cg_emit(c, SWAP, 2));
        return cg_emit(c, POP_TOP, 0);
    }
    return 0;
}

int cg_unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) return 0;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER)
        return cg_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    int r = unwind_fblock(c, &copy, preserve_tos);
    if (r == 0) r = cg_unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return r;
}

int cg_return(Compiler *c, AstStmt *s) {
    AstExpr *v = s->v.Return.value;
    bool preserve_tos = v && v->kind != AST_Constant;
    if (c->u->ste->type != SCOPE_FUNCTION) return cg_error(c, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        return cg_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        TRY(cg_expr(c, v));
    } else if (v) {
        cg_set_loc(c, LOC_OF(v));
        TRY(cg_emit(c, NOP, 0));
    }
    if (!v || v->lineno != s->lineno) {
        cg_set_loc(c, LOC_OF(s));
        TRY(cg_emit(c, NOP, 0));
    }
    TRY(cg_unwind_fblock_stack(c, preserve_tos, NULL));
    if (!v) TRY(cg_emit_const(c, REF_NONE));
    else if (!preserve_tos) TRY(cg_emit_const_steal(c, cg_constant_value(c, &v->v.Constant.value)));
    return cg_emit(c, RETURN_VALUE, 0);
}

int cg_break(Compiler *c, AstStmt *s) {
    FBlock *loop = NULL;
    TRY(cg_emit(c, NOP, 0));
    TRY(cg_unwind_fblock_stack(c, false, &loop));
    if (!loop) return cg_error_at(c, LOC_OF(s), "'break' outside loop");
    TRY(unwind_fblock(c, loop, false));
    return cg_emit_jump(c, PSEUDO_JUMP, loop->exit);
}

int cg_continue(Compiler *c, AstStmt *s) {
    FBlock *loop = NULL;
    TRY(cg_emit(c, NOP, 0));
    TRY(cg_unwind_fblock_stack(c, false, &loop));
    if (!loop) return cg_error_at(c, LOC_OF(s), "'continue' not properly in loop");
    return cg_emit_jump(c, PSEUDO_JUMP, loop->block);
}

/* ---- try ------------------------------------------------------------------------------------------ */
static int try_except(Compiler *c, AstStmt *s) {
    Block *body = cg_new_block(c), *except = cg_new_block(c), *end = cg_new_block(c),
          *cleanup = cg_new_block(c);
    TRY(cg_emit_jump(c, PSEUDO_SETUP_FINALLY, except));
    cg_use_block(c, body);
    TRY(cg_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL));
    TRY(cg_body(c, &s->v.Try.body));
    cg_pop_fblock(c);
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    TRY(cg_body(c, &s->v.Try.orelse));
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
    int n = s->v.Try.handlers.n;
    cg_use_block(c, except);
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup));
    TRY(cg_emit(c, PUSH_EXC_INFO, 0));
    TRY(cg_push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (int i = 0; i < n; i++) {
        AstExceptHandler *h = s->v.Try.handlers.items[i];
        cg_set_loc(c, LOC_OF(h));
        if (!h->type && i < n - 1) return cg_error(c, "default 'except:' must be last");
        Block *next_except = cg_new_block(c);
        if (h->type) {
            TRY(cg_expr(c, h->type));
            TRY(cg_emit(c, CHECK_EXC_MATCH, 0));
            TRY(cg_emit_jump(c, POP_JUMP_IF_FALSE, next_except));
        }
        if (h->name) {
            Block *cleanup_end = cg_new_block(c), *cleanup_body = cg_new_block(c);
            TRY(cg_nameop(c, h->name, AST_Store));
            TRY(cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup_end));
            cg_use_block(c, cleanup_body);
            TRY(cg_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
            TRY(cg_body(c, &h->body));
            cg_pop_fblock(c);
            cg_set_loc(c, LOC_NONE);
            TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
            TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
            TRY(cg_emit(c, POP_EXCEPT, 0));
            TRY(cg_emit_const(c, REF_NONE));
            TRY(cg_nameop(c, h->name, AST_Store));
            TRY(cg_nameop(c, h->name, AST_Del));
            TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
            cg_use_block(c, cleanup_end);
            cg_set_loc(c, LOC_NONE);
            TRY(cg_emit_const(c, REF_NONE));
            TRY(cg_nameop(c, h->name, AST_Store));
            TRY(cg_nameop(c, h->name, AST_Del));
            TRY(cg_emit(c, RERAISE, 1));
        } else {
            Block *cleanup_body = cg_new_block(c);
            TRY(cg_emit(c, POP_TOP, 0));
            cg_use_block(c, cleanup_body);
            TRY(cg_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
            TRY(cg_body(c, &h->body));
            cg_pop_fblock(c);
            cg_set_loc(c, LOC_NONE);
            TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
            TRY(cg_emit(c, POP_EXCEPT, 0));
            TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
        }
        cg_use_block(c, next_except);
    }
    cg_set_loc(c, LOC_NONE);
    cg_pop_fblock(c);
    TRY(cg_emit(c, RERAISE, 0));
    cg_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    cg_use_block(c, end);
    return 0;
}

static int try_star_except(Compiler *c, AstStmt *s) {
    Block *body = cg_new_block(c), *except = cg_new_block(c), *orelse = cg_new_block(c),
          *end = cg_new_block(c), *cleanup = cg_new_block(c), *reraise_star = cg_new_block(c);
    TRY(cg_emit_jump(c, PSEUDO_SETUP_FINALLY, except));
    cg_use_block(c, body);
    TRY(cg_push_fblock(c, FB_TRY_EXCEPT, body, NULL, NULL));
    TRY(cg_body(c, &s->v.TryStar.body));
    cg_pop_fblock(c);
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    TRY(cg_emit_jump(c, PSEUDO_JUMP, orelse));
    int n = s->v.TryStar.handlers.n;
    cg_use_block(c, except);
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup));
    TRY(cg_emit(c, PUSH_EXC_INFO, 0));
    TRY(cg_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, "except handler"));
    for (int i = 0; i < n; i++) {
        AstExceptHandler *h = s->v.TryStar.handlers.items[i];
        cg_set_loc(c, LOC_OF(h));
        Block *next_except = cg_new_block(c), *except_with_error = cg_new_block(c),
              *no_match = cg_new_block(c);
        if (i == 0) {
            TRY(cg_emit(c, COPY, 1));
            TRY(cg_emit(c, BUILD_LIST, 0));
            TRY(cg_emit(c, SWAP, 2));
        }
        if (h->type) {
            TRY(cg_expr(c, h->type));
            TRY(cg_emit(c, CHECK_EG_MATCH, 0));
            TRY(cg_emit(c, COPY, 1));
            TRY(cg_emit_jump(c, POP_JUMP_IF_NONE, no_match));
        }
        Block *cleanup_end = cg_new_block(c), *cleanup_body = cg_new_block(c);
        if (h->name) TRY(cg_nameop(c, h->name, AST_Store));
        else TRY(cg_emit(c, POP_TOP, 0));
        TRY(cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup_end));
        cg_use_block(c, cleanup_body);
        TRY(cg_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
        TRY(cg_body(c, &h->body));
        cg_pop_fblock(c);
        cg_set_loc(c, LOC_NONE);
        TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
        if (h->name) {
            TRY(cg_emit_const(c, REF_NONE));
            TRY(cg_nameop(c, h->name, AST_Store));
            TRY(cg_nameop(c, h->name, AST_Del));
        }
        TRY(cg_emit_jump(c, PSEUDO_JUMP, next_except));
        cg_use_block(c, cleanup_end);
        if (h->name) {
            TRY(cg_emit_const(c, REF_NONE));
            TRY(cg_nameop(c, h->name, AST_Store));
            TRY(cg_nameop(c, h->name, AST_Del));
        }
        TRY(cg_emit(c, LIST_APPEND, 3));
        TRY(cg_emit(c, POP_TOP, 0));
        TRY(cg_emit_jump(c, PSEUDO_JUMP, except_with_error));
        cg_use_block(c, next_except);
        TRY(cg_emit(c, NOP, 0));
        TRY(cg_emit_jump(c, PSEUDO_JUMP, except_with_error));
        cg_use_block(c, no_match);
        TRY(cg_emit(c, POP_TOP, 0));
        cg_use_block(c, except_with_error);
        if (i == n - 1) {
            TRY(cg_emit(c, LIST_APPEND, 1));
            TRY(cg_emit_jump(c, PSEUDO_JUMP, reraise_star));
        }
    }
    cg_set_loc(c, LOC_NONE);
    cg_pop_fblock(c);
    Block *reraise = cg_new_block(c);
    cg_use_block(c, reraise_star);
    TRY(cg_emit(c, PREP_RERAISE_STAR, 0));
    TRY(cg_emit(c, COPY, 1));
    TRY(cg_emit_jump(c, POP_JUMP_IF_NOT_NONE, reraise));
    TRY(cg_emit(c, POP_TOP, 0));
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    TRY(cg_emit(c, POP_EXCEPT, 0));
    TRY(cg_emit_jump(c, PSEUDO_JUMP, end));
    cg_use_block(c, reraise);
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    TRY(cg_emit(c, SWAP, 2));
    TRY(cg_emit(c, POP_EXCEPT, 0));
    TRY(cg_emit(c, RERAISE, 0));
    cg_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    cg_use_block(c, orelse);
    TRY(cg_body(c, &s->v.TryStar.orelse));
    cg_use_block(c, end);
    return 0;
}

static int try_finally(Compiler *c, AstStmt *s, bool star) {
    Block *body = cg_new_block(c), *end = cg_new_block(c), *exit = cg_new_block(c),
          *cleanup = cg_new_block(c);
    TRY(cg_emit_jump(c, PSEUDO_SETUP_FINALLY, end));
    cg_use_block(c, body);
    TRY(cg_push_fblock(c, FB_FINALLY_TRY, body, end, &s->v.Try.finalbody));
    if (s->v.Try.handlers.n) TRY(star ? try_star_except(c, s) : try_except(c, s));
    else TRY(cg_body(c, &s->v.Try.body));
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    cg_pop_fblock(c);
    TRY(cg_body(c, &s->v.Try.finalbody));
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit_jump(c, PSEUDO_JUMP, exit));
    cg_use_block(c, end);
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup));
    TRY(cg_emit(c, PUSH_EXC_INFO, 0));
    TRY(cg_push_fblock(c, FB_FINALLY_END, end, NULL, NULL));
    TRY(cg_body(c, &s->v.Try.finalbody));
    cg_pop_fblock(c);
    TRY(cg_emit(c, RERAISE, 0));
    cg_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    cg_use_block(c, exit);
    return 0;
}

int cg_try(Compiler *c, AstStmt *s) {
    if (s->v.Try.finalbody.n) return try_finally(c, s, false);
    return try_except(c, s);
}

int cg_try_star(Compiler *c, AstStmt *s) {
    if (s->v.TryStar.finalbody.n) return try_finally(c, s, true);
    return try_star_except(c, s);
}

/* ---- with ------------------------------------------------------------------------------------------- */
static int with_except_finish(Compiler *c, Block *cleanup) {
    cg_set_loc(c, LOC_NONE);
    Block *exit = cg_new_block(c);
    TRY(cg_emit_jump(c, POP_JUMP_IF_TRUE, exit));
    TRY(cg_emit(c, RERAISE, 2));
    cg_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    cg_use_block(c, exit);
    TRY(cg_emit(c, POP_TOP, 0));
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    TRY(cg_emit(c, POP_EXCEPT, 0));
    TRY(cg_emit(c, POP_TOP, 0));
    return cg_emit(c, POP_TOP, 0);
}

int cg_with(Compiler *c, AstStmt *s, int pos, bool is_async) {
    AstWithItem *item = s->v.With.items.items[pos];
    if (is_async && c->u->kind != UNIT_ASYNC_FUNCTION)
        return cg_error(c, "'async with' outside async function");
    Block *block = cg_new_block(c), *final = cg_new_block(c), *exit = cg_new_block(c),
          *cleanup = cg_new_block(c);
    TRY(cg_expr(c, item->context_expr));
    if (is_async) {
        TRY(cg_emit(c, BEFORE_ASYNC_WITH, 0));
        TRY(cg_emit(c, GET_AWAITABLE, 1));
        TRY(cg_emit_const(c, REF_NONE));
        TRY(cg_add_yield_from(c, true));
    } else {
        TRY(cg_emit(c, BEFORE_WITH, 0));
    }
    TRY(cg_emit_jump(c, PSEUDO_SETUP_WITH, final));
    cg_use_block(c, block);
    TRY(cg_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, block, final, s));
    if (item->optional_vars) TRY(cg_expr(c, item->optional_vars));
    else TRY(cg_emit(c, POP_TOP, 0));
    pos++;
    if (pos == s->v.With.items.n) TRY(cg_body(c, &s->v.With.body));
    else TRY(cg_with(c, s, pos, is_async));
    cg_set_loc(c, LOC_NONE);
    TRY(cg_emit(c, PSEUDO_POP_BLOCK, 0));
    cg_pop_fblock(c);
    cg_set_loc(c, LOC_OF(s));
    TRY(call_exit_with_nones(c));
    if (is_async) {
        TRY(cg_emit(c, GET_AWAITABLE, 2));
        TRY(cg_emit_const(c, REF_NONE));
        TRY(cg_add_yield_from(c, true));
    }
    TRY(cg_emit(c, POP_TOP, 0));
    TRY(cg_emit_jump(c, PSEUDO_JUMP, exit));
    cg_use_block(c, final);
    TRY(cg_emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup));
    TRY(cg_emit(c, PUSH_EXC_INFO, 0));
    TRY(cg_emit(c, WITH_EXCEPT_START, 0));
    if (is_async) {
        TRY(cg_emit(c, GET_AWAITABLE, 2));
        TRY(cg_emit_const(c, REF_NONE));
        TRY(cg_add_yield_from(c, true));
    }
    TRY(with_except_finish(c, cleanup));
    cg_use_block(c, exit);
    return 0;
}
