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
#include "graph.h"
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

BSS_IMPL_loader(kld, struct knone);

/* Start a server for the caller, from the rules of the file that started it. */
static bss_ref_t kld_start(struct knone *k, const void *name, u64 len)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *c = t->depth ? t->frames[t->depth - 1].caller : NULL;
	char image[BSS_NAME_LEN], msg[BSS_MSG_LEN] = "", missing[BSS_NAME_LEN] = "";
	struct bss_graph_err e = { .msg = msg, .msglen = sizeof(msg), .missing = missing };
	struct bss_instance *inst;

	bss_need_process(t, "loader.start");
	c = c ? c->owner : NULL;
	if (!c || !c->graph || !c->conf)
		bss_throw(t, BSS_E_ARG, -EINVAL, "%s: loader: the caller is not part of a graph",
			  caller_name());
	if (!len || len >= sizeof(image))
		bss_throw(t, BSS_E_ARG, -EINVAL, "%s: loader: bad image name", caller_name());
	memcpy(image, name, len);
	image[len] = 0;
	inst = bss_graph_start(c->graph, c->conf, image, &e);
	if (!inst)
		bss_throw(t, BSS_E_ARG, missing[0] ? -ENOENT : -EINVAL, "%s: loader: %s",
			  caller_name(), msg);
	return bss_temp_push(t, inst, true);
}

static const struct kld_loader_ops kld_loader_ops = {
	.start = kld_start,
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
static const struct bss_image_desc kloader_desc = KDESC("kernel_loader", kld);

static const struct {
	const struct bss_image_desc *desc;
	bool shared;
} kdescs[] = {
	{ &kdebug_desc, true },
	{ &ktime_desc, true },
	{ &kmem_desc, true },
	{ &kloader_desc, true },
	{ &bss_ktimer_desc, false },
	{ &bss_kqueue_desc, false },
	{ &bss_kpktq_desc, false },
};

static struct bss_image *kimages[ARRAY_SIZE(kdescs)];
static struct bss_instance *kinstances[ARRAY_SIZE(kdescs)];

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
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(kdescs); i++) {
		if (!kimages[i] || kdescs[i].desc->impl->svc->id != service_id)
			continue;
		if (!kdescs[i].shared)
			return bss_image_get(kimages[i]->name) ? create(kimages[i]) : NULL;
		if (kinstances[i])
			bss_instance_get(kinstances[i]);
		return kinstances[i];
	}
	return NULL;
}

int bss_ksrv_init(void)
{
	struct bss_thread *t = bss_thread_create();
	unsigned int i;
	int ret = 0;

	if (!t)
		return -ENOMEM;
	for (i = 0; i < ARRAY_SIZE(kdescs) && !ret; i++) {
		kimages[i] = bss_kimage_register(kdescs[i].desc);
		if (!kimages[i]) {
			ret = -ENOMEM;
			break;
		}
		if (!kdescs[i].shared)
			continue;
		kinstances[i] = create(kimages[i]);
		if (!kinstances[i])
			ret = -ENOMEM;
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
