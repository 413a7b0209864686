/* The struct module (implemented as _struct in CPython): packing Python values into C
 * structs laid out as bytes. Every format character, the byte orders @ = < > !, native
 * alignment, Struct objects and struct.error, with CPython 3.11's messages. */
#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "modules/modules.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

Type exc_StructError = {
    TYPE_HEAD_INIT,
    .tp_name = "struct.error",
    .tp_basicsize = sizeof(BaseExc),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_BASE_EXC_SUBCLASS,
    .tp_dictoffset = offsetof(BaseExc, dict),
    .tp_base = &exc_Exception,
};

static Ref serr(Thread *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static Ref serr(Thread *t, const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return err_set(t, &exc_StructError, buf);
}

/* ---- format parsing ---------------------------------------------------------------------- */

typedef struct Item {
    char code;
    intptr_t offset;
    intptr_t size; /* item size; for 's' and 'p' the string length */
} Item;

typedef struct StructObj {
    Object ob;
    Item *items;
    intptr_t nitems; /* packed values (every item is one) */
    intptr_t size;
    char order; /* '@' native, '=' standard native-order, '<' little, '>' big */
    Object *format; /* str */
} StructObj;

/* Size and alignment of a format character in the given mode; 0 size: bad char. */
static int code_size(char order, char c, intptr_t *align) {
    bool native = order == '@';
    int s = 0;
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': s = 1; break;
    case 'h': case 'H': case 'e': s = 2; break;
    case 'i': case 'I': case 'f': s = 4; break;
    case 'l': case 'L': s = native ? (int)sizeof(long) : 4; break;
    case 'q': case 'Q': case 'd': s = 8; break;
    case 'n': case 'N': s = native ? (int)sizeof(size_t) : 0; break;
    case 'P': s = native ? (int)sizeof(void *) : 0; break;
    default: s = 0;
    }
    *align = native ? s : 1;
    return s;
}

static bool isdigit_c(char c) { return c >= '0' && c <= '9'; }

/* Parses fmt into st (items allocated with mem_alloc). false with struct.error set. */
static bool parse_format(Thread *t, const char *fmt, intptr_t flen, StructObj *st) {
    intptr_t i = 0;
    char order = '@';
    if (flen > 0 && strchr("@=<>!", fmt[0])) {
        order = fmt[0] == '!' ? '>' : fmt[0];
        i = 1;
    }
    if (order == '=') order = '='; /* standard sizes, native (little-endian) order */
    /* pass 1: count items and size */
    intptr_t size = 0, nitems = 0;
    for (int pass = 0; pass < 2; pass++) {
        size = 0;
        nitems = 0;
        for (intptr_t k = i; k < flen;) {
            char c = fmt[k];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
                k++;
                continue;
            }
            intptr_t num = 1;
            if (isdigit_c(c)) {
                num = 0;
                while (k < flen && isdigit_c(fmt[k])) {
                    if (num >= (INTPTR_MAX - 9) / 10) {
                        serr(t, "total struct size too long");
                        return false;
                    }
                    num = num * 10 + (fmt[k] - '0');
                    k++;
                }
                if (k >= flen) {
                    serr(t, "repeat count given without format specifier");
                    return false;
                }
                c = fmt[k];
            }
            k++;
            intptr_t align;
            int isz = code_size(order, c, &align);
            if (isz == 0) {
                serr(t, "bad char in struct format");
                return false;
            }
            if (align > 1) size = (size + align - 1) / align * align;
            if (c == 's' || c == 'p') {
                if (pass == 1) {
                    st->items[nitems].code = c;
                    st->items[nitems].offset = size;
                    st->items[nitems].size = num;
                }
                nitems++;
                if (size > INTPTR_MAX / 2 - num) {
                    serr(t, "total struct size too long");
                    return false;
                }
                size += num;
            } else if (c == 'x') {
                if (size > INTPTR_MAX / 2 - num) {
                    serr(t, "total struct size too long");
                    return false;
                }
                size += num;
            } else {
                if (num > (INTPTR_MAX / 2 - size) / isz) {
                    serr(t, "total struct size too long");
                    return false;
                }
                for (intptr_t r = 0; r < num; r++) {
                    if (pass == 1) {
                        st->items[nitems].code = c;
                        st->items[nitems].offset = size;
                        st->items[nitems].size = isz;
                    }
                    nitems++;
                    size += isz;
                }
            }
        }
        if (pass == 0) {
            st->items = mem_alloc(t, (size_t)(nitems ? nitems : 1) * sizeof(Item));
            if (!st->items) return false;
        }
    }
    st->nitems = nitems;
    st->size = size;
    st->order = order;
    return true;
}

/* ---- packing ------------------------------------------------------------------------------- */

static bool little_order(char order) { return order != '>'; }

static void put_uint(char *p, uint64_t v, intptr_t n, bool little) {
    for (intptr_t i = 0; i < n; i++) {
        intptr_t at = little ? i : n - 1 - i;
        p[at] = (char)(v & 0xff);
        v >>= 8;
    }
}

static uint64_t get_uint(const unsigned char *p, intptr_t n, bool little) {
    uint64_t v = 0;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t at = little ? n - 1 - i : i;
        v = (v << 8) | p[at];
    }
    return v;
}

/* The int value of v (via __index__) in an mpz; false with struct.error / other set. */
static bool get_int(Thread *t, Ref v, mpz_t z) {
    Ref iv;
    if (int_check(v)) {
        iv = ref_dup(v);
    } else {
        iv = obj_index(t, v);
        if (ref_is_null(iv)) {
            if (err_matches(t, &exc_TypeError)) {
                err_clear(t);
                serr(t, "required argument is not an integer");
            }
            return false;
        }
    }
    int_to_mpz(iv, z);
    ref_close(iv);
    return true;
}

static int pack_half(Thread *t, double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    x = fabs(x);
    if (x == 0) {
        *out = sign;
        return 0;
    }
    int e;
    double f = frexp(x, &e); /* x = f * 2**e, 0.5 <= f < 1 */
    e -= 1;                  /* x = (2f) * 2**e, 1 <= 2f < 2 */
    if (e < -14) {
        double m = nearbyint(ldexp(x, 24));
        *out = sign | (uint16_t)m;
        return 0;
    }
    double m = nearbyint((2 * f - 1) * 1024);
    if (m >= 1024) {
        m = 0;
        e++;
    }
    if (e > 15) {
        err_set(t, &exc_OverflowError, "float too large to pack with e format");
        return -1;
    }
    *out = sign | (uint16_t)((e + 15) << 10) | (uint16_t)m;
    return 0;
}

static double unpack_half(uint16_t h) {
    int sign = h >> 15, ex = (h >> 10) & 0x1f, m = h & 0x3ff;
    double x;
    if (ex == 0) x = ldexp((double)m, -24);
    else if (ex == 31) x = m ? NAN : INFINITY;
    else x = ldexp((double)(m + 1024), ex - 25);
    return sign ? -x : x;
}

static bool get_double(Thread *t, Ref v, double *out) {
    double d = float_as_double(t, v);
    if (d == -1.0 && err_occurred(t)) {
        err_clear(t);
        serr(t, "required argument is not a float");
        return false;
    }
    *out = d;
    return true;
}

static bool pack_int_item(Thread *t, const StructObj *st, const Item *it, Ref v, char *p) {
    bool little = little_order(st->order);
    char c = it->code;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    mpz_t z;
    mpz_init(z);
    if (!get_int(t, v, z)) {
        mpz_clear(z);
        return false;
    }
    intptr_t n = it->size;
    bool big = st->order == '>';
    /* B and H go through a signed conversion, except big-endian H */
    bool wide_unsigned = is_unsigned && c != 'B' && !(c == 'H' && !big);
    uint64_t bits = 0;
    bool fits64;
    if (wide_unsigned) {
        fits64 = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64;
        if (c == 'P' && !fits64 && mpz_fits_slong_p(z)) {
            fits64 = true; /* void pointers accept negative values (PyLong_AsVoidPtr) */
            bits = (uint64_t)mpz_get_si(z);
        } else if (fits64) {
            uint64_t buf[2] = {0, 0};
            size_t cnt = 0;
            mpz_export(buf, &cnt, -1, sizeof(uint64_t), 0, 0, z);
            bits = buf[0];
        }
    } else {
        fits64 = mpz_fits_slong_p(z) != 0;
        if (fits64) bits = (uint64_t)mpz_get_si(z);
    }
    mpz_clear(z);
    if (!fits64) {
        serr(t, big && n == 8 ? "int too large to convert" : "argument out of range");
        return false;
    }
    bool ok = true;
    if (n < 8) {
        if (is_unsigned && c != 'P') {
            ok = (int64_t)bits >= 0 && bits <= (((uint64_t)1 << (n * 8)) - 1);
            if (wide_unsigned) ok = bits <= (((uint64_t)1 << (n * 8)) - 1);
        } else if (!is_unsigned) {
            int64_t sv = (int64_t)bits, lim = (int64_t)1 << (n * 8 - 1);
            ok = sv >= -lim && sv < lim;
        }
    }
    if (!ok) {
        if (c == 'b') serr(t, "byte format requires -128 <= number <= 127");
        else if (c == 'B') serr(t, "ubyte format requires 0 <= number <= 255");
        else if (c == 'h' && !big) serr(t, "short format requires -32768 <= number <= 32767");
        else if (c == 'H' && !big) serr(t, "ushort format requires 0 <= number <= 65535");
        else if (is_unsigned)
            serr(t, "'%c' format requires 0 <= number <= %llu", c,
                 (unsigned long long)(((uint64_t)1 << (n * 8)) - 1));
        else
            serr(t, "'%c' format requires %lld <= number <= %lld", c,
                 -(long long)((int64_t)1 << (n * 8 - 1)),
                 (long long)(((int64_t)1 << (n * 8 - 1)) - 1));
        return false;
    }
    put_uint(p, bits, n, little);
    return true;
}

static bool pack_item(Thread *t, const StructObj *st, const Item *it, Ref v, char *p) {
    bool little = little_order(st->order);
    switch (it->code) {
    case 'c': {
        ByteView bv;
        if (!bytes_check(v) || !bytes_view(v, &bv) || bv.len != 1) {
            serr(t, "char format requires a bytes object of length 1");
            return false;
        }
        p[0] = bv.data[0];
        return true;
    }
    case '?': {
        int b = obj_truthy(t, v);
        if (b < 0) return false;
        p[0] = (char)b;
        return true;
    }
    case 's':
    case 'p': {
        ByteView bv;
        if ((!bytes_check(v) && !bytearray_check(v)) || !bytes_view(v, &bv)) {
            serr(t, "argument for '%c' must be a bytes object", it->code);
            return false;
        }
        intptr_t n = it->size, len = bv.len;
        if (it->code == 's') {
            if (len > n) len = n;
            if (len > 0) memcpy(p, bv.data, (size_t)len);
        } else if (n > 0) {
            if (len > n - 1) len = n - 1;
            if (len > 0) memcpy(p + 1, bv.data, (size_t)len);
            p[0] = (char)(len > 255 ? 255 : len);
        }
        return true;
    }
    case 'e': {
        double d;
        uint16_t h;
        if (!get_double(t, v, &d) || pack_half(t, d, &h) < 0) return false;
        put_uint(p, h, 2, little);
        return true;
    }
    case 'f': {
        double d;
        if (!get_double(t, v, &d)) return false;
        float f = (float)d;
        /* native 'f' is a plain C cast (no overflow check), as in CPython */
        if (st->order != '@' && isinf(f) && !isinf(d)) {
            err_set(t, &exc_OverflowError, "float too large to pack with f format");
            return false;
        }
        uint32_t u;
        memcpy(&u, &f, 4);
        put_uint(p, u, 4, little);
        return true;
    }
    case 'd': {
        double d;
        if (!get_double(t, v, &d)) return false;
        uint64_t u;
        memcpy(&u, &d, 8);
        put_uint(p, u, 8, little);
        return true;
    }
    default:
        return pack_int_item(t, st, it, v, p);
    }
}

static Ref unpack_item(Thread *t, const StructObj *st, const Item *it, const unsigned char *p) {
    bool little = little_order(st->order);
    intptr_t n = it->size;
    switch (it->code) {
    case 'c': return ref_from_obj(bytes_from(t, p, 1));
    case '?': return ref_from_bool(p[0] != 0);
    case 's': return ref_from_obj(bytes_from(t, p, n));
    case 'p': {
        intptr_t len = n > 0 ? p[0] : 0;
        if (n > 0 && len > n - 1) len = n - 1;
        return ref_from_obj(bytes_from(t, n > 0 ? p + 1 : p, len));
    }
    case 'e': return float_from_double(t, unpack_half((uint16_t)get_uint(p, 2, little)));
    case 'f': {
        uint32_t u = (uint32_t)get_uint(p, 4, little);
        float f;
        memcpy(&f, &u, 4);
        return float_from_double(t, (double)f);
    }
    case 'd': {
        uint64_t u = get_uint(p, 8, little);
        double d;
        memcpy(&d, &u, 8);
        return float_from_double(t, d);
    }
    case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P':
        return int_from_u64(t, get_uint(p, n, little));
    default: {
        uint64_t u = get_uint(p, n, little);
        if (n < 8) {
            uint64_t sign = (uint64_t)1 << (n * 8 - 1);
            u = (u ^ sign) - sign;
        }
        return int_from_i64(t, (int64_t)u);
    }
    }
}

/* ---- Struct objects ------------------------------------------------------------------------ */

extern Type struct_struct_type;
#define ST(r) ((StructObj *)ref_obj(r))

static void struct_dealloc(Object *o) {
    StructObj *s = (StructObj *)o;
    mem_free(s->items);
    obj_xdecref(s->format);
    o->ob_type->tp_free(o);
}

/* Initializes s from a format (str or bytes). */
static bool struct_setup(Thread *t, StructObj *s, Ref fmt) {
    Object *fs;
    const char *data;
    intptr_t len;
    if (str_check(fmt)) {
        fs = ref_obj(fmt);
        if (!STR(fs)->ascii) {
            Object *enc = codecs_encode(t, fs, "ascii", "strict");
            obj_xdecref(enc);
            if (!enc) return false;
        }
        obj_incref(fs);
        data = str_utf8(t, fs, &len);
        if (!data) {
            obj_decref(fs);
            return false;
        }
    } else if (bytes_check(fmt)) {
        data = bytes_data(ref_obj(fmt));
        len = bytes_size(ref_obj(fmt));
        StructObj probe = {0};
        bool ok = parse_format(t, data, len, &probe);
        mem_free(probe.items);
        if (!ok) return false;
        fs = str_from_utf8(t, data, len);
        if (!fs) return false;
        data = str_utf8(t, fs, &len);
    } else {
        err_format(t, &exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
        return false;
    }
    StructObj tmp = {0};
    if (!parse_format(t, data, len, &tmp)) {
        mem_free(tmp.items);
        obj_decref(fs);
        return false;
    }
    mem_free(s->items);
    obj_xdecref(s->format);
    s->items = tmp.items;
    s->nitems = tmp.nitems;
    s->size = tmp.size;
    s->order = tmp.order;
    s->format = fs;
    return true;
}

static Ref struct_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    StructObj *s = (StructObj *)o;
    s->items = NULL;
    s->format = NULL;
    s->nitems = s->size = 0;
    s->order = '@';
    return ref_from_obj(o);
}

static int struct_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"format", NULL};
    static const ArgSpec spec = {"Struct", names, 1, -1};
    Ref a[1];
    if (nargs > 1) {
        err_format(t, &exc_TypeError, "Struct() takes at most 1 argument (%d given)", (int)nargs);
        return -1;
    }
    if (!args_parse(t, &spec, args, nargs, kw, a)) return -1;
    return struct_setup(t, ST(self), a[0]) ? 0 : -1;
}

/* A new Struct for a format (module-level functions). */
static StructObj *struct_for(Thread *t, Ref fmt) {
    Ref r = struct_new(t, &struct_struct_type, NULL, 0, NULL);
    if (ref_is_null(r)) return NULL;
    if (!struct_setup(t, ST(r), fmt)) {
        ref_close(r);
        return NULL;
    }
    return ST(r);
}

static bool do_pack(Thread *t, StructObj *s, const Ref *vals, size_t nvals, char *out) {
    memset(out, 0, (size_t)s->size);
    for (intptr_t i = 0; i < s->nitems; i++)
        if (!pack_item(t, s, &s->items[i], vals[i], out + s->items[i].offset)) {
            if (int_check(vals[i]) && err_matches(t, &exc_OverflowError)) {
                err_clear(t);
                serr(t, "int too large to convert");
            }
            return false;
        }
    return true;
}

static Ref do_unpack(Thread *t, StructObj *s, const char *data) {
    Object *tup = tuple_new(t, s->nitems);
    if (!tup) return REF_NULL;
    for (intptr_t i = 0; i < s->nitems; i++) {
        Ref v = unpack_item(t, s, &s->items[i], (const unsigned char *)data + s->items[i].offset);
        if (ref_is_null(v)) {
            obj_decref(tup);
            return REF_NULL;
        }
        tuple_items(tup)[i] = v;
    }
    return ref_from_obj(tup);
}

static Ref s_pack(Thread *t, StructObj *s, const Ref *args, size_t nargs, Object *kw, const char *name) {
    if (!args_no_kw(t, name, kw)) return REF_NULL;
    if ((intptr_t)nargs != s->nitems)
        return serr(t, "pack expected %zd items for packing (got %zd)", s->nitems, (intptr_t)nargs);
    Object *b = bytes_new_uninit(t, s->size);
    if (!b) return REF_NULL;
    if (!do_pack(t, s, args, nargs, bytes_data(b))) {
        obj_decref(b);
        return REF_NULL;
    }
    return ref_from_obj(b);
}

static Ref s_unpack(Thread *t, StructObj *s, Ref buf) {
    ByteView bv;
    if (!bytes_view_or_error(t, buf, &bv)) return REF_NULL;
    if (bv.len != s->size) return serr(t, "unpack requires a buffer of %zd bytes", s->size);
    return do_unpack(t, s, bv.data);
}

static Ref s_unpack_from(Thread *t, StructObj *s, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"buffer", "offset", NULL};
    static const ArgSpec spec = {"unpack_from", names, 1, -1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    intptr_t offset = 0;
    if (!ref_is_null(a[1]) && !arg_ssize(t, a[1], &offset)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, a[0], &bv)) return REF_NULL;
    if (offset < 0) {
        if (offset + bv.len < 0)
            return serr(t, "offset %zd out of range for %zd-byte buffer", offset, bv.len);
        offset += bv.len;
    }
    if (bv.len - offset < s->size)
        return serr(t,
                    "unpack_from requires a buffer of at least %zd bytes for unpacking %zd bytes at "
                    "offset %zd (actual buffer size is %zd)",
                    s->size + offset, s->size, offset, bv.len);
    return do_unpack(t, s, bv.data + offset);
}

/* pack_into's work once the target is exported: args are (offset, values...). */
static Ref pack_into_view(Thread *t, StructObj *s, BufferView *view, const Ref *args, size_t nargs) {
    intptr_t len = view->len;
    intptr_t offset;
    if (!arg_ssize(t, args[0], &offset)) return REF_NULL;
    if (offset < 0) {
        if (offset + s->size > 0) return serr(t, "no space to pack %zd bytes at offset %zd", s->size, offset);
        if (offset + len < 0) return serr(t, "offset %zd out of range for %zd-byte buffer", offset, len);
        offset += len;
    }
    if (len - offset < s->size)
        return serr(t,
                    "pack_into requires a buffer of at least %zd bytes for packing %zd bytes at offset "
                    "%zd (actual buffer size is %zd)",
                    s->size + offset, s->size, offset, len);
    char *tmp = mem_alloc(t, (size_t)(s->size ? s->size : 1));
    if (!tmp) return REF_NULL;
    if (!do_pack(t, s, args + 1, nargs - 1, tmp)) {
        mem_free(tmp);
        return REF_NULL;
    }
    if (s->size) memcpy(view->data + offset, tmp, (size_t)s->size);
    mem_free(tmp);
    return REF_NONE;
}

static Ref s_pack_into(Thread *t, StructObj *s, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, "pack_into", kw)) return REF_NULL;
    if ((intptr_t)nargs != s->nitems + 2) {
        if (nargs == 0) return serr(t, "pack_into expected buffer argument");
        if (nargs == 1) return serr(t, "pack_into expected offset argument");
        return serr(t, "pack_into expected %zd items for packing (got %zd)", s->nitems, (intptr_t)nargs - 2);
    }
    /* The export is held until the bytes are in: packing may run __index__ code. */
    BufferView view;
    if (obj_get_buffer(t, args[0], &view, true) < 0) {
        err_clear(t);
        return err_format(t, &exc_TypeError, "argument must be read-write bytes-like object, not %T", args[0]);
    }
    Ref r = pack_into_view(t, s, &view, args + 1, nargs - 1);
    buffer_release(&view);
    return r;
}

static Ref s_iter_unpack(Thread *t, StructObj *s, Ref buf) {
    ByteView bv;
    if (!bytes_view_or_error(t, buf, &bv)) return REF_NULL;
    if (s->size == 0) return serr(t, "cannot iteratively unpack with a struct of length 0");
    if (bv.len % s->size != 0)
        return serr(t, "iterative unpacking requires a buffer of a multiple of %zd bytes", s->size);
    Object *l = list_new(t, 0);
    if (!l) return REF_NULL;
    for (intptr_t off = 0; off < bv.len; off += s->size) {
        Ref v = do_unpack(t, s, bv.data + off);
        if (ref_is_null(v) || list_append(t, l, v) < 0) {
            ref_close(v);
            obj_decref(l);
            return REF_NULL;
        }
        ref_close(v);
    }
    Ref it = obj_iter(t, ref_from_obj(l));
    obj_decref(l);
    return it;
}

FN(struct_m_pack) { return s_pack(t, ST(self), args, nargs, kw, "pack"); }
FN(struct_m_unpack) {
    if (!args_one(t, "unpack", nargs, kw)) return REF_NULL;
    return s_unpack(t, ST(self), args[0]);
}
FN(struct_m_unpack_from) { return s_unpack_from(t, ST(self), args, nargs, kw); }
FN(struct_m_pack_into) { return s_pack_into(t, ST(self), args, nargs, kw); }
FN(struct_m_iter_unpack) {
    if (!args_one(t, "iter_unpack", nargs, kw)) return REF_NULL;
    return s_iter_unpack(t, ST(self), args[0]);
}

static Ref struct_get_format(Thread *t, Ref self, void *c) {
    Object *f = ST(self)->format;
    if (!f) return ref_new(str_empty());
    obj_incref(f);
    return ref_from_obj(f);
}
static Ref struct_get_size(Thread *t, Ref self, void *c) { return int_from_i64(t, ST(self)->size); }

static const MethodDef struct_methods[] = {
    {"pack", struct_m_pack, 0, NULL},
    {"unpack", struct_m_unpack, 0, NULL},
    {"unpack_from", struct_m_unpack_from, 0, NULL},
    {"pack_into", struct_m_pack_into, 0, NULL},
    {"iter_unpack", struct_m_iter_unpack, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef struct_getsets[] = {
    {"format", struct_get_format, NULL, NULL, NULL},
    {"size", struct_get_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type struct_struct_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_struct.Struct",
    .tp_basicsize = sizeof(StructObj),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Struct(fmt) --> compiled struct object",
    .tp_dealloc = struct_dealloc,
    .tp_free = obj_free,
    .new_ = struct_new,
    .init = struct_init,
    .methods = struct_methods,
    .getsets = struct_getsets,
};

/* ---- module functions ------------------------------------------------------------------------ */

#define WITH_STRUCT(fmt, expr)                                                                    \
    StructObj *s = struct_for(t, fmt);                                                            \
    if (!s) return REF_NULL;                                                                      \
    Ref r = (expr);                                                                               \
    obj_decref(&s->ob);                                                                           \
    return r

FN(mod_pack) {
    if (nargs < 1) return err_set(t, &exc_TypeError, "missing format argument");
    WITH_STRUCT(args[0], s_pack(t, s, args + 1, nargs - 1, kw, "pack"));
}
FN(mod_unpack) {
    if (!args_count(t, "unpack", nargs, kw, 2, 2)) return REF_NULL;
    WITH_STRUCT(args[0], s_unpack(t, s, args[1]));
}
FN(mod_iter_unpack) {
    if (!args_count(t, "iter_unpack", nargs, kw, 2, 2)) return REF_NULL;
    WITH_STRUCT(args[0], s_iter_unpack(t, s, args[1]));
}
FN(mod_unpack_from) {
    if (nargs < 1) return err_set(t, &exc_TypeError, "unpack_from() takes at least 1 positional argument (0 given)");
    WITH_STRUCT(args[0], s_unpack_from(t, s, args + 1, nargs - 1, kw));
}
FN(mod_pack_into) {
    if (nargs < 1) return err_set(t, &exc_TypeError, "missing format argument");
    WITH_STRUCT(args[0], s_pack_into(t, s, args + 1, nargs - 1, kw));
}
FN(mod_calcsize) {
    if (!args_one(t, "_struct.calcsize", nargs, kw)) return REF_NULL;
    WITH_STRUCT(args[0], int_from_i64(t, s->size));
}
FN(mod_clearcache) { return REF_NONE; }

static const MethodDef struct_mod_methods[] = {
    {"pack", mod_pack, 0, NULL},
    {"unpack", mod_unpack, 0, NULL},
    {"iter_unpack", mod_iter_unpack, 0, NULL},
    {"unpack_from", mod_unpack_from, 0, NULL},
    {"pack_into", mod_pack_into, 0, NULL},
    {"calcsize", mod_calcsize, 0, NULL},
    {"_clearcache", mod_clearcache, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void struct_ready_types(void) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    type_ready(t, &exc_StructError);
    err_clear(t);
    err_restore(t, saved);
}

Object *struct_module_create(Thread *t) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, struct_ready_types);
    Object *m = module_new_cstr(t, "struct");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, struct_mod_methods);
    if (rc == 0) rc = module_add_ref(t, m, "Struct", ref_immortal(&struct_struct_type));
    if (rc == 0) rc = module_add_ref(t, m, "error", ref_immortal(&exc_StructError));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
