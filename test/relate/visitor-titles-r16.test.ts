/**
 * How news names a visitor (r16, capability grid data/robustness/grids/visits.yaml): a title chain is
 * read as one unit, phrase by phrase from the office gazetteer and the titles list (رئيس مجلس الوزراء،
 * النائب الثاني لرئيس … وزير الدفاع، رئيس جمهورية مصر العربية، حاكم دبي), and a
 * window counts a titled name as one word; a name set off by commas after its office is that office's
 * holder and the clause's subject; the rest of a patronymic and the office after the name (الشيخ صباح
 * الأحمد الجابر الصباح أمير دولة الكويت) belong to him. An office with ل inside a chain (المستشار الخاص لرئيس الوزراء)
 * is a complement: the name after it is that office's holder, not the traveller. Sentences written for
 * these tests; the whole pipeline (recogniser included) reads them.
 */
import { describe, expect, it } from 'vitest';
import type { Fact, VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const PUB = '2016-01-10';
const visits = (text: string): VisitFact[] => extractedFacts(text, PUB).filter((f): f is VisitFact => f.type === 'visit');
const trips = (text: string): string[] => visits(text).map((v) => `${v.visitor.id}>${v.to}:${v.status}:${v.date ?? '-'}`).sort();
const met = (text: string): string[] =>
  extractedFacts(text, PUB).flatMap((f: Fact) => (f.type === 'met' ? [`${[f.a.id, f.b.id].sort().join('+')}@${f.place ?? '-'}`] : []));

describe('a title chain before the visitor is read as one unit', () => {
  it('reads an office phrase whose words are no titles of their own (رئيس مجلس الوزراء)', () => {
    expect(trips('وتوجه رئيس مجلس الوزراء العراقي حيدر العبادي صباح اليوم إلى طهران في زيارة تستغرق يومين.'))
      .toEqual(['haider-al-abadi>IRN:done:2016-01-10']);
  });
  it('reads a state by its official name after its kind, past the name\'s adjective (جمهورية مصر العربية)', () => {
    expect(trips('ووصل رئيس جمهورية مصر العربية عبدالفتاح السيسي مساء الأحد إلى أبوظبي.'))
      .toEqual(['abdel-fattah-el-sisi>ARE:done:2016-01-10']);
  });
  it('reads a Gulf protocol chain with a deputy\'s rank and a ل-complement, then a new office', () => {
    expect(trips('وقام النائب الثاني لرئيس الوزراء وزير الدفاع ولي ولي العهد الأمير محمد بن سلمان أمس بزيارة إلى موسكو.'))
      .toEqual(['mohammed-bin-salman>RUS:done:2016-01-09']);
  });
  it('counts a titled name as one word before a support verb\'s visit noun', () => {
    expect(trips('وأجرى عاهل مملكة البحرين الملك حمد بن عيسى آل خليفة أمس زيارة رسمية إلى القاهرة.'))
      .toEqual(['hamad-bin-isa-al-khalifa>EGY:done:2016-01-09']);
  });
  it('reads a ruler\'s chain after the destination (VOS), however long', () => {
    expect(trips('ووصل إلى القاهرة أمس نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن راشد آل مكتوم في زيارة رسمية.'))
      .toEqual(['mohammed-bin-rashid-al-maktoum>EGY:done:2016-01-09']);
  });
  it('places a meeting after a participant\'s long chain, and gives him the visit', () => {
    const s = 'والتقى النائب الأول لرئيس مجلس الوزراء وزير الخارجية الكويتي الشيخ صباح الخالد الحمد الصباح في طهران أمس الرئيس الإيراني حسن روحاني.';
    expect(trips(s)).toEqual(['sabah-al-khalid-al-sabah>IRN:done:2016-01-09']);
    expect(met(s)).toEqual(['hassan-rouhani+sabah-al-khalid-al-sabah@طهران']);
  });
});

describe('the name set off by commas after its office', () => {
  it('is the subject of a verb after the commas (كان … قد زار)', () => {
    expect(trips('وكان وزير الخارجية الإيراني، محمد جواد ظريف، قد زار أنقرة في ديسمبر الماضي.'))
      .toEqual(['mohammad-javad-zarif>TUR:done:2015-12']);
  });
  it('is the doer of a support verb and of a press conference abroad', () => {
    expect(trips('ويقوم رئيس الوزراء الباكستاني، نواز شريف، حاليا بزيارة إلى الرياض.')).toEqual(['nawaz-sharif>SAU:done:2016-01-10']);
    expect(trips('وقال وزير الخارجية الروسي، سيرغي لافروف، خلال مؤتمر صحفي عقده في القاهرة أمس إن الحل سياسي.'))
      .toEqual(['sergey-lavrov>EGY:done:2016-01-09']);
  });
  it('is a meeting\'s subject before its verb', () => {
    const s = 'وكان وزير الخارجية السعودي، عادل الجبير، قد اجتمع أمس في موسكو مع نظيره الروسي سيرغي لافروف.';
    expect(met(s)).toEqual(['adel-al-jubeir+sergey-lavrov@موسكو']);
    expect(trips(s)).toEqual(['adel-al-jubeir>RUS:done:2016-01-09']);
  });
  it('keeps a future trip planned', () => {
    expect(trips('وقال الرئيس الروسي، فلاديمير بوتين، إنه سيزور القاهرة الشهر المقبل.')).toEqual(['vladimir-putin>EGY:planned:2016-02']);
  });
});

describe('the name before the office', () => {
  it('reads the rest of the patronymic and the office naming his state as his (أمير دولة الكويت)', () => {
    expect(trips('وكان الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت قد زار طهران في يونيو 2014.'))
      .toEqual(['sabah-al-ahmad-al-jaber-al-sabah>IRN:done:2014-06']);
  });
  it('reads a portfolio joined to the foreign ministry\'s name as one office', () => {
    expect(trips('وكان سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية والتعاون الدولي الإماراتي قد زار باريس في مارس الماضي.'))
      .toEqual(['abdullah-bin-zayed-al-nahyan>FRA:done:2015-03']);
  });
  it('leaves a host at home with his guest after his own titles', () => {
    const s = 'والتقى الشيخ تميم بن حمد أمير دولة قطر الرئيس الفرنسي فرانسوا هولاند في الدوحة أمس.';
    expect(trips(s)).toEqual(['francois-hollande>QAT:done:2016-01-09']);
  });
});

describe('traps: the chain names someone else', () => {
  it('gives no visit to the office holder after an office with ل (an advisor\'s trip)', () => {
    expect(trips('ووصل المستشار الخاص لرئيس مجلس الوزراء العراقي حيدر العبادي إلى طهران أمس.')).toEqual([]);
  });
  it('gives the office holder after an office with ل no meeting and no visit, subject or object', () => {
    expect(met('والتقى المستشار الخاص لرئيس مجلس الوزراء العراقي حيدر العبادي في طهران أمس وزير الخارجية الإيراني محمد جواد ظريف.')).toEqual([]);
    expect(trips('وكان المستشار الخاص لرئيس مجلس الوزراء العراقي حيدر العبادي قد زار طهران أمس.')).toEqual([]);
    expect(trips('والتقى وزير الخارجية الإيراني محمد جواد ظريف في طهران أمس المستشار الخاص لرئيس مجلس الوزراء العراقي حيدر العبادي.')).toEqual([]);
  });
  it('gives no visit to the current holder after a former holder\'s title', () => {
    expect(trips('ووصل رئيس جمهورية مصر العربية الأسبق عدلي منصور إلى الرياض أمس.')).toEqual([]);
  });
  it('gives no visit to the minister for his deputy\'s trip', () => {
    expect(trips('ووصل نائب وزير الخارجية الروسي ميخائيل بوغدانوف إلى دمشق أمس.')).toEqual([]);
  });
  it('keeps a planned trip after a long chain planned', () => {
    expect(trips('ومن المقرر أن يزور رئيس جمهورية مصر العربية عبدالفتاح السيسي باريس الأسبوع المقبل.'))
      .toEqual(['abdel-fattah-el-sisi>FRA:planned:2016-01']);
  });
});

describe('the outcome of a visit is told after it', () => {
  const at = (text: string): string[] => extractedFacts(text, '2015-08-11').flatMap((f: Fact) => (f.type === 'visit' ? [`${f.visitor.id}>${f.to}:${f.date ?? '-'}`] : []));
  it('does not date the visit by the day its results are heard (نتائج زيارة)', () => {
    expect(at('ونوه مجلس الوزراء أمس بالعلاقات مع الأردن، واستمع إلى نتائج زيارة ولي ولي العهد السعودي الأمير محمد بن سلمان للأردن.'))
      .toEqual(['mohammed-bin-salman>JOR:-']);
  });
  it('keeps a date the visit is given in its own words, and a visit begun that day', () => {
    expect(at('وأشاد الوزير أمس بنتائج زيارة الرئيس المصري عبدالفتاح السيسي إلى الرياض في مارس الماضي.')).toEqual(['abdel-fattah-el-sisi>SAU:2015-03']);
    expect(at('وبدأ الرئيس المصري عبدالفتاح السيسي أمس زيارة إلى الرياض.')).toEqual(['abdel-fattah-el-sisi>SAU:2015-08-10']);
  });
});
