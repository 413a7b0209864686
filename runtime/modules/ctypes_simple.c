/* _ctypes fundamental values: reading and writing one C value of a fundamental code at an
 * address (the storage behind c_int(...).value, structure fields and array items), bit
 * fields, and the codes' sizes, alignments and libffi types. Conversions and messages are
 * CPython 3.11's: integers wrap silently as C casts do. */
#include <stdalign.h>
#include <string.h>
#include <wchar.h>

#include "modules/ctypes.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct SimpleCode {
    char code;
    unsigned char size, align;
    bool is_signed;              /* integer codes */
    ffi_type *ffi;
} SimpleCode;

#define SIMPLE_CODE(c, T, sgn, f) {c, sizeof(T), alignof(T), sgn, &f}
static const SimpleCode simple_codes[] = {
    SIMPLE_CODE('?', bool, false, ffi_type_uint8),
    SIMPLE_CODE('c', char, true, ffi_type_sint8),
    SIMPLE_CODE('u', wchar_t, true, ffi_type_sint32),
    SIMPLE_CODE('b', signed char, true, ffi_type_sint8),
    SIMPLE_CODE('B', unsigned char, false, ffi_type_uint8),
    SIMPLE_CODE('h', short, true, ffi_type_sint16),
    SIMPLE_CODE('H', unsigned short, false, ffi_type_uint16),
    SIMPLE_CODE('i', int, true, ffi_type_sint32),
    SIMPLE_CODE('I', unsigned int, false, ffi_type_uint32),
    SIMPLE_CODE('l', long, true, ffi_type_sint64),
    SIMPLE_CODE('L', unsigned long, false, ffi_type_uint64),
    SIMPLE_CODE('q', long long, true, ffi_type_sint64),
    SIMPLE_CODE('Q', unsigned long long, false, ffi_type_uint64),
    SIMPLE_CODE('f', float, false, ffi_type_float),
    SIMPLE_CODE('d', double, false, ffi_type_double),
    SIMPLE_CODE('g', long double, false, ffi_type_longdouble),
    SIMPLE_CODE('z', char *, false, ffi_type_pointer),
    SIMPLE_CODE('Z', wchar_t *, false, ffi_type_pointer),
    SIMPLE_CODE('P', void *, false, ffi_type_pointer),
};
#undef SIMPLE_CODE
_Static_assert(sizeof(long) == 8 && sizeof(int) == 4 && sizeof(wchar_t) == 4,
               "the code table assumes an LP64 platform with a 4-byte wchar_t");

static const SimpleCode *find_code(char c) {
    for (size_t i = 0; i < sizeof simple_codes / sizeof simple_codes[0]; i++)
        if (simple_codes[i].code == c) return &simple_codes[i];
    return NULL;
}

bool ct_simple_layout(char code, size_t *size, size_t *align) {
    const SimpleCode *sc = find_code(code);
    if (!sc) return false;
    *size = sc->size;
    *align = sc->align;
    return true;
}

ffi_type *ct_simple_ffi(char code) {
    const SimpleCode *sc = find_code(code);
    return sc ? sc->ffi : NULL;
}

static bool is_integer_code(char c) { return strchr("bBhHiIlLqQ", c) != NULL; }

/* The code argument: a one-character str naming a known code. */
static const SimpleCode *code_arg(Thread *t, Ref v) {
    if (str_check(v) && str_len(ref_obj(v)) == 1) {
        const SimpleCode *sc = find_code((char)str_char_at(ref_obj(v), 0));
        if (sc && sc->code) return sc;
    }
    err_format(t, &exc_ValueError, "unknown ctypes type code %R", v);
    return NULL;
}

/* ---- reading ------------------------------------------------------------------------------ */

static uint64_t load_bits(const char *p, size_t size) {
    switch (size) {
    case 1: return *(const uint8_t *)p;
    case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
    case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
    }
}

static void store_bits(char *p, size_t size, uint64_t v) {
    switch (size) {
    case 1: *(uint8_t *)p = (uint8_t)v; break;
    case 2: { uint16_t w = (uint16_t)v; memcpy(p, &w, 2); break; }
    case 4: { uint32_t w = (uint32_t)v; memcpy(p, &w, 4); break; }
    default: memcpy(p, &v, 8); break;
    }
}

/* An integer of `size` bytes whose bits are `v`, sign-extended from bit `nbits`. */
static Ref int_of_bits(Thread *t, uint64_t v, unsigned nbits, bool is_signed) {
    if (nbits < 64) v &= ((uint64_t)1 << nbits) - 1;
    if (is_signed) {
        if (nbits < 64 && (v >> (nbits - 1)) & 1) v |= ~(uint64_t)0 << nbits;
        return int_from_i64(t, (int64_t)v);
    }
    return int_from_u64(t, v);
}

static Ref get_value(Thread *t, const SimpleCode *sc, const char *p) {
    if (is_integer_code(sc->code)) return int_of_bits(t, load_bits(p, sc->size), sc->size * 8u, sc->is_signed);
    switch (sc->code) {
    case '?': return ref_from_bool(*(const bool *)p);
    case 'c': {
        Object *b = bytes_from(t, p, 1);
        return b ? ref_from_obj(b) : REF_NULL;
    }
    case 'u': {
        uint32_t c;
        memcpy(&c, p, 4);
        if (c > 0x10FFFF) return err_format(t, &exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", c);
        Object *s = str_from_char(t, c);
        return s ? ref_from_obj(s) : REF_NULL;
    }
    case 'f': { float f; memcpy(&f, p, sizeof f); return float_from_double(t, f); }
    case 'd': { double d; memcpy(&d, p, sizeof d); return float_from_double(t, d); }
    case 'g': { long double d; memcpy(&d, p, sizeof d); return float_from_double(t, (double)d); }
    default: break;
    }
    char *ptr;
    memcpy(&ptr, p, sizeof ptr);
    if (!ptr) return ref_dup(REF_NONE);
    if (sc->code == 'P') return ct_address_ref(t, ptr);
    Object *r = NULL;
    if (sc->code == 'z') {
        r = bytes_from(t, ptr, (intptr_t)strlen(ptr));
    } else {
        const wchar_t *w = (const wchar_t *)ptr;
        r = str_from_ucs4(t, (const uint32_t *)w, (intptr_t)wcslen(w));
    }
    return r ? ref_from_obj(r) : REF_NULL;
}

Ref ct_load_value(Thread *t, char code, const char *p) {
    const SimpleCode *sc = find_code(code);
    if (!sc) return err_format(t, &exc_ValueError, "unknown ctypes type code '%c'", code);
    return get_value(t, sc, p);
}

/* get(code, address) -> the Python value of the C value there. */
FN(ct_get) {
    char *p;
    if (!args_count(t, "get", nargs, kw, 2, 2)) return REF_NULL;
    const SimpleCode *sc = code_arg(t, args[0]);
    if (!sc || !ct_address(t, args[1], &p)) return REF_NULL;
    if (!p) return err_set(t, &exc_ValueError, "NULL pointer access");
    return get_value(t, sc, p);
}

/* ---- writing ------------------------------------------------------------------------------ */

static bool real_arg(Thread *t, Ref v, double *out) {
    Type *tp = ref_type(v);
    if (!float_check(v) && !int_check(v) && !tp->float_ && !tp->index) {
        err_format(t, &exc_TypeError, "must be real number, not %T", v);
        return false;
    }
    *out = float_as_double(t, v);
    return !(*out == -1.0 && err_occurred(t));
}

/* A NUL-terminated wchar_t copy of str s, in a new Memory block. */
static Ref wide_copy(Thread *t, Object *s, char **data) {
    intptr_t n = str_len(s);
    CtMemory *m = ct_memory_new(t, (n + 1) * (intptr_t)sizeof(wchar_t));
    if (!m) return REF_NULL;
    wchar_t *w = (wchar_t *)m->data;
    for (intptr_t i = 0; i < n; i++) w[i] = (wchar_t)str_char_at(s, i);
    *data = m->data;
    return ref_from_obj(&m->ob);
}

/* Stores a pointer-typed value; *keep gets the object the pointer points into (or None). */
static bool set_pointer(Thread *t, const SimpleCode *sc, char *p, Ref v, Ref *keep) {
    char *ptr = NULL;
    *keep = ref_dup(REF_NONE);
    if (ref_is_none(v)) {
        /* NULL */
    } else if (int_check(v)) {
        if (!ct_address(t, v, &ptr)) return false;
    } else if (sc->code == 'z' && bytes_check(v)) {
        ptr = bytes_data(ref_obj(v));
        *keep = ref_dup(v);
    } else if (sc->code == 'Z' && str_check(v)) {
        *keep = wide_copy(t, ref_obj(v), &ptr);
        if (ref_is_null(*keep)) return false;
    } else {
        if (sc->code == 'z')
            err_format(t, &exc_TypeError, "bytes or integer address expected instead of %T instance", v);
        else if (sc->code == 'Z')
            err_format(t, &exc_TypeError, "unicode string or integer address expected instead of %T instance", v);
        else
            err_set(t, &exc_TypeError, "cannot be converted to pointer");
        return false;
    }
    memcpy(p, &ptr, sizeof ptr);
    return true;
}

/* Stores v at p as the code's C type; *keep as for set_pointer. */
static bool set_value(Thread *t, const SimpleCode *sc, char *p, Ref v, Ref *keep) {
    *keep = ref_dup(REF_NONE);
    if (is_integer_code(sc->code)) {
        uint64_t u;
        if (!ct_uint64(t, v, &u)) return false;
        store_bits(p, sc->size, u);
        return true;
    }
    double d;
    switch (sc->code) {
    case '?': {
        int truth = obj_truthy(t, v);
        if (truth < 0) return false;
        *(bool *)p = truth != 0;
        return true;
    }
    case 'c': {
        ByteView bv;
        if ((bytes_check(v) || bytearray_check(v)) && bytes_view(v, &bv) && bv.len == 1) {
            *p = bv.data[0];
            return true;
        }
        if (int_check(v)) {
            int ov = 0;
            int64_t x = int_as_i64_overflow(v, &ov);
            if (!ov && x >= 0 && x < 256) {
                *p = (char)x;
                return true;
            }
        }
        err_set(t, &exc_TypeError, "one character bytes, bytearray or integer expected");
        return false;
    }
    case 'u': {
        if (!str_check(v)) {
            err_format(t, &exc_TypeError, "unicode string expected instead of %T instance", v);
            return false;
        }
        if (str_len(ref_obj(v)) != 1) {
            err_set(t, &exc_TypeError, "one character unicode string expected");
            return false;
        }
        wchar_t w = (wchar_t)str_char_at(ref_obj(v), 0);
        memcpy(p, &w, sizeof w);
        return true;
    }
    case 'f':
        if (!real_arg(t, v, &d)) return false;
        { float f = (float)d; memcpy(p, &f, sizeof f); }
        return true;
    case 'd':
        if (!real_arg(t, v, &d)) return false;
        memcpy(p, &d, sizeof d);
        return true;
    case 'g':
        if (!real_arg(t, v, &d)) return false;
        { long double ld = d; memcpy(p, &ld, sizeof ld); }
        return true;
    default:
        ref_close(*keep);
        return set_pointer(t, sc, p, v, keep);
    }
}

bool ct_store_value(Thread *t, char code, char *p, Ref v, Ref *keep) {
    const SimpleCode *sc = find_code(code);
    if (!sc) {
        *keep = REF_NULL;
        err_format(t, &exc_ValueError, "unknown ctypes type code '%c'", code);
        return false;
    }
    return set_value(t, sc, p, v, keep);
}

/* set(code, address, value) -> the object the stored pointer points into, or None; the
 * caller keeps it alive as long as the memory holds the pointer. */
FN(ct_set) {
    char *p;
    if (!args_count(t, "set", nargs, kw, 3, 3)) return REF_NULL;
    const SimpleCode *sc = code_arg(t, args[0]);
    if (!sc || !ct_address(t, args[1], &p)) return REF_NULL;
    if (!p) return err_set(t, &exc_ValueError, "NULL pointer access");
    Ref keep;
    if (!set_value(t, sc, p, args[2], &keep)) {
        ref_close(keep);
        return REF_NULL;
    }
    return keep;
}

/* ---- bit fields ---------------------------------------------------------------------------- */

/* The arguments (code, address, first bit, number of bits) of getbits/setbits. */
static const SimpleCode *bits_args(Thread *t, const Ref *args, char **p, unsigned *first, unsigned *nbits) {
    const SimpleCode *sc = code_arg(t, args[0]);
    intptr_t f, n;
    if (!sc || !ct_address(t, args[1], p) || !arg_ssize(t, args[2], &f) || !arg_ssize(t, args[3], &n)) return NULL;
    if (!(is_integer_code(sc->code) || sc->code == '?' || sc->code == 'c') || n < 1 || f < 0 || f + n > sc->size * 8)
        return (const SimpleCode *)ref_obj(err_set(t, &exc_ValueError, "number of bits invalid for bit field"));
    *first = (unsigned)f;
    *nbits = (unsigned)n;
    return sc;
}

/* getbits(code, address, first, nbits): bits [first, first+nbits) of the storage unit. */
FN(ct_getbits) {
    char *p;
    unsigned first, nbits;
    if (!args_count(t, "getbits", nargs, kw, 4, 4)) return REF_NULL;
    const SimpleCode *sc = bits_args(t, args, &p, &first, &nbits);
    if (!sc) return REF_NULL;
    uint64_t v = load_bits(p, sc->size) >> first;
    if (sc->code == '?') return ref_from_bool((v & 1) != 0);
    return int_of_bits(t, v, nbits, sc->is_signed);
}

FN(ct_setbits) {
    char *p;
    unsigned first, nbits;
    uint64_t u;
    if (!args_count(t, "setbits", nargs, kw, 5, 5)) return REF_NULL;
    const SimpleCode *sc = bits_args(t, args, &p, &first, &nbits);
    if (!sc || !ct_uint64(t, args[4], &u)) return REF_NULL;
    uint64_t mask = (nbits < 64 ? ((uint64_t)1 << nbits) - 1 : ~(uint64_t)0) << first;
    uint64_t old = load_bits(p, sc->size);
    store_bits(p, sc->size, (old & ~mask) | ((u << first) & mask));
    return ref_dup(REF_NONE);
}

/* layout(code) -> (size, alignment). */
FN(ct_layout) {
    if (!args_count(t, "layout", nargs, kw, 1, 1)) return REF_NULL;
    const SimpleCode *sc = code_arg(t, args[0]);
    if (!sc) return REF_NULL;
    Object *r = tuple_pack(t, 2, ref_from_int(sc->size), ref_from_int(sc->align));
    return r ? ref_from_obj(r) : REF_NULL;
}

/* ---- results narrower than a register ------------------------------------------------------ */

void ct_narrow_result(const ffi_type *type, const void *word, void *p) {
    ffi_arg a;
    memcpy(&a, word, sizeof a);
    switch (type->type) {
    case FFI_TYPE_UINT8: case FFI_TYPE_SINT8: { uint8_t v = (uint8_t)a; memcpy(p, &v, 1); break; }
    case FFI_TYPE_UINT16: case FFI_TYPE_SINT16: { uint16_t v = (uint16_t)a; memcpy(p, &v, 2); break; }
    case FFI_TYPE_UINT32: case FFI_TYPE_SINT32: case FFI_TYPE_INT: { uint32_t v = (uint32_t)a; memcpy(p, &v, 4); break; }
    default: memcpy(p, word, type->size); break;
    }
}

void ct_widen_result(const ffi_type *type, const void *p, void *word) {
    ffi_arg a;
    switch (type->type) {
    case FFI_TYPE_UINT8: a = *(const uint8_t *)p; break;
    case FFI_TYPE_SINT8: a = (ffi_arg)(ffi_sarg) * (const int8_t *)p; break;
    case FFI_TYPE_UINT16: { uint16_t v; memcpy(&v, p, 2); a = v; break; }
    case FFI_TYPE_SINT16: { int16_t v; memcpy(&v, p, 2); a = (ffi_arg)(ffi_sarg)v; break; }
    case FFI_TYPE_UINT32: { uint32_t v; memcpy(&v, p, 4); a = v; break; }
    case FFI_TYPE_SINT32: case FFI_TYPE_INT: { int32_t v; memcpy(&v, p, 4); a = (ffi_arg)(ffi_sarg)v; break; }
    default: memcpy(word, p, type->size); return;
    }
    memcpy(word, &a, sizeof a);
}

const MethodDef ct_simple_functions[] = {
    {"get", ct_get, 0, NULL},
    {"set", ct_set, 0, NULL},
    {"getbits", ct_getbits, 0, NULL},
    {"setbits", ct_setbits, 0, NULL},
    {"layout", ct_layout, 0, NULL},
    {NULL, NULL, 0, NULL},
};
