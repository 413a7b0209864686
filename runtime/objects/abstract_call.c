/* The call protocol: obj_call and friends (vectorcall convention), method calls without
 * bound-method objects (obj_get_method), and attribute access entry points. */
#include "spry.h"
#include "objects/shape.h"

/* ---- calls ------------------------------------------------------------------------------ */

Ref obj_call(Thread *t, Ref callable, const Ref *args, size_t nargs, Object *kwnames) {
    CallFn f = ref_type(callable)->call;
    if (!f) return err_format(t, &exc_TypeError, "'%T' object is not callable", callable);
    if (!rec_enter(t, " while calling a Python object")) return REF_NULL;
    Ref r = f(t, callable, args, nargs, kwnames);
    rec_leave(t);
    if (ref_is_null(r) && !err_occurred(t))
        err_format(t, &exc_SystemError, "%T returned NULL without setting an exception", callable);
    return r;
}

Ref obj_call0(Thread *t, Ref callable) { return obj_call(t, callable, NULL, 0, NULL); }
Ref obj_call1(Thread *t, Ref callable, Ref a) { return obj_call(t, callable, &a, 1, NULL); }
Ref obj_call2(Thread *t, Ref callable, Ref a, Ref b) {
    Ref args[2] = {a, b};
    return obj_call(t, callable, args, 2, NULL);
}

bool obj_callable(Ref o) { return ref_type(o)->call != NULL; }

Ref obj_call_prepend(Thread *t, Ref callable, Ref self, const Ref *args, size_t nargs,
                     Object *kwnames) {
    size_t total = nargs + (kwnames ? (size_t)tuple_size(kwnames) : 0);
    Ref small[9];
    Ref *buf = small;
    if (total + 1 > sizeof small / sizeof small[0]) {
        buf = mem_alloc(t, (total + 1) * sizeof(Ref));
        if (!buf) return REF_NULL;
    }
    buf[0] = self;
    if (total) memcpy(buf + 1, args, total * sizeof(Ref));
    Ref r = obj_call(t, callable, buf, nargs + 1, kwnames);
    if (buf != small) mem_free(buf);
    return r;
}

Ref obj_call_tuple_dict(Thread *t, Ref callable, Object *args, Object *kwargs) {
    intptr_t na = args ? tuple_size(args) : 0;
    intptr_t nk = kwargs ? dict_size(kwargs) : 0;
    if (nk == 0) return obj_call(t, callable, args ? tuple_items(args) : NULL, (size_t)na, NULL);
    Ref *buf = mem_alloc(t, (size_t)(na + nk) * sizeof(Ref));
    if (!buf) return REF_NULL;
    Object *names = tuple_new(t, nk);
    if (!names) {
        mem_free(buf);
        return REF_NULL;
    }
    for (intptr_t i = 0; i < na; i++) buf[i] = tuple_get(args, i);
    intptr_t pos = 0, i = 0;
    Ref k, v;
    while (dict_next(kwargs, &pos, &k, &v) && i < nk) {
        if (!str_check(k)) {
            obj_decref(names);
            mem_free(buf);
            return err_set(t, &exc_TypeError, "keywords must be strings");
        }
        tuple_items(names)[i] = ref_dup(k);
        buf[na + i] = v;
        i++;
    }
    /* keep the values alive across the call: the callee could mutate kwargs */
    for (intptr_t j = 0; j < nk; j++) buf[na + j] = ref_dup(buf[na + j]);
    Ref r = obj_call(t, callable, buf, (size_t)na, names);
    for (intptr_t j = 0; j < nk; j++) ref_close(buf[na + j]);
    obj_decref(names);
    mem_free(buf);
    return r;
}

/* ---- methods ---------------------------------------------------------------------------- */

int obj_get_method(Thread *t, Ref o, Object *name, Ref *method) {
    Type *tp = ref_type(o);
    if (tp->getattro != object_generic_getattr) {
        *method = obj_getattr(t, o, name);
        return ref_is_null(*method) ? -1 : 0;
    }
    Ref descr = type_lookup(tp, name);
    bool meth_found = false;
    DescrGetFn f = NULL;
    if (!ref_is_null(descr)) {
        descr = ref_dup(descr);
        Type *dt = ref_type(descr);
        if (type_has_flag(dt, TPFLAG_METHOD_DESCRIPTOR)) {
            meth_found = true;
        } else {
            f = dt->descr_get;
            if (f && dt->descr_set) {
                *method = f(t, descr, o, ref_from_obj((Object *)tp));
                ref_close(descr);
                return ref_is_null(*method) ? -1 : 0;
            }
        }
    }
    Ref v;
    int found = instance_lookup(t, o, name, &v);
    if (found) {
        ref_close(descr);
        *method = found > 0 ? v : REF_NULL;
        return found > 0 ? 0 : -1;
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f) {
        *method = f(t, descr, o, ref_from_obj((Object *)tp));
        ref_close(descr);
        return ref_is_null(*method) ? -1 : 0;
    }
    if (!ref_is_null(descr)) {
        *method = descr;
        return 0;
    }
    *method = object_attribute_error(t, o, name);
    return -1;
}

Ref obj_call_method_kw(Thread *t, Ref obj, Object *name, const Ref *args, size_t nargs,
                       Object *kwnames) {
    Ref m;
    int k = obj_get_method(t, obj, name, &m);
    if (k < 0) return REF_NULL;
    Ref r = k ? obj_call_prepend(t, m, obj, args, nargs, kwnames)
              : obj_call(t, m, args, nargs, kwnames);
    ref_close(m);
    return r;
}

Ref obj_call_method(Thread *t, Ref obj, Object *name, const Ref *args, size_t nargs) {
    return obj_call_method_kw(t, obj, name, args, nargs, NULL);
}

/* ---- attributes ------------------------------------------------------------------------- */

Ref obj_getattr(Thread *t, Ref o, Object *name) {
    Type *tp = ref_type(o);
    if (!tp->getattro) return object_attribute_error(t, o, name);
    Ref r = tp->getattro == object_generic_getattr ? object_generic_getattr(t, o, name)
                                                   : tp->getattro(t, o, name);
    /* an AttributeError raised without them (by a property, __getattr__...) is given the
     * name and object looked up */
    if (ref_is_null(r)) err_set_attribute_error_context(t, o, name);
    return r;
}

Ref obj_getattr_cstr(Thread *t, Ref o, const char *name) {
    Object *s = str_intern_cstr(t, name);
    if (!s) return REF_NULL;
    Ref r = obj_getattr(t, o, s);
    obj_decref(s);
    return r;
}

Ref obj_lookup_attr(Thread *t, Ref o, Object *name) {
    Type *tp = ref_type(o);
    if (tp->getattro == object_generic_getattr && ref_is_null(type_lookup(tp, name))) {
        /* Only the instance can have it: no AttributeError made just to be swallowed
         * (dict(iterable) asks every iterable for .keys). */
        Ref v;
        return instance_lookup(t, o, name, &v) > 0 ? v : REF_NULL;
    }
    Ref r = obj_getattr(t, o, name);
    if (ref_is_null(r) && err_matches(t, &exc_AttributeError)) err_clear(t);
    return r;
}

int obj_hasattr(Thread *t, Ref o, Object *name) {
    Ref r = obj_lookup_attr(t, o, name);
    if (ref_is_null(r)) return err_occurred(t) ? -1 : 0;
    ref_close(r);
    return 1;
}

int obj_setattr(Thread *t, Ref o, Object *name, Ref value) {
    Type *tp = ref_type(o);
    if (tp->setattro) return tp->setattro(t, o, name, value);
    err_format(t, &exc_TypeError, "'%T' object has no attributes (%s .%U)", o,
               ref_is_null(value) ? "del" : "assign to", name);
    return -1;
}

int obj_delattr(Thread *t, Ref o, Object *name) { return obj_setattr(t, o, name, REF_NULL); }

Ref obj_lookup_special(Thread *t, Ref o, Object *name) {
    Type *tp = ref_type(o);
    Ref r = type_lookup(tp, name);
    if (ref_is_null(r)) return REF_NULL;
    DescrGetFn f = ref_type(r)->descr_get;
    if (!f) return ref_dup(r);
    r = ref_dup(r);
    Ref b = f(t, r, o, ref_from_obj((Object *)tp));
    ref_close(r);
    return b;
}
