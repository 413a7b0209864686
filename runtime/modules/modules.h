/* Built-in modules implemented in C: their creation functions (see builtin_modules.def).
 * Owner: runtime/modules. */
#ifndef SPRY_MODULES_MODULES_H
#define SPRY_MODULES_MODULES_H
#include "core/object.h"

#define BUILTIN_MODULE(name, fn) Object *fn(Thread *t);
#include "modules/builtin_modules.def"
#undef BUILTIN_MODULE

/* Per-interpreter start-up of the module system: sys, builtins, sys.modules, the import
 * machinery. Called by interp_new once the interpreter's basic state exists. */
int modules_interp_init(Thread *t);
/* The builtins module (runtime/modules/builtins*.c). */
Object *builtins_module_create(Thread *t);
/* Interpreter shutdown: atexit callbacks, flushing sys.stdout/sys.stderr. */
void modules_interp_fini(Thread *t);

/* sys.argv = argv[0..argc) and sys.path[0] = path0 ("" for the current directory). */
int sys_set_argv(Thread *t, int argc, char **argv, const char *path0);
/* sys.<name>, borrowed; NULL if absent. */
Object *sys_get(Thread *t, const char *name);
/* sys._xoptions from the -X options (name -> True, name=value -> 'value'). */
int sys_set_xoptions(Thread *t, int n, const char *const *opts);
/* sys.warnoptions: the comma-separated entries of env (PYTHONWARNINGS; may be NULL),
 * then the -W options, which the warnings module applies in that order. */
int sys_set_warnoptions(Thread *t, const char *env, int n, const char *const *opts);
/* -u: sys.stdout and sys.stderr write through (no buffering). */
int sys_set_unbuffered(Thread *t);
/* Flushes sys.stdout and sys.stderr, ignoring errors. */
void sys_flush_std_streams(Thread *t);
/* The type of sys.unraisablehook's argument (err_write_unraisable makes them). */
extern Type sys_unraisable_hook_args_type;
/* sys.unraisablehook's default report of exc (borrowed): "<err_msg>: <repr(obj)>"
 * ("Exception ignored in" when err_msg is None or REF_NULL), or "<err_msg>:" without obj,
 * then the exception. */
void err_print_unraisable(Thread *t, Ref exc, Ref err_msg, Ref obj);

/* What a dying thread leaves behind (its threading.local dicts, its _set_sentinel lock),
 * dropped while it still holds the lock, before thread_delete_current. */
void thread_drop_python_state(Thread *t);
/* Frees the Decimals waiting on t's free list (t->dec_freelist) when t ends. */
void decimal_release_freelist(Thread *t);

/* The value of the ContextVar var in t's current context (new reference), or REF_NULL:
 * with an error set, or without one when var has no value there (its default is not
 * consulted). For C callers that keep their own state in a ContextVar (decimal). */
Ref contextvar_lookup(Thread *t, Ref var);
/* contextvars.copy_context(): a new Context with the current one's variables. */
Object *contextvars_copy_current(Thread *t);
/* ctx.run(fn, *args) for a Context ctx (contextvars_is_context). */
bool contextvars_is_context(Ref r);
Ref contextvars_run(Thread *t, Ref ctx, Ref fn, const Ref *args, size_t nargs);

/* import name (dotted); a new reference to the module or REF_NULL. */
Ref import_module(Thread *t, const char *name);
/* Runs module `name` as __main__ (the -m option), as runpy does. 0, or -1 with an
 * exception set. */
int import_run_module_as_main(Thread *t, const char *name);

#endif
