// SPDX-License-Identifier: GPL-2.0
/*
 * fs: the thesis's file-system example. The directory is the server; its
 * entries are handed out as local servers implementing "file", which the
 * runtime destroys when the last reference to them goes.
 */
#define BSS_IMPORTS(X, S) S(local_create)
#define BSS_LOCALS(X) X(file, file, fl, struct fs_file, fl_put)
#include <bss/server.h>

#define FS_FILES	16
#define FS_NAME		32
#define FS_DATA		256

struct fs_file {
	char name[FS_NAME];
	u8 data[FS_DATA];
	u64 size;
	u32 opens;
	bool used;
};

/* Plain loops and builtins: a server imports no Linux library code. */
static u64 name_len(const char *name)
{
	u64 n = 0;

	while (n < FS_NAME && name[n])
		n++;
	return n;
}

struct fs {
	struct fs_file files[FS_FILES];
};

BSS_IMPL_file(fl, struct fs_file);
BSS_IMPL_dir(dr, struct fs);

static u64 fl_read(struct fs_file *f, void *buf, u64 len, u64 off)
{
	if (off >= f->size)
		return 0;
	len = min(len, f->size - off);
	__builtin_memcpy(buf, f->data + off, len);
	return len;
}

static u64 fl_write(struct fs_file *f, const void *buf, u64 len, u64 off)
{
	if (off >= FS_DATA)
		return 0;
	len = min_t(u64, len, FS_DATA - off);
	__builtin_memcpy(f->data + off, buf, len);
	f->size = max(f->size, off + len);
	return len;
}

static u64 fl_size(struct fs_file *f)
{
	return f->size;
}

static u64 fl_name(struct fs_file *f, void *buf, u64 len)
{
	u64 n = min_t(u64, len, name_len(f->name));

	__builtin_memcpy(buf, f->name, n);
	return n;
}

static const struct fl_file_ops fl_file_ops = {
	.read = fl_read,
	.write = fl_write,
	.size = fl_size,
	.name = fl_name,
};

static void fl_put(struct fs_file *f)
{
	f->opens--;
}

static struct fs_file *find(struct fs *self, const void *name, u64 len)
{
	int i;

	for (i = 0; i < FS_FILES; i++)
		if (self->files[i].used && name_len(self->files[i].name) == len &&
		    !__builtin_memcmp(self->files[i].name, name, len))
			return &self->files[i];
	return NULL;
}

static bss_ref_t open_file(struct fs_file *f)
{
	bss_ref_t r = bss_local_create(file, f);

	if (r != BSS_REF_NULL)
		f->opens++;
	return r;
}

static bss_ref_t dr_create(struct fs *self, const void *name, u64 len)
{
	int i;

	if (!len || len >= FS_NAME || find(self, name, len))
		return BSS_REF_NULL;
	for (i = 0; i < FS_FILES; i++) {
		if (self->files[i].used)
			continue;
		self->files[i] = (struct fs_file){};
		__builtin_memcpy(self->files[i].name, name, len);
		self->files[i].used = true;
		return open_file(&self->files[i]);
	}
	return BSS_REF_NULL;
}

static bss_ref_t dr_lookup(struct fs *self, const void *name, u64 len)
{
	struct fs_file *f = find(self, name, len);

	return f ? open_file(f) : BSS_REF_NULL;
}

static u32 dr_count(struct fs *self)
{
	u32 i, n = 0;

	for (i = 0; i < FS_FILES; i++)
		n += self->files[i].used;
	return n;
}

/* An open file stays until its last reference goes. */
static u32 dr_unlink(struct fs *self, const void *name, u64 len)
{
	struct fs_file *f = find(self, name, len);

	if (!f || f->opens)
		return 0;
	f->used = false;
	return 1;
}

static const struct dr_dir_ops dr_dir_ops = {
	.create = dr_create,
	.lookup = dr_lookup,
	.count = dr_count,
	.unlink = dr_unlink,
};

BSS_SERVER(dr, struct fs,
	   .attrs = BSS_ATTR_SERIALIZED,
	   .stack_need = 128);
MODULE_DESCRIPTION("BSS server: directory with files as local servers");
