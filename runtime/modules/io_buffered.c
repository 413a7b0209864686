/* io.BufferedReader, io.BufferedWriter and io.BufferedRandom over a raw stream (see io.h).
 *
 * One layout serves the three types. The read buffer holds raw bytes already read ahead,
 * rbuf[rpos..rlen); the write buffer holds bytes accepted but not yet written, wbuf[0..wlen).
 * At most one of them is non-empty at any time (BufferedRandom flushes the one before using
 * the other), so the logical position is raw.tell() - (rlen - rpos) + wlen. */
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "modules/io.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct Buffered {
    Object ob;
    Ref raw;
    bool ok, detached, readable, writable;
    intptr_t buffer_size;
    char *rbuf;
    intptr_t rpos, rlen, rcap;
    char *wbuf;
    intptr_t wlen, wcap;
    Thread *flusher;           /* the thread inside raw.write, or NULL */
} Buffered;

#define BUF(r) ((Buffered *)ref_obj(r))

static Ref buffered_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    return ref_from_obj(o);
}

static int check_state(Thread *t, Buffered *b) {
    if (!b->ok) {
        err_set(t, &exc_ValueError, b->detached ? "raw stream has been detached"
                                                : "I/O operation on uninitialized object");
        return -1;
    }
    return 0;
}

/* Checks that the stream is usable and open; msg is the closed-file message. */
static int check_open(Thread *t, Buffered *b, const char *msg) {
    if (check_state(t, b) < 0) return -1;
    int c = io_is_closed(t, b->raw);
    if (c < 0) return -1;
    if (c) {
        err_set(t, &exc_ValueError, msg);
        return -1;
    }
    return 0;
}

static bool reserve(Thread *t, char **buf, intptr_t *cap, intptr_t need) {
    if (need <= *cap) return true;
    intptr_t nc = *cap ? *cap : 64;
    while (nc < need) nc *= 2;
    char *nb = mem_realloc(t, *buf, (size_t)nc);
    if (!nb) return false;
    *buf = nb;
    *cap = nc;
    return true;
}

/* raw.read(n): bytes (possibly empty at EOF) or None (no data available without
 * blocking). */
static Ref raw_read(Thread *t, Buffered *b, intptr_t n) {
    Ref r = io_call(t, b->raw, "read", (Ref[]){ref_from_int(n)}, 1);
    if (ref_is_null(r) || ref_is_none(r)) return r;
    if (!bytes_check(r)) {
        ref_close(r);
        return err_set(t, &exc_TypeError, "read() should return bytes");
    }
    if (bytes_size(ref_obj(r)) > n) {
        intptr_t got = bytes_size(ref_obj(r));
        ref_close(r);
        return err_format(t, &exc_OSError, "raw readinto() returned invalid length %zd (should have been between 0 and %zd)", got, n);
    }
    return r;
}

/* Refills the (empty) read buffer with one raw read. 1: data, 0: EOF, -2: no data
 * available (None), -1: error. */
static int fill(Thread *t, Buffered *b) {
    if (b->rpos < b->rlen) return 1;
    b->rpos = b->rlen = 0;
    Ref r = raw_read(t, b, b->buffer_size);
    if (ref_is_null(r)) return -1;
    if (ref_is_none(r)) return -2;
    intptr_t n = bytes_size(ref_obj(r));
    if (!reserve(t, &b->rbuf, &b->rcap, n ? n : 1)) {
        ref_close(r);
        return -1;
    }
    memcpy(b->rbuf, bytes_data(ref_obj(r)), (size_t)n);
    b->rlen = n;
    ref_close(r);
    return n > 0;
}

/* flush_writes' work once this thread is the only flusher: the bytes are taken out of
 * wbuf, and whatever could not be written goes back in front of it. */
static int flush_taken(Thread *t, Buffered *b) {
    Object *pending = bytes_from(t, b->wbuf, b->wlen);
    if (!pending) return -1;
    intptr_t total = b->wlen, done = 0;
    b->wlen = 0;
    while (done < total) {
        Object *chunk = pending;
        if (done == 0) obj_incref(chunk);
        else if (!(chunk = bytes_from(t, bytes_data(pending) + done, total - done))) goto fail;
        Ref arg = ref_from_obj(chunk);
        Ref r = obj_call_method(t, b->raw, ID(write), &arg, 1);
        obj_decref(chunk);
        if (ref_is_null(r)) goto fail;
        if (ref_is_none(r)) {
            err_set(t, &exc_BlockingIOError, "write could not complete without blocking");
            goto fail;
        }
        intptr_t n = obj_as_ssize(t, r, &exc_OverflowError);
        ref_close(r);
        if (n == -1 && err_occurred(t)) goto fail;
        if (n < 0 || n > total - done) {
            err_format(t, &exc_OSError, "raw write() returned invalid length %zd (should have been between 0 and %zd)",
                       n, total - done);
            goto fail;
        }
        done += n;
    }
    obj_decref(pending);
    return 0;
fail: {
    intptr_t rest = total - done;
    if (reserve(t, &b->wbuf, &b->wcap, b->wlen + rest)) {
        memmove(b->wbuf + rest, b->wbuf, (size_t)b->wlen);
        memcpy(b->wbuf, bytes_data(pending) + done, (size_t)rest);
        b->wlen += rest;
    }
    obj_decref(pending);
    return -1;
}
}

/* Writes all pending bytes to raw. A raw write releases the interpreter lock: another
 * thread may append meanwhile (its bytes go after these), and a second flusher waits for
 * this one, so bytes reach raw once and in order (CPython holds a lock for the same). */
static int flush_writes(Thread *t, Buffered *b) {
    if (b->flusher == t) {
        err_format(t, &exc_RuntimeError, "reentrant call inside %R", ref_from_obj(&b->ob));
        return -1;
    }
    while (b->flusher) {
        thread_release(t);
        sched_yield();
        thread_reacquire(t);
    }
    if (b->wlen == 0) return 0;
    b->flusher = t;
    int rc = flush_taken(t, b);
    b->flusher = NULL;
    return rc;
}

/* Moves raw back over the read-ahead bytes and drops them (before writes and seeks). */
static int rewind_reads(Thread *t, Buffered *b) {
    intptr_t ahead = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    if (ahead == 0) return 0;
    Ref a[2] = {ref_from_int(-ahead), ref_from_int(1)};
    Ref r = io_call(t, b->raw, "seek", a, 2);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

static int flush_and_rewind(Thread *t, Buffered *b) {
    if (b->writable && flush_writes(t, b) < 0) return -1;
    if (b->readable && rewind_reads(t, b) < 0) return -1;
    return 0;
}

/* ---- construction ---------------------------------------------------------------------------- */

static int setup(Thread *t, Buffered *b, Ref raw, intptr_t size, const char *fname) {
    Type *tp = b->ob.ob_type;
    b->ok = false;
    b->detached = false;
    b->readable = type_is_subtype(tp, &bufferedreader_type) || type_is_subtype(tp, &bufferedrandom_type);
    b->writable = type_is_subtype(tp, &bufferedwriter_type) || type_is_subtype(tp, &bufferedrandom_type);
    if (type_is_subtype(tp, &bufferedrandom_type)) {
        Ref r = io_call(t, raw, "_checkSeekable", NULL, 0);
        if (ref_is_null(r)) return -1;
        ref_close(r);
    }
    if (b->readable) {
        Ref r = io_call(t, raw, "_checkReadable", NULL, 0);
        if (ref_is_null(r)) return -1;
        ref_close(r);
    }
    if (b->writable) {
        Ref r = io_call(t, raw, "_checkWritable", NULL, 0);
        if (ref_is_null(r)) return -1;
        ref_close(r);
    }
    if (size <= 0) {
        err_set(t, &exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    (void)fname;
    REF_SETREF(b->raw, ref_dup(raw));
    b->buffer_size = size;
    b->rpos = b->rlen = b->wlen = 0;
    b->ok = true;
    return 0;
}

static int buffered_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"raw", "buffer_size", NULL};
    Type *tp = ref_type(self);
    const char *fname = type_is_subtype(tp, &bufferedrandom_type) ? "BufferedRandom"
                      : type_is_subtype(tp, &bufferedwriter_type) ? "BufferedWriter"
                                                                   : "BufferedReader";
    ArgSpec spec = {fname, names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    intptr_t size = IO_DEFAULT_BUFFER_SIZE;
    if (!ref_is_null(a[1])) {
        size = obj_as_ssize(t, a[1], &exc_OverflowError);
        if (size == -1 && err_occurred(t)) return -1;
    }
    return setup(t, BUF(self), a[0], size, fname);
}

Ref buffered_new_for(Thread *t, Type *type, Ref raw, intptr_t buffer_size) {
    Ref self = buffered_new(t, type, NULL, 0, NULL);
    if (ref_is_null(self)) return REF_NULL;
    if (setup(t, BUF(self), raw, buffer_size, type_name(type)) < 0) {
        ref_close(self);
        return REF_NULL;
    }
    return self;
}

static void buffered_dealloc(Object *o) {
    Buffered *b = (Buffered *)o;
    if (b->ok) {
        o->ob_refcnt = 1;
        iobase_finalize(o);
        if (--o->ob_refcnt != 0) return;
    }
    ref_close(b->raw);
    mem_free(b->rbuf);
    mem_free(b->wbuf);
    o->ob_type->tp_free(o);
}

/* ---- reading ----------------------------------------------------------------------------------- */

static Ref read_all(Thread *t, Buffered *b) {
    BytesBuf out;
    bytes_buf_init(&out);
    if (b->rlen > b->rpos && !bytes_buf_put(t, &out, b->rbuf + b->rpos, b->rlen - b->rpos)) return REF_NULL;
    b->rpos = b->rlen = 0;
    Ref r = io_call(t, b->raw, "readall", NULL, 0);
    if (ref_is_null(r)) {
        bytes_buf_discard(&out);
        return REF_NULL;
    }
    if (ref_is_none(r)) {
        if (out.len == 0) {
            bytes_buf_discard(&out);
            return r;
        }
    } else {
        ByteView v;
        if (!bytes_view(r, &v)) {
            ref_close(r);
            bytes_buf_discard(&out);
            return err_set(t, &exc_TypeError, "readall() should return bytes");
        }
        if (out.len == 0 && bytes_check_exact(r)) return r;
        bool ok = bytes_buf_put(t, &out, v.data, v.len);
        ref_close(r);
        if (!ok) return REF_NULL;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}

static Ref read_n(Thread *t, Buffered *b, intptr_t n) {
    intptr_t avail = b->rlen - b->rpos;
    if (n <= avail) {
        Object *r = bytes_from(t, b->rbuf + b->rpos, n);
        if (r) b->rpos += n;
        return ref_from_obj(r);
    }
    BytesBuf out;
    bytes_buf_init(&out);
    if (avail && !bytes_buf_put(t, &out, b->rbuf + b->rpos, avail)) return REF_NULL;
    b->rpos = b->rlen = 0;
    while (out.len < n) {
        intptr_t want = n - out.len;
        if (want >= b->buffer_size) {
            Ref r = raw_read(t, b, want);
            if (ref_is_null(r)) goto fail;
            if (ref_is_none(r)) {
                if (out.len == 0) {
                    bytes_buf_discard(&out);
                    return r;
                }
                break;
            }
            intptr_t got = bytes_size(ref_obj(r));
            bool ok = bytes_buf_put(t, &out, bytes_data(ref_obj(r)), got);
            ref_close(r);
            if (!ok) return REF_NULL;
            if (got == 0) break;
            continue;
        }
        int f = fill(t, b);
        if (f == -1) goto fail;
        if (f == -2) {
            if (out.len == 0) {
                bytes_buf_discard(&out);
                return REF_NONE;
            }
            break;
        }
        if (f == 0) break;
        intptr_t take = b->rlen - b->rpos < want ? b->rlen - b->rpos : want;
        if (!bytes_buf_put(t, &out, b->rbuf + b->rpos, take)) return REF_NULL;
        b->rpos += take;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
fail:
    bytes_buf_discard(&out);
    return REF_NULL;
}

FN(buffered_read) {
    if (!args_count(t, "read", nargs, kw, 0, 1)) return REF_NULL;
    Buffered *b = BUF(self);
    intptr_t n = -1;
    if (nargs && !io_size_arg(t, args[0], &n)) return REF_NULL;
    if (check_state(t, b) < 0) return REF_NULL;
    if (n < -1) return err_set(t, &exc_ValueError, "read length must be non-negative or -1");
    if (check_open(t, b, "read of closed file") < 0) return REF_NULL;
    if (b->writable && flush_writes(t, b) < 0) return REF_NULL;
    return n < 0 ? read_all(t, b) : read_n(t, b, n);
}

FN(buffered_read1) {
    if (!args_count(t, "read1", nargs, kw, 0, 1)) return REF_NULL;
    Buffered *b = BUF(self);
    intptr_t n = -1;
    if (nargs && !io_size_arg(t, args[0], &n)) return REF_NULL;
    if (check_open(t, b, "read of closed file") < 0) return REF_NULL;
    if (n < 0) n = b->buffer_size;
    if (n == 0) return ref_from_obj(bytes_from(t, "", 0));
    if (b->writable && flush_writes(t, b) < 0) return REF_NULL;
    if (b->rlen == b->rpos) {
        if (n > b->buffer_size) {
            Ref r = raw_read(t, b, n);
            if (ref_is_none(r)) {
                return ref_from_obj(bytes_from(t, "", 0));
            }
            return r;
        }
        int f = fill(t, b);
        if (f == -1) return REF_NULL;
        if (f <= 0) return ref_from_obj(bytes_from(t, "", 0));
    }
    intptr_t avail = b->rlen - b->rpos;
    if (n > avail) n = avail;
    Object *r = bytes_from(t, b->rbuf + b->rpos, n);
    if (r) b->rpos += n;
    return ref_from_obj(r);
}

FN(buffered_peek) {
    if (!args_count(t, "peek", nargs, kw, 0, 1)) return REF_NULL;
    Buffered *b = BUF(self);
    if (check_open(t, b, "peek of closed file") < 0) return REF_NULL;
    if (b->writable && flush_writes(t, b) < 0) return REF_NULL;
    if (b->rlen == b->rpos) {
        int f = fill(t, b);
        if (f == -1) return REF_NULL;
    }
    return ref_from_obj(bytes_from(t, b->rbuf ? b->rbuf + b->rpos : "", b->rlen - b->rpos));
}

static Ref readline_impl(Thread *t, Buffered *b, intptr_t limit) {
    if (check_open(t, b, "readline of closed file") < 0) return REF_NULL;
    if (b->writable && flush_writes(t, b) < 0) return REF_NULL;
    BytesBuf out;
    bytes_buf_init(&out);
    for (;;) {
        intptr_t avail = b->rlen - b->rpos;
        if (limit >= 0 && avail > limit - out.len) avail = limit - out.len;
        const char *start = b->rbuf ? b->rbuf + b->rpos : NULL;
        const char *nl = avail > 0 ? memchr(start, '\n', (size_t)avail) : NULL;
        intptr_t take = nl ? (intptr_t)(nl - start) + 1 : avail;
        if (take && !bytes_buf_put(t, &out, start, take)) return REF_NULL;
        b->rpos += take;
        if (nl || (limit >= 0 && out.len >= limit)) break;
        int f = fill(t, b);
        if (f == -1) {
            bytes_buf_discard(&out);
            return REF_NULL;
        }
        if (f <= 0) break;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}

FN(buffered_readline) {
    if (!args_count(t, "readline", nargs, kw, 0, 1)) return REF_NULL;
    intptr_t limit = -1;
    if (nargs && !io_size_arg(t, args[0], &limit)) return REF_NULL;
    return readline_impl(t, BUF(self), limit);
}

static Ref buffered_iternext(Thread *t, Ref self) {
    if (ref_type(self) != &bufferedreader_type && ref_type(self) != &bufferedrandom_type)
        return iobase_iternext(t, self);
    Ref line = readline_impl(t, BUF(self), -1);
    if (ref_is_null(line)) return REF_NULL;
    if (bytes_size(ref_obj(line)) == 0) {
        ref_close(line);
        return REF_NULL;
    }
    return line;
}

static Ref readinto_impl(Thread *t, Ref self, Ref target, bool one) {
    Buffered *b = BUF(self);
    if (check_open(t, b, "readinto of closed file") < 0) return REF_NULL;
    ByteView v;
    if (bytes_check(target) || !bytes_view(target, &v))
        return err_format(t, &exc_TypeError, "readinto() argument must be read-write bytes-like object, not %T", target);
    Ref n = ref_from_int(v.len);
    Ref data = one ? buffered_read1(t, self, &n, 1, NULL) : buffered_read(t, self, &n, 1, NULL);
    if (ref_is_null(data) || ref_is_none(data)) return data;
    intptr_t got = bytes_size(ref_obj(data));
    int rc = 0;
    if (bytearray_check(target)) {
        memcpy(bytearray_data(ref_obj(target)), bytes_data(ref_obj(data)), (size_t)got);
    } else {
        Object *sl = slice_new(t, ref_from_int(0), ref_from_int(got), REF_NULL);
        rc = sl ? obj_setitem(t, target, ref_from_obj(sl), data) : -1;
        obj_xdecref(sl);
    }
    ref_close(data);
    return rc < 0 ? REF_NULL : ref_from_int(got);
}

FN(buffered_readinto) {
    if (!args_one(t, "readinto", nargs, kw)) return REF_NULL;
    return readinto_impl(t, self, args[0], false);
}

FN(buffered_readinto1) {
    if (!args_one(t, "readinto1", nargs, kw)) return REF_NULL;
    return readinto_impl(t, self, args[0], true);
}

/* ---- writing ----------------------------------------------------------------------------------- */

FN(buffered_write) {
    if (!args_one(t, "write", nargs, kw)) return REF_NULL;
    Buffered *b = BUF(self);
    if (check_open(t, b, "write to closed file") < 0) return REF_NULL;
    ByteView v;
    if (!bytes_view_or_error(t, args[0], &v)) return REF_NULL;
    if (b->readable && b->rlen > b->rpos && rewind_reads(t, b) < 0) return REF_NULL;
    b->rpos = b->rlen = 0;
    /* Re-take the view: the calls above may have run Python code. */
    if (!bytes_view_or_error(t, args[0], &v)) return REF_NULL;
    if (!reserve(t, &b->wbuf, &b->wcap, b->wlen + v.len)) return REF_NULL;
    if (v.len) memcpy(b->wbuf + b->wlen, v.data, (size_t)v.len); /* wbuf is NULL until the first bytes */
    b->wlen += v.len;
    if (b->wlen >= b->buffer_size && flush_writes(t, b) < 0) return REF_NULL;
    return ref_from_int(v.len);
}

FN(buffered_flush) {
    if (!args_none(t, "flush", nargs, kw)) return REF_NULL;
    Buffered *b = BUF(self);
    if (check_state(t, b) < 0) return REF_NULL;
    if (!b->writable) return obj_call_method(t, b->raw, ID(flush), NULL, 0);
    if (check_open(t, b, "flush of closed file") < 0) return REF_NULL;
    if (flush_and_rewind(t, b) < 0) return REF_NULL;
    return obj_call_method(t, b->raw, ID(flush), NULL, 0);
}

/* ---- positioning ----------------------------------------------------------------------------- */

FN(buffered_seek) {
    if (!args_count(t, "seek", nargs, kw, 1, 2)) return REF_NULL;
    Buffered *b = BUF(self);
    int64_t whence = 0;
    if (nargs > 1) {
        whence = int_check(args[1]) ? int_as_i64(t, args[1]) : obj_as_ssize(t, args[1], &exc_OverflowError);
        if (whence == -1 && err_occurred(t)) return REF_NULL;
    }
    if (check_state(t, b) < 0) return REF_NULL;
    if (whence < 0 || whence > 2) return err_format(t, &exc_ValueError, "whence value %d unsupported", (int)whence);
    if (check_open(t, b, "seek of closed file") < 0) return REF_NULL;
    Ref r = io_call(t, b->raw, "_checkSeekable", NULL, 0);
    if (ref_is_null(r)) return REF_NULL;
    ref_close(r);
    Ref target = obj_index(t, args[0]);
    if (ref_is_null(target)) return REF_NULL;
    if (b->writable && flush_writes(t, b) < 0) {
        ref_close(target);
        return REF_NULL;
    }
    if (whence == 1) {
        Ref adj = int_sub(t, target, ref_from_int(b->rlen - b->rpos));
        ref_close(target);
        if (ref_is_null(adj)) return REF_NULL;
        target = adj;
    }
    b->rpos = b->rlen = 0;
    Ref a[2] = {target, ref_from_int(whence)};
    r = io_call(t, b->raw, "seek", a, 2);
    ref_close(target);
    return r;
}

FN(buffered_tell) {
    if (!args_none(t, "tell", nargs, kw)) return REF_NULL;
    Buffered *b = BUF(self);
    if (check_state(t, b) < 0) return REF_NULL;
    Ref r = io_call(t, b->raw, "tell", NULL, 0);
    if (ref_is_null(r)) return REF_NULL;
    intptr_t pos = obj_as_ssize(t, r, &exc_OverflowError);
    ref_close(r);
    if (pos == -1 && err_occurred(t)) return REF_NULL;
    if (pos < 0) return err_format(t, &exc_OSError, "Raw stream returned invalid position %zd", pos);
    pos = pos - (b->rlen - b->rpos) + b->wlen;
    return int_from_i64(t, pos < 0 ? 0 : pos);
}

FN(buffered_truncate) {
    if (!args_count(t, "truncate", nargs, kw, 0, 1)) return REF_NULL;
    Buffered *b = BUF(self);
    if (check_open(t, b, "truncate of closed file") < 0) return REF_NULL;
    if (!b->writable) return io_unsupported(t, "truncate");
    if (flush_and_rewind(t, b) < 0) return REF_NULL;
    Ref pos = nargs ? args[0] : REF_NONE;
    return io_call(t, b->raw, "truncate", &pos, 1);
}

/* ---- closing and delegation -------------------------------------------------------------- */

FN(buffered_close) {
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    Buffered *b = BUF(self);
    if (check_state(t, b) < 0) return REF_NULL;
    int c = io_is_closed(t, b->raw);
    if (c < 0) return REF_NULL;
    if (c) return REF_NONE;
    Ref r = io_flush_then_close(t, self, b->raw);
    b->rpos = b->rlen = 0;
    b->wlen = 0;
    return r;
}

FN(buffered_detach) {
    if (!args_none(t, "detach", nargs, kw)) return REF_NULL;
    Buffered *b = BUF(self);
    if (check_state(t, b) < 0) return REF_NULL;
    Ref r = io_call(t, self, "flush", NULL, 0);
    if (ref_is_null(r)) return REF_NULL;
    ref_close(r);
    Ref raw = b->raw;
    b->raw = REF_NULL;
    b->ok = false;
    b->detached = true;
    return raw;
}

static Ref delegate(Thread *t, Ref self, const char *meth) {
    Buffered *b = BUF(self);
    if (check_state(t, b) < 0) return REF_NULL;
    return io_call(t, b->raw, meth, NULL, 0);
}

FN(buffered_fileno) { return delegate(t, self, "fileno"); }
FN(buffered_isatty) { return delegate(t, self, "isatty"); }
FN(buffered_seekable) { return delegate(t, self, "seekable"); }
FN(buffered_readable) { return delegate(t, self, "readable"); }
FN(buffered_writable) { return delegate(t, self, "writable"); }

Ref buffered_raw(Ref buffered) { return BUF(buffered)->ok ? BUF(buffered)->raw : REF_NULL; }

static Ref buffered_get_raw(Thread *t, Ref self, void *c) {
    Buffered *b = BUF(self);
    if (b->detached) return REF_NONE;
    if (check_state(t, b) < 0) return REF_NULL;
    return ref_dup(b->raw);
}

static Ref get_raw_attr(Thread *t, Ref self, const char *name) {
    Buffered *b = BUF(self);
    if (check_state(t, b) < 0) return REF_NULL;
    return obj_getattr_cstr(t, b->raw, name);
}

static Ref buffered_get_closed(Thread *t, Ref self, void *c) { return get_raw_attr(t, self, "closed"); }
static Ref buffered_get_name(Thread *t, Ref self, void *c) { return get_raw_attr(t, self, "name"); }
static Ref buffered_get_mode(Thread *t, Ref self, void *c) { return get_raw_attr(t, self, "mode"); }

static Ref buffered_repr(Thread *t, Ref self) {
    const char *tn = ref_type(self)->tp_name;
    Buffered *b = BUF(self);
    Ref name = b->ok ? obj_getattr_cstr(t, b->raw, "name") : REF_NULL;
    if (ref_is_null(name)) {
        if (err_occurred(t) && !err_matches(t, &exc_Exception)) return REF_NULL;
        err_clear(t);
        return ref_from_obj(str_from_format(t, "<%s>", tn));
    }
    if (!rec_enter(t, " while getting the repr of an object")) {
        ref_close(name);
        return REF_NULL;
    }
    Object *s = str_from_format(t, "<%s name=%R>", tn, name);
    rec_leave(t);
    ref_close(name);
    return ref_from_obj(s);
}

#define COMMON_METHODS                                                                     \
    {"seek", buffered_seek, 0, NULL}, {"tell", buffered_tell, 0, NULL},                    \
        {"truncate", buffered_truncate, 0, NULL}, {"close", buffered_close, 0, NULL},      \
        {"detach", buffered_detach, 0, NULL}, {"fileno", buffered_fileno, 0, NULL},        \
        {"isatty", buffered_isatty, 0, NULL}, {"seekable", buffered_seekable, 0, NULL},    \
        {"readable", buffered_readable, 0, NULL}, {"writable", buffered_writable, 0, NULL}, \
        {"flush", buffered_flush, 0, NULL}
#define READ_METHODS                                                                       \
    {"read", buffered_read, 0, NULL}, {"read1", buffered_read1, 0, NULL},                  \
        {"peek", buffered_peek, 0, NULL}, {"readline", buffered_readline, 0, NULL},        \
        {"readinto", buffered_readinto, 0, NULL}, {"readinto1", buffered_readinto1, 0, NULL}
#define WRITE_METHODS {"write", buffered_write, 0, NULL}

static const MethodDef reader_methods[] = {COMMON_METHODS, READ_METHODS, {NULL, NULL, 0, NULL}};
static const MethodDef writer_methods[] = {COMMON_METHODS, WRITE_METHODS, {NULL, NULL, 0, NULL}};
static const MethodDef random_methods[] = {COMMON_METHODS, READ_METHODS, WRITE_METHODS,
                                           {NULL, NULL, 0, NULL}};

static const GetSetDef buffered_getsets[] = {
    {"raw", buffered_get_raw, NULL, NULL, NULL},
    {"closed", buffered_get_closed, NULL, NULL, NULL},
    {"name", buffered_get_name, NULL, NULL, NULL},
    {"mode", buffered_get_mode, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define BUFFERED_TYPE(var, name, meths, doc)                                               \
    Type var = {                                                                           \
        TYPE_HEAD_INIT,                                                                    \
        .tp_name = name,                                                                   \
        .tp_basicsize = sizeof(Buffered),                                                  \
        .tp_flags = TPFLAG_BASETYPE,                                                       \
        .tp_doc = doc,                                                                     \
        .tp_base = &bufferediobase_type,                                                   \
        .tp_dealloc = buffered_dealloc,                                                    \
        .tp_free = obj_free,                                                               \
        .new_ = buffered_new,                                                              \
        .init = buffered_init,                                                             \
        .repr = buffered_repr,                                                             \
        .iternext = buffered_iternext,                                                     \
        .methods = meths,                                                                  \
        .getsets = buffered_getsets,                                                       \
    };

BUFFERED_TYPE(bufferedreader_type, "_io.BufferedReader", reader_methods,
              "Create a new buffered reader using the given readable raw IO object.")
BUFFERED_TYPE(bufferedwriter_type, "_io.BufferedWriter", writer_methods,
              "A buffer for a writeable sequential RawIO object.")
BUFFERED_TYPE(bufferedrandom_type, "_io.BufferedRandom", random_methods,
              "A buffered interface to random access streams.")
#undef BUFFERED_TYPE
