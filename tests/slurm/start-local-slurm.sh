#!/usr/bin/env bash
# Starts a single-node SLURM cluster on this machine for the integration tests:
#   tests/slurm/start-local-slurm.sh        (then: . "$LB_SLURM_DIR/env.sh"; sbatch --wrap hostname)
#   tests/slurm/stop-local-slurm.sh         ends exactly the daemons started here
# Needs Debian's slurm-wlm and munge (apt-get install slurm-wlm munge) and root, because slurmd
# runs jobs as their submitting user. Everything it writes (slurm.conf, munge key, state, spool,
# logs, PIDs) lives under LB_SLURM_DIR (default /tmp/latticebench-slurm), nothing in /etc.
# The one exception: when /etc/slurm/slurm.conf does not exist, it is linked to ours, so that a
# plain `sbatch` works in any shell; the stop script removes that link again.
set -euo pipefail

dir="${LB_SLURM_DIR:-/tmp/latticebench-slurm}"
timeout_s="${LB_SLURM_START_TIMEOUT:-60}"

fail() { echo "start-local-slurm: $*" >&2; exit 1; }

for cmd in munged slurmctld slurmd sinfo; do
  command -v "$cmd" >/dev/null || fail "$cmd is not installed; run: apt-get install slurm-wlm munge"
done
[ "$(id -u)" -eq 0 ] || fail "must run as root (slurmd starts jobs as their user)"
if [ -f "$dir/pids" ]; then
  while read -r name pid; do
    if kill -0 "$pid" 2>/dev/null; then
      fail "a local cluster is already running ($name, PID $pid); stop it with tests/slurm/stop-local-slurm.sh"
    fi
  done < "$dir/pids"
fi

host="$(hostname)"
cpus="$(nproc)"
total_mb=$(( $(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 1024 ))
# a little under the machine's memory, so slurmd never reports less than configured
real_mb=$(( total_mb * 95 / 100 ))

rm -rf "$dir"
mkdir -p "$dir"/{munge,state,spool,log}
chmod 700 "$dir" "$dir/munge"

# munge: a fresh key and a private socket, so a system munged (if any) is left alone
dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$dir/munge/munge.key"
socket="$dir/munge/munge.socket"

cat > "$dir/slurm.conf" <<CONF
# Written by tests/slurm/start-local-slurm.sh for host $host: a one-node test cluster.
ClusterName=latticebench
SlurmctldHost=$host
SlurmUser=$(id -un)
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
SchedulerType=sched/backfill
ReturnToService=2
# No slurmdbd here: finished jobs stay in the controller for an hour, so squeue/scontrol still
# report their state and exit code (sacct needs a database and is not available on this cluster).
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/log/jobcomp.log
JobAcctGatherType=jobacct_gather/linux
MinJobAge=3600
# time limits are enforced promptly, for the TIMEOUT test
KillWait=5
OverTimeLimit=0
NodeName=$host CPUs=$cpus RealMemory=$real_mb State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

cat > "$dir/env.sh" <<ENV
# source this to use the local test cluster: . $dir/env.sh
export SLURM_CONF=$dir/slurm.conf
ENV
export SLURM_CONF="$dir/slurm.conf"
if [ ! -e /etc/slurm/slurm.conf ]; then
  mkdir -p /etc/slurm
  ln -s "$dir/slurm.conf" /etc/slurm/slurm.conf
  echo "/etc/slurm/slurm.conf" > "$dir/linked-conf"
fi

: > "$dir/pids"
munged --foreground --force --socket="$socket" --key-file="$dir/munge/munge.key" \
  --pid-file="$dir/munge/munged.pid" --seed-file="$dir/munge/munged.seed" \
  --log-file="$dir/log/munged.log" > "$dir/log/munged.out" 2>&1 &
echo "munged $!" >> "$dir/pids"
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || fail "munged did not start; see $dir/log/munged.out"

slurmctld -D -f "$dir/slurm.conf" > "$dir/log/slurmctld.out" 2>&1 &
echo "slurmctld $!" >> "$dir/pids"
slurmd -D -f "$dir/slurm.conf" > "$dir/log/slurmd.out" 2>&1 &
echo "slurmd $!" >> "$dir/pids"

start=$(date +%s)
until sinfo -h -n "$host" -o '%t' 2>/dev/null | grep -qx 'idle'; do
  while read -r name pid; do
    kill -0 "$pid" 2>/dev/null || fail "$name (PID $pid) exited; see $dir/log/$name.out and $dir/log/$name.log"
  done < "$dir/pids"
  if [ $(( $(date +%s) - start )) -ge "$timeout_s" ]; then
    fail "node $host not idle after ${timeout_s}s (sinfo: $(sinfo -h -o '%t %E' 2>&1 | head -1)); logs in $dir/log"
  fi
  sleep 1
done
echo "Local SLURM up in $(( $(date +%s) - start )) s: node $host, $cpus CPUs, ${real_mb} MB; PIDs in $dir/pids"
echo "Use it with: export SLURM_CONF=$dir/slurm.conf"
