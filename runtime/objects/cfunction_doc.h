/* A C function's docstring may open with a signature block, "name(signature)\n--\n\n"
 * (the Argument Clinic convention extensions use too): the part in brackets is the
 * function's __text_signature__, read by inspect.signature(), and the text after the
 * block is its __doc__. Shared by objects/cfunction.c and objects/descr.c, for both
 * calling conventions (objects/type.h). */
#ifndef SPRY_OBJECTS_CFUNCTION_DOC_H
#define SPRY_OBJECTS_CFUNCTION_DOC_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

/* "(signature)" of `name`'s docstring `doc`, or None when it has no signature block. */
Ref cfunction_doc_text_signature(Thread *t, const char *name, const char *doc);
/* `doc` without its signature block; None for a NULL doc. */
Ref cfunction_doc_body(Thread *t, const char *name, const char *doc);
/* __reduce__ of a method found as an attribute: (getattr, (owner, name)). */
Ref cfunction_reduce_getattr(Thread *t, Ref owner, Object *name);

#endif
