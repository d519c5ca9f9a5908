import { azureControls } from "@palisade/controls";
import { toPolicyPackArgs } from "@palisade/crossguard";

/**
 * The pack's policies, kept apart from index.ts: constructing a PolicyPack starts a gRPC server, so
 * tools (the in-process scanner, tests) import this module instead.
 */

// The CLI reads the version from package.json too; one source of truth.
const { version } = require("../package.json") as { version: string };

export const packName = "palisade-azure-guardrails";
export const packVersion = version;
export const controls = azureControls;

export const packArgs = toPolicyPackArgs(controls, {
  cloud: "azure",
  displayName: "Palisade Azure guardrails",
  description: "Preventive checks for Azure resources at preview, one policy per Palisade control.",
});
