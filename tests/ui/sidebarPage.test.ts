import { sidebarPage } from '../../src/ui/sidebarPage';
import type { ViewName } from '../../src/ui/sidebarState';

const built = '<!DOCTYPE html><html><body data-initial-view="calendar"><script>x</script></body></html>';

describe('the page a menu item opens', () => {
  it('starts on the view the menu item is about', () => {
    expect(sidebarPage(built, 'notices')).toContain('<body data-initial-view="notices">');
    expect(sidebarPage(built, 'aid')).toContain('<body data-initial-view="aid">');
  });
  it('accepts only the known views, so nothing can be injected through the name', () => {
    expect(() => sidebarPage(built, '"><script>alert(1)</script>' as ViewName)).toThrow('unknown sidebar view');
    expect(() => sidebarPage('<body>', 'aid')).toThrow('no data-initial-view');
  });
});
