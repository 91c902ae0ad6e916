import assert from 'node:assert/strict';
import { test } from 'node:test';
import { greeting } from '../../src/mail/greeting.ts';

test('the patronymic shows how to address the customer', () => {
  assert.equal(greeting({ firstName: 'Иван', middleName: 'Сергеевич' }), 'Уважаемый Иван Сергеевич!');
  assert.equal(greeting({ firstName: 'Илья', middleName: 'Ильич' }), 'Уважаемый Илья Ильич!');
  assert.equal(greeting({ firstName: 'Анна', middleName: 'Петровна' }), 'Уважаемая Анна Петровна!');
  assert.equal(greeting({ firstName: 'Алия', middleName: 'Рустам кызы' }), 'Уважаемая Алия Рустам кызы!');
  assert.equal(greeting({ firstName: 'Эльчин', middleName: 'Рустам оглы' }), 'Уважаемый Эльчин Рустам оглы!');
});

test('without a patronymic nobody is guessed at, and «Уважаемый(ая)» never appears', () => {
  assert.equal(greeting({ firstName: 'Саша' }), 'Здравствуйте, Саша!');
  assert.equal(greeting({ firstName: 'Саша', middleName: '  ' }), 'Здравствуйте, Саша!');
  assert.equal(greeting({}), 'Здравствуйте!');
  for (const values of [{ firstName: 'Саша' }, { firstName: 'Анна', middleName: 'Петровна' }, {}])
    assert.doesNotMatch(greeting(values), /\(ая\)/);
});
