#ifndef CLAIMDESK_CSHA256_H
#define CLAIMDESK_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 compression (FIPS 180-4, section 6.2.2) of `blocks` consecutive 64-byte blocks into `state`
/// (the eight working words H0…H7). Uses the x86 SHA extensions when the processor has them, the
/// portable rounds otherwise; both give the same state.
void claimdesk_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The portable rounds alone (for tests that compare the two paths).
void claimdesk_sha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

/// Whether `claimdesk_sha256_blocks` uses the processor's SHA extensions here.
int claimdesk_sha256_accelerated(void);

#endif
