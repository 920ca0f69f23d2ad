/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bss_setjmp/bss_longjmp: the non-local exit a BSS throw needs to abort
 * every service function between the throw and the matching try. Only the
 * callee-saved registers, the stack pointer and the resume address are
 * kept; the runtime itself releases what the aborted frames held.
 */
#include <linux/linkage.h>
#include <asm/nospec-branch.h>

/* struct bss_jmpbuf at (%rdi): rbx rbp r12 r13 r14 r15 rsp rip */
.macro SAVE_JMPBUF
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rdx
	movq	%rdx, 48(%rdi)
	movq	(%rsp), %rdx
	movq	%rdx, 56(%rdi)
.endm

SYM_FUNC_START(bss_setjmp)
	SAVE_JMPBUF
	xorl	%eax, %eax
	RET
SYM_FUNC_END(bss_setjmp)

/*
 * int bss_sys_try(struct bss_try *tc): bss_try()'s one call. The jmpbuf
 * (the first member of struct bss_try) as bss_setjmp() fills it, then on
 * to bss_try_open(), which links the try and returns 0 to the server; a
 * throw caught by the try returns from here a second time, with 1.
 */
SYM_FUNC_START(bss_sys_try)
	SAVE_JMPBUF
	jmp	bss_try_open
SYM_FUNC_END(bss_sys_try)

SYM_FUNC_START(bss_longjmp)
	movl	%esi, %eax
	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	56(%rdi), %rdx
	movq	48(%rdi), %rsp
	JMP_NOSPEC rdx
SYM_FUNC_END(bss_longjmp)
