// Generates templates/sampleRoster.json: a fictional roster (no real people) that exercises
// every audience rule: three campuses, several 分会, both sexes, birthdays in every month,
// retired and departed members, tags, one member without an email and one with a bad one.
import { writeFileSync } from 'node:fs';

const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'.split('');
const givenFemale = ['秀英', '丽娟', '海燕', '芳', '敏', '静', '艳', '娜', '霞', '桂英', '红梅', '玉兰', '晓燕', '雪梅', '子涵', '婷'];
const givenMale = ['建国', '志强', '伟', '磊', '洋', '勇', '军', '杰', '涛', '明', '超', '刚', '国庆', '春生', '文博', '浩'];
const branches = ['农学院分会', '动物科技学院分会', '经济学院分会', '信息工程学院分会', '机关分会', '后勤分会'];
const campuses = ['雅安', '成都', '都江堰'];
const rows = [];
for (let i = 0; i < 64; i++) {
  const gender = i % 3 === 1 ? '男' : i % 2 === 0 ? '女' : '男';
  const month = (i % 12) + 1;
  const day = ((i * 7) % 28) + 1;
  const year = 1962 + ((i * 5) % 38);
  const status = i === 10 || i === 23 || i === 37 || i === 50 ? '退休' : i === 31 || i === 58 ? '离校' : '在册';
  const id = String(1000 + i * 17).padStart(6, '0');
  const tags = i === 44 ? '劳模,困难职工' : i % 11 === 3 ? '劳模' : i % 13 === 5 ? '困难职工' : '';
  let email = `t${id}@example.edu.cn`;
  if (i === 17) email = '';
  if (i === 29) email = 'liu.min@example';
  rows.push({
    工号: id,
    姓名: surnames[i % surnames.length] + (gender === '女' ? givenFemale : givenMale)[(i * 5) % 16],
    性别: gender,
    出生日期: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    分会: branches[i % branches.length],
    校区: campuses[i % campuses.length],
    邮箱: email,
    手机: `1${[38, 39, 58, 80, 86][i % 5]}${String(10000000 + i * 104729).slice(-8)}`,
    入职日期: `${Math.min(year + 24, 2022)}-0${(i % 9) + 1}-01`,
    会员状态: status,
    标签: tags,
  });
}
writeFileSync(new URL('../templates/sampleRoster.json', import.meta.url), JSON.stringify(rows, null, 1) + '\n');
console.log(`${rows.length} members`);
