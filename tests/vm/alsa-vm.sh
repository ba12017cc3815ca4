#!/usr/bin/env bash
# The ALSA checks on a real ALSA sequencer, for machines that have none (no
# /dev/snd/seq: containers, CI). Boots this machine's Debian kernel in QEMU
# with the sequencer's modules (snd-seq, snd-seq-dummy for "Midi Through",
# snd-dummy for a sound card), the machine's own root file system shared
# read-only, and runs tests/vm/alsa-checks.sh there: the ALSA suites, then
# `atelier play` and the studio seen from aconnect and aseqdump. Nothing is
# built in the VM and no network is set up; it sees the build you made.
#
#   bash tests/vm/alsa-vm.sh [BUILD_DIR]        (default: build)
#
# Installs what it needs (apt): qemu-system-x86, a Debian kernel image,
# busybox-static, alsa-utils, cpio. Software emulation (TCG) by default;
# ATELIER_VM_ACCEL=kvm where /dev/kvm works. Exit status: 0 when every check
# passed; the log is printed and kept in the results folder it names.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$repo" && realpath "${1:-build}")
[[ -x $build/atelier ]] || { echo "alsa-vm: no $build/atelier: build first (README)" >&2; exit 2; }
[[ $repo != *" "* ]] || { echo "alsa-vm: the path $repo has a space" >&2; exit 2; }

packages=(qemu-system-x86 linux-image-amd64 busybox-static alsa-utils cpio gcc libasound2-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

kernel=""
for k in $(ls /lib/modules | sort -V -r); do
  if [[ -r /boot/vmlinuz-$k && -e /lib/modules/$k/kernel/sound/core/seq/snd-seq.ko ]]; then kernel=$k; break; fi
done
[[ -n $kernel ]] || { echo "alsa-vm: no Debian kernel with the ALSA sequencer's modules in /lib/modules" >&2; exit 2; }

work=$(mktemp -d /tmp/atelier-alsa-vm.XXXXXX)
results=$work/results
mkdir -p "$results"
gcc -O2 -o "$results/clock-source" "$repo/tests/vm/clock-source.c" -lasound   # a DAW's clock, for the checks
mkdir -p "$work/initrd"/{bin,mnt,proc,sys,dev,modules} "$results"
cp /bin/busybox "$work/initrd/bin/busybox"
# In the order they depend on each other (modules.dep).
for m in virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci 9pnet 9pnet_virtio netfs fscache 9p \
         soundcore snd snd-timer snd-hrtimer snd-seq-device snd-seq snd-seq-dummy snd-pcm snd-dummy; do
  f=$(find "/lib/modules/$kernel/kernel" -name "$m.ko" -o -name "$m.ko.xz" | head -1)
  [[ -n $f ]] || { echo "alsa-vm: kernel $kernel has no module $m" >&2; exit 2; }
  if [[ $f == *.xz ]]; then xz -dc "$f" > "$work/initrd/modules/$m.ko"; else cp "$f" "$work/initrd/modules/$m.ko"; fi
  echo "$m.ko" >> "$work/initrd/modules/order"
done
cat > "$work/initrd/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod /modules/$m || echo "alsa-vm: insmod $m failed"; done
opts=trans=virtio,version=9p2000.L,msize=524288
mount -t 9p -o $opts,ro hostroot /mnt || { echo "alsa-vm: the host's root did not mount"; poweroff -f; }
mount -t 9p -o $opts results /mnt/mnt || { echo "alsa-vm: the results folder did not mount"; poweroff -f; }
mount -t proc proc /mnt/proc; mount -t sysfs sys /mnt/sys; mount -t devtmpfs dev /mnt/dev
ln -s /proc/self/fd /mnt/dev/fd; mkdir -p /mnt/dev/shm /mnt/dev/pts; mount -t tmpfs tmpfs /mnt/dev/shm; mount -t devpts devpts /mnt/dev/pts
for d in tmp root run var/tmp; do mount -t tmpfs tmpfs /mnt/$d; done
run=$(sed -n 's/.*atelier_run=\([^ ]*\).*/\1/p' /proc/cmdline | tr ':' ' ')
chroot /mnt /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 /bin/bash -c "$run"
poweroff -f
INIT
chmod +x "$work/initrd/init"
(cd "$work/initrd" && find . | cpio -o -H newc --quiet | gzip -1) > "$work/initrd.gz"

accel=${ATELIER_VM_ACCEL:-tcg}
cpu=max; [[ $accel == kvm ]] && cpu=host,-arch-capabilities
echo "alsa-vm: kernel $kernel, $accel; results in $results"
timeout 3600 qemu-system-x86_64 -accel "$accel" -cpu "$cpu" -smp 2 -m 3072 -nographic -no-reboot \
  -kernel "/boot/vmlinuz-$kernel" -initrd "$work/initrd.gz" \
  -append "console=ttyS0 quiet panic=-1 atelier_run=bash:$repo/tests/vm/alsa-checks.sh:/mnt:$build:/mnt/clock-source" \
  -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
  -virtfs "local,path=$results,mount_tag=results,security_model=none" </dev/null || true
rm -rf "$work/initrd" "$work/initrd.gz"
if [[ ! -f $results/failed ]]; then
  echo "alsa-vm: the checks did not finish (see the output above)" >&2
  exit 1
fi
failed=$(cat "$results/failed")
echo "alsa-vm: $failed failed; log: $results/log.txt"
[[ $failed == 0 ]]
