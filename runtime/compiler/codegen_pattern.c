/* codegen_pattern.c — match statements (placeholder until the full implementation). */
#include "spry.h"
#include "compiler/codegen.h"

int cg_match(Compiler *c, AstStmt *s) {
    return cg_error(c, "match statements are not supported yet");
}
