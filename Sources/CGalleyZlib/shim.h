// zlib for Swift: inflate for gzip-compressed inputs (.gz files, WARC records).
#ifndef GALLEY_CZLIB_SHIM_H
#define GALLEY_CZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro in zlib.h; this wraps it so Swift can call it.
static inline int galley_inflate_init(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
#endif
