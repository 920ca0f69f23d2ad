// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver server as a Linux network interface: bound through
 * the driver database to QEMU's rtl8139, configured with ip, reaching the
 * QEMU user-network gateway with ping, then unloaded cleanly.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "kselftest_harness.h"

#include "bss_util.h"

#define IP		"/usr/sbin/ip "		/* iproute2, see sh() */
#define MAC_USER	"52:54:00:12:34:56"	/* on QEMU user networking */
#define MAC_HUB_A	"52:54:00:00:01:01"	/* on a private hub with B */
#define MAC_HUB_B	"52:54:00:00:01:02"
#define MAC_UP		"52:54:00:12:34:57"	/* set while the interface is up */
#define MAC_DOWN	"52:54:00:12:34:58"	/* set while it is down */

/* The interface with this MAC address whose driver is drv, or "". */
static void ifname_of(const char *mac, const char *drv, char *name, size_t len)
{
	char path[600], link[600], addr[32];
	struct dirent *d;
	DIR *dir = opendir("/sys/class/net");
	ssize_t n;
	FILE *f;

	name[0] = 0;
	while (dir && (d = readdir(dir))) {
		snprintf(path, sizeof(path), "/sys/class/net/%s/device/driver", d->d_name);
		n = readlink(path, link, sizeof(link) - 1);
		if (n <= 0)
			continue;
		link[n] = 0;
		snprintf(path, sizeof(path), "/sys/class/net/%s/address", d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		if (!fgets(addr, sizeof(addr), f))
			addr[0] = 0;
		fclose(f);
		if (!strcmp(strrchr(link, '/') + 1, drv) && !strncmp(addr, mac, 17))
			snprintf(name, len, "%.*s", (int)len - 1, d->d_name);
	}
	if (dir)
		closedir(dir);
}

static void bss_ifname(char *name, size_t len)
{
	ifname_of(MAC_USER, "bss", name, len);
}

/*
 * Run a shell command; %1$s in fmt is the interface name. iproute2 is named
 * by path: busybox sh runs its own ip applet first, whatever PATH says.
 */
static int sh(const char *fmt, const char *ifname)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), fmt, ifname);
	return system(cmd);
}

/* The host's iperf3 port (bss.iperf= on the kernel command line), or 0. */
static int iperf_port(void)
{
	return cmdline_long("bss.iperf", 0);
}

/*
 * Cycles of a loop that runs n of them under Debian's kernel: scaled by
 * bss.net_scale (percent, 100 by default; the debug kernel's pass runs
 * fewer, each many times dearer there), at least one.
 */
static int cycles(int n)
{
	long pct = cmdline_long("bss.net_scale", 100);
	long c = n * pct / 100;

	return c > 0 ? c : 1;
}

static int link_up(const char *ifname)
{
	return sh(IP "addr flush dev %s", ifname) ?:
	       sh(IP "link set %s up", ifname) ?:
	       sh(IP "addr add 10.0.2.15/24 dev %s", ifname) ?:
	       sh("ping -c 1 -W 5 10.0.2.2 > /dev/null # %s", ifname);
}

static unsigned long long counter(const char *ifname, const char *name)
{
	char path[300];
	unsigned long long v = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/sys/class/net/%s/statistics/%s", ifname, name);
	f = fopen(path, "r");
	if (f) {
		if (fscanf(f, "%llu", &v) != 1)
			v = 0;
		fclose(f);
	}
	return v;
}

FIXTURE(net) {
	unsigned int db;
	char ifname[32];
};

FIXTURE_SETUP(net)
{
	static const char * const files[] = { "rtl8139.conf", "rtl8139-driver.conf" };
	char msg[BSS_MSG_LEN];
	unsigned int left;

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	/* A test killed at its timeout (it failed) has not unloaded its graph. */
	left = graph_find(0, "bss_rtl8139", NULL);
	if (left) {
		TH_LOG("unloading graph %u, left by a test that was killed", left);
		graph_unload(left, NULL);
	}
	ASSERT_EQ(0, load("bss_rtl8139"));
	ASSERT_EQ(0, graph_load(files, 2, &self->db, msg)) TH_LOG("%s", msg);
	bss_ifname(self->ifname, sizeof(self->ifname));
	ASSERT_NE(0, self->ifname[0]);
}

FIXTURE_TEARDOWN(net)
{
	unsigned int leaked = 0;

	if (self->db)
		EXPECT_EQ(0, graph_unload(self->db, &leaked));
	EXPECT_EQ(0, leaked);
	EXPECT_EQ(0, graph_find(0, "bss_rtl8139", NULL));
}

TEST_F_TIMEOUT(net, ping_gateway, 120)
{
	ASSERT_EQ(0, link_up(self->ifname));
	EXPECT_EQ(0, sh("ping -c 5 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
	/* Counted by the netdev server: at least the five echo requests. */
	EXPECT_LE(5, counter(self->ifname, "tx_packets"));
	EXPECT_LE(5, counter(self->ifname, "rx_packets"));
	EXPECT_EQ(0, sh("ethtool -i %s | grep -q 'driver: bss'", self->ifname));
	EXPECT_EQ(0, sh("ethtool -i %s | grep -q 'firmware-version: server bss_rtl8139'",
			self->ifname));
	EXPECT_EQ(0, sh("ethtool %s | grep -q 'Link detected: yes'", self->ifname));
	EXPECT_EQ(0, sh("ethtool -S %s | grep -q rx_fifo", self->ifname));
	/* The packet queue the driver receives into: it has never been full. */
	EXPECT_EQ(0, sh("ethtool -S %s | grep -q 'rxq.full: 0'", self->ifname));
	/* Per-server counters of the driver: main, irq, tx and link servers. */
	EXPECT_EQ(0, sh("ethtool -S %s | grep -q 'tx.queued: [1-9]'", self->ifname));
	EXPECT_EQ(0, sh("ethtool -S %s | grep -q 'irq.handled: [1-9]'", self->ifname));
	EXPECT_EQ(0, sh("ethtool -S %s | grep -q 'link.checks: [1-9]'", self->ifname));
	EXPECT_EQ(0, sh("ethtool -s %1$s msglvl 7 && ethtool %1$s | grep -q 0x00000007",
			self->ifname));
}

/* ICMP payloads that make frames of 60 to 1514 bytes, odd lengths too. */
TEST_F_TIMEOUT(net, frame_sizes, 120)
{
	static const int sizes[] = { 18, 19, 45, 100, 511, 999, 1000, 1471, 1472 };
	char cmd[128];
	unsigned int i;

	ASSERT_EQ(0, link_up(self->ifname));
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		snprintf(cmd, sizeof(cmd), "ping -c 2 -W 5 -s %d 10.0.2.2 | grep -q '%d bytes'",
			 sizes[i], sizes[i] + 8);
		EXPECT_EQ(0, sh(cmd, self->ifname)) TH_LOG("payload %d", sizes[i]);
	}
}

/* Seconds, not minutes, on a quiet host; TCG on a busy one is slower. */
TEST_F_TIMEOUT(net, iperf3_both_directions, 120)
{
	char cmd[256];
	int port = iperf_port(), tx, rx;

	if (!port)
		SKIP(return, "no iperf3 server on the host");
	ASSERT_EQ(0, link_up(self->ifname));
	snprintf(cmd, sizeof(cmd), "timeout 40 iperf3 -c 10.0.2.2 -p %d -t 2 > /dev/null # %%s",
		 port);
	tx = sh(cmd, self->ifname);
	snprintf(cmd, sizeof(cmd), "timeout 40 iperf3 -c 10.0.2.2 -p %d -t 2 -R > /dev/null # %%s",
		 port);
	rx = sh(cmd, self->ifname);
	sh("ethtool -S %s | sed 's/^/# /'", self->ifname);
	EXPECT_EQ(0, tx);
	EXPECT_EQ(0, rx);
	EXPECT_LT(1000000, counter(self->ifname, "rx_bytes"));
	EXPECT_LT(1000000, counter(self->ifname, "tx_bytes"));
}

/* Under TCG on a loaded host 100 cycles take longer than the default 30 s. */
TEST_F_TIMEOUT(net, down_up_100, 120)
{
	int i, n = cycles(100);

	ASSERT_EQ(0, link_up(self->ifname));
	TH_LOG("%d cycles", n);
	for (i = 0; i < n; i++)
		ASSERT_EQ(0, sh(IP "link set %1$s down && " IP "link set %1$s up",
				self->ifname));
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
}

/*
 * Unbind and rebind under traffic: a pinger runs throughout. A cycle takes
 * seconds under the debug kernel.
 */
TEST_F_TIMEOUT(net, unbind_rebind_20, 300)
{
	char addr[64] = "", path[300], link[300];
	ssize_t n;
	int i, rounds = cycles(20);

	snprintf(path, sizeof(path), "/sys/class/net/%s/device", self->ifname);
	n = readlink(path, link, sizeof(link) - 1);
	ASSERT_LT(0, n);
	link[n] = 0;
	snprintf(addr, sizeof(addr), "%s", strrchr(link, '/') + 1);
	TH_LOG("%d unbinds", rounds);
	for (i = 0; i < rounds; i++) {
		ASSERT_EQ(0, link_up(self->ifname));
		sh("(ping -i 0.05 -c 20 10.0.2.2 > /dev/null 2>&1 &) # %s", self->ifname);
		usleep(200000);
		ASSERT_EQ(0, sh("echo %s > /sys/bus/pci/drivers/bss/unbind", addr));
		ASSERT_EQ(0, sh("echo %s > /sys/bus/pci/drivers/bss/bind", addr));
		bss_ifname(self->ifname, sizeof(self->ifname));
		ASSERT_NE(0, self->ifname[0]);
	}
	ASSERT_EQ(0, link_up(self->ifname));
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
}

/*
 * A UDP flood from the host overruns the ring: drops, counted, no livelock.
 * Under TCG on a loaded host a 3 s flood can take much longer to drain.
 */
TEST_F_TIMEOUT(net, flood_without_livelock, 120)
{
	char cmd[256];
	int port = iperf_port();
	bool alive;

	if (!port)
		SKIP(return, "no iperf3 server on the host");
	ASSERT_EQ(0, link_up(self->ifname));
	snprintf(cmd, sizeof(cmd),
		 "timeout 60 iperf3 -c 10.0.2.2 -p %d -u -b 0 -l 1400 -t 3 -R > /dev/null # %%s",
		 port);
	sh(cmd, self->ifname);
	/* The flood got through the ring and NAPI: many frames, in bounded time. */
	EXPECT_LT(1000, counter(self->ifname, "rx_packets"));
	alive = !sh("ping -c 3 -W 5 10.0.2.2 > /dev/null # %s", self->ifname);
	sh("ethtool -S %s | sed 's/^/# /'", self->ifname);
	TH_LOG("rx_packets %llu rx_fifo_errors %llu", counter(self->ifname, "rx_packets"),
	       counter(self->ifname, "rx_fifo_errors"));
	EXPECT_TRUE(alive);
}

/* The PCI address of an interface's device. */
static int pci_of(const char *ifname, char *addr, size_t len)
{
	char path[300], link[300];
	ssize_t n;

	snprintf(path, sizeof(path), "/sys/class/net/%s/device", ifname);
	n = readlink(path, link, sizeof(link) - 1);
	if (n <= 0)
		return -1;
	link[n] = 0;
	snprintf(addr, len, "%s", strrchr(link, '/') + 1);
	return 0;
}

static unsigned long long rx_during(const char *a, const char *send, const char *b)
{
	unsigned long long before = counter(a, "rx_packets");

	sh(send, b);
	usleep(200000);
	return counter(a, "rx_packets") - before;
}

/*
 * Receive filters seen with traffic: B (8139cp) sends to a foreign unicast
 * address and to a multicast group on the hub; A (the BSS driver) takes
 * them only when promiscuous, and the group only once it has joined it.
 */
TEST_F_TIMEOUT(net, promiscuous_and_multicast_filters, 300)
{
	static const char *unicast = "ping -c 20 -i 0.02 -W 1 -I %s 10.9.0.9 > /dev/null 2>&1";
	static const char *mcast = "ping -c 20 -i 0.02 -W 1 -I %s 224.1.2.3 > /dev/null 2>&1";
	char a[32], b[32], pci_b[64];

	ifname_of(MAC_HUB_A, "bss", a, sizeof(a));
	ifname_of(MAC_HUB_B, "bss", b, sizeof(b));
	if (!a[0] || !b[0])
		SKIP(return, "no hub RTL-8139s (QEMU -netdev hubport)");
	/* B goes to 8139cp, the traffic generator. */
	ASSERT_EQ(0, pci_of(b, pci_b, sizeof(pci_b)));
	ASSERT_EQ(0, sh("echo %s > /sys/bus/pci/drivers/bss/unbind", pci_b));
	ASSERT_EQ(0, sh("echo 8139cp > /sys/bus/pci/devices/%s/driver_override", pci_b));
	sh("insmod /lib/modules/$(uname -r)/mii.ko # %s", "");
	ASSERT_EQ(0, sh("insmod /lib/modules/$(uname -r)/8139cp.ko # %s", ""));
	ifname_of(MAC_HUB_B, "8139cp", b, sizeof(b));
	ASSERT_NE(0, b[0]);
	sh("echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6", "");
	ASSERT_EQ(0, sh(IP "link set %s up", a));
	ASSERT_EQ(0, sh(IP "link set %s up", b));
	ASSERT_EQ(0, sh(IP "addr add 10.9.0.2/24 dev %s", b));
	ASSERT_EQ(0, sh(IP "neigh add 10.9.0.9 lladdr 02:00:00:00:00:09 dev %s", b));
	ASSERT_EQ(0, sh(IP "route add 224.0.0.0/4 dev %s", b));
	sleep(1);
	EXPECT_GT(5, rx_during(a, unicast, b));
	ASSERT_EQ(0, sh(IP "link set %s promisc on", a));
	EXPECT_LE(15, rx_during(a, unicast, b));
	ASSERT_EQ(0, sh(IP "link set %s promisc off", a));
	EXPECT_GT(5, rx_during(a, unicast, b));
	EXPECT_GT(5, rx_during(a, mcast, b));
	ASSERT_EQ(0, sh(IP "maddr add 01:00:5e:01:02:03 dev %s", a));
	EXPECT_LE(15, rx_during(a, mcast, b));
	ASSERT_EQ(0, sh(IP "maddr del 01:00:5e:01:02:03 dev %s", a));
	EXPECT_GT(5, rx_during(a, mcast, b));
	/* B back to bss, so the database's unload unbinds it with the others. */
	EXPECT_EQ(0, sh("rmmod 8139cp mii # %s", ""));
	EXPECT_EQ(0, sh("echo > /sys/bus/pci/devices/%s/driver_override", pci_b));
	EXPECT_EQ(0, sh("echo %s > /sys/bus/pci/drivers/bss/bind", pci_b));
}

/*
 * Traffic both ways: TCP streams from the host (NAPI busy in the
 * driver's poll; TCP stops sending soon after the interface is gone) and
 * pings as fast as they are answered. Returns once the streams flow (a
 * quarter megabyte received, past TCP's slow start at the debug kernel's
 * few Mbit/s: true), or after 3 s.
 */
static bool traffic(const char *ifname)
{
	unsigned long long rx = counter(ifname, "rx_bytes");
	char cmd[256];
	int port = iperf_port(), i;

	if (port) {
		snprintf(cmd, sizeof(cmd),
			 "(timeout 4 iperf3 -c 10.0.2.2 -p %d -t 2 -P 4 -R > /dev/null 2>&1 &)",
			 port);
		sh(cmd, ifname);
	}
	sh("(ping -A -w 2 10.0.2.2 > /dev/null 2>&1 &) # %s", ifname);
	for (i = 0; i < 300 && counter(ifname, "rx_bytes") < rx + 262144; i++)
		usleep(10000);
	return i < 300;
}

/*
 * The traffic of the last cycle is over (at most 10 s). Waited for with
 * the interface up again, so that the host's iperf3 server hears that its
 * client is gone and takes the next one.
 */
static void traffic_done(void)
{
	sh("i=0; while pidof iperf3 ping > /dev/null && [ $i -lt 100 ]; do sleep 0.1; "
	   "i=$((i + 1)); done # %s", "");
}

/* Up again after a rebind, with traffic of the last cycle still about. */
static int link_up_again(const char *ifname)
{
	return sh(IP "link set %s up", ifname) ?:
	       sh(IP "addr add 10.0.2.15/24 dev %s", ifname) ?:
	       sh("ping -c 3 -W 5 10.0.2.2 > /dev/null # %s", ifname);
}

/*
 * The device goes away under traffic (sysfs remove, as a hot unplug): the
 * interface goes with it, and a rescan brings the driver graph and the
 * interface back through the driver database. Five times, with TCP
 * streams and pings flowing.
 */
TEST_F_TIMEOUT(net, pci_remove_rescan_5, 300)
{
	int i, rounds = cycles(5);
	char addr[64];

	ASSERT_EQ(0, link_up(self->ifname));
	TH_LOG("%d removes", rounds);
	for (i = 0; i < rounds; i++) {
		ASSERT_EQ(0, pci_of(self->ifname, addr, sizeof(addr)));
		traffic(self->ifname);
		ASSERT_EQ(0, sh("echo 1 > /sys/bus/pci/devices/%s/remove", addr));
		bss_ifname(self->ifname, sizeof(self->ifname));
		EXPECT_EQ(0, self->ifname[0]);
		ASSERT_EQ(0, sh("echo 1 > /sys/bus/pci/rescan # %s", ""));
		bss_ifname(self->ifname, sizeof(self->ifname));
		ASSERT_NE(0, self->ifname[0]);
		ASSERT_EQ(0, link_up_again(self->ifname)) TH_LOG("remove %d", i);
		traffic_done();
	}
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
}

/*
 * The driver's module cannot go while its servers drive an interface that
 * is up; the interface keeps working. (Each test's teardown unloads the
 * driver graph with the interface up.)
 */
TEST_F_TIMEOUT(net, rmmod_refused_while_up, 120)
{
	ASSERT_EQ(0, link_up(self->ifname));
	EXPECT_EQ(-1, syscall(SYS_delete_module, "bss_rtl8139", O_NONBLOCK));
	EXPECT_TRUE(errno == EBUSY || errno == EWOULDBLOCK) TH_LOG("%s", strerror(errno));
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
}

/* ip shows mac as the interface's address, and it is not promiscuous. */
static int shows_mac(const char *ifname, const char *mac)
{
	char cmd[256];

	snprintf(cmd, sizeof(cmd), IP "link show %%s | grep -q 'link/ether %s '", mac);
	return sh(cmd, ifname) ?: !sh(IP "link show %s | grep -q PROMISC", ifname);
}

/*
 * A new MAC address, set while the interface is up and while it is down,
 * is the one the chip receives on: the gateway's answers (it learns the
 * new address from our next ARP request) get through without promiscuous
 * mode. The original address comes back at the end.
 */
TEST_F_TIMEOUT(net, mac_address_change, 300)
{
	ASSERT_EQ(0, link_up(self->ifname));
	EXPECT_EQ(0, sh(IP "link set %s address " MAC_UP, self->ifname));
	EXPECT_EQ(0, shows_mac(self->ifname, MAC_UP));
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
	EXPECT_EQ(0, sh(IP "link set %1$s down && " IP "link set %1$s address " MAC_DOWN
			" && " IP "link set %1$s up", self->ifname));
	EXPECT_EQ(0, shows_mac(self->ifname, MAC_DOWN));
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
	ASSERT_EQ(0, sh(IP "link set %s address " MAC_USER, self->ifname));
	EXPECT_EQ(0, shows_mac(self->ifname, MAC_USER));
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
}

#define MAX_NODES	256
#define MAX_INSTANCES	1024

/* The graph nodes of the driver servers (one per bound RTL-8139). */
static int driver_nodes(struct bss_graph_node *out, int max)
{
	static struct bss_graph_node n[MAX_NODES];
	struct bss_list l = { .size = sizeof(l), .count = MAX_NODES,
			      .entsize = sizeof(n[0]), .buf = (unsigned long)n };
	unsigned int i;
	int k = 0;

	if (ioctl(bss_fd(), BSS_IOC_GRAPH_LIST, &l))
		return -errno;
	for (i = 0; i < l.count && i < MAX_NODES; i++)
		if (!strcmp(n[i].name, "bss_rtl8139") && k < max)
			out[k++] = n[i];
	return k;
}

/* The node of before[] that after[] no longer has, or NULL. */
static const struct bss_graph_node *vanished(const struct bss_graph_node *before, int nb,
					     const struct bss_graph_node *after, int na)
{
	int i, j;

	for (i = 0; i < nb; i++) {
		for (j = 0; j < na && after[j].instance != before[i].instance; j++)
			;
		if (j == na)
			return &before[i];
	}
	return NULL;
}

/* Shared by every server that requires them: they outlive any graph. */
static bool shared_kernel_server(const char *image)
{
	return !strcmp(image, "kernel_time") || !strcmp(image, "kernel_debug") ||
	       !strcmp(image, "kernel_mem") || !strcmp(image, "kernel_loader");
}

/* Is the server id, or the server it is a local of (parent), in ids[]? */
static bool among(unsigned int id, unsigned int parent, const unsigned int *ids, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (ids[i] == id || (parent && ids[i] == parent))
			return true;
	return false;
}

/*
 * What is left of a driver graph, destroyed or not: its server, the
 * kernel servers bound to it (its pcidev, netdev, timer, packet queue)
 * and the local servers of any of them. Their names go to what.
 */
static int leftovers(const struct bss_graph_node *g, char *what, size_t len)
{
	static struct bss_instance_info all[MAX_INSTANCES];
	struct bss_list l = { .size = sizeof(l), .count = MAX_INSTANCES,
			      .entsize = sizeof(all[0]), .buf = (unsigned long)all };
	unsigned int ids[17], i, b;
	size_t used = 0;
	int n = 0, nids = 0;

	if (ioctl(bss_fd(), BSS_IOC_INSTANCE_LIST, &l))
		return -errno;
	ids[nids++] = g->instance;
	for (b = 0; b < g->nbind && b < 16; b++) {
		for (i = 0; i < l.count && i < MAX_INSTANCES; i++)
			if (all[i].id == g->bind[b] && !shared_kernel_server(all[i].image))
				ids[nids++] = g->bind[b];
	}
	what[0] = 0;
	for (i = 0; i < l.count && i < MAX_INSTANCES; i++) {
		if (!among(all[i].id, all[i].parent, ids, nids))
			continue;
		n++;
		if (used < len)
			used += snprintf(what + used, len - used, " %u:%s(refs %u)",
					 all[i].id, all[i].image, all[i].refcount);
	}
	return n;
}

#define UNBIND_MARK	"bss-selftest: net.unbind_under_traffic_60 begins"

/*
 * Unbind under traffic: when the unbind returns, the driver graph is gone,
 * every server of it destroyed (none left to call into the retired device
 * later), however busy NAPI was with the driver at that moment.
 */
TEST_F_TIMEOUT(net, unbind_under_traffic_60, 900)
{
	struct bss_graph_node before[8], after[8];
	const struct bss_graph_node *gone;
	char addr[64], what[512];
	int i, nb, na, flowing = 0, rounds = cycles(60);

	if (!iperf_port())
		SKIP(return, "no iperf3 server on the host");
	ASSERT_EQ(0, pci_of(self->ifname, addr, sizeof(addr)));
	ASSERT_EQ(0, sh("echo '" UNBIND_MARK "' > /dev/kmsg # %s", ""));
	ASSERT_EQ(0, link_up(self->ifname));
	for (i = 0; i < rounds; i++) {
		flowing += traffic(self->ifname);
		nb = driver_nodes(before, 8);
		ASSERT_LT(0, nb);
		/* The check below sees a live graph. */
		ASSERT_LT(0, leftovers(&before[0], what, sizeof(what)));
		/* Written here, and looked at right after: no shell in between. */
		ASSERT_EQ(0, sysfs_write("/sys/bus/pci/drivers/bss/unbind", addr));
		na = driver_nodes(after, 8);
		ASSERT_EQ(nb - 1, na);
		gone = vanished(before, nb, after, na);
		ASSERT_NE(NULL, gone);
		EXPECT_EQ(0, leftovers(gone, what, sizeof(what)))
			TH_LOG("unbind %d: left of server %u:%s", i, gone->instance, what);
		ASSERT_EQ(0, sh("echo %s > /sys/bus/pci/drivers/bss/bind", addr));
		bss_ifname(self->ifname, sizeof(self->ifname));
		ASSERT_NE(0, self->ifname[0]);
		ASSERT_EQ(0, link_up_again(self->ifname)) TH_LOG("cycle %d", i);
		traffic_done();
	}
	TH_LOG("%d of %d unbinds with the TCP streams flowing", flowing, rounds);
	EXPECT_LE(rounds, 2 * flowing);
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
	/* Nothing ran into the retired device, and nothing outlived a graph. */
	ASSERT_EQ(0, sh("dmesg | sed -n '/%s/,$p' > /tmp/unbind.log", UNBIND_MARK));
	ASSERT_EQ(0, sh("grep -q '%s' /tmp/unbind.log", UNBIND_MARK));
	EXPECT_NE(0, sh("grep -E 'outlived|still exist|device is gone' %s | sed 's/^/# /' | grep .",
			"/tmp/unbind.log"));
}

TEST_HARNESS_MAIN
