/* Unit tests for the container internals: dict ordering, collisions and key versions;
 * list growth and sorting; set table order (must equal CPython 3.11's); tuple hashing;
 * range and slice arithmetic. Expected orders were taken from CPython 3.11. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "spry.h"

static Thread *T;

static int setup(void **state) {
    runtime_init();
    T = interp_new();
    return T ? 0 : -1;
}

static Ref I(int64_t v) { return int_from_i64(T, v); }

static int64_t as_i64(Ref r) {
    assert_true(ref_is_int(r) || int_check(r));
    return int_as_i64(T, r);
}

/* ---- dict -------------------------------------------------------------------------- */

static void dict_order_after_deletes_and_resizes(void **state) {
    Object *d = dict_new(T);
    for (int i = 0; i < 100; i++) assert_int_equal(dict_set(T, d, I(i), I(i * 10)), 0);
    for (int i = 0; i < 100; i += 2) assert_int_equal(dict_del(T, d, I(i)), 1);
    assert_int_equal(dict_del(T, d, I(0)), 0);
    for (int i = 100; i < 300; i++) assert_int_equal(dict_set(T, d, I(i), I(i * 10)), 0);
    /* Re-inserting a deleted key appends it at the end. */
    assert_int_equal(dict_set(T, d, I(4), I(-4)), 0);
    assert_int_equal(dict_size(d), 50 + 200 + 1);
    intptr_t pos = 0;
    Ref k, v;
    int64_t expect = 1;
    int n = 0;
    while (dict_next(d, &pos, &k, &v)) {
        int64_t kk = as_i64(k);
        if (n < 50) {
            assert_int_equal(kk, expect);
            expect += 2;
            if (n == 49) expect = 100;
        } else if (n < 250) {
            assert_int_equal(kk, expect);
            expect++;
        } else {
            assert_int_equal(kk, 4);
            assert_int_equal(as_i64(v), -4);
        }
        n++;
    }
    assert_int_equal(n, 251);
    for (int i = 1; i < 100; i += 2) {
        Ref got = dict_get(T, d, I(i));
        assert_false(ref_is_null(got));
        assert_int_equal(as_i64(got), i * 10);
        ref_close(got);
    }
    assert_true(ref_is_null(dict_get(T, d, I(2))));
    assert_false(err_occurred(T));
    obj_decref(d);
}

static void dict_colliding_hashes(void **state) {
    /* hash(-1) == hash(-2) == -2, and n, n + P, n + 2P collide (P = 2**61 - 1); the last
     * one is a heap int. */
    const int64_t P = ((int64_t)1 << 61) - 1;
    Ref keys[5] = {I(-1), I(-2), I(5), I(5 + P), I(5 + 2 * P)};
    assert_true(obj_hash(T, keys[0]) == obj_hash(T, keys[1]));
    assert_true(obj_hash(T, keys[2]) == obj_hash(T, keys[4]));
    Object *d = dict_new(T);
    for (int i = 0; i < 5; i++) assert_int_equal(dict_set(T, d, keys[i], I(i)), 0);
    assert_int_equal(dict_size(d), 5);
    for (int i = 0; i < 5; i++) {
        Ref v = dict_get(T, d, keys[i]);
        assert_int_equal(as_i64(v), i);
    }
    /* Deleting from the middle of a chain keeps the rest reachable. */
    assert_int_equal(dict_del(T, d, keys[3]), 1);
    assert_int_equal(as_i64(dict_get(T, d, keys[4])), 4);
    assert_int_equal(as_i64(dict_get(T, d, keys[2])), 2);
    assert_true(ref_is_null(dict_get(T, d, keys[3])));
    /* An equal heap int finds the tagged key. */
    Ref big5 = int_from_i64(T, 5);
    assert_int_equal(dict_contains(T, d, big5), 1);
    /* str keys: fast path and the generic one agree. */
    Object *s1 = str_from_cstr(T, "spam");
    Object *s2 = str_from_cstr(T, "spam");
    assert_int_equal(dict_set_str(T, d, s1, I(42)), 0);
    assert_int_equal(as_i64(dict_get_str(T, d, s2)), 42);
    assert_int_equal(as_i64(dict_get(T, d, ref_from_obj(s2))), 42);
    assert_int_equal(as_i64(dict_get_cstr(T, d, "spam")), 42);
    assert_true(dict_lookup_str_index(d, s2) >= 0);
    obj_decref(s1);
    obj_decref(s2);
    for (int i = 0; i < 5; i++) ref_close(keys[i]);
    obj_decref(d);
}

static void dict_version_changes(void **state) {
    Object *d = dict_new(T);
    uint64_t v0 = dict_keys_version(d);
    dict_set(T, d, I(1), I(1));
    uint64_t v1 = dict_keys_version(d);
    assert_true(v1 != v0);
    dict_set(T, d, I(1), I(2)); /* value change only */
    assert_true(dict_keys_version(d) == v1);
    dict_set(T, d, I(2), I(2));
    uint64_t v2 = dict_keys_version(d);
    assert_true(v2 != v1);
    dict_del(T, d, I(1));
    uint64_t v3 = dict_keys_version(d);
    assert_true(v3 != v2);
    dict_del(T, d, I(99)); /* missing: unchanged */
    assert_true(dict_keys_version(d) == v3);
    dict_clear(d);
    assert_true(dict_keys_version(d) != v3);
    obj_decref(d);
}

static void dict_update_errors(void **state) {
    Object *d = dict_new(T);
    Object *bad = list_new(T, 0);
    Object *triple = tuple_pack(T, 3, I(1), I(2), I(3));
    list_append(T, bad, ref_from_obj(triple));
    assert_int_equal(dict_update(T, d, ref_from_obj(bad)), -1);
    assert_true(err_matches(T, &exc_ValueError));
    err_clear(T);
    assert_int_equal(dict_update(T, d, I(3)), -1);
    assert_true(err_matches(T, &exc_TypeError));
    err_clear(T);
    obj_decref(triple);
    obj_decref(bad);
    obj_decref(d);
}

/* ---- list -------------------------------------------------------------------------- */

static void list_growth(void **state) {
    /* CPython 3.11's allocation sizes for successive appends. */
    static const intptr_t expect[] = {0, 4, 8, 16, 24, 32, 40, 52, 64, 76};
    Object *l = list_new(T, 0);
    int k = 0;
    intptr_t last = LIST(l)->allocated;
    assert_int_equal(last, expect[k++]);
    for (int i = 0; i < 70; i++) {
        list_append(T, l, I(i));
        if (LIST(l)->allocated != last) {
            last = LIST(l)->allocated;
            assert_true(k < 10);
            assert_int_equal(last, expect[k++]);
        }
    }
    assert_int_equal(k, 10);
    Ref v = list_pop(T, l, 0);
    assert_int_equal(as_i64(v), 0);
    assert_int_equal(list_size(l), 69);
    obj_decref(l);
}

static void list_sort_stable(void **state) {
    Object *l = list_new(T, 0);
    /* Pairs (key, original index): sorting by tuple keeps equal keys in order. */
    for (int i = 0; i < 500; i++) list_append(T, l, I((i * 7919) % 37));
    assert_int_equal(list_sort(T, l, REF_NULL, false), 0);
    for (intptr_t i = 1; i < list_size(l); i++)
        assert_true(as_i64(list_items(l)[i - 1]) <= as_i64(list_items(l)[i]));
    assert_int_equal(list_sort(T, l, REF_NULL, true), 0);
    for (intptr_t i = 1; i < list_size(l); i++)
        assert_true(as_i64(list_items(l)[i - 1]) >= as_i64(list_items(l)[i]));
    obj_decref(l);
}

/* ---- set --------------------------------------------------------------------------- */

static void check_set_order(Object *s, const int64_t *expect, int n) {
    intptr_t pos = 0;
    Ref k;
    int i = 0;
    while (set_next(s, &pos, &k)) {
        assert_true(i < n);
        assert_int_equal(as_i64(k), expect[i]);
        i++;
    }
    assert_int_equal(i, n);
}

static void set_probe_order(void **state) {
    Object *s = set_new(T, REF_NULL);
    static const int64_t ins1[] = {8, 16, 24, 1, 32};
    for (int i = 0; i < 5; i++) set_add(T, s, I(ins1[i]));
    static const int64_t exp1[] = {32, 1, 8, 16, 24};
    check_set_order(s, exp1, 5);
    obj_decref(s);

    s = set_new(T, REF_NULL);
    static const int64_t ins2[] = {33, 1, 17, 9, 100, 64, 5};
    for (int i = 0; i < 7; i++) set_add(T, s, I(ins2[i]));
    static const int64_t exp2[] = {64, 33, 1, 100, 5, 9, 17};
    check_set_order(s, exp2, 7);
    obj_decref(s);

    /* Deletions leave dummies; pop() walks from its finger. */
    s = set_new(T, REF_NULL);
    for (int i = 0; i < 50; i++) set_add(T, s, I(i));
    for (int i = 0; i < 50; i += 3) set_discard(T, s, I(i));
    set_add(T, s, I(1000));
    set_add(T, s, I(77));
    assert_int_equal(set_size(s), 35);
    intptr_t pos = 0;
    Ref k, prev = REF_NULL;
    int n = 0;
    while (set_next(s, &pos, &k)) {
        if (!ref_is_null(prev) && n < 33) assert_true(as_i64(prev) < as_i64(k));
        prev = k;
        n++;
    }
    assert_int_equal(as_i64(prev), 1000);
    Ref p1 = set_pop(T, s), p2 = set_pop(T, s);
    assert_int_equal(as_i64(p1), 1);
    assert_int_equal(as_i64(p2), 2);
    obj_decref(s);
}

static void set_algebra_order(void **state) {
    Object *a = set_new(T, REF_NULL), *b = set_new(T, REF_NULL);
    set_add(T, a, I(1));
    set_add(T, a, I(2));
    set_add(T, a, I(3));
    set_add(T, b, I(3));
    set_add(T, b, I(4));
    set_add(T, b, I(100));
    Ref x = obj_binop(T, ref_from_obj(a), ref_from_obj(b), NB_XOR);
    static const int64_t expx[] = {1, 2, 100, 4};
    check_set_order(ref_obj(x), expx, 4);
    ref_close(x);
    obj_decref(a);
    obj_decref(b);
}

static void frozenset_hash_order_independent(void **state) {
    Object *a = set_new(T, REF_NULL), *b = set_new(T, REF_NULL);
    for (int i = 0; i < 20; i++) set_add(T, a, I(i * 13));
    for (int i = 19; i >= 0; i--) set_add(T, b, I(i * 13));
    Object *fa = frozenset_new(T, ref_from_obj(a)), *fb = frozenset_new(T, ref_from_obj(b));
    assert_true(obj_hash(T, ref_from_obj(fa)) == obj_hash(T, ref_from_obj(fb)));
    obj_decref(fa);
    obj_decref(fb);
    obj_decref(a);
    obj_decref(b);
}

/* ---- tuple, range, slice ----------------------------------------------------------- */

static void tuple_hash_equal(void **state) {
    Object *a = tuple_pack(T, 2, I(1), I(2));
    Ref big = int_from_i64(T, 1); /* may be tagged; equal either way */
    Object *b = tuple_pack(T, 2, big, I(2));
    assert_true(obj_hash(T, ref_from_obj(a)) == obj_hash(T, ref_from_obj(b)));
    /* CPython's value for hash((1, 2)). */
    assert_true(obj_hash(T, ref_from_obj(a)) == -3550055125485641917LL);
    assert_true(tuple_empty() == tuple_new(T, 0));
    obj_decref(a);
    obj_decref(b);
}

static void range_and_slices(void **state) {
    intptr_t start = 0, stop = 0, step = 0;
    Object *sl = slice_new(T, REF_NULL, REF_NULL, I(-2));
    assert_int_equal(slice_unpack(T, sl, &start, &stop, &step), 0);
    assert_int_equal(slice_adjust(10, &start, &stop, step), 5);
    assert_int_equal(start, 9);
    assert_int_equal(stop, -1);
    obj_decref(sl);
    Object *r = range_new(T, I(0), I(10), I(3));
    assert_int_equal(obj_len(T, ref_from_obj(r)), 4);
    assert_int_equal(obj_contains(T, ref_from_obj(r), I(9)), 1);
    assert_int_equal(obj_contains(T, ref_from_obj(r), I(8)), 0);
    Ref v = obj_getitem(T, ref_from_obj(r), I(-1));
    assert_int_equal(as_i64(v), 9);
    obj_decref(r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dict_order_after_deletes_and_resizes),
        cmocka_unit_test(dict_colliding_hashes),
        cmocka_unit_test(dict_version_changes),
        cmocka_unit_test(dict_update_errors),
        cmocka_unit_test(list_growth),
        cmocka_unit_test(list_sort_stable),
        cmocka_unit_test(set_probe_order),
        cmocka_unit_test(set_algebra_order),
        cmocka_unit_test(frozenset_hash_order_independent),
        cmocka_unit_test(tuple_hash_equal),
        cmocka_unit_test(range_and_slices),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
