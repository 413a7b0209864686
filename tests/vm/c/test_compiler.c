/* Unit tests for the compiler back end: symbol tables, code generation, constant folding,
 * the assembler (stack depth, exception and position tables) and compile-time
 * SyntaxErrors. Expected values were taken from CPython 3.11 (dis, co_* attributes,
 * SyntaxError fields). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

#include "spry.h"
#include "compiler/codegen.h"
#include "opcode_meta.h"

static Thread *T;

static int setup(void **state) {
    runtime_init();
    T = interp_new();
    return T ? 0 : -1;
}

static Code *compile_mode(const char *src, int mode) {
    Object *fn = str_from_cstr(T, "test.py");
    Object *co = compile_source(T, src, strlen(src), fn, mode, 0);
    obj_decref(fn);
    if (!co && err_occurred(T)) err_print_exception(T, err_fetch(T));
    assert_non_null(co);
    return CODE(co);
}

static Code *compile_ok(const char *src) { return compile_mode(src, COMPILE_EXEC); }

/* The first nested code object of `co` named `name`. */
static Code *nested(Code *co, const char *name) {
    for (intptr_t i = 0; i < tuple_size(co->consts); i++) {
        Ref v = tuple_get(co->consts, i);
        if (ref_is_obj(v) && ref_type(v) == &code_type && str_eq_cstr(CODE(ref_obj(v))->name, name))
            return CODE(ref_obj(v));
    }
    fail_msg("no nested code object %s", name);
    return NULL;
}

/* Offset of the n-th (0-based) instruction with opcode op, or -1. */
static int find_op(Code *co, int op, int n) {
    for (int i = 0; i < (int)co->ob.ob_size; i++) {
        int o = CODEUNIT_OP(co->code[i]);
        if (o == op && n-- == 0) return i;
        i += opcode_cache_size[o];
    }
    return -1;
}

static bool has_const_int(Code *co, int64_t v) {
    for (intptr_t i = 0; i < tuple_size(co->consts); i++) {
        Ref k = tuple_get(co->consts, i);
        if (ref_is_int(k) && ref_int(k) == v) return true;
    }
    return false;
}

/* ---- code objects and names ------------------------------------------------------------ */

static void module_and_qualnames(void **state) {
    Code *co = compile_ok("def f():\n    def g():\n        return lambda: 1\n    return g\n"
                          "class C:\n    def m(self):\n        return [x for x in ()]\n");
    assert_true(str_eq_cstr(co->name, "<module>"));
    Code *f = nested(co, "f");
    Code *g = nested(f, "g");
    Code *lam = nested(g, "<lambda>");
    assert_true(str_eq_cstr(g->qualname, "f.<locals>.g"));
    assert_true(str_eq_cstr(lam->qualname, "f.<locals>.g.<locals>.<lambda>"));
    Code *c = nested(co, "C");
    Code *m = nested(c, "m");
    assert_true(str_eq_cstr(m->qualname, "C.m"));
    Code *lc = nested(m, "<listcomp>");
    assert_true(str_eq_cstr(lc->qualname, "C.m.<locals>.<listcomp>"));
    assert_int_equal(lc->argcount, 1);
    assert_int_equal(f->flags & (CO_OPTIMIZED | CO_NEWLOCALS), CO_OPTIMIZED | CO_NEWLOCALS);
    assert_int_equal(g->flags & CO_NESTED, CO_NESTED);
}

static void arguments_and_flags(void **state) {
    Code *co = compile_ok("def f(a, /, b, c=1, *args, d, e=2, **kw):\n    '''doc'''\n    return a\n"
                          "def gen():\n    yield 1\n"
                          "async def co():\n    await x\n"
                          "async def agen():\n    yield 1\n");
    Code *f = nested(co, "f");
    assert_int_equal(f->argcount, 3);
    assert_int_equal(f->posonlyargcount, 1);
    assert_int_equal(f->kwonlyargcount, 2);
    assert_int_equal(f->flags & (CO_VARARGS | CO_VARKEYWORDS), CO_VARARGS | CO_VARKEYWORDS);
    assert_non_null(f->doc);
    assert_true(str_eq_cstr(f->doc, "doc"));
    /* co_varnames order: a b c d e args kw */
    const char *names[] = {"a", "b", "c", "d", "e", "args", "kw"};
    for (int i = 0; i < 7; i++) assert_true(str_eq_cstr(ref_obj(tuple_get(f->localsplusnames, i)), names[i]));
    assert_int_equal(nested(co, "gen")->flags & CO_GENERATOR, CO_GENERATOR);
    assert_int_equal(nested(co, "co")->flags & CO_COROUTINE, CO_COROUTINE);
    assert_int_equal(nested(co, "agen")->flags & CO_ASYNC_GENERATOR, CO_ASYNC_GENERATOR);
    assert_int_equal(CODEUNIT_OP(nested(co, "gen")->code[0]), RETURN_GENERATOR);
}

static void cells_and_free_variables(void **state) {
    Code *co = compile_ok("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n"
                          "class C:\n    def m(self):\n        return super().m()\n");
    Code *f = nested(co, "f");
    Code *g = nested(f, "g");
    assert_int_equal(f->ncellvars, 2);     /* a (an argument cell) and b */
    assert_int_equal(f->nlocals, 2);       /* a, g */
    assert_int_equal(g->nfreevars, 2);
    const uint8_t *kinds = (const uint8_t *)bytes_data(f->localspluskinds);
    assert_int_equal(kinds[0], CO_FAST_LOCAL | CO_FAST_CELL);
    assert_int_equal(CODEUNIT_OP(f->code[0]), MAKE_CELL);
    assert_int_equal(CODEUNIT_OP(g->code[0]), COPY_FREE_VARS);
    assert_true(find_op(g, LOAD_DEREF, 0) >= 0);
    /* super() makes an implicit __class__ cell in the class body */
    Code *c = nested(co, "C");
    assert_int_equal(c->ncellvars, 1);
    assert_int_equal(nested(c, "m")->nfreevars, 1);
}

static void global_and_name_ops(void **state) {
    Code *co = compile_ok("x = 1\ndef f():\n    global y\n    y = x\n    return len(y)\n");
    Code *f = nested(co, "f");
    int lg = find_op(f, LOAD_GLOBAL, 0);
    assert_true(lg >= 0);
    assert_true(find_op(f, STORE_GLOBAL, 0) >= 0);
    /* len(y): NULL + len fused into LOAD_GLOBAL's low bit */
    int lg2 = find_op(f, LOAD_GLOBAL, 1);
    assert_true(lg2 >= 0);
    assert_int_equal(CODEUNIT_ARG(f->code[lg2]) & 1, 1);
    assert_int_equal(find_op(f, PUSH_NULL, 0), -1);
    assert_true(find_op(co, STORE_NAME, 0) >= 0);
}

/* ---- folding ------------------------------------------------------------------------------- */

static void constant_folding(void **state) {
    Code *co = compile_ok("x = 2 * 3 + 1\ny = -5\nz = (1, 2, (3, 4))\nw = 2 ** 200\nv = 1 / 0\n"
                          "if x in [1, 2, 3]: pass\n");
    assert_true(has_const_int(co, 7));
    assert_true(has_const_int(co, -5));
    /* 2 ** 200 exceeds the 128-bit limit and 1 / 0 raises: both stay BINARY_OPs */
    assert_true(find_op(co, BINARY_OP, 0) >= 0);
    assert_true(find_op(co, BINARY_OP, 1) >= 0);
    assert_int_equal(find_op(co, BINARY_OP, 2), -1);
    assert_int_equal(find_op(co, BUILD_TUPLE, 0), -1);
    assert_int_equal(find_op(co, BUILD_LIST, 0), -1);
    /* dead branches disappear */
    Code *d = compile_ok("if 0:\n    x = 1\nwhile 1:\n    break\n");
    assert_int_equal(find_op(d, STORE_NAME, 0), -1);
    assert_int_equal(find_op(d, POP_JUMP_IF_FALSE, 0), -1);
}

static void eval_mode(void **state) {
    Code *co = compile_mode("1 + 2", COMPILE_EVAL);
    assert_true(has_const_int(co, 3));
    assert_int_equal(CODEUNIT_OP(co->code[co->ob.ob_size - 1]), RETURN_VALUE);
    Code *s = compile_mode("x", COMPILE_SINGLE);
    assert_true(find_op(s, PRINT_EXPR, 0) >= 0);
}

/* ---- assembler ------------------------------------------------------------------------------ */

static void positions(void **state) {
    Code *co = compile_ok("x = 1\ny = (x +\n     2) * x\n");
    int add = find_op(co, BINARY_OP, 0);
    int line, end_line, col, end_col;
    assert_true(code_addr2location(co, add, &line, &end_line, &col, &end_col));
    assert_int_equal(line, 2);
    assert_int_equal(end_line, 3);
    assert_int_equal(col, 5);
    assert_int_equal(end_col, 6);
    int mul = find_op(co, BINARY_OP, 1);
    assert_true(code_addr2location(co, mul, &line, &end_line, &col, &end_col));
    assert_int_equal(line, 2);
    assert_int_equal(end_line, 3);
    assert_int_equal(col, 4);
    assert_int_equal(end_col, 11);
    assert_int_equal(code_addr2line(co, 0), -1);  /* the module's RESUME has no line */
}

static void exception_table(void **state) {
    Code *co = compile_ok("try:\n    f()\nexcept E as e:\n    pass\n");
    int call = find_op(co, CALL, 0);
    int target, depth;
    bool lasti;
    assert_true(code_find_handler(co, call, &target, &depth, &lasti));
    assert_int_equal(depth, 0);
    assert_false(lasti);
    assert_int_equal(CODEUNIT_OP(co->code[target]), PUSH_EXC_INFO);
    /* inside the handler: the cleanup handler, which keeps lasti */
    assert_true(code_find_handler(co, target, &target, &depth, &lasti));
    assert_int_equal(depth, 1);
    assert_true(lasti);
    assert_false(code_find_handler(co, 0, &target, &depth, &lasti));
}

static void stack_effects_agree_with_interpreter(void **state) {
    for (int op = 0; op < 256; op++) {
        /* The compiler emits only generic forms (specialized ones share their effect). */
        if (!opcode_names[op] || op == RETURN_GENERATOR || opcode_deopt[op] != op) continue;
        for (int arg = 0; arg < 4; arg++) {
            for (int jump = 0; jump < 2; jump++) {
                int mine = cg_stack_effect(op, arg, jump);
                int theirs = opcode_stack_effect(op, arg, jump);
                if (op == BUILD_SLICE && arg < 2) continue;
                if (mine != theirs) fail_msg("%s(%d) jump=%d: %d vs %d", opcode_names[op], arg, jump, mine, theirs);
            }
        }
    }
}

static void big_jumps_use_extended_arg(void **state) {
    char *src = malloc(200000);
    strcpy(src, "if x:\n");
    for (int i = 0; i < 2000; i++) strcat(src, "    y = y + 1\n");
    strcat(src, "z = 1\n");
    Code *co = compile_ok(src);
    free(src);
    assert_true(find_op(co, EXTENDED_ARG, 0) >= 0);
    assert_true(co->stacksize >= 2);
}

/* ---- SyntaxErrors ----------------------------------------------------------------------------- */

static void expect_error(const char *src, const char *msg, int lineno, int offset) {
    Object *fn = str_from_cstr(T, "<test>");
    Object *co = compile_source(T, src, strlen(src), fn, COMPILE_EXEC, 0);
    obj_decref(fn);
    assert_null(co);
    assert_true(err_matches(T, &exc_SyntaxError));
    Ref e = err_fetch(T);
    SyntaxErrorExc *se = (SyntaxErrorExc *)ref_obj(e);
    if (!str_eq_cstr(ref_obj(se->msg), msg))
        fail_msg("got '%s', want '%s'", str_utf8_lossy(ref_obj(se->msg)), msg);
    assert_int_equal(ref_int(se->lineno), lineno);
    assert_int_equal(ref_int(se->offset), offset);
    ref_close(e);
}

static void syntax_errors(void **state) {
    expect_error("return 1", "'return' outside function", 1, 1);
    expect_error("x = 1\nbreak", "'break' outside loop", 2, 1);
    expect_error("continue", "'continue' not properly in loop", 1, 1);
    expect_error("class C:\n  yield 1", "'yield' outside function", 2, 3);
    expect_error("def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10);
    expect_error("def f():\n    x\n    global x\n", "name 'x' is used prior to global declaration", 3, 5);
    expect_error("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5);
    expect_error("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1);
    expect_error("def f():\n  def g():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 3, 5);
    expect_error("async def f():\n  yield 1\n  return 2", "'return' with value in async generator", 3, 3);
    expect_error("a, *b, *c = d", "multiple starred expressions in assignment", 1, 1);
    expect_error("[(yield) for x in y]", "'yield' inside list comprehension", 1, 3);
    expect_error("def f():\n  [x async for x in y]",
                 "asynchronous comprehension outside of an asynchronous function", 2, 3);
    expect_error("for x in y:\n  try:\n    pass\n  except* E:\n    continue",
                 "'break', 'continue' and 'return' cannot appear in an except* block", 5, 5);
    expect_error("match x:\n  case y: pass\n  case 1: pass",
                 "name capture 'y' makes remaining patterns unreachable", 2, 8);
    expect_error("match x:\n  case [a, a]: pass", "multiple assignments to name 'a' in pattern", 2, 12);
    expect_error("match x:\n  case _: pass\n  case 1: pass",
                 "wildcard makes remaining patterns unreachable", 2, 8);
    expect_error("f(a=1, a=2)", "keyword argument repeated: a", 1, 8);
    expect_error("def f():\n  await x", "'await' outside async function", 2, 3);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(module_and_qualnames),
        cmocka_unit_test(arguments_and_flags),
        cmocka_unit_test(cells_and_free_variables),
        cmocka_unit_test(global_and_name_ops),
        cmocka_unit_test(constant_folding),
        cmocka_unit_test(eval_mode),
        cmocka_unit_test(positions),
        cmocka_unit_test(exception_table),
        cmocka_unit_test(stack_effects_agree_with_interpreter),
        cmocka_unit_test(big_jumps_use_extended_arg),
        cmocka_unit_test(syntax_errors),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
