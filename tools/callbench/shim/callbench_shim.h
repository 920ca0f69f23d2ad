/* SPDX-License-Identifier: GPL-2.0 */
/*
 * callbench: the kernel, as little of it as the call path needs, for user
 * space. tools/callbench/build.sh force-includes this header into every
 * runtime and server source it compiles (as Kbuild force-includes
 * compiler_types.h) and makes every <linux/...> and <asm/...> header they
 * include an empty file, so that nothing else of the kernel, and nothing
 * of libc, is seen. The sources (bsskmod/, servers/, uapi/) are compiled
 * unchanged, with the module's own code-generation flags.
 *
 * What is faked, and why the branches stay the module's
 * (tests/host/callbench.sh compares the compiled control flow):
 *
 * - Compiler annotations: the kernel's (inline is notrace, as there: an
 *   inline function kept out of line has no fentry call; unreachable()
 *   carries objtool's annotation).
 * - Inline asm: the kernel's statements, to the line (CC_SET()'s comment,
 *   LOCK_PREFIX's .smp_locks entry, paravirt's alternative). GCC sizes an
 *   asm by its statements and lays out blocks by size: one line less in
 *   preempt_enable() moved bss_call's cold blocks.
 * - Per-CPU data (DEFINE_PER_CPU, this_cpu_*, raw_cpu_*, per_cpu): plain
 *   globals, one CPU. The accessors are the kernel's single-instruction
 *   asm without the %gs: prefix (no branch in either); a read goes through
 *   an integer as the kernel's does, since GCC predicts a pointer test and
 *   an integer test differently.
 * - Preemption: __preempt_count is a global that starts at PREEMPT_ENABLED
 *   (the inverted need-resched bit set). preempt_disable() is "incl",
 *   preempt_enable() "decl" and a call to __SCT__preempt_schedule when it
 *   reaches 0, as CONFIG_PREEMPTION compiles them: the same test, never
 *   taken. preemptible() reads the same count and the real EFLAGS.IF.
 * - local_save_flags() (irqs_disabled()): the kernel's paravirt call site,
 *   verbatim but for the name of its site list, cb_parainstructions, by
 *   which glue.c finds the sites and patches each to "pushf; pop %rax"
 *   and a NOP before anything runs, as the kernel's alternatives do at
 *   boot. Both objects have the same call; both run the same two
 *   instructions.
 * - Atomics, refcount_t: the kernel's x86 asm (lock inc, xadd, cmpxchg)
 *   and refcount.h's saturation checks; refcount_warn_saturate() traps.
 * - READ_ONCE/WRITE_ONCE, smp_load_acquire/smp_store_release (x86: an
 *   access and a compiler barrier): the kernel's, without its compile-time
 *   size checks, which generate nothing.
 * - current: one fake task (cb_current) whose stack (task_stack_page) is
 *   the 96 KiB below the benchmark's main(), so the stack limits are
 *   checked against the real stack pointer.
 * - Mutexes, spinlocks, __cond_resched(), the RCU read lock: out of line
 *   in kern.c, as the kernel's are: calls in both. Their fast paths are
 *   the kernel's (mutex_lock(): might_resched(), a lock cmpxchg).
 * - printk, pr_*, pr_*_ratelimited: the kernel's shapes (a static state,
 *   a call to ___ratelimit(), one to _printk()); kern.c's say no and print
 *   nothing. pr_debug(): nothing, as dynamic debug is off (the benchmark's
 *   guest runs turn the runtime's debug events off).
 * - kmalloc/kzalloc/kcalloc/kfree, vsnprintf, snprintf, ktime_get_ns:
 *   libc, through glue.c, which realigns the stack the module's flags
 *   leave at 8 bytes (cb_vsnprintf is vsnprintf to the comparison). Only
 *   setup and a throw call them.
 * - Symbols and modules: THIS_MODULE is one fake module whose text is the
 *   whole program (bss_module_text() in rtstubs.c), and
 *   sprint_symbol_no_offset() names every address "callbench": a throw's
 *   liveness test always passes.
 * - Static calls: a trampoline per key, a direct jump that
 *   __static_call_update() repoints (glue.c); sites call the trampoline,
 *   where the kernel patches each site into a direct call of the target:
 *   one direct jump more per static call, the same call instruction.
 * - Lockdep: off, as in Debian's kernel. Wait queues and might_sleep():
 *   kern.c stand-ins, reached only by a contended serialized call.
 * - The binder's work item runs when world.c calls cb_bind(), after the
 *   warm-up, as the kernel's runs soon after the first calls ask.
 * - get_cycles(): lfence; rdtsc; lfence, as one statement of bytes (the
 *   kernel's is one "rdtsc"): serialized timestamps, same layout.
 * - EXPORT_SYMBOL*, MODULE_*, module_init/exit, __init/__exit, sparse
 *   annotations, preempt notifiers, alloc_percpu: nothing that runs on a
 *   call; one CPU, nothing preempts a benchmark that never sleeps.
 */
#ifndef _CALLBENCH_SHIM_H
#define _CALLBENCH_SHIM_H

/* compiler_types.h, compiler_attributes.h, compiler.h */
#define inline			inline __attribute__((__gnu_inline__)) \
				__attribute__((__unused__)) \
				__attribute__((__no_instrument_function__))
#define __always_inline		inline __attribute__((__always_inline__))
#define noinline		__attribute__((__noinline__))
#define __noreturn		__attribute__((__noreturn__))
#define __maybe_unused		__attribute__((__unused__))
#define __used			__attribute__((__used__))
#define __section(s)		__attribute__((__section__(s)))
#define __aligned(x)		__attribute__((__aligned__(x)))
#define __packed		__attribute__((__packed__))
#define __printf(a, b)		__attribute__((__format__(printf, a, b)))
#define __cold			__attribute__((__cold__))
#define __must_check		__attribute__((__warn_unused_result__))
#define notrace			__attribute__((__no_instrument_function__))
#define __init
#define __exit
#define __sched
#define __percpu
#define __rcu
#define __user
#define __iomem
#define __force
#define __acquires(x)
#define __releases(x)
#define __acquire(x)		((void)0)
#define __release(x)		((void)0)
#define __must_hold(x)
#define fallthrough		__attribute__((__fallthrough__))
#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
/* A compiler barrier: the kernel's barrier() */
#define barrier()		__asm__ __volatile__("" : : : "memory")
#define __stringify_1(x...)	#x
#define __stringify(x...)	__stringify_1(x)

/* objtool's annotation, as CONFIG_OBJTOOL compiles unreachable(). */
#define __stringify_label(n)	#n
#define __annotate_unreachable(c) ({				\
	asm volatile(__stringify_label(c) ":\n\t"		\
		     ".pushsection .discard.unreachable\n\t"	\
		     ".long " __stringify_label(c) "b - .\n\t"	\
		     ".popsection\n\t" : : "i" (c));		\
})
#define annotate_unreachable()	__annotate_unreachable(__COUNTER__)
#define unreachable()				\
	do {					\
		annotate_unreachable();		\
		__builtin_unreachable();	\
	} while (0)

/* types.h */
typedef unsigned char		u8;
typedef unsigned short		u16;
typedef unsigned int		u32;
typedef unsigned long long	u64;
typedef signed char		s8;
typedef short			s16;
typedef int			s32;
typedef long long		s64;
typedef u8			__u8;
typedef u16			__u16;
typedef u32			__u32;
typedef u64			__u64;
typedef s8			__s8;
typedef s16			__s16;
typedef s32			__s32;
typedef s64			__s64;
typedef u64			cycles_t;
typedef unsigned long		size_t;
typedef long			ssize_t;
typedef long			ptrdiff_t;
typedef unsigned long		uintptr_t;
typedef _Bool			bool;
typedef unsigned int		gfp_t;
typedef __builtin_va_list	va_list;
#define va_start(v, l)		__builtin_va_start(v, l)
#define va_end(v)		__builtin_va_end(v)
#define va_arg(v, T)		__builtin_va_arg(v, T)
#define true			1
#define false			0
#define NULL			((void *)0)
#define U8_MAX			((u8)~0U)
#define U16_MAX			((u16)~0U)
#define U32_MAX			((u32)~0U)
#define U64_MAX			((u64)~0ULL)
#define INT_MAX			((int)(~0U >> 1))
#define UINT_MAX		(~0U)
#define BITS_PER_LONG		64
#define BIT(nr)			(1UL << (nr))
#define GENMASK(h, l)		(((~0UL) << (l)) & (~0UL >> (BITS_PER_LONG - 1 - (h))))

/* kernel.h, minmax.h, stddef.h, container_of.h, build_bug.h, export.h */
#define offsetof(T, m)		__builtin_offsetof(T, m)
#define container_of(ptr, type, member)	\
	((type *)((char *)(ptr) - offsetof(type, member)))
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#define min(a, b)		((a) < (b) ? (a) : (b))
#define max(a, b)		((a) > (b) ? (a) : (b))
#define min_t(T, a, b)		((T)(a) < (T)(b) ? (T)(a) : (T)(b))
#define max_t(T, a, b)		((T)(a) > (T)(b) ? (T)(a) : (T)(b))
#define BUILD_BUG_ON(c)		_Static_assert(!(c), #c)
/* compiler_types.h: checked once optimised, as the kernel's is */
__attribute__((__error__("compiletime_assert"))) void __cb_assert_failed(void);
#define compiletime_assert(c, msg)					\
	do {								\
		if (!(c))						\
			__cb_assert_failed();				\
	} while (0)
#define EXPORT_SYMBOL_GPL(s)	extern int __cb_export_unused
#define EXPORT_SYMBOL_NS_GPL(s, ns) extern int __cb_export_unused

/* errno-base.h, errno.h, err.h */
#define EPERM		1
#define ENOENT		2
#define EIO		5
#define ENXIO		6
#define E2BIG		7
#define EBADF		9
#define EAGAIN		11
#define ENOMEM		12
#define EFAULT		14
#define EBUSY		16
#define EEXIST		17
#define ENODEV		19
#define EINVAL		22
#define EMFILE		24
#define ENOSPC		28
#define ERANGE		34
#define EDEADLK		35
#define ELOOP		40
#define EWOULDBLOCK	EAGAIN
#define EOVERFLOW	75
#define EPROTOTYPE	91
#define EOPNOTSUPP	95
#define ETIMEDOUT	110
#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x)	unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline bool IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

static inline bool IS_ERR_OR_NULL(const void *ptr)
{
	return unlikely(!ptr) || IS_ERR_VALUE((unsigned long)ptr);
}

/* asm-generic/rwonce.h, asm/barrier.h (x86: TSO, compiler barriers only) */
#define READ_ONCE(x)		(*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)	(*(volatile typeof(x) *)&(x) = (val))
/* x86 orders stores after stores and loads after loads: */
#define smp_store_release(p, v)		\
	do {				\
		barrier();		\
		WRITE_ONCE(*(p), (v));	\
	} while (0)
/* ...so acquire and release are compiler barriers. */
#define smp_load_acquire(p)					\
	({							\
		typeof(*(p)) ___p1 = READ_ONCE(*(p));		\
		barrier();					\
		___p1;						\
	})
#define cpu_relax()		asm volatile("rep; nop" : : : "memory")
/* ...but not a load after a store: smp_mb() is a locked op (barrier.h) */
#define smp_mb()	asm volatile("lock; addl $0,-4(%%rsp)" ::: "memory", "cc")

/* asm/asm.h */
register unsigned long current_stack_pointer asm("rsp");

/* asm/percpu.h: the kernel's operations without %gs (one CPU). */
#define DECLARE_PER_CPU(type, name)	extern __typeof__(type) name
#define DEFINE_PER_CPU(type, name)	__typeof__(type) name
#define per_cpu(var, cpu)		(*((void)(cpu), &(var)))
#define per_cpu_ptr(ptr, cpu)		((void)(cpu), (ptr))
#define this_cpu_ptr(ptr)		(ptr)
#define for_each_possible_cpu(cpu)	for ((cpu) = 0; (cpu) < 1; (cpu)++)
#define __cb_pfo(qual, T, c, _v)					\
	({								\
		T pfo_val__;						\
		asm qual("mov%z[val] %[var], %[val]"			\
			 : [val] c (pfo_val__) : [var] "m" (_v));	\
		(typeof(_v))(unsigned long)pfo_val__;			\
	})
#define __cb_pcpu_read(qual, _v)					\
	({								\
		typeof(_v) pscr_ret__;					\
		switch (sizeof(_v)) {					\
		case 1:							\
			pscr_ret__ = __cb_pfo(qual, u8, "=q", _v);	\
			break;						\
		case 2:							\
			pscr_ret__ = __cb_pfo(qual, u16, "=r", _v);	\
			break;						\
		case 4:							\
			pscr_ret__ = __cb_pfo(qual, u32, "=r", _v);	\
			break;						\
		default:						\
			pscr_ret__ = __cb_pfo(qual, u64, "=r", _v);	\
			break;						\
		}							\
		pscr_ret__;						\
	})
#define __cb_pcpu_write(qual, _v, _x)					\
	do {								\
		typeof(_v) __w = (_x);					\
		asm qual("mov%z[var] %[val], %[var]"			\
			 : [var] "=m" (_v) : [val] "re" (__w));		\
	} while (0)
#define __cb_pcpu_unary(qual, op, _v)					\
	asm qual(op "%z[var] %[var]" : [var] "+m" (_v))
#define this_cpu_read(var)		__cb_pcpu_read(volatile, var)
#define this_cpu_write(var, val)	__cb_pcpu_write(volatile, var, val)
#define this_cpu_inc(var)		__cb_pcpu_unary(volatile, "inc", var)
#define raw_cpu_read(var)		__cb_pcpu_read(, var)
void *cb_calloc(size_t n, size_t size);
void cb_free(const void *p);
#define alloc_percpu(type)		((type *)cb_calloc(1, sizeof(type)))
#define free_percpu(p)			cb_free(p)

/* asm/rmwcc.h (flag outputs) */
#define CC_SET(c)	"\n\t/* output condition code " #c "*/\n"
#define CC_OUT(c)	"=@cc" #c

/* asm/preempt.h, linux/preempt.h: CONFIG_PREEMPTION, CONFIG_PREEMPT_COUNT */
#define PREEMPT_NEED_RESCHED		0x80000000
#define PREEMPT_ENABLED			(0 + PREEMPT_NEED_RESCHED)
extern int __preempt_count;
static __always_inline int preempt_count(void)
{
	return raw_cpu_read(__preempt_count) & ~PREEMPT_NEED_RESCHED;
}

static __always_inline bool __preempt_count_dec_and_test(void)
{
	bool c;

	asm volatile("decl %[var]" CC_SET(e)
		     : [var] "+m" (__preempt_count), CC_OUT(e) (c) : : "memory");
	return c;
}

static __always_inline bool should_resched(int preempt_offset)
{
	return unlikely(raw_cpu_read(__preempt_count) == preempt_offset);
}

/* The preempt_schedule static call, as CONFIG_PREEMPT_DYNAMIC calls it. */
#define __preempt_schedule()						\
	asm volatile("call __SCT__preempt_schedule"			\
		     : "+r" (current_stack_pointer))
#define preempt_disable()					\
	do {							\
		__cb_pcpu_unary(, "inc", __preempt_count);	\
		barrier();					\
	} while (0)
#define preempt_enable()					\
	do {							\
		barrier();					\
		if (unlikely(__preempt_count_dec_and_test()))	\
			__preempt_schedule();			\
	} while (0)

/*
 * asm/paravirt.h, asm/irqflags.h (CONFIG_PARAVIRT_XXL): the kernel's call
 * site for irq.save_fl, its asm verbatim but for the name of the section
 * that lists the sites (see the top).
 */
struct cb_pv_ops {
	struct {
		struct {
			void *func;
		} save_fl;
	} irq;
};

extern struct cb_pv_ops pv_ops;
void cb_native_save_fl(void);

static __always_inline unsigned long arch_local_save_flags(void)
{
	unsigned long __eax;

	asm volatile("# ALT: oldnstr\n" "661:\n\t" "771:\n\t" "999:\n\t"
		     ".pushsection .discard.retpoline_safe\n\t" " " ".quad" " " " 999b\n\t"
		     ".popsection\n\t" "call *%[paravirt_opptr];" "\n" "772:\n"
		     ".pushsection cb_parainstructions,\"a\"\n" " " ".balign 8" " " "\n"
		     " " ".quad" " " " 771b\n" "  .byte " "%c[paravirt_typenum]" "\n"
		     "  .byte 772b-771b\n" "  .short " "%c[paravirt_clobber]" "\n"
		     " " ".balign 8" " " "\n" ".popsection\n" "\n662:\n" "# ALT: padding\n"
		     ".skip -(((" "665" "1" "f-" "664" "1" "f" ")-(" "662b-661b" ")) > 0) * "
		     "((" "665" "1" "f-" "664" "1" "f" ")-(" "662b-661b" ")),0x90\n" "663" ":\n"
		     ".pushsection .altinstructions,\"a\"\n" " .long 661b - .\n"
		     " .long " "664" "1" "f - .\n" " .word " "((( 8*32+16)) | (1 << 15))" "\n"
		     " .byte " "663" "b-661b" "\n" " .byte " "665" "1" "f-" "664" "1" "f" "\n"
		     ".popsection\n" ".pushsection .altinstr_replacement, \"ax\"\n"
		     "# ALT: replacement " "1" "\n" "664" "1" ":\n\t" "pushf; pop %%rax;" "\n"
		     "665" "1" ":\n" ".popsection\n"
		     : "=a" (__eax), "+r" (current_stack_pointer)
		     : [paravirt_typenum] "i" (0),
		       [paravirt_opptr] "m" (pv_ops.irq.save_fl.func),
		       [paravirt_clobber] "i" (1)
		     : "memory", "cc");
	return __eax;
}

#define X86_EFLAGS_IF			0x200
#define irqs_disabled()			(!(arch_local_save_flags() & X86_EFLAGS_IF))
#define preemptible()			(preempt_count() == 0 && !irqs_disabled())
/* preempt.h: the replica runs in no interrupt */
#define in_hardirq()			0

/* sched.h, sched/task_stack.h, thread_info.h */
struct task_struct {
	void *stack;
	int rcu_read_lock_nesting;
	char comm[16];
};

extern struct task_struct cb_current;
#define current				(&cb_current)
#define THREAD_SIZE			(128 * 1024UL)
#define task_stack_page(task)		((task)->stack)
struct preempt_notifier;
struct preempt_ops {
	void (*sched_in)(struct preempt_notifier *notifier, int cpu);
	void (*sched_out)(struct preempt_notifier *notifier,
			  struct task_struct *next);
};

struct hlist_node {
	struct hlist_node *next, **pprev;
};

struct preempt_notifier {
	struct hlist_node link;
	struct preempt_ops *ops;
};

int __cond_resched(void);

static inline void preempt_notifier_init(struct preempt_notifier *notifier,
					 struct preempt_ops *ops)
{
	notifier->ops = ops;
}

void preempt_notifier_register(struct preempt_notifier *notifier);
void preempt_notifier_unregister(struct preempt_notifier *notifier);
void preempt_notifier_inc(void);
void preempt_notifier_dec(void);

/* list.h, llist.h, types.h */
struct list_head {
	struct list_head *next, *prev;
};

struct llist_node {
	struct llist_node *next;
};

struct rcu_head {
	struct rcu_head *next;
	void (*func)(struct rcu_head *head);
};

#define LIST_HEAD_INIT(name)	{ &(name), &(name) }
#define LIST_HEAD(name)		struct list_head name = LIST_HEAD_INIT(name)
static inline void INIT_LIST_HEAD(struct list_head *list)
{
	WRITE_ONCE(list->next, list);
	list->prev = list;
}

static inline void __list_add(struct list_head *new, struct list_head *prev,
			      struct list_head *next)
{
	next->prev = new;
	new->next = next;
	new->prev = prev;
	WRITE_ONCE(prev->next, new);
}

static inline void list_add(struct list_head *new, struct list_head *head)
{
	__list_add(new, head, head->next);
}

static inline void list_del(struct list_head *entry)
{
	entry->next->prev = entry->prev;
	WRITE_ONCE(entry->prev->next, entry->next);
	entry->next = NULL;
	entry->prev = NULL;
}

static inline void list_add_tail(struct list_head *new, struct list_head *head)
{
	__list_add(new, head->prev, head);
}

static inline void list_del_init(struct list_head *entry)
{
	entry->next->prev = entry->prev;
	WRITE_ONCE(entry->prev->next, entry->next);
	INIT_LIST_HEAD(entry);
}

static inline int list_empty(const struct list_head *head)
{
	return READ_ONCE(head->next) == head;
}

#define list_entry(ptr, type, member)	container_of(ptr, type, member)
#define list_first_entry_or_null(ptr, type, member) \
	(!list_empty(ptr) ? list_first_entry(ptr, type, member) : NULL)
#define list_first_entry(ptr, type, member) list_entry((ptr)->next, type, member)
#define list_next_entry(pos, member)	\
	list_entry((pos)->member.next, typeof(*(pos)), member)
#define list_for_each_entry(pos, head, member)				\
	for (pos = list_first_entry(head, typeof(*pos), member);	\
	     &pos->member != (head);					\
	     pos = list_next_entry(pos, member))

/* asm/alternative.h, asm/atomic.h, asm/cmpxchg.h (CONFIG_SMP) */
#define LOCK_PREFIX_HERE				\
		".pushsection .smp_locks,\"a\"\n"	\
		".balign 4\n"				\
		".long 671f - .\n"			\
		".popsection\n"				\
		"671:"
#define LOCK_PREFIX	LOCK_PREFIX_HERE "\n\tlock; "

typedef struct {
	int counter;
} atomic_t;

typedef struct {
	s64 counter;
} atomic64_t;

typedef struct {
	long counter;
} atomic_long_t;

#define ATOMIC_INIT(i)		{ (i) }
#define atomic_read(v)		READ_ONCE((v)->counter)
#define atomic_set(v, i)	WRITE_ONCE((v)->counter, (i))

static __always_inline void atomic_inc(atomic_t *v)
{
	asm volatile(LOCK_PREFIX "incl %0" : "+m" (v->counter) : : "memory");
}

static __always_inline void atomic_dec(atomic_t *v)
{
	asm volatile(LOCK_PREFIX "decl %0" : "+m" (v->counter) : : "memory");
}

static __always_inline void atomic64_inc(atomic64_t *v)
{
	asm volatile(LOCK_PREFIX "incq %0" : "+m" (v->counter) : : "memory");
}

static __always_inline int atomic_fetch_add(int i, atomic_t *v)
{
	asm volatile(LOCK_PREFIX "xaddl %0, %1\n"
		     : "+r" (i), "+m" (v->counter) : : "memory", "cc");
	return i;
}

#define atomic_fetch_add_relaxed(i, v)	atomic_fetch_add(i, v)
#define atomic_fetch_sub_release(i, v)	atomic_fetch_add(-(i), v)
#define atomic_inc_return(v)		(1 + atomic_fetch_add(1, v))
#define atomic_dec_and_test(v)		(atomic_fetch_add(-1, v) == 1)

static __always_inline void atomic_long_inc(atomic_long_t *v)
{
	asm volatile(LOCK_PREFIX "incq %0" : "+m" (v->counter) : : "memory");
}

#define atomic_long_read(v)		READ_ONCE((v)->counter)

static __always_inline bool atomic_try_cmpxchg(atomic_t *v, int *_old, int _new)
{
	bool success;
	int __old = *_old;

	asm volatile(LOCK_PREFIX "cmpxchgl %[new], %[ptr]" CC_SET(z)
		     : CC_OUT(z) (success), [ptr] "+m" (v->counter), [old] "+a" (__old)
		     : [new] "r" (_new) : "memory");
	if (unlikely(!success))
		*_old = __old;
	return likely(success);
}

/* try_cmpxchg() and xchg() on a long, as arch_try_cmpxchg() compiles */
#define try_cmpxchg(ptr, pold, new)					\
({									\
	bool __success;							\
	__typeof__(*(ptr)) __o = *(pold);				\
									\
	asm volatile(LOCK_PREFIX "cmpxchgq %[n], %[p]" CC_SET(z)	\
		     : CC_OUT(z) (__success), [p] "+m" (*(ptr)), [o] "+a" (__o) \
		     : [n] "r" ((__typeof__(*(ptr)))(new)) : "memory");	\
	if (unlikely(!__success))					\
		*(pold) = __o;						\
	likely(__success);						\
})
#define xchg(ptr, v)							\
({									\
	__typeof__(*(ptr)) __v = (v);					\
									\
	asm volatile("xchgq %q0, %1" : "+r" (__v), "+m" (*(ptr)) : : "memory"); \
	__v;								\
})

static __always_inline int atomic_fetch_add_unless(atomic_t *v, int a, int u)
{
	int c = atomic_read(v);

	do {
		if (unlikely(c == u))
			break;
	} while (!atomic_try_cmpxchg(v, &c, c + a));
	return c;
}

static __always_inline bool atomic_add_unless(atomic_t *v, int a, int u)
{
	return atomic_fetch_add_unless(v, a, u) != u;
}

/* refcount.h */
typedef struct {
	atomic_t refs;
} refcount_t;

enum refcount_saturation_type {
	REFCOUNT_ADD_NOT_ZERO_OVF,
	REFCOUNT_ADD_OVF,
	REFCOUNT_ADD_UAF,
	REFCOUNT_SUB_UAF,
	REFCOUNT_DEC_LEAK,
};

void refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t);
static inline void refcount_set(refcount_t *r, int n)
{
	atomic_set(&r->refs, n);
}

static inline unsigned int refcount_read(const refcount_t *r)
{
	return atomic_read(&r->refs);
}

static inline __must_check bool refcount_inc_not_zero(refcount_t *r)
{
	int old = refcount_read(r);

	do {
		if (!old)
			break;
	} while (!atomic_try_cmpxchg(&r->refs, &old, old + 1));
	if (unlikely(old < 0 || old + 1 < 0))
		refcount_warn_saturate(r, REFCOUNT_ADD_NOT_ZERO_OVF);
	return old;
}

static inline void refcount_inc(refcount_t *r)
{
	int old = atomic_fetch_add_relaxed(1, &r->refs);

	if (unlikely(!old))
		refcount_warn_saturate(r, REFCOUNT_ADD_UAF);
	else if (unlikely(old < 0 || old + 1 < 0))
		refcount_warn_saturate(r, REFCOUNT_ADD_OVF);
}

static inline __must_check bool refcount_dec_and_test(refcount_t *r)
{
	int old = atomic_fetch_sub_release(1, &r->refs);

	if (old == 1) {
		/* smp_acquire__after_ctrl_dep(): a compiler barrier on x86 */
		barrier();
		return true;
	}
	if (unlikely(old < 0 || old - 1 < 0))
		refcount_warn_saturate(r, REFCOUNT_SUB_UAF);
	return false;
}

/* spinlock.h, mutex.h: out of line in kern.c, as in the kernel */
typedef struct {
	u32 val;	/* a queued spinlock's word: 0 unlocked */
} spinlock_t;

/* The kernel's layout (no debug), as struct bss_instance embeds one. */
struct mutex {
	atomic_long_t owner;		/* the task holding it, or 0 */
	spinlock_t wait_lock;		/* unused: nobody waits here */
	int osq;
	struct list_head wait_list;
};

#define DEFINE_SPINLOCK(name)		spinlock_t name = { 0 }
#define DEFINE_MUTEX(name)						\
	struct mutex name = { .wait_list = LIST_HEAD_INIT(name.wait_list) }
#define spin_lock_init(l)		((l)->val = 0)
void _raw_spin_lock(spinlock_t *lock);
void _raw_spin_unlock(spinlock_t *lock);
unsigned long _raw_spin_lock_irqsave(spinlock_t *lock);
void _raw_spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);
#define spin_lock(l)			_raw_spin_lock(l)
#define spin_unlock(l)			_raw_spin_unlock(l)
#define spin_lock_irqsave(l, f)		((f) = _raw_spin_lock_irqsave(l))
#define spin_unlock_irqrestore(l, f)	_raw_spin_unlock_irqrestore(l, f)
#define spin_lock_irq(l)		_raw_spin_lock(l)
#define spin_unlock_irq(l)		_raw_spin_unlock(l)
void __mutex_init(struct mutex *lock);
#define mutex_init(m)			__mutex_init(m)
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);

/* lockdep.h without CONFIG_DEBUG_LOCK_ALLOC: nothing */
struct lock_class_key { };
#define lockdep_init_map(lock, name, key, sub)	do { (void)(name); (void)(key); } while (0)
#define lock_map_acquire(l)		do { } while (0)
#define lock_map_acquire_try(l)		do { } while (0)
#define lock_map_release(l)		do { } while (0)
#define lockdep_assert_held(l)		((void)(l))

/*
 * wait.h, kernel.h's might_sleep(): out of line in kern.c; only a
 * contended serialized call (never in the benchmark) reaches them.
 */
struct wait_queue_head {
	spinlock_t lock;		/* unused: nobody waits here */
	struct list_head head;
};

void __init_waitqueue_head(struct wait_queue_head *wq);
#define init_waitqueue_head(wq)		__init_waitqueue_head(wq)
/* linux/wait.h's shape: the same call at each site as the module makes. */
#define TASK_NORMAL			3
void __wake_up(struct wait_queue_head *wq, unsigned int mode, int nr, void *key);
#define wake_up(wq)			__wake_up(wq, TASK_NORMAL, 1, NULL)
#define wake_up_all(wq)			__wake_up(wq, TASK_NORMAL, 0, NULL)
/* One thread, one CPU: the revoker's barrier on each runs here. */
#define on_each_cpu(fn, info, wait)	(fn)(info)
#define wait_event(wq, cond)		do { while (!(cond)) __cond_resched(); } while (0)
void __might_sleep(void);
#define might_sleep()			__might_sleep()

/*
 * workqueue.h: the binder's work item runs when world.c says (after the
 * warm-up, as the kernel's runs soon after the first calls ask for it).
 */
struct work_struct {
	void (*func)(struct work_struct *work);
	int pending;
};

#define DECLARE_WORK(n, f)		struct work_struct n = { .func = (f) }
bool schedule_work(struct work_struct *work);
bool cancel_work_sync(struct work_struct *work);
void cb_run_work(void);

/*
 * static_call.h: a trampoline per key, a "jmp.d32 func" as x86's
 * ARCH_DEFINE_STATIC_CALL_TRAMP emits it, and static_call() a direct call
 * of it. The kernel goes on to patch each call site into a direct call of
 * the target (HAVE_STATIC_CALL_INLINE); here the site keeps calling the
 * trampoline, whose jump __static_call_update() patches: one direct jump
 * more per call, the same call instruction at every site.
 */
struct static_call_key {
	void *func;
	unsigned long type;
};

#define STATIC_CALL_KEY(name)		__SCK__##name
#define STATIC_CALL_TRAMP(name)		__SCT__##name
#define STATIC_CALL_TRAMP_ADDR(name)	((void *)&STATIC_CALL_TRAMP(name))
#define STATIC_CALL_TRAMP_STR(name)	__stringify(STATIC_CALL_TRAMP(name))
#define DECLARE_STATIC_CALL(name, func)					\
	extern struct static_call_key STATIC_CALL_KEY(name);		\
	extern __typeof__(func) STATIC_CALL_TRAMP(name)
#define ARCH_DEFINE_STATIC_CALL_TRAMP(name, func)			\
	asm(".pushsection .static_call.text, \"ax\"\n"		\
	    ".align 4\n"							\
	    ".globl " STATIC_CALL_TRAMP_STR(name) "\n"			\
	    STATIC_CALL_TRAMP_STR(name) ":\n"				\
	    ".byte 0xe9\n.long " #func " - (. + 4)\n"			\
	    ".byte 0x0f, 0xb9, 0xcc\n"					\
	    ".type " STATIC_CALL_TRAMP_STR(name) ", @function\n"		\
	    ".size " STATIC_CALL_TRAMP_STR(name) ", . - " STATIC_CALL_TRAMP_STR(name) "\n" \
	    ".popsection\n")
#define DEFINE_STATIC_CALL(name, _func)					\
	DECLARE_STATIC_CALL(name, _func);				\
	struct static_call_key STATIC_CALL_KEY(name) = { .func = _func, .type = 1 }; \
	ARCH_DEFINE_STATIC_CALL_TRAMP(name, _func)
#define static_call(name)		(&STATIC_CALL_TRAMP(name))
void cb_static_call_update(struct static_call_key *key, void *tramp, void *func);
#define __static_call_update(key, tramp, func)	cb_static_call_update(key, tramp, func)

/* rcupdate.h: CONFIG_PREEMPT_RCU's out-of-line read lock */
void __rcu_read_lock(void);
void __rcu_read_unlock(void);
#define rcu_read_lock()			__rcu_read_lock()
#define rcu_read_unlock()		__rcu_read_unlock()

/* slab.h: libc through glue.c */
#define GFP_KERNEL		0x1u
#define GFP_ATOMIC		0x2u
#define __GFP_ACCOUNT		0x8u
#define GFP_KERNEL_ACCOUNT	(GFP_KERNEL | __GFP_ACCOUNT)
void *cb_malloc(size_t size);
#define kmalloc(size, gfp)	((void)(gfp), cb_malloc(size))
#define kzalloc(size, gfp)	((void)(gfp), cb_calloc(1, (size)))
#define kcalloc(n, size, gfp)	((void)(gfp), cb_calloc((n), (size)))
#define kfree(p)		cb_free(p)

/* string.h: libc's (leaf functions, any stack alignment), or kern.c's */
void *memset(void *s, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int strcmp(const char *a, const char *b);
size_t strcspn(const char *s, const char *reject);
ssize_t strscpy(char *dest, const char *src, size_t count);
int cb_vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
#define vsnprintf(b, s, f, a)	cb_vsnprintf(b, s, f, a)
__printf(3, 4) int cb_snprintf(char *buf, size_t size, const char *fmt, ...);
#define snprintf(b, s, f...)	cb_snprintf(b, s, f)

/* printk.h, ratelimit.h (CONFIG_PRINTK, no CONFIG_PRINTK_INDEX) */
#define HZ				250
#define KERN_SOH			"\001"
#define KERN_ERR			KERN_SOH "3"
#define KERN_WARNING			KERN_SOH "4"
#define KERN_INFO			KERN_SOH "6"
#define KERN_DEBUG			KERN_SOH "7"
#ifndef pr_fmt
#define pr_fmt(fmt)			fmt
#endif
__printf(1, 2) __cold int _printk(const char *fmt, ...);
#define printk(fmt, ...)		_printk(fmt, ##__VA_ARGS__)
#define no_printk(fmt, ...)				\
	({						\
		if (0)					\
			_printk(fmt, ##__VA_ARGS__);	\
		0;					\
	})
#define pr_err(fmt, ...)		printk(KERN_ERR pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...)		printk(KERN_WARNING pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...)		printk(KERN_INFO pr_fmt(fmt), ##__VA_ARGS__)
#define pr_debug(fmt, ...)		no_printk(KERN_DEBUG pr_fmt(fmt), ##__VA_ARGS__)

struct ratelimit_state {
	spinlock_t lock;		/* unused: ___ratelimit() says no */
	int interval;
	int burst;
	int printed;
	int missed;
	unsigned long begin;
	unsigned long flags;
};

#define DEFAULT_RATELIMIT_INTERVAL	(5 * HZ)
#define DEFAULT_RATELIMIT_BURST		10
#define DEFINE_RATELIMIT_STATE(name, interval_init, burst_init)	\
	struct ratelimit_state name = {				\
		.interval = interval_init, .burst = burst_init,	\
	}
int ___ratelimit(struct ratelimit_state *rs, const char *func);
#define __ratelimit(state)		___ratelimit(state, __func__)
#define printk_ratelimited(fmt, ...)					\
({									\
	static DEFINE_RATELIMIT_STATE(_rs,				\
				      DEFAULT_RATELIMIT_INTERVAL,	\
				      DEFAULT_RATELIMIT_BURST);		\
									\
	if (__ratelimit(&_rs))						\
		printk(fmt, ##__VA_ARGS__);				\
})
#define pr_err_ratelimited(fmt, ...)	\
	printk_ratelimited(KERN_ERR pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn_ratelimited(fmt, ...)	\
	printk_ratelimited(KERN_WARNING pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info_ratelimited(fmt, ...)	\
	printk_ratelimited(KERN_INFO pr_fmt(fmt), ##__VA_ARGS__)

/* kallsyms.h, module.h: one fake module, the whole program */
#define KSYM_NAME_LEN		512
#define MODULE_NAME_LEN		(64 - sizeof(unsigned long))
#define BUILD_ID_SIZE_MAX	20
#define KSYM_SYMBOL_LEN (sizeof("%s+%#lx/%#lx [%s %s]") + KSYM_NAME_LEN + \
			 2 * (BITS_PER_LONG * 3 / 10) + (MODULE_NAME_LEN - 1) + \
			 (BUILD_ID_SIZE_MAX * 2) + 1)
int sprint_symbol_no_offset(char *buffer, unsigned long address);
struct module {
	char name[MODULE_NAME_LEN];
};

extern struct module __this_module;
#define THIS_MODULE		(&__this_module)
#define MODULE_INFO(tag, info)	extern int __cb_modinfo_unused
#define MODULE_LICENSE(l)	MODULE_INFO(license, l)
#define MODULE_DESCRIPTION(d)	MODULE_INFO(description, d)
#define MODULE_IMPORT_NS(ns)	MODULE_INFO(import_ns, ns)
#define MODULE_ALIAS(a)		MODULE_INFO(alias, a)
#define module_init(fn)		static int (*const __cb_init_##fn)(void) __used = fn
#define module_exit(fn)		static void (*const __cb_exit_##fn)(void) __used = fn

/* bitops.h, unaligned.h, jhash.h: the kernel's jhash(), as it inlines */
static inline u32 rol32(u32 word, unsigned int shift)
{
	return (word << (shift & 31)) | (word >> ((-shift) & 31));
}

struct __cb_una_u32 {
	u32 x;
} __packed;

static inline u32 __get_unaligned_cpu32(const void *p)
{
	const struct __cb_una_u32 *ptr = (const struct __cb_una_u32 *)p;

	return ptr->x;
}

#define JHASH_INITVAL		0xdeadbeef
#define __jhash_mix(a, b, c)			\
	do {					\
		a -= c;				\
		a ^= rol32(c, 4);		\
		c += b;				\
		b -= a;				\
		b ^= rol32(a, 6);		\
		a += c;				\
		c -= b;				\
		c ^= rol32(b, 8);		\
		b += a;				\
		a -= c;				\
		a ^= rol32(c, 16);		\
		c += b;				\
		b -= a;				\
		b ^= rol32(a, 19);		\
		a += c;				\
		c -= b;				\
		c ^= rol32(b, 4);		\
		b += a;				\
	} while (0)
#define __jhash_final(a, b, c)			\
	do {					\
		c ^= b;				\
		c -= rol32(b, 14);		\
		a ^= c;				\
		a -= rol32(c, 11);		\
		b ^= a;				\
		b -= rol32(a, 25);		\
		c ^= b;				\
		c -= rol32(b, 16);		\
		a ^= c;				\
		a -= rol32(c, 4);		\
		b ^= a;				\
		b -= rol32(a, 14);		\
		c ^= b;				\
		c -= rol32(b, 24);		\
	} while (0)

static inline u32 jhash(const void *key, u32 length, u32 initval)
{
	const u8 *k = key;
	u32 a, b, c;

	a = JHASH_INITVAL + length + initval;
	b = a;
	c = a;
	while (length > 12) {
		a += __get_unaligned_cpu32(k);
		b += __get_unaligned_cpu32(k + 4);
		c += __get_unaligned_cpu32(k + 8);
		__jhash_mix(a, b, c);
		length -= 12;
		k += 12;
	}
	switch (length) {
	case 12:
		c += (u32)k[11] << 24;
		fallthrough;
	case 11:
		c += (u32)k[10] << 16;
		fallthrough;
	case 10:
		c += (u32)k[9] << 8;
		fallthrough;
	case 9:
		c += k[8];
		fallthrough;
	case 8:
		b += (u32)k[7] << 24;
		fallthrough;
	case 7:
		b += (u32)k[6] << 16;
		fallthrough;
	case 6:
		b += (u32)k[5] << 8;
		fallthrough;
	case 5:
		b += k[4];
		fallthrough;
	case 4:
		a += (u32)k[3] << 24;
		fallthrough;
	case 3:
		a += (u32)k[2] << 16;
		fallthrough;
	case 2:
		a += (u32)k[1] << 8;
		fallthrough;
	case 1:
		a += k[0];
		__jhash_final(a, b, c);
		break;
	case 0:
		break;
	}
	return c;
}

/* ktime.h, timex.h (get_cycles(): see the top) */
u64 ktime_get_ns(void);
static inline cycles_t get_cycles(void)
{
	unsigned long low, high;

	asm volatile(".byte 0x0f, 0xae, 0xe8, 0x0f, 0x31, 0x0f, 0xae, 0xe8"
		     : "=a" (low), "=d" (high));
	return low | high << 32;
}

/* uapi/asm-generic/ioctl.h, for uapi/linux/bss.h */
#define _IOC(dir, type, nr, size) \
	(((dir) << 30) | ((size) << 16) | ((type) << 8) | (nr))
#define _IO(type, nr)		_IOC(0U, (type), (nr), 0U)
#define _IOW(type, nr, T)	_IOC(1U, (type), (nr), sizeof(T))
#define _IOR(type, nr, T)	_IOC(2U, (type), (nr), sizeof(T))
#define _IOWR(type, nr, T)	_IOC(3U, (type), (nr), sizeof(T))

#endif /* _CALLBENCH_SHIM_H */
