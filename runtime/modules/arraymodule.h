/* Spry has no general buffer protocol yet: the native modules that take binary data accept
 * array.array objects through these helpers, besides bytes-like objects. Owner:
 * runtime/modules/arraymodule.c. */
#ifndef SPRY_MODULES_ARRAYMODULE_H
#define SPRY_MODULES_ARRAYMODULE_H
#include "core/object.h"
#include "objects/bytes.h"

/* bytes_view, plus the raw items of an array.array (valid while it is alive and not
 * resized); false without an exception otherwise. */
bool buffer_view(Ref v, ByteView *out);
/* Same, raising TypeError "a bytes-like object is required, not 'T'" on failure. */
bool buffer_view_or_error(Thread *t, Ref v, ByteView *out);

#endif
