// SPDX-License-Identifier: GPL-2.0
/*
 * BSS system calls: reference lifetime and local servers. A server reaches
 * only those it declared among its imports; the runtime checked the
 * numbers when the image was registered.
 */
#include <linux/module.h>

#include "call.h"
#include <bss/runtime.h>

#include "event.h"
#include "instance.h"
#include "thread.h"

/* Temporary or permanent -> a new permanent reference of the running server. */
bss_ref_t bss_sys_ref_keep(bss_ref_t ref)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *target = bss_ref_resolve(t, ref);
	u32 h;

	if (!target) {
		bss_thread_error(t, -EBADF, "ref_keep: reference 0x%x is not valid", ref);
		return BSS_REF_NULL;
	}
	bss_instance_get(target);
	if (bss_reftab_alloc(&t->cur->owner->tab, t->cur->owner, target, false, &h)) {
		bss_instance_put(target);
		bss_thread_error(t, -ENOMEM, "ref_keep: permanent reference table full");
		return BSS_REF_NULL;
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
	struct bss_reftab *tab = &t->cur->owner->tab;
	struct bss_instance *target;
	struct bss_pref *e = bss_reftab_entry(tab, h);
	bool weak;

	if (!e || !e->used)
		return -EBADF;
	if (e->weak) {
		spin_lock(&bss_weak_lock);
		list_del_init(&e->weak_node);
		spin_unlock(&bss_weak_lock);
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
		bss_thread_error(t, ret, "ref_release: reference 0x%x is not valid", ref);
	return ret;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_release, BSS);

/* A permanent reference that does not keep its target alive. */
bss_ref_t bss_sys_ref_weak(bss_ref_t ref)
{
	struct bss_thread *t = bss_thread_current();
	struct bss_instance *target = bss_ref_resolve(t, ref);
	struct bss_reftab *tab = &t->cur->owner->tab;
	struct bss_pref *e;
	u32 h;

	if (!target) {
		bss_thread_error(t, -EBADF, "ref_weak: reference 0x%x is not valid", ref);
		return BSS_REF_NULL;
	}
	if (bss_reftab_alloc(tab, t->cur->owner, NULL, true, &h)) {
		bss_thread_error(t, -ENOMEM, "ref_weak: permanent reference table full");
		return BSS_REF_NULL;
	}
	e = bss_reftab_entry(tab, h);
	spin_lock(&bss_weak_lock);
	WRITE_ONCE(e->target, target);
	list_add(&e->weak_node, &target->weak_holders);
	spin_unlock(&bss_weak_lock);
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

	if (cls >= parent->img->desc->nlocals) {
		bss_thread_error(t, -EINVAL, "local_create: class %u of %s does not exist",
				 cls, parent->img->name);
		return BSS_REF_NULL;
	}
	inst = bss_instance_create_local(parent, cls, obj);
	if (!inst) {
		bss_thread_error(t, -ENOMEM, "local_create: out of memory");
		return BSS_REF_NULL;
	}
	return bss_temp_push(t, inst, true);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_local_create, BSS);

bss_ref_t bss_sys_self(void)
{
	struct bss_thread *t = bss_thread_current();

	return bss_temp_push(t, t->cur, false);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_self, BSS);
