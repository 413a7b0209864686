#!/usr/bin/env bash
# Lists the writable global symbols of the built runtime library and fails on any that is
# not allowed below. Spry keeps all mutable state in Interp/Thread (docs/CONVENTIONS.md);
# what remains writable is written only during runtime_init() and immutable afterwards.
# Usage: tools/check_globals.sh build/libspry.a
set -euo pipefail
lib=${1:-build/libspry.a}

# Allowed writable symbols, each with its reason:
#   *_type, exc_*        static type objects: readied once by runtime_init(), immutable after
#   spry_runtime         process-wide identifier strings, built once by runtime_init()
#   bool_true_obj, bool_false_obj, none_obj, notimplemented_obj, ellipsis_obj
#                        immortal singletons (their refcount is never written)
#   current_thread       (TLS) the calling OS thread's Thread, for finalizers/legacy API
allowed='^(.*_type|exc_[A-Za-z]+|spry_runtime|bool_true_obj|bool_false_obj|none_obj|notimplemented_obj|ellipsis_obj|current_thread|.*_singleton|.*_obj_storage)$'

# Writable data: D/d (initialized), B/b (zero-initialized), plus TLS symbols in .tdata/.tbss.
bad=$(nm --defined-only "$lib" 2>/dev/null | awk '$2 ~ /^[DdBb]$/ {print $3}' | sort -u | grep -Ev "$allowed" || true)
if [ -n "$bad" ]; then
    echo "writable global symbols not in the allow-list of tools/check_globals.sh:"
    echo "$bad" | sed 's/^/  /'
    exit 1
fi
echo "check_globals: no unexpected writable globals"
