/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_GRAPH_H
#define _BSS_GRAPH_H

#include <linux/types.h>
#include <linux/bss.h>

struct bss_bundle;
struct bss_graph;
struct bss_instance;

/* How long a driver graph's unload waits for its servers' destruction. */
#define BSS_GRAPH_GONE_MS	5000

struct bss_graph_err {
	char *msg;
	size_t msglen;
	char *missing;		/* BSS_NAME_LEN: an image to load first */
};

struct bss_bundle *bss_bundle_get(struct bss_bundle *b);
void bss_bundle_put(struct bss_bundle *b);
const char *bss_bundle_main(struct bss_bundle *b);
struct bss_bundle *bss_bundle_from_user(const struct bss_graph_load *gl,
					char *msg, size_t msglen);

int bss_graph_load(struct bss_bundle *b, const char *file,
		   struct bss_instance *device, struct bss_graph_err *e, u32 *id);
int bss_graph_unload(u32 id, u32 *leaked);
struct bss_instance *bss_graph_start(u32 id, const char *file, const char *image,
				     struct bss_graph_err *e);
int bss_graph_list(struct bss_graph_node *out, u32 max, u32 *count);

/**
 * struct bss_graph_drivers - where a graph's driver statements go
 * @add: a driver statement of @graph: devices vendor:device (class ~0:
 *	any) get the driver graph of @file in bundle @b
 * @remove_graph: @graph is going: its statements go with it, and the
 *	devices they bound
 *
 * The driver database (pcidrv.c) sets them at its init and clears them at
 * its uninit, so that the graphs know no bus.
 */
struct bss_graph_drivers {
	int (*add)(u16 vendor, u16 device, u32 class, struct bss_bundle *b,
		   const char *file, u32 graph);
	void (*remove_graph)(u32 graph);
};

void bss_graph_drivers_set(const struct bss_graph_drivers *d);
void bss_graph_uninit(void);

#endif /* _BSS_GRAPH_H */
