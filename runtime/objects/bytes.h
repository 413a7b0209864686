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

#endif
