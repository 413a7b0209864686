/* codegen_asm.c — the assembler: control-flow graph -> code object.
 *
 * Passes, in order (each one simple, as in CPython 3.11's assembler):
 *   1. implicit `return None` at the end when control can fall off it;
 *   2. exception labelling: walk the CFG from the entry with a stack of active handlers
 *      (pushed by SETUP_*, popped by POP_BLOCK); this also finds the reachable blocks, and
 *      unreachable ones (dead code) are dropped;
 *   3. small peepholes: PUSH_NULL + LOAD_GLOBAL fusion, jumps to the next block, jump
 *      threading, `is None` tests, tuple assignment as SWAP; then the small exit blocks
 *      without a line are copied to the jumps that reach them (copy_exits);
 *   4. stack depth (a worklist over blocks; handler entry depth comes from its SETUP);
 *   5. locations: instructions without one inherit their predecessor's; NOPs that carry
 *      no new line are removed;
 *   6. cell/free opargs become localsplus offsets, prefix instructions are inserted
 *      (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR + POP_TOP);
 *   7. backward conditional jumps become an inverted forward jump over JUMP_BACKWARD;
 *   8. offsets and EXTENDED_ARG sizes are iterated to a fixed point; then code units,
 *      the position table and the exception table are written.
 */
#include "spry.h"
#include "compiler/codegen.h"
#include "opcode_meta.h"

#include <stdlib.h>

/* ---- stack effects ------------------------------------------------------------------------ */
int cg_stack_effect(int op, int arg, bool jump) {
    switch (op) {
    case NOP: case RESUME: case EXTENDED_ARG: case CACHE: case MAKE_CELL: case COPY_FREE_VARS:
    case SWAP: case DELETE_FAST: case DELETE_DEREF: case DELETE_NAME: case DELETE_GLOBAL:
    case LOAD_ATTR: case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT:
    case LIST_TO_TUPLE: case GET_ITER: case GET_YIELD_FROM_ITER: case YIELD_VALUE:
    case GET_AWAITABLE: case GET_AITER: case ASYNC_GEN_WRAP: case SETUP_ANNOTATIONS:
    case CHECK_EXC_MATCH: case CHECK_EG_MATCH: case KW_NAMES: case JUMP_FORWARD:
    case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT: case PSEUDO_JUMP:
    case PSEUDO_JUMP_NO_INTERRUPT: case PSEUDO_POP_BLOCK:
        return 0;
    case POP_TOP: case STORE_FAST: case STORE_DEREF: case STORE_NAME: case STORE_GLOBAL:
    case DELETE_ATTR: case BINARY_OP: case COMPARE_OP: case IS_OP: case CONTAINS_OP:
    case BINARY_SUBSCR: case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE:
    case DICT_UPDATE: case DICT_MERGE: case RETURN_VALUE: case IMPORT_NAME: case IMPORT_STAR:
    case RERAISE: case POP_EXCEPT: case PREP_RERAISE_STAR: case PRINT_EXPR:
    case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_NOT_NONE:
        return -1;
    case PUSH_NULL: case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_CLOSURE:
    case LOAD_DEREF: case LOAD_CLASSDEREF: case LOAD_NAME: case LOAD_METHOD:
    case RETURN_GENERATOR: case GET_ANEXT: case BEFORE_ASYNC_WITH: case BEFORE_WITH:
    case WITH_EXCEPT_START: case IMPORT_FROM: case LOAD_BUILD_CLASS: case LOAD_ASSERTION_ERROR:
    case PUSH_EXC_INFO: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS: case GET_LEN:
        return 1;
    case LOAD_GLOBAL: return 1 + (arg & 1);
    case STORE_ATTR: case DELETE_SUBSCR: case END_ASYNC_FOR: case MAP_ADD: case MATCH_CLASS:
        return -2;
    case STORE_SUBSCR: return -3;
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: case BUILD_SLICE:
        return 1 - arg;
    case BUILD_MAP: return 1 - 2 * arg;
    case BUILD_CONST_KEY_MAP: return -arg;
    case UNPACK_SEQUENCE: return arg - 1;
    case UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case FORMAT_VALUE: return (arg & 0x04) ? -1 : 0;
    case MAKE_FUNCTION:
        return -((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0);
    case RAISE_VARARGS: return -arg;
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case FOR_ITER: return jump ? -1 : 1;
    case SEND: return jump ? -1 : 0;
    case CALL: return -(arg + 1);
    case CALL_FUNCTION_EX: return -2 - (arg & 1);
    case PSEUDO_SETUP_FINALLY: return jump ? 1 : 0;
    case PSEUDO_SETUP_CLEANUP: return jump ? 2 : 0;
    case PSEUDO_SETUP_WITH: return jump ? 1 : 0;
    default: return 0;
    }
}

static bool is_setup(int op) {
    return op == PSEUDO_SETUP_FINALLY || op == PSEUDO_SETUP_CLEANUP || op == PSEUDO_SETUP_WITH;
}

static bool is_deref_op(int op) {
    return op == LOAD_CLOSURE || op == LOAD_DEREF || op == LOAD_CLASSDEREF ||
           op == STORE_DEREF || op == DELETE_DEREF || op == MAKE_CELL;
}

static bool has_fallthrough(const Block *b) {
    return b->n == 0 || !cg_is_terminator(b->instrs[b->n - 1].op);
}

static Block *next_nonempty(Block *b) {
    while (b && b->n == 0) b = b->next;
    return b;
}

static Instr *insert_instr(Compiler *c, Block *b, int pos) {
    if (b->n == b->cap) {
        int nc = b->cap ? b->cap * 2 : 16;
        Instr *ni = arena_alloc(c->arena, sizeof(Instr) * (size_t)nc);
        if (b->n) memcpy(ni, b->instrs, sizeof(Instr) * (size_t)b->n);
        b->instrs = ni;
        b->cap = nc;
    }
    memmove(&b->instrs[pos + 1], &b->instrs[pos], sizeof(Instr) * (size_t)(b->n - pos));
    b->n++;
    Instr *in = &b->instrs[pos];
    memset(in, 0, sizeof *in);
    in->loc = LOC_NONE;
    return in;
}

/* ---- exception labelling ------------------------------------------------------------------ */
typedef struct ExceptStack {
    int depth;
    Block *handlers[];
} ExceptStack;

#define MAX_EXCEPT_DEPTH (MAX_FBLOCKS * 4 + 8)

static ExceptStack *except_stack_copy(Compiler *c, const ExceptStack *s) {
    ExceptStack *n = arena_alloc(c->arena, sizeof(ExceptStack) + sizeof(Block *) * MAX_EXCEPT_DEPTH);
    if (s) {
        n->depth = s->depth;
        memcpy(n->handlers, s->handlers, sizeof(Block *) * (size_t)s->depth);
    }
    return n;
}

static int label_exceptions(Compiler *c, Block *entry) {
    int nblocks = 0;
    for (Block *b = c->u->all_blocks; b; b = b->all_next) nblocks++;
    Block **todo = arena_alloc(c->arena, sizeof(Block *) * (size_t)(nblocks + 1));
    int ntodo = 0;
    entry->except_stack = except_stack_copy(c, NULL);
    entry->reachable = true;
    todo[ntodo++] = entry;
    while (ntodo) {
        Block *b = todo[--ntodo];
        ExceptStack *es = b->except_stack;
        Block *handler = es->depth ? es->handlers[es->depth - 1] : NULL;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (is_setup(in->op)) {
                Block *tg = in->target;
                if (!tg->reachable) {
                    tg->except_stack = except_stack_copy(c, es);
                    tg->reachable = true;
                    tg->except_handler = true;
                    todo[ntodo++] = tg;
                }
                tg->preserve_lasti = in->op != PSEUDO_SETUP_FINALLY;
                if (es->depth >= MAX_EXCEPT_DEPTH) {
                    err_set(c->t, &exc_SystemError, "too many nested exception handlers");
                    return -1;
                }
                es->handlers[es->depth++] = tg;
                handler = tg;
                in->handler = NULL;
            } else if (in->op == PSEUDO_POP_BLOCK) {
                if (es->depth) es->depth--;
                handler = es->depth ? es->handlers[es->depth - 1] : NULL;
                in->handler = NULL;
            } else {
                in->handler = handler;
                if (cg_is_jump(in->op) && !in->target->reachable) {
                    Block *tg = in->target;
                    tg->except_stack = except_stack_copy(c, es);
                    tg->reachable = true;
                    todo[ntodo++] = tg;
                }
            }
        }
        if (has_fallthrough(b) && b->next && !b->next->reachable) {
            b->next->except_stack = except_stack_copy(c, es);
            b->next->reachable = true;
            todo[ntodo++] = b->next;
        }
    }
    return 0;
}

/* ---- stack depth ------------------------------------------------------------------------------ */
static int stack_push(Compiler *c, Block ***sp, Block *b, int depth) {
    if (b->startdepth < 0) {
        b->startdepth = depth;
        *(*sp)++ = b;
    } else if (b->startdepth != depth) {
        err_format(c->t, &exc_SystemError, "compiler: inconsistent stack depth (%d vs %d) in %s",
                   b->startdepth, depth, c->u->name);
        return -1;
    }
    return 0;
}

static int compute_stackdepth(Compiler *c, Block *entry) {
    int nblocks = 0;
    for (Block *b = c->u->all_blocks; b; b = b->all_next) {
        nblocks++;
        b->startdepth = -1;
    }
    Block **stack = arena_alloc(c->arena, sizeof(Block *) * (size_t)(nblocks + 1));
    Block **sp = stack;
    int maxdepth = 0;
    TRY(stack_push(c, &sp, entry, 0));
    while (sp > stack) {
        Block *b = *--sp;
        int depth = b->startdepth;
        bool falls = true;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            int eff = cg_stack_effect(in->op, in->arg, false);
            int nd = depth + eff;
            if (nd < 0) {
                err_format(c->t, &exc_SystemError, "compiler: negative stack depth at op %d in %s",
                           in->op, c->u->name);
                return -1;
            }
            if (nd > maxdepth) maxdepth = nd;
            if (cg_is_jump(in->op)) {
                int td = depth + cg_stack_effect(in->op, in->arg, true);
                if (td > maxdepth) maxdepth = td;
                TRY(stack_push(c, &sp, in->target, td));
            }
            depth = nd;
            if (cg_is_terminator(in->op)) {
                falls = false;
                break;
            }
        }
        if (falls && b->next) TRY(stack_push(c, &sp, b->next, depth));
    }
    return maxdepth;
}

/* ---- code emission helpers ------------------------------------------------------------------------- */
static int ext_count(unsigned arg) {
    return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

static int instr_size(const Instr *in) {
    return ext_count((unsigned)in->arg) + 1 + opcode_cache_size[in->op];
}

typedef struct Buf {
    uint8_t *p;
    size_t n, cap;
} Buf;

static void buf_put(Arena *a, Buf *b, uint8_t v) {
    if (b->n == b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 256;
        uint8_t *np = arena_alloc(a, nc);
        if (b->n) memcpy(np, b->p, b->n);
        b->p = np;
        b->cap = nc;
    }
    b->p[b->n++] = v;
}

static void buf_varint(Arena *a, Buf *b, unsigned v) {
    while (v >= 0x80) {
        buf_put(a, b, (uint8_t)(v & 0x7f) | 0x80);
        v >>= 7;
    }
    buf_put(a, b, (uint8_t)v);
}

static void buf_svarint(Arena *a, Buf *b, int v) {
    buf_varint(a, b, v < 0 ? ((unsigned)(-(v + 1)) << 1) | 1 : (unsigned)v << 1);
}

static bool loc_eq(Loc a, Loc b) {
    return a.lineno == b.lineno && a.end_lineno == b.end_lineno && a.col == b.col &&
           a.end_col == b.end_col;
}

static int invert_jump(int op) {
    switch (op) {
    case POP_JUMP_IF_FALSE: return POP_JUMP_IF_TRUE;
    case POP_JUMP_IF_TRUE: return POP_JUMP_IF_FALSE;
    case POP_JUMP_IF_NONE: return POP_JUMP_IF_NOT_NONE;
    case POP_JUMP_IF_NOT_NONE: return POP_JUMP_IF_NONE;
    default: return -1;
    }
}

/* `x is None` / `x is not None` as a condition, LOAD_CONST None; IS_OP; POP_JUMP_IF_*,
 * becomes one POP_JUMP_IF_[NOT_]NONE, as CPython 3.11's optimizer does. in[0..2] are in
 * one block. */
static void fold_none_test(Unit *u, Instr *in) {
    if (in[0].op != LOAD_CONST || !ref_is_none(u->consts[in[0].arg]) || in[1].op != IS_OP ||
        (in[2].op != POP_JUMP_IF_FALSE && in[2].op != POP_JUMP_IF_TRUE))
        return;
    /* jump if (x is None) == (the jump wants true) */
    bool jump_if_none = (in[1].arg == 0) == (in[2].op == POP_JUMP_IF_TRUE);
    in[0].op = NOP;
    in[1].op = NOP;
    in[1].arg = in[0].arg = 0;
    in[2].op = jump_if_none ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE;
}

/* `a, b = x, y` builds a tuple only to unpack it: BUILD_TUPLE n; UNPACK_SEQUENCE n with
 * n <= 3 reverses the top n items, which for 2 and 3 is SWAP n (CPython 3.11 does the
 * same). */
static void fold_tuple_unpack(Instr *in) {
    int n = in[0].arg;
    in[0].op = NOP;
    in[0].arg = 0;
    in[1].op = n == 1 ? NOP : SWAP;
    in[1].arg = n == 1 ? 0 : n;
}

/* SWAP n followed by n stores to distinct locals on one line: store in the other order
 * instead (the first and the n-th store trade places), as CPython 3.11 does. */
static void fold_static_swap(Block *b, int i) {
    int n = b->instrs[i].arg;
    if (n < 2 || i + n >= b->n) return;
    Instr *st = &b->instrs[i + 1];
    for (int k = 0; k < n; k++) {
        if (st[k].op != STORE_FAST || st[k].loc.lineno != st[0].loc.lineno) return;
        for (int j = 0; j < k; j++)
            if (st[j].arg == st[k].arg) return;
    }
    Instr first = st[0];
    st[0] = st[n - 1];
    st[n - 1] = first;
    b->instrs[i].op = NOP;
    b->instrs[i].arg = 0;
}

/* An unconditional jump to another of the same kind on the same line (or both without
 * one) goes straight to the final target, as CPython 3.11 does: the end of an if-branch
 * in a loop jumps back to the loop's head itself. */
static void thread_jump(Instr *in) {
    for (int hops = 0; hops < 8; hops++) {
        if (in->op != PSEUDO_JUMP && in->op != PSEUDO_JUMP_NO_INTERRUPT) return;
        Block *t = next_nonempty(in->target);
        if (!t) return;
        Instr *next = &t->instrs[0];
        if (next->op != in->op || next->target == in->target || next_nonempty(next->target) == t ||
            next->loc.lineno != in->loc.lineno)
            return;
        in->target = next->target;
    }
}

/* ---- exits: the small blocks that end a function, copied where they are jumped to ---- */
#define MAX_EXIT_COPY 4

static bool is_small_exit(const Block *b) {
    if (b->n == 0 || b->n > MAX_EXIT_COPY || b->except_handler) return false;
    for (int i = 0; i < b->n; i++)
        if (b->instrs[i].target) return false;
    int op = b->instrs[b->n - 1].op;
    return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

static bool has_no_line(const Block *b) {
    for (int i = 0; i < b->n; i++)
        if (b->instrs[i].loc.lineno >= 0) return false;
    return true;
}

static bool is_jump(const Instr *in) { return in->target && !is_setup(in->op); }

/* b->index = how many jumps and fall-throughs lead to b (handlers count their SETUPs). */
static void count_predecessors(Block *entry) {
    for (Block *b = entry; b; b = b->next) b->index = 0;
    for (Block *b = entry; b; b = b->next) {
        if (has_fallthrough(b) && b->next) b->next->index++;
        for (int i = 0; i < b->n; i++)
            if (b->instrs[i].target) b->instrs[i].target->index++;
    }
}

/* As CPython 3.11, for small exit blocks without a line number (an implicit `return
 * None`, a cleanup's re-raise): an unconditional jump to one is replaced by a copy of it
 * (one dispatch less), and any other jump to one that has several predecessors gets its
 * own copy, so that the `return None` at the end of a
 * function has the line it is reached from (f_lineno in tracers, tracebacks). */
static void copy_exits(Compiler *c, Block *entry) {
    for (Block *b = entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (is_jump(&b->instrs[i])) b->instrs[i].target = next_nonempty(b->instrs[i].target);
    for (Block *b = entry; b; b = b->next) {
        if (b->n == 0) continue;
        Instr *last = &b->instrs[b->n - 1];
        Block *exit = last->target;
        if ((last->op != PSEUDO_JUMP && last->op != PSEUDO_JUMP_NO_INTERRUPT) || exit == b ||
            !is_small_exit(exit) || !has_no_line(exit))
            continue;
        last->op = NOP;    /* keeps the jump's location */
        last->target = NULL;
        for (int k = 0; k < exit->n; k++) *insert_instr(c, b, b->n) = exit->instrs[k];
    }
    /* drop what no longer has a predecessor (a dropped block's fall-through counted) */
    count_predecessors(entry);
    for (Block *b = entry; b; b = b->next)
        while (b->next && b->next->index == 0 && !b->next->except_handler) b->next = b->next->next;
    count_predecessors(entry);
    for (Block *b = entry; b; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Block *exit = b->instrs[i].target;
            if (!is_jump(&b->instrs[i]) || !is_small_exit(exit) || exit->index < 2 ||
                !has_no_line(exit))
                continue;
            Block *copy = cg_new_block(c);
            copy->instrs = arena_alloc(c->arena, sizeof(Instr) * (size_t)exit->n);
            memcpy(copy->instrs, exit->instrs, sizeof(Instr) * (size_t)exit->n);
            copy->n = copy->cap = exit->n;
            copy->reachable = true;
            copy->cold = exit->cold;
            copy->except_stack = exit->except_stack;
            copy->instrs[0].loc = b->instrs[i].loc;
            copy->index = 1;
            exit->index--;
            copy->next = exit->next;
            exit->next = copy;
            b->instrs[i].target = copy;
        }
    }
}

/* ---- the assembler ------------------------------------------------------------------------------------ */
static int code_flags(Compiler *c) {
    Scope *ste = c->u->ste;
    int flags = 0;
    if (ste->type == SCOPE_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->nested) flags |= CO_NESTED;
        if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
        if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
        if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (c->future_annotations) flags |= CO_FUTURE_ANNOTATIONS;
    return flags;
}

static Object *names_tuple(Compiler *c, const NameTable *nt, int extra, const char **more, int nmore) {
    (void)extra;
    Object *tup = tuple_new(c->t, nt->n + nmore);
    if (!tup) return NULL;
    for (int i = 0; i < nt->n + nmore; i++) {
        Object *s = cg_str(c, i < nt->n ? nt->names[i] : more[i - nt->n]);
        if (!s) {
            for (int j = i; j < nt->n + nmore; j++) tuple_items(tup)[j] = REF_NONE;
            obj_decref(tup);
            return NULL;
        }
        tuple_items(tup)[i] = ref_from_obj(s);
    }
    return tup;
}

Object *cg_assemble(Compiler *c, bool add_return_none) {
    Unit *u = c->u;
    Thread *t = c->t;
    Arena *a = c->arena;

    /* 1. falling off the end returns None */
    {
        Block *last = u->cur;
        if (last->n == 0 || !cg_is_terminator(last->instrs[last->n - 1].op)) {
            cg_set_loc(c, LOC_NONE);
            if (add_return_none && cg_emit_const(c, REF_NONE) < 0) return NULL;
            if (cg_emit(c, RETURN_VALUE, 0) < 0) return NULL;
        }
    }
    Block *entry = u->entry;

    /* 2. exception labelling and reachability */
    if (label_exceptions(c, entry) < 0) return NULL;
    for (Block *b = entry; b; b = b->next) {
        while (b->next && !b->next->reachable) b->next = b->next->next;
    }

    /* 3. peepholes */
    for (Block *b = entry; b; b = b->next) {
        for (int i = 0; i + 1 < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (in->op == PUSH_NULL && b->instrs[i + 1].op == LOAD_GLOBAL &&
                !(b->instrs[i + 1].arg & 1)) {
                in->op = NOP;
                in->loc = b->instrs[i + 1].loc;
                b->instrs[i + 1].arg |= 1;
            }
            if (in->op == BUILD_TUPLE && b->instrs[i + 1].op == UNPACK_SEQUENCE &&
                in->arg == b->instrs[i + 1].arg && in->arg <= 3)
                fold_tuple_unpack(in);
            if (in->op == SWAP)
                fold_static_swap(b, i);
            if (i + 2 < b->n)
                fold_none_test(u, in);
        }
        if (b->n) {
            Instr *last = &b->instrs[b->n - 1];
            thread_jump(last);
            if ((last->op == PSEUDO_JUMP || last->op == PSEUDO_JUMP_NO_INTERRUPT) &&
                next_nonempty(b->next) == next_nonempty(last->target) && last->target != b)
                last->op = NOP;
        }
    }

    copy_exits(c, entry);

    /* 4. stack depth */
    int maxdepth = compute_stackdepth(c, entry);
    if (maxdepth < 0) return NULL;

    /* pseudo SETUP/POP_BLOCK become NOPs (their handlers are recorded per instruction) */
    for (Block *b = entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (is_setup(b->instrs[i].op) || b->instrs[i].op == PSEUDO_POP_BLOCK) {
                b->instrs[i].op = NOP;
                b->instrs[i].target = NULL;
                b->instrs[i].arg = 0;
            }

    /* 5. locations: propagate, then drop NOPs that add nothing. A block with a single
     * predecessor inherits the location that flows into it (processed in layout order, so
     * only forward edges propagate, which covers the implicit returns and cleanups that
     * have no location of their own). */
    {
        /* (the SETUPs are NOPs by now: only jumps and fall-throughs count) */
        count_predecessors(entry);
        for (Block *b = entry; b; b = b->next) b->pred_loc = LOC_NONE;
        for (Block *b = entry; b; b = b->next) {
            Loc cur = (b->index == 1 && !b->except_handler) ? b->pred_loc : LOC_NONE;
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->instrs[i];
                if (in->loc.lineno < 0) in->loc = cur;
                else cur = in->loc;
                if (in->target && !is_setup(in->op)) in->target->pred_loc = cur;
            }
            if (has_fallthrough(b) && b->next) b->next->pred_loc = cur;
        }
        for (Block *b = entry; b; b = b->next) {
            int w = 0;
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->instrs[i];
                if (in->op == NOP) {
                    int line = in->loc.lineno;
                    bool drop = line < 0;
                    if (!drop && w > 0 && b->instrs[w - 1].loc.lineno == line) drop = true;
                    if (!drop && i + 1 < b->n && b->instrs[i + 1].loc.lineno == line) drop = true;
                    if (!drop && i + 1 == b->n) {
                        Block *nx = next_nonempty(b->next);
                        if (nx && has_fallthrough(b) && nx->instrs[0].loc.lineno == line) drop = true;
                    }
                    if (drop) continue;
                }
                b->instrs[w++] = *in;
            }
            b->n = w;
        }
    }

    /* 6. localsplus layout; cell and free opargs; prefix instructions */
    int nlocals = u->varnames.n;
    int ncells = u->cellvars.n, nfree = u->freevars.n;
    int *deref_map = arena_alloc(a, sizeof(int) * (size_t)(ncells + nfree + 1));
    int nplus = nlocals;
    const char **extra_names = arena_alloc(a, sizeof(char *) * (size_t)(ncells + nfree + 1));
    uint8_t *kinds = arena_alloc(a, (size_t)(nlocals + ncells + nfree + 1));
    for (int i = 0; i < nlocals; i++) kinds[i] = CO_FAST_LOCAL;
    int nextra = 0;
    for (int i = 0; i < ncells; i++) {
        int v = names_find(&u->varnames, u->cellvars.names[i]);
        if (v >= 0) {
            kinds[v] |= CO_FAST_CELL;
            deref_map[i] = v;
        } else {
            deref_map[i] = nplus;
            kinds[nplus++] = CO_FAST_CELL;
            extra_names[nextra++] = u->cellvars.names[i];
        }
    }
    for (int j = 0; j < nfree; j++) {
        deref_map[ncells + j] = nplus;
        kinds[nplus++] = CO_FAST_FREE;
        extra_names[nextra++] = u->freevars.names[j];
    }
    for (Block *b = entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (is_deref_op(b->instrs[i].op)) b->instrs[i].arg = deref_map[b->instrs[i].arg];
    int flags = code_flags(c);
    {
        int pos = 0;
        if (nfree) {
            Instr *in = insert_instr(c, entry, pos++);
            in->op = COPY_FREE_VARS;
            in->arg = nfree;
        }
        for (int s = 0; s < nplus; s++) {
            if (!(kinds[s] & CO_FAST_CELL)) continue;
            Instr *in = insert_instr(c, entry, pos++);
            in->op = MAKE_CELL;
            in->arg = s;
        }
        if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
            Instr *in = insert_instr(c, entry, pos++);
            in->op = RETURN_GENERATOR;
            in->loc = (Loc){u->firstlineno, u->firstlineno, -1, -1};
            in = insert_instr(c, entry, pos++);
            in->op = POP_TOP;
            in->loc = (Loc){u->firstlineno, u->firstlineno, -1, -1};
            if (maxdepth < 1) maxdepth = 1;
        }
    }

    /* 7. resolve jump directions; split backward conditional jumps */
    int idx = 0;
    for (Block *b = entry; b; b = b->next) b->index = idx++;
    for (Block *b = entry; b; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (!in->target) continue;
            bool backward = in->target->index <= b->index;
            if (in->op == PSEUDO_JUMP) in->op = backward ? JUMP_BACKWARD : JUMP_FORWARD;
            else if (in->op == PSEUDO_JUMP_NO_INTERRUPT)
                in->op = backward ? JUMP_BACKWARD_NO_INTERRUPT : JUMP_FORWARD;
            else if (backward) {
                int inv = invert_jump(in->op);
                if (inv < 0) {
                    err_format(t, &exc_SystemError, "compiler: backward jump for op %d", in->op);
                    return NULL;
                }
                /* split: [.. inv->rest, JUMP_BACKWARD target] [rest] */
                Block *rest = cg_new_block(c);
                int nrest = b->n - i - 1;
                rest->cap = nrest + 4;
                rest->instrs = arena_alloc(a, sizeof(Instr) * (size_t)rest->cap);
                memcpy(rest->instrs, &b->instrs[i + 1], sizeof(Instr) * (size_t)nrest);
                rest->n = nrest;
                rest->next = b->next;
                rest->index = b->index;
                rest->startdepth = b->startdepth;
                b->next = rest;
                b->n = i + 1;
                Block *target = in->target;
                in->op = inv;
                in->target = rest;
                Instr *j = insert_instr(c, b, i + 1);
                j->op = JUMP_BACKWARD;
                j->target = target;
                j->loc = b->instrs[i].loc;
                j->handler = b->instrs[i].handler;
                b->n = i + 2;
                break;
            }
        }
    }

    /* 8. offsets to a fixed point: jump args only grow, so this terminates */
    for (;;) {
        int off = 0;
        for (Block *b = entry; b; b = b->next) {
            b->offset = off;
            for (int i = 0; i < b->n; i++) off += instr_size(&b->instrs[i]);
        }
        bool changed = false;
        for (Block *b = entry; b; b = b->next) {
            int o = b->offset;
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->instrs[i];
                int size = instr_size(in);
                if (in->target) {
                    int after = o + size;
                    int tgt = in->target->offset;
                    int arg = (in->op == JUMP_BACKWARD || in->op == JUMP_BACKWARD_NO_INTERRUPT)
                                  ? after - tgt : tgt - after;
                    if (arg < 0) {
                        err_format(t, &exc_SystemError, "compiler: bad jump (op %d)", in->op);
                        return NULL;
                    }
                    if (ext_count((unsigned)arg) != ext_count((unsigned)in->arg)) changed = true;
                    in->arg = arg;
                }
                o += size;
            }
        }
        if (!changed) break;
    }

    /* emit code units, positions, exception table */
    int ncode = 0;
    for (Block *b = entry; b; b = b->next)
        for (int i = 0; i < b->n; i++) ncode += instr_size(&b->instrs[i]);
    CodeUnit *code = arena_alloc(a, sizeof(CodeUnit) * (size_t)(ncode + 1));
    Buf lt = {0}, et = {0};
    int pc = 0;
    Loc run_loc = LOC_NONE;
    int run_len = 0, prev_line = u->firstlineno;
    Block *run_handler = NULL;
    int run_start = 0;
#define FLUSH_LOC()                                                                       \
    do {                                                                                  \
        if (run_len) {                                                                    \
            buf_varint(a, &lt, (unsigned)run_len);                                        \
            if (run_loc.lineno < 0) {                                                     \
                buf_svarint(a, &lt, 0);                                                   \
                buf_varint(a, &lt, 0);                                                    \
            } else {                                                                      \
                buf_svarint(a, &lt, run_loc.lineno - prev_line);                          \
                buf_varint(a, &lt, (unsigned)(run_loc.end_lineno - run_loc.lineno + 1));  \
                prev_line = run_loc.lineno;                                               \
            }                                                                             \
            buf_varint(a, &lt, (unsigned)(run_loc.col + 1));                              \
            buf_varint(a, &lt, (unsigned)(run_loc.end_col + 1));                          \
        }                                                                                 \
    } while (0)
#define FLUSH_EXC(end)                                                                    \
    do {                                                                                  \
        if (run_handler && (end) > run_start) {                                           \
            Block *h_ = run_handler;                                                      \
            int depth_ = h_->startdepth - 1 - (h_->preserve_lasti ? 1 : 0);               \
            buf_varint(a, &et, (unsigned)run_start);                                      \
            buf_varint(a, &et, (unsigned)((end) - run_start));                            \
            buf_varint(a, &et, (unsigned)h_->offset);                                     \
            buf_varint(a, &et, (unsigned)(depth_ << 1 | (h_->preserve_lasti ? 1 : 0)));   \
        }                                                                                 \
    } while (0)
    for (Block *b = entry; b; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            int size = instr_size(in);
            if (in->handler != run_handler) {
                FLUSH_EXC(pc);
                run_handler = in->handler;
                run_start = pc;
            }
            Loc l = in->loc;
            if (l.lineno < 0) l = LOC_NONE;
            if (l.end_lineno < l.lineno) l.end_lineno = l.lineno;
            if (!loc_eq(l, run_loc)) {
                FLUSH_LOC();
                run_loc = l;
                run_len = 0;
            }
            run_len += size;
            unsigned arg = (unsigned)in->arg;
            int ext = ext_count(arg);
            for (int k = ext; k > 0; k--) code[pc++] = CODEUNIT_MAKE(EXTENDED_ARG, (arg >> (8 * k)) & 0xff);
            code[pc++] = CODEUNIT_MAKE(in->op, arg & 0xff);
            for (int k = 0; k < opcode_cache_size[in->op]; k++) code[pc++] = 0;
        }
    }
    FLUSH_EXC(pc);
    FLUSH_LOC();
#undef FLUSH_LOC
#undef FLUSH_EXC

    /* build the objects */
    Object *consts = NULL, *names = NULL, *lpnames = NULL, *lpkinds = NULL, *name = NULL,
           *qualname = NULL, *linetable = NULL, *exctable = NULL, *co = NULL;
    consts = tuple_from_array(t, u->consts, u->nconsts);
    if (!consts) goto done;
    names = names_tuple(c, &u->names, 0, NULL, 0);
    if (!names) goto done;
    lpnames = names_tuple(c, &u->varnames, 0, extra_names, nextra);
    if (!lpnames) goto done;
    lpkinds = bytes_from(t, kinds, nplus);
    if (!lpkinds) goto done;
    name = cg_str(c, u->name);
    if (!name) goto done;
    qualname = cg_str(c, u->qualname);
    if (!qualname) goto done;
    linetable = bytes_from(t, lt.p, (intptr_t)lt.n);
    if (!linetable) goto done;
    exctable = bytes_from(t, et.p, (intptr_t)et.n);
    if (!exctable) goto done;
    CodeSpec spec = {
        .code = code, .ncode = ncode,
        .argcount = u->argcount, .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount, .flags = flags, .stacksize = maxdepth,
        .firstlineno = u->firstlineno,
        .consts = consts, .names = names, .localsplusnames = lpnames, .localspluskinds = lpkinds,
        .filename = c->filename, .name = name, .qualname = qualname, .linetable = linetable,
        .exceptiontable = exctable, .doc = u->doc,
    };
    co = code_new(t, &spec);
done:
    obj_xdecref(consts);
    obj_xdecref(names);
    obj_xdecref(lpnames);
    obj_xdecref(lpkinds);
    obj_xdecref(name);
    obj_xdecref(qualname);
    obj_xdecref(linetable);
    obj_xdecref(exctable);
    return co;
}
