/* asyncio.events.Handle: a callback the event loop runs once, in a context.
 *
 * CPython keeps Handle in Python; here it is C because every task step is one: when the
 * loop's call_soon is BaseEventLoop's own (events.py registers that function as
 * _asyncio._stock_call_soon), future_call_soon builds the handle and appends it to the
 * loop's ready queue itself, and _asyncio._run_ready runs the queue without a Python
 * frame per callback. TimerHandle stays a Python subclass. The cold parts (the repr,
 * reporting a callback that raised) are Python helpers in asyncio.events. */
#include "modules/asyncio_core.h"

#include "modules/modules.h"
#include "objects/weakref.h"

typedef struct HandleObj {
    Object ob;
    Object *weakreflist;
    Ref callback;       /* None once cancelled */
    Ref args;           /* a tuple; None once cancelled */
    Ref loop;
    Ref context;
    Ref repr;           /* _repr: a fixed repr, or None */
    bool cancelled;
} HandleObj;

#define HANDLE(r) ((HandleObj *)ref_obj(r))

Type handle_type;

static HandleObj *handle_alloc(Thread *t, Type *type) {
    HandleObj *h = (HandleObj *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!h) return NULL;
    h->callback = h->args = h->loop = h->context = h->repr = REF_NONE;
    gc_track(&h->ob);
    return h;
}

/* Fills a fresh handle; context None: a copy of the current context. */
static int handle_setup(Thread *t, HandleObj *h, Ref callback, Ref args, Ref loop, Ref context) {
    if (ref_is_none(context)) {
        Object *ctx = contextvars_copy_current(t);
        if (!ctx) return -1;
        REF_SETREF(h->context, ref_from_obj(ctx));
    } else {
        REF_SETREF(h->context, ref_dup(context));
    }
    REF_SETREF(h->callback, ref_dup(callback));
    REF_SETREF(h->args, ref_dup(args));
    REF_SETREF(h->loop, ref_dup(loop));
    REF_SETREF(h->repr, REF_NONE);
    h->cancelled = false;
    return 0;
}

static Ref handle_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    (void)args, (void)nargs, (void)kw;
    HandleObj *h = handle_alloc(t, type);
    return h ? ref_from_obj(&h->ob) : REF_NULL;
}

static int handle_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"callback", "args", "loop", "context", NULL};
    const ArgSpec spec = {"Handle", names, 3, -1};
    Ref v[4];
    if (!args_parse(t, &spec, args, nargs, kw, v)) return -1;
    return handle_setup(t, HANDLE(self), v[0], v[1], v[2], ref_is_null(v[3]) ? REF_NONE : v[3]);
}

/* loop.call_soon's work when the loop's call_soon is the stock one: 1 done, 0 the loop
 * needs its own call_soon (another implementation, closed, or in debug mode), -1 error. */
static int stock_call_soon(Thread *t, Ref loop, Ref fn, Ref arg, Ref context) {
    Object *mod = asyncio_module_dict(t);
    if (!mod) return -1;
    Ref stock = dict_get_str(t, mod, ID(_stock_call_soon));
    Ref mine = type_lookup(ref_type(loop), ID(call_soon));
    bool same = !ref_is_null(stock) && ref_is(stock, mine);
    ref_close(stock);
    if (!same) return err_occurred(t) ? -1 : 0;
    Ref closed = obj_getattr(t, loop, ID(_closed));
    if (ref_is_null(closed)) return -1;
    Ref debug = obj_getattr(t, loop, ID(_debug));
    bool plain = ref_is(closed, REF_FALSE) && ref_is(debug, REF_FALSE);
    ref_close(closed);
    if (ref_is_null(debug)) return -1;
    ref_close(debug);
    if (!plain) return 0;
    Object *args = ref_is_null(arg) ? tuple_new(t, 0) : tuple_pack(t, 1, arg);
    HandleObj *h = args ? handle_alloc(t, &handle_type) : NULL;
    int rc = h ? handle_setup(t, h, fn, ref_from_obj(args), loop, context) : -1;
    obj_xdecref(args);
    Ref ready = rc == 0 ? obj_getattr(t, loop, ID(_ready)) : REF_NULL;
    Ref handle = h ? ref_from_obj(&h->ob) : REF_NULL;
    Ref r = ref_is_null(ready) ? REF_NULL : obj_call_method(t, ready, ID(append), &handle, 1);
    ref_close(ready);
    ref_close(handle);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 1;
}

int future_call_soon(Thread *t, Ref loop, Ref fn, Ref arg, Ref context) {
    if (ref_is_null(context)) context = REF_NONE;
    int done = stock_call_soon(t, loop, fn, arg, context);
    if (done) return done < 0 ? -1 : 0;
    Object *kwnames = tuple_pack(t, 1, ref_from_obj(ID(context)));
    if (!kwnames) return -1;
    Ref args[3] = {fn, arg, context};
    Ref r;
    if (ref_is_null(arg)) {
        args[1] = args[2];
        r = obj_call_method_kw(t, loop, ID(call_soon), args, 1, kwnames);
    } else {
        r = obj_call_method_kw(t, loop, ID(call_soon), args, 2, kwnames);
    }
    obj_decref(kwnames);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

/* ---- running -------------------------------------------------------------------------- */

/* self._context.run(self._callback, *self._args): the callback's result or REF_NULL. */
static Ref handle_call(Thread *t, HandleObj *h) {
    if (ref_is_null(h->callback) || ref_is_null(h->args) || ref_is_null(h->context))
        return err_set(t, &exc_AttributeError, "Handle is missing its callback, args or context");
    Object *args;
    if (tuple_check(h->args)) obj_incref(args = ref_obj(h->args));
    else args = tuple_from_iterable(t, h->args);
    if (!args) return REF_NULL;
    size_t n = (size_t)tuple_size(args);
    Ref r;
    if (contextvars_is_context(h->context)) {
        r = contextvars_run(t, h->context, h->callback, tuple_items(args), n);
    } else {
        Ref small[8];
        Ref *argv = n < 8 ? small : mem_alloc(t, (n + 1) * sizeof(Ref));
        if (argv) {
            argv[0] = h->callback;
            memcpy(argv + 1, tuple_items(args), n * sizeof(Ref));
            r = obj_call_method(t, h->context, ID(run), argv, n + 1);
            if (argv != small) mem_free(argv);
        } else {
            r = REF_NULL;
        }
    }
    obj_decref(args);
    return r;
}

/* Runs the callback; an exception goes to the loop's exception handler, except
 * SystemExit and KeyboardInterrupt, which propagate (-1). */
static int handle_run(Thread *t, HandleObj *h) {
    obj_incref(&h->ob);
    Ref r = handle_call(t, h);
    int rc = 0;
    if (ref_is_null(r)) {
        if (err_matches(t, &exc_SystemExit) || err_matches(t, &exc_KeyboardInterrupt)) {
            rc = -1;
        } else {
            Ref exc = err_fetch(t);
            Ref report = asyncio_attr(t, "asyncio.events", "_handle_report");
            Ref done = ref_is_null(report) ? REF_NULL : obj_call2(t, report, ref_from_obj(&h->ob), exc);
            ref_close(report);
            ref_close(exc);
            rc = ref_is_null(done) ? -1 : 0;
            ref_close(done);
        }
    }
    ref_close(r);
    obj_decref(&h->ob);
    return rc;
}

/* _asyncio._run_ready(ready): pops and runs the handles in the deque `ready` now (not
 * those the callbacks add), skipping cancelled ones: BaseEventLoop._run_once's inner
 * loop. */
static Ref run_ready(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    if (!args_one(t, "_run_ready", nargs, kw)) return REF_NULL;
    Ref ready = args[0];
    intptr_t n = obj_len(t, ready);
    if (n < 0) return REF_NULL;
    for (intptr_t i = 0; i < n; i++) {
        Ref handle = obj_call_method(t, ready, ID(popleft), NULL, 0);
        if (ref_is_null(handle)) return REF_NULL;
        int rc = 0;
        if (ref_type(handle) == &handle_type) {
            if (!HANDLE(handle)->cancelled) rc = handle_run(t, HANDLE(handle));
        } else {
            Ref cancelled = obj_getattr_cstr(t, handle, "_cancelled");
            int yes = ref_is_null(cancelled) ? -1 : obj_truthy(t, cancelled);
            ref_close(cancelled);
            Ref r = yes == 0 ? obj_call_method(t, handle, ID(_run), NULL, 0) : REF_NULL;
            rc = yes < 0 || (yes == 0 && ref_is_null(r)) ? -1 : 0;
            ref_close(r);
        }
        ref_close(handle);
        if (rc < 0) return REF_NULL;
    }
    return REF_NONE;
}

static const MethodDef run_ready_def = {"_run_ready", run_ready, 0, NULL};

int asyncio_handle_add(Thread *t, Object *m) {
    Object *fn = cfunction_new(t, &run_ready_def, REF_NULL, NULL);
    if (!fn) return -1;
    int rc = module_add_ref(t, m, "_run_ready", ref_from_obj(fn));
    obj_decref(fn);
    if (rc == 0) rc = module_add_ref(t, m, "Handle", ref_immortal(&handle_type));
    return rc;
}

/* ---- methods and lifetime ----------------------------------------------------------------- */

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

FN(handle_cancel) {
    (void)args;
    if (!args_none(t, "cancel", nargs, kw)) return REF_NULL;
    HandleObj *h = HANDLE(self);
    if (!h->cancelled) {
        h->cancelled = true;
        REF_SETREF(h->callback, REF_NONE);
        REF_SETREF(h->args, REF_NONE);
    }
    return REF_NONE;
}

FN(handle_cancelled) {
    (void)args;
    if (!args_none(t, "cancelled", nargs, kw)) return REF_NULL;
    return ref_from_bool(HANDLE(self)->cancelled);
}

FN(handle_run_meth) {
    (void)args;
    if (!args_none(t, "_run", nargs, kw)) return REF_NULL;
    return handle_run(t, HANDLE(self)) < 0 ? REF_NULL : REF_NONE;
}

FN(handle_repr_info) {
    (void)args;
    if (!args_none(t, "_repr_info", nargs, kw)) return REF_NULL;
    Ref helper = asyncio_attr(t, "asyncio.events", "_handle_repr_info");
    if (ref_is_null(helper)) return REF_NULL;
    Ref r = obj_call1(t, helper, self);
    ref_close(helper);
    return r;
}

#undef FN

static Ref handle_repr(Thread *t, Ref self) {
    if (!ref_is_none(HANDLE(self)->repr) && !ref_is_null(HANDLE(self)->repr)) return ref_dup(HANDLE(self)->repr);
    Ref helper = asyncio_attr(t, "asyncio.events", "_handle_repr");
    if (ref_is_null(helper)) return REF_NULL;
    Ref r = obj_call1(t, helper, self);
    ref_close(helper);
    return r;
}

static int handle_traverse(Object *o, VisitFn visit, void *arg) {
    HandleObj *h = (HandleObj *)o;
    Ref refs[] = {h->callback, h->args, h->loop, h->context, h->repr};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (ref_is_obj(refs[i])) {
            int r = visit(ref_obj(refs[i]), arg);
            if (r) return r;
        }
    return 0;
}

static int handle_clear(Object *o) {
    HandleObj *h = (HandleObj *)o;
    REF_SETREF(h->callback, REF_NONE);
    REF_SETREF(h->args, REF_NONE);
    REF_SETREF(h->loop, REF_NONE);
    REF_SETREF(h->context, REF_NONE);
    REF_SETREF(h->repr, REF_NONE);
    return 0;
}

static void handle_dealloc(Object *o) {
    gc_untrack(o);
    if (((HandleObj *)o)->weakreflist) weakref_clear_refs(o);
    handle_clear(o);
    o->ob_type->tp_free(o);
}

static const MethodDef handle_methods[] = {
    {"cancel", handle_cancel, 0, NULL},
    {"cancelled", handle_cancelled, 0, NULL},
    {"_run", handle_run_meth, 0, NULL},
    {"_repr_info", handle_repr_info, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MemberDef handle_members[] = {
    {"_callback", MEMBER_T_REF, offsetof(HandleObj, callback), 0, NULL},
    {"_args", MEMBER_T_REF, offsetof(HandleObj, args), 0, NULL},
    {"_loop", MEMBER_T_REF, offsetof(HandleObj, loop), 0, NULL},
    {"_context", MEMBER_T_REF, offsetof(HandleObj, context), 0, NULL},
    {"_repr", MEMBER_T_REF, offsetof(HandleObj, repr), 0, NULL},
    {"_cancelled", MEMBER_T_BOOL, offsetof(HandleObj, cancelled), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

Type handle_type = {
    TYPE_HEAD_INIT,
    .tp_name = "asyncio.events.Handle",
    .tp_basicsize = sizeof(HandleObj),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_doc = "Object returned by callback registration methods.",
    .tp_dealloc = handle_dealloc,
    .tp_traverse = handle_traverse,
    .tp_clear = handle_clear,
    .tp_free = obj_free,
    .tp_weaklistoffset = offsetof(HandleObj, weakreflist),
    .new_ = handle_tp_new,
    .init = handle_init,
    .repr = handle_repr,
    .methods = handle_methods,
    .members = handle_members,
};
