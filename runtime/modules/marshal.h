/* marshal: CPython's serialization format for constant values, and Spry's own record for
 * code objects. Owner: runtime/modules/marshal_*.c.
 *
 * Values (None, bools, Ellipsis, StopIteration, ints, floats, complex, str, bytes,
 * tuple, list, dict, set, frozenset) use CPython 3.11's byte format exactly: one type
 * byte (bit 0x80 = FLAG_REF: the value is entered in the reference table, version >= 3),
 * then little-endian fields. TYPE_REF 'r' + u32 index repeats an entered value.
 *
 * Code objects are Spry's own ('c' record, see docs/CODE_IMAGE.md): CPython's layout
 * carries CPython's bytecode, which Spry cannot run. The record starts with
 * CODE_IMAGE_MAGIC, a hash of the generated opcode table, so code marshalled by a Spry
 * with a different instruction set is refused instead of run.
 *
 * Writers and readers recurse at most MARSHAL_MAX_DEPTH levels and never trust the
 * input: bad data raises ValueError/EOFError/TypeError, never reads out of bounds. */
#ifndef SPRY_MODULES_MARSHAL_H
#define SPRY_MODULES_MARSHAL_H
#include "core/object.h"

#define MARSHAL_VERSION 4
#define MARSHAL_MAX_DEPTH 2000

enum {
    MTYPE_NULL = '0',
    MTYPE_NONE = 'N',
    MTYPE_FALSE = 'F',
    MTYPE_TRUE = 'T',
    MTYPE_STOPITER = 'S',
    MTYPE_ELLIPSIS = '.',
    MTYPE_INT = 'i',
    MTYPE_FLOAT = 'f',          /* text form, versions 0 and 1 */
    MTYPE_BINARY_FLOAT = 'g',
    MTYPE_COMPLEX = 'x',
    MTYPE_BINARY_COMPLEX = 'y',
    MTYPE_LONG = 'l',           /* base 2**15 digits */
    MTYPE_STRING = 's',         /* bytes */
    MTYPE_INTERNED = 't',
    MTYPE_REF = 'r',
    MTYPE_TUPLE = '(',
    MTYPE_LIST = '[',
    MTYPE_DICT = '{',
    MTYPE_CODE = 'c',
    MTYPE_UNICODE = 'u',
    MTYPE_SET = '<',
    MTYPE_FROZENSET = '>',
    MTYPE_ASCII = 'a',
    MTYPE_ASCII_INTERNED = 'A',
    MTYPE_SMALL_TUPLE = ')',
    MTYPE_SHORT_ASCII = 'z',
    MTYPE_SHORT_ASCII_INTERNED = 'Z',
};
#define MARSHAL_FLAG_REF 0x80

/* ---- writing ---- */
typedef struct MarshalRefTable MarshalRefTable;
typedef struct MarshalWriter {
    Thread *t;
    uint8_t *buf;
    size_t len, cap;
    int version;
    int depth;
    MarshalRefTable *refs;      /* identity -> index; NULL below version 3 */
    bool failed;                /* an exception is set */
} MarshalWriter;

/* The bytes of `value` in marshal format `version` (0..4), or NULL with ValueError
 * ("unmarshallable object", "object too deeply nested to marshal"). */
Object *marshal_dumps(Thread *t, Ref value, int version);

void marshal_w_byte(MarshalWriter *w, uint8_t b);
void marshal_w_u32(MarshalWriter *w, uint32_t v);
void marshal_w_bytes(MarshalWriter *w, const void *data, size_t n);
void marshal_w_object(MarshalWriter *w, Ref v);
/* The code-object record (marshal_code.c); flag is the type byte's FLAG_REF bit. */
void marshal_w_code(MarshalWriter *w, Object *code, uint8_t flag);

/* ---- reading ---- */
typedef struct MarshalReader {
    Thread *t;
    const uint8_t *p, *end;
    int depth;
    Ref *refs;                  /* owned; REF_NULL for a reserved, unfinished slot */
    intptr_t nrefs, refcap;
    bool trusted;               /* MARSHAL_TRUSTED: data made by this very build */
} MarshalReader;

/* marshal_loads flag: the data was written by this build (the images linked into it), so
 * code records skip the instruction check. Everything else is still checked. */
#define MARSHAL_TRUSTED 0x1

/* The value marshalled in data[0..len), a new reference, or REF_NULL with an exception.
 * *consumed (if given) receives how many bytes it used. */
Ref marshal_loads(Thread *t, const uint8_t *data, size_t len, int flags, size_t *consumed);

bool marshal_r_u32(MarshalReader *r, uint32_t *out);
const uint8_t *marshal_r_bytes(MarshalReader *r, size_t n);
/* One object; REF_NULL with an exception (a TYPE_NULL byte reads as REF_NULL without
 * one: *is_null tells them apart when given). */
Ref marshal_r_object(MarshalReader *r, bool *is_null);
/* A reference-table slot for a value being built (-1 on failure), filled later. */
intptr_t marshal_r_reserve(MarshalReader *r);
void marshal_r_fill(MarshalReader *r, intptr_t slot, Ref v);
/* The code-object record after its type byte (marshal_code.c). */
Ref marshal_r_code(MarshalReader *r, bool flag);

#endif
