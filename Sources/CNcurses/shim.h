// The small C surface Crossread needs from ncursesw. Macros and globals that Swift cannot import
// (or that Swift 6 rejects as shared mutable state) are wrapped in static inline functions.
#ifndef CROSSREAD_NCURSES_SHIM_H
#define CROSSREAD_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <string.h>
#include <ncursesw/ncurses.h>

static inline WINDOW *cr_stdscr(void) { return stdscr; }
static inline WINDOW *cr_curscr(void) { return curscr; }
static inline int cr_lines(void) { return LINES; }
static inline int cr_cols(void) { return COLS; }
static inline int cr_colors(void) { return COLORS; }
static inline int cr_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cr_a_normal(void) { return A_NORMAL; }
static inline attr_t cr_a_bold(void) { return A_BOLD; }
static inline attr_t cr_a_dim(void) { return A_DIM; }
static inline attr_t cr_a_reverse(void) { return A_REVERSE; }
static inline attr_t cr_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cr_color_pair(int pair) { return COLOR_PAIR(pair); }

static inline mmask_t cr_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cr_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cr_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cr_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t cr_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cr_button5_pressed(void) { return 0; }

/// Copies a run of characters with their attributes straight into the window (no multibyte
/// decoding, no wrapping): the fast path for printable ASCII.
static inline int cr_draw_chars(int y, int x, const chtype *characters, int count) {
    return mvwaddchnstr(stdscr, y, x, characters, count);
}
#endif

static inline int cr_wcwidth(wchar_t c) { return wcwidth(c); }

/// Whether the current LC_CTYPE is UTF-8.
static inline int cr_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != 0 && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// Draws a UTF-8 string at a position with attributes (ncursesw decodes it under a UTF-8 locale).
static inline int cr_draw(int y, int x, const char *utf8, attr_t attributes) {
    attrset(attributes);
    return mvaddstr(y, x, utf8);
}

/// Copies a run of characters with their attributes straight into the window (no multibyte
/// decoding, no wrapping): the fast path for printable ASCII.
static inline int cr_draw_chars(int y, int x, const chtype *characters, int count) {
    return mvwaddchnstr(stdscr, y, x, characters, count);
}
#endif
