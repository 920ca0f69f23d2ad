// SPDX-License-Identifier: GPL-2.0
/*
 * callbench: the kernel functions the call path calls out of line, as
 * user-space stand-ins compiled with the module's flags (so each has its
 * fentry site and return thunk, like the kernel's own). Their fast paths
 * follow Debian 6.1's: mutex_lock() is might_resched() (a call to
 * __cond_resched() under PREEMPT_DYNAMIC, voluntary) and one lock cmpxchg,
 * mutex_unlock() one lock cmpxchg; a spinlock one lock cmpxchg, released
 * by a store; the PREEMPT_RCU read lock a nesting count in the task.
 * Nothing here sleeps or waits for anyone: the benchmark has one thread.
 */
#include <linux/kernel.h>

int __preempt_count = PREEMPT_ENABLED;
struct task_struct cb_current = { .comm = "callbench" };
struct module __this_module = { .name = "bss" };

/* Reached only if glue.c did not patch a save_fl site (thunks.S). */
struct cb_pv_ops pv_ops = { .irq.save_fl.func = cb_native_save_fl };

/* Nothing is printed: the rate limit says no. */
int ___ratelimit(struct ratelimit_state *rs, const char *func)
{
	return 0;
}

int _printk(const char *fmt, ...)
{
	return 0;
}

/* A count that saturated: a bug in the benchmark. */
void refcount_warn_saturate(refcount_t *r, enum refcount_saturation_type t)
{
	__builtin_trap();
}

int __cond_resched(void)
{
	/* preempt_schedule_common() never: nothing asks for a resched. */
	if (should_resched(0) && !irqs_disabled())
		return 1;
	return 0;
}

void __mutex_init(struct mutex *lock)
{
	atomic_set((atomic_t *)&lock->wait_lock, 0);
	lock->owner.counter = 0;
	lock->osq = 0;
	INIT_LIST_HEAD(&lock->wait_list);
}

/* Contended: spin, as a second benchmark thread would be a bug. */
static noinline void mutex_lock_slowpath(struct mutex *lock)
{
	long zero;

	do {
		cpu_relax();
		zero = 0;
	} while (!__atomic_compare_exchange_n(&lock->owner.counter, &zero,
					      (long)current, false,
					      __ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
}

void mutex_lock(struct mutex *lock)
{
	long zero = 0;

	__cond_resched();
	if (!__atomic_compare_exchange_n(&lock->owner.counter, &zero, (long)current,
					 false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		mutex_lock_slowpath(lock);
}

int mutex_trylock(struct mutex *lock)
{
	long zero = 0;

	return __atomic_compare_exchange_n(&lock->owner.counter, &zero, (long)current,
					   false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

void mutex_unlock(struct mutex *lock)
{
	long curr = (long)current;

	if (__atomic_compare_exchange_n(&lock->owner.counter, &curr, 0, false,
					__ATOMIC_RELEASE, __ATOMIC_RELAXED))
		return;
	/* A waiter flag: there are no waiters here. */
	WRITE_ONCE(lock->owner.counter, 0);
}

static __always_inline void spin_acquire(spinlock_t *lock)
{
	u32 zero = 0;

	while (!__atomic_compare_exchange_n(&lock->val, &zero, 1, false,
					    __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
		cpu_relax();
		zero = 0;
	}
}

void _raw_spin_lock(spinlock_t *lock)
{
	preempt_disable();
	spin_acquire(lock);
}

void _raw_spin_unlock(spinlock_t *lock)
{
	/* Pairs with the acquire of spin_acquire(), as queued_spin_unlock(). */
	smp_store_release(&lock->val, 0);
	preempt_enable();
}

/* Interrupts are not disabled: user space cannot, and nothing interrupts. */
unsigned long _raw_spin_lock_irqsave(spinlock_t *lock)
{
	unsigned long flags = arch_local_save_flags();

	preempt_disable();
	spin_acquire(lock);
	return flags;
}

void _raw_spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
{
	/* As _raw_spin_unlock(); interrupts were never disabled. */
	smp_store_release(&lock->val, 0);
	preempt_enable();
}

void __rcu_read_lock(void)
{
	WRITE_ONCE(current->rcu_read_lock_nesting, current->rcu_read_lock_nesting + 1);
	/* The section starts after the count, as in the kernel. */
	barrier();
}

void __rcu_read_unlock(void)
{
	/* ...and ends before it drops. */
	barrier();
	WRITE_ONCE(current->rcu_read_lock_nesting, current->rcu_read_lock_nesting - 1);
}

/* One CPU, never preempted: there is nothing for the notifiers to do. */
void preempt_notifier_register(struct preempt_notifier *notifier)
{
}

void preempt_notifier_unregister(struct preempt_notifier *notifier)
{
}

void preempt_notifier_inc(void)
{
}

void preempt_notifier_dec(void)
{
}

/* Every address is in the one function a throw's liveness test compares. */
int sprint_symbol_no_offset(char *buffer, unsigned long address)
{
	return strscpy(buffer, "callbench", KSYM_SYMBOL_LEN);
}

size_t strcspn(const char *s, const char *reject)
{
	const char *p, *r;

	for (p = s; *p; p++)
		for (r = reject; *r; r++)
			if (*p == *r)
				return p - s;
	return p - s;
}

ssize_t strscpy(char *dest, const char *src, size_t count)
{
	size_t i;

	if (!count)
		return -E2BIG;
	for (i = 0; i < count; i++) {
		dest[i] = src[i];
		if (!src[i])
			return i;
	}
	dest[count - 1] = 0;
	return -E2BIG;
}

/* wait.h, might_sleep(): a contended serialized call only, never here. */
void __init_waitqueue_head(struct wait_queue_head *wq)
{
	spin_lock_init(&wq->lock);
	INIT_LIST_HEAD(&wq->head);
}

void __wake_up(struct wait_queue_head *wq, unsigned int mode, int nr, void *key)
{
}

void __might_sleep(void)
{
	__cond_resched();
}

/* workqueue.h: one pending item at a time is all the binder uses. */
static struct work_struct *pending_work;

bool schedule_work(struct work_struct *work)
{
	if (work->pending)
		return false;
	work->pending = 1;
	pending_work = work;
	return true;
}

bool cancel_work_sync(struct work_struct *work)
{
	bool was = work->pending;

	work->pending = 0;
	if (pending_work == work)
		pending_work = NULL;
	return was;
}

void cb_run_work(void)
{
	struct work_struct *work = pending_work;

	if (!work)
		return;
	pending_work = NULL;
	work->pending = 0;
	work->func(work);
}
