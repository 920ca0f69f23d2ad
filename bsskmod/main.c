// SPDX-License-Identifier: GPL-2.0
/*
 * Module entry: brings the BSS runtime up and down in order.
 */
#include <linux/module.h>

#include "dev.h"
#include "version.h"

static int __init bss_mod_init(void)
{
	int ret;

	ret = bss_dev_init();
	if (ret)
		return ret;
	pr_info("BSS server runtime %s loaded\n", BSS_VERSION_STRING);
	return 0;
}

static void __exit bss_mod_exit(void)
{
	bss_dev_uninit();
	pr_info("BSS server runtime unloaded\n");
}

module_init(bss_mod_init);
module_exit(bss_mod_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("BSS server runtime: fine-grained self-contained kernel components");
MODULE_AUTHOR("BSS-in-Linux developers");
MODULE_VERSION(BSS_VERSION_STRING);
