/* None, NotImplemented and Ellipsis, with their types. Immortal and static. */
#include "spry.h"

static Ref none_repr(Thread *t, Ref self) { return ref_from_obj(str_intern_cstr(t, "None")); }
static int none_bool(Thread *t, Ref self) { return 0; }

/* type(None)() etc.: the singleton itself; no arguments allowed. */
static bool singleton_no_args(Thread *t, Type *type, size_t nargs, Object *kwnames) {
    if (nargs || (kwnames && tuple_size(kwnames))) {
        err_format(t, &exc_TypeError, "%s takes no arguments", type->tp_name);
        return false;
    }
    return true;
}

static Ref none_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!singleton_no_args(t, type, nargs, kwnames)) return REF_NULL;
    return REF_NONE;
}

Type none_type = {
    TYPE_HEAD_INIT,
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(Object),
    .repr = none_repr,
    .bool_ = none_bool,
    .new_ = none_new,
};

Object none_obj = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &none_type};

/* ---- NotImplemented ---- */

static Ref notimpl_repr(Thread *t, Ref self) { return ref_from_obj(str_intern_cstr(t, "NotImplemented")); }
static int notimpl_bool(Thread *t, Ref self) { return 1; }

static Ref notimpl_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!singleton_no_args(t, type, nargs, kwnames)) return REF_NULL;
    return REF_NOTIMPLEMENTED;
}

static Ref notimpl_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return ref_from_obj(str_intern_cstr(t, "NotImplemented"));
}

static const MethodDef notimpl_methods[] = {
    {"__reduce__", notimpl_reduce, 0, NULL},
    {NULL},
};

Type notimplemented_type = {
    TYPE_HEAD_INIT,
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(Object),
    .repr = notimpl_repr,
    .bool_ = notimpl_bool,
    .new_ = notimpl_new,
    .methods = notimpl_methods,
};

Object notimplemented_obj = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &notimplemented_type};

/* ---- Ellipsis ---- */

static Ref ellipsis_repr(Thread *t, Ref self) { return ref_from_obj(str_intern_cstr(t, "Ellipsis")); }

static Ref ellipsis_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!singleton_no_args(t, type, nargs, kwnames)) return REF_NULL;
    return REF_ELLIPSIS;
}

static Ref ellipsis_reduce(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return ref_from_obj(str_intern_cstr(t, "Ellipsis"));
}

static const MethodDef ellipsis_methods[] = {
    {"__reduce__", ellipsis_reduce, 0, NULL},
    {NULL},
};

Type ellipsis_type = {
    TYPE_HEAD_INIT,
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(Object),
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .methods = ellipsis_methods,
};

Object ellipsis_obj = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &ellipsis_type};
