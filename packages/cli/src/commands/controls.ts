import {
  allControls,
  type Cloud,
  type Control,
  coverage,
  enforcementPoints,
  FRAMEWORK_IDS,
  type FrameworkId,
  frameworkLabel,
  isFrameworkId,
} from "@palisade/controls";
import { UsageError } from "../errors";

export interface ControlsOptions {
  cloud?: string;
  framework?: string;
  format: string;
}

function select(opts: ControlsOptions): { controls: Control[]; framework?: FrameworkId } {
  if (opts.cloud && !["aws", "azure", "gcp"].includes(opts.cloud))
    throw new UsageError(`--cloud must be aws, azure or gcp (got "${opts.cloud}")`);
  if (opts.framework && !isFrameworkId(opts.framework))
    throw new UsageError(`--framework must be one of ${FRAMEWORK_IDS.join(", ")} (got "${opts.framework}")`);
  const framework = opts.framework as FrameworkId | undefined;
  const controls = allControls.filter(
    (c) => (!opts.cloud || c.cloud === (opts.cloud as Cloud)) && (!framework || (c.frameworks[framework]?.length ?? 0) > 0),
  );
  return { controls, framework };
}

const mappings = (c: Control, framework?: FrameworkId): string =>
  framework
    ? (c.frameworks[framework] ?? []).join(", ")
    : Object.entries(c.frameworks)
        .map(([f, ids]) => `${f} ${(ids ?? []).join(", ")}`)
        .join("; ");

const preventiveKinds = (c: Control): string => [...new Set((c.preventive ?? []).map((p) => p.kind))].join(", ") || "-";

export function renderControlsMarkdown(controls: readonly Control[], framework?: FrameworkId): string {
  const lines = [
    `| Control | Cloud | Severity | Default level | Enforced | Preventive form | Resource types | ${framework ? frameworkLabel(framework) : "Frameworks"} |`,
    "|---|---|---|---|---|---|---|---|",
    ...controls.map(
      (c) =>
        `| \`${c.id}\`<br>${c.title} | ${c.cloud} | ${c.severity} | ${c.enforcementLevel} | ${enforcementPoints(c).join(" + ")} | ${preventiveKinds(c)} | ${c.resourceTypes.map((t) => `\`${t}\``).join("<br>")} | ${mappings(c, framework)} |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

export function renderCoverageMarkdown(controls: readonly Control[]): string {
  const lines = ["| Framework | Requirements | Mapped by a control | CIS 'Automated' |", "|---|---|---|---|"];
  for (const id of FRAMEWORK_IDS) {
    const cov = coverage(id, controls);
    lines.push(`| ${cov.label} (\`${id}\`) | ${cov.total} | ${cov.automated} | ${cov.cisAutomated ?? "-"} |`);
  }
  return `${lines.join("\n")}\n`;
}

export function controlsCommand(opts: ControlsOptions): string {
  const { controls, framework } = select(opts);
  if (opts.format === "json") {
    return `${JSON.stringify(
      controls.map((c) => ({
        id: c.id,
        title: c.title,
        cloud: c.cloud,
        service: c.service,
        severity: c.severity,
        enforcementLevel: c.enforcementLevel,
        enforcedAt: enforcementPoints(c),
        preventive: (c.preventive ?? []).map((p) => p.kind),
        resourceTypes: c.resourceTypes,
        frameworks: c.frameworks,
        rationale: c.rationale,
        remediation: c.remediation,
      })),
      null,
      2,
    )}\n`;
  }
  if (opts.format === "md") return renderControlsMarkdown(controls, framework);
  if (opts.format !== "table") throw new UsageError(`--format must be table, json or md (got "${opts.format}")`);
  const rows = controls.map((c) => [
    c.id,
    c.cloud,
    c.severity,
    c.enforcementLevel,
    preventiveKinds(c),
    framework ? mappings(c, framework) : String(Object.keys(c.frameworks).length),
  ]);
  const head = ["CONTROL", "CLOUD", "SEVERITY", "LEVEL", "PREVENTIVE", framework ? framework.toUpperCase() : "FRAMEWORKS"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return `${[fmt(head), ...rows.map(fmt)].join("\n")}\n\n${controls.length} control(s)\n`;
}
