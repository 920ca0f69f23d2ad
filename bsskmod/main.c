// SPDX-License-Identifier: GPL-2.0
/*
 * Module entry: brings the BSS runtime up and down in order.
 */
#include <linux/module.h>

#include "bind.h"
#include "dev.h"
#include "image.h"
#include "graph.h"
#include "instance.h"
#include "ksrv.h"
#include "pcidrv.h"
#include "svcreg.h"
#include "thread.h"
#include "version.h"

static int __init bss_mod_init(void)
{
	int ret;

	ret = bss_thread_init();
	if (ret)
		return ret;
	ret = bss_svcreg_init();
	if (ret)
		goto err_thread;
	ret = bss_image_init();
	if (ret)
		goto err_svcreg;
	ret = bss_instance_init();
	if (ret)
		goto err_image;
	ret = bss_ksrv_init();
	if (ret)
		goto err_instance;
	/* Removed with the other kernel servers by bss_ksrv_uninit(). */
	ret = bss_loader_init();
	if (ret)
		goto err_ksrv;
	ret = bss_kpci_init();
	if (ret)
		goto err_ksrv;
	ret = bss_knet_init();
	if (ret)
		goto err_kpci;
	ret = bss_pcidrv_init();
	if (ret)
		goto err_knet;
	ret = bss_dev_init();
	if (ret)
		goto err_pcidrv;
	pr_info("BSS server runtime %s loaded\n", BSS_VERSION_STRING);
	return 0;

err_pcidrv:
	bss_pcidrv_uninit();
err_knet:
	bss_knet_uninit();
err_kpci:
	bss_kpci_uninit();
err_ksrv:
	bss_ksrv_uninit();
err_instance:
	bss_instance_uninit();
err_image:
	bss_image_uninit();
err_svcreg:
	bss_svcreg_uninit();
err_thread:
	bss_thread_uninit();
	return ret;
}

static void __exit bss_mod_exit(void)
{
	bss_dev_uninit();
	bss_pcidrv_uninit();
	bss_graph_uninit();
	bss_knet_uninit();
	bss_kpci_uninit();
	bss_ksrv_uninit();
	bss_instance_uninit();
	bss_image_uninit();
	bss_bind_uninit();
	bss_svcreg_uninit();
	bss_thread_uninit();
	pr_info("BSS server runtime unloaded\n");
}

module_init(bss_mod_init);
module_exit(bss_mod_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("BSS server runtime: fine-grained self-contained kernel components");
MODULE_AUTHOR("BSS-in-Linux developers");
MODULE_VERSION(BSS_VERSION_STRING);
