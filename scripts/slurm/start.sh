#!/usr/bin/env bash
# Starts a one-node Slurm cluster (munged, slurmctld, slurmd) for caseflow's
# cluster test, without systemd or cgroups, with all state, spool, sockets and
# logs in one folder. Needs root and Debian's munge, slurmctld, slurmd and
# slurm-client packages. Prints the folder; the cluster's configuration is
# <folder>/slurm.conf (export SLURM_CONF=<folder>/slurm.conf for sbatch and
# sinfo), and scripts/slurm/stop.sh <folder> stops it by process id.
#
#   dir=$(scripts/slurm/start.sh) && export SLURM_CONF=$dir/slurm.conf
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${1:-$(mktemp -d /tmp/caseflow-slurm.XXXXXX)}"
mkdir -p "$dir"/{munge,state,spool,log}
chmod 755 "$dir"
chown munge:munge "$dir/munge"
chmod 711 "$dir/munge"

# munge: a fresh key and its own socket, run as the munge user.
dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
chown munge:munge "$dir/munge/munge.key"
chmod 400 "$dir/munge/munge.key"
runuser -u munge -- /usr/sbin/munged \
  --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
  --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed"

# Free ports near the defaults, so a second cluster or a system Slurm does not clash.
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
sed -e "s#@DIR@#$dir#g" -e "s#@CPUS@#$(nproc)#g" -e "s#@CTLD_PORT@#$(port)#g" -e "s#@SLURMD_PORT@#$(port)#g" \
  "$here/slurm.conf.in" > "$dir/slurm.conf"
export SLURM_CONF="$dir/slurm.conf"

slurmctld -D -i -f "$SLURM_CONF" > "$dir/log/slurmctld.out" 2>&1 &
echo $! > "$dir/slurmctld.pid"
slurmd -D -N localhost -f "$SLURM_CONF" > "$dir/log/slurmd.out" 2>&1 &
echo $! > "$dir/slurmd.pid"

# Wait (at most 60 s) until the node takes jobs.
for _ in $(seq 1 120); do
  state="$(sinfo -h -N -o '%t' 2>/dev/null | head -n1 || true)"
  if [ "$state" = "idle" ] || [ "$state" = "mix" ]; then
    echo "$dir"
    exit 0
  fi
  sleep 0.5
done
echo "start.sh: the Slurm node did not become idle within 60 s (state: ${state:-none}); logs in $dir/log" >&2
tail -n 20 "$dir/log/"*.log "$dir/log/"*.out >&2 || true
"$here/stop.sh" "$dir" || true
exit 1
