/* ast_schema.h — the shape of every AST node class as data.
 *
 * One table describes, for each concrete node class of Python 3.11's `ast`
 * module, its name, its ASDL type, the C struct it lives in and, for each
 * field, the field's name, type and offset in that struct. The `ast` module's
 * converters (C tree -> Python objects and back, runtime/modules/ast_*.c)
 * walk this table instead of spelling out every node kind twice, and the
 * Python side builds its classes (_fields, docstrings) from it.
 *
 * Enum-like types (expr_context, boolop, operator, unaryop, cmpop) have no
 * entries: their classes are named by ast_operator_name() and friends.
 */
#ifndef SPRY_INTERNAL
#error "internal header"
#endif
#ifndef SPRY_COMPILER_AST_SCHEMA_H
#define SPRY_COMPILER_AST_SCHEMA_H

#include "compiler/ast.h"

/* ASDL types. The first group has a `kind` member first in its struct; the
 * second has one class each; then the enums, then the builtin leaf types. */
typedef enum AstSort {
    AS_MOD, AS_STMT, AS_EXPR, AS_PATTERN,
    AS_EXCEPTHANDLER, AS_TYPE_IGNORE, AS_ARGUMENTS, AS_ARG, AS_KEYWORD, AS_ALIAS,
    AS_WITHITEM, AS_MATCH_CASE, AS_COMPREHENSION,
    AS_EXPR_CONTEXT, AS_BOOLOP, AS_OPERATOR, AS_UNARYOP, AS_CMPOP,
    AS_IDENTIFIER, AS_STRING, AS_INT, AS_CONSTANT,
    AS_COUNT
} AstSort;

/* Field quantifiers, as ASDL's `T`, `T?` and `T*`. */
typedef enum AstQuant { AQ_ONE, AQ_OPT, AQ_SEQ } AstQuant;

typedef struct AstFieldDesc {
    const char *name;
    unsigned char sort;     /* AstSort */
    unsigned char quant;    /* AstQuant */
    unsigned short offset;  /* in the node's struct */
} AstFieldDesc;

typedef struct AstNodeDesc {
    const char *name;       /* the Python class name */
    AstSort sort;
    int kind;               /* the kind enum value (0 for one-class types) */
    unsigned short size;    /* sizeof the node's struct */
    short pos;              /* offset of lineno..end_col_offset, or -1 */
    unsigned char nfields;
    const AstFieldDesc *fields;
} AstNodeDesc;

/* Every concrete class with fields or positions, grouped by sort. */
extern const AstNodeDesc ast_node_descs[];
extern const int ast_node_desc_count;

/* The ASDL name of a sort ("expr", "excepthandler", "identifier", ...). */
const char *ast_sort_name(AstSort sort);
/* The class name of member `kind` (1-based) of an enum sort; NULL past the end. */
const char *ast_enum_member_name(AstSort sort, int kind);
/* The entry for (sort, kind); NULL if none. */
const AstNodeDesc *ast_node_desc(AstSort sort, int kind);
/* True for sorts whose struct starts with a kind member. */
static inline int ast_sort_has_kind(AstSort sort) { return sort <= AS_PATTERN; }
static inline int ast_sort_is_enum(AstSort sort) { return sort >= AS_EXPR_CONTEXT && sort <= AS_CMPOP; }
static inline int ast_sort_is_node(AstSort sort) { return sort <= AS_COMPREHENSION; }

/* A list field, whatever its element type (all AST_SEQ structs share this layout;
 * the items are pointers, except ints for cmpop*). */
typedef struct AstAnySeq {
    int n;
    void *items;
} AstAnySeq;

#endif /* SPRY_COMPILER_AST_SCHEMA_H */
