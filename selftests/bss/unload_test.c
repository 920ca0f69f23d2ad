// SPDX-License-Identifier: GPL-2.0
/*
 * Runs after the other selftests: with every instance gone, bss.ko refuses
 * to unload while server modules are loaded, and unloading them leaves no
 * image or service behind.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/bss.h>

#include "kselftest_harness.h"

#include "bss_util.h"

/* Last: everything torn down, module unload refused while servers live. */
/* Images or instances that are not the runtime's own kernel servers. */
static int user_objects(unsigned long req)
{
	static struct bss_image_info img[64];
	static struct bss_instance_info inst[256];
	bool images = req == BSS_IOC_IMAGE_LIST;
	struct bss_list l = { .size = sizeof(l), .count = images ? 64 : 256,
			      .entsize = images ? sizeof(img[0]) : sizeof(inst[0]),
			      .buf = images ? (unsigned long)img : (unsigned long)inst };
	unsigned int i;
	int n = 0;

	if (ioctl(bss_fd(), req, &l))
		return -errno;
	for (i = 0; i < l.count; i++)
		n += strncmp(images ? img[i].name : inst[i].image, "kernel_", 7) != 0;
	return n;
}

/* Every server module that is loaded: they all go, and nothing stays. */
TEST(zz_unload_all)
{
	struct bss_stats s = { .size = sizeof(s) };
	DIR *dir;
	struct dirent *d;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_echo"));
	EXPECT_EQ(-1, syscall(SYS_delete_module, "bss", O_NONBLOCK));
	EXPECT_TRUE(errno == EBUSY || errno == EWOULDBLOCK);
	EXPECT_EQ(0, user_objects(BSS_IOC_INSTANCE_LIST));
	dir = opendir("/sys/module");
	ASSERT_NE(NULL, dir);
	while ((d = readdir(dir)))
		if (!strncmp(d->d_name, "bss_", 4))
			EXPECT_EQ(0, syscall(SYS_delete_module, d->d_name, O_NONBLOCK))
				TH_LOG("%s: %s", d->d_name, strerror(errno));
	closedir(dir);
	EXPECT_EQ(0, user_objects(BSS_IOC_IMAGE_LIST));
	EXPECT_EQ(0, user_objects(BSS_IOC_INSTANCE_LIST));
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &s));
	/* debug, time, mem, loader, timer, queue, pktq, netdev, pcidev, dmabuf. */
	EXPECT_EQ(10, s.services);
}

TEST_HARNESS_MAIN
