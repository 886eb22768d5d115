import { adminRefusal } from '../../src/kernel/adminCheck';

describe('who may send notices, sync the calendar and check aid', () => {
  it('lets everyone when no 管理员 is set', () => {
    expect(adminRefusal([], '')).toBeNull();
    expect(adminRefusal([], 'anyone@example.edu.cn')).toBeNull();
  });

  it('lets a listed admin, whatever the case of the address', () => {
    expect(adminRefusal(['chen@example.edu.cn'], 'Chen@Example.edu.cn')).toBeNull();
  });

  it('refuses others, naming the admins', () => {
    expect(adminRefusal(['chen@example.edu.cn'], 'li@example.edu.cn')).toContain('只有设置中的管理员（chen@example.edu.cn）');
  });

  it('refuses a user Apps Script cannot identify', () => {
    expect(adminRefusal(['chen@example.edu.cn'], '')).toContain('无法识别您的账号');
  });
});
