/* Unicode character database lookups over the generated tables (see unicode_db.h). */
#include "spry.h"
#include "objects/unicode_db.h"

#include "unicode_tables.h"

const UnicodeRecord *unicode_record(uint32_t cp) {
    if (cp >= 0x110000) cp = 0x10ffff; /* unassigned, like any other Cn */
    uint32_t block = unicode_index1[cp >> UDB_SHIFT];
    return &unicode_records[unicode_index2[(block << UDB_SHIFT) + (cp & ((1u << UDB_SHIFT) - 1))]];
}

int unicode_decimal(uint32_t cp) { return unicode_record(cp)->decimal; }
int unicode_digit(uint32_t cp) { return unicode_record(cp)->digit; }

double unicode_numeric(uint32_t cp) {
    const UnicodeRecord *r = unicode_record(cp);
    return r->numeric == UDB_NUMERIC_NONE ? -1.0 : unicode_numeric_values[r->numeric];
}

const char *unicode_category(uint32_t cp) { return unicode_category_names[unicode_record(cp)->category]; }
const char *unicode_version(void) { return UDB_UNICODE_VERSION; }

/* A mapping field is a delta for ordinary records, an offset into unicode_ext_case (a
 * length followed by the code points) for UDB_EXTENDED_CASE ones. */
static int map_case(uint32_t cp, const UnicodeRecord *r, int32_t field, uint32_t out[3]) {
    if (!(r->flags & UDB_EXTENDED_CASE)) {
        out[0] = (uint32_t)((int32_t)cp + field);
        return 1;
    }
    int n = (int)unicode_ext_case[field];
    for (int i = 0; i < n && i < 3; i++) out[i] = unicode_ext_case[field + 1 + i];
    return n;
}

int unicode_to_upper(uint32_t cp, uint32_t out[3]) {
    const UnicodeRecord *r = unicode_record(cp);
    return map_case(cp, r, r->upper, out);
}
int unicode_to_lower(uint32_t cp, uint32_t out[3]) {
    const UnicodeRecord *r = unicode_record(cp);
    return map_case(cp, r, r->lower, out);
}
int unicode_to_title(uint32_t cp, uint32_t out[3]) {
    const UnicodeRecord *r = unicode_record(cp);
    return map_case(cp, r, r->title, out);
}
int unicode_to_fold(uint32_t cp, uint32_t out[3]) {
    const UnicodeRecord *r = unicode_record(cp);
    return map_case(cp, r, r->fold, out);
}
