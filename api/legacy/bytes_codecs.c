/* Legacy C API: the rest of bytes, bytearray and memoryview, the codec registry (PyCodec_*)
 * and the Unicode error objects' accessors (PyUnicode{Encode,Decode,Translate}Error_*). They
 * go through the Python-level objects and the codecs module, so behaviour and messages are
 * Python's. */
#include "legacy.h"

/* callable(*args) for a builtin or codecs-module function; args from a Py_BuildValue format. */
static PyObject *call_named(const char *module, const char *name, const char *fmt, ...) {
    PyObject *m = PyImport_ImportModule(module);
    PyObject *f = m ? PyObject_GetAttrString(m, name) : NULL;
    Py_XDECREF(m);
    if (!f) return NULL;
    va_list va;
    va_start(va, fmt);
    PyObject *args = Py_VaBuildValue(fmt, va);
    va_end(va);
    PyObject *r = args ? PyObject_Call(f, args, NULL) : NULL;
    Py_XDECREF(args);
    Py_DECREF(f);
    return r;
}

/* ---- bytes, bytearray, memoryview ------------------------------------------------------------ */
/* bytes(o) for buffers and iterables of ints, but never for str or int. */
PyObject *PyBytes_FromObject(PyObject *o) {
    if (PyBytes_CheckExact(o)) return Py_NewRef(o);
    if (!PyObject_CheckBuffer(o)) {
        PyObject *it = PyUnicode_Check(o) || PyLong_Check(o) ? NULL : PyObject_GetIter(o);
        if (!it) {
            if (PyErr_Occurred() && !PyErr_ExceptionMatches(PyExc_TypeError)) return NULL;
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "cannot convert '%.200s' object to bytes", Py_TYPE(o)->tp_name);
            return NULL;
        }
        Py_DECREF(it);
    }
    return PyObject_CallOneArg((PyObject *)&PyBytes_Type, o);
}
PyObject *PyBytes_Repr(PyObject *o, int smartquotes) {
    (void)smartquotes;
    return PyObject_Repr(o);
}
void PyBytes_ConcatAndDel(PyObject **pv, PyObject *w) {
    PyBytes_Concat(pv, w);
    Py_XDECREF(w);
}
/* Bytes of a growing PyBytes_FromFormatV result. */
typedef struct {
    char *data;
    size_t len, cap;
} ByteBuf;
static int bb_put(ByteBuf *b, const char *s, size_t n) {
    if (!n) return 0;
    if (b->len + n > b->cap) {
        size_t cap = (b->len + n) * 2 + 64;
        char *d = PyMem_Realloc(b->data, cap);
        if (!d) {
            PyErr_NoMemory();
            return -1;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

/* CPython 3.11's PyBytes_FromFormatV: widths and flags are skipped, a precision only limits
 * %s (0: no limit), 'l' and 'z' only before d and u; at an unknown conversion the rest of
 * the format is copied as it is. Text goes out byte for byte. */
PyObject *PyBytes_FromFormatV(const char *fmt, va_list vargs) {
    ByteBuf b = {0};
    va_list va;
    va_copy(va, vargs);
    const char *f = fmt;
    int err = 0;
    while (*f && !err) {
        const char *pct = strchr(f, '%');
        if (!pct) {
            err = bb_put(&b, f, strlen(f));
            break;
        }
        err = bb_put(&b, f, (size_t)(pct - f));
        f = pct + 1;
        while (*f >= '0' && *f <= '9') f++;
        size_t prec = 0;
        if (*f == '.')
            for (f++; *f >= '0' && *f <= '9'; f++) prec = prec < 100000000 ? prec * 10 + (size_t)(*f - '0') : prec;
        while (*f && *f != '%' && !((*f | 0x20) >= 'a' && (*f | 0x20) <= 'z')) f++;
        char size = 0;
        if ((*f == 'l' || *f == 'z') && (f[1] == 'd' || f[1] == 'u')) size = *f++;
        char num[64];
        if (err) break;
        switch (*f) {
        case 'c': {
            int c = va_arg(va, int);
            if (c < 0 || c > 255) {
                PyErr_SetString(PyExc_OverflowError,
                                "PyBytes_FromFormatV(): %c format expects an integer in range [0; 255]");
                err = -1;
                break;
            }
            char ch = (char)c;
            err = bb_put(&b, &ch, 1);
            break;
        }
        case 'd':
            if (size == 'l') snprintf(num, sizeof num, "%ld", va_arg(va, long));
            else if (size == 'z') snprintf(num, sizeof num, "%zd", va_arg(va, Py_ssize_t));
            else snprintf(num, sizeof num, "%d", va_arg(va, int));
            err = bb_put(&b, num, strlen(num));
            break;
        case 'u':
            if (size == 'l') snprintf(num, sizeof num, "%lu", va_arg(va, unsigned long));
            else if (size == 'z') snprintf(num, sizeof num, "%zu", va_arg(va, size_t));
            else snprintf(num, sizeof num, "%u", va_arg(va, unsigned int));
            err = bb_put(&b, num, strlen(num));
            break;
        case 'i':
            snprintf(num, sizeof num, "%i", va_arg(va, int));
            err = bb_put(&b, num, strlen(num));
            break;
        case 'x':
            snprintf(num, sizeof num, "%x", va_arg(va, unsigned int));
            err = bb_put(&b, num, strlen(num));
            break;
        case 'p':
            snprintf(num, sizeof num, "%p", va_arg(va, void *));
            if (strncmp(num, "0x", 2) != 0) err = bb_put(&b, "0x", 2);
            if (!err) err = bb_put(&b, num, strlen(num));
            break;
        case 's': {
            const char *p = va_arg(va, const char *);
            err = bb_put(&b, p, prec ? strnlen(p, prec) : strlen(p));
            break;
        }
        case '%':
            err = bb_put(&b, "%", 1);
            break;
        default:   /* also a '%' at the very end */
            err = bb_put(&b, pct, strlen(pct));
            f = pct + strlen(pct);
            continue;
        }
        if (*f) f++;
    }
    va_end(va);
    PyObject *r = err ? NULL : PyBytes_FromStringAndSize(b.data ? b.data : "", (Py_ssize_t)b.len);
    PyMem_Free(b.data);
    return r;
}
PyObject *PyByteArray_FromObject(PyObject *o) { return PyObject_CallOneArg((PyObject *)&PyByteArray_Type, o); }
PyObject *PyByteArray_Concat(PyObject *a, PyObject *b) {
    Py_buffer va, vb;
    if (PyObject_GetBuffer(a, &va, PyBUF_SIMPLE) < 0) goto not_bytes;
    if (PyObject_GetBuffer(b, &vb, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&va);
        goto not_bytes;
    }
    PyObject *r = PyByteArray_FromStringAndSize(NULL, va.len + vb.len);
    if (r) {
        memcpy(PyByteArray_AsString(r), va.buf, (size_t)va.len);
        memcpy(PyByteArray_AsString(r) + va.len, vb.buf, (size_t)vb.len);
    }
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    return r;
not_bytes:
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s", Py_TYPE(b)->tp_name, Py_TYPE(a)->tp_name);
    return NULL;
}
int PyByteArray_Resize(PyObject *ba, Py_ssize_t n) {
    if (!ba || !PyByteArray_Check(ba) || n < 0) {
        PyErr_BadInternalCall();
        return -1;
    }
    return bytearray_resize(legacy_thread(), (Object *)ba, n);
}
PyObject *PyMemoryView_FromObject(PyObject *o) { return PyObject_CallOneArg((PyObject *)&PyMemoryView_Type, o); }

/* ---- the codec registry -------------------------------------------------------------------- */
PyObject *PyCodec_Encode(PyObject *o, const char *encoding, const char *errors) {
    return call_named("codecs", "encode", "(Oss)", o, encoding, errors ? errors : "strict");
}
PyObject *PyCodec_Decode(PyObject *o, const char *encoding, const char *errors) {
    return call_named("codecs", "decode", "(Oss)", o, encoding, errors ? errors : "strict");
}
int PyCodec_KnownEncoding(const char *encoding) {
    PyObject *info = call_named("codecs", "lookup", "(s)", encoding);
    if (!info) {
        PyErr_Clear();
        return 0;
    }
    Py_DECREF(info);
    return 1;
}
/* An attribute of codecs.lookup(encoding), optionally called with errors. */
static PyObject *codec_part(const char *encoding, const char *attr, const char *errors, bool call) {
    PyObject *info = call_named("codecs", "lookup", "(s)", encoding);
    if (!info) return NULL;
    PyObject *part = PyObject_GetAttrString(info, attr);
    Py_DECREF(info);
    if (!part || !call) return part;
    PyObject *r = errors ? PyObject_CallFunction(part, "s", errors) : PyObject_CallNoArgs(part);
    Py_DECREF(part);
    return r;
}
PyObject *PyCodec_Encoder(const char *encoding) { return codec_part(encoding, "encode", NULL, false); }
PyObject *PyCodec_Decoder(const char *encoding) { return codec_part(encoding, "decode", NULL, false); }
PyObject *PyCodec_IncrementalEncoder(const char *encoding, const char *errors) {
    return codec_part(encoding, "incrementalencoder", errors, true);
}
PyObject *PyCodec_IncrementalDecoder(const char *encoding, const char *errors) {
    return codec_part(encoding, "incrementaldecoder", errors, true);
}
int PyCodec_Register(PyObject *search) {
    PyObject *r = call_named("codecs", "register", "(O)", search);
    Py_XDECREF(r);
    return r ? 0 : -1;
}
int PyCodec_Unregister(PyObject *search) {
    PyObject *r = call_named("codecs", "unregister", "(O)", search);
    Py_XDECREF(r);
    return r ? 0 : -1;
}
int PyCodec_RegisterError(const char *name, PyObject *error) {
    PyObject *r = call_named("codecs", "register_error", "(sO)", name, error);
    Py_XDECREF(r);
    return r ? 0 : -1;
}
PyObject *PyCodec_LookupError(const char *name) {
    return call_named("codecs", "lookup_error", "(s)", name ? name : "strict");
}
/* The standard error handlers, applied to a Unicode error exc. */
static PyObject *apply_handler(const char *name, PyObject *exc) {
    PyObject *h = PyCodec_LookupError(name);
    PyObject *r = h ? PyObject_CallOneArg(h, exc) : NULL;
    Py_XDECREF(h);
    return r;
}
PyObject *PyCodec_StrictErrors(PyObject *exc) { return apply_handler("strict", exc); }
PyObject *PyCodec_IgnoreErrors(PyObject *exc) { return apply_handler("ignore", exc); }
PyObject *PyCodec_ReplaceErrors(PyObject *exc) { return apply_handler("replace", exc); }
PyObject *PyCodec_XMLCharRefReplaceErrors(PyObject *exc) { return apply_handler("xmlcharrefreplace", exc); }
PyObject *PyCodec_BackslashReplaceErrors(PyObject *exc) { return apply_handler("backslashreplace", exc); }
PyObject *PyCodec_NameReplaceErrors(PyObject *exc) { return apply_handler("namereplace", exc); }

/* ---- Unicode error objects ------------------------------------------------------------------ */
PyObject *PyUnicodeDecodeError_Create(const char *encoding, const char *object, Py_ssize_t length,
                                      Py_ssize_t start, Py_ssize_t end, const char *reason) {
    return PyObject_CallFunction(PyExc_UnicodeDecodeError, "sy#nns", encoding, object, length, start, end, reason);
}
/* exc.<name> checked to be an instance of type (str or bytes): new reference or NULL. */
static PyObject *error_attr(PyObject *exc, const char *name, PyTypeObject *type) {
    PyObject *v = PyObject_GetAttrString(exc, name);
    if (v && !PyObject_TypeCheck(v, type)) {
        PyErr_Format(PyExc_TypeError, "%.200s attribute must be %.200s", name,
                     type == &PyUnicode_Type ? "unicode" : "bytes");
        Py_CLEAR(v);
    }
    return v;
}
static int error_ssize(PyObject *exc, const char *name, Py_ssize_t *out_) {
    PyObject *v = PyObject_GetAttrString(exc, name);
    if (!v) return -1;
    *out_ = PyLong_AsSsize_t(v);
    Py_DECREF(v);
    return *out_ == -1 && PyErr_Occurred() ? -1 : 0;
}
static int error_set_ssize(PyObject *exc, const char *name, Py_ssize_t value) {
    PyObject *v = PyLong_FromSsize_t(value);
    int r = v ? PyObject_SetAttrString(exc, name, v) : -1;
    Py_XDECREF(v);
    return r;
}
static int error_set_reason(PyObject *exc, const char *reason) {
    PyObject *v = PyUnicode_FromString(reason);
    int r = v ? PyObject_SetAttrString(exc, "reason", v) : -1;
    Py_XDECREF(v);
    return r;
}
#define UNICODE_ERROR_ACCESSORS(prefix, objtype)                                                          \
    PyObject *prefix##_GetObject(PyObject *exc) { return error_attr(exc, "object", objtype); }            \
    PyObject *prefix##_GetReason(PyObject *exc) { return error_attr(exc, "reason", &PyUnicode_Type); }    \
    int prefix##_GetStart(PyObject *exc, Py_ssize_t *start) { return error_ssize(exc, "start", start); } \
    int prefix##_GetEnd(PyObject *exc, Py_ssize_t *end) { return error_ssize(exc, "end", end); }         \
    int prefix##_SetStart(PyObject *exc, Py_ssize_t start) { return error_set_ssize(exc, "start", start); } \
    int prefix##_SetEnd(PyObject *exc, Py_ssize_t end) { return error_set_ssize(exc, "end", end); }       \
    int prefix##_SetReason(PyObject *exc, const char *reason) { return error_set_reason(exc, reason); }
UNICODE_ERROR_ACCESSORS(PyUnicodeDecodeError, &PyBytes_Type)
UNICODE_ERROR_ACCESSORS(PyUnicodeEncodeError, &PyUnicode_Type)
UNICODE_ERROR_ACCESSORS(PyUnicodeTranslateError, &PyUnicode_Type)
PyObject *PyUnicodeDecodeError_GetEncoding(PyObject *exc) { return error_attr(exc, "encoding", &PyUnicode_Type); }
PyObject *PyUnicodeEncodeError_GetEncoding(PyObject *exc) { return error_attr(exc, "encoding", &PyUnicode_Type); }
/* codecs.lookup(encoding).stream<kind>(stream, errors). */
static PyObject *stream_part(const char *encoding, const char *attr, PyObject *stream, const char *errors) {
    PyObject *part = codec_part(encoding, attr, NULL, false);
    if (!part) return NULL;
    PyObject *r = PyObject_CallFunction(part, "Os", stream, errors ? errors : "strict");
    Py_DECREF(part);
    return r;
}
PyObject *PyCodec_StreamReader(const char *encoding, PyObject *stream, const char *errors) {
    return stream_part(encoding, "streamreader", stream, errors);
}
PyObject *PyCodec_StreamWriter(const char *encoding, PyObject *stream, const char *errors) {
    return stream_part(encoding, "streamwriter", stream, errors);
}
