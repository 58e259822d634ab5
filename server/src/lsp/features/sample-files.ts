import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSample } from '../../service/evaluate-rules/sample-file';
import type { NamedSample } from '../../service/evaluate-rules/sample-lenses';

const SAMPLE = /\.sample\.json$/i;

/**
 * The `*.sample.json` files next to a document, read again only when one changes (by name, time and size):
 * CodeLens is asked on every edit.
 */
export class SampleFiles {
  private readonly byFolder = new Map<string, { stamp: string; samples: NamedSample[] }>();

  near(file: string): NamedSample[] {
    const folder = path.dirname(file);
    let names: string[];
    try {
      names = fs.readdirSync(folder).filter((n) => SAMPLE.test(n)).sort();
    } catch {
      return [];
    }
    const stats = names.map((n) => fs.statSync(path.join(folder, n), { throwIfNoEntry: false }));
    const stamp = names.map((n, k) => `${n}:${stats[k]?.mtimeMs}:${stats[k]?.size}`).join('|');
    const known = this.byFolder.get(folder);
    if (known?.stamp === stamp) return known.samples;
    const samples: NamedSample[] = [];
    for (const name of names) {
      try {
        samples.push({ name, sample: readSample(fs.readFileSync(path.join(folder, name), 'utf8')) });
      } catch {
        // A sample that vanished or cannot be read gives no lens.
      }
    }
    this.byFolder.set(folder, { stamp, samples });
    return samples;
  }

  /**
   * The samples `near` found last for the document's folder, without looking at the disk again: resolving the
   * lenses of one CodeLens answer (a few dozen at a time) must not list and stat the folder for each.
   */
  lastNear(file: string): NamedSample[] {
    return this.byFolder.get(path.dirname(file))?.samples ?? this.near(file);
  }
}
