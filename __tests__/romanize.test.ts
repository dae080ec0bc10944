import { romanizeKoreanName, romanizeSyllable } from '../src/ko/romanize';

describe('romanizeKoreanName', () => {
  test.each([
    ['김성훈', 'Kim Seong-hun'],
    ['이민정', 'Lee Min-jeong'],
    ['박지훈', 'Park Ji-hun'],
    ['최윤아', 'Choi Yun-a'],
    ['정하늘', 'Jung Ha-neul'],
    ['남궁민수', 'Namgung Min-su'],
    ['황보영', 'Hwang Bo-yeong'],
    ['오결', 'Oh Gyeol'],
    ['김', 'Kim'],
  ])('%s → %s', (ko, en) => {
    expect(romanizeKoreanName(ko)).toBe(en);
  });

  test('syllables', () => {
    expect(romanizeSyllable('릴')).toBe('ril');
    expect(romanizeSyllable('꽃')).toBe('kkot');
    expect(romanizeSyllable('A')).toBe('A');
  });
});
