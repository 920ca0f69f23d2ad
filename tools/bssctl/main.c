// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl: inspect and drive the BSS server runtime through /dev/bss.
 * Command line shape after bpftool: bssctl [OPTIONS] OBJECT { COMMAND | help }.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <linux/bss.h>

#include "bssctl.h"

bool json_output;
bool pretty_output;
struct json_writer *json_wtr;
const char *bin_name;
static int dev_fd = -1;

/* The one error path: every failure is reported here, text or JSON. */
int bss_err(int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (json_wtr) {
		char msg[512];

		vsnprintf(msg, sizeof(msg), fmt, ap);
		jsonw_start_object(json_wtr);
		jsonw_string_field(json_wtr, "error", msg);
		if (err)
			jsonw_string_field(json_wtr, "errno", strerror(err));
		jsonw_end_object(json_wtr);
	} else {
		fprintf(stderr, "Error: ");
		vfprintf(stderr, fmt, ap);
		if (err)
			fprintf(stderr, ": %s", strerror(err));
		fputc('\n', stderr);
	}
	va_end(ap);
	return -1;
}

bool is_prefix(const char *pfx, const char *str)
{
	return *pfx && !strncmp(str, pfx, strlen(pfx));
}

/* Help is text on stderr; in JSON mode it is a null, like bpftool's. */
bool help_json(void)
{
	if (json_output)
		jsonw_null(json_wtr);
	return json_output;
}

int parse_u32(const char *s, unsigned int *v, const char *what)
{
	unsigned long long x;
	char *end;

	errno = 0;
	x = strtoull(s, &end, 0);
	if (errno || *end || !*s || *s == '-' || x > 0xffffffffULL)
		return bss_err(0, "%s '%s' is not a number", what, s);
	*v = x;
	return 0;
}

int cmd_select(const struct cmd *cmds, int argc, char **argv,
	       int (*help)(int argc, char **argv))
{
	const struct cmd *c;

	if (argc < 1)
		return help(argc, argv);
	for (c = cmds; c->name; c++)
		if (is_prefix(argv[0], c->name))
			return c->func(argc - 1, argv + 1);
	if (!json_output)
		help(argc - 1, argv + 1);
	return bss_err(0, "unknown command '%s'", argv[0]);
}

int bss_dev_open(void)
{
	if (dev_fd >= 0)
		return dev_fd;
	dev_fd = open("/dev/bss", O_RDWR | O_CLOEXEC);
	if (dev_fd < 0)
		return bss_err(errno, "cannot open /dev/bss (is bss.ko loaded?)");
	return dev_fd;
}

int bss_dev_ioctl(unsigned long req, void *arg, const char *what)
{
	int fd = bss_dev_open();

	if (fd < 0)
		return -1;
	if (ioctl(fd, req, arg) < 0)
		return bss_err(errno, "%s", what);
	return 0;
}

/*
 * Fetch a whole list, growing the buffer until it fits. A NULL @what makes
 * it quiet: the caller can do without the list.
 */
int bss_list(unsigned long req, unsigned int id, size_t entsize, void **out,
	     unsigned int *count, const char *what)
{
	struct bss_list l = { .size = sizeof(l), .id = id, .entsize = entsize };
	unsigned int cap = 16;
	void *buf = NULL;
	int fd, err;

	fd = what ? bss_dev_open() : dev_fd;
	if (fd < 0)
		return -1;
	for (;;) {
		free(buf);
		buf = calloc(cap, entsize);
		if (!buf)
			return what ? bss_err(ENOMEM, "%s", what) : -1;
		l.count = cap;
		l.buf = (unsigned long)buf;
		if (ioctl(fd, req, &l) < 0) {
			err = errno;
			free(buf);
			return what ? bss_err(err, "%s", what) : -1;
		}
		if (l.count <= cap)
			break;
		cap = l.count;
	}
	*out = buf;
	*count = l.count;
	return 0;
}

static int do_help(int argc, char **argv)
{
	if (help_json())
		return 0;
	fprintf(stderr,
		"Usage: %s [OPTIONS] OBJECT { COMMAND | help }\n"
		"       %s [OPTIONS] call ID FN [ARG...]\n"
		"       %s [OPTIONS] version\n"
		"       %s bind PCI-ADDRESS\n"
		"       %s unbind PCI-ADDRESS\n"
		"       %s help\n"
		"\n"
		"       OBJECT := { image | instance | ref | graph | error | runtime }\n"
		"       OPTIONS := { {-j|--json} [{-p|--pretty}] | {-h|--help} | {-V|--version} }\n"
		"\n"
		"See '%s OBJECT help' for the commands of each object and bssctl(8).\n",
		bin_name, bin_name, bin_name, bin_name, bin_name, bin_name, bin_name);
	return 0;
}

static const struct cmd top_cmds[] = {
	{ "help",	do_help },
	{ "version",	do_version },
	{ "image",	do_image },
	{ "instance",	do_instance },
	{ "ref",	do_ref },
	{ "call",	do_call },
	{ "graph",	do_graph },
	{ "error",	do_error },
	{ "bind",	do_bind },
	{ "unbind",	do_unbind },
	{ "runtime",	do_runtime },
	{ NULL }
};

static const struct option options[] = {
	{ "json",	no_argument,	NULL, 'j' },
	{ "pretty",	no_argument,	NULL, 'p' },
	{ "help",	no_argument,	NULL, 'h' },
	{ "version",	no_argument,	NULL, 'V' },
	{ NULL }
};

/*
 * Returns the index of OBJECT; *action is the first of -h and -V, and @bad
 * receives the first option not understood.
 */
static int parse_options(int argc, char **argv, int *action, char *bad,
			 size_t badlen)
{
	int opt;

	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+jphV", options, NULL)) >= 0) {
		switch (opt) {
		case 'p':
			pretty_output = true;
			json_output = true;
			break;
		case 'j':
			json_output = true;
			break;
		case 'h':
		case 'V':
			if (!*action)
				*action = opt;
			break;
		default:
			if (*bad)
				break;
			if (optopt && strncmp(argv[optind - 1], "--", 2))
				snprintf(bad, badlen, "-%c", optopt);
			else
				snprintf(bad, badlen, "%s", argv[optind - 1]);
			break;
		}
	}
	return optind;
}

int main(int argc, char **argv)
{
	int ret, first, action = 0;
	char bad[32] = "";

	bin_name = "bssctl";
	first = parse_options(argc, argv, &action, bad, sizeof(bad));
	if (json_output) {
		json_wtr = jsonw_new(stdout, pretty_output);
		if (!json_wtr)
			return 1;
	}
	if (*bad) {
		if (!json_output)
			do_help(0, NULL);
		ret = bss_err(0, "unrecognized option '%s'", bad);
	} else if (action == 'h') {
		ret = do_help(0, NULL);
	} else if (action == 'V') {
		ret = do_version(0, NULL);
	} else {
		ret = cmd_select(top_cmds, argc - first, argv + first, do_help);
	}
	jsonw_destroy(&json_wtr);
	if (dev_fd >= 0)
		close(dev_fd);
	return ret ? 1 : 0;
}
