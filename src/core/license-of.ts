// The license a component is judged by in policies and reports: what its metadata declares, else
// what the license files of its installed copy say (detectedLicense, set only when nothing is
// declared). SBOMs keep the two apart as declared and concluded.
import type { Component } from './model.js';

export function licenseOf(c: Pick<Component, 'declaredLicense' | 'detectedLicense'>): string | undefined {
  return c.declaredLicense ?? c.detectedLicense;
}
