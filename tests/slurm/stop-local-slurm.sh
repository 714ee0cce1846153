#!/usr/bin/env bash
# Stops the cluster started by start-local-slurm.sh: ends exactly the PIDs it recorded (slurmd,
# slurmctld, then munged), waits for them, and removes the /etc/slurm/slurm.conf link it made.
set -uo pipefail

dir="${LB_SLURM_DIR:-/tmp/latticebench-slurm}"
if [ ! -f "$dir/pids" ]; then
  echo "stop-local-slurm: no $dir/pids; nothing to stop" >&2
  exit 0
fi
# stop in reverse start order: the node, the controller, then munge
for pid in $(tac "$dir/pids" | awk '{print $2}'); do
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "stop-local-slurm: PID $pid did not stop in 10 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
done
if [ -f "$dir/linked-conf" ]; then
  link="$(cat "$dir/linked-conf")"
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$dir/slurm.conf" ]; then
    rm -f "$link"
  fi
  rm -f "$dir/linked-conf"
fi
rm -f "$dir/pids"
echo "Local SLURM stopped (logs kept in $dir/log)."
