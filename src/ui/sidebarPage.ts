// The sidebar page for one opening: the built page with the view it should start on.
import { type ViewName, isViewName } from './sidebarState';

export const SIDEBAR_TITLE = '工会助手';

const INITIAL_VIEW = /data-initial-view="[a-z]*"/;

export function sidebarPage(builtHtml: string, view: ViewName): string {
  // Only a known view name ever reaches the page, so nothing can be injected through it.
  if (!isViewName(view)) throw new Error(`unknown sidebar view: ${String(view)}`);
  if (!INITIAL_VIEW.test(builtHtml)) throw new Error('the built sidebar page has no data-initial-view attribute');
  return builtHtml.replace(INITIAL_VIEW, `data-initial-view="${view}"`);
}
