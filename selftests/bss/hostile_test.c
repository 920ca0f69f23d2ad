// SPDX-License-Identifier: GPL-2.0
/*
 * Servers that make ordinary mistakes, and some that are hostile
 * (servers/test/hostile): each case gets its exact error, and leaves the
 * runtime as it was: no instance, reference, image or service behind, no
 * oops or WARN (the host fails the run on any).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kselftest_harness.h"

#include "bss_util.h"

/* Function indices of the hostile service (servers/services.cat). */
#define RUN	0
#define KEEP	1
#define CALL	2

#define CTOR_DONE	0xd7	/* ctor.c: its destructor ran */
#define CAUGHT		1000	/* try.c: run(0)'s result is CAUGHT + errno */

/* Load without BSS_IOC_IMAGE_CHECK, as plain insmod does. */
static int insmod(const char *name)
{
	char path[128];
	int fd, ret;

	snprintf(path, sizeof(path), BSS_DIR "%s.ko", name);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -errno;
	ret = syscall(SYS_finit_module, fd, "", 0) ? -errno : 0;
	close(fd);
	return ret;
}

static int rmmod(const char *name)
{
	return syscall(SYS_delete_module, name, O_NONBLOCK) ? -errno : 0;
}

/*
 * A module whose last server has just gone: its reference goes with the
 * server's memory, a moment after the instance left the list.
 */
static int rmmod_settled(const char *name)
{
	int i, r = rmmod(name);

	for (i = 0; i < 50 && r == -EAGAIN; i++) {
		usleep(100 * 1000);
		r = rmmod(name);
	}
	return r;
}

static int loaded(const char *name)
{
	char path[128];

	snprintf(path, sizeof(path), "/sys/module/%s", name);
	return access(path, F_OK) == 0;
}

/* Why the last registration of name was refused. */
static int load_error(const char *name, char *msg)
{
	struct bss_load_error le = { .size = sizeof(le) };

	snprintf(le.name, sizeof(le.name), "%s", name);
	if (ioctl(bss_fd(), BSS_IOC_LOAD_ERROR, &le))
		return -errno;
	snprintf(msg, BSS_MSG_LEN, "%s", le.msg);
	return le.err;
}

/* The newest entry of the error log. */
static int last_error(struct bss_error_info *out)
{
	static struct bss_error_info e[64];
	struct bss_list l = { .size = sizeof(l), .count = 64, .entsize = sizeof(e[0]),
			      .buf = (unsigned long)e };

	if (ioctl(bss_fd(), BSS_IOC_ERROR_LIST, &l) || !l.count)
		return -ENOENT;
	*out = e[(l.count < 64 ? l.count : 64) - 1];
	return 0;
}

static int image_info(const char *name, struct bss_image_info *out)
{
	static struct bss_image_info all[128];
	struct bss_list l = { .size = sizeof(l), .count = 128, .entsize = sizeof(all[0]),
			      .buf = (unsigned long)all };
	unsigned int i;

	if (ioctl(bss_fd(), BSS_IOC_IMAGE_LIST, &l))
		return -errno;
	for (i = 0; i < l.count && i < 128; i++) {
		if (!strcmp(all[i].name, name)) {
			*out = all[i];
			return 0;
		}
	}
	return -ENOENT;
}

static int force_destroy(unsigned int id, char *msg)
{
	struct bss_instance_destroy d = { .size = sizeof(d), .id = id,
					  .flags = BSS_DESTROY_FORCE };
	int r = ioctl(bss_fd(), BSS_IOC_INSTANCE_DESTROY, &d) ? -errno : 0;

	if (msg)
		snprintf(msg, BSS_MSG_LEN, "%s", d.msg);
	return r;
}

#define PARAM "/sys/module/bss/parameters/"

static unsigned int param_get(const char *name)
{
	char path[128];

	snprintf(path, sizeof(path), PARAM "%s", name);
	return sysfs_read_long(path);
}

static int param_set(const char *name, unsigned int val)
{
	char path[128], buf[16];

	snprintf(path, sizeof(path), PARAM "%s", name);
	snprintf(buf, sizeof(buf), "%u", val);
	return sysfs_write(path, buf);
}

static int create_msg(const char *image, char *msg)
{
	struct bss_instance_create c = { .size = sizeof(c) };
	int r;

	snprintf(c.image, sizeof(c.image), "%s", image);
	r = ioctl(bss_fd(), BSS_IOC_INSTANCE_CREATE, &c) ? -errno : 0;
	snprintf(msg, BSS_MSG_LEN, "%s", c.msg);
	if (!r)
		destroy(c.id);
	return r;
}

FIXTURE(hostile) {
	struct bss_stats before;
	char msg[BSS_MSG_LEN];
};

FIXTURE_SETUP(hostile)
{
	self->before.size = sizeof(self->before);
	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_hostile_holder"));
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &self->before));
}

/* Every case ends with nothing of its own left in the runtime. */
FIXTURE_TEARDOWN(hostile)
{
	struct bss_stats after = { .size = sizeof(after) };

	if (bss_fd() < 0)
		return;
	/* The defaults again, should a limit test have stopped half-way. */
	param_set("max_instances", 65536);
	param_set("max_graphs", 256);
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &after));
	EXPECT_EQ(self->before.instances, after.instances);
	EXPECT_EQ(self->before.services, after.services);
}

/* 1, 3: a constructor hands its server out, then throws. */
TEST_F(hostile, failed_constructor_leaves_nothing)
{
	unsigned int h = create("bss_hostile_holder", 0, NULL), c;
	struct bss_image_info ii;
	__u64 ret;

	ASSERT_NE(0, h);
	ASSERT_EQ(0, load("bss_hostile_ctor"));
	c = create("bss_hostile_ctor", 1, &h);
	EXPECT_EQ(0, c);
	EXPECT_EQ(EPROTO, errno);
	/* Its destructor ran for what the constructor did. */
	ASSERT_EQ(0, call(h, RUN, &ret, 1, 0ULL));
	EXPECT_EQ(CTOR_DONE, ret);
	ASSERT_EQ(0, image_info("bss_hostile_ctor", &ii));
	EXPECT_EQ(1, ii.ctor_calls);
	EXPECT_EQ(1, ii.dtor_calls);
	EXPECT_EQ(0, ii.instances);
	/* What the holder kept is a dead reference now, not the server. */
	EXPECT_EQ(-EBADF, call(h, CALL, &ret, 1, 5ULL));
	EXPECT_EQ(0, rmmod("bss_hostile_ctor"));
	EXPECT_EQ(-EBADF, call(h, CALL, &ret, 1, 6ULL));
	EXPECT_EQ(1, refcount(h));
	EXPECT_EQ(0, destroy(h));
}

/* 2: a destructor hands its dying server out. */
TEST_F(hostile, destructor_cannot_resurrect)
{
	unsigned int h = create("bss_hostile_holder", 0, NULL), d;
	struct bss_instance_info i;
	struct bss_error_info e;

	ASSERT_NE(0, h);
	ASSERT_EQ(0, load("bss_hostile_dtor"));
	d = create("bss_hostile_dtor", 1, &h);
	ASSERT_NE(0, d);
	EXPECT_EQ(0, destroy(d));
	EXPECT_EQ(-ENOENT, info(d, &i));
	ASSERT_EQ(0, last_error(&e));
	EXPECT_EQ(-ENXIO, e.err);
	EXPECT_NE(NULL, strstr(e.msg, "is being destroyed")) TH_LOG("%s", e.msg);
	ASSERT_EQ(0, info(h, &i));
	EXPECT_EQ(0, i.nperm);
	EXPECT_EQ(0, rmmod("bss_hostile_dtor"));
	EXPECT_EQ(0, destroy(h));
}

/* 4: system calls a server never declared. */
TEST_F(hostile, undeclared_system_calls_refused)
{
	unsigned int s;
	__u64 what;

	ASSERT_EQ(0, load("bss_hostile_sys"));
	s = create("bss_hostile_sys", 0, NULL);
	ASSERT_NE(0, s);
	for (what = 1; what <= 3; what++) {
		EXPECT_EQ(-EPERM, call_in(BSS_CALL_PROCESS, s, RUN, NULL, self->msg, 1, what));
		EXPECT_NE(NULL, strstr(self->msg, "is not declared in its imports"))
			TH_LOG("run(%llu): %s", what, self->msg);
	}
	EXPECT_EQ(0, call(s, RUN, NULL, 1, 0ULL));
	EXPECT_EQ(0, destroy(s));
	EXPECT_EQ(0, rmmod("bss_hostile_sys"));
}

/* 4: a server cannot keep a strong reference to itself. */
TEST_F(hostile, self_pin_refused)
{
	struct bss_instance_info i;
	unsigned int p;

	ASSERT_EQ(0, load("bss_hostile_pin"));
	p = create("bss_hostile_pin", 0, NULL);
	ASSERT_NE(0, p);
	EXPECT_EQ(-ELOOP, call_in(BSS_CALL_PROCESS, p, RUN, NULL, self->msg, 1, 1ULL));
	EXPECT_NE(NULL, strstr(self->msg, "strong reference to itself")) TH_LOG("%s", self->msg);
	ASSERT_EQ(0, info(p, &i));
	EXPECT_EQ(0, i.nperm);
	EXPECT_EQ(1, i.refcount);
	EXPECT_EQ(0, destroy(p));
	EXPECT_EQ(-ENOENT, info(p, &i));
	EXPECT_EQ(0, rmmod("bss_hostile_pin"));
}

/* 5: two servers holding each other, reclaimed by force. */
TEST_F(hostile, cycle_reclaimed_by_force)
{
	unsigned int a = create("bss_hostile_holder", 0, NULL);
	unsigned int b = create("bss_hostile_holder", 0, NULL);
	struct bss_instance_info i;
	__u64 ret;

	ASSERT_NE(0, a);
	ASSERT_NE(0, b);
	ASSERT_EQ(0, call(a, KEEP, NULL, 1, (__u64)b));
	ASSERT_EQ(0, call(b, KEEP, NULL, 1, (__u64)a));
	EXPECT_EQ(0, destroy(a));
	EXPECT_EQ(0, destroy(b));
	/* Nobody outside holds them, and they hold each other. */
	ASSERT_EQ(0, info(a, &i));
	EXPECT_EQ(1, i.refcount);
	EXPECT_EQ(-EAGAIN, rmmod("bss_hostile_holder"));
	EXPECT_EQ(-ENOENT, force_destroy(a + b + 1000, self->msg));
	EXPECT_EQ(0, force_destroy(a, self->msg)) TH_LOG("%s", self->msg);
	EXPECT_EQ(-ENOENT, info(a, &i));
	EXPECT_EQ(-ENOENT, info(b, &i));
	EXPECT_EQ(0, rmmod_settled("bss_hostile_holder"));
	ASSERT_EQ(0, load("bss_hostile_holder"));
	/* A dead reference is refused where a live one would be called. */
	b = create("bss_hostile_holder", 0, NULL);
	a = create("bss_hostile_holder", 0, NULL);
	ASSERT_EQ(0, call(a, KEEP, NULL, 1, (__u64)b));
	EXPECT_EQ(0, force_destroy(b, self->msg)) TH_LOG("%s", self->msg);
	EXPECT_EQ(-EBADF, call(a, CALL, &ret, 1, 3ULL));
	EXPECT_EQ(-ENOENT, force_destroy(b, self->msg));
	EXPECT_EQ(0, destroy(a));
}

/* 6: a throw into a try whose function returned. */
TEST_F(hostile, dead_try_not_entered)
{
	unsigned int t;
	__u64 ret;

	ASSERT_EQ(0, load("bss_hostile_try"));
	t = create("bss_hostile_try", 0, NULL);
	ASSERT_NE(0, t);
	ASSERT_EQ(0, call(t, RUN, &ret, 1, 0ULL));
	EXPECT_EQ(CAUGHT + EPROTO, ret);
	EXPECT_EQ(-EPROTO, call(t, RUN, &ret, 1, 1ULL));
	EXPECT_EQ(-EPROTO, call(t, RUN, &ret, 1, 2ULL));
	/* And still catching afterwards. */
	ASSERT_EQ(0, call(t, RUN, &ret, 1, 0ULL));
	EXPECT_EQ(CAUGHT + EPROTO, ret);
	EXPECT_EQ(0, destroy(t));
	EXPECT_EQ(0, rmmod("bss_hostile_try"));
}

/* 7: a description table in init memory. */
TEST_F(hostile, init_section_tables_refused)
{
	EXPECT_EQ(-EFAULT, load("bss_hostile_init"));
	EXPECT_EQ(-EFAULT, load_error("bss_hostile_init", self->msg));
	EXPECT_NE(NULL, strstr(self->msg, "tables outside the module's core"))
		TH_LOG("%s", self->msg);
	EXPECT_FALSE(loaded("bss_hostile_init"));
}

/* 8: recursion that would run off the kernel stack. */
TEST_F(hostile, stack_need_enforced)
{
	unsigned int s;
	__u64 ret;

	ASSERT_EQ(0, load("bss_hostile_stack"));
	s = create("bss_hostile_stack", 0, NULL);
	ASSERT_NE(0, s);
	EXPECT_EQ(0, call(s, RUN, &ret, 1, 2ULL));
	EXPECT_EQ(-EOVERFLOW, call_in(BSS_CALL_PROCESS, s, RUN, &ret, self->msg, 1, 30ULL));
	EXPECT_NE(NULL, strstr(self->msg, "bytes of kernel stack")) TH_LOG("%s", self->msg);
	EXPECT_EQ(0, destroy(s));
	EXPECT_EQ(0, rmmod("bss_hostile_stack"));
}

/* 9: imports that are not the caller's own. */
TEST_F(hostile, forged_imports_refused)
{
	unsigned int f;
	__u64 ret, what;

	ASSERT_EQ(0, load("bss_hostile_forge"));
	f = create("bss_hostile_forge", 0, NULL);
	ASSERT_NE(0, f);
	ASSERT_EQ(0, call(f, RUN, &ret, 1, 0ULL));
	EXPECT_EQ(7, ret);
	for (what = 1; what <= 3; what++) {
		EXPECT_EQ(-EPERM, call_in(BSS_CALL_PROCESS, f, RUN, NULL, self->msg, 1, what));
		EXPECT_NE(NULL, strstr(self->msg, "not one of its own"))
			TH_LOG("run(%llu): %s", what, self->msg);
	}
	EXPECT_EQ(0, destroy(f));
	EXPECT_EQ(0, rmmod("bss_hostile_forge"));
}

/* 10: the catalogue's signatures are the authority, whoever loads first. */
TEST_F(hostile, catalogue_signatures_authoritative)
{
	ASSERT_TRUE(!loaded("bss_echo") || !rmmod("bss_echo")) TH_LOG("bss_echo is in use");
	EXPECT_EQ(-EINVAL, load("bss_badsig"));
	EXPECT_EQ(-EINVAL, load_error("bss_badsig", self->msg));
	EXPECT_NE(NULL, strstr(self->msg, "differs from the catalogue")) TH_LOG("%s", self->msg);
	EXPECT_FALSE(loaded("bss_badsig"));
	/* The real server loads. */
	EXPECT_EQ(0, load("bss_echo"));
	EXPECT_EQ(0, rmmod("bss_echo"));
}

/* 10: outside the catalogue, the first image defines; a conflict names both. */
TEST_F(hostile, uncatalogued_conflict_names_both)
{
	ASSERT_EQ(0, load("bss_hostile_svc_a"));
	EXPECT_EQ(-EINVAL, load("bss_hostile_svc_b"));
	EXPECT_EQ(-EINVAL, load_error("bss_hostile_svc_b", self->msg));
	EXPECT_NE(NULL, strstr(self->msg, "image bss_hostile_svc_b")) TH_LOG("%s", self->msg);
	EXPECT_NE(NULL, strstr(self->msg, "differs from bss_hostile_svc_a"))
		TH_LOG("%s", self->msg);
	EXPECT_EQ(0, rmmod("bss_hostile_svc_a"));
	/* With the first one gone, the other may define it. */
	EXPECT_EQ(0, load("bss_hostile_svc_b"));
	EXPECT_EQ(0, rmmod("bss_hostile_svc_b"));
}

/* 11: plain insmod of a server that calls the kernel directly. */
TEST_F(hostile, insmod_checks_imports)
{
	struct bss_image_check c;

	EXPECT_EQ(-EPERM, image_check(BSS_DIR "bss_hostile_import.ko", &c));
	EXPECT_EQ(-EPERM, insmod("bss_hostile_import"));
	EXPECT_EQ(-EPERM, load_error("bss_hostile_import", self->msg));
	EXPECT_NE(NULL, strstr(self->msg, "is not a BSS import")) TH_LOG("%s", self->msg);
	EXPECT_FALSE(loaded("bss_hostile_import"));
	/* A clean server still loads both ways. */
	EXPECT_EQ(0, insmod("bss_hostile_pin"));
	EXPECT_EQ(0, rmmod("bss_hostile_pin"));
}

/* A thread that ignores stop does not hold its server's destruction up. */
TEST_F(hostile, deaf_thread_does_not_block_destroy)
{
	unsigned int h = create("bss_hostile_holder", 0, NULL), d, n;
	struct bss_instance_info i;
	__u64 state = 0;

	ASSERT_NE(0, h);
	ASSERT_EQ(0, load("bss_hostile_deaf"));
	d = create("bss_hostile_deaf", 1, &h);
	ASSERT_NE(0, d);
	ASSERT_EQ(0, call(d, RUN, NULL, 1, 1ULL));
	/* The thread is inside its server once it has told the holder. */
	for (n = 0; n < 200 && state != 2; n++) {
		ASSERT_EQ(0, call(h, RUN, &state, 1, 0ULL));
		usleep(10 * 1000);
	}
	ASSERT_EQ(2, state);
	EXPECT_EQ(0, destroy(d));
	/* Returned while the thread still spins: dead, not yet gone. */
	ASSERT_EQ(0, info(d, &i));
	EXPECT_TRUE(i.flags & BSS_INSTANCE_DEAD);
	EXPECT_EQ(-EAGAIN, rmmod("bss_hostile_deaf"));
	/* Let the thread end: the reaper then finishes the destruction. */
	ASSERT_EQ(0, call(h, CALL, NULL, 1, 1ULL));
	for (n = 0; n < 200 && !info(d, &i); n++)
		usleep(100 * 1000);
	EXPECT_EQ(-ENOENT, info(d, &i));
	EXPECT_EQ(0, rmmod("bss_hostile_deaf"));
	EXPECT_EQ(0, destroy(h));
}

/* Floods of temporaries and permanent references stop at their limits. */
TEST_F(hostile, floods_stop_at_limits)
{
	unsigned int h = create("bss_hostile_holder", 0, NULL), f;
	struct bss_instance_info i;
	__u64 ret;

	ASSERT_NE(0, h);
	ASSERT_EQ(0, load("bss_hostile_flood"));
	f = create("bss_hostile_flood", 1, &h);
	ASSERT_NE(0, f);
	EXPECT_EQ(-EMFILE, call_in(BSS_CALL_PROCESS, f, RUN, NULL, self->msg, 1, 0ULL));
	EXPECT_NE(NULL, strstr(self->msg, "temporary references")) TH_LOG("%s", self->msg);
	EXPECT_EQ(-ENOSPC, call_in(BSS_CALL_PROCESS, f, RUN, NULL, self->msg, 1, 70000ULL));
	EXPECT_NE(NULL, strstr(self->msg, "table full (65536 references)")) TH_LOG("%s", self->msg);
	/* The table holds the required reference and 65535 kept ones. */
	ASSERT_EQ(0, call(f, CALL, &ret, 1, 0ULL));
	EXPECT_EQ(65535, ret);
	ASSERT_EQ(0, info(h, &i));
	EXPECT_EQ(65537, i.refcount);
	EXPECT_EQ(0, destroy(f));
	EXPECT_EQ(1, refcount(h));
	EXPECT_EQ(0, destroy(h));
	EXPECT_EQ(0, rmmod("bss_hostile_flood"));
}

/* Counts of instances and graphs stop at their limits, with the limit named. */
TEST_F(hostile, counts_stop_at_limits)
{
	static const char * const conf[] = { "holder.conf" };
	unsigned int max = param_get("max_instances"), gmax = param_get("max_graphs");
	unsigned int e[3], g1 = 0, g2 = 0, i;

	ASSERT_EQ(65536, max);
	ASSERT_EQ(256, gmax);
	ASSERT_EQ(0, param_set("max_instances", self->before.instances + 3));
	for (i = 0; i < 3; i++) {
		e[i] = create("bss_hostile_holder", 0, NULL);
		EXPECT_NE(0, e[i]);
	}
	EXPECT_EQ(-ENOSPC, create_msg("bss_hostile_holder", self->msg));
	EXPECT_NE(NULL, strstr(self->msg, "bss.max_instances")) TH_LOG("%s", self->msg);
	for (i = 0; i < 3; i++)
		EXPECT_EQ(0, destroy(e[i]));
	ASSERT_EQ(0, param_set("max_instances", max));

	ASSERT_EQ(0, param_set("max_graphs", 0));
	EXPECT_EQ(-ENOSPC, graph_load(conf, 1, &g1, self->msg));
	EXPECT_NE(NULL, strstr(self->msg, "bss.max_graphs")) TH_LOG("%s", self->msg);
	ASSERT_EQ(0, param_set("max_graphs", gmax));
	EXPECT_EQ(0, graph_load(conf, 1, &g2, self->msg)) TH_LOG("%s", self->msg);
	if (g2)
		EXPECT_EQ(0, graph_unload(g2, NULL));
}

/* Every command but the version, by a user who could not load a module. */
TEST(unprivileged_every_ioctl_refused)
{
	static const unsigned long cmds[] = {
		BSS_IOC_IMAGE_CHECK, BSS_IOC_LOAD_ERROR, BSS_IOC_IMAGE_LIST,
		BSS_IOC_INSTANCE_CREATE, BSS_IOC_INSTANCE_DESTROY, BSS_IOC_INSTANCE_LIST,
		BSS_IOC_REF_LIST, BSS_IOC_CALL, BSS_IOC_STATS, BSS_IOC_FN_LIST,
		BSS_IOC_ERROR_LIST, BSS_IOC_GRAPH_LOAD, BSS_IOC_GRAPH_UNLOAD,
		BSS_IOC_GRAPH_LIST,
	};
	int status;
	pid_t pid;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, chmod("/dev/bss", 0666));
	pid = fork();
	ASSERT_LE(0, pid);
	if (pid == 0) {
		struct bss_version v = { .size = sizeof(v) };
		char buf[4096] = { 0 };
		unsigned int i, bad = 0;
		int fd;

		if (setgid(65534) || setuid(65534))
			_exit(100);
		fd = open("/dev/bss", O_RDWR);
		if (fd < 0)
			_exit(101);
		for (i = 0; i < ARRAY_SIZE(cmds); i++) {
			*(__u32 *)buf = sizeof(buf);
			if (ioctl(fd, cmds[i], buf) == 0 || errno != EPERM)
				bad = i + 1;
		}
		if (ioctl(fd, BSS_IOC_VERSION, &v))
			bad = 99;
		_exit(bad);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	EXPECT_EQ(0, chmod("/dev/bss", 0600));
	EXPECT_EQ(0, WEXITSTATUS(status)) TH_LOG("command %d was not refused", WEXITSTATUS(status));
}

TEST_HARNESS_MAIN
