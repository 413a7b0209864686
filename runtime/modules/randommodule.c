/* The _random module: the Mersenne Twister (MT19937) core of random.Random, seeded as
 * CPython seeds it (init_by_array over the 32-bit words of abs(seed)), plus SHA-512 and
 * urandom helpers for runtime/lib/random.py. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "modules/modules.h"
#include "modules/sha512.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

#define MT_N 624
#define MT_M 397

typedef struct RandomObj {
    Object ob;
    int index;
    uint32_t state[MT_N];
} RandomObj;

#define RND(r) ((RandomObj *)ref_obj(r))

static uint32_t genrand_uint32(RandomObj *self) {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y;
    uint32_t *mt = self->state;
    if (self->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(RandomObj *self, uint32_t s) {
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = MT_N;
}

static void init_by_array(RandomObj *self, const uint32_t *key, size_t keylen) {
    uint32_t *mt = self->state;
    init_genrand(self, 19650218U);
    size_t i = 1, j = 0;
    size_t k = MT_N > keylen ? MT_N : keylen;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= keylen) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

static int fill_urandom(Thread *t, void *buf, size_t len) {
    unsigned char *p = buf;
    while (len > 0) {
        ssize_t n = getrandom(p, len, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            err_from_errno(t, &exc_OSError, NULL);
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Seeds from an int (abs value split into 32-bit words, least significant first). */
static int seed_from_int(Thread *t, RandomObj *self, Ref n) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    mpz_abs(z, z);
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
    if (words == 0) words = 1;
    uint32_t *key = mem_alloc(t, words * sizeof(uint32_t));
    if (!key) {
        mpz_clear(z);
        return -1;
    }
    memset(key, 0, words * sizeof(uint32_t));
    size_t cnt = 0;
    mpz_export(key, &cnt, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    init_by_array(self, key, words);
    mem_free(key);
    return 0;
}

static int random_seed_impl(Thread *t, RandomObj *self, Ref arg) {
    if (ref_is_null(arg) || ref_is_none(arg)) {
        uint32_t key[MT_N];
        if (fill_urandom(t, key, sizeof key) < 0) {
            err_clear(t);
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            uint32_t k2[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(), 0};
            init_by_array(self, k2, 4);
            return 0;
        }
        init_by_array(self, key, MT_N);
        return 0;
    }
    if (int_check(arg)) return seed_from_int(t, self, arg);
    int64_t h = obj_hash(t, arg);
    if (h == -1 && err_occurred(t)) return -1;
    Ref n = int_from_u64(t, (uint64_t)h);
    if (ref_is_null(n)) return -1;
    int rc = seed_from_int(t, self, n);
    ref_close(n);
    return rc;
}

static Ref random_new(Thread *t, Type *type, const Ref *args, size_t nargs, Object *kw) {
    Object *o = obj_alloc(t, type, (size_t)type->tp_basicsize);
    if (!o) return REF_NULL;
    if (type_has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
    RandomObj *r = (RandomObj *)o;
    memset(r->state, 0, sizeof r->state);
    r->index = 0;
    return ref_from_obj(o);
}

static int random_init(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw) {
    extern Type random_random_type;
    Type *tp = ref_obj(self)->ob_type;
    if ((tp == &random_random_type || tp->init == random_random_type.init) && !args_no_kw(t, "Random", kw))
        return -1;
    if (nargs > 1) {
        err_set(t, &exc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed_impl(t, RND(self), nargs ? args[0] : REF_NULL);
}

FN(random_m_seed) {
    if (!args_count(t, "seed", nargs, kw, 0, 1)) return REF_NULL;
    if (random_seed_impl(t, RND(self), nargs ? args[0] : REF_NULL) < 0) return REF_NULL;
    return REF_NONE;
}

FN(random_m_random) {
    if (!args_none(t, "random", nargs, kw)) return REF_NULL;
    uint32_t a = genrand_uint32(RND(self)) >> 5, b = genrand_uint32(RND(self)) >> 6;
    return float_from_double(t, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

FN(random_m_getrandbits) {
    if (!args_one(t, "getrandbits", nargs, kw)) return REF_NULL;
    if (!int_check(args[0]))
        return err_format(t, &exc_TypeError, "\'%T\' object cannot be interpreted as an integer", args[0]);
    int overflow = 0;
    int64_t k = int_as_i64_overflow(args[0], &overflow);
    if (overflow || k > INT32_MAX || k < INT32_MIN)
        return err_set(t, &exc_OverflowError, "Python int too large to convert to C int");
    if (k < 0) return err_set(t, &exc_ValueError, "number of bits must be non-negative");
    RandomObj *r = RND(self);
    if (k == 0) return ref_from_int(0);
    if (k <= 32) return int_from_u64(t, genrand_uint32(r) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *buf = mem_alloc(t, words * sizeof(uint32_t));
    if (!buf) return REF_NULL;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t v = genrand_uint32(r);
        if (k < 32) v >>= (32 - k);
        buf[i] = v;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, buf);
    mem_free(buf);
    Ref res = int_from_mpz(t, z);
    mpz_clear(z);
    return res;
}

FN(random_m_getstate) {
    if (!args_none(t, "getstate", nargs, kw)) return REF_NULL;
    RandomObj *r = RND(self);
    Object *tup = tuple_new(t, MT_N + 1);
    if (!tup) return REF_NULL;
    for (int i = 0; i < MT_N; i++) tuple_items(tup)[i] = int_from_u64(t, r->state[i]);
    tuple_items(tup)[MT_N] = ref_from_int(r->index);
    return ref_from_obj(tup);
}

FN(random_m_setstate) {
    if (!args_one(t, "setstate", nargs, kw)) return REF_NULL;
    Ref st = args[0];
    if (!tuple_check(st)) return err_set(t, &exc_TypeError, "state vector must be a tuple");
    Object *tup = ref_obj(st);
    if (tuple_size(tup) != MT_N + 1) return err_set(t, &exc_ValueError, "state vector is the wrong size");
    uint32_t nst[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Ref v = tuple_items(tup)[i];
        if (!int_check(v))
            return err_format(t, &exc_TypeError, "\'%T\' object cannot be interpreted as an integer", v);
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        bool ok = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64;
        uint64_t u = 0;
        if (ok) {
            uint64_t b2[2] = {0, 0};
            size_t cnt = 0;
            mpz_export(b2, &cnt, -1, sizeof(uint64_t), 0, 0, z);
            u = b2[0];
        }
        bool neg = mpz_sgn(z) < 0;
        mpz_clear(z);
        if (!ok)
            return err_set(t, &exc_OverflowError, neg ? "can't convert negative int to unsigned"
                                                      : "Python int too large to convert to C unsigned long");
        nst[i] = (uint32_t)u;
    }
    Ref iv = tuple_items(tup)[MT_N];
    if (!int_check(iv))
        return err_format(t, &exc_TypeError, "\'%T\' object cannot be interpreted as an integer", iv);
    int overflow = 0;
    int64_t index = int_as_i64_overflow(iv, &overflow);
    if (overflow || index < 0 || index > MT_N) return err_set(t, &exc_ValueError, "invalid state");
    RandomObj *r = RND(self);
    memcpy(r->state, nst, sizeof nst);
    r->index = (int)index;
    return REF_NONE;
}

static const MethodDef random_methods[] = {
    {"seed", random_m_seed, 0, NULL},
    {"random", random_m_random, 0, NULL},
    {"getrandbits", random_m_getrandbits, 0, NULL},
    {"getstate", random_m_getstate, 0, NULL},
    {"setstate", random_m_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type random_random_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_random.Random",
    .tp_basicsize = sizeof(RandomObj),
    .tp_flags = TPFLAG_BASETYPE,
    .tp_doc = "Random() -> create a random number generator with its own internal state.",
    .tp_free = obj_free,
    .new_ = random_new,
    .init = random_init,
    .methods = random_methods,
};

/* _sha512(data) -> the 64-byte SHA-512 digest of a bytes-like object. */
FN(random_sha512) {
    if (!args_one(t, "_sha512", nargs, kw)) return REF_NULL;
    ByteView bv;
    if (!bytes_view_or_error(t, args[0], &bv)) return REF_NULL;
    unsigned char out[64];
    sha512_digest(bv.data, (size_t)bv.len, out);
    return ref_from_obj(bytes_from(t, out, 64));
}

/* _urandom(n) -> n bytes from the operating system's random source. */
FN(random_urandom) {
    if (!args_one(t, "_urandom", nargs, kw)) return REF_NULL;
    intptr_t n;
    if (!arg_ssize(t, args[0], &n)) return REF_NULL;
    if (n < 0) return err_set(t, &exc_ValueError, "negative argument not allowed");
    Object *b = bytes_new_uninit(t, n);
    if (!b) return REF_NULL;
    if (fill_urandom(t, bytes_data(b), (size_t)n) < 0) {
        obj_decref(b);
        return REF_NULL;
    }
    return ref_from_obj(b);
}

static const MethodDef random_mod_methods[] = {
    {"_sha512", random_sha512, 0, NULL},
    {"_urandom", random_urandom, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Object *random_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_random");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, random_mod_methods);
    if (rc == 0) rc = module_add_ref(t, m, "Random", ref_immortal(&random_random_type));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
