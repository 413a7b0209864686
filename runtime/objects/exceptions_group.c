/* BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, derive, subgroup
 * and split. */
#include "objects/exceptions_internal.h"
#include "spry.h"

#define EG(r) ((ExcGroupExc *)ref_obj(r))

static Ref eg_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, type_name(type), kw)) return REF_NULL;
    if (nargs != 2)
        return err_format(t, &exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    if (!str_check(args[0]))
        return err_format(t, &exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", args[0]);
    Ref seq = args[1];
    if (!(list_check(seq) || tuple_check(seq)) && !obj_hasattr(t, seq, ID(__getitem__)))
        return err_set(t, &exc_TypeError, "second argument (exceptions) must be a sequence");
    Object *excs = tuple_from_iterable(t, seq);
    if (!excs) return REF_NULL;
    intptr_t n = tuple_size(excs);
    if (n == 0) {
        obj_decref(excs);
        return err_set(t, &exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    bool all_exceptions = true;
    for (intptr_t i = 0; i < n; i++) {
        Ref e = tuple_get(excs, i);
        if (!exc_check(e)) {
            obj_decref(excs);
            return err_format(t, &exc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
        }
        if (!type_is_subtype(ref_type(e), &exc_Exception)) all_exceptions = false;
    }
    if (type == &exc_BaseExceptionGroup) {
        if (all_exceptions) type = &exc_ExceptionGroup;
    } else if (type == &exc_ExceptionGroup) {
        if (!all_exceptions) {
            obj_decref(excs);
            return err_set(t, &exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (!all_exceptions && type_is_subtype(type, &exc_Exception)) {
        obj_decref(excs);
        return err_format(t, &exc_TypeError, "Cannot nest BaseExceptions in '%s'", type_name(type));
    }
    Ref self = exc_BaseException.new_(t, type, args, nargs, NULL);
    if (ref_is_null(self)) {
        obj_decref(excs);
        return REF_NULL;
    }
    REF_SETREF(EG(self)->msg, ref_dup(args[0]));
    REF_SETREF(EG(self)->excs, ref_from_obj(excs));
    return self;
}

static int eg_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_no_kw(t, type_name(ref_type(self)), kw)) return -1;
    Object *tup = tuple_from_array(t, args, (intptr_t)nargs);
    if (!tup) return -1;
    OBJ_SETREF(EXC_OBJ(self)->args, tup);
    return 0;
}

static Ref eg_str(Thread *t, Ref self) {
    intptr_t n = tuple_size(ref_obj(EG(self)->excs));
    return ref_from_obj(str_from_format(t, "%S (%zd sub-exception%s)", EG(self)->msg, n, n == 1 ? "" : "s"));
}

static Ref eg_derive(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_one(t, "derive", nargs, kw)) return REF_NULL;
    Ref a[2] = {EG(self)->msg, args[0]};
    return exc_new(t, &exc_BaseExceptionGroup, a, 2);
}

/* Copies traceback, cause, context and notes from `from` to the derived group `to`. */
static int copy_metadata(Thread *t, Ref from, Ref to) {
    BaseExc *f = EXC_OBJ(from), *d = EXC_OBJ(to);
    Object *tb = f->traceback, *cause = f->cause, *ctx = f->context;
    if (tb) obj_incref(tb);
    if (cause) obj_incref(cause);
    if (ctx) obj_incref(ctx);
    OBJ_SETREF(d->traceback, tb);
    OBJ_SETREF(d->cause, cause);
    OBJ_SETREF(d->context, ctx);
    d->suppress_context = f->suppress_context;
    if (f->dict) {
        Ref notes = dict_get_str(t, f->dict, ID(__notes__));
        if (!ref_is_null(notes)) {
            int r = obj_setattr(t, to, ID(__notes__), notes);
            ref_close(notes);
            if (r < 0) return -1;
        } else if (err_occurred(t)) {
            return -1;
        }
    }
    return 0;
}

/* A matcher: an exception type, a tuple of them, or a predicate. */
static int matches(Thread *t, Ref cond, Ref exc) {
    if (exc_type_check(cond) || tuple_check(cond)) return obj_isinstance(t, exc, cond);
    Ref r = obj_call1(t, cond, exc);
    if (ref_is_null(r)) return -1;
    int b = obj_truthy(t, r);
    ref_close(r);
    return b;
}

static bool valid_condition(Ref cond) {
    if (exc_type_check(cond)) return true;
    if (tuple_check(cond)) {
        Object *tup = ref_obj(cond);
        for (intptr_t i = 0; i < tuple_size(tup); i++)
            if (!exc_type_check(tuple_get(tup, i))) return false;
        return true;
    }
    /* only Python functions are predicates, as in CPython (not any callable) */
    return ref_is_obj(cond) && ref_type(cond) == &function_type;
}

/* Splits `exc` by cond into *match and *rest (each REF_NULL when empty); owned results. */
static int split_rec(Thread *t, Ref exc, Ref cond, bool want_rest, Ref *match, Ref *rest) {
    *match = *rest = REF_NULL;
    int m = matches(t, cond, exc);
    if (m < 0) return -1;
    if (m) {
        *match = ref_dup(exc);
        return 0;
    }
    if (!type_is_subtype(ref_type(exc), &exc_BaseExceptionGroup)) {
        if (want_rest) *rest = ref_dup(exc);
        return 0;
    }
    Object *excs = ref_obj(EG(exc)->excs);
    Object *mlist = list_new(t, 0), *rlist = list_new(t, 0);
    if (!mlist || !rlist) goto fail;
    for (intptr_t i = 0; i < tuple_size(excs); i++) {
        Ref sm, sr;
        if (split_rec(t, tuple_get(excs, i), cond, want_rest, &sm, &sr) < 0) goto fail;
        if (!ref_is_null(sm) && list_append_steal(t, mlist, sm) < 0) {
            ref_close(sr);
            goto fail;
        }
        if (!ref_is_null(sr) && list_append_steal(t, rlist, sr) < 0) goto fail;
    }
    Object *lists[2] = {mlist, rlist};
    Ref *outs[2] = {match, rest};
    for (int k = 0; k < 2; k++) {
        if (list_size(lists[k]) == 0) continue;
        Ref derived = obj_call_method(t, exc, ID(derive), (Ref[]){ref_from_obj(lists[k])}, 1);
        if (ref_is_null(derived)) goto fail;
        if (!exc_check(derived)) {
            ref_close(derived);
            err_set(t, &exc_TypeError, "derive must return an instance of BaseExceptionGroup");
            goto fail;
        }
        if (copy_metadata(t, exc, derived) < 0) {
            ref_close(derived);
            goto fail;
        }
        *outs[k] = derived;
    }
    obj_decref(mlist);
    obj_decref(rlist);
    return 0;
fail:
    obj_xdecref(mlist);
    obj_xdecref(rlist);
    REF_SETREF(*match, REF_NULL);
    REF_SETREF(*rest, REF_NULL);
    return -1;
}

static Ref eg_split_impl(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw, bool want_rest) {
    if (!args_one(t, want_rest ? "split" : "subgroup", nargs, kw)) return REF_NULL;
    if (!valid_condition(args[0]))
        return err_format(t, &exc_TypeError,
                          "expected a function, exception type or tuple of exception types");
    Ref match, rest;
    if (split_rec(t, self, args[0], want_rest, &match, &rest) < 0) return REF_NULL;
    if (!want_rest) return ref_is_null(match) ? REF_NONE : match;
    Ref pair[2] = {ref_is_null(match) ? REF_NONE : match, ref_is_null(rest) ? REF_NONE : rest};
    Object *res = tuple_from_array_steal(t, pair, 2);
    return ref_from_obj(res);
}

static Ref eg_split(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return eg_split_impl(t, self, args, nargs, kw, true);
}

static Ref eg_subgroup(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    return eg_split_impl(t, self, args, nargs, kw, false);
}

static const MethodDef eg_methods[] = {
    {"derive", eg_derive, 0, NULL},
    {"split", eg_split, 0, NULL},
    {"subgroup", eg_subgroup, 0, NULL},
    {"__class_getitem__", type_generic_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

static const MemberDef eg_members[] = {
    {"message", MEMBER_T_REF, offsetof(ExcGroupExc, msg), MEMBER_READONLY, "exception message"},
    {"exceptions", MEMBER_T_REF, offsetof(ExcGroupExc, excs), MEMBER_READONLY, "nested exceptions"},
    {NULL, 0, 0, 0, NULL}};

void exceptions_group_init(void) {
    Type *b = &exc_BaseExceptionGroup;
    b->new_ = eg_new;
    b->init = eg_init;
    b->str = eg_str;
    b->methods = eg_methods;
    b->members = eg_members;
}

/* ExceptionGroup derives from both BaseExceptionGroup and Exception, as in CPython; the
 * second base is set up before the static types are readied. */
int exceptions_group_set_bases(Thread *boot) {
    Object *bases = tuple_pack(boot, 2, ref_immortal(&exc_BaseExceptionGroup), ref_immortal(&exc_Exception));
    if (!bases) return -1;
    bases->ob_refcnt = REFCNT_IMMORTAL;
    exc_ExceptionGroup.tp_bases = bases;
    return 0;
}
