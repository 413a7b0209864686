/* Code images (runtime/modules/code_image.c): an image round-trips and runs; a damaged,
 * truncated or stale image (another instruction set) is refused with ImportError, never
 * decoded; and every image linked into libspry loads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "spry.h"
#include "modules/code_image.h"
#include "modules/frozen.h"

static Thread *T;

static int setup(void **state) {
    runtime_init();
    T = interp_new();
    return T ? 0 : -1;
}

/* A writable copy of the image of `src` compiled as a module. */
static uint8_t *image_of(const char *src, size_t *size) {
    Object *fn = str_from_cstr(T, "<image test>");
    Object *co = compile_source(T, src, strlen(src), fn, COMPILE_EXEC, 0);
    obj_decref(fn);
    assert_non_null(co);
    Object *img = code_image_build(T, co);
    obj_decref(co);
    assert_non_null(img);
    *size = (size_t)bytes_size(img);
    uint8_t *copy = malloc(*size);
    memcpy(copy, bytes_data(img), *size);
    obj_decref(img);
    return copy;
}

static void put_u32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}

/* Loading fails with ImportError naming `why`. */
static void assert_refused(const uint8_t *data, size_t size, const char *why) {
    Object *co = code_image_load(T, data, size, false);
    assert_null(co);
    assert_true(err_matches(T, &exc_ImportError));
    Ref exc = err_fetch(T);
    Ref msg = obj_str(T, exc);
    assert_false(ref_is_null(msg));
    const char *text = str_utf8_lossy(ref_obj(msg));
    if (!strstr(text, why)) fail_msg("message '%s' lacks '%s'", text, why);
    ref_close(msg);
    ref_close(exc);
}

static const char *SRC = "def twice(x):\n    return [x, x]\nresult = twice('ab' * 2), 10 ** 25\n";

static void round_trip_runs(void **state) {
    size_t size;
    uint8_t *img = image_of(SRC, &size);
    Object *co = code_image_load(T, img, size, false);
    assert_non_null(co);
    Object *g = dict_new(T);
    dict_set_cstr(T, g, "__builtins__", ref_from_obj(T->interp->builtins));
    Ref r = eval_code(T, co, g, g);
    assert_false(ref_is_null(r));
    ref_close(r);
    Ref result = dict_get_cstr(T, g, "result");
    Ref text = obj_repr(T, result);
    assert_string_equal(str_utf8_lossy(ref_obj(text)), "(['abab', 'abab'], 10000000000000000000000000)");
    ref_close(text);
    ref_close(result);
    obj_decref(g);
    obj_decref(co);
    free(img);
}

static void damaged_images_are_refused(void **state) {
    size_t size;
    uint8_t *img = image_of(SRC, &size);
    for (size_t i = CODE_IMAGE_HEADER_SIZE; i < size; i += 5) {
        img[i] ^= 0x21;
        assert_refused(img, size, "damaged");
        img[i] ^= 0x21;
    }
    assert_refused(img, size - 1, "truncated");
    assert_refused(img, 7, "not a code image");
    img[0] = 'X';
    assert_refused(img, size, "not a code image");
    free(img);
}

/* The header's magic differs, or (with a consistent header) the code record's. */
static void stale_images_are_refused(void **state) {
    size_t size;
    uint8_t *img = image_of(SRC, &size);
    uint8_t *stale = malloc(size);
    memcpy(stale, img, size);
    stale[4] ^= 1;
    assert_refused(stale, size, "another instruction set");
    memcpy(stale, img, size);
    /* the payload's first record is the module's code: 'c' | flag, then its magic */
    stale[CODE_IMAGE_HEADER_SIZE + 1] ^= 1;
    put_u32(stale + 12, (uint32_t)crc32(0, stale + CODE_IMAGE_HEADER_SIZE, (uInt)(size - CODE_IMAGE_HEADER_SIZE)));
    assert_refused(stale, size, "does not decode");
    free(stale);
    free(img);
}

/* The nested code object `name` of a module's code. */
static Code *nested_code(Object *module_code, const char *name) {
    Code *co = CODE(module_code);
    for (intptr_t i = 0; i < tuple_size(co->consts); i++) {
        Ref v = tuple_get(co->consts, i);
        if (ref_type_is(v, &code_type) && str_eq_cstr(CODE(ref_obj(v))->name, name)) return CODE(ref_obj(v));
    }
    fail_msg("no code object %s", name);
    return NULL;
}

/* Running loaded code quickens that code object only: the next load of the same image
 * starts from the code as compiled (image bytes are never written). */
static void each_load_has_fresh_quickening(void **state) {
    const char *src = "def hot(n):\n    x = 0\n    for i in range(n):\n        x = x + i\n    return x\n"
                      "for _ in range(50):\n    total = hot(100)\n";
    size_t size;
    uint8_t *img = image_of(src, &size);
    uint8_t *pristine = malloc(size);
    memcpy(pristine, img, size);
    Object *first = code_image_load(T, img, size, false);
    assert_non_null(first);
    Object *g = dict_new(T);
    dict_set_cstr(T, g, "__builtins__", ref_from_obj(T->interp->builtins));
    Ref r = eval_code(T, first, g, g);
    assert_false(ref_is_null(r));
    ref_close(r);
    Object *second = code_image_load(T, img, size, false);
    assert_non_null(second);
    Code *ran = nested_code(first, "hot"), *fresh = nested_code(second, "hot");
    assert_int_equal(ran->ob.ob_size, fresh->ob.ob_size);
    size_t nbytes = sizeof(CodeUnit) * (size_t)ran->ob.ob_size;
    assert_true(memcmp(ran->code, fresh->code, nbytes) != 0);  /* the run specialized */
    Object *fn = str_from_cstr(T, "<image test>");
    Object *compiled = compile_source(T, src, strlen(src), fn, COMPILE_EXEC, 0);
    assert_non_null(compiled);
    assert_memory_equal(nested_code(compiled, "hot")->code, fresh->code, nbytes);
    assert_memory_equal(img, pristine, size);
    obj_decref(fn);
    obj_decref(compiled);
    obj_decref(first);
    obj_decref(second);
    obj_decref(g);
    free(pristine);
    free(img);
}

static void linked_images_all_load(void **state) {
    size_t n = 0;
    for (const FrozenModule *m = frozen_modules; m->name; m++) n++;
    assert_int_equal(frozen_image_count, n);
    for (size_t i = 0; i < frozen_image_count; i++) {
        assert_string_equal(frozen_images[i].name, frozen_modules[i].name);
        Object *co = code_image_load(T, frozen_images[i].data, frozen_images[i].size, false);
        if (!co) fail_msg("image of %s does not load", frozen_images[i].name);
        obj_decref(co);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip_runs),
        cmocka_unit_test(damaged_images_are_refused),
        cmocka_unit_test(stale_images_are_refused),
        cmocka_unit_test(each_load_has_fresh_quickening),
        cmocka_unit_test(linked_images_all_load),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
