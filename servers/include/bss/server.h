/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Authoring a BSS server in C: declarations only. A server source defines
 * these lists, then includes this header:
 *
 *   #define BSS_REQUIRED(X)  X(store, echo)          references 0, 1, ...
 *   #define BSS_IMPORTS(X, S) X(echo, ping) S(ref_keep)   calls it makes
 *   #define BSS_LOCALS(X)    X(file, file, fl, struct fs_file, fl_put)
 *                    (class name, service, implementation prefix, type,
 *                     destructor called when its last reference goes)
 *
 * and declares its implementation and description:
 *
 *   BSS_IMPL_echo(my, struct my_priv);        generated in services.h
 *   BSS_SERVER(my, struct my_priv, .ctor = my_ctor, ...);
 *
 * Service calls are plain C calls: echo_ping(REF_store, 42). A call or
 * system call that is not declared does not compile.
 */
#ifndef _BSS_SERVER_H
#define _BSS_SERVER_H

#include <linux/module.h>
#include <linux/static_call.h>
#include <bss/abi.h>
#include <bss/runtime.h>
#include <bss/services.h>

#ifndef BSS_REQUIRED
#define BSS_REQUIRED(X)
#endif
#ifndef BSS_IMPORTS
#define BSS_IMPORTS(X, S)
#endif
#ifndef BSS_LOCALS
#define BSS_LOCALS(X)
#endif

/*
 * A server in several files (thesis 5.1: a local server in a file of its
 * own): every file includes the server's own header, which has its
 * BSS_REQUIRED, BSS_IMPORTS and BSS_LOCALS before it includes this one,
 * and every file but the one with BSS_SERVER() defines BSS_PART first.
 * The description, the import table and the imports' static calls are
 * that file's; the others use them.
 */

/*
 * Required services: REF_<name> is the reference the runtime binds, in
 * the order of BSS_REQUIRED (the first is reference 0, the bindings of a
 * configuration's start statement or of bssctl instance create follow
 * that order).
 */
#define __BSS_REQ_ENUM(name, svc)	REF_##name,
#define __BSS_REQ_ID(name, svc)		BSS_SVC_##svc,
enum { BSS_REQUIRED(__BSS_REQ_ENUM) __BSS_NREQUIRED };
#ifndef BSS_PART
static const __u32 __bss_required[__BSS_NREQUIRED + 1] = {
	BSS_REQUIRED(__BSS_REQ_ID)
};
#endif

/*
 * Imports: one entry per kind of call; call sites index them. A service
 * function's call sites go through its static call, __bss_sc_<svc>_<fn>:
 * bss_call() until the runtime binds it (bsskmod/bind.c).
 */
#define __BSS_IMP_ENUM(s_, f_)		__BSS_IMP_##s_##_##f_,
#define __BSS_IMP_SYS_ENUM(n_)		__BSS_IMP_sys_##n_,
#ifdef BSS_PART
#define __BSS_IMP_SC(s_, f_)		DECLARE_STATIC_CALL(__bss_sc_##s_##_##f_, bss_call);
#else
#define __BSS_IMP_SC(s_, f_)		DEFINE_STATIC_CALL(__bss_sc_##s_##_##f_, bss_call);
#endif
#define __BSS_IMP_SYS_NONE(n_)
#define __BSS_IMP_ENTRY(s_, f_)						\
	{ .svc = &bss_svc_##s_, .fn = BSS_FN_##s_##_##f_,		\
	  .flags = BSS_SIGF_##s_##_##f_,				\
	  .key = &STATIC_CALL_KEY(__bss_sc_##s_##_##f_),		\
	  .tramp = STATIC_CALL_TRAMP_ADDR(__bss_sc_##s_##_##f_) },
#define __BSS_IMP_SYS_ENTRY(n_)		{ .svc = NULL, .fn = BSS_SYS_##n_ },
BSS_IMPORTS(__BSS_IMP_SC, __BSS_IMP_SYS_NONE)
enum { BSS_IMPORTS(__BSS_IMP_ENUM, __BSS_IMP_SYS_ENUM) __BSS_NIMPORTS };
extern const struct bss_import __bss_imports[__BSS_NIMPORTS + 1];
#ifndef BSS_PART
const struct bss_import __bss_imports[__BSS_NIMPORTS + 1] = {
	BSS_IMPORTS(__BSS_IMP_ENTRY, __BSS_IMP_SYS_ENTRY)
};
#endif

/* System calls, each usable only when declared in BSS_IMPORTS. */
#define __BSS_SYS(name)		((void)__BSS_IMP_sys_##name, bss_sys_##name)
#define bss_ref_keep(r)		__BSS_SYS(ref_keep)(r)
#define bss_ref_release(r)	__BSS_SYS(ref_release)(r)
#define bss_ref_weak(r)		__BSS_SYS(ref_weak)(r)
#define bss_ref_same(a, b)	__BSS_SYS(ref_same)(a, b)
#define bss_local_create(cls, obj) \
	__BSS_SYS(local_create)(LOCAL_##cls, obj)
#define bss_self()		__BSS_SYS(self)()
/* Never returns (__bss_dead_end(): bss/abi.h). */
#define bss_throw(id, err)			\
	do {					\
		__BSS_SYS(throw)(id, err);	\
		__bss_dead_end();		\
	} while (0)
#define bss_lock()		__BSS_SYS(lock)()
#define bss_unlock()		__BSS_SYS(unlock)()
#define bss_thread(fn, arg)	__BSS_SYS(thread)(BSS_FN_##fn, arg)
#define bss_thread_stop()	__BSS_SYS(thread_stop)()

/*
 * Try blocks: if (!bss_try(&tc)) { ... bss_try_end(&tc); } else { caught:
 * tc.err, tc.id }. A try still open when its function returns is closed by
 * the runtime.
 */
#define bss_try(tc)							\
	({								\
		struct bss_try *__tc = (tc);				\
									\
		(void)__BSS_IMP_sys_try;				\
		__BSS_TRY_ANCHOR(__tc);					\
		bss_sys_try(__tc);					\
	})
/*
 * Where the return address of the function opening the try is, and what
 * it is: while that function runs the slot holds it, and once it has
 * returned the next call made at that depth writes another, so a throw
 * can tell a live try from a dead one (bsskmod/thread.c try_live()). The
 * frame address makes the compiler keep a frame pointer in that function.
 */
#define __BSS_TRY_ANCHOR(tc)						\
	do {								\
		(tc)->ra_slot = (unsigned long)__builtin_frame_address(0) +	\
				sizeof(long);				\
		(tc)->ra = (unsigned long)__builtin_return_address(0);	\
	} while (0)
#define bss_try_end(tc)		__BSS_SYS(try_end)(tc)

/* Local server classes: sub-objects handed out as server references. */
#define __BSS_LOCAL_ENUM(n_, s_, p_, type, d_)	LOCAL_##n_,
#define __BSS_LOCAL_DTOR(n_, s_, p_, type, d_)			\
	static void d_(type *obj);				\
	static void __bss_local_dtor_##n_(void *obj) { d_(obj); }
#define __BSS_LOCAL_DECL(n_, s_, p_, type, d_)			\
	extern const bss_entry_t __bss_entries_##p_[];
#define __BSS_LOCAL_ENTRY(n_, s_, p_, type, d_)			\
	[LOCAL_##n_] = { .svc = &bss_svc_##s_,			\
			 .entries = __bss_entries_##p_,		\
			 .dtor = __bss_local_dtor_##n_ },
enum { BSS_LOCALS(__BSS_LOCAL_ENUM) __BSS_NLOCALS };

/*
 * Registers of a memory BAR handed out by pcidev.map: uncached accesses of
 * 1, 2 or 4 bytes, each one instruction (as the kernel's own readl() and
 * writel() on x86), kept in program order with the server's ordinary
 * memory accesses by the "memory" clobber: a frame written to DMA memory
 * before the register that starts its transmission, a ring read after the
 * register that says it holds a frame.
 */
static inline u32 bss_mmio_read(u64 base, u32 off, u32 size)
{
	unsigned long p = base + off;
	u32 v;

	if (size == 1)
		asm volatile("movzbl (%1), %0" : "=r" (v) : "r" (p) : "memory");
	else if (size == 2)
		asm volatile("movzwl (%1), %0" : "=r" (v) : "r" (p) : "memory");
	else
		asm volatile("movl (%1), %0" : "=r" (v) : "r" (p) : "memory");
	return v;
}

static inline void bss_mmio_write(u64 base, u32 off, u32 size, u32 v)
{
	unsigned long p = base + off;

	if (size == 1)
		asm volatile("movb %b0, (%1)" : : "q" (v), "r" (p) : "memory");
	else if (size == 2)
		asm volatile("movw %w0, (%1)" : : "r" (v), "r" (p) : "memory");
	else
		asm volatile("movl %0, (%1)" : : "r" (v), "r" (p) : "memory");
}

/* Typed constructor, destructor and weak-death hooks for the description. */
#define BSS_CTOR(type, fn) \
	static int __bss_ctor(void *s) { return fn((type *)s); }
#define BSS_DTOR(type, fn) \
	static void __bss_dtor(void *s) { fn((type *)s); }
#define BSS_WEAK_DEAD(type, fn) \
	static void __bss_weak_dead(void *s, bss_ref_t r) { fn((type *)s, r); }

/*
 * BSS_SERVER(prefix, type, fields...): the description in its "bss_image"
 * section, and the module glue that hands it to the runtime.
 */
#define BSS_SERVER(prefix, type, ...)					\
	BSS_LOCALS(__BSS_LOCAL_DTOR)					\
	BSS_LOCALS(__BSS_LOCAL_DECL)					\
	extern const struct bss_impl __bss_impl_##prefix;		\
	static const struct bss_impl __bss_locals[__BSS_NLOCALS + 1] = {	\
		BSS_LOCALS(__BSS_LOCAL_ENTRY)				\
	};								\
	static const struct bss_image_desc __bss_image			\
	__used __section("bss_image") = {				\
		.magic = BSS_DESC_MAGIC,				\
		.abi = BSS_DESC_ABI,					\
		.name = KBUILD_MODNAME,					\
		.impl = &__bss_impl_##prefix,				\
		.locals = __bss_locals,					\
		.nlocals = __BSS_NLOCALS,				\
		.priv_size = sizeof(type),				\
		.required = __bss_required,				\
		.nrequired = __BSS_NREQUIRED,				\
		.imports = __bss_imports,				\
		.nimports = __BSS_NIMPORTS,				\
		__VA_ARGS__						\
	};								\
	static int __init __bss_server_init(void)			\
	{								\
		return bss_image_register(THIS_MODULE, &__bss_image);	\
	}								\
	static void __exit __bss_server_exit(void)			\
	{								\
		bss_image_unregister(&__bss_image);			\
	}								\
	module_init(__bss_server_init);					\
	module_exit(__bss_server_exit);					\
	MODULE_IMPORT_NS(BSS);						\
	/* What the runtime's request_module() asks for (graph.c). */	\
	MODULE_ALIAS("bss-image-" KBUILD_MODNAME);			\
	MODULE_LICENSE("GPL")

#endif /* _BSS_SERVER_H */
