import type { ScanResult } from "../model";

/**
 * JUnit XML: one test suite per stack, one test case per policy that ran; mandatory findings are
 * failures, advisory ones are reported in system-out of a passing case.
 */

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function renderJunit(
  result: ScanResult,
  policiesByPack: Map<string, string[]> = new Map(),
  /** Inputs that could not be read: one test suite "inputs" with an error per input. */
  inputErrors: { input: string; message: string }[] = [],
): string {
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const s of result.stacks) {
    const cases: string[] = [];
    const policies = new Map<string, string>(); // policy → pack
    for (const p of s.policyPacks) for (const name of policiesByPack.get(p.name) ?? []) policies.set(name, p.name);
    for (const f of s.findings) policies.set(f.policy, f.policyPack);
    let failures = 0;
    for (const [policy, pack] of [...policies.entries()].sort()) {
      const findings = s.findings.filter((f) => f.policy === policy && f.policyPack === pack);
      const mandatory = findings.filter((f) => f.enforcementLevel === "mandatory" || f.enforcementLevel === "remediate");
      const advisory = findings.filter((f) => !mandatory.includes(f));
      const body: string[] = [];
      if (mandatory.length > 0) {
        failures++;
        body.push(
          `      <failure message="${esc(`${mandatory.length} mandatory violation(s)`)}" type="mandatory">${esc(mandatory.map((f) => `${f.urn}\n${f.message}`).join("\n\n"))}</failure>`,
        );
      }
      if (advisory.length > 0)
        body.push(`      <system-out>${esc(advisory.map((f) => `[advisory] ${f.urn}\n${f.message}`).join("\n\n"))}</system-out>`);
      cases.push(
        body.length > 0
          ? `    <testcase classname="${esc(pack)}" name="${esc(policy)}">\n${body.join("\n")}\n    </testcase>`
          : `    <testcase classname="${esc(pack)}" name="${esc(policy)}"/>`,
      );
    }
    totalTests += policies.size;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${esc(`${s.project}/${s.stack}`)}" tests="${policies.size}" failures="${failures}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  if (inputErrors.length > 0) {
    const cases = inputErrors.map(
      (e) =>
        `    <testcase classname="inputs" name="${esc(e.input)}">\n      <error message="${esc(e.message)}" type="input">${esc(`${e.input}: ${e.message}`)}</error>\n    </testcase>`,
    );
    totalTests += inputErrors.length;
    suites.push(
      `  <testsuite name="inputs" tests="${inputErrors.length}" failures="0" errors="${inputErrors.length}" skipped="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const errors = inputErrors.length > 0 ? ` errors="${inputErrors.length}"` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="palisade" tests="${totalTests}" failures="${totalFailures}"${errors}>\n${suites.join("\n")}\n</testsuites>\n`;
}
