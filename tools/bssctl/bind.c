// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl bind | unbind PCI-ADDRESS, and bssctl error show. Binding goes
 * through the driver core's own sysfs files: a device held by another
 * driver is released first, then offered to bss by driver_override.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <linux/bss.h>

#include "bssctl.h"

#define PCI_DEV "/sys/bus/pci/devices/"

static int sysfs_write(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = write(fd, val, strlen(val));
	close(fd);
	return n < 0 ? -errno : 0;
}

static int check_addr(const char *addr)
{
	char path[256];

	if (strlen(addr) > 32 || strchr(addr, '/'))
		return bss_err(EINVAL, "'%s' is not a PCI address (like 0000:00:03.0)", addr);
	snprintf(path, sizeof(path), PCI_DEV "%s", addr);
	if (access(path, F_OK))
		return bss_err(ENODEV, "no PCI device %s", addr);
	return 0;
}

static int unbind_any(const char *addr)
{
	char path[256];
	int ret;

	snprintf(path, sizeof(path), PCI_DEV "%s/driver/unbind", addr);
	ret = sysfs_write(path, addr);
	return ret == -ENOENT ? 0 : ret;
}

int do_bind(int argc, char **argv)
{
	char path[256];
	int ret;

	if (argc != 1)
		return bss_err(0, "usage: bind PCI-ADDRESS");
	if (check_addr(argv[0]))
		return -1;
	ret = unbind_any(argv[0]);
	if (ret)
		return bss_err(-ret, "%s: cannot release it from its driver", argv[0]);
	snprintf(path, sizeof(path), PCI_DEV "%s/driver_override", argv[0]);
	ret = sysfs_write(path, "bss");
	if (!ret)
		ret = sysfs_write("/sys/bus/pci/drivers/bss/bind", argv[0]);
	if (ret)
		return bss_err(-ret, "%s: bss did not take it (no driver entry? see dmesg)",
			       argv[0]);
	return 0;
}

int do_unbind(int argc, char **argv)
{
	char path[256];
	int ret;

	if (argc != 1)
		return bss_err(0, "usage: unbind PCI-ADDRESS");
	if (check_addr(argv[0]))
		return -1;
	snprintf(path, sizeof(path), PCI_DEV "%s/driver_override", argv[0]);
	sysfs_write(path, "\n");
	ret = sysfs_write("/sys/bus/pci/drivers/bss/unbind", argv[0]);
	if (ret)
		return bss_err(-ret, "%s: not bound to bss", argv[0]);
	return 0;
}

static int error_show(int argc, char **argv)
{
	struct bss_error_info *e;
	unsigned int i, n;

	if (argc)
		return bss_err(0, "usage: error { show | list }");
	if (bss_list(BSS_IOC_ERROR_LIST, 0, sizeof(*e), (void **)&e, &n, "error log"))
		return -1;
	if (json_output)
		jsonw_start_array(json_wtr);
	for (i = 0; i < n && i < 64; i++) {
		if (!json_output) {
			printf("%llu: error %u errno %d in %s (instance %u): %s\n",
			       (unsigned long long)e[i].seq, e[i].id, e[i].err,
			       e[i].image, e[i].instance, e[i].msg);
			continue;
		}
		jsonw_start_object(json_wtr);
		jsonw_uint_field(json_wtr, "seq", e[i].seq);
		jsonw_uint_field(json_wtr, "time_ns", e[i].time_ns);
		jsonw_uint_field(json_wtr, "id", e[i].id);
		jsonw_int_field(json_wtr, "errno", e[i].err);
		jsonw_string_field(json_wtr, "image", e[i].image);
		jsonw_uint_field(json_wtr, "instance", e[i].instance);
		jsonw_string_field(json_wtr, "msg", e[i].msg);
		jsonw_end_object(json_wtr);
	}
	if (json_output)
		jsonw_end_array(json_wtr);
	free(e);
	return 0;
}

static int error_help(int argc, char **argv)
{
	fprintf(stderr,
		"Usage: %s error { show | list }\n"
		"       %s error help\n",
		bin_name, bin_name);
	return 0;
}

static const struct cmd error_cmds[] = {
	{ "show",	error_show },
	{ "list",	error_show },
	{ "help",	error_help },
	{ NULL }
};

int do_error(int argc, char **argv)
{
	return cmd_select(error_cmds, argc, argv, error_help);
}
