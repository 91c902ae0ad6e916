import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breadcrumbsFor, isInSection, mainNavigation } from '../../site/lib/navigation.ts';

test('the main navigation has the nine sections in the agreed order, the FAQ among them (issue 17) with stable slugs', () => {
  assert.deepEqual(
    mainNavigation.map((item) => item.href),
    [
      '/fizicheskim-licam/',
      '/yuridicheskim-licam/',
      '/oplata/',
      '/peredat-pokazaniya/',
      '/otklyucheniya/',
      '/internet-priemnaya/',
      '/internet-priemnaya/voprosy-otvety/',
      '/raskrytie-informacii/',
      '/o-kompanii/',
    ],
  );
});

test('breadcrumbs of a nested page lead from the home page through its section', () => {
  assert.deepEqual(breadcrumbsFor('/o-kompanii/ofisy/'), [
    { href: '/', title: 'Главная' },
    { href: '/o-kompanii/', title: 'О компании' },
  ]);
  assert.deepEqual(breadcrumbsFor('/o-kompanii'), [{ href: '/', title: 'Главная' }]);
  assert.deepEqual(breadcrumbsFor('/oplata/'), [{ href: '/', title: 'Главная' }]);
});

test('pages below the tariffs section, which is not in the main menu, lead back through it', () => {
  assert.deepEqual(breadcrumbsFor('/tarify/arhiv/'), [
    { href: '/', title: 'Главная' },
    { href: '/tarify/', title: 'Тарифы' },
  ]);
});

test('a page below a section marks that section as current', () => {
  const about = mainNavigation.find((item) => item.href === '/o-kompanii/');
  assert.ok(about);
  assert.equal(isInSection(about, '/o-kompanii/kontakty/'), true);
  assert.equal(isInSection(about, '/oplata/'), false);
});
