// SPDX-License-Identifier: GPL-2.0
/*
 * The error log: every throw, caught or not, with the server it came from.
 * Bounded (the newest BSS_ERROR_LOG entries) and usable from any context.
 * dmesg gets a rate-limited line only for errors no server caught.
 */
#include <linux/ktime.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include "error.h"
#include "instance.h"

static struct bss_error_info log[BSS_ERROR_LOG];
static u64 seq;
static DEFINE_SPINLOCK(log_lock);

/* An entry whose message is made when it is read (see bss_error_log()). */
#define MSG_LAZY	1

/**
 * bss_error_user_msg() - the message of a server's own throw
 * @buf: where it goes
 * @len: its size
 * @image: the thrower's image
 * @id: the BSS error ID it threw
 * @err: the errno it threw
 */
void bss_error_user_msg(char *buf, size_t len, const char *image, u32 id, int err)
{
	snprintf(buf, len, "%s: threw error %u (errno %d)", image, id, err);
}

/*
 * msg NULL: a server's own throw (bss_sys_throw()), whose message says no
 * more than the entry's other fields; it is made by bss_error_list().
 * pad marks it, and reads as 0 outside.
 */
void bss_error_log(struct bss_instance *where, u32 id, int err, const char *msg)
{
	struct bss_error_info *e;
	unsigned long flags;

	spin_lock_irqsave(&log_lock, flags);
	e = &log[seq % BSS_ERROR_LOG];
	e->seq = ++seq;
	e->time_ns = ktime_get_ns();
	e->id = id;
	e->err = err;
	e->instance = where ? where->id : 0;
	/* An image's name is terminated inside its array (image_create()). */
	BUILD_BUG_ON(sizeof(e->image) != sizeof(where->img->name));
	if (where)
		memcpy(e->image, where->img->name, sizeof(e->image));
	else
		strscpy(e->image, "linux", sizeof(e->image));
	e->pad = msg ? 0 : MSG_LAZY;
	if (msg)
		strscpy(e->msg, msg, sizeof(e->msg));
	spin_unlock_irqrestore(&log_lock, flags);
}

/* Oldest first. */
int bss_error_list(struct bss_error_info *out, u32 max, u32 *count)
{
	unsigned long flags;
	u64 first, i;
	u32 n = 0;

	spin_lock_irqsave(&log_lock, flags);
	first = seq > BSS_ERROR_LOG ? seq - BSS_ERROR_LOG : 0;
	for (i = first; i < seq; i++) {
		if (n < max)
			out[n] = log[i % BSS_ERROR_LOG];
		n++;
	}
	spin_unlock_irqrestore(&log_lock, flags);
	for (i = 0; i < min(n, max); i++) {
		if (out[i].pad != MSG_LAZY)
			continue;
		bss_error_user_msg(out[i].msg, sizeof(out[i].msg), out[i].image, out[i].id,
				   out[i].err);
		out[i].pad = 0;
	}
	*count = n;
	return 0;
}
