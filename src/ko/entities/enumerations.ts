/** Stage: enumerations closed by 등 and a class noun: "A, B, C 등 국내 AI 스타트업" → every item is an organization;
 *  also lists in which one item is a known organization and the others are bare names. */
import type { EntityType } from '../../types';
import { Candidate, cand, LEX_INDEX, NOT_ORG, NOT_PERSON, PARTICLES, StageInput, stripParticle } from './common';

const HEADS: Record<string, EntityType> = {};
for (const w of '스타트업 기업 대기업 업체 회사 기관 단체 은행 증권사 보험사 카드사 언론사 방송사 신문사 통신사 정당 구단 대학 플랫폼 빅테크 제조사 게임사 완성차 그룹 계열사 협회 브랜드 금융사 금융기관 연구기관 공기업 제약사 조합'.split(' ')) HEADS[w] = 'organization';
for (const w of '국가 나라 도시 지역 국'.split(' ')) HEADS[w] = 'place';

interface Item { start: number; end: number; text: string; two: boolean }
const SEP = /^\s*[,·]\s*$/;

export function enumerations({ text, tokens }: StageInput, resolved: (start: number, end: number) => Candidate | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    if (w.charCodeAt(0) !== 0xb4f1 /* 등 */ || (w.length > 1 && !PARTICLES.has(w.slice(1)))) continue;
    if (i === 0 || !/^ ?$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) continue;
    // Items between the separators; one inside the list or last may be two words (싸이월드 뮤직, 파네라 브레드).
    const items: Item[] = [];
    let j = i - 1;
    for (;;) {
      const t = tokens[j];
      const two = j >= 2 && text.slice(tokens[j - 1].end, t.start) === ' ' && SEP.test(text.slice(tokens[j - 2].end, tokens[j - 1].start));
      const first = two ? tokens[j - 1] : t;
      items.push({ start: first.start, end: t.end, text: text.slice(first.start, t.end), two });
      j = two ? j - 1 : j;
      if (j < 1 || !SEP.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      j--;
    }
    if (items.length < 2 || (items.length < 3 && items.some((x) => x.two))) continue;
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
    items.forEach((it, k) => {
      if (known[k]) return;
      // A two-word organization name in Hangul; else its last word alone, as any item.
      let t = it;
      if (t.two && !(head === 'organization' && /^\p{Script=Hangul}{2,8} \p{Script=Hangul}{2,6}$/u.test(t.text))) {
        const sp = t.text.indexOf(' ') + 1;
        t = { start: t.start + sp, end: t.end, text: t.text.slice(sp), two: false };
        if (resolved(t.start, t.end)) return;
      }
      const w = t.text;
      if (!t.two && !/^(\p{Script=Hangul}{2,10}|[A-Za-z][A-Za-z0-9&\-.㈜]{1,15})$/u.test(w)) return;
      if (NOT_ORG.has(w) || NOT_PERSON.has(w)) return;
      out.push(cand(t.start, t.end, head!, 2, 'enumeration'));
    });
  }
  return out;
}

/**
 * 증평·진천·괴산·음성에서: in a list joined by middle dots whose other items are known places, a bare Hangul item is a
 * place too (the last one may carry its particle). Two known places at least, and no item known as something else.
 */
export function dotPlaceLists({ text, tokens }: StageInput, resolved: (start: number, end: number) => Candidate | undefined): Candidate[] {
  const out: Candidate[] = [];
  if (text.indexOf('·') < 0) return out;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (text.charCodeAt(tokens[i].end) !== 0xb7 || tokens[i + 1].start !== tokens[i].end + 1) continue;
    if (i > 0 && text.charCodeAt(tokens[i - 1].end) === 0xb7 && tokens[i].start === tokens[i - 1].end + 1) continue; // not the first item
    let j = i;
    while (j + 1 < tokens.length && text.charCodeAt(tokens[j].end) === 0xb7 && tokens[j + 1].start === tokens[j].end + 1) j++;
    const items = tokens.slice(i, j + 1);
    i = j;
    if (items.length < 3) continue;
    let places = 0;
    let other = false;
    const unknown: { start: number; end: number }[] = [];
    items.forEach((t, k) => {
      const w = k === items.length - 1 ? stripParticle(t.text) : t.text;
      const c = resolved(t.start, t.start + w.length) ?? resolved(t.start, t.end);
      if (c) { if (c.type === 'place') places++; else other = true; return; }
      if (w.length < 2 || w.length > 4 || !/^\p{Script=Hangul}+$/u.test(w) || NOT_ORG.has(w) || NOT_PERSON.has(w) || LEX_INDEX.has(w)) { other = true; return; }
      unknown.push({ start: t.start, end: t.start + w.length });
    });
    if (other || places < 2 || unknown.length !== 1) continue;
    out.push(cand(unknown[0].start, unknown[0].end, 'place', 2, 'enumeration'));
  }
  return out;
}
