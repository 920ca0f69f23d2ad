// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl instance { create | destroy | show } and bssctl ref show: servers
 * and the references between them.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <linux/bss.h>

#include "bssctl.h"

static int parse_u32(const char *s, unsigned int *v)
{
	char *end;
	unsigned long x;

	errno = 0;
	x = strtoul(s, &end, 0);
	if (errno || *end || !*s || x > 0xffffffffUL)
		return bss_err(EINVAL, "'%s' is not a number", s);
	*v = x;
	return 0;
}

static int do_create(int argc, char **argv)
{
	struct bss_instance_create c = { .size = sizeof(c) };
	int i;

	if (argc < 1)
		return bss_err(0, "usage: instance create IMAGE [bind ID...]");
	snprintf(c.image, sizeof(c.image), "%s", argv[0]);
	if (argc > 1 && strcmp(argv[1], "bind"))
		return bss_err(0, "expected 'bind', got '%s'", argv[1]);
	for (i = 2; i < argc; i++) {
		if (c.nbind == 16)
			return bss_err(E2BIG, "at most 16 bindings");
		if (parse_u32(argv[i], &c.bind[c.nbind++]))
			return -1;
	}
	if (bss_dev_open() < 0)
		return -1;
	if (ioctl(bss_dev_open(), BSS_IOC_INSTANCE_CREATE, &c))
		return bss_err(errno, "instance create %s: %s", argv[0], c.msg);
	if (json_output) {
		jsonw_start_object(json_wtr);
		jsonw_uint_field(json_wtr, "id", c.id);
		jsonw_end_object(json_wtr);
	} else {
		printf("%u\n", c.id);
	}
	return 0;
}

static int do_destroy(int argc, char **argv)
{
	struct bss_instance_destroy d = { .size = sizeof(d) };

	if (argc != 1 || parse_u32(argv[0], &d.id))
		return bss_err(0, "usage: instance destroy ID");
	if (bss_dev_open() < 0)
		return -1;
	if (ioctl(bss_dev_open(), BSS_IOC_INSTANCE_DESTROY, &d))
		return bss_err(errno, "instance destroy %u: %s", d.id, d.msg);
	return 0;
}

static void show_one(const struct bss_instance_info *i)
{
	if (!json_output) {
		printf("%u: image %s service %s (0x%x) refcount %u perm %u%s%s",
		       i->id, i->image, i->service, i->service_id, i->refcount,
		       i->nperm, i->flags & BSS_INSTANCE_USER ? " user" : "",
		       i->flags & BSS_INSTANCE_LOCAL ? " local" : "");
		if (i->parent)
			printf(" parent %u", i->parent);
		printf("\n");
		return;
	}
	jsonw_start_object(json_wtr);
	jsonw_uint_field(json_wtr, "id", i->id);
	jsonw_string_field(json_wtr, "image", i->image);
	jsonw_string_field(json_wtr, "service", i->service);
	jsonw_uint_field(json_wtr, "service_id", i->service_id);
	jsonw_uint_field(json_wtr, "refcount", i->refcount);
	jsonw_uint_field(json_wtr, "nperm", i->nperm);
	jsonw_bool_field(json_wtr, "user", i->flags & BSS_INSTANCE_USER);
	jsonw_bool_field(json_wtr, "local", i->flags & BSS_INSTANCE_LOCAL);
	jsonw_uint_field(json_wtr, "parent", i->parent);
	jsonw_end_object(json_wtr);
}

static int do_show(int argc, char **argv)
{
	struct bss_instance_info *info;
	unsigned int i, n, id = 0;

	if (argc && parse_u32(argv[0], &id))
		return -1;
	if (bss_list(BSS_IOC_INSTANCE_LIST, 0, sizeof(*info), (void **)&info, &n))
		return -1;
	if (json_output)
		jsonw_start_array(json_wtr);
	for (i = 0; i < n; i++)
		if (!id || info[i].id == id)
			show_one(&info[i]);
	if (json_output)
		jsonw_end_array(json_wtr);
	free(info);
	return 0;
}

static int do_help(int argc, char **argv)
{
	fprintf(stderr,
		"Usage: %s instance create IMAGE [bind ID...]\n"
		"       %s instance destroy ID\n"
		"       %s instance { show | list } [ID]\n"
		"       %s instance help\n",
		bin_name, bin_name, bin_name, bin_name);
	return 0;
}

static const struct cmd cmds[] = {
	{ "create",	do_create },
	{ "destroy",	do_destroy },
	{ "show",	do_show },
	{ "list",	do_show },
	{ "help",	do_help },
	{ NULL }
};

int do_instance(int argc, char **argv)
{
	return cmd_select(cmds, argc, argv, do_help);
}

static int ref_show(int argc, char **argv)
{
	struct bss_ref_info *r;
	unsigned int i, n, id;

	if (argc != 1 || parse_u32(argv[0], &id))
		return bss_err(0, "usage: ref show ID");
	if (bss_list(BSS_IOC_REF_LIST, id, sizeof(*r), (void **)&r, &n))
		return -1;
	if (json_output)
		jsonw_start_array(json_wtr);
	for (i = 0; i < n; i++) {
		if (!json_output) {
			printf("%u -> %u%s%s\n", r[i].handle, r[i].target,
			       r[i].flags & BSS_REF_F_WEAK ? " weak" : "",
			       r[i].flags & BSS_REF_F_REQUIRED ? " required" : "");
			continue;
		}
		jsonw_start_object(json_wtr);
		jsonw_uint_field(json_wtr, "handle", r[i].handle);
		jsonw_uint_field(json_wtr, "target", r[i].target);
		jsonw_bool_field(json_wtr, "weak", r[i].flags & BSS_REF_F_WEAK);
		jsonw_bool_field(json_wtr, "required", r[i].flags & BSS_REF_F_REQUIRED);
		jsonw_end_object(json_wtr);
	}
	if (json_output)
		jsonw_end_array(json_wtr);
	free(r);
	return 0;
}

static int ref_help(int argc, char **argv)
{
	fprintf(stderr,
		"Usage: %s ref { show | list } ID\n"
		"       %s ref help\n",
		bin_name, bin_name);
	return 0;
}

static const struct cmd ref_cmds[] = {
	{ "show",	ref_show },
	{ "list",	ref_show },
	{ "help",	ref_help },
	{ NULL }
};

int do_ref(int argc, char **argv)
{
	return cmd_select(ref_cmds, argc, argv, ref_help);
}
