/* Code images (see code_image.h): the header guards the marshalled payload. The CRC
 * catches a damaged image before any of it is decoded; the magic, an image from another
 * instruction set. */
#include <string.h>
#include <zlib.h>

#include "code_image_magic.h"
#include "modules/code_image.h"
#include "modules/marshal.h"
#include "spry.h"

static void put_u32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}

static uint32_t get_u32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

Object *code_image_build(Thread *t, Object *code) {
    Object *payload = marshal_dumps(t, ref_from_obj(code), MARSHAL_VERSION);
    if (!payload) return NULL;
    size_t n = (size_t)bytes_size(payload);
    Object *img = n <= UINT32_MAX ? bytes_new_uninit(t, (intptr_t)(CODE_IMAGE_HEADER_SIZE + n)) : NULL;
    if (img) {
        uint8_t *p = (uint8_t *)bytes_data(img);
        memcpy(p, "SPCI", 4);
        put_u32(p + 4, CODE_IMAGE_MAGIC);
        put_u32(p + 8, (uint32_t)n);
        put_u32(p + 12, (uint32_t)crc32(0, (const Bytef *)bytes_data(payload), (uInt)n));
        memcpy(p + CODE_IMAGE_HEADER_SIZE, bytes_data(payload), n);
    } else if (!err_occurred(t)) {
        err_set(t, &exc_OverflowError, "code image too large");
    }
    obj_decref(payload);
    return img;
}

Object *code_image_load(Thread *t, const uint8_t *data, size_t size, bool linked) {
    const char *problem = NULL;
    if (size < CODE_IMAGE_HEADER_SIZE || memcmp(data, "SPCI", 4) != 0) problem = "not a code image";
    else if (get_u32(data + 4) != CODE_IMAGE_MAGIC) problem = "made for another instruction set";
    else if (get_u32(data + 8) != size - CODE_IMAGE_HEADER_SIZE) problem = "truncated";
    else if (!linked && get_u32(data + 12) != (uint32_t)crc32(0, data + CODE_IMAGE_HEADER_SIZE,
                                                   (uInt)(size - CODE_IMAGE_HEADER_SIZE)))
        problem = "damaged";
    if (problem) {
        err_format(t, &exc_ImportError, "bad code image (%s)", problem);
        return NULL;
    }
    Ref v = marshal_loads(t, data + CODE_IMAGE_HEADER_SIZE, size - CODE_IMAGE_HEADER_SIZE,
                          linked ? MARSHAL_TRUSTED : 0, NULL);
    if (ref_is_null(v)) {
        err_clear(t);
        err_set(t, &exc_ImportError, "bad code image (payload does not decode)");
        return NULL;
    }
    if (!ref_type_is(v, &code_type)) {
        ref_close(v);
        err_set(t, &exc_ImportError, "bad code image (not a code object)");
        return NULL;
    }
    return ref_obj(v);
}
