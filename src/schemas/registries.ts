import { z } from 'zod';
import * as cloudData from '../../data/clouds.ts';
import * as roleData from '../../data/roles.ts';
import * as sourceData from '../../data/sources.ts';
import { CloudSchema, CloudServiceSchema, InstanceTypeSchema, RoleMappingSchema } from './cloud.ts';
import { RoleCategorySchema, RoleSchema } from './role.ts';
import { SourceDocumentSchema } from './source-document.ts';

/**
 * The one reader of `data/`: every registry is checked against its item schema and its cross-references when this
 * module loads, so a broken registry stops the build naming the file, entry and fix. The registries keep their literal
 * types, which the content schemas turn into enums.
 */

/** One problem found in a registry. */
interface RegistryProblem {
  file: string;
  path: string;
  problem: string;
}

const problems: RegistryProblem[] = [];

/** Validates one registry array with its item schema and records every problem. */
function check<T extends readonly unknown[]>(file: string, name: string, schema: z.ZodType, items: T): T {
  const result = z.array(schema).safeParse(items);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, path: [name, ...issue.path].join('.'), problem: issue.message });
  }
  return items;
}

/** Records a broken cross-reference between registries. */
function requireKnown(file: string, path: string, value: string | null, known: ReadonlySet<string>, where: string): void {
  if (value !== null && !known.has(value)) problems.push({ file, path, problem: `"${value}" is not in ${where}; use a registered id` });
}

/** Records ids that appear twice in one registry. */
function requireUnique(file: string, name: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) problems.push({ file, path: `${name}.${index}.id`, problem: `duplicate id "${id}"; give each entry a unique id` });
    seen.add(id);
  });
}

export const roleCategories = check('data/roles.ts', 'roleCategories', RoleCategorySchema, roleData.roleCategories);
export const roles = check('data/roles.ts', 'roles', RoleSchema, roleData.roles);
export const clouds = check('data/clouds.ts', 'clouds', CloudSchema, cloudData.clouds);
export const cloudServices = check('data/clouds.ts', 'cloudServices', CloudServiceSchema, cloudData.cloudServices);
export const roleMappings = check('data/clouds.ts', 'roleMappings', RoleMappingSchema, cloudData.roleMappings);
export const instanceTypes = check('data/clouds.ts', 'instanceTypes', InstanceTypeSchema, cloudData.instanceTypes);
export const sourceDocuments = check('data/sources.ts', 'sourceDocuments', SourceDocumentSchema, sourceData.sourceDocuments);

const categoryIds = new Set<string>(roleCategories.map((c) => c.id));
const roleIdSet = new Set<string>(roles.map((r) => r.id));
const cloudIdSet = new Set<string>(clouds.map((c) => c.id));
const serviceCloud = new Map<string, string>(cloudServices.map((s) => [s.id, s.cloud]));
requireUnique(
  'data/roles.ts',
  'roles',
  roles.map((r) => r.id),
);
requireUnique(
  'data/clouds.ts',
  'cloudServices',
  cloudServices.map((s) => s.id),
);
requireUnique(
  'data/sources.ts',
  'sourceDocuments',
  sourceDocuments.map((d) => d.id),
);
roles.forEach((role, index) => requireKnown('data/roles.ts', `roles.${index}.category`, role.category, categoryIds, 'roleCategories'));
cloudServices.forEach((service, index) =>
  requireKnown('data/clouds.ts', `cloudServices.${index}.cloud`, service.cloud, cloudIdSet, 'clouds'),
);
instanceTypes.forEach((type, index) => requireKnown('data/clouds.ts', `instanceTypes.${index}.cloud`, type.cloud, cloudIdSet, 'clouds'));
roleMappings.forEach((mapping, index) => {
  requireKnown('data/clouds.ts', `roleMappings.${index}.role`, mapping.role, roleIdSet, 'data/roles.ts');
  for (const cloud of ['aws', 'azure', 'gcp'] as const) {
    const service = mapping[cloud];
    requireKnown('data/clouds.ts', `roleMappings.${index}.${cloud}`, service, new Set(serviceCloud.keys()), 'cloudServices');
    if (service !== null && serviceCloud.has(service) && serviceCloud.get(service) !== cloud) {
      problems.push({
        file: 'data/clouds.ts',
        path: `roleMappings.${index}.${cloud}`,
        problem: `"${service}" is a ${serviceCloud.get(service)} service; map ${cloud} to one of its own services`,
      });
    }
  }
});
const unmapped = roles.filter((role) => !roleMappings.some((m) => m.role === role.id));
for (const role of unmapped) {
  problems.push({
    file: 'data/clouds.ts',
    path: 'roleMappings',
    problem: `role "${role.id}" has no mapping; add { role: '${role.id}', aws, azure, gcp } (null with a reason where a cloud has none)`,
  });
}

if (problems.length > 0) {
  throw new Error(
    `The data/ registries are invalid:\n${problems.map((p) => `${p.file}: ${p.path}: ${p.problem}.`).join('\n')}\nFix each entry and build again.`,
  );
}
