/* Struct sequences (see structseq.h). */
#include "objects/structseq.h"
#include "spry.h"

static intptr_t field_count(const Type *type) {
    intptr_t n = 0;
    while (type->members && type->members[n].name) n++;
    return n;
}

Object *structseq_new_visible(Thread *t, Type *type, const Ref *values, intptr_t nvisible) {
    intptr_t n = field_count(type);
    Object *o = obj_alloc_var(t, type, n);
    if (!o) return NULL;
    for (intptr_t i = 0; i < n; i++) tuple_items(o)[i] = ref_dup(values[i]);
    ((VarObject *)o)->ob_size = nvisible;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    return o;
}

Object *structseq_new(Thread *t, Type *type, const Ref *values) {
    return structseq_new_visible(t, type, values, field_count(type));
}

void structseq_dealloc(Object *o) {
    intptr_t visible = tuple_size(o), n = field_count(o->ob_type);
    for (intptr_t i = visible; i < n; i++) REF_SETREF(tuple_items(o)[i], REF_NULL);
    tuple_type.tp_dealloc(o);
}

Ref structseq_repr(Thread *t, Ref self) {
    Object *o = ref_obj(self);
    Type *type = ref_type(self);
    intptr_t n = field_count(type);
    if (n > tuple_size(o)) n = tuple_size(o);
    Object *parts = list_new(t, 0);
    if (!parts) return REF_NULL;
    for (intptr_t i = 0; i < n; i++) {
        Object *item = str_from_format(t, "%s=%R", type->members[i].name, tuple_get(o, i));
        if (!item || list_append_steal(t, parts, ref_from_obj(item)) < 0) {
            obj_decref(parts);
            return REF_NULL;
        }
    }
    Object *sep = str_from_cstr(t, ", ");
    Object *body = sep ? str_join(t, sep, ref_from_obj(parts)) : NULL;
    obj_xdecref(sep);
    obj_decref(parts);
    if (!body) return REF_NULL;
    Object *res = str_from_format(t, "%s(%U)", type->tp_name, body);
    obj_decref(body);
    return ref_from_obj(res);
}

Ref structseq_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_count(t, type->tp_name, nargs, kwnames, 1, 2)) return REF_NULL;
    Object *seq = tuple_from_iterable(t, args[0]);
    if (!seq) return REF_NULL;
    intptr_t n = field_count(type);
    if (tuple_size(seq) != n) {
        err_format(t, &exc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)", type->tp_name,
                   n, tuple_size(seq));
        obj_decref(seq);
        return REF_NULL;
    }
    Object *o = structseq_new(t, type, tuple_items(seq));
    obj_decref(seq);
    return ref_from_obj(o);
}
