/* str.format / str.format_map: the replacement-field syntax
 *
 *     {field_name!conversion:format_spec}     field_name = arg_name ('.' attr | '[' key ']')*
 *
 * with automatic/manual numbering, nested replacement fields inside the spec (two levels),
 * and CPython 3.11's error messages. A field's value is formatted with obj_format. */
#include "spry.h"

typedef struct FormatState {
    Thread *t;
    const Ref *args;        /* positional arguments */
    size_t nargs;
    Object *kwnames;        /* tuple of str naming args[nargs...], or NULL */
    Ref mapping;            /* format_map's mapping, or REF_NULL */
    int numbering;          /* 0 not yet known, 1 automatic, 2 manual */
    intptr_t next_auto;
} FormatState;

/* Does s[i:j] consist of decimal digits only? Parses it into *out (-1 if too large). */
static bool parse_index(Object *s, intptr_t i, intptr_t j, intptr_t *out) {
    if (i >= j) return false;
    intptr_t v = 0;
    for (intptr_t k = i; k < j; k++) {
        uint32_t c = str_char_at(s, k);
        if (c < '0' || c > '9') return false;
        if (v > (INTPTR_MAX - 9) / 10) v = -2;
        else if (v >= 0) v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

static Ref lookup_keyword(FormatState *st, Object *key) {
    Thread *t = st->t;
    if (!ref_is_null(st->mapping)) return obj_getitem(t, st->mapping, ref_from_obj(key));
    if (st->kwnames) {
        for (intptr_t i = 0; i < tuple_size(st->kwnames); i++)
            if (str_eq(ref_obj(tuple_get(st->kwnames, i)), key)) return ref_dup(st->args[st->nargs + i]);
    }
    err_set_value(t, &exc_KeyError, ref_from_obj(key));
    return REF_NULL;
}

/* Resolves field_name s[i:j] to a value (new reference). */
static Ref get_field(FormatState *st, Object *s, intptr_t i, intptr_t j) {
    Thread *t = st->t;
    intptr_t k = i;
    while (k < j && str_char_at(s, k) != '.' && str_char_at(s, k) != '[') k++;
    intptr_t index;
    Ref obj;
    bool is_index = parse_index(s, i, k, &index);
    if (is_index && index == -2)
        return err_set(t, &exc_ValueError, "Too many decimal digits in format string");
    if (k == i || is_index) {
        if (k == i) {
            if (st->numbering == 2)
                return err_set(t, &exc_ValueError,
                               "cannot switch from manual field specification to automatic field numbering");
            st->numbering = 1;
            index = st->next_auto++;
        } else {
            if (st->numbering == 1)
                return err_set(t, &exc_ValueError,
                               "cannot switch from automatic field numbering to manual field specification");
            st->numbering = 2;
        }
        if (!ref_is_null(st->mapping))
            return err_set(t, &exc_ValueError, "Format string contains positional fields");
        if ((size_t)index >= st->nargs)
            return err_format(t, &exc_IndexError, "Replacement index %zd out of range for positional args tuple", index);
        obj = ref_dup(st->args[index]);
    } else {
        Object *key = str_substr(t, s, i, k);
        if (!key) return REF_NULL;
        obj = lookup_keyword(st, key);
        obj_decref(key);
        if (ref_is_null(obj)) return REF_NULL;
    }
    /* attribute and item accessors */
    while (k < j) {
        uint32_t c = str_char_at(s, k++);
        intptr_t start = k;
        Ref next;
        if (c == '.') {
            while (k < j && str_char_at(s, k) != '.' && str_char_at(s, k) != '[') k++;
            if (k == start) {
                ref_close(obj);
                return err_set(t, &exc_ValueError, "Empty attribute in format string");
            }
            Object *name = str_substr(t, s, start, k);
            if (!name) {
                ref_close(obj);
                return REF_NULL;
            }
            name = str_intern(t, name);
            next = obj_getattr(t, obj, name);
            obj_decref(name);
        } else if (c == '[') {
            while (k < j && str_char_at(s, k) != ']') k++;
            if (k >= j) {
                ref_close(obj);
                return err_set(t, &exc_ValueError, "Missing ']' in format string");
            }
            if (k == start) {
                ref_close(obj);
                return err_set(t, &exc_ValueError, "Empty attribute in format string");
            }
            intptr_t idx;
            if (parse_index(s, start, k, &idx) && idx >= 0) {
                next = obj_getitem(t, obj, ref_from_int(idx));
            } else {
                Object *key = str_substr(t, s, start, k);
                if (!key) {
                    ref_close(obj);
                    return REF_NULL;
                }
                next = obj_getitem(t, obj, ref_from_obj(key));
                obj_decref(key);
            }
            k++;  /* past ']' */
            if (k < j && str_char_at(s, k) != '.' && str_char_at(s, k) != '[') {
                ref_close(obj);
                ref_close(next);
                return err_set(t, &exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            ref_close(obj);
            return err_set(t, &exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        ref_close(obj);
        if (ref_is_null(next)) return REF_NULL;
        obj = next;
    }
    return obj;
}

static bool format_into(FormatState *st, Object *s, intptr_t pos, intptr_t end, int depth, StrBuilder *b);

/* Renders one replacement field whose text (between the braces) is s[i:j]. */
static bool render_field(FormatState *st, Object *s, intptr_t fi, intptr_t fj, uint32_t conversion,
                         intptr_t si, intptr_t sj, bool spec_nested, int depth, StrBuilder *b) {
    Thread *t = st->t;
    Ref value = get_field(st, s, fi, fj);
    if (ref_is_null(value)) goto fail;
    if (conversion) {
        Ref conv;
        if (conversion == 'r') conv = obj_repr(t, value);
        else if (conversion == 's') conv = obj_str(t, value);
        else if (conversion == 'a') conv = obj_ascii(t, value);
        else {
            ref_close(value);
            if (conversion < 128)
                err_format(t, &exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                err_format(t, &exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            goto fail;
        }
        ref_close(value);
        if (ref_is_null(conv)) goto fail;
        value = conv;
    }
    Object *spec;
    if (spec_nested) {
        StrBuilder sb;
        str_builder_init(&sb);
        if (!format_into(st, s, si, sj, depth - 1, &sb)) {
            ref_close(value);
            goto fail;
        }
        spec = str_builder_finish(t, &sb);
    } else {
        spec = str_substr(t, s, si, sj);
    }
    if (!spec) {
        ref_close(value);
        goto fail;
    }
    Ref out;
    if (str_len(spec) == 0 && str_check_exact(value)) out = ref_dup(value);
    else out = obj_format(t, value, ref_from_obj(spec));
    obj_decref(spec);
    ref_close(value);
    if (ref_is_null(out)) goto fail;
    bool ok = str_builder_put_str(t, b, ref_obj(out));
    ref_close(out);
    return ok;
fail:
    str_builder_discard(b);
    return false;
}

static bool fail_msg(FormatState *st, StrBuilder *b, const char *msg) {
    str_builder_discard(b);
    err_set(st->t, &exc_ValueError, msg);
    return false;
}

static bool format_into(FormatState *st, Object *s, intptr_t pos, intptr_t end, int depth, StrBuilder *b) {
    Thread *t = st->t;
    if (depth <= 0) return fail_msg(st, b, "Max string recursion exceeded");
    while (pos < end) {
        /* literal text up to the next brace */
        intptr_t lit = pos;
        uint32_t c = 0;
        while (pos < end) {
            c = str_char_at(s, pos);
            if (c == '{' || c == '}') break;
            pos++;
        }
        if (!str_builder_put_substr(t, b, s, lit, pos)) return false;
        if (pos >= end) break;
        pos++;
        bool at_end = pos >= end;
        if (c == '}') {
            if (at_end || str_char_at(s, pos) != '}')
                return fail_msg(st, b, "Single '}' encountered in format string");
            if (!str_builder_putc(t, b, '}')) return false;
            pos++;
            continue;
        }
        if (at_end) return fail_msg(st, b, "Single '{' encountered in format string");
        if (str_char_at(s, pos) == '{') {
            if (!str_builder_putc(t, b, '{')) return false;
            pos++;
            continue;
        }
        /* a replacement field: field name first ('[' ... ']' may contain anything) */
        intptr_t fi = pos;
        c = 0;
        while (pos < end) {
            c = str_char_at(s, pos++);
            if (c == '{') return fail_msg(st, b, "unexpected '{' in field name");
            if (c == '[') {
                while (pos < end && str_char_at(s, pos) != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
            c = 0;
        }
        intptr_t fj = (c == '}' || c == ':' || c == '!') ? pos - 1 : pos;
        uint32_t conversion = 0;
        intptr_t si = pos, sj = pos;
        bool nested = false;
        if (c == '!' || c == ':') {
            if (c == '!') {
                if (pos >= end)
                    return fail_msg(st, b, "end of string while looking for conversion specifier");
                conversion = str_char_at(s, pos++);
                if (pos < end) {
                    uint32_t d = str_char_at(s, pos++);
                    if (d == '}') {
                        si = sj = pos;
                        goto field_done;
                    }
                    if (d != ':') return fail_msg(st, b, "expected ':' after conversion specifier");
                }
            }
            si = pos;
            int count = 1;
            bool closed = false;
            while (pos < end) {
                uint32_t d = str_char_at(s, pos++);
                if (d == '{') {
                    nested = true;
                    count++;
                } else if (d == '}' && --count == 0) {
                    sj = pos - 1;
                    closed = true;
                    break;
                }
            }
            if (!closed) return fail_msg(st, b, "unmatched '{' in format spec");
        } else if (c != '}') {
            return fail_msg(st, b, "expected '}' before end of string");
        }
    field_done:
        if (!render_field(st, s, fi, fj, conversion, si, sj, nested, depth, b)) return false;
    }
    return true;
}

Object *str_format_method(Thread *t, Object *fmt, const Ref *args, size_t nargs,
                          Object *kwnames, Ref mapping) {
    FormatState st = {t, args, nargs, kwnames, mapping, 0, 0};
    StrBuilder b;
    str_builder_init(&b);
    if (!format_into(&st, fmt, 0, str_len(fmt), 2, &b)) return NULL;
    return str_builder_finish(t, &b);
}
