export type JoinStep =
  | { kind: 'same'; mine: number; shipped: number }
  | { kind: 'changed'; mine: number; shipped: number }
  | { kind: 'added'; mine: number }
  | { kind: 'removed'; shipped: number };

/**
 * Lines up the rule's join groups with the shipped ones (their order matters: the engine tries them top
 * down). A longest common subsequence keeps the unchanged groups together; between two kept groups, a
 * group on each side is one changed group, and what is left over was added or removed.
 */
export function alignJoinGroups(mine: string[], shipped: string[]): JoinStep[] {
  const n = mine.length;
  const m = shipped.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = mine[i] === shipped[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const steps: JoinStep[] = [];
  let gapMine: number[] = [];
  let gapShipped: number[] = [];
  const flush = () => {
    const pairs = Math.min(gapMine.length, gapShipped.length);
    for (let k = 0; k < pairs; k++) steps.push({ kind: 'changed', mine: gapMine[k], shipped: gapShipped[k] });
    for (const i of gapMine.slice(pairs)) steps.push({ kind: 'added', mine: i });
    for (const j of gapShipped.slice(pairs)) steps.push({ kind: 'removed', shipped: j });
    gapMine = [];
    gapShipped = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && mine[i] === shipped[j]) {
      flush();
      steps.push({ kind: 'same', mine: i++, shipped: j++ });
    } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
      gapMine.push(i++);
    } else {
      gapShipped.push(j++);
    }
  }
  flush();
  return steps;
}
