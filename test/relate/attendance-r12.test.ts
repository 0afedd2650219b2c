/**
 * Visits by attendance at an event abroad, round 12 (issue #14): the named list after the group that
 * attended (ومن بينهم:، منهم، كل من), the list's items with their name tails and offices, an item whose
 * name is not known, بمشاركة as an attendance noun, and a state named by a title before its holder's
 * name (أمير قطر الشيخ …). Each with its traps. Sentences written for these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2023-05-20') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status}`).sort();
const done = (text: string, published?: string) => visits(text, published).filter((v) => v.endsWith(' done'));

describe('attendance: the named list after the group that attended', () => {
  it('gives each listed leader of another state a visit where the dateline puts the event', () => {
    expect(done('الرياض - واس: وشارك في المؤتمر أمس وزراء ومسؤولون من عدد كبير من الدول، ومن بينهم: وزير الخارجية الروسي سيرغي لافروف، والرئيس التركي رجب طيب أردوغان.'))
      .toEqual(['recep-tayyip-erdogan>SAU done', 'sergey-lavrov>SAU done']);
    expect(done('الرياض - واس: وحضر حفل الافتتاح عدد من القادة، منهم الرئيس التركي رجب طيب أردوغان.'))
      .toEqual(['recep-tayyip-erdogan>SAU done']);
  });
  it('gives none to the host state\'s own leaders in the list', () => {
    expect(done('الرياض - واس: وشارك في المؤتمر أمس عدد من المسؤولين، ومن بينهم: الأمير محمد بن سلمان، والأمير فيصل بن فرحان.')).toEqual([]);
  });
  it('gives none when they took part from afar, are still to come, or were only invited', () => {
    expect(done('الرياض - واس: وشارك في المؤتمر عبر الاتصال المرئي عدد من القادة، ومن بينهم الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
    expect(done('الرياض - واس: ومن المقرر أن يشارك في المؤتمر غدا عدد من القادة، ومن بينهم الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
    expect(done('الرياض - واس: ودعت المملكة عددا من القادة إلى المشاركة في المؤتمر، ومن بينهم الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
  });
  it('gives none when the article does not place the event, or places it in the attendee\'s own state', () => {
    expect(done('وشارك في القمة عدد من القادة، ومن بينهم الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
    expect(done('أنقرة - الأناضول: وشارك في القمة عدد من القادة، ومن بينهم الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
  });
});

describe('attendance: the items of a list, each with its name tail and office', () => {
  const list = 'الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان رئيس الجمهورية التركية، وسمو الشيخ سالم العبدالله ولي عهد دولة مجاورة، وأمير قطر الشيخ تميم بن حمد، والعاهل الأردني الملك عبدالله الثاني.';
  it('reads past an office in apposition, an item whose name is not known, and a name\'s tail', () => {
    expect(done(list)).toEqual(['abdullah-ii-of-jordan>SAU done', 'recep-tayyip-erdogan>SAU done', 'tamim-bin-hamad-al-thani>SAU done']);
  });
  it('stops where the list ends and another clause begins', () => {
    expect(done('الرياض - واس: حضر الحفل أمس الأمير محمد بن سلمان بن عبدالعزيز، وكان الرئيس التركي رجب طيب أردوغان قد اعتذر عن الحضور.')).toEqual([]);
    expect(done('الرياض - واس: حضر الحفل أمس الأمير محمد بن سلمان الذي رحب بالضيوف، وقال الرئيس التركي رجب طيب أردوغان في أنقرة إن بلاده تدعم المبادرة.')).toEqual([]);
  });
});

describe('attendance: بمشاركة as the noun of attending', () => {
  it('gives the leader of another state taking part a visit where the dateline puts the event', () => {
    expect(done('القاهرة - أ ش أ: افتتح الرئيس عبدالفتاح السيسي أمس منتدى الطاقة بمشاركة وزير الخارجية الروسي سيرغي لافروف.'))
      .toEqual(['sergey-lavrov>EGY done']);
  });
  it('gives none to the host\'s own officials, or to a part taken from afar', () => {
    expect(done('القاهرة - أ ش أ: افتتح الرئيس عبدالفتاح السيسي أمس منتدى الطاقة بمشاركة رئيس الوزراء مصطفى مدبولي.')).toEqual([]);
    expect(done('القاهرة - أ ش أ: افتتح الرئيس عبدالفتاح السيسي أمس منتدى الطاقة بمشاركة وزير الخارجية الروسي سيرغي لافروف عبر الاتصال المرئي.')).toEqual([]);
  });
});

describe('attendance: a state named by a title before its holder\'s name', () => {
  it('reads the holder after the state as a listed attendee (وأمير قطر الشيخ تميم)', () => {
    expect(done('الرياض - واس: حضر الحفل أمس الرئيس التركي رجب طيب أردوغان، وأمير قطر الشيخ تميم بن حمد.'))
      .toEqual(['recep-tayyip-erdogan>SAU done', 'tamim-bin-hamad-al-thani>SAU done']);
  });
  it('gives none to a title and state with no name after them (a resident ambassador, an unnamed office)', () => {
    expect(done('الرياض - واس: حضر الحفل أمس سفير قطر لدى المملكة.')).toEqual([]);
    expect(done('الرياض - واس: حضر الحفل أمس الأمير محمد بن سلمان، ووزير خارجية قطر.')).toEqual([]);
  });
});

describe('attendance: an envoy is sent, not resident', () => {
  it('gives an envoy attending an event abroad a visit', () => {
    expect(done('عمان - بترا: افتتح وزير الخارجية الأردني أمس الاجتماع التشاوري بحضور المبعوث الأمريكي للشرق الأوسط جيسون جرينبلات.'))
      .toEqual(['جسن-جرنبلت>JOR done']);
  });
  it('still gives a resident ambassador none, and the leader who sends an envoy none', () => {
    expect(done('الرياض - واس: حضر الحفل أمس السفير الأمريكي لدى المملكة جون أبي زيد.')).toEqual([]);
    expect(done('موسكو - تاس: أوفد الرئيس الروسي فلاديمير بوتين أمس مبعوثه الخاص إلى الرياض للمشاركة في الاجتماع.')).toEqual([]);
  });
});

describe('attendance: a gathering the article has placed, referred back to by its noun', () => {
  it('gives the attendees of another state a visit where the gathering was held', () => {
    expect(done('افتتحت أمس أعمال القمة الإقليمية للطاقة، التي عقدت في الرياض بدعوة من المملكة. وشارك في القمة الرئيس التركي رجب طيب أردوغان، ووزير الخارجية الروسي سيرغي لافروف.'))
      .toEqual(['recep-tayyip-erdogan>SAU done', 'sergey-lavrov>SAU done']);
    expect(done('لم يحقق مؤتمر برلين الكثير بحسب المراقبين. وحضر المؤتمر عدد من القادة، منهم الرئيس التركي رجب طيب أردوغان.'))
      .toEqual(['recep-tayyip-erdogan>DEU done']);
    expect(done('واختتمت القمة المنعقدة بالعاصمة السعودية أعمالها. وكانت القمة قد افتتحت بحضور الرئيس التركي رجب طيب أردوغان.'))
      .toEqual(['recep-tayyip-erdogan>SAU done']);
  });
  it('gives none when the gathering is placed nowhere, or in the attendee\'s own state', () => {
    expect(done('افتتحت أمس أعمال القمة الإقليمية للطاقة. وشارك في القمة الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
    expect(done('افتتحت أمس أعمال القمة الإقليمية للطاقة، التي عقدت في أنقرة. وشارك في القمة الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
  });
  it('gives none to the host\'s own leaders, to attendance from afar, or to attendance still to come', () => {
    const placed = 'افتتحت أمس أعمال القمة الإقليمية للطاقة، التي عقدت في الرياض.';
    expect(done(`${placed} وشارك في القمة الأمير محمد بن سلمان.`)).toEqual([]);
    expect(done(`${placed} وشارك في القمة افتراضيا الرئيس التركي رجب طيب أردوغان.`)).toEqual([]);
    expect(done(`${placed} ومن المقرر أن يشارك في القمة الرئيس التركي رجب طيب أردوغان.`)).toEqual([]);
    expect(visits(`${placed} ودعت المملكة الرئيس التركي رجب طيب أردوغان للمشاركة في القمة.`).filter((v) => v.endsWith(' done'))).toEqual([]);
  });
  it('gives none when the sentence sets its act in another state, or the gathering is one still to be held', () => {
    expect(done('افتتحت أمس أعمال القمة الإقليمية للطاقة، التي عقدت في الرياض. وشارك في القمة السابقة في أنقرة الرئيس الروسي فلاديمير بوتين.')).toEqual([]);
    expect(done('أعلنت الحكومة خطتها الجديدة أمس. وتستعد المنطقة للقمة التي ستعقد في الرياض الشهر المقبل. وشارك في القمة الماضية الرئيس التركي رجب طيب أردوغان.')).toEqual([]);
  });
});

describe('attendance: heading a delegation, and arriving to attend, where the dateline places the article', () => {
  it('gives the head of his state\'s delegation a visit, the delegation named after him or before him', () => {
    expect(done('الرياض - واس: وترأس وزير الخارجية الروسي سيرغي لافروف وفد بلاده إلى الاجتماع الوزاري أمس.')).toEqual(['sergey-lavrov>SAU done']);
    expect(done('الرياض - واس: وترأس وفد تركيا المشارك في الاجتماع الرئيس التركي رجب طيب أردوغان.')).toEqual(['recep-tayyip-erdogan>SAU done']);
  });
  it('gives none to the host\'s own head of delegation, to one heading a meeting, or to one still to come', () => {
    expect(done('الرياض - واس: وترأس الأمير محمد بن سلمان وفد المملكة إلى الاجتماع الوزاري أمس.')).toEqual([]);
    expect(done('الرياض - واس: وترأس سيرغي لافروف الاجتماع الوزاري أمس.')).toEqual([]);
    expect(done('الرياض - واس: ومن المقرر أن يترأس سيرغي لافروف وفد بلاده إلى الاجتماع الوزاري.')).toEqual([]);
  });
  it('gives one arriving to attend a visit, and none to the host\'s own leader or a resident ambassador', () => {
    expect(done('الرياض - واس: وصل الرئيس التركي رجب طيب أردوغان مساء أمس للمشاركة في أعمال القمة.')).toEqual(['recep-tayyip-erdogan>SAU done']);
    expect(done('الرياض - واس: وصل الأمير محمد بن سلمان مساء أمس للمشاركة في أعمال القمة.')).toEqual([]);
    expect(done('الرياض - واس: وصل السفير الأمريكي لدى المملكة مساء أمس لحضور الحفل.')).toEqual([]);
  });
});
