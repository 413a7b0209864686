/* Struct sequences: tuple subclasses whose items are also named attributes
 * (sys.version_info, sys.float_info, time.struct_time, os.stat_result).
 *
 * A struct sequence type is a static Type made with STRUCTSEQ_TYPE_INIT and a NULL-
 * terminated MemberDef table built with STRUCTSEQ_FIELD(i, name); instances are tuples. */
#ifndef SPRY_OBJECTS_STRUCTSEQ_H
#define SPRY_OBJECTS_STRUCTSEQ_H
#include "objects/tuple.h"

#define STRUCTSEQ_FIELD(index, fname, doc)                                                  \
    {fname, MEMBER_T_REF, (intptr_t)(offsetof(Tuple, items) + (index) * sizeof(Ref)),        \
     MEMBER_READONLY, doc}

#define STRUCTSEQ_TYPE_INIT(pyname, fields)                                                 \
    TYPE_HEAD_INIT, .tp_name = pyname, .tp_basicsize = sizeof(Tuple),                       \
    .tp_itemsize = sizeof(Ref), .tp_base = &tuple_type, .repr = structseq_repr,              \
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS,                                       \
    .new_ = structseq_new_slot, .members = fields

/* An instance of `type` from n values (borrowed), n = the number of fields. */
Object *structseq_new(Thread *t, Type *type, const Ref *values);
/* Same, but only the first `nvisible` fields are tuple items (len(), indexing, repr); the
 * rest are attributes only, as time.struct_time's tm_zone and tm_gmtoff. Types using this
 * set `.tp_dealloc = structseq_dealloc`. */
Object *structseq_new_visible(Thread *t, Type *type, const Ref *values, intptr_t nvisible);
void structseq_dealloc(Object *o);
Ref structseq_repr(Thread *t, Ref self);
Ref structseq_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames);

#endif
