// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl call ID FN [ARG...]: call function FN (its index or name) of
 * instance ID, with the arguments checked against its signature first.
 * ARG is a number, @ID (or a bare ID) for a reference, in:TEXT or
 * inout:TEXT for a block read (and written) by the callee, or out:N for an
 * N-byte block it fills. bssctl runtime { show | list }: live counts.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>

#include "bssctl.h"

struct block {
	unsigned char *buf;
	unsigned long len;
	unsigned int kind;
	unsigned int argno;	/* user argument number, from 1 */
};

struct call_ctx {
	struct bss_call c;
	struct fn_table t;
	const struct bss_fn_info *f;
	struct block b[BSS_ARGS];
	unsigned int nb;
};

static bool parse_u64(const char *s, unsigned long long *v)
{
	char *end;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	*v = strtoull(s, &end, 0);
	return !errno && !*end;
}

static const char *fn_name(const struct call_ctx *x)
{
	static char name[2 * BSS_NAME_LEN];

	snprintf(name, sizeof(name), "%s.%s", x->t.service, x->f->name);
	return name;
}

static int arg_err(const struct call_ctx *x, unsigned int argno,
		   unsigned int ci, const char *arg, const char *want)
{
	char kbuf[KIND_NAME_LEN];

	return bss_err(0, "%s argument %u (%s): expected %s, got '%s'",
		       fn_name(x), argno,
		       kind_name(x->f->arg[ci], x->f->arg_svc[ci], kbuf), want, arg);
}

static int add_block(struct call_ctx *x, unsigned int ci, unsigned int argno,
		     const char *arg)
{
	static const char * const prefix[] = {
		[KIND_IN] = "in:", [KIND_OUT] = "out:", [KIND_INOUT] = "inout:",
	};
	static const char * const want[] = {
		[KIND_IN] = "in:TEXT", [KIND_OUT] = "out:N",
		[KIND_INOUT] = "inout:TEXT",
	};
	unsigned int kind = x->f->arg[ci];
	size_t plen = strlen(prefix[kind]);
	struct block *b = &x->b[x->nb];
	unsigned long long len;

	if (ci + 1 >= x->f->nargs || x->f->arg[ci + 1] != KIND_SIZE)
		return bss_err(0, "%s: block argument %u has no size", fn_name(x), argno);
	if (strncmp(arg, prefix[kind], plen))
		return arg_err(x, argno, ci, arg, want[kind]);
	if (kind == KIND_OUT) {
		if (!parse_u64(arg + plen, &len) || len > 0xffffffffULL)
			return arg_err(x, argno, ci, arg, "out:N (N bytes)");
		b->len = len;
		b->buf = calloc(1, b->len ?: 1);
	} else {
		b->len = strlen(arg + plen);
		b->buf = (unsigned char *)strdup(arg + plen);
	}
	if (!b->buf)
		return bss_err(ENOMEM, "%s argument %u", fn_name(x), argno);
	b->kind = kind;
	b->argno = argno;
	x->nb++;
	x->c.args[ci] = (unsigned long)b->buf;
	x->c.args[ci + 1] = b->len;
	return 0;
}

static int add_arg(struct call_ctx *x, unsigned int ci, unsigned int argno,
		   const char *arg)
{
	unsigned long long v;

	switch (x->f->arg[ci]) {
	case KIND_U32:
		if (!parse_u64(arg, &v) || v > 0xffffffffULL)
			return arg_err(x, argno, ci, arg, "a number below 2^32");
		break;
	case KIND_U64:
		if (!parse_u64(arg, &v))
			return arg_err(x, argno, ci, arg, "a number");
		break;
	case KIND_REF:
		if (!parse_u64(arg + (arg[0] == '@'), &v) || v > 0xffffffffULL)
			return arg_err(x, argno, ci, arg, "@ID (an instance ID)");
		break;
	case KIND_IN:
	case KIND_OUT:
	case KIND_INOUT:
		return add_block(x, ci, argno, arg);
	default:
		return bss_err(0, "%s: argument %u has unknown kind %u", fn_name(x),
			       argno, x->f->arg[ci]);
	}
	x->c.args[ci] = v;
	return 0;
}

static int check_count(const struct call_ctx *x, unsigned int given)
{
	char args[BSS_ARGS * (KIND_NAME_LEN + 2)];
	unsigned int n = fn_user_args(x->f);

	if (given == n)
		return 0;
	if (!n)
		return bss_err(0, "%s takes no arguments, %u given", fn_name(x), given);
	fn_arg_list(x->f, args, sizeof(args));
	return bss_err(0, "%s takes %u argument%s (%s), %u given", fn_name(x), n,
		       n == 1 ? "" : "s", args, given);
}

static void put_hex(const struct block *b)
{
	char *hex = malloc(2 * b->len + 1);
	unsigned long j;

	if (!hex) {
		/* Still print something sensible: the block, byte by byte. */
		printf("block %u: ", b->argno);
		for (j = 0; j < b->len; j++)
			printf("%02x", b->buf[j]);
		printf("\n");
		return;
	}
	hex[0] = 0;
	for (j = 0; j < b->len; j++)
		snprintf(hex + 2 * j, 3, "%02x", b->buf[j]);
	if (json_output)
		jsonw_string(json_wtr, hex);
	else
		printf("block %u: %s\n", b->argno, hex);
	free(hex);
}

static void print_result(const struct call_ctx *x)
{
	unsigned long long ret = x->c.ret;
	char kbuf[KIND_NAME_LEN];
	unsigned int i;

	if (json_output) {
		jsonw_start_object(json_wtr);
		if (x->f->ret == KIND_NONE) {
			jsonw_name(json_wtr, "ret");
			jsonw_null(json_wtr);
		} else {
			jsonw_uint_field(json_wtr, "ret", ret);
		}
		jsonw_string_field(json_wtr, "ret_kind",
				   kind_name(x->f->ret, x->f->ret_svc, kbuf));
		jsonw_name(json_wtr, "blocks");
		jsonw_start_array(json_wtr);
	} else if (x->f->ret == KIND_REF) {
		printf("ret @%llu\n", ret);
	} else if (x->f->ret != KIND_NONE) {
		printf("ret %llu\n", ret);
	}
	for (i = 0; i < x->nb; i++)
		if (x->b[i].kind != KIND_IN)
			put_hex(&x->b[i]);
	if (json_output) {
		jsonw_end_array(json_wtr);
		jsonw_end_object(json_wtr);
	}
}

static int call_fn(struct call_ctx *x, int argc, char **argv)
{
	unsigned int ci, argno = 0;
	int idx;

	if (parse_u32(argv[0], &x->c.id, "instance ID") || fn_table_get(&x->t, x->c.id))
		return -1;
	idx = fn_lookup(&x->t, argv[1]);
	if (idx < 0)
		return -1;
	x->f = &x->t.fns[idx];
	x->c.fn = idx;
	if (check_count(x, argc - 2))
		return -1;
	for (ci = 0; ci < x->f->nargs && ci < BSS_ARGS; ci++) {
		if (x->f->arg[ci] == KIND_SIZE)
			continue;
		argno++;
		if (add_arg(x, ci, argno, argv[argno + 1]))
			return -1;
	}
	x->c.nargs = x->f->nargs;
	if (ioctl(bss_dev_open(), BSS_IOC_CALL, &x->c))
		return bss_err(errno, "call %u %s: %s", x->c.id, fn_name(x),
			       x->c.msg[0] ? x->c.msg : "failed");
	print_result(x);
	return 0;
}

int do_call(int argc, char **argv)
{
	struct call_ctx *x;
	unsigned int i;
	int ret;

	if (argc < 2)
		return bss_err(0, "usage: call ID FN [ARG...]");
	x = calloc(1, sizeof(*x));
	if (!x)
		return bss_err(ENOMEM, "call");
	x->c.size = sizeof(x->c);
	ret = call_fn(x, argc, argv);
	for (i = 0; i < x->nb; i++)
		free(x->b[i].buf);
	fn_table_free(&x->t);
	free(x);
	return ret;
}

static int runtime_show(int argc, char **argv)
{
	struct bss_stats s = { .size = sizeof(s) };

	if (argc)
		return bss_err(0, "usage: runtime { show | list }");
	if (bss_dev_ioctl(BSS_IOC_STATS, &s, "BSS_IOC_STATS"))
		return -1;
	if (!json_output) {
		printf("images %u instances %u services %u calls %llu slots %u revokes %u\n",
		       s.images, s.instances, s.services, (unsigned long long)s.calls, s.slots,
		       s.revokes);
		return 0;
	}
	jsonw_start_object(json_wtr);
	jsonw_uint_field(json_wtr, "images", s.images);
	jsonw_uint_field(json_wtr, "instances", s.instances);
	jsonw_uint_field(json_wtr, "services", s.services);
	jsonw_uint_field(json_wtr, "calls", s.calls);
	jsonw_uint_field(json_wtr, "slots", s.slots);
	jsonw_uint_field(json_wtr, "revokes", s.revokes);
	jsonw_end_object(json_wtr);
	return 0;
}

static int runtime_help(int argc, char **argv)
{
	if (help_json())
		return 0;
	fprintf(stderr,
		"Usage: %s runtime { show | list }\n"
		"       %s runtime help\n",
		bin_name, bin_name);
	return 0;
}

static const struct cmd runtime_cmds[] = {
	{ "show",	runtime_show },
	{ "list",	runtime_show },
	{ "help",	runtime_help },
	{ NULL }
};

int do_runtime(int argc, char **argv)
{
	if (!argc)
		return runtime_show(0, NULL);
	return cmd_select(runtime_cmds, argc, argv, runtime_help);
}
