/* Legacy C API: str, bytes, tuple, list, dict, sequences and mappings. */
#include "legacy.h"

#define T_ legacy_thread()
#define R(o) legacy_ref(o)
static inline PyObject *out(Thread *t, Ref r) { return legacy_box(t, r); }
static inline PyObject *outo(Object *o) { return (PyObject *)o; }

static int bad_internal(void) {
    err_set(T_, &exc_SystemError, "bad argument to internal function");
    return -1;
}
/* d as a dict, or NULL with CPython's SystemError for anything else. */
static Object *dict_arg(PyObject *d) {
    if (d && dict_check(R(d))) return (Object *)d;
    bad_internal();
    return NULL;
}

/* ---- str ------------------------------------------------------------------------------------ */
PyObject *PyUnicode_FromString(const char *s) { return outo(str_from_utf8(T_, s, (intptr_t)strlen(s))); }
PyObject *PyUnicode_FromStringAndSize(const char *s, Py_ssize_t n) {
    Thread *t = T_;
    if (n < 0) {
        err_set(t, &exc_SystemError, "Negative size passed to PyUnicode_FromStringAndSize");
        return NULL;
    }
    if (!s) return outo(str_new_uninit(t, n, 127));
    return outo(str_from_utf8(t, s, n));
}
PyObject *PyUnicode_FromOrdinal(int c) {
    Thread *t = T_;
    if (c < 0 || c > 0x10ffff) {
        err_set(t, &exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return outo(str_from_char(t, (uint32_t)c));
}
PyObject *PyUnicode_FromKindAndData(int kind, const void *data, Py_ssize_t n) {
    Thread *t = T_;
    if (kind != 1 && kind != 2 && kind != 4) {
        err_set(t, &exc_SystemError, "invalid kind");
        return NULL;
    }
    for (Py_ssize_t i = 0; kind == 4 && i < n; i++)
        if (((const uint32_t *)data)[i] > 0x10ffff) {
            err_set(t, &exc_SystemError, "invalid maximum character passed to PyUnicode_New");
            return NULL;
        }
    return outo(str_from_kind_data(t, kind, data, n));
}
PyObject *PyUnicode_New(Py_ssize_t n, Py_UCS4 maxchar) {
    Thread *t = T_;
    if (n < 0) {
        err_set(t, &exc_SystemError, "Negative size passed to PyUnicode_New");
        return NULL;
    }
    if (maxchar > 0x10ffff) {
        err_set(t, &exc_SystemError, "invalid maximum character passed to PyUnicode_New");
        return NULL;
    }
    return outo(str_new_uninit(t, n, maxchar));
}
PyObject *PyUnicode_DecodeUTF8(const char *s, Py_ssize_t n, const char *errors) {
    return outo(codecs_utf8_decode(T_, s, n, errors));
}
PyObject *PyUnicode_DecodeLatin1(const char *s, Py_ssize_t n, const char *errors) {
    return outo(str_from_latin1(T_, s, n));
}
PyObject *PyUnicode_DecodeASCII(const char *s, Py_ssize_t n, const char *errors) {
    return outo(codecs_decode(T_, s, n, "ascii", errors));
}
PyObject *PyUnicode_Decode(const char *s, Py_ssize_t n, const char *enc, const char *errors) {
    return outo(codecs_decode(T_, s, n, enc, errors));
}
static int need_str(Thread *t, PyObject *o) {
    if (!o || !str_check(R(o))) {
        err_set(t, &exc_TypeError, "bad argument type for built-in operation");
        return 0;
    }
    return 1;
}
PyObject *PyUnicode_AsEncodedString(PyObject *s, const char *enc, const char *errors) {
    Thread *t = T_;
    if (!need_str(t, s)) return NULL;
    return outo(codecs_encode(t, (Object *)s, enc, errors));
}
PyObject *PyUnicode_AsUTF8String(PyObject *s) { return PyUnicode_AsEncodedString(s, "utf-8", NULL); }
PyObject *PyUnicode_AsASCIIString(PyObject *s) { return PyUnicode_AsEncodedString(s, "ascii", NULL); }
PyObject *PyUnicode_AsLatin1String(PyObject *s) { return PyUnicode_AsEncodedString(s, "latin-1", NULL); }
const char *PyUnicode_AsUTF8AndSize(PyObject *s, Py_ssize_t *size) {
    Thread *t = T_;
    if (!need_str(t, s)) return NULL;
    intptr_t n;
    const char *u = str_utf8(t, (Object *)s, &n);
    if (u && size) *size = n;
    return u;
}
const char *PyUnicode_AsUTF8(PyObject *s) { return PyUnicode_AsUTF8AndSize(s, NULL); }
Py_ssize_t PyUnicode_GetLength(PyObject *s) {
    Thread *t = T_;
    if (!need_str(t, s)) return -1;
    return str_len((Object *)s);
}
Py_UCS4 PyUnicode_ReadChar(PyObject *s, Py_ssize_t i) {
    Thread *t = T_;
    if (!need_str(t, s)) return (Py_UCS4)-1;
    if (i < 0 || i >= str_len((Object *)s)) {
        err_set(t, &exc_IndexError, "string index out of range");
        return (Py_UCS4)-1;
    }
    return str_char_at((Object *)s, i);
}
PyObject *PyUnicode_Concat(PyObject *a, PyObject *b) {
    Thread *t = T_;
    if (legacy_ensure_str(a) < 0) return NULL;
    if (!b || !str_check(R(b))) {
        err_format(t, &exc_TypeError, "can only concatenate str (not \"%T\") to str", R(b));
        return NULL;
    }
    return outo(str_concat(t, (Object *)a, (Object *)b));
}
PyObject *PyUnicode_Join(PyObject *sep, PyObject *seq) {
    Thread *t = T_;
    Object *s = sep ? (Object *)sep : str_from_cstr(t, " ");
    if (!s) return NULL;
    Object *r = str_join(t, s, R(seq));
    if (!sep) obj_decref(s);
    return outo(r);
}
PyObject *PyUnicode_Substring(PyObject *s, Py_ssize_t a, Py_ssize_t b) {
    Thread *t = T_;
    if (!need_str(t, s)) return NULL;
    intptr_t n = str_len((Object *)s);
    if (b > n) b = n;
    if (a < 0 || b < 0) {
        err_set(t, &exc_IndexError, "string index out of range");
        return NULL;
    }
    if (a > b) a = b;
    return outo(str_substr(t, (Object *)s, a, b));
}
int PyUnicode_CompareWithASCIIString(PyObject *s, const char *ascii) {
    Object *o = (Object *)s;
    intptr_t n = str_len(o), i = 0;
    for (; i < n && ascii[i]; i++) {
        uint32_t c = str_char_at(o, i);
        if (c != (unsigned char)ascii[i]) return c < (unsigned char)ascii[i] ? -1 : 1;
    }
    if (i < n) return 1;
    return ascii[i] ? -1 : 0;
}
int PyUnicode_Compare(PyObject *a, PyObject *b) {
    Thread *t = T_;
    if (!str_check(R(a)) || !str_check(R(b))) {
        err_format(t, &exc_TypeError, "Can't compare %T and %T", R(a), R(b));
        return -1;
    }
    return str_compare((Object *)a, (Object *)b);
}
PyObject *PyUnicode_InternFromString(const char *s) { return outo(str_intern_cstr(T_, s)); }
void PyUnicode_InternInPlace(PyObject **p) {
    Thread *t = T_;
    if (!str_check_exact(R(*p))) return;
    Object *r = str_intern(t, (Object *)*p);   /* steals *p */
    if (!r) {
        err_clear(t);
        return;
    }
    *p = (PyObject *)r;
}
int PyUnicode_Contains(PyObject *c, PyObject *e) {
    return legacy_ensure_str(c) < 0 ? -1 : obj_contains(T_, R(c), R(e));
}

/* ---- bytes ---------------------------------------------------------------------------------- */
PyObject *PyBytes_FromStringAndSize(const char *s, Py_ssize_t n) {
    Thread *t = T_;
    if (n < 0) {
        err_set(t, &exc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return NULL;
    }
    return outo(s ? bytes_from(t, s, n) : bytes_new_uninit(t, n));
}
PyObject *PyBytes_FromString(const char *s) { return PyBytes_FromStringAndSize(s, (Py_ssize_t)strlen(s)); }
PyObject *PyBytes_FromFormat(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    PyObject *b = PyBytes_FromFormatV(fmt, va);
    va_end(va);
    return b;
}
static int need_bytes(Thread *t, PyObject *o) {
    if (!o || !bytes_check(R(o))) {
        err_format(t, &exc_TypeError, "expected bytes, %T found", R(o));
        return 0;
    }
    return 1;
}
char *PyBytes_AsString(PyObject *o) { return need_bytes(T_, o) ? bytes_data((Object *)o) : NULL; }
Py_ssize_t PyBytes_Size(PyObject *o) { return need_bytes(T_, o) ? bytes_size((Object *)o) : -1; }
int PyBytes_AsStringAndSize(PyObject *o, char **s, Py_ssize_t *n) {
    Thread *t = T_;
    if (!need_bytes(t, o)) return -1;
    *s = bytes_data((Object *)o);
    if (n) *n = bytes_size((Object *)o);
    else if ((Py_ssize_t)strlen(*s) != bytes_size((Object *)o)) {
        err_set(t, &exc_ValueError, "embedded null byte");
        return -1;
    }
    return 0;
}
/* *pv + w for any two buffers, as bytes; *pv becomes NULL on error. */
void PyBytes_Concat(PyObject **pv, PyObject *w) {
    if (!*pv) return;
    if (!w) {
        Py_CLEAR(*pv);
        return;
    }
    Py_buffer va, vb;
    if (PyObject_GetBuffer(*pv, &va, PyBUF_SIMPLE) < 0) goto not_buffers;
    if (PyObject_GetBuffer(w, &vb, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&va);
        goto not_buffers;
    }
    PyObject *r = PyBytes_FromStringAndSize(NULL, va.len + vb.len);
    if (r) {
        memcpy(PyBytes_AS_STRING(r), va.buf, (size_t)va.len);
        memcpy(PyBytes_AS_STRING(r) + va.len, vb.buf, (size_t)vb.len);
    }
    PyBuffer_Release(&va);
    PyBuffer_Release(&vb);
    Py_SETREF(*pv, r);
    return;
not_buffers:
    PyErr_Format(PyExc_TypeError, "can't concat %.100s to %.100s", Py_TYPE(w)->tp_name, Py_TYPE(*pv)->tp_name);
    Py_CLEAR(*pv);
}
int _PyBytes_Resize(PyObject **pv, Py_ssize_t n) {
    Thread *t = T_;
    PyObject *v = *pv;
    if (!v || !bytes_check(R(v)) || n < 0) {
        *pv = NULL;
        Py_XDECREF(v);
        return bad_internal();
    }
    Object *r = bytes_new_uninit(t, n);
    if (r) {
        Py_ssize_t k = bytes_size((Object *)v);
        memcpy(bytes_data(r), bytes_data((Object *)v), (size_t)(k < n ? k : n));
    }
    Py_DECREF(v);
    *pv = (PyObject *)r;
    return r ? 0 : -1;
}
PyObject *PyByteArray_FromStringAndSize(const char *s, Py_ssize_t n) {
    Thread *t = T_;
    if (n < 0) {
        err_set(t, &exc_SystemError, "Negative size passed to PyByteArray_FromStringAndSize");
        return NULL;
    }
    Object *b = bytearray_from(t, s ? s : "", s ? n : 0);
    if (b && !s && n && bytearray_resize(t, b, n) < 0) {
        obj_decref(b);
        return NULL;
    }
    return outo(b);
}
char *PyByteArray_AsString(PyObject *o) { return bytearray_data((Object *)o); }
Py_ssize_t PyByteArray_Size(PyObject *o) { return bytearray_size((Object *)o); }

/* ---- tuple ------------------------------------------------------------------------------------ */
PyObject *PyTuple_New(Py_ssize_t n) {
    Thread *t = T_;
    if (n < 0) {
        bad_internal();
        return NULL;
    }
    if (n == 0) return outo(tuple_empty());
    return outo(tuple_new(t, n));
}
Py_ssize_t PyTuple_Size(PyObject *o) {
    if (!tuple_check(R(o))) return bad_internal();
    return tuple_size((Object *)o);
}
PyObject *_SpryTuple_GET_ITEM(PyObject *o, Py_ssize_t i) {
    return legacy_box_slot(T_, &tuple_items((Object *)o)[i]);
}
void _SpryTuple_SET_ITEM(PyObject *o, Py_ssize_t i, PyObject *v) {
    tuple_items((Object *)o)[i] = legacy_unbox(v);
}
PyObject *PyTuple_GetItem(PyObject *o, Py_ssize_t i) {
    Thread *t = T_;
    if (!tuple_check(R(o))) {
        bad_internal();
        return NULL;
    }
    if (i < 0 || i >= tuple_size((Object *)o)) {
        err_set(t, &exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return legacy_box_slot(t, &tuple_items((Object *)o)[i]);
}
int PyTuple_SetItem(PyObject *o, Py_ssize_t i, PyObject *v) {
    Thread *t = T_;
    if (!tuple_check(R(o)) || o->ob_refcnt != 1) {
        Py_XDECREF(v);
        return bad_internal();
    }
    if (i < 0 || i >= tuple_size((Object *)o)) {
        Py_XDECREF(v);
        err_set(t, &exc_IndexError, "tuple assignment index out of range");
        return -1;
    }
    REF_SETREF(tuple_items((Object *)o)[i], legacy_unbox(v));
    return 0;
}
PyObject *PyTuple_GetSlice(PyObject *o, Py_ssize_t a, Py_ssize_t b) {
    Thread *t = T_;
    if (!o || !tuple_check(R(o))) {
        bad_internal();
        return NULL;
    }
    intptr_t n = tuple_size((Object *)o);
    if (a < 0) a = 0;
    if (b > n) b = n;
    if (b < a) b = a;
    return outo(tuple_slice(t, (Object *)o, a, b));
}
/* Only for a tuple nobody else holds yet: *pv becomes a tuple of n items (the first ones
 * kept, new ones NULL), or NULL on failure (the old one released). */
int _PyTuple_Resize(PyObject **pv, Py_ssize_t n) {
    Thread *t = T_;
    PyObject *v = *pv;
    if (!v || !tuple_check(R(v)) || (v->ob_refcnt != 1 && tuple_size((Object *)v)) || n < 0) {
        *pv = NULL;
        Py_XDECREF(v);
        return bad_internal();
    }
    Object *r = n ? tuple_new(t, n) : tuple_empty();
    if (r) {
        Py_ssize_t k = tuple_size((Object *)v);
        Ref *from = tuple_items((Object *)v), *to = tuple_items(r);
        for (Py_ssize_t i = 0; i < k && i < n; i++) {
            to[i] = from[i];
            from[i] = REF_NULL;
        }
    }
    Py_DECREF(v);
    *pv = (PyObject *)r;
    return r ? 0 : -1;
}
PyObject *PyTuple_Pack(Py_ssize_t n, ...) {
    Thread *t = T_;
    Object *tup = n ? tuple_new(t, n) : tuple_empty();
    if (!tup) return NULL;
    va_list va;
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = va_arg(va, PyObject *);
        Py_INCREF(o);
        tuple_items(tup)[i] = legacy_unbox(o);
    }
    va_end(va);
    return outo(tup);
}

/* ---- list ------------------------------------------------------------------------------------- */
PyObject *PyList_New(Py_ssize_t n) {
    if (n < 0) {
        bad_internal();
        return NULL;
    }
    return outo(list_new(T_, n));
}
Py_ssize_t PyList_Size(PyObject *o) {
    if (!list_check(R(o))) return bad_internal();
    return list_size((Object *)o);
}
PyObject *_SpryList_GET_ITEM(PyObject *o, Py_ssize_t i) {
    return legacy_box_slot(T_, &list_items((Object *)o)[i]);
}
void _SpryList_SET_ITEM(PyObject *o, Py_ssize_t i, PyObject *v) {
    list_items((Object *)o)[i] = legacy_unbox(v);
}
PyObject *PyList_GetItem(PyObject *o, Py_ssize_t i) {
    Thread *t = T_;
    if (!list_check(R(o))) {
        bad_internal();
        return NULL;
    }
    if (i < 0 || i >= list_size((Object *)o)) {
        err_set(t, &exc_IndexError, "list index out of range");
        return NULL;
    }
    return legacy_box_slot(t, &list_items((Object *)o)[i]);
}
int PyList_SetItem(PyObject *o, Py_ssize_t i, PyObject *v) {
    Thread *t = T_;
    if (!list_check(R(o))) {
        Py_XDECREF(v);
        return bad_internal();
    }
    if (i < 0 || i >= list_size((Object *)o)) {
        Py_XDECREF(v);
        err_set(t, &exc_IndexError, "list assignment index out of range");
        return -1;
    }
    REF_SETREF(list_items((Object *)o)[i], legacy_unbox(v));
    return 0;
}
int PyList_Insert(PyObject *o, Py_ssize_t i, PyObject *v) {
    if (!list_check(R(o)) || !v) return bad_internal();
    return list_insert(T_, (Object *)o, i, R(v));
}
int PyList_Append(PyObject *o, PyObject *v) {
    if (!list_check(R(o)) || !v) return bad_internal();
    Py_INCREF(v);
    return list_append_steal(T_, (Object *)o, legacy_unbox(v));
}
PyObject *PyList_GetSlice(PyObject *o, Py_ssize_t a, Py_ssize_t b) {
    if (!o || !list_check(R(o))) {
        bad_internal();
        return NULL;
    }
    intptr_t n = list_size((Object *)o);
    if (a < 0) a = 0;
    if (b > n) b = n;
    if (b < a) b = a;
    return outo(list_slice(T_, (Object *)o, a, b));
}
int PyList_Sort(PyObject *o) {
    if (!o || !list_check(R(o))) return bad_internal();
    return list_sort(T_, (Object *)o, REF_NULL, false);
}
int PyList_Reverse(PyObject *o) {
    if (!o || !list_check(R(o))) return bad_internal();
    return list_reverse(T_, (Object *)o);
}
PyObject *PyList_AsTuple(PyObject *o) {
    if (!o || !list_check(R(o))) {
        bad_internal();
        return NULL;
    }
    return outo(list_as_tuple(T_, (Object *)o));
}

/* ---- dict --------------------------------------------------------------------------------------- */
PyObject *PyDict_New(void) { return outo(dict_new(T_)); }

/* The value stored under key, borrowed (the dict keeps it alive). A tagged int value is
 * replaced in the dict by its box so that the pointer stays valid. */
static PyObject *dict_borrow(Thread *t, Object *d, Ref key) {
    Ref v = dict_get(t, d, key);
    if (ref_is_null(v)) return NULL;
    if (ref_is_int(v)) {
        PyObject *b = legacy_box(t, v);
        if (!b) return NULL;
        int r = dict_set(t, d, key, ref_from_obj((Object *)b));
        Py_DECREF(b);
        return r < 0 ? NULL : b;
    }
    Object *o = ref_obj(v);
    ref_close(v);   /* the dict still holds a reference */
    return (PyObject *)o;
}
PyObject *PyDict_GetItemWithError(PyObject *d, PyObject *k) {
    Thread *t = T_;
    if (!dict_check(R(d))) {
        bad_internal();
        return NULL;
    }
    return dict_borrow(t, (Object *)d, R(k));
}
PyObject *PyDict_GetItem(PyObject *d, PyObject *k) {
    Thread *t = T_;
    if (!dict_check(R(d))) return NULL;
    Ref saved = err_fetch(t);
    PyObject *r = dict_borrow(t, (Object *)d, R(k));
    err_restore(t, saved);   /* errors in lookup are swallowed, as CPython */
    return r;
}
PyObject *PyDict_GetItemString(PyObject *d, const char *key) {
    Thread *t = T_;
    Object *k = str_from_cstr(t, key);
    if (!k) {
        err_clear(t);
        return NULL;
    }
    PyObject *r = PyDict_GetItem(d, (PyObject *)k);
    obj_decref(k);
    return r;
}
int PyDict_SetItem(PyObject *d, PyObject *k, PyObject *v) {
    if (!dict_check(R(d)) || !k || !v) return bad_internal();
    Py_INCREF(v);
    Ref vr = legacy_unbox(v);
    int r = dict_set(T_, (Object *)d, R(k), vr);
    ref_close(vr);
    return r;
}
int PyDict_SetItemString(PyObject *d, const char *key, PyObject *v) {
    Thread *t = T_;
    Object *k = str_intern_cstr(t, key);
    if (!k) return -1;
    int r = PyDict_SetItem(d, (PyObject *)k, v);
    obj_decref(k);
    return r;
}
int PyDict_DelItem(PyObject *d, PyObject *k) {
    Thread *t = T_;
    if (!dict_arg(d)) return -1;
    int r = dict_del(t, (Object *)d, R(k));
    if (r == 0) {
        err_set_value(t, &exc_KeyError, R(k));
        return -1;
    }
    return r < 0 ? -1 : 0;
}
int PyDict_DelItemString(PyObject *d, const char *key) {
    Thread *t = T_;
    Object *k = str_from_cstr(t, key);
    if (!k) return -1;
    int r = PyDict_DelItem(d, (PyObject *)k);
    obj_decref(k);
    return r;
}
int PyDict_Contains(PyObject *d, PyObject *k) {
    return dict_arg(d) ? dict_contains(T_, (Object *)d, R(k)) : -1;
}
Py_ssize_t PyDict_Size(PyObject *d) {
    if (!dict_check(R(d))) return bad_internal();
    return dict_size((Object *)d);
}
int PyDict_Next(PyObject *d, Py_ssize_t *pos, PyObject **pk, PyObject **pv) {
    Thread *t = T_;
    Ref k, v;
    intptr_t p0 = *pos, p = p0;
    if (!dict_check(R(d)) || !dict_next((Object *)d, &p, &k, &v)) return 0;
    *pos = p;
    if (pv && ref_is_int(v)) {
        /* Store the value's box in the entry (same key: same position). */
        PyObject *bv = legacy_box(t, v);
        if (!bv || dict_set(t, (Object *)d, k, ref_from_obj((Object *)bv)) < 0) {
            Py_XDECREF(bv);
            err_clear(t);
            return 0;
        }
        Py_DECREF(bv);
        intptr_t again = p0;
        dict_next((Object *)d, &again, &k, &v);
    }
    if (pk) {
        if (ref_is_int(k)) {
            /* A key's Ref cannot be replaced in place: its box lives as long as the
             * process (immortal), so the borrowed pointer stays valid. Only ints outside
             * the cached range -5..1024 allocate. */
            PyObject *bk = legacy_box(t, k);
            if (!bk) {
                err_clear(t);
                return 0;
            }
            bk->ob_refcnt = _Py_IMMORTAL_REFCNT;
            *pk = bk;
        } else {
            *pk = (PyObject *)ref_obj(k);
        }
    }
    if (pv) *pv = (PyObject *)ref_obj(v);
    return 1;
}
PyObject *PyDict_Keys(PyObject *d) { return dict_arg(d) ? outo(dict_keys_list(T_, (Object *)d)) : NULL; }
PyObject *PyDict_Values(PyObject *d) { return dict_arg(d) ? outo(dict_values_list(T_, (Object *)d)) : NULL; }
PyObject *PyDict_Items(PyObject *d) { return dict_arg(d) ? outo(dict_items_list(T_, (Object *)d)) : NULL; }
PyObject *PyDict_Copy(PyObject *d) { return dict_arg(d) ? outo(dict_copy(T_, (Object *)d)) : NULL; }
void PyDict_Clear(PyObject *d) { if (dict_check(R(d))) dict_clear((Object *)d); }
int PyDict_Update(PyObject *d, PyObject *o) { return PyDict_Merge(d, o, 1); }
int PyDict_Merge(PyObject *d, PyObject *o, int override) {
    if (!dict_arg(d) || !o) return -1;
    return dict_merge_ex(T_, (Object *)d, R(o), override ? 1 : 0);
}
PyObject *PyDict_SetDefault(PyObject *d, PyObject *k, PyObject *dflt) {
    Thread *t = T_;
    if (!dict_arg(d)) return NULL;
    Ref r = dict_setdefault(t, (Object *)d, R(k), R(dflt));
    if (ref_is_null(r)) return NULL;
    if (ref_is_int(r)) return dict_borrow(t, (Object *)d, R(k));
    Object *o = ref_obj(r);
    ref_close(r);
    return (PyObject *)o;
}

/* ---- sequences and mappings ------------------------------------------------------------- */
/* A mapping's length is not a sequence's (everything else: len()'s own error). */
Py_ssize_t PySequence_Size(PyObject *o) {
    if (o && !PySequence_Check(o) && ((Type *)Py_TYPE(o))->getitem) {
        PyErr_Format(PyExc_TypeError, "%.200s is not a sequence", Py_TYPE(o)->tp_name);
        return -1;
    }
    return obj_len(T_, R(o));
}
Py_ssize_t PySequence_Length(PyObject *o) { return PySequence_Size(o); }
int PySequence_Check(PyObject *o) {
    if (dict_check(R(o))) return 0;
    return ((Type *)Py_TYPE(o))->getitem != NULL;
}
PyObject *PySequence_GetItem(PyObject *o, Py_ssize_t i) {
    Thread *t = T_;
    if (legacy_not_sequence(o, "'%.200s' object does not support indexing")) return NULL;
    if (i < 0) {
        intptr_t n = obj_len(t, R(o));
        if (n < 0) err_clear(t);
        else i += n;
    }
    return out(t, obj_getitem(t, R(o), ref_from_int(i)));
}
int PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v) {
    if (legacy_not_sequence(o, "'%.200s' object does not support item assignment")) return -1;
    return obj_setitem(T_, R(o), ref_from_int(i), R(v));
}
int PySequence_Contains(PyObject *o, PyObject *v) { return obj_contains(T_, R(o), R(v)); }
PyObject *PySequence_Tuple(PyObject *o) { return outo(tuple_from_iterable(T_, R(o))); }
PyObject *PySequence_List(PyObject *o) { return outo(list_from_iterable(T_, R(o))); }
PyObject *PySequence_Fast(PyObject *o, const char *msg) {
    Thread *t = T_;
    if (list_check_exact(R(o)) || tuple_check_exact(R(o))) return Py_NewRef(o);
    Ref it = obj_iter(t, R(o));
    if (ref_is_null(it)) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_set(t, &exc_TypeError, msg);
        }
        return NULL;
    }
    ref_close(it);
    return outo(list_from_iterable(t, R(o)));
}
int PyMapping_Check(PyObject *o) { return ((Type *)Py_TYPE(o))->getitem != NULL; }
Py_ssize_t PyMapping_Size(PyObject *o) { return obj_len(T_, R(o)); }
PyObject *PyMapping_GetItemString(PyObject *o, const char *key) {
    Thread *t = T_;
    Object *k = str_from_cstr(t, key);
    if (!k) return NULL;
    Ref r = obj_getitem(t, R(o), ref_from_obj(k));
    obj_decref(k);
    return out(t, r);
}
PyObject *PyMapping_Keys(PyObject *o) {
    Thread *t = T_;
    if (dict_check_exact(R(o))) return PyDict_Keys(o);
    Ref k = obj_call_method(t, R(o), ID(keys), NULL, 0);
    if (ref_is_null(k)) return NULL;
    Object *l = list_from_iterable(t, k);
    ref_close(k);
    return outo(l);
}

/* A read-only view of a mapping (types.MappingProxyType), with its checks. */
PyObject *PyDictProxy_New(PyObject *mapping) { return PyObject_CallOneArg((PyObject *)&mappingproxy_type, mapping); }
