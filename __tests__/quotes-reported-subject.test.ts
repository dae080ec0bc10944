/** A subject inside reported content is neither its source nor the topic later elided sources go back to. */
import { extract } from '../src';
import { spanProblems } from './helpers/schema';

const PUB = '2024-03-15';
const run = (text: string) => {
  const doc = extract(text, { published: PUB });
  expect(spanProblems(doc, text)).toEqual([]);
  return doc;
};

describe('a person named inside reported content', () => {
  test('…에서 X가 …했다고도 부연했다: the source carries on from before, not X', () => {
    const t = '미국 음악 매체 빌보드는 이번 공연이 올해 최고 기록이라고 보도했다. ' +
      '지난해 영국 런던에서 폴 사이먼이 네 차례 공연을 열어 기록을 세운 이후 가장 높은 수익이라고도 부연했다. ' +
      '빌보드는 공연의 규모에 주목했다. 그러면서 "세계적인 인기가 문을 더 넓게 열었다"라고 전했다.';
    const doc = run(t);
    const person = doc.entities.find((e) => e.type === 'person');
    expect(person).toMatchObject({ name: '폴 사이먼' });
    const second = doc.quotes[1];
    expect(second.kind).toBe('indirect');
    expect(second.speaker?.name).toBe('빌보드');
    const last = doc.quotes[doc.quotes.length - 1];
    expect(last.kind).toBe('direct');
    expect(last.speaker?.name).toBe('빌보드');
  });
});
