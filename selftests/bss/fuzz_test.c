// SPDX-License-Identifier: GPL-2.0
/*
 * Bounded fuzzing of the runtime through /dev/bss, as root, in four
 * groups: mutated server files (BSS_IOC_IMAGE_CHECK), mutated
 * descriptions through the real load path (finit_module), mutated
 * configuration files (BSS_IOC_GRAPH_LOAD) and random argument structures
 * for every command. Every outcome must be a success or a clean errno; the
 * host fails the run on any oops, WARN, KASAN or UBSAN line and on
 * create/destroy events that do not pair up. Each group ends with the
 * images, instances and services it began with (BSS_IOC_STATS).
 *
 * Deterministic: one xorshift64* generator per group, from a fixed seed
 * that is printed. The scale (inputs in all, shared out among the groups)
 * is bss.fuzz=N on the kernel command line or BSS_FUZZ=N in the
 * environment, default 10000; bss.fuzz_seed=S (BSS_FUZZ_SEED) changes
 * the seed, and bss.fuzz_trace=1 (BSS_FUZZ_TRACE) prints every input
 * before it is tried, to find the one a crashed guest died of. The
 * tests' timeouts leave room for bss.fuzz=300000 on a busy TCG host
 * (100000 take about seven minutes there).
 */
#define _GNU_SOURCE		/* memmem() */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <linux/elf.h>

#include "kselftest_harness.h"

#include "bss_util.h"

#define SCALE_DEFAULT	10000
#define SEED_DEFAULT	0x6273735f66757a7aULL	/* "bss_fuzz" */
#define PAGE		4096

/* Shares of the scale, in percent: checks are fast, loads are not. */
#define SHARE_IMAGE	60
#define SHARE_LOAD	2
#define SHARE_GRAPH	15
#define SHARE_IOCTL	23

static struct {
	unsigned long scale;
	__u64 seed;
	unsigned long trace;
	unsigned long loads;	/* bss.fuzz_load=: the load group's count, not its share */
} opt = { SCALE_DEFAULT, SEED_DEFAULT, 0, 0 };

/* Inputs tried, summed over the tests, which run in child processes. */
static unsigned long *total_inputs;

static void opt_set(const char *key, const char *val)
{
	if (!strcmp(key, "fuzz"))
		opt.scale = strtoul(val, NULL, 0);
	else if (!strcmp(key, "fuzz_seed"))
		opt.seed = strtoull(val, NULL, 0);
	else if (!strcmp(key, "fuzz_trace"))
		opt.trace = strtoul(val, NULL, 0);
	else if (!strcmp(key, "fuzz_load"))
		opt.loads = strtoul(val, NULL, 0);
}

static void __attribute__((constructor)) fuzz_options(void)
{
	static const char * const env[][2] = {
		{ "BSS_FUZZ", "fuzz" }, { "BSS_FUZZ_SEED", "fuzz_seed" },
		{ "BSS_FUZZ_TRACE", "fuzz_trace" },
	};
	char line[4096], *tok, *save = NULL, *eq;
	unsigned int i;
	FILE *f = fopen("/proc/cmdline", "r");

	if (f) {
		if (fgets(line, sizeof(line), f)) {
			for (tok = strtok_r(line, " \t\n", &save); tok;
			     tok = strtok_r(NULL, " \t\n", &save)) {
				eq = strchr(tok, '=');
				if (!strncmp(tok, "bss.", 4) && eq) {
					*eq = 0;
					opt_set(tok + 4, eq + 1);
				}
			}
		}
		fclose(f);
	}
	for (i = 0; i < ARRAY_SIZE(env); i++)
		if (getenv(env[i][0]))
			opt_set(env[i][1], getenv(env[i][0]));
	total_inputs = mmap(NULL, sizeof(*total_inputs), PROT_READ | PROT_WRITE,
			    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (total_inputs == MAP_FAILED)
		total_inputs = NULL;
}

/* Only the harness's own process gets here: the tests end in _exit(). */
static void __attribute__((destructor)) fuzz_summary(void)
{
	if (total_inputs)
		ksft_print_msg("fuzz: %lu inputs in all (bss.fuzz=%lu, seed 0x%llx)\n",
			       *total_inputs, opt.scale, (unsigned long long)opt.seed);
}

/* xorshift64*: small, fast and the same everywhere. */
struct rng {
	__u64 s;
};

static void rng_init(struct rng *r, unsigned int group)
{
	r->s = opt.seed ^ (0x9e3779b97f4a7c15ULL * (group + 1));
	if (!r->s)
		r->s = SEED_DEFAULT;
}

static __u64 rnd(struct rng *r)
{
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return r->s * 0x2545f4914f6cdd1dULL;
}

/* 0..n-1 */
static __u64 below(struct rng *r, __u64 n)
{
	return n ? rnd(r) % n : 0;
}

static int chance(struct rng *r, unsigned int percent)
{
	return below(r, 100) < percent;
}

static unsigned long share(unsigned int percent)
{
	return opt.scale * percent / 100;
}

static const struct {
	int err;
	const char *name;
} errnames[] = {
	{ EPERM, "EPERM" }, { ENOENT, "ENOENT" }, { ESRCH, "ESRCH" }, { EINTR, "EINTR" },
	{ EIO, "EIO" }, { ENXIO, "ENXIO" }, { E2BIG, "E2BIG" }, { ENOEXEC, "ENOEXEC" },
	{ EBADF, "EBADF" }, { EAGAIN, "EAGAIN" }, { ENOMEM, "ENOMEM" }, { EACCES, "EACCES" },
	{ EFAULT, "EFAULT" }, { EBUSY, "EBUSY" }, { EEXIST, "EEXIST" }, { ENODEV, "ENODEV" },
	{ EINVAL, "EINVAL" }, { EMFILE, "EMFILE" }, { ENOTTY, "ENOTTY" }, { ENOSPC, "ENOSPC" },
	{ ERANGE, "ERANGE" }, { EDEADLK, "EDEADLK" }, { ENAMETOOLONG, "ENAMETOOLONG" },
	{ ELOOP, "ELOOP" }, { EPROTO, "EPROTO" }, { EOVERFLOW, "EOVERFLOW" },
	{ EKEYREJECTED, "EKEYREJECTED" },
};

static const char *errname(int err)
{
	static char buf[16];
	unsigned int i;

	if (!err)
		return "ok";
	for (i = 0; i < ARRAY_SIZE(errnames); i++)
		if (errnames[i].err == err)
			return errnames[i].name;
	snprintf(buf, sizeof(buf), "E%d", err);
	return buf;
}

static int in_set(int err, const int *set, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (set[i] == err)
			return 1;
	return 0;
}

/* Outcomes by label ("-EINVAL", "ok", "loaded"), counted. */
#define LABELS		128
#define LABEL_LEN	72

struct tally {
	const char *group;
	struct timespec t0;
	unsigned long inputs;
	unsigned long unclean;
	unsigned int n;
	struct {
		char name[LABEL_LEN];
		unsigned long count;
	} l[LABELS];
};

static void tally(struct tally *t, const char *label)
{
	char name[LABEL_LEN];
	unsigned int i;

	snprintf(name, sizeof(name), "%s", label);
	for (i = 0; i < t->n; i++)
		if (!strcmp(t->l[i].name, name))
			break;
	if (i == t->n && t->n >= LABELS - 1) {	/* the last one is for the rest */
		snprintf(name, sizeof(name), "other");
		for (i = 0; i < t->n && strcmp(t->l[i].name, name); i++)
			;
	}
	if (i == LABELS)
		i = LABELS - 1;
	if (i == t->n) {
		memcpy(t->l[i].name, name, LABEL_LEN);
		t->l[i].count = 0;
		t->n++;
	}
	t->l[i].count++;
}

/* A successful result is "ok", a refusal "-ENAME". */
static void tally_err(struct tally *t, int err)
{
	char name[24];

	snprintf(name, sizeof(name), "%s%s", err ? "-" : "", errname(err));
	tally(t, name);
}

static void tally_sort(struct tally *t, unsigned int *idx)
{
	unsigned int i, j;

	for (i = 0; i < t->n; i++) {
		for (j = i; j > 0 && t->l[idx[j - 1]].count < t->l[i].count; j--)
			idx[j] = idx[j - 1];
		idx[j] = i;
	}
}

/* "# image_check: 6000 inputs: 5900 -ENOEXEC, 80 -EPERM, 20 ok" */
static void tally_print(struct tally *t, const char *what)
{
	unsigned int idx[LABELS], i;
	char line[2048];
	int n;

	tally_sort(t, idx);
	n = snprintf(line, sizeof(line), "%s: %lu %s:", t->group, t->inputs, what);
	if (t->t0.tv_sec) {
		struct timespec t1;

		clock_gettime(CLOCK_MONOTONIC, &t1);
		n = snprintf(line, sizeof(line), "%s: %lu %s in %.1f s:", t->group, t->inputs,
			     what, t1.tv_sec - t->t0.tv_sec + (t1.tv_nsec - t->t0.tv_nsec) / 1e9);
	}
	for (i = 0; i < t->n && n < (int)sizeof(line); i++)
		n += snprintf(line + n, sizeof(line) - n, "%s %lu %s", i ? "," : "",
			      t->l[idx[i]].count, t->l[idx[i]].name);
	ksft_print_msg("%s\n", line);
}

/* The most frequent messages, one a line. */
static void tally_print_lines(struct tally *t, unsigned int max)
{
	unsigned int idx[LABELS], i;

	tally_sort(t, idx);
	for (i = 0; i < t->n && i < max; i++)
		ksft_print_msg("  %6lu  %s\n", t->l[idx[i]].count, t->l[idx[i]].name);
}

/*
 * A message as a label: numbers become '#' and quoted text '?', so that
 * one kind of refusal is one label whatever the values.
 */
static void msg_shape(char *out, size_t len, const char *prefix, const char *msg)
{
	size_t n = snprintf(out, len, "%s", prefix);
	const char *s = msg;

	while (*s && n + 1 < len) {
		if (*s >= '0' && *s <= '9') {
			while ((*s >= '0' && *s <= '9') || *s == 'x' ||
			       (*s >= 'a' && *s <= 'f'))
				s++;
			out[n++] = '#';
		} else if (*s == '\'' && (s == msg || s[-1] == ' ' || s[-1] == '(')) {
			for (s++; *s && *s != '\''; s++)
				;
			s += !!*s;
			out[n++] = '?';
		} else {
			out[n++] = *s++;
		}
	}
	out[n] = 0;
}

static void trace(const char *fmt, ...)
{
	va_list ap;

	if (!opt.trace)
		return;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	fflush(stdout);
}

static int rmmod(const char *name)
{
	return syscall(SYS_delete_module, name, O_NONBLOCK) ? -errno : 0;
}

static int loaded(const char *name)
{
	char path[128];

	snprintf(path, sizeof(path), "/sys/module/%s", name);
	return access(path, F_OK) == 0;
}

static struct bss_stats stats(void)
{
	struct bss_stats s = { .size = sizeof(s) };

	ioctl(bss_fd(), BSS_IOC_STATS, &s);
	return s;
}

static unsigned char *read_all(const char *path, size_t *len)
{
	struct stat st;
	unsigned char *p;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) || !st.st_size) {
		close(fd);
		return NULL;
	}
	p = malloc(st.st_size);
	if (p && read(fd, p, st.st_size) != st.st_size) {
		free(p);
		p = NULL;
	}
	close(fd);
	*len = st.st_size;
	return p;
}

/* Memory of len bytes that ends where an unmapped page begins. */
static unsigned char *before_hole(size_t len)
{
	size_t size = (len + PAGE - 1) / PAGE * PAGE;
	unsigned char *p = mmap(NULL, size + PAGE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	mprotect(p + size, PAGE, PROT_NONE);
	return p + size - len;
}

/* Images the group loads for itself and unloads again at its end. */
struct images {
	unsigned int n;
	const char *mine[16];
};

static void images_load(struct __test_metadata *_metadata, struct images *im,
			const char * const *names, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		if (loaded(names[i]))
			continue;
		ASSERT_EQ(0, load(names[i])) TH_LOG("%s", names[i]);
		im->mine[im->n++] = names[i];
	}
}

static void images_unload(struct __test_metadata *_metadata, struct images *im)
{
	const char *name;

	while (im->n) {
		name = im->mine[--im->n];
		EXPECT_EQ(0, rmmod(name)) TH_LOG("%s", name);
	}
}

/* Parsed section headers of a real server file (not a mutated one). */
#define MAX_SECS	128

struct elf {
	struct elf64_hdr eh;
	unsigned int shnum;
	struct elf64_shdr sh[MAX_SECS];
	const char *shstr;
	size_t shstrsz;
	unsigned int symtab;		/* 0: none */
	unsigned int strtab;
	unsigned int nrela;
	unsigned int rela[MAX_SECS];
	unsigned int nhot;		/* sections worth mutating more often */
	unsigned int hot[MAX_SECS];
};

static const char *sec_name(const struct elf *e, unsigned int i)
{
	if (e->sh[i].sh_name >= e->shstrsz ||
	    !memchr(e->shstr + e->sh[i].sh_name, 0, e->shstrsz - e->sh[i].sh_name))
		return "";
	return e->shstr + e->sh[i].sh_name;
}

static int elf_parse(struct elf *e, const unsigned char *p, size_t len)
{
	/* What the checker reads, besides the headers and the relocations. */
	static const char * const hot[] = {
		"bss_image", ".modinfo", ".symtab", ".strtab", ".shstrtab",
	};
	const struct elf64_shdr *s;
	unsigned int i, j;

	memset(e, 0, sizeof(*e));
	if (len < sizeof(e->eh))
		return -1;
	memcpy(&e->eh, p, sizeof(e->eh));
	if (memcmp(e->eh.e_ident, ELFMAG, SELFMAG) || e->eh.e_shentsize != sizeof(*s) ||
	    e->eh.e_shnum > MAX_SECS || e->eh.e_shstrndx >= e->eh.e_shnum ||
	    e->eh.e_shoff > len || (len - e->eh.e_shoff) / sizeof(*s) < e->eh.e_shnum)
		return -1;
	e->shnum = e->eh.e_shnum;
	memcpy(e->sh, p + e->eh.e_shoff, e->shnum * sizeof(*s));
	for (i = 0; i < e->shnum; i++) {
		s = &e->sh[i];
		if (s->sh_type != SHT_NOBITS &&
		    (s->sh_offset > len || len - s->sh_offset < s->sh_size))
			return -1;
	}
	s = &e->sh[e->eh.e_shstrndx];
	e->shstr = (const char *)p + s->sh_offset;
	e->shstrsz = s->sh_size;
	for (i = 0; i < e->shnum; i++) {
		s = &e->sh[i];
		if (s->sh_type == SHT_SYMTAB && s->sh_link < e->shnum) {
			e->symtab = i;
			e->strtab = s->sh_link;
		}
		if (s->sh_type == SHT_RELA && s->sh_info < e->shnum &&
		    (e->sh[s->sh_info].sh_flags & SHF_ALLOC))
			e->rela[e->nrela++] = i;
		for (j = 0; j < ARRAY_SIZE(hot); j++)
			if (!strcmp(sec_name(e, i), hot[j]) || s->sh_type == SHT_RELA)
				break;
		if (j < ARRAY_SIZE(hot))
			e->hot[e->nhot++] = i;
	}
	return 0;
}

/* Interesting values for a field of the given width that held orig. */
static __u64 pick_val(struct rng *r, __u64 orig, __u64 flen)
{
	static const __u64 v[] = {
		0, 1, 2, 3, 4, 7, 8, 0x10, 0x18, 0x38, 0x40, 0x7f, 0x80, 0xff, 0x100,
		0xfff, 0x1000, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000,
		0xffffffff, 0x100000000ULL, 0x7fffffffffffffffULL, 0x8000000000000000ULL,
		~0ULL, ~0ULL - 63,
	};

	switch (below(r, 6)) {
	case 0:
	case 1:
		return v[below(r, ARRAY_SIZE(v))];
	case 2:
		return orig + below(r, 17) - 8;
	case 3:
		return flen + below(r, 129) - 64;
	case 4:
		return below(r, flen + 1);
	default:
		return rnd(r);
	}
}

struct field {
	const char *name;
	unsigned int off;
	unsigned int width;
};

static const struct field ehdr_fields[] = {
	{ "EI_CLASS", EI_CLASS, 1 },
	{ "EI_DATA", EI_DATA, 1 },
	{ "EI_VERSION", EI_VERSION, 1 },
	{ "e_type", offsetof(struct elf64_hdr, e_type), 2 },
	{ "e_machine", offsetof(struct elf64_hdr, e_machine), 2 },
	{ "e_version", offsetof(struct elf64_hdr, e_version), 4 },
	{ "e_entry", offsetof(struct elf64_hdr, e_entry), 8 },
	{ "e_phoff", offsetof(struct elf64_hdr, e_phoff), 8 },
	{ "e_shoff", offsetof(struct elf64_hdr, e_shoff), 8 },
	{ "e_flags", offsetof(struct elf64_hdr, e_flags), 4 },
	{ "e_ehsize", offsetof(struct elf64_hdr, e_ehsize), 2 },
	{ "e_phentsize", offsetof(struct elf64_hdr, e_phentsize), 2 },
	{ "e_phnum", offsetof(struct elf64_hdr, e_phnum), 2 },
	{ "e_shentsize", offsetof(struct elf64_hdr, e_shentsize), 2 },
	{ "e_shnum", offsetof(struct elf64_hdr, e_shnum), 2 },
	{ "e_shstrndx", offsetof(struct elf64_hdr, e_shstrndx), 2 },
};

static const struct field shdr_fields[] = {
	{ "sh_name", offsetof(struct elf64_shdr, sh_name), 4 },
	{ "sh_type", offsetof(struct elf64_shdr, sh_type), 4 },
	{ "sh_flags", offsetof(struct elf64_shdr, sh_flags), 8 },
	{ "sh_addr", offsetof(struct elf64_shdr, sh_addr), 8 },
	{ "sh_offset", offsetof(struct elf64_shdr, sh_offset), 8 },
	{ "sh_size", offsetof(struct elf64_shdr, sh_size), 8 },
	{ "sh_link", offsetof(struct elf64_shdr, sh_link), 4 },
	{ "sh_info", offsetof(struct elf64_shdr, sh_info), 4 },
	{ "sh_addralign", offsetof(struct elf64_shdr, sh_addralign), 8 },
	{ "sh_entsize", offsetof(struct elf64_shdr, sh_entsize), 8 },
};

static const struct field sym_fields[] = {
	{ "st_name", offsetof(struct elf64_sym, st_name), 4 },
	{ "st_info", offsetof(struct elf64_sym, st_info), 1 },
	{ "st_other", offsetof(struct elf64_sym, st_other), 1 },
	{ "st_shndx", offsetof(struct elf64_sym, st_shndx), 2 },
	{ "st_value", offsetof(struct elf64_sym, st_value), 8 },
	{ "st_size", offsetof(struct elf64_sym, st_size), 8 },
};

static const struct field rela_fields[] = {
	{ "r_offset", offsetof(struct elf64_rela, r_offset), 8 },
	{ "r_info.type", offsetof(struct elf64_rela, r_info), 4 },
	{ "r_info.sym", offsetof(struct elf64_rela, r_info) + 4, 4 },
	{ "r_addend", offsetof(struct elf64_rela, r_addend), 8 },
};

static const __u32 sh_types[] = {
	SHT_NULL, SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_HASH, SHT_DYNAMIC,
	SHT_NOTE, SHT_NOBITS, SHT_REL, SHT_DYNSYM, 14, 15, 16, 17, 18, 0x6fffffff, 0x70000001,
};

/* Undefined symbols a server must not have (policy: -EPERM). */
static const char * const foreign_syms[] = {
	"printk", "_printk", "strnlen", "kmalloc", "__fortify_panic", "commit_creds",
	"bss_image_register", "bss_call", "memcpy", "__x86_return_thunk", "",
};

/*
 * Group 1: server files. An input is a real file with 1-3 edits; its
 * edits are its reproducer (apply them to the same file).
 */
struct srvfile {
	char name[64];
	unsigned char *orig;
	size_t len;
	unsigned char *work;		/* cap bytes, then an unmapped page */
	size_t cap;
	struct elf e;
};

struct edit {
	const char *op;
	__u64 off;
	__u64 len;
	__u64 val;
};

struct input {
	struct srvfile *f;
	size_t len;
	size_t lo, hi;			/* bytes of work that differ from orig */
	int expect;			/* built to fail with this errno, or 0 */
	unsigned int nedits;
	struct edit ed[8];
};

#define IMG_SLACK	(64 << 10)	/* room to duplicate chunks into */
#define ELF_MAX		(8 << 20)	/* BSS_ELF_MAX_SIZE */

static void note(struct input *in, const char *op, __u64 off, __u64 len, __u64 val)
{
	if (in->nedits < ARRAY_SIZE(in->ed))
		in->ed[in->nedits++] = (struct edit){ op, off, len, val };
}

static void dirty(struct input *in, size_t lo, size_t hi)
{
	if (lo < in->lo)
		in->lo = lo;
	if (hi > in->hi)
		in->hi = hi;
}

static void poke(struct input *in, const char *op, __u64 off, unsigned int width, __u64 val)
{
	if (off >= in->len || in->len - off < width)
		return;
	memcpy(in->f->work + off, &val, width);
	dirty(in, off, off + width);
	note(in, op, off, width, val);
}

static __u64 peek(const struct input *in, __u64 off, unsigned int width)
{
	__u64 v = 0;

	if (off < in->len && in->len - off >= width)
		memcpy(&v, in->f->work + off, width);
	return v;
}

static void restore(struct input *in)
{
	struct srvfile *f = in->f;
	size_t hi = in->hi;

	if (in->lo < hi) {
		if (hi > f->len) {
			memset(f->work + f->len, 0, hi - f->len);
			hi = f->len;
		}
		if (in->lo < hi)
			memcpy(f->work + in->lo, f->orig + in->lo, hi - in->lo);
	}
	in->lo = ~0UL;
	in->hi = 0;
}

/* An offset, mostly where the checker looks: headers and hot sections. */
static __u64 pick_off(struct rng *r, const struct input *in)
{
	const struct elf *e = &in->f->e;
	const struct elf64_shdr *s;

	switch (below(r, 10)) {
	case 0:
		return below(r, sizeof(struct elf64_hdr));
	case 1:
	case 2:
	case 3:
		return e->eh.e_shoff + below(r, e->shnum * sizeof(*s));
	case 4:
		return below(r, in->len);
	default:
		s = &e->sh[e->nhot ? e->hot[below(r, e->nhot)] : below(r, e->shnum)];
		if (s->sh_type == SHT_NOBITS || !s->sh_size)
			return below(r, in->len);
		return s->sh_offset + below(r, s->sh_size);
	}
}

static unsigned int pick_sec(struct rng *r, const struct elf *e)
{
	if (chance(r, 60) && e->nhot)
		return e->hot[below(r, e->nhot)];
	return below(r, e->shnum + 1);	/* one past the table too */
}

static void edit_file(struct rng *r, struct input *in)
{
	struct srvfile *f = in->f;
	const struct elf *e = &f->e;
	const struct field *fl;
	__u64 off, n, i, src, dst, base;
	unsigned int k;

	switch (below(r, 20)) {
	case 0:
	case 1:
	case 2:			/* bit flips */
		for (n = 1 + below(r, 4); n--;) {
			off = pick_off(r, in);
			poke(in, "flip", off, 1, peek(in, off, 1) ^ (1u << below(r, 8)));
		}
		break;
	case 3:
	case 4:
	case 5:			/* 1-8 bytes to 0, 0xff or random */
		off = pick_off(r, in);
		n = 1 + below(r, 8);
		k = below(r, 3);
		for (i = 0; i < n; i++)
			poke(in, "set", off + i, 1, k == 0 ? 0 : k == 1 ? 0xff : below(r, 256));
		break;
	case 6:			/* truncation */
		switch (below(r, 4)) {
		case 0:
			n = below(r, 2 * sizeof(struct elf64_hdr));
			break;
		case 1:
			n = e->eh.e_shoff + below(r, e->shnum * sizeof(struct elf64_shdr));
			break;
		case 2:
			n = in->len - 1 - below(r, 64);
			break;
		default:
			n = below(r, in->len);
			break;
		}
		if (n < in->len) {
			note(in, "truncate", n, in->len - n, 0);
			in->len = n;
		}
		break;
	case 7:			/* a chunk duplicated: inserted or written over */
		src = below(r, in->len);
		n = 1 + below(r, chance(r, 10) ? IMG_SLACK : 4096);
		if (n > in->len - src)
			n = in->len - src;
		dst = below(r, in->len);
		if (chance(r, 50) && in->len + n <= f->cap) {
			memmove(f->work + dst + n, f->work + dst, in->len - dst);
			memcpy(f->work + dst, f->orig + src, n);
			in->len += n;
			dirty(in, dst, in->len);
			note(in, "insert-copy", dst, n, src);
		} else {
			if (n > in->len - dst)
				n = in->len - dst;
			memmove(f->work + dst, f->work + src, n);
			dirty(in, dst, dst + n);
			note(in, "copy-over", dst, n, src);
		}
		break;
	case 8:
	case 9:
	case 10:		/* an ELF header field */
		fl = &ehdr_fields[below(r, ARRAY_SIZE(ehdr_fields))];
		poke(in, fl->name, fl->off, fl->width,
		     pick_val(r, peek(in, fl->off, fl->width), in->len));
		break;
	case 11:
	case 12:
	case 13:
	case 14:		/* a section header field */
		base = e->eh.e_shoff + pick_sec(r, e) * sizeof(struct elf64_shdr);
		fl = &shdr_fields[below(r, ARRAY_SIZE(shdr_fields))];
		if (!strcmp(fl->name, "sh_type") && chance(r, 60))
			n = sh_types[below(r, ARRAY_SIZE(sh_types))];
		else
			n = pick_val(r, peek(in, base + fl->off, fl->width), in->len);
		poke(in, fl->name, base + fl->off, fl->width, n);
		break;
	case 15:
	case 16:		/* a symbol */
		if (!e->symtab)
			break;
		n = e->sh[e->symtab].sh_size / sizeof(struct elf64_sym);
		base = e->sh[e->symtab].sh_offset + below(r, n + 1) * sizeof(struct elf64_sym);
		fl = &sym_fields[below(r, ARRAY_SIZE(sym_fields))];
		poke(in, fl->name, base + fl->off, fl->width,
		     pick_val(r, peek(in, base + fl->off, fl->width), n));
		break;
	case 17:
	case 18:		/* a relocation of an allocated section */
		if (!e->nrela)
			break;
		k = e->rela[below(r, e->nrela)];
		n = e->sh[k].sh_size / sizeof(struct elf64_rela);
		base = e->sh[k].sh_offset + below(r, n) * sizeof(struct elf64_rela);
		fl = &rela_fields[below(r, ARRAY_SIZE(rela_fields))];
		poke(in, fl->name, base + fl->off, fl->width,
		     pick_val(r, peek(in, base + fl->off, fl->width), 64));
		break;
	default:		/* an undefined symbol renamed */
		if (!e->symtab)
			break;
		n = e->sh[e->symtab].sh_size / sizeof(struct elf64_sym);
		for (k = 0; k < 16; k++) {
			struct elf64_sym sym;
			const char *name = foreign_syms[below(r, ARRAY_SIZE(foreign_syms))];
			__u64 at;

			i = 1 + below(r, n - 1);
			memcpy(&sym, f->orig + e->sh[e->symtab].sh_offset + i * sizeof(sym),
			       sizeof(sym));
			if (sym.st_shndx != SHN_UNDEF || !sym.st_name ||
			    sym.st_name >= e->sh[e->strtab].sh_size)
				continue;
			at = e->sh[e->strtab].sh_offset + sym.st_name;
			for (off = 0; off <= strlen(name); off++)
				poke(in, "rename", at + off, 1, name[off]);
			break;
		}
		break;
	}
}

static void input_describe(const struct input *in, char *buf, size_t len)
{
	unsigned int i;
	int n;

	n = snprintf(buf, len, "%s len %zu:", in->f->name, in->len);
	for (i = 0; i < in->nedits && n < (int)len; i++)
		n += snprintf(buf + n, len - n, " %s@0x%llx/%llu=0x%llx", in->ed[i].op,
			      (unsigned long long)in->ed[i].off,
			      (unsigned long long)in->ed[i].len,
			      (unsigned long long)in->ed[i].val);
}

/* Server files the check group mutates; the last one's imports are refused. */
static const char * const check_files[] = {
	"bss_echo", "bss_relay", "bss_watch", "bss_fs", "bss_edu", "bss_rtl8139",
	"bss_counter", "bss_gate", "bss_ticker", "bss_spawner", "bss_hostile_import",
};

FIXTURE(fuzz) {
	struct bss_stats before;
	struct tally t;
};

FIXTURE_SETUP(fuzz)
{
	if (bss_fd() < 0)
		SKIP(return, "bss.ko is not loaded");
	self->before = stats();
	clock_gettime(CLOCK_MONOTONIC, &self->t.t0);
	ksft_print_msg("fuzz: bss.fuzz=%lu, seed 0x%llx\n", opt.scale,
		       (unsigned long long)opt.seed);
}

/* Each group leaves the runtime with what it had before. */
FIXTURE_TEARDOWN(fuzz)
{
	struct bss_stats after;
	int i;

	if (bss_fd() < 0)
		return;
	/* Destruction may finish in the reaper: give it a moment. */
	for (i = 0; i < 100; i++) {
		after = stats();
		if (after.instances == self->before.instances)
			break;
		usleep(50 * 1000);
	}
	EXPECT_EQ(self->before.images, after.images);
	EXPECT_EQ(self->before.instances, after.instances);
	EXPECT_EQ(self->before.services, after.services);
	if (total_inputs)
		__atomic_add_fetch(total_inputs, self->t.inputs, __ATOMIC_RELAXED);
	EXPECT_EQ(0, self->t.unclean) TH_LOG("%s: %lu outcomes were not clean", self->t.group,
					     self->t.unclean);
}

/* Is the answer to a server file clean? */
static int image_clean(const struct input *in, int err, const struct bss_image_check *c)
{
	static const int clean[] = { ENOEXEC, EPERM, E2BIG, ENOMEM };

	if (!memchr(c->msg, 0, sizeof(c->msg)) || !memchr(c->name, 0, sizeof(c->name)))
		return 0;
	if (in->expect)
		return err == in->expect;
	if (!err)
		return c->name[0] != 0;
	return in_set(err, clean, ARRAY_SIZE(clean)) && c->msg[0];
}

/* 1. Server files through BSS_IOC_IMAGE_CHECK. */
TEST_F_TIMEOUT(fuzz, image_check, 900)
{
	static struct srvfile files[ARRAY_SIZE(check_files)];
	struct bss_image_check c;
	unsigned int nf = 0, i;
	unsigned long k, n = share(SHARE_IMAGE);
	struct input in;
	char path[128], desc[512];
	struct rng r;
	int err;

	self->t.group = "image_check";
	rng_init(&r, 1);
	for (i = 0; i < ARRAY_SIZE(check_files); i++) {
		struct srvfile *f = &files[nf];

		snprintf(path, sizeof(path), BSS_DIR "%s.ko", check_files[i]);
		f->orig = read_all(path, &f->len);
		if (!f->orig)
			continue;
		ASSERT_EQ(0, elf_parse(&f->e, f->orig, f->len)) TH_LOG("%s", path);
		snprintf(f->name, sizeof(f->name), "%s.ko", check_files[i]);
		f->cap = f->len + IMG_SLACK;
		f->work = before_hole(f->cap);
		ASSERT_NE(NULL, f->work);
		memcpy(f->work, f->orig, f->len);
		nf++;
	}
	ASSERT_LT(0, nf);
	memset(&in, 0, sizeof(in));
	for (k = 0; k < n; k++) {
		in.f = &files[k % nf];
		in.len = in.f->len;
		in.lo = ~0UL;
		in.hi = 0;
		in.nedits = 0;
		in.expect = 0;
		memset(&c, 0, sizeof(c));
		c.size = sizeof(c);
		c.data = (unsigned long)in.f->work;
		/* The first round: each file as it is. */
		if (k >= nf) {
			switch (below(&r, 100)) {
			case 0:		/* past the limit: refused unread */
				in.len = ELF_MAX + 1 + below(&r, 1ULL << 31);
				in.expect = E2BIG;
				note(&in, "len", 0, in.len, 0);
				break;
			case 1:		/* running into unmapped memory */
				in.len = in.f->cap + 1 + below(&r, PAGE);
				in.expect = EFAULT;
				note(&in, "len", 0, in.len, 0);
				break;
			default:
				for (i = chance(&r, 25) ? 2 + below(&r, 2) : 1; i--;)
					edit_file(&r, &in);
				break;
			}
		}
		c.len = in.len;
		if (opt.trace) {
			input_describe(&in, desc, sizeof(desc));
			trace("# image_check %lu: %s\n", k, desc);
		}
		err = ioctl(bss_fd(), BSS_IOC_IMAGE_CHECK, &c) ? errno : 0;
		self->t.inputs++;
		tally_err(&self->t, err);
		if (!image_clean(&in, err, &c)) {
			input_describe(&in, desc, sizeof(desc));
			if (self->t.unclean++ < 10)
				TH_LOG("input %lu: %s -> %s (%.100s)", k, desc, errname(err),
				       c.msg);
		}
		if (k < nf && strcmp(in.f->name, "bss_hostile_import.ko"))
			EXPECT_EQ(0, err) TH_LOG("%s: %s", in.f->name, c.msg);
		restore(&in);
	}
	tally_print(&self->t, "inputs");
}

#ifndef R_X86_64_64
#define R_X86_64_64	1
#endif
#ifndef R_X86_64_PC64
#define R_X86_64_PC64	24
#endif

/* The module the load group mutates: small, and no other test holds it now. */
#define LOAD_IMAGE	"bss_echo"

struct spot {
	__u32 off;			/* in the file */
	__u16 sec;
};

/* Bytes that a relocation of an allocated section writes. */
static unsigned char *reloc_targets(const struct elf *e, const unsigned char *p, size_t len)
{
	unsigned char *t = calloc(len, 1);
	const struct elf64_shdr *rs, *ts;
	struct elf64_rela rel;
	unsigned int i, w;
	__u64 j, at;

	for (i = 0; t && i < e->nrela; i++) {
		rs = &e->sh[e->rela[i]];
		ts = &e->sh[rs->sh_info];
		for (j = 0; j + sizeof(rel) <= rs->sh_size; j += sizeof(rel)) {
			memcpy(&rel, p + rs->sh_offset + j, sizeof(rel));
			w = ELF64_R_TYPE(rel.r_info) == R_X86_64_64 ||
			    ELF64_R_TYPE(rel.r_info) == R_X86_64_PC64 ? 8 : 4;
			at = ts->sh_offset + rel.r_offset;
			if (ts->sh_type != SHT_NOBITS && rel.r_offset + w <= ts->sh_size)
				memset(t + at, 1, w);
		}
	}
	return t;
}

#ifndef SHF_STRINGS
#define SHF_STRINGS	0x20
#endif

/*
 * Bytes of a section that something uses: those of its objects (the
 * symbol table says where), every byte of a string section. Not the
 * padding between objects, which nothing reads.
 */
static unsigned char *data_bytes(const struct elf *e, const unsigned char *p, size_t len)
{
	const struct elf64_shdr *st = &e->sh[e->symtab], *sh;
	unsigned char *u = calloc(len, 1);
	struct elf64_sym sym;
	unsigned int i;
	__u64 j;

	for (i = 1; u && i < e->shnum; i++)
		if (e->sh[i].sh_type == SHT_PROGBITS && (e->sh[i].sh_flags & SHF_STRINGS))
			memset(u + e->sh[i].sh_offset, 1, e->sh[i].sh_size);
	for (j = 0; u && e->symtab && j + sizeof(sym) <= st->sh_size; j += sizeof(sym)) {
		memcpy(&sym, p + st->sh_offset + j, sizeof(sym));
		if (ELF64_ST_TYPE(sym.st_info) != STT_OBJECT || sym.st_shndx >= e->shnum)
			continue;
		sh = &e->sh[sym.st_shndx];
		if (sh->sh_type == SHT_PROGBITS && sym.st_value <= sh->sh_size &&
		    sh->sh_size - sym.st_value >= sym.st_size)
			memset(u + sh->sh_offset + sym.st_value, 1, sym.st_size);
	}
	return u;
}

/*
 * The length of an image without its module signature, if it has one
 * (make check-debug signs the servers: scripts/sign-file appends the
 * signature, a struct module_signature whose last field is its big-endian
 * length, and a marker). A mutated description breaks a signature, and
 * the module loader refuses a signature that does not verify before the
 * runtime sees anything, enforced or not; unsigned, the image loads
 * wherever signatures are not enforced, as a rebuilt one would.
 */
static size_t unsigned_len(const unsigned char *p, size_t len)
{
	static const char marker[] = "~Module signature appended~\n";
	const size_t m = sizeof(marker) - 1, ms = 12;
	const unsigned char *sig;
	size_t n;

	if (len < m + ms || memcmp(p + len - m, marker, m))
		return len;
	sig = p + len - m - ms;
	n = (size_t)sig[8] << 24 | sig[9] << 16 | sig[10] << 8 | sig[11];
	return n <= len - m - ms ? len - m - ms - n : len;
}

static int load_clean(int err)
{
	/* validate.c, svcreg.c and the import check; nothing else. */
	static const int clean[] = { EINVAL, E2BIG, EFAULT, ENOEXEC, ENAMETOOLONG, EPERM,
				     ENOMEM };

	return in_set(err, clean, ARRAY_SIZE(clean));
}

/*
 * 2. Descriptions through the real load path: BSS_IOC_IMAGE_CHECK, then
 * finit_module() of the bytes from a memfd, as bssctl image load does.
 * Only the description (section "bss_image") and the read-only data it
 * points into (.rodata*) are mutated, 1-4 bytes, never code: the module's
 * init is trusted code, which the runtime does not check and cannot
 * ("Trust" in docs/design.md); mutated code would execute garbage there.
 * Nor padding, which nothing reads, nor the bytes relocations write: the
 * module loader itself refuses those when they are not zero, before the
 * runtime sees anything.
 */
TEST_F_TIMEOUT(fuzz, load, 900)
{
	struct tally *msgs = calloc(1, sizeof(*msgs));
	unsigned long k, n = opt.loads ?: share(SHARE_LOAD), nloaded = 0, stale = 0;
	unsigned char *orig, *work, *relocs, *used;
	struct bss_image_check c;
	struct bss_load_error le;
	unsigned int nspots = 0, i, ne, s;
	struct spot *spots, ed[4];
	char shape[LABEL_LEN + 32], desc[256];
	__u8 was[4];
	int mfd, err, had, dn;
	struct elf e;
	struct rng r;
	size_t len;

	self->t.group = "load";
	rng_init(&r, 2);
	ASSERT_NE(NULL, msgs);
	orig = read_all(BSS_DIR LOAD_IMAGE ".ko", &len);
	ASSERT_NE(NULL, orig);
	len = unsigned_len(orig, len);
	ASSERT_EQ(0, elf_parse(&e, orig, len));
	relocs = reloc_targets(&e, orig, len);
	used = data_bytes(&e, orig, len);
	spots = calloc(len, sizeof(*spots));
	work = malloc(len);
	ASSERT_TRUE(relocs && used && spots && work);
	memcpy(work, orig, len);
	for (i = 1; i < e.shnum; i++) {
		const struct elf64_shdr *sh = &e.sh[i];
		__u64 j;

		if (sh->sh_type != SHT_PROGBITS || (strcmp(sec_name(&e, i), "bss_image") &&
						    strncmp(sec_name(&e, i), ".rodata", 7)))
			continue;
		for (j = 0; j < sh->sh_size; j++) {
			if (relocs[sh->sh_offset + j] || !used[sh->sh_offset + j])
				continue;
			spots[nspots].off = sh->sh_offset + j;
			spots[nspots++].sec = i;
		}
	}
	ASSERT_LT(0, nspots);
	had = loaded(LOAD_IMAGE);
	if (had)
		ASSERT_EQ(0, rmmod(LOAD_IMAGE)) TH_LOG(LOAD_IMAGE " is in use");
	mfd = syscall(SYS_memfd_create, "bss_fuzz", 0);
	ASSERT_LE(0, mfd);
	ASSERT_EQ(0, ftruncate(mfd, len));
	for (k = 0; k < n; k++) {
		ne = 1 + below(&r, 4);
		for (i = 0; i < ne; i++) {
			ed[i] = spots[below(&r, nspots)];
			s = ed[i].off;
			was[i] = work[s];
			switch (below(&r, 10)) {
			case 0:
			case 1:
			case 2:
			case 3:
				work[s] ^= 1u << below(&r, 8);
				break;
			case 4:
			case 5:
				work[s] ^= 1 + below(&r, 255);
				break;
			case 6:
				work[s] = work[s] ? 0 : 0xff;
				break;
			case 7:
				work[s] = work[s] == 0xff ? 0 : 0xff;
				break;
			default:	/* a small step of a count or an ID */
				if (s & 3)
					work[s] ^= 1u << below(&r, 8);
				else
					work[s] += below(&r, 2) ? 1 + below(&r, 4) :
						  -1 - below(&r, 4);
				break;
			}
		}
		dn = 0;
		for (i = 0; i < ne; i++)
			dn += snprintf(desc + dn, sizeof(desc) - dn, " %s+0x%llx:0x%02x->0x%02x",
				       sec_name(&e, ed[i].sec),
				       (unsigned long long)(ed[i].off - e.sh[ed[i].sec].sh_offset),
				       orig[ed[i].off], work[ed[i].off]);
		trace("# load %lu:%s\n", k, desc);
		self->t.inputs++;
		memset(&c, 0, sizeof(c));
		c.size = sizeof(c);
		c.len = len;
		c.data = (unsigned long)work;
		err = ioctl(bss_fd(), BSS_IOC_IMAGE_CHECK, &c) ? errno : 0;
		if (err) {
			snprintf(shape, sizeof(shape), "check -%s", errname(err));
			tally(&self->t, shape);
			if (!in_set(err, (const int[]){ ENOEXEC, EPERM }, 2) &&
			    self->t.unclean++ < 10)
				TH_LOG("input %lu:%s: image check -> %s: %s", k, desc,
				       errname(err), c.msg);
		} else {
			ASSERT_EQ((ssize_t)len, pwrite(mfd, work, len, 0));
			err = syscall(SYS_finit_module, mfd, "", 0) ? errno : 0;
			if (!err) {
				tally(&self->t, "loaded");
				if (nloaded++ < 5)
					ksft_print_msg("load: loaded with%s\n", desc);
				err = rmmod(LOAD_IMAGE);
				if (err && self->t.unclean++ < 10)
					TH_LOG("input %lu:%s: loaded, then rmmod -> %s", k, desc,
					       errname(-err));
				ASSERT_FALSE(loaded(LOAD_IMAGE)) TH_LOG("cannot go on");
			} else {
				tally_err(&self->t, err);
				memset(&le, 0, sizeof(le));
				le.size = sizeof(le);
				strcpy(le.name, LOAD_IMAGE);
				if (ioctl(bss_fd(), BSS_IOC_LOAD_ERROR, &le) || le.err != -err)
					snprintf(shape, sizeof(shape),
						 "-%s (BSS_IOC_LOAD_ERROR says %d)", errname(err),
						 le.err);
				else
					msg_shape(shape, sizeof(shape), "", le.msg);
				tally(msgs, shape);
				stale += le.err != -err;
				if (!load_clean(err) && self->t.unclean++ < 10)
					TH_LOG("input %lu:%s: -> %s: %s", k, desc, errname(err),
					       le.msg);
			}
		}
		for (i = ne; i-- > 0;)
			work[ed[i].off] = was[i];
	}
	close(mfd);
	if (had)
		EXPECT_EQ(0, load(LOAD_IMAGE));
	tally_print(&self->t, "inputs");
	tally_print_lines(msgs, 40);
	if (stale)
		ksft_print_msg("load: %lu BSS_IOC_LOAD_ERROR answers not the refusal just made\n",
			       stale);
	/* The newest refusal of a name is what BSS_IOC_LOAD_ERROR answers. */
	EXPECT_EQ(0, stale);
	free(msgs);
}

/* Group 3: configuration files. */
#define TEXT_MAX	(64 << 10)	/* BSS_CONF_MAX_TEXT (docs/config.md) */
#define TEXT_CAP	(TEXT_MAX + 8192)
#define CORPUS_MAX	24
#define NAME_CAP	200

struct cfile {
	char name[NAME_CAP];
	char *text;			/* TEXT_CAP bytes */
	size_t len;
};

static int cfile_cmp(const void *a, const void *b)
{
	return strcmp(((const struct cfile *)a)->name, ((const struct cfile *)b)->name);
}

/* The files under /lib/bss/conf, by their names there, sorted. */
static unsigned int corpus_read(struct cfile *c, unsigned int n, unsigned int max,
				const char *rel)
{
	char path[NAME_CAP + 64], sub[NAME_CAP];
	struct dirent *d;
	unsigned char *p;
	struct stat st;
	size_t len;
	DIR *dir;

	snprintf(path, sizeof(path), BSS_DIR "conf/%s", rel);
	dir = opendir(path);
	while (dir && (d = readdir(dir)) && n < max) {
		if (d->d_name[0] == '.')
			continue;
		if (snprintf(sub, sizeof(sub), "%s%s%s", rel, rel[0] ? "/" : "",
			     d->d_name) >= (int)sizeof(sub))
			continue;
		snprintf(path, sizeof(path), BSS_DIR "conf/%s", sub);
		if (stat(path, &st))
			continue;
		if (S_ISDIR(st.st_mode)) {
			n = corpus_read(c, n, max, sub);
			continue;
		}
		p = read_all(path, &len);
		if (!p || len > TEXT_MAX) {
			free(p);
			continue;
		}
		snprintf(c[n].name, NAME_CAP, "%s", sub);
		c[n].text = (char *)p;
		c[n++].len = len;
	}
	if (dir)
		closedir(dir);
	if (!rel[0])
		qsort(c, n, sizeof(*c), cfile_cmp);
	return n;
}

/* This machine's PCI devices as VENDOR:DEVICE, lower case. */
static unsigned int pci_ids(char (*ids)[10], unsigned int max)
{
	char path[300], v[16], dv[16];
	unsigned int n = 0;
	struct dirent *d;
	DIR *dir = opendir("/sys/bus/pci/devices");
	FILE *f;

	while (dir && (d = readdir(dir)) && n < max) {
		if (d->d_name[0] == '.')
			continue;
		v[0] = 0;
		dv[0] = 0;
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vendor", d->d_name);
		f = fopen(path, "r");
		if (f) {
			if (!fgets(v, sizeof(v), f))
				v[0] = 0;
			fclose(f);
		}
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/device", d->d_name);
		f = fopen(path, "r");
		if (f) {
			if (!fgets(dv, sizeof(dv), f))
				dv[0] = 0;
			fclose(f);
		}
		if (strlen(v) >= 6 && strlen(dv) >= 6)
			snprintf(ids[n++], 10, "%.4s:%.4s", v + 2, dv + 2);
	}
	if (dir)
		closedir(dir);
	return n;
}

/*
 * No text may name a PCI device of this machine: a driver statement with
 * its IDs would bind it (the RTL-8139 the network tests need, or the edu
 * device to the wrong driver). Whatever does is made to name fffe:fffe,
 * which no device here has, so driver statements still load and add their
 * entries to the database, and bind nothing.
 */
static unsigned int defuse(struct cfile *f, char (*ids)[10], unsigned int nids)
{
	unsigned int j, hits = 0, again = 1;
	size_t i;

	while (again) {
		again = 0;
		for (i = 0; i + 9 <= f->len; i++) {
			for (j = 0; j < nids; j++) {
				if (strncasecmp(f->text + i, ids[j], 9))
					continue;
				memcpy(f->text + i, "fffe:fffe", 9);
				hits++;
				again = 1;
			}
		}
	}
	return hits;
}

/* A device bound to bss, or 0: none may be while the group runs. */
static int pci_bound(char *addr, size_t len)
{
	DIR *dir = opendir("/sys/bus/pci/drivers/bss");
	struct dirent *d;
	int found = 0;

	while (dir && !found && (d = readdir(dir)))
		if (!strncmp(d->d_name, "0000:", 5))
			found = snprintf(addr, len, "%s", d->d_name) > 0;
	if (dir)
		closedir(dir);
	return found;
}

static void t_splice(struct cfile *f, size_t at, size_t del, const char *s, size_t n)
{
	if (at > f->len)
		at = f->len;
	if (del > f->len - at)
		del = f->len - at;
	if (f->len - del + n > TEXT_CAP)
		n = TEXT_CAP - (f->len - del);
	memmove(f->text + at + n, f->text + at + del, f->len - at - del);
	memcpy(f->text + at, s, n);
	f->len = f->len - del + n;
}

static unsigned int t_nlines(const struct cfile *f)
{
	unsigned int n = 1;
	size_t i;

	for (i = 0; i < f->len; i++)
		n += f->text[i] == '\n';
	return n;
}

/* Line k, without its newline: [*start, *end). */
static void t_line(const struct cfile *f, unsigned int k, size_t *start, size_t *end)
{
	size_t i = 0;

	while (k && i < f->len)
		if (f->text[i++] == '\n')
			k--;
	*start = i;
	while (i < f->len && f->text[i] != '\n')
		i++;
	*end = i;
}

static int blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n';
}

/* A random token: [*start, *end). */
static int t_token(struct rng *r, const struct cfile *f, size_t *start, size_t *end)
{
	unsigned int n = 0, k;
	size_t i;

	for (i = 0; i < f->len; i++)
		n += !blank(f->text[i]) && (!i || blank(f->text[i - 1]));
	if (!n)
		return 0;
	k = below(r, n);
	for (i = 0; i < f->len; i++) {
		if (blank(f->text[i]) || (i && !blank(f->text[i - 1])))
			continue;
		if (!k--)
			break;
	}
	*start = i;
	while (i < f->len && !blank(f->text[i]))
		i++;
	*end = i;
	return 1;
}

static const char * const words[] = {
	"provide", "start", "include", "driver", "pci", "shared", "as", "Provide", "#",
	"bss_echo", "bss_relay", "bss_gate", "bss_counter", "bss_latch", "bss_spawner",
	"bss_ticker", "bss_watch", "bss_rtl8139", "bss_edu", "bss_nosuch", "kernel_timer",
	"kernel_queue", "kernel_mem", "kernel_time", "kernel_pktq", "kernel_debug",
	"kernel_loader", "echo", "relay", "gate", "counter", "latch", "timer", "queue", "mem",
	"time", "pktq", "debug", "loader", "pcidev", "netdev", "dmabuf", "tick", "irqh", "nic",
	"sub/counter.conf", "./sub/counter.conf", "graph.conf", "../graph.conf", "/etc/passwd",
	"sub//counter.conf", "sub/", ".", "..", "a/./b", "sub/../graph.conf", "edu-driver.conf",
	"rtl8139-driver.conf", "10ec:8139", "1234:11e8", "10EC:8139:020000", "ffff:ffff",
	"0000:0000", "10ec:81", "zzzz:zzzz", "10ec:8139:02000", "fffe:fffe:ffffff", "mtu=1500",
	"a=b=c", "k=", "=v", "as=1", "x=#", "0", "-1", "4294967295", "4294967296",
	"18446744073709551616", "99999999999999999999999999", "-2147483648", "0x10", "1e9",
};

static const char specials[] = "\0\r\t\n #=:/.\x80\xff\x7f\x01a_-";

/* A word of len characters: an identifier, a path or digits. */
static void long_word(struct rng *r, char *buf, size_t len)
{
	static const char fill[] = "a0/9_-=.";
	char ch = fill[below(r, sizeof(fill) - 1)];
	size_t i;

	for (i = 0; i < len; i++)
		buf[i] = i ? ch : 'a';
}

static void edit_text(struct rng *r, struct cfile *f, const struct cfile *corpus,
		      unsigned int ncorpus)
{
	static const unsigned int lens[] = {
		54, 55, 56, 57, 60, 126, 127, 128, 129, 200, 4095, 4096, 4097, 5000,
	};
	static const unsigned int reps[] = { 2, 8, 64, 255, 256, 257, 300 };
	static const unsigned int big[] = { TEXT_MAX - 1, TEXT_MAX, TEXT_MAX + 1, TEXT_MAX + 4000 };
	static const char * const layout[] = { " \t ", "#", "\n\n", " # x" };
	static char buf[8192];
	const struct cfile *o = &corpus[below(r, ncorpus)];
	size_t a, b, c, d, n;
	unsigned int i, k;
	char ch;

	switch (below(r, 23)) {
	case 0:
	case 1:			/* a bit flipped */
		if (f->len)
			f->text[below(r, f->len)] ^= 1u << below(r, 8);
		break;
	case 2:
	case 3:			/* a byte set to something the parser cares about */
		ch = specials[below(r, sizeof(specials) - 1)];
		if (f->len)
			f->text[below(r, f->len)] = ch;
		break;
	case 4:			/* bytes inserted */
		n = 1 + below(r, 4);
		for (i = 0; i < n; i++)
			buf[i] = chance(r, 50) ? specials[below(r, sizeof(specials) - 1)] :
				 below(r, 256);
		t_splice(f, below(r, f->len + 1), 0, buf, n);
		break;
	case 5:			/* bytes deleted */
		t_splice(f, below(r, f->len + 1), 1 + below(r, 16), "", 0);
		break;
	case 6:
	case 7:
	case 8:			/* a line of another file spliced in */
		t_line(o, below(r, t_nlines(o)), &a, &b);
		t_line(f, below(r, t_nlines(f)), &c, &d);
		t_splice(f, c, 0, "\n", 1);
		t_splice(f, c, 0, o->text + a, b - a);
		break;
	case 9:			/* a line replaced by another file's */
		t_line(o, below(r, t_nlines(o)), &a, &b);
		t_line(f, below(r, t_nlines(f)), &c, &d);
		t_splice(f, c, d - c, o->text + a, b - a);
		break;
	case 10:		/* a line repeated, up to past the statement limit */
		t_line(f, below(r, t_nlines(f)), &a, &b);
		if (b - a + 1 > sizeof(buf))
			break;
		memcpy(buf, f->text + a, b - a);
		buf[b - a] = '\n';
		for (k = reps[below(r, ARRAY_SIZE(reps))]; k--;)
			t_splice(f, a, 0, buf, b - a + 1);
		break;
	case 11:		/* a line deleted */
		t_line(f, below(r, t_nlines(f)), &a, &b);
		t_splice(f, a, b - a + 1, "", 0);
		break;
	case 12:		/* two lines swapped */
		t_line(f, below(r, t_nlines(f)), &a, &b);
		t_line(f, below(r, t_nlines(f)), &c, &d);
		if (b < c && d - c < sizeof(buf) / 2 && b - a < sizeof(buf) / 2) {
			memcpy(buf, f->text + c, d - c);
			memcpy(buf + (d - c), f->text + a, b - a);
			t_splice(f, c, d - c, buf + (d - c), b - a);
			t_splice(f, a, b - a, buf, d - c);
		}
		break;
	case 13:
	case 14:
	case 15:		/* a token replaced by a word */
		if (t_token(r, f, &a, &b)) {
			const char *w = words[below(r, ARRAY_SIZE(words))];

			t_splice(f, a, b - a, w, strlen(w));
		}
		break;
	case 16:		/* a token replaced by one around a length limit */
		if (t_token(r, f, &a, &b)) {
			n = lens[below(r, ARRAY_SIZE(lens))];
			long_word(r, buf, n);
			t_splice(f, a, b - a, buf, n);
		}
		break;
	case 17:
	case 18:		/* a number made huge, negative or long */
		for (a = below(r, f->len + 1); a < f->len; a++)
			if (f->text[a] >= '0' && f->text[a] <= '9')
				break;
		for (b = a; b < f->len && f->text[b] >= '0' && f->text[b] <= '9'; b++)
			;
		if (chance(r, 50)) {
			const char *w = words[ARRAY_SIZE(words) - 1 - below(r, 10)];

			t_splice(f, a, b - a, w, strlen(w));
		} else {
			n = 1 + below(r, 40);
			for (i = 0; i < n; i++)
				buf[i] = '0' + below(r, 10);
			t_splice(f, a, b - a, buf, n);
		}
		break;
	case 19:		/* a start with many parameters */
		n = snprintf(buf, sizeof(buf), "start %s", chance(r, 50) ? "bss_echo" :
			     words[below(r, ARRAY_SIZE(words))]);
		if (chance(r, 30))
			n += snprintf(buf + n, sizeof(buf) - n, " as p%u",
				      (unsigned int)below(r, 4));
		for (k = below(r, 11); k--;) {
			if (chance(r, 10)) {
				buf[n++] = ' ';
				long_word(r, buf + n, 127 + below(r, 3));
				n += 127 + below(r, 1);
				buf[n++] = '=';
				buf[n++] = '1';
			} else {
				n += snprintf(buf + n, sizeof(buf) - n, " k%u=%s",
					      (unsigned int)below(r, 12),
					      words[below(r, ARRAY_SIZE(words))]);
			}
		}
		buf[n++] = '\n';
		t_line(f, below(r, t_nlines(f)), &a, &b);
		t_splice(f, a, 0, buf, n);
		break;
	case 20:		/* indentation, comments, blank lines */
		t_line(f, below(r, t_nlines(f)), &a, &b);
		k = below(r, 4);
		t_splice(f, k == 3 ? b : a, 0, layout[k], strlen(layout[k]));
		break;
	case 21:		/* grown to about the size limit */
		if (!chance(r, 20))
			break;
		n = big[below(r, ARRAY_SIZE(big))];
		while (f->len + 100 < n) {
			memset(buf, '#', 99);
			buf[99] = '\n';
			t_splice(f, f->len, 0, buf, 100);
		}
		while (f->len < n)
			t_splice(f, f->len, 0, "#", 1);
		break;
	default:		/* a line that is too long, or one at the limit */
		n = 4095 + below(r, 3);
		memset(buf, '#', n);
		t_splice(f, 0, 0, buf, n);
		break;
	}
}

struct bundle {
	unsigned int n;
	struct cfile f[BSS_GRAPH_FILES];
};

/* Includes nested deep, or in a cycle, after the main file. */
static void nest(struct rng *r, struct bundle *b)
{
	unsigned int depth = 1 + below(r, 12), i, k = below(r, 4);
	char line[NAME_CAP + 16];
	struct cfile *f;
	int n;

	n = snprintf(line, sizeof(line), "include n0.conf\n");
	t_splice(&b->f[0], chance(r, 50) ? 0 : b->f[0].len, 0, line, n);
	for (i = 0; i < depth && b->n < BSS_GRAPH_FILES; i++) {
		f = &b->f[b->n++];
		snprintf(f->name, NAME_CAP, "n%u.conf", i);
		f->len = 0;
		if (chance(r, 30))
			t_splice(f, 0, 0, "provide echo bss_echo shared\n", 29);
		if (i + 1 < depth)
			n = snprintf(line, sizeof(line), "include n%u.conf\n", i + 1);
		else if (k == 0)
			n = snprintf(line, sizeof(line), "include n0.conf\n");
		else if (k == 1)
			n = snprintf(line, sizeof(line), "include %s\n", b->f[0].name);
		else
			n = snprintf(line, sizeof(line), "start bss_relay as deep%u\n", i);
		t_splice(f, f->len, 0, line, n);
	}
}

static void rename_file(struct rng *r, struct cfile *f, const struct bundle *b)
{
	char other[NAME_CAP];

	memcpy(other, b->f[below(r, b->n)].name, NAME_CAP);
	switch (below(r, 6)) {
	case 0:
		f->name[0] = 0;
		break;
	case 1:
		snprintf(f->name, NAME_CAP, "/%.150s", other);
		break;
	case 2:
		snprintf(f->name, NAME_CAP, "../%.150s", other);
		break;
	case 3:			/* 127, 128 and more characters */
		long_word(r, f->name, 127 + below(r, 3));
		f->name[127 + below(r, 3)] = 0;
		break;
	case 4:			/* the name of another file */
		memcpy(f->name, other, NAME_CAP);
		break;
	default:
		f->name[below(r, strlen(f->name) + 1)] = "\x01 ./#"[below(r, 5)];
		break;
	}
}

static void bundle_describe(const struct bundle *b, char *buf, size_t len)
{
	unsigned int i;
	size_t j, n = 0;

	buf[0] = 0;
	for (i = 0; i < b->n && n + 16 < len; i++) {
		n += snprintf(buf + n, len - n, "%s'%.60s' (%zu): ", i ? "; " : "", b->f[i].name,
			      b->f[i].len);
		for (j = 0; j < b->f[i].len && j < 200 && n + 16 < len; j++) {
			unsigned char ch = b->f[i].text[j];

			n += snprintf(buf + n, len - n, ch >= 0x20 && ch < 0x7f && ch != '\\' ?
				      "%c" : "\\x%02x", ch);
		}
		if (j < b->f[i].len && n + 16 < len)
			n += snprintf(buf + n, len - n, "...");
	}
}

static int graph_clean(int err)
{
	static const int clean[] = { EINVAL, E2BIG, ENOENT, ENOMEM, ENXIO, ELOOP, EPERM,
				     EEXIST, EBUSY, ENODEV, ENOSPC, EAGAIN };

	return !err || in_set(err, clean, ARRAY_SIZE(clean));
}

static int graph_load_bundle(const struct bundle *b, struct bss_graph_load *gl)
{
	struct bss_graph_file f[BSS_GRAPH_FILES];
	unsigned int i;

	for (i = 0; i < b->n; i++) {
		f[i].name = (unsigned long)b->f[i].name;
		f[i].text = (unsigned long)b->f[i].text;
		f[i].len = b->f[i].len;
		f[i].pad = 0;
	}
	memset(gl, 0, sizeof(*gl));
	gl->size = sizeof(*gl);
	gl->nfiles = b->n;
	gl->files = (unsigned long)f;
	return ioctl(bss_fd(), BSS_IOC_GRAPH_LOAD, gl) ? errno : 0;
}

/* The next graph ID, found by loading an empty graph and unloading it. */
static __u32 graph_probe(void)
{
	struct bss_graph_file f = { .name = (unsigned long)"fuzz-probe.conf",
				    .text = (unsigned long)"" };
	struct bss_graph_load gl = { .size = sizeof(gl), .nfiles = 1,
				     .files = (unsigned long)&f };

	if (ioctl(bss_fd(), BSS_IOC_GRAPH_LOAD, &gl))
		return 0;
	graph_unload(gl.id, NULL);
	return gl.id;
}

/* Whatever graph got an ID in (first, last) and is still there goes. */
static unsigned int graph_sweep(__u32 first, __u32 last)
{
	unsigned int n = 0;
	__u32 id;

	for (id = first + 1; first && id < last; id++)
		n += !graph_unload(id, NULL);
	return n;
}

static unsigned int graph_nodes(void)
{
	struct bss_list l = { .size = sizeof(l), .entsize = sizeof(struct bss_graph_node) };

	return ioctl(bss_fd(), BSS_IOC_GRAPH_LIST, &l) ? ~0u : l.count;
}

/*
 * Images the configurations name, loaded so that graphs get built and
 * driver statements get past their check of the images (the drivers
 * cannot start outside a driver graph, and no device gets bound).
 */
static const char * const graph_images[] = {
	"bss_echo", "bss_relay", "bss_gate", "bss_counter", "bss_latch", "bss_spawner",
	"bss_ticker", "bss_watch", "bss_edu", "bss_rtl8139",
};

/*
 * 3. Configuration files through BSS_IOC_GRAPH_LOAD: the files of
 * /lib/bss/conf mutated, spliced into each other, nested; each bundle
 * holds every file, so that includes and driver configurations resolve.
 * A graph that loads is unloaded at once and must leave nothing behind.
 */
TEST_F_TIMEOUT(fuzz, graph, 900)
{
	static struct cfile corpus[CORPUS_MAX];
	static struct bundle b;
	struct tally *msgs = calloc(1, sizeof(*msgs));
	unsigned long k, n = share(SHARE_GRAPH);
	unsigned int nc, nids, i, j, nodes0, leaked;
	struct images im = { 0 };
	struct bss_graph_load gl;
	__u32 first, last;
	char ids[64][10], addr[64], shape[LABEL_LEN + 32];
	static char desc[4096];
	struct rng r;
	int err, drv;

	self->t.group = "graph";
	rng_init(&r, 3);
	ASSERT_NE(NULL, msgs);
	nc = corpus_read(corpus, 0, CORPUS_MAX, "");
	ASSERT_LT(0, nc);
	nids = pci_ids(ids, ARRAY_SIZE(ids));
	for (i = 0; i < nids; i++)
		ASSERT_NE(0, strncmp(ids[i], "fffe", 4)) TH_LOG("%s", ids[i]);
	for (i = 0; i < BSS_GRAPH_FILES; i++) {
		b.f[i].text = malloc(TEXT_CAP);
		ASSERT_NE(NULL, b.f[i].text);
	}
	ASSERT_FALSE(pci_bound(addr, sizeof(addr))) TH_LOG("%s is bound to bss already", addr);
	images_load(_metadata, &im, graph_images, ARRAY_SIZE(graph_images));
	nodes0 = graph_nodes();
	first = graph_probe();
	ASSERT_NE(0, first);
	for (k = 0; k < n; k++) {
		/* The main file first, then the others as they are. */
		b.n = 0;
		i = below(&r, nc);
		for (j = 0; j < nc; j++) {
			struct cfile *f = &b.f[b.n++], *src = &corpus[(i + j) % nc];

			memcpy(f->name, src->name, NAME_CAP);
			memcpy(f->text, src->text, src->len);
			f->len = src->len;
		}
		if (k >= nc) {
			for (j = 1 + below(&r, 4); j--;)
				edit_text(&r, &b.f[0], corpus, nc);
			if (chance(&r, 10))
				edit_text(&r, &b.f[1 + below(&r, b.n - 1)], corpus, nc);
			if (chance(&r, 15))
				nest(&r, &b);
			if (chance(&r, 5))
				rename_file(&r, &b.f[below(&r, b.n)], &b);
		}
		drv = 0;
		for (j = 0; j < b.n; j++) {
			defuse(&b.f[j], ids, nids);
			drv |= !!memmem(b.f[j].text, b.f[j].len, "driver", 6);
		}
		if (opt.trace) {
			bundle_describe(&b, desc, 600);
			trace("# graph %lu: %s\n", k, desc);
		}
		self->t.inputs++;
		err = graph_load_bundle(&b, &gl);
		tally_err(&self->t, err);
		if (err) {
			const char *m = strstr(gl.msg, ": ");

			snprintf(shape, sizeof(shape), "-%s ", errname(err));
			msg_shape(shape, sizeof(shape), shape, m ? m + 2 : gl.msg);
			tally(msgs, shape);
		}
		if (!graph_clean(err) || (err && !gl.msg[0]) ||
		    !memchr(gl.msg, 0, sizeof(gl.msg))) {
			bundle_describe(&b, desc, sizeof(desc));
			if (self->t.unclean++ < 10)
				TH_LOG("input %lu: %s -> %s: %s", k, desc, errname(err), gl.msg);
		}
		if (!err) {
			leaked = 0;
			err = graph_unload(gl.id, &leaked);
			if ((err || leaked) && self->t.unclean++ < 10) {
				bundle_describe(&b, desc, sizeof(desc));
				TH_LOG("input %lu: %s: unload -> %s, %u leaked", k, desc,
				       errname(-err), leaked);
			}
		}
		if (drv && graph_nodes() != nodes0 && self->t.unclean++ < 10) {
			bundle_describe(&b, desc, sizeof(desc));
			TH_LOG("input %lu: %s: graph nodes left", k, desc);
		}
		if (drv && pci_bound(addr, sizeof(addr))) {
			bundle_describe(&b, desc, sizeof(desc));
			ASSERT_TRUE(0) TH_LOG("input %lu bound %s: %s", k, addr, desc);
		}
	}
	last = graph_probe();
	EXPECT_EQ(0, graph_sweep(first, last));
	EXPECT_EQ(nodes0, graph_nodes());
	EXPECT_FALSE(pci_bound(addr, sizeof(addr))) TH_LOG("%s", addr);
	images_unload(_metadata, &im);
	tally_print(&self->t, "inputs");
	tally_print_lines(msgs, 30);
	free(msgs);
}

/* Group 4: the argument structures of every command. */
/* The arena: ARENA bytes, a hole, a page made read-only now and then, a hole. */
#define ARENA		(64 << 10)
#define A_BLOCKS	0		/* bytes with the high bit set, for blocks */
#define A_FILE		(16 << 10)	/* the head of a server file */
#define A_GRAPH		(32 << 10)	/* names, file tables and texts of graph loads */
#define A_ARG		(48 << 10)	/* the argument structure */
#define KNOWN_MAX	192
#define FNS_MAX		16
#define MINE_MAX	48
#define LIST_ALL	256

enum { P_NORMAL, P_END, P_NULL, P_HOLE, P_KERNEL, P_RO, P_ODD };

static const char * const ptr_names[] = { "normal", "end", "null", "hole", "kernel", "ro", "odd" };

#define KERNEL_PTR	0xffffffff81000000ULL

enum {
	C_VERSION, C_CHECK, C_LOADERR, C_ILIST, C_CREATE, C_DESTROY, C_NLIST, C_RLIST, C_CALL,
	C_STATS, C_FLIST, C_ELIST, C_GLOAD, C_GUNLOAD, C_GLIST, C_BAD, NCMDS
};

static const struct {
	unsigned long cmd;
	const char *name;
	unsigned int size;
	unsigned int weight;
	unsigned int entsize;		/* the list commands */
} cmds[NCMDS] = {
	[C_VERSION] = { BSS_IOC_VERSION, "VERSION", sizeof(struct bss_version), 2 },
	[C_CHECK] = { BSS_IOC_IMAGE_CHECK, "IMAGE_CHECK", sizeof(struct bss_image_check), 4 },
	[C_LOADERR] = { BSS_IOC_LOAD_ERROR, "LOAD_ERROR", sizeof(struct bss_load_error), 3 },
	[C_ILIST] = { BSS_IOC_IMAGE_LIST, "IMAGE_LIST", sizeof(struct bss_list), 3,
		      sizeof(struct bss_image_info) },
	[C_CREATE] = { BSS_IOC_INSTANCE_CREATE, "INSTANCE_CREATE",
		       sizeof(struct bss_instance_create), 12 },
	[C_DESTROY] = { BSS_IOC_INSTANCE_DESTROY, "INSTANCE_DESTROY",
			sizeof(struct bss_instance_destroy), 8 },
	[C_NLIST] = { BSS_IOC_INSTANCE_LIST, "INSTANCE_LIST", sizeof(struct bss_list), 3,
		      sizeof(struct bss_instance_info) },
	[C_RLIST] = { BSS_IOC_REF_LIST, "REF_LIST", sizeof(struct bss_list), 4,
		      sizeof(struct bss_ref_info) },
	[C_CALL] = { BSS_IOC_CALL, "CALL", sizeof(struct bss_call), 30 },
	[C_STATS] = { BSS_IOC_STATS, "STATS", sizeof(struct bss_stats), 2 },
	[C_FLIST] = { BSS_IOC_FN_LIST, "FN_LIST", sizeof(struct bss_list), 4,
		      sizeof(struct bss_fn_info) },
	[C_ELIST] = { BSS_IOC_ERROR_LIST, "ERROR_LIST", sizeof(struct bss_list), 3,
		      sizeof(struct bss_error_info) },
	[C_GLOAD] = { BSS_IOC_GRAPH_LOAD, "GRAPH_LOAD", sizeof(struct bss_graph_load), 8 },
	[C_GUNLOAD] = { BSS_IOC_GRAPH_UNLOAD, "GRAPH_UNLOAD", sizeof(struct bss_graph_unload),
			4 },
	[C_GLIST] = { BSS_IOC_GRAPH_LIST, "GRAPH_LIST", sizeof(struct bss_list), 3,
		      sizeof(struct bss_graph_node) },
	[C_BAD] = { 0, "other command", 0, 5 },
};

struct known {
	__u32 id;
	char image[BSS_NAME_LEN];
	unsigned int nfns;
	struct bss_fn_info fn[FNS_MAX];
};

struct g4 {
	struct rng r;
	unsigned char *a;		/* ARENA bytes */
	unsigned char *ro;
	unsigned int nstart;
	__u32 start[LIST_ALL];		/* instances before the group */
	unsigned int nforeign;
	__u32 foreign[LIST_ALL];	/* other users': never called, never destroyed */
	unsigned int nknown, nknown0;
	struct known known[KNOWN_MAX];	/* callable: the kernel's shared servers and ours */
	unsigned int nmine;
	__u32 mine[KNOWN_MAX];		/* made by this group */
	unsigned int ngone;
	__u32 gone[64];			/* destroyed: stale IDs */
	__u32 max_id;
	unsigned int nimages;
	struct bss_image_info images[64];
	__u32 gfirst;			/* the graphs of this group have larger IDs */
	unsigned int ngraphs;
	__u32 graphs[8];
	unsigned char *head;		/* the first bytes of a server file */
	size_t headlen;
	unsigned long created_unseen;	/* INSTANCE_CREATE made one, but failed */
	unsigned long loaded_unseen;	/* GRAPH_LOAD likewise */
};

static int has(const __u32 *set, unsigned int n, __u32 id)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (set[i] == id)
			return 1;
	return 0;
}

static struct known *known_find(struct g4 *g, __u32 id)
{
	unsigned int i;

	for (i = 0; i < g->nknown; i++)
		if (g->known[i].id == id)
			return &g->known[i];
	return NULL;
}

static void known_add(struct g4 *g, __u32 id, const char *image)
{
	struct bss_list l = { .size = sizeof(l), .id = id, .count = FNS_MAX,
			      .entsize = sizeof(struct bss_fn_info) };
	struct known *k;

	if (id > g->max_id)
		g->max_id = id;
	if (known_find(g, id) || g->nknown == KNOWN_MAX)
		return;
	k = &g->known[g->nknown++];
	memset(k, 0, sizeof(*k));
	k->id = id;
	snprintf(k->image, sizeof(k->image), "%s", image);
	l.buf = (unsigned long)k->fn;
	if (!ioctl(bss_fd(), BSS_IOC_FN_LIST, &l))
		k->nfns = l.count < FNS_MAX ? l.count : FNS_MAX;
}

static void mine_add(struct g4 *g, __u32 id, const char *image)
{
	if (!has(g->mine, g->nmine, id) && g->nmine < KNOWN_MAX)
		g->mine[g->nmine++] = id;
	known_add(g, id, image);
}

static unsigned int instances(struct bss_instance_info *all)
{
	struct bss_list l = { .size = sizeof(l), .count = LIST_ALL,
			      .entsize = sizeof(*all), .buf = (unsigned long)all };

	if (ioctl(bss_fd(), BSS_IOC_INSTANCE_LIST, &l))
		return 0;
	return l.count < LIST_ALL ? l.count : LIST_ALL;
}

/* New user-held instances whose IDs did not come back are ours too. */
static unsigned int adopt(struct g4 *g)
{
	static struct bss_instance_info all[LIST_ALL];
	unsigned int i, n = instances(all), found = 0;

	for (i = 0; i < n; i++) {
		if (has(g->start, g->nstart, all[i].id) || has(g->mine, g->nmine, all[i].id) ||
		    !(all[i].flags & BSS_INSTANCE_USER))
			continue;
		mine_add(g, all[i].id, all[i].image);
		found++;
	}
	return found;
}

static void g4_start(struct g4 *g)
{
	static struct bss_instance_info all[LIST_ALL];
	static struct bss_graph_node nodes[LIST_ALL];
	struct bss_list l = { .size = sizeof(l), .count = LIST_ALL, .entsize = sizeof(nodes[0]),
			      .buf = (unsigned long)nodes };
	unsigned int i, j, n = instances(all), nn = 0;
	int in_graph;

	if (!ioctl(bss_fd(), BSS_IOC_GRAPH_LIST, &l))
		nn = l.count < LIST_ALL ? l.count : LIST_ALL;
	for (i = 0; i < n; i++) {
		g->start[g->nstart++] = all[i].id;
		for (in_graph = 0, j = 0; j < nn; j++)
			in_graph |= nodes[j].instance == all[i].id;
		/* The kernel's shared servers may be called; nothing else of before. */
		if (!strncmp(all[i].image, "kernel_", 7) && !in_graph &&
		    !(all[i].flags & (BSS_INSTANCE_USER | BSS_INSTANCE_LOCAL)))
			known_add(g, all[i].id, all[i].image);
		else
			g->foreign[g->nforeign++] = all[i].id;
		if (all[i].id > g->max_id)
			g->max_id = all[i].id;
	}
	g->nknown0 = g->nknown;
	l.count = ARRAY_SIZE(g->images);
	l.entsize = sizeof(g->images[0]);
	l.buf = (unsigned long)g->images;
	if (!ioctl(bss_fd(), BSS_IOC_IMAGE_LIST, &l))
		g->nimages = l.count < ARRAY_SIZE(g->images) ? l.count : ARRAY_SIZE(g->images);
}

/* A couple of servers of each kind the calls can reach. */
static void scratch_create(struct g4 *g)
{
	unsigned int e = create("bss_echo", 0, NULL), id;

	if (e)
		mine_add(g, e, "bss_echo");
	id = create("bss_echo", 0, NULL);
	if (id)
		mine_add(g, id, "bss_echo");
	id = e ? create("bss_relay", 1, &e) : 0;
	if (id)
		mine_add(g, id, "bss_relay");
	id = create("bss_watch", 0, NULL);
	if (id)
		mine_add(g, id, "bss_watch");
	id = create("bss_fs", 0, NULL);
	if (id)
		mine_add(g, id, "bss_fs");
}

static int force_destroy(__u32 id)
{
	struct bss_instance_destroy d = { .size = sizeof(d), .id = id, .flags = BSS_DESTROY_FORCE };

	return ioctl(bss_fd(), BSS_IOC_INSTANCE_DESTROY, &d) ? -errno : 0;
}

/*
 * Ours go: the graphs, the user handles, then by force what lives on
 * (servers that hold each other). Returns how many new instances are
 * still there after five seconds, and names them.
 */
static unsigned int mine_destroy(struct g4 *g)
{
	static struct bss_instance_info all[LIST_ALL];
	unsigned int i, n, left = 0, tries;

	while (g->ngraphs)
		graph_unload(g->graphs[--g->ngraphs], NULL);
	adopt(g);
	for (i = 0; i < g->nmine; i++)
		destroy(g->mine[i]);
	n = instances(all);
	for (i = 0; i < n; i++)
		if (has(g->mine, g->nmine, all[i].id))
			force_destroy(all[i].id);
	for (tries = 0; tries < 100; tries++) {
		n = instances(all);
		for (left = 0, i = 0; i < n; i++)
			left += !has(g->start, g->nstart, all[i].id);
		if (!left)
			break;
		usleep(50 * 1000);
	}
	for (i = 0; i < n && left; i++) {
		if (has(g->start, g->nstart, all[i].id))
			continue;
		ksft_print_msg("ioctl: left: %u (%s), parent %u, %u refs, flags 0x%x%s\n",
			       all[i].id, all[i].image, all[i].parent, all[i].refcount,
			       all[i].flags, has(g->mine, g->nmine, all[i].id) ? ", ours" : "");
	}
	for (i = 0; i < g->nmine && g->ngone < ARRAY_SIZE(g->gone); i++)
		g->gone[g->ngone++] = g->mine[i];
	g->nmine = 0;
	g->nknown = g->nknown0;
	return left;
}

static __u32 pick_id(struct g4 *g)
{
	static const __u32 odd[] = {
		0x7fffffff, 0x80000000, 0xffffffff, 0x80000001, 0xfffffffe, 0x10000,
	};
	struct rng *r = &g->r;
	__u32 id;

	switch (below(r, 20)) {
	case 0:
		id = 0;
		break;
	case 1:
		id = 1 + below(r, 16);
		break;
	case 2:
		id = g->max_id + below(r, 8);
		break;
	case 3:
		id = g->ngone ? g->gone[below(r, g->ngone)] : 0;
		break;
	case 4:
		id = odd[below(r, ARRAY_SIZE(odd))];
		break;
	case 5:
		id = rnd(r);
		break;
	case 6:
	case 7:
	case 8:
		id = g->nmine ? g->mine[below(r, g->nmine)] : 0;
		break;
	default:
		id = g->nknown ? g->known[below(r, g->nknown)].id : 0;
		break;
	}
	/* Never at other users' instances. */
	return has(g->foreign, g->nforeign, id) ? 0x7ffffffe : id;
}

static __u64 pick_scalar(struct rng *r)
{
	static const __u64 v[] = {
		0, 1, 2, 3, 4, 5, 7, 8, 16, 31, 32, 63, 64, 255, 256, 1000, 1024, 4096, 65535,
		65536, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ULL,
		0x7fffffffffffffffULL, 0x8000000000000000ULL, ~0ULL,
	};

	if (chance(r, 50))
		return v[below(r, ARRAY_SIZE(v))];
	return chance(r, 50) ? below(r, 1024) : rnd(r);
}

static __u64 pick_len(struct rng *r)
{
	static const __u64 v[] = {
		0, 1, 2, 7, 8, 13, 14, 60, 64, 100, 1514, 1518, 1519, 4096, 16384, 65535, 65536,
		65537, 1 << 20, 0xffffffff, 0x100000000ULL, ~0ULL,
	};

	return chance(r, 60) ? below(r, 256) : v[below(r, ARRAY_SIZE(v))];
}

/* A block: writable ones only where a write cannot hurt this process. */
static __u64 pick_block(struct g4 *g, unsigned int off, int written)
{
	struct rng *r = &g->r;

	switch (below(r, 20)) {
	case 0:
		return 0;
	case 1:
		return (unsigned long)(g->a + ARENA - below(r, 64));	/* into the hole */
	case 2:
		return KERNEL_PTR + below(r, 1 << 20) * PAGE;
	case 3:
		return (unsigned long)g->ro;
	case 4:
		if (!written)
			return rnd(r);
		return (unsigned long)(g->a + off);
	default:
		return (unsigned long)(g->a + off + below(r, 256));
	}
}

static __u32 pick_size(struct rng *r, unsigned int k, int *tail)
{
	static const __u32 huge[] = { 0x1000, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff };

	*tail = 0;
	switch (below(r, 20)) {
	case 0:
		return 0;
	case 1:
		return 1 + below(r, 7);
	case 2:
		return k - 1 - below(r, 16);
	case 3:
		return below(r, k);
	case 4:
		*tail = 1;
		return k + 1 + below(r, 64);
	case 5:
		return k + 1 + below(r, 64);
	case 6:
		return k + below(r, 4096);
	case 7:
		return huge[below(r, ARRAY_SIZE(huge))];
	default:
		return k;
	}
}

static int pick_cmd(struct rng *r)
{
	unsigned int i, total = 0, x;

	for (i = 0; i < NCMDS; i++)
		total += cmds[i].weight;
	x = below(r, total);
	for (i = 0; x >= cmds[i].weight; i++)
		x -= cmds[i].weight;
	return i;
}

static void pick_image(struct g4 *g, char *name)
{
	static const char * const extra[] = {
		"bss_echo", "bss_relay", "bss_watch", "bss_fs", "kernel_timer", "kernel_queue",
		"kernel_pktq", "kernel_mem", "kernel_time", "kernel_debug", "kernel_loader",
		"bss_nosuch", "",
	};
	struct rng *r = &g->r;
	unsigned int i;

	memset(name, 0, BSS_NAME_LEN);
	switch (below(r, 10)) {
	case 0:			/* no NUL */
		for (i = 0; i < BSS_NAME_LEN; i++)
			name[i] = 'a' + below(r, 26);
		break;
	case 1:			/* random bytes */
		for (i = 0; i < BSS_NAME_LEN; i++)
			name[i] = below(r, 256);
		break;
	case 2:			/* a loaded image, one character off */
		if (g->nimages) {
			snprintf(name, BSS_NAME_LEN, "%s", g->images[below(r, g->nimages)].name);
			name[below(r, strlen(name) + 1)] ^= 1u << below(r, 8);
		}
		break;
	default:
		snprintf(name, BSS_NAME_LEN, "%s", extra[below(r, ARRAY_SIZE(extra))]);
		break;
	}
}

/* Servers the fuzzer may create and call: none that waits or spins. */
static int image_allowed(const char *name)
{
	static const char * const ok[] = {
		"bss_echo", "bss_relay", "bss_watch", "bss_fs", "kernel_timer", "kernel_queue",
		"kernel_pktq", "kernel_mem", "kernel_time", "kernel_debug", "kernel_loader",
		"bss_nosuch",
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ok); i++)
		if (!strncmp(name, ok[i], BSS_NAME_LEN))
			return 1;
	return !memchr(name, 0, BSS_NAME_LEN) || !strstr(name, "bss_");
}

static __u32 image_required(struct g4 *g, const char *name)
{
	unsigned int i;

	for (i = 0; i < g->nimages; i++)
		if (!strncmp(g->images[i].name, name, BSS_NAME_LEN))
			return g->images[i].nrequired;
	return 0;
}

static void build_call(struct g4 *g, struct bss_call *c)
{
	struct rng *r = &g->r;
	const struct bss_fn_info *fi = NULL;
	struct known *k;
	unsigned int i, kind;

	c->id = pick_id(g);
	k = known_find(g, c->id);
	if (k && k->nfns && chance(r, 90)) {
		c->fn = below(r, k->nfns);
		fi = &k->fn[c->fn];
		c->nargs = chance(r, 90) ? fi->nargs : below(r, 6);
	} else {
		c->fn = chance(r, 80) ? below(r, 8) : rnd(r);
		c->nargs = chance(r, 90) ? below(r, 5) : rnd(r);
	}
	for (i = 0; i < BSS_ARGS; i++) {
		kind = fi && i < fi->nargs ? fi->arg[i] : below(r, 8);
		switch (kind) {
		case 3:
			c->args[i] = chance(r, 85) ? pick_id(g) : pick_scalar(r);
			break;
		case 4:
		case 6:
			c->args[i] = pick_block(g, A_BLOCKS, kind == 6);
			break;
		case 5:
			c->args[i] = pick_block(g, A_BLOCKS, 1);
			break;
		case 7:
			c->args[i] = pick_len(r);
			break;
		default:
			c->args[i] = pick_scalar(r);
			break;
		}
	}
	c->context = chance(r, 70) ? BSS_CALL_PROCESS : chance(r, 90) ? 1 + below(r, 3) : rnd(r);
	/* Bounded waits: time.msleep up to 2 ms, queue.get never waiting. */
	if (k && c->fn < k->nfns) {
		if (!strcmp(k->image, "kernel_time") && !strcmp(k->fn[c->fn].name, "msleep"))
			c->args[0] = below(r, 3);
		if (!strcmp(k->image, "kernel_queue") && !strcmp(k->fn[c->fn].name, "get"))
			c->args[0] = 0;
	}
}

static void build_create(struct g4 *g, struct bss_instance_create *c)
{
	struct rng *r = &g->r;
	unsigned int i;

	do
		pick_image(g, c->image);
	while (!image_allowed(c->image));
	c->nbind = chance(r, 60) ? image_required(g, c->image) :
		   chance(r, 80) ? below(r, 18) : rnd(r);
	for (i = 0; i < ARRAY_SIZE(c->bind); i++)
		c->bind[i] = chance(r, 30) && g->nmine ? g->mine[0] : pick_id(g);
}

/* The texts graph loads get here: no server of them waits (not queue, not time). */
static const char * const snippets[] = {
	"", "start bss_echo",
	"provide echo bss_echo shared\nstart bss_relay\nstart bss_relay as r2",
	"include g.conf", "start bss_watch\nstart bss_fs", "provide", "#\n#\n",
	"driver pci fffe:fffe g.conf\nstart bss_echo", "start bss_relay", "start bss_nosuch",
	"include sub/g.conf\nstart bss_echo as e2",
};

static void build_graph_load(struct g4 *g, struct bss_graph_load *gl)
{
	struct bss_graph_file *f = (void *)(g->a + A_GRAPH + 1024);
	char *names = (char *)g->a + A_GRAPH, *texts = (char *)g->a + A_GRAPH + 2048;
	struct rng *r = &g->r;
	unsigned int i, n, t;
	size_t used = 0;

	memset(g->a + A_GRAPH, 0, A_ARG - A_GRAPH);
	strcpy(names, "g.conf");
	strcpy(names + 16, "sub/g.conf");
	long_word(r, names + 32, 127);
	long_word(r, names + 256, 200);
	switch (below(r, 10)) {
	case 0:
		n = 0;
		break;
	case 1:
		n = chance(r, 50) ? BSS_GRAPH_FILES + 1 : rnd(r);
		break;
	case 2:
		n = 4 + below(r, BSS_GRAPH_FILES);
		break;
	default:
		n = 1 + below(r, 3);
		break;
	}
	gl->nfiles = n;
	gl->files = chance(r, 90) ? (unsigned long)f : pick_block(g, A_GRAPH + 1024, 0);
	for (i = 0; i < n && i < 40; i++) {
		switch (below(r, 12)) {
		case 0:
			f[i].name = 0;
			break;
		case 1:
			f[i].name = (unsigned long)(names + 32);
			break;
		case 2:
			f[i].name = (unsigned long)(names + 256);
			break;
		case 3:
			f[i].name = pick_block(g, A_GRAPH, 0);
			break;
		default:
			f[i].name = (unsigned long)(names + (chance(r, 80) ? 0 : 16));
			break;
		}
		t = below(r, ARRAY_SIZE(snippets));
		if (used + strlen(snippets[t]) + 1 < 4096) {
			strcpy(texts + used, snippets[t]);
			f[i].text = (unsigned long)(texts + used);
			f[i].len = strlen(snippets[t]);
			used += f[i].len + 1;
		}
		if (chance(r, 10))
			f[i].text = pick_block(g, A_GRAPH, 0);
		if (chance(r, 10))
			f[i].len = pick_len(r);
		f[i].pad = chance(r, 95) ? 0 : rnd(r);
	}
}

static int ioctl_clean(int cmd, int err, long ret)
{
	static const int clean[] = {
		EPERM, ENOENT, EFAULT, EINVAL, E2BIG, ENOMEM, ENOTTY, EBADF, ENXIO, EAGAIN,
		EDEADLK, ELOOP, EMFILE, EOVERFLOW, ENOSPC, EBUSY, ENAMETOOLONG, ENOEXEC,
	};

	if (ret != 0 && ret != -1)
		return 0;
	if (cmd == C_BAD)
		return err == ENOTTY;
	return !err || in_set(err, clean, ARRAY_SIZE(clean));
}

struct g4_input {
	int cmd;
	unsigned long ioc;
	__u32 usize;
	int tail, ptr;
	unsigned char st[PAGE];
};

static void g4_describe(const struct g4_input *in, char *buf, size_t len)
{
	unsigned int i, k = cmds[in->cmd].size ?: 64;
	int n;

	n = snprintf(buf, len, "%s (0x%lx) size %u%s at %s:", cmds[in->cmd].name, in->ioc,
		     in->usize, in->tail ? " nonzero tail" : "", ptr_names[in->ptr]);
	for (i = 0; i < k && n < (int)len - 4; i += 4) {
		__u32 w;

		memcpy(&w, in->st + i, 4);
		n += snprintf(buf + n, len - n, " %x", w);
	}
}

static void g4_build(struct g4 *g, struct g4_input *in)
{
	union {
		struct bss_image_check ic;
		struct bss_load_error le;
		struct bss_list l;
		struct bss_instance_create cr;
		struct bss_instance_destroy de;
		struct bss_call c;
		struct bss_graph_load gl;
		struct bss_graph_unload gu;
		unsigned char raw[PAGE];
	} *u = (void *)in->st;
	struct rng *r = &g->r;
	unsigned int k, i;
	__u32 id;

	memset(in->st, 0, sizeof(in->st));
	in->cmd = pick_cmd(r);
	in->ioc = cmds[in->cmd].cmd;
	k = cmds[in->cmd].size;
	/* Output fields hold junk now and then: the kernel must not read them. */
	if (chance(r, 10))
		for (i = 4; i < k; i++)
			in->st[i] = below(r, 256);
	switch (in->cmd) {
	case C_CHECK:
		u->ic.len = chance(r, 20) ? ELF_MAX + below(r, 3) : pick_len(r);
		u->ic.data = pick_block(g, A_FILE, 0);
		break;
	case C_LOADERR:
		pick_image(g, u->le.name);
		break;
	case C_ILIST:
	case C_NLIST:
	case C_RLIST:
	case C_FLIST:
	case C_ELIST:
	case C_GLIST:
		u->l.id = pick_id(g);
		u->l.count = chance(r, 97) ? pick_len(r) & 0x1ff : pick_scalar(r);
		u->l.entsize = chance(r, 85) ? cmds[in->cmd].entsize :
			       chance(r, 50) ? cmds[in->cmd].entsize + below(r, 3) - 1 : rnd(r);
		u->l.buf = pick_block(g, A_BLOCKS, 1);
		break;
	case C_CREATE:
		build_create(g, &u->cr);
		break;
	case C_DESTROY:
		id = pick_id(g);
		u->de.id = id;
		u->de.flags = chance(r, 70) ? 0 : chance(r, 50) ? BSS_DESTROY_FORCE : rnd(r);
		/* Force only at what this group made. */
		if (!has(g->mine, g->nmine, id))
			u->de.flags &= ~BSS_DESTROY_FORCE;
		u->de.pad = chance(r, 95) ? 0 : rnd(r);
		break;
	case C_CALL:
		build_call(g, &u->c);
		break;
	case C_GLOAD:
		build_graph_load(g, &u->gl);
		break;
	case C_GUNLOAD:
		switch (below(r, 4)) {
		case 0:
			u->gu.id = g->ngraphs ? g->graphs[below(r, g->ngraphs)] : 0;
			break;
		case 1:
			u->gu.id = g->gfirst + below(r, 64);
			break;
		case 2:
			u->gu.id = chance(r, 50) ? 0 : 0xffffffff;
			break;
		default:
			u->gu.id = g->gfirst + below(r, 0xffffffffu - g->gfirst);
			break;
		}
		break;
	case C_BAD:
		switch (below(r, 3)) {
		case 0:		/* a number the runtime does not have */
			in->ioc = _IOC(below(r, 4), BSS_IOC_MAGIC, 0x0f + below(r, 0xf1),
				       below(r, 512));
			break;
		case 1:		/* a command with another direction */
			in->ioc = cmds[below(r, C_BAD)].cmd ^ (1 + below(r, 3)) << _IOC_DIRSHIFT;
			break;
		default:
			in->ioc = _IO(BSS_IOC_MAGIC, below(r, 256));
			if (_IOC_NR(in->ioc) == 0)	/* _IO(magic, 0) is not VERSION */
				in->ioc = _IO(BSS_IOC_MAGIC, 0x80);
			break;
		}
		break;
	default:
		break;
	}
	/*
	 * The command as a caller built with an older or newer struct spells
	 * it: another size in its number, the same command (dev.c).
	 */
	if (in->cmd != C_BAD && chance(r, 10))
		in->ioc ^= (1 + below(r, 255)) << _IOC_SIZESHIFT;
	in->usize = k ? pick_size(r, k, &in->tail) : rnd(r);
	in->ptr = below(r, 100);
	in->ptr = in->ptr < 80 ? P_NORMAL : in->ptr < 84 ? P_END : in->ptr < 87 ? P_NULL :
		  in->ptr < 90 ? P_HOLE : in->ptr < 93 ? P_KERNEL : in->ptr < 96 ? P_RO : P_ODD;
	memcpy(in->st, &in->usize, 4);
}

/* Where the structure goes; the area after it is zero unless asked. */
static unsigned char *g4_place(struct g4 *g, struct g4_input *in)
{
	unsigned int k = cmds[in->cmd].size ?: 64, n = k, i;
	unsigned char *p;

	memset(g->a + A_ARG, 0, ARENA - A_ARG);
	memset(g->ro, 0, PAGE);
	switch (in->ptr) {
	case P_NULL:
		return NULL;
	case P_HOLE:
		return g->a + ARENA + below(&g->r, PAGE - 8);
	case P_KERNEL:
		return (unsigned char *)(unsigned long)KERNEL_PTR;
	case P_END:
		p = g->a + ARENA - k;
		break;
	case P_RO:
		p = g->ro;
		break;
	case P_ODD:
		p = g->a + A_ARG + 1;
		break;
	default:
		p = g->a + A_ARG;
		break;
	}
	memcpy(p, in->st, k);
	if (in->tail && in->usize > k) {
		n = in->usize - k;
		if (p + k + n > g->a + ARENA && p != g->ro)
			n = g->a + ARENA - (p + k);
		if (p == g->ro && k + n > PAGE)
			n = PAGE - k;
		for (i = 0; i < n; i++)
			p[k + i] = 1 + below(&g->r, 255);
	}
	return p;
}

/* Blocks and the file head again, after a command wrote over them. */
static void g4_refill(struct g4 *g)
{
	unsigned int i;

	for (i = 0; i < A_FILE - A_BLOCKS; i++)
		g->a[A_BLOCKS + i] = 0x80 | below(&g->r, 128);
	memcpy(g->a + A_FILE, g->head, g->headlen);
}

/* What a command that worked made, so that it can be undone. */
static void g4_after(struct g4 *g, struct g4_input *in, const unsigned char *p, int err)
{
	const struct bss_instance_create *cr = (const void *)p;
	const struct bss_graph_load *gl = (const void *)p;
	const struct bss_instance_destroy *de = (const void *)in->st;
	int readable = in->ptr == P_NORMAL || in->ptr == P_ODD || in->ptr == P_END ||
		       in->ptr == P_RO;

	switch (in->cmd) {
	case C_CREATE:
		if (err && err != EFAULT)
			break;
		if (!err && readable && in->usize >= offsetof(struct bss_instance_create, id) + 4)
			mine_add(g, cr->id, cr->image);
		else if (adopt(g) && err)
			g->created_unseen++;
		break;
	case C_DESTROY:
		if (!err && g->ngone < ARRAY_SIZE(g->gone))
			g->gone[g->ngone++] = de->id;
		break;
	case C_GLOAD:
		if (err && err != EFAULT)
			break;
		if (!err && readable && in->usize >= offsetof(struct bss_graph_load, id) + 4) {
			if (g->ngraphs < ARRAY_SIZE(g->graphs))
				g->graphs[g->ngraphs++] = gl->id;
			else
				graph_unload(gl->id, NULL);
		} else {
			/* Its ID is the one before the next: nothing else loads graphs now. */
			__u32 next = graph_probe();

			if (next && !graph_unload(next - 1, NULL) && err)
				g->loaded_unseen++;
		}
		break;
	case C_ILIST:
	case C_NLIST:
	case C_RLIST:
	case C_FLIST:
	case C_ELIST:
	case C_GLIST:
		g4_refill(g);
		break;
	default:
		break;
	}
	if (g->ngraphs == ARRAY_SIZE(g->graphs) && chance(&g->r, 20)) {
		while (g->ngraphs)
			graph_unload(g->graphs[--g->ngraphs], NULL);
	}
}

/*
 * 4. Argument structures: every command, with sizes from 0 to huge (a
 * tail of zeros is accepted, one that is not refused), random fields,
 * pointers to nothing, the kernel, read-only memory; calls to random
 * instances, the kernel's shared servers and scratch servers of ours.
 * What it creates is destroyed at the end, by force only if it is ours.
 */
TEST_F_TIMEOUT(fuzz, ioctl, 300)
{
	static const char * const need[] = { "bss_echo", "bss_relay", "bss_watch", "bss_fs" };
	static struct bss_instance_info all[LIST_ALL];
	struct tally *per = calloc(NCMDS, sizeof(*per));
	struct g4 *g = calloc(1, sizeof(*g));
	unsigned long k, n = share(SHARE_IOCTL);
	struct images im = { 0 };
	struct g4_input in;
	unsigned int i, left, ni;
	unsigned char *p, *echo;
	char names[NCMDS][32], desc[1024];
	__u32 glast;
	size_t elen;
	long ret;
	int err;

	self->t.group = "ioctl";
	ASSERT_TRUE(per && g);
	rng_init(&g->r, 4);
	p = mmap(NULL, ARENA + 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		 -1, 0);
	ASSERT_NE(MAP_FAILED, p);
	ASSERT_EQ(0, mprotect(p + ARENA, PAGE, PROT_NONE));
	ASSERT_EQ(0, mprotect(p + ARENA + 2 * PAGE, PAGE, PROT_NONE));
	g->a = p;
	g->ro = p + ARENA + PAGE;
	echo = read_all(BSS_DIR "bss_echo.ko", &elen);
	ASSERT_NE(NULL, echo);
	g->head = echo;
	g->headlen = elen < A_GRAPH - A_FILE ? elen : A_GRAPH - A_FILE;
	g4_refill(g);
	images_load(_metadata, &im, need, ARRAY_SIZE(need));
	g4_start(g);
	g->gfirst = graph_probe();
	ASSERT_NE(0, g->gfirst);
	scratch_create(g);
	ASSERT_LE(5, g->nmine);
	for (k = 0; k < n; k++) {
		g4_build(g, &in);
		p = g4_place(g, &in);
		if (opt.trace) {
			g4_describe(&in, desc, sizeof(desc));
			trace("# ioctl %lu: %s\n", k, desc);
		}
		if (in.ptr == P_RO)
			mprotect(g->ro, PAGE, PROT_READ);
		ret = ioctl(bss_fd(), in.ioc, p);
		err = ret ? errno : 0;
		if (in.ptr == P_RO)
			mprotect(g->ro, PAGE, PROT_READ | PROT_WRITE);
		self->t.inputs++;
		tally_err(&self->t, err);
		per[in.cmd].inputs++;
		tally_err(&per[in.cmd], err);
		if (!ioctl_clean(in.cmd, err, ret)) {
			g4_describe(&in, desc, sizeof(desc));
			if (self->t.unclean++ < 10)
				TH_LOG("input %lu: %s -> %ld, %s", k, desc, ret, errname(err));
		}
		g4_after(g, &in, p, err);
		if (g->nmine >= MINE_MAX) {
			left = mine_destroy(g);
			EXPECT_EQ(0, left) TH_LOG("input %lu: %u instances outlived destruction",
						  k, left);
			scratch_create(g);
		}
	}
	left = mine_destroy(g);
	EXPECT_EQ(0, left) TH_LOG("%u instances outlived their destruction", left);
	glast = graph_probe();
	EXPECT_EQ(0, graph_sweep(g->gfirst, glast));
	/* Exactly the instances of before are left. */
	ni = instances(all);
	EXPECT_EQ(g->nstart, ni);
	for (i = 0; i < ni; i++)
		EXPECT_TRUE(has(g->start, g->nstart, all[i].id)) TH_LOG("instance %u (%s) is new",
									all[i].id, all[i].image);
	images_unload(_metadata, &im);
	tally_print(&self->t, "inputs");
	for (i = 0; i < NCMDS; i++) {
		snprintf(names[i], sizeof(names[i]), "  %s", cmds[i].name);
		per[i].group = names[i];
		tally_print(&per[i], "inputs");
	}
	if (g->created_unseen || g->loaded_unseen)
		ksft_print_msg("ioctl: made by commands that failed: %lu instances, %lu graphs\n",
			       g->created_unseen, g->loaded_unseen);
	free(echo);
	free(per);
	free(g);
}

TEST_HARNESS_MAIN
