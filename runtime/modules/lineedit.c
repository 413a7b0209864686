/* A small terminal line editor (see lineedit.h). In raw mode it understands: printable
 * input (UTF-8 passed through), Left/Right, Home/End (and Ctrl-A/Ctrl-E), Backspace,
 * Delete, Ctrl-D (delete, or EOF on an empty line), Ctrl-K/Ctrl-U (kill to end/start),
 * Ctrl-L (clear screen), Ctrl-C (interrupt), Up/Down (history). The whole line is
 * redrawn after each key: simple, and fast enough for interactive use. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "modules/lineedit.h"

#define HISTORY_MAX 1000

void lineedit_init(LineEditor *ed, int in_fd, int out_fd) {
    memset(ed, 0, sizeof *ed);
    ed->in_fd = in_fd;
    ed->out_fd = out_fd;
}

void lineedit_free(LineEditor *ed) {
    for (size_t i = 0; i < ed->history_len; i++) free(ed->history[i]);
    free(ed->history);
    ed->history = NULL;
    ed->history_len = ed->history_cap = 0;
}

void lineedit_add_history(LineEditor *ed, const char *line) {
    if (!*line) return;
    if (ed->history_len && strcmp(ed->history[ed->history_len - 1], line) == 0) return;
    if (ed->history_len == HISTORY_MAX) {
        free(ed->history[0]);
        memmove(ed->history, ed->history + 1, (ed->history_len - 1) * sizeof(char *));
        ed->history_len--;
    }
    if (ed->history_len == ed->history_cap) {
        size_t cap = ed->history_cap ? ed->history_cap * 2 : 32;
        char **nh = realloc(ed->history, cap * sizeof(char *));
        if (!nh) return;
        ed->history = nh;
        ed->history_cap = cap;
    }
    char *copy = strdup(line);
    if (copy) ed->history[ed->history_len++] = copy;
}

static void write_all(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void write_str(int fd, const char *s) { write_all(fd, s, strlen(s)); }

/* Without a terminal: read bytes up to a newline. */
static LineStatus read_plain(LineEditor *ed, const char *prompt, char **out) {
    write_str(ed->out_fd, prompt);
    size_t cap = 128, len = 0;
    char *buf = malloc(cap);
    if (!buf) return LINE_ERROR;
    for (;;) {
        char c;
        ssize_t n = read(ed->in_fd, &c, 1);
        if (n < 0 && errno == EINTR) {
            free(buf);
            return LINE_INTERRUPT;
        }
        if (n <= 0) {
            if (len == 0) {
                free(buf);
                return LINE_EOF;
            }
            break;
        }
        if (c == '\n') break;
        if (len + 2 > cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return LINE_ERROR;
            }
            buf = nb;
        }
        buf[len++] = c;
    }
    buf[len] = '\0';
    *out = buf;
    return LINE_OK;
}

typedef struct EditState {
    char *buf;
    size_t len, cap, pos;  /* bytes; pos is always on a UTF-8 character boundary */
} EditState;

static bool is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

static size_t display_width(const char *s, size_t n) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (!is_cont(s[i])) w++;
    return w;
}

static void redraw(LineEditor *ed, const char *prompt, EditState *st) {
    /* Carriage return, prompt, text, clear to end of line, then place the cursor. */
    write_str(ed->out_fd, "\r");
    write_str(ed->out_fd, prompt);
    write_all(ed->out_fd, st->buf, st->len);
    write_str(ed->out_fd, "\x1b[K");
    size_t back = display_width(st->buf + st->pos, st->len - st->pos);
    if (back) {
        char seq[32];
        int n = snprintf(seq, sizeof seq, "\x1b[%zuD", back);
        write_all(ed->out_fd, seq, (size_t)n);
    }
}

static bool insert(EditState *st, const char *s, size_t n) {
    if (st->len + n + 1 > st->cap) {
        size_t cap = st->cap * 2 + n;
        char *nb = realloc(st->buf, cap);
        if (!nb) return false;
        st->buf = nb;
        st->cap = cap;
    }
    memmove(st->buf + st->pos + n, st->buf + st->pos, st->len - st->pos);
    memcpy(st->buf + st->pos, s, n);
    st->len += n;
    st->pos += n;
    st->buf[st->len] = '\0';
    return true;
}

static void set_text(EditState *st, const char *s) {
    size_t n = strlen(s);
    st->len = st->pos = 0;
    insert(st, s, n);
}

static void delete_at(EditState *st, size_t at) {
    if (at >= st->len) return;
    size_t end = at + 1;
    while (end < st->len && is_cont(st->buf[end])) end++;
    memmove(st->buf + at, st->buf + end, st->len - end);
    st->len -= end - at;
    st->buf[st->len] = '\0';
}

static size_t prev_char(const EditState *st, size_t p) {
    if (p == 0) return 0;
    p--;
    while (p > 0 && is_cont(st->buf[p])) p--;
    return p;
}

static size_t next_char(const EditState *st, size_t p) {
    if (p >= st->len) return st->len;
    p++;
    while (p < st->len && is_cont(st->buf[p])) p++;
    return p;
}

static LineStatus edit_loop(LineEditor *ed, const char *prompt, char **out) {
    EditState st = {malloc(64), 0, 64, 0};
    if (!st.buf) return LINE_ERROR;
    st.buf[0] = '\0';
    size_t hist = ed->history_len;   /* == history_len: editing a new line */
    char *saved = NULL;              /* the new line while browsing history */
    LineStatus status = LINE_OK;
    write_str(ed->out_fd, prompt);
    for (;;) {
        char c;
        ssize_t n = read(ed->in_fd, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            status = st.len ? LINE_OK : LINE_EOF;
            break;
        }
        if (c == '\r' || c == '\n') break;
        if (c == 3) { /* Ctrl-C */
            status = LINE_INTERRUPT;
            break;
        }
        if (c == 4) { /* Ctrl-D */
            if (st.len == 0) {
                status = LINE_EOF;
                break;
            }
            delete_at(&st, st.pos);
        } else if (c == 127 || c == 8) {
            if (st.pos > 0) {
                size_t p = prev_char(&st, st.pos);
                st.pos = p;
                delete_at(&st, p);
            }
        } else if (c == 1) {
            st.pos = 0;
        } else if (c == 5) {
            st.pos = st.len;
        } else if (c == 11) {
            st.len = st.pos;
            st.buf[st.len] = '\0';
        } else if (c == 21) {
            memmove(st.buf, st.buf + st.pos, st.len - st.pos);
            st.len -= st.pos;
            st.pos = 0;
            st.buf[st.len] = '\0';
        } else if (c == 12) {
            write_str(ed->out_fd, "\x1b[H\x1b[2J");
        } else if (c == 27) {
            char seq[3];
            if (read(ed->in_fd, seq, 1) != 1 || read(ed->in_fd, seq + 1, 1) != 1) continue;
            if (seq[0] != '[' && seq[0] != 'O') continue;
            if (seq[1] >= '0' && seq[1] <= '9') {
                if (read(ed->in_fd, seq + 2, 1) != 1) continue;
                if (seq[2] == '~') {
                    if (seq[1] == '3') delete_at(&st, st.pos);
                    else if (seq[1] == '1' || seq[1] == '7') st.pos = 0;
                    else if (seq[1] == '4' || seq[1] == '8') st.pos = st.len;
                }
            } else if (seq[1] == 'D') {
                st.pos = prev_char(&st, st.pos);
            } else if (seq[1] == 'C') {
                st.pos = next_char(&st, st.pos);
            } else if (seq[1] == 'H') {
                st.pos = 0;
            } else if (seq[1] == 'F') {
                st.pos = st.len;
            } else if (seq[1] == 'A' || seq[1] == 'B') {
                if (seq[1] == 'A' && hist > 0) {
                    if (hist == ed->history_len) {
                        free(saved);
                        saved = strdup(st.buf);
                    }
                    set_text(&st, ed->history[--hist]);
                } else if (seq[1] == 'B' && hist < ed->history_len) {
                    hist++;
                    set_text(&st, hist == ed->history_len ? (saved ? saved : "") : ed->history[hist]);
                }
            }
        } else if ((unsigned char)c >= 32 || c == '\t') {
            if (c == '\t') {
                if (!insert(&st, "    ", 4)) break;
            } else if (!insert(&st, &c, 1)) {
                break;
            }
        }
        redraw(ed, prompt, &st);
    }
    free(saved);
    /* After Ctrl-C the caller prints "\nKeyboardInterrupt" itself. */
    if (status != LINE_INTERRUPT) write_str(ed->out_fd, "\r\n");
    if (status == LINE_OK) {
        *out = st.buf;
    } else {
        free(st.buf);
    }
    return status;
}

LineStatus lineedit_read(LineEditor *ed, const char *prompt, char **out) {
    if (!isatty(ed->in_fd)) return read_plain(ed, prompt, out);
    struct termios orig, raw;
    if (tcgetattr(ed->in_fd, &orig) < 0) return read_plain(ed, prompt, out);
    raw = orig;
    raw.c_iflag &= ~(unsigned)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    raw.c_cflag |= CS8;
    raw.c_lflag &= ~(unsigned)(ECHO | ICANON | IEXTEN | ISIG);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(ed->in_fd, TCSADRAIN, &raw) < 0) return read_plain(ed, prompt, out);
    LineStatus s = edit_loop(ed, prompt, out);
    tcsetattr(ed->in_fd, TCSADRAIN, &orig);
    return s;
}
