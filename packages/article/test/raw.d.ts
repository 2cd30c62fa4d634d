/** Vite's `?raw` imports: the file's text, in Node and browser test runs alike. */
declare module '*?raw' {
  const text: string;
  export default text;
}
