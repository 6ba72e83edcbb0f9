// Answer validators built from Ingram's cmp-1.6.yaml with ajv, with the contract's corrections
// (docs/ingram/contract.md, "Where the OpenAPI file is wrong") made explicit here and nowhere else.
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, walked by key; ajv checks it
type Schema = Record<string, any>;
// The vendor's OpenAPI file is kept in the repository (docs/ingram/SOURCE.md says where it came from).
const spec = YAML.parse(fs.readFileSync(path.resolve(process.cwd(), 'docs/ingram/cmp-1.6.yaml'), 'utf8')) as Schema;
const S = structuredClone(spec.components.schemas) as Record<string, Schema>;

// The contract's corrections to the YAML. Each is stated once, in docs/ingram/contract.md.
// 1. Parameter values are any JSON value, strings in practice (the YAML says object).
for (const name of ['ParameterValue', 'OrderParameterValue', 'FulfilmentParameterValue']) S[name]!.properties.value = {};
// 2. Subscription rows carry billingPeriod, subscriptionPeriod and expirationDate, and no products or quantity.
S.Subscription!.properties.billingPeriod = { $ref: '#/components/schemas/Period' };
S.Subscription!.properties.subscriptionPeriod = { $ref: '#/components/schemas/Period' };
S.Subscription!.properties.expirationDate = { type: 'string', format: 'date' };
S.Subscription!.not = { anyOf: [{ required: ['products'] }, { required: ['quantity'] }] };
// 3. Order rows carry no products and no poNumber.
S.Order!.not = { anyOf: [{ required: ['products'] }, { required: ['poNumber'] }] };
// 4. List envelopes always have data and pagination (the YAML's reseller pagination is malformed).
for (const name of Object.keys(S).filter((n) => n.startsWith('ResultList'))) {
  S[name]!.required = ['data', 'pagination'];
  if (S[name]!.properties?.pagination) S[name]!.properties.pagination = { $ref: '#/components/schemas/Pagination' };
}
// 5. Orders name their subscription in answers although the YAML marks subscriptionId write-only.
for (const name of ['Order', 'OrderDetailed']) if (S[name]!.properties.subscriptionId) delete S[name]!.properties.subscriptionId.writeOnly;

// Error bodies are {timeStamp, status, message, path, correlationId}; the gateway's key error uses another shape.
const contractError: Schema = {
  oneOf: [
    {
      type: 'object',
      required: ['timeStamp', 'status', 'message', 'path', 'correlationId'],
      properties: {
        timeStamp: { type: 'string', format: 'date-time' },
        status: { type: 'integer' },
        message: { type: 'string', minLength: 1 },
        path: { type: 'string' },
        correlationId: { type: 'string', minLength: 1 },
      },
    },
    { type: 'object', required: ['statusCode', 'message'], properties: { statusCode: { type: 'integer' }, message: { type: 'string' } } },
  ],
};

const resolve = (s: Schema): Schema => (typeof s.$ref === 'string' ? resolve(S[s.$ref.split('/').pop()!] ?? {}) : s);

/**
 * OpenAPI 3.0 -> JSON Schema for an answer: `nullable` becomes a null type; a write-only property
 * is never required and must not appear (answers do not echo what only requests carry); every
 * other `required` stays as written.
 */
export function forAnswers(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(forAnswers);
  if (!s || typeof s !== 'object') return s;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s as Schema)) {
    if (k === 'format' && !v) continue; // the YAML has one empty `format:`
    if (k !== 'nullable') out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, ps]) => [p, forAnswers(ps)])) : forAnswers(v);
  }
  if ((s as Schema).nullable === true) return out.type ? { ...out, type: [out.type, 'null'].flat() } : { anyOf: [out, { type: 'null' }] };
  if (out.properties) {
    const writeOnly = Object.keys(out.properties).filter((p) => resolve((s as Schema).properties[p]).writeOnly === true);
    for (const p of writeOnly) out.properties[p] = false;
    if (Array.isArray(out.required)) out.required = out.required.filter((r: string) => !writeOnly.includes(r));
  }
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
addFormats(ajv);
ajv.addVocabulary(['example', 'xml', 'externalDocs', 'components']);
// Contract: dates are YYYY-MM-DD and order times ISO-8601 UTC (ajv-formats would accept any offset).
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
// Inside this document '#/components/...' resolves against it; an operation's schema points into it.
ajv.addSchema({ $id: 'cmp-1.6', components: { schemas: forAnswers(S) } });
const refsToSpec = (s: unknown): unknown => JSON.parse(JSON.stringify(s).replaceAll('"#/components/', '"cmp-1.6#/components/'));
const errorValidator = ajv.compile(contractError);
const cache = new Map<string, ValidateFunction>();

function successValidator(method: string, route: string): ValidateFunction {
  const key = `${method} ${route}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const op = spec.paths?.[route]?.[method.toLowerCase()];
  if (!op) throw new Error(`cmp-1.6.yaml has no operation ${key}`);
  const validator = ajv.compile(refsToSpec(forAnswers(op.responses.default.content['application/json'].schema)) as Schema);
  cache.set(key, validator);
  return validator;
}

// Throws with every schema error when an answer does not validate.
export function assertValidResponse(method: string, route: string, status: number, body: unknown): void {
  if (status < 200 || (status >= 300 && status < 400) || status > 599) throw new Error(`${method} ${route} answered HTTP ${status}, which cmp-1.6.yaml does not describe`);
  const validate = status < 300 ? successValidator(method, route) : errorValidator;
  if (!validate(body)) throw new Error(`${method} ${route} -> ${status} does not match cmp-1.6.yaml: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 600)}`);
}
