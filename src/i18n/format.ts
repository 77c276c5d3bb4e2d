/**
 * Fills a catalogue template's `{name}` placeholders. Sentences are never assembled from pieces in
 * code: the whole sentence lives in the catalogue and only values are put in.
 */
export type Params = Record<string, string | number>;

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole);
}

/** The placeholder names a template uses, for the parity test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}
