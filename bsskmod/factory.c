// SPDX-License-Identifier: GPL-2.0
/*
 * The thread factory: a server asks for a kernel thread that runs one of
 * its own functions. The thread is a BSS thread like any other; it ends
 * when the function returns, and the server's destruction stops and joins
 * every thread it asked for before its destructor runs, so neither the
 * server nor its module can go while one of its threads is inside it.
 */
#include <linux/kthread.h>
#include <linux/sched/task.h>
#include <linux/slab.h>

#include "call.h"
#include "event.h"
#include "factory.h"
#include "instance.h"
#include "thread.h"

#define MAX_THREADS	16

struct bss_kthread {
	struct list_head node;
	struct task_struct *task;
	struct bss_instance *inst;
	u32 id;
	u32 fn;
	u64 arg;
};

static atomic_t next_id = ATOMIC_INIT(0);

static long factory_call(struct bss_thread *t, void *arg)
{
	struct bss_kthread *kt = arg;
	u64 args[BSS_MAX_ARGS] = { kt->arg };

	bss_call_instance(t, kt->inst, kt->inst->impl->svc, kt->fn, args);
	return 0;
}

static int factory_main(void *arg)
{
	struct bss_thread *t = bss_thread_create();

	if (!t)
		return -ENOMEM;
	t->factory = 1;
	bss_thread_run(t, factory_call, arg);
	bss_thread_destroy(t);
	/*
	 * The task ends here; the creator's destruction still joins it with
	 * kthread_stop(), which is safe on an exited task we hold a reference to.
	 */
	return 0;
}

static void check_fn(struct bss_thread *t, u32 fn)
{
	const struct bss_service *svc = t->cur->impl->svc;
	const struct bss_sig *s;

	if (fn >= svc->nfns)
		bss_throw(t, BSS_E_ARG, -EINVAL, "%s: thread: no function %u",
			  t->cur->img->name, fn);
	s = &svc->sigs[fn];
	if (s->nargs > 1 || (s->nargs && s->arg[0] > BSS_T_U64) || s->ret == BSS_T_REF)
		bss_throw(t, BSS_E_ARG, -EINVAL,
			  "%s: thread: %s.%s must take at most one scalar and return no reference",
			  t->cur->img->name, svc->name, svc->fn_names[fn]);
	if (!bss_may_block())
		bss_throw(t, BSS_E_WOULD_BLOCK, -EWOULDBLOCK,
			  "%s: thread creation would block in atomic context", t->cur->img->name);
}

static u32 count_threads(struct bss_instance *inst)
{
	struct bss_kthread *kt;
	u32 n = 0;

	spin_lock(&inst->threads_lock);
	list_for_each_entry(kt, &inst->threads, node)
		n++;
	spin_unlock(&inst->threads_lock);
	return n;
}

int bss_factory_start(struct bss_thread *t, u32 fn, u64 arg)
{
	struct bss_instance *inst = t->cur;
	struct bss_kthread *kt;

	check_fn(t, fn);
	if (count_threads(inst) >= MAX_THREADS)
		bss_throw(t, BSS_E_ARG, -EAGAIN, "%s: more than %d factory threads",
			  inst->img->name, MAX_THREADS);
	kt = kzalloc(sizeof(*kt), GFP_KERNEL);
	if (!kt)
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "%s: thread: out of memory", inst->img->name);
	kt->inst = inst;
	kt->fn = fn;
	kt->arg = arg;
	kt->id = atomic_inc_return(&next_id);
	kt->task = kthread_create(factory_main, kt, "bss/%u:%u", inst->id, kt->id);
	if (IS_ERR(kt->task)) {
		kfree(kt);
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "%s: thread: cannot create", inst->img->name);
	}
	get_task_struct(kt->task);
	spin_lock(&inst->threads_lock);
	list_add_tail(&kt->node, &inst->threads);
	spin_unlock(&inst->threads_lock);
	bss_event_create("kthread", kt->id);
	wake_up_process(kt->task);
	return kt->id;
}

/* Stop and join every thread inst asked for; they must poll should_stop. */
void bss_factory_stop(struct bss_instance *inst)
{
	struct bss_kthread *kt;

	for (;;) {
		spin_lock(&inst->threads_lock);
		kt = list_first_entry_or_null(&inst->threads, struct bss_kthread, node);
		if (kt)
			list_del(&kt->node);
		spin_unlock(&inst->threads_lock);
		if (!kt)
			return;
		if (kt->task != current)
			kthread_stop(kt->task);
		put_task_struct(kt->task);
		bss_event_destroy("kthread", kt->id);
		kfree(kt);
	}
}

bool bss_factory_should_stop(void)
{
	struct bss_thread *t = bss_thread_current();

	return t->factory && kthread_should_stop();
}
