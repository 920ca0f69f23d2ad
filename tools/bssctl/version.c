// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl version: the tool's and the running module's versions.
 */
#include <linux/bss.h>

#include "bssctl.h"

int do_version(int argc, char **argv)
{
	struct bss_version v = { .size = sizeof(v) };

	if (argc)
		return bss_err(0, "'version' takes no arguments");
	if (bss_dev_ioctl(BSS_IOC_VERSION, &v, "BSS_IOC_VERSION"))
		return -1;
	if (json_output) {
		jsonw_start_object(json_wtr);
		jsonw_string_field(json_wtr, "bssctl", BSSCTL_VERSION);
		jsonw_name(json_wtr, "module");
		jsonw_start_object(json_wtr);
		jsonw_uint_field(json_wtr, "major", v.major);
		jsonw_uint_field(json_wtr, "minor", v.minor);
		jsonw_uint_field(json_wtr, "patch", v.patch);
		jsonw_uint_field(json_wtr, "abi", v.abi);
		jsonw_string_field(json_wtr, "kernel", v.kernel);
		jsonw_end_object(json_wtr);
		jsonw_end_object(json_wtr);
		return 0;
	}
	printf("bssctl %s\n", BSSCTL_VERSION);
	printf("bss.ko %u.%u.%u (abi %u) on %s\n", v.major, v.minor, v.patch,
	       v.abi, v.kernel);
	return 0;
}
