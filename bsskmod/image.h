/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_IMAGE_H
#define _BSS_IMAGE_H

#include <linux/atomic.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/bss.h>
#include <bss/abi.h>

struct bss_bind;

/* A registered server image: one loaded server module, validated. */
struct bss_image {
	struct list_head node;
	struct module *owner;
	const struct bss_image_desc *desc;
	char name[BSS_NAME_LEN];
	u32 id;
	u16 sysmask;		/* BIT(BSS_SYS_*) declared among its imports */
	bool device;		/* a device's kernel server: made by bss.ko, not by name */
	atomic_t instances;
	atomic64_t ctor_calls;
	atomic64_t dtor_calls;
	struct bss_bind *binds;		/* per import (bind.c); NULL: none */
	struct list_head bind_node;	/* on bind.c's queue while asked for */
};

struct bss_image *bss_kimage_register(const struct bss_image_desc *d);
struct bss_image *bss_kimage_register_device(const struct bss_image_desc *d);
void bss_kimage_unregister(struct bss_image *img);
struct bss_image *bss_image_get(const char *name);
void bss_image_put(struct bss_image *img);
int bss_image_list(struct bss_image_info *out, u32 max, u32 *count);
int bss_image_load_error(struct bss_load_error *le);
u32 bss_image_count(void);
int bss_image_init(void);
void bss_image_uninit(void);

#endif /* _BSS_IMAGE_H */
