/**
 * Runs CrossGuard packs over a snapshot the way `pulumi preview --policy-pack` does: start each pack,
 * ConfigureStack, GetAnalyzerInfo, Configure (always, `{}` giving the declared levels), then per
 * resource a remediation pass and an analysis pass over every pack, then one AnalyzeStack per pack.
 */
import type { PlannedResource, StackSnapshot, WireProperties } from "../model/snapshot";
import { type PolicyPackProcess, type StartPolicyPackOptions, startPolicyPack } from "./policy-pack-process";
import type { AnalyzerInfo, PolicyDiagnostic, PolicyPackConfig, PolicyRemediation, StackContext } from "./types";
import { providerOf } from "./wire";

export interface PolicyPackToRun {
  dir: string;
  /** `--policy-pack-config` content; omitted means `{}`, i.e. the levels the pack declares. */
  config?: PolicyPackConfig;
  /** Names the config in error messages (e.g. its file path). */
  configSource?: string;
}

export interface RunPolicyPacksOptions extends Omit<StartPolicyPackOptions, "stack"> {
  /** Resources analysed at once (each goes through every pack in turn). */
  concurrency?: number;
  /** Tells packs this is a preview (`pulumi.runtime.isDryRun()`); default true, as nothing is deployed. */
  dryRun?: boolean;
  stackTags?: Record<string, string>;
  stackConfig?: Record<string, string>;
  /** Called once per pack with what GetAnalyzerInfo answered (name, version, policies). */
  onAnalyzerInfo?: (packDir: string, info: AnalyzerInfo) => void;
  /** Called for each remediation a pack applied, before the resource is analysed with the new inputs. */
  onRemediation?: (urn: string, remediation: PolicyRemediation) => void;
}

/**
 * Steps the engine does not register, so it neither remediates nor analyses them (reads go through
 * ReadResource, deletions have no new state).
 */
export const NOT_REGISTERED_OPS: ReadonlySet<string> = new Set([
  "delete",
  "delete-replaced",
  "discard",
  "discard-replaced",
  "read",
  "read-replacement",
  "read-discard",
  "remove-pending-replace",
]);
/** Steps whose resource is not in the new state that AnalyzeStack sees. */
export const NOT_IN_NEW_STATE_OPS: ReadonlySet<string> = new Set([
  "delete",
  "delete-replaced",
  "discard",
  "discard-replaced",
  "read-discard",
  "remove-pending-replace",
]);

export const DEFAULT_ANALYZE_CONCURRENCY = 8;

/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
export async function mapInOrder<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** `DefaultRootStackURN` of the engine, used for stack diagnostics without a known URN. */
export function rootStackUrn(snapshot: StackSnapshot): string {
  const stackResource = snapshot.resources.find((r) => r.type === "pulumi:pulumi:Stack" && !r.parent);
  return (
    stackResource?.urn ?? `urn:pulumi:${snapshot.stack}::${snapshot.project}::pulumi:pulumi:Stack::${snapshot.project}-${snapshot.stack}`
  );
}

async function startAll(packs: readonly PolicyPackToRun[], options: StartPolicyPackOptions): Promise<PolicyPackProcess[]> {
  const started = await Promise.allSettled(packs.map((pack) => startPolicyPack(pack.dir, options)));
  const analyzers = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    await Promise.all(analyzers.map((analyzer) => analyzer.close()));
    throw failure.reason;
  }
  return analyzers;
}

/**
 * Every diagnostic of every pack: resource diagnostics in resource order (remediation warnings
 * first, then each pack's findings), then stack diagnostics in pack order. Rejects if any pack fails
 * to start, errors, crashes or times out.
 */
export async function runPolicyPacks(
  snapshot: StackSnapshot,
  packs: readonly PolicyPackToRun[],
  options: RunPolicyPacksOptions = {},
): Promise<PolicyDiagnostic[]> {
  const { concurrency = DEFAULT_ANALYZE_CONCURRENCY, dryRun = true, stackTags, stackConfig, onRemediation } = options;
  const stack: StackContext = {
    project: snapshot.project,
    stack: snapshot.stack,
    organization: snapshot.organization,
    dryRun,
    tags: stackTags,
    config: stackConfig,
  };
  const analyzers = await startAll(packs, { ...options, stack });
  try {
    await Promise.all(
      analyzers.map(async (analyzer, index) => {
        await analyzer.configureStack(stack);
        const pack = packs[index];
        options.onAnalyzerInfo?.(pack.dir, await analyzer.getAnalyzerInfo());
        await analyzer.configure(pack.config ?? {}, pack.configSource ?? `policy pack config for ${pack.dir}`);
      }),
    );

    const resourcesByUrn = new Map(snapshot.resources.map((resource) => [resource.urn, resource]));
    const remediatedInputs = new Map<string, WireProperties>();
    const registered = snapshot.resources.filter((resource) => !NOT_REGISTERED_OPS.has(resource.op ?? ""));

    const perResource = await mapInOrder(registered, concurrency, async (resource) => {
      const diagnostics: PolicyDiagnostic[] = [];
      const provider = providerOf(resource, resourcesByUrn);
      let current: PlannedResource = resource;
      // First pass: remediations, so that every pack then analyses the final inputs.
      for (const analyzer of analyzers) {
        const { remediations } = await analyzer.remediate(current, provider);
        for (const remediation of remediations) {
          if (remediation.diagnostic) {
            diagnostics.push({
              policyName: remediation.policyName,
              policyPackName: remediation.policyPackName,
              policyPackVersion: remediation.policyPackVersion,
              description: remediation.description,
              message: remediation.diagnostic,
              urn: resource.urn,
              enforcementLevel: "advisory",
            });
          } else if (remediation.properties) {
            onRemediation?.(resource.urn, remediation);
            current = { ...current, inputs: remediation.properties };
          }
        }
      }
      if (current !== resource) {
        remediatedInputs.set(resource.urn, current.inputs);
      }
      for (const analyzer of analyzers) {
        const result = await analyzer.analyze(current, provider);
        for (const diagnostic of result.diagnostics) {
          diagnostics.push({
            ...diagnostic,
            // A violation that survives remediation is reported as mandatory.
            enforcementLevel: diagnostic.enforcementLevel === "remediate" ? "mandatory" : diagnostic.enforcementLevel,
            // The engine always reports a resource policy against the analysed resource.
            urn: resource.urn,
          });
        }
      }
      return diagnostics;
    });

    const inNewState = snapshot.resources.filter((resource) => !NOT_IN_NEW_STATE_OPS.has(resource.op ?? ""));
    const fallbackUrn = rootStackUrn(snapshot);
    const perPackStack = await Promise.all(
      analyzers.map(async (analyzer) => {
        const { diagnostics } = await analyzer.analyzeStack(inNewState, { inputsByUrn: remediatedInputs });
        // A stack diagnostic keeps its URN only when it names a resource of the stack.
        return diagnostics.map((diagnostic) => ({
          ...diagnostic,
          urn: diagnostic.urn && resourcesByUrn.has(diagnostic.urn) ? diagnostic.urn : fallbackUrn,
        }));
      }),
    );
    return [...perResource.flat(), ...perPackStack.flat()];
  } finally {
    await Promise.all(analyzers.map((analyzer) => analyzer.close()));
  }
}
