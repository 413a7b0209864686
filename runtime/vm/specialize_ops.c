/* Specializers of the operator, global-name, subscript and call families (the scheme:
 * specialize.c). Each looks at the operands the instruction is about to use and picks
 * a specialized form of bytecodes.def, filling its cache, or records why not. */
#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "vm/specialize.h"
#include "objects/dict_internal.h"
#include "opcode_meta.h"

/* LOAD_GLOBAL: cache [1] entry index, [2..3] globals keys version, [4] builtins keys
 * version (16 bits: larger versions are not cached). */
void specialize_LOAD_GLOBAL(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                            Object *kwnames) {
    CodeUnit *instr = frame->instr;
    Object *name = ref_obj(tuple_get(frame->code->names, oparg >> 1));
    Object *globals = frame->globals, *builtins = frame->builtins;
    if (!dict_check_exact(ref_from_obj(globals)) || !builtins ||
        !dict_check_exact(ref_from_obj(builtins))) {
        spec_fail(t, instr, SPEC_FAIL_NOT_DICT);
        return;
    }
    intptr_t ix = dict_lookup_str_index(globals, name);
    int form = LOAD_GLOBAL_MODULE;
    uint32_t bv = 0;
    if (ix == -1) {
        ix = dict_lookup_str_index(builtins, name);
        bv = dict_cache_version(t, DICT(builtins));
        if (bv == 0 || bv > 0xFFFF) {
            spec_fail(t, instr, SPEC_FAIL_VERSION);
            return;
        }
        form = LOAD_GLOBAL_BUILTIN;
    }
    if (ix < 0 || ix > 0xFFFF) {
        spec_fail(t, instr, ix < 0 ? SPEC_FAIL_OTHER : SPEC_FAIL_RANGE);
        return;
    }
    uint32_t gv = dict_cache_version(t, DICT(globals));
    if (gv == 0) {
        spec_fail(t, instr, SPEC_FAIL_VERSION);
        return;
    }
    instr[2] = (CodeUnit)ix;
    cache_set_u32(instr + 3, gv);
    instr[5] = (CodeUnit)bv;
    spec_install(t, instr, form);
}
