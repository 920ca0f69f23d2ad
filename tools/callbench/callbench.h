/* SPDX-License-Identifier: GPL-2.0 */
/*
 * callbench: what main.c (libc) and world.c (the runtime's side, shim
 * headers) share. Plain C types only: the two sides see different headers.
 */
#ifndef _CALLBENCH_H
#define _CALLBENCH_H

/* The servers world.c makes, each an instance of one compiled image. */
enum cb_server {
	CB_BENCH,	/* servers/bench/bench.c: runs the loops */
	CB_PEER,	/* the same image: what the loops call */
	CB_SPEER,	/* servers/bench/serial.c: the serialized peer */
	CB_KEEP,	/* bench.c again, -mindirect-branch=keep */
	CB_UNBOUND,	/* bench.c again, its imports never bound: bss_call() */
	CB_NSERVERS,
	CB_NONE = CB_NSERVERS,
};

/* enum bench_kind of servers/bench/bench.c (as tools/guest/run-bench.sh) */
enum cb_kind {
	CB_EMPTY,
	CB_DIRECT,
	CB_INDIRECT,
	CB_CALL,
	CB_CALL_TEMP,
	CB_TEMP,
	CB_TRY,
	CB_THROW,
	CB_CALL_SNOP,
	CB_PERM,	/* not a loop: bench.refs(size, iters), a permanent keep + release */
};

/* bench.c's BENCH_TEMP_BATCH: temp_ref is timed in frames of this many. */
#define CB_TEMP_BATCH	48

/* The stack the fake task runs on: THREAD_SIZE below this. */
void cb_set_stack(unsigned long low);
/* Make the servers; 0, or -1 with a message in cb_msg. */
int cb_setup(void);
/*
 * server.loop(kind, iters, peer), or for CB_PERM server.refs(size, iters,
 * peer): TSC ticks, timed by bench.c itself. 0 with cb_msg set when the
 * call threw (or bench.c refused it).
 */
unsigned long long cb_loop(enum cb_server server, enum cb_kind kind,
			   unsigned long long iters, enum cb_server peer, unsigned int size);
extern char cb_msg[256];
/* glue.c: patch the text as the kernel patches a module's; 0 or -1. */
int cb_patch_text(unsigned int *sites);
/* Bind what the calls so far noted, as when each image had gone idle. */
void cb_bind(void);

/* Made by the linker: the program's text, and the sites glue.c patches. */
extern char __executable_start[], __etext[];
/* -mrecord-mcount's table: the address of every "call __fentry__" */
extern const unsigned long __start___mcount_loc[], __stop___mcount_loc[];
extern char __fentry__[];
/* The shim's paravirt call sites (its arch_local_save_flags()) */
struct cb_pv_site {
	unsigned char *instr;
	unsigned char type;
	unsigned char len;
	unsigned short clobbers;
};

extern const struct cb_pv_site __start_cb_parainstructions[],
	__stop_cb_parainstructions[];

#endif /* _CALLBENCH_H */
