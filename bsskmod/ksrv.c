// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel servers that need no device: debug output, time, memory (shared:
 * one instance each, held by the runtime and handed to every server that
 * requires the service), timers and queues (a new instance for each
 * requester). Thin adapters over printk, ktime, delays, kvzalloc, timers.
 */
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/slab.h>
#include <bss/runtime.h>
#include <bss/services.h>

#include "call.h"
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

/* The server whose call runs a kernel server's code, for messages. */
static const char *caller_name(void)
{
	return bss_caller_name(bss_thread_current());
}

BSS_IMPL_debug(kdbg, struct knone);

static void kdbg_print(struct knone *k, const void *buf, u64 len)
{
	pr_info_ratelimited("%s: %.*s\n", caller_name(),
			    (int)min_t(u64, len, DEBUG_MAX), (const char *)buf);
}

static const struct kdbg_debug_ops kdbg_debug_ops = {
	.print = kdbg_print,
};

BSS_IMPL_time(ktm, struct knone);

static u64 ktm_now_ns(struct knone *k)
{
	return ktime_get_ns();
}

static void ktm_delay_us(struct knone *k, u32 us)
{
	udelay(min_t(u32, us, UDELAY_MAX));
}

static void ktm_msleep(struct knone *k, u32 ms)
{
	struct bss_thread *t = bss_thread_current();

	bss_need_process(t, "time.msleep");
	msleep(min_t(u32, ms, MSLEEP_MAX));
}

static const struct ktm_time_ops ktm_time_ops = {
	.now_ns = ktm_now_ns,
	.delay_us = ktm_delay_us,
	.msleep = ktm_msleep,
};

#define MEM_MAX		(4 << 20)

struct kmem {
	void *vaddr;
	u64 size;
};

BSS_IMPL_dmabuf(kmb, struct kmem);

static u64 kmb_vaddr(struct kmem *m)
{
	return (unsigned long)m->vaddr;
}

static u64 kmb_busaddr(struct kmem *m)
{
	return 0;
}

static u64 kmb_size(struct kmem *m)
{
	return m->size;
}

static const struct kmb_dmabuf_ops kmb_dmabuf_ops = {
	.vaddr = kmb_vaddr,
	.busaddr = kmb_busaddr,
	.size = kmb_size,
};

static void kmb_free(void *obj)
{
	struct kmem *m = obj;

	kvfree(m->vaddr);
	kfree(m);
}

BSS_IMPL_mem(kmm, struct knone);

/* Zeroed memory the server maps by address, freed with its last reference. */
static bss_ref_t kmm_alloc(struct knone *k, u64 size)
{
	struct bss_thread *t = bss_thread_current();
	struct kmem *m;

	bss_need_process(t, "mem.alloc");
	if (!size || size > MEM_MAX)
		bss_throw(t, BSS_E_ARG, -EINVAL, "%s: mem.alloc of %llu bytes (1..%d)",
			  caller_name(), size, MEM_MAX);
	m = kzalloc(sizeof(*m), GFP_KERNEL);
	if (m)
		m->vaddr = kvzalloc(size, GFP_KERNEL);
	if (!m || !m->vaddr) {
		kfree(m);
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "%s: mem.alloc of %llu bytes failed",
			  caller_name(), size);
	}
	m->size = size;
	return bss_sys_local_create(0, m);
}

static const struct kmm_mem_ops kmm_mem_ops = {
	.alloc = kmm_alloc,
};

static const struct bss_impl kmem_locals[] = {
	{ .svc = &bss_svc_dmabuf, .entries = __bss_entries_kmb, .dtor = kmb_free },
};

#define KDESC(n, prefix)						\
	{								\
		.magic = BSS_DESC_MAGIC,				\
		.abi = BSS_DESC_ABI,					\
		.name = n,						\
		.impl = &__bss_impl_##prefix,				\
		.priv_size = sizeof(struct knone),			\
		.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,	\
	}

static const struct bss_image_desc kmem_desc = {
	.magic = BSS_DESC_MAGIC,
	.abi = BSS_DESC_ABI,
	.name = "kernel_mem",
	.impl = &__bss_impl_kmm,
	.locals = kmem_locals,
	.nlocals = ARRAY_SIZE(kmem_locals),
	.priv_size = sizeof(struct knone),
	.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
};

static const struct bss_image_desc kdebug_desc = KDESC("kernel_debug", kdbg);
static const struct bss_image_desc ktime_desc = KDESC("kernel_time", ktm);

/*
 * The kernel servers, in the order they were added: bss_ksrv_init() adds
 * its own and the other files' that need no device, bss_ksrv_add() the
 * rest. Module init and exit are the only writers, before /dev/bss and
 * the PCI driver exist and after they are gone: bss_ksrv_get() takes no
 * lock.
 */
#define KSRV_MAX	8

static struct ksrv {
	const struct bss_image_desc *desc;
	bool shared;			/* one instance, handed to every requester */
	struct bss_image *img;
	struct bss_instance *inst;	/* shared ones' */
} ksrvs[KSRV_MAX];
static u32 nksrvs;

static struct bss_instance *create(struct bss_image *img)
{
	char msg[BSS_MSG_LEN];
	struct bss_instance *inst;

	inst = bss_instance_create(img, NULL, 0, msg, sizeof(msg));
	if (IS_ERR(inst))
		return NULL;
	/* Held by the runtime or a graph, not by user space. */
	inst->user_held = false;
	return inst;
}

/* A counted instance of the kernel server for service_id, or NULL. */
struct bss_instance *bss_ksrv_get(u32 service_id)
{
	struct ksrv *k;

	for (k = ksrvs; k < ksrvs + nksrvs; k++) {
		if (k->desc->impl->svc->id != service_id)
			continue;
		if (!k->shared)
			return bss_image_get(k->img->name) ? create(k->img) : NULL;
		bss_instance_get(k->inst);
		return k->inst;
	}
	return NULL;
}

/**
 * bss_ksrv_add() - register a kernel server, at module init
 * @desc: its description
 * @shared: one instance for every server that requires it, made now;
 *	    otherwise a new one for each
 *
 * It stays until bss_ksrv_uninit().
 *
 * Return: 0, -ENOSPC beyond KSRV_MAX, -ENOMEM.
 */
int bss_ksrv_add(const struct bss_image_desc *desc, bool shared)
{
	struct ksrv *k = &ksrvs[nksrvs];
	struct bss_thread *t;

	if (nksrvs == KSRV_MAX)
		return -ENOSPC;
	k->img = bss_kimage_register(desc);
	if (!k->img)
		return -ENOMEM;
	if (shared) {
		t = bss_thread_create();
		k->inst = t ? create(k->img) : NULL;
		if (t)
			bss_thread_destroy(t);
		if (!k->inst) {
			bss_kimage_unregister(k->img);
			k->img = NULL;
			return -ENOMEM;
		}
	}
	k->desc = desc;
	k->shared = shared;
	nksrvs++;
	return 0;
}

int bss_ksrv_init(void)
{
	static const struct {
		const struct bss_image_desc *desc;
		bool shared;
	} own[] = {
		{ &kdebug_desc, true },
		{ &ktime_desc, true },
		{ &kmem_desc, true },
		{ &bss_ktimer_desc, false },
		{ &bss_kqueue_desc, false },
		{ &bss_kpktq_desc, false },
	};
	unsigned int i;
	int ret = 0;

	for (i = 0; i < ARRAY_SIZE(own) && !ret; i++)
		ret = bss_ksrv_add(own[i].desc, own[i].shared);
	if (ret)
		bss_ksrv_uninit();
	return ret;
}

/* Every kernel server, those of bss_ksrv_add() too, newest first. */
void bss_ksrv_uninit(void)
{
	struct bss_thread *t = bss_thread_create();
	struct ksrv *k;

	while (nksrvs) {
		k = &ksrvs[--nksrvs];
		if (k->inst && t)
			bss_instance_put(k->inst);
		bss_kimage_unregister(k->img);
		memset(k, 0, sizeof(*k));
	}
	if (t)
		bss_thread_destroy(t);
}
