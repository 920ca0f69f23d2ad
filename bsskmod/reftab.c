// SPDX-License-Identifier: GPL-2.0
/*
 * Permanent reference tables: O(1) acquire and release at any size.
 */
#include <linux/slab.h>

#include "event.h"
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

int bss_reftab_alloc(struct bss_reftab *tab, struct bss_instance *holder,
		     struct bss_instance *target, bool weak, u32 *handle)
{
	struct bss_pref *e;
	int ret = 0;

	spin_lock(&tab->lock);
	if (tab->free_head == NO_FREE)
		ret = grow(tab);
	if (!ret) {
		*handle = tab->free_head;
		e = bss_reftab_entry(tab, *handle);
		tab->free_head = e->next_free;
		e->holder = holder;
		e->weak = weak;
		e->used = 1;
		INIT_LIST_HEAD(&e->hnode);
		WRITE_ONCE(e->target, target);
		tab->used++;
	}
	spin_unlock(&tab->lock);
	if (!ret)
		bss_event_create("ref", *handle);
	return ret;
}

/* Returns the target the entry held (NULL for a dead weak reference). */
struct bss_instance *bss_reftab_free(struct bss_reftab *tab, u32 h, bool *weak)
{
	struct bss_instance *target;
	struct bss_pref *e;

	spin_lock(&tab->lock);
	e = bss_reftab_entry(tab, h);
	if (!e || !e->used) {
		spin_unlock(&tab->lock);
		return ERR_PTR(-EBADF);
	}
	target = e->target;
	*weak = e->weak;
	WRITE_ONCE(e->target, NULL);
	e->used = 0;
	e->next_free = tab->free_head;
	tab->free_head = h;
	tab->used--;
	spin_unlock(&tab->lock);
	bss_event_destroy("ref", h);
	return target;
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
