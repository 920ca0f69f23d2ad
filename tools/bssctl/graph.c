// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl graph { load | unload | show }: configuration graphs. load reads
 * the file and every file it includes or names for drivers (found with the
 * same parser bss.ko uses), hands the bundle to the kernel, and when the
 * kernel names an image that is not loaded yet, loads NAME.ko from the
 * search path and tries again.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/bss.h>

#include "conf.h"
#include "bssctl.h"

#define MAX_RETRIES	32

struct bundle {
	unsigned int n;
	char names[BSS_GRAPH_FILES][BSS_CONF_PATH];
	char *texts[BSS_GRAPH_FILES];
	size_t lens[BSS_GRAPH_FILES];
	char base[PATH_MAX];		/* directory of the main file */
};

static int slurp(const char *path, char **text, size_t *len)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return bss_err(errno, "cannot open %s", path);
	if (fstat(fd, &st) || st.st_size > BSS_CONF_MAX_TEXT) {
		close(fd);
		return bss_err(EFBIG, "%s: not a file of at most %d bytes", path,
			       BSS_CONF_MAX_TEXT);
	}
	*len = st.st_size;
	*text = malloc(*len + 1);
	if (!*text || read(fd, *text, *len) != (ssize_t)*len) {
		close(fd);
		return bss_err(EIO, "cannot read %s", path);
	}
	close(fd);
	return 0;
}

static bool have(struct bundle *b, const char *name)
{
	unsigned int i;

	for (i = 0; i < b->n; i++)
		if (!strcmp(b->names[i], name))
			return true;
	return false;
}

static void join(char *out, size_t len, const char *file, const char *path)
{
	const char *slash = strrchr(file, '/');
	int dirlen = slash ? (int)(slash - file + 1) : 0;

	while (!strncmp(path, "./", 2))
		path += 2;
	snprintf(out, len, "%.*s%s", dirlen, file, path);
}

/* Add NAME (relative to the main file's directory) and what it names. */
static int add_file(struct bundle *b, const char *name)
{
	char path[PATH_MAX + BSS_CONF_PATH], msg[BSS_MSG_LEN], sub[BSS_CONF_PATH];
	struct bss_conf *conf;
	unsigned int i, me;

	if (have(b, name))
		return 0;
	if (b->n == BSS_GRAPH_FILES)
		return bss_err(E2BIG, "more than %d configuration files", BSS_GRAPH_FILES);
	me = b->n++;
	snprintf(b->names[me], sizeof(b->names[me]), "%s", name);
	snprintf(path, sizeof(path), "%s/%s", b->base, name);
	if (slurp(path, &b->texts[me], &b->lens[me]))
		return -1;
	if (bss_conf_parse(b->texts[me], b->lens[me], name, &conf, msg, sizeof(msg)))
		return bss_err(EINVAL, "%s", msg);
	for (i = 0; i < conf->nstmts; i++) {
		if (conf->stmts[i].kind != BSS_CONF_INCLUDE &&
		    conf->stmts[i].kind != BSS_CONF_DRIVER)
			continue;
		join(sub, sizeof(sub), name, conf->stmts[i].path);
		if (add_file(b, sub)) {
			bss_conf_free(conf);
			return -1;
		}
	}
	bss_conf_free(conf);
	return 0;
}

/* The kernel named a missing image: find NAME.ko and load it. */
static int load_missing(struct bundle *b, const char *image, const char *searchpath)
{
	char dirs[PATH_MAX * 2], def[PATH_MAX], path[PATH_MAX];

	snprintf(dirs, sizeof(dirs), "%s:%s:%s", searchpath ? searchpath : "", b->base,
		 bss_image_path(def, sizeof(def)));
	if (bss_image_find(dirs, image, path, sizeof(path)))
		return bss_err(ENOENT, "image %s: no %s.ko in %s", image, image, dirs);
	return bss_image_load_file(path, true);
}

static int submit(struct bundle *b, const char *searchpath, unsigned int *id)
{
	struct bss_graph_file files[BSS_GRAPH_FILES];
	struct bss_graph_load gl = { .size = sizeof(gl) };
	unsigned int i, tries;

	for (i = 0; i < b->n; i++) {
		files[i].name = (unsigned long)b->names[i];
		files[i].text = (unsigned long)b->texts[i];
		files[i].len = b->lens[i];
		files[i].pad = 0;
	}
	gl.nfiles = b->n;
	gl.files = (unsigned long)files;
	for (tries = 0; tries < MAX_RETRIES; tries++) {
		gl.missing[0] = 0;
		gl.msg[0] = 0;
		if (!ioctl(bss_dev_open(), BSS_IOC_GRAPH_LOAD, &gl)) {
			*id = gl.id;
			return 0;
		}
		/* Refused before the runtime read it (EPERM): no message. */
		if (errno != ENOENT || !gl.missing[0])
			return bss_err(errno, "graph load: %s", gl.msg[0] ? gl.msg : b->names[0]);
		if (load_missing(b, gl.missing, searchpath))
			return -1;
	}
	return bss_err(ELOOP, "graph load: gave up after %d image loads", MAX_RETRIES);
}

static int do_load(int argc, char **argv)
{
	const char *searchpath = NULL, *file;
	struct bundle *b;
	unsigned int id = 0, i;
	char *slash;
	int ret;

	if (argc == 3 && !strcmp(argv[1], "path")) {
		searchpath = argv[2];
		argc = 1;
	}
	if (argc != 1)
		return bss_err(0, "usage: graph load FILE [path DIR[:DIR...]]");
	if (bss_dev_open() < 0)
		return -1;
	b = calloc(1, sizeof(*b));
	if (!b)
		return bss_err(ENOMEM, "graph load");
	snprintf(b->base, sizeof(b->base), "%s", argv[0]);
	slash = strrchr(b->base, '/');
	file = slash ? argv[0] + (slash - b->base) + 1 : argv[0];
	if (slash)
		*slash = 0;
	else
		strcpy(b->base, ".");
	ret = add_file(b, file) ?: submit(b, searchpath, &id);
	for (i = 0; i < b->n; i++)
		free(b->texts[i]);
	free(b);
	if (ret)
		return ret;
	if (json_output) {
		jsonw_start_object(json_wtr);
		jsonw_uint_field(json_wtr, "graph", id);
		jsonw_end_object(json_wtr);
	} else {
		printf("graph %u\n", id);
	}
	return 0;
}

static int do_unload(int argc, char **argv)
{
	struct bss_graph_unload gu = { .size = sizeof(gu) };
	char *end;

	if (argc != 1)
		return bss_err(0, "usage: graph unload ID");
	gu.id = strtoul(argv[0], &end, 0);
	if (*end || !*argv[0])
		return bss_err(EINVAL, "'%s' is not a graph ID", argv[0]);
	if (bss_dev_open() < 0)
		return -1;
	if (ioctl(bss_dev_open(), BSS_IOC_GRAPH_UNLOAD, &gu))
		return bss_err(errno, "graph unload %u: %s", gu.id, gu.msg);
	if (gu.leaked)
		return bss_err(EBUSY, "graph %u unloaded; %u of its servers are still referenced",
			       gu.id, gu.leaked);
	if (json_output)
		jsonw_null(json_wtr);
	return 0;
}

static void show_text(const struct bss_graph_node *n, unsigned int cnt)
{
	unsigned int i, j, graph = 0;

	for (i = 0; i < cnt; i++) {
		if (n[i].graph != graph) {
			graph = n[i].graph;
			printf("graph %u\n", graph);
		}
		printf("  %s%u %s (%s:%u)%s%s", n[i].flags & BSS_GRAPH_ROOT ? "* " : "  ",
		       n[i].instance, n[i].name, n[i].file, n[i].line,
		       n[i].flags & BSS_GRAPH_SHARED ? " shared" : "",
		       n[i].nbind ? " ->" : "");
		for (j = 0; j < n[i].nbind && j < 16; j++)
			printf(" %u", n[i].bind[j]);
		printf("\n");
	}
}

static void show_dot(const struct bss_graph_node *n, unsigned int cnt)
{
	unsigned int i, j;

	printf("digraph bss {\n\tnode [shape=box];\n");
	for (i = 0; i < cnt; i++) {
		printf("\ti%u [label=\"%s\\n#%u\"%s];\n", n[i].instance, n[i].name,
		       n[i].instance, n[i].flags & BSS_GRAPH_ROOT ? ", style=bold" : "");
		for (j = 0; j < n[i].nbind && j < 16; j++)
			printf("\ti%u -> i%u;\n", n[i].instance, n[i].bind[j]);
	}
	printf("}\n");
}

static void show_json(const struct bss_graph_node *n, unsigned int cnt)
{
	unsigned int i, j;

	jsonw_start_array(json_wtr);
	for (i = 0; i < cnt; i++) {
		jsonw_start_object(json_wtr);
		jsonw_uint_field(json_wtr, "graph", n[i].graph);
		jsonw_uint_field(json_wtr, "instance", n[i].instance);
		jsonw_string_field(json_wtr, "name", n[i].name);
		jsonw_string_field(json_wtr, "file", n[i].file);
		jsonw_uint_field(json_wtr, "line", n[i].line);
		jsonw_bool_field(json_wtr, "root", n[i].flags & BSS_GRAPH_ROOT);
		jsonw_bool_field(json_wtr, "shared", n[i].flags & BSS_GRAPH_SHARED);
		jsonw_name(json_wtr, "bind");
		jsonw_start_array(json_wtr);
		for (j = 0; j < n[i].nbind && j < 16; j++)
			jsonw_uint(json_wtr, n[i].bind[j]);
		jsonw_end_array(json_wtr);
		jsonw_end_object(json_wtr);
	}
	jsonw_end_array(json_wtr);
}

static int do_show(int argc, char **argv)
{
	struct bss_graph_node *n;
	unsigned int cnt;
	bool dot = argc == 1 && !strcmp(argv[0], "--dot");

	if (argc && !dot)
		return bss_err(0, "usage: graph show [--dot]");
	if (bss_list(BSS_IOC_GRAPH_LIST, 0, sizeof(*n), (void **)&n, &cnt, "graphs"))
		return -1;
	if (json_output)
		show_json(n, cnt);
	else if (dot)
		show_dot(n, cnt);
	else
		show_text(n, cnt);
	free(n);
	return 0;
}

static int do_help(int argc, char **argv)
{
	fprintf(stderr,
		"Usage: %s graph load FILE [path DIR[:DIR...]]\n"
		"       %s graph unload ID\n"
		"       %s graph { show | list } [--dot]\n"
		"       %s graph help\n",
		bin_name, bin_name, bin_name, bin_name);
	return 0;
}

static const struct cmd cmds[] = {
	{ "load",	do_load },
	{ "unload",	do_unload },
	{ "show",	do_show },
	{ "list",	do_show },
	{ "help",	do_help },
	{ NULL }
};

int do_graph(int argc, char **argv)
{
	return cmd_select(cmds, argc, argv, do_help);
}
