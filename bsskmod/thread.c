// SPDX-License-Identifier: GPL-2.0
/*
 * BSS threads: a Linux context that enters the runtime gets a bss_thread,
 * found through a per-CPU pointer. Tasks keep it right across preemption
 * and migration with preempt notifiers; interrupt contexts, which cannot
 * be scheduled away, use a per-CPU thread each and put back whatever they
 * interrupted when they leave.
 */
#include <linux/jhash.h>
#include <linux/kallsyms.h>
#include <linux/module.h>
#include <linux/sched/task_stack.h>
#include <linux/slab.h>

#include "call.h"
#include "error.h"
#include "thread.h"
#include "validate.h"

DEFINE_PER_CPU(struct bss_thread *, bss_cur_thread);
static struct bss_thread __percpu *softirq_threads;
static struct bss_thread __percpu *hardirq_threads;

/* threads_lock protects the list of process threads (destruction scans it). */
static LIST_HEAD(threads);
static DEFINE_SPINLOCK(threads_lock);

static void thread_sched_in(struct preempt_notifier *pn, int cpu)
{
	this_cpu_write(bss_cur_thread, container_of(pn, struct bss_thread, pn)->active);
}

static void thread_sched_out(struct preempt_notifier *pn,
			     struct task_struct *next)
{
	this_cpu_write(bss_cur_thread, NULL);
}

static struct preempt_ops thread_preempt_ops = {
	.sched_in = thread_sched_in,
	.sched_out = thread_sched_out,
};

/*
 * The lowest stack address a service call may reach from here: near the
 * bottom of the task's own stack, or a budget below the entry on an
 * interrupt stack.
 */
static unsigned long stack_floor(unsigned long budget)
{
	unsigned long sp = current_stack_pointer;
	unsigned long low = (unsigned long)task_stack_page(current);

	if (sp - low < THREAD_SIZE)
		return low + BSS_STACK_RESERVE;
	return sp - budget;
}

/* Enter BSS from process context; pairs with bss_thread_destroy(). */
struct bss_thread *bss_thread_create(void)
{
	struct bss_thread *t = kzalloc(sizeof(*t), GFP_KERNEL);

	if (!t)
		return NULL;
	t->context = BSS_CTX_PROCESS;
	t->task = current;
	t->sp_floor = stack_floor(0);
	preempt_disable();
	t->prev = this_cpu_read(bss_cur_thread);
	if (t->prev && t->prev->task == current) {
		t->outer = t->prev->outer;
	} else {
		t->outer = t;
		preempt_notifier_init(&t->pn, &thread_preempt_ops);
		preempt_notifier_register(&t->pn);
	}
	t->outer->active = t;
	this_cpu_write(bss_cur_thread, t);
	preempt_enable();
	spin_lock(&threads_lock);
	list_add(&t->node, &threads);
	spin_unlock(&threads_lock);
	return t;
}

void bss_thread_destroy(struct bss_thread *t)
{
	spin_lock(&threads_lock);
	list_del(&t->node);
	spin_unlock(&threads_lock);
	preempt_disable();
	if (t->outer == t)
		preempt_notifier_unregister(&t->pn);
	else
		t->outer->active = t->prev;
	this_cpu_write(bss_cur_thread, t->prev);
	preempt_enable();
	kfree(t);
}

/* Enter BSS from softirq or hard IRQ context: no allocation, no sleep. */
struct bss_thread *bss_thread_enter_atomic(enum bss_context ctx)
{
	struct bss_thread *t;

	t = this_cpu_ptr(ctx == BSS_CTX_HARDIRQ ? hardirq_threads : softirq_threads);
	/*
	 * Linux code that a kernel server called may enter again (a packet
	 * received in NAPI poll makes TCP transmit): same context, same
	 * thread, deeper frames.
	 */
	if (t->nest && this_cpu_read(bss_cur_thread) == t) {
		t->nest++;
		return t;
	}
	if (t->nest || t->depth || t->top || t->tries)
		return NULL;
	t->nest = 1;
	t->context = ctx;
	t->sp_floor = stack_floor(ctx == BSS_CTX_HARDIRQ ? BSS_HARDIRQ_STACK :
				  BSS_SOFTIRQ_STACK);
	t->cur = NULL;
	t->err = 0;
	t->msg[0] = 0;
	t->msg_lazy = false;
	t->prev = this_cpu_read(bss_cur_thread);
	this_cpu_write(bss_cur_thread, t);
	return t;
}

void bss_thread_leave_atomic(struct bss_thread *t)
{
	if (--t->nest)
		return;
	this_cpu_write(bss_cur_thread, t->prev);
}

/*
 * Run fn inside the entry's own try block: a throw no server catches
 * lands here, and fn's caller gets its errno while t->msg says why.
 */
long bss_thread_run(struct bss_thread *t, long (*fn)(struct bss_thread *t, void *arg),
		    void *arg)
{
	struct bss_try root = {
		.depth = t->depth, .top = t->top, .prev = t->tries, .root = 1,
	};
	long ret;

	if (bss_setjmp(&root.jb)) {
		t->tries = root.prev;
		pr_info_ratelimited("uncaught error %u (errno %d): %s\n", root.id, root.err,
				    bss_thread_msg(t));
		return root.err;
	}
	t->tries = &root;
	ret = fn(t, arg);
	t->tries = root.prev;
	return ret;
}

/**
 * bss_enter() - run BSS code from whatever context Linux is in
 * @fn: the body, called with the thread inside the entry's own try
 * @arg: its argument
 *
 * A process gets a thread of its own for the call, a softirq or hard IRQ
 * the CPU's thread of that context (bss_thread_enter_atomic()).
 *
 * Return: what @fn returned, or the errno of a throw no server caught;
 * -ENOMEM or -EBUSY when there was no thread to run it on.
 */
long bss_enter(long (*fn)(struct bss_thread *t, void *arg), void *arg)
{
	struct bss_thread *t;
	long ret;

	if (bss_may_block()) {
		t = bss_thread_create();
		if (!t)
			return -ENOMEM;
		ret = bss_thread_run(t, fn, arg);
		bss_thread_destroy(t);
		return ret;
	}
	t = bss_thread_enter_atomic(in_hardirq() ? BSS_CTX_HARDIRQ : BSS_CTX_SOFTIRQ);
	if (!t)
		return -EBUSY;
	ret = bss_thread_run(t, fn, arg);
	bss_thread_leave_atomic(t);
	return ret;
}

/**
 * bss_need_process() - refuse what would sleep in atomic context
 * @t: the running thread
 * @what: what would sleep, for the message ("time.msleep")
 *
 * Throws BSS_E_WOULD_BLOCK (-EWOULDBLOCK) unless the context may sleep,
 * naming the server that asked: the caller of a kernel server, or the
 * server making a system call.
 */
void bss_need_process(struct bss_thread *t, const char *what)
{
	if (likely(bss_may_block()))
		return;
	bss_throw(t, BSS_E_WOULD_BLOCK, -EWOULDBLOCK, "%s: %s would block in atomic context",
		  !t->cur ? "linux" : !t->cur->img->owner ? bss_caller_name(t) :
		  t->cur->img->name, what);
}

/**
 * bss_caller_name() - who called the running kernel server
 * @t: the running thread, in a kernel server's code
 *
 * Return: the image name of the server whose call it runs, or "linux".
 */
const char *bss_caller_name(struct bss_thread *t)
{
	struct bss_instance *c = t->depth ? t->frames[t->depth - 1].caller : NULL;

	return c ? c->img->name : "linux";
}

/* Close the tries that belong to frames at or above depth. */
void bss_try_close(struct bss_thread *t, u32 depth)
{
	while (t->tries && t->tries->depth > depth)
		t->tries = t->tries->prev;
}

/* Saved stack pointer and resume address of a try (jump_64.S's layout). */
#define JB_SP	6
#define JB_IP	7

/*
 * The function an address is in, without a compiler suffix (".cold",
 * ".part.0", ...: a function's cold part is the function), as a hash of
 * its name; the thread's scratch buffer holds the name.
 */
static u32 fn_of(struct bss_thread *t, unsigned long a)
{
	size_t n;

	sprint_symbol_no_offset(t->sym, a);
	n = strcspn(t->sym, ". ");
	return jhash(t->sym, n, 0) ^ n;
}

/*
 * Is the C function that opened tc still running? Its block and the stack
 * pointer it saved must lie between here and the entry's own try (bound),
 * and its own return address must still be where the unwinder found it
 * when the try opened (syscall.c try_anchor()): once the function has
 * returned, the next call made at its depth has written another there.
 * Without an unwinder, the word just below its saved stack pointer, where
 * each call the function makes leaves its return address, must still be a
 * return address into that same function in its server's code (mod): a
 * weaker test that the frames of whatever ran next usually fail. Only for
 * a throw, so the lookups cost no call.
 */
static bool try_live(struct bss_thread *t, const struct bss_try *tc, unsigned long bound,
		     const struct module *mod)
{
	unsigned long sp = current_stack_pointer, at = (unsigned long)tc;
	unsigned long jsp = tc->jb.regs[JB_SP], ip = tc->jb.regs[JB_IP], slot;

	if (at <= sp || at + sizeof(*tc) > bound || jsp <= sp + 8 || jsp > bound)
		return false;
	/* Where its return address was found when it opened the try. */
	if (tc->ra_slot)
		return tc->ra_slot > jsp && tc->ra_slot < bound &&
		       *(unsigned long *)tc->ra_slot == tc->ra;
	slot = *(unsigned long *)(jsp - 8);
	if (!bss_module_text(mod, ip) || !bss_module_text(mod, slot))
		return false;
	return fn_of(t, ip) == fn_of(t, slot);
}

/* The module whose code ran in frame depth - 1, where a try was opened. */
static const struct module *try_module(struct bss_thread *t, u32 depth)
{
	const struct bss_instance *srv;

	if (!depth || depth > t->depth)
		return NULL;
	srv = t->frames[depth - 1].callee;
	return srv->img->owner ?: THIS_MODULE;
}

/*
 * The innermost try a throw may land in. A try whose function returned
 * without closing it is dropped, and the throw goes on outward; the
 * entry's own try (root) is always live.
 */
static struct bss_try *live_try(struct bss_thread *t)
{
	const struct module *mod;
	struct bss_try *tc, *root;

	for (tc = t->tries; !tc->root; tc = tc->prev) {
		for (root = tc->prev; !root->root; root = root->prev)
			;
		mod = try_module(t, tc->depth);
		if (mod && try_live(t, tc, root->jb.regs[JB_SP], mod))
			return tc;
		pr_warn_ratelimited("%s: a try block whose function returned was dropped\n",
				    t->cur ? t->cur->img->name : "linux");
	}
	return tc;
}

#ifdef CONFIG_KASAN_GENERIC
/*
 * mm/kasan/generic.c, exported for the compiler's alloca instrumentation;
 * declared as the compiler's own built-in is, the bottom as an integer.
 */
void __asan_allocas_unpoison(void *stack_top, long stack_bottom);

/*
 * A longjmp skips the epilogues that unpoison the redzones of the frames
 * it abandons; the next user of that stack would trip over them. The
 * kernel's own non-local exits clear them the same way.
 */
static void unpoison_abandoned(const struct bss_try *tc)
{
	__asan_allocas_unpoison((void *)current_stack_pointer, tc->jb.regs[JB_SP]);
}
#else
static void unpoison_abandoned(const struct bss_try *tc)
{
}
#endif

/*
 * Abort every frame above the innermost live try: each releases its
 * temporaries and serialization locks as if it had returned, then control
 * resumes at the try with the error.
 */
static __always_inline void throw_unwind(struct bss_thread *t, u32 id, int err)
{
	struct bss_try *tc;

	t->err = err;
	t->err_id = id;
	tc = live_try(t);
	while (t->depth > tc->depth)
		bss_frame_leave(t);
	bss_temps_release(t, tc->top);
	t->tries = tc->prev;
	tc->err = err;
	tc->id = id;
	unpoison_abandoned(tc);
	bss_longjmp(&tc->jb, 1);
	__bss_dead_end();
}

void __bss_throw(struct bss_thread *t, u32 id, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof(t->msg), fmt, ap);
	va_end(ap);
	t->msg_lazy = false;
	bss_error_log(t->cur, id, err, t->msg);
	throw_unwind(t, id, err);
}

/*
 * A server's own throw, which a try nearby usually catches: its message
 * says no more than its image, ID and errno, so it is made only when
 * somebody reads it (bss_thread_msg(), the error log's list).
 */
void __bss_throw_user(struct bss_thread *t, u32 id, int err)
{
	/* The name is terminated inside its array (image_create()). */
	BUILD_BUG_ON(sizeof(t->msg) < sizeof(t->cur->img->name));
	memcpy(t->msg, t->cur->img->name, sizeof(t->cur->img->name));
	t->msg_lazy = true;
	bss_error_log(t->cur, id, err, NULL);
	throw_unwind(t, id, err);
}

/**
 * bss_thread_msg() - why the last throw of a thread was thrown
 * @t: the thread, after its throw landed
 *
 * Return: the message, in @t, valid until the thread's next throw.
 */
const char *bss_thread_msg(struct bss_thread *t)
{
	char image[BSS_NAME_LEN];

	if (t->msg_lazy) {
		strscpy(image, t->msg, sizeof(image));
		bss_error_user_msg(t->msg, sizeof(t->msg), image, t->err_id, t->err);
		t->msg_lazy = false;
	}
	return t->msg;
}

/*
 * Has t entered, or begun to enter, a server of owner? A call claims its
 * frame (frames[depth].callee) before it enters and clears it after it
 * has left, so the frames up to and including depth cover it throughout.
 */
static bool thread_in(struct bss_thread *t, struct bss_instance *inst, bool family)
{
	struct bss_instance *callee;
	u32 i, depth = min_t(u32, READ_ONCE(t->depth), BSS_MAX_DEPTH - 1);

	for (i = 0; i <= depth; i++) {
		callee = READ_ONCE(t->frames[i].callee);
		if (callee == inst || (family && callee && callee->owner == inst))
			return true;
	}
	return false;
}

/**
 * bss_threads_running() - is any thread running code of a server?
 * @inst: the server
 * @family: a main server's local servers count as the server
 *
 * Callers first make @inst refuse new calls and wait for an RCU grace
 * period: every call that saw it accepting has claimed its frame by then.
 *
 * Return: true while some thread has a frame in @inst (or its locals).
 */
bool bss_threads_running(struct bss_instance *inst, bool family)
{
	struct bss_thread *t;
	bool found = false;
	int cpu;

	for_each_possible_cpu(cpu)
		if (thread_in(per_cpu_ptr(softirq_threads, cpu), inst, family) ||
		    thread_in(per_cpu_ptr(hardirq_threads, cpu), inst, family))
			return true;
	spin_lock(&threads_lock);
	list_for_each_entry(t, &threads, node) {
		if (thread_in(t, inst, family)) {
			found = true;
			break;
		}
	}
	spin_unlock(&threads_lock);
	return found;
}

int bss_thread_init(void)
{
	softirq_threads = alloc_percpu(struct bss_thread);
	hardirq_threads = alloc_percpu(struct bss_thread);
	if (!softirq_threads || !hardirq_threads) {
		free_percpu(softirq_threads);
		free_percpu(hardirq_threads);
		return -ENOMEM;
	}
	preempt_notifier_inc();
	return 0;
}

void bss_thread_uninit(void)
{
	preempt_notifier_dec();
	free_percpu(hardirq_threads);
	free_percpu(softirq_threads);
}
