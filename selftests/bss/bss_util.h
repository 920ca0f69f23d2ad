/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers shared by the BSS selftests: /dev/bss, loading server modules
 * from /lib/bss like `bssctl image load`, instances and calls.
 */
#ifndef _BSS_SELFTEST_UTIL_H
#define _BSS_SELFTEST_UTIL_H

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/bss.h>

#define BSS_DIR "/lib/bss/"
static inline int bss_fd(void)
{
	static int fd = -1;

	if (fd < 0)
		fd = open("/dev/bss", O_RDWR);
	return fd;
}

static inline int image_check(const char *path, struct bss_image_check *c)
{
	static char buf[8 << 20];
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = read(fd, buf, sizeof(buf));
	close(fd);
	memset(c, 0, sizeof(*c));
	c->size = sizeof(*c);
	c->len = n;
	c->data = (unsigned long)buf;
	return ioctl(bss_fd(), BSS_IOC_IMAGE_CHECK, c) ? -errno : 0;
}

/* Load like bssctl image load: check, then finit_module. */
static inline int load(const char *name)
{
	struct bss_image_check c;
	char path[128];
	int fd, ret;

	snprintf(path, sizeof(path), BSS_DIR "%s.ko", name);
	ret = image_check(path, &c);
	if (ret)
		return ret;
	fd = open(path, O_RDONLY);
	ret = syscall(SYS_finit_module, fd, "", 0) ? -errno : 0;
	close(fd);
	return ret == -EEXIST ? 0 : ret;
}

static inline unsigned int create(const char *image, int nbind, unsigned int *bind)
{
	struct bss_instance_create c = { .size = sizeof(c), .nbind = nbind };

	snprintf(c.image, sizeof(c.image), "%s", image);
	memcpy(c.bind, bind, nbind * sizeof(*bind));
	return ioctl(bss_fd(), BSS_IOC_INSTANCE_CREATE, &c) ? 0 : c.id;
}

static inline int destroy(unsigned int id)
{
	struct bss_instance_destroy d = { .size = sizeof(d), .id = id };

	return ioctl(bss_fd(), BSS_IOC_INSTANCE_DESTROY, &d) ? -errno : 0;
}

static inline int call(unsigned int id, unsigned int fn, __u64 *ret, int n, ...)
{
	struct bss_call c = { .size = sizeof(c), .id = id, .fn = fn, .nargs = n };
	va_list ap;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		c.args[i] = va_arg(ap, __u64);
	va_end(ap);
	if (ioctl(bss_fd(), BSS_IOC_CALL, &c))
		return -errno;
	if (ret)
		*ret = c.ret;
	return 0;
}

static inline int info(unsigned int id, struct bss_instance_info *out)
{
	struct bss_instance_info all[256];
	struct bss_list l = { .size = sizeof(l), .count = 256,
			      .entsize = sizeof(all[0]), .buf = (unsigned long)all };
	unsigned int i;

	if (ioctl(bss_fd(), BSS_IOC_INSTANCE_LIST, &l))
		return -errno;
	for (i = 0; i < l.count && i < 256; i++) {
		if (all[i].id == id) {
			*out = all[i];
			return 0;
		}
	}
	return -ENOENT;
}

static inline unsigned int refcount(unsigned int id)
{
	struct bss_instance_info i;

	return info(id, &i) ? 0 : i.refcount;
}

/* A call in another context; the message comes back in msg. */
static inline int call_in(unsigned int ctx, unsigned int id, unsigned int fn,
			  __u64 *ret, char *msg, int n, ...)
{
	struct bss_call c = { .size = sizeof(c), .id = id, .fn = fn, .nargs = n,
			      .context = ctx };
	va_list ap;
	int i, r;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		c.args[i] = va_arg(ap, __u64);
	va_end(ap);
	r = ioctl(bss_fd(), BSS_IOC_CALL, &c) ? -errno : 0;
	if (ret)
		*ret = c.ret;
	if (msg)
		snprintf(msg, BSS_MSG_LEN, "%s", c.msg);
	return r;
}

/* Load a graph from files under /lib/bss/conf; names[0] is the main file. */
static inline int graph_load(const char * const *names, int n, unsigned int *id,
			     char *msg)
{
	static char texts[BSS_GRAPH_FILES][4096];
	struct bss_graph_file f[BSS_GRAPH_FILES];
	struct bss_graph_load gl = { .size = sizeof(gl), .nfiles = n,
				     .files = (unsigned long)f };
	char path[256];
	int i, fd, r;

	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), BSS_DIR "conf/%s", names[i]);
		fd = open(path, O_RDONLY);
		if (fd < 0)
			return -errno;
		f[i].len = read(fd, texts[i], sizeof(texts[i]));
		close(fd);
		f[i].name = (unsigned long)names[i];
		f[i].text = (unsigned long)texts[i];
		f[i].pad = 0;
	}
	gl.id = 0;
	r = ioctl(bss_fd(), BSS_IOC_GRAPH_LOAD, &gl) ? -errno : 0;
	*id = gl.id;
	if (msg)
		snprintf(msg, BSS_MSG_LEN, "%s", gl.msg);
	return r;
}

static inline int graph_unload(unsigned int id, unsigned int *leaked)
{
	struct bss_graph_unload gu = { .size = sizeof(gu), .id = id };
	int r = ioctl(bss_fd(), BSS_IOC_GRAPH_UNLOAD, &gu) ? -errno : 0;

	if (leaked)
		*leaked = gu.leaked;
	return r;
}

/* The instance a graph made under NAME, or 0. */
static inline unsigned int graph_find(unsigned int graph, const char *name,
				      struct bss_graph_node *out)
{
	static struct bss_graph_node n[256];
	struct bss_list l = { .size = sizeof(l), .count = 256, .entsize = sizeof(n[0]),
			      .buf = (unsigned long)n };
	unsigned int i;

	if (ioctl(bss_fd(), BSS_IOC_GRAPH_LIST, &l))
		return 0;
	for (i = 0; i < l.count && i < 256; i++) {
		if ((!graph || n[i].graph == graph) && !strcmp(n[i].name, name)) {
			if (out)
				*out = n[i];
			return n[i].instance;
		}
	}
	return 0;
}

/* Write val to a sysfs file: 0 or -errno (what the store refused with). */
static inline int sysfs_write(const char *path, const char *val)
{
	int fd = open(path, O_WRONLY), r;

	if (fd < 0)
		return -errno;
	r = write(fd, val, strlen(val)) < 0 ? -errno : 0;
	close(fd);
	return r;
}

/* A number from a sysfs or debugfs file; 0 when it cannot be read. */
static inline long sysfs_read_long(const char *path)
{
	char buf[32] = "";
	int fd = open(path, O_RDONLY);

	if (fd >= 0) {
		if (read(fd, buf, sizeof(buf) - 1) < 0)
			buf[0] = 0;
		close(fd);
	}
	return strtol(buf, NULL, 10);
}

/*
 * The number of key=N on the kernel command line (bss.stress=20, say),
 * or def when the line has no such parameter.
 */
static inline long cmdline_long(const char *key, long def)
{
	char line[4096] = " ", *p, *q = line;
	int fd = open("/proc/cmdline", O_RDONLY);
	size_t klen = strlen(key);
	ssize_t n;

	if (fd < 0)
		return def;
	n = read(fd, line + 1, sizeof(line) - 2);
	close(fd);
	line[n > 0 ? n + 1 : 1] = 0;
	while ((p = strstr(q, key))) {
		q = p + klen;
		if ((p[-1] == ' ' || p[-1] == '\n') && *q == '=')
			return strtol(q + 1, NULL, 10);
	}
	return def;
}

/* Run bssctl ARGS; its stdout and stderr in out, its exit status back. */
static inline int run_bssctl(char *out, size_t len, const char *args)
{
	char cmd[512];
	size_t n = 0;
	FILE *p;
	int st;

	snprintf(cmd, sizeof(cmd), "bssctl %s 2>&1", args);
	p = popen(cmd, "r");
	if (!p)
		return -1;
	while (n + 1 < len && fgets(out + n, len - n, p))
		n += strlen(out + n);
	out[n] = 0;
	st = pclose(p);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

#endif /* _BSS_SELFTEST_UTIL_H */
