// SPDX-License-Identifier: GPL-2.0
/*
 * ticker: uses the timer, queue, packet queue and memory kernel servers.
 * Its tick local server is called from softirq context by the timer and
 * queues a reference there, showing that both work in interrupt context.
 */
#define BSS_REQUIRED(X) X(timer, timer) X(q, queue) X(mem, mem) X(pq, pktq)
#define BSS_IMPORTS(X, S) X(timer, start) X(timer, stop) X(queue, put) \
	X(queue, get) X(queue, count) X(queue, limit) X(mem, alloc) \
	X(dmabuf, vaddr) X(dmabuf, size) X(pktq, put) X(pktq, count) X(pktq, limit) \
	S(local_create) S(ref_keep) S(ref_release) S(self)
#define BSS_LOCALS(X) X(tick, tick, tk, struct ticker, tk_put)
#include <bss/server.h>

struct ticker {
	bss_ref_t tick;
	u32 ticks;
};

BSS_IMPL_ticker(tc, struct ticker);
BSS_IMPL_tick(tk, struct ticker);

/* Softirq: count, and queue a reference to ourselves (non-blocking). */
static u32 tk_fire(struct ticker *t)
{
	__atomic_add_fetch(&t->ticks, 1, __ATOMIC_RELAXED);
	queue_put(REF_q, bss_self());
	return 0;
}

static const struct tk_tick_ops tk_tick_ops = {
	.fire = tk_fire,
};

static void tk_put(struct ticker *t)
{
}

static u32 tc_start(struct ticker *t, u32 period_ms)
{
	return timer_start(REF_timer, t->tick, period_ms, period_ms);
}

static u32 tc_ticks(struct ticker *t)
{
	return __atomic_load_n(&t->ticks, __ATOMIC_RELAXED);
}

static void tc_stop(struct ticker *t)
{
	timer_stop(REF_timer);
}

static u32 tc_push(struct ticker *t, u32 n)
{
	u32 i, queued = 0;

	for (i = 0; i < n; i++)
		queued += queue_put(REF_q, mem_alloc(REF_mem, 64 + i));
	return queued;
}

static u32 tc_pop(struct ticker *t, u32 n)
{
	u32 i;

	for (i = 0; i < n; i++) {
		bss_ref_t r = queue_get(REF_q, 0);

		if (r == BSS_REF_NULL)
			break;
		bss_ref_release(r);
	}
	return i;
}

static u32 tc_qcount(struct ticker *t)
{
	return queue_count(REF_q);
}

#define PKTQ_LIMIT	4

/* n frames of len bytes into the packet queue: how many it took. */
static u32 tc_frames(struct ticker *t, u32 n, u32 len)
{
	static const u8 frame[2048];
	u32 i, taken = 0;

	if (len > sizeof(frame))
		return 0;
	for (i = 0; i < n; i++)
		taken += pktq_put(REF_pq, frame, len);
	return taken;
}

static u32 tc_fcount(struct ticker *t)
{
	return pktq_count(REF_pq);
}

/* Memory from the mem server: mapped, zeroed, ours to write. */
static u32 tc_memtest(struct ticker *t, u64 size)
{
	bss_ref_t m = mem_alloc(REF_mem, size);
	u8 *p = (u8 *)(unsigned long)dmabuf_vaddr(m);
	u64 i, ok = dmabuf_size(m) == size;

	for (i = 0; i < size; i++)
		ok &= p[i] == 0;
	for (i = 0; i < size; i++)
		p[i] = (u8)i;
	for (i = 0; i < size; i++)
		ok &= p[i] == (u8)i;
	return ok;
}

static const struct tc_ticker_ops tc_ticker_ops = {
	.start = tc_start,
	.ticks = tc_ticks,
	.stop = tc_stop,
	.push = tc_push,
	.pop = tc_pop,
	.qcount = tc_qcount,
	.memtest = tc_memtest,
	.frames = tc_frames,
	.fcount = tc_fcount,
};

static int tc_ctor(struct ticker *t)
{
	t->tick = bss_ref_keep(bss_local_create(tick, t));
	queue_limit(REF_q, 1000);
	pktq_limit(REF_pq, PKTQ_LIMIT);
	return 0;
}

static void tc_dtor(struct ticker *t)
{
	timer_stop(REF_timer);
}

BSS_CTOR(struct ticker, tc_ctor);
BSS_DTOR(struct ticker, tc_dtor);

BSS_SERVER(tc, struct ticker,
	   .ctor = __bss_ctor,
	   .dtor = __bss_dtor,
	   .attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS test server: timers, queues and memory");
