/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The binary description of a BSS server: what bss.ko reads, validates and
 * acts on. A server module carries exactly one struct bss_image_desc in its
 * "bss_image" section and hands it to bss_image_register() from the module
 * init that BSS_SERVER() generates; nothing else links the server to its
 * environment.
 */
#ifndef _BSS_ABI_H
#define _BSS_ABI_H

#include <linux/types.h>

#define BSS_DESC_MAGIC		0x42535331	/* "BSS1" */
#define BSS_DESC_ABI		2	/* 2: imports carry their static call */

#define BSS_MAX_ARGS		4	/* C arguments after the target */
#define BSS_MAX_FNS		64	/* functions in one service */
#define BSS_MAX_REQUIRED	16	/* required services of one image */
#define BSS_MAX_IMPORTS		256	/* call sites classes of one image */
#define BSS_MAX_LOCALS		16	/* local server classes of one image */
#define BSS_MAX_PRIV		(1024 * 1024)	/* bytes */
#define BSS_MAX_STACK		4096
#define BSS_MAX_BLOCK		(64 * 1024)	/* bytes */

/* Parameter and return kinds of a signature. */
enum bss_type {
	BSS_T_NONE,	/* no value (void return, unused slot) */
	BSS_T_U32,	/* scalar, 32 bits */
	BSS_T_U64,	/* scalar, 64 bits */
	BSS_T_REF,	/* server reference; its service ID is in *_svc */
	BSS_T_IN,	/* flat block read by the callee; next arg is its size */
	BSS_T_OUT,	/* flat block written by the callee; next arg is its size */
	BSS_T_INOUT,	/* both; next arg is its size */
	BSS_T_SIZE,	/* the size of the block just before */
	BSS_T_MAX,
};

struct bss_sig {
	__u8 ret;
	__u8 nargs;
	__u8 arg[BSS_MAX_ARGS];
	__u16 flags;		/* BSS_SIG_SPECIAL: derived, checked at load */
	__u32 ret_svc;
	__u32 arg_svc[BSS_MAX_ARGS];
};

/* A reference or a block among the arguments, or a reference returned. */
#define BSS_SIG_SPECIAL		0x1

/* Service IDs below this are the runtime's own (system calls, kernel servers). */
#define BSS_SVC_SYSTEM		0x0
#define BSS_SVC_USER_MIN	0x100
/*
 * 0x10-0x2f: services that kernel servers implement (debug, time, pcidev,
 * dmabuf); 0x30-0xff: predefined services that servers implement for the
 * kernel (irqh); from 0x100: everything else.
 */
#define BSS_SVC_IMPL_MIN	0x30
/* In a signature: a reference to a server of any service (queues). */
#define BSS_SVC_ANY		0xffffffffu

/* A server reference, as server code sees it. */
typedef __u32 bss_ref_t;
#define BSS_REF_NULL		((bss_ref_t)~0u)
#define BSS_REF_TEMP		0x80000000u

/*
 * Every service function entry has this one C shape; BSS_IMPL_<svc>()
 * generates it around the author's typed function. ref is the caller's
 * reference number as it was, of no use to the callee: it is there so that
 * a call's arguments stay in the registers they arrived in, from the call
 * site through bss_call() or a bound slot to the entry (x86-64: a0..a3 in
 * rdx, rcx, r8, r9 throughout; only self takes the import's place).
 */
typedef __u64 (*bss_entry_t)(void *self, __u64 ref, __u64 a0, __u64 a1, __u64 a2,
			     __u64 a3);

/* Service flags. */
#define BSS_SVC_ATOMIC		0x1	/* callers keep their serialization lock */

struct bss_service {
	__u32 id;
	__u32 nfns;
	__u32 flags;
	__u32 pad;
	const char *name;
	const char * const *fn_names;
	const struct bss_sig *sigs;
};

/* A service implementation: the main server's, or a local server class's. */
struct bss_impl {
	const struct bss_service *svc;
	const bss_entry_t *entries;
	void (*dtor)(void *obj);	/* local classes: last reference gone */
};

struct static_call_key;

/*
 * One kind of outgoing call: a service function, or a system call when
 * svc is NULL (fn is then the system call number). A service function's
 * import has a static call of its own, which its call sites go through:
 * the module loader points it at bss_call(), the runtime later at a bound
 * slot (bsskmod/bind.c). flags repeats its signature's, checked at
 * registration, so that a call reads them from the import it was given.
 */
struct bss_import {
	const struct bss_service *svc;
	__u32 fn;
	__u16 flags;			/* the signature's BSS_SIG_* */
	__u16 pad;
	struct static_call_key *key;	/* service functions: the import's static call */
	void *tramp;
};

/* Thread attributes of a server (thesis 3.4.1). */
#define BSS_ATTR_THREAD_SAFE	0x1
#define BSS_ATTR_SERIALIZED	0x2
#define BSS_ATTR_CALLBACKS	0x4
#define BSS_ATTR_MASK		0x7

struct bss_image_desc {
	__u32 magic;
	__u32 abi;
	const char *name;
	const struct bss_impl *impl;
	const struct bss_impl *locals;
	__u32 nlocals;
	__u32 priv_size;
	__u32 stack_need;
	__u32 attrs;
	int (*ctor)(void *self);
	void (*dtor)(void *self);
	void (*weak_dead)(void *self, bss_ref_t ref);
	const __u32 *required;
	__u32 nrequired;
	__u32 nimports;
	const struct bss_import *imports;
};

/*
 * The general entry into the runtime for service calls: every import's
 * static call starts out calling it, and the import names what is called.
 * A bound slot has the same type.
 */
typedef __u64 bss_call_fn(const struct bss_import *imp, bss_ref_t ref, __u64 a0,
			  __u64 a1, __u64 a2, __u64 a3);
bss_call_fn bss_call;

/* System call numbers: the import's fn when svc is NULL. */
enum bss_sys {
	BSS_SYS_REF_KEEP,	/* temporary -> permanent */
	BSS_SYS_REF_RELEASE,	/* early release, either kind */
	BSS_SYS_REF_WEAK,	/* permanent weak reference */
	BSS_SYS_REF_SAME,	/* do two references name one server? */
	BSS_SYS_LOCAL_CREATE,	/* hand out a sub-object as a server */
	BSS_SYS_SELF,		/* a temporary reference to the running server */
	BSS_SYS_TRY,		/* open a try block (after bss_setjmp) */
	BSS_SYS_TRY_END,	/* close it */
	BSS_SYS_THROW,		/* abort up to the innermost try */
	BSS_SYS_LOCK,		/* thread-safe servers: take the server's lock */
	BSS_SYS_UNLOCK,		/* and drop it */
	BSS_SYS_THREAD,		/* thread factory: run one of our functions */
	BSS_SYS_THREAD_STOP,	/* should a factory thread stop? */
	BSS_SYS_MAX,
};

/* The names server declarations use: S(ref_keep) and so on. */
#define BSS_SYS_ref_keep	BSS_SYS_REF_KEEP
#define BSS_SYS_ref_release	BSS_SYS_REF_RELEASE
#define BSS_SYS_ref_weak	BSS_SYS_REF_WEAK
#define BSS_SYS_ref_same	BSS_SYS_REF_SAME
#define BSS_SYS_local_create	BSS_SYS_LOCAL_CREATE
#define BSS_SYS_self		BSS_SYS_SELF
#define BSS_SYS_try		BSS_SYS_TRY
#define BSS_SYS_try_end		BSS_SYS_TRY_END
#define BSS_SYS_throw		BSS_SYS_THROW
#define BSS_SYS_lock		BSS_SYS_LOCK
#define BSS_SYS_unlock		BSS_SYS_UNLOCK
#define BSS_SYS_thread		BSS_SYS_THREAD
#define BSS_SYS_thread_stop	BSS_SYS_THREAD_STOP

/*
 * A try block, on the stack of the server that opens it. bss_sys_try()
 * fills jb in the server's own frame, and the rest. After a throw,
 * control returns from bss_sys_try() a second time, with 1.
 */
struct bss_jmpbuf {
	unsigned long regs[8];
};

struct bss_try {
	struct bss_jmpbuf jb;
	struct bss_try *prev;
	__u32 depth;		/* call frames when the try opened */
	__u32 top;		/* temporaries then */
	__s32 err;		/* caught: POSIX errno */
	__u32 id;		/* caught: BSS error ID */
	__u32 root;		/* the runtime's own try of an entry from Linux */
	__u32 pad;
	unsigned long ra_slot;	/* runtime: where the opening function's */
	unsigned long ra;	/* return address is, and what it is */
};

/*
 * A function of a service that a server's ops struct leaves out is a
 * compile-time error: BSS_IMPL_<svc>() (services.h) calls each member of
 * the const ops object directly, and the compiler knows them all.
 */
#define __BSS_OPS_WIRED(fn)						\
	compiletime_assert(fn, "a function of the service is not in the server's ops")

/*
 * After a call that never returns (a throw: it ends in a longjmp): a trap
 * never reached, which the compiler emits as one ud2. objtool takes it for
 * the dead end it is, whether it checks one object at a time (6.1) or the
 * linked module (6.12), where unreachable() no longer tells it anything;
 * it cannot know what a function of another object does.
 */
#define __bss_dead_end()	__builtin_trap()

/* BSS error IDs: what went wrong, in BSS terms; the errno travels along. */
enum bss_error {
	BSS_E_NONE,
	BSS_E_USER,		/* thrown by a server */
	BSS_E_BAD_REF,		/* no such reference */
	BSS_E_WRONG_SERVICE,	/* target implements another service */
	BSS_E_NO_CALLBACK,	/* forbidden re-entry by the same thread */
	BSS_E_WOULD_BLOCK,	/* blocking call from atomic context */
	BSS_E_DEPTH,		/* call stack too deep */
	BSS_E_TEMPS,		/* too many temporaries */
	BSS_E_NOMEM,
	BSS_E_ARG,		/* bad argument (block size, kind) */
	BSS_E_DEAD,		/* the server is dead (destroyed, failed, revoked) */
	BSS_E_STACK,		/* not enough kernel stack for the callee */
	BSS_E_DENIED,		/* undeclared system call or import, self-pinning */
	BSS_E_MAX,
};

#endif /* _BSS_ABI_H */
