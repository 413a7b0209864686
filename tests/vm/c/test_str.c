/* Unit tests for objects/str*.c, codecs.c and unicode_db.c: canonical kinds, interning,
 * hashing across kinds, the UTF-8 cache, slicing, str_from_format, repr, codecs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "spry.h"
#include "objects/unicode_db.h"

static Thread *T;

static int setup(void **state) {
    runtime_init();
    T = interp_new();
    return T ? 0 : -1;
}

static Object *u8(const char *s) {
    Object *o = str_from_cstr(T, s);
    assert_non_null(o);
    return o;
}

static void assert_text(Object *s, const char *utf8) {
    intptr_t n;
    const char *p = str_utf8(T, s, &n);
    assert_non_null(p);
    assert_string_equal(p, utf8);
    assert_int_equal(n, (intptr_t)strlen(utf8));
}

static void test_kinds(void **state) {
    Object *a = u8("abc"), *l = u8("caf\xc3\xa9"), *b = u8("\xe2\x82\xac"), *c = u8("\xf0\x9f\x98\x80");
    assert_int_equal(STR(a)->kind, 1);
    assert_true(STR(a)->ascii);
    assert_ptr_equal(STR(a)->utf8, str_data(a));  /* ASCII: utf8 is the data itself */
    assert_int_equal(STR(l)->kind, 1);
    assert_false(STR(l)->ascii);
    assert_int_equal(str_len(l), 4);
    assert_int_equal(STR(b)->kind, 2);
    assert_int_equal(str_char_at(b, 0), 0x20ac);
    assert_int_equal(STR(c)->kind, 4);
    assert_int_equal(str_char_at(c, 0), 0x1f600);
    /* NUL-terminated in its kind */
    assert_int_equal(str_read(STR(b)->kind, str_data(b), 1), 0);
    /* construction from UCS-4 narrows to the canonical kind */
    uint32_t cps[3] = {'x', 0xe9, 'y'};
    Object *n = str_from_ucs4(T, cps, 3);
    assert_int_equal(STR(n)->kind, 1);
    assert_false(STR(n)->ascii);
    Object *e = str_from_ucs4(T, cps, 0);
    assert_ptr_equal(e, str_empty());
    obj_decref(a);
    obj_decref(l);
    obj_decref(b);
    obj_decref(c);
    obj_decref(n);
}

static void test_single_chars_cached(void **state) {
    Object *x = u8("x"), *y = str_from_char(T, 'x'), *z = str_from_latin1(T, "\xe9", 1);
    assert_ptr_equal(x, y);
    assert_ptr_equal(z, str_from_char(T, 0xe9));
    assert_true(obj_is_immortal(x));
    assert_int_equal(str_char_at(x, 0), 'x');
}

static void test_interning(void **state) {
    Object *a = str_intern_cstr(T, "some_name");
    Object *b = str_intern(T, u8("some_name"));
    assert_ptr_equal(a, b);
    /* names of ID() identifiers intern to the process-wide immortal object */
    Object *i = str_intern_cstr(T, "__init__");
    assert_ptr_equal(i, ID(__init__));
    assert_true(obj_is_immortal(i));
    obj_decref(a);
    obj_decref(b);
}

static void test_hash_across_kinds(void **state) {
    uint32_t cps[4] = {'c', 'a', 'f', 0xe9};
    Object *a = str_from_ucs4(T, cps, 4), *b = u8("caf\xc3\xa9"), *c = str_from_latin1(T, "caf\xe9", 4);
    assert_true(str_eq(a, b));
    assert_true(str_eq(b, c));
    assert_int_equal(str_hash(a), str_hash(b));
    assert_int_equal(str_hash(b), str_hash(c));
    assert_true(str_hash(a) != -1);
    /* a UCS-2 string sliced down to latin-1 content equals the latin-1 string */
    Object *w = u8("\xe2\x82\xac" "caf\xc3\xa9");
    Object *s = str_substr(T, w, 1, 5);
    assert_int_equal(STR(s)->kind, 1);
    assert_true(str_eq(s, b));
    assert_int_equal(str_hash(s), str_hash(b));
    Object *x = u8("abc"), *y = u8("abd");
    assert_int_equal(str_compare(x, y), -1);
    assert_int_equal(str_compare(w, x), 1);
    assert_true(str_eq_cstr(x, "abc"));
    for (Object **p = (Object *[]){a, b, c, w, s, x, y, NULL}; *p; p++) obj_decref(*p);
}

static void test_utf8_cache(void **state) {
    Object *s = u8("\xe2\x82\xac" "x");
    intptr_t n1, n2;
    const char *p1 = str_utf8(T, s, &n1), *p2 = str_utf8(T, s, &n2);
    assert_ptr_equal(p1, p2);
    assert_int_equal(n1, 4);
    assert_string_equal(p1, "\xe2\x82\xac" "x");
    obj_decref(s);
    /* lone surrogates: strict UTF-8 fails with UnicodeEncodeError, lossy works */
    uint32_t sur[2] = {'a', 0xd800};
    Object *z = str_from_ucs4(T, sur, 2);
    assert_null(str_utf8(T, z, NULL));
    assert_true(err_matches(T, &exc_UnicodeEncodeError));
    err_clear(T);
    assert_string_equal(str_utf8_lossy(z), "a\xed\xa0\x80");
    assert_null(str_utf8(T, z, NULL));
    err_clear(T);
    obj_decref(z);
}

static void test_slicing(void **state) {
    Object *s = u8("\xf0\x9f\x98\x80" "ab\xe2\x82\xac");
    Object *a = str_substr(T, s, 1, 3);
    assert_int_equal(STR(a)->kind, 1);
    assert_true(STR(a)->ascii);
    assert_text(a, "ab");
    Object *b = str_substr(T, s, 2, 4);
    assert_int_equal(STR(b)->kind, 2);
    assert_text(b, "b\xe2\x82\xac");
    Object *c = str_concat(T, a, b);
    assert_int_equal(STR(c)->kind, 2);
    assert_text(c, "abb\xe2\x82\xac");
    Object *e = str_substr(T, s, 3, 1);
    assert_ptr_equal(e, str_empty());
    for (Object **p = (Object *[]){s, a, b, c, NULL}; *p; p++) obj_decref(*p);
}

static void test_from_format(void **state) {
    Object *name = u8("n\xc3\xa9");
    Object *o = str_from_format(T, "%d|%5d|%-3d|%zd|%x|%c|%s|%.2s|%U|%N|%T|%R|%S|%%|%i",
                                -7, 42, 1, (intptr_t)123456789012, 255, 0x20ac, "txt", "abc",
                                name, &int_type, ref_from_int(3), ref_from_obj(name),
                                ref_from_obj(name), 9);
    assert_non_null(o);
    assert_text(o, "-7|   42|1  |123456789012|ff|\xe2\x82\xac|txt|ab|n\xc3\xa9|int|int|'n\xc3\xa9'|n\xc3\xa9|%|9");
    obj_decref(o);
    obj_decref(name);
}

static void test_repr(void **state) {
    Object *s = u8("it's\n\x01\xc3\xa9\xe2\x80\xa8");
    Object *r = str_repr(T, s);
    assert_text(r, "\"it's\\n\\x01\xc3\xa9\\u2028\"");
    Object *a = str_repr_ex(T, s, true);
    assert_text(a, "\"it's\\n\\x01\\xe9\\u2028\"");
    obj_decref(s);
    obj_decref(r);
    obj_decref(a);
}

static void test_codecs(void **state) {
    Object *s = codecs_decode(T, "\xc3\xa9t\xc3\xa9", 5, "UTF8", NULL);
    assert_non_null(s);
    assert_int_equal(str_len(s), 3);
    Object *b = codecs_encode(T, s, "latin1", NULL);
    assert_int_equal(bytes_size(b), 3);
    assert_memory_equal(bytes_data(b), "\xe9t\xe9", 3);
    assert_null(codecs_encode(T, s, "ascii", "strict"));
    assert_true(err_matches(T, &exc_UnicodeEncodeError));
    err_clear(T);
    assert_null(codecs_decode(T, "\xff", 1, "utf-8", NULL));
    assert_true(err_matches(T, &exc_UnicodeDecodeError));
    err_clear(T);
    assert_null(codecs_decode(T, "x", 1, "no-such-codec", NULL));
    assert_true(err_matches(T, &exc_LookupError));
    err_clear(T);
    Object *r = codecs_decode(T, "a\xff", 2, "utf-8", "replace");
    assert_text(r, "a\xef\xbf\xbd");
    obj_decref(s);
    obj_decref(b);
    obj_decref(r);
}

static void test_builder_and_unicode_db(void **state) {
    StrBuilder b;
    str_builder_init(&b);
    assert_true(str_builder_put_cstr(T, &b, "ab"));
    assert_true(str_builder_putc(T, &b, 0x1f600));
    assert_true(str_builder_repeat(T, &b, 'z', 2));
    Object *s = str_builder_finish(T, &b);
    assert_int_equal(STR(s)->kind, 4);
    assert_int_equal(str_len(s), 5);
    obj_decref(s);
    uint32_t out[3];
    assert_int_equal(unicode_to_upper(0xdf, out), 2);  /* 'ß'.upper() == 'SS' */
    assert_int_equal(out[0], 'S');
    assert_true(unicode_isspace(0x3000));
    assert_false(unicode_isprintable(0x2028));
    assert_int_equal(unicode_decimal(0x661), 1);
    assert_string_equal(unicode_category('A'), "Lu");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_single_chars_cached),
        cmocka_unit_test(test_interning),
        cmocka_unit_test(test_hash_across_kinds),
        cmocka_unit_test(test_utf8_cache),
        cmocka_unit_test(test_slicing),
        cmocka_unit_test(test_from_format),
        cmocka_unit_test(test_repr),
        cmocka_unit_test(test_codecs),
        cmocka_unit_test(test_builder_and_unicode_db),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
