// SPDX-License-Identifier: GPL-2.0
/*
 * Configuration graphs and the driver database: nested configurations,
 * errors that name the file and line, unload leaving nothing behind, and
 * the edu driver server on QEMU's edu device through the pcidev kernel
 * server (MMIO, interrupt, DMA), across unbind/rebind and PCI removal.
 */
#include <dirent.h>
#include <stdlib.h>
#include <sys/utsname.h>

#include "kselftest_harness.h"

#include "bss_util.h"

enum {
	ED_IDENT, ED_LIVENESS, ED_FACTORIAL, ED_IRQ_RAISE, ED_IRQS, ED_DMA_CHECK, ED_PEEK,
	ED_MAP_PEEK
};

enum { RELAY_SET, RELAY_GET, RELAY_PASS, RELAY_CALL };

static void load_all(struct __test_metadata *_metadata)
{
	static const char * const images[] = { "bss_echo", "bss_relay", "bss_gate", "bss_latch",
				 "bss_counter", "bss_edu" };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(images); i++) {
		const char *name = images[i];

		ASSERT_EQ(0, load(name)) TH_LOG("%s", name);
	}
}

static struct bss_stats stats(void)
{
	struct bss_stats s = { .size = sizeof(s) };

	ioctl(bss_fd(), BSS_IOC_STATS, &s);
	return s;
}

TEST(nested_graph)
{
	static const char * const files[] = { "graph.conf", "sub/counter.conf" };
	struct bss_graph_node r1 = {}, r2 = {}, c = {};
	unsigned int id = 0, before, leaked = 0;
	char msg[BSS_MSG_LEN];
	__u64 ret;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	load_all(_metadata);
	before = stats().instances;
	ASSERT_EQ(0, graph_load(files, 2, &id, msg)) TH_LOG("%s", msg);
	ASSERT_NE(0, graph_find(id, "r1", &r1));
	ASSERT_NE(0, graph_find(id, "r2", &r2));
	ASSERT_NE(0, graph_find(id, "c", &c));
	/* Shared: both relays got the same echo. */
	EXPECT_EQ(1, r1.nbind);
	EXPECT_EQ(r1.bind[0], r2.bind[0]);
	EXPECT_STREQ("sub/counter.conf", c.file);
	EXPECT_EQ(3, c.line);
	ASSERT_EQ(0, call(r1.instance, RELAY_CALL, &ret, 1, 77ULL));
	EXPECT_EQ(77, ret);
	/* echo, two relays, a gate and the counter. */
	EXPECT_EQ(before + 5, stats().instances);
	ASSERT_EQ(0, graph_unload(id, &leaked));
	EXPECT_EQ(0, leaked);
	EXPECT_EQ(before, stats().instances);
	EXPECT_EQ(-ENOENT, graph_unload(id, NULL));
}

TEST(missing_provider_names_file_and_line)
{
	static const char * const files[] = { "missing.conf" };
	unsigned int id, before;
	char msg[BSS_MSG_LEN];

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	load_all(_metadata);
	before = stats().instances;
	EXPECT_EQ(-ENOENT, graph_load(files, 1, &id, msg));
	EXPECT_NE(NULL, strstr(msg, "missing.conf:3: no provider for service gate (0x121)"))
		TH_LOG("%s", msg);
	EXPECT_NE(NULL, strstr(msg, "required by bss_counter"));
	EXPECT_EQ(before, stats().instances);
}

TEST(syntax_error_names_line_and_column)
{
	static const char * const files[] = { "syntax.conf" };
	unsigned int id;
	char msg[BSS_MSG_LEN];

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	EXPECT_EQ(-EINVAL, graph_load(files, 1, &id, msg));
	EXPECT_NE(NULL, strstr(msg, "syntax.conf:2:1: unknown statement 'provid'"))
		TH_LOG("%s", msg);
}

/*
 * A device's kernel servers (pcidev, netdev) are made by bss.ko for each
 * device it drives; by name, from an instance create or a configuration,
 * they would have no device (a call oopsed on it).
 */
TEST(device_servers_not_made_by_name)
{
	static const char * const images[] = { "kernel_pcidev", "kernel_netdev" };
	struct bss_graph_file f = { .name = (unsigned long)"device.conf" };
	struct bss_graph_load gl = { .size = sizeof(gl), .nfiles = 1,
				     .files = (unsigned long)&f };
	unsigned int i, id, before;
	char text[64];

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	before = stats().instances;
	for (i = 0; i < ARRAY_SIZE(images); i++) {
		id = create(images[i], 0, NULL);
		EXPECT_EQ(0, id) TH_LOG("%s made by name", images[i]);
		if (id)
			destroy(id);
		EXPECT_EQ(ENOENT, errno);
		f.len = snprintf(text, sizeof(text), "start %s\n", images[i]);
		f.text = (unsigned long)text;
		gl.id = 0;
		EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_GRAPH_LOAD, &gl)) TH_LOG("%s", images[i]);
		EXPECT_EQ(ENOENT, errno);
		EXPECT_STREQ(images[i], gl.missing);
		if (gl.id)
			graph_unload(gl.id, NULL);
	}
	EXPECT_EQ(before, stats().instances);
}

TEST(missing_image_is_named)
{
	static const char * const files[] = { "graph.conf", "sub/counter.conf" };
	struct bss_graph_load gl;
	unsigned int id;
	char msg[BSS_MSG_LEN];

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	/* Nothing may use bss_latch; unload it and it is reported missing. */
	syscall(SYS_delete_module, "bss_relay", O_NONBLOCK);
	EXPECT_EQ(-ENOENT, graph_load(files, 2, &id, msg));
	EXPECT_NE(NULL, strstr(msg, "graph.conf:5: image bss_relay is not loaded"))
		TH_LOG("%s", msg);
	(void)gl;
}

/* Read a one-line file into buf, newline dropped: 0 or -errno. */
static int read_line(const char *path, char *buf, size_t len)
{
	int fd = open(path, O_RDONLY), n;

	if (fd < 0)
		return -errno;
	n = read(fd, buf, len - 1);
	close(fd);
	if (n < 0)
		return -errno;
	buf[n] = 0;
	buf[strcspn(buf, "\n")] = 0;
	return 0;
}

static int write_line(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY), n;

	if (fd < 0)
		return -errno;
	n = write(fd, text, strlen(text));
	close(fd);
	return n < 0 ? -errno : 0;
}

/*
 * After make install (the guest's initramfs is made with it: modules in
 * /lib/modules/RELEASE/extra/bss, depmod), a graph naming images that are
 * not loaded loads them itself: the runtime's request_module("bss-image-
 * NAME") reaches modprobe, which finds the alias BSS_SERVER() gave each
 * image. Nothing loads them beforehand, not even bssctl. The guest has no
 * /sbin/modprobe (the other tests see images missing): this test points
 * the kernel at busybox's for its own duration.
 */
TEST(installed_images_load_on_demand)
{
	static const char * const files[] = { "installed.conf" };
	const char *knob = "/proc/sys/kernel/modprobe";
	char msg[BSS_MSG_LEN], path[300], old[256];
	unsigned int id = 0, leaked;
	struct utsname u;
	int r;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, uname(&u));
	snprintf(path, sizeof(path), "/lib/modules/%s/extra/bss/bss_relay.ko", u.release);
	if (access(path, R_OK))
		SKIP(return, "bss is not installed here (no %s)", path);
	ASSERT_EQ(0, read_line(knob, old, sizeof(old)));
	syscall(SYS_delete_module, "bss_relay", O_NONBLOCK);
	syscall(SYS_delete_module, "bss_echo", O_NONBLOCK);
	ASSERT_NE(0, access("/sys/module/bss_relay", F_OK));
	ASSERT_NE(0, access("/sys/module/bss_echo", F_OK));
	ASSERT_EQ(0, write_line(knob, "/bin/modprobe"));
	r = graph_load(files, 1, &id, msg);
	EXPECT_EQ(0, write_line(knob, old));
	ASSERT_EQ(0, r) TH_LOG("%s", msg);
	EXPECT_EQ(0, access("/sys/module/bss_relay", F_OK));
	EXPECT_EQ(0, access("/sys/module/bss_echo", F_OK));
	EXPECT_NE(0, graph_find(id, "r1", NULL));
	EXPECT_EQ(0, graph_unload(id, &leaked));
	EXPECT_EQ(0, leaked);
}

enum { TC_START, TC_TICKS, TC_STOP, TC_PUSH, TC_POP, TC_QCOUNT, TC_MEMTEST, TC_FRAMES,
	TC_FCOUNT };

/* Timer from softirq, queue filled from softirq, memory mapped by a server. */
TEST(kernel_timer_queue_mem)
{
	static const char * const files[] = { "ticker.conf" };
	unsigned int id = 0, tc, before, leaked = 0;
	char msg[BSS_MSG_LEN];
	__u64 r, q;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_ticker"));
	before = stats().instances;
	ASSERT_EQ(0, graph_load(files, 1, &id, msg)) TH_LOG("%s", msg);
	tc = graph_find(id, "bss_ticker", NULL);
	ASSERT_NE(0, tc);
	ASSERT_EQ(0, call(tc, TC_MEMTEST, &r, 1, 100000ULL));
	EXPECT_EQ(1, r);
	ASSERT_EQ(0, call(tc, TC_PUSH, &r, 1, 10ULL));
	EXPECT_EQ(10, r);
	ASSERT_EQ(0, call(tc, TC_POP, &r, 1, 10ULL));
	EXPECT_EQ(10, r);
	ASSERT_EQ(0, call(tc, TC_START, &r, 1, 10ULL));
	usleep(500000);
	ASSERT_EQ(0, call(tc, TC_STOP, NULL, 0));
	ASSERT_EQ(0, call(tc, TC_TICKS, &r, 0));
	ASSERT_EQ(0, call(tc, TC_QCOUNT, &q, 0));
	EXPECT_LE(5, r);
	EXPECT_EQ(r, q);
	ASSERT_EQ(0, call(tc, TC_POP, &r, 1, 1000ULL));
	EXPECT_EQ(q, r);
	/* The packet queue (limit 4): full refuses, a runt is taken and dropped. */
	ASSERT_EQ(0, call(tc, TC_FRAMES, &r, 2, 3ULL, 60ULL));
	EXPECT_EQ(3, r);
	ASSERT_EQ(0, call(tc, TC_FRAMES, &r, 2, 3ULL, 1514ULL));
	EXPECT_EQ(1, r);
	ASSERT_EQ(0, call(tc, TC_FCOUNT, &q, 0));
	EXPECT_EQ(4, q);
	ASSERT_EQ(0, call(tc, TC_FRAMES, &r, 2, 1ULL, 13ULL));
	EXPECT_EQ(1, r);
	ASSERT_EQ(0, call(tc, TC_FCOUNT, &q, 0));
	EXPECT_EQ(4, q);
	/* Leave some queued: unloading must release them too. */
	ASSERT_EQ(0, call(tc, TC_PUSH, &r, 1, 5ULL));
	ASSERT_EQ(0, graph_unload(id, &leaked));
	EXPECT_EQ(0, leaked);
	EXPECT_EQ(before, stats().instances);
}

/* The loader service: a server starts another, resolved by its own file. */
TEST(loader_service)
{
	static const char * const files[] = { "spawner.conf" };
	struct bss_graph_node relay = {};
	unsigned int id = 0, sp, before, leaked = 0;
	char msg[BSS_MSG_LEN];
	__u64 r;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	ASSERT_EQ(0, load("bss_spawner"));
	ASSERT_EQ(0, load("bss_relay"));
	ASSERT_EQ(0, load("bss_echo"));
	before = stats().instances;
	ASSERT_EQ(0, graph_load(files, 1, &id, msg)) TH_LOG("%s", msg);
	sp = graph_find(id, "bss_spawner", NULL);
	ASSERT_NE(0, sp);
	EXPECT_EQ(0, graph_find(id, "bss_relay", NULL));
	ASSERT_EQ(0, call(sp, 0, &r, 1, 31ULL));
	EXPECT_EQ(31, r);
	/* The relay joined the spawner's graph, its echo from spawner.conf. */
	ASSERT_NE(0, graph_find(id, "bss_relay", &relay));
	EXPECT_EQ(1, relay.nbind);
	EXPECT_NE(0, graph_find(id, "bss_echo", NULL));
	ASSERT_EQ(0, graph_unload(id, &leaked));
	EXPECT_EQ(0, leaked);
	EXPECT_EQ(before, stats().instances);
}

/* The edu device's PCI address, from sysfs. */
static int edu_addr(char *addr, size_t len)
{
	struct dirent *d;
	char path[600], v[16], dv[16];
	DIR *dir = opendir("/sys/bus/pci/devices");
	FILE *f;
	int found = -1;

	while (dir && found && (d = readdir(dir))) {
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vendor", d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		v[0] = 0;
		if (!fgets(v, sizeof(v), f))
			v[0] = 0;
		fclose(f);
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/device", d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		dv[0] = 0;
		if (!fgets(dv, sizeof(dv), f))
			dv[0] = 0;
		fclose(f);
		if (!strncmp(v, "0x1234", 6) && !strncmp(dv, "0x11e8", 6))
			found = snprintf(addr, len, "%s", d->d_name) < (int)len ? 0 : -1;
	}
	if (dir)
		closedir(dir);
	return found;
}

/* Wait up to 5 s for the edu driver server of graph-less lookups. */
static unsigned int edu_instance(void)
{
	unsigned int id = 0;
	int i;

	for (i = 0; i < 500 && !id; i++) {
		id = graph_find(0, "bss_edu", NULL);
		if (!id)
			usleep(10000);
	}
	return id;
}

static void exercise(struct __test_metadata *_metadata, unsigned int e)
{
	__u64 r;

	ASSERT_EQ(0, call(e, ED_IDENT, &r, 0));
	EXPECT_EQ(0xed, r & 0xff);
	ASSERT_EQ(0, call(e, ED_LIVENESS, &r, 1, 0x12345678ULL));
	EXPECT_EQ(~0x12345678u, (__u32)r);
	ASSERT_EQ(0, call(e, ED_FACTORIAL, &r, 1, 10ULL));
	EXPECT_EQ(3628800, r);
	ASSERT_EQ(0, call(e, ED_IRQ_RAISE, &r, 1, 0x1234ULL));
	EXPECT_EQ(0x1234, r);
	ASSERT_EQ(0, call(e, ED_DMA_CHECK, &r, 1, 42ULL));
	EXPECT_EQ(2048, r) TH_LOG("dma_check: 0x%llx", r);
}

FIXTURE(edu) {
	unsigned int db;
	char addr[64];
};

FIXTURE_SETUP(edu)
{
	static const char * const files[] = { "edu.conf", "edu-driver.conf" };
	char msg[BSS_MSG_LEN];

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	if (edu_addr(self->addr, sizeof(self->addr)))
		SKIP(return, "no edu device (QEMU -device edu)");
	ASSERT_EQ(0, load("bss_edu"));
	ASSERT_EQ(0, graph_load(files, 2, &self->db, msg)) TH_LOG("%s", msg);
}

FIXTURE_TEARDOWN(edu)
{
	unsigned int leaked = 0;

	if (self->db)
		EXPECT_EQ(0, graph_unload(self->db, &leaked));
	EXPECT_EQ(0, leaked);
	EXPECT_EQ(0, graph_find(0, "bss_edu", NULL));
}

TEST_F(edu, mmio_irq_dma)
{
	unsigned int e = edu_instance();

	ASSERT_NE(0, e);
	exercise(_metadata, e);
}

TEST_F(edu, outside_bars_refused)
{
	struct bss_call c = { .size = sizeof(c), .fn = ED_PEEK, .nargs = 2,
			      .args = { 0, 0x100000 } };

	c.id = edu_instance();
	ASSERT_NE(0, c.id);
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_CALL, &c));
	EXPECT_EQ(EFAULT, errno);
	EXPECT_NE(NULL, strstr(c.msg, "outside its 1048576 bytes")) TH_LOG("%s", c.msg);
	c.args[0] = 1;
	c.args[1] = 0;
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_CALL, &c));
	EXPECT_NE(NULL, strstr(c.msg, "BAR 1 is not mapped")) TH_LOG("%s", c.msg);
}

/* A mapped BAR reads what the checked call reads; only memory BARs map. */
TEST_F(edu, mapped_bar)
{
	struct bss_call c = { .size = sizeof(c), .fn = ED_MAP_PEEK, .nargs = 2 };
	__u64 ident, mapped;
	unsigned int e = edu_instance();

	ASSERT_NE(0, e);
	ASSERT_EQ(0, call(e, ED_PEEK, &ident, 2, 0ULL, 0ULL));
	ASSERT_EQ(0, call(e, ED_MAP_PEEK, &mapped, 2, 0ULL, 0ULL));
	EXPECT_EQ(0xed, ident & 0xff);
	EXPECT_EQ(ident, mapped);
	c.id = e;
	c.args[0] = 1;
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_CALL, &c));
	EXPECT_EQ(EINVAL, errno);
	EXPECT_NE(NULL, strstr(c.msg, "BAR 1 is not a memory BAR")) TH_LOG("%s", c.msg);
}

TEST_F(edu, unbind_rebind)
{
	char path[256];
	int i;

	snprintf(path, sizeof(path), "/sys/bus/pci/drivers/bss/unbind");
	for (i = 0; i < 5; i++) {
		ASSERT_EQ(0, sysfs_write(path, self->addr));
		EXPECT_EQ(0, graph_find(0, "bss_edu", NULL));
		ASSERT_EQ(0, sysfs_write("/sys/bus/pci/drivers/bss/bind", self->addr));
		ASSERT_NE(0, edu_instance());
	}
	exercise(_metadata, edu_instance());
}

TEST_F(edu, remove_and_rescan)
{
	char path[256];

	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/remove", self->addr);
	ASSERT_EQ(0, sysfs_write(path, "1"));
	EXPECT_EQ(0, graph_find(0, "bss_edu", NULL));
	ASSERT_EQ(0, sysfs_write("/sys/bus/pci/rescan", "1"));
	ASSERT_NE(0, edu_instance());
	exercise(_metadata, edu_instance());
}

/*
 * A graph's driver statements add the PCI IDs the driver core offers bss,
 * and the graph takes them along when it goes. While another graph claims
 * the edu device's ID too, the ID stays and the device binds through that
 * graph; once none does, bss holds no dynamic ID for it: remove_id finds
 * none. (A bind fails with ENODEV either way: a probe that finds no
 * driver statement refuses the device with ENODEV too.)
 */
TEST_F(edu, driver_ids_go_with_their_graph)
{
	static const char * const files[] = { "edu.conf", "edu-driver.conf" };
	static const char *bind = "/sys/bus/pci/drivers/bss/bind";
	unsigned int other = 0, leaked = 0;
	char msg[BSS_MSG_LEN];

	ASSERT_NE(0, edu_instance());
	ASSERT_EQ(0, graph_load(files, 2, &other, msg)) TH_LOG("%s", msg);
	ASSERT_EQ(0, graph_unload(self->db, &leaked));
	self->db = 0;
	EXPECT_EQ(0, leaked);
	EXPECT_EQ(0, graph_find(0, "bss_edu", NULL));
	EXPECT_EQ(0, sysfs_write(bind, self->addr));
	EXPECT_NE(0, edu_instance());
	ASSERT_EQ(0, graph_unload(other, &leaked));
	EXPECT_EQ(0, leaked);
	EXPECT_EQ(0, graph_find(0, "bss_edu", NULL));
	EXPECT_EQ(-ENODEV, sysfs_write("/sys/bus/pci/drivers/bss/remove_id", "1234 11e8"));
	EXPECT_EQ(-ENODEV, sysfs_write(bind, self->addr));
	EXPECT_EQ(0, graph_find(0, "bss_edu", NULL));
}

TEST_HARNESS_MAIN
