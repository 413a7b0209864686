/* _sqlite3.BlobHandle: an open SQLite BLOB (sqlite3_blob) read and written at offsets;
 * sqlite3.Blob (runtime/lib/sqlite3/dbapi2.py) keeps the position and the file-like and
 * sequence protocols on top. */
#include "modules/sqlite.h"

#define FN(name) static Ref name(Thread *t, Ref self, const Ref *args, size_t nargs, Object *kw)

typedef struct SqliteBlob {
    Object ob;
    SqliteDb *owner;   /* keeps the handle alive */
    sqlite3_blob *blob; /* NULL once closed */
} SqliteBlob;

#define BLOB(r) ((SqliteBlob *)ref_obj(r))

static void blob_dealloc(Object *o) {
    SqliteBlob *b = (SqliteBlob *)o;
    if (b->blob) sqlite3_blob_close(b->blob);
    obj_xdecref(&b->owner->ob);
    o->ob_type->tp_free(o);
}

/* The open blob, or NULL with ProgrammingError. */
static sqlite3_blob *open_blob(Thread *t, Ref self) {
    SqliteBlob *b = BLOB(self);
    if (!b->blob || !b->owner->db) {
        err_set(t, &exc_SqliteProgrammingError, "Cannot operate on a closed blob.");
        return NULL;
    }
    return b->blob;
}

Ref sqlite_blob_open(Thread *t, SqliteDb *d, const char *table, const char *column, int64_t row, bool readonly,
                     const char *name) {
    sqlite3_blob *blob = NULL;
    thread_release(t);
    int rc = sqlite3_blob_open(d->db, name, table, column, row, !readonly, &blob);
    thread_reacquire(t);
    if (rc != SQLITE_OK) return sqlite_raise(t, d->db);
    SqliteBlob *b = (SqliteBlob *)obj_alloc(t, &sqlite_blob_type, sizeof(SqliteBlob));
    if (!b) {
        sqlite3_blob_close(blob);
        return REF_NULL;
    }
    obj_incref(&d->ob);
    b->owner = d;
    b->blob = blob;
    return ref_from_obj(&b->ob);
}

/* read(offset, n) -> n bytes from offset (the caller keeps them inside the blob). */
FN(blob_read) {
    if (!args_count(t, "read", nargs, kw, 2, 2)) return REF_NULL;
    sqlite3_blob *blob = open_blob(t, self);
    intptr_t offset, n;
    if (!blob || !arg_ssize(t, args[0], &offset) || !arg_ssize(t, args[1], &n)) return REF_NULL;
    if (offset < 0 || n < 0 || offset + n > sqlite3_blob_bytes(blob))
        return err_set(t, &exc_ValueError, "offset out of blob range");
    BytesBuf out;
    bytes_buf_init(&out);
    if (n && !bytes_buf_reserve(t, &out, n)) return REF_NULL;
    thread_release(t);
    int rc = n ? sqlite3_blob_read(blob, out.data, (int)n, (int)offset) : SQLITE_OK;
    thread_reacquire(t);
    if (rc != SQLITE_OK) {
        bytes_buf_discard(&out);
        return sqlite_raise(t, BLOB(self)->owner->db);
    }
    out.len = n;
    return ref_from_obj(bytes_buf_finish(t, &out));
}

/* write(offset, data): data (bytes-like) over the blob from offset. */
FN(blob_write) {
    if (!args_count(t, "write", nargs, kw, 2, 2)) return REF_NULL;
    sqlite3_blob *blob = open_blob(t, self);
    intptr_t offset;
    ByteView bv;
    if (!blob || !arg_ssize(t, args[0], &offset) || !bytes_view_or_error(t, args[1], &bv)) return REF_NULL;
    if (offset < 0 || offset + bv.len > sqlite3_blob_bytes(blob))
        return err_set(t, &exc_ValueError, "data longer than blob length");
    thread_release(t);
    int rc = sqlite3_blob_write(blob, bv.data, (int)bv.len, (int)offset);
    thread_reacquire(t);
    if (rc != SQLITE_OK) return sqlite_raise(t, BLOB(self)->owner->db);
    return REF_NONE;
}

FN(blob_length) {
    (void)args;
    if (!args_none(t, "length", nargs, kw)) return REF_NULL;
    sqlite3_blob *blob = open_blob(t, self);
    return blob ? ref_from_int(sqlite3_blob_bytes(blob)) : REF_NULL;
}

FN(blob_close) {
    (void)args;
    if (!args_none(t, "close", nargs, kw)) return REF_NULL;
    sqlite3_blob *blob = BLOB(self)->blob;
    if (!blob) return REF_NONE;
    BLOB(self)->blob = NULL;
    thread_release(t);
    sqlite3_blob_close(blob);
    thread_reacquire(t);
    return REF_NONE;
}

static const MethodDef blob_methods[] = {
    {"read", blob_read, 0, "read(offset, n) -> n bytes from offset."},
    {"write", blob_write, 0, "write(offset, data): data over the blob from offset."},
    {"length", blob_length, 0, "The blob's size in bytes."},
    {"close", blob_close, 0, "Closes the blob."},
    {NULL, NULL, 0, NULL},
};

Type sqlite_blob_type = {
    TYPE_HEAD_INIT,
    .tp_name = "_sqlite3.BlobHandle",
    .tp_basicsize = sizeof(SqliteBlob),
    .tp_flags = TPFLAG_DISALLOW_INSTANTIATION,
    .tp_doc = "An open BLOB of a Database (made by Database.blob_open).",
    .tp_dealloc = blob_dealloc,
    .tp_free = obj_free,
    .methods = blob_methods,
};
