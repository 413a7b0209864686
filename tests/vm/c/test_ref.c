/* Ref tagging (core/ref.h) and reference counting of immortal and heap objects. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "spry.h"

static Thread *thread(void) {
    static Thread *t; /* test-only: one interpreter shared by the cases */
    if (!t) t = interp_new();
    return t;
}

static void small_ints_round_trip(void **state) {
    const int64_t values[] = {0, 1, -1, 42, -42, REF_INT_MAX, REF_INT_MIN, REF_INT_MAX - 1,
                              REF_INT_MIN + 1, (int64_t)1 << 40, -((int64_t)1 << 40)};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        Ref r = ref_from_int(values[i]);
        assert_true(ref_is_int(r));
        assert_false(ref_is_obj(r));
        assert_false(ref_is_null(r));
        assert_int_equal(ref_int(r), values[i]);
        assert_ptr_equal(ref_type(r), &int_type);
    }
}

static void int_range_is_63_bits(void **state) {
    assert_int_equal(REF_INT_MAX, ((int64_t)1 << 62) - 1);
    assert_int_equal(REF_INT_MIN, -((int64_t)1 << 62));
    assert_true(ref_int_fits(REF_INT_MAX));
    assert_true(ref_int_fits(REF_INT_MIN));
    assert_false(ref_int_fits(REF_INT_MAX + 1));
    assert_false(ref_int_fits(REF_INT_MIN - 1));
    assert_false(ref_int_fits(INT64_MAX));
    assert_false(ref_int_fits(INT64_MIN));
}

static void null_is_neither_int_nor_object(void **state) {
    assert_true(ref_is_null(REF_NULL));
    assert_false(ref_is_int(REF_NULL));
    assert_false(ref_is_obj(REF_NULL));
    ref_close(REF_NULL); /* harmless */
    assert_true(ref_is_null(ref_dup(REF_NULL)));
}

static void identity_ignores_the_pointer_tag(void **state) {
    Ref borrowed = REF_NONE;
    Ref owned = ref_from_obj(&none_obj);
    assert_true(ref_is_borrowed(borrowed));
    assert_false(ref_is_borrowed(owned));
    assert_true(ref_is(borrowed, owned));
    assert_true(ref_is_none(owned));
    assert_ptr_equal(ref_obj(borrowed), &none_obj);
    assert_false(ref_is(ref_from_int(0), REF_FALSE));
    assert_true(ref_is(ref_from_int(7), ref_from_int(7)));
    assert_false(ref_is(ref_from_int(7), ref_from_int(8)));
}

static void immortal_objects_are_never_counted(void **state) {
    intptr_t before = none_obj.ob_refcnt;
    assert_true(obj_is_immortal(&none_obj));
    for (int i = 0; i < 1000; i++) {
        Ref r = ref_dup(ref_from_obj(&none_obj));
        ref_close(r);
        obj_incref(&none_obj);
    }
    assert_int_equal(none_obj.ob_refcnt, before);
    assert_true(obj_is_immortal((Object *)&int_type));
}

static void heap_objects_are_counted(void **state) {
    Thread *t = thread();
    Object *l = list_new(t, 0);
    assert_non_null(l);
    assert_int_equal(l->ob_refcnt, 1);
    Ref r = ref_from_obj(l);
    Ref d = ref_dup(r);
    assert_int_equal(l->ob_refcnt, 2);
    ref_close(d);
    assert_int_equal(l->ob_refcnt, 1);
    /* a tagged int stored in a list is not boxed */
    assert_int_equal(list_append(t, l, ref_from_int(5)), 0);
    assert_true(ref_is_int(list_items(l)[0]));
    ref_close(r);
}

static void big_values_leave_the_tagged_form(void **state) {
    Thread *t = thread();
    Ref big = int_from_i64(t, INT64_MAX);
    assert_true(ref_is_obj(big));
    assert_ptr_equal(ref_type(big), &int_type);
    Ref small = int_from_i64(t, REF_INT_MAX);
    assert_true(ref_is_int(small));
    Ref sum = int_add(t, small, ref_from_int(1));     /* crosses into the heap form */
    assert_true(ref_is_obj(sum));
    Ref back = int_sub(t, sum, ref_from_int(1));      /* and comes back tagged */
    assert_true(ref_is_int(back));
    assert_int_equal(ref_int(back), REF_INT_MAX);
    ref_close(big);
    ref_close(sum);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small_ints_round_trip),
        cmocka_unit_test(int_range_is_63_bits),
        cmocka_unit_test(null_is_neither_int_nor_object),
        cmocka_unit_test(identity_ignores_the_pointer_tag),
        cmocka_unit_test(immortal_objects_are_never_counted),
        cmocka_unit_test(heap_objects_are_counted),
        cmocka_unit_test(big_values_leave_the_tagged_form),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
