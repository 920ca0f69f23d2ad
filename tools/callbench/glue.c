// SPDX-License-Identifier: GPL-2.0
/*
 * callbench: libc for the code compiled with the module's flags, and the
 * ftrace emulation. That code keeps the stack 8-byte aligned
 * (-mpreferred-stack-boundary=3), so every function here that it calls
 * realigns before it calls into libc.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>

#include "callbench.h"

#define REALIGN __attribute__((force_align_arg_pointer))

REALIGN void *cb_malloc(size_t size)
{
	return malloc(size);
}

REALIGN void *cb_calloc(size_t n, size_t size)
{
	return calloc(n, size);
}

REALIGN void cb_free(const void *p)
{
	free((void *)p);
}

REALIGN int cb_vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	return vsnprintf(buf, size, fmt, args);
}

REALIGN int cb_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

REALIGN uint64_t ktime_get_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

REALIGN void __stack_chk_fail(void)
{
	fprintf(stderr, "callbench: stack protector: stack smashed\n");
	abort();
}

/* The kernel's x86_nops[], 1 to 8 bytes. */
static const unsigned char nops[9][8] = {
	{ 0 },
	{ 0x90 },
	{ 0x66, 0x90 },
	{ 0x0f, 0x1f, 0x00 },
	{ 0x0f, 0x1f, 0x40, 0x00 },
	{ 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	{ 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	{ 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
	{ 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
};

/*
 * What the kernel does to a module's text when it loads it, before
 * anything runs: every fentry call becomes the 5-byte NOP (ftrace), every
 * paravirt save_fl call the native "pushf; pop %rax" padded with a NOP
 * (alternatives). Returns 0, or -1 with errno; *sites: how many patched.
 */
int cb_patch_text(unsigned int *sites)
{
	long page = sysconf(_SC_PAGESIZE);
	uintptr_t lo = (uintptr_t)__executable_start & ~(uintptr_t)(page - 1);
	size_t len = (uintptr_t)__etext - lo;
	const struct cb_pv_site *pv;
	const unsigned long *s;
	unsigned int leaf;
	unsigned char *p;
	int32_t rel;

	*sites = 0;
	if (mprotect((void *)lo, len, PROT_READ | PROT_WRITE | PROT_EXEC))
		return -1;
	for (s = __start___mcount_loc; s < __stop___mcount_loc; s++) {
		p = (unsigned char *)*s;
		memcpy(&rel, p + 1, 4);
		if (p[0] != 0xe8 || p + 5 + rel != (unsigned char *)__fentry__)
			continue;
		memcpy(p, nops[5], 5);
		(*sites)++;
	}
	for (pv = __start_cb_parainstructions; pv < __stop_cb_parainstructions; pv++) {
		p = pv->instr;
		/* call *rel32(%rip), 6 bytes */
		if (pv->len != 6 || p[0] != 0xff || p[1] != 0x15)
			continue;
		p[0] = 0x9c;	/* pushf */
		p[1] = 0x58;	/* pop %rax */
		memcpy(p + 2, nops[4], 4);
		(*sites)++;
	}
	if (mprotect((void *)lo, len, PROT_READ | PROT_EXEC))
		return -1;
	/* Serialize before the patched code runs (cross-modifying code rules). */
	leaf = 0;
	__asm__ __volatile__("cpuid" : "+a" (leaf) : : "ebx", "ecx", "edx", "memory");
	return 0;
}

/*
 * __static_call_update(): the key's target, and the trampoline's jump
 * (tools/callbench/shim: "jmp.d32 func") pointed at it, as x86's
 * arch_static_call_transform() patches a trampoline.
 */
struct static_call_key {		/* the shim's */
	void *func;
	unsigned long type;
};

REALIGN void cb_static_call_update(struct static_call_key *key, void *tramp, void *func)
{
	long page = sysconf(_SC_PAGESIZE);
	uintptr_t at = (uintptr_t)tramp & ~(uintptr_t)(page - 1);
	int32_t rel = (int32_t)((uintptr_t)func - ((uintptr_t)tramp + 5));

	key->func = func;
	if (mprotect((void *)at, 2 * page, PROT_READ | PROT_WRITE | PROT_EXEC)) {
		perror("callbench: mprotect");
		exit(1);
	}
	memcpy((char *)tramp + 1, &rel, sizeof(rel));
	__builtin___clear_cache((char *)tramp, (char *)tramp + 5);
}
