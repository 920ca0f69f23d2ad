// SPDX-License-Identifier: GPL-2.0
/*
 * The loader kernel server (thesis 3.5.1): loader.start(image) starts a
 * server of that image for its caller, its required services resolved
 * by the provide rules of the configuration file that started the
 * caller; the new server joins the caller's graph. With the graphs, above
 * them: it is the graphs' one way back in from a server's call.
 */
#include <bss/runtime.h>
#include <bss/services.h>

#include "call.h"
#include "graph.h"
#include "instance.h"
#include "ksrv.h"
#include "thread.h"

struct kloader {
	int unused;
};

BSS_IMPL_loader(kld, struct kloader);

/* Start a server for the caller, from the rules of the file that started it. */
static bss_ref_t kld_start(struct kloader *k, const void *name, u64 len)
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
			  bss_caller_name(t));
	if (!len || len >= sizeof(image))
		bss_throw(t, BSS_E_ARG, -EINVAL, "%s: loader: bad image name", bss_caller_name(t));
	memcpy(image, name, len);
	image[len] = 0;
	inst = bss_graph_start(c->graph, c->conf, image, &e);
	if (!inst)
		bss_throw(t, BSS_E_ARG, missing[0] ? -ENOENT : -EINVAL, "%s: loader: %s",
			  bss_caller_name(t), msg);
	return bss_temp_push(t, inst, true);
}

static const struct kld_loader_ops kld_loader_ops = {
	.start = kld_start,
};

static const struct bss_image_desc kloader_desc = {
	.magic = BSS_DESC_MAGIC,
	.abi = BSS_DESC_ABI,
	.name = "kernel_loader",
	.impl = &__bss_impl_kld,
	.priv_size = sizeof(struct kloader),
	.attrs = BSS_ATTR_THREAD_SAFE | BSS_ATTR_CALLBACKS,
};

/* A shared kernel server, gone with the others at bss_ksrv_uninit(). */
int bss_loader_init(void)
{
	return bss_ksrv_add(&kloader_desc, true);
}
