/* cell objects: the shared boxes of closure variables (MAKE_CELL, LOAD_DEREF, ...). */
#include "spry.h"
#include "vm/vm.h"

Object *cell_new(Thread *t, Ref value) {
    Cell *c = (Cell *)obj_alloc(t, &cell_type, sizeof(Cell));
    if (c == NULL)
        return NULL;
    c->ref = ref_dup(value);
    gc_track(&c->ob);
    return &c->ob;
}

static Ref cell_get_contents(Thread *t, Ref self, void *closure) {
    Cell *c = CELL(ref_obj(self));
    if (ref_is_null(c->ref))
        return err_set(t, &exc_ValueError, "Cell is empty");
    return ref_dup(c->ref);
}

static int cell_set_contents(Thread *t, Ref self, Ref value, void *closure) {
    Cell *c = CELL(ref_obj(self));
    REF_SETREF(c->ref, ref_dup(value));
    return 0;
}

/* types.CellType([contents]) */
static Ref cell_tp_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "cell", kwnames) || !args_count(t, "cell", nargs, kwnames, 0, 1))
        return REF_NULL;
    return ref_from_obj(cell_new(t, nargs ? args[0] : REF_NULL));
}

static Ref cell_repr(Thread *t, Ref self) {
    Cell *c = CELL(ref_obj(self));
    if (ref_is_null(c->ref))
        return ref_from_obj(str_from_format(t, "<cell at %p: empty>", (void *)c));
    Ref v = c->ref;
    const void *addr = ref_is_int(v) ? (const void *)(uintptr_t)v.bits : (const void *)ref_obj(v);
    return ref_from_obj(str_from_format(t, "<cell at %p: %s object at %p>", (void *)c,
                                        type_name(ref_type(v)), addr));
}

/* Cells compare by their contents; an empty cell is smaller than a full one. */
static Ref cell_richcompare(Thread *t, Ref a, Ref b, int op) {
    if (!ref_isinstance_exact(a, &cell_type) || !ref_isinstance_exact(b, &cell_type))
        return REF_NOTIMPLEMENTED;
    Ref va = CELL(ref_obj(a))->ref, vb = CELL(ref_obj(b))->ref;
    if (!ref_is_null(va) && !ref_is_null(vb))
        return obj_richcompare(t, va, vb, op);
    int ea = !ref_is_null(va), eb = !ref_is_null(vb);
    bool r;
    switch (op) {
    case CMP_LT: r = ea < eb; break;
    case CMP_LE: r = ea <= eb; break;
    case CMP_EQ: r = ea == eb; break;
    case CMP_NE: r = ea != eb; break;
    case CMP_GT: r = ea > eb; break;
    default: r = ea >= eb; break;
    }
    return ref_from_bool(r);
}

static void cell_dealloc(Object *o) {
    gc_untrack(o);
    Ref r = CELL(o)->ref;
    CELL(o)->ref = REF_NULL;
    ref_close(r);
    cell_type.tp_free(o);
}

static int cell_traverse(Object *o, VisitFn visit, void *arg) {
    Ref r = CELL(o)->ref;
    if (ref_is_obj(r) && !ref_is_borrowed(r))
        return visit(ref_obj(r), arg);
    return 0;
}

static int cell_clear(Object *o) {
    Ref r = CELL(o)->ref;
    CELL(o)->ref = REF_NULL;
    ref_close(r);
    return 0;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL},
};

Type cell_type = {
    TYPE_HEAD_INIT,
    .tp_name = "cell",
    .tp_basicsize = sizeof(Cell),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = cell_dealloc,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_free = obj_free,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .getattro = object_generic_getattr,
    .new_ = cell_tp_new,
    .getsets = cell_getsets,
};

void cell_set(Object *cell, Ref value) {
    REF_SETREF(CELL(cell)->ref, ref_dup(value));
}
