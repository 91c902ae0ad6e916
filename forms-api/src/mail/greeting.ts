/**
 * The salutation of every letter to a customer. Russian patronymics show the gender (…вич/…ич →
 * «Уважаемый», …вна/…чна/…ична → «Уважаемая», and the Turkic «оглы»/«кызы»); without one we do not
 * guess and greet neutrally, never with «Уважаемый(ая)».
 */
type Gender = 'male' | 'female';

function genderOf(patronymic: string): Gender | undefined {
  const word = patronymic.trim().toLowerCase();
  if (/(ич|оглы|улы)$/.test(word)) return 'male';
  if (/(на|кызы|гызы)$/.test(word)) return 'female';
  return undefined;
}

function part(values: Record<string, unknown>, key: string): string {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** «Уважаемая Анна Петровна!», «Здравствуйте, Анна!» or, with no name at all, «Здравствуйте!». */
export function greeting(values: Record<string, unknown>): string {
  const firstName = part(values, 'firstName');
  const middleName = part(values, 'middleName');
  const gender = middleName ? genderOf(middleName) : undefined;
  if (firstName && gender) return `${gender === 'male' ? 'Уважаемый' : 'Уважаемая'} ${firstName} ${middleName}!`;
  const name = [firstName, middleName].filter(Boolean).join(' ');
  return name ? `Здравствуйте, ${name}!` : 'Здравствуйте!';
}
