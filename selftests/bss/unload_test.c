// SPDX-License-Identifier: GPL-2.0
/*
 * Runs after the other selftests: with every instance gone, bss.ko refuses
 * to unload while server modules are loaded, and unloading them leaves no
 * image or service behind.
 */
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

#define DIR "/lib/bss/"
enum { ECHO_PING, ECHO_ADD, ECHO_GET, ECHO_FILL, ECHO_SUM };
enum { RELAY_SET, RELAY_GET, RELAY_PASS, RELAY_CALL, RELAY_NEXT };
enum { WATCH_WATCH, WATCH_ALIVE, WATCH_DEATHS };
enum { DIR_CREATE, DIR_LOOKUP, DIR_COUNT, DIR_UNLINK };

static int dev(void)
{
	static int fd = -1;

	if (fd < 0)
		fd = open("/dev/bss", O_RDWR);
	return fd;
}

static int image_check(const char *path, struct bss_image_check *c)
{
	static char buf[8 << 20];
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = read(fd, buf, sizeof(buf));
	close(fd);
	memset(c, 0, sizeof(*c));
	c->size = sizeof(*c);
	c->len = n;
	c->data = (unsigned long)buf;
	return ioctl(dev(), BSS_IOC_IMAGE_CHECK, c) ? -errno : 0;
}

/* Load like bssctl image load: check, then finit_module. */
static int load(const char *name)
{
	struct bss_image_check c;
	char path[128];
	int fd, ret;

	snprintf(path, sizeof(path), DIR "%s.ko", name);
	ret = image_check(path, &c);
	if (ret)
		return ret;
	fd = open(path, O_RDONLY);
	ret = syscall(SYS_finit_module, fd, "", 0) ? -errno : 0;
	close(fd);
	return ret == -EEXIST ? 0 : ret;
}

static unsigned int create(const char *image, int nbind, unsigned int *bind)
{
	struct bss_instance_create c = { .size = sizeof(c), .nbind = nbind };

	snprintf(c.image, sizeof(c.image), "%s", image);
	memcpy(c.bind, bind, nbind * sizeof(*bind));
	return ioctl(dev(), BSS_IOC_INSTANCE_CREATE, &c) ? 0 : c.id;
}

static int destroy(unsigned int id)
{
	struct bss_instance_destroy d = { .size = sizeof(d), .id = id };

	return ioctl(dev(), BSS_IOC_INSTANCE_DESTROY, &d) ? -errno : 0;
}

static int call(unsigned int id, unsigned int fn, __u64 *ret, int n, ...)
{
	struct bss_call c = { .size = sizeof(c), .id = id, .fn = fn, .nargs = n };
	va_list ap;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		c.args[i] = va_arg(ap, __u64);
	va_end(ap);
	if (ioctl(dev(), BSS_IOC_CALL, &c))
		return -errno;
	if (ret)
		*ret = c.ret;
	return 0;
}

static int info(unsigned int id, struct bss_instance_info *out)
{
	struct bss_instance_info all[256];
	struct bss_list l = { .size = sizeof(l), .count = 256,
			      .entsize = sizeof(all[0]), .buf = (unsigned long)all };
	unsigned int i;

	if (ioctl(dev(), BSS_IOC_INSTANCE_LIST, &l))
		return -errno;
	for (i = 0; i < l.count && i < 256; i++) {
		if (all[i].id == id) {
			*out = all[i];
			return 0;
		}
	}
	return -ENOENT;
}

static unsigned int refcount(unsigned int id)
{
	struct bss_instance_info i;

	return info(id, &i) ? 0 : i.refcount;
}

/* Last: everything torn down, module unload refused while servers live. */
TEST(zz_unload_all)
{
	struct bss_stats s = { .size = sizeof(s) };
	const char *names[] = { "bss_fs", "bss_watch", "bss_relay", "bss_echo" };
	unsigned int i;

	if (dev() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_echo"));
	EXPECT_EQ(-1, syscall(SYS_delete_module, "bss", O_NONBLOCK));
	EXPECT_TRUE(errno == EBUSY || errno == EWOULDBLOCK);
	ASSERT_EQ(0, ioctl(dev(), BSS_IOC_STATS, &s));
	EXPECT_EQ(0, s.instances);
	for (i = 0; i < 4; i++)
		syscall(SYS_delete_module, names[i], O_NONBLOCK);
	ASSERT_EQ(0, ioctl(dev(), BSS_IOC_STATS, &s));
	EXPECT_EQ(0, s.images);
	EXPECT_EQ(0, s.services);
}

TEST_HARNESS_MAIN
