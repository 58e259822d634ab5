/**
 * The benchmark's typing: `edits` letters typed at seeded random places, each with the text before and
 * after it. The rows through the server and in-process replay the same sequence, so they compare. A
 * place between a CR and its LF is no place an editor can type at: the letter goes before the CR, where
 * the server's document puts a change sent at the end of that line.
 */
export function* letterEdits(text: string, edits: number, seed = 7): Generator<{ offset: number; letter: string; before: string; after: string }> {
  let state = seed >>> 0 || 1;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  let doc = text;
  for (let k = 0; k < edits; k++) {
    let offset = Math.floor(random() * doc.length);
    if (doc.charCodeAt(offset - 1) === 13 && doc.charCodeAt(offset) === 10) offset--;
    const letter = String.fromCharCode(97 + Math.floor(random() * 26));
    const after = doc.slice(0, offset) + letter + doc.slice(offset);
    yield { offset, letter, before: doc, after };
    doc = after;
  }
}
