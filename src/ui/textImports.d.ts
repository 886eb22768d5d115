// Files esbuild embeds as text (loader '.html': 'text' in scripts/build.mjs).
declare module '*.html' {
  const text: string;
  export default text;
}
