/** Stage: enumerations closed by 등 and a class noun: "A, B, C 등 국내 AI 스타트업" → every item is an organization;
 *  also lists in which one item is a known organization and the others are bare names. */
import type { EntityType } from '../../types';
import { Candidate, LEX_INDEX, NOT_ORG, NOT_PERSON, PARTICLES, StageInput, Tok, stripParticle } from './common';

const HEADS: Record<string, EntityType> = {};
for (const w of '스타트업 기업 대기업 업체 회사 기관 단체 은행 증권사 보험사 카드사 언론사 방송사 신문사 통신사 정당 구단 대학 플랫폼 빅테크 제조사 게임사 완성차 그룹 계열사 협회 브랜드 금융사 금융기관 연구기관 공기업 제약사 조합'.split(' ')) HEADS[w] = 'organization';
for (const w of '국가 나라 도시 지역 국'.split(' ')) HEADS[w] = 'place';

export function enumerations({ text, tokens }: StageInput, resolved: (start: number, end: number) => Candidate | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    if (w.charCodeAt(0) !== 0xb4f1 /* 등 */ || (w.length > 1 && !PARTICLES.has(w.slice(1)))) continue;
    if (i === 0 || !/^ ?$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) continue;
    const items: Tok[] = [tokens[i - 1]];
    let j = i - 1;
    while (j >= 1 && /^\s*[,·]\s*$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) {
      items.push(tokens[j - 1]);
      j--;
    }
    if (items.length < 2) continue;
    // class noun within the next 4 words
    let head: EntityType | undefined;
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
      const h = stripParticle(tokens[k].text);
      const hit = HEADS[h] ?? HEADS[tokens[k].text];
      if (hit) { head = hit; break; }
      if (/[.!?"”]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    }
    const known = items.map((t) => resolved(t.start, t.end) ?? (LEX_INDEX.get(t.text) ? { type: LEX_INDEX.get(t.text)!.type } as Candidate : undefined));
    if (!head) {
      const types = known.filter(Boolean).map((c) => c!.type);
      if (types.length === 0 || types.length === items.length || !types.every((x) => x === 'organization')) continue;
      head = 'organization';
    }
    items.forEach((t, k) => {
      if (known[k]) return;
      const w = t.text;
      if (!/^(\p{Script=Hangul}{2,10}|[A-Za-z][A-Za-z0-9&\-.㈜]{1,15})$/u.test(w)) return;
      if (NOT_ORG.has(w) || NOT_PERSON.has(w)) return;
      out.push({ start: t.start, end: t.end, type: head!, priority: 2, source: 'enumeration' });
    });
  }
  return out;
}
