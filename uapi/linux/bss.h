/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * User-space interface of the BSS server runtime (/dev/bss).
 *
 * Every argument structure starts with a size field that user space sets
 * to sizeof() of the structure it was compiled against, so the ABI can grow
 * at the end: the kernel zero-fills what an older caller did not pass and
 * refuses a caller that is larger than what it knows unless the extra bytes
 * are zero. The commands below carry sizeof() in their number too; the
 * runtime knows a command by its type and number alone, so that a caller
 * built against an older or newer structure reaches the same command.
 */
#ifndef _UAPI_LINUX_BSS_H
#define _UAPI_LINUX_BSS_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define BSS_DEVICE_NAME		"bss"
#define BSS_VERSION_MAJOR	0
#define BSS_VERSION_MINOR	1
#define BSS_VERSION_PATCH	0

#define BSS_NAME_LEN		56
#define BSS_MSG_LEN		256

/**
 * struct bss_version - BSS_IOC_VERSION
 * @size:	in: sizeof(struct bss_version)
 * @major:	out: runtime version
 * @minor:	out: runtime version
 * @patch:	out: runtime version
 * @abi:	out: ioctl ABI revision; grows when a structure grows
 * @kernel:	out: utsname release the module was built for
 */
struct bss_version {
	__u32 size;
	__u16 major;
	__u16 minor;
	__u16 patch;
	__u16 abi;
	__u32 pad;
	char kernel[64];
};

#define BSS_ABI_REVISION	3

/**
 * struct bss_image_check - BSS_IOC_IMAGE_CHECK: validate a server file
 * before it goes to finit_module()
 * @size:	in: sizeof(struct bss_image_check)
 * @len:	in: length of the file in @data
 * @data:	in: user pointer to the file's bytes
 * @name:	out: module name found in the file
 * @msg:	out: on failure, the cause (section, offset, symbol)
 */
struct bss_image_check {
	__u32 size;
	__u32 len;
	__u64 data;
	char name[BSS_NAME_LEN];
	char msg[BSS_MSG_LEN];
};

/**
 * struct bss_load_error - BSS_IOC_LOAD_ERROR: why an image was refused
 * @size:	in: sizeof(struct bss_load_error)
 * @err:	out: the errno the registration failed with
 * @name:	in: module name
 * @msg:	out: the cause (field, offset, import, signature)
 * @seq:	out: the refusal's number, counted from 1 over all names (ABI 3).
 *		A refusal the module loader made itself (a signature, lockdown,
 *		vermagic) never reaches the runtime: user space that asks before
 *		and after a load tells the two apart by this number.
 */
struct bss_load_error {
	__u32 size;
	__s32 err;
	char name[BSS_NAME_LEN];
	char msg[BSS_MSG_LEN];
	__u32 seq;
	__u32 pad;
};

#define BSS_ARGS		4

/* struct bss_image_info - one entry of BSS_IOC_IMAGE_LIST */
struct bss_image_info {
	char name[BSS_NAME_LEN];
	char service[BSS_NAME_LEN];
	__u32 service_id;
	__u32 nfns;
	__u32 priv_size;
	__u32 stack_need;
	__u32 attrs;
	__u32 nrequired;
	__u32 required[16];
	__u32 nimports;
	__u32 nlocals;
	__u32 instances;
	__u32 pad;
	__u64 ctor_calls;
	__u64 dtor_calls;
};

/* struct bss_instance_info - one entry of BSS_IOC_INSTANCE_LIST */
struct bss_instance_info {
	__u32 id;
	__u32 parent;		/* local servers: the creating server */
	char image[BSS_NAME_LEN];
	char service[BSS_NAME_LEN];
	__u32 service_id;
	__u32 refcount;		/* strong references, user handle included */
	__u32 nperm;		/* permanent references it holds */
	__u32 flags;
};

#define BSS_INSTANCE_USER	0x1	/* held by user space */
#define BSS_INSTANCE_LOCAL	0x2	/* a local server */
#define BSS_INSTANCE_DEAD	0x4	/* destroyed by force or failed: refuses calls */

/*
 * struct bss_fn_info - one entry of BSS_IOC_FN_LIST: a function of the
 * service an instance implements, with its signature. Kinds: 0 none,
 * 1 u32, 2 u64, 3 reference (service in *_svc), 4 in, 5 out, 6 inout
 * block, 7 the size of the block before it.
 */
struct bss_fn_info {
	char name[BSS_NAME_LEN];
	__u8 ret;
	__u8 nargs;
	__u8 arg[BSS_ARGS];
	__u16 pad;
	__u32 ret_svc;
	__u32 arg_svc[BSS_ARGS];
};

/* struct bss_error_info - one entry of BSS_IOC_ERROR_LIST, oldest first */
struct bss_error_info {
	__u64 seq;
	__u64 time_ns;		/* CLOCK_MONOTONIC */
	__u32 id;		/* BSS error ID (enum bss_error in bss/abi.h) */
	__s32 err;		/* POSIX errno, negative */
	__u32 instance;		/* where it was thrown; 0: the runtime */
	__u32 pad;
	char image[BSS_NAME_LEN];
	char msg[BSS_MSG_LEN];
};

/* struct bss_ref_info - one entry of BSS_IOC_REF_LIST */
struct bss_ref_info {
	__u32 handle;
	__u32 target;		/* instance ID; 0 for a dead weak reference */
	__u32 flags;
	__u32 pad;
};

#define BSS_REF_F_WEAK		0x1
#define BSS_REF_F_REQUIRED	0x2

/**
 * struct bss_list - BSS_IOC_IMAGE_LIST, BSS_IOC_INSTANCE_LIST, BSS_IOC_REF_LIST,
 *		     BSS_IOC_FN_LIST
 * @size:	in: sizeof(struct bss_list)
 * @id:		in: REF_LIST, FN_LIST: the instance to list for
 * @count:	in: entries @buf holds; out: entries that exist
 * @entsize:	in: sizeof() of one entry as user space knows it
 * @buf:	in: user pointer to the entries
 */
struct bss_list {
	__u32 size;
	__u32 id;
	__u32 count;
	__u32 entsize;
	__u64 buf;
};

/**
 * struct bss_instance_create - BSS_IOC_INSTANCE_CREATE
 * @size:	in: sizeof(struct bss_instance_create)
 * @nbind:	in: entries used in @bind
 * @bind:	in: instance IDs for the image's required references 0..n
 * @image:	in: image (module) name
 * @id:		out: the new instance, held by user space
 * @msg:	out: on failure, the cause
 */
struct bss_instance_create {
	__u32 size;
	__u32 nbind;
	__u32 bind[16];
	char image[BSS_NAME_LEN];
	__u32 id;
	__u32 pad;
	char msg[BSS_MSG_LEN];
};

/**
 * struct bss_instance_destroy - BSS_IOC_INSTANCE_DESTROY: drop the user
 * handle; the server lives on while other servers reference it
 * @size:	in: sizeof(struct bss_instance_destroy)
 * @id:		in: instance ID
 * @msg:	out: on failure, the cause
 * @flags:	in: BSS_DESTROY_FORCE: kill it now, whatever references it:
 *		every reference to it turns dead (calls through it fail with
 *		ENXIO), its destructor runs and its own references go, which
 *		reclaims a cycle of servers holding each other
 * @pad:	must be zero
 */
struct bss_instance_destroy {
	__u32 size;
	__u32 id;
	char msg[BSS_MSG_LEN];
	__u32 flags;
	__u32 pad;
};

#define BSS_DESTROY_FORCE	0x1

/**
 * struct bss_call - BSS_IOC_CALL: call a function of an instance
 * @size:	in: sizeof(struct bss_call)
 * @id:		in: instance ID
 * @fn:		in: function index in the instance's service
 * @nargs:	in: must equal the function's C argument count
 * @args:	in: scalars; instance IDs for references; user pointers
 *		for blocks, each followed by its size
 * @ret:	out: return value; an instance ID for a returned reference
 * @msg:	out: on failure, the cause
 * @context:	in: where the call runs: BSS_CALL_PROCESS (this thread),
 *		BSS_CALL_SOFTIRQ (a timer), BSS_CALL_HARDIRQ (irq_work),
 *		BSS_CALL_WORKQUEUE; outside this thread scalars only
 * @err_id:	out: on an uncaught throw, its BSS error ID
 */
struct bss_call {
	__u32 size;
	__u32 id;
	__u32 fn;
	__u32 nargs;
	__u64 args[BSS_ARGS];
	__u64 ret;
	char msg[BSS_MSG_LEN];
	__u32 context;
	__u32 err_id;
};

#define BSS_CALL_PROCESS	0
#define BSS_CALL_SOFTIRQ	1
#define BSS_CALL_HARDIRQ	2
#define BSS_CALL_WORKQUEUE	3

/* struct bss_stats - BSS_IOC_STATS: live object counts */
struct bss_stats {
	__u32 size;
	__u32 images;
	__u32 instances;
	__u32 perm_refs;
	__u32 weak_refs;
	__u32 services;
	__u64 calls;
	__u32 slots;		/* imports bound to a direct-call slot */
	__u32 revokes;		/* serialized servers' biases taken away */
};

/* struct bss_graph_file - one file of a configuration bundle */
struct bss_graph_file {
	__u64 name;		/* user pointer to a NUL-terminated relative path */
	__u64 text;		/* user pointer to its contents */
	__u32 len;		/* bytes of text */
	__u32 pad;
};

#define BSS_GRAPH_FILES		32

/**
 * struct bss_graph_load - BSS_IOC_GRAPH_LOAD: load a configuration graph
 * @size:	in: sizeof(struct bss_graph_load)
 * @nfiles:	in: files in @files; the first is the main file, the rest
 *		are what it includes or names for drivers, by relative path
 * @files:	in: user pointer to struct bss_graph_file[nfiles]
 * @id:		out: the graph
 * @missing:	out: on -ENOENT, an image that must be loaded first
 * @msg:	out: on failure, FILE:LINE[:COL]: the cause
 */
struct bss_graph_load {
	__u32 size;
	__u32 nfiles;
	__u64 files;
	__u32 id;
	__u32 pad;
	char missing[BSS_NAME_LEN];
	char msg[BSS_MSG_LEN];
};

/* struct bss_graph_node - one entry of BSS_IOC_GRAPH_LIST: an instance a graph made */
struct bss_graph_node {
	__u32 graph;
	__u32 instance;		/* 0 once destroyed */
	__u32 line;		/* the statement that made it */
	__u32 flags;
	char file[BSS_NAME_LEN];
	char name[BSS_NAME_LEN];	/* start ... as NAME, or the image */
	__u32 nbind;
	__u32 bind[16];		/* instances bound to its required services */
};

#define BSS_GRAPH_ROOT		0x1	/* made by a start statement */
#define BSS_GRAPH_SHARED	0x2	/* a shared provider */
#define BSS_GRAPH_DEVICE	0x4	/* the pcidev server of the graph's device */

/* struct bss_graph_unload - BSS_IOC_GRAPH_UNLOAD */
struct bss_graph_unload {
	__u32 size;
	__u32 id;
	__u32 leaked;		/* out: its instances still alive afterwards */
	__u32 pad;
	char msg[BSS_MSG_LEN];
};

#define BSS_IOC_MAGIC		0xb5
#define BSS_IOC_VERSION		_IOWR(BSS_IOC_MAGIC, 0x00, struct bss_version)
#define BSS_IOC_IMAGE_CHECK	_IOWR(BSS_IOC_MAGIC, 0x01, struct bss_image_check)
#define BSS_IOC_LOAD_ERROR	_IOWR(BSS_IOC_MAGIC, 0x02, struct bss_load_error)
#define BSS_IOC_IMAGE_LIST	_IOWR(BSS_IOC_MAGIC, 0x03, struct bss_list)
#define BSS_IOC_INSTANCE_CREATE	_IOWR(BSS_IOC_MAGIC, 0x04, struct bss_instance_create)
#define BSS_IOC_INSTANCE_DESTROY _IOWR(BSS_IOC_MAGIC, 0x05, struct bss_instance_destroy)
#define BSS_IOC_INSTANCE_LIST	_IOWR(BSS_IOC_MAGIC, 0x06, struct bss_list)
#define BSS_IOC_REF_LIST	_IOWR(BSS_IOC_MAGIC, 0x07, struct bss_list)
#define BSS_IOC_CALL		_IOWR(BSS_IOC_MAGIC, 0x08, struct bss_call)
#define BSS_IOC_STATS		_IOWR(BSS_IOC_MAGIC, 0x09, struct bss_stats)
#define BSS_IOC_FN_LIST		_IOWR(BSS_IOC_MAGIC, 0x0a, struct bss_list)
#define BSS_IOC_ERROR_LIST	_IOWR(BSS_IOC_MAGIC, 0x0b, struct bss_list)
#define BSS_IOC_GRAPH_LOAD	_IOWR(BSS_IOC_MAGIC, 0x0c, struct bss_graph_load)
#define BSS_IOC_GRAPH_UNLOAD	_IOWR(BSS_IOC_MAGIC, 0x0d, struct bss_graph_unload)
#define BSS_IOC_GRAPH_LIST	_IOWR(BSS_IOC_MAGIC, 0x0e, struct bss_list)

#endif /* _UAPI_LINUX_BSS_H */
