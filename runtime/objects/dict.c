/* dict: the hash table itself (layout and invariants in dict_internal.h), the dict type
 * and its methods. Views, dict iterators and mappingproxy are in dict_views.c. */
#include "spry.h"
#include "objects/container_util.h"
#include "objects/dict_internal.h"

bool dict_check(Ref r) {
    return ref_is_obj(r) && type_has_flag(ref_obj(r)->ob_type, TPFLAG_DICT_SUBCLASS);
}

/* ---- the table ---------------------------------------------------------------------- */

static inline intptr_t ix_get(const DictKeys *k, intptr_t i) {
    switch (k->log2_index_bytes) {
    case 0: return ((const int8_t *)k->indices)[i];
    case 1: return ((const int16_t *)k->indices)[i];
    case 2: return ((const int32_t *)k->indices)[i];
    default: return (intptr_t)((const int64_t *)k->indices)[i];
    }
}

static inline void ix_set(DictKeys *k, intptr_t i, intptr_t ix) {
    switch (k->log2_index_bytes) {
    case 0: ((int8_t *)k->indices)[i] = (int8_t)ix; break;
    case 1: ((int16_t *)k->indices)[i] = (int16_t)ix; break;
    case 2: ((int32_t *)k->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)k->indices)[i] = (int64_t)ix; break;
    }
}

/* At most 2/3 of the slots hold entries. */
static inline intptr_t usable_fraction(intptr_t size) { return (size << 1) / 3; }

/* Smallest table (log2) with at least `minsize` slots. */
static uint8_t log2_for(intptr_t minsize) {
    uint8_t l = DICT_LOG2_MINSIZE;
    while (((intptr_t)1 << l) < minsize && l < 62) l++;
    return l;
}

static DictKeys *keys_new(Thread *t, uint8_t log2_size) {
    uint8_t lib = log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
    intptr_t size = (intptr_t)1 << log2_size;
    intptr_t usable = usable_fraction(size);
    size_t bytes = sizeof(DictKeys) + ((size_t)size << lib) + (size_t)usable * sizeof(DictEntry);
    DictKeys *k = mem_alloc(t, bytes);
    if (!k) return NULL;
    k->log2_size = log2_size;
    k->log2_index_bytes = lib;
    k->usable = usable;
    k->nentries = 0;
    memset(k->indices, 0xff, (size_t)size << lib); /* all IX_EMPTY */
    return k;
}

/* The first free (empty or dummy) index slot on hash's probe chain. */
static intptr_t find_free_slot(DictKeys *k, int64_t hash) {
    size_t mask = (size_t)dk_size(k) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    while (ix_get(k, (intptr_t)i) >= 0) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (intptr_t)i;
}

/* Rebuilds the table with 2**log2 slots, compacting deleted entries away. */
static int dict_resize(Thread *t, Dict *d, uint8_t log2) {
    DictKeys *old = d->keys;
    DictKeys *k = keys_new(t, log2);
    if (!k) return -1;
    DictEntry *dst = dk_entries(k);
    intptr_t n = 0;
    if (old) {
        DictEntry *src = dk_entries(old);
        for (intptr_t i = 0; i < old->nentries; i++) {
            if (ref_is_null(src[i].key)) continue;
            dst[n] = src[i];
            ix_set(k, find_free_slot(k, src[i].hash), n);
            n++;
        }
        mem_free(old);
    }
    k->nentries = n;
    k->usable -= n;
    d->keys = k;
    d->version++;
    d->cache_version = 0;
    return 0;
}

static int insertion_resize(Thread *t, Dict *d) {
    /* Grow to hold 3x the live entries: amortized O(1) insertion, and a table full of
     * deleted entries shrinks back. */
    return dict_resize(t, d, log2_for(d->used * 3));
}

/* Looks up key (with its hash). Returns the entry index, IX_EMPTY when missing, or
 * IX_ERROR with an exception set. Comparisons may run Python code that mutates the
 * dict; then the lookup starts over on the new table. */
static intptr_t lookup(Thread *t, Dict *d, Ref key, int64_t hash) {
restart:;
    DictKeys *k = d->keys;
    if (!k) return IX_EMPTY;
    size_t mask = (size_t)dk_size(k) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    bool key_str = str_check_exact(key), key_int = ref_is_int(key);
    for (;;) {
        intptr_t ix = ix_get(k, (intptr_t)i);
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            DictEntry *ep = &dk_entries(k)[ix];
            if (ref_is(ep->key, key)) return ix;
            if (ep->hash == hash) {
                Ref start = ep->key;
                if (key_str && str_check_exact(start)) {
                    if (str_eq(ref_obj(start), ref_obj(key))) return ix;
                } else if (!(key_int && ref_is_int(start))) {
                    ref_dup(start);
                    int cmp = obj_richcompare_bool(t, start, key, CMP_EQ);
                    ref_close(start);
                    if (cmp < 0) return IX_ERROR;
                    if (d->keys != k || !ref_is(ep->key, start)) goto restart;
                    if (cmp > 0) return ix;
                }
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Lookup for an exact str key: identity, then hash + content; no user code runs. Meeting
 * a non-str key with the same hash needs __eq__: IX_GENERIC says "use lookup()". */
#define IX_GENERIC (-4)
static intptr_t lookup_str(Dict *d, Object *key, int64_t hash) {
    DictKeys *k = d->keys;
    if (!k) return IX_EMPTY;
    size_t mask = (size_t)dk_size(k) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        intptr_t ix = ix_get(k, (intptr_t)i);
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            DictEntry *ep = &dk_entries(k)[ix];
            if (ref_is_object(ep->key, key)) return ix;
            if (ep->hash == hash && str_check_exact(ep->key) && str_eq(ref_obj(ep->key), key))
                return ix;
            if (ep->hash == hash && !str_check_exact(ep->key)) return IX_GENERIC;
        }
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Stores key -> value, stealing both. */
/* A dict starts untracked by the cycle collector and is tracked once it holds something
 * that could close a cycle, as in CPython: dicts of numbers and strings (keyword
 * arguments, JSON records) cost the collector nothing. */
static inline void track_for(Dict *d, Ref key, Ref value) {
    if (!gc_is_tracked(&d->ob) && (gc_may_close_cycle(value) || gc_may_close_cycle(key)))
        gc_track(&d->ob);
}

/* Adds an entry for key (absent from d) -> value, stealing both; d has room for it. */
static void append_entry(Dict *d, Ref key, int64_t hash, Ref value) {
    DictKeys *k = d->keys;
    intptr_t slot = find_free_slot(k, hash);
    DictEntry *ep = &dk_entries(k)[k->nentries];
    ep->hash = hash;
    ep->key = key;
    ep->value = value;
    ix_set(k, slot, k->nentries);
    k->nentries++;
    k->usable--;
    d->used++;
    d->version++;
    d->cache_version = 0;
}

static int insert_steal(Thread *t, Dict *d, Ref key, int64_t hash, Ref value) {
    track_for(d, key, value);
    intptr_t ix = lookup(t, d, key, hash);
    if (ix == IX_ERROR) goto fail;
    if (ix >= 0) {
        DictEntry *ep = &dk_entries(d->keys)[ix];
        Ref old = ep->value;
        ep->value = value;
        ref_close(old);
        ref_close(key);
        return 0;
    }
    if (!d->keys || d->keys->usable <= 0) {
        if (insertion_resize(t, d) < 0) goto fail;
    }
    append_entry(d, key, hash, value);
    return 0;
fail:
    ref_close(key);
    ref_close(value);
    return -1;
}

int dict_set_kwargs(Thread *t, Object *d, Object *kwnames, const Ref *values) {
    Dict *dd = DICT(d);
    for (intptr_t i = 0; i < tuple_size(kwnames); i++) {
        Ref key = tuple_get(kwnames, i);
        if (!str_check_exact(key)) {
            if (dict_set(t, d, key, values[i]) < 0) return -1;
            continue;
        }
        int64_t hash = str_hash(ref_obj(key));
        DictKeys *k = dd->keys;
        /* A fresh name with room for it (the usual case): no lookup() and no resize. */
        if (!k || k->usable <= 0 || lookup_str(dd, ref_obj(key), hash) != IX_EMPTY) {
            if (insert_steal(t, dd, ref_dup(key), hash, ref_dup(values[i])) < 0) return -1;
            continue;
        }
        track_for(dd, key, values[i]);
        append_entry(dd, ref_dup(key), hash, ref_dup(values[i]));
    }
    return 0;
}

/* Removes the entry at index ix (found on hash's chain); returns its key and value. */
static void delete_at(Dict *d, int64_t hash, intptr_t ix, Ref *key, Ref *value) {
    DictKeys *k = d->keys;
    size_t mask = (size_t)dk_size(k) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    while (ix_get(k, (intptr_t)i) != ix) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    ix_set(k, (intptr_t)i, IX_DUMMY);
    DictEntry *ep = &dk_entries(k)[ix];
    *key = ep->key;
    *value = ep->value;
    ep->key = REF_NULL;
    ep->value = REF_NULL;
    d->used--;
    d->version++;
    d->cache_version = 0;
}

/* ---- public API --------------------------------------------------------------------- */

static Object *dict_alloc(Thread *t, Type *type) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return NULL;
    DICT(o)->version = 1;   /* untracked until it holds a container (track_for) */
    return o;
}

Object *dict_new(Thread *t) { return dict_alloc(t, &dict_type); }

Object *dict_new_presized(Thread *t, intptr_t n) {
    Object *d = dict_new(t);
    if (d && n > 5 && dict_resize(t, DICT(d), log2_for((n * 3 + 1) / 2)) < 0) {
        obj_decref(d);
        return NULL;
    }
    return d;
}

intptr_t dict_size(Object *d) { return DICT(d)->used; }

uint64_t dict_keys_version(Object *d) { return DICT(d)->version; }

uint32_t dict_cache_version_slow(Thread *t, Dict *d) {
    Interp *ip = t->interp;
    if (ip->next_dict_cache_version == UINT32_MAX) return 0;
    d->cache_version = ++ip->next_dict_cache_version;
    return d->cache_version;
}

Ref dict_get(Thread *t, Object *d, Ref key) {
    int64_t h = cu_hash(t, key);
    if (h == -1) return REF_NULL;
    intptr_t ix = lookup(t, DICT(d), key, h);
    if (ix < 0) return REF_NULL;
    return ref_dup(dk_entries(DICT(d)->keys)[ix].value);
}

/* The per-thread index hint for an exact-str key (t->dict_hint): instances of one class
 * store their attributes in the same order, and a name usually lives at the same index
 * of the dicts it is looked up in. A hint is trusted only when the entry there holds the
 * very same key object (a dict has at most one entry per key), so it is never wrong. */
static inline struct DictHint *hint_slot(Thread *t, Object *key) {
    return &t->dict_hint[((uintptr_t)key >> 4) & (DICT_HINT_SIZE - 1)];
}

static inline intptr_t hint_probe(Thread *t, DictKeys *k, Object *key) {
    struct DictHint *h = hint_slot(t, key);
    if (h->key == key) {
        intptr_t ix = h->ix;
        if (ix < k->nentries && ref_is_object(dk_entries(k)[ix].key, key)) return ix;
    }
    return -1;
}

static inline intptr_t lookup_str_hinted(Thread *t, Dict *d, Object *key) {
    DictKeys *k = d->keys;
    if (!k) return IX_EMPTY;
    if (t) {
        intptr_t ix = hint_probe(t, k, key);
        if (ix >= 0) return ix;
        ix = lookup_str(d, key, str_hash(key));
        if (ix >= 0) {
            struct DictHint *h = hint_slot(t, key);
            h->key = key;
            h->ix = ix;
        }
        return ix;
    }
    return lookup_str(d, key, str_hash(key));
}

Ref dict_get_str(Thread *t, Object *d, Object *key) {
    intptr_t ix = lookup_str_hinted(t, DICT(d), key);
    if (ix == IX_GENERIC) return dict_get(t, d, ref_from_obj(key));
    if (ix < 0) return REF_NULL;
    return ref_dup(dk_entries(DICT(d)->keys)[ix].value);
}

Ref dict_get_cstr(Thread *t, Object *d, const char *key) {
    Object *k = str_from_cstr(t, key);
    if (!k) return REF_NULL;
    Ref v = dict_get_str(t, d, k);
    obj_decref(k);
    return v;
}

intptr_t dict_lookup_str_index(Object *d, Object *key) {
    intptr_t ix = lookup_str(DICT(d), key, str_hash(key));
    return ix >= 0 ? ix : ix == IX_EMPTY ? -1 : -2;
}

Ref dict_entry_value(Object *d, intptr_t ix) {
    DictKeys *k = DICT(d)->keys;
    if (!k || ix < 0 || ix >= k->nentries) return REF_NULL;
    return dk_entries(k)[ix].value;
}

int dict_set(Thread *t, Object *d, Ref key, Ref value) {
    int64_t h = cu_hash(t, key);
    if (h == -1) return -1;
    return insert_steal(t, DICT(d), ref_dup(key), h, ref_dup(value));
}

int dict_set_steal(Thread *t, Object *d, Ref key, Ref value) {
    int64_t h = cu_hash(t, key);
    if (h == -1) {
        ref_close(key);
        ref_close(value);
        return -1;
    }
    return insert_steal(t, DICT(d), key, h, value);
}

int dict_set_str(Thread *t, Object *d, Object *key, Ref value) {
    DictKeys *k = DICT(d)->keys;
    if (t && k) {
        /* Replacing the value of a key found by its hint: no key or version change. */
        intptr_t ix = hint_probe(t, k, key);
        if (ix >= 0) {
            DictEntry *ep = &dk_entries(k)[ix];
            track_for(DICT(d), ep->key, value);
            Ref old = ep->value;
            ep->value = ref_dup(value);
            ref_close(old);
            return 0;
        }
    }
    return insert_steal(t, DICT(d), ref_new(key), str_hash(key), ref_dup(value));
}

int dict_set_cstr(Thread *t, Object *d, const char *key, Ref value) {
    Object *k = str_from_cstr(t, key);
    if (!k) return -1;
    k = str_intern(t, k);
    if (!k) return -1;
    int r = dict_set_str(t, d, k, value);
    obj_decref(k);
    return r;
}

static int del_hashed(Thread *t, Object *d, Ref key, int64_t h) {
    intptr_t ix = lookup(t, DICT(d), key, h);
    if (ix == IX_ERROR) return -1;
    if (ix == IX_EMPTY) return 0;
    Ref k, v;
    delete_at(DICT(d), h, ix, &k, &v);
    ref_close(k);
    ref_close(v);
    return 1;
}

int dict_del(Thread *t, Object *d, Ref key) {
    int64_t h = cu_hash(t, key);
    if (h == -1) return -1;
    return del_hashed(t, d, key, h);
}

int dict_del_str(Thread *t, Object *d, Object *key) {
    return del_hashed(t, d, ref_from_obj(key), str_hash(key));
}

int dict_contains(Thread *t, Object *d, Ref key) {
    int64_t h = cu_hash(t, key);
    if (h == -1) return -1;
    intptr_t ix = lookup(t, DICT(d), key, h);
    if (ix == IX_ERROR) return -1;
    return ix >= 0;
}

int dict_pop(Thread *t, Object *d, Ref key, Ref *out) {
    *out = REF_NULL;
    if (DICT(d)->used == 0) return 0;
    int64_t h = cu_hash(t, key);
    if (h == -1) return -1;
    intptr_t ix = lookup(t, DICT(d), key, h);
    if (ix == IX_ERROR) return -1;
    if (ix == IX_EMPTY) return 0;
    Ref k;
    delete_at(DICT(d), h, ix, &k, out);
    ref_close(k);
    return 1;
}

Ref dict_setdefault(Thread *t, Object *d, Ref key, Ref dflt) {
    int64_t h = cu_hash(t, key);
    if (h == -1) return REF_NULL;
    intptr_t ix = lookup(t, DICT(d), key, h);
    if (ix == IX_ERROR) return REF_NULL;
    if (ix >= 0) return ref_dup(dk_entries(DICT(d)->keys)[ix].value);
    if (insert_steal(t, DICT(d), ref_dup(key), h, ref_dup(dflt)) < 0) return REF_NULL;
    return ref_dup(dflt);
}

void dict_clear(Object *d) {
    Dict *dd = DICT(d);
    DictKeys *k = dd->keys;
    if (!k) return;
    /* Detach first: releasing values may run code that looks at the dict. */
    dd->keys = NULL;
    dd->used = 0;
    dd->version++;
    dd->cache_version = 0;
    DictEntry *e = dk_entries(k);
    for (intptr_t i = 0; i < k->nentries; i++) {
        ref_close(e[i].key);
        ref_close(e[i].value);
    }
    mem_free(k);
}

bool dict_clear_for_reuse(Object *d) {
    Dict *dd = DICT(d);
    DictKeys *k = dd->keys;
    if (!k) return true;
    if (k->log2_size != DICT_LOG2_MINSIZE) return false;
    intptr_t n = k->nentries;
    k->nentries = 0;
    k->usable = usable_fraction(dk_size(k));
    dd->used = 0;
    dd->version++;
    dd->cache_version = 0;
    DictEntry *e = dk_entries(k);
    for (intptr_t i = 0; i < n; i++) {
        ref_close(e[i].key);
        ref_close(e[i].value);
    }
    memset(k->indices, 0xff, (size_t)dk_size(k) << k->log2_index_bytes);   /* all IX_EMPTY */
    return true;
}

bool dict_next(Object *d, intptr_t *pos, Ref *key, Ref *value) {
    DictKeys *k = DICT(d)->keys;
    if (!k) return false;
    DictEntry *e = dk_entries(k);
    for (intptr_t i = *pos; i < k->nentries; i++) {
        if (!ref_is_null(e[i].key)) {
            if (key) *key = e[i].key;
            if (value) *value = e[i].value;
            *pos = i + 1;
            return true;
        }
    }
    *pos = k->nentries;
    return false;
}

/* Lists of the keys, values or (key, value) tuples, in order. which: 0, 1, 2. */
static Object *dict_list_of(Thread *t, Object *d, int which) {
    Object *l = list_new(t, DICT(d)->used);
    if (!l) return NULL;
    intptr_t pos = 0, i = 0;
    Ref k, v;
    while (i < list_size(l) && dict_next(d, &pos, &k, &v)) {
        Ref x;
        if (which == 0) x = ref_dup(k);
        else if (which == 1) x = ref_dup(v);
        else {
            Object *tup = tuple_pack(t, 2, k, v);
            if (!tup) {
                obj_decref(l);
                return NULL;
            }
            x = ref_from_obj(tup);
        }
        list_items(l)[i++] = x;
    }
    return l;
}

Object *dict_keys_list(Thread *t, Object *d) { return dict_list_of(t, d, 0); }
Object *dict_values_list(Thread *t, Object *d) { return dict_list_of(t, d, 1); }
Object *dict_items_list(Thread *t, Object *d) { return dict_list_of(t, d, 2); }

Object *dict_copy(Thread *t, Object *d) {
    Object *c = dict_new(t);
    if (!c) return NULL;
    if (dict_merge(t, c, d, true) < 0) {
        obj_decref(c);
        return NULL;
    }
    return c;
}

int dict_merge_ex(Thread *t, Object *d, Ref other, int override) {
    if (dict_check(other) && (ref_type(other)->iter == dict_type.iter)) {
        Object *o = ref_obj(other);
        if (o == d || DICT(o)->used == 0) return 0;
        Dict *dd = DICT(d);
        if (dd->used == 0 && (!dd->keys || dd->keys->usable < DICT(o)->used)) {
            if (dict_resize(t, dd, log2_for(((dd->used + DICT(o)->used) * 3 + 1) / 2)) < 0)
                return -1;
        }
        /* Walk by index with the hash stored in each entry; the other dict may change
         * under us (a key's __eq__), which is a RuntimeError as in CPython. */
        intptr_t n0 = DICT(o)->used;
        DictKeys *ok = DICT(o)->keys;
        for (intptr_t i = 0; ok && i < ok->nentries; i++) {
            DictEntry *e = &dk_entries(ok)[i];
            if (ref_is_null(e->key)) continue;
            Ref key = ref_dup(e->key), value = ref_dup(e->value);
            int64_t h = e->hash;
            if (override != 1) {
                intptr_t ix = lookup(t, dd, key, h);
                if (ix == IX_ERROR) {
                    ref_close(key);
                    ref_close(value);
                    return -1;
                }
                if (ix >= 0) {
                    if (override == 2) {
                        err_set_value(t, &exc_KeyError, key);
                        ref_close(key);
                        ref_close(value);
                        return -1;
                    }
                    ref_close(key);
                    ref_close(value);
                    goto next;
                }
            }
            if (insert_steal(t, dd, key, h, value) < 0) return -1;
        next:
            if (DICT(o)->keys != ok || DICT(o)->used != n0) {
                err_set(t, &exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    /* A generic mapping: keys(), then m[k]. */
    Ref keys = obj_call_method(t, other, ID(keys), NULL, 0);
    if (ref_is_null(keys)) return -1;
    Ref it = obj_iter(t, keys);
    ref_close(keys);
    if (ref_is_null(it)) return -1;
    for (;;) {
        Ref key = obj_next(t, it);
        if (ref_is_null(key)) break;
        if (override != 1) {
            int c = dict_contains(t, d, key);
            if (c < 0 || (c > 0 && override == 2)) {
                if (c > 0) err_set_value(t, &exc_KeyError, key);
                ref_close(key);
                ref_close(it);
                return -1;
            }
            if (c > 0) {
                ref_close(key);
                continue;
            }
        }
        Ref value = obj_getitem(t, other, key);
        if (ref_is_null(value)) {
            ref_close(key);
            ref_close(it);
            return -1;
        }
        if (dict_set_steal(t, d, key, value) < 0) {
            ref_close(it);
            return -1;
        }
    }
    ref_close(it);
    return err_occurred(t) ? -1 : 0;
}

int dict_merge(Thread *t, Object *d, Object *other, bool override) {
    return dict_merge_ex(t, d, ref_from_obj(other), override ? 1 : 0);
}

/* dict.update's second form: an iterable of pairs. */
static int merge_pairs(Thread *t, Object *d, Ref seq) {
    Ref it = obj_iter(t, seq);
    if (ref_is_null(it)) return -1;
    for (intptr_t i = 0;; i++) {
        Ref item = obj_next(t, it);
        if (ref_is_null(item)) {
            ref_close(it);
            return err_occurred(t) ? -1 : 0;
        }
        Object *fast = NULL;
        if (list_check_exact(item) || tuple_check_exact(item)) {
            fast = ref_obj(item);
            obj_incref(fast);
        } else {
            Ref sit = obj_iter(t, item);
            if (ref_is_null(sit)) {
                if (err_matches(t, &exc_TypeError)) {
                    err_clear(t);
                    err_format(t, &exc_TypeError,
                               "cannot convert dictionary update sequence element #%zd to a sequence",
                               i);
                }
                goto fail_item;
            }
            fast = list_new(t, 0);
            if (fast && list_extend(t, fast, sit) < 0) {
                obj_decref(fast);
                fast = NULL;
            }
            ref_close(sit);
            if (!fast) goto fail_item;
        }
        bool isl = list_check(ref_from_obj(fast));
        intptr_t n = isl ? list_size(fast) : tuple_size(fast);
        if (n != 2) {
            err_format(t, &exc_ValueError,
                       "dictionary update sequence element #%zd has length %zd; 2 is required",
                       i, n);
            obj_decref(fast);
            goto fail_item;
        }
        Ref *p = isl ? list_items(fast) : tuple_items(fast);
        Ref k = ref_dup(p[0]), v = ref_dup(p[1]);
        obj_decref(fast);
        ref_close(item);
        if (dict_set_steal(t, d, k, v) < 0) {
            ref_close(it);
            return -1;
        }
        continue;
    fail_item:
        ref_close(item);
        ref_close(it);
        return -1;
    }
}

/* Does v look like a mapping for update()? (has a "keys" attribute) */
static int has_keys(Thread *t, Ref v) {
    if (dict_check(v)) return 1;
    return obj_hasattr(t, v, ID(keys));
}

int dict_update(Thread *t, Object *d, Ref other) {
    int k = has_keys(t, other);
    if (k < 0) return -1;
    if (k) return dict_merge_ex(t, d, other, 1);
    return merge_pairs(t, d, other);
}

/* update(*args, **kwargs) shared by dict.__init__ and dict.update. */
static int update_common(Thread *t, Object *d, const char *fname, const Ref *args,
                         size_t nargs, Object *kwnames) {
    if (!args_count(t, fname, nargs, NULL, 0, 1)) return -1;
    if (nargs && dict_update(t, d, args[0]) < 0) return -1;
    if (kwnames) {
        for (intptr_t i = 0; i < tuple_size(kwnames); i++) {
            if (dict_set(t, d, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) return -1;
        }
    }
    return 0;
}

/* ---- slots ------------------------------------------------------------------------- */

static void dict_dealloc(Object *o) {
    gc_untrack(o);
    DictKeys *k = DICT(o)->keys;
    if (k) {
        DictEntry *e = dk_entries(k);
        for (intptr_t i = 0; i < k->nentries; i++) {
            ref_close(e[i].key);
            ref_close(e[i].value);
        }
        mem_free(k);
    }
    o->ob_type->tp_free(o);
}

static int dict_traverse(Object *o, VisitFn visit, void *arg) {
    DictKeys *k = DICT(o)->keys;
    if (!k) return 0;
    DictEntry *e = dk_entries(k);
    for (intptr_t i = 0; i < k->nentries; i++) {
        VISIT_REF(e[i].key);
        VISIT_REF(e[i].value);
    }
    return 0;
}

static int dict_tp_clear(Object *o) {
    dict_clear(o);
    return 0;
}

static Ref dict_repr(Thread *t, Ref self) {
    Object *d = ref_obj(self);
    if (DICT(d)->used == 0) return ref_from_obj(str_from_cstr(t, "{}"));
    int r = repr_enter(t, self);
    if (r < 0) return REF_NULL;
    if (r > 0) return ref_from_obj(str_from_cstr(t, "{...}"));
    Object *parts = list_new(t, 0);
    if (!parts) goto fail;
    /* Index-based walk that tolerates mutation by a __repr__ (never past the end). */
    for (intptr_t i = 0; DICT(d)->keys && i < DICT(d)->keys->nentries; i++) {
        DictEntry *e = &dk_entries(DICT(d)->keys)[i];
        if (ref_is_null(e->key)) continue;
        Ref k = ref_dup(e->key), v = ref_dup(e->value);
        Ref kr = obj_repr(t, k);
        ref_close(k);
        if (ref_is_null(kr)) {
            ref_close(v);
            goto fail;
        }
        Ref vr = obj_repr(t, v);
        ref_close(v);
        if (ref_is_null(vr)) {
            ref_close(kr);
            goto fail;
        }
        Object *s = str_from_format(t, "%U: %U", ref_obj(kr), ref_obj(vr));
        ref_close(kr);
        ref_close(vr);
        if (!s || list_append_steal(t, parts, ref_from_obj(s)) < 0) goto fail;
    }
    repr_leave(t, self);
    return ref_from_obj(list_wrap_join(t, "{", parts, "}"));
fail:
    if (parts) obj_decref(parts);
    repr_leave(t, self);
    return REF_NULL;
}

static int dict_equal(Thread *t, Object *a, Object *b) {
    if (DICT(a)->used != DICT(b)->used) return 0;
    for (intptr_t i = 0; DICT(a)->keys && i < DICT(a)->keys->nentries; i++) {
        DictEntry *e = &dk_entries(DICT(a)->keys)[i];
        if (ref_is_null(e->key)) continue;
        Ref k = ref_dup(e->key), av = ref_dup(e->value);
        int64_t h = e->hash;
        intptr_t ix = lookup(t, DICT(b), k, h);
        if (ix < 0) {
            ref_close(k);
            ref_close(av);
            return ix == IX_ERROR ? -1 : 0;
        }
        Ref bv = ref_dup(dk_entries(DICT(b)->keys)[ix].value);
        int c = cu_eq(t, av, bv);
        ref_close(k);
        ref_close(av);
        ref_close(bv);
        if (c <= 0) return c;
    }
    return 1;
}

static Ref dict_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE))
        return REF_NOTIMPLEMENTED;
    if (!rec_enter(t, " in comparison")) return REF_NULL;
    int c = dict_equal(t, ref_obj(a), ref_obj(b));
    rec_leave(t);
    if (c < 0) return REF_NULL;
    return ref_from_bool(op == CMP_EQ ? c : !c);
}

static intptr_t dict_len(Thread *t, Ref self) { return DICT(ref_obj(self))->used; }

static int dict_tp_contains(Thread *t, Ref self, Ref key) {
    return dict_contains(t, ref_obj(self), key);
}

static Ref dict_subscript(Thread *t, Ref self, Ref key) {
    Object *d = ref_obj(self);
    int64_t h = cu_hash(t, key);
    if (h == -1) return REF_NULL;
    intptr_t ix = lookup(t, DICT(d), key, h);
    if (ix == IX_ERROR) return REF_NULL;
    if (ix >= 0) return ref_dup(dk_entries(DICT(d)->keys)[ix].value);
    if (d->ob_type != &dict_type) {
        Ref missing = obj_lookup_special(t, self, ID(__missing__));
        if (!ref_is_null(missing)) {
            Ref r = obj_call1(t, missing, key);
            ref_close(missing);
            return r;
        }
        if (err_occurred(t)) return REF_NULL;
    }
    return err_set_value(t, &exc_KeyError, key);
}

static int dict_ass_sub(Thread *t, Ref self, Ref key, Ref value) {
    Object *d = ref_obj(self);
    if (!ref_is_null(value)) return dict_set(t, d, key, value);
    int r = dict_del(t, d, key);
    if (r == 0) {
        err_set_value(t, &exc_KeyError, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static Ref dict_or(Thread *t, Ref a, Ref b) {
    if (!dict_check(a) || !dict_check(b)) return REF_NOTIMPLEMENTED;
    Object *c = dict_copy(t, ref_obj(a));
    if (!c) return REF_NULL;
    if (dict_update(t, c, b) < 0) {
        obj_decref(c);
        return REF_NULL;
    }
    return ref_from_obj(c);
}

static Ref dict_ior(Thread *t, Ref a, Ref b) {
    if (!dict_check(a)) return REF_NOTIMPLEMENTED;
    if (dict_update(t, ref_obj(a), b) < 0) return REF_NULL;
    return ref_dup(a);
}

static Ref dict_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    return ref_from_obj(dict_alloc(t, type));
}

static int dict_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return update_common(t, ref_obj(self), "dict", args, nargs, kwnames);
}

static Ref dict_iter(Thread *t, Ref self) { return dict_iter_new(t, ref_obj(self), &dict_keyiter_type); }

/* ---- methods ----------------------------------------------------------------------- */

static Ref m_get(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "get", kwnames) || !args_count(t, "get", nargs, NULL, 1, 2)) return REF_NULL;
    Ref v = dict_get(t, ref_obj(self), args[0]);
    if (!ref_is_null(v) || err_occurred(t)) return v;
    return nargs > 1 ? ref_dup(args[1]) : REF_NONE;
}

static Ref m_setdefault(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "setdefault", kwnames) || !args_count(t, "setdefault", nargs, NULL, 1, 2))
        return REF_NULL;
    return dict_setdefault(t, ref_obj(self), args[0], nargs > 1 ? args[1] : REF_NONE);
}

static Ref m_pop(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "pop", kwnames) || !args_count(t, "pop", nargs, NULL, 1, 2)) return REF_NULL;
    Ref v;
    int r = dict_pop(t, ref_obj(self), args[0], &v);
    if (r < 0) return REF_NULL;
    if (r > 0) return v;
    if (nargs > 1) return ref_dup(args[1]);
    return err_set_value(t, &exc_KeyError, args[0]);
}

static Ref m_popitem(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "popitem", nargs, kwnames)) return REF_NULL;
    Dict *d = DICT(ref_obj(self));
    if (d->used == 0) return err_set(t, &exc_KeyError, "popitem(): dictionary is empty");
    DictKeys *k = d->keys;
    intptr_t i = k->nentries - 1;
    while (ref_is_null(dk_entries(k)[i].key)) i--;
    Ref key, value;
    delete_at(d, dk_entries(k)[i].hash, i, &key, &value);
    /* The entry array can shrink: later appends reuse the tail. */
    k->nentries = i;
    Object *tup = tuple_new(t, 2);
    if (!tup) {
        ref_close(key);
        ref_close(value);
        return REF_NULL;
    }
    TUPLE(tup)->items[0] = key;
    TUPLE(tup)->items[1] = value;
    return ref_from_obj(tup);
}

static Ref m_keys(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "keys", nargs, kwnames)) return REF_NULL;
    return dict_view_new(t, ref_obj(self), &dict_keys_type);
}

static Ref m_values(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "values", nargs, kwnames)) return REF_NULL;
    return dict_view_new(t, ref_obj(self), &dict_values_type);
}

static Ref m_items(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "items", nargs, kwnames)) return REF_NULL;
    return dict_view_new(t, ref_obj(self), &dict_items_type);
}

static Ref m_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "copy", nargs, kwnames)) return REF_NULL;
    return ref_from_obj(dict_copy(t, ref_obj(self)));
}

static Ref m_clear(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "clear", nargs, kwnames)) return REF_NULL;
    dict_clear(ref_obj(self));
    return REF_NONE;
}

static Ref m_update(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (update_common(t, ref_obj(self), "update", args, nargs, kwnames) < 0) return REF_NULL;
    return REF_NONE;
}

static Ref m_fromkeys(Thread *t, Ref cls, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "fromkeys", kwnames) || !args_count(t, "fromkeys", nargs, NULL, 1, 2))
        return REF_NULL;
    Ref value = nargs > 1 ? args[1] : REF_NONE;
    Ref d = obj_call0(t, cls);
    if (ref_is_null(d)) return REF_NULL;
    bool exact = dict_check_exact(d);
    if (exact && (dict_check_exact(args[0]) || set_check(args[0]))) {
        /* Known sizes: presize, then insert. */
        intptr_t pos = 0;
        Ref k;
        if (dict_check_exact(args[0])) {
            Object *src = ref_obj(args[0]);
            intptr_t n = dict_size(src);
            if (n > 5 && dict_resize(t, DICT(ref_obj(d)), log2_for((n * 3 + 1) / 2)) < 0) goto fail;
            while (dict_next(src, &pos, &k, NULL))
                if (dict_set(t, ref_obj(d), k, value) < 0) goto fail;
        } else {
            while (set_next(ref_obj(args[0]), &pos, &k))
                if (dict_set(t, ref_obj(d), k, value) < 0) goto fail;
        }
        return d;
    }
    Ref it = obj_iter(t, args[0]);
    if (ref_is_null(it)) goto fail;
    for (;;) {
        Ref k = obj_next(t, it);
        if (ref_is_null(k)) break;
        int r = exact ? dict_set(t, ref_obj(d), k, value) : obj_setitem(t, d, k, value);
        ref_close(k);
        if (r < 0) break;
    }
    ref_close(it);
    if (err_occurred(t)) goto fail;
    return d;
fail:
    ref_close(d);
    return REF_NULL;
}

static Ref m_contains(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "__contains__", nargs, kwnames)) return REF_NULL;
    int r = dict_contains(t, ref_obj(self), args[0]);
    if (r < 0) return REF_NULL;
    return ref_from_bool(r);
}

static Ref m_getitem(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_one(t, "__getitem__", nargs, kwnames)) return REF_NULL;
    return dict_subscript(t, self, args[0]);
}

static Ref m_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__reversed__", nargs, kwnames)) return REF_NULL;
    return dict_iter_new(t, ref_obj(self), &dict_revkeyiter_type);
}

static Ref m_sizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__sizeof__", nargs, kwnames)) return REF_NULL;
    Object *d = ref_obj(self);
    intptr_t size = d->ob_type->tp_basicsize;
    DictKeys *k = DICT(d)->keys;
    if (k)
        size += (intptr_t)sizeof(DictKeys) + (dk_size(k) << k->log2_index_bytes) +
                usable_fraction(dk_size(k)) * (intptr_t)sizeof(DictEntry);
    return ref_from_int(size);
}

static const MethodDef dict_methods[] = {
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {"__contains__", m_contains, METH_COEXIST, NULL},
    {"__getitem__", m_getitem, METH_COEXIST, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"get", m_get, 0, NULL},
    {"setdefault", m_setdefault, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"popitem", m_popitem, 0, NULL},
    {"keys", m_keys, 0, NULL},
    {"items", m_items, 0, NULL},
    {"values", m_values, 0, NULL},
    {"update", m_update, 0, NULL},
    {"fromkeys", m_fromkeys, METH_CLASS, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type dict_type = {
    TYPE_HEAD_INIT,
    .tp_name = "dict",
    .tp_basicsize = sizeof(Dict),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_DICT_SUBCLASS | TPFLAG_MAPPING,
    .tp_dealloc = dict_dealloc,
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_free = obj_free,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .new_ = dict_tp_new,
    .init = dict_init,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_tp_contains,
    .nb = {[NB_OR] = dict_or},
    .nb_inplace = {[NB_OR] = dict_ior},
    .methods = dict_methods,
};
