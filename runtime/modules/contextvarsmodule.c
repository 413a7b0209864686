/* The _contextvars module (PEP 567): Context, ContextVar and Token.
 *
 * Each thread has a current Context (Thread.context, created empty on first use). A
 * Context owns a dict ContextVar -> value; ContextVar.set writes into the current
 * context's dict, Context.run makes a context current for one call, and
 * copy_context()/Context.copy() snapshot the dict. CPython keeps an immutable HAMT so a
 * copy is O(1); here a copy shares the dict, and whoever writes to a shared dict copies
 * it first (asyncio copies the context for every task, and few of them ever set a
 * variable). */
#include "modules/modules.h"
#include "spry.h"

typedef struct ContextObj {
    Object ob;
    Object *vars;       /* dict: ContextVar -> value */
    Object *prev;       /* the context current before run() entered this one */
    uint64_t version;   /* bumped whenever vars changes (ContextVar lookup caches) */
    bool entered;
} ContextObj;

typedef struct ContextVarObj {
    Object ob;
    Object *name;       /* str */
    Ref dflt;           /* REF_NULL: no default */
    /* The last lookup: the value found in cached_ctx (owned, so that no other context
     * can take its address) while that context's version was cached_version. The value
     * is borrowed: the context's dict holds it as long as the version is unchanged. */
    Object *cached_ctx;
    uint64_t cached_version;
    Ref cached_value;
} ContextVarObj;

typedef struct TokenObj {
    Object ob;
    Object *ctx;
    Object *var;
    Ref old;            /* the value before set(), or Token.MISSING */
    bool used;
} TokenObj;

extern Type context_type, contextvar_type, token_type, token_missing_type;

/* Token.MISSING: immortal, never written. */
Object token_missing_obj = {.ob_refcnt = REFCNT_IMMORTAL, .ob_type = &token_missing_type};
#define REF_MISSING ref_immortal(&token_missing_obj)

#define CTX(o) ((ContextObj *)(o))
#define VAR(o) ((ContextVarObj *)(o))
#define TOK(o) ((TokenObj *)(o))

/* ---- Context ----------------------------------------------------------------------------- */

static Object *context_alloc(Thread *t, Object *vars /* stolen */) {
    if (!vars) return NULL;
    ContextObj *c = (ContextObj *)obj_alloc(t, &context_type, sizeof(ContextObj));
    if (!c) {
        obj_decref(vars);
        return NULL;
    }
    c->vars = vars;
    c->prev = NULL;
    c->version = 0;
    c->entered = false;
    gc_track(&c->ob);
    return &c->ob;
}

/* The thread's current context (borrowed), created empty on first use. */
static Object *context_current(Thread *t) {
    if (!t->context) t->context = context_alloc(t, dict_new(t));
    return t->context;
}

/* A snapshot of c's variables: its dict, shared until one side writes. */
static Object *context_snapshot(Thread *t, ContextObj *c) {
    obj_incref(c->vars);
    return context_alloc(t, c->vars);
}

/* c's dict, copied first when another context shares it. */
static Object *context_vars_for_write(Thread *t, ContextObj *c) {
    if (c->vars->ob_refcnt > 1) {
        Object *own = dict_copy(t, c->vars);
        if (!own) return NULL;
        OBJ_SETREF(c->vars, own);
    }
    return c->vars;
}

static void context_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(CTX(o)->vars);
    obj_xdecref(CTX(o)->prev);
    o->ob_type->tp_free(o);
}

static int context_traverse(Object *o, VisitFn visit, void *arg) {
    int r;
    if (CTX(o)->vars && (r = visit(CTX(o)->vars, arg))) return r;
    if (CTX(o)->prev && (r = visit(CTX(o)->prev, arg))) return r;
    return 0;
}

static int context_clear(Object *o) {
    CTX(o)->version++;
    OBJ_SETREF(CTX(o)->vars, NULL);
    OBJ_SETREF(CTX(o)->prev, NULL);
    return 0;
}

static Ref context_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    if (nargs || (kw && tuple_size(kw)))
        return err_set(t, &exc_TypeError, "Context() does not accept any arguments");
    Object *c = context_alloc(t, dict_new(t));
    return c ? ref_from_obj(c) : REF_NULL;
}

static bool check_var_key(Thread *t, Ref key) {
    if (ref_type_is(key, &contextvar_type)) return true;
    err_format(t, &exc_TypeError, "a ContextVar key was expected, got %R", key);
    return false;
}

static Ref context_getitem(Thread *t, Ref self, Ref key) {
    if (!check_var_key(t, key)) return REF_NULL;
    Ref v = dict_get(t, CTX(ref_obj(self))->vars, key);
    if (ref_is_null(v) && !err_occurred(t)) err_set_value(t, &exc_KeyError, key);
    return v;
}

static int context_contains(Thread *t, Ref self, Ref key) {
    if (!check_var_key(t, key)) return -1;
    return dict_contains(t, CTX(ref_obj(self))->vars, key);
}

static intptr_t context_len(Thread *t, Ref self) { return dict_size(CTX(ref_obj(self))->vars); }

static Ref context_iter(Thread *t, Ref self) {
    return obj_iter(t, ref_from_obj(CTX(ref_obj(self))->vars));
}

static Ref context_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !ref_type_is(b, &context_type)) return REF_NOTIMPLEMENTED;
    return obj_richcompare(t, ref_from_obj(CTX(ref_obj(a))->vars),
                           ref_from_obj(CTX(ref_obj(b))->vars), op);
}

static Ref context_m_get(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "get", nargs, kw, 1, 2)) return REF_NULL;
    if (!check_var_key(t, args[0])) return REF_NULL;
    Ref v = dict_get(t, CTX(ref_obj(self))->vars, args[0]);
    if (!ref_is_null(v) || err_occurred(t)) return v;
    return nargs > 1 ? ref_dup(args[1]) : REF_NONE;
}

static Ref context_view(Thread *t, Ref self, size_t nargs, Object *kw, const char *name, Type *kind) {
    if (!args_none(t, name, nargs, kw)) return REF_NULL;
    return dict_view_new(t, CTX(ref_obj(self))->vars, kind);
}

static Ref context_m_keys(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return context_view(t, self, nargs, kw, "keys", &dict_keys_type);
}

static Ref context_m_values(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return context_view(t, self, nargs, kw, "values", &dict_values_type);
}

static Ref context_m_items(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return context_view(t, self, nargs, kw, "items", &dict_items_type);
}

static Ref context_m_copy(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "copy", nargs, kw)) return REF_NULL;
    Object *c = context_snapshot(t, CTX(ref_obj(self)));
    return c ? ref_from_obj(c) : REF_NULL;
}

static Ref context_run(Thread *t, ContextObj *c, Ref fn, const Ref *args, size_t nargs, Object *kw) {
    if (c->entered)
        return err_format(t, &exc_RuntimeError, "cannot enter context: %R is already entered", ref_from_obj(&c->ob));
    c->prev = t->context;              /* the reference moves from the thread to c->prev */
    c->entered = true;
    obj_incref(&c->ob);
    t->context = &c->ob;
    Ref r = obj_call(t, fn, args, nargs, kw);
    t->context = c->prev;
    c->prev = NULL;
    c->entered = false;
    obj_decref(&c->ob);
    return r;
}

static Ref context_m_run(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (nargs < 1) return err_set(t, &exc_TypeError, "run() missing 1 required positional argument");
    return context_run(t, CTX(ref_obj(self)), args[0], args + 1, nargs - 1, kw);
}

static const MethodDef context_methods[] = {
    {"run", context_m_run, 0, NULL},
    {"copy", context_m_copy, 0, NULL},
    {"get", context_m_get, 0, NULL},
    {"keys", context_m_keys, 0, NULL},
    {"values", context_m_values, 0, NULL},
    {"items", context_m_items, 0, NULL},
    {NULL},
};

Type context_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_contextvars.Context",
    .tp_basicsize = sizeof(ContextObj),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_MAPPING,
    .tp_dealloc = context_dealloc,
    .tp_traverse = context_traverse,
    .tp_clear = context_clear,
    .tp_free = obj_free,
    .hash = hash_not_implemented,
    .richcompare = context_richcompare,
    .new_ = context_new,
    .getitem = context_getitem,
    .contains = context_contains,
    .len = context_len,
    .iter = context_iter,
    .methods = context_methods,
};

/* ---- ContextVar -------------------------------------------------------------------------- */

static void contextvar_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(VAR(o)->name);
    ref_close(VAR(o)->dflt);
    obj_xdecref(VAR(o)->cached_ctx);
    o->ob_type->tp_free(o);
}

static int contextvar_traverse(Object *o, VisitFn visit, void *arg) {
    Ref d = VAR(o)->dflt;
    int r;
    if (ref_is_obj(d) && (r = visit(ref_obj(d), arg))) return r;
    return VAR(o)->cached_ctx ? visit(VAR(o)->cached_ctx, arg) : 0;
}

static int contextvar_clear(Object *o) {
    Ref d = VAR(o)->dflt;
    VAR(o)->dflt = REF_NULL;
    ref_close(d);
    OBJ_SETREF(VAR(o)->cached_ctx, NULL);
    return 0;
}

static Ref contextvar_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    static const char *const names[] = {"name", "default", NULL};
    static const ArgSpec spec = {"ContextVar", names, 1, 1};
    Ref a[2];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!str_check(a[0])) return err_set(t, &exc_TypeError, "context variable name must be a str");
    ContextVarObj *v = (ContextVarObj *)obj_alloc(t, &contextvar_type, sizeof(ContextVarObj));
    if (!v) return REF_NULL;
    v->name = ref_obj(ref_dup(a[0]));
    v->dflt = ref_is_null(a[1]) ? REF_NULL : ref_dup(a[1]);
    v->cached_ctx = NULL;
    v->cached_version = 0;
    v->cached_value = REF_NULL;
    gc_track(&v->ob);
    return ref_from_obj(&v->ob);
}

static Ref contextvar_repr(Thread *t, Ref self) {
    ContextVarObj *v = VAR(ref_obj(self));
    Ref name = ref_from_obj(v->name);
    if (ref_is_null(v->dflt))
        return ref_from_obj(str_from_format(t, "<ContextVar name=%R at %p>", name, (void *)v));
    return ref_from_obj(str_from_format(t, "<ContextVar name=%R default=%R at %p>", name, v->dflt, (void *)v));
}

Ref contextvar_lookup(Thread *t, Ref var) {
    ContextObj *c = t->context ? CTX(t->context) : NULL;
    if (!c) return REF_NULL;
    ContextVarObj *v = VAR(ref_obj(var));
    if (v->cached_ctx == &c->ob && v->cached_version == c->version) return ref_dup(v->cached_value);
    Ref r = dict_get(t, c->vars, var);
    if (!ref_is_null(r)) {
        if (v->cached_ctx != &c->ob) {
            obj_incref(&c->ob);
            OBJ_SETREF(v->cached_ctx, &c->ob);
        }
        v->cached_version = c->version;
        v->cached_value = r;
    }
    return r;
}

static Ref contextvar_m_get(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "get", nargs, kw, 0, 1)) return REF_NULL;
    Ref v = contextvar_lookup(t, self);
    if (!ref_is_null(v) || err_occurred(t)) return v;
    if (nargs) return ref_dup(args[0]);
    ContextVarObj *var = VAR(ref_obj(self));
    if (!ref_is_null(var->dflt)) return ref_dup(var->dflt);
    return err_set_value(t, &exc_LookupError, self);
}

static Ref contextvar_m_set(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "set", nargs, kw)) return REF_NULL;
    Object *ctx = context_current(t);
    if (!ctx) return REF_NULL;
    Ref old = dict_get(t, CTX(ctx)->vars, self);
    if (ref_is_null(old)) {
        if (err_occurred(t)) return REF_NULL;
        old = REF_MISSING;
    }
    Object *vars = context_vars_for_write(t, CTX(ctx));
    TokenObj *tok = vars ? (TokenObj *)obj_alloc(t, &token_type, sizeof(TokenObj)) : NULL;
    if (!tok) {
        ref_close(old);
        return REF_NULL;
    }
    obj_incref(ctx);
    obj_incref(ref_obj(self));
    tok->ctx = ctx;
    tok->var = ref_obj(self);
    tok->old = old;
    tok->used = false;
    gc_track(&tok->ob);
    CTX(ctx)->version++;
    if (dict_set(t, vars, self, args[0]) < 0) {
        obj_decref(&tok->ob);
        return REF_NULL;
    }
    return ref_from_obj(&tok->ob);
}

static Ref contextvar_m_reset(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "reset", nargs, kw)) return REF_NULL;
    Ref token = args[0];
    if (!ref_type_is(token, &token_type))
        return err_format(t, &exc_TypeError, "expected an instance of Token, got %R", token);
    TokenObj *tok = TOK(ref_obj(token));
    if (tok->used) return err_format(t, &exc_RuntimeError, "%R has already been used once", token);
    if (tok->var != ref_obj(self))
        return err_format(t, &exc_ValueError, "%R was created by a different ContextVar", token);
    Object *ctx = context_current(t);
    if (!ctx) return REF_NULL;
    if (tok->ctx != ctx) return err_format(t, &exc_ValueError, "%R was created in a different Context", token);
    Object *vars = context_vars_for_write(t, CTX(ctx));
    if (!vars) return REF_NULL;
    tok->used = true;
    CTX(ctx)->version++;
    if (ref_is(tok->old, REF_MISSING)) {
        if (dict_del(t, vars, self) < 0) {
            if (!err_matches(t, &exc_KeyError)) return REF_NULL;
            err_clear(t);
        }
    } else if (dict_set(t, vars, self, tok->old) < 0) {
        return REF_NULL;
    }
    return REF_NONE;
}

static Ref contextvar_get_name(Thread *t, Ref self, void *closure) {
    return ref_new(VAR(ref_obj(self))->name);
}

static const GetSetDef contextvar_getsets[] = {
    {"name", contextvar_get_name, NULL, NULL, NULL},
    {NULL},
};

static const MethodDef contextvar_methods[] = {
    {"get", contextvar_m_get, 0, NULL},
    {"set", contextvar_m_set, 0, NULL},
    {"reset", contextvar_m_reset, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL},
};

Type contextvar_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_contextvars.ContextVar",
    .tp_basicsize = sizeof(ContextVarObj),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = contextvar_dealloc,
    .tp_traverse = contextvar_traverse,
    .tp_clear = contextvar_clear,
    .tp_free = obj_free,
    .repr = contextvar_repr,
    .new_ = contextvar_new,
    .methods = contextvar_methods,
    .getsets = contextvar_getsets,
};

/* ---- Token ------------------------------------------------------------------------------- */

static void token_dealloc(Object *o) {
    gc_untrack(o);
    obj_xdecref(TOK(o)->ctx);
    obj_xdecref(TOK(o)->var);
    ref_close(TOK(o)->old);
    o->ob_type->tp_free(o);
}

static int token_traverse(Object *o, VisitFn visit, void *arg) {
    int r;
    if (TOK(o)->ctx && (r = visit(TOK(o)->ctx, arg))) return r;
    if (TOK(o)->var && (r = visit(TOK(o)->var, arg))) return r;
    if (ref_is_obj(TOK(o)->old) && (r = visit(ref_obj(TOK(o)->old), arg))) return r;
    return 0;
}

static int token_clear(Object *o) {
    OBJ_SETREF(TOK(o)->ctx, NULL);
    OBJ_SETREF(TOK(o)->var, NULL);
    Ref old = TOK(o)->old;
    TOK(o)->old = REF_MISSING;
    ref_close(old);
    return 0;
}

static Ref token_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    return err_set(t, &exc_RuntimeError, "Tokens can only be created by ContextVars");
}

static Ref token_repr(Thread *t, Ref self) {
    TokenObj *tok = TOK(ref_obj(self));
    Ref var = tok->var ? ref_from_obj(tok->var) : REF_NONE;
    return ref_from_obj(str_from_format(t, "<Token%s var=%R at %p>", tok->used ? " used" : "", var, (void *)tok));
}

static Ref token_get_var(Thread *t, Ref self, void *closure) {
    Object *v = TOK(ref_obj(self))->var;
    return v ? ref_new(v) : REF_NONE;
}

static Ref token_get_old_value(Thread *t, Ref self, void *closure) {
    return ref_dup(TOK(ref_obj(self))->old);
}

static const GetSetDef token_getsets[] = {
    {"var", token_get_var, NULL, NULL, NULL},
    {"old_value", token_get_old_value, NULL, NULL, NULL},
    {NULL},
};

static const MethodDef token_methods[] = {
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL},
};

Type token_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_contextvars.Token",
    .tp_basicsize = sizeof(TokenObj),
    .tp_flags = TPFLAG_HAVE_GC,
    .tp_dealloc = token_dealloc,
    .tp_traverse = token_traverse,
    .tp_clear = token_clear,
    .tp_free = obj_free,
    .repr = token_repr,
    .new_ = token_new,
    .methods = token_methods,
    .getsets = token_getsets,
};

static Ref token_missing_repr(Thread *t, Ref self) { return ref_from_obj(str_from_cstr(t, "<Token.MISSING>")); }

Type token_missing_type = {
    TYPE_HEAD_INIT,
    .tp_name = "Token.MISSING",
    .tp_basicsize = sizeof(Object),
    .repr = token_missing_repr,
};

/* ---- module ------------------------------------------------------------------------------ */

Object *contextvars_copy_current(Thread *t) {
    Object *cur = context_current(t);
    return cur ? context_snapshot(t, CTX(cur)) : NULL;
}

bool contextvars_is_context(Ref r) { return ref_type_is(r, &context_type); }

Ref contextvars_run(Thread *t, Ref ctx, Ref fn, const Ref *args, size_t nargs) {
    return context_run(t, CTX(ref_obj(ctx)), fn, args, nargs, NULL);
}

static Ref contextvars_copy_context(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_none(t, "copy_context", nargs, kw)) return REF_NULL;
    Object *c = contextvars_copy_current(t);
    return c ? ref_from_obj(c) : REF_NULL;
}

static const MethodDef contextvars_functions[] = {
    {"copy_context", contextvars_copy_context, 0, NULL},
    {NULL},
};

Object *contextvars_module_create(Thread *t) {
    /* Token.MISSING lives in the static type's dict. Every interpreter stores the same
     * immortal object, so the first import fixes it and later ones change nothing. */
    if (dict_set_cstr(t, token_type.tp_dict, "MISSING", REF_MISSING) < 0) return NULL;
    Object *m = module_new_cstr(t, "_contextvars");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, contextvars_functions);
    if (rc == 0) rc = module_add_ref(t, m, "Context", ref_immortal(&context_type));
    if (rc == 0) rc = module_add_ref(t, m, "ContextVar", ref_immortal(&contextvar_type));
    if (rc == 0) rc = module_add_ref(t, m, "Token", ref_immortal(&token_type));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
