/**
 * Discourse during a visit, round 12 (issue #14): a leader named once and then referred back to by a
 * bare title (سمو ولي العهد) or an honorific pronoun (سموه، معاليه) still stands in the discourse, so
 * «البلدان، الجانبان» of the visit are the visitor's state and the host's, and the title or pronoun is
 * the subject of his next leg. Each rule has sentences it must read and a trap it must not fire on.
 * Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedAgreements, extractedFacts } from './helpers.ts';

const DAY = '2019-02-21';
const pairs = (text: string) => extractedAgreements(text, DAY).map((a) => a.parties.map((p) => p.id).sort().join('+')).sort();
const visits = (text: string) => extractedFacts(text, DAY)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to}`).sort();
const PRINCE = 'ولي العهد السعودي صاحب السمو الأمير محمد بن سلمان';

describe('pair references: a visitor referred back to by his title or honorific counts among the states in focus', () => {
  it('reads البلدان after a host\'s welcome as the visitor\'s state and the host\'s, not the last two states named', () => {
    expect(pairs(`أنهى ${PRINCE} أمس زيارته إلى باكستان وتوجه إلى الهند. وفي نيودلهي رحب رئيس الوزراء ناريندرا مودي بسمو ولي العهد، ووقع البلدان بعد المحادثات ثماني مذكرات تفاهم في الطاقة.`))
      .toEqual(['IND+SAU']);
    expect(pairs(`بدأ ${PRINCE} جولته الآسيوية من باكستان. ثم انتقل سموه إلى الهند حيث كان في استقباله رئيس الوزراء ناريندرا مودي، ووقع البلدان خمس اتفاقيات للتعاون في الطاقة.`))
      .toEqual(['IND+SAU']);
  });
  it('still reads two other states the sentence names as the pair, and a title followed by a name as that name\'s', () => {
    // The host speaks of two other states: بين البلدين is theirs, and no one signs.
    expect(pairs(`وصل ${PRINCE} إلى بكين أمس. وقال الرئيس شي جين بينغ لسمو ولي العهد إن الهند وباكستان تحتاجان إلى اتفاق سلام دائم بين البلدين.`))
      .not.toContain('CHN+SAU');
    // «ولي العهد» with a name after it is that man's title, not an echo of the visitor.
    expect(pairs(`غادر ${PRINCE} باكستان أمس. وفي الهند استقبل رئيس الوزراء ناريندرا مودي ولي العهد الإماراتي الأمير محمد بن زايد، ووقع البلدان مذكرتي تفاهم.`))
      .not.toContain('IND+SAU');
  });
});

describe('honorific pronouns and bare titles: the leader last styled or titled so is the subject of his next leg', () => {
  it('reads توجه سموه and غادر ولي العهد … متوجها إلى as the prince\'s visit', () => {
    expect(visits(`وصل ${PRINCE} إلى باكستان أمس. ثم توجه سموه إلى الهند.`)).toEqual(['mohammed-bin-salman>IND', 'mohammed-bin-salman>PAK']);
    expect(visits(`وصل ${PRINCE} إلى مصر أمس واستقبله الرئيس عبد الفتاح السيسي. وغادر ولي العهد القاهرة مساء متوجها إلى الرياض.`))
      .toContain('mohammed-bin-salman>EGY');
    expect(visits(`زار ${PRINCE} باكستان أمس. ثم غادر ولي العهد إسلام آباد متوجها إلى نيودلهي.`)).toContain('mohammed-bin-salman>IND');
  });
  it('reads no visit when no leader was styled with the pronoun\'s honorific, nor for a title a name follows', () => {
    expect(visits('استقبل الرئيس الصيني شي جين بينغ في بكين أمس رئيس الوزراء الهندي ناريندرا مودي. ثم توجه سموه إلى باكستان.'))
      .toEqual(['narendra-modi>CHN']);
    expect(visits(`وصل ${PRINCE} إلى باكستان أمس. ثم غادر ولي العهد الإماراتي الأمير محمد بن زايد أبوظبي متوجها إلى الهند.`))
      .not.toContain('mohammed-bin-salman>IND');
  });
});
