/* traceback objects: one entry per frame an exception passed through. Printing them is
 * core/error.c's business (err_print_exception); this file only builds them. */
#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"

Object *traceback_new(Thread *t, Object *next, Object *frame, int lasti, int lineno) {
    Traceback *tb = (Traceback *)obj_alloc(t, &traceback_type, sizeof(Traceback));
    if (tb == NULL)
        return NULL;
    if (next)
        obj_incref(next);
    tb->tb_next = next;
    obj_incref(frame);
    tb->tb_frame = frame;
    tb->tb_lasti = lasti;
    tb->tb_lineno = lineno;
    gc_track(&tb->ob);
    return &tb->ob;
}

int traceback_here(Thread *t, Frame *f) {
    if (!err_occurred(t) || !exc_check(t->exc))
        return 0;
    Ref exc = err_fetch(t);
    Object *frame = frame_get_object(t, f);
    if (frame == NULL) {
        err_clear(t);
        err_restore(t, exc);
        return -1;
    }
    int lasti = frame_lasti_of(f);
    int line = lasti >= 0 ? code_line_cached(t, f->code, lasti) : f->code->firstlineno;
    Object *tb = traceback_new(t, EXC_OBJ(exc)->traceback, frame, lasti, line);
    if (tb == NULL) {
        err_clear(t);
        err_restore(t, exc);
        return -1;
    }
    exc_set_traceback(ref_obj(exc), tb);
    err_restore(t, exc);
    return 0;
}

static Ref tb_get_next(Thread *t, Ref self, void *c) {
    Traceback *tb = (Traceback *)ref_obj(self);
    return tb->tb_next ? ref_new(tb->tb_next) : REF_NONE;
}

static int tb_set_next(Thread *t, Ref self, Ref value, void *c) {
    Traceback *tb = (Traceback *)ref_obj(self);
    if (ref_is_null(value))
        return err_set(t, &exc_TypeError, "can't delete tb_next attribute"), -1;
    if (ref_is_none(value)) {
        OBJ_SETREF(tb->tb_next, NULL);
        return 0;
    }
    if (!ref_isinstance_exact(value, &traceback_type)) {
        err_format(t, &exc_TypeError, "expected traceback object or None, got '%T'", value);
        return -1;
    }
    /* No loops. */
    for (Object *p = ref_obj(value); p; p = ((Traceback *)p)->tb_next) {
        if (p == &tb->ob) {
            err_set(t, &exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    obj_incref(ref_obj(value));
    OBJ_SETREF(tb->tb_next, ref_obj(value));
    return 0;
}

static Ref tb_get_frame(Thread *t, Ref self, void *c) {
    return ref_new(((Traceback *)ref_obj(self))->tb_frame);
}

static Ref tb_get_lasti(Thread *t, Ref self, void *c) {
    int lasti = ((Traceback *)ref_obj(self))->tb_lasti;
    return ref_from_int(lasti < 0 ? -1 : lasti * (int)sizeof(CodeUnit));
}

static Ref tb_get_lineno(Thread *t, Ref self, void *c) {
    int line = ((Traceback *)ref_obj(self))->tb_lineno;
    return line < 0 ? REF_NONE : ref_from_int(line);
}

/* types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) */
static Ref tb_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    static const ArgSpec spec = {"TracebackType", names, 4, -1};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kwnames, a))
        return REF_NULL;
    Object *next = NULL;
    if (!ref_is_none(a[0])) {
        if (!ref_isinstance_exact(a[0], &traceback_type))
            return err_format(t, &exc_TypeError,
                              "expected traceback object or None, got '%T'", a[0]);
        next = ref_obj(a[0]);
    }
    if (!ref_isinstance_exact(a[1], &frame_type))
        return err_format(t, &exc_TypeError,
                          "TracebackType() argument 'tb_frame' must be frame, not %T", a[1]);
    intptr_t lasti, lineno;
    if (!arg_ssize(t, a[2], &lasti) || !arg_ssize(t, a[3], &lineno))
        return REF_NULL;
    return ref_from_obj(traceback_new(t, next, ref_obj(a[1]), (int)(lasti / 2), (int)lineno));
}

static void tb_dealloc(Object *o) {
    Traceback *tb = (Traceback *)o;
    gc_untrack(o);
    obj_xdecref(tb->tb_next);
    obj_xdecref(tb->tb_frame);
    traceback_type.tp_free(o);
}

static int tb_traverse(Object *o, VisitFn visit, void *arg) {
    Traceback *tb = (Traceback *)o;
    if (tb->tb_next) {
        int r = visit(tb->tb_next, arg);
        if (r)
            return r;
    }
    return tb->tb_frame ? visit(tb->tb_frame, arg) : 0;
}

static int tb_clear(Object *o) {
    Traceback *tb = (Traceback *)o;
    OBJ_SETREF(tb->tb_next, NULL);
    OBJ_SETREF(tb->tb_frame, NULL);
    return 0;
}

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL},
};

Type traceback_type = {
    TYPE_HEAD_INIT,
    .tp_name = "traceback",
    .tp_basicsize = sizeof(Traceback),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = tb_dealloc,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_free = obj_free,
    .getattro = object_generic_getattr,
    .new_ = tb_new,
    .getsets = tb_getsets,
};
