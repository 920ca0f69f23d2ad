// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver server as a Linux network interface: bound through
 * the driver database to QEMU's rtl8139, configured with ip, reaching the
 * QEMU user-network gateway with ping, then unloaded cleanly.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "kselftest_harness.h"

#include "bss_util.h"

/* The interface whose driver (ethtool -i) is bss, or "". */
static void bss_ifname(char *name, size_t len)
{
	struct dirent *d;
	char path[600], link[600];
	DIR *dir = opendir("/sys/class/net");
	ssize_t n;

	name[0] = 0;
	while (dir && (d = readdir(dir))) {
		snprintf(path, sizeof(path), "/sys/class/net/%s/device/driver", d->d_name);
		n = readlink(path, link, sizeof(link) - 1);
		if (n <= 0)
			continue;
		link[n] = 0;
		if (!strcmp(strrchr(link, '/') ?: link, "/bss"))
			snprintf(name, len, "%.*s", (int)len - 1, d->d_name);
	}
	if (dir)
		closedir(dir);
}

/* Run a shell command; %1$s in fmt is the interface name. */
static int sh(const char *fmt, const char *ifname)
{
	char cmd[1024];

	snprintf(cmd, sizeof(cmd), fmt, ifname);
	return system(cmd);
}

/* The host's iperf3 port (bss.iperf= on the kernel command line), or 0. */
static int iperf_port(void)
{
	char line[1024], *p;
	FILE *f = fopen("/proc/cmdline", "r");

	if (!f || !fgets(line, sizeof(line), f))
		line[0] = 0;
	if (f)
		fclose(f);
	p = strstr(line, "bss.iperf=");
	return p ? atoi(p + 10) : 0;
}

static int up(const char *ifname)
{
	return sh("ip link set %1$s up && ip addr add 10.0.2.15/24 dev %1$s && "
		  "ping -c 1 -W 5 10.0.2.2 > /dev/null", ifname);
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

	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
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

TEST_F(net, ping_gateway)
{
	ASSERT_EQ(0, up(self->ifname));
	EXPECT_EQ(0, sh("ping -c 5 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
	/* Counted by the netdev server: at least the five echo requests. */
	EXPECT_LE(5, counter(self->ifname, "tx_packets"));
	EXPECT_LE(5, counter(self->ifname, "rx_packets"));
	EXPECT_EQ(0, sh("ethtool -i %s | grep -q 'driver: bss'", self->ifname));
	EXPECT_EQ(0, sh("ethtool -i %s | grep -q 'firmware-version: server bss_rtl8139'",
			self->ifname));
	EXPECT_EQ(0, sh("ethtool %s | grep -q 'Link detected: yes'", self->ifname));
	EXPECT_EQ(0, sh("ethtool -S %s | grep -q rx_fifo", self->ifname));
	EXPECT_EQ(0, sh("ethtool -s %1$s msglvl 7 && ethtool %1$s | grep -q 0x00000007",
			self->ifname));
}

/* ICMP payloads that make frames of 60 to 1514 bytes, odd lengths too. */
TEST_F(net, frame_sizes)
{
	static const int sizes[] = { 18, 19, 45, 100, 511, 999, 1000, 1471, 1472 };
	char cmd[128];
	unsigned int i;

	ASSERT_EQ(0, up(self->ifname));
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		snprintf(cmd, sizeof(cmd), "ping -c 2 -W 5 -s %d 10.0.2.2 | grep -q '%d bytes from'",
			 sizes[i], sizes[i] + 8);
		EXPECT_EQ(0, sh(cmd, self->ifname)) TH_LOG("payload %d", sizes[i]);
	}
}

TEST_F(net, iperf3_both_directions)
{
	char cmd[256];
	int port = iperf_port();

	if (!port)
		SKIP(return, "no iperf3 server on the host");
	ASSERT_EQ(0, up(self->ifname));
	snprintf(cmd, sizeof(cmd), "timeout 30 iperf3 -c 10.0.2.2 -p %d -t 2 > /dev/null # %%s",
		 port);
	EXPECT_EQ(0, sh(cmd, self->ifname));
	snprintf(cmd, sizeof(cmd), "timeout 30 iperf3 -c 10.0.2.2 -p %d -t 2 -R > /dev/null # %%s",
		 port);
	EXPECT_EQ(0, sh(cmd, self->ifname));
	EXPECT_LT(1000000, counter(self->ifname, "rx_bytes"));
	EXPECT_LT(1000000, counter(self->ifname, "tx_bytes"));
}

TEST_F(net, down_up_100)
{
	int i;

	ASSERT_EQ(0, up(self->ifname));
	for (i = 0; i < 100; i++)
		ASSERT_EQ(0, sh("ip link set %1$s down && ip link set %1$s up", self->ifname));
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
}

/* Unbind and rebind under traffic: a pinger runs throughout. */
TEST_F(net, unbind_rebind_20)
{
	char addr[64] = "", path[300], link[300];
	ssize_t n;
	int i;

	snprintf(path, sizeof(path), "/sys/class/net/%s/device", self->ifname);
	n = readlink(path, link, sizeof(link) - 1);
	ASSERT_LT(0, n);
	link[n] = 0;
	snprintf(addr, sizeof(addr), "%s", strrchr(link, '/') + 1);
	for (i = 0; i < 20; i++) {
		ASSERT_EQ(0, up(self->ifname));
		sh("(ping -i 0.05 -c 20 10.0.2.2 > /dev/null 2>&1 &) # %s", self->ifname);
		usleep(200000);
		ASSERT_EQ(0, sh("echo %s > /sys/bus/pci/drivers/bss/unbind", addr));
		ASSERT_EQ(0, sh("echo %s > /sys/bus/pci/drivers/bss/bind", addr));
		bss_ifname(self->ifname, sizeof(self->ifname));
		ASSERT_NE(0, self->ifname[0]);
	}
	ASSERT_EQ(0, up(self->ifname));
	EXPECT_EQ(0, sh("ping -c 2 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
}

/* A UDP flood from the host overruns the ring: drops, counted, no livelock. */
TEST_F(net, flood_without_livelock)
{
	char cmd[256];
	int port = iperf_port();

	if (!port)
		SKIP(return, "no iperf3 server on the host");
	ASSERT_EQ(0, up(self->ifname));
	snprintf(cmd, sizeof(cmd),
		 "timeout 30 iperf3 -c 10.0.2.2 -p %d -u -b 0 -l 1400 -t 3 -R > /dev/null # %%s",
		 port);
	EXPECT_EQ(0, sh(cmd, self->ifname));
	EXPECT_LT(1000, counter(self->ifname, "rx_packets"));
	/* Still answering at once. */
	EXPECT_EQ(0, sh("ping -c 3 -W 5 10.0.2.2 > /dev/null # %s", self->ifname));
	TH_LOG("rx_packets %llu rx_fifo_errors %llu", counter(self->ifname, "rx_packets"),
	       counter(self->ifname, "rx_fifo_errors"));
}

TEST_HARNESS_MAIN
