/* re.Match: the result of a successful run (see sre.h), and the template expansion that
 * Match.expand and Pattern.sub share. */
#include <string.h>

#include "modules/modules.h"
#include "modules/sre.h"
#include "spry.h"
#include "objects/container_util.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)
#define MATCH(r) ((SreMatch *)ref_obj(r))

Ref sre_match_new(Thread *t, SrePattern *p, Ref string, intptr_t pos, intptr_t endpos, const intptr_t *regs) {
    intptr_t nslots = p->prog->words[1];
    SreMatch *m = (SreMatch *)obj_alloc(t, &sre_match_type, sizeof(SreMatch) + (size_t)nslots * sizeof(intptr_t));
    if (!m) return REF_NULL;
    obj_incref(&p->ob);
    m->pattern = p;
    m->string = ref_dup(string);
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = regs[nslots];
    m->nslots = nslots;
    memcpy(m->regs, regs, (size_t)nslots * sizeof(intptr_t));
    gc_track(&m->ob);
    return ref_from_obj(&m->ob);
}

Ref sre_slice(Thread *t, Ref string, const SreSubject *subj, intptr_t a, intptr_t b) {
    if (a < 0 || b < 0) return REF_NONE;
    if (str_check(string)) return ref_from_obj(str_substr(t, ref_obj(string), a, b));
    return ref_from_obj(bytes_from(t, (const char *)subj->data + a, b - a));
}

/* Group i's text, or dflt when it did not take part. A bytes-like subject is read as it is
 * now (it may have changed since the match). */
static Ref match_group_at(Thread *t, SreMatch *m, intptr_t i, Ref dflt) {
    intptr_t a = m->regs[2 * i], b = m->regs[2 * i + 1];
    if (a < 0 || b < 0) return ref_dup(dflt);
    if (str_check(m->string)) return ref_from_obj(str_substr(t, ref_obj(m->string), a, b));
    ByteView v = {"", 0};
    if (!bytes_view(m->string, &v)) v.len = 0;
    if (b > v.len) b = v.len;
    if (a > b) a = b;
    return ref_from_obj(bytes_from(t, v.data + a, b - a));
}

/* The group number that g names: an index, or a name of the pattern's groupindex.
 * -1 with IndexError "no such group" (or the error of hashing g). */
static intptr_t match_index(Thread *t, SreMatch *m, Ref g) {
    intptr_t i = -1;
    if (ref_is_int(g)) {
        i = ref_int(g);
    } else if (ref_type(g)->index) {
        i = obj_as_ssize(t, g, NULL);
        if (i == -1 && err_occurred(t)) return -1;
    } else {
        Ref v = dict_get(t, m->pattern->groupindex, g);
        if (ref_is_null(v) && err_occurred(t)) return -1;
        if (ref_is_int(v)) i = ref_int(v);
        ref_close(v);
    }
    if (i < 0 || i > m->pattern->groups) {
        err_set(t, &exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static Ref match_group_of(Thread *t, SreMatch *m, Ref g) {
    intptr_t i = match_index(t, m, g);
    return i < 0 ? REF_NULL : match_group_at(t, m, i, REF_NONE);
}

FN(match_group) {
    SreMatch *m = MATCH(self);
    if (!args_no_kw(t, "Match.group", kw)) return REF_NULL;
    if (nargs == 0) return match_group_at(t, m, 0, REF_NONE);
    if (nargs == 1) return match_group_of(t, m, args[0]);
    Object *tup = tuple_new(t, (intptr_t)nargs);
    if (!tup) return REF_NULL;
    for (size_t k = 0; k < nargs; k++) {
        Ref v = match_group_of(t, m, args[k]);
        if (ref_is_null(v)) {
            obj_decref(tup);
            return REF_NULL;
        }
        tuple_items(tup)[k] = v;
    }
    return ref_from_obj(tup);
}

static Ref match_getitem(Thread *t, Ref self, Ref g) { return match_group_of(t, MATCH(self), g); }

/* The optional `default` argument of groups() and groupdict(). */
static bool default_arg(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, Ref *dflt) {
    static const char *const names[] = {"default", NULL};
    ArgSpec spec = {fname, names, 0, -1};
    if (!args_parse(t, &spec, args, nargs, kw, dflt)) return false;
    if (ref_is_null(*dflt)) *dflt = REF_NONE;
    return true;
}

FN(match_groups) {
    SreMatch *m = MATCH(self);
    Ref dflt;
    if (!default_arg(t, "groups", args, nargs, kw, &dflt)) return REF_NULL;
    Object *tup = tuple_new(t, m->pattern->groups);
    if (!tup) return REF_NULL;
    for (intptr_t i = 1; i <= m->pattern->groups; i++) {
        Ref v = match_group_at(t, m, i, dflt);
        if (ref_is_null(v)) {
            obj_decref(tup);
            return REF_NULL;
        }
        tuple_items(tup)[i - 1] = v;
    }
    return ref_from_obj(tup);
}

FN(match_groupdict) {
    SreMatch *m = MATCH(self);
    Ref dflt;
    if (!default_arg(t, "groupdict", args, nargs, kw, &dflt)) return REF_NULL;
    Object *d = dict_new(t);
    if (!d) return REF_NULL;
    intptr_t it = 0;
    Ref name, num;
    while (dict_next(m->pattern->groupindex, &it, &name, &num)) {
        Ref v = ref_is_int(num) ? match_group_at(t, m, ref_int(num), dflt) : ref_dup(dflt);
        if (ref_is_null(v) || dict_set_steal(t, d, ref_dup(name), v) < 0) {
            obj_decref(d);
            return REF_NULL;
        }
    }
    return ref_from_obj(d);
}

/* The group of start/end/span: positional only, 0 by default. -1 on error. */
static intptr_t span_group(Thread *t, SreMatch *m, const char *fname, const char *qualname, const Ref *args,
                           size_t nargs, Object *kw) {
    if (!args_no_kw(t, qualname, kw) || !args_count(t, fname, nargs, NULL, 0, 1)) return -1;
    return nargs ? match_index(t, m, args[0]) : 0;
}

FN(match_start) {
    intptr_t i = span_group(t, MATCH(self), "start", "Match.start", args, nargs, kw);
    return i < 0 ? REF_NULL : ref_from_int(MATCH(self)->regs[2 * i]);
}

FN(match_end) {
    intptr_t i = span_group(t, MATCH(self), "end", "Match.end", args, nargs, kw);
    return i < 0 ? REF_NULL : ref_from_int(MATCH(self)->regs[2 * i + 1]);
}

static Ref span_tuple(Thread *t, const SreMatch *m, intptr_t i) {
    return ref_from_obj(tuple_pack(t, 2, ref_from_int(m->regs[2 * i]), ref_from_int(m->regs[2 * i + 1])));
}

FN(match_span) {
    intptr_t i = span_group(t, MATCH(self), "span", "Match.span", args, nargs, kw);
    return i < 0 ? REF_NULL : span_tuple(t, MATCH(self), i);
}

/* CPython expands a template with groups by joining its pieces with string[:0]: for a
 * subject whose slices have no join (memoryview, array.array) that fails with the
 * AttributeError raised here. */
static bool subject_joins(Thread *t, Ref string) {
    if (str_check(string) || bytes_check(string) || ref_type_is(string, &bytearray_type)) return true;
    Object *all = slice_new(t, ref_from_int(0), ref_from_int(0), REF_NULL);
    Ref empty = all ? obj_getitem(t, string, ref_from_obj(all)) : REF_NULL;
    obj_xdecref(all);
    Ref join = ref_is_null(empty) ? REF_NULL : obj_getattr_cstr(t, empty, "join");
    ref_close(empty);
    ref_close(join);
    return !ref_is_null(join);
}

bool sre_expand_into(Thread *t, Object *tpl, const intptr_t *regs, intptr_t nslots, Ref string,
                     const SreSubject *subj, StrBuilder *sb, BytesBuf *bb, intptr_t *pieces) {
    bool is_str = str_check(string), joins = false;
    for (intptr_t i = 0; i < list_size(tpl); i++) {
        Ref p = list_items(tpl)[i];
        const char *data;
        intptr_t len;
        if (ref_is_int(p)) {
            if (!joins && !(joins = subject_joins(t, string))) return false;
            intptr_t g = ref_int(p);
            if (g < 0 || 2 * g + 1 >= nslots) {
                err_set(t, &exc_IndexError, "no such group");
                return false;
            }
            intptr_t a = regs[2 * g], b = regs[2 * g + 1];
            (*pieces)++;
            if (a < 0 || b <= a) continue;
            if (is_str) {
                if (!str_builder_put_substr(t, sb, ref_obj(string), a, b)) return false;
                continue;
            }
            data = (const char *)subj->data + a;
            len = b - a;
        } else if (is_str) {
            if (!str_check(p)) {
                err_format(t, &exc_TypeError, "sequence item %zd: expected str instance, %T found", *pieces, p);
                return false;
            }
            (*pieces)++;
            if (!str_builder_put_str(t, sb, ref_obj(p))) return false;
            continue;
        } else {
            ByteView v;
            if (!bytes_view(p, &v)) {
                err_format(t, &exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found", *pieces,
                           p);
                return false;
            }
            (*pieces)++;
            data = v.data;
            len = v.len;
        }
        if (!bytes_buf_put(t, bb, data, len)) return false;
    }
    return true;
}

FN(match_expand) {
    static const char *const names[] = {"template", NULL};
    static const ArgSpec spec = {"expand", names, 1, -1};
    SreMatch *m = MATCH(self);
    Ref template;
    if (!args_parse(t, &spec, args, nargs, kw, &template)) return REF_NULL;
    if (!subject_joins(t, m->string)) return REF_NULL;
    Object *tpl = sre_parse_template(t, m->pattern, template);
    if (!tpl) return REF_NULL;
    SreSubject subj = {"", 1, 0};
    if (!str_check(m->string)) {
        ByteView v;
        if (bytes_view(m->string, &v)) subj.data = v.data, subj.len = v.len;
    }
    StrBuilder sb;
    BytesBuf bb;
    str_builder_init(&sb);
    bytes_buf_init(&bb);
    intptr_t pieces = 0;
    Object *res = NULL;
    if (sre_expand_into(t, tpl, m->regs, m->nslots, m->string, &subj, &sb, &bb, &pieces))
        res = str_check(m->string)                       ? str_builder_finish(t, &sb)
              : ref_type_is(m->string, &bytearray_type) ? bytes_buf_finish_bytearray(t, &bb) /* as CPython's join */
                                                         : bytes_buf_finish(t, &bb);
    str_builder_discard(&sb);
    bytes_buf_discard(&bb);
    obj_decref(tpl);
    return res ? ref_from_obj(res) : REF_NULL;
}

static Ref match_repr(Thread *t, Ref self) {
    SreMatch *m = MATCH(self);
    Ref g = match_group_at(t, m, 0, REF_NONE);
    if (ref_is_null(g)) return REF_NULL;
    Ref r = obj_repr(t, g);
    ref_close(g);
    if (ref_is_null(r)) return REF_NULL;
    if (str_len(ref_obj(r)) > 50) REF_SETREF(r, ref_from_obj(str_substr(t, ref_obj(r), 0, 50)));
    if (ref_is_null(r)) return REF_NULL;
    Object *s = str_from_format(t, "<re.Match object; span=(%zd, %zd), match=%U>", m->regs[0], m->regs[1],
                                ref_obj(r));
    ref_close(r);
    return s ? ref_from_obj(s) : REF_NULL;
}

FN(match_copy) {
    if (!args_none(t, "__copy__", nargs, kw)) return REF_NULL;
    return ref_dup(self);
}

FN(match_deepcopy) {
    if (!args_one(t, "__deepcopy__", nargs, kw)) return REF_NULL;
    return ref_dup(self);
}

static Ref match_get_pos(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_from_int(MATCH(self)->pos);
}

static Ref match_get_endpos(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_from_int(MATCH(self)->endpos);
}

static Ref match_get_lastindex(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    intptr_t li = MATCH(self)->lastindex;
    return li < 0 ? REF_NONE : ref_from_int(li);
}

static Ref match_get_lastgroup(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    SreMatch *m = MATCH(self);
    if (m->lastindex < 0 || m->lastindex >= tuple_size(m->pattern->indexgroup)) return REF_NONE;
    return ref_dup(tuple_items(m->pattern->indexgroup)[m->lastindex]);
}

static Ref match_get_regs(Thread *t, Ref self, void *c) {
    (void)c;
    SreMatch *m = MATCH(self);
    Object *tup = tuple_new(t, m->pattern->groups + 1);
    if (!tup) return REF_NULL;
    for (intptr_t i = 0; i <= m->pattern->groups; i++) {
        Ref span = span_tuple(t, m, i);
        if (ref_is_null(span)) {
            obj_decref(tup);
            return REF_NULL;
        }
        tuple_items(tup)[i] = span;
    }
    return ref_from_obj(tup);
}

static Ref match_get_string(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_dup(MATCH(self)->string);
}

static Ref match_get_re(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_new(&MATCH(self)->pattern->ob);
}

static int match_traverse(Object *o, VisitFn visit, void *arg) {
    SreMatch *m = (SreMatch *)o;
    VISIT_OBJ(m->pattern);
    VISIT_REF(m->string);
    return 0;
}

static int match_clear(Object *o) {
    SreMatch *m = (SreMatch *)o;
    REF_SETREF(m->string, REF_NONE);
    return 0;
}

static void match_dealloc(Object *o) {
    SreMatch *m = (SreMatch *)o;
    gc_untrack(o);
    ref_close(m->string);
    obj_xdecref(&m->pattern->ob);
    o->ob_type->tp_free(o);
}

static const MethodDef match_methods[] = {
    {"group", match_group, 0, NULL},
    {"groups", match_groups, 0, NULL},
    {"groupdict", match_groupdict, 0, NULL},
    {"start", match_start, 0, NULL},
    {"end", match_end, 0, NULL},
    {"span", match_span, 0, NULL},
    {"expand", match_expand, 0, NULL},
    {"__copy__", match_copy, 0, NULL},
    {"__deepcopy__", match_deepcopy, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef match_getsets[] = {
    {"pos", match_get_pos, NULL, NULL, NULL},
    {"endpos", match_get_endpos, NULL, NULL, NULL},
    {"lastindex", match_get_lastindex, NULL, NULL, NULL},
    {"lastgroup", match_get_lastgroup, NULL, NULL, NULL},
    {"regs", match_get_regs, NULL, NULL, NULL},
    {"string", match_get_string, NULL, NULL, NULL},
    {"re", match_get_re, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type sre_match_type = {
    TYPE_HEAD_INIT,
    .tp_name = "re.Match",
    .tp_basicsize = sizeof(SreMatch),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION | TPFLAG_IMMUTABLETYPE,
    .tp_doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
    .tp_dealloc = match_dealloc,
    .tp_traverse = match_traverse,
    .tp_clear = match_clear,
    .tp_free = obj_free,
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getsets = match_getsets,
};
