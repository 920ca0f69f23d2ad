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

/* One permanent reference. Entries never move once created. */
struct bss_pref {
	struct bss_instance *target;	/* NULL: free, or a dead weak ref */
	u32 next_free;
	u32 handle;
	u8 weak;
	u8 used;
	struct list_head hnode;		/* on target->holders */
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
	spinlock_t lock;		/* alloc, free and growth; lookups take none */
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
int bss_reftab_alloc(struct bss_reftab *tab, struct bss_instance *holder,
		     struct bss_instance *target, bool weak, u32 *handle);
struct bss_instance *bss_reftab_free(struct bss_reftab *tab, u32 h, bool *weak);

#endif /* _BSS_REFTAB_H */
