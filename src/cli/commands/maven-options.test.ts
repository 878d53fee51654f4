// --maven-profile / --maven-property parsing into the scan's Maven build switches.
import { describe, expect, it } from 'vitest';
import { mavenBuild } from './maven-options.js';

describe('Maven build switches from the command line', () => {
  it('is absent when neither flag is given', () => {
    expect(mavenBuild({})).toBeUndefined();
  });

  it('splits comma-separated profiles and reads NAME[=VALUE] as mvn -D does', () => {
    expect(
      mavenBuild({
        'maven-profile': ['ci,!slow', ' extra '],
        'maven-property': ['quick', 'java.version=17.0.2', 'expr=a=b'],
      }),
    ).toEqual({
      profiles: ['ci', '!slow', 'extra'],
      properties: { quick: 'true', 'java.version': '17.0.2', expr: 'a=b' },
    });
  });
});
