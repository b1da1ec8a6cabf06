/*
 * A progress bar on standard error: replications done out of planned, time
 * elapsed and an estimate of the time left. It draws only when the stream is a
 * terminal, so logs and pipes stay clean, and redraws at most ten times a
 * second.
 */
import type { CliStream } from "./CliIO";

/** Options of {@link ProgressBar}. */
export interface ProgressBarOptions {
  /** Word before the bar, e.g. the command. @defaultValue "running" */
  label?: string;
  /** Clock in milliseconds. @defaultValue Date.now */
  now?: () => number;
  /** Width of the bar in characters. @defaultValue 24 */
  width?: number;
}

/** Draws `label [████░░░░] 12/40 replications  0:23 elapsed  ~1:02 left` on a terminal. */
export class ProgressBar {
  private readonly stream: CliStream;
  private readonly label: string;
  private readonly now: () => number;
  private readonly width: number;
  private readonly start: number;
  private lastDraw = -Infinity;
  private drawn = false;

  /**
   * @param stream - where to draw (nothing is drawn unless `stream.isTTY`)
   * @param options - see {@link ProgressBarOptions}
   */
  constructor(stream: CliStream, options: ProgressBarOptions = {}) {
    this.stream = stream;
    this.label = options.label ?? "running";
    this.now = options.now ?? Date.now;
    this.width = options.width ?? 24;
    this.start = this.now();
  }

  /** Whether the bar draws at all (the stream is a terminal). */
  get active(): boolean {
    return this.stream.isTTY === true;
  }

  /** Records progress: `done` of `total` replications finished. */
  update(done: number, total: number): void {
    if (!this.active) return;
    const t = this.now();
    if (done < total && t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.stream.write(`\r\x1b[2K${this.line(done, total, t)}`);
    this.drawn = true;
  }

  /** The bar's text at time `t` (no control characters). */
  line(done: number, total: number, t: number = this.now()): string {
    const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
    const full = Math.round(fraction * this.width);
    const bar = "█".repeat(full) + "░".repeat(this.width - full);
    const elapsed = t - this.start;
    const left = done > 0 && done < total ? ` ~${clock(((total - done) * elapsed) / done)} left` : "";
    return `${this.label} [${bar}] ${done}/${total} replications  ${clock(elapsed)} elapsed${left}`;
  }

  /** Clears the bar's line (call when the run ends, whatever the outcome). */
  finish(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}

/** Milliseconds as m:ss, or h:mm:ss from an hour. */
function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
