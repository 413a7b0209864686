/* dict: compact and insertion-ordered. Owner: objects/dict*.c. The layout is private to
 * dict.c; everyone else goes through these functions. Results are new references.
 * Lookups return REF_NULL when the key is missing: check err_occurred(t) to tell a missing
 * key from an error (a key's __hash__/__eq__ may raise). */
#ifndef SPRY_OBJECTS_DICT_H
#define SPRY_OBJECTS_DICT_H
#include "core/object.h"

extern Type dict_type, dict_keys_type, dict_values_type, dict_items_type, mappingproxy_type;

bool dict_check(Ref r);
static inline bool dict_check_exact(Ref r) { return ref_is_obj(r) && ref_obj(r)->ob_type == &dict_type; }

Object *dict_new(Thread *t);
Object *dict_copy(Thread *t, Object *d);
intptr_t dict_size(Object *d);
Ref dict_get(Thread *t, Object *d, Ref key);
Ref dict_get_str(Thread *t, Object *d, Object *key);        /* key: exact str */
Ref dict_get_cstr(Thread *t, Object *d, const char *key);
int dict_set(Thread *t, Object *d, Ref key, Ref value);     /* borrowed; -1 error */
int dict_set_str(Thread *t, Object *d, Object *key, Ref value);
int dict_set_cstr(Thread *t, Object *d, const char *key, Ref value);
/* 1 deleted, 0 missing (no error raised), -1 error. */
int dict_del(Thread *t, Object *d, Ref key);
int dict_del_str(Thread *t, Object *d, Object *key);
int dict_contains(Thread *t, Object *d, Ref key);            /* 1, 0, -1 */
int dict_update(Thread *t, Object *d, Ref other);            /* dict.update(other) */
int dict_merge(Thread *t, Object *d, Object *other, bool override);
void dict_clear(Object *d);
/* Iteration: *pos starts at 0. Fills borrowed key/value; false when done. The dict must
 * not be resized during iteration. */
bool dict_next(Object *d, intptr_t *pos, Ref *key, Ref *value);
Object *dict_keys_list(Thread *t, Object *d);
/* Incremented whenever the dict's keys change (specializer guards). */
uint64_t dict_keys_version(Object *d);

Object *mappingproxy_new(Thread *t, Object *mapping);

/* ---- additions (containers engineer) ---- */
extern Type dict_keyiter_type, dict_valueiter_type, dict_itemiter_type, dict_revkeyiter_type,
    dict_revvalueiter_type, dict_revitemiter_type;

/* A dict with room for n items without resizing. */
Object *dict_new_presized(Thread *t, intptr_t n);
/* Empties d, which nothing else references, keeping its table for reuse when that is of
 * the smallest size; false (d untouched) when it is larger. */
bool dict_clear_for_reuse(Object *d);
/* dict_set stealing key and value (both closed on failure too). */
int dict_set_steal(Thread *t, Object *d, Ref key, Ref value);
/* dict_set of each name of a call's kwnames tuple to values[i] (borrowed), cheaper for the
 * usual exact-str names not yet in d. */
int dict_set_kwargs(Thread *t, Object *d, Object *kwnames, const Ref *values);
/* Removes key: 1 with *out = the value (owned), 0 missing (no error), -1 error. */
int dict_pop(Thread *t, Object *d, Ref key, Ref *out);
/* dict.setdefault(key, dflt): the value now stored under key. */
Ref dict_setdefault(Thread *t, Object *d, Ref key, Ref dflt);
Object *dict_values_list(Thread *t, Object *d);
Object *dict_items_list(Thread *t, Object *d);   /* list of (key, value) tuples */
/* PyDict_Merge with CPython's override modes: 0 keep existing, 1 overwrite, 2 raise
 * KeyError(key) on a duplicate (for f(**a, **b)). `other` is any mapping (keys() and
 * __getitem__); dicts are merged directly. */
int dict_merge_ex(Thread *t, Object *d, Ref other, int override);
/* For the specializer: the entry index of an exact-str key (no user code runs):
 * >= 0 found, -1 missing, -2 cannot tell without __eq__ (use dict_get). Valid while
 * dict_keys_version(d) is unchanged; dict_entry_value reads the entry (borrowed;
 * REF_NULL if ix is out of range or deleted). */
intptr_t dict_lookup_str_index(Object *d, Object *key);
Ref dict_entry_value(Object *d, intptr_t ix);
/* Views and iterators: kind is dict_keys_type/dict_values_type/dict_items_type, or one
 * of the iterator types above. */
Ref dict_view_new(Thread *t, Object *d, Type *kind);
Ref dict_iter_new(Thread *t, Object *d, Type *kind);

#endif
