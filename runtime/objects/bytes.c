/* bytes: construction, buffers, repr, and the type's slots. The methods (shared with
 * bytearray) are in bytes_methods.c. */
#include "spry.h"

/* ---- allocation --------------------------------------------------------------------------- */

static Object *bytes_alloc(Thread *t, Type *type, intptr_t len) {
    if (len < 0 || len > INTPTR_MAX / 2) {
        err_no_memory(t);
        return NULL;
    }
    /* Subclasses keep their instance fields (the __dict__ pointer, in the last word) past
     * the data: size as object_dict_ptr computes it. */
    size_t size = (size_t)type->tp_basicsize + (size_t)len * (size_t)(type->tp_itemsize ? type->tp_itemsize : 1);
    Object *o = obj_alloc(t, type, (size + 7) & ~(size_t)7);
    if (!o) return NULL;
    BYTES(o)->ob.ob_size = len;
    BYTES(o)->hash = -1;
    return o;
}

Object *bytes_new_uninit(Thread *t, intptr_t len) { return bytes_alloc(t, &bytes_type, len); }

Object *bytes_from(Thread *t, const void *data, intptr_t len) {
    Object *o = bytes_alloc(t, &bytes_type, len);
    if (o && len) memcpy(BYTES(o)->data, data, (size_t)len);
    return o;
}

bool bytes_check(Ref r) {
    if (!ref_is_obj(r)) return false;
    Type *tp = ref_obj(r)->ob_type;
    return tp == &bytes_type || type_has_flag(tp, TPFLAG_BYTES_SUBCLASS) || type_is_subtype(tp, &bytes_type);
}

/* ---- buffers ------------------------------------------------------------------------------- */

bool bytes_view(Ref obj, ByteView *out) {
    if (!ref_is_obj(obj)) return false;
    if (bytes_check(obj)) {
        out->data = bytes_data(ref_obj(obj));
        out->len = bytes_size(ref_obj(obj));
        return true;
    }
    if (bytearray_check(obj)) {
        Object *b = ref_obj(obj);
        out->data = bytearray_size(b) ? bytearray_data(b) : "";
        out->len = bytearray_size(b);
        return true;
    }
    /* Any other exporter: its memory stays put while obj is alive and unmodified, so the
     * export can end at once. */
    Type *tp = ref_type(obj);
    if (!tp->getbuffer) return false;
    Thread *t = thread_current();
    if (!t) return false;
    BufferView view;
    Ref saved = err_fetch(t);
    int rc = tp->getbuffer(t, obj, &view, false);
    err_clear(t);
    err_restore(t, saved);
    if (rc < 0) return false;
    out->data = view.data;
    out->len = view.len;
    if (tp->releasebuffer) tp->releasebuffer(ref_obj(obj), &view);
    return true;
}

bool bytes_view_or_error(Thread *t, Ref obj, ByteView *out) {
    if (bytes_view(obj, out)) return true;
    err_format(t, &exc_TypeError, "a bytes-like object is required, not '%T'", obj);
    return false;
}

/* ---- BytesBuf ------------------------------------------------------------------------------ */

void bytes_buf_init(BytesBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
}

void bytes_buf_discard(BytesBuf *b) {
    if (b->data) mem_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

bool bytes_buf_reserve(Thread *t, BytesBuf *b, intptr_t extra) {
    if (extra < 0 || b->len > INTPTR_MAX / 2 - extra) {
        bytes_buf_discard(b);
        err_no_memory(t);
        return false;
    }
    intptr_t need = b->len + extra;
    if (need <= b->cap) return true;
    intptr_t cap = b->cap < 32 ? 32 : b->cap;
    while (cap < need) cap = cap + cap / 2 + 8;
    char *nd = b->data ? mem_realloc(t, b->data, (size_t)cap + 1) : mem_alloc(t, (size_t)cap + 1);
    if (!nd) {
        bytes_buf_discard(b);
        return false;
    }
    b->data = nd;
    b->cap = cap;
    return true;
}

bool bytes_buf_put(Thread *t, BytesBuf *b, const void *p, intptr_t n) {
    if (n <= 0) return true;
    if (!bytes_buf_reserve(t, b, n)) return false;
    memcpy(b->data + b->len, p, (size_t)n);
    b->len += n;
    return true;
}

Object *bytes_buf_finish(Thread *t, BytesBuf *b) {
    Object *o = bytes_from(t, b->data, b->len);
    bytes_buf_discard(b);
    return o;
}

Object *bytes_buf_finish_bytearray(Thread *t, BytesBuf *b) {
    Object *o = bytearray_from(t, b->data, b->len);
    bytes_buf_discard(b);
    return o;
}

/* ---- repr ------------------------------------------------------------------------------------ */

Object *bytes_repr_data(Thread *t, const char *data, intptr_t len, const char *prefix,
                        const char *suffix) {
    static const char hex[] = "0123456789abcdef";
    bool sq = false, dq = false;
    for (intptr_t i = 0; i < len; i++) {
        if (data[i] == '\'') sq = true;
        else if (data[i] == '"') dq = true;
    }
    char quote = sq && !dq ? '"' : '\'';
    BytesBuf b;
    bytes_buf_init(&b);
    if (!bytes_buf_reserve(t, &b, len + 16) || !bytes_buf_put(t, &b, prefix, (intptr_t)strlen(prefix)) ||
        !bytes_buf_putc(t, &b, 'b') || !bytes_buf_putc(t, &b, quote))
        return NULL;
    for (intptr_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)data[i];
        char esc[4];
        int n = 0;
        /* bytearray's repr escapes ' even inside "...", as CPython's does */
        if (c == (uint8_t)quote || c == '\\' || (c == '\'' && prefix[0])) {
            esc[n++] = '\\';
            esc[n++] = (char)c;
        } else if (c == '\t') {
            esc[n++] = '\\';
            esc[n++] = 't';
        } else if (c == '\n') {
            esc[n++] = '\\';
            esc[n++] = 'n';
        } else if (c == '\r') {
            esc[n++] = '\\';
            esc[n++] = 'r';
        } else if (c < 0x20 || c >= 0x7f) {
            esc[n++] = '\\';
            esc[n++] = 'x';
            esc[n++] = hex[c >> 4];
            esc[n++] = hex[c & 15];
        } else {
            esc[n++] = (char)c;
        }
        if (!bytes_buf_put(t, &b, esc, n)) return NULL;
    }
    if (!bytes_buf_putc(t, &b, quote) || !bytes_buf_put(t, &b, suffix, (intptr_t)strlen(suffix))) return NULL;
    Object *s = str_from_ascii(t, b.data, b.len);
    bytes_buf_discard(&b);
    return s;
}

Object *bytes_repr(Thread *t, Object *b) { return bytes_repr_data(t, bytes_data(b), bytes_size(b), "", ""); }

/* ---- construction from objects ------------------------------------------------------------ */

static bool byte_value(Thread *t, Ref item, uint8_t *out, const char *what) {
    int64_t v;
    if (ref_is_int(item)) {
        v = ref_int(item);
    } else {
        Ref iv = obj_index(t, item);
        if (ref_is_null(iv)) return false;
        int overflow = 0;
        v = int_as_i64_overflow(iv, &overflow);
        ref_close(iv);
        if (overflow) v = -1;
    }
    if (v < 0 || v > 255) {
        err_format(t, &exc_ValueError, "%s must be in range(0, 256)", what);
        return false;
    }
    *out = (uint8_t)v;
    return true;
}

bool bytes_from_object(Thread *t, Ref x, Ref encoding, Ref errors, const char *fname,
                       BytesBuf *out) {
    bytes_buf_init(out);
    if (ref_is_null(x)) {
        if (!ref_is_null(encoding) || !ref_is_null(errors)) {
            err_set(t, &exc_TypeError, !ref_is_null(encoding) ? "encoding without a string argument"
                                                               : "errors without a string argument");
            return false;
        }
        return true;
    }
    if (str_check(x)) {
        if (ref_is_null(encoding)) {
            err_set(t, &exc_TypeError, "string argument without an encoding");
            return false;
        }
        if (!arg_str(t, fname, "encoding", encoding)) return false;
        const char *enc = str_utf8(t, ref_obj(encoding), NULL);
        const char *err = NULL;
        if (!enc) return false;
        if (!ref_is_null(errors)) {
            if (!arg_str(t, fname, "errors", errors)) return false;
            if (!(err = str_utf8(t, ref_obj(errors), NULL))) return false;
        }
        Object *b = codecs_encode(t, ref_obj(x), enc, err);
        if (!b) return false;
        bool ok = bytes_buf_put(t, out, bytes_data(b), bytes_size(b));
        obj_decref(b);
        return ok;
    }
    if (!ref_is_null(encoding) || !ref_is_null(errors)) {
        err_set(t, &exc_TypeError, !ref_is_null(encoding) ? "encoding without a string argument"
                                                           : "errors without a string argument");
        return false;
    }
    ByteView v;
    if (bytes_view(x, &v)) return bytes_buf_put(t, out, v.data, v.len);
    if (ref_is_obj(x) && type_is_subtype(ref_type(x), &memoryview_type)) {
        /* a non-contiguous view: its items' bytes in order */
        Object *b = memoryview_bytes(t, x);
        if (!b) return false;
        bool ok = bytes_buf_put(t, out, bytes_data(b), bytes_size(b));
        obj_decref(b);
        return ok;
    }
    if (ref_is_int(x) || ref_type(x)->index) {
        intptr_t n = obj_as_ssize(t, x, &exc_OverflowError);
        if (n == -1 && err_occurred(t)) return false;
        if (n < 0) {
            err_set(t, &exc_ValueError, "negative count");
            return false;
        }
        if (!bytes_buf_reserve(t, out, n)) return false;
        if (n) memset(out->data, 0, (size_t)n);
        out->len = n;
        return true;
    }
    Ref it = obj_iter(t, x);
    if (ref_is_null(it)) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_format(t, &exc_TypeError, "cannot convert '%T' object to %s", x, fname);
        }
        return false;
    }
    for (;;) {
        Ref item = obj_next(t, it);
        if (ref_is_null(item)) break;
        uint8_t c;
        bool ok = byte_value(t, item, &c, strcmp(fname, "bytes") ? "byte" : "bytes");
        ref_close(item);
        if (!ok || !bytes_buf_putc(t, out, c)) {
            ref_close(it);
            bytes_buf_discard(out);
            return false;
        }
    }
    ref_close(it);
    if (err_occurred(t)) {
        bytes_buf_discard(out);
        return false;
    }
    return true;
}

/* ---- slots ------------------------------------------------------------------------------------ */

static Ref bytes_repr_slot(Thread *t, Ref self) { return ref_from_obj(bytes_repr(t, ref_obj(self))); }

static int64_t bytes_hash_slot(Thread *t, Ref self) {
    Bytes *b = BYTES(ref_obj(self));
    if (b->hash != -1) return b->hash;
    int64_t h = str_hash_bytes(b->data, (size_t)b->ob.ob_size);
    b->hash = h;
    return h;
}

static intptr_t bytes_len_slot(Thread *t, Ref self) { return bytes_size(ref_obj(self)); }

/* Shared by bytes and bytearray (both operands any bytes-like for bytearray). */
Ref bytes_compare_views(const ByteView *a, const ByteView *b, int op) {
    if ((op == CMP_EQ || op == CMP_NE) && a->len != b->len) return ref_from_bool(op == CMP_NE);
    intptr_t n = a->len < b->len ? a->len : b->len;
    int c = n ? memcmp(a->data, b->data, (size_t)n) : 0;
    if (c == 0) c = a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return ref_from_bool(r);
}

static Ref bytes_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!bytes_check(a) || !bytes_check(b)) return REF_NOTIMPLEMENTED;
    ByteView x, y;
    bytes_view(a, &x);
    bytes_view(b, &y);
    return bytes_compare_views(&x, &y, op);
}

static Ref bytes_getitem(Thread *t, Ref self, Ref key) {
    Object *b = ref_obj(self);
    intptr_t len = bytes_size(b);
    if (ref_is_int(key) || (ref_type(key)->index && !ref_isinstance_exact(key, &slice_type))) {
        intptr_t i;
        if (ref_is_int(key)) {
            int64_t v = ref_int(key);
            i = v;
        } else {
            i = obj_as_ssize(t, key, &exc_IndexError);
            if (i == -1 && err_occurred(t)) return REF_NULL;
        }
        if (i < 0) i += len;
        if (i < 0 || i >= len) return err_set(t, &exc_IndexError, "index out of range");
        return ref_from_int((uint8_t)bytes_data(b)[i]);
    }
    if (ref_isinstance_exact(key, &slice_type)) {
        intptr_t start, stop, step;
        if (slice_unpack(t, ref_obj(key), &start, &stop, &step) < 0) return REF_NULL;
        intptr_t n = slice_adjust(len, &start, &stop, step);
        if (n <= 0) return ref_from_obj(bytes_from(t, "", 0));
        if (step == 1) {
            if (n == len && b->ob_type == &bytes_type) return ref_dup(self);
            return ref_from_obj(bytes_from(t, bytes_data(b) + start, n));
        }
        Object *o = bytes_new_uninit(t, n);
        if (!o) return REF_NULL;
        uintptr_t i = (uintptr_t)start;   /* unsigned: the step past the last item may wrap */
        for (intptr_t k = 0; k < n; k++, i += (uintptr_t)step) bytes_data(o)[k] = bytes_data(b)[i];
        return ref_from_obj(o);
    }
    return err_format(t, &exc_TypeError, "byte indices must be integers or slices, not %T", key);
}

/* `x in b` for bytes and bytearray: an int 0..255 or a bytes-like subsequence. */
int bytes_contains_view(Thread *t, const ByteView *v, Ref item) {
    if (ref_is_int(item) || (ref_type(item)->index && !bytes_view(item, &(ByteView){0}))) {
        uint8_t c;
        if (!byte_value(t, item, &c, "byte")) return -1;
        return v->len && memchr(v->data, c, (size_t)v->len) != NULL;
    }
    ByteView sub;
    if (!bytes_view(item, &sub)) {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%T'", item);
        return -1;
    }
    if (sub.len == 0) return 1;
    return memmem(v->data, (size_t)v->len, sub.data, (size_t)sub.len) != NULL;
}

static int bytes_contains(Thread *t, Ref self, Ref item) {
    ByteView v;
    bytes_view(self, &v);
    return bytes_contains_view(t, &v, item);
}

static Ref bytes_add(Thread *t, Ref a, Ref b) {
    ByteView x, y;
    if (!bytes_view(a, &x) || !bytes_view(b, &y)) {
        if (bytes_check(a)) {
            if (!ref_is_int(b)) {
                BinaryFn f = ref_type(b)->nb[NB_ADD];
                if (f && f != bytes_add) {
                    Ref r = f(t, a, b);
                    if (!ref_is_object(r, &notimplemented_obj)) return r;
                }
            }
            return err_format(t, &exc_TypeError, "can't concat %T to %T", b, a);
        }
        return REF_NOTIMPLEMENTED;
    }
    if (!bytes_check(a)) return REF_NOTIMPLEMENTED;  /* memoryview + bytes etc. */
    if (y.len == 0 && bytes_check_exact(a)) return ref_dup(a);
    Object *o = bytes_new_uninit(t, x.len + y.len);
    if (!o) return REF_NULL;
    memcpy(bytes_data(o), x.data, (size_t)x.len);
    memcpy(bytes_data(o) + x.len, y.data, (size_t)y.len);
    return ref_from_obj(o);
}

/* Shared by bytes/bytearray `*`: the repeat count, or 0 + NotImplemented/-1 error. */
int bytes_repeat_count(Thread *t, Ref other, intptr_t *n) {
    if (ref_is_int(other)) {
        int64_t v = ref_int(other);
        *n = v;
        return 1;
    }
    if (!ref_type(other)->index) return 0;
    intptr_t v = obj_as_ssize(t, other, &exc_OverflowError);
    if (v == -1 && err_occurred(t)) return -1;
    *n = v;
    return 1;
}

/* Is r a built-in sequence whose own `*` reports a type error (so that the reflected
 * operand must not)? */
bool bytes_is_sequence_operand(Ref r) {
    if (!ref_is_obj(r)) return false;
    return type_has_flag(ref_type(r), TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_BYTES_SUBCLASS |
                                          TPFLAG_UNICODE_SUBCLASS) ||
           bytearray_check(r);
}

static Ref bytes_mul(Thread *t, Ref a, Ref b) {
    bool left = bytes_check(a);
    if (!left && bytes_is_sequence_operand(a) && !ref_type(a)->index) return REF_NOTIMPLEMENTED;
    Ref seq = left ? a : b, other = left ? b : a;
    intptr_t n;
    int r = bytes_repeat_count(t, other, &n);
    if (r < 0) return REF_NULL;
    if (r == 0) {
        if (left) {
            BinaryFn f = ref_type(other)->nb[NB_MULTIPLY];
            if (f && f != bytes_mul) {
                Ref res = f(t, a, b);
                if (!ref_is_object(res, &notimplemented_obj)) return res;
            }
        }
        return err_format(t, &exc_TypeError, "can't multiply sequence by non-int of type '%T'", other);
    }
    Object *s = ref_obj(seq);
    intptr_t len = bytes_size(s);
    if (n <= 0 || len == 0) return ref_from_obj(bytes_from(t, "", 0));
    if (n == 1 && bytes_check_exact(seq)) return ref_dup(seq);
    if (len > INTPTR_MAX / n) return err_set(t, &exc_OverflowError, "repeated bytes are too long");
    Object *o = bytes_new_uninit(t, len * n);
    if (!o) return REF_NULL;
    for (intptr_t i = 0; i < n; i++) memcpy(bytes_data(o) + i * len, bytes_data(s), (size_t)len);
    return ref_from_obj(o);
}

static Ref bytes_mod(Thread *t, Ref a, Ref b) {
    if (!bytes_check(a)) return REF_NOTIMPLEMENTED;
    return ref_from_obj(bytes_printf(t, bytes_data(ref_obj(a)), bytes_size(ref_obj(a)), b, false));
}

static Ref bytes_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    static const ArgSpec spec = {"bytes", names, 0, -1};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kwnames, a)) return REF_NULL;
    BytesBuf buf;
    /* __bytes__ takes precedence over the buffer/iterable paths (bytes only). */
    if (!ref_is_null(a[0]) && ref_is_null(a[1]) && ref_is_null(a[2]) && !ref_is_int(a[0]) &&
        !bytes_check_exact(a[0])) {
        Ref m = obj_lookup_special(t, a[0], ID(__bytes__));
        if (!ref_is_null(m)) {
            Ref r = obj_call0(t, m);
            ref_close(m);
            if (ref_is_null(r)) return REF_NULL;
            if (!bytes_check(r)) {
                err_format(t, &exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
                ref_close(r);
                return REF_NULL;
            }
            if (type == &bytes_type) return r;
            bytes_buf_init(&buf);
            bool ok = bytes_buf_put(t, &buf, bytes_data(ref_obj(r)), bytes_size(ref_obj(r)));
            ref_close(r);
            if (!ok) return REF_NULL;
            goto make;
        }
        if (err_occurred(t)) return REF_NULL;
    } else if (!ref_is_null(a[0]) && bytes_check_exact(a[0]) && type == &bytes_type &&
               ref_is_null(a[1]) && ref_is_null(a[2])) {
        return ref_dup(a[0]);
    }
    if (!bytes_from_object(t, a[0], a[1], a[2], "bytes", &buf)) return REF_NULL;
make:
    if (type == &bytes_type) return ref_from_obj(bytes_buf_finish(t, &buf));
    Object *o = bytes_alloc(t, type, buf.len);
    if (o && buf.len) memcpy(bytes_data(o), buf.data, (size_t)buf.len);
    bytes_buf_discard(&buf);
    return ref_from_obj(o);
}

/* ---- iterator ---------------------------------------------------------------------------------- */

typedef struct BytesIter {
    Object ob;
    intptr_t index;
    Object *seq;
} BytesIter;

static Ref bytes_iter(Thread *t, Ref self) {
    BytesIter *it = (BytesIter *)obj_alloc(t, &bytes_iter_type, sizeof(BytesIter));
    if (!it) return REF_NULL;
    it->seq = ref_obj(ref_new(ref_obj(self)));
    return ref_from_obj(&it->ob);
}

static Ref bytes_iter_next(Thread *t, Ref self) {
    BytesIter *it = (BytesIter *)ref_obj(self);
    if (!it->seq) return REF_NULL;
    if (it->index < bytes_size(it->seq)) return ref_from_int((uint8_t)bytes_data(it->seq)[it->index++]);
    obj_decref(it->seq);
    it->seq = NULL;
    return REF_NULL;
}

static Ref iter_self(Thread *t, Ref self) { return ref_dup(self); }

static void bytes_iter_dealloc(Object *o) {
    obj_xdecref(((BytesIter *)o)->seq);
    o->ob_type->tp_free(o);
}

static Ref bytes_iter_length_hint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    BytesIter *it = (BytesIter *)ref_obj(self);
    return ref_from_int(it->seq ? bytes_size(it->seq) - it->index : 0);
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL},
};

Type bytes_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(BytesIter),
    .tp_dealloc = bytes_iter_dealloc,
    .tp_free = obj_free,
    .iter = iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

static void bytes_dealloc(Object *o) { o->ob_type->tp_free(o); }

static int bytes_getbuffer(Thread *t, Ref self, BufferView *view, bool writable) {
    Object *b = ref_obj(self);
    return buffer_fill_bytes(t, b, bytes_data(b), bytes_size(b), true, view, writable);
}

Type bytes_type = {
    TYPE_HEAD_INIT,
    .tp_name = "bytes",
    .tp_basicsize = offsetof(Bytes, data) + 1,
    .tp_itemsize = 1,
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BYTES_SUBCLASS | TPFLAG_IMMUTABLETYPE,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
              "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
              "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
              "bytes() -> empty bytes object",
    .tp_dealloc = bytes_dealloc,
    .tp_free = obj_free,
    .repr = bytes_repr_slot,
    .hash = bytes_hash_slot,
    .richcompare = bytes_richcompare,
    .new_ = bytes_new,
    .iter = bytes_iter,
    .len = bytes_len_slot,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .nb = {[NB_ADD] = bytes_add, [NB_MULTIPLY] = bytes_mul, [NB_REMAINDER] = bytes_mod},
    .methods = bytes_method_table,
    .getbuffer = bytes_getbuffer,
};
