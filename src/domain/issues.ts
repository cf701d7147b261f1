import type { z } from 'zod';

/**
 * The dotted path of a zod issue as a reader writes it: `administrations[2].id`. Used in every
 * boundary error so the message names the wrong field.
 */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

/** One line per issue, `path: message`, for errors thrown at a boundary. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issuePath(issue.path) || '(root)'}: ${issue.message}`)
    .join('; ');
}
