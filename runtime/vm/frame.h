/* Frames, the handled-exception stack, frame objects and tracebacks. Owner: runtime/vm.
 *
 * A `Frame` is the activation record of one Python code object. It lives in one of three
 * places (`owner`):
 *   - FRAME_OWNED_BY_THREAD: on the thread's chunked data stack (t->datastack_*), pushed
 *     by a call and popped by return/unwind. Most frames live and die here.
 *   - FRAME_OWNED_BY_GENERATOR: embedded at the end of a generator/coroutine/async
 *     generator object (RETURN_GENERATOR moves the frame there).
 *   - FRAME_OWNED_BY_FRAME_OBJECT: copied into its `frame` object when the frame finished
 *     while that object was still referenced (so f_locals etc. stay readable).
 *
 * Layout: the fixed header, then `localsplus`: code->nlocalsplus slots (arguments and
 * locals, cells, free variables; REF_NULL = unbound) followed by code->stacksize value
 * stack slots. `stacktop` (an index into localsplus) is only meaningful while the frame
 * is not executing (suspended generator, caller of an inline call, after an error).
 * Every Ref in localsplus[0, stacktop) is owned by the frame.
 *
 * A thread-owned frame of a function borrows code, globals and builtins from the function
 * it holds (`borrows_env`), and holds the function itself uncounted when the call found it
 * so on the stack (`func_borrowed`, a deferred function: docs/GC.md). A frame that moves
 * into the heap (generator, frame object) takes its own references (frame_own_refs), and
 * assigning `__code__` makes the running frames of that function take theirs. The value
 * stack of a thread-owned frame may hold uncounted Refs in the callable slots of calls;
 * a generator frame converts them when it suspends (frame_own_stack).
 *
 * `instr` points at the instruction being executed (the real instruction, after any
 * EXTENDED_ARG prefix); NULL before the first instruction. A frame resumes after it
 * (skipping its inline cache units).
 */
#ifndef SPRY_VM_FRAME_H
#define SPRY_VM_FRAME_H
#include "core/object.h"
#include "vm/code.h"

enum {
    FRAME_OWNED_BY_THREAD = 0,
    FRAME_OWNED_BY_GENERATOR = 1,
    FRAME_OWNED_BY_FRAME_OBJECT = 2,
};

/* Life cycle; generators read it to tell a yield from a return. */
enum {
    FRAME_CREATED = 0,      /* not started */
    FRAME_SUSPENDED = 1,    /* stopped at YIELD_VALUE */
    FRAME_EXECUTING = 2,
    FRAME_COMPLETED = 3,    /* returned or raised; slots already released */
    FRAME_CLEARED = 4,
};

/* How a frame run inline hands its return value to the caller. */
enum {
    FRAME_RETURN_PLAIN = 0,   /* pushed on the caller's stack */
    FRAME_RETURN_INIT = 1,    /* an __init__ run by CALL of a class: the caller's stack
                                 already holds the new instance; the value must be None
                                 and is dropped */
    FRAME_RETURN_BINOP = 2,   /* a Python dunder run by BINARY_OP_PY: the value replaces
                                 the two operands left on the caller's stack; when it is
                                 NotImplemented the right operand's side is tried */
};

typedef struct Frame {
    Object *func;            /* the function (strong unless func_borrowed), or NULL for
                                module/exec code */
    Code *code;              /* strong unless borrows_env */
    Object *globals;         /* dict (strong unless borrows_env) */
    Object *builtins;        /* dict (strong unless borrows_env) */
    Ref locals;              /* mapping for LOAD_NAME & co. (strong), or REF_NULL */
    struct Frame *previous;  /* the calling frame while executing / linked */
    CodeUnit *instr;         /* current instruction, NULL before the first */
    Object *frame_obj;       /* the materialized `frame` object (strong), or NULL */
    int stacktop;            /* see above */
    int8_t owner;            /* FRAME_OWNED_BY_* */
    int8_t state;            /* FRAME_* life cycle */
    bool is_entry;           /* returning from it leaves eval_frame */
    int8_t return_kind;      /* FRAME_RETURN_*: what the caller does with the value */
    bool borrows_env;        /* code, globals and builtins are func's, not counted */
    bool func_borrowed;      /* func is deferred and not counted (thread-owned frames) */
    Ref localsplus[];
} Frame;

/* Number of Ref-sized words a frame for `code` occupies. */
static inline size_t frame_size_words(const Code *code) {
    return (sizeof(Frame) + sizeof(Ref) - 1) / sizeof(Ref) + (size_t)code->nlocalsplus +
           (size_t)code->stacksize;
}
static inline int frame_lasti_of(const Frame *f) {
    return f->instr ? (int)(f->instr - f->code->code) : -1;
}

/* A chunk of the thread's frame data stack. */
typedef struct DataStackChunk {
    struct DataStackChunk *previous;
    size_t size;             /* in Refs, data[] included */
    Ref *saved_top;          /* the previous chunk's top when this one was pushed */
    Ref data[];
} DataStackChunk;

/* The handled-exception stack (ExcInfo, core/state.h): t->exc_info points at the
 * innermost entry. The thread's base entry lives in the outermost eval_frame C frame;
 * every generator has its own entry, linked in while it runs. PUSH_EXC_INFO/POP_EXCEPT
 * update the innermost entry. */

/* The exception currently being handled (borrowed), searching outwards past empty
 * levels, or REF_NULL if none. */
Ref eval_handled_exception(Thread *t);

/* ---- frame objects (`frame` type, frame.c) ---------------------------------------------- */
typedef struct FrameObject {
    Object ob;
    Frame *frame;            /* the live frame, or (owner FRAME_OBJECT) &storage */
    Object *back;            /* f_back captured when the frame finished, or NULL */
    int lineno_override;     /* 0: none (f_lineno computed from instr) */
    Ref trace;               /* f_trace: the local trace function (owned), or REF_NULL */
    bool trace_lines;        /* f_trace_lines (default true) */
    bool trace_opcodes;      /* f_trace_opcodes (default false) */
    int jump_to;             /* f_lineno set by a trace function: the instruction offset
                                to go to after the hook returns, else -1 (vm/trace.c) */
    Ref storage[];           /* room for a copy of the frame (see frame_take_ownership) */
} FrameObject;

/* The frame object for f, created on first need (borrowed: f keeps the reference). */
Object *frame_get_object(Thread *t, Frame *f);
/* Code and current instruction offset (code units) of a frame object, for traceback
 * printing. */
Code *frame_code(Object *frame);
int frame_lasti(Object *frame);
int frame_lineno(Object *frame);
Frame *frame_of_object(Object *frame);

/* ---- tracebacks (traceback.c) -------------------------------------------------------------- */
/* A traceback entry. The list runs from the outermost frame (head, printed first) to the
 * innermost (tail, where the exception was raised): each frame an exception leaves is
 * prepended, as CPython does. tb_lasti is in code units here; the Python attribute
 * reports it in bytes (x2) like CPython. */
typedef struct Traceback {
    Object ob;
    Object *tb_next;         /* traceback or NULL */
    Object *tb_frame;        /* frame object (strong) */
    int tb_lasti;
    int tb_lineno;           /* -1 if unknown */
} Traceback;

/* A new traceback entry for frame object `frame` in front of `next` (both borrowed). */
Object *traceback_new(Thread *t, Object *next, Object *frame, int lasti, int lineno);
/* Prepends an entry for f to the traceback of the raised exception (t->exc). */
int traceback_here(Thread *t, Frame *f);

#endif
