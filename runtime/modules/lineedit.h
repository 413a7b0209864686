/* A small line editor for the interactive prompt: cursor movement, deletion, history.
 * Owner: runtime/modules/lineedit.c. All state is in the LineEditor the caller owns. */
#ifndef SPRY_MODULES_LINEEDIT_H
#define SPRY_MODULES_LINEEDIT_H
#include <stdbool.h>
#include <stddef.h>

typedef struct LineEditor {
    int in_fd, out_fd;
    char **history;
    size_t history_len, history_cap;
} LineEditor;

typedef enum { LINE_OK, LINE_EOF, LINE_INTERRUPT, LINE_ERROR } LineStatus;

void lineedit_init(LineEditor *ed, int in_fd, int out_fd);
void lineedit_free(LineEditor *ed);
/* Reads one line (without its newline) into *out (malloc'd). Uses raw-mode editing when
 * in_fd is a terminal, plain reading otherwise. */
LineStatus lineedit_read(LineEditor *ed, const char *prompt, char **out);
void lineedit_add_history(LineEditor *ed, const char *line);

#endif
