/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pre-load validation of a BSS server file: a relocatable x86-64 ELF object
 * (normally a .ko) checked before it goes anywhere near the module loader.
 * Pure C, shared by bss.ko and the host tests (built there with -DBSS_HOST).
 */
#ifndef _BSS_ELFCHECK_H
#define _BSS_ELFCHECK_H

#ifdef BSS_HOST
#include "elfcheck_host.h"
#else
#include <linux/types.h>
#endif

#define BSS_ELF_MAX_SIZE	(8 << 20)	/* refuse larger files */
#define BSS_ELF_MAX_SECTIONS	4096
#define BSS_ELF_MAX_SYMBOLS	(1024 * 1024)
#define BSS_ELF_NAME_LEN	56

struct bss_elf_info {
	char name[BSS_ELF_NAME_LEN];	/* module name from .modinfo "name=" */
	u32 nundef;			/* undefined symbols seen */
	u32 image_size;			/* size of the "bss_image" section */
};

/**
 * bss_elf_check() - validate a BSS server file before loading it
 * @buf: the whole file
 * @len: its size in bytes
 * @info: filled in on success (zeroed first); may be NULL
 * @msg: receives a one-line reason on failure, "" on success; may be NULL
 * @msglen: size of @msg; the text is truncated and always NUL-terminated
 *
 * Return: 0; -ENOEXEC for a malformed file; -EPERM for a policy violation
 * (an undefined symbol that is not a BSS import, a license without "GPL");
 * -E2BIG for a file, section count or symbol count over the limits above.
 */
int bss_elf_check(const void *buf, size_t len, struct bss_elf_info *info,
		  char *msg, size_t msglen);

/**
 * bss_elf_import_allowed() - may a server module import this symbol?
 * @name: the undefined symbol's name
 *
 * The runtime's exports (bss_*), what the compiler emits calls to for the
 * running kernel's code generation and sanitizers, and nothing else.
 *
 * Return: true when a server may import @name.
 */
bool bss_elf_import_allowed(const char *name);

#endif /* _BSS_ELFCHECK_H */
