/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_THREAD_H
#define _BSS_THREAD_H

#include <linux/kallsyms.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <bss/abi.h>

struct bss_instance;

#define BSS_MAX_TEMPS	64
#define BSS_MAX_DEPTH	32
#define BSS_ERR_LEN	200

/*
 * Kernel stack (docs/design.md, "Limits"). A call is refused when the
 * stack left below it is less than the callee's declared need plus
 * BSS_CALL_STACK, the runtime's own frames per call. What stays below the
 * floor is for Linux: the throw path, exceptions, a destruction deferred.
 * An interrupt stack's bottom is not known to a module, so entries there
 * get a budget below the point where they entered instead.
 */
#define BSS_CALL_STACK		256
#define BSS_STACK_RESERVE	3072	/* task stacks: kept free at the bottom */
#define BSS_SOFTIRQ_STACK	6144	/* budget of a softirq entry on an IRQ stack */
#define BSS_HARDIRQ_STACK	4096	/* of a hard IRQ entry */

/* A temporary reference: lives in one frame of one thread, unlocked. */
struct bss_temp {
	struct bss_instance *target;
	bool owned;		/* holds a count on target; else borrowed */
};

/* undo with only locked set (little-endian: the first byte). */
#define BSS_UNDO_LOCKED		1

/* One service call in progress, and what it must undo on the way out. */
struct bss_frame {
	struct bss_instance *callee;
	struct bss_instance *caller;
	u32 base;		/* the caller's first temporary */
	union {
		struct {
			u8 locked;	/* took callee's serialization lock */
			u8 dropped;	/* dropped the caller's serialization lock */
			u8 spin;	/* callee took its explicit lock (bss_lock) */
		};
		u32 undo;	/* any of them: one test on the way out */
	};
	unsigned long irqflags;
};

enum bss_context {
	BSS_CTX_PROCESS,
	BSS_CTX_SOFTIRQ,
	BSS_CTX_HARDIRQ,
};

/*
 * The BSS side of whatever Linux context entered the runtime. Temporaries
 * of frame i are temps[frames[i].base .. next frame's base); the running
 * frame's window is [base, top). tries is the innermost open try block;
 * the entry point's own try catches what no server catches.
 */
struct bss_thread {
	struct bss_instance *cur;	/* the server whose code runs */
	unsigned long sp_floor;		/* calls need their stack above this */
	u32 base;
	u32 top;
	u32 depth;
	u8 context;
	u8 factory;			/* a thread-factory kthread */
	const bool *stop;		/* factory: its server asked it to stop */
	u32 nest;			/* atomic threads: entries from Linux */
	int err;			/* last uncaught error of this entry */
	u32 err_id;
	/*
	 * Why: formatted at the throw, but for a server's own throw
	 * (bss_sys_throw()), which keeps only its image's name here and
	 * has the rest made when it is read (bss_thread_msg()).
	 */
	char msg[BSS_ERR_LEN];
	bool msg_lazy;
	char sym[KSYM_SYMBOL_LEN];	/* a throw's scratch: function names */
	struct bss_try *tries;
	/*
	 * Counting filter of the servers on this thread's call stack, indexed
	 * by a hash of the server: a zero proves "not on the stack" in O(1),
	 * so refusing callbacks costs nothing until a collision, which the
	 * exact scan of the frames then settles.
	 */
	u8 onstack[64];
	struct bss_thread *prev;	/* context this one interrupted */
	/*
	 * A task that enters BSS again while inside (a probe run from a
	 * graph load) nests: the outermost thread owns the one preempt
	 * notifier and tracks the innermost, active thread.
	 */
	struct task_struct *task;
	struct bss_thread *outer;
	struct bss_thread *active;
	struct preempt_notifier pn;
	struct list_head node;		/* on the process threads list */
	struct bss_frame frames[BSS_MAX_DEPTH];
	struct bss_temp temps[BSS_MAX_TEMPS];
};

DECLARE_PER_CPU(struct bss_thread *, bss_cur_thread);

/* One gs-relative load: the notifiers keep it right across preemption. */
static inline struct bss_thread *bss_thread_current(void)
{
	return this_cpu_read(bss_cur_thread);
}

/* May the running context sleep? Entering a serialized server may. */
static inline bool bss_may_block(void)
{
	return preemptible();
}

struct bss_thread *bss_thread_create(void);
void bss_thread_destroy(struct bss_thread *t);
struct bss_thread *bss_thread_enter_atomic(enum bss_context ctx);
void bss_thread_leave_atomic(struct bss_thread *t);
long bss_thread_run(struct bss_thread *t, long (*fn)(struct bss_thread *t, void *arg),
		    void *arg);
long bss_enter(long (*fn)(struct bss_thread *t, void *arg), void *arg);
void bss_need_process(struct bss_thread *t, const char *what);
const char *bss_caller_name(struct bss_thread *t);
/*
 * Never return (they end in bss_longjmp()); callers use bss_throw(), whose
 * __bss_dead_end() after the call is what objtool needs (bss/abi.h).
 */
void __bss_throw(struct bss_thread *t, u32 id, int err, const char *fmt, ...);
void __bss_throw_user(struct bss_thread *t, u32 id, int err);
const char *bss_thread_msg(struct bss_thread *t);

#define bss_throw(...)				\
	do {					\
		__bss_throw(__VA_ARGS__);	\
		__bss_dead_end();		\
	} while (0)
void bss_try_close(struct bss_thread *t, u32 depth);
int bss_thread_init(void);
void bss_thread_uninit(void);

int bss_setjmp(struct bss_jmpbuf *jb) __attribute__((returns_twice));
void bss_longjmp(struct bss_jmpbuf *jb, int val);
int bss_try_open(struct bss_try *tc);
bool bss_threads_running(struct bss_instance *inst, bool family);

#endif /* _BSS_THREAD_H */
