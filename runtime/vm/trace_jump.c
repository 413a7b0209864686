/* frame.f_lineno = n from a trace function: where the jump may go (vm/trace.h).
 *
 * The value stack at every instruction is worked out from the bytecode as a list of kinds
 * (3 bits each, the top in the low bits): a jump may only go to an instruction whose stack
 * is the bottom part of the current one (the extra values are popped), which keeps it out
 * of the middle of expressions, `for` bodies and exception handlers. */
#include "spry.h"
#include "vm/frame.h"
#include "vm/trace.h"
#include "opcode_ids.h"
#include "opcode_meta.h"

enum Kind { K_ITERATOR = 1, K_EXCEPT = 2, K_OBJECT = 3, K_NULL = 4, K_LASTI = 5 };
#define STACK_UNSET (-1)
#define STACK_OVERFLOW (-2)
#define MAX_DEPTH 20

static int64_t push(int64_t s, int kind) {
    if (s < 0)
        return s;
    if ((s >> (3 * MAX_DEPTH)) != 0)
        return STACK_OVERFLOW;
    return (s << 3) | kind;
}

static int64_t pop(int64_t s) { return s < 0 ? s : s >> 3; }
static int top(int64_t s) { return (int)(s & 7); }

static int depth(int64_t s) {
    int n = 0;
    for (; s > 0; s >>= 3)
        n++;
    return n;
}

static bool compatible(int64_t from, int64_t to) {
    if (from < 0 || to < 0)
        return false;
    int extra = depth(from) - depth(to);
    if (extra < 0)
        return false;
    for (int i = 0; i < extra; i++)
        from = pop(from);
    for (; from; from = pop(from), to = pop(to)) {
        int f = top(from), k = top(to);
        if (k == K_OBJECT ? f == K_NULL : (k != K_NULL && f != k))
            return false;
    }
    return to == 0;
}

static const char *why_incompatible(int64_t to) {
    if (to == STACK_OVERFLOW)
        return "stack is too deep to analyze";
    if (to == STACK_UNSET)
        return "can't jump into an exception handler, or code may be unreachable";
    switch (top(to)) {
    case K_EXCEPT: return "can't jump into an 'except' block as there's no exception";
    case K_LASTI: return "can't jump into a re-raising block as there's no location";
    case K_ITERATOR: return "can't jump into the body of a for loop";
    default: return "can't jump into the middle of a block";
    }
}

static void merge(int64_t *stacks, int *work, int *nwork, int at, int64_t s) {
    if (stacks[at] == STACK_UNSET) {
        stacks[at] = s;
        work[(*nwork)++] = at;
    }
}

/* stacks[i] for every code unit i that starts an instruction (STACK_UNSET elsewhere). */
static int64_t *mark_stacks(Thread *t, Code *co) {
    int n = (int)co->ob.ob_size;
    int64_t *stacks = mem_alloc(t, sizeof(int64_t) * (size_t)n);
    int *work = mem_alloc(t, sizeof(int) * (size_t)n * 2 + sizeof(int));
    int *ext = mem_calloc(t, (size_t)n + 1, sizeof(int));
    if (!stacks || !work || !ext) {
        mem_free(stacks);
        mem_free(work);
        mem_free(ext);
        return NULL;
    }
    for (int i = 0; i < n; i++)
        stacks[i] = STACK_UNSET;
    int nwork = 0;
    stacks[0] = 0;
    work[nwork++] = 0;
    while (nwork > 0) {
        int i = work[--nwork];
        int64_t s = stacks[i];
        int raw = CODEUNIT_OP(co->code[i]);
        int op = opcode_deopt[raw];
        int oparg = ext[i] | CODEUNIT_ARG(co->code[i]);
        int next = i + 1 + opcode_cache_size[raw];
        int target, hdepth;
        bool lasti;
        if (code_find_handler(co, i, &target, &hdepth, &lasti) && target < n) {
            int64_t h = s;
            while (depth(h) > hdepth)
                h = pop(h);
            if (lasti)
                h = push(h, K_LASTI);
            merge(stacks, work, &nwork, target, push(h, K_EXCEPT));
        }
        if (op == EXTENDED_ARG) {
            if (next < n) {
                ext[next] = oparg << 8;
                merge(stacks, work, &nwork, next, s);
            }
            continue;
        }
        int64_t after = s;
        if (op == GET_ITER || op == GET_AITER) {
            after = push(pop(s), K_ITERATOR);
        } else if (op == PUSH_NULL) {
            after = push(s, K_NULL);
        } else {
            int effect = opcode_stack_effect(op, oparg, false);
            for (; effect < 0 && after > 0; effect++)
                after = pop(after);
            for (; effect > 0; effect--)
                after = push(after, K_OBJECT);
        }
        if (opcode_has_jump(op)) {
            int dest = opcode_is_backward_jump(op) ? next - oparg : next + oparg;
            int64_t js = s;
            int effect = opcode_stack_effect(op, oparg, true);
            for (; effect < 0 && js > 0; effect++)
                js = pop(js);
            for (; effect > 0; effect--)
                js = push(js, K_OBJECT);
            if (dest >= 0 && dest < n)
                merge(stacks, work, &nwork, dest, js);
        }
        if (!opcode_is_terminator(op) && next < n)
            merge(stacks, work, &nwork, next, after);
    }
    mem_free(work);
    mem_free(ext);
    return stacks;
}

int trace_set_lineno(Thread *t, FrameObject *fo, Ref value) {
    if (ref_is_null(value)) {
        err_set(t, &exc_AttributeError, "cannot delete f_lineno attribute");
        return -1;
    }
    if (!ref_is_int(value)) {
        err_set(t, &exc_ValueError, "lineno must be an integer");
        return -1;
    }
    TraceState *ts = t->trace;
    Frame *f = fo->frame;
    /* The checks look at the event last reported, as CPython's do (a thread that never
     * traced counts as after a 'call'). */
    int event = ts ? ts->event : TRACE_CALL;
    if (event == TRACE_CALL) {
        err_set(t, &exc_ValueError, "can't jump from the 'call' trace event of a new frame");
        return -1;
    }
    if (event != TRACE_LINE) {
        err_set(t, &exc_ValueError, "can only jump from a 'line' trace event");
        return -1;
    }
    if (ts->tracing == 0 || ref_is_null(fo->trace) || f == NULL ||
        f->state != FRAME_EXECUTING) {
        err_set(t, &exc_ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    Code *co = f->code;
    int64_t want = ref_int(value);
    if (want < co->firstlineno) {
        err_format(t, &exc_ValueError, "line %d comes before the current code block", (int)want);
        return -1;
    }
    int64_t *stacks = mark_stacks(t, co);
    if (stacks == NULL)
        return -1;
    int n = (int)co->ob.ob_size;
    bool *starts = mem_calloc(t, (size_t)n, sizeof(bool));
    if (starts == NULL) {
        mem_free(stacks);
        return -1;
    }
    /* The candidates are where a line starts (after an instruction of another line). */
    int prev_line = -1;
    for (int i = 0; i < n; i += 1 + opcode_cache_size[CODEUNIT_OP(co->code[i])]) {
        int l = code_line_cached(t, co, i);
        starts[i] = l != prev_line;
        prev_line = l;
    }
    int line = -1;
    for (int i = 0; i < n; i++) {
        if (!starts[i])
            continue;
        int l = code_line_cached(t, co, i);
        if (l >= want && (line < 0 || l < line))
            line = l;
    }
    if (line < 0) {
        mem_free(stacks);
        mem_free(starts);
        err_format(t, &exc_ValueError, "line %d comes after the current code block", (int)want);
        return -1;
    }
    int64_t from = stacks[f->instr - co->code];
    int best = -1;
    const char *msg = "cannot find bytecode for specified line";
    for (int i = 0; i < n; i++) {
        if (!starts[i] || code_line_cached(t, co, i) != line)
            continue;
        if (compatible(from, stacks[i])) {
            if (best < 0 || stacks[i] > stacks[best])
                best = i;
        } else if (best < 0) {
            msg = from == STACK_OVERFLOW ? "stack to deep to analyze"
                  : from == STACK_UNSET  ? "can't jump from unreachable code"
                                         : why_incompatible(stacks[i]);
        }
    }
    mem_free(starts);
    if (best < 0) {
        mem_free(stacks);
        err_set(t, &exc_ValueError, msg);
        return -1;
    }
    /* Drop the values the target does not have; an exception block's saved exception
     * goes back to the handled-exception stack. */
    for (int64_t s = from; depth(s) > depth(stacks[best]); s = pop(s)) {
        Ref v = f->localsplus[--f->stacktop];
        f->localsplus[f->stacktop] = REF_NULL;
        if (top(s) == K_EXCEPT && t->exc_info) {
            Ref old = t->exc_info->exc;
            t->exc_info->exc = v;
            ref_close(old);
        } else {
            ref_close(v);
        }
    }
    mem_free(stacks);
    fo->jump_to = best;
    return 0;
}
