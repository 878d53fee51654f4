// The page around the data: inline CSS and script, no external resource, so the one file works
// offline and from a mail attachment. Charts are SVG bars drawn by the script; the search box
// filters the component and finding tables. Rows are drawn in pages so 10,000 components stay quick.
import type { Lang } from '../../core/analyzer.js';
import { translate, type UiKey } from '../../i18n/catalogue.js';
import type { ReportData } from './build-data.js';
import { HEALTH_CHART_SCRIPT } from './health-section.js';

const KEYS = [
  'ui.html.title',
  'ui.html.search',
  'ui.html.licenses',
  'ui.html.vulns',
  'ui.html.arch',
  'ui.health.legend-commits',
  'ui.health.legend-active',
  'ui.health.month',
  'ui.html.components',
  'ui.html.findings',
  'ui.html.none',
  'ui.html.shown',
  'ui.html.col.name',
  'ui.html.col.version',
  'ui.html.col.ecosystem',
  'ui.html.col.scopes',
  'ui.html.col.license',
  'ui.html.col.direct',
  'ui.html.col.severity',
  'ui.html.col.code',
  'ui.html.col.message',
] as const satisfies readonly UiKey[];

/** JSON safe inside <script>: no "</script>", no HTML comment openers. */
function embed(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:16px;color:#1b1f24}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:12px}svg text{font-size:12px;fill:#1b1f24}
input{font-size:15px;padding:6px 10px;width:100%;box-sizing:border-box;margin:8px 0}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #eaeef2;padding:4px 6px;text-align:left;vertical-align:top}
.error{color:#cf222e}.warning{color:#9a6700}.note{color:#57606a}.muted{color:#57606a}
.health{grid-column:1/-1}.health h3{font-size:15px;margin:14px 0 6px}.health-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:16px}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:8px;margin:0}.figures div{background:#f6f8fa;border-radius:6px;padding:6px 8px}
.figures dt{font-size:12px;color:#57606a}.figures dd{margin:0;font-size:18px;font-weight:600}.figures dd.muted{font-size:12px;font-weight:400}
.unmet,.practices{margin:0;padding:0;list-style:none}.unmet li{color:#cf222e}.practices{columns:2 260px}.practices li{break-inside:avoid}
.pass{color:#1a7f37}.fail{color:#cf222e}.unknown{color:#57606a}.swatch{display:inline-block;width:10px;height:10px;margin:0 4px 0 8px;border-radius:2px}`;

const SCRIPT = `(()=>{${HEALTH_CHART_SCRIPT}
const D=JSON.parse(document.getElementById('data').textContent);const T=JSON.parse(document.getElementById('text').textContent);
const $=(id)=>document.getElementById(id);const NS='http://www.w3.org/2000/svg';
function bars(id,counts){const el=$(id);const rows=Object.entries(counts).sort((a,b)=>b[1]-a[1]);
if(!rows.length){el.textContent=T['ui.html.none'];return}const max=Math.max(1,...rows.map(r=>r[1]));const svg=document.createElementNS(NS,'svg');
svg.setAttribute('width','100%');svg.setAttribute('height',String(rows.length*24));svg.setAttribute('viewBox','0 0 360 '+rows.length*24);
rows.forEach(([k,v],i)=>{const r=document.createElementNS(NS,'rect');r.setAttribute('x','170');r.setAttribute('y',String(i*24+4));
r.setAttribute('height','16');r.setAttribute('width',String(Math.max(1,Math.round(v/max*140))));r.setAttribute('fill','#0969da');r.setAttribute('class','bar');
const t=document.createElementNS(NS,'text');t.setAttribute('x','0');t.setAttribute('y',String(i*24+16));t.textContent=k.length>26?k.slice(0,25)+'…':k;
const n=document.createElementNS(NS,'text');n.setAttribute('x',String(176+Math.max(1,Math.round(v/max*140))));n.setAttribute('y',String(i*24+16));n.textContent=String(v);
svg.append(r,t,n)});el.append(svg)}
activity('chart-health',D.health||[]);bars('chart-licenses',D.licenseCategories);bars('chart-vulns',D.vulnerabilities);
const arch={};for(const a of D.architecture)arch[a.target+': '+a.verdict]=a.count;bars('chart-arch',arch);
function table(id,rows,cols,limit,q){const tb=$(id).querySelector('tbody');tb.textContent='';let shown=0;let total=0;
for(const r of rows){if(q&&!r.join(' ').toLowerCase().includes(q))continue;total++;if(shown>=limit)continue;shown++;
const tr=document.createElement('tr');cols(r).forEach(([v,c])=>{const td=document.createElement('td');td.textContent=v;if(c)td.className=c;tr.append(td)});tb.append(tr)}
$(id+'-count').textContent=T['ui.html.shown'].replace('{shown}',String(shown)).replace('{total}',String(total))}
function draw(){const q=$('search').value.trim().toLowerCase();
table('components',D.components,r=>[[r[0]],[r[1]],[r[2]],[r[3]],[r[4]],[r[5]?'✓':'']],500,q);
table('findings',D.findings,r=>[[r[0],r[0]],[r[1]],[r[2]]],500,q)}
$('search').addEventListener('input',draw);draw();document.body.dataset.ready='1'})();`;

export function renderPage(
  data: ReportData,
  lang: Lang,
  meta: { root: string; version: string; startedAt: string },
  healthSection: string,
): string {
  const text = Object.fromEntries(KEYS.map((k) => [k, translate(lang, k)]));
  const t = (k: (typeof KEYS)[number]) => esc(text[k]!);
  const head = (keys: (typeof KEYS)[number][]) => `<tr>${keys.map((k) => `<th>${t(k)}</th>`).join('')}</tr>`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${t('ui.html.title')}: ${esc(meta.root)}</title><style>${CSS}</style></head>
<body><h1>${t('ui.html.title')}: ${esc(meta.root)}</h1>
<p class="muted">Steward ${esc(meta.version)} · ${esc(meta.startedAt)}${data.policy ? ` · ${esc(data.policy)}` : ''}</p>
<div class="charts"><div class="card"><h2>${t('ui.html.licenses')}</h2><div id="chart-licenses"></div></div>
<div class="card"><h2>${t('ui.html.vulns')}</h2><div id="chart-vulns"></div></div>
<div class="card"><h2>${t('ui.html.arch')}</h2><div id="chart-arch"></div></div>
${healthSection}</div>
<input id="search" type="search" placeholder="${t('ui.html.search')}" aria-label="${t('ui.html.search')}">
<h2>${t('ui.html.findings')} <span class="muted" id="findings-count"></span></h2>
<table id="findings"><thead>${head(['ui.html.col.severity', 'ui.html.col.code', 'ui.html.col.message'])}</thead><tbody></tbody></table>
<h2>${t('ui.html.components')} <span class="muted" id="components-count"></span></h2>
<table id="components"><thead>${head(['ui.html.col.name', 'ui.html.col.version', 'ui.html.col.ecosystem', 'ui.html.col.scopes', 'ui.html.col.license', 'ui.html.col.direct'])}</thead><tbody></tbody></table>
<script type="application/json" id="data">${embed(data)}</script>
<script type="application/json" id="text">${embed(text)}</script>
<script>${SCRIPT}</script></body></html>
`;
}
