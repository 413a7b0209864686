/* _bz2 over Debian's libbz2: the BZ2Compressor and BZ2Decompressor types behind the bz2
 * module (runtime/lib/bz2.py), with CPython 3.11's messages. */
#include <bzlib.h>
#include <limits.h>
#include <string.h>

#include "modules/modules.h"
#include "modules/stream_decoder.h"
#include "spry.h"

typedef struct BZ2Comp {
    Object ob;
    bz_stream bzs;
    bool initialised; /* bzs holds libbz2 state to release */
    bool flushed;
} BZ2Comp;

typedef struct BZ2Decomp {
    Object ob;
    bz_stream bzs;
    bool initialised;
    StreamDecoder dec;
} BZ2Decomp;

Type bz2_compressor_type, bz2_decompressor_type;

/* Raises the exception CPython maps libbz2's error code to. */
static void bz2_error(Thread *t, int rc) {
    switch (rc) {
    case BZ_PARAM_ERROR:
        err_set(t, &exc_ValueError, "Internal error - invalid parameters passed to libbzip2");
        break;
    case BZ_MEM_ERROR:
        err_no_memory(t);
        break;
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC:
        err_set(t, &exc_OSError, "Invalid data stream");
        break;
    case BZ_IO_ERROR:
        err_set(t, &exc_OSError, "Unknown I/O error");
        break;
    case BZ_UNEXPECTED_EOF:
        err_set(t, &exc_EOFError, "Compressed file ended before the logical end-of-stream was detected");
        break;
    case BZ_SEQUENCE_ERROR:
        err_set(t, &exc_RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
        break;
    default:
        err_format(t, &exc_SystemError, "Unrecognized error from libbzip2: %d", rc);
    }
}

static unsigned int clamp_uint(size_t n) { return n > UINT_MAX ? UINT_MAX : (unsigned int)n; }

/* ---- BZ2Compressor ------------------------------------------------------------------ */

static Ref bz2c_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "BZ2Compressor", kwnames)) return REF_NULL;
    if (nargs > 1) return err_format(t, &exc_TypeError, "BZ2Compressor expected at most 1 argument, got %zu", nargs);
    intptr_t level = 9;
    if (nargs == 1 && !arg_ssize(t, args[0], &level)) return REF_NULL;
    if (level < 1 || level > 9) return err_set(t, &exc_ValueError, "compresslevel must be between 1 and 9");
    BZ2Comp *c = (BZ2Comp *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!c) return REF_NULL;
    int rc = BZ2_bzCompressInit(&c->bzs, (int)level, 0, 0);
    if (rc != BZ_OK) {
        bz2_error(t, rc);
        obj_decref(&c->ob);
        return REF_NULL;
    }
    c->initialised = true;
    return ref_from_obj(&c->ob);
}

static void bz2c_dealloc(Object *o) {
    BZ2Comp *c = (BZ2Comp *)o;
    if (c->initialised) BZ2_bzCompressEnd(&c->bzs);
    o->ob_type->tp_free(o);
}

/* Runs the compressor over [data, data+len) with `action` (BZ_RUN: until the input is
 * taken; BZ_FINISH: until the end of the stream). New bytes or REF_NULL. */
static Ref bz2c_run(Thread *t, BZ2Comp *c, const char *data, size_t len, int action) {
    BytesBuf out;
    bytes_buf_init(&out);
    bz_stream *bzs = &c->bzs;
    bzs->next_in = (char *)data;
    bzs->avail_in = 0;
    for (;;) {
        if (bzs->avail_in == 0 && len > 0) {
            bzs->avail_in = clamp_uint(len);
            len -= bzs->avail_in;
        }
        if (action == BZ_RUN && bzs->avail_in == 0) break;
        uint8_t *next_out;
        size_t avail_out;
        if (!stream_out_room(t, &out, -1, &next_out, &avail_out)) return REF_NULL;
        bzs->next_out = (char *)next_out;
        bzs->avail_out = clamp_uint(avail_out);
        unsigned int room = bzs->avail_out;
        int rc = BZ2_bzCompress(bzs, action);
        out.len += room - bzs->avail_out;
        if (rc < 0) {
            bz2_error(t, rc);
            bytes_buf_discard(&out);
            return REF_NULL;
        }
        if (action == BZ_FINISH && rc == BZ_STREAM_END) break;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}

static Ref bz2c_compress(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_count(t, "compress", nargs, kwnames, 1, 1)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, args[0], &bv)) return REF_NULL;
    BZ2Comp *c = (BZ2Comp *)ref_obj(self);
    if (c->flushed) return err_set(t, &exc_ValueError, "Compressor has been flushed");
    return bz2c_run(t, c, bv.data, (size_t)bv.len, BZ_RUN);
}

static Ref bz2c_flush(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args;
    if (!args_none(t, "flush", nargs, kwnames)) return REF_NULL;
    BZ2Comp *c = (BZ2Comp *)ref_obj(self);
    if (c->flushed) return err_set(t, &exc_ValueError, "Repeated call to flush()");
    c->flushed = true;
    return bz2c_run(t, c, "", 0, BZ_FINISH);
}

static const MethodDef bz2c_methods[] = {
    {"compress", bz2c_compress, 0,
     "compress(data) -> the compressed bytes ready so far (often b'')."},
    {"flush", bz2c_flush, 0, "flush() -> the rest of the compressed stream; the compressor is finished."},
    {NULL, NULL, 0, NULL},
};

Type bz2_compressor_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_bz2.BZ2Compressor",
    .tp_basicsize = sizeof(BZ2Comp),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "BZ2Compressor(compresslevel=9, /): compresses data given in pieces.",
    .tp_dealloc = bz2c_dealloc,
    .tp_free = obj_free,
    .new_ = bz2c_new,
    .methods = bz2c_methods,
};

/* ---- BZ2Decompressor ---------------------------------------------------------------- */

static Ref bz2d_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args;
    if (nargs) return err_set(t, &exc_TypeError, "BZ2Decompressor() takes no positional arguments");
    if (!args_no_kw(t, "BZ2Decompressor", kwnames)) return REF_NULL;
    BZ2Decomp *d = (BZ2Decomp *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!d) return REF_NULL;
    if (stream_decoder_init(t, &d->dec, "End of stream already reached") < 0) {
        obj_decref(&d->ob);
        return REF_NULL;
    }
    int rc = BZ2_bzDecompressInit(&d->bzs, 0, 0);
    if (rc != BZ_OK) {
        bz2_error(t, rc);
        obj_decref(&d->ob);
        return REF_NULL;
    }
    d->initialised = true;
    return ref_from_obj(&d->ob);
}

static void bz2d_dealloc(Object *o) {
    BZ2Decomp *d = (BZ2Decomp *)o;
    if (d->initialised) BZ2_bzDecompressEnd(&d->bzs);
    stream_decoder_clear(&d->dec);
    o->ob_type->tp_free(o);
}

static int bz2_step(Thread *t, void *lib, const uint8_t **in, size_t *avail_in, uint8_t **out, size_t *avail_out) {
    bz_stream *bzs = lib;
    unsigned int in_n = clamp_uint(*avail_in), out_n = clamp_uint(*avail_out);
    bzs->next_in = (char *)*in;
    bzs->avail_in = in_n;
    bzs->next_out = (char *)*out;
    bzs->avail_out = out_n;
    int rc = BZ2_bzDecompress(bzs);
    size_t used = in_n - bzs->avail_in, made = out_n - bzs->avail_out;
    *in += used;
    *avail_in -= used;
    *out += made;
    *avail_out -= made;
    if (rc == BZ_STREAM_END) return DECODE_END;
    if (rc != BZ_OK) {
        bz2_error(t, rc);
        return DECODE_ERROR;
    }
    return DECODE_OK;
}

static Ref bz2d_decompress(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    BZ2Decomp *d = (BZ2Decomp *)ref_obj(self);
    return stream_decoder_decompress(t, &d->dec, &d->bzs, bz2_step, args, nargs, kwnames);
}

static const MethodDef bz2d_methods[] = {
    {"decompress", bz2d_decompress, 0,
     "decompress(data, max_length=-1) -> decompressed bytes (at most max_length when it is not negative)."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef bz2d_members[] = {
    STREAM_DECODER_MEMBERS(offsetof(BZ2Decomp, dec)),
    {NULL, 0, 0, 0, NULL},
};

Type bz2_decompressor_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_bz2.BZ2Decompressor",
    .tp_basicsize = sizeof(BZ2Decomp),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "BZ2Decompressor(): decompresses one bzip2 stream given in pieces.",
    .tp_dealloc = bz2d_dealloc,
    .tp_free = obj_free,
    .new_ = bz2d_new,
    .methods = bz2d_methods,
    .members = bz2d_members,
};

Object *bz2_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_bz2");
    if (!m) return NULL;
    if (module_add_ref(t, m, "BZ2Compressor", ref_immortal(&bz2_compressor_type)) < 0 ||
        module_add_ref(t, m, "BZ2Decompressor", ref_immortal(&bz2_decompressor_type)) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
