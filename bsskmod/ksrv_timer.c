// SPDX-License-Identifier: GPL-2.0
/*
 * The timer kernel server: calls tick.fire of a server from softirq
 * context, once or periodically. It holds the tick server weakly, so a
 * server that arms a timer on itself makes no cycle; a dead tick server
 * just stops being called.
 */
#include <linux/jiffies.h>
#include <linux/timer.h>
#include <bss/runtime.h>
#include <bss/services.h>

#include "call.h"
#include "instance.h"
#include "ksrv.h"
#include "thread.h"

struct ktimer {
	struct timer_list tl;
	struct bss_instance *self;
	bss_ref_t tick;			/* weak, in our own table */
	u32 period_ms;
	bool armed;
	bool ready;
};

BSS_IMPL_timer(ktr, struct ktimer);

static long fire(struct bss_thread *t, void *arg)
{
	struct ktimer *k = arg;
	u64 args[BSS_MAX_ARGS] = {}, ret;

	bss_upcall(t, k->self, k->tick, &bss_svc_tick, BSS_FN_tick_fire, args, &ret);
	return 0;
}

static void ktr_expired(struct timer_list *tl)
{
	struct ktimer *k = from_timer(k, tl, tl);

	bss_enter(fire, k);
	if (READ_ONCE(k->armed) && k->period_ms)
		mod_timer(&k->tl, jiffies + msecs_to_jiffies(k->period_ms));
	else
		WRITE_ONCE(k->armed, false);
}

static u32 ktr_start(struct ktimer *k, bss_ref_t tick, u32 delay_ms, u32 period_ms)
{
	struct bss_thread *t = bss_thread_current();

	if (READ_ONCE(k->armed))
		bss_throw(t, BSS_E_ARG, -EBUSY, "timer: already started");
	if (k->tick != BSS_REF_NULL)
		bss_sys_ref_release(k->tick);
	k->self = t->cur;
	k->tick = bss_sys_ref_weak(tick);
	k->period_ms = period_ms;
	WRITE_ONCE(k->armed, true);
	mod_timer(&k->tl, jiffies + msecs_to_jiffies(delay_ms));
	return 0;
}

static void ktr_stop(struct ktimer *k)
{
	WRITE_ONCE(k->armed, false);
	if (bss_may_block())
		del_timer_sync(&k->tl);
	else
		del_timer(&k->tl);
}

static const struct ktr_timer_ops ktr_timer_ops = {
	.start = ktr_start,
	.stop = ktr_stop,
};

static int ktr_ctor(void *self)
{
	struct ktimer *k = self;

	timer_setup(&k->tl, ktr_expired, 0);
	k->tick = BSS_REF_NULL;
	return 0;
}

static void ktr_dtor(void *self)
{
	ktr_stop(self);
}

const struct bss_image_desc bss_ktimer_desc = {
	.magic = BSS_DESC_MAGIC,
	.abi = BSS_DESC_ABI,
	.name = "kernel_timer",
	.impl = &__bss_impl_ktr,
	.priv_size = sizeof(struct ktimer),
	.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
	.ctor = ktr_ctor,
	.dtor = ktr_dtor,
};
