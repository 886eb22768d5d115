/**
 * Who may edit a protected sheet: the admins of 设置!管理员, plus the user applying the
 * protection (Sheets never lets a script lock out the account running it, nor the owner).
 * Given the current editors, what to add and what to remove; addresses compared lower-cased.
 */
export interface EditorChanges {
  readonly add: readonly string[];
  readonly remove: readonly string[];
  /** The editor list afterwards. */
  readonly editors: readonly string[];
}

export function editorChanges(current: readonly string[], admins: readonly string[], me: string): EditorChanges {
  const norm = (e: string) => e.trim().toLowerCase();
  const wanted = [...new Set([...admins, me].map(norm).filter(Boolean))];
  const have = new Set(current.map(norm));
  return {
    add: wanted.filter((e) => !have.has(e)),
    remove: current.filter((e) => !wanted.includes(norm(e))),
    editors: wanted,
  };
}
