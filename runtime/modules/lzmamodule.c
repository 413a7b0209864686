/* _lzma over Debian's liblzma: LZMACompressor, LZMADecompressor (xz, lzma-alone and raw
 * streams with filter chains), LZMAError and the format constants behind the lzma module
 * (runtime/lib/lzma.py), with CPython 3.11's messages. */
#include <lzma.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "modules/modules.h"
#include "modules/stream_decoder.h"
#include "spry.h"

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };
/* check of a stream whose header was not read yet (CPython's value; liblzma has none) */
enum { CHECK_UNKNOWN = LZMA_CHECK_ID_MAX + 1 };

Type exc_LZMAError = {
    TYPE_HEAD_INIT,
    .tp_name = "_lzma.LZMAError",
    .tp_basicsize = sizeof(BaseExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_Exception,
    .tp_doc = "Call to liblzma failed.",
};

typedef struct LZMAComp {
    Object ob;
    lzma_stream lzs;
    bool initialised; /* lzs holds liblzma state to release */
    bool flushed;
} LZMAComp;

typedef struct LZMADecomp {
    Object ob;
    lzma_stream lzs;
    bool initialised;
    int check; /* the stream's integrity check, once known */
    StreamDecoder dec;
} LZMADecomp;

Type lzma_compressor_type, lzma_decompressor_type;

/* Raises the exception CPython maps a liblzma result to; false when rc is no error. */
static bool lzma_failed(Thread *t, lzma_ret rc) {
    const char *msg;
    switch (rc) {
    case LZMA_OK:
    case LZMA_GET_CHECK:
    case LZMA_NO_CHECK:
    case LZMA_STREAM_END:
        return false;
    case LZMA_UNSUPPORTED_CHECK: msg = "Unsupported integrity check"; break;
    case LZMA_MEM_ERROR:
        err_no_memory(t);
        return true;
    case LZMA_MEMLIMIT_ERROR: msg = "Memory usage limit exceeded"; break;
    case LZMA_FORMAT_ERROR: msg = "Input format not supported by decoder"; break;
    case LZMA_OPTIONS_ERROR: msg = "Invalid or unsupported options"; break;
    case LZMA_DATA_ERROR: msg = "Corrupt input data"; break;
    case LZMA_BUF_ERROR: msg = "Insufficient buffer space"; break;
    case LZMA_PROG_ERROR: msg = "Internal error"; break;
    default:
        err_format(t, &exc_LZMAError, "Unrecognized error from liblzma: %d", (int)rc);
        return true;
    }
    err_set(t, &exc_LZMAError, msg);
    return true;
}

/* ---- filter chains: a sequence of dicts, {"id": FILTER_*, option: value, ...} -------- */

typedef struct FilterChain {
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    union {
        lzma_options_lzma lzma;
        lzma_options_delta delta;
        lzma_options_bcj bcj;
    } opts[LZMA_FILTERS_MAX];
} FilterChain;

static bool u64_value(Ref v, uint64_t *out) {
    if (!int_check(v) || int_sign(v) < 0) return false;
    int overflow = 0;
    int64_t x = int_as_i64_overflow(v, &overflow);
    if (overflow) return false;
    *out = (uint64_t)x;
    return true;
}

static bool u32_value(Ref v, uint32_t *out) {
    uint64_t x;
    if (!u64_value(v, &x) || x > UINT32_MAX) return false;
    *out = (uint32_t)x;
    return true;
}

/* Sets the option `name` of an LZMA1/LZMA2 filter; false for an unknown name or value. */
static bool lzma_option(lzma_options_lzma *o, Object *name, Ref v) {
    static const struct {
        const char *name;
        size_t offset;
    } fields[] = {
        {"dict_size", offsetof(lzma_options_lzma, dict_size)}, {"lc", offsetof(lzma_options_lzma, lc)},
        {"lp", offsetof(lzma_options_lzma, lp)},               {"pb", offsetof(lzma_options_lzma, pb)},
        {"nice_len", offsetof(lzma_options_lzma, nice_len)},   {"depth", offsetof(lzma_options_lzma, depth)},
    };
    uint32_t x;
    if (!u32_value(v, &x)) return false;
    if (str_eq_cstr(name, "preset")) return true; /* applied first, by the caller */
    if (str_eq_cstr(name, "mode")) {
        o->mode = (lzma_mode)x;
        return true;
    }
    if (str_eq_cstr(name, "mf")) {
        o->mf = (lzma_match_finder)x;
        return true;
    }
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (str_eq_cstr(name, fields[i].name)) {
            *(uint32_t *)((char *)o + fields[i].offset) = x;
            return true;
        }
    }
    return false;
}

/* Fills one filter from its spec (a dict); -1 with an exception set. */
static int filter_from_dict(Thread *t, Object *spec, lzma_filter *f, void *opts) {
    Ref idv = dict_get_cstr(t, spec, "id");
    if (ref_is_null(idv)) {
        if (!err_occurred(t)) err_set(t, &exc_ValueError, "Filter specifier must have an \"id\" entry");
        return -1;
    }
    uint64_t id;
    bool ok = u64_value(idv, &id);
    ref_close(idv);
    if (!ok) {
        err_set(t, &exc_ValueError, "Invalid filter ID");
        return -1;
    }
    f->id = id;
    f->options = opts;
    const char *kind = "";
    if (id == LZMA_FILTER_LZMA1 || id == LZMA_FILTER_LZMA2) {
        kind = "LZMA";
        uint32_t preset = LZMA_PRESET_DEFAULT;
        Ref pv = dict_get_cstr(t, spec, "preset");
        if (!ref_is_null(pv)) {
            ok = u32_value(pv, &preset);
            ref_close(pv);
            if (!ok) goto bad;
        } else if (err_occurred(t)) {
            return -1;
        }
        if (lzma_lzma_preset(opts, preset)) {
            err_format(t, &exc_LZMAError, "Invalid compression preset: %u", preset);
            return -1;
        }
    } else if (id == LZMA_FILTER_DELTA) {
        kind = "delta";
        lzma_options_delta *d = opts;
        memset(d, 0, sizeof *d);
        d->type = LZMA_DELTA_TYPE_BYTE;
        d->dist = 1;
    } else if (id == LZMA_FILTER_X86 || id == LZMA_FILTER_POWERPC || id == LZMA_FILTER_IA64 ||
               id == LZMA_FILTER_ARM || id == LZMA_FILTER_ARMTHUMB || id == LZMA_FILTER_SPARC) {
        kind = "BCJ";
        memset(opts, 0, sizeof(lzma_options_bcj));
    } else {
        err_format(t, &exc_ValueError, "Invalid filter ID: %llu", (unsigned long long)id);
        return -1;
    }
    intptr_t pos = 0;
    Ref key, value;
    while (dict_next(spec, &pos, &key, &value)) {
        if (!str_check(key)) goto bad;
        Object *name = ref_obj(key);
        if (str_eq_cstr(name, "id")) continue;
        if (id == LZMA_FILTER_DELTA) {
            if (!str_eq_cstr(name, "dist") || !u32_value(value, &((lzma_options_delta *)opts)->dist)) goto bad;
        } else if (id == LZMA_FILTER_LZMA1 || id == LZMA_FILTER_LZMA2) {
            if (!lzma_option(opts, name, value)) goto bad;
        } else if (!str_eq_cstr(name, "start_offset") ||
                   !u32_value(value, &((lzma_options_bcj *)opts)->start_offset)) {
            goto bad;
        }
    }
    return 0;
bad:
    err_format(t, &exc_ValueError, "Invalid filter specifier for %s filter", kind);
    return -1;
}

/* A filter spec as a dict (new reference), raising what CPython raises for a spec that
 * is no mapping or lacks its "id". */
static Object *filter_spec_dict(Thread *t, Ref item) {
    if (dict_check(item)) {
        obj_incref(ref_obj(item));
        return ref_obj(item);
    }
    Object *key = str_from_cstr(t, "id");
    if (!key) return NULL;
    Ref idv = obj_getitem(t, item, ref_from_obj(key));
    obj_decref(key);
    if (ref_is_null(idv)) {
        if (err_matches(t, &exc_KeyError)) {
            err_clear(t);
            err_set(t, &exc_ValueError, "Filter specifier must have an \"id\" entry");
        }
        return NULL;
    }
    ref_close(idv);
    Object *spec = dict_new(t);
    if (spec && dict_update(t, spec, item) < 0) {
        obj_decref(spec);
        err_clear(t);
        err_set(t, &exc_TypeError, "Filter specifier must be a dict or dict-like object");
        return NULL;
    }
    return spec;
}

/* Parses a filter chain into fc (terminated by LZMA_VLI_UNKNOWN); -1 with an exception. */
static int filter_chain(Thread *t, Ref seq, FilterChain *fc) {
    Object *list = list_from_iterable(t, seq);
    if (!list) return -1;
    intptr_t n = list_size(list);
    int rc = 0;
    if (n > LZMA_FILTERS_MAX) {
        err_format(t, &exc_ValueError, "Too many filters - liblzma supports a maximum of %d", LZMA_FILTERS_MAX);
        rc = -1;
    }
    for (intptr_t i = 0; rc == 0 && i < n; i++) {
        Object *spec = filter_spec_dict(t, list_items(list)[i]);
        rc = spec ? filter_from_dict(t, spec, &fc->filters[i], &fc->opts[i]) : -1;
        obj_xdecref(spec);
    }
    obj_decref(list);
    fc->filters[rc == 0 ? n : 0].id = LZMA_VLI_UNKNOWN;
    return rc;
}

/* An optional argument that must be an int in [0, max] when given (None: dflt). */
static bool uint_arg(Thread *t, Ref v, uint64_t dflt, uint64_t max, uint64_t *out) {
    if (ref_is_null(v) || ref_is_none(v)) {
        *out = dflt;
        return true;
    }
    if (!int_check(v)) {
        err_set(t, &exc_TypeError, "an integer is required");
        return false;
    }
    if (int_sign(v) < 0) {
        err_set(t, &exc_OverflowError, "can't convert negative int to unsigned");
        return false;
    }
    if (!u64_value(v, out) || *out > max) {
        err_set(t, &exc_OverflowError, "Python int too large for C unsigned int");
        return false;
    }
    return true;
}

static bool int_arg(Thread *t, Ref v, int dflt, int *out) {
    intptr_t x = dflt;
    if (!ref_is_null(v) && !arg_ssize(t, v, &x)) return false;
    if (x < INT32_MIN || x > INT32_MAX) {
        err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)x;
    return true;
}

/* ---- LZMACompressor ----------------------------------------------------------------- */

static int compressor_init(Thread *t, lzma_stream *lzs, int format, int check, Ref preset_arg, Ref filters) {
    bool have_filters = !ref_is_null(filters) && !ref_is_none(filters);
    bool have_preset = !ref_is_null(preset_arg) && !ref_is_none(preset_arg);
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE) {
        err_set(t, &exc_ValueError, "Integrity checks are only supported by FORMAT_XZ");
        return -1;
    }
    if (have_preset && have_filters) {
        err_set(t, &exc_ValueError, "Cannot specify both preset and filter chain");
        return -1;
    }
    uint64_t preset;
    if (!uint_arg(t, preset_arg, LZMA_PRESET_DEFAULT, UINT32_MAX, &preset)) return -1;
    FilterChain fc;
    if (have_filters && filter_chain(t, filters, &fc) < 0) return -1;
    lzma_ret rc;
    switch (format) {
    case FORMAT_XZ: {
        lzma_check ck = check == -1 ? LZMA_CHECK_CRC64 : (lzma_check)check;
        rc = have_filters ? lzma_stream_encoder(lzs, fc.filters, ck) : lzma_easy_encoder(lzs, (uint32_t)preset, ck);
        break;
    }
    case FORMAT_ALONE:
        if (have_filters) {
            if (fc.filters[0].id != LZMA_FILTER_LZMA1 || fc.filters[1].id != LZMA_VLI_UNKNOWN) {
                err_set(t, &exc_ValueError, "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                return -1;
            }
            rc = lzma_alone_encoder(lzs, fc.filters[0].options);
        } else {
            lzma_options_lzma opts;
            if (lzma_lzma_preset(&opts, (uint32_t)preset)) {
                err_format(t, &exc_LZMAError, "Invalid compression preset: %u", (unsigned)preset);
                return -1;
            }
            rc = lzma_alone_encoder(lzs, &opts);
        }
        break;
    case FORMAT_RAW:
        if (!have_filters) {
            err_set(t, &exc_ValueError, "Must specify filters for FORMAT_RAW");
            return -1;
        }
        rc = lzma_raw_encoder(lzs, fc.filters);
        break;
    default:
        err_format(t, &exc_ValueError, "Invalid container format: %d", format);
        return -1;
    }
    return lzma_failed(t, rc) ? -1 : 0;
}

static Ref lzmac_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"format", "check", "preset", "filters", NULL};
    static const ArgSpec spec = {"LZMACompressor", names, 0, -1};
    Ref a[4];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    int format, check;
    if (!int_arg(t, a[0], FORMAT_XZ, &format) || !int_arg(t, a[1], -1, &check)) return REF_NULL;
    LZMAComp *c = (LZMAComp *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!c) return REF_NULL;
    c->lzs = (lzma_stream)LZMA_STREAM_INIT;
    if (compressor_init(t, &c->lzs, format, check, a[2], a[3]) < 0) {
        lzma_end(&c->lzs);
        obj_decref(&c->ob);
        return REF_NULL;
    }
    c->initialised = true;
    return ref_from_obj(&c->ob);
}

static void lzmac_dealloc(Object *o) {
    LZMAComp *c = (LZMAComp *)o;
    if (c->initialised) lzma_end(&c->lzs);
    o->ob_type->tp_free(o);
}

/* Runs the encoder over [data, data+len) with `action` (LZMA_RUN until the input is taken,
 * LZMA_FINISH until the end of the stream). New bytes or REF_NULL. */
static Ref lzmac_run(Thread *t, LZMAComp *c, const char *data, size_t len, lzma_action action) {
    BytesBuf out;
    bytes_buf_init(&out);
    lzma_stream *lzs = &c->lzs;
    lzs->next_in = (const uint8_t *)data;
    lzs->avail_in = len;
    for (;;) {
        uint8_t *next_out;
        size_t avail_out;
        if (!stream_out_room(t, &out, -1, &next_out, &avail_out)) return REF_NULL;
        lzs->next_out = next_out;
        lzs->avail_out = avail_out;
        lzma_ret rc = lzma_code(lzs, action);
        out.len += avail_out - lzs->avail_out;
        if (rc == LZMA_BUF_ERROR && lzs->avail_in == 0 && lzs->avail_out > 0) rc = LZMA_OK; /* no progress needed */
        if (lzma_failed(t, rc)) {
            bytes_buf_discard(&out);
            return REF_NULL;
        }
        if (action == LZMA_RUN && lzs->avail_in == 0 && lzs->avail_out > 0) break;
        if (action == LZMA_FINISH && rc == LZMA_STREAM_END) break;
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}

static Ref lzmac_compress(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_count(t, "compress", nargs, kwnames, 1, 1)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, args[0], &bv)) return REF_NULL;
    LZMAComp *c = (LZMAComp *)ref_obj(self);
    if (c->flushed) return err_set(t, &exc_ValueError, "Compressor has been flushed");
    return lzmac_run(t, c, bv.data, (size_t)bv.len, LZMA_RUN);
}

static Ref lzmac_flush(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)args;
    if (!args_none(t, "flush", nargs, kwnames)) return REF_NULL;
    LZMAComp *c = (LZMAComp *)ref_obj(self);
    if (c->flushed) return err_set(t, &exc_ValueError, "Repeated call to flush()");
    c->flushed = true;
    return lzmac_run(t, c, "", 0, LZMA_FINISH);
}

static const MethodDef lzmac_methods[] = {
    {"compress", lzmac_compress, 0, "compress(data) -> the compressed bytes ready so far (often b'')."},
    {"flush", lzmac_flush, 0, "flush() -> the rest of the compressed stream; the compressor is finished."},
    {NULL, NULL, 0, NULL},
};

Type lzma_compressor_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_lzma.LZMACompressor",
    .tp_basicsize = sizeof(LZMAComp),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None): compresses data given "
              "in pieces.",
    .tp_dealloc = lzmac_dealloc,
    .tp_free = obj_free,
    .new_ = lzmac_new,
    .methods = lzmac_methods,
};

/* ---- LZMADecompressor --------------------------------------------------------------- */

static int decompressor_init(Thread *t, LZMADecomp *d, int format, Ref memlimit_arg, Ref filters) {
    bool have_filters = !ref_is_null(filters) && !ref_is_none(filters);
    bool have_memlimit = !ref_is_null(memlimit_arg) && !ref_is_none(memlimit_arg);
    if (have_memlimit && format == FORMAT_RAW) {
        err_set(t, &exc_ValueError, "Cannot specify memory limit with FORMAT_RAW");
        return -1;
    }
    if (format == FORMAT_RAW && !have_filters) {
        err_set(t, &exc_ValueError, "Must specify filters for FORMAT_RAW");
        return -1;
    }
    if (format != FORMAT_RAW && have_filters) {
        err_set(t, &exc_ValueError, "Cannot specify filters except with FORMAT_RAW");
        return -1;
    }
    uint64_t memlimit;
    if (!uint_arg(t, memlimit_arg, UINT64_MAX, UINT64_MAX, &memlimit)) return -1;
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    lzma_ret rc;
    d->check = CHECK_UNKNOWN;
    switch (format) {
    case FORMAT_AUTO: rc = lzma_auto_decoder(&d->lzs, memlimit, flags); break;
    case FORMAT_XZ: rc = lzma_stream_decoder(&d->lzs, memlimit, flags); break;
    case FORMAT_ALONE:
        d->check = LZMA_CHECK_NONE;
        rc = lzma_alone_decoder(&d->lzs, memlimit);
        break;
    case FORMAT_RAW: {
        FilterChain fc;
        if (filter_chain(t, filters, &fc) < 0) return -1;
        d->check = LZMA_CHECK_NONE;
        rc = lzma_raw_decoder(&d->lzs, fc.filters);
        break;
    }
    default:
        err_format(t, &exc_ValueError, "Invalid container format: %d", format);
        return -1;
    }
    return lzma_failed(t, rc) ? -1 : 0;
}

static Ref lzmad_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"format", "memlimit", "filters", NULL};
    static const ArgSpec spec = {"LZMADecompressor", names, 0, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    int format;
    if (!int_arg(t, a[0], FORMAT_AUTO, &format)) return REF_NULL;
    LZMADecomp *d = (LZMADecomp *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!d) return REF_NULL;
    d->lzs = (lzma_stream)LZMA_STREAM_INIT;
    if (stream_decoder_init(t, &d->dec, "Already at end of stream") < 0 || decompressor_init(t, d, format, a[1], a[2]) < 0) {
        lzma_end(&d->lzs);
        obj_decref(&d->ob);
        return REF_NULL;
    }
    d->initialised = true;
    return ref_from_obj(&d->ob);
}

static void lzmad_dealloc(Object *o) {
    LZMADecomp *d = (LZMADecomp *)o;
    if (d->initialised) lzma_end(&d->lzs);
    stream_decoder_clear(&d->dec);
    o->ob_type->tp_free(o);
}

static int lzma_step(Thread *t, void *lib, const uint8_t **in, size_t *avail_in, uint8_t **out, size_t *avail_out) {
    LZMADecomp *d = lib;
    lzma_stream *lzs = &d->lzs;
    lzs->next_in = *in;
    lzs->avail_in = *avail_in;
    lzs->next_out = *out;
    lzs->avail_out = *avail_out;
    lzma_ret rc = lzma_code(lzs, LZMA_RUN);
    *in = lzs->next_in;
    *avail_in = lzs->avail_in;
    *out = lzs->next_out;
    *avail_out = lzs->avail_out;
    /* no input and room for output: nothing to do yet, not an error */
    if (rc == LZMA_BUF_ERROR && lzs->avail_in == 0 && lzs->avail_out > 0) rc = LZMA_OK;
    if (rc == LZMA_GET_CHECK || rc == LZMA_NO_CHECK) d->check = (int)lzma_get_check(lzs);
    if (rc == LZMA_STREAM_END) return DECODE_END;
    return lzma_failed(t, rc) ? DECODE_ERROR : DECODE_OK;
}

static Ref lzmad_decompress(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    LZMADecomp *d = (LZMADecomp *)ref_obj(self);
    return stream_decoder_decompress(t, &d->dec, d, lzma_step, args, nargs, kwnames);
}

static const MethodDef lzmad_methods[] = {
    {"decompress", lzmad_decompress, 0,
     "decompress(data, max_length=-1) -> decompressed bytes (at most max_length when it is not negative)."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef lzmad_members[] = {
    {"check", MEMBER_T_INT, offsetof(LZMADecomp, check), MEMBER_READONLY, "The input stream's integrity check."},
    STREAM_DECODER_MEMBERS(offsetof(LZMADecomp, dec)),
    {NULL, 0, 0, 0, NULL},
};

Type lzma_decompressor_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_lzma.LZMADecompressor",
    .tp_basicsize = sizeof(LZMADecomp),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None): decompresses one stream "
              "given in pieces.",
    .tp_dealloc = lzmad_dealloc,
    .tp_free = obj_free,
    .new_ = lzmad_new,
    .methods = lzmad_methods,
    .members = lzmad_members,
};

/* ---- module ------------------------------------------------------------------------- */

static Ref lzma_is_check_supported(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)self;
    if (!args_count(t, "is_check_supported", nargs, kwnames, 1, 1)) return REF_NULL;
    int check;
    if (!int_arg(t, args[0], 0, &check)) return REF_NULL;
    return ref_from_bool(lzma_check_is_supported((lzma_check)check));
}

/* _encode_filter_properties(filter): the raw properties bytes of one filter spec (as
 * zipfile's LZMA members store them). */
static Ref lzma_encode_props(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)self;
    if (!args_count(t, "_encode_filter_properties", nargs, kwnames, 1, 1)) return REF_NULL;
    lzma_filter f;
    union {
        lzma_options_lzma lzma;
        lzma_options_delta delta;
        lzma_options_bcj bcj;
    } opts;
    Object *spec = filter_spec_dict(t, args[0]);
    int rc = spec ? filter_from_dict(t, spec, &f, &opts) : -1;
    obj_xdecref(spec);
    if (rc < 0) return REF_NULL;
    uint32_t size;
    if (lzma_failed(t, lzma_properties_size(&size, &f))) return REF_NULL;
    uint8_t buf[64];
    if (size > sizeof buf) return err_set(t, &exc_LZMAError, "Internal error");
    if (lzma_failed(t, lzma_properties_encode(&f, buf))) return REF_NULL;
    return ref_from_obj(bytes_from(t, buf, size));
}

/* dict[name] = value (an unsigned number); -1 with an exception set. */
static int put_u64(Thread *t, Object *dict, const char *name, uint64_t value) {
    Ref v = int_from_u64(t, value);
    int rc = ref_is_null(v) ? -1 : dict_set_cstr(t, dict, name, v);
    ref_close(v);
    return rc;
}

/* _decode_filter_properties(filter_id, encoded_props): the filter spec dict they stand for. */
static Ref lzma_decode_props(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    (void)self;
    if (!args_count(t, "_decode_filter_properties", nargs, kwnames, 2, 2)) return REF_NULL;
    uint64_t id;
    ByteView bv;
    if (!uint_arg(t, args[0], 0, UINT64_MAX, &id) || !bytes_view_or_error(t, args[1], &bv)) return REF_NULL;
    lzma_filter f = {.id = id, .options = NULL};
    if (lzma_failed(t, lzma_properties_decode(&f, NULL, (const uint8_t *)bv.data, (size_t)bv.len))) return REF_NULL;
    Object *dict = dict_new(t);
    int rc = dict ? put_u64(t, dict, "id", id) : -1;
    if (rc == 0 && id == LZMA_FILTER_LZMA1) {
        const lzma_options_lzma *o = f.options;
        if ((rc = put_u64(t, dict, "lc", o->lc)) == 0 && (rc = put_u64(t, dict, "lp", o->lp)) == 0 &&
            (rc = put_u64(t, dict, "pb", o->pb)) == 0)
            rc = put_u64(t, dict, "dict_size", o->dict_size);
    } else if (rc == 0 && id == LZMA_FILTER_LZMA2) {
        rc = put_u64(t, dict, "dict_size", ((const lzma_options_lzma *)f.options)->dict_size);
    } else if (rc == 0 && id == LZMA_FILTER_DELTA) {
        rc = put_u64(t, dict, "dist", ((const lzma_options_delta *)f.options)->dist);
    } else if (rc == 0 && f.options) {
        rc = put_u64(t, dict, "start_offset", ((const lzma_options_bcj *)f.options)->start_offset);
    }
    free(f.options); /* liblzma allocated it with malloc (no custom allocator) */
    if (rc < 0) {
        obj_xdecref(dict);
        return REF_NULL;
    }
    return ref_from_obj(dict);
}

static const MethodDef lzma_functions[] = {
    {"is_check_supported", lzma_is_check_supported, 0,
     "is_check_supported(check_id) -> whether this liblzma can verify that integrity check."},
    {"_encode_filter_properties", lzma_encode_props, 0, "The raw properties bytes of a filter spec."},
    {"_decode_filter_properties", lzma_decode_props, 0, "The filter spec that raw properties bytes stand for."},
    {NULL, NULL, 0, NULL},
};

static void lzma_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    type_ready(t, &exc_LZMAError);
    err_clear(t);
    err_restore(t, saved);
}

Object *lzma_module_create(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, lzma_ready_types);
    static const struct {
        const char *name;
        uint64_t value;
    } consts[] = {
        {"FORMAT_AUTO", FORMAT_AUTO}, {"FORMAT_XZ", FORMAT_XZ}, {"FORMAT_ALONE", FORMAT_ALONE},
        {"FORMAT_RAW", FORMAT_RAW}, {"CHECK_NONE", LZMA_CHECK_NONE}, {"CHECK_CRC32", LZMA_CHECK_CRC32},
        {"CHECK_CRC64", LZMA_CHECK_CRC64}, {"CHECK_SHA256", LZMA_CHECK_SHA256}, {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX},
        {"CHECK_UNKNOWN", CHECK_UNKNOWN}, {"FILTER_LZMA1", LZMA_FILTER_LZMA1},
        {"FILTER_LZMA2", LZMA_FILTER_LZMA2}, {"FILTER_DELTA", LZMA_FILTER_DELTA}, {"FILTER_X86", LZMA_FILTER_X86},
        {"FILTER_POWERPC", LZMA_FILTER_POWERPC}, {"FILTER_IA64", LZMA_FILTER_IA64},
        {"FILTER_ARM", LZMA_FILTER_ARM}, {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB},
        {"FILTER_SPARC", LZMA_FILTER_SPARC}, {"MF_HC3", LZMA_MF_HC3}, {"MF_HC4", LZMA_MF_HC4},
        {"MF_BT2", LZMA_MF_BT2}, {"MF_BT3", LZMA_MF_BT3}, {"MF_BT4", LZMA_MF_BT4},
        {"MODE_FAST", LZMA_MODE_FAST}, {"MODE_NORMAL", LZMA_MODE_NORMAL},
        {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT}, {"PRESET_EXTREME", LZMA_PRESET_EXTREME},
    };
    Object *m = module_new_cstr(t, "_lzma");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, lzma_functions);
    for (size_t i = 0; rc == 0 && i < sizeof consts / sizeof consts[0]; i++) {
        Ref v = int_from_u64(t, consts[i].value);
        rc = ref_is_null(v) ? -1 : module_add_ref(t, m, consts[i].name, v);
        ref_close(v);
    }
    if (rc == 0) rc = module_add_ref(t, m, "LZMAError", ref_immortal(&exc_LZMAError));
    if (rc == 0) rc = module_add_ref(t, m, "LZMACompressor", ref_immortal(&lzma_compressor_type));
    if (rc == 0) rc = module_add_ref(t, m, "LZMADecompressor", ref_immortal(&lzma_decompressor_type));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
