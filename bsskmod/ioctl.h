/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_IOCTL_H
#define _BSS_IOCTL_H

#include <linux/types.h>

int bss_ioc_copy_in(void *k, size_t ksize, void __user *arg);
int bss_ioc_copy_out(void __user *arg, const void *k, size_t ksize);
long bss_ioc_image_check(void __user *arg);
long bss_ioc_load_error(void __user *arg);
long bss_ioc_list(unsigned int cmd, void __user *arg);
long bss_ioc_instance_create(void __user *arg);
long bss_ioc_instance_destroy(void __user *arg);
long bss_ioc_call(void __user *arg);
long bss_ioc_stats(void __user *arg);
long bss_ioc_graph_load(void __user *arg);
long bss_ioc_graph_unload(void __user *arg);

#endif /* _BSS_IOCTL_H */
