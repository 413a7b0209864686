/* The zlib module over Debian's zlib: one-shot compress/decompress, streaming Compress and
 * Decompress objects, crc32/adler32, with CPython 3.11's messages. */
#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <zlib.h>

#include "modules/checksum.h"
#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

#define DEF_BUF_SIZE (16 * 1024)
#define DEF_MEM_LEVEL 8

Type exc_ZlibError = {
    TYPE_HEAD_INIT,
    .tp_name = "zlib.error",
    .tp_basicsize = sizeof(BaseExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_Exception,
};

/* zlib.error("Error <code> <while ...>: <zlib's message>"), naming the code when zlib gave
 * no message. */
static Ref zlib_error(Thread *t, const z_stream *zs, int err, const char *what) {
    const char *msg = err == Z_VERSION_ERROR ? "library version mismatch" : zs->msg;
    if (!msg) {
        if (err == Z_BUF_ERROR) msg = "incomplete or truncated stream";
        else if (err == Z_STREAM_ERROR) msg = "inconsistent stream state";
        else if (err == Z_DATA_ERROR) msg = "invalid input data";
    }
    if (!msg) return err_format(t, &exc_ZlibError, "Error %d %s", err, what);
    return err_format(t, &exc_ZlibError, "Error %d %s: %.200s", err, what, msg);
}

static bool int_arg(Thread *t, Ref v, int dflt, int *out) {
    if (ref_is_null(v)) {
        *out = dflt;
        return true;
    }
    if (!int_check(v)) {
        err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    int overflow = 0;
    int64_t x = int_as_i64_overflow(v, &overflow);
    if (overflow || x > INT_MAX || x < INT_MIN) {
        err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)x;
    return true;
}

static bool ssize_arg(Thread *t, Ref v, intptr_t dflt, intptr_t *out) {
    if (ref_is_null(v)) {
        *out = dflt;
        return true;
    }
    return arg_ssize(t, v, out);
}

/* Makes room for at least one more output chunk and points the stream's output there.
 * limit >= 0 caps the total output length. */
static bool out_reserve(Thread *t, z_stream *zs, BytesBuf *out, intptr_t limit) {
    intptr_t room = out->cap - out->len;
    if (room == 0) {
        intptr_t grow = out->cap < DEF_BUF_SIZE ? DEF_BUF_SIZE : out->cap;
        if (limit >= 0 && grow > limit - out->len) grow = limit - out->len;
        if (!bytes_buf_reserve(t, out, grow)) return false;
        room = out->cap - out->len;
    }
    if (limit >= 0 && room > limit - out->len) room = limit - out->len;
    if (room > (intptr_t)UINT_MAX) room = UINT_MAX;
    zs->next_out = (Bytef *)out->data + out->len;
    zs->avail_out = (uInt)room;
    return true;
}

static void out_commit(z_stream *zs, BytesBuf *out) { out->len = (char *)zs->next_out - out->data; }

/* Feeds the next piece of the input (zlib counts in unsigned int) and returns true when it
 * is the last one. */
static bool feed(z_stream *zs, const char **in, intptr_t *left) {
    uInt n = *left > (intptr_t)UINT_MAX ? UINT_MAX : (uInt)*left;
    zs->next_in = (Bytef *)*in;
    zs->avail_in = n;
    *in += n;
    *left -= n;
    return *left == 0;
}

/* Deflates all of [in, in+len) with `flush` applied to the last piece, appending to out.
 * 0, or -1 with zlib.error set (`what` names the operation). */
static int deflate_all(Thread *t, z_stream *zs, const char *in, intptr_t len, int flush, BytesBuf *out,
                       const char *what) {
    bool last;
    do {
        last = feed(zs, &in, &len);
        do {
            if (!out_reserve(t, zs, out, -1)) return -1;
            int err = deflate(zs, last ? flush : Z_NO_FLUSH);
            out_commit(zs, out);
            if (err == Z_STREAM_ERROR) {
                zlib_error(t, zs, err, what);
                return -1;
            }
        } while (zs->avail_out == 0);
    } while (!last);
    return 0;
}

/* ---- one-shot functions --------------------------------------------------------------- */

FN(zlib_compress) {
    static const char *const names[] = {"", "level", "wbits", NULL};
    static const ArgSpec spec = {"compress", names, 1, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    int level, wbits;
    if (!bytes_view_or_error(t, a[0], &bv) || !int_arg(t, a[1], Z_DEFAULT_COMPRESSION, &level) ||
        !int_arg(t, a[2], MAX_WBITS, &wbits))
        return REF_NULL;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR) return err_set(t, &exc_MemoryError, "Out of memory while compressing data");
    if (err == Z_STREAM_ERROR) return err_set(t, &exc_ZlibError, "Bad compression level");
    if (err != Z_OK) {
        deflateEnd(&zs);
        return zlib_error(t, &zs, err, "while compressing data");
    }
    BytesBuf out;
    bytes_buf_init(&out);
    int rc = deflate_all(t, &zs, bv.data, bv.len, Z_FINISH, &out, "while compressing data");
    deflateEnd(&zs);
    if (rc < 0) {
        bytes_buf_discard(&out);
        return REF_NULL;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}

FN(zlib_decompress) {
    static const char *const names[] = {"", "wbits", "bufsize", NULL};
    static const ArgSpec spec = {"decompress", names, 1, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    int wbits;
    intptr_t bufsize;
    if (!bytes_view_or_error(t, a[0], &bv) || !int_arg(t, a[1], MAX_WBITS, &wbits) ||
        !ssize_arg(t, a[2], DEF_BUF_SIZE, &bufsize))
        return REF_NULL;
    if (bufsize < 0) return err_set(t, &exc_ValueError, "bufsize must be non-negative");
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int err = inflateInit2(&zs, wbits);
    if (err == Z_MEM_ERROR) return err_set(t, &exc_MemoryError, "Out of memory while decompressing data");
    if (err != Z_OK) {
        inflateEnd(&zs);
        return zlib_error(t, &zs, err, "while preparing to decompress data");
    }
    BytesBuf out;
    bytes_buf_init(&out);
    if (!bytes_buf_reserve(t, &out, bufsize ? bufsize : 1)) {
        inflateEnd(&zs);
        return REF_NULL;
    }
    const char *in = bv.data;
    intptr_t left = bv.len;
    bool last;
    do {
        last = feed(&zs, &in, &left);
        do {
            if (!out_reserve(t, &zs, &out, -1)) goto fail;
            err = inflate(&zs, last ? Z_FINISH : Z_NO_FLUSH);
            out_commit(&zs, &out);
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                if (err == Z_MEM_ERROR) err_set(t, &exc_MemoryError, "Out of memory while decompressing data");
                else zlib_error(t, &zs, err, "while decompressing data");
                goto fail;
            }
        } while (zs.avail_out == 0 && err != Z_STREAM_END);
    } while (err != Z_STREAM_END && !last);
    if (err != Z_STREAM_END) {
        zlib_error(t, &zs, err, "while decompressing data");
        goto fail;
    }
    inflateEnd(&zs);
    return ref_from_obj(bytes_buf_finish(t, &out));
fail:
    inflateEnd(&zs);
    bytes_buf_discard(&out);
    return REF_NULL;
}

FN(zlib_crc32) {
    static const char *const names[] = {"", "", NULL};
    static const ArgSpec spec = {"crc32", names, 1, 2};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    uint32_t start;
    if (!bytes_view_or_error(t, a[0], &bv) || !checksum_start(t, a[1], 0xffffffffU, 0, &start)) return REF_NULL;
    return int_from_u64(t, checksum_crc32(start, bv.data, bv.len));
}

FN(zlib_adler32) {
    static const char *const names[] = {"", "", NULL};
    static const ArgSpec spec = {"adler32", names, 1, 2};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    uint32_t start;
    if (!bytes_view_or_error(t, a[0], &bv) || !checksum_start(t, a[1], 0xffffffffU, 1, &start)) return REF_NULL;
    return int_from_u64(t, checksum_adler32(start, bv.data, bv.len));
}

/* ---- streaming objects ---------------------------------------------------------------- */

typedef struct ZStreamObj {
    Object ob;
    z_stream zs;
    bool initialised;    /* zs holds zlib state to release */
    bool finished;       /* Compress: Z_FINISH done; Decompress: end of stream seen */
    Object *zdict;       /* bytes, or NULL */
    Object *unused_data; /* Decompress: bytes after the end of the stream */
    Object *unconsumed_tail; /* Decompress: input not processed for lack of max_length */
} ZStreamObj;

#define ZOBJ(r) ((ZStreamObj *)ref_obj(r))

Type zlib_compress_type, zlib_decompress_type;

static ZStreamObj *zobj_alloc(Thread *t, Type *type) {
    ZStreamObj *z = (ZStreamObj *)obj_alloc(t, type, sizeof(ZStreamObj));
    if (!z) return NULL;
    z->unused_data = bytes_from(t, "", 0);
    z->unconsumed_tail = bytes_from(t, "", 0);
    if (!z->unused_data || !z->unconsumed_tail) {
        obj_decref(&z->ob);
        return NULL;
    }
    return z;
}

static void zobj_dealloc(Object *o) {
    ZStreamObj *z = (ZStreamObj *)o;
    if (z->initialised) {
        if (o->ob_type == &zlib_compress_type) deflateEnd(&z->zs);
        else inflateEnd(&z->zs);
    }
    obj_xdecref(z->zdict);
    obj_xdecref(z->unused_data);
    obj_xdecref(z->unconsumed_tail);
    o->ob_type->tp_free(o);
}

/* zdict: any bytes-like object, kept as bytes. */
static bool zdict_arg(Thread *t, Ref v, Object **out) {
    *out = NULL;
    if (ref_is_null(v)) return true;
    ByteView bv;
    if (!bytes_view(v, &bv)) {
        err_set(t, &exc_TypeError, "zdict argument must support the buffer protocol");
        return false;
    }
    *out = bytes_from(t, bv.data, bv.len);
    return *out != NULL;
}

FN(zlib_compressobj) {
    static const char *const names[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict", NULL};
    static const ArgSpec spec = {"compressobj", names, 0, -1};
    Ref a[6];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int level, method, wbits, memlevel, strategy;
    if (!int_arg(t, a[0], Z_DEFAULT_COMPRESSION, &level) || !int_arg(t, a[1], Z_DEFLATED, &method) ||
        !int_arg(t, a[2], MAX_WBITS, &wbits) || !int_arg(t, a[3], DEF_MEM_LEVEL, &memlevel) ||
        !int_arg(t, a[4], Z_DEFAULT_STRATEGY, &strategy))
        return REF_NULL;
    Object *zdict;
    if (!ref_is_null(a[5]) && !ref_is_none(a[5])) {
        if (!zdict_arg(t, a[5], &zdict)) return REF_NULL;
    } else {
        zdict = NULL;
    }
    ZStreamObj *z = zobj_alloc(t, &zlib_compress_type);
    if (!z) {
        obj_xdecref(zdict);
        return REF_NULL;
    }
    z->zdict = zdict;
    int err = deflateInit2(&z->zs, level, method, wbits, memlevel, strategy);
    if (err == Z_OK) {
        z->initialised = true;
        if (zdict) {
            err = deflateSetDictionary(&z->zs, (const Bytef *)bytes_data(zdict), (uInt)bytes_size(zdict));
            if (err != Z_OK) {
                obj_decref(&z->ob);
                return err_set(t, &exc_ValueError, "Invalid dictionary");
            }
        }
        return ref_from_obj(&z->ob);
    }
    obj_decref(&z->ob);
    if (err == Z_MEM_ERROR) return err_set(t, &exc_MemoryError, "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR) return err_set(t, &exc_ValueError, "Invalid initialization option");
    return err_format(t, &exc_ZlibError, "Error %d while creating compression object", err);
}

FN(zlib_decompressobj) {
    static const char *const names[] = {"wbits", "zdict", NULL};
    static const ArgSpec spec = {"decompressobj", names, 0, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int wbits;
    Object *zdict;
    if (!int_arg(t, a[0], MAX_WBITS, &wbits) || !zdict_arg(t, a[1], &zdict)) return REF_NULL;
    ZStreamObj *z = zobj_alloc(t, &zlib_decompress_type);
    if (!z) {
        obj_xdecref(zdict);
        return REF_NULL;
    }
    z->zdict = zdict;
    int err = inflateInit2(&z->zs, wbits);
    if (err == Z_OK) {
        z->initialised = true;
        /* a raw stream never asks for its dictionary: set it now */
        if (zdict && wbits < 0) {
            err = inflateSetDictionary(&z->zs, (const Bytef *)bytes_data(zdict), (uInt)bytes_size(zdict));
            if (err != Z_OK) {
                zlib_error(t, &z->zs, err, "while setting zdict");
                obj_decref(&z->ob);
                return REF_NULL;
            }
        }
        return ref_from_obj(&z->ob);
    }
    obj_decref(&z->ob);
    if (err == Z_MEM_ERROR) return err_set(t, &exc_MemoryError, "Can't allocate memory for decompression object");
    if (err == Z_STREAM_ERROR) return err_set(t, &exc_ValueError, "Invalid initialization option");
    return err_format(t, &exc_ZlibError, "Error %d while creating decompression object", err);
}

FN(compress_m_compress) {
    if (!args_count(t, "compress", nargs, kw, 1, 1)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, args[0], &bv)) return REF_NULL;
    ZStreamObj *z = ZOBJ(self);
    if (!z->initialised) return zlib_error(t, &z->zs, Z_STREAM_ERROR, "while compressing data");
    BytesBuf out;
    bytes_buf_init(&out);
    if (deflate_all(t, &z->zs, bv.data, bv.len, Z_NO_FLUSH, &out, "while compressing data") < 0) {
        bytes_buf_discard(&out);
        return REF_NULL;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}

FN(compress_m_flush) {
    static const char *const names[] = {"", NULL};
    static const ArgSpec spec = {"flush", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    int mode;
    if (!int_arg(t, a[0], Z_FINISH, &mode)) return REF_NULL;
    if (mode == Z_NO_FLUSH) return ref_from_obj(bytes_from(t, "", 0));
    ZStreamObj *z = ZOBJ(self);
    if (!z->initialised) return zlib_error(t, &z->zs, Z_STREAM_ERROR, "while flushing");
    BytesBuf out;
    bytes_buf_init(&out);
    if (deflate_all(t, &z->zs, "", 0, mode, &out, "while flushing") < 0) {
        bytes_buf_discard(&out);
        return REF_NULL;
    }
    if (mode == Z_FINISH) {
        deflateEnd(&z->zs);
        z->initialised = false;
        z->finished = true;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}

static Ref zobj_copy(Thread *t, Ref self) {
    ZStreamObj *z = ZOBJ(self);
    bool compress = ref_obj(self)->ob_type == &zlib_compress_type;
    if (!z->initialised) return err_set(t, &exc_ValueError, "Inconsistent stream state");
    ZStreamObj *c = zobj_alloc(t, ref_obj(self)->ob_type);
    if (!c) return REF_NULL;
    int err = compress ? deflateCopy(&c->zs, &z->zs) : inflateCopy(&c->zs, &z->zs);
    if (err != Z_OK) {
        obj_decref(&c->ob);
        if (err == Z_STREAM_ERROR) return err_set(t, &exc_ValueError, "Inconsistent stream state");
        if (err == Z_MEM_ERROR) return err_set(t, &exc_MemoryError, "Can't allocate memory for compression object");
        return zlib_error(t, &z->zs, err, compress ? "while copying compression object"
                                                   : "while copying decompression object");
    }
    c->initialised = true;
    c->finished = z->finished;
    if (z->zdict) obj_incref(z->zdict);
    c->zdict = z->zdict;
    OBJ_SETREF(c->unused_data, z->unused_data);
    obj_incref(c->unused_data);
    OBJ_SETREF(c->unconsumed_tail, z->unconsumed_tail);
    obj_incref(c->unconsumed_tail);
    return ref_from_obj(&c->ob);
}

FN(zobj_m_copy) {
    if (!args_none(t, "copy", nargs, kw)) return REF_NULL;
    return zobj_copy(t, self);
}

/* After an inflate run: input left after the end of the stream joins unused_data; input
 * left for lack of output room becomes unconsumed_tail. */
static bool save_unconsumed(Thread *t, ZStreamObj *z, int err) {
    if (err == Z_STREAM_END && z->zs.avail_in > 0) {
        intptr_t old = bytes_size(z->unused_data);
        Object *u = bytes_new_uninit(t, old + (intptr_t)z->zs.avail_in);
        if (!u) return false;
        memcpy(bytes_data(u), bytes_data(z->unused_data), (size_t)old);
        memcpy(bytes_data(u) + old, z->zs.next_in, z->zs.avail_in);
        OBJ_SETREF(z->unused_data, u);
        z->zs.avail_in = 0;
    }
    if (z->zs.avail_in > 0 || bytes_size(z->unconsumed_tail) > 0) {
        Object *tail = bytes_from(t, z->zs.next_in, (intptr_t)z->zs.avail_in);
        if (!tail) return false;
        OBJ_SETREF(z->unconsumed_tail, tail);
    }
    return true;
}

/* Inflates [in, in+len) with `flush` (applied to its last piece), output capped at limit
 * (-1: none). Returns zlib's last code, or INT_MIN with an exception set. */
static int inflate_run(Thread *t, ZStreamObj *z, const char *in, intptr_t len, int flush, intptr_t limit,
                       BytesBuf *out, const char *what, bool raise) {
    int err = Z_OK;
    bool last, again;
    do {
        last = feed(&z->zs, &in, &len);
        do {
            if (limit >= 0 && out->len >= limit) goto done;
            if (!out_reserve(t, &z->zs, out, limit)) return INT_MIN;
            err = inflate(&z->zs, last ? flush : Z_NO_FLUSH);
            out_commit(&z->zs, out);
            /* a stream made with a preset dictionary asks for it after its header */
            again = err == Z_NEED_DICT && z->zdict;
            if (again) {
                int e2 = inflateSetDictionary(&z->zs, (const Bytef *)bytes_data(z->zdict),
                                              (uInt)bytes_size(z->zdict));
                if (e2 != Z_OK) {
                    zlib_error(t, &z->zs, e2, "while setting zdict");
                    return INT_MIN;
                }
                err = Z_OK;
                continue;
            }
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                if (!raise) goto done;
                if (err == Z_MEM_ERROR) err_set(t, &exc_MemoryError, "Out of memory while decompressing data");
                else zlib_error(t, &z->zs, err, what);
                return INT_MIN;
            }
        } while (again || (z->zs.avail_out == 0 && err != Z_STREAM_END));
    } while (err != Z_STREAM_END && !last);
done:
    /* pieces not fed yet stay pending too */
    z->zs.avail_in += (uInt)len;
    return err;
}

FN(decompress_m_decompress) {
    static const char *const names[] = {"", "max_length", NULL};
    static const ArgSpec spec = {"decompress", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    ByteView bv;
    intptr_t max_length;
    if (!bytes_view_or_error(t, a[0], &bv) || !ssize_arg(t, a[1], 0, &max_length)) return REF_NULL;
    if (max_length < 0) return err_set(t, &exc_ValueError, "max_length must be non-negative");
    ZStreamObj *z = ZOBJ(self);
    if (!z->initialised) return zlib_error(t, &z->zs, Z_STREAM_ERROR, "while decompressing data");
    BytesBuf out;
    bytes_buf_init(&out);
    int err = inflate_run(t, z, bv.data, bv.len, Z_SYNC_FLUSH, max_length ? max_length : -1, &out,
                          "while decompressing data", true);
    if (err == INT_MIN || !save_unconsumed(t, z, err)) {
        bytes_buf_discard(&out);
        return REF_NULL;
    }
    if (err == Z_STREAM_END) z->finished = true;
    return ref_from_obj(bytes_buf_finish(t, &out));
}

FN(decompress_m_flush) {
    static const char *const names[] = {"", NULL};
    static const ArgSpec spec = {"flush", names, 0, -1};
    Ref a[1];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    intptr_t length;
    if (!ssize_arg(t, a[0], DEF_BUF_SIZE, &length)) return REF_NULL;
    if (length <= 0) return err_set(t, &exc_ValueError, "length must be greater than zero");
    ZStreamObj *z = ZOBJ(self);
    BytesBuf out;
    bytes_buf_init(&out);
    if (!z->initialised) return ref_from_obj(bytes_buf_finish(t, &out));
    /* the pending input is unconsumed_tail; hold a reference while zlib reads it */
    Object *tail = z->unconsumed_tail;
    obj_incref(tail);
    int err = inflate_run(t, z, bytes_data(tail), bytes_size(tail), Z_FINISH, -1, &out, "while flushing", false);
    bool ok = err != INT_MIN && save_unconsumed(t, z, err);
    obj_decref(tail);
    if (!ok) {
        bytes_buf_discard(&out);
        return REF_NULL;
    }
    if (err == Z_STREAM_END) {
        z->finished = true;
        inflateEnd(&z->zs);
        z->initialised = false;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}

static Ref get_unused_data(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_new(ZOBJ(self)->unused_data);
}

static Ref get_unconsumed_tail(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_new(ZOBJ(self)->unconsumed_tail);
}

static Ref get_eof(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_from_bool(ZOBJ(self)->finished);
}

static const MethodDef compress_methods[] = {
    {"compress", compress_m_compress, 0, NULL},
    {"flush", compress_m_flush, 0, NULL},
    {"copy", zobj_m_copy, 0, NULL},
    {"__copy__", zobj_m_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef decompress_methods[] = {
    {"decompress", decompress_m_decompress, 0, NULL},
    {"flush", decompress_m_flush, 0, NULL},
    {"copy", zobj_m_copy, 0, NULL},
    {"__copy__", zobj_m_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef decompress_getsets[] = {
    {"unused_data", get_unused_data, NULL, NULL, NULL},
    {"unconsumed_tail", get_unconsumed_tail, NULL, NULL, NULL},
    {"eof", get_eof, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type zlib_compress_type = {
    TYPE_HEAD_INIT,
    .tp_name = "zlib.Compress",
    .tp_basicsize = sizeof(ZStreamObj),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = zobj_dealloc,
    .tp_free = obj_free,
    .methods = compress_methods,
};

Type zlib_decompress_type = {
    TYPE_HEAD_INIT,
    .tp_name = "zlib.Decompress",
    .tp_basicsize = sizeof(ZStreamObj),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = zobj_dealloc,
    .tp_free = obj_free,
    .methods = decompress_methods,
    .getsets = decompress_getsets,
};

static const MethodDef zlib_functions[] = {
    {"compress", zlib_compress, 0, "Returns a bytes object containing compressed data."},
    {"decompress", zlib_decompress, 0, "Returns a bytes object containing the uncompressed data."},
    {"compressobj", zlib_compressobj, 0, "Return a compressor object."},
    {"decompressobj", zlib_decompressobj, 0, "Return a decompressor object."},
    {"crc32", zlib_crc32, 0, "Compute a CRC-32 checksum of data."},
    {"adler32", zlib_adler32, 0, "Compute an Adler-32 checksum of data."},
    {NULL, NULL, 0, NULL},
};

static void zlib_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    type_ready(t, &exc_ZlibError);
    err_clear(t);
    err_restore(t, saved);
}

Object *zlib_module_create(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, zlib_ready_types);
    static const struct {
        const char *name;
        int value;
    } consts[] = {
        {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", DEF_MEM_LEVEL},
        {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
        {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
        {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
        {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
        {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
        {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
        {"Z_TREES", Z_TREES},
    };
    Object *m = module_new_cstr(t, "zlib");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, zlib_functions);
    for (size_t i = 0; rc == 0 && i < sizeof consts / sizeof consts[0]; i++)
        rc = module_add_ref(t, m, consts[i].name, ref_from_int(consts[i].value));
    if (rc == 0) rc = module_add_ref(t, m, "error", ref_immortal(&exc_ZlibError));
    for (int i = 0; rc == 0 && i < 2; i++) {
        Object *v = str_from_cstr(t, i == 0 ? ZLIB_VERSION : zlibVersion());
        if (!v) rc = -1;
        else {
            rc = module_add_ref(t, m, i == 0 ? "ZLIB_VERSION" : "ZLIB_RUNTIME_VERSION", ref_from_obj(v));
            obj_decref(v);
        }
    }
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
