/* The _asyncio module: asyncio's Future and Task in C, as CPython has them (its
 * futures.py and tasks.py keep the Python classes as the fallback). Future lives in
 * asyncio_future.c, Task and the module in asyncio_task.c.
 *
 * A Future is PENDING until set_result, set_exception or cancel moves it, once, to
 * FINISHED or CANCELLED; that move hands its done callbacks to loop.call_soon, in the
 * order they were added. Rarely used parts (repr, get_stack, the exception classes) are
 * reached in the Python modules by name. Handle, what loop.call_soon makes, lives in
 * asyncio_handle.c. Owner: modules/asyncio_*.c. */
#ifndef SPRY_MODULES_ASYNCIO_CORE_H
#define SPRY_MODULES_ASYNCIO_CORE_H
#include "spry.h"

enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

typedef struct FutureObj {
    Object ob;
    Object *dict;            /* instance attributes, or NULL */
    Object *weakreflist;
    Ref loop;                /* REF_NULL until __init__ ran */
    Object *callbacks;       /* list of (fn, context) tuples, or NULL when none */
    Ref result;              /* REF_NULL: None */
    Ref exception;           /* REF_NULL: none */
    Ref exception_tb;        /* REF_NULL: None */
    Ref cancel_msg;          /* REF_NULL: None */
    Ref cancelled_exc;       /* the CancelledError a task caught, or REF_NULL */
    int state;               /* FUT_* */
    bool blocking;           /* _asyncio_future_blocking: a task waits on it */
    bool log_tb;             /* an exception nobody retrieved yet */
} FutureObj;

typedef struct TaskObj {
    FutureObj fut;
    Ref coro;
    Ref context;
    Ref name;
    Ref fut_waiter;          /* REF_NULL: None */
    Object *current_tasks;   /* the _asyncio module's _current_tasks dict */
    intptr_t num_cancels_requested;
    bool must_cancel;
    bool log_destroy_pending;
} TaskObj;

#define FUT(r) ((FutureObj *)ref_obj(r))
#define TASK(r) ((TaskObj *)ref_obj(r))

extern Type future_type, future_iter_type, task_type, handle_type;

bool future_check(Ref r);          /* an instance of Future (subclasses too) */

/* asyncio.<module>.<name>, new reference: the exception classes and the Python helpers
 * (reprs, stacks) the C types defer to. */
Ref asyncio_attr(Thread *t, const char *module, const char *name);
/* The _asyncio module's dict (borrowed; sys.modules keeps the module alive). */
Object *asyncio_module_dict(Thread *t);
/* Raise asyncio.exceptions.<name>(msg). */
Ref asyncio_raise(Thread *t, const char *name, const char *msg);

/* The Future operations Task reuses; each returns -1 with an exception set on failure. */
int future_setup(Thread *t, FutureObj *f, Ref loop);  /* __init__: loop None/REF_NULL: the current */
int future_set_result_ref(Thread *t, FutureObj *f, Ref result);
int future_set_exception_ref(Thread *t, FutureObj *f, Ref exc);
int future_cancel_ref(Thread *t, FutureObj *f, Ref msg);       /* 1 cancelled, 0 not */
int future_add_callback(Thread *t, FutureObj *f, Ref fn, Ref context);
Ref future_make_cancelled_error(Thread *t, FutureObj *f);
/* loop.call_soon(fn, arg, context=context); arg may be REF_NULL (no argument). */
int future_call_soon(Thread *t, Ref loop, Ref fn, Ref arg, Ref context);
/* Adds Handle and _run_ready to the _asyncio module m. */
int asyncio_handle_add(Thread *t, Object *m);
/* Shared parts of Future's and Task's type definitions. */
int future_traverse(Object *o, VisitFn visit, void *arg);
int future_clear(Object *o);
void future_finalize(Object *o);
void future_dealloc(Object *o);
/* loop.call_exception_handler(ctx) after setting ctx["message"] and ctx[key] = value:
 * what finalizers report. 0, or -1 with an exception set. */
int future_report(Thread *t, Ref loop, Object *ctx, const char *message, const char *key, Ref value);

#endif
