/* Files and in-memory streams: open(), the io module (FileIO, BufferedReader/Writer,
 * TextIOWrapper, StringIO, BytesIO). Owner: runtime/modules/io*.c.
 *
 * CPython 3.11's layering: a raw stream (FileIO: unbuffered fd I/O) under a buffered
 * stream (BufferedReader/Writer/Random) under a text stream (TextIOWrapper: decoding,
 * newline translation). Each layer talks to the one below through ordinary method calls
 * (raw.read, buffer.read1, buffer.write, ...), so any object with the right methods can be
 * wrapped (a BytesIO under a TextIOWrapper, a Python RawIOBase subclass under a
 * BufferedReader). The base classes (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase)
 * implement the generic methods in terms of the abstract ones, as in CPython.
 *
 * The io types are static and process-wide but are readied by io_builtins_add (once per
 * process, with pthread_once) rather than listed in core/static_types.def. */
#ifndef SPRY_MODULES_IO_H
#define SPRY_MODULES_IO_H
#include "core/object.h"

/* Adds open() to the builtins module (and readies the io types on first use). */
int io_builtins_add(Thread *t, Object *builtins_module);

/* The `_io` module (the `io` module is the same object under another name). */
Object *io_module_create(Thread *t);

/* Interpreter exit: flushes the open text and buffered writers that modules' globals hold
 * (a file left open at module level would otherwise lose what it buffered; CPython's
 * finalization flushes it when it clears the modules' globals). Errors are ignored. */
void io_flush_all(Thread *t);
/* Sets sys.stdin/stdout/stderr and their __std*__ twins (runtime/modules/io_stdio.c);
 * `unbuffered` (-u) makes them anew, unbuffered and writing through. */
int io_install_std_streams(Thread *t, Object *sys, bool unbuffered);

/* ---- shared between io*.c (internal) --------------------------------------------------- */

#define IO_DEFAULT_BUFFER_SIZE 8192

extern Type iobase_type, rawiobase_type, bufferediobase_type, textiobase_type;
extern Type fileio_type, bytesio_type, stringio_type;
extern Type bufferedreader_type, bufferedwriter_type, bufferedrandom_type;
extern Type textiowrapper_type;
extern Type bufferedrwpair_type;   /* io_rwpair.c */
extern Type exc_UnsupportedOperation;

/* Readies the io types (once per process): 0, or -1 with SystemError set. */
int io_ensure_ready(Thread *t);
/* Raises io.UnsupportedOperation(msg). */
Ref io_unsupported(Thread *t, const char *msg);
/* ValueError("I/O operation on closed file.") */
Ref io_closed_error(Thread *t);
/* obj.<name>(*args) with a C-string method name. */
Ref io_call(Thread *t, Ref obj, const char *name, const Ref *args, size_t nargs);
/* close() of a layered stream: self.flush(), then inner.close() even if the flush failed;
 * a close error gets the flush error as its __context__. None or REF_NULL. */
Ref io_flush_then_close(Thread *t, Ref self, Ref inner);
/* obj.closed as a C bool: 1, 0, -1 on error. */
int io_is_closed(Thread *t, Ref obj);
/* Raises the closed-file ValueError when obj.closed is true: 0 ok, -1 error. */
int io_check_closed(Thread *t, Ref obj);
/* A size argument: None or absent -> -1; else __index__ ("argument should be integer or
 * None, not 'str'"). */
bool io_size_arg(Thread *t, Ref arg, intptr_t *out);
/* OSError from errno with the file name object (borrowed; may be REF_NULL). */
Ref io_oserror(Thread *t, int err, Ref filename);

/* Kinds of line endings seen (the newlines attribute of text streams). */
enum { NL_LF = 1, NL_CR = 2, NL_CRLF = 4 };
/* The newlines value for a set of NL_* bits: None, a str, or a tuple in CPython's order. */
Ref io_newlines_value(Thread *t, int seen);

/* The generic IOBase finalizer: calls close() (errors are reported as unraisable). */
void iobase_finalize(Object *o);
/* IOBase.readlines / __next__ over any object with readline(). */
Ref iobase_readlines(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);
Ref iobase_iternext(Thread *t, Ref self);

/* FileIO(file, mode, closefd, opener) as the io.FileIO constructor would make it. */
Ref fileio_open(Thread *t, Ref file, const char *mode, bool closefd, Ref opener);
/* A FileIO's closed attribute. */
bool fileio_is_closed(Ref fileio);
/* A Buffered{Reader,Writer,Random}'s raw stream (borrowed), or REF_NULL when it is
 * detached or not initialized. */
Ref buffered_raw(Ref buffered);
/* Buffered{Reader,Writer,Random}(raw, buffer_size). */
Ref buffered_new_for(Thread *t, Type *type, Ref raw, intptr_t buffer_size);
/* TextIOWrapper(buffer, encoding, errors, newline, line_buffering, write_through); str
 * args may be REF_NULL/None. `mode` (borrowed, may be NULL) becomes the wrapper's mode
 * attribute. */
Ref textio_new_for(Thread *t, Ref buffer, Ref encoding, Ref errors, Ref newline,
                   bool line_buffering, bool write_through, Object *mode);

#endif
