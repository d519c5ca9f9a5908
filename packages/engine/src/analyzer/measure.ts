/**
 * Timing probes for benchmarks: how long a pack takes to become useful, and what one Analyze costs.
 */
import { emptyOptions, type PlannedResource } from "../model/snapshot";
import { startPolicyPack } from "./policy-pack-process";
import { mapInOrder } from "./run-policy-packs";

export interface ColdStartTiming {
  /** Spawn → port printed and client connected. */
  startMs: number;
  /** Spawn → GetAnalyzerInfo and Configure answered. */
  configuredMs: number;
  /** Spawn → first Analyze answered (what a CLI run waits before its first resource verdict). */
  firstAnalyzeMs: number;
}

export interface LatencySummary {
  count: number;
  totalMs: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface AnalyzeLatency {
  /** One request at a time: the latency of a single Analyze round trip. */
  sequential: LatencySummary;
  /** `concurrency` requests in flight, as `runPolicyPacks` does; per-request latency and wall time. */
  concurrent: LatencySummary & { concurrency: number; wallMs: number };
}

/** An S3 bucket, the resource most packs have a policy for. */
export function sampleBucket(index = 0): PlannedResource {
  const name = `bucket-${index}`;
  return {
    urn: `urn:pulumi:dev::bench::aws:s3/bucket:Bucket::${name}`,
    type: "aws:s3/bucket:Bucket",
    name,
    custom: true,
    inputs: { bucket: name, acl: index % 2 === 0 ? "private" : "public-read", tags: { owner: "bench" } },
    dependencies: [],
    propertyDependencies: {},
    options: emptyOptions(),
  };
}

function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]);
  const totalMs = samples.reduce((sum, sample) => sum + sample, 0);
  return {
    count: samples.length,
    totalMs,
    meanMs: samples.length === 0 ? 0 : totalMs / samples.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: sorted.length === 0 ? 0 : sorted[sorted.length - 1],
  };
}

export async function measureColdStart(packDir: string, resource: PlannedResource = sampleBucket()): Promise<ColdStartTiming> {
  const started = performance.now();
  const pack = await startPolicyPack(packDir);
  try {
    const startMs = performance.now() - started;
    await pack.getAnalyzerInfo();
    await pack.configure({});
    const configuredMs = performance.now() - started;
    await pack.analyze(resource);
    return { startMs, configuredMs, firstAnalyzeMs: performance.now() - started };
  } finally {
    await pack.close();
  }
}

export async function measureAnalyzeLatency(
  packDir: string,
  resources: readonly PlannedResource[],
  concurrency = 8,
): Promise<AnalyzeLatency> {
  const pack = await startPolicyPack(packDir);
  try {
    await pack.getAnalyzerInfo();
    await pack.configure({});
    // One warm-up request so the first sample does not include lazy initialisation.
    if (resources.length > 0) {
      await pack.analyze(resources[0]);
    }
    const sequentialSamples: number[] = [];
    for (const resource of resources) {
      const requestStart = performance.now();
      await pack.analyze(resource);
      sequentialSamples.push(performance.now() - requestStart);
    }
    const wallStart = performance.now();
    const concurrentSamples = await mapInOrder(resources, concurrency, async (resource) => {
      const requestStart = performance.now();
      await pack.analyze(resource);
      return performance.now() - requestStart;
    });
    const wallMs = performance.now() - wallStart;
    return {
      sequential: summarize(sequentialSamples),
      concurrent: { ...summarize(concurrentSamples), concurrency, wallMs },
    };
  } finally {
    await pack.close();
  }
}
