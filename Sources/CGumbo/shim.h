// The C surface Crossread needs from gumbo, Google's HTML5 parser (Debian's libgumbo-dev).
#ifndef CROSSREAD_GUMBO_SHIM_H
#define CROSSREAD_GUMBO_SHIM_H

#include <stddef.h>
#include <stdlib.h>
#include <gumbo.h>

/// One parse's memory: gumbo allocates many small pieces and frees each one at the end, which
/// took a tenth of a parse in malloc and free. Here pieces are cut from 1 MB chunks and the
/// chunks freed together (a piece gumbo frees early, such as an outgrown buffer, stays until then).
typedef struct cr_gumbo_chunk {
    struct cr_gumbo_chunk *previous;
    size_t used, size;
    _Alignas(16) unsigned char bytes[];
} cr_gumbo_chunk;

typedef struct {
    GumboOutput *output;
    cr_gumbo_chunk *chunk;
} cr_gumbo_parse_result;

static inline void *cr_gumbo_allocate(void *userdata, size_t size) {
    cr_gumbo_chunk **current = (cr_gumbo_chunk **)userdata;
    size = (size + 15) & ~(size_t)15;
    cr_gumbo_chunk *chunk = *current;
    if (chunk == NULL || chunk->size - chunk->used < size) {
        size_t capacity = size > (1u << 20) ? size : (1u << 20);
        cr_gumbo_chunk *fresh = (cr_gumbo_chunk *)malloc(sizeof(cr_gumbo_chunk) + capacity);
        if (fresh == NULL) abort();
        fresh->previous = chunk;
        fresh->used = 0;
        fresh->size = capacity;
        *current = fresh;
        chunk = fresh;
    }
    void *piece = chunk->bytes + chunk->used;
    chunk->used += size;
    return piece;
}

static inline void cr_gumbo_release(void *userdata, void *piece) {
    (void)userdata;
    (void)piece;
}

/// Parses `length` bytes of UTF-8 HTML. Parse errors are not collected (`max_errors = 0`): the
/// tree is all Crossread reads, and recording every error of a broken page costs time and memory.
/// `*chunks` receives the parse's memory: give it to `cr_gumbo_destroy` when done with the tree.
static inline GumboOutput *cr_gumbo_parse(const char *buffer, size_t length, void **chunks) {
    cr_gumbo_chunk **current = (cr_gumbo_chunk **)malloc(sizeof(cr_gumbo_chunk *));
    if (current == NULL) abort();
    *current = NULL;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    options.allocator = cr_gumbo_allocate;
    options.deallocator = cr_gumbo_release;
    options.userdata = current;
    *chunks = current;
    return gumbo_parse_with_options(&options, buffer, length);
}

/// Frees the tree and all the memory of its parse at once.
static inline void cr_gumbo_destroy(void *chunks) {
    cr_gumbo_chunk **current = (cr_gumbo_chunk **)chunks;
    cr_gumbo_chunk *chunk = *current;
    while (chunk != NULL) {
        cr_gumbo_chunk *previous = chunk->previous;
        free(chunk);
        chunk = previous;
    }
    free(current);
}
#endif
