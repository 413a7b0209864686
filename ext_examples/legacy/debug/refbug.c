/* An extension that releases a reference it does not own. Built only for -DSPRY_DEBUG, whose
 * Py_DECREF must catch the count going negative and report the object.
 *
 * The victim is a static object of a type whose tp_dealloc does nothing, so the second
 * release touches live memory and the outcome is deterministic. */
#include <Python.h>

static void static_dealloc(PyObject *self) { (void)self; }

static PyTypeObject StaticType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "refbug.Static",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_dealloc = static_dealloc,
};

static PyObject victim = {1, &StaticType};

static PyObject *address(PyObject *self, PyObject *unused) {
    return PyUnicode_FromFormat("%p", (void *)&victim);
}

static PyObject *overrelease(PyObject *self, PyObject *unused) {
    Py_DECREF(&victim);    /* the one reference it has: dealloc (a no-op) */
    Py_DECREF(&victim);    /* one too many: -1 */
    Py_RETURN_NONE;
}

static PyMethodDef refbug_methods[] = {
    {"address", address, METH_NOARGS, NULL},
    {"overrelease", overrelease, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef refbug_module = {PyModuleDef_HEAD_INIT, "refbug", NULL, -1, refbug_methods};

PyMODINIT_FUNC PyInit_refbug(void) {
    if (PyType_Ready(&StaticType) < 0) return NULL;
    return PyModule_Create(&refbug_module);
}
