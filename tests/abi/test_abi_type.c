/* object.h's type API: PyType_Ready, PyType_FromSpec and slots, members, methods. */
#include "abi_test.h"
#include "structmember.h"

typedef struct {
    PyObject_HEAD
    int value;
} PointObject;

static PyObject *point_get(PyObject *self, PyObject *unused) { return PyLong_FromLong(((PointObject *)self)->value); }
static PyMethodDef point_methods[] = {{"get", point_get, METH_NOARGS, NULL}, {NULL}};
static PyMemberDef point_members[] = {{"value", T_INT, offsetof(PointObject, value), 0, NULL}, {NULL}};
static PyType_Slot point_slots[] = {
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_methods, point_methods},
    {Py_tp_members, point_members},
    {0, NULL},
};
static PyType_Spec point_spec = {"testmod.Point", sizeof(PointObject), 0, Py_TPFLAGS_DEFAULT, point_slots};

static PyModuleDef testmod_def = {PyModuleDef_HEAD_INIT, "testmod", "doc", 0, NULL};

static void test_types_modules(void **state) {
    PyObject *m = PyModule_Create(&testmod_def);
    assert_non_null(m);
    assert_string_equal(PyModule_GetName(m), "testmod");
    PyObject *tp = PyType_FromModuleAndSpec(m, &point_spec, NULL);
    assert_non_null(tp);
    assert_true(PyType_Check(tp));
    assert_ptr_equal(PyType_GetModule((PyTypeObject *)tp), m);
    assert_ptr_equal(PyType_GetModuleByDef((PyTypeObject *)tp, &testmod_def), m);
    assert_int_equal(PyModule_AddType(m, (PyTypeObject *)tp), 0);
    assert_int_equal(PyModule_AddIntConstant(m, "X", 3), 0);
    PyObject *obj = PyObject_CallNoArgs(tp);
    assert_non_null(obj);
    ((PointObject *)obj)->value = 41;
    PyObject *v = PyObject_CallMethod(obj, "get", NULL);
    assert_int_equal(PyLong_AsLong(v), 41);
    PyObject *n = PyLong_FromLong(5);
    assert_int_equal(PyObject_SetAttrString(obj, "value", n), 0);
    assert_int_equal(((PointObject *)obj)->value, 5);
    assert_int_equal(PyType_Ready((PyTypeObject *)tp), 0);   /* readying again: no-op */
    PyObject *x = PyObject_GetAttrString(m, "X");
    assert_int_equal(PyLong_AsLong(x), 3);
    PyObject *pt = PyObject_GetAttrString(m, "Point");
    assert_ptr_equal(pt, tp);
    assert_int_equal(PyModule_AddObjectRef(m, "Y", NULL), -1);
    expect_error(PyExc_SystemError, "PyModule_AddObjectRef() must be called with an exception raised if value is NULL");
    PyObject *mod = PyImport_ImportModule("no_such_module_xyz");
    assert_null(mod);
    expect_error(PyExc_ModuleNotFoundError, "No module named 'no_such_module_xyz'");
    Py_DECREF(pt); Py_DECREF(x); Py_DECREF(n); Py_DECREF(v); Py_DECREF(obj); Py_DECREF(tp); Py_DECREF(m);
}

typedef struct {
    PyObject_HEAD
    int v;
    double d;
    PyObject *o;
    char c;
} Obj;
static PyMemberDef obj_members[] = {
    {"v", T_INT, offsetof(Obj, v), 0, NULL},
    {"ro", T_INT, offsetof(Obj, v), READONLY, NULL},
    {"d", T_DOUBLE, offsetof(Obj, d), 0, NULL},
    {"o", T_OBJECT, offsetof(Obj, o), 0, NULL},
    {"ox", T_OBJECT_EX, offsetof(Obj, o), 0, NULL},
    {"c", T_CHAR, offsetof(Obj, c), 0, NULL},
    {"b", T_BYTE, offsetof(Obj, c), 0, NULL},
    {"ub", T_UBYTE, offsetof(Obj, c), 0, NULL},
    {"bo", T_BOOL, offsetof(Obj, c), 0, NULL},
    {NULL},
};
static PyObject *get_x(PyObject *self, void *closure) { return PyLong_FromLong(42); }
static int set_x(PyObject *self, PyObject *v, void *closure) {
    if (!v) {
        PyErr_SetString(PyExc_TypeError, "no del");
        return -1;
    }
    return 0;
}
static PyGetSetDef obj_getset[] = {{"x", get_x, set_x, "doc", NULL}, {"rx", get_x, NULL, NULL, NULL}, {NULL}};
static PyType_Slot obj_slots[] = {
    {Py_tp_members, obj_members}, {Py_tp_getset, obj_getset}, {Py_tp_doc, "T(doc)"}, {0, NULL}};
static PyType_Spec obj_spec = {"mod.T", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, obj_slots};
static PyType_Spec final_spec = {"mod.N", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT, obj_slots};
static PyType_Spec frozen_spec = {"mod.F", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, obj_slots};
static PyType_Slot bad_slots[] = {{9999, NULL}, {0, NULL}};
static PyType_Spec bad_spec = {"mod.Bad", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT, bad_slots};
static PyTypeObject static_type = {PyVarObject_HEAD_INIT(NULL, 0) "mod.Static", sizeof(Obj), 0};

/* Statement(s) run with T, N and F in the namespace; NULL: the exception is pending. */
static PyObject *run_with(PyObject *T, PyObject *N, PyObject *F, const char *src) {
    PyObject *g = py_exec("");
    PyDict_SetItemString(g, "T", T);
    PyDict_SetItemString(g, "N", N);
    PyDict_SetItemString(g, "F", F);
    PyObject *r = PyRun_String(src, Py_file_input, g, g);
    Py_DECREF(g);
    return r;
}

static void test_spec_types(void **state) {
    PyObject *T = PyType_FromSpec(&obj_spec), *r;
    assert_true(PyType_HasFeature((PyTypeObject *)T, Py_TPFLAGS_HEAPTYPE));
    r = PyObject_GetAttrString(T, "__module__");
    assert_str(r, "mod");
    Py_DECREF(r);
    r = PyObject_GetAttrString(T, "__doc__");
    assert_str(r, "T(doc)");
    Py_DECREF(r);
    /* No Py_tp_new: a heap type inherits object's. */
    PyObject *o = PyObject_CallNoArgs(T);
    assert_non_null(o);
    assert_null(PyType_FromSpec(&bad_spec));
    expect_error(PyExc_RuntimeError, "invalid slot offset");
    PyObject *five = PyLong_FromLong(5);
    assert_null(PyType_FromSpecWithBases(&obj_spec, five));
    expect_error(PyExc_TypeError, "bases must be types");
    Py_DECREF(five);
    PyObject *N = PyType_FromSpec(&final_spec), *F = PyType_FromSpec(&frozen_spec);
    assert_null(run_with(T, N, F, "class S(N): pass"));
    expect_error(PyExc_TypeError, "type 'mod.N' is not an acceptable base type");
    r = run_with(T, N, F, "class S(T): pass\nassert S().v == 0\nT.new_attr = 1\nassert T().new_attr == 1\n");
    assert_non_null(r);
    Py_DECREF(r);
    assert_null(run_with(T, N, F, "F.new_attr = 1"));
    expect_error(PyExc_TypeError, "cannot set 'new_attr' attribute of immutable type 'mod.F'");
    assert_null(PyType_GetModule((PyTypeObject *)T));
    expect_error(PyExc_TypeError, "PyType_GetModule: Type 'mod.T' has no associated module");
    assert_null(PyType_GetModule(&PyLong_Type));
    expect_error(PyExc_TypeError, "PyType_GetModule: Type 'int' is not a heap type");
    r = PyType_GetName((PyTypeObject *)T);
    assert_str(r, "T");
    Py_DECREF(r);
    assert_true(PyType_GetFlags((PyTypeObject *)T) & Py_TPFLAGS_BASETYPE);
    assert_non_null(PyType_GetSlot((PyTypeObject *)T, Py_tp_doc));

    /* A static type without tp_new directly under object cannot be instantiated. */
    assert_int_equal(PyType_Ready(&static_type), 0);
    assert_int_equal(PyType_Ready(&static_type), 0);
    assert_ptr_equal(static_type.tp_base, &PyBaseObject_Type);
    assert_null(PyObject_CallNoArgs((PyObject *)&static_type));
    expect_error(PyExc_TypeError, "cannot create 'mod.Static' instances");
    r = PyObject_GetAttrString((PyObject *)&static_type, "__module__");
    assert_str(r, "mod");
    Py_DECREF(r);
    Py_DECREF(o); Py_DECREF(F); Py_DECREF(N); Py_DECREF(T);
}

static int set(PyObject *o, const char *name, const char *expr) {
    PyObject *v = py_eval(expr);
    int r = PyObject_SetAttrString(o, name, v);
    Py_DECREF(v);
    return r;
}

/* A spec name without a dot: no __module__ at all (and a DeprecationWarning); with dots,
 * __module__ is in the type's dict. */
static void test_spec_names(void **state) {
    PyType_Spec plain = {"Plain", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT, obj_slots};
    PyType_Spec dotted = {"pkg.mod.Dotted", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT, obj_slots};
    PyObject *g = py_exec("import warnings\nsaved = warnings.filters[:]\nwarnings.simplefilter('error')\n");
    assert_null(PyType_FromSpec(&plain));
    expect_error(PyExc_DeprecationWarning, "builtin type Plain has no __module__ attribute");
    PyObject *r = PyRun_String("warnings.simplefilter('ignore')", Py_eval_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    PyObject *P = PyType_FromSpec(&plain), *D = PyType_FromSpec(&dotted);
    assert_non_null(P);
    assert_null(PyObject_GetAttrString(P, "__module__"));
    expect_error(PyExc_AttributeError, "__module__");
    assert_repr(P, "<class 'Plain'>");
    r = PyObject_GetAttrString(P, "__qualname__");
    assert_str(r, "Plain");
    Py_DECREF(r);
    PyObject *o = PyObject_CallNoArgs(P);
    r = PyObject_Repr(o);
    assert_true(strncmp(PyUnicode_AsUTF8(r), "<Plain object at ", 17) == 0);
    Py_DECREF(r);
    Py_DECREF(o);
    assert_int_equal(PyDict_SetItemString(g, "P", P), 0);
    assert_int_equal(PyDict_SetItemString(g, "D", D), 0);
    r = PyRun_String("('__module__' in P.__dict__, D.__dict__['__module__'], D.__qualname__, repr(D))",
                     Py_eval_input, g, g);
    assert_repr(r, "(False, 'pkg.mod', 'Dotted', \"<class 'pkg.mod.Dotted'>\")");
    Py_DECREF(r);
    r = PyRun_String("warnings.filters[:] = saved", Py_file_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    Py_DECREF(g);
    Py_DECREF(P);
    Py_DECREF(D);
}

/* A spec type's special attributes can be set unless it is immutable. */
static void test_spec_set_names(void **state) {
    PyType_Spec spec = {"pkg.Named", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT, obj_slots};
    PyType_Spec frozen = {"pkg.Frozen", sizeof(Obj), 0,
                          Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, obj_slots};
    PyObject *N = PyType_FromSpec(&spec), *F = PyType_FromSpec(&frozen);
    assert_non_null(N);
    assert_non_null(F);
    PyObject *g = py_exec("");
    assert_int_equal(PyDict_SetItemString(g, "N", N), 0);
    assert_int_equal(PyDict_SetItemString(g, "F", F), 0);
    PyObject *r = PyRun_String(
        "N.__name__ = 'Renamed'\n"
        "N.__qualname__ = 'Outer.Renamed'\n"
        "N.__module__ = 'elsewhere'\n"
        "N.__doc__ = 'documented'\n"
        "N.extra = 5\n"
        "out = [N.__name__, N.__qualname__, N.__module__, N.__doc__, N.extra, repr(N)]\n"
        "for attr in ('__name__', '__qualname__', '__module__', 'extra'):\n"
        "    try:\n"
        "        setattr(F, attr, 'x')\n"
        "    except TypeError as e:\n"
        "        out.append(str(e))\n"
        "try:\n"
        "    del N.__name__\n"
        "except TypeError as e:\n"
        "    out.append(str(e))\n",
        Py_file_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    r = PyDict_GetItemString(g, "out");
    assert_repr(r, "['Renamed', 'Outer.Renamed', 'elsewhere', 'documented', 5, "
                   "\"<class 'elsewhere.Outer.Renamed'>\", "
                   "\"cannot set '__name__' attribute of immutable type 'pkg.Frozen'\", "
                   "\"cannot set '__qualname__' attribute of immutable type 'pkg.Frozen'\", "
                   "\"cannot set '__module__' attribute of immutable type 'pkg.Frozen'\", "
                   "\"cannot set 'extra' attribute of immutable type 'pkg.Frozen'\", "
                   "\"cannot delete '__name__' attribute of immutable type 'Renamed'\"]");
    Py_DECREF(g);
    Py_DECREF(N);
    Py_DECREF(F);
}

static PyObject *say_a(PyObject *self, PyObject *unused) { return PyUnicode_FromString("a"); }
static PyObject *say_b(PyObject *self, PyObject *unused) { return PyUnicode_FromString("b"); }

/* Several compatible bases all take part in the MRO, with C3's errors. */
static void test_several_bases(void **state) {
    static PyMethodDef a_methods[] = {{"a", say_a, METH_NOARGS, NULL}, {"who", say_a, METH_NOARGS, NULL}, {NULL}};
    static PyMethodDef b_methods[] = {{"b", say_b, METH_NOARGS, NULL}, {"who", say_b, METH_NOARGS, NULL}, {NULL}};
    PyType_Slot a_slots[] = {{Py_tp_methods, a_methods}, {0, NULL}};
    PyType_Slot b_slots[] = {{Py_tp_methods, b_methods}, {0, NULL}};
    PyType_Slot no_slots[] = {{0, NULL}};
    PyType_Spec a_spec = {"m.A", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, a_slots};
    PyType_Spec b_spec = {"m.B", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, b_slots};
    PyType_Spec t_spec = {"m.T", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, no_slots};
    PyObject *A = PyType_FromSpec(&a_spec), *B = PyType_FromSpec(&b_spec);
    assert_non_null(A);
    assert_non_null(B);
    PyObject *bases = PyTuple_Pack(2, A, B);
    PyObject *T = PyType_FromSpecWithBases(&t_spec, bases);
    assert_non_null(T);
    PyObject *g = py_exec("");
    assert_int_equal(PyDict_SetItemString(g, "A", A), 0);
    assert_int_equal(PyDict_SetItemString(g, "B", B), 0);
    assert_int_equal(PyDict_SetItemString(g, "T", T), 0);
    PyObject *r = PyRun_String(
        "class P(T): pass\n"
        "out = [[c.__name__ for c in T.__mro__], [c.__name__ for c in T.__bases__], T().a(),\n"
        "       T().b(), T().who(), issubclass(T, B), isinstance(P(), B),\n"
        "       [c.__name__ for c in P.__mro__], T in B.__subclasses__()]\n",
        Py_file_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    assert_repr(PyDict_GetItemString(g, "out"),
                "[['T', 'A', 'B', 'object'], ['A', 'B'], 'a', 'b', 'a', True, True, "
                "['P', 'T', 'A', 'B', 'object'], True]");
    Py_DECREF(bases);
    bases = PyTuple_Pack(2, A, A);
    assert_null(PyType_FromSpecWithBases(&t_spec, bases));
    expect_error(PyExc_TypeError, "duplicate base class A");
    Py_DECREF(bases);
    bases = PyTuple_Pack(2, T, A);   /* A before T's own A: no consistent order */
    PyObject *U = PyType_FromSpecWithBases(&t_spec, bases);
    assert_non_null(U);
    Py_DECREF(U);
    Py_DECREF(bases);
    bases = PyTuple_Pack(2, A, T);
    assert_null(PyType_FromSpecWithBases(&t_spec, bases));
    expect_error(PyExc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases A, T");
    Py_DECREF(bases);
    Py_DECREF(g);
    Py_DECREF(T);
    Py_DECREF(A);
    Py_DECREF(B);
}

/* Bases whose instance layouts both extend object's conflict, from C and from Python. */
static void test_layout_conflict(void **state) {
    static PyType_Slot no_slots[] = {{0, NULL}};
    PyType_Spec a_spec = {"m.A", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, no_slots};
    PyType_Spec b_spec = {"m.B", sizeof(Obj) + sizeof(long), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, no_slots};
    PyObject *A = PyType_FromSpec(&a_spec), *B = PyType_FromSpec(&b_spec);
    PyType_Spec t_spec = {"m.T", sizeof(Obj) + 2 * sizeof(long), 0, Py_TPFLAGS_DEFAULT, no_slots};
    PyObject *bases = PyTuple_Pack(2, A, B);
    assert_null(PyType_FromSpecWithBases(&t_spec, bases));
    expect_error(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    PyType_Slot bases_slot[] = {{Py_tp_bases, bases}, {0, NULL}};
    t_spec.slots = bases_slot;
    assert_null(PyType_FromSpec(&t_spec));
    expect_error(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    Py_DECREF(bases);
    bases = PyTuple_Pack(2, A, (PyObject *)&PyLong_Type);
    assert_null(PyType_FromSpecWithBases(&t_spec, bases));
    expect_error(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    Py_DECREF(bases);
    /* A base that adds nothing to another's layout does not conflict. */
    bases = PyTuple_Pack(2, A, (PyObject *)&PyBaseObject_Type);
    t_spec.slots = no_slots;
    PyObject *T = PyType_FromSpecWithBases(&t_spec, bases);
    assert_non_null(T);
    assert_ptr_equal(((PyTypeObject *)T)->tp_base, A);
    Py_DECREF(bases);
    PyObject *g = py_exec("");
    PyDict_SetItemString(g, "A", A);
    PyDict_SetItemString(g, "B", B);
    assert_null(PyRun_String("class C(A, B): pass", Py_file_input, g, g));
    expect_error(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    assert_null(PyRun_String("class P(A): pass\nclass Q(B): pass\nclass C(P, Q): pass", Py_file_input, g, g));
    expect_error(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    PyObject *r = PyRun_String("class M: pass\nclass C(M, A): pass\nassert C.__base__ is A", Py_file_input, g, g);
    assert_non_null(r);
    Py_DECREF(r);
    Py_DECREF(g);
    Py_DECREF(T);
    Py_DECREF(A);
    Py_DECREF(B);
}

static void test_members_and_getsets(void **state) {
    PyObject *T = PyType_FromSpec(&obj_spec), *o = PyObject_CallNoArgs(T), *r;
    PyObject *g = py_exec("import warnings\nwarnings.simplefilter('error')\n");
    assert_int_equal(set(o, "v", "2**40"), -1);
    expect_error(PyExc_RuntimeWarning, "Truncation of value to int");
    assert_int_equal(set(o, "b", "300"), -1);
    expect_error(PyExc_RuntimeWarning, "Truncation of value to char");
    assert_int_equal(set(o, "ub", "-1"), -1);
    expect_error(PyExc_RuntimeWarning, "Truncation of value to unsigned char");
    Py_DECREF(g);
    g = py_exec("import warnings\nwarnings.resetwarnings()\n");
    Py_DECREF(g);
    assert_int_equal(set(o, "v", "'s'"), -1);
    expect_error(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    assert_int_equal(set(o, "ro", "1"), -1);
    expect_error(PyExc_AttributeError, "readonly attribute");
    assert_int_equal(PyObject_DelAttrString(o, "v"), -1);
    expect_error(PyExc_TypeError, "can't delete numeric/char attribute");
    assert_int_equal(set(o, "d", "'s'"), -1);
    expect_error(PyExc_TypeError, "must be real number, not str");
    assert_int_equal(set(o, "d", "3"), 0);
    r = PyObject_GetAttrString(o, "o");
    assert_ptr_equal(r, Py_None);
    Py_DECREF(r);
    assert_null(PyObject_GetAttrString(o, "ox"));
    expect_error(PyExc_AttributeError, "'mod.T' object has no attribute 'ox'");
    assert_int_equal(PyObject_DelAttrString(o, "ox"), -1);
    expect_error(PyExc_AttributeError, "ox");
    assert_int_equal(set(o, "ox", "1"), 0);
    assert_int_equal(PyObject_DelAttrString(o, "ox"), 0);
    assert_int_equal(set(o, "c", "'ab'"), -1);
    expect_error(PyExc_TypeError, "bad argument type for built-in operation");
    assert_int_equal(set(o, "c", "'z'"), 0);
    r = PyObject_GetAttrString(o, "c");
    assert_str(r, "z");
    Py_DECREF(r);
    assert_int_equal(set(o, "bo", "1"), -1);
    expect_error(PyExc_TypeError, "attribute value type must be bool");
    assert_int_equal(PyObject_DelAttrString(o, "x"), -1);
    expect_error(PyExc_TypeError, "no del");
    assert_int_equal(set(o, "rx", "1"), -1);
    expect_error(PyExc_AttributeError, "attribute 'rx' of 'mod.T' objects is not writable");
    assert_int_equal(set(o, "zz", "1"), -1);
    expect_error(PyExc_AttributeError, "'mod.T' object has no attribute 'zz'");
    r = PyObject_GetAttrString(T, "x");
    assert_repr(r, "<attribute 'x' of 'mod.T' objects>");
    Py_DECREF(r);
    Py_DECREF(o);
    Py_DECREF(T);
}

/* Every kind of slot of a spec type, reached from Python syntax. */
typedef struct {
    PyObject_HEAD
    long v;
} Box;
static PyTypeObject *box_type;
static PyObject *box_new_value(long v) {
    Box *b = PyObject_New(Box, box_type);
    if (b) b->v = v;
    return (PyObject *)b;
}
static long box_val(PyObject *o) { return PyObject_TypeCheck(o, box_type) ? ((Box *)o)->v : PyLong_AsLong(o); }
static int box_or_int(PyObject *o) { return PyObject_TypeCheck(o, box_type) || PyLong_Check(o); }
static PyObject *box_add(PyObject *a, PyObject *b) {
    if (!box_or_int(a) || !box_or_int(b)) Py_RETURN_NOTIMPLEMENTED;
    return box_new_value(box_val(a) + box_val(b));
}
static PyObject *box_neg(PyObject *a) { return box_new_value(-box_val(a)); }
static int box_bool(PyObject *a) { return box_val(a) != 0; }
static PyObject *box_index(PyObject *a) { return PyLong_FromLong(box_val(a)); }
static Py_ssize_t box_len(PyObject *a) { return box_val(a); }
static PyObject *box_item(PyObject *a, Py_ssize_t i) {
    if (i >= box_val(a)) {
        PyErr_SetString(PyExc_IndexError, "box index");
        return NULL;
    }
    return PyLong_FromSsize_t(i * 10);
}
static int box_contains(PyObject *a, PyObject *x) { return PyLong_Check(x) && PyLong_AsLong(x) < box_val(a); }
static PyObject *box_richcompare(PyObject *a, PyObject *b, int op) {
    if (!PyObject_TypeCheck(b, box_type)) Py_RETURN_NOTIMPLEMENTED;
    Py_RETURN_RICHCOMPARE(box_val(a), box_val(b), op);
}
static Py_hash_t box_hash(PyObject *a) { return box_val(a) == -1 ? -2 : box_val(a); }
static PyObject *box_repr(PyObject *a) { return PyUnicode_FromFormat("Box(%ld)", box_val(a)); }
static PyObject *box_call(PyObject *a, PyObject *args, PyObject *kw) {
    return PyLong_FromLong(box_val(a) + PyTuple_GET_SIZE(args) + (kw ? PyDict_Size(kw) : 0));
}
static PyObject *box_iter(PyObject *a) {
    PyObject *r = PyObject_CallFunction((PyObject *)&PyRange_Type, "l", box_val(a));
    PyObject *it = r ? PyObject_GetIter(r) : NULL;
    Py_XDECREF(r);
    return it;
}
static PyType_Slot box_slots[] = {
    {Py_nb_add, box_add}, {Py_nb_negative, box_neg}, {Py_nb_bool, box_bool}, {Py_nb_index, box_index},
    {Py_sq_length, box_len}, {Py_sq_item, box_item}, {Py_sq_contains, box_contains},
    {Py_tp_richcompare, box_richcompare}, {Py_tp_hash, box_hash}, {Py_tp_repr, box_repr},
    {Py_tp_call, box_call}, {Py_tp_iter, box_iter}, {0, NULL},
};
static PyType_Spec box_spec = {"m.Box", sizeof(Box), 0, Py_TPFLAGS_DEFAULT, box_slots};

static void test_slots_from_python(void **state) {
    box_type = (PyTypeObject *)PyType_FromSpec(&box_spec);
    PyObject *g = py_exec("import operator\n");
    PyDict_SetItemString(g, "a", box_new_value(3));
    PyDict_SetItemString(g, "b", box_new_value(4));
    PyDict_SetItemString(g, "z", box_new_value(0));
    const char *cases[][2] = {
        {"a + b", "Box(7)"}, {"a + 1", "Box(4)"}, {"1 + a", "Box(4)"}, {"-a", "Box(-3)"},
        {"bool(z)", "False"}, {"not a", "False"}, {"[0, 1, 2, 3, 4][a]", "3"}, {"len(a)", "3"},
        {"a[1]", "10"}, {"a[-1]", "20"}, {"2 in a", "True"}, {"7 in a", "False"},
        {"a == b", "False"}, {"a != b", "True"}, {"a < b", "True"}, {"a == 1", "False"},
        {"hash(a)", "3"}, {"a(1, 2, k=3)", "6"}, {"list(a)", "[0, 1, 2]"},
        {"sorted([b, a])", "[Box(3), Box(4)]"}, {"type(a).__len__(a)", "3"}, {"operator.index(a)", "3"},
        {"list(reversed(a))", "[20, 10, 0]"}, {"{a: 1}[a]", "1"},
        {"repr(a.__add__).split(' at ')[0]", "\"<method-wrapper '__add__' of m.Box object\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PyObject *r = PyRun_String(cases[i][0], Py_eval_input, g, g);
        assert_repr(r, cases[i][1]);
        Py_DECREF(r);
    }
    const char *errors[][2] = {
        {"a + 'x'", "unsupported operand type(s) for +: 'm.Box' and 'str'"},
        {"a[5]", "box index"},
        {"a[1:2]", "sequence index must be integer, not 'slice'"},
        {"a < 1", "'<' not supported between instances of 'm.Box' and 'int'"},
        {"a * 2", "unsupported operand type(s) for *: 'm.Box' and 'int'"},
    };
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        assert_null(PyRun_String(errors[i][0], Py_eval_input, g, g));
        expect_error(i == 1 ? PyExc_IndexError : PyExc_TypeError, errors[i][1]);
    }
    Py_DECREF(g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_types_modules),
        cmocka_unit_test(test_spec_types),
        cmocka_unit_test(test_spec_names),
        cmocka_unit_test(test_spec_set_names),
        cmocka_unit_test(test_layout_conflict),
        cmocka_unit_test(test_several_bases),
        cmocka_unit_test(test_members_and_getsets),
        cmocka_unit_test(test_slots_from_python),
    };
    return cmocka_run_group_tests(tests, abi_setup, NULL);
}
