// SPDX-License-Identifier: GPL-2.0
/*
 * BSS system calls: reference lifetime and local servers. A server reaches
 * only those it declared among its imports; the runtime checked the
 * numbers when the image was registered.
 */
#include <linux/module.h>

#include "call.h"
#include <bss/runtime.h>

#include "factory.h"
#include "instance.h"
#include "thread.h"

/* Temporary or permanent -> a new permanent reference of the running server. */
bss_ref_t bss_sys_ref_keep(bss_ref_t ref)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *target = bss_ref_resolve(t, ref);
	u32 h;

	if (!target)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "%s: ref_keep: reference 0x%x is not valid",
			  t->cur->img->name, ref);
	bss_instance_get(target);
	if (bss_reftab_alloc(&t->cur->owner->tab, t->cur->owner, target, false, &h)) {
		bss_instance_put(target);
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "%s: ref_keep: permanent reference table full",
			  t->cur->img->name);
	}
	return h;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_keep, BSS);

static int release_temp(struct bss_thread *t, u32 i)
{
	struct bss_temp *tmp;

	if (i < t->base || i >= t->top || !t->temps[i].target)
		return -EBADF;
	tmp = &t->temps[i];
	if (tmp->owned)
		bss_instance_put(tmp->target);
	tmp->target = NULL;
	return 0;
}

static int release_perm(struct bss_thread *t, u32 h)
{
	unsigned long wflags;
	struct bss_reftab *tab = &t->cur->owner->tab;
	struct bss_instance *target;
	struct bss_pref *e = bss_reftab_entry(tab, h);
	bool weak;

	if (!e || !e->used)
		return -EBADF;
	if (e->weak) {
		spin_lock_irqsave(&bss_weak_lock, wflags);
		list_del_init(&e->weak_node);
		spin_unlock_irqrestore(&bss_weak_lock, wflags);
	}
	target = bss_reftab_free(tab, h, &weak);
	if (IS_ERR(target))
		return PTR_ERR(target);
	if (target && !weak)
		bss_instance_put(target);
	return 0;
}

int bss_sys_ref_release(bss_ref_t ref)
{
	struct bss_thread *t = bss_thread_current();
	int ret;

	if (ref & BSS_REF_TEMP)
		ret = release_temp(t, ref & ~BSS_REF_TEMP);
	else
		ret = release_perm(t, ref);
	if (ret)
		bss_throw(t, BSS_E_BAD_REF, ret, "%s: ref_release: reference 0x%x is not valid",
			  t->cur->img->name, ref);
	return 0;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_release, BSS);

/* A permanent reference that does not keep its target alive. */
bss_ref_t bss_sys_ref_weak(bss_ref_t ref)
{
	unsigned long wflags;
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *target = bss_ref_resolve(t, ref);
	struct bss_reftab *tab = &t->cur->owner->tab;
	struct bss_pref *e;
	u32 h;

	if (!target)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "%s: ref_weak: reference 0x%x is not valid",
			  t->cur->img->name, ref);
	if (bss_reftab_alloc(tab, t->cur->owner, NULL, true, &h))
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "%s: ref_weak: permanent reference table full",
			  t->cur->img->name);
	e = bss_reftab_entry(tab, h);
	spin_lock_irqsave(&bss_weak_lock, wflags);
	WRITE_ONCE(e->target, target);
	list_add(&e->weak_node, &target->weak_holders);
	spin_unlock_irqrestore(&bss_weak_lock, wflags);
	return h;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_weak, BSS);

int bss_sys_ref_same(bss_ref_t a, bss_ref_t b)
{
	struct bss_thread *t = bss_thread_current();

	return bss_ref_resolve(t, a) == bss_ref_resolve(t, b);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_same, BSS);

/* Hand out obj, a sub-object of the running server, as a local server. */
bss_ref_t bss_sys_local_create(unsigned int cls, void *obj)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *parent = t->cur->owner, *inst;

	if (cls >= parent->img->desc->nlocals)
		bss_throw(t, BSS_E_ARG, -EINVAL, "%s: local_create: class %u does not exist",
			  parent->img->name, cls);
	inst = bss_instance_create_local(parent, cls, obj);
	if (!inst)
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "%s: local_create: out of memory",
			  parent->img->name);
	return bss_temp_push(t, inst, true);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_local_create, BSS);

bss_ref_t bss_sys_self(void)
{
	struct bss_thread *t = bss_thread_current();

	return bss_temp_push(t, t->cur, false);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_self, BSS);

/* Open a try block; bss_try() has filled tc->jb in the server's frame. */
void bss_sys_try(struct bss_try *tc)
{
	struct bss_thread *t = bss_thread_current();

	tc->depth = t->depth;
	tc->top = t->top;
	tc->err = 0;
	tc->id = 0;
	tc->prev = t->tries;
	t->tries = tc;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_try, BSS);

void bss_sys_try_end(struct bss_try *tc)
{
	struct bss_thread *t = bss_thread_current();

	if (t->tries == tc)
		t->tries = tc->prev;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_try_end, BSS);

void bss_sys_throw(u32 id, int err)
{
	struct bss_thread *t = bss_thread_current();

	if (err >= 0 || err < -MAX_ERRNO)
		err = -EIO;
	bss_throw(t, id ?: BSS_E_USER, err, "%s: threw error %u (errno %d)",
		  t->cur->img->name, id ?: BSS_E_USER, err);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_throw, BSS);

/* The running frame's own explicit lock; the frame releases it on exit. */
void bss_sys_lock(void)
	__acquires(xlock)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_frame *f = &t->frames[t->depth - 1];
	unsigned long flags;

	if (f->spin)
		bss_throw(t, BSS_E_NO_CALLBACK, -EDEADLK, "%s: lock: already held",
			  t->cur->img->name);
	spin_lock_irqsave(&t->cur->owner->xlock, flags);
	f->irqflags = flags;
	f->spin = 1;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_lock, BSS);

void bss_sys_unlock(void)
	__releases(xlock)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_frame *f = &t->frames[t->depth - 1];

	if (!f->spin)
		bss_throw(t, BSS_E_ARG, -EPERM, "%s: unlock: not held", t->cur->img->name);
	f->spin = 0;
	spin_unlock_irqrestore(&t->cur->owner->xlock, f->irqflags);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_unlock, BSS);

int bss_sys_thread(u32 fn, u64 arg)
{
	return bss_factory_start(bss_thread_current(), fn, arg);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_thread, BSS);

int bss_sys_thread_stop(void)
{
	return bss_factory_should_stop();
}
EXPORT_SYMBOL_NS_GPL(bss_sys_thread_stop, BSS);
