/* Text streams over file descriptors (see iostream.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/iostream.h"
#include "spry.h"

typedef struct TextStream {
    Object ob;
    int fd;
    bool writable, readable, closed, line_buffering, backslashreplace, write_through;
    Object *name;            /* str, e.g. '<stdout>' */
    Object *mode;            /* str */
    char *wbuf;              /* pending output */
    size_t wlen, wcap;
    char *rbuf;              /* read-ahead input */
    size_t rpos, rlen, rcap;
    bool eof;
} TextStream;

#define TS(r) ((TextStream *)ref_obj(r))
#define WRITE_BUFFER_LIMIT 8192

static int flush_fd(Thread *t, TextStream *s) {
    size_t done = 0;
    while (done < s->wlen) {
        ssize_t n = write(s->fd, s->wbuf + done, s->wlen - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            /* Drop what cannot be written so a later flush does not retry forever. */
            s->wlen = 0;
            err_from_errno(t, &exc_OSError, NULL);
            return -1;
        }
        done += (size_t)n;
    }
    s->wlen = 0;
    return 0;
}

static int buffer_bytes(Thread *t, TextStream *s, const char *data, size_t len) {
    if (len == 0) return 0;
    if (s->wlen + len > s->wcap) {
        size_t cap = s->wcap ? s->wcap : 1024;
        while (cap < s->wlen + len) cap *= 2;
        char *nb = realloc(s->wbuf, cap);
        if (!nb) {
            err_no_memory(t);
            return -1;
        }
        s->wbuf = nb;
        s->wcap = cap;
    }
    memcpy(s->wbuf + s->wlen, data, len);
    s->wlen += len;
    return 0;
}

/* UTF-8 of s with lone surrogates written as \udcXX (stderr's backslashreplace). */
static int buffer_str_backslashreplace(Thread *t, TextStream *s, Object *str) {
    intptr_t n = STR(str)->length;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(str, i);
        char tmp[16];
        size_t len;
        if (c >= 0xD800 && c <= 0xDFFF) {
            len = (size_t)snprintf(tmp, sizeof tmp, "\\u%04x", c);
        } else if (c < 0x80) {
            tmp[0] = (char)c;
            len = 1;
        } else if (c < 0x800) {
            tmp[0] = (char)(0xC0 | (c >> 6));
            tmp[1] = (char)(0x80 | (c & 0x3F));
            len = 2;
        } else if (c < 0x10000) {
            tmp[0] = (char)(0xE0 | (c >> 12));
            tmp[1] = (char)(0x80 | ((c >> 6) & 0x3F));
            tmp[2] = (char)(0x80 | (c & 0x3F));
            len = 3;
        } else {
            tmp[0] = (char)(0xF0 | (c >> 18));
            tmp[1] = (char)(0x80 | ((c >> 12) & 0x3F));
            tmp[2] = (char)(0x80 | ((c >> 6) & 0x3F));
            tmp[3] = (char)(0x80 | (c & 0x3F));
            len = 4;
        }
        if (buffer_bytes(t, s, tmp, len) < 0) return -1;
    }
    return 0;
}

static Ref ts_write(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "write", nargs, kw)) return REF_NULL;
    TextStream *s = TS(self);
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "write() argument must be str, not %T", args[0]);
    if (s->closed) return err_set(t, &exc_ValueError, "I/O operation on closed file.");
    if (!s->writable) return err_set(t, &exc_OSError, "not writable");
    Object *str = ref_obj(args[0]);
    intptr_t len;
    const char *utf8 = str_utf8(t, str, &len);
    if (!utf8) {
        if (!s->backslashreplace) return REF_NULL;
        err_clear(t);
        if (buffer_str_backslashreplace(t, s, str) < 0) return REF_NULL;
    } else if (buffer_bytes(t, s, utf8, (size_t)len) < 0) {
        return REF_NULL;
    }
    bool has_newline = utf8 ? memchr(utf8, '\n', (size_t)len) != NULL : true;
    if (s->wlen >= WRITE_BUFFER_LIMIT || s->write_through || (s->line_buffering && has_newline)) {
        if (flush_fd(t, s) < 0) return REF_NULL;
    }
    return int_from_i64(t, STR(str)->length);
}

static Ref ts_writelines(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "writelines", nargs, kw)) return REF_NULL;
    Ref it = obj_iter(t, args[0]);
    if (ref_is_null(it)) return REF_NULL;
    Ref line;
    while (!ref_is_null(line = obj_next(t, it))) {
        Ref r = ts_write(t, self, &line, 1, NULL);
        ref_close(line);
        if (ref_is_null(r)) {
            ref_close(it);
            return REF_NULL;
        }
        ref_close(r);
    }
    ref_close(it);
    return err_occurred(t) ? REF_NULL : REF_NONE;
}

static Ref ts_flush(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "flush", nargs, kw)) return REF_NULL;
    TextStream *s = TS(self);
    if (s->closed) return err_set(t, &exc_ValueError, "I/O operation on closed file.");
    return flush_fd(t, s) < 0 ? REF_NULL : REF_NONE;
}

/* Fills the read buffer; 0 at EOF, -1 on error, else bytes added. */
static ssize_t fill(Thread *t, TextStream *s) {
    if (s->eof) return 0;
    if (s->rpos > 0) {
        memmove(s->rbuf, s->rbuf + s->rpos, s->rlen - s->rpos);
        s->rlen -= s->rpos;
        s->rpos = 0;
    }
    if (s->rcap - s->rlen < 4096) {
        size_t cap = s->rcap ? s->rcap * 2 : 8192;
        char *nb = realloc(s->rbuf, cap);
        if (!nb) {
            err_no_memory(t);
            return -1;
        }
        s->rbuf = nb;
        s->rcap = cap;
    }
    for (;;) {
        ssize_t n = read(s->fd, s->rbuf + s->rlen, s->rcap - s->rlen);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            err_from_errno(t, &exc_OSError, NULL);
            return -1;
        }
        if (n == 0) s->eof = true;
        s->rlen += (size_t)n;
        return n;
    }
}

static Ref ts_readline(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "readline", nargs, kw, 0, 1)) return REF_NULL;
    TextStream *s = TS(self);
    if (s->closed) return err_set(t, &exc_ValueError, "I/O operation on closed file.");
    if (!s->readable) return err_set(t, &exc_OSError, "not readable");
    for (;;) {
        char *nl = s->rbuf ? memchr(s->rbuf + s->rpos, '\n', s->rlen - s->rpos) : NULL;
        if (nl || s->eof) {
            size_t len = nl ? (size_t)(nl - (s->rbuf + s->rpos)) + 1 : s->rlen - s->rpos;
            Object *line = str_from_utf8(t, s->rbuf ? s->rbuf + s->rpos : "", (intptr_t)len);
            s->rpos += len;
            return ref_from_obj(line);
        }
        if (fill(t, s) < 0) return REF_NULL;
    }
}

static Ref ts_read(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "read", nargs, kw, 0, 1)) return REF_NULL;
    TextStream *s = TS(self);
    if (s->closed) return err_set(t, &exc_ValueError, "I/O operation on closed file.");
    if (!s->readable) return err_set(t, &exc_OSError, "not readable");
    while (!s->eof)
        if (fill(t, s) < 0) return REF_NULL;
    Object *res = str_from_utf8(t, s->rbuf ? s->rbuf + s->rpos : "", (intptr_t)(s->rlen - s->rpos));
    s->rpos = s->rlen;
    return ref_from_obj(res);
}

static Ref ts_iternext(Thread *t, Ref self) {
    Ref line = ts_readline(t, self, NULL, 0, NULL);
    if (ref_is_null(line)) return REF_NULL;
    if (STR(ref_obj(line))->length == 0) {
        ref_close(line);
        return REF_NULL;
    }
    return line;
}

static Ref ts_iter(Thread *t, Ref self) { return ref_dup(self); }

static Ref ts_fileno(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "fileno", nargs, kw)) return REF_NULL;
    return ref_from_int(TS(self)->fd);
}

static Ref ts_isatty(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "isatty", nargs, kw)) return REF_NULL;
    return ref_from_bool(isatty(TS(self)->fd));
}

static Ref ts_readable(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "readable", nargs, kw)) return REF_NULL;
    return ref_from_bool(TS(self)->readable);
}

static Ref ts_writable(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "writable", nargs, kw)) return REF_NULL;
    return ref_from_bool(TS(self)->writable);
}

static Ref ts_seekable(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "seekable", nargs, kw)) return REF_NULL;
    return REF_FALSE;
}

static Ref ts_close(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    TextStream *s = TS(self);
    if (s->closed) return REF_NONE;
    int rc = flush_fd(t, s);
    s->closed = true;
    return rc < 0 ? REF_NULL : REF_NONE;
}

static Ref ts_enter(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) { return ref_dup(self); }

static Ref ts_exit(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref r = ts_close(t, self, NULL, 0, NULL);
    if (ref_is_null(r)) return REF_NULL;
    return REF_NONE;
}

static Ref ts_get_closed(Thread *t, Ref self, void *c) { return ref_from_bool(TS(self)->closed); }
static Ref ts_get_name(Thread *t, Ref self, void *c) { return ref_new(TS(self)->name); }
static Ref ts_get_mode(Thread *t, Ref self, void *c) { return ref_new(TS(self)->mode); }
static Ref ts_get_encoding(Thread *t, Ref self, void *c) { return ref_from_obj(str_from_cstr(t, "utf-8")); }
static Ref ts_get_errors(Thread *t, Ref self, void *c) {
    return ref_from_obj(str_from_cstr(t, TS(self)->backslashreplace ? "backslashreplace" : "strict"));
}
static Ref ts_get_line_buffering(Thread *t, Ref self, void *c) { return ref_from_bool(TS(self)->line_buffering); }

static Ref ts_repr(Thread *t, Ref self) {
    return ref_from_obj(str_from_format(t, "<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>",
                                        ref_from_obj(TS(self)->name), ref_from_obj(TS(self)->mode)));
}

static void ts_dealloc(Object *o) {
    TextStream *s = (TextStream *)o;
    if (s->wlen) {
        Thread *t = thread_current();
        if (t) {
            Ref saved = err_fetch(t);
            if (flush_fd(t, s) < 0) err_clear(t);
            err_restore(t, saved);
        }
    }
    free(s->wbuf);
    free(s->rbuf);
    obj_xdecref(s->name);
    obj_xdecref(s->mode);
    o->ob_type->tp_free(o);
}

static const MethodDef ts_methods[] = {
    {"write", ts_write, 0, NULL},
    {"writelines", ts_writelines, 0, NULL},
    {"flush", ts_flush, 0, NULL},
    {"readline", ts_readline, 0, NULL},
    {"read", ts_read, 0, NULL},
    {"fileno", ts_fileno, 0, NULL},
    {"isatty", ts_isatty, 0, NULL},
    {"readable", ts_readable, 0, NULL},
    {"writable", ts_writable, 0, NULL},
    {"seekable", ts_seekable, 0, NULL},
    {"close", ts_close, 0, NULL},
    {"__enter__", ts_enter, 0, NULL},
    {"__exit__", ts_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef ts_getsets[] = {
    {"closed", ts_get_closed, NULL, NULL, NULL},
    {"name", ts_get_name, NULL, NULL, NULL},
    {"mode", ts_get_mode, NULL, NULL, NULL},
    {"encoding", ts_get_encoding, NULL, NULL, NULL},
    {"errors", ts_get_errors, NULL, NULL, NULL},
    {"line_buffering", ts_get_line_buffering, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type textstream_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(TextStream),
    .tp_dealloc = ts_dealloc,
    .tp_free = obj_free,
    .repr = ts_repr,
    .iter = ts_iter,
    .iternext = ts_iternext,
    .methods = ts_methods,
    .getsets = ts_getsets,
};

Object *textstream_new(Thread *t, int fd, const char *name, const char *mode, const char *errors,
                       bool line_buffering) {
    TextStream *s = (TextStream *)obj_alloc(t, &textstream_type, sizeof(TextStream));
    if (!s) return NULL;
    s->fd = fd;
    s->writable = strchr(mode, 'w') != NULL;
    s->readable = strchr(mode, 'r') != NULL;
    s->line_buffering = line_buffering;
    s->backslashreplace = strcmp(errors, "backslashreplace") == 0;
    s->name = str_from_cstr(t, name);
    s->mode = str_from_cstr(t, mode);
    if (!s->name || !s->mode) {
        obj_decref((Object *)s);
        return NULL;
    }
    return (Object *)s;
}

void textstream_set_write_through(Object *stream, bool on) { ((TextStream *)stream)->write_through = on; }
