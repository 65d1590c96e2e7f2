/** Small measuring tools shared by the scenarios: wall time, repeated runs, peak memory. */

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Runs `work` once to warm up, then `runs` times; the median and the slowest, in ms. */
export async function repeated(work: () => Promise<unknown>, runs = 5): Promise<{ medianMs: number; maxMs: number }> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(work)).ms);
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, maxMs: times[times.length - 1]! };
}

/** Samples the process's resident memory every 25 ms until stopped; the peak in MB. */
export function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return Math.round(peak / 1024 / 1024);
    },
  };
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
