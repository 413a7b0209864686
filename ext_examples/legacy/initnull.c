/* An init function that fails without setting an exception: SystemError naming the module. */
#include <Python.h>

PyMODINIT_FUNC PyInit_initnull(void) { return NULL; }
