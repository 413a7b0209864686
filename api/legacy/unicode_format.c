/* Legacy C API: PyUnicode_FromFormat(V), with exactly CPython 3.11's conversions (the
 * runtime's own str_from_vformat takes more). A conversion 3.11 does not know (a '-' flag,
 * '*', %X, %lx, %ls, ...) makes the rest of the format be copied as it is, arguments unread.
 * The result is built from str pieces joined at the end, so objects with lone surrogates
 * pass through. Width and precision count characters; for %s (and %V given NULL) the
 * precision counts bytes of the UTF-8 text, decoded with "replace". */
#include "legacy.h"

/* Appends s (stolen) to the pieces: padded with `fill` on the left to `width` characters
 * after cutting it to `precision` characters (-1: no limit). 0 or -1 (s NULL: error set). */
static int put(PyObject *pieces, PyObject *s, Py_ssize_t width, Py_ssize_t precision, char fill) {
    if (!s) return -1;
    Py_ssize_t n = PyUnicode_GetLength(s);
    if (precision >= 0 && precision < n) {
        PyObject *cut = PyUnicode_Substring(s, 0, precision);
        Py_DECREF(s);
        if (!cut) return -1;
        s = cut;
        n = precision;
    }
    if (width > n) {
        char pad[64];
        memset(pad, fill, sizeof pad);
        for (Py_ssize_t left = width - n; left > 0; left -= (Py_ssize_t)sizeof pad) {
            PyObject *p = PyUnicode_FromStringAndSize(pad, left < (Py_ssize_t)sizeof pad ? left : (Py_ssize_t)sizeof pad);
            if (!p || PyList_Append(pieces, p) < 0) {
                Py_XDECREF(p);
                Py_DECREF(s);
                return -1;
            }
            Py_DECREF(p);
        }
    }
    int r = PyList_Append(pieces, s);
    Py_DECREF(s);
    return r;
}

static int put_cstr(PyObject *pieces, const char *s, Py_ssize_t width, Py_ssize_t precision) {
    size_t n = strlen(s);
    if (precision >= 0 && (size_t)precision < n) n = (size_t)precision;
    return put(pieces, PyUnicode_DecodeUTF8(s, (Py_ssize_t)n, "replace"), width, -1, ' ');
}

/* One integer conversion: digits, zero-extended to `precision`, padded to `width`. */
static int put_int(PyObject *pieces, const char *digits, Py_ssize_t width, Py_ssize_t precision, bool zeropad) {
    char buf[160];
    size_t n = strlen(digits), neg = digits[0] == '-';
    if (precision > 100) precision = 100;
    size_t zeros = precision > (Py_ssize_t)(n - neg) ? (size_t)precision - (n - neg) : 0;
    snprintf(buf, sizeof buf, "%.*s%.*s%s", (int)neg, digits, (int)zeros,
             "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
             digits + neg);
    return put(pieces, PyUnicode_FromString(buf), width, -1, zeropad ? '0' : ' ');
}

/* Reads one conversion at f (just after '%'), consuming its arguments. Returns the format
 * position after it, or NULL when 3.11 does not know it (nothing consumed). *err on error. */
static const char *convert(PyObject *pieces, const char *f, va_list *va, bool *err) {
    bool zeropad = false;
    Py_ssize_t width = -1, precision = -1;
    if (*f == '0') {
        zeropad = true;
        f++;
    }
    if (*f >= '0' && *f <= '9') {
        for (width = 0; *f >= '0' && *f <= '9'; f++) width = width < 100000 ? width * 10 + (*f - '0') : width;
    }
    if (*f == '.') {
        f++;
        for (precision = 0; *f >= '0' && *f <= '9'; f++) precision = precision < 100000 ? precision * 10 + (*f - '0') : precision;
    }
    if (*f == '%') {
        *err = put(pieces, PyUnicode_FromString("%"), -1, -1, ' ') < 0;
        return f + 1;
    }
    char size = 0;   /* 'l', 'L' (ll) or 'z' before d, u, i */
    if (*f == 'l' && strchr("dui", f[1]) && f[1]) size = 'l', f++;
    else if (*f == 'l' && f[1] == 'l' && f[2] && strchr("dui", f[2])) size = 'L', f += 2;
    else if (*f == 'z' && f[1] && strchr("dui", f[1])) size = 'z', f++;
    char digits[64];
    PyObject *o;
    switch (*f) {
    case 'c': {
        int c = va_arg(*va, int);
        if (c < 0 || c > 0x10ffff) {
            PyErr_SetString(PyExc_OverflowError, "character argument not in range(0x110000)");
            *err = true;
            return f + 1;
        }
        *err = put(pieces, PyUnicode_FromOrdinal(c), -1, -1, ' ') < 0;
        return f + 1;
    }
    case 'd': case 'i':
        if (size == 'l') snprintf(digits, sizeof digits, "%ld", va_arg(*va, long));
        else if (size == 'L') snprintf(digits, sizeof digits, "%lld", va_arg(*va, long long));
        else if (size == 'z') snprintf(digits, sizeof digits, "%zd", va_arg(*va, Py_ssize_t));
        else snprintf(digits, sizeof digits, "%d", va_arg(*va, int));
        *err = put_int(pieces, digits, width, precision, zeropad) < 0;
        return f + 1;
    case 'u':
        if (size == 'l') snprintf(digits, sizeof digits, "%lu", va_arg(*va, unsigned long));
        else if (size == 'L') snprintf(digits, sizeof digits, "%llu", va_arg(*va, unsigned long long));
        else if (size == 'z') snprintf(digits, sizeof digits, "%zu", va_arg(*va, size_t));
        else snprintf(digits, sizeof digits, "%u", va_arg(*va, unsigned int));
        *err = put_int(pieces, digits, width, precision, zeropad) < 0;
        return f + 1;
    case 'x':
        snprintf(digits, sizeof digits, "%x", va_arg(*va, unsigned int));
        *err = put_int(pieces, digits, width, precision, zeropad) < 0;
        return f + 1;
    case 'p': {
        /* glibc prints NULL as "(nil)"; CPython then adds its "0x" in front of it too. */
        snprintf(digits + 2, sizeof digits - 2, "%p", va_arg(*va, void *));
        const char *p = digits + 2;
        if (strncmp(p, "0x", 2) != 0) p = memcpy(digits, "0x", 2);
        *err = put_int(pieces, p, width, precision, zeropad) < 0;
        return f + 1;
    }
    case 's':
        *err = put_cstr(pieces, va_arg(*va, const char *), width, precision) < 0;
        return f + 1;
    case 'U':
        o = va_arg(*va, PyObject *);
        *err = put(pieces, Py_NewRef(o), width, precision, ' ') < 0;
        return f + 1;
    case 'V': {
        o = va_arg(*va, PyObject *);
        const char *s = va_arg(*va, const char *);
        *err = (o ? put(pieces, Py_NewRef(o), width, precision, ' ') : put_cstr(pieces, s, width, precision)) < 0;
        return f + 1;
    }
    case 'S': case 'R': case 'A':
        o = va_arg(*va, PyObject *);
        o = *f == 'S' ? PyObject_Str(o) : *f == 'R' ? PyObject_Repr(o) : PyObject_ASCII(o);
        *err = put(pieces, o, width, precision, ' ') < 0;
        return f + 1;
    default:
        return NULL;
    }
}

PyObject *PyUnicode_FromFormatV(const char *format, va_list vargs) {
    PyObject *pieces = PyList_New(0);
    if (!pieces) return NULL;
    va_list va;
    va_copy(va, vargs);
    const char *f = format;
    bool err = false;
    while (*f && !err) {
        const char *pct = strchr(f, '%');
        const char *end = pct ? pct : f + strlen(f);
        if (end > f && put(pieces, PyUnicode_DecodeUTF8(f, end - f, "strict"), -1, -1, ' ') < 0) break;
        if (!pct) {
            f = end;
            break;
        }
        const char *next = convert(pieces, pct + 1, &va, &err);
        if (!next) {   /* unknown conversion: the rest goes out as it is */
            err = put(pieces, PyUnicode_DecodeUTF8(pct, (Py_ssize_t)strlen(pct), "strict"), -1, -1, ' ') < 0;
            f = "";
            break;
        }
        f = next;
    }
    va_end(va);
    PyObject *r = NULL;
    if (!err && !*f) {
        PyObject *empty = PyUnicode_FromStringAndSize("", 0);
        r = empty ? PyUnicode_Join(empty, pieces) : NULL;
        Py_XDECREF(empty);
    }
    Py_DECREF(pieces);
    return r;
}
PyObject *PyUnicode_FromFormat(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = PyUnicode_FromFormatV(format, va);
    va_end(va);
    return r;
}
