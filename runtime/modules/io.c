/* The io and _io modules, open(), and the abstract base classes _IOBase, _RawIOBase,
 * _BufferedIOBase and _TextIOBase (see io.h). */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "modules/io.h"
#include "modules/posixmodule.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

/* ---- shared helpers ----------------------------------------------------------------------- */

Ref io_unsupported(Thread *t, const char *msg) { return err_set(t, &exc_UnsupportedOperation, msg); }

Ref io_closed_error(Thread *t) { return err_set(t, &exc_ValueError, "I/O operation on closed file."); }

Ref io_call(Thread *t, Ref obj, const char *name, const Ref *args, size_t nargs) {
    Object *n = str_intern_cstr(t, name);
    if (!n) return REF_NULL;
    Ref r = obj_call_method(t, obj, n, args, nargs);
    obj_decref(n);
    return r;
}

Ref io_flush_then_close(Thread *t, Ref self, Ref inner) {
    Ref r = io_call(t, self, "flush", NULL, 0);
    Ref flush_exc = err_fetch(t);
    ref_close(r);
    r = io_call(t, inner, "close", NULL, 0);
    if (!ref_is_null(flush_exc)) {
        if (ref_is_null(r)) {
            Ref close_exc = err_fetch(t);
            exc_set_context(ref_obj(close_exc), ref_obj(flush_exc));
            err_restore(t, close_exc);
            return REF_NULL;
        }
        ref_close(r);
        err_restore(t, flush_exc);
        return REF_NULL;
    }
    if (ref_is_null(r)) return REF_NULL;
    ref_close(r);
    return REF_NONE;
}

/* Flushes v if it is an open object of type tp (or a subclass); errors are ignored. */
static void flush_if_open(Thread *t, Ref v, Type *tp) {
    if (!ref_is_obj(v) || !type_is_subtype(ref_type(v), tp)) return;
    if (io_is_closed(t, v) == 0) ref_close(io_call(t, v, "flush", NULL, 0));
    err_clear(t);
}

void io_flush_all(Thread *t) {
    /* text layers first: they hand their pending text to the buffered layers below */
    Type *const layers[] = {&textiowrapper_type, &bufferedwriter_type, &bufferedrandom_type};
    Object *mods = dict_values_list(t, t->interp->modules);
    if (!mods) {
        err_clear(t);
        return;
    }
    for (size_t k = 0; k < sizeof layers / sizeof layers[0]; k++)
        for (intptr_t m = 0; m < list_size(mods); m++) {
            Ref mod = list_items(mods)[m];
            /* sys's streams are sys_flush_std_streams' business: CPython flushes only the
             * current sys.stdout/stderr, not a replaced one still in sys.__stdout__ */
            if (!ref_type_is(mod, &module_type) || module_dict(ref_obj(mod)) == t->interp->sysdict) continue;
            Object *globals = dict_values_list(t, module_dict(ref_obj(mod)));
            if (!globals) {
                err_clear(t);
                continue;
            }
            for (intptr_t i = 0; i < list_size(globals); i++) flush_if_open(t, list_items(globals)[i], layers[k]);
            obj_decref(globals);
        }
    obj_decref(mods);
}

int io_is_closed(Thread *t, Ref obj) {
    /* The built-in layers answer without an attribute lookup (every write asks). */
    Type *tp = ref_type(obj);
    if (tp == &fileio_type) return fileio_is_closed(obj);
    if (tp == &bufferedreader_type || tp == &bufferedwriter_type || tp == &bufferedrandom_type) {
        Ref raw = buffered_raw(obj);
        if (!ref_is_null(raw)) return io_is_closed(t, raw);
    }
    Ref c = obj_getattr_cstr(t, obj, "closed");
    if (ref_is_null(c)) return -1;
    int r = obj_truthy(t, c);
    ref_close(c);
    return r;
}

int io_check_closed(Thread *t, Ref obj) {
    int c = io_is_closed(t, obj);
    if (c < 0) return -1;
    if (c) {
        io_closed_error(t);
        return -1;
    }
    return 0;
}

bool io_size_arg(Thread *t, Ref arg, intptr_t *out) {
    if (ref_is_null(arg) || ref_is_none(arg)) {
        *out = -1;
        return true;
    }
    if (!int_check(arg) && !ref_type(arg)->index) {
        err_format(t, &exc_TypeError, "argument should be integer or None, not '%s'", type_name(ref_type(arg)));
        return false;
    }
    intptr_t v = obj_as_ssize(t, arg, &exc_OverflowError);
    if (v == -1 && err_occurred(t)) return false;
    *out = v;
    return true;
}

Ref io_oserror(Thread *t, int err, Ref filename) {
    Object *msg = str_from_cstr(t, strerror(err));
    if (!msg) return REF_NULL;
    Ref a[3] = {ref_from_int(err), ref_from_obj(msg), filename};
    Ref exc = obj_call(t, ref_immortal(&exc_OSError), a, ref_is_null(filename) ? 2 : 3, NULL);
    obj_decref(msg);
    if (ref_is_null(exc)) return REF_NULL;
    return err_raise(t, exc);
}

Ref io_newlines_value(Thread *t, int seen) {
    static const char *const names[] = {"\r", "\n", "\r\n"};
    static const int bits[] = {NL_CR, NL_LF, NL_CRLF};
    Ref items[3];
    int n = 0;
    for (int i = 0; i < 3; i++) {
        if (!(seen & bits[i])) continue;
        Object *s = str_from_cstr(t, names[i]);
        if (!s) {
            for (int j = 0; j < n; j++) ref_close(items[j]);
            return REF_NULL;
        }
        items[n++] = ref_from_obj(s);
    }
    if (n == 0) return REF_NONE;
    if (n == 1) return items[0];
    return ref_from_obj(tuple_from_array_steal(t, items, n));
}

/* ---- _IOBase ----------------------------------------------------------------------------- */

/* Python subclasses keep their closed state in the instance dict, as CPython does. */
#define IOBASE_CLOSED_ATTR "__IOBase_closed"

static int iobase_closed_flag(Thread *t, Ref self) {
    Object *n = str_intern_cstr(t, IOBASE_CLOSED_ATTR);
    if (!n) return -1;
    Ref v = obj_lookup_attr(t, self, n);
    obj_decref(n);
    if (ref_is_null(v)) return err_occurred(t) ? -1 : 0;
    int r = obj_truthy(t, v);
    ref_close(v);
    return r;
}

static Ref iobase_get_closed(Thread *t, Ref self, void *c) {
    int r = iobase_closed_flag(t, self);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

FN(iobase_close) {
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    int c = iobase_closed_flag(t, self);
    if (c < 0) return REF_NULL;
    if (c) return REF_NONE;
    Ref r = io_call(t, self, "flush", NULL, 0);
    Ref saved = err_fetch(t);
    Object *n = str_intern_cstr(t, IOBASE_CLOSED_ATTR);
    int rc = n ? obj_setattr(t, self, n, REF_TRUE) : -1;
    obj_xdecref(n);
    if (!ref_is_null(saved)) {
        err_restore(t, saved);
        return REF_NULL;
    }
    if (ref_is_null(r) || rc < 0) {
        ref_close(r);
        return REF_NULL;
    }
    ref_close(r);
    return REF_NONE;
}

FN(iobase_flush) {
    if (!args_none(t, "flush", nargs, kw)) return REF_NULL;
    /* As CPython 3.11: only the _IOBase closed flag counts here, not `closed`. */
    int c = type_is_subtype(ref_type(self), &fileio_type) ? io_is_closed(t, self) : iobase_closed_flag(t, self);
    if (c < 0) return REF_NULL;
    return c ? io_closed_error(t) : REF_NONE;
}

FN(iobase_false) { return REF_FALSE; }

FN(iobase_seek) { return io_unsupported(t, "seek"); }
FN(iobase_truncate) { return io_unsupported(t, "truncate"); }
FN(iobase_fileno) { return io_unsupported(t, "fileno"); }

FN(iobase_tell) {
    if (!args_none(t, "tell", nargs, kw)) return REF_NULL;
    Ref a[2] = {ref_from_int(0), ref_from_int(1)};
    return io_call(t, self, "seek", a, 2);
}

FN(iobase_isatty) {
    if (!args_none(t, "isatty", nargs, kw)) return REF_NULL;
    if (io_check_closed(t, self) < 0) return REF_NULL;
    return REF_FALSE;
}

FN(iobase_enter) {
    if (io_check_closed(t, self) < 0) return REF_NULL;
    return ref_dup(self);
}

FN(iobase_exit) { return io_call(t, self, "close", NULL, 0); }

static Ref iobase_iter(Thread *t, Ref self) {
    if (io_check_closed(t, self) < 0) return REF_NULL;
    return ref_dup(self);
}

Ref iobase_iternext(Thread *t, Ref self) {
    Ref line = io_call(t, self, "readline", NULL, 0);
    if (ref_is_null(line)) return REF_NULL;
    intptr_t n = obj_len(t, line);
    if (n <= 0) {
        ref_close(line);
        return REF_NULL;
    }
    return line;
}

static int check_flag(Thread *t, Ref self, const char *meth, const char *msg) {
    Ref r = io_call(t, self, meth, NULL, 0);
    if (ref_is_null(r)) return -1;
    int ok = obj_truthy(t, r);
    ref_close(r);
    if (ok < 0) return -1;
    if (!ok) {
        io_unsupported(t, msg);
        return -1;
    }
    return 0;
}

FN(iobase_check_closed) { return io_check_closed(t, self) < 0 ? REF_NULL : REF_NONE; }
FN(iobase_check_readable) {
    return check_flag(t, self, "readable", "File or stream is not readable.") < 0 ? REF_NULL : REF_NONE;
}
FN(iobase_check_writable) {
    return check_flag(t, self, "writable", "File or stream is not writable.") < 0 ? REF_NULL : REF_NONE;
}
FN(iobase_check_seekable) {
    return check_flag(t, self, "seekable", "File or stream is not seekable.") < 0 ? REF_NULL : REF_NONE;
}

/* readline() in terms of read(1) (peek() when the stream has it). */
FN(iobase_readline) {
    if (!args_count(t, "readline", nargs, kw, 0, 1)) return REF_NULL;
    intptr_t limit = -1;
    if (nargs && !io_size_arg(t, args[0], &limit)) return REF_NULL;
    BytesBuf buf;
    bytes_buf_init(&buf);
    while (limit < 0 || buf.len < limit) {
        Ref one = io_call(t, self, "read", (Ref[]){ref_from_int(1)}, 1);
        if (ref_is_null(one)) goto fail;
        if (ref_is_none(one)) break;
        ByteView v;
        if (!bytes_view(one, &v)) {
            err_format(t, &exc_OSError, "read() should have returned a bytes object, not '%s'",
                       type_name(ref_type(one)));
            ref_close(one);
            goto fail;
        }
        if (v.len == 0) {
            ref_close(one);
            break;
        }
        bool ok = bytes_buf_put(t, &buf, v.data, v.len);
        bool nl = v.data[v.len - 1] == '\n';
        ref_close(one);
        if (!ok) return REF_NULL;
        if (nl) break;
    }
    return ref_from_obj(bytes_buf_finish(t, &buf));
fail:
    bytes_buf_discard(&buf);
    return REF_NULL;
}

Ref iobase_readlines(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "readlines", nargs, kw, 0, 1)) return REF_NULL;
    intptr_t hint = -1;
    if (nargs && !io_size_arg(t, args[0], &hint)) return REF_NULL;
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    Ref it = obj_iter(t, self);
    if (ref_is_null(it)) goto fail;
    intptr_t total = 0;
    for (;;) {
        Ref line = obj_next(t, it);
        if (ref_is_null(line)) {
            if (err_occurred(t)) goto fail_it;
            break;
        }
        intptr_t n = obj_len(t, line);
        if (n < 0 || list_append_steal(t, lst, line) < 0) goto fail_it;
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    ref_close(it);
    return ref_from_obj(lst);
fail_it:
    ref_close(it);
fail:
    obj_decref(lst);
    return REF_NULL;
}

FN(iobase_writelines) {
    if (!args_one(t, "writelines", nargs, kw)) return REF_NULL;
    if (io_check_closed(t, self) < 0) return REF_NULL;
    Ref it = obj_iter(t, args[0]);
    if (ref_is_null(it)) return REF_NULL;
    for (;;) {
        Ref line = obj_next(t, it);
        if (ref_is_null(line)) {
            ref_close(it);
            return err_occurred(t) ? REF_NULL : REF_NONE;
        }
        Ref r = io_call(t, self, "write", &line, 1);
        ref_close(line);
        if (ref_is_null(r)) {
            ref_close(it);
            return REF_NULL;
        }
        ref_close(r);
    }
}

void iobase_finalize(Object *o) {
    Thread *t = thread_current();
    if (!t) return;
    Ref self = ref_from_obj(o);
    Ref saved = err_fetch(t);
    int c = io_is_closed(t, self);
    if (c == 0) {
        Ref r = io_call(t, self, "close", NULL, 0);
        ref_close(r);
    }
    /* CPython silences errors of the implicit close (outside its development mode). */
    err_clear(t);
    err_restore(t, saved);
}

static const MethodDef iobase_methods[] = {
    {"seek", iobase_seek, 0, NULL},
    {"tell", iobase_tell, 0, NULL},
    {"truncate", iobase_truncate, 0, NULL},
    {"flush", iobase_flush, 0, NULL},
    {"close", iobase_close, 0, NULL},
    {"seekable", iobase_false, 0, NULL},
    {"readable", iobase_false, 0, NULL},
    {"writable", iobase_false, 0, NULL},
    {"fileno", iobase_fileno, 0, NULL},
    {"isatty", iobase_isatty, 0, NULL},
    {"readline", iobase_readline, 0, NULL},
    {"readlines", iobase_readlines, 0, NULL},
    {"writelines", iobase_writelines, 0, NULL},
    {"__enter__", iobase_enter, 0, NULL},
    {"__exit__", iobase_exit, 0, NULL},
    {"_checkClosed", iobase_check_closed, 0, NULL},
    {"_checkReadable", iobase_check_readable, 0, NULL},
    {"_checkWritable", iobase_check_writable, 0, NULL},
    {"_checkSeekable", iobase_check_seekable, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef iobase_getsets[] = {
    {"closed", iobase_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type iobase_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io._IOBase",
    .tp_basicsize = sizeof(Object),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "The abstract base class for all I/O classes.",
    .tp_finalize = iobase_finalize,
    .new_ = object_new,
    .iter = iobase_iter,
    .iternext = iobase_iternext,
    .methods = iobase_methods,
    .getsets = iobase_getsets,
};

/* ---- _RawIOBase --------------------------------------------------------------------------- */

FN(rawiobase_read) {
    if (!args_count(t, "read", nargs, kw, 0, 1)) return REF_NULL;
    intptr_t n = -1;
    if (nargs && !io_size_arg(t, args[0], &n)) return REF_NULL;
    if (n < 0) return io_call(t, self, "readall", NULL, 0);
    Object *ba = bytearray_from(t, "", 0);
    if (!ba) return REF_NULL;
    if (bytearray_resize(t, ba, n) < 0) {
        obj_decref(ba);
        return REF_NULL;
    }
    if (n) memset(bytearray_data(ba), 0, (size_t)n);
    Ref arg = ref_from_obj(ba);
    Ref r = io_call(t, self, "readinto", &arg, 1);
    if (ref_is_null(r) || ref_is_none(r)) {
        obj_decref(ba);
        return r;
    }
    intptr_t got = obj_as_ssize(t, r, &exc_OverflowError);
    ref_close(r);
    if (got == -1 && err_occurred(t)) {
        obj_decref(ba);
        return REF_NULL;
    }
    if (got < 0 || got > n) {
        obj_decref(ba);
        return err_format(t, &exc_ValueError, "readinto returned %zd outside buffer size %zd", got, n);
    }
    Object *res = bytes_from(t, bytearray_data(ba), got);
    obj_decref(ba);
    return ref_from_obj(res);
}

FN(rawiobase_readall) {
    if (!args_none(t, "readall", nargs, kw)) return REF_NULL;
    BytesBuf buf;
    bytes_buf_init(&buf);
    for (;;) {
        Ref chunk = io_call(t, self, "read", (Ref[]){ref_from_int(IO_DEFAULT_BUFFER_SIZE)}, 1);
        if (ref_is_null(chunk)) {
            bytes_buf_discard(&buf);
            return REF_NULL;
        }
        if (ref_is_none(chunk)) {
            if (buf.len == 0) {
                bytes_buf_discard(&buf);
                return chunk;
            }
            break;
        }
        if (!bytes_check(chunk)) {
            ref_close(chunk);
            bytes_buf_discard(&buf);
            return err_set(t, &exc_TypeError, "read() should return bytes");
        }
        intptr_t len = bytes_size(ref_obj(chunk));
        bool ok = len == 0 || bytes_buf_put(t, &buf, bytes_data(ref_obj(chunk)), len);
        ref_close(chunk);
        if (!ok) return REF_NULL;
        if (len == 0) break;
    }
    return ref_from_obj(bytes_buf_finish(t, &buf));
}

static const MethodDef rawiobase_methods[] = {
    {"read", rawiobase_read, 0, NULL},
    {"readall", rawiobase_readall, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type rawiobase_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io._RawIOBase",
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Base class for raw binary I/O.",
    .tp_base = &iobase_type,
    .methods = rawiobase_methods,
};

/* ---- _BufferedIOBase ---------------------------------------------------------------------- */

FN(bufiobase_read) { return io_unsupported(t, "read"); }
FN(bufiobase_read1) { return io_unsupported(t, "read1"); }
FN(bufiobase_write) { return io_unsupported(t, "write"); }
FN(bufiobase_detach) { return io_unsupported(t, "detach"); }

static Ref bufiobase_readinto_impl(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw,
                                   const char *meth) {
    if (!args_one(t, meth, nargs, kw)) return REF_NULL;
    intptr_t n = obj_len(t, args[0]);
    if (n < 0) return REF_NULL;
    Ref data = io_call(t, self, meth[8] ? "read1" : "read", (Ref[]){ref_from_int(n)}, 1);
    if (ref_is_null(data)) return REF_NULL;
    ByteView v;
    if (!bytes_view(data, &v)) {
        ref_close(data);
        return err_set(t, &exc_TypeError, "read() should return bytes");
    }
    intptr_t got = v.len > n ? n : v.len;
    Object *sl = slice_new(t, ref_from_int(0), ref_from_int(got), REF_NULL);
    int rc = sl ? obj_setitem(t, args[0], ref_from_obj(sl), data) : -1;
    obj_xdecref(sl);
    ref_close(data);
    return rc < 0 ? REF_NULL : ref_from_int(got);
}

FN(bufiobase_readinto) { return bufiobase_readinto_impl(t, self, args, nargs, kw, "readinto"); }
FN(bufiobase_readinto1) { return bufiobase_readinto_impl(t, self, args, nargs, kw, "readinto1"); }

static const MethodDef bufiobase_methods[] = {
    {"read", bufiobase_read, 0, NULL},
    {"read1", bufiobase_read1, 0, NULL},
    {"write", bufiobase_write, 0, NULL},
    {"detach", bufiobase_detach, 0, NULL},
    {"readinto", bufiobase_readinto, 0, NULL},
    {"readinto1", bufiobase_readinto1, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type bufferediobase_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io._BufferedIOBase",
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Base class for buffered IO objects.",
    .tp_base = &iobase_type,
    .methods = bufiobase_methods,
};

/* ---- _TextIOBase -------------------------------------------------------------------------- */

FN(textiobase_read) { return io_unsupported(t, "read"); }
FN(textiobase_readline) { return io_unsupported(t, "readline"); }
FN(textiobase_write) { return io_unsupported(t, "write"); }
FN(textiobase_detach) { return io_unsupported(t, "detach"); }
static Ref textiobase_none(Thread *t, Ref self, void *c) { return REF_NONE; }

static const MethodDef textiobase_methods[] = {
    {"read", textiobase_read, 0, NULL},
    {"readline", textiobase_readline, 0, NULL},
    {"write", textiobase_write, 0, NULL},
    {"detach", textiobase_detach, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef textiobase_getsets[] = {
    {"encoding", textiobase_none, NULL, NULL, NULL},
    {"newlines", textiobase_none, NULL, NULL, NULL},
    {"errors", textiobase_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type textiobase_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io._TextIOBase",
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Base class for text I/O.",
    .tp_base = &iobase_type,
    .methods = textiobase_methods,
    .getsets = textiobase_getsets,
};

/* ---- io.UnsupportedOperation (OSError, ValueError) ---------------------------------------- */

Type exc_UnsupportedOperation = {
    TYPE_HEAD_INIT,
    .tp_name = "io.UnsupportedOperation",
    .tp_basicsize = sizeof(OSErrorExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_OSError,
};

/* ---- open() ------------------------------------------------------------------------------- */

static bool opt_str_arg(Thread *t, Ref v, const char *name) {
    if (ref_is_null(v) || ref_is_none(v) || str_check(v)) return true;
    err_format(t, &exc_TypeError, "open() argument '%s' must be str or None, not %T", name, v);
    return false;
}

static bool given(Ref v) { return !ref_is_null(v) && !ref_is_none(v); }

FN(io_open) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    static const ArgSpec spec = {"open", names, 1, -1};
    Ref a[8];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    Ref file = a[0];
    const char *mode = "r";
    if (!ref_is_null(a[1])) {
        if (!str_check(a[1]))
            return err_format(t, &exc_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        mode = str_utf8(t, ref_obj(a[1]), NULL);
        if (!mode) return REF_NULL;
    }
    intptr_t buffering = -1;
    if (!ref_is_null(a[2])) {
        buffering = obj_as_ssize(t, a[2], &exc_OverflowError);
        if (buffering == -1 && err_occurred(t)) return REF_NULL;
    }
    if (!opt_str_arg(t, a[3], "encoding") || !opt_str_arg(t, a[4], "errors") ||
        !opt_str_arg(t, a[5], "newline"))
        return REF_NULL;
    bool closefd = true;
    if (!ref_is_null(a[6])) {
        int c = obj_truthy(t, a[6]);
        if (c < 0) return REF_NULL;
        closefd = c;
    }
    Ref opener = ref_is_null(a[7]) ? REF_NONE : a[7];

    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
    for (const char *p = mode; *p; p++) {
        const char *ok = strchr("xrwab+t", *p);
        if (!ok || strchr(p + 1, *p)) return err_format(t, &exc_ValueError, "invalid mode: %R", a[1]);
        switch (*p) {
        case 'x': creating = true; break;
        case 'r': reading = true; break;
        case 'w': writing = true; break;
        case 'a': appending = true; break;
        case '+': updating = true; break;
        case 't': text = true; break;
        case 'b': binary = true; break;
        }
    }
    if (text && binary) return err_set(t, &exc_ValueError, "can't have text and binary mode at once");
    if (creating + reading + writing + appending > 1)
        return err_set(t, &exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (!(creating || reading || writing || appending))
        return err_set(t, &exc_ValueError,
                       "Must have exactly one of create/read/write/append mode and at most one plus");
    if (binary && given(a[3])) return err_set(t, &exc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && given(a[4])) return err_set(t, &exc_ValueError, "binary mode doesn't take an errors argument");
    if (binary && given(a[5])) return err_set(t, &exc_ValueError, "binary mode doesn't take a newline argument");
    char rawmode[8], *rm = rawmode;
    if (creating) *rm++ = 'x';
    if (reading) *rm++ = 'r';
    if (writing) *rm++ = 'w';
    if (appending) *rm++ = 'a';
    if (updating) *rm++ = '+';
    *rm = 0;

    if (ref_is_obj(file) && ref_type_is(file, &float_type))
        return err_format(t, &exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    /* a path-like object is opened, and named in errors and .name, by its fspath */
    Ref path = int_check(file) ? ref_dup(file) : posix_fspath(t, file);
    if (ref_is_null(path)) return REF_NULL;
    Ref raw = fileio_open(t, path, rawmode, closefd, opener);
    ref_close(path);
    if (ref_is_null(raw)) return REF_NULL;
    Ref buffer = REF_NULL, result = REF_NULL;
    bool line_buffering = false;
    if (buffering == 1 || buffering < 0) {
        Ref tty = io_call(t, raw, "isatty", NULL, 0);
        if (ref_is_null(tty)) goto fail;
        int istty = obj_truthy(t, tty);
        ref_close(tty);
        if (istty < 0) goto fail;
        if (buffering == 1 || istty) {
            buffering = -1;
            line_buffering = true;
        }
    }
    if (buffering < 0) buffering = IO_DEFAULT_BUFFER_SIZE;
    if (buffering == 0) {
        if (binary) return raw;
        err_set(t, &exc_ValueError, "can't have unbuffered text I/O");
        goto fail;
    }
    Type *btype = updating ? &bufferedrandom_type
                : (creating || writing || appending) ? &bufferedwriter_type
                                                      : &bufferedreader_type;
    buffer = buffered_new_for(t, btype, raw, buffering);
    if (ref_is_null(buffer)) goto fail;
    if (binary) {
        ref_close(raw);
        return buffer;
    }
    result = textio_new_for(t, buffer, a[3], a[4], a[5], line_buffering, false,
                            ref_is_null(a[1]) ? NULL : ref_obj(a[1]));
    if (ref_is_null(result)) goto fail;
    ref_close(buffer);
    ref_close(raw);
    return result;
fail: {
    Ref saved = err_fetch(t);
    Ref r = io_call(t, ref_is_null(buffer) ? raw : buffer, "close", NULL, 0);
    ref_close(r);
    err_clear(t);
    err_restore(t, saved);
    ref_close(buffer);
    ref_close(raw);
    return REF_NULL;
}
}

FN(io_text_encoding) {
    static const char *const names[] = {"encoding", "stacklevel", NULL};
    static const ArgSpec spec = {"text_encoding", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!ref_is_none(a[0])) return ref_dup(a[0]);
    return ref_from_obj(str_from_cstr(t, "locale"));
}

FN(io_open_code) {
    static const char *const names[] = {"path", NULL};
    static const ArgSpec spec = {"open_code", names, 1, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!str_check(a[0]))
        return err_format(t, &exc_TypeError, "open_code() argument 'path' must be str, not %T", a[0]);
    Object *rb = str_from_cstr(t, "rb");
    if (!rb) return REF_NULL;
    Ref fa[2] = {a[0], ref_from_obj(rb)};
    Ref r = io_open(t, self, fa, 2, NULL);
    obj_decref(rb);
    return r;
}

static const MethodDef io_open_def[] = {
    {"open", io_open, 0,
     "Open file and return a stream.  Raise OSError upon failure."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef io_functions[] = {
    {"text_encoding", io_text_encoding, 0, NULL},
    {"open_code", io_open_code, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- readying and the modules ------------------------------------------------------------ */

static Type *const io_types[] = {
    &iobase_type, &rawiobase_type, &bufferediobase_type, &textiobase_type,
    &fileio_type, &bytesio_type, &stringio_type, &bufferedreader_type,
    &bufferedwriter_type, &bufferedrandom_type, &textiowrapper_type, &exc_UnsupportedOperation,
    &bufferedrwpair_type,
};
#define N_IO_TYPES (sizeof io_types / sizeof io_types[0])

/* Runs once per process (pthread_once), on the first interpreter's thread: everything it
 * allocates is made immortal by type_ready. */
static void io_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    Object *bases = tuple_pack(t, 2, ref_immortal(&exc_OSError), ref_immortal(&exc_ValueError));
    if (bases) {
        bases->ob_refcnt = REFCNT_IMMORTAL;
        exc_UnsupportedOperation.tp_bases = bases;
        for (size_t i = 0; i < N_IO_TYPES; i++)
            if (type_ready(t, io_types[i]) < 0) break;
    }
    err_clear(t);
    err_restore(t, saved);
}

int io_ensure_ready(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, io_ready_types);
    for (size_t i = 0; i < N_IO_TYPES; i++)
        if (!type_has_flag(io_types[i], TPFLAG_READY)) {
            err_set(t, &exc_SystemError, "cannot initialize the io types");
            return -1;
        }
    return 0;
}

int io_builtins_add(Thread *t, Object *builtins_module) {
    if (io_ensure_ready(t) < 0) return -1;
    return module_add_functions(t, builtins_module, io_open_def);
}

static Object *io_make_module(Thread *t, const char *name, bool public_names) {
    if (io_ensure_ready(t) < 0) return NULL;
    Object *m = module_new_cstr(t, name);
    if (!m) return NULL;
    if (module_add_functions(t, m, io_functions) < 0) goto fail;
    /* open is the builtins' own function object (io.open is open). */
    Ref open_fn = dict_get_cstr(t, t->interp->builtins, "open");
    if (ref_is_null(open_fn)) {
        if (err_occurred(t)) goto fail;
        if (module_add_functions(t, m, io_open_def) < 0) goto fail;
    } else {
        int rc = module_add_ref(t, m, "open", open_fn);
        ref_close(open_fn);
        if (rc < 0) goto fail;
    }
    static const struct {
        const char *name;
        Type *type;
    } types[] = {
        {"FileIO", &fileio_type},
        {"BytesIO", &bytesio_type},
        {"StringIO", &stringio_type},
        {"BufferedReader", &bufferedreader_type},
        {"BufferedWriter", &bufferedwriter_type},
        {"BufferedRandom", &bufferedrandom_type},
        {"BufferedRWPair", &bufferedrwpair_type},
        {"TextIOWrapper", &textiowrapper_type},
        {"UnsupportedOperation", &exc_UnsupportedOperation},
        {"BlockingIOError", &exc_BlockingIOError},
        {"_IOBase", &iobase_type},
        {"_RawIOBase", &rawiobase_type},
        {"_BufferedIOBase", &bufferediobase_type},
        {"_TextIOBase", &textiobase_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        const char *n = types[i].name;
        if (public_names && n[0] == '_') n++;
        if (module_add_ref(t, m, n, ref_immortal(types[i].type)) < 0) goto fail;
    }
    if (module_add_ref(t, m, "DEFAULT_BUFFER_SIZE", ref_from_int(IO_DEFAULT_BUFFER_SIZE)) < 0) goto fail;
    if (public_names &&
        (module_add_ref(t, m, "SEEK_SET", ref_from_int(0)) < 0 ||
         module_add_ref(t, m, "SEEK_CUR", ref_from_int(1)) < 0 ||
         module_add_ref(t, m, "SEEK_END", ref_from_int(2)) < 0))
        goto fail;
    return m;
fail:
    obj_decref(m);
    return NULL;
}

Object *io_module_create(Thread *t) { return io_make_module(t, "io", true); }
Object *io_private_module_create(Thread *t) { return io_make_module(t, "_io", false); }
