import { defineControl } from "../../model/control";
import { fail, failAll, notApplicable, pass, type Violation } from "../../model/verdict";
import { isFoundationStack } from "../../shared/gcp";
import { listOf } from "../../shared/network";

const ORG_SINK = "gcp:logging/organizationSink:OrganizationSink";
const FOLDER_SINK = "gcp:logging/folderSink:FolderSink";

export const loggingOrganizationSink = defineControl({
  id: "gcp-logging-organization-sink",
  title: "An organisation sink exports every log entry of every project",
  rationale:
    "Logs kept only in each project expire with the project's retention and can be deleted by its owners; an aggregated sink with includeChildren copies all of them to a place the projects cannot touch.",
  severity: "high",
  cloud: "gcp",
  service: "logging",
  resourceTypes: [ORG_SINK, FOLDER_SINK],
  frameworks: {
    "cis-gcp-5.0": ["2.3"],
    "cis-gcp-3.0": ["2.2"],
    "nist-800-53-r5": ["AU-6", "AU-9", "AU-12", "SI-4"],
    soc2: ["CC7.2", "CC4.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.3.3", "10.5.1"],
    hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"],
  },
  remediation: "Declare a gcp.logging.OrganizationSink with includeChildren: true, no filter and no exclusions, to a locked log bucket.",
  enforcementLevel: "mandatory",
  tags: ["logging"],
  stackCheck: (stack) => {
    if (!isFoundationStack(stack)) return notApplicable("not an organisation foundation stack");
    const sinks = stack.ofType([ORG_SINK]);
    const problems: Violation[] = [];
    for (const sink of sinks) {
      const why: string[] = [];
      if (sink.props.includeChildren !== true) why.push("includeChildren is not true");
      if (sink.props.disabled === true) why.push("it is disabled");
      const filter = sink.props.filter;
      if (typeof filter === "string" && filter.trim() !== "") why.push(`it filters (${JSON.stringify(filter)})`);
      if (listOf(sink.props.exclusions).length > 0) why.push("it has exclusions");
      if (why.length === 0) return { ...pass(), subjectUrn: sink.urn };
      problems.push({
        property: `${sink.name}.includeChildren`,
        message: `organisation sink ${sink.name} does not export everything: ${why.join(", ")}`,
      });
    }
    if (problems.length > 0) return failAll(problems);
    return fail(
      "organizationSink",
      "no organisation sink exports all log entries; declare a gcp.logging.OrganizationSink with includeChildren: true and no filter",
    );
  },
  examples: {
    compliant: [
      [
        {
          type: ORG_SINK,
          name: "all-logs",
          props: {
            orgId: "123",
            includeChildren: true,
            destination: "logging.googleapis.com/projects/acme-logging/locations/europe-west1/buckets/org-logs",
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "gcp:organizations/folder:Folder", name: "prod", props: { displayName: "production", parent: "organizations/123" } }],
      [
        {
          type: ORG_SINK,
          name: "audit-only",
          props: {
            orgId: "123",
            includeChildren: true,
            filter: 'logName:"cloudaudit.googleapis.com"',
            destination: "bigquery.googleapis.com/projects/x/datasets/y",
          },
        },
      ],
    ],
  },
});
