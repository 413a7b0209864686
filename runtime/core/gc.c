/* Tracking of container objects for the cycle collector.
 *
 * Every object whose type has TPFLAG_HAVE_GC has a GCHeader in front of it. A tracked
 * object is linked into its interpreter's list (interp->gc.tracked, a circular doubly
 * linked list with a sentinel); an untracked one has gc_next == 0. The collector proper
 * (issue #4) walks this list; until it lands, gc_collect finds nothing. */
#include "spry.h"

static GCHeader *sentinel(Interp *interp) { return &interp->gc.tracked; }

void gc_track(Object *o) {
    Thread *t = thread_current();
    GCHeader *h = gc_header(o);
    if (h->gc_next || !t) return;
    GCHeader *head = sentinel(t->interp);
    GCHeader *last = (GCHeader *)head->gc_prev;
    h->gc_prev = (uintptr_t)last;
    h->gc_next = (uintptr_t)head;
    last->gc_next = (uintptr_t)h;
    head->gc_prev = (uintptr_t)h;
    t->interp->gc.count++;
}

void gc_untrack(Object *o) {
    GCHeader *h = gc_header(o);
    if (!h->gc_next) return;
    GCHeader *prev = (GCHeader *)h->gc_prev;
    GCHeader *next = (GCHeader *)h->gc_next;
    prev->gc_next = (uintptr_t)next;
    next->gc_prev = (uintptr_t)prev;
    h->gc_next = h->gc_prev = 0;
}

bool gc_is_tracked(Object *o) { return gc_header(o)->gc_next != 0; }

intptr_t gc_collect(Thread *t) {
    t->interp->gc.count = 0;
    return 0;
}

void gc_interp_init(Interp *interp) {
    GCHeader *head = sentinel(interp);
    head->gc_next = head->gc_prev = (uintptr_t)head;
    interp->gc.threshold = 700;
    interp->gc.enabled = true;
}
