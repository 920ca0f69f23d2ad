/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What conf.c needs from the kernel, for building it on the host with
 * -DBSS_HOST (unit tests, fuzzer): kernel integer types, the allocator
 * <linux/slab.h> provides (kvzalloc() becomes calloc()) and the helpers of
 * <linux/kernel.h>. The definitions it shares with elfcheck_host.h are
 * identical, so both may be included together.
 */
#ifndef _BSS_CONF_HOST_H
#define _BSS_CONF_HOST_H

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;	/* as in the kernel, printed with %llu */

#define GFP_KERNEL	0
#define kvzalloc(size, gfp)	calloc(1, size)
#define kvfree(p)	free(p)

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * The kernel's __printf() is a format attribute, which checkpatch wants
 * spelled only through that macro; the kernel build checks the formats.
 */
#define __printf(a, b)

#endif /* _BSS_CONF_HOST_H */
