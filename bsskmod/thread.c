// SPDX-License-Identifier: GPL-2.0
/*
 * BSS threads: a Linux context that enters the runtime gets a bss_thread,
 * found through a per-CPU pointer that preempt notifiers swap when the task
 * is scheduled out and back in, on whatever CPU.
 */
#include <linux/slab.h>

#include "thread.h"

DEFINE_PER_CPU(struct bss_thread *, bss_cur_thread);

static void thread_sched_in(struct preempt_notifier *pn, int cpu)
{
	this_cpu_write(bss_cur_thread, container_of(pn, struct bss_thread, pn));
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
	preempt_notifier_init(&t->pn, &thread_preempt_ops);
	preempt_disable();
	t->prev = this_cpu_read(bss_cur_thread);
	this_cpu_write(bss_cur_thread, t);
	preempt_notifier_register(&t->pn);
	preempt_enable();
	return t;
}

void bss_thread_destroy(struct bss_thread *t)
{
	preempt_disable();
	preempt_notifier_unregister(&t->pn);
	this_cpu_write(bss_cur_thread, t->prev);
	preempt_enable();
	kfree(t);
}

/* Record the first error of this entry into BSS; later ones add nothing. */
void bss_thread_error(struct bss_thread *t, int err, const char *fmt, ...)
{
	va_list ap;

	if (t->err)
		return;
	t->err = err;
	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof(t->msg), fmt, ap);
	va_end(ap);
}

int bss_thread_init(void)
{
	preempt_notifier_inc();
	return 0;
}

void bss_thread_uninit(void)
{
	preempt_notifier_dec();
}
