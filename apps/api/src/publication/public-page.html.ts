import {
  INDICATOR_LABELS,
  PLAN_LABELS,
  SMALL_NUMBER_THRESHOLD,
  type PublicActivity,
  type PublicGoal,
  type PublicIndicator,
  type PublicPage,
  type PublicPlan,
} from '@samla/domain';

/**
 * The public page as one server-rendered HTML document: no script, one small inline style
 * sheet, semantic headings, Swedish. It is read on phones by residents, so it must load fast
 * on a weak connection and work with a screen reader (WCAG 2.1 AA).
 */
const esc = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const SV = PLAN_LABELS.sv;
const IND = INDICATOR_LABELS.sv;
const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const date = (iso: string) => iso.slice(0, 10);
const monthName = new Intl.DateTimeFormat('sv-SE', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** 2020-03 reads as "mars 2020"; a year stays a year. */
const periodText = (period: string) =>
  /^\d{4}-\d{2}$/.test(period) ? monthName.format(new Date(`${period}-01T00:00:00Z`)) : period;

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#fff;overflow-wrap:break-word;hyphens:auto}
a{color:#0b4f8a}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-3rem;background:#fff;color:#0b4f8a;padding:.5rem .75rem;z-index:1}
.skip:focus{top:.5rem}
header{background:#173a5e;color:#fff;padding:1.25rem 1rem}
header p{margin:.25rem 0 0}
.wrap{max-width:50rem;margin:0 auto}
main{padding:0 1rem 2rem}
h1{font-size:1.6rem;line-height:1.25;margin:.25rem 0 0}
h2{font-size:1.4rem;line-height:1.3;margin:2rem 0 .5rem;padding-top:1rem;border-top:3px solid #173a5e}
h3{font-size:1.2rem;margin:1.75rem 0 .5rem}
h4{font-size:1.05rem;margin:1.25rem 0 .25rem}
.brand{font-weight:700;letter-spacing:.04em;text-transform:uppercase;font-size:.9rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.bar{height:.6rem;background:#e3e7ec;border-radius:.3rem;overflow:hidden;max-width:20rem}
.bar span{display:block;height:100%;background:#1f6f43}
ul.acts{list-style:none;padding:0;margin:.5rem 0}
ul.acts li{border:1px solid #c9d1da;border-radius:.4rem;padding:.6rem .75rem;margin:.5rem 0}
.act{font-weight:600;margin:0}
.meta{margin:.2rem 0 0;font-size:.95rem;color:#3d4650}
.status{display:inline-block;padding:0 .4rem;border-radius:.25rem;background:#e8eef4;color:#1b1b1b;font-size:.9rem}
.status-delayed{background:#fbe3d6}
.status-done{background:#dcefe3}
.goal-desc,.plan-desc{margin:.25rem 0 .5rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0;min-width:16rem}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border-bottom:1px solid #c9d1da;padding:.3rem .6rem .3rem 0;text-align:right}
th[scope=row],thead th:first-child{text-align:left}
.note{font-size:.95rem;color:#3d4650}
.preview{background:#fff4d6;border:2px solid #8a5a00;border-radius:.4rem;padding:.75rem;margin:1rem 0}
footer{border-top:1px solid #c9d1da;padding:1rem;font-size:.95rem;color:#3d4650}
`;

const document = (title: string, body: string): string =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${esc(title)}</title><style>${STYLE.replace(/\n/g, '')}</style></head><body>${body}</body></html>`;

const percent = (value: number | null) => (value === null ? 'ingen uppgift' : `${value} %`);

function progressBlock(label: string, value: number | null): string {
  const bar =
    value === null
      ? ''
      : `<div class="bar" aria-hidden="true"><span style="width:${value}%"></span></div>`;
  return `<p>${esc(label)}: <strong>${percent(value)}</strong></p>${bar}`;
}

function period(a: PublicActivity): string | null {
  if (!a.startDate && !a.endDate) return null;
  return `${a.startDate ?? '…'} – ${a.endDate ?? '…'}`;
}

function activityItem(a: PublicActivity): string {
  const meta = [
    a.responsibleUnit ? `Ansvarig: ${esc(a.responsibleUnit)}` : null,
    period(a) ? `Period: ${period(a)}` : null,
    `${esc(SV.level[a.level])}, ${esc(SV.tier[a.tier].toLowerCase())}`,
  ].filter(Boolean);
  return (
    `<li><p class="act">${esc(a.title)}</p>` +
    `<p class="meta"><span class="status status-${a.status}">${esc(SV.activityStatus[a.status])}</span> ` +
    `Framdrift ${a.progress} %</p>` +
    (a.description ? `<p class="meta">${esc(a.description)}</p>` : '') +
    `<p class="meta">${meta.join(' · ')}</p></li>`
  );
}

function activityList(items: PublicActivity[]): string {
  return items.length ? `<ul class="acts">${items.map(activityItem).join('')}</ul>` : '';
}

function goalSection(plan: PublicPlan, goal: PublicGoal, depth: number): string {
  const heading = depth === 0 ? 'h3' : 'h4';
  const children = plan.goals.filter((g) => g.parentId === goal.id);
  return (
    `<${heading}>${esc(goal.title)}</${heading}>` +
    (goal.description ? `<p class="goal-desc">${esc(goal.description)}</p>` : '') +
    progressBlock('Framdrift för målet', goal.progress) +
    activityList(plan.activities.filter((a) => a.goalId === goal.id)) +
    children.map((c) => goalSection(plan, c, depth + 1)).join('')
  );
}

const cellText = (indicator: PublicIndicator, state: string, value: number | null): string => {
  if (state === 'suppressed') return 'skyddat';
  if (state !== 'value' || value === null) return 'saknas';
  return `${number.format(value)}${indicator.unit === 'percent' ? ' %' : ''}`;
};

/** Year totals (monthly counts) and the latest twelve periods, oldest first. */
function tableRows(indicator: PublicIndicator) {
  const totals = new Set(indicator.figures.filter((f) => f.yearTotal).map((f) => f.period));
  const periods = [...new Set(indicator.figures.map((f) => f.period))]
    .filter((p) => !totals.has(p))
    .sort()
    .slice(-12);
  return [...[...totals].sort(), ...periods];
}

function indicatorSection(indicator: PublicIndicator, index: string): string {
  const genders = (['T', 'K', 'M'] as const).filter((g) =>
    indicator.figures.some((f) => f.gender === g),
  );
  const rows = tableRows(indicator);
  const facts = [
    `<dt>Enhet</dt><dd>${esc(IND.unit[indicator.unit])}</dd>`,
    indicator.baseline
      ? `<dt>Utgångsläge</dt><dd>${cellText(indicator, indicator.baseline.state, indicator.baseline.value)}${indicator.baseline.period ? ` (${esc(indicator.baseline.period)})` : ''}</dd>`
      : '',
    indicator.targetValue !== null
      ? `<dt>Mål</dt><dd>${cellText(indicator, 'value', indicator.targetValue)}${indicator.targetYear ? ` år ${indicator.targetYear}` : ''}</dd>`
      : '',
    `<dt>Riktning</dt><dd>${indicator.higherIsBetter ? 'Högre är bättre' : 'Lägre är bättre'}</dd>`,
    indicator.source ? `<dt>Källa</dt><dd>${esc(indicator.source)}</dd>` : '',
  ].join('');
  const table = rows.length
    ? `<div class="table-wrap" role="region" aria-labelledby="${index}" tabindex="0"><table>` +
      `<caption id="${index}">Utfall: ${esc(indicator.nameSv)}</caption>` +
      `<thead><tr><th scope="col">Period</th>${genders.map((g) => `<th scope="col">${IND.gender[g]}</th>`).join('')}</tr></thead><tbody>` +
      rows
        .map((p) => {
          const cells = genders.map((g) => {
            const f = indicator.figures.find((x) => x.period === p && x.gender === g);
            return `<td>${f ? cellText(indicator, f.state, f.value) : 'saknas'}</td>`;
          });
          return `<tr><th scope="row">${esc(periodText(p))}</th>${cells.join('')}</tr>`;
        })
        .join('') +
      `</tbody></table></div>`
    : `<p class="note">Inga utfall är registrerade ännu.</p>`;
  return `<h4>${esc(indicator.nameSv)}</h4><dl class="facts">${facts}</dl>${table}`;
}

function planSection(plan: PublicPlan, n: number): string {
  const adopted = [plan.adoptedBy, plan.adoptedOn].filter(Boolean).join(', ');
  const topGoals = plan.goals.filter(
    (g) => !g.parentId || !plan.goals.some((p) => p.id === g.parentId),
  );
  const loose = plan.activities.filter((a) => !a.goalId);
  return (
    `<section aria-labelledby="plan-${n}"><h2 id="plan-${n}">${esc(plan.title)}</h2>` +
    `<dl class="facts"><dt>Typ</dt><dd>${esc(SV.planKind[plan.kind])}</dd>` +
    `<dt>Period</dt><dd>${plan.periodFrom}–${plan.periodTo}</dd>` +
    `<dt>Status</dt><dd>${esc(SV.planStatus[plan.status])}</dd>` +
    (adopted ? `<dt>Beslut</dt><dd>${esc(adopted)}</dd>` : '') +
    `</dl>` +
    (plan.description ? `<p class="plan-desc">${esc(plan.description)}</p>` : '') +
    progressBlock('Samlad framdrift för planen', plan.progress) +
    topGoals.map((g) => goalSection(plan, g, 0)).join('') +
    (loose.length ? `<h3>Aktiviteter utan mål</h3>${activityList(loose)}` : '') +
    (plan.indicators.length
      ? `<h3>Indikatorer</h3>${plan.indicators.map((i, k) => indicatorSection(i, `ind-${n}-${k}`)).join('')}` +
        `<p class="note">”Skyddat” betyder att talet är mindre än ${SMALL_NUMBER_THRESHOLD}, eller att det är dolt för att ett sådant tal inte ska kunna räknas fram. Små tal visas aldrig, så att ingen enskild person kan pekas ut.</p>`
      : '') +
    `</section>`
  );
}

/** `preview`: the tenant admin's look before publishing; said at the top of the page. */
export function renderPublicPage(page: PublicPage, options: { preview?: boolean } = {}): string {
  const name = page.kommun.name;
  const nav =
    page.plans.length > 1
      ? `<nav aria-label="Planer på sidan"><ul>${page.plans.map((p, n) => `<li><a href="#plan-${n}">${esc(p.title)}</a></li>`).join('')}</ul></nav>`
      : '';
  return document(
    `${name}: arbetet mot våld i nära relationer`,
    `<a class="skip" href="#innehall">Hoppa till innehållet</a>` +
      `<header><div class="wrap"><p class="brand">Samla</p>` +
      `<h1>${esc(name)}: arbetet mot våld i nära relationer</h1>` +
      `<p>Här visar ${esc(name)} sina beslutade planer: mål, aktiviteter, hur långt arbetet har kommit och hur det följs upp.</p></div></header>` +
      `<main id="innehall" tabindex="-1"><div class="wrap">${options.preview ? PREVIEW_NOTE : ''}${nav}` +
      (page.plans.length
        ? page.plans.map(planSection).join('')
        : `<p>Inga antagna eller gällande planer är valda att visas.</p>`) +
      `</div></main>` +
      `<footer><div class="wrap"><p>Uppgifterna kommer från kommunens egen uppföljning i Samla. Publiceringen ändrades senast ${date(page.publishedAt)}.</p>` +
      `<p>Behöver du stöd? Ring 112 vid fara. Kvinnofridslinjen svarar dygnet runt på 020-50 50 50.</p></div></footer>`,
  );
}

const PREVIEW_NOTE =
  `<p class="preview"><strong>Förhandsgranskning.</strong> Så här ser sidan ut med de valda planerna. ` +
  `Bara kommunens administratörer ser förhandsgranskningen; invånarna ser sidan när den är publicerad.</p>`;

/** The same page for an unknown kommun and for one that publishes nothing. */
export function renderNotFoundPage(): string {
  return document(
    'Sidan finns inte',
    `<a class="skip" href="#innehall">Hoppa till innehållet</a>` +
      `<header><div class="wrap"><p class="brand">Samla</p><h1>Sidan finns inte</h1></div></header>` +
      `<main id="innehall" tabindex="-1"><div class="wrap"><p>Det finns ingen publicerad sida på den här adressen. Kontrollera kommunkoden, eller kontakta kommunen.</p></div></main>`,
  );
}
