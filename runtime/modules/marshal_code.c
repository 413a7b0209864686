/* marshal's code-object record, Spry's own layout (docs/CODE_IMAGE.md):
 *
 *   'c' | flag, u32 CODE_IMAGE_MAGIC,
 *   u32 argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstlineno,
 *   u32 ncode, ncode little-endian 16-bit code units (as compiled: no quickening),
 *   consts, names, localsplusnames, localspluskinds, filename, name, qualname,
 *   linetable, exceptiontable, doc (a NULL record when there is none).
 *
 * Reading checks the shape of every field and that each instruction is a generic opcode
 * of this build whose const/name/local index and jump target are in range. It does not
 * prove stack depths: like CPython's, marshalled code from an untrusted source is not
 * safe to run. Code objects are built with code_new, so each load gets fresh quickening
 * state. */
#include <string.h>

#include "code_image_magic.h"
#include "compiler/codegen.h"
#include "modules/marshal.h"
#include "opcode_meta.h"
#include "vm/specialize.h"
#include "spry.h"

void marshal_w_code(MarshalWriter *w, Object *code, uint8_t flag) {
    Code *co = CODE(code);
    marshal_w_byte(w, MTYPE_CODE | flag);
    marshal_w_u32(w, CODE_IMAGE_MAGIC);
    const int fields[] = {co->argcount, co->posonlyargcount, co->kwonlyargcount,
                          co->flags, co->stacksize, co->firstlineno};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) marshal_w_u32(w, (uint32_t)fields[i]);
    intptr_t n = co->ob.ob_size;
    CodeUnit *units = mem_alloc(w->t, sizeof(CodeUnit) * (size_t)(n ? n : 1));
    if (!units) {
        w->failed = true;
        return;
    }
    spec_unquickened(co, units);
    marshal_w_u32(w, (uint32_t)n);
    for (intptr_t i = 0; i < n; i++) {
        marshal_w_byte(w, (uint8_t)units[i]);
        marshal_w_byte(w, (uint8_t)(units[i] >> 8));
    }
    mem_free(units);
    Object *objs[] = {co->consts, co->names, co->localsplusnames, co->localspluskinds,
                      co->filename, co->name, co->qualname, co->linetable,
                      co->exceptiontable, co->doc};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        marshal_w_object(w, objs[i] ? ref_from_obj(objs[i]) : REF_NULL);
}

/* ---- reading ---- */

static Ref bad_code(MarshalReader *r, const char *what) {
    return err_format(r->t, &exc_ValueError, "bad marshal data (code object: %s)", what);
}

static bool tuple_of_str(Object *o) {
    if (!tuple_check_exact(ref_from_obj(o))) return false;
    for (intptr_t i = 0; i < tuple_size(o); i++)
        if (!str_check_exact(tuple_get(o, i))) return false;
    return true;
}

/* Every instruction generic and known, its inline caches zeroed, its indexes and jump
 * target in range, and the last one never falling off the end. NULL when fine. */
static const char *check_instructions(const CodeUnit *code, intptr_t n, const CodeSpec *s) {
    intptr_t nconsts = tuple_size(s->consts), nnames = tuple_size(s->names);
    intptr_t nlocals = tuple_size(s->localsplusnames);
    uint32_t ext = 0;
    int last = -1;
    for (intptr_t i = 0; i < n;) {
        int op = CODEUNIT_OP(code[i]);
        uint32_t arg = ext | CODEUNIT_ARG(code[i]);
        if (op == CACHE || !opcode_names[op] || opcode_deopt[op] != op) return "unknown opcode";
        intptr_t next = i + 1 + opcode_cache_size[op];
        if (next > n) return "truncated instruction";
        for (intptr_t c = i + 1; c < next; c++)
            if (code[c] != 0) return "inline cache not zero";
        ext = op == EXTENDED_ARG ? arg << 8 : 0;
        if (ext > 0xffffff) return "oparg too large";
        if (opcode_has_const(op) && arg >= (uint32_t)nconsts) return "constant index out of range";
        if (opcode_has_name(op) && (arg >> (op == LOAD_GLOBAL)) >= (uint32_t)nnames)
            return "name index out of range";
        if (opcode_has_local(op) && arg >= (uint32_t)nlocals) return "local index out of range";
        if (opcode_has_jump(op)) {
            intptr_t target = opcode_is_backward_jump(op) ? next - (intptr_t)arg : next + (intptr_t)arg;
            if (target < 0 || target >= n) return "jump target out of range";
        }
        last = op;
        i = next;
    }
    if (last < 0 || !opcode_is_terminator(last)) return "code does not end with a return";
    return NULL;
}

/* Checks the fields read into s; the first problem, or NULL. */
static const char *check_fields(const CodeSpec *s) {
    if (!tuple_check_exact(ref_from_obj(s->consts))) return "co_consts";
    if (!tuple_of_str(s->names)) return "co_names";
    if (!tuple_of_str(s->localsplusnames)) return "localsplusnames";
    if (!bytes_check_exact(ref_from_obj(s->localspluskinds)) ||
        bytes_size(s->localspluskinds) != tuple_size(s->localsplusnames))
        return "localspluskinds";
    if (!str_check_exact(ref_from_obj(s->filename)) || !str_check_exact(ref_from_obj(s->name)) ||
        !str_check_exact(ref_from_obj(s->qualname)))
        return "names";
    if (!bytes_check_exact(ref_from_obj(s->linetable)) || !bytes_check_exact(ref_from_obj(s->exceptiontable)))
        return "tables";
    intptr_t nargs = (intptr_t)s->argcount + s->kwonlyargcount + !!(s->flags & CO_VARARGS) +
                     !!(s->flags & CO_VARKEYWORDS);
    if (s->argcount < 0 || s->kwonlyargcount < 0 || s->posonlyargcount < 0 ||
        s->posonlyargcount > s->argcount || nargs > tuple_size(s->localsplusnames))
        return "argument counts";
    if (s->stacksize < 0 || s->stacksize > (1 << 24)) return "stack size";
    return NULL;
}

Ref marshal_r_code(MarshalReader *r, bool flag) {
    uint32_t magic, fields[7];
    if (!marshal_r_u32(r, &magic)) return REF_NULL;
    if (magic != CODE_IMAGE_MAGIC) return bad_code(r, "made for another instruction set");
    for (int i = 0; i < 7; i++)
        if (!marshal_r_u32(r, &fields[i])) return REF_NULL;
    size_t ncode = fields[6];
    if (ncode > 0x7fffffff) return bad_code(r, "size out of range");
    const uint8_t *raw = marshal_r_bytes(r, ncode * 2);
    if (!raw) return REF_NULL;
    intptr_t slot = flag ? marshal_r_reserve(r) : 0;
    if (slot < 0) return REF_NULL;
    Ref objs[10];
    int nread = 0;
    bool shaped = true;  /* every field an object (doc may be a NULL record) */
    for (; nread < 10 && shaped; nread++) {
        bool is_null = false;
        objs[nread] = marshal_r_object(r, &is_null);
        shaped = ref_is_obj(objs[nread]) || (is_null && nread == 9);
    }
    Ref result = REF_NULL;
    CodeUnit *units = NULL;
    if (shaped) {
        CodeSpec s = {
            .ncode = (int)ncode, .argcount = (int)fields[0], .posonlyargcount = (int)fields[1],
            .kwonlyargcount = (int)fields[2], .flags = (int)fields[3], .stacksize = (int)fields[4],
            .firstlineno = (int)fields[5], .consts = ref_obj(objs[0]), .names = ref_obj(objs[1]),
            .localsplusnames = ref_obj(objs[2]), .localspluskinds = ref_obj(objs[3]),
            .filename = ref_obj(objs[4]), .name = ref_obj(objs[5]), .qualname = ref_obj(objs[6]),
            .linetable = ref_obj(objs[7]), .exceptiontable = ref_obj(objs[8]),
            .doc = ref_obj_or_null(objs[9]),
        };
        units = mem_alloc(r->t, sizeof(CodeUnit) * (ncode ? ncode : 1));
        const char *problem = check_fields(&s);
        if (units && !problem) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            memcpy(units, raw, ncode * 2);
#else
            for (size_t i = 0; i < ncode; i++) units[i] = (CodeUnit)(raw[2 * i] | raw[2 * i + 1] << 8);
#endif
            s.code = units;
            if (!r->trusted) problem = check_instructions(units, (intptr_t)ncode, &s);
        }
        if (problem) {
            bad_code(r, problem);
        } else if (units) {
            Object *co = code_new(r->t, &s);
            if (co) result = ref_from_obj(co);
        }
    } else if (!err_occurred(r->t)) {
        bad_code(r, "field of the wrong type");
    }
    mem_free(units);
    for (int i = 0; i < nread; i++) ref_close(objs[i]);
    if (!ref_is_null(result) && flag) marshal_r_fill(r, slot, result);
    return result;
}
