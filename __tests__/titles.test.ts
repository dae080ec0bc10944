/** matchTitleAt: the longest title starting at a position, ending at a word boundary or before a particle. */
import { matchTitleAt } from '../src/ko/titles';

test('the longest title at a position, with what may follow it', () => {
  expect(matchTitleAt('김성훈 대표는', 4)).toMatchObject({ end: 6, title: '대표' });
  expect(matchTitleAt('부사장이', 0)).toMatchObject({ end: 3, title: '부사장' });
  expect(matchTitleAt('대표적인', 0)).toBeNull(); // 적인 is no particle
  expect(matchTitleAt('김성훈 대표는', 0)).toBeNull(); // 김 starts no title
  expect(matchTitleAt('교수님은', 0)).toMatchObject({ end: 2, title: '교수' });
});

test('titles written with a space or a bracket are found in the text as well', () => {
  expect(matchTitleAt('이명박 전 대통령은 말했다', 4)).toMatchObject({ end: 9, title: '전 대통령' });
  expect(matchTitleAt('김 소장(군)은', 2)).toMatchObject({ end: 7, title: '소장(군)' });
});
