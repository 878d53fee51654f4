// The `cyclonedx` reporter: CycloneDX JSON 1.6 (default) or 1.7, validated before it is returned.
// The CycloneDX library and its validator load only when this format is asked for, so other
// formats and `--version` stay fast.
import type { Reporter } from '../../core/analyzer.js';

export const cyclonedxReporter: Reporter = {
  id: 'cyclonedx',
  extension: 'cdx.json',
  machine: true,
  specVersions: ['1.6', '1.7'],
  async render(result, options) {
    const { renderCycloneDx } = await import('./render-bom.js');
    return renderCycloneDx(result, options.specVersion);
  },
};
