/* The interpreter's internal declarations: functions, cells, generators, and the helpers
 * the instruction bodies of bytecodes.def call. Owner: runtime/vm. Other subsystems may
 * include it for the object layouts (Function, Cell, Gen) and the entry points below. */
#ifndef SPRY_VM_VM_H
#define SPRY_VM_VM_H
#include "core/object.h"
#include "vm/frame.h"

/* ---- function objects (function.c) ------------------------------------------------------ */
typedef struct Function {
    Object ob;
    Object *code;            /* Code */
    Object *globals;         /* dict */
    Object *builtins;        /* dict: globals['__builtins__'] (or its dict) at creation */
    Object *name, *qualname; /* str */
    Ref module;              /* __module__: globals['__name__'] at creation; REF_NULL: None */
    Ref doc;                 /* __doc__: Code.doc at creation; REF_NULL: None */
    Object *defaults;        /* tuple or NULL */
    Object *kwdefaults;      /* dict or NULL */
    Object *closure;         /* tuple of cells or NULL */
    Object *dict;            /* __dict__ or NULL */
    Object *annotations;     /* dict or NULL */
    uint32_t version;        /* changes when __code__/__defaults__ change (specializer) */
    Object *weakreflist;     /* weak references to the function (objects/weakref.c) */
} Function;
#define FUNCTION(o) ((Function *)(o))
static inline bool function_check(Ref r) {
    return ref_is_obj(r) && ref_obj(r)->ob_type == &function_type;
}

/* ---- cells (cell.c) ------------------------------------------------------------------------- */
typedef struct Cell {
    Object ob;
    Ref ref;                 /* REF_NULL: empty */
} Cell;
#define CELL(o) ((Cell *)(o))
Object *cell_new(Thread *t, Ref value /* borrowed; REF_NULL: empty */);

/* ---- generators, coroutines, async generators (genobject.c) ------------------------------- */
typedef struct Gen {
    Object ob;
    Object *code;            /* Code (strong): gi_code */
    Object *name, *qualname;
    ExcInfo exc_state;       /* linked into t->exc_info while running */
    Ref ag_finalizer;        /* async generators: sys.set_asyncgen_hooks finalizer */
    bool ag_hooks_inited, ag_running_async, ag_closed;
    Object *weakreflist;     /* weak references to the generator (objects/weakref) */
    /* The generator's frame (FRAME_OWNED_BY_GENERATOR); see GEN_FRAME. */
    _Alignas(8) Ref frame_data[];
} Gen;
#define GEN(o) ((Gen *)(o))
#define GEN_FRAME(g) ((Frame *)(g)->frame_data)
#define GEN_OF_FRAME(f) ((Gen *)((char *)(f) - offsetof(Gen, frame_data)))

extern Type coro_wrapper_type, async_gen_asend_type, async_gen_athrow_type,
    async_gen_wrapped_value_type;

/* Results of sending into a generator-like object. */
enum { GEN_ERROR = -1, GEN_NEXT = 0 /* yielded */, GEN_RETURN = 1 /* returned */ };

/* RETURN_GENERATOR: a generator/coroutine/async generator (by code flags) that takes
 * over the contents of `frame` (left empty, to be finished by the caller). */
Object *gen_new_from_frame(Thread *t, Frame *frame);
/* Sends v (borrowed; REF_NULL means None) into gen, or throws the raised exception into
 * it when `exc` is set. *result gets the yielded or returned value (owned). */
int gen_send_ex(Thread *t, Object *gen, Ref v, bool exc, Ref *result);
/* After gen's frame finished by raising: clears its handled-exception state and turns a
 * StopIteration (async generators: also StopAsyncIteration) into RuntimeError (PEP 479). */
void gen_finish_raised(Thread *t, Object *gen);
bool gen_check(Ref r);            /* generator (exact) */
bool coro_check(Ref r);           /* coroutine (exact) */
bool async_gen_check(Ref r);      /* async generator (exact) */
/* gi_yieldfrom / cr_await: the object delegated to, borrowed, or REF_NULL. */
Ref gen_yieldfrom(Object *gen);
/* ASYNC_GEN_WRAP: marks a value yielded by an async generator body. */
Ref gen_async_wrap_value(Thread *t, Ref v);
/* The awaitable for __anext__ of an async generator. */
Ref gen_async_anext(Thread *t, Ref agen);

/* ---- the evaluation loop (eval.c) -------------------------------------------------------------- */
/* Runs `entry` (pushed and initialized by the caller, or a suspended generator frame with
 * the sent value on its stack) until it returns, yields or raises. `throwflag`: resume
 * by raising the exception already set in t (generator throw()). A thread-owned entry
 * frame is finished and popped before returning; a generator frame is finished (state
 * FRAME_COMPLETED) when it returns or raises and left FRAME_SUSPENDED when it yields.
 * Python-to-Python calls inside run in the same C invocation. */
Ref eval_frame_ex(Thread *t, Frame *entry, bool throwflag);
static inline Ref eval_frame(Thread *t, Frame *entry) { return eval_frame_ex(t, entry, false); }

/* ---- frames (frame.c) -------------------------------------------------------------------------- */
/* A new thread-owned frame for code on the data stack: all slots REF_NULL, code held,
 * other fields NULL. NULL + MemoryError if memory ran out. */
Frame *frame_push(Thread *t, Code *code);
/* A new thread-owned frame running function func (stolen: a counted Ref, or an uncounted
 * one from ref_for_call), borrowing its code, globals and builtins. NULL + MemoryError if
 * memory ran out (func is then released). */
Frame *frame_push_function(Thread *t, Ref func);

/* The fields every new thread-owned frame for `code` starts with (its slots are the
 * caller's to clear). */
static inline void frame_init_fields(Frame *f, Code *code) {
    f->code = code;
    f->locals = REF_NULL;
    f->previous = NULL;
    f->instr = NULL;
    f->frame_obj = NULL;
    f->stacktop = code->nlocalsplus;
    f->owner = FRAME_OWNED_BY_THREAD;
    f->state = FRAME_CREATED;
    f->is_entry = false;
    f->return_kind = FRAME_RETURN_PLAIN;
}

/* What frame_push_function records of the function it runs (func as given to it). */
static inline void frame_bind_function(Frame *f, Function *fn, Ref func) {
    f->func = &fn->ob;
    f->func_borrowed = ref_is_borrowed(func);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->borrows_env = true;
}

/* frame_push_function for a caller that then stores the first `filled` slots itself:
 * inline while the data stack's chunk has room, clearing only the other slots. */
static inline Frame *frame_push_function_filled(Thread *t, Ref func, int filled) {
    Function *fn = FUNCTION(ref_obj(func));
    Code *code = CODE(fn->code);
    size_t words = frame_size_words(code);
    Ref *p = t->datastack_top;
    if (__builtin_expect(p == NULL || (size_t)(t->datastack_limit - p) < words, 0))
        return frame_push_function(t, func);
    t->datastack_top = p + words;
    Frame *f = (Frame *)p;
    frame_init_fields(f, code);
    for (int i = filled; i < code->nlocalsplus; i++)
        f->localsplus[i] = REF_NULL;
    frame_bind_function(f, fn, func);
    return f;
}
/* Makes f count its references to code, globals and builtins. */
void frame_own_env(Frame *f);
/* Makes f count every reference it holds: function, code, globals, builtins and the
 * values on its stack up to stacktop (which must be current). */
void frame_own_refs(Frame *f);
/* Calls fn with the address of every object the executing frames of interp's threads may
 * hold without counting (deferred reference counting, docs/GC.md): their functions and
 * every uncounted-looking word of their value stacks' room. Conservative: an address may
 * be stale, so fn must compare it, never follow it. */
void frames_each_uncounted(Interp *interp, void (*fn)(uintptr_t addr, void *arg), void *arg);
/* Counts the uncounted Refs on f's value stack below `top` (a suspending generator). */
void frame_own_stack(Frame *f, Ref *top);
/* Releases everything a finished frame holds (handing its contents to its frame object
 * when that is still referenced), marks it FRAME_COMPLETED, and pops it from the data
 * stack if the thread owns it. */
void frame_finish(Thread *t, Frame *f);
/* Releases the Refs of a frame (slots, stack up to stacktop, header references). */
void frame_clear_refs(Frame *f);
/* GC support for frames embedded in other objects. */
int frame_traverse(Frame *f, VisitFn visit, void *arg);
/* The builtins dict to use with these globals (new reference; NULL on error). */
Object *eval_builtins_from_globals(Thread *t, Object *globals);
/* f_locals: a dict view of the frame's variables (refreshed), or the locals mapping.
 * New reference. */
Ref frame_locals(Thread *t, Frame *f);

/* ---- calls (eval_call.c) ------------------------------------------------------------------------ */
/* Pushes and initializes a frame for Python function `func` with the arguments bound
 * (args borrowed, vectorcall layout). NULL with TypeError on a binding error. */
Frame *eval_push_call(Thread *t, Object *func, const Ref *args, size_t nargs,
                      Object *kwnames);
Ref eval_call_function_ex(Thread *t, Ref func, Ref callargs, Ref kwargs);
/* "f()" / "mod.f()" as CPython's _PyObject_FunctionStr. New str or NULL. */
Object *eval_function_str(Thread *t, Ref func);

/* ---- instruction helpers (eval_helpers.c, eval_exc.c) ------------------------------------------ */
void eval_unbound_error(Thread *t, Code *code, int slot);
void eval_name_error(Thread *t, Object *name);
Ref eval_load_name(Thread *t, Frame *f, Object *name);
int eval_store_name(Thread *t, Frame *f, Object *name, Ref v);
int eval_delete_name(Thread *t, Frame *f, Object *name);
Ref eval_load_global(Thread *t, Frame *f, Object *name);
Ref eval_load_classderef(Thread *t, Frame *f, int slot);
int eval_load_method(Thread *t, Ref obj, Object *name, Ref *meth, Ref *self_or_attr);
/* `super().name` as LOAD_METHOD leaves it on the stack, from eval_super_args' type and
 * obj (consumed): without a super object when the name is a method of the instance. */
int eval_load_super_method(Thread *t, Type *type, Ref obj, Object *name, Ref *meth,
                           Ref *self_or_attr);
Ref eval_binary_op(Thread *t, Ref a, Ref b, int op);
Ref eval_compare(Thread *t, Ref a, Ref b, int op);
Object *eval_list_from_array_steal(Thread *t, Ref *items, intptr_t n);
Object *eval_set_from_array_steal(Thread *t, Ref *items, intptr_t n);
Object *eval_dict_from_pairs_steal(Thread *t, Ref *items, intptr_t npairs);
Object *eval_dict_from_keys_steal(Thread *t, Ref keys, Ref *values, intptr_t n);
Object *eval_build_string(Thread *t, Ref *pieces, intptr_t n);
int eval_list_extend(Thread *t, Object *list, Ref iterable);
int eval_set_update(Thread *t, Object *set, Ref iterable);
int eval_dict_update(Thread *t, Object *dict, Ref update);
int eval_dict_merge(Thread *t, Ref func, Object *dict, Ref update);
/* Unpacks v into `before` items, a list of the rest (if after >= 0) and `after` items,
 * written downwards from top[-1] (the first item at top[-1]). */
int eval_unpack(Thread *t, Ref v, int before, int after, Ref *top);
Ref eval_format_value(Thread *t, Ref v, int conversion, Ref spec);
Ref eval_iter_next(Thread *t, Ref iter);
Ref eval_get_yield_from_iter(Thread *t, Code *code, Ref iterable);
int eval_send(Thread *t, Ref receiver, Ref v, Ref *result);
Ref eval_get_awaitable(Thread *t, Ref iterable, int where);
Ref eval_get_aiter(Thread *t, Ref obj);
Ref eval_get_anext(Thread *t, Ref aiter);
int eval_before_with(Thread *t, Ref mgr, bool async, Ref *exit, Ref *res);
Ref eval_with_except_start(Thread *t, Ref exit_func, Ref val);
int eval_setup_annotations(Thread *t, Frame *f);
Ref eval_import_name(Thread *t, Frame *f, Object *name, Ref fromlist, Ref level);
Ref eval_import_from(Thread *t, Ref module, Object *name);
int eval_import_star(Thread *t, Frame *f, Ref module);
Ref eval_load_build_class(Thread *t, Frame *f);
int eval_print_expr(Thread *t, Ref v);
Object *eval_make_function(Thread *t, Frame *f, Ref codeobj, Ref defaults, Ref kwdefaults,
                           Ref annotations, Ref closure);
/* RAISE_VARARGS (steals exc and cause): 1 = bare re-raise done (no new traceback entry),
 * 0 = exception set (add a traceback entry). */
int eval_do_raise(Thread *t, Ref exc, Ref cause);
int eval_check_exc_match(Thread *t, Ref exc, Ref type);
int eval_exception_group_match(Thread *t, Ref exc, Ref match_type, Ref *match, Ref *rest);
Ref eval_prep_reraise_star(Thread *t, Ref orig, Ref excs);
Ref eval_match_class(Thread *t, Ref subject, Ref type, int nargs, Ref names);
Ref eval_match_keys(Thread *t, Ref subject, Ref keys);
/* Does exception instance exc match type (a class or tuple of classes)? */
bool eval_exc_matches(Ref exc, Ref type);

#endif
