// SPDX-License-Identifier: GPL-2.0
/*
 * Threads, serialization and errors: serialized servers under concurrent
 * kernel threads, the lock dropped at outgoing calls and kept across atomic
 * services, forbidden callbacks, blocking refused in atomic context, the
 * thread factory, and throw/catch across servers.
 */
#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "kselftest_harness.h"

#include <bss/abi.h>

#include "bss_util.h"

enum { CT_INC, CT_GET, CT_HOLD, CT_HOLD_ATOMIC, CT_CALLBACK, CT_SPAWN, CT_WORK, CT_FOREVER };
enum { GT_HOLD, GT_OPEN, GT_ENTERED, GT_CALL_BACK, GT_NOP };
enum { LT_HOLD, LT_OPEN, LT_ENTERED };
enum { TH_LINK, TH_ME, TH_DIVE, TH_CATCH, TH_CAUGHT };
enum { ECHO_PING, ECHO_ADD };

static void sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* Wait up to 5 s for a server function to return want. */
static int wait_for(unsigned int id, unsigned int fn, __u64 want)
{
	__u64 r = ~want;
	int i;

	for (i = 0; i < 500; i++) {
		if (!call(id, fn, &r, 0) && r == want)
			return 0;
		sleep_ms(10);
	}
	return -ETIMEDOUT;
}

static int count_bss_kthreads(void)
{
	struct dirent *d;
	char path[300], comm[64];
	DIR *dir = opendir("/proc");
	int n = 0;
	FILE *f;

	while (dir && (d = readdir(dir))) {
		snprintf(path, sizeof(path), "/proc/%s/comm", d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (fgets(comm, sizeof(comm), f) && !strncmp(comm, "bss/", 4))
			n++;
		fclose(f);
	}
	if (dir)
		closedir(dir);
	return n;
}

/* Wait up to 10 s for every factory thread to end. */
static int wait_gone(void)
{
	int i;

	for (i = 0; i < 1000; i++) {
		if (!count_bss_kthreads())
			return 0;
		sleep_ms(10);
	}
	return -ETIMEDOUT;
}

struct bg_call {
	pthread_t th;
	unsigned int id, fn;
	int nargs;
	__u64 arg, ret;
	int err;
	int done;	/* bg_main() sets it last; accessed with __atomic builtins */
};

static void *bg_main(void *p)
{
	struct bg_call *b = p;

	b->err = call(b->id, b->fn, &b->ret, b->nargs, b->arg);
	__atomic_store_n(&b->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void bg_start(struct bg_call *b, unsigned int id, unsigned int fn,
		     int nargs, __u64 arg)
{
	b->id = id;
	b->fn = fn;
	b->nargs = nargs;
	b->arg = arg;
	__atomic_store_n(&b->done, 0, __ATOMIC_RELAXED);
	pthread_create(&b->th, NULL, bg_main, b);
}

FIXTURE(thr) {
	unsigned int gate, counter;
};

FIXTURE_SETUP(thr)
{
	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_echo"));
	ASSERT_EQ(0, load("bss_gate"));
	ASSERT_EQ(0, load("bss_latch"));
	ASSERT_EQ(0, load("bss_counter"));
	ASSERT_EQ(0, load("bss_counter_unsafe"));
	ASSERT_EQ(0, load("bss_thrower"));
	self->gate = create("bss_gate", 0, NULL);
	ASSERT_NE(0, self->gate);
	self->counter = create("bss_counter", 1, &self->gate);
	ASSERT_NE(0, self->counter);
}

FIXTURE_TEARDOWN(thr)
{
	if (self->counter)
		destroy(self->counter);
	if (self->gate)
		destroy(self->gate);
}

/* N factory threads hammer the counter; serialization loses nothing. */
TEST_F(thr, serialized_counter_no_lost_updates)
{
	__u64 r;

	ASSERT_EQ(0, call(self->counter, CT_SPAWN, &r, 2, 4ULL, 2000ULL));
	ASSERT_EQ(0, wait_for(self->counter, CT_GET, 8000));
	EXPECT_EQ(0, wait_gone());
}

static unsigned int revokes(void)
{
	struct bss_stats s = { .size = sizeof(s) };

	return ioctl(bss_fd(), BSS_IOC_STATS, &s) ? 0 : s.revokes;
}

/*
 * One factory thread alone takes the lock a thousand times: it is biased
 * to it (call.h), taken and dropped without an atomic. Then four threads
 * want it: one of them (or the caller reading the count) takes the bias
 * away, once, and the lock goes on as before: nothing lost.
 */
TEST_F(thr, serialized_bias_revoked_loses_nothing)
{
	unsigned int before = revokes();
	__u64 r;

	ASSERT_EQ(0, call(self->counter, CT_SPAWN, &r, 2, 1ULL, 1000ULL));
	ASSERT_EQ(0, wait_gone());
	ASSERT_EQ(0, call(self->counter, CT_SPAWN, &r, 2, 4ULL, 2000ULL));
	ASSERT_EQ(0, wait_for(self->counter, CT_GET, 9000));
	EXPECT_EQ(0, wait_gone());
	EXPECT_EQ(0, call(self->counter, CT_GET, &r, 0));
	EXPECT_EQ(9000, r);
	EXPECT_LE(before + 1, revokes());
}

/* The same load on the thread-safe build shows what was prevented. */
TEST_F(thr, unserialized_counter_loses_updates)
{
	unsigned int c = create("bss_counter_unsafe", 1, &self->gate);
	__u64 r = 0;

	ASSERT_NE(0, c);
	ASSERT_EQ(0, call(c, CT_SPAWN, &r, 2, 4ULL, 2000ULL));
	EXPECT_EQ(0, wait_gone());
	EXPECT_EQ(0, call(c, CT_GET, &r, 0));
	EXPECT_EQ(0, destroy(c));
	TH_LOG("unserialized: %llu of 8000 increments survived", r);
	EXPECT_GT(8000, r);
}

/* While one thread sits in the gate, another gets in. */
TEST_F(thr, lock_dropped_in_outgoing_call)
{
	struct bg_call b;
	__u64 r;

	bg_start(&b, self->counter, CT_HOLD, 0, 0);
	ASSERT_EQ(0, wait_for(self->gate, GT_ENTERED, 1));
	ASSERT_EQ(0, call(self->counter, CT_INC, &r, 1, 10ULL));
	EXPECT_EQ(10, r);
	EXPECT_EQ(0, __atomic_load_n(&b.done, __ATOMIC_ACQUIRE));
	ASSERT_EQ(0, call(self->gate, GT_OPEN, NULL, 0));
	pthread_join(b.th, NULL);
	EXPECT_EQ(0, b.err);
	EXPECT_EQ(11, b.ret);
}

/* An atomic service keeps the caller's lock: the second caller waits. */
TEST_F(thr, atomic_service_keeps_lock)
{
	unsigned int latch = create("bss_latch", 0, NULL);
	struct bg_call a, b;

	ASSERT_NE(0, latch);
	bg_start(&a, self->counter, CT_HOLD_ATOMIC, 1, latch);
	ASSERT_EQ(0, wait_for(latch, LT_ENTERED, 1));
	bg_start(&b, self->counter, CT_INC, 1, 5);
	sleep_ms(300);
	EXPECT_EQ(0, __atomic_load_n(&b.done, __ATOMIC_ACQUIRE));
	ASSERT_EQ(0, call(latch, LT_OPEN, NULL, 0));
	pthread_join(a.th, NULL);
	pthread_join(b.th, NULL);
	EXPECT_EQ(0, a.err);
	EXPECT_EQ(1, a.ret);
	EXPECT_EQ(6, b.ret);
	EXPECT_EQ(0, destroy(latch));
}

TEST_F(thr, forbidden_callback_is_an_error)
{
	struct bss_call c = { .size = sizeof(c), .id = self->counter, .fn = CT_CALLBACK };
	__u64 r;

	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_CALL, &c));
	EXPECT_EQ(EDEADLK, errno);
	EXPECT_EQ(BSS_E_NO_CALLBACK, c.err_id);
	EXPECT_NE(NULL, strstr(c.msg, "callback into bss_counter")) TH_LOG("%s", c.msg);
	/* The lock was released on the way out. */
	EXPECT_EQ(0, call(self->counter, CT_INC, &r, 1, 1ULL));
}

TEST_F(thr, blocking_refused_in_atomic_context)
{
	char msg[BSS_MSG_LEN];
	unsigned int e = create("bss_echo", 0, NULL);
	__u64 r;

	ASSERT_NE(0, e);
	/* A thread-safe server answers from hard IRQ and softirq context. */
	EXPECT_EQ(0, call_in(BSS_CALL_HARDIRQ, e, ECHO_ADD, &r, msg, 2, 1ULL, 2ULL));
	EXPECT_EQ(3, r);
	EXPECT_EQ(0, call_in(BSS_CALL_SOFTIRQ, e, ECHO_ADD, &r, msg, 2, 1ULL, 2ULL));
	EXPECT_EQ(6, r);
	EXPECT_EQ(0, call_in(BSS_CALL_WORKQUEUE, e, ECHO_ADD, &r, msg, 2, 1ULL, 2ULL));
	EXPECT_EQ(9, r);
	/* Entering a serialized server may sleep: refused, not a splat. */
	EXPECT_EQ(-EWOULDBLOCK, call_in(BSS_CALL_HARDIRQ, self->counter, CT_INC,
					&r, msg, 1, 1ULL));
	EXPECT_NE(NULL, strstr(msg, "would block in atomic context")) TH_LOG("%s", msg);
	EXPECT_EQ(-EWOULDBLOCK, call_in(BSS_CALL_SOFTIRQ, self->counter, CT_INC,
					&r, msg, 1, 1ULL));
	EXPECT_EQ(0, call_in(BSS_CALL_WORKQUEUE, self->counter, CT_INC, &r, msg, 1, 1ULL));
	EXPECT_EQ(1, r);
	EXPECT_EQ(0, destroy(e));
}

/* Destroying the creator stops and joins its factory threads. */
TEST_F(thr, factory_threads_end_with_creator)
{
	unsigned int c = create("bss_counter", 1, &self->gate);
	__u64 r;

	ASSERT_NE(0, c);
	ASSERT_EQ(0, call(c, CT_SPAWN, &r, 2, 3ULL, 0ULL));
	EXPECT_EQ(3, count_bss_kthreads());
	EXPECT_EQ(0, destroy(c));
	/* Joined by the destruction; /proc may show an exiting task briefly. */
	EXPECT_EQ(0, wait_gone());
}

FIXTURE(chain) {
	unsigned int t[3];
};

FIXTURE_SETUP(chain)
{
	int i;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_thrower"));
	for (i = 0; i < 3; i++) {
		self->t[i] = create("bss_thrower", 0, NULL);
		ASSERT_NE(0, self->t[i]);
	}
	ASSERT_EQ(0, call(self->t[0], TH_LINK, NULL, 1, (__u64)self->t[1]));
	ASSERT_EQ(0, call(self->t[1], TH_LINK, NULL, 1, (__u64)self->t[2]));
}

FIXTURE_TEARDOWN(chain)
{
	int i;

	for (i = 0; i < 3; i++)
		if (self->t[i])
			destroy(self->t[i]);
}

/* Uncaught: the errno and message reach user space; nothing leaks. */
TEST_F(chain, uncaught_throw_through_three_servers)
{
	struct bss_call c = { .size = sizeof(c), .id = self->t[0], .fn = TH_DIVE,
			      .nargs = 1, .args = { 2 } };
	unsigned int before[3];
	int i;

	for (i = 0; i < 3; i++)
		before[i] = refcount(self->t[i]);
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_CALL, &c));
	EXPECT_EQ(ENOSPC, errno);
	EXPECT_EQ(1000, c.err_id);
	EXPECT_NE(NULL, strstr(c.msg, "bss_thrower: threw error 1000")) TH_LOG("%s", c.msg);
	for (i = 0; i < 3; i++)
		EXPECT_EQ(before[i], refcount(self->t[i]));
	/* Every serialized server was unlocked: each answers again. */
	for (i = 0; i < 3; i++)
		EXPECT_EQ(0, call(self->t[i], TH_CAUGHT, NULL, 0));
}

TEST_F(chain, catch_resumes_after_try)
{
	unsigned int before[3];
	__u64 r;
	int i;

	for (i = 0; i < 3; i++)
		before[i] = refcount(self->t[i]);
	ASSERT_EQ(0, call(self->t[0], TH_CATCH, &r, 1, 2ULL));
	EXPECT_EQ(ENOSPC, r);
	ASSERT_EQ(0, call(self->t[0], TH_CAUGHT, &r, 0));
	EXPECT_EQ(1, r);
	for (i = 0; i < 3; i++)
		EXPECT_EQ(before[i], refcount(self->t[i]));
	/* A try that is not needed costs nothing visible. */
	ASSERT_EQ(0, call(self->t[2], TH_CATCH, &r, 1, 0ULL));
	EXPECT_EQ(ENOSPC, r);
}

TEST(error_log_records_throws)
{
	struct bss_error_info e[64];
	struct bss_list l = { .size = sizeof(l), .count = 64, .entsize = sizeof(e[0]),
			      .buf = (unsigned long)e };
	unsigned int i, found = 0, t;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_thrower"));
	t = create("bss_thrower", 0, NULL);
	ASSERT_NE(0, t);
	EXPECT_EQ(-ENOSPC, call(t, TH_DIVE, NULL, 1, 0ULL));
	EXPECT_EQ(0, call(t, TH_CATCH, NULL, 1, 0ULL));
	EXPECT_EQ(0, destroy(t));
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_ERROR_LIST, &l));
	for (i = 0; i < l.count && i < 64; i++)
		if (e[i].id == 1000 && e[i].err == -ENOSPC &&
		    !strcmp(e[i].image, "bss_thrower"))
			found++;
	EXPECT_LE(2, found);
}

TEST_HARNESS_MAIN
