/* The _sre module: compile() checks a program built by re.py (see sre.h), packs it into an
 * SreProgram and wraps it in a re.Pattern (sre_pattern.c). */
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

/* The words of a list of ints as a validated program. */
static SreProgram *program_from_list(Thread *t, Ref code) {
    if (!ref_is_obj(code) || ref_type(code) != &list_type) {
        err_set(t, &exc_TypeError, "compile() expects a list of ints");
        return NULL;
    }
    Object *lst = ref_obj(code);
    intptr_t n = list_size(lst);
    if (n < SRE_HDR + 1) {
        err_set(t, &exc_ValueError, "invalid program");
        return NULL;
    }
    uint32_t *w = mem_alloc(t, (size_t)n * sizeof(uint32_t));
    if (!w) return NULL;
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
    return (SreProgram *)prog;
}

/* indexgroup: number -> name (None for unnamed groups), from groupindex. */
static Object *index_group(Thread *t, Object *groupindex, intptr_t groups) {
    Object *tup = tuple_new(t, groups + 1);
    if (!tup) return NULL;
    for (intptr_t i = 0; i <= groups; i++) tuple_items(tup)[i] = REF_NONE;
    intptr_t it = 0;
    Ref name, num;
    while (dict_next(groupindex, &it, &name, &num))
        if (ref_is_int(num) && ref_int(num) >= 0 && ref_int(num) <= groups)
            REF_SETREF(tuple_items(tup)[ref_int(num)], ref_dup(name));
    return tup;
}

/* compile(pattern, flags, code, groups, groupindex) -> re.Pattern: the program `code`
 * (words, see sre.h) of `pattern` as re.py's parser made it. */
FN(sre_compile) {
    (void)self;
    if (!args_count(t, "compile", nargs, kw, 5, 5)) return REF_NULL;
    intptr_t flags, groups;
    if (!arg_ssize(t, args[1], &flags) || !arg_ssize(t, args[3], &groups)) return REF_NULL;
    if (!dict_check(args[4])) return err_set(t, &exc_TypeError, "compile() expects a dict of groups");
    SreProgram *prog = program_from_list(t, args[2]);
    if (!prog) return REF_NULL;
    if (groups < 0 || 2 * (groups + 1) != (intptr_t)prog->words[1]) {
        obj_decref(&prog->ob);
        return err_set(t, &exc_ValueError, "invalid program");
    }
    SrePattern *p = (SrePattern *)obj_alloc(t, &sre_pattern_type, sizeof(SrePattern));
    if (!p) {
        obj_decref(&prog->ob);
        return REF_NULL;
    }
    p->prog = prog;
    p->pattern = ref_dup(args[0]);
    p->flags = flags;
    p->groups = groups;
    p->isbytes = (prog->words[2] & SRE_HDR_BYTES) != 0;
    p->groupindex = dict_copy(t, ref_obj(args[4]));
    p->indexgroup = p->groupindex ? index_group(t, p->groupindex, groups) : NULL;
    gc_track(&p->ob);
    if (!p->indexgroup) {
        obj_decref(&p->ob);
        return REF_NULL;
    }
    return ref_from_obj(&p->ob);
}

static const MethodDef sre_methods[] = {
    {"compile", sre_compile, 0, NULL},
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
