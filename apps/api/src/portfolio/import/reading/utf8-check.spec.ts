import { firstInvalidUtf8, utf8Chunks } from './utf8-check';

async function lineAndByte(chunks: Buffer[]): Promise<string> {
  async function* source() {
    yield* chunks;
  }
  try {
    const passed: Buffer[] = [];
    for await (const chunk of utf8Chunks(source(), (line, byte) => new Error(`line ${line}, byte ${byte}`))) {
      passed.push(chunk);
    }
    return Buffer.concat(passed).toString('utf8');
  } catch (error) {
    return (error as Error).message;
  }
}

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['two, three and four byte characters', [...Buffer.from('é€😀')], -1],
    ['the replacement character itself', [0xef, 0xbf, 0xbd], -1],
    ['a Latin-1 é', [0x61, 0xe9, 0x62], 1],
    ['a lone continuation byte', [0x80], 0],
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['an encoded surrogate', [0x61, 0x61, 0xed, 0xa0, 0x80], 2],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short', [0x61, 0xe2, 0x82], 1],
  ])('finds %s', (_case, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});

describe('utf8Chunks', () => {
  const text = Buffer.from('a,b\nCafé ☕\n😀\n', 'utf8');

  it('passes UTF-8 through, whatever byte the chunks are split at', async () => {
    for (let split = 0; split <= text.length; split += 1) {
      expect(await lineAndByte([text.subarray(0, split), text.subarray(split)])).toBe(text.toString('utf8'));
    }
  });

  it('names the line of the first byte that is not UTF-8, in whichever chunk it is', async () => {
    const latin1 = Buffer.concat([Buffer.from('a,b\nc,d\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(await lineAndByte([latin1])).toBe('line 3, byte 233');
    expect(await lineAndByte([latin1.subarray(0, 5), latin1.subarray(5)])).toBe('line 3, byte 233');
  });

  it('refuses a character the body ends in the middle of', async () => {
    expect(await lineAndByte([Buffer.from('a\nb'), Buffer.from([0xe2, 0x98])])).toBe('line 2, byte 226');
  });
});
