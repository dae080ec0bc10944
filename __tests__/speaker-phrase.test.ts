/** The walk back from a speaker phrase's head over the words before it, with the entity mentions given. */
import { createDoc } from '../src/pipeline/document';
import type { EntityMentionRaw } from '../src/pipeline/document';
import { tokenize } from '../src/ko/tokens';
import { speakerPhraseAt } from '../src/ko/speaker-phrase';

function phrase(text: string, mentions: EntityMentionRaw[], head: string) {
  const doc = createDoc(text, 't', null);
  doc.mentions = mentions;
  const tokens = tokenize(text, 0, text.length);
  const p = speakerPhraseAt(doc, tokens, tokens.findIndex((t) => t.core === head));
  return p && [text.slice(p.range.start, p.range.end), p.kind, p.mention && text.slice(p.mention.start, p.mention.end)];
}

describe('speaker phrase walk-back', () => {
  test('a word with a verbal or particle ending (…한, …을) ends the phrase unless a mention covers it', () => {
    const a = '회의를 마친 이재한 대표는 말했다.';
    expect(phrase(a, [{ start: 7, end: 10, type: 'person' }], '대표는')).toEqual(['마친 이재한 대표', 'entity', '이재한']);
    expect(phrase(a, [], '대표는')).toEqual(['대표', 'title', null]);
    const b = '행사를 연 새빛을 대표는 말했다.';
    expect(phrase(b, [{ start: 6, end: 9, type: 'organization' }], '대표는')).toEqual(['연 새빛을 대표', 'group', '새빛을']);
    expect(phrase(b, [], '대표는')).toEqual(['대표', 'title', null]);
  });

  test('이에 대해, 이에 관해 (regarding this) end the phrase: they are not part of the name', () => {
    const a = '이에 대해 최현우 교수는 반박했다.';
    expect(phrase(a, [{ start: 6, end: 9, type: 'person' }], '교수는')).toEqual(['최현우 교수', 'entity', '최현우']);
    const b = '이에 관해 A 씨는 입을 열었다.';
    expect(phrase(b, [], '씨는')).toEqual(['A 씨', 'pseudonym', null]);
  });
});
