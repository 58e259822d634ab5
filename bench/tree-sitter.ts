/**
 * tree-sitter-powershell's parse alone, with tree-sitter's native Node binding (prebuilt; the faster
 * of its two builds): the independent parser our whole lint is compared with.
 */
type NativeParser = { setLanguage(l: unknown): void; parse(input: (index: number) => string | null): { rootNode: { hasError: boolean } } };

let parser: NativeParser | undefined;

export async function treeSitterParser(): Promise<NativeParser | undefined> {
  if (parser) return parser;
  try {
    // Both are ES modules (the grammar's binding loads its prebuilt .node with top-level await).
    const Parser = ((await import('tree-sitter')) as { default: new () => NativeParser }).default;
    const language = ((await import('tree-sitter-powershell')) as { default: unknown }).default;
    parser = new Parser();
    parser.setLanguage(language);
    return parser;
  } catch {
    return undefined;
  }
}

/** Parses the text in 64 KiB chunks (the binding's string input is limited in size). */
export function treeSitterParse(p: NativeParser, text: string): boolean {
  return p.parse((index) => (index < text.length ? text.slice(index, index + 65536) : null)).rootNode.hasError;
}
