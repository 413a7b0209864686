/* The tier-1 evaluation loop.
 *
 * One C function, eval_frame_ex, runs Python frames. A call to a Python function pushes
 * a new Frame on the thread's data stack and continues in this same loop (ENTER_FRAME);
 * RETURN_VALUE pops it and continues the caller. The loop returns to C only when the
 * entry frame returns, yields or raises, so Python recursion never consumes C stack.
 *
 * Every instruction's semantics live in bytecodes.def; eval_cases.h (generated) is
 * included inside the loop. This file only provides the machinery the bodies use:
 * dispatch, frame switches, and exception unwinding through the exception table.
 *
 * Dispatch: computed gotos (GCC/clang), or a switch with -DSPRY_SWITCH_DISPATCH, or (with
 * -DSPRY_TAILCALL=ON, clang 19) tail calls between one function per instruction, from
 * eval_tailcall.h (docs/DISPATCH.md). The loop's exits (eval_exits.h) are labels in the
 * first two forms and functions in the third.
 *
 * eval_traced.c compiles this file a second time with SPRY_EVAL_TRACED: the tracing loop
 * (eval_frame_traced), whose dispatch calls the sys.settrace/setprofile hooks
 * (vm/trace.c). This loop never looks at them: while a hook is set, EVAL_BREAK_TRACE sends
 * its next eval break to the handle_eval_breaker exit (docs/TRACING.md).
 */
#include <math.h>
#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "objects/dict_internal.h"
#include "vm/specialize.h"
#include "objects/shape.h"
#include "objects/float_alloc.h"
#include "vm/attr_route.h"
#include "legacy/legacy_call.h"
#include "vm/trace.h"
#ifndef SPRY_EVAL_TRACED
#define OPCODE_META_IMPL
#endif
#include "opcode_meta.h"

#ifndef SPRY_EVAL_TRACED

/* The base of the handled-exception stack when nothing is handled (REF_NULL/None). */
Ref eval_handled_exception(Thread *t) {
    for (ExcInfo *ei = t->exc_info; ei; ei = ei->prev) {
        if (!ref_is_null(ei->exc) && !ref_is_none(ei->exc))
            return ei->exc;
    }
    return REF_NULL;
}

int eval_handle_pending(Thread *t) {
    int bits = atomic_fetch_and(&t->eval_breaker, EVAL_BREAK_TRACE);   /* that one stays */
    if (bits & EVAL_BREAK_DROP_LOCK) interp_lock_yield(t);
    return eval_handle_signals(t);
}

int eval_handle_signals(Thread *t) {
    if (!t->async_exc_pending) return 0;
    atomic_fetch_and(&t->eval_breaker, ~EVAL_BREAK_SIGNAL);
    t->async_exc_pending = 0;
    if (t->interp->eval_pending_hook)
        return t->interp->eval_pending_hook(t);
    Ref e = exc_new(t, &exc_KeyboardInterrupt, NULL, 0);
    if (!ref_is_null(e))
        err_raise(t, e);
    return -1;
}

/* The untraced loop's eval break, before the instruction at `next`: -1 to raise, 1 to
 * switch to the tracing loop, which continues at `next`, 0 to carry on. */
__attribute__((noinline)) static int eval_break(Thread *t, CodeUnit *next) {
    if (eval_handle_pending(t) < 0)
        return -1;
    if (!(atomic_load_explicit(&t->eval_breaker, memory_order_relaxed) & EVAL_BREAK_TRACE))
        return 0;
    t->trace->resume_at = next;
    return 1;
}
#endif

/* The instruction after `instr` and its inline caches. */
static inline CodeUnit *next_after(CodeUnit *instr) {
    return instr + 1 + opcode_cache_size[CODEUNIT_OP(*instr)];
}

/* ref_close for the values that stores overwrite (locals, list items): an exact float
 * that dies goes straight back to the thread's free list, skipping obj_dealloc's calls
 * and its thread lookup. Float-heavy loops overwrite a dead float at most stores. */
__attribute__((always_inline)) static inline void value_close(Thread *t, Ref r) {
    if ((r.bits & REF_TAG_MASK) != 0 || r.bits == 0) return;
    Object *o = (Object *)r.bits;
    if (__builtin_expect(refcnt_high(o) != 0, 0)) {
        obj_decref(o);
        return;
    }
    if (--o->ob_refcnt != 0) return;
    if (o->ob_type == &float_type && float_keep_free(t, o)) return;
    obj_dealloc(o);
}

/* frame_finish for the usual return from an inline call: a thread-owned frame with no
 * frame object or locals dict that borrows its function's environment and does not start
 * a data stack chunk. Its slots are closed but not cleared: the space is released and
 * nothing reads it again (stacktop goes to 0 first, so a collection that a finalizer
 * starts meanwhile sees no slots). False, with nothing done, when frame_finish is needed. */
static inline bool frame_finish_quick(Thread *t, Frame *f) {
    if (f->owner != FRAME_OWNED_BY_THREAD || f->frame_obj != NULL || !f->borrows_env ||
        !ref_is_null(f->locals) || (Ref *)f == t->datastack_chunk->data)
        return false;
    int n = f->stacktop;
    f->stacktop = 0;
    for (int i = 0; i < n; i++)
        value_close(t, f->localsplus[i]);
    if (!f->func_borrowed)
        obj_decref(f->func);
    f->state = FRAME_COMPLETED;
    t->datastack_top = (Ref *)f;
    return true;
}

/* ---- macros for the instruction bodies (see bytecodes.def) ---------------------------- */
#define GETLOCAL(i) (frame->localsplus[(i)])
#define SETLOCAL(i, v)                                                                     \
    do {                                                                                   \
        Ref old_ = frame->localsplus[(i)];                                                 \
        frame->localsplus[(i)] = (v);                                                      \
        value_close(t, old_);                                                              \
    } while (0)
#define GETCONST(i) tuple_get(code->consts, (i))
#define GETNAME(i) ref_obj(tuple_get(code->names, (i)))
#define JUMPBY(n) (next_instr += (n))
#define PEEK(n) (stack_pointer[-(n)])
#define POKE(n, v) (stack_pointer[-(n)] = (v))
#define STACK_GROW(n) (stack_pointer += (n))
#define STACK_SHRINK(n) (stack_pointer -= (n))

/* The tail-calling form is the untraced loop's only; the tracing loop (eval_traced.c)
 * always dispatches by computed goto or switch. */
#if defined(SPRY_TAILCALL) && !defined(SPRY_EVAL_TRACED)
#define EVAL_TAILCALL 1
#if defined(SPRY_SWITCH_DISPATCH) || !defined(__clang__) || __clang_major__ < 19
#error "SPRY_TAILCALL needs clang 19 or newer and excludes SPRY_SWITCH_DISPATCH"
#endif
#endif

#ifdef EVAL_TAILCALL
/* What an instruction's function receives besides the state in registers: the values
 * eval_frame_ex's locals hold in the other forms. */
typedef struct EvalState {
    Frame *entry;               /* the activation's entry frame */
    Object *kwnames;            /* KW_NAMES' tuple for the CALL that follows */
    Ref frame_result;           /* what a frame returns or yields, on its way out */
} EvalState;

/* preserve_none leaves every register to the callee, so the arguments stay in registers
 * from one instruction to the next; musttail makes each dispatch a jump. */
#define EVAL_PARAMS                                                                        \
    Thread *t, Frame *frame, Code *code, Ref *stack_pointer, CodeUnit *next_instr, int oparg, \
        EvalState *state_
#define EVAL_ARGS t, frame, code, stack_pointer, next_instr, oparg, state_
typedef Ref(__attribute__((preserve_none)) *EvalHandler)(EVAL_PARAMS);
#define EVAL_FN(name) eval_tc_##name
#define EVAL_HANDLER(name) static Ref __attribute__((preserve_none)) EVAL_FN(name)(EVAL_PARAMS)
#define EVAL_TAIL(fn)                                                                      \
    do {                                                                                   \
        __attribute__((musttail)) return (fn)(EVAL_ARGS);                                  \
    } while (0)
#define EVAL_EXIT(name) EVAL_HANDLER(name)
#define EVAL_GOTO(name) EVAL_TAIL(EVAL_FN(name))
#define EVAL_LEAVE() return frame_result
#define DISPATCH_GOTO() EVAL_TAIL(eval_handlers[opcode])
#else
#define EVAL_EXIT(name) name:
#define EVAL_GOTO(name) goto name
#define EVAL_LEAVE() goto exit_eval
#ifdef SPRY_SWITCH_DISPATCH
#define TARGET(op) case op:
#define DISPATCH_GOTO() goto dispatch_opcode
#else
#define TARGET(op) TARGET_##op:
#define DISPATCH_GOTO() goto *opcode_targets[opcode]
#endif
#endif

/* frame->instr always names the instruction being executed (tracebacks, f_lasti,
 * exception-table lookups, and where to resume). */
#ifdef SPRY_TRACE_EVAL
/* Debugging aid: -DSPRY_TRACE_EVAL prints every instruction executed to stderr. */
#include <stdio.h>
#define TRACE_INSTR()                                                                      \
    fprintf(stderr, "  %s:%d %s %d (depth %d)\n", str_utf8_lossy(code->name),          \
            (int)(next_instr - code->code), opcode_names[CODEUNIT_OP(*next_instr)]        \
            ? opcode_names[CODEUNIT_OP(*next_instr)] : "?", CODEUNIT_ARG(*next_instr),    \
            (int)(stack_pointer - frame->localsplus - code->nlocalsplus))
#else
#define TRACE_INSTR() ((void)0)
#endif

#ifdef EVAL_TAILCALL
#define DISPATCH()                                                                         \
    do {                                                                                   \
        TRACE_INSTR();                                                                     \
        frame->instr = next_instr;                                                         \
        unsigned word_ = *next_instr++;                                                    \
        oparg = (int)CODEUNIT_ARG(word_);                                                  \
        EVAL_TAIL(eval_handlers[CODEUNIT_OP(word_)]);                                      \
    } while (0)
#elif !defined(SPRY_EVAL_TRACED)
#define DISPATCH()                                                                         \
    do {                                                                                   \
        TRACE_INSTR();                                                                     \
        frame->instr = next_instr;                                                         \
        unsigned word_ = *next_instr++;   /* 32-bit: the oparg is one shift */             \
        opcode = (int)CODEUNIT_OP(word_);                                                  \
        oparg = (int)CODEUNIT_ARG(word_);                                                  \
        DISPATCH_GOTO();                                                                   \
    } while (0)
#endif
#ifndef SPRY_EVAL_TRACED

/* Always an instruction's last step (tools/gen_vm.py puts it after the outputs), so that
 * the switch to the tracing loop (see `error`) continues with the next one. */
#define CHECK_EVAL_BREAKER()                                                               \
    do {                                                                                   \
        if (__builtin_expect(atomic_load_explicit(&t->eval_breaker, memory_order_relaxed) != 0, 0)) \
            EVAL_GOTO(handle_eval_breaker);                                                \
    } while (0)
#else
/* The hooks see every instruction about to run (trace_instruction may move it: a jump
 * set through f_lineno). Superinstructions run as their first half, so that the second
 * is dispatched, and traced, on its own. */
#define DISPATCH()                                                                         \
    do {                                                                                   \
        TRACE_INSTR();                                                                     \
        CodeUnit *prev_ = frame->instr;                                                    \
        frame->instr = next_instr;                                                         \
        frame->stacktop = (int)(stack_pointer - frame->localsplus);                        \
        if (trace_instruction(t, frame, prev_, stack_pointer, &c_callee) < 0)              \
            goto error;                                                                    \
        next_instr = frame->instr;                 /* a jump moves both */                 \
        stack_pointer = frame->localsplus + frame->stacktop;                               \
        CodeUnit word_ = *next_instr++;                                                    \
        opcode = CODEUNIT_OP(word_);                                                       \
        if (opcode_cache_size[opcode_deopt[opcode]] == 0)                                  \
            opcode = opcode_deopt[opcode];                                                 \
        oparg = CODEUNIT_ARG(word_);                                                       \
        DISPATCH_GOTO();                                                                   \
    } while (0)

#define CHECK_EVAL_BREAKER()                                                               \
    do {                                                                                   \
        if (__builtin_expect((atomic_load_explicit(&t->eval_breaker, memory_order_relaxed) & \
                              ~EVAL_BREAK_TRACE) != 0, 0) &&                               \
            eval_handle_pending(t) < 0)                                                    \
            goto error;                                                                    \
    } while (0)
#endif
#define DISPATCH_SAME_OPARG() DISPATCH_GOTO()

#ifdef SPRY_EVAL_TRACED
#define TRACE_SEND_RETURN(v)                                                               \
    do {                                                                                   \
        frame->stacktop = (int)(stack_pointer - frame->localsplus);                        \
        if (trace_send_return(t, frame, (v)) < 0)                                          \
            EVAL_GOTO(error);                                                              \
    } while (0)
#else
#define TRACE_SEND_RETURN(v) ((void)0)
#endif

#define ENTER_FRAME(f)                                                                     \
    do {                                                                                   \
        Frame *nf_ = (f);                                                                  \
        frame->stacktop = (int)(stack_pointer - frame->localsplus);                        \
        nf_->previous = frame;                                                             \
        frame = nf_;                                                                       \
        EVAL_GOTO(start_frame);                                                            \
    } while (0)
/* Resumes generator g (a Gen, borrowed: the caller's stack holds it) inline, with v (owned)
 * pushed as the value its yield evaluates to. Its YIELD_VALUE or return comes back to this
 * frame's current instruction (yield_from_frame, return_from_frame). */
#define ENTER_GEN_FRAME(g, v)                                                              \
    do {                                                                                   \
        Gen *eg_ = GEN(g);                                                                 \
        Frame *gf_ = GEN_FRAME(eg_);                                                       \
        gf_->localsplus[gf_->stacktop++] = (v);                                            \
        gf_->is_entry = false;                                                             \
        eg_->exc_state.prev = t->exc_info;                                                 \
        t->exc_info = &eg_->exc_state;                                                     \
        ENTER_FRAME(gf_);                                                                  \
    } while (0)
#define RETURN_FROM_FRAME(v)                                                               \
    do {                                                                                   \
        frame_result = (v);                                                                \
        EVAL_GOTO(return_from_frame);                                                      \
    } while (0)
#define YIELD_FROM_FRAME(v)                                                                \
    do {                                                                                   \
        frame_result = (v);                                                                \
        EVAL_GOTO(yield_from_frame);                                                       \
    } while (0)

/* ---- operator fast paths (BINARY_OP, COMPARE_OP) -------------------------------------- *
 * Tagged ints and exact floats are handled here without a call through the number
 * protocol; everything else (and every case that would raise) goes to the generic path.
 * The results are exactly what int's and float's slots compute. */

static inline bool exact_float(Ref r) {
    return ref_is_obj(r) && ref_obj(r)->ob_type == &float_type;
}

/* A tagged int or exact float operand as a double; the int must convert exactly when
 * `exact` (comparisons), else it is rounded like int.__float__ (to nearest, ties even). */
__attribute__((always_inline)) static inline bool fast_double(Ref r, double *out, bool exact) {
    if (ref_is_int(r)) {
        int64_t v = ref_int(r);
        if (exact && (v > ((int64_t)1 << 53) || v < -((int64_t)1 << 53)))
            return false;
        *out = (double)v;
        return true;
    }
    if (exact_float(r)) {
        *out = float_value(r);
        return true;
    }
    return false;
}

/* Operands of a float operation: at least one exact float, the other a float or a
 * tagged int (converted as fast_double does). The mixed case is kept out of line so that
 * the many inlined copies of the float-float path stay small. */
__attribute__((noinline)) static bool float_operands_mixed(Ref a, Ref b, double *x, double *y,
                                                           bool exact) {
    return (exact_float(a) || exact_float(b)) && fast_double(a, x, exact) &&
           fast_double(b, y, exact);
}

__attribute__((always_inline)) static inline bool float_operands(Ref a, Ref b, double *x, double *y,
                                                                 bool exact) {
    if (__builtin_expect(exact_float(a) && exact_float(b), 1)) {
        *x = float_value(a);
        *y = float_value(b);
        return true;
    }
    return float_operands_mixed(a, b, x, y, exact);
}

/* `s = s + t` / `s += t` on strs where the only references to s are the local variable
 * about to be overwritten (the next instruction is STORE_FAST to it, alone or as the
 * first half of a superinstruction) and the operand on the stack: the local is cleared
 * and s grows in place, so a loop building a string is linear rather than quadratic.
 * true: *res is the result and lhs has been consumed. */
static inline bool str_concat_in_place(Thread *t, Frame *frame, const CodeUnit *next_instr, Ref lhs,
                                       Ref rhs, int op, Ref *res) {
    if ((op != NB_ADD && op != NB_ADD + NB_INPLACE_OFFSET) || !str_check_exact(lhs) ||
        !str_check_exact(rhs) || ref_is_borrowed(lhs))
        return false;
    Object *s = ref_obj(lhs);
    int store = CODEUNIT_OP(*next_instr);
    if (s->ob_refcnt != 2 ||
        (store != STORE_FAST && store != STORE_FAST__LOAD_FAST && store != STORE_FAST__STORE_FAST))
        return false;
    Ref *local = &frame->localsplus[CODEUNIT_ARG(*next_instr)];
    if (!ref_is_object(*local, s)) return false;
    *local = REF_NULL;
    s->ob_refcnt = 1;
    Object *grown = str_append_in_place(t, s, ref_obj(rhs));
    if (!grown) {
        *local = ref_dup(lhs); /* give the local its reference back; concatenate normally */
        return false;
    }
    *res = ref_from_obj(grown);
    return true;
}

/* true: handled, *res set (REF_NULL + exception only if memory ran out). */
__attribute__((always_inline)) static inline bool fast_binary_op(Thread *t, Ref a, Ref b, int op, Ref *res) {
    if (op >= NB_INPLACE_OFFSET)
        op -= NB_INPLACE_OFFSET;   /* int and float have no in-place slots */
    if (ref_is_int(a) && ref_is_int(b)) {
        int64_t x = ref_int(a), y = ref_int(b), r;
        switch (op) {
        case NB_ADD: r = x + y; break;   /* 63-bit operands: cannot overflow int64 */
        case NB_SUBTRACT: r = x - y; break;
        case NB_MULTIPLY:
            if (__builtin_mul_overflow(x, y, &r))
                return false;
            break;
        case NB_FLOOR_DIVIDE:
            if (y == 0)
                return false;
            r = x / y;   /* |x| < 2**62: no INT64_MIN / -1 */
            if ((x % y != 0) && ((x < 0) != (y < 0)))
                r--;
            break;
        case NB_REMAINDER:
            if (y == 0)
                return false;
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0)))
                r += y;
            break;
        case NB_AND: r = x & y; break;
        case NB_OR: r = x | y; break;
        case NB_XOR: r = x ^ y; break;
        case NB_RSHIFT:
            if (y < 0)
                return false;
            r = x >> (y > 63 ? 63 : y);
            break;
        default: return false;
        }
        if (!ref_int_fits(r))
            return false;
        *res = ref_from_int(r);
        return true;
    }
    if (!exact_float(a) && !exact_float(b))
        return false;
    double x, y, r;
    if (!fast_double(a, &x, false) || !fast_double(b, &y, false))
        return false;
    switch (op) {
    case NB_ADD: r = x + y; break;
    case NB_SUBTRACT: r = x - y; break;
    case NB_MULTIPLY: r = x * y; break;
    case NB_TRUE_DIVIDE:
        if (y == 0.0)
            return false;
        r = x / y;
        break;
    case NB_POWER:
        /* a positive finite base: C's pow, as float.__pow__ computes it; the rest (signs,
         * zeros, infinities, overflow) is float_pow's */
        if (!(x > 0.0 && isfinite(x) && isfinite(y)))
            return false;
        r = pow(x, y);
        if (!isfinite(r))
            return false;
        break;
    default: return false;
    }
    *res = float_from_double(t, r);
    return true;
}

__attribute__((always_inline)) static inline bool fast_compare(Ref a, Ref b, int op, Ref *res) {
    bool r;
    if (ref_is_int(a) && ref_is_int(b)) {
        int64_t x = ref_int(a), y = ref_int(b);
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
    } else if ((op == CMP_EQ || op == CMP_NE) && str_check_exact(a) && str_check_exact(b)) {
        r = str_eq(ref_obj(a), ref_obj(b)) == (op == CMP_EQ);
    } else {
        if (!exact_float(a) && !exact_float(b))
            return false;
        double x, y;
        if (!fast_double(a, &x, true) || !fast_double(b, &y, true))
            return false;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
    }
    *res = ref_from_bool(r);
    return true;
}

/* ---- subscripts (BINARY_SUBSCR, STORE_SUBSCR) ------------------------------------------ */

/* list[i] / tuple[i] with a small int index in range: *res (new reference). */
static inline bool fast_subscr(Ref container, Ref sub, Ref *res) {
    if (!ref_is_int(sub) || !ref_is_obj(container))
        return false;
    Object *o = ref_obj(container);
    intptr_t n;
    Ref *items;
    if (o->ob_type == &list_type) {
        n = list_size(o);
        items = list_items(o);
    } else if (o->ob_type == &tuple_type) {
        n = tuple_size(o);
        items = tuple_items(o);
    } else {
        return false;
    }
    int64_t i = ref_int(sub);
    if (i < 0)
        i += n;
    if ((uint64_t)i >= (uint64_t)n)
        return false;   /* IndexError: the generic path says it */
    *res = ref_dup(items[i]);
    return true;
}

/* list[i] = v with a small int index in range. */
static inline bool fast_store_subscr(Ref container, Ref sub, Ref v) {
    if (!ref_is_int(sub) || !list_check_exact(container))
        return false;
    Object *o = ref_obj(container);
    intptr_t n = list_size(o);
    int64_t i = ref_int(sub);
    if (i < 0)
        i += n;
    if ((uint64_t)i >= (uint64_t)n)
        return false;
    Ref old = list_items(o)[i];
    list_items(o)[i] = ref_dup(v);
    ref_close(old);
    return true;
}

/* UNPACK_SEQUENCE of an exact tuple or list of the right length: the first item ends
 * up on top (values[n-1]). */
static inline bool fast_unpack(Ref seq, int n, Ref *values) {
    if (!ref_is_obj(seq))
        return false;
    Object *o = ref_obj(seq);
    Ref *items;
    if (o->ob_type == &tuple_type && tuple_size(o) == n)
        items = tuple_items(o);
    else if (o->ob_type == &list_type && list_size(o) == n)
        items = list_items(o);
    else
        return false;
    for (int i = 0; i < n; i++)
        values[n - 1 - i] = ref_dup(items[i]);
    return true;
}

/* ---- specialized forms (runtime/vm/specialize.c) ------------------------------------- */

/* What LOAD_ATTR_INSTANCE_VALUE, _SHAPE_VALUE and _SLOT read from heap object o, given
 * the instruction's cache (counter first): the attribute's value, borrowed, or REF_NULL
 * when a guard fails. Shared with LOAD_FAST__LOAD_ATTR, which reads them from a local. */
__attribute__((always_inline)) static inline Ref attr_peek_instance_value(Object *o, const CodeUnit *cache) {
    if (o->ob_type->tp_version_tag != cache_u32(cache + 1)) return REF_NULL;
    return instance_value_at(o, cache[3]);
}

__attribute__((always_inline)) static inline Ref attr_peek_shape_value(Object *o, const CodeUnit *cache) {
    Shape *s = type_shape(o->ob_type);
    if (s == NULL || s->guard_version != cache_u32(cache + 1)) return REF_NULL;
    return instance_value_at(o, cache[3]);
}

__attribute__((always_inline)) static inline Ref attr_peek_slot(Object *o, const CodeUnit *cache) {
    if (o->ob_type->tp_version_tag != cache_u32(cache + 1)) return REF_NULL;
    return *(Ref *)((char *)o + cache[3]);
}

/* Can float operand `r` (an exact float or a tagged int) take the result in place? */
static inline bool float_reusable(Ref r) {
    return ref_is_obj(r) && !ref_is_borrowed(r) && ref_obj(r)->ob_refcnt == 1;
}

/* Drops a float operand (an exact float or a tagged int); a float that dies goes
 * straight back to the thread's free list. */
__attribute__((always_inline)) static inline void float_operand_close(Thread *t, Ref r) {
    if (!ref_is_obj(r) || ref_is_borrowed(r)) return;
    Object *o = ref_obj(r);
    if (obj_is_immortal(o) || --o->ob_refcnt != 0) return;
    if (!float_keep_free(t, o))
        obj_dealloc(o);
}

/* Drops an operand known to be an exact float that something else still references
 * (its count is above 1, or it is borrowed, deferred or immortal): nothing can die. */
__attribute__((always_inline)) static inline void float_shared_close(Ref r) {
    if (r.bits & REF_TAG_BORROWED) return;
    Object *o = (Object *)r.bits;
    intptr_t n = o->ob_refcnt;
    if (__builtin_expect(n < REFCNT_DEFERRED, 1)) o->ob_refcnt = n - 1;
    else obj_decref(o);
}

/* The result of an operation on two exact floats (the usual case: neither is a tagged
 * int, so each Ref is a float pointer, possibly borrowed). An operand that nobody else
 * references takes the result in place; one that dies goes back to the free list. */
__attribute__((always_inline)) static inline Ref float_result_exact(Thread *t, Ref a, Ref b, double v) {
    Object *oa = ref_obj(a), *ob = ref_obj(b);
    bool a_alone = !(a.bits & REF_TAG_BORROWED) && oa->ob_refcnt == 1;
    bool b_alone = !(b.bits & REF_TAG_BORROWED) && ob->ob_refcnt == 1;
    if (a_alone) {
        ((Float *)oa)->value = v;
        if (b_alone && oa != ob) {
            if (!float_keep_free(t, ob)) obj_dealloc(ob);
        } else if (oa != ob) {
            float_shared_close(b);
        }
        return a;
    }
    if (b_alone) {
        ((Float *)ob)->value = v;
        float_shared_close(a);
        return b;
    }
    float_shared_close(a);
    float_shared_close(b);
    Object *o = float_take_free(t, v);
    return o ? ref_from_obj(o) : float_from_double(t, v);
}

/* A float result for float_operands, consumed: stored into an operand that nobody else
 * references instead of allocating. REF_NULL if memory ran out. */
__attribute__((noinline)) static Ref float_result_mixed(Thread *t, Ref a, Ref b, double v) {
    if (float_reusable(a)) {
        ((Float *)ref_obj(a))->value = v;
        float_operand_close(t, b);
        return a;
    }
    if (float_reusable(b)) {
        ((Float *)ref_obj(b))->value = v;
        float_operand_close(t, a);
        return b;
    }
    float_operand_close(t, a);
    float_operand_close(t, b);
    Object *o = float_take_free(t, v);
    return o ? ref_from_obj(o) : float_from_double(t, v);
}

__attribute__((always_inline)) static inline Ref float_result(Thread *t, Ref a, Ref b, double v) {
    if (__builtin_expect(((a.bits | b.bits) & 1) == 0, 1))
        return float_result_exact(t, a, b, v);
    return float_result_mixed(t, a, b, v);
}

/* The fused POP_JUMP_IF_* at `jump` of a COMPARE_OP_*_JUMP: where execution continues,
 * past it, and its jump taken when the comparison's truth equals the jump's sense.
 * (Returns rather than updating next_instr through a pointer: if a call were ever left
 * out of line, next_instr would live in memory for the whole loop.) */
__attribute__((always_inline)) static inline CodeUnit *compare_and_jump(int outcome, CodeUnit mask,
                                                                        CodeUnit *jump) {
    CodeUnit *after = jump + 1;
    if (((mask & outcome) != 0) == ((mask & CMP_MASK_JUMP_IF_TRUE) != 0))
        after += CODEUNIT_ARG(*jump);
    return after;
}

/* ---- inline calls (CALL) --------------------------------------------------------------- */

/* Pushes a frame for the function func (stolen; plain_positional holds) and moves `self`
 * (if not REF_NULL) and the n args into its parameters. NULL (MemoryError) with func
 * released and nothing else moved. */
static inline Frame *push_positional_steal(Thread *t, Ref func, Ref self, Ref *args,
                                           size_t n) {
    Function *fn = FUNCTION(ref_obj(func));
    Code *co = CODE(fn->code);
    Frame *callee = frame_push_function_filled(t, func, (int)n + !ref_is_null(self));
    if (callee == NULL)
        return NULL;
    Ref *lp = callee->localsplus;
    if (!ref_is_null(self))
        *lp++ = self;
    for (size_t i = 0; i < n; i++)
        lp[i] = args[i];
    size_t given = n + !ref_is_null(self);
    if (given < (size_t)co->argcount) {
        int first = co->argcount - (int)tuple_size(fn->defaults);
        for (int i = (int)given; i < co->argcount; i++)
            callee->localsplus[i] = ref_dup(tuple_get(fn->defaults, i - first));
    }
    return callee;
}

/* Whether `r`, an object of exactly `type`, is a generator FOR_ITER_GEN or SEND may
 * resume inline with v: neither running nor finished, not refusing v, the recursion limit
 * not reached (the generic path raises in all those cases), and the jump back a single
 * byte (return_from_frame reads it from the resuming instruction). */
static inline bool gen_resumable_inline(Thread *t, Ref r, Ref v, Type *type, int oparg) {
    if (!ref_is_obj(r) || ref_obj(r)->ob_type != type || oparg > 255)
        return false;
    int state = GEN_FRAME(GEN(ref_obj(r)))->state;
    return (state == FRAME_SUSPENDED || (state == FRAME_CREATED && ref_is_none(v))) &&
           t->depth < t->interp->recursion_limit;
}

/* Unlinks an inline-resumed generator that yielded, returned or raised from the
 * handled-exception stack and from its caller. */
static inline void gen_frame_leave(Thread *t, Frame *gf) {
    Gen *g = GEN_OF_FRAME(gf);
    t->exc_info = g->exc_state.prev;
    g->exc_state.prev = NULL;
    gf->previous = NULL;
}

/* Whether the C stack has room for another eval_frame activation. */
static inline bool c_stack_ok(Thread *t) {
    char probe;
    return t->c_stack_limit == NULL || (char *)&probe > t->c_stack_limit;
}

#ifdef EVAL_TAILCALL
/* The instructions and exits as functions. Inside them, the names the bodies use for
 * eval_frame_ex's locals of the other forms read the activation's EvalState (a macro
 * does not expand inside its own expansion, so `state_->kwnames` stays a member access). */
#define kwnames (state_->kwnames)
#define frame_result (state_->frame_result)
#define entry (state_->entry)
#define EVAL_DECLARE_EXIT(name) EVAL_HANDLER(name);
EVAL_DECLARE_EXIT(start_frame)
EVAL_DECLARE_EXIT(unknown_opcode)
EVAL_DECLARE_EXIT(return_from_frame)
EVAL_DECLARE_EXIT(yield_from_frame)
EVAL_DECLARE_EXIT(error)
EVAL_DECLARE_EXIT(exception_unwind)
EVAL_DECLARE_EXIT(unwind_frame)
EVAL_DECLARE_EXIT(handle_eval_breaker)
EVAL_DECLARE_EXIT(entry_failed)
#undef EVAL_DECLARE_EXIT
#define EVAL_EMIT_PROTOTYPES
#include "eval_tailcall.h"
#undef EVAL_EMIT_PROTOTYPES
#include "vm/eval_exits.h"
#include "eval_tailcall.h"
#undef kwnames
#undef frame_result
#undef entry

/* Runs the loop from the exit `name` (a call, not a tail call: this is a plain C
 * function); the activation ends when a function returns to here. */
#define EVAL_START(name)                                                                   \
    do {                                                                                   \
        frame_result = EVAL_FN(name)(t, frame, code, stack_pointer, next_instr, 0, &state);\
        goto exit_eval;                                                                    \
    } while (0)
#else
#define EVAL_START(name) goto name
#endif

#ifdef SPRY_EVAL_TRACED
Ref eval_frame_traced(Thread *t, Frame *entry, bool throwflag, bool resume) {
#else
Ref eval_frame_ex(Thread *t, Frame *entry, bool throwflag) {
#endif
#if !defined(SPRY_SWITCH_DISPATCH) && !defined(EVAL_TAILCALL)
#define EVAL_EMIT_TARGETS
#include "eval_cases.h"
#undef EVAL_EMIT_TARGETS
#endif
    ExcInfo base_exc_info = {REF_NULL, NULL};
    bool own_exc_info = false;
    Frame *frame = entry;
    Ref frame_result = REF_NULL;
#ifdef EVAL_TAILCALL
    EvalState state = {.entry = entry, .kwnames = NULL,
                       .frame_result = REF_NULL};
    Code *code = NULL;
    Ref *stack_pointer = NULL;
    CodeUnit *next_instr = NULL;
#else
    Code *code;
    Ref *stack_pointer;
    CodeUnit *next_instr;
    int opcode, oparg;
    Object *kwnames = NULL;
#endif
#ifdef SPRY_EVAL_TRACED
    Object *c_callee = NULL;   /* the built-in a profiled call is in (trace_instruction) */
    if (resume) {
        /* Continue the frames of an untraced activation (from its handle_eval_breaker
         * exit): `entry` is the frame it was running, already counted and linked; its C
         * frame owns the base of the handled-exception stack. A RESUME runs again, for
         * the frame's call event. */
        code = frame->code;
        stack_pointer = frame->localsplus + frame->stacktop;
        next_instr = CODEUNIT_OP(*frame->instr) == RESUME ? frame->instr : t->trace->resume_at;
        DISPATCH();
    }
#endif

    if (!c_stack_ok(t)) {
        err_set(t, &exc_RecursionError, "maximum recursion depth exceeded");
        EVAL_START(entry_failed);
    }
    if (t->exc_info == NULL) {
        t->exc_info = &base_exc_info;
        own_exc_info = true;
    }
    entry->is_entry = true;
    entry->previous = t->frame;
    if (throwflag) {
        /* A suspended generator frame resumed by throw(): raise at its yield. */
        if (t->depth >= t->interp->recursion_limit) {
            entry->previous = NULL;
            EVAL_START(entry_failed);
        }
        t->depth++;
        t->frame = frame;
        code = frame->code;
        stack_pointer = frame->localsplus + frame->stacktop;
        next_instr = frame->instr ? next_after(frame->instr) : code->code;
        frame->state = FRAME_EXECUTING;
#ifdef SPRY_EVAL_TRACED
        trace_throw_entry(t, frame);
#endif
        EVAL_START(error);
    }
    EVAL_START(start_frame);

#ifndef EVAL_TAILCALL
#include "vm/eval_exits.h"

#ifdef SPRY_SWITCH_DISPATCH
dispatch_opcode:
#endif
    switch (opcode) {
#include "eval_cases.h"
    default:
        goto unknown_opcode;
    }
#endif

exit_eval:
    if (own_exc_info) {
        ref_close(base_exc_info.exc);
        t->exc_info = NULL;
    }
    return frame_result;
}

#ifndef SPRY_EVAL_TRACED
/* ---- entry points --------------------------------------------------------------------- */

Object *eval_builtins_from_globals(Thread *t, Object *globals) {
    Ref b = dict_get_str(t, globals, ID(__builtins__));
    if (!ref_is_null(b)) {
        Object *o = ref_obj(b);
        if (o->ob_type == &module_type) {
            Object *d = module_dict(o);
            obj_incref(d);
            ref_close(b);
            return d;
        }
        if (dict_check(b))
            return o;   /* the reference from dict_get_str */
        ref_close(b);
    } else if (err_occurred(t)) {
        return NULL;
    }
    Object *d = t->frame ? t->frame->builtins : t->interp->builtins;
    if (d) {
        obj_incref(d);
        return d;
    }
    /* No builtins module yet (early start-up, unit tests): an empty namespace. */
    return dict_new(t);
}

Ref eval_code(Thread *t, Object *codeobj, Object *globals, Object *locals) {
    Code *co = CODE(codeobj);
    if (!dict_check(ref_from_obj(globals)))
        return err_set(t, &exc_TypeError, "globals must be a dict");
    if (co->nfreevars > 0)
        return err_set(t, &exc_TypeError,
                       "code object passed to exec() may not contain free variables");
    Object *builtins = eval_builtins_from_globals(t, globals);
    if (builtins == NULL)
        return REF_NULL;
    Frame *f = frame_push(t, co);
    if (f == NULL) {
        obj_decref(builtins);
        return REF_NULL;
    }
    obj_incref(globals);
    f->globals = globals;
    f->builtins = builtins;
    f->locals = ref_new(locals ? locals : globals);
    return eval_frame(t, f);
}

Ref eval_class_body(Thread *t, Object *func, Object *ns) {
    Frame *f = frame_push_function(t, ref_new(func));
    if (f == NULL)
        return REF_NULL;
    f->locals = ref_new(ns);
    return eval_frame(t, f);
}

Object *eval_current_globals(Thread *t) { return t->frame ? t->frame->globals : NULL; }

Object *eval_current_builtins(Thread *t) {
    return t->frame ? t->frame->builtins : t->interp->builtins;
}

Ref eval_current_locals(Thread *t) {
    if (t->frame == NULL)
        return REF_NULL;
    return frame_locals(t, t->frame);
}

Object *eval_frame_object(Thread *t, int depth) {
    Frame *f = t->frame;
    while (f && depth > 0) {
        f = f->previous;
        depth--;
    }
    if (f == NULL)
        return NULL;
    Object *fo = frame_get_object(t, f);
    if (fo)
        obj_incref(fo);
    return fo;
}
#endif
