/** A one-line progress bar on stderr (redrawn in place on a terminal, a line every 5 s otherwise). */

function compact(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  return String(Math.round(n));
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export class Progress {
  private readonly started = performance.now();
  private lastDraw = 0;
  private done = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(private total: number) {}

  get rows(): number {
    return this.done;
  }

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  advance(rows: number, label: string): void {
    this.done += rows;
    const now = performance.now();
    if (now - this.lastDraw < (this.tty ? 200 : 5000)) return;
    this.lastDraw = now;
    this.draw(label);
  }

  finish(label: string): void {
    this.total = this.done;
    this.draw(label);
    if (this.tty) process.stderr.write("\n");
  }

  private draw(label: string): void {
    const fraction = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const width = 24;
    const filled = Math.round(fraction * width);
    const rate = this.done / Math.max(this.seconds, 1e-3);
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    const line =
      `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ` +
      `${compact(this.done)}/${compact(this.total)} rows  ${compact(rate)} rows/s  ${clock(this.seconds)} elapsed, ETA ${clock(eta)}  ${label}`;
    process.stderr.write(
      this.tty ? `\r${line.padEnd(process.stderr.columns ? process.stderr.columns - 1 : 120)}` : `${line}\n`,
    );
  }
}
