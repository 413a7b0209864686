/* The cycle collector's interface. Owner: core/gc.c.
 *
 * Every object whose type has TPFLAG_HAVE_GC has a GCHeader in front of it. A tracked
 * object is linked into one of its interpreter's generation lists; an untracked one has
 * gc_next == 0 (a member of a large closure being examined by core/gc.c is in no list:
 * gc_next == 1). gc_prev holds the previous element's address with four flag bits below it
 * (GC headers and list sentinels are 16-byte aligned):
 *   bit 0  FINALIZED   tp_finalize (__del__) already ran (PEP 442: it runs once);
 *   bit 1  COLLECTING  the object is in the set being examined by a running collection;
 *   bit 2  OLD         the object is in gen[2];
 *   bit 3  VISITED     parity bit of the incremental pass over gen[2].
 * While a collection computes reachability, gc_prev temporarily holds a count of
 * references (shifted past the flags) instead of the address; the lists are relinked
 * before any Python code runs. Only core/gc.c looks at these bits. */
#ifndef SPRY_CORE_GC_H
#define SPRY_CORE_GC_H
#include "core/state.h"
#include "objects/tuple.h"   /* gc_may_close_cycle: untracked tuples hold only atoms */

static inline GCHeader *gc_header(Object *o) { return (GCHeader *)o - 1; }
void gc_track(Object *o);       /* o must have TPFLAG_HAVE_GC and be untracked */
void gc_untrack(Object *o);     /* no-op if untracked */
static inline bool gc_is_tracked(Object *o) { return gc_header(o)->gc_next != 0; }
/* Could r be part of a cycle the collector must find? Not a tagged int or an object
 * without GC support, nor an untracked tuple (it holds only such atoms, for good). A
 * container holding nothing else can stay untracked itself. */
static inline bool gc_may_close_cycle(Ref r) {
    if (!ref_is_obj(r)) return false;
    Object *o = ref_obj(r);
    return type_has_flag(o->ob_type, TPFLAG_HAVE_GC) && (o->ob_type != &tuple_type || gc_is_tracked(o));
}
bool gc_is_finalized(Object *o);
/* A collection of generations 0..gen (0-2); the number of unreachable objects found. Runs
 * gc.callbacks. The raised exception, if any, is preserved. 0 if a collection is already
 * running. */
intptr_t gc_collect_generation(Thread *t, int gen);
intptr_t gc_collect(Thread *t); /* full collection: gc_collect_generation(t, 2) */
/* Automatic collection, from allocation of GC objects: collects generation 0 or 1 (the
 * older one if its count passed its threshold) and, while an incremental pass over
 * generation 2 is under way, a bounded increment of it; if enabled and not already
 * collecting. */
void gc_maybe_collect(Thread *t);
/* The allocation count that triggers automatic collection: one more GC object born (it
 * may collect), one gone. obj_alloc/obj_free count; free lists that keep dead objects for
 * reuse count the same way when they hand one out or take one back. */
static inline void gc_count_alloc(Thread *t) {
    GCGeneration *g0 = &t->interp->gc.gen[0];
    if (++g0->count > g0->threshold) gc_maybe_collect(t);
}
static inline void gc_count_free(Thread *t) {
    GCGeneration *g0 = &t->interp->gc.gen[0];
    if (g0->count > 0) g0->count--;
}
/* For deallocs of types with tp_finalize (PEP 442): runs tp_finalize on o (refcount 0)
 * unless it already ran, with o briefly alive again. True if o was resurrected (the
 * dealloc must then stop). */
bool gc_finalize_from_dealloc(Object *o);
void gc_interp_init(Interp *interp);
/* gc.freeze / gc.unfreeze / gc.get_freeze_count: the permanent generation. */
void gc_freeze(Interp *interp);
void gc_unfreeze(Interp *interp);
intptr_t gc_freeze_count(Interp *interp);
/* Calls visit(o, arg) on every tracked object of generation gen (gen 2 includes a large
 * closure being examined over several collections) until one returns nonzero, which is
 * returned. visit must not allocate GC objects. */
int gc_visit_generation(Interp *interp, int gen, int (*visit)(Object *, void *), void *arg);

#endif
