/* Everything inside the runtime includes this one header. */
#ifndef SPRY_H
#define SPRY_H
#ifndef SPRY_INTERNAL
#error "internal header: only the Spry runtime may include it"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/ref.h"
#include "core/object.h"
#include "core/state.h"
#include "core/runtime.h"
#include "core/error.h"
#include "core/args.h"
#include "core/gc.h"
#include "objects/type.h"
#include "objects/abstract.h"
#include "objects/int.h"
#include "objects/float.h"
#include "objects/str.h"
#include "objects/bytes.h"
#include "objects/tuple.h"
#include "objects/list.h"
#include "objects/dict.h"
#include "objects/set.h"
#include "objects/iterobjects.h"
#include "objects/module.h"
#include "objects/exceptions.h"
#include "vm/code.h"
#include "vm/eval.h"
#include "compiler/compile.h"

#endif
