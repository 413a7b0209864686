/* The bookkeeping that bz2's and lzma's decompressor objects share: input kept between
 * calls, max_length, needs_input, eof and unused_data, as CPython's decompressors behave.
 * Each module supplies one step function that runs its library's decoder once.
 * Owner: runtime/modules (bz2module.c, lzmamodule.c). */
#ifndef SPRY_MODULES_STREAM_DECODER_H
#define SPRY_MODULES_STREAM_DECODER_H
#include <stddef.h>
#include <stdint.h>

#include "spry.h"

enum { DECODE_ERROR = -1, DECODE_OK = 0, DECODE_END = 1 };

/* Runs the library's decoder once over [*in, *in + *avail_in) into [*out, *out + *avail_out),
 * advancing the pointers and counts past what it consumed and produced. DECODE_OK,
 * DECODE_END at the end of the stream, or DECODE_ERROR with an exception set. */
typedef int (*DecodeStepFn)(Thread *t, void *lib, const uint8_t **in, size_t *avail_in, uint8_t **out,
                            size_t *avail_out);

typedef struct StreamDecoder {
    BytesBuf pending;    /* input not consumed yet, kept while needs_input is false */
    Object *unused_data; /* bytes after the end of the stream */
    const char *eof_message; /* the EOFError of decompress() after the end */
    bool eof, needs_input;
} StreamDecoder;

/* Points *out and *avail_out at free room in buf, growing it by chunks (the compressors use
 * it too), never past limit bytes in all (limit < 0: no limit). False with MemoryError. */
bool stream_out_room(Thread *t, BytesBuf *buf, intptr_t limit, uint8_t **out, size_t *avail_out);

/* eof_message: a static string. 0, or -1 with MemoryError set. */
int stream_decoder_init(Thread *t, StreamDecoder *d, const char *eof_message);
void stream_decoder_clear(StreamDecoder *d);
/* The decompress(data, max_length=-1) method: new bytes, or REF_NULL with an exception. */
Ref stream_decoder_decompress(Thread *t, StreamDecoder *d, void *lib, DecodeStepFn step, const Ref *args,
                              size_t nargs, Object *kwnames);
/* The eof, needs_input and unused_data attributes, for an object that holds its
 * StreamDecoder at `offset`. */
#define STREAM_DECODER_MEMBERS(offset)                                                        \
    {"eof", MEMBER_T_BOOL, (offset) + offsetof(StreamDecoder, eof), MEMBER_READONLY,          \
     "Whether the end of the stream has been seen."},                                   \
    {"needs_input", MEMBER_T_BOOL, (offset) + offsetof(StreamDecoder, needs_input), MEMBER_READONLY, \
     "Whether decompress() needs more input to produce more output."},          \
    {"unused_data", MEMBER_T_OBJECT, (offset) + offsetof(StreamDecoder, unused_data), MEMBER_READONLY, \
     "The bytes that followed the end of the stream."}

#endif
