import { describe, expect, it } from 'vitest';
import { normaliseName } from '@/lib/mapping/normalise';

describe('normaliseName', () => {
  it.each([
    ['Contoso Ltd', 'contoso'],
    ['Contoso Limited', 'contoso'],
    ['Fabrikam, Inc.', 'fabrikam'],
    ['Tailspin Toys LLC', 'tailspin toys'],
    ['Proseware GmbH', 'proseware'],
    ['Coho Winery Pty Ltd', 'coho winery'],
    ['Humongous Insurance Co', 'humongous insurance'],
    ['Relecloud Corporation', 'relecloud'],
    ['A. Datum Corp.', 'a datum'],
    ['Barclays plc', 'barclays'],
    ['Siemens AG', 'siemens'],
    ['Philips B.V.', 'philips'],
    ['Renault S.A.', 'renault'],
    ['Best For You Organics Company', 'best for you organics'],
  ])('strips legal suffixes: %s -> %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('folds case', () => {
    expect(normaliseName('ADVENTURE WORKS')).toBe(normaliseName('Adventure Works'));
    expect(normaliseName('ADVENTURE WORKS')).toBe('adventure works');
  });

  it('folds punctuation and apostrophes', () => {
    expect(normaliseName("Margie's Travel")).toBe('margies travel');
    expect(normaliseName('Margie’s Travel')).toBe(normaliseName('Margies Travel'));
    expect(normaliseName('Wide-World   Importers!')).toBe('wide world importers');
    expect(normaliseName('Smith & Sons Ltd')).toBe('smith and sons');
  });

  it('folds accents', () => {
    expect(normaliseName('Café Zoë GmbH')).toBe('cafe zoe');
    expect(normaliseName('Société Générale S.A.')).toBe('societe generale');
    expect(normaliseName('Müller Straße')).toBe(normaliseName('Muller Straße'));
  });

  it('strips only trailing suffixes, and never the whole name', () => {
    expect(normaliseName('Co-op Company Ltd')).toBe('co op');
    expect(normaliseName('Inc')).toBe('inc');
    expect(normaliseName('Limited Editions Inc')).toBe('limited editions');
  });
});
