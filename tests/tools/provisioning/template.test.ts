import { LISTS } from '../../../src/lists';
import type { FieldDefinition, FieldKind, ListDefinition } from '../../../src/lists/types';
import { buildProvisioningTemplate } from '../../../tools/provisioning/buildTemplate';
import {
  type AccessLevel,
  CONTRIBUTE_PERMISSIONS,
  LEADERSHIP_GROUP,
  LEADERSHIP_LEVEL,
  LIST_ACCESS,
  OFFICE_GROUP,
  STAFF_GROUP,
} from '../../../src/lists/siteSecurity';
import { TITLE_FIELD_ID } from '../../../tools/provisioning/constants';
import { fieldGuid } from '../../../tools/provisioning/fieldGuid';
import { generatePathwaysTemplate } from '../../../tools/provisioning/pathwaysTemplate';
import { caml, fieldsOf, listInstances, parseXml, pnp } from './parseTemplate';

const xml = generatePathwaysTemplate();
const doc = parseXml(xml);
const instances = listInstances(doc);
const listElement = (list: ListDefinition): Element => {
  const el = instances.get(list.url);
  if (!el) throw new Error(`No ListInstance for ${list.url}`);
  return el;
};

const CAML_TYPE: Record<FieldKind, string> = {
  Text: 'Text',
  Note: 'Note',
  Number: 'Number',
  Integer: 'Number',
  Currency: 'Currency',
  Boolean: 'Boolean',
  DateTime: 'DateTime',
  Choice: 'Choice',
  MultiChoice: 'MultiChoice',
  Lookup: 'Lookup',
  LookupMulti: 'LookupMulti',
  User: 'User',
};

const allFields = LISTS.flatMap((list) => list.fields.map((field) => [list, field] as const));
const fieldCases = allFields.map(([list, field]) => [`${list.key}.${field.internalName}`, list, field] as const);

describe('provisioning template: document', () => {
  it('is deterministic', () => {
    expect(generatePathwaysTemplate()).toBe(xml);
  });

  it('has the PnP 2022/09 root, generator and the PATHWAYS-HUB template', () => {
    expect(doc.documentElement.localName).toBe('Provisioning');
    expect(doc.documentElement.prefix).toBe('pnp');
    expect(pnp(doc, 'Preferences')[0].getAttribute('Generator')).toBeTruthy();
    const template = pnp(doc, 'ProvisioningTemplate');
    expect(template).toHaveLength(1);
    expect(template[0].getAttribute('ID')).toBe('PATHWAYS-HUB');
    expect(template[0].getAttribute('Version')).toBe('1');
  });

  it('sets en-GB regional settings: London time, Monday first, 24-hour clock', () => {
    const regional = pnp(doc, 'RegionalSettings')[0];
    expect(regional.getAttribute('LocaleId')).toBe('2057');
    expect(regional.getAttribute('TimeZone')).toBe('2');
    expect(regional.getAttribute('FirstDayOfWeek')).toBe('Monday');
    expect(regional.getAttribute('Time24')).toBe('true');
  });

  it('creates the Leadership, Office and Staff groups, owned by the site owners; only Leadership may secure', () => {
    const groups = pnp(doc, 'SiteGroup');
    expect(groups.map((g) => g.getAttribute('Title'))).toEqual([LEADERSHIP_GROUP.title, OFFICE_GROUP.title, STAFF_GROUP.title]);
    expect(groups.map((g) => g.getAttribute('Owner'))).toEqual(['{associatedownergroup}', '{associatedownergroup}', '{associatedownergroup}']);
    const siteAssignments = pnp(pnp(doc, 'RoleAssignments')[0], 'RoleAssignment');
    expect(siteAssignments.map((r) => [r.getAttribute('Principal'), r.getAttribute('RoleDefinition')])).toEqual([
      [LEADERSHIP_GROUP.title, LEADERSHIP_LEVEL.name],
      [OFFICE_GROUP.title, '{roledefinition:Reader}'],
      [STAFF_GROUP.title, '{roledefinition:Reader}'],
    ]);
  });

  it('gives Leadership Contribute plus the rights to create school groups and secure pupil records', () => {
    const roles = pnp(doc, 'RoleDefinition');
    expect(roles.map((r) => r.getAttribute('Name'))).toEqual([LEADERSHIP_LEVEL.name]);
    const rights = pnp(roles[0], 'Permission').map((p) => p.textContent);
    expect(rights).toEqual(expect.arrayContaining([...CONTRIBUTE_PERMISSIONS, 'CreateGroups', 'ManagePermissions']));
    expect(rights).not.toContain('ManageLists');
    expect(rights).not.toContain('ManageWeb');
    expect(rights).not.toContain('FullMask');
  });
});

describe('provisioning template: lists', () => {
  it('has exactly one ListInstance per declared list', () => {
    expect(pnp(doc, 'ListInstance')).toHaveLength(LISTS.length);
    expect([...instances.keys()].sort()).toEqual(LISTS.map((l) => l.url).sort());
  });

  it.each(LISTS.map((l) => [l.key, l] as const))('%s: title, url, description, versioning', (_key, list) => {
    const el = listElement(list);
    expect(el.getAttribute('Title')).toBe(list.title);
    expect(el.getAttribute('Description')).toBe(list.description);
    expect(el.getAttribute('TemplateType')).toBe(list.template === 'documentLibrary' ? '101' : '100');
    expect(el.getAttribute('OnQuickLaunch')).toBe('false');
    expect(el.getAttribute('EnableVersioning')).toBe(String(list.versioning.enabled));
    expect(el.getAttribute('MaxVersionLimit')).toBe(
      list.versioning.enabled && list.versioning.majorVersionLimit ? String(list.versioning.majorVersionLimit) : null,
    );
    expect([...fieldsOf(el).keys()]).toEqual(list.fields.map((f) => f.internalName));
  });

  it.each(LISTS.map((l) => [l.key, l] as const))('%s: Title column via FieldRef', (_key, list) => {
    const refs = pnp(listElement(list), 'FieldRef');
    if (!list.titleField) return expect(refs).toHaveLength(0);
    expect(refs).toHaveLength(1);
    expect(refs[0].getAttribute('ID')).toBe(TITLE_FIELD_ID);
    expect(refs[0].getAttribute('Name')).toBe('Title');
    expect(refs[0].getAttribute('DisplayName')).toBe(list.titleField.displayName);
    expect(refs[0].getAttribute('Required')).toBe(String(list.titleField.required));
  });

  it.each(LISTS.map((l) => [l.key, l] as const))('%s: unique permissions with exactly the declared grants', (_key, list) => {
    const security = pnp(listElement(list), 'Security');
    expect(security).toHaveLength(1);
    const breakInheritance = pnp(security[0], 'BreakRoleInheritance')[0];
    expect(breakInheritance.getAttribute('CopyRoleAssignments')).toBe('false');
    const grants = pnp(breakInheritance, 'RoleAssignment').map((r) => [r.getAttribute('Principal'), r.getAttribute('RoleDefinition')]);
    const token: Record<AccessLevel, string> = {
      read: '{roledefinition:Reader}',
      contribute: '{roledefinition:Contributor}',
      leadership: LEADERSHIP_LEVEL.name,
      fullControl: '{roledefinition:Administrator}',
    };
    const access = LIST_ACCESS[list.key];
    const groups = [LEADERSHIP_GROUP, OFFICE_GROUP, STAFF_GROUP];
    expect(grants).toEqual([
      ['{associatedownergroup}', '{roledefinition:Administrator}'],
      // A group with no access on the list ('none') has no grant at all.
      ...groups.flatMap((g) => {
        const level = access[g.key];
        return level === 'none' ? [] : [[g.title, token[level]]];
      }),
    ]);
  });

  it('orders every lookup target before the lists that look it up', () => {
    const order = pnp(doc, 'ListInstance').map((el) => el.getAttribute('Title'));
    for (const [list, field] of allFields) {
      if (!field.lookupList) continue;
      const target = LISTS.find((l) => l.key === field.lookupList);
      expect(order.indexOf(target?.title ?? '?')).toBeLessThanOrEqual(order.indexOf(list.title));
    }
    expect(order.indexOf('Pathways Pupils')).toBeLessThan(order.indexOf('Pathways Pupil History'));
  });

  it('puts declared views in the template, with their columns, filter, order and row limit', () => {
    for (const list of LISTS) {
      const views = caml(listElement(list), 'View');
      expect(views.map((v) => v.getAttribute('DisplayName'))).toEqual((list.views ?? []).map((v) => v.title));
      (list.views ?? []).forEach((view, i) => {
        expect(caml(views[i], 'FieldRef').slice(0, view.fields.length).map((f) => f.getAttribute('Name'))).toEqual(
          view.fields,
        );
        expect(caml(views[i], 'Where')).toHaveLength(view.where ? 1 : 0);
        expect(caml(views[i], 'OrderBy')).toHaveLength(view.orderBy ? 1 : 0);
        expect(caml(views[i], 'RowLimit')[0].textContent).toBe(String(view.rowLimit ?? 30));
      });
    }
  });

  it('has the pupils Home school view showing the formatted attendance stage and PIP status', () => {
    const pupils = LISTS.find((l) => l.key === 'pupils');
    const view = caml(listElement(pupils as ListDefinition), 'View').find(
      (v) => v.getAttribute('DisplayName') === 'Home school view',
    );
    const shown = caml(view as Element, 'FieldRef').map((f) => f.getAttribute('Name'));
    expect(shown).toEqual(expect.arrayContaining(['PwAttendanceStage', 'PwPipStatus']));
  });
});

describe('provisioning template: fields', () => {
  const fieldElement = (list: ListDefinition, field: FieldDefinition): Element => {
    const el = fieldsOf(listElement(list)).get(field.internalName);
    if (!el) throw new Error(`No Field ${field.internalName} in ${list.key}`);
    return el;
  };

  it.each(fieldCases)('%s', (_name, list, field) => {
    const el = fieldElement(list, field);
    expect(el.getAttribute('Type')).toBe(CAML_TYPE[field.kind]);
    expect(el.getAttribute('ID')).toBe(`{${fieldGuid(list.key, field.internalName)}}`);
    expect(el.getAttribute('StaticName')).toBe(field.internalName);
    expect(el.getAttribute('DisplayName')).toBe(field.displayName);
    expect(el.getAttribute('Required')).toBe(field.required ? 'TRUE' : 'FALSE');
    expect(el.getAttribute('Indexed')).toBe(field.indexed ? 'TRUE' : 'FALSE');
    expect(el.getAttribute('EnforceUniqueValues')).toBe(field.unique ? 'TRUE' : 'FALSE');
    expect(el.getAttribute('Description')).toBe(field.description ?? null);
    expect(caml(el, 'CHOICE').map((c) => c.textContent)).toEqual(field.choices ?? []);
    expect(caml(el, 'Default')[0]?.textContent ?? undefined).toBe(field.defaultValue);
    if (field.kind === 'Text') expect(el.getAttribute('MaxLength')).toBe(String(field.maxLength ?? 255));
    if (field.kind === 'Integer') expect(el.getAttribute('Decimals')).toBe('0');
    if (field.kind === 'Currency') expect(el.getAttribute('LCID')).toBe('2057');
    if (field.kind === 'DateTime') expect(el.getAttribute('Format')).toBe(field.dateOnly ? 'DateOnly' : 'DateTime');
    if (field.kind === 'User') expect(el.getAttribute('UserSelectionMode')).toBe('PeopleOnly');
    if (field.lookupList) {
      const target = LISTS.find((l) => l.key === field.lookupList);
      expect(el.getAttribute('List')).toBe(`{listid:${target?.title ?? '?'}}`);
      expect(el.getAttribute('ShowField')).toBe(field.lookupField ?? 'Title');
      expect(el.getAttribute('Mult')).toBe(field.kind === 'LookupMulti' ? 'TRUE' : null);
    }
    expect(el.getAttribute('CustomFormatter') === null).toBe(field.customFormatter === undefined);
  });

  it('gives every field a unique id', () => {
    const ids = caml(doc, 'Field').map((f) => f.getAttribute('ID'));
    expect(ids).toHaveLength(allFields.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lets PIPs look up earlier PIPs (self-lookup)', () => {
    const pips = LISTS.find((l) => l.key === 'pips') as ListDefinition;
    expect(fieldsOf(listElement(pips)).get('PwPreviousPip')?.getAttribute('List')).toBe('{listid:Pathways PIPs}');
  });
});

describe('provisioning template: column formatting', () => {
  const pupils = LISTS.find((l) => l.key === 'pupils') as ListDefinition;
  const formatterOf = (name: string): Record<string, unknown> => {
    const attr = fieldsOf(listElement(pupils)).get(name)?.getAttribute('CustomFormatter');
    if (!attr) throw new Error(`${name} has no CustomFormatter`);
    return JSON.parse(attr) as Record<string, unknown>;
  };

  it.each([
    ['PwAttendanceStage', { 'Stage 1': 'good', 'Stage 2': 'warning', 'Stage 3': 'blocked' }],
    ['PwPipStatus', { Active: 'good', 'Review due': 'warning', Overdue: 'blocked' }],
  ])('%s is a severity pill that always shows its text', (name, severities) => {
    const formatter = formatterOf(name);
    expect(formatter.$schema).toBe('https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json');
    const json = JSON.stringify(formatter);
    for (const [value, severity] of Object.entries(severities)) {
      expect(json).toContain(`@currentField == '${value}', 'sp-field-severity--${severity}'`);
    }
    const children = formatter.children as Array<Record<string, unknown>>;
    // Colour is never the only signal: the value's text is rendered, and the icon is decorative.
    expect(children.some((c) => c.txtContent === '@currentField')).toBe(true);
    const icon = children.find((c) => (c.attributes as Record<string, string> | undefined)?.iconName);
    expect((icon?.attributes as Record<string, string>)['aria-hidden']).toBe('true');
  });

  it('round-trips the declared formatter exactly through the XML attribute', () => {
    const declared = pupils.fields.find((f) => f.internalName === 'PwPipStatus')?.customFormatter;
    expect(formatterOf('PwPipStatus')).toEqual(declared);
  });
});

describe('buildProvisioningTemplate with other input', () => {
  const base: ListDefinition = {
    key: 'settings',
    title: 'Odd <list> & "quotes"',
    url: 'Lists/Odd',
    description: "It's <b>bold</b> & new\nline",
    fields: [
      { internalName: 'PwChoice', displayName: 'A & B', kind: 'Choice', choices: ['<one>', 'two & three'], defaultValue: 'two & three' },
    ],
    versioning: { enabled: false },
    security: 'staff-only',
  };
  const build = (lists: readonly ListDefinition[]): string => buildProvisioningTemplate(lists, { generator: 'test' });

  it('provisions a document library as template 101 and refuses a library url under Lists/', () => {
    const library: ListDefinition = { ...base, key: 'letters', title: 'Letters', url: 'PwLetters', template: 'documentLibrary' };
    expect(pnp(parseXml(build([library])), 'ListInstance')[0].getAttribute('TemplateType')).toBe('101');
    expect(pnp(parseXml(build([base])), 'ListInstance')[0].getAttribute('TemplateType')).toBe('100');
    expect(() => build([{ ...library, url: 'Lists/PwLetters' }])).toThrow("letters: a document library's url is one segment of letters and digits (like 'PwLetters'), not 'Lists/PwLetters'.");
  });

  it('XML-escapes every declared text', () => {
    const parsed = parseXml(build([base]));
    const list = pnp(parsed, 'ListInstance')[0];
    expect(list.getAttribute('Title')).toBe(base.title);
    expect(list.getAttribute('Description')).toBe(base.description);
    expect(caml(list, 'CHOICE').map((c) => c.textContent)).toEqual(['<one>', 'two & three']);
    expect(caml(list, 'Default')[0].textContent).toBe('two & three');
  });

  it('orders lookup targets first whatever the declared order', () => {
    const pupils = LISTS.find((l) => l.key === 'pupils') as ListDefinition;
    const schools = LISTS.find((l) => l.key === 'schools') as ListDefinition;
    const contacts = LISTS.find((l) => l.key === 'schoolContacts') as ListDefinition;
    const titles = pnp(parseXml(build([pupils, contacts, schools])), 'ListInstance').map((l) => l.getAttribute('Title'));
    expect(titles).toEqual([schools.title, contacts.title, pupils.title]);
  });

  it.each([
    ['unique without an index', { internalName: 'PwX', displayName: 'X', kind: 'Text', unique: true }, /needs indexed/],
    ['an indexed Note', { internalName: 'PwX', displayName: 'X', kind: 'Note', indexed: true }, /cannot be indexed/],
    ['a lookup to an undeclared list', { internalName: 'PwX', displayName: 'X', kind: 'Lookup', lookupList: 'pupils' }, /not a declared list/],
    ['a Choice without choices', { internalName: 'PwX', displayName: 'X', kind: 'Choice' }, /needs choices/],
    ['an unprefixed name', { internalName: 'Status', displayName: 'X', kind: 'Text' }, /internal name/],
  ] as const)('refuses %s', (_what, field, message) => {
    expect(() => build([{ ...base, fields: [field as FieldDefinition] }])).toThrow(message);
  });

  it('refuses a view on an undeclared column, and malformed CAML', () => {
    expect(() => build([{ ...base, views: [{ title: 'V', fields: ['PwMissing'] }] }])).toThrow(/no column PwMissing/);
    expect(() => build([{ ...base, views: [{ title: 'V', fields: ['PwChoice'], where: '<Eq><FieldRef Name="PwChoice"/>' }] }])).toThrow(
      /never closed/,
    );
  });

  it('refuses a lookup cycle between two lists', () => {
    const a: ListDefinition = { ...base, key: 'pips', title: 'A', url: 'Lists/A', fields: [{ internalName: 'PwB', displayName: 'B', kind: 'Lookup', lookupList: 'targets' }] };
    const b: ListDefinition = { ...base, key: 'targets', title: 'B', url: 'Lists/B', fields: [{ internalName: 'PwA', displayName: 'A', kind: 'Lookup', lookupList: 'pips' }] };
    expect(() => build([a, b])).toThrow(/Lookup cycle/);
  });
});
