// SPDX-License-Identifier: GPL-2.0
/*
 * A small streaming JSON writer: nesting depth, separators and escaping.
 */
#include <stdlib.h>

#include "json.h"

#define JSON_MAX_DEPTH 32

struct json_writer {
	FILE *out;
	bool pretty;
	unsigned int depth;
	bool first[JSON_MAX_DEPTH];
	bool after_name;
};

struct json_writer *jsonw_new(FILE *f, bool pretty)
{
	struct json_writer *self = calloc(1, sizeof(*self));

	if (!self)
		return NULL;
	self->out = f;
	self->pretty = pretty;
	self->first[0] = true;
	return self;
}

void jsonw_destroy(struct json_writer **self)
{
	if (!*self)
		return;
	fputc('\n', (*self)->out);
	fflush((*self)->out);
	free(*self);
	*self = NULL;
}

static void indent(struct json_writer *self)
{
	unsigned int i;

	if (!self->pretty)
		return;
	fputc('\n', self->out);
	for (i = 0; i < self->depth; i++)
		fputs("    ", self->out);
}

/* Emit the separator a new value needs, unless it follows its name. */
static void begin_value(struct json_writer *self)
{
	if (self->after_name) {
		self->after_name = false;
		return;
	}
	if (!self->first[self->depth])
		fputc(',', self->out);
	self->first[self->depth] = false;
	if (self->depth)
		indent(self);
}

static void open_scope(struct json_writer *self, char c)
{
	begin_value(self);
	fputc(c, self->out);
	if (self->depth + 1 < JSON_MAX_DEPTH)
		self->depth++;
	self->first[self->depth] = true;
}

static void close_scope(struct json_writer *self, char c)
{
	bool empty = self->first[self->depth];

	if (self->depth)
		self->depth--;
	if (!empty)
		indent(self);
	fputc(c, self->out);
}

void jsonw_start_object(struct json_writer *self)
{
	open_scope(self, '{');
}

void jsonw_end_object(struct json_writer *self)
{
	close_scope(self, '}');
}

void jsonw_start_array(struct json_writer *self)
{
	open_scope(self, '[');
}

void jsonw_end_array(struct json_writer *self)
{
	close_scope(self, ']');
}

static void put_escaped(struct json_writer *self, const char *s)
{
	fputc('"', self->out);
	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			fprintf(self->out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", self->out);
		else if (c == '\t')
			fputs("\\t", self->out);
		else if (c < 0x20)
			fprintf(self->out, "\\u%04x", c);
		else
			fputc(c, self->out);
	}
	fputc('"', self->out);
}

void jsonw_name(struct json_writer *self, const char *name)
{
	begin_value(self);
	put_escaped(self, name);
	fputs(self->pretty ? ": " : ":", self->out);
	self->after_name = true;
}

void jsonw_string(struct json_writer *self, const char *val)
{
	begin_value(self);
	put_escaped(self, val);
}

void jsonw_uint(struct json_writer *self, uint64_t val)
{
	begin_value(self);
	fprintf(self->out, "%llu", (unsigned long long)val);
}

void jsonw_int(struct json_writer *self, int64_t val)
{
	begin_value(self);
	fprintf(self->out, "%lld", (long long)val);
}

void jsonw_bool(struct json_writer *self, bool val)
{
	begin_value(self);
	fputs(val ? "true" : "false", self->out);
}

void jsonw_null(struct json_writer *self)
{
	begin_value(self);
	fputs("null", self->out);
}

void jsonw_string_field(struct json_writer *self, const char *name, const char *val)
{
	jsonw_name(self, name);
	jsonw_string(self, val);
}

void jsonw_uint_field(struct json_writer *self, const char *name, uint64_t val)
{
	jsonw_name(self, name);
	jsonw_uint(self, val);
}

void jsonw_int_field(struct json_writer *self, const char *name, int64_t val)
{
	jsonw_name(self, name);
	jsonw_int(self, val);
}

void jsonw_bool_field(struct json_writer *self, const char *name, bool val)
{
	jsonw_name(self, name);
	jsonw_bool(self, val);
}
