/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSSCTL_H
#define _BSSCTL_H

#include <stdbool.h>
#include <stdio.h>

#include <linux/bss.h>

#include "json.h"

#define BSSCTL_VERSION "0.1.0"

/* Argument kinds of struct bss_fn_info (the BSS_T_* of bss/abi.h). */
enum {
	KIND_NONE,
	KIND_U32,
	KIND_U64,
	KIND_REF,
	KIND_IN,
	KIND_OUT,
	KIND_INOUT,
	KIND_SIZE,
};

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif

#define KIND_NAME_LEN	(4 + BSS_NAME_LEN)

struct cmd {
	const char *name;
	int (*func)(int argc, char **argv);
};

/* The functions of one instance's service, from BSS_IOC_FN_LIST. */
struct fn_table {
	unsigned int id;
	char service[BSS_NAME_LEN];
	struct bss_fn_info *fns;
	unsigned int n;
};

extern bool json_output;
extern bool pretty_output;
extern struct json_writer *json_wtr;
extern const char *bin_name;

#ifndef __printf
#define __printf(a, b) __attribute__((__format__(printf, a, b)))
#endif

__printf(2, 3) int bss_err(int err, const char *fmt, ...);
int cmd_select(const struct cmd *cmds, int argc, char **argv,
	       int (*help)(int argc, char **argv));
bool is_prefix(const char *pfx, const char *str);
bool help_json(void);
int parse_u32(const char *s, unsigned int *v, const char *what);
int bss_dev_open(void);
int bss_dev_ioctl(unsigned long req, void *arg, const char *what);

int bss_list(unsigned long req, unsigned int id, size_t entsize, void **out,
	     unsigned int *count, const char *what);

int fn_table_get(struct fn_table *t, unsigned int id);
void fn_table_free(struct fn_table *t);
int fn_lookup(const struct fn_table *t, const char *fn);
unsigned int fn_user_args(const struct bss_fn_info *f);
const char *kind_name(unsigned int kind, unsigned int svc, char *buf);
void fn_arg_list(const struct bss_fn_info *f, char *buf, size_t len);

int bss_image_load_file(const char *path, bool quiet);
const char *bss_image_path(char *buf, size_t len);
int bss_image_find(const char *dirs, const char *name, char *out, size_t len);

int do_version(int argc, char **argv);
int do_graph(int argc, char **argv);
int do_bind(int argc, char **argv);
int do_unbind(int argc, char **argv);
int do_error(int argc, char **argv);
int do_image(int argc, char **argv);
int do_instance(int argc, char **argv);
int do_ref(int argc, char **argv);
int do_call(int argc, char **argv);
int do_runtime(int argc, char **argv);

#endif /* _BSSCTL_H */
