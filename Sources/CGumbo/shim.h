// The C surface Crossread needs from gumbo, Google's HTML5 parser (Debian's libgumbo-dev).
#ifndef CROSSREAD_GUMBO_SHIM_H
#define CROSSREAD_GUMBO_SHIM_H

#include <stddef.h>
#include <gumbo.h>

/// Parses `length` bytes of UTF-8 HTML. Parse errors are not collected (`max_errors = 0`): the
/// tree is all Crossread reads, and recording every error of a broken page costs time and memory.
static inline GumboOutput *cr_gumbo_parse(const char *buffer, size_t length) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    return gumbo_parse_with_options(&options, buffer, length);
}

static inline void cr_gumbo_destroy(GumboOutput *output) {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}
#endif
