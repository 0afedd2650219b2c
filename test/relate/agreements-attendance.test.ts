/**
 * Agreements whose sides are told only by who attended or witnessed the signing (issue #14, agreement
 * recall): وُقّعت الاتفاقيات بحضور الملك والرئيس الصيني، جرى توقيع مذكرات بحضور…، شهد الرئيسان توقيع.
 * Those present stand for their states when they are of two states or more; nobody named as signer.
 * And a signing told with no side whose next sentence names each side's signer (ووقعها عن الجانب …).
 * Sentences are written for these tests (each rule: the case it reads and the trap it must not fire on).
 */
import { describe, expect, it } from 'vitest';
import type { AgreementFact } from '../../src/model.ts';
import { extractedAgreements } from './helpers.ts';

const facts = (text: string, published: string = '2016-03-09'): AgreementFact[] => extractedAgreements(text, published);
const read = (text: string) => facts(text).map((f) => [f.parties.map((p) => p.id).sort(), f.status, f.signatories.length, f.evidence[0]!.rule.split('|')[0]]);

describe('the states of those present at a signing are its parties', () => {
  it('a passive signing verb with بحضور two leaders', () => {
    expect(read('ووقعت الاتفاقيات بحضور خادم الحرمين الشريفين الملك سلمان والرئيس الصيني شي جين بينغ.'))
      .toEqual([[['CHN', 'SAU'], 'signed', 0, 'agreement:signing-verb+attendance']]);
  });

  it('the list runs past commas over an apposition, and the act may stand before an insertion', () => {
    expect(read('ووقعت الاتفاقيات بحضور الملك سلمان، العاهل السعودي، والرئيس الصيني شي جين بينغ.').map((f) => f[0])).toEqual([['CHN', 'SAU']]);
    expect(read('ووقعت، صباح اليوم، الاتفاقيات بحضور الملك سلمان والرئيس الصيني شي جين بينغ.').map((f) => f[0])).toEqual([['CHN', 'SAU']]);
    expect(read('ووقعت في قصر الضيافة الاتفاقيات بحضور الملك سلمان والرئيس الصيني شي جين بينغ.').map((f) => f[0])).toEqual([['CHN', 'SAU']]);
  });

  it('a verbal noun after تم or جرى with بحضور', () => {
    expect(read('وتم أمس توقيع اتفاقية للتعاون الاقتصادي بحضور الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني.'))
      .toEqual([[['EGY', 'JOR'], 'signed', 0, 'agreement:signing-noun+attendance']]);
    expect(read('وجرى توقيع مذكرات تفاهم بحضور ولي العهد السعودي الأمير محمد بن سلمان ورئيس الوزراء الباكستاني نواز شريف.').map((f) => f[0]))
      .toEqual([['PAK', 'SAU']]);
  });

  it('the leaders who witnessed the signing (شهد X وY توقيع)', () => {
    expect(read('وشهد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني توقيع اتفاقية للتعاون في مجال الطاقة.'))
      .toEqual([[['EGY', 'JOR'], 'signed', 0, 'agreement:signing-noun+attendance']]);
  });

  it('signers the clause names itself keep their reading (subject, signatories): those present add nothing', () => {
    const f = facts('ووقع وزير الطاقة السعودي ووزير التجارة الصيني اتفاقية للتعاون في مجال الطاقة بحضور الملك سلمان والرئيس الصيني شي جين بينغ.');
    expect(f.map((x) => [x.parties.map((p) => p.id).sort(), x.evidence[0]!.rule.split('|')[0]])).toEqual([[['CHN', 'SAU'], 'agreement:signing-verb+subject']]);
  });

  it('a planned signing in their presence stays planned', () => {
    expect(read('ومن المقرر أن توقع الاتفاقيات بحضور الملك سلمان والرئيس الصيني شي جين بينغ.').map((f) => [f[0], f[1]]))
      .toEqual([[['CHN', 'SAU'], 'planned']]);
  });
});

describe('presence names no party', () => {
  it('at an event that is no signing, or before a signing told as a time adjunct', () => {
    expect(facts('وحضر الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني افتتاح المعرض الدولي للكتاب.')).toEqual([]);
    expect(facts('وحضر الملك سلمان والرئيس الصيني شي جين بينغ حفل افتتاح المعرض قبل توقيع الاتفاقية.')).toEqual([]);
  });

  it('a leader named in the next clause, doing something else, was not present', () => {
    expect(facts('ووقعت الاتفاقية بحضور الملك سلمان، فيما زار الرئيس الصيني شي جين بينغ المعرض.')).toEqual([]);
    expect(facts('ووقعت الاتفاقية بحضور الملك سلمان، والتقى الرئيس الصيني شي جين بينغ بعد ذلك بالوزراء.')).toEqual([]);
  });

  it('at a signing by companies (a contract is no agreement)', () => {
    expect(facts('ووقعت شركة أرامكو وشركة سينوبك الصينية عقدا بحضور الملك سلمان والرئيس الصيني شي جين بينغ.')).toEqual([]);
    expect(facts('وتم توقيع اتفاقيات بين شركات سعودية وصينية بحضور الملك سلمان والرئيس الصيني شي جين بينغ.')).toEqual([]);
  });

  it('at a domestic signing: one state present', () => {
    expect(facts('وشهد الملك سلمان توقيع اتفاقية بين وزارة الصحة وجامعة الملك سعود.')).toEqual([]);
    expect(facts('وتم توقيع مذكرة تفاهم بين وزارة الصحة وجامعة الملك سعود بحضور الملك سلمان.')).toEqual([]);
  });

  it('when the clause names its signers: those present are guests or mediators', () => {
    expect(facts('ووقعت حركة حماس وحركة فتح اتفاقا للمصالحة بحضور وزير الخارجية المصري سامح شكري ووزير الخارجية القطري.')).toEqual([]);
    expect(facts('ووقعت في القاهرة حركة حماس وحركة فتح اتفاقا بحضور وزير الخارجية المصري سامح شكري ووزير الخارجية القطري.')).toEqual([]);
  });
});

describe('each side\'s signer told in the next sentence (ووقعها عن الجانب …)', () => {
  it('the states of the sides are the parties of the signing the sentence before told', () => {
    const f = facts('وتم أمس في الرياض توقيع اتفاقية للتعاون الاقتصادي.\nووقعها عن الجانب السعودي وزير المالية إبراهيم العساف وعن الجانب الصيني وزير التجارة الصيني.');
    expect(f.map((x) => [x.parties.map((p) => p.id).sort(), x.status, x.date, x.evidence[0]!.rule.split('|')[0]]))
      .toEqual([[['CHN', 'SAU'], 'signed', '2016-03-08', 'agreement:signing-noun+side-signers']]);
    expect(read('وتم أمس توقيع اتفاقية لاستئناف الرحلات الجوية.\nووقعها من جانب المغرب وزير الخارجية ومن جانب إسرائيل رئيس مجلس الأمن القومي.').map((x) => x[0]))
      .toEqual([['ISR', 'MAR']]);
  });

  it('one state and a company, or one state and a side left unnamed: nothing', () => {
    expect(facts('وتم أمس في الرياض توقيع اتفاقية للتعاون الاقتصادي.\nووقعها عن الجانب السعودي وزير المالية وعن شركة هواوي مديرها التنفيذي.')).toEqual([]);
    expect(facts('وتم أمس في الرياض توقيع اتفاقية للتعاون الاقتصادي.\nووقعها عن الجانب السعودي وزير المالية وعن الجانب الآخر رئيس الغرفة التجارية.')).toEqual([]);
  });

  it('a sentence that does not open with the signing verb names no side of it', () => {
    expect(facts('وتم أمس في الرياض توقيع اتفاقية للتعاون الاقتصادي.\nوقال وزير المالية إن بلاده وقعها عن الجانب السعودي وعن الجانب الصيني.')).toEqual([]);
  });
});
