/** Quote forms found by the error analysis of session 18, on articles written for it (sentences written for these tests). */
import { at, run } from './helpers/ko-run';

const segmentsOf = (t: string) => run(t).quotes.map((q) => q.segments);

describe('the occasion of a saying is not part of what was said', () => {
  test('이 자리에서, 그 자리에서: a demonstrative before the venue', () => {
    const t = '최 대표는 이 자리에서 내년에 충북에 새 연구소를 연다고 밝혔다. 박 의원은 그 자리에서 법안을 다시 내겠다고 말했다.';
    expect(segmentsOf(t)).toEqual([[at(t, '내년에 충북에 새 연구소를 연다')], [at(t, '법안을 다시 내겠다')]]);
  });
  test('재판 과정에서: the course of a venue; 상담 과정에서 stays, as it is often what was said', () => {
    const t = '김씨 측 변호인은 재판 과정에서 경기 침체로 대금을 돌려주지 못했을 뿐이라고 주장했다. 상담원은 상담 과정에서 잘못된 안내가 있었다고 인정했다.';
    expect(segmentsOf(t)).toEqual([[at(t, '경기 침체로 대금을 돌려주지 못했을 뿐이라')], [at(t, '상담 과정에서 잘못된 안내가 있었다')]]);
  });
  test('선고 직후 변호인을 통해: the moment and the channel of the statement', () => {
    const t = '이씨는 선고 직후 변호인을 통해 항소하겠다는 뜻을 밝혔다. 가수 한별은 소속사를 통해 활동을 잠시 멈추겠다고 전했다.';
    expect(segmentsOf(t)).toEqual([[at(t, '항소하겠다')], [at(t, '활동을 잠시 멈추겠다')]]);
  });
});
