import { SingleBar } from "cli-progress";

/** A progress bar on an interactive terminal only; silent in CI logs, pipes and with --quiet. */
export function progress(total: number, label: string, quiet: boolean): { tick(name: string): void; stop(): void } {
  if (quiet || !process.stderr.isTTY || total < 2) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {name}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0, { name: "" });
  return { tick: (name) => bar.increment(1, { name }), stop: () => bar.stop() };
}
