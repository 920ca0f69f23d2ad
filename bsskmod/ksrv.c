// SPDX-License-Identifier: GPL-2.0
/*
 * Global kernel servers: debug output and time, thin adapters over printk,
 * ktime and delays. One shared instance each, held by the runtime and
 * handed to every server that requires the service.
 */
#include <linux/delay.h>
#include <linux/ktime.h>
#include <bss/services.h>

#include "image.h"
#include "instance.h"
#include "ksrv.h"
#include "thread.h"

#define DEBUG_MAX	200
#define UDELAY_MAX	1000
#define MSLEEP_MAX	10000

struct knone {
	int unused;
};

static const char *caller_name(void)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *c = t->depth ? t->frames[t->depth - 1].caller : NULL;

	return c ? c->img->name : "linux";
}

BSS_IMPL_debug(kdbg, struct knone);

static void kdbg_print(struct knone *k, const void *buf, u64 len)
{
	pr_info_ratelimited("%s: %.*s\n", caller_name(),
			    (int)min_t(u64, len, DEBUG_MAX), (const char *)buf);
}

BSS_IMPL_time(ktm, struct knone);

static u64 ktm_now_ns(struct knone *k)
{
	return ktime_get_ns();
}

static void ktm_udelay(struct knone *k, u32 us)
{
	udelay(min_t(u32, us, UDELAY_MAX));
}

static void ktm_msleep(struct knone *k, u32 ms)
{
	struct bss_thread *t = bss_thread_current();

	if (!bss_may_block())
		bss_throw(t, BSS_E_WOULD_BLOCK, -EWOULDBLOCK,
			  "%s: time.msleep would block in atomic context", caller_name());
	msleep(min_t(u32, ms, MSLEEP_MAX));
}

#define KDESC(n, prefix)						\
	{								\
		.magic = BSS_DESC_MAGIC,				\
		.abi = BSS_DESC_ABI,					\
		.name = n,						\
		.impl = &__bss_impl_##prefix,				\
		.priv_size = sizeof(struct knone),			\
		.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,	\
	}

static const struct bss_image_desc kdescs[] = {
	KDESC("kernel_debug", kdbg),
	KDESC("kernel_time", ktm),
};

static struct bss_image *kimages[ARRAY_SIZE(kdescs)];
static struct bss_instance *kinstances[ARRAY_SIZE(kdescs)];

struct bss_instance *bss_ksrv_get(u32 service_id)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(kdescs); i++) {
		if (kinstances[i] && kdescs[i].impl->svc->id == service_id) {
			bss_instance_get(kinstances[i]);
			return kinstances[i];
		}
	}
	return NULL;
}

int bss_ksrv_init(void)
{
	struct bss_thread *t = bss_thread_create();
	char msg[BSS_MSG_LEN];
	unsigned int i;
	int ret = 0;

	if (!t)
		return -ENOMEM;
	for (i = 0; i < ARRAY_SIZE(kdescs) && !ret; i++) {
		kimages[i] = bss_kimage_register(&kdescs[i]);
		if (!kimages[i]) {
			ret = -ENOMEM;
			break;
		}
		kinstances[i] = bss_instance_create(kimages[i], NULL, 0, msg, sizeof(msg));
		if (IS_ERR(kinstances[i])) {
			ret = PTR_ERR(kinstances[i]);
			kinstances[i] = NULL;
		} else {
			/* Held by the runtime, not by user space. */
			kinstances[i]->user_held = false;
		}
	}
	bss_thread_destroy(t);
	if (ret)
		bss_ksrv_uninit();
	return ret;
}

void bss_ksrv_uninit(void)
{
	struct bss_thread *t = bss_thread_create();
	unsigned int i;

	for (i = ARRAY_SIZE(kdescs); i-- > 0;) {
		if (kinstances[i] && t)
			bss_instance_put(kinstances[i]);
		kinstances[i] = NULL;
		if (kimages[i])
			bss_kimage_unregister(kimages[i]);
		kimages[i] = NULL;
	}
	if (t)
		bss_thread_destroy(t);
}
