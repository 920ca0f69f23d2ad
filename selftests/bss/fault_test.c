// SPDX-License-Identifier: GPL-2.0
/*
 * Allocation failures on every path of the runtime (failslab, debug
 * kernel only: skipped elsewhere): loading and refusing images, creating,
 * calling and destroying instances with references and blocks, graphs,
 * throws, forced destruction. Failures are injected at random into this
 * process's slab allocations; every operation must come back with success
 * or a clean errno, and leave nothing behind: after each round the
 * runtime's counts are what they were, and the host fails the run on any
 * oops, WARN, KASAN or lockdep report and, at the end, on any leak that
 * kmemleak finds. Image loads fail in the runtime's registration only
 * (bss.fault_register), not in the module loader before it, whose
 * vmalloc() warns with a stack trace of every failure it is made to have;
 * fail_page_alloc is left out for the same reason (the runtime's own
 * allocations are slab ones).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "kselftest_harness.h"

#include "bss_util.h"

#define FAILSLAB	"/sys/kernel/debug/failslab/"
#define ROUNDS		150
#define INJECTED_MAX	1000000
#define FAULT_REGISTER	"/sys/module/bss/parameters/fault_register"
#define LOAD_IMAGE	"bss_thrower"	/* loaded and unloaded ... */
#define LOAD_EVERY	5		/* ... in one round of LOAD_EVERY */

enum { ECHO_PING, ECHO_ADD, ECHO_GET, ECHO_FILL, ECHO_SUM };
enum { RELAY_SET, RELAY_GET, RELAY_PASS, RELAY_CALL, RELAY_NEXT };
enum { HOSTILE_RUN, HOSTILE_KEEP, HOSTILE_CALL };

static int put(const char *attr, const char *val)
{
	char path[128];

	snprintf(path, sizeof(path), FAILSLAB "%s", attr);
	return sysfs_write(path, val);
}

static long get(const char *attr)
{
	char path[128];

	snprintf(path, sizeof(path), FAILSLAB "%s", attr);
	return sysfs_read_long(path);
}

/*
 * Failures for this task only, while on. The file stays open: opening it
 * with failures on allocates, and a failed open would leave them on for
 * the cleanup that must not fail (a round once "leaked" the instance its
 * cleanup could not destroy that way).
 */
static int fail_fd = -1;

static void fail_self(int on)
{
	int tries = 0;

	if (fail_fd < 0)
		fail_fd = open("/proc/self/make-it-fail", O_WRONLY);
	while (fail_fd >= 0 && pwrite(fail_fd, on ? "1" : "0", 1, 0) < 0 && ++tries < 100)
		;
}

/*
 * What an operation made, for the cleanup after it: its own destroy or
 * unload may be what an injected failure refused.
 */
static unsigned int made[16], nmade, graphs[4], ngraphs;

static unsigned int mk(const char *image, int nbind, unsigned int *bind)
{
	unsigned int id = create(image, nbind, bind);

	if (id && nmade < 16)
		made[nmade++] = id;
	return id;
}

/* With failures off: force every instance it made, unload its graphs. */
static void cleanup(void)
{
	struct bss_instance_destroy d = { .size = sizeof(d), .flags = BSS_DESTROY_FORCE };

	while (ngraphs)
		graph_unload(graphs[--ngraphs], NULL);
	while (nmade) {
		d.id = made[--nmade];
		ioctl(bss_fd(), BSS_IOC_INSTANCE_DESTROY, &d);
	}
}

/* A line in the kernel log: which round and operation made what follows. */
static void mark(unsigned int round, const char *op)
{
	char line[64];
	int fd = open("/dev/kmsg", O_WRONLY);

	if (fd < 0)
		return;
	snprintf(line, sizeof(line), "bss-selftest: failslab round %u: %s\n", round, op);
	if (write(fd, line, strlen(line)) < 0)
		perror("kmsg");
	close(fd);
}

/* A result is clean: success, or an errno the operation may give. */
static int clean(int r)
{
	return r == 0 || r == -ENOMEM || r == -EINVAL || r == -ENOENT ||
	       r == -EBADF || r == -ENXIO || r == -EFAULT || r == -EAGAIN ||
	       r == -ENOSPC || r == -EBUSY;
}

static int op_echo(void)
{
	unsigned int e = mk("bss_echo", 0, NULL);
	char buf[64];
	__u64 ret;
	int r;

	if (!e)
		return -errno;
	r = call(e, ECHO_ADD, &ret, 2, 40ULL, 2ULL) ?:
	    call(e, ECHO_FILL, &ret, 2, (__u64)(unsigned long)buf, 64ULL) ?:
	    call(e, ECHO_SUM, &ret, 2, (__u64)(unsigned long)"\x01\x02", 2ULL);
	destroy(e);
	return r;
}

static int op_relay(void)
{
	unsigned int e = mk("bss_echo", 0, NULL), r1, r2;
	__u64 ret;
	int r = -ENOMEM;

	if (!e)
		return -errno;
	r1 = mk("bss_relay", 1, &e);
	r2 = r1 ? mk("bss_relay", 1, &e) : 0;
	if (r1 && r2)
		r = call(r1, RELAY_SET, NULL, 1, (__u64)e) ?:
		    call(r1, RELAY_NEXT, NULL, 1, (__u64)r2) ?:
		    call(r1, RELAY_PASS, &ret, 1, (__u64)e) ?:
		    call(r1, RELAY_CALL, &ret, 1, 9ULL);
	else
		r = -errno;
	if (r2)
		destroy(r2);
	if (r1)
		destroy(r1);
	destroy(e);
	return r;
}

static int op_graph(void)
{
	static const char * const names[] = { "graph.conf", "sub/counter.conf" };
	unsigned int g = 0;
	int r = graph_load(names, 2, &g, NULL);

	if (!r) {
		graphs[ngraphs++] = g;
		r = graph_unload(g, NULL);
		if (!r)
			ngraphs--;
	}
	return r;
}

static int op_cycle(void)
{
	struct bss_instance_destroy d = { .size = sizeof(d), .flags = BSS_DESTROY_FORCE };
	unsigned int a = mk("bss_hostile_holder", 0, NULL);
	unsigned int b = a ? mk("bss_hostile_holder", 0, NULL) : 0;
	int r = -ENOMEM;

	if (a && b) {
		r = call(a, HOSTILE_KEEP, NULL, 1, (__u64)b) ?:
		    call(b, HOSTILE_KEEP, NULL, 1, (__u64)a) ?:
		    call(a, HOSTILE_CALL, NULL, 1, 1ULL);
	} else {
		r = -errno;
	}
	/* Whatever happened, forcing both leaves nothing. */
	d.id = a;
	if (a)
		ioctl(bss_fd(), BSS_IOC_INSTANCE_DESTROY, &d);
	d.id = b;
	if (b)
		ioctl(bss_fd(), BSS_IOC_INSTANCE_DESTROY, &d);
	return r == -EBADF ? 0 : r;
}

static int op_throw(void)
{
	unsigned int t = mk("bss_hostile_try", 0, NULL);
	__u64 ret;
	int r;

	if (!t)
		return -errno;
	r = call(t, HOSTILE_RUN, &ret, 1, 0ULL);
	if (!r)
		r = call(t, HOSTILE_RUN, &ret, 1, 1ULL);
	destroy(t);
	return r == -EPROTO ? 0 : r;
}

/*
 * Registration of a server image, with failures in the runtime's part of
 * the load only (bss.fault_register: the module loader's own allocations
 * before it are left alone), then its unload with failures off.
 */
static int op_load(void)
{
	int r;

	if (sysfs_write(FAULT_REGISTER, "Y"))
		return -EIO;
	r = load(LOAD_IMAGE);
	sysfs_write(FAULT_REGISTER, "N");
	if (!r && syscall(SYS_delete_module, LOAD_IMAGE, O_NONBLOCK))
		r = -errno;
	return r;
}

/* What is left, for the log of a round that left something. */
static void show_instances(struct __test_metadata *_metadata)
{
	static struct bss_instance_info all[256];
	struct bss_list l = { .size = sizeof(l), .count = 256, .entsize = sizeof(all[0]),
			      .buf = (unsigned long)all };
	unsigned int i;

	if (ioctl(bss_fd(), BSS_IOC_INSTANCE_LIST, &l))
		return;
	for (i = 0; i < l.count && i < 256; i++)
		TH_LOG("instance %u: %s refcount %u perm %u flags 0x%x parent %u", all[i].id,
		       all[i].image, all[i].refcount, all[i].nperm, all[i].flags, all[i].parent);
}

static const struct {
	const char *name;
	int (*fn)(void);
	bool registration;	/* failures in bss_image_register() only */
} ops[] = {
	{ "echo", op_echo },
	{ "relay", op_relay }, { "graph", op_graph }, { "cycle", op_cycle },
	{ "throw", op_throw }, { "load", op_load, true },
};

FIXTURE(fault) {
	int unused;
};

FIXTURE_SETUP(fault)
{
}

FIXTURE_TEARDOWN(fault)
{
}

/* An image load takes seconds under KASAN: one round in LOAD_EVERY loads. */
TEST_F_TIMEOUT(fault, failslab_every_path, 600)
{
	static const char * const images[] = {
		"bss_echo", "bss_relay", "bss_gate", "bss_counter", "bss_hostile_holder",
		"bss_hostile_try",
	};
	struct bss_stats before = { .size = sizeof(before) }, after = before;
	unsigned int i, n, ok[ARRAY_SIZE(ops)] = { 0 }, failed[ARRAY_SIZE(ops)] = { 0 };
	long injected;
	int r;

	if (access(FAILSLAB "probability", W_OK))
		SKIP(return, "no failslab in this kernel (make check-debug has it)");
	ASSERT_EQ(0, access(FAULT_REGISTER, W_OK)) TH_LOG("bss.ko without CONFIG_FAULT_INJECTION");
	for (i = 0; i < ARRAY_SIZE(images); i++) {
		r = load(images[i]);
		ASSERT_EQ(0, r) TH_LOG("image %u: %d", i, r);
	}
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &before));
	ASSERT_EQ(0, put("task-filter", "Y"));
	ASSERT_EQ(0, put("ignore-gfp-wait", "N"));
	ASSERT_EQ(0, put("verbose", "0"));
	ASSERT_EQ(0, put("interval", "1"));
	ASSERT_EQ(0, put("probability", "10"));
	ASSERT_EQ(0, put("times", "1000000"));
	fail_self(0);
	ASSERT_LE(0, fail_fd) TH_LOG("/proc/self/make-it-fail: %s", strerror(errno));
	for (n = 0; n < ROUNDS; n++) {
		for (i = 0; i < ARRAY_SIZE(ops); i++) {
			if (ops[i].registration && n % LOAD_EVERY)
				continue;
			mark(n, ops[i].name);
			fail_self(!ops[i].registration);
			r = ops[i].fn();
			fail_self(0);
			cleanup();
			EXPECT_TRUE(clean(r)) TH_LOG("op %u: %d", i, r);
			r ? failed[i]++ : ok[i]++;
		}
		ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &after));
		EXPECT_EQ(before.instances, after.instances) TH_LOG("round %u", n);
		EXPECT_EQ(before.images, after.images) TH_LOG("round %u", n);
		EXPECT_EQ(before.services, after.services) TH_LOG("round %u", n);
		if (before.instances != after.instances) {
			show_instances(_metadata);
			break;
		}
	}
	injected = INJECTED_MAX - get("times");
	put("probability", "0");
	for (i = 0; i < ARRAY_SIZE(ops); i++)
		ksft_print_msg("failslab: %s: %u ok, %u failed cleanly\n", ops[i].name,
			       ok[i], failed[i]);
	ksft_print_msg("failslab: %ld allocations failed on purpose in %u rounds\n",
		       injected, n);
	EXPECT_LT(100, injected);
	/* Some registrations failed, and some went through. */
	EXPECT_LT(0, failed[ARRAY_SIZE(ops) - 1]);
	EXPECT_LT(0, ok[ARRAY_SIZE(ops) - 1]);
	for (i = ARRAY_SIZE(images); i-- > 0; )
		syscall(SYS_delete_module, images[i], O_NONBLOCK);
}

TEST_HARNESS_MAIN
