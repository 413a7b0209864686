/* Readying the static types listed in modules/module_types.def when their module is first
 * imported in the process. Each type is readied under its own pthread_once, so
 * interpreters importing the module in parallel ready it exactly once; afterwards it is
 * as immutable as the types runtime_init() readies. */
#include <pthread.h>
#include <string.h>

#include "modules/import.h"
#include "spry.h"

/* A pthread_once routine has no arguments: the failure stays visible as the missing
 * TPFLAG_READY, and the caller's pending exception (if any) is kept. */
static void ready_late_type(Type *type) {
    Thread *t = thread_current();
    if (!t) return;
    Ref saved = err_fetch(t);
    (void)type_ready(t, type);
    err_clear(t);
    err_restore(t, saved);
}

#define MODULE_TYPE(module, type)                                                          \
    extern Type type;                                                                      \
    static void ready_##type(void) { ready_late_type(&type); }                            \
    static void ready_once_##type(void) {                                                  \
        static pthread_once_t once = PTHREAD_ONCE_INIT;                                    \
        pthread_once(&once, ready_##type);                                                 \
    }
#include "modules/module_types.def"
#undef MODULE_TYPE

static const struct {
    const char *module;
    Type *type;
    void (*ready_once)(void);
} module_types[] = {
#define MODULE_TYPE(module, type) {#module, &type, ready_once_##type},
#include "modules/module_types.def"
#undef MODULE_TYPE
};

int import_ready_module_types(Thread *t, const char *module) {
    for (size_t i = 0; i < sizeof module_types / sizeof module_types[0]; i++) {
        if (strcmp(module_types[i].module, module) != 0) continue;
        module_types[i].ready_once();
        if (!type_has_flag(module_types[i].type, TPFLAG_READY))
            return err_format(t, &exc_SystemError, "cannot initialize the %s types", module), -1;
    }
    return 0;
}
