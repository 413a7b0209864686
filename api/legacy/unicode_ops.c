/* Legacy C API: the str operations of the Limited API that mirror str's methods (split,
 * find, replace, ...), conversions to and from wide and UCS-4 buffers, and the
 * filesystem/locale codecs. They call str's own methods, so results and errors are
 * Python's. */
#include <wchar.h>

#include "legacy.h"

static bool need_str(PyObject *o) {
    if (o && PyUnicode_Check(o)) return true;
    PyErr_BadInternalCall();
    return false;
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

PyObject *PyUnicode_Split(PyObject *s, PyObject *sep, Py_ssize_t maxsplit) {
    return need_str(s) ? method(s, "split", "(On)", or_none(sep), maxsplit) : NULL;
}
PyObject *PyUnicode_RSplit(PyObject *s, PyObject *sep, Py_ssize_t maxsplit) {
    return need_str(s) ? method(s, "rsplit", "(On)", or_none(sep), maxsplit) : NULL;
}
PyObject *PyUnicode_Splitlines(PyObject *s, int keepends) {
    return need_str(s) ? method(s, "splitlines", "(i)", keepends) : NULL;
}
PyObject *PyUnicode_Partition(PyObject *s, PyObject *sep) {
    return need_str(s) ? method(s, "partition", "(O)", sep) : NULL;
}
PyObject *PyUnicode_RPartition(PyObject *s, PyObject *sep) {
    return need_str(s) ? method(s, "rpartition", "(O)", sep) : NULL;
}
PyObject *PyUnicode_Replace(PyObject *s, PyObject *old, PyObject *new_, Py_ssize_t maxcount) {
    return need_str(s) ? method(s, "replace", "(OOn)", old, new_, maxcount) : NULL;
}
PyObject *PyUnicode_Translate(PyObject *s, PyObject *table, const char *errors) {
    (void)errors;   /* str.translate has none: unmappable characters stay as they are */
    return need_str(s) ? method(s, "translate", "(O)", table) : NULL;
}

/* A method returning an int, as Py_ssize_t; -2 (find) or -1 (others) with an error. */
static Py_ssize_t ssize_method(PyObject *s, const char *name, PyObject *sub, Py_ssize_t start,
                               Py_ssize_t end, Py_ssize_t err) {
    if (!need_str(s)) return err;
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
    if (!need_str(s)) return -1;
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
PyObject *PyUnicode_RichCompare(PyObject *a, PyObject *b, int op) { return PyObject_RichCompare(a, b, op); }
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
    if (!need_str(s)) return -1;
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
PyObject *PyUnicode_DecodeUTF16(const char *s, Py_ssize_t size, const char *errors, int *byteorder) {
    return PyUnicode_Decode(s, size, utf_variant(16, byteorder), errors);
}
PyObject *PyUnicode_DecodeUTF32(const char *s, Py_ssize_t size, const char *errors, int *byteorder) {
    return PyUnicode_Decode(s, size, utf_variant(32, byteorder), errors);
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
