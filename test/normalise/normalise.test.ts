import { describe, expect, it } from 'vitest';
import { analyses, normalise, normaliseArabic, normaliseWithOffsets, originalSpan, splitClitics, tokenAnalyses, tokenise } from '../../src/normalise/index.ts';
import { ArticleRecord } from '../../src/model.ts';

const article = (text: string) => ArticleRecord.parse({ id: 't', title: null, text, published: '2015-07-21', outlet: null, url: null, origin: { file: 't.txt' } });

describe('normaliseArabic', () => {
  it('folds alef forms, alef maqsura and ta marbuta (GOLD-FORMAT rules)', () => {
    expect(normaliseArabic('أإآٱ')).toBe('اااا');
    expect(normaliseArabic('مصطفى')).toBe('مصطفي');
    expect(normaliseArabic('الجمهورية')).toBe('الجمهوريه');
  });
  it('removes diacritics, tatweel and invisible marks', () => {
    expect(normaliseArabic('اعتُبِرَتْ')).toBe('اعتبرت');
    expect(normaliseArabic('الرئيـــس')).toBe('الرئيس');
    expect(normaliseArabic('مي\u200cخواهم')).toBe('ميخواهم');
  });
  it('maps Arabic-Indic and Persian digits and punctuation variants to ASCII', () => {
    expect(normaliseArabic('٢٠١٥ ۱۲')).toBe('2015 12');
    expect(normaliseArabic('نعم، لا؛ لماذا؟ «قال»')).toBe('نعم, لا; لماذا? "قال"');
    expect(normaliseArabic('ک ی')).toBe('ك ي');
  });
  it('keeps a map from every normalised char back to the original', () => {
    const src = 'الرئيـــسُ الروسيّ';
    const nt = normaliseWithOffsets(src);
    expect(nt.text).toBe('الرئيس الروسي');
    const i = nt.text.indexOf('الروسي');
    const span = originalSpan(nt, i, i + 'الروسي'.length);
    expect(src.slice(span.start, span.end)).toBe('الروسي');
    expect(nt.offsets[nt.text.length]).toBe(src.length);
  });
});

describe('clitics', () => {
  const split = (w: string) => { const a = splitClitics(normaliseArabic(w)); return [...a.prefixes, a.stem].join('+'); };
  it('splits conjunction, preposition and article combinations', () => {
    expect(split('والرئيس')).toBe('و+ال+رئيس');
    expect(split('للرئيس')).toBe('ل+ال+رئيس');
    expect(split('وللرئيس')).toBe('و+ل+ال+رئيس');
    expect(split('بالبيت')).toBe('ب+ال+بيت');
    expect(split('فالحكومة')).toBe('ف+ال+حكومه');
    expect(split('كالعادة')).toBe('ك+ال+عاده');
    expect(split('وبعد')).toBe('و+بعد');
    expect(split('ووقع')).toBe('و+وقع');
  });
  it('does not break names and words that begin with a clitic letter', () => {
    for (const w of ['بوتين', 'فيتنام', 'وزير', 'لبنان', 'بريطانيا', 'واشنطن', 'كوريا', 'لندن', 'الذي', 'إلى']) expect(split(w)).toBe(normaliseArabic(w));
    expect(split('لبوتين')).toBe('ل+بوتين');
    expect(split('ووزير')).toBe('و+وزير');
    expect(split('وفيتنام')).toBe('و+فيتنام');
  });
  it('does not take a hamza-carrying alef for the article (ألمانيا، ألكسندر)', () => {
    expect(tokenise('ألكسندر وألمانيا والألمانية الأمن').map((t) => [...t.prefixes, t.stem].join('+'))).toEqual(['الكسندر', 'و+المانيا', 'و+ال+المانيه', 'ال+امن']);
  });
  it('offers matchers no article reading of a hamza-carrying alef (ألباريس is not ال + باريس)', () => {
    const tokens = tokenise('ألباريس الباريسي');
    const readings = tokenAnalyses(tokens).map((all) => all.map((a) => [...a.prefixes, a.stem].join('+')));
    expect(readings[0]).not.toContain('ال+باريس');
    expect(readings[1]).toContain('ال+باريسي');
  });
  it('keeps every analysis for matchers, the whole word last', () => {
    const all = analyses('وكامران');
    expect(all.map((a) => a.stem)).toContain('كامران');
    expect(all[all.length - 1]).toEqual({ prefixes: [], stem: 'وكامران' });
  });
});

describe('tokenise', () => {
  it('keeps offsets into the original text and separates punctuation', () => {
    const text = 'قال الرئيسُ، «نحن هنا».';
    const toks = tokenise(text);
    expect(toks.map((t) => t.text)).toEqual(['قال', 'الرئيسُ', '،', '«', 'نحن', 'هنا', '»', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks[1]).toMatchObject({ norm: 'الرئيس', prefixes: ['ال'], stem: 'رئيس' });
  });
  it('keeps numbers whole, in any digit system', () => {
    expect(tokenise('بلغ ٣٫٥ مليار و1,000 دولار').map((t) => t.norm)).toEqual(['بلغ', '3.5', 'مليار', 'و1,000', 'دولار']);
  });
});

describe('sentences', () => {
  it('splits on Arabic and Latin terminators and line breaks', () => {
    const doc = normalise(article('زار الرئيس هانوي. ثم عاد؟ نعم!\nفقرة جديدة بلا نقطة\nوأخرى'));
    expect(doc.sentences.map((s) => s.text)).toEqual(['زار الرئيس هانوي.', 'ثم عاد؟', 'نعم!', 'فقرة جديدة بلا نقطة', 'وأخرى']);
  });
  it('does not split inside a quotation or after an initial, and keeps the closing quote', () => {
    const doc = normalise(article('قال: «نحن هنا. وسنبقى». ثم غادر د. أحمد المكان. وقال "انتهى."'));
    expect(doc.sentences.map((s) => s.text)).toEqual(['قال: «نحن هنا. وسنبقى».', 'ثم غادر د. أحمد المكان.', 'وقال "انتهى."']);
  });
  it('gives every token its sentence and every sentence its token range', () => {
    const doc = normalise(article('جملة أولى. جملة ثانية.'));
    for (const s of doc.sentences) for (let t = s.tokenStart; t < s.tokenEnd; t++) expect(doc.tokens[t]?.sentence).toBe(s.index);
    expect(doc.mentions).toEqual([]);
  });
  it('closes an unpaired straight quote at the next closing one, so the sentences after it split', () => {
    // The quote before الإرهاب opens (glued to the word after it) and the one after it closes, whatever came before.
    const doc = normalise(article('وأكد الوزير "دعم بلاده مبادرة "الإرهاب "، بعد محادثات في دمشق. وقال المبعوث إنه سيعود.'));
    expect(doc.sentences.map((s) => s.text)).toEqual(['وأكد الوزير "دعم بلاده مبادرة "الإرهاب "، بعد محادثات في دمشق.', 'وقال المبعوث إنه سيعود.']);
  });
  it('still keeps a straight-quoted passage of several sentences whole', () => {
    const doc = normalise(article('وقال الوزير "نحن هنا. وسنبقى" ثم غادر. وعاد أمس.'));
    expect(doc.sentences.map((s) => s.text)).toEqual(['وقال الوزير "نحن هنا. وسنبقى" ثم غادر.', 'وعاد أمس.']);
  });
  it('does not let an unbalanced quote swallow the next paragraph', () => {
    const doc = normalise(article('قال "بدأنا. ثم\nفقرة ثانية. وثالثة.'));
    expect(doc.sentences.map((s) => s.text)).toEqual(['قال "بدأنا. ثم', 'فقرة ثانية.', 'وثالثة.']);
  });
});
