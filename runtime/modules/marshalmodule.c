/* The marshal module: dumps/loads/dump/load over the format in modules/marshal.h. */
#include "modules/marshal.h"
#include "modules/modules.h"
#include "spry.h"

/* The optional version argument at args[i] (default MARSHAL_VERSION). */
static bool version_arg(Thread *t, const Ref *args, size_t nargs, size_t i, int *out) {
    *out = MARSHAL_VERSION;
    if (nargs <= i) return true;
    intptr_t v;
    if (!arg_ssize(t, args[i], &v)) return false;
    if (v > INT32_MAX || v < INT32_MIN) {
        err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)v;
    return true;
}

static Ref marshal_dumps_fn(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    int version;
    if (!args_count(t, "dumps", nargs, kw, 1, 2) || !version_arg(t, args, nargs, 1, &version)) return REF_NULL;
    Object *b = marshal_dumps(t, args[0], version);
    return b ? ref_from_obj(b) : REF_NULL;
}

static Ref marshal_loads_fn(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "loads", nargs, kw, 1, 1)) return REF_NULL;
    BufferView view;
    if (obj_get_buffer(t, args[0], &view, false) < 0) return REF_NULL;
    Ref v = marshal_loads(t, (const uint8_t *)view.data, (size_t)view.len, 0, NULL);
    buffer_release(&view);
    return v;
}

static Ref marshal_dump_fn(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    int version;
    if (!args_count(t, "dump", nargs, kw, 2, 3) || !version_arg(t, args, nargs, 2, &version)) return REF_NULL;
    Object *b = marshal_dumps(t, args[0], version);
    if (!b) return REF_NULL;
    Ref arg = ref_from_obj(b);
    Ref r = obj_call_method(t, args[1], ID(write), &arg, 1);  /* its result is dump's */
    obj_decref(b);
    return r;
}

/* load(file): reads what is left of the file, decodes one value, then seeks back over
 * the bytes after it, so consecutive dump()s load one by one. */
static Ref marshal_load_fn(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    if (!args_count(t, "load", nargs, kw, 1, 1)) return REF_NULL;
    Ref data = obj_call_method(t, args[0], ID(read), NULL, 0);
    if (ref_is_null(data)) return REF_NULL;
    if (!bytes_check(data)) {
        err_format(t, &exc_TypeError, "file.read() returned not bytes but %s", type_name(ref_type(data)));
        ref_close(data);
        return REF_NULL;
    }
    Object *b = ref_obj(data);
    size_t used = 0;
    Ref v = marshal_loads(t, (const uint8_t *)bytes_data(b), (size_t)bytes_size(b), 0, &used);
    intptr_t unread = bytes_size(b) - (intptr_t)used;
    ref_close(data);
    if (ref_is_null(v) || unread == 0) return v;
    Ref seek_args[2] = {ref_from_int(-unread), ref_from_int(1)};
    Object *seek = str_from_cstr(t, "seek");
    Ref r = seek ? obj_call_method(t, args[0], seek, seek_args, 2) : REF_NULL;
    obj_xdecref(seek);
    if (ref_is_null(r)) {
        ref_close(v);
        return REF_NULL;
    }
    ref_close(r);
    return v;
}

static const MethodDef marshal_methods[] = {
    {"dumps", marshal_dumps_fn, 0, "Return the bytes object that would be written to a file by dump(value, file)."},
    {"loads", marshal_loads_fn, 0, "Convert the bytes-like object to a value."},
    {"dump", marshal_dump_fn, 0, "Write the value on the open file."},
    {"load", marshal_load_fn, 0, "Read one value from the open file and return it."},
    {NULL, NULL, 0, NULL},
};

Object *marshal_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "marshal");
    if (!m) return NULL;
    if (module_add_functions(t, m, marshal_methods) < 0 ||
        module_add_ref(t, m, "version", ref_from_int(MARSHAL_VERSION)) < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
