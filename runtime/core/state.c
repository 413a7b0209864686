/* Process start-up, interpreters and threads. */
#include <limits.h>
#include <mimalloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "modules/modules.h"
#include "spry.h"
#include "vm/trace.h"

Runtime spry_runtime;

__thread Thread *current_thread __attribute__((tls_model("initial-exec")));

void thread_set_current(Thread *t) { current_thread = t; }


/* ---- process-wide start-up ------------------------------------------------------------- */

#define STATIC_TYPE(name) extern Type name;
#include "core/static_types.def"
#undef STATIC_TYPE

static Type *const static_types[] = {
#define STATIC_TYPE(name) &name,
#include "core/static_types.def"
#undef STATIC_TYPE
#define EXC(name, base, layout) &exc_##name,
#include "objects/exceptions.def"
#undef EXC
};

/* A Thread is large (its caches take about 57 KB) and starts zeroed: fresh anonymous pages
 * are zero already and are touched only as the caches fill, where calloc clears them all
 * at every start. */
static Thread *thread_storage_new(void) {
    void *p = mmap(NULL, sizeof(Thread), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static void thread_storage_free(Thread *t) {
    if (t) munmap(t, sizeof *t);
}

static void fatal(const char *what) {
    fprintf(stderr, "spry: fatal error during start-up: %s\n", what);
    abort();
}

/* A thread state used only while building the process-wide objects; its heap is never
 * destroyed because everything allocated on it is immortal. */
static Thread *boot_thread(void) {
    Interp *interp = calloc(1, sizeof *interp);
    Thread *t = thread_storage_new();
    if (!interp || !t) fatal("out of memory");
    interp->recursion_limit = 1000;
    gc_interp_init(interp);
    t->interp = interp;
    t->heap = mi_heap_new();
    t->max_request = mem_max_request();
    if (!t->heap) fatal("out of memory");
    return t;
}

static void runtime_init_once(void) {
    Thread *boot = boot_thread();
    spry_runtime.boot_interp = boot->interp;
    Thread *saved = thread_current();
    thread_set_current(boot);
    exceptions_runtime_init();
    int_runtime_init();
    str_runtime_init(boot);
    if (exceptions_group_set_bases(boot) < 0) fatal("out of memory");
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0]; i++) {
        if (type_ready(boot, static_types[i]) < 0) {
            fprintf(stderr, "spry: cannot ready type %s\n", static_types[i]->tp_name);
            if (err_occurred(boot)) err_print_exception(boot, err_fetch(boot));
            fatal("static types");
        }
    }
    thread_set_current(saved);
}

void runtime_init(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, runtime_init_once);
}

/* ---- interpreters and threads ------------------------------------------------------------ */

extern void *__libc_stack_end;   /* glibc: the stack pointer when the process started */
extern char **environ;

/* The process's main thread's stack, found without pthread_getattr_np, which reads
 * /proc/self/maps for it (0.1 ms, a twentieth of start-up): it is RLIMIT_STACK bytes below
 * its top, and its top lies just above the environment strings (then only the program's
 * file name, at most PATH_MAX bytes, and a pointer). False for another thread, an
 * unlimited stack, or no environment string to place the top. */
static bool main_thread_stack(void **addr, size_t *size) {
    struct rlimit rl;
    if (syscall(SYS_gettid) != getpid() || getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return false;
    char *start = __libc_stack_end, *strings_end = NULL;
    for (char **e = environ; e && *e; e++) {
        char *end = *e + strlen(*e) + 1;
        if (*e > start && end > strings_end) strings_end = end;
    }
    if (!strings_end) return false;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    uintptr_t top = ((uintptr_t)strings_end + PATH_MAX + sizeof(void *) + page - 1) & ~(uintptr_t)(page - 1);
    if (rl.rlim_cur >= top) return false;
    *size = (size_t)rl.rlim_cur;
    *addr = (void *)(top - *size);
    return true;
}

/* The lowest address this thread's C code may use before RecursionError, leaving room
 * for the handlers that report it. */
static char *c_stack_limit_for_this_thread(void) {
    void *addr;
    size_t size;
    if (!main_thread_stack(&addr, &size)) {
        pthread_attr_t attr;
        if (pthread_getattr_np(pthread_self(), &attr) != 0) return NULL;
        int rc = pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
        if (rc != 0) return NULL;
    }
    size_t margin = size / 8 > (512u << 10) ? (512u << 10) : size / 8;
#ifdef SPRY_SANITIZE
    margin = size / 4;
#endif
    return (char *)addr + margin;
}

static int thread_attach(Thread *t);

Thread *interp_new(void) {
    runtime_init();
    Interp *interp = calloc(1, sizeof *interp);
    Thread *t = thread_storage_new();
    if (!interp || !t) {
        free(interp);
        thread_storage_free(t);
        return NULL;
    }
    pthread_mutex_init(&interp->lock, NULL);
    interp_lock_init(interp);
    interp->recursion_limit = 1000;
    interp->threads = t;
    interp->main_thread = t;
    interp->lock_holder = t;
    interp->signal_wakeup_fd = -1;
    gc_interp_init(interp);
    t->interp = interp;
    if (thread_attach(t) < 0) {
        free(interp);
        thread_storage_free(t);
        return NULL;
    }
    interp->interned = dict_new(t);
    if (!interp->interned || modules_interp_init(t) < 0) {
        if (err_occurred(t)) err_print_exception(t, err_fetch(t));
        return NULL;
    }
    Interp *none = NULL;
    __atomic_compare_exchange_n(&spry_runtime.main_interp, &none, interp, false, __ATOMIC_ACQ_REL,
                                __ATOMIC_ACQUIRE);
    return t;
}

void interp_free(Interp *interp) {
    /* Objects are reclaimed with the heaps; finalization at exit is the import system's
     * (atexit) and the GC's business. */
    for (Thread *t = interp->threads, *next; t; t = next) {
        next = t->next_in_interp;
        if (thread_current() == t) thread_set_current(NULL);
        mem_release_spare(t);
        thread_storage_free(t);
    }
    pthread_cond_destroy(&interp->lock_released);
    pthread_cond_destroy(&interp->lock_switched);
    pthread_mutex_destroy(&interp->lock);
    free(interp->spec_stats);
    free(interp);
}

Thread *thread_new(Interp *interp) {
    Thread *t = thread_storage_new();
    if (!t) return NULL;
    t->interp = interp;
    if (thread_attach(t) < 0) {
        thread_storage_free(t);
        return NULL;
    }
    return t;
}

void thread_start(Thread *t) {
    thread_reacquire(t);
    t->next_in_interp = t->interp->threads;
    t->interp->threads = t;
}

static int thread_attach(Thread *t) {
    t->heap = mi_heap_new();
    if (!t->heap) return -1;
    t->max_request = mem_max_request();
    t->c_stack_limit = c_stack_limit_for_this_thread();
    t->ident = (unsigned long)pthread_self();
    t->native_id = (long)syscall(SYS_gettid);
    thread_set_current(t);
    return 0;
}

void thread_delete_current(Thread *t) {
    Interp *in = t->interp;
    for (Thread **p = &in->threads; *p; p = &(*p)->next_in_interp) {
        if (*p == t) {
            *p = t->next_in_interp;
            break;
        }
    }
    while (t->float_freelist) {
        Object *o = t->float_freelist;
        t->float_freelist = (Object *)o->ob_type;
        mem_free(o);
    }
    obj_xdecref(t->legacy_kwargs_spare);
    t->legacy_kwargs_spare = NULL;
    mem_release_spare(t);
    tuple_release_freelists(t);
    list_release_freelist(t);
    int_release_freelist(t);
    decimal_release_freelist(t);
    ref_close(t->exc);
    t->exc = REF_NULL;
    trace_release(t);
    slice_release_spare(t);
    thread_release(t);
    thread_set_current(NULL);
    /* Blocks still in use move to the OS thread's default heap, which mimalloc hands over
     * when the thread ends; any thread may free them. */
    mi_heap_delete(t->heap);
    thread_storage_free(t);
}

bool rec_enter(Thread *t, const char *where) {
    char probe;
    if (++t->depth > t->interp->recursion_limit ||
        (t->c_stack_limit && &probe < t->c_stack_limit)) {
        t->depth--;
        err_format(t, &exc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return false;
    }
    return true;
}
