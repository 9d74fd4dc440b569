export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'datetime'; readonly value: string };

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { readonly type: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly type: 'not'; readonly operand: FilterNode }
  | { readonly type: 'cmp'; readonly op: ComparisonOp; readonly field: string; readonly value: Literal }
  | { readonly type: 'startswith' | 'substringof'; readonly field: string; readonly value: string; readonly expect: boolean };

/** The first clause of the top-level AND chain (the clause SharePoint uses to pick an index). */
export function firstAndClause(node: FilterNode): FilterNode {
  let n = node;
  while (n.type === 'and') n = n.left;
  return n;
}

/** Every field path the filter names. */
export function fieldsOf(node: FilterNode): string[] {
  switch (node.type) {
    case 'and':
    case 'or':
      return [...fieldsOf(node.left), ...fieldsOf(node.right)];
    case 'not':
      return fieldsOf(node.operand);
    default:
      return [node.field];
  }
}
