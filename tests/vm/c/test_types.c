/* Unit tests for the object model: type creation, MRO, attribute lookup, slots from
 * dunders, descriptors, and the abstract protocol's messages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "spry.h"

static Thread *T;

static int setup(void **state) {
    runtime_init();
    T = interp_new();
    return T ? 0 : -1;
}

/* The message of the raised exception (cleared), as a C string in buf. */
static const char *take_error(char *buf, size_t n, Type **type) {
    Ref e = err_fetch(T);
    assert_false(ref_is_null(e));
    if (type) *type = ref_type(e);
    Ref s = obj_str(T, e);
    assert_false(ref_is_null(s));
    snprintf(buf, n, "%s", str_utf8_lossy(ref_obj(s)));
    ref_close(s);
    ref_close(e);
    return buf;
}

static void expect_error(Type *type, const char *msg) {
    char buf[256];
    Type *got;
    assert_true(err_occurred(T));
    take_error(buf, sizeof buf, &got);
    assert_ptr_equal(got, type);
    assert_string_equal(buf, msg);
}

static Object *S(const char *s) { return str_intern_cstr(T, s); }

/* class name(*bases): namespace ns (may be NULL). */
static Ref make_class(const char *name, Object *ns, int nbases, ...) {
    Ref bases[4];
    va_list ap;
    va_start(ap, nbases);
    for (int i = 0; i < nbases; i++) bases[i] = va_arg(ap, Ref);
    va_end(ap);
    Object *b = tuple_from_array(T, bases, nbases);
    Object *d = ns ? ns : dict_new(T);
    if (ns) obj_incref(ns);
    Object *n = S(name);
    Ref cls = type_new_from_spec(T, &type_type, n, b, d, NULL);
    obj_decref(n);
    obj_decref(d);
    obj_decref(b);
    return cls;
}

static void test_static_types_ready(void **state) {
    assert_true(type_has_flag(&object_type, TPFLAG_READY));
    assert_true(type_has_flag(&type_type, TPFLAG_READY));
    assert_ptr_equal(ref_type(ref_immortal(&type_type)), &type_type);
    assert_true(type_is_subtype(&bool_type, &int_type));
    assert_true(type_is_subtype(&bool_type, &object_type));
    assert_false(type_is_subtype(&int_type, &bool_type));
    assert_string_equal(type_name(&none_type), "NoneType");
    /* a slot wrapper is in int's dict, __hash__ = None in list's */
    Ref add = type_lookup(&int_type, ID(__add__));
    assert_ptr_equal(ref_type(add), &wrapper_descr_type);
    Ref h = type_lookup(&list_type, ID(__hash__));
    assert_true(ref_is_none(h));
}

static void test_simple_class(void **state) {
    Ref cls = make_class("Point", NULL, 0);
    assert_false(ref_is_null(cls));
    Type *tp = (Type *)ref_obj(cls);
    assert_true(type_has_flag(tp, TPFLAG_HEAPTYPE));
    assert_int_equal(tuple_size(tp->tp_mro), 2);
    Ref inst = obj_call0(T, cls);
    assert_false(ref_is_null(inst));
    assert_ptr_equal(ref_type(inst), tp);
    /* instance attributes live in the instance dict */
    Object *x = S("xval");
    assert_int_equal(obj_setattr(T, inst, x, ref_from_int(41)), 0);
    Ref v = obj_getattr(T, inst, x);
    assert_true(ref_is_int(v) && ref_int(v) == 41);
    assert_int_equal(obj_delattr(T, inst, x), 0);
    assert_true(ref_is_null(obj_getattr(T, inst, x)));
    expect_error(&exc_AttributeError, "'Point' object has no attribute 'xval'");
    /* class attributes, and the slot update when a dunder is assigned */
    assert_int_equal(obj_setattr(T, cls, x, ref_from_int(7)), 0);
    v = obj_getattr(T, inst, x);
    assert_true(ref_is_int(v) && ref_int(v) == 7);
    assert_true(ref_is_null(obj_getattr(T, cls, S("nope"))));
    expect_error(&exc_AttributeError, "type object 'Point' has no attribute 'nope'");
    assert_true(ref_is_null(obj_call1(T, cls, ref_from_int(1))));
    expect_error(&exc_TypeError, "Point() takes no arguments");
    obj_decref(x);
    ref_close(inst);
    ref_close(cls);
}

static void test_mro(void **state) {
    Ref a = make_class("Aa", NULL, 0);
    Ref b = make_class("Bb", NULL, 1, a);
    Ref bad = make_class("Cc", NULL, 2, a, b);
    assert_true(ref_is_null(bad));
    expect_error(&exc_TypeError,
                 "Cannot create a consistent method resolution\norder (MRO) for bases Aa, Bb");
    Ref c = make_class("Cc", NULL, 1, a);
    Ref d = make_class("Dd", NULL, 2, b, c);
    Object *mro = ((Type *)ref_obj(d))->tp_mro;
    assert_int_equal(tuple_size(mro), 5);
    assert_true(ref_is(tuple_get(mro, 1), b));
    assert_true(ref_is(tuple_get(mro, 2), c));
    assert_true(ref_is(tuple_get(mro, 3), a));
    Ref conflict = make_class("Xx", NULL, 2, ref_immortal(&int_type), ref_immortal(&str_type));
    assert_true(ref_is_null(conflict));
    expect_error(&exc_TypeError, "multiple bases have instance lay-out conflict");
    Ref nobase = make_class("Yy", NULL, 1, ref_immortal(&bool_type));
    assert_true(ref_is_null(nobase));
    expect_error(&exc_TypeError, "type 'bool' is not an acceptable base type");
    ref_close(d);
    ref_close(c);
    ref_close(b);
    ref_close(a);
}

static void test_builtin_subclass(void **state) {
    Ref ml = make_class("MyList", NULL, 1, ref_immortal(&list_type));
    assert_false(ref_is_null(ml));
    Type *tp = (Type *)ref_obj(ml);
    assert_ptr_equal(tp->getitem, list_type.getitem);     /* inherited C slot */
    assert_true(tp->tp_basicsize > list_type.tp_basicsize); /* room for __dict__ */
    Ref inst = obj_call0(T, ml);
    assert_false(ref_is_null(inst));
    assert_true(list_check(inst));
    assert_int_equal(list_append(T, ref_obj(inst), ref_from_int(5)), 0);
    assert_int_equal(obj_len(T, inst), 1);
    assert_int_equal(obj_setattr(T, inst, S("tag"), ref_from_int(3)), 0);
    ref_close(inst);
    ref_close(ml);
}

static void test_abstract_messages(void **state) {
    Ref s = ref_from_obj(str_from_cstr(T, "ab"));
    assert_true(ref_is_null(obj_binop(T, ref_from_int(1), s, NB_ADD)));
    expect_error(&exc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    assert_true(ref_is_null(obj_inplace_op(T, ref_from_int(1), s, NB_POWER)));
    expect_error(&exc_TypeError, "unsupported operand type(s) for **=: 'int' and 'str'");
    assert_true(ref_is_null(obj_richcompare(T, ref_from_int(1), s, CMP_LT)));
    expect_error(&exc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    assert_true(ref_is_null(obj_neg(T, s)));
    expect_error(&exc_TypeError, "bad operand type for unary -: 'str'");
    assert_true(ref_is_null(obj_getitem(T, ref_from_int(1), ref_from_int(0))));
    expect_error(&exc_TypeError, "'int' object is not subscriptable");
    assert_true(ref_is_null(obj_iter(T, ref_from_int(1))));
    expect_error(&exc_TypeError, "'int' object is not iterable");
    assert_true(ref_is_null(obj_call0(T, ref_from_int(1))));
    expect_error(&exc_TypeError, "'int' object is not callable");
    assert_int_equal(obj_len(T, ref_from_int(1)), -1);
    expect_error(&exc_TypeError, "object of type 'int' has no len()");
    assert_int_equal(obj_setitem(T, ref_from_int(1), ref_from_int(0), ref_from_int(0)), -1);
    expect_error(&exc_TypeError, "'int' object does not support item assignment");
    Ref l = ref_from_obj(list_new(T, 0));
    assert_int_equal(obj_hash(T, l), -1);
    expect_error(&exc_TypeError, "unhashable type: 'list'");
    assert_true(ref_is_null(obj_index(T, l)));
    expect_error(&exc_TypeError, "'list' object cannot be interpreted as an integer");
    assert_int_equal(obj_isinstance(T, ref_from_int(1), ref_from_int(1)), -1);
    expect_error(&exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    assert_true(ref_is_null(obj_getattr(T, REF_NONE, S("x"))));
    expect_error(&exc_AttributeError, "'NoneType' object has no attribute 'x'");
    /* == falls back to identity */
    assert_int_equal(obj_richcompare_bool(T, l, s, CMP_EQ), 0);
    assert_int_equal(obj_richcompare_bool(T, l, l, CMP_EQ), 1);
    assert_int_equal(obj_isinstance(T, ref_from_int(3), ref_immortal(&int_type)), 1);
    assert_int_equal(obj_issubclass(T, ref_immortal(&bool_type), ref_immortal(&int_type)), 1);
    ref_close(l);
    ref_close(s);
}

static void test_singletons(void **state) {
    assert_int_equal(obj_truthy(T, REF_NONE), 0);
    assert_int_equal(obj_truthy(T, REF_NOTIMPLEMENTED), 1);
    Ref r = obj_repr(T, REF_NONE);
    assert_string_equal(str_utf8_lossy(ref_obj(r)), "None");
    ref_close(r);
    r = obj_call0(T, ref_immortal(&none_type));
    assert_true(ref_is_none(r));
    assert_true(ref_is_null(obj_call1(T, ref_immortal(&none_type), ref_from_int(1))));
    expect_error(&exc_TypeError, "NoneType takes no arguments");
    assert_int_equal(obj_setattr(T, ref_immortal(&int_type), S("x"), ref_from_int(1)), -1);
    expect_error(&exc_TypeError, "cannot set 'x' attribute of immutable type 'int'");
}

static void test_descriptor_reprs(void **state) {
    Ref d = type_lookup(&list_type, ID(append));
    Ref r = obj_repr(T, d);
    assert_string_equal(str_utf8_lossy(ref_obj(r)), "<method 'append' of 'list' objects>");
    ref_close(r);
    r = obj_repr(T, type_lookup(&int_type, ID(__add__)));
    assert_string_equal(str_utf8_lossy(ref_obj(r)), "<slot wrapper '__add__' of 'int' objects>");
    ref_close(r);
    r = obj_repr(T, ref_immortal(&int_type));
    assert_string_equal(str_utf8_lossy(ref_obj(r)), "<class 'int'>");
    ref_close(r);
    /* calling a slot wrapper through the descriptor */
    Ref args[2] = {ref_from_int(2), ref_from_int(40)};
    r = obj_call(T, type_lookup(&int_type, ID(__add__)), args, 2, NULL);
    assert_true(ref_is_int(r) && ref_int(r) == 42);
}

static void test_slots_layout(void **state) {
    Object *ns = dict_new(T);
    Object *slots = tuple_pack(T, 2, ref_from_obj(S("aa")), ref_from_obj(S("bb")));
    dict_set_str(T, ns, ID(__slots__), ref_from_obj(slots));
    Ref cls = make_class("Slotted", ns, 0);
    assert_false(ref_is_null(cls));
    Type *tp = (Type *)ref_obj(cls);
    assert_int_equal(tp->tp_dictoffset, 0);
    assert_int_equal(tp->tp_basicsize, (intptr_t)(sizeof(Object) + 2 * sizeof(Ref)));
    Ref inst = obj_call0(T, cls);
    assert_int_equal(obj_setattr(T, inst, S("aa"), ref_from_int(1)), 0);
    assert_true(ref_is_null(obj_getattr(T, inst, S("bb"))));
    expect_error(&exc_AttributeError, "'Slotted' object has no attribute 'bb'");
    assert_int_equal(obj_setattr(T, inst, S("cc"), ref_from_int(1)), -1);
    expect_error(&exc_AttributeError, "'Slotted' object has no attribute 'cc'");
    ref_close(inst);
    ref_close(cls);
    obj_decref(slots);
    obj_decref(ns);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_static_types_ready),
        cmocka_unit_test(test_simple_class),
        cmocka_unit_test(test_mro),
        cmocka_unit_test(test_builtin_subclass),
        cmocka_unit_test(test_abstract_messages),
        cmocka_unit_test(test_singletons),
        cmocka_unit_test(test_descriptor_reprs),
        cmocka_unit_test(test_slots_layout),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
