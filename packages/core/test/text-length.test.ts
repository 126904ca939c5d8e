// The Text unit (docs/decisions/0006): lengths count Unicode code points, in zod, in the JSON Schema and in the
// message. An emoji is one code point and two UTF-16 code units, so emoji tell the units apart.
import { expect } from '@open-wc/testing';
import { parseCaseBundle } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import { MAX_TEXT, Text } from '../src/schema/primitives.js';
import { codePoints } from '../src/issues.js';

const EMOJI = '\u{1F600}'; // 😀: 1 code point, 2 code units

describe('Text length (code points)', () => {
  it('accepts 15,000 emoji (30,000 UTF-16 code units) and 20,000 (40,000 units)', () => {
    const fifteen = EMOJI.repeat(15_000);
    expect(fifteen.length).to.equal(30_000);
    expect(Text.safeParse(fifteen).success).to.equal(true);
    expect(Text.safeParse(EMOJI.repeat(MAX_TEXT)).success).to.equal(true);
  });

  it('the message counts code points as [...text] does, lone surrogates as one', () => {
    for (const t of [
      '',
      'a',
      EMOJI,
      `a${EMOJI}b`,
      '\uD83D',
      '\uDE00',
      `\uDE00\uD83D`,
      `x\uD83D`,
      `${EMOJI}\uD83D${EMOJI}`,
      'é'.normalize('NFD'),
    ])
      expect(codePoints(t), JSON.stringify(t)).to.equal([...t].length);
    const huge = `${EMOJI}x`.repeat(350_000);
    expect(codePoints(huge)).to.equal(700_000);
  });

  it('refuses 20,001 emoji and 20,001 plain letters, saying the unit', () => {
    for (const text of [EMOJI.repeat(MAX_TEXT + 1), 'a'.repeat(MAX_TEXT + 1)]) {
      const r = Text.safeParse(text);
      expect(r.success).to.equal(false);
      expect(r.error!.issues[0]!.message).to.equal('must be at most 20,000 characters (Unicode code points)');
    }
    expect(Text.safeParse('a'.repeat(MAX_TEXT)).success).to.equal(true);
  });

  it('a person with 15,000 emoji of notes parses; with 20,001 the issue names the unit', () => {
    const people = sampleCase.people!;
    const person = people[0]!;
    const ok = parseCaseBundle({ ...sampleCase, people: [{ ...person, notes: EMOJI.repeat(15_000) }, ...people.slice(1)] });
    expect(ok.issues.filter((i) => i.path === 'notes')).to.deep.equal([]);
    const long = parseCaseBundle({
      ...sampleCase,
      people: [{ ...person, notes: EMOJI.repeat(MAX_TEXT + 1) }, ...people.slice(1)],
    });
    const issue = long.issues.find((i) => i.path === 'notes');
    expect(issue, 'an issue for the notes').to.exist;
    expect(issue!.message).to.include('too long: 20,001 characters where at most 20,000');
  });

  it('the JSON Schema says the same: maxLength (which counts code points) 20,000, described in code points', async () => {
    for (const file of ['case-bundle', 'team-board']) {
      const schema = (await (await fetch(`/docs/schema/${file}.schema.json`)).json()) as {
        $defs: Record<string, { maxLength?: number; description?: string }>;
      };
      const def = schema.$defs.Text!;
      expect(def.maxLength).to.equal(MAX_TEXT);
      expect(def.description).to.include('Unicode code points');
      expect(def.description).not.to.include('code units');
    }
  });
});
