/* Calls: binding arguments to a Python function's parameters (with CPython's messages),
 * f(*args, **kwargs), and the keyword-dict merging DICT_MERGE does for it. */
#include <stdio.h>

#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"

/* ---- messages ---------------------------------------------------------------------------- */

static Object *param_name(Code *co, int i) { return ref_obj(tuple_get(co->localsplusnames, i)); }

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Object *format_names(Thread *t, Object **names, int n) {
    if (n <= 0)
        return str_from_cstr(t, "");
    Object *out = str_from_format(t, "'%U'", names[0]);
    for (int i = 1; out && i < n; i++) {
        Object *next;
        if (i == n - 1)
            next = str_from_format(t, n == 2 ? "%U and '%U'" : "%U, and '%U'", out, names[i]);
        else
            next = str_from_format(t, "%U, '%U'", out, names[i]);
        obj_decref(out);
        out = next;
    }
    return out;
}

static void missing_arguments(Thread *t, Function *fn, Frame *f, bool positional, int defcount) {
    Code *co = CODE(fn->code);
    int start, end;
    if (positional) {
        start = 0;
        end = co->argcount - defcount;
    } else {
        start = co->argcount;
        end = start + co->kwonlyargcount;
    }
    Object *buf[64];
    Object **names = end - start <= 64 ? buf : mem_alloc(t, sizeof(Object *) * (size_t)(end - start));
    if (names == NULL)
        return;
    int n = 0;
    for (int i = start; i < end; i++) {
        if (ref_is_null(f->localsplus[i]))
            names[n++] = param_name(co, i);
    }
    Object *list = format_names(t, names, n);
    if (names != buf)
        mem_free(names);
    if (list == NULL)
        return;
    err_format(t, &exc_TypeError, "%U() missing %d required %s argument%s: %U", fn->qualname, n,
               positional ? "positional" : "keyword-only", n == 1 ? "" : "s", list);
    obj_decref(list);
}

static void too_many_positional(Thread *t, Function *fn, Frame *f, size_t given) {
    Code *co = CODE(fn->code);
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        if (!ref_is_null(f->localsplus[i]))
            kwonly_given++;
    }
    intptr_t defcount = fn->defaults ? tuple_size(fn->defaults) : 0;
    char sig[64];
    bool plural;
    if (defcount) {
        plural = true;
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - (int)defcount, co->argcount);
    } else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    char kwsig[96] = "";
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    err_format(t, &exc_TypeError, "%U() takes %s positional argument%s but %zu%s %s given",
               fn->qualname, sig, plural ? "s" : "", given, kwsig,
               given == 1 && !kwonly_given ? "was" : "were");
}

/* True (error set) if some keyword names a positional-only parameter. */
static bool positional_only_as_keyword(Thread *t, Function *fn, Object *kwnames) {
    Code *co = CODE(fn->code);
    Object *found = NULL;
    intptr_t nkw = tuple_size(kwnames);
    for (int k = 0; k < co->posonlyargcount; k++) {
        Object *pname = param_name(co, k);
        for (intptr_t j = 0; j < nkw; j++) {
            Object *kw = ref_obj(tuple_get(kwnames, j));
            if (kw == pname || str_eq(kw, pname)) {
                Object *next = found ? str_from_format(t, "%U, %U", found, pname)
                                     : (obj_incref(pname), pname);
                obj_xdecref(found);
                if (next == NULL)
                    return true;
                found = next;
                break;
            }
        }
    }
    if (found == NULL)
        return false;
    err_format(t, &exc_TypeError,
               "%U() got some positional-only arguments passed as keyword arguments: '%U'",
               fn->qualname, found);
    obj_decref(found);
    return true;
}

/* ---- binding ------------------------------------------------------------------------------ */

/* Fills f's parameter slots from args (borrowed; vectorcall layout). On error the slots
 * filled so far stay in the frame, which the caller finishes. */
static int bind_args(Thread *t, Function *fn, Frame *f, const Ref *args, size_t argcount,
                     Object *kwnames) {
    Code *co = CODE(fn->code);
    Ref *lp = f->localsplus;
    int total_args = co->argcount + co->kwonlyargcount;
    Object *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new(t);
        if (kwdict == NULL)
            return -1;
        lp[total_args + ((co->flags & CO_VARARGS) ? 1 : 0)] = ref_from_obj(kwdict);
    }
    size_t n = argcount < (size_t)co->argcount ? argcount : (size_t)co->argcount;
    for (size_t j = 0; j < n; j++)
        lp[j] = ref_dup(args[j]);
    if (co->flags & CO_VARARGS) {
        Object *rest = argcount > n ? tuple_from_array(t, args + n, (intptr_t)(argcount - n))
                                    : (obj_incref(tuple_empty()), tuple_empty());
        if (rest == NULL)
            return -1;
        lp[total_args] = ref_from_obj(rest);
    }
    if (kwnames) {
        intptr_t nkw = tuple_size(kwnames);
        for (intptr_t i = 0; i < nkw; i++) {
            Ref keyword = tuple_get(kwnames, i);
            Ref value = args[argcount + (size_t)i];
            if (!str_check(keyword)) {
                err_format(t, &exc_TypeError, "%U() keywords must be strings", fn->qualname);
                return -1;
            }
            Object *kw = ref_obj(keyword);
            int j;
            for (j = co->posonlyargcount; j < total_args; j++) {
                if (param_name(co, j) == kw)
                    break;
            }
            if (j == total_args) {
                for (j = co->posonlyargcount; j < total_args; j++) {
                    if (str_eq(param_name(co, j), kw))
                        break;
                }
            }
            if (j == total_args) {
                if (kwdict == NULL) {
                    if (co->posonlyargcount && positional_only_as_keyword(t, fn, kwnames))
                        return -1;
                    err_format(t, &exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                               fn->qualname, kw);
                    return -1;
                }
                if (dict_set(t, kwdict, keyword, value) < 0)
                    return -1;
                continue;
            }
            if (!ref_is_null(lp[j])) {
                err_format(t, &exc_TypeError, "%U() got multiple values for argument '%U'",
                           fn->qualname, kw);
                return -1;
            }
            lp[j] = ref_dup(value);
        }
    }
    if (argcount > (size_t)co->argcount && !(co->flags & CO_VARARGS)) {
        too_many_positional(t, fn, f, argcount);
        return -1;
    }
    if (argcount < (size_t)co->argcount) {
        intptr_t defcount = fn->defaults ? tuple_size(fn->defaults) : 0;
        int m = co->argcount - (int)defcount;
        int missing = 0;
        for (int i = (int)argcount; i < m; i++) {
            if (ref_is_null(lp[i]))
                missing++;
        }
        if (missing) {
            missing_arguments(t, fn, f, true, (int)defcount);
            return -1;
        }
        for (int i = (int)n > m ? (int)n - m : 0; i < defcount; i++) {
            if (ref_is_null(lp[m + i]))
                lp[m + i] = ref_dup(tuple_get(fn->defaults, i));
        }
    }
    if (co->kwonlyargcount > 0) {
        int missing = 0;
        for (int i = co->argcount; i < total_args; i++) {
            if (!ref_is_null(lp[i]))
                continue;
            if (fn->kwdefaults) {
                Ref def = dict_get_str(t, fn->kwdefaults, param_name(co, i));
                if (!ref_is_null(def)) {
                    lp[i] = def;
                    continue;
                }
                if (err_occurred(t))
                    return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(t, fn, f, false, 0);
            return -1;
        }
    }
    return 0;
}

Frame *eval_push_call(Thread *t, Object *func, const Ref *args, size_t nargs,
                      Object *kwnames) {
    Function *fn = FUNCTION(func);
    Frame *f = frame_push_function(t, ref_new(func));
    if (f == NULL)
        return NULL;
    if (bind_args(t, fn, f, args, nargs, kwnames) < 0) {
        frame_finish(t, f);
        return NULL;
    }
    return f;
}

/* ---- f(*args, **kwargs) ----------------------------------------------------------------------- */

Object *eval_function_str(Thread *t, Ref func) {
    Ref qualname = obj_lookup_attr(t, func, ID(__qualname__));
    if (ref_is_null(qualname)) {
        if (err_occurred(t))
            return NULL;
        Ref s = obj_str(t, func);
        return ref_obj_or_null(s);
    }
    Ref module = obj_lookup_attr(t, func, ID(__module__));
    if (ref_is_null(module) && err_occurred(t)) {
        ref_close(qualname);
        return NULL;
    }
    Object *out;
    if (!ref_is_null(module) && !ref_is_none(module) &&
        !(str_check(module) && str_eq_cstr(ref_obj(module), "builtins")))
        out = str_from_format(t, "%S.%S()", module, qualname);
    else
        out = str_from_format(t, "%S()", qualname);
    ref_close(module);
    ref_close(qualname);
    return out;
}

/* Merges mapping `update` into dict. mode 0: override (dict.update); 1: a duplicate key
 * raises "<func> got multiple values for keyword argument". Returns -2 (nothing raised)
 * when update is not a mapping (no keys()). */
static int merge_mapping(Thread *t, Object *dict, Ref update, int mode, Ref func) {
    if (dict_check(update)) {
        Object *u = ref_obj(update);
        if (mode == 0)
            return dict_merge(t, dict, u, true);
        /* Snapshot the items: a key's __eq__ could mutate the dict. */
        Object *keys = dict_keys_list(t, u);
        if (keys == NULL)
            return -1;
        for (intptr_t i = 0; i < list_size(keys); i++) {
            Ref key = list_items(keys)[i];
            Ref val = dict_get(t, u, key);
            if (ref_is_null(val)) {
                if (err_occurred(t)) {
                    obj_decref(keys);
                    return -1;
                }
                continue;
            }
            int has = dict_contains(t, dict, key);
            if (has == 0)
                has = dict_set(t, dict, key, val) < 0 ? -1 : 0;
            else if (has > 0) {
                Object *fs = eval_function_str(t, func);
                if (fs) {
                    err_format(t, &exc_TypeError,
                               "%U got multiple values for keyword argument '%S'", fs, key);
                    obj_decref(fs);
                }
                has = -1;
            }
            ref_close(val);
            if (has < 0) {
                obj_decref(keys);
                return -1;
            }
        }
        obj_decref(keys);
        return 0;
    }
    Ref keys_meth = obj_lookup_attr(t, update, ID(keys));
    if (ref_is_null(keys_meth))
        return err_occurred(t) ? -1 : -2;
    Ref keys = obj_call0(t, keys_meth);
    ref_close(keys_meth);
    if (ref_is_null(keys))
        return -1;
    Ref it = obj_iter(t, keys);
    ref_close(keys);
    if (ref_is_null(it))
        return -1;
    int rc = 0;
    for (;;) {
        Ref key = obj_next(t, it);
        if (ref_is_null(key)) {
            if (err_occurred(t))
                rc = -1;
            break;
        }
        if (mode == 1) {
            int has = dict_contains(t, dict, key);
            if (has != 0) {
                if (has > 0) {
                    Object *fs = eval_function_str(t, func);
                    if (fs) {
                        err_format(t, &exc_TypeError,
                                   "%U got multiple values for keyword argument '%S'", fs, key);
                        obj_decref(fs);
                    }
                }
                ref_close(key);
                rc = -1;
                break;
            }
        }
        Ref val = obj_getitem(t, update, key);
        if (ref_is_null(val) || dict_set(t, dict, key, val) < 0) {
            ref_close(val);
            ref_close(key);
            rc = -1;
            break;
        }
        ref_close(val);
        ref_close(key);
    }
    ref_close(it);
    return rc;
}

int eval_dict_merge(Thread *t, Ref func, Object *dict, Ref update) {
    int rc = merge_mapping(t, dict, update, 1, func);
    if (rc == -2) {
        Object *fs = eval_function_str(t, func);
        if (fs) {
            err_format(t, &exc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                       type_name(ref_type(update)));
            obj_decref(fs);
        }
        return -1;
    }
    return rc;
}

int eval_dict_update(Thread *t, Object *dict, Ref update) {
    int rc = merge_mapping(t, dict, update, 0, REF_NULL);
    if (rc == -2) {
        err_format(t, &exc_TypeError, "'%s' object is not a mapping", type_name(ref_type(update)));
        return -1;
    }
    return rc;
}

Ref eval_call_function_ex(Thread *t, Ref func, Ref callargs, Ref kwargs) {
    Object *args;
    if (tuple_check_exact(callargs)) {
        args = ref_obj(callargs);
        obj_incref(args);
    } else {
        Type *tp = ref_type(callargs);
        if (tp->iter == NULL && tp->getitem == NULL) {
            Object *fs = eval_function_str(t, func);
            if (fs) {
                err_format(t, &exc_TypeError, "%U argument after * must be an iterable, not %s",
                           fs, type_name(tp));
                obj_decref(fs);
            }
            return REF_NULL;
        }
        args = tuple_from_iterable(t, callargs);
        if (args == NULL)
            return REF_NULL;
    }
    Object *kw = NULL;
    if (!ref_is_null(kwargs)) {
        if (dict_check_exact(kwargs)) {
            kw = ref_obj(kwargs);
            obj_incref(kw);
        } else {
            kw = dict_new(t);
            if (kw == NULL || eval_dict_merge(t, func, kw, kwargs) < 0) {
                obj_xdecref(kw);
                obj_decref(args);
                return REF_NULL;
            }
        }
    }
    intptr_t npos = tuple_size(args);
    intptr_t nkw = kw ? dict_size(kw) : 0;
    Ref result;
    if (nkw == 0) {
        result = obj_call(t, func, tuple_items(args), (size_t)npos, NULL);
    } else {
        Ref buf[16];
        Ref *stack = npos + nkw <= 16 ? buf : mem_alloc(t, sizeof(Ref) * (size_t)(npos + nkw));
        Object *names = stack ? tuple_new(t, nkw) : NULL;
        if (names == NULL) {
            if (stack && stack != buf)
                mem_free(stack);
            obj_decref(args);
            obj_decref(kw);
            return REF_NULL;
        }
        for (intptr_t i = 0; i < npos; i++)
            stack[i] = tuple_get(args, i);
        intptr_t pos = 0, i = 0;
        Ref k, v;
        bool bad_key = false;
        while (dict_next(kw, &pos, &k, &v)) {
            if (!str_check(k))
                bad_key = true;
            tuple_items(names)[i] = ref_dup(k);
            stack[npos + i] = ref_dup(v);   /* the callee could mutate the dict */
            i++;
        }
        for (; i < nkw; i++) {
            tuple_items(names)[i] = REF_NONE;
            stack[npos + i] = REF_NULL;
        }
        if (bad_key)
            result = err_set(t, &exc_TypeError, "keywords must be strings");
        else
            result = obj_call(t, func, stack, (size_t)npos, names);
        obj_decref(names);
        for (intptr_t j = 0; j < nkw; j++)
            ref_close(stack[npos + j]);
        if (stack != buf)
            mem_free(stack);
    }
    obj_decref(args);
    obj_xdecref(kw);
    return result;
}
