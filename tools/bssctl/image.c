// SPDX-License-Identifier: GPL-2.0
/*
 * bssctl image { load | unload | show | list }: server files in and out.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <linux/bss.h>

#include "bssctl.h"

static int read_file(const char *path, void **buf, size_t *len)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return bss_err(errno, "cannot open %s", path);
	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || st.st_size > (8 << 20)) {
		close(fd);
		return bss_err(EFBIG, "%s: not a regular file of at most 8 MiB", path);
	}
	*len = st.st_size;
	*buf = malloc(*len ?: 1);
	if (!*buf || read(fd, *buf, *len) != (ssize_t)*len) {
		close(fd);
		free(*buf);
		return bss_err(EIO, "cannot read %s", path);
	}
	close(fd);
	return 0;
}

/*
 * The newest refusal bss.ko recorded for NAME. Its seq is 0 when a runtime
 * older than ABI 3 answered (it numbers nothing).
 */
static int last_refusal(const char *name, struct bss_load_error *le)
{
	memset(le, 0, sizeof(*le));
	le->size = sizeof(*le);
	snprintf(le->name, sizeof(le->name), "%s", name);
	return ioctl(bss_dev_open(), BSS_IOC_LOAD_ERROR, le) ? -1 : 0;
}

/* The first line of a small file of the kernel's, or "". */
static void read_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "re");

	buf[0] = 0;
	if (f && !fgets(buf, len, f))
		buf[0] = 0;
	if (f)
		fclose(f);
	buf[strcspn(buf, "\n")] = 0;
}

/* Whether the file ends in a module signature (scripts/sign-file's). */
static bool file_signed(const char *path)
{
	static const char marker[] = "~Module signature appended~\n";
	char tail[sizeof(marker) - 1];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	bool ret;

	if (fd < 0)
		return false;
	ret = lseek(fd, -(off_t)sizeof(tail), SEEK_END) >= 0 &&
	      read(fd, tail, sizeof(tail)) == (ssize_t)sizeof(tail) &&
	      !memcmp(tail, marker, sizeof(tail));
	close(fd);
	return ret;
}

/*
 * Why the module loader refused FILE before its init ran, as far as the
 * errno and the kernel's policy tell: module signatures and lockdown give
 * EKEYREJECTED (module.sig_enforce), EPERM (lockdown without it), ENOKEY,
 * EBADMSG, ENOPKG (a signature that cannot be checked).
 */
static const char *loader_cause(const char *file, int err, char *buf, size_t len)
{
	static const char not_signed[] = "the file is not signed";
	static const char enforced[] = "the kernel loads only signed modules (module.sig_enforce";
	static const char bad_sig[] = "its signature does not verify with a key the kernel trusts";
	bool sig = file_signed(file);
	char lockdown[128], enforce[8];
	const char *mode;

	read_line("/sys/kernel/security/lockdown", lockdown, sizeof(lockdown));
	read_line("/sys/module/module/parameters/sig_enforce", enforce, sizeof(enforce));
	mode = strchr(lockdown, '[');
	if (mode && !strncmp(mode, "[none]", 6))
		mode = NULL;
	switch (err) {
	case EKEYREJECTED:
	case ENOKEY:
	case EBADMSG:
	case ENOPKG:
	case EKEYEXPIRED:
	case EKEYREVOKED:
		if (sig)
			snprintf(buf, len, "%s (or the file changed after signing)", bad_sig);
		else
			snprintf(buf, len, "%s and %s=%s)", not_signed, enforced,
				 enforce[0] ? enforce : "?");
		return buf;
	case EPERM:
		if (!mode)
			break;
		snprintf(buf, len, "%s and the kernel is locked down (lockdown=%.*s)",
			 sig ? bad_sig : not_signed, (int)strcspn(mode + 1, "]"), mode + 1);
		return buf;
	}
	snprintf(buf, len, "see the kernel log");
	return buf;
}

/*
 * Why FILE (image NAME) did not load. bss.ko records why it refused an
 * image during its module init; a refusal that has a newer number than
 * the one before the load (PREV) is this load's. Otherwise the module
 * loader refused the file before any of it ran (its signature, lockdown,
 * vermagic), and an older refusal of the same name must not be taken for
 * the cause.
 */
static int load_refused(const char *file, const char *name, int err, __u32 prev)
{
	static const char loader[] = "refused by the kernel's module loader, before bss.ko saw it";
	struct bss_load_error le;
	char cause[192];

	if (!last_refusal(name, &le) && (!le.seq || le.seq != prev))
		return bss_err(-le.err, "%s: image %s refused: %s", file, name, le.msg);
	return bss_err(err, "%s: image %s %s: %s", file, name, loader,
		       loader_cause(file, err, cause, sizeof(cause)));
}

/* Check FILE with bss.ko, then hand it to the module loader. */
int bss_image_load_file(const char *path, bool quiet)
{
	struct bss_image_check c = { .size = sizeof(c) };
	char *argv[1] = { (char *)path };
	struct bss_load_error before;
	void *buf = NULL;
	size_t len = 0;
	int fd, ret, err;

	if (read_file(argv[0], &buf, &len))
		return -1;
	c.len = len;
	c.data = (unsigned long)buf;
	fd = bss_dev_open();
	ret = fd < 0 ? -1 : ioctl(fd, BSS_IOC_IMAGE_CHECK, &c);
	free(buf);
	if (fd < 0)
		return -1;
	if (ret)
		return bss_err(errno, "%s: %s", argv[0], c.msg[0] ? c.msg : "check failed");
	if (last_refusal(c.name, &before))
		before.seq = 0;
	fd = open(argv[0], O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return bss_err(errno, "cannot open %s", argv[0]);
	ret = syscall(SYS_finit_module, fd, "", 0);
	err = errno;
	close(fd);
	if (ret && err != EEXIST)
		return load_refused(argv[0], c.name, err, before.seq);
	if (quiet)
		return 0;
	if (json_output) {
		jsonw_start_object(json_wtr);
		jsonw_string_field(json_wtr, "loaded", c.name);
		jsonw_end_object(json_wtr);
	} else {
		printf("loaded %s\n", c.name);
	}
	return 0;
}

/**
 * bss_image_path() - where images are looked for by name
 * @buf: room for the default
 * @len: its size
 *
 * Return: @buf, holding $BSS_PATH (directories, colon-separated) when
 * set, else where make install puts them for the running kernel, then
 * /lib/bss.
 */
const char *bss_image_path(char *buf, size_t len)
{
	const char *env = getenv("BSS_PATH");
	struct utsname u;

	if (env && *env)
		snprintf(buf, len, "%s", env);
	else if (uname(&u))
		snprintf(buf, len, "/lib/bss");
	else
		snprintf(buf, len, "/lib/modules/%s/extra/bss:/lib/bss", u.release);
	return buf;
}

/**
 * bss_image_find() - NAME.ko in the first directory that has it
 * @dirs: directories, colon-separated
 * @name: the image
 * @out: receives the file's path
 * @len: its size
 *
 * Return: 0, or -1 when no directory has it.
 */
int bss_image_find(const char *dirs, const char *name, char *out, size_t len)
{
	char list[PATH_MAX * 2], *dir, *save = NULL;

	snprintf(list, sizeof(list), "%s", dirs);
	for (dir = strtok_r(list, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		snprintf(out, len, "%s/%s.ko", dir, name);
		if (!access(out, R_OK))
			return 0;
	}
	return -1;
}

/* A path (a "/" in it, or ".ko" at its end) is a file; anything else a name. */
static int do_load(int argc, char **argv)
{
	char path[PATH_MAX], dirs[PATH_MAX];
	size_t n;

	if (argc != 1)
		return bss_err(0, "usage: image load { FILE | NAME }");
	n = strlen(argv[0]);
	if (strchr(argv[0], '/') || (n > 3 && !strcmp(argv[0] + n - 3, ".ko")))
		return bss_image_load_file(argv[0], false);
	bss_image_path(dirs, sizeof(dirs));
	if (bss_image_find(dirs, argv[0], path, sizeof(path)))
		return bss_err(ENOENT, "image load: no %s.ko in %s (BSS_PATH)", argv[0], dirs);
	return bss_image_load_file(path, false);
}

static int do_unload(int argc, char **argv)
{
	if (argc != 1)
		return bss_err(0, "usage: image unload NAME");
	if (syscall(SYS_delete_module, argv[0], O_NONBLOCK)) {
		if (errno == ENOENT)
			return bss_err(errno, "image unload: %s is not loaded", argv[0]);
		if (errno == EWOULDBLOCK || errno == EBUSY)
			return bss_err(errno, "image unload: %s is in use (its servers are alive)",
				       argv[0]);
		return bss_err(errno, "image unload: %s", argv[0]);
	}
	if (json_output)
		jsonw_null(json_wtr);
	return 0;
}

static void show_one(const struct bss_image_info *i)
{
	unsigned int r;

	if (!json_output) {
		printf("%s: service %s (0x%x) fns %u priv %u stack %u attrs 0x%x",
		       i->name, i->service, i->service_id, i->nfns, i->priv_size,
		       i->stack_need, i->attrs);
		printf(" instances %u ctor %llu dtor %llu requires", i->instances,
		       (unsigned long long)i->ctor_calls,
		       (unsigned long long)i->dtor_calls);
		for (r = 0; r < i->nrequired; r++)
			printf(" 0x%x", i->required[r]);
		printf("%s\n", i->nrequired ? "" : " -");
		return;
	}
	jsonw_start_object(json_wtr);
	jsonw_string_field(json_wtr, "name", i->name);
	jsonw_string_field(json_wtr, "service", i->service);
	jsonw_uint_field(json_wtr, "service_id", i->service_id);
	jsonw_uint_field(json_wtr, "nfns", i->nfns);
	jsonw_uint_field(json_wtr, "priv_size", i->priv_size);
	jsonw_uint_field(json_wtr, "stack_need", i->stack_need);
	jsonw_uint_field(json_wtr, "attrs", i->attrs);
	jsonw_uint_field(json_wtr, "instances", i->instances);
	jsonw_uint_field(json_wtr, "ctor_calls", i->ctor_calls);
	jsonw_uint_field(json_wtr, "dtor_calls", i->dtor_calls);
	jsonw_name(json_wtr, "required");
	jsonw_start_array(json_wtr);
	for (r = 0; r < i->nrequired; r++)
		jsonw_uint(json_wtr, i->required[r]);
	jsonw_end_array(json_wtr);
	jsonw_end_object(json_wtr);
}

static int do_show(int argc, char **argv)
{
	struct bss_image_info *info;
	unsigned int i, n, shown = 0;

	if (argc > 1)
		return bss_err(0, "usage: image { show | list } [NAME]");
	if (bss_list(BSS_IOC_IMAGE_LIST, 0, sizeof(*info), (void **)&info, &n,
		     "list images"))
		return -1;
	for (i = 0; i < n && argc; i++)
		shown += !strcmp(argv[0], info[i].name);
	if (argc && !shown) {
		free(info);
		return bss_err(0, "no image %s", argv[0]);
	}
	if (json_output)
		jsonw_start_array(json_wtr);
	for (i = 0; i < n; i++)
		if (!argc || !strcmp(argv[0], info[i].name))
			show_one(&info[i]);
	if (json_output)
		jsonw_end_array(json_wtr);
	free(info);
	return 0;
}

static int do_help(int argc, char **argv)
{
	if (help_json())
		return 0;
	fprintf(stderr,
		"Usage: %s image load { FILE | NAME }\n"
		"       %s image unload NAME\n"
		"       %s image { show | list } [NAME]\n"
		"       %s image help\n",
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

int do_image(int argc, char **argv)
{
	return cmd_select(cmds, argc, argv, do_help);
}
