/* The dict layout, shared only by dict.c and dict_views.c. Everyone else goes through
 * objects/dict.h.
 *
 * A dict is compact and ordered (the design CPython adopted in 3.6):
 *
 *     Dict ──keys──> DictKeys: [ header | index table | entry array ]
 *
 *   - The entry array holds (hash, key, value) triples in insertion order. Entries are
 *     appended; a deleted entry keeps its place with key == value == REF_NULL until the
 *     next resize compacts the array. `nentries` entries are in use (live or deleted),
 *     `usable` more can be appended before the table must grow.
 *   - The index table has 2**log2_size slots, each an index into the entry array, or
 *     IX_EMPTY (never used: ends a probe chain) or IX_DUMMY (deleted: the chain goes on).
 *     Slots are 1, 2, 4 or 8 bytes wide, the narrowest that can index the entries.
 *   - Probing: i = hash & mask, then i = (i*5 + perturb + 1) & mask with perturb starting
 *     at the hash and shifted right by 5 each step, so every slot is reached eventually
 *     and all hash bits take part.
 *   - At most 2/3 of the index slots are usable, so chains stay short and always end.
 *   - An empty dict has keys == NULL (no allocation until the first insertion).
 *
 * Invariants: used == number of live entries; every live entry is reachable from the
 * index table by probing its hash; `version` changes whenever the set of keys changes
 * or entries move (insertion of a new key, deletion, clear, resize): code that caches an
 * entry index must guard on (dict identity, version).
 */
#ifndef SPRY_OBJECTS_DICT_INTERNAL_H
#define SPRY_OBJECTS_DICT_INTERNAL_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define IX_ERROR (-3)
#define DICT_LOG2_MINSIZE 3
#define DICT_PERTURB_SHIFT 5

typedef struct DictEntry {
    int64_t hash;
    Ref key;      /* REF_NULL: deleted entry */
    Ref value;
} DictEntry;

typedef struct DictKeys {
    uint8_t log2_size;         /* index table: 1 << log2_size slots */
    uint8_t log2_index_bytes;  /* slot width: 1 << log2_index_bytes bytes */
    intptr_t usable;           /* entries that can still be appended */
    intptr_t nentries;         /* entries appended so far (live or deleted) */
    _Alignas(8) char indices[]; /* index table, then the entry array */
} DictKeys;

typedef struct Dict {
    Object ob;
    intptr_t used;             /* live entries */
    uint64_t version;          /* keys version, see above */
    uint32_t cache_version;    /* 0, or a keys version unique in the interpreter drawn
                                  lazily by dict_cache_version (inline caches); reset to
                                  0 whenever `version` changes */
    DictKeys *keys;            /* NULL when empty and never grown */
} Dict;

#define DICT(o) ((Dict *)(o))

/* The dict's keys version for inline caches (LOAD_GLOBAL): unique among all dicts of
 * the interpreter, so an equal value means the same dict with the same keys at the same
 * entry indices. 0 when the interpreter's 32-bit supply is exhausted (do not cache). */
uint32_t dict_cache_version_slow(Thread *t, Dict *d);
static inline uint32_t dict_cache_version(Thread *t, Dict *d) {
    return d->cache_version ? d->cache_version : dict_cache_version_slow(t, d);
}

static inline intptr_t dk_size(const DictKeys *k) { return (intptr_t)1 << k->log2_size; }

static inline DictEntry *dk_entries(DictKeys *k) {
    return (DictEntry *)(k->indices + ((size_t)1 << (k->log2_size + k->log2_index_bytes)));
}

/* Dict iterators (dict_views.c). `pos` walks the entry array (backwards for reversed
 * iterators); `used` is the dict's size at creation ("changed size" check); `remaining`
 * counts what is left ("keys changed" check, __length_hint__). */
typedef struct DictIter {
    Object ob;
    Object *dict;              /* NULL once exhausted */
    intptr_t used;
    intptr_t pos;
    intptr_t remaining;
} DictIter;

/* Views (dict_views.c): keys(), values(), items(). */
typedef struct DictView {
    Object ob;
    Object *dict;
} DictView;

#endif
