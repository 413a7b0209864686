/* _asyncio.Task, and the _asyncio module (see asyncio_core.h). A task drives its
 * coroutine one step per loop callback: it sends None (or throws an exception) into it,
 * then either finishes with the outcome or waits on the future the coroutine yielded,
 * whose done callback (the task's __wakeup) schedules the next step. While a step runs
 * the task is _current_tasks[loop]. */
#include "modules/asyncio_core.h"

#include <inttypes.h>
#include <stdio.h>

#include "modules/modules.h"
#include "objects/weakref.h"
#include "vm/vm.h"

Type task_type;

static bool task_check_exact(Ref r) { return ref_type_is(r, &task_type); }
static bool future_or_task_exact(Ref r) { return ref_type_is(r, &future_type) || task_check_exact(r); }

static Ref module_attr(Thread *t, Object *name) {
    Object *d = asyncio_module_dict(t);
    if (!d) return REF_NULL;
    Ref v = dict_get_str(t, d, name);
    if (ref_is_null(v) && !err_occurred(t)) err_format(t, &exc_AttributeError, "_asyncio has no %U", name);
    return v;
}

static Ref call_helper(Thread *t, const char *module, const char *name, Ref arg) {
    Ref helper = asyncio_attr(t, module, name);
    if (ref_is_null(helper)) return REF_NULL;
    Ref r = obj_call1(t, helper, arg);
    ref_close(helper);
    return r;
}

static Ref runtime_error(Thread *t, const char *fmt, Ref a, Ref b) {
    Object *msg = str_from_format(t, fmt, a, b);
    if (!msg) return REF_NULL;
    Ref arg = ref_from_obj(msg);
    Ref exc = exc_new(t, &exc_RuntimeError, &arg, 1);
    obj_decref(msg);
    return exc;
}

static int isinstance_of(Thread *t, Ref obj, const char *module, const char *name) {
    Ref cls = asyncio_attr(t, module, name);
    if (ref_is_null(cls)) return -1;
    int r = obj_isinstance(t, obj, cls);
    ref_close(cls);
    return r;
}

/* ---- stepping ------------------------------------------------------------------------- */

static Ref task_step_meth(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw);
static Ref task_wakeup_meth(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw);
static const MethodDef task_step_def = {"__step", task_step_meth, 0, NULL};
static const MethodDef task_wakeup_def = {"task_wakeup", task_wakeup_meth, 0, NULL};

static Ref bound(Thread *t, const MethodDef *def, TaskObj *task) {
    Object *fn = cfunction_new(t, def, ref_from_obj(&task->fut.ob), NULL);
    return fn ? ref_from_obj(fn) : REF_NULL;
}

/* loop.call_soon(task.__step[, arg], context=task's context). */
static int schedule_step(Thread *t, TaskObj *task, Ref arg) {
    Ref step = bound(t, &task_step_def, task);
    if (ref_is_null(step)) return -1;
    int rc = future_call_soon(t, task->fut.loop, step, arg, task->context);
    ref_close(step);
    return rc;
}

/* The coroutine asked the task to wait on `fut` (a future whose loop is the task's,
 * already blocking): its done callback wakes the task; a pending cancellation moves on
 * to it. */
static int wait_on(Thread *t, TaskObj *task, Ref fut, bool exact) {
    Ref wakeup = bound(t, &task_wakeup_def, task);
    if (ref_is_null(wakeup)) return -1;
    int rc;
    if (exact) {
        FUT(fut)->blocking = false;
        rc = future_add_callback(t, FUT(fut), wakeup, task->context);
    } else {
        rc = obj_setattr(t, fut, ID(_asyncio_future_blocking), REF_FALSE);
        if (rc == 0) {
            Object *kwnames = tuple_pack(t, 1, ref_from_obj(ID(context)));
            Ref args[2] = {wakeup, task->context};
            Ref r = kwnames ? obj_call_method_kw(t, fut, ID(add_done_callback), args, 1, kwnames) : REF_NULL;
            obj_xdecref(kwnames);
            rc = ref_is_null(r) ? -1 : 0;
            ref_close(r);
        }
    }
    ref_close(wakeup);
    if (rc < 0) return -1;
    REF_SETREF(task->fut_waiter, ref_dup(fut));
    if (task->must_cancel) {
        Object *kwnames = tuple_pack(t, 1, ref_from_obj(ID(msg)));
        Ref msg = ref_is_null(task->fut.cancel_msg) ? REF_NONE : task->fut.cancel_msg;
        Ref r = kwnames ? obj_call_method_kw(t, fut, ID(cancel), &msg, 0, kwnames) : REF_NULL;
        obj_xdecref(kwnames);
        if (ref_is_null(r)) return -1;
        int yes = obj_truthy(t, r);
        ref_close(r);
        if (yes < 0) return -1;
        if (yes) task->must_cancel = false;
    }
    return 0;
}

/* What the coroutine yielded: None (a bare yield: step again soon), a future to wait
 * on, or something wrong, which is thrown into the coroutine at the next step. */
static int handle_yield(Thread *t, TaskObj *task, Ref result) {
    Ref self = ref_from_obj(&task->fut.ob);
    if (ref_is_none(result)) return schedule_step(t, task, REF_NULL);
    Ref error = REF_NULL;
    if (future_or_task_exact(result)) {
        if (!ref_is(FUT(result)->loop, task->fut.loop))
            error = runtime_error(t, "Task %R got Future %R attached to a different loop", self, result);
        else if (!FUT(result)->blocking)
            error = runtime_error(t, "yield was used instead of yield from in task %R with %R", self, result);
        else if (ref_is(result, self))
            error = runtime_error(t, "Task cannot await on itself: %R", self, REF_NULL);
        else
            return wait_on(t, task, result, true);
    } else {
        Ref blocking = obj_lookup_attr(t, result, ID(_asyncio_future_blocking));
        if (ref_is_null(blocking) && err_occurred(t)) return -1;
        if (!ref_is_null(blocking) && !ref_is_none(blocking)) {
            int yes = obj_truthy(t, blocking);
            ref_close(blocking);
            if (yes < 0) return -1;
            Ref loop = call_helper(t, "asyncio.futures", "_get_loop", result);
            if (ref_is_null(loop)) return -1;
            bool same_loop = ref_is(loop, task->fut.loop);
            ref_close(loop);
            if (!same_loop)
                error = runtime_error(t, "Task %R got Future %R attached to a different loop", self, result);
            else if (!yes)
                error = runtime_error(t, "yield was used instead of yield from in task %R with %R", self, result);
            else if (ref_is(result, self))
                error = runtime_error(t, "Task cannot await on itself: %R", self, REF_NULL);
            else
                return wait_on(t, task, result, false);
        } else {
            ref_close(blocking);
            if (gen_check(result))
                error = runtime_error(t, "yield was used instead of yield from for generator in task %R with %R",
                                      self, result);
            else
                error = runtime_error(t, "Task got bad yield: %R", result, REF_NULL);
        }
    }
    if (ref_is_null(error)) return -1;
    int rc = schedule_step(t, task, error);
    ref_close(error);
    return rc;
}

/* The coroutine's outcome decides the task's: its return value, a cancellation, or an
 * exception (KeyboardInterrupt and SystemExit also propagate: *fatal gets them). */
static int finish_with_error(Thread *t, TaskObj *task, Ref *fatal) {
    Ref e = err_fetch(t);
    int cancelled = isinstance_of(t, e, "asyncio.exceptions", "CancelledError");
    if (cancelled < 0) {
        ref_close(e);
        return -1;
    }
    if (cancelled) {
        REF_SETREF(task->fut.cancelled_exc, e);
        return future_cancel_ref(t, &task->fut, REF_NONE) < 0 ? -1 : 0;
    }
    int rc = future_set_exception_ref(t, &task->fut, e);
    if (ref_type_is(e, &exc_KeyboardInterrupt) || ref_type_is(e, &exc_SystemExit) ||
        type_is_subtype(ref_type(e), &exc_KeyboardInterrupt) || type_is_subtype(ref_type(e), &exc_SystemExit))
        *fatal = e;
    else
        ref_close(e);
    return rc;
}

static int enter_task(Thread *t, TaskObj *task) {
    Ref loop = task->fut.loop;
    Ref current = dict_get(t, task->current_tasks, loop);
    if (!ref_is_null(current)) {
        Ref exc = runtime_error(t, "Cannot enter into task %R while another task %R is being executed.",
                                ref_from_obj(&task->fut.ob), current);
        ref_close(current);
        if (!ref_is_null(exc)) err_raise(t, exc);
        return -1;
    }
    if (err_occurred(t)) return -1;
    return dict_set(t, task->current_tasks, loop, ref_from_obj(&task->fut.ob));
}

static int leave_task(Thread *t, TaskObj *task) {
    Ref loop = task->fut.loop;
    Ref current = dict_get(t, task->current_tasks, loop);
    if (ref_is_null(current) && err_occurred(t)) return -1;
    if (ref_is_object(current, &task->fut.ob)) {
        ref_close(current);
        return dict_del(t, task->current_tasks, loop);
    }
    Ref exc = runtime_error(t, "Leaving task %R does not match the current task %R.",
                            ref_from_obj(&task->fut.ob), ref_is_null(current) ? REF_NONE : current);
    ref_close(current);
    if (!ref_is_null(exc)) err_raise(t, exc);
    return -1;
}

/* Sends None into the coroutine, or throws exc into it: GEN_* with *result owned. */
static int resume_coro(Thread *t, TaskObj *task, Ref exc, Ref *result) {
    if (ref_is_null(exc) && coro_check(task->coro))
        return gen_send_ex(t, ref_obj(task->coro), REF_NONE, false, result);
    Ref arg = ref_is_null(exc) ? REF_NONE : exc;
    *result = obj_call_method(t, task->coro, ref_is_null(exc) ? ID(send) : ID(throw), &arg, 1);
    if (!ref_is_null(*result)) return GEN_NEXT;
    if (!err_matches(t, &exc_StopIteration)) return GEN_ERROR;
    Ref stop = err_fetch(t);
    *result = ref_dup(((StopIterationExc *)ref_obj(stop))->value);
    if (ref_is_null(*result)) *result = REF_NONE;
    ref_close(stop);
    return GEN_RETURN;
}

static int task_step(Thread *t, TaskObj *task, Ref exc) {
    FutureObj *f = &task->fut;
    Ref self = ref_from_obj(&f->ob);
    if (f->state != FUT_PENDING) {
        Object *msg = str_from_format(t, "_step(): already done: %R, %R", self, ref_is_null(exc) ? REF_NONE : exc);
        if (msg) {
            asyncio_raise(t, "InvalidStateError", str_utf8_lossy(msg));
            obj_decref(msg);
        }
        return -1;
    }
    exc = ref_dup(exc);
    if (task->must_cancel) {
        int is_cancel = ref_is_null(exc) ? 0 : isinstance_of(t, exc, "asyncio.exceptions", "CancelledError");
        if (is_cancel < 0) {
            ref_close(exc);
            return -1;
        }
        if (!is_cancel) {
            REF_SETREF(exc, future_make_cancelled_error(t, f));
            if (ref_is_null(exc)) return -1;
        }
        task->must_cancel = false;
    }
    REF_SETREF(task->fut_waiter, REF_NULL);
    if (enter_task(t, task) < 0) {
        ref_close(exc);
        return -1;
    }
    Ref result;
    int st = resume_coro(t, task, exc, &result);
    ref_close(exc);
    Ref fatal = REF_NULL;
    int rc;
    if (st == GEN_RETURN) {
        if (task->must_cancel) {
            task->must_cancel = false;
            rc = future_cancel_ref(t, f, ref_is_null(f->cancel_msg) ? REF_NONE : f->cancel_msg) < 0 ? -1 : 0;
        } else {
            rc = future_set_result_ref(t, f, result);
        }
        ref_close(result);
    } else if (st == GEN_ERROR) {
        rc = finish_with_error(t, task, &fatal);
    } else {
        rc = handle_yield(t, task, result);
        ref_close(result);
    }
    Ref pending = err_fetch(t);
    if (leave_task(t, task) < 0) {
        ref_close(pending);
        ref_close(fatal);
        return -1;
    }
    if (!ref_is_null(fatal)) {
        ref_close(pending);
        err_restore(t, fatal);
        return -1;
    }
    err_restore(t, pending);
    return rc;
}

static Ref task_step_meth(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, "__step", kw) || !args_count(t, "__step", nargs, NULL, 0, 1)) return REF_NULL;
    Ref exc = nargs && !ref_is_none(args[0]) ? args[0] : REF_NULL;
    return task_step(t, TASK(self), exc) < 0 ? REF_NULL : REF_NONE;
}

/* The awaited future is done: step again with its exception, or with nothing. */
static Ref task_wakeup_meth(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "task_wakeup", nargs, kw)) return REF_NULL;
    Ref fut = args[0];
    int rc;
    if (future_or_task_exact(fut) && FUT(fut)->state == FUT_FINISHED && ref_is_null(FUT(fut)->exception)) {
        rc = task_step(t, TASK(self), REF_NULL);
    } else {
        Ref r = obj_call_method(t, fut, ID(result), NULL, 0);
        if (ref_is_null(r)) {
            Ref exc = err_fetch(t);
            rc = task_step(t, TASK(self), exc);
            ref_close(exc);
        } else {
            ref_close(r);
            rc = task_step(t, TASK(self), REF_NULL);
        }
    }
    return rc < 0 ? REF_NULL : REF_NONE;
}

/* ---- construction and lifetime ---------------------------------------------------------- */

static Ref task_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    TaskObj *task = (TaskObj *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!task) return REF_NULL;
    gc_track(&task->fut.ob);
    return ref_from_obj(&task->fut.ob);
}

static int is_coroutine(Thread *t, Ref coro) {
    if (coro_check(coro)) return 1;
    Ref r = call_helper(t, "asyncio.coroutines", "iscoroutine", coro);
    if (ref_is_null(r)) return -1;
    int yes = obj_truthy(t, r);
    ref_close(r);
    return yes;
}

static int task_clear(Object *o);

static int task_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"coro", "loop", "name", "context", NULL};
    const ArgSpec spec = {"Task", names, 1, 1};
    Ref v[4];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return -1;
    TaskObj *task = TASK(self);
    task_clear(&task->fut.ob);
    if (future_setup(t, &task->fut, v[1]) < 0) return -1;
    int ok = is_coroutine(t, v[0]);
    if (ok <= 0) {
        task->log_destroy_pending = false;
        if (ok == 0) err_format(t, &exc_TypeError, "a coroutine was expected, got %R", v[0]);
        return -1;
    }
    task->log_destroy_pending = true;
    task->coro = ref_dup(v[0]);
    if (ref_is_null(v[3]) || ref_is_none(v[3])) {
        Object *ctx = contextvars_copy_current(t);
        if (!ctx) return -1;
        task->context = ref_from_obj(ctx);
    } else {
        task->context = ref_dup(v[3]);
    }
    if (ref_is_null(v[2]) || ref_is_none(v[2])) {
        Ref counter = module_attr(t, ID(_task_name_counter));
        Ref n = ref_is_null(counter) ? REF_NULL : obj_call0(t, counter);
        ref_close(counter);
        if (ref_is_null(n)) return -1;
        Object *name;
        if (ref_is_int(n)) {    /* the usual counter value: formatted here, it is cheaper */
            char buf[32];
            int len = snprintf(buf, sizeof buf, "Task-%" PRId64, (int64_t)ref_int(n));
            name = str_from_ascii(t, buf, len);
        } else {
            name = str_from_format(t, "Task-%S", n);
        }
        ref_close(n);
        if (!name) return -1;
        task->name = ref_from_obj(name);
    } else {
        task->name = str_check_exact(v[2]) ? ref_dup(v[2]) : obj_str(t, v[2]);
        if (ref_is_null(task->name)) return -1;
    }
    Ref current = module_attr(t, ID(_current_tasks));
    if (ref_is_null(current)) return -1;
    if (!dict_check(current)) {
        ref_close(current);
        err_set(t, &exc_TypeError, "_asyncio._current_tasks must be a dict");
        return -1;
    }
    task->current_tasks = ref_obj(current);
    if (schedule_step(t, task, REF_NULL) < 0) return -1;
    Ref all = module_attr(t, ID(_all_tasks));
    Ref r = ref_is_null(all) ? REF_NULL : obj_call_method(t, all, ID(add), &self, 1);
    ref_close(all);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

static int task_traverse(Object *o, VisitFn visit, void *arg) {
    TaskObj *task = (TaskObj *)o;
    Ref refs[] = {task->coro, task->context, task->name, task->fut_waiter};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (ref_is_obj(refs[i])) {
            int r = visit(ref_obj(refs[i]), arg);
            if (r) return r;
        }
    if (task->current_tasks) {
        int r = visit(task->current_tasks, arg);
        if (r) return r;
    }
    return future_traverse(o, visit, arg);
}

static int task_clear(Object *o) {
    TaskObj *task = (TaskObj *)o;
    REF_SETREF(task->coro, REF_NULL);
    REF_SETREF(task->context, REF_NULL);
    REF_SETREF(task->name, REF_NULL);
    REF_SETREF(task->fut_waiter, REF_NULL);
    OBJ_SETREF(task->current_tasks, NULL);
    return future_clear(o);
}

/* A task dropped while pending is reported, as CPython's "Task was destroyed but it is
 * pending!"; then what a Future reports. */
static void task_finalize(Object *o) {
    TaskObj *task = (TaskObj *)o;
    Thread *t = thread_current();
    if (t && task->fut.state == FUT_PENDING && task->log_destroy_pending && !ref_is_null(task->fut.loop)) {
        task->log_destroy_pending = false;
        Ref saved = err_fetch(t);
        Object *ctx = dict_new(t);
        if (ctx) future_report(t, task->fut.loop, ctx, "Task was destroyed but it is pending!", "task", ref_from_obj(o));
        obj_xdecref(ctx);
        if (err_occurred(t)) err_write_unraisable(t, ref_from_obj(o));
        err_restore(t, saved);
    }
    future_finalize(o);
}

static Ref task_repr(Thread *t, Ref self) { return call_helper(t, "asyncio.tasks", "_repr_of_task", self); }

/* ---- methods -------------------------------------------------------------------------- */

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

FN(task_cancel) {
    static const char *const names[] = {"msg", NULL};
    const ArgSpec spec = {"cancel", names, 0, -1};
    Ref msg;
    if (!args_parse(t, &spec, args, nargs, kw, &msg)) return REF_NULL;
    if (ref_is_null(msg)) msg = REF_NONE;
    TaskObj *task = TASK(self);
    task->fut.log_tb = false;
    if (task->fut.state != FUT_PENDING) return REF_FALSE;
    task->num_cancels_requested++;
    if (!ref_is_null(task->fut_waiter)) {
        Object *kwnames = tuple_pack(t, 1, ref_from_obj(ID(msg)));
        Ref waiter = ref_dup(task->fut_waiter);
        Ref r = kwnames ? obj_call_method_kw(t, waiter, ID(cancel), &msg, 0, kwnames) : REF_NULL;
        ref_close(waiter);
        obj_xdecref(kwnames);
        if (ref_is_null(r)) return REF_NULL;
        int yes = obj_truthy(t, r);
        ref_close(r);
        if (yes < 0) return REF_NULL;
        if (yes) return REF_TRUE;
    }
    task->must_cancel = true;
    REF_SETREF(task->fut.cancel_msg, ref_is_none(msg) ? REF_NULL : ref_dup(msg));
    return REF_TRUE;
}

FN(task_cancelling) {
    (void)args;
    if (!args_none(t, "cancelling", nargs, kw)) return REF_NULL;
    return ref_from_int(TASK(self)->num_cancels_requested);
}

FN(task_uncancel) {
    (void)args;
    if (!args_none(t, "uncancel", nargs, kw)) return REF_NULL;
    if (TASK(self)->num_cancels_requested > 0) TASK(self)->num_cancels_requested--;
    return ref_from_int(TASK(self)->num_cancels_requested);
}

FN(task_get_coro) {
    (void)args;
    if (!args_none(t, "get_coro", nargs, kw)) return REF_NULL;
    return ref_is_null(TASK(self)->coro) ? REF_NONE : ref_dup(TASK(self)->coro);
}

FN(task_get_name) {
    (void)args;
    if (!args_none(t, "get_name", nargs, kw)) return REF_NULL;
    return ref_is_null(TASK(self)->name) ? REF_NONE : ref_dup(TASK(self)->name);
}

FN(task_set_name) {
    if (!args_one(t, "set_name", nargs, kw)) return REF_NULL;
    Ref name = str_check_exact(args[0]) ? ref_dup(args[0]) : obj_str(t, args[0]);
    if (ref_is_null(name)) return REF_NULL;
    REF_SETREF(TASK(self)->name, name);
    return REF_NONE;
}

FN(task_set_result) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return err_set(t, &exc_RuntimeError, "Task does not support set_result operation");
}

FN(task_set_exception) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return err_set(t, &exc_RuntimeError, "Task does not support set_exception operation");
}

FN(task_get_stack) {
    static const char *const names[] = {"limit", NULL};
    const ArgSpec spec = {"get_stack", names, 0, 0};
    Ref limit;
    if (!args_parse(t, &spec, args, nargs, kw, &limit)) return REF_NULL;
    Ref helper = asyncio_attr(t, "asyncio.tasks", "_frames_of_task");
    if (ref_is_null(helper)) return REF_NULL;
    Ref r = obj_call2(t, helper, self, ref_is_null(limit) ? REF_NONE : limit);
    ref_close(helper);
    return r;
}

FN(task_print_stack) {
    static const char *const names[] = {"limit", "file", NULL};
    const ArgSpec spec = {"print_stack", names, 0, 0};
    Ref v[2];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return REF_NULL;
    Ref helper = asyncio_attr(t, "asyncio.tasks", "_print_task_frames");
    if (ref_is_null(helper)) return REF_NULL;
    Ref call_args[3] = {self, ref_is_null(v[0]) ? REF_NONE : v[0], ref_is_null(v[1]) ? REF_NONE : v[1]};
    Ref r = obj_call(t, helper, call_args, 3, NULL);
    ref_close(helper);
    return r;
}

#undef FN

static Ref get_coro(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_is_null(TASK(self)->coro) ? REF_NONE : ref_dup(TASK(self)->coro);
}
static Ref get_fut_waiter(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_is_null(TASK(self)->fut_waiter) ? REF_NONE : ref_dup(TASK(self)->fut_waiter);
}
static Ref get_must_cancel(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_from_bool(TASK(self)->must_cancel);
}
static Ref get_log_destroy_pending(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_from_bool(TASK(self)->log_destroy_pending);
}
static int set_log_destroy_pending(Thread *t, Ref self, Ref value, void *c) {
    (void)c;
    if (ref_is_null(value)) {
        err_set(t, &exc_AttributeError, "can't delete attribute");
        return -1;
    }
    int b = obj_truthy(t, value);
    if (b < 0) return -1;
    TASK(self)->log_destroy_pending = b;
    return 0;
}

static const GetSetDef task_getsets[] = {
    {"_coro", get_coro, NULL, NULL, NULL},
    {"_fut_waiter", get_fut_waiter, NULL, NULL, NULL},
    {"_must_cancel", get_must_cancel, NULL, NULL, NULL},
    {"_log_destroy_pending", get_log_destroy_pending, set_log_destroy_pending, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef task_methods[] = {
    {"cancel", task_cancel, 0, "Request that this task cancel itself."},
    {"cancelling", task_cancelling, 0, "Return the count of the task's cancellation requests."},
    {"uncancel", task_uncancel, 0, "Decrement the task's count of cancellation requests."},
    {"get_coro", task_get_coro, 0, NULL},
    {"get_name", task_get_name, 0, NULL},
    {"set_name", task_set_name, 0, NULL},
    {"set_result", task_set_result, 0, NULL},
    {"set_exception", task_set_exception, 0, NULL},
    {"get_stack", task_get_stack, 0, "Return the list of stack frames for this task's coroutine."},
    {"print_stack", task_print_stack, 0, "Print the stack or traceback of this task's coroutine."},
    {NULL, NULL, 0, NULL},
};

Type task_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_asyncio.Task",
    .tp_basicsize = sizeof(TaskObj),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_doc = "A coroutine wrapped in a Future.",
    .tp_base = &future_type,
    .tp_dealloc = future_dealloc,
    .tp_traverse = task_traverse,
    .tp_clear = task_clear,
    .tp_free = obj_free,
    .tp_finalize = task_finalize,
    .tp_weaklistoffset = offsetof(FutureObj, weakreflist),
    .tp_dictoffset = offsetof(FutureObj, dict),
    .new_ = task_tp_new,
    .init = task_init,
    .repr = task_repr,
    .methods = task_methods,
    .getsets = task_getsets,
};

/* ---- the module --------------------------------------------------------------------------- */

/* module.name = factory_module.factory(*args)[.attr] */
static int add_made(Thread *t, Object *m, const char *name, const char *factory_module,
                    const char *factory, Ref arg, const char *attr) {
    Ref fn = asyncio_attr(t, factory_module, factory);
    if (ref_is_null(fn)) return -1;
    Ref v = ref_is_null(arg) ? obj_call0(t, fn) : obj_call1(t, fn, arg);
    ref_close(fn);
    if (ref_is_null(v)) return -1;
    if (attr) {
        Ref a = obj_getattr_cstr(t, v, attr);
        ref_close(v);
        if (ref_is_null(a)) return -1;
        v = a;
    }
    int rc = module_add_ref(t, m, name, v);
    ref_close(v);
    return rc;
}

Object *asyncio_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_asyncio");
    if (!m) return NULL;
    Object *current = dict_new(t);
    int rc = current ? module_add_ref(t, m, "_current_tasks", ref_from_obj(current)) : -1;
    obj_xdecref(current);
    if (rc == 0) rc = module_add_ref(t, m, "Future", ref_immortal(&future_type));
    if (rc == 0) rc = module_add_ref(t, m, "Task", ref_immortal(&task_type));
    if (rc == 0) rc = asyncio_handle_add(t, m);
    if (rc == 0) rc = add_made(t, m, "_all_tasks", "weakref", "WeakSet", REF_NULL, NULL);
    if (rc == 0) rc = add_made(t, m, "_task_name_counter", "itertools", "count", ref_from_int(1), "__next__");
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
