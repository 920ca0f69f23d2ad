// SPDX-License-Identifier: GPL-2.0
/*
 * bench: micro-benchmarks of the runtime, timed inside a server so that
 * what is measured is what servers do: service calls through bss_call()
 * and reference system calls, next to a plain direct and indirect call.
 * Every measurement returns the TSC cycles (get_cycles(), an inline
 * rdtsc) that its iterations took, loop included; user space divides and
 * repeats (tools/guest/run-bench.sh).
 *
 * Calls go to a second instance, the peer that loop(), refs() and race()
 * are passed: a call to another server that does not call back, the
 * common case (calling oneself would be a callback).
 *
 * Built twice: bss_bench is thread-safe, bss_bench_serial (serial.c,
 * BENCH_SERIALIZED) is serialized, so that the same call can be timed into
 * either kind of peer.
 */
#define BSS_IMPORTS(X, S) X(bench, nop) X(bench, snop) X(bench, temps) X(bench, raise) \
	S(ref_keep) S(ref_release) S(self) S(try) S(try_end) S(throw)
#include <linux/atomic.h>
#include <linux/timex.h>
#include <bss/server.h>

/* Permanent-table sizes up to this; the fill handles live in the server. */
#define BENCH_MAX_TABLE		10000
/* Temporaries made per frame: a frame cannot outgrow the thread's 64. */
#define BENCH_TEMP_BATCH	48
/* What raise() throws. */
#define BENCH_ERROR		1000
/*
 * TSC cycles race() waits for its other callers: seconds at any clock
 * rate a guest has, well inside the soft-lockup watchdog's 20.
 */
#define BENCH_RACE_WAIT		8000000000ULL

enum bench_kind {
	BENCH_EMPTY,		/* the loop alone */
	BENCH_DIRECT,		/* a direct call of a noinline function */
	BENCH_INDIRECT,		/* the same through a function pointer */
	BENCH_CALL,		/* service call through a permanent reference */
	BENCH_CALL_TEMP,	/* service call through a temporary reference */
	BENCH_TEMP,		/* temporary reference acquire and release */
	BENCH_TRY,		/* a try around a service call that returns */
	BENCH_THROW,		/* the same call throwing, caught by the try */
	BENCH_CALL_SNOP,	/* BENCH_CALL through snop's import (serialized peer) */
};

/*
 * arrived and round are race()'s starting line: callers count in, the
 * last one starts a new round and with it everyone waiting.
 */
struct bench {
	u64 (*fn)(u64 x);
	u64 sink;
	atomic_t arrived;
	u32 round;
	bss_ref_t fill[BENCH_MAX_TABLE];
};

BSS_IMPL_bench(bn, struct bench);

static noinline u64 bench_fn(u64 x)
{
	barrier();
	return x + 1;
}

static u64 bench_empty(struct bench *self, u64 iters)
{
	cycles_t t0, t1;
	u64 i;

	t0 = get_cycles();
	for (i = 0; i < iters; i++)
		barrier();
	t1 = get_cycles();
	return t1 - t0;
}

static u64 bench_direct(struct bench *self, u64 iters)
{
	cycles_t t0, t1;
	u64 i, sum = 0;

	t0 = get_cycles();
	for (i = 0; i < iters; i++)
		sum += bench_fn(i);
	t1 = get_cycles();
	self->sink += sum;
	return t1 - t0;
}

/* READ_ONCE() each time: a real indirect call, as the kernel compiles one. */
static u64 bench_indirect(struct bench *self, u64 iters)
{
	u64 (*fn)(u64 x);
	cycles_t t0, t1;
	u64 i, sum = 0;

	t0 = get_cycles();
	for (i = 0; i < iters; i++) {
		fn = READ_ONCE(self->fn);
		sum += fn(i);
	}
	t1 = get_cycles();
	self->sink += sum;
	return t1 - t0;
}

/*
 * iters calls through one import: bench_call_nop() through nop's, the one
 * loop(BENCH_CALL) times, bench_call_snop() through snop's, bound to the
 * serialized peer. One body, so that the two figures time the same loop.
 */
#define BENCH_CALL_LOOP(fn)						\
static u64 bench_call_##fn(struct bench *self, bss_ref_t ref, u64 iters) \
{									\
	cycles_t t0, t1;						\
	u64 i, sum = 0;							\
									\
	t0 = get_cycles();						\
	for (i = 0; i < iters; i++)					\
		sum += bench_##fn(ref, i);				\
	t1 = get_cycles();						\
	self->sink += sum;						\
	return t1 - t0;							\
}

BENCH_CALL_LOOP(nop)
BENCH_CALL_LOOP(snop)

/* Each batch of temporaries needs a frame of its own: temps() times them. */
static u64 bench_temp(struct bench *self, bss_ref_t ref, u64 iters)
{
	u64 sum = 0;
	u32 n;

	while (iters) {
		n = min_t(u64, iters, BENCH_TEMP_BATCH);
		sum += bench_temps(ref, n);
		iters -= n;
	}
	return sum;
}

/*
 * One try around peer's raise(): 1 when it threw and the try caught it.
 * Only the arguments live across bss_try(), and nothing changes them.
 */
static noinline u64 bench_try_once(bss_ref_t ref, u64 raise)
{
	struct bss_try tc;

	if (!bss_try(&tc)) {
		bench_raise(ref, raise);
		bss_try_end(&tc);
		return 0;
	}
	return 1;
}

/* Every throw must have been caught, and nothing else: 0 if not. */
static u64 bench_throw(struct bench *self, bss_ref_t ref, u64 iters, u64 raise)
{
	cycles_t t0, t1;
	u64 i, caught = 0;

	t0 = get_cycles();
	for (i = 0; i < iters; i++)
		caught += bench_try_once(ref, raise);
	t1 = get_cycles();
	return caught == (raise ? iters : 0) ? t1 - t0 : 0;
}

static u64 bn_nop(struct bench *self, u64 x)
{
	return x;
}

static u64 bn_snop(struct bench *self, u64 x)
{
	return x;
}

/* Returns x, or throws BENCH_ERROR when x is not 0. */
static u64 bn_raise(struct bench *self, u64 x)
{
	if (x)
		bss_throw(BENCH_ERROR, -EAGAIN);
	return x;
}

/* peer arrives as a borrowed temporary of this frame. */
static u64 bn_loop(struct bench *self, u32 kind, u64 iters, bss_ref_t peer)
{
	bss_ref_t perm;
	u64 ret;

	switch (kind) {
	case BENCH_EMPTY:
		return bench_empty(self, iters);
	case BENCH_DIRECT:
		return bench_direct(self, iters);
	case BENCH_INDIRECT:
		return bench_indirect(self, iters);
	case BENCH_CALL:
		perm = bss_ref_keep(peer);
		ret = bench_call_nop(self, perm, iters);
		bss_ref_release(perm);
		return ret;
	case BENCH_CALL_TEMP:
		return bench_call_nop(self, peer, iters);
	case BENCH_CALL_SNOP:
		perm = bss_ref_keep(peer);
		ret = bench_call_snop(self, perm, iters);
		bss_ref_release(perm);
		return ret;
	case BENCH_TEMP:
		return bench_temp(self, peer, iters);
	case BENCH_TRY:
	case BENCH_THROW:
		perm = bss_ref_keep(peer);
		ret = bench_throw(self, perm, iters, kind == BENCH_THROW);
		bss_ref_release(perm);
		return ret;
	}
	return 0;
}

/*
 * The starting line: false when the other callers did not all arrive in
 * time. A caller that gives up takes itself off the count, unless the
 * round is just starting, which it then joins.
 */
static bool bench_line_up(struct bench *self, u32 callers)
{
	/* Read before counting in: atomic_inc_return() is fully ordered. */
	u32 round = READ_ONCE(self->round);
	cycles_t t0 = get_cycles();

	if (atomic_inc_return(&self->arrived) == callers) {
		atomic_set(&self->arrived, 0);
		/* The count is 0 again before anyone sees the round start. */
		smp_store_release(&self->round, round + 1);
		return true;
	}
	/* Pairs with the release above. */
	while (smp_load_acquire(&self->round) == round) {
		if (get_cycles() - t0 > BENCH_RACE_WAIT &&
		    atomic_add_unless(&self->arrived, -1, 0))
			return false;
		cpu_relax();
	}
	return true;
}

/*
 * Service calls to peer, as loop(BENCH_CALL) makes them, by callers
 * threads at once: each calls race() (on a CPU of its own), waits for the
 * others, then times its own iters calls. Its cycles, 0 if the others
 * never came. The TSCs of two CPUs need not agree, so each times itself.
 */
static u64 bn_race(struct bench *self, u32 callers, u64 iters, bss_ref_t peer)
{
	bss_ref_t perm;
	cycles_t t0, t1;
	u64 i, sum = 0;

	if (!callers)
		return 0;
	perm = bss_ref_keep(peer);
	if (!bench_line_up(self, callers)) {
		bss_ref_release(perm);
		return 0;
	}
	t0 = get_cycles();
	for (i = 0; i < iters; i++)
		sum += bench_nop(perm, i);
	t1 = get_cycles();
	bss_ref_release(perm);
	WRITE_ONCE(self->sink, sum);
	return t1 - t0;
}

/* n borrowed temporaries of the running server, each released at once. */
static u64 bn_temps(struct bench *self, u32 n)
{
	cycles_t t0, t1;
	bss_ref_t r;
	u32 i;

	if (n > BENCH_TEMP_BATCH)
		return 0;
	t0 = get_cycles();
	for (i = 0; i < n; i++) {
		r = bss_self();
		bss_ref_release(r);
	}
	t1 = get_cycles();
	return t1 - t0;
}

/*
 * Permanent reference acquire and release with size permanent references
 * live: size - 1 kept first, then one acquired and released iters times.
 * Each is made from peer, a temporary, as a server keeps what it is given.
 */
static u64 bn_refs(struct bench *self, u32 size, u64 iters, bss_ref_t peer)
{
	bss_ref_t h;
	cycles_t t0, t1 = 0;
	u32 n = 0;
	u64 i;

	if (!size || size > BENCH_MAX_TABLE)
		return 0;
	for (n = 0; n < size - 1; n++) {
		self->fill[n] = bss_ref_keep(peer);
		if (self->fill[n] == BSS_REF_NULL)
			break;
	}
	if (n == size - 1) {
		t0 = get_cycles();
		for (i = 0; i < iters; i++) {
			h = bss_ref_keep(peer);
			bss_ref_release(h);
		}
		t1 = get_cycles() - t0;
	}
	/* Newest first: the free list ends up as it was. */
	while (n--)
		bss_ref_release(self->fill[n]);
	return t1;
}

static const struct bn_bench_ops bn_bench_ops = {
	.nop = bn_nop,
	.loop = bn_loop,
	.refs = bn_refs,
	.temps = bn_temps,
	.raise = bn_raise,
	.race = bn_race,
	.snop = bn_snop,
};

static int bn_ctor(struct bench *self)
{
	self->fn = bench_fn;
	return 0;
}

BSS_CTOR(struct bench, bn_ctor);

#ifdef BENCH_SERIALIZED
#define BENCH_ATTRS	BSS_ATTR_SERIALIZED
#define BENCH_DESC	"BSS server: benchmarks, serialized"
#else
#define BENCH_ATTRS	BSS_ATTR_THREAD_SAFE
#define BENCH_DESC	"BSS server: benchmarks"
#endif

BSS_SERVER(bn, struct bench,
	   .ctor = __bss_ctor,
	   .attrs = BENCH_ATTRS,
	   .stack_need = 256);
MODULE_DESCRIPTION(BENCH_DESC);
