/**
 * Visits told in passing, round 14 (issue #14: recall of visits news tells on the way): a leader's
 * patronymic his mention leaves out, a list of past stops whose first stretch ends in a time pointing
 * back, a visit "like" the one just told, and the pluperfect's dropped subject. Sentences written for
 * these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { VisitFact } from '../../src/model.ts';
import { extractedFacts } from './helpers.ts';

const visits = (text: string, published = '2024-06-20') => extractedFacts(text, published)
  .filter((f): f is VisitFact => f.type === 'visit').map((v) => `${v.visitor.id}>${v.to} ${v.status} ${v.date ?? '-'}`).sort();

describe('visits: the rest of a leader\'s name after his mention (بن …، آل …)', () => {
  it('reads the destination past a patronymic chain', () => {
    expect(visits('وزار الملك سلمان بن عبدالعزيز بكين في مارس 2017 في مستهل جولة آسيوية.', '2019-02-23'))
      .toEqual(['salman-of-saudi-arabia>CHN done 2017-03']);
    expect(visits('ووصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى موسكو مساء أمس.', '2019-02-23'))
      .toEqual(['tamim-bin-hamad-al-thani>RUS done 2019-02-22']);
    expect(visits('وزار العاهل الأردني الملك عبدالله الثاني بن الحسين فرنسا في يناير الماضي.', '2019-02-23'))
      .toEqual(['abdullah-ii-of-jordan>FRA done 2019-01']);
  });
  it('takes no place coordinated after the name for a link (وبن), nor a name that is a place', () => {
    expect(visits('واستقبل الملك سلمان بن عبدالعزيز في الرياض أمس أمير قطر.', '2019-02-23')).toEqual([]);
    expect(visits('وزار الملك سلمان بن عبدالعزيز مدينة الرياض أمس.', '2019-02-23')).toEqual([]);
  });
});

describe('visits: a list of past stops whose first stretch ends in a time pointing back', () => {
  it('reads the stops after ثم when the first stretch ends in «ذلك العام», «العام نفسه»', () => {
    expect(visits('وكان بوتين قد زار الصين في ربيع ذلك العام، ثم فيتنام وكوريا الشمالية عام 2019.', '2023-05-01'))
      .toEqual(['vladimir-putin>CHN done -', 'vladimir-putin>PRK done 2019', 'vladimir-putin>VNM done 2019']);
    expect(visits('إذ زار الرئيس الصيني شي جين بينغ فرنسا في العام نفسه، ثم إيطاليا وموناكو في 2019.', '2023-05-01'))
      .toEqual(['xi-jinping>FRA done -', 'xi-jinping>ITA done 2019', 'xi-jinping>MCO done 2019']);
  });
  it('reads no stop past ثم when the list is of topics or the stops are planned', () => {
    expect(visits('وبحث الرئيس الصيني شي جين بينغ في ذلك العام العلاقات مع فرنسا، ثم إيطاليا وموناكو في 2019.', '2023-05-01')).toEqual([]);
    expect(visits('وسيزور الرئيس الصيني شي جين بينغ فرنسا في الشهر التالي، ثم إيطاليا وموناكو.', '2023-05-01').filter((v) => v.includes(' done '))).toEqual([]);
  });
});

describe('visits: a visit like the one just told (زيارة مماثلة) goes to its destination', () => {
  it('takes the destination of the visit told before it, by another visitor', () => {
    expect(visits('وزار وزير الخارجية الروسي سيرغي لافروف بيونغ يانغ في أكتوبر، بعد زيارة مماثلة قام بها الرئيس الروسي فلاديمير بوتين في يوليو.', '2023-11-10'))
      .toEqual(['sergey-lavrov>PRK done 2023-10', 'vladimir-putin>PRK done 2023-07']);
  });
  it('dates the similar visit only by its own clause, never by the day of the visit it is like', () => {
    expect(visits('وكان سيرغي لافروف قد زار الصين في 17 يوليو، بعد زيارة مماثلة للرئيس الروسي فلاديمير بوتين.', '2023-11-10'))
      .toEqual(['sergey-lavrov>CHN done 2023-07-17', 'vladimir-putin>CHN done -']);
  });
  it('gives no done visit when the similar visit is planned or only invited, nor one to the visitor\'s own state', () => {
    expect(visits('وزار وزير الخارجية الروسي سيرغي لافروف الصين في أكتوبر، على أن تعقبها زيارة مماثلة يقوم بها بوتين الشهر المقبل.', '2023-11-10').filter((v) => v.includes(' done ')))
      .toEqual(['sergey-lavrov>CHN done 2023-10']);
    expect(visits('وزار وزير الخارجية الروسي سيرغي لافروف الصين في أكتوبر، ودعا بوتين إلى زيارة مماثلة.', '2023-11-10'))
      .toEqual(['sergey-lavrov>CHN done 2023-10']);
    expect(visits('وزار الرئيس الصيني شي جين بينغ روسيا في مارس، بعد زيارة مماثلة قام بها بوتين في أكتوبر.', '2023-11-10'))
      .toEqual(['xi-jinping>RUS done 2023-03']);
  });
});

describe('visits: the pluperfect with no subject of its own (وكان قد وصل) continues the leader in view', () => {
  it('takes the leader the discourse has in view', () => {
    expect(visits('وأكد الرئيس الروسي فلاديمير بوتين أن الشراكة تتقدم بثبات. وكان قد وصل إلى هانوي أمس في زيارة رسمية.'))
      .toEqual(['vladimir-putin>VNM done 2024-06-19']);
  });
  it('leaves a named subject between كان and قد to itself, and a planned arrival planned', () => {
    expect(visits('وأكد الرئيس الروسي فلاديمير بوتين أن الشراكة تتقدم بثبات. وكان الوفد التجاري قد وصل إلى هانوي أمس.')).toEqual([]);
    // (A phrase after the place that frames no visit leaves the subject to the words before the comma.)
    expect(visits('وأكد الرئيس الروسي فلاديمير بوتين أن الشراكة تتقدم بثبات. يذكر أن الطائرات التي تحمل المعونات، ستصل إلى هانوي خلال الأيام المقبلة.')).toEqual([]);
    expect(visits('وأكد الرئيس الروسي فلاديمير بوتين أن الشراكة تتقدم بثبات. وكان قد أعلن أنه سيصل إلى هانوي غدا.').filter((v) => v.includes(' done '))).toEqual([]);
  });
});

describe('visits: a tour that carried its traveller (جولة نقلته إلى …) has those stops', () => {
  it('reads each place the tour took him to', () => {
    expect(visits('وقال الرئيس الروسي فلاديمير بوتين عائدا من جولة نقلته إلى فيتنام وكوريا الشمالية إن الشراكة تتعمق.'))
      .toEqual(['vladimir-putin>PRK done -', 'vladimir-putin>VNM done -']);
  });
  it('leaves a tour that will carry him planned', () => {
    expect(visits('وقال الرئيس الروسي فلاديمير بوتين قبل جولة ستنقله إلى فيتنام إن الشراكة تتعمق.').filter((v) => v.includes(' done '))).toEqual([]);
  });
});

describe('visits: a place told as the head of a relative whose visit verb carries its pronoun (التي يزورها)', () => {
  it('reads the place before the relative as the destination of the leader named after the verb', () => {
    expect(visits('وفي هانوي التي وصلها الرئيس الروسي فلاديمير بوتين أمس، جرى توقيع عدة وثائق للتعاون.'))
      .toEqual(['vladimir-putin>VNM done 2024-06-19']);
    expect(visits('ومن باريس التي يزورها الرئيس الصيني شي جين بينغ، أعلن مسؤول صيني أن بكين تدعم الحوار.'))
      .toEqual(['xi-jinping>FRA done 2024-06-20']);
  });
  it('reads no visit when no leader is named after the verb, nor one to his own capital, nor a done one ahead', () => {
    expect(visits('وفي هانوي التي يزورها السياح بكثرة، قال بوتين إن العلاقات جيدة.')).toEqual([]);
    expect(visits('وفي موسكو التي يزورها الرئيس الروسي فلاديمير بوتين كثيرا، قال إن العلاقات جيدة.')).toEqual([]);
    expect(visits('وفي هانوي التي سيزورها الرئيس الروسي فلاديمير بوتين الأسبوع المقبل، تجري الاستعدادات.').filter((v) => v.includes(' done '))).toEqual([]);
  });
});

describe('visits: a place told as a stop of a leader\'s tour (X هي محطة … في جولته)', () => {
  it('reads the place named before the stop noun as the tour\'s destination', () => {
    expect(visits('وتعتبر الصين هي المحطة الثانية في الجولة التي يقوم بها الرئيس الروسي فلاديمير بوتين في آسيا.'))
      .toEqual(['vladimir-putin>CHN done 2024-06-20']);
    expect(visits('ويذكر أن فرنسا محطة الرئيس الصيني شي جين بينغ الأولى في جولته الأوروبية.'))
      .toEqual(['xi-jinping>FRA done 2024-06-20']);
  });
  it('leaves a stop still to come planned, and reads no stop of trade or transit', () => {
    expect(visits('وستكون فرنسا المحطة الأخيرة في جولة الرئيس الصيني شي جين بينغ الشهر المقبل.').filter((v) => v.includes(' done '))).toEqual([]);
    expect(visits('وتعد فيتنام محطة مهمة لصادرات الصين، بحسب ما قاله بوتين في مقابلة.')).toEqual([]);
  });
});
