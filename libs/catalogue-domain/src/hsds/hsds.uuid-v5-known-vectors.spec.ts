import { uuidV5 } from '../index';

// Expected values from Python's uuid.uuid5 (RFC 4122 reference behaviour).
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('UUID v5 for derived HSDS ids', () => {
  it.each([
    [DNS, 'python.org', '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    [URL, 'https://openreferral.org/', 'b21d248b-bb46-5bae-b358-5ebcd6649da2'],
    [DNS, '日本語.jp', 'ece9716c-4041-5412-9787-9304e06f91a8'],
    [DNS, 'x'.repeat(100), '897f5b43-a3c8-582d-9c8d-9cfe358a534d'],
  ])('uuidV5(%s, %s)', (ns, name, expected) => {
    expect(uuidV5(name, ns)).toBe(expected);
  });
});
