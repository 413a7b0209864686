/* Legacy C API: the str operations of the Limited API that mirror str's methods (split,
 * find, replace, ...), conversions to and from wide and UCS-4 buffers, and the
 * filesystem/locale codecs. They call str's own methods, so results and errors are
 * Python's. */
#include <ctype.h>
#include <wchar.h>

#include "legacy.h"

static bool need_str(PyObject *o) {
    if (o && PyUnicode_Check(o)) return true;
    PyErr_BadInternalCall();
    return false;
}

/* CPython's check of a str argument of these functions (NULL: -1 with nothing more set). */
int legacy_ensure_str(PyObject *o) {
    if (!o) return -1;
    if (PyUnicode_Check(o)) return 0;
    PyErr_Format(PyExc_TypeError, "must be str, not %.100s", Py_TYPE(o)->tp_name);
    return -1;
}

/* o.<name>(*args) with args from a Py_BuildValue format. */
static PyObject *method(PyObject *o, const char *name, const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    PyObject *args = Py_VaBuildValue(fmt, va);
    va_end(va);
    if (!args) return NULL;
    PyObject *m = PyObject_GetAttrString(o, name);
    PyObject *r = m ? PyObject_Call(m, args, NULL) : NULL;
    Py_XDECREF(m);
    Py_DECREF(args);
    return r;
}

static PyObject *or_none(PyObject *o) { return o ? o : Py_None; }

/* s and sep (when given) must be str. */
static bool str_and_sep(PyObject *s, PyObject *sep) {
    return legacy_ensure_str(s) == 0 && (!sep || legacy_ensure_str(sep) == 0);
}
PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit) {
    return str_and_sep(s, sep) ? method(s, "split", "(On)", or_none(sep), maxsplit) : NULL;
}
PyObject *PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit) {
    return str_and_sep(s, sep) ? method(s, "rsplit", "(On)", or_none(sep), maxsplit) : NULL;
}
PyObject *PyUnicode_Splitlines(PyObject *s, int keepends) {
    return legacy_ensure_str(s) == 0 ? method(s, "splitlines", "(i)", keepends) : NULL;
}
PyObject *PyUnicode_Partition(PyObject *s, PyObject *sep) {
    return str_and_sep(s, sep) ? method(s, "partition", "(O)", sep) : NULL;
}
PyObject *PyUnicode_RPartition(PyObject *s, PyObject *sep) {
    return str_and_sep(s, sep) ? method(s, "rpartition", "(O)", sep) : NULL;
}
PyObject *PyUnicode_Replace(PyObject *s, PyObject *old, PyObject *new_, Py_ssize_t maxcount) {
    if (!str_and_sep(s, old) || legacy_ensure_str(new_) < 0) return NULL;
    return method(s, "replace", "(OOn)", old, new_, maxcount);
}
PyObject *PyUnicode_Translate(PyObject *s, PyObject *table, const char *errors) {
    (void)errors;   /* str.translate has none: unmappable characters stay as they are */
    return need_str(s) ? method(s, "translate", "(O)", table) : NULL;
}

/* A method returning an int, as Py_ssize_t; -2 (find) or -1 (others) with an error. */
static Py_ssize_t ssize_method(PyObject *s, const char *name, PyObject *sub, Py_ssize_t start,
                               Py_ssize_t end, Py_ssize_t err) {
    if (legacy_ensure_str(s) < 0) return err;
    PyObject *r = method(s, name, "(Onn)", sub, start, end);
    if (!r) return err;
    Py_ssize_t v = PyLong_AsSsize_t(r);
    Py_DECREF(r);
    return v == -1 && PyErr_Occurred() ? err : v;
}
Py_ssize_t PyUnicode_Count(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end) {
    return ssize_method(s, "count", sub, start, end, -1);
}
Py_ssize_t PyUnicode_Find(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int direction) {
    return ssize_method(s, direction > 0 ? "find" : "rfind", sub, start, end, -2);
}
Py_ssize_t PyUnicode_FindChar(PyObject *s, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction) {
    PyObject *c = PyUnicode_FromOrdinal((int)ch);
    if (!c) return -2;
    Py_ssize_t r = PyUnicode_Find(s, c, start, end, direction);
    Py_DECREF(c);
    return r;
}
Py_ssize_t PyUnicode_Tailmatch(PyObject *s, PyObject *sub, Py_ssize_t start, Py_ssize_t end, int direction) {
    if (!str_and_sep(s, sub)) return -1;
    PyObject *r = method(s, direction > 0 ? "endswith" : "startswith", "(Onn)", sub, start, end);
    if (!r) return -1;
    int v = PyObject_IsTrue(r);
    Py_DECREF(r);
    return v;
}
int PyUnicode_IsIdentifier(PyObject *s) {
    PyObject *r = need_str(s) ? method(s, "isidentifier", "()") : NULL;
    if (!r) return -1;
    int v = r == Py_True;
    Py_DECREF(r);
    return v;
}
PyObject *PyUnicode_RichCompare(PyObject *a, PyObject *b, int op) {
    if (!PyUnicode_Check(a) || !PyUnicode_Check(b)) Py_RETURN_NOTIMPLEMENTED;
    return PyObject_RichCompare(a, b, op);
}
PyObject *PyUnicode_Format(PyObject *format, PyObject *args) { return PyNumber_Remainder(format, args); }
void PyUnicode_Append(PyObject **left, PyObject *right) {
    if (!*left) return;
    PyObject *r = right ? PyUnicode_Concat(*left, right) : NULL;
    if (!right) PyErr_BadInternalCall();
    Py_DECREF(*left);
    *left = r;
}
void PyUnicode_AppendAndDel(PyObject **left, PyObject *right) {
    PyUnicode_Append(left, right);
    Py_XDECREF(right);
}
PyObject *PyUnicode_FromObject(PyObject *o) {
    if (PyUnicode_CheckExact(o)) return Py_NewRef(o);
    if (PyUnicode_Check(o)) return PyUnicode_Substring(o, 0, PyUnicode_GetLength(o));
    PyErr_Format(PyExc_TypeError, "Can't convert '%.100s' object to str implicitly", Py_TYPE(o)->tp_name);
    return NULL;
}
void PyUnicode_InternImmortal(PyObject **p) { PyUnicode_InternInPlace(p); }
const char *PyUnicode_GetDefaultEncoding(void) { return "utf-8"; }

/* ---- UCS-4 and wchar_t buffers (wchar_t is UCS-4 on the platforms Spry supports) ----------- */
_Static_assert(sizeof(wchar_t) == sizeof(Py_UCS4), "wchar_t holds UCS-4");

/* Copies s's characters into buf (room for size) and a NUL if it fits: the count copied. */
static Py_ssize_t copy_ucs4(PyObject *s, Py_UCS4 *buf, Py_ssize_t size) {
    Py_ssize_t n = PyUnicode_GetLength(s);
    for (Py_ssize_t i = 0; i < n && i < size; i++) buf[i] = PyUnicode_READ_CHAR(s, i);
    if (n < size) buf[n] = 0;
    return n < size ? n : size;
}
Py_UCS4 *PyUnicode_AsUCS4(PyObject *s, Py_UCS4 *buf, Py_ssize_t buflen, int copy_null) {
    if (!need_str(s)) return NULL;
    if (!buf || buflen < 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Py_ssize_t need = PyUnicode_GetLength(s) + (copy_null ? 1 : 0);
    if (buflen < need) {
        PyErr_SetString(PyExc_SystemError, "string is longer than the buffer");
        if (copy_null && buflen > 0) buf[buflen - 1] = 0;
        return NULL;
    }
    copy_ucs4(s, buf, need);
    return buf;
}
Py_UCS4 *PyUnicode_AsUCS4Copy(PyObject *s) {
    if (!need_str(s)) return NULL;
    Py_ssize_t n = PyUnicode_GetLength(s) + 1;
    Py_UCS4 *buf = PyMem_Malloc((size_t)n * sizeof(Py_UCS4));
    if (!buf) return (Py_UCS4 *)PyErr_NoMemory();
    copy_ucs4(s, buf, n);
    return buf;
}
Py_ssize_t PyUnicode_AsWideChar(PyObject *s, wchar_t *w, Py_ssize_t size) {
    if (!s || !PyUnicode_Check(s)) {
        PyErr_BadArgument();
        return -1;
    }
    if (!w) return PyUnicode_GetLength(s) + 1;
    return copy_ucs4(s, (Py_UCS4 *)w, size);
}
wchar_t *PyUnicode_AsWideCharString(PyObject *s, Py_ssize_t *size) {
    if (!need_str(s)) return NULL;
    Py_ssize_t n = PyUnicode_GetLength(s);
    if (!size) {
        for (Py_ssize_t i = 0; i < n; i++)
            if (PyUnicode_READ_CHAR(s, i) == 0) {
                PyErr_SetString(PyExc_ValueError, "embedded null character");
                return NULL;
            }
    }
    wchar_t *w = PyMem_Malloc((size_t)(n + 1) * sizeof(wchar_t));
    if (!w) return (wchar_t *)PyErr_NoMemory();
    copy_ucs4(s, (Py_UCS4 *)w, n + 1);
    if (size) *size = n;
    return w;
}
PyObject *PyUnicode_FromWideChar(const wchar_t *w, Py_ssize_t size) {
    if (!w && size != 0) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (size == -1) size = (Py_ssize_t)wcslen(w);
    for (Py_ssize_t i = 0; i < size; i++)
        if ((Py_UCS4)w[i] > 0x10ffff) {
            PyErr_Format(PyExc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)w[i]);
            return NULL;
        }
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, w, size);
}

/* ---- the filesystem and locale encodings: UTF-8 with surrogateescape ------------------------- */
PyObject *PyUnicode_DecodeFSDefaultAndSize(const char *s, Py_ssize_t size) {
    return PyUnicode_DecodeUTF8(s, size, "surrogateescape");
}
PyObject *PyUnicode_DecodeFSDefault(const char *s) { return PyUnicode_DecodeFSDefaultAndSize(s, (Py_ssize_t)strlen(s)); }
PyObject *PyUnicode_EncodeFSDefault(PyObject *s) { return PyUnicode_AsEncodedString(s, "utf-8", "surrogateescape"); }
static const char *locale_errors(const char *errors) { return errors && *errors ? errors : "strict"; }
PyObject *PyUnicode_DecodeLocaleAndSize(const char *s, Py_ssize_t size, const char *errors) {
    return PyUnicode_DecodeUTF8(s, size, locale_errors(errors));
}
PyObject *PyUnicode_DecodeLocale(const char *s, const char *errors) {
    return PyUnicode_DecodeLocaleAndSize(s, (Py_ssize_t)strlen(s), errors);
}
PyObject *PyUnicode_EncodeLocale(PyObject *s, const char *errors) {
    return PyUnicode_AsEncodedString(s, "utf-8", locale_errors(errors));
}
/* PyArg_Parse "O&" converters: a path as bytes / as str; 0 with an error, 1, or
 * Py_CLEANUP_SUPPORTED asked to clean up (obj NULL). */
static int fs_convert(PyObject *obj, void *result, bool want_bytes) {
    PyObject **out = result;
    if (!obj) {
        Py_CLEAR(*out);
        return 1;
    }
    PyObject *path = PyOS_FSPath(obj);
    if (!path) return 0;
    PyObject *r;
    if (want_bytes) r = PyUnicode_Check(path) ? PyUnicode_EncodeFSDefault(path) : Py_NewRef(path);
    else if (PyBytes_Check(path)) r = PyUnicode_DecodeFSDefaultAndSize(PyBytes_AS_STRING(path), PyBytes_GET_SIZE(path));
    else r = Py_NewRef(path);
    Py_DECREF(path);
    if (!r) return 0;
    bool has_nul = want_bytes ? memchr(PyBytes_AS_STRING(r), 0, (size_t)PyBytes_GET_SIZE(r)) != NULL
                              : PyUnicode_FindChar(r, 0, 0, PyUnicode_GetLength(r), 1) >= 0;
    if (has_nul) {
        PyErr_SetString(PyExc_ValueError, want_bytes ? "embedded null byte" : "embedded null character");
        Py_DECREF(r);
        return 0;
    }
    *out = r;
    return Py_CLEANUP_SUPPORTED;
}
int PyUnicode_FSConverter(PyObject *obj, void *result) { return fs_convert(obj, result, true); }
int PyUnicode_FSDecoder(PyObject *obj, void *result) { return fs_convert(obj, result, false); }

PyObject *PyOS_FSPath(PyObject *path) {
    if (PyUnicode_Check(path) || PyBytes_Check(path)) return Py_NewRef(path);
    PyObject *r = PyObject_CallMethod(path, "__fspath__", NULL);
    if (!r) {
        if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                         Py_TYPE(path)->tp_name);
        }
        return NULL;
    }
    if (!PyUnicode_Check(r) && !PyBytes_Check(r)) {
        PyErr_Format(PyExc_TypeError, "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                     Py_TYPE(path)->tp_name, Py_TYPE(r)->tp_name);
        Py_DECREF(r);
        return NULL;
    }
    return r;
}

/* ---- other codecs, through the codec registry ------------------------------------------------- */
PyObject *PyUnicode_FromEncodedObject(PyObject *obj, const char *encoding, const char *errors) {
    if (PyUnicode_Check(obj)) {
        PyErr_SetString(PyExc_TypeError, "decoding str is not supported");
        return NULL;
    }
    if (PyBytes_Check(obj)) return PyUnicode_Decode(PyBytes_AS_STRING(obj), PyBytes_GET_SIZE(obj), encoding, errors);
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0) {
        PyErr_Format(PyExc_TypeError, "decoding to str: need a bytes-like object, %.80s found",
                     Py_TYPE(obj)->tp_name);
        return NULL;
    }
    PyObject *r = PyUnicode_Decode(view.buf, view.len, encoding, errors);
    PyBuffer_Release(&view);
    return r;
}
static const char *utf_variant(int bits, const int *byteorder) {
    int bo = byteorder ? *byteorder : 0;
    if (bits == 16) return bo < 0 ? "utf-16-le" : bo > 0 ? "utf-16-be" : "utf-16";
    return bo < 0 ? "utf-32-le" : bo > 0 ? "utf-32-be" : "utf-32";
}
/* With *byteorder 0 the codec reads a BOM at the start of s; the order it names (-1 little,
 * 1 big) is reported back in *byteorder, as CPython does. Returns the codec to decode with. */
static const char *utf_variant_from_bom(int bits, const char *s, Py_ssize_t size, int *byteorder) {
    const char *codec = utf_variant(bits, byteorder);
    if (!byteorder || *byteorder != 0) return codec;
    static const unsigned char le32[4] = {0xFF, 0xFE, 0, 0}, be32[4] = {0, 0, 0xFE, 0xFF};
    Py_ssize_t n = bits / 8;
    if (size < n) return codec;
    if (!memcmp(s, le32, (size_t)n)) *byteorder = -1;   /* FF FE (00 00) */
    else if (!memcmp(s, bits == 16 ? be32 + 2 : be32, (size_t)n)) *byteorder = 1;
    return codec;
}
PyObject *PyUnicode_DecodeUTF16(const char *s, Py_ssize_t size, const char *errors, int *byteorder) {
    return PyUnicode_Decode(s, size, utf_variant_from_bom(16, s, size, byteorder), errors);
}
PyObject *PyUnicode_DecodeUTF32(const char *s, Py_ssize_t size, const char *errors, int *byteorder) {
    return PyUnicode_Decode(s, size, utf_variant_from_bom(32, s, size, byteorder), errors);
}
PyObject *PyUnicode_DecodeUTF7(const char *s, Py_ssize_t size, const char *errors) {
    return PyUnicode_Decode(s, size, "utf-7", errors);
}
PyObject *PyUnicode_DecodeUnicodeEscape(const char *s, Py_ssize_t size, const char *errors) {
    return PyUnicode_Decode(s, size, "unicode_escape", errors);
}
PyObject *PyUnicode_DecodeRawUnicodeEscape(const char *s, Py_ssize_t size, const char *errors) {
    return PyUnicode_Decode(s, size, "raw_unicode_escape", errors);
}
PyObject *PyUnicode_AsUTF16String(PyObject *s) { return PyUnicode_AsEncodedString(s, "utf-16", NULL); }
PyObject *PyUnicode_AsUTF32String(PyObject *s) { return PyUnicode_AsEncodedString(s, "utf-32", NULL); }
PyObject *PyUnicode_AsUnicodeEscapeString(PyObject *s) {
    return PyUnicode_AsEncodedString(s, "unicode_escape", NULL);
}
PyObject *PyUnicode_AsRawUnicodeEscapeString(PyObject *s) {
    return PyUnicode_AsEncodedString(s, "raw_unicode_escape", NULL);
}

/* ---- stateful decoders: an incomplete sequence at the end is left for the next call ---- */
/* How many leading bytes of s form complete UTF-8 sequences (an invalid tail counts as
 * complete: decoding reports it). */
static Py_ssize_t utf8_complete(const unsigned char *s, Py_ssize_t size) {
    Py_ssize_t lead = size;
    for (int back = 1; back <= 3 && lead > 0; back++) {
        unsigned char c = s[--lead];
        if ((c & 0xC0) == 0x80) continue;   /* a continuation byte: look further back */
        int need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 1;
        return size - lead < need ? lead : size;
    }
    return size;
}
/* Same for UTF-16 in byte order bo (-1 little, 1 big, 0: from a BOM, else little). */
static Py_ssize_t utf16_complete(const unsigned char *s, Py_ssize_t size, int bo) {
    if (bo == 0) bo = size >= 2 && s[0] == 0xFE && s[1] == 0xFF ? 1 : -1;
    Py_ssize_t n = size & ~(Py_ssize_t)1;
    if (n >= 2) {
        unsigned unit = bo < 0 ? s[n - 2] | s[n - 1] << 8 : s[n - 2] << 8 | s[n - 1];
        if (unit >= 0xD800 && unit <= 0xDBFF) n -= 2;   /* a high surrogate waits for its pair */
    }
    return n;
}
/* Same for UTF-7: an unterminated base64 shift sequence waits whole. */
static Py_ssize_t utf7_complete(const char *s, Py_ssize_t size) {
    Py_ssize_t shift = -1;
    for (Py_ssize_t i = 0; i < size; i++) {
        char c = s[i];
        if (shift >= 0) {
            if (!(isalnum((unsigned char)c) || c == '+' || c == '/')) shift = -1;
        } else if (c == '+') {
            if (i + 1 < size && s[i + 1] == '-') i++;
            else shift = i;
        }
    }
    return shift >= 0 ? shift : size;
}

static PyObject *decode_prefix(const char *s, Py_ssize_t n, Py_ssize_t *consumed, const char *encoding,
                               const char *errors) {
    PyObject *r = PyUnicode_Decode(s, n, encoding, errors);
    if (r) *consumed = n;
    return r;
}
PyObject *PyUnicode_DecodeUTF8Stateful(const char *s, Py_ssize_t size, const char *errors, Py_ssize_t *consumed) {
    if (!consumed) return PyUnicode_DecodeUTF8(s, size, errors);
    return decode_prefix(s, utf8_complete((const unsigned char *)s, size), consumed, "utf-8", errors);
}
PyObject *PyUnicode_DecodeUTF16Stateful(const char *s, Py_ssize_t size, const char *errors, int *byteorder,
                                        Py_ssize_t *consumed) {
    if (!consumed) return PyUnicode_DecodeUTF16(s, size, errors, byteorder);
    Py_ssize_t n = utf16_complete((const unsigned char *)s, size, byteorder ? *byteorder : 0);
    return decode_prefix(s, n, consumed, utf_variant_from_bom(16, s, n, byteorder), errors);
}
PyObject *PyUnicode_DecodeUTF32Stateful(const char *s, Py_ssize_t size, const char *errors, int *byteorder,
                                        Py_ssize_t *consumed) {
    if (!consumed) return PyUnicode_DecodeUTF32(s, size, errors, byteorder);
    Py_ssize_t n = size & ~(Py_ssize_t)3;
    return decode_prefix(s, n, consumed, utf_variant_from_bom(32, s, n, byteorder), errors);
}
PyObject *PyUnicode_DecodeUTF7Stateful(const char *s, Py_ssize_t size, const char *errors, Py_ssize_t *consumed) {
    if (!consumed) return PyUnicode_DecodeUTF7(s, size, errors);
    return decode_prefix(s, utf7_complete(s, size), consumed, "utf-7", errors);
}

/* ---- str to and from anything, through the codec registry (deprecated since 3.6) ---------- */
/* Warns `warning`, then runs the codec; want_str: the result must be a str. */
static PyObject *deprecated_codec(PyObject *s, const char *encoding, const char *errors, bool encode,
                                  bool want_str, const char *warning) {
    if (!PyUnicode_Check(s)) {
        PyErr_BadArgument();
        return NULL;
    }
    if (PyErr_WarnEx(PyExc_DeprecationWarning, warning, 1) < 0) return NULL;
    if (!encoding) encoding = "utf-8";
    PyObject *r = encode ? PyCodec_Encode(s, encoding, errors) : PyCodec_Decode(s, encoding, errors);
    if (r && want_str && !PyUnicode_Check(r)) {
        const char *verb = encode ? "encode" : "decode";
        PyErr_Format(PyExc_TypeError, "'%.400s' %sr returned '%.400s' instead of 'str'; use codecs.%s() to %s "
                     "to arbitrary types", encoding, verb, Py_TYPE(r)->tp_name, verb, verb);
        Py_CLEAR(r);
    }
    return r;
}
PyObject *PyUnicode_AsEncodedObject(PyObject *s, const char *encoding, const char *errors) {
    return deprecated_codec(s, encoding, errors, true, false,
                            "PyUnicode_AsEncodedObject() is deprecated; use PyUnicode_AsEncodedString() to "
                            "encode from str to bytes or PyCodec_Encode() for generic encoding");
}
PyObject *PyUnicode_AsEncodedUnicode(PyObject *s, const char *encoding, const char *errors) {
    return deprecated_codec(s, encoding, errors, true, true,
                            "PyUnicode_AsEncodedUnicode() is deprecated; use PyCodec_Encode() to encode from str to str");
}
PyObject *PyUnicode_AsDecodedObject(PyObject *s, const char *encoding, const char *errors) {
    return deprecated_codec(s, encoding, errors, false, false,
                            "PyUnicode_AsDecodedObject() is deprecated; use PyCodec_Decode() to decode from str");
}
PyObject *PyUnicode_AsDecodedUnicode(PyObject *s, const char *encoding, const char *errors) {
    return deprecated_codec(s, encoding, errors, false, true,
                            "PyUnicode_AsDecodedUnicode() is deprecated; use PyCodec_Decode() to decode from str to str");
}

/* ---- writing into a str nobody else sees yet --------------------------------------------- */
/* CPython's rule: only a str with one reference and no hash taken may change. */
static bool modifiable(PyObject *s) {
    if (Py_REFCNT(s) == 1 && STR(s)->hash == -1 && !STR(s)->interned) return true;
    PyErr_SetString(PyExc_SystemError, "Cannot modify a string currently used");
    return false;
}
int PyUnicode_WriteChar(PyObject *s, Py_ssize_t index, Py_UCS4 ch) {
    if (!PyUnicode_Check(s)) {
        PyErr_BadArgument();
        return -1;
    }
    if (index < 0 || index >= PyUnicode_GET_LENGTH(s)) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return -1;
    }
    if (!modifiable(s)) return -1;
    Str *st = STR(s);
    Py_UCS4 max = st->ascii ? 0x7F : st->kind == 1 ? 0xFF : st->kind == 2 ? 0xFFFF : 0x10FFFF;
    if (ch > max) {
        PyErr_SetString(PyExc_ValueError, "character out of range");
        return -1;
    }
    if (st->utf8 && st->utf8 != (char *)str_data((Object *)s)) {
        mem_free(st->utf8);   /* a stale cached encoding */
        st->utf8 = NULL;
    }
    str_write(st->kind, str_data((Object *)s), index, ch);
    return 0;
}

int PyUnicode_Resize(PyObject **p, Py_ssize_t length) {
    if (!p || !*p || !PyUnicode_Check(*p) || length < 0) {
        PyErr_BadInternalCall();
        return -1;
    }
    PyObject *old = *p;
    if (length == PyUnicode_GET_LENGTH(old)) return 0;
    /* Always a copy: a str others use keeps its value, as CPython does for them. */
    Py_ssize_t keep = length < PyUnicode_GET_LENGTH(old) ? length : PyUnicode_GET_LENGTH(old);
    Str *st = STR(old);
    PyObject *r = PyUnicode_New(length, st->ascii ? 0x7F : st->kind == 1 ? 0xFF : st->kind == 2 ? 0xFFFF : 0x10FFFF);
    if (!r) return -1;
    memcpy(str_data((Object *)r), str_data((Object *)old), (size_t)keep * st->kind);
    memset((char *)str_data((Object *)r) + keep * st->kind, 0, (size_t)(length - keep) * st->kind);
    Py_DECREF(old);
    *p = r;
    return 0;
}

/* Py_UNICODE's length (wchar_t is UCS-4 here: the length in code points). */
Py_ssize_t PyUnicode_GetSize(PyObject *s) {
    if (!PyUnicode_Check(s)) {
        PyErr_BadArgument();
        return -1;
    }
    return PyUnicode_GET_LENGTH(s);
}
