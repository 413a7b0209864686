/* astdump — parse a Python file with Spry's front end and print the AST
 * exactly as CPython's ast.dump(ast.parse(src), include_attributes=True)
 * (or ast.dump(tree) with --no-attributes). On a syntax error prints one
 * line: "<ErrorClass>: <msg> (<lineno>, <offset>, <end_lineno>, <end_offset>)"
 * ("MemoryError: <msg>" without positions).
 * Used by tools/check_ast.py.
 *
 * usage: astdump [--no-attributes] [--mode exec|eval|single] FILE
 */
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "objects/unicode_db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0) break;
        n += r;
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    int attrs = 1;
    int mode = PARSE_FILE;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--no-attributes") == 0) attrs = 0;
        else if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc) {
            const char *m = argv[++i];
            mode = strcmp(m, "eval") == 0 ? PARSE_EVAL : strcmp(m, "single") == 0 ? PARSE_SINGLE : PARSE_FILE;
        } else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: %s [--no-attributes] [--mode exec|eval|single] FILE\n", argv[0]);
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        perror(path);
        return 2;
    }
    Arena *a = arena_new();
    SyntaxErrorInfo err;
    /* \N{...} names resolve through the runtime's name database, as in compile() */
    ParseOptions opts = {.unicode_name_lookup = unicode_name_lookup_hook};
    AstMod *m = parse_source_ex(a, src, len, path, mode, &opts, &err);
    int rc = 0;
    if (m) {
        ast_dump(stdout, m, attrs);
        fputc('\n', stdout);
    } else if (err.kind == SYNERR_MEMORY) {
        printf("%s: %s\n", parse_error_kind_name(err.kind), err.msg);
        rc = 1;
    } else {
        printf("%s: %s (%d, %d, %d, %d)\n", parse_error_kind_name(err.kind), err.msg, err.lineno,
               err.offset, err.end_lineno, err.end_offset);
        rc = 1;
    }
    arena_free(a);
    free(src);
    return rc;
}
