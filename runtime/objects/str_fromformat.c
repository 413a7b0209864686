/* str_from_format: printf-style construction of str objects for C code and error messages.
 *
 * Conversions: printf's %d %i %u %x %X %o %c (a code point) %s (UTF-8 text, decoded with
 * "replace") %p %% with flags '-' '0', width, precision and the length modifiers l ll z
 * j t; plus Python objects: %R (Ref: repr), %S (Ref: str), %A (Ref: ascii), %T (Ref: its
 * type's name), %U (Object* str), %N (Type*: its name). As CPython's
 * PyUnicode_FromFormat, width counts characters and precision truncates (bytes for %s,
 * characters for the object conversions). */
#include <stdio.h>

#include "spry.h"

/* Appends s[0:n] of a str, truncated to `prec` characters and padded to `width`. */
static bool put_padded(Thread *t, StrBuilder *b, Object *s, intptr_t width, intptr_t prec,
                       bool left) {
    intptr_t n = str_len(s);
    if (prec >= 0 && prec < n) n = prec;
    if (!left && width > n && !str_builder_repeat(t, b, ' ', width - n)) return false;
    if (!str_builder_put_substr(t, b, s, 0, n)) return false;
    if (left && width > n && !str_builder_repeat(t, b, ' ', width - n)) return false;
    return true;
}

static bool put_ref_result(Thread *t, StrBuilder *b, Ref r, intptr_t width, intptr_t prec,
                           bool left) {
    if (ref_is_null(r)) {
        str_builder_discard(b);
        return false;
    }
    bool ok = put_padded(t, b, ref_obj(r), width, prec, left);
    ref_close(r);
    return ok;
}

/* Literal text between conversions is UTF-8. */
static bool put_literal(Thread *t, StrBuilder *b, const char *s, intptr_t n) {
    for (intptr_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) {
            Object *o = codecs_utf8_decode(t, s, n, "replace");
            if (!o) {
                str_builder_discard(b);
                return false;
            }
            bool ok = str_builder_put_str(t, b, o);
            obj_decref(o);
            return ok;
        }
    return str_builder_put_ascii(t, b, s, n);
}

Object *str_from_vformat(Thread *t, const char *fmt, va_list ap_in) {
    va_list ap;
    va_copy(ap, ap_in);
    StrBuilder b;
    str_builder_init(&b);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') q++;
        if (q > p && !put_literal(t, &b, p, q - p)) goto fail;
        if (!*q) break;
        const char *spec = q++;
        if (*q == '%') {
            if (!str_builder_putc(t, &b, '%')) goto fail;
            p = q + 1;
            continue;
        }
        bool left = false, zero = false;
        while (*q == '-' || *q == '0') {
            if (*q == '-') left = true;
            else zero = true;
            q++;
        }
        intptr_t width = -1, prec = -1;
        if (*q == '*') {
            width = va_arg(ap, int);
            q++;
        } else if (*q >= '0' && *q <= '9') {
            width = 0;
            while (*q >= '0' && *q <= '9') width = width * 10 + (*q++ - '0');
        }
        if (*q == '.') {
            q++;
            if (*q == '*') {
                prec = va_arg(ap, int);
                q++;
            } else {
                prec = 0;
                while (*q >= '0' && *q <= '9') prec = prec * 10 + (*q++ - '0');
            }
        }
        int lng = 0;  /* 0 int, 1 long, 2 long long, 3 size_t/ptrdiff/intmax */
        if (*q == 'l') {
            lng = 1;
            q++;
            if (*q == 'l') {
                lng = 2;
                q++;
            }
        } else if (*q == 'z' || *q == 'j' || *q == 't') {
            lng = 3;
            q++;
        }
        char conv = *q;
        if (!conv) {
            /* a lone '%' at the end: copy verbatim as CPython does */
            if (!put_literal(t, &b, spec, q - spec)) goto fail;
            break;
        }
        p = q + 1;
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            char cfmt[32], out[96];
            int k = 0;
            cfmt[k++] = '%';
            if (left) cfmt[k++] = '-';
            if (zero) cfmt[k++] = '0';
            cfmt[k++] = '*';
            cfmt[k++] = '.';
            cfmt[k++] = '*';
            bool is_signed = conv == 'd' || conv == 'i';
            int n;
            int w = width < 0 ? 0 : (int)width, pr = prec < 0 ? -1 : (int)prec;
            if (lng == 2) {
                cfmt[k++] = 'l';
                cfmt[k++] = 'l';
                cfmt[k++] = conv;
                cfmt[k] = 0;
                n = is_signed ? snprintf(out, sizeof out, cfmt, w, pr, va_arg(ap, long long))
                              : snprintf(out, sizeof out, cfmt, w, pr, va_arg(ap, unsigned long long));
            } else if (lng == 1 || lng == 3) {
                cfmt[k++] = 'l';
                cfmt[k++] = conv;
                cfmt[k] = 0;
                n = is_signed ? snprintf(out, sizeof out, cfmt, w, pr, va_arg(ap, long))
                              : snprintf(out, sizeof out, cfmt, w, pr, va_arg(ap, unsigned long));
            } else {
                cfmt[k++] = conv;
                cfmt[k] = 0;
                n = is_signed ? snprintf(out, sizeof out, cfmt, w, pr, va_arg(ap, int))
                              : snprintf(out, sizeof out, cfmt, w, pr, va_arg(ap, unsigned int));
            }
            if (n < 0) n = 0;
            if (n > (int)sizeof out - 1) n = (int)sizeof out - 1;
            if (!str_builder_put_ascii(t, &b, out, n)) goto fail;
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            if (c < 0 || c > 0x10ffff) {
                str_builder_discard(&b);
                err_set(t, &exc_OverflowError, "character argument not in range(0x110000)");
                goto fail;
            }
            if (!left && width > 1 && !str_builder_repeat(t, &b, ' ', width - 1)) goto fail;
            if (!str_builder_putc(t, &b, (uint32_t)c)) goto fail;
            if (left && width > 1 && !str_builder_repeat(t, &b, ' ', width - 1)) goto fail;
            break;
        }
        case 'p': {
            char out[40];
            int n = snprintf(out, sizeof out, "0x%lx", (unsigned long)(uintptr_t)va_arg(ap, void *));
            if (!str_builder_put_ascii(t, &b, out, n)) goto fail;
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            intptr_t n = (intptr_t)strlen(s);
            if (prec >= 0 && prec < n) n = prec;
            Object *o = codecs_utf8_decode(t, s, n, "replace");
            if (!o) goto fail_discard;
            if (!put_ref_result(t, &b, ref_from_obj(o), width, -1, left)) goto fail;
            break;
        }
        case 'U': {
            Object *o = va_arg(ap, Object *);
            if (!put_padded(t, &b, o, width, prec, left)) goto fail;
            break;
        }
        case 'R':
            if (!put_ref_result(t, &b, obj_repr(t, va_arg(ap, Ref)), width, prec, left)) goto fail;
            break;
        case 'S':
            if (!put_ref_result(t, &b, obj_str(t, va_arg(ap, Ref)), width, prec, left)) goto fail;
            break;
        case 'A':
            if (!put_ref_result(t, &b, obj_ascii(t, va_arg(ap, Ref)), width, prec, left)) goto fail;
            break;
        case 'T':
        case 'N': {
            const Type *tp = conv == 'T' ? ref_type(va_arg(ap, Ref)) : va_arg(ap, Type *);
            /* tp_name, as CPython: dotted for C types defined in modules ('_io.TextIOWrapper'),
             * the bare name for classes and built-ins */
            Object *o = str_from_cstr(t, tp->tp_name);
            if (!o) goto fail_discard;
            if (!put_ref_result(t, &b, ref_from_obj(o), width, prec, left)) goto fail;
            break;
        }
        default:
            /* unknown conversion: copy the rest of the format verbatim, as CPython does */
            if (!put_literal(t, &b, spec, (intptr_t)strlen(spec))) goto fail;
            p = spec + strlen(spec);
            break;
        }
    }
    va_end(ap);
    return str_builder_finish(t, &b);
fail_discard:
    str_builder_discard(&b);
fail:
    va_end(ap);
    return NULL;
}

Object *str_from_format(Thread *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Object *o = str_from_vformat(t, fmt, ap);
    va_end(ap);
    return o;
}
