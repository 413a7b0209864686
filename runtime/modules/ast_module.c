/* _ast_core: the node schema for runtime/lib/_ast.py, ast.parse's C half (source -> C tree
 * -> Python nodes), and the class table both converters share. */
#include <string.h>

#include "compiler/codegen.h"
#include "compiler/compile.h"
#include "modules/ast_module.h"
#include "modules/modules.h"
#include "spry.h"

static const char *const position_names[4] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

int ast_desc_index(AstSort sort, int kind) {
    const AstNodeDesc *d = ast_node_desc(sort, kind);
    return d ? (int)(d - ast_node_descs) : -1;
}

/* ---- the class table ------------------------------------------------------------------------ */
int ast_classes_init(Thread *t, AstClasses *c) {
    memset(c, 0, sizeof *c);
    c->t = t;
    if (ast_node_desc_count > AST_DESC_SLOTS) {
        err_set(t, &exc_SystemError, "ast: node table larger than AST_DESC_SLOTS");
        return -1;
    }
    Ref mod = import_module(t, "_ast");
    if (ref_is_null(mod)) return -1;
    int rc = -1;
    c->ast = obj_getattr_cstr(t, mod, "AST");
    if (ref_is_null(c->ast)) goto done;
    for (int i = 0; i < ast_node_desc_count; i++) {
        const AstNodeDesc *d = &ast_node_descs[i];
        if (ref_is_null(c->cls[i] = obj_getattr_cstr(t, mod, d->name))) goto done;
        for (int f = 0; f < d->nfields; f++)
            if (!(c->field[i][f] = str_intern_cstr(t, d->fields[f].name))) goto done;
    }
    for (int s = 0; s < AST_ENUM_SORTS; s++) {
        const char *name;
        for (int k = 1; k < AST_MAX_ENUM && (name = ast_enum_member_name(AS_EXPR_CONTEXT + s, k)); k++)
            if (ref_is_null(c->enum_cls[s][k] = obj_getattr_cstr(t, mod, name))) goto done;
    }
    for (int p = 0; p < 4; p++)
        if (!(c->pos[p] = str_intern_cstr(t, position_names[p]))) goto done;
    rc = 0;
done:
    ref_close(mod);
    return rc;
}

void ast_classes_fini(AstClasses *c) {
    ref_close(c->ast);
    for (int i = 0; i < AST_DESC_SLOTS; i++) {
        ref_close(c->cls[i]);
        for (int f = 0; f < AST_MAX_FIELDS; f++)
            if (c->field[i][f]) obj_decref(c->field[i][f]);
    }
    for (int s = 0; s < AST_ENUM_SORTS; s++)
        for (int k = 0; k < AST_MAX_ENUM; k++) {
            ref_close(c->enum_cls[s][k]);
            ref_close(c->enum_obj[s][k]);
        }
    for (int p = 0; p < 4; p++)
        if (c->pos[p]) obj_decref(c->pos[p]);
}

int ast_is_node_object(Thread *t, Ref obj) {
    Ref mod = import_module(t, "_ast");
    if (ref_is_null(mod)) return -1;
    Ref base = obj_getattr_cstr(t, mod, "AST");
    ref_close(mod);
    if (ref_is_null(base)) return -1;
    int r = obj_isinstance(t, obj, base);
    ref_close(base);
    return r;
}

/* ---- C tree -> Python objects ------------------------------------------------------------------ */
static Ref node_to_object(AstClasses *c, int desc, const void *node);

static Ref str_or_none(Thread *t, const char *s) {
    return s ? ref_from_obj(str_from_utf8(t, s, (intptr_t)strlen(s))) : REF_NONE;
}

/* One value of `sort` stored at `slot` (a pointer member, an int/enum member, or an
 * embedded AstConstant). */
static Ref value_to_object(AstClasses *c, AstSort sort, const void *slot) {
    Thread *t = c->t;
    if (ast_sort_is_node(sort)) {
        const void *node = *(const void *const *)slot;
        if (!node) return REF_NONE;
        int kind = ast_sort_has_kind(sort) ? *(const int *)node : 0;
        int desc = ast_desc_index(sort, kind);
        if (desc < 0) return err_set(t, &exc_SystemError, "ast: unknown node kind");
        return node_to_object(c, desc, node);
    }
    if (ast_sort_is_enum(sort)) {
        int kind = *(const int *)slot, s = sort - AS_EXPR_CONTEXT;
        if (kind < 1 || kind >= AST_MAX_ENUM || ref_is_null(c->enum_cls[s][kind]))
            return err_set(t, &exc_SystemError, "ast: unknown operator kind");
        if (ref_is_null(c->enum_obj[s][kind])) {
            c->enum_obj[s][kind] = object_new(t, (Type *)ref_obj(c->enum_cls[s][kind]), NULL, 0, NULL);
            if (ref_is_null(c->enum_obj[s][kind])) return REF_NULL;
        }
        return ref_dup(c->enum_obj[s][kind]);
    }
    switch (sort) {
    case AS_IDENTIFIER:
    case AS_STRING: return str_or_none(t, *(const char *const *)slot);
    case AS_INT: return ref_from_int(*(const int *)slot);
    case AS_CONSTANT: return ast_constant_object(t, (const AstConstant *)slot);
    default: return err_set(t, &exc_SystemError, "ast: bad field type");
    }
}

static Ref seq_to_object(AstClasses *c, AstSort sort, const AstAnySeq *seq) {
    Object *list = list_new(c->t, seq->n);
    if (!list) return REF_NULL;
    for (int i = 0; i < seq->n; i++) {
        const void *slot = sort == AS_CMPOP ? (const void *)((const int *)seq->items + i)
                                            : (const void *)((void *const *)seq->items + i);
        Ref v = value_to_object(c, sort, slot);
        if (ref_is_null(v)) {
            obj_decref(list);
            return REF_NULL;
        }
        list_items(list)[i] = v;
    }
    return ref_from_obj(list);
}

static Ref node_to_object(AstClasses *c, int desc, const void *node) {
    Thread *t = c->t;
    const AstNodeDesc *d = &ast_node_descs[desc];
    if (!rec_enter(t, " during ast construction")) return REF_NULL;
    Ref obj = object_new(t, (Type *)ref_obj(c->cls[desc]), NULL, 0, NULL);
    if (ref_is_null(obj)) goto fail;
    for (int f = 0; f < d->nfields; f++) {
        const AstFieldDesc *fd = &d->fields[f];
        const char *slot = (const char *)node + fd->offset;
        Ref v = fd->quant == AQ_SEQ ? seq_to_object(c, fd->sort, (const AstAnySeq *)slot)
                                    : value_to_object(c, fd->sort, slot);
        if (ref_is_null(v)) goto fail;
        int rc = obj_setattr(t, obj, c->field[desc][f], v);
        ref_close(v);
        if (rc < 0) goto fail;
    }
    if (d->pos >= 0) {
        const int *pos = (const int *)((const char *)node + d->pos);
        for (int p = 0; p < 4; p++)
            if (obj_setattr(t, obj, c->pos[p], ref_from_int(pos[p])) < 0) goto fail;
    }
    rec_leave(t);
    return obj;
fail:
    rec_leave(t);
    ref_close(obj);
    return REF_NULL;
}

Ref ast_mod_to_object(AstClasses *c, const AstMod *mod) {
    return value_to_object(c, AS_MOD, &mod);
}

/* ---- the module --------------------------------------------------------------------------------- */
/* The ASDL spelling of a field's type: "expr", "stmt*", "identifier?". */
static Object *field_type_str(Thread *t, const AstFieldDesc *f) {
    static const char *const suffix[] = {"", "?", "*"};
    return str_from_format(t, "%s%s", ast_sort_name(f->sort), suffix[f->quant]);
}

static Ref schema_entry(Thread *t, const char *name, const char *base, const AstNodeDesc *d) {
    int n = d ? d->nfields : 0;
    Object *fields = tuple_new(t, n);
    if (!fields) return REF_NULL;
    for (int f = 0; f < n; f++) {
        Object *fname = str_from_cstr(t, d->fields[f].name);
        Object *ftype = fname ? field_type_str(t, &d->fields[f]) : NULL;
        Object *pair = ftype ? tuple_pack(t, 2, ref_from_obj(ftype), ref_from_obj(fname)) : NULL;
        if (fname) obj_decref(fname);
        if (ftype) obj_decref(ftype);
        if (!pair) {
            obj_decref(fields);
            return REF_NULL;
        }
        tuple_items(fields)[f] = ref_from_obj(pair);
    }
    Object *nm = str_from_cstr(t, name), *bs = nm ? str_from_cstr(t, base) : NULL;
    Object *entry = bs ? tuple_pack(t, 3, ref_from_obj(nm), ref_from_obj(bs), ref_from_obj(fields)) : NULL;
    if (nm) obj_decref(nm);
    if (bs) obj_decref(bs);
    obj_decref(fields);
    return ref_from_obj(entry);
}

/* schema() -> ((class name, ASDL type, ((field type, field name), ...)), ...), in ASDL order:
 * the node classes, then the members of the enum types. */
static Ref ast_schema_fn(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    (void)self;
    (void)args;
    if (!args_none(t, "schema", nargs, kw)) return REF_NULL;
    Object *list = list_new(t, 0);
    if (!list) return REF_NULL;
    for (int i = 0; i < ast_node_desc_count; i++) {
        const AstNodeDesc *d = &ast_node_descs[i];
        if (list_append_steal(t, list, schema_entry(t, d->name, ast_sort_name(d->sort), d)) < 0) goto fail;
    }
    for (AstSort s = AS_EXPR_CONTEXT; s <= AS_CMPOP; s++) {
        const char *name;
        for (int k = 1; (name = ast_enum_member_name(s, k)); k++)
            if (list_append_steal(t, list, schema_entry(t, name, ast_sort_name(s), NULL)) < 0) goto fail;
    }
    Object *tup = list_as_tuple(t, list);
    obj_decref(list);
    return ref_from_obj(tup);
fail:
    obj_decref(list);
    return REF_NULL;
}

Ref ast_parse_object(Thread *t, const char *src, size_t len, Object *filename, int mode, int flags) {
    if (memchr(src, '\0', len)) return err_set(t, &exc_SyntaxError, "source code string cannot contain null bytes");
    Arena *a = arena_new();
    if (!a) return err_no_memory(t);
    AstMod *mod = compile_parse(t, a, src, len, filename, mode, flags);
    Ref r = REF_NULL;
    if (mod) {
        AstClasses c;
        if (ast_classes_init(t, &c) == 0) r = ast_mod_to_object(&c, mod);
        ast_classes_fini(&c);
    }
    arena_free(a);
    return r;
}

Object *ast_compile_object(Thread *t, Ref tree, Object *filename, int mode, int flags) {
    Arena *a = arena_new();
    if (!a) {
        err_no_memory(t);
        return NULL;
    }
    AstClasses c;
    Object *co = NULL;
    if (ast_classes_init(t, &c) == 0) {
        AstMod *mod = ast_mod_from_object(&c, a, tree, mode);
        if (mod) co = compile_tree(t, a, mod, filename, mode, flags, NULL, 0);
    }
    ast_classes_fini(&c);
    arena_free(a);
    return co;
}

static const MethodDef ast_methods[] = {
    {"schema", ast_schema_fn, 0, "The node classes of the ast module as data."},
    {NULL, NULL, 0, NULL},
};

Object *ast_core_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_ast_core");
    if (!m) return NULL;
    if (module_add_functions(t, m, ast_methods) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
