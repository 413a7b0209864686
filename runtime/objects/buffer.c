/* The buffer protocol's entry points (see objects/bytes.h): views through Type.getbuffer. */
#include "spry.h"

int obj_get_buffer(Thread *t, Ref obj, BufferView *view, bool writable) {
    Type *tp = ref_type(obj);
    if (!ref_is_obj(obj) || !tp->getbuffer) {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%T'", obj);
        return -1;
    }
    if (tp->getbuffer(t, obj, view, writable) < 0) return -1;
    obj_incref(view->obj);
    return 0;
}

void buffer_release(BufferView *view) {
    Object *obj = view->obj;
    if (!obj) return;
    ReleaseBufferFn release = obj->ob_type->releasebuffer;
    if (release) release(obj, view);
    view->obj = NULL;
    obj_decref(obj);
}

int buffer_fill_bytes(Thread *t, Object *obj, char *data, intptr_t len, bool readonly, BufferView *view,
                      bool writable) {
    if (writable && readonly) {
        err_set(t, &exc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = obj;
    view->data = data;
    view->len = len;
    view->itemsize = 1;
    view->format = 'B';
    view->readonly = readonly;
    return 0;
}
