import * as React from 'react';
import { Text } from '../../../ui/plain/Text';
import { TODAY_ROLES, TODAY_ROLE_LABELS, isTodayRole, rememberRole, rememberedRole, sectionOrder, type TodayRole } from './todayRoles';

/** A section's identity: its `id` prop (Section) or its React key. */
function sectionIdOf(child: React.ReactElement): string | undefined {
  const id = (child.props as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  return typeof child.key === 'string' ? child.key.replace(/^\.\$/, '') : undefined;
}

/**
 * The PRU's sections in the chosen role's order: that role's own first, then the rest (in the page's order, so
 * reading and Tab order follow what is seen). The role is chosen here; the first choice comes from the caller.
 */
export const RoleOrder: React.FC<{ initial: TodayRole; children: React.ReactNode }> = ({ initial, children }) => {
  const [role, setRole] = React.useState<TodayRole>(() => rememberedRole() ?? initial);
  const choose = (value: string): void => {
    if (!isTodayRole(value)) return;
    setRole(value);
    rememberRole(value);
  };
  const order = sectionOrder(role);
  const rank = (el: React.ReactElement): number => {
    const i = order.indexOf((sectionIdOf(el) ?? '') as (typeof order)[number]);
    return i < 0 ? order.length : i;
  };
  const sections = React.Children.toArray(children)
    .filter(React.isValidElement)
    .map((el, i) => ({ el, i }))
    .sort((a, b) => rank(a.el) - rank(b.el) || a.i - b.i)
    .map((x) => x.el);
  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginTop: 12 }}>
        <label htmlFor="today-role">Show first what needs doing by the</label>
        <select id="today-role" value={role} onChange={(e) => choose(e.target.value)} style={{ minHeight: 32, fontSize: 14 }}>
          {TODAY_ROLES.map((r) => (
            <option key={r} value={r}>
              {TODAY_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <Text block data-today-role={role}>
        What the {role === 'senco' ? 'SENCO' : TODAY_ROLE_LABELS[role].toLowerCase()} does comes first, then everything else.
      </Text>
      {sections}
    </>
  );
};
