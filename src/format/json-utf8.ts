/**
 * A document's JSON written straight into UTF-8 bytes: the JSON Lines the worker threads send back for `extract`.
 *
 * `buffer.write(JSON.stringify(doc))` builds the JSON as a string (two bytes a character once a Korean character is
 * in it), then encodes that string again into UTF-8: ~15 % of a worker's time on news (perf, bench corpus), the
 * output being ~5 times the input. This writer makes the bytes in one pass, reading the document's known shape
 * (types.ts: DocumentResult) by direct property access: on 2,000 documents of the bench corpus, ~47 ms where
 * stringify + write take ~79.
 *
 * Its bytes are exactly those of `Buffer.from(JSON.stringify(doc))` for every DocumentResult: the same key order,
 * the same escapes (`\"`, `\\`, `\b \t \n \f \r`, `\u00XX` for other control characters, `\udXXX` for an unpaired
 * surrogate, as JSON.stringify writes them since ES2019), the same numbers, the optional keys (`time`, `text`) left
 * out when undefined. `__tests__/json-utf8.test.ts` compares the two on the fixtures' documents (Korean and English),
 * on every view's rows, and on strings made to need each escape.
 */
import type { DateMention, DocumentResult, Entity, Quote, Span, Speaker } from '../types';

/**
 * String.prototype.charCodeAt, called through `.call`: `s.charCodeAt(i)` looks the method up on the string, and the
 * strings of a document come in more representations than a property cache holds (one- and two-byte, sliced,
 * concatenated, internalized), so that look-up went to V8's generic stub for every character (perf:
 * LoadIC_Megamorphic, ~10 % of the writer); a call of the known function is compiled inline.
 */
const charCodeAt = String.prototype.charCodeAt;

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const HEX = ascii('0123456789abcdef');
/** The two-character escapes of JSON.stringify for control characters, by code (0: written \u00XX). */
const SHORT_ESCAPES = new Uint8Array(0x20);
SHORT_ESCAPES[0x08] = 0x62; // \b
SHORT_ESCAPES[0x09] = 0x74; // \t
SHORT_ESCAPES[0x0a] = 0x6e; // \n
SHORT_ESCAPES[0x0c] = 0x66; // \f
SHORT_ESCAPES[0x0d] = 0x72; // \r

const NULL = ascii('null');
const TRUE = ascii('true');
const FALSE = ascii('false');
// The keys, each with what comes before it: `{` for an object's first key, else `,`.
const SPAN_START = ascii('{"start":');
const SPAN_END = ascii(',"end":');
const SPAN_TEXT = ascii(',"text":');
const QUOTE_ID = ascii('{"id":');
const QUOTE_KIND = ascii(',"kind":');
const QUOTE_TEXT = ascii(',"text":');
const QUOTE_SEGMENTS = ascii(',"segments":');
const QUOTE_SPEAKER = ascii(',"speaker":');
const QUOTE_CUE = ascii(',"cue":');
const QUOTE_CONFIDENCE = ascii(',"confidence":');
const SPEAKER_NAME = ascii('{"name":');
const SPEAKER_CANONICAL = ascii(',"canonical":');
const SPEAKER_TYPE = ascii(',"type":');
const SPEAKER_ENTITY = ascii(',"entity":');
const SPEAKER_MENTION = ascii(',"mention":');
const SPEAKER_RESOLVED_BY = ascii(',"resolvedBy":');
const ENTITY_ID = ascii('{"id":');
const ENTITY_TYPE = ascii(',"type":');
const ENTITY_NAME = ascii(',"name":');
const ENTITY_CANONICAL = ascii(',"canonical":');
const ENTITY_ALIASES = ascii(',"aliases":');
const ENTITY_TITLE = ascii(',"title":');
const ENTITY_AFFILIATION = ascii(',"affiliation":');
const ENTITY_MENTIONS = ascii(',"mentions":');
const DATE_VALUE = ascii(',"value":');
const DATE_GRANULARITY = ascii(',"granularity":');
const DATE_RELATIVE = ascii(',"relative":');
const DATE_TIME = ascii(',"time":');
const DOC_ID = ascii('{"id":');
const DOC_PUBLISHED = ascii(',"published":');
const DOC_LANGUAGE = ascii(',"language":');
const DOC_QUOTES = ascii(',"quotes":[');
const DOC_ENTITIES = ascii('],"entities":[');
const DOC_DATES = ascii('],"dates":[');
const DOC_TEXT = ascii('],"text":');
const DOC_END = ascii(']}');

/** The bytes of numbers written that are not small integers (Map keys: -0 and 0 are one, both print "0"). */
const NUMBER_TEXT = new Map<number, Uint8Array>();
const NUMBER_TEXT_KEEP = 256;

/**
 * Room reserved before the fixed parts of an object: enough for the longest run of them without a string between
 * (a span's keys and two numbers of at most 24 characters each, 72 bytes).
 */
const SLACK = 96;

export class Utf8JsonWriter {
  /** The bytes written are `bytes[0, length)`. */
  bytes: Buffer;
  length = 0;

  constructor(initialBytes = 256 * 1024) {
    // Not from Node's shared pool: the bytes are copied out into a buffer of their own to be transferred.
    this.bytes = Buffer.allocUnsafeSlow(Math.max(SLACK, initialBytes));
  }

  /** Make room for n more bytes (the buffer doubles, keeping what is written). */
  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.length + n, this.bytes.length * 2));
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }

  /** A string's UTF-8 bytes as they are: for JSON made elsewhere (JSON.stringify of another view's rows). */
  raw(s: string): void {
    this.reserve(s.length * 3);
    this.length += this.bytes.write(s, this.length);
  }

  /** One byte, as a line feed after a document. */
  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  /** A fragment; the caller has reserved room for it. */
  private put(fragment: Uint8Array): void {
    const b = this.bytes;
    let at = this.length;
    for (let i = 0; i < fragment.length; i++) b[at++] = fragment[i];
    this.length = at;
  }

  /**
   * A fixed part (a key with the punctuation before it, null, true, false), with room reserved for it and for a
   * number after it.
   */
  private part(fragment: Uint8Array): void {
    this.reserve(SLACK);
    this.put(fragment);
  }

  /** A JSON string, as JSON.stringify writes it, in UTF-8. */
  private string(value: string): void {
    // `'' + value` is typed a string by the compiler, which then reads its length directly (see charCodeAt above).
    const s = '' + value;
    const n = s.length;
    // At most 6 bytes a UTF-16 unit (\uXXXX), and the quotes.
    this.reserve(6 * n + 2);
    const b = this.bytes;
    let at = this.length;
    b[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = charCodeAt.call(s, i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== 0x22 && c !== 0x5c) {
          b[at++] = c;
          continue;
        }
        b[at++] = 0x5c;
        if (c === 0x22 || c === 0x5c) b[at++] = c;
        else if (SHORT_ESCAPES[c] !== 0) b[at++] = SHORT_ESCAPES[c];
        else {
          b[at++] = 0x75; // u00XX
          b[at++] = 0x30;
          b[at++] = 0x30;
          b[at++] = HEX[c >> 4];
          b[at++] = HEX[c & 15];
        }
      } else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 63);
      } else if ((c & 0xf800) !== 0xd800) {
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 63);
        b[at++] = 0x80 | (c & 63);
      } else {
        const d = i + 1 < n ? charCodeAt.call(s, i + 1) : 0;
        if (c < 0xdc00 && (d & 0xfc00) === 0xdc00) {
          // A surrogate pair: one code point, four bytes.
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          b[at++] = 0xf0 | (cp >> 18);
          b[at++] = 0x80 | ((cp >> 12) & 63);
          b[at++] = 0x80 | ((cp >> 6) & 63);
          b[at++] = 0x80 | (cp & 63);
          i++;
        } else {
          // An unpaired surrogate: \udXXX (lowercase hex).
          b[at++] = 0x5c;
          b[at++] = 0x75;
          b[at++] = HEX[c >> 12];
          b[at++] = HEX[(c >> 8) & 15];
          b[at++] = HEX[(c >> 4) & 15];
          b[at++] = HEX[c & 15];
        }
      }
    }
    b[at++] = 0x22;
    this.length = at;
  }

  /** A number as JSON.stringify writes it (null when not finite); the caller has reserved SLACK bytes. */
  private number(x: number): void {
    if (x >= 0 && x <= 0x7fffffff && (x | 0) === x) {
      // A non-negative integer (an offset): its digits.
      const b = this.bytes;
      let digits = 1;
      for (let y = x; y >= 10; y = (y / 10) | 0) digits++;
      let at = this.length + digits;
      this.length = at;
      let y = x;
      do {
        b[--at] = 0x30 + (y % 10);
        y = (y / 10) | 0;
      } while (y > 0);
    } else {
      // Others (a confidence, say) as JavaScript prints them, which is JSON's form for a finite number. Their text is
      // kept: String(x) of a fraction is slow, and a run meets a few values (confidence is one of a handful).
      let text = NUMBER_TEXT.get(x);
      if (text === undefined) {
        text = ascii(Number.isFinite(x) ? String(x) : 'null');
        if (NUMBER_TEXT.size < NUMBER_TEXT_KEEP) NUMBER_TEXT.set(x, text);
      }
      this.put(text);
    }
  }

  private nullableString(s: string | null): void {
    if (s === null) this.part(NULL);
    else this.string(s);
  }

  /** A span's fields, `{"start":…,"end":…,"text":…`, without the closing brace: a date mention goes on after them. */
  private spanFields(x: Span): void {
    this.part(SPAN_START);
    this.number(x.start);
    this.put(SPAN_END);
    this.number(x.end);
    this.put(SPAN_TEXT);
    this.string(x.text);
  }

  private span(x: Span): void {
    this.spanFields(x);
    this.byte(0x7d);
  }

  private nullableSpan(x: Span | null): void {
    if (x === null) this.part(NULL);
    else this.span(x);
  }

  private spans(xs: Span[]): void {
    this.byte(0x5b);
    for (let i = 0; i < xs.length; i++) {
      if (i > 0) this.byte(0x2c);
      this.span(xs[i]);
    }
    this.byte(0x5d);
  }

  private speaker(s: Speaker): void {
    this.part(SPEAKER_NAME);
    this.string(s.name);
    this.part(SPEAKER_CANONICAL);
    this.nullableString(s.canonical);
    this.part(SPEAKER_TYPE);
    this.string(s.type);
    this.part(SPEAKER_ENTITY);
    this.nullableString(s.entity);
    this.part(SPEAKER_MENTION);
    this.nullableSpan(s.mention);
    this.part(SPEAKER_RESOLVED_BY);
    this.string(s.resolvedBy);
    this.byte(0x7d);
  }

  private quote(q: Quote): void {
    this.part(QUOTE_ID);
    this.string(q.id);
    this.part(QUOTE_KIND);
    this.string(q.kind);
    this.part(QUOTE_TEXT);
    this.string(q.text);
    this.part(QUOTE_SEGMENTS);
    this.spans(q.segments);
    this.part(QUOTE_SPEAKER);
    if (q.speaker === null) this.put(NULL);
    else this.speaker(q.speaker);
    this.part(QUOTE_CUE);
    this.nullableSpan(q.cue);
    this.part(QUOTE_CONFIDENCE);
    this.number(q.confidence);
    this.byte(0x7d);
  }

  private entity(e: Entity): void {
    this.part(ENTITY_ID);
    this.string(e.id);
    this.part(ENTITY_TYPE);
    this.string(e.type);
    this.part(ENTITY_NAME);
    this.string(e.name);
    this.part(ENTITY_CANONICAL);
    this.nullableString(e.canonical);
    this.part(ENTITY_ALIASES);
    this.byte(0x5b);
    for (let i = 0; i < e.aliases.length; i++) {
      if (i > 0) this.byte(0x2c);
      this.string(e.aliases[i]);
    }
    this.byte(0x5d);
    this.part(ENTITY_TITLE);
    this.nullableString(e.title);
    this.part(ENTITY_AFFILIATION);
    this.nullableString(e.affiliation);
    this.part(ENTITY_MENTIONS);
    this.spans(e.mentions);
    this.byte(0x7d);
  }

  private date(d: DateMention): void {
    this.spanFields(d);
    this.part(DATE_VALUE);
    this.nullableString(d.value);
    this.part(DATE_GRANULARITY);
    this.string(d.granularity);
    this.part(DATE_RELATIVE);
    this.put(d.relative ? TRUE : FALSE);
    if (d.time !== undefined) {
      this.part(DATE_TIME);
      this.string(d.time);
    }
    this.byte(0x7d);
  }

  /** One document of the `extract` view, without a line feed. */
  document(doc: DocumentResult): void {
    this.part(DOC_ID);
    this.string(doc.id);
    this.part(DOC_PUBLISHED);
    this.nullableString(doc.published);
    this.part(DOC_LANGUAGE);
    this.string(doc.language);
    this.part(DOC_QUOTES);
    for (let i = 0; i < doc.quotes.length; i++) {
      if (i > 0) this.byte(0x2c);
      this.quote(doc.quotes[i]);
    }
    this.part(DOC_ENTITIES);
    for (let i = 0; i < doc.entities.length; i++) {
      if (i > 0) this.byte(0x2c);
      this.entity(doc.entities[i]);
    }
    this.part(DOC_DATES);
    for (let i = 0; i < doc.dates.length; i++) {
      if (i > 0) this.byte(0x2c);
      this.date(doc.dates[i]);
    }
    if (doc.text !== undefined) {
      this.part(DOC_TEXT);
      this.string(doc.text);
      this.byte(0x7d);
    } else this.part(DOC_END);
  }
}
