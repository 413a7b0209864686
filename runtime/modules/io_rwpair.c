/* _io.BufferedRWPair: a BufferedReader over one raw stream and a BufferedWriter over
 * another, behind one buffered object (socket.makefile("rwb") is built on it). Reads go
 * to the reader, writes and flush to the writer. */
#include "modules/io.h"
#include "spry.h"

typedef struct RWPair {
    Object ob;
    Ref reader;   /* a BufferedReader, REF_NULL until __init__ */
    Ref writer;   /* a BufferedWriter */
} RWPair;

#define PAIR(r) ((RWPair *)ref_obj(r))

static Ref rwpair_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    return o ? ref_from_obj(o) : REF_NULL;
}

/* raw.readable() (or writable()) must be true: UnsupportedOperation otherwise. */
static int check_raw(Thread *t, Ref raw, const char *method, const char *msg) {
    Ref r = io_call(t, raw, method, NULL, 0);
    if (ref_is_null(r)) return -1;
    int ok = obj_truthy(t, r);
    ref_close(r);
    if (ok == 0) err_set(t, &exc_UnsupportedOperation, msg);
    return ok > 0 ? 0 : -1;
}

static int rwpair_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (kw && tuple_size(kw)) {
        err_set(t, &exc_TypeError, "BufferedRWPair() takes no keyword arguments");
        return -1;
    }
    if (nargs < 2 || nargs > 3) {
        err_format(t, &exc_TypeError, "BufferedRWPair expected at %s %d arguments, got %zu",
                   nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, nargs);
        return -1;
    }
    intptr_t size = IO_DEFAULT_BUFFER_SIZE;
    if (nargs == 3 && !io_size_arg(t, args[2], &size)) return -1;
    if (check_raw(t, args[0], "readable", "File or stream is not readable.") < 0 ||
        check_raw(t, args[1], "writable", "File or stream is not writable.") < 0)
        return -1;
    Ref reader = buffered_new_for(t, &bufferedreader_type, args[0], size);
    if (ref_is_null(reader)) return -1;
    Ref writer = buffered_new_for(t, &bufferedwriter_type, args[1], size);
    if (ref_is_null(writer)) {
        ref_close(reader);
        return -1;
    }
    RWPair *p = PAIR(self);
    REF_SETREF(p->reader, reader);
    REF_SETREF(p->writer, writer);
    return 0;
}

static void rwpair_dealloc(Object *o) {
    RWPair *p = (RWPair *)o;
    ref_close(p->reader);
    ref_close(p->writer);
    o->ob_type->tp_free(o);
}

/* The reader (or writer) of an initialized pair, borrowed; REF_NULL with ValueError. */
static Ref half(Thread *t, Ref self, bool writer) {
    RWPair *p = PAIR(self);
    Ref r = writer ? p->writer : p->reader;
    if (ref_is_null(r)) err_set(t, &exc_ValueError, "I/O operation on uninitialized object");
    return r;
}

static Ref forward(Thread *t, Ref self, bool writer, const char *name, const Ref *args, size_t nargs,
                   Object *kw) {
    Ref target = half(t, self, writer);
    if (ref_is_null(target)) return REF_NULL;
    Object *n = str_intern_cstr(t, name);
    if (!n) return REF_NULL;
    Ref r = obj_call_method_kw(t, target, n, args, nargs, kw);
    obj_decref(n);
    return r;
}

#define FORWARD(fn, name, writer)                                                          \
    static Ref fn(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {        \
        return forward(t, self, writer, name, args, nargs, kw);                            \
    }
FORWARD(rwpair_read, "read", false)
FORWARD(rwpair_read1, "read1", false)
FORWARD(rwpair_peek, "peek", false)
FORWARD(rwpair_readinto, "readinto", false)
FORWARD(rwpair_readinto1, "readinto1", false)
FORWARD(rwpair_readable, "readable", false)
FORWARD(rwpair_write, "write", true)
FORWARD(rwpair_flush, "flush", true)
FORWARD(rwpair_writable, "writable", true)
#undef FORWARD

static Ref rwpair_isatty(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref r = forward(t, self, true, "isatty", args, nargs, kw);
    if (ref_is_null(r) || !ref_is(r, REF_FALSE)) return r;
    return forward(t, self, false, "isatty", args, nargs, kw);
}

/* Closes the writer (flushing it), then the reader; the writer's error wins, with the
 * reader's as its context when both fail. */
static Ref rwpair_close(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref r = forward(t, self, true, "close", args, nargs, kw);
    Ref first = ref_is_null(r) ? err_fetch(t) : REF_NULL;
    ref_close(r);
    r = forward(t, self, false, "close", args, nargs, kw);
    if (ref_is_null(first)) return r;
    if (ref_is_null(r)) {
        Ref second = err_fetch(t);
        exc_set_context(ref_obj(second), ref_obj(first));
        err_restore(t, second);
        return REF_NULL;
    }
    ref_close(r);
    err_restore(t, first);
    return REF_NULL;
}

static Ref rwpair_get_closed(Thread *t, Ref self, void *c) {
    (void)c;
    Ref w = half(t, self, true);
    return ref_is_null(w) ? REF_NULL : obj_getattr_cstr(t, w, "closed");
}

static const MethodDef rwpair_methods[] = {
    {"read", rwpair_read, 0, NULL},
    {"peek", rwpair_peek, 0, NULL},
    {"read1", rwpair_read1, 0, NULL},
    {"readinto", rwpair_readinto, 0, NULL},
    {"readinto1", rwpair_readinto1, 0, NULL},
    {"write", rwpair_write, 0, NULL},
    {"flush", rwpair_flush, 0, NULL},
    {"readable", rwpair_readable, 0, NULL},
    {"writable", rwpair_writable, 0, NULL},
    {"close", rwpair_close, 0, NULL},
    {"isatty", rwpair_isatty, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef rwpair_getsets[] = {
    {"closed", rwpair_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type bufferedrwpair_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io.BufferedRWPair",
    .tp_basicsize = sizeof(RWPair),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "A buffered reader and writer object together.",
    .tp_base = &bufferediobase_type,
    .tp_dealloc = rwpair_dealloc,
    .tp_free = obj_free,
    .new_ = rwpair_new,
    .init = rwpair_init,
    .methods = rwpair_methods,
    .getsets = rwpair_getsets,
};
