// SPDX-License-Identifier: GPL-2.0
/*
 * counter: a serialized server (built a second time as counter_unsafe,
 * thread-safe and so unprotected, to show what serialization prevents).
 * Its increment is a slow read-modify-write with no call inside, so only
 * the runtime's lock keeps concurrent increments from being lost.
 */
#define BSS_REQUIRED(X) X(gate, gate)
#define BSS_IMPORTS(X, S) X(gate, hold) X(gate, nop) X(gate, call_back) \
	X(latch, hold) S(self) S(thread) S(thread_stop)
#include <bss/server.h>

#include "../spin.h"

struct counter {
	u64 value;
};

BSS_IMPL_counter(ct, struct counter);

static void slow_inc(struct counter *c, u64 n)
{
	u64 v = READ_ONCE(c->value);
	int i;

	for (i = 0; i < 64; i++)
		cpu_relax();
	WRITE_ONCE(c->value, v + n);
}

static u64 ct_inc(struct counter *c, u64 n)
{
	slow_inc(c, n);
	return c->value;
}

static u64 ct_get(struct counter *c)
{
	return c->value;
}

/* Sits in an outgoing call: the lock is free for others meanwhile. */
static u64 ct_hold(struct counter *c)
{
	gate_hold(REF_gate);
	return ct_inc(c, 1);
}

/* Sits in an atomic service: the lock stays held. */
static u64 ct_hold_atomic(struct counter *c, bss_ref_t latch)
{
	latch_hold(latch);
	return ct_inc(c, 1);
}

static u64 ct_callback(struct counter *c)
{
	return gate_call_back(REF_gate, bss_self());
}

static u32 ct_spawn(struct counter *c, u32 n, u64 iters)
{
	u32 i;

	for (i = 0; i < n; i++) {
		if (iters)
			bss_thread(counter_work, iters);
		else
			bss_thread(counter_forever, 0);
	}
	return n;
}

/* A factory thread: increments, letting others in between. */
static u64 ct_work(struct counter *c, u64 iters)
{
	u64 i;

	for (i = 0; i < iters && !bss_thread_stop(); i++) {
		slow_inc(c, 1);
		gate_nop(REF_gate);
	}
	return i;
}

/* A factory thread that runs until its creator dies. */
static u64 ct_forever(struct counter *c, u64 unused)
{
	while (!bss_thread_stop()) {
		slow_inc(c, 1);
		gate_nop(REF_gate);
	}
	return 0;
}

static const struct ct_counter_ops ct_counter_ops = {
	.inc = ct_inc,
	.get = ct_get,
	.hold = ct_hold,
	.hold_atomic = ct_hold_atomic,
	.callback = ct_callback,
	.spawn = ct_spawn,
	.work = ct_work,
	.forever = ct_forever,
};

#ifdef COUNTER_UNSAFE
#define COUNTER_ATTRS	(BSS_ATTR_THREAD_SAFE)
#else
#define COUNTER_ATTRS	(BSS_ATTR_SERIALIZED)
#endif

BSS_SERVER(ct, struct counter,
	   .attrs = COUNTER_ATTRS,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS test server: counter");
