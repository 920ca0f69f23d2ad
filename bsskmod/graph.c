// SPDX-License-Identifier: GPL-2.0
/*
 * Configuration graphs (thesis 3.5, 4.2): the runtime acts as the query
 * server. Servers never look for each other: a graph starts its root
 * servers, and each required service is resolved through the provide rules
 * of the file that started the server, then of the files that included it.
 * Kernel services resolve to the runtime's own servers; pcidev only inside
 * a driver graph, to the device it was loaded for.
 */
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kmod.h>
#include <linux/list.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

#include <bss/services.h>

#include "conf.h"
#include "graph.h"
#include "image.h"
#include "instance.h"
#include "ksrv.h"
#include "svcreg.h"

#define MAX_DEPTH	8	/* nested includes and provider chains */
#define MAX_NODES	256
#define MAX_SHARED	32
#define GONE_POLL_MS	5	/* while a driver graph's servers are destroyed */

struct gfile {
	char name[BSS_CONF_PATH];
	char *text;
	u32 len;
};

struct bss_bundle {
	refcount_t refs;
	u32 nfiles;
	struct gfile files[];
};

struct gnode {
	struct bss_instance *inst;
	struct bss_graph_node info;
};

struct bss_graph {
	u32 id;
	struct list_head node;
	struct bss_bundle *bundle;
	struct bss_instance *device;
	u32 nnodes;
	struct gnode nodes[MAX_NODES];
};

struct scope {
	struct scope *parent;
	struct bss_conf *conf;
	u32 nshared;
	struct {
		u32 svc;
		struct bss_instance *inst;
	} shared[MAX_SHARED];
};

struct gctx {
	struct bss_graph *g;
	struct bss_graph_err *e;
	u32 depth;
};

static LIST_HEAD(graphs);

/*
 * Graph loads, unloads and loader calls are serialized; the same task may
 * nest (a load binds a device whose driver graph loads; a constructor calls
 * the loader).
 */
static DEFINE_MUTEX(start_lock);
static struct task_struct *start_owner;

static bool start_enter(void)
{
	if (start_owner == current)
		return true;
	mutex_lock(&start_lock);
	start_owner = current;
	return false;
}

static void start_leave(bool nested)
{
	if (nested)
		return;
	start_owner = NULL;
	mutex_unlock(&start_lock);
}

/*
 * The driver database's entry points (struct bss_graph_drivers): set
 * before the first graph can load and cleared after the last driver graph
 * went (module init and exit).
 */
static const struct bss_graph_drivers *drivers;

void bss_graph_drivers_set(const struct bss_graph_drivers *d)
{
	WRITE_ONCE(drivers, d);
}

/* Protects graphs, ngraphs and next_graph_id. */
static DEFINE_MUTEX(graphs_lock);
static u32 next_graph_id = 1;
static u32 ngraphs;

static unsigned int max_graphs = 256;
module_param(max_graphs, uint, 0644);
MODULE_PARM_DESC(max_graphs, "graphs loaded at once (ENOSPC beyond)");

static __printf(2, 3) int gfail(struct gctx *x, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(x->e->msg, x->e->msglen, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

struct bss_bundle *bss_bundle_get(struct bss_bundle *b)
{
	refcount_inc(&b->refs);
	return b;
}

void bss_bundle_put(struct bss_bundle *b)
{
	u32 i;

	if (!b || !refcount_dec_and_test(&b->refs))
		return;
	for (i = 0; i < b->nfiles; i++)
		kvfree(b->files[i].text);
	kfree(b);
}

static int copy_file(struct gfile *f, const struct bss_graph_file *uf,
		     char *msg, size_t msglen)
{
	long n = strncpy_from_user(f->name, u64_to_user_ptr(uf->name), sizeof(f->name));

	if (n <= 0 || n >= sizeof(f->name)) {
		snprintf(msg, msglen, "bundle: bad file name");
		return -EINVAL;
	}
	if (uf->len > BSS_CONF_MAX_TEXT) {
		snprintf(msg, msglen, "%s: %u bytes exceed %d", f->name, uf->len,
			 BSS_CONF_MAX_TEXT);
		return -E2BIG;
	}
	f->text = vmemdup_user(u64_to_user_ptr(uf->text), uf->len);
	if (IS_ERR(f->text)) {
		f->text = NULL;
		return -EFAULT;
	}
	f->len = uf->len;
	return 0;
}

struct bss_bundle *bss_bundle_from_user(const struct bss_graph_load *gl,
					char *msg, size_t msglen)
{
	struct bss_graph_file uf;
	struct bss_bundle *b;
	u32 i;
	int ret = 0;

	if (!gl->nfiles || gl->nfiles > BSS_GRAPH_FILES) {
		snprintf(msg, msglen, "bundle: %u files (1..%d)", gl->nfiles, BSS_GRAPH_FILES);
		return ERR_PTR(-EINVAL);
	}
	b = kzalloc(struct_size(b, files, gl->nfiles), GFP_KERNEL);
	if (!b)
		return ERR_PTR(-ENOMEM);
	refcount_set(&b->refs, 1);
	for (i = 0; i < gl->nfiles && !ret; i++) {
		if (copy_from_user(&uf, u64_to_user_ptr(gl->files) + i * sizeof(uf), sizeof(uf)))
			ret = -EFAULT;
		else
			ret = copy_file(&b->files[i], &uf, msg, msglen);
		b->nfiles = i + 1;
	}
	if (ret) {
		bss_bundle_put(b);
		return ERR_PTR(ret);
	}
	return b;
}

const char *bss_bundle_main(struct bss_bundle *b)
{
	return b->files[0].name;
}

static struct gfile *bundle_find(struct bss_bundle *b, const char *name)
{
	u32 i;

	for (i = 0; i < b->nfiles; i++)
		if (!strcmp(b->files[i].name, name))
			return &b->files[i];
	return NULL;
}

/* PATH relative to the directory of FILE, as the bundle names it. */
static void join(char *out, size_t len, const char *file, const char *path)
{
	const char *slash = strrchr(file, '/');
	int dirlen = slash ? slash - file + 1 : 0;

	while (!strncmp(path, "./", 2))
		path += 2;
	snprintf(out, len, "%.*s%s", dirlen, file, path);
}

static int add_node(struct gctx *x, struct bss_instance *inst, const char *name,
		    u32 line, u32 flags)
{
	struct bss_graph *g = x->g;
	struct gnode *n;

	if (g->nnodes >= MAX_NODES)
		return gfail(x, "graph: more than %d servers", MAX_NODES);
	n = &g->nodes[g->nnodes];
	n->inst = inst;
	n->info.instance = inst->id;
	n->info.line = line;
	n->info.flags = flags;
	strscpy(n->info.name, name, sizeof(n->info.name));
	mutex_lock(&graphs_lock);
	g->nnodes++;
	mutex_unlock(&graphs_lock);
	return 0;
}

static struct bss_instance *instantiate(struct gctx *x, struct scope *s,
					const char *image, const char *name,
					u32 line, u32 flags);

static const struct bss_conf_stmt *find_rule(struct scope *s, const char *svc,
					     struct scope **where)
{
	u32 i;

	for (; s; s = s->parent) {
		for (i = 0; i < s->conf->nstmts; i++) {
			if (s->conf->stmts[i].kind == BSS_CONF_PROVIDE &&
			    !strcmp(s->conf->stmts[i].service, svc)) {
				*where = s;
				return &s->conf->stmts[i];
			}
		}
	}
	return NULL;
}

static struct bss_instance *shared_get(struct scope *s, u32 svc)
{
	u32 i;

	for (i = 0; i < s->nshared; i++) {
		if (s->shared[i].svc == svc) {
			bss_instance_get(s->shared[i].inst);
			return s->shared[i].inst;
		}
	}
	return NULL;
}

static struct bss_instance *kernel_provider(struct gctx *x, struct scope *s,
					    u32 svc, const char *svcname,
					    const char *image, u32 line)
{
	struct bss_instance *inst;

	if (svc == BSS_SVC_netdev) {
		inst = x->g->device ? bss_knet_create(x->g->device) : NULL;
		if (!inst)
			gfail(x, "%s:%u: netdev is only provided to driver graphs (required by %s)",
			      s->conf->file, line, image);
		return inst;
	}
	if (svc == BSS_SVC_pcidev) {
		if (!x->g->device) {
			gfail(x, "%s:%u: pcidev is only provided to driver graphs (required by %s)",
			      s->conf->file, line, image);
			return NULL;
		}
		bss_instance_get(x->g->device);
		return x->g->device;
	}
	inst = bss_ksrv_get(svc);
	if (!inst)
		gfail(x, "%s:%u: no kernel server for service %s (0x%x) required by %s",
		      s->conf->file, line, svcname, svc, image);
	return inst;
}

/* A counted instance providing service svc to a server that s started. */
static struct bss_instance *provide(struct gctx *x, struct scope *s, u32 svc,
				    const char *image, u32 line)
{
	char svcname[BSS_NAME_LEN];
	const struct bss_conf_stmt *rule;
	struct bss_instance *inst;
	struct scope *where;

	if (bss_svcreg_name(svc, svcname, sizeof(svcname)))
		snprintf(svcname, sizeof(svcname), "0x%x", svc);
	if (svc < BSS_SVC_USER_MIN)
		return kernel_provider(x, s, svc, svcname, image, line);
	rule = find_rule(s, svcname, &where);
	if (!rule) {
		gfail(x, "%s:%u: no provider for service %s (0x%x) required by %s",
		      s->conf->file, line, svcname, svc, image);
		return NULL;
	}
	if (rule->shared) {
		inst = shared_get(where, svc);
		if (inst)
			return inst;
	}
	inst = instantiate(x, where, rule->image, rule->image, rule->line,
			   rule->shared ? BSS_GRAPH_SHARED : 0);
	if (!inst || !rule->shared)
		return inst;
	/*
	 * The scope's own count, dropped when the scope ends; past
	 * MAX_SHARED the provider is simply not shared further.
	 */
	if (where->nshared < MAX_SHARED) {
		where->shared[where->nshared].svc = svc;
		where->shared[where->nshared++].inst = inst;
		bss_instance_get(inst);
	}
	return inst;
}

/* The image, loaded on demand by the module loader if it can be. */
static struct bss_image *image_get(struct gctx *x, struct scope *s,
				   const char *image, u32 line)
{
	struct bss_image *img = bss_image_get(image);

	if (img)
		return img;
	if (!request_module("bss-image-%s", image))
		img = bss_image_get(image);
	if (!img) {
		strscpy(x->e->missing, image, BSS_NAME_LEN);
		snprintf(x->e->msg, x->e->msglen, "%s:%u: image %s is not loaded",
			 s->conf->file, line, image);
	}
	return img;
}

static int bind_all(struct gctx *x, struct scope *s, struct bss_image *img,
		    struct bss_instance **bind, u32 line)
{
	const struct bss_image_desc *d = img->desc;
	u32 i;

	for (i = 0; i < d->nrequired; i++) {
		bind[i] = provide(x, s, d->required[i], img->name, line);
		if (!bind[i]) {
			while (i--)
				bss_instance_put(bind[i]);
			return -ENOENT;
		}
	}
	return 0;
}

static struct bss_instance *instantiate(struct gctx *x, struct scope *s,
					const char *image, const char *name,
					u32 line, u32 flags)
{
	struct bss_instance *bind[BSS_MAX_REQUIRED], *inst = NULL;
	struct bss_image *img;
	u32 i, n;

	if (++x->depth > MAX_DEPTH) {
		gfail(x, "%s:%u: providers nested deeper than %d (a cycle?) at %s",
		      s->conf->file, line, MAX_DEPTH, image);
		goto out;
	}
	img = image_get(x, s, image, line);
	if (!img)
		goto out;
	n = img->desc->nrequired;
	if (bind_all(x, s, img, bind, line)) {
		bss_image_put(img);
		goto out;
	}
	inst = bss_instance_create(img, bind, n, x->e->msg, x->e->msglen);
	if (IS_ERR(inst)) {
		bss_image_put(img);
		inst = NULL;
	} else {
		inst->user_held = false;
		inst->graph = x->g->id;
		inst->conf = kstrdup(s->conf->file, GFP_KERNEL);
		if (add_node(x, inst, name, line, flags)) {
			bss_instance_put(inst);
			inst = NULL;
		} else {
			struct gnode *gn = &x->g->nodes[x->g->nnodes - 1];

			strscpy(gn->info.file, s->conf->file, sizeof(gn->info.file));
			gn->info.nbind = n;
			for (i = 0; i < n; i++)
				gn->info.bind[i] = bind[i]->id;
			bss_instance_get(inst);
		}
	}
	for (i = 0; i < n; i++)
		bss_instance_put(bind[i]);
out:
	x->depth--;
	return inst;
}

static int load_file(struct gctx *x, struct scope *parent, const char *file);

static int image_known(struct gctx *x, const struct bss_conf *c, const char *image,
		       u32 line)
{
	struct bss_image *img = bss_image_get(image);

	if (img) {
		bss_image_put(img);
		return 0;
	}
	if (!request_module("bss-image-%s", image)) {
		img = bss_image_get(image);
		if (img) {
			bss_image_put(img);
			return 0;
		}
	}
	strscpy(x->e->missing, image, BSS_NAME_LEN);
	snprintf(x->e->msg, x->e->msglen, "%s:%u: image %s is not loaded", c->file, line, image);
	return -ENOENT;
}

/*
 * A driver configuration runs later, when a device appears, where nobody
 * can load what it lacks. Check now that every image it (and what it
 * includes) names is loaded, so the user's loader can fill the gaps first.
 */
static int preflight(struct gctx *x, const char *file, u32 depth)
{
	char path[BSS_CONF_PATH];
	const struct bss_conf_stmt *st;
	struct gfile *f = bundle_find(x->g->bundle, file);
	struct bss_conf *c;
	u32 i;
	int ret;

	if (!f)
		return gfail(x, "%s: not in the bundle", file);
	if (depth >= MAX_DEPTH)
		return gfail(x, "%s: includes nested deeper than %d", file, MAX_DEPTH);
	ret = bss_conf_parse(f->text, f->len, file, &c, x->e->msg, x->e->msglen);
	for (i = 0; !ret && i < c->nstmts; i++) {
		st = &c->stmts[i];
		if (st->kind == BSS_CONF_START || st->kind == BSS_CONF_PROVIDE) {
			ret = image_known(x, c, st->image, st->line);
		} else if (st->kind == BSS_CONF_INCLUDE) {
			join(path, sizeof(path), file, st->path);
			ret = preflight(x, path, depth + 1);
		}
	}
	bss_conf_free(c);
	return ret;
}

/* A driver statement, for the driver database: its configuration checked first. */
static int add_driver(struct gctx *x, struct scope *s, const struct bss_conf_stmt *st)
{
	const struct bss_graph_drivers *d = READ_ONCE(drivers);
	char path[BSS_CONF_PATH];

	join(path, sizeof(path), s->conf->file, st->path);
	if (!bundle_find(x->g->bundle, path))
		return gfail(x, "%s:%u: driver configuration %s is not in the bundle",
			     s->conf->file, st->line, path);
	if (preflight(x, path, 0))
		return -ENOENT;
	if (!d)
		return gfail(x, "%s:%u: no driver database to add a driver to",
			     s->conf->file, st->line);
	return d->add(st->vendor, st->device, st->has_class ? st->class : ~0u,
		      x->g->bundle, path, x->g->id);
}

static int run_stmt(struct gctx *x, struct scope *s, const struct bss_conf_stmt *st)
{
	char path[BSS_CONF_PATH];
	struct bss_instance *inst;

	switch (st->kind) {
	case BSS_CONF_START:
		inst = instantiate(x, s, st->image, st->name, st->line, BSS_GRAPH_ROOT);
		if (!inst)
			return -ENOENT;
		bss_instance_put(inst);
		return 0;
	case BSS_CONF_INCLUDE:
		join(path, sizeof(path), s->conf->file, st->path);
		return load_file(x, s, path);
	case BSS_CONF_DRIVER:
		return add_driver(x, s, st);
	default:
		return 0;
	}
}

static int load_file(struct gctx *x, struct scope *parent, const char *file)
{
	struct scope *s;
	struct gfile *f = bundle_find(x->g->bundle, file);
	u32 i;
	int ret;

	if (!f)
		return gfail(x, "%s: not in the bundle", file);
	if (x->depth >= MAX_DEPTH)
		return gfail(x, "%s: includes nested deeper than %d", file, MAX_DEPTH);
	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	s->parent = parent;
	ret = bss_conf_parse(f->text, f->len, file, &s->conf, x->e->msg, x->e->msglen);
	x->depth++;
	for (i = 0; !ret && i < s->conf->nstmts; i++)
		ret = run_stmt(x, s, &s->conf->stmts[i]);
	x->depth--;
	for (i = 0; i < s->nshared; i++)
		bss_instance_put(s->shared[i].inst);
	bss_conf_free(s->conf);
	kfree(s);
	return ret;
}

/* Drop the graph's references, newest first; report what survives. */
static u32 graph_teardown(struct bss_graph *g)
{
	const struct bss_graph_drivers *d;
	struct bss_instance *inst;
	u32 i, leaked = 0;

	while (g->nnodes) {
		inst = g->nodes[--g->nnodes].inst;
		bss_instance_put(inst);
	}
	for (i = 0; i < MAX_NODES; i++) {
		if (!g->nodes[i].info.instance)
			continue;
		inst = bss_instance_find_get(g->nodes[i].info.instance);
		if (inst) {
			leaked++;
			bss_instance_put(inst);
		}
	}
	d = READ_ONCE(drivers);
	if (d)
		d->remove_graph(g->id);
	bss_bundle_put(g->bundle);
	if (g->device)
		bss_instance_put(g->device);
	return leaked;
}

int bss_graph_load(struct bss_bundle *b, const char *file,
		   struct bss_instance *device, struct bss_graph_err *e, u32 *id)
{
	struct bss_graph *g = kvzalloc(sizeof(*g), GFP_KERNEL);
	struct gctx x = { .g = g, .e = e };
	bool nested;
	int ret;

	if (!g)
		return -ENOMEM;
	g->bundle = bss_bundle_get(b);
	if (device) {
		bss_instance_get(device);
		g->device = device;
	}
	nested = start_enter();
	mutex_lock(&graphs_lock);
	if (ngraphs >= READ_ONCE(max_graphs)) {
		mutex_unlock(&graphs_lock);
		snprintf(e->msg, e->msglen, "%s: %u graphs are loaded already (bss.max_graphs)",
			 file, READ_ONCE(max_graphs));
		ret = -ENOSPC;
		goto err_leave;
	}
	ngraphs++;
	g->id = next_graph_id++;
	list_add_tail(&g->node, &graphs);
	mutex_unlock(&graphs_lock);
	ret = load_file(&x, NULL, file);
	if (ret) {
		mutex_lock(&graphs_lock);
		list_del(&g->node);
		ngraphs--;
		mutex_unlock(&graphs_lock);
		graph_teardown(g);
		kvfree(g);
	} else {
		*id = g->id;
	}
	start_leave(nested);
	return ret;

err_leave:
	start_leave(nested);
	bss_bundle_put(g->bundle);
	if (g->device)
		bss_instance_put(g->device);
	kvfree(g);
	return ret;
}

/*
 * The loader service: start IMAGE for a server of graph id, resolving its
 * needs through the rules of FILE (the file that started the caller). The
 * new server joins the graph. Graph loads and loader calls are serialized;
 * a constructor that calls the loader re-enters on the same task.
 */

struct bss_instance *bss_graph_start(u32 id, const char *file, const char *image,
				     struct bss_graph_err *e)
{
	struct bss_graph *g, *found = NULL;
	struct gctx x = { .e = e };
	struct bss_instance *inst = NULL;
	struct gfile *f;
	struct scope s = {};
	bool nested = start_enter();
	u32 i;

	mutex_lock(&graphs_lock);
	list_for_each_entry(g, &graphs, node)
		if (g->id == id)
			found = g;
	mutex_unlock(&graphs_lock);
	x.g = found;
	f = found ? bundle_find(found->bundle, file) : NULL;
	if (!f) {
		snprintf(e->msg, e->msglen, "loader: graph %u or its file %s is gone", id, file);
	} else if (!bss_conf_parse(f->text, f->len, file, &s.conf, e->msg, e->msglen)) {
		inst = instantiate(&x, &s, image, image, 0, 0);
		for (i = 0; i < s.nshared; i++)
			bss_instance_put(s.shared[i].inst);
		bss_conf_free(s.conf);
	}
	start_leave(nested);
	return inst;
}

static bool graph_has(const struct bss_graph *g, u32 instance)
{
	u32 i;

	for (i = 0; i < MAX_NODES; i++)
		if (g->nodes[i].info.instance == instance)
			return true;
	return false;
}

/*
 * How many of g's servers are still in the instance table, destroyed or
 * not yet. One whose last reference went in atomic context (a NAPI poll
 * was in it) is destroyed later by the instance reaper, and a main server
 * stays in the table until its last local server is gone, after what it
 * held. Out of memory: all of them, for all we know.
 */
static u32 graph_alive(const struct bss_graph *g)
{
	u32 max = bss_instance_count() + 64, n, i, alive = 0;
	struct bss_instance_info *all;

	for (;;) {
		all = kvmalloc_array(max, sizeof(*all), GFP_KERNEL);
		if (!all)
			return MAX_NODES;
		bss_instance_list(all, max, &n);
		if (n <= max)
			break;
		kvfree(all);
		max = n + 64;
	}
	for (i = 0; i < n; i++)
		alive += graph_has(g, all[i].id);
	kvfree(all);
	return alive;
}

/*
 * A driver graph's servers must all be gone before its device is: wait
 * for those whose destruction was deferred, at most BSS_GRAPH_GONE_MS.
 * Returns how many are left.
 */
static u32 wait_gone(const struct bss_graph *g)
{
	unsigned long start = jiffies, end = start + msecs_to_jiffies(BSS_GRAPH_GONE_MS);
	u32 alive, late = graph_alive(g);

	for (alive = late; alive && time_before(jiffies, end); alive = graph_alive(g))
		msleep(GONE_POLL_MS);
	if (late)
		pr_debug("graph %u: %u servers destroyed late, waited %u ms\n", g->id,
			 late - alive, jiffies_to_msecs(jiffies - start));
	return alive;
}

/*
 * Unload graph id; *leaked: how many of its servers outlived it. A driver
 * graph's unload returns when they are all destroyed, or the wait gave
 * up. It waits after leaving the graph lock (which a destructor calling
 * the loader would need), unless an outer unload on this task holds it:
 * a database graph's unload unbinding the devices its entries bound.
 */
int bss_graph_unload(u32 id, u32 *leaked)
{
	struct bss_graph *g, *found = NULL;
	bool nested = start_enter();
	bool driver;

	mutex_lock(&graphs_lock);
	list_for_each_entry(g, &graphs, node) {
		if (g->id == id) {
			found = g;
			list_del(&g->node);
			ngraphs--;
			break;
		}
	}
	mutex_unlock(&graphs_lock);
	driver = found && found->device;
	if (found)
		*leaked = graph_teardown(found);
	start_leave(nested);
	if (driver)
		*leaked = wait_gone(found);
	kvfree(found);
	return found ? 0 : -ENOENT;
}

int bss_graph_list(struct bss_graph_node *out, u32 max, u32 *count)
{
	struct bss_instance *inst;
	struct bss_graph *g;
	u32 i, n = 0;

	mutex_lock(&graphs_lock);
	list_for_each_entry(g, &graphs, node) {
		for (i = 0; i < g->nnodes; i++, n++) {
			if (n >= max)
				continue;
			out[n] = g->nodes[i].info;
			out[n].graph = g->id;
			inst = g->nodes[i].inst;
			out[n].instance = inst->id;
			if (inst == g->device)
				out[n].flags |= BSS_GRAPH_DEVICE;
		}
	}
	mutex_unlock(&graphs_lock);
	*count = n;
	return 0;
}

void bss_graph_uninit(void)
{
	struct bss_graph *g, *tmp;
	u32 leaked;

	list_for_each_entry_safe(g, tmp, &graphs, node) {
		list_del(&g->node);
		ngraphs--;
		leaked = graph_teardown(g);
		if (leaked)
			pr_warn("graph %u: %u servers outlived it\n", g->id, leaked);
		kvfree(g);
	}
}
