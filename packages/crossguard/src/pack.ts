import type { Cloud, Control } from "@palisade/controls";
import type { PolicyPackArgs } from "@pulumi/policy";
import { controlToPolicy } from "./policy";

const PROVIDER: Record<Cloud, string> = { aws: "aws", azure: "azure", gcp: "gcp" };

/** Turns controls into the arguments of `new PolicyPack(...)`. */
export function toPolicyPackArgs(
  controls: readonly Control[],
  meta: { cloud: Cloud; displayName: string; description: string; readme?: string },
): PolicyPackArgs {
  return {
    displayName: meta.displayName,
    description: meta.description,
    provider: PROVIDER[meta.cloud],
    tags: ["palisade", meta.cloud, "security", "compliance"],
    ...(meta.readme ? { readme: meta.readme } : {}),
    policies: controls.map(controlToPolicy),
  };
}
