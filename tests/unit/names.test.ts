import { describe, expect, it } from 'vitest';
import { cleanDisplayName, nameCompatibility, parseName, toDisplayOrder } from '../../lib/names';

describe('toDisplayOrder', () => {
  it('turns "Last, First" into "First Last"', () => {
    expect(toDisplayOrder('Vaswani, Ashish')).toBe('Ashish Vaswani');
    expect(toDisplayOrder('Ranzato, Marc\'Aurelio')).toBe("Marc'Aurelio Ranzato");
    expect(toDisplayOrder('Dębiak, Przemysław')).toBe('Przemysław Dębiak');
    expect(toDisplayOrder('Leinaas, J. M.')).toBe('J. M. Leinaas');
  });

  it('leaves display-order names, one-word names and "Name, Jr." alone', () => {
    expect(toDisplayOrder('Ashish Vaswani')).toBe('Ashish Vaswani');
    expect(toDisplayOrder('OpenAI')).toBe('OpenAI');
    expect(toDisplayOrder('Martin Luther King, Jr.')).toBe('Martin Luther King, Jr.');
  });

  it('cleans padding and runs of spaces (dc.Creator on Atypon pages)', () => {
    expect(toDisplayOrder(' Jean-Paul    Malrieu ')).toBe('Jean-Paul Malrieu');
    expect(cleanDisplayName('Ashish\u00a0 Vaswani\n')).toBe('Ashish Vaswani');
  });
});

describe('parseName', () => {
  it('splits given names and surname, folded', () => {
    expect(parseName('Vaswani, Ashish')).toMatchObject({ given: ['ashish'], surname: ['vaswani'] });
    expect(parseName('Jevin D. West')).toMatchObject({ given: ['jevin', 'd'], surname: ['west'] });
  });

  it('keeps surname particles with the surname', () => {
    expect(parseName('R. de Mello Koch').surname).toEqual(['koch']);
    expect(parseName('Jan van den Berg')).toMatchObject({ given: ['jan'], surname: ['van', 'den', 'berg'] });
  });

  it('splits run-together and hyphenated initials', () => {
    expect(parseName('J.R. Smith').given).toEqual(['j', 'r']);
    expect(parseName('J.-P. Sartre').given).toEqual(['j', 'p']);
    expect(parseName('Li Fei-Fei').surname).toEqual(['fei-fei']);
  });

  it('folds diacritics', () => {
    expect(parseName('Alperín').tokens).toEqual(['alperin']);
    expect(parseName('Przemysław Dębiak').tokens).toEqual(['przemyslaw', 'debiak']);
  });

  it('gives a one-word name no given names', () => {
    expect(parseName('Alperin')).toEqual({ given: [], surname: ['alperin'], tokens: ['alperin'] });
    expect(parseName('')).toEqual({ given: [], surname: [], tokens: [] });
  });
});

describe('nameCompatibility', () => {
  it('is 1 for the same name in either order', () => {
    expect(nameCompatibility('Vaswani, Ashish', 'Ashish Vaswani')).toBe(1);
  });

  it('ignores diacritics', () => {
    expect(nameCompatibility('Juan Pablo Alperín', 'Juan Pablo Alperin')).toBe(1);
    expect(nameCompatibility('Dan C. Cireşan', 'Dan C. Ciresan')).toBe(1);
  });

  it('scores a name with a middle initial against itself above a dropped middle name', () => {
    expect(nameCompatibility('Jevin D. West', 'Jevin D. West')).toBe(1);
    expect(nameCompatibility('Jevin D. West', 'Jevin D. West')).toBeGreaterThan(nameCompatibility('Jevin D. West', 'Jevin West'));
    // Initials alone stay weak evidence, however identical.
    expect(nameCompatibility('J. Smith', 'J. Smith')).toBeLessThan(0.9);
  });

  it('accepts initials for given names, below an exact match', () => {
    const initials = nameCompatibility('A. Vaswani', 'Ashish Vaswani');
    expect(initials).toBeGreaterThanOrEqual(0.8);
    expect(initials).toBeLessThan(1);
    expect(nameCompatibility('T. Brown', 'Tom B. Brown')).toBeGreaterThan(0.5);
  });

  it('treats a dropped middle name as nearly the same person', () => {
    const score = nameCompatibility('Jevin D. West', 'Jevin West');
    expect(score).toBeGreaterThanOrEqual(0.9);
    expect(score).toBeLessThan(1);
  });

  it('rules out different first names and different surnames', () => {
    expect(nameCompatibility('John Smith', 'Jane Smith')).toBe(0);
    expect(nameCompatibility('Ashish Vaswani', 'Ashish Shazeer')).toBe(0);
    expect(nameCompatibility('J. Smith', 'K. Smith')).toBe(0);
  });

  it('matches one-word names weakly to names that contain the word, not to others', () => {
    expect(nameCompatibility('Alperín', 'Alperin')).toBe(0.9);
    expect(nameCompatibility('Alperin', 'Juan Pablo Alperin')).toBe(0.6);
    expect(nameCompatibility('Alperin', 'Juan Pablo Smith')).toBe(0);
    expect(nameCompatibility('Alperin', 'Smith')).toBe(0);
  });

  it('accepts family-name-first spellings below an exact match', () => {
    expect(nameCompatibility('Wang Wei', 'Wei Wang')).toBeGreaterThan(0.5);
  });

  it('is 0 for empty names and symmetric', () => {
    expect(nameCompatibility('', 'Ashish Vaswani')).toBe(0);
    const pairs: [string, string][] = [['Jevin D. West', 'Jevin West'], ['A. Vaswani', 'Ashish Vaswani'], ['Alperin', 'Juan Pablo Alperin']];
    for (const [a, b] of pairs) expect(nameCompatibility(a, b)).toBe(nameCompatibility(b, a));
  });
});
