// SPDX-License-Identifier: GPL-2.0
/*
 * callbench: the runtime functions that the compiled call path reaches in
 * files the replica does not compile (instance.c, image.c, validate.c,
 * factory.c). Only setup, reference keep/release and the throw path call
 * them; none is on the service-call path.
 */
#include <linux/kernel.h>
#include <bss/runtime.h>

#include "factory.h"
#include "instance.h"
#include "thread.h"
#include "validate.h"
#include "callbench.h"

DEFINE_SPINLOCK(bss_weak_lock);

/* instance.c's, without revocation's checks: nothing dies here. */
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

/* The benchmark's servers never lose their last reference. */
void bss_instance_release(struct bss_instance *inst)
{
}

struct bss_instance *bss_instance_create_local(struct bss_instance *parent,
					       u32 cls, void *obj)
{
	return NULL;
}

int bss_factory_start(struct bss_thread *t, u32 fn, u64 arg)
{
	return -EOPNOTSUPP;
}

bool bss_factory_should_stop(void)
{
	return false;
}

/* The fake module's text is the whole program. */
bool bss_module_text(const struct module *mod, unsigned long a)
{
	return a - (unsigned long)__executable_start <
	       (unsigned long)(__etext - __executable_start);
}

/* Servers' module_init(), never run: world.c registers their images. */
int bss_image_register(struct module *owner, const struct bss_image_desc *desc)
{
	return 0;
}

void bss_image_unregister(const struct bss_image_desc *desc)
{
}
