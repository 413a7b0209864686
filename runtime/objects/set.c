/* set and frozenset.
 *
 * The table scheme is CPython's (a public algorithm), because programs print sets of
 * small ints and the iteration order must match CPython's for the same operations:
 *   - an open-addressing table of 2**k (key, hash) entries, at least 8 (the first 8 live
 *     inside the object: `smalltable`);
 *   - probing: from i = hash & mask, look at entry i and the LINEAR_PROBES entries after
 *     it (when they exist without wrapping), then jump to i = (i*5 + 1 + perturb) & mask
 *     with perturb starting at the hash and shifted right by 5 at each jump;
 *   - an unused entry has key REF_NULL and hash 0; a deleted one is the DUMMY key with
 *     hash -1, reused by a later insertion that passes it;
 *   - `fill` counts active + dummy entries, `used` active ones; when an insertion brings
 *     fill*5 to mask*3 or more the table is rebuilt with room for used*4 (used*2 past
 *     50000) entries: the smallest power of two > that number;
 *   - the bulk operations (update from a set or dict, copy, difference, intersection,
 *     symmetric difference) follow CPython's choices of pre-sizing and iteration order,
 *     since those decide the resulting layout.
 * Iteration walks the table from entry 0; pop() continues from a `finger`.
 */
#include "objects/weakref.h"
#include "spry.h"
#include "objects/container_util.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
    Ref key;          /* REF_NULL: unused; DUMMY: deleted */
    int64_t hash;
} SetEntry;

typedef struct Set {
    Object ob;
    intptr_t fill;    /* active + dummy entries */
    intptr_t used;    /* active entries */
    intptr_t mask;    /* table size - 1 */
    SetEntry *table;  /* smalltable or a heap array */
    int64_t hash;     /* frozenset: cached hash, -1 until computed */
    intptr_t finger;  /* where pop() looks next */
    Object *weakreflist;
    SetEntry smalltable[SET_MINSIZE];
} Set;

#define SO(o) ((Set *)(o))

/* The deleted-entry marker: an immortal dummy object nobody else can reach. */
static const Object set_dummy_obj = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = NULL};
#define DUMMY ref_immortal(&set_dummy_obj)
static inline bool is_dummy(Ref k) { return ref_is_object(k, &set_dummy_obj); }
static inline bool is_active(const SetEntry *e) { return !ref_is_null(e->key) && !is_dummy(e->key); }

bool set_check(Ref r) {
    if (!ref_is_obj(r)) return false;
    Type *tp = ref_obj(r)->ob_type;
    return tp == &set_type || tp == &frozenset_type || type_is_subtype(tp, &set_type) ||
           type_is_subtype(tp, &frozenset_type);
}

bool set_check_exact_any(Ref r) {
    return ref_is_obj(r) && (ref_obj(r)->ob_type == &set_type || ref_obj(r)->ob_type == &frozenset_type);
}

static bool is_frozen(Object *o) {
    return o->ob_type == &frozenset_type || type_is_subtype(o->ob_type, &frozenset_type);
}

intptr_t set_size(Object *so) { return SO(so)->used; }

/* ---- the table ---------------------------------------------------------------------- */

/* Finds key: 1 with *out pointing at its entry, 0 absent, -1 error. */
static int lookkey(Thread *t, Set *so, Ref key, int64_t hash, SetEntry **out) {
restart:;
    SetEntry *table = so->table;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    bool key_str = str_check_exact(key);
    for (;;) {
        SetEntry *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && ref_is_null(e->key)) return 0;
            if (e->hash == hash) {
                Ref start = e->key;
                if (ref_is(start, key)) {
                    *out = e;
                    return 1;
                }
                if (key_str && str_check_exact(start)) {
                    if (str_eq(ref_obj(start), ref_obj(key))) {
                        *out = e;
                        return 1;
                    }
                } else if (!(ref_is_int(start) && ref_is_int(key))) {
                    ref_dup(start);
                    int cmp = obj_richcompare_bool(t, start, key, CMP_EQ);
                    ref_close(start);
                    if (cmp < 0) return -1;
                    if (so->table != table || !ref_is(e->key, start)) goto restart;
                    if (cmp > 0) {
                        *out = e;
                        return 1;
                    }
                    mask = (size_t)so->mask;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Stores an owned key into a table known to have no dummies and not to contain it. */
static void insert_clean(SetEntry *table, size_t mask, Ref key, int64_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (ref_is_null(e->key)) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (ref_is_null(e->key)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuilds the table with the smallest power-of-two size > minused (at least 8). */
static int table_resize(Thread *t, Set *so, intptr_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    SetEntry *oldtable = so->table;
    size_t oldsize = (size_t)so->mask + 1;
    SetEntry small_copy[SET_MINSIZE];
    bool old_is_small = oldtable == so->smalltable;
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (old_is_small) {
            if ((intptr_t)so->fill == so->used) return 0; /* nothing to clean */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > (size_t)INTPTR_MAX / sizeof(SetEntry)) {
            err_no_memory(t);
            return -1;
        }
        newtable = mem_alloc(t, newsize * sizeof(SetEntry));
        if (!newtable) return -1;
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    for (size_t i = 0; i < oldsize; i++) {
        if (is_active(&oldtable[i])) insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    }
    so->fill = so->used;
    if (!old_is_small) mem_free(oldtable);
    return 0;
}

/* Adds key (borrowed) with its hash. */
static int add_entry(Thread *t, Set *so, Ref key, int64_t hash) {
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *e;
    bool key_str = str_check_exact(key);
    for (;;) {
        e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && ref_is_null(e->key)) goto found_unused_or_dummy;
            if (e->hash == hash) {
                Ref start = e->key;
                if (ref_is(start, key)) return 0;
                if (key_str && str_check_exact(start)) {
                    if (str_eq(ref_obj(start), ref_obj(key))) return 0;
                } else if (!(ref_is_int(start) && ref_is_int(key))) {
                    SetEntry *table = so->table;
                    ref_dup(start);
                    int cmp = obj_richcompare_bool(t, start, key, CMP_EQ);
                    ref_close(start);
                    if (cmp > 0) return 0;
                    if (cmp < 0) return -1;
                    if (table != so->table || !ref_is(e->key, start)) goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (e->hash == -1 && freeslot == NULL) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = ref_dup(key);
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    e->key = ref_dup(key);
    e->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return table_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int add_key(Thread *t, Set *so, Ref key) {
    int64_t h = cu_hash(t, key);
    if (h == -1) return -1;
    return add_entry(t, so, key, h);
}

static int contains_entry(Thread *t, Set *so, Ref key, int64_t hash) {
    SetEntry *e;
    return lookkey(t, so, key, hash, &e);
}

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

static int discard_entry(Thread *t, Set *so, Ref key, int64_t hash) {
    SetEntry *e;
    int r = lookkey(t, so, key, hash, &e);
    if (r <= 0) return r;
    Ref old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    ref_close(old);
    return DISCARD_FOUND;
}

/* Hash of a key for contains/remove/discard: an unhashable set key is looked up as the
 * equal frozenset (so `set() in {frozenset()}` works). *tmp receives that frozenset. */
static int64_t key_hash_or_frozen(Thread *t, Ref *key, Ref *tmp) {
    *tmp = REF_NULL;
    int64_t h = cu_hash(t, *key);
    if (h != -1) return h;
    if (!err_matches(t, &exc_TypeError) || !set_check(*key) || is_frozen(ref_obj(*key))) return -1;
    err_clear(t);
    Object *f = frozenset_new(t, *key);
    if (!f) return -1;
    *tmp = ref_from_obj(f);
    *key = *tmp;
    return cu_hash(t, *key);
}

static int contains_key(Thread *t, Set *so, Ref key) {
    Ref tmp;
    int64_t h = key_hash_or_frozen(t, &key, &tmp);
    int r = h == -1 ? -1 : contains_entry(t, so, key, h);
    ref_close(tmp);
    return r;
}

static int discard_key(Thread *t, Set *so, Ref key) {
    Ref tmp;
    int64_t h = key_hash_or_frozen(t, &key, &tmp);
    int r = h == -1 ? -1 : discard_entry(t, so, key, h);
    ref_close(tmp);
    return r;
}

/* Next active entry at or after *pos. */
static SetEntry *next_entry(Set *so, intptr_t *pos) {
    for (intptr_t i = *pos; i <= so->mask; i++) {
        if (is_active(&so->table[i])) {
            *pos = i + 1;
            return &so->table[i];
        }
    }
    *pos = so->mask + 1;
    return NULL;
}

bool set_next(Object *o, intptr_t *pos, Ref *key) {
    SetEntry *e = next_entry(SO(o), pos);
    if (!e) return false;
    *key = e->key;
    return true;
}

static void empty_to_minsize(Set *so) {
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

void set_clear(Object *o) {
    Set *so = SO(o);
    if (so->fill == 0) return;
    SetEntry *table = so->table;
    intptr_t n = so->mask + 1;
    bool small = table == so->smalltable;
    SetEntry copy[SET_MINSIZE];
    if (small) {
        memcpy(copy, table, sizeof(copy));
        table = copy;
    }
    /* Empty the set before releasing keys: __del__ may look at it. */
    empty_to_minsize(so);
    for (intptr_t i = 0; i < n; i++)
        if (is_active(&table[i])) ref_close(table[i].key);
    if (!small) mem_free(table);
}

/* Merges all of another set's keys. */
static int merge_set(Thread *t, Set *so, Set *other) {
    if (so == other || other->used == 0) return 0;
    /* One big resize first, expecting few overlaps. */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (table_resize(t, so, (so->used + other->used) * 2) < 0) return -1;
    }
    /* Empty target of the same size without dummies on the other side: copy as is. */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++) {
            if (!ref_is_null(other->table[i].key)) {
                so->table[i].key = ref_dup(other->table[i].key);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (intptr_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (is_active(e)) insert_clean(so->table, (size_t)so->mask, ref_dup(e->key), e->hash);
        }
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (is_active(e)) {
            Ref k = ref_dup(e->key);
            int r = add_entry(t, so, k, e->hash);
            ref_close(k);
            if (r < 0) return -1;
        }
    }
    return 0;
}

static int update_internal(Thread *t, Set *so, Ref other) {
    if (set_check(other)) return merge_set(t, so, SO(ref_obj(other)));
    if (dict_check_exact(other)) {
        Object *d = ref_obj(other);
        intptr_t n = dict_size(d);
        if ((so->fill + n) * 5 >= so->mask * 3) {
            if (table_resize(t, so, (so->used + n) * 2) < 0) return -1;
        }
        intptr_t pos = 0;
        Ref k;
        while (dict_next(d, &pos, &k, NULL)) {
            k = ref_dup(k);
            int r = add_key(t, so, k);
            ref_close(k);
            if (r < 0) return -1;
        }
        return 0;
    }
    Ref it = obj_iter(t, other);
    if (ref_is_null(it)) return -1;
    for (;;) {
        Ref k = obj_next(t, it);
        if (ref_is_null(k)) break;
        int r = add_key(t, so, k);
        ref_close(k);
        if (r < 0) {
            ref_close(it);
            return -1;
        }
    }
    ref_close(it);
    return err_occurred(t) ? -1 : 0;
}

int set_update(Thread *t, Object *o, Ref other) { return update_internal(t, SO(o), other); }

static Object *make_new_set(Thread *t, Type *type, Ref iterable) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return NULL;
    Set *so = SO(o);
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    gc_track(o);
    if (!ref_is_null(iterable) && update_internal(t, so, iterable) < 0) {
        obj_decref(o);
        return NULL;
    }
    return o;
}

/* A new set or frozenset (exact) of the same family as `type`. */
static Object *make_new_set_basetype(Thread *t, Type *type, Ref iterable) {
    if (type != &set_type && type != &frozenset_type)
        type = type_is_subtype(type, &set_type) ? &set_type : &frozenset_type;
    return make_new_set(t, type, iterable);
}

Object *set_new(Thread *t, Ref iterable) { return make_new_set(t, &set_type, iterable); }

Object *frozenset_new(Thread *t, Ref iterable) {
    if (ref_is_obj(iterable) && ref_obj(iterable)->ob_type == &frozenset_type) {
        obj_incref(ref_obj(iterable));
        return ref_obj(iterable);
    }
    return make_new_set(t, &frozenset_type, iterable);
}

int set_add(Thread *t, Object *o, Ref key) { return add_key(t, SO(o), key); }
int set_contains(Thread *t, Object *o, Ref key) { return contains_key(t, SO(o), key); }
int set_discard(Thread *t, Object *o, Ref key) { return discard_key(t, SO(o), key); }

static Object *set_copy(Thread *t, Object *o) {
    return make_new_set_basetype(t, o->ob_type, ref_from_obj(o));
}

/* ---- algebra ------------------------------------------------------------------------- */

Object *set_intersection(Thread *t, Object *o, Ref other) {
    Set *so = SO(o);
    if (ref_is_object(other, o)) return set_copy(t, o);
    Object *res = make_new_set_basetype(t, o->ob_type, REF_NULL);
    if (!res) return NULL;
    if (set_check(other)) {
        Set *a = so, *b = SO(ref_obj(other));
        if (b->used > a->used) {
            Set *tmp = a;
            a = b;
            b = tmp;
        }
        /* Walk the smaller set b, keep what is in a. */
        intptr_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(b, &pos))) {
            Ref k = ref_dup(e->key);
            int64_t h = e->hash;
            int r = contains_entry(t, a, k, h);
            if (r > 0) r = add_entry(t, SO(res), k, h);
            ref_close(k);
            if (r < 0) goto fail;
        }
        return res;
    }
    Ref it = obj_iter(t, other);
    if (ref_is_null(it)) goto fail;
    for (;;) {
        Ref k = obj_next(t, it);
        if (ref_is_null(k)) break;
        int64_t h = cu_hash(t, k);
        int r = h == -1 ? -1 : contains_entry(t, so, k, h);
        if (r > 0) r = add_entry(t, SO(res), k, h);
        ref_close(k);
        if (r < 0) break;
    }
    ref_close(it);
    if (err_occurred(t)) goto fail;
    return res;
fail:
    obj_decref(res);
    return NULL;
}

/* Exchanges the contents of two sets (intersection_update keeps the new table). */
static void swap_bodies(Set *a, Set *b) {
    intptr_t tf = a->fill, tu = a->used, tm = a->mask;
    SetEntry *ta = a->table;
    int64_t th = a->hash;
    SetEntry small[SET_MINSIZE];
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    memcpy(small, a->smalltable, sizeof(small));
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->hash = b->hash;
    if (b_small) {
        memcpy(a->smalltable, b->smalltable, sizeof(small));
        a->table = a->smalltable;
    } else {
        a->table = b->table;
    }
    b->fill = tf;
    b->used = tu;
    b->mask = tm;
    b->hash = th;
    if (a_small) {
        memcpy(b->smalltable, small, sizeof(small));
        b->table = b->smalltable;
    } else {
        b->table = ta;
    }
}

static int difference_update_internal(Thread *t, Set *so, Ref other) {
    if (ref_is_object(other, so)) {
        set_clear((Object *)so);
        return 0;
    }
    if (set_check(other)) {
        Object *src = ref_obj(other);
        /* Much larger other: discard only the common part. */
        if ((SO(src)->used >> 3) > so->used) {
            src = set_intersection(t, (Object *)so, other);
            if (!src) return -1;
        } else {
            obj_incref(src);
        }
        intptr_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(SO(src), &pos))) {
            Ref k = ref_dup(e->key);
            int r = discard_entry(t, so, k, e->hash);
            ref_close(k);
            if (r < 0) {
                obj_decref(src);
                return -1;
            }
        }
        obj_decref(src);
    } else {
        Ref it = obj_iter(t, other);
        if (ref_is_null(it)) return -1;
        for (;;) {
            Ref k = obj_next(t, it);
            if (ref_is_null(k)) break;
            int r = discard_key(t, so, k);
            ref_close(k);
            if (r < 0) break;
        }
        ref_close(it);
        if (err_occurred(t)) return -1;
    }
    /* More than 1/4 dummies: rebuild. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return table_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int set_difference_update(Thread *t, Object *o, Ref other) {
    return difference_update_internal(t, SO(o), other);
}

static Object *set_difference(Thread *t, Object *o, Ref other) {
    Set *so = SO(o);
    intptr_t other_size;
    if (set_check(other)) other_size = SO(ref_obj(other))->used;
    else if (dict_check_exact(other)) other_size = dict_size(ref_obj(other));
    else other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        Object *res = set_copy(t, o);
        if (res && difference_update_internal(t, SO(res), other) < 0) {
            obj_decref(res);
            return NULL;
        }
        return res;
    }
    Object *res = make_new_set_basetype(t, o->ob_type, REF_NULL);
    if (!res) return NULL;
    intptr_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(so, &pos))) {
        Ref k = ref_dup(e->key);
        int64_t h = e->hash;
        int r = set_check(other) ? contains_entry(t, SO(ref_obj(other)), k, h)
                                 : dict_contains(t, ref_obj(other), k);
        if (r == 0) r = add_entry(t, SO(res), k, h);
        ref_close(k);
        if (r < 0) {
            obj_decref(res);
            return NULL;
        }
    }
    return res;
}

int set_symmetric_difference_update(Thread *t, Object *o, Ref other) {
    Set *so = SO(o);
    if (ref_is_object(other, o)) {
        set_clear(o);
        return 0;
    }
    if (dict_check_exact(other)) {
        intptr_t pos = 0;
        Ref k;
        while (dict_next(ref_obj(other), &pos, &k, NULL)) {
            k = ref_dup(k);
            int64_t h = cu_hash(t, k);
            int r = h == -1 ? -1 : discard_entry(t, so, k, h);
            if (r == DISCARD_NOTFOUND) r = add_entry(t, so, k, h);
            ref_close(k);
            if (r < 0) return -1;
        }
        return 0;
    }
    Object *oset;
    if (set_check(other)) {
        oset = ref_obj(other);
        obj_incref(oset);
    } else {
        oset = make_new_set_basetype(t, o->ob_type, other);
        if (!oset) return -1;
    }
    intptr_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(SO(oset), &pos))) {
        Ref k = ref_dup(e->key);
        int64_t h = e->hash;
        int r = discard_entry(t, so, k, h);
        if (r == DISCARD_NOTFOUND) r = add_entry(t, so, k, h);
        ref_close(k);
        if (r < 0) {
            obj_decref(oset);
            return -1;
        }
    }
    obj_decref(oset);
    return 0;
}

static Object *set_symmetric_difference(Thread *t, Object *o, Ref other) {
    Object *res = make_new_set_basetype(t, o->ob_type, other);
    if (!res) return NULL;
    if (set_symmetric_difference_update(t, res, ref_from_obj(o)) < 0) {
        obj_decref(res);
        return NULL;
    }
    return res;
}

static int set_issubset_impl(Thread *t, Object *o, Ref other) {
    if (!set_check(other)) {
        Object *tmp = set_new(t, other);
        if (!tmp) return -1;
        int r = set_issubset_impl(t, o, ref_from_obj(tmp));
        obj_decref(tmp);
        return r;
    }
    Set *b = SO(ref_obj(other));
    if (SO(o)->used > b->used) return 0;
    intptr_t pos = 0;
    SetEntry *e;
    while ((e = next_entry(SO(o), &pos))) {
        Ref k = ref_dup(e->key);
        int r = contains_entry(t, b, k, e->hash);
        ref_close(k);
        if (r <= 0) return r;
    }
    return 1;
}

static int set_issuperset_impl(Thread *t, Object *o, Ref other) {
    if (set_check(other)) return set_issubset_impl(t, ref_obj(other), ref_from_obj(o));
    Object *tmp = set_new(t, other);
    if (!tmp) return -1;
    int r = set_issubset_impl(t, tmp, ref_from_obj(o));
    obj_decref(tmp);
    return r;
}

Ref set_pop(Thread *t, Object *o) {
    Set *so = SO(o);
    if (so->used == 0) return err_set(t, &exc_KeyError, "pop from an empty set");
    SetEntry *e = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!is_active(e)) {
        e++;
        if (e > limit) e = so->table;
    }
    Ref key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = e - so->table + 1;
    return key;
}

/* ---- slots ------------------------------------------------------------------------- */

static void set_dealloc(Object *o) {
    gc_untrack(o);
    if (SO(o)->weakreflist) weakref_clear_refs(o);
    Set *so = SO(o);
    for (intptr_t i = 0; i <= so->mask; i++)
        if (is_active(&so->table[i])) ref_close(so->table[i].key);
    if (so->table != so->smalltable) mem_free(so->table);
    o->ob_type->tp_free(o);
}

static int set_traverse(Object *o, VisitFn visit, void *arg) {
    Set *so = SO(o);
    for (intptr_t i = 0; i <= so->mask; i++)
        if (is_active(&so->table[i])) VISIT_REF(so->table[i].key);
    return 0;
}

static int set_tp_clear(Object *o) {
    set_clear(o);
    return 0;
}

static Ref set_repr(Thread *t, Ref self) {
    Object *o = ref_obj(self);
    const char *name = type_name(o->ob_type);
    int r = repr_enter(t, self);
    if (r < 0) return REF_NULL;
    if (r > 0) return ref_from_obj(str_from_format(t, "%s(...)", name));
    Object *res = NULL;
    if (SO(o)->used == 0) {
        res = str_from_format(t, "%s()", name);
    } else {
        Object *keys = list_new(t, 0);
        intptr_t pos = 0;
        SetEntry *e;
        while (keys && (e = next_entry(SO(o), &pos))) {
            if (list_append(t, keys, e->key) < 0) {
                obj_decref(keys);
                keys = NULL;
            }
        }
        if (keys) {
            Object *body = list_repr_items(t, "{", list_items(keys), list_size(keys), "}");
            obj_decref(keys);
            if (body) {
                if (o->ob_type == &set_type) res = body;
                else {
                    res = str_from_format(t, "%s(%U)", name, body);
                    obj_decref(body);
                }
            }
        }
    }
    repr_leave(t, self);
    return ref_from_obj(res);
}

static int64_t shuffle_bits(int64_t h) {
    uint64_t u = (uint64_t)h;
    return (int64_t)(((u ^ 89869747UL) ^ (u << 16)) * 3644798167UL);
}

/* CPython's frozenset hash: order-independent xor of shuffled entry hashes, then
 * mixed with the size and dispersed (public algorithm). */
static int64_t frozenset_hash(Thread *t, Ref self) {
    Set *so = SO(ref_obj(self));
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (intptr_t i = 0; i <= so->mask; i++)
        if (is_active(&so->table[i])) hash ^= (uint64_t)shuffle_bits(so->table[i].hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (int64_t)hash;
    return so->hash;
}

static Ref set_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!set_check(a) || !set_check(b)) return REF_NOTIMPLEMENTED;
    Object *v = ref_obj(a), *w = ref_obj(b);
    intptr_t lv = SO(v)->used, lw = SO(w)->used;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (lv != lw) r = 0;
        else if (SO(v)->hash != -1 && SO(w)->hash != -1 && SO(v)->hash != SO(w)->hash) r = 0;
        else r = set_issubset_impl(t, v, b);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LE: r = set_issubset_impl(t, v, b); break;
    case CMP_GE: r = set_issuperset_impl(t, v, b); break;
    case CMP_LT: r = lv < lw ? set_issubset_impl(t, v, b) : 0; break;
    default: r = lv > lw ? set_issuperset_impl(t, v, b) : 0; break;
    }
    if (r < 0) return REF_NULL;
    return ref_from_bool(r);
}

static intptr_t set_len(Thread *t, Ref self) { return SO(ref_obj(self))->used; }

static int set_tp_contains(Thread *t, Ref self, Ref key) { return contains_key(t, SO(ref_obj(self)), key); }

static Ref set_iter(Thread *t, Ref self);

static Ref set_or(Thread *t, Ref a, Ref b) {
    if (!set_check(a) || !set_check(b)) return REF_NOTIMPLEMENTED;
    Object *res = set_copy(t, ref_obj(a));
    if (!res) return REF_NULL;
    if (!ref_is(a, b) && update_internal(t, SO(res), b) < 0) {
        obj_decref(res);
        return REF_NULL;
    }
    return ref_from_obj(res);
}

static Ref set_and(Thread *t, Ref a, Ref b) {
    if (!set_check(a) || !set_check(b)) return REF_NOTIMPLEMENTED;
    return ref_from_obj(set_intersection(t, ref_obj(a), b));
}

static Ref set_sub(Thread *t, Ref a, Ref b) {
    if (!set_check(a) || !set_check(b)) return REF_NOTIMPLEMENTED;
    return ref_from_obj(set_difference(t, ref_obj(a), b));
}

static Ref set_xor(Thread *t, Ref a, Ref b) {
    if (!set_check(a) || !set_check(b)) return REF_NOTIMPLEMENTED;
    return ref_from_obj(set_symmetric_difference(t, ref_obj(a), b));
}

static Ref set_ior(Thread *t, Ref a, Ref b) {
    if (!set_check(b) || is_frozen(ref_obj(a))) return REF_NOTIMPLEMENTED;
    if (update_internal(t, SO(ref_obj(a)), b) < 0) return REF_NULL;
    return ref_dup(a);
}

static Ref set_iand(Thread *t, Ref a, Ref b) {
    if (!set_check(b) || is_frozen(ref_obj(a))) return REF_NOTIMPLEMENTED;
    Object *tmp = set_intersection(t, ref_obj(a), b);
    if (!tmp) return REF_NULL;
    swap_bodies(SO(ref_obj(a)), SO(tmp));
    obj_decref(tmp);
    return ref_dup(a);
}

static Ref set_isub(Thread *t, Ref a, Ref b) {
    if (!set_check(b) || is_frozen(ref_obj(a))) return REF_NOTIMPLEMENTED;
    if (difference_update_internal(t, SO(ref_obj(a)), b) < 0) return REF_NULL;
    return ref_dup(a);
}

static Ref set_ixor(Thread *t, Ref a, Ref b) {
    if (!set_check(b) || is_frozen(ref_obj(a))) return REF_NOTIMPLEMENTED;
    if (set_symmetric_difference_update(t, ref_obj(a), b) < 0) return REF_NULL;
    return ref_dup(a);
}

static Ref set_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (type == &set_type && !args_no_kw(t, "set", kwnames)) return REF_NULL;
    return ref_from_obj(make_new_set(t, type, REF_NULL));
}

static int set_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "set", kwnames)) return -1;
    if (!args_count(t, "set", nargs, NULL, 0, 1)) return -1;
    Set *so = SO(ref_obj(self));
    if (so->fill) set_clear(ref_obj(self));
    if (nargs) return update_internal(t, so, args[0]);
    return 0;
}

static Ref frozenset_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (type == &frozenset_type && !args_no_kw(t, "frozenset", kwnames)) return REF_NULL;
    if (!args_count(t, "frozenset", nargs, NULL, 0, 1)) return REF_NULL;
    Ref it = nargs ? args[0] : REF_NULL;
    if (type == &frozenset_type && !ref_is_null(it) && ref_is_obj(it) &&
        ref_obj(it)->ob_type == &frozenset_type)
        return ref_dup(it);
    return ref_from_obj(make_new_set(t, type, it));
}

/* ---- methods ----------------------------------------------------------------------- */

static Ref m_add(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "add", nargs, kwnames)) return REF_NULL;
    if (add_key(t, SO(ref_obj(self)), args[0]) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_discard(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "discard", nargs, kwnames)) return REF_NULL;
    if (discard_key(t, SO(ref_obj(self)), args[0]) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_remove(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "remove", nargs, kwnames)) return REF_NULL;
    int r = discard_key(t, SO(ref_obj(self)), args[0]);
    if (r < 0) return REF_NULL;
    if (r == 0) return err_set_value(t, &exc_KeyError, args[0]);
    return REF_NONE;
}

static Ref m_pop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "pop", nargs, kwnames)) return REF_NULL;
    return set_pop(t, ref_obj(self));
}

static Ref m_clear(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "clear", nargs, kwnames)) return REF_NULL;
    set_clear(ref_obj(self));
    return REF_NONE;
}

static Ref m_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "copy", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    if (o->ob_type == &frozenset_type) return ref_dup(self);
    return ref_from_obj(set_copy(t, o));
}

static Ref m_union(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "union", kwnames)) return REF_NULL;
    Object *res = set_copy(t, ref_obj(self));
    if (!res) return REF_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (ref_is(args[i], self)) continue;
        if (update_internal(t, SO(res), args[i]) < 0) {
            obj_decref(res);
            return REF_NULL;
        }
    }
    return ref_from_obj(res);
}

static Ref m_update(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "update", kwnames)) return REF_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(t, SO(ref_obj(self)), args[i]) < 0) return REF_NULL;
    return REF_NONE;
}

static Object *intersection_multi(Thread *t, Ref self, const Ref *args, size_t nargs) {
    if (nargs == 0) return set_copy(t, ref_obj(self));
    Object *res = ref_obj(self);
    obj_incref(res);
    for (size_t i = 0; i < nargs; i++) {
        Object *n = set_intersection(t, res, args[i]);
        obj_decref(res);
        if (!n) return NULL;
        res = n;
    }
    return res;
}

static Ref m_intersection(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "intersection", kwnames)) return REF_NULL;
    return ref_from_obj(intersection_multi(t, self, args, nargs));
}

static Ref m_intersection_update(Thread *t, Ref self, const Ref *args, size_t nargs,
                                 Object *kwnames) {
    if (!args_no_kw(t, "intersection_update", kwnames)) return REF_NULL;
    Object *tmp = intersection_multi(t, self, args, nargs);
    if (!tmp) return REF_NULL;
    swap_bodies(SO(ref_obj(self)), SO(tmp));
    obj_decref(tmp);
    return REF_NONE;
}

static Ref m_difference(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "difference", kwnames)) return REF_NULL;
    if (nargs == 0) return ref_from_obj(set_copy(t, ref_obj(self)));
    Object *res = set_difference(t, ref_obj(self), args[0]);
    for (size_t i = 1; res && i < nargs; i++) {
        if (difference_update_internal(t, SO(res), args[i]) < 0) {
            obj_decref(res);
            res = NULL;
        }
    }
    return ref_from_obj(res);
}

static Ref m_difference_update(Thread *t, Ref self, const Ref *args, size_t nargs,
                               Object *kwnames) {
    if (!args_no_kw(t, "difference_update", kwnames)) return REF_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(t, SO(ref_obj(self)), args[i]) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_symmetric_difference(Thread *t, Ref self, const Ref *args, size_t nargs,
                                  Object *kwnames) {
    if (!args_one(t, "symmetric_difference", nargs, kwnames)) return REF_NULL;
    return ref_from_obj(set_symmetric_difference(t, ref_obj(self), args[0]));
}

static Ref m_symmetric_difference_update(Thread *t, Ref self, const Ref *args, size_t nargs,
                                         Object *kwnames) {
    if (!args_one(t, "symmetric_difference_update", nargs, kwnames)) return REF_NULL;
    if (set_symmetric_difference_update(t, ref_obj(self), args[0]) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_issubset(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "issubset", nargs, kwnames)) return REF_NULL;
    int r = set_issubset_impl(t, ref_obj(self), args[0]);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

static Ref m_issuperset(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "issuperset", nargs, kwnames)) return REF_NULL;
    int r = set_issuperset_impl(t, ref_obj(self), args[0]);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

static Ref m_isdisjoint(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "isdisjoint", nargs, kwnames)) return REF_NULL;
    Set *so = SO(ref_obj(self));
    Ref other = args[0];
    if (ref_is(self, other)) return ref_from_bool(so->used == 0);
    if (set_check(other)) {
        Set *a = so, *b = SO(ref_obj(other));
        if (b->used > a->used) {
            Set *tmp = a;
            a = b;
            b = tmp;
        }
        intptr_t pos = 0;
        SetEntry *e;
        while ((e = next_entry(b, &pos))) {
            Ref k = ref_dup(e->key);
            int r = contains_entry(t, a, k, e->hash);
            ref_close(k);
            if (r) return r < 0 ? REF_NULL : REF_FALSE;
        }
        return REF_TRUE;
    }
    Ref it = obj_iter(t, other);
    if (ref_is_null(it)) return REF_NULL;
    for (;;) {
        Ref k = obj_next(t, it);
        if (ref_is_null(k)) break;
        int r = contains_key(t, so, k);
        ref_close(k);
        if (r) {
            ref_close(it);
            return r < 0 ? REF_NULL : REF_FALSE;
        }
    }
    ref_close(it);
    return err_occurred(t) ? REF_NULL : REF_TRUE;
}

static Ref m_contains(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "__contains__", nargs, kwnames)) return REF_NULL;
    int r = contains_key(t, SO(ref_obj(self)), args[0]);
    return r < 0 ? REF_NULL : ref_from_bool(r);
}

static Ref m_sizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__sizeof__", nargs, kwnames)) return REF_NULL;
    Set *so = SO(ref_obj(self));
    intptr_t n = ref_obj(self)->ob_type->tp_basicsize;
    if (so->table != so->smalltable) n += (so->mask + 1) * (intptr_t)sizeof(SetEntry);
    return ref_from_int(n);
}

static Ref m_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reduce__", nargs, kwnames)) return REF_NULL;
    Object *o = ref_obj(self);
    Object *keys = list_new(t, 0);
    if (!keys) return REF_NULL;
    intptr_t pos = 0;
    Ref k;
    while (set_next(o, &pos, &k)) {
        if (list_append(t, keys, k) < 0) {
            obj_decref(keys);
            return REF_NULL;
        }
    }
    Object *argt = tuple_pack(t, 1, ref_from_obj(keys));
    obj_decref(keys);
    if (!argt) return REF_NULL;
    Object *d = o->ob_type == &set_type || o->ob_type == &frozenset_type
                    ? NULL : object_get_dict(t, self);
    if (!d && err_occurred(t)) {
        obj_decref(argt);
        return REF_NULL;
    }
    Object *res = tuple_pack(t, 3, ref_from_obj((Object *)o->ob_type), ref_from_obj(argt),
                             d ? ref_from_obj(d) : REF_NONE);
    obj_decref(argt);
    return ref_from_obj(res);
}

static const MethodDef set_methods[] = {
    {"add", m_add, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"__contains__", m_contains, METH_COEXIST, NULL},
    {"copy", m_copy, 0, NULL},
    {"discard", m_discard, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"difference_update", m_difference_update, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"intersection_update", m_intersection_update, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 0, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, NULL},
    {"union", m_union, 0, NULL},
    {"update", m_update, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"__contains__", m_contains, METH_COEXIST, NULL},
    {"copy", m_copy, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"__reduce__", m_reduce, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"symmetric_difference", m_symmetric_difference, 0, NULL},
    {"union", m_union, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type set_type = {
    TYPE_HEAD_INIT,
    .tp_name = "set",
    .tp_basicsize = sizeof(Set),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_dealloc = set_dealloc,
    .tp_weaklistoffset = offsetof(Set, weakreflist),
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_free = obj_free,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .new_ = set_tp_new,
    .init = set_init,
    .iter = set_iter,
    .len = set_len,
    .contains = set_tp_contains,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .nb_inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUBTRACT] = set_isub,
                   [NB_XOR] = set_ixor},
    .methods = set_methods,
};

Type frozenset_type = {
    TYPE_HEAD_INIT,
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(Set),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC,
    .tp_dealloc = set_dealloc,
    .tp_weaklistoffset = offsetof(Set, weakreflist),
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_free = obj_free,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .new_ = frozenset_tp_new,
    .iter = set_iter,
    .len = set_len,
    .contains = set_tp_contains,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .methods = frozenset_methods,
};

/* ---- iterator ----------------------------------------------------------------------- */

typedef struct SetIter {
    Object ob;
    Object *set;       /* NULL once exhausted */
    intptr_t used;     /* size at creation */
    intptr_t pos;
    intptr_t remaining;
} SetIter;

static Ref set_iter(Thread *t, Ref self) {
    SetIter *it = (SetIter *)obj_alloc(t, &set_iter_type, sizeof(SetIter));
    if (!it) return REF_NULL;
    Object *o = ref_obj(self);
    obj_incref(o);
    it->set = o;
    it->used = SO(o)->used;
    it->remaining = SO(o)->used;
    gc_track((Object *)it);
    return ref_from_obj((Object *)it);
}

static void setiter_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(((SetIter *)o)->set);
    o->ob_type->tp_free(o);
}

static int setiter_traverse(Object *o, VisitFn visit, void *arg) {
    VISIT_OBJ(((SetIter *)o)->set);
    return 0;
}

static Ref setiter_next(Thread *t, Ref self) {
    SetIter *it = (SetIter *)ref_obj(self);
    Object *o = it->set;
    if (!o) return REF_NULL;
    if (it->used != SO(o)->used) {
        err_set(t, &exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return REF_NULL;
    }
    SetEntry *e = next_entry(SO(o), &it->pos);
    if (!e) {
        it->set = NULL;
        obj_decref(o);
        return REF_NULL;
    }
    it->remaining--;
    return ref_dup(e->key);
}

static Ref setiter_length_hint(Thread *t, Ref self, const Ref *args, size_t nargs,
                               Object *kwnames) {
    SetIter *it = (SetIter *)ref_obj(self);
    intptr_t n = 0;
    if (it->set && it->used == SO(it->set)->used && it->remaining > 0) n = it->remaining;
    return ref_from_int(n);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type set_iter_type = {
    TYPE_HEAD_INIT,
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIter),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = setiter_dealloc,
    .tp_traverse = setiter_traverse,
    .tp_free = obj_free,
    .iter = cu_self_iter,
    .iternext = setiter_next,
    .methods = setiter_methods,
};
