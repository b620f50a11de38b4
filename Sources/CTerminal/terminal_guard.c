#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static int guard_fd = -1;
static struct termios saved_termios;
static int have_termios = 0;
static char leave[256];
static size_t leave_length = 0;
static volatile sig_atomic_t pending_signal = 0;

static const int fatal_signals[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
static const int polite_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGQUIT};

void terminal_guard_restore(void) {
    if (guard_fd < 0) return;
    if (leave_length > 0) {
        ssize_t ignored = write(guard_fd, leave, leave_length);
        (void)ignored;
    }
    if (have_termios) tcsetattr(guard_fd, TCSANOW, &saved_termios);
}

static void on_fatal(int signal_number) {
    // Restore first, then die of the same signal with its default action (core dump, exit code).
    terminal_guard_restore();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void on_polite(int signal_number) { pending_signal = signal_number; }

static void install_handler(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = handler == on_fatal ? (int)SA_RESETHAND : 0;
    sigaction(signal_number, &action, 0);
}

void terminal_guard_install(int fd, const char *leave_sequence) {
    guard_fd = fd;
    have_termios = tcgetattr(fd, &saved_termios) == 0;
    leave_length = 0;
    if (leave_sequence) {
        leave_length = strlen(leave_sequence);
        if (leave_length >= sizeof leave) leave_length = sizeof leave - 1;
        memcpy(leave, leave_sequence, leave_length);
    }
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) install_handler(fatal_signals[i], on_fatal);
    for (size_t i = 0; i < sizeof polite_signals / sizeof *polite_signals; i++) install_handler(polite_signals[i], on_polite);
}

int terminal_guard_take_signal(void) {
    int value = pending_signal;
    pending_signal = 0;
    return value;
}

void terminal_guard_suspend(void) {
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
    // Execution resumes here after SIGCONT.
    install_handler(SIGTSTP, on_polite);
}

void terminal_guard_uninstall(void) {
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) signal(fatal_signals[i], SIG_DFL);
    for (size_t i = 0; i < sizeof polite_signals / sizeof *polite_signals; i++) signal(polite_signals[i], SIG_DFL);
    guard_fd = -1;
}
