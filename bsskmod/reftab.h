/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_REFTAB_H
#define _BSS_REFTAB_H

#include <linux/bits.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <bss/abi.h>

struct bss_instance;

#define BSS_REF_CHUNK	64
#define BSS_MAX_PERM	BIT(16)	/* per server; memory charged to its creator */

/*
 * One permanent reference. Entries never move once created. A strong
 * entry owns a count on its target; whoever clears target under the
 * table's lock owns that count (the holder releasing it, or the target's
 * revocation cutting it). A weak entry is on its target's holders list
 * instead, and its target is cleared under bss_weak_lock.
 */
struct bss_pref {
	struct bss_instance *target;	/* NULL: free, or a dead reference */
	u32 next_free;
	u32 handle;
	u8 weak;
	u8 used;
	struct list_head hnode;		/* weak: on target->holders */
	struct bss_instance *holder;
};

/*
 * A server's permanent references: chunks of BSS_REF_CHUNK entries reached
 * through a directory that doubles when full. Lookups take no lock: a new
 * directory is published before the capacity that needs it, and old
 * directories stay until the table is destroyed. Acquire and release are
 * O(1) through a free list.
 */
struct bss_reftab {
	/* Alloc, free, growth and strong entries' targets; lookups take none. */
	spinlock_t lock;
	struct bss_pref **dir;
	u32 cap;
	u32 ndir;
	u32 free_head;
	u32 used;
	void *old_dirs;
};

static inline struct bss_pref *bss_reftab_entry(struct bss_reftab *tab, u32 h)
{
	struct bss_pref **dir;

	/*
	 * Pairs with the smp_store_release() of cap in grow(): a handle below
	 * the capacity seen here has its chunk, and a directory that holds it.
	 */
	if (h >= smp_load_acquire(&tab->cap))
		return NULL;
	dir = READ_ONCE(tab->dir);
	return &dir[h / BSS_REF_CHUNK][h % BSS_REF_CHUNK];
}

void bss_reftab_init(struct bss_reftab *tab);
void bss_reftab_uninit(struct bss_reftab *tab);
long bss_reftab_alloc(struct bss_reftab *tab, struct bss_instance *holder,
		      struct bss_instance *target, bool weak);
int bss_reftab_release(struct bss_reftab *tab, u32 h);
u32 bss_reftab_cut(struct bss_reftab *tab, struct bss_instance *target);

#endif /* _BSS_REFTAB_H */
