/**
 * Visits and agreements against the non-date error classes of the third corpus audit (issue #19):
 * a leader named in a reported clause or as a verb's object taken for a traveller, the sender taken
 * for the one sent, the discourse's leader standing in for an unlisted subject, and Brussels read as
 * Belgium where it is the EU. Sentences written for these tests; each rule with the trap it must not
 * fire on.
 */
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '../../src/model.ts';
import { extract } from '../../src/pipeline.ts';

function batchOf(text: string, published = '2015-08-06', outlet: string | null = null) {
  return extract(ArticleRecord.parse({ id: 't', title: null, text, published, outlet, url: null, parent: null, origin: { file: 'test' } })).batch;
}
const trips = (text: string, published?: string) =>
  batchOf(text, published).edges.filter((e) => e.type === 'VISITED').map((e) => `${e.from.id}>${e.to.id}:${e.props.status}`).sort();
const agreements = (text: string, published?: string) => {
  const b = batchOf(text, published);
  return b.nodes.filter((n) => n.label === 'Agreement')
    .map((n) => b.edges.filter((e) => e.type === 'PARTY_TO' && e.to.id === n.id).map((e) => e.from.id).sort().join('+'));
};

describe('a meeting: a leader in the reported clause after it took no part', () => {
  it('stops the participants at أن', () => {
    expect(trips('وأكد وزير الخارجية الأمريكي جون كيري بعد مباحثات في القاهرة مع الرئيس عبد الفتاح السيسي أن على الرئيس بشار الأسد أن يرحل.'))
      .toEqual(['john-kerry>EGY:done']);
  });
  it('keeps a participant named before any reported clause', () => {
    expect(trips('والتقى جون كيري في القاهرة الرئيس عبد الفتاح السيسي.')).toEqual(['john-kerry>EGY:done']);
  });
});

describe('a visit the verb sends someone on: the traveller is its object', () => {
  it('an object pronoun names someone else than the sender', () => {
    // The adviser is sent; the prime minister who sends him does not travel.
    expect(trips('وكان المستشار العراقي قد عاد من رحلة عندما فوضه رئيس الوزراء العراقي حيدر العبادي لزيارة دمشق.')).toEqual([]);
    // The letter's bearer is named further back than the one it invites.
    expect(trips('وسلم الرئيس السيسي الأمير محمد بن سلمان رسالة إلى ملك البلاد دعاه فيها للقيام بزيارة رسمية إلى مصر.')).toEqual([]);
  });
  it('the invitee named right before the verb travels', () => {
    expect(trips('وجه الملك سلمان رسالة إلى الرئيس بوتين دعاه فيها لزيارة السعودية.', '2015-08-06')).toEqual(['vladimir-putin>SAU:planned']);
  });
  it('without such a verb the invitee is still the one named before the purpose noun', () => {
    expect(trips('ودعا الرئيس السيسي الملك سلمان لزيارة مصر.')).toEqual(['salman-of-saudi-arabia>EGY:planned']);
  });
});

describe('a dropped subject after an apposition is the noun before it', () => {
  it('does not take the leader of the discourse when that noun is no leader', () => {
    expect(trips('وقال الرئيس رجب طيب إردوغان إن الحملة مستمرة. ويبدو أن زعيم الحزب المعارض، الخصم الأول لإردوغان، قد توجه أمس إلى بروكسل.'))
      .toEqual([]);
  });
  it('takes the leader before the apposition', () => {
    expect(trips('وكان الرئيس رجب طيب إردوغان، رئيس حزب العدالة سابقا، قد توجه أمس إلى بروكسل.')).toEqual(['recep-tayyip-erdogan>BEL:done']);
  });
});

describe('a visit noun framed after an unlisted person is his', () => {
  it('leaves the sentence actor out', () => {
    expect(trips('وقال أوباما إن الوثائق ظهرت عن طريق النائب الجمهوري مايك بومبيو خلال زيارة لفيينا.', '2015-08-02')).toEqual([]);
  });
  it('keeps the actor when he is the last person named', () => {
    expect(trips('وقال أوباما خلال زيارة لفيينا إن الاتفاق جيد.', '2015-08-02')).toEqual(['barack-obama>AUT:done']);
  });
});

describe('Brussels as an agreement party is the EU', () => {
  it('reads بروكسل among the parties as the EU', () => {
    expect(agreements('وكانت كييف وبروكسل قد وقعتا في مايو الماضي مذكرة تفاهم لحزمة مساعدات مالية.')).toEqual(['EU+UKR']);
  });
  it('leaves Belgium named by name, and Brussels as the place of signing', () => {
    expect(agreements('ووقعت بلجيكا والمغرب في بروكسل اتفاقية للتعاون الأمني.')).toEqual(['BEL+MAR']);
  });
});

describe('a leader named with ل after a reception is who greetings are for', () => {
  it('is no guest', () => {
    expect(trips('واستقبل العاهل الأردني الملك عبدالله الثاني أمس وفدا سعوديا حمله تحياته لخادم الحرمين الشريفين الملك سلمان.')).toEqual([]);
  });
  it('leaves the guest right after the verb', () => {
    expect(trips('واستقبل العاهل الأردني الملك عبدالله الثاني أمس الرئيس الفرنسي فرانسوا هولاند.')).toEqual(['francois-hollande>JOR:done']);
  });
});
