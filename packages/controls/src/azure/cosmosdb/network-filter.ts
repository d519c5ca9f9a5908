import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { COSMOS_ACCOUNT_TYPES, same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";
import { isOpenCidr, objectsOf } from "../../shared/network";

export const cosmosNetworkFilter = defineControl({
  id: "azure-cosmosdb-network-filter",
  title: "Cosmos DB account firewalls limit access to selected networks",
  rationale:
    "An account with public access and no IP or virtual network rules accepts connections from any network; firewall rules narrow it to known ranges.",
  severity: "high",
  cloud: "azure",
  service: "cosmosdb",
  resourceTypes: [...COSMOS_ACCOUNT_TYPES],
  frameworks: {
    "cis-azure-3.0": ["5.4.1"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    'Disable public network access, or set isVirtualNetworkFilterEnabled: true with virtualNetworkRules and/or ipRules; never list 0.0.0.0 ("Accept connections from within public Azure datacenters").',
  enforcementLevel: "mandatory",
  tags: ["network", "database"],
  check: (r) => {
    if (same(r.props.publicNetworkAccess, "Disabled")) return pass();
    const ipRules = objectsOf(r.props.ipRules);
    const open = ipRules.map((rule) => rule.ipAddressOrRange).find((ip) => ip === "0.0.0.0" || isOpenCidr(ip));
    if (open !== undefined) {
      return fail("ipRules", `ipRules includes ${JSON.stringify(open)}, which admits all Azure datacenters or the internet; remove it`);
    }
    const vnetFilter = r.props.isVirtualNetworkFilterEnabled === true && objectsOf(r.props.virtualNetworkRules).length > 0;
    if (ipRules.length > 0 || vnetFilter) return pass();
    return fail(
      "isVirtualNetworkFilterEnabled",
      `the account is public and has no ipRules or virtual network rules (isVirtualNetworkFilterEnabled is ${JSON.stringify(r.props.isVirtualNetworkFilterEnabled ?? "unset")}); add firewall rules or disable public network access`,
    );
  },
  preventive: [
    azurePolicy({
      name: "palisade-cosmosdb-network-filter",
      displayName: "Cosmos DB accounts must have firewall rules",
      description:
        "Denies public Cosmos DB accounts without IP rules or a virtual network filter (Palisade control azure-cosmosdb-network-filter).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
          {
            anyOf: [
              { field: "Microsoft.DocumentDB/databaseAccounts/publicNetworkAccess", exists: "false" },
              { field: "Microsoft.DocumentDB/databaseAccounts/publicNetworkAccess", equals: "Enabled" },
            ],
          },
          {
            anyOf: [
              // An IP rule admitting all Azure datacenters or the internet.
              {
                count: {
                  field: "Microsoft.DocumentDB/databaseAccounts/ipRules[*]",
                  where: { field: "Microsoft.DocumentDB/databaseAccounts/ipRules[*].ipAddressOrRange", in: ["0.0.0.0", "0.0.0.0/0"] },
                },
                greater: 0,
              },
              // No IP rules and no virtual network filter.
              {
                allOf: [
                  {
                    anyOf: [
                      { field: "Microsoft.DocumentDB/databaseAccounts/isVirtualNetworkFilterEnabled", exists: "false" },
                      { field: "Microsoft.DocumentDB/databaseAccounts/isVirtualNetworkFilterEnabled", equals: "false" },
                    ],
                  },
                  { count: { field: "Microsoft.DocumentDB/databaseAccounts/ipRules[*]" }, equals: 0 },
                ],
              },
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
          type: "azure-native:cosmosdb:DatabaseAccount",
          props: { publicNetworkAccess: "Enabled", ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }] },
        },
      ],
      [
        {
          type: "azure-native:cosmosdb:DatabaseAccount",
          props: { isVirtualNetworkFilterEnabled: true, virtualNetworkRules: [{ id: "/subscriptions/s/subnets/app" }] },
        },
      ],
      [{ type: "azure-native:cosmosdb:DatabaseAccount", props: { publicNetworkAccess: "Disabled" } }],
    ],
    nonCompliant: [
      [{ type: "azure-native:cosmosdb:DatabaseAccount", props: { publicNetworkAccess: "Enabled" } }],
      [{ type: "azure-native:cosmosdb:DatabaseAccount", props: { ipRules: [{ ipAddressOrRange: "0.0.0.0" }] } }],
    ],
  },
});
