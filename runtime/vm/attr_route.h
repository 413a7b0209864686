/* Attribute routes: the second-level cache behind the polymorphic attribute forms
 * (LOAD_ATTR_POLY, LOAD_METHOD_POLY). Owner: runtime/vm.
 *
 * A site that sees several classes (`e.tick()` over a list of plants, herbivores and
 * predators; `self.max_age`, a class constant each subclass sets) cannot keep one class
 * in its inline cache. Its POLY form asks the thread's route table instead: keyed by
 * (type, version, interned name), a route says where instances of that type find the
 * name -- an inline value index, a __slots__ offset, a class attribute that is no
 * descriptor (read from its class's dict entry at each use), or a method -- as the
 * monomorphic specializer would have decided.
 *
 * The version is the type's shape guard version when it has a shape (objects/shape.h: it
 * survives a class-level counter being reassigned, `Entity.next_id += 1`, which gives the
 * classes new version tags on every instantiation), else its tp_version_tag. Either covers
 * what a route relies on from the classes. What depends on the instance is checked at each
 * use: the value is set, or the name is absent from the instance (inline mode and the
 * shape no longer than when the route was made). A route that does not apply sends the
 * instruction to its generic form. */
#ifndef SPRY_VM_ATTR_ROUTE_H
#define SPRY_VM_ATTR_ROUTE_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "spry.h"
#include "objects/shape.h"
#include "objects/dict_internal.h"
#include "vm/specialize.h"

typedef struct AttrRoute AttrRoute;

enum {
    ROUTE_VALUE = 1,     /* inline value `index` (the class has nothing by that name) */
    ROUTE_SLOT,          /* the Ref at offset `index` (a __slots__ member) */
    ROUTE_CLASS_VALUE,   /* a class attribute without __get__: dict entry `index` of `holder` */
    ROUTE_METHOD,        /* `value`, a method descriptor (binds to the instance) */
};

/* Computes and records the route for instances of tp to name in *slot; NULL when there
 * is none the POLY forms can take (specialize_attr.c). */
const AttrRoute *attr_route_fill(Thread *t, Type *tp, Object *name, AttrRoute *slot);

/* The guard version of the shape `tp` shares with its relatives when `name` is a plain
 * instance attribute for every class using it (generic attribute access; loads: the
 * classes have nothing by that name; stores: no data descriptor), else 0
 * (specialize_attr.c). */
uint32_t shape_guard(Type *tp, Object *name, bool store);

static inline unsigned int attr_route_version(const Type *tp) {
    Shape *s = type_shape(tp);
    return s ? s->guard_version : tp->tp_version_tag;
}

/* The version LOAD_ATTR_CLASS guards on class tp whose attribute `holder` (tp or a class
 * on its MRO) holds. Sibling classes share a shape and so its guard version: that version
 * names tp only together with tp being the holder the site has cached. An inherited
 * attribute is guarded by tp's own tag instead (drawn from the same counter, so the two
 * kinds never collide). */
static inline unsigned int class_attr_version(const Type *tp, const Type *holder) {
    return tp == holder ? attr_route_version(tp) : tp->tp_version_tag;
}

/* The table is two-way: a pair of entries per hash, the last one filled first. */
static inline const AttrRoute *attr_route_find(Thread *t, Type *tp, Object *name) {
    uint64_t h = ((uintptr_t)tp >> 4) * 0x9E3779B97F4A7C15u ^ ((uintptr_t)name >> 4) * 0xC2B2AE3D27D4EB4Fu;
    AttrRoute *pair = &t->attr_routes[(h >> 56) * 2];
    unsigned int v = attr_route_version(tp);
    if (pair[0].type == tp && pair[0].name == name && pair[0].version == v && v != 0)
        return &pair[0];
    if (pair[1].type == tp && pair[1].name == name && pair[1].version == v && v != 0)
        return &pair[1];
    pair[1] = pair[0];
    return attr_route_fill(t, tp, name, &pair[0]);
}

/* The value of entry `index` of class holder's dict if that entry still holds `name`
 * (borrowed), else REF_NULL. */
static inline Ref class_entry_value(Type *holder, intptr_t index, Object *name) {
    DictKeys *k = DICT(holder->tp_dict)->keys;
    if (k == NULL || index >= k->nentries) return REF_NULL;
    DictEntry *e = &dk_entries(k)[index];
    return ref_is_object(e->key, name) ? e->value : REF_NULL;
}

/* Does instance o lack its own attribute of the route's name? */
static inline bool attr_route_name_absent(Object *o, const AttrRoute *r) {
    Shape *s = type_shape(o->ob_type);
    if (s == NULL) return true;   /* a route without a shape is for a class without __dict__ */
    intptr_t cap;
    return instance_values(o, &cap) != NULL && s->len == r->shape_len;
}

/* The attribute (new reference) by a non-method route, or REF_NULL (no error) when the
 * route does not apply to o. */
static inline Ref attr_route_value(Object *o, const AttrRoute *r) {
    Ref v;
    switch (r->kind) {
    case ROUTE_VALUE:
        v = instance_value_at(o, r->index);
        break;
    case ROUTE_SLOT:
        v = *(Ref *)((char *)o + r->index);
        break;
    case ROUTE_CLASS_VALUE:
        if (!attr_route_name_absent(o, r)) return REF_NULL;
        v = class_entry_value(r->holder, r->index, r->name);
        break;
    default:
        return REF_NULL;
    }
    return ref_is_null(v) ? REF_NULL : ref_dup(v);
}

/* LOAD_ATTR_POLY's inline entries, from `entries` ([0..1] version, [2] index, then the
 * second entry): the newest first, the older one kept. The version is a shape's guard
 * version taken when the name is a plain instance attribute for every class of the shape
 * (shape_guard), so one entry serves a whole family of classes; it is valid while no
 * class joins the shape and none of its members changes. */
static inline void attr_poly_remember(CodeUnit *entries, uint32_t tag, intptr_t index) {
    if (cache_u32(entries) == tag) return;
    entries[3] = entries[0];
    entries[4] = entries[1];
    entries[5] = entries[2];
    cache_set_u32(entries, tag);
    entries[2] = (CodeUnit)index;
}

#endif
