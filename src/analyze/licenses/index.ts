// The license analyzer inside `steward scan`: normalises every component's declared license into an
// SPDX expression, then compares declared licenses with the license files of the scanned projects
// and of the components installed in the tree. License files only: source headers are read by
// `steward licenses`, which walks the whole tree.
import type { Analyzer } from '../../core/analyzer.js';
import { DeclaredLicenses } from './declared.js';
import { detectInstalled } from './detect-installed.js';

export const licensesAnalyzer: Analyzer = {
  id: 'licenses',
  async analyze({ inventory, ctx }) {
    const declared = new DeclaredLicenses();
    const out = declared.diagnose(inventory.components);
    out.push(...(await detectInstalled(inventory, ctx, declared)));
    return out;
  },
};
