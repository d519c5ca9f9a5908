import { createHash, randomUUID } from "node:crypto";
import { controlById, type FrameworkId } from "@palisade/controls";
import { withEvidence } from "../compliance/collect";
import type { CellStatus, ComplianceReport, ControlSummary, Evidence, StackWithEvidence } from "../compliance/model";
import { cellOf, controlsOf } from "../compliance/view";

/**
 * OSCAL Assessment Results 1.0.6 (JSON): one `result` per stack, with an observation per control that
 * applied (its subjects are the resources it found, defined as inventory items) and a finding per
 * framework requirement that could be decided (satisfied or not), related to the observations of its
 * controls. Subject and finding UUIDs are name-based (v5), so they stay the same across runs; the
 * document and result UUIDs are random (v4), as each run is a new assessment. Streamed one result at a time.
 */

const NS = "https://palisade.dev/ns/oscal";
/** The namespace of Palisade's name-based UUIDs. */
const UUID_NAMESPACE = "5c2f6c1e-3f0b-4d4e-9a57-8f1c0b6d2a10";

/** RFC 4122 name-based UUID (version 5, SHA-1). */
export function uuidV5(name: string, namespace = UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A requirement id as an OSCAL control id (an NCName token): NIST's own OSCAL ids (`AC-6(9)` → `ac-6.9`),
 * others prefixed with the framework (`cis-aws-7.0_2.1.1`, `hipaa_164.312.a.2.iv`).
 */
export function oscalControlId(framework: FrameworkId, id: string): string {
  if (framework === "nist-800-53-r5") {
    return id
      .toLowerCase()
      .replace(/\(([^)]+)\)/g, ".$1")
      .replace(/[^a-z0-9.\-_]/g, "_");
  }
  const token = id.replace(/\(([^)]+)\)/g, ".$1").replace(/[^\p{L}\p{N}.\-_]+/gu, "_");
  return `${framework}_${token}`;
}

/** OSCAL strings must not be empty nor start or end with whitespace, and props are one line. */
const text = (s: string | null | undefined, fallback = "-") => {
  const t = String(s ?? "")
    .replace(/\s+/g, " ")
    .trim();
  return t === "" ? fallback : t;
};
const prop = (name: string, value: string | number) => ({ name, ns: NS, value: text(String(value)) });

const STATE: Record<CellStatus, { state: "satisfied" | "not-satisfied"; reason: "pass" | "fail" | "other" } | null> = {
  pass: { state: "satisfied", reason: "pass" },
  fail: { state: "not-satisfied", reason: "fail" },
  accepted: { state: "not-satisfied", reason: "fail" },
  "cannot-evaluate": { state: "not-satisfied", reason: "other" },
  "not-applicable": null,
};

function evidenceRemarks(e: Evidence): string {
  const acceptance = e.acceptance
    ? ` Accepted by ${e.acceptance.source}${e.acceptance.expired ? " (expired)" : ""}: ${e.acceptance.reason}${e.acceptance.expires ? ` (until ${e.acceptance.expires})` : ""}.`
    : "";
  return `${e.message}${acceptance}`;
}

function stackResult(report: ComplianceReport, { stack, index: stackIndex, controls: results }: StackWithEvidence, toolUuid: string) {
  const origin = { actors: [{ type: "tool", "actor-uuid": toolUuid }] };
  const systemUuid = uuidV5(`stack:${stack.id}`);
  const items = new Map<string, { uuid: string; description: string; props: { name: string; ns: string; value: string }[] }>();
  const observations: Record<string, unknown>[] = [];
  const observationOf = new Map<string, string>();
  for (const c of results) {
    const uuid = uuidV5(`observation:${stack.id}:${c.controlId}`);
    observationOf.set(c.controlId, uuid);
    const subjects = c.evidence.map((e) => {
      let item = items.get(e.urn);
      if (!item) {
        item = {
          uuid: uuidV5(`resource:${e.urn}`),
          description: text(e.urn),
          props: [prop("urn", e.urn), prop("resource-type", e.resourceType)],
        };
        items.set(e.urn, item);
      }
      return { "subject-uuid": item.uuid, type: "inventory-item", title: text(e.urn) };
    });
    const meta = controlById(c.controlId);
    observations.push({
      uuid,
      title: text(meta?.title ?? c.controlId),
      description: text(
        `${c.controlId} in ${stack.id}: ${c.status}. ${c.applicable} resource(s) applicable, ${c.passing} passing, ${c.failing} failing, ${c.accepted} accepted, ${c.cannotEvaluate} could not be evaluated.${c.note ? ` ${c.note}.` : ""}`,
      ),
      props: [prop("control-id", c.controlId), prop("status", c.status), ...(meta ? [prop("severity", meta.severity)] : [])],
      methods: ["TEST"],
      types: [c.status === "pass" ? "control-objective" : "finding"],
      origins: [origin],
      subjects: subjects.length > 0 ? subjects : [{ "subject-uuid": systemUuid, type: "component", title: text(stack.id) }],
      ...(c.evidence.length > 0
        ? {
            "relevant-evidence": c.evidence.map((e) => ({
              description: text(
                `${e.kind === "cannot-evaluate" ? "Could not be evaluated" : `Violation (${e.enforcementLevel})`} on ${e.urn}`,
              ),
              props: [
                prop("fingerprint", e.fingerprint),
                prop("enforcement-level", e.enforcementLevel),
                ...(e.severity ? [prop("severity", e.severity)] : []),
              ],
              remarks: evidenceRemarks(e),
            })),
          }
        : {}),
      collected: report.generatedAt,
      ...(c.evidenceOmitted > 0 ? { remarks: `${c.evidenceOmitted} more finding(s) are listed in the JSON report.` } : {}),
    });
  }

  const findings: Record<string, unknown>[] = [];
  const reviewed: { "control-id": string }[] = [];
  const reviewedIds = new Set<string>();
  const controls = controlsOf(stack);
  for (const f of report.frameworks) {
    const k = f.stacks.indexOf(stackIndex);
    if (k < 0) continue;
    for (const r of f.requirements) {
      const status = cellOf(r, k);
      if (status === "manual" || status === "not-covered") continue;
      const state = STATE[status];
      if (!state) continue;
      const controlId = oscalControlId(f.id, r.id);
      if (!reviewedIds.has(controlId)) {
        reviewedIds.add(controlId);
        reviewed.push({ "control-id": controlId });
      }
      const decided = r.controls.map((id) => controls.get(id)).filter((c): c is ControlSummary => !!c);
      const accepted = status === "accepted" ? " Every violation is accepted (baseline or exemption)." : "";
      findings.push({
        uuid: uuidV5(`finding:${stack.id}:${f.id}:${r.id}`),
        title: text(`${f.label} ${r.id}: ${r.title}`),
        description: text(
          `${r.id} (${f.id}) in ${stack.id}: ${status}, decided by ${decided.map((c) => `${c.controlId} (${c.status})`).join(", ")}.${accepted}`,
        ),
        props: [prop("framework", f.id), prop("requirement-id", r.id), prop("status", status)],
        origins: [origin],
        target: {
          type: "objective-id",
          "target-id": controlId,
          title: text(r.title),
          status: {
            state: state.state,
            reason: state.reason,
            ...(status === "cannot-evaluate"
              ? { remarks: "A value the check reads is unknown at preview; it is decided on the next run against deployed state." }
              : {}),
          },
        },
        "related-observations": decided.map((c) => ({ "observation-uuid": observationOf.get(c.controlId) as string })),
      });
    }
  }

  return {
    uuid: randomUUID(),
    title: text(`Palisade assessment of ${stack.id}`),
    description: text(
      `Automated assessment of the Pulumi stack ${stack.id} (${stack.source.kind}: ${stack.source.path}) against ${report.options.frameworks.join(", ")}: ${stack.resourceCount} resources, ${stack.findings.total} findings (${stack.findings.new} new, ${stack.findings.accepted} accepted).`,
    ),
    start: report.generatedAt,
    end: report.generatedAt,
    props: [prop("stack", stack.id), prop("project", stack.project), prop("source-kind", stack.source.kind), prop("input", stack.input)],
    "local-definitions": {
      components: [
        {
          uuid: toolUuid,
          type: "software",
          title: "Palisade",
          description: "The tool that assessed the stack: Palisade's controls, evaluated from Pulumi state or previews.",
          props: [prop("version", report.tool.version)],
          status: { state: "operational" },
        },
        {
          uuid: systemUuid,
          type: "this-system",
          title: text(stack.id),
          description: text(`Pulumi stack ${stack.stack} of project ${stack.project}, read from ${stack.source.path}.`),
          props: [prop("resource-count", stack.resourceCount), ...stack.clouds.map((c) => prop("cloud", c))],
          status: { state: "operational" },
        },
      ],
      ...(items.size > 0 ? { "inventory-items": [...items.values()] } : {}),
    },
    "reviewed-controls": {
      "control-selections": [
        reviewed.length > 0
          ? { description: "Framework requirements an automated control decided in this stack.", "include-controls": reviewed }
          : { description: "No automated requirement applied to this stack." },
      ],
    },
    ...(observations.length > 0 ? { observations } : {}),
    ...(findings.length > 0 ? { findings } : {}),
  };
}

export function* renderOscal(report: ComplianceReport): Generator<string> {
  const toolUuid = uuidV5(`tool:palisade:${report.tool.version}`);
  const failed = report.inputs.filter((i) => i.status === "failed");
  const head = {
    uuid: randomUUID(),
    metadata: {
      title: "Palisade compliance assessment results",
      "last-modified": report.generatedAt,
      version: report.generatedAt,
      "oscal-version": "1.0.6",
      props: [prop("frameworks", report.options.frameworks.join(" ") || "none"), prop("outcome", report.outcome.reason)],
      ...(failed.length > 0
        ? {
            remarks: `Incomplete: ${failed.length} input(s) could not be read or evaluated: ${failed.map((i) => `${i.path} (${i.error})`).join("; ")}`,
          }
        : {}),
    },
    "import-ap": {
      href: "urn:palisade:assessment-plan",
      remarks:
        "Palisade does not publish an assessment plan: the plan is the selection of framework catalogues in metadata and each result's reviewed controls.",
    },
  };
  const headText = JSON.stringify(head, null, 2);
  yield `{\n  "assessment-results": ${headText.slice(0, -2).replace(/\n/g, "\n  ")},\n    "results": [`;
  let first = true;
  for (const stack of withEvidence(report)) {
    yield `${first ? "\n" : ",\n"}      ${JSON.stringify(stackResult(report, stack, toolUuid))}`;
    first = false;
  }
  if (report.stacks.length === 0 && failed.length === 0) {
    const result = {
      uuid: randomUUID(),
      title: "No stack assessed",
      description: "The inputs held no Pulumi stack.",
      start: report.generatedAt,
      end: report.generatedAt,
      "reviewed-controls": { "control-selections": [{ description: "None: no stack was read." }] },
    };
    yield `\n      ${JSON.stringify(result)}`;
    first = false;
  }
  for (const input of failed) {
    const result = {
      uuid: randomUUID(),
      title: text(`Input failed: ${input.path}`),
      description: text(`The input ${input.path} could not be read or evaluated: ${input.error}`),
      start: report.generatedAt,
      end: report.generatedAt,
      props: [prop("input", input.path), prop("input-status", "failed")],
      "reviewed-controls": { "control-selections": [{ description: "None: the input could not be assessed." }] },
      remarks: text(input.error),
    };
    yield `${first ? "\n" : ",\n"}      ${JSON.stringify(result)}`;
    first = false;
  }
  yield `${first ? "" : "\n    "}]\n  }\n}\n`;
}
