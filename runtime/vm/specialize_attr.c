/* Specializers of the attribute families LOAD_ATTR, LOAD_METHOD and STORE_ATTR (the
 * scheme: specialize.c; the forms and their cache layouts: bytecodes.def). Each looks at
 * the object the instruction is about to use and at what its type maps the name to, and
 * picks the form that finds the same thing by the cached route. */
#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "vm/specialize.h"
#include "objects/dict_internal.h"
#include "objects/shape.h"
#include "vm/attr_route.h"
#include "opcode_meta.h"

/* Fills [1..2] with the version and [3] with the index, then installs `form`. */
static void install(Thread *t, CodeUnit *instr, int form, uint32_t version, intptr_t index) {
    cache_set_u32(instr + 2, version);
    instr[4] = (CodeUnit)index;
    spec_install(t, instr, form);
}

/* The version tag to guard for `obj`'s type when its attribute access is the generic one
 * (loads, or stores when `store`); 0 after spec_fail otherwise. */
static uint32_t generic_type_version(Thread *t, CodeUnit *instr, Ref obj, bool store) {
    Type *tp = ref_type(obj);
    if (store ? tp->setattro != object_generic_setattr : tp->getattro != object_generic_getattr) {
        spec_fail(t, instr, SPEC_FAIL_TYPES);
        return 0;
    }
    if (!type_has_flag(tp, TPFLAG_VALID_VERSION_TAG) || tp->tp_version_tag == 0) {
        spec_fail(t, instr, SPEC_FAIL_VERSION);
        return 0;
    }
    return tp->tp_version_tag;
}

/* The index of `name` among the inline values of `obj` if it is there, else -1. */
static intptr_t inline_index(Ref obj, Object *name, bool present) {
    Object *o = ref_obj(obj);
    intptr_t cap;
    Ref *vals = type_shape(o->ob_type) ? instance_values(o, &cap) : NULL;
    if (!vals) return -1;
    intptr_t i = shape_index(type_shape(o->ob_type), name);
    if (i < 0 || i >= cap || (present && ref_is_null(vals[i]))) return -1;
    return i;
}

uint32_t shape_guard(Type *tp, Object *name, bool store) {
    Shape *s = type_shape(tp);
    if (!s) return 0;
    for (uint32_t i = 0; i < s->nmembers; i++) {
        Type *m = s->members[i];
        if (store ? m->setattro != object_generic_setattr : m->getattro != object_generic_getattr)
            return 0;
        Ref d = type_lookup(m, name);
        if (store ? descr_is_data(d) : !ref_is_null(d)) return 0;
    }
    return s->guard_version;
}

/* The guard version of tp's shape when every class using it maps `name` to `descr`
 * with generic attribute access, else 0. `method`: descr is a method, which an instance
 * in inline mode cannot shadow while the name is not among the shape's (the form guards
 * the shape's length); a data descriptor (a property) needs no such condition. */
static uint32_t shape_descr_guard(Type *tp, Object *name, Ref descr, bool method) {
    Shape *s = type_shape(tp);
    if (!s || (method && shape_index(s, name) >= 0)) return 0;
    for (uint32_t i = 0; i < s->nmembers; i++) {
        Type *m = s->members[i];
        if (m->getattro != object_generic_getattr || type_lookup(m, name).bits != descr.bits)
            return 0;
    }
    return s->guard_version;
}

/* Entry index of `name` in the dict of a dict-mode instance, or -1. */
static intptr_t dict_hint(Ref obj, Object *name) {
    Object *d = instance_dict_if_any(obj);
    if (!d || !dict_check_exact(ref_from_obj(d))) return -1;
    intptr_t i = dict_lookup_str_index(d, name);
    return i <= 0xFFFF ? i : -1;
}

/* A module's dict entry for `name` when plain dict lookup is what the module does:
 * fills *version, returns the index, or -1 after spec_fail. */
static intptr_t module_entry(Thread *t, CodeUnit *instr, Ref mod, Object *name,
                             uint32_t *version) {
    Object *d = module_dict(ref_obj(mod));
    if (!d || !dict_check_exact(ref_from_obj(d)) || !ref_is_null(type_lookup(&module_type, name))) {
        spec_fail(t, instr, SPEC_FAIL_NOT_DICT);
        return -1;
    }
    intptr_t i = dict_lookup_str_index(d, name);
    *version = dict_cache_version(t, DICT(d));
    if (i < 0 || i > 0xFFFF || *version == 0) {
        spec_fail(t, instr, i < 0 ? SPEC_FAIL_OTHER : SPEC_FAIL_VERSION);
        return -1;
    }
    return i;
}

/* A class attribute a LOAD_ATTR_CLASS may hand out as is (type.__getattribute__ would
 * give back the very object). */
static bool plain_class_attribute(Ref v) {
    Type *vt = ref_type(v);
    return vt->descr_get == NULL || vt == &function_type;
}

/* The class on tp's MRO whose dict holds name, and the entry's index; NULL if none can
 * be told without running code. */
static Type *attr_holder(Type *tp, Object *name, intptr_t *index) {
    Object *mro = tp->tp_mro;
    if (mro == NULL) return NULL;
    for (intptr_t i = 0; i < tuple_size(mro); i++) {
        Type *x = (Type *)ref_obj(tuple_get(mro, i));
        if (x->tp_dict == NULL || !dict_check_exact(ref_from_obj(x->tp_dict))) return NULL;
        intptr_t ix = dict_lookup_str_index(x->tp_dict, name);
        if (ix == -2) return NULL;
        if (ix >= 0) {
            *index = ix;
            return x;
        }
    }
    return NULL;
}

static void specialize_class_attr(Thread *t, CodeUnit *instr, Ref cls, Object *name) {
    Type *tp = (Type *)ref_obj(cls);
    Ref v = type_lookup(tp, name);
    if (ref_is_null(v) || !ref_is_null(type_lookup(&type_type, name)) ||
        !plain_class_attribute(v)) {
        spec_fail(t, instr, SPEC_FAIL_OTHER);
        return;
    }
    intptr_t index;
    Type *holder = attr_holder(tp, name, &index);
    if (holder == NULL || index > 0xFFFF || class_entry_value(holder, index, name).bits != v.bits) {
        spec_fail(t, instr, SPEC_FAIL_OTHER);
        return;
    }
    unsigned int version = class_attr_version(tp, holder);
    if (!type_has_flag(tp, TPFLAG_VALID_VERSION_TAG) || tp->tp_version_tag == 0 || version == 0) {
        spec_fail(t, instr, SPEC_FAIL_VERSION);
        return;
    }
    cache_set_ptr(instr + 5, holder);
    install(t, instr, LOAD_ATTR_CLASS, version, index);
}

/* ---- routes for the polymorphic forms (vm/attr_route.h) ---------------------------------- */

const AttrRoute *attr_route_fill(Thread *t, Type *tp, Object *name, AttrRoute *slot) {
    unsigned int version = attr_route_version(tp);
    if (version == 0 || !type_has_flag(tp, TPFLAG_VALID_VERSION_TAG) ||
        tp->tp_version_tag == 0 || tp->getattro != object_generic_getattr ||
        name->ob_type != &str_type || !STR(name)->interned)
        return NULL;
    Shape *s = type_shape(tp);
    if (s == NULL && tp->tp_dictoffset != 0) return NULL;   /* dict-mode instances */
    Ref d = type_lookup(tp, name);
    if (attr_route_version(tp) != version) return NULL;   /* the lookup ran code */
    bool absent = s == NULL || shape_index(s, name) < 0;
    int kind;
    intptr_t index = 0;
    Type *holder = NULL;
    if (ref_is_null(d)) {
        if (s == NULL || absent) return NULL;
        kind = ROUTE_VALUE;
        index = shape_index(s, name);
    } else if (ref_type(d) == &member_descr_type) {
        MemberDescr *m = (MemberDescr *)ref_obj(d);
        if (m->def->kind != MEMBER_T_REF || m->def->offset <= 0 ||
            !type_is_subtype(tp, m->d.type))
            return NULL;
        kind = ROUTE_SLOT;
        index = m->def->offset;
    } else if (ref_is_obj(d) && type_has_flag(ref_type(d), TPFLAG_METHOD_DESCRIPTOR) && absent) {
        kind = ROUTE_METHOD;
    } else if (ref_type(d)->descr_get == NULL && absent) {
        kind = ROUTE_CLASS_VALUE;
        holder = attr_holder(tp, name, &index);
        if (holder == NULL || dict_entry_value(holder->tp_dict, index).bits != d.bits)
            return NULL;
    } else {
        return NULL;
    }
    if (index > 0xFFFF) return NULL;
    slot->type = tp;
    slot->version = version;
    slot->name = name;
    slot->kind = (uint8_t)kind;
    slot->index = (uint16_t)index;
    slot->shape_len = s ? s->len : 0;
    slot->value = d;
    slot->holder = holder;
    return slot;
}

/* Has this site been specialized before for another class (a deopt left that class's
 * version in the cache)? Then it is polymorphic: the POLY form serves it. */
static bool seen_other_class(const CodeUnit *instr, uint32_t version) {
    uint32_t old = cache_u32(instr + 2);
    return old != 0 && old != version;
}

/* Installs `form` (a POLY form) if a route serves tp's instances; `methods`: the form
 * can bind methods. */
static bool install_poly(Thread *t, CodeUnit *instr, Type *tp, Object *name, int form,
                         bool methods) {
    const AttrRoute *r = attr_route_find(t, tp, name);
    if (r == NULL || (r->kind == ROUTE_METHOD && !methods)) return false;
    if (form == LOAD_ATTR_POLY)   /* its inline entries start empty */
        for (int i = 2; i <= 7; i++) instr[i] = 0;
    spec_install(t, instr, form);
    return true;
}

void specialize_LOAD_ATTR(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                          Object *kwnames) {
    CodeUnit *instr = frame->instr;
    Object *name = ref_obj(tuple_get(frame->code->names, oparg));
    Ref owner = stack_pointer[-1];
    if (!ref_is_obj(owner)) {
        spec_fail(t, instr, SPEC_FAIL_TYPES);
        return;
    }
    Type *tp = ref_type(owner);
    if (tp == &module_type) {
        uint32_t version;
        intptr_t i = module_entry(t, instr, owner, name, &version);
        if (i >= 0) install(t, instr, LOAD_ATTR_MODULE, version, i);
        return;
    }
    if (tp == &type_type) {
        specialize_class_attr(t, instr, owner, name);
        return;
    }
    uint32_t version = generic_type_version(t, instr, owner, false);
    if (!version) return;
    if (seen_other_class(instr, version) &&
        install_poly(t, instr, tp, name, LOAD_ATTR_POLY, false))
        return;
    Ref descr = type_lookup(tp, name);
    if (ref_is_null(descr)) {
        intptr_t i = inline_index(owner, name, true);
        if (i >= 0) {
            uint32_t guard = shape_guard(tp, name, false);
            if (guard)
                install(t, instr, LOAD_ATTR_SHAPE_VALUE, guard, i);
            else
                install(t, instr, LOAD_ATTR_INSTANCE_VALUE, version, i);
            return;
        }
        i = tp->tp_dictoffset > 0 ? dict_hint(owner, name) : -1;
        if (i >= 0) {
            install(t, instr, LOAD_ATTR_WITH_HINT, version, i);
            return;
        }
        spec_fail(t, instr, SPEC_FAIL_OTHER);
        return;
    }
    Type *dt = ref_type(descr);
    if (dt == &member_descr_type) {
        MemberDescr *m = (MemberDescr *)ref_obj(descr);
        if (m->def->kind == MEMBER_T_REF && m->def->offset > 0 && m->def->offset <= 0xFFFF &&
            ref_type_is(owner, m->d.type)) {
            install(t, instr, LOAD_ATTR_SLOT, version, m->def->offset);
            return;
        }
    } else if (dt == &getset_descr_type) {
        GetSetDescr *g = (GetSetDescr *)ref_obj(descr);
        if (g->def->get && ref_type_is(owner, g->d.type)) {
            cache_set_ptr(instr + 5, ref_obj(descr));
            install(t, instr, LOAD_ATTR_GETSET, version, 0);
            return;
        }
    } else if (dt == &property_type && ref_type(property_fget(ref_obj(descr))) == &function_type) {
        /* the form re-checks the getter at each use (property.__init__ can change it);
         * it guards the shape's guard version when the whole shape shares the property */
        cache_set_ptr(instr + 5, ref_obj(descr));
        uint32_t guard = shape_descr_guard(tp, name, descr, false);
        install(t, instr, LOAD_ATTR_PROPERTY, guard ? guard : version, 0);
        return;
    }
    if (!install_poly(t, instr, tp, name, LOAD_ATTR_POLY, false))
        spec_fail(t, instr, SPEC_FAIL_OTHER);
}

void specialize_LOAD_METHOD(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                            Object *kwnames) {
    CodeUnit *instr = frame->instr;
    Object *name = ref_obj(tuple_get(frame->code->names, oparg));
    Ref obj = stack_pointer[-1];
    Type *tp = ref_type(obj);
    if (ref_is_obj(obj) && tp == &module_type) {
        uint32_t version;
        intptr_t i = module_entry(t, instr, obj, name, &version);
        if (i >= 0) install(t, instr, LOAD_METHOD_MODULE, version, i);
        return;
    }
    if (ref_is_obj(obj) && tp == &super_type) {
        spec_install(t, instr, LOAD_METHOD_SUPER);
        return;
    }
    uint32_t version = generic_type_version(t, instr, obj, false);
    if (!version) return;
    if (seen_other_class(instr, version) &&
        install_poly(t, instr, tp, name, LOAD_METHOD_POLY, true))
        return;
    Ref descr = type_lookup(tp, name);
    if (!ref_is_obj(descr) || !type_has_flag(ref_type(descr), TPFLAG_METHOD_DESCRIPTOR)) {
        if (!install_poly(t, instr, tp, name, LOAD_METHOD_POLY, true))
            spec_fail(t, instr, SPEC_FAIL_OTHER);
        return;
    }
    Shape *s = type_shape(tp);
    intptr_t cap;
    if (tp->tp_dictoffset == 0) {
        cache_set_ptr(instr + 5, ref_obj(descr));
        install(t, instr, LOAD_METHOD_NO_DICT, version, 0);
    } else if (s && instance_values(ref_obj(obj), &cap) && shape_index(s, name) < 0) {
        cache_set_ptr(instr + 5, ref_obj(descr));
        uint32_t guard = shape_descr_guard(tp, name, descr, true);
        if (guard)
            install(t, instr, LOAD_METHOD_SHAPE, guard, s->len);
        else
            install(t, instr, LOAD_METHOD_WITH_VALUES, version, s->len);
    } else {
        spec_fail(t, instr, SPEC_FAIL_OTHER);
    }
}

void specialize_STORE_ATTR(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                           Object *kwnames) {
    CodeUnit *instr = frame->instr;
    Object *name = ref_obj(tuple_get(frame->code->names, oparg));
    Ref owner = stack_pointer[-1];
    if (!ref_is_obj(owner)) {
        spec_fail(t, instr, SPEC_FAIL_TYPES);
        return;
    }
    uint32_t version = generic_type_version(t, instr, owner, true);
    if (!version) return;
    Type *tp = ref_type(owner);
    Ref descr = type_lookup(tp, name);
    if (ref_is_obj(descr) && ref_type(descr) == &member_descr_type) {
        MemberDescr *m = (MemberDescr *)ref_obj(descr);
        if (m->def->kind == MEMBER_T_REF && !(m->def->flags & MEMBER_READONLY) &&
            m->def->offset > 0 && m->def->offset <= 0xFFFF && ref_type_is(owner, m->d.type)) {
            install(t, instr, STORE_ATTR_SLOT, version, m->def->offset);
            return;
        }
    }
    if (descr_is_data(descr) || tp->tp_dictoffset <= 0) {
        spec_fail(t, instr, SPEC_FAIL_OTHER);
        return;
    }
    intptr_t i = inline_index(owner, name, false);
    if (i >= 0) {
        uint32_t guard = shape_guard(tp, name, true);
        if (guard)
            install(t, instr, STORE_ATTR_SHAPE_VALUE, guard, i);
        else
            install(t, instr, STORE_ATTR_INSTANCE_VALUE, version, i);
        return;
    }
    i = dict_hint(owner, name);
    if (i >= 0) {
        install(t, instr, STORE_ATTR_WITH_HINT, version, i);
        return;
    }
    spec_fail(t, instr, SPEC_FAIL_OTHER);
}
