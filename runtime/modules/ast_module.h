/* The `ast` module's C side (module `_ast_core`): Spry's C syntax tree (compiler/ast.h)
 * to Python node objects and back, driven by the node table of compiler/ast_schema.h.
 * The node classes themselves are built in Python (runtime/lib/_ast.py) from
 * _ast_core.schema(). Owner: runtime/modules/ast_*.c. */
#ifndef SPRY_MODULES_AST_MODULE_H
#define SPRY_MODULES_AST_MODULE_H
#include "compiler/ast_schema.h"
#include "core/object.h"

#define AST_MAX_FIELDS 8
#define AST_MAX_ENUM 16
#define AST_ENUM_SORTS (AS_CMPOP - AS_EXPR_CONTEXT + 1)
#define AST_DESC_SLOTS 80

/* The node classes of the `_ast` module and the interned names of their fields, looked
 * up once per conversion. */
typedef struct AstClasses {
    Thread *t;
    Ref ast;                                         /* _ast.AST */
    Ref cls[AST_DESC_SLOTS];                         /* by index in ast_node_descs */
    Object *field[AST_DESC_SLOTS][AST_MAX_FIELDS];   /* interned field names */
    Ref enum_cls[AST_ENUM_SORTS][AST_MAX_ENUM];      /* Load, Add, Eq, ... by kind */
    Ref enum_obj[AST_ENUM_SORTS][AST_MAX_ENUM];      /* their shared instances (lazily) */
    Object *pos[4];                                  /* lineno, col_offset, end_lineno, end_col_offset */
} AstClasses;

/* Fills *c from the `_ast` module (importing it). 0, or -1 with an exception set (then
 * ast_classes_fini is still to be called). */
int ast_classes_init(Thread *t, AstClasses *c);
void ast_classes_fini(AstClasses *c);
/* The index in ast_node_descs of (sort, kind); -1 if none. */
int ast_desc_index(AstSort sort, int kind);

/* The Python object for a C tree (new reference). */
Ref ast_mod_to_object(AstClasses *c, const AstMod *mod);
/* The C tree for a Python node object, allocated in `a`; `mode` is COMPILE_EXEC/EVAL/
 * SINGLE and fixes the expected root class. NULL with TypeError/ValueError set (CPython's
 * messages) for a malformed tree. */
AstMod *ast_mod_from_object(AstClasses *c, Arena *a, Ref obj, int mode);
/* The structural checks CPython makes before compiling a tree that did not come from
 * the parser (ast_validate.c): 0, or -1 with ValueError set. */
int ast_validate(Thread *t, const AstMod *mod);
/* 1 if obj is an instance of _ast.AST, 0 if not, -1 on error. */
int ast_is_node_object(Thread *t, Ref obj);

/* compile(src, filename, mode, PyCF_ONLY_AST): the tree of UTF-8 source as node objects
 * (flags: COMPILE_FLAG_*). */
Ref ast_parse_object(Thread *t, const char *src, size_t len, Object *filename, int mode, int flags);
/* compile(tree, filename, mode): a code object, or NULL with an exception set. */
Object *ast_compile_object(Thread *t, Ref tree, Object *filename, int mode, int flags);

#endif
