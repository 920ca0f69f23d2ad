// SPDX-License-Identifier: GPL-2.0
/*
 * The server model in a real kernel: loading, instances, service calls,
 * temporary/permanent/weak references, local servers, auto-destruction and
 * refusals. Server modules come from /lib/bss.
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

#include "bss_util.h"

enum { ECHO_PING, ECHO_ADD, ECHO_GET, ECHO_FILL, ECHO_SUM };
enum { RELAY_SET, RELAY_GET, RELAY_PASS, RELAY_CALL, RELAY_NEXT };
enum { WATCH_WATCH, WATCH_ALIVE, WATCH_DEATHS };
enum { DIR_CREATE, DIR_LOOKUP, DIR_COUNT, DIR_UNLINK };
enum { BENCH_NOP, BENCH_LOOP };
#define BENCH_KIND_CALL	3ULL	/* enum bench_kind in servers/bench/bench.c */

FIXTURE(model) {
	int unused;
};

FIXTURE_SETUP(model)
{
	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_echo"));
	ASSERT_EQ(0, load("bss_relay"));
	ASSERT_EQ(0, load("bss_watch"));
	ASSERT_EQ(0, load("bss_fs"));
}

FIXTURE_TEARDOWN(model)
{
}

TEST_F(model, call_and_isolation)
{
	unsigned int a = create("bss_echo", 0, NULL), b = create("bss_echo", 0, NULL);
	__u64 r;

	ASSERT_NE(0, a);
	ASSERT_NE(0, b);
	ASSERT_EQ(0, call(a, ECHO_ADD, &r, 2, 40ULL, 2ULL));
	EXPECT_EQ(42, r);
	ASSERT_EQ(0, call(b, ECHO_GET, &r, 0));
	EXPECT_EQ(0, r);
	ASSERT_EQ(0, call(a, ECHO_PING, &r, 1, 7ULL));
	EXPECT_EQ(7, r);
	EXPECT_EQ(0, destroy(a));
	EXPECT_EQ(0, destroy(b));
	EXPECT_EQ(-ENOENT, destroy(a));
}

TEST_F(model, out_block_partly_filled_leaks_nothing)
{
	unsigned int a = create("bss_echo", 0, NULL);
	unsigned char buf[64];
	__u64 r;
	int i;

	ASSERT_NE(0, a);
	ASSERT_EQ(0, call(a, ECHO_ADD, &r, 2, 0x11ULL, 0ULL));
	memset(buf, 0xaa, sizeof(buf));
	ASSERT_EQ(0, call(a, ECHO_FILL, &r, 2, (__u64)(unsigned long)buf, 64ULL));
	EXPECT_EQ(8, r);
	EXPECT_EQ(0x11, buf[0]);
	for (i = 8; i < 64; i++)
		ASSERT_EQ(0, buf[i]);
	ASSERT_EQ(0, call(a, ECHO_SUM, &r, 2, (__u64)(unsigned long)"\x01\x02\x03", 3ULL));
	EXPECT_EQ(6, r);
	EXPECT_EQ(0, destroy(a));
}

TEST_F(model, bad_calls_refused)
{
	unsigned int a = create("bss_echo", 0, NULL);
	__u64 r;

	ASSERT_NE(0, a);
	EXPECT_EQ(-EINVAL, call(a, 99, &r, 0));
	EXPECT_EQ(-EINVAL, call(a, ECHO_ADD, &r, 1, 1ULL));
	EXPECT_EQ(-E2BIG, call(a, ECHO_SUM, &r, 2, 0ULL, 1ULL << 20));
	EXPECT_EQ(-ENOENT, call(0x7fffffff, ECHO_GET, &r, 0));
	EXPECT_EQ(0, destroy(a));
}

TEST_F(model, required_binding_checked)
{
	unsigned int e = create("bss_echo", 0, NULL), w = create("bss_watch", 0, NULL);
	struct bss_instance_create c = { .size = sizeof(c), .nbind = 1 };

	ASSERT_NE(0, e);
	EXPECT_EQ(0, create("bss_relay", 0, NULL));
	strcpy(c.image, "bss_relay");
	c.bind[0] = w;
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_INSTANCE_CREATE, &c));
	EXPECT_EQ(EINVAL, errno);
	EXPECT_NE(NULL, strstr(c.msg, "requires 0x100"));
	EXPECT_EQ(0, destroy(e));
	EXPECT_EQ(0, destroy(w));
}

TEST_F(model, reference_through_three_servers)
{
	unsigned int e = create("bss_echo", 0, NULL), r[3];
	__u64 ret;
	int i;

	ASSERT_NE(0, e);
	for (i = 0; i < 3; i++) {
		r[i] = create("bss_relay", 1, &e);
		ASSERT_NE(0, r[i]);
	}
	ASSERT_EQ(4, refcount(e));
	ASSERT_EQ(0, call(r[0], RELAY_NEXT, NULL, 1, (__u64)r[1]));
	ASSERT_EQ(0, call(r[1], RELAY_NEXT, NULL, 1, (__u64)r[2]));
	ASSERT_EQ(2, refcount(r[1]));
	ASSERT_EQ(0, call(r[0], RELAY_PASS, &ret, 1, (__u64)e));
	EXPECT_EQ(e, ret);
	/* Temporaries are gone after the call; nothing was kept. */
	EXPECT_EQ(4, refcount(e));
	ASSERT_EQ(0, call(r[0], RELAY_CALL, &ret, 1, 9ULL));
	EXPECT_EQ(9, ret);
	for (i = 0; i < 3; i++)
		EXPECT_EQ(0, destroy(r[i]));
	EXPECT_EQ(1, refcount(e));
	EXPECT_EQ(0, destroy(e));
}

TEST_F(model, permanent_kept_and_released)
{
	unsigned int e = create("bss_echo", 0, NULL), f = create("bss_echo", 0, NULL);
	unsigned int r = create("bss_relay", 1, &e);
	struct bss_instance_info i;

	ASSERT_NE(0, r);
	ASSERT_EQ(0, call(r, RELAY_SET, NULL, 1, (__u64)f));
	EXPECT_EQ(2, refcount(f));
	ASSERT_EQ(0, info(r, &i));
	EXPECT_EQ(2, i.nperm);
	ASSERT_EQ(0, call(r, RELAY_SET, NULL, 1, (__u64)e));
	EXPECT_EQ(1, refcount(f));
	EXPECT_EQ(3, refcount(e));
	EXPECT_EQ(0, destroy(r));
	EXPECT_EQ(1, refcount(e));
	EXPECT_EQ(0, destroy(e));
	EXPECT_EQ(0, destroy(f));
}

TEST_F(model, auto_destruction)
{
	unsigned int e = create("bss_echo", 0, NULL), r = create("bss_relay", 1, &e);
	struct bss_instance_info i;

	ASSERT_NE(0, r);
	EXPECT_EQ(0, destroy(e));
	/* Still referenced by the relay: alive, no longer user-held. */
	ASSERT_EQ(0, info(e, &i));
	EXPECT_EQ(1, i.refcount);
	EXPECT_EQ(0, i.flags & BSS_INSTANCE_USER);
	EXPECT_EQ(-EPERM, destroy(e));
	EXPECT_EQ(0, destroy(r));
	EXPECT_EQ(-ENOENT, info(e, &i));
	EXPECT_EQ(-ENOENT, info(r, &i));
}

TEST_F(model, weak_reference_notified)
{
	unsigned int e = create("bss_echo", 0, NULL), w = create("bss_watch", 0, NULL);
	__u64 ret;

	ASSERT_NE(0, w);
	ASSERT_EQ(0, call(w, WATCH_WATCH, NULL, 1, (__u64)e));
	EXPECT_EQ(1, refcount(e));
	ASSERT_EQ(0, call(w, WATCH_ALIVE, &ret, 0));
	EXPECT_EQ(1, ret);
	EXPECT_EQ(0, destroy(e));
	ASSERT_EQ(0, call(w, WATCH_ALIVE, &ret, 0));
	EXPECT_EQ(0, ret);
	ASSERT_EQ(0, call(w, WATCH_DEATHS, &ret, 0));
	EXPECT_EQ(1, ret);
	EXPECT_EQ(0, destroy(w));
}

TEST_F(model, local_servers)
{
	unsigned int d = create("bss_fs", 0, NULL);
	struct bss_instance_info i;
	__u64 ret;

	ASSERT_NE(0, d);
	ASSERT_EQ(0, call(d, DIR_CREATE, &ret, 2, (__u64)(unsigned long)"a", 1ULL));
	EXPECT_NE(0, ret);
	/* The returned file was a temporary of the call: gone now. */
	EXPECT_EQ(-ENOENT, info(ret, &i));
	ASSERT_EQ(0, call(d, DIR_COUNT, &ret, 0));
	EXPECT_EQ(1, ret);
	ASSERT_EQ(0, call(d, DIR_LOOKUP, &ret, 2, (__u64)(unsigned long)"zz", 2ULL));
	EXPECT_EQ(0, ret);
	ASSERT_EQ(0, call(d, DIR_LOOKUP, &ret, 2, (__u64)(unsigned long)"a", 1ULL));
	EXPECT_NE(0, ret);
	ASSERT_EQ(0, call(d, DIR_UNLINK, &ret, 2, (__u64)(unsigned long)"a", 1ULL));
	EXPECT_EQ(1, ret);
	EXPECT_EQ(1, refcount(d));
	EXPECT_EQ(0, destroy(d));
}

static unsigned int slots_bound(void)
{
	struct bss_stats s = { .size = sizeof(s) };

	return ioctl(bss_fd(), BSS_IOC_STATS, &s) ? ~0u : s.slots;
}

/* What bind.c patches comes in from a work item: wait for it, 2 s at most. */
static unsigned int slots_settled(unsigned int want)
{
	unsigned int n = slots_bound();
	int tries;

	for (tries = 0; tries < 200 && n != want; tries++) {
		usleep(10000);
		n = slots_bound();
	}
	return n;
}

/* Unload an image's module if it is loaded, and load it anew. */
static int reload(const char *name)
{
	if (syscall(SYS_delete_module, name, O_NONBLOCK) && errno != ENOENT)
		return -errno;
	return load(name);
}

/*
 * bind.c: an image's imports are patched only while it has no instance.
 * Its first instance binds those its required references name (relay's
 * echo.ping), before anything runs, and a call patches nothing; what calls
 * through other references reached (bench.nop, through loop()'s peer) is
 * bound when the image's last instance goes. A new image for a callee
 * (echo unloaded and loaded again) is bound anew at the caller's next
 * first instance, and calls reach it.
 */
TEST_F(model, imports_bound_while_image_idle)
{
	unsigned int e, r, b[2], before, bound;
	__u64 ret;

	ASSERT_EQ(0, reload("bss_relay"));
	ASSERT_EQ(0, reload("bss_bench"));
	before = slots_bound();
	e = create("bss_echo", 0, NULL);
	ASSERT_NE(0, e);
	r = create("bss_relay", 1, &e);
	ASSERT_NE(0, r);
	bound = slots_bound();
	EXPECT_EQ(before + 1, bound);
	ASSERT_EQ(0, call(r, RELAY_CALL, &ret, 1, 9ULL));
	EXPECT_EQ(9, ret);

	b[0] = create("bss_bench", 0, NULL);
	b[1] = create("bss_bench", 0, NULL);
	ASSERT_NE(0, b[0]);
	ASSERT_NE(0, b[1]);
	ASSERT_EQ(0, call(b[0], BENCH_LOOP, &ret, 3, BENCH_KIND_CALL, 5ULL, (__u64)b[1]));
	EXPECT_EQ(bound, slots_bound());
	EXPECT_EQ(0, destroy(b[0]));
	EXPECT_EQ(0, destroy(b[1]));
	EXPECT_EQ(bound + 1, slots_settled(bound + 1));

	EXPECT_EQ(0, destroy(r));
	EXPECT_EQ(0, destroy(e));
	ASSERT_EQ(0, reload("bss_echo"));
	EXPECT_EQ(bound + 1, slots_bound());
	e = create("bss_echo", 0, NULL);
	ASSERT_NE(0, e);
	r = create("bss_relay", 1, &e);
	ASSERT_NE(0, r);
	EXPECT_EQ(bound + 1, slots_bound());
	ASSERT_EQ(0, call(r, RELAY_CALL, &ret, 1, 11ULL));
	EXPECT_EQ(11, ret);
	EXPECT_EQ(0, destroy(r));
	EXPECT_EQ(0, destroy(e));
	EXPECT_EQ(0, syscall(SYS_delete_module, "bss_bench", O_NONBLOCK));
}

TEST(signature_mismatch_refused)
{
	struct bss_load_error le = { .size = sizeof(le), .name = "bss_badsig" };

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_echo"));
	EXPECT_EQ(-EINVAL, load("bss_badsig"));
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_LOAD_ERROR, &le));
	EXPECT_EQ(-EINVAL, le.err);
	EXPECT_NE(NULL, strstr(le.msg, "signature differs")) TH_LOG("%s", le.msg);
}

struct bad_case {
	const char *name;
	int err;
	const char *msg;
};

/* Broken descriptions: refused at registration with the field named. */
TEST(malformed_descriptions_refused)
{
	static const struct bad_case cases[] = {
		{ "bss_bad_nfns", -E2BIG, "service 0x1e0 has 100000 functions" },
		{ "bss_bad_sys", -EINVAL, "import 0: unknown system call 99" },
		{ "bss_bad_ptr", -EFAULT, "entry 2 (get) is not in the module's code" },
		{ "bss_bad_dup", -EINVAL,
		  "service 0x1e2 (twin) function 0 (ping): signature differs" },
	};
	struct bss_stats before = { .size = sizeof(before) }, after = before;
	unsigned int i;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &before));
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct bss_load_error le = { .size = sizeof(le) };

		strcpy(le.name, cases[i].name);
		EXPECT_EQ(cases[i].err, load(cases[i].name)) TH_LOG("%s", cases[i].name);
		ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_LOAD_ERROR, &le));
		EXPECT_EQ(cases[i].err, le.err);
		EXPECT_NE(NULL, strstr(le.msg, cases[i].msg))
			TH_LOG("%s: %s", cases[i].name, le.msg);
	}
	/* Nothing changed: no image, no service left behind. */
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &after));
	EXPECT_EQ(before.images, after.images);
	EXPECT_EQ(before.services, after.services);
}

TEST(malformed_files_refused)
{
	static char buf[1 << 20];
	struct bss_image_check c = { .size = sizeof(c) };
	int fd = open(BSS_DIR "bss_echo.ko", O_RDONLY);
	ssize_t n;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_LE(0, fd);
	n = read(fd, buf, sizeof(buf));
	close(fd);
	c.data = (unsigned long)buf;
	c.len = 100;
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_IMAGE_CHECK, &c));
	EXPECT_EQ(ENOEXEC, errno);
	EXPECT_NE(0, c.msg[0]);
	c.len = n;
	EXPECT_EQ(0, ioctl(bss_fd(), BSS_IOC_IMAGE_CHECK, &c)) TH_LOG("%s", c.msg);
	EXPECT_STREQ("bss_echo", c.name);
	/* The in-tree mii.ko is no server. */
	{
		struct utsname u;
		char path[256];

		uname(&u);
		snprintf(path, sizeof(path), "/lib/modules/%s/mii.ko", u.release);
		EXPECT_GT(0, image_check(path, &c));
		TH_LOG("mii.ko: %s", c.msg);
	}
}

TEST(unprivileged_refused)
{
	pid_t pid;
	int status;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	pid = fork();
	ASSERT_LE(0, pid);
	if (pid == 0) {
		struct bss_instance_create c = { .size = sizeof(c), .image = "bss_echo" };
		int fd = bss_fd();

		if (setgid(65534) || setuid(65534))
			_exit(2);
		/* An fd opened by root, used by nobody: still no CAP_SYS_MODULE. */
		_exit(ioctl(fd, BSS_IOC_INSTANCE_CREATE, &c) < 0 && errno == EPERM ? 0 : 1);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	EXPECT_EQ(0, WEXITSTATUS(status));
}

TEST_HARNESS_MAIN
