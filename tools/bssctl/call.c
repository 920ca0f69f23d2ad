// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl call ID FN [ARG...]: call function FN (its index) of instance ID.
 * ARG is a number, @ID for a reference, in:TEXT or inout:TEXT for a block
 * read (and written) by the callee, or out:N for an N-byte block it fills.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <linux/bss.h>

#include "bssctl.h"

struct out_block {
	unsigned char *buf;
	unsigned long len;
};

static int add_block(struct bss_call *c, const char *arg, struct out_block *ob)
{
	const char *v = strchr(arg, ':') + 1;

	if (c->nargs + 2 > BSS_ARGS)
		return bss_err(E2BIG, "too many arguments");
	if (!strncmp(arg, "out:", 4)) {
		ob->len = strtoul(v, NULL, 0);
		ob->buf = calloc(1, ob->len ?: 1);
		if (!ob->buf)
			return bss_err(ENOMEM, "out block");
	} else {
		ob->len = strlen(v);
		ob->buf = (unsigned char *)strdup(v);
		if (!ob->buf)
			return bss_err(ENOMEM, "in block");
	}
	c->args[c->nargs++] = (unsigned long)ob->buf;
	c->args[c->nargs++] = ob->len;
	return 0;
}

static int add_arg(struct bss_call *c, const char *arg, struct out_block *ob)
{
	char *end;

	if (!strncmp(arg, "in:", 3) || !strncmp(arg, "out:", 4) ||
	    !strncmp(arg, "inout:", 6))
		return add_block(c, arg, ob);
	if (c->nargs >= BSS_ARGS)
		return bss_err(E2BIG, "too many arguments");
	errno = 0;
	c->args[c->nargs] = strtoull(arg + (arg[0] == '@'), &end, 0);
	if (errno || *end || !arg[arg[0] == '@'])
		return bss_err(EINVAL, "argument '%s' is not a number, @ID or block", arg);
	c->nargs++;
	return 0;
}

static void print_result(const struct bss_call *c, struct out_block *ob, int n)
{
	int i;
	unsigned long j;

	if (json_output) {
		jsonw_start_object(json_wtr);
		jsonw_uint_field(json_wtr, "ret", c->ret);
		jsonw_name(json_wtr, "blocks");
		jsonw_start_array(json_wtr);
	} else {
		printf("ret %llu\n", (unsigned long long)c->ret);
	}
	for (i = 0; i < n; i++) {
		char hex[2 * 256 + 1] = "";

		for (j = 0; j < ob[i].len && j < 256; j++)
			sprintf(hex + 2 * j, "%02x", ob[i].buf[j]);
		if (json_output)
			jsonw_string(json_wtr, hex);
		else
			printf("block %d: %s\n", i, hex);
	}
	if (json_output) {
		jsonw_end_array(json_wtr);
		jsonw_end_object(json_wtr);
	}
}

int do_call(int argc, char **argv)
{
	struct bss_call c = { .size = sizeof(c) };
	struct out_block ob[BSS_ARGS] = {};
	int i, nb = 0, ret = -1;

	if (argc < 2)
		return bss_err(0, "usage: call ID FN [ARG...]");
	c.id = strtoul(argv[0], NULL, 0);
	c.fn = strtoul(argv[1], NULL, 0);
	for (i = 2; i < argc; i++) {
		if (add_arg(&c, argv[i], &ob[nb]))
			goto out;
		if (ob[nb].buf)
			nb++;
	}
	if (bss_dev_open() < 0)
		goto out;
	if (ioctl(bss_dev_open(), BSS_IOC_CALL, &c)) {
		bss_err(errno, "call %u fn %u: %s", c.id, c.fn, c.msg);
		goto out;
	}
	print_result(&c, ob, nb);
	ret = 0;
out:
	for (i = 0; i < nb; i++)
		free(ob[i].buf);
	return ret;
}

int do_runtime(int argc, char **argv)
{
	struct bss_stats s = { .size = sizeof(s) };

	if (argc && !is_prefix(argv[0], "show") && !is_prefix(argv[0], "list"))
		return bss_err(0, "usage: runtime { show | list }");
	if (bss_dev_ioctl(BSS_IOC_STATS, &s, "BSS_IOC_STATS"))
		return -1;
	if (!json_output) {
		printf("images %u instances %u services %u calls %llu\n", s.images,
		       s.instances, s.services, (unsigned long long)s.calls);
		return 0;
	}
	jsonw_start_object(json_wtr);
	jsonw_uint_field(json_wtr, "images", s.images);
	jsonw_uint_field(json_wtr, "instances", s.instances);
	jsonw_uint_field(json_wtr, "services", s.services);
	jsonw_uint_field(json_wtr, "calls", s.calls);
	jsonw_end_object(json_wtr);
	return 0;
}
