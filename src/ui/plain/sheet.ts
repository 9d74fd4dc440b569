/**
 * A style sheet for the plain controls, without Fluent UI's styling engine (merge-styles, the theme and the style
 * utilities weigh about 25 KB gzip in a first load). `sheet('tabs', { list: {...}, tab: {...} })` returns a class name
 * per rule (`pw-tabs-list`, `pw-tabs-tab`: readable in the DOM and stable for tests) and adds the CSS to the page once.
 *
 * The rules are written as Fluent's `mergeStyleSets` takes them, so a first screen moves across without rewriting
 * its styles: camelCase properties, numbers in px (except unitless properties), and `selectors` whose keys are
 * pseudo-classes or pseudo-elements (`':hover'`, `'::before'`), descendants (`'& .x'`, `'.x &'`) or media queries
 * (`'@media (max-width: 480px)'`, whose rules may nest selectors again).
 */
export type StyleValue = string | number | undefined;
export interface StyleRule {
  readonly [property: string]: StyleValue | StyleRule | Readonly<Record<string, StyleRule>>;
}

const UNITLESS = new Set(['fontWeight', 'lineHeight', 'opacity', 'zIndex', 'flex', 'flexGrow', 'flexShrink', 'order', 'zoom', 'fillOpacity', 'strokeOpacity']);

const kebab = (property: string): string => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function declaration(property: string, value: string | number): string {
  const text = typeof value === 'number' && !UNITLESS.has(property) && value !== 0 ? `${value}px` : String(value);
  return `${kebab(property)}:${text};`;
}

/** The selector a nested key names, `&` standing for the rule's own selector. */
function nested(own: string, key: string): string {
  if (key.includes('&')) return key.replace(/&/g, own);
  if (key.startsWith(':')) return `${own}${key}`;
  return `${own} ${key}`;
}

/** The CSS of one rule under `selector`, with its nested selectors and media queries after it. */
export function cssOf(selector: string, rule: StyleRule): string {
  let own = '';
  let after = '';
  const visit = (key: string, value: StyleRule[string]): void => {
    if (value === undefined) return;
    if (typeof value === 'string' || typeof value === 'number') own += declaration(key, value);
    else if (key === 'selectors') for (const [k, v] of Object.entries(value as Record<string, StyleRule>)) after += nestedCss(k, v);
    else after += nestedCss(key, value as StyleRule);
  };
  const nestedCss = (key: string, value: StyleRule): string =>
    key.startsWith('@media') || key.startsWith('@supports') ? `${key}{${cssOf(selector, value)}}` : cssOf(nested(selector, key), value);
  for (const [key, value] of Object.entries(rule)) visit(key, value);
  return (own ? `${selector}{${own}}` : '') + after;
}

const added = new Map<string, string>();

/**
 * Adds the CSS once per sheet name (a second call with the same name and rules, e.g. after hot reload, adds nothing).
 * Two different sheets under one name would silently lose the second's styles: that throws, so a test catches it.
 */
function addToPage(name: string, css: string): void {
  const before = added.get(name);
  if (before !== undefined && before !== css) throw new Error(`sheet('${name}') is already defined with other rules: give each sheet its own name.`);
  if (before !== undefined || typeof document === 'undefined') return;
  added.set(name, css);
  const style = document.createElement('style');
  style.setAttribute('data-pw-sheet', name);
  style.textContent = css;
  document.head.appendChild(style);
}

/** Class names for `rules`, named `pw-<name>-<key>`; the CSS is on the page once the call returns. */
export function sheet<K extends string>(name: string, rules: Readonly<Record<K, StyleRule>>): Readonly<Record<K, string>> {
  const classes = {} as Record<K, string>;
  let css = '';
  for (const key of Object.keys(rules) as K[]) {
    classes[key] = `pw-${name}-${key}`;
    css += cssOf(`.${classes[key]}`, rules[key]);
  }
  addToPage(name, css);
  return classes;
}
