/** At most `max` characters (code points: 𠮷 and emoji stay whole), marked with … when cut. */
export function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}……`;
}
