/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What elfcheck.c needs from the kernel, for building it on the host with
 * -DBSS_HOST (unit tests, fuzzer): kernel integer types, the ELF64 structures
 * under their <linux/elf.h> names (the constants come from <elf.h>), and the
 * helpers <linux/kernel.h>, <linux/overflow.h> and <linux/string.h> provide.
 */
#ifndef _BSS_ELFCHECK_HOST_H
#define _BSS_ELFCHECK_HOST_H

#include <elf.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;	/* as in the kernel, printed with %llu */

struct elf64_hdr {
	unsigned char e_ident[EI_NIDENT];
	u16 e_type;
	u16 e_machine;
	u32 e_version;
	u64 e_entry;
	u64 e_phoff;
	u64 e_shoff;
	u32 e_flags;
	u16 e_ehsize;
	u16 e_phentsize;
	u16 e_phnum;
	u16 e_shentsize;
	u16 e_shnum;
	u16 e_shstrndx;
};

struct elf64_shdr {
	u32 sh_name;
	u32 sh_type;
	u64 sh_flags;
	u64 sh_addr;
	u64 sh_offset;
	u64 sh_size;
	u32 sh_link;
	u32 sh_info;
	u64 sh_addralign;
	u64 sh_entsize;
};

struct elf64_sym {
	u32 st_name;
	unsigned char st_info;
	unsigned char st_other;
	u16 st_shndx;
	u64 st_value;
	u64 st_size;
};

struct elf64_rela {
	u64 r_offset;
	u64 r_info;
	long long r_addend;
};

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define check_add_overflow(a, b, d)	__builtin_add_overflow(a, b, d)

/*
 * The kernel's __printf() is a format attribute, which checkpatch wants
 * spelled only through that macro; the kernel build checks the formats.
 */
#define __printf(a, b)

#endif /* _BSS_ELFCHECK_HOST_H */
