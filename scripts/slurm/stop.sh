#!/usr/bin/env bash
# Stops the cluster that start.sh started in <folder>, by process id (slurmd,
# slurmctld, then munged), and removes the folder unless KEEP_SLURM_DIR is set.
set -uo pipefail
dir="${1:?usage: stop.sh <folder printed by start.sh>}"
for name in slurmd slurmctld; do
  if [ -f "$dir/$name.pid" ]; then kill "$(cat "$dir/$name.pid")" 2>/dev/null || true; fi
done
if [ -f "$dir/munge/munged.pid" ]; then kill "$(cat "$dir/munge/munged.pid")" 2>/dev/null || true; fi
for _ in $(seq 1 20); do
  alive=0
  for f in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"; do
    if [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; then alive=1; fi
  done
  [ "$alive" = 0 ] && break
  sleep 0.25
done
if [ -z "${KEEP_SLURM_DIR:-}" ]; then rm -rf "$dir"; fi
