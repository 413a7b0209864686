/* The tier-1 loop's exits: the places instructions go to that are not instructions
 * (frame entry and return, unwinding, the eval breaker). Written once, included by
 * vm/eval.c in one of two forms:
 *
 *   computed goto (and switch): inside eval_frame_ex, where EVAL_EXIT(name) is the label
 *     `name:` and EVAL_GOTO(name) is `goto name`;
 *   tail calls (SPRY_TAILCALL): at file scope, where EVAL_EXIT(name) starts a function with
 *     every instruction's signature and EVAL_GOTO(name) tail-calls it.
 *
 * So every exit ends by naming where control goes (DISPATCH, EVAL_GOTO, EVAL_LEAVE: the
 * entry activation returns `frame_result`); none falls through to the next.
 */
#ifndef SPRY_INTERNAL
#error "internal header"
#endif

EVAL_EXIT(start_frame) {
    /* `frame` is about to run (new, or a resumed generator): count it. */
    if (t->depth >= t->interp->recursion_limit) {
        err_set(t, &exc_RecursionError, "maximum recursion depth exceeded");
        if (frame == entry) {
            entry->previous = NULL;
            EVAL_GOTO(entry_failed);
        }
        /* An inline call: drop the new frame; the error is the caller's. */
        Frame *callee = frame;
        frame = callee->previous;
        frame_finish(t, callee);
        code = frame->code;
        stack_pointer = frame->localsplus + frame->stacktop;
        EVAL_GOTO(error);
    }
    t->depth++;
    t->frame = frame;
    code = frame->code;
    stack_pointer = frame->localsplus + frame->stacktop;
    next_instr = frame->instr ? next_after(frame->instr) : code->code;
    frame->state = FRAME_EXECUTING;
    DISPATCH();
}

EVAL_EXIT(unknown_opcode) {
    /* Read back from the code rather than kept in `opcode`, which is then dead after
     * every dispatch and costs no register. */
    err_format(t, &exc_SystemError, "%U:%d: unknown opcode %d", code->filename,
               code_addr2line(code, (int)(frame->instr - code->code)), CODEUNIT_OP(*frame->instr));
    EVAL_GOTO(error);
}

EVAL_EXIT(return_from_frame) {
    /* The frame returned `frame_result`; its value stack is empty. */
#ifdef SPRY_EVAL_TRACED
    frame->stacktop = (int)(stack_pointer - frame->localsplus);
    if (trace_leave(t, frame, frame_result, TRACE_LEAVE_RETURN) < 0) {
        ref_close(frame_result);
        frame_result = REF_NULL;
        EVAL_GOTO(unwind_frame);
    }
#endif
    t->depth--;
    bool was_gen;
    int return_kind;
    {
        Frame *done = frame;
        bool was_entry = done->is_entry;
        return_kind = done->return_kind;
        was_gen = done->owner == FRAME_OWNED_BY_GENERATOR;
        frame = done->previous;
        done->stacktop = (int)(stack_pointer - done->localsplus);
        t->frame = frame;   /* finalizers run by the clearing must not see `done` */
        if (!frame_finish_quick(t, done))
            frame_finish(t, done);
        if (was_entry)
            EVAL_LEAVE();
        if (was_gen)
            gen_frame_leave(t, done);
    }
    code = frame->code;
    stack_pointer = frame->localsplus + frame->stacktop;
    frame->state = FRAME_EXECUTING;
    if (__builtin_expect(was_gen, 0)) {
        /* A generator resumed inline returned: SEND pushes the value in place of the
         * generator; the FOR_ITER family drops both and leaves the loop. Either jumps by
         * its (single-byte) oparg. */
        CodeUnit resumer = *frame->instr;
        if (CODEUNIT_OP(resumer) == SEND) {
            ref_close(stack_pointer[-1]);
            stack_pointer[-1] = frame_result;
        } else {
            ref_close(frame_result);
            ref_close(*--stack_pointer);
        }
        frame_result = REF_NULL;
        next_instr = next_after(frame->instr) + CODEUNIT_ARG(resumer);
#ifdef SPRY_EVAL_TRACED
        if (CODEUNIT_OP(resumer) == SEND)
            TRACE_SEND_RETURN(stack_pointer[-1]);
#endif
        DISPATCH();
    }
    if (__builtin_expect(return_kind == FRAME_RETURN_INIT, 0)) {
        /* The instance is already on the stack in place of the call's result. */
        if (!ref_is_none(frame_result)) {
            err_format(t, &exc_TypeError, "__init__() should return None, not '%T'",
                       frame_result);
            ref_close(frame_result);
            frame_result = REF_NULL;
            EVAL_GOTO(error);
        }
    } else if (__builtin_expect(return_kind == FRAME_RETURN_BINOP, 0)) {
        Ref rhs = *--stack_pointer, lhs = *--stack_pointer;
        if (ref_is(frame_result, REF_NOTIMPLEMENTED))
            frame_result = obj_binop_after_left(t, lhs, rhs, CODEUNIT_ARG(*frame->instr));
        ref_close(lhs);
        ref_close(rhs);
        if (ref_is_null(frame_result))
            EVAL_GOTO(error);
        *stack_pointer++ = frame_result;
    } else {
        *stack_pointer++ = frame_result;
    }
    frame_result = REF_NULL;
    next_instr = next_after(frame->instr);
    DISPATCH();
}

EVAL_EXIT(yield_from_frame) {
    /* A generator frame suspends: an entry frame leaves eval_frame with the value; one
     * resumed inline goes back to its FOR_ITER_GEN or SEND with the value pushed. */
#ifdef SPRY_EVAL_TRACED
    frame->stacktop = (int)(stack_pointer - frame->localsplus);
    if (trace_leave(t, frame, frame_result, TRACE_LEAVE_YIELD) < 0) {
        ref_close(frame_result);
        frame_result = REF_NULL;
        EVAL_GOTO(unwind_frame);
    }
#endif
    t->depth--;
    frame_own_stack(frame, stack_pointer);   /* the suspended frame is in the heap now */
    frame->stacktop = (int)(stack_pointer - frame->localsplus);
    frame->state = FRAME_SUSPENDED;
    t->frame = frame->previous;
    if (frame->is_entry) {
        frame->previous = NULL;
        EVAL_LEAVE();
    }
    {
        Frame *gf = frame;
        frame = gf->previous;
        gen_frame_leave(t, gf);
    }
    code = frame->code;
    stack_pointer = frame->localsplus + frame->stacktop;
    *stack_pointer++ = frame_result;
    frame_result = REF_NULL;
    next_instr = next_after(frame->instr);
    DISPATCH();
}

EVAL_EXIT(error) {
    kwnames = NULL;
    if (!err_occurred(t))
        err_bad_internal_call(t, "eval_frame (error without exception)");
    traceback_here(t, frame);
#ifdef SPRY_EVAL_TRACED
    frame->stacktop = (int)(stack_pointer - frame->localsplus);
    trace_exception(t, frame, &c_callee);
#endif
    EVAL_GOTO(exception_unwind);
}

EVAL_EXIT(exception_unwind) {
    int target, depth;
    bool push_lasti;
    /* The handler is looked up from the instruction that raised here; the lasti handed to
     * it is the original raiser's when RERAISE passed one on. */
    int offset = frame->instr ? (int)(frame->instr - code->code) : -1;
    int lasti = offset;
    if (t->reraise_instr) {
        lasti = (int)(t->reraise_instr - code->code);
        frame->instr = t->reraise_instr;
        t->reraise_instr = NULL;
    }
    if (offset >= 0 && code_find_handler_cached(t, code, offset, &target, &depth, &push_lasti)) {
        Ref *level = frame->localsplus + code->nlocalsplus + depth;
        while (stack_pointer > level)
            ref_close(*--stack_pointer);
        if (push_lasti)
            *stack_pointer++ = ref_from_int(lasti);
        *stack_pointer++ = err_fetch(t);
        next_instr = code->code + target;
        DISPATCH();
    }
    /* No handler: the frame is done; the exception moves on to its caller. */
#ifdef SPRY_EVAL_TRACED
    frame->stacktop = (int)(stack_pointer - frame->localsplus);
    trace_leave(t, frame, REF_NULL, TRACE_LEAVE_UNWIND);
#endif
    EVAL_GOTO(unwind_frame);
}

EVAL_EXIT(unwind_frame) {
    Ref *base = frame->localsplus + code->nlocalsplus;
    while (stack_pointer > base)
        ref_close(*--stack_pointer);
    t->depth--;
    Frame *done = frame;
    bool was_entry = done->is_entry;
    bool was_gen = done->owner == FRAME_OWNED_BY_GENERATOR;
    frame = done->previous;
    done->stacktop = code->nlocalsplus;
    frame_finish(t, done);
    t->frame = frame;
    if (was_entry) {
        frame_result = REF_NULL;
        EVAL_LEAVE();
    }
    if (was_gen) {
        /* A generator resumed inline raised: as gen_send_ex would have seen it. */
        gen_frame_leave(t, done);
        gen_finish_raised(t, &GEN_OF_FRAME(done)->ob);
    }
    code = frame->code;
    stack_pointer = frame->localsplus + frame->stacktop;
    EVAL_GOTO(error);
}

#ifndef SPRY_EVAL_TRACED
EVAL_EXIT(handle_eval_breaker) {
    int break_ = eval_break(t, next_instr);
    if (break_ < 0)
        EVAL_GOTO(error);
    if (break_ == 0)
        DISPATCH();
    /* A trace or profile function was set (eval_break): the tracing loop runs the frames
     * of this activation from here on. */
    frame->stacktop = (int)(stack_pointer - frame->localsplus);
    frame_result = eval_frame_traced(t, frame, false, true);
    EVAL_LEAVE();
}
#endif

EVAL_EXIT(entry_failed) {
    /* The entry frame never ran: a thread-owned one is dropped; a generator's stays as
     * it was, minus the value pushed for it. */
    if (entry->owner == FRAME_OWNED_BY_GENERATOR) {
        if (entry->stacktop > entry->code->nlocalsplus)
            ref_close(entry->localsplus[--entry->stacktop]);
    } else {
        entry->previous = NULL;
        frame_finish(t, entry);
    }
    frame_result = REF_NULL;
    EVAL_LEAVE();
}
