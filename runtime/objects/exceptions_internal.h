/* Shared between the exception type files only. */
#ifndef SPRY_INTERNAL
#error "internal header"
#endif
#ifndef SPRY_OBJECTS_EXCEPTIONS_INTERNAL_H
#define SPRY_OBJECTS_EXCEPTIONS_INTERNAL_H
void exceptions_base_init(void);
void exceptions_group_init(void);
#endif
