// js-yaml is installed (through ESLint) without type declarations; the playground config test
// only needs `load`.
declare module 'js-yaml' {
  /** Parses one YAML document. */
  export function load(text: string): unknown;
}
