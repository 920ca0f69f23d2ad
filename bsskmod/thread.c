// SPDX-License-Identifier: GPL-2.0
/*
 * BSS threads: a Linux context that enters the runtime gets a bss_thread,
 * found through a per-CPU pointer. Tasks keep it right across preemption
 * and migration with preempt notifiers; interrupt contexts, which cannot
 * be scheduled away, use a per-CPU thread each and put back whatever they
 * interrupted when they leave.
 */
#include <linux/slab.h>

#include "call.h"
#include "error.h"
#include "thread.h"

DEFINE_PER_CPU(struct bss_thread *, bss_cur_thread);
static struct bss_thread __percpu *softirq_threads;
static struct bss_thread __percpu *hardirq_threads;

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

/* Enter BSS from process context; pairs with bss_thread_destroy(). */
struct bss_thread *bss_thread_create(void)
{
	struct bss_thread *t = kzalloc(sizeof(*t), GFP_KERNEL);

	if (!t)
		return NULL;
	t->context = BSS_CTX_PROCESS;
	t->task = current;
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
	return t;
}

void bss_thread_destroy(struct bss_thread *t)
{
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
	t->cur = NULL;
	t->err = 0;
	t->msg[0] = 0;
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
	struct bss_try root = { .depth = t->depth, .top = t->top, .prev = t->tries };
	long ret;

	if (bss_setjmp(&root.jb)) {
		t->tries = root.prev;
		pr_info_ratelimited("uncaught error %u (errno %d): %s\n", root.id, root.err,
				    t->msg);
		return root.err;
	}
	t->tries = &root;
	ret = fn(t, arg);
	t->tries = root.prev;
	return ret;
}

/* Close the tries that belong to frames at or above depth. */
void bss_try_close(struct bss_thread *t, u32 depth)
{
	while (t->tries && t->tries->depth > depth)
		t->tries = t->tries->prev;
}

/*
 * Abort every frame above the innermost try: each releases its
 * temporaries and serialization locks as if it had returned, then control
 * resumes at the try with the error.
 */
void __bss_throw(struct bss_thread *t, u32 id, int err, const char *fmt, ...)
{
	struct bss_try *tc = t->tries;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof(t->msg), fmt, ap);
	va_end(ap);
	t->err = err;
	t->err_id = id;
	bss_error_log(t->cur, id, err, t->msg);
	while (t->depth > tc->depth)
		bss_frame_leave(t);
	bss_temps_release(t, tc->top);
	t->tries = tc->prev;
	tc->err = err;
	tc->id = id;
	bss_longjmp(&tc->jb, 1);
	unreachable();
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
