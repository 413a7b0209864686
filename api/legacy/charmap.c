/* Legacy C API: the charmap codec (byte <-> character tables) and backslash-escape decoding
 * of bytes, which Spry's codecs registry does not provide. */
#include "legacy.h"

static PyObject *int_key(long v) { return PyLong_FromLong(v); }

/* The mapping's value for key, NULL when it maps to nothing (a LookupError or None; no
 * exception left set), or NULL with an exception. */
static PyObject *map_lookup(PyObject *mapping, long key, bool *undefined) {
    *undefined = false;
    PyObject *k = int_key(key);
    PyObject *v = k ? PyObject_GetItem(mapping, k) : NULL;
    Py_XDECREF(k);
    if (!v) {
        if (!PyErr_ExceptionMatches(PyExc_LookupError)) return NULL;
        PyErr_Clear();
        *undefined = true;
        return NULL;
    }
    if (v == Py_None) {
        Py_DECREF(v);
        *undefined = true;
        return NULL;
    }
    return v;
}

/* Appends what byte data[i] maps to; 0 appended, 1 undefined, -1 error. */
static int decode_one(PyObject *mapping, unsigned char b, PyObject *out) {
    PyObject *ch = NULL;
    if (PyUnicode_Check(mapping)) {
        if (b >= PyUnicode_GET_LENGTH(mapping) || PyUnicode_READ_CHAR(mapping, b) == 0xFFFE) return 1;
        ch = PyUnicode_Substring(mapping, b, b + 1);
    } else {
        bool undefined;
        PyObject *v = map_lookup(mapping, b, &undefined);
        if (undefined) return 1;
        if (!v) return -1;
        if (PyLong_Check(v)) {
            long c = PyLong_AsLong(v);
            Py_DECREF(v);
            if (c < 0 || c > 0x10FFFF) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_TypeError, "character mapping must be in range(0x110000)");
                return -1;
            }
            ch = PyUnicode_FromOrdinal((int)c);
        } else if (PyUnicode_Check(v)) {
            if (PyUnicode_GET_LENGTH(v) == 1 && PyUnicode_READ_CHAR(v, 0) == 0xFFFE) {
                Py_DECREF(v);
                return 1;
            }
            ch = v;
        } else {
            Py_DECREF(v);
            PyErr_SetString(PyExc_TypeError, "character mapping must return integer, None or str");
            return -1;
        }
    }
    int r = ch ? PyList_Append(out, ch) : -1;
    Py_XDECREF(ch);
    return r;
}

/* The error handler's replacement for data[start:end] (appended); the position to resume at,
 * or -1. */
static Py_ssize_t decode_error(const char *errors, const char *data, Py_ssize_t len, Py_ssize_t start,
                               PyObject *out) {
    PyObject *handler = PyCodec_LookupError(errors ? errors : "strict");
    PyObject *exc = handler ? PyUnicodeDecodeError_Create("charmap", data, len, start, start + 1,
                                                          "character maps to <undefined>")
                            : NULL;
    PyObject *res = exc ? PyObject_CallOneArg(handler, exc) : NULL;
    Py_XDECREF(handler);
    Py_XDECREF(exc);
    if (!res) return -1;
    Py_ssize_t pos = -1;
    if (!PyTuple_Check(res) || PyTuple_GET_SIZE(res) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(res, 0)) ||
        !PyLong_Check(PyTuple_GET_ITEM(res, 1))) {
        PyErr_SetString(PyExc_TypeError, "decoding error handler must return (str, int) tuple");
    } else if (PyList_Append(out, PyTuple_GET_ITEM(res, 0)) == 0) {
        pos = PyLong_AsSsize_t(PyTuple_GET_ITEM(res, 1));
        if (pos < 0) pos += len;
        if (pos < 0 || pos > len) {
            if (!PyErr_Occurred()) PyErr_Format(PyExc_IndexError, "position %zd from error handler out of bounds", pos);
            pos = -1;
        }
    }
    Py_DECREF(res);
    return pos;
}

PyObject *PyUnicode_DecodeCharmap(const char *data, Py_ssize_t len, PyObject *mapping, const char *errors) {
    if (!mapping) return PyUnicode_DecodeLatin1(data, len, errors);
    PyObject *parts = PyList_New(0);
    Py_ssize_t i = 0;
    while (parts && i < len) {
        int r = decode_one(mapping, (unsigned char)data[i], parts);
        if (r == 0) {
            i++;
            continue;
        }
        i = r < 0 ? -1 : decode_error(errors, data, len, i, parts);
        if (i < 0) Py_CLEAR(parts);
    }
    if (!parts) return NULL;
    PyObject *empty = PyUnicode_FromString("");
    PyObject *res = empty ? PyUnicode_Join(empty, parts) : NULL;
    Py_XDECREF(empty);
    Py_DECREF(parts);
    return res;
}

PyObject *PyUnicode_AsCharmapString(PyObject *unicode, PyObject *mapping) {
    if (!PyUnicode_Check(unicode) || !mapping) {
        PyErr_BadArgument();
        return NULL;
    }
    PyObject *out = PyByteArray_FromStringAndSize(NULL, 0);
    Py_ssize_t n = PyUnicode_GET_LENGTH(unicode);
    for (Py_ssize_t i = 0; out && i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(unicode, i);
        bool undefined;
        PyObject *v = map_lookup(mapping, (long)c, &undefined);
        if (undefined) {
            PyObject *exc = PyObject_CallFunction(PyExc_UnicodeEncodeError, "sOnns", "charmap", unicode, i, i + 1,
                                                  "character maps to <undefined>");
            if (exc) {
                PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
                Py_DECREF(exc);
            }
            Py_CLEAR(out);
            break;
        }
        int r = -1;
        if (!v) {
        } else if (PyLong_Check(v)) {
            long b = PyLong_AsLong(v);
            if (b < 0 || b > 255) {
                if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "character mapping must be in range(256)");
            } else {
                char byte = (char)b;
                PyObject *one = PyBytes_FromStringAndSize(&byte, 1);
                PyObject *grown = one ? PySequence_InPlaceConcat(out, one) : NULL;
                Py_XDECREF(one);
                r = grown ? 0 : -1;
                Py_XDECREF(grown);
            }
        } else if (PyBytes_Check(v)) {
            PyObject *grown = PySequence_InPlaceConcat(out, v);
            r = grown ? 0 : -1;
            Py_XDECREF(grown);
        } else {
            PyErr_Format(PyExc_TypeError, "character mapping must return integer, bytes or None, not %.400s",
                         Py_TYPE(v)->tp_name);
        }
        Py_XDECREF(v);
        if (r < 0) Py_CLEAR(out);
    }
    if (!out) return NULL;
    PyObject *res = PyBytes_FromStringAndSize(PyByteArray_AsString(out), PyByteArray_Size(out));
    Py_DECREF(out);
    return res;
}

/* The inverse of a decoding table: {code point: byte}. CPython may return its own compact
 * map type instead; both serve PyUnicode_AsCharmapString and codecs.charmap_encode. */
PyObject *PyUnicode_BuildEncodingMap(PyObject *string) {
    if (!PyUnicode_Check(string)) {
        PyErr_BadArgument();
        return NULL;
    }
    PyObject *map = PyDict_New();
    Py_ssize_t n = PyUnicode_GET_LENGTH(string);
    for (Py_ssize_t i = 0; map && i < n && i < 256; i++) {
        PyObject *k = PyLong_FromLong((long)PyUnicode_READ_CHAR(string, i)), *v = PyLong_FromSsize_t(i);
        if (!k || !v || PyDict_SetItem(map, k, v) < 0) Py_CLEAR(map);
        Py_XDECREF(k);
        Py_XDECREF(v);
    }
    return map;
}

/* ---- backslash escapes in bytes ----------------------------------------------------------------- */
static int hex_value(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

PyObject *PyBytes_DecodeEscape(const char *s, Py_ssize_t len, const char *errors, Py_ssize_t unused,
                               const char *recode_encoding) {
    (void)unused;
    (void)recode_encoding;
    char *buf = PyMem_Malloc(len ? (size_t)len : 1);
    if (!buf) return PyErr_NoMemory();
    Py_ssize_t k = 0;
    const char *first_invalid = NULL, *end = s + len, *start = s;
    while (s < end) {
        if (*s != '\\') {
            buf[k++] = *s++;
            continue;
        }
        const char *esc = s++;
        if (s >= end) {
            PyErr_SetString(PyExc_ValueError, "Trailing \\ in string");
            goto fail;
        }
        char c = *s++;
        switch (c) {
        case '\n': break;
        case '\\': buf[k++] = '\\'; break;
        case '\'': buf[k++] = '\''; break;
        case '"': buf[k++] = '"'; break;
        case 'b': buf[k++] = '\b'; break;
        case 'f': buf[k++] = '\f'; break;
        case 't': buf[k++] = '\t'; break;
        case 'n': buf[k++] = '\n'; break;
        case 'r': buf[k++] = '\r'; break;
        case 'v': buf[k++] = '\v'; break;
        case 'a': buf[k++] = '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0';
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) v = v * 8 + (*s++ - '0');
            buf[k++] = (char)v;   /* past 0o377 the high bit is dropped, silently in 3.11 */
            break;
        }
        case 'x':
            if (end - s >= 2 && hex_value(s[0]) >= 0 && hex_value(s[1]) >= 0) {
                buf[k++] = (char)(hex_value(s[0]) * 16 + hex_value(s[1]));
                s += 2;
                break;
            }
            if (!errors || strcmp(errors, "strict") == 0) {
                PyErr_Format(PyExc_ValueError, "invalid \\x escape at position %zd", (Py_ssize_t)(esc - start));
                goto fail;
            }
            if (strcmp(errors, "replace") == 0) {
                buf[k++] = '?';
            } else if (strcmp(errors, "ignore") != 0) {
                PyErr_Format(PyExc_ValueError, "decoding error; unknown error handling code: %.400s", errors);
                goto fail;
            }
            /* skip the hex digits that are there */
            if (s < end && hex_value(*s) >= 0) s++;
            break;
        default:
            if (!first_invalid) first_invalid = esc;
            buf[k++] = '\\';
            s--;   /* the character after the backslash is kept as it is */
        }
    }
    if (first_invalid && PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "invalid escape sequence '\\%c'",
                                          (unsigned char)first_invalid[1]) < 0)
        goto fail;
    PyObject *res = PyBytes_FromStringAndSize(buf, k);
    PyMem_Free(buf);
    return res;
fail:
    PyMem_Free(buf);
    return NULL;
}
