/* _ctypes memory: the Memory blocks that own ctypes instances' storage, raw copies
 * (memmove, memset, string_at, wstring_at) and the addresses of bytes-like buffers
 * (from_buffer). Addresses are trusted, as in C: ctypes is an unsafe interface. */
#include <string.h>
#include <wchar.h>

#include "modules/ctypes.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

bool ct_uint64(Thread *t, Ref v, uint64_t *out) {
    if (ref_is_int(v)) {
        *out = (uint64_t)ref_int(v);
        return true;
    }
    Ref n = int_check(v) ? ref_dup(v) : REF_NULL;
    if (ref_is_null(n)) {
        if (!ref_type(v)->index)
            return !ref_is_null(err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", v));
        n = obj_index(t, v);
        if (ref_is_null(n)) return false;
    }
    int overflow = 0;
    int64_t x = int_as_i64_overflow(n, &overflow);
    if (overflow) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(n, z);
        mpz_fdiv_r_2exp(z, z, 64); /* the low 64 bits, two's complement */
        size_t count = 0;
        uint64_t word = 0;
        mpz_export(&word, &count, -1, sizeof word, 0, 0, z);
        mpz_clear(z);
        x = (int64_t)word;
    }
    ref_close(n);
    *out = (uint64_t)x;
    return true;
}

Ref ct_address_ref(Thread *t, const void *p) { return int_from_u64(t, (uint64_t)(uintptr_t)p); }

/* ---- Memory ------------------------------------------------------------------------------ */

CtMemory *ct_memory_new(Thread *t, intptr_t size) {
    if (size < 0) return (CtMemory *)ref_obj(err_set(t, &exc_ValueError, "negative size"));
    CtMemory *m = (CtMemory *)obj_alloc(t, &ct_memory_type, sizeof(CtMemory));
    if (!m) return NULL;
    /* Never zero bytes: every instance has a distinct, valid address. */
    m->data = mem_calloc(t, 1, size ? (size_t)size : 1);
    if (!m->data) {
        obj_decref(&m->ob);
        return NULL;
    }
    m->size = size;
    return m;
}

static void memory_dealloc(Object *o) {
    mem_free(((CtMemory *)o)->data);
    o->ob_type->tp_free(o);
}

static Ref memory_address(Thread *t, Ref self, void *closure) {
    return ct_address_ref(t, ((CtMemory *)ref_obj(self))->data);
}

static Ref memory_size(Thread *t, Ref self, void *closure) { return ref_from_int(((CtMemory *)ref_obj(self))->size); }

static const GetSetDef memory_getsets[] = {
    {"address", memory_address, NULL, NULL, NULL},
    {"size", memory_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type ct_memory_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_ctypes.Memory",
    .tp_basicsize = sizeof(CtMemory),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_dealloc = memory_dealloc,
    .tp_free = obj_free,
    .getsets = memory_getsets,
};

/* ---- _CData: the native base of every ctypes class --------------------------------------
 * It exports an instance's memory through the buffer protocol (bytes(obj), memoryview(obj),
 * any bytes-like consumer): the _b_addr_ slot, for _b_size_ bytes once resized, else the
 * class's _size_. The rest of what instances share is Python (ctypes/_cdata.py). */

static int cdata_getbuffer(Thread *t, Ref obj, BufferView *view, bool writable) {
    char *p = NULL;
    if (!ct_instance_address(t, obj, &p)) return -1;
    Ref size = obj_lookup_attr(t, obj, ID(_b_size_));
    if (ref_is_null(size) && !err_occurred(t)) size = obj_getattr(t, ref_from_obj((Object *)ref_type(obj)), ID(_size_));
    intptr_t n = 0;
    bool ok = !ref_is_null(size) && arg_ssize(t, size, &n);
    ref_close(size);
    return ok ? buffer_fill_bytes(t, ref_obj(obj), p, n, false, view, writable) : -1;
}

Type ct_cdata_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_ctypes._CData",
    .tp_basicsize = sizeof(Object),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_free = obj_free,
    .new_ = object_new,
    .getbuffer = cdata_getbuffer,
};

/* alloc(size) -> a new zeroed Memory block. */
FN(ct_alloc) {
    intptr_t size;
    if (!args_count(t, "alloc", nargs, kw, 1, 1) || !arg_ssize(t, args[0], &size)) return REF_NULL;
    CtMemory *m = ct_memory_new(t, size);
    return m ? ref_from_obj(&m->ob) : REF_NULL;
}

/* ---- instance slots ----------------------------------------------------------------------
 * ctypes/_cdata.py gives every instance the __slots__ _b_addr_, _b_mem_, ... The hot paths
 * (calls, fields, items, callbacks) reach them through the slot's member descriptor, found
 * in the type's method cache, instead of a full attribute lookup. */

/* obj's slot `name`, or NULL when the class does not have it as a plain __slots__ member. */
static Ref *instance_slot(Ref obj, Object *name) {
    if (!ref_is_obj(obj)) return NULL;
    Ref d = type_lookup(ref_type(obj), name);
    if (ref_is_null(d) || ref_type(d) != &member_descr_type) return NULL;
    MemberDescr *md = (MemberDescr *)ref_obj(d);
    if (md->def->kind != MEMBER_T_REF || !type_is_subtype(ref_type(obj), md->d.type)) return NULL;
    return (Ref *)((char *)ref_obj(obj) + md->def->offset);
}

bool ct_instance_address(Thread *t, Ref obj, char **out) {
    Ref *slot = instance_slot(obj, ID(_b_addr_));
    if (slot && ref_is_int(*slot)) {
        *out = (char *)(uintptr_t)ref_int(*slot);
        return true;
    }
    Ref a = obj_getattr(t, obj, ID(_b_addr_));
    bool ok = !ref_is_null(a) && ct_address(t, a, out);
    ref_close(a);
    return ok;
}

Ref ct_copy_instance(Thread *t, Ref cls, const char *src, intptr_t size, intptr_t copied) {
    if (!type_check(cls)) return err_set(t, &exc_TypeError, "a ctypes type is required");
    CtMemory *m = ct_memory_new(t, size);
    if (!m) return REF_NULL;
    memcpy(m->data, src, (size_t)(copied < size ? copied : size));
    Ref inst = object_new(t, (Type *)ref_obj(cls), NULL, 0, NULL);
    Ref addr = ref_is_null(inst) ? REF_NULL : ct_address_ref(t, m->data);
    Object *names[] = {ID(_b_mem_), ID(_b_addr_), ID(_b_base_), ID(_objects)};
    Ref values[] = {ref_from_obj(&m->ob), addr, REF_NONE, REF_NONE};
    bool ok = !ref_is_null(addr);
    for (int i = 0; ok && i < 4; i++) {
        Ref *slot = instance_slot(inst, names[i]);
        if (slot)
            REF_SETREF(*slot, ref_dup(values[i]));
        else
            ok = obj_setattr(t, inst, names[i], values[i]) == 0;
    }
    ref_close(addr);
    obj_decref(&m->ob);
    if (!ok) {
        ref_close(inst);
        return REF_NULL;
    }
    return inst;
}

/* copy_instance(cls, address, size) -> a new cls instance owning a copy of the `size`
 * bytes at address (its __new__ and __init__ are not run). */
FN(ct_copy_instance_fn) {
    char *src;
    intptr_t size;
    if (!args_count(t, "copy_instance", nargs, kw, 3, 3) || !ct_address(t, args[1], &src) || !arg_ssize(t, args[2], &size))
        return REF_NULL;
    if (!src) return err_set(t, &exc_ValueError, "NULL pointer access");
    return ct_copy_instance(t, args[0], src, size, size);
}

/* resize(memory, size): grows a block in place (new bytes zeroed); the address may change. */
FN(ct_resize) {
    intptr_t size;
    if (!args_count(t, "resize", nargs, kw, 2, 2) || !arg_ssize(t, args[1], &size)) return REF_NULL;
    if (!ref_is_obj(args[0]) || ref_type(args[0]) != &ct_memory_type)
        return err_set(t, &exc_TypeError, "Memory block expected");
    CtMemory *m = (CtMemory *)ref_obj(args[0]);
    if (size > m->size) {
        char *p = mem_realloc(t, m->data, (size_t)size);
        if (!p) return REF_NULL;
        memset(p + m->size, 0, (size_t)(size - m->size));
        m->data = p;
        m->size = size;
    }
    return ref_dup(REF_NONE);
}

/* ---- raw copies -------------------------------------------------------------------------- */

FN(ct_memmove) {
    char *dst, *src;
    uint64_t n;
    if (!args_count(t, "memmove", nargs, kw, 3, 3) || !ct_address(t, args[0], &dst) ||
        !ct_address(t, args[1], &src) || !ct_uint64(t, args[2], &n))
        return REF_NULL;
    memmove(dst, src, (size_t)n);
    return ct_address_ref(t, dst);
}

FN(ct_memset) {
    char *dst;
    uint64_t c, n;
    if (!args_count(t, "memset", nargs, kw, 3, 3) || !ct_address(t, args[0], &dst) ||
        !ct_uint64(t, args[1], &c) || !ct_uint64(t, args[2], &n))
        return REF_NULL;
    memset(dst, (int)(unsigned char)c, (size_t)n);
    return ct_address_ref(t, dst);
}

/* string_at(address, size): `size` bytes there, or up to the NUL when size is -1. */
FN(ct_string_at) {
    char *p;
    intptr_t size;
    if (!args_count(t, "string_at", nargs, kw, 2, 2) || !ct_address(t, args[0], &p) || !arg_ssize(t, args[1], &size))
        return REF_NULL;
    if (!p) return err_set(t, &exc_ValueError, "NULL pointer access");
    Object *b = bytes_from(t, p, size < 0 ? (intptr_t)strlen(p) : size);
    return b ? ref_from_obj(b) : REF_NULL;
}

/* wstring_at(address, size): `size` wchar_t there, or up to the NUL when size is -1. */
FN(ct_wstring_at) {
    char *p;
    intptr_t size;
    if (!args_count(t, "wstring_at", nargs, kw, 2, 2) || !ct_address(t, args[0], &p) || !arg_ssize(t, args[1], &size))
        return REF_NULL;
    if (!p) return err_set(t, &exc_ValueError, "NULL pointer access");
    const wchar_t *w = (const wchar_t *)p;
    if (size < 0) size = (intptr_t)wcslen(w);
    _Static_assert(sizeof(wchar_t) == sizeof(uint32_t), "wchar_t is UCS-4 on the platforms Spry supports");
    for (intptr_t i = 0; i < size; i++)
        if ((uint32_t)w[i] > 0x10FFFF) return err_format(t, &exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)w[i]);
    Object *s = str_from_ucs4(t, (const uint32_t *)w, size);
    return s ? ref_from_obj(s) : REF_NULL;
}

/* buffer_info(obj) -> (address, size, readonly) of a bytes-like object's data. */
FN(ct_buffer_info) {
    if (!args_count(t, "buffer_info", nargs, kw, 1, 1)) return REF_NULL;
    BufferView v;
    if (obj_get_buffer(t, args[0], &v, false) < 0) return REF_NULL;
    buffer_release(&v);
    Ref addr = ct_address_ref(t, v.data);
    if (ref_is_null(addr)) return REF_NULL;
    Ref items[3] = {addr, ref_from_int(v.len), ref_from_bool(v.readonly)};
    Object *tup = tuple_from_array(t, items, 3);
    ref_close(addr);
    return tup ? ref_from_obj(tup) : REF_NULL;
}

const MethodDef ct_memory_functions[] = {
    {"alloc", ct_alloc, 0, NULL},
    {"copy_instance", ct_copy_instance_fn, 0, NULL},
    {"resize", ct_resize, 0, NULL},
    {"memmove", ct_memmove, 0, NULL},
    {"memset", ct_memset, 0, NULL},
    {"string_at", ct_string_at, 0, NULL},
    {"wstring_at", ct_wstring_at, 0, NULL},
    {"buffer_info", ct_buffer_info, 0, NULL},
    {NULL, NULL, 0, NULL},
};
