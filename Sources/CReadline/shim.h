#ifndef CLAIMDESK_CREADLINE_SHIM_H
#define CLAIMDESK_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 refuses to assign readline's mutable C globals; these setters do it on the C side. */

static inline void cdk_set_attempted_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

#endif
