/* Unit tests for ints: the tagged/heap boundary at +-2**62 (the edge of the 63-bit tag),
 * +-2**63 (int64) and +-2**64 (uint64). Arithmetic that crosses the boundary must come
 * back in the right form in both directions (results that fit are always tagged), and
 * comparison, hashing and conversions must not depend on the form. Expected hashes were
 * taken from CPython 3.11. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "spry.h"

static Thread *T;

static int setup(void **state) {
    runtime_init();
    T = interp_new();
    return T ? 0 : -1;
}

/* An int from decimal text (any size). */
static Ref N(const char *s) {
    Ref r = int_from_string(T, s, strlen(s), 10);
    assert_false(ref_is_null(r));
    return r;
}

static void assert_int_text(Ref r, const char *text) {
    assert_false(ref_is_null(r));
    Object *s = int_to_decimal_str(T, r);
    assert_non_null(s);
    assert_string_equal(str_utf8(T, s, NULL), text);
    obj_decref(s);
}

static void assert_tagged(Ref r, int64_t v) {
    assert_true(ref_is_int(r));
    assert_true(ref_int(r) == v);
}

static void assert_heap(Ref r) {
    assert_false(ref_is_null(r));
    assert_false(ref_is_int(r));
    assert_true(int_check_exact(r));
}

/* ---- tagging ------------------------------------------------------------------------ */

static void tag_range(void **state) {
    assert_tagged(int_from_i64(T, REF_INT_MAX), REF_INT_MAX);
    assert_tagged(int_from_i64(T, REF_INT_MIN), REF_INT_MIN);
    Ref over = int_from_i64(T, REF_INT_MAX + 1);   /* 2**62 */
    assert_heap(over);
    assert_int_text(over, "4611686018427387904");
    Ref under = int_from_i64(T, REF_INT_MIN - 1);  /* -2**62 - 1 */
    assert_heap(under);
    assert_int_text(under, "-4611686018427387905");
    assert_int_text(int_from_i64(T, INT64_MAX), "9223372036854775807");
    assert_int_text(int_from_i64(T, INT64_MIN), "-9223372036854775808");
    assert_int_text(int_from_u64(T, UINT64_MAX), "18446744073709551615");
    assert_tagged(int_from_u64(T, (uint64_t)REF_INT_MAX), REF_INT_MAX);
    ref_close(over);
    ref_close(under);
}

static void parsing_normalizes(void **state) {
    assert_tagged(N("4611686018427387903"), REF_INT_MAX);
    assert_tagged(N("-4611686018427387904"), REF_INT_MIN);
    assert_heap(N("4611686018427387904"));
    assert_heap(N("-4611686018427387905"));
    assert_tagged(N("000000000000000000000000000000000000042"), 42);
    assert_tagged(N("-0"), 0);
}

/* ---- arithmetic across the boundary ------------------------------------------------- */

static void add_sub_cross(void **state) {
    Ref max = ref_from_int(REF_INT_MAX), one = ref_from_int(1);
    Ref up = int_add(T, max, one);                  /* tagged -> heap */
    assert_heap(up);
    assert_int_text(up, "4611686018427387904");
    assert_tagged(int_sub(T, up, one), REF_INT_MAX); /* heap -> tagged */
    Ref min = ref_from_int(REF_INT_MIN);
    Ref down = int_sub(T, min, one);
    assert_heap(down);
    assert_tagged(int_add(T, down, one), REF_INT_MIN);
    /* Two heap operands giving a small result. */
    Ref a = N("18446744073709551617"), b = N("18446744073709551616");
    assert_tagged(int_sub(T, a, b), 1);
    assert_tagged(int_add(T, down, up), -1);
    ref_close(up);
    ref_close(down);
    ref_close(a);
    ref_close(b);
}

static void mul_cross(void **state) {
    Ref a = ref_from_int((int64_t)1 << 32), b = ref_from_int((int64_t)1 << 30);
    Ref p = int_mul(T, a, b);                       /* 2**62: just over */
    assert_heap(p);
    assert_int_text(p, "4611686018427387904");
    Ref q = int_mul(T, a, ref_from_int((int64_t)1 << 29));
    assert_tagged(q, (int64_t)1 << 61);
    Ref big = int_mul(T, p, p);                     /* 2**124 */
    assert_int_text(big, "21267647932558653966460912964485513216");
    assert_int_text(int_floordiv(T, big, p), "4611686018427387904");
    ref_close(p);
    ref_close(big);
}

static void neg_cross(void **state) {
    Ref min = ref_from_int(REF_INT_MIN);
    Ref n = int_neg(T, min);                        /* -(-2**62) = 2**62: heap */
    assert_heap(n);
    assert_tagged(int_neg(T, n), REF_INT_MIN);      /* and back */
    assert_heap(int_abs(T, min));
    assert_tagged(int_invert(T, ref_from_int(REF_INT_MAX)), REF_INT_MIN);
    ref_close(n);
}

static void floordiv_mod(void **state) {
    Ref p64 = N("18446744073709551616");
    Ref q = int_floordiv(T, p64, ref_from_int(8));  /* 2**61: tagged */
    assert_tagged(q, (int64_t)1 << 61);
    Ref q2 = int_floordiv(T, p64, ref_from_int(4)); /* 2**62: heap */
    assert_heap(q2);
    assert_tagged(int_mod(T, p64, ref_from_int(-3)), -2);   /* floor semantics */
    assert_tagged(int_floordiv(T, ref_from_int(-7), ref_from_int(2)), -4);
    assert_tagged(int_mod(T, ref_from_int(-7), ref_from_int(2)), 1);
    Ref neg = N("-18446744073709551617");
    assert_int_text(int_floordiv(T, neg, ref_from_int(2)), "-9223372036854775809");
    assert_tagged(int_mod(T, neg, ref_from_int(2)), 1);
    assert_true(ref_is_null(int_floordiv(T, p64, ref_from_int(0))));
    assert_true(err_matches(T, &exc_ZeroDivisionError));
    err_clear(T);
    ref_close(q2);
    ref_close(p64);
    ref_close(neg);
}

static void shifts_cross(void **state) {
    Ref one = ref_from_int(1);
    assert_tagged(int_lshift(T, one, ref_from_int(61)), (int64_t)1 << 61);
    Ref s62 = int_lshift(T, one, ref_from_int(62));
    assert_heap(s62);
    assert_tagged(int_rshift(T, s62, ref_from_int(1)), (int64_t)1 << 61);
    assert_tagged(int_lshift(T, ref_from_int(-1), ref_from_int(62)), REF_INT_MIN);
    assert_heap(int_lshift(T, ref_from_int(-1), ref_from_int(63)));
    assert_tagged(int_rshift(T, ref_from_int(-5), ref_from_int(1)), -3);
    assert_tagged(int_rshift(T, ref_from_int(-5), ref_from_int(1000)), -1);
    assert_tagged(int_rshift(T, N("-18446744073709551616"), ref_from_int(64)), -1);
    assert_true(ref_is_null(int_lshift(T, one, ref_from_int(-1))));
    assert_true(err_matches(T, &exc_ValueError));
    err_clear(T);
    ref_close(s62);
}

static void bitwise_negative(void **state) {
    Ref p64 = N("18446744073709551616");
    Ref m = int_neg(T, p64);
    assert_tagged(int_and(T, m, ref_from_int(0xff)), 0);
    assert_int_text(int_or(T, m, ref_from_int(1)), "-18446744073709551615");
    assert_int_text(int_xor(T, p64, ref_from_int(-1)), "-18446744073709551617");
    assert_int_text(int_and(T, int_sub(T, p64, ref_from_int(1)), ref_from_int(-1)),
                    "18446744073709551615");
    ref_close(p64);
    ref_close(m);
}

static void power(void **state) {
    Ref r = int_pow(T, ref_from_int(2), ref_from_int(62), REF_NULL);
    assert_heap(r);
    assert_tagged(int_pow(T, ref_from_int(2), ref_from_int(61), REF_NULL), (int64_t)1 << 61);
    assert_tagged(int_pow(T, ref_from_int(-2), ref_from_int(61), REF_NULL), -((int64_t)1 << 61));
    assert_int_text(int_pow(T, ref_from_int(-2), ref_from_int(62), REF_NULL), "4611686018427387904");
    assert_int_text(int_pow(T, ref_from_int(-2), ref_from_int(63), REF_NULL), "-9223372036854775808");
    assert_tagged(int_pow(T, ref_from_int(3), ref_from_int(-1), ref_from_int(7)), 5);
    assert_tagged(int_pow(T, ref_from_int(3), ref_from_int(-1), ref_from_int(-7)), -2);
    ref_close(r);
}

/* ---- comparison and hashing -------------------------------------------------------------- */

static void comparisons(void **state) {
    Ref p62 = N("4611686018427387904"), p64 = N("18446744073709551616");
    assert_int_equal(int_compare(ref_from_int(REF_INT_MAX), p62), -1);
    assert_int_equal(int_compare(p62, ref_from_int(REF_INT_MAX)), 1);
    assert_int_equal(int_compare(ref_from_int(REF_INT_MIN), N("-4611686018427387905")), 1);
    assert_int_equal(int_compare(p64, N("18446744073709551616")), 0);
    assert_int_equal(int_compare(int_neg(T, p64), ref_from_int(REF_INT_MIN)), -1);
    /* A heap int holding a small value compares equal to the tagged one. */
    Int *box = int_alloc(T);
    mpz_set_si(box->z, 5);
    Ref boxed = ref_from_obj(&box->ob);
    assert_int_equal(int_compare(boxed, ref_from_int(5)), 0);
    assert_int_equal(int_hash(boxed), 5);
    ref_close(boxed);
    ref_close(p62);
    ref_close(p64);
}

static void hashing(void **state) {
    static const struct { const char *v; int64_t h; } cases[] = {
        {"4611686018427387904", 2},   {"-4611686018427387904", -2},
        {"4611686018427387903", 1},   {"-4611686018427387905", -3},
        {"9223372036854775808", 4},   {"-9223372036854775808", -4},
        {"9223372036854775807", 3},   {"18446744073709551616", 8},
        {"-18446744073709551616", -8}, {"18446744073709551615", 7},
        {"2305843009213693951", 0},   {"2305843009213693952", 1},
        {"-1", -2},                   {"1267650600228229401496703205376", 549755813888},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Ref r = N(cases[i].v);
        assert_true(int_hash(r) == cases[i].h);
        ref_close(r);
    }
    /* Equal values hash equal whatever their form, floats included. */
    Ref p64 = N("18446744073709551616");
    assert_true(int_hash(p64) == float_hash(18446744073709551616.0));
    ref_close(p64);
}

/* ---- conversions ------------------------------------------------------------------- */

static void conversions(void **state) {
    Ref i63 = N("9223372036854775807"), p63 = N("9223372036854775808");
    assert_true(int_as_i64(T, i63) == INT64_MAX);
    assert_true(int_as_i64(T, N("-9223372036854775808")) == INT64_MIN);
    assert_true(int_as_i64(T, p63) == -1);
    assert_true(err_matches(T, &exc_OverflowError));
    err_clear(T);
    int overflow;
    int_as_i64_overflow(p63, &overflow);
    assert_int_equal(overflow, 1);
    int_as_i64_overflow(N("-9223372036854775809"), &overflow);
    assert_int_equal(overflow, -1);

    /* int -> float is correctly rounded (ties to even), negative values too. */
    assert_true(int_as_double(T, N("18446744073709551617")) == 18446744073709551616.0);
    assert_true(int_as_double(T, N("-9223372036854776833")) == -9223372036854777856.0);
    assert_true(int_as_double(T, N("9223372036854776832")) == 9223372036854775808.0);
    Ref huge = int_pow(T, ref_from_int(10), ref_from_int(400), REF_NULL);
    assert_true(int_as_double(T, huge) == -1.0 && err_matches(T, &exc_OverflowError));
    err_clear(T);
    ref_close(huge);

    /* float -> int at the boundaries. */
    assert_tagged(int_from_double(T, 4611686018427387904.0 - 1024.0), 4611686018427386880);
    assert_heap(int_from_double(T, 4611686018427387904.0));
    assert_tagged(int_from_double(T, -4611686018427387904.0), REF_INT_MIN);
    assert_int_text(int_from_double(T, 18446744073709551616.0), "18446744073709551616");
    assert_true(ref_is_null(int_from_double(T, INFINITY)));
    err_clear(T);

    /* True division rounds once, exactly. */
    Ref q = int_true_divide(T, N("9223372036854776833"), ref_from_int(1));
    assert_true(float_value(q) == 9223372036854777856.0);
    ref_close(q);
    ref_close(i63);
    ref_close(p63);
}

static void text_round_trip(void **state) {
    const char *texts[] = {"4611686018427387903", "4611686018427387904", "-4611686018427387904",
                           "-4611686018427387905", "9223372036854775808", "-18446744073709551616",
                           "340282366920938463463374607431768211456"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) assert_int_text(N(texts[i]), texts[i]);
    Object *hex = int_to_base_str(T, N("-18446744073709551616"), 16, true);
    assert_string_equal(str_utf8(T, hex, NULL), "-0x10000000000000000");
    obj_decref(hex);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tag_range),      cmocka_unit_test(parsing_normalizes),
        cmocka_unit_test(add_sub_cross),  cmocka_unit_test(mul_cross),
        cmocka_unit_test(neg_cross),      cmocka_unit_test(floordiv_mod),
        cmocka_unit_test(shifts_cross),   cmocka_unit_test(bitwise_negative),
        cmocka_unit_test(power),          cmocka_unit_test(comparisons),
        cmocka_unit_test(hashing),        cmocka_unit_test(conversions),
        cmocka_unit_test(text_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
