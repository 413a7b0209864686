/* bytes, bytearray, memoryview. Owner: objects/bytes.c, objects/bytearray.c,
 * objects/memoryview.c. Layouts match CPython's where legacy macros read them. */
#ifndef SPRY_OBJECTS_BYTES_H
#define SPRY_OBJECTS_BYTES_H
#include "core/object.h"

typedef struct Bytes {
    VarObject ob;          /* ob_size = length */
    int64_t hash;          /* -1: not computed */
    char data[1];          /* ob_size bytes + NUL */
} Bytes;

typedef struct ByteArray {
    VarObject ob;          /* ob_size = length */
    intptr_t alloc;
    char *bytes;
    char *start;
    intptr_t exports;      /* live buffer exports (resizing forbidden while > 0) */
} ByteArray;

extern Type bytes_type, bytearray_type, memoryview_type;

#define BYTES(o) ((Bytes *)(o))
static inline char *bytes_data(Object *b) { return BYTES(b)->data; }
static inline intptr_t bytes_size(Object *b) { return BYTES(b)->ob.ob_size; }
bool bytes_check(Ref r);
Object *bytes_from(Thread *t, const void *data, intptr_t len);
Object *bytes_new_uninit(Thread *t, intptr_t len);
Object *bytes_repr(Thread *t, Object *b);     /* b'...' */
Object *bytearray_from(Thread *t, const void *data, intptr_t len);

/* ---- additions (text engineer) ------------------------------------------------------- */

/* Invariants: bytes data is NUL-terminated (data[ob_size] == 0). bytes subclass instances
 * keep the same inline layout (their instance dict must be managed, outside
 * tp_basicsize). A bytearray's storage: `bytes` is the allocation (alloc bytes, NULL when
 * empty), `start` the first live byte (>= bytes; popping from the front just moves it),
 * ob_size live bytes followed by a NUL when alloc > 0. */
extern Type bytes_iter_type, bytearray_iter_type;

static inline bool bytes_check_exact(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &bytes_type; }
bool bytearray_check(Ref r);
#define BYTEARRAY(o) ((ByteArray *)(o))
static inline char *bytearray_data(Object *b) { return BYTEARRAY(b)->start; }
static inline intptr_t bytearray_size(Object *b) { return BYTEARRAY(b)->ob.ob_size; }
/* Resizes a bytearray (BufferError while exported). -1 on error. */
int bytearray_resize(Thread *t, Object *ba, intptr_t n);

/* A read-only view of any bytes-like object (any buffer exporter, see below).
 * Returns false (no exception) when obj is not bytes-like. The pointer is valid while obj
 * is alive and unmodified. */
typedef struct ByteView {
    const char *data;
    intptr_t len;
} ByteView;
bool bytes_view(Ref obj, ByteView *out);
/* Same, raising TypeError "a bytes-like object is required, not 'str'" on failure. */
bool bytes_view_or_error(Thread *t, Ref obj, ByteView *out);

/* The buffer protocol: a type exports its memory through Type.getbuffer/releasebuffer
 * (bytes, bytearray, memoryview, array.array; legacy types through the shim). A view is
 * one-dimensional and C-contiguous: len bytes at data, items of `format` (a struct-module
 * native format character, 'B' for plain bytes) of itemsize bytes each. While a view is
 * held the exporter keeps its memory in place (a bytearray or array refuses to resize with
 * BufferError), and view.obj holds a reference to it. */
struct BufferView {
    Object *obj;
    char *data;
    intptr_t len;
    int itemsize;
    char format;
    bool readonly;
};
/* Takes a view of obj (writable when asked): 0, or -1 with TypeError "a bytes-like object
 * is required, not 'T'" (no buffer) or BufferError "Object is not writable.". */
int obj_get_buffer(Thread *t, Ref obj, BufferView *view, bool writable);
/* Ends a view taken by obj_get_buffer. */
void buffer_release(BufferView *view);
/* Fills a view of [data, data+len) as plain bytes owned by obj (for getbuffer slots). */
int buffer_fill_bytes(Thread *t, Object *obj, char *data, intptr_t len, bool readonly, BufferView *view,
                      bool writable);

/* Growable byte buffer for building bytes/bytearray results. On failure the buffer is
 * released and false/NULL returned with MemoryError set. */
typedef struct BytesBuf {
    char *data;
    intptr_t len, cap;
} BytesBuf;
void bytes_buf_init(BytesBuf *b);
void bytes_buf_discard(BytesBuf *b);
bool bytes_buf_reserve(Thread *t, BytesBuf *b, intptr_t extra);
bool bytes_buf_put(Thread *t, BytesBuf *b, const void *p, intptr_t n);
static inline bool bytes_buf_putc(Thread *t, BytesBuf *b, int c) {
    if (b->len >= b->cap && !bytes_buf_reserve(t, b, 1)) return false;
    b->data[b->len++] = (char)c;
    return true;
}
Object *bytes_buf_finish(Thread *t, BytesBuf *b);            /* a bytes object */
Object *bytes_buf_finish_bytearray(Thread *t, BytesBuf *b);  /* a bytearray */

/* bytes(x) / bytearray(x) construction from an arbitrary source (int count, iterable of
 * ints, buffer, str with encoding): the bytes of the result in a BytesBuf. */
bool bytes_from_object(Thread *t, Ref x, Ref encoding, Ref errors, const char *fname,
                       BytesBuf *out);
/* Repr with CPython's quoting of the given data: b'...' or bytearray(b'...'). */
Object *bytes_repr_data(Thread *t, const char *data, intptr_t len, const char *prefix,
                        const char *suffix);
Object *memoryview_new(Thread *t, Ref obj);
/* A memoryview's items as consumers that take strides see them (the legacy
 * PyObject_GetBuffer): ndim dimensions; shape and strides point into the view (NULL when
 * ndim is 0) and stay valid while the export is held. */
typedef struct MemoryLayout {
    int ndim;
    const intptr_t *shape, *strides;
    bool c_contiguous, f_contiguous;
} MemoryLayout;
/* Takes an export of memoryview mv as obj_get_buffer does, whatever its strides: view->data
 * is its first item, view->len its size in bytes; *layout describes the items. 0, or -1
 * with ValueError (released) or BufferError (writable asked of a read-only view). */
int memoryview_export(Thread *t, Ref mv, BufferView *view, MemoryLayout *layout, bool writable);
/* Internal to objects/bytes*.c and memoryview.c. */
Object *memoryview_bytes(Thread *t, Ref mv);        /* mv.tobytes() (mv must be a memoryview) */
Ref bytes_compare_views(const ByteView *a, const ByteView *b, int op);
int bytes_contains_view(Thread *t, const ByteView *v, Ref item);
int bytes_repeat_count(Thread *t, Ref other, intptr_t *n);  /* 1, 0 (not an index), -1 */
bool bytes_is_sequence_operand(Ref r);
extern const MethodDef bytes_method_table[], bytearray_method_table[];
/* bytearray's own methods (objects/bytearray.c). */
Ref bytearray_m_append(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_extend(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_insert(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_pop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_remove(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_reverse(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_clear(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_alloc(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref bytearray_m_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);

#endif
