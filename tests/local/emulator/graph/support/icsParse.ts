/** A strict-enough iCalendar reader for tests: checks CRLF and 75-octet folding, unfolds, splits properties. */

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface ParsedIcs {
  physicalLines: string[];
  properties: IcsProperty[];
}

export function parseIcs(text: string): ParsedIcs {
  if (!text.endsWith('\r\n')) throw new Error('iCalendar text must end with CRLF');
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) throw new Error('Every line break must be CRLF');
  const physicalLines = text.slice(0, -2).split('\r\n');
  for (const line of physicalLines) {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) throw new Error(`Line longer than 75 octets (${octets}): ${line}`);
  }
  const logical: string[] = [];
  for (const line of physicalLines) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const properties = logical.map((line) => {
    let inQuotes = false;
    let colon = -1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"') inQuotes = !inQuotes;
      if (line[i] === ':' && !inQuotes) {
        colon = i;
        break;
      }
    }
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const [name, ...paramParts] = head.split(';');
    const params: Record<string, string> = {};
    for (const p of paramParts) {
      const eq = p.indexOf('=');
      params[p.slice(0, eq)] = p.slice(eq + 1).replace(/^"|"$/g, '');
    }
    return { name, params, value };
  });
  return { physicalLines, properties };
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Properties of the first component with the given name (e.g. VEVENT). */
export function component(ics: ParsedIcs, name: string): IcsProperty[] {
  const start = ics.properties.findIndex((p) => p.name === 'BEGIN' && p.value === name);
  const end = ics.properties.findIndex((p, i) => i > start && p.name === 'END' && p.value === name);
  return ics.properties.slice(start + 1, end);
}

export function prop(props: IcsProperty[], name: string): IcsProperty | undefined {
  return props.find((p) => p.name === name);
}
