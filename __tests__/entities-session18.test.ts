/** Entity forms found by the error analysis of session 18 (sentences written for these tests). */
import { at, run } from './helpers/ko-run';

describe('a particle agrees with the syllable before it', () => {
  test('리웨이 대변인: 웨 has no final consonant, so its 이 is the name\'s, not the subject\'s particle', () => {
    const t = '리웨이 대변인은 13일 정례 브리핑에서 "대화를 원한다"고 말했다.';
    const p = run(t).entities.filter((e) => e.type === 'person');
    expect(p.map((e) => [e.name, e.mentions[0]])).toEqual([['리웨이', at(t, '리웨이')]]);
  });
  test('홀러웨이 교수: the same for a name of several words', () => {
    const t = '에드워드 M. 홀러웨이 교수는 "결국 투표율이 승부를 가를 것"이라고 말했다.';
    expect(run(t).entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['에드워드 M. 홀러웨이']);
  });
});
