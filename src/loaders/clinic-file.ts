/**
 * Loads content/clinic.yaml as the one entry of the clinic collection. Astro's
 * file() loader would log a YAML error and carry on with no clinic at all; this
 * one stops with the line and a plain message. Decimal numbers reach the schema
 * as written ("49.28270", not 49.2827), so that a rule about how many decimals a
 * coordinate has reads what staff typed.
 */
import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseDocument, visit } from 'yaml';
import { ContentError } from '../lib/content/integrity.ts';
import { yamlProblems } from '../lib/content/preflight.ts';

/**
 * YAML fields as data, decimals kept as their written text (clinic.yaml, and the
 * frontmatter of a location's file, which holds a map position). `firstLine` is
 * where the YAML starts in the file, so that errors name the line staff see.
 */
export function parseFieldsKeepingDecimals(text: string, file: string, what: string, firstLine = 1): Record<string, unknown> {
  const problems = yamlProblems(file, text, firstLine);
  if (problems.length > 0) throw new ContentError(problems);
  const doc = parseDocument(text);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && node.source?.includes('.')) node.value = node.source;
    },
  });
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError([{ file, field: '(file)', message: `must hold ${what}, one per line, like name: Massage Rx` }]);
  }
  return data as Record<string, unknown>;
}

/** content/clinic.yaml as data, decimals kept as their written text. */
export function parseClinicYaml(text: string, file: string): Record<string, unknown> {
  return parseFieldsKeepingDecimals(text, file, 'the clinic’s fields');
}

export function clinicFile(path: string): Loader {
  return {
    name: 'massagerx:clinic-file',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const filePath = fileURLToPath(new URL(path, config.root));
      const sync = async () => {
        let text: string;
        try {
          text = await readFile(filePath, 'utf8');
        } catch {
          throw new ContentError([{ file: path, field: '(file)', message: 'is missing: the site needs the clinic’s name, address, phone and hours from it' }]);
        }
        const data = await parseData({ id: 'clinic', data: parseClinicYaml(text, path), filePath });
        store.clear();
        store.set({ id: 'clinic', data, filePath: path, digest: generateDigest(text) });
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed === filePath) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
