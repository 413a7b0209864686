/* Unit tests for the tier-1 interpreter: opcode metadata, hand-assembled code objects,
 * argument binding messages, generators, recursion without C recursion, tracebacks and
 * the handled-exception stack. Expected messages are CPython 3.11's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "spry.h"
#include "compiler/codegen.h"
#include "vm/frame.h"
#include "vm/vm.h"
#include "opcode_meta.h"

static Thread *T;

static int setup(void **state) {
    runtime_init();
    T = interp_new();
    return T ? 0 : -1;
}

/* ---- helpers ------------------------------------------------------------------------------ */

static Object *new_globals(void) {
    Object *g = dict_new(T);
    assert_non_null(g);
    assert_int_equal(dict_set_cstr(T, g, "__name__", ref_from_obj(str_from_cstr(T, "__main__"))), 0);
    return g;
}

/* Runs src in fresh globals; returns the globals (new reference). Fails the test if the
 * code raises unless `may_raise`. */
static Object *run_src(const char *src, bool may_raise) {
    Object *fname = str_from_cstr(T, "<test>");
    err_clear(T);
    Object *code = compile_source(T, src, strlen(src), fname, COMPILE_EXEC, 0);
    obj_decref(fname);
    assert_non_null(code);
    Object *g = new_globals();
    Ref r = eval_code(T, code, g, NULL);
    obj_decref(code);
    if (!may_raise && ref_is_null(r)) {
        err_print_exception(T, err_fetch(T));
        fail_msg("unexpected exception");
    }
    ref_close(r);
    return g;
}

static int64_t global_int(Object *g, const char *name) {
    Ref v = dict_get_cstr(T, g, name);
    assert_false(ref_is_null(v));
    assert_true(int_check(v));
    int64_t x = int_as_i64(T, v);
    ref_close(v);
    return x;
}

static void assert_global_str(Object *g, const char *name, const char *expect) {
    Ref v = dict_get_cstr(T, g, name);
    assert_false(ref_is_null(v));
    assert_true(str_check(v));
    assert_string_equal(str_utf8_lossy(ref_obj(v)), expect);
    ref_close(v);
}

/* The raised exception's type and str(), then clears it. */
static void assert_raised(Type *type, const char *msg) {
    assert_true(err_occurred(T));
    Ref exc = err_fetch(T);
    assert_true(ref_type(exc) == type);
    Ref s = obj_str(T, exc);
    assert_false(ref_is_null(s));
    assert_string_equal(str_utf8_lossy(ref_obj(s)), msg);
    ref_close(s);
    ref_close(exc);
}

/* ---- opcode metadata ------------------------------------------------------------------------ */

static void opcode_tables(void **state) {
    assert_int_equal(CACHE, 0);
    assert_true(OPCODE_COUNT <= 256);
    assert_string_equal(opcode_names[LOAD_FAST], "LOAD_FAST");
    const int specializable[] = {LOAD_ATTR, LOAD_GLOBAL, LOAD_METHOD, STORE_ATTR, BINARY_OP,
                                 COMPARE_OP, BINARY_SUBSCR, STORE_SUBSCR, CALL, FOR_ITER,
                                 UNPACK_SEQUENCE, CONTAINS_OP};
    for (size_t i = 0; i < sizeof specializable / sizeof specializable[0]; i++)
        assert_true(opcode_cache_size[specializable[i]] >= 1);
    assert_int_equal(opcode_cache_size[LOAD_FAST], 0);
    assert_int_equal(opcode_stack_effect(BINARY_OP, NB_ADD, false), -1);
    assert_int_equal(opcode_stack_effect(CALL, 3, false), -4);
    assert_int_equal(opcode_stack_effect(LOAD_GLOBAL, 1, false), 2);
    assert_int_equal(opcode_stack_effect(LOAD_GLOBAL, 2, false), 1);
    assert_int_equal(opcode_stack_effect(FOR_ITER, 4, false), 1);
    assert_int_equal(opcode_stack_effect(FOR_ITER, 4, true), -1);
    assert_int_equal(opcode_stack_effect(SEND, 4, true), -1);
    assert_int_equal(opcode_stack_effect(JUMP_IF_TRUE_OR_POP, 4, true), 0);
    assert_int_equal(opcode_stack_effect(JUMP_IF_TRUE_OR_POP, 4, false), -1);
    assert_int_equal(opcode_stack_effect(MAKE_FUNCTION, 0x09, false), -2);
    assert_int_equal(opcode_stack_effect(UNPACK_EX, 0x0102, false), 3);
    assert_int_equal(opcode_stack_effect(BUILD_SLICE, 3, false), -2);
    assert_int_equal(opcode_stack_effect(FORMAT_VALUE, 4, false), -1);
    assert_int_equal(opcode_stack_effect(255, 0, false), OPCODE_EFFECT_INVALID);
    assert_true(opcode_has_jump(POP_JUMP_IF_FALSE));
    assert_true(opcode_is_backward_jump(JUMP_BACKWARD));
    assert_false(opcode_is_backward_jump(JUMP_FORWARD));
    assert_true(opcode_has_const(LOAD_CONST));
    assert_true(opcode_has_name(LOAD_ATTR));
    assert_true(opcode_has_local(STORE_FAST));
    assert_true(opcode_is_terminator(RETURN_VALUE));
    assert_true(opcode_is_terminator(RAISE_VARARGS));
    assert_false(opcode_has_arg(POP_TOP));
}

/* ---- hand-assembled code -------------------------------------------------------------------- */

#define U(op, arg) CODEUNIT_MAKE(op, arg)

static Object *assemble(const CodeUnit *units, int n, Object *consts, int nlocals,
                        int stacksize) {
    Object *names = tuple_new(T, 0);
    Object *lpn = tuple_new(T, nlocals);
    uint8_t kinds[8] = {0};
    for (int i = 0; i < nlocals; i++) {
        char buf[8] = {'v', (char)('a' + i), 0};
        tuple_items(lpn)[i] = ref_from_obj(str_from_cstr(T, buf));
        kinds[i] = CO_FAST_LOCAL;
    }
    Object *lpk = bytes_from(T, kinds, nlocals);
    Object *name = str_from_cstr(T, "<asm>");
    Object *empty = bytes_from(T, "", 0);
    CodeSpec spec = {
        .code = units, .ncode = n, .stacksize = stacksize, .firstlineno = 1,
        .consts = consts, .names = names, .localsplusnames = lpn, .localspluskinds = lpk,
        .filename = name, .name = name, .qualname = name, .linetable = empty,
        .exceptiontable = empty,
    };
    Object *code = code_new(T, &spec);
    assert_non_null(code);
    obj_decref(names);
    obj_decref(lpn);
    obj_decref(lpk);
    obj_decref(name);
    obj_decref(empty);
    return code;
}

static void asm_add(void **state) {
    /* return 40 + 2 */
    const CodeUnit code[] = {
        U(RESUME, 0), U(LOAD_CONST, 0), U(LOAD_CONST, 1), U(BINARY_OP, NB_ADD), U(CACHE, 0),
        U(RETURN_VALUE, 0),
    };
    Object *consts = tuple_pack(T, 2, ref_from_int(40), ref_from_int(2));
    Object *co = assemble(code, 6, consts, 0, 2);
    Object *g = new_globals();
    Ref r = eval_code(T, co, g, NULL);
    assert_true(ref_is_int(r));
    assert_int_equal(ref_int(r), 42);
    obj_decref(co);
    obj_decref(consts);
    obj_decref(g);
}

static void asm_loop(void **state) {
    /* total = 0; for x in (1, 2, 3, 4): total += x; return total
     * Jumps count from the unit after the jump's caches. */
    const CodeUnit code[] = {
        /* 0 */ U(RESUME, 0),
        /* 1 */ U(LOAD_CONST, 0), U(STORE_FAST, 0),
        /* 3 */ U(LOAD_CONST, 1), U(GET_ITER, 0),
        /* 5 */ U(FOR_ITER, 14 - 7), U(CACHE, 0),
        /* 7 */ U(STORE_FAST, 1),
        /* 8 */ U(LOAD_FAST, 0), U(LOAD_FAST, 1),
        /* 10 */ U(BINARY_OP, NB_ADD + NB_INPLACE_OFFSET), U(CACHE, 0),
        /* 12 */ U(STORE_FAST, 0),
        /* 13 */ U(JUMP_BACKWARD, 14 - 5),
        /* 14 */ U(LOAD_FAST, 0), U(RETURN_VALUE, 0),
    };
    Object *items = tuple_pack(T, 4, ref_from_int(1), ref_from_int(2), ref_from_int(3),
                               ref_from_int(4));
    Object *consts = tuple_pack(T, 2, ref_from_int(0), ref_from_obj(items));
    Object *co = assemble(code, 16, consts, 2, 3);
    Object *g = new_globals();
    Ref r = eval_code(T, co, g, NULL);
    assert_false(ref_is_null(r));
    assert_int_equal(ref_int(r), 10);
    obj_decref(co);
    obj_decref(consts);
    obj_decref(items);
    obj_decref(g);
}

static void asm_unbound_local(void **state) {
    const CodeUnit code[] = {U(RESUME, 0), U(LOAD_FAST, 0), U(RETURN_VALUE, 0)};
    Object *consts = tuple_new(T, 0);
    Object *co = assemble(code, 3, consts, 1, 1);
    Object *g = new_globals();
    Ref r = eval_code(T, co, g, NULL);
    assert_true(ref_is_null(r));
    assert_raised(&exc_UnboundLocalError,
                  "cannot access local variable 'va' where it is not associated with a value");
    assert_null(T->frame);
    obj_decref(co);
    obj_decref(consts);
    obj_decref(g);
}

/* ---- calls ---------------------------------------------------------------------------------- */

static void binding_messages(void **state) {
    Object *g = run_src(
        "def fn(xx, yy): pass\n"
        "def opt(aa, bb=1): pass\n"
        "def kwo(aa, *, kk, ll): pass\n"
        "def po(aa, bb, /): pass\n"
        "msgs = []\n"
        "for src in ['fn()', 'fn(1)', 'fn(1, 2, 3)', 'opt(1, 2, 3)', 'fn(1, zz=2)',\n"
        "            'fn(1, xx=2)', 'kwo(1)', 'po(aa=1, bb=2)', 'fn(*1)', 'fn(**1)',\n"
        "            'fn(1, **{\"yy\": 1}, yy=2)']:\n"
        "    try:\n"
        "        eval(src)\n"
        "    except TypeError as exc:\n"
        "        msgs.append(str(exc))\n"
        "out = '|'.join(msgs)\n",
        false);
    assert_global_str(g,
                      "out",
                      "fn() missing 2 required positional arguments: 'xx' and 'yy'|"
                      "fn() missing 1 required positional argument: 'yy'|"
                      "fn() takes 2 positional arguments but 3 were given|"
                      "opt() takes from 1 to 2 positional arguments but 3 were given|"
                      "fn() got an unexpected keyword argument 'zz'|"
                      "fn() got multiple values for argument 'xx'|"
                      "kwo() missing 2 required keyword-only arguments: 'kk' and 'll'|"
                      "po() got some positional-only arguments passed as keyword arguments: 'aa, bb'|"
                      "__main__.fn() argument after * must be an iterable, not int|"
                      "__main__.fn() argument after ** must be a mapping, not int|"
                      "__main__.fn() got multiple values for keyword argument 'yy'");
    obj_decref(g);
}

static void defaults_closures_varargs(void **state) {
    Object *g = run_src(
        "def fn(aa, bb=10, *rest, kk=100, **kw):\n"
        "    return aa + bb + sum(rest) + kk + len(kw)\n"
        "def counter():\n"
        "    cnt = 0\n"
        "    def inc():\n"
        "        nonlocal cnt\n"
        "        cnt += 1\n"
        "        return cnt\n"
        "    return inc\n"
        "inc = counter(); inc(); inc()\n"
        "r1 = fn(1)\n"
        "r2 = fn(1, 2, 3, 4, kk=5, extra=6)\n"
        "r3 = inc()\n",
        false);
    assert_int_equal(global_int(g, "r1"), 111);
    assert_int_equal(global_int(g, "r2"), 1 + 2 + 7 + 5 + 1);
    assert_int_equal(global_int(g, "r3"), 3);
    obj_decref(g);
}

static void deep_recursion_no_c_stack(void **state) {
    int saved = T->interp->recursion_limit;
    T->interp->recursion_limit = 150000;
    Object *g = run_src("def deep(nn):\n"
                        "    return 0 if nn == 0 else 1 + deep(nn - 1)\n"
                        "res = deep(100000)\n",
                        false);
    assert_int_equal(global_int(g, "res"), 100000);
    obj_decref(g);
    T->interp->recursion_limit = 1000;
    g = run_src("def deep(nn):\n"
                "    return 0 if nn == 0 else 1 + deep(nn - 1)\n"
                "try:\n"
                "    deep(5000)\n"
                "    msg = 'none'\n"
                "except RecursionError as exc:\n"
                "    msg = str(exc)\n",
                false);
    assert_global_str(g, "msg", "maximum recursion depth exceeded");
    obj_decref(g);
    T->interp->recursion_limit = saved;
    assert_int_equal(T->depth, 0);
}

/* ---- generators ------------------------------------------------------------------------------ */

static void generators(void **state) {
    Object *g = run_src(
        "def gen():\n"
        "    try:\n"
        "        got = yield 1\n"
        "        yield (got or 1) * 2\n"
        "    finally:\n"
        "        log.append('fin')\n"
        "    return 'ret'\n"
        "log = []\n"
        "it = gen()\n"
        "log.append(next(it))\n"
        "log.append(it.send(21))\n"
        "try:\n"
        "    next(it)\n"
        "except StopIteration as exc:\n"
        "    log.append(exc.value)\n"
        "def bad():\n"
        "    raise StopIteration\n"
        "    yield\n"
        "try:\n"
        "    next(bad())\n"
        "except RuntimeError as exc:\n"
        "    log.append(str(exc))\n"
        "def deleg():\n"
        "    res = yield from gen()\n"
        "    yield res\n"
        "log.append(list(deleg()))\n"
        "out = repr(log)\n",
        false);
    assert_global_str(g, "out",
                      "[1, 42, 'fin', 'ret', 'generator raised StopIteration', 'fin', "
                      "[1, 2, 'ret']]");
    obj_decref(g);
}

static void generator_close_and_running(void **state) {
    Object *g = run_src(
        "def stubborn():\n"
        "    while True:\n"
        "        try:\n"
        "            yield 1\n"
        "        except GeneratorExit:\n"
        "            pass\n"
        "st = stubborn(); next(st)\n"
        "try:\n"
        "    st.close()\n"
        "except RuntimeError as exc:\n"
        "    m1 = str(exc)\n"
        "def selfref():\n"
        "    yield next(me)\n"
        "me = selfref()\n"
        "try:\n"
        "    next(me)\n"
        "except ValueError as exc:\n"
        "    m2 = str(exc)\n",
        false);
    assert_global_str(g, "m1", "generator ignored GeneratorExit");
    assert_global_str(g, "m2", "generator already executing");
    obj_decref(g);
}

/* ---- exceptions -------------------------------------------------------------------------------- */

static void traceback_order_and_frames(void **state) {
    Object *g = run_src("def inner():\n"
                        "    raise ValueError('x')\n"
                        "def outer():\n"
                        "    inner()\n"
                        "outer()\n",
                        true);
    assert_true(err_occurred(T));
    Ref exc = err_fetch(T);
    Object *tb = EXC_OBJ(exc)->traceback;
    const char *names[] = {"<module>", "outer", "inner"};
    const int lines[] = {5, 4, 2};
    int n = 0;
    for (; tb; tb = ((Traceback *)tb)->tb_next, n++) {
        assert_true(n < 3);
        Traceback *e = (Traceback *)tb;
        Code *co = frame_code(e->tb_frame);
        assert_non_null(co);
        assert_string_equal(str_utf8_lossy(co->name), names[n]);
        assert_int_equal(e->tb_lineno, lines[n]);
        assert_int_equal(code_addr2line(co, e->tb_lasti), lines[n]);
        assert_true(frame_lasti(e->tb_frame) >= 0);
    }
    assert_int_equal(n, 3);
    ref_close(exc);
    assert_null(T->frame);
    assert_int_equal(T->depth, 0);
    obj_decref(g);
}

static void handled_exception_stack(void **state) {
    Object *g = run_src("import sys\n"
                        "try:\n"
                        "    raise KeyError(1)\n"
                        "except KeyError:\n"
                        "    inside = sys.exc_info()[0].__name__\n"
                        "after = repr(sys.exc_info()[0])\n"
                        "try:\n"
                        "    raise\n"
                        "except RuntimeError as exc:\n"
                        "    bare = str(exc)\n"
                        "try:\n"
                        "    try:\n"
                        "        raise KeyError('a')\n"
                        "    except KeyError:\n"
                        "        raise ValueError('b')\n"
                        "except ValueError as exc:\n"
                        "    ctx = repr(exc.__context__)\n",
                        false);
    assert_global_str(g, "inside", "KeyError");
    assert_global_str(g, "after", "None");
    assert_global_str(g, "bare", "No active exception to reraise");
    assert_global_str(g, "ctx", "KeyError('a')");
    assert_true(ref_is_null(eval_handled_exception(T)));
    obj_decref(g);
}

static void unpack_messages(void **state) {
    Object *g = run_src("msgs = []\n"
                        "for src in ['(a1, b1) = [1, 2, 3]', '(a1, b1) = (1,)', 'a1, b1 = 1',\n"
                        "            'a1, *b1, c1 = [1]']:\n"
                        "    try:\n"
                        "        exec(src)\n"
                        "    except Exception as exc:\n"
                        "        msgs.append(str(exc))\n"
                        "out = '|'.join(msgs)\n",
                        false);
    assert_global_str(g, "out",
                      "too many values to unpack (expected 2)|"
                      "not enough values to unpack (expected 2, got 1)|"
                      "cannot unpack non-iterable int object|"
                      "not enough values to unpack (expected at least 2, got 1)");
    obj_decref(g);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(opcode_tables),
        cmocka_unit_test(asm_add),
        cmocka_unit_test(asm_loop),
        cmocka_unit_test(asm_unbound_local),
        cmocka_unit_test(binding_messages),
        cmocka_unit_test(defaults_closures_varargs),
        cmocka_unit_test(deep_recursion_no_c_stack),
        cmocka_unit_test(generators),
        cmocka_unit_test(generator_close_and_running),
        cmocka_unit_test(traceback_order_and_frames),
        cmocka_unit_test(handled_exception_stack),
        cmocka_unit_test(unpack_messages),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
