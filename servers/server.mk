# SPDX-License-Identifier: GPL-2.0
#
# Building BSS servers outside this tree (docs/servers.md). `make install`
# puts this file in PREFIX/share/bss/ with what it needs beside it: the
# authoring headers (include/bss/), the catalogue (services.cat) and its
# generator (catalogue.awk), and bss.ko's symbols (Module.symvers).
#
# A project's Makefile is one line, `include PREFIX/share/bss/server.mk`;
# its Kbuild starts with `include $(BSS_DIR)/server.mk`, then names its
# modules as any Kbuild does. From make, this generates the project's
# include/bss/services.h from the installed catalogue and the project's
# own *.cat files (service IDs from 0x10000 up), then builds against
# KDIR, the running kernel's headers unless set. From Kbuild, it puts that
# header before the installed ones and gives modpost bss.ko's symbols.

BSS_DIR ?= $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))

ifneq ($(KERNELRELEASE),)

ccflags-y += -I$(src)/include -I$(BSS_DIR)/include
KBUILD_EXTRA_SYMBOLS += $(BSS_DIR)/Module.symvers

else

export BSS_DIR
KDIR ?= /lib/modules/$(shell uname -r)/build
BSS_OWN_CATS := $(sort $(wildcard *.cat))

modules: include/bss/services.h
	$(MAKE) -C $(KDIR) M=$(CURDIR) modules

include/bss/services.h: $(BSS_DIR)/services.cat $(BSS_OWN_CATS) $(BSS_DIR)/catalogue.awk
	@mkdir -p include/bss
	awk -v regen='`make`' -f $(BSS_DIR)/catalogue.awk $(BSS_DIR)/services.cat \
		$(BSS_OWN_CATS) > $@.tmp
	mv $@.tmp $@

clean:
	$(MAKE) -C $(KDIR) M=$(CURDIR) clean
	rm -rf include

.PHONY: modules clean

endif
