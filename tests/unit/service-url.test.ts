import { describe, expect, it } from 'vitest';
import { readServiceUrl } from '../../lib/config/service-url';

const area = (value: unknown) => ({ get: async () => (value === undefined ? {} : { serviceUrl: value }) });

describe('service URL', () => {
  it('uses the storage.local override when it is an http(s) URL', async () => {
    expect(await readServiceUrl(area('http://127.0.0.1:9911'), 'https://default.example')).toBe('http://127.0.0.1:9911/');
  });

  it('falls back to the build-time default otherwise', async () => {
    for (const value of [undefined, '', 'javascript:alert(1)', 42, 'not a url']) {
      expect(await readServiceUrl(area(value), 'https://default.example/')).toBe('https://default.example/');
    }
    const broken = { get: async () => { throw new Error('no storage'); } };
    expect(await readServiceUrl(broken, 'https://default.example/')).toBe('https://default.example/');
  });
});
