/**
 * Round 12, officials and short names. Gazetteer: officeholders of the periods the news covers,
 * with their terms (a listed person out of office at the article's date is a Person). Recognise: a
 * listed leader named in full is named again by the last word of that name alone, after it, unless
 * that word is a patronymic, a frequent word, another listed leader's name word, or the end of
 * someone else's name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../recognise/helpers.ts';

const leaders = (text: string, date: string) => mentionsOf(text, date).filter((m) => m.kind === 'Leader').map((m) => `${m.id}:${m.text}`);
const persons = (text: string, date: string) => mentionsOf(text, date).filter((m) => m.kind === 'Person').map((m) => m.id);

describe('officeholders of the period', () => {
  it('reads a listed prime minister after title and nisba, and as a person out of office', () => {
    const s = 'زار رئيس الوزراء الإثيوبي آبي أحمد مصنعا جديدا للنسيج قرب العاصمة.';
    expect(leaders(s, '2020-05-01')).toContain('abiy-ahmed:آبي أحمد');
    expect(leaders(s, '2016-05-01')).toEqual([]);
    expect(persons(s, '2016-05-01')).toContain('abiy-ahmed');
  });

  it('a crown prince listed with the term he held before he reigned', () => {
    const s = 'وحضر الحفل ولي عهد الكويت الشيخ مشعل الأحمد الجابر الصباح إلى جانب عدد من الوزراء.';
    const m = mentionsOf(s, '2022-03-01').find((x) => x.kind === 'Leader');
    expect(m && { id: m.id, office: (m as { office?: string }).office }).toEqual({ id: 'mishal-al-ahmad-al-jaber-al-sabah', office: 'crown prince' });
    expect(mentionsOf(s, '2019-03-01').filter((x) => x.kind === 'Leader')).toEqual([]);
  });

  it('a partial name that is a common word (العثماني "Ottoman") needs the full name in the article', () => {
    expect(leaders('ترأس رئيس الحكومة المغربية سعد الدين العثماني اجتماعا للمجلس. وأكد العثماني أهمية الإصلاح.', '2019-02-01'))
      .toEqual(['saadeddine-othmani:سعد الدين العثماني', 'saadeddine-othmani:العثماني']);
    expect(leaders('تعود المباني القديمة في المدينة إلى العهد العثماني وقد رممت مؤخرا.', '2019-02-01')).toEqual([]);
  });
});

describe('a surname after the full name', () => {
  it('names the listed leader again, with or without an honorific', () => {
    expect(leaders('استقبل العاهل المغربي رئيس الحكومة الإسبانية بيدرو سانشيز في القصر. وأوضح السيد سانشيز أن المحادثات كانت مثمرة.', '2022-05-01'))
      .toEqual(['pedro-sanchez:بيدرو سانشيز', 'pedro-sanchez:سانشيز']);
  });

  it('not before the full name', () => {
    expect(leaders('وأوضح السيد سانشيز أن المحادثات كانت مثمرة. واستقبل العاهل المغربي بيدرو سانشيز في القصر.', '2022-05-01'))
      .toEqual(['pedro-sanchez:بيدرو سانشيز']);
  });

  it('not the father\'s name after بن, nor a frequent word, nor the end of another name', () => {
    const sons = leaders('التقى ولي العهد الأمير محمد بن سلمان رجال الأعمال. وتحدث سلمان الراشد عن المشاريع.', '2022-05-01');
    expect(sons.filter((x) => x.startsWith('mohammed-bin-salman'))).toEqual(['mohammed-bin-salman:محمد بن سلمان']);
    const peace = leaders('قال رئيس الوزراء اللبناني تمام سلام إن البلاد تحتاج إلى سلام دائم مع جيرانها.', '2015-06-01');
    expect(peace).toEqual(['tammam-salam:تمام سلام']);
    const deng = leaders('ألقى الرئيس الصيني شي جين بينغ كلمة استعاد فيها إصلاحات دينغ شياو بينغ الاقتصادية.', '2019-05-01');
    expect(deng).toEqual(['xi-jinping:شي جين بينغ']);
  });
});
