/* The awaitable that anext(aiterator, default) returns.
 *
 * It drives the iterator of the awaitable that __anext__() gave, passing every value and
 * exception through, except that StopAsyncIteration coming out of it becomes
 * StopIteration(default): `await anext(it, default)` then evaluates to `default`.
 * The inner iterator is fetched on first use, so the awaitable can be created and
 * dropped without touching __anext__'s result.
 */
#include "spry.h"
#include "vm/anext_awaitable.h"
#include "vm/vm.h"

typedef struct AnextAwaitable {
    Object ob;
    Ref wrapped;       /* what __anext__() returned */
    Ref dflt;
    Ref iter;          /* wrapped's await iterator once started, else REF_NULL */
} AnextAwaitable;

#define ANEXT(self) ((AnextAwaitable *)ref_obj(self))

Ref anext_awaitable_new(Thread *t, Ref wrapped, Ref dflt) {
    AnextAwaitable *a = (AnextAwaitable *)obj_alloc(t, &anext_awaitable_type, sizeof(AnextAwaitable));
    if (a == NULL)
        return REF_NULL;
    a->wrapped = ref_dup(wrapped);
    a->dflt = ref_dup(dflt);
    a->iter = REF_NULL;
    gc_track(&a->ob);
    return ref_from_obj(&a->ob);
}

static Ref inner_iter(Thread *t, AnextAwaitable *a) {
    if (ref_is_null(a->iter))
        a->iter = eval_get_awaitable(t, a->wrapped, 0);
    return a->iter;
}

/* Passes r through; the end of the async iteration becomes StopIteration(default). */
static Ref filter_result(Thread *t, AnextAwaitable *a, Ref r) {
    if (ref_is_null(r) && err_matches(t, &exc_StopAsyncIteration)) {
        err_clear(t);
        Ref e = exc_stop_iteration_new(t, a->dflt);
        if (!ref_is_null(e))
            err_raise(t, e);
    }
    return r;
}

/* send/throw/close: forwarded to the inner iterator's method of the same name. */
static Ref forward(Thread *t, Ref self, Object *name, const Ref *args, size_t nargs) {
    AnextAwaitable *a = ANEXT(self);
    Ref it = inner_iter(t, a);
    if (ref_is_null(it))
        return REF_NULL;
    return filter_result(t, a, obj_call_method(t, it, name, args, nargs));
}

/* A coroutine is its own await iterator but has no __next__: it is sent None instead. */
static Ref anext_iternext(Thread *t, Ref self) {
    AnextAwaitable *a = ANEXT(self);
    Ref it = inner_iter(t, a);
    if (ref_is_null(it))
        return REF_NULL;
    IterNextFn next = ref_type(it)->iternext;
    if (next == NULL) {
        Ref none = REF_NONE;
        return forward(t, self, ID(send), &none, 1);
    }
    return filter_result(t, a, next(t, it));
}

static Ref anext_m_send(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "send", nargs, kwnames))
        return REF_NULL;
    return forward(t, self, ID(send), args, nargs);
}

static Ref anext_m_throw(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_count(t, "throw", nargs, kwnames, 1, 3))
        return REF_NULL;
    return forward(t, self, ID(throw), args, nargs);
}

static Ref anext_m_close(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "close", nargs, kwnames))
        return REF_NULL;
    return forward(t, self, ID(close), args, nargs);
}

static Ref anext_iter_self(Thread *t, Ref self) { return ref_dup(self); }

static void anext_dealloc(Object *o) {
    AnextAwaitable *a = (AnextAwaitable *)o;
    gc_untrack(o);
    ref_close(a->wrapped);
    ref_close(a->dflt);
    ref_close(a->iter);
    anext_awaitable_type.tp_free(o);
}

static int visit_ref(Ref r, VisitFn visit, void *arg) {
    return ref_is_obj(r) && !ref_is_borrowed(r) ? visit(ref_obj(r), arg) : 0;
}

static int anext_traverse(Object *o, VisitFn visit, void *arg) {
    AnextAwaitable *a = (AnextAwaitable *)o;
    int r = visit_ref(a->wrapped, visit, arg);
    if (r == 0)
        r = visit_ref(a->dflt, visit, arg);
    if (r == 0 && !ref_is_null(a->iter))
        r = visit_ref(a->iter, visit, arg);
    return r;
}

static const MethodDef anext_methods[] = {
    {"send", anext_m_send, 0, NULL},
    {"throw", anext_m_throw, 0, NULL},
    {"close", anext_m_close, 0, NULL},
    {NULL},
};

Type anext_awaitable_type = {
    TYPE_HEAD_INIT,
    .tp_name = "anext_awaitable",
    .tp_basicsize = sizeof(AnextAwaitable),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = anext_dealloc,
    .tp_traverse = anext_traverse,
    .tp_free = obj_free,
    .getattro = object_generic_getattr,
    .await_ = anext_iter_self,
    .iter = anext_iter_self,
    .iternext = anext_iternext,
    .methods = anext_methods,
};
