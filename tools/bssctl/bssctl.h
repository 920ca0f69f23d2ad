/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSSCTL_H
#define _BSSCTL_H

#include <stdbool.h>
#include <stdio.h>

#include "json.h"

#define BSSCTL_VERSION "0.1.0"

struct cmd {
	const char *name;
	int (*func)(int argc, char **argv);
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
int bss_dev_open(void);
int bss_dev_ioctl(unsigned long req, void *arg, const char *what);

int bss_list(unsigned long req, unsigned int id, size_t entsize, void **out,
	     unsigned int *count);

int do_version(int argc, char **argv);
int do_image(int argc, char **argv);
int do_instance(int argc, char **argv);
int do_ref(int argc, char **argv);
int do_call(int argc, char **argv);
int do_runtime(int argc, char **argv);

#endif /* _BSSCTL_H */
