/* The tutorial-style extension type: a static PyTypeObject with GC support, members,
 * getsets with validation, methods, tp_new/tp_init/tp_dealloc, rich comparison, repr and
 * a sequence protocol; subclassable from Python. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "structmember.h"

typedef struct {
    PyObject_HEAD
    PyObject *first; /* first name */
    PyObject *last;  /* last name */
    int number;
    double ratio;
} CustomObject;

static int Custom_traverse(CustomObject *self, visitproc visit, void *arg) {
    Py_VISIT(self->first);
    Py_VISIT(self->last);
    return 0;
}

static int Custom_clear(CustomObject *self) {
    Py_CLEAR(self->first);
    Py_CLEAR(self->last);
    return 0;
}

static void Custom_dealloc(CustomObject *self) {
    PyObject_GC_UnTrack(self);
    Custom_clear(self);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *Custom_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    CustomObject *self = (CustomObject *)type->tp_alloc(type, 0);
    if (self != NULL) {
        self->first = PyUnicode_FromString("");
        if (self->first == NULL) {
            Py_DECREF(self);
            return NULL;
        }
        self->last = PyUnicode_FromString("");
        if (self->last == NULL) {
            Py_DECREF(self);
            return NULL;
        }
        self->number = 0;
        self->ratio = 1.0;
    }
    return (PyObject *)self;
}

static int Custom_init(CustomObject *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"first", "last", "number", NULL};
    PyObject *first = NULL, *last = NULL, *tmp;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|UUi", kwlist, &first, &last, &self->number))
        return -1;
    if (first) {
        tmp = self->first;
        Py_INCREF(first);
        self->first = first;
        Py_DECREF(tmp);
    }
    if (last) {
        tmp = self->last;
        Py_INCREF(last);
        self->last = last;
        Py_DECREF(tmp);
    }
    return 0;
}

static PyMemberDef Custom_members[] = {
    {"number", T_INT, offsetof(CustomObject, number), 0, "custom number"},
    {"ratio", T_DOUBLE, offsetof(CustomObject, ratio), 0, "a ratio"},
    {"last_ro", T_OBJECT_EX, offsetof(CustomObject, last), READONLY, "last name (read-only)"},
    {NULL},
};

static PyObject *Custom_getfirst(CustomObject *self, void *closure) {
    Py_INCREF(self->first);
    return self->first;
}

static int Custom_setfirst(CustomObject *self, PyObject *value, void *closure) {
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Cannot delete the first attribute");
        return -1;
    }
    if (!PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "The first attribute value must be a string");
        return -1;
    }
    Py_INCREF(value);
    Py_CLEAR(self->first);
    self->first = value;
    return 0;
}

static PyObject *Custom_getlast(CustomObject *self, void *closure) {
    Py_INCREF(self->last);
    return self->last;
}

static int Custom_setlast(CustomObject *self, PyObject *value, void *closure) {
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Cannot delete the last attribute");
        return -1;
    }
    if (!PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "The last attribute value must be a string");
        return -1;
    }
    Py_INCREF(value);
    Py_CLEAR(self->last);
    self->last = value;
    return 0;
}

static PyGetSetDef Custom_getsetters[] = {
    {"first", (getter)Custom_getfirst, (setter)Custom_setfirst, "first name", NULL},
    {"last", (getter)Custom_getlast, (setter)Custom_setlast, "last name", NULL},
    {NULL},
};

static PyObject *Custom_name(CustomObject *self, PyObject *Py_UNUSED(ignored)) {
    return PyUnicode_FromFormat("%S %S", self->first, self->last);
}

static PyObject *Custom_bump(CustomObject *self, PyObject *args) {
    int by = 1;
    if (!PyArg_ParseTuple(args, "|i:bump", &by)) return NULL;
    self->number += by;
    return PyLong_FromLong(self->number);
}

static PyObject *Custom_make(PyTypeObject *cls, PyObject *arg) {
    return PyObject_CallFunction((PyObject *)cls, "OOi", arg, arg, 99);
}

static PyObject *Custom_repr(CustomObject *self) {
    return PyUnicode_FromFormat("<Custom %R %R #%d>", self->first, self->last, self->number);
}

static PyObject *Custom_richcompare(PyObject *a, PyObject *b, int op) {
    if (!PyObject_TypeCheck(b, Py_TYPE(a)) && !PyObject_TypeCheck(a, Py_TYPE(b))) Py_RETURN_NOTIMPLEMENTED;
    long x = ((CustomObject *)a)->number, y = ((CustomObject *)b)->number;
    Py_RETURN_RICHCOMPARE(x, y, op);
}

static Py_ssize_t Custom_length(CustomObject *self) { return self->number < 0 ? 0 : self->number; }

static PyObject *Custom_item(CustomObject *self, Py_ssize_t i) {
    if (i < 0 || i >= self->number) {
        PyErr_SetString(PyExc_IndexError, "Custom index out of range");
        return NULL;
    }
    return PyLong_FromSsize_t(i * i);
}

static PySequenceMethods Custom_as_sequence = {
    .sq_length = (lenfunc)Custom_length,
    .sq_item = (ssizeargfunc)Custom_item,
};

static PyMethodDef Custom_methods[] = {
    {"name", (PyCFunction)Custom_name, METH_NOARGS, "Return the name, combining the first and last name"},
    {"bump", (PyCFunction)Custom_bump, METH_VARARGS, "Increment number"},
    {"make", (PyCFunction)Custom_make, METH_O | METH_CLASS, "Alternate constructor"},
    {NULL},
};

static PyTypeObject CustomType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "custom.Custom",
    .tp_doc = PyDoc_STR("Custom objects"),
    .tp_basicsize = sizeof(CustomObject),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_new = Custom_new,
    .tp_init = (initproc)Custom_init,
    .tp_dealloc = (destructor)Custom_dealloc,
    .tp_traverse = (traverseproc)Custom_traverse,
    .tp_clear = (inquiry)Custom_clear,
    .tp_members = Custom_members,
    .tp_methods = Custom_methods,
    .tp_getset = Custom_getsetters,
    .tp_repr = (reprfunc)Custom_repr,
    .tp_richcompare = Custom_richcompare,
    .tp_as_sequence = &Custom_as_sequence,
};

static PyModuleDef custommodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "custom",
    .m_doc = "Example module that creates an extension type.",
    .m_size = -1,
};

PyMODINIT_FUNC PyInit_custom(void) {
    PyObject *m;
    if (PyType_Ready(&CustomType) < 0) return NULL;
    m = PyModule_Create(&custommodule);
    if (m == NULL) return NULL;
    Py_INCREF(&CustomType);
    if (PyModule_AddObject(m, "Custom", (PyObject *)&CustomType) < 0) {
        Py_DECREF(&CustomType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
