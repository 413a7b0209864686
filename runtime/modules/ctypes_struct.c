/* _ctypes structure and union fields: CField, the descriptor ctypes puts on a Structure or
 * Union class for each field. A whole field of a non-pointer fundamental type is read and
 * written here directly (the common case: s.x, s.x = 3); every other field (aggregates,
 * pointers with their keep-alive bookkeeping, bit fields, char arrays) goes through the
 * Python functions ctypes/_cdata.py gave the field. The repr is CPython's:
 * "<Field type=c_int, ofs=0, size=4>", "<Field type=c_int, ofs=4:0, bits=3>". */
#include <string.h>

#include "core/gc.h"
#include "modules/ctypes.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct CtField {
    Object ob;
    intptr_t offset, size;
    int bit, bits, index;
    char code;                   /* direct access by this fundamental code; 0: slow path */
    Ref ctype;
    Ref slow_get, slow_set;      /* slow_get(field, obj), slow_set(field, obj, value) */
} CtField;

#define FIELD(r) ((CtField *)ref_obj(r))

/* The address of obj's memory plus the field's offset; NULL with an exception. */
static char *field_address(Thread *t, CtField *f, Ref obj) {
    char *p = NULL;
    return ct_instance_address(t, obj, &p) ? p + f->offset : NULL;
}

static Ref field_descr_get(Thread *t, Ref descr, Ref obj, Ref type) {
    if (ref_is_null(obj) || ref_is_none(obj)) return ref_dup(descr);
    CtField *f = FIELD(descr);
    if (!f->code) return obj_call2(t, f->slow_get, descr, obj);
    char *p = field_address(t, f, obj);
    return p ? ct_load_value(t, f->code, p) : REF_NULL;
}

static int field_descr_set(Thread *t, Ref descr, Ref obj, Ref value) {
    CtField *f = FIELD(descr);
    if (ref_is_null(value)) {
        err_set(t, &exc_TypeError, "can't delete attribute");
        return -1;
    }
    /* Plain Python values only: ctypes instances are copied by the slow path. */
    bool plain = int_check(value) || float_check(value) || bytes_check(value) || str_check(value);
    if (!f->code || !plain) {
        Ref r = obj_call(t, f->slow_set, (Ref[]){descr, obj, value}, 3, NULL);
        if (ref_is_null(r)) return -1;
        ref_close(r);
        return 0;
    }
    char *p = field_address(t, f, obj);
    Ref keep = REF_NULL;
    bool ok = p && ct_store_value(t, f->code, p, value, &keep);
    ref_close(keep); /* direct fields are never pointers: nothing to keep */
    return ok ? 0 : -1;
}

static Ref field_repr(Thread *t, Ref self) {
    CtField *f = FIELD(self);
    Ref name = obj_getattr(t, f->ctype, ID(__name__));
    if (ref_is_null(name)) return REF_NULL;
    Object *s = f->bits ? str_from_format(t, "<Field type=%S, ofs=%zd:%d, bits=%d>", name, f->offset, f->bit, f->bits)
                        : str_from_format(t, "<Field type=%S, ofs=%zd, size=%zd>", name, f->offset, f->size);
    ref_close(name);
    return s ? ref_from_obj(s) : REF_NULL;
}

static int field_traverse(Object *o, VisitFn visit, void *arg) {
    CtField *f = (CtField *)o;
    Ref refs[3] = {f->ctype, f->slow_get, f->slow_set};
    for (int i = 0; i < 3; i++) {
        int rc = ref_is_obj(refs[i]) ? visit(ref_obj(refs[i]), arg) : 0;
        if (rc) return rc;
    }
    return 0;
}

static int field_clear(Object *o) {
    CtField *f = (CtField *)o;
    Ref refs[3] = {f->ctype, f->slow_get, f->slow_set};
    f->ctype = f->slow_get = f->slow_set = REF_NULL;
    for (int i = 0; i < 3; i++) ref_close(refs[i]);
    return 0;
}

static void field_dealloc(Object *o) {
    gc_untrack(o);
    field_clear(o);
    o->ob_type->tp_free(o);
}

static const MemberDef field_members[] = {
    {"offset", MEMBER_T_SSIZE, offsetof(CtField, offset), MEMBER_READONLY, "offset in bytes of this field"},
    {"size", MEMBER_T_SSIZE, offsetof(CtField, size), MEMBER_READONLY, "size in bytes of this field"},
    {"_ctype", MEMBER_T_REF, offsetof(CtField, ctype), MEMBER_READONLY, NULL},
    {"_bit", MEMBER_T_INT, offsetof(CtField, bit), MEMBER_READONLY, NULL},
    {"_bits", MEMBER_T_INT, offsetof(CtField, bits), MEMBER_READONLY, NULL},
    {"_index", MEMBER_T_INT, offsetof(CtField, index), MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

Type ct_field_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_ctypes.CField",
    .tp_basicsize = sizeof(CtField),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = field_dealloc,
    .tp_traverse = field_traverse,
    .tp_clear = field_clear,
    .tp_free = obj_free,
    .repr = field_repr,
    .descr_get = field_descr_get,
    .descr_set = field_descr_set,
    .members = field_members,
};

static bool int_arg(Thread *t, Ref v, int *out) {
    intptr_t x;
    if (!arg_ssize(t, v, &x)) return false;
    *out = (int)x;
    return true;
}

/* field(ctype, offset, size, bit, bits, index, code, slow_get, slow_set) -> a CField;
 * code is '' unless the field is a whole non-pointer fundamental value. */
FN(ct_field) {
    if (!args_count(t, "field", nargs, kw, 9, 9)) return REF_NULL;
    CtField *f = (CtField *)obj_alloc(t, &ct_field_type, sizeof(CtField));
    if (!f) return REF_NULL;
    f->ctype = ref_dup(args[0]);
    f->slow_get = ref_dup(args[7]);
    f->slow_set = ref_dup(args[8]);
    gc_track(&f->ob);
    Ref field = ref_from_obj(&f->ob);
    if (!arg_ssize(t, args[1], &f->offset) || !arg_ssize(t, args[2], &f->size) ||
        !int_arg(t, args[3], &f->bit) || !int_arg(t, args[4], &f->bits) || !int_arg(t, args[5], &f->index)) {
        ref_close(field);
        return REF_NULL;
    }
    if (!str_check(args[6]) || str_len(ref_obj(args[6])) > 1) {
        ref_close(field);
        return err_set(t, &exc_TypeError, "field() expects a code of at most one character");
    }
    f->code = str_len(ref_obj(args[6])) ? (char)str_char_at(ref_obj(args[6]), 0) : 0;
    size_t size, align;
    if (f->code && (strchr("zZP", f->code) || !ct_simple_layout(f->code, &size, &align))) {
        ref_close(field);
        return err_format(t, &exc_ValueError, "no direct access by code '%c'", f->code);
    }
    return field;
}

const MethodDef ct_struct_functions[] = {
    {"field", ct_field, 0, NULL},
    {NULL, NULL, 0, NULL},
};
