// SPDX-License-Identifier: GPL-2.0
/*
 * Module signatures and kernel lockdown. Booted with module.sig_enforce=1
 * lockdown=integrity (make check-debug's second boot: the debug kernel
 * trusts the key tools/check-debug.sh signs bss.ko and the servers with,
 * and /lib/bss/unsigned/ keeps two servers unsigned), server code enters
 * the kernel only through the module loader, and only signed:
 *
 * - a signed server loads and answers, and nothing unsigned ever loaded;
 * - an unsigned one is refused by the module loader itself, through
 *   finit_module() and init_module(), from its file and from memory, and
 *   so is a signed one changed after signing; the runtime never sees it;
 * - bssctl names the image, the cause and the kernel's errno, also when
 *   the runtime refused the same image before;
 * - the ioctls that take bytes (image check, configurations) parse them
 *   and load nothing: a configuration that names an image not loaded
 *   fails until the user loads it.
 *
 * Each test ends with the runtime's counts as it began. A boot without
 * either parameter (make check, the main debug pass) skips the whole
 * binary (exit 4); a boot that has them but is not enforcing fails.
 */
#define _GNU_SOURCE		/* memmem */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/pci_regs.h>

#include "kselftest_harness.h"

#include "bss_util.h"

#define UNSIGNED_DIR	BSS_DIR "unsigned/"
#define ECHO		"bss_echo"
#define BADSIG		"bss_badsig"	/* signed, and refused by the runtime */
/* Function indices (servers/services.cat). */
#define PING		0		/* echo.ping */
#define EDU_PEEK	6		/* edu.peek */
#define PCI_CFG_WRITE	3		/* pcidev.config_write */
#define PCI_READ	5		/* pcidev.read */
#define TAINT_UNSIGNED	0x2000UL	/* 'E' (bit 13): an unsigned module loaded */

static char cmdline[4096];

/* Whether the kernel command line has WORD, whole. */
static bool cmdline_has(const char *word)
{
	size_t n = strlen(word);
	const char *p = cmdline;

	while ((p = strstr(p, word))) {
		if ((p == cmdline || p[-1] == ' ') && (!p[n] || p[n] == ' ' || p[n] == '\n'))
			return true;
		p += n;
	}
	return false;
}

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

static unsigned char *read_all(const char *path, size_t *len)
{
	unsigned char *p;
	struct stat st;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return NULL;
	p = fstat(fd, &st) ? NULL : malloc(st.st_size);
	if (p && read(fd, p, st.st_size) != st.st_size) {
		free(p);
		p = NULL;
	}
	close(fd);
	*len = p ? st.st_size : 0;
	return p;
}

static bool loaded(const char *name)
{
	char path[128];

	snprintf(path, sizeof(path), "/sys/module/%s", name);
	return access(path, F_OK) == 0;
}

static int rmmod(const char *name)
{
	return syscall(SYS_delete_module, name, O_NONBLOCK) ? -errno : 0;
}

static int finit_path(const char *path)
{
	int fd = open(path, O_RDONLY), ret;

	if (fd < 0)
		return -errno;
	ret = syscall(SYS_finit_module, fd, "", 0) ? -errno : 0;
	close(fd);
	return ret;
}

static int init_mem(const void *p, size_t len)
{
	return syscall(SYS_init_module, p, len, "") ? -errno : 0;
}

static int finit_memfd(const void *p, size_t len)
{
	int fd = syscall(SYS_memfd_create, "bss_lockdown", 0), ret;

	if (fd < 0)
		return -errno;
	ret = write(fd, p, len) == (ssize_t)len ? 0 : -EIO;
	if (!ret)
		ret = syscall(SYS_finit_module, fd, "", 0) ? -errno : 0;
	close(fd);
	return ret;
}

/* The runtime's newest refusal of name: its errno, and its number in *seq. */
static int refusal(const char *name, __u32 *seq, char *msg)
{
	struct bss_load_error le = { .size = sizeof(le) };

	snprintf(le.name, sizeof(le.name), "%s", name);
	*seq = 0;
	if (ioctl(bss_fd(), BSS_IOC_LOAD_ERROR, &le))
		return -errno;
	*seq = le.seq;
	if (msg)
		snprintf(msg, BSS_MSG_LEN, "%s", le.msg);
	return le.err;
}

static unsigned long taint_flags(void)
{
	char buf[32];

	read_line("/proc/sys/kernel/tainted", buf, sizeof(buf));
	return strtoul(buf, NULL, 10);
}

FIXTURE(lockdown) {
	struct bss_stats before;
	int err;		/* what the loader gives an unsigned module */
	bool had_echo;
	char out[2048];
	char msg[BSS_MSG_LEN];
};

FIXTURE_SETUP(lockdown)
{
	bool enforce = cmdline_has("module.sig_enforce=1");
	bool locked = cmdline_has("lockdown=integrity");
	char buf[128];

	if (enforce) {
		read_line("/sys/module/module/parameters/sig_enforce", buf, sizeof(buf));
		ASSERT_STREQ("Y", buf);
	}
	if (locked) {
		read_line("/sys/kernel/security/lockdown", buf, sizeof(buf));
		ASSERT_NE(NULL, strstr(buf, "[integrity]")) TH_LOG("lockdown: '%s'", buf);
	}
	/* module_sig_check(): enforced, EKEYREJECTED; else lockdown's EPERM. */
	self->err = enforce ? EKEYREJECTED : EPERM;
	ASSERT_LE(0, bss_fd());
	self->before.size = sizeof(self->before);
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &self->before));
	self->had_echo = loaded(ECHO);
}

FIXTURE_TEARDOWN(lockdown)
{
	struct bss_stats after = { .size = sizeof(after) };

	if (!self->had_echo && loaded(ECHO))
		EXPECT_EQ(0, rmmod(ECHO));
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &after));
	EXPECT_EQ(self->before.images, after.images);
	EXPECT_EQ(self->before.instances, after.instances);
	EXPECT_EQ(self->before.perm_refs, after.perm_refs);
	EXPECT_EQ(self->before.weak_refs, after.weak_refs);
	EXPECT_EQ(self->before.services, after.services);
	/* Whatever a test tried, nothing unsigned got in. */
	EXPECT_EQ(0, taint_flags() & TAINT_UNSIGNED);
}

TEST_F(lockdown, signed_server_loads_and_answers)
{
	__u64 ret = 0;
	unsigned int id;

	ASSERT_EQ(0, load(ECHO));
	ASSERT_TRUE(loaded(ECHO));
	id = create(ECHO, 0, NULL);
	ASSERT_NE(0, id);
	EXPECT_EQ(0, call(id, PING, &ret, 1, 42ULL));
	EXPECT_EQ(42, ret);
	EXPECT_EQ(0, destroy(id));
	/* bss.ko itself came in signed, like every module of this boot. */
	EXPECT_TRUE(loaded("bss"));
	EXPECT_EQ(0, taint_flags() & TAINT_UNSIGNED);
}

TEST_F(lockdown, unsigned_refused_by_the_loader)
{
	static const char * const names[] = { ECHO, BADSIG };
	unsigned char *p, *sig;
	__u32 seq0, seq;
	char path[128];
	unsigned int i;
	size_t len;

	if (self->had_echo)
		ASSERT_EQ(0, rmmod(ECHO)) TH_LOG(ECHO " is in use");
	for (i = 0; i < ARRAY_SIZE(names); i++) {
		refusal(names[i], &seq0, NULL);
		snprintf(path, sizeof(path), UNSIGNED_DIR "%s.ko", names[i]);
		p = read_all(path, &len);
		ASSERT_NE(NULL, p) TH_LOG("%s", path);
		EXPECT_EQ(-self->err, finit_path(path)) TH_LOG("%s", names[i]);
		EXPECT_EQ(-self->err, init_mem(p, len)) TH_LOG("%s", names[i]);
		EXPECT_EQ(-self->err, finit_memfd(p, len)) TH_LOG("%s", names[i]);
		free(p);
		EXPECT_FALSE(loaded(names[i]));
		/* The runtime recorded nothing: none of it ran. */
		refusal(names[i], &seq, NULL);
		EXPECT_EQ(seq0, seq) TH_LOG("%s", names[i]);
	}

	/* Signed, then changed: the signature no longer verifies. */
	p = read_all(BSS_DIR ECHO ".ko", &len);
	ASSERT_NE(NULL, p);
	ASSERT_LT(64, len);
	sig = memmem(p, len, "~Module signature appended~\n", 28);
	ASSERT_NE(NULL, sig) TH_LOG(BSS_DIR ECHO ".ko is not signed");
	EXPECT_EQ(0, init_mem(p, len));
	EXPECT_EQ(0, rmmod(ECHO));
	p[len / 2] ^= 0x20;
	EXPECT_EQ(-EKEYREJECTED, init_mem(p, len));
	EXPECT_FALSE(loaded(ECHO));
	free(p);
	if (self->had_echo)
		EXPECT_EQ(0, load(ECHO));
}

TEST_F(lockdown, bssctl_names_image_and_cause)
{
	if (self->had_echo)
		ASSERT_EQ(0, rmmod(ECHO)) TH_LOG(ECHO " is in use");
	EXPECT_NE(0, run_bssctl(self->out, sizeof(self->out),
				"image load " UNSIGNED_DIR ECHO ".ko"));
	ksft_print_msg("bssctl: %s", self->out);
	EXPECT_NE(NULL, strstr(self->out, UNSIGNED_DIR ECHO ".ko: image " ECHO " "));
	EXPECT_NE(NULL, strstr(self->out, "refused by the kernel's module loader"));
	EXPECT_NE(NULL, strstr(self->out, "not signed"));
	EXPECT_NE(NULL, strstr(self->out, strerror(self->err))) TH_LOG("want %s",
								       strerror(self->err));
	EXPECT_FALSE(loaded(ECHO));

	EXPECT_NE(0, run_bssctl(self->out, sizeof(self->out),
				"--json image load " UNSIGNED_DIR ECHO ".ko"));
	ksft_print_msg("bssctl --json: %s", self->out);
	EXPECT_NE(NULL, strstr(self->out, "\"error\""));
	EXPECT_NE(NULL, strstr(self->out, "image " ECHO " "));
	EXPECT_NE(NULL, strstr(self->out, strerror(self->err)));

	/* The signed file loads through the same command. */
	EXPECT_EQ(0, run_bssctl(self->out, sizeof(self->out), "image load " BSS_DIR ECHO ".ko"));
	EXPECT_STREQ("loaded " ECHO "\n", self->out);
	if (!self->had_echo)
		EXPECT_EQ(0, rmmod(ECHO));
}

/*
 * The runtime refuses the signed bss_badsig (its signature contradicts the
 * catalogue). The unsigned copy never reaches it: bssctl must report the
 * loader's refusal, not the runtime's older one of the same name.
 */
TEST_F(lockdown, runtime_refusal_not_blamed)
{
	__u32 seq, seq2;

	EXPECT_EQ(-EINVAL, load(BADSIG));
	EXPECT_EQ(-EINVAL, refusal(BADSIG, &seq, self->msg));
	EXPECT_LT(0, seq);
	EXPECT_NE(0, run_bssctl(self->out, sizeof(self->out), "image load " BSS_DIR BADSIG ".ko"));
	ksft_print_msg("bssctl: %s", self->out);
	EXPECT_NE(NULL, strstr(self->out, "image " BADSIG " refused: "));
	EXPECT_NE(NULL, strstr(self->out, self->msg)) TH_LOG("want '%s'", self->msg);
	EXPECT_NE(NULL, strstr(self->out, strerror(EINVAL)));
	EXPECT_EQ(-EINVAL, refusal(BADSIG, &seq2, self->msg));
	EXPECT_LT(seq, seq2);

	EXPECT_NE(0, run_bssctl(self->out, sizeof(self->out),
				"image load " UNSIGNED_DIR BADSIG ".ko"));
	ksft_print_msg("bssctl: %s", self->out);
	EXPECT_NE(NULL, strstr(self->out, "image " BADSIG " refused by the kernel's module"));
	EXPECT_NE(NULL, strstr(self->out, strerror(self->err)));
	EXPECT_EQ(NULL, strstr(self->out, self->msg));
	EXPECT_EQ(NULL, strstr(self->out, strerror(EINVAL)));
	refusal(BADSIG, &seq, NULL);
	EXPECT_EQ(seq2, seq);
	EXPECT_FALSE(loaded(BADSIG));
}

/* Bytes given to the runtime are parsed, never made code. */
TEST_F(lockdown, byte_ioctls_only_parse)
{
	static const char text[] = "start " ECHO "\n";
	struct bss_graph_file f = { .name = (unsigned long)"lockdown.conf",
				    .text = (unsigned long)text, .len = sizeof(text) - 1 };
	struct bss_graph_load gl = { .size = sizeof(gl), .nfiles = 1,
				     .files = (unsigned long)&f };
	struct bss_stats mid = { .size = sizeof(mid) };
	struct bss_image_check c;

	if (self->had_echo)
		ASSERT_EQ(0, rmmod(ECHO)) TH_LOG(ECHO " is in use");
	/* The check reads an unsigned file as well as a signed one. */
	EXPECT_EQ(0, image_check(UNSIGNED_DIR ECHO ".ko", &c)) TH_LOG("%s", c.msg);
	EXPECT_STREQ(ECHO, c.name);
	EXPECT_EQ(0, image_check(BSS_DIR ECHO ".ko", &c)) TH_LOG("%s", c.msg);
	EXPECT_STREQ(ECHO, c.name);
	EXPECT_EQ(-EPERM, image_check(BSS_DIR "bss_hostile_import.ko", &c));
	EXPECT_FALSE(loaded(ECHO));
	ASSERT_EQ(0, ioctl(bss_fd(), BSS_IOC_STATS, &mid));
	EXPECT_EQ(self->before.images - self->had_echo, mid.images);

	/* A configuration names an image; it does not bring its code. */
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_GRAPH_LOAD, &gl));
	EXPECT_EQ(ENOENT, errno);
	EXPECT_STREQ(ECHO, gl.missing);
	EXPECT_NE(NULL, strstr(gl.msg, "image " ECHO " is not loaded")) TH_LOG("%s", gl.msg);
	EXPECT_FALSE(loaded(ECHO));

	/* Loaded through the module loader, signed, the same text works. */
	ASSERT_EQ(0, load(ECHO));
	gl.id = 0;
	EXPECT_EQ(0, ioctl(bss_fd(), BSS_IOC_GRAPH_LOAD, &gl)) TH_LOG("%s", gl.msg);
	if (gl.id)
		EXPECT_EQ(0, graph_unload(gl.id, NULL));
	EXPECT_EQ(0, rmmod(ECHO));
	if (self->had_echo)
		EXPECT_EQ(0, load(ECHO));
}

/* TEST_HARNESS_MAIN's, with a main that skips the whole binary. */
static void __attribute__((constructor)) __constructor_order_last(void)
{
	if (!__constructor_order)
		__constructor_order = _CONSTRUCTOR_ORDER_BACKWARD;
}

/* The PCI address of QEMU's edu device (1234:11e8), or -1. */
static int edu_addr(char *addr, size_t len)
{
	char path[600], v[16], dv[16];
	struct dirent *d;
	DIR *dir = opendir("/sys/bus/pci/devices");
	int found = -1;

	while (dir && found && (d = readdir(dir))) {
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vendor", d->d_name);
		read_line(path, v, sizeof(v));
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/device", d->d_name);
		read_line(path, dv, sizeof(dv));
		if (!strcmp(v, "0x1234") && !strcmp(dv, "0x11e8"))
			found = snprintf(addr, len, "%s", d->d_name) < (int)len ? 0 : -1;
	}
	if (dir)
		closedir(dir);
	return found;
}

/* The first instance of image, or 0. */
static unsigned int instance_of(const char *image)
{
	static struct bss_instance_info all[256];
	struct bss_list l = { .size = sizeof(l), .count = 256, .entsize = sizeof(all[0]),
			      .buf = (unsigned long)all };
	unsigned int i;

	if (ioctl(bss_fd(), BSS_IOC_INSTANCE_LIST, &l))
		return 0;
	for (i = 0; i < l.count && i < 256; i++)
		if (!strcmp(all[i].image, image))
			return all[i].id;
	return 0;
}

/*
 * A device bound to bss.ko is driven by its driver graph's servers, signed
 * code; user space reaches it only through what they offer, as the kernel
 * keeps it from the device's config space and BARs in sysfs.
 */
TEST_F(lockdown, device_only_through_servers)
{
	static const char * const files[] = { "edu.conf", "edu-driver.conf" };
	struct bss_call c = { .size = sizeof(c), .fn = PCI_CFG_WRITE, .nargs = 3 };
	unsigned int db = 0, edu = 0, pci, i;
	char addr[64], path[600];
	unsigned char line = 0;
	__u64 ident = 0;
	int fd;

	if (edu_addr(addr, sizeof(addr)))
		SKIP(return, "no edu device (QEMU -device edu)");
	/* Reading config space stays allowed; writes put back what is there. */
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/config", addr);
	fd = open(path, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(1, pread(fd, &line, 1, PCI_INTERRUPT_LINE));
	ASSERT_EQ(0, load("bss_edu"));
	ASSERT_EQ(0, graph_load(files, 2, &db, self->msg)) TH_LOG("%s", self->msg);
	for (i = 0; i < 500 && !edu; i++) {
		edu = graph_find(0, "bss_edu", NULL);
		if (!edu)
			usleep(10000);
	}
	ASSERT_NE(0, edu);
	/* The driver's server reads the device's ID register for us. */
	EXPECT_EQ(0, call(edu, EDU_PEEK, &ident, 2, 0ULL, 0ULL));
	EXPECT_EQ(0xed, ident & 0xff);
	pci = instance_of("kernel_pcidev");
	EXPECT_NE(0, pci);

	/* Its pcidev refuses user space, config and registers alike. */
	c.id = pci;
	c.args[0] = PCI_INTERRUPT_LINE;
	c.args[1] = 1;
	c.args[2] = line;
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_CALL, &c));
	EXPECT_EQ(EPERM, errno);
	ksft_print_msg("pcidev.config_write: %s\n", c.msg);
	EXPECT_NE(NULL, strstr(c.msg, "under lockdown")) TH_LOG("%s", c.msg);
	c.fn = PCI_READ;
	c.nargs = 3;
	c.args[0] = 0;
	c.args[1] = 0;
	c.args[2] = 4;
	EXPECT_EQ(-1, ioctl(bss_fd(), BSS_IOC_CALL, &c));
	EXPECT_EQ(EPERM, errno);
	/* As sysfs refuses a config write under lockdown. */
	EXPECT_EQ(-1, pwrite(fd, &line, 1, PCI_INTERRUPT_LINE));
	EXPECT_EQ(EPERM, errno);
	close(fd);

	EXPECT_EQ(0, graph_unload(db, NULL));
	for (i = 0; i < 500 && graph_find(0, "bss_edu", NULL); i++)
		usleep(10000);
	EXPECT_EQ(0, graph_find(0, "bss_edu", NULL));
	for (i = 0; i < 50 && rmmod("bss_edu") == -EAGAIN; i++)
		usleep(100000);
	EXPECT_FALSE(loaded("bss_edu"));
}

int main(int argc, char **argv)
{
	static const char why[] = "not booted with module.sig_enforce=1 or lockdown=integrity";

	read_line("/proc/cmdline", cmdline, sizeof(cmdline));
	if (!cmdline_has("module.sig_enforce=1") && !cmdline_has("lockdown=integrity")) {
		ksft_print_header();
		ksft_set_plan(1);
		ksft_test_result_skip("lockdown_test: %s\n", why);
		ksft_print_cnts();
		return KSFT_SKIP;
	}
	return test_harness_run(argc, argv);
}
