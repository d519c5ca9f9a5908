import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const SERVER = "azure-native:sql:Server";
const ONLY = "azure-native:sql:ServerAzureADOnlyAuthentication";

/**
 * Entra-only authentication is set inline (`administrators.azureADOnlyAuthentication`, required when the
 * server is created) and can be switched later by a separate ServerAzureADOnlyAuthentication; both shapes
 * are checked.
 */
export const sqlEntraOnlyAuthentication = defineControl({
  id: "azure-sql-entra-only-authentication",
  title: "Azure SQL logical servers allow Microsoft Entra authentication only",
  rationale:
    "SQL logins are passwords outside the identity provider: no MFA, no Conditional Access, no central revocation. Entra-only authentication disables them, including the server admin login.",
  severity: "high",
  cloud: "azure",
  service: "sql",
  resourceTypes: [SERVER, ONLY],
  frameworks: {
    "cis-azure-3.0": ["5.1.4"],
    "nist-800-53-r5": ["IA-2", "IA-2(1)", "AC-2"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.16", "A.8.5"],
    "pci-dss-4.0": ["8.2.1", "8.4.2"],
    hipaa: ["164.312(d)", "164.312(a)(2)(i)"],
  },
  remediation:
    'Set administrators: { administratorType: "ActiveDirectory", azureADOnlyAuthentication: true, login, sid, tenantId } (or a sql.ServerAzureADOnlyAuthentication with azureADOnlyAuthentication: true) and drop administratorLogin/administratorLoginPassword.',
  enforcementLevel: "mandatory",
  tags: ["identity", "database"],
  check: (r) => {
    if (r.type === ONLY) {
      return r.props.azureADOnlyAuthentication === true
        ? pass()
        : fail(
            "azureADOnlyAuthentication",
            `azureADOnlyAuthentication is ${JSON.stringify(r.props.azureADOnlyAuthentication ?? "unset")}; set it to true`,
          );
    }
    // Inline, at creation: the landing zone's Deny policy refuses a server created without it, even when a
    // separate ServerAzureADOnlyAuthentication would switch it on afterwards.
    const inline = objectOf(r.props.administrators)?.azureADOnlyAuthentication;
    return inline === true
      ? pass()
      : fail(
          "administrators.azureADOnlyAuthentication",
          `administrators.azureADOnlyAuthentication is ${JSON.stringify(inline ?? "unset")}; set it to true (with an Entra administrator) and remove the SQL admin login`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-sql-entra-only",
      displayName: "Azure SQL servers must use Microsoft Entra-only authentication",
      description:
        "Denies Azure SQL logical servers created without Entra-only authentication, and turning it off (Palisade control azure-sql-entra-only-authentication).",
      // The separate azureADOnlyAuthentications resource is not indexed (no tags or location).
      mode: "All",
      nonCompliantWhen: {
        anyOf: [
          {
            allOf: [
              { field: "type", equals: "Microsoft.Sql/servers" },
              {
                anyOf: [
                  { field: "Microsoft.Sql/servers/administrators.azureADOnlyAuthentication", exists: "false" },
                  { field: "Microsoft.Sql/servers/administrators.azureADOnlyAuthentication", equals: "false" },
                ],
              },
            ],
          },
          {
            allOf: [
              { field: "type", equals: "Microsoft.Sql/servers/azureADOnlyAuthentications" },
              { field: "Microsoft.Sql/servers/azureADOnlyAuthentications/azureADOnlyAuthentication", equals: "false" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: SERVER,
          props: {
            version: "12.0",
            administrators: {
              administratorType: "ActiveDirectory",
              azureADOnlyAuthentication: true,
              login: "sql-admins",
              sid: "g",
              tenantId: "t",
            },
          },
        },
      ],
      [{ type: ONLY, props: { serverName: "orders-db", azureADOnlyAuthentication: true } }],
    ],
    nonCompliant: [
      [{ type: SERVER, props: { version: "12.0", administratorLogin: "sa", administratorLoginPassword: "x" } }],
      [{ type: ONLY, props: { serverName: "orders-db", azureADOnlyAuthentication: false } }],
    ],
  },
});
