/* Legacy C API: copying between buffers of any shape (PyBuffer_ToContiguous & co.) and the
 * old one-call buffer accessors (PyObject_AsReadBuffer & co.). The buffer protocol itself
 * (PyObject_GetBuffer, PyBuffer_Release) is in misc.c. */
#include "legacy.h"

void *PyBuffer_GetPointer(const Py_buffer *view, const Py_ssize_t *indices) {
    char *p = view->buf;
    for (int i = 0; i < view->ndim; i++) {
        p += view->strides[i] * indices[i];
        if (view->suboffsets && view->suboffsets[i] >= 0) p = *(char **)p + view->suboffsets[i];
    }
    return p;
}

Py_ssize_t PyBuffer_SizeFromFormat(const char *format) {
    PyObject *calcsize = NULL, *fmt = NULL, *size = NULL;
    Py_ssize_t n = -1;
    PyObject *structmod = PyImport_ImportModule("struct");
    if (structmod) calcsize = PyObject_GetAttrString(structmod, "calcsize");
    if (calcsize) fmt = PyBytes_FromString(format);
    if (fmt) size = PyObject_CallOneArg(calcsize, fmt);
    if (size) n = PyLong_AsSsize_t(size);
    Py_XDECREF(size);
    Py_XDECREF(fmt);
    Py_XDECREF(calcsize);
    Py_XDECREF(structmod);
    return n;
}

void PyBuffer_FillContiguousStrides(int nd, Py_ssize_t *shape, Py_ssize_t *strides, int itemsize,
                                    char order) {
    Py_ssize_t stride = itemsize;
    if (order == 'F') {
        for (int i = 0; i < nd; i++) {
            strides[i] = stride;
            stride *= shape[i];
        }
    } else {
        for (int i = nd - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= shape[i];
        }
    }
}

/* Walks every item of view in `order` ('F': first index fastest, else last), copying each
 * between the view and the contiguous memory at flat (to_flat: view -> flat). */
static void copy_items(const Py_buffer *view, char *flat, char order, bool to_flat) {
    Py_ssize_t idx[64] = {0};
    Py_ssize_t count = view->itemsize ? view->len / view->itemsize : 0;
    for (Py_ssize_t k = 0; k < count; k++, flat += view->itemsize) {
        char *item = PyBuffer_GetPointer(view, idx);
        if (to_flat) memcpy(flat, item, (size_t)view->itemsize);
        else memcpy(item, flat, (size_t)view->itemsize);
        /* The next index, as an odometer. */
        for (int j = 0; j < view->ndim; j++) {
            int d = order == 'F' ? j : view->ndim - 1 - j;
            if (++idx[d] < view->shape[d]) break;
            idx[d] = 0;
        }
    }
}

/* Can the view be copied as one block in `order`? */
static bool plain_block(const Py_buffer *view, char order) {
    if (view->suboffsets) return false;
    if (!view->strides || view->ndim <= 1) return !view->strides || view->ndim == 0 || view->strides[0] == view->itemsize;
    return PyBuffer_IsContiguous(view, order);
}

static int check_shape(const Py_buffer *view) {
    if (view->ndim > 64 || (view->ndim > 1 && (!view->shape || !view->strides))) {
        PyErr_SetString(PyExc_BufferError, "buffer has an unsupported shape");
        return -1;
    }
    return 0;
}

int PyBuffer_ToContiguous(void *buf, const Py_buffer *src, Py_ssize_t len, char order) {
    if (len != src->len) {
        PyErr_SetString(PyExc_ValueError, "PyBuffer_ToContiguous: len != view->len");
        return -1;
    }
    if (plain_block(src, order)) {
        memcpy(buf, src->buf, (size_t)len);
        return 0;
    }
    if (check_shape(src) < 0) return -1;
    copy_items(src, buf, order, true);
    return 0;
}

int PyBuffer_FromContiguous(const Py_buffer *view, const void *buf, Py_ssize_t len, char order) {
    if (len > view->len) len = view->len;
    if (plain_block(view, order)) {
        memcpy(view->buf, buf, (size_t)len);
        return 0;
    }
    if (check_shape(view) < 0) return -1;
    if (len < view->len) {
        PyErr_SetString(PyExc_BufferError, "PyBuffer_FromContiguous: buffer smaller than the view");
        return -1;
    }
    copy_items(view, (char *)buf, order, false);
    return 0;
}

int PyObject_CopyData(PyObject *dest, PyObject *src) {
    if (!PyObject_CheckBuffer(dest) || !PyObject_CheckBuffer(src)) {
        PyErr_SetString(PyExc_TypeError, "both destination and source must be bytes-like objects");
        return -1;
    }
    Py_buffer vd, vs;
    if (PyObject_GetBuffer(dest, &vd, PyBUF_FULL) != 0) return -1;
    if (PyObject_GetBuffer(src, &vs, PyBUF_FULL_RO) != 0) {
        PyBuffer_Release(&vd);
        return -1;
    }
    int r = -1;
    if (vd.len < vs.len) {
        PyErr_SetString(PyExc_BufferError, "destination is too small to receive data from source");
    } else {
        void *tmp = PyMem_Malloc(vs.len ? (size_t)vs.len : 1);
        if (!tmp) PyErr_NoMemory();
        else if (PyBuffer_ToContiguous(tmp, &vs, vs.len, 'C') == 0) r = PyBuffer_FromContiguous(&vd, tmp, vs.len, 'C');
        PyMem_Free(tmp);
    }
    PyBuffer_Release(&vs);
    PyBuffer_Release(&vd);
    return r;
}

/* ---- the pre-3.0 accessors: the pointer stays valid only while obj keeps its memory ---- */
static int one_call_buffer(PyObject *obj, void **buffer, Py_ssize_t *len, bool writable) {
    if (!obj || !buffer || !len) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
        return -1;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, writable ? PyBUF_WRITABLE : PyBUF_SIMPLE) != 0) {
        if (writable) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, "expected a writable bytes-like object");
        }
        return -1;
    }
    *buffer = view.buf;
    *len = view.len;
    PyBuffer_Release(&view);
    return 0;
}

int PyObject_AsReadBuffer(PyObject *obj, const void **buffer, Py_ssize_t *len) {
    return one_call_buffer(obj, (void **)buffer, len, false);
}
int PyObject_AsCharBuffer(PyObject *obj, const char **buffer, Py_ssize_t *len) {
    return one_call_buffer(obj, (void **)buffer, len, false);
}
int PyObject_AsWriteBuffer(PyObject *obj, void **buffer, Py_ssize_t *len) {
    return one_call_buffer(obj, buffer, len, true);
}
int PyObject_CheckReadBuffer(PyObject *obj) {
    Py_buffer view;
    if (!PyObject_CheckBuffer(obj)) return 0;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) != 0) {
        PyErr_Clear();
        return 0;
    }
    PyBuffer_Release(&view);
    return 1;
}

/* ---- memoryviews of memory no Python object owns ----------------------------------------------
 * A small exporter object lends the memory (read-only or writable) to a plain memoryview;
 * for PyMemoryView_FromBuffer it also keeps the buffer's exporting object alive. */
typedef struct RawMemory {
    Object ob;
    char *data;
    intptr_t len;
    bool readonly;
    Object *owner;   /* or NULL */
} RawMemory;

static int raw_getbuffer(Thread *t, Ref self, BufferView *view, bool writable) {
    RawMemory *m = (RawMemory *)ref_obj(self);
    if (writable && m->readonly) {
        err_format(t, &exc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = ref_obj(self);
    obj_incref(view->obj);
    view->data = m->data;
    view->len = m->len;
    view->itemsize = 1;
    view->format = 'B';
    view->readonly = m->readonly;
    return 0;
}
static void raw_dealloc(Object *o) {
    obj_xdecref(((RawMemory *)o)->owner);
    o->ob_type->tp_free(o);
}
Type _spry_legacy_raw_memory_type = {
    TYPE_HEAD_INIT,
    .tp_name = "raw_memory",
    .tp_basicsize = sizeof(RawMemory),
    .tp_dealloc = raw_dealloc,
    .getbuffer = raw_getbuffer,
};

static PyObject *raw_view(char *mem, Py_ssize_t size, bool readonly, PyObject *owner) {
    Thread *t = legacy_thread();
    if (type_ready(t, &_spry_legacy_raw_memory_type) < 0) return NULL;
    RawMemory *m = (RawMemory *)obj_alloc(t, &_spry_legacy_raw_memory_type, sizeof(RawMemory));
    if (!m) return NULL;
    m->data = mem;
    m->len = size;
    m->readonly = readonly;
    m->owner = owner ? (Object *)Py_NewRef(owner) : NULL;
    PyObject *mv = (PyObject *)memoryview_new(t, ref_from_obj(&m->ob));
    obj_decref(&m->ob);
    return mv;
}

PyObject *PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags) {
    if (flags != PyBUF_READ && flags != PyBUF_WRITE) {
        PyErr_SetString(PyExc_SystemError, "PyMemoryView_FromMemory: invalid flags");   /* CPython asserts */
        return NULL;
    }
    return raw_view(mem, size, flags == PyBUF_READ, NULL);
}

/* The bytes of info as a memoryview with its format and shape (a cast of the raw bytes). */
PyObject *PyMemoryView_FromBuffer(const Py_buffer *info) {
    if (!info->buf) {
        PyErr_SetString(PyExc_ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL");
        return NULL;
    }
    PyObject *mv = raw_view(info->buf, info->len, info->readonly, info->obj);
    if (!mv || (!info->format && info->ndim <= 1) || (info->format && strcmp(info->format, "B") == 0 && info->ndim <= 1))
        return mv;
    PyObject *shape = PyTuple_New(info->ndim > 0 ? info->ndim : 0);
    for (int i = 0; shape && i < info->ndim; i++) {
        PyObject *n = PyLong_FromSsize_t(info->shape ? info->shape[i] : info->len / (info->itemsize ? info->itemsize : 1));
        if (!n) Py_CLEAR(shape);
        else PyTuple_SET_ITEM(shape, i, n);
    }
    PyObject *cast = shape ? PyObject_CallMethod(mv, "cast", "sO", info->format ? info->format : "B", shape) : NULL;
    Py_XDECREF(shape);
    Py_DECREF(mv);
    return cast;
}

/* obj's buffer as a memoryview if it is contiguous in `order`, else (read-only requests)
 * a memoryview of a contiguous copy with the same format and shape. */
PyObject *PyMemoryView_GetContiguous(PyObject *obj, int buffertype, char order) {
    if (buffertype != PyBUF_READ && buffertype != PyBUF_WRITE) {
        PyErr_BadInternalCall();
        return NULL;
    }
    if (order != 'C' && order != 'F' && order != 'A') {
        PyErr_SetString(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
        return NULL;
    }
    PyObject *mv = PyMemoryView_FromObject(obj);
    if (!mv) return NULL;
    if (buffertype == PyBUF_WRITE) {
        PyObject *ro = PyObject_GetAttrString(mv, "readonly");
        int r = ro ? PyObject_IsTrue(ro) : -1;
        Py_XDECREF(ro);
        if (r != 0) {
            if (r > 0) PyErr_SetString(PyExc_BufferError, "underlying buffer is not writable");
            Py_DECREF(mv);
            return NULL;
        }
    }
    const char *attr = order == 'C' ? "c_contiguous" : order == 'F' ? "f_contiguous" : "contiguous";
    PyObject *c = PyObject_GetAttrString(mv, attr);
    int contiguous = c ? PyObject_IsTrue(c) : -1;
    Py_XDECREF(c);
    if (contiguous != 0) {
        if (contiguous < 0) Py_CLEAR(mv);
        return mv;
    }
    if (buffertype == PyBUF_WRITE) {
        PyErr_SetString(PyExc_BufferError, "writable contiguous buffer requested for a non-contiguous object.");
        Py_DECREF(mv);
        return NULL;
    }
    const char order_text[2] = {order == 'F' ? 'F' : 'C', 0};
    PyObject *bytes = PyObject_CallMethod(mv, "tobytes", "s", order_text);
    PyObject *fmt = bytes ? PyObject_GetAttrString(mv, "format") : NULL;
    PyObject *shape = fmt ? PyObject_GetAttrString(mv, "shape") : NULL;
    PyObject *copy = shape ? PyMemoryView_FromObject(bytes) : NULL;
    PyObject *res = copy ? PyObject_CallMethod(copy, "cast", "OO", fmt, shape) : NULL;
    Py_XDECREF(copy);
    Py_XDECREF(shape);
    Py_XDECREF(fmt);
    Py_XDECREF(bytes);
    Py_DECREF(mv);
    return res;
}
