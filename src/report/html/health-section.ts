// The health card of the HTML report: key figures, the maturity stage with what keeps the project
// from the next one, the practices checklist (static HTML in the report language), and the monthly
// activity series the page script draws as a chart. Without a health section it says why not.
import type { Lang } from '../../core/analyzer.js';
import { translate, type UiKey } from '../../i18n/catalogue.js';
import { healthFacts, type Health } from '../health-facts.js';

/** [month "YYYY-MM", commits, active contributors], one per calendar month, gaps filled with zeros. */
export type MonthRow = [string, number, number];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every month from the first commit's to the window's end, so quiet months show as gaps. */
export function monthRows(health: Health): MonthRow[] {
  const series = health.commits.monthly;
  const plain = series.map((p): MonthRow => [p.month, p.commits, p.activeContributors]);
  if (!series.length || !series.every((p) => /^\d{4}-\d{2}$/.test(p.month))) return plain;
  const byMonth = new Map(plain.map((r) => [r[0], r]));
  const last = [series[series.length - 1]!.month, health.window.end.slice(0, 7)].sort()[1]!;
  let [year, month] = series[0]!.month.split('-').map(Number) as [number, number];
  const rows: MonthRow[] = [];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    rows.push(byMonth.get(key) ?? [key, 0, 0]);
    if (key >= last) return rows;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

export function renderHealthSection(health: Health | undefined, lang: Lang): string {
  const t = (k: UiKey, p?: Record<string, string | number>) => esc(translate(lang, k, p));
  const title = `<h2>${t('ui.html.health')}</h2>`;
  if (!health)
    return `<div class="card health" id="health">${title}<p class="muted" id="health-none">${t('ui.html.health-none')}</p></div>`;
  const f = healthFacts(health, lang);
  const w = health.window;
  const last = health.releases.last;
  const tile = (label: UiKey, value: string | number, sub = '') =>
    `<div><dt>${t(label)}</dt><dd>${esc(String(value))}</dd>${sub ? `<dd class="muted">${sub}</dd>` : ''}</div>`;
  const tiles = [
    tile('ui.health.stage', f.stage),
    tile('ui.health.contributors', f.contributors),
    tile('ui.health.active', f.active),
    tile(
      'ui.health.commits',
      health.commits.total,
      t('ui.health.in-window', { count: health.commits.window }),
    ),
    tile('ui.health.bus-factor', f.busFactor),
    tile('ui.health.elephant-factor', f.elephantFactor),
    tile('ui.health.releases', health.releases.count),
    tile('ui.health.last-release', last ? last.tag : f.lastRelease, last ? esc(last.date.slice(0, 10)) : ''),
  ];
  const unmet = f.next
    ? `<h3>${t('ui.health.unmet', { next: f.next })}</h3><ul class="unmet">${f.unmet
        .map(
          (c) =>
            `<li>✗ ${esc(c.text)}${c.actual === null ? '' : ` <span class="muted">(${esc(c.actual)})</span>`}</li>`,
        )
        .join('')}</ul>`
    : `<p>${t('ui.health.top-stage')}</p>`;
  return `<div class="card health" id="health">${title}
<p class="muted">${t('ui.health.window', { days: w.days, start: w.start, end: w.end })}${health.partial ? ` · <span class="warning">${t('ui.health.partial')}</span>` : ''}</p>
<div class="health-grid"><div><dl class="figures">${tiles.join('')}</dl>${unmet}</div>
<div><h3>${t('ui.health.activity')}</h3><div id="chart-health"></div><p class="legend muted" id="chart-health-legend"></p></div></div>
<h3>${t('ui.health.practices')}</h3><ul class="practices">${practiceItems(health, lang)}</ul></div>`;
}

function practiceItems(health: Health, lang: Lang): string {
  return health.practices
    .map((p) => {
      const [mark, cls] = p.passed === null ? ['?', 'unknown'] : p.passed ? ['✓', 'pass'] : ['✗', 'fail'];
      const key: UiKey = `ui.health.practice.${p.id}`;
      const name = translate(lang, key);
      const evidence = p.evidence?.length ? p.evidence.slice(0, 3).join(', ') : '';
      return `<li class="${cls}" data-practice="${esc(p.id)}">${mark} ${esc(name === key ? p.id : name)}${evidence ? ` <span class="muted">${esc(evidence)}</span>` : ''}</li>`;
    })
    .join('');
}

/** The page script's chart: commits as bars and active contributors as a line, each on its own scale. */
export const HEALTH_CHART_SCRIPT = String.raw`function fmt(k,p){return T[k].replace(/\{(\w+)\}/g,(m,n)=>n in p?String(p[n]):m)}
function activity(id,rows){const el=$(id);if(!el)return;if(!rows.length){el.textContent=T['ui.html.none'];return}
const W=560,H=170,B=18,n=rows.length,step=W/n,mc=Math.max(1,...rows.map(r=>r[1])),ma=Math.max(1,...rows.map(r=>r[2]));
const y=(v,m)=>6+(H-B-6)*(1-v/m);const svg=document.createElementNS(NS,'svg');svg.setAttribute('width','100%');svg.setAttribute('viewBox','0 0 '+W+' '+H);
const base=document.createElementNS(NS,'line');base.setAttribute('x1','0');base.setAttribute('x2',String(W));base.setAttribute('y1',String(H-B));base.setAttribute('y2',String(H-B));base.setAttribute('stroke','#d0d7de');svg.append(base);
const pts=[];rows.forEach(([m,c,a],i)=>{const r=document.createElementNS(NS,'rect');const top=y(c,mc);r.setAttribute('class','month-bar');
r.setAttribute('x',(i*step+step*0.15).toFixed(2));r.setAttribute('width',Math.max(0.5,step*0.7).toFixed(2));r.setAttribute('y',top.toFixed(2));
r.setAttribute('height',(H-B-top).toFixed(2));r.setAttribute('fill','#0969da');const tt=document.createElementNS(NS,'title');
tt.textContent=fmt('ui.health.month',{month:m,commits:c,active:a});r.append(tt);svg.append(r);pts.push((i*step+step/2).toFixed(2)+','+y(a,ma).toFixed(2))});
const line=document.createElementNS(NS,'polyline');line.setAttribute('class','active-line');line.setAttribute('points',pts.join(' '));
line.setAttribute('fill','none');line.setAttribute('stroke','#bf3989');line.setAttribute('stroke-width','2');svg.append(line);
[[rows[0][0],0,'start'],[rows[n-1][0],W,'end']].forEach(([s,x,a])=>{const t=document.createElementNS(NS,'text');t.setAttribute('x',String(x));
t.setAttribute('y',String(H-4));t.setAttribute('text-anchor',a);t.textContent=s;svg.append(t)});el.append(svg);
const legend=$(id+'-legend');[['#0969da','ui.health.legend-commits',mc],['#bf3989','ui.health.legend-active',ma]].forEach(([c,k,m])=>{
const sw=document.createElement('span');sw.className='swatch';sw.style.background=c;legend.append(sw,fmt(k,{max:m}),' ')})}`;
