/* Instances of Python classes: inline attribute values keyed by the class's shape, and
 * the switch to a plain dict (see objects/shape.h for the layout and its invariants). */
#include <mimalloc.h>

#include "spry.h"
#include "objects/shape.h"

/* Values a class's first instance gets before any instance has shown what it stores. */
#define SHAPE_FIRST_CAPACITY 4

static inline Object *inline_word(intptr_t capacity) {
    return (Object *)(((uintptr_t)capacity << 1) | 1);
}

/* ---- shapes ------------------------------------------------------------------------------ */

intptr_t shape_index(const Shape *s, Object *name) {
    for (uint32_t i = 0; i < s->len; i++)
        if (s->names[i] == name) return i;
    /* The shape's names are interned (see shape_append), so an interned name that is not
     * among them by identity is not there at all; another may be an equal copy. */
    if (STR(name)->interned && s->names_interned)
        return -1;
    for (uint32_t i = 0; i < s->len; i++)
        if (str_eq(s->names[i], name)) return i;
    return -1;
}

static int shape_append(Thread *t, Shape *s, Object *name) {
    if (s->len == s->alloc) {
        uint32_t n = s->alloc ? s->alloc * 2 : 4;
        if (n > SHAPE_MAX_NAMES) n = SHAPE_MAX_NAMES;
        Object **p = mem_realloc(t, s->names, n * sizeof(Object *));
        if (!p) return -1;
        s->names = p;
        s->alloc = n;
    }
    obj_incref(name);
    name = str_intern(t, name);
    if (!STR(name)->interned)
        s->names_interned = false;   /* interning can fail quietly (no memory) */
    s->names[s->len++] = name;
    return 0;
}

/* Instances that need `n` values get them, plus whatever else fits in the allocator's
 * size class for free. */
static void shape_fit_capacity(Shape *s, Type *type, uint32_t n) {
    size_t head = sizeof(GCHeader) + (size_t)type->tp_basicsize;
    size_t fits = (mi_good_size(head + n * sizeof(Ref)) - head) / sizeof(Ref);
    if (fits > SHAPE_MAX_NAMES) fits = SHAPE_MAX_NAMES;
    if (fits > s->capacity) s->capacity = (uint32_t)fits;
}

static int shape_add_member(Thread *t, Shape *s, Type *type) {
    if (s->nmembers == s->members_cap) {
        uint32_t n = s->members_cap ? s->members_cap * 2 : 2;
        Type **p = mem_realloc(t, s->members, n * sizeof(Type *));
        if (!p) return -1;
        s->members = p;
        s->members_cap = n;
    }
    s->members[s->nmembers++] = type;
    s->guard_version = interp_draw_version(t);
    type->extra->shape = s;
    return 0;
}

int shape_attach(Thread *t, Type *type) {
    if (type->tp_dictoffset <= 0 || type->tp_itemsize != 0 ||
        !type_has_flag(type, TPFLAG_HAVE_GC) ||
        type_has_flag(type, TPFLAG_UNICODE_SUBCLASS))
        return 0;
    /* Only object.__new__ allocates the values: the nearest C base must be object. */
    Type *b = type->tp_base;
    while (b && b->tp_dealloc == subtype_dealloc) b = b->tp_base;
    if (b != &object_type) return 0;
    Type *base = type->tp_base;
    Shape *inherited = type_shape(base);
    if (inherited && base->tp_basicsize == type->tp_basicsize &&
        base->tp_dictoffset == type->tp_dictoffset)
        return shape_add_member(t, inherited, type);
    Shape *s = mem_calloc(t, 1, sizeof(Shape));
    if (!s) return -1;
    s->names_interned = true;
    shape_fit_capacity(s, type, SHAPE_FIRST_CAPACITY);
    if (shape_add_member(t, s, type) < 0) {
        mem_free(s);
        return -1;
    }
    return 0;
}

void shape_detach(Type *type) {
    Shape *s = type->extra->shape;
    type->extra->shape = NULL;
    for (uint32_t i = 0; i < s->nmembers; i++) {
        if (s->members[i] == type) {
            s->members[i] = s->members[--s->nmembers];
            break;
        }
    }
    /* what held for every member still holds for the rest: the guard version stays */
    if (s->nmembers > 0) return;
    for (uint32_t i = 0; i < s->len; i++) obj_decref(s->names[i]);
    mem_free(s->names);
    mem_free(s->members);
    mem_free(s);
}

/* ---- instances --------------------------------------------------------------------------- */

Object *instance_alloc(Thread *t, Type *type) {
    Shape *s = type_shape(type);
    if (!s) return obj_alloc(t, type, (size_t)type->tp_basicsize);
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize + s->capacity * sizeof(Ref));
    if (o) *instance_dict_word(o) = inline_word(s->capacity);
    return o;
}

int instance_take_over_values(Thread *t, Object *o) {
    intptr_t cap, n = 0;
    Ref *vals = instance_values(o, &cap);
    if (!vals) return 0;
    for (intptr_t i = 0; i < cap; i++) n += !ref_is_null(vals[i]);
    Object *d = dict_new_presized(t, n);
    if (!d) return -1;
    Shape *s = type_shape(o->ob_type);
    for (intptr_t i = 0; i < cap; i++)
        if (!ref_is_null(vals[i]) && dict_set_str(t, d, s->names[i], vals[i]) < 0) {
            obj_decref(d);
            return -1;
        }
    *instance_dict_word(o) = d;
    for (intptr_t i = 0; i < cap; i++) REF_SETREF(vals[i], REF_NULL);
    return 0;
}

void instance_clear_values(Object *o) {
    intptr_t cap;
    Ref *vals = instance_values(o, &cap);
    if (!vals) return;
    for (intptr_t i = 0; i < cap; i++) REF_SETREF(vals[i], REF_NULL);
}

int instance_traverse_values(Object *o, VisitFn visit, void *arg) {
    intptr_t cap;
    Ref *vals = instance_values(o, &cap);
    if (!vals) return 0;
    int r;
    for (intptr_t i = 0; i < cap; i++)
        if (ref_is_obj(vals[i]) && (r = visit(ref_obj(vals[i]), arg))) return r;
    return 0;
}

Object *instance_dict_if_any(Ref obj) {
    Object **dp = object_dict_ptr(obj);
    if (!dp || ((uintptr_t)*dp & 1)) return NULL;
    return *dp;
}

int instance_lookup(Thread *t, Ref obj, Object *name, Ref *out) {
    if (!ref_is_obj(obj)) return 0;
    Object *o = ref_obj(obj);
    intptr_t cap;
    Ref *vals = type_shape(o->ob_type) ? instance_values(o, &cap) : NULL;
    if (vals) {
        intptr_t i = shape_index(type_shape(o->ob_type), name);
        if (i < 0 || i >= cap || ref_is_null(vals[i])) return 0;
        *out = ref_dup(vals[i]);
        return 1;
    }
    Object *d = instance_dict_if_any(obj);
    if (!d) return 0;
    *out = dict_get_str(t, d, name);
    if (!ref_is_null(*out)) return 1;
    return err_occurred(t) ? -1 : 0;
}

/* Stores or deletes in inline mode: 1 done, 0 the values cannot take it (switch to a
 * dict), -1 error. */
static int values_store(Thread *t, Object *o, Object *name, Ref value) {
    intptr_t cap;
    Ref *vals = instance_values(o, &cap);
    if (!vals) return 0;
    Shape *s = type_shape(o->ob_type);
    intptr_t i = shape_index(s, name);
    if (ref_is_null(value)) {
        if (i < 0 || i >= cap || ref_is_null(vals[i])) {
            object_attribute_error(t, ref_from_obj(o), name);
            return -1;
        }
        REF_SETREF(vals[i], REF_NULL);   /* a hole keeps the others' order */
        return 1;
    }
    if (i < 0) {
        /* A new name extends the shape (it lies above every value set so far). */
        i = s->len;
        if (i >= SHAPE_MAX_NAMES) return 0;
        if (shape_append(t, s, name) < 0) return -1;
        if (i >= cap) {
            shape_fit_capacity(s, o->ob_type, s->len);
            return 0;
        }
    }
    if (i >= cap) return 0;
    if (!ref_is_null(vals[i])) {
        REF_SETREF(vals[i], ref_dup(value));
        return 1;
    }
    if (!values_hole_fillable(vals, i, cap)) return 0;
    vals[i] = ref_dup(value);
    return 1;
}

int instance_store(Thread *t, Ref obj, Object *name, Ref value) {
    Object **dp = object_dict_ptr(obj);
    if (!dp) {
        object_attribute_error(t, obj, name);
        return -1;
    }
    Object *o = ref_obj(obj);
    if (type_shape(o->ob_type)) {
        int r = values_store(t, o, name, value);
        if (r != 0) return r < 0 ? -1 : 0;
        if (instance_take_over_values(t, o) < 0) return -1;
    }
    if (ref_is_null(value)) {
        int r = *dp ? dict_del_str(t, *dp, name) : 0;
        if (r == 0) {
            object_attribute_error(t, obj, name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    if (!*dp) {
        *dp = dict_new(t);
        if (!*dp) return -1;
    }
    return dict_set_str(t, *dp, name, value);
}

bool instance_is_empty(Ref obj) {
    if (!ref_is_obj(obj)) return true;
    Object *o = ref_obj(obj);
    intptr_t cap;
    Ref *vals = type_shape(o->ob_type) ? instance_values(o, &cap) : NULL;
    if (vals) {
        for (intptr_t i = 0; i < cap; i++)
            if (!ref_is_null(vals[i])) return false;
        return true;
    }
    Object *d = instance_dict_if_any(obj);
    return !d || dict_size(d) == 0;
}
