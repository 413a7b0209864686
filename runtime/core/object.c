/* Object allocation and deallocation. */
#include <mimalloc.h>
#include <stdint.h>
#include <sys/sysinfo.h>

#include "spry.h"

/* Freeing a container frees what it holds, so a deeply nested structure (a million nested
 * tuples) would recurse once per level in C. Past DEALLOC_DEPTH_LIMIT nested container
 * deallocations, a dying container is chained (through its GC header, which is free once
 * untracked) onto the thread's pending list instead, and the outermost deallocation frees
 * the list iteratively. Leaf objects (no GC header) are freed directly. */
#define DEALLOC_DEPTH_LIMIT 1000

void obj_dealloc(Object *o) {
    if (!type_has_flag(o->ob_type, TPFLAG_HAVE_GC)) {
        o->ob_type->tp_dealloc(o);
        return;
    }
    Thread *t = thread_current();
    if (!t) {
        o->ob_type->tp_dealloc(o);
        return;
    }
    if (t->dealloc_depth >= DEALLOC_DEPTH_LIMIT) {
        gc_untrack(o);
        gc_header(o)->gc_next = (uintptr_t)t->dealloc_pending;
        t->dealloc_pending = o;
        return;
    }
    t->dealloc_depth++;
    o->ob_type->tp_dealloc(o);
    t->dealloc_depth--;
    if (t->dealloc_depth == 0) {
        while (t->dealloc_pending) {
            Object *next = t->dealloc_pending;
            t->dealloc_pending = (Object *)gc_header(next)->gc_next;
            gc_header(next)->gc_next = 0; /* untracked again, as tp_dealloc expects */
            t->dealloc_depth++;
            next->ob_type->tp_dealloc(next);
            t->dealloc_depth--;
        }
    }
}

size_t mem_max_request(void) {
    struct sysinfo si;
    if (sysinfo(&si) != 0) return SIZE_MAX;
    return ((size_t)si.totalram + (size_t)si.totalswap) * (size_t)si.mem_unit;
}

void *mem_alloc(Thread *t, size_t size) {
    if (size > t->max_request) {
        err_no_memory(t);
        return NULL;
    }
    void *p = mi_heap_malloc(t->heap, size ? size : 1);
    if (!p) err_no_memory(t);
    return p;
}

void *mem_calloc(Thread *t, size_t count, size_t size) {
    if (size && count > t->max_request / size) {
        err_no_memory(t);
        return NULL;
    }
    void *p = mi_heap_calloc(t->heap, count ? count : 1, size ? size : 1);
    if (!p) err_no_memory(t);
    return p;
}

void *mem_realloc(Thread *t, void *p, size_t size) {
    if (size > t->max_request) {
        err_no_memory(t);
        return NULL;
    }
    void *q = mi_heap_realloc(t->heap, p, size ? size : 1);
    if (!q) err_no_memory(t);
    return q;
}

void mem_free(void *p) { mi_free(p); }

Object *obj_alloc(Thread *t, Type *type, size_t size) {
    bool gc = type_has_flag(type, TPFLAG_HAVE_GC);
    size_t pre = 0;
    if (gc) {
        /* Cycle collection is triggered by allocations of containers (core/gc.c). */
        pre = sizeof(GCHeader);
        GCGeneration *g0 = &t->interp->gc.gen[0];
        if (++g0->count > g0->threshold) gc_maybe_collect(t);
    }
    char *mem = size <= t->max_request ? mi_heap_zalloc(t->heap, pre + size) : NULL;
    if (!mem) {
        err_no_memory(t);
        return NULL;
    }
    Object *o = (Object *)(mem + pre);
    o->ob_refcnt = 1;
    o->ob_type = type;
    if (type_has_flag(type, TPFLAG_HEAPTYPE)) obj_incref((Object *)type);
    return o;
}

Object *obj_alloc_var(Thread *t, Type *type, intptr_t nitems) {
    if (nitems < 0 || (type->tp_itemsize && (size_t)nitems > t->max_request / (size_t)type->tp_itemsize)) {
        err_no_memory(t);
        return NULL;
    }
    size_t size = (size_t)type->tp_basicsize + (size_t)nitems * (size_t)type->tp_itemsize;
    Object *o = obj_alloc(t, type, size);
    if (o) ((VarObject *)o)->ob_size = nitems;
    return o;
}

void obj_free(void *p) {
    Object *o = p;
    Type *type = o->ob_type;
    void *mem = o;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) {
        gc_untrack(o);
        mem = gc_header(o);
        Thread *t = thread_current();
        if (t && t->interp->gc.gen[0].count > 0) t->interp->gc.gen[0].count--;
    }
    mi_free(mem);
    if (type_has_flag(type, TPFLAG_HEAPTYPE)) obj_decref((Object *)type);
}
