// cmark for Swift: the CommonMark reference parser and renderer.
#ifndef GALLEY_CCMARK_SHIM_H
#define GALLEY_CCMARK_SHIM_H
#include <cmark.h>
#include <stdlib.h>

/// Frees a string that cmark rendered.
static inline void galley_cmark_free_string(char *string) { free(string); }
#endif
