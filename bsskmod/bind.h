/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_BIND_H
#define _BSS_BIND_H

#include <linux/compiler.h>
#include <linux/list.h>
#include <bss/abi.h>

#include "image.h"

struct bss_instance;

/* Per import of an image: where binding it stands. */
enum bss_bind_state {
	BSS_BIND_NONE,		/* nothing noted: the fast path notes its first callee */
	BSS_BIND_ASKED,		/* noted, bound when the image has no instance */
	BSS_BIND_DONE,		/* bound to a slot, or left general (no slot free) */
};

struct bss_bind {
	const bss_entry_t *entries;	/* the implementation to bind; NULL: its image went */
	s16 slot;			/* its slot, -1 before the first */
	u8 state;			/* enum bss_bind_state */
};

void bss_bind_ask(struct bss_image *img, unsigned long idx, const bss_entry_t *entries);

/* A fast-path call through import idx of img: bind it, the first time. */
static __always_inline void bss_bind_note(struct bss_image *img, const struct bss_import *imp,
					  unsigned long idx, const bss_entry_t *entries)
{
	if (unlikely(img->binds && READ_ONCE(img->binds[idx].state) == BSS_BIND_NONE))
		bss_bind_ask(img, idx, entries);
}

void bss_bind_instance_get(struct bss_image *img, struct bss_instance **bind, u32 nbind);
void bss_bind_instance_put(struct bss_image *img);
int bss_bind_image_init(struct bss_image *img);
void bss_bind_image_uninit(struct bss_image *img);
u32 bss_bind_slots_used(void);
void bss_bind_uninit(void);

#endif /* _BSS_BIND_H */
