// Bad input: malformed XML, property cycles, undefined properties, missing parents and modules,
// broken POMs in the repository. Each gives a failure or a diagnostic naming the file and line,
// and the rest of the scan goes on. Inputs are hand-written into a temporary directory.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { mavenPomPlugin } from './index.js';
import { parseXml, XmlError } from '../../util/xml.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-maven-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

const pom = (body: string) =>
  `<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n${body}\n</project>\n`;
const dep = (g: string, a: string, v: string) =>
  `    <dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
const GOOD = pom(
  `  <groupId>org.example</groupId><artifactId>good</artifactId><version>1</version>\n  <dependencies>\n${dep('org.x', 'y', '2.0')}\n  </dependencies>`,
);
const run = (root: string, mavenRepo?: string) =>
  scan(root, { plugins: [mavenPomPlugin], analyzers: [], ...(mavenRepo ? { mavenRepo } : {}) });

describe('malformed POMs', () => {
  it('names the file and line of a mismatched end tag, and scans the other POMs', async () => {
    const root = tree({
      'bad/pom.xml': pom('  <groupId>g</groupId>\n  <artifactId>a</artifact>\n  <version>1</version>'),
      'good/pom.xml': GOOD,
    });
    const r = await run(root);
    expect(r.status.failures).toEqual([
      expect.objectContaining({ file: 'bad/pom.xml', line: 5, reason: 'parse-error', plugin: 'maven/pom' }),
    ]);
    expect(r.status.failures[0]!.detail).toContain('</artifact> does not match <artifactId>');
    expect(r.components.map((c) => c.purl)).toEqual(['pkg:maven/org.x/y@2.0']);
  });

  it('reports an element never closed and a root that is not <project>', async () => {
    const r = await run(tree({ 'a/pom.xml': '<project>\n<dependencies>\n', 'b/pom.xml': '<settings/>\n' }));
    expect(r.status.failures.map((f) => [f.file, f.line, f.reason])).toEqual([
      ['a/pom.xml', 3, 'parse-error'],
      ['b/pom.xml', 1, 'parse-error'],
    ]);
  });

  it('turns a property cycle into a failure at the property, keeping the rest', async () => {
    const root = tree({
      'pom.xml': pom(
        '  <groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n  <properties>\n    <a>${b}</a>\n    <b>x-${a}</b>\n  </properties>\n  <dependencies>\n' +
          dep('org.x', 'cyclic', '${a}') +
          '\n' +
          dep('org.x', 'fine', '3') +
          '\n  </dependencies>',
      ),
    });
    const r = await run(root);
    expect(r.status.failures).toEqual([
      expect.objectContaining({
        file: 'pom.xml',
        line: 6,
        reason: 'parse-error',
        detail: 'property cycle a -> b -> a',
      }),
    ]);
    expect(r.components.map((c) => c.purl)).toContain('pkg:maven/org.x/fine@3');
  });

  it('leaves ${env.*} unresolved and says where; the version stays unknown', async () => {
    const root = tree({
      'pom.xml': pom(
        `  <groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n  <dependencies>\n${dep('org.x', 'y', '${env.Y_VERSION}')}\n  </dependencies>`,
      ),
    });
    const r = await run(root);
    const d = r.diagnostics.find((x) => x.code === 'maven/unresolved-property')!;
    expect(d.params).toEqual({ file: 'pom.xml', line: 6, name: 'env.Y_VERSION' });
    const c = r.components.find((x) => x.name === 'org.x:y')!;
    expect(c).toMatchObject({ version: null, range: '${env.Y_VERSION}' });
  });

  it('reports a parent that is nowhere, and a module without a POM, with their lines', async () => {
    const root = tree({
      'pom.xml': pom(
        '  <parent><groupId>org.p</groupId><artifactId>parent</artifactId><version>9</version></parent>\n  <artifactId>a</artifactId>\n  <modules>\n    <module>missing</module>\n  </modules>',
      ),
    });
    const r = await run(root, tree({}));
    expect(r.diagnostics.find((x) => x.code === 'maven/parent-not-found')!.params).toEqual({
      coordinates: 'org.p:parent:9',
      file: 'pom.xml',
      line: 4,
    });
    expect(r.status.failures).toEqual([
      expect.objectContaining({ file: 'pom.xml', line: 7, reason: 'inconsistent' }),
    ]);
  });

  it('lists POMs the repository lacks or cannot parse without failing the scan', async () => {
    const repo = tree({ 'org/x/broken/1/broken-1.pom': '<project><dependencies></project>' });
    const root = tree({
      'pom.xml': pom(
        `  <groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n  <dependencies>\n${dep('org.x', 'broken', '1')}\n${dep('org.x', 'absent', '2')}\n  </dependencies>`,
      ),
    });
    const r = await run(root, repo);
    expect(r.status.failures).toEqual([]);
    const d = r.diagnostics.find((x) => x.code === 'maven/pom-not-in-repository')!;
    expect(d.params.count).toBe(2);
    expect(d.data).toEqual({
      missing: ['org.x:absent:2'],
      broken: { [`${repo}/org/x/broken/1/broken-1.pom`]: expect.stringContaining('line 1') },
    });
  });
});

describe('xml reader', () => {
  it('decodes entities, CDATA and comments and keeps start-tag lines', () => {
    const el = parseXml(
      '<?xml version="1.0"?>\n<!-- c -->\n<a x="1 &amp; 2">\n <b>&lt;&#65;&#x42;<![CDATA[<c>]]></b>\n</a>',
    );
    expect(el.attrs).toEqual({ x: '1 & 2' });
    expect(el.children[0]).toMatchObject({ name: 'b', text: '<AB<c>', line: 4 });
  });

  it.each([
    ['<a>&nope;</a>', 'unknown entity', 1],
    ['<a>\n<b x=1/></a>', 'not quoted', 2],
    ['<a/>\n<b/>', 'second root', 2],
    ['<a><!-- open\n</a>', 'unterminated comment', 1],
  ])('rejects %j', (src, message, line) => {
    const err = (() => {
      try {
        parseXml(src);
      } catch (e) {
        return e as XmlError;
      }
    })();
    expect(err).toBeInstanceOf(XmlError);
    expect(err!.message).toContain(message);
    expect(err!.line).toBe(line);
  });
});
