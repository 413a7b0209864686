/* sys.settrace / sys.setprofile: the hooks the tracing loop calls. Owner: runtime/vm.
 *
 * The tracing loop is eval.c compiled again with SPRY_EVAL_TRACED (eval_traced.c). It
 * runs while a thread has a trace or profile function (EVAL_BREAK_TRACE is set in its
 * eval_breaker then); docs/TRACING.md tells the whole story. */
#ifndef SPRY_VM_TRACE_H
#define SPRY_VM_TRACE_H
#include "vm/frame.h"

enum TraceEvent {
    TRACE_CALL, TRACE_EXCEPTION, TRACE_LINE, TRACE_RETURN, TRACE_C_CALL,
    TRACE_C_EXCEPTION, TRACE_C_RETURN, TRACE_OPCODE, TRACE_NEVENTS
};

/* A thread's hooks (t->trace, made on first use). */
typedef struct TraceState {
    Ref tracefunc;           /* sys.settrace's function (owned), or REF_NULL */
    Ref profilefunc;         /* sys.setprofile's function (owned), or REF_NULL */
    int tracing;             /* > 0 while a hook runs: no events are reported then */
    int event;               /* the event last reported (what f_lineno = n checks) */
    CodeUnit *resume_at;     /* where the tracing loop takes over (vm/eval.c) */
    Object *names[TRACE_NEVENTS]; /* the event names as strs */
} TraceState;

/* How a frame leaves the tracing loop (trace_leave). */
enum { TRACE_LEAVE_RETURN, TRACE_LEAVE_YIELD, TRACE_LEAVE_UNWIND };

/* The tracing loop: eval_frame_ex's twin. With `resume`, `entry` is a frame an untraced
 * activation was running, continued from resume_at. */
Ref eval_frame_traced(Thread *t, Frame *entry, bool throwflag, bool resume);

/* Before f->instr runs (prev: the instruction this frame ran last, or NULL): the call,
 * line and opcode events, c_call (*c_callee takes the built-in) and c_return of the
 * previous instruction's built-in. May move f->instr (a jump set through f_lineno).
 * -1 with an exception if a hook raised. */
int trace_instruction(Thread *t, Frame *f, CodeUnit *prev, Ref *sp, Object **c_callee);
/* The call event of a generator frame resumed by throw() (the exception is kept unless a
 * hook raises). */
int trace_throw_entry(Thread *t, Frame *f);
/* The return event of a frame returning or yielding `value` (borrowed), or unwinding
 * with an exception (kept unless a hook raises). -1 if a hook raised. */
int trace_leave(Thread *t, Frame *f, Ref value, int how);
/* The exception event (and the c_exception of a pending built-in call) for the
 * exception being raised in f; a hook that raises replaces it. */
void trace_exception(Thread *t, Frame *f, Object **c_callee);

/* frame.f_lineno = value, from a trace function's 'line' event: checks the jump
 * (CPython's ValueErrors) and records it in fo->jump_to. */
int trace_set_lineno(Thread *t, FrameObject *fo, Ref value);

/* A `yield from` or `await` got the subiterator's return value: the exception event of
 * the StopIteration that carries it, as CPython reports. -1 if the hook raised. */
int trace_send_return(Thread *t, Frame *f, Ref value);

/* sys.settrace / sys.setprofile (func None or a callable) and their getters. */
int trace_set(Thread *t, Ref func, bool profile);
Ref trace_get(Thread *t, bool profile);
/* A thread state going away drops its hooks. */
void trace_release(Thread *t);

#endif
