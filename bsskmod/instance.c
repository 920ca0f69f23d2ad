// SPDX-License-Identifier: GPL-2.0
/*
 * Server instances: creation with bound required services, automatic
 * destruction when the last strong reference goes (destructor exactly
 * once), local servers, and the weak references that watch them.
 */
#include <linux/hash.h>
#include <linux/slab.h>
#include <linux/xarray.h>

#include "call.h"
#include "event.h"
#include "factory.h"
#include "instance.h"
#include "thread.h"

static DEFINE_XARRAY_FLAGS(instances, XA_FLAGS_ALLOC1 | XA_FLAGS_LOCK_IRQ);
static u32 next_id;
static LLIST_HEAD(dying);
static void reap(struct work_struct *w);
static DECLARE_WORK(reaper, reap);
DEFINE_SPINLOCK(bss_weak_lock);

static struct bss_instance *alloc_instance(struct bss_image *img,
					   const struct bss_impl *impl)
{
	struct bss_instance *inst = kzalloc(sizeof(*inst), GFP_KERNEL);

	if (!inst)
		return NULL;
	refcount_set(&inst->refs, 1);
	inst->img = img;
	inst->impl = impl;
	inst->svc_id = impl->svc->id;
	inst->slot = hash_ptr(inst, 6);
	inst->entries = impl->entries;
	inst->owner = inst;
	if (img->desc->attrs & BSS_ATTR_SERIALIZED)
		inst->mode |= BSS_MODE_SERIAL;
	if (!(img->desc->attrs & BSS_ATTR_CALLBACKS))
		inst->mode |= BSS_MODE_NOCALLBACK;
	atomic_set(&inst->parts, 1);
	mutex_init(&inst->serial);
	spin_lock_init(&inst->xlock);
	spin_lock_init(&inst->threads_lock);
	INIT_LIST_HEAD(&inst->threads);
	INIT_LIST_HEAD(&inst->weak_holders);
	bss_reftab_init(&inst->tab);
	/* Cyclic: an ID is not reused soon, so a stale one finds nothing. */
	if (xa_alloc_cyclic_irq(&instances, &inst->id, inst, xa_limit_31b, &next_id,
				GFP_KERNEL) < 0) {
		kfree(inst);
		return NULL;
	}
	atomic_inc(&img->instances);
	bss_event_create("instance", inst->id);
	return inst;
}

static void free_instance(struct bss_instance *inst)
{
	kfree(inst->conf);
	xa_erase_irq(&instances, inst->id);
	atomic_dec(&inst->img->instances);
	bss_event_destroy("instance", inst->id);
	bss_reftab_uninit(&inst->tab);
	kfree_rcu(inst, rcu);
}

struct hook {
	struct bss_instance *inst;
	int (*fn)(void *self);
	void (*vfn)(void *self);
	void (*wfn)(void *self, bss_ref_t ref);
	u32 ref;
};

static long hook_call(struct bss_thread *t, void *arg)
{
	struct hook *h = arg;
	long ret = 0;

	bss_frame_push(t, h->inst, NULL);
	if (h->fn)
		ret = h->fn(h->inst->priv);
	else if (h->vfn)
		h->vfn(h->inst->priv);
	else
		h->wfn(h->inst->priv, h->ref);
	bss_frame_leave(t);
	return ret;
}

/*
 * Run a server's hook as that server, in a frame of its own and inside a
 * try of its own: a throw from a constructor fails the creation, one from
 * a destructor is logged and destruction goes on. Hooks run unserialized:
 * nobody else can reach the server before its constructor or after its
 * last reference.
 */
static int run_hook(struct hook *h)
{
	return bss_thread_run(bss_thread_current(), hook_call, h);
}

static int run_as(struct bss_instance *inst, int (*fn)(void *), void (*vfn)(void *))
{
	struct hook h = { .inst = inst, .fn = fn, .vfn = vfn };

	return run_hook(&h);
}

static void run_weak_dead(struct bss_instance *holder, u32 h)
{
	struct hook hk = { .inst = holder, .wfn = holder->img->desc->weak_dead, .ref = h };

	run_hook(&hk);
}

/* Drop every permanent reference inst holds, strong or weak. */
static void release_refs(struct bss_instance *inst)
{
	unsigned long wflags;
	struct bss_instance *target;
	struct bss_pref *e;
	bool weak;
	u32 h;

	for (h = 0; h < inst->tab.cap; h++) {
		e = bss_reftab_entry(&inst->tab, h);
		if (!e->used)
			continue;
		if (e->weak) {
			spin_lock_irqsave(&bss_weak_lock, wflags);
			list_del_init(&e->weak_node);
			spin_unlock_irqrestore(&bss_weak_lock, wflags);
		}
		target = bss_reftab_free(&inst->tab, h, &weak);
		if (!IS_ERR_OR_NULL(target) && !weak)
			bss_instance_put(target);
	}
}

static int bind_required(struct bss_instance *inst, struct bss_instance **bind,
			 u32 nbind, char *msg, size_t msglen)
{
	const struct bss_image_desc *d = inst->img->desc;
	u32 i, h;

	if (nbind != d->nrequired) {
		snprintf(msg, msglen, "image %s requires %u services, %u bound",
			 inst->img->name, d->nrequired, nbind);
		return -EINVAL;
	}
	for (i = 0; i < nbind; i++) {
		if (bind[i]->impl->svc->id != d->required[i]) {
			snprintf(msg, msglen,
				 "binding %u: instance %u implements %s (0x%x), %s requires 0x%x",
				 i, bind[i]->id, bind[i]->impl->svc->name,
				 bind[i]->impl->svc->id, inst->img->name, d->required[i]);
			return -EINVAL;
		}
		bss_instance_get(bind[i]);
		if (bss_reftab_alloc(&inst->tab, inst, bind[i], false, &h)) {
			bss_instance_put(bind[i]);
			return -ENOMEM;
		}
	}
	return 0;
}

struct bss_instance *bss_instance_create(struct bss_image *img,
					 struct bss_instance **bind, u32 nbind,
					 char *msg, size_t msglen)
{
	const struct bss_image_desc *d = img->desc;
	struct bss_instance *inst;
	int ret = -ENOMEM;

	inst = alloc_instance(img, d->impl);
	if (!inst)
		goto err;
	inst->priv = kzalloc(max_t(u32, d->priv_size, 1), GFP_KERNEL);
	if (!inst->priv)
		goto err_free_instance;
	ret = bind_required(inst, bind, nbind, msg, msglen);
	if (ret)
		goto err_release_refs;
	if (d->ctor) {
		ret = run_as(inst, d->ctor, NULL);
		atomic64_inc(&img->ctor_calls);
		if (ret) {
			snprintf(msg, msglen, "constructor of %s failed", img->name);
			goto err_release_refs;
		}
	}
	inst->user_held = true;
	return inst;

err_release_refs:
	release_refs(inst);
	kfree(inst->priv);
err_free_instance:
	free_instance(inst);
err:
	return ERR_PTR(ret);
}

struct bss_instance *bss_instance_create_local(struct bss_instance *parent,
					       u32 cls, void *obj)
{
	struct bss_instance *inst;

	inst = alloc_instance(parent->img, &parent->img->desc->locals[cls]);
	if (!inst)
		return NULL;
	inst->priv = obj;
	inst->owner = parent->owner;
	inst->parent = parent;
	atomic_inc(&parent->owner->parts);
	return inst;
}

/* Kill every weak reference to inst, and tell each holder. */
static void notify_weak(struct bss_instance *inst)
{
	unsigned long wflags;
	struct bss_instance *holder;
	struct bss_pref *e;
	u32 h;

	for (;;) {
		spin_lock_irqsave(&bss_weak_lock, wflags);
		e = list_first_entry_or_null(&inst->weak_holders, struct bss_pref,
					     weak_node);
		if (!e) {
			spin_unlock_irqrestore(&bss_weak_lock, wflags);
			return;
		}
		list_del_init(&e->weak_node);
		WRITE_ONCE(e->target, NULL);
		holder = e->holder;
		h = e->handle;
		if (!refcount_inc_not_zero(&holder->refs))
			holder = NULL;
		spin_unlock_irqrestore(&bss_weak_lock, wflags);
		if (!holder)
			continue;
		if (holder->img->desc->weak_dead)
			run_weak_dead(holder, h);
		bss_instance_put(holder);
	}
}

static void instance_destroy(struct bss_instance *inst);

/*
 * Local servers do not hold their parent: a parent that keeps a reference
 * to its own local (a driver to its interrupt handler) would otherwise
 * never die. Instead the parent's memory, code and reference table stay
 * until its last local is gone; parts counts the locals plus one for the
 * parent's own life, and whoever drops it to zero frees.
 */
static void part_gone(struct bss_instance *main)
{
	struct bss_image *img = main->img;

	if (!atomic_dec_and_test(&main->parts))
		return;
	kfree(main->priv);
	free_instance(main);
	bss_image_put(img);
}

/*
 * The last reference went. Destruction runs destructors and may sleep
 * (joining factory threads, freeing DMA memory), so from atomic context it
 * is handed to a worker with a BSS thread of its own.
 */
void bss_instance_release(struct bss_instance *inst)
{
	if (bss_may_block() && bss_thread_current()) {
		instance_destroy(inst);
		return;
	}
	if (llist_add(&inst->dying, &dying))
		schedule_work(&reaper);
}

static void reap(struct work_struct *w)
{
	struct bss_instance *inst, *next;
	struct bss_thread *t = bss_thread_create();

	if (!t) {
		schedule_work(&reaper);
		return;
	}
	llist_for_each_entry_safe(inst, next, llist_del_all(&dying), dying)
		instance_destroy(inst);
	bss_thread_destroy(t);
}

static void instance_destroy(struct bss_instance *inst)
{
	struct bss_instance *parent = inst->parent;
	struct bss_image *img = inst->img;

	notify_weak(inst);
	bss_factory_stop(inst);
	if (parent) {
		run_as(inst, NULL, inst->impl->dtor);
		free_instance(inst);
		part_gone(parent->owner);
		return;
	}
	if (img->desc->dtor) {
		run_as(inst, NULL, img->desc->dtor);
		atomic64_inc(&img->dtor_calls);
	}
	release_refs(inst);
	part_gone(inst);
}

struct bss_instance *bss_instance_find_get(u32 id)
{
	struct bss_instance *inst;

	xa_lock_irq(&instances);
	inst = xa_load(&instances, id);
	if (inst && !refcount_inc_not_zero(&inst->refs))
		inst = NULL;
	xa_unlock_irq(&instances);
	return inst;
}

/* Drop the handle user space holds; the server lives on while referenced. */
int bss_instance_user_put(u32 id, char *msg, size_t msglen)
{
	struct bss_instance *inst = bss_instance_find_get(id);
	bool held;

	if (!inst) {
		snprintf(msg, msglen, "no instance %u", id);
		return -ENOENT;
	}
	xa_lock_irq(&instances);
	held = inst->user_held;
	inst->user_held = false;
	xa_unlock_irq(&instances);
	if (!held) {
		snprintf(msg, msglen,
			 "instance %u is not held by user space; it lives while referenced", id);
		bss_instance_put(inst);
		return -EPERM;
	}
	bss_instance_put(inst);
	bss_instance_put(inst);
	return 0;
}

static void fill_info(struct bss_instance_info *info, struct bss_instance *inst)
{
	memset(info, 0, sizeof(*info));
	info->id = inst->id;
	info->parent = inst->parent ? inst->parent->id : 0;
	strscpy(info->image, inst->img->name, sizeof(info->image));
	strscpy(info->service, inst->impl->svc->name, sizeof(info->service));
	info->service_id = inst->impl->svc->id;
	info->refcount = refcount_read(&inst->refs);
	info->nperm = inst->parent ? 0 : inst->tab.used;
	info->flags = (inst->user_held ? BSS_INSTANCE_USER : 0) |
		      (inst->parent ? BSS_INSTANCE_LOCAL : 0);
}

int bss_instance_list(struct bss_instance_info *out, u32 max, u32 *count)
{
	struct bss_instance *inst;
	unsigned long id;
	u32 n = 0;

	xa_lock_irq(&instances);
	xa_for_each(&instances, id, inst) {
		if (n < max)
			fill_info(&out[n], inst);
		n++;
	}
	xa_unlock_irq(&instances);
	*count = n;
	return 0;
}

int bss_ref_list(u32 id, struct bss_ref_info *out, u32 max, u32 *count)
{
	struct bss_instance *inst = bss_instance_find_get(id), *target;
	struct bss_reftab *tab;
	struct bss_pref *e;
	u32 h, n = 0;

	if (!inst)
		return -ENOENT;
	tab = &inst->owner->tab;
	spin_lock(&tab->lock);
	for (h = 0; h < tab->cap; h++) {
		e = bss_reftab_entry(tab, h);
		if (!e->used)
			continue;
		if (n < max) {
			target = READ_ONCE(e->target);
			out[n].handle = h;
			out[n].target = target ? target->id : 0;
			out[n].flags = (e->weak ? BSS_REF_F_WEAK : 0) |
				(h < inst->owner->img->desc->nrequired ? BSS_REF_F_REQUIRED : 0);
			out[n].pad = 0;
		}
		n++;
	}
	spin_unlock(&tab->lock);
	bss_instance_put(inst);
	*count = n;
	return 0;
}

u32 bss_instance_count(void)
{
	struct bss_instance *inst;
	unsigned long id;
	u32 n = 0;

	xa_lock_irq(&instances);
	xa_for_each(&instances, id, inst)
		n++;
	xa_unlock_irq(&instances);
	return n;
}

int bss_instance_init(void)
{
	return 0;
}

void bss_instance_uninit(void)
{
	flush_work(&reaper);
	xa_destroy(&instances);
}

int bss_fn_list(u32 id, struct bss_fn_info *out, u32 max, u32 *count)
{
	struct bss_instance *inst = bss_instance_find_get(id);
	const struct bss_service *svc;
	const struct bss_sig *s;
	u32 i;

	if (!inst)
		return -ENOENT;
	svc = inst->impl->svc;
	for (i = 0; i < svc->nfns && i < max; i++) {
		s = &svc->sigs[i];
		memset(&out[i], 0, sizeof(out[i]));
		strscpy(out[i].name, svc->fn_names[i], sizeof(out[i].name));
		out[i].ret = s->ret;
		out[i].nargs = s->nargs;
		out[i].ret_svc = s->ret_svc;
		memcpy(out[i].arg, s->arg, sizeof(out[i].arg));
		memcpy(out[i].arg_svc, s->arg_svc, sizeof(out[i].arg_svc));
	}
	*count = svc->nfns;
	bss_instance_put(inst);
	return 0;
}
