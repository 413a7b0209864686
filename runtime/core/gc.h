/* The cycle collector's interface. Owner: core/gc.c. (The collector itself is issue #4;
 * until then tracked objects are only listed, so the GC header layout is fixed now.) */
#ifndef SPRY_CORE_GC_H
#define SPRY_CORE_GC_H
#include "core/state.h"

static inline GCHeader *gc_header(Object *o) { return (GCHeader *)o - 1; }
void gc_track(Object *o);       /* o must have TPFLAG_HAVE_GC and be untracked */
void gc_untrack(Object *o);     /* no-op if untracked */
bool gc_is_tracked(Object *o);
intptr_t gc_collect(Thread *t); /* number of unreachable objects found */
void gc_interp_init(Interp *interp);

#endif
