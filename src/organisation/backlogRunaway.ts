/*
 * The runaway rule: demand was above capacity in a replication when its backlog
 * of open claims grew over the measurement window by more than 5% of the
 * window's arrivals (at least 20 claims) and kept growing in the window's
 * second half. Such replications are flagged `unstable` in the results, not
 * dropped.
 */

/**
 * 1 when the backlog ran away in the window, else 0.
 * @param series the weekly backlog series (days and open claims)
 * @param warmup first day of the measurement window
 * @param open open claims at the end of the window
 * @param arrived claims that arrived in the window
 */
export function backlogRunaway(
  series: { readonly day: readonly number[]; readonly backlog: readonly number[] },
  warmup: number,
  open: number,
  arrived: number,
): number {
  const { day, backlog } = series;
  const inWin = day.map((d, i) => (d >= warmup ? i : -1)).filter((i) => i >= 0);
  if (inWin.length < 4) return 0;
  const first = backlog[inWin[0] as number] as number;
  const mid = backlog[inWin[Math.floor(inWin.length / 2)] as number] as number;
  const growth = open - first;
  const limit = Math.max(20, 0.05 * arrived);
  return growth > limit && open - mid > limit / 2 ? 1 : 0;
}
