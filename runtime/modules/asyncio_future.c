/* _asyncio.Future and the iterator its __await__ returns (see asyncio_core.h). */
#include "modules/asyncio_core.h"

#include "modules/modules.h"
#include "objects/container_util.h"
#include "objects/weakref.h"

Type future_type, future_iter_type;

bool future_check(Ref r) { return ref_is_obj(r) && type_is_subtype(ref_type(r), &future_type); }

Ref asyncio_attr(Thread *t, const char *module, const char *name) {
    Ref m = import_module(t, module);
    if (ref_is_null(m)) return REF_NULL;
    Ref v = obj_getattr_cstr(t, m, name);
    ref_close(m);
    return v;
}

Object *asyncio_module_dict(Thread *t) {
    Ref m = dict_get_str(t, t->interp->modules, ID(_asyncio));
    if (ref_is_null(m)) {
        if (!err_occurred(t)) err_set(t, &exc_RuntimeError, "_asyncio is not imported");
        return NULL;
    }
    Object *d = module_dict(ref_obj(m));
    ref_close(m);
    return d;
}

Ref asyncio_raise(Thread *t, const char *name, const char *msg) {
    Ref cls = asyncio_attr(t, "asyncio.exceptions", name);
    if (ref_is_null(cls)) return REF_NULL;
    Object *s = msg ? str_from_cstr(t, msg) : NULL;
    Ref exc = msg ? (s ? obj_call1(t, cls, ref_from_obj(s)) : REF_NULL) : obj_call0(t, cls);
    obj_xdecref(s);
    ref_close(cls);
    return ref_is_null(exc) ? REF_NULL : err_raise(t, exc);
}

static Ref or_none(Ref r) { return ref_is_null(r) ? REF_NONE : ref_dup(r); }

static bool check_init(Thread *t, FutureObj *f) {
    if (!ref_is_null(f->loop)) return true;
    err_set(t, &exc_RuntimeError, "Future object is not initialized.");
    return false;
}

/* The state changed: every callback goes to loop.call_soon(fn, self, context=ctx). */
static int schedule_callbacks(Thread *t, FutureObj *f) {
    Object *cbs = f->callbacks;
    if (!cbs) return 0;
    f->callbacks = NULL;
    int rc = 0;
    for (intptr_t i = 0; i < list_size(cbs) && rc == 0; i++) {
        Object *pair = ref_obj(list_items(cbs)[i]);
        rc = future_call_soon(t, f->loop, tuple_items(pair)[0], ref_from_obj(&f->ob), tuple_items(pair)[1]);
    }
    obj_decref(cbs);
    return rc;
}

int future_set_result_ref(Thread *t, FutureObj *f, Ref result) {
    if (!check_init(t, f)) return -1;
    if (f->state != FUT_PENDING) {
        asyncio_raise(t, "InvalidStateError", "invalid state");
        return -1;
    }
    REF_SETREF(f->result, ref_dup(result));
    f->state = FUT_FINISHED;
    return schedule_callbacks(t, f);
}

int future_set_exception_ref(Thread *t, FutureObj *f, Ref exc) {
    if (!check_init(t, f)) return -1;
    if (f->state != FUT_PENDING) {
        asyncio_raise(t, "InvalidStateError", "invalid state");
        return -1;
    }
    Ref value;
    if (exc_type_check(exc)) {
        value = obj_call0(t, exc);
        if (ref_is_null(value)) return -1;
        if (f->state != FUT_PENDING) {
            ref_close(value);
            asyncio_raise(t, "InvalidStateError", "invalid state");
            return -1;
        }
    } else {
        value = ref_dup(exc);
    }
    if (!exc_check(value)) {
        ref_close(value);
        err_set(t, &exc_TypeError, "invalid exception object");
        return -1;
    }
    if (ref_type(value) == &exc_StopIteration) {
        ref_close(value);
        err_set(t, &exc_TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
        return -1;
    }
    Object *tb = ((BaseExc *)ref_obj(value))->traceback;
    REF_SETREF(f->exception_tb, tb ? ref_new(tb) : REF_NULL);
    REF_SETREF(f->exception, value);
    f->state = FUT_FINISHED;
    if (schedule_callbacks(t, f) < 0) return -1;
    f->log_tb = true;
    return 0;
}

int future_cancel_ref(Thread *t, FutureObj *f, Ref msg) {
    f->log_tb = false;
    if (f->state != FUT_PENDING) return 0;
    f->state = FUT_CANCELLED;
    REF_SETREF(f->cancel_msg, ref_is_none(msg) ? REF_NULL : ref_dup(msg));
    return schedule_callbacks(t, f) < 0 ? -1 : 1;
}

int future_add_callback(Thread *t, FutureObj *f, Ref fn, Ref context) {
    if (f->state != FUT_PENDING) return future_call_soon(t, f->loop, fn, ref_from_obj(&f->ob), context);
    if (!f->callbacks && !(f->callbacks = list_new(t, 0))) return -1;
    Object *pair = tuple_pack(t, 2, fn, context);
    return pair ? list_append_steal(t, f->callbacks, ref_from_obj(pair)) : -1;
}

Ref future_make_cancelled_error(Thread *t, FutureObj *f) {
    if (!ref_is_null(f->cancelled_exc)) {
        Ref exc = f->cancelled_exc;
        f->cancelled_exc = REF_NULL;
        return exc;
    }
    Ref cls = asyncio_attr(t, "asyncio.exceptions", "CancelledError");
    if (ref_is_null(cls)) return REF_NULL;
    Ref exc = ref_is_null(f->cancel_msg) ? obj_call0(t, cls) : obj_call1(t, cls, f->cancel_msg);
    ref_close(cls);
    return exc;
}

/* Raise the stored exception with the traceback it had when it was set. */
static Ref raise_stored(Thread *t, FutureObj *f) {
    Object *tb = ref_is_null(f->exception_tb) ? NULL : ref_obj(f->exception_tb);
    if (tb) obj_incref(tb);
    exc_set_traceback(ref_obj(f->exception), tb);
    return err_raise(t, ref_dup(f->exception));
}

/* result() for await: the value (new reference), or REF_NULL with the exception. */
static Ref future_result_ref(Thread *t, FutureObj *f) {
    if (f->state == FUT_CANCELLED) {
        Ref exc = future_make_cancelled_error(t, f);
        return ref_is_null(exc) ? REF_NULL : err_raise(t, exc);
    }
    if (f->state != FUT_FINISHED) return asyncio_raise(t, "InvalidStateError", "Result is not set.");
    f->log_tb = false;
    if (!ref_is_null(f->exception)) return raise_stored(t, f);
    return or_none(f->result);
}

/* ---- construction and lifetime ---------------------------------------------------------- */

static Ref future_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    FutureObj *f = (FutureObj *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!f) return REF_NULL;
    gc_track(&f->ob);
    return ref_from_obj(&f->ob);
}

static int future_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"loop", NULL};
    const ArgSpec spec = {"Future", names, 0, 0};
    Ref loop;
    if (!args_parse(t, &spec, args, nargs, kw, &loop)) return -1;
    return future_setup(t, FUT(self), loop);
}

int future_setup(Thread *t, FutureObj *f, Ref loop) {
    future_clear(&f->ob);
    if (ref_is_null(loop) || ref_is_none(loop)) {
        Ref get = asyncio_attr(t, "asyncio.events", "_get_event_loop");
        if (ref_is_null(get)) return -1;
        loop = obj_call0(t, get);
        ref_close(get);
        if (ref_is_null(loop)) return -1;
    } else {
        loop = ref_dup(loop);
    }
    f->loop = loop;
    f->state = FUT_PENDING;
    return 0;
}

int future_traverse(Object *o, VisitFn visit, void *arg) {
    FutureObj *f = (FutureObj *)o;
    Ref refs[] = {f->loop, f->result, f->exception, f->exception_tb, f->cancel_msg, f->cancelled_exc};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (ref_is_obj(refs[i])) {
            int r = visit(ref_obj(refs[i]), arg);
            if (r) return r;
        }
    if (f->callbacks) {
        int r = visit(f->callbacks, arg);
        if (r) return r;
    }
    return f->dict ? visit(f->dict, arg) : 0;
}

int future_clear(Object *o) {
    FutureObj *f = (FutureObj *)o;
    REF_SETREF(f->loop, REF_NULL);
    OBJ_SETREF(f->callbacks, NULL);
    REF_SETREF(f->result, REF_NULL);
    REF_SETREF(f->exception, REF_NULL);
    REF_SETREF(f->exception_tb, REF_NULL);
    REF_SETREF(f->cancel_msg, REF_NULL);
    REF_SETREF(f->cancelled_exc, REF_NULL);
    OBJ_SETREF(f->dict, NULL);
    return 0;
}

int future_report(Thread *t, Ref loop, Object *ctx, const char *message, const char *key, Ref value) {
    Object *msg = str_from_cstr(t, message);
    int rc = msg && dict_set_cstr(t, ctx, "message", ref_from_obj(msg)) == 0 &&
                     dict_set_cstr(t, ctx, key, value) == 0 ? 0 : -1;
    obj_xdecref(msg);
    if (rc < 0) return -1;
    Ref r = obj_call_method(t, loop, ID(call_exception_handler), (Ref[]){ref_from_obj(ctx)}, 1);
    ref_close(r);
    return ref_is_null(r) ? -1 : 0;
}

/* An exception nobody retrieved goes to the loop's exception handler, as CPython's
 * "Future exception was never retrieved". */
void future_finalize(Object *o) {
    FutureObj *f = (FutureObj *)o;
    Thread *t = thread_current();
    if (!t || !f->log_tb || ref_is_null(f->loop)) return;
    f->log_tb = false;
    Ref saved = err_fetch(t);
    Object *ctx = dict_new(t);
    Object *msg = ctx ? str_from_format(t, "%s exception was never retrieved", type_name(o->ob_type)) : NULL;
    if (msg && dict_set_cstr(t, ctx, "exception", f->exception) == 0)
        future_report(t, f->loop, ctx, str_utf8_lossy(msg), "future", ref_from_obj(o));
    obj_xdecref(msg);
    obj_xdecref(ctx);
    if (err_occurred(t)) err_write_unraisable(t, ref_from_obj(o));
    err_restore(t, saved);
}

void future_dealloc(Object *o) {
    if (gc_finalize_from_dealloc(o)) return;
    gc_untrack(o);
    if (((FutureObj *)o)->weakreflist) weakref_clear_refs(o);
    o->ob_type->tp_clear(o);
    o->ob_type->tp_free(o);
}

/* ---- methods -------------------------------------------------------------------------- */

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

FN(fut_result) {
    (void)args;
    if (!args_none(t, "result", nargs, kw)) return REF_NULL;
    return future_result_ref(t, FUT(self));
}

FN(fut_exception) {
    (void)args;
    if (!args_none(t, "exception", nargs, kw) || !check_init(t, FUT(self))) return REF_NULL;
    FutureObj *f = FUT(self);
    if (f->state == FUT_CANCELLED) {
        Ref exc = future_make_cancelled_error(t, f);
        return ref_is_null(exc) ? REF_NULL : err_raise(t, exc);
    }
    if (f->state != FUT_FINISHED) return asyncio_raise(t, "InvalidStateError", "Exception is not set.");
    f->log_tb = false;
    return or_none(f->exception);
}

FN(fut_set_result) {
    if (!args_one(t, "set_result", nargs, kw)) return REF_NULL;
    return future_set_result_ref(t, FUT(self), args[0]) < 0 ? REF_NULL : REF_NONE;
}

FN(fut_set_exception) {
    if (!args_one(t, "set_exception", nargs, kw)) return REF_NULL;
    return future_set_exception_ref(t, FUT(self), args[0]) < 0 ? REF_NULL : REF_NONE;
}

FN(fut_add_done_callback) {
    static const char *const names[] = {"", "context", NULL};
    const ArgSpec spec = {"add_done_callback", names, 1, 1};
    Ref v[2];
    if (!args_parse(t, &spec, args, nargs, kw, v) || !check_init(t, FUT(self))) return REF_NULL;
    FutureObj *f = FUT(self);
    Ref ctx = v[1];
    int rc;
    if (f->state == FUT_PENDING && (ref_is_null(ctx) || ref_is_none(ctx))) {
        Object *copy = contextvars_copy_current(t);
        if (!copy) return REF_NULL;
        rc = future_add_callback(t, f, v[0], ref_from_obj(copy));
        obj_decref(copy);
    } else {
        rc = future_add_callback(t, f, v[0], ref_is_null(ctx) ? REF_NONE : ctx);
    }
    return rc < 0 ? REF_NULL : REF_NONE;
}

FN(fut_remove_done_callback) {
    if (!args_one(t, "remove_done_callback", nargs, kw) || !check_init(t, FUT(self))) return REF_NULL;
    FutureObj *f = FUT(self);
    if (!f->callbacks) return ref_from_int(0);
    Object *kept = list_new(t, 0);
    if (!kept) return REF_NULL;
    Object *cbs = f->callbacks;
    obj_incref(cbs);
    intptr_t removed = 0;
    for (intptr_t i = 0; i < list_size(cbs); i++) {
        Ref pair = ref_dup(list_items(cbs)[i]);
        int eq = obj_eq(t, tuple_items(ref_obj(pair))[0], args[0]);
        if (eq == 0) eq = list_append(t, kept, pair) < 0 ? -1 : 0;
        else if (eq > 0) removed++;
        ref_close(pair);
        if (eq < 0) {
            obj_decref(cbs);
            obj_decref(kept);
            return REF_NULL;
        }
    }
    obj_decref(cbs);
    if (removed) OBJ_SETREF(f->callbacks, list_size(kept) ? kept : (obj_decref(kept), NULL));
    else obj_decref(kept);
    return ref_from_int(removed);
}

FN(fut_cancel) {
    static const char *const names[] = {"msg", NULL};
    const ArgSpec spec = {"cancel", names, 0, -1};
    Ref msg;
    if (!args_parse(t, &spec, args, nargs, kw, &msg) || !check_init(t, FUT(self))) return REF_NULL;
    int rc = future_cancel_ref(t, FUT(self), ref_is_null(msg) ? REF_NONE : msg);
    return rc < 0 ? REF_NULL : ref_from_bool(rc);
}

FN(fut_cancelled) {
    (void)args;
    if (!args_none(t, "cancelled", nargs, kw)) return REF_NULL;
    return ref_from_bool(FUT(self)->state == FUT_CANCELLED);
}

FN(fut_done) {
    (void)args;
    if (!args_none(t, "done", nargs, kw)) return REF_NULL;
    return ref_from_bool(FUT(self)->state != FUT_PENDING);
}

FN(fut_get_loop) {
    (void)args;
    if (!args_none(t, "get_loop", nargs, kw) || !check_init(t, FUT(self))) return REF_NULL;
    return ref_dup(FUT(self)->loop);
}

FN(fut_make_cancelled_error) {
    (void)args;
    if (!args_none(t, "_make_cancelled_error", nargs, kw)) return REF_NULL;
    return future_make_cancelled_error(t, FUT(self));
}

FN(fut_del) {
    (void)args;
    if (!args_none(t, "__del__", nargs, kw)) return REF_NULL;
    /* the C finalizer of the built-in base: a subclass's tp_finalize calls __del__ */
    Type *base = ref_type(self);
    while (type_has_flag(base, TPFLAG_HEAPTYPE)) base = base->tp_base;
    base->tp_finalize(ref_obj(self));
    return REF_NONE;
}

FN(fut_class_getitem) {
    if (!args_one(t, "__class_getitem__", nargs, kw)) return REF_NULL;
    return generic_alias_new(t, self, args[0]);
}

static Ref future_repr(Thread *t, Ref self) {
    Ref helper = asyncio_attr(t, "asyncio.futures", "_future_repr");
    if (ref_is_null(helper)) return REF_NULL;
    Ref r = obj_call1(t, helper, self);
    ref_close(helper);
    return r;
}

/* ---- the iterator of __await__ ---------------------------------------------------------- */

typedef struct FutureIter {
    Object ob;
    Object *future;          /* NULL once finished */
} FutureIter;

static Ref future_await(Thread *t, Ref self) {
    if (!check_init(t, FUT(self))) return REF_NULL;
    FutureIter *it = (FutureIter *)obj_alloc(t, &future_iter_type, sizeof(FutureIter));
    if (!it) return REF_NULL;
    it->future = ref_obj(self);
    obj_incref(it->future);
    gc_track(&it->ob);
    return ref_from_obj(&it->ob);
}

FN(fut_await_method) {
    (void)args;
    if (!args_none(t, "__await__", nargs, kw)) return REF_NULL;
    return future_await(t, self);
}

/* Yields the future while it is pending (the task then waits on it), then returns its
 * result: a StopIteration carrying the value, or nothing for None. */
static Ref future_iter_next(Thread *t, Ref self) {
    FutureIter *it = (FutureIter *)ref_obj(self);
    FutureObj *f = (FutureObj *)it->future;
    if (!f) return REF_NULL;
    if (f->state == FUT_PENDING) {
        if (!f->blocking) {
            f->blocking = true;
            return ref_new(&f->ob);
        }
        return err_set(t, &exc_RuntimeError, "await wasn't used with future");
    }
    it->future = NULL;
    Ref r = future_result_ref(t, f);
    obj_decref(&f->ob);
    if (ref_is_null(r) || ref_is_none(r)) return REF_NULL;
    Ref stop = exc_stop_iteration_new(t, r);
    ref_close(r);
    return ref_is_null(stop) ? REF_NULL : err_raise(t, stop);
}

FN(fut_iter_send) {
    (void)args;   /* the value sent is ignored: awaiting only wants the result */
    if (!args_one(t, "send", nargs, kw)) return REF_NULL;
    Ref r = future_iter_next(t, self);
    if (ref_is_null(r) && !err_occurred(t)) err_set_value(t, &exc_StopIteration, REF_NULL);
    return r;
}

FN(fut_iter_throw) {
    if (!args_no_kw(t, "throw", kw) || !args_count(t, "throw", nargs, NULL, 1, 3)) return REF_NULL;
    Ref typ = args[0], val = nargs > 1 ? args[1] : REF_NONE, tb = nargs > 2 ? args[2] : REF_NONE;
    if (!ref_is_none(tb) && ref_type(tb) != &traceback_type)
        return err_set(t, &exc_TypeError, "throw() third argument must be a traceback");
    Ref exc;
    if (exc_type_check(typ)) {
        exc = ref_is_none(val) ? obj_call0(t, typ) : obj_call1(t, typ, val);
        if (ref_is_null(exc)) return REF_NULL;
    } else if (exc_check(typ)) {
        if (!ref_is_none(val))
            return err_set(t, &exc_TypeError, "instance exception may not have a separate value");
        exc = ref_dup(typ);
    } else {
        return err_set(t, &exc_TypeError, "exceptions must be classes deriving BaseException");
    }
    if (!ref_is_none(tb)) {
        obj_incref(ref_obj(tb));
        exc_set_traceback(ref_obj(exc), ref_obj(tb));
    }
    FutureIter *it = (FutureIter *)ref_obj(self);
    OBJ_SETREF(it->future, NULL);
    return err_raise(t, exc);
}

FN(fut_iter_close) {
    (void)args;
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    OBJ_SETREF(((FutureIter *)ref_obj(self))->future, NULL);
    return REF_NONE;
}

static int future_iter_traverse(Object *o, VisitFn visit, void *arg) {
    Object *f = ((FutureIter *)o)->future;
    return f ? visit(f, arg) : 0;
}

static int future_iter_clear(Object *o) {
    OBJ_SETREF(((FutureIter *)o)->future, NULL);
    return 0;
}

static void future_iter_dealloc(Object *o) {
    gc_untrack(o);
    future_iter_clear(o);
    o->ob_type->tp_free(o);
}

static const MethodDef future_iter_methods[] = {
    {"send", fut_iter_send, 0, NULL},
    {"throw", fut_iter_throw, 0, NULL},
    {"close", fut_iter_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type future_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_asyncio.FutureIter",
    .tp_basicsize = sizeof(FutureIter),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = future_iter_dealloc,
    .tp_traverse = future_iter_traverse,
    .tp_clear = future_iter_clear,
    .tp_free = obj_free,
    .iter = cu_self_iter,
    .iternext = future_iter_next,
    .methods = future_iter_methods,
};

/* ---- attributes ------------------------------------------------------------------------- */

#define GET(name) static Ref name(Thread *t, Ref self, void *closure)

GET(get_state) {
    (void)closure;
    static const char *const names[] = {"PENDING", "CANCELLED", "FINISHED"};
    Object *s = str_from_cstr(t, names[FUT(self)->state]);
    return s ? ref_from_obj(s) : REF_NULL;
}
GET(get_result) { (void)t, (void)closure; return or_none(FUT(self)->result); }
GET(get_exception) { (void)t, (void)closure; return or_none(FUT(self)->exception); }
GET(get_loop_attr) { (void)t, (void)closure; return or_none(FUT(self)->loop); }
GET(get_source_traceback) { (void)t, (void)self, (void)closure; return REF_NONE; }
GET(get_cancel_message) { (void)t, (void)closure; return or_none(FUT(self)->cancel_msg); }
GET(get_blocking) { (void)t, (void)closure; return ref_from_bool(FUT(self)->blocking); }
GET(get_log_traceback) { (void)t, (void)closure; return ref_from_bool(FUT(self)->log_tb); }

GET(get_callbacks) {
    (void)closure;
    Object *cbs = FUT(self)->callbacks;
    if (!cbs || list_size(cbs) == 0) return REF_NONE;
    Object *copy = list_from_array(t, list_items(cbs), list_size(cbs));
    return copy ? ref_from_obj(copy) : REF_NULL;
}

GET(get_dict) {
    (void)closure;
    Object *d = object_get_dict(t, self);
    return d ? ref_new(d) : REF_NULL;
}

static bool no_delete(Thread *t, Ref value) {
    if (!ref_is_null(value)) return true;
    err_set(t, &exc_AttributeError, "cannot delete attribute");
    return false;
}

static int set_blocking(Thread *t, Ref self, Ref value, void *closure) {
    (void)closure;
    if (!no_delete(t, value)) return -1;
    int b = obj_truthy(t, value);
    if (b < 0) return -1;
    FUT(self)->blocking = b;
    return 0;
}

static int set_log_traceback(Thread *t, Ref self, Ref value, void *closure) {
    (void)closure;
    if (!no_delete(t, value)) return -1;
    int b = obj_truthy(t, value);
    if (b < 0) return -1;
    if (b) {
        err_set(t, &exc_ValueError, "_log_traceback can only be set to False");
        return -1;
    }
    FUT(self)->log_tb = false;
    return 0;
}

static int set_cancel_message(Thread *t, Ref self, Ref value, void *closure) {
    (void)closure;
    if (!no_delete(t, value)) return -1;
    REF_SETREF(FUT(self)->cancel_msg, ref_is_none(value) ? REF_NULL : ref_dup(value));
    return 0;
}

#undef GET

static const GetSetDef future_getsets[] = {
    {"_state", get_state, NULL, NULL, NULL},
    {"_result", get_result, NULL, NULL, NULL},
    {"_exception", get_exception, NULL, NULL, NULL},
    {"_loop", get_loop_attr, NULL, NULL, NULL},
    {"_callbacks", get_callbacks, NULL, NULL, NULL},
    {"_source_traceback", get_source_traceback, NULL, NULL, NULL},
    {"_cancel_message", get_cancel_message, set_cancel_message, NULL, NULL},
    {"_asyncio_future_blocking", get_blocking, set_blocking, NULL, NULL},
    {"_log_traceback", get_log_traceback, set_log_traceback, NULL, NULL},
    {"__dict__", get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MethodDef future_methods[] = {
    {"result", fut_result, 0, "Return the result this future represents."},
    {"exception", fut_exception, 0, "Return the exception that was set on this future."},
    {"set_result", fut_set_result, 0, "Mark the future done and set its result."},
    {"set_exception", fut_set_exception, 0, "Mark the future done and set an exception."},
    {"add_done_callback", fut_add_done_callback, 0, "Add a callback to be run when the future becomes done."},
    {"remove_done_callback", fut_remove_done_callback, 0, "Remove all instances of a callback from the \"call when done\" list."},
    {"cancel", fut_cancel, 0, "Cancel the future and schedule callbacks."},
    {"cancelled", fut_cancelled, 0, "Return True if the future was cancelled."},
    {"done", fut_done, 0, "Return True if the future is done."},
    {"get_loop", fut_get_loop, 0, "Return the event loop the Future is bound to."},
    {"_make_cancelled_error", fut_make_cancelled_error, 0, NULL},
    {"__await__", fut_await_method, 0, NULL},
    {"__iter__", fut_await_method, 0, NULL},
    {"__del__", fut_del, 0, NULL},
    {"__class_getitem__", fut_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

#undef FN

Type future_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_asyncio.Future",
    .tp_basicsize = sizeof(FutureObj),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_doc = "This class is *almost* compatible with concurrent.futures.Future.",
    .tp_dealloc = future_dealloc,
    .tp_traverse = future_traverse,
    .tp_clear = future_clear,
    .tp_free = obj_free,
    .tp_finalize = future_finalize,
    .tp_weaklistoffset = offsetof(FutureObj, weakreflist),
    .tp_dictoffset = offsetof(FutureObj, dict),
    .new_ = future_tp_new,
    .init = future_init,
    .repr = future_repr,
    .iter = future_await,
    .await_ = future_await,
    .methods = future_methods,
    .getsets = future_getsets,
};
