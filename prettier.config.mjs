// @ts-check
/** One formatter for code, styles and config; matches the house style (single quotes, wide lines). */
export default {
  printWidth: 140,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
