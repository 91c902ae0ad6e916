/**
 * Staff roles (issue 7): a специалист works the queue, a руководитель also sees reports and the
 * audit log, an аудитор sees everything a руководитель sees and changes nothing.
 */
export const STAFF_ROLES = ['specialist', 'manager', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The Russian names staff know the roles by; the CLI accepts them as well as the codes. */
export const ROLE_NAMES: Record<StaffRole, string> = {
  specialist: 'специалист',
  manager: 'руководитель',
  auditor: 'аудитор',
};

export function parseRole(input: string): StaffRole | null {
  const value = input.trim().toLowerCase();
  return STAFF_ROLES.find((role) => role === value || ROLE_NAMES[role] === value) ?? null;
}

/** An аудитор is read-only: every state-changing request is refused, except signing out. */
export function mayChange(role: StaffRole): boolean {
  return role !== 'auditor';
}

export function mayReadAuditLog(role: StaffRole): boolean {
  return role === 'manager' || role === 'auditor';
}
