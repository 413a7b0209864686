/* Misses of the attribute caches (layout in vm/attr_cache.h): do the generic operation,
 * then fill the cache for the object's type when the result can be found again by the
 * cached route. */
#include "spry.h"
#include "vm/vm.h"
#include "vm/attr_cache.h"

/* The version tag to cache for `obj`'s type, or 0 when its accesses cannot be cached. */
static unsigned int cacheable_version(Ref obj, bool store) {
    if (!ref_is_obj(obj)) return 0;
    Type *tp = ref_type(obj);
    if (store ? tp->setattro != object_generic_setattr : tp->getattro != object_generic_getattr)
        return 0;
    if (!type_has_flag(tp, TPFLAG_VALID_VERSION_TAG) || !type_has_flag(tp, TPFLAG_HEAPTYPE))
        return 0;
    return tp->tp_version_tag;
}

static void fill(CodeUnit *c, unsigned int ver, CodeUnit kind, CodeUnit operand) {
    c[1] = (CodeUnit)(ver & 0xFFFF);
    c[2] = (CodeUnit)(ver >> 16);
    c[3] = operand;
    c[0] = kind;
}

/* Where an instance of shape-keyed type keeps `name` among its inline values, or -1. */
static intptr_t value_index(Ref obj, Object *name) {
    Object *o = ref_obj(obj);
    intptr_t cap;
    if (!type_shape(o->ob_type) || !instance_values(o, &cap)) return -1;
    intptr_t i = shape_index(type_shape(o->ob_type), name);
    return i < cap ? i : -1;
}

Ref specialize_load_attr(Thread *t, Ref owner, Object *name, CodeUnit *c) {
    Ref res = obj_getattr(t, owner, name);
    unsigned int ver = ref_is_null(res) ? 0 : cacheable_version(owner, false);
    if (!ver) return res;
    Type *tp = ref_type(owner);
    Ref descr = type_lookup(tp, name);
    if (err_occurred(t) || tp->tp_version_tag != ver) return res;
    if (ref_is_null(descr)) {
        if (tp->tp_dictoffset <= 0) return res;
        intptr_t i = value_index(owner, name);
        if (i >= 0) {
            fill(c, ver, ATTR_INSTANCE_VALUE, (CodeUnit)i);
            return res;
        }
        Object *d = instance_dict_if_any(owner);
        if (!d || !dict_check(ref_from_obj(d))) return res;
        i = dict_lookup_str_index(d, name);
        if (i >= 0 && i <= 0xFFFF) fill(c, ver, ATTR_WITH_HINT, (CodeUnit)i);
    } else if (ref_type(descr) == &member_descr_type) {
        /* A __slots__ member: the data descriptor wins over any instance attribute. */
        MemberDescr *m = (MemberDescr *)ref_obj(descr);
        if (m->def->kind == MEMBER_T_REF && m->def->offset > 0 && m->def->offset <= 0xFFFF &&
            ref_type_is(owner, m->d.type))
            fill(c, ver, ATTR_SLOT, (CodeUnit)m->def->offset);
    }
    return res;
}

int specialize_load_method(Thread *t, Ref obj, Object *name, CodeUnit *c, Ref *meth,
                           Ref *self_or_attr) {
    if (eval_load_method(t, obj, name, meth, self_or_attr) < 0) return -1;
    unsigned int ver = ref_is_null(*meth) ? 0 : cacheable_version(obj, false);
    if (!ver) return 0;
    Type *tp = ref_type(obj);
    if (tp->tp_dictoffset < 0) return 0;
    Ref descr = type_lookup(tp, name);
    if (err_occurred(t) || tp->tp_version_tag != ver || !ref_is_obj(descr) ||
        ref_obj(descr) != ref_obj(*meth) ||
        !type_has_flag(ref_type(descr), TPFLAG_METHOD_DESCRIPTOR))
        return 0;
    Shape *s = type_shape(tp);
    uintptr_t p = (uintptr_t)ref_obj(descr);
    for (int i = 0; i < 4; i++) c[3 + i] = (CodeUnit)(p >> (16 * i));
    c[7] = s && shape_index(s, name) < 0 ? (CodeUnit)s->len : 0xFFFF;
    c[1] = (CodeUnit)(ver & 0xFFFF);
    c[2] = (CodeUnit)(ver >> 16);
    c[0] = METHOD_WITH_VALUES;
    return 0;
}

int specialize_store_attr(Thread *t, Ref owner, Object *name, Ref v, CodeUnit *c) {
    if (obj_setattr(t, owner, name, v) < 0) return -1;
    unsigned int ver = cacheable_version(owner, true);
    if (!ver || ref_type(owner)->tp_dictoffset <= 0) return 0;
    Type *tp = ref_type(owner);
    /* a data descriptor on the type would take the store */
    if (descr_is_data(type_lookup(tp, name)) || tp->tp_version_tag != ver) return 0;
    intptr_t i = value_index(owner, name);
    if (i >= 0) fill(c, ver, STORE_INSTANCE_VALUE, (CodeUnit)i);
    return 0;
}
