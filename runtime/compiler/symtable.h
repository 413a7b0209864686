/* symtable.h — scopes and the classification of every name (CPython 3.11's rules).
 *
 * One Scope per module, class body, function, lambda and comprehension (3.11 compiles
 * comprehensions and generator expressions as nested functions). The first pass records,
 * per scope, how each name is used (DEF_* flags); the analysis pass then decides where
 * each name lives (SC_*): a fast local, a cell (local captured by an inner scope), a free
 * variable (captured from an enclosing function), an explicit or implicit global.
 * Everything lives in the compiler's Arena; nothing here holds runtime objects.
 *
 * Scopes are found again by the AST node that created them (`key`): the FunctionDef /
 * AsyncFunctionDef / ClassDef statement, the Lambda / comprehension expression, or the
 * module (the AstMod).
 */
#ifndef SPRY_COMPILER_SYMTABLE_H
#define SPRY_COMPILER_SYMTABLE_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include "core/object.h"
#include "compiler/ast.h"

/* Usage flags (CPython's DEF_* values). */
#define DEF_GLOBAL 0x001       /* global statement */
#define DEF_LOCAL 0x002        /* assigned in this scope */
#define DEF_PARAM 0x004        /* parameter */
#define DEF_NONLOCAL 0x008     /* nonlocal statement */
#define DEF_USE 0x010          /* read */
#define DEF_FREE_CLASS 0x040   /* free in a method and also bound in the class body */
#define DEF_IMPORT 0x080       /* bound by import */
#define DEF_ANNOT 0x100        /* annotated */
#define DEF_COMP_ITER 0x200    /* comprehension iteration variable */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Where a name lives (CPython's scope values). */
enum { SC_NONE = 0, SC_LOCAL = 1, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL };

typedef enum ScopeType { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION } ScopeType;

typedef struct Symbol {
    const char *name;       /* mangled */
    int flags;              /* DEF_* */
    int scope;              /* SC_*, after analysis */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeType type;
    const char *name;
    const void *key;
    Scope *parent;

    Symbol *syms;           /* in order of first mention */
    int nsyms, capsyms;
    int *slots;             /* hash index into syms (index+1, 0 = empty) */
    int nslots;

    const char **params;    /* parameter names in order (co_varnames prefix) */
    int nparams, capparams;

    Scope **children;       /* in source order */
    int nchildren, capchildren;

    int lineno, col_offset, end_lineno, end_col_offset;

    bool nested;            /* inside a function (lexically) */
    bool generator;         /* contains yield / yield from (or is a genexp) */
    bool coroutine;         /* async def, or an async comprehension */
    bool comprehension;     /* comprehension / genexp scope */
    bool is_genexp;
    bool is_lambda;
    bool varargs, varkeywords;
    bool returns_value;
    bool needs_class_closure; /* class: some method uses __class__ / super() */
    bool child_free;        /* a child scope has free variables */
    bool has_free;          /* this scope has free variables */
    bool comp_iter_target_active; /* visiting a comprehension's iteration target */
    int comp_iter_expr;     /* >0 while visiting a comprehension's iterable */
    int comp_kind;          /* comprehension: AST_ListComp, ... (AstExprKind) */
};

typedef struct SymTable {
    Scope *top;
    Arena *arena;
    /* key -> scope map */
    const void **keys;
    Scope **vals;
    int nmap;               /* capacity (power of two) */
    int nused;
    void *directives;  /* symtable.c's list of global/nonlocal directives */
} SymTable;

/* Raises SyntaxError(msg) for a source range (compile.c). Lines 1-based, columns 0-based
 * UTF-8 byte offsets as in the AST; the exception gets offset = col + 1 and end_offset =
 * end_col + 1 (CPython's compiler reports byte offsets too) and, when the filename is a
 * real file name (not "<...>"), the text of the line from `src`. */
void compile_set_syntax_error(Thread *t, Object *filename, const char *src, size_t len,
                              const char *msg, int lineno, int col, int end_lineno,
                              int end_col);

/* Builds the table for a parsed module/expression/interactive statement. On error returns
 * NULL with a SyntaxError set on t (`src`/`len` give the source line text for it). */
SymTable *symtable_build(Thread *t, Arena *a, AstMod *mod, Object *filename,
                         const char *src, size_t len);
Scope *symtable_lookup(SymTable *st, const void *key);

/* The symbol for a (mangled) name in a scope, or NULL. */
Symbol *scope_symbol(Scope *s, const char *name);
/* SC_* of a name; SC_NONE if the scope does not know it. */
int scope_name_scope(Scope *s, const char *name);

/* Private name mangling (`__x` inside class C -> `_C__x`); returns `name` itself when no
 * mangling applies, else an arena string. */
const char *symtable_mangle(Arena *a, const char *private_name, const char *name);

#endif
