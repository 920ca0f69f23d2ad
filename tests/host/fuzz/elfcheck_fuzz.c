// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target for bss_elf_check() (bsskmod/elfcheck.c); built and run by
 * tests/host/fuzz/run.sh under ASan and UBSan. Beyond memory safety it checks
 * the contract: the errno is one of the documented ones, the message is
 * NUL-terminated within msglen, empty exactly on success, and one line.
 */
#include <stdlib.h>

#include "elfcheck.h"

/* libFuzzer's entry point, named without its CamelCase identifier. */
int bss_fuzz_one(const u8 *data, size_t size) __asm__("LLVMFuzzerTestOneInput");

static void check_success(const struct bss_elf_info *info, const char *msg)
{
	size_t n = strnlen(info->name, sizeof(info->name));

	if (msg[0] || !n || n == sizeof(info->name) || !info->image_size ||
	    info->image_size > BSS_ELF_MAX_SIZE)
		abort();
}

int bss_fuzz_one(const u8 *data, size_t size)
{
	struct bss_elf_info info;
	char msg[160];
	size_t msglen;
	u8 *copy;
	int ret;

	/* Exact-size copy, so ASan sees any read past the end. */
	copy = malloc(size ? size : 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	/* The first byte picks a message size, to exercise truncation too. */
	msglen = size ? (data[0] % 8 ? sizeof(msg) : data[0] % 32) : sizeof(msg);
	memset(msg, 'z', sizeof(msg));
	ret = bss_elf_check(copy, size, &info, msg, msglen);
	free(copy);
	if (ret && ret != -ENOEXEC && ret != -EPERM && ret != -E2BIG)
		abort();
	if (!msglen) {
		if (msg[0] != 'z')	/* nothing may be written */
			abort();
		return 0;
	}
	if (strnlen(msg, msglen) == msglen || strchr(msg, '\n'))
		abort();
	if (!ret)
		check_success(&info, msg);
	else if (msglen > 1 && !msg[0])
		abort();
	return 0;
}
