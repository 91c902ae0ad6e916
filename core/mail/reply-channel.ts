/**
 * Where the answer to an appeal goes (requirements §4.4): the channel the customer chose on the
 * form. E-mail letters leave through the outbox; a postal reply is printed and posted by the
 * office, so the console records it and shows the letter to print instead of e-mailing it.
 */
export type ReplyChannel =
  | { channel: 'email'; address: string }
  | { channel: 'post'; address: string }
  /** Forms without contact details for a reply (e.g. readings without an e-mail). */
  | { channel: 'none' };

export function replyChannelOf(payload: Record<string, unknown>): ReplyChannel {
  const email = payload['email'];
  const postal = payload['postalAddress'];
  if (payload['replyChannel'] === 'post' && typeof postal === 'string') return { channel: 'post', address: postal };
  // Forms without a reply-channel choice (readings, feedback) answer to an e-mail if one is given.
  if (payload['replyChannel'] !== 'post' && typeof email === 'string' && email !== '')
    return { channel: 'email', address: email };
  return { channel: 'none' };
}
