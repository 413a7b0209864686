/* re.Pattern and its scanner (_sre.SRE_Scanner): the methods that run a compiled program
 * (see sre.h) over a subject and build Match objects, lists and substituted strings. */
#include <stdio.h>
#include <string.h>

#include "modules/modules.h"
#include "modules/sre.h"
#include "objects/weakref.h"
#include "spry.h"
#include "objects/container_util.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)
#define PATTERN(r) ((SrePattern *)ref_obj(r))

/* A backtrack stack larger than this (in bytes) is not kept for the next run. */
#define SCRATCH_KEEP_MAX (1 << 20)

bool sre_subject(Thread *t, const SrePattern *p, Ref string, SreSubject *subj) {
    if (str_check(string)) {
        if (p->isbytes) {
            err_set(t, &exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return false;
        }
        Object *s = ref_obj(string);
        subj->data = str_data(s);
        subj->kind = STR(s)->kind;
        subj->len = str_len(s);
        return true;
    }
    ByteView v;
    if (!bytes_view(string, &v)) {
        err_format(t, &exc_TypeError, "expected string or bytes-like object, got '%T'", string);
        return false;
    }
    if (!p->isbytes) {
        err_set(t, &exc_TypeError, "cannot use a string pattern on a bytes-like object");
        return false;
    }
    subj->data = v.data;
    subj->kind = 1;
    subj->len = v.len;
    return true;
}

int sre_pattern_run(Thread *t, SrePattern *p, const SreSubject *subj, intptr_t pos, intptr_t endpos, int mode,
                    intptr_t *regs) {
    int rc = sre_run(t, p->prog, subj, pos, endpos, mode, regs, &p->scratch);
    if (p->scratch.cap * 32 > SCRATCH_KEEP_MAX) sre_scratch_free(&p->scratch);
    return rc;
}

/* Registers for one run: a caller's small array, or the heap for big programs. */
enum { SMALL_REGS = 64 };
static intptr_t *regs_for(Thread *t, const SrePattern *p, intptr_t *small) {
    size_t n = p->prog->words[0];
    return n <= SMALL_REGS ? small : mem_alloc(t, n * sizeof(intptr_t));
}

static void regs_done(intptr_t *regs, intptr_t *small) {
    if (regs != small) mem_free(regs);
}

/* Clamps pos/endpos to the subject as CPython does. */
static void clamp_range(const SreSubject *subj, intptr_t *pos, intptr_t *endpos) {
    if (*pos < 0) *pos = 0;
    if (*pos > subj->len) *pos = subj->len;
    if (*endpos < 0) *endpos = 0;
    if (*endpos > subj->len) *endpos = subj->len;
}

/* (string, pos=0, endpos=sys.maxsize), the arguments of match, search, fullmatch,
 * finditer, findall and scanner. */
static bool string_pos_args(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, Ref *string,
                            intptr_t *pos, intptr_t *endpos) {
    static const char *const names[] = {"string", "pos", "endpos", NULL};
    ArgSpec spec = {fname, names, 1, -1};
    Ref a[3];
    if (!kw && nargs >= 1 && nargs <= 3) {
        a[0] = args[0];
        a[1] = nargs > 1 ? args[1] : REF_NULL;
        a[2] = nargs > 2 ? args[2] : REF_NULL;
    } else if (!args_parse(t, &spec, args, nargs, kw, a)) {
        return false;
    }
    *string = a[0];
    *pos = 0;
    *endpos = INTPTR_MAX;
    if (!ref_is_null(a[1]) && !arg_ssize(t, a[1], pos)) return false;
    return ref_is_null(a[2]) || arg_ssize(t, a[2], endpos);
}

/* match / fullmatch / search */
static Ref pattern_run_once(Thread *t, Ref self, const char *fname, int mode, const Ref *args, size_t nargs,
                            Object *kw) {
    SrePattern *p = PATTERN(self);
    Ref string;
    intptr_t pos, endpos;
    SreSubject subj;
    if (!string_pos_args(t, fname, args, nargs, kw, &string, &pos, &endpos) || !sre_subject(t, p, string, &subj))
        return REF_NULL;
    clamp_range(&subj, &pos, &endpos);
    if (pos > endpos) return REF_NONE;
    intptr_t small[SMALL_REGS], *regs = regs_for(t, p, small);
    if (!regs) return REF_NULL;
    int rc = sre_pattern_run(t, p, &subj, pos, endpos, mode, regs);
    Ref result = rc < 0 ? REF_NULL : rc == 0 ? REF_NONE : sre_match_new(t, p, string, pos, endpos, regs);
    regs_done(regs, small);
    return result;
}

FN(pattern_match) { return pattern_run_once(t, self, "match", SRE_MODE_MATCH, args, nargs, kw); }
FN(pattern_fullmatch) { return pattern_run_once(t, self, "fullmatch", SRE_MODE_FULLMATCH, args, nargs, kw); }
FN(pattern_search) { return pattern_run_once(t, self, "search", SRE_MODE_SEARCH, args, nargs, kw); }

/* Calls each(t, ctx, regs) for the successive matches of a search from pos to endpos, as
 * finditer finds them (an empty match is never followed by another at the same place),
 * at most limit of them (0: all). 0, or -1 with an exception. */
typedef int (*MatchFn)(Thread *t, void *ctx, const intptr_t *regs);

static int for_each_match(Thread *t, SrePattern *p, const SreSubject *subj, intptr_t pos, intptr_t endpos,
                          intptr_t limit, MatchFn each, void *ctx) {
    intptr_t small[SMALL_REGS], *regs = regs_for(t, p, small);
    if (!regs) return -1;
    intptr_t count = 0;
    int must = 0, rc = 0;
    while (pos <= endpos && (limit <= 0 || count < limit)) {
        rc = sre_pattern_run(t, p, subj, pos, endpos, SRE_MODE_SEARCH | must, regs);
        if (rc <= 0) break;
        if (each(t, ctx, regs) < 0) {
            rc = -1;
            break;
        }
        must = regs[0] == regs[1] ? SRE_MODE_MUST_ADVANCE : 0;
        pos = regs[1];
        count++;
    }
    regs_done(regs, small);
    return rc < 0 ? -1 : 0;
}

typedef struct ListCtx {
    Object *out;
    Ref string;
    const SreSubject *subj;
    intptr_t ngroups;
    intptr_t last;      /* split: where the text after the previous match starts */
} ListCtx;

static int append_steal(Thread *t, Object *list, Ref v) {
    if (ref_is_null(v)) return -1;
    return list_append_steal(t, list, v);
}

/* findall's item: the match, its one group, or the tuple of its groups ('' when unset). */
static int findall_each(Thread *t, void *vctx, const intptr_t *regs) {
    ListCtx *c = vctx;
    if (c->ngroups == 0) return append_steal(t, c->out, sre_slice(t, c->string, c->subj, regs[0], regs[1]));
    Object *tup = c->ngroups > 1 ? tuple_new(t, c->ngroups) : NULL;
    if (c->ngroups > 1 && !tup) return -1;
    for (intptr_t g = 1; g <= c->ngroups; g++) {
        intptr_t a = regs[2 * g], b = regs[2 * g + 1];
        if (a < 0 || b < 0) a = b = 0;
        Ref v = sre_slice(t, c->string, c->subj, a, b);
        if (ref_is_null(v)) {
            obj_xdecref(tup);
            return -1;
        }
        if (!tup) return append_steal(t, c->out, v);
        tuple_items(tup)[g - 1] = v;
    }
    return append_steal(t, c->out, ref_from_obj(tup));
}

FN(pattern_findall) {
    SrePattern *p = PATTERN(self);
    Ref string;
    intptr_t pos, endpos;
    SreSubject subj;
    if (!string_pos_args(t, "findall", args, nargs, kw, &string, &pos, &endpos) || !sre_subject(t, p, string, &subj))
        return REF_NULL;
    clamp_range(&subj, &pos, &endpos);
    Object *out = list_new(t, 0);
    if (!out) return REF_NULL;
    ListCtx c = {out, string, &subj, p->groups, 0};
    if (for_each_match(t, p, &subj, pos, endpos, 0, findall_each, &c) < 0) {
        obj_decref(out);
        return REF_NULL;
    }
    return ref_from_obj(out);
}

static int split_each(Thread *t, void *vctx, const intptr_t *regs) {
    ListCtx *c = vctx;
    if (append_steal(t, c->out, sre_slice(t, c->string, c->subj, c->last, regs[0])) < 0) return -1;
    for (intptr_t g = 1; g <= c->ngroups; g++)
        if (append_steal(t, c->out, sre_slice(t, c->string, c->subj, regs[2 * g], regs[2 * g + 1])) < 0) return -1;
    c->last = regs[1];
    return 0;
}

FN(pattern_split) {
    static const char *const names[] = {"string", "maxsplit", NULL};
    static const ArgSpec spec = {"split", names, 1, -1};
    SrePattern *p = PATTERN(self);
    Ref a[2];
    intptr_t maxsplit = 0;
    SreSubject subj;
    if (!args_parse(t, &spec, args, nargs, kw, a) || (!ref_is_null(a[1]) && !arg_ssize(t, a[1], &maxsplit)) ||
        !sre_subject(t, p, a[0], &subj))
        return REF_NULL;
    Object *out = list_new(t, 0);
    if (!out) return REF_NULL;
    ListCtx c = {out, a[0], &subj, p->groups, 0};
    if (maxsplit >= 0 && for_each_match(t, p, &subj, 0, subj.len, maxsplit, split_each, &c) < 0) {
        obj_decref(out);
        return REF_NULL;
    }
    if (append_steal(t, out, sre_slice(t, a[0], &subj, c.last, subj.len)) < 0) {
        obj_decref(out);
        return REF_NULL;
    }
    return ref_from_obj(out);
}

/* ---- sub / subn ------------------------------------------------------------------------ */

Object *sre_parse_template(Thread *t, SrePattern *p, Ref template) {
    Ref re = import_module(t, "re");
    if (ref_is_null(re)) return NULL;
    Ref fn = obj_getattr_cstr(t, re, "_parse_template");
    ref_close(re);
    if (ref_is_null(fn)) return NULL;
    Ref tpl = obj_call2(t, fn, template, ref_from_obj(&p->ob));
    ref_close(fn);
    if (ref_is_null(tpl)) return NULL;
    if (!ref_is_obj(tpl) || ref_type(tpl) != &list_type) {
        ref_close(tpl);
        err_set(t, &exc_TypeError, "re._parse_template must return a list");
        return NULL;
    }
    return ref_obj(tpl);
}

/* The parsed form of a replacement that is not callable: a list of literals and group
 * numbers. The last one is kept on the pattern, as sub() is usually called with the same
 * (immutable) template again. */
static Object *sub_template(Thread *t, SrePattern *p, Ref repl) {
    bool immutable = str_check_exact(repl) || bytes_check_exact(repl);
    if (immutable && !ref_is_null(p->tpl_source) && ref_is(repl, p->tpl_source)) {
        obj_incref(p->tpl_parsed);
        return p->tpl_parsed;
    }
    bool escaped = false;
    if (str_check(repl)) {
        for (intptr_t i = 0; i < str_len(ref_obj(repl)) && !escaped; i++)
            escaped = str_char_at(ref_obj(repl), i) == '\\';
    } else {
        ByteView v;
        if (!bytes_view(repl, &v)) {
            err_format(t, &exc_TypeError, "decoding to str: need a bytes-like object, %T found", repl);
            return NULL;
        }
        escaped = memchr(v.data, '\\', (size_t)v.len) != NULL;
    }
    Object *tpl;
    if (escaped) {
        tpl = sre_parse_template(t, p, repl);
    } else if (str_check(repl) || bytes_check_exact(repl)) {
        tpl = list_new(t, 0);
        if (tpl && list_append(t, tpl, repl) < 0) OBJ_SETREF(tpl, NULL);
    } else { /* a mutable bytes-like literal: a copy of its bytes now */
        ByteView v;
        bytes_view(repl, &v);
        Object *b = bytes_from(t, v.data, v.len);
        tpl = b ? list_new(t, 0) : NULL;
        if (tpl && list_append(t, tpl, ref_from_obj(b)) < 0) OBJ_SETREF(tpl, NULL);
        obj_xdecref(b);
    }
    if (tpl && immutable) {
        REF_SETREF(p->tpl_source, ref_dup(repl));
        obj_incref(tpl);
        OBJ_SETREF(p->tpl_parsed, tpl);
    }
    return tpl;
}

typedef struct SubCtx {
    SrePattern *p;
    Ref string;              /* the subject as given (Match.string) */
    const SreSubject *subj;
    Ref filter;              /* a callable replacement, or REF_NULL */
    Object *tpl;             /* else the parsed template */
    bool is_str;
    StrBuilder sb;
    BytesBuf bb;
    intptr_t last, n;
    intptr_t pieces;         /* as str.join would count them, for its messages */
} SubCtx;

static bool sub_put_subject(Thread *t, SubCtx *c, intptr_t a, intptr_t b) {
    if (a < 0 || b <= a) return true;
    c->pieces++;
    if (c->is_str) return str_builder_put_substr(t, &c->sb, ref_obj(c->string), a, b);
    return bytes_buf_put(t, &c->bb, (const char *)c->subj->data + a, b - a);
}

/* What a callable replacement returned (None: nothing). */
static bool sub_put_item(Thread *t, SubCtx *c, Ref item) {
    if (ref_is_none(item)) return true;
    if (c->is_str) {
        if (!str_check(item)) {
            err_format(t, &exc_TypeError, "sequence item %zd: expected str instance, %T found", c->pieces, item);
            return false;
        }
        c->pieces++;
        return str_builder_put_str(t, &c->sb, ref_obj(item));
    }
    ByteView v;
    if (!bytes_view(item, &v)) {
        err_format(t, &exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found", c->pieces, item);
        return false;
    }
    c->pieces++;
    return bytes_buf_put(t, &c->bb, v.data, v.len);
}

static int sub_each(Thread *t, void *vctx, const intptr_t *regs) {
    SubCtx *c = vctx;
    if (!sub_put_subject(t, c, c->last, regs[0])) return -1;
    if (ref_is_null(c->filter)) {
        if (!sre_expand_into(t, c->tpl, regs, c->p->prog->words[1], c->string, c->subj, &c->sb, &c->bb,
                             &c->pieces))
            return -1;
    } else {
        Ref m = sre_match_new(t, c->p, c->string, 0, c->subj->len, regs);
        if (ref_is_null(m)) return -1;
        Ref item = obj_call1(t, c->filter, m);
        ref_close(m);
        if (ref_is_null(item)) return -1;
        bool ok = sub_put_item(t, c, item);
        ref_close(item);
        if (!ok) return -1;
    }
    c->last = regs[1];
    c->n++;
    return 0;
}

/* sub and subn: the new string, and the number of replacements when want_n. */
static Ref pattern_subx(Thread *t, Ref self, const char *fname, bool want_n, const Ref *args, size_t nargs,
                        Object *kw) {
    static const char *const names[] = {"repl", "string", "count", NULL};
    SrePattern *p = PATTERN(self);
    ArgSpec spec = {fname, names, 2, -1};
    Ref a[3];
    intptr_t count = 0;
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    Ref repl = a[0], string = a[1];
    SubCtx c;
    memset(&c, 0, sizeof c);
    c.p = p;
    c.string = string;
    c.filter = REF_NULL;
    if (obj_callable(repl)) c.filter = repl;
    else if (!(c.tpl = sub_template(t, p, repl))) return REF_NULL;
    Ref result = REF_NULL;
    Object *copy = NULL; /* a callable may change a mutable subject: match over a copy */
    SreSubject subj;
    if ((!ref_is_null(a[2]) && !arg_ssize(t, a[2], &count)) || !sre_subject(t, p, string, &subj)) goto done;
    c.is_str = str_check(string);
    if (!c.is_str && !ref_is_null(c.filter) && !bytes_check_exact(string)) {
        if (!(copy = bytes_from(t, subj.data, subj.len))) goto done;
        subj.data = bytes_data(copy);
    }
    c.subj = &subj;
    str_builder_init(&c.sb);
    bytes_buf_init(&c.bb);
    if ((count < 0 || for_each_match(t, p, &subj, 0, subj.len, count, sub_each, &c) == 0) &&
        sub_put_subject(t, &c, c.last, subj.len)) {
        Object *res = c.is_str ? str_builder_finish(t, &c.sb) : bytes_buf_finish(t, &c.bb);
        if (res && want_n) {
            result = ref_from_obj(tuple_pack(t, 2, ref_from_obj(res), ref_from_int(c.n)));
            obj_decref(res);
        } else if (res) {
            result = ref_from_obj(res);
        }
    }
    str_builder_discard(&c.sb);
    bytes_buf_discard(&c.bb);
done:
    obj_xdecref(copy);
    obj_xdecref(c.tpl);
    return result;
}

FN(pattern_sub) { return pattern_subx(t, self, "sub", false, args, nargs, kw); }
FN(pattern_subn) { return pattern_subx(t, self, "subn", true, args, nargs, kw); }

/* ---- the scanner and finditer ----------------------------------------------------------- */

typedef struct SreScanner {
    Object ob;
    SrePattern *pattern;
    Ref string;
    intptr_t pos, endpos;   /* the next run starts at pos; pos -1: exhausted */
    bool must_advance;      /* the previous match was empty and ended at pos */
} SreScanner;

#define SCANNER(r) ((SreScanner *)ref_obj(r))

static Ref scanner_new(Thread *t, SrePattern *p, const char *fname, const Ref *args, size_t nargs, Object *kw) {
    Ref string;
    intptr_t pos, endpos;
    SreSubject subj;
    if (!string_pos_args(t, fname, args, nargs, kw, &string, &pos, &endpos) || !sre_subject(t, p, string, &subj))
        return REF_NULL;
    clamp_range(&subj, &pos, &endpos);
    SreScanner *s = (SreScanner *)obj_alloc(t, &sre_scanner_type, sizeof(SreScanner));
    if (!s) return REF_NULL;
    obj_incref(&p->ob);
    s->pattern = p;
    s->string = ref_dup(string);
    s->pos = pos;
    s->endpos = endpos;
    gc_track(&s->ob);
    return ref_from_obj(&s->ob);
}

static Ref scanner_step(Thread *t, Ref self, int mode, size_t nargs, Object *kw, const char *fname) {
    SreScanner *s = SCANNER(self);
    if (!args_none(t, fname, nargs, kw)) return REF_NULL;
    SreSubject subj;
    if (s->pos < 0) return REF_NONE;
    if (!sre_subject(t, s->pattern, s->string, &subj)) return REF_NULL;
    intptr_t endpos = s->endpos < subj.len ? s->endpos : subj.len;
    if (s->pos > endpos) {
        s->pos = -1;
        return REF_NONE;
    }
    intptr_t small[SMALL_REGS], *regs = regs_for(t, s->pattern, small);
    if (!regs) return REF_NULL;
    int rc = sre_pattern_run(t, s->pattern, &subj, s->pos, endpos, mode | (s->must_advance ? SRE_MODE_MUST_ADVANCE : 0),
                             regs);
    Ref result = REF_NONE;
    if (rc < 0) {
        result = REF_NULL;
    } else if (rc == 0) {
        s->pos = -1;
    } else {
        result = sre_match_new(t, s->pattern, s->string, s->pos, endpos, regs);
        s->must_advance = regs[0] == regs[1];
        s->pos = regs[1];
    }
    regs_done(regs, small);
    return result;
}

FN(scanner_match) {
    (void)args;
    return scanner_step(t, self, SRE_MODE_MATCH, nargs, kw, "match");
}

FN(scanner_search) {
    (void)args;
    return scanner_step(t, self, SRE_MODE_SEARCH, nargs, kw, "search");
}

static Ref scanner_get_pattern(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_new(&SCANNER(self)->pattern->ob);
}

static int scanner_traverse(Object *o, VisitFn visit, void *arg) {
    SreScanner *s = (SreScanner *)o;
    VISIT_OBJ(s->pattern);
    VISIT_REF(s->string);
    return 0;
}

static int scanner_clear(Object *o) {
    SreScanner *s = (SreScanner *)o;
    REF_SETREF(s->string, REF_NONE);
    s->pos = -1;
    return 0;
}

static void scanner_dealloc(Object *o) {
    SreScanner *s = (SreScanner *)o;
    gc_untrack(o);
    ref_close(s->string);
    obj_xdecref(&s->pattern->ob);
    o->ob_type->tp_free(o);
}

static const MethodDef scanner_methods[] = {
    {"match", scanner_match, 0, NULL},
    {"search", scanner_search, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef scanner_getsets[] = {
    {"pattern", scanner_get_pattern, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type sre_scanner_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_sre.SRE_Scanner",
    .tp_basicsize = sizeof(SreScanner),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION | TPFLAG_IMMUTABLETYPE,
    .tp_dealloc = scanner_dealloc,
    .tp_traverse = scanner_traverse,
    .tp_clear = scanner_clear,
    .tp_free = obj_free,
    .methods = scanner_methods,
    .getsets = scanner_getsets,
};

FN(pattern_scanner) { return scanner_new(t, PATTERN(self), "scanner", args, nargs, kw); }

/* iter(scanner.search, None), as CPython's finditer. */
FN(pattern_finditer) {
    Ref scanner = scanner_new(t, PATTERN(self), "finditer", args, nargs, kw);
    if (ref_is_null(scanner)) return REF_NULL;
    Ref search = obj_getattr_cstr(t, scanner, "search");
    ref_close(scanner);
    if (ref_is_null(search)) return REF_NULL;
    Object *it = callable_iter_new(t, search, REF_NONE);
    ref_close(search);
    return it ? ref_from_obj(it) : REF_NULL;
}

/* ---- the Pattern object ------------------------------------------------------------------- */

/* "re.IGNORECASE|re.MULTILINE": the names of the flags in CPython's table order. */
static bool put_flag_names(Thread *t, StrBuilder *sb, intptr_t flags) {
    static const struct {
        const char *name;
        intptr_t bit;
    } table[] = {{"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8},
                 {"re.DOTALL", 16},  {"re.UNICODE", 32},   {"re.VERBOSE", 64}, {"re.DEBUG", 128},
                 {"re.ASCII", 256}};
    bool first = true;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (!(flags & table[i].bit)) continue;
        if ((!first && !str_builder_putc(t, sb, '|')) || !str_builder_put_cstr(t, sb, table[i].name)) return false;
        first = false;
        flags &= ~table[i].bit;
    }
    if (flags) {
        char hex[32];
        snprintf(hex, sizeof hex, "%s0x%lx", first ? "" : "|", (unsigned long)flags);
        if (!str_builder_put_cstr(t, sb, hex)) return false;
    }
    return true;
}

static Ref pattern_repr(Thread *t, Ref self) {
    SrePattern *p = PATTERN(self);
    Ref r = obj_repr(t, p->pattern);
    if (ref_is_null(r)) return REF_NULL;
    StrBuilder sb;
    str_builder_init(&sb);
    intptr_t n = str_len(ref_obj(r));
    bool ok = str_builder_put_cstr(t, &sb, "re.compile(") &&
              str_builder_put_substr(t, &sb, ref_obj(r), 0, n > 200 ? 200 : n);
    ref_close(r);
    intptr_t shown = p->flags; /* UNICODE only when it is not implied (a plain str pattern) */
    if ((shown & (4 | 32 | 256)) == 32) shown &= ~(intptr_t)32;
    if (ok && shown) ok = str_builder_put_cstr(t, &sb, ", ") && put_flag_names(t, &sb, shown);
    if (ok) ok = str_builder_putc(t, &sb, ')');
    if (!ok) {
        str_builder_discard(&sb);
        return REF_NULL;
    }
    Object *s = str_builder_finish(t, &sb);
    return s ? ref_from_obj(s) : REF_NULL;
}

static Ref pattern_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !ref_type_is(b, &sre_pattern_type)) return REF_NOTIMPLEMENTED;
    SrePattern *x = PATTERN(a), *y = PATTERN(b);
    int eq = 1;
    if (x != y) {
        eq = x->flags == y->flags && x->isbytes == y->isbytes;
        if (eq) eq = obj_eq(t, x->pattern, y->pattern);
        if (eq < 0) return REF_NULL;
    }
    return ref_from_bool((op == CMP_EQ) == (eq == 1));
}

static int64_t pattern_hash(Thread *t, Ref self) {
    SrePattern *p = PATTERN(self);
    int64_t h = obj_hash(t, p->pattern);
    if (h == -1) return -1;
    h ^= (int64_t)p->flags * 1000003 + p->isbytes;
    return h == -1 ? -2 : h;
}

FN(pattern_copy) {
    if (!args_none(t, "__copy__", nargs, kw)) return REF_NULL;
    return ref_dup(self);
}

FN(pattern_deepcopy) {
    if (!args_one(t, "__deepcopy__", nargs, kw)) return REF_NULL;
    return ref_dup(self);
}

static Ref pattern_get_pattern(Thread *t, Ref self, void *c) {
    (void)t, (void)c;
    return ref_dup(PATTERN(self)->pattern);
}

static Ref pattern_get_flags(Thread *t, Ref self, void *c) {
    (void)c;
    return int_from_i64(t, PATTERN(self)->flags);
}

static Ref pattern_get_groups(Thread *t, Ref self, void *c) {
    (void)c;
    return int_from_i64(t, PATTERN(self)->groups);
}

/* A read-only view of the names, or (as CPython) a new empty dict when there are none. */
static Ref pattern_get_groupindex(Thread *t, Ref self, void *c) {
    (void)c;
    Object *gi = PATTERN(self)->groupindex;
    Object *r = dict_size(gi) ? mappingproxy_new(t, gi) : dict_new(t);
    return r ? ref_from_obj(r) : REF_NULL;
}

static int pattern_traverse(Object *o, VisitFn visit, void *arg) {
    SrePattern *p = (SrePattern *)o;
    VISIT_REF(p->pattern);
    VISIT_OBJ(p->groupindex);
    VISIT_OBJ(p->indexgroup);
    VISIT_REF(p->tpl_source);
    VISIT_OBJ(p->tpl_parsed);
    return 0;
}

static int pattern_clear(Object *o) {
    SrePattern *p = (SrePattern *)o;
    REF_SETREF(p->tpl_source, REF_NULL);
    OBJ_SETREF(p->tpl_parsed, NULL);
    return 0;
}

static void pattern_dealloc(Object *o) {
    SrePattern *p = (SrePattern *)o;
    gc_untrack(o);
    if (p->weakreflist) weakref_clear_refs(o);
    ref_close(p->pattern);
    obj_xdecref(p->groupindex);
    obj_xdecref(p->indexgroup);
    if (p->prog) obj_decref(&p->prog->ob);
    ref_close(p->tpl_source);
    obj_xdecref(p->tpl_parsed);
    sre_scratch_free(&p->scratch);
    o->ob_type->tp_free(o);
}

static const MethodDef pattern_methods[] = {
    {"match", pattern_match, 0, NULL},
    {"fullmatch", pattern_fullmatch, 0, NULL},
    {"search", pattern_search, 0, NULL},
    {"finditer", pattern_finditer, 0, NULL},
    {"findall", pattern_findall, 0, NULL},
    {"split", pattern_split, 0, NULL},
    {"sub", pattern_sub, 0, NULL},
    {"subn", pattern_subn, 0, NULL},
    {"scanner", pattern_scanner, 0, NULL},
    {"__copy__", pattern_copy, 0, NULL},
    {"__deepcopy__", pattern_deepcopy, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef pattern_getsets[] = {
    {"pattern", pattern_get_pattern, NULL, "The pattern string from which the RE object was compiled.", NULL},
    {"flags", pattern_get_flags, NULL, "The regex matching flags.", NULL},
    {"groups", pattern_get_groups, NULL, "The number of capturing groups in the pattern.", NULL},
    {"groupindex", pattern_get_groupindex, NULL, "A dictionary mapping group names to group numbers.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type sre_pattern_type = {
    TYPE_HEAD_INIT,
    .tp_name = "re.Pattern",
    .tp_basicsize = sizeof(SrePattern),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_DISALLOW_INSTANTIATION | TPFLAG_IMMUTABLETYPE,
    .tp_doc = "Compiled regular expression object.",
    .tp_dealloc = pattern_dealloc,
    .tp_traverse = pattern_traverse,
    .tp_clear = pattern_clear,
    .tp_free = obj_free,
    .tp_weaklistoffset = offsetof(SrePattern, weakreflist),
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
};
