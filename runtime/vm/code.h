/* Code objects: the compiler's output and the interpreter's input. Owner of the
 * implementation: runtime/compiler (code.c, position and exception tables); the
 * interpreter (runtime/vm) reads it and rewrites instructions in place when quickening.
 *
 * Instructions are 16-bit code units: low byte opcode, high byte oparg (EXTENDED_ARG
 * prefixes widen the oparg). An instruction with N inline cache entries (opcode_meta.h's
 * cache size) is followed by N CACHE units, zeroed by the compiler. Jump opargs count code
 * units relative to the instruction after the jump (caches included).
 *
 * Frame slots ("localsplus"): arguments and locals first, then cell variables, then free
 * variables, as named by localsplusnames and classified by localspluskinds.
 */
#ifndef SPRY_VM_CODE_H
#define SPRY_VM_CODE_H
#include "core/object.h"

typedef uint16_t CodeUnit;
#define CODEUNIT_OP(u) ((u) & 0xff)
#define CODEUNIT_ARG(u) ((u) >> 8)
#define CODEUNIT_MAKE(op, arg) ((CodeUnit)((op) | ((arg) << 8)))

/* co_flags: CPython's values. */
#define CO_OPTIMIZED 0x0001
#define CO_NEWLOCALS 0x0002
#define CO_VARARGS 0x0004
#define CO_VARKEYWORDS 0x0008
#define CO_NESTED 0x0010
#define CO_GENERATOR 0x0020
#define CO_NOFREE 0x0040
#define CO_COROUTINE 0x0080
#define CO_ITERABLE_COROUTINE 0x0100
#define CO_ASYNC_GENERATOR 0x0200
#define CO_FUTURE_ANNOTATIONS 0x1000000

/* localspluskinds bits: CPython 3.11's values. A cell that is also an argument has both
 * CO_FAST_LOCAL and CO_FAST_CELL. */
#define CO_FAST_LOCAL 0x20
#define CO_FAST_CELL 0x40
#define CO_FAST_FREE 0x80

typedef struct Code {
    VarObject ob;              /* ob_size = number of code units */
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    int stacksize;             /* maximum value-stack depth */
    int nlocalsplus, nlocals, ncellvars, nfreevars;
    int firstlineno;
    Object *consts;            /* tuple; nested code objects are constants */
    Object *names;             /* tuple of str: globals, attributes, imports */
    Object *localsplusnames;   /* tuple of str, nlocalsplus long */
    Object *localspluskinds;   /* bytes, nlocalsplus long */
    Object *filename, *name, *qualname;
    Object *linetable;         /* bytes: positions, see code_addr2location */
    Object *exceptiontable;    /* bytes: handlers, see code_find_handler */
    Object *doc;               /* the docstring of a function/class body, or NULL */
    void *quicken_data;        /* owned by the specializer (runtime/vm) */
    int32_t *line_cache;       /* per code unit: its line (-1: none); built on first need
                                  by code_line_cached (one mem_alloc block), or NULL */
    struct CodeHandler *handler_cache; /* exceptiontable decoded by code_find_handler_cached
                                  (one mem_alloc block), or NULL */
    Object *weakreflist;       /* weak references to the code object */
    CodeUnit code[];           /* ob_size units; writable (quickening) */
} Code;

extern Type code_type;
#define CODE(o) ((Code *)(o))

/* Source positions of the instruction at code-unit offset `offset` (1-based lines,
 * 0-based UTF-8 byte columns as the AST's; -1 where unknown). Returns false if none. */
bool code_addr2location(const Code *co, int offset, int *line, int *end_line, int *col,
                        int *end_col);
static inline int code_addr2line(const Code *co, int offset) {
    int line, el, c, ec;
    return code_addr2location(co, offset, &line, &el, &c, &ec) ? line : -1;
}
/* code_addr2line through a table built once per code object (traceback entries are
 * made for every frame an exception passes through). */
int code_line_cached(Thread *t, Code *co, int offset);
/* The innermost handler covering `offset`: jump target, stack depth to unwind to, and
 * whether the offset of the raising instruction is pushed too (lasti). */
bool code_find_handler(const Code *co, int offset, int *target, int *depth, bool *lasti);
/* code_find_handler through the table decoded once per code object (every frame an
 * exception passes through looks its handler up). */
bool code_find_handler_cached(Thread *t, Code *co, int offset, int *target, int *depth,
                              bool *lasti);

#endif
