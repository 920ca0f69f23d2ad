// SPDX-License-Identifier: GPL-2.0
/*
 * Stress, bounded in time (BSS_STRESS_SECS, default 10 s; the debug
 * kernel's run gives it bss.stress=N on the command line): threads that
 * create, call, chain and destroy servers, force-destroy cycles, load and
 * unload graphs and try to unload images in use, all at once. Nothing may
 * fail but with the errors that races allow, and at the end the runtime's
 * counts are what they were.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "kselftest_harness.h"

#include "bss_util.h"

enum { ECHO_PING, ECHO_ADD, ECHO_GET, ECHO_FILL, ECHO_SUM };
enum { RELAY_SET, RELAY_GET, RELAY_PASS, RELAY_CALL, RELAY_NEXT };
enum { HOSTILE_RUN, HOSTILE_KEEP, HOSTILE_CALL };

struct worker {
	int (*fn)(struct worker *w);
	time_t end;
	unsigned long rounds;
	unsigned long errors;	/* results no race explains */
	int last;
};

static int seconds(void)
{
	long s = cmdline_long("bss.stress", 10);

	return s > 0 ? s : 10;
}

/* create, call with a block, chain two relays, destroy: no race here. */
static int chain(struct worker *w)
{
	unsigned int e = create("bss_echo", 0, NULL), r1 = 0, r2 = 0;
	char buf[32];
	__u64 ret;
	int r = -errno;

	if (e)
		r1 = create("bss_relay", 1, &e);
	if (r1)
		r2 = create("bss_relay", 1, &e);
	if (e && !r2)
		r = -errno;
	if (r2)
		r = call(r1, RELAY_NEXT, NULL, 1, (__u64)r2) ?:
		    call(r1, RELAY_PASS, &ret, 1, (__u64)e) ?:
		    call(r2, RELAY_CALL, &ret, 1, 5ULL) ?:
		    call(e, ECHO_FILL, &ret, 2, (__u64)(unsigned long)buf, 32ULL);
	destroy(r2);
	destroy(r1);
	destroy(e);
	return r;
}

/* Two holders keeping each other, then one forced: the cycle goes. */
static int cycle(struct worker *w)
{
	struct bss_instance_destroy d = { .size = sizeof(d), .flags = BSS_DESTROY_FORCE };
	unsigned int a = create("bss_hostile_holder", 0, NULL);
	unsigned int b = create("bss_hostile_holder", 0, NULL);
	int r = (a && b) ? 0 : -errno;

	if (!r)
		r = call(a, HOSTILE_KEEP, NULL, 1, (__u64)b) ?:
		    call(b, HOSTILE_KEEP, NULL, 1, (__u64)a);
	destroy(b);
	d.id = a;
	if (a && ioctl(bss_fd(), BSS_IOC_INSTANCE_DESTROY, &d))
		r = r ?: -errno;
	return r;
}

/* A graph of its own, loaded and unloaded. */
static int graph_cycle(struct worker *w)
{
	static const char * const names[] = { "graph.conf", "sub/counter.conf" };
	unsigned int g = 0;
	int r = graph_load(names, 2, &g, NULL);

	return r ?: graph_unload(g, NULL);
}

/* Unloading images in use must be refused, never break their servers. */
static int unload(struct worker *w)
{
	static const char * const busy[] = { "bss_echo", "bss_relay", "bss_hostile_holder" };
	int r = syscall(SYS_delete_module, busy[w->rounds % 3], O_NONBLOCK) ? -errno : 0;

	usleep(1000);
	/* Unloaded between two uses: load it back; EAGAIN: it was in use. */
	if (!r)
		return load(busy[w->rounds % 3]);
	return r == -EAGAIN || r == -EWOULDBLOCK ? 0 : r;
}

static void *run(void *arg)
{
	struct worker *w = arg;
	int r;

	while (time(NULL) < w->end) {
		r = w->fn(w);
		w->rounds++;
		/* Another worker unloading an image between load and create. */
		if (r && r != -ENOENT && r != -EAGAIN) {
			w->errors++;
			w->last = r;
		}
	}
	return NULL;
}

TEST(everything_at_once)
{
	static const char * const images[] = {
		"bss_echo", "bss_relay", "bss_gate", "bss_counter", "bss_hostile_holder",
	};
	int (*const fns[])(struct worker *) = { chain, chain, cycle, graph_cycle, unload };
	const char *const names[] = { "chain", "chain", "cycle", "graph", "unload" };
	struct bss_stats before = { .size = sizeof(before) }, after = before;
	struct worker w[ARRAY_SIZE(fns)];
	pthread_t tid[ARRAY_SIZE(fns)];
	int secs = seconds(), r;
	unsigned int i;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	for (i = 0; i < ARRAY_SIZE(images); i++) {
		r = load(images[i]);
		ASSERT_EQ(0, r) TH_LOG("image %u: %d", i, r);
	}
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &before));
	for (i = 0; i < ARRAY_SIZE(fns); i++) {
		w[i] = (struct worker){ .fn = fns[i], .end = time(NULL) + secs };
		ASSERT_EQ(0, pthread_create(&tid[i], NULL, run, &w[i]));
	}
	for (i = 0; i < ARRAY_SIZE(fns); i++) {
		pthread_join(tid[i], NULL);
		ksft_print_msg("stress: %s: %lu rounds in %d s, %lu unexpected (last %d)\n",
			       names[i], w[i].rounds, secs, w[i].errors, w[i].last);
		EXPECT_EQ(0, w[i].errors);
		EXPECT_LT(0, w[i].rounds);
	}
	for (i = 0; i < ARRAY_SIZE(images); i++)
		ASSERT_EQ(0, load(images[i]));
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &after));
	EXPECT_EQ(before.instances, after.instances);
	EXPECT_EQ(before.images, after.images);
	EXPECT_EQ(before.services, after.services);
}

TEST_HARNESS_MAIN
