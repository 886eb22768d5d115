// Building DOM without HTML strings: every piece of data goes in as textContent or an
// attribute value, so nothing a clerk typed into the sheet can become markup.

type Child = Node | string | null | false | undefined;

export interface ElementProps {
  readonly className?: string;
  readonly id?: string;
  readonly title?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: (e: Event) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.id) el.id = props.id;
  if (props.title) el.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  if (props.onClick) el.addEventListener('click', props.onClick);
  for (const c of children) {
    if (c === null || c === false || c === undefined) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`sidebar element #${id} is missing`);
  return el as T;
}

/** Replaces the children, keeping the element (and so focus elsewhere on the page). */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== false && c !== undefined));
}

export function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}
