/* codegen_dump.c — a disassembler for debugging and tests (like `dis.dis`). */
#include "spry.h"
#include "compiler/codegen.h"
#include "opcode_meta.h"

#include <stdio.h>

static void print_ref(FILE *out, Ref v) {
    if (ref_is_int(v)) {
        fprintf(out, "%lld", (long long)ref_int(v));
        return;
    }
    Type *tp = ref_type(v);
    if (tp == &str_type) {
        fprintf(out, "'%s'", str_utf8_lossy(ref_obj(v)));
    } else if (tp == &code_type) {
        fprintf(out, "<code %s>", str_utf8_lossy(CODE(ref_obj(v))->name));
    } else if (tp == &tuple_type) {
        Object *t = ref_obj(v);
        fputc('(', out);
        for (intptr_t i = 0; i < tuple_size(t); i++) {
            if (i) fputs(", ", out);
            print_ref(out, tuple_get(t, i));
        }
        fputc(')', out);
    } else if (ref_is_none(v)) {
        fputs("None", out);
    } else {
        fprintf(out, "<%s>", tp->tp_name);
    }
}

void codegen_dump(Object *code, FILE *out) {
    Code *co = CODE(code);
    fprintf(out, "code %s (qualname %s) flags=0x%x argc=%d posonly=%d kwonly=%d nlocals=%d "
                 "ncells=%d nfree=%d stack=%d firstline=%d\n",
            str_utf8_lossy(co->name), str_utf8_lossy(co->qualname), co->flags, co->argcount,
            co->posonlyargcount, co->kwonlyargcount, co->nlocals, co->ncellvars, co->nfreevars,
            co->stacksize, co->firstlineno);
    int n = (int)co->ob.ob_size;
    unsigned ext = 0;
    int prev_line = -2;
    for (int i = 0; i < n; i++) {
        int op = CODEUNIT_OP(co->code[i]);
        unsigned arg = CODEUNIT_ARG(co->code[i]) | ext;
        int line, el, col, ec;
        code_addr2location(co, i, &line, &el, &col, &ec);
        if (op == EXTENDED_ARG) {
            ext = arg << 8;
            continue;
        }
        ext = 0;
        if (line != prev_line) fprintf(out, "%4d ", line);
        else fputs("     ", out);
        prev_line = line;
        fprintf(out, "%5d %-26s", i, opcode_names[op] ? opcode_names[op] : "???");
        fprintf(out, " %4u", arg);
        if (op == LOAD_CONST && arg < (unsigned)tuple_size(co->consts)) {
            fputs(" (", out);
            print_ref(out, tuple_get(co->consts, arg));
            fputc(')', out);
        } else if (op == LOAD_GLOBAL) {
            fprintf(out, " (%s%s)", (arg & 1) ? "NULL + " : "",
                    str_utf8_lossy(ref_obj(tuple_get(co->names, arg >> 1))));
        } else if (opcode_has_name(op) && arg < (unsigned)tuple_size(co->names)) {
            fprintf(out, " (%s)", str_utf8_lossy(ref_obj(tuple_get(co->names, arg))));
        } else if ((op == LOAD_FAST || op == STORE_FAST || op == DELETE_FAST || op == LOAD_DEREF ||
                    op == STORE_DEREF || op == LOAD_CLOSURE || op == MAKE_CELL ||
                    op == LOAD_CLASSDEREF || op == DELETE_DEREF) &&
                   arg < (unsigned)tuple_size(co->localsplusnames)) {
            fprintf(out, " (%s)", str_utf8_lossy(ref_obj(tuple_get(co->localsplusnames, arg))));
        } else if (opcode_has_jump(op)) {
            int size = 1 + opcode_cache_size[op];
            int tgt = opcode_is_backward_jump(op) ? i + size - (int)arg : i + size + (int)arg;
            fprintf(out, " (to %d)", tgt);
        }
        if (col >= 0) fprintf(out, "  [%d:%d-%d:%d]", line, col, el, ec);
        fputc('\n', out);
        i += opcode_cache_size[op];
    }
    /* exception table */
    bool header = false;
    int last_t = -1, last_d = -1, start = -1;
    bool last_l = false;
    for (int i = 0; i <= n; i++) {
        int tg = -1, d = -1;
        bool l = false;
        bool has = i < n && code_find_handler(co, i, &tg, &d, &l);
        if (!has) tg = -1;
        if (tg != last_t || d != last_d || l != last_l) {
            if (last_t >= 0) {
                if (!header) fputs("ExceptionTable:\n", out);
                header = true;
                fprintf(out, "  %d to %d -> %d [%d]%s\n", start, i - 1, last_t, last_d,
                        last_l ? " lasti" : "");
            }
            start = i;
            last_t = tg;
            last_d = d;
            last_l = l;
        }
    }
    for (intptr_t k = 0; k < tuple_size(co->consts); k++) {
        Ref v = tuple_get(co->consts, k);
        if (!ref_is_int(v) && ref_type(v) == &code_type) {
            fputc('\n', out);
            codegen_dump(ref_obj(v), out);
        }
    }
}
