import { readFile } from 'node:fs/promises';
import {
  defaultOrganisation,
  parseOrganisationConfig,
  type OrganisationConfig,
} from '../domain/index.js';
import { ConfigError } from './config.js';

/**
 * Loads the organisation config: the JSON file at `path` (ORGANISATION_CONFIG), validated by the
 * domain schema, or Växjö kommun's default. A bad file stops start-up naming the wrong field.
 */
export async function loadOrganisation(path: string | undefined): Promise<OrganisationConfig> {
  if (!path) return defaultOrganisation;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      'ORGANISATION_CONFIG',
      `cannot read ${path}: ${(error as Error).message}`,
    );
  }
  try {
    return parseOrganisationConfig(text);
  } catch (error) {
    throw new ConfigError('ORGANISATION_CONFIG', `${path}: ${(error as Error).message}`);
  }
}
