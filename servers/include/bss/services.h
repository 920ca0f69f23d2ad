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
	static void prefix##_print(type *self, const void *, __u64); \
	static __u64 __bss_entry_##prefix##_print(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		prefix##_print(self, (const void *)(unsigned long)a0, (__u64)a1); \
		return 0; \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_print, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_debug, .entries = __bss_entries_##prefix, \
	}

/* service time */
#define BSS_SVC_time 0x11
#define BSS_FN_time_now_ns 0
#define BSS_FN_time_udelay 1
#define BSS_FN_time_msleep 2

static const char * const bss_fn_names_time[] __maybe_unused = {
	"now_ns",
	"udelay",
	"msleep",
};

static const struct bss_sig bss_sigs_time[] __maybe_unused = {
	[BSS_FN_time_now_ns] = {
		.ret = BSS_T_U64, .ret_svc = 0, .nargs = 0,
	},
	[BSS_FN_time_udelay] = {
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
#define BSS_SIGF_time_udelay 0
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
__bss_call_time_udelay(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define time_udelay(ref, ...) \
	__bss_call_time_udelay(&__bss_imports[__BSS_IMP_time_udelay], \
			       static_call(__bss_sc_time_udelay), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_time_msleep(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u32 a0)
{
	call(imp, ref, (__u64)a0, 0, 0, 0);
}

#define time_msleep(ref, ...) \
	__bss_call_time_msleep(&__bss_imports[__BSS_IMP_time_msleep], \
			       static_call(__bss_sc_time_msleep), ref, ##__VA_ARGS__)

#define BSS_IMPL_time(prefix, type) \
	static __u64 prefix##_now_ns(type *self); \
	static __u64 __bss_entry_##prefix##_now_ns(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_now_ns(self); \
	} \
	static void prefix##_udelay(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_udelay(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		prefix##_udelay(self, (__u32)a0); \
		return 0; \
	} \
	static void prefix##_msleep(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_msleep(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		prefix##_msleep(self, (__u32)a0); \
		return 0; \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_now_ns, \
		__bss_entry_##prefix##_udelay, \
		__bss_entry_##prefix##_msleep, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u32 prefix##_handle(type *self); \
	static __u64 __bss_entry_##prefix##_handle(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_handle(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_handle, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u32 prefix##_fire(type *self); \
	static __u64 __bss_entry_##prefix##_fire(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_fire(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_fire, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_tick, .entries = __bss_entries_##prefix, \
	}

/* service pktq */
#define BSS_SVC_pktq 0x25
#define BSS_FN_pktq_put 0
#define BSS_FN_pktq_count 1
#define BSS_FN_pktq_limit 2

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
	static __u32 prefix##_put(type *self, const void *, __u64); \
	static __u64 __bss_entry_##prefix##_put(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_put(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static __u32 prefix##_count(type *self); \
	static __u64 __bss_entry_##prefix##_count(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_count(self); \
	} \
	static void prefix##_limit(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_limit(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		prefix##_limit(self, (__u32)a0); \
		return 0; \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_put, \
		__bss_entry_##prefix##_count, \
		__bss_entry_##prefix##_limit, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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

static const char * const bss_fn_names_nic[] __maybe_unused = {
	"open",
	"stop",
	"poll",
	"set_rx_mode",
	"set_mac",
	"counter",
	"rxq",
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
};

static const struct bss_service bss_svc_nic __maybe_unused = {
	.id = BSS_SVC_nic,
	.nfns = 7,
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

#define BSS_IMPL_nic(prefix, type) \
	static __u32 prefix##_open(type *self); \
	static __u64 __bss_entry_##prefix##_open(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_open(self); \
	} \
	static void prefix##_stop(type *self); \
	static __u64 __bss_entry_##prefix##_stop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_stop(self); \
		return 0; \
	} \
	static __u32 prefix##_poll(type *self, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_poll(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_poll(self, (__u32)a0, (__u32)a1); \
	} \
	static void prefix##_set_rx_mode(type *self, __u32, __u64); \
	static __u64 __bss_entry_##prefix##_set_rx_mode(void *self, __u64 ref, __u64 a0, __u64 a1, \
							__u64 a2, __u64 a3) \
	{ \
		prefix##_set_rx_mode(self, (__u32)a0, (__u64)a1); \
		return 0; \
	} \
	static __u32 prefix##_set_mac(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_set_mac(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_set_mac(self, (__u64)a0); \
	} \
	static __u64 prefix##_counter(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_counter(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_counter(self, (__u32)a0); \
	} \
	static bss_ref_t prefix##_rxq(type *self); \
	static __u64 __bss_entry_##prefix##_rxq(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_rxq(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_open, \
		__bss_entry_##prefix##_stop, \
		__bss_entry_##prefix##_poll, \
		__bss_entry_##prefix##_set_rx_mode, \
		__bss_entry_##prefix##_set_mac, \
		__bss_entry_##prefix##_counter, \
		__bss_entry_##prefix##_rxq, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_nic, .entries = __bss_entries_##prefix, \
	}

/* service nictx */
#define BSS_SVC_nictx 0x33
#define BSS_FN_nictx_reserve 0
#define BSS_FN_nictx_send 1

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
	static __u64 prefix##_reserve(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_reserve(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_reserve(self, (__u32)a0); \
	} \
	static __u64 prefix##_send(type *self, __u64, __u32); \
	static __u64 __bss_entry_##prefix##_send(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_send(self, (__u64)a0, (__u32)a1); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_reserve, \
		__bss_entry_##prefix##_send, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_vaddr(type *self); \
	static __u64 __bss_entry_##prefix##_vaddr(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_vaddr(self); \
	} \
	static __u64 prefix##_busaddr(type *self); \
	static __u64 __bss_entry_##prefix##_busaddr(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_busaddr(self); \
	} \
	static __u64 prefix##_size(type *self); \
	static __u64 __bss_entry_##prefix##_size(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_size(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_vaddr, \
		__bss_entry_##prefix##_busaddr, \
		__bss_entry_##prefix##_size, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static bss_ref_t prefix##_alloc(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_alloc(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_alloc(self, (__u64)a0); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_alloc, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static bss_ref_t prefix##_start(type *self, const void *, __u64); \
	static __u64 __bss_entry_##prefix##_start(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_start(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_start, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u32 prefix##_start(type *self, bss_ref_t, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_start(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_start(self, (bss_ref_t)a0, (__u32)a1, (__u32)a2); \
	} \
	static void prefix##_stop(type *self); \
	static __u64 __bss_entry_##prefix##_stop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_stop(self); \
		return 0; \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_start, \
		__bss_entry_##prefix##_stop, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u32 prefix##_put(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_put(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_put(self, (bss_ref_t)a0); \
	} \
	static bss_ref_t prefix##_get(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_get(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_get(self, (__u32)a0); \
	} \
	static __u32 prefix##_count(type *self); \
	static __u64 __bss_entry_##prefix##_count(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_count(self); \
	} \
	static void prefix##_limit(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_limit(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		prefix##_limit(self, (__u32)a0); \
		return 0; \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_put, \
		__bss_entry_##prefix##_get, \
		__bss_entry_##prefix##_count, \
		__bss_entry_##prefix##_limit, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
		.svc = &bss_svc_queue, .entries = __bss_entries_##prefix, \
	}

/* service netdev */
#define BSS_SVC_netdev 0x24
#define BSS_FN_netdev_register 0
#define BSS_FN_netdev_unregister 1
#define BSS_FN_netdev_schedule 2
#define BSS_FN_netdev_carrier 3
#define BSS_FN_netdev_wake 4
#define BSS_FN_netdev_error 5

static const char * const bss_fn_names_netdev[] __maybe_unused = {
	"register",
	"unregister",
	"schedule",
	"carrier",
	"wake",
	"error",
};

static const struct bss_sig bss_sigs_netdev[] __maybe_unused = {
	[BSS_FN_netdev_register] = {
		.ret = BSS_T_U32, .ret_svc = 0, .nargs = 4,
		.arg = { BSS_T_U64, BSS_T_REF, BSS_T_REF, BSS_T_REF },
		.arg_svc = { 0, BSS_SVC_nic, BSS_SVC_nictx, BSS_SVC_dmabuf },
		.flags = BSS_SIG_SPECIAL,
	},
	[BSS_FN_netdev_unregister] = {
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

#define BSS_SIGF_netdev_register BSS_SIG_SPECIAL
#define BSS_SIGF_netdev_unregister 0
#define BSS_SIGF_netdev_schedule 0
#define BSS_SIGF_netdev_carrier 0
#define BSS_SIGF_netdev_wake 0
#define BSS_SIGF_netdev_error 0

static __always_inline __u32
__bss_call_netdev_register(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref, __u64 a0,
			   bss_ref_t a1, bss_ref_t a2, bss_ref_t a3)
{
	return (__u32)call(imp, ref, (__u64)a0, (__u64)a1, (__u64)a2, (__u64)a3);
}

#define netdev_register(ref, ...) \
	__bss_call_netdev_register(&__bss_imports[__BSS_IMP_netdev_register], \
				   static_call(__bss_sc_netdev_register), ref, ##__VA_ARGS__)

static __always_inline void
__bss_call_netdev_unregister(const struct bss_import *imp, bss_call_fn *call, bss_ref_t ref)
{
	call(imp, ref, 0, 0, 0, 0);
}

#define netdev_unregister(ref, ...) \
	__bss_call_netdev_unregister(&__bss_imports[__BSS_IMP_netdev_unregister], \
				     static_call(__bss_sc_netdev_unregister), ref, ##__VA_ARGS__)

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
	static __u32 prefix##_register(type *self, __u64, bss_ref_t, bss_ref_t, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_register(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_register(self, (__u64)a0, (bss_ref_t)a1, (bss_ref_t)a2, \
						(bss_ref_t)a3); \
	} \
	static void prefix##_unregister(type *self); \
	static __u64 __bss_entry_##prefix##_unregister(void *self, __u64 ref, __u64 a0, __u64 a1, \
						       __u64 a2, __u64 a3) \
	{ \
		prefix##_unregister(self); \
		return 0; \
	} \
	static void prefix##_schedule(type *self); \
	static __u64 __bss_entry_##prefix##_schedule(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		prefix##_schedule(self); \
		return 0; \
	} \
	static void prefix##_carrier(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_carrier(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		prefix##_carrier(self, (__u32)a0); \
		return 0; \
	} \
	static void prefix##_wake(type *self); \
	static __u64 __bss_entry_##prefix##_wake(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_wake(self); \
		return 0; \
	} \
	static void prefix##_error(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_error(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		prefix##_error(self, (__u32)a0); \
		return 0; \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_register, \
		__bss_entry_##prefix##_unregister, \
		__bss_entry_##prefix##_schedule, \
		__bss_entry_##prefix##_carrier, \
		__bss_entry_##prefix##_wake, \
		__bss_entry_##prefix##_error, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u32 prefix##_vendor(type *self); \
	static __u64 __bss_entry_##prefix##_vendor(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_vendor(self); \
	} \
	static __u32 prefix##_device(type *self); \
	static __u64 __bss_entry_##prefix##_device(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_device(self); \
	} \
	static __u32 prefix##_config_read(type *self, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_config_read(void *self, __u64 ref, __u64 a0, __u64 a1, \
							__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_config_read(self, (__u32)a0, (__u32)a1); \
	} \
	static __u32 prefix##_config_write(type *self, __u32, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_config_write(void *self, __u64 ref, __u64 a0, \
							 __u64 a1, __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_config_write(self, (__u32)a0, (__u32)a1, (__u32)a2); \
	} \
	static __u64 prefix##_bar_len(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_bar_len(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_bar_len(self, (__u32)a0); \
	} \
	static __u32 prefix##_read(type *self, __u32, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_read(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_read(self, (__u32)a0, (__u32)a1, (__u32)a2); \
	} \
	static __u32 prefix##_write(type *self, __u32, __u32, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_write(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_write(self, (__u32)a0, (__u32)a1, (__u32)a2, (__u32)a3); \
	} \
	static void prefix##_bus_master(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_bus_master(void *self, __u64 ref, __u64 a0, __u64 a1, \
						       __u64 a2, __u64 a3) \
	{ \
		prefix##_bus_master(self, (__u32)a0); \
		return 0; \
	} \
	static __u32 prefix##_irq_attach(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_irq_attach(void *self, __u64 ref, __u64 a0, __u64 a1, \
						       __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_irq_attach(self, (bss_ref_t)a0); \
	} \
	static void prefix##_irq_detach(type *self); \
	static __u64 __bss_entry_##prefix##_irq_detach(void *self, __u64 ref, __u64 a0, __u64 a1, \
						       __u64 a2, __u64 a3) \
	{ \
		prefix##_irq_detach(self); \
		return 0; \
	} \
	static bss_ref_t prefix##_dma_alloc(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_dma_alloc(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_dma_alloc(self, (__u64)a0); \
	} \
	static __u32 prefix##_dma_mask(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_dma_mask(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_dma_mask(self, (__u32)a0); \
	} \
	static __u64 prefix##_map(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_map(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_map(self, (__u32)a0); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
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
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_ping(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_ping(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_ping(self, (__u64)a0); \
	} \
	static __u64 prefix##_add(type *self, __u64, __u64); \
	static __u64 __bss_entry_##prefix##_add(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_add(self, (__u64)a0, (__u64)a1); \
	} \
	static __u64 prefix##_get(type *self); \
	static __u64 __bss_entry_##prefix##_get(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_get(self); \
	} \
	static __u64 prefix##_fill(type *self, void *, __u64); \
	static __u64 __bss_entry_##prefix##_fill(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_fill(self, (void *)(unsigned long)a0, (__u64)a1); \
	} \
	static __u64 prefix##_sum(type *self, const void *, __u64); \
	static __u64 __bss_entry_##prefix##_sum(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_sum(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_ping, \
		__bss_entry_##prefix##_add, \
		__bss_entry_##prefix##_get, \
		__bss_entry_##prefix##_fill, \
		__bss_entry_##prefix##_sum, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static void prefix##_set(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_set(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		prefix##_set(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static bss_ref_t prefix##_get(type *self); \
	static __u64 __bss_entry_##prefix##_get(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_get(self); \
	} \
	static bss_ref_t prefix##_pass(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_pass(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_pass(self, (bss_ref_t)a0); \
	} \
	static __u64 prefix##_call(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_call(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_call(self, (__u64)a0); \
	} \
	static void prefix##_next(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_next(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_next(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_set, \
		__bss_entry_##prefix##_get, \
		__bss_entry_##prefix##_pass, \
		__bss_entry_##prefix##_call, \
		__bss_entry_##prefix##_next, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static void prefix##_watch(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_watch(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		prefix##_watch(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static __u32 prefix##_alive(type *self); \
	static __u64 __bss_entry_##prefix##_alive(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_alive(self); \
	} \
	static __u32 prefix##_deaths(type *self); \
	static __u64 __bss_entry_##prefix##_deaths(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_deaths(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_watch, \
		__bss_entry_##prefix##_alive, \
		__bss_entry_##prefix##_deaths, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_read(type *self, void *, __u64, __u64); \
	static __u64 __bss_entry_##prefix##_read(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_read(self, (void *)(unsigned long)a0, (__u64)a1, \
					    (__u64)a2); \
	} \
	static __u64 prefix##_write(type *self, const void *, __u64, __u64); \
	static __u64 __bss_entry_##prefix##_write(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_write(self, (const void *)(unsigned long)a0, (__u64)a1, \
					     (__u64)a2); \
	} \
	static __u64 prefix##_size(type *self); \
	static __u64 __bss_entry_##prefix##_size(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_size(self); \
	} \
	static __u64 prefix##_name(type *self, void *, __u64); \
	static __u64 __bss_entry_##prefix##_name(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_name(self, (void *)(unsigned long)a0, (__u64)a1); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_read, \
		__bss_entry_##prefix##_write, \
		__bss_entry_##prefix##_size, \
		__bss_entry_##prefix##_name, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static bss_ref_t prefix##_create(type *self, const void *, __u64); \
	static __u64 __bss_entry_##prefix##_create(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_create(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static bss_ref_t prefix##_lookup(type *self, const void *, __u64); \
	static __u64 __bss_entry_##prefix##_lookup(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_lookup(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static __u32 prefix##_count(type *self); \
	static __u64 __bss_entry_##prefix##_count(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_count(self); \
	} \
	static __u32 prefix##_unlink(type *self, const void *, __u64); \
	static __u64 __bss_entry_##prefix##_unlink(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_unlink(self, (const void *)(unsigned long)a0, (__u64)a1); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_create, \
		__bss_entry_##prefix##_lookup, \
		__bss_entry_##prefix##_count, \
		__bss_entry_##prefix##_unlink, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_nop(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_nop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_nop(self, (__u64)a0); \
	} \
	static __u64 prefix##_loop(type *self, __u32, __u64, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_loop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_loop(self, (__u32)a0, (__u64)a1, (bss_ref_t)a2); \
	} \
	static __u64 prefix##_refs(type *self, __u32, __u64, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_refs(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_refs(self, (__u32)a0, (__u64)a1, (bss_ref_t)a2); \
	} \
	static __u64 prefix##_temps(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_temps(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_temps(self, (__u32)a0); \
	} \
	static __u64 prefix##_raise(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_raise(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_raise(self, (__u64)a0); \
	} \
	static __u64 prefix##_race(type *self, __u32, __u64, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_race(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_race(self, (__u32)a0, (__u64)a1, (bss_ref_t)a2); \
	} \
	static __u64 prefix##_snop(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_snop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_snop(self, (__u64)a0); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_nop, \
		__bss_entry_##prefix##_loop, \
		__bss_entry_##prefix##_refs, \
		__bss_entry_##prefix##_temps, \
		__bss_entry_##prefix##_raise, \
		__bss_entry_##prefix##_race, \
		__bss_entry_##prefix##_snop, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_hold(type *self); \
	static __u64 __bss_entry_##prefix##_hold(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_hold(self); \
	} \
	static void prefix##_open(type *self); \
	static __u64 __bss_entry_##prefix##_open(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_open(self); \
		return 0; \
	} \
	static __u32 prefix##_entered(type *self); \
	static __u64 __bss_entry_##prefix##_entered(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_entered(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_hold, \
		__bss_entry_##prefix##_open, \
		__bss_entry_##prefix##_entered, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_inc(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_inc(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_inc(self, (__u64)a0); \
	} \
	static __u64 prefix##_get(type *self); \
	static __u64 __bss_entry_##prefix##_get(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_get(self); \
	} \
	static __u64 prefix##_hold(type *self); \
	static __u64 __bss_entry_##prefix##_hold(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_hold(self); \
	} \
	static __u64 prefix##_hold_atomic(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_hold_atomic(void *self, __u64 ref, __u64 a0, __u64 a1, \
							__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_hold_atomic(self, (bss_ref_t)a0); \
	} \
	static __u64 prefix##_callback(type *self); \
	static __u64 __bss_entry_##prefix##_callback(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_callback(self); \
	} \
	static __u32 prefix##_spawn(type *self, __u32, __u64); \
	static __u64 __bss_entry_##prefix##_spawn(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_spawn(self, (__u32)a0, (__u64)a1); \
	} \
	static __u64 prefix##_work(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_work(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_work(self, (__u64)a0); \
	} \
	static __u64 prefix##_forever(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_forever(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_forever(self, (__u64)a0); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_inc, \
		__bss_entry_##prefix##_get, \
		__bss_entry_##prefix##_hold, \
		__bss_entry_##prefix##_hold_atomic, \
		__bss_entry_##prefix##_callback, \
		__bss_entry_##prefix##_spawn, \
		__bss_entry_##prefix##_work, \
		__bss_entry_##prefix##_forever, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_hold(type *self); \
	static __u64 __bss_entry_##prefix##_hold(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_hold(self); \
	} \
	static void prefix##_open(type *self); \
	static __u64 __bss_entry_##prefix##_open(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_open(self); \
		return 0; \
	} \
	static __u32 prefix##_entered(type *self); \
	static __u64 __bss_entry_##prefix##_entered(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_entered(self); \
	} \
	static __u64 prefix##_call_back(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_call_back(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_call_back(self, (bss_ref_t)a0); \
	} \
	static __u64 prefix##_nop(type *self); \
	static __u64 __bss_entry_##prefix##_nop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_nop(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_hold, \
		__bss_entry_##prefix##_open, \
		__bss_entry_##prefix##_entered, \
		__bss_entry_##prefix##_call_back, \
		__bss_entry_##prefix##_nop, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static void prefix##_link(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_link(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_link(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static bss_ref_t prefix##_me(type *self); \
	static __u64 __bss_entry_##prefix##_me(void *self, __u64 ref, __u64 a0, __u64 a1, \
					       __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_me(self); \
	} \
	static __u64 prefix##_dive(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_dive(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_dive(self, (__u32)a0); \
	} \
	static __u64 prefix##_catch(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_catch(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_catch(self, (__u32)a0); \
	} \
	static __u32 prefix##_caught(type *self); \
	static __u64 __bss_entry_##prefix##_caught(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_caught(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_link, \
		__bss_entry_##prefix##_me, \
		__bss_entry_##prefix##_dive, \
		__bss_entry_##prefix##_catch, \
		__bss_entry_##prefix##_caught, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_run(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_run(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_run(self, (__u64)a0); \
	} \
	static void prefix##_keep(type *self, bss_ref_t); \
	static __u64 __bss_entry_##prefix##_keep(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_keep(self, (bss_ref_t)a0); \
		return 0; \
	} \
	static __u64 prefix##_call(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_call(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_call(self, (__u64)a0); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_run, \
		__bss_entry_##prefix##_keep, \
		__bss_entry_##prefix##_call, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u32 prefix##_ident(type *self); \
	static __u64 __bss_entry_##prefix##_ident(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_ident(self); \
	} \
	static __u32 prefix##_liveness(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_liveness(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_liveness(self, (__u32)a0); \
	} \
	static __u32 prefix##_factorial(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_factorial(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_factorial(self, (__u32)a0); \
	} \
	static __u32 prefix##_irq_raise(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_irq_raise(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_irq_raise(self, (__u32)a0); \
	} \
	static __u32 prefix##_irqs(type *self); \
	static __u64 __bss_entry_##prefix##_irqs(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_irqs(self); \
	} \
	static __u32 prefix##_dma_check(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_dma_check(void *self, __u64 ref, __u64 a0, __u64 a1, \
						      __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_dma_check(self, (__u32)a0); \
	} \
	static __u32 prefix##_peek(type *self, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_peek(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_peek(self, (__u32)a0, (__u32)a1); \
	} \
	static __u32 prefix##_map_peek(type *self, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_map_peek(void *self, __u64 ref, __u64 a0, __u64 a1, \
						     __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_map_peek(self, (__u32)a0, (__u32)a1); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_ident, \
		__bss_entry_##prefix##_liveness, \
		__bss_entry_##prefix##_factorial, \
		__bss_entry_##prefix##_irq_raise, \
		__bss_entry_##prefix##_irqs, \
		__bss_entry_##prefix##_dma_check, \
		__bss_entry_##prefix##_peek, \
		__bss_entry_##prefix##_map_peek, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u32 prefix##_start(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_start(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_start(self, (__u32)a0); \
	} \
	static __u32 prefix##_ticks(type *self); \
	static __u64 __bss_entry_##prefix##_ticks(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_ticks(self); \
	} \
	static void prefix##_stop(type *self); \
	static __u64 __bss_entry_##prefix##_stop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		prefix##_stop(self); \
		return 0; \
	} \
	static __u32 prefix##_push(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_push(void *self, __u64 ref, __u64 a0, __u64 a1, \
						 __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_push(self, (__u32)a0); \
	} \
	static __u32 prefix##_pop(type *self, __u32); \
	static __u64 __bss_entry_##prefix##_pop(void *self, __u64 ref, __u64 a0, __u64 a1, \
						__u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_pop(self, (__u32)a0); \
	} \
	static __u32 prefix##_qcount(type *self); \
	static __u64 __bss_entry_##prefix##_qcount(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_qcount(self); \
	} \
	static __u32 prefix##_memtest(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_memtest(void *self, __u64 ref, __u64 a0, __u64 a1, \
						    __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_memtest(self, (__u64)a0); \
	} \
	static __u32 prefix##_frames(type *self, __u32, __u32); \
	static __u64 __bss_entry_##prefix##_frames(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_frames(self, (__u32)a0, (__u32)a1); \
	} \
	static __u32 prefix##_fcount(type *self); \
	static __u64 __bss_entry_##prefix##_fcount(void *self, __u64 ref, __u64 a0, __u64 a1, \
						   __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_fcount(self); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
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
	static const struct bss_impl __bss_impl_##prefix = { \
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
	static __u64 prefix##_spawn(type *self, __u64); \
	static __u64 __bss_entry_##prefix##_spawn(void *self, __u64 ref, __u64 a0, __u64 a1, \
						  __u64 a2, __u64 a3) \
	{ \
		return (__u64)prefix##_spawn(self, (__u64)a0); \
	} \
	static const bss_entry_t __bss_entries_##prefix[] = { \
		__bss_entry_##prefix##_spawn, \
	}; \
	static const struct bss_impl __bss_impl_##prefix = { \
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
