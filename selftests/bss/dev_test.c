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

#include "bss_util.h"

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

/*
 * A caller built against an older, shorter struct: its command number
 * carries the older size. It is the same command; the fields it knows
 * come back, nothing past them is written.
 */
TEST_F(dev, older_struct_command_number)
{
	struct {
		__u32 size;
		__u32 images;
		__u32 instances;
		__u32 beyond;	/* not the caller's: must stay as it was */
	} old = { .size = 3 * sizeof(__u32), .beyond = 0xdeadbeef };
	unsigned int cmd = _IOWR(BSS_IOC_MAGIC, _IOC_NR(BSS_IOC_STATS), __u8[12]);

	ASSERT_NE(BSS_IOC_STATS, cmd);
	ASSERT_EQ(0, ioctl(self->fd, cmd, &old)) TH_LOG("%s", strerror(errno));
	EXPECT_LT(0, old.images);
	EXPECT_LT(0, old.instances);
	EXPECT_EQ(0xdeadbeef, old.beyond);
	/* Another type, or a direction the commands do not have: unknown. */
	EXPECT_EQ(-1, ioctl(self->fd, _IOWR(0xb6, _IOC_NR(BSS_IOC_STATS), __u8[12]), &old));
	EXPECT_EQ(ENOTTY, errno);
	EXPECT_EQ(-1, ioctl(self->fd, _IOR(BSS_IOC_MAGIC, _IOC_NR(BSS_IOC_STATS), __u8[12]), &old));
	EXPECT_EQ(ENOTTY, errno);
}

/* A list that fails counts nothing: no uninitialised count comes back. */
TEST_F(dev, failed_list_counts_nothing)
{
	struct bss_fn_info r[4];	/* as large as four struct bss_ref_info */
	struct bss_list l = { .size = sizeof(l), .id = 0xfffffff0, .count = 4,
			      .entsize = sizeof(struct bss_ref_info), .buf = (unsigned long)r };

	EXPECT_EQ(-1, ioctl(self->fd, BSS_IOC_REF_LIST, &l));
	EXPECT_EQ(ENOENT, errno);
	EXPECT_EQ(0, l.count);
	l.count = 4;
	l.entsize = sizeof(struct bss_fn_info);
	EXPECT_EQ(-1, ioctl(self->fd, BSS_IOC_FN_LIST, &l));
	EXPECT_EQ(ENOENT, errno);
	EXPECT_EQ(0, l.count);
}

/* bssctl says which image is not there, not that instances might be alive. */
TEST_F(dev, bssctl_unload_not_loaded)
{
	static const char want[] =
		"Error: image unload: bss_no_such_image is not loaded: No such file or directory";
	char out[512];

	EXPECT_NE(0, run_bssctl(out, sizeof(out), "image unload bss_no_such_image"));
	EXPECT_NE(NULL, strstr(out, want)) TH_LOG("%s", out);
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
