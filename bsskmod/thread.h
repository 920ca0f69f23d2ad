/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSS_THREAD_H
#define _BSS_THREAD_H

#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <bss/abi.h>

struct bss_instance;

#define BSS_MAX_TEMPS	64
#define BSS_ERR_LEN	200

/* A temporary reference: lives in one frame of one thread, unlocked. */
struct bss_temp {
	struct bss_instance *target;
	bool owned;		/* holds a count on target; else borrowed */
};

/*
 * The BSS side of whatever Linux context entered the runtime. Frames of
 * the service-call stack are [base, top) windows over temps[]: each call
 * opens a window above its caller's and closes it on return.
 */
struct bss_thread {
	struct bss_instance *cur;	/* the server whose code runs */
	u32 base;
	u32 top;
	int err;			/* first error of this entry */
	char msg[BSS_ERR_LEN];
	struct bss_thread *prev;	/* context this one interrupted */
	struct preempt_notifier pn;
	struct bss_temp temps[BSS_MAX_TEMPS];
};

DECLARE_PER_CPU(struct bss_thread *, bss_cur_thread);

/* One gs-relative load: the notifiers keep it right across preemption. */
static inline struct bss_thread *bss_thread_current(void)
{
	return this_cpu_read(bss_cur_thread);
}

struct bss_thread *bss_thread_create(void);
void bss_thread_destroy(struct bss_thread *t);
void bss_thread_error(struct bss_thread *t, int err, const char *fmt, ...);
int bss_thread_init(void);
void bss_thread_uninit(void);

#endif /* _BSS_THREAD_H */
