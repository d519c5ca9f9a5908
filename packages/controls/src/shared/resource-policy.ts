import type { ResourceCheck } from "../model/control";
import { failAll, type Violation } from "../model/verdict";
import { describeStatement, parsePolicy, publicStatements, type Statement } from "./iam-policy";

/** What a public statement allows, for messages. */
export function describeGrant(s: Statement): string {
  if (s.actions) return JSON.stringify(s.actions.length === 1 ? s.actions[0] : s.actions);
  if (s.notActions) return `every action except ${JSON.stringify(s.notActions)}`;
  return "(no action)";
}

/**
 * The check shared by every "resource policy is not public" control (CIS AWS 7.0 2.21): each property
 * named may hold a policy document (JSON string or object); an Allow for `Principal: "*"` (or a
 * `NotPrincipal`) with no condition restricting the caller (aws:SourceArn, aws:SourceAccount,
 * aws:PrincipalOrgID, aws:SourceVpce, aws:SourceIp, …) fails, naming the statement.
 */
export function publicPolicyCheck(properties: readonly string[]): ResourceCheck {
  return (r) => {
    const violations: Violation[] = [];
    for (const property of properties) {
      const policy = parsePolicy(r.props[property], property);
      for (const s of publicStatements(policy)) {
        const who = s.notPrincipal ? "everyone outside NotPrincipal" : 'Principal "*"';
        violations.push({
          property: `${property}.Statement[${s.index}]`,
          message: `${property} ${describeStatement(s)} allows ${describeGrant(s)} to ${who} with no condition restricting the caller; name the principals, or add a condition on aws:PrincipalOrgID, aws:SourceArn, aws:SourceAccount or aws:SourceVpce`,
        });
      }
    }
    return failAll(violations);
  };
}
