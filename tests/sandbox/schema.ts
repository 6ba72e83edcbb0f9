// Response validators built from Ingram's cmp-1.6.yaml, with the contract's corrections made explicit.
import fs from 'node:fs';
import path from 'node:path';
import OpenAPIResponseValidator from 'openapi-response-validator';
import YAML from 'yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, walked by key; the validator checks it
type Schema = Record<string, any>;
// The vendor's OpenAPI file is kept in the repository (docs/ingram/SOURCE.md says where it came from).
const spec = YAML.parse(fs.readFileSync(path.resolve(process.cwd(), 'docs/ingram/cmp-1.6.yaml'), 'utf8')) as Schema;
const components = structuredClone(spec.components) as { schemas: Record<string, Schema> };
const S = components.schemas;

// Contract: parameter values are strings too (the YAML types them as object but its own example is a string).
for (const name of ['ParameterValue', 'OrderParameterValue', 'FulfilmentParameterValue']) S[name]!.properties.value = {};
// Contract: subscription rows carry billingPeriod, subscriptionPeriod and expirationDate, and no products or quantity.
S.Subscription!.properties.billingPeriod = { $ref: '#/components/schemas/Period' };
S.Subscription!.properties.subscriptionPeriod = { $ref: '#/components/schemas/Period' };
S.Subscription!.properties.expirationDate = { type: 'string', format: 'date' };
S.Subscription!.not = { anyOf: [{ required: ['products'] }, { required: ['quantity'] }] };
// Contract: order rows carry no products and no poNumber.
S.Order!.not = { anyOf: [{ required: ['products'] }, { required: ['poNumber'] }] };
// Contract: list envelopes always have data and pagination (the YAML's reseller pagination is malformed).
for (const name of Object.keys(S).filter((n) => n.startsWith('ResultList'))) {
  S[name]!.required = ['data', 'pagination'];
  if (S[name]!.properties?.pagination) S[name]!.properties.pagination = { $ref: '#/components/schemas/Pagination' };
}
// Contract: error bodies are {timeStamp, status, message, path, correlationId}; the gateway's key error uses another shape.
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

const customFormats = {
  // The validator only takes functions here, not regular expressions.
  date: (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  'date-time': (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v),
  int32: () => true,
  int64: () => true,
  double: () => true,
};

const cache = new Map<string, OpenAPIResponseValidator>();

function validatorFor(method: string, route: string): OpenAPIResponseValidator {
  const key = `${method} ${route}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const op = spec.paths?.[route]?.[method.toLowerCase()];
  if (!op) throw new Error(`cmp-1.6.yaml has no operation ${key}`);
  const success = op.responses.default.content['application/json'].schema as Schema;
  const validator = new OpenAPIResponseValidator({
    responses: { '2XX': { schema: success }, '4XX': { schema: contractError }, '5XX': { schema: contractError } } as never,
    components: components as never,
    customFormats,
  });
  cache.set(key, validator);
  return validator;
}

// Throws with every schema error when an answer does not validate.
export function assertValidResponse(method: string, route: string, status: number, body: unknown): void {
  const result = validatorFor(method, route).validateResponse(status, body);
  if (result) throw new Error(`${method} ${route} -> ${status} does not match cmp-1.6.yaml: ${JSON.stringify(result.errors)}\n${JSON.stringify(body).slice(0, 600)}`);
}
