/* Ref: the tagged value representation. All bit-level access to a Ref lives here.
 *
 * A Ref is one machine word, wrapped in a struct so that mixing it with a pointer or an
 * integer is a compile error. The two low bits say what the word holds:
 *
 *     bits = v << 1 | 1     small int v, a 63-bit signed integer. Never allocated, never
 *                           refcounted. v ranges over [REF_INT_MIN, REF_INT_MAX].
 *     bits = p | 0b00       owned pointer to a heap object (p is 8-aligned). The holder
 *                           owns one reference: ref_dup increments, ref_close decrements.
 *     bits = p | 0b10       borrowed pointer to an immortal object (None, True, built-in
 *                           types, interned identifiers, ...). No count is ever touched.
 *     bits = 0              REF_NULL: "no value". Returned with an exception set to mean
 *                           "error", or without one where a function documents it
 *                           (iternext: exhausted; dict lookup: missing).
 *
 * Invariants:
 *   - Integers are normally canonical: arithmetic returns a tagged int whenever the value
 *     fits in 63 bits. Heap ints with small values can still appear (boxes handed to legacy
 *     extensions, int subclasses), so every int operation accepts both forms and they
 *     compare, hash and print identically.
 *   - Any pointer Ref may carry either pointer tag for an immortal object; identity
 *     compares the untagged pointer (ref_is).
 *   - Nothing outside this header looks at `bits`.
 */
#ifndef SPRY_CORE_REF_H
#define SPRY_CORE_REF_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Object Object;

typedef struct Ref {
    uintptr_t bits;
} Ref;

_Static_assert(sizeof(Ref) == sizeof(void *), "a Ref is one machine word");
_Static_assert(sizeof(void *) == 8, "Spry assumes a 64-bit target");

#define REF_TAG_MASK ((uintptr_t)3)
#define REF_TAG_BORROWED ((uintptr_t)2)
#define REF_INT_MAX ((int64_t)(INT64_MAX >> 1))
#define REF_INT_MIN ((int64_t)(INT64_MIN >> 1))
#define REF_NULL ((Ref){0})

/* Immortal objects have this refcount; it is never written again. */
#define REFCNT_IMMORTAL ((intptr_t)1 << 60)
/* Added to the refcount of an object with deferred reference counting (functions,
 * classes, modules: see docs/GC.md). Such objects may be referenced from the value stack
 * without being counted (a `...10` Ref); only their counted references are above this. */
#define REFCNT_DEFERRED ((intptr_t)1 << 40)

static inline bool ref_is_null(Ref r) { return r.bits == 0; }
static inline bool ref_is_int(Ref r) { return (r.bits & 1) != 0; }
static inline bool ref_is_obj(Ref r) { return !ref_is_int(r) && r.bits != 0; }

static inline bool ref_int_fits(int64_t v) { return v >= REF_INT_MIN && v <= REF_INT_MAX; }

/* The value of a small int. Only valid when ref_is_int(r). */
static inline int64_t ref_int(Ref r) { return (int64_t)r.bits >> 1; }

/* A small int. The caller guarantees ref_int_fits(v); int_from_i64 handles any int64. */
static inline Ref ref_from_int(int64_t v) { return (Ref){((uintptr_t)v << 1) | 1}; }

/* The object a pointer Ref refers to. Only valid when ref_is_obj(r). */
static inline Object *ref_obj(Ref r) { return (Object *)(r.bits & ~REF_TAG_MASK); }

/* Like ref_obj, but NULL for REF_NULL; not valid for small ints. */
static inline Object *ref_obj_or_null(Ref r) { return (Object *)(r.bits & ~REF_TAG_MASK); }

/* Wraps an owned reference (steals it). o may be NULL, giving REF_NULL. */
static inline Ref ref_from_obj(Object *o) { return (Ref){(uintptr_t)o}; }

/* A Ref to an immortal object, which needs no counting. */
static inline Ref ref_immortal(const void *o) { return (Ref){(uintptr_t)o | REF_TAG_BORROWED}; }

static inline bool ref_is_borrowed(Ref r) { return (r.bits & REF_TAG_MASK) == REF_TAG_BORROWED; }

/* Identity (`is`): same small int value or same object. */
static inline bool ref_is(Ref a, Ref b) {
    if (ref_is_int(a) || ref_is_int(b)) return a.bits == b.bits;
    return (a.bits & ~REF_TAG_MASK) == (b.bits & ~REF_TAG_MASK);
}

static inline bool ref_is_object(Ref r, const void *o) {
    return !ref_is_int(r) && (r.bits & ~REF_TAG_MASK) == (uintptr_t)o;
}

#endif
