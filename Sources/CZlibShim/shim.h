#ifndef QTRACK_CZLIB_SHIM_H
#define QTRACK_CZLIB_SHIM_H

#include <zlib.h>

/// inflateInit2 is a macro in zlib.h; Swift sees functions only.
static inline int qtrack_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
