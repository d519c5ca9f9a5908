/**
 * The security events the landing zone alerts on: the monitoring recommendations of CIS AWS Foundations
 * 3.0 section 4 (7.0 section 5), plus use of the break-glass roles. Each is written twice from the same
 * data: as an EventBridge pattern (the central bus, near real time; EventBridge receives write calls and
 * sign-ins, not read-only calls) and as a CloudWatch Logs filter on the organisation trail's log group
 * (CIS 3.0's "log metric filter and alarm", which also sees read-only calls).
 */

export interface DetectionRule {
  /** Resource name suffix and rule name: `palisade-<id>`. */
  id: string;
  description: string;
  cis3: string;
  cis7: string;
  pattern: Record<string, unknown>;
  /** CloudWatch Logs filter pattern over the trail's events (CIS 3.0's wording where CIS gives one). */
  filterPattern: string;
}

const API_CALL = "AWS API Call via CloudTrail";
const SIGN_IN = "AWS Console Sign In via CloudTrail";

/** Calls of some API of one service: both forms at once. */
function apiCalls(source: string, eventNames: string[]): Pick<DetectionRule, "pattern" | "filterPattern"> {
  const eventSource = `${source.replace(/^aws\./, "")}.amazonaws.com`;
  return {
    pattern: { "detail-type": [API_CALL], source: [source], detail: { eventName: eventNames } },
    filterPattern: `{ ($.eventSource = ${eventSource}) && (${eventNames.map((n) => `($.eventName = ${n})`).join(" || ")}) }`,
  };
}

export function detectionRules(breakGlassRoleNames: readonly string[]): DetectionRule[] {
  return [
    {
      id: "unauthorized-api-calls",
      description: "Unauthorised API calls (AccessDenied, UnauthorizedOperation)",
      cis3: "4.1",
      cis7: "5.1",
      pattern: { "detail-type": [API_CALL], detail: { errorCode: [{ prefix: "AccessDenied" }, { wildcard: "*UnauthorizedOperation" }] } },
      filterPattern:
        '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    },
    {
      id: "console-sign-in-without-mfa",
      description: "Successful console sign-in without MFA",
      cis3: "4.2",
      cis7: "5.2",
      pattern: {
        "detail-type": [SIGN_IN],
        detail: { eventName: ["ConsoleLogin"], additionalEventData: { MFAUsed: ["No"] }, responseElements: { ConsoleLogin: ["Success"] } },
      },
      filterPattern:
        '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.responseElements.ConsoleLogin = "Success") }',
    },
    {
      id: "root-user-activity",
      description: "Any activity of a root user",
      cis3: "4.3",
      cis7: "5.3",
      pattern: { "detail-type": [API_CALL, SIGN_IN], detail: { userIdentity: { type: ["Root"] } } },
      filterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    },
    {
      id: "iam-policy-changes",
      description: "IAM policy changes",
      cis3: "4.4",
      cis7: "5.4",
      ...apiCalls("aws.iam", [
        "DeleteGroupPolicy",
        "DeleteRolePolicy",
        "DeleteUserPolicy",
        "PutGroupPolicy",
        "PutRolePolicy",
        "PutUserPolicy",
        "CreatePolicy",
        "DeletePolicy",
        "CreatePolicyVersion",
        "DeletePolicyVersion",
        "SetDefaultPolicyVersion",
        "AttachRolePolicy",
        "DetachRolePolicy",
        "AttachUserPolicy",
        "DetachUserPolicy",
        "AttachGroupPolicy",
        "DetachGroupPolicy",
      ]),
    },
    {
      id: "cloudtrail-changes",
      description: "CloudTrail configuration changes",
      cis3: "4.5",
      cis7: "5.5",
      ...apiCalls("aws.cloudtrail", ["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging", "PutEventSelectors"]),
    },
    {
      id: "console-authentication-failures",
      description: "Failed console authentication",
      cis3: "4.6",
      cis7: "5.6",
      pattern: { "detail-type": [SIGN_IN], detail: { eventName: ["ConsoleLogin"], errorMessage: ["Failed authentication"] } },
      filterPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    },
    {
      id: "kms-key-disable-or-deletion",
      description: "Customer-managed KMS keys disabled or scheduled for deletion",
      cis3: "4.7",
      cis7: "5.7",
      ...apiCalls("aws.kms", ["DisableKey", "ScheduleKeyDeletion"]),
    },
    {
      id: "s3-bucket-policy-changes",
      description: "S3 bucket policy, ACL, CORS, lifecycle or replication changes",
      cis3: "4.8",
      cis7: "5.8",
      ...apiCalls("aws.s3", [
        "PutBucketAcl",
        "PutBucketPolicy",
        "PutBucketCors",
        "PutBucketLifecycle",
        "PutBucketReplication",
        "DeleteBucketPolicy",
        "DeleteBucketCors",
        "DeleteBucketLifecycle",
        "DeleteBucketReplication",
      ]),
    },
    {
      id: "config-changes",
      description: "AWS Config configuration changes",
      cis3: "4.9",
      cis7: "5.9",
      ...apiCalls("aws.config", ["StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder"]),
    },
    {
      id: "security-group-changes",
      description: "Security group changes",
      cis3: "4.10",
      cis7: "5.10",
      ...apiCalls("aws.ec2", [
        "AuthorizeSecurityGroupIngress",
        "AuthorizeSecurityGroupEgress",
        "RevokeSecurityGroupIngress",
        "RevokeSecurityGroupEgress",
        "CreateSecurityGroup",
        "DeleteSecurityGroup",
      ]),
    },
    {
      id: "nacl-changes",
      description: "Network ACL changes",
      cis3: "4.11",
      cis7: "5.11",
      ...apiCalls("aws.ec2", [
        "CreateNetworkAcl",
        "CreateNetworkAclEntry",
        "DeleteNetworkAcl",
        "DeleteNetworkAclEntry",
        "ReplaceNetworkAclEntry",
        "ReplaceNetworkAclAssociation",
      ]),
    },
    {
      id: "network-gateway-changes",
      description: "Network gateway changes (internet, customer, NAT and transit gateways)",
      cis3: "4.12",
      cis7: "5.12",
      ...apiCalls("aws.ec2", [
        "CreateCustomerGateway",
        "DeleteCustomerGateway",
        "AttachInternetGateway",
        "CreateInternetGateway",
        "DeleteInternetGateway",
        "DetachInternetGateway",
        "CreateNatGateway",
        "DeleteNatGateway",
        "CreateTransitGateway",
        "DeleteTransitGateway",
      ]),
    },
    {
      id: "route-table-changes",
      description: "Route table changes",
      cis3: "4.13",
      cis7: "5.13",
      ...apiCalls("aws.ec2", [
        "CreateRoute",
        "CreateRouteTable",
        "ReplaceRoute",
        "ReplaceRouteTableAssociation",
        "DeleteRouteTable",
        "DeleteRoute",
        "DisassociateRouteTable",
      ]),
    },
    {
      id: "vpc-changes",
      description: "VPC changes",
      cis3: "4.14",
      cis7: "5.14",
      ...apiCalls("aws.ec2", [
        "CreateVpc",
        "DeleteVpc",
        "ModifyVpcAttribute",
        "AcceptVpcPeeringConnection",
        "CreateVpcPeeringConnection",
        "DeleteVpcPeeringConnection",
        "RejectVpcPeeringConnection",
        "AttachClassicLinkVpc",
        "DetachClassicLinkVpc",
        "DisableVpcClassicLink",
        "EnableVpcClassicLink",
      ]),
    },
    {
      id: "organizations-changes",
      description: "AWS Organizations changes",
      cis3: "4.15",
      cis7: "5.15",
      ...apiCalls("aws.organizations", [
        "AcceptHandshake",
        "AttachPolicy",
        "CreateAccount",
        "CreateOrganizationalUnit",
        "CreatePolicy",
        "DeclineHandshake",
        "DeleteOrganization",
        "DeleteOrganizationalUnit",
        "DeletePolicy",
        "DetachPolicy",
        "DisablePolicyType",
        "EnablePolicyType",
        "InviteAccountToOrganization",
        "LeaveOrganization",
        "MoveAccount",
        "RemoveAccountFromOrganization",
        "UpdatePolicy",
        "UpdateOrganizationalUnit",
      ]),
    },
    {
      id: "break-glass-role-use",
      description: "A break-glass role was assumed",
      cis3: "4.3",
      cis7: "5.3",
      pattern: {
        "detail-type": [API_CALL],
        source: ["aws.sts"],
        detail: {
          eventName: ["AssumeRole"],
          requestParameters: { roleArn: breakGlassRoleNames.map((n) => ({ wildcard: `arn:aws:iam::*:role/${n}` })) },
        },
      },
      filterPattern: `{ ($.eventSource = sts.amazonaws.com) && ($.eventName = AssumeRole) && (${breakGlassRoleNames
        .map((n) => `($.requestParameters.roleArn = "arn:aws:iam::*:role/${n}")`)
        .join(" || ")}) }`,
    },
  ];
}
