// Restores the terminal when the process is stopped by a signal, and records the polite signals
// (SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT) for the event loop to act on. Written in C so the
// handlers stay async-signal-safe: they only call tcsetattr, write, signal and raise.
#ifndef CROSSREAD_TERMINAL_GUARD_H
#define CROSSREAD_TERMINAL_GUARD_H

/// Saves the terminal's current settings and the strings that leave curses mode, and installs the
/// handlers. Call before initscr. `leave_sequence` is written to the terminal on a fatal signal
/// (e.g. exit the alternate screen, show the cursor, reset attributes, stop mouse reporting).
void terminal_guard_install(int fd, const char *leave_sequence);

/// Restores the saved settings and writes the leave sequence (also what the fatal handler does).
void terminal_guard_restore(void);

/// The last polite signal received since the previous call, or 0.
int terminal_guard_take_signal(void);

/// Puts the default SIGTSTP action back, stops the process, and reinstalls the handler when the
/// process is continued.
void terminal_guard_suspend(void);

/// Removes the handlers (after the terminal was restored on a normal exit).
void terminal_guard_uninstall(void);
#endif
