/* The cycle collector: generational trial deletion with safe finalization (PEP 442).
 *
 * Reference counting frees everything except cycles. A collection of generations 0..g
 * looks at the objects of those generations (the "young" set) and finds the ones that
 * nothing outside the set refers to:
 *   1. copy each object's refcount into its header (gc_refs);
 *   2. for every reference from one young object to another (tp_traverse), decrement
 *      the target's gc_refs: what is left counts references from outside the set (C
 *      locals, the value stack, older generations, untracked objects);
 *   3. objects with gc_refs > 0 are reachable, and so is everything reachable from them;
 *      the rest is unreachable (cyclic garbage).
 * The unreachable objects then go through, in this order: weak references to them are
 * cleared, and the callbacks of the weak references that are not garbage themselves run;
 * tp_finalize (__del__) runs once per object (the FINALIZED bit, see core/gc.h); the
 * set is examined again, and what a finalizer made reachable (resurrected) survives;
 * finally tp_clear breaks the references of the rest, and refcounting frees them.
 * Survivors move to the next generation.
 *
 * Objects with refcount 0 are being deallocated (their dealloc ran Python code, which
 * allocated): they are left out of the set and never traversed. Immortal objects are never
 * in it. An over-counting tp_traverse (negative gc_refs) makes its object reachable: a bug
 * there leaks, it never frees a live object.
 *
 * Collections are triggered by allocation (gc_maybe_collect from obj_alloc) when the count
 * of generation 0 passes its threshold, never during start-up (before sys exists), never
 * re-entrantly, and only while gc is enabled. */
#include <stdlib.h>

#include "spry.h"
#include "objects/weakref.h"
#include "vm/vm.h"

#define F_FINALIZED ((uintptr_t)1)
#define F_COLLECTING ((uintptr_t)2)
#define F_OLD ((uintptr_t)4)      /* lives in gen[2] */
#define F_VISITED ((uintptr_t)8)  /* parity bit of incremental passes (GCState.visited) */
#define F_MASK ((uintptr_t)15)
#define F_KEEP (F_FINALIZED | F_OLD | F_VISITED)   /* what survives a collection */
#define REFS_SHIFT 4

/* References followed to build one increment of gen[2] (about a millisecond of work,
 * repeated by the collection proper): the bound on automatic pauses, whatever the heap. */
#define INCREMENT_WORK 20000
/* A container with more references than this is never part of an increment (examining
 * it alone would exceed the bound); only full collections look at it. */
#define HUGE_REFS 10000

/* gc_next of a member of a large closure being examined (see gather_add): it is in no list. */
#define GATHERED ((uintptr_t)1)

/* List sentinels on the stack: links carry four flag bits, so 16-byte alignment. */
#define GC_LIST(name) _Alignas(16) GCHeader name

static inline Object *hobj(GCHeader *h) { return (Object *)(h + 1); }
static inline GCHeader *hnext(GCHeader *h) { return (GCHeader *)h->gc_next; }
static inline GCHeader *hprev(GCHeader *h) { return (GCHeader *)(h->gc_prev & ~F_MASK); }
static inline void set_prev(GCHeader *h, GCHeader *p) {
    h->gc_prev = (uintptr_t)p | (h->gc_prev & F_MASK);
}

/* ---- lists ---------------------------------------------------------------------------- */

static void gl_init(GCHeader *head) { head->gc_next = head->gc_prev = (uintptr_t)head; }
static bool gl_empty(GCHeader *head) { return hnext(head) == head; }

static void gl_append(GCHeader *h, GCHeader *head) {
    GCHeader *last = hprev(head);
    set_prev(h, last);
    h->gc_next = (uintptr_t)head;
    last->gc_next = (uintptr_t)h;
    set_prev(head, h);
}

static void gl_remove(GCHeader *h) {
    GCHeader *prev = hprev(h), *next = hnext(h);
    prev->gc_next = (uintptr_t)next;
    set_prev(next, prev);
}

static void gl_move(GCHeader *h, GCHeader *head) {
    gl_remove(h);
    gl_append(h, head);
}

/* Appends all of `from` to `to`, leaving `from` empty. */
static void gl_merge(GCHeader *from, GCHeader *to) {
    if (gl_empty(from)) return;
    GCHeader *first = hnext(from), *last = hprev(from), *tolast = hprev(to);
    tolast->gc_next = (uintptr_t)first;
    set_prev(first, tolast);
    last->gc_next = (uintptr_t)to;
    set_prev(to, last);
    gl_init(from);
}

static intptr_t gl_size(GCHeader *head) {
    intptr_t n = 0;
    for (GCHeader *h = hnext(head); h != head; h = hnext(h)) n++;
    return n;
}

static void gather_forget(GCHeader *h);

/* ---- tracking ------------------------------------------------------------------------- */

void gc_track(Object *o) {
    Thread *t = thread_current();
    GCHeader *h = gc_header(o);
    if (h->gc_next || !t) return;
    gl_append(h, &t->interp->gc.gen[0].head);
}

void gc_untrack(Object *o) {
    GCHeader *h = gc_header(o);
    if (!h->gc_next) return;
    if (h->gc_next == GATHERED) gather_forget(h);
    else gl_remove(h);
    h->gc_next = 0;
    h->gc_prev &= F_FINALIZED;
}

bool gc_is_finalized(Object *o) {
    return type_has_flag(o->ob_type, TPFLAG_HAVE_GC) && (gc_header(o)->gc_prev & F_FINALIZED);
}

bool gc_finalize_from_dealloc(Object *o) {
    Type *tp = o->ob_type;
    if (!tp->tp_finalize) return false;
    if (type_has_flag(tp, TPFLAG_HAVE_GC)) {
        GCHeader *h = gc_header(o);
        if (h->gc_prev & F_FINALIZED) return false;
        h->gc_prev |= F_FINALIZED;
    }
    o->ob_refcnt = 1;
    tp->tp_finalize(o);
    return --o->ob_refcnt != 0;
}

/* ---- deferred reference counting ------------------------------------------------------
 * A deferred object's refcount carries REFCNT_DEFERRED on top of its counted references,
 * and the value stacks of executing frames may refer to it without counting (ref_for_call).
 * So refcounting alone never frees it: when its last counted reference goes, it is freed
 * at once unless a frame may still hold it; otherwise the collector frees it, counting the
 * frames' uncounted references as references from outside. */

typedef struct Uncounted {
    uintptr_t *items;   /* sorted addresses */
    size_t n, cap;
    bool gathered;      /* the frames were scanned (on first need) */
    bool failed;        /* out of memory: every deferred object counts as held */
} Uncounted;

static void uncounted_add(uintptr_t addr, void *arg) {
    Uncounted *u = arg;
    if (u->failed) return;
    if (u->n == u->cap) {
        size_t cap = u->cap ? u->cap * 2 : 64;
        uintptr_t *items = realloc(u->items, cap * sizeof *items);
        if (!items) {
            u->failed = true;
            return;
        }
        u->items = items;
        u->cap = cap;
    }
    u->items[u->n++] = addr;
}

static int cmp_addr(const void *a, const void *b) {
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

/* Does any executing frame of this interpreter possibly hold o uncounted? */
static bool held_uncounted(Uncounted *u, Object *o) {
    if (!u->gathered) {
        u->gathered = true;
        frames_each_uncounted(thread_current()->interp, uncounted_add, u);
        if (!u->failed && u->n > 0) qsort(u->items, u->n, sizeof *u->items, cmp_addr);
    }
    if (u->failed) return true;
    if (u->n == 0) return false;
    uintptr_t key = (uintptr_t)o;
    return bsearch(&key, u->items, u->n, sizeof key, cmp_addr) != NULL;
}

/* The references to o that tp_traverse does not account for: its counted ones for a
 * deferred object, plus one if a frame may hold it uncounted. */
static intptr_t counted_refs(Uncounted *u, Object *o) {
    intptr_t n = o->ob_refcnt;
    if (n < REFCNT_DEFERRED) return n;
    return n - REFCNT_DEFERRED + held_uncounted(u, o);
}

/* o is garbage: from now on plain refcounting frees it. */
static void undefer(Object *o) {
    if (obj_is_deferred(o) && !obj_is_immortal(o)) o->ob_refcnt -= REFCNT_DEFERRED;
}

typedef struct FindOne {
    uintptr_t addr;
    bool found;
} FindOne;

static void find_one(uintptr_t addr, void *arg) {
    FindOne *f = arg;
    if (addr == f->addr) f->found = true;
}

void obj_deferred_released(Object *o) {
    /* Free it now unless a frame may hold it. */
    Thread *t = thread_current();
    if (!t) return;   /* no frames to ask: the collector decides */
    FindOne f = {(uintptr_t)o, false};
    frames_each_uncounted(t->interp, find_one, &f);
    if (f.found) return;
    o->ob_refcnt = 0;
    obj_dealloc(o);
}

/* ---- reachability --------------------------------------------------------------------- */

static inline intptr_t get_refs(GCHeader *h) { return (intptr_t)h->gc_prev >> REFS_SHIFT; }
static inline void set_refs(GCHeader *h, intptr_t n) {
    h->gc_prev = ((uintptr_t)n << REFS_SHIFT) | (h->gc_prev & F_KEEP) | F_COLLECTING;
}

/* o is in the set being examined. */
static inline bool in_set(Object *o) {
    return !obj_is_immortal(o) && type_has_flag(o->ob_type, TPFLAG_HAVE_GC) &&
           (gc_header(o)->gc_prev & F_COLLECTING) != 0;
}

static int visit_decref(Object *o, void *arg) {
    (void)arg;
    if (in_set(o)) gc_header(o)->gc_prev -= (uintptr_t)1 << REFS_SHIFT;
    return 0;
}

typedef struct Stack {
    Object **items;
    intptr_t n;
} Stack;

static int visit_reach(Object *o, void *arg) {
    Stack *s = arg;
    if (!in_set(o)) return 0;
    GCHeader *h = gc_header(o);
    if (get_refs(h) == 0) {
        set_refs(h, 1);
        s->items[s->n++] = o;
    }
    return 0;
}

/* Splits `young` into `reach` (appended; COLLECTING cleared) and `unreach` (appended;
 * COLLECTING set), leaving `young` empty; returns how many are unreachable. Objects being
 * deallocated go to `reach`, and so does everything if memory for the work stack ran out. */
static intptr_t find_unreachable(GCHeader *young, GCHeader *reach, GCHeader *unreach) {
    /* 1. gc_refs = refcount. From here until the lists are rebuilt, gc_prev holds gc_refs:
     * follow gc_next only (taking an object out below writes only its neighbours' links,
     * and its predecessor's gc_prev is not one of them). */
    intptr_t n = 0;
    Uncounted u = {NULL, 0, 0, false, false};
    for (GCHeader *h = hnext(young), *next; h != young; h = next) {
        next = hnext(h);
        Object *o = hobj(h);
        if (o->ob_refcnt == 0 || obj_is_immortal(o)) {
            gl_move(h, reach);
            continue;
        }
        set_refs(h, counted_refs(&u, o));
        n++;
    }
    free(u.items);
    Stack s = {malloc(sizeof(Object *) * (size_t)(n ? n : 1)), 0};
    if (!s.items) {   /* out of memory: everything counts as reachable */
        for (GCHeader *h = hnext(young); h != young; h = hnext(h)) set_refs(h, 1);
    } else {
        /* 2. subtract the references from inside the set */
        for (GCHeader *h = hnext(young); h != young; h = hnext(h)) {
            Object *o = hobj(h);
            if (o->ob_type->tp_traverse) o->ob_type->tp_traverse(o, visit_decref, NULL);
        }
        /* 3. propagate reachability from the objects referenced from outside */
        for (GCHeader *h = hnext(young); h != young; h = hnext(h))
            if (get_refs(h) != 0) s.items[s.n++] = hobj(h);
        while (s.n > 0) {
            Object *o = s.items[--s.n];
            if (o->ob_type->tp_traverse) o->ob_type->tp_traverse(o, visit_reach, &s);
        }
        free(s.items);
    }
    /* 4. relink into the two lists */
    intptr_t dead = 0;
    GCHeader *h = hnext(young);
    while (h != young) {
        GCHeader *next = hnext(h);
        bool reachable = get_refs(h) != 0;
        h->gc_prev &= F_KEEP;
        if (reachable) {
            gl_append(h, reach);
        } else {
            h->gc_prev |= F_COLLECTING;
            gl_append(h, unreach);
            dead++;
        }
        h = next;
    }
    gl_init(young);
    return dead;
}

/* A tuple whose items the collector never sees (ints, strs, floats, ..., untracked tuples)
 * cannot be part of a cycle, and being immutable never will be. A tuple still being filled
 * (a NULL item) is not one. */
static bool tuple_is_atomic(Object *o) {
    for (intptr_t i = 0; i < tuple_size(o); i++) {
        Ref r = tuple_items(o)[i];
        if (ref_is_null(r) || gc_may_close_cycle(r)) return false;
    }
    return true;
}

/* Atomic tuples leave the collector for good, as CPython's do: a dict keyed by a million
 * pairs of strings costs the collections nothing. */
static void untrack_atomic_tuples(GCHeader *young) {
    for (GCHeader *h = hnext(young), *next; h != young; h = next) {
        next = hnext(h);
        Object *o = hobj(h);
        if (o->ob_type == &tuple_type && o->ob_refcnt > 0 && tuple_is_atomic(o)) gc_untrack(o);
    }
}

/* Moves all of `from` to `to`, clearing COLLECTING. */
static void release(GCHeader *from, GCHeader *to) {
    for (GCHeader *h = hnext(from); h != from; h = hnext(h)) h->gc_prev &= ~F_COLLECTING;
    gl_merge(from, to);
}

/* ---- the unreachable set -------------------------------------------------------------- */

/* Clears the weak references to the unreachable objects; then calls the callbacks of
 * those that are not garbage themselves. True if an unreachable object has a finalizer
 * still to run. */
static bool handle_weakrefs(Thread *t, GCHeader *unreach) {
    WeakRef **calls = NULL;
    size_t n = 0, cap = 0;
    bool finalize = false;
    for (GCHeader *h = hnext(unreach); h != unreach; h = hnext(h)) {
        if (hobj(h)->ob_type->tp_finalize && !(h->gc_prev & F_FINALIZED)) finalize = true;
        Object **lp = weakref_list_ptr(hobj(h));
        if (!lp) continue;
        while (*lp) {
            WeakRef *wr = (WeakRef *)*lp;
            weakref_clear_one(wr);
            if (!wr->wr_callback || in_set(&wr->ob)) continue;
            if (n == cap) {
                size_t ncap = cap ? cap * 2 : 16;
                WeakRef **nc = realloc(calls, ncap * sizeof *nc);
                if (!nc) continue; /* out of memory: this callback is lost */
                calls = nc;
                cap = ncap;
            }
            obj_incref(&wr->ob);
            calls[n++] = wr;
        }
    }
    /* a callback that modifies a class (giving it __del__) draws a type version */
    unsigned int types = t->interp->next_type_version;
    for (size_t i = 0; i < n; i++) {
        weakref_call_callback(t, calls[i]);
        obj_decref(&calls[i]->ob);
    }
    free(calls);
    return finalize || t->interp->next_type_version != types;
}

/* Runs tp_finalize once on every unreachable object that has one. The number run. */
static intptr_t finalize_garbage(GCHeader *unreach) {
    GC_LIST(seen);
    gl_init(&seen);
    intptr_t ran = 0;
    while (!gl_empty(unreach)) {
        GCHeader *h = hnext(unreach);
        gl_move(h, &seen);
        Object *o = hobj(h);
        if (o->ob_type->tp_finalize && !(h->gc_prev & F_FINALIZED)) {
            h->gc_prev |= F_FINALIZED;
            obj_incref(o);
            o->ob_type->tp_finalize(o);
            ran++;
            obj_decref(o);
        }
    }
    gl_merge(&seen, unreach);
    return ran;
}

/* ---- generations and the incremental pass over gen[2] ----------------------------------
 * An automatic collection never examines all of gen[2] at once (its cost would grow with
 * the live heap). Instead, once enough objects became long-lived, a *pass* starts: every
 * automatic collection then also examines an *increment* of gen[2] together with the
 * young generations -- objects not yet visited in this pass from the front of the list,
 * plus the unvisited old objects they reach (so a garbage cycle is normally taken whole),
 * a bounded amount of work (INCREMENT_WORK). Survivors go to the back of gen[2] marked visited;
 * when no unvisited object is left the pass ends and flipping GCState.visited makes every
 * object unvisited again. Trial deletion over any subset is safe: references from outside
 * the subset count as roots. A garbage cycle larger than an increment is gathered over
 * several collections instead (see gather_step). See docs/GC.md. */

static inline bool is_visited(const GCState *gc, const GCHeader *h) {
    return (h->gc_prev & F_VISITED) == gc->visited;
}

/* Classes, modules and functions are referred to by garbage (every instance refers to its
 * class) but hardly ever part of a large cycle: a closure that took them in would take in
 * the live program with them (a function refers to its module's globals). They bound a
 * closure instead. */
static bool gather_boundary(Object *o) {
    Type *tp = o->ob_type;
    return type_has_flag(tp, TPFLAG_TYPE_SUBCLASS) || tp == &module_type || tp == &function_type;
}

/* Flags h as a gen[2] object, visited in the current pass or not. */
static inline void mark_old(GCState *gc, GCHeader *h, bool visited) {
    h->gc_prev = (h->gc_prev & ~F_VISITED) | F_OLD | (visited ? gc->visited : gc->visited ^ F_VISITED);
}

/* Moves the survivors of a collection of generations 0..gen to where they now belong:
 * increment objects (F_OLD) back to gen[2] as visited, the others one generation up (a
 * full collection leaves everything in gen[2], unvisited). */
static void promote(GCState *gc, GCHeader *survivors, int gen) {
    GCHeader *old = &gc->gen[2].head, *up = &gc->gen[gen < 2 ? gen + 1 : 2].head;
    while (!gl_empty(survivors)) {
        GCHeader *h = hnext(survivors);
        if (gen == 2) {
            mark_old(gc, h, false);
            gl_move(h, old);
        } else if (h->gc_prev & F_OLD) {
            mark_old(gc, h, true);
            gc->pass_visited++;
            gl_move(h, old);
        } else {
            if (gen == 1) {
                mark_old(gc, h, gc->pass_active);
                gc->pass_visited += gc->pass_active;
                gc->long_lived_pending++;
            }
            gl_move(h, up);
        }
    }
}

/* ---- garbage cycles larger than an increment ------------------------------------------
 * When the breadth-first walk of an increment does not end within INCREMENT_WORK, what it
 * took from its last starting object becomes a *closure*, examined over the following
 * automatic collections, a bounded amount of work each, in three phases:
 *   TRAVERSE  members are traversed in the order they were reached; every reference to a
 *             member is counted in the member's slot (`inner`), and the unvisited gen[2]
 *             objects they reach join (classes, modules and functions never do: every
 *             instance refers to its class, every function to its module's globals);
 *   ROOTS     a member whose refcount exceeds its inner count is referred to from
 *             outside: it is live, and so is every member it reaches;
 *   SORT      live members go back to gen[2], visited; the others (candidates) wait on
 *             `ready`, and once all are sorted the next collection examines them together
 *             with the young generations.
 * The readings are taken at different times and the program runs in between, so they
 * only choose what is examined: trial deletion over the candidates decides, and it never
 * frees what is referenced from outside them. For garbage the readings are exact (a
 * garbage cycle cannot change), so a garbage cycle that refers to live objects is found
 * too: those objects are live roots, the cycle's members are candidates. That final
 * examination is proportional to the candidates (the garbage), not to the heap. */

typedef struct GatherSlot {
    Object *obj;       /* NULL: deallocated since it joined */
    intptr_t inner;    /* >= 0: references counted from traversed members; < 0: live */
} GatherSlot;

/* `inner` of a live member: LIVE once its references were followed, before that
 * PENDING_LINK(next), linking the members still to follow (next == -1 ends the chain). */
#define LIVE ((intptr_t)-1)
#define PENDING_LINK(next) (-3 - (next))

enum { GATHER_TRAVERSE, GATHER_ROOTS, GATHER_SORT };

typedef struct Gather Gather;

struct Gather {
    GatherSlot *slots;
    intptr_t len, cap;
    intptr_t pos;        /* next slot the current phase looks at */
    intptr_t pending;    /* first live member whose references are still to follow, or -1 */
    int phase;
    bool failed;         /* out of memory: the members go back to gen[2] */
    GC_LIST(ready);      /* sorted out as candidates (gen[2] objects, visited) */
};

/* Members are unlinked from every list (gc_next is GATHERED), and gc_prev holds the
 * member's slot index above the flags, VISITED without OLD. */
static inline intptr_t gathered_index(const GCHeader *h) { return (intptr_t)(h->gc_prev >> REFS_SHIFT); }

/* Unlinks h from its list and makes it the last member. False if out of memory (h stays). */
static bool gather_add(Gather *g, GCHeader *h, intptr_t inner) {
    if (g->len == g->cap) {
        intptr_t cap = g->cap ? g->cap * 2 : 1024;
        GatherSlot *slots = realloc(g->slots, (size_t)cap * sizeof *slots);
        if (!slots) return false;
        g->slots = slots;
        g->cap = cap;
    }
    gl_remove(h);
    g->slots[g->len] = (GatherSlot){hobj(h), inner};
    h->gc_next = GATHERED;
    h->gc_prev = ((uintptr_t)g->len << REFS_SHIFT) | (h->gc_prev & F_FINALIZED) | F_VISITED;
    g->len++;
    return true;
}

/* A member is being deallocated (gc_untrack): its slot forgets it. */
static void gather_forget(GCHeader *h) {
    thread_current()->interp->gc.gather->slots[gathered_index(h)].obj = NULL;
}

/* The closure of a truncated increment: what follows `from` in the list `inc`. */
static void gather_start(GCState *gc, GCHeader *from, GCHeader *inc) {
    Gather *g = calloc(1, sizeof *g);
    if (!g) return;   /* out of memory: examined as an ordinary increment */
    gl_init(&g->ready);
    g->pending = -1;
    gc->gather = g;
    for (GCHeader *h = hnext(from), *next; h != inc; h = next) {
        next = hnext(h);
        if (!gather_boundary(hobj(h)) && !gather_add(g, h, 0)) break;
    }
}

typedef struct GatherWalk {
    GCState *gc;
    Gather *g;
    intptr_t work;     /* references left to follow in this slice */
    intptr_t visits;   /* references of the object being traversed */
} GatherWalk;

static int visit_gather(Object *o, void *arg) {
    GatherWalk *w = arg;
    if (++w->visits > HUGE_REFS) return 1;
    w->work--;
    if (obj_is_immortal(o) || !type_has_flag(o->ob_type, TPFLAG_HAVE_GC)) return 0;
    GCHeader *h = gc_header(o);
    if (h->gc_next == GATHERED) {
        GatherSlot *s = &w->g->slots[gathered_index(h)];
        if (s->inner >= 0) s->inner++;
        return 0;
    }
    if (!h->gc_next || (h->gc_prev & (F_OLD | F_COLLECTING)) != F_OLD || is_visited(w->gc, h) || gather_boundary(o))
        return 0;
    if (!gather_add(w->g, h, 1)) {
        w->g->failed = true;
        return 1;
    }
    return 0;
}

static void traverse_step(GatherWalk *w) {
    Gather *g = w->g;
    while (w->work > 0 && g->pos < g->len && !g->failed) {
        intptr_t i = g->pos++;
        w->work--;
        Object *o = g->slots[i].obj;
        if (!o || o->ob_refcnt <= 0 || !o->ob_type->tp_traverse) continue;
        w->visits = 0;
        o->ob_type->tp_traverse(o, visit_gather, w);   /* may move the slots */
        /* too big to follow in bounded work (some references went uncounted): live */
        if (w->visits > HUGE_REFS) g->slots[i].inner = LIVE;
    }
}

static void make_live(Gather *g, intptr_t i) {
    g->slots[i].inner = PENDING_LINK(g->pending);
    g->pending = i;
}

static int visit_live(Object *o, void *arg) {
    GatherWalk *w = arg;
    if (++w->visits > HUGE_REFS) return 1;   /* what it refers to further is examined */
    w->work--;
    if (obj_is_immortal(o) || !type_has_flag(o->ob_type, TPFLAG_HAVE_GC)) return 0;
    GCHeader *h = gc_header(o);
    if (h->gc_next == GATHERED && w->g->slots[gathered_index(h)].inner >= 0) make_live(w->g, gathered_index(h));
    return 0;
}

static void roots_step(GatherWalk *w) {
    Gather *g = w->g;
    while (w->work > 0) {
        if (g->pending >= 0) {
            GatherSlot *s = &g->slots[g->pending];
            g->pending = -s->inner - 3;
            s->inner = LIVE;
            Object *o = s->obj;
            w->work--;
            if (!o || o->ob_refcnt <= 0 || !o->ob_type->tp_traverse) continue;
            w->visits = 0;
            o->ob_type->tp_traverse(o, visit_live, w);
            continue;
        }
        if (g->pos == g->len) return;
        GatherSlot *s = &g->slots[g->pos++];
        w->work--;
        if (s->obj && s->inner >= 0 && s->obj->ob_refcnt > s->inner) make_live(g, s - g->slots);
    }
}

static void sort_step(GatherWalk *w) {
    Gather *g = w->g;
    GCState *gc = w->gc;
    while (w->work > 0 && g->pos < g->len) {
        GatherSlot *s = &g->slots[g->pos++];
        w->work--;
        if (!s->obj) continue;
        GCHeader *h = gc_header(s->obj);
        if (s->inner < 0 || g->failed) {
            gl_append(h, &gc->gen[2].head);
            gc->pass_visited++;
        } else {
            gl_append(h, &g->ready);
        }
        mark_old(gc, h, true);
    }
}

static void gather_free(GCState *gc) {
    free(gc->gather->slots);
    free(gc->gather);
    gc->gather = NULL;
}

/* One slice of work on the closure. When it is sorted, appends the candidates to `set`. */
static void gather_step(GCState *gc, GCHeader *set) {
    Gather *g = gc->gather;
    GatherWalk w = {gc, g, INCREMENT_WORK, 0};
    while (w.work > 0) {
        if (g->phase == GATHER_TRAVERSE) {
            traverse_step(&w);
            if (g->pos < g->len && !g->failed) return;
            g->phase = g->failed ? GATHER_SORT : GATHER_ROOTS;
        } else if (g->phase == GATHER_ROOTS) {
            roots_step(&w);
            if (g->pos < g->len || g->pending >= 0) return;
            g->phase = GATHER_SORT;
        } else {
            sort_step(&w);
            if (g->pos < g->len) return;
            gl_merge(&g->ready, set);
            gather_free(gc);
            return;
        }
        g->pos = 0;
    }
}

/* Moves the whole closure to `set` (a full collection, gc.freeze()), as gen[2] objects. */
static void take_gathered(GCState *gc, GCHeader *set) {
    Gather *g = gc->gather;
    if (!g) return;
    for (intptr_t i = g->phase == GATHER_SORT ? g->pos : 0; i < g->len; i++) {
        if (!g->slots[i].obj) continue;
        GCHeader *h = gc_header(g->slots[i].obj);
        gl_append(h, set);
        mark_old(gc, h, false);
    }
    gl_merge(&g->ready, set);
    gather_free(gc);
}

typedef struct Increment {
    GCState *gc;
    GCHeader *set;
    intptr_t work;     /* references left to follow in this step */
    intptr_t visits;   /* references of the object being traversed */
    bool cut;          /* references were left unfollowed: the walk did not end */
} Increment;

static int visit_unvisited(Object *o, void *arg) {
    Increment *inc = arg;
    if (++inc->visits > HUGE_REFS) return 1;   /* stop: its container is too big */
    inc->work--;
    if (obj_is_immortal(o) || !type_has_flag(o->ob_type, TPFLAG_HAVE_GC)) return 0;
    GCHeader *h = gc_header(o);
    if (!h->gc_next || (h->gc_prev & (F_OLD | F_COLLECTING)) != F_OLD || is_visited(inc->gc, h)) return 0;
    if (inc->work < 0) {
        inc->cut = true;
        return 0;
    }
    h->gc_prev |= F_COLLECTING;   /* taken (cleared before the collection proper) */
    gl_move(h, inc->set);
    return 0;
}

static void end_pass(GCState *gc) {
    gc->visited ^= F_VISITED;
    gc->pass_active = false;
    gc->long_lived_total = gc->pass_visited;
    gc->long_lived_pending = 0;
    gc->pass_visited = 0;
    gc->gen[2].count = 0;
    gc->stats[2][0]++;
}

/* Appends the next increment of the pass to `set`: unvisited gen[2] objects taken from
 * the front of the list, breadth first through the unvisited old objects they reach,
 * until INCREMENT_WORK references were followed. If the walk from the last object taken
 * did not end in time, what it took becomes a closure to gather (gather_step); huge
 * objects go to the back, visited. Ends the pass when no unvisited object is left. */
static void take_increment(GCState *gc, GCHeader *set) {
    GCHeader *old = &gc->gen[2].head;
    GC_LIST(inc);
    gl_init(&inc);
    Increment st = {gc, &inc, INCREMENT_WORK, 0, false};
    GCHeader *cursor = &inc;
    GCHeader *tree = &inc;   /* what follows it was reached from the last object taken */
    bool pending = true;
    for (;;) {
        if (hnext(cursor) == &inc) {
            GCHeader *h = hnext(old);
            if (h == old || is_visited(gc, h)) {
                pending = false;
                break;
            }
            if (st.work <= 0) break;
            h->gc_prev |= F_COLLECTING;
            tree = cursor;
            gl_move(h, &inc);
            st.work--;
        }
        if (st.work <= 0) break;
        GCHeader *h = hnext(cursor);
        Object *o = hobj(h);
        st.visits = 0;
        if (o->ob_refcnt > 0 && o->ob_type->tp_traverse) o->ob_type->tp_traverse(o, visit_unvisited, &st);
        if (st.visits > HUGE_REFS) {
            h->gc_prev &= ~F_COLLECTING;
            mark_old(gc, h, true);
            gc->pass_visited++;
            gl_move(h, old);
        } else {
            cursor = h;
        }
    }
    if (hnext(cursor) != &inc || st.cut) gather_start(gc, tree, &inc);   /* the walk did not end */
    if (!pending && gl_empty(&inc)) {
        end_pass(gc);
        return;
    }
    for (GCHeader *h = hnext(&inc); h != &inc; h = hnext(h)) h->gc_prev &= ~F_COLLECTING;
    gl_merge(&inc, set);
}

void gc_freeze(Interp *interp) {
    GCState *gc = &interp->gc;
    take_gathered(gc, &gc->gen[2].head);
    for (int g = 0; g < 3; g++) {
        GCHeader *head = &gc->gen[g].head;
        for (GCHeader *h = hnext(head); h != head; h = hnext(h)) h->gc_prev &= ~(F_OLD | F_VISITED);
        gl_merge(head, &gc->permanent);
        gc->gen[g].count = 0;
    }
}

void gc_unfreeze(Interp *interp) {
    GCState *gc = &interp->gc;
    for (GCHeader *h = hnext(&gc->permanent); h != &gc->permanent; h = hnext(h))
        mark_old(gc, h, gc->pass_active);   /* examined from the next pass on */
    gl_merge(&gc->permanent, &gc->gen[2].head);
}

int gc_visit_generation(Interp *interp, int gen, int (*visit)(Object *, void *), void *arg) {
    GCState *gc = &interp->gc;
    Gather *g = gen == 2 ? gc->gather : NULL;
    GCHeader *lists[2] = {&gc->gen[gen].head, g ? &g->ready : NULL};
    for (int i = 0; i < 2 && lists[i]; i++)
        for (GCHeader *h = hnext(lists[i]); h != lists[i]; h = hnext(h))
            if (visit(hobj(h), arg)) return 1;
    for (intptr_t i = g && g->phase == GATHER_SORT ? g->pos : 0; g && i < g->len; i++)
        if (g->slots[i].obj && visit(g->slots[i].obj, arg)) return 1;
    return 0;
}

intptr_t gc_freeze_count(Interp *interp) { return gl_size(&interp->gc.permanent); }

static Object *garbage_list(Thread *t) {
    GCState *gc = &t->interp->gc;
    if (!gc->garbage) gc->garbage = list_new(t, 0);
    return gc->garbage;
}

/* Breaks the references of the garbage; what survives its tp_clear goes to `old`. */
static void delete_garbage(Thread *t, GCHeader *unreach, GCHeader *old) {
    GCState *gc = &t->interp->gc;
    if (gc->debug & 32 /* DEBUG_SAVEALL */) {
        Object *g = garbage_list(t);
        for (GCHeader *h = hnext(unreach); g && h != unreach; h = hnext(h))
            if (list_append(t, g, ref_from_obj(hobj(h))) < 0) err_clear(t);
        if (!g) err_clear(t);
        release(unreach, old);
        return;
    }
    while (!gl_empty(unreach)) {
        GCHeader *h = hnext(unreach);
        Object *o = hobj(h);
        undefer(o);
        obj_incref(o);
        if (o->ob_type->tp_clear) o->ob_type->tp_clear(o);
        obj_decref(o);
        if (hnext(unreach) == h) { /* still alive */
            gl_move(h, old);
            h->gc_prev &= ~F_COLLECTING;
        }
    }
}

/* Garbage of more than DEAD_WORK objects found by an automatic collection is cleared
 * DEAD_WORK objects per collection. Each waits on GCState.dead holding an extra reference,
 * so that clearing one never frees a long chain of others at once; the reference is
 * dropped right after its tp_clear. Nothing can reach these objects any more: their weak
 * references are cleared and their finalizers ran. They first wait on GCState.unpinned
 * (taking that reference is spread over collections too, PIN_WORK per collection); no
 * clearing starts before all are held. */
#define DEAD_WORK 5000
#define PIN_WORK INCREMENT_WORK

static void defer_garbage(GCState *gc, GCHeader *unreach) { gl_merge(unreach, &gc->unpinned); }

/* Holds PIN_WORK objects of GCState.unpinned, then, once all are held, clears DEAD_WORK
 * objects of GCState.dead (`all`: everything); those still referenced by others waiting
 * there go to gen[2] until those are cleared. */
static void clear_dead(Thread *t, bool all) {
    GCState *gc = &t->interp->gc;
    for (intptr_t n = 0; (all || n < PIN_WORK) && !gl_empty(&gc->unpinned); n++) {
        GCHeader *h = hnext(&gc->unpinned);
        undefer(hobj(h));
        obj_incref(hobj(h));
        h->gc_prev &= ~(F_COLLECTING | F_OLD | F_VISITED);
        gl_move(h, &gc->dead);
    }
    if (!gl_empty(&gc->unpinned)) return;
    GC_LIST(kept);
    gl_init(&kept);
    for (intptr_t n = 0; (all || n < DEAD_WORK) && !gl_empty(&gc->dead); n++) {
        GCHeader *h = hnext(&gc->dead);
        Object *o = hobj(h);
        gl_move(h, &kept);
        if (o->ob_type->tp_clear) o->ob_type->tp_clear(o);
        obj_decref(o);
    }
    for (GCHeader *h = hnext(&kept); h != &kept; h = hnext(h)) mark_old(gc, h, false);
    gl_merge(&kept, &gc->gen[2].head);
}

static void run_callbacks(Thread *t, const char *phase, int gen, intptr_t collected) {
    Object *cbs = t->interp->gc.callbacks;
    if (!cbs || list_size(cbs) == 0) return;
    Object *info = dict_new(t);
    Object *ph = str_from_cstr(t, phase);
    if (!info || !ph || dict_set_cstr(t, info, "generation", ref_from_int(gen)) < 0 ||
        dict_set_cstr(t, info, "collected", ref_from_int(collected)) < 0 ||
        dict_set_cstr(t, info, "uncollectable", ref_from_int(0)) < 0) {
        err_write_unraisable(t, REF_NULL);
    } else {
        Object *copy = list_new(t, 0); /* callbacks may edit gc.callbacks */
        for (intptr_t i = 0; copy && i < list_size(cbs); i++)
            if (list_append(t, copy, list_items(cbs)[i]) < 0) break;
        for (intptr_t i = 0; copy && i < list_size(copy); i++) {
            Ref r = obj_call2(t, list_items(copy)[i], ref_from_obj(ph), ref_from_obj(info));
            if (ref_is_null(r)) err_write_unraisable(t, list_items(copy)[i]);
            else ref_close(r);
        }
        if (!copy) err_clear(t);
        obj_xdecref(copy);
    }
    obj_xdecref(info);
    obj_xdecref(ph);
}

/* Collects generations 0..gen, plus an increment of gen[2] when `increment`. */
static intptr_t collect(Thread *t, int gen, bool increment) {
    GCState *gc = &t->interp->gc;
    if (gc->collecting) return 0;
    gc->collecting = true;
    Ref saved = err_fetch(t);
    run_callbacks(t, "start", gen, 0);

    GC_LIST(young);
    GC_LIST(reach);
    GC_LIST(unreach);
    gl_init(&young);
    gl_init(&reach);
    gl_init(&unreach);
    if (gen == 2) {   /* a full collection supersedes the pass */
        clear_dead(t, true);
        gc->pass_active = false;
        take_gathered(gc, &young);
    }
    for (int i = 0; i <= gen; i++) gl_merge(&gc->gen[i].head, &young);
    if (gen < 2 && increment) {
        if (!gc->gather) take_increment(gc, &young);
        else gather_step(gc, &young);
    }
    untrack_atomic_tuples(&young);
    intptr_t n = find_unreachable(&young, &reach, &unreach);
    promote(gc, &reach, gen);
    if (gen == 2) {
        gc->long_lived_pending = 0;
        gc->long_lived_total = gl_size(&gc->gen[2].head);
        gc->pass_visited = 0;
    }

    if (n > 0) {
        if (handle_weakrefs(t, &unreach) && finalize_garbage(&unreach) > 0) {
            /* a finalizer may have resurrected some: look again */
            GC_LIST(again);
            GC_LIST(dead);
            gl_init(&again);
            gl_init(&dead);
            /* as CPython, count what is left to delete once the finalizers ran */
            n = find_unreachable(&unreach, &again, &dead);
            promote(gc, &again, gen);
            gl_merge(&dead, &unreach);
        }
        if (gen < 2 && n > DEAD_WORK && !(gc->debug & 32 /* DEBUG_SAVEALL */)) {
            defer_garbage(gc, &unreach);
        } else {
            GC_LIST(kept);
            gl_init(&kept);
            delete_garbage(t, &unreach, &kept);
            promote(gc, &kept, gen);
        }
    }
    if (gen < 2) clear_dead(t, false);

    for (int i = 0; i <= gen; i++) gc->gen[i].count = 0;
    if (gen < 2) gc->gen[gen + 1].count++;
    gc->stats[gen][0]++;
    gc->stats[gen][1] += n;
    run_callbacks(t, "stop", gen, n);
    err_restore(t, saved);
    gc->collecting = false;
    return n;
}

intptr_t gc_collect_generation(Thread *t, int gen) {
    return collect(t, gen < 0 ? 0 : gen > 2 ? 2 : gen, false);
}

intptr_t gc_collect(Thread *t) { return gc_collect_generation(t, 2); }

void gc_maybe_collect(Thread *t) {
    Interp *interp = t->interp;
    GCState *gc = &interp->gc;
    if (!gc->enabled || gc->collecting || !interp->sysdict || gc->gen[0].threshold == 0 ||
        gc->gen[0].count <= gc->gen[0].threshold)
        return;
    int gen = gc->gen[1].count > gc->gen[1].threshold ? 1 : 0;
    /* gen[2] is examined only once enough objects became long-lived since the last pass,
     * and then in increments (see take_increment) */
    if (gen == 1 && !gc->pass_active && gc->gen[2].count > gc->gen[2].threshold &&
        gc->long_lived_pending > gc->long_lived_total / 4) {
        gc->pass_active = true;
        gc->pass_visited = 0;
    }
    collect(t, gen, gc->pass_active);
}

void gc_interp_init(Interp *interp) {
    GCState *gc = &interp->gc;
#ifdef SPRY_GC_STRESS
    /* stress mode (-DSPRY_GC_STRESS): a young collection at every container allocation */
    static const int thresholds[3] = {1, 10, 10};
#else
    static const int thresholds[3] = {700, 10, 10};
#endif
    for (int i = 0; i < 3; i++) {
        gl_init(&gc->gen[i].head);
        gc->gen[i].count = 0;
        gc->gen[i].threshold = thresholds[i];
    }
    gl_init(&gc->permanent);
    gl_init(&gc->unpinned);
    gl_init(&gc->dead);
    gc->enabled = true;
    gc->visited = F_VISITED;
}
