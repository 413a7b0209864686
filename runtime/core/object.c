/* Object allocation and deallocation. */
#include <mimalloc.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
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

/* Buffers that mem_realloc grows past MEM_MAP_MIN (a list's items, a bytearray, a
 * string builder) move to a mapping of their own and grow with mremap, which moves pages
 * instead of copying them, and give their pages back to the kernel when freed. Through
 * mimalloc every growth of a large block allocates a new span, copies, and frees the old
 * span, which stays resident until mimalloc's purge delay passes: a list grown by append
 * peaked at about three times its final size (docs/GC.md, "Allocation"). glibc's malloc,
 * which CPython uses, behaves like the mapped path.
 *
 * A mapped buffer starts MAP_HEADER bytes into its mapping, behind a header holding the
 * mapping's size, and every mapping starts on a MAP_ALIGN boundary. mimalloc (2.x) carves
 * its memory out of MAP_ALIGN-aligned segments that begin with the segment's own header,
 * so no mimalloc block ever lies MAP_HEADER bytes past such a boundary: that is how
 * mem_free and mem_realloc tell the two kinds apart. (mi_is_in_heap_region cannot: its
 * segment map does not cover every address, e.g. under AddressSanitizer.) Each thread
 * keeps its last freed mapping of at most MAP_SPARE_MAX bytes (t->map_spare) for the
 * next one, so building and dropping a large list in a loop does not fault in fresh
 * pages every time. */
#define MEM_MAP_MIN ((size_t)128 * 1024)
#define MAP_SPARE_MAX ((size_t)4 * 1024 * 1024)
#define MAP_PAGE ((size_t)4096)
#define MAP_ALIGN ((size_t)32 << 20) /* mimalloc 2.x's segment size and alignment */
_Static_assert(MI_MALLOC_VERSION >= 200 && MI_MALLOC_VERSION < 300, "MAP_ALIGN assumes mimalloc 2.x segments");

typedef struct MapHeader {
    size_t size;                /* of the whole mapping */
    size_t used;                /* header + the size last asked for, page-rounded */
} MapHeader;                    /* 16 bytes: the buffer stays 16-byte aligned, like mimalloc's */
#define MAP_HEADER sizeof(MapHeader)

static bool mem_is_mapped(const void *p) {
    return p && ((uintptr_t)p & (MAP_ALIGN - 1)) == MAP_HEADER;
}

/* A fresh MAP_ALIGN-aligned mapping of `size` bytes, or MAP_FAILED. */
static char *map_aligned(size_t size) {
    if (size > SIZE_MAX - MAP_ALIGN) return MAP_FAILED;
    char *raw = mmap(NULL, size + MAP_ALIGN, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return raw;
    char *base = (char *)(((uintptr_t)raw + MAP_ALIGN - 1) & ~(uintptr_t)(MAP_ALIGN - 1));
    if (base > raw) munmap(raw, (size_t)(base - raw));
    size_t tail = (size_t)(raw + size + MAP_ALIGN - (base + size));
    if (tail) munmap(base + size, tail);
    return base;
}

/* base's mapping made to hold `want` bytes. It grows when too small and shrinks only when
 * the buffer shrinks to a quarter of it: growing into a larger spare, or by small steps,
 * reuses pages already faulted in. When it cannot grow in place its pages move (not
 * copied) to a new aligned place. MAP_FAILED if the kernel refuses, base unchanged. */
static char *map_fit(char *base, size_t want) {
    MapHeader *h = (MapHeader *)base;
    if (want > h->size || (want < h->used && want <= h->size / 4)) {
        char *to = mremap(base, h->size, want, 0);
        if (to == MAP_FAILED) {
            char *dest = map_aligned(want);
            if (dest == MAP_FAILED) return dest;
            to = mremap(base, h->size, want, MREMAP_MAYMOVE | MREMAP_FIXED, dest);
            if (to == MAP_FAILED) {
                munmap(dest, want);
                return to;
            }
        }
        h = (MapHeader *)to;
        h->size = want;
        base = to;
    }
    h->used = want;
    return base;
}

static void *mem_realloc_mapped(Thread *t, void *p, size_t size) {
    size_t want = (size + MAP_HEADER + MAP_PAGE - 1) & ~(MAP_PAGE - 1);
    bool mapped = mem_is_mapped(p);
    char *base;
    if (mapped) {
        base = map_fit((char *)p - MAP_HEADER, want);
    } else if (t->map_spare) {
        char *spare = t->map_spare;
        t->map_spare = NULL;
        base = map_fit(spare, want);
        if (base == MAP_FAILED) munmap(spare, ((MapHeader *)spare)->size);
    } else {
        base = map_aligned(want);
        if (base != MAP_FAILED) *(MapHeader *)base = (MapHeader){want, want};
    }
    if (base == MAP_FAILED) {
        err_no_memory(t);
        return NULL;
    }
    if (!mapped && p) {
        size_t keep = mi_usable_size(p);
        memcpy(base + MAP_HEADER, p, keep < size ? keep : size);
        mi_free(p);
    }
    return base + MAP_HEADER;
}

void *mem_realloc(Thread *t, void *p, size_t size) {
    if (size > t->max_request) {
        err_no_memory(t);
        return NULL;
    }
    if (size >= MEM_MAP_MIN || mem_is_mapped(p)) return mem_realloc_mapped(t, p, size ? size : 1);
    void *q = mi_heap_realloc(t->heap, p, size ? size : 1);
    if (!q) err_no_memory(t);
    return q;
}

void mem_free(void *p) {
    if (!mem_is_mapped(p)) {
        mi_free(p);
        return;
    }
    MapHeader *h = (MapHeader *)((char *)p - MAP_HEADER);
    Thread *t = thread_current();
    if (t && h->size <= MAP_SPARE_MAX) {
        MapHeader *old = t->map_spare;
        h->used = 0; /* whoever takes the spare may use all of it */
        t->map_spare = h;
        h = old;
        if (!h) return;
    }
    munmap(h, h->size);
}

void mem_release_spare(Thread *t) {
    MapHeader *h = t->map_spare;
    if (h) munmap(h, h->size);
    t->map_spare = NULL;
}

static inline Object *alloc_object(Thread *t, Type *type, size_t size, bool zero) {
    bool gc = type_has_flag(type, TPFLAG_HAVE_GC);
    size_t pre = 0;
    if (gc) {
        /* Cycle collection is triggered by allocations of containers (core/gc.c). */
        pre = sizeof(GCHeader);
        gc_count_alloc(t);
    }
    char *mem = NULL;
    if (size <= t->max_request) mem = zero ? mi_heap_zalloc(t->heap, pre + size) : mi_heap_malloc(t->heap, pre + size);
    if (mem && gc && !zero) memset(mem, 0, pre);
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

Object *obj_alloc(Thread *t, Type *type, size_t size) { return alloc_object(t, type, size, true); }

Object *obj_alloc_uninit(Thread *t, Type *type, size_t size) { return alloc_object(t, type, size, false); }

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
        if (t) gc_count_free(t);
    }
    mi_free(mem);
    if (type_has_flag(type, TPFLAG_HEAPTYPE)) obj_decref((Object *)type);
}
