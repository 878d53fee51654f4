// Line numbers for keys and values of a parsed YAML document, so validation errors point at the
// line to edit. Uses the `yaml` package's document API (nodes keep their source ranges).
import { isMap, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from 'yaml';

export type PathSegment = string | number;

/** 1-based line of the node at `path`, or of its key when `keyOf` is true; the closest ancestor otherwise. */
export function lineAt(
  doc: Document,
  lines: LineCounter,
  path: PathSegment[],
  keyOf = false,
): number | undefined {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const [i, seg] of path.entries()) {
    if (isMap(node)) {
      const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const last = i === path.length - 1;
      const target = last && keyOf ? pair.key : pair.value;
      offset = (target as Node | null)?.range?.[0] ?? (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

export { LineCounter };
