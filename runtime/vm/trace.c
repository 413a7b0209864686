/* sys.settrace / sys.setprofile: the events the tracing loop reports (vm/trace.h).
 *
 * A trace function gets 'call' for each frame that starts or resumes; what it returns
 * (unless None) becomes the frame's f_trace, which then gets that frame's 'line',
 * 'exception', 'return' (and 'opcode' with f_trace_opcodes) events. A profile function
 * gets 'call' and 'return' for every frame and 'c_call'/'c_return'/'c_exception' around
 * calls of built-in functions, its result ignored. A hook that raises is removed and its
 * exception propagates from where the event happened. No events are reported while a
 * hook runs. */
#include "spry.h"
#include "vm/frame.h"
#include "vm/trace.h"
#include "vm/vm.h"
#include "legacy/legacy_call.h"
#include "opcode_ids.h"
#include "opcode_meta.h"

static const char *const event_names[TRACE_NEVENTS] = {
    "call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode",
};

static TraceState *trace_state(Thread *t) {
    if (t->trace)
        return t->trace;
    TraceState *ts = mem_calloc(t, 1, sizeof(TraceState));
    if (ts == NULL)
        return NULL;
    for (int i = 0; i < TRACE_NEVENTS; i++) {
        ts->names[i] = str_intern_cstr(t, event_names[i]);
        if (ts->names[i] == NULL) {
            for (int j = 0; j < i; j++)
                obj_decref(ts->names[j]);
            mem_free(ts);
            return NULL;
        }
    }
    t->trace = ts;
    return ts;
}

static void update_breaker(Thread *t, TraceState *ts) {
    if (!ref_is_null(ts->tracefunc) || !ref_is_null(ts->profilefunc))
        atomic_fetch_or(&t->eval_breaker, EVAL_BREAK_TRACE);
    else
        atomic_fetch_and(&t->eval_breaker, ~EVAL_BREAK_TRACE);
}

int trace_set(Thread *t, Ref func, bool profile) {
    TraceState *ts = trace_state(t);
    if (ts == NULL)
        return -1;
    Ref *slot = profile ? &ts->profilefunc : &ts->tracefunc;
    Ref old = *slot;
    *slot = ref_is_none(func) ? REF_NULL : ref_counted(ref_dup(func));
    update_breaker(t, ts);
    ref_close(old);
    return 0;
}

Ref trace_get(Thread *t, bool profile) {
    TraceState *ts = t->trace;
    Ref f = ts ? (profile ? ts->profilefunc : ts->tracefunc) : REF_NULL;
    return ref_is_null(f) ? REF_NONE : ref_dup(f);
}

void trace_release(Thread *t) {
    TraceState *ts = t->trace;
    if (ts == NULL)
        return;
    t->trace = NULL;
    ref_close(ts->tracefunc);
    ref_close(ts->profilefunc);
    for (int i = 0; i < TRACE_NEVENTS; i++)
        obj_decref(ts->names[i]);
    mem_free(ts);
}

/* func(frame, event, arg) with events off meanwhile; a new reference or REF_NULL. */
static Ref call_hook(Thread *t, TraceState *ts, Ref func, Frame *f, int event, Ref arg) {
    Object *fo = frame_get_object(t, f);
    if (fo == NULL)
        return REF_NULL;
    Ref args[3] = {ref_from_obj(fo), ref_from_obj(ts->names[event]),
                   ref_is_null(arg) ? REF_NONE : arg};
    func = ref_dup(func);   /* the hook may replace itself */
    ts->event = event;
    ts->tracing++;
    Ref r = obj_call(t, func, args, 3, NULL);
    ts->tracing--;
    ref_close(func);
    return r;
}

/* A profile event; a profile function that raises is removed. */
static int profile_event(Thread *t, TraceState *ts, Frame *f, int event, Ref arg) {
    if (ref_is_null(ts->profilefunc))
        return 0;
    Ref r = call_hook(t, ts, ts->profilefunc, f, event, arg);
    if (ref_is_null(r)) {
        Ref old = ts->profilefunc;
        ts->profilefunc = REF_NULL;
        update_breaker(t, ts);
        ref_close(old);
        return -1;
    }
    ref_close(r);
    return 0;
}

/* A trace event for frame f: 'call' goes to the thread's trace function, the others to
 * f_trace. A result other than None becomes f_trace; a hook that raises is removed, and
 * the frame's f_trace with it. */
static int trace_event(Thread *t, TraceState *ts, Frame *f, int event, Ref arg) {
    Ref func = ts->tracefunc;
    if (event != TRACE_CALL)
        func = f->frame_obj ? ((FrameObject *)f->frame_obj)->trace : REF_NULL;
    if (ref_is_null(func) || ref_is_null(ts->tracefunc))
        return 0;
    Ref r = call_hook(t, ts, func, f, event, arg);
    FrameObject *fo = (FrameObject *)f->frame_obj;
    if (ref_is_null(r)) {
        Ref old = ts->tracefunc;
        ts->tracefunc = REF_NULL;
        update_breaker(t, ts);
        ref_close(old);
        if (fo)
            REF_SETREF(fo->trace, REF_NULL);
        return -1;
    }
    if (ref_is_none(r) || fo == NULL) {
        ref_close(r);
        return 0;
    }
    REF_SETREF(fo->trace, ref_counted(r));
    return 0;
}

/* The built-in a call instruction is about to call (new reference), or NULL: built-in
 * functions as they are, a method descriptor bound to its self (as CPython reports
 * them). */
static Object *builtin_callee(Thread *t, Ref func, Ref self) {
    if (!ref_is_obj(func))
        return NULL;
    Type *tp = ref_type(func);
    if (tp == &cfunction_type)
        return ref_obj(ref_counted(ref_dup(func)));
    if (tp == &method_descr_type && !ref_is_null(self)) {
        Ref bound = tp->descr_get(t, func, self, ref_from_obj((Object *)ref_type(self)));
        if (ref_is_null(bound)) {
            err_clear(t);
            return NULL;
        }
        if (!ref_is_obj(bound)) {
            ref_close(bound);
            return NULL;
        }
        return ref_obj(ref_counted(bound));
    }
    return NULL;
}

static Object *call_target(Thread *t, CodeUnit instr, Ref *sp) {
    int op = opcode_deopt[CODEUNIT_OP(instr)];
    int oparg = CODEUNIT_ARG(instr);
    if (op == CALL) {
        Ref method = sp[-(oparg + 2)], callable = sp[-(oparg + 1)];
        if (!ref_is_null(method))
            return builtin_callee(t, method, callable);
        return builtin_callee(t, callable, oparg > 0 ? sp[-oparg] : REF_NULL);
    }
    if (op == CALL_FUNCTION_EX) {
        Ref func = sp[-(2 + (oparg & 1))], args = sp[-(1 + (oparg & 1))];
        Ref self = REF_NULL;
        if (ref_is_obj(args) && ref_type(args) == &tuple_type && tuple_size(ref_obj(args)) > 0)
            self = tuple_get(ref_obj(args), 0);
        return builtin_callee(t, func, self);
    }
    return NULL;
}

/* The offset of the first RESUME: the code before it (cells, RETURN_GENERATOR) is not
 * traced, and the instruction after it always starts a line. */
static int first_traceable(const Code *co) {
    for (intptr_t i = 0; i < co->ob.ob_size; i++)
        if (CODEUNIT_OP(co->code[i]) == RESUME)
            return (int)i;
    return 0;
}

static bool before_first_resume(const Code *co, const CodeUnit *instr) {
    return instr - co->code < first_traceable(co);
}

static int line_events(Thread *t, TraceState *ts, Frame *f, CodeUnit *prev) {
    FrameObject *fo = (FrameObject *)f->frame_obj;
    if (fo == NULL || ref_is_null(fo->trace))
        return 0;
    Code *co = f->code;
    CodeUnit *next = f->instr;
    fo->jump_to = -1;
    if (fo->trace_lines) {
        int line = code_line_cached(t, co, (int)(next - co->code));
        int prevline = prev && prev - co->code > first_traceable(co)
                           ? code_line_cached(t, co, (int)(prev - co->code)) : -1;
        /* A new line, or a jump back (a loop's next turn), except the jump back to the
         * SEND of a `yield from` or `await`. */
        bool back = prev && next < prev && opcode_deopt[CODEUNIT_OP(*next)] != SEND;
        if (line >= 0 && (line != prevline || back) &&
            trace_event(t, ts, f, TRACE_LINE, REF_NONE) < 0)
            return -1;
    }
    if (f->frame_obj && ((FrameObject *)f->frame_obj)->trace_opcodes &&
        trace_event(t, ts, f, TRACE_OPCODE, REF_NONE) < 0)
        return -1;
    fo = (FrameObject *)f->frame_obj;
    if (fo && fo->jump_to >= 0) {
        f->instr = co->code + fo->jump_to;
        fo->jump_to = -1;
    }
    return 0;
}

int trace_instruction(Thread *t, Frame *f, CodeUnit *prev, Ref *sp, Object **c_callee) {
    TraceState *ts = t->trace;
    if (ts == NULL || ts->tracing)
        return 0;
    if (*c_callee) {
        Object *fn = *c_callee;
        *c_callee = NULL;
        int r = profile_event(t, ts, f, TRACE_C_RETURN, ref_from_obj(fn));
        obj_decref(fn);
        if (r < 0)
            return -1;
    }
    Code *co = f->code;
    int op = opcode_deopt[CODEUNIT_OP(*f->instr)];
    if (op == RESUME) {
        if (trace_event(t, ts, f, TRACE_CALL, REF_NONE) < 0)
            return -1;
        return profile_event(t, ts, f, TRACE_CALL, REF_NONE);
    }
    if (!ref_is_null(ts->tracefunc) && !before_first_resume(co, f->instr)) {
        CodeUnit *at = f->instr;
        if (line_events(t, ts, f, prev) < 0)
            return -1;
        if (f->instr != at)
            return 0;   /* jumped: the target runs next, unreported */
    }
    if (!ref_is_null(ts->profilefunc) && (op == CALL || op == CALL_FUNCTION_EX)) {
        Object *fn = call_target(t, *f->instr, sp);
        if (fn) {
            if (profile_event(t, ts, f, TRACE_C_CALL, ref_from_obj(fn)) < 0) {
                obj_decref(fn);
                return -1;
            }
            *c_callee = fn;
        }
    }
    return 0;
}

int trace_throw_entry(Thread *t, Frame *f) {
    TraceState *ts = t->trace;
    if (ts == NULL || ts->tracing)
        return 0;
    Ref exc = err_fetch(t);
    int r = trace_event(t, ts, f, TRACE_CALL, REF_NONE);
    if (r == 0)
        r = profile_event(t, ts, f, TRACE_CALL, REF_NONE);
    if (r == 0)
        err_restore(t, exc);
    else
        ref_close(exc);
    return r;
}

int trace_leave(Thread *t, Frame *f, Ref value, int how) {
    TraceState *ts = t->trace;
    if (ts == NULL || ts->tracing)
        return 0;
    if (f->instr == NULL || before_first_resume(f->code, f->instr))
        return 0;   /* RETURN_GENERATOR, or never started: no call was reported */
    Ref exc = how == TRACE_LEAVE_UNWIND ? err_fetch(t) : REF_NULL;
    Ref arg = how == TRACE_LEAVE_UNWIND ? REF_NONE : value;
    int r = trace_event(t, ts, f, TRACE_RETURN, arg);
    if (r == 0)
        r = profile_event(t, ts, f, TRACE_RETURN, arg);
    if (how == TRACE_LEAVE_UNWIND) {
        if (r == 0)
            err_restore(t, exc);
        else
            ref_close(exc);
    }
    return r;
}

int trace_send_return(Thread *t, Frame *f, Ref value) {
    TraceState *ts = t->trace;
    if (ts == NULL || ts->tracing || ref_is_null(ts->tracefunc) || f->frame_obj == NULL ||
        ref_is_null(((FrameObject *)f->frame_obj)->trace))
        return 0;
    Ref exc = exc_new(t, &exc_StopIteration, &value, 1);
    if (ref_is_null(exc))
        return -1;
    Object *arg = tuple_pack(t, 3, ref_from_obj((Object *)&exc_StopIteration), exc, REF_NONE);
    ref_close(exc);
    int r = arg ? trace_event(t, ts, f, TRACE_EXCEPTION, ref_from_obj(arg)) : -1;
    obj_xdecref(arg);
    return r;
}

void trace_exception(Thread *t, Frame *f, Object **c_callee) {
    TraceState *ts = t->trace;
    if (ts == NULL || ts->tracing)
        return;
    Ref exc = err_fetch(t);
    int r = 0;
    if (*c_callee) {
        Object *fn = *c_callee;
        *c_callee = NULL;
        r = profile_event(t, ts, f, TRACE_C_EXCEPTION, ref_from_obj(fn));
        obj_decref(fn);
    }
    if (r == 0 && !ref_is_null(ts->tracefunc) && f->frame_obj &&
        !ref_is_null(((FrameObject *)f->frame_obj)->trace)) {
        BaseExc *e = (BaseExc *)ref_obj(exc);
        Ref tb = e->traceback ? ref_from_obj(e->traceback) : REF_NONE;
        Object *arg = tuple_pack(t, 3, ref_from_obj((Object *)ref_type(exc)), exc, tb);
        r = arg ? trace_event(t, ts, f, TRACE_EXCEPTION, ref_from_obj(arg)) : -1;
        obj_xdecref(arg);
    }
    if (r == 0)
        err_restore(t, exc);
    else
        ref_close(exc);
}
