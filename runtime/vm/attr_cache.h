/* Inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR: the hit paths, inlined into the
 * interpreter loop. A miss calls the specialize_* function of vm/specialize_attr.c, which
 * does the generic operation and refills the cache. Owner: vm/specialize_attr.c.
 *
 * Every filled cache holds the version tag of the type it was filled for (units [1..2])
 * and is used only while the object's type has that tag and generic attribute access:
 * the tag fixes the class's dict and MRO (so what the type maps the name to) and the
 * class's shape (so the index of a name among inline values; objects/shape.h).
 *
 * LOAD_ATTR (4 units): [0] kind, [1..2] type version, [3] operand.
 *   ATTR_INSTANCE_VALUE  inline value [3] of an instance in inline mode
 *   ATTR_WITH_HINT       entry [3] of a dict-mode instance's dict, trusted only when that
 *                        entry holds the very name object (a dict has one entry per key)
 *   ATTR_SLOT            a __slots__ member: the Ref at offset [3]
 * LOAD_METHOD (10 units): [0] METHOD_WITH_VALUES, [1..2] type version, [3..6] the method
 *   descriptor found on the type (kept alive by the type's dict while the tag holds),
 *   [7] the shape's length when the name was not among its names: an instance in inline
 *   mode cannot shadow the method while the length is unchanged.
 * STORE_ATTR (4 units): [0] STORE_INSTANCE_VALUE, [1..2] type version, [3] the value
 *   index, used when the store keeps the values a prefix (overwrite, or the next one). */
#ifndef SPRY_VM_ATTR_CACHE_H
#define SPRY_VM_ATTR_CACHE_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "objects/dict_internal.h"
#include "objects/shape.h"

enum { ATTR_EMPTY = 0, ATTR_WITH_HINT = 1, ATTR_SLOT = 2, ATTR_INSTANCE_VALUE = 3 };
enum { METHOD_WITH_VALUES = 1 };
enum { STORE_INSTANCE_VALUE = 1 };

Ref specialize_load_attr(Thread *t, Ref owner, Object *name, CodeUnit *c);
int specialize_load_method(Thread *t, Ref obj, Object *name, CodeUnit *c, Ref *meth,
                           Ref *self_or_attr);
int specialize_store_attr(Thread *t, Ref owner, Object *name, Ref v, CodeUnit *c);

static inline uint32_t attr_cache_version(const CodeUnit *c) {
    return (uint32_t)c[1] | ((uint32_t)c[2] << 16);
}

/* The type of `owner` if the cache at c was filled for it, else NULL. */
static inline Type *attr_cache_type(Ref owner, const CodeUnit *c, bool store) {
    if (!ref_is_obj(owner)) return NULL;
    Type *tp = ref_type(owner);
    if (tp->tp_version_tag != attr_cache_version(c) ||
        !type_has_flag(tp, TPFLAG_VALID_VERSION_TAG))
        return NULL;
    if (store ? tp->setattro != object_generic_setattr : tp->getattro != object_generic_getattr)
        return NULL;
    return tp;
}

static inline Ref load_attr_cached(Thread *t, Ref owner, Object *name, CodeUnit *c) {
    Type *tp = c[0] ? attr_cache_type(owner, c, false) : NULL;
    if (tp) {
        Object *o = ref_obj(owner);
        if (c[0] == ATTR_INSTANCE_VALUE) {
            intptr_t cap;
            Ref *vals = instance_values(o, &cap);
            if (vals && c[3] < cap && !ref_is_null(vals[c[3]])) return ref_dup(vals[c[3]]);
        } else if (c[0] == ATTR_SLOT) {
            Ref v = *(Ref *)((char *)o + c[3]);
            if (!ref_is_null(v)) return ref_dup(v);
        } else {
            Object *d = *instance_dict_word(o);
            if (d && !((uintptr_t)d & 1)) {
                DictKeys *k = DICT(d)->keys;
                if (k && c[3] < k->nentries) {
                    DictEntry *ep = &dk_entries(k)[c[3]];
                    if (ref_is_object(ep->key, name)) return ref_dup(ep->value);
                }
            }
        }
    }
    return specialize_load_attr(t, owner, name, c);
}

static inline int load_method_cached(Thread *t, Ref obj, Object *name, CodeUnit *c, Ref *meth,
                                     Ref *self_or_attr) {
    Type *tp = c[0] ? attr_cache_type(obj, c, false) : NULL;
    if (tp) {
        bool shadowed = false;
        if (tp->tp_dictoffset > 0) {
            Object *d = *instance_dict_word(ref_obj(obj));
            if ((uintptr_t)d & 1)
                shadowed = type_shape(tp)->len != c[7];
            else if (d)
                shadowed = dict_lookup_str_index(d, name) != -1;
        }
        if (!shadowed) {
            uintptr_t p = 0;
            for (int i = 0; i < 4; i++) p |= (uintptr_t)c[3 + i] << (16 * i);
            *meth = ref_new((Object *)p);
            *self_or_attr = ref_dup(obj);
            return 0;
        }
    }
    return specialize_load_method(t, obj, name, c, meth, self_or_attr);
}

static inline int store_attr_cached(Thread *t, Ref owner, Object *name, Ref v, CodeUnit *c) {
    Type *tp = c[0] ? attr_cache_type(owner, c, true) : NULL;
    if (tp) {
        intptr_t cap, i = c[3];
        Ref *vals = instance_values(ref_obj(owner), &cap);
        if (vals && i < cap) {
            if (!ref_is_null(vals[i])) {
                REF_SETREF(vals[i], ref_dup(v));
                return 0;
            }
            if (i == 0 || !ref_is_null(vals[i - 1])) {
                vals[i] = ref_dup(v);
                return 0;
            }
        }
    }
    return specialize_store_attr(t, owner, name, v, c);
}

#endif
