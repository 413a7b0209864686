/* A shared library named like an extension module but exporting the wrong init function:
 * `import noinit` must raise ImportError naming PyInit_noinit. */
#include <Python.h>

PyMODINIT_FUNC PyInit_somethingelse(void) {
    PyErr_SetString(PyExc_RuntimeError, "never called");
    return NULL;
}
