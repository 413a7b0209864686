/* int -> text in other bases, and format(int, spec). */
#include "spry.h"
#include "objects/int_impl.h"
#include "objects/formatspec.h"

/* Digits of |r| in `base` (lowercase), mem_alloc'd; *len_out set. Base 10 checks the
 * interpreter's digit limit. */
static char *abs_digits(Thread *t, Ref r, int base, size_t *len_out) {
    if (ref_is_int(r)) {
        /* a tagged int: at most 64 binary digits, no big-int machinery needed */
        int64_t v = ref_int(r);
        char tmp[64];
        char *start = u64_digits(v < 0 ? 0 - (uint64_t)v : (uint64_t)v, (unsigned)base, tmp + 64);
        size_t n = (size_t)(tmp + 64 - start);
        char *buf = mem_alloc(t, n + 1);
        if (!buf) return NULL;
        memcpy(buf, start, n);
        buf[n] = 0;
        *len_out = n;
        return buf;
    }
    IntView v;
    mpz_srcptr z = int_view(r, &v);
    if (base == 10 && int_check_str_digits(t, z) < 0) return NULL;
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *buf = mem_alloc(t, cap);
    if (!buf) return NULL;
    if (mpz_sgn(z) < 0) {
        mpz_t a;
        mpz_init(a);
        mpz_abs(a, z);
        mpz_get_str(buf, base, a);
        mpz_clear(a);
    } else {
        mpz_get_str(buf, base, z);
    }
    *len_out = strlen(buf);
    return buf;
}

Object *int_to_base_str(Thread *t, Ref r, int base, bool prefix) {
    if (base == 10 && !prefix) return int_to_decimal_str(t, r);
    if (ref_is_int(r)) { /* sign, prefix and at most 64 digits: all on the stack */
        int64_t v = ref_int(r);
        char tmp[68];
        char *p = u64_digits(v < 0 ? 0 - (uint64_t)v : (uint64_t)v, (unsigned)base, tmp + sizeof tmp);
        if (prefix && base != 10) {
            *--p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
            *--p = '0';
        }
        if (v < 0) *--p = '-';
        return str_from_ascii(t, p, tmp + sizeof tmp - p);
    }
    size_t n;
    char *d = abs_digits(t, r, base, &n);
    if (!d) return NULL;
    char *buf = mem_alloc(t, n + 4);
    if (!buf) {
        mem_free(d);
        return NULL;
    }
    size_t k = 0;
    if (int_sign(r) < 0) buf[k++] = '-';
    if (prefix && base != 10) {
        buf[k++] = '0';
        buf[k++] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    memcpy(buf + k, d, n);
    k += n;
    Object *s = str_from_latin1(t, buf, (intptr_t)k);
    mem_free(d);
    mem_free(buf);
    return s;
}

static Object *format_char(Thread *t, Ref r, const FormatSpec *spec) {
    if (spec->sign_given) {
        err_set(t, &exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        return NULL;
    }
    if (spec->alternate) {
        err_set(t, &exc_ValueError,
                "Alternate form (#) not allowed with integer format specifier 'c'");
        return NULL;
    }
    int64_t v = int_as_i64(t, r);
    if (v == -1 && err_occurred(t)) return NULL;
    if (v < 0 || v > 0x10ffff) {
        err_set(t, &exc_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    uint32_t cp = (uint32_t)v;
    Object *s = str_from_ucs4(t, &cp, 1);
    if (!s) return NULL;
    FormatSpec sp = *spec;
    sp.type = 's';
    sp.precision = -1;
    if (sp.align == '=') sp.align = '>';
    Object *res = fmtspec_pad_str(t, s, &sp);
    obj_decref(s);
    return res;
}

Object *int_format(Thread *t, Ref r, Object *spec) {
    if (STR(spec)->length == 0) return ref_obj_or_null(obj_str(t, r));
    const char *tname = type_name(ref_type(r));
    FormatSpec fs;
    if (fmtspec_parse(t, spec, tname, 'd', '>', &fs) < 0) return NULL;
    int base;
    switch (fs.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'd': case 'n': case 'c': base = 10; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_as_double(t, r);
        if (d == -1.0 && err_occurred(t)) return NULL;
        return float_format_spec(t, d, &fs, tname);
    }
    default:
        return fmtspec_unknown_code(t, fs.type, tname);
    }
    if (fs.precision >= 0) {
        err_set(t, &exc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (fs.no_neg_zero) {
        err_set(t, &exc_ValueError,
                "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (fs.type == 'c') return format_char(t, r, &fs);

    size_t n;
    char *d = abs_digits(t, r, base, &n);
    if (!d) return NULL;
    if (fs.type == 'X')
        for (size_t i = 0; i < n; i++)
            if (d[i] >= 'a' && d[i] <= 'f') d[i] = (char)(d[i] - 'a' + 'A');
    char sign = int_sign(r) < 0 ? '-' : fs.sign == '-' ? 0 : fs.sign;
    const char *prefix = "";
    if (fs.alternate) {
        switch (fs.type) {
        case 'b': prefix = "0b"; break;
        case 'o': prefix = "0o"; break;
        case 'x': prefix = "0x"; break;
        case 'X': prefix = "0X"; break;
        }
    }
    /* 'n' would use the locale's grouping; Spry runs in the C locale, which has none. */
    FormatSpec *use = &fs;
    Object *res = fmtspec_pad_number(t, use, sign, prefix, strlen(prefix), d, n, "", 0,
                                     base == 10 ? 3 : 4);
    mem_free(d);
    return res;
}
