// License fields of package metadata files found in a tree (package.json, Cargo.toml,
// pyproject.toml, composer.json, setup.cfg, pom.xml): each becomes a `reference` detection with the
// field's line. Line-oriented scans with bounded patterns; malformed files yield nothing.
export interface MetadataField {
  raw: string;
  line: number;
}

const PATTERNS: Record<string, RegExp[]> = {
  json: [/^\s*"license"\s*:\s*"([^"\n]{1,200})"/, /^\s*"type"\s*:\s*"([^"\n]{1,200})"/],
  toml: [/^\s*license\s*=\s*"([^"\n]{1,200})"/, /^\s*license\s*=\s*\{\s*text\s*=\s*"([^"\n]{1,200})"/],
  cfg: [/^\s*license\s*=\s*([^\n]{1,200})$/],
  xml: [/<license>\s*<name>([^<\n]{1,200})<\/name>/, /^\s*<name>([^<\n]{1,200})<\/name>/],
};

function style(name: string): keyof typeof PATTERNS | undefined {
  if (name.endsWith('.json') || name.endsWith('.json5')) return 'json';
  if (name.endsWith('.toml')) return 'toml';
  if (name === 'setup.cfg') return 'cfg';
  if (name === 'pom.xml') return 'xml';
  return undefined;
}

export function metadataLicenses(path: string, text: string): MetadataField[] {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const kind = style(name);
  if (!kind) return [];
  const lines = text.split('\n', 5000);
  const out: MetadataField[] = [];
  let inLicenses = false;
  lines.forEach((raw, i) => {
    const line = raw.length > 400 ? raw.slice(0, 400) : raw;
    if (kind === 'json' && /"licen[cs]es?"\s*:\s*[[{]/.test(line)) inLicenses = true;
    if (kind === 'xml' && line.includes('<license>')) inLicenses = true;
    PATTERNS[kind]!.forEach((re, k) => {
      if (k > 0 && !inLicenses) return;
      const m = re.exec(line);
      if (m?.[1]) out.push({ raw: m[1].trim(), line: i + 1 });
    });
    if (inLicenses && (line.includes(']') || line.includes('</license>'))) inLicenses = false;
  });
  return out;
}
