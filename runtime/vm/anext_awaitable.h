#ifndef SPRY_VM_ANEXT_AWAITABLE_H
#define SPRY_VM_ANEXT_AWAITABLE_H
#include "spry.h"

/* anext(aiterator, default): awaits `wrapped` (the result of __anext__), turning its
 * StopAsyncIteration into the value `dflt`. */
extern Type anext_awaitable_type;
Ref anext_awaitable_new(Thread *t, Ref wrapped, Ref dflt);

#endif
