/* Legacy C API: PyArg_Parse* (format units of CPython 3.11's getargs) and Py_BuildValue. */
#include <float.h>
#include <wchar.h>

#include "legacy.h"

#define T_ legacy_thread()
#define R(o) legacy_ref(o)

static const char *tname(PyObject *o) { return o == Py_None ? "None" : type_name((Type *)Py_TYPE(o)); }

static const char *converr(const char *expected, PyObject *arg, char *buf, size_t n) {
    if (expected[0] == '(') snprintf(buf, n, "%.50s", expected);
    else snprintf(buf, n, "must be %.50s, not %.50s", expected, tname(arg));
    return buf;
}

/* Error already set: convert_one returns this. */
#define ERR_SET ((const char *)1)

static const char *convert_one(PyObject *arg, const char **pfmt, va_list *va, int *levels,
                               char *buf, size_t bufsize);

static const char *convert_tuple(PyObject *arg, const char **pfmt, va_list *va, int *levels,
                                 char *buf, size_t bufsize) {
    const char *f = *pfmt;
    int level = 0, n = 0;
    for (;;) {
        char c = *f++;
        if (c == '(') {
            if (level == 0) n++;
            level++;
        } else if (c == ')') {
            if (level == 0) break;
            level--;
        } else if (c == ':' || c == ';' || c == '\0') {
            break;
        } else if (level == 0 && c >= 'A' && strchr("#&*!", c) == NULL) {
            n++;
        } else if (level == 0 && c >= 'a' && c <= 'z') {
            n++;
        }
    }
    if (!PySequence_Check(arg) || PyUnicode_Check(arg) || PyBytes_Check(arg)) {
        levels[0] = 0;
        snprintf(buf, bufsize, "must be %d-item sequence, not %.50s", n, tname(arg));
        return buf;
    }
    Py_ssize_t len = PySequence_Size(arg);
    if (len != n) {
        levels[0] = 0;
        snprintf(buf, bufsize, "must be sequence of length %d, not %zd", n, len);
        return buf;
    }
    const char *fmt = *pfmt;
    for (int i = 0; i < n; i++) {
        PyObject *item = PySequence_GetItem(arg, i);
        if (!item) return ERR_SET;
        const char *msg = convert_one(item, &fmt, va, levels + 1, buf, bufsize);
        /* The item is kept alive by the sequence for tuples/lists; others are rare. */
        Py_DECREF(item);
        if (msg) {
            levels[0] = i + 1;
            return msg;
        }
    }
    if (*fmt != ')') return "(bad format)";
    *pfmt = fmt + 1;
    return NULL;
}

/* Stores v for integer unit c, with CPython's range checks for b, h and i. NULL or ERR_SET. */
static const char *store_int(char c, long long v, va_list *va) {
    switch (c) {
    case 'b':
        if (v < 0) { PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is less than minimum"); return ERR_SET; }
        if (v > UCHAR_MAX) { PyErr_SetString(PyExc_OverflowError, "unsigned byte integer is greater than maximum"); return ERR_SET; }
        *va_arg(*va, unsigned char *) = (unsigned char)v;
        break;
    case 'B': *va_arg(*va, unsigned char *) = (unsigned char)v; break;
    case 'h':
        if (v < SHRT_MIN) { PyErr_SetString(PyExc_OverflowError, "signed short integer is less than minimum"); return ERR_SET; }
        if (v > SHRT_MAX) { PyErr_SetString(PyExc_OverflowError, "signed short integer is greater than maximum"); return ERR_SET; }
        *va_arg(*va, short *) = (short)v;
        break;
    case 'H': *va_arg(*va, unsigned short *) = (unsigned short)v; break;
    case 'i':
        if (v > INT_MAX) { PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum"); return ERR_SET; }
        if (v < INT_MIN) { PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum"); return ERR_SET; }
        *va_arg(*va, int *) = (int)v;
        break;
    case 'I': *va_arg(*va, unsigned int *) = (unsigned int)v; break;
    case 'l': *va_arg(*va, long *) = (long)v; break;
    case 'k': *va_arg(*va, unsigned long *) = (unsigned long)v; break;
    case 'L': *va_arg(*va, long long *) = v; break;
    case 'K': *va_arg(*va, unsigned long long *) = (unsigned long long)v; break;
    case 'n': *va_arg(*va, Py_ssize_t *) = (Py_ssize_t)v; break;
    }
    return NULL;
}

/* es/et (after '#' too): arg's text encoded (et: bytes and bytearray as they are) into a
 * PyMem buffer, or with '#' into the caller's buffer when *buffer is not NULL. *pf is past
 * the 'e'. */
static const char *convert_encoded(PyObject *arg, const char **pf, va_list *va, char *buf, size_t bufsize) {
    const char *f = *pf;
    bool recode = *f++ == 's';
    bool sized = *f == '#';
    if (sized) f++;
    *pf = f;
    const char *encoding = va_arg(*va, const char *);
    char **buffer = va_arg(*va, char **);
    Py_ssize_t *buffer_len = sized ? va_arg(*va, Py_ssize_t *) : NULL;
    PyObject *data;
    if (!recode && (PyBytes_Check(arg) || PyByteArray_Check(arg))) {
        data = PyBytes_FromObject(arg);
    } else if (PyUnicode_Check(arg)) {
        data = PyUnicode_AsEncodedString(arg, encoding ? encoding : "utf-8", NULL);
    } else {
        return converr(recode ? "str" : "str, bytes or bytearray", arg, buf, bufsize);
    }
    if (!data) return ERR_SET;
    Py_ssize_t size = PyBytes_GET_SIZE(data);
    const char *ptr = PyBytes_AS_STRING(data);
    const char *msg = NULL;
    if (sized && *buffer) {
        if (size + 1 > *buffer_len) {
            PyErr_Format(PyExc_ValueError, "encoded string too long (%zd, maximum length %zd)", size, *buffer_len - 1);
            msg = ERR_SET;
        }
    } else if (!sized && (Py_ssize_t)strlen(ptr) != size) {
        msg = converr("encoded string without null bytes", arg, buf, bufsize);
    } else if (!(*buffer = PyMem_Malloc((size_t)size + 1))) {
        PyErr_NoMemory();
        msg = ERR_SET;
    }
    if (!msg) {
        memcpy(*buffer, ptr, (size_t)size + 1);
        if (sized) *buffer_len = size;
    }
    Py_DECREF(data);
    return msg;
}

static const char *convert_one(PyObject *arg, const char **pfmt, va_list *va, int *levels,
                               char *buf, size_t bufsize) {
    levels[0] = 0;   /* no nesting to report unless convert_tuple says so */
    const char *f = *pfmt;
    char c = *f++;
    if (c == '(') {
        *pfmt = f;
        return convert_tuple(arg, pfmt, va, levels, buf, bufsize);
    }
    switch (c) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'k':
    case 'L': case 'K': case 'n': {
        long long v;
        int64_t small;
        if (legacy_small_int(arg, &small)) {
            v = small;   /* every unit agrees on an exact int within int64 */
        } else {
            if ((c == 'k' || c == 'K') && !int_check(R(arg))) return converr("int", arg, buf, bufsize);
            if (c == 'B' || c == 'H' || c == 'I' || c == 'k' || c == 'K')
                v = (long long)PyLong_AsUnsignedLongLongMask(arg);
            else if (c == 'n') {
                PyObject *index = PyNumber_Index(arg);
                v = index ? PyLong_AsSsize_t(index) : -1;
                Py_XDECREF(index);
            } else {
                v = c == 'L' ? PyLong_AsLongLong(arg) : PyLong_AsLong(arg);
            }
            if (v == -1 && PyErr_Occurred()) return ERR_SET;
        }
        *pfmt = f;
        return store_int(c, v, va);
    }
    case 'c': {
        char *p = va_arg(*va, char *);
        if (PyBytes_Check(arg) && PyBytes_GET_SIZE(arg) == 1) *p = PyBytes_AS_STRING(arg)[0];
        else if (PyByteArray_Check(arg) && PyByteArray_Size(arg) == 1) *p = PyByteArray_AsString(arg)[0];
        else return converr("a byte string of length 1", arg, buf, bufsize);
        break;
    }
    case 'C': {
        int *p = va_arg(*va, int *);
        if (!PyUnicode_Check(arg)) return converr("a unicode character", arg, buf, bufsize);
        if (PyUnicode_GET_LENGTH(arg) != 1) return converr("a unicode character", arg, buf, bufsize);
        *p = (int)PyUnicode_READ_CHAR(arg, 0);
        break;
    }
    case 'p': {
        int *p = va_arg(*va, int *);
        int r = PyObject_IsTrue(arg);
        if (r < 0) return ERR_SET;
        *p = r;
        break;
    }
    case 'f': case 'd': {
        double d = PyFloat_AsDouble(arg);
        if (d == -1.0 && PyErr_Occurred()) return ERR_SET;
        if (c == 'f') *va_arg(*va, float *) = (float)d;
        else *va_arg(*va, double *) = d;
        break;
    }
    case 'D': {
        Py_complex *p = va_arg(*va, Py_complex *);
        p->real = PyComplex_RealAsDouble(arg);
        if (PyErr_Occurred()) return ERR_SET;
        p->imag = PyComplex_ImagAsDouble(arg);
        break;
    }
    case 's': case 'z': case 'y': {
        bool none_ok = c == 'z', str_ok = c != 'y';
        if (*f == '*') {
            f++;
            Py_buffer *view = va_arg(*va, Py_buffer *);
            if (none_ok && arg == Py_None) {
                memset(view, 0, sizeof *view);
                break;
            }
            if (str_ok && PyUnicode_Check(arg)) {
                Py_ssize_t n;
                const char *u = PyUnicode_AsUTF8AndSize(arg, &n);
                if (!u) return ERR_SET;
                PyBuffer_FillInfo(view, arg, (void *)u, n, 1, 0);
                break;
            }
            if (PyObject_GetBuffer(arg, view, PyBUF_SIMPLE) < 0) return ERR_SET;
            break;
        }
        const char **p = va_arg(*va, const char **);
        Py_ssize_t *plen = NULL, len;
        if (*f == '#') {
            f++;
            plen = va_arg(*va, Py_ssize_t *);
        }
        if (none_ok && arg == Py_None) {
            *p = NULL;
            if (plen) *plen = 0;
            break;
        }
        if (str_ok && PyUnicode_Check(arg)) {
            *p = PyUnicode_AsUTF8AndSize(arg, &len);
            if (!*p) return ERR_SET;
        } else if (str_ok && !plen) {
            return converr(none_ok ? "str or None" : "str", arg, buf, bufsize);
        } else if (PyBytes_Check(arg)) {
            *p = PyBytes_AS_STRING(arg);
            len = PyBytes_GET_SIZE(arg);
        } else if (PyObject_CheckBuffer(arg)) {   /* a buffer that must be released */
            return converr("read-only bytes-like object", arg, buf, bufsize);
        } else {
            PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'", tname(arg));
            return ERR_SET;
        }
        if (plen) {
            *plen = len;
        } else if ((Py_ssize_t)strlen(*p) != len) {
            PyErr_SetString(PyExc_ValueError, c == 'y' ? "embedded null byte" : "embedded null character");
            return ERR_SET;
        }
        break;
    }
    case 'u': case 'Z': {   /* Py_UNICODE (wchar_t), deprecated; Z accepts None */
        const wchar_t **p = va_arg(*va, const wchar_t **);
        Py_ssize_t *plen = NULL;
        if (*f == '#') {
            f++;
            plen = va_arg(*va, Py_ssize_t *);
        }
        char warning[64];
        snprintf(warning, sizeof warning, "getargs: The '%c' format is deprecated. Use 'U' instead.", c);
        if (PyErr_WarnEx(PyExc_DeprecationWarning, warning, 1) < 0) return ERR_SET;
        if (c == 'Z' && arg == Py_None) {
            *p = NULL;
            if (plen) *plen = 0;
            break;
        }
        if (!PyUnicode_Check(arg)) return converr(c == 'Z' ? "str or None" : "str", arg, buf, bufsize);
        intptr_t len;
        *p = str_wchar(T_, (Object *)arg, &len);
        if (!*p) return ERR_SET;
        if (plen) {
            *plen = len;
        } else if ((intptr_t)wcslen(*p) != len) {
            PyErr_SetString(PyExc_ValueError, "embedded null character");
            return ERR_SET;
        }
        break;
    }
    case 'S':
        if (!PyBytes_Check(arg)) return converr("bytes", arg, buf, bufsize);
        *va_arg(*va, PyObject **) = arg;
        break;
    case 'Y':
        if (!PyByteArray_Check(arg)) return converr("bytearray", arg, buf, bufsize);
        *va_arg(*va, PyObject **) = arg;
        break;
    case 'U':
        if (!PyUnicode_Check(arg)) return converr("str", arg, buf, bufsize);
        *va_arg(*va, PyObject **) = arg;
        break;
    case 'O':
        if (*f == '!') {
            f++;
            PyTypeObject *type = va_arg(*va, PyTypeObject *);
            PyObject **p = va_arg(*va, PyObject **);
            if (!PyObject_TypeCheck(arg, type)) return converr(type_name((Type *)type), arg, buf, bufsize);
            *p = arg;
        } else if (*f == '&') {
            f++;
            int (*conv)(PyObject *, void *) = va_arg(*va, int (*)(PyObject *, void *));
            void *addr = va_arg(*va, void *);
            if (!conv(arg, addr)) return PyErr_Occurred() ? ERR_SET : "(unspecified)";
        } else {
            *va_arg(*va, PyObject **) = arg;
        }
        break;
    case 'w':
        if (*f == '*') {
            f++;
            Py_buffer *view = va_arg(*va, Py_buffer *);
            if (PyObject_GetBuffer(arg, view, PyBUF_WRITABLE) < 0) {
                PyErr_Clear();
                return converr("read-write bytes-like object", arg, buf, bufsize);
            }
            break;
        }
        return "(invalid use of 'w' format character)";
    case 'e':
        if (*f == 's' || *f == 't') {
            *pfmt = f;
            return convert_encoded(arg, pfmt, va, buf, bufsize);
        }
        /* fall through */
    default:
        return "(impossible<bad format char>)";
    }
    *pfmt = f;
    return NULL;
}

static void seterror(Py_ssize_t iarg, const char *msg, int *levels, const char *fname,
                     const char *message) {
    if (PyErr_Occurred() || msg == ERR_SET) return;
    char buf[512];
    if (!message) {
        char *p = buf;
        size_t left = sizeof buf;
        int n = 0;
        if (fname) n = snprintf(p, left, "%.200s() ", fname);
        p += n, left -= (size_t)n;
        if (iarg) {
            n = snprintf(p, left, "argument %zd", iarg);
            p += n, left -= (size_t)n;
            for (int i = 0; i < 32 && levels[i] > 0 && left > 40; i++) {
                n = snprintf(p, left, ", item %d", levels[i] - 1);
                p += n, left -= (size_t)n;
            }
        } else {
            n = snprintf(p, left, "argument");
            p += n, left -= (size_t)n;
        }
        snprintf(p, left, " %.256s", msg);
        message = buf;
    }
    /* "(...)" messages blame the format or the converter, not the argument. */
    PyErr_SetString(msg[0] == '(' ? PyExc_SystemError : PyExc_TypeError, message);
}

/* Splits "units:fname" / "units;message". Counts min (units before '|'), max (all units)
 * and maxpos (units before '$', the positional ones). */
static void scan_format(const char *format, const char **fname, const char **message,
                        int *min, int *max, int *maxpos) {
    int level = 0, n = 0, lo = -1, pos = -1;
    *fname = *message = NULL;
    for (const char *f = format; *f; f++) {
        switch (*f) {
        case '(':
            if (level++ == 0) n++;
            continue;
        case ')':
            level--;
            continue;
        case 'e':   /* only prefixes the s/t unit after it */
            continue;
        default:
            break;
        }
        if (level) continue;
        switch (*f) {
        case '|':
            lo = n;
            break;
        case '$':   /* keyword-only; still required unless after '|' */
            if (pos < 0) pos = n;
            break;
        case ':':
            *fname = f + 1;
            goto done;
        case ';':
            *message = f + 1;
            goto done;
        default:
            if ((*f >= 'a' && *f <= 'z') || (*f >= 'A' && *f <= 'Z')) n++;
        }
    }
done:
    *max = n;
    *min = lo < 0 ? n : lo;
    *maxpos = pos < 0 ? n : pos;
}

/* An argument held as a Ref (a tuple item, a kwargs value) for the unit at *pfmt: a tagged
 * int for an integer unit is stored without boxing it. True when done (*msg says how). */
static inline bool convert_tagged(Ref v, const char **pfmt, va_list *va, const char **msg) {
    char c = **pfmt;
    if (!ref_is_int(v)) return false;
    switch (c) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'k': case 'L':
    case 'K': case 'n':
        break;
    default:
        return false;
    }
    (*pfmt)++;
    *msg = store_int(c, ref_int(v), va);
    return true;
}

/* Converts item i of the args tuple, boxing it (in its slot) only when needed. */
static const char *convert_item(PyObject *args, Py_ssize_t i, const char **pfmt, va_list *va,
                                int *levels, char *buf, size_t bufsize) {
    Ref *slot = &tuple_items((Object *)args)[i];
    const char *msg;
    if (convert_tagged(*slot, pfmt, va, &msg)) return msg;
    PyObject *arg = legacy_box_slot(T_, slot);
    return arg ? convert_one(arg, pfmt, va, levels, buf, bufsize) : ERR_SET;
}

/* ---- the common case in one pass ---------------------------------------------------------
 * Most formats are flat lists of units that each fill one output from the argument alone
 * ('l', 'O', 'd', 's', ...), and most calls are well-formed. parse_simple checks the whole
 * call before converting anything (counts, keyword names, required parameters) and
 * returns -1, with nothing done and va untouched, when the format or the call needs the
 * general walk below, which also words every such error. Then it converts each argument
 * once; one that fails is reported as the general walk reports it. kwlist NULL:
 * PyArg_ParseTuple's positional form. */
#define SIMPLE_MAX 16
static bool simple_unit(const char *f) {
    switch (f[0]) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'k': case 'L':
    case 'K': case 'n': case 'f': case 'd': case 'D': case 'c': case 'C': case 'p': case 'O':
    case 'S': case 'U': case 'Y': case 's': case 'z': case 'y':
        return f[1] != '#' && f[1] != '*' && f[1] != '!' && f[1] != '&';
    default:
        return false;
    }
}
static int parse_simple(PyObject *args, PyObject *kwargs, const char *format, char **kwlist, va_list *va) {
    if (!args || !tuple_check_exact(R(args)) || (kwargs && !dict_check_exact(R(kwargs)))) return -1;
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    Py_ssize_t nkw = kwargs ? dict_size((Object *)kwargs) : 0;
    const char *unit[SIMPLE_MAX];
    int n = 0, min = -1, maxpos = -1;
    for (const char *f = format; *f != ':' && *f != ';' && *f; f++) {
        if (*f == '|' && min < 0) min = n;
        else if (*f == '$' && maxpos < 0) maxpos = n;
        else if (n < SIMPLE_MAX && simple_unit(f)) unit[n++] = f;
        else return -1;
    }
    if (min < 0) min = n;
    if (maxpos < 0) maxpos = n;
    Ref found[SIMPLE_MAX];
    PyObject *keys[SIMPLE_MAX];
    if (!kwlist) {
        if (maxpos != n || nargs < min || nargs > n) return -1;
    } else {
        int len = 0, pos = 0;
        while (len <= n && kwlist[len]) len++;
        while (pos < len && !*kwlist[pos]) pos++;
        if (len != n || nargs > maxpos) return -1;
        for (int i = (int)nargs; i < n; i++) found[i] = REF_NULL;
        intptr_t p = 0;
        Ref k, v;
        while (nkw && dict_next((Object *)kwargs, &p, &k, &v)) {
            if (!str_check_exact(k)) return -1;
            Thread *t = T_;
            const char *ks = str_utf8(t, ref_obj(k), NULL);
            if (!ks) {
                err_clear(t);
                return -1;
            }
            int i = pos;
            while (i < n && strcmp(ks, kwlist[i]) != 0) i++;
            if (i == n || i < nargs) return -1;   /* unknown, or also given by position */
            found[i] = v;
            keys[i] = legacy_obj(ref_obj(k));
        }
        for (int i = (int)nargs; i < min; i++)
            if (ref_is_null(found[i])) return -1;   /* a required parameter missing */
    }
    char buf[256];
    int levels[32];
    for (int i = 0; i < n; i++) {
        const char *f = unit[i], *msg;
        levels[0] = 0;
        if (i < nargs) {
            if (!convert_tagged(tuple_items((Object *)args)[i], &f, va, &msg))
                msg = convert_item(args, i, &f, va, levels, buf, sizeof buf);
        } else if (!kwlist || ref_is_null(found[i])) {
            (void)va_arg(*va, void *);   /* not given: its output is left alone */
            continue;
        } else if (!convert_tagged(found[i], &f, va, &msg)) {
            /* PyDict_GetItem boxes a tagged value in its entry, where it stays alive. */
            PyObject *arg = ref_is_int(found[i]) ? PyDict_GetItemWithError(kwargs, keys[i])
                                                 : legacy_obj(ref_obj(found[i]));
            msg = arg ? convert_one(arg, &f, va, levels, buf, sizeof buf) : ERR_SET;
        }
        if (msg) {
            const char *fname, *message;
            int lo, hi, kwpos;
            scan_format(format, &fname, &message, &lo, &hi, &kwpos);
            seterror(i + 1, msg, levels, fname, message);
            return 0;
        }
    }
    return 1;
}
#undef SIMPLE_MAX

static int vgetargs(PyObject *args, const char *format, va_list *va) {
    int done = parse_simple(args, NULL, format, NULL, va);
    if (done >= 0) return done;
    const char *fname, *message;
    int min, max, maxpos;
    scan_format(format, &fname, &message, &min, &max, &maxpos);
    if (!args || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "new style getargs format but argument is not a tuple");
        return 0;
    }
    Py_ssize_t len = PyTuple_GET_SIZE(args);
    if (len < min || max < len) {
        if (message) PyErr_SetString(PyExc_TypeError, message);
        else {
            int n = len < min ? min : max;
            PyErr_Format(PyExc_TypeError, "%.150s%s takes %s %d argument%s (%zd given)",
                         fname ? fname : "function", fname ? "()" : "",
                         min == max ? "exactly" : len < min ? "at least" : "at most", n,
                         n == 1 ? "" : "s", len);
        }
        return 0;
    }
    const char *f = format;
    char buf[256];
    int levels[32];
    for (Py_ssize_t i = 0; i < len; i++) {
        while (*f == '|' || *f == '$') f++;
        levels[0] = 0;
        const char *msg = convert_item(args, i, &f, va, levels, buf, sizeof buf);
        if (msg) {
            seterror(i + 1, msg, levels, fname, message);
            return 0;
        }
    }
    return 1;
}

#undef PyArg_ParseTuple
#undef PyArg_ParseTupleAndKeywords
#undef Py_BuildValue
int PyArg_ParseTuple(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = vgetargs(args, format, &va);
    va_end(va);
    return r;
}
int _PyArg_ParseTuple_SizeT(PyObject *args, const char *format, ...) {
    va_list va;
    va_start(va, format);
    int r = vgetargs(args, format, &va);
    va_end(va);
    return r;
}
int PyArg_VaParse(PyObject *args, const char *format, va_list va) {
    va_list copy;
    va_copy(copy, va);
    int r = vgetargs(args, format, &copy);
    va_end(copy);
    return r;
}
int PyArg_Parse(PyObject *arg, const char *format, ...) {
    const char *fname, *message;
    int min, max, maxpos;
    scan_format(format, &fname, &message, &min, &max, &maxpos);
    va_list va;
    va_start(va, format);
    char buf[256];
    int levels[32] = {0};
    const char *f = format;
    const char *msg = convert_one(arg, &f, &va, levels, buf, sizeof buf);
    va_end(va);
    if (msg) {
        seterror(0, msg, levels, fname, message);
        return 0;
    }
    return 1;
}

/* Sorts the keyword arguments onto the parameters that may be given by name
 * (kwlist[pos..len)), comparing text rather than building a str per name: a call passes
 * few keywords. found[i] gets the value (borrowed) and keys[i] the dict's key for
 * kwlist[i]; the rest stay REF_NULL. Returns how many keywords found a parameter; non-str
 * and unknown keys are reported by the caller once the parameters are done. */
static Py_ssize_t match_keywords(Thread *t, PyObject *kwargs, char **kwlist, int pos, int len,
                                 Ref *found, PyObject **keys) {
    for (int i = 0; i < len; i++) found[i] = REF_NULL;
    Py_ssize_t matched = 0;
    intptr_t p = 0;
    Ref k, v;
    while (dict_next((Object *)kwargs, &p, &k, &v)) {
        if (!str_check(k)) continue;
        const char *ks = str_utf8(t, ref_obj(k), NULL);
        if (!ks) {
            err_clear(t);
            continue;
        }
        for (int i = pos; i < len; i++) {
            if (strcmp(ks, kwlist[i]) == 0) {
                found[i] = v;
                keys[i] = legacy_obj(ref_obj(k));
                matched++;
                break;
            }
        }
    }
    return matched;
}

/* Steps over the unit at *pf of an argument that was not given, and over the va_list
 * pointers it would have filled (left untouched, as CPython does). A tuple unit steps over
 * each unit inside it. */
static void skip_unit(const char **pf, va_list *va) {
    const char *f = *pf;
    char c = *f++;
    if (c == '(') {
        while (*f && *f != ')') skip_unit(&f, va);
        if (*f == ')') f++;
        *pf = f;
        return;
    }
    int outputs = 1;
    if (c == 'e') {   /* es, et: the encoding, then the buffer */
        outputs = 2;
        if (*f) f++;
    }
    if (*f == '#') {
        outputs++;
        f++;
    } else if (*f == '!' || *f == '&') {
        outputs = 2;
        f++;
    } else if (*f == '*') {
        f++;
    }
    for (int k = 0; k < outputs; k++) (void)va_arg(*va, void *);
    *pf = f;
}

/* vgetargskw's walk over the parameters, once the keywords are sorted onto them. */
static int parse_parameters(PyObject *args, PyObject *kwargs, const char *format,
                            char **kwlist, va_list *va, Py_ssize_t nargs, Py_ssize_t nkw,
                            Py_ssize_t kw_used, const Ref *found, PyObject *const *keys, int len,
                            int pos, int min, const char *fname, const char *message) {
    const char *fn = fname ? fname : "function";
    const char *paren = fname ? "()" : "";
    const char *f = format;
    char buf[256];
    int levels[32];
    bool optional = false;
    Py_ssize_t consumed = 0;   /* keyword arguments converted so far */
    for (int i = 0; i < len; i++) {
        while (*f == '|' || *f == '$') {
            if (*f == '|') optional = true;
            f++;
        }
        if (*f == ':' || *f == ';' || !*f) {
            PyErr_Format(PyExc_SystemError, "More keyword list entries (%d) than format specifiers (%d)", len, i);
            return 0;
        }
        Ref kwv = nkw ? found[i] : REF_NULL;
        if (i < nargs && !ref_is_null(kwv)) {
            PyErr_Format(PyExc_TypeError, "argument for %.200s%s given by name ('%s') and position (%d)",
                         fn, paren, kwlist[i], i + 1);
            return 0;
        }
        if (i >= nargs && ref_is_null(kwv)) {
            if (!optional && i >= min) optional = true;
            if (!optional && i < min) {
                if (i < pos) {
                    PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)",
                                 fn, paren, min < len ? "at least" : "exactly", pos < min ? pos : min,
                                 (pos < min ? pos : min) == 1 ? "" : "s", nargs);
                } else {
                    PyErr_Format(PyExc_TypeError, "%.200s%s missing required argument '%s' (pos %d)",
                                 fn, paren, kwlist[i], i + 1);
                }
                return 0;
            }
            /* Every keyword used: done, whatever the format and kwlist still hold. */
            if (consumed == nkw) return 1;
            skip_unit(&f, va);
            continue;
        }
        levels[0] = 0;
        const char *msg;
        if (i < nargs) {
            msg = convert_item(args, i, &f, va, levels, buf, sizeof buf);
        } else if (consumed++, !convert_tagged(kwv, &f, va, &msg)) {
            /* PyDict_GetItem boxes a tagged value in its entry, where it stays alive. */
            PyObject *arg = ref_is_int(kwv) ? PyDict_GetItemWithError(kwargs, keys[i]) : legacy_obj(ref_obj(kwv));
            msg = arg ? convert_one(arg, &f, va, levels, buf, sizeof buf) : ERR_SET;
        }
        if (msg) {
            seterror(i + 1, msg, levels, fname, message);
            return 0;
        }
    }
    if (nkw > kw_used) {
        Py_ssize_t p = 0;
        PyObject *key, *value;
        while (PyDict_Next(kwargs, &p, &key, &value)) {
            if (!key || !PyUnicode_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
                return 0;
            }
            const char *ks = PyUnicode_AsUTF8(key);
            bool match = false;
            for (int i = pos; i < len && ks; i++)
                if (!strcmp(ks, kwlist[i])) match = true;
            if (!match) {
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %.200s%s",
                             key, fname ? fname : "this function", paren);
                return 0;
            }
        }
    }
    return 1;
}

static int vgetargskw(PyObject *args, PyObject *kwargs, const char *format, char **kwlist,
                      va_list *va) {
    int done = kwlist ? parse_simple(args, kwargs, format, kwlist, va) : -1;
    if (done >= 0) return done;
    const char *fname, *message;
    int min, max_units, maxpos;
    scan_format(format, &fname, &message, &min, &max_units, &maxpos);
    if (!args || !PyTuple_Check(args) || (kwargs && !PyDict_Check(kwargs)) || !kwlist) {
        PyErr_BadInternalCall();
        return 0;
    }
    Thread *t = T_;
    int len = 0, pos = 0;
    while (kwlist[len]) len++;
    while (pos < len && !*kwlist[pos]) pos++;   /* positional-only parameters */
    if (maxpos == max_units || maxpos > len) maxpos = len;   /* no '$': all may be positional */
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    Py_ssize_t nkw = kwargs ? PyDict_Size(kwargs) : 0;
    const char *fn = fname ? fname : "function";
    const char *paren = fname ? "()" : "";
    if (nargs + nkw > len) {
        PyErr_Format(PyExc_TypeError, "%.200s%s takes at most %d %sargument%s (%zd given)", fn,
                     paren, len, nargs == 0 ? "keyword " : "", len == 1 ? "" : "s", nargs + nkw);
        return 0;
    }
    if (nargs > maxpos && maxpos == 0) {
        PyErr_Format(PyExc_TypeError, "%.200s%s takes no positional arguments", fn, paren);
        return 0;
    }
    if (nargs > maxpos) {
        PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)",
                     fn, paren, min < len ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return 0;
    }
    Ref found_small[16];
    PyObject *keys_small[16];
    Ref *found = found_small;
    PyObject **keys = keys_small;
    Py_ssize_t kw_used = 0;
    if (nkw) {
        if (len > 16) {
            found = mem_alloc(t, (size_t)len * (sizeof(Ref) + sizeof(PyObject *)));
            if (!found) return 0;
            keys = (PyObject **)(found + len);
        }
        kw_used = match_keywords(t, kwargs, kwlist, pos, len, found, keys);
    }
    int ok = parse_parameters(args, kwargs, format, kwlist, va, nargs, nkw, kw_used, found, keys,
                              len, pos, min, fname, message);
    if (found != found_small) mem_free(found);
    return ok;
}

int PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kw, const char *format, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = vgetargskw(args, kw, format, kwlist, &va);
    va_end(va);
    return r;
}
int _PyArg_ParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kw, const char *format, char **kwlist, ...) {
    va_list va;
    va_start(va, kwlist);
    int r = vgetargskw(args, kw, format, kwlist, &va);
    va_end(va);
    return r;
}
int PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kw, const char *format, char **kwlist, va_list va) {
    va_list copy;
    va_copy(copy, va);
    int r = vgetargskw(args, kw, format, kwlist, &copy);
    va_end(copy);
    return r;
}

int PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...) {
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    if (!_PyArg_CheckPositional(name, n, min, max)) return 0;
    va_list va;
    va_start(va, max);
    for (Py_ssize_t i = 0; i < n; i++) *va_arg(va, PyObject **) = PyTuple_GET_ITEM(args, i);
    va_end(va);
    return 1;
}
int _PyArg_CheckPositional(const char *name, Py_ssize_t n, Py_ssize_t min, Py_ssize_t max) {
    if (n < min) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", n);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", n);
        return 0;
    }
    if (n > max) {
        if (name)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", name,
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", n);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", n);
        return 0;
    }
    return 1;
}
int _PyArg_NoKeywords(const char *funcname, PyObject *kw) {
    if (!kw || (PyDict_Check(kw) && PyDict_Size(kw) == 0)) return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
    return 0;
}
int _PyArg_NoPositional(const char *funcname, PyObject *args) {
    if (!args || (PyTuple_Check(args) && PyTuple_GET_SIZE(args) == 0)) return 1;
    PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments", funcname);
    return 0;
}
int PyArg_ValidateKeywordArguments(PyObject *kw) {
    Py_ssize_t p = 0;
    PyObject *k, *v;
    while (PyDict_Next(kw, &p, &k, &v))
        if (!k || !PyUnicode_Check(k)) {
            PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            return 0;
        }
    return 1;
}

/* ---- Py_BuildValue --------------------------------------------------------------------------- */
static PyObject *build_one(const char **pf, va_list *va, int *ok);

static int count_items(const char *f, char end) {
    int level = 0, n = 0;
    for (; *f; f++) {
        if (level == 0 && *f == end) return n;
        switch (*f) {
        case '(': case '[': case '{':
            if (level == 0) n++;
            level++;
            break;
        case ')': case ']': case '}':
            level--;
            break;
        case '#': case '&': case ',': case ':': case ' ': case '\t': case '!':
            break;
        default:
            if (level == 0) n++;
        }
    }
    return end ? -1 : n;
}

static PyObject *build_seq(const char **pf, va_list *va, char end, int n, int kind, int *ok) {
    PyObject *r = kind == 0 ? PyTuple_New(n) : kind == 1 ? PyList_New(n) : PyDict_New();
    if (!r) *ok = 0;
    PyObject *key = NULL;
    for (int i = 0; i < n; i++) {
        while (**pf == ',' || **pf == ':' || **pf == ' ' || **pf == '\t') (*pf)++;
        PyObject *v = build_one(pf, va, ok);
        if (!v) {
            *ok = 0;
            continue;   /* keep consuming arguments (N must still be released) */
        }
        if (!r || !*ok) {
            Py_DECREF(v);
            continue;
        }
        if (kind == 0) PyTuple_SET_ITEM(r, i, v);
        else if (kind == 1) PyList_SET_ITEM(r, i, v);
        else if (i % 2 == 0) key = v;
        else {
            if (PyDict_SetItem(r, key, v) < 0) *ok = 0;
            Py_DECREF(key);
            Py_DECREF(v);
            key = NULL;
        }
    }
    Py_XDECREF(key);
    while (**pf == ',' || **pf == ' ' || **pf == '\t') (*pf)++;
    if (**pf == end) (*pf)++;
    if (!*ok) {
        Py_XDECREF(r);
        return NULL;
    }
    return r;
}

static PyObject *build_one(const char **pf, va_list *va, int *ok) {
    char c = *(*pf)++;
    switch (c) {
    case '(': case '[': case '{': {
        char end = c == '(' ? ')' : c == '[' ? ']' : '}';
        int n = count_items(*pf, end);
        if (n < 0) {
            PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
            *ok = 0;
            return NULL;
        }
        if (c != '{') return build_seq(pf, va, end, n, c == '[', ok);
        if (n % 2) {
            PyErr_SetString(PyExc_SystemError, "Bad dict format");
            *ok = 0;
            return NULL;
        }
        return build_seq(pf, va, '}', n, 2, ok);
    }
    case 'b': case 'B': case 'h': case 'i': return PyLong_FromLong(va_arg(*va, int));
    case 'H': case 'I': return PyLong_FromUnsignedLong(va_arg(*va, unsigned int));
    case 'n': return PyLong_FromSsize_t(va_arg(*va, Py_ssize_t));
    case 'l': return PyLong_FromLong(va_arg(*va, long));
    case 'k': return PyLong_FromUnsignedLong(va_arg(*va, unsigned long));
    case 'L': return PyLong_FromLongLong(va_arg(*va, long long));
    case 'K': return PyLong_FromUnsignedLongLong(va_arg(*va, unsigned long long));
    case 'f': case 'd': return PyFloat_FromDouble(va_arg(*va, double));
    case 'D': {
        Py_complex *p = va_arg(*va, Py_complex *);
        return PyComplex_FromDoubles(p->real, p->imag);
    }
    case 'c': {
        char ch = (char)va_arg(*va, int);
        return PyBytes_FromStringAndSize(&ch, 1);
    }
    case 'C': return PyUnicode_FromOrdinal(va_arg(*va, int));
    case 'p': return PyBool_FromLong(va_arg(*va, int));
    case 's': case 'z': case 'U': case 'y': {
        const char *s = va_arg(*va, const char *);
        Py_ssize_t n = -1;
        if (**pf == '#') {
            (*pf)++;
            n = va_arg(*va, Py_ssize_t);
        }
        if (!s) return Py_NewRef(Py_None);
        if (n < 0) n = (Py_ssize_t)strlen(s);
        return c == 'y' ? PyBytes_FromStringAndSize(s, n) : PyUnicode_FromStringAndSize(s, n);
    }
    case 'u': {   /* Py_UNICODE, deprecated: wchar_t */
        const wchar_t *w = va_arg(*va, const wchar_t *);
        Py_ssize_t n = -1;
        if (**pf == '#') {
            (*pf)++;
            n = va_arg(*va, Py_ssize_t);
        }
        return w ? PyUnicode_FromWideChar(w, n) : Py_NewRef(Py_None);
    }
    case 'N': case 'S': case 'O': {
        if (**pf == '&') {
            (*pf)++;
            PyObject *(*conv)(void *) = va_arg(*va, PyObject *(*)(void *));
            void *arg = va_arg(*va, void *);
            return conv(arg);
        }
        PyObject *o = va_arg(*va, PyObject *);
        if (!o) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_SystemError, "NULL object passed to Py_BuildValue");
            return NULL;
        }
        return c == 'N' ? o : Py_NewRef(o);
    }
    default:
        PyErr_SetString(PyExc_SystemError, "bad format char passed to Py_BuildValue");
        *ok = 0;
        return NULL;
    }
}

PyObject *legacy_build_value_v(const char *format, va_list *va, int size_t_flag) {
    (void)size_t_flag;
    const char *f = format;
    int n = count_items(f, '\0');
    int ok = 1;
    if (n == 0) return Py_NewRef(Py_None);
    if (n == 1) {
        while (*f == ' ' || *f == ',' || *f == ':') f++;
        return build_one(&f, va, &ok);
    }
    return build_seq(&f, va, '\0', n, 0, &ok);
}
PyObject *Py_BuildValue(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = legacy_build_value_v(format, &va, 0);
    va_end(va);
    return r;
}
PyObject *_Py_BuildValue_SizeT(const char *format, ...) {
    va_list va;
    va_start(va, format);
    PyObject *r = legacy_build_value_v(format, &va, 1);
    va_end(va);
    return r;
}
PyObject *Py_VaBuildValue(const char *format, va_list va) {
    va_list copy;
    va_copy(copy, va);
    PyObject *r = legacy_build_value_v(format, &copy, 0);
    va_end(copy);
    return r;
}
