/* Generators, coroutines and async generators: objects that own a suspended frame.
 *
 * RETURN_GENERATOR moves the function's fresh frame into the object (GEN_FRAME); each
 * send pushes the value onto that frame's stack and runs it with eval_frame_ex until it
 * yields (frame FRAME_SUSPENDED) or finishes (FRAME_COMPLETED). While it runs, the
 * object's exc_state is linked into t->exc_info so `except` blocks inside the generator
 * see their own handled exception across yields.
 *
 * Also here: the coroutine wrapper returned by coroutine.__await__, and the awaitables
 * of async generators (asend / athrow) with the wrapped values ASYNC_GEN_WRAP makes.
 */
#include "spry.h"
#include "vm/frame.h"
#include "vm/trace.h"
#include "vm/vm.h"
#include "opcode_ids.h"
#include "objects/weakref.h"
#include "modules/warnings.h"

enum { KIND_GEN, KIND_CORO, KIND_ASYNC_GEN };

static int gen_kind(Object *g) {
    return g->ob_type == &coroutine_type ? KIND_CORO
         : g->ob_type == &async_generator_type ? KIND_ASYNC_GEN : KIND_GEN;
}

static const char *const kind_noun[] = {"generator", "coroutine", "async generator"};

bool gen_check(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &generator_type; }
bool coro_check(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &coroutine_type; }
bool async_gen_check(Ref r) {
    return ref_is_obj(r) && ref_obj(r)->ob_type == &async_generator_type;
}

/* Raises type() with no arguments. */
static Ref raise_plain(Thread *t, Type *type) {
    Ref e = exc_new(t, type, NULL, 0);
    if (!ref_is_null(e))
        err_raise(t, e);
    return REF_NULL;
}

/* StopIteration carrying a generator's return value (none for None). */
static Ref raise_stop_iteration(Thread *t, Ref value) {
    if (ref_is_null(value) || ref_is_none(value))
        return raise_plain(t, &exc_StopIteration);
    Ref e = exc_stop_iteration_new(t, value);
    if (!ref_is_null(e))
        err_raise(t, e);
    return REF_NULL;
}

Object *gen_new_from_frame(Thread *t, Frame *frame) {
    Code *co = frame->code;
    Type *type = (co->flags & CO_COROUTINE) ? &coroutine_type
               : (co->flags & CO_ASYNC_GENERATOR) ? &async_generator_type : &generator_type;
    size_t words = frame_size_words(co);
    Gen *g = (Gen *)obj_alloc(t, type, sizeof(Gen) + words * sizeof(Ref));
    if (g == NULL)
        return NULL;
    obj_incref(&co->ob.ob_base);
    g->code = &co->ob.ob_base;
    Function *fn = frame->func ? FUNCTION(frame->func) : NULL;
    g->name = fn ? fn->name : co->name;
    g->qualname = fn ? fn->qualname : co->qualname ? co->qualname : co->name;
    obj_incref(g->name);
    obj_incref(g->qualname);
    g->exc_state.exc = REF_NULL;
    g->exc_state.prev = NULL;
    g->ag_finalizer = REF_NULL;

    /* The new frame takes the header references (duplicated) and the slots (moved): the
     * old one is finished by RETURN_FROM_FRAME with nothing left to release. */
    Frame *gf = GEN_FRAME(g);
    *gf = *frame;
    if (gf->func)
        obj_incref(gf->func);
    obj_incref(&co->ob.ob_base);
    if (gf->globals)
        obj_incref(gf->globals);
    if (gf->builtins)
        obj_incref(gf->builtins);
    gf->locals = ref_dup(frame->locals);
    for (int i = 0; i < co->nlocalsplus; i++) {
        gf->localsplus[i] = frame->localsplus[i];
        frame->localsplus[i] = REF_NULL;
    }
    gf->stacktop = co->nlocalsplus;
    gf->previous = NULL;
    gf->frame_obj = NULL;
    gf->owner = FRAME_OWNED_BY_GENERATOR;
    gf->state = FRAME_CREATED;
    gf->is_entry = false;
    gf->return_kind = FRAME_RETURN_PLAIN;
    gf->borrows_env = false;
    gf->func_borrowed = false;
    gc_track(&g->ob);
    return &g->ob;
}

/* ---- running ------------------------------------------------------------------------------- */

void gen_finish_raised(Thread *t, Object *gen) {
    int kind = gen_kind(gen);
    REF_SETREF(GEN(gen)->exc_state.exc, REF_NULL);
    /* PEP 479: StopIteration must not leak out of a generator body. */
    const char *msg = NULL;
    if (err_matches(t, &exc_StopIteration))
        msg = kind == KIND_GEN ? "generator raised StopIteration"
            : kind == KIND_CORO ? "coroutine raised StopIteration"
                                : "async generator raised StopIteration";
    else if (kind == KIND_ASYNC_GEN && err_matches(t, &exc_StopAsyncIteration))
        msg = "async generator raised StopAsyncIteration";
    if (msg == NULL)
        return;
    Ref cause = err_fetch(t);
    Ref e = REF_NULL;
    Object *ms = str_from_cstr(t, msg);
    if (ms) {
        Ref arg = ref_from_obj(ms);
        e = exc_new(t, &exc_RuntimeError, &arg, 1);
        obj_decref(ms);
    }
    if (!ref_is_null(e)) {
        exc_set_cause(ref_obj(e), ref_obj(ref_dup(cause)));
        exc_set_context(ref_obj(e), ref_obj(cause));
        err_restore(t, e);
    } else {
        ref_close(cause);
    }
}

static int gen_send_impl(Thread *t, Object *gen, Ref v, bool exc, bool closing, Ref *result) {
    Gen *g = GEN(gen);
    Frame *f = GEN_FRAME(g);
    int kind = gen_kind(gen);
    *result = REF_NULL;
    if (f->state == FRAME_CREATED && !exc && !ref_is_null(v) && !ref_is_none(v)) {
        err_format(t, &exc_TypeError, "can't send non-None value to a just-started %s",
                   kind_noun[kind]);
        return GEN_ERROR;
    }
    if (f->state == FRAME_EXECUTING) {
        err_format(t, &exc_ValueError, "%s already executing", kind_noun[kind]);
        return GEN_ERROR;
    }
    if (f->state >= FRAME_COMPLETED) {
        if (kind == KIND_CORO && !closing) {
            err_set(t, &exc_RuntimeError, "cannot reuse already awaited coroutine");
        } else if (!exc) {
            *result = REF_NONE;
            return GEN_RETURN;
        }
        return GEN_ERROR;
    }
    f->localsplus[f->stacktop++] = ref_is_null(v) ? REF_NONE : ref_dup(v);
    g->exc_state.prev = t->exc_info;
    t->exc_info = &g->exc_state;
    /* A throw() goes straight to the frame's exception handling, past its RESUME, where
     * the untraced loop would switch: it starts in the tracing loop when tracing. */
    Ref r = exc && (atomic_load_explicit(&t->eval_breaker, memory_order_relaxed) & EVAL_BREAK_TRACE)
                ? eval_frame_traced(t, f, true, false)
                : eval_frame_ex(t, f, exc);
    t->exc_info = g->exc_state.prev;
    g->exc_state.prev = NULL;
    if (!ref_is_null(r)) {
        *result = r;
        return f->state == FRAME_SUSPENDED ? GEN_NEXT : GEN_RETURN;
    }
    if (f->state >= FRAME_COMPLETED)
        gen_finish_raised(t, gen);
    return GEN_ERROR;
}

int gen_send_ex(Thread *t, Object *gen, Ref v, bool exc, Ref *result) {
    return gen_send_impl(t, gen, v, exc, false, result);
}

/* send() semantics: the yielded value, or REF_NULL with StopIteration(value) (async
 * generators: StopAsyncIteration) when it returns. */
static Ref gen_send_value(Thread *t, Object *gen, Ref v, bool exc, bool closing) {
    Ref r;
    int st = gen_send_impl(t, gen, v, exc, closing, &r);
    if (st == GEN_NEXT)
        return r;
    if (st == GEN_RETURN) {
        if (gen_kind(gen) == KIND_ASYNC_GEN) {
            ref_close(r);
            return raise_plain(t, &exc_StopAsyncIteration);
        }
        raise_stop_iteration(t, r);
        ref_close(r);
    }
    return REF_NULL;
}

Ref gen_yieldfrom(Object *gen) {
    Frame *f = GEN_FRAME(GEN(gen));
    if (f->state != FRAME_SUSPENDED || f->instr == NULL)
        return REF_NULL;
    CodeUnit next = f->instr[1];
    if (CODEUNIT_OP(next) != RESUME || CODEUNIT_ARG(next) < 2)
        return REF_NULL;
    return f->localsplus[f->stacktop - 1];
}

/* __next__: REF_NULL without exception when it returns None. */
static Ref gen_iternext(Thread *t, Ref self) {
    Ref r;
    int st = gen_send_impl(t, ref_obj(self), REF_NULL, false, false, &r);
    if (st == GEN_NEXT)
        return r;
    if (st == GEN_RETURN) {
        if (!ref_is_none(r))
            raise_stop_iteration(t, r);
        ref_close(r);
    }
    return REF_NULL;
}

static Ref gen_close_impl(Thread *t, Object *gen);

/* Closes a delegate of yield from / await. 0 or -1 (exception set). */
static int gen_close_iter(Thread *t, Ref yf) {
    Ref r;
    if (gen_check(yf) || coro_check(yf)) {
        r = gen_close_impl(t, ref_obj(yf));
    } else {
        Ref meth = obj_lookup_attr(t, yf, ID(close));
        if (ref_is_null(meth)) {
            if (err_occurred(t))
                err_write_unraisable(t, yf);
            return 0;
        }
        r = obj_call0(t, meth);
        ref_close(meth);
    }
    if (ref_is_null(r))
        return -1;
    ref_close(r);
    return 0;
}

/* After the delegate of a suspended yield from finished (raised) during throw(): pop it
 * and continue the generator after the SEND loop, with its return value or error. */
static Ref finish_delegation(Thread *t, Object *gen) {
    Frame *f = GEN_FRAME(GEN(gen));
    ref_close(f->localsplus[--f->stacktop]);
    /* f->instr is the YIELD_VALUE right after SEND: find SEND's full oparg. */
    CodeUnit *send = f->instr - 1;
    int oparg = CODEUNIT_ARG(*send), shift = 8;
    for (CodeUnit *p = send - 1; p >= f->code->code && CODEUNIT_OP(*p) == EXTENDED_ARG; p--) {
        oparg |= CODEUNIT_ARG(*p) << shift;
        shift += 8;
    }
    /* Resume at SEND's jump target: the unit before it has no inline caches to skip. */
    f->instr = f->instr + oparg - 1;
    if (err_matches(t, &exc_StopIteration)) {
        Ref exc = err_fetch(t);
        Ref v = ((StopIterationExc *)ref_obj(exc))->value;
        v = ref_is_null(v) ? REF_NONE : ref_dup(v);
        ref_close(exc);
        Ref r = gen_send_value(t, gen, v, false, false);
        ref_close(v);
        return r;
    }
    return gen_send_value(t, gen, REF_NONE, true, false);
}

static Ref gen_throw_impl(Thread *t, Object *gen, bool close_on_genexit, Ref typ, Ref val,
                          Ref tb) {
    Gen *g = GEN(gen);
    Frame *f = GEN_FRAME(g);
    Ref yf = gen_yieldfrom(gen);
    if (!ref_is_null(yf)) {
        yf = ref_dup(yf);
        Ref ret;
        if (close_on_genexit && type_check(typ) &&
            type_is_subtype((Type *)ref_obj(typ), &exc_GeneratorExit)) {
            int8_t state = f->state;
            f->state = FRAME_EXECUTING;
            int err = gen_close_iter(t, yf);
            f->state = state;
            ref_close(yf);
            if (err < 0)
                return gen_send_value(t, gen, REF_NONE, true, false);
            goto throw_here;
        }
        if (gen_check(yf) || coro_check(yf)) {
            int8_t state = f->state;
            f->previous = t->frame;   /* complete tracebacks through the delegate */
            f->state = FRAME_EXECUTING;
            ret = gen_throw_impl(t, ref_obj(yf), close_on_genexit, typ, val, tb);
            f->state = state;
            f->previous = NULL;
        } else {
            Ref meth = obj_lookup_attr(t, yf, ID(throw));
            if (ref_is_null(meth)) {
                ref_close(yf);
                if (err_occurred(t))
                    return REF_NULL;
                goto throw_here;
            }
            int8_t state = f->state;
            f->state = FRAME_EXECUTING;
            Ref args[3] = {typ, ref_is_null(val) ? REF_NONE : val, ref_is_null(tb) ? REF_NONE : tb};
            size_t n = ref_is_null(tb) ? (ref_is_null(val) ? 1 : 2) : 3;
            ret = obj_call(t, meth, args, n, NULL);
            f->state = state;
            ref_close(meth);
        }
        ref_close(yf);
        if (ref_is_null(ret))
            ret = finish_delegation(t, gen);
        return ret;
    }

throw_here:
    if (!ref_is_null(tb) && ref_is_none(tb))
        tb = REF_NULL;
    if (!ref_is_null(tb) && !ref_isinstance_exact(tb, &traceback_type))
        return err_set(t, &exc_TypeError, "throw() third argument must be a traceback object");
    Ref exc;
    if (type_check(typ) && exc_type_check(typ)) {
        if (!ref_is_null(val) && exc_check(val) && type_is_subtype(ref_type(val), (Type *)ref_obj(typ))) {
            exc = ref_dup(val);
        } else if (ref_is_null(val) || ref_is_none(val)) {
            exc = obj_call0(t, typ);
        } else if (tuple_check(val)) {
            exc = obj_call(t, typ, tuple_items(ref_obj(val)), (size_t)tuple_size(ref_obj(val)), NULL);
        } else {
            exc = obj_call1(t, typ, val);
        }
        if (ref_is_null(exc))
            return REF_NULL;
        if (!exc_check(exc)) {
            err_format(t, &exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T",
                       typ, exc);
            ref_close(exc);
            return REF_NULL;
        }
    } else if (exc_check(typ)) {
        if (!ref_is_null(val) && !ref_is_none(val))
            return err_set(t, &exc_TypeError, "instance exception may not have a separate value");
        exc = ref_dup(typ);
    } else {
        return err_format(t, &exc_TypeError,
                          "exceptions must be classes or instances deriving from BaseException, not %T",
                          typ);
    }
    if (!ref_is_null(tb)) {
        obj_incref(ref_obj(tb));
        exc_set_traceback(ref_obj(exc), ref_obj(tb));
    }
    err_restore(t, exc);
    return gen_send_value(t, gen, REF_NONE, true, false);
}

static Ref gen_close_impl(Thread *t, Object *gen) {
    Frame *f = GEN_FRAME(GEN(gen));
    if (f->state == FRAME_CREATED) {
        /* Never started: nothing can observe GeneratorExit. */
        frame_finish(t, f);
        return REF_NONE;
    }
    Ref yf = gen_yieldfrom(gen);
    int err = 0;
    if (!ref_is_null(yf)) {
        yf = ref_dup(yf);
        int8_t state = f->state;
        f->state = FRAME_EXECUTING;
        err = gen_close_iter(t, yf);
        f->state = state;
        ref_close(yf);
    }
    if (err == 0)
        raise_plain(t, &exc_GeneratorExit);
    Ref r;
    int st = gen_send_impl(t, gen, REF_NONE, true, true, &r);
    if (st == GEN_NEXT) {
        ref_close(r);
        int kind = gen_kind(gen);
        return err_set(t, &exc_RuntimeError,
                       kind == KIND_GEN ? "generator ignored GeneratorExit"
                       : kind == KIND_CORO ? "coroutine ignored GeneratorExit"
                                           : "async generator ignored GeneratorExit");
    }
    if (st == GEN_RETURN) {
        ref_close(r);
        return REF_NONE;
    }
    if (err_matches(t, &exc_StopIteration) || err_matches(t, &exc_GeneratorExit)) {
        err_clear(t);
        return REF_NONE;
    }
    return REF_NULL;
}

/* ---- methods shared by the three types --------------------------------------------------- */

static Ref gen_m_send(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "send", nargs, kwnames))
        return REF_NULL;
    return gen_send_value(t, ref_obj(self), args[0], false, false);
}

static Ref gen_m_throw(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "throw", kwnames) || !args_count(t, "throw", nargs, kwnames, 1, 3))
        return REF_NULL;
    return gen_throw_impl(t, ref_obj(self), true, args[0], nargs > 1 ? args[1] : REF_NULL,
                          nargs > 2 ? args[2] : REF_NULL);
}

static Ref gen_m_close(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "close", nargs, kwnames))
        return REF_NULL;
    return gen_close_impl(t, ref_obj(self));
}

static Ref gen_iter_self(Thread *t, Ref self) { return ref_dup(self); }

static Ref gen_repr(Thread *t, Ref self) {
    Gen *g = GEN(ref_obj(self));
    return ref_from_obj(str_from_format(t, "<%s object %U at %p>",
                                        gen_kind(&g->ob) == KIND_ASYNC_GEN ? "async_generator"
                                                                           : kind_noun[gen_kind(&g->ob)],
                                        g->qualname, (void *)g));
}

static Ref gen_get_name(Thread *t, Ref self, void *c) { return ref_new(GEN(ref_obj(self))->name); }

static int gen_set_name(Thread *t, Ref self, Ref v, void *c) {
    if (ref_is_null(v) || !str_check(v)) {
        err_set(t, &exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    obj_incref(ref_obj(v));
    OBJ_SETREF(GEN(ref_obj(self))->name, ref_obj(v));
    return 0;
}

static Ref gen_get_qualname(Thread *t, Ref self, void *c) {
    return ref_new(GEN(ref_obj(self))->qualname);
}

static int gen_set_qualname(Thread *t, Ref self, Ref v, void *c) {
    if (ref_is_null(v) || !str_check(v)) {
        err_set(t, &exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    obj_incref(ref_obj(v));
    OBJ_SETREF(GEN(ref_obj(self))->qualname, ref_obj(v));
    return 0;
}

static Ref gen_get_frame(Thread *t, Ref self, void *c) {
    Frame *f = GEN_FRAME(GEN(ref_obj(self)));
    if (f->state >= FRAME_COMPLETED)
        return REF_NONE;
    Object *fo = frame_get_object(t, f);
    return fo ? ref_new(fo) : REF_NULL;
}

static Ref gen_get_running(Thread *t, Ref self, void *c) {
    return ref_from_bool(GEN_FRAME(GEN(ref_obj(self)))->state == FRAME_EXECUTING);
}

static Ref gen_get_suspended(Thread *t, Ref self, void *c) {
    return ref_from_bool(GEN_FRAME(GEN(ref_obj(self)))->state == FRAME_SUSPENDED);
}

static Ref gen_get_code(Thread *t, Ref self, void *c) { return ref_new(GEN(ref_obj(self))->code); }

static Ref gen_get_yieldfrom(Thread *t, Ref self, void *c) {
    Ref yf = gen_yieldfrom(ref_obj(self));
    return ref_is_null(yf) ? REF_NONE : ref_dup(yf);
}

static Ref agen_get_running(Thread *t, Ref self, void *c) {
    return ref_from_bool(GEN(ref_obj(self))->ag_running_async);
}

static Ref get_none(Thread *t, Ref self, void *c) { return REF_NONE; }

/* ---- life cycle ------------------------------------------------------------------------------- */

/* A coroutine dropped without ever running: RuntimeWarning "coroutine 'f' was never
 * awaited", attributed to the code running now, as CPython warns. True when a warning
 * handler kept the coroutine alive. */
static bool warn_never_awaited(Thread *t, Object *o) {
    o->ob_refcnt = 1;   /* temporarily alive again */
    Ref saved = err_fetch(t);
    Object *msg = str_from_format(t, "coroutine '%U' was never awaited", GEN(o)->qualname);
    const char *text = msg ? str_utf8(t, msg, NULL) : NULL;
    if (!text || err_warn_source(t, &exc_RuntimeWarning, text, 1, ref_from_obj(o)) < 0)
        err_write_unraisable(t, ref_from_obj(o));
    obj_xdecref(msg);
    err_restore(t, saved);
    return --o->ob_refcnt > 0;
}

static void gen_dealloc(Object *o) {
    Gen *g = GEN(o);
    Frame *f = GEN_FRAME(g);
    gc_untrack(o);
    if (g->weakreflist) weakref_clear_refs(o);   /* before close() may resurrect it */
    if (f->state == FRAME_CREATED && o->ob_type == &coroutine_type) {
        Thread *t = thread_current();
        if (t && warn_never_awaited(t, o))
            return;
    }
    if (f->state == FRAME_SUSPENDED) {
        /* Finalize: close() the generator so its finally blocks run. */
        Thread *t = thread_current();
        if (t) {
            o->ob_refcnt = 1;   /* temporarily alive again */
            Ref saved = err_fetch(t);
            Ref r = gen_close_impl(t, o);
            if (ref_is_null(r))
                err_write_unraisable(t, ref_from_obj(o));
            else
                ref_close(r);
            err_restore(t, saved);
            if (--o->ob_refcnt > 0)
                return;   /* resurrected by a finally block */
        }
    }
    if (f->state < FRAME_COMPLETED) {
        Thread *t = thread_current();
        if (t)
            frame_finish(t, f);
        else
            frame_clear_refs(f);
    }
    obj_xdecref(g->code);
    obj_xdecref(g->name);
    obj_xdecref(g->qualname);
    ref_close(g->exc_state.exc);
    ref_close(g->ag_finalizer);
    o->ob_type->tp_free(o);
}

static int gen_traverse(Object *o, VisitFn visit, void *arg) {
    Gen *g = GEN(o);
    Object *objs[] = {g->code, g->name, g->qualname};
    for (int i = 0; i < 3; i++) {
        if (objs[i]) {
            int r = visit(objs[i], arg);
            if (r)
                return r;
        }
    }
    if (ref_is_obj(g->exc_state.exc) && !ref_is_borrowed(g->exc_state.exc)) {
        int r = visit(ref_obj(g->exc_state.exc), arg);
        if (r)
            return r;
    }
    Frame *f = GEN_FRAME(g);
    if (f->state < FRAME_COMPLETED && f->state != FRAME_EXECUTING)
        return frame_traverse(f, visit, arg);
    return 0;
}

/* ---- generator ----------------------------------------------------------------------------- */

static const MethodDef gen_methods[] = {
    {"send", gen_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_m_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", gen_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {NULL},
};

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, "object being iterated by yield from, or None", NULL},
    {NULL},
};

Type generator_type = {
    TYPE_HEAD_INIT,
    .tp_name = "generator",
    .tp_basicsize = sizeof(Gen),
    .tp_weaklistoffset = offsetof(Gen, weakreflist),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_traverse = gen_traverse,
    .tp_free = obj_free,
    .repr = gen_repr,
    .getattro = object_generic_getattr,
    .iter = gen_iter_self,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* ---- coroutine ------------------------------------------------------------------------------ */

typedef struct CoroWrapper {
    Object ob;
    Object *coro;
} CoroWrapper;

static Ref coro_await(Thread *t, Ref self) {
    CoroWrapper *w = (CoroWrapper *)obj_alloc(t, &coro_wrapper_type, sizeof(CoroWrapper));
    if (w == NULL)
        return REF_NULL;
    obj_incref(ref_obj(self));
    w->coro = ref_obj(self);
    gc_track(&w->ob);
    return ref_from_obj(&w->ob);
}

static Ref coro_m_await(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__await__", nargs, kwnames))
        return REF_NULL;
    return coro_await(t, self);
}

static const MethodDef coro_methods[] = {
    {"send", gen_m_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", gen_m_throw, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", gen_m_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_m_await, METH_COEXIST, "Return an iterator to be used in await expression."},
    {NULL},
};

static const GetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL},
    {"cr_origin", get_none, NULL, NULL, NULL},
    {NULL},
};

Type coroutine_type = {
    TYPE_HEAD_INIT,
    .tp_name = "coroutine",
    .tp_basicsize = sizeof(Gen),
    .tp_weaklistoffset = offsetof(Gen, weakreflist),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_traverse = gen_traverse,
    .tp_free = obj_free,
    .repr = gen_repr,
    .getattro = object_generic_getattr,
    .await_ = coro_await,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* coroutine.__await__() */
#define CW_CORO(self) (((CoroWrapper *)ref_obj(self))->coro)

static Ref cw_iternext(Thread *t, Ref self) { return gen_iternext(t, ref_from_obj(CW_CORO(self))); }

static Ref cw_send(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return gen_m_send(t, ref_from_obj(CW_CORO(self)), args, nargs, kwnames);
}
static Ref cw_throw(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return gen_m_throw(t, ref_from_obj(CW_CORO(self)), args, nargs, kwnames);
}
static Ref cw_close(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return gen_m_close(t, ref_from_obj(CW_CORO(self)), args, nargs, kwnames);
}

static void cw_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((CoroWrapper *)o)->coro);
    coro_wrapper_type.tp_free(o);
}

static int cw_traverse(Object *o, VisitFn visit, void *arg) {
    Object *c = ((CoroWrapper *)o)->coro;
    return c ? visit(c, arg) : 0;
}

static const MethodDef cw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL},
};

Type coro_wrapper_type = {
    TYPE_HEAD_INIT,
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(CoroWrapper),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = cw_dealloc,
    .tp_traverse = cw_traverse,
    .tp_free = obj_free,
    .getattro = object_generic_getattr,
    .iter = gen_iter_self,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

/* ---- async generators ------------------------------------------------------------------------ */

typedef struct WrappedValue {
    Object ob;
    Ref val;
} WrappedValue;

Ref gen_async_wrap_value(Thread *t, Ref v) {
    WrappedValue *w = (WrappedValue *)obj_alloc(t, &async_gen_wrapped_value_type,
                                                sizeof(WrappedValue));
    if (w == NULL)
        return REF_NULL;
    w->val = ref_dup(v);
    gc_track(&w->ob);
    return ref_from_obj(&w->ob);
}

static bool is_wrapped(Ref r) {
    return ref_is_obj(r) && ref_obj(r)->ob_type == &async_gen_wrapped_value_type;
}

static void wv_dealloc(Object *o) {
    gc_untrack(o);
    ref_close(((WrappedValue *)o)->val);
    async_gen_wrapped_value_type.tp_free(o);
}

static int wv_traverse(Object *o, VisitFn visit, void *arg) {
    Ref v = ((WrappedValue *)o)->val;
    return ref_is_obj(v) && !ref_is_borrowed(v) ? visit(ref_obj(v), arg) : 0;
}

Type async_gen_wrapped_value_type = {
    TYPE_HEAD_INIT,
    .tp_name = "async_generator_wrapped_value",
    .tp_basicsize = sizeof(WrappedValue),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = wv_dealloc,
    .tp_traverse = wv_traverse,
    .tp_free = obj_free,
};

/* What an async generator step produced, as seen by its awaitable: a wrapped value is a
 * real `yield` (finish the awaitable with StopIteration(value)); anything else is an
 * await passing through. `r` is stolen. */
static Ref unwrap_value(Thread *t, Gen *ag, Ref r) {
    if (ref_is_null(r)) {
        if (!err_occurred(t))
            raise_plain(t, &exc_StopAsyncIteration);
        if (err_matches(t, &exc_StopAsyncIteration) || err_matches(t, &exc_GeneratorExit))
            ag->ag_closed = true;
        ag->ag_running_async = false;
        return REF_NULL;
    }
    if (is_wrapped(r)) {
        raise_stop_iteration(t, ((WrappedValue *)ref_obj(r))->val);
        ref_close(r);
        ag->ag_running_async = false;
        return REF_NULL;
    }
    return r;
}

enum { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED };

typedef struct AsyncGenASend {
    Object ob;
    Object *gen;
    Ref sendval;
    int state;
} AsyncGenASend;

typedef struct AsyncGenAThrow {
    Object ob;
    Object *gen;
    Object *args;    /* (typ[, val[, tb]]) for athrow(); NULL for aclose() */
    int state;
} AsyncGenAThrow;

static Ref asend_new(Thread *t, Ref agen, Ref sendval) {
    AsyncGenASend *o = (AsyncGenASend *)obj_alloc(t, &async_gen_asend_type,
                                                  sizeof(AsyncGenASend));
    if (o == NULL)
        return REF_NULL;
    obj_incref(ref_obj(agen));
    o->gen = ref_obj(agen);
    o->sendval = ref_is_null(sendval) ? REF_NONE : ref_dup(sendval);
    o->state = AWAITABLE_INIT;
    gc_track(&o->ob);
    return ref_from_obj(&o->ob);
}

Ref gen_async_anext(Thread *t, Ref agen) { return asend_new(t, agen, REF_NONE); }

#define ASEND(self) ((AsyncGenASend *)ref_obj(self))

static Ref asend_send_impl(Thread *t, AsyncGenASend *o, Ref arg) {
    if (o->state == AWAITABLE_CLOSED)
        return err_set(t, &exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Gen *ag = GEN(o->gen);
    if (o->state == AWAITABLE_INIT) {
        if (ag->ag_running_async)
            return err_set(t, &exc_RuntimeError,
                           "anext(): asynchronous generator is already running");
        if (ref_is_null(arg) || ref_is_none(arg))
            arg = o->sendval;
        o->state = AWAITABLE_ITER;
    }
    ag->ag_running_async = true;
    Ref r = unwrap_value(t, ag, gen_send_value(t, o->gen, arg, false, false));
    if (ref_is_null(r))
        o->state = AWAITABLE_CLOSED;
    return r;
}

static Ref asend_iternext(Thread *t, Ref self) { return asend_send_impl(t, ASEND(self), REF_NULL); }

static Ref asend_m_send(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "send", nargs, kwnames))
        return REF_NULL;
    return asend_send_impl(t, ASEND(self), args[0]);
}

static Ref asend_m_throw(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    AsyncGenASend *o = ASEND(self);
    if (o->state == AWAITABLE_CLOSED)
        return err_set(t, &exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Ref r = gen_m_throw(t, ref_from_obj(o->gen), args, nargs, kwnames);
    r = unwrap_value(t, GEN(o->gen), r);
    if (ref_is_null(r))
        o->state = AWAITABLE_CLOSED;
    return r;
}

static Ref asend_m_close(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    ASEND(self)->state = AWAITABLE_CLOSED;
    return REF_NONE;
}

static void asend_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((AsyncGenASend *)o)->gen);
    ref_close(((AsyncGenASend *)o)->sendval);
    async_gen_asend_type.tp_free(o);
}

static int asend_traverse(Object *o, VisitFn visit, void *arg) {
    AsyncGenASend *a = (AsyncGenASend *)o;
    if (a->gen) {
        int r = visit(a->gen, arg);
        if (r)
            return r;
    }
    return ref_is_obj(a->sendval) && !ref_is_borrowed(a->sendval) ? visit(ref_obj(a->sendval), arg)
                                                                   : 0;
}

static const MethodDef asend_methods[] = {
    {"send", asend_m_send, 0, NULL},
    {"throw", asend_m_throw, 0, NULL},
    {"close", asend_m_close, 0, NULL},
    {NULL},
};

Type async_gen_asend_type = {
    TYPE_HEAD_INIT,
    .tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(AsyncGenASend),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = asend_dealloc,
    .tp_traverse = asend_traverse,
    .tp_free = obj_free,
    .getattro = object_generic_getattr,
    .await_ = gen_iter_self,
    .iter = gen_iter_self,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

#define ATHROW(self) ((AsyncGenAThrow *)ref_obj(self))

static Ref athrow_new(Thread *t, Ref agen, Object *args) {
    AsyncGenAThrow *o = (AsyncGenAThrow *)obj_alloc(t, &async_gen_athrow_type,
                                                    sizeof(AsyncGenAThrow));
    if (o == NULL)
        return REF_NULL;
    obj_incref(ref_obj(agen));
    o->gen = ref_obj(agen);
    if (args)
        obj_incref(args);
    o->args = args;
    o->state = AWAITABLE_INIT;
    gc_track(&o->ob);
    return ref_from_obj(&o->ob);
}

static Ref athrow_ignored_exit(Thread *t, AsyncGenAThrow *o) {
    GEN(o->gen)->ag_running_async = false;
    o->state = AWAITABLE_CLOSED;
    return err_set(t, &exc_RuntimeError, "async generator ignored GeneratorExit");
}

static Ref athrow_check_error(Thread *t, AsyncGenAThrow *o) {
    GEN(o->gen)->ag_running_async = false;
    o->state = AWAITABLE_CLOSED;
    if (o->args == NULL &&
        (err_matches(t, &exc_StopAsyncIteration) || err_matches(t, &exc_GeneratorExit))) {
        /* aclose() is done: the awaitable finishes normally. */
        err_clear(t);
        raise_plain(t, &exc_StopIteration);
    }
    return REF_NULL;
}

static Ref athrow_send_impl(Thread *t, AsyncGenAThrow *o, Ref arg) {
    if (o->state == AWAITABLE_CLOSED)
        return err_set(t, &exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Gen *ag = GEN(o->gen);
    if (GEN_FRAME(ag)->state >= FRAME_COMPLETED) {
        o->state = AWAITABLE_CLOSED;
        return raise_plain(t, &exc_StopIteration);
    }
    Ref r;
    if (o->state == AWAITABLE_INIT) {
        if (ag->ag_running_async) {
            o->state = AWAITABLE_CLOSED;
            return err_set(t, &exc_RuntimeError,
                           o->args ? "athrow(): asynchronous generator is already running"
                                   : "aclose(): asynchronous generator is already running");
        }
        if (ag->ag_closed) {
            o->state = AWAITABLE_CLOSED;
            return raise_plain(t, &exc_StopAsyncIteration);
        }
        if (!ref_is_null(arg) && !ref_is_none(arg))
            return err_set(t, &exc_RuntimeError,
                           "can't send non-None value to a just-started coroutine");
        o->state = AWAITABLE_ITER;
        ag->ag_running_async = true;
        if (o->args == NULL) {
            ag->ag_closed = true;
            r = gen_throw_impl(t, o->gen, false, ref_immortal(&exc_GeneratorExit), REF_NULL,
                               REF_NULL);
            if (is_wrapped(r)) {
                ref_close(r);
                return athrow_ignored_exit(t, o);
            }
        } else {
            intptr_t n = tuple_size(o->args);
            r = gen_throw_impl(t, o->gen, false, tuple_get(o->args, 0),
                               n > 1 ? tuple_get(o->args, 1) : REF_NULL,
                               n > 2 ? tuple_get(o->args, 2) : REF_NULL);
            r = unwrap_value(t, ag, r);
        }
        return ref_is_null(r) ? athrow_check_error(t, o) : r;
    }
    r = gen_send_value(t, o->gen, ref_is_null(arg) ? REF_NONE : arg, false, false);
    if (o->args)
        return unwrap_value(t, ag, r);
    if (ref_is_null(r))
        return athrow_check_error(t, o);
    if (is_wrapped(r)) {
        ref_close(r);
        return athrow_ignored_exit(t, o);
    }
    return r;
}

static Ref athrow_iternext(Thread *t, Ref self) { return athrow_send_impl(t, ATHROW(self), REF_NULL); }

static Ref athrow_m_send(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "send", nargs, kwnames))
        return REF_NULL;
    return athrow_send_impl(t, ATHROW(self), args[0]);
}

static Ref athrow_m_throw(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    AsyncGenAThrow *o = ATHROW(self);
    if (o->state == AWAITABLE_CLOSED)
        return err_set(t, &exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Ref r = gen_m_throw(t, ref_from_obj(o->gen), args, nargs, kwnames);
    if (o->args)
        return unwrap_value(t, GEN(o->gen), r);
    if (is_wrapped(r)) {
        ref_close(r);
        return athrow_ignored_exit(t, o);
    }
    if (ref_is_null(r) &&
        (err_matches(t, &exc_StopAsyncIteration) || err_matches(t, &exc_GeneratorExit))) {
        err_clear(t);
        raise_plain(t, &exc_StopIteration);
    }
    return r;
}

static Ref athrow_m_close(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    ATHROW(self)->state = AWAITABLE_CLOSED;
    return REF_NONE;
}

static void athrow_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((AsyncGenAThrow *)o)->gen);
    obj_xdecref(((AsyncGenAThrow *)o)->args);
    async_gen_athrow_type.tp_free(o);
}

static int athrow_traverse(Object *o, VisitFn visit, void *arg) {
    AsyncGenAThrow *a = (AsyncGenAThrow *)o;
    if (a->gen) {
        int r = visit(a->gen, arg);
        if (r)
            return r;
    }
    return a->args ? visit(a->args, arg) : 0;
}

static const MethodDef athrow_methods[] = {
    {"send", athrow_m_send, 0, NULL},
    {"throw", athrow_m_throw, 0, NULL},
    {"close", athrow_m_close, 0, NULL},
    {NULL},
};

Type async_gen_athrow_type = {
    TYPE_HEAD_INIT,
    .tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(AsyncGenAThrow),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = athrow_dealloc,
    .tp_traverse = athrow_traverse,
    .tp_free = obj_free,
    .getattro = object_generic_getattr,
    .await_ = gen_iter_self,
    .iter = gen_iter_self,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
};

static Ref agen_anext(Thread *t, Ref self) { return asend_new(t, self, REF_NONE); }

static Ref agen_m_asend(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "asend", nargs, kwnames))
        return REF_NULL;
    return asend_new(t, self, args[0]);
}

static Ref agen_m_athrow(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "athrow", kwnames) || !args_count(t, "athrow", nargs, kwnames, 1, 3))
        return REF_NULL;
    Object *tup = tuple_from_array(t, args, (intptr_t)nargs);
    if (tup == NULL)
        return REF_NULL;
    Ref r = athrow_new(t, self, tup);
    obj_decref(tup);
    return r;
}

static Ref agen_m_aclose(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "aclose", nargs, kwnames))
        return REF_NULL;
    return athrow_new(t, self, NULL);
}

static Ref agen_m_anext(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__anext__", nargs, kwnames))
        return REF_NULL;
    return agen_anext(t, self);
}

static Ref agen_m_aiter(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__aiter__", nargs, kwnames))
        return REF_NULL;
    return ref_dup(self);
}

static const MethodDef agen_methods[] = {
    {"asend", agen_m_asend, 0, "asend(v) -> send 'v' in generator."},
    {"athrow", agen_m_athrow, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agen_m_aclose, 0, "aclose() -> raise GeneratorExit inside generator."},
    {"__anext__", agen_m_anext, METH_COEXIST, "Return a value or raise StopAsyncIteration."},
    {"__aiter__", agen_m_aiter, METH_COEXIST, "Return an awaitable, that resolves in asynchronous iterator."},
    {NULL},
};

static const GetSetDef agen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {"ag_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL},
    {NULL},
};

Type async_generator_type = {
    TYPE_HEAD_INIT,
    .tp_name = "async_generator",
    .tp_basicsize = sizeof(Gen),
    .tp_weaklistoffset = offsetof(Gen, weakreflist),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = gen_dealloc,
    .tp_traverse = gen_traverse,
    .tp_free = obj_free,
    .repr = gen_repr,
    .getattro = object_generic_getattr,
    .aiter = gen_iter_self,
    .anext = agen_anext,
    .methods = agen_methods,
    .getsets = agen_getsets,
};
