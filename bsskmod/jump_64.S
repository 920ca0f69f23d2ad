/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bss_setjmp/bss_longjmp: the non-local exit a BSS throw needs to abort
 * every service function between the throw and the matching try. Only the
 * callee-saved registers, the stack pointer and the resume address are
 * kept; the runtime itself releases what the aborted frames held.
 */
#include <linux/linkage.h>
#include <asm/nospec-branch.h>

/* struct bss_jmpbuf: rbx rbp r12 r13 r14 r15 rsp rip */
SYM_FUNC_START(bss_setjmp)
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
	xorl	%eax, %eax
	RET
SYM_FUNC_END(bss_setjmp)

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
