/* io.TextIOWrapper: text over a buffered binary stream (see io.h).
 *
 * Reading: bytes come from buffer.read1() in chunks; the longest prefix that holds only
 * complete characters is decoded and appended to `decoded` (kept *untranslated*, exactly
 * as in the file), the incomplete tail waits in `pend`. Newline translation happens when
 * text is handed out. Because `decoded` mirrors the file's bytes, tell() is exact:
 * dbase (byte offset of decoded[0]) + the encoded length of decoded[0:dpos]. A '\r' at the
 * end of `decoded` is not handed out in the universal modes until the next character (or
 * EOF) shows whether it starts a "\r\n".
 *
 * Writing: encoded text accumulates in `wbuf` and goes to buffer.write() when it exceeds
 * the chunk size, on flush, on a newline with line_buffering, or always with
 * write_through. A write drops any read-ahead text (as CPython does). */
#include <stdlib.h>
#include <string.h>

#include "modules/io.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)
#define CHUNK_SIZE 8192

/* Newline modes, as for StringIO: the `newline` argument. */
enum { NLM_LF = 0, NLM_NONE = 1, NLM_EMPTY = 2, NLM_CR = 3, NLM_CRLF = 4 };
/* Codec families for chunking and byte counting. */
enum { FAM_UTF8, FAM_UTF16, FAM_UTF32, FAM_BYTE };

typedef struct TextIO {
    Object ob;
    Ref buffer;
    bool ok, detached;
    Object *encoding;          /* as shown by .encoding */
    Object *errors;            /* str */
    Object *mode;              /* or NULL */
    const char *codec;         /* canonical codec name (static string) */
    int family;
    int nlmode;
    bool line_buffering, write_through, has_read1, seekable, telling, readable, writable;
    /* decoding */
    Object *decoded;           /* NULL: nothing read since the last reset */
    intptr_t dpos;
    int64_t dbase;
    bool dbase_valid, eof;
    int endian;                /* utf-16/utf-32 without suffix: 0 unknown, 1 LE, 2 BE */
    char *pend;
    intptr_t plen, pcap;
    int seennl;
    /* encoding */
    bool encoder_started;      /* BOM already written (or not wanted) */
    char *wbuf;
    intptr_t wlen, wcap;
} TextIO;

#define TIO(r) ((TextIO *)ref_obj(r))

static Ref textio_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    return ref_from_obj(o);
}

static const char *errs_of(TextIO *s) { return str_utf8_lossy(s->errors); }

static int check_ok(Thread *t, TextIO *s) {
    if (!s->ok) {
        err_set(t, &exc_ValueError, s->detached ? "underlying buffer has been detached"
                                                : "I/O operation on uninitialized object");
        return -1;
    }
    return 0;
}

static int check_open(Thread *t, TextIO *s) {
    if (check_ok(t, s) < 0) return -1;
    int c = io_is_closed(t, s->buffer);
    if (c < 0) return -1;
    if (c) {
        io_closed_error(t);
        return -1;
    }
    return 0;
}

static bool reserve(Thread *t, char **buf, intptr_t *cap, intptr_t need) {
    if (need <= *cap) return true;
    intptr_t nc = *cap ? *cap : 256;
    while (nc < need) nc *= 2;
    char *nb = mem_realloc(t, *buf, (size_t)nc);
    if (!nb) return false;
    *buf = nb;
    *cap = nc;
    return true;
}

static void reset_decoder(TextIO *s) {
    OBJ_SETREF(s->decoded, NULL);
    s->dpos = 0;
    s->plen = 0;
    s->eof = false;
    s->dbase_valid = false;
}

/* ---- byte accounting ----------------------------------------------------------------------- */

static int64_t encoded_len(TextIO *s, Object *str, intptr_t start, intptr_t end) {
    switch (s->family) {
    case FAM_BYTE: return end - start;
    case FAM_UTF32: return 4 * (int64_t)(end - start);
    case FAM_UTF16: {
        int64_t n = 0;
        for (intptr_t i = start; i < end; i++) n += str_char_at(str, i) >= 0x10000 ? 4 : 2;
        return n;
    }
    default: {
        if (STR(str)->ascii) return end - start;
        bool esc = strcmp(errs_of(s), "surrogateescape") == 0;
        int64_t n = 0;
        for (intptr_t i = start; i < end; i++) {
            uint32_t c = str_char_at(str, i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : (esc && c >= 0xDC80 && c <= 0xDCFF) ? 1 : c < 0x10000 ? 3 : 4;
        }
        return n;
    }
    }
}

/* Length of the prefix of data[0..len) that holds only complete characters. */
static intptr_t complete_prefix(TextIO *s, const unsigned char *d, intptr_t len) {
    switch (s->family) {
    case FAM_BYTE: return len;
    case FAM_UTF32: return len & ~(intptr_t)3;
    case FAM_UTF16: {
        intptr_t cut = len & ~(intptr_t)1;
        if (cut >= 2) {
            unsigned hi = s->endian == 2 ? d[cut - 2] : d[cut - 1];
            if (hi >= 0xD8 && hi <= 0xDB) cut -= 2;
        }
        return cut;
    }
    default: {
        intptr_t i = len;
        int back = 0;
        while (i > 0 && back < 4 && (d[i - 1] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i == 0) return len;
        unsigned char lead = d[i - 1];
        int need = lead >= 0xF0 && lead <= 0xF7 ? 4 : lead >= 0xE0 ? (lead <= 0xEF ? 3 : 1) : lead >= 0xC0 ? 2 : 1;
        return (i - 1) + need > len ? i - 1 : len;
    }
    }
}

/* The codec to decode the next bytes with (BOM detection at the start of the stream). */
static const char *decode_codec(TextIO *s) {
    if (!strcmp(s->codec, "utf-16")) return s->endian == 2 ? "utf-16-be" : "utf-16-le";
    if (!strcmp(s->codec, "utf-32")) return s->endian == 2 ? "utf-32-be" : "utf-32-le";
    if (!strcmp(s->codec, "utf-8-sig")) return "utf-8";
    return s->codec;
}

/* Strips a BOM from the first bytes of the stream (position 0), choosing the byte order. */
static void handle_bom(TextIO *s) {
    if (!s->dbase_valid || s->dbase != 0 || s->decoded || s->endian) return;
    const unsigned char *d = (const unsigned char *)s->pend;
    intptr_t skip = 0;
    if (!strcmp(s->codec, "utf-16") && s->plen >= 2) {
        if (d[0] == 0xFF && d[1] == 0xFE) s->endian = 1, skip = 2;
        else if (d[0] == 0xFE && d[1] == 0xFF) s->endian = 2, skip = 2;
        else s->endian = 1;
    } else if (!strcmp(s->codec, "utf-32") && s->plen >= 4) {
        if (d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0) s->endian = 1, skip = 4;
        else if (d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF) s->endian = 2, skip = 4;
        else s->endian = 1;
    } else if (!strcmp(s->codec, "utf-8-sig") && s->plen >= 3) {
        if (d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF) skip = 3;
        s->endian = 1;
    }
    if (skip) {
        memmove(s->pend, s->pend + skip, (size_t)(s->plen - skip));
        s->plen -= skip;
        s->dbase += skip;
    }
}

/* Appends decoded text (steals `text`), dropping what has been consumed. */
static int append_decoded(Thread *t, TextIO *s, Object *text) {
    if (!s->decoded) {
        s->decoded = text;
        s->dpos = 0;
        return 0;
    }
    intptr_t len = str_len(s->decoded);
    s->dbase += encoded_len(s, s->decoded, 0, s->dpos);
    Object *rest = s->dpos ? str_substr(t, s->decoded, s->dpos, len) : (obj_incref(s->decoded), s->decoded);
    if (!rest) {
        obj_decref(text);
        return -1;
    }
    Object *joined = str_len(text) ? str_concat(t, rest, text) : (obj_incref(rest), rest);
    obj_decref(rest);
    obj_decref(text);
    if (!joined) return -1;
    OBJ_SETREF(s->decoded, joined);
    s->dpos = 0;
    return 0;
}

/* Reads and decodes one chunk. 1: progress, 0: EOF reached, -1: error. */
static int read_chunk(Thread *t, TextIO *s, intptr_t size_hint) {
    if (s->eof) return 0;
    if (!s->dbase_valid && !s->decoded) {
        s->dbase = 0;
        if (s->seekable) {
            Ref p = io_call(t, s->buffer, "tell", NULL, 0);
            if (ref_is_null(p)) return -1;
            s->dbase = int_as_i64(t, p);
            ref_close(p);
            if (s->dbase == -1 && err_occurred(t)) return -1;
        }
        s->dbase_valid = true;
    }
    intptr_t want = size_hint > CHUNK_SIZE ? size_hint : CHUNK_SIZE;
    Ref data = io_call(t, s->buffer, s->has_read1 ? "read1" : "read", (Ref[]){ref_from_int(want)}, 1);
    if (ref_is_null(data)) return -1;
    ByteView v = {"", 0};
    if (!ref_is_none(data) && !bytes_view(data, &v)) {
        err_format(t, &exc_TypeError, "underlying %s() should have returned a bytes-like object, not '%s'",
                   s->has_read1 ? "read1" : "read", type_name(ref_type(data)));
        ref_close(data);
        return -1;
    }
    bool at_eof = v.len == 0;
    if (!reserve(t, &s->pend, &s->pcap, s->plen + v.len + 1)) {
        ref_close(data);
        return -1;
    }
    memcpy(s->pend + s->plen, v.data, (size_t)v.len);
    s->plen += v.len;
    ref_close(data);
    handle_bom(s);
    intptr_t cut = at_eof ? s->plen : complete_prefix(s, (const unsigned char *)s->pend, s->plen);
    Object *text;
    if (cut == 0) {
        text = str_empty();
        obj_incref(text);
    } else {
        text = codecs_decode(t, s->pend, cut, decode_codec(s), errs_of(s));
        if (!text) return -1;
    }
    memmove(s->pend, s->pend + cut, (size_t)(s->plen - cut));
    s->plen -= cut;
    if (append_decoded(t, s, text) < 0) return -1;
    if (at_eof) s->eof = true;
    return at_eof ? 0 : 1;
}

static bool universal(TextIO *s) { return s->nlmode == NLM_NONE || s->nlmode == NLM_EMPTY; }

/* End of the text that may be handed out now. */
static intptr_t safe_end(TextIO *s) {
    if (!s->decoded) return 0;
    intptr_t n = str_len(s->decoded);
    if (!s->eof && n > s->dpos && (universal(s) || s->nlmode == NLM_CRLF) && str_char_at(s->decoded, n - 1) == '\r')
        n--;
    return n;
}

/* Hands out decoded[dpos..end) translated, as a new str; advances dpos. */
static Object *take(Thread *t, TextIO *s, intptr_t end) {
    Object *d = s->decoded;
    intptr_t start = s->dpos;
    if (!d || end <= start) {
        obj_incref(str_empty());
        return str_empty();
    }
    s->dpos = end;
    if (!universal(s)) return str_substr(t, d, start, end);
    StrBuilder b;
    str_builder_init(&b);
    intptr_t run = start;
    for (intptr_t i = start; i < end; i++) {
        uint32_t c = str_char_at(d, i);
        if (c == '\n') {
            s->seennl |= NL_LF;
        } else if (c == '\r') {
            bool crlf = i + 1 < end && str_char_at(d, i + 1) == '\n';
            s->seennl |= crlf ? NL_CRLF : NL_CR;
            if (s->nlmode == NLM_NONE) {
                if (!str_builder_put_substr(t, &b, d, run, i) || !str_builder_putc(t, &b, '\n')) return NULL;
                i += crlf;
                run = i + 1;
            } else {
                i += crlf;
            }
        }
    }
    if (!str_builder_put_substr(t, &b, d, run, end)) return NULL;
    return str_builder_finish(t, &b);
}

/* The end index covering `n` output characters from dpos (a "\r\n" is one character in
 * the translating mode), within [dpos, limit). */
static intptr_t advance_chars(TextIO *s, intptr_t n, intptr_t limit) {
    intptr_t i = s->dpos;
    while (n > 0 && i < limit) {
        if (s->nlmode == NLM_NONE && str_char_at(s->decoded, i) == '\r' && i + 1 < limit &&
            str_char_at(s->decoded, i + 1) == '\n')
            i++;
        i++;
        n--;
    }
    return i;
}

/* ---- writing --------------------------------------------------------------------------------- */

static int flush_pending(Thread *t, TextIO *s) {
    if (s->wlen == 0) return 0;
    Object *b = bytes_from(t, s->wbuf, s->wlen);
    if (!b) return -1;
    s->wlen = 0;
    Ref arg = ref_from_obj(b);
    Ref r = obj_call_method(t, s->buffer, ID(write), &arg, 1);
    obj_decref(b);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

/* Encodes text (n characters) into wbuf with newline translation, noting whether it held
 * '\n' or '\r'. UTF-8 without translation copies the str's cached UTF-8 form; anything else
 * (other codecs, lone surrogates for the error handler) goes through the codec. */
static int encode_into_wbuf(Thread *t, TextIO *s, Object *text, intptr_t n, bool *haslf, bool *hascr) {
    bool translate = s->nlmode == NLM_CR || s->nlmode == NLM_CRLF;
    if (!translate && !strcmp(s->codec, "utf-8")) {
        intptr_t len;
        const char *utf8 = str_utf8(t, text, &len);
        if (utf8) {
            *haslf = memchr(utf8, '\n', (size_t)len) != NULL;
            *hascr = memchr(utf8, '\r', (size_t)len) != NULL;
            if (!reserve(t, &s->wbuf, &s->wcap, s->wlen + len)) return -1;
            /* An empty first write leaves wbuf NULL: no memcpy to NULL (here and below). */
            if (len) memcpy(s->wbuf + s->wlen, utf8, (size_t)len);
            s->wlen += len;
            s->encoder_started = true;
            return 0;
        }
        err_clear(t);
    }
    *haslf = *hascr = false;
    for (intptr_t i = 0; i < n && !(*haslf && *hascr); i++) {
        uint32_t c = str_char_at(text, i);
        *haslf |= c == '\n';
        *hascr |= c == '\r';
    }
    Object *out = text;
    obj_incref(out);
    if (*haslf && translate) {
        StrBuilder b;
        str_builder_init(&b);
        for (intptr_t i = 0; i < n; i++) {
            uint32_t c = str_char_at(text, i);
            bool ok = c != '\n' ? str_builder_putc(t, &b, c)
                    : s->nlmode == NLM_CR ? str_builder_putc(t, &b, '\r')
                                          : str_builder_put_ascii(t, &b, "\r\n", 2);
            if (!ok) {
                obj_decref(out);
                return -1;
            }
        }
        obj_decref(out);
        out = str_builder_finish(t, &b);
        if (!out) return -1;
    }
    const char *codec = s->codec;
    if (s->encoder_started) {
        if (!strcmp(codec, "utf-16")) codec = "utf-16-le";
        else if (!strcmp(codec, "utf-32")) codec = "utf-32-le";
        else if (!strcmp(codec, "utf-8-sig")) codec = "utf-8";
    }
    Object *bytes = codecs_encode(t, out, codec, errs_of(s));
    obj_decref(out);
    if (!bytes) return -1;
    s->encoder_started = true;
    if (!reserve(t, &s->wbuf, &s->wcap, s->wlen + bytes_size(bytes))) {
        obj_decref(bytes);
        return -1;
    }
    if (bytes_size(bytes)) memcpy(s->wbuf + s->wlen, bytes_data(bytes), (size_t)bytes_size(bytes));
    s->wlen += bytes_size(bytes);
    obj_decref(bytes);
    return 0;
}

FN(textio_write) {
    if (!args_one(t, "write", nargs, kw)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "write() argument must be str, not %T", args[0]);
    if (check_open(t, s) < 0) return REF_NULL;
    if (!s->writable) return io_unsupported(t, "not writable");
    Object *text = ref_obj(args[0]);
    intptr_t n = str_len(text);
    bool haslf, hascr;
    if (encode_into_wbuf(t, s, text, n, &haslf, &hascr) < 0) return REF_NULL;
    bool needflush = s->line_buffering && (haslf || hascr);
    if (s->wlen > CHUNK_SIZE || needflush || s->write_through) {
        if (flush_pending(t, s) < 0) return REF_NULL;
    }
    if (needflush) {
        Ref r = obj_call_method(t, s->buffer, ID(flush), NULL, 0);
        if (ref_is_null(r)) return REF_NULL;
        ref_close(r);
    }
    reset_decoder(s);
    return int_from_i64(t, n);
}

/* ---- reading --------------------------------------------------------------------------------- */

static Ref read_impl(Thread *t, TextIO *s, intptr_t n) {
    if (check_open(t, s) < 0) return REF_NULL;
    if (!s->readable) return io_unsupported(t, "not readable");
    if (flush_pending(t, s) < 0) return REF_NULL;
    if (n < 0) {
        while (!s->eof)
            if (read_chunk(t, s, -1) < 0) return REF_NULL;
        return ref_from_obj(take(t, s, s->decoded ? str_len(s->decoded) : 0));
    }
    for (;;) {
        intptr_t lim = safe_end(s);
        intptr_t end = s->decoded ? advance_chars(s, n, lim) : 0;
        intptr_t got = 0;
        if (s->decoded) {
            /* count output chars in [dpos, end) */
            intptr_t i = s->dpos;
            while (i < end) {
                if (s->nlmode == NLM_NONE && str_char_at(s->decoded, i) == '\r' && i + 1 < end &&
                    str_char_at(s->decoded, i + 1) == '\n')
                    i++;
                i++;
                got++;
            }
        }
        if (got >= n || s->eof) return ref_from_obj(take(t, s, end));
        if (read_chunk(t, s, n - got) < 0) return REF_NULL;
    }
}

FN(textio_read) {
    if (!args_count(t, "read", nargs, kw, 0, 1)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    intptr_t n = -1;
    if (nargs && !io_size_arg(t, args[0], &n)) return REF_NULL;
    return read_impl(t, s, n);
}

static Ref readline_impl(Thread *t, TextIO *s, intptr_t limit) {
    if (check_open(t, s) < 0) return REF_NULL;
    if (!s->readable) return io_unsupported(t, "not readable");
    if (flush_pending(t, s) < 0) return REF_NULL;
    intptr_t scan = s->decoded ? s->dpos : 0;
    for (;;) {
        intptr_t lim = safe_end(s);
        intptr_t found = -1;
        for (intptr_t i = scan; i < lim; i++) {
            uint32_t c = str_char_at(s->decoded, i);
            if (c == '\n' && s->nlmode != NLM_CR && s->nlmode != NLM_CRLF) {
                found = i + 1;
                break;
            }
            if (c == '\r') {
                bool lf = i + 1 < lim && str_char_at(s->decoded, i + 1) == '\n';
                if (universal(s)) {
                    found = i + 1 + lf;
                    break;
                }
                if (s->nlmode == NLM_CR) {
                    found = i + 1;
                    break;
                }
                if (s->nlmode == NLM_CRLF && lf) {
                    found = i + 2;
                    break;
                }
            }
        }
        intptr_t end = found >= 0 ? found : (s->eof ? lim : -1);
        if (limit >= 0 && s->decoded) {
            intptr_t cap = advance_chars(s, limit, found >= 0 ? found : lim);
            if (end < 0 || cap < end) {
                /* Enough characters without a line end? */
                intptr_t i = s->dpos, cnt = 0;
                while (i < cap) {
                    if (s->nlmode == NLM_NONE && str_char_at(s->decoded, i) == '\r' && i + 1 < cap &&
                        str_char_at(s->decoded, i + 1) == '\n')
                        i++;
                    i++;
                    cnt++;
                }
                if (cnt >= limit || s->eof) end = cap;
            }
        }
        if (end >= 0) return ref_from_obj(take(t, s, end));
        scan = lim > s->dpos ? lim : s->dpos;
        intptr_t old_dpos = s->dpos;
        if (read_chunk(t, s, -1) < 0) return REF_NULL;
        /* append_decoded rebased the text at the old dpos */
        scan -= old_dpos - s->dpos;
        if (scan < s->dpos) scan = s->dpos;
    }
}

FN(textio_readline) {
    if (!args_count(t, "readline", nargs, kw, 0, 1)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    intptr_t limit = -1;
    if (nargs && !io_size_arg(t, args[0], &limit)) return REF_NULL;
    return readline_impl(t, s, limit);
}

static Ref textio_iternext(Thread *t, Ref self) {
    if (ref_type(self) != &textiowrapper_type) return iobase_iternext(t, self);
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    s->telling = false;
    Ref line = readline_impl(t, s, -1);
    if (ref_is_null(line)) return REF_NULL;
    if (str_len(ref_obj(line)) == 0) {
        ref_close(line);
        s->telling = s->seekable;
        return REF_NULL;
    }
    return line;
}

/* ---- positioning --------------------------------------------------------------------------- */

static int full_flush(Thread *t, TextIO *s) {
    if (flush_pending(t, s) < 0) return -1;
    Ref r = obj_call_method(t, s->buffer, ID(flush), NULL, 0);
    if (ref_is_null(r)) return -1;
    ref_close(r);
    return 0;
}

FN(textio_tell) {
    if (!args_none(t, "tell", nargs, kw)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_open(t, s) < 0) return REF_NULL;
    if (!s->seekable) return io_unsupported(t, "underlying stream is not seekable");
    if (!s->telling) return err_set(t, &exc_OSError, "telling position disabled by next() call");
    if (full_flush(t, s) < 0) return REF_NULL;
    if (!s->decoded || !s->dbase_valid) return io_call(t, s->buffer, "tell", NULL, 0);
    return int_from_i64(t, s->dbase + encoded_len(s, s->decoded, 0, s->dpos));
}

FN(textio_seek) {
    if (!args_count(t, "seek", nargs, kw, 1, 2)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_open(t, s) < 0) return REF_NULL;
    intptr_t whence = 0;
    if (nargs > 1) {
        whence = obj_as_ssize(t, args[1], &exc_OverflowError);
        if (whence == -1 && err_occurred(t)) return REF_NULL;
    }
    if (!s->seekable) return io_unsupported(t, "underlying stream is not seekable");
    Ref cookie = obj_index(t, args[0]);
    if (ref_is_null(cookie)) return REF_NULL;
    if (whence == 1) {
        bool zero = ref_is_int(cookie) && ref_int(cookie) == 0;
        ref_close(cookie);
        if (!zero) return io_unsupported(t, "can't do nonzero cur-relative seeks");
        cookie = textio_tell(t, self, NULL, 0, NULL);
        if (ref_is_null(cookie)) return REF_NULL;
    } else if (whence == 2) {
        bool zero = ref_is_int(cookie) && ref_int(cookie) == 0;
        ref_close(cookie);
        if (!zero) return io_unsupported(t, "can't do nonzero end-relative seeks");
        if (full_flush(t, s) < 0) return REF_NULL;
        reset_decoder(s);
        Ref a[2] = {ref_from_int(0), ref_from_int(2)};
        Ref r = io_call(t, s->buffer, "seek", a, 2);
        if (!ref_is_null(r)) s->encoder_started = true;
        return r;
    } else if (whence != 0) {
        ref_close(cookie);
        return err_format(t, &exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
    }
    if (int_sign(cookie) < 0) {
        Ref e = err_format(t, &exc_ValueError, "negative seek position %R", cookie);
        ref_close(cookie);
        return e;
    }
    if (full_flush(t, s) < 0) {
        ref_close(cookie);
        return REF_NULL;
    }
    Ref r = io_call(t, s->buffer, "seek", &cookie, 1);
    if (ref_is_null(r)) {
        ref_close(cookie);
        return REF_NULL;
    }
    ref_close(r);
    reset_decoder(s);
    bool at_start = ref_is_int(cookie) && ref_int(cookie) == 0;
    if (at_start) s->endian = 0;
    s->encoder_started = !at_start;
    return cookie;
}

FN(textio_truncate) {
    if (!args_count(t, "truncate", nargs, kw, 0, 1)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_open(t, s) < 0) return REF_NULL;
    if (full_flush(t, s) < 0) return REF_NULL;
    Ref pos = nargs ? args[0] : REF_NONE;
    return io_call(t, s->buffer, "truncate", &pos, 1);
}

/* ---- flush, close, detach, delegation ------------------------------------------------------ */

FN(textio_flush) {
    if (!args_none(t, "flush", nargs, kw)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_open(t, s) < 0) return REF_NULL;
    s->telling = s->seekable;
    if (flush_pending(t, s) < 0) return REF_NULL;
    return obj_call_method(t, s->buffer, ID(flush), NULL, 0);
}

FN(textio_close) {
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    int c = io_is_closed(t, s->buffer);
    if (c < 0) return REF_NULL;
    if (c) return REF_NONE;
    Ref r = io_flush_then_close(t, self, s->buffer);
    return r;
}

FN(textio_detach) {
    if (!args_none(t, "detach", nargs, kw)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    Ref r = io_call(t, self, "flush", NULL, 0);
    if (ref_is_null(r)) return REF_NULL;
    ref_close(r);
    Ref buf = s->buffer;
    s->buffer = REF_NULL;
    s->ok = false;
    s->detached = true;
    return buf;
}

static Ref delegate(Thread *t, Ref self, const char *meth) {
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    return io_call(t, s->buffer, meth, NULL, 0);
}

FN(textio_fileno) { return delegate(t, self, "fileno"); }
FN(textio_isatty) { return delegate(t, self, "isatty"); }
FN(textio_seekable) { return delegate(t, self, "seekable"); }
FN(textio_readable) { return delegate(t, self, "readable"); }
FN(textio_writable) { return delegate(t, self, "writable"); }

/* ---- construction and reconfigure ------------------------------------------------------------ */

static int set_encoding(Thread *t, TextIO *s, Ref encoding, const char *fname) {
    if (!ref_is_null(encoding) && !ref_is_none(encoding) && !str_check(encoding)) {
        err_format(t, &exc_TypeError, "%s() argument 'encoding' must be str or None, not %T", fname, encoding);
        return -1;
    }
    Object *shown;
    const char *codec;
    if (ref_is_null(encoding) || ref_is_none(encoding) || str_eq_cstr(ref_obj(encoding), "locale")) {
        /* Spry's locale encoding is UTF-8; CPython shows it as 'UTF-8'. */
        shown = str_from_cstr(t, "UTF-8");
        if (!shown) return -1;
        codec = "utf-8";
    } else {
        const char *name = str_utf8(t, ref_obj(encoding), NULL);
        if (!name) return -1;
        char buf[64];
        codec = codecs_normalize(name, buf, sizeof buf);
        if (!codec) {
            err_format(t, &exc_LookupError, "unknown encoding: %s", name);
            return -1;
        }
        shown = ref_obj(encoding);
        obj_incref(shown);
    }
    OBJ_SETREF(s->encoding, shown);
    s->codec = codec;
    s->family = !strncmp(codec, "utf-16", 6) ? FAM_UTF16
              : !strncmp(codec, "utf-32", 6) ? FAM_UTF32
              : !strncmp(codec, "utf-8", 5)  ? FAM_UTF8
                                             : FAM_BYTE;
    s->endian = !strcmp(codec, "utf-16-be") || !strcmp(codec, "utf-32-be") ? 2 : 0;
    return 0;
}

static int set_errors(Thread *t, TextIO *s, Ref errors, const char *fname) {
    if (!ref_is_null(errors) && !ref_is_none(errors) && !str_check(errors)) {
        err_format(t, &exc_TypeError, "%s() argument 'errors' must be str or None, not %T", fname, errors);
        return -1;
    }
    Object *e;
    if (ref_is_null(errors) || ref_is_none(errors)) {
        e = str_from_cstr(t, "strict");
        if (!e) return -1;
    } else {
        e = ref_obj(errors);
        obj_incref(e);
    }
    OBJ_SETREF(s->errors, e);
    return 0;
}

static int parse_newline(Thread *t, Ref newline, const char *fname, int *out) {
    if (ref_is_null(newline) || ref_is_none(newline)) {
        *out = NLM_NONE;
        return 0;
    }
    if (!str_check(newline)) {
        err_format(t, &exc_TypeError, "%s() argument 'newline' must be str or None, not %T", fname, newline);
        return -1;
    }
    Object *nl = ref_obj(newline);
    if (str_eq_cstr(nl, "")) *out = NLM_EMPTY;
    else if (str_eq_cstr(nl, "\n")) *out = NLM_LF;
    else if (str_eq_cstr(nl, "\r")) *out = NLM_CR;
    else if (str_eq_cstr(nl, "\r\n")) *out = NLM_CRLF;
    else {
        err_format(t, &exc_ValueError, "illegal newline value: %s", str_utf8_lossy(nl));
        return -1;
    }
    return 0;
}

static int setup(Thread *t, TextIO *s, Ref buffer, Ref encoding, Ref errors, Ref newline,
                 bool line_buffering, bool write_through) {
    s->ok = false;
    int nlmode;
    if (set_encoding(t, s, encoding, "TextIOWrapper") < 0 || set_errors(t, s, errors, "TextIOWrapper") < 0 ||
        parse_newline(t, newline, "TextIOWrapper", &nlmode) < 0)
        return -1;
    /* Errors handler names are checked when first used, as CPython does for the codecs. */
    s->nlmode = nlmode;
    s->line_buffering = line_buffering;
    s->write_through = write_through;
    REF_SETREF(s->buffer, ref_dup(buffer));
    s->detached = false;
    reset_decoder(s);
    s->wlen = 0;
    s->seennl = 0;
    Object *r1 = str_intern_cstr(t, "read1");
    if (!r1) return -1;
    int has = obj_hasattr(t, buffer, r1);
    obj_decref(r1);
    if (has < 0) return -1;
    s->has_read1 = has;
    Ref sk = io_call(t, buffer, "seekable", NULL, 0);
    if (ref_is_null(sk)) return -1;
    int seekable = obj_truthy(t, sk);
    ref_close(sk);
    if (seekable < 0) return -1;
    s->seekable = s->telling = seekable;
    s->encoder_started = false;
    int flags[2];
    for (int i = 0; i < 2; i++) {
        Ref w = io_call(t, buffer, i ? "writable" : "readable", NULL, 0);
        if (ref_is_null(w)) return -1;
        flags[i] = obj_truthy(t, w);
        ref_close(w);
        if (flags[i] < 0) return -1;
    }
    s->readable = flags[0];
    s->writable = flags[1];
    if (seekable && s->family != FAM_BYTE) {
        if (s->writable) {
            Ref p = io_call(t, buffer, "tell", NULL, 0);
            if (ref_is_null(p)) return -1;
            s->encoder_started = !(ref_is_int(p) && ref_int(p) == 0);
            ref_close(p);
        }
    }
    s->ok = true;
    return 0;
}

static int textio_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                                        "write_through", NULL};
    static const ArgSpec spec = {"TextIOWrapper", names, 1, -1};
    Ref a[6];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    int lb = 0, wt = 0;
    if (!ref_is_null(a[4]) && (lb = obj_truthy(t, a[4])) < 0) return -1;
    if (!ref_is_null(a[5]) && (wt = obj_truthy(t, a[5])) < 0) return -1;
    return setup(t, TIO(self), a[0], a[1], a[2], a[3], lb, wt);
}

Ref textio_new_for(Thread *t, Ref buffer, Ref encoding, Ref errors, Ref newline, bool line_buffering,
                   bool write_through, Object *mode) {
    Ref self = textio_new(t, &textiowrapper_type, NULL, 0, NULL);
    if (ref_is_null(self)) return REF_NULL;
    TextIO *s = TIO(self);
    if (setup(t, s, buffer, encoding, errors, newline, line_buffering, write_through) < 0) {
        ref_close(self);
        return REF_NULL;
    }
    if (mode) {
        obj_incref(mode);
        s->mode = mode;
    }
    return self;
}

FN(textio_reconfigure) {
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through", NULL};
    static const ArgSpec spec = {"reconfigure", names, 0, 0};
    Ref a[5];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    int nlmode = s->nlmode;
    if (!ref_is_null(a[2]) && parse_newline(t, a[2], "reconfigure", &nlmode) < 0) return REF_NULL;
    if (full_flush(t, s) < 0) return REF_NULL;
    if (!ref_is_null(a[0]) && !ref_is_none(a[0])) {
        if (s->decoded && s->dpos < str_len(s->decoded))
            return io_unsupported(t, "It is not possible to set the encoding or newline of stream after the first read");
        if (set_encoding(t, s, a[0], "reconfigure") < 0) return REF_NULL;
        if (set_errors(t, s, a[1], "reconfigure") < 0) return REF_NULL;
    } else if (!ref_is_null(a[1]) && !ref_is_none(a[1])) {
        if (set_errors(t, s, a[1], "reconfigure") < 0) return REF_NULL;
    }
    s->nlmode = nlmode;
    if (!ref_is_null(a[3]) && !ref_is_none(a[3])) {
        int v = obj_truthy(t, a[3]);
        if (v < 0) return REF_NULL;
        s->line_buffering = v;
    }
    if (!ref_is_null(a[4]) && !ref_is_none(a[4])) {
        int v = obj_truthy(t, a[4]);
        if (v < 0) return REF_NULL;
        s->write_through = v;
    }
    return REF_NONE;
}

static void textio_dealloc(Object *o) {
    TextIO *s = (TextIO *)o;
    if (s->ok) {
        o->ob_refcnt = 1;
        iobase_finalize(o);
        if (--o->ob_refcnt != 0) return;
    }
    ref_close(s->buffer);
    obj_xdecref(s->encoding);
    obj_xdecref(s->errors);
    obj_xdecref(s->mode);
    obj_xdecref(s->decoded);
    mem_free(s->pend);
    mem_free(s->wbuf);
    o->ob_type->tp_free(o);
}

/* ---- attributes ------------------------------------------------------------------------------ */

static Ref get_buffer_attr(Thread *t, Ref self, const char *name) {
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    return obj_getattr_cstr(t, s->buffer, name);
}

static Ref textio_get_closed(Thread *t, Ref self, void *c) { return get_buffer_attr(t, self, "closed"); }
static Ref textio_get_name(Thread *t, Ref self, void *c) { return get_buffer_attr(t, self, "name"); }
static Ref textio_get_buffer(Thread *t, Ref self, void *c) {
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    return ref_dup(s->buffer);
}
static Ref textio_get_encoding(Thread *t, Ref self, void *c) {
    Object *e = TIO(self)->encoding;
    return e ? ref_new(e) : REF_NONE;
}
static Ref textio_get_errors(Thread *t, Ref self, void *c) {
    Object *e = TIO(self)->errors;
    return e ? ref_new(e) : REF_NONE;
}
static Ref textio_get_newlines(Thread *t, Ref self, void *c) {
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    if (!universal(s)) return REF_NONE;
    return io_newlines_value(t, s->seennl);
}
static Ref textio_get_line_buffering(Thread *t, Ref self, void *c) {
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    return ref_from_bool(s->line_buffering);
}
static Ref textio_get_write_through(Thread *t, Ref self, void *c) {
    TextIO *s = TIO(self);
    if (check_ok(t, s) < 0) return REF_NULL;
    return ref_from_bool(s->write_through);
}
static Ref textio_get_mode(Thread *t, Ref self, void *c) {
    Object *m = TIO(self)->mode;
    if (!m) return err_set(t, &exc_AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
    return ref_new(m);
}
static int textio_set_mode(Thread *t, Ref self, Ref value, void *c) {
    Object *v = NULL;
    if (!ref_is_null(value)) {
        if (!ref_is_obj(value)) {
            err_set(t, &exc_TypeError, "mode must be a str");
            return -1;
        }
        v = ref_obj(value);
        obj_incref(v);
    }
    OBJ_SETREF(TIO(self)->mode, v);
    return 0;
}
static Ref textio_get_chunk_size(Thread *t, Ref self, void *c) { return ref_from_int(CHUNK_SIZE); }

static Ref textio_repr(Thread *t, Ref self) {
    TextIO *s = TIO(self);
    const char *tn = ref_type(self)->tp_name;
    if (!s->ok) return ref_from_obj(str_from_format(t, "<%s>", tn));
    if (!rec_enter(t, " while getting the repr of an object")) return REF_NULL;
    StrBuilder b;
    str_builder_init(&b);
    bool ok = str_builder_put_cstr(t, &b, "<") && str_builder_put_cstr(t, &b, tn);
    Ref name = obj_getattr_cstr(t, s->buffer, "name");
    if (ref_is_null(name)) {
        if (!err_matches(t, &exc_Exception)) ok = false;
        else err_clear(t);
    } else {
        ok = ok && str_builder_put_cstr(t, &b, " name=");
        Ref rr = ok ? obj_repr(t, name) : REF_NULL;
        ok = ok && !ref_is_null(rr) && str_builder_put_str(t, &b, ref_obj(rr));
        ref_close(rr);
        ref_close(name);
    }
    if (ok && s->mode) {
        Ref rr = obj_repr(t, ref_from_obj(s->mode));
        ok = !ref_is_null(rr) && str_builder_put_cstr(t, &b, " mode=") && str_builder_put_str(t, &b, ref_obj(rr));
        ref_close(rr);
    }
    if (ok) {
        Ref rr = obj_repr(t, ref_from_obj(s->encoding));
        ok = !ref_is_null(rr) && str_builder_put_cstr(t, &b, " encoding=") &&
             str_builder_put_str(t, &b, ref_obj(rr)) && str_builder_put_cstr(t, &b, ">");
        ref_close(rr);
    }
    rec_leave(t);
    if (!ok) {
        str_builder_discard(&b);
        return REF_NULL;
    }
    return ref_from_obj(str_builder_finish(t, &b));
}

static const MethodDef textio_methods[] = {
    {"write", textio_write, 0, NULL},
    {"read", textio_read, 0, NULL},
    {"readline", textio_readline, 0, NULL},
    {"tell", textio_tell, 0, NULL},
    {"seek", textio_seek, 0, NULL},
    {"truncate", textio_truncate, 0, NULL},
    {"flush", textio_flush, 0, NULL},
    {"close", textio_close, 0, NULL},
    {"detach", textio_detach, 0, NULL},
    {"fileno", textio_fileno, 0, NULL},
    {"isatty", textio_isatty, 0, NULL},
    {"seekable", textio_seekable, 0, NULL},
    {"readable", textio_readable, 0, NULL},
    {"writable", textio_writable, 0, NULL},
    {"reconfigure", textio_reconfigure, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef textio_getsets[] = {
    {"closed", textio_get_closed, NULL, NULL, NULL},
    {"name", textio_get_name, NULL, NULL, NULL},
    {"buffer", textio_get_buffer, NULL, NULL, NULL},
    {"encoding", textio_get_encoding, NULL, NULL, NULL},
    {"errors", textio_get_errors, NULL, NULL, NULL},
    {"newlines", textio_get_newlines, NULL, NULL, NULL},
    {"line_buffering", textio_get_line_buffering, NULL, NULL, NULL},
    {"write_through", textio_get_write_through, NULL, NULL, NULL},
    {"mode", textio_get_mode, textio_set_mode, NULL, NULL},
    {"_CHUNK_SIZE", textio_get_chunk_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type textiowrapper_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(TextIO),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Character and line based layer over a BufferedIOBase object, buffer.",
    .tp_base = &textiobase_type,
    .tp_dealloc = textio_dealloc,
    .tp_free = obj_free,
    .new_ = textio_new,
    .init = textio_init,
    .repr = textio_repr,
    .iternext = textio_iternext,
    .methods = textio_methods,
    .getsets = textio_getsets,
};
