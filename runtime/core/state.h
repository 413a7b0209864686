/* Interpreter and thread state: where all mutable state lives.
 *
 * Spry has no mutable globals. Process-wide data (`Runtime`: static types, identifier
 * strings, singletons) is built once by runtime_init() and immutable afterwards. Everything
 * that changes hangs off an `Interp` (one per interpreter: modules, builtins, interned
 * strings, the GC lists, its lock) or a `Thread` (one per OS thread per interpreter: the
 * frame stack, the raised exception, the allocation heap).
 *
 * Each subsystem owns one section of these structs, marked below; add fields only in
 * your own section.
 */
#ifndef SPRY_CORE_STATE_H
#define SPRY_CORE_STATE_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "core/object.h"

struct mi_heap_s;

/* ---- the GC's per-interpreter lists (core/gc.c) -----------------------------------------
 * Three generations of tracked container objects (circular doubly linked lists with a
 * sentinel each; new objects go to gen[0]) plus the permanent generation of gc.freeze().
 * gen[0].count counts allocations minus deallocations of GC objects since the last
 * collection; gen[1].count and gen[2].count count collections of the younger generation. */
typedef struct GCGeneration {
    _Alignas(16) GCHeader head;  /* sentinel (16-aligned: list links carry 4 flag bits) */
    intptr_t count;
    int threshold;
} GCGeneration;

typedef struct GCState {
    GCGeneration gen[3];
    _Alignas(16) GCHeader permanent;  /* gc.freeze(): never examined */
    bool enabled;
    bool pass_active;        /* an incremental pass over gen[2] is under way (core/gc.c) */
    uintptr_t visited;       /* the flag value that means "visited in this pass" */
    intptr_t pass_visited;   /* objects marked visited by the current pass */
    bool collecting;         /* a collection is running: no re-entry */
    int debug;               /* gc.set_debug() flags (DEBUG_SAVEALL = 32) */
    Object *garbage;         /* gc.garbage (list), created on first use */
    Object *callbacks;       /* gc.callbacks (list), created on first use */
    intptr_t long_lived_total;   /* objects in gen[2] after the last full collection */
    intptr_t long_lived_pending; /* objects moved to gen[2] since */
    intptr_t stats[3][3];    /* per generation: collections, collected, uncollectable */
    /* A garbage cycle larger than one increment, found over several collections (core/gc.c):
     * the closure of a truncated increment is gathered and sorted in slices (NULL when none);
     * proven garbage is freed with its tp_clear calls spread over slices. */
    struct Gather *gather;
    _Alignas(16) GCHeader unpinned;      /* proven garbage, finalized, not yet held by `dead` */
    _Alignas(16) GCHeader dead;          /* proven garbage, held, awaiting tp_clear */
} GCState;

/* One entry of the handled-exception stack: the exception an `except` block (or a
 * suspended generator) is handling. sys.exc_info(), bare `raise` and implicit
 * __context__ chaining (err_raise) read the innermost entry. Owned by runtime/vm. */
typedef struct ExcInfo {
    Ref exc;                     /* REF_NULL or None: nothing handled at this level */
    struct ExcInfo *prev;
} ExcInfo;

struct Thread {
    Interp *interp;
    Thread *next_in_interp;
    struct mi_heap_s *heap;      /* allocations made on this thread */
    size_t max_request;          /* mem_max_request(): larger allocations are MemoryError */
    void *map_spare;             /* a freed mapping kept for reuse by mem_realloc (core/object.c) */
    Ref exc;                     /* the exception being raised, or REF_NULL */

    /* Recursion accounting (core/state.c). `depth` counts Python frames and C re-entries
     * (dunder calls from slots, nested repr, ...); past interp->recursion_limit the next
     * one raises RecursionError. `c_stack_limit` is an address below which the C stack is
     * too close to its end, whatever the Python limit: RecursionError again, not a crash. */
    int depth;
    char *c_stack_limit;
    /* Deallocation of nested containers (core/object.c): how deep, and the containers
     * whose freeing was deferred to keep the C stack flat. */
    int dealloc_depth;
    Object *dealloc_pending;

    /* ---- runtime/vm: frames, data stack, handled-exception stack ---- */
    struct Frame *frame;         /* innermost executing frame, NULL at top level */
    Ref *datastack_top;          /* next free slot of the frame data stack */
    Ref *datastack_limit;
    struct DataStackChunk *datastack_chunk;
    ExcInfo *exc_info;           /* innermost handled exception (sys.exc_info()) */
    /* RERAISE's lasti (a CodeUnit *) for the unwinder, which it reads and clears at once.
     * Not an eval local: GCC would rematerialize its NULL at every dispatch. */
    uint16_t *reraise_instr;

    /* ---- objects ---- */
    Object *repr_list;           /* containers being repr'd, for `[...]` (objects/list.c) */

    /* ---- objects: per-thread performance caches (objects/type.c, objects/float.c) ----
     * type_cache: type_lookup's method cache, keyed by (tp_version_tag, interned name).
     * Entries hold borrowed values: a version is never reused and type_modified gives a
     * modified type (and its subclasses) a new one, so a stale entry can never match.
     * float_freelist: freed exact floats kept for reuse (linked through ob_type). */
#define TYPE_CACHE_SIZE 1024
    struct TypeCacheEntry {
        unsigned int version;    /* 0: empty */
        Object *name;            /* an interned str (lives as long as the interpreter) */
        Ref value;               /* borrowed; REF_NULL: not found anywhere on the MRO */
    } type_cache[TYPE_CACHE_SIZE];
    /* attr_routes: how instances of a type reach an attribute by name, for the
     * polymorphic attribute forms (vm/attr_route.h). Keyed by the type and a version
     * (its shape's guard version, else its tp_version_tag); `value` and `holder` are
     * borrowed and valid while that version holds, as in type_cache. */
#define ATTR_ROUTE_SIZE 512   /* 256 pairs: attr_route_find uses 8 hash bits */
    struct AttrRoute {
        Type *type;
        unsigned int version;    /* 0: empty */
        uint8_t kind;            /* ROUTE_* */
        uint16_t index;          /* inline value index, slot offset or holder dict entry */
        uint32_t shape_len;      /* the type's shape length when the name was absent */
        Object *name;            /* an interned str */
        Ref value;               /* ROUTE_METHOD: the method descriptor */
        Type *holder;            /* ROUTE_CLASS_VALUE: the class whose dict has the name */
    } attr_routes[ATTR_ROUTE_SIZE];
    Object *float_freelist;
    int float_freelist_len;
    /* tuple_freelist[n - 1]: freed exact tuples of n items (objects/tuple.c), linked
     * through their first item; tuple_freelist_len[n - 1] counts them. */
#define TUPLE_FREELIST_SIZES 20
    Object *tuple_freelist[TUPLE_FREELIST_SIZES];
    int tuple_freelist_len[TUPLE_FREELIST_SIZES];
    Object *slice_spare;         /* the last freed slice, reused by slice_new (objects/slice.c) */
    Object *list_freelist;       /* freed exact lists, a small item array kept */
    int list_freelist_len;       /* (objects/list.c), linked through ob_size */
    Object *int_freelist;        /* freed exact ints with inline limbs (objects/int.c), */
    int int_freelist_len;        /* linked through ob_type */
    /* dict_hint: for an exact-str key (by address), the entry index where it was last
     * found in some dict (objects/dict.c). Only a hint: it is used when the entry at that
     * index holds that very key object, which is then the key's only entry. */
#define DICT_HINT_SIZE 512
    struct DictHint {
        Object *key;
        intptr_t ix;
    } dict_hint[DICT_HINT_SIZE];

    /* ---- runtime/modules ---- */
    int async_exc_pending;       /* a signal (Ctrl-C) arrived; checked at eval breaks */

    /* ---- runtime/modules/decimal_module.c ----
     * freed Decimals of the plain layout (no dict, no GC), linked through ob_type */
    Object *dec_freelist;
    int dec_freelist_len;
    /* ---- runtime/modules/decimal_context.c ----
     * Decimal._c_support (borrowed) of the class whose version tag is dec_support_tag */
    Object *dec_support;
    unsigned int dec_support_tag;
    /* ---- runtime/modules/contextvarsmodule.c ---- */
    Object *context;             /* the current contextvars.Context (owned), NULL until used */
    /* ---- threads and the interpreter lock (core/interp_lock.c, modules/threadmodule.c) ----
     * eval_breaker: EVAL_BREAK_* bits; CHECK_EVAL_BREAKER loads only this word, and any
     * bit set sends it to eval_handle_pending. Written by other threads (drop requests)
     * and by signal handlers, hence atomic. */
    _Atomic int eval_breaker;
    unsigned long ident;         /* pthread_self() as an integer (_thread.get_ident()) */
    long native_id;              /* the kernel's thread id (_thread.get_native_id()) */
    Object *local_dicts;         /* dict: id of a _thread._local -> its dict on this thread */
    Object *exit_lock;           /* _thread._set_sentinel(): released when this state dies */

    /* ---- runtime/vm/trace.c: sys.settrace/sys.setprofile (NULL until first set) ---- */
    struct TraceState *trace;

    /* ---- api/legacy: PyGILState_Ensure/Release (api/legacy/threads.c) ---- */
    int gilstate_depth;          /* Ensure calls on this thread not yet Released */
    bool gilstate_made;          /* made by Ensure: the outermost Release deletes it */
    /* The kwargs dict of the last keyword call into a C function, emptied for the next
     * one when the callee kept no reference (api/legacy/typeobj.c); NULL when in use. */
    Object *legacy_kwargs_spare;
};

#define EVAL_BREAK_SIGNAL 1      /* async_exc_pending was set */
#define EVAL_BREAK_DROP_LOCK 2   /* another thread waited a switch interval for the lock */
#define EVAL_BREAK_TRACE 4       /* a trace or profile function is set: run the tracing loop
                                    (vm/trace.c; stays set while one is) */

struct Interp {
    int id;
    Thread *threads;
    pthread_mutex_t lock;        /* the interpreter's own lock (one per interpreter) */
    int recursion_limit;         /* sys.getrecursionlimit(), default 1000 */
    GCState gc;

    /* ---- objects: strings, types ---- */
    Object *interned;            /* dict: str -> the interned str, for this interpreter */
    Object *str_wchar_forms;     /* dict: a str's address -> bytes, its wchar_t form
                                    (str_wchar); the entry goes with the str */
    unsigned int next_type_version;
    uint32_t next_dict_cache_version; /* last dict cache version drawn (objects/dict.c) */
    int int_max_str_digits;      /* sys.{get,set}_int_max_str_digits(); 0 = no limit.
                                    interp_new sets INT_MAX_STR_DIGITS_DEFAULT (4300) */

    /* ---- runtime/modules: import system, sys, builtins ---- */
    Object *modules;             /* sys.modules (dict) */
    Object *builtins;            /* the builtins module's dict */
    Object *sysdict;             /* the sys module's dict */
    Object *importlib_state;     /* reserved for the import system */
    int argc;
    char **argv;

    /* ---- runtime/vm ---- */
    Object *eval_breaker_unused; /* placeholder; the VM owns this section */
    /* Called at eval breaks when a thread's async_exc_pending is set (signal handlers);
     * returns -1 with an exception to raise it there. NULL: KeyboardInterrupt. */
    int (*eval_pending_hook)(Thread *t);
    struct SpecStats *spec_stats; /* -X stats: specializer counters, or NULL (vm/specialize.h) */
    bool spec_dis;               /* -X dis: dump the quickened code after running */
    uint32_t next_func_version;  /* last function version drawn (vm/function.c) */

    /* ---- threads and the interpreter lock (core/interp_lock.c) ----
     * `lock` above is the mutex guarding these fields; the interpreter lock itself is
     * "lock_holder != NULL". Python code of this interpreter runs only in lock_holder. */
    pthread_cond_t lock_released;  /* signalled when the holder lets go */
    pthread_cond_t lock_switched;  /* broadcast when some thread took the lock */
    Thread *lock_holder;
    int lock_waiters;
    unsigned long lock_switches;   /* how many times the lock changed hands */
    long switch_interval_us;       /* sys.setswitchinterval(), default 5000 */
    Thread *main_thread;
    int thread_count;              /* threads started by _thread and still running */
    size_t thread_stack_size;      /* _thread.stack_size(); 0: the system default */
    bool finalizing;               /* shutting down: threads other than main stay parked */
    /* signal module (modules/signalmodule.c): set by the C handler, read at eval breaks */
    _Atomic int signal_tripped[65];
    Object *signal_handlers;       /* list of the Python handlers, by signal number */
    int signal_wakeup_fd;          /* signal.set_wakeup_fd(), -1: none */

    /* ---- api/legacy ---- */
    Object *legacy_state;          /* dict: the C API's per-interpreter state (PyState_AddModule,
                                      PyInterpreterState_GetDict); NULL until used */
};

/* ---- lifecycle (core/state.c) ---------------------------------------------------------- */

/* Builds the process-wide Runtime once (thread-safe, idempotent). */
void runtime_init(void);
/* A new interpreter with its main thread (returned). NULL if memory ran out. */
Thread *interp_new(void);
void interp_free(Interp *interp);
/* The calling OS thread's Spry thread state (core/state.c). Allow-listed writable TLS
 * (see tools/check_globals.sh): the one way finalizers and the legacy API find their
 * thread. Inline, because deallocation paths ask for it on every free. */
extern __thread Thread *current_thread __attribute__((tls_model("initial-exec")));

/* The Thread of the calling OS thread, for code reached without one (finalizers run from
 * deallocation, the legacy C API). NULL if the OS thread has none. */
static inline Thread *thread_current(void) { return current_thread; }
void thread_set_current(Thread *t);

/* ---- threads and the interpreter lock (core/interp_lock.c, core/state.c) ---------------- */

/* A new Thread state of interp for the calling OS thread (its heap, stack limit and ids;
 * it becomes thread_current()), not yet running: NULL if memory ran out (no exception).
 * thread_start takes the lock and links it into the interpreter's list. */
Thread *thread_new(Interp *interp);
void thread_start(Thread *t);
/* On the thread, lock held, its Python-level state already cleared (modules/threadmodule.c):
 * unlinks and frees t, releasing the lock for good. */
void thread_delete_current(Thread *t);

void interp_lock_init(Interp *interp);
/* Records that signal `sig` arrived, for the main thread's next eval break (signal module,
 * _thread.interrupt_main). Async-signal-safe: it only sets flags. */
void interp_trip_signal(Interp *interp, int sig);
/* Blocking C code brackets its system call with these: while released, the thread must not
 * touch any Python object. */
void thread_release(Thread *t);
void thread_reacquire(Thread *t);
/* Whether t holds its interpreter's lock right now. */
bool thread_holds_lock(Thread *t);
/* Shutdown: from now on threads other than the main one that let go of the lock never get
 * it back (daemon threads park until the process exits). */
void interp_begin_finalizing(Interp *interp);
/* Honours a drop request: lets a waiting thread run, then takes the lock back. */
void interp_lock_yield(Thread *t);

/* Recursion guard for C code that re-enters Python or recurses over user data.
 * rec_enter fails with RecursionError ("maximum recursion depth exceeded" + where). */
bool rec_enter(Thread *t, const char *where);
static inline void rec_leave(Thread *t) { t->depth--; }

#endif
