/* Raising and matching exceptions for the instruction bodies: raise/raise from,
 * `except` matching, and except* (exception groups). Unwinding itself is in eval.c. */
#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"

/* An exception instance from `raise X`: X itself, or X() for a class. */
static Ref make_exception(Thread *t, Ref x, const char *what) {
    if (type_check(x) && exc_type_check(x)) {
        Ref v = obj_call0(t, x);
        if (ref_is_null(v))
            return REF_NULL;
        if (!exc_check(v)) {
            err_format(t, &exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T",
                       x, v);
            ref_close(v);
            return REF_NULL;
        }
        return v;
    }
    if (exc_check(x))
        return ref_dup(x);
    err_format(t, &exc_TypeError, "%s must derive from BaseException", what);
    return REF_NULL;
}

int eval_do_raise(Thread *t, Ref exc, Ref cause) {
    if (ref_is_null(exc)) {
        ref_close(cause);
        Ref cur = eval_handled_exception(t);
        if (ref_is_null(cur)) {
            err_set(t, &exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        err_restore(t, ref_dup(cur));
        return 1;
    }
    Ref value = make_exception(t, exc, "exceptions");
    ref_close(exc);
    if (ref_is_null(value)) {
        ref_close(cause);
        return 0;
    }
    if (!ref_is_null(cause)) {
        Object *fixed = NULL;
        if (ref_is_none(cause)) {
            fixed = NULL;
        } else {
            Ref c = make_exception(t, cause, "exception causes");
            if (ref_is_null(c)) {
                ref_close(cause);
                ref_close(value);
                return 0;
            }
            fixed = ref_obj(c);
        }
        ref_close(cause);
        exc_set_cause(ref_obj(value), fixed);
    }
    err_raise(t, value);
    return 0;
}

bool eval_exc_matches(Ref exc, Ref type) {
    if (tuple_check(type)) {
        Object *tup = ref_obj(type);
        for (intptr_t i = 0; i < tuple_size(tup); i++) {
            if (eval_exc_matches(exc, tuple_get(tup, i)))
                return true;
        }
        return false;
    }
    return type_check(type) && type_is_subtype(ref_type(exc), (Type *)ref_obj(type));
}

static bool valid_exc_type(Ref type) {
    if (tuple_check(type)) {
        Object *tup = ref_obj(type);
        for (intptr_t i = 0; i < tuple_size(tup); i++) {
            Ref it = tuple_get(tup, i);
            if (!type_check(it) || !exc_type_check(it))
                return false;
        }
        return true;
    }
    return type_check(type) && exc_type_check(type);
}

static const char CANNOT_CATCH_MSG[] =
    "catching classes that do not inherit from BaseException is not allowed";

int eval_check_exc_match(Thread *t, Ref exc, Ref type) {
    if (!valid_exc_type(type)) {
        err_set(t, &exc_TypeError, CANNOT_CATCH_MSG);
        return -1;
    }
    return eval_exc_matches(exc, type) ? 1 : 0;
}

/* ---- except* ---------------------------------------------------------------------------------- */

static bool is_exception_group(Ref r) {
    return exc_check(r) && type_is_subtype(ref_type(r), &exc_BaseExceptionGroup);
}

static bool is_group_type(Ref type) {
    return type_check(type) && type_is_subtype((Type *)ref_obj(type), &exc_BaseExceptionGroup);
}

/* The exceptions of a group (a new reference to its tuple). */
static Ref group_exceptions(Thread *t, Ref eg) {
    Ref excs = ((ExcGroupExc *)ref_obj(eg))->excs;
    if (tuple_check(excs))
        return ref_dup(excs);
    return obj_getattr_cstr(t, eg, "exceptions");
}

/* ExceptionGroup("", (exc,)) keeping exc's traceback. */
static Ref wrap_in_group(Thread *t, Ref exc) {
    Object *excs = tuple_pack(t, 1, exc);
    if (excs == NULL)
        return REF_NULL;
    Ref args[2] = {ref_from_obj(str_empty()), ref_from_obj(excs)};
    Ref g = exc_new(t, &exc_ExceptionGroup, args, 2);
    obj_decref(excs);
    if (ref_is_null(g))
        return REF_NULL;
    Object *tb = EXC_OBJ(exc)->traceback;
    if (tb) {
        obj_incref(tb);
        exc_set_traceback(ref_obj(g), tb);
    }
    return g;
}

int eval_exception_group_match(Thread *t, Ref exc, Ref match_type, Ref *match, Ref *rest) {
    if (!valid_exc_type(match_type)) {
        err_set(t, &exc_TypeError, CANNOT_CATCH_MSG);
        return -1;
    }
    bool group_type = is_group_type(match_type);
    if (tuple_check(match_type)) {
        Object *tup = ref_obj(match_type);
        for (intptr_t i = 0; i < tuple_size(tup); i++)
            group_type |= is_group_type(tuple_get(tup, i));
    }
    if (group_type) {
        err_set(t, &exc_TypeError,
                "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    *match = REF_NONE;
    *rest = REF_NONE;
    if (ref_is_none(exc))
        return 0;
    if (eval_exc_matches(exc, match_type)) {
        /* The whole thing matches; a naked exception is wrapped in a group. */
        Ref m = is_exception_group(exc) ? ref_dup(exc) : wrap_in_group(t, exc);
        if (ref_is_null(m))
            return -1;
        *match = m;
        return 0;
    }
    if (is_exception_group(exc)) {
        Ref r = obj_call_method(t, exc, ID(split), &match_type, 1);
        if (ref_is_null(r))
            return -1;
        if (!tuple_check(r) || tuple_size(ref_obj(r)) != 2) {
            ref_close(r);
            err_set(t, &exc_TypeError, "X.split(match_type) must return a tuple (match, rest)");
            return -1;
        }
        *match = ref_dup(tuple_get(ref_obj(r), 0));
        *rest = ref_dup(tuple_get(ref_obj(r), 1));
        ref_close(r);
    }
    return 0;
}

/* Adds the identities of the leaf exceptions of e to `ids` (a set of ints). */
static int collect_leaf_ids(Thread *t, Ref e, Object *ids) {
    if (ref_is_none(e))
        return 0;
    if (!is_exception_group(e))
        return set_add(t, ids, ref_from_int((int64_t)((uintptr_t)ref_obj(e) >> 3)));
    Ref excs = group_exceptions(t, e);
    if (ref_is_null(excs))
        return -1;
    int rc = 0;
    for (intptr_t i = 0; rc == 0 && i < tuple_size(ref_obj(excs)); i++)
        rc = collect_leaf_ids(t, tuple_get(ref_obj(excs), i), ids);
    ref_close(excs);
    return rc;
}

static Ref lookup_notes(Thread *t, Ref e) {
    Ref n = obj_lookup_attr(t, e, ID(__notes__));
    if (ref_is_null(n) && err_occurred(t))
        err_clear(t);
    return n;
}

/* A copy of group eg keeping only leaves whose id is in `ids`, with eg's metadata (None
 * if nothing is kept); REF_NULL on error. */
static Ref project_group(Thread *t, Ref eg, Object *ids) {
    if (!is_exception_group(eg)) {
        int has = set_contains(t, ids, ref_from_int((int64_t)((uintptr_t)ref_obj(eg) >> 3)));
        if (has < 0)
            return REF_NULL;
        return has ? ref_dup(eg) : REF_NONE;
    }
    Ref excs = group_exceptions(t, eg);
    if (ref_is_null(excs))
        return REF_NULL;
    Object *kept = list_new(t, 0);
    if (kept == NULL) {
        ref_close(excs);
        return REF_NULL;
    }
    for (intptr_t i = 0; i < tuple_size(ref_obj(excs)); i++) {
        Ref sub = project_group(t, tuple_get(ref_obj(excs), i), ids);
        if (ref_is_null(sub) || (!ref_is_none(sub) && list_append(t, kept, sub) < 0)) {
            ref_close(sub);
            ref_close(excs);
            obj_decref(kept);
            return REF_NULL;
        }
        ref_close(sub);
    }
    ref_close(excs);
    if (list_size(kept) == 0) {
        obj_decref(kept);
        return REF_NONE;
    }
    Ref arg = ref_from_obj(kept);
    Ref g = obj_call_method(t, eg, ID(derive), &arg, 1);
    obj_decref(kept);
    if (ref_is_null(g))
        return REF_NULL;
    if (!exc_check(g)) {
        ref_close(g);
        return err_set(t, &exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    BaseExc *src = EXC_OBJ(eg);
    if (src->traceback) {
        obj_incref(src->traceback);
        exc_set_traceback(ref_obj(g), src->traceback);
    }
    if (src->context) {
        obj_incref(src->context);
        exc_set_context(ref_obj(g), src->context);
    }
    if (src->cause) {
        obj_incref(src->cause);
        exc_set_cause(ref_obj(g), src->cause);
        EXC_OBJ(g)->suppress_context = src->suppress_context;
    }
    Ref notes = lookup_notes(t, eg);
    if (!ref_is_null(notes)) {
        int err = obj_setattr(t, g, ID(__notes__), notes);
        ref_close(notes);
        if (err < 0) {
            ref_close(g);
            return REF_NULL;
        }
    }
    return g;
}

/* Was e re-raised unchanged from orig (same metadata), rather than raised anew? */
static bool same_metadata(Thread *t, Ref e, Ref orig) {
    BaseExc *a = EXC_OBJ(e), *b = EXC_OBJ(orig);
    if (a->traceback != b->traceback || a->context != b->context || a->cause != b->cause)
        return false;
    Ref na = lookup_notes(t, e), nb = lookup_notes(t, orig);
    bool same = ref_is(na, nb) || (ref_is_null(na) && ref_is_null(nb));
    ref_close(na);
    ref_close(nb);
    return same;
}

Ref eval_prep_reraise_star(Thread *t, Ref orig, Ref excs) {
    Object *list = ref_obj(excs);
    intptr_t n = list_size(list);
    if (n == 0)
        return REF_NONE;
    if (!is_exception_group(orig)) {
        /* A naked exception was caught and wrapped: at most one clause ran. */
        return ref_dup(list_items(list)[0]);
    }
    Object *raised = list_new(t, 0);
    Object *reraised = list_new(t, 0);
    Object *ids = set_new(t, REF_NULL);
    Ref result = REF_NULL;
    Ref reraised_eg = REF_NULL;
    if (raised == NULL || reraised == NULL || ids == NULL)
        goto done;
    for (intptr_t i = 0; i < n; i++) {
        Ref e = list_items(list)[i];
        if (ref_is_none(e))
            continue;
        Object *dest = same_metadata(t, e, orig) ? reraised : raised;
        if (list_append(t, dest, e) < 0)
            goto done;
    }
    for (intptr_t i = 0; i < list_size(reraised); i++) {
        if (collect_leaf_ids(t, list_items(reraised)[i], ids) < 0)
            goto done;
    }
    reraised_eg = project_group(t, orig, ids);
    if (ref_is_null(reraised_eg))
        goto done;
    if (list_size(raised) > 0) {
        if (!ref_is_none(reraised_eg) && list_append(t, raised, reraised_eg) < 0)
            goto done;
        if (list_size(raised) > 1) {
            Object *tup = list_as_tuple(t, raised);
            if (tup == NULL)
                goto done;
            Ref args[2] = {ref_from_obj(str_empty()), ref_from_obj(tup)};
            result = exc_new(t, &exc_ExceptionGroup, args, 2);
            obj_decref(tup);
        } else {
            result = ref_dup(list_items(raised)[0]);
        }
    } else {
        result = ref_dup(reraised_eg);
    }
done:
    ref_close(reraised_eg);
    obj_xdecref(raised);
    obj_xdecref(reraised);
    obj_xdecref(ids);
    return result;
}
