// SPDX-License-Identifier: GPL-2.0
/* An import of system call 99, which does not exist. */
#define BSS_IMPORTS(X, S) S(unknown)
#define BSS_SYS_unknown 99
#include "bad.h"

BSS_IMPL_echo(bad, struct bad);

static u64 bad_ping(struct bad *self, u64 x) { return x; }
static u64 bad_add(struct bad *self, u64 a, u64 b) { return a + b; }
static u64 bad_get(struct bad *self) { return 0; }
static u64 bad_fill(struct bad *self, void *p, u64 n) { return 0; }
static u64 bad_sum(struct bad *self, const void *p, u64 n) { return 0; }

static const struct bad_echo_ops bad_echo_ops = {
	.ping = bad_ping,
	.add = bad_add,
	.get = bad_get,
	.fill = bad_fill,
	.sum = bad_sum,
};

BSS_SERVER(bad, struct bad, .attrs = BSS_ATTR_THREAD_SAFE);
MODULE_DESCRIPTION("BSS test server: unknown system call, must be refused");
