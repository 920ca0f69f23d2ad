# SPDX-License-Identifier: GPL-2.0
#
# BSS-in-Linux. `make run` boots the main job, `make check` runs all tests;
# both install what they need through `make deps` first.

# The kernel: Debian's default (linux-image-amd64's), or the newest of a
# series (KSERIES=6.12), or exactly KVER=...; make check boots the same.
KSERIES ?=
KVER ?= $(shell tools/guest/kver.sh $(KSERIES) 2>/dev/null)
KDIR ?= /lib/modules/$(KVER)/build
BUILD := build
CC ?= gcc
USER_CFLAGS := -O2 -g -Wall -Wextra -Wno-unused-parameter -Iuapi -Iservers/include
T ?=

BSSCTL_SRCS := $(wildcard tools/bssctl/*.c)
KSFT := $(BUILD)/kselftest/kselftest_harness.h

all: module $(BUILD)/bssctl $(BUILD)/echo-rtt selftests

deps:
	@tools/deps.sh $(KSERIES)

module: deps
	$(MAKE) -C $(KDIR) M=$(CURDIR) modules

$(BUILD)/bssctl: $(BSSCTL_SRCS) $(wildcard tools/bssctl/*.h) uapi/linux/bss.h bsskmod/conf.c bsskmod/conf.h
	@mkdir -p $(BUILD)
	$(CC) $(USER_CFLAGS) -DBSS_HOST -Ibsskmod -static -o $@ $(BSSCTL_SRCS) bsskmod/conf.c

# The guest's request/response latency probe (tools/guest/net-bench.sh).
$(BUILD)/echo-rtt: tools/guest/echo-rtt.c
	@mkdir -p $(BUILD)
	$(CC) $(USER_CFLAGS) -static -o $@ $<

$(KSFT):
	@mkdir -p $(BUILD)/kselftest
	tar -xJf /usr/src/linux-source-6.1.tar.xz -C $(BUILD)/kselftest \
		--strip-components=4 \
		linux-source-6.1/tools/testing/selftests/kselftest_harness.h \
		linux-source-6.1/tools/testing/selftests/kselftest.h

selftests: $(KSFT)
	$(MAKE) -C selftests/bss

initramfs: all
	@mkdir -p $(BUILD)/guest
	tools/guest/mkinitramfs.sh $(BUILD)/guest/initramfs.cpio.gz $(KVER)

check: initramfs
	@BSS_KVER=$(KVER) tools/check.sh "$(T)"

# make check's pass on bookworm's 6.12 alone (make check runs it after
# the default kernel's and the debug kernel's): tools/check-series.sh.
check-series: all
	@tools/check-series.sh 6.12 "$(T)"

# The selftests under a debug kernel built from linux-source-6.1 (KASAN,
# UBSAN, kmemleak, lockdep, fault injection), cached outside the tree:
# about ten minutes to build it cold, nothing warm.
check-debug: all
	@tools/check-debug.sh "$(T)"

host-check: all
	@tools/check.sh --host-only

# Install for KVER (DESTDIR, PREFIX=/usr/local): modules into
# /lib/modules/KVER/extra/bss and depmod, the driver database's
# configurations into /etc/bss, bssctl, its man page and completion
# (tools/install.sh says where each goes). make uninstall removes them.
PREFIX ?= /usr/local
install: all
	@KVER=$(KVER) DESTDIR=$(DESTDIR) PREFIX=$(PREFIX) tools/install.sh install

uninstall:
	@KVER=$(KVER) DESTDIR=$(DESTDIR) PREFIX=$(PREFIX) tools/install.sh uninstall

run: initramfs
	@tools/run-main.sh

shell: initramfs
	@tools/guest/run.sh shell

# The call path's replica on this host (tools/callbench, docs/testing.md):
# TSC ticks per operation, build/callbench.json. make bench runs it first.
callbench: module
	@tools/callbench/build.sh
	@$(BUILD)/callbench/callbench

# make bench: the host's call-path figures, the guest's, then the network
# comparison, one table each and every figure in build/bench.json
# (BSS_BENCH_NET=0: calls only).
bench: baseline
	@$(MAKE) --no-print-directory initramfs
	@tools/bench.sh

# The in-tree baseline: 8139too from linux-source-6.1 with only its C+
# refusal removed (QEMU's rtl8139 reports revision 0x20). Its figures are
# labelled "8139too (rebuilt, C+ refusal removed)".
baseline: $(BUILD)/8139too.ko $(BUILD)/8139too_fixed.ko

$(BUILD)/8139too.ko $(BUILD)/8139too_fixed.ko &: tools/baseline/8139too.sh $(wildcard $(KDIR)/Module.symvers) | deps
	tools/baseline/8139too.sh $(KVER)

# Network benchmarks alone: the BSS driver, 8139cp and 8139too (rebuilt,
# stock and poll fix) over QEMU user networking. initramfs after baseline,
# so that the baselines are packed.
netbench: baseline
	@$(MAKE) --no-print-directory initramfs
	@tools/net-bench.sh

catalogue:
	awk -f tools/catalogue/gen.awk servers/services.cat > servers/include/bss/services.h

style: deps
	@tools/style.sh

sparse: deps
	@mkdir -p $(BUILD)
	$(MAKE) -C $(KDIR) M=$(CURDIR) C=2 CF="-D__CHECK_ENDIAN__" modules 2>&1 | \
		tee $(BUILD)/sparse.log
	@! grep -E ': (warning|error):' $(BUILD)/sparse.log

clean:
	$(MAKE) -C $(KDIR) M=$(CURDIR) clean 2>/dev/null || true
	rm -rf $(BUILD)

.PHONY: catalogue all deps module selftests initramfs check check-series check-debug host-check install uninstall run shell \
	callbench bench baseline netbench style sparse clean
