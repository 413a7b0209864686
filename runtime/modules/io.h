/* Files and in-memory streams: open(), the io module (FileIO, BufferedReader/Writer,
 * TextIOWrapper, StringIO, BytesIO). Owner: runtime/modules/io*.c. */
#ifndef SPRY_MODULES_IO_H
#define SPRY_MODULES_IO_H
#include "core/object.h"

/* Adds open() to the builtins module. */
int io_builtins_add(Thread *t, Object *builtins_module);

#endif
