/* Exception objects. Owner: objects/exceptions.c (types, attributes, messages),
 * core/error.c (raising), runtime/vm/traceback.c (traceback objects and printing).
 *
 * Each built-in exception type is a static Type named exc_<Name> (exc_TypeError, ...),
 * listed once in objects/exceptions.def. */
#ifndef SPRY_OBJECTS_EXCEPTIONS_H
#define SPRY_OBJECTS_EXCEPTIONS_H
#include "core/object.h"

typedef struct BaseExc {
    Object ob;
    Object *dict;            /* instance __dict__ (also holds __notes__), or NULL */
    Object *args;            /* tuple */
    Object *traceback;       /* traceback object or NULL */
    Object *context;         /* __context__ or NULL */
    Object *cause;           /* __cause__ or NULL */
    bool suppress_context;
} BaseExc;

typedef struct StopIterationExc { BaseExc base; Ref value; } StopIterationExc;
typedef struct SystemExitExc { BaseExc base; Ref code; } SystemExitExc;
typedef struct ImportErrorExc { BaseExc base; Ref msg, name, path; } ImportErrorExc;
typedef struct NameErrorExc { BaseExc base; Ref name; } NameErrorExc;
typedef struct AttributeErrorExc { BaseExc base; Ref name, obj; } AttributeErrorExc;
typedef struct OSErrorExc {
    BaseExc base;
    Ref myerrno, strerror, filename, filename2;
    Ref written;             /* BlockingIOError.characters_written (an int), or REF_NULL */
} OSErrorExc;
typedef struct SyntaxErrorExc {
    BaseExc base;
    Ref msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
} SyntaxErrorExc;
typedef struct UnicodeErrorExc {
    BaseExc base;
    Ref encoding, object, start, end, reason;
} UnicodeErrorExc;
typedef struct ExcGroupExc { BaseExc base; Ref msg, excs; } ExcGroupExc;

#define EXC(name, base, layout) extern Type exc_##name;
#include "objects/exceptions.def"
#undef EXC

#define EXC_OBJ(r) ((BaseExc *)ref_obj(r))
bool exc_check(Ref r);                      /* instance of BaseException */
bool exc_type_check(Ref r);                 /* a subclass of BaseException */
/* A new exception instance type(*args) without running Python code for built-ins. */
Ref exc_new(Thread *t, Type *type, const Ref *args, size_t nargs);
/* Are type's instances made by BaseException.__new__ (which only sets args)? */
bool exc_new_is_base(const Type *type);
/* StopIteration(value) and its .value; for generators' return values. */
Ref exc_stop_iteration_new(Thread *t, Ref value);
/* A SyntaxError/IndentationError/TabError with all its fields (strings as C strings). */
Ref exc_syntax_error_new(Thread *t, Type *type, const char *msg, Object *filename,
                         int lineno, int offset, const char *text, int end_lineno,
                         int end_offset);
/* Installs the subclasses' slots; runtime_init calls it before readying the types. */
void exceptions_runtime_init(void);
/* Gives ExceptionGroup its second base (Exception); before the types are readied. */
int exceptions_group_set_bases(Thread *boot);
void exc_set_traceback(Object *exc, Object *tb);     /* steals tb */
void exc_set_context(Object *exc, Object *ctx);      /* steals ctx */
void exc_set_cause(Object *exc, Object *cause);      /* steals cause; sets suppress */

#endif
