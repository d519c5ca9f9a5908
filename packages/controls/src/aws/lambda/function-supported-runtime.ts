import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num } from "../../shared/text";

/**
 * Lambda runtime deprecation dates (the date AWS stops security patches for the runtime), from the AWS
 * Lambda "Runtime deprecation" tables, checked November 2026. Override or extend them with the control's
 * `deprecationDates` setting when AWS announces or moves a date.
 */
const DEPRECATION_DATES: Record<string, string> = {
  nodejs: "2016-10-31",
  "nodejs4.3": "2020-03-06",
  "nodejs4.3-edge": "2019-04-30",
  "nodejs6.10": "2019-08-12",
  "nodejs8.10": "2020-03-06",
  "nodejs10.x": "2021-07-30",
  "nodejs12.x": "2023-03-31",
  "nodejs14.x": "2023-12-04",
  "nodejs16.x": "2024-06-12",
  "nodejs18.x": "2025-09-01",
  "nodejs20.x": "2026-04-30",
  "nodejs22.x": "2027-04-30",
  "nodejs24.x": "2028-04-30",
  "python2.7": "2021-07-15",
  "python3.6": "2022-07-18",
  "python3.7": "2023-12-04",
  "python3.8": "2024-10-14",
  "python3.9": "2025-12-15",
  "python3.10": "2026-06-30",
  "python3.11": "2026-06-30",
  "python3.12": "2028-10-31",
  "python3.13": "2029-06-30",
  "python3.14": "2029-06-30",
  java8: "2024-01-08",
  "java8.al2": "2026-06-30",
  java11: "2026-06-30",
  java17: "2026-06-30",
  java21: "2029-06-30",
  java25: "2029-06-30",
  "dotnetcore1.0": "2019-07-30",
  "dotnetcore2.0": "2019-05-30",
  "dotnetcore2.1": "2022-01-05",
  "dotnetcore3.1": "2023-04-03",
  "dotnet5.0": "2022-05-10",
  dotnet6: "2024-12-20",
  dotnet7: "2024-05-14",
  dotnet8: "2026-11-10",
  dotnet10: "2028-11-14",
  "ruby2.5": "2021-07-30",
  "ruby2.7": "2023-12-07",
  "ruby3.2": "2026-03-31",
  "ruby3.3": "2027-03-31",
  "ruby3.4": "2028-03-31",
  "go1.x": "2024-01-08",
  provided: "2024-01-08",
  "provided.al2": "2026-06-30",
  "provided.al2023": "2029-06-30",
};

function datesFrom(settings: Record<string, unknown>): Record<string, string> {
  const extra = settings.deprecationDates;
  const out = { ...DEPRECATION_DATES };
  if (extra !== null && typeof extra === "object" && !Array.isArray(extra)) {
    for (const [k, v] of Object.entries(extra)) if (typeof v === "string") out[k] = v;
  }
  return out;
}

function daysBefore(settings: Record<string, unknown>): number {
  const n = num(settings.daysBeforeDeprecation);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

export const lambdaFunctionSupportedRuntime = defineControl({
  id: "aws-lambda-function-supported-runtime",
  title: "Lambda functions use a runtime that still receives security updates",
  rationale:
    "After its deprecation date a runtime gets no more security patches and, later, functions using it can no longer be created or updated, so a fix cannot be shipped when it is needed.",
  severity: "medium",
  cloud: "aws",
  service: "lambda",
  resourceTypes: ["aws:lambda/function:Function"],
  frameworks: {
    "aws-fsbp": ["Lambda.2"],
    "nist-800-53-r5": ["SI-2", "SI-2(2)", "CM-6"],
    soc2: ["CC7.1", "CC8.1"],
    "iso27001-2022": ["A.8.8", "A.8.19"],
    "pci-dss-4.0": ["6.3.3"],
  },
  remediation:
    "Move the function to a current runtime (e.g. nodejs22.x or later, python3.13, java21) and test it; container-image functions (packageType Image) manage their own base image.",
  enforcementLevel: "advisory",
  tags: ["patching", "serverless"],
  configSchema: {
    deprecationDates: {
      type: "object",
      additionalProperties: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
      default: {},
      description: "Runtime identifier → deprecation date (YYYY-MM-DD), added to or overriding the built-in table.",
    },
    daysBeforeDeprecation: {
      type: "integer",
      minimum: 0,
      default: 0,
      description: "Fail this many days before a runtime's deprecation date.",
    },
  },
  check: (r, ctx) => {
    if (r.props.packageType === "Image") return notApplicable("container-image functions bring their own runtime");
    const runtime = r.props.runtime;
    if (typeof runtime !== "string" || runtime.trim() === "") return notApplicable("no runtime set");
    const date = datesFrom(ctx.settings)[runtime.trim()];
    if (date === undefined) return pass();
    const cutoff = new Date(Date.now() + daysBefore(ctx.settings) * 86_400_000).toISOString().slice(0, 10);
    return date > cutoff ? pass() : fail("runtime", `runtime ${runtime} is deprecated from ${date}; move to a supported runtime`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:lambda/function:Function",
          props: { runtime: "python3.13", handler: "app.handler", role: "arn:aws:iam::111122223333:role/fn" },
        },
      ],
      [
        {
          type: "aws:lambda/function:Function",
          props: { packageType: "Image", imageUri: "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:lambda/function:Function", props: { runtime: "nodejs12.x", handler: "index.handler" } }],
      [{ type: "aws:lambda/function:Function", props: { runtime: "python3.7", handler: "app.handler" } }],
    ],
  },
});
