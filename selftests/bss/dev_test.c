// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/bss basics: the node, its permissions and the version ioctl.
 */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/bss.h>

#include "kselftest_harness.h"

FIXTURE(dev) {
	int fd;
};

FIXTURE_SETUP(dev)
{
	self->fd = open("/dev/bss", O_RDWR);
	if (self->fd < 0 && errno == ENOENT)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_LE(0, self->fd);
}

FIXTURE_TEARDOWN(dev)
{
	if (self->fd >= 0)
		close(self->fd);
}

TEST_F(dev, mode_is_0600)
{
	struct stat st;

	ASSERT_EQ(0, fstat(self->fd, &st));
	EXPECT_TRUE(S_ISCHR(st.st_mode));
	EXPECT_EQ(0600, st.st_mode & 07777);
}

TEST_F(dev, version_matches_kernel)
{
	struct bss_version v = { .size = sizeof(v) };
	struct utsname u;

	ASSERT_EQ(0, ioctl(self->fd, BSS_IOC_VERSION, &v));
	EXPECT_EQ(BSS_VERSION_MAJOR, v.major);
	EXPECT_EQ(BSS_VERSION_MINOR, v.minor);
	EXPECT_EQ(BSS_ABI_REVISION, v.abi);
	ASSERT_EQ(0, uname(&u));
	EXPECT_STREQ(u.release, v.kernel);
}

/* An older, shorter structure still works: the ABI grows at the end. */
TEST_F(dev, version_short_struct)
{
	struct bss_version v = { .size = offsetof(struct bss_version, pad) };

	ASSERT_EQ(0, ioctl(self->fd, BSS_IOC_VERSION, &v));
	EXPECT_EQ(BSS_VERSION_MAJOR, v.major);
	EXPECT_EQ(0, v.kernel[0]);
}

/* A newer, longer structure is refused when its tail is not zero. */
TEST_F(dev, version_long_struct_nonzero_tail)
{
	struct {
		struct bss_version v;
		__u64 future;
	} big = { .v.size = sizeof(big), .future = 1 };

	EXPECT_EQ(-1, ioctl(self->fd, BSS_IOC_VERSION, &big));
	EXPECT_EQ(E2BIG, errno);
}

TEST_F(dev, unknown_ioctl)
{
	EXPECT_EQ(-1, ioctl(self->fd, _IO(BSS_IOC_MAGIC, 0x7f), 0));
	EXPECT_EQ(ENOTTY, errno);
}

TEST(unprivileged_open_denied)
{
	pid_t pid = fork();
	int status;

	ASSERT_LE(0, pid);
	if (pid == 0) {
		if (setgid(65534) || setuid(65534))
			_exit(2);
		_exit(open("/dev/bss", O_RDWR) < 0 && errno == EACCES ? 0 : 1);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	ASSERT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
}

TEST_HARNESS_MAIN
