/* io.BytesIO and io.StringIO: in-memory streams (see io.h). */
#include <stdlib.h>
#include <string.h>

#include "modules/io.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

static Ref mem_alloc_obj(Thread *t, Type *type) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    return ref_from_obj(o);
}

static bool grow(Thread *t, void **buf, intptr_t *cap, intptr_t need, size_t item) {
    if (need <= *cap) return true;
    intptr_t nc = *cap ? *cap : 16;
    while (nc < need) nc *= 2;
    void *nb = mem_realloc(t, *buf, (size_t)nc * item);
    if (!nb) return false;
    *buf = nb;
    *cap = nc;
    return true;
}

/* Position arguments: __index__ ("'float' object cannot be interpreted as an integer"). */
static bool index_arg(Thread *t, Ref v, intptr_t *out) {
    intptr_t r = obj_as_ssize(t, v, &exc_OverflowError);
    if (r == -1 && err_occurred(t)) return false;
    *out = r;
    return true;
}

/* ==== BytesIO ===================================================================================== */

typedef struct BytesIO {
    Object ob;
    char *buf;
    intptr_t len, cap, pos;
    bool closed;
} BytesIO;

#define BIO(r) ((BytesIO *)ref_obj(r))

static Ref bio_closed_err(Thread *t) { return err_set(t, &exc_ValueError, "I/O operation on closed file."); }
#define BIO_CHECK(b)                                                                       \
    if ((b)->closed) return bio_closed_err(t)

static Ref bytesio_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    return mem_alloc_obj(t, type);
}

static int bio_write_at(Thread *t, BytesIO *b, const char *data, intptr_t n) {
    if (n == 0) return 0;
    intptr_t end = b->pos + n;
    if (!grow(t, (void **)&b->buf, &b->cap, end, 1)) return -1;
    if (b->pos > b->len) memset(b->buf + b->len, 0, (size_t)(b->pos - b->len));
    memcpy(b->buf + b->pos, data, (size_t)n);
    b->pos = end;
    if (end > b->len) b->len = end;
    return 0;
}

static int bytesio_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"initial_bytes", NULL};
    static const ArgSpec spec = {"BytesIO", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    BytesIO *b = BIO(self);
    b->len = b->pos = 0;
    b->closed = false;
    if (!ref_is_null(a[0]) && !ref_is_none(a[0])) {
        ByteView v;
        if (!bytes_view_or_error(t, a[0], &v)) return -1;
        if (bio_write_at(t, b, v.data, v.len) < 0) return -1;
        b->pos = 0;
    }
    return 0;
}

static void bytesio_dealloc(Object *o) {
    mem_free(((BytesIO *)o)->buf);
    o->ob_type->tp_free(o);
}

static Ref bio_take(Thread *t, BytesIO *b, intptr_t n) {
    intptr_t avail = b->len > b->pos ? b->len - b->pos : 0;
    if (n < 0 || n > avail) n = avail;
    Object *r = bytes_from(t, n ? b->buf + b->pos : "", n);
    if (r) b->pos += n;
    return ref_from_obj(r);
}

FN(bytesio_read) {
    if (!args_count(t, "read", nargs, kw, 0, 1)) return REF_NULL;
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    intptr_t n = -1;
    if (nargs && !io_size_arg(t, args[0], &n)) return REF_NULL;
    return bio_take(t, b, n);
}

static intptr_t bio_line_len(BytesIO *b, intptr_t limit) {
    intptr_t avail = b->len > b->pos ? b->len - b->pos : 0;
    if (limit >= 0 && limit < avail) avail = limit;
    const char *nl = avail ? memchr(b->buf + b->pos, '\n', (size_t)avail) : NULL;
    return nl ? (intptr_t)(nl - (b->buf + b->pos)) + 1 : avail;
}

FN(bytesio_readline) {
    if (!args_count(t, "readline", nargs, kw, 0, 1)) return REF_NULL;
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    intptr_t limit = -1;
    if (nargs && !io_size_arg(t, args[0], &limit)) return REF_NULL;
    return bio_take(t, b, bio_line_len(b, limit));
}

static Ref bytesio_iternext(Thread *t, Ref self) {
    if (ref_type(self) != &bytesio_type) return iobase_iternext(t, self);
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    intptr_t n = bio_line_len(b, -1);
    if (n == 0) return REF_NULL;
    return bio_take(t, b, n);
}

FN(bytesio_readinto) {
    if (!args_one(t, "readinto", nargs, kw)) return REF_NULL;
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    ByteView v;
    if (bytes_check(args[0]) || !bytes_view(args[0], &v))
        return err_format(t, &exc_TypeError, "readinto() argument must be read-write bytes-like object, not %T", args[0]);
    Ref data = bio_take(t, b, v.len);
    if (ref_is_null(data)) return REF_NULL;
    intptr_t got = bytes_size(ref_obj(data));
    int rc = 0;
    if (bytearray_check(args[0])) {
        memcpy(bytearray_data(ref_obj(args[0])), bytes_data(ref_obj(data)), (size_t)got);
    } else {
        Object *sl = slice_new(t, ref_from_int(0), ref_from_int(got), REF_NULL);
        rc = sl ? obj_setitem(t, args[0], ref_from_obj(sl), data) : -1;
        obj_xdecref(sl);
    }
    ref_close(data);
    return rc < 0 ? REF_NULL : ref_from_int(got);
}

FN(bytesio_write) {
    if (!args_one(t, "write", nargs, kw)) return REF_NULL;
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    ByteView v;
    if (!bytes_view_or_error(t, args[0], &v)) return REF_NULL;
    if (bio_write_at(t, b, v.data, v.len) < 0) return REF_NULL;
    return ref_from_int(v.len);
}

FN(bytesio_getvalue) {
    if (!args_none(t, "getvalue", nargs, kw)) return REF_NULL;
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    return ref_from_obj(bytes_from(t, b->len ? b->buf : "", b->len));
}

FN(bytesio_getbuffer) {
    if (!args_none(t, "getbuffer", nargs, kw)) return REF_NULL;
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    /* TODO(#3): a live view sharing the buffer (with export counting); this is a copy. */
    Object *ba = bytearray_from(t, b->len ? b->buf : "", b->len);
    if (!ba) return REF_NULL;
    Object *mv = memoryview_new(t, ref_from_obj(ba));
    obj_decref(ba);
    return ref_from_obj(mv);
}

FN(bytesio_seek) {
    if (!args_count(t, "seek", nargs, kw, 1, 2)) return REF_NULL;
    BytesIO *b = BIO(self);
    intptr_t pos, whence = 0;
    if (!index_arg(t, args[0], &pos)) return REF_NULL;
    if (nargs > 1 && !index_arg(t, args[1], &whence)) return REF_NULL;
    BIO_CHECK(b);
    if (pos < 0 && whence == 0) return err_format(t, &exc_ValueError, "negative seek value %zd", pos);
    if (whence == 1) pos += b->pos;
    else if (whence == 2) pos += b->len;
    else if (whence != 0)
        return err_format(t, &exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (pos < 0) pos = 0;
    b->pos = pos;
    return int_from_i64(t, pos);
}

FN(bytesio_tell) {
    if (!args_none(t, "tell", nargs, kw)) return REF_NULL;
    BIO_CHECK(BIO(self));
    return int_from_i64(t, BIO(self)->pos);
}

FN(bytesio_truncate) {
    if (!args_count(t, "truncate", nargs, kw, 0, 1)) return REF_NULL;
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    intptr_t size = b->pos;
    if (nargs && !ref_is_none(args[0])) {
        if (!io_size_arg(t, args[0], &size)) return REF_NULL;
        if (size < 0) return err_format(t, &exc_ValueError, "negative size value %zd", size);
    }
    if (size < b->len) b->len = size;
    return int_from_i64(t, size);
}

FN(bytesio_true) {
    BIO_CHECK(BIO(self));
    return REF_TRUE;
}

FN(bytesio_flush) {
    BIO_CHECK(BIO(self));
    return REF_NONE;
}

FN(bytesio_isatty) {
    BIO_CHECK(BIO(self));
    return REF_FALSE;
}

FN(bytesio_close) {
    BytesIO *b = BIO(self);
    b->closed = true;
    mem_free(b->buf);
    b->buf = NULL;
    b->len = b->cap = b->pos = 0;
    return REF_NONE;
}

static Ref bytesio_get_closed(Thread *t, Ref self, void *c) { return ref_from_bool(BIO(self)->closed); }

static const MethodDef bytesio_methods[] = {
    {"read", bytesio_read, 0, NULL},
    {"read1", bytesio_read, 0, NULL},
    {"readline", bytesio_readline, 0, NULL},
    {"readinto", bytesio_readinto, 0, NULL},
    {"write", bytesio_write, 0, NULL},
    {"getvalue", bytesio_getvalue, 0, NULL},
    {"getbuffer", bytesio_getbuffer, 0, NULL},
    {"seek", bytesio_seek, 0, NULL},
    {"tell", bytesio_tell, 0, NULL},
    {"truncate", bytesio_truncate, 0, NULL},
    {"readable", bytesio_true, 0, NULL},
    {"writable", bytesio_true, 0, NULL},
    {"seekable", bytesio_true, 0, NULL},
    {"flush", bytesio_flush, 0, NULL},
    {"isatty", bytesio_isatty, 0, NULL},
    {"close", bytesio_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef bytesio_getsets[] = {
    {"closed", bytesio_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type bytesio_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io.BytesIO",
    .tp_basicsize = sizeof(BytesIO),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .tp_base = &bufferediobase_type,
    .tp_dealloc = bytesio_dealloc,
    .tp_free = obj_free,
    .new_ = bytesio_new,
    .init = bytesio_init,
    .iternext = bytesio_iternext,
    .methods = bytesio_methods,
    .getsets = bytesio_getsets,
};

/* ==== StringIO ==================================================================================== */


typedef struct StringIO {
    Object ob;
    uint32_t *buf;
    intptr_t len, cap, pos;
    bool closed, ok;
    /* newline handling: mode 0 = '\n' (default), 1 = None, 2 = '', 3 = '\r', 4 = '\r\n' */
    int nlmode;
    int seennl;
} StringIO;

#define SIO(r) ((StringIO *)ref_obj(r))

static Ref sio_check(Thread *t, StringIO *s) {
    if (!s->ok) return err_set(t, &exc_ValueError, "I/O operation on uninitialized object");
    if (s->closed) return err_set(t, &exc_ValueError, "I/O operation on closed file");
    return REF_NONE;
}
#define SIO_CHECK(s)                                                                       \
    if (ref_is_null(sio_check(t, s))) return REF_NULL

static Ref stringio_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    return mem_alloc_obj(t, type);
}

static void stringio_dealloc(Object *o) {
    mem_free(((StringIO *)o)->buf);
    o->ob_type->tp_free(o);
}

static int sio_put(Thread *t, StringIO *s, intptr_t *at, uint32_t c) {
    if (!grow(t, (void **)&s->buf, &s->cap, *at + 1, sizeof(uint32_t))) return -1;
    if (*at > s->len) {
        for (intptr_t i = s->len; i < *at; i++) s->buf[i] = 0;
        s->len = *at;
    }
    s->buf[(*at)++] = c;
    if (*at > s->len) s->len = *at;
    return 0;
}

/* Writes str `str` at the position with the newline translation of the mode. */
static intptr_t sio_write_str(Thread *t, StringIO *s, Object *str) {
    intptr_t n = str_len(str);
    intptr_t at = s->pos;
    if (n == 0) return 0;
    if (!grow(t, (void **)&s->buf, &s->cap, at + n * (s->nlmode == 4 ? 2 : 1), sizeof(uint32_t))) return -1;
    if (s->nlmode == 0) { /* newline '\n' translates nothing: one widening copy */
        for (intptr_t i = s->len; i < at; i++) s->buf[i] = 0;
        int kind = STR(str)->kind;
        const void *d = str_data(str);
        if (kind == 1)
            for (intptr_t i = 0; i < n; i++) s->buf[at + i] = ((const uint8_t *)d)[i];
        else
            for (intptr_t i = 0; i < n; i++) s->buf[at + i] = str_read(kind, d, i);
        s->pos = at + n;
        if (s->pos > s->len) s->len = s->pos;
        return n;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char_at(str, i);
        if (s->nlmode == 1 || s->nlmode == 2) {
            if (c == '\r' && i + 1 < n && str_char_at(str, i + 1) == '\n') {
                s->seennl |= NL_CRLF;
                if (s->nlmode == 1) {
                    i++;
                    c = '\n';
                } else {
                    if (sio_put(t, s, &at, '\r') < 0) return -1;
                    i++;
                    c = '\n';
                }
            } else if (c == '\r') {
                s->seennl |= NL_CR;
                if (s->nlmode == 1) c = '\n';
            } else if (c == '\n') {
                s->seennl |= NL_LF;
            }
        } else if (c == '\n' && s->nlmode == 3) {
            c = '\r';
        } else if (c == '\n' && s->nlmode == 4) {
            if (sio_put(t, s, &at, '\r') < 0) return -1;
        }
        if (sio_put(t, s, &at, c) < 0) return -1;
    }
    s->pos = at;
    return n;
}

static int stringio_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"initial_value", "newline", NULL};
    static const ArgSpec spec = {"StringIO", names, 0, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    StringIO *s = SIO(self);
    int mode = 0;
    if (!ref_is_null(a[1])) {
        if (ref_is_none(a[1])) {
            mode = 1;
        } else if (!str_check(a[1])) {
            err_format(t, &exc_TypeError, "newline must be str or None, not %s", type_name(ref_type(a[1])));
            return -1;
        } else {
            Object *nl = ref_obj(a[1]);
            if (str_eq_cstr(nl, "")) mode = 2;
            else if (str_eq_cstr(nl, "\n")) mode = 0;
            else if (str_eq_cstr(nl, "\r")) mode = 3;
            else if (str_eq_cstr(nl, "\r\n")) mode = 4;
            else {
                err_format(t, &exc_ValueError, "illegal newline value: %R", a[1]);
                return -1;
            }
        }
    }
    if (!ref_is_null(a[0]) && !ref_is_none(a[0]) && !str_check(a[0])) {
        err_format(t, &exc_TypeError, "initial_value must be str or None, not %s", type_name(ref_type(a[0])));
        return -1;
    }
    s->nlmode = mode;
    s->seennl = 0;
    s->len = s->pos = 0;
    s->closed = false;
    s->ok = true;
    if (!ref_is_null(a[0]) && !ref_is_none(a[0])) {
        if (sio_write_str(t, s, ref_obj(a[0])) < 0) return -1;
        s->pos = 0;
    }
    return 0;
}

static Ref sio_take(Thread *t, StringIO *s, intptr_t n) {
    intptr_t avail = s->len > s->pos ? s->len - s->pos : 0;
    if (n < 0 || n > avail) n = avail;
    Object *r = n ? str_from_ucs4(t, s->buf + s->pos, n) : (obj_incref(str_empty()), str_empty());
    if (r) s->pos += n;
    return ref_from_obj(r);
}

FN(stringio_read) {
    if (!args_count(t, "read", nargs, kw, 0, 1)) return REF_NULL;
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    intptr_t n = -1;
    if (nargs && !io_size_arg(t, args[0], &n)) return REF_NULL;
    return sio_take(t, s, n);
}

static intptr_t sio_line_len(StringIO *s, intptr_t limit) {
    intptr_t avail = s->len > s->pos ? s->len - s->pos : 0;
    if (limit >= 0 && limit < avail) avail = limit;
    const uint32_t *p = s->buf + s->pos;
    for (intptr_t i = 0; i < avail; i++) {
        uint32_t c = p[i];
        switch (s->nlmode) {
        case 2:
            if (c == '\n') return i + 1;
            if (c == '\r') return (i + 1 < avail && p[i + 1] == '\n') ? i + 2 : i + 1;
            break;
        case 3:
            if (c == '\r') return i + 1;
            break;
        case 4:
            if (c == '\r' && i + 1 < avail && p[i + 1] == '\n') return i + 2;
            break;
        default:
            if (c == '\n') return i + 1;
        }
    }
    return avail;
}

FN(stringio_readline) {
    if (!args_count(t, "readline", nargs, kw, 0, 1)) return REF_NULL;
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    intptr_t limit = -1;
    if (nargs && !io_size_arg(t, args[0], &limit)) return REF_NULL;
    return sio_take(t, s, sio_line_len(s, limit));
}

static Ref stringio_iternext(Thread *t, Ref self) {
    if (ref_type(self) != &stringio_type) return iobase_iternext(t, self);
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    intptr_t n = sio_line_len(s, -1);
    if (n == 0) return REF_NULL;
    return sio_take(t, s, n);
}

FN(stringio_write) {
    if (!args_one(t, "write", nargs, kw)) return REF_NULL;
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "string argument expected, got '%s'", type_name(ref_type(args[0])));
    intptr_t n = sio_write_str(t, s, ref_obj(args[0]));
    if (n < 0) return REF_NULL;
    return int_from_i64(t, n);
}

FN(stringio_getvalue) {
    if (!args_none(t, "getvalue", nargs, kw)) return REF_NULL;
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    if (s->len == 0) return ref_new(str_empty());
    return ref_from_obj(str_from_ucs4(t, s->buf, s->len));
}

FN(stringio_seek) {
    if (!args_count(t, "seek", nargs, kw, 1, 2)) return REF_NULL;
    StringIO *s = SIO(self);
    intptr_t pos, whence = 0;
    if (!index_arg(t, args[0], &pos)) return REF_NULL;
    if (nargs > 1 && !index_arg(t, args[1], &whence)) return REF_NULL;
    SIO_CHECK(s);
    if (whence != 0 && whence != 1 && whence != 2)
        return err_format(t, &exc_ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0) return err_format(t, &exc_ValueError, "Negative seek position %zd", pos);
    if (whence != 0 && pos != 0) return err_set(t, &exc_OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 1) pos = s->pos;
    else if (whence == 2) pos = s->len;
    s->pos = pos;
    return int_from_i64(t, pos);
}

FN(stringio_tell) {
    if (!args_none(t, "tell", nargs, kw)) return REF_NULL;
    SIO_CHECK(SIO(self));
    return int_from_i64(t, SIO(self)->pos);
}

FN(stringio_truncate) {
    if (!args_count(t, "truncate", nargs, kw, 0, 1)) return REF_NULL;
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    intptr_t size = s->pos;
    if (nargs && !ref_is_none(args[0])) {
        if (!io_size_arg(t, args[0], &size)) return REF_NULL;
        if (size < 0) return err_format(t, &exc_ValueError, "Negative size value %zd", size);
    }
    if (size < s->len) s->len = size;
    return int_from_i64(t, size);
}

FN(stringio_true) {
    SIO_CHECK(SIO(self));
    return REF_TRUE;
}

FN(stringio_close) {
    StringIO *s = SIO(self);
    s->closed = true;
    mem_free(s->buf);
    s->buf = NULL;
    s->len = s->cap = s->pos = 0;
    return REF_NONE;
}

static Ref stringio_get_closed(Thread *t, Ref self, void *c) {
    StringIO *s = SIO(self);
    if (!s->ok) return err_set(t, &exc_ValueError, "I/O operation on uninitialized object");
    return ref_from_bool(s->closed);
}

static Ref stringio_get_line_buffering(Thread *t, Ref self, void *c) {
    SIO_CHECK(SIO(self));
    return REF_FALSE;
}

static Ref stringio_get_newlines(Thread *t, Ref self, void *c) {
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    if (s->nlmode != 1 && s->nlmode != 2) return REF_NONE;
    return io_newlines_value(t, s->seennl);
}

static const MethodDef stringio_methods[] = {
    {"read", stringio_read, 0, NULL},
    {"readline", stringio_readline, 0, NULL},
    {"write", stringio_write, 0, NULL},
    {"getvalue", stringio_getvalue, 0, NULL},
    {"seek", stringio_seek, 0, NULL},
    {"tell", stringio_tell, 0, NULL},
    {"truncate", stringio_truncate, 0, NULL},
    {"readable", stringio_true, 0, NULL},
    {"writable", stringio_true, 0, NULL},
    {"seekable", stringio_true, 0, NULL},
    {"close", stringio_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef stringio_getsets[] = {
    {"closed", stringio_get_closed, NULL, NULL, NULL},
    {"line_buffering", stringio_get_line_buffering, NULL, NULL, NULL},
    {"newlines", stringio_get_newlines, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type stringio_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io.StringIO",
    .tp_basicsize = sizeof(StringIO),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Text I/O implementation using an in-memory buffer.",
    .tp_base = &textiobase_type,
    .tp_dealloc = stringio_dealloc,
    .tp_free = obj_free,
    .new_ = stringio_new,
    .init = stringio_init,
    .iternext = stringio_iternext,
    .methods = stringio_methods,
    .getsets = stringio_getsets,
};
