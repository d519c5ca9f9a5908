import { allControls } from "@palisade/controls";
import { type AnalyzerDiagnostic, InProcessPolicyPack, type PolicyConfigFile } from "@palisade/crossguard";
import {
  NOT_IN_NEW_STATE_OPS,
  NOT_REGISTERED_OPS,
  type PolicyDiagnostic,
  type PolicyPackConfig,
  rootStackUrn,
  runPolicyPacks,
  type StackSnapshot,
} from "@palisade/engine";
import type { StackResult } from "@palisade/report";
import { cloudsIn, ownPack } from "./packs";
import { type PolicyConfigInput, validateOwnConfig } from "./policy-config";

export interface PackSelection {
  /** Pack folders given with --pack: run over gRPC exactly as the engine does. */
  dirs: string[];
  /** Config per --pack (by position); with no --pack, one config for all of Palisade's packs. */
  configs: PolicyConfigInput[];
  /** Run Palisade's own packs in-process instead of over gRPC (scan's default, for speed). */
  inProcess: boolean;
  /** In-process only: also return which controls said they do not apply to which resources (for reports of passes). */
  collectNotApplicable?: boolean;
}

export interface Evaluation {
  diagnostics: (PolicyDiagnostic | AnalyzerDiagnostic)[];
  packs: StackResult["policyPacks"];
  /**
   * With `collectNotApplicable` (in-process): per resource URN, the controls whose check said "not
   * applicable" to a resource of a type they cover. Resources of other types are not listed.
   */
  notApplicable?: Map<string, Set<string>>;
}

let typesByControl: Map<string, ReadonlySet<string>> | undefined;

export { checkOwnConfig } from "./policy-config";

/** The same analysis steps the engine runs, in this process, for Palisade's packs. */
async function evaluateInProcess(snapshot: StackSnapshot, config: PolicyConfigFile, collect = false): Promise<Evaluation> {
  let diagnostics: AnalyzerDiagnostic[] = [];
  const notApplicable = collect ? new Map<string, Set<string>>() : undefined;
  if (collect) typesByControl ??= new Map(allControls.map((c) => [c.id, new Set(c.resourceTypes)]));
  const packs: StackResult["policyPacks"] = [];
  for (const cloud of cloudsIn(snapshot)) {
    const own = ownPack(cloud);
    const { packName, packVersion, packArgs } = own.load();
    const pack = new InProcessPolicyPack(packName, packVersion, packArgs);
    const relevant = Object.fromEntries(Object.entries(config).filter(([k]) => k === "all" || packArgs.policies.some((p) => p.name === k)));
    pack.configure(relevant as PolicyConfigFile);
    packs.push({ name: packName, version: packVersion, mode: "in-process", path: own.dir });
    const resourceDiagnostics: AnalyzerDiagnostic[] = [];
    for (const r of snapshot.resources) {
      if (NOT_REGISTERED_OPS.has(r.op ?? "")) continue;
      // As the engine: remediations first, then analysis of the remediated inputs.
      const fixed = await pack.remediate(r);
      const analysis = await pack.analyze(fixed ? { ...r, inputs: fixed } : r);
      resourceDiagnostics.push(...analysis.diagnostics);
      if (notApplicable) {
        for (const na of analysis.notApplicable) {
          if (!typesByControl?.get(na.policyName)?.has(r.type)) continue;
          const set = notApplicable.get(r.urn) ?? new Set<string>();
          set.add(na.policyName);
          notApplicable.set(r.urn, set);
        }
      }
    }
    const inNewState = snapshot.resources.filter((r) => !NOT_IN_NEW_STATE_OPS.has(r.op ?? ""));
    const urns = new Set(inNewState.map((r) => r.urn));
    // As the engine: a stack finding keeps its URN only when it names a resource of the stack.
    const stackDiagnostics = (await pack.analyzeStack(inNewState)).diagnostics.map((d) => ({
      ...d,
      urn: d.urn && urns.has(d.urn) ? d.urn : rootStackUrn(snapshot),
    }));
    // concat, not push(...): a large stack has more findings than a call can take arguments.
    diagnostics = diagnostics.concat(resourceDiagnostics, stackDiagnostics);
  }
  return { diagnostics, packs, ...(notApplicable ? { notApplicable } : {}) };
}

export async function evaluate(snapshot: StackSnapshot, selection: PackSelection): Promise<Evaluation> {
  if (selection.dirs.length === 0 && selection.inProcess) {
    // The same validation Configure runs over gRPC: a config the packs would refuse is refused here too.
    validateOwnConfig(selection.configs[0]);
    return evaluateInProcess(snapshot, (selection.configs[0]?.content ?? {}) as PolicyConfigFile, selection.collectNotApplicable);
  }
  // Over gRPC: explicit packs, or Palisade's packs for the clouds in the stack.
  const dirs = selection.dirs.length > 0 ? selection.dirs : cloudsIn(snapshot).map((c) => ownPack(c).dir);
  if (selection.dirs.length === 0) validateOwnConfig(selection.configs[0]);
  const packs = dirs.map((dir, i) => {
    const cfg = selection.dirs.length > 0 ? selection.configs[i] : selection.configs[0];
    return { dir, ...(cfg ? { config: cfg.content as PolicyPackConfig, configSource: cfg.file } : {}) };
  });
  const infos = new Map<string, { name: string; version: string }>();
  const diagnostics = await runPolicyPacks(snapshot, packs, { onAnalyzerInfo: (dir, info) => infos.set(dir, info) });
  const versions: StackResult["policyPacks"] = dirs.map((dir) => ({
    name: infos.get(dir)?.name ?? dir,
    version: infos.get(dir)?.version ?? "",
    mode: "grpc" as const,
    path: dir,
  }));
  return { diagnostics, packs: versions };
}
