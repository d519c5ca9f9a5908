import { dirname } from "node:path";
import type { Cloud } from "@palisade/controls";
import type { StackSnapshot } from "@palisade/engine";
import type { PolicyPackArgs } from "@pulumi/policy";

/** Palisade's own packs, one per cloud; found through their workspace packages, never by path guessing. */
export interface OwnPack {
  cloud: Cloud;
  dir: string;
  name: string;
  version: string;
  /** Loads the pack's policies module (not its entry point, which would start a server). */
  load(): { packName: string; packVersion: string; packArgs: PolicyPackArgs };
}

const PACKAGES: Record<Cloud, string> = {
  aws: "@palisade/aws-guardrails",
  azure: "@palisade/azure-guardrails",
  gcp: "@palisade/gcp-guardrails",
};

export function ownPack(cloud: Cloud): OwnPack {
  const pkgJson = require.resolve(`${PACKAGES[cloud]}/package.json`);
  const { version } = require(pkgJson) as { version: string };
  return {
    cloud,
    dir: dirname(pkgJson),
    name: `palisade-${cloud}-guardrails`,
    version,
    load: () => require(`${PACKAGES[cloud]}/dist/policies`),
  };
}

const TYPE_PREFIX: Record<Cloud, string> = { aws: "aws:", azure: "azure-native:", gcp: "gcp:" };

/** Clouds whose resources appear in a stack (by provider type token). */
export function cloudsIn(snapshot: StackSnapshot): Cloud[] {
  return (Object.keys(TYPE_PREFIX) as Cloud[]).filter((c) =>
    snapshot.resources.some((r) => r.type.startsWith(TYPE_PREFIX[c]) || r.type === `pulumi:providers:${TYPE_PREFIX[c].slice(0, -1)}`),
  );
}
