/** A multipart/form-data body as a browser builds it from a form with a file input. */
export async function multipart(
  fields: Record<string, unknown>,
  files: Array<[string, Buffer]>,
  accept = 'application/json',
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string' || typeof value === 'boolean') form.append(name, String(value));
  }
  for (const [name, bytes] of files) form.append('attachments', new Blob([new Uint8Array(bytes)]), name);
  const request = new Response(form);
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { accept, 'content-type': request.headers.get('content-type') ?? '' },
  };
}
