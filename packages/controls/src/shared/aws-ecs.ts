import { objectsOf } from "./network";
import { str } from "./text";

/**
 * The container definitions of an ECS task definition. `containerDefinitions` is a JSON string in
 * @pulumi/aws (programs write `JSON.stringify([...])`); reading it throws while it is unknown, so a
 * check that depends on it cannot pass at preview. A malformed document yields `invalid` (ECS rejects it).
 */
// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
export function containerDefinitions(props: Record<string, any>): { containers: Record<string, any>[]; invalid?: string } {
  const raw = props.containerDefinitions;
  if (Array.isArray(raw)) return { containers: objectsOf(raw) };
  if (raw === undefined || raw === null) return { containers: [], invalid: "containerDefinitions is not set" };
  try {
    const parsed = JSON.parse(str(raw));
    return Array.isArray(parsed)
      ? { containers: objectsOf(parsed) }
      : { containers: [], invalid: "containerDefinitions is not a JSON array" };
  } catch {
    return { containers: [], invalid: "containerDefinitions is not valid JSON" };
  }
}

/** `containerDefinitions[i] ("name")` for messages and property paths. */
// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
export function containerLabel(c: Record<string, any>, i: number): string {
  const name = str(c.name);
  return name ? `containerDefinitions[${i}] ("${name}")` : `containerDefinitions[${i}]`;
}

export const TASK_DEFINITION_TYPES = ["aws:ecs/taskDefinition:TaskDefinition"] as const;
