#!/usr/bin/env node
// Regenerates the guardrail tables of docs/aws.md from the built controls and the sample stack's config
// (run after `npx turbo run build` whenever a control's preventive form changes).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parse } = require("yaml");
const lz = require("../dist/index.js");

const stack = new URL("../../../stacks/aws-landing-zone/Pulumi.management.yaml", import.meta.url);
const values = Object.fromEntries(
  Object.entries(parse(readFileSync(stack, "utf8")).config)
    .filter(([k]) => k.startsWith("aws-landing-zone:"))
    .map(([k, v]) => [k.slice("aws-landing-zone:".length), typeof v === "string" ? v : JSON.stringify(v)]),
);
const config = lz.loadConfig({ get: (k) => values[k] });
const guardrails = lz.buildGuardrails(lz.guardrailOptions(config));
const doc = new URL("../../../docs/aws.md", import.meta.url);
writeFileSync(doc, lz.withGeneratedSection(readFileSync(doc, "utf8"), lz.renderGuardrailDoc(guardrails)));
console.log("wrote docs/aws.md (guardrail tables)");
