/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_ERROR_H
#define _BSS_ERROR_H

#include <linux/types.h>
#include <linux/bss.h>

struct bss_instance;

#define BSS_ERROR_LOG	64	/* entries kept: the newest */

void bss_error_log(struct bss_instance *where, u32 id, int err, const char *msg);
void bss_error_user_msg(char *buf, size_t len, const char *image, u32 id, int err);
int bss_error_list(struct bss_error_info *out, u32 max, u32 *count);

#endif /* _BSS_ERROR_H */
