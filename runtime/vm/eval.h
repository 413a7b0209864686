/* Running code. Owner: runtime/vm. */
#ifndef SPRY_VM_EVAL_H
#define SPRY_VM_EVAL_H
#include "core/object.h"

extern Type function_type, cell_type, generator_type, coroutine_type, async_generator_type,
    frame_type, traceback_type;

/* Runs a module-level or exec/eval code object with the given namespaces (globals must
 * be a dict; locals a mapping, or NULL to use globals). Returns the result (None for
 * modules), or REF_NULL with the exception set. */
Ref eval_code(Thread *t, Object *code, Object *globals, Object *locals);

/* A Python function from a code object (what MAKE_FUNCTION makes). */
Object *function_new(Thread *t, Object *code, Object *globals, Object *qualname);

/* The innermost Python frame's globals / locals / builtins (borrowed; NULL at top level):
 * for globals(), locals(), vars(), eval()/exec() defaults, and super(). */
Object *eval_current_globals(Thread *t);
Ref eval_current_locals(Thread *t);
Object *eval_current_builtins(Thread *t);

/* Runs a class body: the function's code with `ns` as its locals mapping (for
 * builtins.__build_class__). Returns the body's result (a cell or None). */
Ref eval_class_body(Thread *t, Object *func, Object *ns);

/* The eval breaker's slow path: honours a drop request for the interpreter lock, runs
 * pending signal handlers. 0, or -1 with the exception a handler raised. */
int eval_handle_pending(Thread *t);
/* Its second half alone (PyErr_CheckSignals): runs pending signal handlers, or raises
 * KeyboardInterrupt for SIGINT when the signal module has installed none. */
int eval_handle_signals(Thread *t);

/* Runs the blocking system call `expr`, assigning its result to `res`, with the
 * interpreter lock released; on EINTR the pending signal handlers run and the call is
 * retried (PEP 475). Afterwards res < 0 means failure: with an exception set if a handler
 * raised, else with errno set. */
#define EVAL_BLOCKING_CALL(t, res, expr)                                                   \
    for (;;) {                                                                             \
        thread_release(t);                                                                 \
        res = (expr);                                                                      \
        int e_ = errno;                                                                    \
        thread_reacquire(t);                                                               \
        errno = e_;                                                                        \
        if (!(res < 0 && e_ == EINTR) || eval_handle_pending(t) < 0) break;                \
    }

/* Python stack: for traceback printing and sys._getframe. */
Object *eval_frame_object(Thread *t, int depth);   /* new reference or NULL */

#endif
