/* Frames: the per-thread data stack they live on, their life cycle, and `frame` objects.
 *
 * Frames are allocated from chunks of Refs (t->datastack_*), strictly LIFO: a push bumps
 * datastack_top, a pop resets it. A frame that does not fit in the current chunk starts a
 * new chunk, which remembers the old top so popping its first frame returns there.
 *
 * A `frame` object is made only when something asks for one (a traceback entry,
 * sys._getframe, gi_frame). While its frame runs it just points at it; when the frame
 * finishes and the object is still referenced, the frame's contents move into the
 * object's own storage (frame_take_ownership) so f_locals & co. stay readable.
 */
#include "spry.h"
#include "vm/frame.h"
#include "vm/trace.h"
#include "vm/vm.h"

#define DATASTACK_CHUNK_WORDS ((size_t)16 * 1024)

static Ref *datastack_alloc(Thread *t, size_t words) {
    if (t->datastack_top && (size_t)(t->datastack_limit - t->datastack_top) >= words) {
        Ref *p = t->datastack_top;
        t->datastack_top += words;
        return p;
    }
    size_t size = words > DATASTACK_CHUNK_WORDS ? words : DATASTACK_CHUNK_WORDS;
    DataStackChunk *c = mem_alloc(t, sizeof(DataStackChunk) + size * sizeof(Ref));
    if (c == NULL)
        return NULL;
    c->previous = t->datastack_chunk;
    c->size = size;
    c->saved_top = t->datastack_top;
    t->datastack_chunk = c;
    t->datastack_top = c->data + words;
    t->datastack_limit = c->data + size;
    return c->data;
}

static void datastack_release(Thread *t, Ref *base) {
    DataStackChunk *c = t->datastack_chunk;
    if (c && base == c->data) {
        DataStackChunk *prev = c->previous;
        t->datastack_chunk = prev;
        t->datastack_top = c->saved_top;
        t->datastack_limit = prev ? prev->data + prev->size : NULL;
        mem_free(c);
    } else {
        t->datastack_top = base;
    }
}

/* A thread-owned frame for code with every slot unbound and no references taken. */
static inline Frame *frame_alloc(Thread *t, Code *code) {
    Ref *p = datastack_alloc(t, frame_size_words(code));
    if (p == NULL)
        return NULL;
    Frame *f = (Frame *)p;
    frame_init_fields(f, code);
    for (int i = 0; i < code->nlocalsplus; i++)
        f->localsplus[i] = REF_NULL;
    return f;
}

Frame *frame_push(Thread *t, Code *code) {
    Frame *f = frame_alloc(t, code);
    if (f == NULL)
        return NULL;
    obj_incref(&code->ob.ob_base);
    f->func = NULL;
    f->globals = NULL;
    f->builtins = NULL;
    f->borrows_env = false;
    f->func_borrowed = false;
    return f;
}

Frame *frame_push_function(Thread *t, Ref func) {
    Function *fn = FUNCTION(ref_obj(func));
    Frame *f = frame_alloc(t, CODE(fn->code));
    if (f == NULL) {
        ref_close(func);
        return NULL;
    }
    frame_bind_function(f, fn, func);
    return f;
}

void frames_each_uncounted(Interp *interp, void (*fn)(uintptr_t addr, void *arg), void *arg) {
    for (Thread *th = interp->threads; th; th = th->next_in_interp) {
        for (Frame *f = th->frame; f; f = f->previous) {
            if (f->code == NULL)
                continue;   /* being cleared */
            if (f->func)
                fn((uintptr_t)f->func, arg);
            /* The stack pointer of an executing frame lives in its eval loop: scan all of
             * the stack's room. Words above the top are stale or uninitialized, so the
             * addresses are only compared, never followed. */
            Ref *p = f->localsplus + f->code->nlocalsplus, *end = p + f->code->stacksize;
            for (; p < end; p++)
                if ((p->bits & REF_TAG_MASK) == REF_TAG_BORROWED)
                    fn(p->bits & ~REF_TAG_MASK, arg);
        }
    }
}

void frame_own_stack(Frame *f, Ref *top) {
    for (Ref *p = f->localsplus + f->code->nlocalsplus; p < top; p++)
        *p = ref_counted(*p);
}

void frame_own_env(Frame *f) {
    if (!f->borrows_env)
        return;
    obj_incref(&f->code->ob.ob_base);
    obj_incref(f->globals);
    obj_incref(f->builtins);
    f->borrows_env = false;
}

void frame_own_refs(Frame *f) {
    if (f->func_borrowed) {
        obj_incref(f->func);
        f->func_borrowed = false;
    }
    frame_own_env(f);
    frame_own_stack(f, f->localsplus + f->stacktop);
}

void frame_clear_refs(Frame *f) {
    int n = f->stacktop;
    f->stacktop = 0;
    for (int i = 0; i < n; i++) {
        Ref r = f->localsplus[i];
        f->localsplus[i] = REF_NULL;
        ref_close(r);
    }
    Ref locals = f->locals;
    f->locals = REF_NULL;
    ref_close(locals);
    Object *globals = f->globals, *builtins = f->builtins, *func = f->func;
    Code *co = f->code;
    f->func = f->globals = f->builtins = NULL;
    f->code = NULL;
    if (!f->borrows_env) {
        obj_xdecref(globals);
        obj_xdecref(builtins);
        if (co)
            obj_decref(&co->ob.ob_base);
    }
    f->borrows_env = false;
    if (!f->func_borrowed)
        obj_xdecref(func);
    f->func_borrowed = false;
}

int frame_traverse(Frame *f, VisitFn visit, void *arg) {
    if (f->code == NULL)
        return 0;
#define VISIT_OBJ(o)                                                                       \
    do {                                                                                   \
        if (o) {                                                                           \
            int r_ = visit((Object *)(o), arg);                                            \
            if (r_)                                                                        \
                return r_;                                                                 \
        }                                                                                  \
    } while (0)
#define VISIT_REF(r)                                                                       \
    do {                                                                                   \
        if (ref_is_obj(r) && !ref_is_borrowed(r))                                          \
            VISIT_OBJ(ref_obj(r));                                                         \
    } while (0)
    VISIT_OBJ(f->func);
    if (!f->borrows_env) {
        VISIT_OBJ(f->code);
        VISIT_OBJ(f->globals);
        VISIT_OBJ(f->builtins);
    }
    VISIT_REF(f->locals);
    VISIT_OBJ(f->frame_obj);
    for (int i = 0; i < f->stacktop; i++)
        VISIT_REF(f->localsplus[i]);
    return 0;
}

/* Moves a finishing frame's contents into its frame object, which outlives it. */
static void frame_take_ownership(Thread *t, FrameObject *fo, Frame *f) {
    frame_own_refs(f);
    Frame *copy = (Frame *)fo->storage;
    memcpy(copy, f, sizeof(Frame) + (size_t)f->stacktop * sizeof(Ref));
    copy->owner = FRAME_OWNED_BY_FRAME_OBJECT;
    copy->previous = NULL;
    copy->frame_obj = NULL;
    copy->state = FRAME_COMPLETED;
    fo->frame = copy;
    if (f->previous && fo->back == NULL) {
        /* f_back must survive the caller too: materialize it now. */
        Ref pending = err_fetch(t);
        Object *back = frame_get_object(t, f->previous);
        if (back) {
            obj_incref(back);
            fo->back = back;
        }
        err_clear(t);
        err_restore(t, pending);
    }
    /* The references now belong to the copy. */
    f->stacktop = 0;
    f->func = NULL;
    f->code = NULL;
    f->globals = NULL;
    f->builtins = NULL;
    f->locals = REF_NULL;
}

void frame_finish(Thread *t, Frame *f) {
    Object *fo = f->frame_obj;
    if (fo) {
        f->frame_obj = NULL;
        if (fo->ob_refcnt > 1) {
            frame_take_ownership(t, (FrameObject *)fo, f);
        } else {
            ((FrameObject *)fo)->frame = NULL;
        }
        obj_decref(fo);
    }
    frame_clear_refs(f);
    f->state = FRAME_COMPLETED;
    if (f->owner == FRAME_OWNED_BY_THREAD)
        datastack_release(t, (Ref *)f);
}

/* ---- f_locals ----------------------------------------------------------------------------- */

Ref frame_locals(Thread *t, Frame *f) {
    Code *co = f->code;
    if (co == NULL)
        return ref_from_obj(dict_new(t));
    if (!(co->flags & CO_OPTIMIZED) && !ref_is_null(f->locals))
        return ref_dup(f->locals);
    /* An optimized frame: refresh a dict snapshot of its variables (kept in f->locals, as
     * CPython keeps it, so repeated f_locals calls return the same dict). */
    Object *d;
    if (ref_is_null(f->locals)) {
        d = dict_new(t);
        if (d == NULL)
            return REF_NULL;
        f->locals = ref_from_obj(d);
    } else {
        d = ref_obj(f->locals);
    }
    const uint8_t *kinds = (const uint8_t *)bytes_data(co->localspluskinds);
    int n = f->state == FRAME_COMPLETED && f->owner != FRAME_OWNED_BY_FRAME_OBJECT
                ? 0 : co->nlocalsplus;
    for (int i = 0; i < n; i++) {
        Object *name = ref_obj(tuple_get(co->localsplusnames, i));
        Ref v = f->localsplus[i];
        if ((kinds[i] & CO_FAST_FREE) && !(co->flags & CO_OPTIMIZED))
            continue;
        if ((kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && ref_is_obj(v) &&
            ref_obj(v)->ob_type == &cell_type)
            v = CELL(ref_obj(v))->ref;
        if (ref_is_null(v)) {
            if (dict_del_str(t, d, name) < 0)
                return REF_NULL;
        } else if (dict_set_str(t, d, name, v) < 0) {
            return REF_NULL;
        }
    }
    return ref_new(d);
}

/* ---- frame objects ----------------------------------------------------------------------- */

Object *frame_get_object(Thread *t, Frame *f) {
    if (f->frame_obj)
        return f->frame_obj;
    size_t words = frame_size_words(f->code);
    FrameObject *fo = (FrameObject *)obj_alloc(t, &frame_type,
                                               sizeof(FrameObject) + words * sizeof(Ref));
    if (fo == NULL)
        return NULL;
    fo->frame = f;
    fo->back = NULL;
    fo->lineno_override = 0;
    fo->trace = REF_NULL;
    fo->trace_lines = true;
    fo->trace_opcodes = false;
    fo->jump_to = -1;
    f->frame_obj = &fo->ob;
    gc_track(&fo->ob);
    return &fo->ob;
}

Frame *frame_of_object(Object *frame) { return ((FrameObject *)frame)->frame; }

Code *frame_code(Object *frame) {
    Frame *f = ((FrameObject *)frame)->frame;
    return f ? f->code : NULL;
}

int frame_lasti(Object *frame) {
    Frame *f = ((FrameObject *)frame)->frame;
    return f && f->code ? frame_lasti_of(f) : -1;
}

int frame_lineno(Object *frame) {
    FrameObject *fo = (FrameObject *)frame;
    if (fo->lineno_override)
        return fo->lineno_override;
    Frame *f = fo->frame;
    if (f == NULL || f->code == NULL)
        return -1;
    int lasti = frame_lasti_of(f);
    if (lasti < 0)
        return f->code->firstlineno;
    return code_addr2line(f->code, lasti);
}

static Frame *live_frame(Thread *t, Ref self) {
    Frame *f = ((FrameObject *)ref_obj(self))->frame;
    if (f == NULL || f->code == NULL) {
        err_set(t, &exc_RuntimeError, "frame has been cleared");
        return NULL;
    }
    return f;
}

static Ref frame_get_back(Thread *t, Ref self, void *c) {
    FrameObject *fo = (FrameObject *)ref_obj(self);
    Frame *f = fo->frame;
    if (f && f->owner != FRAME_OWNED_BY_FRAME_OBJECT && f->previous) {
        Object *b = frame_get_object(t, f->previous);
        return b ? ref_new(b) : REF_NULL;
    }
    if (fo->back)
        return ref_new(fo->back);
    return REF_NONE;
}

static Ref frame_get_code(Thread *t, Ref self, void *c) {
    Frame *f = live_frame(t, self);
    return f ? ref_new(&f->code->ob.ob_base) : REF_NULL;
}

static Ref frame_get_globals(Thread *t, Ref self, void *c) {
    Frame *f = live_frame(t, self);
    if (f == NULL)
        return REF_NULL;
    return f->globals ? ref_new(f->globals) : REF_NONE;
}

static Ref frame_get_builtins(Thread *t, Ref self, void *c) {
    Frame *f = live_frame(t, self);
    if (f == NULL)
        return REF_NULL;
    return f->builtins ? ref_new(f->builtins) : REF_NONE;
}

static Ref frame_get_locals(Thread *t, Ref self, void *c) {
    Frame *f = live_frame(t, self);
    return f ? frame_locals(t, f) : REF_NULL;
}

static Ref frame_get_lineno(Thread *t, Ref self, void *c) {
    int line = frame_lineno(ref_obj(self));
    return line < 0 ? REF_NONE : ref_from_int(line);
}

static int frame_set_lineno(Thread *t, Ref self, Ref value, void *c) {
    return trace_set_lineno(t, (FrameObject *)ref_obj(self), value);
}

static Ref frame_get_lasti(Thread *t, Ref self, void *c) {
    int lasti = frame_lasti(ref_obj(self));
    return ref_from_int(lasti < 0 ? -1 : lasti * (int)sizeof(CodeUnit));
}

static Ref frame_get_trace(Thread *t, Ref self, void *c) {
    Ref tr = ((FrameObject *)ref_obj(self))->trace;
    return ref_is_null(tr) ? REF_NONE : ref_dup(tr);
}

static int frame_set_trace(Thread *t, Ref self, Ref value, void *c) {
    Ref v = ref_is_null(value) || ref_is_none(value) ? REF_NULL : ref_counted(ref_dup(value));
    REF_SETREF(((FrameObject *)ref_obj(self))->trace, v);
    return 0;
}

/* f_trace_lines (c set) and f_trace_opcodes (c NULL): bools. */
static Ref frame_get_trace_flag(Thread *t, Ref self, void *c) {
    FrameObject *fo = (FrameObject *)ref_obj(self);
    return ref_from_bool(c ? fo->trace_lines : fo->trace_opcodes);
}

static int frame_set_trace_flag(Thread *t, Ref self, Ref value, void *c) {
    if (ref_is_null(value) || !ref_is_obj(value) || ref_type(value) != &bool_type) {
        err_set(t, &exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    FrameObject *fo = (FrameObject *)ref_obj(self);
    if (c)
        fo->trace_lines = ref_is_object(value, &bool_true_obj);
    else
        fo->trace_opcodes = ref_is_object(value, &bool_true_obj);
    return 0;
}

static Ref frame_repr(Thread *t, Ref self) {
    Frame *f = ((FrameObject *)ref_obj(self))->frame;
    if (f == NULL || f->code == NULL)
        return ref_from_obj(str_from_format(t, "<frame at %p>", (void *)ref_obj(self)));
    Object *fn = f->code->filename;
    Ref fname = ref_from_obj(fn);
    return ref_from_obj(str_from_format(t, "<frame at %p, file %R, line %d, code %U>",
                                        (void *)ref_obj(self), fname,
                                        frame_lineno(ref_obj(self)), f->code->name));
}

static Ref frame_clear_method(Thread *t, Ref self, const Ref *args, size_t nargs,
                              Object *kwnames) {
    if (!args_none(t, "clear", nargs, kwnames))
        return REF_NULL;
    FrameObject *fo = (FrameObject *)ref_obj(self);
    Frame *f = fo->frame;
    if (f == NULL)
        return REF_NONE;
    if (f->owner == FRAME_OWNED_BY_FRAME_OBJECT) {
        /* Drop the variables; keep the code for f_code/f_lineno. */
        int n = f->stacktop;
        f->stacktop = 0;
        for (int i = 0; i < n; i++) {
            Ref r = f->localsplus[i];
            f->localsplus[i] = REF_NULL;
            ref_close(r);
        }
        return REF_NONE;
    }
    if (f->state == FRAME_EXECUTING)
        return err_set(t, &exc_RuntimeError, "cannot clear an executing frame");
    if (f->owner == FRAME_OWNED_BY_GENERATOR && f->state == FRAME_SUSPENDED) {
        /* Closing the suspended generator is what clears its frame. */
        Object *gen = (Object *)((char *)f - offsetof(Gen, frame_data));
        Ref r = obj_call_method(t, ref_from_obj(gen), ID(close), NULL, 0);
        if (ref_is_null(r))
            return REF_NULL;
        ref_close(r);
        return REF_NONE;
    }
    return err_set(t, &exc_RuntimeError, "cannot clear an executing frame");
}

static void frame_dealloc(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    gc_untrack(o);
    Frame *f = fo->frame;
    if (f && f == (Frame *)fo->storage)
        frame_clear_refs(f);
    else if (f && f->frame_obj == o)
        f->frame_obj = NULL;   /* not reached: a live frame holds its object */
    fo->frame = NULL;
    obj_xdecref(fo->back);
    fo->back = NULL;
    REF_SETREF(fo->trace, REF_NULL);
    frame_type.tp_free(o);
}

static int frame_obj_traverse(Object *o, VisitFn visit, void *arg) {
    FrameObject *fo = (FrameObject *)o;
    if (fo->back) {
        int r = visit(fo->back, arg);
        if (r)
            return r;
    }
    if (ref_is_obj(fo->trace) && !ref_is_borrowed(fo->trace)) {
        int r = visit(ref_obj(fo->trace), arg);
        if (r)
            return r;
    }
    if (fo->frame && fo->frame == (Frame *)fo->storage)
        return frame_traverse(fo->frame, visit, arg);
    return 0;
}

static int frame_obj_clear(Object *o) {
    FrameObject *fo = (FrameObject *)o;
    if (fo->frame && fo->frame == (Frame *)fo->storage) {
        int n = fo->frame->stacktop;
        fo->frame->stacktop = 0;
        for (int i = 0; i < n; i++) {
            Ref r = fo->frame->localsplus[i];
            fo->frame->localsplus[i] = REF_NULL;
            ref_close(r);
        }
    }
    OBJ_SETREF(fo->back, NULL);
    REF_SETREF(fo->trace, REF_NULL);
    return 0;
}

static const GetSetDef frame_getsets[] = {
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, frame_set_lineno, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {"f_trace_lines", frame_get_trace_flag, frame_set_trace_flag, NULL, (void *)1},
    {"f_trace_opcodes", frame_get_trace_flag, frame_set_trace_flag, NULL, NULL},
    {NULL},
};

static const MethodDef frame_methods[] = {
    {"clear", frame_clear_method, 0, "Clear all references held by the frame."},
    {NULL},
};

Type frame_type = {
    TYPE_HEAD_INIT,
    .tp_name = "frame",
    .tp_basicsize = sizeof(FrameObject),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = frame_dealloc,
    .tp_traverse = frame_obj_traverse,
    .tp_clear = frame_obj_clear,
    .tp_free = obj_free,
    .repr = frame_repr,
    .getattro = object_generic_getattr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};
