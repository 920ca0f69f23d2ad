// SPDX-License-Identifier: GPL-2.0
/*
 * callbench: the runtime's side of the benchmark. The servers are the
 * guest benchmark's own (servers/bench/bench.c and serial.c, compiled
 * unchanged with the module's flags); their images are found in the
 * program's "bss_image" section, where BSS_SERVER() put them. Each loop
 * is entered as BSS_IOC_CALL enters one (ioctl_call.c): a BSS thread
 * (bss_thread_create()), the entry's own try (bss_thread_run()), the
 * peer as a temporary of Linux's frame, bss_call_instance() into
 * bench.loop(). From there on everything is the runtime's own code.
 *
 * What this file knows of the runtime's insides is how an instance is
 * made: make_instance() does what alloc_instance() and
 * bss_instance_create() in instance.c do (and image_create() in image.c
 * before them). When struct bss_instance changes, this is the place.
 */
#include <linux/kernel.h>
#include <bss/services.h>

#include "bind.h"
#include "call.h"
#include "image.h"
#include "instance.h"
#include "thread.h"
#include "callbench.h"

extern const struct bss_image_desc __start_bss_image[], __stop_bss_image[];

/* The images' names (KBUILD_MODNAME of each compiled copy, build.sh). */
static const char * const image_names[CB_NSERVERS] = {
	[CB_BENCH] = "bss_bench",
	[CB_PEER] = "bss_bench",
	[CB_SPEER] = "bss_bench_serial",
	[CB_KEEP] = "bss_bench_keep",
	[CB_UNBOUND] = "bss_bench_unbound",
};

static struct bss_instance *servers[CB_NSERVERS];
static struct bss_thread *thread;
static struct module server_module = { .name = "bss_bench" };
char cb_msg[256];

void cb_set_stack(unsigned long low)
{
	cb_current.stack = (void *)low;
}

/* image.c's sysmask_of(): the system calls a server image declared. */
static u16 sysmask_of(const struct bss_image_desc *d)
{
	u16 mask = 0;
	u32 i;

	for (i = 0; i < d->nimports; i++)
		if (!d->imports[i].svc)
			mask |= BIT(d->imports[i].fn);
	return mask;
}

static struct bss_image *make_image(const char *name)
{
	const struct bss_image_desc *d;
	struct bss_image *img;

	for (d = __start_bss_image; d < __stop_bss_image; d++)
		if (d->magic == BSS_DESC_MAGIC && !strcmp(d->name, name))
			break;
	if (d >= __stop_bss_image)
		return NULL;
	img = kzalloc(sizeof(*img), GFP_KERNEL);
	if (!img)
		return NULL;
	img->owner = &server_module;
	img->desc = d;
	img->sysmask = sysmask_of(d);
	strscpy(img->name, d->name, sizeof(img->name));
	/* image_create(): binding state, but for the copy kept unbound. */
	INIT_LIST_HEAD(&img->bind_node);
	if (strcmp(name, image_names[CB_UNBOUND]) && bss_bind_image_init(img))
		return NULL;
	return img;
}

/* Run a constructor as instance.c's run_as() does: its own frame and try. */
static long run_ctor(struct bss_thread *t, void *arg)
{
	struct bss_instance *inst = arg;
	long ret;

	bss_frame_push(t, inst, NULL);
	ret = inst->img->desc->ctor(inst->priv);
	bss_frame_leave(t);
	return ret;
}

/* alloc_instance() and bss_instance_create() (instance.c), for a main server. */
static struct bss_instance *make_instance(struct bss_image *img, u8 slot, u32 id)
{
	const struct bss_image_desc *d = img->desc;
	struct bss_instance *inst = kzalloc(sizeof(*inst), GFP_KERNEL);

	if (!inst)
		return NULL;
	refcount_set(&inst->refs, 1);
	inst->img = img;
	inst->impl = d->impl;
	inst->svc_id = d->impl->svc->id;
	/* hash_ptr(inst, 6) there; distinct here, so no filter collision. */
	inst->slot = slot;
	inst->entries = d->impl->entries;
	inst->owner = inst;
	inst->sysmask = img->sysmask;
	inst->stack_need = d->stack_need + BSS_CALL_STACK;
	inst->imports = d->imports;
	inst->imports_size = d->nimports * sizeof(*inst->imports);
	if (d->attrs & BSS_ATTR_SERIALIZED)
		inst->mode |= BSS_MODE_SERIAL;
	if (!(d->attrs & BSS_ATTR_CALLBACKS))
		inst->mode |= BSS_MODE_NOCALLBACK;
	atomic_set(&inst->parts, 1);
	init_waitqueue_head(&inst->serial_wq);
	bss_serial_init(inst);
	spin_lock_init(&inst->xlock);
	spin_lock_init(&inst->threads_lock);
	INIT_LIST_HEAD(&inst->threads);
	INIT_LIST_HEAD(&inst->holders);
	INIT_LIST_HEAD(&inst->locals);
	INIT_LIST_HEAD(&inst->local_node);
	bss_reftab_init(&inst->tab);
	inst->id = id;
	bss_bind_instance_get(img, NULL, 0);
	inst->priv = kzalloc(max_t(u32, d->priv_size, 1), GFP_KERNEL);
	if (!inst->priv)
		return NULL;
	if (d->ctor && bss_thread_run(thread, run_ctor, inst))
		return NULL;
	inst->user_held = true;
	return inst;
}

int cb_setup(void)
{
	struct bss_image *img;
	int i;

	thread = bss_thread_create();
	if (!thread) {
		snprintf(cb_msg, sizeof(cb_msg), "bss_thread_create() failed");
		return -1;
	}
	for (i = 0; i < CB_NSERVERS; i++) {
		img = make_image(image_names[i]);
		if (!img) {
			snprintf(cb_msg, sizeof(cb_msg), "no image %s in the program",
				 image_names[i]);
			return -1;
		}
		servers[i] = make_instance(img, 10 + i, 1 + i);
		if (!servers[i]) {
			snprintf(cb_msg, sizeof(cb_msg), "cannot make an instance of %s: %s",
				 image_names[i], thread->msg);
			return -1;
		}
	}
	return 0;
}

struct loop_args {
	enum cb_server server, peer;
	enum cb_kind kind;
	u64 args[BSS_MAX_ARGS];
	u64 ret;
};

/* Linux's frame holds the peer as a temporary, as BSS_IOC_CALL's arguments. */
static long loop_body(struct bss_thread *t, void *arg)
{
	struct loop_args *a = arg;
	struct bss_instance *srv = servers[a->server];
	u32 top = t->top;

	a->args[2] = a->peer == CB_NONE ? BSS_REF_NULL :
		     bss_temp_push(t, servers[a->peer], false);
	a->ret = bss_call_instance(t, srv, srv->impl->svc,
				   a->kind == CB_PERM ? BSS_FN_bench_refs : BSS_FN_bench_loop,
				   a->args);
	bss_temps_release(t, top);
	return 0;
}

unsigned long long cb_loop(enum cb_server server, enum cb_kind kind,
			   unsigned long long iters, enum cb_server peer, unsigned int size)
{
	struct loop_args a = {
		.server = server, .peer = peer, .kind = kind,
		.args = { kind == CB_PERM ? size : kind, iters },
	};
	long err;

	cb_msg[0] = 0;
	err = bss_thread_run(thread, loop_body, &a);
	if (err) {
		snprintf(cb_msg, sizeof(cb_msg), "errno %ld: %s", err, thread->msg);
		return 0;
	}
	if (!a.ret)
		snprintf(cb_msg, sizeof(cb_msg), "the loop returned 0");
	return a.ret;
}

/*
 * The kernel binds what an image's calls noted when its last instance
 * goes (bind.c). Nothing runs here while it binds, so each server's count
 * is dropped, the binder's work item run, and the count taken again.
 */
void cb_bind(void)
{
	int i;

	for (i = 0; i < CB_NSERVERS; i++)
		bss_bind_instance_put(servers[i]->img);
	cb_run_work();
	for (i = 0; i < CB_NSERVERS; i++)
		bss_bind_instance_get(servers[i]->img, NULL, 0);
}
