/** POST /me/sendMail: validates like Graph, records the message in the outbox, answers 202 with no body. */
import type { RouteResponse } from '../contracts';
import { isEmailAddress } from './events/eventInput';
import type { GraphCall } from './graphCall';
import { graphEmpty, graphError, readJsonObject } from './http';
import { isRecord } from './json';
import { bodyPreview } from './text';

const MESSAGE_PROPERTIES = new Set(
  [
    'subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'importance', 'attachments',
    'internetMessageHeaders', 'isDeliveryReceiptRequested', 'isReadReceiptRequested', 'from', 'sender', 'categories',
    'flag', 'inferenceClassification', 'uniqueBody', 'mentions',
  ].map((p) => p.toLowerCase()),
);

type Recipients = { ok: true; addresses: string[] } | { ok: false; message: string };

function readRecipients(name: string, value: unknown): Recipients {
  if (value === undefined || value === null) return { ok: true, addresses: [] };
  if (!Array.isArray(value)) return { ok: false, message: `Cannot convert the value of property '${name}' to the expected type 'Collection(Microsoft.OutlookServices.Recipient)'.` };
  const addresses: string[] = [];
  for (const r of value) {
    const address = isRecord(r) && isRecord(r.emailAddress) ? r.emailAddress.address : undefined;
    if (typeof address !== 'string' || !isEmailAddress(address.trim())) {
      return { ok: false, message: `At least one recipient isn't valid., Recipient '${String(address)}' is not resolved. All recipients must be resolved before a message can be submitted.` };
    }
    addresses.push(address.trim());
  }
  return { ok: true, addresses };
}

interface AttachmentInfo {
  name: string;
  contentType: string;
  size: number;
}

function readAttachments(value: unknown): AttachmentInfo[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((a) => ({
    name: typeof a.name === 'string' ? a.name : 'attachment',
    contentType: typeof a.contentType === 'string' ? a.contentType : 'application/octet-stream',
    size: typeof a.contentBytes === 'string' ? Buffer.from(a.contentBytes, 'base64').length : 0,
  }));
}

export function sendMail(call: GraphCall): RouteResponse {
  const h = call.req.headers;
  const read = readJsonObject(h, call.req.body);
  if (!read.ok) return read.response;
  const { message, saveToSentItems } = read.value;
  for (const key of Object.keys(read.value)) {
    if (key !== 'message' && key !== 'saveToSentItems') {
      return graphError(h, 400, 'RequestBodyRead', `The parameter '${key}' in the request payload is not a valid parameter for the operation 'sendMail'.`);
    }
  }
  if (!isRecord(message)) return graphError(h, 400, 'ErrorInvalidRequest', 'Value cannot be null. Parameter name: message');
  if (saveToSentItems !== undefined && typeof saveToSentItems !== 'boolean') {
    return graphError(h, 400, 'RequestBodyRead', "Cannot convert the value of parameter 'saveToSentItems' to the expected type 'Edm.Boolean'.");
  }
  for (const key of Object.keys(message)) {
    if (!key.startsWith('@') && !MESSAGE_PROPERTIES.has(key.toLowerCase())) {
      return graphError(
        h,
        400,
        'RequestBodyRead',
        `The property '${key}' does not exist on type 'Microsoft.OutlookServices.Message'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      );
    }
  }
  const to = readRecipients('toRecipients', message.toRecipients);
  const cc = readRecipients('ccRecipients', message.ccRecipients);
  const bcc = readRecipients('bccRecipients', message.bccRecipients);
  for (const r of [to, cc, bcc]) if (!r.ok) return graphError(h, 400, 'ErrorInvalidRecipients', r.message);
  if (!to.ok || !cc.ok || !bcc.ok) return graphError(h, 400, 'ErrorInvalidRecipients', 'Invalid recipients.');
  if (to.addresses.length + cc.addresses.length + bcc.addresses.length === 0) {
    return graphError(h, 400, 'ErrorInvalidRecipients', 'At least one recipient is required, but none were found.');
  }
  const body = isRecord(message.body) ? message.body : {};
  const contentType = typeof body.contentType === 'string' && body.contentType.toLowerCase() === 'html' ? 'html' : 'text';
  const content = typeof body.content === 'string' ? body.content : '';
  const attachments = readAttachments(message.attachments);
  call.services.outbox.add({
    kind: 'mail',
    from: call.user.email,
    to: to.addresses,
    cc: cc.addresses,
    bcc: bcc.addresses,
    subject: typeof message.subject === 'string' ? message.subject : '',
    bodyPreview: bodyPreview(content, contentType),
    body: content,
    bodyContentType: contentType,
    ...(attachments.length > 0 ? { attachments } : {}),
  });
  return graphEmpty(h, 202);
}
