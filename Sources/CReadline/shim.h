#ifndef CLAIMDESK_CREADLINE_SHIM_H
#define CLAIMDESK_CREADLINE_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <sys/select.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 refuses to assign readline's mutable C globals; these functions do it on the C side. */

static inline void cdk_set_attempted_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

/* Completion setup: words break at white space only; quotes are completion quotes. */
static inline void cdk_configure_completion(void) {
    rl_basic_word_break_characters = " \t\n";
    rl_completer_word_break_characters = " \t\n";
    rl_completer_quote_characters = "\"'";
    rl_readline_name = "claimdesk";
}

/* Tells readline not to fall back to file name completion after ours. */
static inline void cdk_completion_over(int over) { rl_attempted_completion_over = over; }

/* The quote the word being completed opened with (0 when none). */
static inline int cdk_completion_quote(void) { return rl_completion_quote_character; }

/* The whole line being edited, and the cursor. */
static inline const char *cdk_line_buffer(void) { return rl_line_buffer; }
static inline int cdk_point(void) { return rl_point; }

/* Ctrl-C and reading lines.
 * The statics below have one copy per object file that uses them: claimdesk calls all of
 * these from one Swift file (ReadlineLineReader.swift) so handler and reader share one flag. */
static volatile sig_atomic_t cdk_interrupted = 0;
static volatile sig_atomic_t cdk_resized = 0;
static char *cdk_line_result = NULL;
static int cdk_line_done = 0;

static inline void cdk_sigint_handler(int signal_number) {
    (void)signal_number;
    cdk_interrupted = 1;
}

static inline void cdk_sigwinch_handler(int signal_number) {
    (void)signal_number;
    cdk_resized = 1;
}

static inline void cdk_install_handler(int signal_number, void (*handler)(int), int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = flags;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, NULL);
}

/* Installs the SIGINT and SIGWINCH handlers. A blocked select() returns EINTR on either (Linux
 * never restarts select), so the reader cancels the line or redraws it at the new width at once.
 * SIGWINCH restarts other calls (SA_RESTART): a resize in the middle of printing loses nothing.
 * SIGPIPE is ignored: a pager quit early makes writing fail with EPIPE instead of killing the REPL. */
static inline void cdk_install_interrupts(void) {
    cdk_install_handler(SIGINT, cdk_sigint_handler, 0);
    cdk_install_handler(SIGWINCH, cdk_sigwinch_handler, SA_RESTART);
    signal(SIGPIPE, SIG_IGN);
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
}

static inline int cdk_take_interrupt(void) {
    int was = cdk_interrupted;
    cdk_interrupted = 0;
    return was;
}

static inline void cdk_line_handler(char *line) {
    cdk_line_result = line;
    cdk_line_done = 1;
    rl_callback_handler_remove();
}

/* Reads one line with readline's callback interface and select(), so Ctrl-C cancels the line cleanly.
 * *status: 0 a line (malloc'd, caller frees), 1 interrupted by Ctrl-C, 2 end of input. */
static inline char *cdk_read_line(const char *prompt, int *status) {
    int fd = fileno(rl_instream ? rl_instream : stdin);
    cdk_line_result = NULL;
    cdk_line_done = 0;
    cdk_interrupted = 0;
    rl_callback_handler_install(prompt, cdk_line_handler);
    while (!cdk_line_done) {
        fd_set descriptors;
        FD_ZERO(&descriptors);
        FD_SET(fd, &descriptors);
        if (select(fd + 1, &descriptors, NULL, NULL, NULL) < 0) {
            if (errno != EINTR) break;
            if (cdk_interrupted) {
                cdk_interrupted = 0;
                rl_free_line_state();
                rl_callback_sigcleanup();
                rl_callback_handler_remove();
                rl_crlf();
                *status = 1;
                return NULL;
            }
            if (cdk_resized) {
                cdk_resized = 0;
                rl_resize_terminal();
            }
            continue;
        }
        rl_callback_read_char();
    }
    if (!cdk_line_done) rl_callback_handler_remove();
    *status = cdk_line_result ? 0 : 2;
    return cdk_line_result;
}

#endif
