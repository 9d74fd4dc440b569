import type { ListDefinition, ListViewDefinition } from '../../src/lists/types';
import { DEFAULT_VIEW_ROW_LIMIT } from './constants';
import { caml, element, renderAttrs } from '../../src/lists/xml';

/** 'Home school view' → 'HomeSchoolView' (the view's .aspx file name). */
export function viewFileName(title: string): string {
  const name = title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
  if (!name) throw new Error(`View title '${title}' gives no file name.`);
  return name;
}

/**
 * Checks that a CAML fragment is balanced markup (every tag closed, in order, no declarations), so a
 * mistyped <Where> in src/lists fails here with the list and view named, not later in SharePoint.
 */
export function assertBalancedCaml(fragment: string, where: string): void {
  if (/<[?!]/.test(fragment)) throw new Error(`${where}: CAML may not contain declarations, comments or CDATA.`);
  const open: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)(?:\s+[^<>]*?)?(\/?)>/g;
  const stripped = fragment.replace(tag, (_match, closing: string, name: string, selfClosing: string) => {
    if (closing) {
      const expected = open.pop();
      if (expected !== name) throw new Error(`${where}: </${name}> closes <${expected ?? 'nothing'}>.`);
    } else if (!selfClosing) {
      open.push(name);
    }
    return '';
  });
  if (open.length) throw new Error(`${where}: <${open[open.length - 1]}> is never closed.`);
  if (/[<>]/.test(stripped)) throw new Error(`${where}: stray '<' or '>' in CAML.`);
}

/** One CAML <View> element (as lines), in the form PnP's list handler reads. */
export function viewXml(list: ListDefinition, view: ListViewDefinition): string[] {
  const query: string[] = [];
  if (view.where) {
    assertBalancedCaml(view.where, `List '${list.key}', view '${view.title}'`);
    query.push(`<Where>${view.where}</Where>`);
  }
  if (view.orderBy) {
    query.push(
      `<OrderBy><FieldRef${renderAttrs([
        ['Name', view.orderBy.field],
        ['Ascending', caml(view.orderBy.ascending)],
      ])} /></OrderBy>`,
    );
  }
  const children = [
    ...element(
      'ViewFields',
      [],
      view.fields.flatMap((name) => element('FieldRef', [['Name', name]])),
    ),
    ...(query.length ? element('Query', [], query) : []),
    ...element('RowLimit', [['Paged', caml(true)]], [], String(view.rowLimit ?? DEFAULT_VIEW_ROW_LIMIT)),
  ];
  return element(
    'View',
    [
      ['DisplayName', view.title],
      ['Url', `{site}/${list.url}/${viewFileName(view.title)}.aspx`],
      ['Type', 'HTML'],
      ['BaseViewID', 1],
      ['DefaultView', view.default ? caml(true) : undefined],
    ],
    children,
  );
}
