/* The tracing evaluation loop: eval.c compiled a second time, with dispatch and frame
 * exits reporting to the sys.settrace/setprofile hooks (vm/trace.c, docs/TRACING.md). */
#define SPRY_EVAL_TRACED 1
#include "eval.c"
