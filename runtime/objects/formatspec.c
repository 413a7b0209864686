/* The format-spec mini-language: parsing and the shared padding/grouping layout.
 * See objects/formatspec.h for the representation. */
#include "spry.h"
#include "objects/formatspec.h"

#include <stdlib.h>

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static Ref err_grouping_type(Thread *t, char sep, uint32_t type) {
    if (type > 32 && type < 128)
        return err_format(t, &exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    return err_format(t, &exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep,
                      (unsigned)type);
}

/* Reads a run of decimal digits at *pos; -1 with ValueError on overflow. */
static int parse_number(Thread *t, int kind, const void *data, intptr_t len, intptr_t *pos,
                        intptr_t *out, bool *any) {
    intptr_t v = 0;
    *any = false;
    while (*pos < len) {
        uint32_t c = str_read(kind, data, *pos);
        if (c < '0' || c > '9') break;
        if (__builtin_mul_overflow(v, (intptr_t)10, &v) ||
            __builtin_add_overflow(v, (intptr_t)(c - '0'), &v)) {
            err_set(t, &exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        *any = true;
        (*pos)++;
    }
    *out = v;
    return 0;
}

int fmtspec_parse(Thread *t, Object *spec, const char *type_name, uint32_t default_type,
                  char default_align, FormatSpec *out) {
    int kind = STR(spec)->kind;
    const void *data = str_data(spec);
    intptr_t len = STR(spec)->length, pos = 0;
    bool any;

    *out = (FormatSpec){.fill = ' ', .align = default_align, .sign = '-', .width = -1,
                        .precision = -1, .type = default_type};
    if (len >= 2 && is_align(str_read(kind, data, 1))) {
        out->fill = str_read(kind, data, 0);
        out->fill_given = true;
        out->align = (char)str_read(kind, data, 1);
        out->align_given = true;
        pos = 2;
    } else if (len >= 1 && is_align(str_read(kind, data, 0))) {
        out->align = (char)str_read(kind, data, 0);
        out->align_given = true;
        pos = 1;
    }
    if (pos < len) {
        uint32_t c = str_read(kind, data, pos);
        if (c == '+' || c == '-' || c == ' ') {
            out->sign = (char)c;
            out->sign_given = true;
            pos++;
        }
    }
    if (pos < len && str_read(kind, data, pos) == 'z') {
        out->no_neg_zero = true;
        pos++;
    }
    if (pos < len && str_read(kind, data, pos) == '#') {
        out->alternate = true;
        pos++;
    }
    /* The '0' flag: zero fill, and '=' alignment for right-aligned-by-default types. */
    if (!out->fill_given && pos < len && str_read(kind, data, pos) == '0') {
        out->fill = '0';
        out->zero_pad = true;
        if (!out->align_given && default_align == '>') out->align = '=';
        pos++;
    }
    intptr_t width;
    if (parse_number(t, kind, data, len, &pos, &width, &any) < 0) return -1;
    if (any) out->width = width;
    if (pos < len && str_read(kind, data, pos) == ',') {
        out->grouping = ',';
        pos++;
    }
    if (pos < len && str_read(kind, data, pos) == '_') {
        if (out->grouping) {
            err_set(t, &exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        out->grouping = '_';
        pos++;
    }
    if (pos < len && str_read(kind, data, pos) == ',' && out->grouping == '_') {
        err_set(t, &exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < len && str_read(kind, data, pos) == '.') {
        pos++;
        intptr_t prec;
        if (parse_number(t, kind, data, len, &pos, &prec, &any) < 0) return -1;
        if (!any) {
            err_set(t, &exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        out->precision = prec;
    }
    if (len - pos > 1) {
        err_format(t, &exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                   spec, type_name);
        return -1;
    }
    if (len - pos == 1) {
        out->type = str_read(kind, data, pos);
        out->type_given = true;
    }
    if (out->grouping) {
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_') break;
            /* fall through */
        default:
            err_grouping_type(t, out->grouping, out->type);
            return -1;
        }
    }
    return 0;
}

int fmtspec_parse_utf8(Thread *t, const char *spec, size_t len, const char *type_name,
                       uint32_t default_type, char default_align, FormatSpec *out) {
    Object *s = str_from_utf8(t, spec, (intptr_t)len);
    if (!s) return -1;
    int r = fmtspec_parse(t, s, type_name, default_type, default_align, out);
    obj_decref(s);
    return r;
}

Object *fmtspec_unknown_code(Thread *t, uint32_t type, const char *type_name) {
    if (type > 32 && type < 128)
        err_format(t, &exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                   (int)type, type_name);
    else
        err_format(t, &exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                   (unsigned)type, type_name);
    return NULL;
}

/* Splits `pad` columns of padding into left/right parts for an alignment. */
static void split_padding(char align, intptr_t pad, intptr_t *left, intptr_t *right) {
    switch (align) {
    case '<': *left = 0; break;
    case '^': *left = pad / 2; break;
    default: *left = pad; break;   /* '>' and '=' */
    }
    *right = pad - *left;
}

Object *fmtspec_pad_str(Thread *t, Object *s, const FormatSpec *spec) {
    if (spec->type != 's') return fmtspec_unknown_code(t, spec->type, "str");
    if (spec->sign_given) {
        err_set(t, &exc_ValueError, "Sign not allowed in string format specifier");
        return NULL;
    }
    if (spec->no_neg_zero) {
        err_set(t, &exc_ValueError,
                "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (spec->alternate) {
        err_set(t, &exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (spec->align == '=') {
        err_set(t, &exc_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    intptr_t len = STR(s)->length;
    if (spec->precision >= 0 && spec->precision < len) len = spec->precision;
    intptr_t total = spec->width > len ? spec->width : len;
    if (total == len && len == STR(s)->length && s->ob_type == &str_type) return (obj_incref(s), s);
    if (total == len) return str_substr(t, s, 0, len);

    if ((size_t)total > SIZE_MAX / sizeof(uint32_t)) {
        err_no_memory(t);
        return NULL;
    }
    uint32_t *buf = mem_alloc(t, (size_t)total * sizeof(uint32_t));
    if (!buf) return NULL;
    intptr_t left, right;
    split_padding(spec->align, total - len, &left, &right);
    intptr_t k = 0;
    for (intptr_t i = 0; i < left; i++) buf[k++] = spec->fill;
    int kind = STR(s)->kind;
    const void *data = str_data(s);
    for (intptr_t i = 0; i < len; i++) buf[k++] = str_read(kind, data, i);
    for (intptr_t i = 0; i < right; i++) buf[k++] = spec->fill;
    Object *r = str_from_ucs4(t, buf, total);
    mem_free(buf);
    return r;
}

Object *fmtspec_format_str(Thread *t, Object *s, Object *spec) {
    if (STR(spec)->length == 0) {
        if (s->ob_type == &str_type) return (obj_incref(s), s);
        return str_substr(t, s, 0, STR(s)->length);
    }
    FormatSpec fs;
    if (fmtspec_parse(t, spec, "str", 's', '<', &fs) < 0) return NULL;
    return fmtspec_pad_str(t, s, &fs);
}

/* Builds the final str from ASCII pieces with `left`/`mid`/`right` runs of the fill code
 * point: left + a + mid + b + right (mid sits between sign/prefix and digits for '='). */
static Object *assemble(Thread *t, uint32_t fill, intptr_t left, const char *a, size_t na,
                        intptr_t mid, const char *b, size_t nb, intptr_t right) {
    if (fill < 128) {
        size_t total = (size_t)(left + mid + right) + na + nb;
        char *buf = mem_alloc(t, total + 1);
        if (!buf) return NULL;
        char *p = buf;
        memset(p, (int)fill, (size_t)left), p += left;
        memcpy(p, a, na), p += na;
        memset(p, (int)fill, (size_t)mid), p += mid;
        memcpy(p, b, nb), p += nb;
        memset(p, (int)fill, (size_t)right), p += right;
        Object *r = str_from_latin1(t, buf, (intptr_t)total);
        mem_free(buf);
        return r;
    }
    size_t total = (size_t)(left + mid + right) + na + nb;
    uint32_t *buf = mem_alloc(t, (total + 1) * sizeof(uint32_t));
    if (!buf) return NULL;
    size_t k = 0;
    for (intptr_t i = 0; i < left; i++) buf[k++] = fill;
    for (size_t i = 0; i < na; i++) buf[k++] = (unsigned char)a[i];
    for (intptr_t i = 0; i < mid; i++) buf[k++] = fill;
    for (size_t i = 0; i < nb; i++) buf[k++] = (unsigned char)b[i];
    for (intptr_t i = 0; i < right; i++) buf[k++] = fill;
    Object *r = str_from_ucs4(t, buf, (intptr_t)total);
    mem_free(buf);
    return r;
}

Object *fmtspec_pad_ascii(Thread *t, const FormatSpec *spec, const char *s, size_t len) {
    intptr_t pad = spec->width > (intptr_t)len ? spec->width - (intptr_t)len : 0;
    intptr_t left, right;
    split_padding(spec->align, pad, &left, &right);
    return assemble(t, spec->fill, left, s, len, 0, "", 0, right);
}

Object *fmtspec_pad_number(Thread *t, const FormatSpec *spec, char sign_char,
                           const char *prefix, size_t nprefix, const char *digits,
                           size_t ndigits, const char *rest, size_t nrest, int group_every) {
    size_t nsign = sign_char ? 1 : 0;
    /* With '0' fill and '=' alignment the padding becomes leading zeros of the digits
     * (grouped like them); there must be digits for that, "inf" has none. */
    intptr_t min_digits = 0;
    bool zero_fill = spec->fill == '0' && spec->align == '=' && ndigits > 0;
    if (zero_fill && spec->width > 0)
        min_digits = spec->width - (intptr_t)(nsign + nprefix + nrest);
    char sep = spec->grouping;

    /* Upper bound of the grouped length, then fill right to left. */
    size_t cap = ndigits + (min_digits > 0 ? (size_t)min_digits : 0);
    cap += cap / 3 + 2;
    size_t headlen = nsign + nprefix;
    char *buf = mem_alloc(t, headlen + cap + nrest + 1);
    if (!buf) return NULL;
    char *end = buf + headlen + cap;
    char *p = end;
    size_t i = ndigits;
    int count = 0;
    while (i > 0 || (intptr_t)(end - p) < min_digits) {
        if (sep && count == group_every) {
            *--p = sep;
            count = 0;
        }
        *--p = i > 0 ? digits[--i] : '0';
        count++;
    }
    size_t ngrouped = (size_t)(end - p);
    /* Lay out head (sign + prefix) just before the digits. */
    char *head = p - headlen;
    if (nsign) head[0] = sign_char;
    memcpy(head + nsign, prefix, nprefix);
    memcpy(end, rest, nrest);
    size_t body = headlen + ngrouped + nrest;

    intptr_t pad = spec->width > (intptr_t)body ? spec->width - (intptr_t)body : 0;
    Object *r;
    if (spec->align == '=') {
        r = assemble(t, spec->fill, 0, head, headlen, pad, p, ngrouped + nrest, 0);
    } else {
        intptr_t left, right;
        split_padding(spec->align, pad, &left, &right);
        r = assemble(t, spec->fill, left, head, body, 0, "", 0, right);
    }
    mem_free(buf);
    return r;
}
