// SPDX-License-Identifier: GPL-2.0
/*
 * The packet queue kernel server: received frames on their way from a
 * driver server to Linux (thesis 4.4). The driver requires a queue, puts
 * frames into it from its interrupt handler or its poll, and hands the
 * other end to netdev (nic.rxq), whose NAPI poll takes the packets out in
 * batches: frames accumulate here instead of costing a call into netdev
 * each. A put copies the frame once, into the skb that carries it on, as
 * a classic-mode RTL-8139 driver copies out of its ring; in the
 * consumer's softirq the packet comes from the NAPI cache.
 */
#include <linux/etherdevice.h>
#include <linux/netdevice.h>
#include <linux/skbuff.h>
#include <bss/services.h>

#include "instance.h"
#include "ksrv.h"

#define PKTQ_DEFAULT	128
#define PKTQ_MAX	1024
#define FRAME_MAX	(ETH_FRAME_LEN + ETH_FCS_LEN)

/*
 * q's lock also guards napi: attach and detach change it, and a put
 * schedules the consumer only while it is attached. Packets
 * queued while none is wait for one; detaching drops them.
 */
struct bss_kpktq {
	struct sk_buff_head q;
	struct napi_struct *napi;
	bool consuming;			/* the consumer polls the producer */
	u32 limit;
	atomic64_t full;		/* puts refused: the queue was full */
	atomic64_t dropped;		/* frames taken but not queued */
};

BSS_IMPL_pktq(kpq, struct bss_kpktq);

static void drop(struct bss_kpktq *q, struct sk_buff *skb)
{
	atomic64_inc(&q->dropped);
	dev_kfree_skb_any(skb);
}

/*
 * Under the lock: queue skb, wake the consumer unless it is already
 * scheduled, or is itself polling the producer and takes the packets
 * next (scheduling it then would only make NAPI poll once more for
 * nothing).
 */
static u32 queue_locked(struct bss_kpktq *q, struct sk_buff *skb)
{
	lockdep_assert_held(&q->q.lock);
	__skb_queue_tail(&q->q, skb);
	if (!q->napi || READ_ONCE(q->consuming))
		return BSS_PKTQ_TAKEN;
	if (!napi_schedule_prep(q->napi))
		return BSS_PKTQ_BUSY;
	__napi_schedule(q->napi);
	return BSS_PKTQ_TAKEN;
}

/* An empty packet: from the NAPI cache in the consumer's softirq. */
static struct sk_buff *packet_alloc(struct bss_kpktq *q, u64 len)
{
	struct napi_struct *napi = READ_ONCE(q->napi);

	/* A hard IRQ may have interrupted a softirq: ask for both. */
	if (napi && in_serving_softirq() && !in_hardirq())
		return napi_alloc_skb(napi, len);
	return __netdev_alloc_skb(NULL, len, GFP_ATOMIC);
}

static u32 kpq_put(struct bss_kpktq *q, const void *data, u64 len)
{
	struct sk_buff *skb;
	unsigned long flags;
	u32 ret;

	if (len < ETH_HLEN || len > FRAME_MAX) {
		atomic64_inc(&q->dropped);
		return BSS_PKTQ_TAKEN;
	}
	if (skb_queue_len_lockless(&q->q) >= READ_ONCE(q->limit)) {
		atomic64_inc(&q->full);
		return BSS_PKTQ_FULL;
	}
	skb = packet_alloc(q, len);
	if (!skb) {
		atomic64_inc(&q->dropped);
		return BSS_PKTQ_TAKEN;
	}
	skb_put_data(skb, data, len);
	spin_lock_irqsave(&q->q.lock, flags);
	ret = queue_locked(q, skb);
	spin_unlock_irqrestore(&q->q.lock, flags);
	return ret;
}

static u32 kpq_count(struct bss_kpktq *q)
{
	return bss_kpktq_len(q);
}

static void kpq_limit(struct bss_kpktq *q, u32 limit)
{
	WRITE_ONCE(q->limit, clamp_t(u32, limit, 1, PKTQ_MAX));
}

static const struct kpq_pktq_ops kpq_pktq_ops = {
	.put = kpq_put,
	.count = kpq_count,
	.limit = kpq_limit,
};

/* The queue behind a reference, if it is one of these (netdev's check). */
struct bss_kpktq *bss_kpktq_of(struct bss_instance *inst)
{
	return inst && inst->impl == &__bss_impl_kpq ? inst->priv : NULL;
}

/* The consumer: puts schedule napi from now on. */
void bss_kpktq_attach(struct bss_kpktq *q, struct napi_struct *napi)
{
	unsigned long flags;

	spin_lock_irqsave(&q->q.lock, flags);
	q->napi = napi;
	spin_unlock_irqrestore(&q->q.lock, flags);
}

/*
 * The consumer is about to poll the producer (on), or is done (off). No
 * lock: a put that misses "on" only schedules NAPI once more, and "off"
 * is seen by any put that queues after the consumer's next take, which
 * takes the lock.
 */
void bss_kpktq_consuming(struct bss_kpktq *q, bool on)
{
	WRITE_ONCE(q->consuming, on);
}

/* No consumer: what is queued is dropped (and counted). */
void bss_kpktq_detach(struct bss_kpktq *q)
{
	unsigned long flags;

	spin_lock_irqsave(&q->q.lock, flags);
	q->napi = NULL;
	spin_unlock_irqrestore(&q->q.lock, flags);
	bss_kpktq_purge(q);
}

/* Up to max packets into list, at one taking of the lock. */
void bss_kpktq_take(struct bss_kpktq *q, struct sk_buff_head *list, u32 max)
{
	unsigned long flags;

	spin_lock_irqsave(&q->q.lock, flags);
	if (skb_queue_len(&q->q) <= max)
		skb_queue_splice_tail_init(&q->q, list);
	else
		while (max--)
			__skb_queue_tail(list, __skb_dequeue(&q->q));
	spin_unlock_irqrestore(&q->q.lock, flags);
}

u32 bss_kpktq_len(struct bss_kpktq *q)
{
	return skb_queue_len_lockless(&q->q);
}

/* Frames queued while nobody delivers them (an interface going down). */
void bss_kpktq_purge(struct bss_kpktq *q)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(&q->q)))
		drop(q, skb);
}

u64 bss_kpktq_full(struct bss_kpktq *q)
{
	return atomic64_read(&q->full);
}

u64 bss_kpktq_dropped(struct bss_kpktq *q)
{
	return atomic64_read(&q->dropped);
}

static int kpq_ctor(void *self)
{
	struct bss_kpktq *q = self;

	skb_queue_head_init(&q->q);
	q->limit = PKTQ_DEFAULT;
	return 0;
}

static void kpq_dtor(void *self)
{
	bss_kpktq_detach(self);
}

const struct bss_image_desc bss_kpktq_desc = {
	.magic = BSS_DESC_MAGIC,
	.abi = BSS_DESC_ABI,
	.name = "kernel_pktq",
	.impl = &__bss_impl_kpq,
	.priv_size = sizeof(struct bss_kpktq),
	.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	.ctor = kpq_ctor,
	.dtor = kpq_dtor,
};
