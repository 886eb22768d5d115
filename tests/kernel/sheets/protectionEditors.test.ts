import { editorChanges } from '../../../src/kernel/sheets/protectionEditors';

describe('who may edit a protected sheet', () => {
  it('adds the admins and the user applying it, removes everyone else', () => {
    expect(editorChanges(['owner@x.cn', 'Intern@x.cn'], ['chen@x.cn'], 'owner@x.cn')).toEqual({
      add: ['chen@x.cn'],
      remove: ['Intern@x.cn'],
      editors: ['chen@x.cn', 'owner@x.cn'],
    });
  });

  it('changes nothing when the list is already right, whatever the case of the addresses', () => {
    expect(editorChanges(['Chen@X.cn', 'me@x.cn'], ['chen@x.cn'], 'ME@x.cn')).toEqual({ add: [], remove: [], editors: ['chen@x.cn', 'me@x.cn'] });
  });

  it('does not list an unknown running user', () => {
    expect(editorChanges([], ['chen@x.cn'], '').editors).toEqual(['chen@x.cn']);
  });
});
