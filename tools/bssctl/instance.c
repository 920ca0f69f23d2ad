// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl instance { create | destroy | show | list | fns } and bssctl ref
 * { show | list }: servers, their functions and the references between them.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <linux/bss.h>

#include "bssctl.h"

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
		if (parse_u32(argv[i], &c.bind[c.nbind++], "bind ID"))
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

	if (argc < 1 || argc > 2)
		return bss_err(0, "usage: instance destroy ID [force]");
	if (parse_u32(argv[0], &d.id, "instance ID"))
		return -1;
	if (argc == 2 && strcmp(argv[1], "force"))
		return bss_err(0, "expected 'force', got '%s'", argv[1]);
	if (argc == 2)
		d.flags = BSS_DESTROY_FORCE;
	if (bss_dev_open() < 0)
		return -1;
	if (ioctl(bss_dev_open(), BSS_IOC_INSTANCE_DESTROY, &d))
		return bss_err(errno, "instance destroy %u: %s", d.id, d.msg);
	if (json_output)
		jsonw_null(json_wtr);
	return 0;
}

static void show_one(const struct bss_instance_info *i)
{
	if (!json_output) {
		printf("%u: image %s service %s (0x%x) refcount %u perm %u%s%s%s",
		       i->id, i->image, i->service, i->service_id, i->refcount,
		       i->nperm, i->flags & BSS_INSTANCE_USER ? " user" : "",
		       i->flags & BSS_INSTANCE_LOCAL ? " local" : "",
		       i->flags & BSS_INSTANCE_DEAD ? " dead" : "");
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
	jsonw_bool_field(json_wtr, "dead", i->flags & BSS_INSTANCE_DEAD);
	jsonw_uint_field(json_wtr, "parent", i->parent);
	jsonw_end_object(json_wtr);
}

static int do_show(int argc, char **argv)
{
	struct bss_instance_info *info;
	unsigned int i, n, id = 0, shown = 0;

	if (argc > 1)
		return bss_err(0, "usage: instance { show | list } [ID]");
	if (argc && parse_u32(argv[0], &id, "instance ID"))
		return -1;
	if (bss_list(BSS_IOC_INSTANCE_LIST, 0, sizeof(*info), (void **)&info, &n,
		     "list instances"))
		return -1;
	for (i = 0; i < n && id; i++)
		shown += info[i].id == id;
	if (id && !shown) {
		free(info);
		return bss_err(0, "no instance %u", id);
	}
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

static void fn_show_one(const struct bss_fn_info *f, unsigned int idx)
{
	char args[BSS_ARGS * (KIND_NAME_LEN + 2)], kbuf[KIND_NAME_LEN];
	unsigned int i;

	if (!json_output) {
		fn_arg_list(f, args, sizeof(args));
		printf("%u %s(%s) -> %s\n", idx, f->name, args,
		       kind_name(f->ret, f->ret_svc, kbuf));
		return;
	}
	jsonw_start_object(json_wtr);
	jsonw_uint_field(json_wtr, "index", idx);
	jsonw_string_field(json_wtr, "name", f->name);
	jsonw_name(json_wtr, "args");
	jsonw_start_array(json_wtr);
	for (i = 0; i < f->nargs && i < BSS_ARGS; i++)
		if (f->arg[i] != KIND_SIZE)
			jsonw_string(json_wtr, kind_name(f->arg[i], f->arg_svc[i], kbuf));
	jsonw_end_array(json_wtr);
	jsonw_string_field(json_wtr, "ret", kind_name(f->ret, f->ret_svc, kbuf));
	jsonw_end_object(json_wtr);
}

static int do_fns(int argc, char **argv)
{
	struct fn_table t;
	unsigned int i, id;

	if (argc != 1)
		return bss_err(0, "usage: instance { fns | functions } ID");
	if (parse_u32(argv[0], &id, "instance ID") || fn_table_get(&t, id))
		return -1;
	if (json_output)
		jsonw_start_array(json_wtr);
	for (i = 0; i < t.n; i++)
		fn_show_one(&t.fns[i], i);
	if (json_output)
		jsonw_end_array(json_wtr);
	fn_table_free(&t);
	return 0;
}

static int do_help(int argc, char **argv)
{
	if (help_json())
		return 0;
	fprintf(stderr,
		"Usage: %s instance create IMAGE [bind ID...]\n"
		"       %s instance destroy ID [force]\n"
		"       %s instance { show | list } [ID]\n"
		"       %s instance { fns | functions } ID\n"
		"       %s instance help\n",
		bin_name, bin_name, bin_name, bin_name, bin_name);
	return 0;
}

static const struct cmd cmds[] = {
	{ "create",	do_create },
	{ "destroy",	do_destroy },
	{ "show",	do_show },
	{ "list",	do_show },
	{ "fns",	do_fns },
	{ "functions",	do_fns },
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
	char what[48];

	if (argc != 1)
		return bss_err(0, "usage: ref { show | list } ID");
	if (parse_u32(argv[0], &id, "instance ID"))
		return -1;
	snprintf(what, sizeof(what), "references of instance %u", id);
	if (bss_list(BSS_IOC_REF_LIST, id, sizeof(*r), (void **)&r, &n, what))
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
	if (help_json())
		return 0;
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
