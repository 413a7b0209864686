#!/usr/bin/env bash
# Lists the writable global (and function-static) variables of the built runtime library
# and fails on any that is not allowed below. Spry keeps all mutable state in
# Interp/Thread (docs/CONVENTIONS.md); what remains writable is written only during
# runtime_init() and immutable afterwards.
# Usage: tools/check_globals.sh build/libspry.a
set -euo pipefail
lib=${1:-build/libspry.a}

# Allowed writable symbols, each with its reason:
#   *_type, exc_*       static type objects: readied once by runtime_init(), immutable after
#   spry_runtime        process-wide identifier strings, built once by runtime_init(); its
#                       main_interp and legacy_inittab are the pre-start exceptions (core/runtime.h)
#   *_obj, *_storage    immortal statically allocated objects (None, True, (), ...): their
#                       refcount is never written
#   current_thread      (TLS) the calling OS thread's Thread, for finalizers and legacy API
#   once.N, FN.once     a function-static pthread_once control (GCC's and clang's names)
allowed='^(.*_type|exc_[A-Za-z]+|spry_runtime|.*_obj|.*_storage|current_thread|once\.[0-9]+|[A-Za-z0-9_]+\.once)$'

# Symbols in writable data sections: .data/.bss/.tdata/.tbss (and their suffixed forms),
# but not .data.rel.ro, which is read-only once the loader has relocated it.
bad=$(objdump -t "$lib" 2>/dev/null |
      awk '$0 ~ / O / { sec = ""; for (i = 1; i <= NF; i++) if ($i ~ /^\./ || $i == "*COM*") { sec = $i; break }
                         if (sec ~ /^\.(data|bss|tdata|tbss)/ && sec !~ /^\.data\.rel\.ro/) print $NF }' |
      sort -u | grep -Ev "$allowed" || true)
if [ -n "$bad" ]; then
    echo "writable global or static variables not in the allow-list of tools/check_globals.sh:"
    echo "$bad" | sed 's/^/  /'
    exit 1
fi
echo "check_globals: no unexpected writable globals"
