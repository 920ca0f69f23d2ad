// SPDX-License-Identifier: GPL-2.0
/*
 * Permanent reference tables: O(1) acquire and release at any size.
 */
#include <linux/slab.h>

#include "event.h"
#include "instance.h"
#include "reftab.h"

#define NO_FREE		U32_MAX

/* A retired directory, kept until the table goes: readers may hold it. */
struct old_dir {
	struct old_dir *next;
	struct bss_pref **dir;
};

void bss_reftab_init(struct bss_reftab *tab)
{
	spin_lock_init(&tab->lock);
	tab->free_head = NO_FREE;
}

static int grow_dir(struct bss_reftab *tab)
{
	u32 n = tab->ndir ? tab->ndir * 2 : 4;
	struct bss_pref **dir;
	struct old_dir *old;

	dir = kcalloc(n, sizeof(*dir), GFP_ATOMIC | __GFP_ACCOUNT);
	old = kmalloc(sizeof(*old), GFP_ATOMIC | __GFP_ACCOUNT);
	if (!dir || !old) {
		kfree(dir);
		kfree(old);
		return -ENOMEM;
	}
	if (tab->dir)
		memcpy(dir, tab->dir, tab->ndir * sizeof(*dir));
	old->dir = tab->dir;
	old->next = tab->old_dirs;
	tab->old_dirs = old;
	WRITE_ONCE(tab->dir, dir);
	tab->ndir = n;
	return 0;
}

/* Add a chunk; its entries go on the free list. Called with tab->lock. */
static int grow(struct bss_reftab *tab)
{
	u32 chunk = tab->cap / BSS_REF_CHUNK, i;
	struct bss_pref *c;

	if (tab->cap >= BSS_MAX_PERM)
		return -ENOSPC;
	if (chunk == tab->ndir && grow_dir(tab))
		return -ENOMEM;
	c = kcalloc(BSS_REF_CHUNK, sizeof(*c), GFP_ATOMIC | __GFP_ACCOUNT);
	if (!c)
		return -ENOMEM;
	for (i = 0; i < BSS_REF_CHUNK; i++) {
		c[i].handle = tab->cap + i;
		c[i].next_free = i + 1 < BSS_REF_CHUNK ? tab->cap + i + 1 : tab->free_head;
	}
	tab->dir[chunk] = c;
	tab->free_head = tab->cap;
	/*
	 * Publish the chunk, its entries and the directory from grow_dir()
	 * before the capacity that covers them: pairs with the
	 * smp_load_acquire() of cap in bss_reftab_entry().
	 */
	smp_store_release(&tab->cap, tab->cap + BSS_REF_CHUNK);
	return 0;
}

/* The head of the free list, taken for holder; grows the table if empty. */
static struct bss_pref *take_free_locked(struct bss_reftab *tab,
					 struct bss_instance *holder, bool weak)
{
	struct bss_pref *e;
	int ret;

	lockdep_assert_held(&tab->lock);
	if (tab->free_head == NO_FREE) {
		ret = grow(tab);
		if (ret)
			return ERR_PTR(ret);
	}
	e = bss_reftab_entry(tab, tab->free_head);
	tab->free_head = e->next_free;
	e->holder = holder;
	e->weak = weak;
	e->used = 1;
	INIT_LIST_HEAD(&e->hnode);
	tab->used++;
	return e;
}

static void put_free_locked(struct bss_reftab *tab, struct bss_pref *e)
{
	lockdep_assert_held(&tab->lock);
	WRITE_ONCE(e->target, NULL);
	e->used = 0;
	e->next_free = tab->free_head;
	tab->free_head = e->handle;
	tab->used--;
}

/*
 * A strong entry made while its target was being revoked: the revoker
 * sets dead, then (after a full barrier) cuts every table's entries under
 * their locks; the keeper stores its entry, then (after a full barrier)
 * reads dead. One of the two sees the other, so no strong reference to a
 * revoked server survives the revocation.
 */
static bool keep_raced_revoke(struct bss_instance *target)
{
	/* The entry before dead: pairs with the barrier in mark_dead(). */
	smp_mb();
	return READ_ONCE(target->dead);
}

/**
 * bss_reftab_alloc() - a new permanent reference
 * @tab: the holder's table
 * @holder: the server whose table it is
 * @target: the server it names; for a strong reference the caller hands
 *	    over a count it holds, which is dropped if this fails
 * @weak: a weak reference (on @target's holders list, no count)
 *
 * Return: the new reference; -ENOSPC when the table holds BSS_MAX_PERM,
 * -ENOMEM, or -ENXIO when @target is dead (weak: or its last strong
 * reference went).
 */
long bss_reftab_alloc(struct bss_reftab *tab, struct bss_instance *holder,
		      struct bss_instance *target, bool weak)
{
	struct bss_pref *e;
	long ret;

	spin_lock(&tab->lock);
	e = take_free_locked(tab, holder, weak);
	if (IS_ERR(e)) {
		ret = PTR_ERR(e);
	} else if (!weak) {
		WRITE_ONCE(e->target, target);
		ret = e->handle;
	} else if (bss_pref_link_weak(e, target)) {
		ret = e->handle;
	} else {
		put_free_locked(tab, e);
		ret = -ENXIO;
	}
	spin_unlock(&tab->lock);
	if (unlikely(ret < 0)) {
		if (!weak)
			bss_instance_put(target);
		return ret;
	}
	bss_event_create("ref", (u32)ret);
	if (!weak && keep_raced_revoke(target)) {
		bss_reftab_release(tab, ret);
		return -ENXIO;
	}
	return ret;
}

/**
 * bss_reftab_release() - end a permanent reference and drop what it held
 * @tab: the holder's table
 * @h: the reference
 *
 * A strong reference's count is dropped unless the target's revocation
 * cut it first (bss_reftab_cut()); a weak one leaves its target's list.
 *
 * Return: 0, or -EBADF for a handle that names no reference.
 */
int bss_reftab_release(struct bss_reftab *tab, u32 h)
{
	struct bss_instance *target;
	struct bss_pref *e;
	bool weak;

	spin_lock(&tab->lock);
	e = bss_reftab_entry(tab, h);
	if (unlikely(!e || !e->used)) {
		spin_unlock(&tab->lock);
		return -EBADF;
	}
	weak = e->weak;
	target = weak ? bss_pref_unlink_weak(e) : e->target;
	put_free_locked(tab, e);
	spin_unlock(&tab->lock);
	bss_event_destroy("ref", h);
	if (target && !weak)
		bss_instance_put(target);
	return 0;
}

/**
 * bss_reftab_cut() - turn a table's strong references to a server dead
 * @tab: a holder's table
 * @target: the server being revoked
 *
 * Return: how many were cut; the caller owns their counts.
 */
u32 bss_reftab_cut(struct bss_reftab *tab, struct bss_instance *target)
{
	struct bss_pref *e;
	u32 h, seen = 0, cut = 0;

	spin_lock(&tab->lock);
	for (h = 0; h < tab->cap && seen < tab->used; h++) {
		e = bss_reftab_entry(tab, h);
		if (!e->used)
			continue;
		seen++;
		if (e->weak || e->target != target)
			continue;
		WRITE_ONCE(e->target, NULL);
		cut++;
	}
	spin_unlock(&tab->lock);
	return cut;
}

void bss_reftab_uninit(struct bss_reftab *tab)
{
	struct old_dir *old, *next;
	u32 i;

	for (i = 0; i < tab->cap / BSS_REF_CHUNK; i++)
		kfree(tab->dir[i]);
	kfree(tab->dir);
	for (old = tab->old_dirs; old; old = next) {
		next = old->next;
		kfree(old->dir);
		kfree(old);
	}
}
