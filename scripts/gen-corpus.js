#!/usr/bin/env node
'use strict';
/**
 * Generates a deterministic JSON Lines corpus of synthetic Korean news-like articles for benchmarks and tests.
 * Every sentence comes from templates written for this script (no real article text); names, organizations,
 * numbers and dates vary with a seeded PRNG, so the same (count, seed) always gives the same bytes.
 *
 *   node scripts/gen-corpus.js [OUT.jsonl] [--count N] [--seed S]     (default: 10000 articles, seed 1, stdout)
 *
 * As a module: generateArticle(i, seed) → {id, published, text}; generateRecords(n, seed) → array;
 * writeCorpus(path, n, seed) → bytes written.
 */
const fs = require('fs');

function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names are composed, as in real news, where most names an archive holds occur in few articles: a fixed list of a
// few hundred names would let every per-word cache answer from memory, which real text does not (with 400 person and
// 8 company names the steady state ran ~1.6× faster than with composed ones: scripts/steady.js, session 6).
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍',
  '전', '고', '문', '양', '손', '배', '백', '허', '유', '남', '심', '노', '하', '곽', '성', '차', '주', '우', '구', '민'];
/** First and second syllables of given names (민 + 준, 서 + 연 …). */
const GIVEN_FIRST = '민서도지하수예현성은재유동혜상미준소태정승경선나시건채우윤주영진'.split('');
const GIVEN_SECOND = '준연윤우아민호지훈진현원철경혁영희석기환빈율린성은수'.split('');
/** Syllables of company and place names, and what follows a company's (its sector). */
const NAME_SYLLABLES = '한빛새솔누리가온다온해미르온새나래보람푸른늘봄별하늘마루아라이음라온소담윤슬다올도담예솔초록가람'.split('');
const SECTORS = [['전자', '전자'], ['바이오', '바이오'], ['모빌리티', '모빌리티'], ['에너지', '에너지'], ['금융지주', '금융'],
  ['건설', '건설'], ['소프트', '소프트웨어'], ['통신', '통신'], ['화학', '화학'], ['제약', '제약'], ['중공업', '조선'], ['로보틱스', '로봇']];
const AGENCIES = ['산업통상자원부', '과학기술정보통신부', '금융위원회', '국토교통부', '환경부', '한국은행'];
const TITLES = ['대표', '사장', '부사장', '회장', '전무', '본부장'];
const OFFICIALS = ['장관', '차관', '국장', '위원장', '총재'];
const CITIES = ['서울', '부산', '대구', '인천', '광주', '대전', '세종', '판교', '수원', '창원', '울산', '청주', '천안', '평택', '구미', '포항'];
const TOPICS = ['반도체', '전기차 배터리', '인공지능', '수소 연료전지', '클라우드', '바이오 의약품', '로봇', '데이터센터'];
const SPEECH = ['말했다', '밝혔다', '강조했다', '설명했다', '덧붙였다', '전했다'];
const INDIRECT = ['밝혔다', '강조했다', '설명했다', '주장했다', '내다봤다', '전망했다'];
const ANALYSTS = ['증권', '투자증권', '경제연구소'];

function pick(r, arr) {
  return arr[Math.floor(r() * arr.length)];
}
function int(r, lo, hi) {
  return lo + Math.floor(r() * (hi - lo + 1));
}
/** Korean particle by final consonant: josa('회장', '은', '는') → '회장은'. */
function josa(word, withFinal, withoutFinal) {
  const c = word.charCodeAt(word.length - 1);
  const hasFinal = c >= 0xac00 && c <= 0xd7a3 ? (c - 0xac00) % 28 !== 0 : false;
  return word + (hasFinal ? withFinal : withoutFinal);
}
function personName(r) {
  return pick(r, SURNAMES) + pick(r, GIVEN_FIRST) + pick(r, GIVEN_SECOND);
}
/** A company: two or three name syllables and a sector word (한빛전자, 새솔나래바이오); with the sector's name. */
function company(r) {
  const [suffix, sector] = pick(r, SECTORS);
  let name = pick(r, NAME_SYLLABLES) + pick(r, NAME_SYLLABLES);
  if (r() < 0.4) name += pick(r, NAME_SYLLABLES);
  return [name + suffix, sector];
}

/** One synthetic article. Deterministic in (i, seed). */
function generateArticle(i, seed = 1) {
  const r = mulberry32((seed * 1000003 + i * 7919) >>> 0);
  const year = int(r, 2019, 2025);
  const month = int(r, 1, 12);
  const day = int(r, 1, 28);
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const [org, sector] = company(r);
  const topic = pick(r, TOPICS);
  const city = pick(r, CITIES);
  const ceo = personName(r);
  const ceoSur = ceo[0];
  const title = pick(r, TITLES);
  const agency = pick(r, AGENCIES);
  const official = personName(r);
  const offTitle = pick(r, OFFICIALS);
  const analyst = personName(r);
  const firm = pick(r, NAME_SYLLABLES) + pick(r, NAME_SYLLABLES) + pick(r, ANALYSTS);
  const amount = int(r, 2, 95) * 100;
  const pct = int(r, 3, 48);
  const prevMonth = ((month + 9) % 12) + 1;
  const units = int(r, 12, 480);

  const paras = [];
  paras.push(`${city}=가상일보 ${personName(r)} 기자 = ${josa(org, '이', '가')} ${day}일 ${topic} 사업에 ${amount}억원을 추가로 투자하겠다고 발표했다.`);
  paras.push(
    `${ceo} ${org} ${josa(title, '은', '는')} 이날 ${city}에서 열린 기자간담회에서 "${topic} 시장은 앞으로 ${int(r, 3, 10)}년 동안 매년 ${pct}% 넘게 성장할 것"이라며 "지금 투자하지 않으면 기회를 놓치게 된다"고 말했다.`,
  );
  paras.push(
    `${ceoSur} ${josa(title, '은', '는')} 지난 ${prevMonth}월 발표한 중장기 계획에 따라 ${city} 공장의 생산 능력을 ${units}만 개 수준으로 늘리겠다고 설명했다. 그는 "협력사와 함께 공급망을 안정적으로 관리하겠다"고 ${pick(r, SPEECH)}.`,
  );
  paras.push(
    `${agency} ${official} ${josa(offTitle, '은', '는')} "${sector} 분야의 규제를 합리적으로 정비하겠다"며 "기업의 투자가 현장에서 일자리로 이어지도록 지원할 계획"이라고 ${pick(r, SPEECH)}.`,
  );
  paras.push(
    `${firm} ${analyst} 연구원은 "${org}의 올해 영업이익이 작년보다 ${int(r, 5, 60)}% 늘어날 수 있다"고 ${pick(r, INDIRECT)}. 다만 그는 환율과 원자재 가격이 변수가 될 수 있다고 지적했다.`,
  );
  paras.push(
    `업계에 따르면 ${org}의 ${topic} 매출은 지난해 ${int(r, 1, 9)}조${int(r, 1, 9)}천억원으로 집계됐다. 한 업계 관계자는 "경쟁사들도 다음 달 비슷한 계획을 내놓을 것으로 보인다"고 전했다.`,
  );
  if (r() < 0.5) {
    paras.push(
      `${ceoSur} ${josa(title, '은', '는')} "${year + 1}년 상반기까지 해외 거점 ${int(r, 2, 9)}곳을 새로 열겠다"며 "고객이 있는 곳이면 어디든 가겠다"고 ${pick(r, SPEECH)}.`,
    );
  }
  if (r() < 0.5) {
    paras.push(
      `${josa(org, '은', '는')} 오는 ${int(r, 1, 12)}월 ${int(r, 1, 28)}일 정기 주주총회를 열고 신규 사업 계획을 보고할 예정이다. 회사 측은 구체적인 일정은 추후 공개하겠다고 밝혔다.`,
    );
  }
  return { id: `gen-${seed}-${i}`, published, text: paras.join('\n\n') };
}

function generateRecords(n, seed = 1) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(generateArticle(i, seed));
  return out;
}

/** Write n articles as JSON Lines to file; returns the byte count. */
function writeCorpus(file, n, seed = 1) {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let buf = [];
  const flush = () => {
    const b = Buffer.from(buf.join(''), 'utf8');
    fs.writeSync(fd, b);
    bytes += b.length;
    buf = [];
  };
  for (let i = 0; i < n; i++) {
    buf.push(JSON.stringify(generateArticle(i, seed)) + '\n');
    if (buf.length >= 1000) flush();
  }
  flush();
  fs.closeSync(fd);
  return bytes;
}

module.exports = { generateArticle, generateRecords, writeCorpus, mulberry32 };

if (require.main === module) {
  const args = process.argv.slice(2);
  let out = null;
  let count = 10000;
  let seed = 1;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--count' || args[i] === '-n') count = Number(args[++i]);
    else if (args[i] === '--seed') seed = Number(args[++i]);
    else if (args[i] === '-h' || args[i] === '--help') {
      process.stdout.write('usage: node scripts/gen-corpus.js [OUT.jsonl] [--count N] [--seed S]\n');
      process.exit(0);
    } else out = args[i];
  }
  if (!Number.isInteger(count) || count < 0 || !Number.isFinite(seed)) {
    process.stderr.write('gen-corpus: --count must be a non-negative integer and --seed a number\n');
    process.exit(2);
  }
  if (out && out !== '-') {
    const path = require('path');
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const bytes = writeCorpus(out, count, seed);
    process.stderr.write(`gen-corpus: ${count} articles, ${(bytes / 1048576).toFixed(1)} MB → ${out}\n`);
  } else {
    for (let i = 0; i < count; i++) process.stdout.write(JSON.stringify(generateArticle(i, seed)) + '\n');
  }
}
