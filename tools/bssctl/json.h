/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _BSSCTL_JSON_H
#define _BSSCTL_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct json_writer;

struct json_writer *jsonw_new(FILE *f, bool pretty);
void jsonw_destroy(struct json_writer **self);
void jsonw_start_object(struct json_writer *self);
void jsonw_end_object(struct json_writer *self);
void jsonw_start_array(struct json_writer *self);
void jsonw_end_array(struct json_writer *self);
void jsonw_name(struct json_writer *self, const char *name);
void jsonw_string(struct json_writer *self, const char *val);
void jsonw_uint(struct json_writer *self, uint64_t val);
void jsonw_int(struct json_writer *self, int64_t val);
void jsonw_bool(struct json_writer *self, bool val);
void jsonw_null(struct json_writer *self);
void jsonw_string_field(struct json_writer *self, const char *name, const char *val);
void jsonw_uint_field(struct json_writer *self, const char *name, uint64_t val);
void jsonw_int_field(struct json_writer *self, const char *name, int64_t val);
void jsonw_bool_field(struct json_writer *self, const char *name, bool val);

#endif /* _BSSCTL_JSON_H */
