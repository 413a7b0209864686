/* Object allocation and deallocation. */
#include <mimalloc.h>

#include "spry.h"

void obj_dealloc(Object *o) { o->ob_type->tp_dealloc(o); }

void *mem_alloc(Thread *t, size_t size) {
    void *p = mi_heap_malloc(t->heap, size ? size : 1);
    if (!p) err_no_memory(t);
    return p;
}

void *mem_calloc(Thread *t, size_t count, size_t size) {
    void *p = mi_heap_calloc(t->heap, count ? count : 1, size ? size : 1);
    if (!p) err_no_memory(t);
    return p;
}

void *mem_realloc(Thread *t, void *p, size_t size) {
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
    char *mem = mi_heap_zalloc(t->heap, pre + size);
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
    if (nitems < 0 || (type->tp_itemsize && (size_t)nitems > (SIZE_MAX / 2) / (size_t)type->tp_itemsize)) {
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
