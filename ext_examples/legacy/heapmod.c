/* A module with multi-phase initialization (PyModuleDef_Init, Py_mod_exec), per-module
 * state, and a heap type made by PyType_FromModuleAndSpec whose methods find the module
 * state through their defining class (METH_METHOD) and PyType_GetModuleByDef. The type
 * implements number, mapping, iteration, hashing, comparison and call slots. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "structmember.h"

typedef struct {
    long instances;           /* Vec objects created by this module */
    PyObject *vec_type;
} heapmod_state;

typedef struct {
    PyObject_HEAD
    double x, y;
    Py_ssize_t pos;           /* iteration position */
} VecObject;

static struct PyModuleDef heapmod_def;

static heapmod_state *state_of_type(PyTypeObject *tp) {
    PyObject *m = PyType_GetModuleByDef(tp, &heapmod_def);
    return m ? (heapmod_state *)PyModule_GetState(m) : NULL;
}

static PyObject *vec_make(PyTypeObject *tp, double x, double y) {
    VecObject *v = (VecObject *)tp->tp_alloc(tp, 0);
    if (!v) return NULL;
    v->x = x;
    v->y = y;
    heapmod_state *st = state_of_type(tp);
    if (!st) {
        Py_DECREF(v);
        return NULL;
    }
    st->instances++;
    return (PyObject *)v;
}

static PyObject *vec_new(PyTypeObject *tp, PyObject *args, PyObject *kw) {
    static char *kwlist[] = {"x", "y", NULL};
    double x = 0, y = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|dd:Vec", kwlist, &x, &y)) return NULL;
    return vec_make(tp, x, y);
}

static void vec_dealloc(VecObject *self) {
    PyTypeObject *tp = Py_TYPE(self);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static PyObject *vec_repr(VecObject *self) {
    char buf[128];
    PyOS_snprintf(buf, sizeof buf, "Vec(%g, %g)", self->x, self->y);
    return PyUnicode_FromString(buf);
}

static PyObject *vec_add(PyObject *a, PyObject *b) {
    PyTypeObject *tp = Py_TYPE(a);
    if (!PyObject_TypeCheck(b, tp)) {
        if (PyObject_TypeCheck(b, Py_TYPE(b)) && PyObject_TypeCheck(a, Py_TYPE(b)) == 0) Py_RETURN_NOTIMPLEMENTED;
        Py_RETURN_NOTIMPLEMENTED;
    }
    VecObject *u = (VecObject *)a, *v = (VecObject *)b;
    return vec_make(tp, u->x + v->x, u->y + v->y);
}

static PyObject *vec_mul(PyObject *a, PyObject *b) {
    PyObject *vec = a, *k = b;
    if (!PyFloat_Check(k) && !PyLong_Check(k)) {
        vec = b;
        k = a;
    }
    if (!PyFloat_Check(k) && !PyLong_Check(k)) Py_RETURN_NOTIMPLEMENTED;
    double f = PyFloat_AsDouble(k);
    if (f == -1.0 && PyErr_Occurred()) return NULL;
    VecObject *v = (VecObject *)vec;
    return vec_make(Py_TYPE(vec), v->x * f, v->y * f);
}

static PyObject *vec_neg(VecObject *v) { return vec_make(Py_TYPE(v), -v->x, -v->y); }
static int vec_bool(VecObject *v) { return v->x != 0 || v->y != 0; }
static Py_ssize_t vec_len(PyObject *v) { return 2; }

static PyObject *vec_getitem(VecObject *v, PyObject *key) {
    Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i == -1 && PyErr_Occurred()) return NULL;
    if (i < 0) i += 2;
    if (i == 0) return PyFloat_FromDouble(v->x);
    if (i == 1) return PyFloat_FromDouble(v->y);
    PyErr_SetString(PyExc_IndexError, "Vec index out of range");
    return NULL;
}

static PyObject *vec_iter(VecObject *v) {
    v->pos = 0;
    return Py_NewRef(v);
}

static PyObject *vec_next(VecObject *v) {
    if (v->pos >= 2) return NULL;
    return PyFloat_FromDouble(v->pos++ == 0 ? v->x : v->y);
}

static Py_hash_t vec_hash(VecObject *v) {
    Py_hash_t h = (Py_hash_t)(v->x * 1000003) ^ (Py_hash_t)(v->y * 10007);
    return h == -1 ? -2 : h;
}

static PyObject *vec_richcompare(PyObject *a, PyObject *b, int op) {
    if (!PyObject_TypeCheck(b, Py_TYPE(a)) || (op != Py_EQ && op != Py_NE)) Py_RETURN_NOTIMPLEMENTED;
    VecObject *u = (VecObject *)a, *v = (VecObject *)b;
    int eq = u->x == v->x && u->y == v->y;
    return PyBool_FromLong(op == Py_EQ ? eq : !eq);
}

static PyObject *vec_call(VecObject *v, PyObject *args, PyObject *kw) {
    double s;
    if (!PyArg_ParseTuple(args, "d", &s)) return NULL;
    return Py_BuildValue("(dd)", v->x * s, v->y * s);
}

static PyObject *vec_count(PyObject *self, PyTypeObject *defining, PyObject *const *args,
                           size_t nargs, PyObject *kwnames) {
    if (nargs || kwnames) {
        PyErr_SetString(PyExc_TypeError, "count() takes no arguments");
        return NULL;
    }
    heapmod_state *st = PyType_GetModuleState(defining);
    return st ? PyLong_FromLong(st->instances) : NULL;
}

static PyObject *vec_norm2(VecObject *v, PyObject *unused) { return PyFloat_FromDouble(v->x * v->x + v->y * v->y); }

static PyMethodDef vec_methods[] = {
    {"count", (PyCFunction)(void (*)(void))vec_count, METH_METHOD | METH_FASTCALL | METH_KEYWORDS, "Vecs made by the module"},
    {"norm2", (PyCFunction)vec_norm2, METH_NOARGS, NULL},
    {NULL},
};

static PyMemberDef vec_members[] = {
    {"x", T_DOUBLE, offsetof(VecObject, x), 0, NULL},
    {"y", T_DOUBLE, offsetof(VecObject, y), READONLY, NULL},
    {NULL},
};

static PyType_Slot vec_slots[] = {
    {Py_tp_new, vec_new},
    {Py_tp_dealloc, vec_dealloc},
    {Py_tp_repr, vec_repr},
    {Py_tp_hash, vec_hash},
    {Py_tp_richcompare, vec_richcompare},
    {Py_tp_call, vec_call},
    {Py_tp_iter, vec_iter},
    {Py_tp_iternext, vec_next},
    {Py_tp_methods, vec_methods},
    {Py_tp_members, vec_members},
    {Py_tp_doc, "A 2-D vector."},
    {Py_nb_add, vec_add},
    {Py_nb_multiply, vec_mul},
    {Py_nb_negative, vec_neg},
    {Py_nb_bool, vec_bool},
    {Py_mp_length, vec_len},
    {Py_mp_subscript, vec_getitem},
    {0, NULL},
};

static PyType_Spec vec_spec = {
    .name = "heapmod.Vec",
    .basicsize = sizeof(VecObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .slots = vec_slots,
};

static PyObject *instances(PyObject *module, PyObject *unused) {
    heapmod_state *st = PyModule_GetState(module);
    return PyLong_FromLong(st->instances);
}

static int heapmod_exec(PyObject *m) {
    heapmod_state *st = PyModule_GetState(m);
    st->instances = 0;
    st->vec_type = PyType_FromModuleAndSpec(m, &vec_spec, NULL);
    if (!st->vec_type) return -1;
    if (PyModule_AddType(m, (PyTypeObject *)st->vec_type) < 0) return -1;
    return PyModule_AddStringConstant(m, "VERSION", "1.0");
}

static PyMethodDef heapmod_methods[] = {
    {"instances", instances, METH_NOARGS, "How many Vecs this module made."},
    {NULL},
};

static PyModuleDef_Slot heapmod_slots[] = {
    {Py_mod_exec, heapmod_exec},
    {0, NULL},
};

static struct PyModuleDef heapmod_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "heapmod",
    .m_doc = "Multi-phase init with module state.",
    .m_size = sizeof(heapmod_state),
    .m_methods = heapmod_methods,
    .m_slots = heapmod_slots,
};

PyMODINIT_FUNC PyInit_heapmod(void) { return PyModuleDef_Init(&heapmod_def); }
