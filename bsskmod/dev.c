// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/bss: the misc device through which user space drives the runtime.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/uaccess.h>
#include <linux/utsname.h>

#include "dev.h"
#include "ioctl.h"
#include "version.h"

static long ioc_version(void __user *arg)
{
	struct bss_version v;
	u32 usize;
	int ret;

	if (get_user(usize, (u32 __user *)arg))
		return -EFAULT;
	ret = copy_struct_from_user(&v, sizeof(v), arg, usize);
	if (ret)
		return ret;
	v.major = BSS_VERSION_MAJOR;
	v.minor = BSS_VERSION_MINOR;
	v.patch = BSS_VERSION_PATCH;
	v.abi = BSS_ABI_REVISION;
	strscpy(v.kernel, init_utsname()->release, sizeof(v.kernel));
	return copy_to_user(arg, &v, min_t(u32, usize, sizeof(v))) ? -EFAULT : 0;
}

/* The commands by number (BSS_IOC_* in uapi/linux/bss.h). */
static const unsigned int commands[] = {
	[_IOC_NR(BSS_IOC_VERSION)] = BSS_IOC_VERSION,
	[_IOC_NR(BSS_IOC_IMAGE_CHECK)] = BSS_IOC_IMAGE_CHECK,
	[_IOC_NR(BSS_IOC_LOAD_ERROR)] = BSS_IOC_LOAD_ERROR,
	[_IOC_NR(BSS_IOC_IMAGE_LIST)] = BSS_IOC_IMAGE_LIST,
	[_IOC_NR(BSS_IOC_INSTANCE_CREATE)] = BSS_IOC_INSTANCE_CREATE,
	[_IOC_NR(BSS_IOC_INSTANCE_DESTROY)] = BSS_IOC_INSTANCE_DESTROY,
	[_IOC_NR(BSS_IOC_INSTANCE_LIST)] = BSS_IOC_INSTANCE_LIST,
	[_IOC_NR(BSS_IOC_REF_LIST)] = BSS_IOC_REF_LIST,
	[_IOC_NR(BSS_IOC_CALL)] = BSS_IOC_CALL,
	[_IOC_NR(BSS_IOC_STATS)] = BSS_IOC_STATS,
	[_IOC_NR(BSS_IOC_FN_LIST)] = BSS_IOC_FN_LIST,
	[_IOC_NR(BSS_IOC_ERROR_LIST)] = BSS_IOC_ERROR_LIST,
	[_IOC_NR(BSS_IOC_GRAPH_LOAD)] = BSS_IOC_GRAPH_LOAD,
	[_IOC_NR(BSS_IOC_GRAPH_UNLOAD)] = BSS_IOC_GRAPH_UNLOAD,
	[_IOC_NR(BSS_IOC_GRAPH_LIST)] = BSS_IOC_GRAPH_LIST,
};

/*
 * A command is known by its type and number. Its size bits are the size
 * of the struct the caller was built with, older (shorter) or newer, and
 * are not compared: each struct says its own size in its first field,
 * and copy_struct_from_user() zero-extends a shorter one and refuses a
 * longer one whose tail it does not know is not zero (bss_ioc_copy_in()).
 * Returns the command as this runtime spells it, or 0.
 */
static unsigned int command_of(unsigned int cmd)
{
	if (_IOC_TYPE(cmd) != BSS_IOC_MAGIC || _IOC_DIR(cmd) != (_IOC_READ | _IOC_WRITE) ||
	    _IOC_NR(cmd) >= ARRAY_SIZE(commands))
		return 0;
	return commands[_IOC_NR(cmd)];
}

static long bss_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	void __user *uarg = (void __user *)arg;

	cmd = command_of(cmd);
	if (!cmd)
		return -ENOTTY;
	if (cmd == BSS_IOC_VERSION)
		return ioc_version(uarg);
	/*
	 * Everything else reads the kernel's servers or changes them: not for
	 * a caller that could not load a module, whatever the device's mode.
	 */
	if (!capable(CAP_SYS_MODULE))
		return -EPERM;
	switch (cmd) {
	case BSS_IOC_IMAGE_LIST:
	case BSS_IOC_INSTANCE_LIST:
	case BSS_IOC_REF_LIST:
	case BSS_IOC_FN_LIST:
	case BSS_IOC_ERROR_LIST:
	case BSS_IOC_GRAPH_LIST:
		return bss_ioc_list(cmd, uarg);
	case BSS_IOC_LOAD_ERROR:
		return bss_ioc_load_error(uarg);
	case BSS_IOC_STATS:
		return bss_ioc_stats(uarg);
	case BSS_IOC_IMAGE_CHECK:
		return bss_ioc_image_check(uarg);
	case BSS_IOC_INSTANCE_CREATE:
		return bss_ioc_instance_create(uarg);
	case BSS_IOC_INSTANCE_DESTROY:
		return bss_ioc_instance_destroy(uarg);
	case BSS_IOC_CALL:
		return bss_ioc_call(uarg);
	case BSS_IOC_GRAPH_LOAD:
		return bss_ioc_graph_load(uarg);
	case BSS_IOC_GRAPH_UNLOAD:
		return bss_ioc_graph_unload(uarg);
	default:
		return -ENOTTY;
	}
}

static const struct file_operations bss_fops = {
	.owner = THIS_MODULE,
	.unlocked_ioctl = bss_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
	.llseek = noop_llseek,
};

static struct miscdevice bss_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = BSS_DEVICE_NAME,
	.fops = &bss_fops,
	.mode = 0600,
};

int bss_dev_init(void)
{
	return misc_register(&bss_misc);
}

void bss_dev_uninit(void)
{
	misc_deregister(&bss_misc);
}
