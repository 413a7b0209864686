/* The `type` type: readying static types, the MRO, attribute lookup on types, type
 * attributes, and type.__call__. Class creation (type.__new__) is in type_new.c, the
 * slot <-> dunder machinery in type_slots.c.
 *
 * Static types are readied once, by runtime_init() on its boot thread; everything put in
 * their dicts is made immortal and untracked there, so that no interpreter ever touches
 * a count in process-wide data. Heap types belong to one interpreter. */
#include <stdio.h>

#include "spry.h"
#include "objects/weakref.h"
#include "objects/shape.h"

/* ---- names ------------------------------------------------------------------------------ */

const char *type_name(const Type *type) {
    if (type_has_flag(type, TPFLAG_HEAPTYPE)) return type->tp_name;
    const char *dot = strrchr(type->tp_name, '.');
    return dot ? dot + 1 : type->tp_name;
}

/* A class, or a type made from a legacy spec: a heap type to Python code (its attributes
 * settable, its names and __module__ its own objects), though static inside Spry. */
static bool heap_like(const Type *type) {
    return type_has_flag(type, TPFLAG_HEAPTYPE) || type_has_flag(type, TPFLAG_SPRY_SPEC);
}

Object *type_qualname(Thread *t, Type *type) {
    if (heap_like(type) && type->extra && type->extra->qualname) {
        obj_incref(type->extra->qualname);
        return type->extra->qualname;
    }
    return str_from_cstr(t, type_name(type));
}

static Object *type_name_str(Thread *t, Type *type) {
    if (heap_like(type) && type->extra && type->extra->name) {
        obj_incref(type->extra->name);
        return type->extra->name;
    }
    return str_from_cstr(t, type_name(type));
}

/* __module__ of a type: new reference (a str normally), REF_NULL + error. */
static Ref type_module(Thread *t, Type *type) {
    if (heap_like(type)) {
        Ref m = dict_get_str(t, type->tp_dict, ID(__module__));
        if (ref_is_null(m) && !err_occurred(t)) err_set(t, &exc_AttributeError, "__module__");
        return m;
    }
    const char *dot = strrchr(type->tp_name, '.');
    if (!dot) return ref_from_obj(str_intern_cstr(t, "builtins"));
    Object *s = str_from_utf8(t, type->tp_name, dot - type->tp_name);
    return ref_from_obj(s);
}

bool type_check(Ref r) {
    return ref_is_obj(r) && type_has_flag(ref_obj(r)->ob_type, TPFLAG_TYPE_SUBCLASS);
}

bool type_is_subtype(const Type *a, const Type *b) {
    if (a == b) return true;
    if (a->tp_mro) {
        Object *mro = a->tp_mro;
        intptr_t n = tuple_size(mro);
        for (intptr_t i = 0; i < n; i++)
            if (ref_obj(tuple_get(mro, i)) == (Object *)b) return true;
        return false;
    }
    for (const Type *x = a; x; x = x->tp_base)
        if (x == b) return true;
    return b == &object_type;
}

static Ref type_lookup_uncached(Thread *t, Type *type, Object *name);

/* The method cache (t->type_cache): a hit costs one compare of the version tag and the
 * name pointer instead of a dict lookup per class of the MRO. Only interned names are
 * cached (they live as long as the interpreter, so their address identifies them). */
static inline size_t type_cache_index(unsigned int version, Object *name) {
    uintptr_t h = (uintptr_t)version * 0x9E3779B1u ^ ((uintptr_t)name >> 4);
    return (size_t)(h ^ (h >> 12)) & (TYPE_CACHE_SIZE - 1);
}

/* A miss: look the name up and remember the answer. Kept out of line so the hit path
 * of type_lookup needs no stack frame. */
__attribute__((noinline)) static Ref type_lookup_fill(Thread *t, Type *type, Object *name) {
    unsigned int version = type->tp_version_tag;
    Ref r = type_lookup_uncached(t, type, name);
    /* A lookup can run code (a str subclass key's __eq__) that modifies the type. */
    if (type->tp_version_tag == version) {
        struct TypeCacheEntry *e = &t->type_cache[type_cache_index(version, name)];
        e->version = version;
        e->name = name;
        e->value = r;
    }
    return r;
}

Ref type_lookup(Type *type, Object *name) {
    Thread *t = thread_current();
    unsigned int version = type->tp_version_tag;
    if (t && version != 0 && type_has_flag(type, TPFLAG_VALID_VERSION_TAG) &&
        name->ob_type == &str_type && STR(name)->interned) {
        struct TypeCacheEntry *e = &t->type_cache[type_cache_index(version, name)];
        if (e->version == version && e->name == name) return e->value;
        return type_lookup_fill(t, type, name);
    }
    return type_lookup_uncached(t, type, name);
}

static Ref type_lookup_uncached(Thread *t, Type *type, Object *name) {
    Object *mro = type->tp_mro;
    if (!mro) {
        for (Type *x = type; x; x = x->tp_base) {
            if (!x->tp_dict) continue;
            Ref r = dict_get_str(t, x->tp_dict, name);
            if (!ref_is_null(r)) {
                ref_close(r);  /* the dict keeps it alive: borrowed */
                return r;
            }
        }
        if (err_occurred(t)) err_clear(t);
        return REF_NULL;
    }
    intptr_t n = tuple_size(mro);
    for (intptr_t i = 0; i < n; i++) {
        Type *x = (Type *)ref_obj(tuple_get(mro, i));
        if (!x->tp_dict) continue;
        Ref r = dict_get_str(t, x->tp_dict, name);
        if (!ref_is_null(r)) {
            ref_close(r);
            return r;
        }
    }
    if (err_occurred(t)) err_clear(t);
    return REF_NULL;
}

/* ---- versions ----------------------------------------------------------------------------- */

/* Static types take versions from the boot interpreter's counter; heap types from their
 * own interpreter's, offset so the two ranges never meet. 0 means "no valid version". */
unsigned int interp_draw_version(Thread *t) {
    unsigned int n = ++t->interp->next_type_version + (1u << 24);
    return n < (1u << 24) ? 0 : n;  /* wrapped: stop handing out versions */
}

unsigned int type_assign_version(Thread *t, Type *type) {
    unsigned int n;
    if (type_has_flag(type, TPFLAG_HEAPTYPE)) {
        n = interp_draw_version(t);
    } else {
        /* also static types readied after start-up (by a module, in any interpreter) */
        n = __atomic_add_fetch(&spry_runtime.boot_interp->next_type_version, 1, __ATOMIC_RELAXED);
    }
    type->tp_version_tag = n;
    if (n) type->tp_flags |= TPFLAG_VALID_VERSION_TAG;
    else type->tp_flags &= ~TPFLAG_VALID_VERSION_TAG;
    return n;
}

/* New versions for `type` and its subclasses; their shapes' guard versions too unless
 * `keep_shapes` (the change cannot matter to a shape-keyed cache). */
static void type_modified_ex(Thread *t, Type *type, bool keep_shapes) {
    if (!type_has_flag(type, TPFLAG_HEAPTYPE)) return;
    type_assign_version(t, type);
    TypeExtra *x = type->extra;
    if (x && x->shape && !keep_shapes) x->shape->guard_version = interp_draw_version(t);
    if (x)
        for (intptr_t i = 0; i < x->nsubclasses; i++)
            type_modified_ex(t, x->subclasses[i], keep_shapes);
}

void type_modified(Type *type) {
    Thread *t = thread_current();
    if (t) type_modified_ex(t, type, false);
}

/* ---- subclass lists ----------------------------------------------------------------------- */

int type_add_subclass(Thread *t, Type *base, Type *sub) {
    TypeExtra *x = base->extra;
    if (!x) return 0;
    if (x->nsubclasses == x->subclasses_cap) {
        intptr_t cap = x->subclasses_cap ? x->subclasses_cap * 2 : 4;
        Type **p = mem_realloc(t, x->subclasses, (size_t)cap * sizeof(Type *));
        if (!p) return -1;
        x->subclasses = p;
        x->subclasses_cap = cap;
    }
    x->subclasses[x->nsubclasses++] = sub;
    return 0;
}

void type_remove_subclass(Type *base, Type *sub) {
    TypeExtra *x = base->extra;
    if (!x) return;
    for (intptr_t i = 0; i < x->nsubclasses; i++) {
        if (x->subclasses[i] == sub) {
            memmove(&x->subclasses[i], &x->subclasses[i + 1],
                    (size_t)(x->nsubclasses - i - 1) * sizeof(Type *));
            x->nsubclasses--;
            return;
        }
    }
}

/* ---- MRO ---------------------------------------------------------------------------------- */

static bool tail_contains(Object *list, intptr_t from, Object *o) {
    intptr_t n = tuple_size(list);
    for (intptr_t i = from + 1; i < n; i++)
        if (ref_obj(tuple_get(list, i)) == o) return true;
    return false;
}

static Ref mro_error(Thread *t, Object **lists, intptr_t nlists, intptr_t *remain) {
    /* "for bases A, B": the distinct heads still waiting, in list order. */
    char buf[1000];
    int off = snprintf(buf, sizeof buf,
                       "Cannot create a consistent method resolution\norder (MRO) for bases");
    Object *seen[64];
    int nseen = 0;
    for (intptr_t i = 0; i < nlists; i++) {
        if (remain[i] >= tuple_size(lists[i])) continue;
        Object *c = ref_obj(tuple_get(lists[i], remain[i]));
        bool dup = false;
        for (int j = 0; j < nseen; j++) dup |= seen[j] == c;
        if (dup || nseen == 64) continue;
        seen[nseen++] = c;
    }
    for (int j = 0; j < nseen && off < (int)sizeof buf - 1; j++)
        off += snprintf(buf + off, sizeof buf - (size_t)off, "%s %s", j ? "," : "",
                        type_name((Type *)seen[j]));
    return err_set(t, &exc_TypeError, buf);
}

/* C3 linearization of type and its bases: a new tuple, NULL + TypeError. */
static Object *mro_c3(Thread *t, Type *type) {
    Object *bases = type->tp_bases;
    intptr_t nb = bases ? tuple_size(bases) : 0;
    if (nb == 0) return tuple_pack(t, 1, ref_from_obj((Object *)type));
    for (intptr_t i = 0; i < nb; i++) {
        Type *b = (Type *)ref_obj(tuple_get(bases, i));
        if (!b->tp_mro) {
            err_format(t, &exc_TypeError, "Cannot extend an incomplete type '%s'", type_name(b));
            return NULL;
        }
        for (intptr_t j = i + 1; j < nb; j++) {
            if (ref_obj(tuple_get(bases, j)) == (Object *)b) {
                err_format(t, &exc_TypeError, "duplicate base class %s", type_name(b));
                return NULL;
            }
        }
    }
    if (nb == 1) {
        Object *bm = ((Type *)ref_obj(tuple_get(bases, 0)))->tp_mro;
        intptr_t n = tuple_size(bm);
        Object *r = tuple_new(t, n + 1);
        if (!r) return NULL;
        tuple_items(r)[0] = ref_new((Object *)type);
        for (intptr_t i = 0; i < n; i++) tuple_items(r)[i + 1] = ref_dup(tuple_get(bm, i));
        return r;
    }
    intptr_t nlists = nb + 1;
    Object **lists = mem_alloc(t, (size_t)nlists * sizeof(Object *));
    intptr_t *remain = mem_calloc(t, (size_t)nlists, sizeof(intptr_t));
    Object *out = list_new(t, 0);
    if (!lists || !remain || !out) goto fail;
    for (intptr_t i = 0; i < nb; i++) lists[i] = ((Type *)ref_obj(tuple_get(bases, i)))->tp_mro;
    lists[nb] = bases;
    if (list_append(t, out, ref_from_obj((Object *)type)) < 0) goto fail;
    for (;;) {
        bool empty = true, found = false;
        for (intptr_t i = 0; i < nlists; i++) {
            if (remain[i] >= tuple_size(lists[i])) continue;
            empty = false;
            Object *cand = ref_obj(tuple_get(lists[i], remain[i]));
            bool blocked = false;
            for (intptr_t j = 0; j < nlists && !blocked; j++)
                blocked = tail_contains(lists[j], remain[j], cand);
            if (blocked) continue;
            if (list_append(t, out, ref_from_obj(cand)) < 0) goto fail;
            for (intptr_t j = 0; j < nlists; j++)
                if (remain[j] < tuple_size(lists[j]) && ref_obj(tuple_get(lists[j], remain[j])) == cand)
                    remain[j]++;
            found = true;
            break;
        }
        if (empty) break;
        if (!found) {
            mro_error(t, lists, nlists, remain);
            goto fail;
        }
    }
    Object *r = list_as_tuple(t, out);
    obj_decref(out);
    mem_free(lists);
    mem_free(remain);
    return r;
fail:
    if (lists) mem_free(lists);
    if (remain) mem_free(remain);
    obj_xdecref(out);
    return NULL;
}

static Ref type_mro_method(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames);

/* Sets type->tp_mro: C3, or the metaclass's overridden mro(). */
int type_compute_mro(Thread *t, Type *type) {
    Object *mro = NULL;
    Type *meta = ((Object *)type)->ob_type;
    if (meta != &type_type) {
        Ref m = type_lookup(meta, ID(mro));
        bool custom = !ref_is_null(m) && !(ref_type(m) == &method_descr_type &&
                                           ((MethodDescr *)ref_obj(m))->def &&
                                           ((MethodDescr *)ref_obj(m))->def->fn == type_mro_method);
        if (custom) {
            Ref r = obj_call_method(t, ref_immortal(type), ID(mro), NULL, 0);
            if (ref_is_null(r)) return -1;
            mro = tuple_from_iterable(t, r);
            ref_close(r);
            if (!mro) return -1;
            for (intptr_t i = 0; i < tuple_size(mro); i++) {
                Ref c = tuple_get(mro, i);
                if (!type_check(c)) {
                    err_format(t, &exc_TypeError, "mro() returned a non-class ('%T')", c);
                    obj_decref(mro);
                    return -1;
                }
            }
        }
    }
    if (!mro) mro = mro_c3(t, type);
    if (!mro) return -1;
    OBJ_SETREF(type->tp_mro, mro);
    return 0;
}

/* ---- readying static types ---------------------------------------------------------------- */

static void immortalize(Object *o) {
    if (!o || obj_is_immortal(o)) return;
    o->ob_refcnt = REFCNT_IMMORTAL;
    if (type_has_flag(o->ob_type, TPFLAG_HAVE_GC)) gc_untrack(o);
}

static void immortalize_value(Ref v) {
    if (!ref_is_obj(v)) return;
    Object *o = ref_obj(v);
    Type *tp = o->ob_type;
    if (tp == &method_descr_type || tp == &classmethod_descr_type || tp == &getset_descr_type ||
        tp == &member_descr_type || tp == &wrapper_descr_type)
        immortalize(((Descr *)o)->name);
    else if (tp == &cfunction_type) {
        immortalize(((CFunctionObj *)o)->module);
    } else if (tp == &staticmethod_type) {
        /* staticmethod(cfunction) for METH_STATIC: its func and its dict */
        struct { Object ob; Ref func; Object *dict; } *sm = (void *)o;
        immortalize_value(sm->func);
        if (sm->dict) {
            intptr_t pos = 0;
            Ref k, val;
            while (dict_next(sm->dict, &pos, &k, &val)) {
                immortalize_value(k);
                immortalize_value(val);
            }
            immortalize(sm->dict);
        }
    }
    immortalize(o);
}

/* Slots a type takes from its base when it does not define them. */
static void inherit_slots(Type *type, Type *base) {
#define INHERIT(f)                                                                         \
    if (!type->f) type->f = base->f
    INHERIT(repr);
    INHERIT(str);
    if (!type->richcompare && !type->hash) {
        type->richcompare = base->richcompare;
        type->hash = base->hash;
    }
    INHERIT(call);
    INHERIT(getattro);
    INHERIT(setattro);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(init);
    INHERIT(iter);
    INHERIT(iternext);
    if (!type->getbuffer) {
        type->getbuffer = base->getbuffer;
        type->releasebuffer = base->releasebuffer;
    }
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(bool_);
    INHERIT(neg);
    INHERIT(pos);
    INHERIT(abs);
    INHERIT(invert);
    INHERIT(index);
    INHERIT(int_);
    INHERIT(float_);
    for (int i = 0; i < NB_BINARY_COUNT; i++) {
        INHERIT(nb[i]);
        INHERIT(nb_inplace[i]);
    }
    INHERIT(power3);
    INHERIT(await_);
    INHERIT(aiter);
    INHERIT(anext);
    INHERIT(tp_finalize);
#undef INHERIT
}

/* tp_doc without a leading "name(signature)\n--\n\n" block. */
static const char *doc_without_signature(const char *doc) {
    const char *end = strstr(doc, ")\n--\n\n");
    if (!end) return doc;
    const char *paren = strchr(doc, '(');
    if (!paren || paren > end) return doc;
    for (const char *p = doc; p < paren; p++)
        if (*p == ' ' || *p == '\n') return doc;
    return end + 6;
}

/* The entry for one of a type's methods: a method descriptor (whose name is the dict key)
 * or, for METH_STATIC, a staticmethod. New references in *name and the result. */
static Object *method_entry(Thread *t, Type *type, const MethodDef *m, Object **name) {
    if (!(m->flags & METH_STATIC)) {
        Object *d = descr_new_method(t, type, m);
        if (d) obj_incref(*name = ((Descr *)d)->name);
        return d;
    }
    if (!(*name = str_intern_cstr(t, m->name))) return NULL;
    Object *f = cfunction_new(t, m, REF_NULL, NULL);
    if (f) {
        obj_incref((Object *)type);   /* names it "Type.name", as CPython */
        ((CFunctionObj *)f)->cls = type;
    }
    Object *d = f ? staticmethod_new(t, ref_from_obj(f)) : NULL;
    obj_xdecref(f);
    if (!d) obj_decref(*name);
    return d;
}

static int add_methods(Thread *t, Type *type) {
    for (const MethodDef *m = type->methods; m && m->name; m++) {
        Object *name;
        Object *d = method_entry(t, type, m, &name);
        if (!d) return -1;
        int has = dict_contains(t, type->tp_dict, ref_from_obj(name));
        int r = has && !(m->flags & METH_COEXIST) ? has
                                                  : dict_set(t, type->tp_dict, ref_from_obj(name), ref_from_obj(d));
        obj_decref(d);
        obj_decref(name);
        if (r < 0) return -1;
    }
    for (const GetSetDef *g = type->getsets; g && g->name; g++) {
        Object *d = descr_new_getset(t, type, g);
        if (!d) return -1;
        int r = dict_set(t, type->tp_dict, ref_from_obj(((Descr *)d)->name), ref_from_obj(d));
        obj_decref(d);
        if (r < 0) return -1;
    }
    for (const MemberDef *m = type->members; m && m->name; m++) {
        Object *d = descr_new_member(t, type, m);
        if (!d) return -1;
        int r = dict_set(t, type->tp_dict, ref_from_obj(((Descr *)d)->name), ref_from_obj(d));
        obj_decref(d);
        if (r < 0) return -1;
    }
    return 0;
}

/* About how many entries a static type's dict gets: its methods, getsets and members, plus
 * a typical number of slot wrappers and __doc__/__hash__ (growing the dict costs more). */
static intptr_t type_dict_size_hint(const Type *type) {
    intptr_t n = 8;
    for (const MethodDef *m = type->methods; m && m->name; m++) n++;
    for (const GetSetDef *g = type->getsets; g && g->name; g++) n++;
    for (const MemberDef *m = type->members; m && m->name; m++) n++;
    return n;
}

static void set_builtin_subclass_flags(Type *type) {
    static const struct { const Type *tp; unsigned long flag; } map[] = {
        {&int_type, TPFLAG_LONG_SUBCLASS},       {&list_type, TPFLAG_LIST_SUBCLASS},
        {&tuple_type, TPFLAG_TUPLE_SUBCLASS},    {&bytes_type, TPFLAG_BYTES_SUBCLASS},
        {&str_type, TPFLAG_UNICODE_SUBCLASS},    {&dict_type, TPFLAG_DICT_SUBCLASS},
        {&exc_BaseException, TPFLAG_BASE_EXC_SUBCLASS}, {&type_type, TPFLAG_TYPE_SUBCLASS},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (type == map[i].tp) type->tp_flags |= map[i].flag;
    if (type->tp_base)
        type->tp_flags |= type->tp_base->tp_flags &
                          (TPFLAG_LONG_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS |
                           TPFLAG_BYTES_SUBCLASS | TPFLAG_UNICODE_SUBCLASS |
                           TPFLAG_DICT_SUBCLASS | TPFLAG_BASE_EXC_SUBCLASS |
                           TPFLAG_TYPE_SUBCLASS);
}

int type_ready(Thread *t, Type *type) {
    if (type_has_flag(type, TPFLAG_READY)) return 0;
    if (type_has_flag(type, TPFLAG_READYING)) return 0;
    type->tp_flags |= TPFLAG_READYING;
    if (!((Object *)type)->ob_type) ((Object *)type)->ob_type = &type_type;
    if (!type->tp_base && type != &object_type) type->tp_base = &object_type;
    Type *base = type->tp_base;
    if (base && !type_has_flag(base, TPFLAG_READY) && type_ready(t, base) < 0) goto fail;
    if (base) {
        if (!type->tp_basicsize) type->tp_basicsize = base->tp_basicsize;
        if (!type->tp_itemsize) type->tp_itemsize = base->tp_itemsize;
        if (!type->tp_dictoffset) type->tp_dictoffset = base->tp_dictoffset;
        if (!type->tp_weaklistoffset) type->tp_weaklistoffset = base->tp_weaklistoffset;
        if (!type->tp_dealloc) type->tp_dealloc = base->tp_dealloc;
        if (!type_has_flag(type, TPFLAG_HAVE_GC) && type_has_flag(base, TPFLAG_HAVE_GC) &&
            !type->tp_traverse && !type->tp_clear) {
            type->tp_flags |= TPFLAG_HAVE_GC;
            type->tp_traverse = base->tp_traverse;
            type->tp_clear = base->tp_clear;
        }
    }
    if (!type->tp_free) type->tp_free = obj_free;
    set_builtin_subclass_flags(type);
    type->tp_flags |= TPFLAG_IMMUTABLETYPE;
    if (!type->extra) {
        type->extra = mem_calloc(t, 1, sizeof(TypeExtra));
        if (!type->extra) goto fail;
        type->extra->solid = !base || type->tp_basicsize != base->tp_basicsize ||
                             type->tp_itemsize != base->tp_itemsize;
    }
    if (!type->tp_bases) {
        type->tp_bases = base ? tuple_pack(t, 1, ref_immortal(base)) : tuple_empty();
        if (!type->tp_bases) goto fail;
        immortalize(type->tp_bases);
    }
    if (!type->tp_dict) {
        type->tp_dict = dict_new_presized(t, type_dict_size_hint(type));
        if (!type->tp_dict) goto fail;
    }
    if (add_methods(t, type) < 0 || type_add_slot_wrappers(t, type) < 0) goto fail;
    if (dict_contains(t, type->tp_dict, ref_immortal(ID(__doc__))) == 0) {
        Ref doc = REF_NONE;
        if (type->tp_doc) {
            Object *s = str_from_cstr(t, doc_without_signature(type->tp_doc));
            if (!s) goto fail;
            doc = ref_from_obj(s);
        }
        int r = dict_set_str(t, type->tp_dict, ID(__doc__), doc);
        ref_close(doc);
        if (r < 0) goto fail;
    }
    if (type_compute_mro(t, type) < 0) goto fail;
    immortalize(type->tp_mro);
    for (intptr_t i = 1; i < tuple_size(type->tp_mro); i++)
        inherit_slots(type, (Type *)ref_obj(tuple_get(type->tp_mro, i)));
    /* new_ is inherited except from object: a static type without its own constructor
     * directly under object cannot be instantiated ("cannot create 'X' instances"). */
    if (!type->new_ && base && base != &object_type &&
        !type_has_flag(type, TPFLAG_DISALLOW_INSTANTIATION))
        type->new_ = base->new_;
    if (!type->hash) {
        int has = dict_contains(t, type->tp_dict, ref_immortal(ID(__hash__)));
        if (has < 0) goto fail;
        if (!has && dict_set_str(t, type->tp_dict, ID(__hash__), REF_NONE) < 0) goto fail;
        type->hash = hash_not_implemented;
    }
    type_assign_version(t, type);
    if (base && type_add_subclass(t, base, type) < 0) goto fail;
    /* Everything reachable from a static type's dict is process-wide: immortal. */
    {
        intptr_t pos = 0;
        Ref k, v;
        while (dict_next(type->tp_dict, &pos, &k, &v)) {
            immortalize_value(k);
            immortalize_value(v);
        }
        immortalize(type->tp_dict);
    }
    type->tp_flags = (type->tp_flags & ~TPFLAG_READYING) | TPFLAG_READY;
    return 0;
fail:
    type->tp_flags &= ~TPFLAG_READYING;
    return -1;
}

/* ---- attribute access on types ------------------------------------------------------------ */

Ref type_getattro(Thread *t, Ref obj, Object *name) {
    Type *type = (Type *)ref_obj(obj);
    Type *meta = ref_type(obj);
    Ref meta_attr = type_lookup(meta, name);
    DescrGetFn meta_get = NULL;
    if (!ref_is_null(meta_attr)) {
        meta_attr = ref_dup(meta_attr);
        Type *mt = ref_type(meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set) {
            Ref r = meta_get(t, meta_attr, obj, ref_from_obj((Object *)meta));
            ref_close(meta_attr);
            return r;
        }
    }
    Ref attr = type_lookup(type, name);
    if (!ref_is_null(attr)) {
        attr = ref_dup(attr);
        DescrGetFn f = ref_type(attr)->descr_get;
        ref_close(meta_attr);
        if (f) {
            Ref r = f(t, attr, REF_NULL, obj);
            ref_close(attr);
            return r;
        }
        return attr;
    }
    if (meta_get) {
        Ref r = meta_get(t, meta_attr, obj, ref_from_obj((Object *)meta));
        ref_close(meta_attr);
        return r;
    }
    if (!ref_is_null(meta_attr)) return meta_attr;
    err_format(t, &exc_AttributeError, "type object '%s' has no attribute '%U'", type_name(type),
               name);
    err_set_attribute_error_context(t, obj, name);
    return REF_NULL;
}

static bool is_dunder(Object *name) {
    intptr_t n = STR(name)->length;
    return n > 4 && str_char_at(name, 0) == '_' && str_char_at(name, 1) == '_' &&
           str_char_at(name, n - 1) == '_' && str_char_at(name, n - 2) == '_';
}

int type_setattro(Thread *t, Ref obj, Object *name, Ref value) {
    Type *type = (Type *)ref_obj(obj);
    if (!heap_like(type) || type_has_flag(type, TPFLAG_IMMUTABLETYPE)) {
        err_format(t, &exc_TypeError, "cannot set %R attribute of immutable type '%s'",
                   ref_immortal(name), type->tp_name);
        return -1;
    }
    Type *meta = ref_type(obj);
    Ref descr = type_lookup(meta, name);
    if (!ref_is_null(descr) && ref_type(descr)->descr_set) {
        descr = ref_dup(descr);
        int r = ref_type(descr)->descr_set(t, descr, obj, value);
        ref_close(descr);
        return r;
    }
    if (!str_check_exact(ref_immortal(name))) {
        err_format(t, &exc_TypeError, "attribute name must be string, not '%T'", ref_immortal(name));
        return -1;
    }
    obj_incref(name);
    Object *iname = str_intern(t, name);
    if (!iname) return -1;
    int r;
    /* Shape-keyed caches (objects/shape.h) depend on which names the classes have, on data
     * descriptors and on methods: replacing a plain value by another (a class-level
     * counter, say) leaves them valid. */
    Ref old = dict_get_str(t, type->tp_dict, iname);
    bool keep_shapes = !ref_is_null(old) && !ref_is_null(value) && !is_dunder(iname) &&
                       ref_type(old)->descr_get == NULL && ref_type(value)->descr_get == NULL;
    ref_close(old);
    if (err_occurred(t)) {
        obj_decref(iname);
        return -1;
    }
    /* Invalidate cached lookups first: the old value's finalizer may look it up again. */
    type_modified_ex(t, type, keep_shapes);
    if (ref_is_null(value)) {
        r = dict_del_str(t, type->tp_dict, iname);
        if (r == 0) {
            err_format(t, &exc_AttributeError, "type object '%s' has no attribute '%U'",
                       type_name(type), iname);
            err_set_attribute_error_context(t, obj, iname);
            r = -1;
        } else if (r > 0) {
            r = 0;
        }
    } else {
        r = dict_set_str(t, type->tp_dict, iname, value);
    }
    if (r == 0) {
        type_modified_ex(t, type, keep_shapes);
        if (is_dunder(iname)) type_update_slot(type, iname);
    }
    obj_decref(iname);
    return r;
}

/* ---- type attributes -------------------------------------------------------------------- */

#define TYPE(r) ((Type *)ref_obj(r))

static int check_set_special(Thread *t, Type *type, Ref value, const char *name) {
    if (!heap_like(type) || type_has_flag(type, TPFLAG_IMMUTABLETYPE)) {
        err_format(t, &exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                   type->tp_name);
        return -1;
    }
    if (ref_is_null(value)) {
        err_format(t, &exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name,
                   type->tp_name);
        return -1;
    }
    return 0;
}

static Ref type_get_name(Thread *t, Ref self, void *c) {
    return ref_from_obj(type_name_str(t, TYPE(self)));
}

static int type_set_name(Thread *t, Ref self, Ref value, void *c) {
    Type *type = TYPE(self);
    if (check_set_special(t, type, value, "__name__") < 0) return -1;
    if (!str_check(value)) {
        err_format(t, &exc_TypeError, "can only assign string to %s.__name__, not '%T'",
                   type->tp_name, value);
        return -1;
    }
    intptr_t len;
    const char *u = str_utf8(t, ref_obj(value), &len);
    if (!u) return -1;
    if ((intptr_t)strlen(u) != len) {
        err_set(t, &exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    if (!type->extra->qualname) {   /* a spec type's, read from tp_name until now */
        type->extra->qualname = type_qualname(t, type);
        if (!type->extra->qualname) return -1;
    }
    obj_incref(ref_obj(value));
    OBJ_SETREF(type->extra->name, ref_obj(value));
    type->tp_name = u;
    return 0;
}

static Ref type_get_qualname(Thread *t, Ref self, void *c) {
    return ref_from_obj(type_qualname(t, TYPE(self)));
}

static int type_set_qualname(Thread *t, Ref self, Ref value, void *c) {
    Type *type = TYPE(self);
    if (check_set_special(t, type, value, "__qualname__") < 0) return -1;
    if (!str_check(value)) {
        err_format(t, &exc_TypeError, "can only assign string to %s.__qualname__, not '%T'",
                   type->tp_name, value);
        return -1;
    }
    obj_incref(ref_obj(value));
    OBJ_SETREF(type->extra->qualname, ref_obj(value));
    return 0;
}

static Ref type_get_module(Thread *t, Ref self, void *c) { return type_module(t, TYPE(self)); }

static int type_set_module(Thread *t, Ref self, Ref value, void *c) {
    Type *type = TYPE(self);
    if (check_set_special(t, type, value, "__module__") < 0) return -1;
    type_modified(type);
    return dict_set_str(t, type->tp_dict, ID(__module__), value);
}

static Ref type_get_doc(Thread *t, Ref self, void *c) {
    Type *type = TYPE(self);
    Ref d = dict_get_str(t, type->tp_dict, ID(__doc__));
    if (ref_is_null(d)) return err_occurred(t) ? REF_NULL : REF_NONE;
    DescrGetFn f = ref_type(d)->descr_get;
    if (f && type_has_flag(type, TPFLAG_HEAPTYPE)) {
        Ref r = f(t, d, REF_NULL, self);
        ref_close(d);
        return r;
    }
    return d;
}

static int type_set_doc(Thread *t, Ref self, Ref value, void *c) {
    Type *type = TYPE(self);
    if (check_set_special(t, type, value, "__doc__") < 0) return -1;
    type_modified(type);
    return dict_set_str(t, type->tp_dict, ID(__doc__), value);
}

static Ref type_get_dict(Thread *t, Ref self, void *c) {
    Object *p = mappingproxy_new(t, TYPE(self)->tp_dict);
    return ref_from_obj(p);
}

static Ref type_get_bases(Thread *t, Ref self, void *c) {
    Object *b = TYPE(self)->tp_bases;
    return b ? ref_new(b) : ref_new(tuple_empty());
}

static int type_set_bases(Thread *t, Ref self, Ref value, void *c) {
    Type *type = TYPE(self);
    if (check_set_special(t, type, value, "__bases__") < 0) return -1;
    if (!tuple_check(value)) {
        err_format(t, &exc_TypeError, "can only assign tuple to %s.__bases__, not %T",
                   type->tp_name, value);
        return -1;
    }
    Object *nb = ref_obj(value);
    if (tuple_size(nb) == 0) {
        err_format(t, &exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                   type->tp_name);
        return -1;
    }
    for (intptr_t i = 0; i < tuple_size(nb); i++) {
        Ref b = tuple_get(nb, i);
        if (!type_check(b)) {
            err_format(t, &exc_TypeError, "%s.__bases__ must be tuple of classes, not '%T'",
                       type->tp_name, b);
            return -1;
        }
        if (type_is_subtype(TYPE(b), type)) {
            err_set(t, &exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Object *old_bases = type->tp_bases;
    Object *old_mro = type->tp_mro;
    Type *old_base = type->tp_base;
    obj_incref(nb);
    type->tp_bases = nb;
    type->tp_mro = NULL;
    if (type_compute_mro(t, type) < 0) {
        obj_decref(nb);
        type->tp_bases = old_bases;
        type->tp_mro = old_mro;
        return -1;
    }
    Type *newbase = TYPE(tuple_get(nb, 0));
    for (intptr_t i = 0; i < tuple_size(old_bases); i++)
        if (type_has_flag(TYPE(tuple_get(old_bases, i)), TPFLAG_HEAPTYPE))
            type_remove_subclass(TYPE(tuple_get(old_bases, i)), type);
    for (intptr_t i = 0; i < tuple_size(nb); i++)
        if (type_has_flag(TYPE(tuple_get(nb, i)), TPFLAG_HEAPTYPE))
            type_add_subclass(t, TYPE(tuple_get(nb, i)), type);
    obj_incref((Object *)newbase);
    type->tp_base = newbase;
    obj_decref((Object *)old_base);
    obj_decref(old_bases);
    obj_xdecref(old_mro);
    type_modified(type);
    type_fixup_slots(type, true);
    return 0;
}

static Ref type_get_base(Thread *t, Ref self, void *c) {
    Type *b = TYPE(self)->tp_base;
    return b ? ref_new((Object *)b) : REF_NONE;
}

static Ref type_get_mro(Thread *t, Ref self, void *c) {
    Object *m = TYPE(self)->tp_mro;
    return m ? ref_new(m) : REF_NONE;
}

static Ref type_get_basicsize(Thread *t, Ref self, void *c) {
    return int_from_i64(t, TYPE(self)->tp_basicsize);
}
static Ref type_get_itemsize(Thread *t, Ref self, void *c) {
    return int_from_i64(t, TYPE(self)->tp_itemsize);
}
static Ref type_get_flags(Thread *t, Ref self, void *c) {
    return int_from_u64(t, TYPE(self)->tp_flags);
}
static Ref type_get_dictoffset(Thread *t, Ref self, void *c) {
    return int_from_i64(t, TYPE(self)->tp_dictoffset);
}
static Ref type_get_weakrefoffset(Thread *t, Ref self, void *c) {
    return int_from_i64(t, TYPE(self)->tp_weaklistoffset);
}

static Ref type_get_abstractmethods(Thread *t, Ref self, void *c) {
    Type *type = TYPE(self);
    Ref r = REF_NULL;
    if (type != &type_type) r = dict_get_str(t, type->tp_dict, ID(__abstractmethods__));
    if (ref_is_null(r) && !err_occurred(t)) {
        err_set_value(t, &exc_AttributeError, ref_immortal(ID(__abstractmethods__)));
    }
    return r;
}

static int type_set_abstractmethods(Thread *t, Ref self, Ref value, void *c) {
    Type *type = TYPE(self);
    int truth = 0, r;
    if (!ref_is_null(value)) {
        truth = obj_truthy(t, value);
        if (truth < 0) return -1;
        r = dict_set_str(t, type->tp_dict, ID(__abstractmethods__), value);
    } else {
        r = dict_del_str(t, type->tp_dict, ID(__abstractmethods__));
        if (r == 0) {
            err_set_value(t, &exc_AttributeError, ref_immortal(ID(__abstractmethods__)));
            return -1;
        }
        r = r < 0 ? -1 : 0;
    }
    if (r < 0) return -1;
    type_modified(type);
    if (truth) type->tp_flags |= TPFLAG_IS_ABSTRACT;
    else type->tp_flags &= ~TPFLAG_IS_ABSTRACT;
    return 0;
}

static Ref type_get_annotations(Thread *t, Ref self, void *c) {
    Type *type = TYPE(self);
    if (!type_has_flag(type, TPFLAG_HEAPTYPE)) {
        err_format(t, &exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                   type_name(type));
        return REF_NULL;
    }
    Ref a = dict_get_str(t, type->tp_dict, ID(__annotations__));
    if (!ref_is_null(a)) {
        DescrGetFn f = ref_type(a)->descr_get;
        if (f) {
            Ref r = f(t, a, REF_NULL, self);
            ref_close(a);
            return r;
        }
        return a;
    }
    if (err_occurred(t)) return REF_NULL;
    Object *d = dict_new(t);
    if (!d) return REF_NULL;
    if (dict_set_str(t, type->tp_dict, ID(__annotations__), ref_from_obj(d)) < 0) {
        obj_decref(d);
        return REF_NULL;
    }
    type_modified(type);
    return ref_from_obj(d);
}

static int type_set_annotations(Thread *t, Ref self, Ref value, void *c) {
    Type *type = TYPE(self);
    if (type_has_flag(type, TPFLAG_IMMUTABLETYPE) || !type_has_flag(type, TPFLAG_HEAPTYPE)) {
        err_format(t, &exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                   type->tp_name);
        return -1;
    }
    int r;
    if (ref_is_null(value)) {
        r = dict_del_str(t, type->tp_dict, ID(__annotations__));
        if (r == 0) {
            err_set_value(t, &exc_AttributeError, ref_immortal(ID(__annotations__)));
            return -1;
        }
        r = r < 0 ? -1 : 0;
    } else {
        r = dict_set_str(t, type->tp_dict, ID(__annotations__), value);
    }
    type_modified(type);
    return r;
}

static Ref type_get_text_signature(Thread *t, Ref self, void *c) { return REF_NONE; }

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL, NULL, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, NULL, NULL, NULL},
    {NULL},
};

/* ---- methods -------------------------------------------------------------------------- */

static Ref type_mro_method(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "mro", nargs, kwnames)) return REF_NULL;
    Object *m = mro_c3(t, TYPE(self));
    if (!m) return REF_NULL;
    Object *l = list_from_array(t, tuple_items(m), tuple_size(m));
    obj_decref(m);
    return ref_from_obj(l);
}

static Ref type_subclasses(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__subclasses__", nargs, kwnames)) return REF_NULL;
    TypeExtra *x = TYPE(self)->extra;
    Object *l = list_new(t, 0);
    if (!l) return REF_NULL;
    for (intptr_t i = 0; x && i < x->nsubclasses; i++) {
        if (list_append(t, l, ref_from_obj((Object *)x->subclasses[i])) < 0) {
            obj_decref(l);
            return REF_NULL;
        }
    }
    return ref_from_obj(l);
}

static Ref type_instancecheck(Thread *t, Ref self, const Ref *args, size_t nargs,
                              Object *kwnames) {
    if (!args_one(t, "__instancecheck__", nargs, kwnames)) return REF_NULL;
    Type *cls = TYPE(self);
    if (ref_type_is(args[0], cls)) return REF_TRUE;
    Ref c = obj_lookup_attr(t, args[0], ID(__class__));
    if (ref_is_null(c)) return err_occurred(t) ? REF_NULL : REF_FALSE;
    bool r = type_check(c) && type_is_subtype(TYPE(c), cls);
    ref_close(c);
    return ref_from_bool(r);
}

static Ref type_subclasscheck(Thread *t, Ref self, const Ref *args, size_t nargs,
                              Object *kwnames) {
    if (!args_one(t, "__subclasscheck__", nargs, kwnames)) return REF_NULL;
    if (!type_check(args[0])) {
        /* abstract classes (anything with __bases__) count as classes */
        Ref b = obj_lookup_attr(t, args[0], ID(__bases__));
        if (ref_is_null(b) || !tuple_check(b)) {
            ref_close(b);
            if (!err_occurred(t)) err_set(t, &exc_TypeError, "issubclass() arg 1 must be a class");
            return REF_NULL;
        }
        ref_close(b);
        int r = obj_issubclass(t, args[0], self);
        return r < 0 ? REF_NULL : ref_from_bool(r);
    }
    return ref_from_bool(type_is_subtype(TYPE(args[0]), TYPE(self)));
}

static Ref type_prepare(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    return ref_from_obj(dict_new(t));
}

static int merge_class_dict(Thread *t, Object *dict, Type *type) {
    for (intptr_t i = tuple_size(type->tp_mro) - 1; i >= 0; i--) {
        Type *b = TYPE(tuple_get(type->tp_mro, i));
        if (dict_merge(t, dict, b->tp_dict, true) < 0) return -1;
    }
    return 0;
}

static Ref type_dir(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__dir__", nargs, kwnames)) return REF_NULL;
    Object *d = dict_new(t);
    if (!d) return REF_NULL;
    if (merge_class_dict(t, d, TYPE(self)) < 0) {
        obj_decref(d);
        return REF_NULL;
    }
    Object *l = dict_keys_list(t, d);
    obj_decref(d);
    return ref_from_obj(l);
}

static Ref type_sizeof(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kwnames) {
    if (!args_none(t, "__sizeof__", nargs, kwnames)) return REF_NULL;
    return int_from_i64(t, (int64_t)ref_type(self)->tp_basicsize);
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, 0, "Return a list of immediate subclasses."},
    {"__prepare__", type_prepare, METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass."},
    {"__dir__", type_dir, 0, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, 0, "Return memory consumption of the type object."},
    {NULL},
};

/* ---- repr, call, lifetime -------------------------------------------------------------- */

static Ref type_repr(Thread *t, Ref self) {
    Type *type = TYPE(self);
    if (!heap_like(type)) {
        return ref_from_obj(str_from_format(t, "<class '%s'>", type->tp_name));
    }
    Ref mod = dict_get_str(t, type->tp_dict, ID(__module__));
    if (ref_is_null(mod) && err_occurred(t)) err_clear(t);
    Object *qn = type_qualname(t, type);
    if (!qn) {
        ref_close(mod);
        return REF_NULL;
    }
    Object *s;
    if (!ref_is_null(mod) && str_check(mod) && !str_eq_cstr(ref_obj(mod), "builtins"))
        s = str_from_format(t, "<class '%U.%U'>", ref_obj(mod), qn);
    else
        s = str_from_format(t, "<class '%U'>", qn);
    ref_close(mod);
    obj_decref(qn);
    return ref_from_obj(s);
}

Ref type_call(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames) {
    Type *type = TYPE(callable);
    if (type == &type_type && nargs == 1 && (!kwnames || tuple_size(kwnames) == 0))
        return ref_new((Object *)ref_type(args[0]));
    if (!type->new_) {
        return err_format(t, &exc_TypeError, "cannot create '%s' instances", type->tp_name);
    }
    Ref obj = type->new_(t, type, args, nargs, kwnames);
    if (ref_is_null(obj)) return REF_NULL;
    Type *ot = ref_type(obj);
    if (!type_is_subtype(ot, type)) return obj;
    if (type_has_flag(ot, TPFLAG_HEAPTYPE) && type_has_flag(ot, TPFLAG_HAVE_GC) &&
        !gc_is_tracked(ref_obj(obj)))
        gc_track(ref_obj(obj));
    /* object.__init__ accepts any arguments once __new__ is overridden: not called then
     * (every C type with only a tp_new, e.g. an extension's). */
    InitFn init = ot->init;
    if (init == object_init && ot->new_ != object_new) init = NULL;
    if (init && init(t, obj, args, nargs, kwnames) < 0) {
        ref_close(obj);
        return REF_NULL;
    }
    return obj;
}

static void type_dealloc(Object *o) {
    Type *type = (Type *)o;
    gc_untrack(o);
    weakref_clear_refs(o); /* weakref hook (objects/weakref.c) */
    TypeExtra *x = type->extra;
    if (type->tp_bases) {
        for (intptr_t i = 0; i < tuple_size(type->tp_bases); i++) {
            Type *b = TYPE(tuple_get(type->tp_bases, i));
            if (type_has_flag(b, TPFLAG_HEAPTYPE)) type_remove_subclass(b, type);
        }
    }
    obj_xdecref(type->tp_dict);
    obj_xdecref(type->tp_bases);
    obj_xdecref(type->tp_mro);
    obj_xdecref((Object *)type->tp_base);
    if (x) {
        /* subclasses still alive keep a strong ref to us, so none remain here */
        obj_xdecref(x->name);
        obj_xdecref(x->qualname);
        obj_xdecref(x->slots);
        if (x->slot_members) mem_free(x->slot_members);
        if (x->subclasses) mem_free(x->subclasses);
        if (x->shape) shape_detach(type);
        mem_free(x);
    }
    o->ob_type->tp_free(o);
}

static int type_traverse(Object *o, VisitFn visit, void *arg) {
    Type *type = (Type *)o;
    if (!type_has_flag(type, TPFLAG_HEAPTYPE)) return 0;
    int r;
    if (type->tp_dict && (r = visit(type->tp_dict, arg))) return r;
    if (type->tp_mro && (r = visit(type->tp_mro, arg))) return r;
    if (type->tp_bases && (r = visit(type->tp_bases, arg))) return r;
    if (type->tp_base && (r = visit((Object *)type->tp_base, arg))) return r;
    if (type->extra && type->extra->slots && (r = visit(type->extra->slots, arg))) return r;
    if (type_has_flag(o->ob_type, TPFLAG_HEAPTYPE)) return visit((Object *)o->ob_type, arg);
    return 0;
}

static int type_clear(Object *o) {
    Type *type = (Type *)o;
    if (!type_has_flag(type, TPFLAG_HEAPTYPE)) return 0;
    if (type->tp_dict) dict_clear(type->tp_dict);
    OBJ_SETREF(type->tp_mro, NULL);
    return 0;
}

static Ref type_or(Thread *t, Ref a, Ref b) { return union_or(t, a, b); }

Type type_type = {
    TYPE_HEAD_INIT,
    .tp_name = "type",
    .tp_basicsize = sizeof(Type),
    .tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_TYPE_SUBCLASS,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .tp_dealloc = type_dealloc,
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_free = obj_free,
    .tp_dictoffset = offsetof(Type, tp_dict),
    .tp_weaklistoffset = offsetof(Type, tp_weaklist),
    .repr = type_repr,
    .call = type_call,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .new_ = type_new_slot,
    .init = type_init_slot,
    .nb = {[NB_OR] = type_or},
    .methods = type_methods,
    .getsets = type_getsets,
};
