import { splitList } from '../../../src/kernel/values/splitList';

it('splits a 分会 or 标签 cell on any comma, 、 or semicolon the clerk typed', () => {
  expect(splitList('后勤分会、机关分会，经济学院分会,农学院分会; 信息工程学院分会；动物科技学院分会')).toEqual([
    '后勤分会', '机关分会', '经济学院分会', '农学院分会', '信息工程学院分会', '动物科技学院分会',
  ]);
  expect(splitList('  ')).toEqual([]);
  expect(splitList('劳模,,困难职工,')).toEqual(['劳模', '困难职工']);
});
