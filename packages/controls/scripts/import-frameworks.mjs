#!/usr/bin/env node
// Regenerates packages/controls/frameworks/*.json from framework extracts taken from
// prowler-cloud/prowler's compliance definitions (Apache-2.0), one JSON file per framework and cloud in
// one folder. A maintainer's tool: nothing at build or test time runs it. From the repo root:
//   node packages/controls/scripts/import-frameworks.mjs <folder with cis_7.0_aws.json, ...>
// IDs are converted to each framework's own notation (AC-2(3), CC6.1, 164.312(a)(1)) so that
// control files and reports use the notation auditors know.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const source = process.argv[2];
if (!source) {
  console.error("usage: node packages/controls/scripts/import-frameworks.mjs <folder of prowler compliance JSON files>");
  process.exit(2);
}
const out = new URL("../frameworks/", import.meta.url).pathname;

/** Catalogues we ship: our id → source files (several clouds of the same framework are merged). */
const catalogues = {
  "cis-aws-7.0": { name: "CIS Amazon Web Services Foundations Benchmark", version: "7.0", files: ["cis_7.0_aws.json"], cloud: "aws" },
  "cis-aws-3.0": { name: "CIS Amazon Web Services Foundations Benchmark", version: "3.0", files: ["cis_3.0_aws.json"], cloud: "aws" },
  "cis-azure-6.0": { name: "CIS Microsoft Azure Foundations Benchmark", version: "6.0", files: ["cis_6.0_azure.json"], cloud: "azure" },
  "cis-azure-3.0": { name: "CIS Microsoft Azure Foundations Benchmark", version: "3.0", files: ["cis_3.0_azure.json"], cloud: "azure" },
  "cis-gcp-5.0": { name: "CIS Google Cloud Platform Foundation Benchmark", version: "5.0", files: ["cis_5.0_gcp.json"], cloud: "gcp" },
  "cis-gcp-3.0": { name: "CIS Google Cloud Platform Foundation Benchmark", version: "3.0", files: ["cis_3.0_gcp.json"], cloud: "gcp" },
  "nist-800-53-r5": { name: "NIST SP 800-53 Revision 5", version: "r5", files: ["nist_800_53_revision_5_aws.json"], notation: "nist" },
  soc2: {
    name: "AICPA SOC 2 Trust Services Criteria",
    version: "2017 (rev. 2022)",
    files: ["soc2_aws.json", "soc2_azure.json", "soc2_gcp.json"],
    notation: "title-prefix",
  },
  "iso27001-2022": {
    name: "ISO/IEC 27001:2022 Annex A",
    version: "2022",
    files: ["iso27001_2022_aws.json", "iso27001_2022_azure.json", "iso27001_2022_gcp.json"],
  },
  "pci-dss-4.0": { name: "PCI DSS", version: "4.0", files: ["pci_4.0_aws.json", "pci_4.0_azure.json", "pci_4.0_gcp.json"] },
  hipaa: {
    name: "HIPAA Security Rule (45 CFR 164 Subpart C)",
    version: "2013",
    files: ["hipaa_aws.json", "hipaa_azure.json", "hipaa_gcp.json"],
    notation: "hipaa",
  },
  "aws-fsbp": {
    name: "AWS Foundational Security Best Practices",
    version: "1.0",
    files: ["aws_foundational_security_best_practices_aws.json"],
    cloud: "aws",
  },
};

/** "AC-2(3) Title" → ["AC-2(3)", "Title"]; SOC 2 "CC6.1 Title" likewise. */
function splitTitlePrefix(title) {
  const m = /^(\S+)\s*(.*)$/.exec(title.trim());
  return m ? [m[1], m[2] || m[1]] : [title, title];
}

/** HIPAA: the title starts with the citation ("164.308(a)(1)(ii)(A) Risk analysis") when the source has it;
 * otherwise "164_312_a_2_iv" → "164.312(a)(2)(iv)". */
function hipaaId(id, title) {
  const cited = /^(164\.\d+(?:\([0-9a-zA-Z]+\))*)/.exec(title.trim());
  if (cited) return cited[1];
  const [part, section, ...rest] = id.split("_");
  return `${part}.${section}${rest.map((p) => `(${p})`).join("")}`;
}

/**
 * NIST base controls the extract lacks (it lists only controls with AWS runtime checks, often just their
 * enhancements). Titles from NIST SP 800-53 Rev. 5 (public domain).
 */
const NIST_BASE_CONTROLS = {
  "AC-2": "Account Management",
  "AC-17": "Remote Access",
  "AC-21": "Information Sharing",
  "AU-2": "Event Logging",
  "AU-3": "Content of Audit Records",
  "AU-6": "Audit Record Review, Analysis, and Reporting",
  "AU-9": "Protection of Audit Information",
  "AU-12": "Audit Record Generation",
  "CM-2": "Baseline Configuration",
  "CM-7": "Least Functionality",
  "CP-9": "System Backup",
  "RA-5": "Vulnerability Monitoring and Scanning",
  "SC-5": "Denial-of-service Protection",
  "SC-7": "Boundary Protection",
  "SC-13": "Cryptographic Protection",
  "SC-28": "Protection of Information at Rest",
  "SI-2": "Flaw Remediation",
  "SI-4": "System Monitoring",
};

for (const [id, spec] of Object.entries(catalogues)) {
  const byId = new Map();
  for (const file of spec.files) {
    const data = JSON.parse(readFileSync(join(source, file), "utf8"));
    for (const r of data.requirements) {
      let reqId = r.id;
      let title = r.title ?? "";
      if (spec.notation === "title-prefix") [reqId, title] = splitTitlePrefix(title);
      if (spec.notation === "nist") {
        // The source id is reliable ("ac_2_3_a" → "AC-2(3)(a)"); some titles do not start with the id.
        const [family, number, ...rest] = r.id.split("_");
        reqId = `${family.toUpperCase()}-${number}${rest.map((p) => `(${p})`).join("")}`;
        title = title.replace(new RegExp(`^${reqId.replace(/[()]/g, "\\$&")}\\s*`), "").replace(/\s*\([A-Z]{2}-\d+\)$/, "") || reqId;
      }
      if (spec.notation === "hipaa") {
        reqId = hipaaId(r.id, title);
        title = title.startsWith(reqId) ? title.slice(reqId.length).trim() : title;
      }
      if (byId.has(reqId)) continue;
      const entry = { id: reqId, title: title || reqId };
      if (r.section) entry.section = r.section;
      if (r.profile) entry.profile = r.profile;
      if (r.assessment) entry.assessment = r.assessment;
      byId.set(reqId, entry);
    }
  }
  if (spec.notation === "nist") {
    for (const [reqId, title] of Object.entries(NIST_BASE_CONTROLS)) {
      if (!byId.has(reqId)) byId.set(reqId, { id: reqId, title, section: "added from NIST SP 800-53 Rev. 5" });
    }
  }
  const doc = {
    id,
    name: spec.name,
    version: spec.version,
    ...(spec.cloud ? { cloud: spec.cloud } : {}),
    attribution:
      "Requirement identifiers and short titles extracted from the compliance definitions of Prowler (prowler-cloud/prowler, prowler/compliance/, Apache-2.0). Titles are the frameworks' own; the frameworks are the property of their publishers (CIS, NIST, AICPA, ISO/IEC, PCI SSC, HHS, AWS).",
    requirements: [...byId.values()],
  };
  writeFileSync(join(out, `${id}.json`), `${JSON.stringify(doc, null, 1)}\n`);
  console.log(`${id}: ${doc.requirements.length} requirements`);
}
