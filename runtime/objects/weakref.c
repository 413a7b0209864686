/* Weak references: weakref.ref (subclassable), weakref.ProxyType and
 * weakref.CallableProxyType, the referents' lists (see objects/weakref.h), and the
 * _weakref module. */
#include <stdlib.h>

#include "spry.h"
#include "objects/weakref.h"

#define WR(r) ((WeakRef *)ref_obj(r))

Object **weakref_list_ptr(Object *o) {
    intptr_t off = o->ob_type->tp_weaklistoffset;
    return off > 0 ? (Object **)((char *)o + off) : NULL;
}

static bool is_proxy_type(const Type *tp) {
    return tp == &weakproxy_type || tp == &weakcallableproxy_type;
}

/* ---- the lists ------------------------------------------------------------------------ */

/* A reference to an immortal object is not linked (see weakref_new): nothing to unlink. */
void weakref_clear_one(WeakRef *wr) {
    if (!wr->wr_object) return;
    Object **lp = weakref_list_ptr(wr->wr_object);
    if (lp && *lp == &wr->ob) *lp = (Object *)wr->wr_next;
    if (wr->wr_prev) wr->wr_prev->wr_next = wr->wr_next;
    if (wr->wr_next) wr->wr_next->wr_prev = wr->wr_prev;
    wr->wr_prev = wr->wr_next = NULL;
    wr->wr_object = NULL;
}

static void insert_after(WeakRef *wr, WeakRef *prev) {
    wr->wr_prev = prev;
    wr->wr_next = prev->wr_next;
    if (prev->wr_next) prev->wr_next->wr_prev = wr;
    prev->wr_next = wr;
}

static void insert_head(WeakRef *wr, Object **lp) {
    WeakRef *next = (WeakRef *)*lp;
    wr->wr_prev = NULL;
    wr->wr_next = next;
    if (next) next->wr_prev = wr;
    *lp = &wr->ob;
}

/* The basic (exact type, no callback) ref and proxy of a list, if there are. */
static void get_basic(Object *head, WeakRef **ref, WeakRef **proxy) {
    WeakRef *w = (WeakRef *)head;
    *ref = *proxy = NULL;
    if (w && w->ob.ob_type == &weakref_type && !w->wr_callback) {
        *ref = w;
        w = w->wr_next;
    }
    if (w && is_proxy_type(w->ob.ob_type) && !w->wr_callback) *proxy = w;
}

intptr_t weakref_count(Object *o) {
    Object **lp = weakref_list_ptr(o);
    intptr_t n = 0;
    for (WeakRef *w = lp ? (WeakRef *)*lp : NULL; w; w = w->wr_next) n++;
    return n;
}

void weakref_call_callback(Thread *t, WeakRef *wr) {
    Object *cb = wr->wr_callback;
    if (!cb) return;
    wr->wr_callback = NULL;
    Ref r = obj_call1(t, ref_from_obj(cb), ref_from_obj(&wr->ob));
    if (ref_is_null(r)) err_write_unraisable(t, ref_from_obj(cb));
    else ref_close(r);
    obj_decref(cb);
}

void weakref_clear_refs(Object *o) {
    Object **lp = weakref_list_ptr(o);
    if (!lp || !*lp) return;
    WeakRef *small[16], **calls = small;
    size_t n = 0, cap = 16;
    while (*lp) {
        WeakRef *wr = (WeakRef *)*lp;
        weakref_clear_one(wr);
        if (!wr->wr_callback || wr->ob.ob_refcnt <= 0) continue;
        if (n == cap) {
            WeakRef **nc = malloc(cap * 2 * sizeof *nc);
            if (!nc) continue; /* out of memory: this callback is lost */
            memcpy(nc, calls, n * sizeof *nc);
            if (calls != small) free(calls);
            calls = nc;
            cap *= 2;
        }
        obj_incref(&wr->ob);
        calls[n++] = wr;
    }
    if (n == 0) return;
    Thread *t = thread_current();
    Ref saved = t ? err_fetch(t) : REF_NULL;
    for (size_t i = 0; i < n; i++) {
        if (t) weakref_call_callback(t, calls[i]);
        obj_decref(&calls[i]->ob);
    }
    if (t) err_restore(t, saved);
    if (calls != small) free(calls);
}

/* ---- creation ------------------------------------------------------------------------- */

Ref weakref_new(Thread *t, Type *type, Ref obj, Ref callback) {
    Object **lp = ref_is_obj(obj) ? weakref_list_ptr(ref_obj(obj)) : NULL;
    if (!lp)
        return err_format(t, &exc_TypeError, "cannot create weak reference to '%T' object", obj);
    Object *cb = ref_is_null(callback) || ref_is_none(callback) || ref_is_int(callback)
                     ? NULL
                     : ref_obj(callback);
    if (obj_is_immortal(ref_obj(obj))) {
        /* Immortal referents (static types, ...) never die and are shared by all
         * interpreters: their weak references are not linked into their (immutable)
         * list and are never cleared. */
        WeakRef *wr = (WeakRef *)obj_alloc(t, type, (size_t)type->tp_basicsize);
        if (!wr) return REF_NULL;
        wr->wr_object = ref_obj(obj);
        wr->hash = -1;
        if (cb) obj_incref(cb);
        wr->wr_callback = cb;
        gc_track(&wr->ob);
        return ref_from_obj(&wr->ob);
    }
    WeakRef *basic_ref, *basic_proxy;
    get_basic(*lp, &basic_ref, &basic_proxy);
    bool proxy = is_proxy_type(type);
    if (!cb && type == &weakref_type && basic_ref) return ref_new(&basic_ref->ob);
    if (!cb && proxy && basic_proxy) return ref_new(&basic_proxy->ob);
    WeakRef *wr = (WeakRef *)obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!wr) return REF_NULL;
    /* the allocation may have collected: look again */
    get_basic(*lp, &basic_ref, &basic_proxy);
    wr->wr_object = ref_obj(obj);
    wr->hash = -1;
    if (cb) obj_incref(cb);
    wr->wr_callback = cb;
    if (!cb && type == &weakref_type) {
        insert_head(wr, lp);
    } else if (!cb && proxy) {
        if (basic_ref) insert_after(wr, basic_ref);
        else insert_head(wr, lp);
    } else {
        WeakRef *prev = basic_proxy ? basic_proxy : basic_ref;
        if (prev) insert_after(wr, prev);
        else insert_head(wr, lp);
    }
    gc_track(&wr->ob);
    return ref_from_obj(&wr->ob);
}

/* ---- weakref.ref ---------------------------------------------------------------------- */

static void weakref_dealloc(Object *o) {
    WeakRef *wr = (WeakRef *)o;
    gc_untrack(o);
    weakref_clear_one(wr);
    OBJ_SETREF(wr->wr_callback, NULL);
    o->ob_type->tp_free(o);
}

static int weakref_traverse(Object *o, VisitFn visit, void *arg) {
    WeakRef *wr = (WeakRef *)o;
    return wr->wr_callback ? visit(wr->wr_callback, arg) : 0;
}

static int weakref_clear(Object *o) {
    WeakRef *wr = (WeakRef *)o;
    weakref_clear_one(wr);
    OBJ_SETREF(wr->wr_callback, NULL);
    return 0;
}

static bool parse_ob_callback(Thread *t, const char *fname, const Ref *args, size_t nargs,
                              Object *kwnames, Ref *ob, Ref *cb) {
    if (!args_no_kw(t, fname, kwnames)) return false;
    if (nargs < 1) {
        err_format(t, &exc_TypeError, "%s expected at least 1 argument, got 0", fname);
        return false;
    }
    if (nargs > 2) {
        err_format(t, &exc_TypeError, "%s expected at most 2 arguments, got %zu", fname, nargs);
        return false;
    }
    *ob = args[0];
    *cb = nargs > 1 ? args[1] : REF_NULL;
    return true;
}

static Ref weakref_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    Ref ob, cb;
    if (!parse_ob_callback(t, "__new__", args, nargs, kwnames, &ob, &cb)) return REF_NULL;
    return weakref_new(t, type, ob, cb);
}

static int weakref_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Ref ob, cb;
    return parse_ob_callback(t, "__init__", args, nargs, kwnames, &ob, &cb) ? 0 : -1;
}

static Ref weakref_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_no_kw(t, "weakref", kwnames)) return REF_NULL;
    if (nargs != 0)
        return err_format(t, &exc_TypeError, "weakref() takes exactly 0 arguments (%zu given)", nargs);
    Object *o = WR(self)->wr_object;
    return o ? ref_new(o) : REF_NONE;
}

static int64_t weakref_hash(Thread *t, Ref self) {
    WeakRef *wr = WR(self);
    if (wr->hash != -1) return wr->hash;
    if (!wr->wr_object) {
        err_set(t, &exc_TypeError, "weak object has gone away");
        return -1;
    }
    Object *o = wr->wr_object;
    obj_incref(o);
    int64_t h = obj_hash(t, ref_from_obj(o));
    obj_decref(o);
    if (h != -1) wr->hash = h;
    return h;
}

static Ref weakref_richcompare(Thread *t, Ref a, Ref b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !type_is_subtype(ref_type(a), &weakref_type) ||
        !type_is_subtype(ref_type(b), &weakref_type))
        return REF_NOTIMPLEMENTED;
    Object *x = WR(a)->wr_object, *y = WR(b)->wr_object;
    if (!x || !y) {
        bool same = ref_is(a, b);
        return ref_from_bool(op == CMP_EQ ? same : !same);
    }
    obj_incref(x);
    obj_incref(y);
    Ref r = obj_richcompare(t, ref_from_obj(x), ref_from_obj(y), op);
    obj_decref(x);
    obj_decref(y);
    return r;
}

static Ref weakref_repr(Thread *t, Ref self) {
    WeakRef *wr = WR(self);
    if (!wr->wr_object) return ref_from_obj(str_from_format(t, "<weakref at %p; dead>", (void *)wr));
    Object *o = wr->wr_object;
    obj_incref(o);
    Ref name = obj_lookup_attr(t, ref_from_obj(o), ID(__name__));
    Object *s = NULL;
    if (!err_occurred(t)) {
        if (!ref_is_null(name) && str_check(name))
            s = str_from_format(t, "<weakref at %p; to '%s' at %p (%U)>", (void *)wr, o->ob_type->tp_name,
                                (void *)o, ref_obj(name));
        else
            s = str_from_format(t, "<weakref at %p; to '%s' at %p>", (void *)wr, o->ob_type->tp_name,
                                (void *)o);
    }
    ref_close(name);
    obj_decref(o);
    return ref_from_obj(s);
}

static Ref weakref_get_callback(Thread *t, Ref self, void *c) {
    Object *cb = WR(self)->wr_callback;
    return cb ? ref_new(cb) : REF_NONE;
}

static const GetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, NULL, NULL, NULL},
    {NULL},
};

static Ref weakref_class_getitem(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "__class_getitem__", nargs, kw)) return REF_NULL;
    return generic_alias_new(t, self, args[0]);
}

static const MethodDef weakref_methods[] = {
    {"__class_getitem__", weakref_class_getitem, METH_CLASS, NULL},
    {NULL},
};

Type weakref_type = {
    TYPE_HEAD_INIT,
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(WeakRef),
    .tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE,
    .tp_dealloc = weakref_dealloc,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_clear,
    .tp_free = obj_free,
    .repr = weakref_repr,
    .call = weakref_call,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .new_ = weakref_new_slot,
    .init = weakref_init,
    .getsets = weakref_getsets,
    .methods = weakref_methods,
};

/* ---- proxies -------------------------------------------------------------------------- */

/* The referent of a proxy (new reference), or of anything else (duplicated). */
static bool unwrap(Thread *t, Ref r, Ref *out) {
    if (ref_is_obj(r) && is_proxy_type(ref_type(r))) {
        Object *o = WR(r)->wr_object;
        if (!o) {
            err_set(t, &exc_ReferenceError, "weakly-referenced object no longer exists");
            return false;
        }
        *out = ref_new(o);
    } else {
        *out = ref_dup(r);
    }
    return true;
}

static Ref proxy_new_slot(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kwnames) {
    return err_format(t, &exc_TypeError, "cannot create '%s' instances", type->tp_name);
}

static Ref proxy_repr(Thread *t, Ref self) {
    WeakRef *wr = WR(self);
    /* as CPython 3.11: a dead proxy shows None as its referent */
    Object *o = wr->wr_object ? wr->wr_object : ref_obj(REF_NONE);
    return ref_from_obj(str_from_format(t, "<weakproxy at %p to %s at %p>", (void *)wr,
                                        o->ob_type->tp_name, (void *)o));
}

#define UNARY(name, call)                                                                  \
    static Ref name(Thread *t, Ref self) {                                                 \
        Ref o;                                                                             \
        if (!unwrap(t, self, &o)) return REF_NULL;                                         \
        Ref r = call(t, o);                                                                \
        ref_close(o);                                                                      \
        return r;                                                                          \
    }
UNARY(proxy_str, obj_str)
UNARY(proxy_neg, obj_neg)
UNARY(proxy_pos, obj_pos)
UNARY(proxy_abs, obj_abs)
UNARY(proxy_invert, obj_invert)
UNARY(proxy_index, obj_index)
UNARY(proxy_int, obj_int)
UNARY(proxy_float, obj_float)
UNARY(proxy_iter, obj_iter)
#undef UNARY

static Ref proxy_iternext(Thread *t, Ref self) {
    Ref o;
    if (!unwrap(t, self, &o)) return REF_NULL;
    IterNextFn f = ref_type(o)->iternext;
    Ref r = f ? f(t, o) : err_format(t, &exc_TypeError, "Weakref proxy referenced a non-iterator '%T' object", o);
    ref_close(o);
    return r;
}

static Ref proxy_binop(Thread *t, Ref a, Ref b, int op, bool inplace) {
    Ref x, y;
    if (!unwrap(t, a, &x)) return REF_NULL;
    if (!unwrap(t, b, &y)) {
        ref_close(x);
        return REF_NULL;
    }
    Ref r = inplace ? obj_inplace_op(t, x, y, op) : obj_binop(t, x, y, op);
    ref_close(x);
    ref_close(y);
    return r;
}

#define BIN(op)                                                                            \
    static Ref proxy_nb_##op(Thread *t, Ref a, Ref b) { return proxy_binop(t, a, b, op, false); } \
    static Ref proxy_nbi_##op(Thread *t, Ref a, Ref b) { return proxy_binop(t, a, b, op, true); }
BIN(NB_ADD) BIN(NB_AND) BIN(NB_FLOOR_DIVIDE) BIN(NB_LSHIFT) BIN(NB_MATRIX_MULTIPLY)
BIN(NB_MULTIPLY) BIN(NB_REMAINDER) BIN(NB_OR) BIN(NB_POWER) BIN(NB_RSHIFT)
BIN(NB_SUBTRACT) BIN(NB_TRUE_DIVIDE) BIN(NB_XOR)
#undef BIN

static Ref proxy_getattro(Thread *t, Ref self, Object *name) {
    Ref o;
    if (!unwrap(t, self, &o)) return REF_NULL;
    Ref r = obj_getattr(t, o, name);
    ref_close(o);
    return r;
}

static int proxy_setattro(Thread *t, Ref self, Object *name, Ref value) {
    Ref o;
    if (!unwrap(t, self, &o)) return -1;
    int r = ref_is_null(value) ? obj_delattr(t, o, name) : obj_setattr(t, o, name, value);
    ref_close(o);
    return r;
}

static Ref proxy_richcompare(Thread *t, Ref a, Ref b, int op) {
    Ref x, y;
    if (!unwrap(t, a, &x)) return REF_NULL;
    if (!unwrap(t, b, &y)) {
        ref_close(x);
        return REF_NULL;
    }
    Ref r = obj_richcompare(t, x, y, op);
    ref_close(x);
    ref_close(y);
    return r;
}

static int proxy_bool(Thread *t, Ref self) {
    Ref o;
    if (!unwrap(t, self, &o)) return -1;
    int r = obj_truthy(t, o);
    ref_close(o);
    return r;
}

static intptr_t proxy_len(Thread *t, Ref self) {
    Ref o;
    if (!unwrap(t, self, &o)) return -1;
    intptr_t r = obj_len(t, o);
    ref_close(o);
    return r;
}

static Ref proxy_getitem(Thread *t, Ref self, Ref key) {
    Ref o;
    if (!unwrap(t, self, &o)) return REF_NULL;
    Ref r = obj_getitem(t, o, key);
    ref_close(o);
    return r;
}

static int proxy_setitem(Thread *t, Ref self, Ref key, Ref value) {
    Ref o;
    if (!unwrap(t, self, &o)) return -1;
    int r = ref_is_null(value) ? obj_delitem(t, o, key) : obj_setitem(t, o, key, value);
    ref_close(o);
    return r;
}

static int proxy_contains(Thread *t, Ref self, Ref item) {
    Ref o;
    if (!unwrap(t, self, &o)) return -1;
    int r = obj_contains(t, o, item);
    ref_close(o);
    return r;
}

static Ref proxy_call(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    Ref o;
    if (!unwrap(t, self, &o)) return REF_NULL;
    Ref r = obj_call(t, o, args, nargs, kwnames);
    ref_close(o);
    return r;
}

static int64_t proxy_hash(Thread *t, Ref self) {
    err_format(t, &exc_TypeError, "unhashable type: '%T'", self);
    return -1;
}

static Ref proxy_bytes(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref o;
    if (!unwrap(t, self, &o)) return REF_NULL;
    Ref r = obj_call_method(t, o, ID(__bytes__), NULL, 0);
    ref_close(o);
    return r;
}

static Ref proxy_reversed(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    Ref o;
    if (!unwrap(t, self, &o)) return REF_NULL;
    Ref r = obj_call_method(t, o, ID(__reversed__), NULL, 0);
    ref_close(o);
    return r;
}

static const MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, 0, NULL},
    {"__reversed__", proxy_reversed, 0, NULL},
    {NULL},
};

#define PROXY_SLOTS                                                                        \
    .tp_basicsize = sizeof(WeakRef), .tp_flags = TPFLAG_HAVE_GC,                           \
    .tp_dealloc = weakref_dealloc, .tp_traverse = weakref_traverse,                        \
    .tp_clear = weakref_clear, .tp_free = obj_free, .repr = proxy_repr, .str = proxy_str,  \
    .hash = proxy_hash, .richcompare = proxy_richcompare, .getattro = proxy_getattro,      \
    .setattro = proxy_setattro, .new_ = proxy_new_slot, .iter = proxy_iter,                \
    .iternext = proxy_iternext, .len = proxy_len, .getitem = proxy_getitem,                \
    .setitem = proxy_setitem, .contains = proxy_contains, .bool_ = proxy_bool,             \
    .neg = proxy_neg, .pos = proxy_pos, .abs = proxy_abs, .invert = proxy_invert,          \
    .index = proxy_index, .int_ = proxy_int, .float_ = proxy_float,                        \
    .nb = {proxy_nb_NB_ADD, proxy_nb_NB_AND, proxy_nb_NB_FLOOR_DIVIDE, proxy_nb_NB_LSHIFT, \
           proxy_nb_NB_MATRIX_MULTIPLY, proxy_nb_NB_MULTIPLY, proxy_nb_NB_REMAINDER,       \
           proxy_nb_NB_OR, proxy_nb_NB_POWER, proxy_nb_NB_RSHIFT, proxy_nb_NB_SUBTRACT,    \
           proxy_nb_NB_TRUE_DIVIDE, proxy_nb_NB_XOR},                                      \
    .nb_inplace = {proxy_nbi_NB_ADD, proxy_nbi_NB_AND, proxy_nbi_NB_FLOOR_DIVIDE,          \
                   proxy_nbi_NB_LSHIFT, proxy_nbi_NB_MATRIX_MULTIPLY, proxy_nbi_NB_MULTIPLY, \
                   proxy_nbi_NB_REMAINDER, proxy_nbi_NB_OR, proxy_nbi_NB_POWER,            \
                   proxy_nbi_NB_RSHIFT, proxy_nbi_NB_SUBTRACT, proxy_nbi_NB_TRUE_DIVIDE,   \
                   proxy_nbi_NB_XOR},                                                      \
    .methods = proxy_methods

Type weakproxy_type = {
    TYPE_HEAD_INIT,
    .tp_name = "weakref.ProxyType",
    PROXY_SLOTS,
};

Type weakcallableproxy_type = {
    TYPE_HEAD_INIT,
    .tp_name = "weakref.CallableProxyType",
    PROXY_SLOTS,
    .call = proxy_call,
};
#undef PROXY_SLOTS

/* ---- the _weakref module -------------------------------------------------------------- */

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

FN(wmod_getweakrefcount) {
    if (!args_count(t, "getweakrefcount", nargs, kw, 1, 1)) return REF_NULL;
    return int_from_i64(t, ref_is_obj(args[0]) ? weakref_count(ref_obj(args[0])) : 0);
}

FN(wmod_getweakrefs) {
    if (!args_count(t, "getweakrefs", nargs, kw, 1, 1)) return REF_NULL;
    Object *lst = list_new(t, 0);
    if (!lst) return REF_NULL;
    Object **lp = ref_is_obj(args[0]) ? weakref_list_ptr(ref_obj(args[0])) : NULL;
    for (WeakRef *w = lp ? (WeakRef *)*lp : NULL; w; w = w->wr_next)
        if (list_append(t, lst, ref_from_obj(&w->ob)) < 0) {
            obj_decref(lst);
            return REF_NULL;
        }
    return ref_from_obj(lst);
}

FN(wmod_proxy) {
    if (!args_count(t, "proxy", nargs, kw, 1, 2)) return REF_NULL;
    Ref cb = nargs > 1 ? args[1] : REF_NULL;
    Type *tp = obj_callable(args[0]) ? &weakcallableproxy_type : &weakproxy_type;
    return weakref_new(t, tp, args[0], cb);
}

/* _remove_dead_weakref(dict, key): del dict[key] if its value is a dead weakref. */
FN(wmod_remove_dead_weakref) {
    if (!args_count(t, "_remove_dead_weakref", nargs, kw, 2, 2)) return REF_NULL;
    if (!dict_check(args[0])) return err_format(t, &exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", args[0]);
    Ref v = obj_getitem(t, args[0], args[1]);
    if (ref_is_null(v)) {
        if (!err_matches(t, &exc_KeyError)) return REF_NULL;
        err_clear(t);
        return REF_NONE;
    }
    bool dead = ref_is_obj(v) && type_is_subtype(ref_type(v), &weakref_type) && !WR(v)->wr_object;
    ref_close(v);
    if (dead && obj_delitem(t, args[0], args[1]) < 0) {
        if (!err_matches(t, &exc_KeyError)) return REF_NULL;
        err_clear(t);
    }
    return REF_NONE;
}

static const MethodDef weakref_module_methods[] = {
    {"getweakrefcount", wmod_getweakrefcount, 0, NULL},
    {"getweakrefs", wmod_getweakrefs, 0, NULL},
    {"proxy", wmod_proxy, 0, NULL},
    {"_remove_dead_weakref", wmod_remove_dead_weakref, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *weakref_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_weakref");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, weakref_module_methods);
    if (rc == 0) rc = module_add_ref(t, m, "ref", ref_immortal(&weakref_type));
    if (rc == 0) rc = module_add_ref(t, m, "ReferenceType", ref_immortal(&weakref_type));
    if (rc == 0) rc = module_add_ref(t, m, "ProxyType", ref_immortal(&weakproxy_type));
    if (rc == 0) rc = module_add_ref(t, m, "CallableProxyType", ref_immortal(&weakcallableproxy_type));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
