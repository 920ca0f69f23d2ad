// SPDX-License-Identifier: GPL-2.0
/*
 * The RTL-8139 driver server as a Linux network interface: bound through
 * the driver database to QEMU's rtl8139, configured with ip, reaching the
 * QEMU user-network gateway with ping, then unloaded cleanly.
 */
#include <dirent.h>
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

static int sh(const char *fmt, const char *ifname)
{
	char cmd[512];

	snprintf(cmd, sizeof(cmd), fmt, ifname, ifname, ifname);
	return system(cmd);
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
}

TEST_F(net, ping_gateway)
{
	ASSERT_EQ(0, sh("ip link set %s up && ip addr add 10.0.2.15/24 dev %s", self->ifname));
	EXPECT_EQ(0, sh("ping -c 5 -W 5 10.0.2.2 > /dev/null # %s %s %s", self->ifname));
	/* Counted by the netdev server: at least the five echo requests. */
	EXPECT_EQ(0, sh("test $(cat /sys/class/net/%s/statistics/tx_packets) -ge 5 # %s %s",
			self->ifname));
	EXPECT_EQ(0, sh("test $(cat /sys/class/net/%s/statistics/rx_packets) -ge 5 # %s %s",
			self->ifname));
	if (!system("command -v ethtool > /dev/null"))
		EXPECT_EQ(0, sh("ethtool -i %s | grep -q 'driver: bss' # %s %s", self->ifname));
	EXPECT_EQ(0, sh("ip link set %s down # %s %s", self->ifname));
}

TEST_HARNESS_MAIN
