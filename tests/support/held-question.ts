/**
 * A question posted straight to the API as a script would: without the browser's anti-spam proof it
 * is registered but held in quarantine, which is where a specialist's e2e journey starts.
 */
import { expect, type APIRequestContext } from '@playwright/test';

export async function submitHeldQuestion(
  request: APIRequestContext,
  person: { lastName: string; firstName: string; middleName: string; email: string; text: string },
): Promise<string> {
  const submitted = await request.post('/api/forms/question', {
    headers: { accept: 'application/json' },
    data: { ...person, replyChannel: 'email', topic: 'billing', consent: true },
  });
  expect(submitted.status()).toBe(201);
  return ((await submitted.json()) as { registrationNumber: string }).registrationNumber;
}
