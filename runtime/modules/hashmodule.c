/* The _hashlib module: the message digests of hashlib (MD5, SHA-1, SHA-224/256/384/512,
 * written here from their specifications), PBKDF2-HMAC and a constant-time
 * compare_digest. runtime/lib/hashlib.py and hmac.py are the public faces. */
#include <ctype.h>
#include <string.h>

#include "modules/digests.h"
#include "modules/modules.h"
#include "modules/sha512.h"
#include "spry.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef union HashState {
    Digest32 d32;
    Sha512 d64;
} HashState;

/* One algorithm: its hashlib name, sizes, and the three steps over a HashState. The final
 * step may write more than digest_size bytes (SHA-224, SHA-384); the digest is the prefix. */
typedef struct HashAlgo {
    const char *name;
    int digest_size, block_size;
    void (*init)(HashState *s);
    void (*update)(HashState *s, const void *data, size_t len);
    void (*final)(HashState *s, unsigned char *out);
} HashAlgo;

#define MAX_DIGEST 64

static void md5_init_s(HashState *s) { md5_init(&s->d32); }
static void md5_update_s(HashState *s, const void *p, size_t n) { md5_update(&s->d32, p, n); }
static void md5_final_s(HashState *s, unsigned char *out) { md5_final(&s->d32, out); }
static void sha1_init_s(HashState *s) { sha1_init(&s->d32); }
static void sha1_update_s(HashState *s, const void *p, size_t n) { sha1_update(&s->d32, p, n); }
static void sha1_final_s(HashState *s, unsigned char *out) { sha1_final(&s->d32, out); }
static void sha224_init_s(HashState *s) { sha224_init(&s->d32); }
static void sha256_init_s(HashState *s) { sha256_init(&s->d32); }
static void sha256_update_s(HashState *s, const void *p, size_t n) { sha256_update(&s->d32, p, n); }
static void sha256_final_s(HashState *s, unsigned char *out) { sha256_final(&s->d32, out); }
static void sha384_init_s(HashState *s) { sha384_init(&s->d64); }
static void sha512_init_s(HashState *s) { sha512_init(&s->d64); }
static void sha512_update_s(HashState *s, const void *p, size_t n) { sha512_update(&s->d64, p, n); }
static void sha512_final_s(HashState *s, unsigned char *out) { sha512_final(&s->d64, out); }

static const HashAlgo algos[] = {
    {"md5", 16, 64, md5_init_s, md5_update_s, md5_final_s},
    {"sha1", 20, 64, sha1_init_s, sha1_update_s, sha1_final_s},
    {"sha224", 28, 64, sha224_init_s, sha256_update_s, sha256_final_s},
    {"sha256", 32, 64, sha256_init_s, sha256_update_s, sha256_final_s},
    {"sha384", 48, 128, sha384_init_s, sha512_update_s, sha512_final_s},
    {"sha512", 64, 128, sha512_init_s, sha512_update_s, sha512_final_s},
};
#define NALGOS (sizeof algos / sizeof algos[0])

/* The algorithm named (case-insensitively) by str `name`; ValueError when unknown. */
static const HashAlgo *algo_lookup(Thread *t, Ref name) {
    intptr_t len;
    const char *s = str_utf8(t, ref_obj(name), &len);
    if (!s) return NULL;
    for (size_t i = 0; i < NALGOS; i++) {
        const char *n = algos[i].name;
        if ((intptr_t)strlen(n) != len) continue;
        intptr_t k = 0;
        while (k < len && tolower((unsigned char)s[k]) == n[k]) k++;
        if (k == len) return &algos[i];
    }
    err_format(t, &exc_ValueError, "unsupported hash type %S", name);
    return NULL;
}

/* The bytes of data to hash: any bytes-like object; str is refused as CPython does. */
static bool hash_input(Thread *t, Ref data, ByteView *out) {
    if (str_check(data)) {
        err_set(t, &exc_TypeError, "Strings must be encoded before hashing");
        return false;
    }
    if (bytes_view(data, out)) return true;
    err_set(t, &exc_TypeError, "object supporting the buffer API required");
    return false;
}

/* ---- the HASH type -------------------------------------------------------------------- */

typedef struct HashObj {
    Object ob;
    const HashAlgo *algo;
    HashState state;
} HashObj;

#define HASHOBJ(r) ((HashObj *)ref_obj(r))

Type hashlib_hash_type;

static HashObj *hash_alloc(Thread *t, const HashAlgo *algo) {
    HashObj *h = (HashObj *)obj_alloc(t, &hashlib_hash_type, sizeof(HashObj));
    if (h) h->algo = algo;
    return h;
}

static Ref hash_create(Thread *t, const HashAlgo *algo, Ref data) {
    ByteView bv = {NULL, 0};
    if (!ref_is_null(data) && !hash_input(t, data, &bv)) return REF_NULL;
    HashObj *h = hash_alloc(t, algo);
    if (!h) return REF_NULL;
    algo->init(&h->state);
    if (bv.len) algo->update(&h->state, bv.data, (size_t)bv.len);
    return ref_from_obj(&h->ob);
}

/* The digest of the data so far; the object's own state is left untouched. */
static void hash_peek(const HashObj *h, unsigned char out[MAX_DIGEST]) {
    HashState copy = h->state;
    h->algo->final(&copy, out);
}

FN(hash_update) {
    if (!args_one(t, "update", nargs, kw)) return REF_NULL;
    ByteView bv;
    if (!hash_input(t, args[0], &bv)) return REF_NULL;
    HashObj *h = HASHOBJ(self);
    h->algo->update(&h->state, bv.data, (size_t)bv.len);
    return REF_NONE;
}

FN(hash_digest) {
    if (!args_none(t, "digest", nargs, kw)) return REF_NULL;
    unsigned char out[MAX_DIGEST];
    hash_peek(HASHOBJ(self), out);
    return ref_from_obj(bytes_from(t, out, HASHOBJ(self)->algo->digest_size));
}

FN(hash_hexdigest) {
    if (!args_none(t, "hexdigest", nargs, kw)) return REF_NULL;
    static const char hexd[] = "0123456789abcdef";
    unsigned char out[MAX_DIGEST];
    char hex[2 * MAX_DIGEST];
    hash_peek(HASHOBJ(self), out);
    int n = HASHOBJ(self)->algo->digest_size;
    for (int i = 0; i < n; i++) {
        hex[2 * i] = hexd[out[i] >> 4];
        hex[2 * i + 1] = hexd[out[i] & 15];
    }
    return ref_from_obj(str_from_ascii(t, hex, 2 * n));
}

FN(hash_copy) {
    if (!args_none(t, "copy", nargs, kw)) return REF_NULL;
    HashObj *h = hash_alloc(t, HASHOBJ(self)->algo);
    if (!h) return REF_NULL;
    h->state = HASHOBJ(self)->state;
    return ref_from_obj(&h->ob);
}

static Ref hash_get_name(Thread *t, Ref self, void *closure) {
    (void)closure;
    return ref_from_obj(str_from_cstr(t, HASHOBJ(self)->algo->name));
}

static Ref hash_get_digest_size(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_from_int(HASHOBJ(self)->algo->digest_size);
}

static Ref hash_get_block_size(Thread *t, Ref self, void *closure) {
    (void)t, (void)closure;
    return ref_from_int(HASHOBJ(self)->algo->block_size);
}

static Ref hash_repr(Thread *t, Ref self) {
    return ref_from_obj(str_from_format(t, "<%s _hashlib.HASH object @ %p>", HASHOBJ(self)->algo->name,
                                        (void *)ref_obj(self)));
}

static const MethodDef hash_methods[] = {
    {"update", hash_update, 0, "Update this hash object's state with the provided string."},
    {"digest", hash_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, 0, "Return a copy of the hash object."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef hash_getsets[] = {
    {"name", hash_get_name, NULL, NULL, NULL},
    {"digest_size", hash_get_digest_size, NULL, NULL, NULL},
    {"block_size", hash_get_block_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type hashlib_hash_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_hashlib.HASH",
    .tp_basicsize = sizeof(HashObj),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_doc = "A hash is an object used to calculate a checksum of a string of information.",
    .tp_free = obj_free,
    .repr = hash_repr,
    .methods = hash_methods,
    .getsets = hash_getsets,
};

/* ---- constructors --------------------------------------------------------------------- */

/* new(name, string=b'', *, usedforsecurity=True) */
FN(hashlib_new) {
    static const char *const names[] = {"name", "string", "usedforsecurity", NULL};
    static const ArgSpec spec = {"new", names, 1, 2};
    Ref a[3];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!str_check(a[0])) return err_format(t, &exc_TypeError, "new() argument 'name' must be str, not %T", a[0]);
    const HashAlgo *algo = algo_lookup(t, a[0]);
    return algo ? hash_create(t, algo, a[1]) : REF_NULL;
}

#define CONSTRUCTOR(algo_name, index)                                                          \
    FN(hashlib_##algo_name) {                                                                  \
        static const char *const names[] = {"string", "usedforsecurity", NULL};               \
        static const ArgSpec spec = {"openssl_" #algo_name, names, 0, 1};                      \
        Ref a[2];                                                                              \
        if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;                        \
        return hash_create(t, &algos[index], a[0]);                                            \
    }
CONSTRUCTOR(md5, 0)
CONSTRUCTOR(sha1, 1)
CONSTRUCTOR(sha224, 2)
CONSTRUCTOR(sha256, 3)
CONSTRUCTOR(sha384, 4)
CONSTRUCTOR(sha512, 5)

/* ---- PBKDF2-HMAC (RFC 8018) ----------------------------------------------------------- */

/* Keyed inner and outer states of HMAC (RFC 2104) for one key. */
typedef struct HmacKey {
    HashState inner, outer;
} HmacKey;

static void hmac_key_init(const HashAlgo *algo, HmacKey *k, const unsigned char *key, size_t keylen) {
    unsigned char block[128], pad[128];
    size_t bs = (size_t)algo->block_size;
    memset(block, 0, sizeof block);
    if (keylen > bs) {
        HashState s;
        algo->init(&s);
        algo->update(&s, key, keylen);
        algo->final(&s, block);
        memset(block + algo->digest_size, 0, sizeof block - (size_t)algo->digest_size);
    } else {
        memcpy(block, key, keylen);
    }
    for (size_t i = 0; i < bs; i++) pad[i] = block[i] ^ 0x36;
    algo->init(&k->inner);
    algo->update(&k->inner, pad, bs);
    for (size_t i = 0; i < bs; i++) pad[i] = block[i] ^ 0x5c;
    algo->init(&k->outer);
    algo->update(&k->outer, pad, bs);
}

/* out = HMAC(key, msg1 || msg2) */
static void hmac_run(const HashAlgo *algo, const HmacKey *k, const void *msg1, size_t len1,
                     const void *msg2, size_t len2, unsigned char out[MAX_DIGEST]) {
    HashState s = k->inner;
    algo->update(&s, msg1, len1);
    if (len2) algo->update(&s, msg2, len2);
    algo->final(&s, out);
    s = k->outer;
    algo->update(&s, out, (size_t)algo->digest_size);
    algo->final(&s, out);
}

FN(hashlib_pbkdf2_hmac) {
    static const char *const names[] = {"hash_name", "password", "salt", "iterations", "dklen", NULL};
    static const ArgSpec spec = {"pbkdf2_hmac", names, 4, -1};
    Ref a[5];
    if (!args_parse(t, &spec, args, nargs, kw, a)) return REF_NULL;
    if (!str_check(a[0]))
        return err_format(t, &exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %T", a[0]);
    ByteView pw, salt;
    if (!bytes_view_or_error(t, a[1], &pw) || !bytes_view_or_error(t, a[2], &salt)) return REF_NULL;
    if (!int_check(a[3]))
        return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", a[3]);
    int overflow = 0;
    int64_t iterations = int_as_i64_overflow(a[3], &overflow);
    if (overflow || iterations > UINT32_MAX)
        return err_set(t, &exc_OverflowError, "iteration value is too great.");
    if (iterations < 1) return err_set(t, &exc_ValueError, "iteration value must be greater than 0.");
    const HashAlgo *algo = algo_lookup(t, a[0]);
    if (!algo) {
        /* CPython reports OpenSSL's wording here */
        err_clear(t);
        return err_set(t, &exc_ValueError, "[digital envelope routines] unsupported");
    }
    intptr_t dklen = algo->digest_size;
    if (!ref_is_null(a[4]) && !ref_is_none(a[4])) {
        if (!int_check(a[4]))
            return err_format(t, &exc_TypeError, "'%T' object cannot be interpreted as an integer", a[4]);
        int64_t d = int_as_i64_overflow(a[4], &overflow);
        if (overflow || d > INT32_MAX) return err_set(t, &exc_OverflowError, "key length is too great.");
        if (d < 1) return err_set(t, &exc_ValueError, "key length must be greater than 0.");
        dklen = (intptr_t)d;
    }
    Object *res = bytes_new_uninit(t, dklen);
    if (!res) return REF_NULL;
    HmacKey key;
    hmac_key_init(algo, &key, (const unsigned char *)pw.data, (size_t)pw.len);
    unsigned char *dk = (unsigned char *)bytes_data(res);
    int hlen = algo->digest_size;
    for (uint32_t blockno = 1; dklen > 0; blockno++) {
        unsigned char counter[4] = {(unsigned char)(blockno >> 24), (unsigned char)(blockno >> 16),
                                    (unsigned char)(blockno >> 8), (unsigned char)blockno};
        unsigned char u[MAX_DIGEST], acc[MAX_DIGEST];
        hmac_run(algo, &key, salt.data, (size_t)salt.len, counter, 4, u);
        memcpy(acc, u, (size_t)hlen);
        for (int64_t i = 1; i < iterations; i++) {
            hmac_run(algo, &key, u, (size_t)hlen, NULL, 0, u);
            for (int j = 0; j < hlen; j++) acc[j] ^= u[j];
        }
        intptr_t take = dklen < hlen ? dklen : hlen;
        memcpy(dk, acc, (size_t)take);
        dk += take;
        dklen -= take;
    }
    return ref_from_obj(res);
}

/* ---- compare_digest ------------------------------------------------------------------- */

/* Compares in time that depends only on the length of b, as hmac.compare_digest promises. */
static bool constant_time_equal(const unsigned char *a, intptr_t alen, const unsigned char *b, intptr_t blen) {
    const unsigned char *left = alen == blen ? a : b;
    unsigned result = alen == blen ? 0 : 1;
    for (intptr_t i = 0; i < blen; i++) result |= (unsigned)(left[i] ^ b[i]);
    return result == 0;
}

FN(hashlib_compare_digest) {
    if (!args_count(t, "compare_digest", nargs, kw, 2, 2)) return REF_NULL;
    Ref a = args[0], b = args[1];
    ByteView va, vb;
    if (str_check(a) && str_check(b)) {
        if (!STR(ref_obj(a))->ascii || !STR(ref_obj(b))->ascii)
            return err_set(t, &exc_TypeError, "comparing strings with non-ASCII characters is not supported");
        va.data = (const char *)str_data(ref_obj(a));
        va.len = str_len(ref_obj(a));
        vb.data = (const char *)str_data(ref_obj(b));
        vb.len = str_len(ref_obj(b));
    } else {
        bool a_ok = bytes_view(a, &va), b_ok = bytes_view(b, &vb);
        if (!a_ok && !b_ok)
            return err_format(t, &exc_TypeError,
                              "unsupported operand types(s) or combination of types: '%T' and '%T'", a, b);
        if (!bytes_view_or_error(t, a, &va) || !bytes_view_or_error(t, b, &vb)) return REF_NULL;
    }
    return ref_from_bool(constant_time_equal((const unsigned char *)va.data, va.len,
                                             (const unsigned char *)vb.data, vb.len));
}

static const MethodDef hashlib_functions[] = {
    {"new", hashlib_new, 0, "Return a new hash object using the named algorithm."},
    {"openssl_md5", hashlib_md5, 0, "Returns a md5 hash object; optionally initialized with a string"},
    {"openssl_sha1", hashlib_sha1, 0, "Returns a sha1 hash object; optionally initialized with a string"},
    {"openssl_sha224", hashlib_sha224, 0, "Returns a sha224 hash object; optionally initialized with a string"},
    {"openssl_sha256", hashlib_sha256, 0, "Returns a sha256 hash object; optionally initialized with a string"},
    {"openssl_sha384", hashlib_sha384, 0, "Returns a sha384 hash object; optionally initialized with a string"},
    {"openssl_sha512", hashlib_sha512, 0, "Returns a sha512 hash object; optionally initialized with a string"},
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac, 0, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
    {"compare_digest", hashlib_compare_digest, 0, "Return 'a == b' in time independent of the contents."},
    {NULL, NULL, 0, NULL},
};

Object *hashlib_module_create(Thread *t) {
    Object *m = module_new_cstr(t, "_hashlib");
    if (!m) return NULL;
    int rc = module_add_functions(t, m, hashlib_functions);
    if (rc == 0) rc = module_add_ref(t, m, "HASH", ref_immortal(&hashlib_hash_type));
    if (rc < 0) {
        obj_decref(m);
        return NULL;
    }
    return m;
}
