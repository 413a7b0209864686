/* Shared driver of bz2's and lzma's decompressor objects (see stream_decoder.h). */
#include <string.h>

#include "modules/stream_decoder.h"

#define OUT_CHUNK (32 * 1024)

int stream_decoder_init(Thread *t, StreamDecoder *d, const char *eof_message) {
    bytes_buf_init(&d->pending);
    d->eof_message = eof_message;
    d->eof = false;
    d->needs_input = true;
    d->unused_data = bytes_from(t, "", 0);
    return d->unused_data ? 0 : -1;
}

void stream_decoder_clear(StreamDecoder *d) {
    bytes_buf_discard(&d->pending);
    obj_xdecref(d->unused_data);
    d->unused_data = NULL;
}

bool stream_out_room(Thread *t, BytesBuf *buf, intptr_t limit, uint8_t **out, size_t *avail_out) {
    if (buf->len == buf->cap && (limit < 0 || buf->len < limit)) {
        intptr_t grow = buf->cap < OUT_CHUNK ? OUT_CHUNK : buf->cap;
        if (limit >= 0 && grow > limit - buf->len) grow = limit - buf->len;
        if (!bytes_buf_reserve(t, buf, grow)) return false;
    }
    intptr_t room = buf->cap - buf->len;
    if (limit >= 0 && room > limit - buf->len) room = limit - buf->len;
    *out = (uint8_t *)buf->data + buf->len;
    *avail_out = (size_t)room;
    return true;
}

/* Decodes [in, in+len) into out (at most limit bytes when limit >= 0); *used is set to
 * the input consumed. DECODE_OK/DECODE_END, or DECODE_ERROR with an exception set. */
static int run(Thread *t, void *lib, DecodeStepFn step, const uint8_t *in, size_t len,
               intptr_t limit, BytesBuf *out, size_t *used, bool *out_full) {
    const uint8_t *next_in = in;
    size_t avail_in = len;
    int rc;
    for (;;) {
        uint8_t *next_out;
        size_t avail_out;
        if (!stream_out_room(t, out, limit, &next_out, &avail_out)) return DECODE_ERROR;
        uint8_t *start = next_out;
        rc = step(t, lib, &next_in, &avail_in, &next_out, &avail_out);
        out->len += next_out - start;
        if (rc != DECODE_OK) break;
        /* A full output buffer first: the library may hold more output with no input left. */
        if (avail_out == 0) {
            if (limit >= 0 && out->len >= limit) break;
        } else if (avail_in == 0) {
            break;
        }
    }
    *used = len - avail_in;
    *out_full = limit >= 0 && out->len >= limit;
    return rc;
}

Ref stream_decoder_decompress(Thread *t, StreamDecoder *d, void *lib, DecodeStepFn step, const Ref *args,
                              size_t nargs, Object *kwnames) {
    static const char *const names[] = {"data", "max_length", NULL};
    static const ArgSpec spec = {"decompress", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    ByteView bv;
    intptr_t limit = -1;
    if (!bytes_view_or_error(t, a[0], &bv)) return REF_NULL;
    if (!ref_is_null(a[1]) && !arg_ssize(t, a[1], &limit)) return REF_NULL;
    if (d->eof) return err_set(t, &exc_EOFError, d->eof_message);

    /* Input left over from the last call comes first. */
    bool from_pending = d->pending.len > 0;
    if (from_pending && !bytes_buf_put(t, &d->pending, bv.data, bv.len)) return REF_NULL;
    const uint8_t *in = from_pending ? (const uint8_t *)d->pending.data : (const uint8_t *)bv.data;
    size_t len = from_pending ? (size_t)d->pending.len : (size_t)bv.len;

    BytesBuf out;
    bytes_buf_init(&out);
    size_t used;
    bool out_full;
    int rc = run(t, lib, step, in, len, limit, &out, &used, &out_full);
    if (rc == DECODE_ERROR) {
        bytes_buf_discard(&out);
        return REF_NULL;
    }
    const uint8_t *rest = in + used;
    size_t rest_len = len - used;
    if (rc == DECODE_END) {
        d->eof = true;
        d->needs_input = false;
        if (rest_len) {
            Object *unused = bytes_from(t, (const char *)rest, (intptr_t)rest_len);
            if (!unused) {
                bytes_buf_discard(&out);
                return REF_NULL;
            }
            OBJ_SETREF(d->unused_data, unused);
        }
        d->pending.len = 0;
    } else if (rest_len == 0) {
        d->pending.len = 0;
        /* with the output full the library may still hold output for the next call */
        d->needs_input = !out_full;
    } else {
        d->needs_input = false;
        if (from_pending) {
            memmove(d->pending.data, rest, rest_len);
            d->pending.len = (intptr_t)rest_len;
        } else if (!bytes_buf_put(t, &d->pending, rest, (intptr_t)rest_len)) {
            bytes_buf_discard(&out);
            return REF_NULL;
        }
    }
    return ref_from_obj(bytes_buf_finish(t, &out));
}
