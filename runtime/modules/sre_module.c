/* The _sre module: compile(words) checks a program built by re.py (see sre.h) and packs it
 * into an SreProgram; run(program, subject, pos, endpos, mode) matches it and returns the
 * registers. */
#include <string.h>

#include "modules/modules.h"
#include "modules/sre.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

Type sre_program_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_sre.Program",
    .tp_basicsize = sizeof(SreProgram),
    .tp_free = obj_free,
};

/* compile(words) -> the validated program. */
FN(sre_compile) {
    (void)self;
    if (!args_count(t, "compile", nargs, kw, 1, 1)) return REF_NULL;
    if (!ref_is_obj(args[0]) || ref_type(args[0]) != &list_type)
        return err_set(t, &exc_TypeError, "compile() expects a list of ints");
    Object *lst = ref_obj(args[0]);
    intptr_t n = list_size(lst);
    if (n < SRE_HDR + 1) return err_set(t, &exc_ValueError, "invalid program");
    uint32_t *w = mem_alloc(t, (size_t)n * sizeof(uint32_t));
    if (!w) return REF_NULL;
    Object *prog = NULL;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t v;
        if (!arg_ssize(t, list_items(lst)[i], &v)) goto done;
        if (v < 0 || v > (intptr_t)0xFFFFFFFF) {
            err_set(t, &exc_ValueError, "invalid program");
            goto done;
        }
        w[i] = (uint32_t)v;
    }
    prog = sre_program_new(t, w, (size_t)n);
done:
    mem_free(w);
    return prog ? ref_from_obj(prog) : REF_NULL;
}

typedef struct RunArgs {
    const SreProgram *prog;
    const uint32_t *code;
    SreSubject subj;
    intptr_t pos, endpos, extra;
} RunArgs;

/* Decodes (program, subject, pos, endpos, extra); pos/endpos clamped to the subject. */
static bool run_args(Thread *t, const char *fname, const Ref *args, size_t nargs, Object *kw, RunArgs *ra) {
    if (!args_count(t, fname, nargs, kw, 5, 5)) return false;
    if (!ref_is_obj(args[0]) || ref_type(args[0]) != &sre_program_type) {
        err_format(t, &exc_TypeError, "%s() expects a compiled program", fname);
        return false;
    }
    ra->prog = (const SreProgram *)ref_obj(args[0]);
    ra->code = ra->prog->words;
    bool bytes_pattern = (ra->code[2] & SRE_HDR_BYTES) != 0;
    if (str_check(args[1])) {
        if (bytes_pattern) {
            err_set(t, &exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return false;
        }
        Object *s = ref_obj(args[1]);
        ra->subj.data = str_data(s);
        ra->subj.kind = STR(s)->kind;
        ra->subj.len = str_len(s);
    } else {
        ByteView v;
        if (!bytes_view(args[1], &v)) {
            err_format(t, &exc_TypeError, "expected string or bytes-like object, got '%s'", ref_type(args[1])->tp_name);
            return false;
        }
        if (!bytes_pattern) {
            err_set(t, &exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return false;
        }
        ra->subj.data = v.data;
        ra->subj.kind = 1;
        ra->subj.len = v.len;
    }
    if (!arg_ssize(t, args[2], &ra->pos) || !arg_ssize(t, args[4], &ra->extra)) return false;
    if (ref_is_none(args[3])) ra->endpos = ra->subj.len;
    else if (!arg_ssize(t, args[3], &ra->endpos)) return false;
    if (ra->endpos > ra->subj.len) ra->endpos = ra->subj.len;
    if (ra->endpos < 0) ra->endpos = 0;
    if (ra->pos < 0) ra->pos = 0;
    return true;
}

/* The nslots capture slots, lastindex, then pos and endpos (clamped). */
static Object *regs_tuple(Thread *t, const intptr_t *regs, uint32_t nslots, const RunArgs *ra) {
    Object *tup = tuple_new(t, (intptr_t)nslots + 3);
    if (!tup) return NULL;
    for (uint32_t i = 0; i <= nslots; i++) tuple_items(tup)[i] = ref_from_int(regs[i]);
    tuple_items(tup)[nslots + 1] = ref_from_int(ra->pos);
    tuple_items(tup)[nslots + 2] = ref_from_int(ra->endpos);
    return tup;
}

/* run(program, subject, pos, endpos, mode) -> None, or the registers (regs_tuple; -1 for
 * unset). endpos None: the end of the subject. */
FN(sre_run_fn) {
    (void)self;
    RunArgs ra;
    if (!run_args(t, "run", args, nargs, kw, &ra)) return REF_NULL;
    if (ra.pos > ra.endpos) return REF_NONE;
    size_t nregs = ra.code[0];
    intptr_t small[64];
    intptr_t *regs = nregs <= 64 ? small : mem_alloc(t, nregs * sizeof(intptr_t));
    if (!regs) return REF_NULL;
    SreScratch scratch = {NULL, 0};
    int rc = sre_run(t, ra.prog, &ra.subj, ra.pos, ra.endpos, (int)ra.extra, regs, &scratch);
    sre_scratch_free(&scratch);
    Ref result = REF_NONE;
    if (rc < 0) result = REF_NULL;
    else if (rc > 0) result = ref_from_obj(regs_tuple(t, regs, ra.code[1], &ra));
    if (regs != small) mem_free(regs);
    return result;
}

/* runall(program, subject, pos, endpos, limit) -> a list of the register tuples of the
 * successive non-overlapping matches (as finditer finds them), at most limit (0: all). */
FN(sre_runall_fn) {
    (void)self;
    RunArgs ra;
    if (!run_args(t, "runall", args, nargs, kw, &ra)) return REF_NULL;
    Object *out = list_new(t, 0);
    if (!out) return REF_NULL;
    size_t nregs = ra.code[0];
    intptr_t small[64];
    intptr_t *regs = nregs <= 64 ? small : mem_alloc(t, nregs * sizeof(intptr_t));
    if (!regs) {
        obj_decref(out);
        return REF_NULL;
    }
    SreScratch scratch = {NULL, 0};
    intptr_t pos = ra.pos, count = 0;
    int must = 0, rc = 0;
    while (pos <= ra.endpos && (ra.extra <= 0 || count < ra.extra)) {
        rc = sre_run(t, ra.prog, &ra.subj, pos, ra.endpos, SRE_MODE_SEARCH | must, regs, &scratch);
        if (rc <= 0) break;
        Object *tup = regs_tuple(t, regs, ra.code[1], &ra);
        if (!tup || list_append(t, out, ref_from_obj(tup)) < 0) {
            obj_xdecref(tup);
            rc = -1;
            break;
        }
        obj_decref(tup);
        must = regs[0] == regs[1] ? SRE_MODE_MUST_ADVANCE : 0;
        pos = regs[1];
        count++;
    }
    sre_scratch_free(&scratch);
    if (regs != small) mem_free(regs);
    if (rc < 0) {
        obj_decref(out);
        return REF_NULL;
    }
    return ref_from_obj(out);
}

/* subject[a:b] as str (str subjects) or bytes (any bytes-like subject). */
static Ref subject_slice(Thread *t, Ref subject, const SreSubject *subj, intptr_t a, intptr_t b) {
    if (a < 0 || b < 0) return REF_NONE;
    if (str_check(subject)) return ref_from_obj(str_substr(t, ref_obj(subject), a, b));
    return ref_from_obj(bytes_from(t, (const char *)subj->data + a, b - a));
}

/* Iterates the matches of a search loop (as finditer): calls each(ctx, regs) per match. */
typedef int (*MatchFn)(Thread *t, void *ctx, const intptr_t *regs);

static int for_each_match(Thread *t, const RunArgs *ra, intptr_t limit, MatchFn each, void *ctx) {
    size_t nregs = ra->code[0];
    intptr_t small[64];
    intptr_t *regs = nregs <= 64 ? small : mem_alloc(t, nregs * sizeof(intptr_t));
    if (!regs) return -1;
    SreScratch scratch = {NULL, 0};
    intptr_t pos = ra->pos, count = 0;
    int must = 0, rc = 0;
    while (pos <= ra->endpos && (limit <= 0 || count < limit)) {
        rc = sre_run(t, ra->prog, &ra->subj, pos, ra->endpos, SRE_MODE_SEARCH | must, regs, &scratch);
        if (rc <= 0) break;
        if (each(t, ctx, regs) < 0) {
            rc = -1;
            break;
        }
        must = regs[0] == regs[1] ? SRE_MODE_MUST_ADVANCE : 0;
        pos = regs[1];
        count++;
    }
    sre_scratch_free(&scratch);
    if (regs != small) mem_free(regs);
    return rc < 0 ? -1 : 0;
}

typedef struct ListCtx {
    Object *out;
    Ref subject;
    const RunArgs *ra;
    intptr_t last;
} ListCtx;

static int append_steal(Thread *t, Object *list, Ref v) {
    if (ref_is_null(v)) return -1;
    return list_append_steal(t, list, v);
}

static int findall_each(Thread *t, void *vctx, const intptr_t *regs) {
    ListCtx *c = vctx;
    uint32_t ngroups = c->ra->code[1] / 2 - 1;
    if (ngroups == 0) return append_steal(t, c->out, subject_slice(t, c->subject, &c->ra->subj, regs[0], regs[1]));
    Object *tup = ngroups > 1 ? tuple_new(t, ngroups) : NULL;
    if (ngroups > 1 && !tup) return -1;
    for (uint32_t g = 1; g <= ngroups; g++) {
        intptr_t a = regs[2 * g], b = regs[2 * g + 1];
        if (a < 0 || b < 0) a = b = 0;
        Ref v = subject_slice(t, c->subject, &c->ra->subj, a, b);
        if (ref_is_null(v)) {
            obj_xdecref(tup);
            return -1;
        }
        if (!tup) return append_steal(t, c->out, v);
        tuple_items(tup)[g - 1] = v;
    }
    return append_steal(t, c->out, ref_from_obj(tup));
}

/* findall(program, subject, pos, endpos, 0) -> list, with findall's group rules. */
FN(sre_findall_fn) {
    (void)self;
    RunArgs ra;
    if (!run_args(t, "findall", args, nargs, kw, &ra)) return REF_NULL;
    Object *out = list_new(t, 0);
    if (!out) return REF_NULL;
    ListCtx c = {out, args[1], &ra, 0};
    if (for_each_match(t, &ra, 0, findall_each, &c) < 0) {
        obj_decref(out);
        return REF_NULL;
    }
    return ref_from_obj(out);
}

static int split_each(Thread *t, void *vctx, const intptr_t *regs) {
    ListCtx *c = vctx;
    uint32_t ngroups = c->ra->code[1] / 2 - 1;
    if (append_steal(t, c->out, subject_slice(t, c->subject, &c->ra->subj, c->last, regs[0])) < 0) return -1;
    for (uint32_t g = 1; g <= ngroups; g++)
        if (append_steal(t, c->out, subject_slice(t, c->subject, &c->ra->subj, regs[2 * g], regs[2 * g + 1])) < 0)
            return -1;
    c->last = regs[1];
    return 0;
}

/* split(program, subject, 0, endpos, maxsplit) -> list (maxsplit >= 0). */
FN(sre_split_fn) {
    (void)self;
    RunArgs ra;
    if (!run_args(t, "split", args, nargs, kw, &ra)) return REF_NULL;
    Object *out = list_new(t, 0);
    if (!out) return REF_NULL;
    ListCtx c = {out, args[1], &ra, 0};
    if (for_each_match(t, &ra, ra.extra, split_each, &c) < 0 ||
        append_steal(t, out, subject_slice(t, args[1], &ra.subj, c.last, ra.subj.len)) < 0) {
        obj_decref(out);
        return REF_NULL;
    }
    return ref_from_obj(out);
}

typedef struct SubCtx {
    Ref subject;
    const RunArgs *ra;
    Object *tpl;          /* list of ints (groups) and str/bytes literals */
    bool is_str;
    StrBuilder sb;
    BytesBuf bb;
    intptr_t last, n;
    intptr_t pieces;      /* as str.join would count them, for its messages */
} SubCtx;

static bool sub_put_subject(Thread *t, SubCtx *c, intptr_t a, intptr_t b) {
    if (a < 0 || b <= a) return true;
    c->pieces++;
    if (c->is_str) return str_builder_put_substr(t, &c->sb, ref_obj(c->subject), a, b);
    return bytes_buf_put(t, &c->bb, (const char *)c->ra->subj.data + a, b - a);
}

static int sub_each(Thread *t, void *vctx, const intptr_t *regs) {
    SubCtx *c = vctx;
    if (!sub_put_subject(t, c, c->last, regs[0])) return -1;
    intptr_t n = list_size(c->tpl);
    uint32_t nslots = c->ra->code[1];
    for (intptr_t i = 0; i < n; i++) {
        Ref p = list_items(c->tpl)[i];
        if (ref_is_int(p)) {
            intptr_t g = ref_int(p);
            if (g < 0 || 2 * g + 1 >= (intptr_t)nslots) {
                err_set(t, &exc_IndexError, "no such group");
                return -1;
            }
            if (!sub_put_subject(t, c, regs[2 * g], regs[2 * g + 1])) return -1;
        } else if (c->is_str) {
            if (!str_check(p)) {
                err_format(t, &exc_TypeError, "sequence item %zd: expected str instance, %s found", c->pieces,
                           ref_type(p)->tp_name);
                return -1;
            }
            if (!str_builder_put_str(t, &c->sb, ref_obj(p))) return -1;
            c->pieces++;
        } else {
            ByteView v;
            if (!bytes_view(p, &v)) {
                err_format(t, &exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found", c->pieces,
                           ref_type(p)->tp_name);
                return -1;
            }
            if (!bytes_buf_put(t, &c->bb, v.data, v.len)) return -1;
            c->pieces++;
        }
    }
    c->last = regs[1];
    c->n++;
    return 0;
}

/* subn(program, subject, template, endpos, count) -> (result, n); the template is a list
 * of group numbers and literal pieces (re.py parses it). */
FN(sre_subn_fn) {
    (void)self;
    if (!args_count(t, "subn", nargs, kw, 5, 5)) return REF_NULL;
    if (!ref_is_obj(args[2]) || ref_type(args[2]) != &list_type)
        return err_set(t, &exc_TypeError, "subn() expects a template list");
    Ref rargs[5] = {args[0], args[1], ref_from_int(0), args[3], args[4]};
    RunArgs ra;
    if (!run_args(t, "subn", rargs, 5, NULL, &ra)) return REF_NULL;
    SubCtx c;
    c.subject = args[1];
    c.ra = &ra;
    c.tpl = ref_obj(args[2]);
    c.is_str = str_check(args[1]);
    c.last = c.n = c.pieces = 0;
    str_builder_init(&c.sb);
    bytes_buf_init(&c.bb);
    Object *res = NULL;
    if (for_each_match(t, &ra, ra.extra, sub_each, &c) == 0 && sub_put_subject(t, &c, c.last, ra.subj.len)) {
        if (c.is_str) bytes_buf_discard(&c.bb);
        else str_builder_discard(&c.sb);
        res = c.is_str ? str_builder_finish(t, &c.sb) : bytes_buf_finish(t, &c.bb);
        if (!res) return REF_NULL;
        Object *tup = tuple_pack(t, 2, ref_from_obj(res), int_from_i64(t, c.n));
        obj_decref(res);
        return ref_from_obj(tup);
    }
    str_builder_discard(&c.sb);
    bytes_buf_discard(&c.bb);
    return REF_NULL;
}

static const MethodDef sre_methods[] = {
    {"compile", sre_compile, 0, NULL},
    {"run", sre_run_fn, 0, NULL},
    {"runall", sre_runall_fn, 0, NULL},
    {"findall", sre_findall_fn, 0, NULL},
    {"split", sre_split_fn, 0, NULL},
    {"subn", sre_subn_fn, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *sre_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_sre");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, sre_methods);
    if (rc == 0) rc = module_add_ref(t, m, "MAXREPEAT", ref_from_int(SRE_NONE));
    if (rc == 0) rc = module_add_ref(t, m, "MAXGROUPS", ref_from_int(0x3FFFFFFF));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
