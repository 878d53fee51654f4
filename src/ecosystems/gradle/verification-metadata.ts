// gradle/verification-metadata.xml: the checksums Gradle verifies artifacts against. For each
// component (group, name, version) the hashes of its main artifact (the jar, aar or klib, not the
// POM, Gradle module file, sources or javadoc) are attached to the lockfile's component.
import type { Hash } from '../../core/model.js';
import { FileError } from '../../core/plugin.js';
import { child, childrenNamed, parseXml, XmlError, type XmlElement } from '../../util/xml.js';

const ALGS: Record<string, Hash['alg']> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };
const HEX_LENGTH: Record<Hash['alg'], number> = {
  MD5: 32,
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128,
};
const MAIN = /\.(jar|aar|klib)$/;
const SECONDARY = /-(sources|javadoc)\.jar$/;

function hashesOf(artifact: XmlElement): Hash[] {
  const out: Hash[] = [];
  for (const el of artifact.children) {
    const alg = ALGS[el.name];
    const value = el.attrs.value?.toLowerCase();
    if (alg && value && value.length === HEX_LENGTH[alg] && /^[0-9a-f]+$/.test(value))
      out.push({ alg, value });
  }
  return out;
}

/** group:name:version -> hashes of the main artifact. */
export function parseVerificationMetadata(text: string, file: string): Map<string, Hash[]> {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) throw new FileError('parse-error', file, e.message, e.line);
    throw e;
  }
  if (root.name !== 'verification-metadata')
    throw new FileError(
      'parse-error',
      file,
      `root element is <${root.name}>, not <verification-metadata>`,
      root.line,
    );
  const out = new Map<string, Hash[]>();
  for (const c of childrenNamed(child(root, 'components'), 'component')) {
    const { group, name, version } = c.attrs;
    if (!group || !name || !version) continue;
    const artifacts = childrenNamed(c, 'artifact').filter(
      (a) => MAIN.test(a.attrs.name ?? '') && !SECONDARY.test(a.attrs.name ?? ''),
    );
    const main = artifacts.find((a) => a.attrs.name === `${name}-${version}.jar`) ?? artifacts[0];
    const hashes = main ? hashesOf(main) : [];
    if (hashes.length) out.set(`${group}:${name}:${version}`, hashes);
  }
  return out;
}
