// SPDX-License-Identifier: GPL-2.0
/*
 * Pre-load validation of BSS server files (see elfcheck.h). The file is
 * hostile: every offset and size in it is range-checked with overflow-checked
 * arithmetic before use, every loop is bounded by a capped count, and headers,
 * symbols and relocations are copied out with memcpy() because the file
 * promises no alignment. Fields are used in host byte order: the file must
 * be little endian, and so is x86-64. Checks run from structure to policy, so
 * -EPERM is only ever returned for a well-formed file.
 */
#ifndef BSS_HOST
#include <linux/elf.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/overflow.h>
#include <linux/string.h>
#endif

#include "elfcheck.h"

#define SHOW_LEN	64	/* bytes of a file-supplied string in a message */
#define MSG_MAX		1024	/* more than any message; vsnprintf() wants int */

struct ctx {
	const u8 *buf;
	size_t len;
	char *msg;
	size_t msglen;
	struct elf64_hdr eh;
	unsigned int shnum;
	const char *shstr;	/* section names, NUL-terminated */
	u64 shstrsz;
	unsigned int symndx;	/* the SHT_SYMTAB section, 0 if none */
	u64 symoff;
	u64 nsyms;
	unsigned int strndx;	/* its string table */
	const char *str;
	u64 strsz;
	unsigned int modinfo;	/* the .modinfo section, 0 if none */
	unsigned int image;	/* the bss_image section, 0 if none */
	u32 image_size;
	u32 nundef;
	const char *license;	/* first license= value, not NUL-terminated */
	u64 licenselen;
	char name[BSS_ELF_NAME_LEN];
	char show[2][SHOW_LEN];
};

static __printf(3, 4) int fail(struct ctx *c, int err, const char *fmt, ...)
{
	va_list ap;

	if (c->msglen) {
		va_start(ap, fmt);
		vsnprintf(c->msg, c->msglen, fmt, ap);
		va_end(ap);
	}
	return err;
}

/*
 * A file-supplied string of at most @max bytes, made printable and short for
 * a one-line message, in one of the two c->show slots.
 */
static const char *show(struct ctx *c, int slot, const char *s, u64 max)
{
	char *d = c->show[slot];
	size_t i;

	for (i = 0; i < max && i < SHOW_LEN - 1 && s[i]; i++) {
		unsigned char ch = s[i];

		d[i] = ch < 0x20 || ch > 0x7e || ch == '\'' ? '?' : ch;
	}
	d[i] = '\0';
	if (i == SHOW_LEN - 1 && i < max && s[i])
		memcpy(d + i - 3, "...", 3);
	return d;
}

static void get_shdr(const struct ctx *c, unsigned int i, struct elf64_shdr *sh)
{
	memcpy(sh, c->buf + c->eh.e_shoff + (u64)i * sizeof(*sh), sizeof(*sh));
}

static const char *sec_name(struct ctx *c, int slot, const struct elf64_shdr *sh)
{
	if (sh->sh_name >= c->shstrsz)
		return "?";
	return show(c, slot, c->shstr + sh->sh_name,
		    c->shstrsz - sh->sh_name);
}

static const char *sym_name(struct ctx *c, int slot, const struct elf64_sym *s)
{
	return show(c, slot, c->str + s->st_name, c->strsz - s->st_name);
}

static int check_ident(struct ctx *c)
{
	const struct elf64_hdr *eh = &c->eh;

	if (c->len > BSS_ELF_MAX_SIZE)
		return fail(c, -E2BIG, "file too large: %zu bytes, limit %u",
			    c->len, BSS_ELF_MAX_SIZE);
	if (c->len < sizeof(*eh))
		return fail(c, -ENOEXEC,
			    "file too short: %zu bytes, an ELF header needs %zu",
			    c->len, sizeof(*eh));
	memcpy(&c->eh, c->buf, sizeof(c->eh));
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG))
		return fail(c, -ENOEXEC, "bad ELF magic at offset 0");
	if (eh->e_ident[EI_CLASS] != ELFCLASS64)
		return fail(c, -ENOEXEC, "not ELF64: EI_CLASS %u at offset %u",
			    eh->e_ident[EI_CLASS], EI_CLASS);
	if (eh->e_ident[EI_DATA] != ELFDATA2LSB)
		return fail(c, -ENOEXEC,
			    "not little endian: EI_DATA %u at offset %u",
			    eh->e_ident[EI_DATA], EI_DATA);
	if (eh->e_ident[EI_VERSION] != EV_CURRENT || eh->e_version != EV_CURRENT)
		return fail(c, -ENOEXEC, "bad ELF version %u/%u",
			    eh->e_ident[EI_VERSION], eh->e_version);
	return 0;
}

static int check_ehdr(struct ctx *c)
{
	const struct elf64_hdr *eh = &c->eh;

	if (eh->e_type != ET_REL)
		return fail(c, -ENOEXEC,
			    "not a relocatable object: e_type %u, want ET_REL",
			    eh->e_type);
	if (eh->e_machine != EM_X86_64)
		return fail(c, -ENOEXEC,
			    "wrong machine: e_machine %u, want EM_X86_64 (%u)",
			    eh->e_machine, EM_X86_64);
	if (eh->e_ehsize != sizeof(struct elf64_hdr))
		return fail(c, -ENOEXEC, "bad e_ehsize %u, want %zu",
			    eh->e_ehsize, sizeof(struct elf64_hdr));
	if (eh->e_shentsize != sizeof(struct elf64_shdr))
		return fail(c, -ENOEXEC, "bad e_shentsize %u, want %zu",
			    eh->e_shentsize, sizeof(struct elf64_shdr));
	return 0;
}

static int check_shtab(struct ctx *c)
{
	u64 off = c->eh.e_shoff;
	u64 size, end;

	c->shnum = c->eh.e_shnum;
	if (!c->shnum)
		return fail(c, -ENOEXEC, "no section headers: e_shnum 0");
	if (c->shnum > BSS_ELF_MAX_SECTIONS)
		return fail(c, -E2BIG, "too many sections: e_shnum %u, limit %u",
			    c->shnum, BSS_ELF_MAX_SECTIONS);
	size = (u64)c->shnum * sizeof(struct elf64_shdr);
	if (check_add_overflow(off, size, &end) || end > c->len)
		return fail(c, -ENOEXEC,
			    "section header table at offset 0x%llx (%u entries) outside the file (%zu bytes)",
			    off, c->shnum, c->len);
	if (c->eh.e_shstrndx == SHN_UNDEF || c->eh.e_shstrndx >= c->shnum)
		return fail(c, -ENOEXEC, "bad e_shstrndx %u (%u sections)",
			    c->eh.e_shstrndx, c->shnum);
	return 0;
}

/* Section @i lies inside the file unless it occupies no file space. */
static int sec_bounds(struct ctx *c, unsigned int i, const struct elf64_shdr *sh)
{
	u64 off = sh->sh_offset;
	u64 size = sh->sh_size;
	u64 end;

	if (sh->sh_type == SHT_NOBITS)
		return 0;
	if (check_add_overflow(off, size, &end) || end > c->len)
		return fail(c, -ENOEXEC,
			    "section %u '%s': offset 0x%llx size 0x%llx outside the file (%zu bytes)",
			    i, sec_name(c, 0, sh), off, size, c->len);
	return 0;
}

/* A non-empty string table ending in NUL, so any offset in it is a string. */
static int get_strtab(struct ctx *c, unsigned int i, const char **tab,
		      u64 *size)
{
	struct elf64_shdr sh;
	int ret;

	get_shdr(c, i, &sh);
	ret = sec_bounds(c, i, &sh);
	if (ret)
		return ret;
	if (!sh.sh_size)
		return fail(c, -ENOEXEC, "section %u '%s': empty string table",
			    i, sec_name(c, 0, &sh));
	if (c->buf[sh.sh_offset + sh.sh_size - 1])
		return fail(c, -ENOEXEC,
			    "section %u '%s': string table not NUL-terminated at offset 0x%llx",
			    i, sec_name(c, 0, &sh),
			    (u64)(sh.sh_offset + sh.sh_size - 1));
	*tab = (const char *)c->buf + sh.sh_offset;
	*size = sh.sh_size;
	return 0;
}

static int check_shstrtab(struct ctx *c)
{
	unsigned int i = c->eh.e_shstrndx;
	struct elf64_shdr sh;

	get_shdr(c, i, &sh);
	if (sh.sh_type != SHT_STRTAB)
		return fail(c, -ENOEXEC,
			    "section %u (e_shstrndx): type %u, want SHT_STRTAB",
			    i, sh.sh_type);
	return get_strtab(c, i, &c->shstr, &c->shstrsz);
}

/* Remember where the sections we need are; refuse duplicates. */
static int note_section(struct ctx *c, unsigned int i, const struct elf64_shdr *sh)
{
	const char *name = c->shstr + sh->sh_name;
	unsigned int *slot = NULL;

	if (sh->sh_type == SHT_REL)
		return fail(c, -ENOEXEC,
			    "section %u '%s': SHT_REL relocations, x86-64 uses SHT_RELA",
			    i, sec_name(c, 0, sh));
	if (sh->sh_type == SHT_SYMTAB)
		slot = &c->symndx;
	else if (!strcmp(name, ".modinfo"))
		slot = &c->modinfo;
	else if (!strcmp(name, "bss_image"))
		slot = &c->image;
	if (!slot)
		return 0;
	if (*slot)
		return fail(c, -ENOEXEC,
			    "section %u '%s': a second %s (first is section %u)",
			    i, sec_name(c, 0, sh),
			    slot == &c->symndx ? "symbol table" : "one", *slot);
	*slot = i;
	return 0;
}

static int check_sections(struct ctx *c)
{
	struct elf64_shdr sh;
	unsigned int i;
	int ret;

	get_shdr(c, 0, &sh);
	if (sh.sh_type != SHT_NULL)
		return fail(c, -ENOEXEC, "section 0: type %u, want SHT_NULL",
			    sh.sh_type);
	for (i = 0; i < c->shnum; i++) {
		get_shdr(c, i, &sh);
		if (sh.sh_name >= c->shstrsz)
			return fail(c, -ENOEXEC,
				    "section %u: name offset 0x%x outside the section name table (0x%llx bytes)",
				    i, sh.sh_name, c->shstrsz);
		ret = sec_bounds(c, i, &sh);
		if (!ret && i)
			ret = note_section(c, i, &sh);
		if (ret)
			return ret;
	}
	return 0;
}

static int check_entsize(struct ctx *c, unsigned int i, const struct elf64_shdr *sh,
			 u64 want)
{
	u64 ent = sh->sh_entsize;
	u64 size = sh->sh_size;

	if (ent != want)
		return fail(c, -ENOEXEC,
			    "section %u '%s': sh_entsize %llu, want %llu",
			    i, sec_name(c, 0, sh), ent, want);
	if (size % want)
		return fail(c, -ENOEXEC,
			    "section %u '%s': size 0x%llx not a multiple of sh_entsize %llu",
			    i, sec_name(c, 0, sh), size, want);
	return 0;
}

static void get_sym(const struct ctx *c, u64 i, struct elf64_sym *s)
{
	memcpy(s, c->buf + c->symoff + i * sizeof(*s), sizeof(*s));
}

static int check_symbol(struct ctx *c, u64 i, const struct elf64_sym *s)
{
	if (s->st_name >= c->strsz)
		return fail(c, -ENOEXEC,
			    "symbol %llu: name offset 0x%x outside string table section %u (0x%llx bytes)",
			    i, s->st_name, c->strndx, c->strsz);
	if (s->st_shndx == SHN_COMMON)
		return fail(c, -ENOEXEC,
			    "symbol %llu '%s': common symbol, build with -fno-common",
			    i, sym_name(c, 0, s));
	if (s->st_shndx != SHN_ABS && s->st_shndx >= c->shnum)
		return fail(c, -ENOEXEC,
			    "symbol %llu '%s': section index %u out of range (%u sections)",
			    i, sym_name(c, 0, s), s->st_shndx, c->shnum);
	return 0;
}

static int check_symtab(struct ctx *c)
{
	struct elf64_shdr sh, str;
	u64 i;
	int ret;

	if (!c->symndx)
		return fail(c, -ENOEXEC, "no symbol table (SHT_SYMTAB)");
	get_shdr(c, c->symndx, &sh);
	ret = check_entsize(c, c->symndx, &sh, sizeof(struct elf64_sym));
	if (ret)
		return ret;
	c->symoff = sh.sh_offset;
	c->nsyms = sh.sh_size / sizeof(struct elf64_sym);
	if (c->nsyms > BSS_ELF_MAX_SYMBOLS)
		return fail(c, -E2BIG,
			    "section %u '%s': too many symbols: %llu, limit %u",
			    c->symndx, sec_name(c, 0, &sh), c->nsyms,
			    BSS_ELF_MAX_SYMBOLS);
	c->strndx = sh.sh_link;
	str.sh_type = SHT_NULL;
	if (c->strndx && c->strndx < c->shnum)
		get_shdr(c, c->strndx, &str);
	if (str.sh_type != SHT_STRTAB)
		return fail(c, -ENOEXEC,
			    "section %u '%s': sh_link %u is not a string table",
			    c->symndx, sec_name(c, 0, &sh), c->strndx);
	ret = get_strtab(c, c->strndx, &c->str, &c->strsz);
	for (i = 0; !ret && i < c->nsyms; i++) {
		struct elf64_sym s;

		get_sym(c, i, &s);
		ret = check_symbol(c, i, &s);
	}
	return ret;
}

/* Bytes written by a relocation type the kernel's x86-64 loader applies. */
static bool reloc_width(u64 type, u64 *width)
{
	switch (type) {
	case R_X86_64_NONE:
		*width = 0;
		return true;
	case R_X86_64_64:
	case R_X86_64_PC64:
		*width = 8;
		return true;
	case R_X86_64_32:
	case R_X86_64_32S:
	case R_X86_64_PC32:
	case R_X86_64_PLT32:
		*width = 4;
		return true;
	}
	return false;
}

/*
 * Relocation @k of section @i against section @tgt. The kernel applies only
 * relocations of SHF_ALLOC sections and does not bound r_offset itself.
 */
static int check_rela(struct ctx *c, unsigned int i, const struct elf64_shdr *sh,
		      u64 k, const struct elf64_shdr *tgt)
{
	u64 at = sh->sh_offset + k * sizeof(struct elf64_rela);
	u64 off, sym, type, width, end;
	struct elf64_rela r;

	memcpy(&r, c->buf + at, sizeof(r));
	off = r.r_offset;
	sym = ELF64_R_SYM(r.r_info);
	type = ELF64_R_TYPE(r.r_info);
	if (sym >= c->nsyms)
		return fail(c, -ENOEXEC,
			    "section %u '%s': relocation %llu at offset 0x%llx: symbol index %llu, only %llu symbols",
			    i, sec_name(c, 0, sh), k, at, sym, c->nsyms);
	if (!(tgt->sh_flags & SHF_ALLOC))
		return 0;
	if (!reloc_width(type, &width))
		return fail(c, -ENOEXEC,
			    "section %u '%s': relocation %llu at offset 0x%llx: unsupported type %llu",
			    i, sec_name(c, 0, sh), k, at, type);
	if (check_add_overflow(off, width, &end) || end > tgt->sh_size)
		return fail(c, -ENOEXEC,
			    "section %u '%s': relocation %llu at offset 0x%llx: r_offset 0x%llx outside section %u '%s'",
			    i, sec_name(c, 0, sh), k, at, off, sh->sh_info,
			    sec_name(c, 1, tgt));
	return 0;
}

static int check_rela_sec(struct ctx *c, unsigned int i, const struct elf64_shdr *sh,
			  u64 *budget)
{
	struct elf64_shdr tgt;
	u64 k, n;
	int ret;

	ret = check_entsize(c, i, sh, sizeof(struct elf64_rela));
	if (ret)
		return ret;
	if (sh->sh_link != c->symndx)
		return fail(c, -ENOEXEC,
			    "section %u '%s': sh_link %u is not the symbol table (section %u)",
			    i, sec_name(c, 0, sh), sh->sh_link, c->symndx);
	if (!sh->sh_info || sh->sh_info >= c->shnum)
		return fail(c, -ENOEXEC,
			    "section %u '%s': sh_info %u is not a valid section index (%u sections)",
			    i, sec_name(c, 0, sh), sh->sh_info, c->shnum);
	n = sh->sh_size / sizeof(struct elf64_rela);
	if (n > *budget)
		return fail(c, -ENOEXEC,
			    "section %u '%s': relocation sections overlap (more entries than the file holds)",
			    i, sec_name(c, 0, sh));
	*budget -= n;
	get_shdr(c, sh->sh_info, &tgt);
	for (k = 0; !ret && k < n; k++)
		ret = check_rela(c, i, sh, k, &tgt);
	return ret;
}

static int check_relocs(struct ctx *c)
{
	u64 budget = c->len / sizeof(struct elf64_rela);
	struct elf64_shdr sh;
	unsigned int i;
	int ret = 0;

	for (i = 1; !ret && i < c->shnum; i++) {
		get_shdr(c, i, &sh);
		if (sh.sh_type == SHT_RELA)
			ret = check_rela_sec(c, i, &sh, &budget);
	}
	return ret;
}

static bool name_char_ok(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
}

static int set_name(struct ctx *c, const char *v, u64 n)
{
	u64 i;

	if (c->name[0])
		return fail(c, -ENOEXEC,
			    "section %u '.modinfo': duplicate name= entry",
			    c->modinfo);
	for (i = 0; i < n && name_char_ok(v[i]); i++)
		;
	if (!n || n >= BSS_ELF_NAME_LEN || i < n)
		return fail(c, -ENOEXEC,
			    "section %u '.modinfo': invalid module name '%s' (%llu bytes)",
			    c->modinfo, show(c, 0, v, n), n);
	memcpy(c->name, v, n);
	c->name[n] = '\0';
	return 0;
}

/* One NUL-separated entry of .modinfo, @n bytes not counting any NUL. */
static int modinfo_entry(struct ctx *c, const char *e, u64 n)
{
	if (n >= 5 && !memcmp(e, "name=", 5))
		return set_name(c, e + 5, n - 5);
	if (n >= 8 && !memcmp(e, "license=", 8) && !c->license) {
		c->license = e + 8;
		c->licenselen = n - 8;
	}
	return 0;
}

static int check_modinfo(struct ctx *c)
{
	const char *p, *e, *nul;
	struct elf64_shdr sh;
	u64 off, n;
	int ret = 0;

	if (!c->modinfo)
		return fail(c, -ENOEXEC, "no .modinfo section");
	get_shdr(c, c->modinfo, &sh);
	if (sh.sh_type == SHT_NOBITS)
		return fail(c, -ENOEXEC,
			    "section %u '.modinfo': SHT_NOBITS, has no contents",
			    c->modinfo);
	p = (const char *)c->buf + sh.sh_offset;
	for (off = 0; !ret && off < sh.sh_size; off += n + 1) {
		e = p + off;
		nul = memchr(e, '\0', sh.sh_size - off);
		n = nul ? (u64)(nul - e) : sh.sh_size - off;
		ret = modinfo_entry(c, e, n);
	}
	if (ret)
		return ret;
	if (!c->name[0])
		return fail(c, -ENOEXEC,
			    "section %u '.modinfo': no name= entry", c->modinfo);
	if (!c->license)
		return fail(c, -ENOEXEC,
			    "section %u '.modinfo': no license= entry",
			    c->modinfo);
	return 0;
}

static int check_image(struct ctx *c)
{
	struct elf64_shdr sh;

	if (!c->image)
		return fail(c, -ENOEXEC,
			    "no bss_image section: not a BSS server");
	get_shdr(c, c->image, &sh);
	if (sh.sh_type == SHT_NOBITS)
		return fail(c, -ENOEXEC,
			    "section %u 'bss_image': SHT_NOBITS, needs contents",
			    c->image);
	if (!sh.sh_size)
		return fail(c, -ENOEXEC, "section %u 'bss_image': empty",
			    c->image);
	c->image_size = sh.sh_size;	/* inside the file: below 8 MiB */
	return 0;
}

static int check_license(struct ctx *c)
{
	u64 i;

	for (i = 0; i + 3 <= c->licenselen; i++)
		if (!memcmp(c->license + i, "GPL", 3))
			return 0;
	return fail(c, -EPERM,
		    "section %u '.modinfo': license '%s' is not GPL-compatible",
		    c->modinfo, show(c, 0, c->license, c->licenselen));
}

/*
 * What the compiler and the kernel's headers make any module call: the
 * ftrace entry, the return thunk, the stack protector's and FORTIFY's
 * failure paths (fortify_panic() in 6.1, __fortify_panic() in 6.12: a
 * memcpy() whose size check fails at run time), the string builtins.
 */
static const char * const imports[] = {
	"__fentry__", "__x86_return_thunk", "__stack_chk_fail",
	"fortify_panic", "__fortify_panic",
	"memcpy", "memset", "memmove", "memcmp", "__this_module",
};

static const char * const import_prefixes[] = {
	"bss_", "__x86_indirect_thunk_", "__x86_indirect_call_thunk_",
};

/*
 * What the running kernel's sanitizers make the compiler call from every
 * module built for it, and only those: a KASAN kernel's modules import
 * __asan_* (and __kasan_check_*, from the instrumented atomics of
 * linux/atomic.h), a UBSAN kernel's __ubsan_handle_*, a KCOV kernel's
 * __sanitizer_cov_*. The host build (tests, fuzzer) knows no sanitizer.
 */
static const char * const sanitizer_prefixes[] = {
#ifdef CONFIG_KASAN
	"__asan_",
	"__kasan_check_",
#endif
#ifdef CONFIG_UBSAN
	"__ubsan_handle_",
#endif
#ifdef CONFIG_KCOV
	"__sanitizer_cov_",
#endif
	NULL,
};

static bool has_prefix(const char *name, const char * const *prefixes, size_t n)
{
	size_t i;

	for (i = 0; i < n && prefixes[i]; i++)
		if (!strncmp(name, prefixes[i], strlen(prefixes[i])))
			return true;
	return false;
}

bool bss_elf_import_allowed(const char *name)
{
	size_t i;

	if (has_prefix(name, import_prefixes, ARRAY_SIZE(import_prefixes)) ||
	    has_prefix(name, sanitizer_prefixes, ARRAY_SIZE(sanitizer_prefixes)))
		return true;
	for (i = 0; i < ARRAY_SIZE(imports); i++)
		if (!strcmp(name, imports[i]))
			return true;
	return false;
}

/*
 * The kernel resolves every named undefined symbol after the first, whatever
 * its binding, so a LOCAL one is checked like a GLOBAL or WEAK one.
 */
static int check_imports(struct ctx *c)
{
	struct elf64_sym s;
	u64 i;

	for (i = 1; i < c->nsyms; i++) {
		get_sym(c, i, &s);
		if (s.st_shndx != SHN_UNDEF || !c->str[s.st_name])
			continue;
		if (!bss_elf_import_allowed(c->str + s.st_name))
			return fail(c, -EPERM,
				    "undefined symbol '%s' is not a BSS import",
				    sym_name(c, 0, &s));
		c->nundef++;
	}
	return 0;
}

static int (* const steps[])(struct ctx *c) = {
	check_ident, check_ehdr, check_shtab, check_shstrtab, check_sections,
	check_symtab, check_relocs, check_modinfo, check_image, check_license,
	check_imports,
};

int bss_elf_check(const void *buf, size_t len, struct bss_elf_info *info,
		  char *msg, size_t msglen)
{
	struct ctx c = {
		.buf = buf,
		.len = buf ? len : 0,
		.msg = msg,
		.msglen = !msg ? 0 : msglen > MSG_MAX ? MSG_MAX : msglen,
	};
	size_t i;
	int ret;

	if (c.msglen)
		msg[0] = '\0';
	if (info)
		memset(info, 0, sizeof(*info));
	for (i = 0; i < ARRAY_SIZE(steps); i++) {
		ret = steps[i](&c);
		if (ret)
			return ret;
	}
	if (info) {
		memcpy(info->name, c.name, sizeof(info->name));
		info->nundef = c.nundef;
		info->image_size = c.image_size;
	}
	return 0;
}
