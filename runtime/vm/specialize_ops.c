/* Specializers of the operator, global-name, subscript and call families (the scheme:
 * specialize.c). Each looks at the operands the instruction is about to use and picks
 * a specialized form of bytecodes.def, filling its cache, or records why not. */
#include "spry.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "vm/specialize.h"
#include "objects/dict_internal.h"
#include "opcode_meta.h"
#include "legacy/legacy_call.h"

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

static bool exact_float_ref(Ref r) { return ref_is_obj(r) && ref_type(r) == &float_type; }

/* Operands the float forms take: an exact float and a float or a tagged int. */
static bool float_operand_pair(Ref a, Ref b) {
    return (exact_float_ref(a) && (exact_float_ref(b) || ref_is_int(b))) ||
           (ref_is_int(a) && exact_float_ref(b));
}

/* BINARY_OP: by operand types and operator (in-place forms the same: int, float and
 * str have no in-place slots). */
void specialize_BINARY_OP(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                          Object *kwnames) {
    CodeUnit *instr = frame->instr;
    Ref lhs = stack_pointer[-2], rhs = stack_pointer[-1];
    int op = oparg >= NB_INPLACE_OFFSET ? oparg - NB_INPLACE_OFFSET : oparg;
    int form = -1;
    if (ref_is_int(lhs) && ref_is_int(rhs)) {
        form = op == NB_ADD ? BINARY_OP_ADD_INT : op == NB_SUBTRACT ? BINARY_OP_SUBTRACT_INT
             : op == NB_MULTIPLY ? BINARY_OP_MULTIPLY_INT : -1;
    } else if (float_operand_pair(lhs, rhs)) {
        form = op == NB_ADD ? BINARY_OP_ADD_FLOAT : op == NB_SUBTRACT ? BINARY_OP_SUBTRACT_FLOAT
             : op == NB_MULTIPLY ? BINARY_OP_MULTIPLY_FLOAT
             : op == NB_TRUE_DIVIDE ? BINARY_OP_TRUE_DIVIDE_FLOAT : -1;
    } else if (str_check_exact(lhs) && str_check_exact(rhs)) {
        form = op == NB_ADD ? BINARY_OP_ADD_STR : -1;
    } else if (python_binop_target(lhs, rhs, oparg)) {
        spec_install(t, instr, BINARY_OP_PY);
        return;
    } else {
        spec_fail(t, instr, SPEC_FAIL_TYPES);
        return;
    }
    /* A site specialized before (its back-off exponent is raised) that now sees numbers
     * mixes ints and floats: the _NUM forms take both. */
    if ((instr[1] & 15u) != 0 && form >= 0 && !str_check_exact(lhs)) {
        form = op == NB_ADD ? BINARY_OP_ADD_NUM : op == NB_SUBTRACT ? BINARY_OP_SUBTRACT_NUM
             : op == NB_MULTIPLY ? BINARY_OP_MULTIPLY_NUM : form;
    }
    if (form < 0)
        spec_fail(t, instr, SPEC_FAIL_OPERATOR);
    else
        spec_install(t, instr, form);
}

/* COMPARE_OP: only when a POP_JUMP_IF_FALSE/TRUE follows directly (then fused). */
void specialize_COMPARE_OP(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                           Object *kwnames) {
    static const CodeUnit masks[6] = {
        [CMP_LT] = CMP_MASK_LT, [CMP_LE] = CMP_MASK_LT | CMP_MASK_EQ, [CMP_EQ] = CMP_MASK_EQ,
        [CMP_NE] = CMP_MASK_LT | CMP_MASK_GT | CMP_MASK_UNORDERED, [CMP_GT] = CMP_MASK_GT,
        [CMP_GE] = CMP_MASK_GT | CMP_MASK_EQ,
    };
    CodeUnit *instr = frame->instr;
    Ref left = stack_pointer[-2], right = stack_pointer[-1];
    int next = CODEUNIT_OP(instr[1 + CACHE_ENTRIES_COMPARE_OP]);
    if ((next != POP_JUMP_IF_FALSE && next != POP_JUMP_IF_TRUE) || oparg < 0 || oparg > 5) {
        spec_fail(t, instr, SPEC_FAIL_OPERATOR);
        return;
    }
    int form;
    if (ref_is_int(left) && ref_is_int(right)) {
        form = COMPARE_OP_INT_JUMP;
    } else if (float_operand_pair(left, right)) {
        form = COMPARE_OP_FLOAT_JUMP;
    } else if (str_check_exact(left) && str_check_exact(right)) {
        if (oparg != CMP_EQ && oparg != CMP_NE) {
            spec_fail(t, instr, SPEC_FAIL_OPERATOR);
            return;
        }
        form = COMPARE_OP_STR_JUMP;
    } else {
        spec_fail(t, instr, SPEC_FAIL_TYPES);
        return;
    }
    instr[2] = (CodeUnit)(masks[oparg] | (next == POP_JUMP_IF_TRUE ? CMP_MASK_JUMP_IF_TRUE : 0));
    spec_install(t, instr, form);
}

void specialize_CONTAINS_OP(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                            Object *kwnames) {
    Ref right = stack_pointer[-1];
    if (dict_check_exact(right))
        spec_install(t, frame->instr, CONTAINS_OP_DICT);
    else if (ref_is_obj(right) && (ref_type(right) == &set_type || ref_type(right) == &frozenset_type))
        spec_install(t, frame->instr, CONTAINS_OP_SET);
    else
        spec_fail(t, frame->instr, dict_check(right) ? SPEC_FAIL_SUBCLASS : SPEC_FAIL_TYPES);
}

void specialize_BINARY_SUBSCR(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                              Object *kwnames) {
    Ref container = stack_pointer[-2], sub = stack_pointer[-1];
    int form = -1;
    if (dict_check_exact(container))
        form = BINARY_SUBSCR_DICT;
    else if (ref_is_int(sub) && list_check_exact(container))
        form = BINARY_SUBSCR_LIST_INT;
    else if (ref_is_int(sub) && ref_is_obj(container) && ref_type(container) == &tuple_type)
        form = BINARY_SUBSCR_TUPLE_INT;
    else if (ref_is_int(sub) && str_check_exact(container))
        form = BINARY_SUBSCR_STR_INT;
    if (form < 0)
        spec_fail(t, frame->instr, dict_check(container) ? SPEC_FAIL_SUBCLASS : SPEC_FAIL_TYPES);
    else
        spec_install(t, frame->instr, form);
}

void specialize_STORE_SUBSCR(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                             Object *kwnames) {
    Ref container = stack_pointer[-2], sub = stack_pointer[-1];
    if (dict_check_exact(container))
        spec_install(t, frame->instr, STORE_SUBSCR_DICT);
    else if (ref_is_int(sub) && list_check_exact(container))
        spec_install(t, frame->instr, STORE_SUBSCR_LIST_INT);
    else
        spec_fail(t, frame->instr, dict_check(container) ? SPEC_FAIL_SUBCLASS : SPEC_FAIL_TYPES);
}

void specialize_UNPACK_SEQUENCE(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                                Object *kwnames) {
    Ref seq = stack_pointer[-1];
    if (ref_is_obj(seq) && ref_type(seq) == &tuple_type && tuple_size(ref_obj(seq)) == oparg)
        spec_install(t, frame->instr, oparg == 2 ? UNPACK_SEQUENCE_TWO_TUPLE : UNPACK_SEQUENCE_TUPLE);
    else if (list_check_exact(seq) && list_size(ref_obj(seq)) == oparg)
        spec_install(t, frame->instr, UNPACK_SEQUENCE_LIST);
    else
        spec_fail(t, frame->instr, SPEC_FAIL_TYPES);
}

void specialize_FOR_ITER(Thread *t, Frame *frame, Ref *stack_pointer, int oparg,
                         Object *kwnames) {
    Ref iter = stack_pointer[-1];
    Type *tp = ref_type(iter);
    if (tp == &range_iter_type)
        spec_install(t, frame->instr, FOR_ITER_RANGE);
    else if (tp == &list_iter_type)
        spec_install(t, frame->instr, FOR_ITER_LIST);
    else if (tp == &tuple_iter_type)
        spec_install(t, frame->instr, FOR_ITER_TUPLE);
    else if (tp == &generator_type && oparg < 256)
        spec_install(t, frame->instr, FOR_ITER_GEN);
    else
        spec_fail(t, frame->instr, SPEC_FAIL_TYPES);
}

/* The built-in function `name` of these builtins, if cf is it. */
static bool is_builtin_named(Thread *t, Frame *frame, CFunctionObj *cf, const char *name) {
    if (!frame->builtins || strcmp(cf->def->name, name) != 0) return false;
    Ref b = dict_get_cstr(t, frame->builtins, name);
    if (ref_is_null(b)) {
        err_clear(t);
        return false;
    }
    bool same = ref_obj(b) == &cf->ob;
    ref_close(b);
    return same;
}

/* Python function calls: CALL_PY_POSITIONAL / CALL_BOUND_METHOD_PY cache [1..2] the
 * function's version and [3] the argument count the site passes. */
static void specialize_py_call(Thread *t, CodeUnit *instr, Function *fn, size_t total,
                               int form) {
    if (!plain_positional(fn, CODE(fn->code), total)) {
        spec_fail(t, instr, SPEC_FAIL_SIGNATURE);
        return;
    }
    if (fn->version == 0 || total > 0xFFFF) {
        spec_fail(t, instr, SPEC_FAIL_VERSION);
        return;
    }
    cache_set_u32(instr + 2, fn->version);
    instr[4] = (CodeUnit)total;
    spec_install(t, instr, form);
}

void specialize_CALL(Thread *t, Frame *frame, Ref *stack_pointer, int oparg, Object *kwnames) {
    CodeUnit *instr = frame->instr;
    Ref *args = stack_pointer - oparg;
    Ref callable = args[-1], method = args[-2];
    bool is_meth = !ref_is_null(method);
    Ref func = is_meth ? method : callable;
    size_t total = (size_t)oparg + is_meth;
    Type *tp = ref_type(func);
    /* Legacy C functions (a PyMethodDef, no MethodDef) take keyword arguments in the
     * specialized form too. */
    if (tp == &cfunction_type && !((CFunctionObj *)ref_obj(func))->def) {
        if (is_meth)
            spec_fail(t, instr, SPEC_FAIL_CALLABLE);
        else
            spec_install(t, instr, CALL_LEGACY);
        return;
    }
    if (tp == &method_descr_type && !((MethodDescr *)ref_obj(func))->def) {
        if (is_meth && ref_type(callable) == ((MethodDescr *)ref_obj(func))->d.type)
            spec_install(t, instr, CALL_LEGACY_METHOD);
        else
            spec_fail(t, instr, SPEC_FAIL_CALLABLE);
        return;
    }
    if (tp == &type_type && !is_meth && type_has_flag((Type *)ref_obj(func), TPFLAG_SPRY_LEGACY)) {
        spec_install(t, instr, CALL_LEGACY_TYPE);
        return;
    }
    if (kwnames != NULL) {
        spec_fail(t, instr, SPEC_FAIL_KWNAMES);
        return;
    }
    if (tp == &function_type) {
        specialize_py_call(t, instr, FUNCTION(ref_obj(func)), total, CALL_PY_POSITIONAL);
        return;
    }
    if (is_meth) {
        if (tp == &method_descr_type && ref_type(callable) == ((MethodDescr *)ref_obj(func))->d.type)
            spec_install(t, instr, CALL_METHOD_DESCR);
        else if (tp == &cfunction_type)
            spec_install(t, instr, CALL_BUILTIN);
        else
            spec_fail(t, instr, SPEC_FAIL_CALLABLE);
        return;
    }
    if (tp == &method_type && function_check(((MethodObj *)ref_obj(func))->func)) {
        Function *fn = FUNCTION(ref_obj(((MethodObj *)ref_obj(func))->func));
        specialize_py_call(t, instr, fn, total + 1, CALL_BOUND_METHOD_PY);
        return;
    }
    if (tp == &cfunction_type) {
        CFunctionObj *cf = (CFunctionObj *)ref_obj(func);
        int form = CALL_BUILTIN;
        if (total == 1 && is_builtin_named(t, frame, cf, "len"))
            form = CALL_LEN;
        else if (total == 2 && is_builtin_named(t, frame, cf, "isinstance"))
            form = CALL_ISINSTANCE;
        if (form != CALL_BUILTIN) {
            if (!cache_fits_ptr48(cf->def)) {
                spec_fail(t, instr, SPEC_FAIL_RANGE);
                return;
            }
            cache_set_ptr48(instr + 2, cf->def);
        }
        spec_install(t, instr, form);
        return;
    }
    if (ref_is_object(func, (Object *)&type_type) && total == 1) {
        spec_install(t, instr, CALL_TYPE_1);
        return;
    }
    if (ref_is_object(func, (Object *)&super_type) && total == 0) {
        int next = opcode_deopt[CODEUNIT_OP(instr[1 + opcode_cache_size[CALL]])];
        spec_install(t, instr, next == LOAD_METHOD ? CALL_SUPER_0_METHOD : CALL_SUPER_0);
        return;
    }
    if (inline_init_of(t, func, total) != NULL) {
        unsigned int ver = type_cache_version(t, (Type *)ref_obj(func));
        if (ver == 0) {
            spec_fail(t, instr, SPEC_FAIL_VERSION);
            return;
        }
        cache_set_u32(instr + 2, ver);
        spec_install(t, instr, CALL_CLASS_PY_INIT);
        return;
    }
    spec_fail(t, instr, SPEC_FAIL_CALLABLE);
}
