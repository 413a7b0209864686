/* Out-of-line helpers for instruction bodies: names, attributes and methods, operators,
 * container building, unpacking, formatting, iteration and awaiting, imports, pattern
 * matching. The semantics and messages are CPython 3.11's. */
#include <stdio.h>

#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "objects/shape.h"

/* ---- name errors -------------------------------------------------------------------------- */

/* Records the missing name on the NameError just raised (for "Did you mean" hints). */
static void set_name_attr(Thread *t, Object *name) {
    if (err_occurred(t) && type_is_subtype(ref_type(t->exc), &exc_NameError)) {
        NameErrorExc *e = (NameErrorExc *)ref_obj(t->exc);
        REF_SETREF(e->name, ref_new(name));
    }
}

void eval_name_error(Thread *t, Object *name) {
    err_format(t, &exc_NameError, "name '%U' is not defined", name);
    set_name_attr(t, name);
}

void eval_unbound_error(Thread *t, Code *code, int slot) {
    Object *name = ref_obj(tuple_get(code->localsplusnames, slot));
    uint8_t kind = (uint8_t)bytes_data(code->localspluskinds)[slot];
    if (kind & CO_FAST_FREE)
        err_format(t, &exc_NameError,
                   "cannot access free variable '%U' where it is not associated with a value"
                   " in enclosing scope", name);
    else
        err_format(t, &exc_UnboundLocalError,
                   "cannot access local variable '%U' where it is not associated with a value",
                   name);
    set_name_attr(t, name);
}

/* ---- names --------------------------------------------------------------------------------- */

/* mapping[name]; REF_NULL without exception when missing. */
static Ref mapping_lookup(Thread *t, Ref mapping, Object *name) {
    if (dict_check_exact(mapping))
        return dict_get_str(t, ref_obj(mapping), name);
    Ref v = obj_getitem(t, mapping, ref_from_obj(name));
    if (ref_is_null(v) && err_matches(t, &exc_KeyError))
        err_clear(t);
    return v;
}

static Ref lookup_global_or_builtin(Thread *t, Frame *f, Object *name) {
    Ref v = dict_get_str(t, f->globals, name);
    if (!ref_is_null(v) || err_occurred(t))
        return v;
    return mapping_lookup(t, ref_from_obj(f->builtins), name);
}

Ref eval_load_name(Thread *t, Frame *f, Object *name) {
    if (ref_is_null(f->locals))
        return err_format(t, &exc_SystemError, "no locals when loading %R", ref_from_obj(name));
    Ref v = mapping_lookup(t, f->locals, name);
    if (ref_is_null(v) && !err_occurred(t))
        v = lookup_global_or_builtin(t, f, name);
    if (ref_is_null(v) && !err_occurred(t))
        eval_name_error(t, name);
    return v;
}

int eval_store_name(Thread *t, Frame *f, Object *name, Ref v) {
    if (ref_is_null(f->locals)) {
        err_format(t, &exc_SystemError, "no locals found when storing %R", ref_from_obj(name));
        return -1;
    }
    if (dict_check_exact(f->locals))
        return dict_set_str(t, ref_obj(f->locals), name, v);
    return obj_setitem(t, f->locals, ref_from_obj(name), v);
}

int eval_delete_name(Thread *t, Frame *f, Object *name) {
    if (ref_is_null(f->locals)) {
        err_format(t, &exc_SystemError, "no locals when deleting %R", ref_from_obj(name));
        return -1;
    }
    int r;
    if (dict_check_exact(f->locals)) {
        r = dict_del_str(t, ref_obj(f->locals), name);
        if (r > 0)
            return 0;
    } else {
        r = obj_delitem(t, f->locals, ref_from_obj(name));
        if (r == 0)
            return 0;
    }
    err_clear(t);
    eval_name_error(t, name);
    return -1;
}

Ref eval_load_global(Thread *t, Frame *f, Object *name) {
    Ref v = lookup_global_or_builtin(t, f, name);
    if (ref_is_null(v) && !err_occurred(t))
        eval_name_error(t, name);
    return v;
}

Ref eval_load_classderef(Thread *t, Frame *f, int slot) {
    Code *co = f->code;
    Object *name = ref_obj(tuple_get(co->localsplusnames, slot));
    if (!ref_is_null(f->locals)) {
        Ref v = mapping_lookup(t, f->locals, name);
        if (!ref_is_null(v) || err_occurred(t))
            return v;
    }
    Ref v = CELL(ref_obj(f->localsplus[slot]))->ref;
    if (ref_is_null(v)) {
        eval_unbound_error(t, co, slot);
        return REF_NULL;
    }
    return ref_dup(v);
}

/* ---- attributes ----------------------------------------------------------------------------- */

int eval_load_method(Thread *t, Ref obj, Object *name, Ref *meth, Ref *self_or_attr) {
    Type *tp = ref_type(obj);
    if (tp->getattro == object_generic_getattr) {
        Ref descr = type_lookup(tp, name);
        if (ref_is_obj(descr) && type_has_flag(ref_type(descr), TPFLAG_METHOD_DESCRIPTOR)) {
            descr = ref_dup(descr);
            /* An instance attribute of that name shadows the method. */
            Ref attr;
            int found = instance_lookup(t, obj, name, &attr);
            if (found) {
                ref_close(descr);
                if (found < 0) return -1;
                *meth = REF_NULL;
                *self_or_attr = attr;
                return 0;
            }
            *meth = descr;
            *self_or_attr = ref_dup(obj);
            return 0;
        }
    }
    Ref attr = obj_getattr(t, obj, name);
    if (ref_is_null(attr))
        return -1;
    *meth = REF_NULL;
    *self_or_attr = attr;
    return 0;
}

int eval_load_super_method(Thread *t, Type *type, Ref obj, Object *name, Ref *meth,
                           Ref *self_or_attr) {
    int found = super_method_of_instance(t, type, obj, name, meth);
    if (found < 0) {
        ref_close(obj);
        return -1;
    }
    if (found > 0) {
        *self_or_attr = obj;
        return 0;
    }
    Ref sup = super_make(t, type, obj);
    if (ref_is_null(sup)) return -1;
    int err = eval_load_method(t, sup, name, meth, self_or_attr);
    ref_close(sup);
    return err;
}

/* ---- operators ------------------------------------------------------------------------------- */

/* int's operators by BINARY_OP oparg (without the in-place offset: int has no in-place
 * slots); NULL where int has no such operator. */
typedef Ref (*IntBinaryFn)(Thread *t, Ref a, Ref b);
static const IntBinaryFn int_binary_ops[NB_BINARY_COUNT] = {
    [NB_ADD] = int_add, [NB_AND] = int_and, [NB_FLOOR_DIVIDE] = int_floordiv,
    [NB_LSHIFT] = int_lshift, [NB_MULTIPLY] = int_mul, [NB_REMAINDER] = int_mod,
    [NB_OR] = int_or, [NB_RSHIFT] = int_rshift, [NB_SUBTRACT] = int_sub,
    [NB_TRUE_DIVIDE] = int_true_divide, [NB_XOR] = int_xor,
};

Ref eval_binary_op(Thread *t, Ref a, Ref b, int op) {
    /* Exact ints, tagged or heap (big-int arithmetic such as a 64-bit LCG): straight to
     * int's operator, as the int slots would after obj_binop's dispatch. */
    if (ref_type(a) == &int_type && ref_type(b) == &int_type) {
        IntBinaryFn f = int_binary_ops[op >= NB_INPLACE_OFFSET ? op - NB_INPLACE_OFFSET : op];
        if (f) return f(t, a, b);
    }
    if (op >= NB_INPLACE_OFFSET)
        return obj_inplace_op(t, a, b, op - NB_INPLACE_OFFSET);
    return obj_binop(t, a, b, op);
}

Ref eval_compare(Thread *t, Ref a, Ref b, int op) {
    if (ref_is_int(a) && ref_is_int(b)) {
        int64_t x = ref_int(a), y = ref_int(b);
        bool r;
        switch (op) {
        case CMP_LT: r = x < y; break;
        case CMP_LE: r = x <= y; break;
        case CMP_EQ: r = x == y; break;
        case CMP_NE: r = x != y; break;
        case CMP_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return ref_from_bool(r);
    }
    return obj_richcompare(t, a, b, op);
}

/* ---- building containers ------------------------------------------------------------------ */

static void close_array(Ref *items, intptr_t n) {
    for (intptr_t i = 0; i < n; i++)
        ref_close(items[i]);
}

Object *eval_list_from_array_steal(Thread *t, Ref *items, intptr_t n) {
    Object *l = list_new(t, n);
    if (l == NULL) {
        close_array(items, n);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++)
        list_items(l)[i] = items[i];
    return l;
}

Object *eval_set_from_array_steal(Thread *t, Ref *items, intptr_t n) {
    Object *s = set_new(t, REF_NULL);
    for (intptr_t i = 0; s && i < n; i++) {
        if (set_add(t, s, items[i]) < 0) {
            obj_decref(s);
            s = NULL;
        }
    }
    close_array(items, n);
    return s;
}

Object *eval_dict_from_pairs_steal(Thread *t, Ref *items, intptr_t npairs) {
    Object *d = dict_new(t);
    for (intptr_t i = 0; d && i < npairs; i++) {
        if (dict_set(t, d, items[2 * i], items[2 * i + 1]) < 0) {
            obj_decref(d);
            d = NULL;
        }
    }
    close_array(items, 2 * npairs);
    return d;
}

Object *eval_dict_from_keys_steal(Thread *t, Ref keys, Ref *values, intptr_t n) {
    Object *d = NULL;
    if (!tuple_check(keys) || tuple_size(ref_obj(keys)) != n) {
        err_set(t, &exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
    } else {
        d = dict_new(t);
        for (intptr_t i = 0; d && i < n; i++) {
            if (dict_set(t, d, tuple_get(ref_obj(keys), i), values[i]) < 0) {
                obj_decref(d);
                d = NULL;
            }
        }
    }
    close_array(values, n);
    ref_close(keys);
    return d;
}

Object *eval_build_string(Thread *t, Ref *pieces, intptr_t n) {
    if (n == 1 && str_check_exact(pieces[0])) {
        obj_incref(ref_obj(pieces[0]));
        return ref_obj(pieces[0]);
    }
    Object *tup = tuple_from_array(t, pieces, n);
    if (tup == NULL)
        return NULL;
    Object *s = str_join(t, str_empty(), ref_from_obj(tup));
    obj_decref(tup);
    return s;
}

static bool is_iterable_type(Type *tp) { return tp->iter != NULL || tp->getitem != NULL; }

int eval_list_extend(Thread *t, Object *list, Ref iterable) {
    if (list_extend(t, list, iterable) == 0)
        return 0;
    if (err_matches(t, &exc_TypeError) && !is_iterable_type(ref_type(iterable))) {
        err_clear(t);
        err_format(t, &exc_TypeError, "Value after * must be an iterable, not %s",
                   type_name(ref_type(iterable)));
    }
    return -1;
}

int eval_set_update(Thread *t, Object *set, Ref iterable) {
    /* set.update's own path: a set or frozenset operand pre-sizes the table and is merged
     * entry by entry, which decides the iteration order of `{1, 2, 3}` displays */
    return set_update(t, set, iterable);
}

/* ---- unpacking --------------------------------------------------------------------------- */

int eval_unpack(Thread *t, Ref v, int before, int after, Ref *top) {
    Ref *sp = top;
    Type *tp = ref_type(v);
    if (after < 0 && (tp == &tuple_type || tp == &list_type)) {
        Object *o = ref_obj(v);
        intptr_t n = tp == &tuple_type ? tuple_size(o) : list_size(o);
        Ref *items = tp == &tuple_type ? tuple_items(o) : list_items(o);
        if (n == before) {
            for (intptr_t i = 0; i < n; i++)
                *--sp = ref_dup(items[i]);
            return 0;
        }
        if (n < before)
            err_format(t, &exc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                       before, n);
        else
            err_format(t, &exc_ValueError, "too many values to unpack (expected %d)", before);
        return -1;
    }
    Ref it = obj_iter(t, v);
    if (ref_is_null(it)) {
        if (err_matches(t, &exc_TypeError) && !is_iterable_type(tp)) {
            err_clear(t);
            err_format(t, &exc_TypeError, "cannot unpack non-iterable %s object", type_name(tp));
        }
        return -1;
    }
    int i;
    for (i = 0; i < before; i++) {
        Ref w = obj_next(t, it);
        if (ref_is_null(w)) {
            if (!err_occurred(t)) {
                if (after < 0)
                    err_format(t, &exc_ValueError,
                               "not enough values to unpack (expected %d, got %d)", before, i);
                else
                    err_format(t, &exc_ValueError,
                               "not enough values to unpack (expected at least %d, got %d)",
                               before + after, i);
            }
            goto fail;
        }
        *--sp = w;
    }
    if (after < 0) {
        Ref w = obj_next(t, it);
        if (ref_is_null(w)) {
            if (err_occurred(t))
                goto fail;
            ref_close(it);
            return 0;
        }
        ref_close(w);
        err_format(t, &exc_ValueError, "too many values to unpack (expected %d)", before);
        goto fail;
    }
    Object *l = list_from_iterable(t, it);
    if (l == NULL)
        goto fail;
    *--sp = ref_from_obj(l);
    intptr_t ll = list_size(l);
    if (ll < after) {
        err_format(t, &exc_ValueError,
                   "not enough values to unpack (expected at least %d, got %zd)", before + after,
                   (intptr_t)before + ll);
        goto fail;
    }
    for (int j = after; j > 0; j--)
        *--sp = list_items(l)[ll - j];   /* moved out of the list */
    LIST(l)->ob.ob_size = ll - after;
    ref_close(it);
    return 0;
fail:
    while (sp < top)
        ref_close(*sp++);
    ref_close(it);
    return -1;
}

/* ---- formatting ----------------------------------------------------------------------------- */

Ref eval_format_value(Thread *t, Ref v, int conversion, Ref spec) {
    Ref conv = REF_NULL;
    switch (conversion) {
    case 1: conv = obj_str(t, v); break;
    case 2: conv = obj_repr(t, v); break;
    case 3: conv = obj_ascii(t, v); break;
    default: break;
    }
    if (conversion) {
        if (ref_is_null(conv))
            return REF_NULL;
        v = conv;
    }
    Ref result;
    if (ref_is_null(spec) && str_check_exact(v))
        result = ref_dup(v);
    else
        result = obj_format(t, v, spec);
    ref_close(conv);
    return result;
}

/* ---- iteration, yield from, await ------------------------------------------------------------ */

Ref eval_iter_next(Thread *t, Ref iter) {
    Type *tp = ref_type(iter);
    Ref r = tp->iternext ? tp->iternext(t, iter) : obj_next(t, iter);
    if (ref_is_null(r) && err_matches(t, &exc_StopIteration))
        err_clear(t);
    return r;
}

Ref eval_get_yield_from_iter(Thread *t, Code *code, Ref iterable) {
    if (coro_check(iterable)) {
        if (!(code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)))
            return err_set(t, &exc_TypeError,
                           "cannot 'yield from' a coroutine object in a non-coroutine generator");
        return ref_dup(iterable);
    }
    if (gen_check(iterable))
        return ref_dup(iterable);
    return obj_iter(t, iterable);
}

/* The value of the StopIteration being raised (taken, exception cleared). */
static Ref fetch_stop_value(Thread *t) {
    Ref exc = err_fetch(t);
    Ref v = ((StopIterationExc *)ref_obj(exc))->value;
    v = ref_is_null(v) ? REF_NONE : ref_dup(v);
    ref_close(exc);
    return v;
}

int eval_send(Thread *t, Ref receiver, Ref v, Ref *result) {
    if (gen_check(receiver) || coro_check(receiver))
        return gen_send_ex(t, ref_obj(receiver), v, false, result);
    Type *tp = ref_type(receiver);
    Ref r;
    if (ref_is_none(v) && tp->iternext) {
        r = tp->iternext(t, receiver);
        if (ref_is_null(r) && !err_occurred(t)) {
            *result = REF_NONE;
            return GEN_RETURN;
        }
    } else {
        r = obj_call_method(t, receiver, ID(send), &v, 1);
    }
    if (ref_is_null(r)) {
        if (err_matches(t, &exc_StopIteration)) {
            *result = fetch_stop_value(t);
            return GEN_RETURN;
        }
        return GEN_ERROR;
    }
    *result = r;
    return GEN_NEXT;
}

static bool is_iterable_coroutine(Ref r) {
    return gen_check(r) && (CODE(GEN(ref_obj(r))->code)->flags & CO_ITERABLE_COROUTINE);
}

/* _PyCoro_GetAwaitableIter: the iterator `await o` drives. */
static Ref awaitable_iter(Thread *t, Ref o) {
    if (coro_check(o) || is_iterable_coroutine(o))
        return ref_dup(o);
    Type *tp = ref_type(o);
    Ref res;
    if (tp->await_) {
        res = tp->await_(t, o);
    } else {
        Ref m = obj_lookup_special(t, o, ID(__await__));
        if (ref_is_null(m)) {
            if (!err_occurred(t))
                err_format(t, &exc_TypeError, "object %s can't be used in 'await' expression",
                           type_name(tp));
            return REF_NULL;
        }
        res = obj_call0(t, m);
        ref_close(m);
    }
    if (ref_is_null(res))
        return REF_NULL;
    if (coro_check(res) || is_iterable_coroutine(res)) {
        ref_close(res);
        return err_set(t, &exc_TypeError, "__await__() returned a coroutine");
    }
    if (ref_type(res)->iternext == NULL) {
        err_format(t, &exc_TypeError, "__await__() returned non-iterator of type '%s'",
                   type_name(ref_type(res)));
        ref_close(res);
        return REF_NULL;
    }
    return res;
}

static bool has_await(Ref o) {
    Type *tp = ref_type(o);
    return tp->await_ != NULL || coro_check(o) || is_iterable_coroutine(o) ||
           !ref_is_null(type_lookup(tp, ID(__await__)));
}

Ref eval_get_awaitable(Thread *t, Ref iterable, int where) {
    Ref it = awaitable_iter(t, iterable);
    if (ref_is_null(it)) {
        if (where != 0 && !has_await(iterable) && err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_format(t, &exc_TypeError,
                       "'async with' received an object from %s that does not implement "
                       "__await__: %s",
                       where == 1 ? "__aenter__" : "__aexit__", type_name(ref_type(iterable)));
        }
        return REF_NULL;
    }
    if (coro_check(it) && !ref_is_null(gen_yieldfrom(ref_obj(it)))) {
        ref_close(it);
        return err_set(t, &exc_RuntimeError, "coroutine is being awaited already");
    }
    return it;
}

Ref eval_get_aiter(Thread *t, Ref obj) {
    Type *tp = ref_type(obj);
    Ref it;
    if (tp->aiter) {
        it = tp->aiter(t, obj);
    } else {
        Ref m = obj_lookup_special(t, obj, ID(__aiter__));
        if (ref_is_null(m)) {
            if (!err_occurred(t))
                err_format(t, &exc_TypeError,
                           "'async for' requires an object with __aiter__ method, got %s",
                           type_name(tp));
            return REF_NULL;
        }
        it = obj_call0(t, m);
        ref_close(m);
    }
    if (ref_is_null(it))
        return REF_NULL;
    Type *itp = ref_type(it);
    if (itp->anext == NULL && ref_is_null(type_lookup(itp, ID(__anext__)))) {
        err_format(t, &exc_TypeError,
                   "'async for' received an object from __aiter__ that does not implement "
                   "__anext__: %s", type_name(itp));
        ref_close(it);
        return REF_NULL;
    }
    return it;
}

Ref eval_get_anext(Thread *t, Ref aiter) {
    if (async_gen_check(aiter))
        return gen_async_anext(t, aiter);
    Type *tp = ref_type(aiter);
    Ref next;
    if (tp->anext) {
        next = tp->anext(t, aiter);
    } else {
        Ref m = obj_lookup_special(t, aiter, ID(__anext__));
        if (ref_is_null(m)) {
            if (!err_occurred(t))
                err_format(t, &exc_TypeError,
                           "'async for' requires an iterator with __anext__ method, got %s",
                           type_name(tp));
            return REF_NULL;
        }
        next = obj_call0(t, m);
        ref_close(m);
    }
    if (ref_is_null(next))
        return REF_NULL;
    Ref aw = awaitable_iter(t, next);
    if (ref_is_null(aw)) {
        if (err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_format(t, &exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                       type_name(ref_type(next)));
        }
    }
    ref_close(next);
    return aw;
}

/* ---- with ------------------------------------------------------------------------------------- */

int eval_before_with(Thread *t, Ref mgr, bool async, Ref *exit, Ref *res) {
    const char *proto = async ? "asynchronous context manager" : "context manager";
    Ref enter = obj_lookup_special(t, mgr, async ? ID(__aenter__) : ID(__enter__));
    if (ref_is_null(enter)) {
        if (!err_occurred(t))
            err_format(t, &exc_TypeError, "'%s' object does not support the %s protocol",
                       type_name(ref_type(mgr)), proto);
        return -1;
    }
    Ref ex = obj_lookup_special(t, mgr, async ? ID(__aexit__) : ID(__exit__));
    if (ref_is_null(ex)) {
        if (!err_occurred(t))
            err_format(t, &exc_TypeError,
                       "'%s' object does not support the %s protocol (missed %s method)",
                       type_name(ref_type(mgr)), proto, async ? "__aexit__" : "__exit__");
        ref_close(enter);
        return -1;
    }
    Ref r = obj_call0(t, enter);
    ref_close(enter);
    if (ref_is_null(r)) {
        ref_close(ex);
        return -1;
    }
    *exit = ex;
    *res = r;
    return 0;
}

Ref eval_with_except_start(Thread *t, Ref exit_func, Ref val) {
    Ref args[3];
    args[0] = ref_from_obj((Object *)ref_type(val));   /* borrowed */
    args[1] = val;
    Object *tb = exc_check(val) ? EXC_OBJ(val)->traceback : NULL;
    args[2] = tb ? ref_from_obj(tb) : REF_NONE;
    return obj_call(t, exit_func, args, 3, NULL);
}

/* ---- modules, classes, annotations -------------------------------------------------------- */

int eval_setup_annotations(Thread *t, Frame *f) {
    if (ref_is_null(f->locals)) {
        err_set(t, &exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    Ref key = ref_from_obj(ID(__annotations__));
    if (dict_check_exact(f->locals)) {
        int has = dict_contains(t, ref_obj(f->locals), key);
        if (has != 0)
            return has < 0 ? -1 : 0;
    } else {
        Ref v = obj_getitem(t, f->locals, key);
        if (!ref_is_null(v)) {
            ref_close(v);
            return 0;
        }
        if (!err_matches(t, &exc_KeyError))
            return -1;
        err_clear(t);
    }
    Object *d = dict_new(t);
    if (d == NULL)
        return -1;
    int err = dict_check_exact(f->locals) ? dict_set(t, ref_obj(f->locals), key, ref_from_obj(d))
                                          : obj_setitem(t, f->locals, key, ref_from_obj(d));
    obj_decref(d);
    return err;
}

Ref eval_import_name(Thread *t, Frame *f, Object *name, Ref fromlist, Ref level) {
    Ref import = dict_get_str(t, f->builtins, ID(__import__));
    if (ref_is_null(import)) {
        if (!err_occurred(t))
            err_set(t, &exc_ImportError, "__import__ not found");
        return REF_NULL;
    }
    Ref args[5] = {ref_from_obj(name), ref_from_obj(f->globals),
                   ref_is_null(f->locals) ? REF_NONE : f->locals, fromlist, level};
    Ref r = obj_call(t, import, args, 5, NULL);
    ref_close(import);
    return r;
}

/* Is module.__spec__._initializing true (a circular import in progress)? */
static bool module_initializing(Thread *t, Ref module) {
    Ref spec = obj_lookup_attr(t, module, ID(__spec__));
    if (ref_is_null(spec)) {
        err_clear(t);
        return false;
    }
    Ref init = obj_getattr_cstr(t, spec, "_initializing");
    ref_close(spec);
    if (ref_is_null(init)) {
        err_clear(t);
        return false;
    }
    int b = obj_truthy(t, init);
    ref_close(init);
    if (b < 0)
        err_clear(t);
    return b > 0;
}

Ref eval_import_from(Thread *t, Ref module, Object *name) {
    Ref x = obj_lookup_attr(t, module, name);
    if (!ref_is_null(x) || err_occurred(t))
        return x;
    /* A circular relative import may have put the submodule in sys.modules before binding
     * it on the package: look there. */
    Ref pkgname = obj_lookup_attr(t, module, ID(__name__));
    if (ref_is_null(pkgname) && err_occurred(t))
        return REF_NULL;
    if (!ref_is_null(pkgname) && !str_check(pkgname)) {
        ref_close(pkgname);
        pkgname = REF_NULL;
    }
    if (!ref_is_null(pkgname) && t->interp->modules) {
        Object *full = str_from_format(t, "%U.%U", ref_obj(pkgname), name);
        if (full == NULL) {
            ref_close(pkgname);
            return REF_NULL;
        }
        x = dict_get(t, t->interp->modules, ref_from_obj(full));
        obj_decref(full);
        if (!ref_is_null(x) || err_occurred(t)) {
            ref_close(pkgname);
            return x;
        }
    }
    if (ref_is_null(pkgname))
        pkgname = ref_from_obj(str_from_cstr(t, "<unknown module name>"));
    if (ref_is_null(pkgname))
        return REF_NULL;
    Ref path = obj_lookup_attr(t, module, ID(__file__));
    if (ref_is_null(path))
        err_clear(t);
    if (ref_is_null(path) || !str_check(path)) {
        err_format(t, &exc_ImportError, "cannot import name %R from %R (unknown location)",
                   ref_from_obj(name), pkgname);
        ref_close(path);
        path = REF_NULL;
    } else if (module_initializing(t, module)) {
        err_format(t, &exc_ImportError,
                   "cannot import name %R from partially initialized module %R (most likely "
                   "due to a circular import) (%S)", ref_from_obj(name), pkgname, path);
    } else {
        err_format(t, &exc_ImportError, "cannot import name %R from %R (%S)", ref_from_obj(name),
                   pkgname, path);
    }
    if (err_occurred(t) && type_is_subtype(ref_type(t->exc), &exc_ImportError)) {
        ImportErrorExc *e = (ImportErrorExc *)ref_obj(t->exc);
        REF_SETREF(e->name, ref_dup(pkgname));
        REF_SETREF(e->path, ref_is_null(path) ? REF_NONE : ref_dup(path));
    }
    ref_close(pkgname);
    ref_close(path);
    return REF_NULL;
}

int eval_import_star(Thread *t, Frame *f, Ref module) {
    if (ref_is_null(f->locals)) {
        err_set(t, &exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    bool skip_private = false;
    Ref all = obj_lookup_attr(t, module, ID(__all__));
    if (ref_is_null(all)) {
        if (err_occurred(t))
            return -1;
        Ref d = obj_lookup_attr(t, module, ID(__dict__));
        if (ref_is_null(d)) {
            if (!err_occurred(t))
                err_set(t, &exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = obj_call_method(t, d, ID(keys), NULL, 0);
        ref_close(d);
        if (ref_is_null(all))
            return -1;
        skip_private = true;
    }
    Ref it = obj_iter(t, all);
    int rc = 0;
    if (ref_is_null(it))
        rc = -1;
    while (rc == 0) {
        Ref name = obj_next(t, it);
        if (ref_is_null(name)) {
            if (err_occurred(t))
                rc = -1;
            break;
        }
        if (!str_check(name)) {
            Ref modname = obj_getattr(t, module, ID(__name__));
            if (!ref_is_null(modname))
                err_format(t, &exc_TypeError, "%s in %S.%s must be str, not %s",
                           skip_private ? "Key" : "Item", modname,
                           skip_private ? "__dict__" : "__all__", type_name(ref_type(name)));
            ref_close(modname);
            ref_close(name);
            rc = -1;
            break;
        }
        if (skip_private && str_char_at(ref_obj(name), 0) == '_' ) {
            ref_close(name);
            continue;
        }
        Ref value = obj_getattr(t, module, ref_obj(name));
        if (ref_is_null(value)) {
            rc = -1;
        } else {
            rc = dict_check_exact(f->locals) ? dict_set(t, ref_obj(f->locals), name, value)
                                             : obj_setitem(t, f->locals, name, value);
            ref_close(value);
        }
        ref_close(name);
    }
    ref_close(it);
    ref_close(all);
    return rc;
}

Ref eval_load_build_class(Thread *t, Frame *f) {
    Ref bc = mapping_lookup(t, ref_from_obj(f->builtins), ID(__build_class__));
    if (ref_is_null(bc) && !err_occurred(t))
        err_set(t, &exc_NameError, "__build_class__ not found");
    return bc;
}

int eval_print_expr(Thread *t, Ref v) {
    Ref hook = t->interp->sysdict ? dict_get_cstr(t, t->interp->sysdict, "displayhook")
                                  : REF_NULL;
    if (!ref_is_null(hook)) {
        Ref r = obj_call1(t, hook, v);
        ref_close(hook);
        if (ref_is_null(r))
            return -1;
        ref_close(r);
        return 0;
    }
    if (err_occurred(t))
        return -1;
    /* No sys.displayhook: do what the default one does. */
    if (ref_is_none(v))
        return 0;
    Ref s = obj_repr(t, v);
    if (ref_is_null(s))
        return -1;
    const char *text = str_utf8_lossy(ref_obj(s));
    printf("%s\n", text);
    fflush(stdout);
    ref_close(s);
    if (t->interp->builtins)
        return dict_set_cstr(t, t->interp->builtins, "_", v);
    return 0;
}

Object *eval_make_function(Thread *t, Frame *f, Ref codeobj, Ref defaults, Ref kwdefaults,
                           Ref annotations, Ref closure) {
    Object *fo = function_new(t, ref_obj(codeobj), f->globals, NULL);
    if (fo == NULL)
        return NULL;
    Function *fn = FUNCTION(fo);
    if (!ref_is_null(defaults) && !ref_is_none(defaults))
        fn->defaults = ref_obj(ref_dup(defaults));
    if (!ref_is_null(kwdefaults) && !ref_is_none(kwdefaults))
        fn->kwdefaults = ref_obj(ref_dup(kwdefaults));
    if (!ref_is_null(closure))
        fn->closure = ref_obj(ref_dup(closure));
    if (!ref_is_null(annotations)) {
        if (tuple_check(annotations)) {
            /* (name, value, name, value, ...) */
            Object *ann = dict_new(t);
            Object *tup = ref_obj(annotations);
            for (intptr_t i = 0; ann && i + 1 < tuple_size(tup); i += 2) {
                if (dict_set(t, ann, tuple_get(tup, i), tuple_get(tup, i + 1)) < 0) {
                    obj_decref(ann);
                    ann = NULL;
                }
            }
            if (ann == NULL) {
                obj_decref(fo);
                return NULL;
            }
            fn->annotations = ann;
        } else if (dict_check(annotations)) {
            fn->annotations = ref_obj(ref_dup(annotations));
        }
    }
    return fo;
}

/* ---- pattern matching ----------------------------------------------------------------------- */

Ref eval_match_keys(Thread *t, Ref subject, Ref keys) {
    Object *ktup = ref_obj(keys);
    intptr_t n = tuple_size(ktup);
    if (n == 0)
        return ref_from_obj(tuple_new(t, 0));
    Ref get = obj_getattr(t, subject, ID(get));
    if (ref_is_null(get))
        return REF_NULL;
    Object *seen = set_new(t, REF_NULL);
    Object *dummy = list_new(t, 0);   /* a unique default: "missing" */
    Object *values = tuple_new(t, n);
    Ref result = REF_NULL;
    if (seen == NULL || dummy == NULL || values == NULL)
        goto done;
    for (intptr_t i = 0; i < n; i++) {
        Ref key = tuple_get(ktup, i);
        int has = set_contains(t, seen, key);
        if (has != 0 || set_add(t, seen, key) < 0) {
            if (has > 0)
                err_format(t, &exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        Ref v = obj_call2(t, get, key, ref_from_obj(dummy));
        if (ref_is_null(v))
            goto done;
        if (ref_is_object(v, dummy)) {
            ref_close(v);
            result = REF_NONE;
            goto done;
        }
        tuple_items(values)[i] = v;
    }
    result = ref_from_obj(values);
    values = NULL;
done:
    if (values) {
        for (intptr_t i = 0; i < n; i++) {
            if (ref_is_null(tuple_items(values)[i]))
                tuple_items(values)[i] = REF_NONE;
        }
        obj_decref(values);
    }
    obj_xdecref(dummy);
    obj_xdecref(seen);
    ref_close(get);
    return result;
}

static Ref match_class_attr(Thread *t, Ref subject, Type *type, Object *name, Object *seen) {
    Ref key = ref_from_obj(name);
    int has = set_contains(t, seen, key);
    if (has != 0 || set_add(t, seen, key) < 0) {
        if (has > 0)
            err_format(t, &exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                       type_name(type), key);
        return REF_NULL;
    }
    return obj_lookup_attr(t, subject, name);
}

/* Types whose instances match a single positional sub-pattern as themselves. */
static bool match_self_type(Type *tp) {
    static Type *const self_types[] = {&bool_type, &bytearray_type, &bytes_type, &dict_type,
                                       &float_type, &frozenset_type, &int_type, &list_type,
                                       &set_type, &str_type, &tuple_type};
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++) {
        if (type_is_subtype(tp, self_types[i]))
            return true;
    }
    return false;
}

Ref eval_match_class(Thread *t, Ref subject, Ref type, int nargs, Ref names) {
    if (!type_check(type))
        return err_set(t, &exc_TypeError, "called match pattern must be a type");
    Type *tp = (Type *)ref_obj(type);
    int inst = obj_isinstance(t, subject, type);
    if (inst <= 0)
        return inst < 0 ? REF_NULL : REF_NONE;
    Object *seen = set_new(t, REF_NULL);
    Object *attrs = list_new(t, 0);
    Ref match_args = REF_NULL;
    Ref result = REF_NULL;
    if (seen == NULL || attrs == NULL)
        goto done;
    if (nargs) {
        bool match_self = false;
        match_args = obj_lookup_attr(t, type, ID(__match_args__));
        if (!ref_is_null(match_args)) {
            if (!tuple_check_exact(match_args)) {
                err_format(t, &exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                           type_name(tp), type_name(ref_type(match_args)));
                goto done;
            }
        } else if (err_occurred(t)) {
            goto done;
        } else {
            match_self = match_self_type(tp);
        }
        intptr_t allowed = match_self ? 1 : ref_is_null(match_args) ? 0
                                                                   : tuple_size(ref_obj(match_args));
        if (allowed < nargs) {
            err_format(t, &exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)",
                       type_name(tp), allowed, allowed == 1 ? "" : "s", nargs);
            goto done;
        }
        if (match_self) {
            if (list_append(t, attrs, subject) < 0)
                goto done;
        } else {
            for (int i = 0; i < nargs; i++) {
                Ref name = tuple_get(ref_obj(match_args), i);
                if (!str_check_exact(name)) {
                    err_format(t, &exc_TypeError,
                               "__match_args__ elements must be strings (got %s)",
                               type_name(ref_type(name)));
                    goto done;
                }
                Ref attr = match_class_attr(t, subject, tp, ref_obj(name), seen);
                if (ref_is_null(attr)) {
                    if (!err_occurred(t))
                        result = REF_NONE;
                    goto done;
                }
                int err = list_append_steal(t, attrs, attr);
                if (err < 0)
                    goto done;
            }
        }
    }
    for (intptr_t i = 0; i < tuple_size(ref_obj(names)); i++) {
        Ref name = tuple_get(ref_obj(names), i);
        Ref attr = match_class_attr(t, subject, tp, ref_obj(name), seen);
        if (ref_is_null(attr)) {
            if (!err_occurred(t))
                result = REF_NONE;
            goto done;
        }
        if (list_append_steal(t, attrs, attr) < 0)
            goto done;
    }
    {
        Object *tup = list_as_tuple(t, attrs);
        if (tup)
            result = ref_from_obj(tup);
    }
done:
    ref_close(match_args);
    obj_xdecref(attrs);
    obj_xdecref(seen);
    return result;
}

/* ---- zero-argument super() -------------------------------------------------------------- */

bool eval_super_args(Thread *t, Type **type, Ref *obj) {
    Frame *f = t->frame;
    if (f == NULL) {
        err_set(t, &exc_RuntimeError, "super(): no current frame");
        return false;
    }
    Code *co = f->code;
    if (co->argcount == 0) {
        err_set(t, &exc_RuntimeError, "super(): no arguments");
        return false;
    }
    const uint8_t *kinds = (const uint8_t *)bytes_data(co->localspluskinds);
    Ref first = f->localsplus[0];
    /* The first argument may have been moved into a cell by MAKE_CELL. */
    if (!ref_is_null(first) && (kinds[0] & CO_FAST_CELL) && f->instr != NULL &&
        ref_is_obj(first) && ref_obj(first)->ob_type == &cell_type)
        first = CELL(ref_obj(first))->ref;
    if (ref_is_null(first)) {
        err_set(t, &exc_RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    /* free variables come last; __class__ is usually the only one */
    for (int i = co->nlocalsplus - 1; i >= 0; i--) {
        if (!(kinds[i] & CO_FAST_FREE))
            continue;
        if (!str_eq(ref_obj(tuple_get(co->localsplusnames, i)), ID(__class__)))
            continue;
        Ref cell = f->localsplus[i];
        if (!ref_is_obj(cell) || ref_obj(cell)->ob_type != &cell_type) {
            err_set(t, &exc_RuntimeError, "super(): bad __class__ cell");
            return false;
        }
        Ref cls = CELL(ref_obj(cell))->ref;
        if (ref_is_null(cls)) {
            err_set(t, &exc_RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!type_check(cls)) {
            err_format(t, &exc_RuntimeError, "super(): __class__ is not a type (%s)",
                       type_name(ref_type(cls)));
            return false;
        }
        *type = (Type *)ref_obj(cls);
        *obj = ref_dup(first);
        return true;
    }
    err_set(t, &exc_RuntimeError, "super(): __class__ cell not found");
    return false;
}
