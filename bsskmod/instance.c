// SPDX-License-Identifier: GPL-2.0
/*
 * Server instances: creation with bound required services, automatic
 * destruction when the last strong reference goes (destructor exactly
 * once), local servers, and the weak references that watch them.
 */
#include <linux/delay.h>
#include <linux/hash.h>
#include <linux/moduleparam.h>
#include <linux/rtnetlink.h>
#include <linux/slab.h>
#include <linux/xarray.h>

#include "bind.h"
#include "call.h"
#include "event.h"
#include "factory.h"
#include "instance.h"
#include "thread.h"

static DEFINE_XARRAY_FLAGS(instances, XA_FLAGS_ALLOC1 | XA_FLAGS_LOCK_IRQ);
static u32 next_id;
static atomic_t ninstances;	/* main and local, the kernel servers among them */

static unsigned int max_instances = 65536;
module_param(max_instances, uint, 0644);
MODULE_PARM_DESC(max_instances, "instances at once, local ones included (ENOSPC beyond)");
static LLIST_HEAD(dying);
static void reap(struct work_struct *w);
static DECLARE_DELAYED_WORK(reaper, reap);
static unsigned long reap_delay;	/* reaper only: backs off while servers run */
DEFINE_SPINLOCK(bss_weak_lock);

#define REAP_DELAY_MAX		HZ
#define REVOKE_WAIT_MS		5000
#define THREAD_WAIT		HZ	/* for factory threads, then the reaper */

static struct bss_instance *alloc_instance(struct bss_image *img,
					   const struct bss_impl *impl,
					   struct bss_instance **bind, u32 nbind)
{
	struct bss_instance *inst;

	if (atomic_inc_return(&ninstances) > READ_ONCE(max_instances))
		goto err_count_full;
	inst = kzalloc(sizeof(*inst), GFP_KERNEL_ACCOUNT);
	if (!inst)
		goto err_count;
	refcount_set(&inst->refs, 1);
	inst->img = img;
	inst->impl = impl;
	inst->svc_id = impl->svc->id;
	inst->slot = hash_ptr(inst, 6);
	inst->entries = impl->entries;
	inst->owner = inst;
	inst->sysmask = img->sysmask;
	inst->stack_need = img->desc->stack_need + BSS_CALL_STACK;
	inst->imports = img->desc->imports;
	inst->imports_size = img->desc->nimports * sizeof(*inst->imports);
	if (img->desc->attrs & BSS_ATTR_SERIALIZED)
		inst->mode |= BSS_MODE_SERIAL;
	if (!(img->desc->attrs & BSS_ATTR_CALLBACKS))
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
	/* Cyclic: an ID is not reused soon, so a stale one finds nothing. */
	if (xa_alloc_cyclic_irq(&instances, &inst->id, inst, xa_limit_31b, &next_id,
				GFP_KERNEL) < 0)
		goto err_free;
	if (impl == img->desc->impl)
		bss_bind_instance_get(img, bind, nbind);
	else
		atomic_inc(&img->instances);	/* a local: its main server counts */
	bss_event_create("instance", inst->id);
	return inst;

err_free:
	kfree(inst);
err_count:
	atomic_dec(&ninstances);
	return ERR_PTR(-ENOMEM);
err_count_full:
	atomic_dec(&ninstances);
	return ERR_PTR(-ENOSPC);
}

static void free_instance(struct bss_instance *inst)
{
	unsigned long flags;

	spin_lock_irqsave(&bss_weak_lock, flags);
	list_del(&inst->local_node);
	spin_unlock_irqrestore(&bss_weak_lock, flags);
	kfree(inst->conf);
	xa_erase_irq(&instances, inst->id);
	bss_bind_instance_put(inst->img);
	bss_event_destroy("instance", inst->id);
	bss_reftab_uninit(&inst->tab);
	kfree_rcu(inst, rcu);
	atomic_dec(&ninstances);
}

/**
 * bss_pref_link_weak() - put a weak reference on its target's holders list
 * @e: an entry just taken from its holder's table, under the table's lock
 * @target: the server it names
 *
 * Refused when @target is dead or its last strong reference is gone: the
 * entry would outlive it.
 *
 * Return: true when linked.
 */
bool bss_pref_link_weak(struct bss_pref *e, struct bss_instance *target)
{
	unsigned long flags;
	bool ok;

	spin_lock_irqsave(&bss_weak_lock, flags);
	ok = !target->dead && refcount_read(&target->refs);
	if (ok) {
		WRITE_ONCE(e->target, target);
		list_add(&e->hnode, &target->holders);
	}
	spin_unlock_irqrestore(&bss_weak_lock, flags);
	return ok;
}

/**
 * bss_pref_unlink_weak() - take a weak reference off its target's list
 * @e: the entry, under its table's lock; linked, or cut already
 *
 * Return: the target it had, or NULL.
 */
struct bss_instance *bss_pref_unlink_weak(struct bss_pref *e)
{
	struct bss_instance *target;
	unsigned long flags;

	spin_lock_irqsave(&bss_weak_lock, flags);
	list_del_init(&e->hnode);
	target = e->target;
	WRITE_ONCE(e->target, NULL);
	spin_unlock_irqrestore(&bss_weak_lock, flags);
	return target;
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
 * nobody else can reach the server before its constructor or after it
 * died.
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
	u32 h;

	for (h = 0; h < inst->tab.cap; h++) {
		if (bss_reftab_entry(&inst->tab, h)->used)
			bss_reftab_release(&inst->tab, h);
	}
}

static int bind_required(struct bss_instance *inst, struct bss_instance **bind,
			 u32 nbind, char *msg, size_t msglen)
{
	const struct bss_image_desc *d = inst->img->desc;
	long ret;
	u32 i, id;

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
		id = bind[i]->id;
		ret = bss_instance_tryget(bind[i]) ?
		      bss_reftab_alloc(&inst->tab, inst, bind[i], false) : -ENXIO;
		if (ret == -ENXIO)
			snprintf(msg, msglen, "binding %u: instance %u is dead", i, id);
		if (ret < 0)
			return ret;
	}
	return 0;
}

/* Refuse every new call and reference; with its locals for a main server. */
static void mark_dead(struct bss_instance *inst, bool locals)
{
	struct bss_instance *l;
	unsigned long flags;

	spin_lock_irqsave(&bss_weak_lock, flags);
	WRITE_ONCE(inst->dead, 1);
	WRITE_ONCE(inst->svc_id, 0);
	if (locals) {
		list_for_each_entry(l, &inst->locals, local_node) {
			WRITE_ONCE(l->dead, 1);
			WRITE_ONCE(l->svc_id, 0);
		}
	}
	spin_unlock_irqrestore(&bss_weak_lock, flags);
	/* Dead before any table is cut: pairs with keep_raced_revoke(). */
	smp_mb();
}

/*
 * Cut every weak reference to a dead inst: each dies and its holder is
 * told (weak_dead).
 */
static void cut_holders(struct bss_instance *inst)
{
	struct bss_instance *holder;
	unsigned long flags;
	struct bss_pref *e;
	u32 h;

	for (;;) {
		spin_lock_irqsave(&bss_weak_lock, flags);
		e = list_first_entry_or_null(&inst->holders, struct bss_pref, hnode);
		if (!e) {
			spin_unlock_irqrestore(&bss_weak_lock, flags);
			return;
		}
		list_del_init(&e->hnode);
		WRITE_ONCE(e->target, NULL);
		holder = e->holder;
		h = e->handle;
		if (!refcount_inc_not_zero(&holder->refs))
			holder = NULL;
		spin_unlock_irqrestore(&bss_weak_lock, flags);
		if (!holder)
			continue;
		if (holder->img->desc->weak_dead)
			run_weak_dead(holder, h);
		bss_instance_put(holder);
	}
}

/*
 * Cut every strong reference to a revoked inst: each becomes a dead
 * reference in its holder's table, and the counts they held are returned
 * for the caller to drop. Strong references are on no list (keeping one
 * takes its holder's table lock and nothing else), so this walks every
 * main server's table: revocation is rare, keeping a reference is not.
 * A holder whose last count went needs no cut: its teardown drops its
 * references. One kept while this runs sees dead (keep_raced_revoke()).
 */
static u32 cut_strong(struct bss_instance *inst)
{
	struct bss_instance *holder;
	unsigned long id;
	u32 strong = 0;

	rcu_read_lock();
	xa_for_each(&instances, id, holder) {
		if (holder->parent || !refcount_inc_not_zero(&holder->refs))
			continue;
		rcu_read_unlock();
		strong += bss_reftab_cut(&holder->tab, inst);
		bss_instance_put(holder);
		rcu_read_lock();
	}
	rcu_read_unlock();
	return strong;
}

/*
 * Wait for every call that saw inst accepting to have claimed its frame
 * (see call.c), then look for those frames.
 */
static bool quiet(struct bss_instance *inst, bool family)
{
	synchronize_rcu_expedited();
	return !bss_threads_running(inst, family);
}

/* Destructor, then the server's own references: once. */
static void teardown(struct bss_instance *inst)
{
	if (inst->parent) {
		run_as(inst, NULL, inst->impl->dtor);
	} else {
		if (inst->img->desc->dtor) {
			run_as(inst, NULL, inst->img->desc->dtor);
			atomic64_inc(&inst->img->dtor_calls);
		}
		release_refs(inst);
	}
	inst->torn = 1;
}

struct bss_instance *bss_instance_create(struct bss_image *img,
					 struct bss_instance **bind, u32 nbind,
					 char *msg, size_t msglen)
{
	const struct bss_image_desc *d = img->desc;
	struct bss_instance *inst;
	int ret = -ENOMEM;

	inst = alloc_instance(img, d->impl, bind, nbind);
	if (IS_ERR(inst)) {
		ret = PTR_ERR(inst);
		if (ret == -ENOSPC)
			snprintf(msg, msglen,
				 "%s: the runtime has %u instances already (bss.max_instances)",
				 img->name, READ_ONCE(max_instances));
		return inst;
	}
	inst->priv = kzalloc(max_t(u32, d->priv_size, 1), GFP_KERNEL_ACCOUNT);
	if (!inst->priv)
		goto err_free_instance;
	ret = bind_required(inst, bind, nbind, msg, msglen);
	if (ret)
		goto err_release_refs;
	if (d->ctor) {
		ret = run_as(inst, d->ctor, NULL);
		atomic64_inc(&img->ctor_calls);
		if (ret)
			goto err_revoke;
	}
	inst->user_held = true;
	return inst;

err_revoke:
	/*
	 * The constructor may have handed the server out before it failed:
	 * what references it is cut, its destructor undoes what the
	 * constructor did (docs/design.md, "Lifecycle"), and it goes with
	 * the count creation held.
	 */
	bss_instance_revoke(inst, NULL, 0);
	snprintf(msg, msglen, "constructor of %s failed (errno %d)", img->name, ret);
	/* Its memory goes with part_gone(), which puts an image reference. */
	__module_get(img->owner);
	bss_instance_put(inst);
	return ERR_PTR(ret);
err_release_refs:
	release_refs(inst);
	kfree(inst->priv);
err_free_instance:
	free_instance(inst);
	return ERR_PTR(ret);
}

struct bss_instance *bss_instance_create_local(struct bss_instance *parent,
					       u32 cls, void *obj)
{
	struct bss_instance *inst, *main = parent->owner;
	unsigned long flags;
	bool dead;

	inst = alloc_instance(parent->img, &parent->img->desc->locals[cls], NULL, 0);
	if (IS_ERR(inst))
		return NULL;
	inst->priv = obj;
	inst->owner = main;
	inst->parent = parent;
	atomic_inc(&main->parts);
	spin_lock_irqsave(&bss_weak_lock, flags);
	dead = main->dead;
	list_add(&inst->local_node, &main->locals);
	if (dead) {
		inst->dead = 1;
		inst->svc_id = 0;
	}
	spin_unlock_irqrestore(&bss_weak_lock, flags);
	return inst;
}

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

static void instance_free(struct bss_instance *inst)
{
	struct bss_instance *parent = inst->parent;

	if (parent) {
		free_instance(inst);
		part_gone(parent->owner);
	} else {
		part_gone(inst);
	}
}

static void defer(struct bss_instance *inst)
{
	if (llist_add(&inst->dying, &dying))
		mod_delayed_work(system_wq, &reaper, 0);
}

/*
 * Destroy a server whose last reference went, once no thread runs its
 * code: weak references die, its factory threads are joined, then its
 * destructor runs. Until then it is retried from the reaper. Each step
 * before the wait may run again.
 */
static bool try_destroy(struct bss_instance *inst, unsigned long wait)
{
	cut_holders(inst);
	if (!bss_factory_stop(inst, wait) || !quiet(inst, false))
		return false;
	teardown(inst);
	instance_free(inst);
	return true;
}

/*
 * The last reference went. Destruction runs destructors and may sleep
 * (joining factory threads, freeing DMA memory, waiting for a grace
 * period), so from atomic context, or where the stack is short, it is
 * handed to a worker with a BSS thread of its own.
 */
void bss_instance_release(struct bss_instance *inst)
{
	struct bss_thread *t = bss_thread_current();

	mark_dead(inst, false);
	if (inst->torn) {
		instance_free(inst);
		return;
	}
	/*
	 * Deferred also under rtnl: a netdev operation's temporary may hold
	 * the last count of a driver, whose destructor unregisters its
	 * net_device and takes rtnl itself.
	 */
	if (!bss_may_block() || !t || current_stack_pointer - t->sp_floor < THREAD_SIZE / 4 ||
	    rtnl_is_locked() || !try_destroy(inst, THREAD_WAIT))
		defer(inst);
}

static void reap(struct work_struct *w)
{
	struct bss_instance *inst, *next;
	struct bss_thread *t = bss_thread_create();
	bool busy = false;

	if (!t) {
		schedule_delayed_work(&reaper, HZ / 10);
		return;
	}
	llist_for_each_entry_safe(inst, next, llist_del_all(&dying), dying) {
		if (!try_destroy(inst, 0)) {
			llist_add(&inst->dying, &dying);
			busy = true;
		}
	}
	bss_thread_destroy(t);
	/* A server still running (a thread of its own that ignores stop): back off. */
	reap_delay = busy ? clamp_t(unsigned long, reap_delay * 2, 1, REAP_DELAY_MAX) : 0;
	if (busy)
		schedule_delayed_work(&reaper, reap_delay);
}

/* A local of a dying main whose references are still to be cut, counted. */
static struct bss_instance *next_local(struct bss_instance *main)
{
	struct bss_instance *l, *found = NULL;
	unsigned long flags;

	spin_lock_irqsave(&bss_weak_lock, flags);
	list_for_each_entry(l, &main->locals, local_node) {
		if (!l->cut && refcount_inc_not_zero(&l->refs)) {
			l->cut = 1;
			found = l;
			break;
		}
	}
	spin_unlock_irqrestore(&bss_weak_lock, flags);
	return found;
}

static void cut_local(struct bss_instance *l)
{
	u32 strong;

	cut_holders(l);
	strong = cut_strong(l);
	while (strong--)
		bss_instance_put(l);
	bss_instance_put(l);
}

/**
 * bss_instance_reap() - finish the destructions left to the reaper
 *
 * For a command that destroyed servers: when it returns, what it let go
 * is gone (its images can unload), except servers still running.
 * Process context, not from the reaper.
 */
void bss_instance_reap(void)
{
	flush_delayed_work(&reaper);
}

/**
 * bss_instance_revoke() - kill a server now, whatever still references it
 * @inst: a main server; the caller holds a count on it
 * @msg: receives why it could not be torn down yet; may be NULL
 * @msglen: size of @msg
 *
 * It and its local servers refuse every call and new reference from now
 * on; every permanent reference to them is cut (strong ones become dead
 * references in their holders' tables, weak holders are told); once no
 * thread runs its code its destructor runs and its own references go,
 * which breaks any cycle it was part of. Its memory goes with the last
 * count. Process context, with a BSS thread.
 *
 * Return: 0; -EBUSY when a thread still ran its code after a wait (it
 * stays dead, and is torn down when its last count goes); -ENOENT when it
 * was dead already.
 */
int bss_instance_revoke(struct bss_instance *inst, char *msg, size_t msglen)
{
	struct bss_instance *l;
	unsigned long flags;
	u32 strong, waited;
	bool dead;

	spin_lock_irqsave(&bss_weak_lock, flags);
	dead = inst->dead;
	spin_unlock_irqrestore(&bss_weak_lock, flags);
	if (dead) {
		if (msg)
			snprintf(msg, msglen, "instance %u is dead already", inst->id);
		return -ENOENT;
	}
	mark_dead(inst, true);
	cut_holders(inst);
	strong = cut_strong(inst);
	while ((l = next_local(inst)))
		cut_local(l);
	for (waited = 0; !bss_factory_stop(inst, 0) || !quiet(inst, true); waited += 20) {
		if (waited >= REVOKE_WAIT_MS) {
			if (msg)
				snprintf(msg, msglen,
					 "instance %u still runs on another thread: dead, torn down when that ends",
					 inst->id);
			while (strong--)
				bss_instance_put(inst);
			return -EBUSY;
		}
		msleep(20);
	}
	teardown(inst);
	while (strong--)
		bss_instance_put(inst);
	return 0;
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

/*
 * Kill a main server by force (BSS_DESTROY_FORCE): the user handle goes
 * with it, and everything that references it holds a dead reference.
 */
int bss_instance_force(u32 id, char *msg, size_t msglen)
{
	struct bss_instance *inst = bss_instance_find_get(id);
	bool held;
	int ret;

	if (!inst) {
		snprintf(msg, msglen, "no instance %u", id);
		return -ENOENT;
	}
	if (inst->parent) {
		snprintf(msg, msglen, "instance %u is a local server of instance %u: destroy that",
			 id, inst->owner->id);
		bss_instance_put(inst);
		return -EINVAL;
	}
	ret = bss_instance_revoke(inst, msg, msglen);
	xa_lock_irq(&instances);
	held = inst->user_held;
	inst->user_held = false;
	xa_unlock_irq(&instances);
	if (held)
		bss_instance_put(inst);
	bss_instance_put(inst);
	return ret;
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
		      (inst->parent ? BSS_INSTANCE_LOCAL : 0) |
		      (READ_ONCE(inst->dead) ? BSS_INSTANCE_DEAD : 0);
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
	do {
		flush_delayed_work(&reaper);
	} while (!llist_empty(&dying));
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
