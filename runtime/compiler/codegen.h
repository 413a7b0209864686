/* codegen.h — the compiler back end's internal interface (AST -> Code).
 *
 * Pipeline (compile.c drives it):
 *   parse_source()            AST in an Arena                       (parser, not ours)
 *   symtable_build()          scopes and name classification        symtable.c
 *   codegen_module()          instructions in basic blocks, per code unit
 *                             codegen.c (units, names, constants, emission helpers)
 *                             codegen_stmt.c, codegen_expr.c, codegen_func.c (functions,
 *                             classes, lambdas, comprehensions), codegen_exc.c (try, with,
 *                             except*, unwinding), codegen_pattern.c (match), codegen_fold.c
 *   codegen_assemble()        CFG -> Code object                    codegen_asm.c
 *
 * Representation
 * --------------
 * A code unit under construction (`Unit`) is a list of basic blocks (`Block`) in layout
 * order; each block holds `Instr`s. Jumps name their target block; the assembler turns
 * them into relative offsets. Some opcodes exist only here (pseudo instructions, values
 * >= PSEUDO_BASE): jumps whose direction is not yet known, and the SETUP_* / POP_BLOCK
 * markers from which the assembler derives the exception table (exactly the scheme of
 * CPython 3.11: each instruction is covered by the innermost handler pushed by a SETUP_*
 * on the path to it; the handler's stack depth is the depth at the SETUP).
 *
 * All compiler memory (blocks, instruction arrays, name tables) comes from one Arena and
 * is freed in one go; the only runtime objects held are constants (owned Refs in
 * Unit.consts) and the docstring, released by unit_free.
 *
 * Error convention inside the back end: functions return 0 on success and -1 on failure
 * with an exception set on c->t (SyntaxError with position, or MemoryError).
 */
#ifndef SPRY_COMPILER_CODEGEN_H
#define SPRY_COMPILER_CODEGEN_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "spry.h"
#include "compiler/ast.h"
#include "compiler/symtable.h"
#include "opcode_ids.h"

/* ---- pseudo instructions ------------------------------------------------------------- */
enum {
    PSEUDO_BASE = 256,
    PSEUDO_JUMP = PSEUDO_BASE,   /* -> JUMP_FORWARD / JUMP_BACKWARD */
    PSEUDO_JUMP_NO_INTERRUPT,    /* -> JUMP_FORWARD / JUMP_BACKWARD_NO_INTERRUPT */
    PSEUDO_SETUP_FINALLY,        /* push handler (target); handler entry: +1 (exc) */
    PSEUDO_SETUP_CLEANUP,        /* same, and lasti is pushed below exc: +2 */
    PSEUDO_SETUP_WITH,           /* as CLEANUP, but unwinds one below the SETUP depth */
    PSEUDO_POP_BLOCK,            /* pop the innermost handler */
    PSEUDO_END,
};

/* ---- source locations ----------------------------------------------------------------- */
typedef struct Loc {
    int lineno, end_lineno, col, end_col;   /* -1: unknown */
} Loc;
#define LOC_NONE ((Loc){-1, -1, -1, -1})
#define LOC_OF(node) ((Loc){(node)->lineno, (node)->end_lineno, (node)->col_offset, (node)->end_col_offset})

/* ---- instructions and blocks ------------------------------------------------------------ */
typedef struct Block Block;

typedef struct Instr {
    int op;                /* opcode or PSEUDO_* */
    int arg;
    Block *target;         /* jumps and SETUP_* */
    Block *handler;        /* filled by the assembler: innermost exception handler */
    Loc loc;
} Instr;

struct Block {
    Instr *instrs;
    int n, cap;
    Block *next;           /* layout order */
    Block *all_next;       /* every block of the unit (for bookkeeping) */
    int startdepth;        /* -1 until the stack depth pass reaches it */
    int offset;            /* in code units, set by the assembler */
    int index;             /* handler numbering / visit stamps */
    bool reachable;
    bool except_handler;   /* target of a SETUP_* */
    bool preserve_lasti;   /* target of SETUP_CLEANUP / SETUP_WITH */
    bool cold;             /* only reachable through exception handlers */
    struct ExceptStack *except_stack;
    Loc pred_loc;          /* assembler: location flowing in from a predecessor */
};

/* ---- names tables: C string -> index, in insertion order ----------------------------- */
typedef struct NameTable {
    const char **names;
    int n, cap;
    int *slots;            /* open addressing: index+1, 0 empty */
    int nslots;
} NameTable;

int names_find(const NameTable *nt, const char *name);            /* -1 if absent */
int names_add(Arena *a, NameTable *nt, const char *name);         /* index (existing or new) */

/* ---- frame blocks: what break/continue/return must unwind ------------------------------ */
typedef enum FBlockKind {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER, FB_ASYNC_COMPREHENSION_GENERATOR,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    Block *block;          /* loops: continue target */
    Block *exit;           /* loops: break target */
    const void *datum;     /* FINALLY_TRY: AstStmtSeq*; WITH: AstStmt*; HANDLER_CLEANUP: name */
    Loc loc;
} FBlock;

#define MAX_FBLOCKS 20     /* CPython's CO_MAXBLOCKS */
/* Above this many values, a display or f-string is built in steps, not on the stack. */
#define STACK_USE_GUARD 30

typedef enum UnitKind {
    UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_ASYNC_FUNCTION, UNIT_LAMBDA,
    UNIT_COMPREHENSION,
} UnitKind;

typedef struct Unit {
    struct Unit *parent;
    Scope *ste;
    UnitKind kind;
    const char *name;          /* co_name */
    const char *qualname;      /* co_qualname */
    const char *private_name;  /* enclosing class name for mangling, or NULL */

    Ref *consts;               /* owned */
    int nconsts, cap_consts;
    NameTable names, varnames, cellvars, freevars;

    Block *entry, *cur, *all_blocks;
    Loc loc;                   /* location given to emitted instructions */

    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    Object *doc;               /* owned str or NULL */

    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    void *const_index;         /* codegen.c: hash index over consts */
} Unit;

typedef struct Compiler {
    Thread *t;
    Arena *arena;
    Object *filename;          /* borrowed str */
    const char *src;           /* the source, for SyntaxError text */
    size_t srclen;
    SymTable *st;
    Unit *u;
    int mode;                  /* COMPILE_EXEC / EVAL / SINGLE */
    bool interactive;          /* PRINT_EXPR for expression statements */
    bool future_annotations;   /* from __future__ import annotations */
    int future_lineno;         /* line of the last leading __future__ import, or 0 */
    int nest_depth;
} Compiler;

/* ---- errors ------------------------------------------------------------------------------ */
/* Raises SyntaxError(msg) at loc (see compile_set_syntax_error). Returns -1. */
int cg_error_at(Compiler *c, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int cg_warn_at(Compiler *c, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int cg_error(Compiler *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define TRY(x) do { if ((x) < 0) return -1; } while (0)

/* ---- units and blocks (codegen.c) ------------------------------------------------------- */
int unit_enter(Compiler *c, UnitKind kind, const char *name, const void *key, int lineno);
void unit_leave(Compiler *c);
void unit_free(Compiler *c, Unit *u);
Block *cg_new_block(Compiler *c);
void cg_use_block(Compiler *c, Block *b);        /* append b after the current block */
void cg_use_next_block(Compiler *c, Block *b);   /* idem (alias, for readability) */

/* Emission: all return 0 (the arena never fails) or -1 on an encoding error. */
int cg_emit(Compiler *c, int op, int arg);
int cg_emit_jump(Compiler *c, int op, Block *target);
int cg_emit_const(Compiler *c, Ref v);            /* LOAD_CONST, v borrowed */
int cg_emit_const_steal(Compiler *c, Ref v);      /* LOAD_CONST, v stolen (REF_NULL: -1) */
int cg_emit_name(Compiler *c, int op, const char *name);  /* ops taking a co_names index */
int cg_add_const(Compiler *c, Ref v);             /* index; v borrowed; -1 error */
int cg_add_const_steal(Compiler *c, Ref v);
int cg_add_name(Compiler *c, const char *name);   /* co_names index (name mangled by caller) */
/* Name operations with scope resolution: ctx is AST_Load / AST_Store / AST_Del. */
int cg_nameop(Compiler *c, const char *name, AstExprContext ctx);
const char *cg_mangle(Compiler *c, const char *name);
Loc cg_set_loc(Compiler *c, Loc loc);             /* returns the previous location */
/* Localsplus index of a cell/free variable, for LOAD_CLOSURE etc. -1 if absent. */
int cg_deref_index(Compiler *c, const char *name);

int cg_push_fblock(Compiler *c, FBlockKind kind, Block *b, Block *exit, const void *datum);
void cg_pop_fblock(Compiler *c);

/* Runtime objects for AST constants and names. */
Ref cg_constant_value(Compiler *c, const AstConstant *k);  /* new ref; REF_NULL on error */
Ref ast_constant_object(Thread *t, const AstConstant *k); /* the same without a compiler */
Object *cg_str(Compiler *c, const char *s);                /* interned str, new ref */
bool cg_is_docstring(const AstStmtSeq *body);
/* An annotation under `from __future__ import annotations`: its expression written back
 * as text (ast_expr_unparse), as a str; new reference. */
Ref cg_annotation_text(Compiler *c, const AstExpr *ann);
bool cg_find_ann(AstStmtSeq *body);

/* ---- statements (codegen_stmt.c) ------------------------------------------------------- */
int cg_stmt(Compiler *c, AstStmt *s);
int cg_body(Compiler *c, AstStmtSeq *body);
int cg_module_body(Compiler *c, AstStmtSeq *body, bool is_module);
int cg_annassign(Compiler *c, AstStmt *s);
int cg_import(Compiler *c, AstStmt *s);
int cg_import_from(Compiler *c, AstStmt *s);

/* ---- expressions (codegen_expr.c) ------------------------------------------------------- */
int cg_expr(Compiler *c, AstExpr *e);
int cg_exprs(Compiler *c, AstExprSeq *es);
/* Jumps to `target` if the truth of e equals `cond`; short-circuits and/or/not/compares. */
int cg_jump_if(Compiler *c, AstExpr *e, Block *target, bool cond);
int cg_assign_target(Compiler *c, AstExpr *target);   /* store TOS into target */
int cg_call_helper(Compiler *c, int n, AstExprSeq *args, AstKeywordSeq *kws);
int cg_unpack_helper(Compiler *c, AstExprSeq *elts);
int cg_add_yield_from(Compiler *c, bool await);
int cg_check_ann_expr(Compiler *c, AstExpr *e);
/* `in` operands and for-loop iterables: list displays compile as tuples, constant sets
 * as frozensets (CPython's fold_iter). */
int cg_iter_operand(Compiler *c, AstExpr *e);
int cg_binop_arg(AstOperator op, bool inplace);
/* Whether the unit is one where `await` is allowed at top level (never, in 3.11). */
bool cg_is_async_context(Compiler *c);

/* ---- constant folding (codegen_fold.c) -------------------------------------------------- */
/* The value of e if it is a constant expression CPython folds (new ref), else REF_NULL
 * without exception. Errors during folding are swallowed (the operation is left for run
 * time, as CPython does); -1 style failure only for MemoryError: REF_NULL + exception. */
Ref cg_fold(Compiler *c, AstExpr *e);
/* A tuple/frozenset constant for `x in [..]` / `x in {..}` / for-loop iterables, or
 * REF_NULL if not all elements are constants. */
Object *cg_frozenset_const(Compiler *c, Ref items);
Ref cg_fold_sequence_const(Compiler *c, AstExprSeq *elts, bool as_frozenset);

/* ---- `str % tuple` as an f-string (codegen_percent.c) ----------------------------------- */
/* Compiles e (a BinOp) as CPython 3.11's optimizer rewrites `'%s..' % (a, ..)`: 1 if it
 * did, 0 if e is not such an expression (nothing emitted), -1 on error. */
int cg_percent_format(Compiler *c, AstExpr *e);

/* ---- functions, classes, comprehensions (codegen_func.c) ------------------------------- */
int cg_function_def(Compiler *c, AstStmt *s, bool is_async);
int cg_class_def(Compiler *c, AstStmt *s);
int cg_lambda(Compiler *c, AstExpr *e);
int cg_comprehension(Compiler *c, AstExpr *e);
/* MAKE_FUNCTION for the just-finished code object `co` (stolen) with `flags` pieces on the
 * stack; adds the closure tuple. */
int cg_make_closure(Compiler *c, Object *co, int flags, const char *qualname);

/* ---- exceptions and with (codegen_exc.c) ------------------------------------------------ */
int cg_try(Compiler *c, AstStmt *s);
int cg_try_star(Compiler *c, AstStmt *s);
int cg_with(Compiler *c, AstStmt *s, int pos, bool is_async);
int cg_unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop);
int cg_return(Compiler *c, AstStmt *s);
int cg_break(Compiler *c, AstStmt *s);
int cg_continue(Compiler *c, AstStmt *s);

/* ---- match (codegen_pattern.c) ---------------------------------------------------------- */
int cg_match(Compiler *c, AstStmt *s);

/* ---- assembler (codegen_asm.c) ---------------------------------------------------------- */
/* Turns the current unit into a code object (new reference) or NULL with exception. */
Object *cg_assemble(Compiler *c, bool add_return_none);
/* Stack effect of an instruction as the compiler emits it (jump: along the branch). */
int cg_stack_effect(int op, int arg, bool jump);
bool cg_is_jump(int op);
bool cg_is_terminator(int op);   /* no fall-through: return, raise, reraise, jumps */

/* ---- code objects (vm/code.c) ----------------------------------------------------------- */
typedef struct CodeSpec {
    const CodeUnit *code;
    int ncode;
    int argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstlineno;
    Object *consts, *names, *localsplusnames, *localspluskinds;   /* borrowed */
    Object *filename, *name, *qualname, *linetable, *exceptiontable;
    Object *doc;                                                  /* borrowed or NULL */
} CodeSpec;
/* A new code object (the fields are copied / referenced). NULL with exception. */
Object *code_new(Thread *t, const CodeSpec *spec);

/* Position table encoding (shared by the assembler and code_addr2location):
 *   a sequence of entries, each covering `len` consecutive code units:
 *     varint len, svarint (line - previous entry's line), varint (end_line - line + 1),
 *     varint (col + 1), varint (end_col + 1)
 *   with 0 meaning "unknown" for the last three (line: an entry with the special
 *   line delta encoding `no line` is written as end_line field 0 and line delta 0).
 * Exception table: entries sorted by start, each
 *     varint start, varint length, varint target, varint (depth << 1 | lasti)
 * all in code units. */
void code_write_varint(uint8_t **p, unsigned v);

/* Disassembles a code object (and the nested ones) to `out`, for debugging and tests. */
void codegen_dump(Object *code, FILE *out);

#endif
