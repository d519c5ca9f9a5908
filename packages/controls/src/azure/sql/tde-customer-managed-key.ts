import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { same } from "../../shared/azure";

const SERVER = "azure-native:sql:Server";
const PROTECTOR = "azure-native:sql:EncryptionProtector";

export const sqlTdeCustomerManagedKey = defineControl({
  id: "azure-sql-tde-customer-managed-key",
  title: "Azure SQL TDE protectors are customer-managed keys",
  rationale:
    "With a customer-managed TDE protector the organisation controls, rotates and can revoke the key that unlocks every database and backup on the server.",
  severity: "medium",
  cloud: "azure",
  service: "sql",
  resourceTypes: [SERVER, PROTECTOR],
  frameworks: {
    "cis-azure-3.0": ["5.1.3"],
    "nist-800-53-r5": ["SC-12", "SC-28(1)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.6.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set the server keyId (with a user-assigned identity) or add a sql.EncryptionProtector with serverKeyType: "AzureKeyVault" and autoRotationEnabled: true.',
  enforcementLevel: "advisory",
  tags: ["encryption-at-rest", "key-management", "database"],
  correlatedCheck: (subject, stack) => {
    if (subject.type === PROTECTOR) {
      return same(subject.props.serverKeyType, "AzureKeyVault")
        ? pass()
        : fail("serverKeyType", `serverKeyType is ${JSON.stringify(subject.props.serverKeyType ?? "unset")}; set it to "AzureKeyVault"`);
    }
    const keyId = subject.props.keyId;
    if (typeof keyId === "string" && keyId !== "") return pass();
    const { found, undecided } = stack.referencingOrUnknown(subject, [PROTECTOR], "serverName", ["serverName", "name"]);
    for (const p of found) {
      const t = peek(p.props, "serverKeyType");
      if (!t.known) return cannotEvaluate("serverKeyType", `${p.name}.serverKeyType is unknown`);
      if (same(t.value, "AzureKeyVault")) return pass();
    }
    if (undecided.length > 0) return cannotEvaluate("serverName", `${undecided[0].name}.serverName is unknown`);
    return fail("keyId", `SQL server ${subject.name} uses a service-managed TDE protector; set keyId to a Key Vault key`);
  },
  examples: {
    compliant: [
      [{ type: SERVER, props: { version: "12.0", keyId: "https://kv.vault.azure.net/keys/tde/1" } }],
      [{ type: PROTECTOR, props: { serverName: "db", serverKeyType: "AzureKeyVault", serverKeyName: "kv_tde_1" } }],
    ],
    nonCompliant: [
      [{ type: SERVER, props: { version: "12.0" } }],
      [{ type: PROTECTOR, props: { serverName: "db", serverKeyType: "ServiceManaged" } }],
    ],
  },
});
