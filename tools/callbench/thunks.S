/* SPDX-License-Identifier: GPL-2.0 */
/*
 * callbench: the code the module's compiler-generated thunk calls reach
 * in Debian 6.1 on this CPU, after the kernel's boot-time patching
 * (arch/x86/lib/retpoline.S, arch/x86/kernel/alternative.c):
 *
 * - __x86_indirect_thunk_<reg>: the generic retpoline (spectre_v2
 *   "Retpolines": the kernel leaves the thunk calls as they are); its own
 *   return goes through the return thunk, as the kernel's RET does.
 * - __x86_return_thunk (CB_RETHUNK, chosen by build.sh from
 *   /sys/devices/system/cpu/vulnerabilities):
 *   CB_RETHUNK_SAFE_RET: spec_rstack_overflow "Safe RET": every return
 *	site jumps to srso_alias_return_thunk (family 19h; srso_return_thunk
 *	on 17h is the same code elsewhere): a call to a lea/ret pair that
 *	drops the call's own return address.
 *   CB_RETHUNK_JMP_RET: retbleed's untrained return thunk: a jump to a
 *	plain ret.
 *   CB_RETHUNK_INLINE: not affected: the kernel patches every return site
 *	to "ret; int3"; build.sh then compiles with -mfunction-return=keep,
 *	and the assembly's RET is "ret; int3" too: nothing comes here.
 * - __fentry__: ret. The kernel turns every fentry call into a 5-byte NOP
 *   at load (ftrace); glue.c does the same to the program's __mcount_loc
 *   sites before anything runs, so this is only reached if that failed.
 * - __SCT__preempt_schedule: the preempt_enable() static call, never
 *   reached (the preempt count never drops to 0 here).
 * - cb_native_save_fl: pv_ops.irq.save_fl, never reached either: glue.c
 *   patches its call sites to "pushf; pop %rax" as the kernel does.
 */
	.text

#ifdef CB_RETHUNK_INLINE
#define RET	ret; int3
#else
#define RET	jmp __x86_return_thunk
#endif

	.macro RETPOLINE reg
	call	.Ldo_rop_\@
.Lspec_trap_\@:
	pause
	lfence
	jmp	.Lspec_trap_\@
.Ldo_rop_\@:
	mov	%\reg, (%rsp)
	RET
	.endm

	.macro THUNK reg
	.p2align 5, 0xcc
	.globl	__x86_indirect_thunk_\reg
	.type	__x86_indirect_thunk_\reg, @function
__x86_indirect_thunk_\reg:
	RETPOLINE \reg
	.size	__x86_indirect_thunk_\reg, . - __x86_indirect_thunk_\reg
	.endm

	.p2align 5, 0xcc
	.globl	__x86_indirect_thunk_array
__x86_indirect_thunk_array:
	.irp reg, rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15
	THUNK \reg
	.endr

	.p2align 6, 0xcc
#if defined(CB_RETHUNK_SAFE_RET)
	.globl	srso_alias_safe_ret
	.type	srso_alias_safe_ret, @function
srso_alias_safe_ret:
	lea	8(%rsp), %rsp
	ret
	int3
	.size	srso_alias_safe_ret, . - srso_alias_safe_ret

	.globl	__x86_return_thunk
	.type	__x86_return_thunk, @function
__x86_return_thunk:
	call	srso_alias_safe_ret
	ud2
	.size	__x86_return_thunk, . - __x86_return_thunk
#elif defined(CB_RETHUNK_JMP_RET) || defined(CB_RETHUNK_INLINE)
	.globl	__x86_return_thunk
	.type	__x86_return_thunk, @function
__x86_return_thunk:
	ret
	int3
	.size	__x86_return_thunk, . - __x86_return_thunk
#else
#error "CB_RETHUNK_SAFE_RET, CB_RETHUNK_JMP_RET or CB_RETHUNK_INLINE"
#endif

	.p2align 4, 0xcc
	.globl	__fentry__
	.type	__fentry__, @function
__fentry__:
	ret
	int3
	.size	__fentry__, . - __fentry__

	.globl	__SCT__preempt_schedule
	.type	__SCT__preempt_schedule, @function
__SCT__preempt_schedule:
	ret
	int3
	.size	__SCT__preempt_schedule, . - __SCT__preempt_schedule

/* paravirt's native save_fl (pv_ops.irq.save_fl), returns EFLAGS in %rax */
	.globl	cb_native_save_fl
	.type	cb_native_save_fl, @function
cb_native_save_fl:
	pushf
	pop	%rax
	ret
	int3
	.size	cb_native_save_fl, . - cb_native_save_fl

	.section .note.GNU-stack, "", @progbits
