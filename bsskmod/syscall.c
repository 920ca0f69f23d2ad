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
#include "validate.h"

static const char * const sys_names[BSS_SYS_MAX] = {
	[BSS_SYS_REF_KEEP] = "ref_keep",
	[BSS_SYS_REF_RELEASE] = "ref_release",
	[BSS_SYS_REF_WEAK] = "ref_weak",
	[BSS_SYS_REF_SAME] = "ref_same",
	[BSS_SYS_LOCAL_CREATE] = "local_create",
	[BSS_SYS_SELF] = "self",
	[BSS_SYS_TRY] = "try",
	[BSS_SYS_TRY_END] = "try_end",
	[BSS_SYS_THROW] = "throw",
	[BSS_SYS_LOCK] = "lock",
	[BSS_SYS_UNLOCK] = "unlock",
	[BSS_SYS_THREAD] = "thread",
	[BSS_SYS_THREAD_STOP] = "thread_stop",
};

/*
 * Outside any server there is nobody to throw at (module code of an image
 * calling in from its own init or exit): the caller gets nothing done.
 */
static noinline struct bss_thread *sys_refused(struct bss_thread *t, u32 nr)
{
	if (!t || !t->cur) {
		pr_err_ratelimited("system call %s outside any server refused\n",
				   sys_names[nr]);
		return NULL;
	}
	bss_throw(t, BSS_E_DENIED, -EPERM,
		  "%s: system call %s is not declared in its imports",
		  t->cur->img->name, sys_names[nr]);
}

/* The running thread, when its server declared system call nr. */
static __always_inline struct bss_thread *sys_enter(u32 nr)
{
	struct bss_thread *t = bss_thread_current();

	if (unlikely(!t || !t->cur || !(t->cur->sysmask & BIT(nr))))
		return sys_refused(t, nr);
	return t;
}

/*
 * A strong reference to itself would keep a server alive for ever: its
 * own table would hold it. Its local servers do not hold it, so keeping
 * those is fine.
 */
static void keep_check(struct bss_thread *t, struct bss_instance *target, bss_ref_t ref)
{
	if (!target)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "%s: ref_keep: reference 0x%x is not valid",
			  t->cur->img->name, ref);
	if (target == t->cur->owner)
		bss_throw(t, BSS_E_DENIED, -ELOOP,
			  "%s: ref_keep: a server cannot keep a strong reference to itself",
			  t->cur->img->name);
	if (!bss_instance_tryget(target))
		bss_throw(t, BSS_E_DEAD, -ENXIO,
			  "%s: ref_keep: %s (instance %u) is being destroyed",
			  t->cur->img->name, target->img->name, target->id);
}

static noinline void release_refused(struct bss_thread *t, bss_ref_t ref, int err)
{
	bss_throw(t, BSS_E_BAD_REF, err, "%s: ref_release: reference 0x%x is not valid",
		  t->cur->img->name, ref);
}

/* Out of line, so that releasing a temporary saves no registers. */
static noinline int release_perm(struct bss_thread *t, bss_ref_t ref)
{
	int ret = bss_reftab_release(&t->cur->owner->tab, ref);

	if (ret)
		release_refused(t, ref, ret);
	return 0;
}

/* The target's count is gone with a refusal: only its ID is named. */
static noinline void table_refused(struct bss_thread *t, const char *what, int err, u32 id)
{
	if (err == -ENXIO)
		bss_throw(t, BSS_E_DEAD, err, "%s: %s: instance %u is dead",
			  t->cur->img->name, what, id);
	if (err == -ENOSPC)
		bss_throw(t, BSS_E_NOMEM, err,
			  "%s: %s: permanent reference table full (%lu references)",
			  t->cur->img->name, what, BSS_MAX_PERM);
	bss_throw(t, BSS_E_NOMEM, err, "%s: %s: out of memory", t->cur->img->name, what);
}

/**
 * bss_sys_ref_keep() - a new permanent reference of the running server
 * @ref: a temporary or permanent reference of its to the target
 *
 * Throws BSS_E_BAD_REF for a reference it does not have, BSS_E_DENIED
 * for itself, BSS_E_DEAD for a target being destroyed, BSS_E_NOMEM.
 *
 * Return: the new reference, strong: it keeps the target alive.
 */
bss_ref_t bss_sys_ref_keep(bss_ref_t ref)
{
	struct bss_thread *t = sys_enter(BSS_SYS_REF_KEEP);
	struct bss_instance *target;
	long h;
	u32 id;

	if (!t)
		return BSS_REF_NULL;
	target = ref_resolve(t, ref);
	keep_check(t, target, ref);
	id = target->id;
	h = bss_reftab_alloc(&t->cur->owner->tab, t->cur->owner, target, false);
	if (unlikely(h < 0))
		table_refused(t, "ref_keep", h, id);
	return h;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_keep, BSS);

/**
 * bss_sys_ref_release() - end a reference of the running server early
 * @ref: a temporary of its frame, or a permanent reference
 *
 * Throws BSS_E_BAD_REF for a reference it does not have.
 *
 * Return: 0.
 */
int bss_sys_ref_release(bss_ref_t ref)
{
	struct bss_thread *t = sys_enter(BSS_SYS_REF_RELEASE);
	struct bss_instance *target;
	struct bss_temp *tmp;
	u32 i = ref & ~BSS_REF_TEMP;

	if (!t)
		return -EPERM;
	if (!(ref & BSS_REF_TEMP))
		return release_perm(t, ref);
	if (unlikely(i < t->base || i >= t->top || !t->temps[i].target))
		release_refused(t, ref, -EBADF);
	tmp = &t->temps[i];
	target = tmp->target;
	tmp->target = NULL;
	if (tmp->owned)
		bss_instance_put(target);
	return 0;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_release, BSS);

/**
 * bss_sys_ref_weak() - a permanent reference that does not keep its target alive
 * @ref: a reference of the running server to the target
 *
 * When the target dies the reference turns dead and the holder's
 * .weak_dead hook runs. Throws as bss_sys_ref_keep() does.
 *
 * Return: the new reference.
 */
bss_ref_t bss_sys_ref_weak(bss_ref_t ref)
{
	struct bss_thread *t = sys_enter(BSS_SYS_REF_WEAK);
	struct bss_instance *target;
	long h;
	u32 id;

	if (!t)
		return BSS_REF_NULL;
	target = bss_ref_resolve(t, ref);
	if (!target)
		bss_throw(t, BSS_E_BAD_REF, -EBADF, "%s: ref_weak: reference 0x%x is not valid",
			  t->cur->img->name, ref);
	id = target->id;
	h = bss_reftab_alloc(&t->cur->owner->tab, t->cur->owner, target, true);
	if (h < 0)
		table_refused(t, "ref_weak", h, id);
	return h;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_weak, BSS);

/**
 * bss_sys_ref_same() - do two references name the same server?
 * @a: a reference of the running server
 * @b: another
 *
 * Return: 1 if both name the same server (or neither names any), else 0.
 */
int bss_sys_ref_same(bss_ref_t a, bss_ref_t b)
{
	struct bss_thread *t = sys_enter(BSS_SYS_REF_SAME);

	if (!t)
		return 0;
	return bss_ref_resolve(t, a) == bss_ref_resolve(t, b);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_ref_same, BSS);

/**
 * bss_sys_local_create() - hand out a part of the running server as a server
 * @cls: the local class (an index of the image's BSS_LOCALS)
 * @obj: the part, inside the server's own data
 *
 * Return: a temporary reference to the new local server, whose class's
 * destructor runs when its last reference goes.
 */
bss_ref_t bss_sys_local_create(unsigned int cls, void *obj)
{
	struct bss_thread *t = sys_enter(BSS_SYS_LOCAL_CREATE);
	struct bss_instance *parent, *inst;

	if (!t)
		return BSS_REF_NULL;
	parent = t->cur->owner;
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

/**
 * bss_sys_self() - the running server, as a reference
 *
 * Return: a temporary reference to the running server.
 */
bss_ref_t bss_sys_self(void)
{
	struct bss_thread *t = sys_enter(BSS_SYS_SELF);

	if (!t)
		return BSS_REF_NULL;
	return bss_temp_push(t, t->cur, false);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_self, BSS);

/*
 * Open a try block; bss_try() has filled tc->jb and the anchor (ra_slot,
 * ra) in the server's frame. A throw checks the anchor against the stack
 * before it trusts it (thread.c try_live()).
 */
/*
 * The C half of bss_sys_try() (jump_64.S), which has filled tc->jb: the
 * try is the thread's innermost. Returns to the server, 0.
 */
int bss_try_open(struct bss_try *tc)
{
	struct bss_thread *t = sys_enter(BSS_SYS_TRY);

	if (!t)
		return 0;
	tc->root = 0;
	tc->depth = t->depth;
	tc->top = t->top;
	tc->err = 0;
	tc->id = 0;
	tc->prev = t->tries;
	t->tries = tc;
	return 0;
}

/**
 * bss_sys_try_end() - close a try block that was not thrown to
 * @tc: the try, the innermost open one of the running thread
 */
void bss_sys_try_end(struct bss_try *tc)
{
	struct bss_thread *t = sys_enter(BSS_SYS_TRY_END);

	if (t && t->tries == tc)
		t->tries = tc->prev;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_try_end, BSS);

/**
 * bss_sys_throw() - abort every frame up to the innermost live try
 * @id: the BSS error ID (0: BSS_E_USER)
 * @err: the POSIX errno, negative (anything else becomes -EIO)
 *
 * Does not return to a server; module code outside any server (its own
 * init or exit) gets nothing done and goes on.
 */
void bss_sys_throw(u32 id, int err)
{
	struct bss_thread *t = sys_enter(BSS_SYS_THROW);

	/* Nothing to unwind to: the caller (module code) goes on. */
	if (!t)
		return;
	if (err >= 0 || err < -MAX_ERRNO)
		err = -EIO;
	__bss_throw_user(t, id ?: BSS_E_USER, err);
	__bss_dead_end();
}
EXPORT_SYMBOL_NS_GPL(bss_sys_throw, BSS);

/**
 * bss_sys_lock() - take the running server's own spinlock
 *
 * For the running frame, which releases it when it returns or is thrown
 * through; interrupts are off while it is held. Throws BSS_E_NO_CALLBACK
 * if the frame holds it already.
 */
void bss_sys_lock(void)
	__acquires(xlock)
{
	struct bss_thread *t = sys_enter(BSS_SYS_LOCK);
	struct bss_frame *f;
	unsigned long flags;

	if (!t) {
		__acquire(xlock);	/* for sparse: nothing was taken */
		return;
	}
	f = &t->frames[t->depth - 1];
	if (f->spin)
		bss_throw(t, BSS_E_NO_CALLBACK, -EDEADLK, "%s: lock: already held",
			  t->cur->img->name);
	spin_lock_irqsave(&t->cur->owner->xlock, flags);
	f->irqflags = flags;
	f->spin = 1;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_lock, BSS);

/**
 * bss_sys_unlock() - release the lock of bss_sys_lock()
 *
 * Throws BSS_E_ARG (-EPERM) if the running frame does not hold it.
 */
void bss_sys_unlock(void)
	__releases(xlock)
{
	struct bss_thread *t = sys_enter(BSS_SYS_UNLOCK);
	struct bss_frame *f;

	if (!t) {
		__release(xlock);
		return;
	}
	f = &t->frames[t->depth - 1];
	if (!f->spin)
		bss_throw(t, BSS_E_ARG, -EPERM, "%s: unlock: not held", t->cur->img->name);
	f->spin = 0;
	spin_unlock_irqrestore(&t->cur->owner->xlock, f->irqflags);
}
EXPORT_SYMBOL_NS_GPL(bss_sys_unlock, BSS);

/**
 * bss_sys_thread() - run a function of the running server on a kernel thread
 * @fn: the function, of the server's own service
 * @arg: its one scalar argument
 *
 * Return: 0, or a negative errno (the thread limit, memory); throws in
 * atomic context and for a function that does not take one scalar.
 */
int bss_sys_thread(u32 fn, u64 arg)
{
	struct bss_thread *t = sys_enter(BSS_SYS_THREAD);

	return t ? bss_factory_start(t, fn, arg) : -EPERM;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_thread, BSS);

/**
 * bss_sys_thread_stop() - has the running server asked its threads to stop?
 *
 * Return: 1 when the thread is to stop (its server is being destroyed,
 * or the call is refused), else 0.
 */
int bss_sys_thread_stop(void)
{
	return sys_enter(BSS_SYS_THREAD_STOP) ? bss_factory_should_stop() : 1;
}
EXPORT_SYMBOL_NS_GPL(bss_sys_thread_stop, BSS);
