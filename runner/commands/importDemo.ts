import sampleRoster from '../../templates/sampleRoster.json';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { DemoStep } from './demoStep';

/**
 * The sample roster as an HR system would export it: its own header names, 性别 as M/F, dates
 * as 19850307, phone numbers as numbers — plus a changed e-mail, two new hires, a 工号 typed
 * twice and a row without one. Previewed only, so the later demo steps see the sample unchanged.
 */
export function sampleHrExport(): (string | number)[][] {
  const rows: (string | number)[][] = [['序号', '教工号', '姓名', '性别', '出生年月', '所在分会', '电子邮箱', '手机号码', '参加工作时间']];
  const add = (id: string, name: string, gender: string, birth: string, branch: string, email: string, phone: string) =>
    rows.push([rows.length, id, name, gender === '女' ? 'F' : 'M', birth.replace(/-/g, ''), branch, email, Number(phone), '']);
  for (const m of sampleRoster) {
    if (m.会员状态 !== '在册') continue;
    add(m.工号, m.姓名, m.性别, m.出生日期, m.分会, m.工号 === '001017' ? 'li.yong@example.edu.cn' : m.邮箱, m.手机);
  }
  add('002001', '周子涵', '女', '1995-06-12', '农学院分会', 't002001@example.edu.cn', '13700000001');
  add('002002', '吴文博', '男', '1996-09-01', '机关分会', 't002002@example.edu.cn', '13700000002');
  add('002005', '孙婷', '女', '1997-01-15', '后勤分会', 't002003@example.edu.cn', '13700000003');
  add('002005', '孙婷', '女', '1997-01-15', '后勤分会', 't002003@example.edu.cn', '13700000003');
  add('', '临时工', '男', '1990-01-01', '后勤分会', '', '13700000004');
  return rows;
}

export const importDemoStep: DemoStep = {
  title: '导入名册（预览人事处导出的名册）',
  run: (s) => s.call<ActionResult>('apiImport', { into: '会员名册', rows: sampleHrExport(), source: '人事处导出（示例）', apply: false }),
};
