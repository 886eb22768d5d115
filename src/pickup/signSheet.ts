import type { Campaign } from '../notices';
import { htmlEscape } from '../kernel/text/htmlEscape';
import type { PickupAudience } from './pickupAudience';
import { collectionOf, type PickupRecord } from './pickupRecord';
import { NO_BRANCH } from './pickupSummary';

// The printable 签领单: one A4 page (or more, the header row repeating) per 分会, members in roster
// order, the ones who have collected already marked so nobody signs twice. Every value comes from
// the clerk's sheets and is escaped.

const CSS = `
@page { size: A4; margin: 16mm 14mm 18mm;
  @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 9pt; } }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 11pt; margin: 0; }
section.branch { break-after: page; }
section.branch:last-of-type { break-after: auto; }
h1 { font-size: 16pt; margin: 0 0 4pt; text-align: center; }
p.meta { margin: 0 0 8pt; text-align: center; font-size: 10pt; }
h2 { font-size: 12pt; margin: 0 0 6pt; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #000; padding: 5pt 4pt; height: 24pt; text-align: left; }
th.no, td.no { width: 8%; text-align: center; }
td.done { color: #444; font-size: 9pt; }
@media screen { body { max-width: 210mm; margin: 12px auto; } section.branch { border-bottom: 2px dashed #999; padding-bottom: 16px; margin-bottom: 16px; } }
`;

export interface SignSheetInput {
  readonly unitName: string;
  readonly audience: PickupAudience;
  readonly pickups: ReadonlyMap<string, PickupRecord>;
}

/** The 分会 of the audience in roster order, each with its members. */
export function branchesOf(audience: PickupAudience): { branch: string; members: PickupAudience['members'] }[] {
  const groups = new Map<string, PickupAudience['members'][number][]>();
  for (const m of audience.members) {
    const key = m.branch || NO_BRANCH;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups].map(([branch, members]) => ({ branch, members }));
}

export function signSheetHtml(input: SignSheetInput): string {
  const { campaign } = input.audience;
  const e = htmlEscape;
  const title = `${campaign.name || campaign.id} 签领单`;
  const sections = branchesOf(input.audience).map(({ branch, members }) => {
    const rows = members.map((m, i) => {
      const c = collectionOf(input.pickups, campaign.id, m.id);
      const sign = c?.method === '本人' ? `<td class="done">已领（本人，${e(c.time.slice(5, 16))}）</td><td></td>` : c ? `<td></td><td class="done">已代领：${e(c.proxy)}（${e(c.time.slice(5, 16))}）</td>` : '<td></td><td></td>';
      return `<tr><td class="no">${i + 1}</td><td>${e(m.id)}</td><td>${e(m.name)}</td>${sign}</tr>`;
    }).join('\n');
    return `<section class="branch">
${input.unitName ? `<p class="meta">${e(input.unitName)}</p>
` : ''}<h1>${e(title)}</h1>
<p class="meta">${e(pickupLine(campaign))}</p>
<h2>${e(branch)}（${members.length} 人）</h2>
<table><thead><tr><th class="no">序号</th><th>工号</th><th>姓名</th><th>签名</th><th>代领人签名</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
  });
  const body = sections.length ? sections.join('\n') : `<p>活动“${e(campaign.id)}”的发放范围内没有会员。</p>`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title><style>${CSS}</style></head>
<body>
${body}
</body></html>
`;
}

/** “领取地点：… 领取时间：2023-06-12 至 2023-06-21” */
function pickupLine(c: Campaign): string {
  const when = c.pickupStart || c.pickupEnd ? `${c.pickupStart ?? ''} 至 ${c.pickupEnd ?? ''}` : '未填写';
  return `领取地点：${c.pickupPlace || '未填写'}　领取时间：${when}`;
}
