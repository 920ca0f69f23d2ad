// SPDX-License-Identifier: GPL-2.0
/*
 * Host unit test of bss_elf_check() (bsskmod/elfcheck.c), printing TAP.
 *
 * Usage: elfcheck_test OBJ NAME NUNDEF IMAGE_SIZE
 * OBJ is a server object gcc built from source at test time; the other
 * arguments are what nm and objdump say about it. The test also synthesizes
 * a minimal server in memory, then corrupts both, one defect at a time. Every
 * input is handed over in a heap block of exactly its length, so a build with
 * AddressSanitizer catches any read past the end.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdlib.h>

#include "elfcheck.h"

#define SCRATCH		8192

struct img {
	u8 *b;
	size_t len;
};

static int ntests, nfailed;
static struct img obj;		/* the gcc-built server */
static const char *obj_name;
static unsigned long obj_nundef, obj_image;

static void tap(bool ok, const char *name)
{
	ntests++;
	if (!ok)
		nfailed++;
	printf("%sok %d elfcheck: %s\n", ok ? "" : "not ", ntests, name);
}

/* Run the checker on an exact-size copy; report the message on stdout. */
static int run(const u8 *b, size_t len, struct bss_elf_info *info, char *msg,
	       size_t msglen)
{
	u8 *copy = malloc(len ? len : 1);
	int ret;

	if (!copy)
		abort();
	memcpy(copy, b, len);
	ret = bss_elf_check(copy, len, info, msg, msglen);
	free(copy);
	return ret;
}

static void expect(const char *name, struct img m, int err, const char *text)
{
	char msg[256];
	bool ok;
	int ret;

	ret = run(m.b, m.len, NULL, msg, sizeof(msg));
	ok = ret == err && strstr(msg, text) && !strchr(msg, '\n');
	tap(ok, name);
	if (!ok)
		printf("# got %d '%s', want %d '%s'\n", ret, msg, err, text);
}

static struct img clone(struct img m)
{
	struct img c = { malloc(m.len), m.len };

	if (!c.b)
		abort();
	memcpy(c.b, m.b, m.len);
	return c;
}

static struct elf64_hdr *ehdr(struct img m)
{
	return (struct elf64_hdr *)m.b;
}

static struct elf64_shdr *shdr(struct img m, unsigned int i)
{
	return (struct elf64_shdr *)(m.b + ehdr(m)->e_shoff) + i;
}

static const char *secname(struct img m, unsigned int i)
{
	return (char *)m.b + shdr(m, ehdr(m)->e_shstrndx)->sh_offset +
	       shdr(m, i)->sh_name;
}

static unsigned int find_sec(struct img m, const char *name)
{
	unsigned int i;

	for (i = 1; i < ehdr(m)->e_shnum; i++)
		if (!strcmp(secname(m, i), name))
			return i;
	fprintf(stderr, "no section %s\n", name);
	abort();
}

static unsigned int find_type(struct img m, unsigned int type)
{
	unsigned int i;

	for (i = 1; i < ehdr(m)->e_shnum; i++)
		if (shdr(m, i)->sh_type == type)
			return i;
	fprintf(stderr, "no section of type %u\n", type);
	abort();
}

static struct elf64_sym *find_sym(struct img m, const char *name)
{
	struct elf64_shdr *st = shdr(m, find_type(m, SHT_SYMTAB));
	const char *str = (char *)m.b + shdr(m, st->sh_link)->sh_offset;
	struct elf64_sym *s = (struct elf64_sym *)(m.b + st->sh_offset);
	size_t i;

	for (i = 0; i < st->sh_size / sizeof(*s); i++)
		if (!strcmp(str + s[i].st_name, name))
			return &s[i];
	fprintf(stderr, "no symbol %s\n", name);
	abort();
}

/* Overwrite the first occurrence of @from with @to, of the same length. */
static void patch(struct img m, const char *from, const char *to)
{
	u8 *p = memmem(m.b, m.len, from, strlen(from));

	if (!p || strlen(from) != strlen(to))
		abort();
	memcpy(p, to, strlen(to));
}

/* The synthesized server: section indexes and symbol layout. */
enum { S_NULL, S_TEXT, S_IMAGE, S_RELA, S_MODINFO, S_SYMTAB, S_STRTAB,
	S_SHSTRTAB, S_BSS, NSEC };

static const char *const sec_names[NSEC] = {
	"", ".text", "bss_image", ".rela.bss_image", ".modinfo", ".symtab",
	".strtab", ".shstrtab", ".bss",
};

struct builder {
	u8 *b;
	size_t len;
};

static size_t put(struct builder *bld, const void *p, size_t n)
{
	size_t off = (bld->len + 7) & ~(size_t)7;

	if (off + n > SCRATCH)
		abort();
	memcpy(bld->b + off, p, n);
	bld->len = off + n;
	return off;
}

static void set_sec(struct builder *bld, unsigned int i, u32 type, u64 flags,
		    u64 off, u64 size)
{
	struct elf64_shdr *sh = (struct elf64_shdr *)(bld->b + 64) + i;

	sh->sh_type = type;
	sh->sh_flags = flags;
	sh->sh_offset = off;
	sh->sh_size = size;
	sh->sh_addralign = 8;
}

/* A string table of @n names; their offsets in @offs, its size in @size. */
static size_t put_strtab(struct builder *bld, const char *const *names,
			 size_t n, u32 *offs, size_t *size)
{
	char tab[1024];
	size_t i, len = 1;

	tab[0] = '\0';
	for (i = 0; i < n; i++) {
		offs[i] = len;
		len += strlen(names[i]) + 1;
		if (len > sizeof(tab))
			abort();
		strcpy(tab + offs[i], names[i]);
	}
	*size = len;
	return put(bld, tab, len);
}

static void put_header(struct builder *bld)
{
	struct elf64_hdr *eh = (struct elf64_hdr *)bld->b;

	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELFCLASS64;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_ident[EI_VERSION] = EV_CURRENT;
	eh->e_type = ET_REL;
	eh->e_machine = EM_X86_64;
	eh->e_version = EV_CURRENT;
	eh->e_shoff = 64;
	eh->e_ehsize = sizeof(*eh);
	eh->e_shentsize = sizeof(struct elf64_shdr);
	eh->e_shnum = NSEC;
	eh->e_shstrndx = S_SHSTRTAB;
	bld->len = 64 + NSEC * sizeof(struct elf64_shdr);
}

static void put_names(struct builder *bld)
{
	u32 offs[NSEC];
	size_t off, size;
	unsigned int i;

	off = put_strtab(bld, sec_names + 1, NSEC - 1, offs + 1, &size);
	set_sec(bld, S_SHSTRTAB, SHT_STRTAB, 0, off, size);
	for (i = 1; i < NSEC; i++)
		((struct elf64_shdr *)(bld->b + 64))[i].sh_name = offs[i];
}

static void put_code(struct builder *bld)
{
	static const u8 text[16] = { 0x0f, 0x1f, 0x44, 0, 0, 0xc3 };
	static const u8 image[16] = "BSS1";
	struct elf64_rela r = { 8, ELF64_R_INFO(1, R_X86_64_64), 0 };
	struct elf64_shdr *sh;

	set_sec(bld, S_TEXT, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR,
		put(bld, text, sizeof(text)), sizeof(text));
	set_sec(bld, S_IMAGE, SHT_PROGBITS, SHF_ALLOC,
		put(bld, image, sizeof(image)), sizeof(image));
	set_sec(bld, S_RELA, SHT_RELA, SHF_INFO_LINK,
		put(bld, &r, sizeof(r)), sizeof(r));
	sh = (struct elf64_shdr *)(bld->b + 64);
	sh[S_RELA].sh_link = S_SYMTAB;
	sh[S_RELA].sh_info = S_IMAGE;
	sh[S_RELA].sh_entsize = sizeof(r);
	/* NOBITS: its offset is meaningless and need not be in the file */
	set_sec(bld, S_BSS, SHT_NOBITS, SHF_ALLOC | SHF_WRITE,
		0x7fffffff00000000ULL, 0x1000);
}

static void put_symbols(struct builder *bld, const char *const *undef,
			unsigned char bind)
{
	const char *names[20] = { "synth_fn" };
	struct elf64_sym syms[22] = { { 0 } };
	struct elf64_shdr *sh = (struct elf64_shdr *)(bld->b + 64);
	size_t n = 1, i, off, size;
	u32 offs[20];

	for (; undef && *undef; undef++)
		names[n++] = *undef;
	off = put_strtab(bld, names, n, offs, &size);
	set_sec(bld, S_STRTAB, SHT_STRTAB, 0, off, size);
	syms[1].st_info = ELF64_ST_INFO(STB_LOCAL, STT_SECTION);
	syms[1].st_shndx = S_TEXT;
	syms[2].st_name = offs[0];
	syms[2].st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
	syms[2].st_shndx = S_TEXT;
	syms[2].st_size = 6;
	for (i = 1; i < n; i++) {
		syms[i + 2].st_name = offs[i];
		syms[i + 2].st_info = ELF64_ST_INFO(bind, STT_NOTYPE);
	}
	set_sec(bld, S_SYMTAB, SHT_SYMTAB, 0,
		put(bld, syms, (n + 2) * sizeof(syms[0])),
		(n + 2) * sizeof(syms[0]));
	sh[S_SYMTAB].sh_link = S_STRTAB;
	sh[S_SYMTAB].sh_info = bind == STB_LOCAL ? n + 2 : 2;
	sh[S_SYMTAB].sh_entsize = sizeof(syms[0]);
}

/* A minimal valid server; .modinfo comes last in the file. */
static struct img synth_ex(const char *const *undef, unsigned char bind,
			   const char *modinfo, size_t mlen)
{
	struct builder bld = { calloc(1, SCRATCH), 0 };
	struct img m;

	if (!bld.b)
		abort();
	put_header(&bld);
	put_names(&bld);
	put_code(&bld);
	put_symbols(&bld, undef, bind);
	set_sec(&bld, S_MODINFO, SHT_PROGBITS, SHF_ALLOC, 0, mlen);
	((struct elf64_shdr *)(bld.b + 64))[S_MODINFO].sh_offset =
		put(&bld, modinfo, mlen);
	m.b = bld.b;
	m.len = bld.len;
	return m;
}

static const char modinfo_ok[] = "license=GPL\0name=synth";
static const char *const undef_ok[] = { "bss_call", "memcpy", NULL };

static struct img synth(void)
{
	return synth_ex(undef_ok, STB_GLOBAL, modinfo_ok, sizeof(modinfo_ok));
}

static struct img synth_undef(const char *name, unsigned char bind)
{
	const char *undef[3] = { "bss_call" };

	undef[1] = name;
	return synth_ex(undef, bind, modinfo_ok, sizeof(modinfo_ok));
}

static struct img synth_modinfo(const char *mi, size_t len)
{
	return synth_ex(undef_ok, STB_GLOBAL, mi, len);
}

static struct elf64_shdr *ssh(struct img m, unsigned int i)
{
	return shdr(m, i);
}

static struct elf64_rela *srela(struct img m)
{
	return (struct elf64_rela *)(m.b + ssh(m, S_RELA)->sh_offset);
}

static struct elf64_sym *ssym(struct img m, unsigned int i)
{
	return (struct elf64_sym *)(m.b + ssh(m, S_SYMTAB)->sh_offset) + i;
}

static struct img truncated(struct img m, size_t len)
{
	return (struct img){ m.b, len };
}

static void test_valid(void)
{
	struct bss_elf_info info;
	char msg[128] = "x";
	struct img m = synth();
	int ret;

	ret = run(obj.b, obj.len, &info, msg, sizeof(msg));
	tap(!ret && !msg[0], "gcc-built server object passes");
	tap(!strcmp(info.name, obj_name), "gcc object: name from .modinfo");
	tap(info.nundef == obj_nundef, "gcc object: nundef matches nm -u");
	tap(info.image_size == obj_image,
	    "gcc object: image_size matches objdump");
	if (ret || info.nundef != obj_nundef || info.image_size != obj_image)
		printf("# got %d '%s' name '%s' nundef %u image %u\n", ret, msg,
		       info.name, info.nundef, info.image_size);

	ret = run(m.b, m.len, &info, msg, sizeof(msg));
	tap(!ret && !strcmp(info.name, "synth") && info.nundef == 2 &&
	    info.image_size == 16, "synthesized server passes");
	if (ret)
		printf("# got %d '%s'\n", ret, msg);
	ret = run(m.b, m.len, NULL, NULL, 0);
	tap(!ret, "NULL info and msg are allowed");
	free(m.b);
}

static void test_truncation(void)
{
	struct img m = synth();
	size_t i;
	int bad = 0;

	expect("truncated to 0 bytes", truncated(obj, 0), -ENOEXEC,
	       "file too short: 0 bytes");
	expect("truncated to 16 bytes", truncated(obj, 16), -ENOEXEC,
	       "file too short: 16 bytes");
	expect("truncated to 63 bytes", truncated(obj, 63), -ENOEXEC,
	       "file too short: 63 bytes");
	expect("truncated to 64 bytes (header only)", truncated(obj, 64),
	       -ENOEXEC, "section header table at offset");
	expect("truncated by one byte (section header table)",
	       truncated(obj, obj.len - 1), -ENOEXEC,
	       "section header table at offset");
	expect("truncated inside the last section's data",
	       truncated(m, m.len - 1), -ENOEXEC,
	       "section 4 '.modinfo': offset");
	for (i = 0; i < obj.len; i++)
		bad += run(obj.b, i, NULL, NULL, 0) != -ENOEXEC;
	for (i = 0; i < m.len; i++)
		bad += run(m.b, i, NULL, NULL, 0) != -ENOEXEC;
	tap(!bad, "every truncation of both objects is -ENOEXEC");
	free(m.b);
}

static void test_ident(void)
{
	struct img m = clone(obj);

	m.b[0] = 0x7e;
	expect("bad magic", m, -ENOEXEC, "bad ELF magic");
	memcpy(m.b, obj.b, 64);
	m.b[EI_CLASS] = ELFCLASS32;
	expect("ELFCLASS32", m, -ENOEXEC, "not ELF64");
	memcpy(m.b, obj.b, 64);
	m.b[EI_DATA] = ELFDATA2MSB;
	expect("big endian", m, -ENOEXEC, "not little endian");
	memcpy(m.b, obj.b, 64);
	ehdr(m)->e_version = 2;
	expect("bad e_version", m, -ENOEXEC, "bad ELF version");
	memcpy(m.b, obj.b, 64);
	ehdr(m)->e_type = ET_EXEC;
	expect("ET_EXEC", m, -ENOEXEC, "not a relocatable object: e_type 2");
	memcpy(m.b, obj.b, 64);
	ehdr(m)->e_type = ET_DYN;
	expect("ET_DYN", m, -ENOEXEC, "not a relocatable object: e_type 3");
	memcpy(m.b, obj.b, 64);
	ehdr(m)->e_machine = EM_386;
	expect("wrong machine (EM_386)", m, -ENOEXEC,
	       "wrong machine: e_machine 3");
	memcpy(m.b, obj.b, 64);
	ehdr(m)->e_ehsize = 52;
	expect("bad e_ehsize", m, -ENOEXEC, "bad e_ehsize 52");
	memcpy(m.b, obj.b, 64);
	ehdr(m)->e_shentsize = 40;
	expect("bad e_shentsize", m, -ENOEXEC, "bad e_shentsize 40");
	free(m.b);
}

static void test_shtab(void)
{
	struct img m = clone(obj);
	u8 *big;

	ehdr(m)->e_shoff = m.len;
	expect("e_shoff beyond EOF", m, -ENOEXEC,
	       "section header table at offset");
	ehdr(m)->e_shoff = ~0ULL - 100;
	expect("e_shoff + table size overflows", m, -ENOEXEC,
	       "section header table at offset 0xffffffffffffff9b");
	memcpy(m.b, obj.b, 64);
	ehdr(m)->e_shnum = 5000;
	expect("huge section count (5000)", m, -E2BIG,
	       "too many sections: e_shnum 5000");
	ehdr(m)->e_shnum = 0;
	expect("no sections", m, -ENOEXEC, "no section headers");
	memcpy(m.b, obj.b, 64);
	ehdr(m)->e_shstrndx = ehdr(m)->e_shnum;
	expect("e_shstrndx == e_shnum", m, -ENOEXEC, "bad e_shstrndx");
	ehdr(m)->e_shstrndx = 0;
	expect("e_shstrndx 0", m, -ENOEXEC, "bad e_shstrndx 0");
	ehdr(m)->e_shstrndx = find_type(obj, SHT_SYMTAB);
	expect("e_shstrndx names the symtab", m, -ENOEXEC,
	       "(e_shstrndx): type 2, want SHT_STRTAB");
	free(m.b);

	big = calloc(1, BSS_ELF_MAX_SIZE + 1);
	if (!big)
		abort();
	memcpy(big, obj.b, obj.len);
	expect("file over 8 MiB", (struct img){ big, BSS_ELF_MAX_SIZE + 1 },
	       -E2BIG, "file too large: 8388609 bytes");
	expect("valid object padded to exactly 8 MiB passes",
	       (struct img){ big, BSS_ELF_MAX_SIZE }, 0, "");
	free(big);
}

static void test_sections(void)
{
	struct img m = synth();
	struct elf64_shdr *sh = ssh(m, S_TEXT);
	char want[128];

	sh->sh_offset = 0xfffffffffffffff0ULL;
	sh->sh_size = 0x20;
	expect("section offset + size overflows", m, -ENOEXEC,
	       "section 1 '.text': offset 0xfffffffffffffff0 size 0x20 outside the file");
	sh->sh_offset = 64;
	sh->sh_size = m.len;
	snprintf(want, sizeof(want), "section 1 '.text': offset 0x40 size 0x%zx outside",
		 m.len);
	expect("section runs past EOF", m, -ENOEXEC, want);
	free(m.b);

	m = synth();
	m.b[ssh(m, S_SHSTRTAB)->sh_offset + ssh(m, S_SHSTRTAB)->sh_size - 1] = 'x';
	expect("unterminated section name table", m, -ENOEXEC,
	       "section 7 '?': string table not NUL-terminated");
	free(m.b);

	m = synth();
	m.b[ssh(m, S_STRTAB)->sh_offset + ssh(m, S_STRTAB)->sh_size - 1] = 'x';
	expect("unterminated symbol string table", m, -ENOEXEC,
	       "section 6 '.strtab': string table not NUL-terminated");
	free(m.b);

	m = synth();
	ssh(m, S_TEXT)->sh_name = ssh(m, S_SHSTRTAB)->sh_size;
	expect("section name offset out of range", m, -ENOEXEC,
	       "section 1: name offset");
	free(m.b);

	m = synth();
	ssh(m, S_NULL)->sh_type = SHT_PROGBITS;
	expect("section 0 not SHT_NULL", m, -ENOEXEC,
	       "section 0: type 1, want SHT_NULL");
	free(m.b);
}

static void test_symtab(void)
{
	struct img m = synth();

	ssh(m, S_SYMTAB)->sh_type = SHT_PROGBITS;
	expect("no symbol table", m, -ENOEXEC, "no symbol table");
	free(m.b);

	m = synth();
	ssh(m, S_TEXT)->sh_type = SHT_SYMTAB;
	expect("two symbol tables", m, -ENOEXEC,
	       "section 5 '.symtab': a second symbol table (first is section 1)");
	free(m.b);

	m = synth();
	ssh(m, S_SYMTAB)->sh_entsize = 16;
	expect("symtab sh_entsize 16", m, -ENOEXEC,
	       "section 5 '.symtab': sh_entsize 16, want 24");
	free(m.b);

	m = synth();
	ssh(m, S_SYMTAB)->sh_size -= 1;
	expect("symtab size not a multiple of 24", m, -ENOEXEC,
	       "not a multiple of sh_entsize 24");
	free(m.b);

	m = synth();
	ssh(m, S_SYMTAB)->sh_link = S_TEXT;
	expect("symtab sh_link to .text", m, -ENOEXEC,
	       "section 5 '.symtab': sh_link 1 is not a string table");
	ssh(m, S_SYMTAB)->sh_link = 999;
	expect("symtab sh_link out of range", m, -ENOEXEC,
	       "sh_link 999 is not a string table");
	free(m.b);

	m = synth();
	ssym(m, 3)->st_name = ssh(m, S_STRTAB)->sh_size;
	expect("symbol name offset out of range", m, -ENOEXEC,
	       "symbol 3: name offset");
	free(m.b);

	m = synth();
	ssym(m, 2)->st_shndx = NSEC;
	expect("symbol section index out of range", m, -ENOEXEC,
	       "symbol 2 'synth_fn': section index 9 out of range");
	ssym(m, 2)->st_shndx = SHN_COMMON;
	expect("common symbol", m, -ENOEXEC,
	       "symbol 2 'synth_fn': common symbol");
	ssym(m, 2)->st_shndx = SHN_ABS;
	expect("absolute symbol is fine", m, 0, "");
	free(m.b);
}

static void test_rela(void)
{
	struct img m = synth();

	ssh(m, S_RELA)->sh_entsize = 16;
	expect("rela sh_entsize 16", m, -ENOEXEC,
	       "section 3 '.rela.bss_image': sh_entsize 16, want 24");
	free(m.b);

	m = synth();
	ssh(m, S_RELA)->sh_info = NSEC;
	expect("rela sh_info out of range", m, -ENOEXEC,
	       "sh_info 9 is not a valid section index");
	ssh(m, S_RELA)->sh_info = 0;
	expect("rela sh_info 0", m, -ENOEXEC,
	       "sh_info 0 is not a valid section index");
	free(m.b);

	m = synth();
	ssh(m, S_RELA)->sh_link = S_STRTAB;
	expect("rela sh_link not the symtab", m, -ENOEXEC,
	       "sh_link 6 is not the symbol table (section 5)");
	free(m.b);

	m = synth();
	srela(m)->r_info = ELF64_R_INFO(99, R_X86_64_64);
	expect("relocation symbol index out of range", m, -ENOEXEC,
	       "relocation 0 at offset 0x");
	expect("... and the message names the index", m, -ENOEXEC,
	       "symbol index 99, only 5 symbols");
	free(m.b);

	m = synth();
	srela(m)->r_offset = 9;
	expect("relocation writes past its section", m, -ENOEXEC,
	       "r_offset 0x9 outside section 2 'bss_image'");
	srela(m)->r_offset = ~0ULL - 3;
	expect("relocation r_offset + width overflows", m, -ENOEXEC,
	       "r_offset 0xfffffffffffffffc outside section 2");
	srela(m)->r_offset = 12;
	srela(m)->r_info = ELF64_R_INFO(1, R_X86_64_PC32);
	expect("4-byte relocation at the section's end is fine", m, 0, "");
	srela(m)->r_info = ELF64_R_INFO(1, R_X86_64_GOTPCREL);
	expect("relocation type the kernel cannot apply", m, -ENOEXEC,
	       "unsupported type 9");
	ssh(m, S_IMAGE)->sh_flags = 0;
	expect("non-SHF_ALLOC target: type and offset not checked", m, 0, "");
	free(m.b);

	m = synth();
	ssh(m, S_RELA)->sh_type = SHT_REL;
	expect("SHT_REL section", m, -ENOEXEC,
	       "section 3 '.rela.bss_image': SHT_REL relocations");
	free(m.b);

	m = synth();	/* .bss becomes a RELA over the whole file */
	ssh(m, S_BSS)->sh_type = SHT_RELA;
	ssh(m, S_BSS)->sh_offset = 0;
	ssh(m, S_BSS)->sh_size = m.len / 24 * 24;
	ssh(m, S_BSS)->sh_entsize = 24;
	ssh(m, S_BSS)->sh_link = S_SYMTAB;
	ssh(m, S_BSS)->sh_info = S_TEXT;
	expect("overlapping relocation sections", m, -ENOEXEC,
	       "section 8 '.bss': relocation sections overlap");
	free(m.b);
}

static void mi(const char *s, size_t len, int err, const char *text,
	       const char *name)
{
	struct img m = synth_modinfo(s, len);

	expect(name, m, err, text);
	free(m.b);
}

static void test_modinfo(void)
{
	static const char noname[] = "license=GPL\0nome=synth";
	static const char badname[] = "license=GPL\0name=syn/th";
	static const char longname[] = "license=GPL\0name="	/* 56 */
		"a2345678901234567890123456789012345678901234567890123456";
	static const char maxname[] = "license=GPL\0name="	/* 55 */
		"a234567890123456789012345678901234567890123456789012345";
	static const char dupname[] = "name=a\0license=GPL\0name=a";
	static const char nolic[] = "name=synth\0licence=GPL";
	static const char prop[] = "license=Proprietary\0name=synth";
	static const char dual[] = "\0\0license=Dual BSD/GPL\0\0name=x-y_Z9";
	static const char unterminated[] = "license=GPL v2\0name=synth";
	struct img m = synth();

	patch(m, ".modinfo", ".modinfx");
	expect("no .modinfo", m, -ENOEXEC, "no .modinfo section");
	free(m.b);
	m = synth();
	ssh(m, S_TEXT)->sh_name = ssh(m, S_MODINFO)->sh_name;
	expect("two .modinfo sections", m, -ENOEXEC,
	       "section 4 '.modinfo': a second one (first is section 1)");
	free(m.b);
	m = synth();
	ssh(m, S_MODINFO)->sh_type = SHT_NOBITS;
	expect(".modinfo NOBITS", m, -ENOEXEC, "'.modinfo': SHT_NOBITS");
	free(m.b);

	mi(noname, sizeof(noname), -ENOEXEC, "no name= entry",
	   "missing name= in .modinfo");
	mi(badname, sizeof(badname), -ENOEXEC,
	   "invalid module name 'syn/th'", "module name with '/'");
	mi(longname, sizeof(longname), -ENOEXEC,
	   "invalid module name 'a234", "module name of 56 chars");
	mi(maxname, sizeof(maxname), 0, "", "module name of 55 chars is fine");
	mi(modinfo_ok, 17, -ENOEXEC, "invalid module name '' (0 bytes)",
	   "empty module name");
	mi(dupname, sizeof(dupname), -ENOEXEC, "duplicate name= entry",
	   "duplicate name=");
	mi(nolic, sizeof(nolic), -ENOEXEC, "no license= entry",
	   "missing license=");
	mi(prop, sizeof(prop), -EPERM,
	   "license 'Proprietary' is not GPL-compatible", "non-GPL license");
	mi(dual, sizeof(dual), 0, "", "Dual BSD/GPL and empty entries are fine");
	mi(unterminated, sizeof(unterminated) - 1, 0, "",
	   "last entry without NUL at the section end is fine");
}

static void test_image(void)
{
	struct img m = synth();

	patch(m, "bss_image", "bss_imagf");
	expect("missing bss_image", m, -ENOEXEC, "no bss_image section");
	free(m.b);
	m = synth();
	ssh(m, S_IMAGE)->sh_size = 0;
	ssh(m, S_RELA)->sh_size = 0;
	expect("empty bss_image", m, -ENOEXEC, "section 2 'bss_image': empty");
	free(m.b);
	m = synth();
	ssh(m, S_IMAGE)->sh_type = SHT_NOBITS;
	expect("NOBITS bss_image", m, -ENOEXEC,
	       "section 2 'bss_image': SHT_NOBITS");
	free(m.b);
	m = synth();
	ssh(m, S_TEXT)->sh_name = ssh(m, S_IMAGE)->sh_name;
	expect("two bss_image sections", m, -ENOEXEC,
	       "section 2 'bss_image': a second one");
	free(m.b);
}

static void forbid(const char *sym, unsigned char bind, const char *name)
{
	struct img m = synth_undef(sym, bind);
	char want[128];

	snprintf(want, sizeof(want), "undefined symbol '%s' is not a BSS import",
		 sym);
	expect(name, m, -EPERM, want);
	free(m.b);
}

static void test_imports(void)
{
	static const char *const allowed[] = {
		"bss_call", "bss_", "__fentry__", "__x86_return_thunk",
		"__stack_chk_fail", "fortify_panic", "__fortify_panic", "memcpy", "memset",
		"memmove", "memcmp", "__this_module", "__x86_indirect_thunk_rax",
		"__x86_indirect_call_thunk_r11", NULL,
	};
	struct bss_elf_info info;
	char msg[128];
	struct img m = synth_ex(allowed, STB_GLOBAL, modinfo_ok,
				sizeof(modinfo_ok));
	int ret;

	ret = run(m.b, m.len, &info, msg, sizeof(msg));
	tap(!ret && info.nundef == 14, "every allowed import passes");
	if (ret || info.nundef != 14)
		printf("# got %d '%s' nundef %u\n", ret, msg, info.nundef);
	free(m.b);
	m = synth_ex(allowed, STB_WEAK, modinfo_ok, sizeof(modinfo_ok));
	expect("weak allowed imports pass", m, 0, "");
	free(m.b);

	forbid("_printk", STB_GLOBAL, "forbidden import _printk");
	forbid("kmalloc", STB_GLOBAL, "forbidden import kmalloc");
	forbid("current_task", STB_GLOBAL, "forbidden import current_task");
	forbid("kmalloc", STB_WEAK, "forbidden weak import");
	forbid("_printk", STB_LOCAL, "forbidden LOCAL undefined symbol");
	forbid("bss", STB_GLOBAL, "'bss' without underscore is forbidden");
	forbid("BSS_call", STB_GLOBAL, "'BSS_' prefix is forbidden");
	forbid("memcpy_fromio", STB_GLOBAL, "memcpy_fromio is forbidden");
	forbid("__x86_indirect_thunk", STB_GLOBAL,
	       "__x86_indirect_thunk without suffix is forbidden");
	forbid("__fentry__x", STB_GLOBAL, "__fentry__x is forbidden");

	m = synth_undef("_pr\nintk'", STB_GLOBAL);
	expect("control characters are not echoed", m, -EPERM,
	       "undefined symbol '_pr?intk?' is not a BSS import");
	free(m.b);
}

/* The same defects in the gcc-built object, found through its own tables. */
static void test_obj(void)
{
	struct img m = clone(obj);
	unsigned int i = find_sec(obj, "bss_image");
	char want[128];
	u8 *p;

	shdr(m, i)->sh_offset = obj.len;
	snprintf(want, sizeof(want), "section %u 'bss_image': offset 0x%zx size",
		 i, obj.len);
	expect("gcc object: bss_image past EOF", m, -ENOEXEC, want);
	memcpy(m.b, obj.b, obj.len);
	find_sym(m, "demo_fn")->st_shndx = 0xfff0;
	expect("gcc object: symbol with a bad section index", m, -ENOEXEC,
	       "'demo_fn': section index 65520 out of range");
	memcpy(m.b, obj.b, obj.len);
	find_sym(m, "bss_call")->st_name = 0x7fffffff;
	expect("gcc object: symbol name offset far out of range", m, -ENOEXEC,
	       "name offset 0x7fffffff outside string table");
	memcpy(m.b, obj.b, obj.len);
	p = m.b + shdr(m, shdr(m, find_type(m, SHT_SYMTAB))->sh_link)->sh_offset +
	    find_sym(m, "bss_call")->st_name;
	memcpy(p, "_printk", 8);
	expect("gcc object: import renamed to _printk", m, -EPERM,
	       "undefined symbol '_printk' is not a BSS import");
	free(m.b);
}

static void test_msg(void)
{
	struct img m = clone(obj);
	char msg[16];

	ehdr(m)->e_machine = EM_386;
	memset(msg, 'z', sizeof(msg));
	run(m.b, m.len, NULL, msg, 8);
	tap(!strcmp(msg, "wrong m") && msg[8] == 'z',
	    "message truncated to msglen, NUL-terminated");
	memset(msg, 'z', sizeof(msg));
	tap(run(m.b, m.len, NULL, msg, 0) == -ENOEXEC && msg[0] == 'z',
	    "msglen 0 writes nothing");
	tap(run(m.b, m.len, NULL, NULL, 99) == -ENOEXEC, "NULL msg is fine");
	free(m.b);
}

static unsigned long long rng = 0x9e3779b97f4a7c15ULL;

static unsigned int rnd(unsigned int n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng % n;
}

static bool mutate_once(struct img src, struct img m)
{
	struct bss_elf_info info;
	char msg[64];
	int k, ret;

	memcpy(m.b, src.b, src.len);
	m.len = src.len;
	for (k = 1 + rnd(4); k; k--)
		m.b[rnd(m.len)] = rnd(4) ? rnd(256) : 0xff;
	m.len -= rnd(8) ? 0 : rnd(m.len);
	ret = run(m.b, m.len, &info, msg, sizeof(msg));
	if (ret && ret != -ENOEXEC && ret != -EPERM && ret != -E2BIG)
		return false;
	return !ret == !msg[0] && strlen(msg) < sizeof(msg);
}

static void test_random(void)
{
	struct img s = synth();
	struct img m = { malloc(obj.len + s.len), 0 };
	int i, bad = 0;

	for (i = 0; i < 20000; i++)
		bad += !mutate_once(obj, m);
	for (i = 0; i < 20000; i++)
		bad += !mutate_once(s, m);
	tap(!bad, "40000 random corruptions: only 0/-ENOEXEC/-EPERM/-E2BIG");
	free(m.b);
	free(s.b);
}

static int load(const char *path)
{
	FILE *f = fopen(path, "rb");
	long n;

	if (!f || fseek(f, 0, SEEK_END))
		return -1;
	n = ftell(f);
	if (n <= 0)
		return -1;
	rewind(f);
	obj.b = malloc(n);
	obj.len = n;
	if (!obj.b || fread(obj.b, 1, n, f) != (size_t)n)
		return -1;
	fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	printf("TAP version 13\n");
	if (argc != 5 || load(argv[1])) {
		printf("not ok 1 elfcheck: usage: %s OBJ NAME NUNDEF IMAGE_SIZE\n1..1\n",
		       argv[0]);
		return 1;
	}
	obj_name = argv[2];
	obj_nundef = strtoul(argv[3], NULL, 0);
	obj_image = strtoul(argv[4], NULL, 0);
	test_valid();
	test_truncation();
	test_ident();
	test_shtab();
	test_sections();
	test_symtab();
	test_rela();
	test_modinfo();
	test_image();
	test_imports();
	test_obj();
	test_msg();
	test_random();
	free(obj.b);
	printf("1..%d\n", ntests);
	return nfailed ? 1 : 0;
}
