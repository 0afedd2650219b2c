/**
 * Progress for long loads: a live bar with articles/s on a TTY (cli-progress), a line every
 * few seconds when stderr is a file or pipe, and nothing at all when quiet.
 */
import cliProgress from 'cli-progress';

export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private readonly started = Date.now();
  private lastLine = Date.now();
  private stopped = false;

  constructor(private readonly tty: boolean, private readonly lines = !tty) {}

  tick(done: number): void {
    if (this.stopped) return;
    if (this.tty) {
      if (!this.bar) {
        this.bar = new cliProgress.SingleBar({
          format: 'seeding | {value} articles | {speed} articles/s',
          hideCursor: true, clearOnComplete: true, noTTYOutput: false, stream: process.stderr,
        });
        this.bar.start(0, 0, { speed: '0' });
      }
      if (done % 50 === 0) this.bar.update(done, { speed: this.rate(done) });
    } else if (this.lines && Date.now() - this.lastLine > 5000) {
      this.lastLine = Date.now();
      process.stderr.write(`kg: ${done} articles, ${this.rate(done)} articles/s\n`);
    }
  }

  /** Print a message above the bar without breaking it. */
  log(message: string): void {
    if (this.bar) this.bar.stop(), (this.bar = null);
    process.stderr.write(message + '\n');
  }

  stop(done: number): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.bar) {
      this.bar.update(done, { speed: this.rate(done) });
      this.bar.stop();
    }
  }

  private rate(done: number): string {
    const s = (Date.now() - this.started) / 1000;
    return s > 0 ? Math.round(done / s).toString() : '0';
  }
}
