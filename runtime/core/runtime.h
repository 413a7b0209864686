/* The process-wide runtime: data shared by every interpreter.
 *
 * Built once by runtime_init() (under pthread_once) and never written afterwards, which
 * is what lets interpreters run in parallel without sharing mutable state. Holds the
 * identifier strings; static types and singletons are separate immortal globals
 * initialized by the same call.
 */
#ifndef SPRY_CORE_RUNTIME_H
#define SPRY_CORE_RUNTIME_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "core/object.h"

typedef struct RuntimeIds {
#define IDENT(name) Object *id_##name;
#include "core/identifiers.def"
#undef IDENT
} RuntimeIds;

typedef struct Runtime {
    RuntimeIds ids;
    /* dict: text -> process-wide interned str (the identifiers and every name interned
     * while readying the static types); str_intern consults it first */
    Object *ids_by_text;
    Object *str_empty;     /* the immortal "" (objects/str.c) */
    Object *str_latin1[256]; /* immortal one-character strings U+0000..U+00FF */
    /* The start-up interpreter: its next_type_version numbers every static type, also those
     * a module readies later from another interpreter (atomically; see type.c). */
    Interp *boot_interp;

    /* The two fields written after runtime_init(), each while no other thread can read it:
     * main_interp, once (atomically) by the first interp_new -- the interpreter a thread
     * unknown to Spry joins through PyGILState_Ensure; legacy_inittab, by
     * PyImport_AppendInittab before main_interp exists (api/legacy/embed.c), read-only
     * afterwards. */
    Interp *main_interp;
    struct LegacyInittab *legacy_inittab;
} Runtime;

/* Written only inside runtime_init(), save the two fields above; see the allow-list in
 * tools/check_globals.sh. */
extern Runtime spry_runtime;

/* The interned, immortal str for a name listed in core/identifiers.def. */
#define ID(name) (spry_runtime.ids.id_##name)

#endif
