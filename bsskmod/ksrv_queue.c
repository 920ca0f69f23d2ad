// SPDX-License-Identifier: GPL-2.0
/*
 * The queue kernel server: a bounded FIFO of server references, so that
 * references accumulate between two servers instead of costing one call
 * each way. Both ends work from interrupt context when they do not wait;
 * a waiting get() sleeps and is refused where sleeping is not allowed.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <bss/services.h>

#include "call.h"
#include "instance.h"
#include "ksrv.h"
#include "thread.h"

#define QUEUE_DEFAULT	64
#define QUEUE_MAX	4096
#define WAIT_MS		10000

struct kqueue {
	spinlock_t lock;		/* items, head, count: both ends, any context */
	wait_queue_head_t wq;
	struct bss_instance **items;
	u32 head;
	u32 count;
	u32 limit;
};

BSS_IMPL_queue(kq, struct kqueue);

static int ensure(struct kqueue *q)
{
	if (q->items)
		return 0;
	spin_lock_init(&q->lock);
	init_waitqueue_head(&q->wq);
	q->limit = QUEUE_DEFAULT;
	q->items = kcalloc(QUEUE_MAX, sizeof(*q->items), GFP_KERNEL);
	return q->items ? 0 : -ENOMEM;
}

/* Returns 1 if queued, 0 if full (the reference is not taken). */
static u32 kq_put(struct kqueue *q, bss_ref_t ref)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *inst = bss_ref_resolve(t, ref);
	unsigned long flags;
	u32 ok = 0;

	if (!inst)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "queue: put of an invalid reference");
	if (!bss_instance_tryget(inst))
		bss_throw(t, BSS_E_DEAD, -ENXIO, "queue: put of %s (instance %u), which is dying",
			  inst->img->name, inst->id);
	spin_lock_irqsave(&q->lock, flags);
	if (q->count < q->limit) {
		q->items[(q->head + q->count++) % QUEUE_MAX] = inst;
		ok = 1;
	}
	spin_unlock_irqrestore(&q->lock, flags);
	if (!ok)
		bss_instance_put(inst);
	if (ok)
		wake_up(&q->wq);
	return ok;
}

static struct bss_instance *pop(struct kqueue *q)
{
	struct bss_instance *inst = NULL;
	unsigned long flags;

	spin_lock_irqsave(&q->lock, flags);
	if (q->count) {
		inst = q->items[q->head];
		q->head = (q->head + 1) % QUEUE_MAX;
		q->count--;
	}
	spin_unlock_irqrestore(&q->lock, flags);
	return inst;
}

/* The oldest reference, or none; with wait, sleeps up to ten seconds for one. */
static bss_ref_t kq_get(struct kqueue *q, u32 wait)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *inst = pop(q);

	if (!inst && wait) {
		bss_need_process(t, "queue.get (waiting)");
		wait_event_interruptible_timeout(q->wq, READ_ONCE(q->count),
						 msecs_to_jiffies(WAIT_MS));
		inst = pop(q);
	}
	return inst ? bss_temp_push(t, inst, true) : BSS_REF_NULL;
}

static u32 kq_count(struct kqueue *q)
{
	return READ_ONCE(q->count);
}

static void kq_limit(struct kqueue *q, u32 limit)
{
	WRITE_ONCE(q->limit, clamp_t(u32, limit, 1, QUEUE_MAX));
}

static const struct kq_queue_ops kq_queue_ops = {
	.put = kq_put,
	.get = kq_get,
	.count = kq_count,
	.limit = kq_limit,
};

static int kq_ctor(void *self)
{
	return ensure(self);
}

static void kq_dtor(void *self)
{
	struct kqueue *q = self;
	struct bss_instance *inst;

	while ((inst = pop(q)))
		bss_instance_put(inst);
	kfree(q->items);
}

const struct bss_image_desc bss_kqueue_desc = {
	.magic = BSS_DESC_MAGIC,
	.abi = BSS_DESC_ABI,
	.name = "kernel_queue",
	.impl = &__bss_impl_kq,
	.priv_size = sizeof(struct kqueue),
	.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	.ctor = kq_ctor,
	.dtor = kq_dtor,
};
