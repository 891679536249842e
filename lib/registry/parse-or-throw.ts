/**
 * One place that turns valibot issues into a readable error, so bad data fails the build loudly.
 * @module lib/registry/parse-or-throw
 */
import * as v from 'valibot';

/**
 * Parses `data` with `schema`, or throws an Error listing every issue with its path
 * (e.g. "publishers.12.statuses.0.sources: Invalid length").
 * @param label what is being parsed, for the message
 */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, data: unknown, label: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  throw new Error(`${label} does not match its schema (${lines.length} issue(s)):\n${lines.join('\n')}`);
}
