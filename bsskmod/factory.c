// SPDX-License-Identifier: GPL-2.0
/*
 * The thread factory: a server asks for a kernel thread that runs one of
 * its own functions. The thread is a BSS thread like any other; it ends
 * when the function returns. The server's destruction asks every thread it
 * asked for to stop and joins them before its destructor runs, so neither
 * the server nor its module can go while one of its threads is inside it;
 * a thread that ignores the request is waited for a while, then the
 * destruction is left to the reaper, which joins it whenever it ends.
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
	struct list_head node;		/* on inst->threads, inst->threads_lock */
	struct task_struct *task;
	struct bss_instance *inst;
	struct completion done;		/* its function has returned */
	bool stop;			/* bss_thread_stop() says so */
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
	struct bss_kthread *kt = arg;
	struct bss_thread *t = bss_thread_create();

	if (t) {
		t->factory = 1;
		t->stop = &kt->stop;
		bss_thread_run(t, factory_call, arg);
		bss_thread_destroy(t);
	}
	/* Nothing of kt or of this module's code is used after the completion. */
	kthread_complete_and_exit(&kt->done, t ? 0 : -ENOMEM);
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
	bss_need_process(t, "thread creation");
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

	if (READ_ONCE(inst->dead))
		bss_throw(t, BSS_E_DEAD, -ENXIO, "%s: thread: the server is dying",
			  inst->img->name);
	check_fn(t, fn);
	if (count_threads(inst) >= MAX_THREADS)
		bss_throw(t, BSS_E_ARG, -EAGAIN, "%s: more than %d factory threads",
			  inst->img->name, MAX_THREADS);
	kt = kzalloc(sizeof(*kt), GFP_KERNEL);
	if (!kt)
		bss_throw(t, BSS_E_NOMEM, -ENOMEM, "%s: thread: out of memory", inst->img->name);
	kt->inst = inst;
	init_completion(&kt->done);
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

/* Tell every thread inst asked for to stop: bss_thread_stop() says so. */
static void ask_stop(struct bss_instance *inst)
{
	struct bss_kthread *kt;

	spin_lock(&inst->threads_lock);
	list_for_each_entry(kt, &inst->threads, node)
		WRITE_ONCE(kt->stop, true);
	spin_unlock(&inst->threads_lock);
}

static void join(struct bss_kthread *kt)
{
	put_task_struct(kt->task);
	bss_event_destroy("kthread", kt->id);
	kfree(kt);
}

/**
 * bss_factory_stop() - stop and join the threads a server asked for
 * @inst: the server, dead: it starts no more threads
 * @timeout: jiffies to wait for threads that have not ended, in all
 *
 * Return: true when every thread has ended and is joined; false when
 * some still run (one that ignores bss_thread_stop(), or the caller
 * itself): they stay listed, for a later call.
 */
bool bss_factory_stop(struct bss_instance *inst, unsigned long timeout)
{
	unsigned long deadline = jiffies + timeout;
	struct bss_kthread *kt, *next;
	LIST_HEAD(running);
	LIST_HEAD(ended);

	ask_stop(inst);
	spin_lock(&inst->threads_lock);
	list_splice_init(&inst->threads, &running);
	spin_unlock(&inst->threads_lock);
	list_for_each_entry_safe(kt, next, &running, node) {
		if (kt->task == current)
			continue;
		if (wait_for_completion_timeout(&kt->done,
						max_t(long, deadline - jiffies, 0)) ||
		    completion_done(&kt->done))
			list_move(&kt->node, &ended);
	}
	spin_lock(&inst->threads_lock);
	list_splice(&running, &inst->threads);
	spin_unlock(&inst->threads_lock);
	list_for_each_entry_safe(kt, next, &ended, node)
		join(kt);
	return list_empty(&running);
}

bool bss_factory_should_stop(void)
{
	struct bss_thread *t = bss_thread_current();

	return t->factory && READ_ONCE(*t->stop);
}
