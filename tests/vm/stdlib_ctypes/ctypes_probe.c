/* A small shared library for the ctypes tests (tests/vm/stdlib_ctypes): structures by
 * value and by pointer, unions, arrays inside structures, bit fields, callbacks,
 * out-parameters, returns of every width, and exported variables. Built by
 * tests/CMakeLists.txt (target ctypes_probe) or, when CTYPES_TEST_PROBE is unset, by
 * _probe.py with cc. */
#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

struct Point { int x, y; };
struct Rect { struct Point a, b; };
struct Pair { double a, b; };
struct Mixed { char c; double d; short s; };
struct Buf { int n; int items[4]; };
struct Flags { unsigned a : 3; unsigned b : 5; int c : 4; };
union Num { int i; float f; unsigned char bytes[4]; };

int probe_counter = 7;
const char *probe_name = "probe";
double probe_scale = 2.5;

struct Point make_point(int x, int y) { struct Point p = {x, y}; return p; }
int point_sum(struct Point p) { return p.x + p.y; }
void point_scale(struct Point *p, int k) { p->x *= k; p->y *= k; }
long rect_area(struct Rect r) { return (long)(r.b.x - r.a.x) * (r.b.y - r.a.y); }
struct Rect make_rect(int w, int h) { struct Rect r = {{1, 2}, {1 + w, 2 + h}}; return r; }
struct Pair swap_pair(struct Pair p) { struct Pair q = {p.b, p.a}; return q; }
double mixed_total(struct Mixed m) { return m.c + m.d + m.s; }
struct Mixed make_mixed(char c, double d, short s) { struct Mixed m = {c, d, s}; return m; }

int buf_sum(struct Buf b) {
    int s = 0;
    for (int i = 0; i < b.n && i < 4; i++) s += b.items[i];
    return s;
}
void buf_fill(struct Buf *b, int start) {
    b->n = 4;
    for (int i = 0; i < 4; i++) b->items[i] = start + i;
}

int flags_encode(struct Flags f) { return (int)f.a | (int)f.b << 3 | (f.c & 0xF) << 8; }
struct Flags flags_make(unsigned a, unsigned b, int c) { struct Flags f = {a, b, c}; return f; }

int union_int_of_float(float f) { union Num n; n.f = f; return n.i; }
unsigned union_first_byte(union Num *n) { return n->bytes[0]; }
void union_set_float(union Num *n, float f) { n->f = f; }

int apply(int (*f)(int), int x) { return f(x); }
double fold(double (*f)(double, double), const double *xs, int n, double init) {
    for (int i = 0; i < n; i++) init = f(init, xs[i]);
    return init;
}
int visit_points(void (*f)(struct Point *), struct Point *ps, int n) {
    for (int i = 0; i < n; i++) f(&ps[i]);
    return n;
}
long long sum_ll_cb(long long (*f)(long long), int n) {
    long long s = 0;
    for (int i = 0; i < n; i++) s += f(i);
    return s;
}

void divmod_out(int a, int b, int *q, int *r) { *q = a / b; *r = a % b; }
int fill_ints(int *out, int n) {
    for (int i = 0; i < n; i++) out[i] = i * i;
    return n;
}
const char *greeting(void) { return "hello from probe"; }
size_t count_char(const char *s, char c) {
    size_t n = 0;
    for (; *s; s++) n += *s == c;
    return n;
}
size_t wide_len(const wchar_t *s) { return wcslen(s); }
const wchar_t *wide_word(void) { return L"caf\u00e9"; }
int *null_pointer(void) { return NULL; }

float half_f(float x) { return x / 2; }
double mul_d(double a, double b) { return a * b; }
long double add_ld(long double a, long double b) { return a + b; }
long long big_ll(long long x) { return x * 1000000007LL; }
unsigned long long max_ull(void) { return ~0ULL; }
short neg_short(short x) { return (short)-x; }
unsigned char add_u8(unsigned char a, unsigned char b) { return (unsigned char)(a + b); }
signed char to_s8(int x) { return (signed char)x; }
unsigned short to_u16(int x) { return (unsigned short)x; }
bool is_even(int x) { return x % 2 == 0; }
char next_char(char c) { return (char)(c + 1); }

#include <pthread.h>

struct ThreadCall { int (*f)(int); int x, result; };
static void *thread_body(void *arg) {
    struct ThreadCall *c = arg;
    c->result = c->f(c->x);
    return NULL;
}
/* Calls f(x) on a thread of its own (one the runtime has never seen). */
int call_on_new_thread(int (*f)(int), int x) {
    struct ThreadCall c = {f, x, -1};
    pthread_t th;
    if (pthread_create(&th, NULL, thread_body, &c) != 0) return -2;
    pthread_join(th, NULL);
    return c.result;
}
