import { z } from 'zod';
import { askCalibration as askCalibrationData } from '../../data/ask-calibration.ts';
import * as askVocabularyData from '../../data/ask-vocabulary.ts';
import * as catalogueData from '../../data/catalogues/index.ts';
import * as categoryData from '../../data/categories.ts';
import * as cloudData from '../../data/clouds.ts';
import * as roleData from '../../data/roles.ts';
import { CloudSchema, CloudServiceSchema, RoleMappingSchema } from './cloud.ts';
import { RoleCategorySchema, RoleSchema } from './role.ts';
import { ServiceCatalogueSchema, type ServiceCatalogue } from './service-catalogue.ts';
import { AskCalibrationSchema, AskVocabularySchema, type AskCalibration, type AskVocabulary } from './ask-vocabulary.ts';
import { CategorySchema } from './category.ts';

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
/** Every service catalogue, parsed (defaults filled in) and checked. */
export const serviceCatalogues: ServiceCatalogue[] = catalogueData.serviceCatalogues.flatMap((raw, index) => {
  const result = ServiceCatalogueSchema.safeParse(raw);
  if (result.success) return [result.data];
  for (const issue of result.error.issues) {
    problems.push({
      file: `data/catalogues/${String((raw as { service?: unknown }).service ?? index)}.json`,
      path: issue.path.join('.'),
      problem: issue.message,
    });
  }
  return [];
});
export const catalogueProposals: Record<string, { families: readonly string[]; tiers?: readonly string[] }> =
  catalogueData.catalogueProposals;

/** The ask engine's vocabulary, checked (its attribute cues must name known attributes; see the ask area's test). */
export const askVocabulary: AskVocabulary = (() => {
  const result = AskVocabularySchema.safeParse(askVocabularyData);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push({ file: 'data/ask-vocabulary.ts', path: issue.path.join('.'), problem: issue.message });
    return askVocabularyData as unknown as AskVocabulary;
  }
  for (const field of ['phrases', 'rewordings'] as const) {
    for (const [pattern] of result.data[field]) {
      try {
        new RegExp(pattern, 'gi');
      } catch {
        problems.push({ file: 'data/ask-vocabulary.ts', path: field, problem: `"${pattern}" is not a valid regular expression` });
      }
    }
  }
  return result.data;
})();

/** The confidence model's weights and decline thresholds, checked. */
export const askCalibration: AskCalibration = (() => {
  const result = AskCalibrationSchema.safeParse(askCalibrationData);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push({ file: 'data/ask-calibration.ts', path: issue.path.join('.'), problem: issue.message });
  return askCalibrationData as AskCalibration;
})();

export const categories = check('data/categories.ts', 'categories', CategorySchema, categoryData.categories);

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
  'data/categories.ts',
  'categories',
  categories.map((c) => c.id),
);
roles.forEach((role, index) => requireKnown('data/roles.ts', `roles.${index}.category`, role.category, categoryIds, 'roleCategories'));
cloudServices.forEach((service, index) =>
  requireKnown('data/clouds.ts', `cloudServices.${index}.cloud`, service.cloud, cloudIdSet, 'clouds'),
);
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
const catalogueIds = new Set(serviceCatalogues.map((c) => c.service));
for (const catalogue of serviceCatalogues) {
  const file = `data/catalogues/${catalogue.service}.json`;
  if (catalogue.registryServiceId !== null) {
    requireKnown(file, 'registryServiceId', catalogue.registryServiceId, new Set(serviceCloud.keys()), 'cloudServices in data/clouds.ts');
    if (serviceCloud.get(catalogue.registryServiceId) !== undefined && serviceCloud.get(catalogue.registryServiceId) !== catalogue.cloud) {
      problems.push({
        file,
        path: 'cloud',
        problem: `the catalogue is for ${catalogue.cloud} but ${catalogue.registryServiceId} is a ${String(serviceCloud.get(catalogue.registryServiceId))} service`,
      });
    }
  }
  if (catalogue.sameSizesAs !== undefined) requireKnown(file, 'sameSizesAs', catalogue.sameSizesAs, catalogueIds, 'data/catalogues');
  if (catalogue.sizes.length === 0 && catalogue.sameSizesAs === undefined && catalogue.capacityRule === undefined) {
    problems.push({ file, path: 'sizes', problem: 'lists no sizes; add the sizes the service sells, or sameSizesAs / capacityRule' });
  }
}
for (const id of Object.keys(catalogueProposals))
  requireKnown('data/catalogues/index.ts', `catalogueProposals.${id}`, id, catalogueIds, 'data/catalogues');

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
