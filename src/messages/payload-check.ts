// Checking a request's payload against its schema (valibot) where it arrives, and the schemas of the
// requests a content script answers (ContentContract). The background's are in schemas.ts; they stay
// out of this file so the content script's bundle does not carry them.
import * as v from 'valibot';
import type { ContentContract, Name, Request } from './contract';

/** One schema per request of contract C, whose output is that request's payload type. */
export type Schemas<C> = { [K in Name<C>]: v.GenericSchema<unknown, Request<C, K>> };

/** Schemas by request name, as handle.ts looks them up. */
export type RequestSchemas = Readonly<Record<string, v.GenericSchema>>;

export const count = v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(0, 'must not be negative'));
export const noFields = v.strictObject({});

export const CONTENT_SCHEMAS = {
  getInventory: noFields,
  reveal: v.strictObject({ kind: v.picklist(['money', 'company']), index: count }),
  focusNext: v.strictObject({ direction: v.picklist([1, -1]) }),
} satisfies Schemas<ContentContract>;

export type CheckedPayload = { ok: true; payload: unknown } | { ok: false; problem: string };

/** The payload of request `name` as its schema in `schemas` reads it, or what is wrong with it (a request without a schema is refused). */
export function checkPayload(schemas: RequestSchemas, name: string, payload: unknown): CheckedPayload {
  const schema = Object.hasOwn(schemas, name) ? schemas[name] : undefined;
  if (!schema) return { ok: false, problem: `${name} has no payload schema` };
  const result = v.safeParse(schema, payload, { abortEarly: true });
  if (result.success) return { ok: true, payload: result.output };
  const issue = result.issues[0];
  const at = v.getDotPath(issue);
  return { ok: false, problem: `${name}: ${at ? `${at}: ` : ''}${issue.message}` };
}
