/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Generated from servers/services.cat: do not edit; regenerate with
 * `make catalogue`.
 */
#ifndef _BSS_SERVICES_H
#define _BSS_SERVICES_H

#include <bss/abi.h>

/* service debug */
#define BSS_SVC_debug 0x10
#define BSS_FN_debug_print 0

static const char * const bss_fn_names_debug[] __maybe_unused = {
	"print",
};

static const struct bss_sig bss_sigs_debug[] __maybe_unused = {
	[BSS_FN_debug_print] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_IN, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
};

static const struct bss_service bss_svc_debug __maybe_unused = {
	.id = BSS_SVC_debug,
	.nfns = 1,
	.flags = 0,
	.name = "debug",
	.fn_names = bss_fn_names_debug,
	.sigs = bss_sigs_debug,
};

#define BSS_SIGF_debug_print BSS_SIG_SPECIAL

static __always_inline void
__bss_call_debug_print(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
		       const void *a0, __u64 a1)
{
	call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define debug_print(ref, ...) \
	__bss_call_debug_print(&__bss_imports[__BSS_IMP_debug_print], \
			       static_call(__bss_sc_debug_print), ref, ##__VA_ARGS__)

#define BSS_IMPL_debug(prefix, type) \
	struct prefix##_debug_ops { \
		void (*print)(type *self, const void *a0, __u64 a1); \
	}; \
	static const struct prefix##_debug_ops prefix##_debug_ops; \
	static __u64 __bss_entry_##prefix##_print(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_debug_ops.print) fn = prefix##_debug_ops.print; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (const void *)(unsigned long)a0, (__u64)a1); \
		return 0; \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_print, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_debug, .entries = __bss_entries_##prefix, \
	}

/* service time */
#define BSS_SVC_time 0x11
#define BSS_FN_time_now_ns 0
#define BSS_FN_time_delay_us 1
#define BSS_FN_time_msleep 2

static const char * const bss_fn_names_time[] __maybe_unused = {
	"now_ns",
	"delay_us",
	"msleep",
};

static const struct bss_sig bss_sigs_time[] __maybe_unused = {
	[BSS_FN_time_now_ns] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_time_delay_us] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_time_msleep] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_time __maybe_unused = {
	.id = BSS_SVC_time,
	.nfns = 3,
	.flags = 0,
	.name = "time",
	.fn_names = bss_fn_names_time,
	.sigs = bss_sigs_time,
};

#define BSS_SIGF_time_now_ns 0
#define BSS_SIGF_time_delay_us 0
#define BSS_SIGF_time_msleep 0

static __always_inline __u64
__bss_call_time_now_ns(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define time_now_ns(ref, ...) \
	__bss_call_time_now_ns(&__bss_imports[__BSS_IMP_time_now_ns], \
			       static_call(__bss_sc_time_now_ns), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_time_delay_us(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define time_delay_us(ref, ...) \
	__bss_call_time_delay_us(&__bss_imports[__BSS_IMP_time_delay_us], \
				 static_call(__bss_sc_time_delay_us), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_time_msleep(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define time_msleep(ref, ...) \
	__bss_call_time_msleep(&__bss_imports[__BSS_IMP_time_msleep], \
			       static_call(__bss_sc_time_msleep), ref, ##__VA_ARGS__)

#define BSS_IMPL_time(prefix, type) \
	struct prefix##_time_ops { \
		__u64 (*now_ns)(type *self); \
		void (*delay_us)(type *self, __u32 a0); \
		void (*msleep)(type *self, __u32 a0); \
	}; \
	static const struct prefix##_time_ops prefix##_time_ops; \
	static __u64 __bss_entry_##prefix##_now_ns(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_time_ops.now_ns) fn = prefix##_time_ops.now_ns; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_delay_us(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_time_ops.delay_us) fn = prefix##_time_ops.delay_us; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (__u32)a0); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_msleep(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_time_ops.msleep) fn = prefix##_time_ops.msleep; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (__u32)a0); \
		return 0; \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_now_ns, \
		__bss_entry_##prefix##_delay_us, \
		__bss_entry_##prefix##_msleep, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_time, .entries = __bss_entries_##prefix, \
	}

/* service irqh */
#define BSS_SVC_irqh 0x30
#define BSS_FN_irqh_handle 0

static const char * const bss_fn_names_irqh[] __maybe_unused = {
	"handle",
};

static const struct bss_sig bss_sigs_irqh[] __maybe_unused = {
	[BSS_FN_irqh_handle] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_irqh __maybe_unused = {
	.id = BSS_SVC_irqh,
	.nfns = 1,
	.flags = 0,
	.name = "irqh",
	.fn_names = bss_fn_names_irqh,
	.sigs = bss_sigs_irqh,
};

#define BSS_SIGF_irqh_handle 0

static __always_inline __u32
__bss_call_irqh_handle(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define irqh_handle(ref, ...) \
	__bss_call_irqh_handle(&__bss_imports[__BSS_IMP_irqh_handle], \
			       static_call(__bss_sc_irqh_handle), ref, ##__VA_ARGS__)

#define BSS_IMPL_irqh(prefix, type) \
	struct prefix##_irqh_ops { \
		__u32 (*handle)(type *self); \
	}; \
	static const struct prefix##_irqh_ops prefix##_irqh_ops; \
	static __u64 __bss_entry_##prefix##_handle(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_irqh_ops.handle) fn = prefix##_irqh_ops.handle; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_handle, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_irqh, .entries = __bss_entries_##prefix, \
	}

/* service tick */
#define BSS_SVC_tick 0x31
#define BSS_FN_tick_fire 0

static const char * const bss_fn_names_tick[] __maybe_unused = {
	"fire",
};

static const struct bss_sig bss_sigs_tick[] __maybe_unused = {
	[BSS_FN_tick_fire] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_tick __maybe_unused = {
	.id = BSS_SVC_tick,
	.nfns = 1,
	.flags = 0,
	.name = "tick",
	.fn_names = bss_fn_names_tick,
	.sigs = bss_sigs_tick,
};

#define BSS_SIGF_tick_fire 0

static __always_inline __u32
__bss_call_tick_fire(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define tick_fire(ref, ...) \
	__bss_call_tick_fire(&__bss_imports[__BSS_IMP_tick_fire], static_call(__bss_sc_tick_fire), \
			     ref, ##__VA_ARGS__)

#define BSS_IMPL_tick(prefix, type) \
	struct prefix##_tick_ops { \
		__u32 (*fire)(type *self); \
	}; \
	static const struct prefix##_tick_ops prefix##_tick_ops; \
	static __u64 __bss_entry_##prefix##_fire(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_tick_ops.fire) fn = prefix##_tick_ops.fire; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_fire, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_tick, .entries = __bss_entries_##prefix, \
	}

/* service pktq */
#define BSS_SVC_pktq 0x25
#define BSS_FN_pktq_put 0
#define BSS_FN_pktq_count 1
#define BSS_FN_pktq_limit 2
#define BSS_PKTQ_FULL 0
#define BSS_PKTQ_TAKEN 1
#define BSS_PKTQ_BUSY 2

static const char * const bss_fn_names_pktq[] __maybe_unused = {
	"put",
	"count",
	"limit",
};

static const struct bss_sig bss_sigs_pktq[] __maybe_unused = {
	[BSS_FN_pktq_put] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_IN, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_pktq_count] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_pktq_limit] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_pktq __maybe_unused = {
	.id = BSS_SVC_pktq,
	.nfns = 3,
	.flags = BSS_SVC_ATOMIC,
	.name = "pktq",
	.fn_names = bss_fn_names_pktq,
	.sigs = bss_sigs_pktq,
};

#define BSS_SIGF_pktq_put BSS_SIG_SPECIAL
#define BSS_SIGF_pktq_count 0
#define BSS_SIGF_pktq_limit 0

static __always_inline __u32
__bss_call_pktq_put(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, const void *a0,
		    __u64 a1)
{
	return (__u32)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define pktq_put(ref, ...) \
	__bss_call_pktq_put(&__bss_imports[__BSS_IMP_pktq_put], static_call(__bss_sc_pktq_put), \
			    ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_pktq_count(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define pktq_count(ref, ...) \
	__bss_call_pktq_count(&__bss_imports[__BSS_IMP_pktq_count], \
			      static_call(__bss_sc_pktq_count), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_pktq_limit(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define pktq_limit(ref, ...) \
	__bss_call_pktq_limit(&__bss_imports[__BSS_IMP_pktq_limit], \
			      static_call(__bss_sc_pktq_limit), ref, ##__VA_ARGS__)

#define BSS_IMPL_pktq(prefix, type) \
	struct prefix##_pktq_ops { \
		__u32 (*put)(type *self, const void *a0, __u64 a1); \
		__u32 (*count)(type *self); \
		void (*limit)(type *self, __u32 a0); \
	}; \
	static const struct prefix##_pktq_ops prefix##_pktq_ops; \
	static __u64 __bss_entry_##prefix##_put(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pktq_ops.put) fn = prefix##_pktq_ops.put; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static __u64 __bss_entry_##prefix##_count(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pktq_ops.count) fn = prefix##_pktq_ops.count; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_limit(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pktq_ops.limit) fn = prefix##_pktq_ops.limit; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (__u32)a0); \
		return 0; \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_put, \
		__bss_entry_##prefix##_count, \
		__bss_entry_##prefix##_limit, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_pktq, .entries = __bss_entries_##prefix, \
	}

/* service nic */
#define BSS_SVC_nic 0x32
#define BSS_FN_nic_open 0
#define BSS_FN_nic_stop 1
#define BSS_FN_nic_poll 2
#define BSS_FN_nic_set_rx_mode 3
#define BSS_FN_nic_set_mac 4
#define BSS_FN_nic_counter 5
#define BSS_FN_nic_rxq 6
#define BSS_FN_nic_counter_name 7
#define BSS_NIC_RX_PROMISC 0x1
#define BSS_NIC_RX_ALLMULTI 0x2
#define BSS_NIC_COUNTERS 32
#define BSS_NIC_COUNTER_NAME_LEN 32

static const char * const bss_fn_names_nic[] __maybe_unused = {
	"open",
	"stop",
	"poll",
	"set_rx_mode",
	"set_mac",
	"counter",
	"rxq",
	"counter_name",
};

static const struct bss_sig bss_sigs_nic[] __maybe_unused = {
	[BSS_FN_nic_open] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_nic_stop] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_nic_poll] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U32, BSS_T_U32 },
		.arg_svc = { 0, 0 },
	},
	[BSS_FN_nic_set_rx_mode] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U32, BSS_T_U64 },
		.arg_svc = { 0, 0 },
	},
	[BSS_FN_nic_set_mac] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_nic_counter] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_nic_rxq] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_pktq, .nargs = 0,
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_nic_counter_name] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_U32, BSS_T_OUT, BSS_T_SIZE },
		.arg_svc = { 0, 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
};

static const struct bss_service bss_svc_nic __maybe_unused = {
	.id = BSS_SVC_nic,
	.nfns = 8,
	.flags = 0,
	.name = "nic",
	.fn_names = bss_fn_names_nic,
	.sigs = bss_sigs_nic,
};

#define BSS_SIGF_nic_open 0
#define BSS_SIGF_nic_stop 0
#define BSS_SIGF_nic_poll 0
#define BSS_SIGF_nic_set_rx_mode 0
#define BSS_SIGF_nic_set_mac 0
#define BSS_SIGF_nic_counter 0
#define BSS_SIGF_nic_rxq BSS_SIG_SPECIAL
#define BSS_SIGF_nic_counter_name BSS_SIG_SPECIAL

static __always_inline __u32
__bss_call_nic_open(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define nic_open(ref, ...) \
	__bss_call_nic_open(&__bss_imports[__BSS_IMP_nic_open], static_call(__bss_sc_nic_open), \
			    ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_nic_stop(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define nic_stop(ref, ...) \
	__bss_call_nic_stop(&__bss_imports[__BSS_IMP_nic_stop], static_call(__bss_sc_nic_stop), \
			    ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_nic_poll(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
		    __u32 a1)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define nic_poll(ref, ...) \
	__bss_call_nic_poll(&__bss_imports[__BSS_IMP_nic_poll], static_call(__bss_sc_nic_poll), \
			    ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_nic_set_rx_mode(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
			   __u64 a1)
{
	call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define nic_set_rx_mode(ref, ...) \
	__bss_call_nic_set_rx_mode(&__bss_imports[__BSS_IMP_nic_set_rx_mode], \
				   static_call(__bss_sc_nic_set_rx_mode), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_nic_set_mac(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define nic_set_mac(ref, ...) \
	__bss_call_nic_set_mac(&__bss_imports[__BSS_IMP_nic_set_mac], \
			       static_call(__bss_sc_nic_set_mac), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_nic_counter(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define nic_counter(ref, ...) \
	__bss_call_nic_counter(&__bss_imports[__BSS_IMP_nic_counter], \
			       static_call(__bss_sc_nic_counter), ref, ##__VA_ARGS__)

static __always_inline bss_ref_t
__bss_call_nic_rxq(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (bss_ref_t)call(imp, ref, 0, 0, 0, 0);
}

#define nic_rxq(ref, ...) \
	__bss_call_nic_rxq(&__bss_imports[__BSS_IMP_nic_rxq], static_call(__bss_sc_nic_rxq), ref, \
			   ##__VA_ARGS__)

static __always_inline __u32
__bss_call_nic_counter_name(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			    __u32 a0, void *a1, __u64 a2)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)(unsigned long)a1, (__u64)a2, 0);
}

#define nic_counter_name(ref, ...) \
	__bss_call_nic_counter_name(&__bss_imports[__BSS_IMP_nic_counter_name], \
				    static_call(__bss_sc_nic_counter_name), ref, ##__VA_ARGS__)

#define BSS_IMPL_nic(prefix, type) \
	struct prefix##_nic_ops { \
		__u32 (*open)(type *self); \
		void (*stop)(type *self); \
		__u32 (*poll)(type *self, __u32 a0, __u32 a1); \
		void (*set_rx_mode)(type *self, __u32 a0, __u64 a1); \
		__u32 (*set_mac)(type *self, __u64 a0); \
		__u64 (*counter)(type *self, __u32 a0); \
		bss_ref_t (*rxq)(type *self); \
		__u32 (*counter_name)(type *self, __u32 a0, void *a1, __u64 a2); \
	}; \
	static const struct prefix##_nic_ops prefix##_nic_ops; \
	static __u64 __bss_entry_##prefix##_open(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nic_ops.open) fn = prefix##_nic_ops.open; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_stop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nic_ops.stop) fn = prefix##_nic_ops.stop; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_poll(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nic_ops.poll) fn = prefix##_nic_ops.poll; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u32)a1); \
	} \
	static __u64 __bss_entry_##prefix##_set_rx_mode(void *self, __u64 ref, __u64 a0, __u64 a1, \
							__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nic_ops.set_rx_mode) fn = prefix##_nic_ops.set_rx_mode; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (__u32)a0, (__u64)a1); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_set_mac(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nic_ops.set_mac) fn = prefix##_nic_ops.set_mac; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_counter(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nic_ops.counter) fn = prefix##_nic_ops.counter; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_rxq(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nic_ops.rxq) fn = prefix##_nic_ops.rxq; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_counter_name(void *self, __u64 ref, __u64 a0, \
							 __u64 a1, __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nic_ops.counter_name) fn = prefix##_nic_ops.counter_name; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (void *)(unsigned long)a1, (__u64)a2); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_open, \
		__bss_entry_##prefix##_stop, \
		__bss_entry_##prefix##_poll, \
		__bss_entry_##prefix##_set_rx_mode, \
		__bss_entry_##prefix##_set_mac, \
		__bss_entry_##prefix##_counter, \
		__bss_entry_##prefix##_rxq, \
		__bss_entry_##prefix##_counter_name, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_nic, .entries = __bss_entries_##prefix, \
	}

/* service nictx */
#define BSS_SVC_nictx 0x33
#define BSS_FN_nictx_reserve 0
#define BSS_FN_nictx_send 1
#define BSS_NICTX_NO_SLOT (~0ULL)
#define BSS_NICTX_REFUSED (~1ULL)

static const char * const bss_fn_names_nictx[] __maybe_unused = {
	"reserve",
	"send",
};

static const struct bss_sig bss_sigs_nictx[] __maybe_unused = {
	[BSS_FN_nictx_reserve] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_nictx_send] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U64, BSS_T_U32 },
		.arg_svc = { 0, 0 },
	},
};

static const struct bss_service bss_svc_nictx __maybe_unused = {
	.id = BSS_SVC_nictx,
	.nfns = 2,
	.flags = 0,
	.name = "nictx",
	.fn_names = bss_fn_names_nictx,
	.sigs = bss_sigs_nictx,
};

#define BSS_SIGF_nictx_reserve 0
#define BSS_SIGF_nictx_send 0

static __always_inline __u64
__bss_call_nictx_reserve(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define nictx_reserve(ref, ...) \
	__bss_call_nictx_reserve(&__bss_imports[__BSS_IMP_nictx_reserve], \
				 static_call(__bss_sc_nictx_reserve), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_nictx_send(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0,
		      __u32 a1)
{
	return (__u64)call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define nictx_send(ref, ...) \
	__bss_call_nictx_send(&__bss_imports[__BSS_IMP_nictx_send], \
			      static_call(__bss_sc_nictx_send), ref, ##__VA_ARGS__)

#define BSS_IMPL_nictx(prefix, type) \
	struct prefix##_nictx_ops { \
		__u64 (*reserve)(type *self, __u32 a0); \
		__u64 (*send)(type *self, __u64 a0, __u32 a1); \
	}; \
	static const struct prefix##_nictx_ops prefix##_nictx_ops; \
	static __u64 __bss_entry_##prefix##_reserve(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nictx_ops.reserve) fn = prefix##_nictx_ops.reserve; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_send(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_nictx_ops.send) fn = prefix##_nictx_ops.send; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0, (__u32)a1); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_reserve, \
		__bss_entry_##prefix##_send, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_nictx, .entries = __bss_entries_##prefix, \
	}

/* service dmabuf */
#define BSS_SVC_dmabuf 0x23
#define BSS_FN_dmabuf_vaddr 0
#define BSS_FN_dmabuf_busaddr 1
#define BSS_FN_dmabuf_size 2

static const char * const bss_fn_names_dmabuf[] __maybe_unused = {
	"vaddr",
	"busaddr",
	"size",
};

static const struct bss_sig bss_sigs_dmabuf[] __maybe_unused = {
	[BSS_FN_dmabuf_vaddr] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_dmabuf_busaddr] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_dmabuf_size] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_dmabuf __maybe_unused = {
	.id = BSS_SVC_dmabuf,
	.nfns = 3,
	.flags = 0,
	.name = "dmabuf",
	.fn_names = bss_fn_names_dmabuf,
	.sigs = bss_sigs_dmabuf,
};

#define BSS_SIGF_dmabuf_vaddr 0
#define BSS_SIGF_dmabuf_busaddr 0
#define BSS_SIGF_dmabuf_size 0

static __always_inline __u64
__bss_call_dmabuf_vaddr(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define dmabuf_vaddr(ref, ...) \
	__bss_call_dmabuf_vaddr(&__bss_imports[__BSS_IMP_dmabuf_vaddr], \
				static_call(__bss_sc_dmabuf_vaddr), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_dmabuf_busaddr(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define dmabuf_busaddr(ref, ...) \
	__bss_call_dmabuf_busaddr(&__bss_imports[__BSS_IMP_dmabuf_busaddr], \
				  static_call(__bss_sc_dmabuf_busaddr), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_dmabuf_size(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define dmabuf_size(ref, ...) \
	__bss_call_dmabuf_size(&__bss_imports[__BSS_IMP_dmabuf_size], \
			       static_call(__bss_sc_dmabuf_size), ref, ##__VA_ARGS__)

#define BSS_IMPL_dmabuf(prefix, type) \
	struct prefix##_dmabuf_ops { \
		__u64 (*vaddr)(type *self); \
		__u64 (*busaddr)(type *self); \
		__u64 (*size)(type *self); \
	}; \
	static const struct prefix##_dmabuf_ops prefix##_dmabuf_ops; \
	static __u64 __bss_entry_##prefix##_vaddr(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_dmabuf_ops.vaddr) fn = prefix##_dmabuf_ops.vaddr; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_busaddr(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_dmabuf_ops.busaddr) fn = prefix##_dmabuf_ops.busaddr; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_size(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_dmabuf_ops.size) fn = prefix##_dmabuf_ops.size; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_vaddr, \
		__bss_entry_##prefix##_busaddr, \
		__bss_entry_##prefix##_size, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_dmabuf, .entries = __bss_entries_##prefix, \
	}

/* service mem */
#define BSS_SVC_mem 0x12
#define BSS_FN_mem_alloc 0

static const char * const bss_fn_names_mem[] __maybe_unused = {
	"alloc",
};

static const struct bss_sig bss_sigs_mem[] __maybe_unused = {
	[BSS_FN_mem_alloc] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_dmabuf, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
		.flags = BSS_SIG_SPECIAL,
	},
};

static const struct bss_service bss_svc_mem __maybe_unused = {
	.id = BSS_SVC_mem,
	.nfns = 1,
	.flags = 0,
	.name = "mem",
	.fn_names = bss_fn_names_mem,
	.sigs = bss_sigs_mem,
};

#define BSS_SIGF_mem_alloc BSS_SIG_SPECIAL

static __always_inline bss_ref_t
__bss_call_mem_alloc(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (bss_ref_t)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define mem_alloc(ref, ...) \
	__bss_call_mem_alloc(&__bss_imports[__BSS_IMP_mem_alloc], static_call(__bss_sc_mem_alloc), \
			     ref, ##__VA_ARGS__)

#define BSS_IMPL_mem(prefix, type) \
	struct prefix##_mem_ops { \
		bss_ref_t (*alloc)(type *self, __u64 a0); \
	}; \
	static const struct prefix##_mem_ops prefix##_mem_ops; \
	static __u64 __bss_entry_##prefix##_alloc(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_mem_ops.alloc) fn = prefix##_mem_ops.alloc; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_alloc, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_mem, .entries = __bss_entries_##prefix, \
	}

/* service loader */
#define BSS_SVC_loader 0x15
#define BSS_FN_loader_start 0

static const char * const bss_fn_names_loader[] __maybe_unused = {
	"start",
};

static const struct bss_sig bss_sigs_loader[] __maybe_unused = {
	[BSS_FN_loader_start] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_ANY, .nargs = 2,
		.arg = { BSS_T_IN, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
};

static const struct bss_service bss_svc_loader __maybe_unused = {
	.id = BSS_SVC_loader,
	.nfns = 1,
	.flags = 0,
	.name = "loader",
	.fn_names = bss_fn_names_loader,
	.sigs = bss_sigs_loader,
};

#define BSS_SIGF_loader_start BSS_SIG_SPECIAL

static __always_inline bss_ref_t
__bss_call_loader_start(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			const void *a0, __u64 a1)
{
	return (bss_ref_t)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define loader_start(ref, ...) \
	__bss_call_loader_start(&__bss_imports[__BSS_IMP_loader_start], \
				static_call(__bss_sc_loader_start), ref, ##__VA_ARGS__)

#define BSS_IMPL_loader(prefix, type) \
	struct prefix##_loader_ops { \
		bss_ref_t (*start)(type *self, const void *a0, __u64 a1); \
	}; \
	static const struct prefix##_loader_ops prefix##_loader_ops; \
	static __u64 __bss_entry_##prefix##_start(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_loader_ops.start) fn = prefix##_loader_ops.start; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_start, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_loader, .entries = __bss_entries_##prefix, \
	}

/* service timer */
#define BSS_SVC_timer 0x13
#define BSS_FN_timer_start 0
#define BSS_FN_timer_stop 1

static const char * const bss_fn_names_timer[] __maybe_unused = {
	"start",
	"stop",
};

static const struct bss_sig bss_sigs_timer[] __maybe_unused = {
	[BSS_FN_timer_start] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_REF, BSS_T_U32, BSS_T_U32 },
		.arg_svc = { BSS_SVC_tick, 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_timer_stop] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_timer __maybe_unused = {
	.id = BSS_SVC_timer,
	.nfns = 2,
	.flags = 0,
	.name = "timer",
	.fn_names = bss_fn_names_timer,
	.sigs = bss_sigs_timer,
};

#define BSS_SIGF_timer_start BSS_SIG_SPECIAL
#define BSS_SIGF_timer_stop 0

static __always_inline __u32
__bss_call_timer_start(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, bss_ref_t a0,
		       __u32 a1, __u32 a2)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, 0);
}

#define timer_start(ref, ...) \
	__bss_call_timer_start(&__bss_imports[__BSS_IMP_timer_start], \
			       static_call(__bss_sc_timer_start), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_timer_stop(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define timer_stop(ref, ...) \
	__bss_call_timer_stop(&__bss_imports[__BSS_IMP_timer_stop], \
			      static_call(__bss_sc_timer_stop), ref, ##__VA_ARGS__)

#define BSS_IMPL_timer(prefix, type) \
	struct prefix##_timer_ops { \
		__u32 (*start)(type *self, bss_ref_t a0, __u32 a1, __u32 a2); \
		void (*stop)(type *self); \
	}; \
	static const struct prefix##_timer_ops prefix##_timer_ops; \
	static __u64 __bss_entry_##prefix##_start(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_timer_ops.start) fn = prefix##_timer_ops.start; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (bss_ref_t)a0, (__u32)a1, (__u32)a2); \
	} \
	static __u64 __bss_entry_##prefix##_stop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_timer_ops.stop) fn = prefix##_timer_ops.stop; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_start, \
		__bss_entry_##prefix##_stop, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_timer, .entries = __bss_entries_##prefix, \
	}

/* service queue */
#define BSS_SVC_queue 0x14
#define BSS_FN_queue_put 0
#define BSS_FN_queue_get 1
#define BSS_FN_queue_count 2
#define BSS_FN_queue_limit 3

static const char * const bss_fn_names_queue[] __maybe_unused = {
	"put",
	"get",
	"count",
	"limit",
};

static const struct bss_sig bss_sigs_queue[] __maybe_unused = {
	[BSS_FN_queue_put] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_ANY },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_queue_get] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_ANY, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_queue_count] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_queue_limit] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_queue __maybe_unused = {
	.id = BSS_SVC_queue,
	.nfns = 4,
	.flags = 0,
	.name = "queue",
	.fn_names = bss_fn_names_queue,
	.sigs = bss_sigs_queue,
};

#define BSS_SIGF_queue_put BSS_SIG_SPECIAL
#define BSS_SIGF_queue_get BSS_SIG_SPECIAL
#define BSS_SIGF_queue_count 0
#define BSS_SIGF_queue_limit 0

static __always_inline __u32
__bss_call_queue_put(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, bss_ref_t a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define queue_put(ref, ...) \
	__bss_call_queue_put(&__bss_imports[__BSS_IMP_queue_put], static_call(__bss_sc_queue_put), \
			     ref, ##__VA_ARGS__)

static __always_inline bss_ref_t
__bss_call_queue_get(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (bss_ref_t)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define queue_get(ref, ...) \
	__bss_call_queue_get(&__bss_imports[__BSS_IMP_queue_get], static_call(__bss_sc_queue_get), \
			     ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_queue_count(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define queue_count(ref, ...) \
	__bss_call_queue_count(&__bss_imports[__BSS_IMP_queue_count], \
			       static_call(__bss_sc_queue_count), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_queue_limit(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define queue_limit(ref, ...) \
	__bss_call_queue_limit(&__bss_imports[__BSS_IMP_queue_limit], \
			       static_call(__bss_sc_queue_limit), ref, ##__VA_ARGS__)

#define BSS_IMPL_queue(prefix, type) \
	struct prefix##_queue_ops { \
		__u32 (*put)(type *self, bss_ref_t a0); \
		bss_ref_t (*get)(type *self, __u32 a0); \
		__u32 (*count)(type *self); \
		void (*limit)(type *self, __u32 a0); \
	}; \
	static const struct prefix##_queue_ops prefix##_queue_ops; \
	static __u64 __bss_entry_##prefix##_put(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_queue_ops.put) fn = prefix##_queue_ops.put; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (bss_ref_t)a0); \
	} \
	static __u64 __bss_entry_##prefix##_get(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_queue_ops.get) fn = prefix##_queue_ops.get; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_count(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_queue_ops.count) fn = prefix##_queue_ops.count; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_limit(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_queue_ops.limit) fn = prefix##_queue_ops.limit; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (__u32)a0); \
		return 0; \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_put, \
		__bss_entry_##prefix##_get, \
		__bss_entry_##prefix##_count, \
		__bss_entry_##prefix##_limit, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_queue, .entries = __bss_entries_##prefix, \
	}

/* service netdev */
#define BSS_SVC_netdev 0x24
#define BSS_FN_netdev_attach 0
#define BSS_FN_netdev_detach 1
#define BSS_FN_netdev_schedule 2
#define BSS_FN_netdev_carrier 3
#define BSS_FN_netdev_wake 4
#define BSS_FN_netdev_error 5
#define BSS_NETDEV_ERR_RX 0
#define BSS_NETDEV_ERR_RX_MISSED 1
#define BSS_NETDEV_ERR_TX 2
#define BSS_NETDEV_ERR_RX_FIFO 3
#define BSS_NETDEV_ERR_MAX 4

static const char * const bss_fn_names_netdev[] __maybe_unused = {
	"attach",
	"detach",
	"schedule",
	"carrier",
	"wake",
	"error",
};

static const struct bss_sig bss_sigs_netdev[] __maybe_unused = {
	[BSS_FN_netdev_attach] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 4,
		.arg = { BSS_T_U64, BSS_T_REF, BSS_T_REF, BSS_T_REF },
		.arg_svc = { 0, BSS_SVC_nic, BSS_SVC_nictx, BSS_SVC_dmabuf },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_netdev_detach] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_netdev_schedule] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_netdev_carrier] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_netdev_wake] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_netdev_error] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_netdev __maybe_unused = {
	.id = BSS_SVC_netdev,
	.nfns = 6,
	.flags = BSS_SVC_ATOMIC,
	.name = "netdev",
	.fn_names = bss_fn_names_netdev,
	.sigs = bss_sigs_netdev,
};

#define BSS_SIGF_netdev_attach BSS_SIG_SPECIAL
#define BSS_SIGF_netdev_detach 0
#define BSS_SIGF_netdev_schedule 0
#define BSS_SIGF_netdev_carrier 0
#define BSS_SIGF_netdev_wake 0
#define BSS_SIGF_netdev_error 0

static __always_inline __u32
__bss_call_netdev_attach(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0,
			 bss_ref_t a1, bss_ref_t a2, bss_ref_t a3)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, (__u64)a3);
}

#define netdev_attach(ref, ...) \
	__bss_call_netdev_attach(&__bss_imports[__BSS_IMP_netdev_attach], \
				 static_call(__bss_sc_netdev_attach), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_netdev_detach(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define netdev_detach(ref, ...) \
	__bss_call_netdev_detach(&__bss_imports[__BSS_IMP_netdev_detach], \
				 static_call(__bss_sc_netdev_detach), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_netdev_schedule(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define netdev_schedule(ref, ...) \
	__bss_call_netdev_schedule(&__bss_imports[__BSS_IMP_netdev_schedule], \
				   static_call(__bss_sc_netdev_schedule), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_netdev_carrier(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define netdev_carrier(ref, ...) \
	__bss_call_netdev_carrier(&__bss_imports[__BSS_IMP_netdev_carrier], \
				  static_call(__bss_sc_netdev_carrier), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_netdev_wake(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define netdev_wake(ref, ...) \
	__bss_call_netdev_wake(&__bss_imports[__BSS_IMP_netdev_wake], \
			       static_call(__bss_sc_netdev_wake), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_netdev_error(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define netdev_error(ref, ...) \
	__bss_call_netdev_error(&__bss_imports[__BSS_IMP_netdev_error], \
				static_call(__bss_sc_netdev_error), ref, ##__VA_ARGS__)

#define BSS_IMPL_netdev(prefix, type) \
	struct prefix##_netdev_ops { \
		__u32 (*attach)(type *self, __u64 a0, bss_ref_t a1, bss_ref_t a2, bss_ref_t a3); \
		void (*detach)(type *self); \
		void (*schedule)(type *self); \
		void (*carrier)(type *self, __u32 a0); \
		void (*wake)(type *self); \
		void (*error)(type *self, __u32 a0); \
	}; \
	static const struct prefix##_netdev_ops prefix##_netdev_ops; \
	static __u64 __bss_entry_##prefix##_attach(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_netdev_ops.attach) fn = prefix##_netdev_ops.attach; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0, (bss_ref_t)a1, (bss_ref_t)a2, (bss_ref_t)a3); \
	} \
	static __u64 __bss_entry_##prefix##_detach(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_netdev_ops.detach) fn = prefix##_netdev_ops.detach; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_schedule(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_netdev_ops.schedule) fn = prefix##_netdev_ops.schedule; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_carrier(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_netdev_ops.carrier) fn = prefix##_netdev_ops.carrier; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (__u32)a0); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_wake(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_netdev_ops.wake) fn = prefix##_netdev_ops.wake; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_error(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_netdev_ops.error) fn = prefix##_netdev_ops.error; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (__u32)a0); \
		return 0; \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_attach, \
		__bss_entry_##prefix##_detach, \
		__bss_entry_##prefix##_schedule, \
		__bss_entry_##prefix##_carrier, \
		__bss_entry_##prefix##_wake, \
		__bss_entry_##prefix##_error, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_netdev, .entries = __bss_entries_##prefix, \
	}

/* service pcidev */
#define BSS_SVC_pcidev 0x20
#define BSS_FN_pcidev_vendor 0
#define BSS_FN_pcidev_device 1
#define BSS_FN_pcidev_config_read 2
#define BSS_FN_pcidev_config_write 3
#define BSS_FN_pcidev_bar_len 4
#define BSS_FN_pcidev_read 5
#define BSS_FN_pcidev_write 6
#define BSS_FN_pcidev_bus_master 7
#define BSS_FN_pcidev_irq_attach 8
#define BSS_FN_pcidev_irq_detach 9
#define BSS_FN_pcidev_dma_alloc 10
#define BSS_FN_pcidev_dma_mask 11
#define BSS_FN_pcidev_map 12

static const char * const bss_fn_names_pcidev[] __maybe_unused = {
	"vendor",
	"device",
	"config_read",
	"config_write",
	"bar_len",
	"read",
	"write",
	"bus_master",
	"irq_attach",
	"irq_detach",
	"dma_alloc",
	"dma_mask",
	"map",
};

static const struct bss_sig bss_sigs_pcidev[] __maybe_unused = {
	[BSS_FN_pcidev_vendor] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_pcidev_device] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_pcidev_config_read] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U32, BSS_T_U32 },
		.arg_svc = { 0, 0 },
	},
	[BSS_FN_pcidev_config_write] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_U32, BSS_T_U32, BSS_T_U32 },
		.arg_svc = { 0, 0, 0 },
	},
	[BSS_FN_pcidev_bar_len] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_pcidev_read] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_U32, BSS_T_U32, BSS_T_U32 },
		.arg_svc = { 0, 0, 0 },
	},
	[BSS_FN_pcidev_write] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 4,
		.arg = { BSS_T_U32, BSS_T_U32, BSS_T_U32, BSS_T_U32 },
		.arg_svc = { 0, 0, 0, 0 },
	},
	[BSS_FN_pcidev_bus_master] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_pcidev_irq_attach] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_irqh },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_pcidev_irq_detach] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_pcidev_dma_alloc] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_dmabuf, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_pcidev_dma_mask] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_pcidev_map] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_pcidev __maybe_unused = {
	.id = BSS_SVC_pcidev,
	.nfns = 13,
	.flags = BSS_SVC_ATOMIC,
	.name = "pcidev",
	.fn_names = bss_fn_names_pcidev,
	.sigs = bss_sigs_pcidev,
};

#define BSS_SIGF_pcidev_vendor 0
#define BSS_SIGF_pcidev_device 0
#define BSS_SIGF_pcidev_config_read 0
#define BSS_SIGF_pcidev_config_write 0
#define BSS_SIGF_pcidev_bar_len 0
#define BSS_SIGF_pcidev_read 0
#define BSS_SIGF_pcidev_write 0
#define BSS_SIGF_pcidev_bus_master 0
#define BSS_SIGF_pcidev_irq_attach BSS_SIG_SPECIAL
#define BSS_SIGF_pcidev_irq_detach 0
#define BSS_SIGF_pcidev_dma_alloc BSS_SIG_SPECIAL
#define BSS_SIGF_pcidev_dma_mask 0
#define BSS_SIGF_pcidev_map 0

static __always_inline __u32
__bss_call_pcidev_vendor(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define pcidev_vendor(ref, ...) \
	__bss_call_pcidev_vendor(&__bss_imports[__BSS_IMP_pcidev_vendor], \
				 static_call(__bss_sc_pcidev_vendor), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_pcidev_device(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define pcidev_device(ref, ...) \
	__bss_call_pcidev_device(&__bss_imports[__BSS_IMP_pcidev_device], \
				 static_call(__bss_sc_pcidev_device), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_pcidev_config_read(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			      __u32 a0, __u32 a1)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define pcidev_config_read(ref, ...) \
	__bss_call_pcidev_config_read(&__bss_imports[__BSS_IMP_pcidev_config_read], \
				      static_call(__bss_sc_pcidev_config_read), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_pcidev_config_write(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			       __u32 a0, __u32 a1, __u32 a2)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, 0);
}

#define pcidev_config_write(ref, ...) \
	__bss_call_pcidev_config_write(&__bss_imports[__BSS_IMP_pcidev_config_write], \
				       static_call(__bss_sc_pcidev_config_write), ref, \
				       ##__VA_ARGS__)

static __always_inline __u64
__bss_call_pcidev_bar_len(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define pcidev_bar_len(ref, ...) \
	__bss_call_pcidev_bar_len(&__bss_imports[__BSS_IMP_pcidev_bar_len], \
				  static_call(__bss_sc_pcidev_bar_len), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_pcidev_read(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
		       __u32 a1, __u32 a2)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, 0);
}

#define pcidev_read(ref, ...) \
	__bss_call_pcidev_read(&__bss_imports[__BSS_IMP_pcidev_read], \
			       static_call(__bss_sc_pcidev_read), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_pcidev_write(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
			__u32 a1, __u32 a2, __u32 a3)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, (__u64)a3);
}

#define pcidev_write(ref, ...) \
	__bss_call_pcidev_write(&__bss_imports[__BSS_IMP_pcidev_write], \
				static_call(__bss_sc_pcidev_write), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_pcidev_bus_master(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			     __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define pcidev_bus_master(ref, ...) \
	__bss_call_pcidev_bus_master(&__bss_imports[__BSS_IMP_pcidev_bus_master], \
				     static_call(__bss_sc_pcidev_bus_master), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_pcidev_irq_attach(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			     bss_ref_t a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define pcidev_irq_attach(ref, ...) \
	__bss_call_pcidev_irq_attach(&__bss_imports[__BSS_IMP_pcidev_irq_attach], \
				     static_call(__bss_sc_pcidev_irq_attach), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_pcidev_irq_detach(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define pcidev_irq_detach(ref, ...) \
	__bss_call_pcidev_irq_detach(&__bss_imports[__BSS_IMP_pcidev_irq_detach], \
				     static_call(__bss_sc_pcidev_irq_detach), ref, ##__VA_ARGS__)

static __always_inline bss_ref_t
__bss_call_pcidev_dma_alloc(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			    __u64 a0)
{
	return (bss_ref_t)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define pcidev_dma_alloc(ref, ...) \
	__bss_call_pcidev_dma_alloc(&__bss_imports[__BSS_IMP_pcidev_dma_alloc], \
				    static_call(__bss_sc_pcidev_dma_alloc), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_pcidev_dma_mask(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define pcidev_dma_mask(ref, ...) \
	__bss_call_pcidev_dma_mask(&__bss_imports[__BSS_IMP_pcidev_dma_mask], \
				   static_call(__bss_sc_pcidev_dma_mask), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_pcidev_map(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define pcidev_map(ref, ...) \
	__bss_call_pcidev_map(&__bss_imports[__BSS_IMP_pcidev_map], \
			      static_call(__bss_sc_pcidev_map), ref, ##__VA_ARGS__)

#define BSS_IMPL_pcidev(prefix, type) \
	struct prefix##_pcidev_ops { \
		__u32 (*vendor)(type *self); \
		__u32 (*device)(type *self); \
		__u32 (*config_read)(type *self, __u32 a0, __u32 a1); \
		__u32 (*config_write)(type *self, __u32 a0, __u32 a1, __u32 a2); \
		__u64 (*bar_len)(type *self, __u32 a0); \
		__u32 (*read)(type *self, __u32 a0, __u32 a1, __u32 a2); \
		__u32 (*write)(type *self, __u32 a0, __u32 a1, __u32 a2, __u32 a3); \
		void (*bus_master)(type *self, __u32 a0); \
		__u32 (*irq_attach)(type *self, bss_ref_t a0); \
		void (*irq_detach)(type *self); \
		bss_ref_t (*dma_alloc)(type *self, __u64 a0); \
		__u32 (*dma_mask)(type *self, __u32 a0); \
		__u64 (*map)(type *self, __u32 a0); \
	}; \
	static const struct prefix##_pcidev_ops prefix##_pcidev_ops; \
	static __u64 __bss_entry_##prefix##_vendor(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.vendor) fn = prefix##_pcidev_ops.vendor; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_device(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.device) fn = prefix##_pcidev_ops.device; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_config_read(void *self, __u64 ref, __u64 a0, __u64 a1, \
							__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.config_read) fn = prefix##_pcidev_ops.config_read; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u32)a1); \
	} \
	static __u64 __bss_entry_##prefix##_config_write(void *self, __u64 ref, __u64 a0, \
							 __u64 a1, __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.config_write) fn = prefix##_pcidev_ops.config_write; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u32)a1, (__u32)a2); \
	} \
	static __u64 __bss_entry_##prefix##_bar_len(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.bar_len) fn = prefix##_pcidev_ops.bar_len; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_read(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.read) fn = prefix##_pcidev_ops.read; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u32)a1, (__u32)a2); \
	} \
	static __u64 __bss_entry_##prefix##_write(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.write) fn = prefix##_pcidev_ops.write; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u32)a1, (__u32)a2, (__u32)a3); \
	} \
	static __u64 __bss_entry_##prefix##_bus_master(void *self, __u64 ref, __u64 a0, __u64 a1, \
						       __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.bus_master) fn = prefix##_pcidev_ops.bus_master; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (__u32)a0); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_irq_attach(void *self, __u64 ref, __u64 a0, __u64 a1, \
						       __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.irq_attach) fn = prefix##_pcidev_ops.irq_attach; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (bss_ref_t)a0); \
	} \
	static __u64 __bss_entry_##prefix##_irq_detach(void *self, __u64 ref, __u64 a0, __u64 a1, \
						       __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.irq_detach) fn = prefix##_pcidev_ops.irq_detach; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_dma_alloc(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.dma_alloc) fn = prefix##_pcidev_ops.dma_alloc; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_dma_mask(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.dma_mask) fn = prefix##_pcidev_ops.dma_mask; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_map(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_pcidev_ops.map) fn = prefix##_pcidev_ops.map; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_vendor, \
		__bss_entry_##prefix##_device, \
		__bss_entry_##prefix##_config_read, \
		__bss_entry_##prefix##_config_write, \
		__bss_entry_##prefix##_bar_len, \
		__bss_entry_##prefix##_read, \
		__bss_entry_##prefix##_write, \
		__bss_entry_##prefix##_bus_master, \
		__bss_entry_##prefix##_irq_attach, \
		__bss_entry_##prefix##_irq_detach, \
		__bss_entry_##prefix##_dma_alloc, \
		__bss_entry_##prefix##_dma_mask, \
		__bss_entry_##prefix##_map, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_pcidev, .entries = __bss_entries_##prefix, \
	}

/* service echo */
#define BSS_SVC_echo 0x100
#define BSS_FN_echo_ping 0
#define BSS_FN_echo_add 1
#define BSS_FN_echo_get 2
#define BSS_FN_echo_fill 3
#define BSS_FN_echo_sum 4

static const char * const bss_fn_names_echo[] __maybe_unused = {
	"ping",
	"add",
	"get",
	"fill",
	"sum",
};

static const struct bss_sig bss_sigs_echo[] __maybe_unused = {
	[BSS_FN_echo_ping] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_echo_add] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U64, BSS_T_U64 },
		.arg_svc = { 0, 0 },
	},
	[BSS_FN_echo_get] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_echo_fill] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_OUT, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_echo_sum] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_IN, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
};

static const struct bss_service bss_svc_echo __maybe_unused = {
	.id = BSS_SVC_echo,
	.nfns = 5,
	.flags = 0,
	.name = "echo",
	.fn_names = bss_fn_names_echo,
	.sigs = bss_sigs_echo,
};

#define BSS_SIGF_echo_ping 0
#define BSS_SIGF_echo_add 0
#define BSS_SIGF_echo_get 0
#define BSS_SIGF_echo_fill BSS_SIG_SPECIAL
#define BSS_SIGF_echo_sum BSS_SIG_SPECIAL

static __always_inline __u64
__bss_call_echo_ping(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define echo_ping(ref, ...) \
	__bss_call_echo_ping(&__bss_imports[__BSS_IMP_echo_ping], static_call(__bss_sc_echo_ping), \
			     ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_echo_add(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0,
		    __u64 a1)
{
	return (__u64)call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define echo_add(ref, ...) \
	__bss_call_echo_add(&__bss_imports[__BSS_IMP_echo_add], static_call(__bss_sc_echo_add), \
			    ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_echo_get(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define echo_get(ref, ...) \
	__bss_call_echo_get(&__bss_imports[__BSS_IMP_echo_get], static_call(__bss_sc_echo_get), \
			    ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_echo_fill(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, void *a0,
		     __u64 a1)
{
	return (__u64)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define echo_fill(ref, ...) \
	__bss_call_echo_fill(&__bss_imports[__BSS_IMP_echo_fill], static_call(__bss_sc_echo_fill), \
			     ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_echo_sum(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, const void *a0,
		    __u64 a1)
{
	return (__u64)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define echo_sum(ref, ...) \
	__bss_call_echo_sum(&__bss_imports[__BSS_IMP_echo_sum], static_call(__bss_sc_echo_sum), \
			    ref, ##__VA_ARGS__)

#define BSS_IMPL_echo(prefix, type) \
	struct prefix##_echo_ops { \
		__u64 (*ping)(type *self, __u64 a0); \
		__u64 (*add)(type *self, __u64 a0, __u64 a1); \
		__u64 (*get)(type *self); \
		__u64 (*fill)(type *self, void *a0, __u64 a1); \
		__u64 (*sum)(type *self, const void *a0, __u64 a1); \
	}; \
	static const struct prefix##_echo_ops prefix##_echo_ops; \
	static __u64 __bss_entry_##prefix##_ping(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_echo_ops.ping) fn = prefix##_echo_ops.ping; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_add(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_echo_ops.add) fn = prefix##_echo_ops.add; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0, (__u64)a1); \
	} \
	static __u64 __bss_entry_##prefix##_get(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_echo_ops.get) fn = prefix##_echo_ops.get; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_fill(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_echo_ops.fill) fn = prefix##_echo_ops.fill; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (void *)(unsigned long)a0, (__u64)a1); \
	} \
	static __u64 __bss_entry_##prefix##_sum(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_echo_ops.sum) fn = prefix##_echo_ops.sum; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_ping, \
		__bss_entry_##prefix##_add, \
		__bss_entry_##prefix##_get, \
		__bss_entry_##prefix##_fill, \
		__bss_entry_##prefix##_sum, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_echo, .entries = __bss_entries_##prefix, \
	}

/* service relay */
#define BSS_SVC_relay 0x101
#define BSS_FN_relay_set 0
#define BSS_FN_relay_get 1
#define BSS_FN_relay_pass 2
#define BSS_FN_relay_call 3
#define BSS_FN_relay_next 4

static const char * const bss_fn_names_relay[] __maybe_unused = {
	"set",
	"get",
	"pass",
	"call",
	"next",
};

static const struct bss_sig bss_sigs_relay[] __maybe_unused = {
	[BSS_FN_relay_set] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_echo },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_relay_get] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_echo, .nargs = 0,
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_relay_pass] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_echo, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_echo },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_relay_call] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_relay_next] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_relay },
		.flags = BSS_SIG_SPECIAL,
	},
};

static const struct bss_service bss_svc_relay __maybe_unused = {
	.id = BSS_SVC_relay,
	.nfns = 5,
	.flags = 0,
	.name = "relay",
	.fn_names = bss_fn_names_relay,
	.sigs = bss_sigs_relay,
};

#define BSS_SIGF_relay_set BSS_SIG_SPECIAL
#define BSS_SIGF_relay_get BSS_SIG_SPECIAL
#define BSS_SIGF_relay_pass BSS_SIG_SPECIAL
#define BSS_SIGF_relay_call 0
#define BSS_SIGF_relay_next BSS_SIG_SPECIAL

static __always_inline void
__bss_call_relay_set(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, bss_ref_t a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define relay_set(ref, ...) \
	__bss_call_relay_set(&__bss_imports[__BSS_IMP_relay_set], static_call(__bss_sc_relay_set), \
			     ref, ##__VA_ARGS__)

static __always_inline bss_ref_t
__bss_call_relay_get(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (bss_ref_t)call(imp, ref, 0, 0, 0, 0);
}

#define relay_get(ref, ...) \
	__bss_call_relay_get(&__bss_imports[__BSS_IMP_relay_get], static_call(__bss_sc_relay_get), \
			     ref, ##__VA_ARGS__)

static __always_inline bss_ref_t
__bss_call_relay_pass(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, bss_ref_t a0)
{
	return (bss_ref_t)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define relay_pass(ref, ...) \
	__bss_call_relay_pass(&__bss_imports[__BSS_IMP_relay_pass], \
			      static_call(__bss_sc_relay_pass), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_relay_call(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define relay_call(ref, ...) \
	__bss_call_relay_call(&__bss_imports[__BSS_IMP_relay_call], \
			      static_call(__bss_sc_relay_call), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_relay_next(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, bss_ref_t a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define relay_next(ref, ...) \
	__bss_call_relay_next(&__bss_imports[__BSS_IMP_relay_next], \
			      static_call(__bss_sc_relay_next), ref, ##__VA_ARGS__)

#define BSS_IMPL_relay(prefix, type) \
	struct prefix##_relay_ops { \
		void (*set)(type *self, bss_ref_t a0); \
		bss_ref_t (*get)(type *self); \
		bss_ref_t (*pass)(type *self, bss_ref_t a0); \
		__u64 (*call)(type *self, __u64 a0); \
		void (*next)(type *self, bss_ref_t a0); \
	}; \
	static const struct prefix##_relay_ops prefix##_relay_ops; \
	static __u64 __bss_entry_##prefix##_set(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_relay_ops.set) fn = prefix##_relay_ops.set; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_get(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_relay_ops.get) fn = prefix##_relay_ops.get; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_pass(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_relay_ops.pass) fn = prefix##_relay_ops.pass; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (bss_ref_t)a0); \
	} \
	static __u64 __bss_entry_##prefix##_call(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_relay_ops.call) fn = prefix##_relay_ops.call; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_next(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_relay_ops.next) fn = prefix##_relay_ops.next; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (bss_ref_t)a0); \
		return 0; \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_set, \
		__bss_entry_##prefix##_get, \
		__bss_entry_##prefix##_pass, \
		__bss_entry_##prefix##_call, \
		__bss_entry_##prefix##_next, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_relay, .entries = __bss_entries_##prefix, \
	}

/* service watch */
#define BSS_SVC_watch 0x102
#define BSS_FN_watch_watch 0
#define BSS_FN_watch_alive 1
#define BSS_FN_watch_deaths 2

static const char * const bss_fn_names_watch[] __maybe_unused = {
	"watch",
	"alive",
	"deaths",
};

static const struct bss_sig bss_sigs_watch[] __maybe_unused = {
	[BSS_FN_watch_watch] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_echo },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_watch_alive] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_watch_deaths] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_watch __maybe_unused = {
	.id = BSS_SVC_watch,
	.nfns = 3,
	.flags = 0,
	.name = "watch",
	.fn_names = bss_fn_names_watch,
	.sigs = bss_sigs_watch,
};

#define BSS_SIGF_watch_watch BSS_SIG_SPECIAL
#define BSS_SIGF_watch_alive 0
#define BSS_SIGF_watch_deaths 0

static __always_inline void
__bss_call_watch_watch(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, bss_ref_t a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define watch_watch(ref, ...) \
	__bss_call_watch_watch(&__bss_imports[__BSS_IMP_watch_watch], \
			       static_call(__bss_sc_watch_watch), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_watch_alive(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define watch_alive(ref, ...) \
	__bss_call_watch_alive(&__bss_imports[__BSS_IMP_watch_alive], \
			       static_call(__bss_sc_watch_alive), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_watch_deaths(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define watch_deaths(ref, ...) \
	__bss_call_watch_deaths(&__bss_imports[__BSS_IMP_watch_deaths], \
				static_call(__bss_sc_watch_deaths), ref, ##__VA_ARGS__)

#define BSS_IMPL_watch(prefix, type) \
	struct prefix##_watch_ops { \
		void (*watch)(type *self, bss_ref_t a0); \
		__u32 (*alive)(type *self); \
		__u32 (*deaths)(type *self); \
	}; \
	static const struct prefix##_watch_ops prefix##_watch_ops; \
	static __u64 __bss_entry_##prefix##_watch(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_watch_ops.watch) fn = prefix##_watch_ops.watch; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_alive(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_watch_ops.alive) fn = prefix##_watch_ops.alive; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_deaths(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_watch_ops.deaths) fn = prefix##_watch_ops.deaths; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_watch, \
		__bss_entry_##prefix##_alive, \
		__bss_entry_##prefix##_deaths, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_watch, .entries = __bss_entries_##prefix, \
	}

/* service file */
#define BSS_SVC_file 0x110
#define BSS_FN_file_read 0
#define BSS_FN_file_write 1
#define BSS_FN_file_size 2
#define BSS_FN_file_name 3

static const char * const bss_fn_names_file[] __maybe_unused = {
	"read",
	"write",
	"size",
	"name",
};

static const struct bss_sig bss_sigs_file[] __maybe_unused = {
	[BSS_FN_file_read] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_OUT, BSS_T_SIZE, BSS_T_U64 },
		.arg_svc = { 0, 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_file_write] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_IN, BSS_T_SIZE, BSS_T_U64 },
		.arg_svc = { 0, 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_file_size] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_file_name] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_OUT, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
};

static const struct bss_service bss_svc_file __maybe_unused = {
	.id = BSS_SVC_file,
	.nfns = 4,
	.flags = 0,
	.name = "file",
	.fn_names = bss_fn_names_file,
	.sigs = bss_sigs_file,
};

#define BSS_SIGF_file_read BSS_SIG_SPECIAL
#define BSS_SIGF_file_write BSS_SIG_SPECIAL
#define BSS_SIGF_file_size 0
#define BSS_SIGF_file_name BSS_SIG_SPECIAL

static __always_inline __u64
__bss_call_file_read(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, void *a0,
		     __u64 a1, __u64 a2)
{
	return (__u64)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, (__u64)a2, 0);
}

#define file_read(ref, ...) \
	__bss_call_file_read(&__bss_imports[__BSS_IMP_file_read], static_call(__bss_sc_file_read), \
			     ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_file_write(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
		      const void *a0, __u64 a1, __u64 a2)
{
	return (__u64)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, (__u64)a2, 0);
}

#define file_write(ref, ...) \
	__bss_call_file_write(&__bss_imports[__BSS_IMP_file_write], \
			      static_call(__bss_sc_file_write), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_file_size(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define file_size(ref, ...) \
	__bss_call_file_size(&__bss_imports[__BSS_IMP_file_size], static_call(__bss_sc_file_size), \
			     ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_file_name(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, void *a0,
		     __u64 a1)
{
	return (__u64)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define file_name(ref, ...) \
	__bss_call_file_name(&__bss_imports[__BSS_IMP_file_name], static_call(__bss_sc_file_name), \
			     ref, ##__VA_ARGS__)

#define BSS_IMPL_file(prefix, type) \
	struct prefix##_file_ops { \
		__u64 (*read)(type *self, void *a0, __u64 a1, __u64 a2); \
		__u64 (*write)(type *self, const void *a0, __u64 a1, __u64 a2); \
		__u64 (*size)(type *self); \
		__u64 (*name)(type *self, void *a0, __u64 a1); \
	}; \
	static const struct prefix##_file_ops prefix##_file_ops; \
	static __u64 __bss_entry_##prefix##_read(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_file_ops.read) fn = prefix##_file_ops.read; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (void *)(unsigned long)a0, (__u64)a1, (__u64)a2); \
	} \
	static __u64 __bss_entry_##prefix##_write(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_file_ops.write) fn = prefix##_file_ops.write; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (const void *)(unsigned long)a0, (__u64)a1, (__u64)a2); \
	} \
	static __u64 __bss_entry_##prefix##_size(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_file_ops.size) fn = prefix##_file_ops.size; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_name(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_file_ops.name) fn = prefix##_file_ops.name; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (void *)(unsigned long)a0, (__u64)a1); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_read, \
		__bss_entry_##prefix##_write, \
		__bss_entry_##prefix##_size, \
		__bss_entry_##prefix##_name, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_file, .entries = __bss_entries_##prefix, \
	}

/* service dir */
#define BSS_SVC_dir 0x111
#define BSS_FN_dir_create 0
#define BSS_FN_dir_lookup 1
#define BSS_FN_dir_count 2
#define BSS_FN_dir_unlink 3

static const char * const bss_fn_names_dir[] __maybe_unused = {
	"create",
	"lookup",
	"count",
	"unlink",
};

static const struct bss_sig bss_sigs_dir[] __maybe_unused = {
	[BSS_FN_dir_create] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_file, .nargs = 2,
		.arg = { BSS_T_IN, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_dir_lookup] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_file, .nargs = 2,
		.arg = { BSS_T_IN, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_dir_count] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_dir_unlink] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_IN, BSS_T_SIZE },
		.arg_svc = { 0, 0 },
		.flags = BSS_SIG_SPECIAL,
	},
};

static const struct bss_service bss_svc_dir __maybe_unused = {
	.id = BSS_SVC_dir,
	.nfns = 4,
	.flags = 0,
	.name = "dir",
	.fn_names = bss_fn_names_dir,
	.sigs = bss_sigs_dir,
};

#define BSS_SIGF_dir_create BSS_SIG_SPECIAL
#define BSS_SIGF_dir_lookup BSS_SIG_SPECIAL
#define BSS_SIGF_dir_count 0
#define BSS_SIGF_dir_unlink BSS_SIG_SPECIAL

static __always_inline bss_ref_t
__bss_call_dir_create(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
		      const void *a0, __u64 a1)
{
	return (bss_ref_t)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define dir_create(ref, ...) \
	__bss_call_dir_create(&__bss_imports[__BSS_IMP_dir_create], \
			      static_call(__bss_sc_dir_create), ref, ##__VA_ARGS__)

static __always_inline bss_ref_t
__bss_call_dir_lookup(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
		      const void *a0, __u64 a1)
{
	return (bss_ref_t)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define dir_lookup(ref, ...) \
	__bss_call_dir_lookup(&__bss_imports[__BSS_IMP_dir_lookup], \
			      static_call(__bss_sc_dir_lookup), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_dir_count(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define dir_count(ref, ...) \
	__bss_call_dir_count(&__bss_imports[__BSS_IMP_dir_count], static_call(__bss_sc_dir_count), \
			     ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_dir_unlink(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
		      const void *a0, __u64 a1)
{
	return (__u32)call(imp, ref, (__u64)(unsigned long)a0, (__u64)a1, 0, 0);
}

#define dir_unlink(ref, ...) \
	__bss_call_dir_unlink(&__bss_imports[__BSS_IMP_dir_unlink], \
			      static_call(__bss_sc_dir_unlink), ref, ##__VA_ARGS__)

#define BSS_IMPL_dir(prefix, type) \
	struct prefix##_dir_ops { \
		bss_ref_t (*create)(type *self, const void *a0, __u64 a1); \
		bss_ref_t (*lookup)(type *self, const void *a0, __u64 a1); \
		__u32 (*count)(type *self); \
		__u32 (*unlink)(type *self, const void *a0, __u64 a1); \
	}; \
	static const struct prefix##_dir_ops prefix##_dir_ops; \
	static __u64 __bss_entry_##prefix##_create(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_dir_ops.create) fn = prefix##_dir_ops.create; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static __u64 __bss_entry_##prefix##_lookup(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_dir_ops.lookup) fn = prefix##_dir_ops.lookup; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static __u64 __bss_entry_##prefix##_count(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_dir_ops.count) fn = prefix##_dir_ops.count; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_unlink(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_dir_ops.unlink) fn = prefix##_dir_ops.unlink; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_create, \
		__bss_entry_##prefix##_lookup, \
		__bss_entry_##prefix##_count, \
		__bss_entry_##prefix##_unlink, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_dir, .entries = __bss_entries_##prefix, \
	}

/* service bench */
#define BSS_SVC_bench 0x1f0
#define BSS_FN_bench_nop 0
#define BSS_FN_bench_loop 1
#define BSS_FN_bench_refs 2
#define BSS_FN_bench_temps 3
#define BSS_FN_bench_raise 4
#define BSS_FN_bench_race 5
#define BSS_FN_bench_snop 6

static const char * const bss_fn_names_bench[] __maybe_unused = {
	"nop",
	"loop",
	"refs",
	"temps",
	"raise",
	"race",
	"snop",
};

static const struct bss_sig bss_sigs_bench[] __maybe_unused = {
	[BSS_FN_bench_nop] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_bench_loop] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_U32, BSS_T_U64, BSS_T_REF },
		.arg_svc = { 0, 0, BSS_SVC_bench },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_bench_refs] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_U32, BSS_T_U64, BSS_T_REF },
		.arg_svc = { 0, 0, BSS_SVC_bench },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_bench_temps] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_bench_raise] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_bench_race] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 3,
		.arg = { BSS_T_U32, BSS_T_U64, BSS_T_REF },
		.arg_svc = { 0, 0, BSS_SVC_bench },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_bench_snop] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_bench __maybe_unused = {
	.id = BSS_SVC_bench,
	.nfns = 7,
	.flags = 0,
	.name = "bench",
	.fn_names = bss_fn_names_bench,
	.sigs = bss_sigs_bench,
};

#define BSS_SIGF_bench_nop 0
#define BSS_SIGF_bench_loop BSS_SIG_SPECIAL
#define BSS_SIGF_bench_refs BSS_SIG_SPECIAL
#define BSS_SIGF_bench_temps 0
#define BSS_SIGF_bench_raise 0
#define BSS_SIGF_bench_race BSS_SIG_SPECIAL
#define BSS_SIGF_bench_snop 0

static __always_inline __u64
__bss_call_bench_nop(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define bench_nop(ref, ...) \
	__bss_call_bench_nop(&__bss_imports[__BSS_IMP_bench_nop], static_call(__bss_sc_bench_nop), \
			     ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_bench_loop(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
		      __u64 a1, bss_ref_t a2)
{
	return (__u64)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, 0);
}

#define bench_loop(ref, ...) \
	__bss_call_bench_loop(&__bss_imports[__BSS_IMP_bench_loop], \
			      static_call(__bss_sc_bench_loop), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_bench_refs(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
		      __u64 a1, bss_ref_t a2)
{
	return (__u64)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, 0);
}

#define bench_refs(ref, ...) \
	__bss_call_bench_refs(&__bss_imports[__BSS_IMP_bench_refs], \
			      static_call(__bss_sc_bench_refs), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_bench_temps(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define bench_temps(ref, ...) \
	__bss_call_bench_temps(&__bss_imports[__BSS_IMP_bench_temps], \
			       static_call(__bss_sc_bench_temps), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_bench_raise(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define bench_raise(ref, ...) \
	__bss_call_bench_raise(&__bss_imports[__BSS_IMP_bench_raise], \
			       static_call(__bss_sc_bench_raise), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_bench_race(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
		      __u64 a1, bss_ref_t a2)
{
	return (__u64)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, 0);
}

#define bench_race(ref, ...) \
	__bss_call_bench_race(&__bss_imports[__BSS_IMP_bench_race], \
			      static_call(__bss_sc_bench_race), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_bench_snop(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define bench_snop(ref, ...) \
	__bss_call_bench_snop(&__bss_imports[__BSS_IMP_bench_snop], \
			      static_call(__bss_sc_bench_snop), ref, ##__VA_ARGS__)

#define BSS_IMPL_bench(prefix, type) \
	struct prefix##_bench_ops { \
		__u64 (*nop)(type *self, __u64 a0); \
		__u64 (*loop)(type *self, __u32 a0, __u64 a1, bss_ref_t a2); \
		__u64 (*refs)(type *self, __u32 a0, __u64 a1, bss_ref_t a2); \
		__u64 (*temps)(type *self, __u32 a0); \
		__u64 (*raise)(type *self, __u64 a0); \
		__u64 (*race)(type *self, __u32 a0, __u64 a1, bss_ref_t a2); \
		__u64 (*snop)(type *self, __u64 a0); \
	}; \
	static const struct prefix##_bench_ops prefix##_bench_ops; \
	static __u64 __bss_entry_##prefix##_nop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_bench_ops.nop) fn = prefix##_bench_ops.nop; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_loop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_bench_ops.loop) fn = prefix##_bench_ops.loop; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u64)a1, (bss_ref_t)a2); \
	} \
	static __u64 __bss_entry_##prefix##_refs(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_bench_ops.refs) fn = prefix##_bench_ops.refs; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u64)a1, (bss_ref_t)a2); \
	} \
	static __u64 __bss_entry_##prefix##_temps(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_bench_ops.temps) fn = prefix##_bench_ops.temps; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_raise(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_bench_ops.raise) fn = prefix##_bench_ops.raise; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_race(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_bench_ops.race) fn = prefix##_bench_ops.race; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u64)a1, (bss_ref_t)a2); \
	} \
	static __u64 __bss_entry_##prefix##_snop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_bench_ops.snop) fn = prefix##_bench_ops.snop; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_nop, \
		__bss_entry_##prefix##_loop, \
		__bss_entry_##prefix##_refs, \
		__bss_entry_##prefix##_temps, \
		__bss_entry_##prefix##_raise, \
		__bss_entry_##prefix##_race, \
		__bss_entry_##prefix##_snop, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_bench, .entries = __bss_entries_##prefix, \
	}

/* service latch */
#define BSS_SVC_latch 0x122
#define BSS_FN_latch_hold 0
#define BSS_FN_latch_open 1
#define BSS_FN_latch_entered 2

static const char * const bss_fn_names_latch[] __maybe_unused = {
	"hold",
	"open",
	"entered",
};

static const struct bss_sig bss_sigs_latch[] __maybe_unused = {
	[BSS_FN_latch_hold] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_latch_open] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_latch_entered] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_latch __maybe_unused = {
	.id = BSS_SVC_latch,
	.nfns = 3,
	.flags = BSS_SVC_ATOMIC,
	.name = "latch",
	.fn_names = bss_fn_names_latch,
	.sigs = bss_sigs_latch,
};

#define BSS_SIGF_latch_hold 0
#define BSS_SIGF_latch_open 0
#define BSS_SIGF_latch_entered 0

static __always_inline __u64
__bss_call_latch_hold(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define latch_hold(ref, ...) \
	__bss_call_latch_hold(&__bss_imports[__BSS_IMP_latch_hold], \
			      static_call(__bss_sc_latch_hold), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_latch_open(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define latch_open(ref, ...) \
	__bss_call_latch_open(&__bss_imports[__BSS_IMP_latch_open], \
			      static_call(__bss_sc_latch_open), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_latch_entered(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define latch_entered(ref, ...) \
	__bss_call_latch_entered(&__bss_imports[__BSS_IMP_latch_entered], \
				 static_call(__bss_sc_latch_entered), ref, ##__VA_ARGS__)

#define BSS_IMPL_latch(prefix, type) \
	struct prefix##_latch_ops { \
		__u64 (*hold)(type *self); \
		void (*open)(type *self); \
		__u32 (*entered)(type *self); \
	}; \
	static const struct prefix##_latch_ops prefix##_latch_ops; \
	static __u64 __bss_entry_##prefix##_hold(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_latch_ops.hold) fn = prefix##_latch_ops.hold; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_open(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_latch_ops.open) fn = prefix##_latch_ops.open; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_entered(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_latch_ops.entered) fn = prefix##_latch_ops.entered; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_hold, \
		__bss_entry_##prefix##_open, \
		__bss_entry_##prefix##_entered, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_latch, .entries = __bss_entries_##prefix, \
	}

/* service counter */
#define BSS_SVC_counter 0x120
#define BSS_FN_counter_inc 0
#define BSS_FN_counter_get 1
#define BSS_FN_counter_hold 2
#define BSS_FN_counter_hold_atomic 3
#define BSS_FN_counter_callback 4
#define BSS_FN_counter_spawn 5
#define BSS_FN_counter_work 6
#define BSS_FN_counter_forever 7

static const char * const bss_fn_names_counter[] __maybe_unused = {
	"inc",
	"get",
	"hold",
	"hold_atomic",
	"callback",
	"spawn",
	"work",
	"forever",
};

static const struct bss_sig bss_sigs_counter[] __maybe_unused = {
	[BSS_FN_counter_inc] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_counter_get] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_counter_hold] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_counter_hold_atomic] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_latch },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_counter_callback] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_counter_spawn] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U32, BSS_T_U64 },
		.arg_svc = { 0, 0 },
	},
	[BSS_FN_counter_work] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_counter_forever] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_counter __maybe_unused = {
	.id = BSS_SVC_counter,
	.nfns = 8,
	.flags = 0,
	.name = "counter",
	.fn_names = bss_fn_names_counter,
	.sigs = bss_sigs_counter,
};

#define BSS_SIGF_counter_inc 0
#define BSS_SIGF_counter_get 0
#define BSS_SIGF_counter_hold 0
#define BSS_SIGF_counter_hold_atomic BSS_SIG_SPECIAL
#define BSS_SIGF_counter_callback 0
#define BSS_SIGF_counter_spawn 0
#define BSS_SIGF_counter_work 0
#define BSS_SIGF_counter_forever 0

static __always_inline __u64
__bss_call_counter_inc(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define counter_inc(ref, ...) \
	__bss_call_counter_inc(&__bss_imports[__BSS_IMP_counter_inc], \
			       static_call(__bss_sc_counter_inc), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_counter_get(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define counter_get(ref, ...) \
	__bss_call_counter_get(&__bss_imports[__BSS_IMP_counter_get], \
			       static_call(__bss_sc_counter_get), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_counter_hold(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define counter_hold(ref, ...) \
	__bss_call_counter_hold(&__bss_imports[__BSS_IMP_counter_hold], \
				static_call(__bss_sc_counter_hold), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_counter_hold_atomic(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			       bss_ref_t a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define counter_hold_atomic(ref, ...) \
	__bss_call_counter_hold_atomic(&__bss_imports[__BSS_IMP_counter_hold_atomic], \
				       static_call(__bss_sc_counter_hold_atomic), ref, \
				       ##__VA_ARGS__)

static __always_inline __u64
__bss_call_counter_callback(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define counter_callback(ref, ...) \
	__bss_call_counter_callback(&__bss_imports[__BSS_IMP_counter_callback], \
				    static_call(__bss_sc_counter_callback), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_counter_spawn(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
			 __u64 a1)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define counter_spawn(ref, ...) \
	__bss_call_counter_spawn(&__bss_imports[__BSS_IMP_counter_spawn], \
				 static_call(__bss_sc_counter_spawn), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_counter_work(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define counter_work(ref, ...) \
	__bss_call_counter_work(&__bss_imports[__BSS_IMP_counter_work], \
				static_call(__bss_sc_counter_work), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_counter_forever(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define counter_forever(ref, ...) \
	__bss_call_counter_forever(&__bss_imports[__BSS_IMP_counter_forever], \
				   static_call(__bss_sc_counter_forever), ref, ##__VA_ARGS__)

#define BSS_IMPL_counter(prefix, type) \
	struct prefix##_counter_ops { \
		__u64 (*inc)(type *self, __u64 a0); \
		__u64 (*get)(type *self); \
		__u64 (*hold)(type *self); \
		__u64 (*hold_atomic)(type *self, bss_ref_t a0); \
		__u64 (*callback)(type *self); \
		__u32 (*spawn)(type *self, __u32 a0, __u64 a1); \
		__u64 (*work)(type *self, __u64 a0); \
		__u64 (*forever)(type *self, __u64 a0); \
	}; \
	static const struct prefix##_counter_ops prefix##_counter_ops; \
	static __u64 __bss_entry_##prefix##_inc(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_counter_ops.inc) fn = prefix##_counter_ops.inc; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_get(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_counter_ops.get) fn = prefix##_counter_ops.get; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_hold(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_counter_ops.hold) fn = prefix##_counter_ops.hold; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_hold_atomic(void *self, __u64 ref, __u64 a0, __u64 a1, \
							__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_counter_ops.hold_atomic) fn = prefix##_counter_ops.hold_atomic; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (bss_ref_t)a0); \
	} \
	static __u64 __bss_entry_##prefix##_callback(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_counter_ops.callback) fn = prefix##_counter_ops.callback; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_spawn(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_counter_ops.spawn) fn = prefix##_counter_ops.spawn; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u64)a1); \
	} \
	static __u64 __bss_entry_##prefix##_work(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_counter_ops.work) fn = prefix##_counter_ops.work; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_forever(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_counter_ops.forever) fn = prefix##_counter_ops.forever; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_inc, \
		__bss_entry_##prefix##_get, \
		__bss_entry_##prefix##_hold, \
		__bss_entry_##prefix##_hold_atomic, \
		__bss_entry_##prefix##_callback, \
		__bss_entry_##prefix##_spawn, \
		__bss_entry_##prefix##_work, \
		__bss_entry_##prefix##_forever, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_counter, .entries = __bss_entries_##prefix, \
	}

/* service gate */
#define BSS_SVC_gate 0x121
#define BSS_FN_gate_hold 0
#define BSS_FN_gate_open 1
#define BSS_FN_gate_entered 2
#define BSS_FN_gate_call_back 3
#define BSS_FN_gate_nop 4

static const char * const bss_fn_names_gate[] __maybe_unused = {
	"hold",
	"open",
	"entered",
	"call_back",
	"nop",
};

static const struct bss_sig bss_sigs_gate[] __maybe_unused = {
	[BSS_FN_gate_hold] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_gate_open] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_gate_entered] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_gate_call_back] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_counter },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_gate_nop] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_gate __maybe_unused = {
	.id = BSS_SVC_gate,
	.nfns = 5,
	.flags = 0,
	.name = "gate",
	.fn_names = bss_fn_names_gate,
	.sigs = bss_sigs_gate,
};

#define BSS_SIGF_gate_hold 0
#define BSS_SIGF_gate_open 0
#define BSS_SIGF_gate_entered 0
#define BSS_SIGF_gate_call_back BSS_SIG_SPECIAL
#define BSS_SIGF_gate_nop 0

static __always_inline __u64
__bss_call_gate_hold(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define gate_hold(ref, ...) \
	__bss_call_gate_hold(&__bss_imports[__BSS_IMP_gate_hold], static_call(__bss_sc_gate_hold), \
			     ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_gate_open(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define gate_open(ref, ...) \
	__bss_call_gate_open(&__bss_imports[__BSS_IMP_gate_open], static_call(__bss_sc_gate_open), \
			     ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_gate_entered(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define gate_entered(ref, ...) \
	__bss_call_gate_entered(&__bss_imports[__BSS_IMP_gate_entered], \
				static_call(__bss_sc_gate_entered), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_gate_call_back(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			  bss_ref_t a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define gate_call_back(ref, ...) \
	__bss_call_gate_call_back(&__bss_imports[__BSS_IMP_gate_call_back], \
				  static_call(__bss_sc_gate_call_back), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_gate_nop(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u64)call(imp, ref, 0, 0, 0, 0);
}

#define gate_nop(ref, ...) \
	__bss_call_gate_nop(&__bss_imports[__BSS_IMP_gate_nop], static_call(__bss_sc_gate_nop), \
			    ref, ##__VA_ARGS__)

#define BSS_IMPL_gate(prefix, type) \
	struct prefix##_gate_ops { \
		__u64 (*hold)(type *self); \
		void (*open)(type *self); \
		__u32 (*entered)(type *self); \
		__u64 (*call_back)(type *self, bss_ref_t a0); \
		__u64 (*nop)(type *self); \
	}; \
	static const struct prefix##_gate_ops prefix##_gate_ops; \
	static __u64 __bss_entry_##prefix##_hold(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_gate_ops.hold) fn = prefix##_gate_ops.hold; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_open(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_gate_ops.open) fn = prefix##_gate_ops.open; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_entered(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_gate_ops.entered) fn = prefix##_gate_ops.entered; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_call_back(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_gate_ops.call_back) fn = prefix##_gate_ops.call_back; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (bss_ref_t)a0); \
	} \
	static __u64 __bss_entry_##prefix##_nop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_gate_ops.nop) fn = prefix##_gate_ops.nop; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_hold, \
		__bss_entry_##prefix##_open, \
		__bss_entry_##prefix##_entered, \
		__bss_entry_##prefix##_call_back, \
		__bss_entry_##prefix##_nop, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_gate, .entries = __bss_entries_##prefix, \
	}

/* service thrower */
#define BSS_SVC_thrower 0x123
#define BSS_FN_thrower_link 0
#define BSS_FN_thrower_me 1
#define BSS_FN_thrower_dive 2
#define BSS_FN_thrower_catch 3
#define BSS_FN_thrower_caught 4

static const char * const bss_fn_names_thrower[] __maybe_unused = {
	"link",
	"me",
	"dive",
	"catch",
	"caught",
};

static const struct bss_sig bss_sigs_thrower[] __maybe_unused = {
	[BSS_FN_thrower_link] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_thrower },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_thrower_me] = {
		.ret = BSS_T_REF, .ret_svc = BSS_SVC_thrower, .nargs = 0,
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_thrower_dive] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_thrower_catch] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_thrower_caught] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_thrower __maybe_unused = {
	.id = BSS_SVC_thrower,
	.nfns = 5,
	.flags = 0,
	.name = "thrower",
	.fn_names = bss_fn_names_thrower,
	.sigs = bss_sigs_thrower,
};

#define BSS_SIGF_thrower_link BSS_SIG_SPECIAL
#define BSS_SIGF_thrower_me BSS_SIG_SPECIAL
#define BSS_SIGF_thrower_dive 0
#define BSS_SIGF_thrower_catch 0
#define BSS_SIGF_thrower_caught 0

static __always_inline void
__bss_call_thrower_link(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			bss_ref_t a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define thrower_link(ref, ...) \
	__bss_call_thrower_link(&__bss_imports[__BSS_IMP_thrower_link], \
				static_call(__bss_sc_thrower_link), ref, ##__VA_ARGS__)

static __always_inline bss_ref_t
__bss_call_thrower_me(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (bss_ref_t)call(imp, ref, 0, 0, 0, 0);
}

#define thrower_me(ref, ...) \
	__bss_call_thrower_me(&__bss_imports[__BSS_IMP_thrower_me], \
			      static_call(__bss_sc_thrower_me), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_thrower_dive(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define thrower_dive(ref, ...) \
	__bss_call_thrower_dive(&__bss_imports[__BSS_IMP_thrower_dive], \
				static_call(__bss_sc_thrower_dive), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_thrower_catch(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define thrower_catch(ref, ...) \
	__bss_call_thrower_catch(&__bss_imports[__BSS_IMP_thrower_catch], \
				 static_call(__bss_sc_thrower_catch), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_thrower_caught(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define thrower_caught(ref, ...) \
	__bss_call_thrower_caught(&__bss_imports[__BSS_IMP_thrower_caught], \
				  static_call(__bss_sc_thrower_caught), ref, ##__VA_ARGS__)

#define BSS_IMPL_thrower(prefix, type) \
	struct prefix##_thrower_ops { \
		void (*link)(type *self, bss_ref_t a0); \
		bss_ref_t (*me)(type *self); \
		__u64 (*dive)(type *self, __u32 a0); \
		__u64 (*catch)(type *self, __u32 a0); \
		__u32 (*caught)(type *self); \
	}; \
	static const struct prefix##_thrower_ops prefix##_thrower_ops; \
	static __u64 __bss_entry_##prefix##_link(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_thrower_ops.link) fn = prefix##_thrower_ops.link; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_me(void *self, __u64 ref, __u64 a0, __u64 a1, \
					       __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_thrower_ops.me) fn = prefix##_thrower_ops.me; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_dive(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_thrower_ops.dive) fn = prefix##_thrower_ops.dive; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_catch(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_thrower_ops.catch) fn = prefix##_thrower_ops.catch; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_caught(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_thrower_ops.caught) fn = prefix##_thrower_ops.caught; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_link, \
		__bss_entry_##prefix##_me, \
		__bss_entry_##prefix##_dive, \
		__bss_entry_##prefix##_catch, \
		__bss_entry_##prefix##_caught, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_thrower, .entries = __bss_entries_##prefix, \
	}

/* service hostile */
#define BSS_SVC_hostile 0x124
#define BSS_FN_hostile_run 0
#define BSS_FN_hostile_keep 1
#define BSS_FN_hostile_call 2

static const char * const bss_fn_names_hostile[] __maybe_unused = {
	"run",
	"keep",
	"call",
};

static const struct bss_sig bss_sigs_hostile[] __maybe_unused = {
	[BSS_FN_hostile_run] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_hostile_keep] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_REF },
		.arg_svc = { BSS_SVC_hostile },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_hostile_call] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_hostile __maybe_unused = {
	.id = BSS_SVC_hostile,
	.nfns = 3,
	.flags = 0,
	.name = "hostile",
	.fn_names = bss_fn_names_hostile,
	.sigs = bss_sigs_hostile,
};

#define BSS_SIGF_hostile_run 0
#define BSS_SIGF_hostile_keep BSS_SIG_SPECIAL
#define BSS_SIGF_hostile_call 0

static __always_inline __u64
__bss_call_hostile_run(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define hostile_run(ref, ...) \
	__bss_call_hostile_run(&__bss_imports[__BSS_IMP_hostile_run], \
			       static_call(__bss_sc_hostile_run), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_hostile_keep(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref,
			bss_ref_t a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define hostile_keep(ref, ...) \
	__bss_call_hostile_keep(&__bss_imports[__BSS_IMP_hostile_keep], \
				static_call(__bss_sc_hostile_keep), ref, ##__VA_ARGS__)

static __always_inline __u64
__bss_call_hostile_call(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define hostile_call(ref, ...) \
	__bss_call_hostile_call(&__bss_imports[__BSS_IMP_hostile_call], \
				static_call(__bss_sc_hostile_call), ref, ##__VA_ARGS__)

#define BSS_IMPL_hostile(prefix, type) \
	struct prefix##_hostile_ops { \
		__u64 (*run)(type *self, __u64 a0); \
		void (*keep)(type *self, bss_ref_t a0); \
		__u64 (*call)(type *self, __u64 a0); \
	}; \
	static const struct prefix##_hostile_ops prefix##_hostile_ops; \
	static __u64 __bss_entry_##prefix##_run(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_hostile_ops.run) fn = prefix##_hostile_ops.run; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_keep(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_hostile_ops.keep) fn = prefix##_hostile_ops.keep; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_call(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_hostile_ops.call) fn = prefix##_hostile_ops.call; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_run, \
		__bss_entry_##prefix##_keep, \
		__bss_entry_##prefix##_call, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_hostile, .entries = __bss_entries_##prefix, \
	}

/* service edu */
#define BSS_SVC_edu 0x130
#define BSS_FN_edu_ident 0
#define BSS_FN_edu_liveness 1
#define BSS_FN_edu_factorial 2
#define BSS_FN_edu_irq_raise 3
#define BSS_FN_edu_irqs 4
#define BSS_FN_edu_dma_check 5
#define BSS_FN_edu_peek 6
#define BSS_FN_edu_map_peek 7

static const char * const bss_fn_names_edu[] __maybe_unused = {
	"ident",
	"liveness",
	"factorial",
	"irq_raise",
	"irqs",
	"dma_check",
	"peek",
	"map_peek",
};

static const struct bss_sig bss_sigs_edu[] __maybe_unused = {
	[BSS_FN_edu_ident] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_edu_liveness] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_edu_factorial] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_edu_irq_raise] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_edu_irqs] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_edu_dma_check] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_edu_peek] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U32, BSS_T_U32 },
		.arg_svc = { 0, 0 },
	},
	[BSS_FN_edu_map_peek] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U32, BSS_T_U32 },
		.arg_svc = { 0, 0 },
	},
};

static const struct bss_service bss_svc_edu __maybe_unused = {
	.id = BSS_SVC_edu,
	.nfns = 8,
	.flags = 0,
	.name = "edu",
	.fn_names = bss_fn_names_edu,
	.sigs = bss_sigs_edu,
};

#define BSS_SIGF_edu_ident 0
#define BSS_SIGF_edu_liveness 0
#define BSS_SIGF_edu_factorial 0
#define BSS_SIGF_edu_irq_raise 0
#define BSS_SIGF_edu_irqs 0
#define BSS_SIGF_edu_dma_check 0
#define BSS_SIGF_edu_peek 0
#define BSS_SIGF_edu_map_peek 0

static __always_inline __u32
__bss_call_edu_ident(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define edu_ident(ref, ...) \
	__bss_call_edu_ident(&__bss_imports[__BSS_IMP_edu_ident], static_call(__bss_sc_edu_ident), \
			     ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_edu_liveness(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define edu_liveness(ref, ...) \
	__bss_call_edu_liveness(&__bss_imports[__BSS_IMP_edu_liveness], \
				static_call(__bss_sc_edu_liveness), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_edu_factorial(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define edu_factorial(ref, ...) \
	__bss_call_edu_factorial(&__bss_imports[__BSS_IMP_edu_factorial], \
				 static_call(__bss_sc_edu_factorial), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_edu_irq_raise(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define edu_irq_raise(ref, ...) \
	__bss_call_edu_irq_raise(&__bss_imports[__BSS_IMP_edu_irq_raise], \
				 static_call(__bss_sc_edu_irq_raise), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_edu_irqs(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define edu_irqs(ref, ...) \
	__bss_call_edu_irqs(&__bss_imports[__BSS_IMP_edu_irqs], static_call(__bss_sc_edu_irqs), \
			    ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_edu_dma_check(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define edu_dma_check(ref, ...) \
	__bss_call_edu_dma_check(&__bss_imports[__BSS_IMP_edu_dma_check], \
				 static_call(__bss_sc_edu_dma_check), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_edu_peek(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
		    __u32 a1)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define edu_peek(ref, ...) \
	__bss_call_edu_peek(&__bss_imports[__BSS_IMP_edu_peek], static_call(__bss_sc_edu_peek), \
			    ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_edu_map_peek(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
			__u32 a1)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define edu_map_peek(ref, ...) \
	__bss_call_edu_map_peek(&__bss_imports[__BSS_IMP_edu_map_peek], \
				static_call(__bss_sc_edu_map_peek), ref, ##__VA_ARGS__)

#define BSS_IMPL_edu(prefix, type) \
	struct prefix##_edu_ops { \
		__u32 (*ident)(type *self); \
		__u32 (*liveness)(type *self, __u32 a0); \
		__u32 (*factorial)(type *self, __u32 a0); \
		__u32 (*irq_raise)(type *self, __u32 a0); \
		__u32 (*irqs)(type *self); \
		__u32 (*dma_check)(type *self, __u32 a0); \
		__u32 (*peek)(type *self, __u32 a0, __u32 a1); \
		__u32 (*map_peek)(type *self, __u32 a0, __u32 a1); \
	}; \
	static const struct prefix##_edu_ops prefix##_edu_ops; \
	static __u64 __bss_entry_##prefix##_ident(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_edu_ops.ident) fn = prefix##_edu_ops.ident; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_liveness(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_edu_ops.liveness) fn = prefix##_edu_ops.liveness; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_factorial(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_edu_ops.factorial) fn = prefix##_edu_ops.factorial; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_irq_raise(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_edu_ops.irq_raise) fn = prefix##_edu_ops.irq_raise; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_irqs(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_edu_ops.irqs) fn = prefix##_edu_ops.irqs; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_dma_check(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_edu_ops.dma_check) fn = prefix##_edu_ops.dma_check; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_peek(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_edu_ops.peek) fn = prefix##_edu_ops.peek; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u32)a1); \
	} \
	static __u64 __bss_entry_##prefix##_map_peek(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_edu_ops.map_peek) fn = prefix##_edu_ops.map_peek; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u32)a1); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_ident, \
		__bss_entry_##prefix##_liveness, \
		__bss_entry_##prefix##_factorial, \
		__bss_entry_##prefix##_irq_raise, \
		__bss_entry_##prefix##_irqs, \
		__bss_entry_##prefix##_dma_check, \
		__bss_entry_##prefix##_peek, \
		__bss_entry_##prefix##_map_peek, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_edu, .entries = __bss_entries_##prefix, \
	}

/* service ticker */
#define BSS_SVC_ticker 0x131
#define BSS_FN_ticker_start 0
#define BSS_FN_ticker_ticks 1
#define BSS_FN_ticker_stop 2
#define BSS_FN_ticker_push 3
#define BSS_FN_ticker_pop 4
#define BSS_FN_ticker_qcount 5
#define BSS_FN_ticker_memtest 6
#define BSS_FN_ticker_frames 7
#define BSS_FN_ticker_fcount 8

static const char * const bss_fn_names_ticker[] __maybe_unused = {
	"start",
	"ticks",
	"stop",
	"push",
	"pop",
	"qcount",
	"memtest",
	"frames",
	"fcount",
};

static const struct bss_sig bss_sigs_ticker[] __maybe_unused = {
	[BSS_FN_ticker_start] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_ticker_ticks] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_ticker_stop] = {
		.ret = BSS_T_NONE, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_ticker_push] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_ticker_pop] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U32 },
		.arg_svc = { 0 },
	},
	[BSS_FN_ticker_qcount] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_ticker_memtest] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
	[BSS_FN_ticker_frames] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 2,
		.arg = { BSS_T_U32, BSS_T_U32 },
		.arg_svc = { 0, 0 },
	},
	[BSS_FN_ticker_fcount] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 0,
	},
};

static const struct bss_service bss_svc_ticker __maybe_unused = {
	.id = BSS_SVC_ticker,
	.nfns = 9,
	.flags = 0,
	.name = "ticker",
	.fn_names = bss_fn_names_ticker,
	.sigs = bss_sigs_ticker,
};

#define BSS_SIGF_ticker_start 0
#define BSS_SIGF_ticker_ticks 0
#define BSS_SIGF_ticker_stop 0
#define BSS_SIGF_ticker_push 0
#define BSS_SIGF_ticker_pop 0
#define BSS_SIGF_ticker_qcount 0
#define BSS_SIGF_ticker_memtest 0
#define BSS_SIGF_ticker_frames 0
#define BSS_SIGF_ticker_fcount 0

static __always_inline __u32
__bss_call_ticker_start(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define ticker_start(ref, ...) \
	__bss_call_ticker_start(&__bss_imports[__BSS_IMP_ticker_start], \
				static_call(__bss_sc_ticker_start), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_ticker_ticks(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define ticker_ticks(ref, ...) \
	__bss_call_ticker_ticks(&__bss_imports[__BSS_IMP_ticker_ticks], \
				static_call(__bss_sc_ticker_ticks), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_ticker_stop(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define ticker_stop(ref, ...) \
	__bss_call_ticker_stop(&__bss_imports[__BSS_IMP_ticker_stop], \
			       static_call(__bss_sc_ticker_stop), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_ticker_push(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define ticker_push(ref, ...) \
	__bss_call_ticker_push(&__bss_imports[__BSS_IMP_ticker_push], \
			       static_call(__bss_sc_ticker_push), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_ticker_pop(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define ticker_pop(ref, ...) \
	__bss_call_ticker_pop(&__bss_imports[__BSS_IMP_ticker_pop], \
			      static_call(__bss_sc_ticker_pop), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_ticker_qcount(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define ticker_qcount(ref, ...) \
	__bss_call_ticker_qcount(&__bss_imports[__BSS_IMP_ticker_qcount], \
				 static_call(__bss_sc_ticker_qcount), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_ticker_memtest(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u32)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define ticker_memtest(ref, ...) \
	__bss_call_ticker_memtest(&__bss_imports[__BSS_IMP_ticker_memtest], \
				  static_call(__bss_sc_ticker_memtest), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_ticker_frames(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0,
			 __u32 a1)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, 0, 0);
}

#define ticker_frames(ref, ...) \
	__bss_call_ticker_frames(&__bss_imports[__BSS_IMP_ticker_frames], \
				 static_call(__bss_sc_ticker_frames), ref, ##__VA_ARGS__)

static __always_inline __u32
__bss_call_ticker_fcount(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	return (__u32)call(imp, ref, 0, 0, 0, 0);
}

#define ticker_fcount(ref, ...) \
	__bss_call_ticker_fcount(&__bss_imports[__BSS_IMP_ticker_fcount], \
				 static_call(__bss_sc_ticker_fcount), ref, ##__VA_ARGS__)

#define BSS_IMPL_ticker(prefix, type) \
	struct prefix##_ticker_ops { \
		__u32 (*start)(type *self, __u32 a0); \
		__u32 (*ticks)(type *self); \
		void (*stop)(type *self); \
		__u32 (*push)(type *self, __u32 a0); \
		__u32 (*pop)(type *self, __u32 a0); \
		__u32 (*qcount)(type *self); \
		__u32 (*memtest)(type *self, __u64 a0); \
		__u32 (*frames)(type *self, __u32 a0, __u32 a1); \
		__u32 (*fcount)(type *self); \
	}; \
	static const struct prefix##_ticker_ops prefix##_ticker_ops; \
	static __u64 __bss_entry_##prefix##_start(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.start) fn = prefix##_ticker_ops.start; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_ticks(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.ticks) fn = prefix##_ticker_ops.ticks; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_stop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.stop) fn = prefix##_ticker_ops.stop; \
		\
		__BSS_OPS_WIRED(fn); \
		fn(self); \
		return 0; \
	} \
	static __u64 __bss_entry_##prefix##_push(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.push) fn = prefix##_ticker_ops.push; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_pop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.pop) fn = prefix##_ticker_ops.pop; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0); \
	} \
	static __u64 __bss_entry_##prefix##_qcount(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.qcount) fn = prefix##_ticker_ops.qcount; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	static __u64 __bss_entry_##prefix##_memtest(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.memtest) fn = prefix##_ticker_ops.memtest; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	static __u64 __bss_entry_##prefix##_frames(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.frames) fn = prefix##_ticker_ops.frames; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u32)a0, (__u32)a1); \
	} \
	static __u64 __bss_entry_##prefix##_fcount(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_ticker_ops.fcount) fn = prefix##_ticker_ops.fcount; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_start, \
		__bss_entry_##prefix##_ticks, \
		__bss_entry_##prefix##_stop, \
		__bss_entry_##prefix##_push, \
		__bss_entry_##prefix##_pop, \
		__bss_entry_##prefix##_qcount, \
		__bss_entry_##prefix##_memtest, \
		__bss_entry_##prefix##_frames, \
		__bss_entry_##prefix##_fcount, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_ticker, .entries = __bss_entries_##prefix, \
	}

/* service spawner */
#define BSS_SVC_spawner 0x132
#define BSS_FN_spawner_spawn 0

static const char * const bss_fn_names_spawner[] __maybe_unused = {
	"spawn",
};

static const struct bss_sig bss_sigs_spawner[] __maybe_unused = {
	[BSS_FN_spawner_spawn] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 1,
		.arg = { BSS_T_U64 },
		.arg_svc = { 0 },
	},
};

static const struct bss_service bss_svc_spawner __maybe_unused = {
	.id = BSS_SVC_spawner,
	.nfns = 1,
	.flags = 0,
	.name = "spawner",
	.fn_names = bss_fn_names_spawner,
	.sigs = bss_sigs_spawner,
};

#define BSS_SIGF_spawner_spawn 0

static __always_inline __u64
__bss_call_spawner_spawn(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0)
{
	return (__u64)call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define spawner_spawn(ref, ...) \
	__bss_call_spawner_spawn(&__bss_imports[__BSS_IMP_spawner_spawn], \
				 static_call(__bss_sc_spawner_spawn), ref, ##__VA_ARGS__)

#define BSS_IMPL_spawner(prefix, type) \
	struct prefix##_spawner_ops { \
		__u64 (*spawn)(type *self, __u64 a0); \
	}; \
	static const struct prefix##_spawner_ops prefix##_spawner_ops; \
	static __u64 __bss_entry_##prefix##_spawn(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		typeof(prefix##_spawner_ops.spawn) fn = prefix##_spawner_ops.spawn; \
		\
		__BSS_OPS_WIRED(fn); \
		return (__u64)fn(self, (__u64)a0); \
	} \
	extern const bss_entry_t __bss_entries_##prefix[]; \
	const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_spawn, \
	}; \
	extern const struct bss_impl __bss_impl_##prefix; \
	const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_spawner, .entries = __bss_entries_##prefix, \
	}

#ifdef BSS_CATALOGUE
/* Every catalogued service: bss.ko holds their signatures as the authority. */
static const struct bss_service * const bss_catalogue[] = {
	&bss_svc_debug,
	&bss_svc_time,
	&bss_svc_irqh,
	&bss_svc_tick,
	&bss_svc_pktq,
	&bss_svc_nic,
	&bss_svc_nictx,
	&bss_svc_dmabuf,
	&bss_svc_mem,
	&bss_svc_loader,
	&bss_svc_timer,
	&bss_svc_queue,
	&bss_svc_netdev,
	&bss_svc_pcidev,
	&bss_svc_echo,
	&bss_svc_relay,
	&bss_svc_watch,
	&bss_svc_file,
	&bss_svc_dir,
	&bss_svc_bench,
	&bss_svc_latch,
	&bss_svc_counter,
	&bss_svc_gate,
	&bss_svc_thrower,
	&bss_svc_hostile,
	&bss_svc_edu,
	&bss_svc_ticker,
	&bss_svc_spawner,
};
#endif

#endif /* _BSS_SERVICES_H */
