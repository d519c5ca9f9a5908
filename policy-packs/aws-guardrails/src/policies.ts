import { awsControls } from "@palisade/controls";
import { toPolicyPackArgs } from "@palisade/crossguard";

/**
 * The pack's policies, kept apart from index.ts: constructing a PolicyPack starts a gRPC server, so
 * tools (the in-process scanner, tests) import this module instead.
 */

// The CLI reads the version from package.json too; one source of truth.
const { version } = require("../package.json") as { version: string };

export const packName = "palisade-aws-guardrails";
export const packVersion = version;
export const controls = awsControls;

export const packArgs = toPolicyPackArgs(controls, {
  cloud: "aws",
  displayName: "Palisade AWS guardrails",
  description: "Preventive checks for AWS resources at preview, one policy per Palisade control.",
});
