/* Legacy C API: struct sequence types made from a PyStructSequence_Desc at run time. They are
 * built like the runtime's own struct sequences (objects/structseq.h): a Type and its member
 * table allocated once and never freed (immortal, as a static type), instances tuples whose
 * fields past n_in_sequence are attributes only. */
#include "legacy.h"
#include "objects/structseq.h"

const char *const PyStructSequence_UnnamedField = "unnamed field";

static intptr_t type_count(PyTypeObject *type, const char *name) {
    PyObject *v = PyDict_GetItemString((PyObject *)((Type *)type)->tp_dict, name);
    return v ? PyLong_AsSsize_t(v) : 0;
}

PyTypeObject *PyStructSequence_NewType(PyStructSequence_Desc *desc) {
    Thread *t = legacy_thread();
    intptr_t n = 0, unnamed = 0;
    while (desc->fields[n].name) {
        if (desc->fields[n].name == PyStructSequence_UnnamedField) unnamed++;
        n++;
    }
    Type *tp = calloc(1, sizeof(Type));
    MemberDef *members = calloc((size_t)n + 1, sizeof(MemberDef));
    if (!tp || !members) {
        free(tp);
        free(members);
        PyErr_NoMemory();
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++)
        members[i] = (MemberDef)STRUCTSEQ_FIELD(i, desc->fields[i].name, desc->fields[i].doc);
    *tp = (Type){STRUCTSEQ_TYPE_INIT(desc->name, members), .tp_doc = desc->doc, .tp_dealloc = structseq_dealloc};
    if (type_ready(t, tp) < 0) return NULL;   /* the half-made type stays allocated */
    const struct { const char *name; intptr_t value; } counts[] = {
        {"n_sequence_fields", desc->n_in_sequence}, {"n_fields", n}, {"n_unnamed_fields", unnamed}};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
        if (dict_set_cstr(t, tp->tp_dict, counts[i].name, ref_from_int(counts[i].value)) < 0) return NULL;
    type_modified(tp);
    return (PyTypeObject *)tp;
}

/* An instance whose fields are all None until PyStructSequence_SetItem fills them. */
PyObject *PyStructSequence_New(PyTypeObject *type) {
    Thread *t = legacy_thread();
    intptr_t n = type_count(type, "n_fields"), visible = type_count(type, "n_sequence_fields");
    if (PyErr_Occurred()) return NULL;
    Ref *nones = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(Ref));
    if (!nones) return PyErr_NoMemory();
    for (intptr_t i = 0; i < n; i++) nones[i] = REF_NONE;
    Object *o = structseq_new_visible(t, (Type *)type, nones, visible);
    PyMem_Free(nones);
    return (PyObject *)o;
}

/* Both index every field (the attribute-only ones too); SetItem steals v. */
void PyStructSequence_SetItem(PyObject *p, Py_ssize_t pos, PyObject *v) {
    Ref *slot = &tuple_items((Object *)p)[pos];
    Ref old = *slot;
    *slot = legacy_unbox(v);
    ref_close(old);
}
PyObject *PyStructSequence_GetItem(PyObject *p, Py_ssize_t pos) {
    return legacy_box_slot(legacy_thread(), &tuple_items((Object *)p)[pos]);
}
