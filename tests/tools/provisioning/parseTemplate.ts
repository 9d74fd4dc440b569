import { JSDOM } from 'jsdom';
import { PNP_NAMESPACE } from '../../../tools/provisioning/constants';

const { DOMParser } = new JSDOM('').window;

/** Parses template XML; throws if it is not well-formed. */
export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

export const pnp = (parent: Document | Element, localName: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(PNP_NAMESPACE, localName));

/** Un-namespaced CAML children (Field, View, CHOICE …). */
export const caml = (parent: Document | Element, localName: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(null, localName));

export function listInstances(doc: Document): Map<string, Element> {
  return new Map(pnp(doc, 'ListInstance').map((el) => [el.getAttribute('Url') ?? '', el] as const));
}

export function fieldsOf(listInstance: Element): Map<string, Element> {
  const fields = pnp(listInstance, 'Fields')[0];
  return new Map((fields ? caml(fields, 'Field') : []).map((el) => [el.getAttribute('Name') ?? '', el] as const));
}
